"""The site's own config: mistakes stop the build with one readable error; page kinds are declared, not guessed."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import FIRST, ROOT, build_site, copy_project
from explainer import cli as check_site
from explainer.postbuild import finish_for

S = FIRST.slug  # the first explainer's slug


def _build(project: Path) -> subprocess.CompletedProcess:
    """mkdocs' own command line, in a process of its own."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(project / "mkdocs.yml"),
                           "-d", str(project / "site")], env=env, capture_output=True, text=True, cwd=project)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EXPLAINER = f"docs/{S}/explainer.yml"
CONFIG_MISTAKES = {
    "missing UI key": ("mkdocs.yml", "          copy_link: Kopioi linkki\n", "",
                       "option 'ui': fi.copy_link: Required configuration not provided"),
    "missing 404 text": ("mkdocs.yml", "          text: The page you", "          txt: The page you",
                         "option 'not_found': en.text: Required configuration not provided"),
    "bad checksum": (EXPLAINER, "sha256: 1fd8e2d1", "sha256: 1fd8e2d", "'source' needs a path and a sha256"),
    "moved source": (EXPLAINER, "path: assets/source/", "path: assets/sources/", "is not a file in docs/"),
    "renamed contract key": ("docs/site.yml", "\nentities:", "\nnames:", "'entities' must be a list of names"),
}


@pytest.mark.parametrize("case", CONFIG_MISTAKES)
def test_a_config_mistake_stops_the_build_with_one_readable_error(case, tmp_path):
    file, old, new, says = CONFIG_MISTAKES[case]
    project = copy_project(tmp_path / "project")
    _replace(project / file, old, new)
    result = _build(project)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and says in errors[0], result.stderr
    assert not (project / "site" / "index.html").exists()


@pytest.mark.fires("page-kind")
def test_a_heading_on_the_home_page_makes_no_faq(tmp_path, site, capsys):
    project = copy_project(tmp_path / "project")
    home = project / "docs" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n## Mikä tämä on? { #what-is-this }\n\nSelitys.\n",
                    encoding="utf-8")
    built = tmp_path / "site"
    build_site(built, site.url, project / "mkdocs.yml")
    assert "application/ld+json" not in (built / "index.html").read_text(encoding="utf-8")
    assert "application/ld+json" in (built / f"{S}" / "faq" / "index.html").read_text(encoding="utf-8")

    # JSON-LD forced into the home page is a finding of the page-kind check
    forced = (built / f"{S}" / "faq" / "index.html").read_text(encoding="utf-8")
    block = forced[forced.rindex('<script type="application/ld+json">', 0, forced.index('"FAQPage"')):]
    block = block[:block.index("</script>") + len("</script>")]
    _replace(built / "index.html", "</head>", block + "</head>")
    code = check_site.main([str(built), "--only", "page-kind", "--site-url", site.url])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert len(lines) == 2 and lines[0].startswith(f"{built.resolve().as_posix()}/index.html:")
    assert lines[0].endswith('page-kind: JSON-LD (FAQPage) on a page of kind "home"; only faq pages carry '
                             "FAQPage, and only an explainer's pages Article (the contract)")


def test_the_post_build_warns_when_materials_search_config_is_missing(caplog, tmp_path):
    page = tmp_path / FIRST.page("faq") / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html><script id='config'>{}</script></html>", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        finish_for(ROOT / "mkdocs.yml").run(tmp_path)
    # unchanged but for the content security policy every page gets (its script no template wrote stays blocked)
    html = page.read_text(encoding="utf-8")
    assert html.startswith('<meta http-equiv="Content-Security-Policy"')
    assert html.split("\n", 1)[1] == "<html><script id='config'>{}</script></html>"
    assert all(record.name.startswith("mkdocs.") for record in caplog.records)  # counted: fatal with --strict
    assert [record.getMessage() for record in caplog.records] == [
        f"explainer: no Material __config script in {FIRST.page('faq')}/index.html; this page would search every "
        "language",
        f"explainer: {FIRST.page('faq')}/index.html: an inline script no template wrote is blocked by the page's "
        "policy: <script>{}"]


def test_many_explainers_contracts_read_in_two_processes_read_the_same(tmp_path, monkeypatch):
    """A site of many explainers reads half of their contracts in a forked process: the result, and the first
    error in file order, are the same as when one process reads them all."""
    from explainer import published

    project = copy_project(tmp_path / "project")
    docs = project / "docs"
    contract = (docs / FIRST.slug / "explainer.yml").read_text(encoding="utf-8")
    for number in range(5):
        (docs / f"copy-{number}").mkdir()
        (docs / f"copy-{number}" / "explainer.yml").write_text(contract, encoding="utf-8")
    serial = published.read_contract(docs)
    monkeypatch.setattr(published, "PARALLEL_FROM", 2)
    assert published.read_contract(docs) == serial
    (docs / "copy-3" / "explainer.yml").write_text("title: [", encoding="utf-8")  # in the forked half
    with pytest.raises(published.ContractError, match="copy-3/explainer.yml"):
        published.read_contract(docs)
