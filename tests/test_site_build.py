"""The built site: its eight pages, their languages, the fixed ids, and the FAQ against the source."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest
from conftest import CONTRACT, FIRST, REAL, ROOT
from explainer.source import read_source
from explainer.structure import parse_html, read_structure

S = FIRST.slug  # the first explainer's slug

SOURCE = read_source(ROOT / "docs" / "assets" / "source" / "spiceworks-article.txt")
ARTICLE, FAQ = f"{S}/article", f"{S}/faq"
LANGUAGES = REAL.languages  # the default language first


def built_page(site, page: str, language: str) -> str:
    """Built file of a page: Finnish at the root, English under /en/."""
    return site.layout.built_page(page, language)


def structure(site, page: str, language: str):
    return read_structure(parse_html((site.dir / built_page(site, page, language)).read_bytes()),
                          CONTRACT.kinds[page])


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", CONTRACT.pages)
def test_every_page_exists_with_its_language(site, page, language):
    markup = (site.dir / built_page(site, page, language)).read_text(encoding="utf-8")
    assert re.search(rf'<html lang="{language}"', markup)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("page", sorted(CONTRACT.ids))
def test_fixed_ids_exist_in_both_languages(site, page, language):
    document = parse_html((site.dir / built_page(site, page, language)).read_bytes())
    present = set(document.xpath("//@id"))
    assert [i for i in CONTRACT.ids[page] if i not in present] == []


def test_article_paragraph_ids_are_in_the_same_order_in_both_languages(site):
    fi, en = (structure(site, ARTICLE, language) for language in LANGUAGES)
    ids = list(CONTRACT.ids[f"{S}/article"])
    assert [p.id for p in fi.paragraphs] == [p.id for p in en.paragraphs] == ids


def test_finnish_faq_equals_the_source(site):
    faq = structure(site, FAQ, "fi").faq
    assert [(e.question, e.answer) for e in faq] == [(q.question.text, q.answer.text) for q in SOURCE.faq]
    assert [e.id for e in faq] == list(CONTRACT.ids[f"{S}/faq"])


def test_english_faq_has_the_same_ids_in_the_same_order(site):
    fi, en = (structure(site, FAQ, language).faq for language in LANGUAGES)
    assert [e.id for e in en] == [e.id for e in fi]
    # each English entry shows the Finnish answer it translates
    assert [e.original for e in en] == [q.answer.text for q in SOURCE.faq]


def test_no_english_page_is_a_fallback_copy(site):
    """Every page has its translation, but an explainer's that is not translated yet (its pages fall back)."""
    translation = REAL.site.translations[0]
    untranslated = {page for e in REAL.site.explainers if translation not in e.title for page in e.pages}
    for page in CONTRACT.pages:
        if page in untranslated:
            continue
        name = REAL.site.markdown_name(page, translation)
        assert (ROOT / "docs" / name).is_file(), f"docs/{name} is missing"
        fi, en = (structure(site, page, language) for language in LANGUAGES)
        assert fi.title != en.title, f"/en/{page}/ shows the Finnish title"


def test_no_page_references_a_third_party_host(site):
    own = urlsplit(site.url).netloc
    for path in site.dir.rglob("*.html"):
        for url in parse_html(path.read_bytes()).xpath("//@href | //@src | //@content | //@srcset"):
            host = urlsplit(url.strip()).netloc if "//" in url else ""
            assert host in ("", own), f"{path.relative_to(site.dir)} references {url}"
    for path in site.dir.rglob("*.css"):
        for host in re.findall(r"url\(\s*['\"]?(?:https?:)?//([^/'\")]+)", path.read_text(encoding="utf-8")):
            assert host == own, f"{path.relative_to(site.dir)} loads from {host}"
