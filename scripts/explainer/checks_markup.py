"""Markup checks: what a contribution's raw HTML could slip into a page (red-team rows 8 and 37).

The content (explainer.pages reads it: all a page's Markdown can reach, from Material's article to its footer,
whatever raw HTML closes on the way; all of a page the theme did not make) may run no script, embed, submit,
redirect or load anything from another site, unless docs/site.yml `allowed-markup` declares it for that page.
Anywhere on a page, no link or resource may have an address a browser reads as a script, a local file or a
disguised host (`unsafe_url`, which bad-link shares). A <style> or style attribute in the content is shown-text's
(explainer.shown); a meta refresh in the head is meta-refresh's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator, NamedTuple
from urllib.parse import urljoin, urlsplit

from .findings import Finding, check, display_path
from .pages import MARKUP_TAGS, Markup, PageRecord

if TYPE_CHECKING:  # context imports pages, which this module's readers import first
    from .context import SiteContext

SCHEMES = ("javascript", "vbscript", "data", "file")  # a script, a page made of the URL itself, a local file
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
_ENDS = "".join(map(chr, range(0x21)))  # C0 controls and space: browsers strip them from both ends of a URL
_TAB_NEWLINE = str.maketrans("", "", "\t\n\r")  # and drop these anywhere in it ("java&#x09;script:")
# What each active element does, for its message
_DOES = {"script": "runs a script", "form": "sends what readers type", "base": "changes where every link leads",
         "link": "loads or links a resource", "meta": "sets page behaviour"}
_EMBEDS = "embeds another document"
_URL_OF = ("src", "data", "action", "href", "formaction", "code", "codebase")  # the address an active element uses
_RESOURCE = ("src", "srcset", "poster", "data", "background", "formaction", "ping", "href", "xlink:href")
_NAVIGATION = ("a", "area")  # their href is bad-link's; their ping loads, their xlink:href is checked for schemes
_LINKED = ("img", "script", "source", "iframe", "video", "audio", "form")  # pages.py's URL elements that load
_HINT = "; docs/site.yml allowed-markup can allow it"
_REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\"]*)", re.I)  # a meta refresh's target, as pages.py reads it


class Unsafe(NamedTuple):
    reason: str  # "javascript: link"
    scheme: str  # what a declaration may allow ("javascript:"); "" for a disguised address, which none may


def _cleaned(url: str) -> str:
    """A URL as a browser reads it before parsing: C0 controls and spaces stripped from its ends, tabs and
    newlines dropped anywhere."""
    return url.strip(_ENDS).translate(_TAB_NEWLINE)


@lru_cache(maxsize=8192)  # pure, and asked of every link of every page: a site repeats its links on each page
def unsafe_url(url: str) -> Unsafe | None:
    """Why a browser would take a URL where no link or resource of a page may lead, or None. After the browser's
    clean-up (any case of the scheme; backslashes read as slashes in a web address): a javascript:, vbscript:,
    data: or file: address; or a host written so that a reader cannot see it: //host, \\\\host, https:host,
    https://trusted@host."""
    cleaned = _cleaned(url)
    scheme = _SCHEME.match(cleaned)
    name = scheme.group(1).lower() if scheme else ""
    if name in SCHEMES:
        return Unsafe(f"{name}: link", f"{name}:")
    if name not in ("", "http", "https"):
        return None
    rest = cleaned[len(name) + 1:] if name else cleaned
    slashed = rest.replace("\\", "/")
    if name and not slashed.startswith("//"):
        return Unsafe(f"'{name}:' without '//' (a host or a path, depending on the page's own scheme)", "")
    if not slashed.startswith("//"):
        return None
    host_at = len(slashed) - len(slashed.lstrip("/"))  # a browser skips every slash before a web address's host
    authority = re.split(r"[/?#]", slashed[host_at:], maxsplit=1)[0]
    if "@" in authority:
        return Unsafe(f"a user name before '@': the link leads to {authority.rpartition('@')[2]}", "")
    if "\\" in rest[:host_at]:
        return Unsafe(f"backslashes, which browsers read as '//': a link to the host {authority}", "")
    if host_at > 2:
        return Unsafe(f"{host_at} slashes, which browsers read as '//': a link to the host {authority}", "")
    if not name:
        return Unsafe(f"a protocol-relative link to {authority or 'no host'} (write https://)", "")
    return None


@lru_cache(maxsize=8192)  # pure, asked of every resource of every page
def origin_of(url: str, base: str) -> str:
    """The origin a URL on the page at `base` loads from: "https://host[:port]", or "scheme:" without a host."""
    parts = urlsplit(urljoin(base, _cleaned(url)))
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return f"{scheme}:"
    try:
        port = parts.port
    except ValueError:  # not a number: no origin a declaration could name
        port = -1
    default = 80 if scheme == "http" else 443
    return f"{scheme}://{parts.hostname or ''}" + (f":{port}" if port and port != default else "")


class _Page(NamedTuple):
    """What the markup checks need of one built page."""
    file: str
    record: PageRecord
    name: str  # its page name in the contract ("meta-ai-departures/article"), "" for one it does not have
    url: str
    site: str  # the site's origin
    markup: list[Markup]  # its content's, none for a redirect page (the build writes it: no content)


def _page(context: SiteContext, file: str, record: PageRecord) -> _Page | None:
    """What the markup checks need of a built HTML page (None for another file, or an unreadable page)."""
    if not file.endswith((".html", ".htm")) or record.error:
        return None
    named = context.layout.site.page_of(file)
    return _Page(file, record, named[0] if named else "", context.page_url(file),
                 origin_of(context.layout.site_url, context.layout.site_url),
                 [] if file in context.redirect_pages else record.markup)


def declared(context: SiteContext, page: str, element: str, attribute: str = "", origin: str = "") -> bool:
    """Whether docs/site.yml `allowed-markup` allows exactly this on a page (`origin` "" for the site itself)."""
    return any(allowance.page == page and allowance.element == element and allowance.attribute == attribute
               and allowance.origin == origin for allowance in context.layout.site.contract.allowed_markup)


def _judged(context: SiteContext, page: _Page, element: str, url: str) -> tuple[Unsafe | None, str, bool]:
    """An element's address: why it is unsafe (or None), its origin when another site's ("" for the site's own or
    none), and whether docs/site.yml allows it (a disguised address never is)."""
    unsafe = unsafe_url(url) if url else None
    origin = unsafe.scheme if unsafe else _foreign(page, url) if url else ""
    return unsafe, origin, (not unsafe or bool(unsafe.scheme)) and declared(context, page.name, element, "", origin)


def _hint(unsafe: Unsafe | None) -> str:
    return _HINT if unsafe is None or unsafe.scheme else ""


def _foreign(page: _Page, url: str) -> str:
    """The origin of a URL when it is another than the site's, else ""."""
    origin = origin_of(url, page.url)
    return "" if origin == page.site else origin


def _shown(tag: str, attribute: str = "", value: str = "", text: str = "") -> str:
    """An element as a finding shows it: <tag attribute="value">, an inline script's start after it."""
    value = value if len(value) <= 80 else value[:79] + "…"
    shown = f'<{tag} {attribute}="{value}">' if attribute else f"<{tag}>"
    text = " ".join(text.split())
    return shown + (text[:60] + ("…" if len(text) > 60 else "") if text else "")


def _finding(context: SiteContext, page: _Page, line: int, needle: str, message: str) -> Finding:
    """A finding at the Markdown line that holds `needle` (an attribute's value, a script's start), the built
    file named second; at the built file when the page has no Markdown or the needle is not in it."""
    markdown = context.layout.markdown_for(page.file)
    if markdown is not None and needle.strip():
        at = next((n for n, text in enumerate(context.markdown_lines(markdown), 1) if needle in text), 0)
        if at:
            return Finding(display_path(markdown), at, f"{message} (built: {context.label(page.file)}:{line})")
    return Finding(context.label(page.file), line, message)


# --- active-content -------------------------------------------------------------------------------------------

def _active(context: SiteContext, page: _Page, tag: str, attributes: dict, line: int, text: str):
    """The finding of an active element in the content, unless declared with the origin of its address."""
    if tag == "meta":
        return _meta(context, page, attributes, line)
    attribute = next((name for name in _URL_OF if attributes.get(name)), "")
    url = attributes.get(attribute, "")
    unsafe, origin, allowed = _judged(context, page, tag, url)
    if allowed:
        return None
    does = _DOES.get(tag, _EMBEDS)
    if unsafe:
        does += f": {unsafe.reason}"
    elif origin:
        does += f", {'to' if tag == 'form' else 'from'} {origin}"
    where = "" if tag == "base" else " in the content"  # a <base> is found anywhere
    return _finding(context, page, line, url or text.strip()[:40],
                    f"{_shown(tag, attribute, url, '' if url else text)}{where} {does}{_hint(unsafe)}")


def _meta(context: SiteContext, page: _Page, attributes: dict, line: int):
    """The finding of a <meta> in the content (a refresh there sends readers away: no redirect page has one in
    its content), unless declared with the origin it sends them to."""
    attribute = next((name for name in ("http-equiv", "name", "property", "charset") if attributes.get(name)), "")
    content = attributes.get("content", "")
    target = _REFRESH.search(content) if attributes.get("http-equiv", "").lower() == "refresh" else None
    unsafe, _, allowed = _judged(context, page, "meta", target.group(1).strip() if target else "")
    if allowed:
        return None
    does = f"sends readers to {content!r}" if target else _DOES["meta"]
    does += f": {unsafe.reason}" if unsafe else ""
    return _finding(context, page, line, content or attributes.get(attribute, ""),
                    f"{_shown('meta', attribute, attributes.get(attribute, ''))} in the content {does}{_hint(unsafe)}")


def _handlers(context: SiteContext, page: _Page, tag: str, attributes: dict, line: int):
    """The finding of an element's event handlers that are not declared (one for all of them)."""
    handlers = [name for name in attributes if name.startswith("on") and not declared(context, page.name, tag, name)]
    if not handlers:
        return None
    shown = _shown(tag, handlers[0], attributes[handlers[0]])
    more = f" (and {', '.join(handlers[1:])})" if handlers[1:] else ""
    return _finding(context, page, line, attributes[handlers[0]],
                    f"{shown}{more} in the content: an event handler runs script{_HINT}")


@check("active-content")
def active_content(context: SiteContext, file: str, record: PageRecord) -> Iterator[Finding]:
    """No script, frame, object, form, meta, link or event handler in a page's content, nor a <base> (unless declared).
    (A meta refresh in a page's head is meta-refresh's.)"""
    page = _page(context, file, record)
    for tag, items, line, text in page.markup if page else ():
        attributes = dict(items)
        found = _active(context, page, tag, attributes, line, text) if tag in MARKUP_TAGS else None
        handlers = _handlers(context, page, tag, attributes, line)
        yield from (finding for finding in (found, handlers) if finding is not None)


# --- foreign-resource -----------------------------------------------------------------------------------------

def _urls(attribute: str, value: str) -> list[str]:
    """The URLs of an attribute: srcset's candidates, each without its width or density; ping's, space-separated."""
    if attribute == "srcset":
        return [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]
    return value.split() if attribute == "ping" else [value]


def _resource(context: SiteContext, page: _Page, tag: str, attributes: dict, line: int):
    """The finding of the first address of a content element that loads from another site or is unsafe (a link's
    href is bad-link's, and a link may lead to another site), unless declared."""
    for attribute in _RESOURCE:
        if attribute not in attributes or tag in _NAVIGATION and attribute == "href":
            continue
        for url in _urls(attribute, attributes[attribute]):
            unsafe, origin, allowed = _judged(context, page, tag, url)
            if allowed or not unsafe and (not origin or tag in _NAVIGATION and attribute == "xlink:href"):
                continue
            does = f": {unsafe.reason}{_hint(unsafe)}" if unsafe else f" in the content loads from {origin}{_HINT}"
            return _finding(context, page, line, url, f"{_shown(tag, attribute, url)}{does}")
    return None


@check("foreign-resource")
def foreign_resource(context: SiteContext, file: str, record: PageRecord) -> Iterator[Finding]:
    """Nothing in a page's content loads from another site, nor any resource from javascript:, data:, file: etc.
    A content element's addresses unless declared; anywhere on the page, a javascript:, vbscript:, data: or file:
    address or a disguised host (//host, \\\\host, https:host, https://trusted@host) of a resource."""
    page = _page(context, file, record)
    if page is None:
        return
    content = set()
    for tag, items, line, _ in page.markup:
        attributes = dict(items)
        content.update((tag, line, url) for name, value in items for url in _urls(name, value))
        if tag not in MARKUP_TAGS:  # an active element's address is active-content's
            found = _resource(context, page, tag, attributes, line)
            if found is not None:
                yield found
    for link in record.links:  # the theme's resources too (the content's are above)
        if link.element in _LINKED and (link.element, link.line, link.url) not in content:
            unsafe = unsafe_url(link.url)
            if unsafe is not None:
                yield Finding(context.label(file), link.line,
                              f"{_shown(link.element, link.attribute, link.url)}: {unsafe.reason}")
