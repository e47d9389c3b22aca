"""What every check sees: the site on disk, its layout from mkdocs.yml, the records of its pages, the source
text (when a selected check reads it) and each page's parsed structure, read once however many checks ask.

A context reads the pages its shard owns (all of them, with one shard): `records` holds those pages' records.
Of every page of the site, own or read by another process, a check sees the same summary (`summary`: what a link
to it needs: ids, language, alternates), so a check finds the same with one process or several."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple
from urllib.parse import unquote, urljoin, urlsplit

from .findings import Finding, display_path
from .layout import Layout
from .markdown_links import line_of, link_targets
from .pages import Link, PageRecord, PageSummary, read_page
from .published import EXPLAINER_FILE, published
from .record_cache import RecordCache
from .shard import Shard
from .source import Source
from .structure import PageStructure, markdown_line, parse_html, read_structure
from .text import spaced

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def is_content(page: PageRecord | PageSummary | None) -> bool:
    """A page readers reach through navigation: no 404 page, redirect page or unreadable file."""
    return page is not None and page.path != "404.html" and not page.error and not page.refresh


# Links, ids and markup elements of one page kept between its reading and its checks: a real page has a few
# hundred; a larger one (a hostile page of a million links) is read again when checked, so memory stays bounded.
KEPT_ITEMS = 20_000
RESOLVED_KEPT = 1 << 17  # (page, URL) pairs: the 2,017-page benchmark has about 100,000 distinct


def kept_whole(record: PageRecord) -> bool:
    """Whether a page's record is kept whole between its reading and its checks (and between runs): not larger than
    any real page (KEPT_ITEMS)."""
    return record.size() <= KEPT_ITEMS


class Target(NamedTuple):  # a tuple: the checker makes one for each distinct link of the site
    """Where a URL found on a page points."""
    kind: str  # "internal", "external", "outside-base", "escapes-root", "special"
    file: str = ""  # for "internal": the built file, relative to the site root ("" if none exists)
    path: str = ""  # for "internal": the path below the base path
    fragment: str = ""


@dataclass
class SiteContext:
    site: Path
    site_label: str  # how the site dir is shown in findings
    layout: Layout
    files: list[str]
    records: dict[str, PageRecord]
    sources: dict[str, Source] = field(default_factory=dict)  # slug -> source, read when a check needs them
    translation_report: dict[str, list[Finding]] = field(default_factory=dict)  # page -> its QA findings
    source_sentences: dict = field(default_factory=dict)  # (source path, language) -> its blocks' sentences
    source_texts: dict = field(default_factory=dict)  # source path -> its blocks' text, spaces single
    shard: Shard = Shard()
    # every page's summary: those other processes read, as received; this one's, made as first asked
    summaries: dict[str, PageSummary] = field(default_factory=dict)
    set_aside: set[str] = field(default_factory=set)  # pages too large to keep whole: re-read for their checks
    cache: RecordCache = field(default_factory=lambda: RecordCache(None))  # records kept between runs (none: read all)
    _structures: dict[tuple[str, str], PageStructure | None] = field(default_factory=dict, repr=False)
    _markdown: dict[Path, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _link_targets: dict[Path, tuple[tuple[int, str], ...]] = field(default_factory=dict, repr=False)

    @cached_property
    def file_set(self) -> set[str]:
        return set(self.files)

    @cached_property
    def html_pages(self) -> list[str]:
        return [f for f in self.files if f.endswith((".html", ".htm"))]

    @cached_property
    def content_pages(self) -> list[str]:
        """The site's pages readers reach through navigation: HTML pages but the 404 page and redirect pages."""
        return [f for f in self.html_pages if is_content(self.summary(f))]

    @cached_property
    def redirect_pages(self) -> frozenset[str]:
        """The built files of the moved pages' old addresses (docs/site.yml `moved`): redirect pages by design."""
        site = self.layout.site
        return frozenset(site.built_page(old, language) for old in site.contract.moved for language in site.languages)

    def summary(self, file: str) -> PageSummary | None:
        """What a check may read of any page of the site, read here or by another process (None: no such page)."""
        found = self.summaries.get(file)
        if found is None and file in self.records:
            found = self.summaries[file] = self.records[file].summary()
        return found

    def owns_page(self, page: str) -> bool:
        """Whether a page (by name, in every language) is this shard's to check."""
        explainer = self.layout.site.contract.explainer_of(page)
        return self.shard.owns(explainer.slug if explainer else page)

    def owns_file(self, file: str) -> bool:
        """Whether a built file is this shard's to read and check (a page's files go with the page)."""
        named = self._named.get(file)
        return self.owns_page(named[0]) if named else self.shard.owns(file)

    @cached_property
    def _named(self) -> dict[str, tuple[str, str]]:
        """(page, language) of each page's built file."""
        site = self.layout.site
        return {site.built_page(page, language): (page, language) for page in site.pages for language in site.languages}

    def reading(self, file: str) -> tuple[str, bool, bool] | None:
        """What is read of the structure of the page a file builds (read_structure's kind, units and shown: units
        only where a translation compares them, what readers are shown only where the page is its own); None for
        a file that is no page of the site."""
        named = self._named.get(file)
        if named is None:
            return None
        page, language = named
        compared = any(self.translated(page, other) for other in self.layout.site.translations)
        return self.layout.site.kind(page), compared, self.translated(page, language)

    def add(self, file: str, record: PageRecord, structure: PageStructure | None) -> None:
        """Take a file this shard has read, and its page's structure (explainer.reading). A page larger than any
        real one (KEPT_ITEMS) keeps its summary and a light record: its file checks re-read it."""
        named = self._named.get(file)
        if named is not None and structure is not None:
            self._structures[named] = structure
        if not kept_whole(record):
            self.summaries[file] = record.summary()
            self.set_aside.add(file)
            record = record.light()
        self.records[file] = record

    def whole_records(self) -> Iterator[tuple[str, PageRecord]]:
        """(file, record) of each file this shard read, a page set aside read again (one at a time)."""
        for file, record in self.records.items():
            yield file, (read_page(self.site, file)[0] if file in self.set_aside else record)

    def label(self, relative: str) -> str:
        return f"{self.site_label}/{relative}"

    def built(self, page: str, language: str) -> str:
        return self.layout.built_page(page, language)

    def source_of(self, page: str) -> Source:
        """The source text of the explainer a page belongs to."""
        return self.sources[self.layout.site.contract.explainer_of(page).slug]

    def sources_for(self, page: str) -> list[Source]:
        """The sources a page speaks of: its explainer's own, or every one for a shared page (home, glossary)."""
        explainer = self.layout.site.contract.explainer_of(page)
        return [self.sources[explainer.slug]] if explainer else list(self.sources.values())

    @cached_property
    def memory(self):
        """The translation memory of the site's approved pairs (explainer.memory), its files read as asked."""
        from .memory import Memory  # only translation QA reads it

        return Memory(self.layout.docs_dir, self.layout.site.contract, self.layout.site.source_language)

    @cached_property
    def lexicon(self):
        """WordNet, FreeDict and Voikko for comparing a changed translation's meaning, loaded as first asked."""
        from .meaning import lexicon  # only a changed translation needs it

        return lexicon()

    def source_text(self, source: Source) -> str:
        """A source's text as its blocks read (title, paragraphs, FAQ, credit), its spaces single but every other
        character as received (a quote must match it exactly); made once per run."""
        text = self.source_texts.get(source.path)
        if text is None:
            text = self.source_texts[source.path] = " ".join(spaced(block.text) for block in source.blocks())
        return text

    def translated(self, page: str, language: str) -> bool:
        """Whether a page has its own Markdown in a language (else static-i18n shows the Finnish one there)."""
        return language == self.layout.default_language or self.layout.markdown_for(self.built(page, language)) \
            is not None

    def untranslated_explainers(self) -> list[str]:
        return [e.slug for e in self.layout.site.explainers
                if not all(self.translated(page, language) for page in e.pages for language in self.layout.languages)]

    def structure(self, page: str, language: str) -> PageStructure | None:
        """A page's articles, FAQ and glossary entries as parsed from its built HTML (None if unreadable)."""
        key = (page, language)
        if key not in self._structures:
            record = self.records.get(self.built(page, language))
            self._structures[key] = None if record is None or record.error else read_structure(
                parse_html((self.site / self.built(page, language)).read_bytes()), self.layout.site.kind(page),
                self.built(page, language))
        return self._structures[key]

    def where(self, page: str, language: str, element_id: str = "") -> tuple[str, int]:
        """The Markdown file (and line of the id) a page comes from, else the built file; an explainer's glossary
        entry, which its explainer.yml writes, is found there."""
        built = self.built(page, language)
        markdown = self.layout.markdown_for(built)
        if markdown is None:
            return self.label(built), 0
        line = markdown_line(markdown.read_text(encoding="utf-8"), element_id) if element_id else 0
        if element_id and not line:
            owner = next((e for e in self.layout.site.explainers
                          if any(entry["id"] == element_id and published(entry) for entry in e.glossary)), None)
            if owner is not None:
                contract = self.layout.docs_dir / owner.slug / EXPLAINER_FILE
                rows = contract.read_text(encoding="utf-8").splitlines()
                at = next((n for n, row in enumerate(rows, 1) if row.strip() == f"id: {element_id}"), 0)
                return display_path(contract), at
        return display_path(markdown), line

    def link_finding(self, page: str, link: Link, message: str) -> Finding:
        """A finding about a link: at the Markdown line that wrote it, the built file named second; at the
        built file when the link comes from the theme (navigation, header) rather than the page's Markdown."""
        markdown = self.layout.markdown_for(page)
        line = line_of(self.link_targets(markdown), link.url) if markdown else 0
        if not line:
            return Finding(self.label(page), link.line, message)
        return Finding(display_path(markdown), line, f"{message} (built: {self.label(page)}:{link.line})")

    def markdown_lines(self, markdown: Path) -> tuple[str, ...]:
        """A Markdown file's lines, read once per run (an editor's change shows in the next run)."""
        lines = self._markdown.get(markdown)
        if lines is None:
            lines = self._markdown[markdown] = tuple(markdown.read_text(encoding="utf-8").splitlines())
        return lines

    def link_targets(self, markdown: Path) -> tuple[tuple[int, str], ...]:
        """(line, URL) of each link a Markdown file writes, found once per run."""
        targets = self._link_targets.get(markdown)
        if targets is None:
            targets = self._link_targets[markdown] = link_targets(self.markdown_lines(markdown))
        return targets

    def missing(self, page: str, language: str) -> Finding:
        return Finding(self.label(self.built(page, language)), 0, "page is missing or unreadable")

    def page_url(self, relative: str) -> str:
        return self.layout.page_url(relative)

    @cached_property
    def _resolved(self):
        """resolve() with its (page, URL) pairs remembered: the most recent RESOLVED_KEPT of them, so a page of a
        million distinct links costs no more memory than a normal site (whose links all fit)."""
        return lru_cache(maxsize=RESOLVED_KEPT)(self._resolve_once)

    @cached_property
    def _origin(self) -> tuple[str, str]:
        site = urlsplit(self.layout.site_url)
        return site.scheme, site.netloc

    def resolve(self, page: str, url: str) -> Target:
        """Where a URL on a page points; each (page, URL) is resolved once, however many checks ask."""
        return self._resolved(page, url)

    def _resolve_once(self, page: str, url: str) -> Target:
        url = url.strip()
        depth = page.count("/")  # the page's folders below the site root
        if depth and url.startswith("../" * depth) and not url.startswith("../" * (depth + 1)):
            # climbs exactly to the site root (as a theme's links do): the same as the rest from the home page, so
            # every page's copy of the link is resolved once
            return self.resolve("index.html", url[3 * depth:])
        return self._resolve(page, url)

    def _resolve(self, page: str, url: str) -> Target:
        """Resolve a URL as a browser on the published site would, then map it to a built file."""
        if url.startswith(self.layout.site_url):  # the site's own absolute URLs (canonical, hreflang): a path
            url = self.layout.base_path + url[len(self.layout.site_url):]
        scheme = _SCHEME.match(url)
        if scheme and scheme.group(1).lower() in ("mailto", "tel", "javascript", "data"):
            return Target("special")
        if scheme or url.startswith("//"):
            parts = urlsplit(urljoin(self.page_url(page), url))
            if parts.scheme not in ("http", "https") or (parts.scheme, parts.netloc) != self._origin:
                return Target("external")
            path, fragment = parts.path, parts.fragment
        else:
            path, fragment = self._merged(page, url)
        fragment = unquote(fragment)
        if not path.startswith(self.layout.base_path):
            # a relative link that climbs above the host root is clamped there, as browsers do
            return Target("outside-base" if url.startswith("/") else "escapes-root", fragment=fragment)
        below = unquote(path[len(self.layout.base_path):])
        if ".." in below.split("/"):
            return Target("escapes-root", fragment=fragment)
        return Target("internal", self._file_for(below), below, fragment)

    def _merged(self, page: str, url: str) -> tuple[str, str]:
        """(URL path, fragment) of a link without a scheme on a page, query dropped, dot segments removed.
        Relative and root-relative links are most of a site's links; urljoin for each of them was the checker's hot
        spot, and this is the same RFC 3986 merge for the no-scheme case."""
        reference, _, fragment = url.partition("#")
        reference = reference.split("?", 1)[0]
        if reference.startswith("/"):
            path = reference
        else:
            folder = self._page_path(page).rsplit("/", 1)[0] + "/"
            path = folder + reference if reference else self._page_path(page)
        trailing = path.endswith("/") or path.endswith("/.") or path.endswith("/..")
        path = posixpath.normpath(path) + ("/" if trailing else "")
        return "/" + path.lstrip("/"), fragment  # normpath keeps a leading "//"

    def _page_path(self, page: str) -> str:
        """The URL path of a built page ("faq/index.html" -> "/repo/faq/")."""
        path = self._page_paths.get(page)
        if path is None:
            path = self._page_paths[page] = self.layout.base_path + page.removesuffix("index.html")
        return path

    @cached_property
    def _page_paths(self) -> dict[str, str]:
        return {}

    def _file_for(self, below: str) -> str:
        """The built file a path below the base path serves: a folder serves its index.html."""
        files = self.file_set
        if below and not below.endswith("/"):
            if below in files:
                return below
            below += "/"
        return below + "index.html" if below + "index.html" in files else ""
