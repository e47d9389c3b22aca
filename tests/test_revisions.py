"""A living explainer (issue: source revisions and corrections): an approved explainer walked through a new version
of its source and then a correction. Ids stay; changed and new paragraphs are marked and dated in both languages; a
removed one leaves a notice holding its id; the translation is pending (shown, and findings) until an editor
translates it; the old version is listed on the source page; corrections are listed; the feeds follow; and after
approval the checker finds nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import REAL, ROOT, build_site, copy_project, declare_changes
from corpus import articles, replay
from explainer import cli as check_site
from explainer.structure import parse_html, visible_text

pytestmark = pytest.mark.build
ARTICLE = next(a for a in articles() if a.slug == "teatteri-ensi-ilta")  # fiction written for the corpus
S = ARTICLE.slug
CHANGED = ("kuusi näyttelijää", "seitsemän näyttelijää")  # in the paragraph "Harjoitukset alkoivat…"
NEW = "Teatteri kertoo lisäksi, että esityksiä on tulossa myös keväällä, jos kysyntä jatkuu."
NEW_EN = "The theatre adds that there will also be performances in the spring if demand continues."
REMOVED_START = "Jyväskylässä asuva Rytkönen"


def findings(project: Path, url: str, capsys, *options: str) -> list[dict]:
    check_site.main(["site", "--config", "mkdocs.yml", "--site-url", url, "--format", "json", *options])
    return json.loads(capsys.readouterr().out)["findings"]


def new_version(path: Path) -> None:
    """The source's second version: one paragraph changed, one added after the third, one removed."""
    parts = ARTICLE.source.read_text(encoding="utf-8").split("\n\n")
    parts[2] = parts[2].replace(*CHANGED)
    removed = next(index for index, part in enumerate(parts) if part.startswith(REMOVED_START))
    del parts[removed]
    parts.insert(4, NEW)
    path.write_text("\n\n".join(parts), encoding="utf-8")


def revise(project: Path, source: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "new_explainer.py"), str(source), "--slug", S,
                           "--revise"], cwd=project, capture_output=True, text=True)


@pytest.mark.fires("pending", "revisions")
def test_an_explainer_lives_through_a_source_revision_and_a_correction(tmp_path, site, capsys, monkeypatch):
    project = copy_project(tmp_path / "project")
    replay(project, ARTICLE)
    build_site(project / "site", site.url, project / "mkdocs.yml")
    monkeypatch.chdir(project)
    assert check_site.main(["site", "--config", "mkdocs.yml", "--site-url", site.url, "--approve"]) == 0
    capsys.readouterr()
    contract = yaml.safe_load((project / "docs" / S / "explainer.yml").read_text(encoding="utf-8"))
    ids_before = list(contract["ids"]["article"])

    source = tmp_path / "version-2.txt"
    new_version(source)
    result = revise(project, source)
    assert result.returncode == 0, result.stderr
    assert "1 changed" in result.stdout and "1 new" in result.stdout and "1 removed" in result.stdout
    assert revise(project, source).stdout.startswith("Nothing to do")  # the same version again changes nothing
    contract = yaml.safe_load((project / "docs" / S / "explainer.yml").read_text(encoding="utf-8"))
    [revision] = contract["revisions"]
    assert set(ids_before) <= set(contract["ids"]["article"])  # every id stays: a removed one on its notice
    [added] = revision["added"]
    [changed] = revision["changed"]
    [removed] = revision["removed"]
    assert contract["source"]["versions"][0]["path"] == f"assets/source/{S}.v1.txt"
    assert (project / "docs" / "assets" / "source" / f"{S}.v1.txt").read_bytes() == ARTICLE.source.read_bytes()

    build_site(project / "site", site.url, project / "mkdocs.yml")
    pending = findings(project, site.url, capsys, "--skip", "needs-review")
    assert {f["check"] for f in pending} >= {"pending", "untranslated"}, pending
    assert not [f for f in pending if f["check"] == "correction"]  # the source changed it: no correction to declare
    day = revision["date"]
    for language in REAL.languages:
        prefix = REAL.site.prefix(language)
        page = parse_html((project / "site" / prefix / S / "article" / "index.html").read_bytes())
        [notice] = page.xpath(f"//div[@id='{removed}'][@class='explainer-removed']")
        assert notice.xpath("string(.//time/@datetime)") == day
        for element_id in (changed, added):
            [mark] = page.xpath(f"//p[@id='{element_id}']/following-sibling::p[1]")
            assert "explainer-revised" in mark.get("class") and mark.xpath("string(time/@datetime)") == day
        pending_marks = page.xpath("//p[contains(@class, 'explainer-pending-note')]")
        assert len(pending_marks) == (0 if language == REAL.site.source_language else 2)
        versions = parse_html((project / "site" / prefix / S / "source" / "index.html").read_bytes())
        assert versions.xpath("//section[@class='explainer-versions']//code/text()") == \
            [contract["source"]["versions"][0]["sha256"]]
        feed = (project / "site" / prefix / "feed.xml").read_text(encoding="utf-8")
        assert f"<updated>{day}T00:00:00Z</updated>" in feed

    # the editor translates the changed and the new paragraph and removes the marks
    english = project / "docs" / S / "article.en.md"
    text = english.read_text(encoding="utf-8").replace("the cast numbers six actors", "the cast numbers seven actors")
    text = text.replace(" .explainer-pending }", " }").replace(NEW, NEW_EN).replace(" .explainer-pending lang=fi }",
                                                                                       " }")
    english.write_text(text, encoding="utf-8")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    assert [f["check"] for f in findings(project, site.url, capsys)] == ["needs-review"] * 2  # changed and new
    assert check_site.main(["site", "--config", "mkdocs.yml", "--site-url", site.url, "--approve"]) == 0
    capsys.readouterr()

    # then a correction of the English, declared and shown
    text = english.read_text(encoding="utf-8").replace("The residents respond by falling silent",
                                                      "The residents answer by falling silent")
    english.write_text(text, encoding="utf-8")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    assert len(declare_changes(project, site.url, {"#p-koskelan-mukaan-vaikenijat": "correction"}, day)) == 1
    build_site(project / "site", site.url, project / "mkdocs.yml")
    assert check_site.main(["site", "--config", "mkdocs.yml", "--site-url", site.url, "--approve"]) == 0
    capsys.readouterr()
    assert findings(project, site.url, capsys) == []
    page = parse_html((project / "site" / "en" / S / "article" / "index.html").read_bytes())
    [entry] = page.xpath("//section[@class='explainer-corrections']//li")
    assert "answer by falling silent" in visible_text(entry)
    assert "corrections/#" in (project / "site" / "en" / "feed.xml").read_text(encoding="utf-8")


def test_a_revision_that_changes_the_faq_or_names_no_explainer_is_one_line(tmp_path):
    project = copy_project(tmp_path / "project")
    missing = tmp_path / "any.txt"
    missing.write_text(ARTICLE.source.read_text(encoding="utf-8"), encoding="utf-8")
    result = revise(project, missing)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "no explainer" in result.stderr
