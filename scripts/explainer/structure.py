"""Reader for the structure of a built page: article paragraphs, FAQ entries and glossary entries.

It reads rendered HTML (what readers get), so links and abbreviations inside verbatim text do not matter;
`markdown_line` maps an id back to the line of the Markdown file it came from.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field

from lxml import etree

from .shown import is_permalink
from .shown import problems as shown_problems
from .text import normalise, spaced

# A deliberate difference between a translation and its original, declared on the unit in the Markdown:
# `{ data-differs="name Language Learning: the source's wrong expansion is corrected" }`.
DIFFERS = "data-differs"
# The Finnish question in a translated FAQ entry's "Original (Finnish)" block; the other Finnish paragraph there
# is the answer.
ORIGINAL_QUESTION = "faq-original-question"
# The Finnish page shown under another language's address until it is translated (explainer.fragments).
FALLBACK = "explainer-fallback"
# An explainer's entries on its people page (explainer.listings), in their own section, each an h2.
GENERATED = "explainer-glossary"


@dataclass(frozen=True)
class Paragraph:
    id: str
    text: str
    line: int


@dataclass(frozen=True)
class FaqEntry:
    id: str
    question: str
    answer: str
    original: str | None  # the Finnish answer shown under a translated entry
    line: int
    original_question: str | None = None  # the Finnish question shown with it (class ORIGINAL_QUESTION)


@dataclass(frozen=True)
class GlossaryEntry:
    id: str
    name: str
    role: str
    quotes: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Note:
    text: str  # the paragraphs of an editorial note (admonition), without its title
    line: int
    key: str = ""  # where it stands: "note after #p-retention" (after the last block with an id), "note at top"


@dataclass(frozen=True)
class PageStructure:
    title: str
    paragraphs: tuple[Paragraph, ...]
    faq: tuple[FaqEntry, ...]
    glossary: tuple[GlossaryEntry, ...]
    notes: tuple[Note, ...] = ()
    description: str = ""
    declared: dict[str, str] = field(default_factory=dict)  # unit key (see explainer.units) -> data-differs
    listed: tuple[tuple[str, str, str], ...] = ()  # the home page's explainers: (slug, title, summary)
    # glossary entries shown in another language than the page's (an explainer not translated yet): not units here
    shown_untranslated: frozenset[str] = frozenset()
    # a source page's text as shown (<pre id="source-text">, as is) and its line, and the SHA-256 it shows
    source_text: tuple[str, int] | None = None
    source_sha256: str = ""
    # every other block of reader-visible text ("text N" units: a paragraph without an id, a list, a heading)
    texts: tuple[Paragraph, ...] = ()
    links: dict[str, tuple[str, ...]] = field(default_factory=dict)  # unit key -> the hrefs of its links
    # texts readers see on hovering: (key, text, line), "#p-departures title 1" (a link's), "abbr CEO"
    tooltips: tuple[tuple[str, str, int], ...] = ()
    # what the reader is shown differently from the text (explainer.shown): (line, what, needle)
    shown: tuple[tuple[int, str, str], ...] = ()
    # an explainer page's days as shown below its h1: (datetime, text) of each <time>, and the line
    dates: tuple[tuple[str, str], ...] = ()
    # the corrections shown: each mark after a corrected unit as (the fragment it links to, its datetime), each entry
    # of a corrections list as (its id, its datetime, the texts it quotes)
    correction_marks: tuple[tuple[str, str], ...] = ()
    correction_entries: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    # a source's revisions as shown: the ids of the translated paragraphs marked pending, and of removed paragraphs'
    # notices
    pending: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


def visible_text(element) -> str:
    """The text of an element as shown (typography kept, spaces single), without a heading's permalink (¶)."""
    if not any(is_permalink(anchor) for anchor in element.iter("a")):
        return spaced(_STRING(element))  # the text nodes below it, as the walk below would join them
    parts = []

    def walk(node) -> None:
        if isinstance(node.tag, str) and is_permalink(node):
            parts.append(node.tail or "")
            return
        parts.append(node.text or "") if isinstance(node.tag, str) else None
        for child in node:
            walk(child)
        parts.append(node.tail or "")

    parts.append(element.text or "")
    for child in element:
        walk(child)
    return spaced("".join(parts))


_STRING = etree.XPath("string()", smart_strings=False)
# A glossary page's entries: its h3 with ids, and the h2 with ids of generated sections in the page's language.
_ENTRIES = etree.XPath(f"./h3[@id] | ./section[contains(concat(' ', @class, ' '), ' {GENERATED} ')]"
                       "[@lang = $language]/h2[@id]")


def _has_class(element, name: str) -> bool:
    return name in (element.get("class") or "").split()


def _classed(parent, tag: str, name: str):
    """The children of a tag that have a class."""
    return (child for child in parent.iterchildren(tag) if name in (child.get("class") or "").split())


def _with_id(parent, tag: str):
    return (child for child in parent.iterchildren(tag) if child.get("id") is not None)


def content_root(document):
    """The page's main content: Material's article element, or the whole tree for a content fragment."""
    root = next((article for article in document.iter("article")
                 if "md-content__inner" in (article.get("class") or "").split()), document)
    return next(_classed(root, "div", FALLBACK), root)


def _section(heading, stop: set[str]):
    """The element siblings after a heading up to the next heading of a level in `stop` (comments, which readers
    never see, are skipped)."""
    node = heading.getnext()
    while node is not None and node.tag not in stop:
        if isinstance(node.tag, str):
            yield node
        node = node.getnext()


class _Marks:
    """What read_structure notes of each unit's element: a declared difference, its links, their titles."""

    def __init__(self, location: str, units: bool = True):
        self.location = location  # the built file, relative to the site root: relative links resolve from it
        self.units = units  # the links and titles of units are read only when a translation compares them
        self.declared: dict[str, str] = {}
        self.links: dict[str, tuple[str, ...]] = {}
        self.titles: list[tuple[str, str, int]] = []  # (unit key + " title N", the link's title, line)

    def __call__(self, key: str, element) -> None:
        if element is None:
            return
        if element.get(DIFFERS):
            self.declared[key] = element.get(DIFFERS)
        if not self.units:
            return
        anchors = [a for a in element.iter("a") if a.get("href") is not None and not is_permalink(a)]
        if anchors:
            self.links[key] = self.links.get(key, ()) + tuple(self._resolved(a.get("href")) for a in anchors)
        for anchor in anchors:
            if anchor.get("title"):
                number = 1 + sum(title.startswith(f"{key} title ") for title, _, _ in self.titles)
                self.titles.append((f"{key} title {number}", normalise(anchor.get("title")), anchor.sourceline or 0))

    def _resolved(self, href: str) -> str:
        """A relative link as a path from the site root ("../people/#meta" on "en/x/index.html": "en/people/#meta"),
        so that two languages' links compare (other links as written)."""
        if not self.location or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:|^[/#]", href):
            return href
        path, hash_mark, fragment = href.partition("#")
        resolved = posixpath.normpath(posixpath.join(posixpath.dirname(self.location), path or "."))
        return resolved + ("/" if path.endswith("/") or not path else "") + hash_mark + fragment


def _faq(root, mark: _Marks, used: set) -> tuple[FaqEntry, ...]:
    return tuple(_faq_entry(heading, mark, used) for heading in _with_id(root, "h2"))


def _faq_entry(heading, mark: _Marks, used: set) -> FaqEntry:
    """An FAQ entry (h2 with id): its answer is the paragraph right after the question; its units are marked and
    its blocks noted as used."""
    section = list(_section(heading, {"h1", "h2"}))
    answer = next((n for n in section if n.tag == "p"), None)
    answered = answer is not None and section.index(answer) == 0
    details = [n for n in section if n.tag == "details"]
    used.update([heading, *details])
    if answered:
        used.add(answer)
    mark(f"#{heading.get('id')} question", heading)
    mark(f"#{heading.get('id')} answer", answer)
    for support in (n for n in section if _has_class(n, "faq-support")):
        mark(f"#{heading.get('id')} support", support)  # its links only: furniture
    question, original = _originals(details)
    return FaqEntry(
        id=heading.get("id"),
        question=visible_text(heading),
        answer=visible_text(answer) if answered else "",
        original=_text_or_none(original),
        line=heading.sourceline or 0,
        original_question=_text_or_none(question),
    )


def _originals(details: list) -> tuple:
    """The Finnish question (class ORIGINAL_QUESTION) and answer of an entry's "Original (Finnish)" block (its
    <details>), None for each it lacks."""
    originals = [p for n in details for p in n.iter("p") if p.get("lang") is not None]
    question = next((p for p in originals if _has_class(p, ORIGINAL_QUESTION)), None)
    return question, next((p for p in originals if p is not question), None)


def _text_or_none(element) -> str | None:
    return visible_text(element) if element is not None else None


def _glossary(root, mark: _Marks, language: str, used: set) -> tuple[GlossaryEntry, ...]:
    """The page's entries (h3 with id), those of a generated section in the page's language included."""
    return tuple(_glossary_entry(heading, mark, used) for heading in _ENTRIES(root, language=language))


def _glossary_entry(heading, mark: _Marks, used: set) -> GlossaryEntry:
    """A glossary entry: its name (the heading), role and quotes; its units are marked and its blocks noted as
    used."""
    section = list(_section(heading, {"h1", "h2", "h3"}))
    role = next((n for n in section if _has_class(n, "role")), None)
    blockquotes = [n for n in section if n.tag == "blockquote"]
    quotes = [p for n in blockquotes for p in n.iterchildren("p")]
    used.update([heading, role, *blockquotes])
    key = f"#{heading.get('id')}"
    mark(f"{key} name", heading)
    mark(f"{key} role", role)
    for mentions in (n for n in section if _has_class(n, "mentions")):
        mark(f"{key} mentions", mentions)  # its links only: furniture
    for number, quote in enumerate(quotes, start=1):
        mark(f"{key} quote {number}", quote)
    return GlossaryEntry(
        id=heading.get("id"),
        name=visible_text(heading),
        role=visible_text(role) if role is not None else "",
        quotes=tuple(visible_text(p) for p in quotes),
        line=heading.sourceline or 0,
    )


def _notes(root, mark: _Marks) -> tuple[Note, ...]:
    """Editorial notes: admonitions (not collapsible <details> blocks), in page order, each keyed by the block
    with an id before it, so that a note added elsewhere on the page changes no other note's key."""
    notes: list[Note] = []
    anchor = ""
    for block in root.iterchildren():
        if not isinstance(block.tag, str):
            continue
        if not _is_admonition(block):
            anchor = block.get("id") or anchor
            continue
        key = _note_key(notes, anchor)
        paragraphs = [child for child in block.iterchildren() if isinstance(child.tag, str)
                      and not _has_class(child, "admonition-title")]
        for paragraph in paragraphs:
            mark(key, paragraph)
        notes.append(Note(" ".join(visible_text(p) for p in paragraphs), block.sourceline or 0, key))
    return tuple(notes)


def _is_admonition(block) -> bool:
    return block.tag == "div" and _has_class(block, "admonition")


def _note_key(notes: list[Note], anchor: str) -> str:
    """Where a note stands: after the block with id `anchor` (or at the top), numbered from the second note there:
    "note after #p-retention (2)"."""
    base = f"note after #{anchor}" if anchor else "note at top"
    same = sum(note.key == base or note.key.startswith(f"{base} (") for note in notes)
    return base if not same else f"{base} ({same + 1})"


# Blocks that are page furniture, not text to translate: declared by their class in the Markdown (a lead, the
# links to supporting paragraphs) or made by the build (the home page's list, the source text, the pager).
FURNITURE = frozenset({"lead", "faq-support", "mentions", "source-checksum", "admonition", "explainer-list",
                       "explainer-pages", "explainer-dates", "explainer-correction", "explainer-corrections",
                       "explainer-removed", "explainer-revised", "explainer-versions", GENERATED})
_NOT_TEXT = frozenset({"script", "style", "template", "hr", "br", "pre"})


def _texts(root, mark: _Marks, used: set) -> tuple[Paragraph, ...]:
    """Every other block of the content a reader sees: each is a unit ("text N"), so nothing shown is unchecked."""
    texts = []
    for block in root.iterchildren():
        if (not isinstance(block.tag, str) or block in used or block.tag in _NOT_TEXT
                or FURNITURE & set((block.get("class") or "").split())):
            continue
        text = visible_text(block)
        if text:
            texts.append(Paragraph("", text, block.sourceline or 0))
            mark(f"text {len(texts)}", block)
    return tuple(texts)


def _abbreviations(root) -> list[tuple[str, str, int]]:
    """Each abbreviation's tooltip on the page, once: ("abbr CEO", "Chief executive officer", line)."""
    found: dict[str, tuple[str, str, int]] = {}
    for abbr in root.iter("abbr"):
        key = f"abbr {normalise(''.join(abbr.itertext()))}"
        if abbr.get("title") and key not in found:
            found[key] = (key, normalise(abbr.get("title")), abbr.sourceline or 0)
    return list(found.values())


def read_structure(document, kind: str, location: str = "", units: bool = True, shown: bool = True) -> PageStructure:
    """Paragraphs with ids, notes and description; FAQ entries (h2 with id) on a page of kind "faq" and
    glossary entries (h3 with id) on a "glossary" page (kinds are declared in the contract, never guessed).
    Without `units`, the other blocks of text, the units' links and the tooltips are not read (no translation
    compares them); without `shown`, what readers see differently (the Finnish page under another language's
    address, read as the Finnish page itself)."""
    root = content_root(document)
    mark = _Marks(location, units)
    title = list(root.iterchildren("h1"))
    mark("title", title[0] if title else None)
    paragraphs = _paragraphs(root, mark)
    description = _description(document)
    listed = _listed(root) if kind == "home" else ()
    language = document.getroottree().getroot().get("lang") or ""  # the page's (<html lang>)
    untranslated = _untranslated(root, language) if kind == "glossary" else frozenset()
    source = document.xpath("//pre[@id='source-text']") if kind == "source" else []
    used = set(title) | set(_with_id(root, "p"))
    faq = _faq(root, mark, used) if kind == "faq" else ()
    glossary = _glossary(root, mark, language, used) if kind == "glossary" else ()
    return PageStructure(
        title=visible_text(title[0]) if title else "",
        paragraphs=paragraphs,
        faq=faq,
        glossary=glossary,
        notes=_notes(root, mark),
        texts=_texts(root, mark, used) if units else (),
        shown=shown_problems(root) if shown and root is not document else (),
        description=description,
        declared=mark.declared,
        links=mark.links,
        tooltips=(*mark.titles, *_abbreviations(root)) if units else (),
        listed=listed,
        shown_untranslated=untranslated,
        source_text=_source_text(source),
        source_sha256=document.xpath("string(//code[@id='source-sha256'])", smart_strings=False)
        if kind == "source" else "",
        dates=tuple((time.get("datetime", ""), visible_text(time))
                    for time in root.xpath("p[contains(concat(' ', @class, ' '), ' explainer-dates ')]//time")),
        correction_marks=_correction_marks(root),
        correction_entries=_correction_entries(root),
        pending=_ids_of_class(root, "explainer-pending"),
        removed=_ids_of_class(root, "explainer-removed"),
    )


def _ids_of_class(root, name: str) -> tuple[str, ...]:
    return tuple(element.get("id") for element in root.xpath(f"{_CLASS % name}[@id]"))


_CLASS = ".//*[contains(concat(' ', @class, ' '), ' %s ')]"  # an element of a class, anywhere in the content


def _correction_marks(root) -> tuple[tuple[str, str], ...]:
    """Each mark after a corrected unit: (the fragment it links to, the day it shows)."""
    return tuple((link.get("href", "").partition("#")[2], link.xpath("string(time/@datetime)", smart_strings=False))
                 for link in root.xpath(f"{_CLASS % 'explainer-correction'}/a"))


def _correction_entries(root) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Each entry of a corrections list: (its id, its day, the texts it quotes)."""
    return tuple((item.get("id"), item.xpath("string(p/time/@datetime)", smart_strings=False),
                  tuple(visible_text(quote) for quote in item.iter("q")))
                 for item in root.xpath(f"{_CLASS % 'explainer-corrections'}//li[@id]"))


def _paragraphs(root, mark: _Marks) -> tuple[Paragraph, ...]:
    """The content's paragraphs with ids (the article's), each marked as a unit."""
    paragraphs = []
    for p in _with_id(root, "p"):
        mark(f"#{p.get('id')}", p)
        paragraphs.append(Paragraph(p.get("id"), visible_text(p), p.sourceline or 0))
    return tuple(paragraphs)


def _description(document) -> str:
    """The page's <meta name="description">, "" if it has none."""
    head = document.find("head")
    description = [meta.get("content") for meta in head.iter("meta") if meta.get("name") == "description"
                   and meta.get("content") is not None] if head is not None else []
    return normalise(description[0]) if description else ""


def _listed(root) -> tuple[tuple[str, str, str], ...]:
    """The home page's list of translated explainers: (slug, title, summary)."""
    return tuple((li.get("data-explainer"), visible_text(li.xpath(".//*[@class='explainer-title']")[0]),
                  visible_text(li.xpath(".//*[@class='explainer-summary']")[0]))
                 for li in root.xpath(".//ul[contains(@class, 'explainer-list')]/li[@data-explainer]"
                                      "[not(@data-untranslated)]"))


def _untranslated(root, language: str) -> frozenset[str]:
    """The ids of a glossary page's generated entries shown in another language than the page's."""
    if not language:
        return frozenset()
    return frozenset(heading.get("id") for section in _classed(root, "section", GENERATED)
                     if section.get("lang") != language for heading in _with_id(section, "h2"))


def _source_text(source: list) -> tuple[str, int] | None:
    """The text of a source page's <pre id="source-text"> (the first) and its line; None without one."""
    return (text_of(source[0]), source[0].sourceline or 0) if source else None


def parse_html(markup: str | bytes):
    """A whole page or a content fragment, parsed by libxml2's forgiving HTML parser into plain lxml elements
    (lxml.html's element classes cost a Python call for every element touched: a third of the checker's time)."""
    parser = etree.HTMLParser(encoding="utf-8" if isinstance(markup, bytes) else None, huge_tree=True)
    document = etree.fromstring(markup, parser)
    if document is None:
        raise etree.ParserError("Document is empty")
    return document


def text_of(element) -> str:
    """All the text in an element, as the DOM's textContent (children's included, markup dropped)."""
    return element.xpath("string()", smart_strings=False)


def read_fragment(markup: str, kind: str) -> PageStructure:
    """Structure of the HTML that Markdown produced for one page (what hooks see)."""
    return read_structure(parse_html(f"<html><body>{markup}</body></html>").find("body"), kind)


def markdown_line(markdown: str, element_id: str) -> int:
    """The Markdown line that gives an element its id (`{ #id }`), at the start of its block; 0 if none."""
    lines = markdown.splitlines()
    pattern = re.compile(r"\{[^}]*#" + re.escape(element_id) + r"(?![\w-])[^}]*\}")
    for index, line in enumerate(lines):
        if pattern.search(line):
            if line.lstrip().startswith("{"):  # attribute line closing a paragraph: go to its first line
                while index > 0 and lines[index - 1].strip():
                    index -= 1
            return index + 1
    return 0
