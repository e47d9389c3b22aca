"""The proper names of a new explainer's source, each in its base form with the forms the text gives it: what the
generator declares and offers the editor as glossary candidates (explainer.generate), read with Voikko
(explainer.names reads one run of capitalised words; this module gathers them over the source's units)."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator

from .finnish import PROPER, Morphology
from .ids import PEOPLE_TITLE, slugify, unique
from .language import language as language_of
from .language import sentences
from .names import (
    GENITIVE,
    LOCAL_CASES,
    LOCAL_ENDING,
    NOMINATIVE,
    TOPOGRAPHIC,
    Names,
    Run,
    abbreviates_common_noun,
    explained_name,
    is_legal_form,
    runs,
)
from .published import COMPANY_FORMS, Contract, short_name
from .source import CREDIT_PREFIX, Source
from .text import entities, is_unit, spaced

_COMPOUND_HEAD = re.compile(r" (-[a-zåäö]+)(?![\w-])")  # a compound's head after a name of several words


@dataclass
class Name:
    """A proper name the source uses, with the forms it takes there and the sentences that use it."""
    name: str
    forms: list[str]
    existing: str | None  # the shared glossary's id for it, when the glossary has the name already
    id: str = ""  # its entry's id on the glossary page: `existing`, or a new one no other entry or slug has
    quotes: list[str] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)  # ids of the paragraphs and FAQ entries that use it
    in_title: bool = False  # the title uses it (declared, but no glossary candidate when nothing else does)
    term: bool = False  # a term, no name ("Head of Sales", "ML-insinööri"): declared, but no glossary candidate



def _same_name(a: str, b: str) -> bool:
    """Whether two forms are one name inflected: the same words but the last, whose stems agree
    ("Korhonen", "Korhosen"; "Nokia", "Nokian")."""
    *head_a, last_a = a.split(" ")
    *head_b, last_b = b.split(" ")
    if head_a != head_b or last_a.count("-") != last_b.count("-"):  # "Kaarna-säätiö" is no form of "Kaarna"
        return False
    shared = len(os.path.commonprefix([last_a, last_b]))
    return shared >= max(3, min(len(last_a), len(last_b)) - 3)


def _forms(units: list[tuple[str, str]], language: str, declared: list[str], readings: Names) -> Counter[str]:
    """Every capitalised form of a name in the units (an id and its text), each name of a run on its own; a word
    capitalised by its place (a sentence's or quote's first, the credit's first after "Lähde:") is no name if
    Voikko reads it as an ordinary word, unless the text names it where its place does not capitalise it (the
    credit's "Selkämeren valmiuskeskus" makes a sentence's first "Selkämerelle" a name)."""
    function_words = language_of(language).function_words
    whole = " ".join(text for _, text in units)
    ordinary = _ordinary_words(whole, readings.morphology)
    parts = _placed_parts(units, language, readings)
    by_place = [placed and (_is_ordinary(words[0], function_words, ordinary, readings.morphology)
                            or readings.demonym(words[0])
                            or (len(words) == 1 and _unnamed_surname(words[0], readings))) for words, placed in parts]
    named = _named_lemmas(parts, readings) | _municipalities(whole, readings) \
        | (_place_compounds(parts, readings) - ordinary) | (_after_adjectives(parts, by_place, readings) - ordinary)
    forms: Counter[str] = Counter()
    for (words, _), first in zip(parts, by_place):
        if first and not _lemmas(words[0], readings.morphology) & named and not _in_name(words, readings):
            words = words[1:]  # capitalised by its place: "Tutkija Anna Korhonen", "Yhtiön", "Mitä"
        if words and words[0][:1].isupper() and not _holds_declared(" ".join(words), declared, readings):
            forms[" ".join(words)] += 1  # "koulun" is none
    return forms


def _unnamed_surname(word: str, readings: Names) -> bool:
    """Whether a word Voikko reads as a common word and, of names, only as a surname is one no sentence of the text
    writes inside it in any form: alone at a sentence's start, the common word ("Summasta", of the sum; no Summanen
    is named), as a person a text names by a surname alone is one it names elsewhere too ("Halme kertoo", after
    "tutkija Juha Halme"); a name's first word is the caller's ("Linnan Keskustakauppiaat ry")."""
    analyses = readings.morphology.analyses(word)
    surnames = {str(r.get("BASEFORM")) for r in analyses if r.get("CLASS") == "sukunimi"}
    if not surnames or any(r.get("CLASS") in PROPER - {"sukunimi"} for r in analyses) \
            or all(r.get("CLASS") in PROPER for r in analyses):
        return False
    forms = {other for other in readings.words if other[:2] == word[:2] and any(
        r.get("CLASS") == "sukunimi" and r.get("BASEFORM") in surnames for r in readings.morphology.analyses(other))}
    return not any(re.search(rf"[^\W\d_][,;]? {re.escape(form)}(?![\w-])", readings.text) for form in forms)


def _holds_declared(text: str, declared: list[str], readings: Names) -> bool:
    """Whether a run's name holds a declared name, not merely a word that begins with one ("Savonlaakson Meijeri",
    a dairy, holds no Meijer)."""
    return any(readings.morphology.writes(name, text) for name in declared)


def _named_lemmas(parts: list[tuple[list[str], bool]], readings: Names) -> set[str]:
    """The lemmas of the first words of names where their place does not capitalise them; a housing company's
    "Asunto Oy" is a legal form's first word, no name's ("Asunnot" may begin a sentence all the same), and a word
    in capitals is read as no Finnish word ("ON AIR", a studio light's English, is no "on", olla: a quote's "Olen"
    is no name); nor a plain noun that heads a longer name ("Hotelli Harjunkulma": a sentence's "Hotelli suljetaan"
    is the hotel), nor an adjective that qualifies the word after it ("Vanhassa Raumassa": "Vanhin" begins a
    sentence as the oldest)."""
    return {lemma for words, placed in parts if words and not placed and not words[0].isupper()
            and not (len(words) > 2 and is_legal_form(words[1]))
            and not (len(words) > 1 and (readings.plain_noun(words[0]) or readings.qualifies(words[0], words[1])))
            for lemma in _lemmas(words[0], readings.morphology)}


# A capitalised genitive before the word for a municipality or a town ("Mäntyrannan kunnan", "Kotkan kaupungissa")
_MUNICIPALITY = re.compile(r"\b([A-ZÅÄÖ][^\W\d_]+n) (?:kunta|kunnan|kunna(?:ssa|sta|lle|lta|lla)|kuntaan|kaupunki|"
                           r"kaupungin|kaupungi(?:ssa|sta|lle|lta|lla)|kaupunkiin)\b")


def _municipalities(text: str, readings: Names) -> set[str]:
    """The lemmas of the words a text writes in the genitive before "kunta" or "kaupunki": a place's name even where
    a sentence starts with it and Voikko reads it as a common noun ("Mäntyrannan kunnan kouluissa", a pine shore's
    to Voikko)."""
    found = set()
    for match in _MUNICIPALITY.finditer(text):
        word = match.group(1)
        nouns = [r for r in readings.morphology.analyses(word) if r.get("CLASS") in {"nimisana", *PROPER}]
        if GENITIVE in readings.cases(word) and nouns:  # a noun's genitive ("Miten kunnan" asks how)
            found |= _lemmas(word, readings.morphology)
    return found


def _place_compounds(parts: list[tuple[list[str], bool]], readings: Names) -> set[str]:
    """The lemmas of compounds of a word for a place that a sentence starts with ("Salmijärven rannalla",
    "Myllykosken pato"): a lake's or a rapids' name, though Voikko reads a common noun ("salmi" and "järvi"); not
    the word alone ("Järvellä", on the lake), nor one the text also writes in lower case ("uimaranta", `_forms`)."""
    return {lemma for words, placed in parts if placed and len(words) == 1 and readings.topographic(words[0])
            for lemma in _lemmas(words[0], readings.morphology)
            if any(lemma.endswith(head) and len(lemma) > len(head) + 2 for head in TOPOGRAPHIC)}


def _is_term(group: list[str], readings: Names) -> bool:
    """Whether the forms of a name are a term's, no name's: a person's job title (explainer.names.Names.split_roles,
    "CTO"), a compound capitalised by its abbreviation ("ML-insinöörien"), or a common noun's abbreviation
    ("nesteytetty biokaasu eli LBG")."""
    return any(form in readings.roles or abbreviates_common_noun(form, readings.text) for form in group) \
        or all(map(readings.abbreviation_compound, group))


def _placed_parts(units: list[tuple[str, str]], language: str, readings: Names) -> list[tuple[list[str], bool]]:
    """Each name's words (without the capitalised words that are no names) and whether its place capitalises its
    first word. The credit names its source ("Pohjoisen Tiedeuutiset", "Esimerkkilehti"): only a lone word that is
    no noun ("Kuvitteellinen tiedote") is no name there."""
    common = language_of(language).common_capitalised
    parts = []
    for part, initial, credit in _parts(units, language, readings):
        words = [w for w in part if w not in common]
        if len(words) == 1 and is_unit(words[0]):  # "GWh", "MW": a unit of measure
            continue
        placed = initial and bool(words) and (not credit or (len(part) == 1 and not readings.is_noun(part[0])))
        parts.append((words, placed))
    return parts


def _parts(units: list[tuple[str, str]], language: str,
           readings: Names) -> Iterator[tuple[tuple[str, ...], bool, bool]]:
    """Each name of each run of capitalised words in the units' sentences, with whether it starts its run at a
    place that capitalises it, and whether it is in the credit (read without its "Lähde:")."""
    for element_id, text in units:
        credit = element_id == "source-credit"
        for sentence in sentences(spaced(text.removeprefix(CREDIT_PREFIX) if credit else text), language):
            for start, end in reversed(readings.titles_in(sentence)):  # a title is a name as written, whole
                yield tuple(sentence[start:end].split(" ")), False, credit
                sentence = sentence[:start] + " " * (end - start) + sentence[end:]
            yield from ((part, initial, credit) for part, initial in _sentence_parts(sentence, readings))


def _sentence_parts(sentence: str, readings: Names) -> list[tuple[tuple[str, ...], bool]]:
    """Each name of each run of capitalised words in a sentence, with whether its place capitalises its first word.
    An abbreviation right after an institution's noun is the end of its name ("Kirjansitojien liitto KSL"), not a
    name of its own there."""
    found: list[tuple[tuple[str, ...], bool]] = []
    joined = ""  # the abbreviation the name before took
    for run in _joined_bodies(runs(sentence), readings):
        words = run.words[1:] if joined and run.words[0] == joined else run.words
        words = tuple(readings.project_acronym(word) or word for word in words)  # "BATLOOP-hanke": BATLOOP
        elided = _elided_institution(run, words, readings)  # "Digi- ja väestötietoviraston": the whole is a name
        if not words or elided or _elided_letter(words, run.after, readings):
            found += elided
            joined = ""
            continue
        parts = readings.split_roles(readings.names_in(words, run.initial), run.before)
        parts = _compound_name(parts, run.after, readings)
        head = _institution_head(run, words, readings)
        joined = _name_end(head, run.after, readings) if head else ""
        if head:  # "Koivurinteen koulun": the institution's name ends with its noun
            parts[-1] = (*parts[-1], head, *([joined] if joined else []))
            _couple(found, parts, sentence, readings)
        else:
            parts[-1] = (*parts[-1], *_foreign_tail(parts[-1], run.after, readings))
        initial = run.initial and not readings.district(words, run.after)  # "Koivukummun asuntoalueella"
        found += _placed(parts, initial, "" if head else run.after, readings)
    return _nicknamed(found, sentence, readings)


def _institution_head(run: Run, words: tuple[str, ...], readings: Names) -> str:
    """The common noun that ends the institution's name the run begins, "" if none does. A sentence's first word, a
    plain common noun, begins none ("Kaupungin liikuntapalvelut", the town's sports services), as "Koivurinteen
    koulu" or "Vanajaveden pelastuslaitos" does."""
    if run.initial and len(words) == 1 and readings.plain_noun(words[0]):
        return ""
    return readings.institution(words[-1], run.after, named=len(words) > 1 or not run.initial)


def _joined_bodies(found: list[Run], readings: Names) -> list[Run]:
    """Two runs joined by "ja" as one name where both sides are genitives and the second ends with an organisation's
    noun ("Vuorijoen Kotien ja Koulujen Yhdistys": one association; "Nokian ja Ericssonin yhteistyö" names two); not
    where the first side ends with a noun of its own after a genitive, a whole name ("Satakunnan Kulttuurirahaston ja
    Rauman Seudun Säästöpankkisäätiön": two funders)."""
    joined: list[Run] = []
    for run in found:
        before = joined[-1] if joined else None
        if before is not None and before.after.startswith(f" ja {run.words[0]}") and run.before.endswith(" ja ") \
                and readings.is_body(run.words[-1]) and GENITIVE in readings.cases(before.words[-1]) \
                and GENITIVE in readings.cases(run.words[0]) and not _whole_name(before.words, readings):
            joined[-1] = Run((*before.words, "ja", *run.words), before.initial, run.after, before.before)
        else:
            joined.append(run)
    return joined


def _whole_name(words: tuple[str, ...], readings: Names) -> bool:
    """Whether a run of genitives is a name of its own: a place's genitive, then a common noun in the singular
    ("Satakunnan Kulttuurirahaston", a fund; not "Toivolan Kotien", the homes a shared head names with schools)."""
    nouns = readings.morphology.analyses(words[-1])
    return len(words) == 2 and readings.is_place(words[0]) and bool(nouns) \
        and any(r.get("CLASS") == "nimisana" for r in nouns) and all(r.get("NUMBER") == "singular" for r in nouns)


def _nicknamed(found: list[tuple[tuple[str, ...], bool]], sentence: str,
               readings: Names) -> list[tuple[tuple[str, ...], bool]]:
    """A first name and a surname with a nickname in quotation marks between them ("Joonas ”Vaski” Heikkilä"):
    one name, and the nickname one of its own (not the first word of a quotation, which may have been dropped as
    a common noun: "vaski", copper)."""
    for match in readings.nicknamed(sentence):
        first, quoted, surname = match.groups()
        nickname = quoted[1:-1]
        index = next((i for i, (words, _) in enumerate(found) if words == (first,)), None)
        rest = [] if index is None else [entry for entry in found[index + 1:index + 3]
                                         if entry[0] in ((nickname,), (surname,))]
        if rest and rest[-1][0] == (surname,):
            found[index:index + 1 + len(rest)] = [((first, quoted, surname), found[index][1]), ((nickname,), False)]
            readings.nicknames.add(nickname)
    return found


_ELIDED_PAIR = re.compile(r"- (ja|sekä) ([a-zåäö]+)\b")


def _elided_institution(run: Run, words: tuple[str, ...], readings: Names) -> list[tuple[tuple[str, ...], bool]]:
    """A capitalised first part of a compound left to the next word, which is an institution's noun ("Digi- ja
    väestötietoviraston": the agency's whole name), as the name found; [] if the run is no such part. Not at a
    sentence's start, where a ministry's lower-case name is capitalised too ("Maa- ja metsätalousministeriön")."""
    pair = _ELIDED_PAIR.match(run.after)
    if run.initial or len(words) != 1 or pair is None or not readings.is_institution(pair.group(2)):
        return []
    return [((f"{words[0]}-", pair.group(1), pair.group(2)), False)]


def _elided_letter(words: tuple[str, ...], after: str, readings: Names) -> bool:
    """Whether a run is the letter of an elided compound in a lettered series ("B- ja C-siivet"): no name."""
    return len(words) == 1 and after.startswith("- ") and readings.lettered(words[0] + "-")


_LOWER_WORD = re.compile(r" ([a-zåäö]+)\b")


def _foreign_tail(words: tuple[str, ...], after: str, readings: Names) -> tuple[str, ...]:
    """The lower-case word that ends a foreign name after its genitive, where Finnish knows neither ("Norrskogens
    djurparkista": the Swedish zoo Norrskogens djurpark); () for anything else."""
    word = _LOWER_WORD.match(after)
    last = words[-1]
    if word is None or not last.endswith("s") or readings.morphology.analyses(last) \
            or readings.morphology.voikko.spell(word.group(1)):
        return ()
    return (word.group(1),)


def _placed(parts: list[tuple[str, ...]], initial: bool, after: str,
            readings: Names) -> list[tuple[tuple[str, ...], bool]]:
    """A run's names, each with whether its place capitalises its first word; the last with the lower-case words
    its abbreviation after it spells (explainer.names.explained_name; `after`: the text after the run, "" when an
    institution's noun ends the name), which make it a name even at a sentence's start; names the abbreviation
    after the run spells together are one (explainer.names.Names.spelled_from)."""
    start = readings.spelled_from(parts, after)
    if start is not None:
        parts[start:] = [tuple(word for part in parts[start:] for word in part)]
    explained = explained_name(parts[-1], after)
    if explained:
        parts[-1] = (*parts[-1], *explained)
    return [(part, initial and number == 0 and not (explained and number == len(parts) - 1))
            for number, part in enumerate(parts)]


def _abbreviation_after(head: str, after: str) -> str:
    """The abbreviation written right after an institution's noun ("liitto RHL", "liiton RHL:n"), or an
    association's legal form ("vesiensuojeluyhdistys ry:n"), "" if none is."""
    found = re.match(rf" {re.escape(head)} ([A-ZÅÄÖ]{{2,}}(?::[a-zåäö]+)?|(?:ry|rf)(?::[a-zåäö]+)?)(?![\w:-])", after)
    return found.group(1) if found else ""


def _name_end(head: str, after: str, readings: Names) -> str:
    """What ends an institution's name after its noun: an abbreviation or a legal form, else a name; "" if none."""
    return _abbreviation_after(head, after) or _name_after(head, after, readings)


def _name_after(head: str, after: str, readings: Names) -> str:
    """A one-word name right after an institution's noun that a comma or the sentence's end follows: the name the
    institution is called by, the end of its name ("Terveysteknologian tutkimuskeskus Kaira, jonka …", the research
    centre Kaira); not a person's first name ("keskus Anna", who is named next) nor a place's local case."""
    found = re.match(rf" {re.escape(head)} ([A-ZÅÄÖ][a-zåäö]+)(?=[,.;]|$)", after)
    if found is None or readings.is_first_name(found.group(1)) or readings.cases(found.group(1)) & LOCAL_CASES:
        return ""
    return found.group(1)


def _compound_name(parts: list[tuple[str, ...]], after: str, readings: Names) -> list[tuple[str, ...]]:
    """A name written as a compound's first part, its head joined with " -" ("Vesien Suomi -ohjelmasta"): where a
    lone common noun was cut from the place after it, the two are one name with the head; a name of its own before
    the head keeps it ("Pohjanmaan Verkkopalvelu -yhtiön": the company Pohjanmaan Verkkopalvelu)."""
    head = _COMPOUND_HEAD.match(after)
    if head is None or len(parts) < 2 or len(parts[-2]) != 1 or not readings.is_common_noun(parts[-2][0]) \
            or not readings.is_place(parts[-1][0]):
        return parts
    return [*parts[:-2], (*parts[-2], *parts[-1], head.group(1))]


def _couple(found: list[tuple[tuple[str, ...], bool]], parts: list[tuple[str, ...]], sentence: str,
            readings: Names) -> None:
    """A foundation named after a couple ("Hilja ja Väinö Karhusen säätiö"): the first name before "ja" joins the
    institution's name that begins with a person's name, in place of a name of its own."""
    if not found or len(found[-1][0]) != 1 or not readings.is_first_name(found[-1][0][0]) \
            or not readings.is_first_name(parts[0][0]):
        return
    if f"{found[-1][0][0]} ja {' '.join(parts[0])}" in sentence:
        parts[0] = (found[-1][0][0], "ja", *parts[0])
        found.pop()


def _in_name(words: list[str], readings: Names) -> bool:
    """Whether an ordinary word that begins a sentence is the first word of the name after it all the same (a
    company's, before its legal form: "Routakivi Oyj:n"), or a name of the kind the text names elsewhere
    (explainer.names.Names.parallel_name), or a first name that is also a word before a surname ("Tuuli
    Korhonen")."""
    return _agrees(words, readings) or _body_named(words, readings) or _genitive_of_name(words, readings) \
        or (len(words) > 1 and is_legal_form(words[1])) or _first_word_of_company(words, readings) \
        or readings.parallel_name(words[0]) \
        or (len(words) == 2 and readings.is_first_name(words[0]) and readings.is_surname(words[1]))


def _first_word_of_company(words: list[str], readings: Names) -> bool:
    """Whether a name's first word is a common noun in the nominative before a company's name with its legal form
    that is no word for what one company is, so the first word of its registered name: a plural ("Raidekonsultit
    Hietala Oy:n"), or a singular before one word that names no kind of organisation or institution and no one who
    does something ("Porakaivo Lindroos Oy", a trade; "Rakennusyhtiö Hietala Oy:n" and "Urakoitsija Hietala Oy"
    describe it), where the text does not write the rest without it ("Sopimus Kivikoski Infra Oy:n kanssa" beside
    "Kivikoski Infra Oy")."""
    readings_of_first = readings.morphology.analyses(words[0])
    if len(words) < 3 or not is_legal_form(words[-1]) or not readings_of_first \
            or not all(r.get("CLASS") == "nimisana" and r.get("SIJAMUOTO") == NOMINATIVE for r in readings_of_first):
        return False
    if all(r.get("NUMBER") == "plural" for r in readings_of_first):
        return True
    return len(words) == 3 and not readings.is_body(words[0]) and not readings.is_institution(words[0]) \
        and not any(str(r.get("BASEFORM", "")).lower().endswith(_COMPANY_WORDS) for r in readings_of_first) \
        and not readings.written_without(rf"(?<![\w-]){re.escape(words[1])}", words[0])  # "Saarnisoft Oy" alone


# How a noun for a company ("rakennusyhtiö") or for one who does something ("urakoitsija", an agent noun) ends
_COMPANY_WORDS = ("yhtiö", "yritys", "konserni", "firma", "ja", "jä")


def _body_named(words: list[str], readings: Names) -> bool:
    """Whether a name begins with the word for the organisation it names, even at a sentence's start
    ("Työnantajayhdistys Ankkurin"); not where a legal form ends it: the registered name is the words before it
    ("Luonnonsuojeluyhdistys Särkkäluonto ry:n" names Särkkäluonto ry)."""
    return len(words) > 1 and words[-1].split(":")[0] not in COMPANY_FORMS and readings.is_body(words[0])


def _genitive_of_name(words: list[str], readings: Names) -> bool:
    """Whether a name's first word is a common noun's genitive before a capitalised common noun, and so part of the
    name even at a sentence's start: nothing but the name capitalises the noun ("Veneilijöiden Seuran jäsenet":
    Veneilijöiden Seura, however often the text says "veneilijöiden"); an adjective's is _agrees' ("Kajaanilaisen
    Kirjasto Kuuran": the library of Kajaani)."""
    nouns = {r.get("CLASS") for r in readings.morphology.analyses(words[0])} == {"nimisana"}  # no adjective's
    return len(words) > 1 and nouns and GENITIVE in readings.cases(words[0]) and readings.is_common_noun(words[1])


def _agrees(words: list[str], readings: Names) -> bool:
    """Whether a name's first word is an adjective in the case of the capitalised noun after it, and so part of the
    name even at a sentence's start ("Itäsuomalaisen Energiainstituutin")."""
    if len(words) < 2 or not readings.qualifies(words[0], words[1]):
        return False
    # not one the text leaves out where it names the rest again: "Oululainen Ilmalähetti Oy", as "Ilmalähetti
    # Oy:n" says, is a company from Oulu; the adjective in another case is no leaving out ("Keskisuomalaisesta
    # Liikennelaboratoriosta" beside "Keskisuomalaisessa Liikennelaboratoriossa")
    stem = re.escape(words[1][:max(4, len(words[1]) - 2)])
    again = readings.written_without(rf"(?<![\w-]){stem}", words[0])
    return not again or readings.district_adjective(words[0], words[1])  # "Vanhan Rauman" beside "Raumalla"


def _after_adjectives(parts: list[tuple[list[str], bool]], by_place: list[bool], readings: Names) -> set[str]:
    """The lemmas of words after an adjective capitalised by its place: capitalised as a name's ("Seinäjokelaisen
    Ravintola Vanhan Myllyn": a sentence's "Ravintola Vanhassa Myllyssä" names it too); the caller drops those the
    text writes in lower case ("kirjasto": a sentence's "Kirjasto järjesti" is the library's)."""
    return {lemma for (words, _), first in zip(parts, by_place) if first and len(words) > 1
            and _adjective(words[0], readings) for lemma in _lemmas(words[1], readings.morphology)}


def _adjective(word: str, readings: Names) -> bool:
    """An adjective only, one Voikko knows ("Seinäjokelaisen") or an adjective of a place the text names."""
    analyses = readings.morphology.analyses(word)
    return all(r.get("CLASS") == "laatusana" for r in analyses) if analyses else readings.demonym(word)


def _is_ordinary(word: str, function_words: frozenset[str], ordinary: set[str], morphology: Morphology) -> bool:
    """Whether a capitalised word reads as an ordinary word: Voikko's common word, a function word, or one the
    text itself writes in lower case."""
    return bool(morphology.is_common(word) or word.lower() in function_words or _lemmas(word, morphology) & ordinary)


def _ordinary_words(text: str, morphology: Morphology) -> set[str]:
    """The words the text itself writes in lower case, and their base forms: "Asukkaat" or "Early" at a sentence's
    start is the "asukkaat" or "early" of its other sentences, not a name (whatever else Voikko reads it as). A word
    Voikko does not know gives its stem before a local case ending: "Akusto" begins a sentence after "akustosta"."""
    words = {word for word in re.findall(r"[^\W\d_]+", text) if word.islower()}
    stems = {LOCAL_ENDING.sub("", word) for word in words if not morphology.analyses(word)}
    return words | stems | {lemma for word in words for lemma in _lemmas(word, morphology)}


def _lemmas(word: str, morphology: Morphology) -> set[str]:
    return {word.lower()} | {str(r["BASEFORM"]).lower() for r in morphology.analyses(word) if r.get("BASEFORM")
                             and r.get("CLASS") not in PROPER}


def find_names(source: Source, slug: str, paragraph_ids: list[str], faq_ids: list[str], known: Contract,
               language: str, morphology: Morphology) -> list[Name]:
    """The proper names of the source (explainer.names): declared ones (linked to the glossary when it has them)
    and new ones in their base form ("Suomen Tietotoimiston" -> "Suomen Tietotoimisto"), their inflected forms
    grouped under one name, each with the sentences (as written) and ids that use it.
    Names this explainer declared on an earlier run count as new again, so a rerun gives the same result."""
    declared = list(known.shared)  # the shared names only: another explainer's names are its own
    readings = Names(morphology, " ".join(block.text for block in source.blocks()))
    units = _units(source, paragraph_ids, faq_ids)
    found = []
    for group in _grouped(_forms(units, language, declared, readings), readings):
        name = _name_of(group, readings)
        found.append(Name(name, [name, *_other_forms(group, name, readings)], None, term=_is_term(group, readings)))
    found += _declared_found(declared, units, known, morphology)
    for name in found:  # a shared name too ("CEO" in site.yml) is no candidate where it is a person's title here
        name.term = name.term or name.name in readings.roles
    found = [name for name in found if not _part_of_longer(name, found, readings)]
    _drop_shared_forms(found)
    _add_mentions(found, units, language)
    found = sorted((n for n in found if n.mentions or n.in_title), key=lambda n: n.name)
    # an entry's id is unique on its explainer's people page (the page's heading has one too)
    taken = {slugify(PEOPLE_TITLE, 4)}
    for name in found:
        name.id = name.existing or unique(slugify(name.name, 4), taken)
    return found


TITLE_UNIT = "(title)"  # no element id can be it: ids are slugs


def _units(source: Source, paragraph_ids: list[str], faq_ids: list[str]) -> list[tuple[str, str]]:
    """The texts names are looked for in, each with its id: the title (the checker's entity-list reads it too), the
    paragraphs, the FAQ entries (question and answer together) and the credit."""
    units = [(TITLE_UNIT, source.title.text)]
    units += [(element_id, block.text) for element_id, block in zip(paragraph_ids, source.paragraphs)]
    units += [(element_id, f"{q.question.text} {q.answer.text}") for element_id, q in zip(faq_ids, source.faq)]
    units.append(("source-credit", source.credit.text))
    return units


def _based(form: str, readings: Names) -> str:
    """A form in its base form: "Laura Niskasen" -> "Laura Niskanen", "Pohjolan Tuulivoima Oy:n" -> "… Oy"."""
    return readings.base_name(tuple(form.split(" ")))


def _grouped(forms: Counter[str], readings: Names) -> list[list[str]]:
    """The forms grouped by the name they are forms of, each group's first form the one the others joined."""
    groups: list[list[str]] = []
    # full names first, so that a surname alone ("Korhosen") joins its full name ("Anna Korhonen")
    for form in sorted(forms, key=lambda f: (-len(f.split(" ")), len(f), f)):
        group = next((g for g in groups if _joins(g[0], form, readings)), None)
        group.append(form) if group else groups.append([form])
    return groups


def _joins(first: str, form: str, readings: Names) -> bool:
    """Whether a form is one of the name a group's first form is: inflected alike or of one base form, or its
    company name without the legal form ("Järvilinna Hotellien" of "Järvilinna Hotellit Oy"); a one-word form also
    as its last word or a company's first word (_shortened), unless it is an abbreviation: "Kirjansitojien liitto
    KSL" and "KSL" are two entries, as are a name and the abbreviation a text explains in parentheses ("Pohjolan
    kalastusneuvosto (PKN)"). A nickname is a name of its own ("Raikka" of "Raimo ”Raikka” Vuorela" is no form of
    "Raimon")."""
    if _apart(first, form, readings):
        return False
    last = first.split(" ")[-1]
    first_base, form_base = _based(first, readings), _based(form, readings)
    compound = _longer_word(first_base, form_base)
    if _same_name(first, form) and not readings.other_words(last, form.split(" ")[-1]) and not compound:
        return True
    short = short_name(first_base)
    return form_base in (first_base, short) or _plural_last_word(short or first_base, form, readings) \
        or (" " not in form and not _is_abbreviation(form)
            and ((_same_name(last, form) and not readings.other_words(last, form) and not compound)
                 or _shortened(short, first_base, form_base)
                 or _first_name_of(first, form, readings)))


def _shortened(short: str | None, name: str, base: str) -> bool:
    """Whether a one-word form's base shortens a name: its last word ("Kaarikodin" of "Oulun Kaarikoti Oy"), or a
    company's first word, written in its base form there ("Tiekarhun" of "Tiekarhu Palvelut Oy"; "Savon" of "Savon
    Väylähuolto Oy" is a genitive, no short name)."""
    return (short or name).split(" ")[-1] == base or (short is not None and " " in short
                                                       and short.split(" ")[0] == base)


def _plural_last_word(name: str, form: str, readings: Names) -> bool:
    """Whether a form is a name whose last word is a plural, that word in another plural case, alone or after the
    name's words before it ("Pallokarhujen" of "Varkauden Pallokarhut ry", "Kangasalan Pientaloasukkaiden" of
    "Kangasalan Pientaloasukkaat ry": Voikko's base form of the word is the singular, which no name has)."""
    words, form_words = name.split(" "), form.split(" ")
    if len(words) < 2 or len(form_words) > len(words) or form_words[:-1] != words[len(words) - len(form_words):-1]:
        return False
    named = {r.get("BASEFORM") for r in readings.morphology.analyses(words[-1]) if r.get("NUMBER") == "plural"}
    found = readings.morphology.analyses(form_words[-1])
    return any(r.get("NUMBER") == "plural" and r.get("BASEFORM") in named for r in found)  # "Hopeasaksiin" either


def _apart(first: str, form: str, readings: Names) -> bool:
    """Whether a form names something of its own beside a group's first form: a nickname; "Kärkkäiset", the family,
    none of its members' forms; "Rauma" beside "Vanha Rauma"."""
    return bool(readings.nicknames & {first, form}) or (" " in first and _family(form, readings)) \
        or _qualified_place(first, form, readings)


def _qualified_place(name: str, form: str, readings: Names) -> bool:
    """Whether a name is an adjective and a place's name and a one-word form the place alone: another place ("Rauma"
    beside "Vanha Rauma", the old town in it)."""
    words = name.split(" ")
    return len(words) == 2 and " " not in form and readings.qualifies(*words) and readings.is_place(form)


def _family(form: str, readings: Names) -> bool:
    """Whether a one-word form is a surname in the plural only ("Kärkkäiset", "Kärkkäisiä": the family)."""
    found = readings.morphology.analyses(form) if " " not in form else []
    return bool(found) and all(r.get("CLASS") == "sukunimi" and r.get("NUMBER") == "plural" for r in found)


def _longer_word(base: str, other: str) -> bool:
    """Whether another base form has more letters after the stem it shares with a base than a stem's change leaves
    ("Keurusselkä", of "Keurusselän", is no "Keuruu": a compound of it)."""
    shared = len(os.path.commonprefix([base, other]))
    return len(other) - shared > 5 and len(other) > len(base)


def _first_name_of(full: str, form: str, readings: Names) -> bool:
    """A first name alone, in any case, as a form of the one full name it begins ("Eelis", "Raimon" of "Eelis
    Leinonen", "Raimo Vuorela"); a word Voikko knows otherwise too before a surname ("Salla", also a place, of
    "Salla Vuorela")."""
    words = readings.base_name(tuple(full.split(" "))).split(" ")  # "Raimo ”Raikka” Vuorela" is Raimo Vuorela
    if len(words) != 2 or readings.base(form, False) != words[0]:
        return False
    return readings.is_first_name(form) or (form == words[0] and readings.known_surname(words[1]))


def _name_of(group: list[str], readings: Names) -> str:
    """A group's name: the shortest full name in its base form, one with its legal form if any ("Järvilinna
    Hotellit Oy", not "Järvilinna Hotellien"); among one-word forms the base form ("Oulun" -> "Oulu"), else a
    Finnish "-nen" name's nominative, else the shortest (which the others extend)."""
    full = [f for f in group if " " in f]
    registered = [f for f in full if _based(f, readings).split(" ")[-1] in COMPANY_FORMS]
    full = registered or full
    bases = [_based(f, readings) for f in group if _based(f, readings) != f]
    return _based(min(full, key=len), readings) if full else bases[0] if bases else \
        next((f for f in group if f.endswith("nen")), min(group, key=len))


def _other_forms(group: list[str], name: str, readings: Names) -> list[str]:
    """A group's forms other than its name and those that extend it."""
    others = [f for f in group if f != name and not f.startswith(name)]
    # a one-word form's base, the form a translation uses for it ("Kettusen" -> "Kettunen", a surname alone);
    # a company's name without its legal form is one of its forms by rule (explainer.published.short_name)
    short = [_based(f, readings) for f in group if " " not in f and " " in name]
    return others + [form for form in dict.fromkeys(short) if form not in others and not form.startswith(name)]


def _declared_found(declared: list[str], units: list[tuple[str, str]], known: Contract,
                    morphology: Morphology) -> list[Name]:
    """The declared names the units use (not a form declared as another name's, nor another word that begins
    with one: "Meijeri", a dairy, is no Meijer), each linked to the shared glossary's entry when it has one."""
    shared_ids = _shared_ids(known)
    found = []
    for name in declared:
        if any(morphology.writes(name, text) for _, text in units) and name not in known.aliases:
            element_id = slugify(name, 4)
            found.append(Name(name, [name], element_id if element_id in shared_ids else None))
    return found


def _drop_shared_forms(names: list[Name]) -> None:
    """A form two names share ("Korhonen" of Anna and of Mikko Korhonen) would count as one of them: neither
    keeps it."""
    shared = Counter(form for name in names for form in name.forms) + Counter(name.name for name in names)
    for name in names:
        name.forms = [name.name, *(form for form in name.forms[1:] if shared[form] == 1)]


def _add_mentions(names: list[Name], units: list[tuple[str, str]], language: str) -> None:
    """Each name's mentions (the ids of the units that use it) and quotes (their sentences that do, as written); the
    title is no mention."""
    for name in names:
        for element_id, text in units:
            hits = [s for s in sentences(spaced(text), language) if entities(s, name.forms)]  # as written
            if hits and element_id == TITLE_UNIT:
                name.in_title = True
            elif hits:
                name.mentions.append(element_id)
                name.quotes += [s for s in hits if s not in name.quotes]


def _shared_ids(known: Contract) -> set[str]:
    """The shared glossary's entries (site.yml): a name it has is linked there, not repeated."""
    return {i for page in known.shared_pages("glossary") for i in known.ids.get(page, ())}


def _part_of_longer(name: Name, names: list[Name], readings: Names) -> bool:
    """"Parikh" when "Devi Parikh" is also found: one entry, under the full name (a surname: a name of several
    words is one of its own wherever it is found); an abbreviation is an entry of its own (as in _joins), as is a
    place beside one an adjective qualifies ("Rauma" beside "Vanha Rauma")."""
    return " " not in name.name and not _is_abbreviation(name.name) \
        and any(other is not name and other.name.endswith(" " + name.name)
                and not _qualified_place(other.name, name.name, readings) for other in names)


def _is_abbreviation(form: str) -> bool:
    """A word in capitals, with or without a case ending ("RHL", "RHL:n")."""
    word = form.split(":")[0]
    return len(word) > 1 and word.isupper()
