"""How a language writes numbers, dates and quotations, and the marks of another language's conventions left in a
translation: "1,5 million", "12.3.2024", "2 000", "30 %" or ”…” in English are the Finnish way of writing them.

The number and date conventions are CLDR's (babel): each language's decimal and grouping symbols, whether its per
cent sign follows a space, and its short date pattern. A form is reported only where the two languages differ, so
a translation into a language that writes numbers as Finnish does is left alone. Brackets left open and a word
written twice in a row are reported in any language.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from babel import Locale, UnknownLocaleError
from babel.dates import get_date_format
from babel.numbers import get_decimal_symbol, get_group_symbol

# CLDR's quotation delimiters, which babel does not expose: each language's opening marks. Finnish opens a quotation
# with the mark English closes one with (”…”).
_OPENING_QUOTES = {"fi": "”’»", "en": "“‘"}
_SPACES = " \u00a0\u202f"  # a space, a no-break space (CLDR's Finnish group symbol), a narrow one
_BRACKETS = ("()", "[]", "{}")


class Conventions(NamedTuple):
    """How a language writes numbers and dates (CLDR, by babel)."""
    decimal: str  # "," in Finnish, "." in English
    group: str  # the thousands separator: a no-break space in Finnish, "," in English
    spaced_percent: bool  # "30 %" (Finnish) or "30%" (English)
    date: re.Pattern  # its short date, "d.M.y" in Finnish
    opening_quotes: str


@cache
def conventions(code: str) -> Conventions:
    """A language's conventions (ValueError naming the language if CLDR does not know it)."""
    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"CLDR has no conventions for the language '{code}'") from None
    return Conventions(get_decimal_symbol(locale), get_group_symbol(locale),
                       bool(re.search(r"\s%", locale.percent_formats[None].pattern)),
                       _date_pattern(get_date_format("short", locale).pattern), _OPENING_QUOTES.get(code, ""))


def _date_pattern(cldr: str) -> re.Pattern:
    """A regular expression for the dates a CLDR pattern writes ("d.M.y" -> 5.12.2025)."""
    fields = {"d": r"\d{1,2}", "M": r"\d{1,2}", "y": r"\d{2,4}"}
    parts = [fields.get(run[0], re.escape(run)) for run in re.findall(r"(d+|M+|y+|[^dMy]+)", cldr)]
    return re.compile(r"(?<![\w.,/])" + "".join(parts) + r"(?![\d/])")


def foreign_forms(text: str, language: str, source_language: str) -> list[tuple[str, str]]:
    """(the form, what it is) of each number, date or quotation mark in `text` (in `language`) written as the
    source language writes it and `language` does not."""
    ours, theirs = conventions(language), conventions(source_language)
    found: list[tuple[str, str]] = []
    if theirs.date.pattern != ours.date.pattern:
        found += [(match.group(), "a date") for match in theirs.date.finditer(text)]
        text = theirs.date.sub(" ", text)
    if theirs.decimal != ours.decimal:
        mark = re.escape(theirs.decimal)
        # not three digits after the mark: those are the other language's thousands ("1,500" in English)
        decimal = re.compile(rf"(?<![\w.,])\d+{mark}(?:\d{{1,2}}|\d{{4,}})(?![\d{mark}])")
        found += [(match.group(), "a decimal mark") for match in decimal.finditer(text)]
    if theirs.group != ours.group and theirs.group in _SPACES:
        # not a telephone number's groups ("040 123 4567", "+358 40 123 4567"): no leading zero, no group beside
        groups = re.compile(rf"(?<![\w.,+])(?<!\d[{_SPACES}])[1-9]\d{{0,2}}(?:[{_SPACES}]\d{{3}})+(?![{_SPACES}]?\d)")
        found += [(match.group(), "a thousands separator") for match in groups.finditer(text)]
    if theirs.spaced_percent and not ours.spaced_percent:
        found += [(match.group(), "a space before the per cent sign") for match in _SPACED_PERCENT.finditer(text)]
    foreign_quotes = set(theirs.opening_quotes) - set(ours.opening_quotes)
    found += [(match.group(1), "a quotation mark") for match in _OPENING.finditer(text)
              if match.group(1) in foreign_quotes]
    return found


_SPACED_PERCENT = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?[ \u00a0\u202f]%")
_OPENING = re.compile(r"(?:^|(?<=[\s(\[]))([\"”’»“‘])(?=\w)")  # a mark that opens a quotation: before a word


def open_brackets(text: str) -> list[str]:
    """Each kind of bracket the text opens and does not close, or closes without opening ("(" or ")")."""
    unbalanced = []
    for pair in _BRACKETS:
        depth = 0
        for character in text:
            if character in pair:
                depth += 1 if character == pair[0] else -1
                if depth < 0:
                    break
        if depth:
            unbalanced.append(pair[0] if depth > 0 else pair[1])
    return unbalanced


_DOUBLED = re.compile(r"(?<![\w-])([^\W\d_]+)\s+\1(?![\w-])", re.I)


def doubled_words(text: str, allowed: frozenset[str]) -> list[str]:
    """Each word written twice in a row ("the the"), but those the language's grammar allows doubled."""
    return [match.group(1) for match in _DOUBLED.finditer(text) if match.group(1).lower() not in allowed]
