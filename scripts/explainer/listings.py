"""A Python-Markdown extension: the site's explainers and an explainer's names, listed where a page asks for them.

- `[[explainers]]` (the home page): the newest explainers (`PER_PAGE`), each with its title, one-line summary,
  source and the day it was added, in the page's language, linked to its article, then links to the archive's
  pages; an explainer not translated yet shows its title in the source language, marked with its lang.
- `[[explainers: N]]` (archive page N, `explainers/N.md`, which the plugin adds): the Nth `PER_PAGE` explainers in
  the order they were added, so a full page never changes; the newest page fills up.
- `[[explainer-glossary: slug]]` (an explainer's own people page): its confirmed names, each with a permalink,
  its role, the quotes from its source (or their translations) and links to the paragraphs and FAQ entries that
  use them; then the names it shares with the shared glossary, linked there. Candidates an editor has not
  confirmed stay in explainer.yml.

Everything comes from the contracts (docs/site.yml, docs/<slug>/explainer.yml). It builds elements (escaped by
construction) after toc, so the lists stay out of the page's table of contents, and before MkDocs' anchor
collection and link rewriting, which turns the `.md` links into each language's URLs. It runs wherever
Python-Markdown runs; the explainer plugin sets its options per language build.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as etree
from datetime import date
from pathlib import Path

from babel.dates import format_date
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .elements import element as _element
from .paragraphs import SEARCH_EXCLUDE
from .published import SHARED_FILE, Contract, ContractError, Explainer, published, read_contract
from .source import SourceError, read_credits

ARCHIVE = "explainers"  # the archive's pages: explainers/1.md, explainers/2.md, ...
PER_PAGE = 20  # explainers on the home page and on each archive page
DIRECTIVE = re.compile(r"^\[\[(explainers|explainer-glossary)(?::\s*([a-z0-9-]+))?\]\]$")
log = logging.getLogger("mkdocs.extensions.explainer")  # under "mkdocs": a warning fails a --strict build


def archive_pages(count: int) -> int:
    """How many archive pages `count` explainers fill (none while the home page shows them all)."""
    return 0 if count <= PER_PAGE else -(-count // PER_PAGE)


log = logging.getLogger("mkdocs.extensions.explainer")  # under "mkdocs": a warning fails a --strict build


class Listing:
    """The listings of one page's language, from a contract."""

    def __init__(self, contract: Contract, language: str, source_language: str, ui: dict[str, str],
                 credits: dict[str, str] | None = None):
        self.contract, self.language, self.source_language, self.ui = contract, language, source_language, ui
        self.credits = credits or {}  # slug -> the source its credit line names

    def _title(self, explainer: Explainer) -> str:
        return explainer.title.get(self.language) or explainer.title[self.source_language]

    def explainers(self, page: int | None = None) -> list[etree.Element]:
        """The home page's newest explainers (page None) or an archive page's, newest first, with the pager."""
        added = self.contract.chronological
        pages = archive_pages(len(added))
        if page is None:
            shown, base = added[-PER_PAGE:], ""
        elif 1 <= page <= pages:
            shown, base = added[(page - 1) * PER_PAGE:page * PER_PAGE], "../"
        else:
            raise ValueError(f"the archive has pages 1 to {pages}, not {page}")
        items = etree.Element("ul", {"class": "explainer-list", SEARCH_EXCLUDE: SEARCH_EXCLUDE})
        for explainer in reversed(shown):
            self._item(items, explainer, base)
        listing = [items, self._pager(pages, page, base)] if pages else [items]
        if page is None:
            heading = etree.Element("h2", {"id": "explainers"})
            heading.text = self.ui["explainers"]
            listing.insert(0, heading)
        return listing

    def _item(self, items: etree.Element, explainer: Explainer, base: str) -> None:
        href = f"{base}{explainer.page('article')}.md"
        item = _element(items, "li", data_explainer=explainer.slug)
        # a front page's entry: its title, its one-line summary, then what a reader learns of it, each on a line
        if self.language in explainer.title:  # title and summary are translation units (explainer.units)
            _element(item, "a", self._title(explainer), href=href, **{"class": "explainer-title"})
            _element(item, "span", explainer.summary.get(self.language, ""), **{"class": "explainer-summary"})
        else:
            item.set("data-untranslated", "data-untranslated")  # its Finnish title and summary, marked so
            _element(item, "a", self._title(explainer), href=href, lang=self.source_language,
                     **{"class": "explainer-original-title"})
            _element(item, "span", explainer.summary[self.source_language], lang=self.source_language,
                     **{"class": "explainer-original-summary"})
        about = _element(item, "span", **{"class": "explainer-about"})
        facts = self._facts(explainer, href)
        for number, (kind, text, day, link) in enumerate(facts):
            fact = _element(about, "span", "" if link else text, **{"class": kind})
            holder = _element(fact, "a", text, href=link) if link else fact
            if day:
                _element(holder, "time", self._day(day), datetime=day)
            fact.tail = " · " if number < len(facts) - 1 else None

    def _facts(self, explainer: Explainer, article: str) -> list[tuple[str, str, str, str]]:
        """(class, text, day, link) of what a reader learns of an explainer beside its title: the source it explains
        (as its credit line names it), whether it is translated, the days it was added and last updated, and its
        latest correction, linked to its entry."""
        facts = []
        if explainer.slug in self.credits:
            facts.append(("explainer-credit", f"{self.ui['source']}: {self.credits[explainer.slug]}", "", ""))
        translated = len(explainer.title) > 1  # a title in another language than the source's
        facts.append(("explainer-translated", self.ui["translated"] if translated else self.ui["untranslated_short"],
                      "", ""))
        if explainer.added:
            facts.append(("explainer-added", f"{self.ui['added']} ", explainer.added, ""))
        if explainer.last_updated:
            facts.append(("explainer-updated", f"{self.ui['updated']} ", explainer.last_updated, ""))
        shown = [entry for entry in explainer.corrections if entry.shown]
        if shown:
            facts.append(("explainer-corrected", f"{self.ui['corrected'].lower()} ", shown[-1].day,
                          f"{article}#{shown[-1].anchor}"))
        return facts

    def _day(self, day: str) -> str:
        return format_date(date.fromisoformat(day), self.ui["date_format"], locale=self.ui["og_locale"])

    def _pager(self, pages: int, current: int | None, base: str) -> etree.Element:
        """Links to every archive page (the current one marked), oldest first."""
        pager = etree.Element("nav", {"class": "explainer-pages", "aria-label": self.ui["all_explainers"]})
        _element(pager, "span", f"{self.ui['all_explainers']}:").tail = " "
        for number in range(1, pages + 1):
            if number == current:
                element = _element(pager, "strong", str(number), aria_current="page")
            else:
                element = _element(pager, "a", str(number), href=f"{base}{ARCHIVE}/{number}.md")
            element.tail = " " if number < pages else None
        return pager

    def glossary(self, slug: str) -> list[etree.Element]:
        """An explainer's people page: its confirmed entries, in the page's language once the explainer is
        translated into it (its names, roles and quotes are then translation units), else in the source's, out
        of this language's search; then the names it shares with the shared glossary."""
        explainer = self.contract.explainer(slug)
        if explainer is None:
            raise ValueError(f"no explainer '{slug}' (docs/{slug}/explainer.yml)")
        translated = self.language == self.source_language or self.language in explainer.title
        language = self.language if translated else self.source_language
        section = etree.Element("section", {"class": "explainer-glossary", "lang": language})
        if not translated:
            section.set(SEARCH_EXCLUDE, SEARCH_EXCLUDE)
        entries = list(filter(published, explainer.glossary))
        if not entries:
            _element(section, "p", self.ui["no_names"], lang=self.language, **{"class": "no-names"})
        for entry in entries:
            self._entry(section, explainer, entry, language)
        self._shared_names(section, explainer)
        return [section]

    def _entry(self, section: etree.Element, explainer: Explainer, entry: dict, language: str) -> None:
        """A confirmed entry in `language`: its name with a permalink, its role, its quotes (or their
        translations) and links to where the explainer uses it."""
        heading = _element(section, "h2", id=entry["id"])
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
            link = _element(mentions, "a", label, href=f"{target.rsplit('/', 1)[-1]}.md#{mention}")
            link.tail = ", " if number < len(entry["mentions"]) - 1 else None

    def _shared_names(self, section: etree.Element, explainer: Explainer) -> None:
        """The confirmed names the shared glossary has: linked there, not repeated here."""
        shared = [entry for entry in explainer.glossary if entry.get("in-glossary") and entry.get("confirmed")]
        glossary = next(iter(self.contract.shared_pages("glossary")), None)
        if shared and glossary:
            also = _element(section, "p", f"{self.ui['shared_glossary']} ", lang=self.language,
                            **{"class": "shared-names", SEARCH_EXCLUDE: SEARCH_EXCLUDE})
            for number, entry in enumerate(shared):
                link = _element(also, "a", entry["name"], href=f"../{glossary}.md#{entry['id']}")
                link.tail = ", " if number < len(shared) - 1 else None

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
        asked = _asked(root)
        if not asked:
            return
        read = self._contract_and_credits()
        if read is None:
            return
        contract, credits = read
        listing = Listing(contract, self.options["language"], self.options["source_language"], self.options["ui"],
                          credits)
        for index, directive, argument in reversed(asked):
            try:
                elements = _listed(listing, directive, argument)
            except ValueError as error:
                log.warning(f"explainer.listings: {error}")
                continue
            del root[index]
            for offset, element in enumerate(elements):
                root.insert(index + offset, element)

    def _contract_and_credits(self) -> tuple[Contract, dict[str, str]] | None:
        """The contract and credits the plugin has read; another builder gives the contract's file name: read it,
        and the credits, here (None, with a warning, when they cannot be read)."""
        contract, credits = self.options["contract"], self.options["credits"]
        try:
            if not isinstance(contract, Contract):
                contract = read_contract(Path(self.options["docs_dir"]), contract)
            if not credits:
                credits = read_credits(self.options["docs_dir"], contract.explainers)
        except (ContractError, SourceError) as error:
            log.warning(f"explainer.listings: {error}")
            return None
        return contract, credits


def _asked(root: etree.Element) -> list[tuple[int, str, str | None]]:
    """The page's directives: each paragraph that is only one, with its index, directive and argument."""
    asked = [(index, DIRECTIVE.match((child.text or "").strip())) for index, child in enumerate(root)
             if child.tag == "p" and len(child) == 0]
    return [(index, match.group(1), match.group(2)) for index, match in asked if match]


def _listed(listing: Listing, directive: str, argument: str | None) -> list[etree.Element]:
    """The elements a directive stands for (ValueError when it cannot be listed)."""
    if directive == "explainers":
        return listing.explainers(int(argument) if argument else None)
    if argument:
        return listing.glossary(argument)
    raise ValueError("[[explainer-glossary: slug]] names the explainer whose people it lists")


class ListingExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "docs_dir": [".", "the docs folder: where the contracts are"],
            "contract": [SHARED_FILE, "the shared contract's file, relative to docs_dir, or the Contract read"],
            # not None: Python-Markdown reads a None default as a yes/no option
            "credits": [{}, "slug -> the source each explainer credits, if read already"],
            "language": ["", "the page's language"],
            "source_language": ["", "the sources' language, shown for an explainer not translated yet"],
            "ui": [{}, "the page language's strings: explainers, all_explainers, added, updated, corrected, "
                       "date_format, og_locale, translated, untranslated_short, mentioned_in, no_names, "
                       "shared_glossary, nav_faq, paragraph, credit, source, permalink_title"],
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
