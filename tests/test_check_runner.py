"""The checker's runner: a site of 150 generated explainers with defects in pages that different processes own
gives the same findings, byte for byte, with any number of processes, and the same as recorded before the
runner took the work of sharing from the checks (tests/fixtures/runner-oracle.txt)."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from explainer.cli import main
from explainer.findings import EXPLAINER, PAGE, SOURCES, Finding, check
from explainer.registry import CHECKS

pytestmark = pytest.mark.build

ORACLE = ROOT / "tests" / "fixtures" / "runner-oracle.txt"
SITE_URL = "http://127.0.0.1:8000/explainer/"  # as scripts/bench_check.py builds it
# (built file, old text, new text): each in an explainer or shared page that another process owns (crc32 of the
# slug); between them they make link, id, content, language and sitemap checks fire.
DEFECTS = [
    ("selvitys-007/article/index.html", 'id="p-tutkija-', 'id="p-tohtori-'),
    ("selvitys-042/faq/index.html", "asiantuntijaa.</p>", "asiantuntijoita.</p>"),
    ("selvitys-099/article/index.html", "kysyntä kasvaa edelleen", "kysyntä kasvoi edelleen"),
    ("selvitys-120/faq/index.html", 'hreflang="x-default"', 'hreflang="x-other"'),
    ("en/selvitys-013/article/index.html", 'href="../faq/"', 'href="../ukk/"'),
    ("index.html", 'href="selvitys-139/article/"', 'href="selvitys-139/article/#p-puuttuva"'),
]


def _bench_check():
    spec = importlib.util.spec_from_file_location("bench_check", ROOT / "scripts" / "bench_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def broken(tmp_path_factory) -> Path:
    """The 150-explainer project, built, with the defects in its built pages."""
    bench = _bench_check()
    project = bench.make_project(tmp_path_factory.mktemp("runner"), 0, 0, 150)
    bench.build(project, project / "site")
    for file, old, new in DEFECTS:
        path = project / "site" / file
        text = path.read_text(encoding="utf-8")
        assert old in text, (file, old)
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    sitemap = project / "site" / "sitemap.xml"
    text = sitemap.read_text(encoding="utf-8")
    start = text.index("<url>", text.index("/selvitys-077/faq/</loc>") - 300)
    sitemap.write_text(text[:start] + text[text.index("</url>", start) + 6:], encoding="utf-8")
    return project


def _check(project: Path, jobs: int) -> str:
    checked = subprocess.run([sys.executable, ROOT / "scripts" / "check_site.py", "site", "--jobs", str(jobs),
                              "--max-per-check", "0"], cwd=project, capture_output=True, text=True,
                             env=dict(os.environ, SITE_URL=SITE_URL, NO_MKDOCS_2_WARNING="1"))
    assert checked.returncode == 1, checked.stderr
    return checked.stdout


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_any_number_of_processes_finds_what_was_recorded(broken, jobs):
    assert _check(broken, jobs) == ORACLE.read_text(encoding="utf-8")


# --- A check knows nothing of processes (a check of one's own, as a contributor would add it) -------------------

@check("every-article-read", scope=PAGE, kinds=("article",))
def _every_article_read(context, page):
    """Each article page is read in every language (a check that reads structures of its own page only)."""
    for language in context.layout.languages:
        if context.structure(page, language) is None:
            yield context.missing(page, language)


@check("home-summary", content=True)
def _home_summary(context, file, record):
    """What a page sees of another page (here the home page) is the same whichever process read it."""
    home = context.summary("index.html")
    yield Finding(context.label(file), 0, f"home: {len(home.ids)} ids, {len(home.alternates)} alternates, "
                                          f"{home.lang}")


@check("credit-named", scope=EXPLAINER, needs=(SOURCES,))
def _credit_named(context, explainer):
    """A check in a module of its own that reads the sources gets them."""
    if not context.sources[explainer.slug].credit.text.startswith("Lähde"):
        yield Finding(str(explainer.source_path), 1, "no credit")


@pytest.fixture
def own_checks(monkeypatch):
    for own in (_every_article_read, _home_summary, _credit_named):
        monkeypatch.setitem(CHECKS, own.name, own)


def _own(project: Path, jobs: int, name: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["site", "--jobs", str(jobs), "--only", name, "--max-per-check", "0", "--site-url", SITE_URL])
    return code, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("name", ["every-article-read", "home-summary", "credit-named"])
def test_a_check_of_ones_own_finds_the_same_with_any_number_of_processes(broken, own_checks, monkeypatch, name):
    monkeypatch.chdir(broken)
    one = _own(broken, 1, name)
    assert one[2] == "" and one[0] in (0, 1)
    assert _own(broken, 2, name) == one
    if name == "home-summary":  # it ran on every content page, each once
        pages = [line.split(":")[0] for line in one[1].splitlines() if "home: " in line]
        assert len(pages) == len(set(pages)) > 900
