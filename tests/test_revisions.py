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


def revise(project: Path, source: Path, slug: str = S) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "new_explainer.py"), str(source), "--slug", slug,
                           "--revise"], cwd=project, capture_output=True, text=True)


def approved(tmp_path: Path, site, capsys, monkeypatch, article) -> tuple[Path, dict]:
    """A project with the article replayed, built, approved, and the working directory in it; its contract."""
    project = copy_project(tmp_path / "project")
    replay(project, article)
    build_site(project / "site", site.url, project / "mkdocs.yml")
    monkeypatch.chdir(project)
    assert check_site.main(["site", "--config", "mkdocs.yml", "--site-url", site.url, "--approve"]) == 0
    capsys.readouterr()
    return project, yaml.safe_load((project / "docs" / article.slug / "explainer.yml").read_text(encoding="utf-8"))


@pytest.mark.fires("pending", "revisions")
def test_an_explainer_lives_through_a_source_revision_and_a_correction(tmp_path, site, capsys, monkeypatch):
    project, contract = approved(tmp_path, site, capsys, monkeypatch, ARTICLE)
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


def test_a_revision_that_names_no_explainer_is_one_line(tmp_path):
    project = copy_project(tmp_path / "project")
    missing = tmp_path / "any.txt"
    missing.write_text(ARTICLE.source.read_text(encoding="utf-8"), encoding="utf-8")
    result = revise(project, missing)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "no explainer" in result.stderr


FAQ_ARTICLE = next(a for a in articles() if a.slug == "kuopio-vesilaitos-tiedote")  # fiction, with an UKK section
FAQ_CHANGED = ("Eivät ensi vuonna.", "Eivät ensi vuonna eivätkä sitä seuraavana.")  # the second entry's answer
FAQ_REMOVED = "Milloin vesikatkoja on luvassa?"
NEW_QUESTION, NEW_ANSWER = "Mistä saa lisätietoja?", "Lisätietoja antaa vesilaitoksen asiakaspalvelu arkisin."
NEW_QUESTION_EN, NEW_ANSWER_EN = "Where can one get more information?", \
    "More information is given by the utility's customer service on weekdays."


@pytest.mark.fires("pending", "revisions")
def test_a_revision_changes_adds_and_removes_faq_entries(tmp_path, site, capsys, monkeypatch):
    project, contract = approved(tmp_path, site, capsys, monkeypatch, FAQ_ARTICLE)
    slug = FAQ_ARTICLE.slug
    faq_before = list(contract["ids"]["faq"])

    text = FAQ_ARTICLE.source.read_text(encoding="utf-8").replace(*FAQ_CHANGED)
    start = text.index(FAQ_REMOVED)
    text = text[:start] + text[text.index("\n\n", start) + 2:]  # the first entry removed
    credit = text.index("\n\nLähde: ")
    text = text[:credit] + f"\n\n{NEW_QUESTION}\n{NEW_ANSWER}" + text[credit:]  # a new last entry
    source = tmp_path / "version-2.txt"
    source.write_text(text, encoding="utf-8")
    result = revise(project, source, slug)
    assert result.returncode == 0, result.stderr
    assert "Paragraphs: 0 changed" in result.stdout, result.stdout
    assert f"FAQ entries: 1 changed ({faq_before[1]}), 1 new" in result.stdout
    assert f"1 removed ({faq_before[0]})" in result.stdout
    contract = yaml.safe_load((project / "docs" / slug / "explainer.yml").read_text(encoding="utf-8"))
    [revision] = contract["revisions"]
    [added] = revision["added"]
    assert contract["ids"]["faq"] == [*faq_before, added]  # the removed id stays, where it was

    build_site(project / "site", site.url, project / "mkdocs.yml")
    pending = findings(project, site.url, capsys, "--skip", "needs-review")
    assert {f["check"] for f in pending} >= {"pending", "untranslated"}, pending
    assert not [f for f in pending if f["check"] in ("correction", "faq-source", "faq-translation", "revisions")]
    for language in REAL.languages:
        page = parse_html((project / "site" / REAL.site.prefix(language) / slug / "faq" / "index.html").read_bytes())
        [notice] = page.xpath(f"//div[@id='{faq_before[0]}'][@class='explainer-removed']")
        assert notice.xpath("string(.//time/@datetime)") == revision["date"]
        for element_id in (faq_before[1], added):  # a mark after each changed or new entry's answer
            [mark] = page.xpath(f"//h2[@id='{element_id}']/following-sibling::p[2]")
            assert "explainer-revised" in mark.get("class") and mark.xpath("string(time/@datetime)") == revision["date"]
        pending_marks = page.xpath("//p[contains(@class, 'explainer-pending-note')]")
        assert len(pending_marks) == (0 if language == REAL.site.source_language else 2)
        if language == REAL.site.source_language:
            [answer] = page.xpath(f"//h2[@id='{faq_before[1]}']/following-sibling::p[1]")
            assert FAQ_CHANGED[1] in visible_text(answer)

    # the editor translates the changed and the new entry and removes the marks
    english = project / "docs" / slug / "faq.en.md"
    text = english.read_text(encoding="utf-8").replace("Not next year.", "Not next year nor the year after.")
    text = text.replace(NEW_QUESTION, NEW_QUESTION_EN, 1).replace(f"{NEW_ANSWER}\n{{ lang=fi }}", NEW_ANSWER_EN, 1)
    text = text.replace(" .explainer-pending lang=fi }", " }").replace(" .explainer-pending }", " }")
    english.write_text(text, encoding="utf-8")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    review = findings(project, site.url, capsys)
    assert {f["check"] for f in review} == {"needs-review"}, review  # the changed answer, the new question and answer
    assert sorted(f["message"].split(":")[0] for f in review) == [f"#{added} answer", f"#{added} question",
                                                                  f"#{faq_before[1]} answer"]
    assert check_site.main(["site", "--config", "mkdocs.yml", "--site-url", site.url, "--approve"]) == 0
    capsys.readouterr()
    assert findings(project, site.url, capsys) == []


def test_a_revision_that_adds_a_faq_section_is_one_line(tmp_path):
    project = copy_project(tmp_path / "project")
    replay(project, ARTICLE)  # an explainer made without an UKK section
    text = ARTICLE.source.read_text(encoding="utf-8")
    credit = text.index("\n\nLähde: ")
    source = tmp_path / "version-2.txt"
    source.write_text(text[:credit] + f"\n\nUKK\n\n{NEW_QUESTION}\n{NEW_ANSWER}" + text[credit:], encoding="utf-8")
    result = revise(project, source)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "adds an UKK section" in result.stderr
