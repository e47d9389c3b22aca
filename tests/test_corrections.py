"""Corrections (issue: a living explainer): an approved text that changes needs an entry in its contract; a
correction readers are shown is marked at its unit, listed in its explainer's corrections section and on the site's
corrections page, dated on its pages and in the feeds, in both languages; a wording fix is not shown, and must keep
the meaning."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import FIRST, REAL, build_site, copy_project, declare_changes
from explainer import cli as check_site
from explainer.corrections import CorrectionsError, read
from explainer.structure import parse_html, visible_text

pytestmark = pytest.mark.build
S = FIRST.slug
DAY = "2026-12-05"
# (page file, old, new, declared as): a changed fact corrected, a wording fix, and a "wording fix" that is not one
CHANGES = [
    (f"{S}/article.en.md", "leave since the beginning of 2023", "leave since the end of 2023", "correction"),
    (f"{S}/faq.en.md", "have gained popularity among AI professionals", "have become popular with AI professionals",
     "wording"),
    (f"{S}/faq.en.md", "Many of these professionals are moving", "All of these professionals are moving", "wording"),
]
UNITS = {"#p-llm-trend": "correction", "#which-companies-are-the-alternative answer": "wording",
         "#where-do-they-go answer": "wording"}


def findings(project: Path, site_url: str, capsys, monkeypatch, *options: str) -> list[dict]:
    monkeypatch.chdir(project)
    check_site.main(["site", "--config", "mkdocs.yml", "--site-url", site_url, "--format", "json", *options])
    return json.loads(capsys.readouterr().out)["findings"]


@pytest.fixture(scope="module")
def corrected(tmp_path_factory, site):
    """A copy with the three changes made and built: (project, the findings before any entry is declared)."""
    project = copy_project(tmp_path_factory.mktemp("corrections") / "project")
    for page, old, new, _ in CHANGES:
        path = project / "docs" / page
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1
        path.write_text(text.replace(old, new), encoding="utf-8")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    return project


@pytest.mark.fires("correction", "corrections")
def test_a_changed_approved_text_needs_an_entry_and_a_correction_is_shown(corrected, site, capsys, monkeypatch):
    before = findings(corrected, site.url, capsys, monkeypatch)
    undeclared = [f for f in before if f["check"] == "correction"]
    assert len(undeclared) == 3, before
    assert any(f["check"] == "meaning" and '"all" is new' in f["message"] for f in before)

    # the editor declares each change as the findings say, and builds again
    entries = declare_changes(corrected, site.url, {unit: kind for unit, kind in UNITS.items()}, DAY)
    assert len(entries) == 3
    [fixed] = [entry for entry in entries if entry["type"] == "correction"]
    contract = corrected / "docs" / S / "explainer.yml"
    build_site(corrected / "site", site.url, corrected / "mkdocs.yml")
    after = findings(corrected, site.url, capsys, monkeypatch, "--skip", "needs-review")
    # the correction changes the meaning on purpose; the wording fix that changes it is still a finding
    assert {(f["check"], f["message"].split(":")[0]) for f in after} == {("meaning", "#where-do-they-go answer")}
    assert all(f["message"].endswith("(declared a wording fix)") for f in after), after

    for language in REAL.languages:
        prefix = REAL.site.prefix(language)
        article = parse_html((corrected / "site" / prefix / S / "article" / "index.html").read_bytes())
        [mark] = article.xpath("//p[@id='p-llm-trend']/following-sibling::*[1][@class='explainer-correction']")
        assert mark.xpath("string(a/@href)").endswith("#correction-1")
        assert mark.xpath("string(a/time/@datetime)") == DAY
        [entry] = article.xpath("//section[@class='explainer-corrections']//li")
        assert entry.get("id") == "correction-1"
        assert [visible_text(q) for q in entry.iter("q")] == [fixed["was"], fixed["now"]]
        assert article.xpath("string(//p[@class='explainer-dates']/time[last()]/@datetime)") == DAY
        faq = parse_html((corrected / "site" / prefix / S / "faq" / "index.html").read_bytes())
        assert not faq.xpath("//*[@class='explainer-correction']")  # wording fixes are not shown
        listed = parse_html((corrected / "site" / prefix / "corrections" / "index.html").read_bytes())
        assert listed.xpath(f"//li[@id='{S}-correction-1']")
        feed = (corrected / "site" / prefix / "feed.xml").read_text(encoding="utf-8")
        assert f"corrections/#{S}-correction-1</id>" in feed

    # an entry whose "now" is not the text as it reads is a finding of its own
    contract.write_text(contract.read_text(encoding="utf-8").replace("since the end of 2023", "since the end of 2024",
                                                                     1), encoding="utf-8")
    stale = findings(corrected, site.url, capsys, monkeypatch, "--only", "corrections")
    assert [f["check"] for f in stale] == ["corrections"] and "its \"now\" differs" in stale[0]["message"]


@pytest.mark.parametrize("items, says", [
    ("not a list", "must list entries"),
    ([{"page": "article"}], "must have exactly page, unit, language, date, type, was and now"),
    ([{"page": "article", "unit": "#p", "language": "en", "date": "2026-02-30", "type": "correction", "was": "a",
       "now": "b"}], "date must be a day"),
    ([{"page": "article", "unit": "#p", "language": "en", "date": DAY, "type": "erratum", "was": "a", "now": "b"}],
     "type must be one of correction, wording"),
    ([{"page": "article", "unit": "#p", "language": "en", "date": DAY, "type": "wording", "was": "a b",
       "now": "a  b"}], "was must differ from now"),
    ([{"page": "article", "unit": "#p", "language": "en", "date": DAY, "type": "wording", "was": "a", "now": "b"},
      {"page": "article", "unit": "#p", "language": "en", "date": "2026-01-01", "type": "wording", "was": "b",
       "now": "c"}], "oldest first"),
])
def test_a_malformed_corrections_list_is_refused_in_one_line(items, says):
    with pytest.raises(CorrectionsError, match=says):
        read(items)


def test_declare_writes_each_undeclared_change_into_its_contract(tmp_path, site, capsys, monkeypatch):
    """--declare wording: every change without an entry gets one, the contract's comments kept."""
    from datetime import date

    import yaml

    project = copy_project(tmp_path / "project")
    page, old, new, _ = CHANGES[1]
    path = project / "docs" / page
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    contract = project / "docs" / S / "explainer.yml"
    header = contract.read_text(encoding="utf-8").splitlines()[0]
    monkeypatch.chdir(project)
    assert check_site.main(["site", "--config", "mkdocs.yml", "--site-url", site.url, "--declare", "wording"]) == 0
    out = capsys.readouterr().out
    assert out.endswith("declared 1 change as wording; build, check and approve\n"), out
    assert contract.read_text(encoding="utf-8").splitlines()[0] == header  # the comment stays
    entry = yaml.safe_load(contract.read_text(encoding="utf-8"))["corrections"][-1]
    assert (entry["unit"], entry["type"], entry["date"]) == ("#which-companies-are-the-alternative answer", "wording",
                                                            date.today().isoformat())
    assert findings(project, site.url, capsys, monkeypatch, "--only", "correction,meaning,corrections") == []
