"""Content checks: the site against the source text, and each translation against its Finnish original."""

from __future__ import annotations

import hashlib
import re
from typing import Iterator
from urllib.parse import urlsplit

import yaml

from .context import SiteContext
from .findings import EXPLAINER, PAGE, SOURCES, Finding, check, display_path
from .pages import PageRecord, json_blocks
from .published import EXPLAINER_FILE, Explainer, repeats_a_node
from .structure import FaqEntry, PageStructure
from .text import first_difference, newlines, normalise, spaced


def _differs(what: str, expected: str, found: str) -> str:
    left, right = first_difference(expected, found)
    return f'{what} differs from the source at "{right}" (source: "{left}")'


def _translations(content: SiteContext, page: str):
    """Findings for missing pages, and (language, Finnish structure, translated structure) per translation
    (an explainer not translated yet has none)."""
    default = content.layout.default_language
    finnish = content.structure(page, default)
    missing, pairs = [], []
    for language in content.layout.languages[1:]:
        if not content.translated(page, language):
            continue
        translated = content.structure(page, language)
        if finnish is None or translated is None:
            missing.append(content.missing(page, language if translated is None else default))
        else:
            pairs.append((language, finnish, translated))
    return missing, pairs


def _id_order(content: SiteContext, page: str, language: str, kind: str,
              finnish_ids: list[str], ids: list[str]) -> Iterator[Finding]:
    """One finding per missing or extra id, and the first id out of place, each at a line an editor can go to."""
    for position, element_id in enumerate(finnish_ids):
        if element_id not in ids:
            before = next((other for other in reversed(finnish_ids[:position]) if other in ids), "")
            path, line = content.where(page, language, before)  # where it belongs: after the id before it
            yield Finding(path, line or 1, f'{kind} id "{element_id}" is missing (the Finnish page has it)')
    for element_id in ids:
        if element_id not in finnish_ids:
            yield Finding(*content.where(page, language, element_id),
                          f'{kind} id "{element_id}" is not on the Finnish page')
    shared = [element_id for element_id in ids if element_id in finnish_ids]
    expected = [element_id for element_id in finnish_ids if element_id in ids]
    for element_id, wanted in zip(shared, expected):
        if element_id != wanted:  # one misplaced id shifts the rest: the first is the one to move
            yield Finding(*content.where(page, language, element_id),
                          f'{kind} id "{element_id}" is out of order: the Finnish page has "{wanted}" here')
            break


@check("source-hash", scope=EXPLAINER, needs=(SOURCES,))
def source_hash(content: SiteContext, explainer: Explainer) -> Iterator[Finding]:
    """Each explainer's source file still has the SHA-256 its contract records (docs/<slug>/explainer.yml)."""
    source, expected = content.sources[explainer.slug], explainer.source_sha256
    if source.sha256 != expected:
        yield Finding(display_path(source.path), 1,
                      f"SHA-256 is {source.sha256[:12]}…, {explainer.slug}/explainer.yml records {expected[:12]}…")
    published = content.site / explainer.source_path
    if published.is_file() and hashlib.sha256(published.read_bytes()).hexdigest() != expected:
        yield Finding(content.label(explainer.source_path), 1, "the published copy differs from the recorded source")


@check("published-ids", scope=PAGE)
def published_ids(content: SiteContext, page: str) -> Iterator[Finding]:
    """Every published id (docs/site.yml, docs/<slug>/explainer.yml) exists on its page in every language."""
    ids = content.layout.site.contract.ids.get(page)
    for language in content.layout.languages if ids is not None else ():
        summary = content.summary(content.built(page, language))
        if summary is None or summary.error:
            yield content.missing(page, language)
            continue
        for element_id in ids:
            if element_id not in summary.ids:
                path, _ = content.where(page, language)
                yield Finding(path, 0, f'published id "{element_id}" is missing')


@check("faq-source", scope=PAGE, kinds=("faq",), needs=(SOURCES,))
def faq_source(content: SiteContext, page: str) -> Iterator[Finding]:
    """The Finnish FAQ has exactly the source's questions and answers, in order."""
    language = content.layout.default_language
    structure = content.structure(page, language)
    if structure is None:
        yield content.missing(page, language)
        return
    entries, expected = structure.faq, content.source_of(page).faq
    if len(entries) != len(expected):
        path, _ = content.where(page, language)
        yield Finding(path, 0, f"{len(entries)} FAQ entries, the source has {len(expected)}")
    for entry, source in zip(entries, expected):
        for what, found, wanted in (("question", entry.question, source.question.text),
                                    ("answer", entry.answer, source.answer.text)):
            if found != spaced(wanted):
                yield Finding(*content.where(page, language, entry.id),
                              f"#{entry.id}: " + _differs(what, spaced(wanted), found))


@check("faq-translation", scope=PAGE, kinds=("faq",), needs=(SOURCES,))
def faq_translation(content: SiteContext, page: str) -> Iterator[Finding]:
    """Translated FAQs have the Finnish ids in order and, under each entry, the original Finnish question and
    answer."""
    missing, pairs = _translations(content, page)
    yield from missing
    for language, finnish, translated in pairs:
        path, _ = content.where(page, language)
        yield from _id_order(content, page, language, "FAQ",
                             [e.id for e in finnish.faq], [e.id for e in translated.faq])
        sources = {e.id: s for e, s in zip(finnish.faq, content.source_of(page).faq)}
        for entry, original in zip(translated.faq, finnish.faq):
            if entry.id != original.id:
                continue
            _, line = content.where(page, language, entry.id)
            source = sources.get(entry.id)
            if entry.original is None:
                yield Finding(path, line, f'#{entry.id}: no "Original (Finnish)" block')
                continue
            if source is None:
                continue
            for what, shown, wanted in (("question", entry.original_question, source.question.text),
                                        ("answer", entry.original, source.answer.text)):
                if shown is None:
                    yield Finding(path, line, f"#{entry.id}: the original Finnish {what} is missing")
                elif shown != spaced(wanted):
                    yield Finding(path, line, f"#{entry.id}: " + _differs(
                        f"the original Finnish {what}", spaced(wanted), shown))


@check("article-source", scope=PAGE, kinds=("article",), needs=(SOURCES,))
def article_source(content: SiteContext, page: str) -> Iterator[Finding]:
    """The Finnish article has the source's title and body, paragraph by paragraph, and its credit."""
    language = content.layout.default_language
    structure, source = content.structure(page, language), content.source_of(page)
    if structure is None:
        yield content.missing(page, language)
        return
    if structure.title != spaced(source.title.text):
        yield Finding(content.where(page, language)[0], 0,
                      _differs("the title", spaced(source.title.text), structure.title))
    expected = [*source.paragraphs, source.credit]
    found = structure.paragraphs
    if len(found) != len(expected):
        yield Finding(content.where(page, language)[0], 0,
                      f"{len(found)} paragraphs with ids, the source has {len(expected)} (with the credit)")
    for paragraph, block in zip(found, expected):
        if paragraph.text != spaced(block.text):
            path, line = content.where(page, language, paragraph.id)
            yield Finding(path, line,
                          f"#{paragraph.id}: " + _differs("paragraph", spaced(block.text), paragraph.text))


@check("article-translation", scope=PAGE, kinds=("article",))
def article_translation(content: SiteContext, page: str) -> Iterator[Finding]:
    """Translated articles have the Finnish paragraph ids in order."""
    missing, pairs = _translations(content, page)
    yield from missing
    for language, finnish, translated in pairs:
        yield from _id_order(content, page, language, "paragraph",
                             [p.id for p in finnish.paragraphs], [p.id for p in translated.paragraphs])


@check("glossary", scope=PAGE, kinds=("glossary",), needs=(SOURCES,))
def glossary(content: SiteContext, page: str) -> Iterator[Finding]:
    """Finnish glossary quotes appear verbatim in a source; glossary ids are the same in every language."""
    default = content.layout.default_language
    # an explainer's people page quotes its own source; the shared one any (a page never scans them all)
    texts = [content.source_text(source) for source in content.sources_for(page)]
    finnish = content.structure(page, default)
    if finnish is None:
        yield content.missing(page, default)
        return
    for entry in finnish.glossary:
        for quote in entry.quotes:
            if not any(quote in text for text in texts):
                yield Finding(*content.where(page, default, entry.id),
                              f'#{entry.id}: quote not in the source: "{quote[:60]}"')
    missing, pairs = _translations(content, page)
    yield from missing
    for language, _, translated in pairs:  # an explainer not translated yet shows its entries untranslated
        yield from _id_order(content, page, language, "glossary",
                             [e.id for e in finnish.glossary if e.id not in translated.shown_untranslated],
                             [e.id for e in translated.glossary])


@check("faq-jsonld", scope=PAGE, kinds=("faq",))
def faq_jsonld(content: SiteContext, page: str) -> Iterator[Finding]:
    """The FAQPage JSON-LD parses, its @id fragments exist, and its text equals the visible FAQ."""
    for language in content.layout.languages:
        built = content.built(page, language)
        record = content.records.get(built)
        structure = content.structure(page, language)
        if record is None or structure is None:
            yield content.missing(page, language)
            continue
        # an untranslated page is the Finnish one, shown under the language's address
        content_language = language if content.translated(page, language) else content.layout.default_language
        label = content.label(built)
        blocks = list(json_blocks(record))
        yield from (Finding(label, line, f"JSON-LD does not parse: {error}") for _, line, error in blocks if error)
        faq_page = next(((data, line) for data, line, _ in blocks
                         if isinstance(data, dict) and data.get("@type") == "FAQPage"), None)
        if faq_page is None:
            yield Finding(label, 0, "no FAQPage JSON-LD")
            continue
        yield from _faq_page(content, built, record, structure, content_language, faq_page)


def _faq_page(content: SiteContext, built: str, record: PageRecord, structure: PageStructure, language: str,
              faq_page: tuple[dict, int]) -> Iterator[Finding]:
    """A page's (first) FAQPage block against its visible FAQ: the questions in order, the page's language, and
    each question's @id naming an entry of the page."""
    data, line = faq_page
    label = content.label(built)
    visible = {e.id: e for e in structure.faq}
    questions = data.get("mainEntity") or []
    if [urlsplit(str(q.get("@id", ""))).fragment for q in questions] != list(visible):
        yield Finding(label, line, "questions differ from the visible FAQ entries")
    if data.get("inLanguage") != language:
        yield Finding(label, line, f'inLanguage is "{data.get("inLanguage")}", not "{language}"')
    for question in questions:
        fragment = urlsplit(str(question.get("@id", ""))).fragment
        entry = visible.get(fragment)
        if fragment not in record.ids or entry is None:
            yield Finding(label, line, f'@id "{question.get("@id")}" has no entry on the page')
            continue
        yield from _faq_question(label, line, f"{content.page_url(built)}#{fragment}", question, entry)


def _faq_question(label: str, line: int, url: str, question: dict, entry: FaqEntry) -> Iterator[Finding]:
    """A question of the FAQPage block against its visible entry: its url, name and answer text."""
    if question.get("url") != url:
        yield Finding(label, line, f'#{entry.id}: url is "{question.get("url")}"')
    if spaced(str(question.get("name", ""))) != entry.question:
        yield Finding(label, line, f"#{entry.id}: name differs from the visible question")
    answer = (question.get("acceptedAnswer") or {}).get("text", "")
    if spaced(str(answer)) != entry.answer:
        yield Finding(label, line, f"#{entry.id}: answer text differs from the visible answer")


@check("shown-text", scope=PAGE)
def shown_text(content: SiteContext, page: str) -> Iterator[Finding]:
    """Readers see the text the checker reads: no hidden element, inline style or <style>, invisible format
    character, mixed-alphabet word or permalink other than the heading's own ¶ in a page's content."""
    for language in content.layout.languages:
        structure = content.structure(page, language)
        built = content.built(page, language)
        if structure is None:
            continue  # unreadable: reported by "unreadable"
        markdown = content.layout.markdown_for(built)
        rows = markdown.read_text(encoding="utf-8").splitlines() if markdown and structure.shown else []
        for line, what, needle in structure.shown:
            at = next((n for n, row in enumerate(rows, 1) if needle in row), 0)
            yield Finding(display_path(markdown), at, f"{what} (built: {content.label(built)}:{line})") if at \
                else Finding(content.label(built), line, what)


@check("page-kind", content=True)
def page_kind(content: SiteContext, built: str, record: PageRecord) -> Iterator[Finding]:
    """Only pages the contract declares as FAQ pages carry FAQPage JSON-LD (a `##` heading elsewhere is no FAQ),
    and only an explainer's pages Article JSON-LD; no page carries another kind."""
    if not record.jsonld:
        return
    site = content.layout.site
    named = site.page_of(built)
    allowed = {"FAQPage": site.kind_of(built) == "faq",
               "Article": bool(named) and site.contract.explainer_of(named[0]) is not None}
    for data, line, _ in json_blocks(record):
        found = data.get("@type") if isinstance(data, dict) else "unparsable"
        if not allowed.get(found):
            yield Finding(content.label(built), line, f'JSON-LD ({found}) on a page of kind '
                                                      f'"{site.kind_of(built) or "none"}"; only faq pages carry '
                                                      "FAQPage, and only an explainer's pages Article (the contract)")


@check("source-page", scope=PAGE, kinds=("source",), needs=(SOURCES,))
def source_page(content: SiteContext, page: str) -> Iterator[Finding]:
    """The source page shows the source text exactly as received, and the SHA-256 its contract records."""
    for language in content.layout.languages:
        built = content.built(page, language)
        structure = content.structure(page, language)
        if structure is None:
            yield content.missing(page, language)
            continue
        # an HTML parser reads CR LF and CR in text as LF (the HTML standard); the bytes are the SHA-256's to check
        expected = newlines(content.source_of(page).path.read_bytes().decode("utf-8"))
        sha256 = content.layout.site.contract.explainer_of(page).source_sha256
        label = content.label(built)
        if structure.source_text is None:
            yield Finding(label, 0, 'no <pre id="source-text"> with the source text')
        elif structure.source_text[0] != expected:
            left, right = first_difference(expected, structure.source_text[0])
            yield Finding(label, structure.source_text[1],
                          f'the text differs from the source at "{right}" (source: "{left}")')
        if structure.source_sha256 != sha256:
            yield Finding(label, 0, f'the SHA-256 shown is "{structure.source_sha256[:16]}…", the contract records '
                                    f"{sha256[:16]}…")


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's, where PyYAML has it: a page each


@check("front-matter", scope=PAGE)
def front_matter(content: SiteContext, page: str) -> Iterator[Finding]:
    """Each page's Markdown front matter is valid YAML with a description (MkDocs silently drops bad YAML)."""
    for language in content.layout.languages:
        markdown = content.layout.markdown_for(content.built(page, language))
        if markdown is None:
            continue
        text = markdown.read_text(encoding="utf-8")
        match = re.match(r"---[ \t]*\n(.*?\n)---[ \t]*\n", text, re.S)
        if match is None:
            yield Finding(display_path(markdown), 1, "no front matter with a description")
            continue
        try:
            meta = yaml.load(match.group(1), Loader=_LOADER)
        except yaml.YAMLError as error:
            mark, problem = getattr(error, "problem_mark", None), getattr(error, "problem", error)
            yield Finding(display_path(markdown), (mark.line + 2) if mark else 1,
                          f"front matter is not valid YAML, so MkDocs ignores it: {problem}")
            continue
        if repeats_a_node(meta):  # printed, it would expand every alias
            yield Finding(display_path(markdown), 2, "front matter uses a YAML alias (*name); write the value out")
            continue
        if not isinstance(meta, dict) or not isinstance(meta.get("description"), str) \
                or not meta["description"].strip():
            yield Finding(display_path(markdown), 2, "front matter has no description")


@check("glossary-candidates", scope=EXPLAINER, needs=(SOURCES,))
def glossary_candidates(content: SiteContext, explainer: Explainer) -> Iterator[Finding]:
    """Each explainer's contract (explainer.yml) quotes its own source exactly: a Finnish title that copies the
    source's title and its glossary entries' quotes are the source's words, character for character (only spaces may
    differ), and the entries name its own ids. A difference names its first differing character."""
    source = content.sources[explainer.slug]
    path = content.layout.docs_dir / explainer.slug / EXPLAINER_FILE
    text = content.source_text(source)
    ids = {i for page in explainer.pages for i in content.layout.site.contract.ids.get(page, ())}
    problems: list[tuple[str, str]] = []  # (what the line starts with, the problem)
    # an editor may give a title of their own (editorial text); one that copies the source's copies it exactly
    title, original = spaced(explainer.title.get(content.layout.default_language, "")), spaced(source.title.text)
    if title != original and normalise(title) == normalise(original):
        problems.append((title, _differs("the title", spaced(source.title.text), title)))
    for entry in explainer.glossary:
        problems += [(spaced(str(quote)), f'{entry["name"]}: {_quoted(spaced(str(quote)), text)}')
                     for quote in entry["quotes"] if spaced(str(quote)) not in text]
        problems += [(f"- name: {entry['name']}", f'{entry["name"]}: "{mention}" is not an id of {explainer.slug}')
                     for mention in entry["mentions"] if mention not in ids]
    if problems:  # the contract is read again only to name the lines
        lines = path.read_text(encoding="utf-8").splitlines()
        for head, problem in problems:
            yield Finding(display_path(path), _line_with(lines, head[:40]), problem)


def _quoted(quote: str, text: str) -> str:
    """Why a quote is not the source's words: the character where it departs from the passage it copies (a
    typographic mark changed: "-" for "–", '"' for "”"), or that no passage reads like it."""
    at = normalise(text).find(normalise(quote))  # spaced text: normalising maps one character to one
    if at < 0:
        return f'quote not in the source: "{quote[:60]}"'
    return "quote " + _differs("", text[at:at + len(quote)], quote).lstrip()


def _line_with(lines: list[str], head: str) -> int:
    """The first line of a contract that has `head` (its text as YAML may write it: plain or quoted), else 1."""
    for number, row in enumerate(lines, 1):
        if head and (head in row or head.replace("'", "''") in row):
            return number
    return 1
