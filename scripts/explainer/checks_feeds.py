"""The Atom feeds: each language's feed parses, is in its language, and lists the dated explainers as their
contracts give them, each linking its article in that language; every content page links its language's feed."""

from __future__ import annotations

from typing import Iterator

from lxml import etree

from .context import SiteContext
from .feed_entries import ATOM, XML_LANG, corrected, correction_entry, entries, feed_path, moment
from .findings import FILE, SITE, Finding, check
from .pages import PageRecord

_NS = {"a": ATOM}


@check("feed", scope=SITE)
def feed(content: SiteContext) -> Iterator[Finding]:
    """Each language's Atom feed (feed.xml in its folder) parses without a DTD or entity, says its language, and
    has one entry per dated explainer, the latest change first: its article's address in that language (a page the
    site has), its title in that language, the contract's added and updated days."""
    site = content.layout.site
    for language in site.languages:
        path = feed_path(site, language)
        label = content.label(path)
        if path not in content.file_set:
            yield Finding(label, 0, f"no Atom feed for {language}")
            continue
        try:
            root = etree.parse(str(content.site / path), etree.XMLParser(
                resolve_entities=False, load_dtd=False, no_network=True)).getroot()
        except etree.XMLSyntaxError as error:
            yield Finding(label, 0, f"not valid XML: {error}")
            continue
        if root.tag != f"{{{ATOM}}}feed" or root.get(XML_LANG) != language:
            yield Finding(label, root.sourceline or 0, f'not an Atom feed in "{language}"')
            continue
        yield from _entries(content, path, language, root)


def _corrections(content: SiteContext, path: str, language: str, found: list, corrections: list) \
        -> Iterator[Finding]:
    """The feed's correction entries, newest first: each with its id and link, its day, the label as its title's
    start and the text as it reads now."""
    site, label = content.layout.site, content.label(path)
    start = f"{content.layout.ui[language]['corrected']}: "
    for entry, correction in zip(found, corrections):
        identity, link = correction_entry(site, content.layout.site_url, language, correction)
        wanted = {"id": identity, "published": moment(correction.day), "updated": moment(correction.day),
                  "summary": correction.now}
        for name, value in wanted.items():
            if entry.findtext(f"a:{name}", namespaces=_NS) != value:
                yield Finding(label, entry.sourceline or 0, f'correction {correction.unit}: {name} is not "{value}"')
        if not (entry.findtext("a:title", namespaces=_NS) or "").startswith(start):
            yield Finding(label, entry.sourceline or 0, f'correction {correction.unit}: title does not start "{start}"')
        alternate = entry.find("a:link[@rel='alternate']", _NS)
        href = alternate.get("href", "") if alternate is not None else ""
        target = content.resolve(path, href)
        if href != link or target.kind != "internal" or not target.file:
            yield Finding(label, entry.sourceline or 0, f'correction {correction.unit}: link "{href}" is not {link}')


def _entries(content: SiteContext, path: str, language: str, root) -> Iterator[Finding]:
    site, label = content.layout.site, content.label(path)
    found = root.findall("a:entry", _NS)
    expected, corrections = entries(site), corrected(site)
    if len(found) != len(expected) + len(corrections):
        yield Finding(label, 0, f"{len(found)} entries, not {len(expected) + len(corrections)} (one per dated "
                                "explainer and one per correction shown)")
    yield from _corrections(content, path, language, found[len(expected):], corrections)
    for entry, explainer in zip(found, expected):
        link = entry.find("a:link[@rel='alternate']", _NS)
        href = link.get("href", "") if link is not None else ""
        article = explainer.page("article") or explainer.pages[0]
        address = content.page_url(content.built(article, language))
        target = content.resolve(path, href)
        wanted = {"id": address, "title": site.title(explainer, language),
                  "published": moment(explainer.added), "updated": moment(explainer.modified)}
        for name, value in wanted.items():
            if entry.findtext(f"a:{name}", namespaces=_NS) != value:
                yield Finding(label, entry.sourceline or 0, f'{explainer.slug}: {name} is not "{value}"')
        if href != address or target.kind != "internal" or not target.file:
            yield Finding(label, entry.sourceline or 0, f'{explainer.slug}: link "{href}" is not {address}')


@check("feed-link", scope=FILE, content=True)
def feed_link(content: SiteContext, built: str, record: PageRecord) -> Iterator[Finding]:
    """Every content page links its language's feed from its head (rel=alternate, type=application/atom+xml)."""
    site = content.layout.site
    if not built.endswith((".html", ".htm")):
        return
    language = site.language_of(built)
    wanted = feed_path(site, language)
    links = [link for link in record.links if link.rel == "feed"]
    if not any(content.resolve(built, link.url).file == wanted and link.hreflang == language for link in links):
        yield Finding(content.label(built), 0, f"no link to its language's feed ({wanted}, hreflang {language})")
