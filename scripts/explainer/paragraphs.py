"""A Python-Markdown extension: each paragraph with a fixed id gets a permalink (¶) like a heading's (toc gives
them to headings only), and a block in another language than the page's (the Finnish original under an English
FAQ entry) is kept out of the page's search.

It changes the element tree, so its output is escaped by construction, and it runs wherever Python-Markdown runs
(MkDocs, ProperDocs, Zensical). The explainer plugin sets `permalink_title` and `language` for each language build.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

# Material's search plugin leaves such elements out of the index, then strips the attribute (when it has a value)
# from the page: it costs the reader nothing.
SEARCH_EXCLUDE = "data-search-exclude"
_BLOCKS = ("p", "div", "pre", "blockquote")


class ParagraphTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, title: str, language: str):
        super().__init__(md)
        self.title, self.language = title, language

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            if element.tag not in _BLOCKS:
                continue
            if self.language and element.get("lang") not in (None, self.language):
                element.set(SEARCH_EXCLUDE, SEARCH_EXCLUDE)
            if element.tag == "p" and element.get("id"):
                self._permalink(element)

    def _permalink(self, paragraph: etree.Element) -> None:
        children = list(paragraph)
        if children:
            children[-1].tail = (children[-1].tail or "") + " "
        else:
            paragraph.text = (paragraph.text or "") + " "
        link = etree.SubElement(paragraph, "a", {"class": "headerlink", "href": f"#{paragraph.get('id')}",
                                                 "title": self.title, SEARCH_EXCLUDE: SEARCH_EXCLUDE})
        link.text = "¶"


class ParagraphExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "permalink_title": ["Permanent link", "the title of each paragraph's ¶ link"],
            "language": ["", "the page's language; blocks marked with another lang are not searched"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # after attr_list (priority 8), which gives paragraphs their ids and langs
        md.treeprocessors.register(ParagraphTreeprocessor(md, self.getConfig("permalink_title"),
                                                          self.getConfig("language")), "explainer_paragraphs", 4)


def makeExtension(**kwargs) -> ParagraphExtension:  # noqa: N802 (Python-Markdown's name)
    return ParagraphExtension(**kwargs)
