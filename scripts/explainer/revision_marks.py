"""A Python-Markdown extension: what readers are shown of an explainer's source revisions (explainer.revise), in
the page's language.

- `[[removed: p-x]]` (where a removed paragraph was): a notice that holds its id, so its old links land on it.
- After a paragraph or an FAQ entry's answer a revision changed or added: a mark with the source's version and its
  day.
- After a translated paragraph or FAQ entry marked `.explainer-pending`: which version its translation follows, and
  that the translation of the newer one is pending.
- On an explainer's source page: its earlier versions, each with its raw file and SHA-256.

Built as elements (escaped by construction) from the contract; the plugin gives the page's name per page.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from datetime import date

from babel.dates import format_date
from markdown import Extension, Markdown
from markdown.treeprocessors import Treeprocessor

from .elements import element as _element
from .paragraphs import SEARCH_EXCLUDE
from .published import Contract, Explainer, SourceRevision
from .revision import PENDING, REMOVED

DIRECTIVE = re.compile(r"^\[\[" + REMOVED + r":\s*([a-z0-9-]+)\]\]$")
NOTICE_CLASS, MARK_CLASS, VERSIONS_CLASS = "explainer-removed", "explainer-revised", "explainer-versions"


class Revisions:
    """What one page shows of its explainer's revisions, in its language."""

    def __init__(self, explainer: Explainer, ui: dict[str, str]):
        self.explainer, self.ui = explainer, ui

    def _dated(self, parent: etree.Element, template: str, revision: SourceRevision, before: int = 0) -> None:
        """A UI string with its version numbers filled in, then the revision's day as a <time>."""
        text = template.replace("{version}", str(revision.version)).replace("{before}", str(before))
        parent.text = f"{text} "
        shown = format_date(date.fromisoformat(revision.day), self.ui["date_format"], locale=self.ui["og_locale"])
        _element(parent, "time", shown, datetime=revision.day).tail = "."

    def notice(self, element_id: str) -> etree.Element:
        """Where a removed paragraph was: its id, and when the source dropped it."""
        notice = _element(None, "div", id=element_id, **{"class": NOTICE_CLASS})
        revision = self.explainer.revision_of(element_id)
        self._dated(_element(notice, "p"), self.ui["revision_removed"], revision)
        return notice

    def mark(self, element_id: str) -> etree.Element | None:
        """After a changed or new paragraph or FAQ entry: the version of the source it follows, and its day."""
        revision = self.explainer.revision_of(element_id)
        if revision is None or element_id in revision.removed:
            return None
        mark = _element(None, "p", **{"class": MARK_CLASS, SEARCH_EXCLUDE: SEARCH_EXCLUDE})
        self._dated(mark, self.ui["revision_changed"], revision)
        return mark

    def pending(self, element_id: str) -> etree.Element | None:
        """After a translated paragraph that follows an older version: which one, and that a translation of the
        newer one is pending."""
        revision = self.explainer.revision_of(element_id)
        if revision is None:
            return None
        mark = _element(None, "p", **{"class": f"{MARK_CLASS} {PENDING}-note", SEARCH_EXCLUDE: SEARCH_EXCLUDE})
        template = self.ui["revision_new_pending"] if element_id in revision.added else self.ui["revision_pending"]
        self._dated(mark, template, revision, revision.version - 1)
        return mark

    def versions(self) -> etree.Element | None:
        """A source page's list of the source's earlier versions (None if it has had none)."""
        if not self.explainer.versions:
            return None
        section = _element(None, "section", **{"class": VERSIONS_CLASS})
        _element(section, "h2", self.ui["revision_versions"], id="versions")
        items = _element(section, "ol")
        for path, sha256 in self.explainer.versions:
            item = _element(items, "li")
            _element(item, "a", path.rsplit("/", 1)[-1], href=f"../{path}", type="text/plain").tail = " – SHA-256 "
            _element(item, "code", sha256)
        return section


class RevisionsTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, options: dict):
        super().__init__(md)
        self.options = options

    def run(self, root: etree.Element) -> None:
        contract, page = self.options["contract"], self.options["page"]
        explainer = contract.explainer_of(page) if isinstance(contract, Contract) and page else None
        if explainer is None or not (explainer.revisions or explainer.versions):
            return
        shown = Revisions(explainer, self.options["ui"])
        _notices(root, shown)
        _marks(root, shown)
        if explainer.page("source") == page:
            versions = shown.versions()
            if versions is not None:
                root.append(versions)


def _notices(root: etree.Element, shown: Revisions) -> None:
    """Each [[removed: id]] paragraph replaced by its notice."""
    for index, child in reversed(list(enumerate(root))):
        found = DIRECTIVE.match((child.text or "").strip()) if child.tag == "p" and len(child) == 0 else None
        if found:
            root[index] = shown.notice(found.group(1))


def _marks(root: etree.Element, shown: Revisions) -> None:
    """A mark after each paragraph and FAQ entry (an h2 with id; after its answer) a revision changed or added:
    pending, in a translation that follows an older version."""
    for parent in list(root.iter()):
        children = list(parent)
        for index, child in reversed(list(enumerate(children))):
            if child.tag not in ("p", "h2") or not child.get("id"):
                continue
            pending = PENDING in (child.get("class") or "").split()
            mark = shown.pending(child.get("id")) if pending else shown.mark(child.get("id"))
            if mark is None:
                continue
            answered = child.tag == "h2" and index + 1 < len(children) and children[index + 1].tag == "p"
            parent.insert(index + (2 if answered else 1), mark)


class RevisionsExtension(Extension):
    def __init__(self, **kwargs):
        self.config = {
            "contract": ["", "the site's Contract (explainer.published)"],
            "page": ["", "the page being rendered (its name in the contract: '<slug>/article')"],
            "ui": [{}, "the page language's strings: revision_changed, revision_removed, revision_pending, "
                       "revision_new_pending, revision_versions, date_format, og_locale"],
        }
        super().__init__(**kwargs)

    def extendMarkdown(self, md: Markdown) -> None:
        # after attr_list has set the ids and classes; registered beside the corrections' (priority 5)
        md.treeprocessors.register(RevisionsTreeprocessor(md, self.getConfigs()), "explainer_revisions", 5)


def makeExtension(**kwargs) -> RevisionsExtension:  # noqa: N802 (Python-Markdown's name)
    return RevisionsExtension(**kwargs)
