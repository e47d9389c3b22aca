"""A Python-Markdown extension: a paragraph `[[source-text: assets/source/<file>.txt]]` becomes the source text
exactly as received (its line breaks kept) with its SHA-256, read from the file at build time, so the source page
cannot drift from it (the checker's `source-page` check verifies both).

It builds elements (escaped by construction) and runs wherever Python-Markdown runs; `docs_dir` says where the
path is relative to, `language` the source's language (the explainer plugin sets both).
"""

from __future__ import annotations

import hashlib
import logging
import re
import xml.etree.ElementTree as etree
from pathlib import Path, PurePosixPath

from markdown import Extension, Markdown
from markdown.blockprocessors import BlockProcessor
from markdown.util import AtomicString

from .files import read_regular, refuse_links
from .paragraphs import SEARCH_EXCLUDE
from .text import newlines

DIRECTIVE = re.compile(r"^\[\[source-text:\s*(\S+?)\s*\]\]$")
log = logging.getLogger("mkdocs.extensions.explainer")  # under "mkdocs": a warning fails a --strict build


class SourceTextProcessor(BlockProcessor):
    def __init__(self, parser, docs_dir: str, language: str):
        super().__init__(parser)
        self.docs_dir, self.language = Path(docs_dir), language

    def test(self, parent: etree.Element, block: str) -> bool:
        return bool(DIRECTIVE.match(block.strip()))

    def run(self, parent: etree.Element, blocks: list[str]) -> None:
        path = DIRECTIVE.match(blocks.pop(0).strip()).group(1)
        file = self.docs_dir / path
        if PurePosixPath(path).is_absolute() or ".." in PurePosixPath(path).parts or not file.is_file():
            log.warning(f"explainer.sourcetext: no source file '{path}' in {self.docs_dir}")
            return
        try:
            refuse_links(file, self.docs_dir)  # a link could show any file of the machine on the page
            raw = read_regular(file)
        except OSError as error:
            log.warning(f"explainer.sourcetext: {error}")
            return
        checksum = etree.SubElement(parent, "p", {"class": "source-checksum"})
        checksum.text = "SHA-256: "
        code = etree.SubElement(checksum, "code", {"id": "source-sha256"})
        code.text = hashlib.sha256(raw).hexdigest()
        # not searched: the article page has the same text
        text = etree.SubElement(parent, "pre", {"class": "source-text", "id": "source-text", "lang": self.language,
                                                "tabindex": "0", SEARCH_EXCLUDE: SEARCH_EXCLUDE})
        # as received: no Markdown inside (atomic), and every "&" escaped here, because Python-Markdown's serializer
        # leaves an "&" that starts an entity ("&lt;") as it is, which a browser would then show as "<"
        # CR LF and CR become LF, as an HTML parser would read them anyway (the SHA-256 and the raw file keep them)
        text.text = AtomicString(newlines(raw.decode("utf-8")).replace("&", "&amp;"))


class SourceTextExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "docs_dir": [".", "the folder the source paths are relative to"],
            "language": ["", "the sources' language (the pre element's lang)"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        processor = SourceTextProcessor(md.parser, self.getConfig("docs_dir"), self.getConfig("language"))
        md.parser.blockprocessors.register(processor, "explainer_source_text", 110)  # before paragraphs


def makeExtension(**kwargs) -> SourceTextExtension:  # noqa: N802 (Python-Markdown's name)
    return SourceTextExtension(**kwargs)
