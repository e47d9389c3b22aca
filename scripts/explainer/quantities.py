"""The numbers of a text, read as its language writes them, in one form two languages share.

Finnish writes "2 350", "12,4" and "5.12.2025"; English "2,350", "12.4" and "5 December 2025". Each is read
with its language's rules: groups of three digits after a space (either language) or a comma (English) are one
number; the decimal mark is a comma in Finnish and a point in English; a Finnish date d.m.[yyyy] is its day, its
month and its year, as an English date is its day, its month's name and its year. A month is "month N" in both
(CLDR's month names, Voikko's lemma for an inflected Finnish one: "kesäkuussa" is month 6), so "20.3." and
"20 March" agree. Number words count as their digits ("kymmenessä" = "ten" = 10). Per cent is one sign ("30 %",
"30 per cent", "30 prosenttia" are 30%); a percentage point another ("0,5 prosenttiyksikköä", "0.5 percentage
points" are 0.5 pp). A clock time is the hour and minutes of a 24-hour clock: Finnish writes it after "kello" or
"klo" ("kello 8–16", "klo 6.15"), English with "am"/"pm" or a colon ("8 am to 4 pm", "18:00"), so both give
"clock 16:00".
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .language import Language
from .language import language as language_of
from .text import normalise

_POINTS = re.compile(r"(\d)\s*(?:prosenttiyksik\w*|percentage points?\b)", re.I)
_FI_CLOCK = re.compile(r"\b(?:kello|klo)\s+(\d{1,2})(?:[.:](\d{2}))?(?:\s*[-–]\s*(\d{1,2})(?:[.:](\d{2}))?)?(?!\d)",
                       re.I)
_EN_CLOCK = re.compile(r"(?<![\w.,:])(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?m\b\.?|(?<![\w.,:])(\d{1,2}):(\d{2})(?![\d:])"
                       r"|(?<![\w.,:])(\d{1,2}) o['’]clock\b",
                       re.I)
# The first hour of an English range whose meridiem only its end says ("from 4 to 8 pm", "5.30–7 pm", "between 9
# and 11 am"): the end's half of the day, unless that puts the start after the end ("11 to 1 pm" starts at 11 am)
_EN_CLOCK_RANGE = re.compile(r"(?<![\w.,:])(\d{1,2})(?:[.:](\d{2}))?(?=\s*(?:to|–|-|and)\s*(\d{1,2})(?:[.:]\d{2})?\s*"
                             r"([ap])\.?m\b)", re.I)
# A time measured to the second, hours.minutes.seconds ("2.11.47", "2:11:47": a race's time), counted as "time
# H:MM:SS" in both languages; and a Finnish hours.minutes or minutes.seconds without "kello" ("3.07:n", "9.30 ja"),
# which English writes with a colon or as a clock time ("3:07", "9.30 am"): no date (a date's month ends in a dot)
_DURATION = {"fi": re.compile(r"(?<![\w.,:])(\d{1,2})\.([0-5]\d)\.([0-5]\d)(?!\d|\.\d)"),
             "en": re.compile(r"(?<![\w.,:])(\d{1,2}):([0-5]\d):([0-5]\d)(?![\d:])")}
_FI_TIME = re.compile(r"(?<![\w.,:–-])([01]?\d|2[0-4])\.([0-5]\d)(?=:[a-zåäö]+\b|[\s,;)]|$)(?!\s*[-–]\s*\d)")
# A named time of day: "12 noon" is a clock time; "noon", "midday" and "midnight" alone may be one ("keskiyöllä"
# says no hour), so each counts only where the other language has its hour (reconciled)
_EN_NAMED_TIME = re.compile(r"(?<![\w.,:])(?:12\s+)?(noon|midday|midnight)\b", re.I)
_NAMED_TIMES = {"noon": "clock 12:00", "midday": "clock 12:00", "midnight": "clock 24:00"}
# A span one language may give as the other's number ("puolen tunnin" as "30 minutes", "vuorokaudessa" as "in 24
# hours", "puoleksi vuodeksi" as "for six months", "puolitoista" as "a year and a half", a "kaksois-" compound as
# "double"): counted only where the other has that number (reconciled)
_SPANS = {
    "fi": ((re.compile(r"\bpuol(?:i|en|essa|eksi|ta)\s+tun(?:ti|nin|nissa|niksi|tia)\b", re.I), "30"),
           (re.compile(r"\bvuorokau(?:si|den|dessa|deksi|tta|tena)\b", re.I), "24"),
           (re.compile(r"\bpuol(?:i|en|eksi|essa|ta)\s+vuo(?:si|den|deksi|dessa|tta)\b", re.I), "6"),
           (re.compile(r"\bvartt(?:i|in|ia|iin|issa|iksi)\b", re.I), "15"),  # a quarter of an hour
           (re.compile(r"\bkaksois\w+", re.I), "2"),  # "kaksoisputkina": as "double pipes", "twin pipes"
           (re.compile(r"\bkymmenkun\w*", re.I), "10"),  # "kymmenkunta kellaria": "about ten basements"
           (re.compile(r"\bpari(?:n|ssa|lla|sta|lle)?kymmen\w*", re.I), "20"),  # "parikymmentä": "some twenty"
           # "molemmilla alueilla", "kumpikin": "in the two areas", "each of the two"
           (re.compile(r"\bmolem\w+|\bkum(?:pi|ma|pa)\w*kin\b", re.I), "2")),
    "en": ((re.compile(r"\bhalf an hour\b", re.I), "30"), (re.compile(r"\bhalf a year\b", re.I), "6"),
           (re.compile(r"\ba quarter of an hour\b", re.I), "15"),
           # "puolitoista vuotta": "a year and a half", "one and a half years"
           (re.compile(r"\b(?:an?|one)\s+(?:[a-z]+\s+)?and\s+a\s+half\b", re.I), "1.5"),
           # "juhlii viisivuotista taivaltaan": "marks its fifth anniversary"
           *((re.compile(rf"\b{ordinal}\s+(?:anniversary|anniversaries|birthday)\b", re.I), value)
             for ordinal, value in (("second", "2"), ("third", "3"), ("fourth", "4"), ("fifth", "5"), ("sixth", "6"),
                                    ("seventh", "7"), ("eighth", "8"), ("ninth", "9"), ("tenth", "10"),
                                    ("twentieth", "20"), ("twenty-fifth", "25"), ("thirtieth", "30"),
                                    ("fortieth", "40"), ("fiftieth", "50"), ("sixtieth", "60"),
                                    ("seventy-fifth", "75"), ("hundredth", "100")))),
}
# A rank below the first, an ordinal before a superlative ("toiseksi suurin", "the second-largest", "third most"):
# counted as "rank N" in both languages, so a rank gained or lost is a changed number ("largest" for "second-largest")
_ORDINALS = {"fi": ("toiseksi", "kolmanneksi", "neljänneksi", "viidenneksi", "kuudenneksi", "seitsemänneksi",
                    "kahdeksanneksi", "yhdeksänneksi", "kymmenenneksi"),
             "en": ("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")}
_SUPERLATIVE_FI = r"(?:[^\W\d_]*(?:in|imm[^\W\d_]*|imp[^\W\d_]*)|eniten|paras|parha[^\W\d_]*)"  # "suurin", "paras"
_RANK = {"fi": re.compile(rf"\b({'|'.join(_ORDINALS['fi'])})\s+{_SUPERLATIVE_FI}\b", re.I),
         "en": re.compile(rf"\b({'|'.join(_ORDINALS['en'])})[\s-]+(?:[a-z]+est|most|least|best|worst)\b", re.I)}
# an ordinal after "ja" that goes on with a ranking, its superlative left out ("Toiseksi eniten … ja kolmanneksi
# sähköala": and third, the electrical trade), which the other language may leave out too: optional
_RANK_GOES_ON = {"fi": re.compile(rf"\bja\s+({'|'.join(_ORDINALS['fi'])})\b(?!\s+{_SUPERLATIVE_FI}\b)", re.I)}
OPTIONAL = "~"  # a number's key prefix where it may be said without digits: counted only against the other's
# any case of prosentti, or an adjective or adverb of it ("80-prosenttisesti valmis": 80 per cent complete)
_PERCENT = re.compile(r"(\d)\s*(?:%|per cent\b|percent\b|-?prosent(?:ti|i)\w*)", re.I)
_DATE = re.compile(r"(?<![\w.,])(\d{1,2})\.(\d{1,2})\.(\d{4})?(?!\d)")  # 5.12.2025, 20.3.
_DAY_BEFORE_RANGE = re.compile(r"(?<![\w.,])(\d{1,2})\.(?=\s?-\s?\d)")  # the "1." of "1.-5.6.2026"
_ORDINAL = re.compile(r"(?<=\d)(?:st|nd|rd|th)\b")
_NUMBER = {
    "fi": re.compile(r"(?<![\w.,])(\d{1,3}(?: \d{3})+(?!\d)|\d+(?:,\d+)?)(%| pp\b|)"),
    "en": re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?: \d{3})+(?!\d)|\d+(?:\.\d+)?)(%| pp\b|)"),
}
_DECIMAL_MARK = {"fi": ",", "en": "."}


def numbers(text: str, language: Language) -> Counter[str]:
    """The numbers of a text in `language`, each as digits ("2350", "12.4", "30%", "month 12")."""
    return Counter(_numbers(text, language.code))


@lru_cache(maxsize=8192)  # translation QA reads one text again for each of its checks and each unit it aligns
def _numbers(text: str, code: str) -> Counter[str]:
    language = language_of(code)
    found: Counter[str] = Counter()
    text = _NAMED_NUMBER.sub(" ", _clock_times(normalise(text), language.code, found))
    for span, value in _SPANS.get(language.code, ()):
        found.update([OPTIONAL + value] * len(span.findall(text)))
    if language.code in _RANK:
        ranks = _RANK[language.code].findall(text)
        going_on = _RANK_GOES_ON[language.code].findall(text) if ranks and language.code in _RANK_GOES_ON else []
        found.update(prefix + f"rank {_ORDINALS[language.code].index(ordinal.lower()) + 2}"
                     for prefix, ordinals in (("", ranks), (OPTIONAL, going_on)) for ordinal in ordinals)
    text = _PERCENT.sub(r"\1%", _POINTS.sub(r"\1 pp", _ORDINAL.sub("", text)))

    mark = _DECIMAL_MARK.get(language.code, ".")

    def date(match: re.Match) -> str:
        day, month, year = match.groups()
        if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
            return match.group()
        if not year and mark == ".":  # "€4.10." ends a sentence: where a point is the decimal mark, no date
            return match.group()
        found.update([day.lstrip("0"), f"month {int(month)}", *([year] if year else [])])
        return " "

    text = _DAY_BEFORE_RANGE.sub(lambda match: found.update([match.group(1)]) or " ", _DATE.sub(date, text))
    pattern = _NUMBER.get(language.code, _NUMBER["en"])
    for value, unit in pattern.findall(text):  # unit: "%", " pp" or none
        if " " in value or (mark == "." and "," in value):  # thousands groups
            value = value.replace(" ", "").replace(",", "")
        found[value.replace(mark, ".") + unit] += 1
    text = _HYPHENATED.sub(lambda match: _hyphenated(match, language, found), text)
    if language.code == "fi":
        text = _HALF_HOUR.sub(lambda match: _half_hour(match, language, found), text)
    for match in language.number_candidates.finditer(text):  # the words that may be a month or a number word
        value = _word_value(text, match, language)
        if value is not None:
            found[value] += 1
    return found


# A number that is part of a name, joined to its capitals by a hyphen ("COVID-19"): no quantity ("under-18s" is one)
_NAMED_NUMBER = re.compile(r"(?<=[A-ZÅÄÖ]{2}-)\d+(?!\d|[.,]\d)")
_ONE = {"en": "one"}  # no number word alone ("one of them"), but one after a ten ("twenty-one")
_HYPHENATED = re.compile(r"(?<![\w-])([^\W\d_]+)-([^\W\d_]+)(?![\w-])")  # "forty-three"


_HALF_HOUR = re.compile(r"\bpuoli\s+([^\W\d_]+)", re.I)  # "kello puoli kuusi", "puoli neljältä"


def _half_hour(match: re.Match, language: Language, found: Counter) -> str:
    """A Finnish half hour, counted toward the next hour ("puoli kuusi", half to six): English writes it from the
    hour before ("half past five"), so it counts as that hour; "puoli" before anything but an hour is left."""
    value = language.number_word(match.group(1))
    if value is None or not value.isdigit() or not 1 <= int(value) <= 12:
        return match.group()
    found[str(int(value) - 1 or 12)] += 1
    return " "


def _hyphenated(match: re.Match, language: Language, found: Counter) -> str:
    """A number written as two hyphenated number words, tens and units ("Forty-three"), counted as one number."""
    tens, units = (language.number_words.get(word.lower(), "") for word in match.groups())
    if match.group(2).lower() == _ONE.get(language.code):
        units = "1"
    if len(tens) != 2 or not tens.endswith("0") or tens == "10" or len(units) != 1:
        return match.group()
    found[str(int(tens) + int(units))] += 1
    return " "


def _word_value(text: str, match: re.Match, language: Language) -> str | None:
    """A word's value as `numbers` counts it: a month ("month 6") or a number word's digits, else None."""
    word = match.group()
    month = language.months.get(word.lower()) if word[0].isupper() or language.code == "fi" else None
    if month is None and language.code == "fi" and "kuu" in word.lower():  # an inflected month: its lemma
        month = next((language.months[lemma] for lemma in language.lemmas(word) if lemma in language.months), None)
    if month is not None and _short_month_alone(text, match, language):
        month = None
    if month is not None and (word.lower() != "may" or _is_the_month_may(text, match, language)):
        return f"month {month}"
    return language.number_word(word)


def _short_month_alone(text: str, match: re.Match, language: Language) -> bool:
    """Whether a Finnish month's short form stands alone: it is a month only elided or in a range whose last word
    is a month ("kesä- ja heinäkuussa", "kesä–heinäkuu", "kesä-, heinä- ja elokuussa"); alone, or elided into
    another word, it is another word ("kesä", summer; "kesä- ja talvikaudella", in the summer and winter seasons;
    "joulu", Christmas; "loka", mud)."""
    word = match.group().lower()
    return language.code == "fi" and not word.endswith("kuu") and not word.endswith("kuuta") \
        and word in language.months and not _ELIDED_INTO_A_MONTH.match(text, match.end())


# an elided word's hyphen or a range's dash, any more elided words, and the word that ends it, a month ("-kuu…")
_ELIDED_INTO_A_MONTH = re.compile(r"\s?[-–](?:\s*(?:,\s*|(?:ja|tai|sekä)\s+)?[^\W\d_]+[-–])*"
                                  r"\s*(?:,\s*|(?:ja|tai|sekä)\s+)?[^\W\d_]*kuu", re.IGNORECASE)


def _is_the_month_may(text: str, match: re.Match, language: Language) -> bool:
    """Whether "May" is the month, not the verb: beside a number ("5 May", "May 2026") or another month ("May and
    June"), or capitalised where no sentence starts ("in May")."""
    inside = match.group()[0].isupper() and re.search(r"[\w,;:]\s*$", text[:match.start()])
    return bool(inside) or _beside_a_number(text, match) or _beside_a_month(text, match, language)


def _beside_a_month(text: str, match: re.Match, language: Language) -> bool:
    """Whether "May" is one of months named together ("April and May", "May–June", "May or June")."""
    before = re.search(r"([^\W\d_]+)\s*(?:,|and|or|to|-|–)\s*$", text[:match.start()])
    after = re.match(r"\s*(?:,|and|or|to|-|–)\s*([^\W\d_]+)", text[match.end():])
    return any(found is not None and found.group(1)[0].isupper() and found.group(1).lower() in language.months
               for found in (before, after))


def _beside_a_number(text: str, match: re.Match) -> bool:
    """Whether "May" is a date's month ("5 May", "May 2026"), not the verb."""
    return bool(re.search(r"\d\s*$", text[:match.start()]) or re.match(r"\s*\d", text[match.end():]))


def _clock_times(text: str, code: str, found: Counter) -> str:
    """The text with its clock times taken out, each counted as "clock H:MM" (24-hour)."""
    def finnish(match: re.Match) -> str:
        hour, minutes, to_hour, to_minutes = match.groups()
        found.update(_clock(int(hour), minutes) for hour, minutes in ((hour, minutes), (to_hour, to_minutes)) if hour)
        return " "

    def english(match: re.Match) -> str:
        hour, minutes, half, hour24, minutes24, plain = match.groups()
        if hour24 is not None or plain is not None:
            found[_clock(int(hour24 or plain), minutes24)] += 1
        else:
            found[_clock(int(hour) % 12 + (12 if half.lower() == "p" else 0), minutes)] += 1
        return " "

    def range_start(match: re.Match) -> str:
        hour, minutes, end, half = match.groups()
        shift = 12 if half.lower() == "p" else 0
        start = int(hour) % 12 + shift
        found[_clock(start - shift if start > int(end) % 12 + shift else start, minutes)] += 1
        return " "

    def named(match: re.Match) -> str:
        clock = _NAMED_TIMES[match.group(1).lower()]
        found[clock if match.group().lower().startswith("12") else OPTIONAL + clock] += 1
        return " "

    def duration(match: re.Match) -> str:
        found["time {}:{}:{}".format(*match.groups())] += 1
        return " "

    text = _DURATION[code].sub(duration, text) if code in _DURATION else text
    if code == "fi":
        return _FI_TIME.sub(lambda match: found.update([_clock(int(match[1]), match[2])]) or " ",
                            _FI_CLOCK.sub(finnish, text))
    return _EN_NAMED_TIME.sub(named, _EN_CLOCK.sub(english, _EN_CLOCK_RANGE.sub(range_start, text)))


def _clock(hour: int, minutes: str | None) -> str:
    return f"clock {hour}:{minutes or '00'}"


def as_digits(found: Counter[str]) -> Counter[str]:
    """Numbers with each clock time as its digits ("clock 17:15" as "17.15"): British English writes a time so
    ("between 17.15 and 17.30"), which reads as a decimal; compared so, the two agree."""
    return Counter({_digits(key): count for key, count in found.items()})


def reconciled(first: Counter[str], second: Counter[str]) -> tuple[Counter[str], Counter[str]]:
    """Two texts' numbers without the clock times one writes as the other's decimals ("kello 17.15", "17.15"),
    and with each optional number (OPTIONAL: "noon", "half an hour") taken as the other's number where the other
    has it, else left out: the same number on both sides."""
    first, second = Counter(first), Counter(second)
    for one, other in ((first, second), (second, first)):
        for key in [key for key in one if key.startswith(OPTIONAL)]:
            number = key.removeprefix(OPTIONAL)
            other[number] -= min(one.pop(key), max(0, other[number] - one[number]))
    for one, other in ((first, second), (second, first)):
        for key in [key for key in one if key.startswith("clock ")]:
            digits = _digits(key)
            same = min(one[key] - other[key], other[digits] - one[digits])
            if same > 0:
                one[key] -= same
                other[digits] -= same
    return +first, +second


def _digits(key: str) -> str:
    """A number's key, a clock time's as its digits ("clock 17:15" -> "17.15")."""
    return key.removeprefix("clock ").replace(":", ".") if key.startswith("clock ") else key
