"""Link checks: internal targets, fragments, ids, hreflang and the switcher, the sitemap, canonical links."""

from __future__ import annotations

import re
from typing import Iterator
from urllib.parse import urlsplit

from lxml import etree

from .checks_markup import Unsafe, declared, unsafe_url
from .context import SiteContext
from .findings import SITE, Finding, check
from .pages import Link, PageRecord, PageSummary

NAVIGATION = ("a", "area")
_MAILTO = re.compile(r"^mailto:[^@\s/]+@[^@\s/]+\.[^@\s/]+(\?.*)?$", re.I)
_TEL = re.compile(r"^tel:\+?[0-9().\- ]{3,}$", re.I)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")
SITEMAP = "sitemap.xml"
XHTML = "{http://www.w3.org/1999/xhtml}"
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@check("unreadable")
def unreadable(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """Every HTML page and stylesheet can be read and parsed."""
    if record.error:
        yield Finding(context.label(page), 0, record.error)


@check("internal-link")
def internal_links(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """Every internal href, src, srcset candidate and CSS url() resolves to a built file under the base path."""
    for link in record.links:
        if not link.url or link.url.startswith("#"):
            continue
        target = context.resolve(page, link.url)
        if target.kind in ("outside-base", "escapes-root", "internal") and not target.file and unsafe_url(link.url):
            continue  # no path of this site but a script, a file or another host (bad-link, foreign-resource)
        where = f'<{link.element} {link.attribute}="{link.url}">'
        if target.kind == "outside-base":
            yield context.link_finding(page, link, f"{where} misses the base path {context.layout.base_path}")
        elif target.kind == "escapes-root":
            yield context.link_finding(page, link, f"{where} escapes the site root")
        elif target.kind == "internal" and not target.file:
            yield context.link_finding(page, link, f"{where} points to /{target.path}, which the site does not have")


@check("fragment")
def fragments(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """Every #fragment exists on its target page (percent-decoded, exact case)."""
    for link in record.links:
        if link.element == "css" or "#" not in link.url or link.url == "#":
            continue
        target = context.resolve(page, link.url)
        if target.kind != "internal" or not target.file or not target.fragment:
            continue
        other = context.summary(target.file)
        if other is None or other.error:
            continue  # not an HTML page, or reported as unreadable
        if target.fragment not in other.ids and not unsafe_url(link.url):
            yield context.link_finding(page, link, f'"{link.url}": /{target.path} has no id "{target.fragment}"')


@check("duplicate-id")
def duplicate_ids(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """No id occurs twice on a page."""
    for element_id, lines in record.ids.items():
        if len(lines) > 1:
            yield Finding(context.label(page), lines[1],
                          f'id "{element_id}" occurs {len(lines)} times (first on line {lines[0]})')


@check("bad-link")
def bad_links(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """No empty or "#" link, no javascript:, vbscript:, data: or file: link or disguised host; sound mailto:, tel:.
    A disguised host is //host, \\\\host, https:host or https://trusted@host; a javascript: (vbscript:, data:,
    file:) link may be declared in docs/site.yml `allowed-markup`."""
    for link in record.links:
        if link.element not in NAVIGATION and link.element != "link":
            continue
        finding = _bad_link(context, page, link)
        if finding is not None:
            yield finding


def _bad_link(context: SiteContext, page: str, link: Link) -> Finding | None:
    """What is wrong with a link or a <link>'s address (the first of bad-link's faults), None if nothing."""
    url = link.url.strip()
    scheme = _SCHEME.match(url)
    scheme = scheme.group(1).lower() if scheme else ""
    where = f'<{link.element} {link.attribute}="{link.url}">'
    unsafe = unsafe_url(url) if url else None
    if not url:
        return Finding(context.label(page), link.line, f"{where}: empty link")
    if url == "#" and link.element in NAVIGATION:
        return Finding(context.label(page), link.line, f'{where}: "#" is not a link target')
    if unsafe:
        allowed = _allowed(context, page, link, unsafe)
        return None if allowed else context.link_finding(page, link, f"{where}: {unsafe.reason}")
    if scheme == "mailto" and not _MAILTO.match(url):
        return Finding(context.label(page), link.line, f"{where}: malformed mailto: address")
    if scheme == "tel" and not _TEL.match(url):
        return Finding(context.label(page), link.line, f"{where}: malformed tel: number")
    return None


def _allowed(context: SiteContext, page: str, link: Link, unsafe: Unsafe) -> bool:
    """Whether docs/site.yml `allowed-markup` declares an unsafe link's scheme for its element on this page."""
    named = context.layout.site.page_of(page)
    return bool(unsafe.scheme and named and declared(context, named[0], link.element, "", unsafe.scheme))


@check("meta-refresh")
def meta_refresh(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """Every meta-refresh target resolves to a built file; only a redirect page of docs/site.yml `moved` has one.
    (One in a page's content is active-content's.)"""
    for url, line in record.refresh:
        target = context.resolve(page, url)
        if target.kind != "external" and not target.file:
            yield Finding(context.label(page), line, f'refresh target "{url}" does not exist')
        if page not in context.redirect_pages:  # a page readers come to read: a refresh would send them elsewhere
            yield Finding(context.label(page), line,
                          f'a meta refresh to "{url}" on a page that is no redirect page of docs/site.yml moved')


@check("canonical", content=True)
def canonical(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """Each content page has one absolute canonical link, to itself."""
    links = [link for link in record.links if link.element == "link" and link.rel == "canonical"]
    if len(links) != 1:
        yield Finding(context.label(page), 0, f"{len(links)} canonical links, expected 1")
        return
    link = links[0]
    if not urlsplit(link.url).scheme:
        yield Finding(context.label(page), link.line, f'canonical "{link.url}" is not absolute')
    elif context.resolve(page, link.url).file != page:
        yield Finding(context.label(page), link.line,
                      f'canonical "{link.url}" is not this page ({context.page_url(page)})')


def _alternates(page: PageRecord | PageSummary):
    links = page.alternates if isinstance(page, PageSummary) else page.links
    return [link for link in links if link.element == "link" and link.rel == "alternate" and link.hreflang]


@check("hreflang", content=True)
def hreflang(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """Each content page has absolute, reciprocal hreflang alternates for every language and x-default."""
    languages = context.layout.languages
    alternates = _alternates(record)
    found = {link.hreflang: link for link in alternates}
    for missing in [lang for lang in (*languages, "x-default") if lang not in found]:
        yield Finding(context.label(page), 0, f'no <link rel="alternate" hreflang="{missing}">')
    for link in alternates:
        yield from _alternate(context, page, record, link)


def _alternate(context: SiteContext, page: str, record: PageRecord, link: Link) -> Iterator[Finding]:
    """One hreflang alternate: absolute, to a page in its language, which links back to this one."""
    where = f'hreflang="{link.hreflang}" href="{link.url}"'
    if not urlsplit(link.url).scheme:
        yield Finding(context.label(page), link.line, f"{where} is not absolute")
        return
    target = context.resolve(page, link.url)
    other = context.summary(target.file) if target.file else None
    if other is None:
        yield Finding(context.label(page), link.line, f"{where} points to no page")
        return
    if other.error:
        return  # reported by "unreadable"
    expected = context.layout.languages[0] if link.hreflang == "x-default" else link.hreflang
    if other.lang != expected:
        yield Finding(context.label(page), link.line,
                      f'{where} points to a page in "{other.lang}", expected "{expected}"')
    elif link.hreflang != "x-default" and target.file != page:
        back = {context.resolve(target.file, a.url).file for a in _alternates(other) if a.hreflang == record.lang}
        if page not in back:
            yield Finding(context.label(page), link.line, f"{where}: that page does not link back to this one")


@check("language-switcher", content=True)
def language_switcher(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """The language switcher offers every language and leads to this page's own translation."""
    switcher = {link.hreflang: link for link in record.links if link.switcher}
    alternates = {a.hreflang: context.resolve(page, a.url).file for a in _alternates(record)}
    for language in context.layout.languages:
        link = switcher.get(language)
        if link is None:
            yield Finding(context.label(page), 0, f'no switcher entry for "{language}"')
            continue
        target = context.resolve(page, link.url).file
        if language in alternates and target != alternates[language]:
            yield Finding(context.label(page), link.line,
                          f'"{language}" entry "{link.url}" is not this page\'s translation')


@check("language-leak", content=True)
def language_leak(context: SiteContext, page: str, record: PageRecord) -> Iterator[Finding]:
    """Content links stay in the page's language, unless hreflang declares the change."""
    own = record.lang
    for link in record.links:
        if link.element not in NAVIGATION or link.switcher or not link.url:
            continue
        target = context.resolve(page, link.url)
        other = context.summary(target.file) if target.kind == "internal" else None
        if other is None or not other.lang or other.lang == own or link.hreflang == other.lang:
            continue
        yield Finding(context.label(page), link.line,
                      f'"{link.url}" leads from a "{own}" page to a "{other.lang}" page')


@check("sitemap", scope=SITE)
def sitemap(context: SiteContext) -> Iterator[Finding]:
    """sitemap.xml parses, its <loc> and xhtml:link targets exist, and it lists every content page."""
    tree, unusable = _sitemap_tree(context)
    if tree is None:
        yield unusable
        return
    label = context.label(SITEMAP)
    pages = {context.page_url(page) for page in context.html_pages}  # the usual entry: a page's own URL
    urls = set()
    for element in tree.iter(f"{SITEMAP_NS}loc", f"{XHTML}link"):
        url = ((element.text if element.tag.endswith("loc") else element.get("href")) or "").strip()
        if element.tag.endswith("loc"):
            urls.add(url)
        if url not in pages:
            target = context.resolve("index.html", url)
            if target.kind != "internal" or not target.file:
                yield Finding(label, element.sourceline or 0, f'"{url}" is not a page of this site')
    yield from _unlisted(context, label, urls)


def _sitemap_tree(context: SiteContext):
    """(the parsed sitemap.xml, None), or (None, the finding that there is none or it is not XML)."""
    label = context.label(SITEMAP)
    if SITEMAP not in context.file_set:
        return None, Finding(label, 0, "the site has no sitemap.xml")
    try:
        tree = etree.parse(str(context.site / SITEMAP), etree.XMLParser(resolve_entities=False, no_network=True))
    except (etree.XMLSyntaxError, OSError) as error:
        return None, Finding(label, getattr(error, "lineno", 0) or 0, f"not valid XML: {error}")
    return tree, None


def _unlisted(context: SiteContext, label: str, urls: set[str]) -> Iterator[Finding]:
    """Each content page the sitemap's <loc> entries do not list."""
    listed = None
    for page in context.content_pages:
        if context.page_url(page) in urls:
            continue
        if listed is None:  # listed under another spelling of its URL: only then is every entry resolved
            listed = {context.resolve("index.html", url).file for url in urls}
        if page not in listed:
            yield Finding(label, 0, f"{context.page_url(page)} is not listed")


@check("moved", scope=SITE)
def moved(context: SiteContext) -> Iterator[Finding]:
    """Each moved page's old address (docs/site.yml, `moved`) redirects to its new page, canonical included."""
    site = context.layout.site
    for old, new in site.contract.moved.items():
        for language in site.languages:
            page, target = site.built_page(old, language), site.built_page(new, language)
            record = context.summary(page)
            if record is None or not record.refresh:
                yield Finding(context.label(page), 0, f"the old address of {new} is not a redirect page")
                continue
            url, line = record.refresh[0]
            if context.resolve(page, url).file != target:
                yield Finding(context.label(page), line, f'redirects to "{url}", not to /{target}')
            canonical = [link.url for link in record.alternates if link.rel == "canonical"]
            if canonical != [context.page_url(target)]:
                yield Finding(context.label(page), 0, f"canonical is {canonical}, not {context.page_url(target)}")
