"""Reads each built file of the site once into a small record that the checks share."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from lxml import etree

from .structure import parse_html

# Attributes that load or link something, by tag
_URL_ATTRIBUTES = {
    "a": ("href",), "area": ("href",), "link": ("href",), "img": ("src",), "script": ("src",), "source": ("src",),
    "iframe": ("src",), "video": ("src", "poster"), "audio": ("src",), "form": ("action",),
}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]*)\1\s*\)|@import\s+(['"])([^'"]+)\3""")
# Larger files are reported, not parsed. A built page of this site is far under 1 MiB (the largest, the shared
# people page, is 24 KiB); a dense page costs about 70 times its size while it is read (an 8 MiB page of 386,000 ids:
# 364 MB for libxml2's tree, 574 MB with its record), so 1 MiB keeps two processes within the 500 MB target.
MAX_PAGE_BYTES = 1024 * 1024
# What _read_html reads of a page: id and style attributes, and the elements that link or hold CSS or JSON-LD.
_IDS = etree.XPath("//@id")
_STYLES = etree.XPath("//@style")
_TAGS = (*_URL_ATTRIBUTES, "style", "meta")
# Elements and attributes that may run, embed, submit or load something (explainer.checks_markup), read in the
# content (all a page's Markdown can reach, see _markup) and <base> anywhere.
MARKUP_TAGS = ("script", "iframe", "frame", "frameset", "object", "embed", "applet", "portal", "form",
               "base", "meta", "link")
LOADING = ("src", "srcset", "poster", "data", "background", "action", "formaction", "ping", "href", "xlink:href")
_MARKUP_ATTRIBUTES = frozenset(LOADING) - {"href"}  # and on* handlers; a link's href is no resource
_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
_ARTICLE = etree.XPath(f"(//article[{_CLASS.format('md-content__inner')}])[1]")  # Material's, before any content
_FOOTER = etree.XPath(f"(//footer[{_CLASS.format('md-footer')}][not(ancestor::template)])[last()]")  # after it
_ATTRIBUTES_ON = etree.XPath("descendant-or-self::*/@* | following::*/@*")  # filtered in Python: faster
_ELEMENTS_ON = etree.XPath("descendant-or-self::* | following::*")


FEED_TYPES = ("application/atom+xml", "application/rss+xml")


class Markup(NamedTuple):  # an element of the content that may run, embed, submit or load something
    tag: str
    attributes: tuple[tuple[str, str], ...]
    line: int
    text: str = ""  # the start of an inline script


class Link(NamedTuple):  # a tuple: a site has hundreds of thousands
    element: str  # tag name, or "css" for a stylesheet url()
    attribute: str
    url: str
    line: int
    rel: str = ""
    hreflang: str = ""
    switcher: bool = False  # Material's language switcher


@dataclass
class PageRecord:
    path: str  # relative to the site root, POSIX
    lang: str = ""
    ids: dict[str, list[int]] = field(default_factory=dict)  # id -> lines where it occurs
    links: list[Link] = field(default_factory=list)
    refresh: list[tuple[str, int]] = field(default_factory=list)  # meta refresh targets
    jsonld: list[tuple[str, int]] = field(default_factory=list)  # raw JSON-LD blocks
    error: str = ""  # why the file could not be read
    markup: list[Markup] = field(default_factory=list)  # the content's elements of MARKUP_TAGS and LOADING

    def size(self) -> int:
        """What keeping this record costs, in items: its links, ids and markup."""
        return len(self.links) + len(self.ids) + len(self.markup)

    def light(self) -> PageRecord:
        """This record without its links, ids and markup (a page too large to keep whole; its summary keeps its ids)."""
        return PageRecord(self.path, self.lang, refresh=self.refresh, jsonld=self.jsonld, error=self.error)

    def summary(self) -> PageSummary:
        """What the checks of other pages read of this one."""
        return PageSummary(self.path, self.lang, frozenset(self.ids),
                           tuple(link for link in self.links if link.rel in ("alternate", "canonical")),
                           tuple(self.refresh), self.error)


class PageSummary(NamedTuple):
    """What a check may read of any page of the site, whichever process read it: its ids, language, alternate and
    canonical links, refresh targets and state (plain data: it pickles fast to another process)."""
    path: str
    lang: str
    ids: frozenset[str]
    alternates: tuple[Link, ...]  # its <link rel="alternate"> and <link rel="canonical">
    refresh: tuple[tuple[str, int], ...]
    error: str


def _read_limited(path: Path) -> tuple[bytes, str]:
    """A file's bytes, or why they were not read (too large, or unreadable)."""
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            return b"", f"file is {size:,} bytes, larger than the {MAX_PAGE_BYTES // 2**20} MiB limit"
        with path.open("rb") as file:
            # its size, and one byte more to see it grew: read(limit) would allocate the whole limit for each page
            raw = file.read(size + 1)
            if len(raw) > size:  # it grew after its size was taken: read on, up to just past the limit
                raw += file.read(MAX_PAGE_BYTES + 1 - len(raw))
    except OSError as error:
        return b"", f"cannot read the file: {error.strerror}"
    if len(raw) > MAX_PAGE_BYTES:  # it grew after its size was taken
        return b"", f"file is larger than the {MAX_PAGE_BYTES // 2**20} MiB limit"
    return raw, ""


def _read_bytes(path: Path) -> tuple[bytes, str]:
    """A page's bytes, or why they are not a readable HTML page."""
    raw, error = _read_limited(path)
    if error:
        return b"", error
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        return b"", f"not UTF-8 (byte {error.start})"
    nul = raw.find(b"\0")
    if nul >= 0:  # valid UTF-8 but binary (a truncated download, a mis-named file): no HTML page has NUL
        return b"", f"binary content (NUL byte at {nul})"
    return raw, ""


def page_bytes(site: Path, relative: str) -> tuple[bytes, str]:
    """An HTML page's bytes, or why they are not a readable page."""
    return _read_bytes(site / relative)


def html_record(relative: str, raw: bytes, error: str = ""):
    """The record of a page read as `raw` (or not readable, as `error` says) and its parsed tree (None if
    unreadable)."""
    record = PageRecord(relative, error=error)
    if record.error:
        return record, None
    document, record.error = _parse(raw)
    if document is None:
        return record, None
    record.lang = document.get("lang", "")
    # libxml2 picks out what the checks read (ids, URL attributes, srcset, inline CSS, meta refresh, JSON-LD): a
    # page's other elements are most of it, and a Python step for each was the checker's largest cost.
    record.ids = _ids(document, raw)
    _read_elements(document, record)
    record.links.extend(_inline_style_links(document))
    record.markup = _markup(document)
    return record, document


def _parse(raw: bytes):
    """(the parsed tree, "") or (None, why the page cannot be parsed)."""
    try:
        return parse_html(raw), ""
    except (etree.ParserError, ValueError) as error:
        return None, f"cannot parse the HTML: {error}"


def _ids(document, raw: bytes) -> dict[str, list[int]]:
    """Each id of the page with the lines where it occurs. A <template>'s content is not part of the document: its
    ids are no fragment targets (its links still count)."""
    inert = set(document.xpath("//template//*")) if b"<template" in raw else set()
    ids: dict[str, list[int]] = {}
    for element_id in _IDS(document):
        element = element_id.getparent()
        if element not in inert:
            ids.setdefault(str(element_id), []).append(element.sourceline or 0)
    return ids


def _read_elements(document, record: PageRecord) -> None:
    """One pass over the elements of _TAGS: each one's URL attributes as links, then what its tag adds (_READERS)."""
    links = record.links
    for element in document.iter(*_TAGS):
        tag = element.tag
        line = element.sourceline or 0
        get = element.get
        for attribute in _URL_ATTRIBUTES.get(tag, ()):
            url = get(attribute)
            if url is not None:
                links.append(Link(tag, attribute, url, line, _rel(tag, get), get("hreflang") or "",
                                  tag == "a" and "md-select__link" in (get("class") or "").split()))
        reader = _READERS.get(tag)
        if reader is not None:  # only a few tags: the call is made for those elements alone
            reader(element, line, record)


def _rel(tag: str, get) -> str:
    """A link's rel, "feed" for a <link rel="alternate"> to a news feed: it is no page in another language."""
    rel = (get("rel") or "").lower()
    if tag == "link" and rel == "alternate" and (get("type") or "").lower() in FEED_TYPES:
        return "feed"
    return rel


def _read_srcset(element, line: int, record: PageRecord) -> None:
    """An <img> or <source>'s srcset candidates, each a link."""
    for candidate in (element.get("srcset") or "").split(","):
        if candidate.strip():
            record.links.append(Link(element.tag, "srcset", candidate.split()[0], line))


def _read_style(element, line: int, record: PageRecord) -> None:
    """A <style> element's url() and @import targets."""
    record.links.extend(_css_links(element.text or "", line))


def _read_refresh(element, line: int, record: PageRecord) -> None:
    """The head's meta refresh target, as a redirect page has (one in the content is markup that checks_markup
    reports)."""
    if (element.get("http-equiv") or "").lower() != "refresh" or element.getparent().tag != "head":
        return
    match = re.search(r"url\s*=\s*['\"]?([^'\"]*)", element.get("content") or "", re.I)
    if match:
        record.refresh.append((match.group(1).strip(), line))


def _read_jsonld(element, line: int, record: PageRecord) -> None:
    """A JSON-LD block, as written."""
    if element.get("type") == "application/ld+json":
        record.jsonld.append((element.text or "", line))


# What an element of these tags adds to the record beside its URL attributes (_read_elements)
_READERS = {"img": _read_srcset, "source": _read_srcset, "style": _read_style, "meta": _read_refresh,
            "script": _read_jsonld}


def _inline_style_links(document) -> list[Link]:
    """The url() and @import targets of every style attribute."""
    links = []
    for style in _STYLES(document):
        if style:
            links.extend(_css_links(str(style), style.getparent().sourceline or 0))
    return links


def _markup(document) -> list[Markup]:
    """The content's elements of MARKUP_TAGS or with a _MARKUP_ATTRIBUTES or on* attribute, and every <base>. The
    content is what a page's Markdown can reach: everything from Material's article to its footer in document
    order, wherever raw HTML closes the article or the main area (Material's sidebars come before it), but not the
    theme's own script at its end; all of a page the theme did not make (a raw .html file in docs/)."""
    article = next(iter(_ARTICLE(document)), None)
    footer = next(iter(_FOOTER(document)), None) if article is not None else None
    found = dict.fromkeys(_tagged(document, article, footer))
    after = set(_ELEMENTS_ON(footer)) if footer is not None else set()
    for attribute in _ATTRIBUTES_ON(document if article is None else article):
        name = attribute.attrname
        if name in _MARKUP_ATTRIBUTES or name.startswith("on") or (
                name == "href" and attribute.getparent().tag not in ("a", "area")):
            found[attribute.getparent()] = None
    found.update(dict.fromkeys(element for element in document.iter("base")))
    theirs = _theme_script(article, footer)
    return sorted((Markup(element.tag, tuple(element.items()), element.sourceline or 0, (element.text or "")[:80])
                   for element in found if element not in after and element is not theirs),
                  key=lambda markup: markup.line)


def _tagged(document, article, footer) -> list:
    """The elements of MARKUP_TAGS after the article and before the footer (all of them without an article)."""
    if article is None:
        return list(document.iter(*MARKUP_TAGS))
    tagged, inside = [], False
    for element in document.iter(*MARKUP_TAGS, "article", "footer"):  # document order, filtered by libxml2
        if element is footer:
            break
        if inside and element.tag in MARKUP_TAGS:
            tagged.append(element)
        inside = inside or element is article
    return tagged


def _theme_script(article, footer):
    """Material's inline script after the article (partials/javascripts/content.html): the last element before
    the footer, where no content can come, outside the article; None if the theme wrote none there."""
    last = footer.getprevious() if footer is not None else None
    while last is not None and any(isinstance(child.tag, str) for child in last):
        last = [child for child in last if isinstance(child.tag, str)][-1]  # its last element, comments skipped
    if last is None or last.tag != "script" or last.get("src") is not None:
        return None
    return None if any(ancestor is article for ancestor in last.iterancestors("article")) else last


def _css_links(css: str, first_line: int) -> list[Link]:
    links = []
    for match in _CSS_URL.finditer(css):
        url = match.group(2) if match.group(2) is not None else match.group(4)
        links.append(Link("css", "url", url.strip(), first_line + css.count("\n", 0, match.start())))
    return links


def _read_css(site: Path, relative: str) -> PageRecord:
    record = PageRecord(relative)
    raw, error = _read_limited(site / relative)
    try:
        css = raw.decode("utf-8")
    except UnicodeDecodeError as decoding:
        error = str(decoding)
    if error:
        record.error = f"cannot read the stylesheet: {error}"
        return record
    record.links = _css_links(css, 1)
    return record


def read_page(site: Path, relative: str):
    """(record, parsed tree) of an HTML page, or (record, None) for a stylesheet or an unreadable page."""
    return (_read_css(site, relative), None) if relative.endswith(".css") else \
        html_record(relative, *page_bytes(site, relative))


def checked(files: list[str]) -> list[str]:
    """The files the checker reads: HTML pages and stylesheets."""
    return [f for f in files if f.endswith((".html", ".htm", ".css"))]


def site_files(site: Path) -> list[str]:
    """Every regular file below the site root, relative and sorted; symlinked folders are not followed."""
    files: list[str] = []

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as scanned:  # a directory entry knows its type: no stat per file
            entries = sorted(scanned, key=lambda entry: entry.name)
        folders = []
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                folders.append(entry)
            elif entry.is_file():
                files.append(prefix + entry.name)
        for entry in folders:  # a folder's files, then its folders (as os.walk lists them)
            walk(entry.path, f"{prefix}{entry.name}/")

    walk(str(site), "")
    return files


def json_blocks(record: PageRecord):
    """The page's JSON-LD blocks, parsed, with their lines; a block that is not JSON yields its error."""
    for text, line in record.jsonld:
        try:
            yield json.loads(text), line, None
        except json.JSONDecodeError as error:
            yield None, line, str(error)
