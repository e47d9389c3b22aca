"""Text normalisation and the entity and number records compared across languages."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

# Typographic characters that an editor may use in place of the plain ones.
_TYPOGRAPHIC = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'",
    "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2011": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ",
})
_SPACE = re.compile(r"\s+")
# an e-mail address or a web address: no text of any language (a contacts block has them)
ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
# "Not many" renders "harva" (few), no negation, where the Finnish has none; "ei ole montaa" where it has one
NOT_MANY = re.compile(r"(?:\bnot|n['’]t) many\b", re.I)
# An English negation before a "before" in its sentence ("is not expected before June"): a Finnish "aikaisintaan"
NOT_BEFORE = re.compile(r"(?:\bnot|n['’]t)\b(?:[^\w.!?]+\w+){0,3}?[^\w.!?]+before\b", re.I)
# "instead of staring", "rather than elsewhere": the thing not done, a rendering of a negation ("eikä tuijottaa")
INSTEAD = re.compile(r"\b(?:instead of|rather than)\b", re.I)
# An English negation before an "until" in its sentence ("did not end until after midnight", "was not decided
# until the anchor leg"): how English says a Finnish "vasta" when it does not say "only"
NOT_UNTIL = re.compile(r"(?:\bnot|n['’]t|\bnever)\b(?:[^\w.!?]+\w+){0,8}?[^\w.!?]+until\b", re.I)
# "not only … but" ("not just", "not merely") in one sentence: a negation and an "only" where the Finnish has them
# ("ei ole pelkkä … vaan"), an "also" where it says "lisäksi" or "ohella"
NOT_ONLY = re.compile(r"\bnot (?:only|just|merely)\b[^.!?]*?\bbut\b", re.I)
# a capital of any Latin script ("Õunapuu", "Šimkus", "Éric"), not only of Finnish's own letters: a regex class
UPPER = "".join(letter for letter in map(chr, range(0x41, 0x250)) if letter.isupper())


def normalise(text: str) -> str:
    """Unicode NFC, plain quotes and dashes, single spaces, no outer whitespace."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text).translate(_TYPOGRAPHIC)).strip()


def spaced(text: str) -> str:
    """Unicode NFC and single spaces, no outer whitespace: the text exactly as a reader sees it, its quote marks
    and dashes kept (what the Finnish pages, titles and quotes must match character for character)."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def first_difference(expected: str, found: str, width: int = 24) -> tuple[str, str]:
    """Short excerpts of both texts around the first character where they differ."""
    limit = min(len(expected), len(found))
    at = next((i for i in range(limit) if expected[i] != found[i]), limit)
    start = max(0, at - width // 2)

    def excerpt(text: str) -> str:
        piece = visible(text[start:at + width])
        return ("…" if start else "") + piece + ("…" if at + width < len(text) else "")

    return excerpt(expected), excerpt(found)


def visible(text: str) -> str:
    """A text with its invisible characters written out ("\\r", "\\ufeff"), so two excerpts that differ look
    different in a finding."""
    return "".join(ch if ch.isprintable() or ch in "\n " else ascii(ch)[1:-1] for ch in text)


def newlines(text: str) -> str:
    """A text with CR LF and CR line endings as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def entities(text: str, names: list[str], aliases: dict[str, str] | None = None) -> set[str]:
    """The named entities (people, organisations, acronyms) of `names` that occur in a text.

    A name matches at a word start, so Finnish inflected forms count: "Metasta" has "Meta", "LLM:iä" has "LLM".
    A form whose stem changes ("Korhosen" of "Korhonen") is an alias and counts as its name.
    """
    aliases = aliases or {}
    return {aliases.get(name, name) for name in names if at_word_start(name).search(text)}


@cache
def at_word_start(name: str) -> re.Pattern:
    """A name at a word start, with at most an inflection's few letters after it ("Metasta", "Oulussa", "LLM:iä",
    "Meta's"), not inside a longer word ("Metallivalimo", "Suomenkielisiä"). Compiled once per name: with many
    explainers the names outnumber re's own pattern cache."""
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?![^\W\d_]{6})")


# A unit of measure (an SI prefix and a unit: "GWh", "MW", "kWh"; watts alone, "W" of "0,038 W/mK") is no name,
# however it is capitalised
_UNIT = re.compile(r"[kMGTP]?W|[kMGTP]?Wh|[kMGT]J|[kMG]Hz|[kM]V")


def is_unit(word: str) -> bool:
    return _UNIT.fullmatch(word.split(":")[0]) is not None
