"""What a pull request can put in docs/ and what the build makes of it: no file from outside docs/ is published,
and a site of any number of explainers still builds in strict mode, its warnings counted (not silenced by -q)."""

from __future__ import annotations

import logging
import os
import shutil

import pytest
from conftest import FIRST, build_site, copy_project
from mkdocs.exceptions import Abort

pytestmark = pytest.mark.build

SECRET = "root:x:0:0:a file outside docs"


@pytest.fixture
def outside(tmp_path):
    """A file and a folder outside the project, as /etc/passwd and /etc would be."""
    secret = tmp_path / "outside" / "passwd"
    secret.parent.mkdir()
    secret.write_text(SECRET + "\n", encoding="utf-8")
    (tmp_path / "outside" / "dangling").symlink_to(tmp_path / "nowhere")
    return secret


@pytest.mark.parametrize("link, target", [
    ("assets/source/leak.txt", "file"),  # a source page could show it
    ("hostname.txt", "file"),  # copied into the site as it is
    ("x/etc", "folder"),  # a folder: every file below it, and a dangling link there
    ("dangling.txt", "nowhere"),
    ("b.txt", "inside-nowhere"),  # leads to a missing file in docs/ (MkDocs' copy would end in a traceback)
])
def test_a_symbolic_link_that_leaves_docs_stops_the_build(tmp_path, outside, caplog, link, target):
    project = copy_project(tmp_path / "project")
    path = project / "docs" / link
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to({"file": outside, "folder": outside.parent, "nowhere": tmp_path / "nowhere",
                     "inside-nowhere": project / "docs" / "a.txt"}[target])
    with pytest.raises(Abort):
        build_site(tmp_path / "site", "http://127.0.0.1:8000/", project / "mkdocs.yml")
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert len(errors) == 1 and errors[0].startswith(f"docs/{link}") and \
        " is a symbolic link that leaves docs/ or leads nowhere; remove it" in errors[0], errors
    published = [p for p in (tmp_path / "site").rglob("*") if p.is_file()] if (tmp_path / "site").exists() else []
    assert not any(SECRET in p.read_text(encoding="utf-8", errors="replace") for p in published)


def test_a_symbolic_link_within_docs_is_published(tmp_path):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "copy.txt").symlink_to(project / "docs" / FIRST.source_path)
    build_site(tmp_path / "site", "http://127.0.0.1:8000/", project / "mkdocs.yml")
    assert (tmp_path / "site" / "copy.txt").read_bytes() == (project / "docs" / FIRST.source_path).read_bytes()


def test_the_source_page_never_shows_a_linked_file(tmp_path, outside, caplog):
    """The source-text directive reads no file through a link, even one the build would not publish."""
    import markdown
    from explainer.sourcetext import SourceTextExtension

    docs = tmp_path / "docs"
    (docs / "assets").mkdir(parents=True)
    os.symlink(outside, docs / "assets" / "leak.txt")
    with caplog.at_level(logging.WARNING):
        html = markdown.markdown("[[source-text: assets/leak.txt]]", extensions=[SourceTextExtension(docs_dir=docs)])
    assert SECRET not in html
    assert "is a symbolic link; it is not followed" in caplog.text


def test_the_twenty_first_explainer_builds_in_strict_mode(tmp_path, caplog):
    """21 explainers make the archive's pages, which are outside the navigation on purpose: no warning."""
    project = copy_project(tmp_path / "project")
    docs = project / "docs"
    contract = (docs / FIRST.slug / "explainer.yml").read_text(encoding="utf-8")
    for number in range(21 - len(list(docs.glob("*/explainer.yml")))):
        folder = docs / f"copy-{number}"
        shutil.copytree(docs / FIRST.slug, folder)
        for page in folder.glob("*.md"):  # its own pages link to themselves, not to the first explainer's
            page.write_text(page.read_text(encoding="utf-8").replace(f"/{FIRST.slug}/", f"/copy-{number}/"),
                            encoding="utf-8")
        (folder / "explainer.yml").write_text(contract, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        try:
            build_site(tmp_path / "site", "http://127.0.0.1:8000/", project / "mkdocs.yml")
        except Abort:
            pytest.fail("\n".join(record.getMessage() for record in caplog.records))
    assert (tmp_path / "site" / "explainers" / "2" / "index.html").is_file()
    assert [record.getMessage() for record in caplog.records if record.levelno >= logging.WARNING] == []


def test_a_yaml_alias_bomb_in_front_matter_is_one_error(tmp_path, caplog):
    """Nine nested lists of nine aliases: a few lines that expand to 9^9 items wherever they are printed."""
    project = copy_project(tmp_path / "project")
    levels = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    levels += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 9)]
    page = project / "docs" / FIRST.slug / "faq.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("---\n", "---\n" + "\n".join(levels) + "\ntitle: *a8\n", 1), encoding="utf-8")
    with pytest.raises(Abort):
        build_site(tmp_path / "site", "http://127.0.0.1:8000/", project / "mkdocs.yml")
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors[-1] == f"{FIRST.slug}/faq.md: the front matter uses a YAML alias (*name); write the value out"
    assert errors[:-1] == [f"Error reading page '{FIRST.slug}/faq.md':"]  # MkDocs' own line before it


def test_the_alias_finder_visits_each_node_once():
    from explainer.published import repeats_a_node

    shared = ["x"] * 9
    assert repeats_a_node({"a": [shared, shared]}) and not repeats_a_node({"a": [["x"], ["x"]], "b": "x"})


BREAKOUT = """Kvanttiväri laajentaa Ruotsiin ---><script>alert("otsikko")</script>

Yhtiöllä on 12 työntekijää, ja sen liikevaihto ---><script>alert(document.domain)</script><br data-x= kasvoi.

Toinen kappale --!><img src=x onerror=alert(2)> ja <!-- kommentti --> päättyy tähän.

UKK

Mitä ---><script>alert(3)</script> tarkoittaa?
Se on --!><svg onload=alert(4)> testi.

Lähde: Testilehti (fiktiivinen testiteksti)
"""


def test_the_translation_skeleton_keeps_every_original_as_text(tmp_path):
    """Red-team R1: an HTML comment carrying the Finnish ends at a "--->" in it. The skeleton carries each original
    as escaped text instead: built before it is translated, every payload is text on the English pages."""
    import subprocess
    import sys

    from conftest import ROOT
    from explainer.structure import parse_html
    from test_generator import generate

    project = copy_project(tmp_path / "project")
    source = tmp_path / "breakout.fi.txt"
    source.write_text(BREAKOUT, encoding="utf-8")
    assert generate(project, source, "--slug", "breakout").returncode == 0
    started = subprocess.run([sys.executable, str(ROOT / "scripts" / "translate_explainer.py"), "breakout"],
                             cwd=project, capture_output=True, text=True)
    assert started.returncode == 0, started.stderr
    for name in ("article.en.md", "faq.en.md"):
        assert "<!--" not in (project / "docs" / "breakout" / name).read_text(encoding="utf-8")
    build_site(tmp_path / "site", "http://127.0.0.1:8000/", project / "mkdocs.yml")
    for page in ("article", "faq"):
        document = parse_html((tmp_path / "site" / "en" / "breakout" / page / "index.html").read_bytes())
        injected = document.xpath("//script[not(@type)][contains(., 'alert')] | //img[@src='x'] | //svg[@onload]"
                                  " | //br[@data-x]"
                                  " | //@*[starts-with(name(), 'on')] | //article//comment()")
        assert injected == [], page
        text = " ".join(document.xpath("string(//article)").split())
        assert "--->" in text or "--!>" in text, page  # shown as the text it is


def test_a_declared_frame_is_in_its_pages_policy(tmp_path):
    """docs/site.yml allowed-markup: the checker accepts the frame, and the page's policy lets it load (on that page
    only, in every language); a frame no one declared stays blocked."""
    from explainer.structure import parse_html

    project = copy_project(tmp_path / "project")
    site_yml = project / "docs" / "site.yml"
    origin = "https://www.youtube-nocookie.com"
    declared = f"allowed-markup:\n  - {{page: {FIRST.slug}/article, element: iframe, origin: {origin}}}"
    site_yml.write_text(site_yml.read_text(encoding="utf-8").replace("allowed-markup: []", declared), encoding="utf-8")
    build_site(tmp_path / "site", "http://127.0.0.1:8000/", project / "mkdocs.yml")

    def frames(path: str) -> str:
        document = parse_html((tmp_path / "site" / path).read_bytes())
        policy = document.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
        return next(d for d in policy.split("; ") if d.startswith("frame-src "))

    assert frames(f"{FIRST.slug}/article/index.html") == frames(f"en/{FIRST.slug}/article/index.html") \
        == f"frame-src {origin}"
    assert frames(f"{FIRST.slug}/faq/index.html") == "frame-src 'none'"


def test_docs_cannot_publish_into_the_script_folder_the_policy_trusts(tmp_path, caplog):
    project = copy_project(tmp_path / "project")
    (project / "docs" / "assets" / "javascripts").mkdir(parents=True)
    (project / "docs" / "assets" / "javascripts" / "explainer.js").write_text("alert(1)", encoding="utf-8")
    with pytest.raises(Abort):
        build_site(tmp_path / "site", "http://127.0.0.1:8000/", project / "mkdocs.yml")
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors[-1].startswith("docs/assets/javascripts/explainer.js: docs/ may not publish into assets/javascripts/")


@pytest.mark.parametrize("old", ["../../../../tmp/escaped", "/tmp/escaped", "people", "a\\b"])
def test_a_moved_page_stays_inside_the_site_and_off_live_pages(tmp_path, old):
    from explainer.published import ContractError, read_contract

    project = copy_project(tmp_path / "project")
    site_yml = project / "docs" / "site.yml"
    site_yml.write_text(site_yml.read_text(encoding="utf-8").replace(
        "moved: {", f'moved: {{"{old}": {FIRST.slug}/faq, ', 1), encoding="utf-8")
    with pytest.raises(ContractError, match="'moved' names .* which is no old page name"):
        read_contract(project / "docs")
