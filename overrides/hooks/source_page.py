"""The source page: the source text exactly as received, with its SHA-256, rendered at build time from the file
itself, so the page cannot drift from it (the checker's `source-page` check verifies both)."""

from __future__ import annotations

import hashlib
from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page


def source_block(raw: bytes) -> str:
    """The checksum line and the text, as HTML (the text keeps its line breaks; it is Finnish on every page)."""
    text = escape(raw.decode("utf-8"), quote=False)
    return (f'<p class="source-checksum">SHA-256: <code id="source-sha256">{hashlib.sha256(raw).hexdigest()}'
            f'</code></p>\n<pre class="source-text" id="source-text" lang="fi" tabindex="0" data-search-exclude>'
            f"{text}</pre>\n")  # not searched: the article page has the same text


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files) -> str:
    site = config.extra["site"]
    if site.kind_of(page.url) != "source":
        return html
    explainer = site.contract.explainer_of(site.page_of(page.url)[0])
    return html + source_block((Path(config.docs_dir) / explainer.source_path).read_bytes())
