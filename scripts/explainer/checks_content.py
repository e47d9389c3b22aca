"""Content checks: the site against the source text, and each translation against its Finnish original."""

from __future__ import annotations

import hashlib
from functools import cache
from typing import Iterator
from urllib.parse import urlsplit

from .context import SiteContext
from .findings import Finding, check, display_path
from .pages import json_blocks
from .published import contract
from .source import Source
from .structure import PageStructure, markdown_line, parse_html, read_structure
from .text import first_difference, normalise


class ContentContext:
    """The site context plus the source and a cache of parsed page structures."""

    def __init__(self, site: SiteContext, source: Source):
        self.site = site
        self.source = source
        self.structure = cache(self._structure)
        self.translation_report = None  # translation QA findings, computed once (explainer.checks_translation)

    def built(self, page: str, language: str) -> str:
        return self.site.layout.built_page(page, language)

    def _structure(self, page: str, language: str) -> PageStructure | None:
        built = self.built(page, language)
        record = self.site.records.get(built)
        if record is None or record.error:
            return None
        return read_structure(parse_html((self.site.site / built).read_bytes()))

    def where(self, page: str, language: str, element_id: str = "") -> tuple[str, int]:
        """The Markdown file (and line of the id) a page comes from, else the built file."""
        built = self.built(page, language)
        markdown = self.site.layout.markdown_for(built)
        if markdown is None:
            return self.site.label(built), 0
        line = markdown_line(markdown.read_text(encoding="utf-8"), element_id) if element_id else 0
        return display_path(markdown), line

    def missing(self, page: str, language: str, name: str) -> Finding:
        return Finding(self.site.label(self.built(page, language)), 0, name, "page is missing or unreadable")


def _differs(what: str, expected: str, found: str) -> str:
    left, right = first_difference(expected, found)
    return f'{what} differs from the source at "{right}" (source: "{left}")'


def _translations(content: ContentContext, page: str, name: str):
    """Findings for missing pages, and (language, Finnish structure, translated structure) per translation."""
    default = content.site.layout.default_language
    finnish = content.structure(page, default)
    missing, pairs = [], []
    for language in content.site.layout.languages[1:]:
        translated = content.structure(page, language)
        if finnish is None or translated is None:
            missing.append(content.missing(page, language if translated is None else default, name))
        else:
            pairs.append((language, finnish, translated))
    return missing, pairs


def _id_order(content: ContentContext, page: str, language: str, name: str, kind: str,
              finnish_ids: list[str], ids: list[str]) -> Iterator[Finding]:
    if ids != finnish_ids:
        path, _ = content.where(page, language)
        yield Finding(path, 0, name, f"{kind} ids {ids} differ from the Finnish {finnish_ids}")


@check("source-hash")
def source_hash(content: ContentContext) -> Iterator[Finding]:
    """The source file still has the SHA-256 recorded in mkdocs.yml (extra.source)."""
    expected = content.site.layout.source_sha256
    if content.source.sha256 != expected:
        yield Finding(display_path(content.source.path), 1, "source-hash",
                      f"SHA-256 is {content.source.sha256[:12]}…, mkdocs.yml records {expected[:12]}…")
    published = content.site.site / content.site.layout.source_path
    if published.is_file() and hashlib.sha256(published.read_bytes()).hexdigest() != expected:
        yield Finding(content.site.label(content.site.layout.source_path), 1, "source-hash",
                      "the published copy differs from the recorded source")


@check("published-ids")
def published_ids(content: ContentContext) -> Iterator[Finding]:
    """Every published id (scripts/explainer/published.yml) exists on its page in every language."""
    for page, ids in contract().ids.items():
        for language in content.site.layout.languages:
            record = content.site.records.get(content.built(page, language))
            if record is None or record.error:
                yield content.missing(page, language, "published-ids")
                continue
            for element_id in ids:
                if element_id not in record.ids:
                    path, _ = content.where(page, language)
                    yield Finding(path, 0, "published-ids", f'published id "{element_id}" is missing')


@check("faq-source")
def faq_source(content: ContentContext) -> Iterator[Finding]:
    """The Finnish FAQ has exactly the source's questions and answers, in order."""
    language = content.site.layout.default_language
    structure = content.structure("faq", language)
    if structure is None:
        yield content.missing("faq", language, "faq-source")
        return
    entries, expected = structure.faq, content.source.faq
    if len(entries) != len(expected):
        path, _ = content.where("faq", language)
        yield Finding(path, 0, "faq-source", f"{len(entries)} FAQ entries, the source has {len(expected)}")
    for entry, source in zip(entries, expected):
        path, line = content.where("faq", language, entry.id)
        for what, found, wanted in (("question", entry.question, source.question.text),
                                    ("answer", entry.answer, source.answer.text)):
            if found != normalise(wanted):
                yield Finding(path, line, "faq-source", f"#{entry.id}: " + _differs(what, normalise(wanted), found))


@check("faq-translation")
def faq_translation(content: ContentContext) -> Iterator[Finding]:
    """Translated FAQs have the Finnish ids in order and, under each entry, the original Finnish answer."""
    missing, pairs = _translations(content, "faq", "faq-translation")
    yield from missing
    for language, finnish, translated in pairs:
        path, _ = content.where("faq", language)
        yield from _id_order(content, "faq", language, "faq-translation", "FAQ",
                             [e.id for e in finnish.faq], [e.id for e in translated.faq])
        sources = {e.id: s for e, s in zip(finnish.faq, content.source.faq)}
        for entry, original in zip(translated.faq, finnish.faq):
            if entry.id != original.id:
                continue
            _, line = content.where("faq", language, entry.id)
            source = sources.get(entry.id)
            if entry.original is None:
                yield Finding(path, line, "faq-translation", f'#{entry.id}: no "Original (Finnish)" block')
            elif source is not None and entry.original != normalise(source.answer.text):
                yield Finding(path, line, "faq-translation", f"#{entry.id}: " + _differs(
                    "the original Finnish answer", normalise(source.answer.text), entry.original))


@check("article-source")
def article_source(content: ContentContext) -> Iterator[Finding]:
    """The Finnish article has the source's title and body, paragraph by paragraph, and its credit."""
    language = content.site.layout.default_language
    structure = content.structure("article", language)
    if structure is None:
        yield content.missing("article", language, "article-source")
        return
    path, _ = content.where("article", language)
    if structure.title != normalise(content.source.title.text):
        yield Finding(path, 0, "article-source", _differs("the title", normalise(content.source.title.text),
                                                           structure.title))
    expected = [*content.source.paragraphs, content.source.credit]
    found = structure.paragraphs
    if len(found) != len(expected):
        yield Finding(path, 0, "article-source",
                      f"{len(found)} paragraphs with ids, the source has {len(expected)} (with the credit)")
    for paragraph, source in zip(found, expected):
        if paragraph.text != normalise(source.text):
            _, line = content.where("article", language, paragraph.id)
            yield Finding(path, line, "article-source",
                          f"#{paragraph.id}: " + _differs("paragraph", normalise(source.text), paragraph.text))


@check("article-translation")
def article_translation(content: ContentContext) -> Iterator[Finding]:
    """Translated articles have the Finnish paragraph ids in order."""
    missing, pairs = _translations(content, "article", "article-translation")
    yield from missing
    for language, finnish, translated in pairs:
        yield from _id_order(content, "article", language, "article-translation", "paragraph",
                             [p.id for p in finnish.paragraphs], [p.id for p in translated.paragraphs])


@check("glossary")
def glossary(content: ContentContext) -> Iterator[Finding]:
    """Finnish glossary quotes appear verbatim in the source; glossary ids are the same in every language."""
    default = content.site.layout.default_language
    finnish = content.structure("people", default)
    if finnish is None:
        yield content.missing("people", default, "glossary")
        return
    text = " ".join(normalise(block.text) for block in content.source.blocks())
    for entry in finnish.glossary:
        path, line = content.where("people", default, entry.id)
        for quote in entry.quotes:
            if quote not in text:
                yield Finding(path, line, "glossary", f'#{entry.id}: quote not in the source: "{quote[:60]}"')
    missing, pairs = _translations(content, "people", "glossary")
    yield from missing
    for language, _, translated in pairs:
        yield from _id_order(content, "people", language, "glossary", "glossary",
                             [e.id for e in finnish.glossary], [e.id for e in translated.glossary])


@check("faq-jsonld")
def faq_jsonld(content: ContentContext) -> Iterator[Finding]:
    """The FAQPage JSON-LD parses, its @id fragments exist, and its text equals the visible FAQ."""
    for language in content.site.layout.languages:
        built = content.built("faq", language)
        record = content.site.records.get(built)
        structure = content.structure("faq", language)
        if record is None or structure is None:
            yield content.missing("faq", language, "faq-jsonld")
            continue
        label = content.site.label(built)
        blocks = list(json_blocks(record))
        pages = [(data, line) for data, line, error in blocks if isinstance(data, dict)
                 and data.get("@type") == "FAQPage"]
        for _, line, error in blocks:
            if error:
                yield Finding(label, line, "faq-jsonld", f"JSON-LD does not parse: {error}")
        if not pages:
            yield Finding(label, 0, "faq-jsonld", "no FAQPage JSON-LD")
            continue
        data, line = pages[0]
        visible = {e.id: e for e in structure.faq}
        questions = data.get("mainEntity") or []
        if [urlsplit(str(q.get("@id", ""))).fragment for q in questions] != list(visible):
            yield Finding(label, line, "faq-jsonld", "questions differ from the visible FAQ entries")
        if data.get("inLanguage") != language:
            yield Finding(label, line, "faq-jsonld", f'inLanguage is "{data.get("inLanguage")}", not "{language}"')
        for question in questions:
            fragment = urlsplit(str(question.get("@id", ""))).fragment
            entry = visible.get(fragment)
            if fragment not in record.ids or entry is None:
                yield Finding(label, line, "faq-jsonld", f'@id "{question.get("@id")}" has no entry on the page')
                continue
            if question.get("url") != f"{content.site.page_url(built)}#{fragment}":
                yield Finding(label, line, "faq-jsonld", f'#{fragment}: url is "{question.get("url")}"')
            if normalise(str(question.get("name", ""))) != entry.question:
                yield Finding(label, line, "faq-jsonld", f"#{fragment}: name differs from the visible question")
            answer = (question.get("acceptedAnswer") or {}).get("text", "")
            if normalise(str(answer)) != entry.answer:
                yield Finding(label, line, "faq-jsonld", f"#{fragment}: answer text differs from the visible answer")

