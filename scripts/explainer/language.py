"""Per-language word tables (language.yml) and the questions translation QA asks of a text in one language."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from translate.lang import factory
from translate.lang.common import Common

TABLES = Path(__file__).with_name("language.yml")
_QUOTED = re.compile(r'"[^"]*"|\([^)]*\)')
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class Tables:
    number_words: dict[str, dict[str, str]]
    polarity: dict[str, dict[str, tuple[str, ...]]]  # concept -> language -> words and phrases
    concepts: dict[str, dict[str, tuple[str, ...]]]  # quantity, modality, comparison, time: as polarity
    stop_words: dict[str, frozenset[str]]  # words that carry no meaning of their own when a wording changes
    function_words: dict[str, frozenset[str]]
    common_capitalised: dict[str, frozenset[str]]
    placeholders: tuple[str, ...]
    names: dict[str, str]  # language -> its name in findings
    own_letters: dict[str, re.Pattern]  # language -> letters only it uses among the site's languages


@cache
def tables() -> Tables:
    data = yaml.safe_load(TABLES.read_text(encoding="utf-8"))
    return Tables(
        number_words=data["number_words"],
        polarity={concept: {lang: tuple(words) for lang, words in by_language.items()}
                  for concept, by_language in data["polarity"].items()},
        concepts={concept: {lang: tuple(words) for lang, words in by_language.items()}
                  for concept, by_language in data["concepts"].items()},
        stop_words={lang: frozenset(words) for lang, words in data["stop_words"].items()},
        function_words={lang: frozenset(words) for lang, words in data["function_words"].items()},
        common_capitalised={lang: frozenset(words) for lang, words in data["common_capitalised"].items()},
        placeholders=tuple(data["placeholders"]),
        names=dict(data["names"]),
        own_letters={lang: re.compile(f"[{re.escape(letters)}]") for lang, letters in data["own_letters"].items()},
    )


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
    function_words, own_letters = tables().function_words, tables().own_letters
    hits = {lang: sum(token in function_words.get(lang, ()) for token in tokens) for lang in languages}
    for lang in hits:  # letters the other languages never use are evidence too
        if lang in own_letters:
            hits[lang] += sum(bool(own_letters[lang].search(token)) for token in tokens)
    best = max(hits, key=hits.get)
    return best if hits[best] and list(hits.values()).count(hits[best]) == 1 else None


def polarity(text: str, language: str) -> Counter[str]:
    """How often each negation or hedge concept occurs in a text ("not" -> negation, "tuskin" -> unlikely).

    Longer phrases are matched first and take their words with them ("no fewer than" is at-least, not also a
    negation); "#" in a phrase stands for a number ("over #": "over 30", not "win them over").
    """
    return Counter({concept: len(words) for concept, words in _match(text, language, "polarity")[0].items()})


def concepts(text: str, language: str) -> dict[str, list[str]]:
    """The concepts of a text, negations, hedges, quantities, modality, comparison and time together
    (language.yml `polarity` and `concepts`): {concept: [the words]}."""
    return _match(text, language, "polarity", "concepts")[0]


def without_concepts(text: str, language: str) -> str:
    """A text's words, lowercased, with the words of its concepts taken out (each phrase as a run of "_")."""
    return _match(text, language, "polarity", "concepts")[1]


def _match(text: str, language: str, *table_names: str) -> tuple[dict[str, list[str]], str]:
    tokens = [_NUMBER_TOKEN if _is_number(w, language) else w.lower().replace("’", "'") for w in _tokens(text)]
    joined = f" {' '.join(tokens)} "
    found: dict[str, list[str]] = {}
    for phrase, concept in _phrases(language, table_names):
        if "'" in phrase:  # a contracted ending such as "n't": "don't", "isn't"
            hits = [token for token in joined.split() if token.endswith(phrase)]
            count = len(hits)
            for token in hits:
                joined = joined.replace(f" {token} ", " _ ")
        else:
            count = joined.count(f" {phrase} ")
            joined = joined.replace(f" {phrase} ", "  " + " ".join(["_"] * len(phrase.split())) + "  ")
        if count:
            found.setdefault(concept, []).extend([phrase] * count)
    return found, joined


_NUMBER_TOKEN = "#"
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W\d_]+(?:['’][^\W\d_]+)?")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _is_number(token: str, language: str) -> bool:
    return token[0].isdigit() or token.lower() in tables().number_words.get(language, {})


@cache
def _phrases(language: str, table_names: tuple[str, ...]) -> list[tuple[str, str]]:
    """(phrase, concept) of a language in the tables named, longest phrase first."""
    pairs = [(phrase.lower(), concept) for name in table_names
             for concept, by_language in getattr(tables(), name).items()
             for phrase in by_language.get(language, ())]
    return sorted(pairs, key=lambda pair: -len(pair[0].split()))


def placeholder(text: str) -> str | None:
    """The placeholder a text contains (TODO, "translation pending", lorem ipsum…), if any."""
    for marker in tables().placeholders:
        if re.search(r"(?<!\w)" + re.escape(marker) + r"(?!\w)", text, re.I):
            return marker
    return None
