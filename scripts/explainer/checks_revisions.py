"""A source's revisions as declared and as shown (explainer.revise): each earlier version's file is below docs/
with the SHA-256 the contract gives; each removed paragraph leaves its notice, holding its id, on the article page in
every language (an FAQ entry's on the FAQ page); and a translated paragraph or FAQ entry marked pending (it follows
an older version of the source) is a finding until an editor translates it and removes the mark."""

from __future__ import annotations

import hashlib
from typing import Iterator

from .context import SiteContext
from .findings import EXPLAINER, PAGE, Finding, check, display_path
from .published import EXPLAINER_FILE, Explainer
from .revision import PENDING


@check("pending", scope=PAGE, kinds=("article", "faq"))
def pending(content: SiteContext, page: str) -> Iterator[Finding]:
    """A translated paragraph or FAQ entry that still follows an older version of the source (marked
    .explainer-pending)."""
    explainer = content.layout.site.contract.explainer_of(page)
    for language in content.layout.site.translations:
        structure = content.structure(page, language) if content.translated(page, language) else None
        for element_id in structure.pending if structure else ():
            revision = explainer.revision_of(element_id) if explainer else None
            since = f" since version {revision.version} of the source" if revision else ""
            path, line = content.where(page, language, element_id)
            yield Finding(path, line, f"#{element_id}: its translation is pending{since} (.{PENDING}): translate "
                                      "it as the source has it now, then remove the mark")


@check("revisions", scope=EXPLAINER)
def revisions(content: SiteContext, explainer: Explainer) -> Iterator[Finding]:
    """Each earlier version of the source is kept with its SHA-256; each removed paragraph's or FAQ entry's notice
    holds its id."""
    contract = display_path(content.layout.docs_dir / explainer.slug / EXPLAINER_FILE)
    for number, (path, sha256) in enumerate(explainer.versions, start=1):
        file = content.layout.docs_dir / path
        data = file.read_bytes() if file.is_file() and not file.is_symlink() else None
        if data is None or hashlib.sha256(data).hexdigest() != sha256:
            yield Finding(contract, 0, f"version {number} of the source, {path}, is missing or not the file its "
                                       "SHA-256 names")
    removed = {element_id for revision in explainer.revisions for element_id in revision.removed}
    ids = content.layout.site.contract.ids
    for page in (explainer.page("article"), explainer.page("faq")) if removed else ():
        on_page = removed & set(ids.get(page, ())) if page else set()
        for language in content.layout.languages if on_page else ():
            structure = content.structure(page, language)
            missing = sorted(on_page - set(structure.removed)) if structure else sorted(on_page)
            if missing:
                yield Finding(content.label(content.built(page, language)), 0,
                              f"no notice holds the removed unit's id {', '.join(missing)} ([[removed: id]])")
