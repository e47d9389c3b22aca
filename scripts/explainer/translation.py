"""Translation QA: every translated unit against its Finnish unit, sentence by sentence.

Units pair by key (explainer.units): the source unit (in the source language, Finnish) and its translation. Their
sentences are aligned (explainer.align) and each bead is compared for names, numbers, negations and hedges, and
length. Findings name the check, the translation's Markdown file and the
line of the unit, the unit's key and the sentence, and quote the Finnish sentence concerned.
A deliberate difference is declared on the translated unit in its Markdown (`{ data-differs="CHECK ITEM: reason" }`)
and silences exactly that finding; a declaration that silences nothing is itself reported.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Callable

from translate.filters import checks as tt_checks
from translate.storage.base import TranslationUnit

from .align import Bead, LengthModel, align, carried, replaced
from .conventions import doubled_words, foreign_forms, open_brackets
from .grounding import Grounds, country_named
from .language import concepts, detect, placeholder, polarity, rendered, sentences, words
from .language import language as language_of
from .published import Names
from .quantities import OPTIONAL, as_digits, numbers, reconciled
from .structure import PageStructure
from .text import ADDRESS, INSTEAD, NOT_BEFORE, NOT_MANY, NOT_ONLY, NOT_UNTIL, UPPER, at_word_start, is_unit
from .units import Unit, units

# Sentence alignment's length model, calibrated on the first explainer's 73 aligned article and FAQ pairs
# (`check_site.py --show-alignment` prints the figures): English runs 0.965 characters per Finnish character with a
# variance of 1.105 per character. Kept tight on purpose: a wider variance lets a 2-1 or 1-2 bead absorb a dropped
# or an added sentence, which then goes unreported as such.
ALIGNMENT = LengthModel(ratio=0.97, variance=1.1)
# The length check's model, fitted on the tuned half of the corpus (tests/fixtures/corpus, 110 aligned pairs of
# faithful translations of press releases, news and features): 1.062 characters per Finnish character, variance
# 1.78. A pair beyond LENGTH_LIMIT standard deviations is reported; the limit is just above the largest deviation
# of a faithful pair in that half (3.71). For a 100-character Finnish sentence the band is 0.55–1.57; for 250
# characters, 0.74–1.38. The held-out half gives its figure in README.
LENGTH = LengthModel(ratio=1.06, variance=1.8)
LENGTH_LIMIT = 3.8

# Units whose text is a name, compared as names only (a name reads the same in every language).
_NAME_UNITS = {"name"}
_QUOTED = re.compile(r'"[^"]*"')
_FINNISH_LETTERS = re.compile("[äöåÄÖÅ]")
_CAPITALISED = re.compile(rf"(?<![\w'’-])[{UPPER}][\w'’-]*")


@dataclass(frozen=True)
class Problem:
    check: str
    unit: Unit
    language: str  # the language of the file the problem is in
    item: str  # what a declaration names to silence it ("Language Learning", "2", "negation")
    message: str


@dataclass
class Pair:
    """A source unit and its translation (either may be missing), with their sentences and alignment."""
    source: Unit | None
    translation: Unit | None
    source_language: str
    language: str  # the translation's
    names: Names  # the names declared for the page the units are on
    prefixes: tuple[str, str] = ("", "")  # the languages' URL folders ("", "en/"): links compare without them
    source_sentences: list[str] = field(default_factory=list)
    translation_sentences: list[str] = field(default_factory=list)
    beads: list[Bead] = field(default_factory=list)
    approved: tuple[str, str] | None = None  # the pair as the translation memory approved it, if it did
    found: list[Problem] | None = None  # its problems, once compared (explainer.compared_pairs)


def excerpt(text: str, width: int = 40) -> str:
    return f'"{text[:width]}…"' if len(text) > width else f'"{text}"'


def anchors(text: str, language: str, names: Names) -> Counter:
    """Names and numbers of a text: what alignment pairs sentences by."""
    found = Counter(names.found_in(text))
    found.update({number: count for number, count in as_digits(numbers(text, language_of(language))).items()
                  if not number.startswith(OPTIONAL)})  # "half an hour" pairs with no digits
    return found


@cache
def _unchanged_checker() -> tt_checks.StandardChecker:
    return tt_checks.StandardChecker(limitfilters=["unchanged", "untranslated"])


def _unchanged(original: str, translation: str) -> str | None:
    """translate-toolkit's verdict: "untranslated" (empty) or "unchanged" (the original), else None."""
    unit = TranslationUnit(original)
    unit.target = translation
    failures = _unchanged_checker().run_filters(unit)
    return next(iter(failures), None)


def pairs(source: PageStructure, translated: PageStructure, source_language: str, language: str,
          names: Names, prefixes: tuple[str, str] = ("", ""),
          listed_names: Callable[[str], Names] | None = None) -> list[Pair]:
    """The units of two languages' pages paired by key, each pair's sentences split and aligned (`paired`)."""
    found = paired(source, translated, source_language, language, names, prefixes, listed_names)
    for pair in found:
        split_and_align(pair)
    return found


def paired(source: PageStructure, translated: PageStructure, source_language: str, language: str,
           names: Names, prefixes: tuple[str, str] = ("", ""),
           listed_names: Callable[[str], Names] | None = None) -> list[Pair]:
    """The units of two languages' pages paired by key, in the translation's order, unpaired ones included, not
    yet aligned; an explainer's title and summary where the home page lists them are checked with its names
    (`listed_names`)."""
    translated_units = {unit.key: unit for unit in units(translated)}
    source_units = {unit.key: unit for unit in units(source) if _compared(unit, translated_units, translated)}
    keys = list(translated_units) + [key for key in source_units if key not in translated_units]
    found = []
    names = names.normalised()  # as the units' text is
    for key in keys:
        unit = source_units.get(key) or translated_units[key]
        unit_names = listed_names(unit.anchor).normalised() if unit.kind == "listed" and listed_names is not None \
            else names
        found.append(Pair(source_units.get(key), translated_units.get(key), source_language, language, unit_names,
                          prefixes))
    return found


def _compared(unit: Unit, translated_units: dict[str, Unit], translated: PageStructure) -> bool:
    """Whether a source unit is one the translation must have: an explainer listed in the source language only is
    not translated yet (the checker's summary says so), and a generated glossary entry of an explainer not
    translated yet is shown in the source language there; neither is a dropped unit."""
    return (unit.kind != "listed" or unit.key in translated_units) and \
        unit.anchor not in translated.shown_untranslated


def split_and_align(pair: Pair) -> None:
    """A pair's sentences, each side split by its language's rules, and (both present, no name unit) aligned: a
    translation reworded since the memory approved it, by the approved alignment carried over (align.carried)."""
    if pair.source is not None:
        pair.source_sentences = sentences(pair.source.text, pair.source_language)
    if pair.translation is not None:
        pair.translation_sentences = sentences(pair.translation.text, pair.language)
    if pair.source is not None and pair.translation is not None and pair.source.kind not in _NAME_UNITS:
        if pair.approved is not None and pair.approved[0] == pair.source.text \
                and pair.approved[1] != pair.translation.text:  # a reworded translation of the same source
            approved = sentences(pair.approved[1], pair.language)
            pair.beads = carried(_aligned(pair.source_sentences, approved, pair), approved,
                                 pair.translation_sentences)
        else:
            pair.beads = _aligned(pair.source_sentences, pair.translation_sentences, pair)


def reworded_source(pair: Pair) -> str:
    """The source sentences a reworded translation's changed sentences translate (by its alignment): what the
    Finnish says there, not elsewhere in the unit; the whole source unit when no sentence is new (one left out)."""
    approved = set(sentences(pair.approved[1], pair.language)) if pair.approved is not None else set()
    changed = {j for j, sentence in enumerate(pair.translation_sentences) if sentence not in approved}
    found = sorted({i for bead in pair.beads if changed.intersection(bead.translation) for i in bead.source})
    return " ".join(pair.source_sentences[i] for i in found) if found else pair.source.text


def reworded_sentences(pair: Pair) -> tuple[str, str]:
    """The approved translation's sentences a rewording replaced and the sentences that replace them: the change
    alone, so that a concept one sentence lost is not hidden by another sentence that still has it ("will" gone
    from one of five sentences); both whole texts when no sentence differs."""
    old = sentences(pair.approved[1], pair.language) if pair.approved is not None else []
    new = pair.translation_sentences
    lost, gained = [], []
    for was, now in replaced(old, new):  # the groups the carried alignment is made of
        if [old[i] for i in was] != [new[j] for j in now]:
            lost += [old[i] for i in was]
            gained += [new[j] for j in now]
    if not lost and not gained:
        return (pair.approved[1] if pair.approved is not None else ""), pair.translation.text
    return " ".join(lost), " ".join(gained)


def _aligned(source: list[str], translation: list[str], pair: Pair) -> list[Bead]:
    # each side's anchors read once per text: the alignment asks for a sentence's (or two's) at every step
    source_anchors = cache(lambda text: anchors(text, pair.source_language, pair.names))
    translation_anchors = cache(lambda text: anchors(text, pair.language, pair.names))
    return align(source, translation, ALIGNMENT, source_anchors, translation_anchors)


def undeclared_names(sentence: str, language: str, source_language: str, names: Names,
                     grounds: Grounds | None = None) -> list[str]:
    """Capitalised words that no declared entity covers, other than a sentence's or a quotation's first word, the
    words the language capitalises by rule (months, weekdays, languages), units of measure ("GWh", as the generator
    reads them) and those the Finnish unit accounts for
    (`grounds`: "Tampere" for "Tampereella", "School" for "koulu").

    A quotation of Finnish inside another language ("Mikä yritys") is the source's wording, not a name.
    """
    declared = _declared_spans(sentence, language, source_language, names)
    declared += _contact_titles(sentence, declared)
    common = language_of(language).capitalised_by_rule
    found = []
    for match in _CAPITALISED.finditer(sentence):
        token = match.group().rstrip("'’-")
        if _STARTS.search(sentence[:match.start()]) or any(start <= match.start() < end for start, end in declared) \
                or _ELIDED_LETTER.fullmatch(match.group()):
            continue
        # each capitalised part of "January-March" or "Helsinki-based", without a possessive "'s"
        parts = [part for part in re.split(r"-", re.split(r"['’]", token)[0]) if part[:1].isupper()]
        if not all(_by_rule(part, common) or _accounted(part, grounds) or is_unit(part) for part in parts):
            found.append(token)
    return found


def _declared_spans(sentence: str, language: str, source_language: str, names: Names) -> list[tuple[int, int]]:
    """Where a sentence has a declared name, or (in a translation) a quotation in the source language."""
    declared = [(m.start(), m.end()) for name in names.present(sentence)
                for m in at_word_start(name).finditer(sentence)]
    if language != source_language:
        declared += [(m.start(), m.end()) for m in _QUOTED.finditer(sentence) if _FINNISH_LETTERS.search(m.group())]
    return declared


# A contacts line ("Jouni Taskinen, Managing Director, tel. 040…"): a phone, or an address (ADDRESS), in it
_PHONE = re.compile(r"\b(?:tel|puh|phone)\b", re.I)
_TITLE_CASE = rf"[{UPPER}][\w'’-]*(?: (?:of|and|for|the|[{UPPER}][\w'’-]*))*"
_TITLE_AFTER = re.compile(rf", ({_TITLE_CASE})(?=,|$)")
_TITLE_BEFORE = re.compile(rf"(?:^|[,:] |\S*[\d@]\S* )({_TITLE_CASE}) $")  # after a line's number or address


def _contact_titles(sentence: str, declared: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where a contacts line gives a person's job title in title case, right after the name and a comma ("…,
    Customer Ombudsman, tel.") or right before it ("Doctoral Researcher Joonas Pelkonen, …"): a title, no name, when
    its head names a kind of person (WordNet: "Ombudsman", "Director of …"; not "University")."""
    if not (_PHONE.search(sentence) or ADDRESS.search(sentence)):
        return []
    found = []
    for start, end in declared:
        for match in (_TITLE_AFTER.match(sentence, end), _TITLE_BEFORE.search(sentence[:start])):
            if match and _names_a_person(match.group(1)):
                found.append(match.span(1))
    return found


def _names_a_person(title: str) -> bool:
    """Whether a title's head ("Director" of "Director of Economic Development") is a kind of person."""
    from .meaning import lexicon  # WordNet, read only for a contacts line's title

    return lexicon().wordnet.is_person(title.split(" of ")[0].split(" ")[-1].lower())


def _by_rule(word: str, common: frozenset[str]) -> bool:
    """A word capitalised by rule, a weekday in the plural too ("on Tuesdays")."""
    return word in common or (word.endswith("s") and word[:-1] in common)


def _accounted(word: str, grounds: Grounds | None) -> bool:
    return grounds is not None and grounds.accounts_for(word)


# a lettered compound's first part left to the next ("B- ja C-talot": buildings B and C), as the generator reads it
_ELIDED_LETTER = re.compile(rf"[{UPPER}]-")

# where a sentence or a quotation starts: its first word is capitalised by its place
_STARTS = re.compile(r"(?:^|[“”\"«»‘(:]|\s[–—-])\W*$")


# --- The problems of one pair ---------------------------------------------------------------------------------

def _unit_problems(pair: Pair) -> list[Problem]:
    """Untranslated, placeholder and names-unit problems; alignment follows only when these leave it sense."""
    problems = []
    fi, en, language = pair.source, pair.translation, pair.language
    for unit, unit_language in ((fi, pair.source_language), (en, language)):
        marker = placeholder(unit.text) if unit is not None else None
        if marker:
            problems.append(Problem("placeholder", unit, unit_language, marker,
                                    f'{unit.key}: placeholder text "{marker}"'))
    if fi is None or en is None:
        return problems
    if fi.kind in _NAME_UNITS:
        if pair.names.found_in(fi.text) != pair.names.found_in(en.text):
            problems.append(Problem("names", en, language, en.text,
                                    f'{en.key}: "{en.text}" is not the name "{fi.text}"'))
        return problems
    verdict = _unchanged(fi.text, en.text) if fi.text else None
    source_name, name = _name(pair.source_language), _name(language)
    both = (pair.source_language, language)
    if verdict == "untranslated":
        problems.append(Problem("untranslated", en, language, "", f"{en.key}: the translation is empty"))
    elif verdict == "unchanged" and _has_words(fi.text, pair.names):
        problems.append(Problem("untranslated", en, language, "",
                                f"{en.key}: the translation is the {source_name} text"))
    elif detect(_words_only(en.text, pair.names), both) == pair.source_language:
        problems.append(Problem("untranslated", en, language, "", f"{en.key}: the translation is in {source_name}"))
    else:
        for number, sentence in enumerate(pair.translation_sentences, start=1):
            if detect(_words_only(sentence, pair.names), both) == pair.source_language:
                problems.append(Problem("untranslated", en, language, str(number),
                                        f"{en.key}: {name} sentence {number} is in {source_name}: "
                                        f"{excerpt(sentence)}"))
    return problems


def _bead_problems(pair: Pair, bead: Bead) -> list[Problem]:
    en, language, source_language = pair.translation, pair.language, pair.source_language
    fi_text = " ".join(pair.source_sentences[i] for i in bead.source)
    en_text = " ".join(pair.translation_sentences[j] for j in bead.translation)
    fi_numbers = [str(i + 1) for i in bead.source]
    en_numbers = [str(j + 1) for j in bead.translation]
    source_name = _name(source_language)
    if not bead.translation:
        return [Problem("dropped-sentence", en, language, fi_numbers[0],
                        f"{en.key}: no {_name(language)} for {source_name} sentence {fi_numbers[0]} "
                        f"{excerpt(fi_text)}")]
    if not bead.source:
        return [Problem("added-sentence", en, language, en_numbers[0],
                        f"{en.key}: {_name(language)} sentence {en_numbers[0]} has no {source_name} original: "
                        f"{excerpt(en_text)}")]
    where = f"{en.key} sentence {'+'.join(en_numbers)}"
    quoted = f"{source_name} sentence {'+'.join(fi_numbers)} {excerpt(fi_text)}"
    problems = []
    deviation = LENGTH.deviation(len(fi_text), len(en_text))
    if abs(deviation) > LENGTH_LIMIT:
        low, high = LENGTH.band(len(fi_text), LENGTH_LIMIT)
        problems.append(Problem("length", en, language, en_numbers[0],
                                f"{where}: length ratio {len(en_text) / len(fi_text):.2f} is outside "
                                f"{low:.2f}–{high:.2f} for {quoted}"))
    return problems + _bead_names(pair, fi_text, en_text, where, quoted) + \
        _bead_quantities(pair, fi_text, en_text, where, quoted)


def _bead_names(pair: Pair, fi_text: str, en_text: str, where: str, quoted: str) -> list[Problem]:
    """Names an aligned sentence pair has on one side only."""
    en, language, source_language = pair.translation, pair.language, pair.source_language
    problems = []
    # a name inside a longer one the sentence has is none of its own ("Savonlaakson Meijerin" holds no "Meijer"),
    # nor a word a sentence's start capitalises ("Meijeri", a dairy)
    fi_names = {name for name in _outermost(pair.names.found_in(fi_text))
                if source_language != "fi" or not language_of("fi").morphology.only_as_words(name, fi_text)}
    en_names = pair.names.found_in(en_text)
    for name in sorted(fi_names - en_names):  # outermost already
        if not country_named(name, en_text, source_language, language):  # "Suomi" as "Finland"
            problems.append(Problem("names", en, language, name, f'{where}: name "{name}" is missing ({quoted})'))
    # a name the Finnish unit gives elsewhere may stand for its pronoun here ("Hän" -> "Meijer"), or one it
    # derives a word from ("kuopiolainen": of Kuopio)
    grounds = Grounds(pair.source.text, source_language, language)
    for name in sorted(_outermost(en_names - fi_names - pair.names.found_in(pair.source.text))):
        if not all(grounds.accounts_for(word) for word in name.split(" ") if word[:1].isupper()):
            problems.append(Problem("names", en, language, name, f'{where}: name "{name}" is not in {quoted}'))
    return problems


def _bead_quantities(pair: Pair, fi_text: str, en_text: str, where: str, quoted: str) -> list[Problem]:
    """Numbers, negations and hedges an aligned sentence pair has on one side only."""
    en, language, source_language = pair.translation, pair.language, pair.source_language
    problems = []
    fi_count = numbers(fi_text, language_of(source_language))
    en_count = numbers(en_text, language_of(language))
    fi_count, en_count = reconciled(fi_count, en_count)
    for number in sorted((fi_count - en_count).elements()):
        problems.append(Problem("numbers", en, language, number, f'{where}: number {number} is missing ({quoted})'))
    for number in sorted((en_count - fi_count).elements()):
        problems.append(Problem("numbers", en, language, number, f'{where}: number {number} is not in {quoted}'))
    fi_polarity, en_polarity = _polarities(fi_text, en_text, source_language, language)
    for concept in sorted((fi_polarity - en_polarity).keys()):
        problems.append(Problem("polarity", en, language, concept,
                                f'{where}: "{concept}" is missing ({quoted})'))
    for concept in sorted((en_polarity - fi_polarity).keys()):
        problems.append(Problem("polarity", en, language, concept, f'{where}: "{concept}" is not in {quoted}'))
    return problems


def _polarities(fi_text: str, en_text: str, source_language: str, language: str) -> tuple[Counter, Counter]:
    """The negations and hedges of an aligned sentence pair, each side's counted as the other says them: the
    polarity tables' single phrases, with the constructions no single phrase holds reconciled (each hand-written
    below: "saattaa … valmiiksi", "ei … eikä" for "not … or", "ei todennäköisesti" for "unlikely", "vasta" for
    "not … until" or "only", "not only … but", the weak renderings)."""
    fi_polarity, en_polarity = polarity(fi_text, source_language), polarity(en_text, language)
    fi_polarity["possible"] = max(0, fi_polarity["possible"] - _brought_to(fi_text))
    fi_polarity["negation"] -= min(_nor(fi_text, en_text), max(0, fi_polarity["negation"] - en_polarity["negation"]))
    _unlikely(fi_polarity, en_polarity)
    _unchanged_as_negation(fi_polarity, en_polarity)
    en_polarity["negation"] = max(0, en_polarity["negation"] - _not_until(fi_text, en_text))
    _said_only_where_finnish_says(fi_polarity, en_polarity, "negation", len(NOT_MANY.findall(en_text)))
    _abessives_rendered(fi_polarity, en_polarity, _abessives(fi_text, source_language))
    _without_as_negation(fi_polarity, en_polarity)
    _said_only_where_finnish_says(fi_polarity, en_polarity, "at-most", _as_many_as(en_text, language))
    _not_before(fi_polarity, en_polarity, en_text)
    _said_where_finnish_says(fi_polarity, en_polarity, "negation", len(INSTEAD.findall(en_text)))
    _prefixed_negations(fi_polarity, en_polarity, en_text)
    # "put over 1,850 hours" reads as a span of time ("over three weekends") and renders "yli 1 850 tuntia" as well
    spans = len(concepts(en_text, language).get("_duration", ()))
    _said_where_finnish_says(fi_polarity, en_polarity, "more-than", spans)
    en_polarity["only"] = max(fi_polarity["only"], en_polarity["only"] - _vasta(fi_text))
    return fi_polarity, _not_only(rendered(en_polarity, fi_polarity, en_text, language), fi_polarity, en_text)


def _said_only_where_finnish_says(fi_polarity: Counter[str], en_polarity: Counter[str], concept: str,
                                  phrases: int) -> None:
    """The English phrases of a concept that count for it only where the Finnish has it more often: "not many"
    renders "harva" (few) as well as "ei ole montaa", "as many as 40" an emphasis as well as "jopa 40"."""
    en_polarity[concept] -= min(phrases, max(0, en_polarity[concept] - fi_polarity[concept]))


def _said_where_finnish_says(fi_polarity: Counter[str], en_polarity: Counter[str], concept: str,
                             phrases: int) -> None:
    """The English phrases that count as a concept the English otherwise lacks, where the Finnish has it more often
    (the counterpart of _said_only_where_finnish_says): "instead of staring" renders "eikä tuijottaa" (and not
    stare), while "instead of" renders "sijaan" (no negation) elsewhere."""
    en_polarity[concept] += min(phrases, max(0, fi_polarity[concept] - en_polarity[concept]))


def _prefixed_negations(fi_polarity: Counter[str], en_polarity: Counter[str], en_text: str) -> None:
    """Each "un-" word of a word WordNet knows counts as a negation the Finnish has more often ("eivät ole
    vakuuttuneita", "are unconvinced"); WordNet is read only where one may be wanted."""
    if fi_polarity["negation"] > en_polarity["negation"] and re.search(r"\bun\w{4}", en_text, re.I):
        from .meaning import lexicon, negative_prefixed

        _said_where_finnish_says(fi_polarity, en_polarity, "negation", negative_prefixed(en_text, lexicon()))


def _as_many_as(text: str, language: str) -> int:
    """How many of a text's upper figures say "as many as 40", "as long as 45 minutes": the most a number reaches
    where the Finnish says so ("jopa 40", "enintään 45"), an emphasis only where it does not ("jo kaksi vuorokautta
    etukäteen", "as much as two days in advance"; "pisimmillään 45 minuuttia", "as long as 45 minutes")."""
    return sum(1 for phrase in concepts(text, language).get("at-most", ()) if phrase.startswith("as "))


def _not_before(fi_polarity: Counter[str], en_polarity: Counter[str], en_text: str) -> None:
    """"Not expected before June" says "expected in June at the earliest" ("aikaisintaan"): each "not … before"
    counts as the "earliest" the Finnish has and the English lacks, and as no negation."""
    said = min(len(NOT_BEFORE.findall(en_text)), max(0, fi_polarity["earliest"] - en_polarity["earliest"]),
               en_polarity["negation"])
    en_polarity["earliest"] += said
    en_polarity["negation"] -= said


def _abessives(fi_text: str, source_language: str) -> int:
    """How many words of a Finnish text are in the abessive, by Voikko: a verb's infinitive ("kadottamatta",
    without losing; "selvittämättä", unestablished) or a noun ("maksutta", at no charge): a negation no word table
    lists, since each word has its own."""
    if source_language != "fi":
        return 0
    morphology = language_of(source_language).morphology
    # every reading an abessive: "huolimatta" (despite) is also a postposition, which says its own concept
    return sum(1 for word in re.findall(r"\w+(?:tta|ttä)\b", fi_text)
               if (readings := morphology.analyses(word)) and all(r.get("SIJAMUOTO") == "vajanto" for r in readings))


def _abessives_rendered(fi_polarity: Counter[str], en_polarity: Counter[str], abessives: int) -> None:
    """Each Finnish abessive counts as the "without" or the negation the English renders it with
    ("pelaamaan kadottamatta kiekkojaan", "play without losing their discs"; "on vielä selvittämättä", "has not yet
    been established"), where the English has one more than the Finnish."""
    for concept in ("without", "negation"):
        said = min(abessives, max(0, en_polarity[concept] - fi_polarity[concept]))
        fi_polarity[concept] += said
        abessives -= said


def _without_as_negation(fi_polarity: Counter[str], en_polarity: Counter[str]) -> None:
    """Each "ilman" the English lacks counts as a negation it has more than the Finnish: "jäi ilman paikkaa" (was
    left without a place) is "did not get a place"; and each "without" the Finnish lacks as a negation the English
    lacks: "ei ole ollut omaa suutaria" (has not had a shoemaker) is "has been without its own shoemaker"."""
    for one, other in (("without", "negation"), ("negation", "without")):
        said = min(max(0, fi_polarity[one] - en_polarity[one]), max(0, en_polarity[other] - fi_polarity[other]))
        en_polarity[one] += said
        en_polarity[other] -= said


def _not_until(fi_text: str, en_text: str) -> int:
    """The English negations that render a Finnish "vasta" ("päättyi vasta puolenyön jälkeen", "did not end until
    after midnight"): a "not" before an "until", as many as the Finnish has "vasta". Hand-written because the
    polarity tables count single phrases, and "vasta" alone is as often "only" or "just"."""
    pairs = len(NOT_UNTIL.findall(en_text))
    return min(pairs, _vasta(fi_text))


# "saattaa" that brings something to an end ("saattaa kohteet valmiiksi", complete the projects; "saattaa voimaan",
# bring into force): the verb, not the hedge "may"
_BROUGHT_TO = re.compile(r"\bsaat(?:ta|to|e)\w*(?:\s+[^\s.!?]+){0,4}?\s+"
                         r"(?:valmiiksi|loppuun|voimaan|päätökseen|kuntoon)\b", re.I)


def _brought_to(fi_text: str) -> int:
    """The Finnish "saattaa"s that bring something to completion, no hedge. Hand-written beside `_not_until`: the
    polarity tables count single phrases, and the words between the verb and its end vary."""
    return len(_BROUGHT_TO.findall(fi_text))


def _nor(fi_text: str, en_text: str) -> int:
    """The Finnish negations an English "or" carries on: "ei jaa … eikä vertaa" is "does not award … or compare",
    one "not" for two (as many as the Finnish has "eikä" and its persons, when the English has an "or")."""
    if not re.search(r"\bor\b", en_text, re.I):
        return 0
    return len(re.findall(r"\be(?:ikä|ivätkä|nkä|tkä|mmekä|ttekä)\b", fi_text, re.I))


def _unlikely(fi_polarity: Counter[str], en_polarity: Counter[str]) -> None:
    """"Ei todennäköisesti pidennä" (probably does not lengthen) is "is unlikely to lengthen": each English
    "unlikely" the Finnish lacks counts as the negation, and as the "likely" the Finnish has where the English has
    none ("ei todennäköisesti juuri muutu": "will probably hardly change")."""
    said = min(fi_polarity["negation"], fi_polarity["likely"],
               max(0, en_polarity["unlikely"] - fi_polarity["unlikely"]))
    en_polarity["unlikely"] -= said
    en_polarity["negation"] += said
    en_polarity["likely"] += min(said, max(0, fi_polarity["likely"] - en_polarity["likely"]))


def _unchanged_as_negation(fi_polarity: Counter[str], en_polarity: Counter[str]) -> None:
    """"Ei muutoksia valikoimaan" (no changes to the range) is "no changes to the range", which says it stays
    unchanged, and "ei muuta näkymiä" (does not change the outlook) is "leaves the outlook unchanged": each
    "unchanged" one side has beyond the other counts as the negation the other has beyond it."""
    for one, other in ((fi_polarity, en_polarity), (en_polarity, fi_polarity)):
        moved = min(max(0, one["unchanged"] - other["unchanged"]), max(0, other["negation"] - one["negation"]))
        one["unchanged"] -= moved
        one["negation"] += moved


def _vasta(fi_text: str) -> int:
    """How many "only"s a Finnish "vasta" may give ("hyöty näkyy vasta, kun…": "the benefit only shows once…"): as
    many as it has "vasta". Hand-written beside `_not_until` for the same reason: "vasta" is no "only" of the
    tables, for it is as often "not until" or "just"; the editors of five studied halves rendered it "only"."""
    return len(re.findall(r"\bvasta\b", fi_text, re.I))


def _not_only(found: Counter[str], original: Counter[str], en_text: str) -> Counter[str]:
    """The English concepts with each "not only … but" (also "not just", "not merely") counted as a negation and an
    "only" where the Finnish has them ("ei ole pelkkä urheiluhalli vaan…") and as neither where it says "also"
    ("matkailun ohella myös kaupat": "not only tourism but also shops"). Hand-written because the polarity tables
    count single phrases, and the construction spans a clause."""
    pairs = len(NOT_ONLY.findall(en_text))
    found = Counter(found)
    for concept in ("negation", "only"):
        taken = min(pairs, found[concept])
        found[concept] += min(taken, max(0, original[concept] - found[concept] + taken)) - taken
    return +found


def _words_only(text: str, names: Names) -> str:
    """A text without its declared names, e-mail addresses and URLs: what tells its language ("Ryynänen" and
    "Vesilaitos" in an English contacts line are names, not Finnish)."""
    for name in sorted(names.present(text), key=len, reverse=True):
        text = at_word_start(name).sub(" ", text)
    return ADDRESS.sub(" ", text)


def _has_words(text: str, names: Names) -> bool:
    """Whether a text says more than names (an unchanged "Meta" is a name, not an untranslated unit)."""
    rest = text
    for name in sorted(names.present(text), key=len, reverse=True):
        rest = rest.replace(name, " ")
    return bool(words(rest))


def _outermost(names: set[str]) -> set[str]:
    """Names not part of a longer one in the set ("Devi Parikh" reports, not also "Parikh")."""
    return {name for name in names if not any(name != other and name in other for other in names)}


def _name(language: str) -> str:
    """A language's name in findings ("English"), from language.yml."""
    return language_of(language).name


def _link_problems(pair: Pair) -> list[Problem]:
    """A unit's links lead where its original's do (the same page and fragment, in the reader's language)."""
    fi, en = pair.source, pair.translation
    if fi is None or en is None:
        return []
    source_links, links = (_unprefixed(unit.links, prefix) for unit, prefix in zip((fi, en), pair.prefixes))
    if source_links == links:
        return []
    missing = [href for href in source_links if href not in links]
    added = [href for href in links if href not in source_links]
    if not missing and not added:
        return [Problem("link-target", en, pair.language, "order", f"{en.key}: its links are in another order "
                                                                  f"than the {_name(pair.source_language)} unit's")]
    return ([Problem("link-target", en, pair.language, href, f'{en.key}: no link to "{href}", which the '
                     f"{_name(pair.source_language)} unit has") for href in missing]
            + [Problem("link-target", en, pair.language, href, f'{en.key}: a link to "{href}", which the '
                       f"{_name(pair.source_language)} unit does not have") for href in added])


def _unprefixed(links: tuple[str, ...], prefix: str) -> tuple[str, ...]:
    return tuple(href.removeprefix(prefix) if prefix else href for href in links)


def sentences_compared(pair: Pair) -> bool:
    """Whether a pair's sentences are compared: not furniture's (links) nor a tooltip's, whose Finnish also gives
    the Finnish term (an abbreviation's is compared only as it changes, by the meaning check)."""
    return (pair.source or pair.translation).kind not in ("links", "abbreviation")


def problems(pair: Pair) -> list[Problem]:
    fi, en = pair.source, pair.translation
    if (fi or en).kind == "links":  # furniture: only where its links lead is compared
        return _link_problems(pair)
    if not sentences_compared(pair):
        return []
    found = _unit_problems(pair) + _link_problems(pair) + _undeclared(pair)
    source_name = _name(pair.source_language)
    if en is None and fi is not None:  # reported in the translation's file, at the unit's id
        return found + [Problem("dropped-sentence", fi, pair.language, str(n),
                                f"{fi.key}: no {_name(pair.language)} for {source_name} sentence {n} {excerpt(s)}")
                        for n, s in enumerate(pair.source_sentences, start=1)]
    if fi is None and en is not None:
        found += [Problem("added-sentence", en, pair.language, str(n),
                          f"{en.key}: {_name(pair.language)} sentence {n} has no {source_name} original: "
                          f"{excerpt(s)}")
                  for n, s in enumerate(pair.translation_sentences, start=1)]
    if any(p.check in ("untranslated", "placeholder") and p.unit is en for p in found):
        return found  # sentence checks on a placeholder or untranslated text would only repeat the finding
    if en is not None:
        found += _convention_problems(pair)
    for bead in pair.beads:
        found += _bead_problems(pair, bead)
    return found


def _convention_problems(pair: Pair) -> list[Problem]:
    """Numbers, dates and quotation marks the translation writes the source language's way, a word it writes twice
    in a row, and brackets it leaves open that its source unit does not."""
    en, language, source_language = pair.translation, pair.language, pair.source_language
    source_name, name = _name(source_language), _name(language)
    found = [Problem("locale-format", en, language, form,
                     f'{en.key}: "{form}": {what} written the {source_name} way, not the {name} way')
             for form, what in foreign_forms(en.text, language, source_language)]
    found += [Problem("doubled-word", en, language, word, f'{en.key}: "{word}" is written twice in a row')
              for word in doubled_words(en.text, language_of(language).doubled)]
    left_open = set(open_brackets(pair.source.text)) if pair.source is not None else set()
    found += [Problem("brackets", en, language, mark,
                      f'{en.key}: "{mark}" is {"never closed" if mark in "([{" else "closed but never opened"}')
              for mark in open_brackets(en.text) if mark not in left_open]
    return found


def _undeclared(pair: Pair) -> list[Problem]:
    """The translation's capitalised words that no entity declares and the Finnish unit does not account for."""
    fi, en = pair.source, pair.translation
    if en is None:
        return []
    grounds = Grounds(fi.text if fi is not None else "", pair.source_language, pair.language)
    return [Problem("undeclared-name", en, pair.language, name, f'{en.key} sentence {number}: "{name}" is not a '
                                                                f"declared name (declare it under entities in "
                                                                f"docs/{pair.names.where})")
            for number, sentence in enumerate(pair.translation_sentences, start=1)
            for name in undeclared_names(sentence, pair.language, pair.source_language, pair.names, grounds)]


# --- Declared differences ------------------------------------------------------------------------------------

# The item ends at the first colon not followed by a digit: a clock time's is its own ("numbers clock 24:00: …").
_DECLARATION = re.compile(r"^\s*([a-z-]+)\s+(.+?)\s*:(?!\d)\s*(\S.*)$")


def declarations(text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(check, item) pairs of a `data-differs` value, and the entries that do not read as "CHECK ITEM: reason"."""
    valid, invalid = [], []
    for entry in filter(str.strip, text.split(";")):
        match = _DECLARATION.match(entry)
        (valid.append((match.group(1), match.group(2))) if match else invalid.append(entry.strip()))
    return valid, invalid
