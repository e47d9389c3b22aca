"""Corrections as declared and as shown (explainer.corrections): each entry of a contract's `corrections` names a
unit its page has, in a language of the site, and the text that unit reads now (or the next entry of the unit says
it read); each correction readers are shown is marked at its unit in every language, listed in its explainer's
corrections section and on the site's corrections page, with its day and both texts."""

from __future__ import annotations

from typing import Iterator

from .context import SiteContext
from .corrections import PAGE as SITE_PAGE
from .corrections import Correction, site_anchor
from .findings import PAGE, Finding, check, display_path
from .published import EXPLAINER_FILE, SHARED_FILE
from .structure import parse_html, read_structure
from .text import first_difference, normalise
from .units import units


@check("corrections", scope=PAGE)
def corrections(content: SiteContext, page: str) -> Iterator[Finding]:
    """Each declared correction names a unit as it reads now and, if readers see it, is shown where it belongs."""
    contract = content.layout.site.contract
    explainer = contract.explainer_of(page)
    file, entries = (f"{explainer.slug}/{EXPLAINER_FILE}", explainer.corrections) if explainer else \
        (SHARED_FILE, contract.corrections)
    if not any(entry.page == page for entry in entries):
        return
    path = content.layout.docs_dir / file
    rows = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    listed = _site_page_entries(content)
    for position, entry in enumerate(entries):
        if entry.page != page:
            continue
        line = _line(rows, position)
        problem = _declared(content, entry, entries[position + 1:])
        if problem:
            yield Finding(display_path(path), line, f"{entry.unit}: {problem}")
        elif entry.shown:
            for message in _shown(content, entry, listed):
                yield Finding(display_path(path), line, f"{entry.unit}: {message}")


def _line(rows: list[str], position: int) -> int:
    """The line of a contract's nth corrections entry (its "- " line below `corrections:`)."""
    start = next((n for n, row in enumerate(rows) if row.startswith("corrections:")), None)
    if start is None:
        return 0
    starts = [n + 1 for n, row in enumerate(rows[start + 1:], start + 1) if row.lstrip().startswith("- ")]
    return starts[position] if position < len(starts) else start + 1


def _declared(content: SiteContext, entry: Correction, later: tuple[Correction, ...]) -> str:
    """What is wrong with an entry as declared ("" if nothing)."""
    site = content.layout.site
    if entry.page not in site.kinds:
        return f'the page "{entry.page}" is not in the contract'
    if entry.language not in site.languages:
        return f'"{entry.language}" is not a language of the site'
    structure = content.structure(entry.page, entry.language)
    if structure is None:
        return "its page is missing or unreadable"
    text = _unit_text(site.contract, structure, entry)
    if text is None:
        return f"no such unit on {content.built(entry.page, entry.language)}"
    following = next((other for other in later if (other.page, other.unit, other.language)
                      == (entry.page, entry.unit, entry.language)), None)
    now = following.was if following else text
    declared, actual = " ".join(entry.now.split()), " ".join(now.split())
    if declared != actual:
        said, reads = first_difference(declared, actual)
        where = "the next entry says it read" if following else "it reads"
        return f'its "now" differs from the text at "{said}": {where} "{reads}"'
    return ""


def _unit_text(contract, structure, entry: Correction) -> str | None:
    """The text a unit has now: on its page, or, for an explainer's title or summary as the home page lists it
    (which may be on an archive page by now), in its contract."""
    unit = next((unit for unit in units(structure) if unit.key == entry.unit), None)
    if unit is not None:
        return unit.text
    key, _, field = entry.unit.partition(" ")
    listed = contract.explainer(key.removeprefix("#")) if field in ("title", "summary") else None
    texts = getattr(listed, field, {}) if listed is not None else {}
    return normalise(texts[entry.language]) if entry.language in texts else None


def _shown(content: SiteContext, entry: Correction, listed: dict[str, set[tuple[str, str]]]) -> Iterator[str]:
    """Where a correction readers see is missing: its mark, its explainer's entry, the site page's entry."""
    site = content.layout.site
    explainer = site.contract.explainer_of(entry.page)
    target = entry.anchor if explainer else site_anchor(entry, site.contract)
    article = explainer.page("article") if explainer else None
    for language in site.languages:
        structure = content.structure(entry.page, language)
        if structure is not None and (target, entry.day) not in structure.correction_marks:
            yield f"no mark of correction {target} ({entry.day}) at the unit on {content.built(entry.page, language)}"
        section = content.structure(article, language) if article else None
        if article and (section is None or (entry.anchor, entry.day, (entry.was, entry.now))
                        not in {(id_, day, quotes) for id_, day, quotes in section.correction_entries}):
            yield f"not listed with its day and texts in the corrections of {content.built(article, language)}"
        if (site_anchor(entry, site.contract), entry.day) not in listed.get(language, set()):
            yield f"not listed on {site.page_path(SITE_PAGE, language)}"


def _site_page_entries(content: SiteContext) -> dict[str, set[tuple[str, str]]]:
    """Each language's corrections page: the (id, day) of every entry it lists."""
    found = {}
    for language in content.layout.site.languages:
        built = content.layout.site.page_path(SITE_PAGE, language) + "index.html"
        if built in content.file_set:
            structure = read_structure(parse_html((content.site / built).read_bytes()), "", built, units=False)
            found[language] = {(id_, day) for id_, day, _ in structure.correction_entries}
    return found
