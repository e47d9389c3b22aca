"""Ids a new explainer's text gives its paragraphs, FAQ entries and glossary entries: ASCII slugs of the Finnish,
each unique on its page, so the same source always gives the same ids (public addresses once published)."""

from __future__ import annotations

import re
import unicodedata

PEOPLE_TITLE = "Henkilöt ja toimijat"  # the people page's heading (its page id is slugified from it)


def slugify(text: str, words: int) -> str:
    """ASCII slug of the first `words` words ("Miksi tekoälyn ammattilaiset…" -> "miksi-tekoalyn-ammattilaiset")."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text)[:words]) or "x"


def unique(base: str, taken: set[str]) -> str:
    """The base, or the base with the first number that makes it new among `taken` (which then holds it)."""
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    taken.add(candidate)
    return candidate
