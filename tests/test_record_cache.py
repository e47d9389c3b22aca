"""The checker's record cache: a page whose bytes an earlier run read is not parsed again, nor a unit pair compared
or a contract parsed, and the findings are the same as a fresh reading's; a changed page is read afresh; a store
that is damaged, foreign or unusable is left alone (and never runs code)."""

from __future__ import annotations

import os
import pickle
import sqlite3
from pathlib import Path

import pytest
from conftest import FIRST
from explainer import cli

pytestmark = pytest.mark.build


def _run(site_dir: Path, site_url: str, cache: Path | None) -> tuple[list[str], int]:
    """(the findings, the pages read from the store) of one run in this process."""
    options = ["--no-cache"] if cache is None else ["--cache-dir", str(cache)]
    tally, context = cli.run(cli.parse_arguments([str(site_dir), "--site-url", site_url, "--jobs", "1",
                                                  "--max-per-check", "0", *options]))
    return [str(finding) for finding in tally.shown()], context.cache.hits


def _values_found(site_dir: Path, site_url: str, cache: Path) -> tuple[list[str], int]:
    """(the findings, the compared pairs and parsed contracts read from the store) of one run."""
    tally, context = cli.run(cli.parse_arguments([str(site_dir), "--site-url", site_url, "--jobs", "1",
                                                  "--max-per-check", "0", "--cache-dir", str(cache)]))
    return [str(finding) for finding in tally.shown()], context.cache.values_found


def _another_number(site_dir: Path) -> None:
    """A translated sentence that says another number than its Finnish: a translation QA finding."""
    page = site_dir / "en" / FIRST.slug / "article" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("more than 30%", "more than 40%", 1), encoding="utf-8")


def _pages(site_dir: Path) -> int:
    return sum(1 for _ in site_dir.rglob("*.html"))


def test_a_second_run_reads_every_page_from_the_store_and_finds_the_same(copy, site, tmp_path):
    page = copy / FIRST.slug / "faq" / "index.html"  # a defect, so there is a finding to compare
    page.write_text(page.read_text(encoding="utf-8").replace('href="../article/"', 'href="../artikkeli/"', 1),
                    encoding="utf-8")
    fresh, _ = _run(copy, site.url, None)
    assert fresh, "the defect was not found"
    first, first_hits = _run(copy, site.url, tmp_path / "cache")
    second, second_hits = _run(copy, site.url, tmp_path / "cache")
    assert first == second == fresh
    assert first_hits == 0
    assert second_hits == _pages(copy)


def test_a_changed_page_is_read_afresh(copy, site, tmp_path):
    before, _ = _run(copy, site.url, tmp_path / "cache")
    page = copy / "en" / FIRST.slug / "article" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("<h1", '<a href="#no-such-id">x</a><h1', 1),
                    encoding="utf-8")
    after, hits = _run(copy, site.url, tmp_path / "cache")
    assert hits == _pages(copy) - 1
    assert [finding for finding in after if finding not in before] == \
        [finding for finding in _run(copy, site.url, None)[0] if finding not in before]
    assert any("#no-such-id" in finding for finding in after)


class _Payload:
    def __reduce__(self):  # what a hostile row would hold: unpickling it would run a command
        return os.system, (f"touch {self.marker}",)


def test_a_foreign_row_is_never_unpickled_into_code(copy, site, tmp_path):
    cache = tmp_path / "cache"
    expected, _ = _run(copy, site.url, cache)
    payload = _Payload()
    payload.marker = tmp_path / "ran"
    with sqlite3.connect(cache / "pages.sqlite3") as store:
        store.execute("UPDATE explainer_records SET value = ?", (pickle.dumps(payload),))
    found, hits = _run(copy, site.url, cache)
    assert not payload.marker.exists()
    assert (found, hits) == (expected, 0)


def test_a_row_of_record_types_in_another_shape_is_a_miss(copy, site, tmp_path):
    cache = tmp_path / "cache"
    expected, _ = _run(copy, site.url, cache)
    with sqlite3.connect(cache / "pages.sqlite3") as store:
        store.execute("UPDATE explainer_records SET value = ?", (pickle.dumps(0),))
    assert _run(copy, site.url, cache) == (expected, 0)
    assert _run(copy, site.url, cache) == (expected, _pages(copy))  # each miss was read afresh and kept


def test_another_programs_database_is_left_as_it_is(copy, site, tmp_path):
    expected, _ = _run(copy, site.url, None)
    (tmp_path / "cache").mkdir(mode=0o700)
    with sqlite3.connect(tmp_path / "cache" / "pages.sqlite3") as other:
        other.execute("CREATE TABLE bookmarks (url, title)")
        other.execute("INSERT INTO bookmarks VALUES ('https://example.org/', 'mine')")
    assert _run(copy, site.url, tmp_path / "cache") == (expected, 0)
    with sqlite3.connect(tmp_path / "cache" / "pages.sqlite3") as other:
        assert other.execute("SELECT name FROM sqlite_master").fetchall() == [("bookmarks",)]
        assert other.execute("SELECT * FROM bookmarks").fetchall() == [("https://example.org/", "mine")]


def test_a_store_that_links_elsewhere_is_not_believed(copy, site, tmp_path):
    """A private folder whose store is a link to a file others may write to: not used."""
    expected, _ = _run(copy, site.url, None)
    elsewhere = tmp_path / "world"
    _run(copy, site.url, elsewhere)
    (elsewhere / "pages.sqlite3").chmod(0o666)
    (tmp_path / "cache").mkdir(mode=0o700)
    (tmp_path / "cache" / "pages.sqlite3").symlink_to(elsewhere / "pages.sqlite3")
    assert _run(copy, site.url, tmp_path / "cache") == (expected, 0)


def test_a_row_read_is_kept_as_if_made_then(copy, site, tmp_path):
    from explainer import record_cache

    cache = tmp_path / "cache"
    _run(copy, site.url, cache)
    with sqlite3.connect(cache / "pages.sqlite3") as store:
        store.execute("UPDATE explainer_records SET made = made - ?", (record_cache.MAX_AGE - 60,))
    _run(copy, site.url, cache)  # reads every row: each is new again
    with sqlite3.connect(cache / "pages.sqlite3") as store:
        store.execute("UPDATE explainer_records SET made = made - 120")
    page = copy / "index.html"
    page.write_bytes(page.read_bytes() + b"\n")  # one page changed: a row is written, and the old ones dropped
    assert _run(copy, site.url, cache)[1] == _pages(copy) - 1


def test_a_store_that_is_no_database_is_made_anew(copy, site, tmp_path):
    expected, _ = _run(copy, site.url, None)
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "pages.sqlite3").write_bytes(b"no database " * 400)
    assert _run(copy, site.url, tmp_path / "cache") == (expected, 0)
    assert _run(copy, site.url, tmp_path / "cache") == (expected, _pages(copy))


def test_a_store_others_may_write_to_is_not_believed(copy, site, tmp_path):
    """A record someone else planted under a page's key would hide its findings: a shared folder is not used."""
    expected, _ = _run(copy, site.url, None)
    shared = tmp_path / "shared"
    _run(copy, site.url, shared)
    shared.chmod(0o777)
    assert _run(copy, site.url, shared) == (expected, 0)
    shared.chmod(0o700)
    assert _run(copy, site.url, shared) == (expected, _pages(copy))


@pytest.mark.parametrize("damage", ["a file where the folder goes", "a folder that cannot be written"])
def test_an_unusable_store_is_left_alone(copy, site, tmp_path, damage):
    expected, _ = _run(copy, site.url, None)
    cache = tmp_path / "cache"
    if damage == "a file where the folder goes":
        cache.write_text("not a folder", encoding="utf-8")
    else:
        cache.mkdir()
        cache.chmod(0o500)
        if os.geteuid() == 0:  # root writes anywhere: a read-only bind is what it cannot write to
            cache = Path("/proc/self")  # a folder no process can create a file in
    assert _run(copy, site.url, cache) == (expected, 0)
    assert _run(copy, site.url, cache) == (expected, 0)  # and nothing was kept


def test_a_user_with_no_home_is_checked_without_a_cache(copy, site, monkeypatch):
    """No HOME and no home directory (a service account): no traceback, no store, the same findings."""
    def no_home():
        raise RuntimeError("Could not determine home directory.")

    expected, _ = _run(copy, site.url, None)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    tally, context = cli.run(cli.parse_arguments([str(copy), "--site-url", site.url, "--max-per-check", "0"]))
    assert context.cache.directory is None
    assert [str(finding) for finding in tally.shown()] == expected


def test_compared_pairs_and_parsed_contracts_are_kept_and_find_the_same(copy, site, tmp_path):
    _another_number(copy)
    fresh, _ = _run(copy, site.url, None)
    assert any("numbers:" in finding and "40" in finding for finding in fresh)
    first, first_found = _values_found(copy, site.url, tmp_path / "cache")
    second, second_found = _values_found(copy, site.url, tmp_path / "cache")
    assert first == second == fresh
    assert first_found == 0
    with sqlite3.connect(tmp_path / "cache" / "pages.sqlite3") as store:
        kept = store.execute("SELECT count(*) FROM explainer_values").fetchone()[0]
    assert second_found >= kept > len(site.layout.site.explainers)  # each contract and pair (a pair twice alike)


@pytest.mark.parametrize("value", ["not JSON", "[]", '{"source": [1], "translation": [], "beads": [], "problems": []}',
                                   '{"source": [], "translation": [], "beads": [[[5], [0]]], "problems": []}',
                                   '{"source": [], "translation": [], "beads": [], "problems": [["numbers", "neither", '
                                   '"en", "4", "x"]]}'])
def test_a_kept_value_of_another_shape_is_a_miss(copy, site, tmp_path, value):
    _another_number(copy)
    cache = tmp_path / "cache"
    expected, _ = _values_found(copy, site.url, cache)
    with sqlite3.connect(cache / "pages.sqlite3") as store:
        store.execute("UPDATE explainer_values SET value = ?", (value.encode(),))
    assert _values_found(copy, site.url, cache) == (expected, 0)


def test_a_changed_translation_is_compared_afresh(copy, site, tmp_path):
    cache = tmp_path / "cache"
    before, _ = _values_found(copy, site.url, cache)
    _another_number(copy)
    after, _ = _values_found(copy, site.url, cache)
    assert after == _run(copy, site.url, None)[0] != before


def test_a_store_made_before_its_values_table_is_used(copy, site, tmp_path):
    """A store of an earlier version (its records' table only, no application id) is the checker's."""
    expected, _ = _run(copy, site.url, None)
    (tmp_path / "cache").mkdir(mode=0o700)
    with sqlite3.connect(tmp_path / "cache" / "pages.sqlite3") as store:
        store.execute("CREATE TABLE explainer_records (key BLOB PRIMARY KEY, value BLOB, made INTEGER)")
    assert _run(copy, site.url, tmp_path / "cache") == (expected, 0)
    assert _run(copy, site.url, tmp_path / "cache") == (expected, _pages(copy))


def test_only_contract_data_json_keeps_exactly_is_kept(tmp_path):
    """A YAML set, a date-less timestamp's float, a number as a key: not what JSON gives back, so parsed each run."""
    from explainer.kept_contracts import KeptContracts
    from explainer.record_cache import RecordCache

    store = RecordCache(tmp_path / "cache")
    kept = KeptContracts(store)
    kept.put("a", {"pages": {"faq": "faq"}, "entities": ["Meta", 1.5, None, True]})
    for text, data in [("b", {"ids": {1: "x"}}), ("c", {"x": float("nan")}), ("d", {"x": {"a", "b"}})]:
        kept.put(text, data)
    store.save()
    assert kept.get("a") == {"pages": {"faq": "faq"}, "entities": ["Meta", 1.5, None, True]}
    assert [kept.get(text) for text in "bcd"] == [None, None, None]
