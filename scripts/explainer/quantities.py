"""The numbers of a text, read as its language writes them, in one form two languages share.

Finnish writes "2 350", "12,4" and "5.12.2025"; English "2,350", "12.4" and "5 December 2025". Each is read
with its language's rules: groups of three digits after a space (either language) or a comma (English) are one
number; the decimal mark is a comma in Finnish and a point in English; a Finnish date d.m.[yyyy] is its day, its
month and its year, as an English date is its day, its month's name and its year. A month is "month N" in both
(CLDR's month names, Voikko's lemma for an inflected Finnish one: "kesäkuussa" is month 6), so "20.3." and
"20 March" agree. Number words count as their digits ("kymmenessä" = "ten" = 10). Per cent is one sign ("30 %",
"30 per cent", "30 prosenttia" are 30%).
"""

from __future__ import annotations

import re
from collections import Counter

from .language import Language
from .text import normalise

_PERCENT = re.compile(r"(\d)\s*(?:%|per cent\b|percent\b|prosent(?:ti|i)\w*)", re.I)  # any case of prosentti
_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.(\d{4})?(?!\d)")  # 5.12.2025, 20.3.
_DAY_BEFORE_RANGE = re.compile(r"(?<![\w.,])(\d{1,2})\.(?=\s?-\s?\d)")  # the "1." of "1.-5.6.2026"
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_NUMBER = {
    "fi": re.compile(r"(?<![\w.,])(\d{1,3}(?: \d{3})+(?!\d)|\d+(?:,\d+)?)(%?)"),
    "en": re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?!\d)|\d+(?:\.\d+)?)(%?)"),
}
_DECIMAL_MARK = {"fi": ",", "en": "."}


def numbers(text: str, language: Language) -> Counter[str]:
    """The numbers of a text in `language`, each as digits ("2350", "12.4", "30%", "month 12")."""
    found: Counter[str] = Counter()
    text = _PERCENT.sub(r"\1%", _ORDINAL.sub("", normalise(text)))

    def date(match: re.Match) -> str:
        day, month, year = match.groups()
        if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
            return match.group()
        found.update([day.lstrip("0"), f"month {int(month)}", *([year] if year else [])])
        return " "

    text = _DAY_BEFORE_RANGE.sub(lambda match: found.update([match.group(1)]) or " ", _DATE.sub(date, text))
    pattern = _NUMBER.get(language.code, _NUMBER["en"])
    mark = _DECIMAL_MARK.get(language.code, ".")
    for value, percent in pattern.findall(text):
        if " " in value or (mark == "." and "," in value):  # thousands groups
            value = value.replace(" ", "").replace(",", "")
        found[value.replace(mark, ".") + percent] += 1
    for match in language.number_candidates.finditer(text):  # the words that may be a month or a number word
        value = _word_value(text, match, language)
        if value is not None:
            found[value] += 1
    return found


def _word_value(text: str, match: re.Match, language: Language) -> str | None:
    """A word's value as `numbers` counts it: a month ("month 6") or a number word's digits, else None."""
    word = match.group()
    month = language.months.get(word.lower()) if word[0].isupper() or language.code == "fi" else None
    if month is None and language.code == "fi" and "kuu" in word.lower():  # an inflected month: its lemma
        month = next((language.months[lemma] for lemma in language.lemmas(word) if lemma in language.months), None)
    if month is not None and (word.lower() != "may" or _beside_a_number(text, match)):
        return f"month {month}"
    return language.number_word(word)


def _beside_a_number(text: str, match: re.Match) -> bool:
    """Whether "May" is a date's month ("5 May", "May 2026"), not the verb."""
    return bool(re.search(r"\d\s*$", text[:match.start()]) or re.match(r"\s*\d", text[match.end():]))
