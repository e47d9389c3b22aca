"""The checker's record cache: a page whose bytes an earlier run read is not parsed again, and the findings are the
same as a fresh reading's; a changed page is read afresh; a store that is damaged, foreign or unusable is left
alone (and never runs code)."""

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
