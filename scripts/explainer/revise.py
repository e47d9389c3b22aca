"""A new version of an explainer's source (`new_explainer.py NEW.txt --slug SLUG --revise`).

The new text becomes the source (docs/assets/source/<slug>.txt); the old one stays beside it as version N
(<slug>.vN.txt) with its SHA-256 in the contract, which the source page lists. Paragraphs keep their ids where they
are unchanged or changed (explainer.revision matches them), a new one gets a new id, a removed one leaves a notice
with its id where it was, so its old links still land on it. The Finnish article page takes the new text in place
(the editor's notes stay where they are); in every translation a changed paragraph keeps its old translation,
marked pending (the reader is told which version it follows), and a new one shows its Finnish text, marked pending
too, until an editor translates it and removes the mark. FAQ entries are matched and kept the same way
(explainer.revise_faq edits their pages). The contract records the revision: its version, its day and the ids
changed, added and removed. Everything is checked before anything is written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .files import read_regular, refuse_links, write_atomic
from .generate import SOURCES, GenerateError, verbatim
from .ids import slugify, unique
from .published import EXPLAINER_FILE
from .revise_faq import FaqPage, original_label
from .revision import PENDING, REMOVED, Matched, match
from .source import Source, SourceError, parse_source


@dataclass
class Revision:
    """What a new version changes in one explainer's files (relative to docs/) and its contract's data."""
    version: int
    matched: Matched  # the paragraphs
    faq: Matched  # the FAQ entries
    files: dict[str, bytes]


def revise(docs: Path, slug: str, new: Source, raw: bytes, day: str, translations: dict[str, str]) -> Revision | None:
    """The files a new version of the source changes (None: it is the version the explainer has). `translations`:
    each translation's language and its label for an FAQ entry's original block."""
    contract_path = docs / slug / EXPLAINER_FILE
    data = _contract(docs, contract_path, slug)
    old_source = _old_source(docs, data, slug)
    if old_source.sha256 == new.sha256:
        return None
    if new.faq and not old_source.faq:
        raise GenerateError("the new version adds an UKK section to an explainer made without one; a revision can "
                            "change, add or remove FAQ entries, not make the FAQ page (make a new explainer)")
    taken = {i for page_ids in data["ids"].values() for i in page_ids}
    ids = _unit_ids(data, "article", len(old_source.paragraphs), slug, "paragraph")
    matched = match([(i, p.text) for i, p in zip(ids, old_source.paragraphs)], [p.text for p in new.paragraphs],
                    lambda text: unique("p-" + slugify(text, 3), taken))
    faq = _match_faq(data, old_source, new, slug, taken)
    version = len(data["source"].get("versions") or []) + 2  # the new one's number: the first source is version 1
    files = {f"{slug}/{name}": text.encode() for name, text in
             _pages(docs, slug, old_source, new, matched, translations).items()}
    files |= {f"{slug}/{name}": text.encode() for name, text in _faq_pages(docs, slug, new, faq, translations).items()}
    old_copy = (SOURCES / f"{slug}.v{version - 1}.txt").as_posix()
    files[old_copy] = (docs / data["source"]["path"]).read_bytes()
    files[data["source"]["path"]] = raw
    files[f"{slug}/{EXPLAINER_FILE}"] = _revised_contract(contract_path, data, new, (matched, faq), version, day,
                                                          old_copy, old_source.sha256)
    return Revision(version, matched, faq, files)


def _match_faq(data: dict, old: Source, new: Source, slug: str, taken: set[str]) -> Matched:
    """The FAQ entries matched as units of question and answer; a new one's id is made from its question."""
    if not old.faq:
        return Matched()
    ids = _unit_ids(data, "faq", len(old.faq), slug, "FAQ entry")
    units = {f"{q.question.text}\n{q.answer.text}": q.question.text for q in new.faq}
    return match([(i, f"{q.question.text}\n{q.answer.text}") for i, q in zip(ids, old.faq)], list(units),
                 lambda text: unique(slugify(units[text], 6), taken))


def _unit_ids(data: dict, page: str, count: int, slug: str, what: str) -> list[str]:
    """The ids of the old version's units on a page, in order: the page's, but the credit's and those of units
    earlier revisions removed."""
    removed = {element_id for entry in data.get("revisions") or [] for element_id in entry.get("removed", [])}
    ids = [i for i in data["ids"].get(page) or [] if i != "source-credit" and i not in removed]
    if len(ids) != count:
        raise GenerateError(f"docs/{slug}/{EXPLAINER_FILE} lists {len(ids)} {what} ids for a source of {count}; "
                            "the contract no longer matches its source")
    return ids


def _contract(docs: Path, path: Path, slug: str) -> dict:
    try:
        refuse_links(path, docs)
        data = yaml.safe_load(read_regular(path).decode("utf-8"))
    except FileNotFoundError:
        raise GenerateError(f"no explainer '{slug}' to revise (docs/{slug}/{EXPLAINER_FILE})") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise GenerateError(f"cannot read docs/{slug}/{EXPLAINER_FILE}: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("source"), dict) or not isinstance(data.get("ids"), dict):
        raise GenerateError(f"docs/{slug}/{EXPLAINER_FILE} has no source and ids to revise")
    return data


def _old_source(docs: Path, data: dict, slug: str) -> Source:
    """The version the explainer was made from, as its contract records it."""
    path = docs / str(data["source"].get("path", ""))
    try:
        old = parse_source(path, read_regular(path))
    except (OSError, SourceError) as error:
        raise GenerateError(f"cannot read the explainer's current source {path}: {error}") from None
    if old.sha256 != data["source"].get("sha256"):
        raise GenerateError(f"{path} is not the source docs/{slug}/{EXPLAINER_FILE} records (its SHA-256 differs)")
    return old


def _pages(docs: Path, slug: str, old: Source, new: Source, matched: Matched,
           translations: dict[str, str]) -> dict[str, str]:
    """The article page in every language with the revision applied."""
    texts = dict(zip(matched.ids, (p.text for p in new.paragraphs)))
    pages = {}
    finnish = (docs / slug / "article.md").read_text(encoding="utf-8")
    if old.title.text != new.title.text:
        finnish = finnish.replace(f"# {verbatim(old.title.text)}\n", f"# {verbatim(new.title.text)}\n", 1)
    if old.credit.text != new.credit.text:
        finnish = _replace_text(finnish, "source-credit", verbatim(new.credit.text))
    pages["article.md"] = _applied(finnish, matched, texts, pending=False)
    for language in translations:
        name = f"article.{language}.md"
        if (docs / slug / name).is_file():
            pages[name] = _applied((docs / slug / name).read_text(encoding="utf-8"), matched, texts, pending=True)
    return pages


def _faq_pages(docs: Path, slug: str, new: Source, matched: Matched, translations: dict[str, str]) -> dict[str, str]:
    """The FAQ page in every language with the revision applied (none if the FAQ did not change)."""
    if not (matched.changed or matched.added or matched.removed):
        return {}
    page = FaqPage(matched, dict(zip(matched.ids, new.faq)), "fi")
    pages = {"faq.md": page.finnish((docs / slug / "faq.md").read_text(encoding="utf-8"))}
    for language, label in translations.items():
        name = f"faq.{language}.md"
        if (docs / slug / name).is_file():
            markdown = (docs / slug / name).read_text(encoding="utf-8")
            pages[name] = page.translated(markdown, original_label(markdown, label))
    return pages


def _applied(markdown: str, matched: Matched, texts: dict[str, str], pending: bool) -> str:
    """A page's Markdown with the changed paragraphs' text replaced (the source's language) or marked pending
    (a translation), the new ones added after the unit before them, and the removed ones' notices."""
    for element_id in matched.changed:
        markdown = _mark_pending(markdown, element_id) if pending else \
            _replace_text(markdown, element_id, verbatim(texts[element_id]))
    for element_id in matched.removed:
        markdown = _replace_block(markdown, element_id, f"[[{REMOVED}: {element_id}]]")
    for index, element_id in enumerate(matched.ids):
        if element_id in matched.added:
            attributes = f"{{ #{element_id} .{PENDING} lang=fi }}" if pending else f"{{ #{element_id} }}"
            block = f"{verbatim(texts[element_id])}\n{attributes}"
            markdown = _insert_before(markdown, [*matched.ids[index + 1:], "source-credit"], block)
    return markdown


def _attribute_line(element_id: str) -> re.Pattern:
    return re.compile(r"^\{ #" + re.escape(element_id) + r"(?:\s[^}\n]*)? \}$", re.M)


def _paragraph_span(markdown: str, element_id: str) -> tuple[int, int, int]:
    """(start of its text, start of its attribute line, end of that line) of a paragraph with an id."""
    found = _attribute_line(element_id).search(markdown)
    if found is None:
        raise GenerateError(f"no paragraph {{ #{element_id} }} in the page to revise")
    start = markdown.rfind("\n\n", 0, found.start())
    return (start + 2 if start >= 0 else 0), found.start(), found.end()


def _replace_text(markdown: str, element_id: str, text: str) -> str:
    start, attributes, _ = _paragraph_span(markdown, element_id)
    return markdown[:start] + text + "\n" + markdown[attributes:]


def _replace_block(markdown: str, element_id: str, block: str) -> str:
    start, _, end = _paragraph_span(markdown, element_id)
    return markdown[:start] + block + markdown[end:]


def _mark_pending(markdown: str, element_id: str) -> str:
    """The paragraph's attribute line with the pending class (once)."""
    _, attributes, end = _paragraph_span(markdown, element_id)
    line = markdown[attributes:end]
    if f".{PENDING}" in line:
        return markdown
    return markdown[:attributes] + line[:-2] + f" .{PENDING} }}" + markdown[end:]


def _insert_before(markdown: str, following: list[str], block: str) -> str:
    """A new block before the first of `following` the page has (a paragraph, or the credit)."""
    for element_id in following:
        if _attribute_line(element_id).search(markdown):
            start, _, _ = _paragraph_span(markdown, element_id)
            return markdown[:start] + block + "\n\n" + markdown[start:]
    return markdown.rstrip("\n") + "\n\n" + block + "\n"


def _page_ids(kept: list[str], matched: Matched, last: tuple[str, ...] = ()) -> list[str]:
    """A page's ids after a revision: the new version's in order, each removed one where it was, those earlier
    revisions removed, then `last` (the article's credit)."""
    ids = [removed for removed, after in matched.after.items() if not after]
    for element_id in matched.ids:
        ids.append(element_id)
        ids += [removed for removed, after in matched.after.items() if after == element_id]
    earlier = [i for i in kept if i not in ids and i not in last]
    return [*ids, *earlier, *last]


def _revised_contract(path: Path, data: dict, new: Source, units: tuple[Matched, Matched], version: int, day: str,
                      old_copy: str, old_sha256: str) -> bytes:
    """The contract with the new source, the old one listed as a version, the ids (removed ones kept: their
    notices hold them) and the revision recorded; its leading comment kept."""
    matched, faq = units
    data["ids"]["article"] = _page_ids(list(data["ids"]["article"]), matched, ("source-credit",))
    if "faq" in data["ids"]:
        data["ids"]["faq"] = _page_ids(list(data["ids"]["faq"]), faq)
    if "fi" in data.get("title", {}) and data["title"]["fi"] != " ".join(new.title.text.split()):
        data["title"]["fi"] = " ".join(new.title.text.split())
    source = data["source"]
    source["versions"] = [*(source.get("versions") or []), {"path": old_copy, "sha256": old_sha256}]
    source["sha256"] = new.sha256
    _refresh_candidates(data, new, {*matched.removed, *faq.removed})
    data["revisions"] = [*(data.get("revisions") or []),
                         {"version": version, "date": day, "changed": [*matched.changed, *faq.changed],
                          "added": [*matched.added, *faq.added], "removed": [*matched.removed, *faq.removed]}]
    text = path.read_text(encoding="utf-8")
    header = "".join(line + "\n" for line in text.splitlines() if line.startswith("#"))  # the leading comment
    header = header if text.startswith("#") else ""
    return (header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)).encode()


def _refresh_candidates(data: dict, new: Source, removed: set[str]) -> None:
    """A glossary candidate no editor has confirmed keeps only the quotes the new version still has and the
    mentions it still makes; a confirmed entry is the editor's (the checker names a quote gone from the source)."""
    text = " ".join(" ".join(block.text.split()) for block in new.blocks())
    for entry in data.get("glossary") or []:
        if isinstance(entry, dict) and not entry.get("confirmed"):
            entry["quotes"] = [quote for quote in entry.get("quotes") or [] if " ".join(quote.split()) in text]
            entry["mentions"] = [i for i in entry.get("mentions") or [] if i not in removed]


def write(docs: Path, revision: Revision) -> list[str]:
    """Write every file of a revision (each checked first, each written whole)."""
    try:
        for name in revision.files:
            refuse_links(docs / name, docs)
        for name, content in revision.files.items():
            write_atomic(docs / name, content, docs)
    except OSError as error:
        raise GenerateError(f"cannot write the revision: {error}") from None
    return sorted(revision.files)
