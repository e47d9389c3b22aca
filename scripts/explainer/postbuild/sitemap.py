"""The pages the explainer plugin makes in the sitemap: the archive's and the corrections page.

static-i18n writes the sitemap from the pages it has sorted into languages; the pages the explainer plugin adds to
each language build are not among them. Each is added here with its alternates, like the others.
"""

from __future__ import annotations

import gzip
from pathlib import Path
from urllib.parse import urljoin

from lxml import etree
from mkdocs.exceptions import PluginError

from ..corrections import PAGE as CORRECTIONS_PAGE
from ..listings import ARCHIVE, archive_pages
from ..site import Site

NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


class SitemapError(PluginError):
    """sitemap.xml is not a sitemap this step can read safely (one line: a build reports it as its one error)."""


def add_generated(folder: Path, site: Site, site_url: str) -> None:
    """Every page the plugin makes in every language, once (a sitemap that lists them already is left as it is)."""
    path = folder / "sitemap.xml"
    pages = [*(f"{ARCHIVE}/{number}" for number in range(1, archive_pages(len(site.explainers)) + 1)),
             CORRECTIONS_PAGE]
    if not path.is_file():
        return
    tree = _read(path)
    listed = set(tree.getroot().xpath("//s:loc/text()", namespaces={"s": NAMESPACE}))
    added = False
    for page in pages:
        urls = {language: urljoin(site_url, site.page_path(page, language)) for language in site.languages}
        for url in (url for url in urls.values() if url not in listed):
            element = etree.SubElement(tree.getroot(), f"{{{NAMESPACE}}}url")
            etree.SubElement(element, f"{{{NAMESPACE}}}loc").text = url
            for language, alternate in [*urls.items(), ("x-default", urls[site.default_language])]:
                etree.SubElement(element, f"{{{XHTML}}}link", rel="alternate", hreflang=language, href=alternate)
            added = True
    if added:
        data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)
        path.write_bytes(data)
        if (folder / "sitemap.xml.gz").is_file():
            (folder / "sitemap.xml.gz").write_bytes(gzip.compress(data, mtime=0))


def _read(path: Path) -> etree._ElementTree:
    """The sitemap, parsed without reading a DTD, resolving an entity or using the network; one with a DOCTYPE
    (which MkDocs never writes, and which is how entities come in) is refused rather than rewritten."""
    parser = etree.XMLParser(remove_blank_text=True, resolve_entities=False, load_dtd=False, no_network=True)
    try:
        tree = etree.parse(str(path), parser)
    except etree.XMLSyntaxError as error:
        raise SitemapError(f"{path}: not valid XML: {' '.join(str(error).split())}") from None
    if tree.docinfo.doctype:
        raise SitemapError(f"{path}: has a DOCTYPE, which a sitemap has no use for: its entities are not read")
    return tree
