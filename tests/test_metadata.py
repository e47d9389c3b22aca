"""Per-page metadata for crawlers and link previews, the FAQPage JSON-LD, and reproducible builds."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from conftest import FIRST, REAL, ROOT, build_site, copy_project, ui_strings
from explainer.layout import load_layout
from explainer.structure import parse_html, read_structure

S = FIRST.slug  # the first explainer's slug

OG_LOCALE = {language: strings.og_locale for language, strings in ui_strings().items()}
DEFAULT = REAL.site.default_language


def pages(site):
    for page in site.layout.site.pages:
        for language in site.layout.languages:
            yield language, site.layout.built_page(page, language)


def head(document, xpath):
    return document.xpath(f"/html/head/{xpath}")


def test_every_page_has_metadata_in_its_language(site):
    descriptions = {}
    for language, page in pages(site):
        document = parse_html((site.dir / page).read_bytes())
        url = site.layout.page_url(page)
        assert head(document, "link[@rel='canonical']/@href") == [url]
        alternates = {link.get("hreflang"): link.get("href")
                      for link in head(document, "link[@rel='alternate'][not(@type)]")}
        [feed] = head(document, "link[@rel='alternate'][@type='application/atom+xml']")
        feed_url = site.url + REAL.site.prefix(language) + "feed.xml"
        assert (feed.get("hreflang"), feed.get("href")) == (language, feed_url)
        assert set(alternates) == {*REAL.languages, "x-default"}
        assert alternates["x-default"] == alternates[DEFAULT]
        assert alternates[language] == url
        assert all(href.startswith(site.url) for href in alternates.values())
        description = head(document, "meta[@name='description']/@content")
        assert len(description) == 1 and description[0]
        descriptions[page] = description[0]
        og = {m.get("property"): m.get("content") for m in head(document, "meta[starts-with(@property, 'og:')]")}
        assert og["og:url"] == url
        assert og["og:locale"] == OG_LOCALE[language]
        [other] = [lang for lang in REAL.languages if lang != language]  # the site has two languages
        assert og["og:locale:alternate"] == OG_LOCALE[other]
        assert og["og:description"] == description[0]
        assert og["og:title"]
    # each language describes each page in its own words (a page not translated yet shows its original's)
    translation = REAL.site.translations[0]
    untranslated = {page for e in REAL.site.explainers if translation not in e.title for page in e.pages}
    for page in set(REAL.site.pages) - untranslated:
        described = {descriptions[REAL.site.built_page(page, language)] for language in REAL.languages}
        assert len(described) == len(REAL.languages), page


def test_sitemap_alternates_include_x_default(site):
    sitemap = (site.dir / "sitemap.xml").read_text(encoding="utf-8")
    # the contract's pages and the corrections page (which the plugin makes), in every language
    pages_count = (len(site.layout.site.pages) + 1) * len(site.layout.languages)
    assert sitemap.count("<url>") == pages_count
    assert sitemap.count('hreflang="x-default"') == pages_count


@pytest.mark.parametrize("language", REAL.languages)
def test_faq_jsonld_is_generated_from_the_visible_entries(site, language):
    page = site.layout.built_page(f"{S}/faq", language)
    document = parse_html((site.dir / page).read_bytes())
    [data] = [block for block in map(json.loads, document.xpath("//script[@type='application/ld+json']/text()"))
              if block["@type"] == "FAQPage"]
    visible = read_structure(document, "faq").faq
    url = site.layout.page_url(page)
    assert data["@type"] == "FAQPage" and data["inLanguage"] == language
    assert data["isBasedOn"] == f"{site.url}assets/source/spiceworks-article.txt"
    assert [(q["@id"], q["url"], q["name"], q["acceptedAnswer"]["text"]) for q in data["mainEntity"]] == [
        (f"{url}#{e.id}", f"{url}#{e.id}", e.question, e.answer) for e in visible]


@pytest.mark.parametrize("kind", ["article", "faq", "source"])
def test_each_explainer_page_says_what_it_is_in_article_jsonld(site, kind):
    """Article JSON-LD from the contract and the page (README "Publishing"): the Finnish original names its
    translation, the translation its original, both the contract's day and the source."""
    page = f"{S}/{kind}"
    addresses = {language: site.layout.page_url(site.layout.built_page(page, language))
                 for language in site.layout.languages}
    for language in site.layout.languages:
        document = parse_html((site.dir / site.layout.built_page(page, language)).read_bytes())
        [data] = [block for block in map(json.loads, document.xpath("//script[@type='application/ld+json']/text()"))
                  if block["@type"] == "Article"]
        assert (data["@id"], data["url"], data["inLanguage"]) == (addresses[language], addresses[language], language)
        assert data["headline"] == read_structure(document, kind).title
        assert (data["datePublished"], data["dateModified"]) == (FIRST.added, FIRST.modified)
        assert data["isBasedOn"] == f"{site.url}{FIRST.source_path}"
        if language == site.layout.default_language:
            assert data["workTranslation"] == [{"@id": addresses[other]} for other in site.layout.site.translations]
        else:
            assert data["translationOfWork"] == {"@id": addresses[site.layout.default_language]}


def _build_in_process(site_dir, site_url: str, hash_seed: str) -> None:
    """A strict build by MkDocs' command line in a process of its own, with its own hash seed."""
    env = dict(os.environ, SITE_URL=site_url, SOURCE_DATE_EPOCH="1700000000", PYTHONHASHSEED=hash_seed,
               NO_MKDOCS_2_WARNING="1")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
                    "-d", str(site_dir)], env=env, check=True, cwd=ROOT, capture_output=True)


def test_two_builds_of_the_same_commit_are_byte_identical(tmp_path, site):
    first, second = tmp_path / "first", tmp_path / "second"
    _build_in_process(first, site.url, "1")
    _build_in_process(second, site.url, "2")
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    different = [str(f) for f in files if (first / f).read_bytes() != (second / f).read_bytes()]
    assert different == []
    assert "<lastmod>2023-11-14</lastmod>" in (first / "sitemap.xml").read_text(encoding="utf-8")


def test_strict_mode_still_fails_on_a_warning_after_the_layout_was_loaded(tmp_path, site):
    from mkdocs.exceptions import Abort

    load_layout(ROOT / "mkdocs.yml", site.url)  # the checker's config load must leave MkDocs' logger as it was
    project = copy_project(tmp_path / "project")
    page = project / "docs" / f"{S}/faq.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[broken](nowhere.md)\n", encoding="utf-8")
    with pytest.raises(Abort):
        build_site(tmp_path / "site", site.url, project / "mkdocs.yml")
