"""Translatable units of a page: each text a translation must render, keyed so that languages pair by key.

Keys are language-neutral: "title", "description", "#p-exodus" (an article paragraph), "#why-leave-meta answer",
"#devi-parikh quote 2", "note after #p-retention" (the editorial note after that paragraph; "note at top" before
any block with an id), "text 1" (the first other block of text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .structure import PageStructure
from .text import normalise


@dataclass(frozen=True)
class Unit:
    key: str
    text: str
    kind: str  # "title", "description", "paragraph", "question", "answer", "name", "role", "quote", "note",
    # "text" (any other block a reader sees) or "listed" (an explainer's title or summary in the home page's list)
    anchor: str  # the element id the unit belongs to ("" for page-level units and notes)
    ordinal: int = 0  # the note's number on its page
    links: tuple[str, ...] = ()  # the hrefs of its links, which every language's unit must have alike


def units(structure: PageStructure) -> list[Unit]:
    found = [Unit("title", structure.title, "title", ""), Unit("description", structure.description, "description", "")]
    found += [Unit(f"#{p.id}", p.text, "paragraph", p.id) for p in structure.paragraphs]
    for entry in structure.faq:
        found += [Unit(f"#{entry.id} question", entry.question, "question", entry.id),
                  Unit(f"#{entry.id} answer", entry.answer, "answer", entry.id)]
    for entry in structure.glossary:
        found += [Unit(f"#{entry.id} name", entry.name, "name", entry.id),
                  Unit(f"#{entry.id} role", entry.role, "role", entry.id)]
        found += [Unit(f"#{entry.id} quote {n}", quote, "quote", entry.id)
                  for n, quote in enumerate(entry.quotes, start=1)]
    found += [Unit(note.key, note.text, "note", "", n) for n, note in enumerate(structure.notes, start=1)]
    found += [Unit(f"text {n}", text.text, "text", "", n) for n, text in enumerate(structure.texts, start=1)]
    for slug, title, summary in structure.listed:  # written in docs/<slug>/explainer.yml, shown on the home page
        found += [Unit(f"#{slug} title", title, "listed", slug), Unit(f"#{slug} summary", summary, "listed", slug)]
    # what a reader sees on hovering a link or an abbreviation is text to translate too
    found += [Unit(key, text, "abbreviation" if key.startswith("abbr ") else "tooltip", _anchor(key))
              for key, text, _ in structure.tooltips]
    keys = {unit.key for unit in found}
    # furniture whose links still lead somewhere (an FAQ entry's supporting paragraphs, an entry's mentions)
    found += [Unit(key, "", "links", _anchor(key)) for key in structure.links if key not in keys]
    # compared across languages with plain quotes and dashes: an English “…” for a Finnish ”…” is no difference
    return [replace(unit, text=normalise(unit.text), links=structure.links.get(unit.key, ())) for unit in found]


def _anchor(key: str) -> str:
    return key[1:].split(" ")[0] if key.startswith("#") else ""


# --- Where a unit is written in its Markdown file ------------------------------------------------------------

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_ATTRIBUTES = re.compile(r"\{[^}]*\}")
_MARKUP = re.compile(r"^\s*(?:[>#]+\s*)+|[*_`]")


def _plain(line: str) -> str:
    """A Markdown line as the reader sees its text: no link targets, attribute lists, quote or heading marks."""
    return " ".join(_MARKUP.sub("", _ATTRIBUTES.sub("", _LINK.sub(r"\1", line))).split())


def unit_line(markdown: str, unit: Unit, anchor_line: int) -> int:
    """The Markdown line where a unit's text starts, searched from its anchor (the id's line, or the note).

    Falls back to the anchor line (or 1) when the text cannot be found, e.g. an empty unit.
    """
    lines = markdown.splitlines()
    start = anchor_line - 1 if anchor_line else 0
    if unit.kind == "description":
        return _first_line_starting(lines, "description:")
    if unit.kind == "title":
        return _first_line_starting(lines, "# ")
    if unit.kind == "note":
        start = _note_start(lines, unit.ordinal)
    if unit.kind == "links":
        return _links_line(lines, unit.links, start, anchor_line)
    return _text_line(lines, unit.text, start, anchor_line)


def _first_line_starting(lines: list[str], prefix: str) -> int:
    """The number of the first line that starts with a prefix, else 1."""
    return next((i + 1 for i, line in enumerate(lines) if line.startswith(prefix)), 1)


def _note_start(lines: list[str], ordinal: int) -> int:
    """The index of the line after the note's admonition marker ("!!! "), 0 if the file has fewer notes."""
    notes = [i for i, line in enumerate(lines) if line.lstrip().startswith("!!! ")]
    return notes[ordinal - 1] + 1 if len(notes) >= ordinal else 0


def _links_line(lines: list[str], links: tuple[str, ...], start: int, anchor_line: int) -> int:
    """A unit with no text of its own: the first line from `start` with a link, one of its fragments if it has any
    (else the anchor line)."""
    fragments = tuple(f"#{link.rsplit('#', 1)[1]})" for link in links if "#" in link)
    return next((index + 1 for index in range(start, len(lines)) if "](" in lines[index]
                 and (not fragments or any(fragment in lines[index] for fragment in fragments))),
                anchor_line or start + 1)


def _text_line(lines: list[str], text: str, start: int, anchor_line: int) -> int:
    """The first line from `start` whose text, as the reader sees it, has the unit's first four words."""
    head = " ".join(text.split()[:4])
    if head:
        for index in range(start, len(lines)):
            if head in normalise(_plain(lines[index])):
                return index + 1
    return anchor_line or start + 1 or 1
