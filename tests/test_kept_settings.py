"""mkdocs.yml's settings kept in the checker's store: a second load with the same inputs does not load MkDocs, and
any input that can change them (the file, an environment variable it names, the site_url given, the docs folder)
makes the next load MkDocs' own again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from conftest import copy_project
from explainer import layout
from explainer.kept_contracts import KeptContracts
from explainer.kept_settings import KeptSettings
from explainer.layout import LayoutError, load_layout
from explainer.record_cache import RecordCache


class Loads:
    """Counts MkDocs' own loads of a config (explainer.layout._loaded)."""

    def __init__(self, monkeypatch):
        self.count = 0
        real = layout._loaded

        def counted(*arguments):
            self.count += 1
            return real(*arguments)

        monkeypatch.setattr(layout, "_loaded", counted)


def _load(project: Path, cache: Path, site_url: str | None = None) -> layout.Layout:
    """One checker run's load: the store opened, read, and its new rows saved."""
    store = RecordCache(cache)
    loaded = load_layout(project / "mkdocs.yml", site_url, kept=KeptContracts(store), kept_settings=KeptSettings(store))
    store.save()
    return loaded


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


def test_a_second_load_reads_the_settings_from_the_store_alike(project, tmp_path, monkeypatch):
    loads = Loads(monkeypatch)
    first = _load(project, tmp_path / "cache")
    second = _load(project, tmp_path / "cache")
    assert loads.count == 1
    assert second == first  # docs folder, site_url, languages, URL folders, contract and UI strings alike
    assert second == load_layout(project / "mkdocs.yml")


def test_a_changed_config_is_loaded_afresh(project, tmp_path, monkeypatch):
    loads = Loads(monkeypatch)
    _load(project, tmp_path / "cache")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("copy_link: Copy link", "copy_link: Copy the link"),
                      encoding="utf-8")
    assert _load(project, tmp_path / "cache").ui["en"]["copy_link"] == "Copy the link"
    assert loads.count == 2


def test_an_environment_variable_the_config_names_is_part_of_the_key(project, tmp_path, monkeypatch):
    assert "!ENV [SITE_URL" in (project / "mkdocs.yml").read_text(encoding="utf-8")
    monkeypatch.setenv("SITE_URL", "https://example.org/one/")
    assert _load(project, tmp_path / "cache").site_url == "https://example.org/one/"
    monkeypatch.setenv("SITE_URL", "https://example.org/two/")
    assert _load(project, tmp_path / "cache").base_path == "/two/"
    monkeypatch.setenv("UNRELATED_TO_THE_CONFIG", "x")  # a variable the config does not name changes nothing
    loads = Loads(monkeypatch)
    _load(project, tmp_path / "cache")
    assert loads.count == 0


def test_the_site_url_given_is_part_of_the_key(project, tmp_path):
    _load(project, tmp_path / "cache", "https://example.org/one/")
    assert _load(project, tmp_path / "cache", "https://example.org/two/").site_url == "https://example.org/two/"


def test_kept_settings_whose_docs_folder_is_gone_are_not_used(project, tmp_path):
    _load(project, tmp_path / "cache")
    (project / "docs").rename(project / "elsewhere")
    with pytest.raises(LayoutError, match="docs"):
        _load(project, tmp_path / "cache")


def test_a_config_that_inherits_another_is_loaded_each_time(project, tmp_path, monkeypatch):
    config = project / "mkdocs.yml"
    (project / "base.yml").write_text("site_description: inherited\n", encoding="utf-8")
    config.write_text("INHERIT: base.yml\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    loads = Loads(monkeypatch)
    _load(project, tmp_path / "cache")
    _load(project, tmp_path / "cache")
    assert loads.count == 2


@pytest.mark.parametrize("value", ["[]", '{"docs_dir": 1}',
                                   '{"docs_dir": "d", "site_url": null, "languages": [["fi", "/"]], "contract": "c", '
                                   '"ui": {}, "not_found": {}}'])
def test_kept_settings_of_another_shape_are_a_miss(project, tmp_path, monkeypatch, value):
    expected = _load(project, tmp_path / "cache")
    with sqlite3.connect(tmp_path / "cache" / "pages.sqlite3") as store:
        store.execute("UPDATE explainer_values SET value = ?", (value.encode(),))
    loads = Loads(monkeypatch)
    assert _load(project, tmp_path / "cache") == expected
    assert loads.count == 1


def test_a_config_with_a_warning_is_refused_every_time(project, tmp_path):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nno_such_option: 1\n", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(LayoutError, match="no_such_option"):
            _load(project, tmp_path / "cache")
