"""A Python-Markdown extension: the site's explainers, listed where a page at the docs root asks for them.

- `[[explainers]]` (the home page): each explainer's title and one-line summary in the page's language, linked to
  its article; an explainer not translated yet shows its title in the source language, marked with its lang.
- `[[explainer-glossary]]` (the shared glossary): each explainer's confirmed names, each with a permalink, its role,
  the quotes from its source (or their translations) and links to the paragraphs and FAQ entries that use them.
  Candidates an editor has not confirmed stay in explainer.yml.

Everything comes from the contracts (docs/site.yml, docs/<slug>/explainer.yml), read when a page asks. It builds
elements (escaped by construction) after toc, so the lists stay out of the page's table of contents, and before
MkDocs' anchor collection and link rewriting, which turns the `.md` links (relative to the docs root) into each
language's URLs. It runs wherever Python-Markdown runs; the explainer plugin sets its options per
language build.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as etree
from pathlib import Path

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .paragraphs import SEARCH_EXCLUDE
from .published import SHARED_FILE, Contract, ContractError, Explainer, published, read_contract
from .source import SourceError, read_credits

LIST, GLOSSARY = "[[explainers]]", "[[explainer-glossary]]"
log = logging.getLogger("mkdocs.extensions.explainer")  # under "mkdocs": a warning fails a --strict build


def _element(parent: etree.Element, tag: str, text: str = "", **attributes: str) -> etree.Element:
    element = etree.SubElement(parent, tag, {key.replace("_", "-"): value for key, value in attributes.items()})
    element.text = text or None
    return element


class Listing:
    """The listings of one page's language, from a contract."""

    def __init__(self, contract: Contract, language: str, source_language: str, ui: dict[str, str],
                 credits: dict[str, str] | None = None):
        self.contract, self.language, self.source_language, self.ui = contract, language, source_language, ui
        self.credits = credits or {}  # slug -> the source its credit line names

    def _title(self, explainer: Explainer) -> str:
        return explainer.title.get(self.language) or explainer.title[self.source_language]

    def explainers(self) -> list[etree.Element]:
        heading = etree.Element("h2", {"id": "explainers"})
        heading.text = self.ui["explainers"]
        items = etree.Element("ul", {"class": "explainer-list", SEARCH_EXCLUDE: SEARCH_EXCLUDE})
        for explainer in self.contract.explainers:
            href = f"{explainer.page('article')}.md"
            item = _element(items, "li", data_explainer=explainer.slug)
            if self.language in explainer.title:  # title and summary are translation units (explainer.units)
                link = _element(item, "a", self._title(explainer), href=href, **{"class": "explainer-title"})
                link.tail = " – "
                _element(item, "span", explainer.summary.get(self.language, ""), **{"class": "explainer-summary"})
            else:
                item.set("data-untranslated", "data-untranslated")
                link = _element(item, "a", self._title(explainer), href=href, lang=self.source_language)
                link.tail = f" – {self.ui['untranslated_short']}"
            if explainer.slug in self.credits:  # the source it explains, as its credit line names it
                _element(item, "span", f" ({self.ui['source']}: {self.credits[explainer.slug]})",
                         **{"class": "explainer-credit"})
        return [heading, items]

    def glossary(self) -> list[etree.Element]:
        return [self._section(explainer) for explainer in self.contract.explainers
                if any(published(entry) for entry in explainer.glossary)]

    def _section(self, explainer: Explainer) -> etree.Element:
        """An explainer's confirmed entries, in the page's language once the explainer is translated into it (its
        names, roles and quotes are then translation units), else in the source's, out of this language's search."""
        translated = self.language == self.source_language or self.language in explainer.title
        language = self.language if translated else self.source_language
        section = etree.Element("section", {"class": "explainer-glossary", "lang": language})
        if not translated:
            section.set(SEARCH_EXCLUDE, SEARCH_EXCLUDE)
        _element(section, "h2", self._title(explainer), id=explainer.slug)
        for entry in filter(published, explainer.glossary):
            heading = _element(section, "h3", entry["name"], id=entry["id"])
            heading.text = f"{entry['name']} "
            _element(heading, "a", "¶", href=f"#{entry['id']}", title=self.ui["permalink_title"],
                     **{"class": "headerlink", SEARCH_EXCLUDE: SEARCH_EXCLUDE})
            role = entry.get("role", {}).get(language)
            if role:
                _element(section, "p", role, **{"class": "role"})
            quotes = entry["quotes"] if language == self.source_language else \
                entry.get("translations", {}).get(language, [])
            for quote in quotes:
                _element(_element(section, "blockquote"), "p", quote)
            mentions = _element(section, "p", f"{self.ui['mentioned_in']} ", lang=self.language,
                                **{"class": "mentions"})
            for number, mention in enumerate(entry["mentions"]):
                target, label = self._mention(explainer, mention)
                link = _element(mentions, "a", label, href=f"{target}.md#{mention}")
                link.tail = ", " if number < len(entry["mentions"]) - 1 else None
        return section

    def _mention(self, explainer: Explainer, mention: str) -> tuple[str, str]:
        """Where an explainer uses a name, labelled as a reader finds it ("kappale 3", "UKK 2", "lähdemerkintä")."""
        article, faq = explainer.page("article"), explainer.page("faq")
        paragraph_ids = list(self.contract.ids.get(article, ()))
        faq_ids = list(self.contract.ids.get(faq, ())) if faq else []
        if mention in faq_ids:
            return faq, f"{self.ui['nav_faq']} {faq_ids.index(mention) + 1}"
        if mention == "source-credit":
            return article, self.ui["credit"]
        if mention in paragraph_ids:
            return article, f"{self.ui['paragraph']} {paragraph_ids.index(mention) + 1}"
        return article, mention


class ListingTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, options: dict):
        super().__init__(md)
        self.options = options

    def run(self, root: etree.Element) -> None:
        asked = [(index, child.text.strip()) for index, child in enumerate(root)
                 if child.tag == "p" and len(child) == 0 and (child.text or "").strip() in (LIST, GLOSSARY)]
        if not asked:
            return
        contract, credits = self.options["contract"], self.options["credits"]
        try:  # another builder gives the contract's file name: read it, and the credits, here
            if not isinstance(contract, Contract):
                contract = read_contract(Path(self.options["docs_dir"]), contract)
            if not credits:
                credits = read_credits(self.options["docs_dir"], contract.explainers)
        except (ContractError, SourceError) as error:
            log.warning(f"explainer.listings: {error}")
            return
        listing = Listing(contract, self.options["language"], self.options["source_language"], self.options["ui"],
                          credits)
        for index, directive in reversed(asked):
            del root[index]
            for offset, element in enumerate(listing.explainers() if directive == LIST else listing.glossary()):
                root.insert(index + offset, element)


class ListingExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "docs_dir": [".", "the docs folder: where the contracts are"],
            "contract": [SHARED_FILE, "the shared contract's file, relative to docs_dir, or the Contract read"],
            # not None: Python-Markdown reads a None default as a yes/no option
            "credits": [{}, "slug -> the source each explainer credits, if read already"],
            "language": ["", "the page's language"],
            "source_language": ["", "the sources' language, shown for an explainer not translated yet"],
            "ui": [{}, "the page language's strings: explainers, untranslated_short, mentioned_in, nav_faq, "
                       "paragraph, credit, source, permalink_title"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # Priority 5, that of toc and of MkDocs' anchor collection; among equals the order of registration holds:
        # after toc (listed before this extension in mkdocs.yml), so the lists stay out of the table of contents,
        # and before MkDocs' anchors and link rewriting (registered after every configured extension), so their
        # ids count as anchors and their .md links become URLs.
        md.treeprocessors.register(ListingTreeprocessor(md, self.getConfigs()), "explainer_listings", 5)


def makeExtension(**kwargs) -> ListingExtension:  # noqa: N802 (Python-Markdown's name)
    return ListingExtension(**kwargs)
