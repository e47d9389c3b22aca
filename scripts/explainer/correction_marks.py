"""A Python-Markdown extension: the corrections readers are shown (explainer.corrections), in the page's language.

- On a page with a corrected unit: a mark after the unit ("Korjattu 5.12.2026", linked to its entry); after an
  FAQ or glossary entry's last block when the unit is part of one, below the h1 when it is the page's own
  (its title, a note).
- On an explainer's article page: its corrections section, newest first, each entry with its day, a link to the
  corrected unit, what the text said and what it says now (quoted in the language of the change).
- `[[corrections]]` (the site's corrections page, which the plugin adds): every correction of the site, newest
  first, under its explainer's title.

Everything is built as elements (escaped by construction) from the contracts; it runs after the listings (whose
people pages it marks) and before MkDocs rewrites the `.md` links into each language's URLs. The plugin gives the
page's name per page; any other builder can do the same.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree
from datetime import date

from babel.dates import format_date
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .corrections import PAGE, Correction, site_anchor
from .elements import element as _element
from .paragraphs import SEARCH_EXCLUDE
from .published import Contract

DIRECTIVE = "[[corrections]]"
SECTION_ID = "corrections"  # the explainer's corrections section on its article page
MARK_CLASS, SECTION_CLASS = "explainer-correction", "explainer-corrections"  # page furniture, no translation unit
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


class Corrections:
    """What one page shows of the site's corrections, in its language."""

    def __init__(self, contract: Contract, language: str, ui: dict[str, str], languages: dict[str, str]):
        self.contract, self.language, self.ui = contract, language, ui
        self.languages = languages  # code -> the language's name ("English"), naming the language of a change

    def day(self, entry: Correction) -> etree.Element:
        shown = format_date(date.fromisoformat(entry.day), self.ui["date_format"], locale=self.ui["og_locale"])
        return _element(None, "time", shown, datetime=entry.day)

    def shown(self, page: str) -> list[Correction]:
        return [entry for entry in self.contract.corrections_of(page) if entry.shown]

    def mark(self, page: str, entry: Correction) -> etree.Element:
        """The mark after a corrected unit, linked to its entry."""
        mark = _element(None, "p", **{"class": MARK_CLASS, SEARCH_EXCLUDE: SEARCH_EXCLUDE})
        link = _element(mark, "a", f"{self.ui['corrected']} ", href=self._entry_link(page, entry))
        link.append(self.day(entry))
        return mark

    def _entry_link(self, page: str, entry: Correction) -> str:
        explainer = self.contract.explainer_of(page)
        if explainer is None:
            return f"{_up(page)}{PAGE}.md#{site_anchor(entry, self.contract)}"
        return f"{explainer.page('article').rsplit('/', 1)[-1]}.md#{entry.anchor}"

    def section(self, slug: str) -> etree.Element | None:
        """An explainer's corrections section, newest first (None when it has none)."""
        explainer = self.contract.explainer(slug)
        entries = [entry for entry in explainer.corrections if entry.shown] if explainer else []
        if not entries:
            return None
        section = _element(None, "section", **{"class": SECTION_CLASS, SEARCH_EXCLUDE: SEARCH_EXCLUDE})
        _element(section, "h2", self.ui["corrections"], id=SECTION_ID)
        items = _element(section, "ol", reversed="reversed")
        for entry in reversed(entries):
            self._item(items, entry, entry.anchor, entry.page.rsplit("/", 1)[-1])
        return section

    def site(self) -> list[etree.Element]:
        """The site's corrections page: every correction, newest first, each under its explainer's title."""
        entries = [*self.contract.corrections, *(entry for explainer in self.contract.explainers
                                                 for entry in explainer.corrections)]
        entries = sorted((entry for entry in entries if entry.shown), key=lambda entry: entry.day, reverse=True)
        if not entries:
            return [_element(None, "p", self.ui["no_corrections"])]
        items = _element(None, "ol", **{"class": SECTION_CLASS, SEARCH_EXCLUDE: SEARCH_EXCLUDE})
        for entry in entries:
            explainer = self.contract.explainer_of(entry.page)
            item = self._item(items, entry, site_anchor(entry, self.contract), entry.page)
            if explainer is not None:
                title = explainer.title.get(self.language) or next(iter(explainer.title.values()))
                heading = etree.Element("p")
                _element(heading, "a", title, href=f"{explainer.page('article')}.md")
                item.insert(0, heading)
        return [items]

    def _item(self, items: etree.Element, entry: Correction, anchor: str, target: str) -> etree.Element:
        """One entry: its day and a link to the corrected unit, then what it said and what it says now."""
        item = _element(items, "li", id=anchor)
        line = _element(item, "p")
        line.append(self.day(entry))
        line[-1].tail = " – "
        fragment = f"#{entry.element}" if entry.element else ""
        link = _element(line, "a", self.ui["correction_place"], href=f"{target}.md{fragment}")
        link.tail = f" ({self.languages.get(entry.language, entry.language)})"
        for label, text in ((self.ui["correction_was"], entry.was), (self.ui["correction_now"], entry.now)):
            said = _element(item, "p", f"{label} ")
            _element(said, "q", text, lang=entry.language)
        return item


def _up(page: str) -> str:
    """The way from a page's Markdown file to docs/ ("people" -> "", "<slug>/faq" -> "../")."""
    return "../" * page.count("/")


class CorrectionsTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, options: dict):
        super().__init__(md)
        self.options = options

    def run(self, root: etree.Element) -> None:
        contract, page = self.options["contract"], self.options["page"]
        if not isinstance(contract, Contract) or not page:
            return
        shown = Corrections(contract, self.options["language"], self.options["ui"], self.options["languages"])
        directive = next((index for index, child in enumerate(root)
                          if child.tag == "p" and len(child) == 0 and (child.text or "").strip() == DIRECTIVE), None)
        if directive is not None:
            del root[directive]
            for offset, element in enumerate(shown.site()):
                root.insert(directive + offset, element)
        for entry in shown.shown(page):
            _insert_after(root, _unit_end(root, entry.element), shown.mark(page, entry))
        explainer = contract.explainer_of(page)
        if explainer is not None and explainer.page("article") == page:
            section = shown.section(explainer.slug)
            if section is not None:
                root.append(section)


def _unit_end(root: etree.Element, element_id: str) -> tuple[etree.Element, int]:
    """(parent, index) of the block a unit's mark follows: the element with its id, or, for a heading, the last
    block before the next heading of its level or above; the page's h1 for a unit of the page as a whole."""
    for parent in root.iter():
        for index, child in enumerate(parent):
            if element_id and child.get("id") == element_id or not element_id and child.tag == "h1":
                if child.tag not in _HEADINGS or child.tag == "h1":
                    return parent, index
                level = int(child.tag[1])
                end = index
                while end + 1 < len(parent) and not (parent[end + 1].tag in _HEADINGS
                                                     and int(parent[end + 1].tag[1]) <= level):
                    end += 1
                return parent, end
    return root, len(root) - 1


def _insert_after(root: etree.Element, place: tuple[etree.Element, int], mark: etree.Element) -> None:
    parent, index = place
    if index < 0:
        root.append(mark)
        return
    parent.insert(index + 1, mark)
    mark.tail, parent[index].tail = parent[index].tail, "\n"


class CorrectionsExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            # not None: Python-Markdown reads a None default as a yes/no option
            "contract": ["", "the site's Contract (explainer.published)"],
            "page": ["", "the page being rendered (its name in the contract: '<slug>/faq', 'people')"],
            "language": ["", "the page's language"],
            "languages": [{}, "each language's name by its code ('en' -> 'English')"],
            "ui": [{}, "the page language's strings: corrections, corrected, correction_place, correction_was, "
                       "correction_now, no_corrections, date_format, og_locale"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # Priority 5 like the listings, registered after them: the people pages they make are marked too, and
        # MkDocs' anchors and link rewriting (registered after every configured extension) see the marks' links.
        md.treeprocessors.register(CorrectionsTreeprocessor(md, self.getConfigs()), "explainer_corrections", 5)


def makeExtension(**kwargs) -> CorrectionsExtension:  # noqa: N802 (Python-Markdown's name)
    return CorrectionsExtension(**kwargs)
