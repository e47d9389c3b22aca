"""Per-language word tables (language.yml) and the questions translation QA asks of a text in one language."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import product
from pathlib import Path

import yaml
from babel import Locale
from translate.lang import factory
from translate.lang.common import Common

from .finnish import compound_parts

TABLES = Path(__file__).with_name("language.yml")
_QUOTED = re.compile(r'"[^"]*"|\([^)]*\)')
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# the tables each language needs in language.yml; polarity too, each of its concepts listed under each language
_REQUIRED = ("names", "number_words", "fractions", "measures", "renderings", "stop_words", "function_words",
             "common_capitalised", "doubled")


class LanguageDataError(ValueError):
    """language.yml lacks a table a language needs (one line naming the language and the tables)."""


@dataclass(frozen=True)
class Language:
    """What translation QA knows of one language: its word tables (language.yml) and, from CLDR (Babel), the words
    its writing capitalises by rule (months, weekdays, languages and nationalities) and its month names.

    Finnish words are matched by lemma (Voikko): a table lists "usea", and "useiden", "useita" count."""
    code: str
    name: str  # in findings ("English")
    number_words: dict[str, str]  # lemma -> digits
    polarity: dict[str, tuple[str, ...]]  # concept -> words and phrases (negations and hedges)
    concepts: dict[str, tuple[str, ...]]  # quantity, modality, comparison, time: as polarity
    stop_words: frozenset[str]
    function_words: frozenset[str]
    common_capitalised: frozenset[str]  # capitalised words that are not names, beside CLDR's
    doubled: frozenset[str] = frozenset()  # words its grammar may write twice in a row ("had had")
    measures: frozenset[str] = frozenset()  # what a compound after a number word measures ("kaksi|vuotinen")
    fractions: frozenset[str] = frozenset()  # lemmas a bound may stand before as before a number ("under half")
    renderings: dict[str, tuple[str, ...]] = field(default_factory=dict)  # concept -> words that render it only
    own_letters: re.Pattern | None = None  # letters only it uses among the site's languages
    months: dict[str, int] = field(default_factory=dict)  # lower-case month name (each form CLDR has) -> 1..12

    @cached_property
    def capitalised_by_rule(self) -> frozenset[str]:
        """Words the language capitalises that are no names: months, weekdays, languages (CLDR), and the
        table's own."""
        locale = Locale(self.code)
        found = {name for context in locale.months.values() for width in context.values() for name in width.values()}
        found |= {name for context in locale.days.values() for width in context.values() for name in width.values()}
        found |= {name for name in locale.languages.values() if " " not in name}
        return frozenset(name for name in found if name[:1].isupper()) | self.common_capitalised

    @cached_property
    def morphology(self):
        from .finnish import Morphology  # Voikko, only for a language whose tables are lemmas

        return Morphology()

    @cached_property
    def _lemma_prefixes(self) -> frozenset[str]:
        """The first two letters of every table word: only a word starting so is worth analysing."""
        phrases = (*self.polarity.values(), *self.concepts.values())
        table_words = {*self.number_words, *self.fractions,
                       *(phrase for words in phrases for phrase in words if " " not in phrase)}
        return frozenset(word[:2] for word in table_words)

    @cached_property
    def number_candidates(self) -> re.Pattern:
        """The words of a text worth asking number_word() and the month names about: those starting as a number
        word or a month does (two letters: "kahden" of "kaksi"), or with "kuu" in them ("kesäkuussa")."""
        starts = sorted({word[:2] for word in (*self.number_words, *self.months)})
        inner = r"|[^\W\d_]*kuu[^\W\d_]*" if self.code == "fi" else ""
        return re.compile(rf"(?<![^\W\d_])(?:(?:{'|'.join(map(re.escape, starts))})[^\W\d_]*{inner})", re.I)

    def lemmas(self, word: str) -> set[str]:
        """A word's base forms, itself included (Voikko's for Finnish; the word lower-cased otherwise)."""
        word = word.lower()
        if self.code != "fi":
            return {word}
        return {word} | {reading["BASEFORM"].lower() for reading in self.morphology.analyses(word)
                         if reading.get("BASEFORM")}

    def table_lemmas(self, word: str) -> set[str]:
        """lemmas(), asked of Voikko only for a word that starts as some table word does (most words do not)."""
        return self.lemmas(word) if word[:2].lower() in self._lemma_prefixes else {word.lower()}

    def number_word(self, word: str) -> str | None:
        """The digits a number word stands for ("kymmenessä" -> "10", "three" -> "3"), else None. A Finnish
        word counts when each of its numeral readings is one number, in the singular: "kymmeniä" (tens, a
        vague quantity as "dozens" is) and "neljättä" (also the ordinal) count nothing."""
        word = word.lower()
        if self.code != "fi" or word[:2] not in self._lemma_prefixes:
            return self.number_words.get(word)
        analyses = self.morphology.analyses(word)
        readings = [reading for reading in analyses if reading.get("CLASS") == "lukusana"
                    or self._number_noun(reading.get("BASEFORM", "").lower())]
        if not readings:
            return self._compound_number(analyses)
        if any(reading.get("CLASS") == "teonsana" for reading in analyses):  # "sataa", it rains: no hundred
            return None
        values = {self._reading_value(reading) for reading in readings}
        if len(values) != 1 or None in values or any(reading.get("NUMBER") == "plural" for reading in readings):
            return None
        return values.pop()


    def _reading_value(self, reading: dict) -> str | None:
        """The digits of one numeral reading: its base form's in the table, or a compounded cardinal's."""
        base = reading.get("BASEFORM", "").lower()
        found = self.number_words.get(base)
        return found if found is not None or reading.get("CLASS") != "lukusana" else cardinal_value(base)

    def _number_noun(self, lemma: str) -> bool:
        """A noun the table counts as a number ("kaksio", a two-room flat): no numeral's homonym ("kuusi", spruce)."""
        return lemma in self.number_words and not any(reading.get("CLASS") == "lukusana"
                                                      for reading in self.morphology.analyses(lemma))

    def _compound_number(self, analyses: list[dict]) -> str | None:
        """The number a compound adjective starts with ("kaksivuotinen", a two-year; "nelipäiväinen"): its first
        part, as Voikko divides it, if that part is a number word (or its combining form, "neli-") and the next
        a measure (language.yml `measures`: "kaksijakoinen", mixed, and "kaksikielinen", bilingual, count none)."""
        values = set()
        for reading in analyses:
            parts = [(base or part).lower() for part, base in compound_parts(reading.get("WORDBASES", ""))]
            if len(parts) < 2 or reading.get("CLASS") not in ("laatusana", "nimisana_laatusana") \
                    or parts[1] not in self.measures:
                return None
            values.add(self.number_words.get(parts[0]))
        return values.pop() if len(values) == 1 else None


# The parts a Finnish cardinal written as one word is made of ("neljäkymmentäkahdeksan": neljä, kymmentä, kahdeksan)
_CARDINAL_PARTS = re.compile(r"yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmentä|kymmenen|"
                             r"toista|sataa|sata|tuhatta|tuhat")
_UNITS = {"yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "viisi": 5, "kuusi": 6, "seitsemän": 7, "kahdeksan": 8,
          "yhdeksän": 9}
_TIMES = {"toista": None, "kymmentä": 10, "sataa": 100}  # a unit before them: "kolmetoista" 13, "kolmekymmentä" 30


def cardinal_value(base: str) -> str | None:
    """The value of a Finnish cardinal compounded in one word, in its base form ("neljäkymmentäkahdeksan" -> "48",
    "kaksisataakolmekymmentä" -> "230", "kolmetuhatta" -> "3000"), else None. Read here part by part because
    Voikko gives such a word's base form but not its parts ("+neljäkymmentä(neljä)+kahdeksan(kahdeksan)")."""
    parts = _CARDINAL_PARTS.findall(base)
    if len(parts) < 2 or "".join(parts) != base:  # one part: the table's word, or none ("yksi" counts nothing)
        return None
    total = group = unit = 0
    for part in parts:
        if part in _UNITS:
            if unit:
                return None  # two units in a row: no number
            unit = _UNITS[part]
        elif part in _TIMES:
            if not unit:
                return None
            group, unit = group + (unit + 10 if part == "toista" else unit * _TIMES[part]), 0
        elif part == "tuhatta":
            total, group, unit = total + (group + unit) * 1000, 0, 0
        else:  # "kymmenen", "sata", "tuhat" alone
            group += {"kymmenen": 10, "sata": 100, "tuhat": 1000}[part]
    return str(total + group + unit)


def _month_names(code: str) -> dict[str, int]:
    """Each month's names (lower case) in every form CLDR has: the full ones whatever their length ("May"), the
    shorter ones only when longer than three letters (an abbreviation "tou" or "Jan" is too often another word)."""
    locale = Locale(code)
    return {name.lower(): number for context in locale.months.values() for width_name, width in context.items()
            for number, name in width.items() if width_name == "wide" or len(name) > 3}


_CHOICE = re.compile(r"\{([^{}]*)\}")


def _expanded(phrases: list[str]) -> tuple[str, ...]:
    """A table's phrases with each choice written out: "no {it|they} will not" is "no it will not" and "no they
    will not" (an echo answer's words, which a table would otherwise list once for each pronoun)."""
    found = []
    for phrase in phrases:
        parts = _CHOICE.split(phrase)  # text, choices, text, choices, …, text
        options = [[part] if n % 2 == 0 else part.split("|") for n, part in enumerate(parts)]
        found.extend(" ".join("".join(chosen).split()) for chosen in product(*options))
    return tuple(dict.fromkeys(found))


@cache
def _tables() -> dict:
    """language.yml as read, once per process (libyaml's loader: the pure-Python one took a tenth of a check)."""
    return yaml.load(TABLES.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@cache
def language(code: str) -> Language:
    """One language's data, complete, or LanguageDataError naming what is missing."""
    data = _tables()
    missing = [table for table in _REQUIRED if code not in (data.get(table) or {})]
    missing += [f"polarity.{concept}" for concept, by_language in data["polarity"].items() if code not in by_language]
    if missing:
        raise LanguageDataError(f"{TABLES.name} has no {code} in: {', '.join(missing)} (translation QA needs each "
                                f"table for every language the site is built in)")
    letters = data.get("own_letters", {}).get(code)
    return Language(
        code=code, name=data["names"][code], number_words=dict(data["number_words"][code]),
        polarity={concept: _expanded(by_language[code]) for concept, by_language in data["polarity"].items()},
        concepts={concept: _expanded(by_language[code]) for concept, by_language in data["concepts"].items()
                  if code in by_language},
        stop_words=frozenset(data["stop_words"][code]), function_words=frozenset(data["function_words"][code]),
        measures=frozenset(data["measures"][code]), fractions=frozenset(data["fractions"][code]),
        renderings={concept: tuple(words) for concept, words in (data["renderings"][code] or {}).items()},
        common_capitalised=frozenset(data["common_capitalised"][code]), doubled=frozenset(data["doubled"][code]),
        own_letters=re.compile(f"[{re.escape(letters)}]") if letters else None, months=_month_names(code))


@cache
def placeholders() -> tuple[str, ...]:
    """Placeholder text that must never be published, in any language."""
    return tuple(_tables()["placeholders"])


def sentences(text: str, language: str) -> list[str]:
    """The sentences of a text, split by translate-toolkit's rules for the language."""
    ends = _sentence_ends(language)
    if ends is None:  # a language with rules of its own (none of the site's): the toolkit's own splitter
        parts = factory.getlanguage(language).sentences(text)
    else:
        parts = _split(text, ends)
    return [s.strip() for s in parts if s.strip()]


# Hand-written because translate-toolkit's sentence regex is quadratic: it starts with a lazy `.*?`, so where no
# sentence end follows, re.finditer tries it from every position to the text's end (a paragraph of 2,000 words
# without one: 1 s; 20,000 words: 105 s; the generator and the checker split every paragraph, some many times).
# Matching only the end itself (the punctuation, the spaces after it and the toolkit's lookahead, with the same
# backtracking) finds the same ends in one pass; tests/test_hostile_contracts.py compares the two.
_NOT_LOWER_OR_DIGIT = r"[^a-zа-џ\d]"  # the toolkit's lookahead: the next sentence does not start in lower case


@cache
def _sentence_ends(language: str) -> re.Pattern | None:
    """Where a sentence ends in a language that uses the toolkit's common rule, or None for one with its own."""
    toolkit = factory.getlanguage(language)
    if toolkit.sentencere is not Common.sentencere:
        return None
    return re.compile(rf"[{re.escape(toolkit.sentenceend)}]\s+(?={_NOT_LOWER_OR_DIGIT})")


def _split(text: str, ends: re.Pattern) -> list[str]:
    """The text cut after each sentence end, as the toolkit's sentence_iter cuts it."""
    starts = [0, *(match.end() for match in ends.finditer(text))]
    return [text[start:end] for start, end in zip(starts, [*starts[1:], len(text)])]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def detect(text: str, languages: tuple[str, ...]) -> str | None:
    """The language whose function words a text uses most, or None for a text too short to tell (under 4 words).

    Hand-written on purpose: a dictionary-based detector (simplemma) takes about 3 s to load its Finnish lexicon,
    which alone would make the checker slower than lychee on the benchmark; function words tell these two
    languages apart reliably on any sentence of four words or more.
    """
    tokens = [w.lower() for w in words(_QUOTED.sub(" ", text))]  # a quotation is in its own language
    if len(tokens) < 4:
        return None
    known = {code: language(code) for code in languages}
    hits = {code: sum(token in known[code].function_words for token in tokens) for code in languages}
    for code in hits:  # letters the other languages never use are evidence too
        if known[code].own_letters is not None:
            hits[code] += sum(bool(known[code].own_letters.search(token)) for token in tokens)
    best = max(hits, key=hits.get)
    return best if hits[best] and list(hits.values()).count(hits[best]) == 1 else None


def rendered(found: Counter[str], original: Counter[str], text: str, code: str) -> Counter[str]:
    """A translation's concepts with its weak renderings counted (language.yml `renderings`): each only where the
    original has the concept more often than the translation does ("may" for "saattaa")."""
    found = Counter(found)
    lowered = text.lower().replace("’", "'")
    words = Counter(_tokens(lowered))
    for concept, renderings in language(code).renderings.items():
        wanted = original[concept] - found[concept]
        if wanted > 0:
            said = sum(count for word, count in words.items()
                       if any(_renders(word, rendering) for rendering in renderings if " " not in rendering))
            said += sum(len(re.findall(rf"\b{re.escape(rendering)}\b", lowered))  # a phrase: "more and more"
                        for rendering in renderings if " " in rendering)
            found[concept] += min(wanted, said)
    return found


def rendered_concepts(word: str, code: str, whole_words: bool = False) -> set[str]:
    """The concepts a word renders only where the original says them (language.yml `renderings`: "may":
    possible); with `whole_words`, only as a word of its own, not by a suffix ("-less")."""
    return {concept for concept, renderings in language(code).renderings.items()
            if any(word == rendering if whole_words else _renders(word, rendering) for rendering in renderings)}


def _renders(word: str, rendering: str) -> bool:
    """Whether a word is a rendering: the word itself, or one with its suffix ("-less": "pointless") and four
    letters or more before it ("unless" is none)."""
    if rendering.startswith("-"):
        return word.endswith(rendering[1:]) and len(word) - len(rendering) + 1 >= 4
    return word == rendering


def polarity(text: str, code: str) -> Counter[str]:
    """How often each negation or hedge concept occurs in a text ("not" -> negation, "tuskin" -> unlikely).

    Longer phrases are matched first and take their words with them ("no fewer than" is at-least, not also a
    negation); "#" in a phrase stands for a number ("over #": "over 30", not "win them over").
    """
    return Counter({concept: len(words) for concept, words in _match(text, code, "polarity")[0].items()
                    if not concept.startswith("_")})  # "_duration": words taken from a bound, no concept


def concepts(text: str, code: str) -> dict[str, list[str]]:
    """The concepts of a text, negations, hedges, quantities, modality, comparison and time together
    (language.yml `polarity` and `concepts`): {concept: [the words]}."""
    return {concept: list(words) for concept, words in _match(text, code, "polarity", "concepts")[0].items()}


def without_concepts(text: str, code: str) -> str:
    """A text's words, lowercased, with the words of its concepts taken out (each phrase as a run of "_")."""
    return _match(text, code, "polarity", "concepts")[1]


@lru_cache(maxsize=8192)  # translation QA reads one text again for each of its checks and each unit it aligns
def _match(text: str, code: str, *table_names: str) -> tuple[dict[str, list[str]], str]:
    tokens = [_NUMBER_TOKEN if _is_number(w, code) else _table_form(w, code, table_names) for w in _tokens(text)]
    joined = f" {' '.join(tokens)} "
    present = set(tokens)
    found: dict[str, list[str]] = {}
    for phrase in _compiled_phrases(code, table_names):
        if phrase.first is not None and phrase.first not in present:
            continue  # taking words only removes them: a phrase whose first word the text lacks cannot match
        if phrase.ending:  # a contracted ending such as "'ll": "it'll", "they'll"
            hits = [token for token in joined.split() if token.endswith(phrase.ending)]
            count = len(hits)
            for token in hits:
                joined = joined.replace(f" {token} ", " _ ")
        elif phrase.gap is not None:  # "pushed … up": the words between stay words of their own
            joined, count = phrase.gap.subn(lambda match: f" _{match.group(1)} _", joined)
        else:  # a word in brackets is context: it must follow, and is not taken ("over # (weeks)")
            count = joined.count(phrase.plain)
            joined = joined.replace(phrase.plain, phrase.taken)
        if count:
            found.setdefault(phrase.concept, []).extend([phrase.text] * count)
    return found, joined


@dataclass(frozen=True)
class _Phrase:
    """A table's phrase, prepared once for matching against a text's tokens joined by spaces."""

    text: str
    concept: str
    first: str | None  # its first word (None: a contracted ending, which matches inside a token)
    ending: str  # a contracted ending ("'ll"), else ""
    plain: str  # " over # weeks ": its words as they occur, spaced
    taken: str  # "  _ _ weeks  ": what they become once matched (a context word in brackets stays)
    gap: re.Pattern | None = None  # "pushed … up": one or two words between ("pushed costs up")


# Where a phrase's words may part for one or two others: a phrasal verb's object ("pushed … up": "pushed costs up")
_GAP = "…"


@cache
def _compiled_phrases(code: str, table_names: tuple[str, ...]) -> tuple[_Phrase, ...]:
    prepared = []
    for text, concept in _phrases(code, table_names):
        if "'" in text:
            prepared.append(_Phrase(text, concept, None, text, "", ""))
            continue
        words = text.split()
        if _GAP in words:
            before, after = " ".join(words[:words.index(_GAP)]), " ".join(words[words.index(_GAP) + 1:])
            gap = re.compile(rf" {re.escape(before)}((?: [^\s_]+){{1,2}}) {re.escape(after)}(?= )")
            prepared.append(_Phrase(text, concept, words[0], "", "", "", gap))
            continue
        plain = " ".join(word.strip("()") for word in words)
        taken = " ".join(word.strip("()") if word.startswith("(") else "_" for word in words)
        prepared.append(_Phrase(text, concept, plain.split()[0], "", f" {plain} ", f"  {taken}  "))
    return tuple(prepared)


def _table_form(word: str, code: str, table_names: tuple[str, ...]) -> str:
    """A word as the tables list it: lower-cased, or its lemma when a table lists the lemma ("useiden" -> usea)."""
    word = word.lower().replace("’", "'")
    single = _single_words(code, table_names)
    if word in single:
        return word
    if word.endswith("'s") and word[:-2] in single:  # a possessive: "Saturday's" is Saturday
        return word[:-2]
    return next((lemma for lemma in sorted(language(code).table_lemmas(word)) if lemma in single), word)


@cache
def _single_words(code: str, table_names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(phrase.text for phrase in _compiled_phrases(code, table_names) if " " not in phrase.text)


_NUMBER_TOKEN = "#"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)?")


# Contractions that hold two concepts ("won't": a future and a negation), as the words they stand for.
_CONTRACTED = {"won't": ("will", "not"), "shan't": ("shall", "not"), "can't": ("cannot",)}


def _tokens(text: str) -> list[str]:
    return [word for token in _TOKEN.findall(text) for word in _uncontracted(token)]


def _uncontracted(token: str) -> tuple[str, ...]:
    """A token as the words it stands for: "shouldn't" is "should" and "not", as "should not" is (an obligation
    and a negation; "won't" is "will not")."""
    plain = token.lower().replace("’", "'")
    if plain in _CONTRACTED:
        return _CONTRACTED[plain]
    return (token[:-3], "not") if plain.endswith("n't") and len(plain) > 3 else (token,)


def _is_number(token: str, code: str) -> bool:
    """A quantity a "#" of a phrase stands for: digits, a number word or a fraction ("under half")."""
    known = language(code)
    return token[0].isdigit() or known.number_word(token) is not None \
        or bool(known.table_lemmas(token) & known.fractions)


@cache
def _phrases(code: str, table_names: tuple[str, ...]) -> list[tuple[str, str]]:
    """(phrase, concept) of a language in the tables named, longest phrase first."""
    known = language(code)
    pairs = [(phrase.lower(), concept) for name in table_names for concept, phrases in getattr(known, name).items()
             for phrase in phrases]
    return sorted(pairs, key=lambda pair: -len(pair[0].split()))


def placeholder(text: str) -> str | None:
    """The placeholder a text contains (TODO, "translation pending", lorem ipsum…), if any."""
    if not _any_placeholder().search(text):  # the usual case, in one search
        return None
    return next(marker for marker in placeholders()
                if re.search(r"(?<!\w)" + re.escape(marker) + r"(?!\w)", text, re.I))


@cache
def _any_placeholder() -> re.Pattern:
    return re.compile("|".join(r"(?<!\w)" + re.escape(marker) + r"(?!\w)" for marker in placeholders()), re.I)
