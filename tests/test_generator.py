"""scripts/new_explainer.py: a second article of the source's shape becomes a checked explainer; bad input and
edited files stop it with one line and nothing written."""

from __future__ import annotations

import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import CONTRACT, FIRST, REAL, ROOT, build_site, copy_project
from explainer import cli as check_site
from explainer.layout import load_layout
from explainer.new import main as new_explainer
from explainer.postbuild import search
from explainer.structure import parse_html, read_structure, text_of
from lxml import etree

[GLOSSARY] = REAL.site.shared_pages("glossary")  # an explainer with a confirmed name has its own too
SLUG = "suomalaiset-tekoalyyritykset"
# A second article of this shape, written for the tests: names in several inflected forms (Korhonen,
# Korhosen), one the glossary has already (Meta), characters Markdown would read as syntax, and page chrome.
SECOND = """Suomalaiset tekoäly-yritykset kasvavat nopeasti

Helsinkiläinen Silo AI on kasvanut viidessä vuodessa yli 300 hengen yritykseksi. Toimitusjohtaja Peter Sarlin kertoo, että kasvu perustuu eurooppalaisten kielimallien kysyntään.

Sarlinin mukaan EU:n tekoälysäädös tuo *yrityksille* sekä haasteita että mahdollisuuksia [1]. Nokia ja Silo AI ovat tehneet yhteistyötä vuodesta 2021, samoin kuin Meta & muut_suuret.

# Tutkija Anna Korhonen muistuttaa, että osaajista on pulaa. Korhosen mukaan yliopistot kouluttavat liian vähän tekoälyn asiantuntijoita, ja monet heistä muuttavat ulkomaille <ainakin> vuodeksi.

UKK

Kuinka suuri Silo AI on?
Silo AI:ssa työskentelee yli 300 henkilöä.

Mitä Anna Korhonen sanoo osaajapulasta?
Korhosen mukaan yliopistot kouluttavat liian vähän tekoälyn asiantuntijoita.

Lähde: Esimerkkilehti

Privacy policy
Contact
"""  # noqa: E501  (a source's paragraphs are single long lines)


def generate(project: Path, source: Path, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "new_explainer.py"), str(source), *options],
                          cwd=project, capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def generated(tmp_path_factory, site):
    """A project with the second explainer generated and built: (project, site dir, first run's output)."""
    root = tmp_path_factory.mktemp("generated")
    source = root / "second.txt"
    source.write_text(SECOND, encoding="utf-8")
    project = copy_project(root / "project")
    result = generate(project, source, "--slug", SLUG)
    assert result.returncode == 0, result.stderr
    build_site(project / "site", site.url, project / "mkdocs.yml")
    return project, project / "site", result.stdout, source


def test_the_command_says_what_it_created_and_what_comes_next(generated):
    _, _, output, _ = generated
    assert f"docs/{SLUG}/article.md" in output and f"docs/assets/source/{SLUG}.txt" in output
    assert "Names: 6 new (Anna Korhonen, EU, Esimerkkilehti, Nokia, Peter Sarlin, Silo AI); " \
           "1 already in the glossary (Meta)" in output
    assert "Next:" in output


def test_the_source_is_copied_byte_for_byte(generated):
    project, _, _, source = generated
    assert (project / "docs" / "assets" / "source" / f"{SLUG}.txt").read_bytes() == source.read_bytes()


def test_the_finnish_pages_are_the_source_verbatim(generated):
    project, site_dir, _, source = generated
    blocks = [block for block in SECOND.split("\n\n") if block.strip()]
    article = read_structure(parse_html((site_dir / SLUG / "article" / "index.html").read_bytes()), "article")
    assert article.title == blocks[0]
    assert [p.text for p in article.paragraphs] == [*blocks[1:4], "Lähde: Esimerkkilehti"]
    faq = read_structure(parse_html((site_dir / SLUG / "faq" / "index.html").read_bytes()), "faq").faq
    assert [(e.question, e.answer) for e in faq] == [tuple(block.split("\n")) for block in blocks[5:7]]


def test_the_checker_passes_and_reports_the_explainer_untranslated(generated, site, capsys, monkeypatch):
    project, site_dir, _, _ = generated
    monkeypatch.chdir(project)
    code = check_site.main([str(site_dir), "--config", str(project / "mkdocs.yml"), "--site-url", site.url])
    out = capsys.readouterr().out.splitlines()
    assert code == 0, out
    [summary] = out
    assert summary.startswith("0 problems found; ") and " not translated yet: " in summary
    assert SLUG in summary.split(": ")[-1].split(", ")


def test_ids_are_stable_slugs_of_the_finnish_text(generated, tmp_path):
    project, _, _, source = generated
    again = copy_project(tmp_path / "again")
    assert generate(again, source, "--slug", SLUG).returncode == 0
    contract = (project / "docs" / SLUG / "explainer.yml").read_text(encoding="utf-8")
    assert (again / "docs" / SLUG / "explainer.yml").read_text(encoding="utf-8") == contract
    layout = load_layout(project / "mkdocs.yml")
    assert layout.site.contract.ids[f"{SLUG}/article"] == (
        "p-helsinkilainen-silo-ai", "p-sarlinin-mukaan-eu", "p-tutkija-anna-korhonen", "source-credit")
    assert layout.site.contract.ids[f"{SLUG}/faq"] == (
        "kuinka-suuri-silo-ai-on", "mita-anna-korhonen-sanoo-osaajapulasta")


def test_a_rerun_changes_no_file(generated):
    project, _, _, source = generated
    before = snapshot(project / "docs")
    result = generate(project, source, "--slug", SLUG)
    assert result.returncode == 0 and "Nothing to do" in result.stdout
    assert snapshot(project / "docs") == before


@pytest.mark.parametrize("language, title, note", [
    ("fi", "Suomalaiset tekoäly-yritykset kasvavat nopeasti", "Helsinkiläinen Silo AI on kasvanut"),
    ("en", "Suomalaiset tekoäly-yritykset kasvavat nopeasti", "not translated yet, shown in Finnish"),
])
def test_the_home_pages_list_every_explainer(generated, language, title, note):
    _, site_dir, _, _ = generated
    home = parse_html((site_dir / ("" if language == "fi" else "en") / "index.html").read_bytes())
    items = [" ".join(text_of(li).split()) for li in home.xpath("//ul[contains(@class, 'explainer-list')]/li")]
    assert len(items) == len(REAL.site.explainers) + 1, items  # the site's explainers and the new one
    assert any(item.startswith(title) and note in item for item in items), items


def test_the_english_pages_show_the_finnish_text_with_a_banner(generated):
    _, site_dir, _, _ = generated
    page = parse_html((site_dir / "en" / SLUG / "article" / "index.html").read_bytes())
    [banner] = page.xpath("//p[@class='explainer-untranslated']")
    assert banner.get("lang") == "en" and "has not been translated yet" in text_of(banner)
    assert page.xpath("//div[contains(@class, 'explainer-fallback')]/@lang") == ["fi"]
    assert page.get("lang") == "en"


def test_glossary_candidates_stay_in_the_contract_until_confirmed(generated):
    project, site_dir, _, _ = generated
    layout = load_layout(project / "mkdocs.yml")
    second = next(explainer for explainer in layout.site.explainers if explainer.slug == SLUG)
    names = {entry["name"] for entry in second.glossary}
    assert {"Anna Korhonen", "Meta"} <= names and not any(entry["confirmed"] for entry in second.glossary)
    assert next(e for e in second.glossary if e["name"] == "Meta").get("in-glossary"), "the glossary has it"
    assert (project / "docs" / SLUG / "people.md").is_file() and f"{SLUG}/people" not in second.pages
    for language in REAL.languages:  # its people page is built with its first confirmed name; the shared one as is
        assert not (site_dir / REAL.site.built_page(f"{SLUG}/people", language)).exists()
        shared = parse_html((site_dir / REAL.site.built_page(GLOSSARY, language)).read_bytes())
        assert not shared.xpath("//section[contains(@class, 'explainer-glossary')]")


# --- Bad input: one line naming the line, exit 2, nothing written ---------------------------------------------

MALFORMED = {
    "not UTF-8": ("Otsikko\n\nKappale yksi.\n\nLähde: X\n".encode("latin-1").replace(b"yksi", b"\xe4\xe4"),
                  "second.txt:3: not UTF-8"),
    "no title": (b"\n\n", "second.txt:1: no title"),
    "no paragraphs": ("Otsikko\n\nUKK\n\nKysymys?\nVastaus.\n\nLähde: X\n".encode(), "second.txt:3: no paragraphs"),
    "question without answer": ("Otsikko\n\nKappale.\n\nUKK\n\nKysymys?\n\nLähde: X\n".encode(),
                                "second.txt:7: a question without an answer"),
    "empty credit": ("Otsikko\n\nKappale.\n\nLähde:\n".encode(), "second.txt:5: the credit line names no source"),
    "no blank lines": ("Otsikko\nKappale yksi.\nKappale kaksi.\nLähde: X\n".encode(),
                       "second.txt:2: the title must be one line, followed by a blank line"),
}


def test_a_first_question_right_under_the_faq_heading_is_kept(tmp_path):
    """"UKK" and the first question with no blank line between: the question and its answer are the first entry,
    not left out with the heading (a corpus article's FAQ lost its first pair so)."""
    from explainer.source import read_source
    path = tmp_path / "a.txt"
    path.write_text("Otsikko\n\nKappale.\n\nUKK\nEnsimmäinen kysymys?\nVastaus yksi.\n\nToinen kysymys?\n"
                    "Vastaus kaksi.\n\nLähde: X\n", encoding="utf-8")
    faq = read_source(path).faq
    assert [(entry.question.text, entry.answer.text, entry.question.line) for entry in faq] == [
        ("Ensimmäinen kysymys?", "Vastaus yksi.", 6), ("Toinen kysymys?", "Vastaus kaksi.", 9)]


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_source_is_one_line_and_writes_nothing(case, tmp_path):
    content, says = MALFORMED[case]
    project = copy_project(tmp_path / "project")
    source = tmp_path / "second.txt"
    source.write_bytes(content)
    before = snapshot(project)
    result = generate(project, source, "--slug", SLUG)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and says in result.stderr, result.stderr
    assert snapshot(project) == before


@pytest.mark.parametrize("slug, says", [
    ("Not A Slug", "is not a slug"),
    ("people", "a name the site uses already"),
    ("explainers", "a name the site uses already"),  # the archive's folder
])
def test_a_bad_slug_is_refused(tmp_path, slug, says):
    project = copy_project(tmp_path / "project")
    source = tmp_path / "second.txt"
    source.write_text(SECOND, encoding="utf-8")
    result = generate(project, source, "--slug", slug)
    assert result.returncode == 2 and says in result.stderr and not (project / "docs" / slug / "article.md").exists()


def test_an_edited_file_is_never_overwritten(tmp_path):
    project = copy_project(tmp_path / "project")
    source = tmp_path / "second.txt"
    source.write_text(SECOND, encoding="utf-8")
    assert generate(project, source, "--slug", SLUG).returncode == 0
    article = project / "docs" / SLUG / "article.md"
    article.write_text(article.read_text(encoding="utf-8") + "\nEdited.\n", encoding="utf-8")
    (project / "docs" / SLUG / "source.md").unlink()
    before = snapshot(project)
    for options in ([], ["--force"]):
        result = generate(project, source, "--slug", SLUG, *options)
        assert result.returncode == 2 and f"docs/{SLUG}/article.md exists and differs" in result.stderr
        assert snapshot(project) == before
    article.write_text(article.read_text(encoding="utf-8").removesuffix("\nEdited.\n"), encoding="utf-8")
    result = generate(project, source, "--slug", SLUG)
    assert result.returncode == 2 and "pass --force" in result.stderr
    result = generate(project, source, "--slug", SLUG, "--force")
    assert result.returncode == 0 and f"docs/{SLUG}/source.md" in result.stdout


@pytest.mark.fires("glossary-candidates")
def test_a_glossary_quote_that_is_not_in_the_source_is_found(generated, site, capsys, monkeypatch):
    project, site_dir, _, _ = generated
    contract = project / "docs" / SLUG / "explainer.yml"
    original = contract.read_text(encoding="utf-8")
    contract.write_text(original.replace("- Nokia ja Silo AI", "- Nokia ja Silo AI eivät"), encoding="utf-8")
    monkeypatch.chdir(project)
    try:
        code = check_site.main([str(site_dir), "--config", str(project / "mkdocs.yml"), "--site-url", site.url,
                                "--only", "glossary-candidates"])
    finally:
        contract.write_text(original, encoding="utf-8")
    lines = capsys.readouterr().out.splitlines()[:-1]
    assert code == 1 and len(lines) >= 1
    assert all(line.startswith(f"docs/{SLUG}/explainer.yml:") and "quote not in the source" in line for line in lines)


def test_english_pages_added_by_an_editor_get_the_full_translation_qa(tmp_path, site, capsys, monkeypatch):
    project = copy_project(tmp_path / "project")
    source = tmp_path / "second.txt"
    source.write_text(SECOND, encoding="utf-8")
    assert generate(project, source, "--slug", SLUG).returncode == 0
    folder = project / "docs" / SLUG
    # an "English" FAQ that is still the Finnish text: translation QA now applies to it, and finds that
    (folder / "faq.en.md").write_text((folder / "faq.md").read_text(encoding="utf-8"), encoding="utf-8")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    monkeypatch.chdir(project)
    code = check_site.main([str(project / "site"), "--config", str(project / "mkdocs.yml"), "--site-url", site.url,
                            "--only", "untranslated"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert any(line.startswith(f"docs/{SLUG}/faq.en.md:") and ": untranslated: " in line for line in lines), lines


def test_more_explainers_never_change_the_first_ones_findings_or_content(tmp_path, site, capsys, monkeypatch):
    """Two explainers generated from real-shaped sources (one ordinary, one hostile) beside the first: the first
    explainer has no findings, and its article and FAQ say exactly what they said."""
    import json

    from conftest import FIRST, REAL

    project = copy_project(tmp_path / "project")
    for fixture, slug in (("arktika-sensors.fi.txt", "arktika"), ("hostile.fi.txt", "vihamielinen")):
        result = generate(project, ROOT / "tests" / "fixtures" / fixture, "--slug", slug)
        assert result.returncode == 0, result.stderr
    built = tmp_path / "site"
    build_site(built, site.url, project / "mkdocs.yml")
    monkeypatch.chdir(project)
    check_site.main([str(built), "--config", str(project / "mkdocs.yml"), "--site-url", site.url,
                     "--format", "json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [f for f in findings if FIRST.slug in f["path"] or FIRST.source_path in f["path"]] == []

    def content(folder, page, language):
        document = parse_html((folder / REAL.site.built_page(page, language)).read_bytes())
        return [etree.tostring(node) for node in document.xpath("//article[contains(@class, 'md-content__inner')]")]

    for page in (FIRST.page("article"), FIRST.page("faq")):
        for language in REAL.languages:
            assert content(built, page, language) == content(site.dir, page, language), (page, language)


def test_each_explainer_has_its_own_people_page_with_ids_unique_there(tmp_path):
    """Each explainer's names are on its own people page (docs/<slug>/people.md): their ids are unique on that
    page, and a name the shared glossary has is linked there, never to another explainer's entry."""
    project = copy_project(tmp_path / "project")
    for fixture, slug in (("arktika-sensors.fi.txt", "arktika"), ("hostile.fi.txt", "vihamielinen")):
        assert generate(project, ROOT / "tests" / "fixtures" / fixture, "--slug", slug).returncode == 0
    layout = load_layout(project / "mkdocs.yml")
    for explainer in (layout.site.contract.explainer(slug) for slug in ("arktika", "vihamielinen")):
        contract = yaml.safe_load((project / "docs" / explainer.slug / "explainer.yml").read_text(encoding="utf-8"))
        assert contract["pages"]["people"] == "glossary"  # built once an editor confirms one of its names
        text = (project / "docs" / explainer.slug / "people.md").read_text(encoding="utf-8")
        assert f"[[explainer-glossary: {explainer.slug}]]" in text
        ids = [entry["id"] for entry in explainer.glossary if not entry.get("in-glossary")]
        assert len(ids) == len(set(ids)) and "henkilot-ja-toimijat" not in ids
        linked = [entry["id"] for entry in explainer.glossary if entry.get("in-glossary")]
        assert set(linked) <= set(CONTRACT.ids[GLOSSARY])
    assert layout.site.shared_pages("glossary") == [GLOSSARY]  # one shared people page, in the navigation


def test_a_crlf_source_with_a_bom_works_end_to_end(tmp_path, site, capsys, monkeypatch):
    """Windows line endings and a byte-order mark: the copy stays byte-identical, the pages read the same, and the
    source page and its checks agree."""
    project = copy_project(tmp_path / "project")
    source = tmp_path / "second.txt"
    source.write_bytes(b"\xef\xbb\xbf" + SECOND.replace("\n", "\r\n").encode())
    result = generate(project, source, "--slug", SLUG)
    assert result.returncode == 0, result.stderr
    assert (project / "docs" / "assets" / "source" / f"{SLUG}.txt").read_bytes() == source.read_bytes()
    built = tmp_path / "site"
    build_site(built, site.url, project / "mkdocs.yml")
    monkeypatch.chdir(project)
    code = check_site.main([str(built), "--config", str(project / "mkdocs.yml"), "--site-url", site.url,
                            "--only", "source-page,source-hash,article-source,faq-source"])
    assert code == 0, capsys.readouterr().out


def test_the_next_steps_name_only_the_pages_the_source_gave(tmp_path):
    project = copy_project(tmp_path / "project")
    source = tmp_path / "second.txt"
    source.write_text(SECOND[:SECOND.index("UKK")] + SECOND[SECOND.index("Lähde:"):], encoding="utf-8")
    result = generate(project, source, "--slug", SLUG)
    assert result.returncode == 0, result.stderr
    translation = REAL.site.translations[0]
    assert f"{SLUG}/{REAL.site.markdown_name('article', translation)}" in result.stdout
    assert REAL.site.markdown_name("faq", translation) not in result.stdout


def test_each_explainer_wears_its_own_title_and_credit(generated, site):
    """Header, <title> and footer: an explainer's pages show its title and its own source; shared pages the site's."""
    _, built, _, source = generated
    from explainer.source import read_source

    layout = load_layout(generated[0] / "mkdocs.yml")
    second = next(explainer for explainer in layout.site.explainers if explainer.slug == SLUG)
    for folder, explainer in ((site.dir, FIRST), (built, second)):
        credited = read_source(layout.docs_dir / explainer.source_path).credited
        for language in REAL.languages:
            document = parse_html((folder / REAL.site.built_page(explainer.page("article"), language)).read_bytes())
            title = layout.site.title(explainer, language)
            assert document.findtext(".//title").endswith(f" – {title}")
            assert document.xpath("normalize-space(//div[contains(@class, 'md-header__topic')][1])") == title
            assert document.xpath("normalize-space(//div[@class='md-copyright__highlight'])").endswith(
                f": {credited}")
    home = parse_html((built / "index.html").read_bytes())
    assert "Esimerkkilehti" not in home.xpath("normalize-space(//div[@class='md-copyright__highlight'])")
    [item] = home.xpath(f"//li[@data-explainer='{SLUG}']")
    assert item.xpath("normalize-space(.//span[@class='explainer-credit'])").endswith(": Esimerkkilehti")


# A placeholder of translate_explainer.py with the Finnish it carries: what an editor replaces.
PLACEHOLDER = re.compile(r'TODO: translate[^\n]*?(?=[\'"] *$| \{ #|$)', re.M)
# What an editor writes in place of each TODO of translate_explainer.py, page by page, in order.
ENGLISH = {
    "article.en.md": [
        "Helsinki-based Silo AI has grown in five years into a company of more than 300 people.",
        "Finnish AI companies are growing fast",
        "Helsinki-based Silo AI has grown in five years into a company of more than 300 people. Chief executive "
        "Peter Sarlin says that the growth is based on demand for European language models.",
        "According to Peter Sarlin, the EU's AI regulation brings *companies* both challenges and opportunities "
        "\\[1\\]. Nokia and Silo AI have worked together since 2021, as have Meta & muut\\_suuret.",
        "\\# Researcher Anna Korhonen points out that there is a shortage of experts. According to Anna Korhonen, "
        "universities train too few AI specialists, and many of them move abroad for &lt;at least&gt; a year.",
    ],
    "faq.en.md": [  # its heading and description are the generator's words, which the translator writes in English
        "How big is Silo AI?", "More than 300 people work at Silo AI.",
        "What does Anna Korhonen say about the shortage of experts?",
        "According to Anna Korhonen, universities train too few AI specialists.",
    ],
    "explainer.yml": ["Finnish AI companies are growing fast",
                      "Helsinki-based Silo AI has grown in five years into a company of more than 300 people."],
}


@pytest.mark.fires("needs-review")
def test_a_translation_started_by_the_command_needs_only_the_english(tmp_path, site, capsys, monkeypatch):
    """translate_explainer.py writes every page with its ids and originals; an editor replaces each TODO with
    English and nothing else, and the explainer is translated with no findings."""
    project = copy_project(tmp_path / "project")
    source = tmp_path / "second.txt"
    source.write_text(SECOND, encoding="utf-8")
    assert generate(project, source, "--slug", SLUG).returncode == 0
    started = subprocess.run([sys.executable, str(ROOT / "scripts" / "translate_explainer.py"), SLUG], cwd=project,
                             capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert started.returncode == 0, started.stderr
    for name, texts in ENGLISH.items():
        path = project / "docs" / SLUG / name
        text = path.read_text(encoding="utf-8")
        for english in texts:  # the placeholder and the Finnish it carries, up to the id or the closing quote
            assert "TODO: translate" in text, (name, english)
            text = PLACEHOLDER.sub(lambda _, english=english: english, text, count=1)
        assert "TODO" not in text, name
        path.write_text(text, encoding="utf-8")
    confirm(project / "docs" / SLUG / "explainer.yml", "anna-korhonen", KORHONEN)
    build_site(project / "site", site.url, project / "mkdocs.yml")
    monkeypatch.chdir(project)
    arguments = [str(project / "site"), "--config", str(project / "mkdocs.yml"), "--site-url", site.url]
    code = check_site.main(arguments)
    out = capsys.readouterr().out.splitlines()
    # every unit waits for the editor's review, and nothing else is found
    assert code == 1 and out[:-1] and all(": needs-review: " in line for line in out[:-1]), \
        [line for line in out if ": needs-review: " not in line]
    assert check_site.main([*arguments, "--approve"]) == 0
    assert f"docs/{SLUG}/translation-memory.en.tmx" in capsys.readouterr().out
    code = check_site.main(arguments)
    out = capsys.readouterr().out
    assert code == 0 and SLUG not in out, out  # translated: not in the summary's list of untranslated ones
    # the confirmed entry is first-class on its people page, in each language; the candidates are not there
    for language in REAL.languages:
        people = parse_html((project / "site" / REAL.site.built_page(f"{SLUG}/people", language)).read_bytes())
        [section] = people.xpath("//section[contains(@class, 'explainer-glossary')]")
        assert section.get("lang") == language
        assert section.xpath("h2/@id") == ["anna-korhonen"]
        assert section.xpath("h2/a[@class='headerlink']/@href") == ["#anna-korhonen"]
        assert section.xpath("string(p[@class='role'])") == KORHONEN["role"][language]
        quotes = KORHONEN["translations"][language] if language in KORHONEN["translations"] else None
        if quotes:
            assert [" ".join(text_of(q).split()) for q in section.xpath("blockquote")] == quotes


# An editor's confirmation of a generated entry: its role, and its quotes in English.
KORHONEN = {
    "role": {"fi": "Rooli lähteessä: tutkija.", "en": "Role in the source: researcher."},
    "translations": {"en": [
        "# Researcher Anna Korhonen points out that there is a shortage of experts.",
        "According to Anna Korhonen, universities train too few AI specialists, and many of them move abroad for "
        "<at least> a year.",
        "What does Anna Korhonen say about the shortage of experts?",
        "According to Anna Korhonen, universities train too few AI specialists.",
    ]},
}


def confirm(contract: Path, entry_id: str, details: dict) -> None:
    """What an editor does in explainer.yml: confirm one candidate, with a role and translated quotes."""

    data = yaml.safe_load(contract.read_text(encoding="utf-8"))
    [entry] = [entry for entry in data["glossary"] if entry["id"] == entry_id]
    entry.update(confirmed=True, **details)
    contract.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_a_confirmed_entry_of_an_untranslated_explainer_is_shown_in_finnish(generated, tmp_path, site, capsys,
                                                                           monkeypatch):
    project = copy_project(tmp_path / "project")
    source = tmp_path / "second.txt"
    source.write_text(SECOND, encoding="utf-8")
    assert generate(project, source, "--slug", SLUG).returncode == 0
    confirm(project / "docs" / SLUG / "explainer.yml", "anna-korhonen", {"role": {"fi": KORHONEN["role"]["fi"]}})
    build_site(project / "site", site.url, project / "mkdocs.yml")
    monkeypatch.chdir(project)
    code = check_site.main([str(project / "site"), "--config", str(project / "mkdocs.yml"), "--site-url", site.url])
    assert code == 0, capsys.readouterr().out
    translation = REAL.site.translations[0]
    people = parse_html((project / "site" / REAL.site.built_page(f"{SLUG}/people", translation)).read_bytes())
    [section] = people.xpath("//section[contains(@class, 'explainer-glossary')]")
    assert section.get("lang") == REAL.site.source_language
    assert section.xpath("h2/@id") == ["anna-korhonen"]  # the one confirmed; the candidates stay in explainer.yml
    index = (project / "site" / REAL.site.prefix(translation) / search.FULL).read_text("utf-8")
    assert "Korhosen" not in index and "tutkija" not in index  # its Finnish text: not in this language's search


# The real names of tests/fixtures/arktika-sensors.fi.txt (an ordinary news article written for the tests), as an
# editor lists them; a name may be found in its base form ("Oulu" of "Oulun yliopisto", "Pohjoismaa").
ARKTIKA_NAMES = {"Arktika Sensors", "Oulun yliopisto", "Oulu", "Revontuli Ventures", "Business Finland",
                 "Laura Niskanen", "Heikki Rautio", "Sanna Väisänen", "Jussi Halme", "VTT", "Pohjoismaat",
                 "Pohjoismaa", "Ruotsi", "Norja", "Suomi", "Pohjoisen Tiedeuutiset"}


def test_the_names_found_in_an_ordinary_article_are_real_names(tmp_path):
    """Capitalised common words at a sentence start (Yhtiö, Rahoitus, Teknologian…) are not names; inflected places
    and people are found in their base form; at least 90 % of what is found is a real name."""
    project = copy_project(tmp_path / "project")
    result = generate(project, ROOT / "tests" / "fixtures" / "arktika-sensors.fi.txt", "--slug", "arktika")
    assert result.returncode == 0, result.stderr
    layout = load_layout(project / "mkdocs.yml")
    [explainer] = [e for e in layout.site.explainers if e.slug == "arktika"]
    found = {entry["name"] for entry in explainer.glossary}
    real = found & ARKTIKA_NAMES
    assert len(real) >= 0.9 * len(found), found - ARKTIKA_NAMES
    assert {"Laura Niskanen", "Sanna Väisänen", "Revontuli Ventures", "Ruotsi", "Norja"} <= found
    assert not found & {"Yhtiö", "Rahoitus", "Kierrosta", "Teknologian", "Yliopistojen", "Henkilöstömäärän"}


def test_the_spelling_check_names_the_first_articles_typos():
    from explainer.finnish import Morphology
    from explainer.source import read_source

    source = read_source(ROOT / "docs" / FIRST.source_path)
    found = Morphology().misspellings(" ".join(block.text for block in source.blocks()))
    assert {"tekoälyaammattilaisten", "tekoäly-startuksiin"} <= set(found)


def test_a_word_written_as_part_of_another_is_no_spelling_anomaly():
    """An elided compound's first part, a case ending after a number and a colon, a compound's end after a number
    and a hyphen, an abbreviation with its point and an e-mail address are correct as written; a typo beside them is
    still reported."""
    from explainer.finnish import Morphology

    text = ("Suomen uutis- ja kuvatoimisto toimittaa uutisia 40:een maahan ja 25:stä lähteestä. Lisätietoja: "
            "puh. 040 123 4567, etunimi.sukunimi@example.fi, https://example.fi/ohjeet. Tekoälyaammattilaisten "
            "määrä kasvaa, ja tekoälyaammattilaisten palkat nousevat. Alle 18-vuotiaat pääsevät 30-vuotiseen "
            "juhlaan ilmaiseksi.")
    assert Morphology().misspellings(text) == ["tekoälyaammattilaisten"]


def test_a_compound_of_two_known_nouns_and_a_unit_are_no_spelling_anomalies():
    """A compound of two nouns Voikko knows but not joined ("latureen", a track sled's: latu + reki) is Finnish; a
    unit with a capital inside ("W/mK") is no Finnish word at all; a hyphenated foreign part and a typo stay
    anomalies. Fiction written for this test."""
    from explainer.finnish import Morphology

    text = ("Kyläyhdistys osti latureen, jonka eristeen lämmönjohtavuus on 0,038 W/mK. Charter-lentoa ei tule, "
            "mutta charter-lentoa odotetaan. Hiihtäjiä tulee yhä useamin.")
    assert Morphology().misspellings(text) == ["charter-lentoa", "useamin"]


def test_without_voikko_the_generator_says_how_to_install_it(tmp_path):
    fake = tmp_path / "no-voikko"
    fake.mkdir()
    (fake / "libvoikko.py").write_text('raise ImportError("libvoikko is not installed")\n', encoding="utf-8")
    project = copy_project(tmp_path / "project")
    source = tmp_path / "second.txt"
    source.write_text(SECOND, encoding="utf-8")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "new_explainer.py"), str(source), "--slug", SLUG],
                            cwd=project, capture_output=True, text=True,
                            env=dict(os.environ, PYTHONPATH=str(fake), NO_MKDOCS_2_WARNING="1"))
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    assert "apt-get install libvoikko1 voikko-fi" in result.stderr
    assert not (project / "docs" / SLUG).exists()


# Written for this test: a title with a dash and ”…”, a quote with a range.
TYPOGRAPHY = """Teatteri – ”Vaikenijat” saa ensi-iltansa lauantaina

Teatterinjohtaja Mira Koskela kutsuu näytelmää ”hiljaiseksi kapinaksi” – sanoja on vähän. \
Koskelan mukaan liput maksavat 18–32 euroa.

Lähde: Esimerkkilehti (kirjoitettu testiä varten)
"""


def test_the_contract_keeps_the_sources_characters_and_the_checker_names_a_changed_one(tmp_path, site, capsys,
                                                                                         monkeypatch):
    """The generator wrote "–" as "-" and ”…” as "…" into explainer.yml, so the header's title differed from the
    h1 and a published quote was no longer word for word; the checker did not notice."""
    project = copy_project(tmp_path / "project")
    source = tmp_path / "typography.txt"
    source.write_text(TYPOGRAPHY, encoding="utf-8")
    assert generate(project, source, "--slug", "typografia").returncode == 0
    path = project / "docs" / "typografia" / "explainer.yml"
    contract = yaml.safe_load(path.read_text(encoding="utf-8"))
    lines = TYPOGRAPHY.splitlines()
    assert contract["title"]["fi"] == lines[0]
    assert contract["summary"]["fi"] == lines[2].split(" Koskelan")[0]
    assert lines[2].split("vähän. ")[1] in [quote for entry in contract["glossary"] for quote in entry["quotes"]]
    front = (project / "docs" / "typografia" / "article.md").read_text(encoding="utf-8").split("---")[1]
    assert yaml.safe_load(front)["description"] == contract["summary"]["fi"]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("18–32", "18-32").replace("Teatteri – ”Vaikenijat”", 'Teatteri - "Vaikenijat"'),
                    encoding="utf-8")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    monkeypatch.chdir(project)
    code = check_site.main([str(project / "site"), "--config", str(project / "mkdocs.yml"), "--site-url", site.url,
                            "--only", "glossary-candidates"])
    found = capsys.readouterr().out.splitlines()[:-1]
    assert code == 1
    title = [line for line in found if "the title differs" in line]
    quotes = [line for line in found if "quote differs" in line]
    assert len(title) == 1 and title[0].startswith("docs/typografia/explainer.yml:")
    assert '(source: "Teatteri – ”Vaikenijat' in title[0]  # names the first character that differs
    contract_lines = path.read_text(encoding="utf-8").splitlines()
    assert quotes and all('32 euroa." (source: "' in line and "18–32" in line for line in quotes)
    assert all("18-32" in contract_lines[int(line.split(":")[1]) - 1] for line in quotes)  # each at its line


# Fiction written for this test: an institution named by its genitive and a common noun, an adjective that agrees
# with the name it starts, an association with its lower-case legal form, a club in the plural and its member.
INSTITUTIONS = ("Mäntylän koulun remontti alkaa\n\n"
                "Kunnanhallituksen mukaan Mäntylän koulun remontti alkaa kesäkuussa. Itäsuomalaisen "
                "Tutkimuskeskuksen mukaan remontti kestää vuoden.\n\n"
                "Metsäluonto ry:n mukaan pihan puut säästetään. Yhdistyksen puheenjohtaja Aila Rinne kertoo, että "
                "Metsäluonto ry seuraa työtä. Pihan kunnostuksen voitti Ontolan Puutarhureiden Maija Lehto.\n\n"
                "Lähde: Mäntylän Sanomat (fiktiivinen testiartikkeli)\n")


def _glossary_names(tmp_path: Path, text: str, slug: str) -> set[str]:
    """The names of the glossary entries the generator writes for a source text (its command run in this process:
    the command line's own behaviour is tested above, and a process of its own per case took most of this file's
    time)."""
    project = copy_project(tmp_path / "project")
    source = tmp_path / "source.txt"
    source.write_text(text, encoding="utf-8")
    with contextlib.redirect_stdout(io.StringIO()):
        assert new_explainer([str(source), "--slug", slug, "--config", str(project / "mkdocs.yml")]) == 0
    [explainer] = [e for e in load_layout(project / "mkdocs.yml").site.explainers if e.slug == slug]
    return {entry["name"] for entry in explainer.glossary}


def test_names_end_with_an_institutions_noun_an_agreeing_adjective_and_an_associations_legal_form(tmp_path):
    found = _glossary_names(tmp_path, INSTITUTIONS, "mantyla")
    assert {"Mäntylän koulu", "Itäsuomalainen Tutkimuskeskus", "Metsäluonto ry", "Aila Rinne", "Maija Lehto",
            "Ontolan Puutarhurit"} <= found, found  # a club and its member side by side; a plural name's nominative
    assert not found & {"Mäntylä", "Itäsuomalaisen Tutkimuskeskus", "Metsäluonto"}


# Fiction written for this test: institutions ending in a compound's head, after a genitive Voikko does not know
# too; a double first name; a surname's genitive the text also writes alone; an unquoted title; a couple's
# foundation.
INSTITUTIONS_2 = ("Hirvasjärven taidemuseo avaa kesänäyttelyn\n\n"
                  "Museo avaa lauantaina näyttelyn Hiljainen talo. Näyttely on esillä Hirvasjärven taidemuseossa "
                  "kesään asti. Näyttelyn tekijä Lotta Harjuston "
                  "teoksia on nähty aiemmin Ruovedellä. Harjusto itse kertoo aloittaneensa kudonnan lapsena. "
                  "Rahoituksesta vastasi Elli ja Toivo Kataisen säätiö. Puheenvuoron piti professori Anna-Mari "
                  "Laitinen Itä-Suomen yliopistosta. Näyttelyyn liittyvistä työpajoista vastaavat Ruoveden kunnan "
                  "kulttuuripalvelut, ja bussit lähtevät Tampereen lentoasemalta.\n\n"
                  "Lähde: Kuvitteellinen tiedote (fiktiivinen testiartikkeli)\n")


def test_names_of_institutions_couples_titles_and_double_first_names(tmp_path):
    found = _glossary_names(tmp_path, INSTITUTIONS_2, "hirvasjarvi")
    assert {"Hirvasjärven taidemuseo", "Hiljainen talo", "Lotta Harjusto", "Elli ja Toivo Kataisen säätiö",
            "Anna-Mari Laitinen", "Ruoveden kunnan kulttuuripalvelut", "Tampereen lentoasema"} <= found, found
    assert not found & {"Lotta Harjuston", "Elli", "Anna-Mari Laitinen Itä-Suomen yliopisto"}


# Fiction written for this test: a court with a hyphenated noun, a village association, a place made of a common
# noun after a town's genitive, a web service that is no institution, energy units, a foreign name with a local
# case ending, a channel named by a capitalised common noun, a company named with and without its legal form.
INSTITUTIONS_3 = ("Kyläyhdistys valitti hotellista\n\n"
                  "Valituksen Länsi-Rannikon hallinto-oikeuteen on tehnyt Rautalahden Kuusiniemen kyläyhdistys. "
                  "Yhdistyksen mukaan Koskiranta Hotellit Oy ei selvittänyt liikennettä. Koskiranta Hotellien "
                  "mukaan selvitys tehtiin. Hotelli kuluttaa vuodessa 2,4 GWh sähköä, ja sen aurinkovoimala on 0,5 MW. "
                  "Ohjelma näkyy Kanava Pohjolassa ja suoratoistopalvelu Nordic Streamille tehty sarja julkaistaan "
                  "RKL:n verkkopalvelussa.\n\n"
                  "Lähde: Kuvitteellinen tiedote (fiktiivinen testiartikkeli)\n")


def test_names_of_courts_associations_places_companies_and_no_units(tmp_path):
    found = _glossary_names(tmp_path, INSTITUTIONS_3, "rautalahti")
    assert {"Rautalahti", "Kuusiniemen kyläyhdistys", "Länsi-Rannikon hallinto-oikeus", "Koskiranta Hotellit Oy",
            "Kanava Pohjola", "Nordic Stream", "RKL"} <= found, found
    assert not found & {"Rautalahden Kuusiniemen kyläyhdistys", "Länsi-Rannikko", "Koskiranta Hotellit", "GWh",
                        "MW", "Pohjola", "Nordic Streamille", "RKL:n verkkopalvelu"}, found


# Fiction written for this test: an association's name after a genitive the text also writes in lower case; a
# road named after a cape; two names side by side, the second a place's; a programme's name written as a
# compound's first part; a parliament; a hall that is no institution; a village Voikko does not know, in two cases.
INSTITUTIONS_4 = ("Soutuseura sai uudet veneet\n\n"
                  "Veneilijöiden Seuran jäsenet kunnostivat keväällä Koivuniemen rannan, ja Koivuniementie oli "
                  "talkoiden ajan suljettu. Harjulan Puutarhapalvelun Mäntyniemen Soutuseuralle lahjoittamat veneet "
                  "tuotiin rantaan lauantaina. Moni veneilijöiden perhe oli mukana.\n\n"
                  "Kunnostus rahoitettiin Vesien Suomi -ohjelmasta, jonka varoista päättää Saarimaan parlamentti. "
                  "Veneet säilytetään talvella Kivelän sahan hallissa Vaskelon kylässä. Vaskelosta lähtee kesäisin "
                  "souturetkiä saaristoon.\n\n"
                  "Lähde: Kuvitteellinen tiedote (fiktiivinen testiartikkeli)\n")


def test_names_of_sentence_initial_genitives_roads_compounds_and_unknown_places(tmp_path):
    found = _glossary_names(tmp_path, INSTITUTIONS_4, "soutuseura")
    assert {"Veneilijöiden Seura",  # a common noun's genitive before a capitalised common noun: part of the name
            "Koivuniemi", "Koivuniementie",  # alike, but Voikko reads them as two words: two names
            "Harjulan Puutarhapalvelu", "Mäntyniemen Soutuseura",  # a place made of a common noun begins a name
            "Vesien Suomi -ohjelma",  # a common noun cut from the place after it, held by the compound's head
            "Saarimaan parlamentti",  # a state's body after its genitive
            "Kivelä",  # "halli" alone is no compound's head: the sawmill's hall is no institution
            "Vaskelo"} <= found, found  # its genitive and its elative show an unknown word's stem
    assert not found & {"Seura", "Vesi", "Suomi", "Saarimaa", "Kivelän sahan halli", "Vaskelon", "Vaskelosta",
                        "Harjulan Puutarhapalvelun Mäntyniemen Soutuseura"}, found


# Fiction written for this test: a council and a research institute whose compound ends in an institution's noun, a
# union named in full with its abbreviation after its lower-case "liitto", a researcher whose surname Voikko reads
# as a common noun before her institute's genitive, two bays named alike, one at a sentence's start.
INSTITUTIONS_5 = ("Järvikalastajat vaativat uusia kiintiöitä\n\n"
                  "Pohjolan kalastusneuvosto (PKN) päätti tiistaina pienentää kiintiöitä, koska Verkonkutojien liitto "
                  "VKL ei vastustanut päätöstä. Päätös perustuu Sorsalahden vesitutkimuslaitoksen arvioon, sanoo "
                  "tutkija Aino Kivikorpi Sorsalahden vesitutkimuslaitoksesta.\n\n"
                  "Kiintiö pienenee ensi vuonna vain Kaislaselän kuhan osalta. Ruokoselän kuhan kiintiö kasvaa. VKL:n "
                  "mukaan muutos on pieni. Kalastajien liitto on toista mieltä, eikä Suomen ja Ruotsin liitto ole "
                  "asiassa mukana.\n\n"
                  "Lähde: Kuvitteellinen tiedote (fiktiivinen testiartikkeli)\n")


def test_names_of_councils_institutes_unions_abbreviations_and_places_named_alike(tmp_path):
    found = _glossary_names(tmp_path, INSTITUTIONS_5, "kiintiot")
    assert {"Pohjolan kalastusneuvosto", "PKN",  # a state's body; its abbreviation an entry of its own
            "Sorsalahden vesitutkimuslaitos",  # "tutkimuslaitos" ends the compound, whatever Voikko's parts
            "Verkonkutojien liitto VKL", "VKL",  # after a common noun's genitive only a name capitalises
            "Aino Kivikorpi",  # a first name and a nominative: her whole name, the institute's genitive after it
            "Kaislaselkä", "Ruokoselkä"} <= found, found  # a sentence's first word, named as the other bay is
    assert not found & {"Pohjola", "Verkonkutoja", "Aino Kivikorpi Sorsalahti", "Sorsalahti",
                        "Kalastajien liitto", "Ruotsin liitto"}, found  # at a sentence's start, or a place's


# Fiction written for this test: English job titles between a company and a person (after an inflected legal
# form, a genitive inside the run and one before it), two of them used again on their own; an abbreviation joined
# to a Finnish noun; an English name with "of" in it.
ROLES = ("Peliyhtiöt kilpailevat kehittäjistä\n\n"
         "Routakivi Oyj:n Head of Sales Aino Vesterinen kertoo, että yhtiö palkkaa kymmenen ML-insinööriä. "
         "Hallatuulen CTO Veera Honkanen arvioi, että palkat nousevat. Yhtiön uusi Head of Sales aloittaa "
         "keväällä, ja yhtiön Chief Data Officer Mikko Harju vastaa rekrytoinneista.\n\n"
         "Palkoista julkaisi selvityksen Institute of Arctic Games. Routakiven mukaan CTO on alalla harvinainen "
         "titteli.\n\n"
         "Lähde: Kuvitteellinen tiedote (fiktiivinen testiartikkeli)\n")


def test_job_titles_and_an_abbreviations_compounds_are_declared_terms_and_no_names(tmp_path):
    found = _glossary_names(tmp_path, ROLES, "peliyhtiot")
    assert {"Routakivi Oyj", "Aino Vesterinen", "Veera Honkanen", "Mikko Harju",
            "Institute of Arctic Games"} <= found, found  # "of" holds an English name together
    terms = {"Head of Sales", "CTO", "Chief Data Officer", "ML-insinööri"}
    assert not found & {*terms, "Oyj", "Head", "Sales", "Routakivi Oyj:n Head of Sales", "Hallatuulen CTO",
                        "Institute", "Arctic Games", "Ml-insinööri"}, found
    [explainer] = [e for e in load_layout(tmp_path / "project" / "mkdocs.yml").site.explainers
                   if e.slug == "peliyhtiot"]
    assert terms <= set(explainer.names)  # declared all the same: the checker's entity-list finds them capitalised


# Fiction written for this test: a town named only in the title.
TITLE_ONLY = """Kesäjuhlat toivat Savonlinnaan ennätysyleisön

Juhlilla kävi viikonlopun aikana 12 000 ihmistä, kertoo järjestäjä Aino Lahtela.

Lähde: Kuvitteellinen tiedote
"""


def test_a_name_only_the_title_uses_is_declared_and_the_checker_agrees(tmp_path, site, capsys, monkeypatch):
    """entity-list reads the title too: the generator's own contract must declare a name only the title has, and
    offers no glossary candidate for it (no paragraph mentions it)."""
    project = copy_project(tmp_path / "project")
    source = tmp_path / "title.txt"
    source.write_text(TITLE_ONLY, encoding="utf-8")
    assert generate(project, source, "--slug", "kesajuhlat").returncode == 0
    [explainer] = [e for e in load_layout(project / "mkdocs.yml").site.explainers if e.slug == "kesajuhlat"]
    assert "Savonlinna" in explainer.names and "Savonlinna" not in {entry["name"] for entry in explainer.glossary}
    build_site(tmp_path / "site", site.url, project / "mkdocs.yml")
    monkeypatch.chdir(project)
    code = check_site.main([str(tmp_path / "site"), "--config", str(project / "mkdocs.yml"), "--site-url", site.url,
                            "--only", "entity-list"])
    assert code == 0, capsys.readouterr().out


# Fiction written for this test: a team named in the plural after its town's genitive, in the title, in the genitive
# plural and shortened to its noun after a verb; an arena named after another place, in a town's genitive; a town's
# health station (a common noun) beside its airport (a name).
TEAMS = ("Porin Ilvekset Satakunnan mestariksi\n\n"
         "Porin Ilvekset voittivat lauantaina Satakunnan sarjan, kun joukkue kaatoi finaalissa vieraansa. Raumalla "
         "pelattu ottelu siirrettiin Tampereen Hervannan Kentälle. Voitto oikeuttaa Ilvekset pelaamaan karsinnoissa, "
         "sanoo Porin Ilvesten valmentaja Matti Koskinen.\n\n"
         "Ensiapu oli Turun terveysasemalla, ja joukkue lensi kotiin Turun lentoasemalta.\n\n"
         "Lähde: Kuvitteellinen tiedote (fiktiivinen testiartikkeli)\n")


def test_names_of_plural_teams_places_before_a_name_and_stations(tmp_path):
    found = _glossary_names(tmp_path, TEAMS, "ilvekset")
    assert {"Porin Ilvekset",  # a plural common noun after a town's genitive: a team, its short form no place's
            "Satakunta",  # cut from the team's nominative before it
            "Tampere", "Hervannan Kenttä",  # a place's genitive that begins a name in another place
            "Turun lentoasema"} <= found, found  # the airport a town has
    assert not found & {"Porin Ilves", "Ilvekset Satakunta", "Tampereen Hervannan Kenttä",
                        "Turun terveysasema"}, found  # one of a town's health stations is a common noun


# Fiction written for this test: an agency named in lower case at a sentence's start, "ja" inside it and its
# abbreviation explained after it; a housing company's blocks lettered A, B and C, one compound elided; "Asunto Oy"
# and a sentence that begins with the plural of "asunto".
EXPLAINED = ("Remontti alkaa keväällä\n\n"
             "Metsien ja vesien laitoksen (MVL) mukaan lupa on kunnossa. Asunto Oy Kuusirinteen hallitus päätti, että "
             "työt alkavat A-siivestä, ja B- ja C-siivet korjataan syksyllä. Asunnot ovat tyhjinä kolme kuukautta.\n\n"
             "Lähde: Kuvitteellinen tiedote (fiktiivinen testiartikkeli)\n")


def test_names_explained_by_an_abbreviation_and_lettered_labels(tmp_path):
    found = _glossary_names(tmp_path, EXPLAINED, "kuusirinne")
    assert {"Metsien ja vesien laitos", "MVL",  # its abbreviation spells the lower-case name's words but "ja"
            "Asunto Oy Kuusirinne"} <= found, found
    assert not found & {"Metsien", "A-siipi", "A-Siivonen", "B", "C-siivet",  # labels of a lettered series
                        "Asunnot"}, found  # "Asunto" of "Asunto Oy" makes no sentence's "Asunnot" a name


# Fiction written for these tests, each source with the names the generator proposes and the wrong readings it
# must not: a name that begins with a capital Finnish does not use (Estonian Õ, Czech Š); a place Voikko does not
# know, named once in a local case (its end a common noun it knows), a housing company whose name holds a place's
# genitive, and a school's parents' association; an institute named at a sentence's start, before its name in the
# genitive, and a foreign province named in the genitive before the word for it; a company whose registered name
# begins with a place's genitive, and its short form; a surname Voikko does not know, in the genitive before
# "mukaan"; a place whose "-inen" name inflects in the plural; an abbreviation of a name's syllables; a project's
# acronym in a compound, and an English title with lower-case words; a place Voikko does not know, listed with
# another in the same case; a plural place name; a housing area's genitive at a sentence's start; a party's local
# organisation ("järjestö"), the party's genitive before it no part of its name; a club's abbreviation in mixed
# case, inflected without a colon ("KuKun"); a town's main library ("pääkirjasto"), the town the name; an unknown
# genitive whose end Voikko knows ("Kuusijoen"), of two readings the nearest ("Pitkäsalon": salo, not salko), a
# brand in mixed case with a four-letter ending ("ViewStreamissä"); a company's genitive before its care home's
# name, a home's name before the place it is in, an association's "ry:n" after its noun, a nickname in quotes; a
# first name that is also a word ("Tuuli", wind) at a sentence's start, alone; a race's genitive before the place it
# is run at, each named alone elsewhere; a place Voikko does not know, named once in a local case; a company named by
# the last word of its short name; a first name alone in the genitive beside a nickname, and one Voikko reads as a
# place ("Salla") alone, each of a full name the text has; a village whose name is also a surname, in a
# municipality's genitive; a private road's and a fishing water's statutory bodies, named by their place.
_CREDIT = "\n\nLähde: Kuvitteellinen tiedote (fiktiivinen testiartikkeli)\n"
NAMED_SOURCES = [
    ("Orkesterille uusi kapellimestari\n\nOrkesterin uudeksi kapellimestariksi on valittu virolainen Mirt Õisalu. "
     "Õisalun sopimus on kolmivuotinen. Konsertissa soittaa myös tšekkiläinen Pavla Šindelová." + _CREDIT,
     {"Mirt Õisalu", "Pavla Šindelová"}, {"Mirt", "Pavla"}),
    ("Kerrostalo valmistuu\n\nLaskija on kiertänyt samaa reittiä Kuusaniemellä 20 vuotta. Rakenteilla on Asunto Oy "
     "Kolkan Koivurinne, jonka asunnoista puolet on myyty. Hanketta on vastustanut Kolkan koulun "
     "vanhempainyhdistys." + _CREDIT,
     {"Kuusaniemi", "Asunto Oy Kolkan Koivurinne", "Kolkan koulun vanhempainyhdistys"},
     {"Kuusaniemellä", "Asunto Oy Kolkka", "Koivurinne", "Kolkan koulu"}),
    ("Marjasato kasvaa\n\nLuonnontuotelaitos Kataja julkaisi ennusteen tiistaina. Luonnontuotelaitos Katajan mukaan "
     "sato kasvaa. Poimija tulee Nakhonin maakunnasta." + _CREDIT,
     {"Luonnontuotelaitos Kataja", "Nakhon"}, {"Kataja", "Nakhonin"}),
    ("Tulli takavarikoi tuotteita\n\nTulli epäilee tukkuliike Lapin Kauppavirta Oy:tä. Lapin Kauppavirran mukaan "
     "tuotteet ovat aitoja. Kauppavirta kiistää epäilyt." + _CREDIT,
     {"Lapin Kauppavirta Oy"}, {"Lappi", "Kauppavirta Oy"}),
    ("Avustukset jaettiin\n\nLautakunnan puheenjohtajan Tuula Kaarnamon mukaan määräraha oli sidottu. Lautta lähtee "
     "Kärväisistä, ja Kärväisten laiturilla odotetaan. Reitin tilaaja on Pohjanlahden satama- ja kuljetuskeskus "
     "(POSK)." + _CREDIT,
     {"Tuula Kaarnamo", "Kärväinen", "Pohjanlahden satama- ja kuljetuskeskus"},
     {"Tuula Kaarnamon", "Kärväiste", "Kärväisistä", "Pohjanlahti"}),
    ("Hanke alkaa\n\nNelivuotinen KELOTEC-hanke (Timber for the Northern Markets) alkaa. KELOTEC-hankkeessa "
     "työskentelee yhtiön ML-insinööri." + _CREDIT,
     {"KELOTEC", "Timber for the Northern Markets"}, {"KELOTEC-hanke", "Timber", "Northern Markets", "ML-insinööri"}),
    ("Hoitajia ulkomailta\n\nHaastattelut pidettiin Manilassa ja Kalibossa. Hoitajat tulevat Filippiineiltä, ja "
     "Filippiineillä heitä koulutetaan. Haapakummun asuntoalueella asuva Leena Ruohola on tyytyväinen. Kokoomuksen "
     "Haapalan kunnallisjärjestön puheenjohtaja Leo Anttila kiittää." + _CREDIT,
     {"Kalibo", "Filippiinit", "Haapakumpu", "Haapalan kunnallisjärjestö"},
     {"Kalibossa", "Filippiini", "Haapakummun", "Kokoomuksen Haapalan kunnallisjärjestö"}),
    ("Viesti ratkesi\n\nToiseksi sijoittui Kuusen Kulkijat (KuKu), kolme minuuttia voittajan jälkeen. KuKun ankkuri "
     "Mikko Rasi hävisi. Naapurikaupunki Honkaniemen pääkirjasto avattiin syksyllä." + _CREDIT,
     {"KuKu", "Kuusen Kulkijat", "Honkaniemi"}, {"Kuku", "KuKun", "Honkaniemen pääkirjasto"}),
    ("Vesi samenee\n\nKaivos laskee vetensä Kuusijokeen. Yhtiö tarkkailee Kuusijoen ja Kuusijärven vettä. "
     "Pitkäsalon kylätalolla jaetaan hiekkasäkkejä, ja Pitkäsalossa on tulvaa. Ottelu näkyy ViewStream-palvelussa, "
     "ja ViewStreamissä sitä katsoi 9 000 ihmistä." + _CREDIT,
     {"Kuusijoki", "Pitkäsalo", "ViewStream"}, {"Kuusijoe", "Pitkäsalko", "ViewStreamissä"}),
    ("Hoivakodeissa pulaa\n\nSelvitys koski Kuusikko Oy:n hoivakoteja. Heikoin tilanne oli Kuusikon Kanervalan "
     "hoivakodissa, mutta yhtiön Tähtikoti Saarelalla täytti vaatimuksen, ja Tähtikodissa on 40 paikkaa. Kuusijoen "
     "kalastusyhdistys ry:n puheenjohtaja Eero Salo kiitti. – Voitto maistuu, sanoo kapteeni Mikko ”Kivi” Lahtinen."
     + _CREDIT,
     {"Kuusikko Oy", "Kanervala", "Tähtikoti", "Saarela", "Kuusijoen kalastusyhdistys ry", "Mikko Lahtinen", "Kivi"},
     {"Kuusikon Kanervala", "Tähtikoti Saarela", "Kuusijoen kalastusyhdistys", "Mikko", "Lahtinen"}),
    ("Palo sammui\n\n”Tuuli kääntyi aamulla järvelle päin”, palomestari kertoo. Ilta oli rauhallinen. Tuuli "
     "Korhonen kiitti sammuttajia." + _CREDIT,
     {"Tuuli Korhonen"}, {"Tuuli", "Ilta"}),
    ("Ravit ratkesivat\n\nKevätajossa Mäntylällä voitti Sädekehä. Sädekehä voitti Kevätajon Mäntylän radalla "
     "sunnuntaina, ja yleisöä Mäntylällä oli 3 000. Seuraavaksi tamma nähdään Kivarossa. Kilpailun järjesti "
     "Hämeen Ravirata Oy, ja Raviradan mukaan yleisö viihtyi." + _CREDIT,
     {"Kevätajo", "Mäntylä", "Kivaro", "Hämeen Ravirata Oy"},
     {"Kevätajon Mäntylä", "Kivarossa", "Ravirata"}),
    ("Leipomo vaihtaa omistajaa\n\nLeipomoa johtanut Raimo ”Raikka” Vuorela luopuu tehtävästä, ja hänen tyttärensä "
     "Salla Vuorela jatkaa. Raimon isä Eino Vuorela perusti leipomon. – Salla tuntee leipomon, Vuorela sanoo."
     + _CREDIT,
     {"Raimo Vuorela", "Raikka", "Salla Vuorela", "Eino Vuorela"}, {"Raimo", "Salla"}),
    ("Palokunta hakee nuoria\n\nSysmän Lehtovaarassa toimiva palokunta hakee jäseniä. Lehtovaaran kylätalolla on "
     "ilta torstaina." + _CREDIT,
     {"Sysmä", "Lehtovaara"}, {"Sysmän Lehtovaara"}),
    ("Tie suljetaan\n\nKotaniemen tiekunnan puheenjohtaja Raili Mäntynen kertoo, että tie suljetaan. Kalliojärven "
     "osakaskunta kokoontuu." + _CREDIT,
     {"Kotaniemen tiekunta", "Kalliojärven osakaskunta"}, {"Kotaniemi", "Kalliojärvi"}),
    ("Apteekki muuttaa\n\nKorpelan apteekki muuttaa syksyllä. Yrittäjä Aino Salo järjestää nuorisotalo Kipinässä "
     "kesätorin Kuusisalmen torilla." + _CREDIT,
     {"Korpelan apteekki", "Kipinä", "Aino Salo"}, {"Kipinässä", "Korpela"}),
    ("Kesätyöt\n\nKuusisalmelainen yrittäjä Aino Salo palkkasi kolme nuorta. Kuusisalmi maksaa setelit." + _CREDIT,
     {"Aino Salo"}, {"Kuusisalmelainen"}),
    ("Sali myydään\n\nTalossa kokoontuvat partiolippukunta Sahanmäen Kotkat ja Lehtolan seurakuntatalon kuoro. "
     "Tutkija Johanna Kivilompolo Arktisen porotalouden tutkimuslaitoksesta arvioi, että Routavaaran "
     "paliskunnassa vasoja katosi." + _CREDIT,
     {"Sahanmäen Kotkat", "Lehtolan seurakuntatalo", "Johanna Kivilompolo", "Arktisen porotalouden tutkimuslaitos",
      "Routavaaran paliskunta"},
     {"Kotkat", "Arktinen porotalouden tutkimuslaitos", "Routavaara", "Johanna Kivilompolo Arktisen porotalouden "
      "tutkimuslaitos"}),
    ("Kenttä valaistaan\n\nKotikenttä on jalkapalloseura Kuusijoen Pallo-Haukkojen käytössä." + _CREDIT,
     {"Kuusijoen Pallo-Haukat"}, {"Kuusijoen Pallo-Haukkojen"}),
    ("Kasvisruoka\n\nMäntykosken kunnan kouluissa syödään kasvisruokaa. Mäntykosken kouluissa ruokaa jää vähemmän. "
     "Tulokset on analysoitu Kuusijoen yliopiston Nuoruuden ja digitaalisen arjen tutkimuslaitoksessa (NUDA), jossa "
     "tutkimus jatkuu." + _CREDIT,
     {"Mäntykoski", "Nuoruuden ja digitaalisen arjen tutkimuslaitos"}, {"Mäntykosken koulut", "Nuoruus"}),
    ("Soutu\n\nKisan voitti joukkue Soutuseura Kaarikkaasta. Palkinnot jaettiin Pekkatorin laidalla." + _CREDIT,
     {"Soutuseura Kaarikas", "Pekkatori"}, {"Soutuseura Kaarikkaa", "Pekkatorin"}),
    ("Pato puretaan\n\nHaukijärven rannalla on leirintäalue. Uimarannalla on laituri, ja uimaranta pysyy avoimena."
     + _CREDIT, {"Haukijärvi"}, {"Uimaranta"}),
    ("Malminetsintä\n\nKuopiolainen Läntisen Hopeakaivos Oy aloittaa kairaukset. Läntisen Hopeakaivoksen mukaan "
     "näytteet ovat lupaavia. Uimarit kilpailivat Keuruun Kuutit -seuran Keurusselkä-kisoissa. Uinnit pidettiin "
     "Keurusselän jäällä Keuruun keskustan edustalla. Palkinnot jaettiin Pallokärry-nimisestä kojusta." + _CREDIT,
     {"Läntisen Hopeakaivos Oy", "Keurusselkä-kisat", "Keurusselkä", "Keuruu", "Pallokärry"},
     {"Läntinen Hopeakaivos", "Keurusselkä-kisoissa", "Pallokärry-niminen", "Pallokärry-nimisestä"}),
    ("Luvat myönnetään\n\nHakemukset käsittelee jatkossa Lupa- ja valvontavirasto, joka aloitti vuoden alussa. Maa- "
     "ja metsätalousministeriön mukaan muutos nopeuttaa käsittelyä. Kilpailun järjesti Kemijärven Verkkoveikkojen "
     "hallitus." + _CREDIT,
     {"Lupa- ja valvontavirasto", "Kemijärven Verkkoveikot"},
     {"Lupa", "Maa- ja metsätalousministeriö", "Maa", "Kemijärven Verkkoveikkojen"}),
    ("Kyläkoulu jatkaa\n\nKoulu toimii Lehmilän kylässä. Hanketta johtaa Itärannikon luonnonvara- ja "
     "ympäristökeskus (ILYK) yhdessä kunnan kanssa. Opettajat Anna Kettunen ja Pekka Kettunen muuttivat kylään, ja "
     "Kettuset viihtyvät siellä." + _CREDIT,
     {"Lehmilä", "Itärannikon luonnonvara- ja ympäristökeskus", "Kettuset", "Anna Kettunen", "Pekka Kettunen"},
     {"Lehmilän", "Itärannikko"}),
    ("Urakka ratkesi\n\nUrakan voitti Kivikoski Infra Oy, jonka tarjous oli edullisin. Kivikoski Infralla on "
     "kokemusta vastaavista kohteista." + _CREDIT,
     {"Kivikoski Infra Oy"}, {"Kivikoski Infra", "Oy"}),
    ("Levy valmistui\n\nKappale oli tamperelaisen yhtyeen Kolmannen Kerroksen uuden albumin koepuristus, sanoo "
     "erikoistutkija Hanna-Maija Rintamäki LMT:stä. Rintamäen mukaan levy myydään loppuun." + _CREDIT,
     {"Kolmas Kerros", "Hanna-Maija Rintamäki", "LMT"}, {"Kolmannen Kerros", "Hanna-Maija Rintamäki LMT"}),
    ("Leopardit saapuvat\n\nPuisto saa kaksi leopardia ruotsalaisesta Norrskogens djurparkista maaliskuussa."
     + _CREDIT, {"Norrskogens djurpark"}, {"Norrskogens"}),
    ("Maidon hinta nousee\n\nSavonlaakson Meijeri nostaa hintaa kesäkuussa. Meijeri vastaanotti viime vuonna "
     "212 miljoonaa litraa maitoa." + _CREDIT, {"Savonlaakson Meijeri"}, {"Meijer"}),  # a dairy, no Erik Meijer
    ("Radio täyttää vuosia\n\nKun punainen ON AIR -valo syttyy, Aino Laine aloittaa. ”Olen tehnyt tätä kauan. "
     "Se on hauskaa”, Laine sanoo." + _CREDIT, {"Aino Laine"}, {"Olla", "Olen"}),  # "ON" is no "on" (olla)
    ("Koulukyydit muuttuvat\n\nMuutos ilahduttaa Toivolan Kotien ja Koulujen Yhdistystä. Nokian ja Ericssonin "
     "yhteistyö jatkuu." + _CREDIT, {"Toivolan Kotien ja Koulujen Yhdistys", "Nokia", "Ericsson"},
     {"Koulujen Yhdistys", "Toivolan Kodit"}),  # one association; two companies
    ("Maito kallistuu\n\nKANGASALA, 3.2.2026 – Pirkanlaakson Maitojaloste osk nostaa maidon hintaa." + _CREDIT,
     {"Pirkanlaakson Maitojaloste osk"}, set()),  # a cooperative's legal form
    ("Halli myydään\n\nPorin Karhun Keilahalli siirtyy uudelle omistajalle. Karhun Keilahallissa kävi viime "
     "vuonna 80 000 keilaajaa." + _CREDIT, {"Pori", "Karhun Keilahalli"},
     {"Porin Karhun Keilahalli"}),  # a place, then a name the text also writes without it
    ("Tehdas laajenee\n\nYhtiö rakentaa hallin Kajaanin Kuusiluoman teollisuusalueelle. Toinen halli nousee "
     "Kuhmon Vartinkankaan yritysalueelle." + _CREDIT, {"Kajaani", "Kuusiluoma", "Kuhmo", "Vartinkangas"},
     {"Kajaanin Kuusiluoma", "Kuhmon Vartinkangas", "Vartinkankaan"}),  # a town, then its district by how it ends
    ("Mylly leipoo\n\nKuopiolaisen Kahvila Punaisen Myllyn leipuri Eeva Nieminen leipoo ruisleipää. Kahvila "
     "Punaisessa Myllyssä sitä kuluu sata kiloa viikossa." + _CREDIT, {"Kahvila Punainen Mylly", "Eeva Nieminen"},
     {"Punainen", "Mylly", "Punainen Mylly", "Kahvila"}),  # an adjective in its noun's case, within one name
    ("Kaasu kulkee\n\nLaitos myy nesteytettyä kaasua, ja nesteytetty biokaasu eli LBG riittää rekoille. Käyttökate "
     "(EBITDA) parani. Tukea tuli Verkkojen Eurooppa -välineestä (CEF) ja Järvimaan hyvinvointialueelta (JHVA)."
     + _CREDIT, {"CEF", "JHVA"}, {"LBG", "EBITDA"}),  # a common noun's abbreviation is a term; a name's is a name
    ("Vene palaa\n\nKuopiolaisen Moottorivene Helmin Kannatusyhdistyksen jäsenet kunnostivat veneen. Porilainen "
     "Satamalogistiikka Oy hankkii nostureita. Satamalogistiikka Oy:n mukaan tilaus on suuri. Hanketta arvioi "
     "Metsäteknologian tutkimuskeskus Kuusama, jonka raportti valmistuu keväällä." + _CREDIT,
     {"Moottorivene Helmin Kannatusyhdistys", "Satamalogistiikka Oy", "Metsäteknologian tutkimuskeskus Kuusama"},
     {"Helmin Kannatusyhdistys", "Porilainen Satamalogistiikka Oy", "Kuusama", "Metsäteknologian tutkimuskeskus"}),
    ("Lossi uusitaan\n\nRantasalmen lossi saa virtansa akustosta. Akusto ladataan rannassa." + _CREDIT,
     {"Rantasalmi"}, {"Akusto"}),  # a word Voikko does not know, which the text writes in lower case too
    ("Halli valmistuu\n\nYhtiö rakentaa hallin Kuopion Salmisen teollisuusalueelle." + _CREDIT,
     {"Kuopio", "Salminen"}, {"Kuopion Salminen"}),  # an area named for a surname, in a town
    ("Asema suljetaan\n\nSuljettava asema on Kuhmon Kettusten paloasema, mutta Kettusten palokunta jatkaa." + _CREDIT,
     {"Kuhmo", "Kettunen"}, {"Kettuset"}),  # a village named as a surname, in the plural after its town
    ("Hotelli remontoidaan\n\nHotelli suljetaan talveksi, ja vieraat ohjataan Kuhmossa sijaitsevaan Hotelli "
     "Pohjantähteen. Kahvila toimii Kuhmon Alamyllyllä vanhassa meijerissä. Asemat ovat Kuhmon ja Vuotin asemat, "
     "ja Vuotissa on koulu." + _CREDIT, {"Hotelli Pohjantähti", "Alamylly", "Vuotti"},
     {"Hotelli", "Pohjantähti", "Kuhmon Alamylly", "Vuotin", "Vuoti"}),  # a plain noun heads a name; a village
    # in the adessive after its town; a weak grade in a place's genitive and inessive
    ("Rata sähköistetään\n\nRahoitusta haetaan Euroopan unionilta. Päätöksen tekee Pohjolan Savon Kehityskeskus "
     "(PSK). Pohjolan Savon Kehityskeskuksessa asiaa valmistellaan. Laboratorio avataan Kuopion Pursialaan."
     + _CREDIT, {"Euroopan unioni", "Pohjolan Savon Kehityskeskus", "Pursiala", "Kuopio"},
     {"Eurooppa", "Savon Kehityskeskus", "Kuopion Pursiala"}),  # a union; names an abbreviation spells as one;
    # an area, by a compound's head, after its town
    ("Raitiotie arvioidaan\n\nRata kulkisi Palokkaan. Hyöty-kustannussuhde (H/K-suhde) heikkeni. Raidekonsultit "
     "Hietala Oy:n arvion mukaan Palokan asukkaat hyötyvät. Keskisuomalaisen Tutkimuslaboratorion johtaja Outi "
     "Kärkkäinen on samaa mieltä. Keskisuomalaisessa Tutkimuslaboratoriossa asiaa on tutkittu." + _CREDIT,
     {"Palokka", "Raidekonsultit Hietala Oy", "Keskisuomalainen Tutkimuslaboratorio", "Outi Kärkkäinen"},
     {"H", "K-suhde", "Palokan", "Hietala Oy", "Tutkimuslaboratorio"}),  # a strong grade its illative writes; a
    # plural noun begins a company's name; an adjective in two cases; an abbreviation with a slash is one word
    ("Paahdin vaihtuu\n\nSavonlinnalainen Paahtimo Routasalo Oy otti käyttöön uuden koneen, kertoo "
     "toimitusjohtaja Henna Ruotsalainen Paahtimo Routasalosta. Kurssit pidetään Visuveden vanhan kansakoulun "
     "luokassa. Potilaat siirtyvät Vuoksenlaakson yliopistollisen sairaalan osastolle." + _CREDIT,
     {"Paahtimo Routasalo Oy", "Henna Ruotsalainen", "Visuvesi", "Vuoksenlaakson yliopistollinen sairaala"},
     {"Henna Ruotsalainen Paahtimo Routasalo", "Visuveden vanha kansakoulu"}),  # a plain noun after a person's
    # name heads a name of its own; a plain adjective describes an institution, a derived one classifies it
    ("Painokoneet käyvät taas Vanhassa Porvoossa\n\nKirjapaino Heinosen ovet avautuvat. Vanhin kone on vuodelta "
     "1912. Tukea antoivat Uudenmaan Kulttuurirahaston ja Porvoon Seudun Säästöpankkisäätiön hallitukset. "
     "Porvoon kaupunki tukee pajaa, jonka ohi turistit kulkevat Vanhan Porvoon kaduilla." + _CREDIT,
     {"Vanha Porvoo", "Porvoo", "Kirjapaino Heinonen", "Uudenmaan Kulttuurirahasto",
      "Porvoon Seudun Säästöpankkisäätiö"}, {"Vanha", "Vanhin", "Heinonen"}),  # an adjective and a place's name in
    # one case, the place alone another; a printing house named for its owner; two funders joined by "ja"
    ("Laituri uusitaan\n\nHanke maksaa 2 miljoonaa euroa. Summasta puolet maksaa kunta. Rannalla on uimala. "
     "Hanketta vetää insinööri Aino Summanen. Summasen mukaan työt alkavat keväällä." + _CREDIT,
     {"Aino Summanen"}, {"Summa", "Ranta", "Rannalla"}),  # a surname Voikko also reads as a common word at a
    # sentence's start: the word, unless the text names the person inside a sentence
    ("Leipomo kasvaa\n\nMyynti kasvoi, kertoo Pohjolan Leipätehdas Oy:n johtaja. Töitä on Pohjolan "
     "Leipätehtaalla 40 hengelle. Yhtiön omistavat Kainuun Energia Oy ja Norrland Kapital AB. Norrland Kapitalin "
     "osuus on 40 prosenttia." + _CREDIT,
     {"Pohjolan Leipätehdas Oy", "Norrland Kapital AB"}, {"Pohjola", "Leipätehdas", "Norrland Kapitali"}),  # the
    # company in another case, its noun's stem another grade; a foreign name's genitive beside its base
    ("Kenttä jäädytetään\n\nKaupungin liikuntapalveluiden mukaan työt alkavat maanantaina. Kylän kenttä on "
     "kaupungin liikuntapalvelujen hoidossa.\n\nKivilahden Satama Oy:n toimitusjohtaja Eero Laine kertoo, että "
     "Kivilahden sataman laituri uusitaan. Kivilahteen tulee myös kahvila.\n\nSatamassa on tilaa sadalle veneelle. "
     "Veneilijöitä tulee Kruusmäeltä asti, ja Kruusmäelle palataan illalla. Kivilahden Keskuskentän "
     "tekonurmella pelataan lauantaina." + _CREDIT,
     {"Kivilahden Satama Oy", "Kivilahti", "Kruusmäki", "Keskuskenttä"},
     {"Kaupungin liikuntapalvelut", "Satama Oy", "Kruusmäe", "Kivilahden Keskuskenttä"}),  # a plain noun at a
    # sentence's start begins no institution's name; a word only a sentence's start capitalises names nothing
    # apart; an unknown place's end; a field after a place's genitive is a place of its own
    ("Seura kasvaa\n\nLahjoitus tuli Kuusjoen Erämiehiltä, ja Kuusjoen Erämiesten puheenjohtaja kertoo, että "
     "rahaa riittää." + _CREDIT,
     {"Kuusjoen Erämiehet"}, {"Kuusjoen Erämiehiltä", "Kuusjoen Erämiesten"}),  # a plural club's "-mies": "-miehet"
    ("Opistot yhdistyvät\n\nKuohusalmen Musiikkiopisto ja Haukivaaran Seudun Musiikkiopisto yhdistyvät, ja "
     "uuden nimeksi tulee Järvi-Savon Musiikkiopisto Oy. Kuohusalmella opetus jatkuu. Valmistelun tekivät "
     "Kuohusalmen Musiikkiopiston rehtorit.\n\nLappeenrannan Myllykatu suljetaan, ja liikenne kulkee Koulukadulla."
     + _CREDIT,
     {"Kuohusalmen Musiikkiopisto", "Järvi-Savon Musiikkiopisto Oy", "Lappeenranta", "Myllykatu"},
     {"Musiikkiopisto", "Lappeenrannan Myllykatu"}),  # a head another name's genitive writes names nothing apart;
    # a street after a place's genitive is a place of its own
    ("Urakka vaihtuu\n\nUrakkaa hoitaa Tiekarhu Palvelut Oy, ja Savon Väylähuolto Oy aloittaa lokakuussa. "
     "Tiekarhun aluepäällikkö kertoo, että Savon Väylähuolto palkkaa väkeä. Savon kunnat maksavat." + _CREDIT,
     {"Tiekarhu Palvelut Oy", "Savon Väylähuolto Oy", "Savo"}, {"Tiekarhu"}),  # a company's first word is its
    # short name; a genitive first word is none (Savo, a region of its own)
    ("Myrsky katkoi sähköt\n\nMyrsky katkaisi sähköt 5 200 asiakkaalta Länsi-Lapin Sähköverkon alueella. Vikoja "
     "korjataan Länsi-Lapin Sähköverkosta kerrotun mukaan yötä päivää." + _CREDIT,
     {"Länsi-Lapin Sähköverkko"}, {"Länsi-Lappi"}),  # a bare "alue" after a company's genitive is its area
    ("Neuvonta laajenee\n\nNeuvojat käyvät viikoittain Kurikassa. Syksyllä retket suuntautuvat Laukaaseen." + _CREDIT,
     {"Kurikka", "Laukaa"}, {"Kurikassa", "Laukaase"}),  # a known town, not a name as the form writes it; an
    # illative Voikko does not know of a name it knows
    ("Vanhaan Raumaan avautuu paja\n\nRAUMA, 3.3.2026 – Vanhan Rauman laidalle avautuu paja. Raumalla ei ole ollut "
     "pajaa. Pohjoisessa Suomessa niitä on. Kuopiolaisen Savon Kenkätehdas Oy:n myymälä sulkeutuu." + _CREDIT,
     {"Vanha Rauma", "Rauma", "Suomi", "Savon Kenkätehdas Oy"}, {"Vanhan Rauma", "Pohjoinen Suomi",
                                                                 "Kuopiolaisen Savon Kenkätehdas Oy"}),
    # an adjective before a place at a sentence's start names a part of it; no compass point, no demonym
    ("Valot sammuvat\n\nAlapitkän kylässä asuva hoitaja lähtee töihin aamulla. Kunnan kylissä valot sammuvat."
     + _CREDIT, {"Alapitkä"}, {"Kunta"}),  # a genitive before "kylässä" names the village, at a sentence's start too
    ("Retkeilijä löytyi\n\nMies oli lähtenyt retkelle Kalma-Sälkyn suuntaan aamulla." + _CREDIT,
     {"Kalma-Sälkky"}, {"Kalma-Sälkyn", "Kalma-Sälky"}),  # a lone genitive before a direction names a place, its
    # stop after "l" the weak grade of a double one
    ("Juoksu kokosi väkeä\n\nLinnanrinteen puistosta lähti 300 juoksijaa. Kaupungin puistossa oli väkeä. Koulun "
     "puistossa oli väkeä. Sen puistossa soi musiikki. Kyse on Kuusiston Myllykarhut ry:n tapahtumasta. Myllykarhujen "
     "hallitus kiittää, ja Myllykarhuissa iloitaan." + _CREDIT,
     {"Linnanrinne", "Kuusiston Myllykarhut ry"}, {"Kaupunki", "Koulu", "Myllykarhujen", "Myllykarhu",
                                                    "Myllykarhut"}),  # a park's genitive at a sentence's start; a
    # plural name's last word in other plural cases is its short name
    ("Kaivot porataan\n\nPorakaivo Lindroos Oy on valittu urakoitsijaksi. Rakennusyhtiö Hietala Oy aloittaa "
     "työt. Urakoitsija Mäkelä Oy palkkaa väkeä. Lahjoitus tuli Vuokatin Kappelisäätiö sr:ltä, ja Vuokatin "
     "Kappelisäätiön hallitus kiittää." + _CREDIT,
     {"Porakaivo Lindroos Oy", "Hietala Oy", "Mäkelä Oy", "Vuokatin Kappelisäätiö sr"},
     {"Lindroos Oy", "Rakennusyhtiö Hietala Oy", "Urakoitsija Mäkelä Oy", "Vuokatin Kappelisäätiö"}),  # a trade's
    # noun begins a company's name at a sentence's start, a word for a company or an agent does not; a foundation's
    # legal form
    ("Parturi jää eläkkeelle\n\nParturi Kultakammat Ky:n perusti Eino Laine. Kultakammoissa on kaksi tuolia, ja "
     "Kultakampoihin tullaan kaukaa." + _CREDIT,
     {"Parturi Kultakammat Ky"}, {"Kultakampa", "Kultakammat", "Parturi Kultakammat Ky:n"}),  # a limited partnership
    # ("Ky"), its plural last word in other cases, a reading in the singular too ("Kultakampoihin")
]


@pytest.mark.parametrize("text, names, not_names", NAMED_SOURCES,
                         ids=["latin-capitals", "local-case-housing-company-association", "institute-region",
                              "company-after-a-place", "surname-plural-place-abbreviation", "project-acronym-title",
                              "listed-plural-district-branch", "mixed-case-abbreviation-main-library",
                              "genitive-end-nearest-base-brand", "company-home-place-association-nickname",
                              "first-name-word-at-a-sentence-start", "two-names-side-by-side-short-company",
                              "nickname-first-name-alone", "village-named-as-a-surname-in-a-place",
                              "statutory-bodies-named-by-their-place", "pharmacy-lexicalised-case",
                              "adjective-of-place", "group-plural-person-before-institution-adjective-genitive",
                              "hyphenated-team-plural", "municipality-at-a-start-plural-schools-abbreviation",
                              "as-noun-stem-and-square", "place-compound-at-a-start",
                              "frozen-genitive-hyphenated-plural-compound-of-a-place-named",
                              "elided-institution-first-name-plural",
                              "village-genitive-abbreviation-of-a-compound-family",
                              "a-word-of-no-case-inside-a-company",
                              "ordinal-agreeing-person-before-an-abbreviation",
                              "foreign-name-with-a-lower-case-word",
                              "a-word-that-begins-with-a-shared-name",
                              "a-quote-start-after-a-word-in-capitals",
                              "genitives-joined-by-ja-before-an-association", "cooperative",
                              "a-place-before-a-name-written-without-it", "a-town-before-its-district",
                              "an-agreeing-adjective-in-a-name", "abbreviations-of-common-nouns-and-names",
                              "first-name-before-a-body-adjective-before-a-company-name-after-an-institution",
                              "an-unknown-word-the-text-also-writes-in-lower-case",
                              "an-area-in-a-town", "a-village-named-as-a-surname-after-its-town",
                              "a-hotel-a-village-at-its-town-a-weak-grade",
                              "a-union-names-an-abbreviation-spells-an-area",
                              "strong-grade-plural-company-word-adjective-in-two-cases-slashed-abbreviation",
                              "a-person-before-a-plain-noun-an-adjective-before-an-institution",
                              "an-old-town-a-printing-house-two-funders",
                              "a-word-also-a-surname-at-a-sentence-start",
                              "a-company-in-another-grade-a-foreign-genitive",
                              "town-services-at-a-start-a-company-beside-a-sentence-start-a-hill",
                              "a-plural-club-of-men", "an-institution-beside-another-name-s-head-a-street",
                              "a-company-s-first-word", "a-company-s-area", "towns-in-local-cases",
                              "a-district-at-a-sentence-start", "a-village-at-a-sentence-start",
                              "a-place-toward-which", "a-park-at-a-start-a-plural-club-s-short-name",
                              "a-trade-before-a-company-at-a-start-a-foundation", "a-limited-partnership"])
def test_names_of_capitals_places_companies_and_bodies(tmp_path, text, names, not_names):
    found = _glossary_names(tmp_path, text, "nimet")
    assert names <= found, found
    assert not found & not_names, found
