"""Hostile contracts and config (red-team report 3): a contract, mkdocs.yml or a built site's sitemap that is wrong
or malicious stops the tools with one line naming the file, never a traceback or an exhausted machine; a long
paragraph splits into sentences in linear time, exactly as translate-toolkit splits it; a second run of the
post-build steps is silent."""

from __future__ import annotations

import logging
import random
import re
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import FIRST, REAL, ROOT, copy_project
from explainer import cli, new, translate
from explainer.language import sentences
from explainer.layout import LayoutError, load_layout
from explainer.listings import PER_PAGE
from explainer.postbuild import __main__ as postbuild
from explainer.postbuild import finish_for
from explainer.published import ContractError, read_contract
from translate.lang import factory
from translate.lang.common import Common

# --- Contracts -----------------------------------------------------------------------------------------------


@pytest.fixture
def docs(tmp_path) -> Path:
    """A private copy of the real docs/ (contracts and sources) to break."""
    return Path(shutil.copytree(ROOT / "docs", tmp_path / "docs"))


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _refused(docs: Path) -> str:
    """The one-line error reading the contracts gives."""
    with pytest.raises(ContractError) as raised:
        read_contract(docs)
    message = str(raised.value)
    assert "\n" not in message
    return message


SOURCE = f"path: {FIRST.source_path}"
ADDED = f"added: {FIRST.added}"
BAD_EXPLAINERS = {
    # row 11: a source outside docs/, however it is written
    "absolute source": (SOURCE, "path: /etc/passwd", "'source' path must be relative to docs/"),
    "source through ..": (SOURCE, "path: assets/../../../../etc/passwd", "'source' path must be relative to docs/"),
    "source with a backslash": (SOURCE, r"path: assets\..\..\x.txt", "'source' path must be relative to docs/"),
    # row 52: the full path, not only "explainer.yml"
    "ids not names": ("article: [p-exodus", "article: [1", "'article' must be a list of names"),
    # row 53: a timestamp that is no day
    "no such day": (ADDED, "added: 2026-13-45", "'added' must be a day, YYYY-MM-DD"),
    "no such update day": (ADDED, f"{ADDED}\nupdated: 2026-02-30", "'updated' must be a day, YYYY-MM-DD"),
    "updated before added": (ADDED, f"{ADDED}\nupdated: 2020-01-01",
                             f"'updated' (2020-01-01) must follow 'added' ({FIRST.added})"),
    "updated, never added": (ADDED, "updated: 2026-12-01", "'updated' (2026-12-01) must follow 'added' (not given)"),
    # row 54
    "id listed twice": ("article: [p-exodus,", "article: [p-exodus, p-exodus,", "list 'p-exodus' twice"),
    # row 55: titles and summaries are text
    "number title": (f"  fi: {FIRST.title['fi']}", "  fi: 12345", "'title' in 'fi' must be the explainer's title"),
    "null title": (f"  fi: {FIRST.title['fi']}", "  fi: ~", "'title' in 'fi' must be the explainer's title"),
    "mapping title": (f"  fi: {FIRST.title['fi']}", "  fi: {a: b}", "'title' in 'fi' must be the explainer's title"),
    "empty summary": (f"  en: {FIRST.summary['en']}", "  en: ' '", "'summary' in 'en' must be a one-line summary"),
}


@pytest.mark.parametrize("target", [
    {"url": "javascript:alert(1)//{address}"}, {"url": "http://example.org/new?b={address}"},
    {"url": "https://example.org/new?b=x"}, {"url": "https://example.org/new?b={address}&c={secret}"},
    {"url": "https://example.org/new?b={address}\"><script>"}, {"mail": "toimitus"},
    {"mail": "a@b.fi", "url": "https://example.org/{address}"}, "toimitus@example.org",
])
def test_an_error_report_target_is_an_https_form_or_a_mail_address(target, docs):
    """site.yml `report-errors`: an https address with {address}, or a mail address; nothing that could become
    a script, another scheme or markup in the link explainer.js makes."""
    with (docs / "site.yml").open("a", encoding="utf-8") as contract:
        contract.write("\n" + yaml.safe_dump({"report-errors": target}))
    message = _refused(docs)
    assert message.startswith(f"{docs / 'site.yml'}: 'report-errors' must be"), message


@pytest.mark.parametrize("kind", ["faq", "article", "source"])
def test_a_shared_page_of_an_explainers_kind_is_refused(kind, docs):
    """A FAQ, an article or a source page reads its explainer's source: a shared one has none (it once made the
    checker's faq-source fail with a traceback)."""
    shared = docs / "site.yml"
    shared.write_text(shared.read_text(encoding="utf-8").replace("people: glossary", f"people: {kind}", 1),
                      encoding="utf-8")
    assert _refused(docs) == f"{shared}: page 'people' is of kind {kind}, which only an explainer's pages are " \
                              "(shared pages: home, glossary)"


def test_a_good_error_report_target_is_read(docs):
    with (docs / "site.yml").open("a", encoding="utf-8") as contract:
        contract.write("\nreport-errors: {mail: toimitus@example.org}\n")
    assert read_contract(docs).report_errors == {"mail": "toimitus@example.org"}


@pytest.mark.parametrize("case", BAD_EXPLAINERS)
def test_a_bad_explainer_contract_is_one_line_naming_its_path(case, docs):
    old, new_text, says = BAD_EXPLAINERS[case]
    contract = docs / FIRST.slug / "explainer.yml"
    _edit(contract, old, new_text)
    message = _refused(docs)
    assert message.startswith(f"{contract}: ") and says in message, message


ENTRY = {"name": "Meta", "id": "meta-yhtio", "confirmed": True, "mentions": ["p-exodus"], "quotes": ["Meta."]}


@pytest.mark.parametrize("change", [{"role": {"fi": 12}}, {"role": {"fi": None}}, {"translations": {"en": [1]}},
                                    {"translations": {"en": "Meta."}}, {"quotes": [None]}, {"mentions": [{"a": 1}]}])
def test_a_glossary_entry_whose_texts_are_not_strings_is_refused(change, docs):
    contract = docs / FIRST.slug / "explainer.yml"
    with contract.open("a", encoding="utf-8") as file:
        file.write(yaml.safe_dump({"glossary": [{**ENTRY, **change}]}))
    assert "'glossary' must list entries" in _refused(docs)


def test_a_well_formed_glossary_entry_and_a_date_still_read(docs):
    contract = docs / FIRST.slug / "explainer.yml"
    with contract.open("a", encoding="utf-8") as file:
        file.write(yaml.safe_dump({"glossary": [{**ENTRY, "role": {"fi": "yhtiö"}, "translations": {"en": ["M."]}}]}))
    explainer = read_contract(docs).explainer(FIRST.slug)
    assert explainer.glossary[0]["role"] == {"fi": "yhtiö"}
    assert explainer.added == FIRST.added and re.fullmatch(r"\d{4}-\d{2}-\d{2}", explainer.added)  # a bare YAML date


def _alias_bomb(levels: int) -> str:
    """Nested lists of nine aliases of the level below: 9^levels items once walked (6 levels: half a million)."""
    lines = ['a0: &a0 "lol"']
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def test_yaml_aliases_are_refused_in_an_explainer_contract_with_the_line(docs):
    contract = docs / FIRST.slug / "explainer.yml"
    text = contract.read_text(encoding="utf-8")
    contract.write_text(_alias_bomb(6) + text.replace(f"  fi: {FIRST.title['fi']}", "  fi: *a6"), encoding="utf-8")
    message = _refused(docs)
    assert message.startswith(f"cannot read {contract}: an alias (*name): a contract may not use YAML aliases")
    assert "line 2, column 10" in message  # the first alias, in a1's list (a0 is line 1)


def test_yaml_aliases_are_refused_in_the_shared_contract(docs):
    shared = docs / "site.yml"
    _edit(shared, "\nentities: [", "\nx: &x [a]\ny: *x\nentities: [")
    assert _refused(docs).startswith(f"cannot read {shared}: an alias (*name)")


def test_a_star_that_is_no_alias_reads_as_text(docs):
    """A "*" sends a contract to the loader that refuses aliases: text with one in it still reads as before."""
    _edit(docs / FIRST.slug / "explainer.yml", f"  en: {FIRST.title['en']}", "  en: 'Q* and 5 * 3'")
    assert read_contract(docs).explainer(FIRST.slug).title["en"] == "Q* and 5 * 3"


def test_a_contract_nested_too_deeply_is_one_line(docs):
    contract = docs / FIRST.slug / "explainer.yml"
    contract.write_text("x: '*'\ny: " + "[" * 5000 + "]" * 5000 + "\n" + contract.read_text(encoding="utf-8"),
                        encoding="utf-8")
    assert _refused(docs) == f"cannot read {contract}: its collections are nested too deeply"


# --- mkdocs.yml: a warning is an error in every tool (row 48) ---------------------------------------------------

MISSPELT = "contrat"


@pytest.fixture(scope="module")
def misspelt(tmp_path_factory) -> Path:
    """A project whose mkdocs.yml misspells an option of the explainer plugin."""
    project = copy_project(tmp_path_factory.mktemp("misspelt") / "project")
    option = "      contract: site.yml\n"
    _edit(project / "mkdocs.yml", option, f"{option}      {MISSPELT}: site.yml\n")
    return project


def test_the_real_config_loads_without_a_warning():
    logger = logging.getLogger("mkdocs")
    before = (logger.level, list(logger.handlers), logger.propagate)
    assert load_layout(ROOT / "mkdocs.yml").site.explainers
    assert (logger.level, list(logger.handlers), logger.propagate) == before  # strict mode counts through it


def test_a_misspelt_plugin_option_is_an_error(misspelt):
    with pytest.raises(LayoutError, match=f"option '{MISSPELT}': Unrecognised configuration name: {MISSPELT}"):
        load_layout(misspelt / "mkdocs.yml")


@pytest.mark.parametrize("tool", ["checker", "generator", "translator", "postbuild"])
def test_every_tool_stops_on_a_misspelt_plugin_option(tool, misspelt, tmp_path, capsys):
    (tmp_path / "index.html").write_text("<!doctype html><title>A built page</title>", encoding="utf-8")
    config = ["--config", str(misspelt / "mkdocs.yml")]
    run = {"checker": lambda: cli.main([str(tmp_path), *config]),
           "generator": lambda: new.main([str(ROOT / "tests/fixtures/arktika-sensors.fi.txt"), "--slug", "x", *config]),
           "translator": lambda: translate.main([FIRST.slug, *config]),
           "postbuild": lambda: postbuild.main([str(tmp_path), *config])}[tool]
    docs_before = sorted(misspelt.rglob("*"))
    assert run() == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and f"'{MISSPELT}'" in err, err
    assert [path.name for path in tmp_path.iterdir()] == ["index.html"] and sorted(misspelt.rglob("*")) == docs_before


# --- Sentences in linear time, as translate-toolkit splits them (row 25) -------------------------------------------

def _toolkit(text: str, language: str) -> list[str]:
    """translate-toolkit's own split, as language.sentences used it before (quadratic)."""
    return [s.strip() for s in factory.getlanguage(language).sentences(text) if s.strip()]


def _site_texts() -> list[str]:
    """The real site's Markdown and sources, each file whole and each of its paragraphs."""
    files = [*ROOT.glob("docs/**/*.md"), *ROOT.glob("docs/assets/source/*"), *ROOT.glob("tests/fixtures/*.txt")]
    texts = [path.read_text(encoding="utf-8") for path in sorted(files)]
    return [piece for text in texts for piece in (text, *text.split("\n\n"))]


EDGES = ["", "  ", "Yksi.", "Yksi. Kaksi.", "Yksi. kaksi.", "Yksi.  Kaksi.", "Yksi.\n\nkaksi", "Yksi. 3 kpl.",
         "Yksi. äiti.", "Yksi… Kaksi?! Kolme", "Yksi.\u00a0Kaksi.", "Yksi. Жук. жук.", "Yksi.\t\n Kaksi. ",
         "1. 2. 3. Kolme.", "e.g. Foo. Bar", "Yksi.\n", "Yksi. \n", "...Yksi", "Yksi! (Kaksi.) \"Kolme.\""]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_sentences_are_the_toolkits_on_the_sites_texts(language):
    texts = _site_texts()
    assert len(texts) > 100  # the site's files and their paragraphs were found
    assert [sentences(text, language) for text in texts] == [_toolkit(text, language) for text in texts]


@pytest.mark.parametrize("language", ["fi", "en"])
def test_sentences_are_the_toolkits_on_edge_cases_and_random_text(language):
    rng = random.Random(25)
    alphabet = [*"aAäÄ1.!?… \n\t\u00a0zЖж", ". ", "  ", "\n\n"]
    texts = EDGES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    assert [sentences(text, language) for text in texts] == [_toolkit(text, language) for text in texts]


def test_the_sites_languages_do_not_use_the_quadratic_splitter(monkeypatch):
    def quadratic(*_):
        raise AssertionError("translate-toolkit's sentence regex was used")

    monkeypatch.setattr(Common, "sentence_iter", classmethod(quadratic))
    for language in REAL.languages:
        assert sentences("Yksi. Kaksi.", language) == ["Yksi.", "Kaksi."]


def test_a_long_paragraph_without_a_sentence_end_splits():
    """20,000 words without a sentence end: the toolkit's regex needs about 100 s; one pass needs milliseconds."""
    rng = random.Random(6)
    words = "yhtiö kertoo että rahoitus kasvaa Oulussa ja Helsingissä".split()
    paragraph = "Yhtiö " + " ".join(rng.choice(words) for _ in range(20_000))
    assert sentences(paragraph + ".", "fi") == [paragraph + "."]
    assert sentences(f"{paragraph}. {paragraph}.", "fi") == [paragraph + "."] * 2


# --- Post-build steps ------------------------------------------------------------------------------------------

XXE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE urlset [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>&xxe;</loc></url></urlset>
"""
PLAIN = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{url}</loc></url></urlset>
"""


@pytest.fixture(scope="module")
def archived(tmp_path_factory) -> Path:
    """A project of PER_PAGE + 1 explainers (copies of the first), so that the post-build steps add an archive
    page to the sitemap and parse it."""
    project = copy_project(tmp_path_factory.mktemp("archived") / "project")
    contract = (project / "docs" / FIRST.slug / "explainer.yml").read_text(encoding="utf-8")
    for number in range(PER_PAGE):
        (project / "docs" / f"copy-{number}").mkdir()
        (project / "docs" / f"copy-{number}" / "explainer.yml").write_text(contract, encoding="utf-8")
    return project


def test_a_sitemap_with_an_entity_stops_the_post_build_steps_with_one_line(archived, tmp_path, capsys):
    (tmp_path / "sitemap.xml").write_text(XXE, encoding="utf-8")
    assert postbuild.main([str(tmp_path), "--config", str(archived / "mkdocs.yml")]) == 2
    err = capsys.readouterr().err
    assert err == f"postbuild: error: {tmp_path / 'sitemap.xml'}: has a DOCTYPE, which a sitemap has no use for: " \
                  "its entities are not read\n"
    assert (tmp_path / "sitemap.xml").read_text(encoding="utf-8") == XXE


def test_a_sitemap_that_is_not_xml_is_one_line(archived, tmp_path, capsys):
    (tmp_path / "sitemap.xml").write_text("<urlset><url>", encoding="utf-8")
    assert postbuild.main([str(tmp_path), "--config", str(archived / "mkdocs.yml")]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"postbuild: error: {tmp_path / 'sitemap.xml'}: not valid XML: ")


def test_a_plain_sitemap_gets_its_archive_page(archived, tmp_path):
    layout = load_layout(archived / "mkdocs.yml")
    (tmp_path / "sitemap.xml").write_text(PLAIN.format(url=layout.site_url), encoding="utf-8")
    assert postbuild.main([str(tmp_path), "--config", str(archived / "mkdocs.yml")]) == 0
    sitemap = (tmp_path / "sitemap.xml").read_text(encoding="utf-8")
    # one archive page (PER_PAGE + 1 explainers), listed once per language
    assert sitemap.count("/explainers/1/</loc>") == len(layout.languages)


def test_running_the_post_build_steps_again_changes_and_says_nothing(tmp_path, caplog):
    """The first run writes the redirect pages of the moved pages; the second finds them and leaves them, quietly
    (they are the site's own pages, without Material's search config)."""
    finish_for(ROOT / "mkdocs.yml").run(tmp_path)
    written = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    assert len(written) == (len(REAL.site.contract.moved) + 1) * len(REAL.languages)  # and each language's feed
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        finish_for(ROOT / "mkdocs.yml").run(tmp_path)
    assert caplog.records == []
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == written


# --- The workflow (row 65) -------------------------------------------------------------------------------------

def test_the_workflow_exports_no_command_substitution():
    """`export VAR="$(cmd)"` exits 0 when cmd fails (shellcheck SC2155): assign, then export."""
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    scripts = [step["run"] for job in workflow["jobs"].values() for step in job["steps"] if "run" in step]
    assert scripts and not [line for script in scripts for line in script.splitlines()
                            if re.match(r"\s*(export|local|readonly|declare)\s+\w+=.*\$\(", line)]
    assert any("export SOURCE_DATE_EPOCH" in script for script in scripts)


@pytest.mark.parametrize("index, page, message", [
    ('{"config": {"lang": ["fi"]', None, "search/search_index.json: not valid JSON: "),
    ('["not", "an", "index"]', None, "search/search_index.json: not Material's search data (expected the keys "
                                     "config, docs)"),
    (None, '<script id="__config" type="application/json">{"base": </script>',
     "a page's Material __config script: not valid JSON: "),
])
def test_search_data_the_steps_cannot_read_is_one_line(tmp_path, capsys, index, page, message):
    if index is not None:
        (tmp_path / "search").mkdir()
        (tmp_path / "search" / "search_index.json").write_text(index, encoding="utf-8")
    if page is not None:
        (tmp_path / "index.html").write_text(f"<html><head>{page}</head></html>", encoding="utf-8")
    assert postbuild.main([str(tmp_path)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert message in line and line.startswith("postbuild: error: ")


@pytest.mark.parametrize("differs, says", [
    ("[a]", "'differs' must map a language to units"),
    ("{en: {p-exodus: x}}", "'p-exodus' is no unit"),
    ("{en: {sources title: x}}", "'sources title' is no unit"),
    ("{en: {'#meta role': ''}}", "'#meta role' needs a declaration"),
    ("{en: {'#meta role': 3}}", "'#meta role' needs a declaration"),
])
def test_a_bad_declared_difference_is_one_line(differs, says, docs):
    contract = docs / FIRST.slug / "explainer.yml"
    with contract.open("a", encoding="utf-8") as file:
        file.write(f"differs: {differs}\n")
    message = _refused(docs)
    assert message.startswith(f"{contract}: ") and says in message, message


def test_a_declared_difference_applies_where_its_unit_is_shown(docs):
    contract = docs / FIRST.slug / "explainer.yml"
    with contract.open("a", encoding="utf-8") as file:
        file.write("differs: {en: {'#erik-meijer role': 'numbers 2: a', article title: 'numbers 3: b'}}\n")
    read = read_contract(docs)
    article, people = (f"{FIRST.slug}/{name}" for name in ("article", "people"))
    assert read.declared_differences(article, "en") == {"#erik-meijer role": "numbers 2: a", "title": "numbers 3: b"}
    assert read.declared_differences(people, "en") == {"#erik-meijer role": "numbers 2: a"}
    assert read.declared_differences("people", "en") == {"#erik-meijer role": "numbers 2: a"}  # the shared page
    assert read.declared_differences(article, "sv") == {}
