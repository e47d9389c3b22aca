"""An Atom feed per language (`feed.xml`, `en/feed.xml`): the explainers, the latest change first, each with the
day it was added and last updated, its title and summary in the feed's language (the Finnish ones, marked so, for
an explainer not translated yet) and its article's address in that language; then the corrections readers are
shown, newest first, each linked to its entry. Written with lxml, so every text is XML-escaped; the same site
gives the same bytes (no clock is read)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from lxml import etree

from ..corrections import Correction
from ..feed_entries import ATOM, XML_LANG, corrected, correction_entry, entries, feed_path, moment
from ..published import Explainer
from ..site import Site


def write(folder: Path, site: Site, site_url: str, titles: dict[str, str], labels: dict[str, str]) -> None:
    """Each language's feed, titled with the site's name in that language; a correction's title is the label
    ("Corrected") and what it corrected (its explainer's title, or the site's name)."""
    listed = entries(site)
    for language in site.languages:
        path = folder / feed_path(site, language)
        path.parent.mkdir(parents=True, exist_ok=True)
        feed = _feed(site, site_url, language, titles[language], listed)
        for correction in corrected(site):
            title = correction_title(site, correction, titles[language], language)
            feed.append(_correction(site, site_url, language, correction, f"{labels[language]}: {title}"))
        path.write_bytes(etree.tostring(feed, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def correction_title(site: Site, entry: Correction, site_name: str, language: str) -> str:
    """What a correction corrected, by name: its explainer's title in the language, else the site's name."""
    explainer = site.contract.explainer_of(entry.page)
    return site.title(explainer, language) if explainer else site_name


def _correction(site: Site, site_url: str, language: str, correction: Correction, title: str) -> etree._Element:
    identity, link = correction_entry(site, site_url, language, correction)
    entry = etree.Element(f"{{{ATOM}}}entry")
    _text(entry, "id", identity)
    _text(entry, "title", title)
    _text(entry, "summary", correction.now).set(XML_LANG, correction.language)  # the text as it reads now
    _text(entry, "published", moment(correction.day))
    _text(entry, "updated", moment(correction.day))
    etree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", hreflang=language, href=link)
    return entry


def _feed(site: Site, site_url: str, language: str, title: str, listed: list[Explainer]) -> etree._Element:
    home = urljoin(site_url, site.page_path("index", language))
    feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM})
    feed.set(XML_LANG, language)
    _text(feed, "id", home)
    _text(feed, "title", title)
    _text(feed, "updated", moment(max((e.modified for e in listed), default="1970-01-01")))
    etree.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=urljoin(site_url, feed_path(site, language)))
    etree.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", hreflang=language, href=home)
    for explainer in listed:
        feed.append(_entry(site, site_url, language, explainer))
    return feed


def _entry(site: Site, site_url: str, language: str, explainer: Explainer) -> etree._Element:
    address = urljoin(site_url, site.page_path(explainer.page("article") or explainer.pages[0], language))
    entry = etree.Element(f"{{{ATOM}}}entry")
    _text(entry, "id", address)
    text_language = language if language in explainer.title else site.default_language
    title = _text(entry, "title", site.title(explainer, language))
    summary = _text(entry, "summary", explainer.summary.get(language) or explainer.summary[site.default_language])
    if text_language != language:  # not translated yet: its Finnish title and summary, said to be Finnish
        title.set(XML_LANG, text_language)
        summary.set(XML_LANG, text_language)
    _text(entry, "published", moment(explainer.added))
    _text(entry, "updated", moment(explainer.modified))
    etree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", hreflang=language, href=address)
    return entry


def _text(parent: etree._Element, name: str, text: str) -> etree._Element:
    element = etree.SubElement(parent, f"{{{ATOM}}}{name}")
    element.text = text
    return element
