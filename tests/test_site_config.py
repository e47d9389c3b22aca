"""The site's own config: mistakes stop the build with one readable error; page kinds are declared, not guessed."""

from __future__ import annotations

import importlib.util
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, build_site, copy_project
from explainer import cli as check_site
from explainer import published

# mkdocs' own command line, in a process of its own; the published contract may be pointed elsewhere first.
BUILD = """
import sys
from pathlib import Path
import explainer.published
if sys.argv[1]:
    explainer.published.CONTRACT = Path(sys.argv[1])
from mkdocs.__main__ import cli
cli(["build", "-q", "-f", sys.argv[2], "-d", sys.argv[3]])
"""


def _build(project: Path, contract: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.run([sys.executable, "-c", BUILD, str(contract or ""), str(project / "mkdocs.yml"),
                           str(project / "site")], env=env, capture_output=True, text=True, cwd=project)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EXPLAINER = "docs/meta-ai-departures/explainer.yml"
CONFIG_MISTAKES = {
    "missing UI key": ("mkdocs.yml", "      copy_link: Kopioi linkki\n", "", "extra.ui.fi.copy_link is missing"),
    "missing 404 text": ("mkdocs.yml", "      text: The page you", "      txt: The page you",
                         "extra.not_found.en.text is missing"),
    "bad checksum": (EXPLAINER, "sha256: 1fd8e2d1", "sha256: 1fd8e2d", "'source' needs a path and a sha256"),
    "moved source": (EXPLAINER, "path: assets/source/", "path: assets/sources/", "is not a file in docs/"),
    "renamed contract key": ("published.yml", "\nentities:", "\nnames:", "'entities' must be a list of names"),
}


@pytest.mark.parametrize("case", CONFIG_MISTAKES)
def test_a_config_mistake_stops_the_build_with_one_readable_error(case, tmp_path):
    file, old, new, says = CONFIG_MISTAKES[case]
    project = copy_project(tmp_path / "project")
    contract = None
    if file == "published.yml":
        contract = project / "published.yml"
        contract.write_text(published.CONTRACT.read_text(encoding="utf-8"), encoding="utf-8")
    _replace(contract or project / file, old, new)
    result = _build(project, contract)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1 and says in errors[0], result.stderr
    assert not (project / "site" / "index.html").exists()


def test_a_heading_on_the_home_page_makes_no_faq(tmp_path, site, capsys):
    project = copy_project(tmp_path / "project")
    home = project / "docs" / "index.md"
    home.write_text(home.read_text(encoding="utf-8") + "\n## Mikä tämä on? { #what-is-this }\n\nSelitys.\n",
                    encoding="utf-8")
    built = tmp_path / "site"
    build_site(built, site.url, project / "mkdocs.yml")
    assert "application/ld+json" not in (built / "index.html").read_text(encoding="utf-8")
    assert "application/ld+json" in (built / "meta-ai-departures" / "faq" / "index.html").read_text(encoding="utf-8")

    # JSON-LD forced into the home page is a finding of the page-kind check
    forced = (built / "meta-ai-departures" / "faq" / "index.html").read_text(encoding="utf-8")
    block = forced[forced.index('<script type="application/ld+json">'):]
    block = block[:block.index("</script>") + len("</script>")]
    _replace(built / "index.html", "</head>", block + "</head>")
    code = check_site.main([str(built), "--only", "page-kind", "--site-url", site.url])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert len(lines) == 2 and lines[0].startswith(f"{built.resolve().as_posix()}/index.html:")
    assert lines[0].endswith('page-kind: JSON-LD (FAQPage) on a page of kind "home"; only faq pages '
                             "(published.yml) carry it")


def _hook(name: str):
    spec = importlib.util.spec_from_file_location(f"hook_{name}", ROOT / "overrides" / "hooks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_search_hook_warns_when_materials_markup_changed(caplog):
    class Page:
        class file:
            src_uri = "meta-ai-departures/faq.md"

    class Config:
        extra = {"site": published_site()}
        theme = {"language": "fi"}

    hook = _hook("search_per_language")
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        unchanged = hook.on_post_page("<html><script id='config'>{}</script></html>", page=Page, config=Config)
    assert unchanged == "<html><script id='config'>{}</script></html>"
    [record] = caplog.records
    assert record.name.startswith("mkdocs.")  # MkDocs counts warnings under "mkdocs": fatal with --strict
    assert "no Material __config script on meta-ai-departures/faq.md" in record.getMessage()


def published_site():
    from explainer.layout import load_layout

    return load_layout(ROOT / "mkdocs.yml").site
