"""The corpus (tests/fixtures/corpus): articles the project was not tuned on, each run through the README's
workflow (generate, confirm names, translate, fill in the English), all in docs/ at once beside 25 generated
explainers (the home page's archive pages), then built in strict mode with every warning counted."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
import yaml
from conftest import build_site, copy_project
from corpus import Article, articles, declared_names, generate, generated_names, replay
from explainer import cli as check_site
from explainer.structure import parse_html, visible_text

pytestmark = pytest.mark.build
ARTICLES = articles()
EXTRA = 25  # generated, untranslated explainers beside the corpus: more than one page of the home list



def test_the_corpus_has_both_halves():
    assert len(ARTICLES) >= 8 and sum(a.held_out for a in ARTICLES) >= 4 and sum(not a.held_out for a in ARTICLES) >= 4
    assert all("Fiction written for the test corpus" in (a.folder / "editor.yml").read_text(encoding="utf-8")
               for a in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.slug)
def test_each_edit_changes_text_the_site_publishes(article: Article):
    """No benchmark edit is on the web-page chrome after the credit line, which the site never shows."""
    english = article.lines("en")
    credit = next(number for number, line in enumerate(english) if line.startswith("Source:"))
    chrome = "\n".join(english[credit + 1:])
    edits = yaml.safe_load((article.folder / "edits.yml").read_text(encoding="utf-8"))
    assert not [item["old"] for kind in ("meaning", "rewording") for item in edits[kind] if item["old"] in chrome]


def _words(value) -> list:
    """Every leaf of an editor's decision (a name, its forms, a term, a not-anomaly), wherever it is nested."""
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in (*_words(key), *_words(item))]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _words(item)]
    return [value]


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.slug)
def test_the_editors_words_are_text(article: Article):
    """YAML reads a bare ON, NO or 2026-12-07 as a boolean or a date, never as the word the editor meant."""
    decided = [article.editor.get(key) for key in ("names", "terms", "not-anomalies")]
    assert [leaf for leaf in _words(decided) if leaf is not None and not isinstance(leaf, str)] == []


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory, site):
    project = copy_project(tmp_path_factory.mktemp("corpus") / "project")
    # one worker per core: each article's commands write only its own folder and source file (the generator reads
    # the shared contract, never writes it), and the scripts' start-up is most of the time
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(lambda article: replay(project, article), ARTICLES))
        list(pool.map(lambda number: generate(project, ARTICLES[number % len(ARTICLES)],
                                              f"{ARTICLES[number % len(ARTICLES)].slug}-{number + 1}"), range(EXTRA)))
    build_site(project / "site", site.url, project / "mkdocs.yml")  # strict: a warning fails it
    return project


@pytest.mark.parametrize("article", ARTICLES, ids=lambda a: a.slug)
def test_each_article_is_translated_as_its_contract_says(corpus_site, article: Article):
    contract = yaml.safe_load((corpus_site / "docs" / article.slug / "explainer.yml").read_text(encoding="utf-8"))
    for language, folder in (("fi", ""), ("en", "en/")):
        built = corpus_site / "site" / folder / article.slug / "article" / "index.html"
        document = parse_html(built.read_bytes())
        [heading] = document.xpath("//article//h1")
        assert visible_text(heading) == " ".join(contract["title"][language].split())
        assert document.xpath("string(/html/@lang)") == language
    people = parse_html((corpus_site / "site" / "en" / article.slug / "people" / "index.html").read_bytes())
    confirmed = [entry["id"] for entry in contract["glossary"] if entry.get("confirmed")]
    assert confirmed and all(people.xpath(f"//*[@id='{entry}']") for entry in confirmed)


def test_the_corpus_site_is_approved_and_then_has_no_finding(corpus_site, site, capsys, monkeypatch):
    """README's last steps: the checker finds nothing but needs-review (every pair new), the editor approves, and
    the whole checker, translation QA on every sentence included, finds nothing."""
    monkeypatch.chdir(corpus_site)
    arguments = ["site", "--config", "mkdocs.yml", "--site-url", site.url, "--max-per-check", "0"]
    assert check_site.main([*arguments, "--skip", "needs-review"]) == 0, capsys.readouterr().out[-4000:]
    capsys.readouterr()
    assert check_site.main([*arguments, "--approve"]) == 0, capsys.readouterr().out[-4000:]
    assert "approved" in capsys.readouterr().out
    code = check_site.main(arguments)
    out = capsys.readouterr().out.splitlines()
    assert code == 0, "\n".join(out[-40:])
    assert out[-1].startswith("0 problems found") and f"{EXTRA} explainers not translated yet" in out[-1]


TUNED = [a for a in ARTICLES if not a.held_out]


@pytest.fixture(scope="module")
def proposed(tmp_path_factory) -> dict[str, tuple[list[str], set[str]]]:
    """slug -> (the glossary candidates the generator proposes for a tuned article, the names its contract
    declares), each generated alone into one fresh project, a worker per core."""
    project = copy_project(tmp_path_factory.mktemp("proposed") / "project")

    def names(article: Article) -> tuple[list[str], set[str]]:
        return generated_names(project, article, article.slug), declared_names(project, article.slug)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return dict(zip((a.slug for a in TUNED), pool.map(names, TUNED)))


@pytest.mark.parametrize("article", TUNED, ids=lambda a: a.slug)
def test_the_generator_proposes_every_name_in_its_base_form(proposed, article: Article):
    """On the tuned half only (README has both halves' figures): every name the editor keeps is proposed, as
    the editor writes it ("Teatteri Kajastus", not "Teatteri Kajastuksen"; "Lähitori Oyj", not "Lähitori oyj")."""
    found, declared = proposed[article.slug]
    title_only = declared - set(found)  # declared, no glossary entry: the title has it
    assert set(article.names()) <= set(found) | title_only
