"""Corrections: what an editor declares when an approved text changes after it was published.

A contract (docs/<slug>/explainer.yml, or docs/site.yml for the shared pages) lists them under `corrections`, oldest
first, one per change of one unit in one language:

    corrections:
    - page: article              # the page holding the unit (below the explainer; "people" in site.yml)
      unit: "#p-retention"       # the unit as the checker names it ("#why-leave-meta answer", "note after #p-x")
      language: en               # the text that changed
      date: 2026-12-05
      type: correction           # shown to readers; "wording" for a typo or wording fix, which is not
      was: "the text as it was approved"
      now: "the text as it reads now"

The translation QA refuses a changed approved unit that no entry declares; a wording fix must keep the meaning (the
meaning check must agree). A correction is shown where the unit is, in the explainer's corrections section, on the
site's corrections page and in the feeds. An entry is never removed: its number is part of an address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .published import Contract

PAGE = "corrections"  # the site's corrections page: corrections.md, at each language's root
KINDS = ("correction", "wording")
_KEYS = {"page", "unit", "language", "date", "type", "was", "now"}
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class CorrectionsError(ValueError):
    """A corrections list that cannot be read (one line, without the file: the contract reader adds it)."""


@dataclass(frozen=True)
class Correction:
    page: str  # the full page name ("<slug>/article"; "people" for a shared page)
    unit: str  # the unit's key ("#p-retention")
    language: str  # the language whose text changed
    day: str  # ISO 8601
    kind: str  # "correction" or "wording"
    was: str
    now: str
    number: int  # its place among its contract's corrections readers see (1, 2, …); 0 for a wording fix

    @property
    def shown(self) -> bool:
        return self.kind == "correction"

    @property
    def anchor(self) -> str:
        """The id of its entry in the explainer's corrections section (and of its marker's target)."""
        return f"correction-{self.number}"

    @property
    def element(self) -> str:
        """The id of the unit's element on its page ("p-retention" for "#p-retention" and "#p-retention
        answer"; "" for a unit of the page as a whole, such as its title or a note)."""
        first = self.unit.split()[0]
        return first[1:] if first.startswith("#") else ""

    def covers(self, was: str, now: str) -> bool:
        """Whether it declares this change (whitespace aside, as the units are compared)."""
        return _plain(self.was) == _plain(was) and _plain(self.now) == _plain(now)


def _plain(text: str) -> str:
    return " ".join(text.split())


def read(items: object, prefix: str = "") -> tuple[Correction, ...]:
    """A contract's `corrections` list; `prefix` makes its page names full ("<slug>/")."""
    if items is None:
        return ()
    if not isinstance(items, list):
        raise CorrectionsError("'corrections' must list entries with page, unit, language, date, type, was and now")
    found, number, days = [], 0, []
    for position, item in enumerate(items, start=1):
        entry = _entry(item, position)
        number += entry["type"] == "correction"
        days.append(entry["date"])
        found.append(Correction(prefix + entry["page"], entry["unit"], entry["language"], entry["date"],
                                entry["type"], entry["was"], entry["now"], number if entry["type"] == "correction"
                                else 0))
    if days != sorted(days):
        raise CorrectionsError("'corrections' must be listed oldest first (a new entry goes at the end)")
    return tuple(found)


def _entry(item: object, position: int) -> dict:
    where = f"'corrections' entry {position}"
    if not isinstance(item, dict) or set(item) != _KEYS or not all(isinstance(item[key], str) for key in _KEYS):
        raise CorrectionsError(f"{where} must have exactly page, unit, language, date, type, was and now, each a "
                               "string")
    if item["type"] not in KINDS:
        raise CorrectionsError(f"{where}: type must be one of {', '.join(KINDS)}")
    if not _DAY.match(item["date"]) or not is_day(item["date"]):
        raise CorrectionsError(f"{where}: date must be a day, YYYY-MM-DD")
    if not item["unit"].strip() or not item["now"].strip() or _plain(item["was"]) == _plain(item["now"]):
        raise CorrectionsError(f"{where}: unit and now must be given, and was must differ from now")
    return item


def is_day(day: str) -> bool:
    """Whether YYYY-MM-DD text names a day that exists (YAML's own dates fail with a ValueError on 2026-13-45)."""
    try:
        date.fromisoformat(day)
    except ValueError:
        return False
    return True


def declared(corrections: tuple[Correction, ...], page: str, unit: str, language: str, was: str,
             now: str) -> Correction | None:
    """The entry that declares this change of a unit, if any."""
    return next((entry for entry in corrections if entry.page == page and entry.unit == unit
                 and entry.language == language and entry.covers(was, now)), None)


def site_anchor(entry: Correction, contract: Contract) -> str:
    """An entry's id on the site's corrections page: its explainer's slug (or "site") and its number."""
    explainer = contract.explainer_of(entry.page)
    return f"{explainer.slug if explainer else 'site'}-{entry.anchor}"
