"""A new explainer from a Finnish article of the source's shape: every file it needs, computed before any is
written, so bad input or an edited file stops it with nothing written.

The Finnish pages are the source's text by construction (every character Markdown could read as syntax is
escaped); ids are ASCII slugs of the Finnish text, so the same source always gives the same ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import yaml

from .finnish import Morphology
from .found_names import Name, find_names
from .ids import PEOPLE_TITLE, slugify, unique
from .language import sentences
from .published import EXPLAINER_FILE, SLUG, Contract
from .source import Source
from .text import spaced

SOURCES = Path("assets") / "source"  # below docs/: the byte-identical copies of the sources
_ESCAPED = re.compile(r"([\\`*_{}\[\]])")  # what Markdown and attr_list could read as syntax mid-line
_LINE_START = re.compile(r"^(#|>|[-+]\s|\d+[.)]\s|!!!|\?\?\?|\*\[)")  # block syntax at a paragraph's start


class GenerateError(ValueError):
    """The explainer cannot be generated (one line); nothing has been written."""


def verbatim(text: str) -> str:
    """Markdown that renders as exactly `text` (one paragraph or heading of it)."""
    text = _ESCAPED.sub(r"\\\1", escape(text, quote=False))
    if text.endswith("#"):  # a heading's closing hashes would be dropped ("# Miksi C#" shows "Miksi C")
        text = text[:-1] + "\\#"
    return "\\" + text if _LINE_START.match(text) else text


@dataclass
class NewExplainer:
    """What the generator writes for one source: its ids, its names and the files built from them."""
    slug: str
    source: Source
    raw: bytes
    language: str  # the source's (the site's default language)
    paragraph_ids: list[str]
    faq_ids: list[str]
    names: list[Name]
    spelling: list[str] = field(default_factory=list)  # words Voikko does not know: typos, or loanwords
    added: str = ""  # the day it is added (ISO 8601); a rerun keeps the day its contract has

    def files(self) -> dict[str, bytes]:
        """Every file of the explainer, relative to docs/."""
        files = {
            (SOURCES / f"{self.slug}.txt").as_posix(): self.raw,
            f"{self.slug}/article.md": self._article().encode(),
            f"{self.slug}/source.md": self._source_page().encode(),
            f"{self.slug}/{EXPLAINER_FILE}": self._contract().encode(),
        }
        if self.source.faq:
            files[f"{self.slug}/faq.md"] = self._faq().encode()
        if self.names:
            files[f"{self.slug}/people.md"] = self._people().encode()
        return files

    def summary(self) -> str:
        first = sentences(spaced(self.source.paragraphs[0].text), self.language)
        return first[0] if first else spaced(self.source.paragraphs[0].text)

    def _article(self) -> str:
        blocks = [f"---\ndescription: {yaml_string(self.summary())}\n---", f"# {verbatim(self.source.title.text)}"]
        for paragraph, element_id in zip(self.source.paragraphs, self.paragraph_ids):
            blocks.append(f"{verbatim(paragraph.text)}\n{{ #{element_id} }}")
        blocks.append(f"{verbatim(self.source.credit.text)}\n{{ #source-credit }}")
        more = " Artikkelin UKK-osio on omalla sivullaan: [UKK](faq.md)." if self.source.faq else ""
        blocks.append(f"[Lähdeteksti sellaisenaan](source.md) tarkistussummineen.{more}\n{{ .lead }}")
        return "\n\n".join(blocks) + "\n"

    def _faq(self) -> str:
        description = f"Artikkelin UKK-osion kysymykset ja vastaukset ({len(self.source.faq)}) sanatarkasti."
        blocks = [f"---\ndescription: {yaml_string(description)}\n---", "# Usein kysytyt kysymykset (UKK)"]
        for entry, element_id in zip(self.source.faq, self.faq_ids):
            blocks.append(f"## {verbatim(entry.question.text)} {{ #{element_id} }}\n\n{verbatim(entry.answer.text)}")
        return "\n\n".join(blocks) + "\n"

    def _people(self) -> str:
        description = "Artikkelin henkilöt ja toimijat, lähteen lauseet sanatarkasti."
        # explainer.listings renders the entries an editor has confirmed in explainer.yml
        return f"---\ndescription: {yaml_string(description)}\n---\n\n# {PEOPLE_TITLE}\n\n" \
               f"[[explainer-glossary: {self.slug}]]\n"

    def _source_page(self) -> str:
        description = "Artikkelin lähdeteksti sellaisenaan ja sen SHA-256-tarkistussumma."
        return (f"---\ndescription: {yaml_string(description)}\n---\n\n"
                "# Lähdeteksti\n\n"
                "Artikkelin teksti sellaisenaan, merkki merkiltä niin kuin se vastaanotettiin.\n{ .lead }\n\n"
                f"[Raakatiedosto (UTF-8-teksti)](../{SOURCES.as_posix()}/{self.slug}.txt)"
                f"{{ hreflang={self.language} type=text/plain }}\n\n"
                f"[[source-text: {SOURCES.as_posix()}/{self.slug}.txt]]\n")  # explainer.sourcetext renders it

    def _contract(self) -> str:
        pages = {"article": "article", **({"faq": "faq"} if self.source.faq else {}),
                 **({"people": "glossary"} if self.names else {}), "source": "source"}
        ids = {"article": [*self.paragraph_ids, "source-credit"], **({"faq": self.faq_ids} if self.faq_ids else {}),
               "source": ["source-text", "source-sha256"]}
        new = [name for name in self.names if name.existing is None]
        data = {
            "added": self.added,
            "title": {self.language: spaced(self.source.title.text)},
            "summary": {self.language: self.summary()},
            "source": {"path": (SOURCES / f"{self.slug}.txt").as_posix(), "sha256": self.source.sha256},
            "pages": pages,
            "ids": ids,
            "entities": [name.name if len(name.forms) == 1 else {name.name: name.forms[1:]} for name in new],
            "glossary": [{"name": name.name, "id": name.id,
                          **({"in-glossary": True} if name.existing else {}), "confirmed": False,
                          "mentions": name.mentions, "quotes": name.quotes} for name in self.names
                         if name.mentions and not name.term],
            # for the editor's notes: a typo stays in the Finnish text and gets a marked note (README)
            "spelling": self.spelling,
        }
        header = ("# The published contract of this explainer, written by scripts/new_explainer.py: its source, its\n"
                  "# pages and their fixed ids (public URLs: never rename or remove one), the names it declares, and\n"
                  "# glossary candidates. An entry is published on its people page once an editor confirms it\n"
                  "# (confirmed: true), optionally with a role per language (role: {fi: ..., en: ...}) and its\n"
                  "# quotes translated (translations: {en: [...]}). scripts/translate_explainer.py starts the\n"
                  "# English pages.\n")
        return header + yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000)


# libyaml's emitter when PyYAML has it: the same text, but a 1 MB quote takes it milliseconds, not seconds
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def yaml_string(text: str) -> str:
    """A text as one YAML scalar (quoted where YAML needs it), never folded over lines."""
    return yaml.dump(text, Dumper=_DUMPER, allow_unicode=True, width=1 << 20).removesuffix("\n...\n").strip()


# --- The plan --------------------------------------------------------------------------------------------------

MAX_SLUG = 64  # a folder, a file name (slug.txt) and part of every address: long enough for a title's words


def check_slug(slug: str) -> None:
    """Refuse a slug that is not a-z, 0-9 and single hyphens, or is too long for a file name or an address."""
    if len(slug) > MAX_SLUG:
        raise GenerateError(f"the slug is {len(slug)} characters long; at most {MAX_SLUG} (it names a folder, a "
                            "file and every address of the explainer)")
    if not SLUG.match(slug):
        raise GenerateError(f"'{slug}' is not a slug: use a-z, 0-9 and single hyphens, e.g. ai-startups-finland")


def plan(source: Source, raw: bytes, slug: str, known: Contract, language: str,
         morphology: Morphology, added: str = "") -> NewExplainer:
    """The explainer a source gives, next to the site's shared contract (`language`: the source's); nothing of
    another explainer counts, so generating one costs the same however many the site has."""
    check_slug(slug)
    taken: set[str] = {"source-credit", "source-text", "source-sha256"}
    paragraph_ids = [unique("p-" + slugify(p.text, 3), taken) for p in source.paragraphs]
    faq_ids = [unique(slugify(q.question.text, 6), taken) for q in source.faq]
    return NewExplainer(slug, source, raw, language, paragraph_ids, faq_ids,
                        find_names(source, slug, paragraph_ids, faq_ids, known, language, morphology),
                        morphology.misspellings(" ".join(block.text for block in source.blocks())), added)
