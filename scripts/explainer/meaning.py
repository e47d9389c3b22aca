"""Changed meaning: a translated unit compared, word by word, with the pair an editor approved.

An unchanged approved pair costs nothing. When the translation changed (the Finnish did not), the words it lost
and gained are weighed against the Finnish unit:
- closed classes (quantities, modality, reporting and hedges, comparison, time) are compared as concepts
  (language.yml `concepts`): "several" -> "all", "have left" -> "will leave", "weeks" -> "years", "more" ->
  "less" are reported, "at least" -> "no fewer than" is not;
- a word and its replacement: an antonym (WordNet) is reported; a past tense for a present one (same lemma) too;
- a word the Finnish supports (FreeDict translates one of its lemmas, from Voikko, to it) that is gone with no
  replacement the Finnish or WordNet relates to it is reported, as is a word gained that is no verb (a noun,
  adjective or adverb) or that renders a concept only where the original says it ("may"), when the Finnish does
  not support it and it replaces nothing.
When the Finnish changed (an editorial note, a role, a summary) and the translation did not, a Finnish word the
translation rendered that is gone, or a concept the Finnish gained, is reported.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import cache, cached_property

from .finnish import Morphology
from .language import concepts, rendered_concepts, without_concepts
from .language import language as language_of
from .lexicon import Dictionary, WordNet
from .text import INSTEAD, NOT_BEFORE, NOT_ONLY, NOT_UNTIL

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass(frozen=True)
class Change:
    """One finding about a changed pair: the item a declaration names, what the reviewer is told, and whether it is
    a finding on its own (not a change of a concept a rewording moves as freely as an edit does: `_NOT_ALONE`)."""
    item: str
    message: str
    alone: bool = True


class Lexicon:
    """The word knowledge the comparison uses, each part loaded on first use."""

    @cached_property
    def wordnet(self) -> WordNet:
        return WordNet()

    @cached_property
    def dictionary(self) -> Dictionary:
        return Dictionary()

    @cached_property
    def morphology(self) -> Morphology:
        return language_of("fi").morphology  # one Voikko, its analyses shared with the number words

    def english_lemmas(self, word: str) -> set[str]:
        word = word.lower().replace("’", "'")
        found = {word, *(lemma for lemma, _ in self.wordnet.lemmas(word))}
        if word.startswith("un") and len(word) > 5:  # "unchanged" says "changed", negated
            found.update(lemma for lemma, _ in self.wordnet.lemmas(word[2:]))
        return found

    def finnish_lemmas(self, word: str) -> set[str]:
        """A Finnish word's base forms and the bases of its compound parts ("tekoälyturvallisuuden" ->
        tekoälyturvallisuus, teko, äly, turva)."""
        found = {word.lower()}
        for reading in self.morphology.analyses(word):
            if reading.get("BASEFORM"):
                found.add(reading["BASEFORM"].lower())
            # a base's syllable marks go: "(Seinä=joki)" is seinäjoki
            bases = re.findall(r"\(([^)+]+)\)", reading.get("WORDBASES", ""))
            found.update(base.lower().replace("=", "") for base in bases)
        return found

    def conditional(self, finnish_text: str) -> bool:
        """Whether a Finnish text has a verb in the conditional mood ("olisi", "säästäisi"): what an English
        "would" says, which no word table can list."""
        return any(reading.get("MOOD") == "conditional"
                   for word in _WORD.findall(finnish_text) for reading in self.morphology.analyses(word))

    def habitual_past(self, finnish_text: str) -> bool:
        """Whether a Finnish text tells of a past habit: a verb in the past tense and a word of recurrence ("kävi
        talvisin katsomassa", "tuli usein"), which an English "would" says as "used to" does ("she would drop by in
        winter"), no conditional."""
        words = _WORD.findall(finnish_text)
        return any(reading.get("TENSE") == "past_imperfective" and reading.get("MOOD") == "indicative"
                   for word in words for reading in self.morphology.analyses(word)) \
            and any(word.lower() in _RECURRENCE or self._every_season(word) for word in words)

    def _every_season(self, word: str) -> bool:
        """An adjective's instructive plural of recurrence: "talvisin", "iltaisin", "arkisin" (every winter,
        evening, weekday)."""
        return word.lower().endswith("isin") and any(
            reading.get("SIJAMUOTO") == "keinonto" and reading.get("BASEFORM", "").endswith("inen")
            for reading in self.morphology.analyses(word))

    def support(self, finnish_text: str) -> dict[str, set[str]]:
        """English word -> the Finnish lemmas of a text that translate to it."""
        found: dict[str, set[str]] = {}
        stop = language_of("fi").stop_words  # "olla", "kun", "mukaan" say no content word of their own
        for word in _WORD.findall(finnish_text):
            for lemma in self.finnish_lemmas(word) - stop:
                for english in self.translations(lemma):
                    found.setdefault(english, set()).add(lemma)
        return found

    def pivots(self, word: str) -> set[str]:
        """English words that translate a Finnish word the word (or one derived from it) translates."""
        return {pivot for form in self.wordnet.derived(word) | {word.lower()}
                for pivot in self.dictionary.pivots(form)}

    def translations(self, finnish_lemma: str) -> set[str]:
        """The English words of a Finnish lemma's translations, without the stop words of their phrases."""
        stop = language_of("en").stop_words
        return {word for word in self.dictionary.english(finnish_lemma) if word not in stop}


@cache
def lexicon() -> Lexicon:
    """The word knowledge, read once per process (immutable data, as language.yml's tables are)."""
    return Lexicon()


# Finnish words of recurrence: a past verb beside one tells of a habit (`Lexicon.habitual_past`)
_RECURRENCE = frozenset({"usein", "aina", "joskus", "toisinaan", "tavallisesti", "yleensä", "harvoin", "välillä"})


_CLITIC = re.compile(r"['’](?:s|re|ve|ll|d|m)$")
_PARTICLES = frozenset({"over", "out", "up", "off", "away", "back", "down", "on", "in", "around", "along"})


def _content(text: str, language: str, names, lexicon: Lexicon | None = None) -> Counter[str]:
    """The words of a text that carry meaning of their own: no stop word, name, number or concept phrase; an
    English phrasal verb WordNet knows is one word ("win over")."""
    text = _unnamed(text, names).replace("€", " euros ")  # "€4.8 million" says "4.8 million euros"
    rest = without_concepts(text, language)
    known = language_of(language)
    stop = known.stop_words
    # a clitic or a possessive says nothing of its own: "it's" is "it" (and a stop word), "company's" "company"
    words = [_CLITIC.sub("", word.lower()) for word in _WORD.findall(rest)]
    found: Counter[str] = Counter()
    for index, word in enumerate(words):
        after = words[index + 1] if index + 1 < len(words) else ""
        if lexicon is not None and after in _PARTICLES and word not in stop \
                and lexicon.wordnet.lemmas(f"{word} {after}"):  # "in on" (a name between them gone) is none
            found[f"{word} {after}"] += 1
        elif word not in stop and known.number_word(word) is None:
            found[word] += 1
    return found


def _unnamed(text: str, names) -> str:
    """A text without its names, each with its inflection ("Metasta")."""
    for name in sorted(names.present(text), key=len, reverse=True):
        text = re.sub(r"(?<!\w)" + re.escape(name) + r"[\w:'’-]*", " ", text)
    return text


def translation_changes(finnish: str, approved: str, translation: str, language: str, names,
                        lexicon: Lexicon) -> list[Change]:
    """What a changed translation says differently from the approved one, weighed against the Finnish (the
    sentences the changed ones translate: explainer.translation.reworded_source)."""
    said = _finnish_concepts(finnish, lexicon)
    approved, translation = _plainly(approved, lexicon), _plainly(translation, lexicon)
    found, synonyms = _concept_findings(said, approved, translation, language, lexicon)
    if not found:
        found += _opposite_concept_words(approved, translation, language, lexicon)
    found += _other_share(approved, translation, language) + _may_gained(finnish, approved, translation, lexicon)
    old, new = _content(approved, language, names, lexicon), _content(translation, language, names, lexicon)
    for word in synonyms:  # a concept's synonym is no content word of its own ("too" for "also")
        old.pop(word, None)
        new.pop(word, None)
    # a name's words translate to nothing ("Rautaniemi" is no "niemi", a cape, nor a "factor")
    diff = _WordDiff(lexicon, approved, translation, old, new, lexicon.support(_unnamed(finnish, names)))
    found += diff.tenses() + _auxiliary_tense(approved, translation)
    found += diff.weighed([change for word in diff.removed for change in diff.loss(word)], language, said)
    if not diff.removed:  # a pure insertion: a word the Finnish does not say is new meaning
        found += diff.insertions(language, said, _pronouns(approved) - _pronouns(translation))
    return found if any(change.alone for change in found) else []


_IN_ALL = re.compile(r"\bin all\b(?:(\s+)(\w+))?", re.I)


_PUT_AT = re.compile(r"\bput at(?=\s+(?:about|around|roughly|approximately|some)?\s*[€$£]?\d)", re.I)


_DUE_TO = re.compile(r"\bdue to(?=\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b)", re.I)


# "not many", "aren't many", "did not have many": "few", "are few", "did have few"
_NOT_MANY = re.compile(r"(?:\bnot|n['’]t) ((?:[a-z]+ ){0,2})many\b", re.I)


# "used to" after a passive and "and": a purpose ("will be recovered and used to heat"), no past habit
_USED_FOR = re.compile(r"\b((?:be|been|being|is|are|was|were)\s+\w+\s+and\s+used)\s+to\b", re.I)


# a count, then "more" and no "than": "hire two more staff" says "two additional staff", no rise ("8.4% more" and
# "8.4 per cent more" are one)
_COUNT_MORE = re.compile(r"(?<![\w.,])(\d+|two|three|four|five|six|seven|eight|nine|ten) more\b(?!\s+than\b)", re.I)


# "24 hours a day" and "day and night" ("yötä päivää"): "around the clock"
_ALL_DAY = re.compile(r"\b(?:(?:24|twenty-four) hours a day|day and night|night and day)\b", re.I)


# a span of time, then "on" before a clause's end: "Five years on," says "Five years later," (not "two years on the
# board")
_SPAN_ON = re.compile(r"\b((?:year|month|week|day|decade)s?) on(?=\s*[,.;:!?]|\s*$)", re.I)


def _plainly(text: str, lexicon: Lexicon) -> str:
    """A text with set phrases written as what they say: "due to" before a determiner as "because of" ("is
    due to the rapid spread", no plan as in "is due to begin"), "put at" before a number as "estimated at" ("the
    damage was put at about €3.2 million"), and each "in all" that says "in total" so ("7,240
    dancers in all", "In all, five people", "five people in all were"): each not before a determiner or a noun,
    which make it the quantity "all" ("in all language versions", "in all the schools"), nor before "of" ("in all
    of the shops"); "not many" as "few", its negation a small quantity ("there aren't many", "did not have
    many": "there are few", "did have few"); "five years on," as "five years later,"; "24 hours a day" and "day
    and night" as "around the clock"; "two more staff" as "two additional staff"; "recovered and used to heat" as
    "used for heating"."""
    def said(match: re.Match) -> str:
        following = (match.group(2) or "").lower()
        kinds = {kind for _, kind in lexicon.wordnet.lemmas(following)} if following else set()
        quantity = following in _DETERMINERS or following == "of" or ("n" in kinds and "v" not in kinds)
        return match.group(0) if quantity else "in total" + (match.group(1) or "") + (match.group(2) or "")
    text = _SPAN_ON.sub(r"\1 later", _NOT_MANY.sub(r" \1few", _ALL_DAY.sub("around the clock", text)))
    text = _USED_FOR.sub(r"\1 for", _COUNT_MORE.sub(r"\1 additional", text))
    return _IN_ALL.sub(said, _PUT_AT.sub("estimated at", _DUE_TO.sub("because of", text)))


# The concept changes (concept, -1 gone / +1 new) a rewording makes as freely as an edit does, so that one alone is
# no finding: who reports it ("told" for "informed", "LJL calculates that" for "according to LJL's calculations"),
# "during", "after", "already", "far", an intensifier gained or lost ("incredibly" for "terribly" is none; "nervous"
# for "terribly nervous" one), and a "would" lost ("under the proposal, the fee will be" for "proposes that
# the fee would be"; one gained says what did not happen: "would have told"). On the ten halves before the
# twenty-sixth, each measured once when it was added and unseen, such changes alone flagged 18 legitimate
# rewordings and caught 3 meaning edits, all three an expectation ("is expected to rise" for "will rise"), now a
# concept of its own (language.yml `expectation`); beside any other finding they are still reported.
_DEGREES = ("by_much", "by_little")  # how large a difference is (language.yml `concepts`)
_NOT_ALONE = frozenset({(concept, sign) for concept in ("attribution", "during", "after", "already", "distant",
                                                         "intensifier", *_DEGREES)
                        for sign in (-1, 1)} | {("conditional", -1)})


def _concept_findings(said: set[str], approved: str, translation: str, language: str,
                      lexicon: Lexicon) -> tuple[list[Change], set[str]]:
    """The concepts a changed translation gained or lost (language.yml `concepts`), and the words of the synonyms
    that say a lost one otherwise."""
    found, synonyms = [], set()
    constructed = _constructions(approved, translation, lexicon, said)
    for concept, sign, words in _concept_changes(approved, translation, language):
        if (sign > 0 and concept in said) or (concept, sign) in constructed:
            continue  # a concept gained that the Finnish has (the translation now says what the source says), or
            # one a construction of the other wording says
        if concept == "future" and not _tense_moved(approved, translation, sign) \
                and not _hedged(approved, translation, sign, said):
            continue  # "will be" for "is expected to be", "expects … to be": the time is said otherwise
        synonym = _said_otherwise(words, *((translation, approved) if sign > 0 else (approved, translation)), lexicon)
        synonyms.update(synonym.split() if synonym else ())
        if synonym is None and not (concept in _PRIVATIVE_CONCEPTS and sign * (
                _privatives(approved, lexicon) - _privatives(translation, lexicon)) > 0):
            found.append(Change(concept, f'"{concept}" is {"gone" if sign < 0 else "new"} against the approved '
                                         f"translation ({', '.join(words)})", (concept, sign) not in _NOT_ALONE))
    return _one_degree_for_another(found), synonyms


def _one_degree_for_another(found: list[Change]) -> list[Change]:
    """The findings, a difference's degree reported on its own where one replaced the other ("slightly more" for
    "considerably more"); one gained or lost alone ("a little less than" for "just under") is not."""
    if {change.item for change in found} >= set(_DEGREES):
        return [replace(change, alone=True) if change.item in _DEGREES else change for change in found]
    return found


# Finnish lemmas an English "may" renders: possibility ("saattaa", "voida", "ehkä"), leave ("saada", "sallia")
_MAY_RENDERS = frozenset({"saattaa", "voida", "saada", "ehkä", "kenties", "mahdollinen", "mahdollisesti", "sallia",
                          "luvallinen"})


def _may_gained(finnish: str, approved: str, translation: str, lexicon: Lexicon) -> list[Change]:
    """A "may" gained where the Finnish says nothing it renders: a fact made a possibility ("may consider" for "has
    promised to consider", "kunta on luvannut harkita"). Hand-written beside the concept tables, whose "may" counts
    only where the original has a hedge: it is as often leave or ability as a hedge."""
    if not _may_added(approved, translation) or lexicon.conditional(finnish):
        return []
    if any(lexicon.finnish_lemmas(word) & _MAY_RENDERS for word in _WORD.findall(finnish)):
        return []
    return [Change("possible", '"may" is new against the approved translation, and the Finnish says nothing it '
                               'renders')]


def _hedged(approved: str, translation: str, sign: int, said: set[str]) -> bool:
    """Whether a future lost became a "may" the Finnish does not say ("will last" made "may last"): a certainty
    hedged, not a time said otherwise."""
    return sign < 0 and "possible" not in said and _may_added(approved, translation)


def _may_added(approved: str, translation: str) -> bool:
    return _count(translation, "may") > _count(approved, "may")


def _finnish_concepts(finnish: str, lexicon: Lexicon) -> set[str]:
    """The Finnish's own concepts (those its language knows words for), and the conditional its verbs' mood or a
    past habit says."""
    said = set(concepts(finnish, "fi"))
    if lexicon.conditional(finnish) or lexicon.habitual_past(finnish):
        said.add("conditional")  # a habit in the past is the "would" of "she would drop by in winter"
    return said


def _constructions(approved: str, translation: str, lexicon: Lexicon, said: set[str]) -> set[tuple[str, int]]:
    """The concept changes (concept, sign) a construction of one wording says as a word of the other does: "did not
    hear … until Tuesday" for "heard … only on Tuesday" (a negation gained, an "only" lost), "the steepest fall" for
    "fell most steeply" (a superlative, no quantity "most"), "not expected before June" for "expected in June at
    the earliest", "rather than elsewhere" for "and not somewhere else", "put over 1,850 hours" (read as a span of
    time) for "more than 1,850 hours" where the Finnish says "yli", "did not get a place" for "were left without a
    place" where it says "ilman" (and the other way where it says "ei"), "besides his mail" for "not only his mail
    but" where it says neither "ei" nor "vain"."""
    found = set()
    if "more-than" in said and _spans(translation) - _spans(approved):
        found.add(("more-than", -1))
    for sign, having, other in ((1, translation, approved), (-1, approved, translation)):
        if ("without" if sign > 0 else "negation") in said \
                and _concept_count(having, "negation") > _concept_count(other, "negation") \
                and _concept_count(other, "without") > _concept_count(having, "without"):
            # "did not get a place" for "were left without a place" where the Finnish says "ilman", and "has been
            # without its own shoemaker" for "has not had" where it says "ei"
            found |= {("without", -sign), ("negation", sign)}
        found |= _constructed(sign, having, other, lexicon, said)
    return found


def _constructed(sign: int, having: str, other: str, lexicon: Lexicon, said: set[str]) -> set[tuple[str, int]]:
    """The concept changes a construction one wording has more of than the other says (_constructions), `sign` +1
    where the one with more is the changed translation."""
    found = set()
    if len(NOT_UNTIL.findall(having)) > len(NOT_UNTIL.findall(other)):
        found |= {("negation", sign), ("only", -sign)}
    if len(NOT_BEFORE.findall(having)) > len(NOT_BEFORE.findall(other)):
        found |= {("negation", sign), ("before", sign), ("earliest", -sign)}
    if _superlatives(having, lexicon) > _superlatives(other, lexicon):
        found.add(("most", -sign))
    if _comparatives(other, lexicon) > _comparatives(having, lexicon) \
            and _more_adjectives(having, lexicon) > _more_adjectives(other, lexicon):
        found.add(("up", sign))  # "more difficult" for "harder" ("less clear" for "clearer" stays a change)
    if len(INSTEAD.findall(having)) > len(INSTEAD.findall(other)):
        found.add(("negation", -sign))  # "rather than elsewhere" for "and not somewhere else"
    if _according_as_verb(having, other, lexicon):
        found.add(("attribution", sign))
    if _split_at_and(having, other):
        found.add(("also", sign))
    if len(NOT_ONLY.findall(having)) > len(NOT_ONLY.findall(other)):
        # "Besides his mail, … brought him" for "not only his mail but also": what the Finnish does not say
        found |= {(concept, sign) for concept in ("negation", "only") if concept not in said}
    return found


def _spans(text: str) -> Counter[str]:
    """A text's "over # hours" (language.yml `_duration`): each a span of time or a bound, as the Finnish says."""
    return Counter(concepts(text, "en").get("_duration", ()))


_CLAUSE_AND = re.compile(r",\s+and\b")
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’']?\s+[”\"‘“]?[A-ZÅÄÖ]")


def _split_at_and(having: str, other: str) -> bool:
    """Whether one wording makes two sentences of what the other joins with ", and": the second sentence's "also"
    says the "and" ("Coffee will be served. The public will also be able to" for "…served, and the public will
    be able to")."""
    return len(_CLAUSE_AND.findall(other)) > len(_CLAUSE_AND.findall(having)) \
        and len(_SENTENCE_BREAK.findall(having)) > len(_SENTENCE_BREAK.findall(other))


_ACCORDING = re.compile(r"\baccording to (?:\w+['’]s |the |its |their |his |her )?(\w+)", re.I)


def _according_as_verb(having: str, other: str, lexicon: Lexicon) -> bool:
    """Whether the other wording reports with a verb what one says "according to" a noun of the same stem
    ("LJL calculates that" for "According to LJL's calculations")."""
    verbs = [lexicon.wordnet.derived(verb) for verb in re.findall(r"\b(\w+) that\b", other)]
    return any(lexicon.wordnet.derived(match.group(1)) & derived
               for match in _ACCORDING.finditer(having) for derived in verbs)


def _comparatives(text: str, lexicon: Lexicon) -> int:
    """How many words of a text are an adjective's comparative ("harder", "easier"; not "water")."""
    return sum(1 for word in _lower_words(text) if word.endswith("er")
               and any(kind in ("a", "s") and lemma != word for lemma, kind in lexicon.wordnet.lemmas(word)))


_MORE = re.compile(r"\bmore\s+(\w+)", re.I)


def _more_adjectives(text: str, lexicon: Lexicon) -> int:
    """How many times a text says a comparative with "more" before an adjective ("more difficult")."""
    return sum(1 for match in _MORE.finditer(text) if lexicon.wordnet.mainly_adjective(match.group(1)))


def _superlatives(text: str, lexicon: Lexicon) -> int:
    """How many words of a text are an adjective's superlative ("steepest", "latest"; "greatest", which WordNet also
    lists as a word of its own; not "forest", "honest"), none of smallness, which says the opposite of "most"
    ("fewest", "smallest")."""
    count = 0
    for word in _lower_words(text):
        lemmas = lexicon.wordnet.lemmas(word) if word.endswith("est") else set()
        count += any(lemma != word and kind in ("a", "s") for lemma, kind in lemmas) \
            and not any(lemma in _SMALL for lemma, _ in lemmas)
    return count


_SMALL = frozenset({"few", "little", "small", "low", "short", "slight"})  # adjectives of smallness


def _said_otherwise(words: list[str], having: str, other: str, lexicon: Lexicon) -> str | None:
    """The WordNet synonym by which the other wording says a concept this one has and it lacks: of its word, or of
    a phrase WordNet knows that holds the word: "too" for "also", "besides" for "in addition", "annually" for "every
    year": a synonym the other wording has more often than this one (one both have alike replaces nothing: "about
    35 minutes" in both is no "some")."""
    tokens, other_tokens = _lower_words(having), _lower_words(other)
    own_text, other_text = f" {' '.join(tokens)} ", f" {' '.join(other_tokens)} "
    stop = language_of("en").stop_words
    # a phrase's own words too: "the final kilometres" for "the last few kilometres" (WordNet: last, final)
    for word in [*words, *(part for phrase in words if " " in phrase for part in phrase.split() if part not in stop)]:
        spans = _phrases_holding(word, tokens, lexicon)
        synonyms = {synonym.replace("_", " ") for span in spans for synonym in lexicon.wordnet.synonyms(span)}
        said = next((synonym for synonym in sorted(synonyms - spans)
                     if other_text.count(f" {synonym} ") > own_text.count(f" {synonym} ")), None)
        if said is not None:
            return said
    return None


def _lower_words(text: str) -> list[str]:
    return [word.lower() for word in _WORD.findall(text.replace("’", "'"))]


def _phrases_holding(word: str, tokens: list[str], lexicon: Lexicon) -> set[str]:
    """The word and each phrase WordNet knows of up to two more words either side that holds it in the text."""
    size, found = len(word.split()), {word}
    for start in (n for n in range(len(tokens)) if " ".join(tokens[n:n + size]) == word):
        found.update(" ".join(tokens[begin:end]) for begin in range(max(0, start - 2), start + 1)
                     for end in range(start + size, min(len(tokens), start + size + 2) + 1)
                     if end - begin > size and lexicon.wordnet.lemmas(" ".join(tokens[begin:end])))
    return found


_PRIVATIVE_CONCEPTS = frozenset({"negation", "without"})


def _privatives(text: str, lexicon: Lexicon) -> int:
    """How many words of a text negate a word WordNet knows by a prefix or a suffix ("unhurt", "pointless"): a
    negation a rewording moves into a word ("escaped unhurt", "escaped without injury"; "no point", "pointless")."""
    return negative_prefixed(text, lexicon) + sum(_known_stem(word[:-4], lexicon) for word in _lower_words(text)
                                                   if word.endswith("less"))


def negative_prefixed(text: str, lexicon: Lexicon) -> int:
    """How many words of a text negate a word WordNet knows by the prefix "un-" ("unhurt", "unconvinced")."""
    return sum(_known_stem(word[2:], lexicon) for word in _lower_words(text) if word.startswith("un"))


def _known_stem(stem: str, lexicon: Lexicon) -> bool:
    return len(stem) >= 4 and bool(lexicon.wordnet.lemmas(stem))


def _concept_count(text: str, concept: str) -> int:
    """How many of a concept's words an English text has ("negation": "not", "never")."""
    return len(concepts(text, "en").get(concept, ()))


def _pronouns(text: str) -> int:
    return sum(1 for word in _WORD.findall(text.lower()) if word in _PRONOUNS)


class _WordDiff:
    """The content words an approved translation lost and its changed wording gained, with what the lexicon knows
    of them: a lost word is a change unless the new wording still renders what the Finnish says with it."""

    def __init__(self, lexicon: Lexicon, approved: str, translation: str, old: Counter, new: Counter,
                 support: dict[str, set[str]]):
        self.lexicon, self.approved, self.translation, self.support = lexicon, approved, translation, support
        self.removed, self.added = old - new, new - old
        self.lemmas = {word: lexicon.english_lemmas(word) for word in (*old, *new)}
        self.rendered = {lemma for word in new for lemma in self.lemmas[word]}  # what the new wording still says
        self.used: set[str] = set()  # added words already taken as the replacement of a lost one
        self.gone: list[Change] = []  # the lost words the Finnish says that nothing renders or replaces

    def tenses(self) -> list[Change]:
        """A lost word that comes back inflected otherwise pairs with it (and leaves both lists): only a change of
        tense matters, or a negative prefix gained or lost."""
        found = []
        for word in list(self.removed):
            same = next((other for other in self.added if self.lemmas[word] & self.lemmas[other]), None)
            if same is None:
                continue
            if _negated(word, same):  # "unreasonable" and "reasonable" share a lemma
                if not self._negation_moved(word, same):  # "unconvinced" for "not convinced" says the same
                    found.append(Change(same, f'"{same}" says the opposite of "{word}" in the approved translation'))
            elif _degree(word, self.lexicon.wordnet) != _degree(same, self.lexicon.wordnet):
                found.append(Change(same, f'"{same}" for "{word}": another degree of comparison than the approved '
                                          f"translation"))
            elif {was := _aspect(word, self.approved), now := _aspect(same, self.translation)} in _ASPECT_CHANGES:
                found.append(Change(same, f'"{same}" for "{word}": the action is {now} where the approved '
                                          f"translation has it {was}"))
            elif self._nominal(same, self.translation) != self._nominal(word, self.approved):
                self._light_verb()  # "voted" -> "held a vote": the tense moves to the verb that holds the noun
            elif _past(word, self.approved) != _past(same, self.translation) \
                    and not _participle(word, self.approved) and not _participle(same, self.translation):
                found.append(Change(same, f'"{same}" for "{word}": another tense than the approved translation'))
            del self.removed[word], self.added[same]
        return found

    def _nominal(self, word: str, text: str) -> bool:
        """Whether a word is a noun where it stands: after a preposition that takes a bare noun ("on offer"), or
        after a determiner, or one and a word WordNet knows only as an adjective ("held a separate vote" for
        "voted", "gave his comments" for "commented": the tense is another verb's), or a plural after an adjective,
        or before a verb it is the subject of."""
        if re.search(r"\b(?:on|for|under|out\s+to)\s+" + re.escape(word) + r"\b", text, re.I):
            return True  # "on offer", "for sale", "under review", "put out to tender": a noun after a preposition
        if re.search(r"\b" + re.escape(word) + r"\s+(?:is|are|was|were|will|has|have|had)\b", text, re.I):
            return True  # "searches were carried out" for "were searched": a noun, the subject of a verb
        if any(language_of("en").number_word(before) or re.fullmatch(r"\d[\d,.]*", before) and not _YEAR.match(before)
               for before in re.findall(r"(\S+)\s+" + re.escape(word) + r"\b", text, re.I)):
            return True  # "responded to 58 call-outs" for "was called out 58 times": a noun a number counts
        if word.endswith("s") and any(self._adjective_only(before)
                                      for before in re.findall(r"(\w+)\s+" + re.escape(word) + r"\b", text, re.I)):
            return True  # "cast blank votes" for "voted blank": a plural an adjective qualifies (not "only returns")
        for match in re.finditer(rf"\b({'|'.join(sorted(_DETERMINERS))})\s+(?:(\w+)\s+)?" + re.escape(word) + r"\b",
                                 text, re.I):
            between = match.group(2)
            if between is None or {pos for _, pos in self.lexicon.wordnet.lemmas(between)} & {"a", "s"}:
                return True
        return False

    def _adjective_only(self, word: str) -> bool:
        """Whether WordNet knows a word mainly as an adjective and never as an adverb ("blank"; not "only")."""
        wordnet = self.lexicon.wordnet
        return wordnet.mainly_adjective(word) and "r" not in {pos for _, pos in wordnet.lemmas(word)}

    def _light_verb(self) -> None:
        """The verb a noun made of a lost verb comes with ("held" a vote, "gave" comments) is no new word."""
        verb = next((word for word in self.added if word in _LIGHT_VERBS), None)
        if verb is not None:
            self.added[verb] -= 1
            self.added = +self.added

    def loss(self, word: str) -> list[Change]:
        """What the loss of a word changes: an antonym in its place, or a word the Finnish says gone with nothing
        that renders it or replaces it."""
        swapped = self._swap(word)
        if swapped is not None:
            return [swapped]
        finnish_lemmas = self._finnish(word)
        if not finnish_lemmas or _name_as_modifier(word, self.approved, self.translation):
            # the Finnish did not say it; or "a play written by Rytkönen" became "Rytkönen's play"
            return []
        translations = {english for lemma in finnish_lemmas for english in self.lexicon.translations(lemma)}
        expanded = {lemma for english in translations for lemma in self.lexicon.english_lemmas(english)}
        if expanded & self.rendered or self._rendered_otherwise(finnish_lemmas):
            return []  # the Finnish word is still rendered by another word of the new wording
        replacement = self._replacement(word, expanded)
        if replacement is None and not self._dropped_alone(word):
            self.gone.append(Change(word, f'"{word}" is gone, though the Finnish says it '
                                          f'("{", ".join(sorted(finnish_lemmas))}")'))
            return [self.gone[-1]]
        if replacement is not None:
            self.used.add(replacement)
        return []

    def _rendered_otherwise(self, finnish_lemmas: set[str]) -> bool:
        """Whether the new wording renders a Finnish word by a modal, a stop word or a phrase its dictionary gives,
        which the content words, stop words taken out, do not show: "can" for "voida" ("may"), "under" for "alla"
        ("beneath"), "on its own" for "yksin" ("on one's own"), "because" or "due to" for a word for a reason
        ("syy")."""
        text = f" {' '.join(_lower_words(self.translation))} "
        stop = language_of("en").stop_words
        for english in (e for lemma in finnish_lemmas for e in self.lexicon.dictionary.english(lemma)):
            if english in _MODAL_VERBS and f" {english} " in text:
                return True
            if english in stop and _count(self.translation, english) > _count(self.approved, english):
                return True  # a stop word gained, no content word: "under the street" for "beneath" ("alla")
            if english in _CAUSES and _CAUSAL.search(text):
                return True  # "the decline is mainly due to" for "the main reason for the decline is" ("syy")
            if " " in english and re.search(_phrase_pattern(english), text):
                return True
        return False

    def weighed(self, lost: list[Change], language: str, said: set[str]) -> list[Change]:
        """The findings of the lost words, where a single noun or verb the Finnish says, gone while no other
        content word is lost and none is gained that the Finnish does not say, is no finding alone: a rewording folds
        such a word into its structure as often as an edit drops one ("the project will raise" made a passive, "the
        company that runs" made "which runs", "need to book" made "needed"); a lost adjective, adverb or modal
        ("almost", "intact", "may") stays one. On the tuned half this flagged 8 fewer rewordings and caught as
        many edits."""
        if len(self.gone) != 1 or sum(self.removed.values()) > 1 or not self._plain(self.gone[0].item, language) \
                or any(other not in self.used and (self._unsaid(other, language, said)
                                                   or not self._supported(other, synonyms=True))
                       for other in self.added):
            return lost
        return [replace(change, alone=False) if change is self.gone[0] else change for change in lost]

    def _plain(self, word: str, language: str) -> bool:
        """A word WordNet knows only as a noun or a verb, that says no concept of the language's tables and is no
        modal ("can" is a noun too)."""
        kinds = {kind for _, kind in self.lexicon.wordnet.lemmas(word)}
        return bool(kinds) and kinds <= {"n", "v"} and not _modals(word) \
            and not rendered_concepts(word, language) and not concepts(word, language)

    def _swap(self, word: str) -> Change | None:
        """An added word that says the opposite of a lost one, or names another role in its place."""
        antonym = self._antonym(word)
        if antonym is not None:
            self.used.add(antonym)
            return Change(antonym, f'"{antonym}" says the opposite of "{word}" in the approved translation')
        rank = self._rank_dropped(word)
        if rank is not None:
            self.used.add(rank)
            return Change(rank, f'"{rank}" without "{word}" is another role than in the approved translation')
        role = self._other_role(word)
        if role is not None:
            self.used.add(role)
            return Change(role, f'"{role}" is another role than "{word}" in the approved translation')
        modifier = self._other_modifier(word)
        if modifier is not None:
            self.used.add(modifier)
            return Change(modifier, f'"{modifier}" for "{word}" before the same role is another role than in the '
                                    f'approved translation')
        return None

    def _antonym(self, word: str) -> str | None:
        """An added word that says the opposite of a lost one: its antonym, or an adjective whose antonym is similar to
        it ("cold" for "warm", whose antonym is "cool"), or, of two adjectives, one whose antonym is its synonym
        ("easiest" for "hardest": easy, difficult, hard); not while another added word says the lost one ("earliest"
        for "oldest", beside "latest" for "most recent"), nor a direction of motion ("X came second" for "second
        place went to X")."""
        wordnet = self.lexicon.wordnet
        if self.lemmas[word] & _DIRECTIONS:
            return None
        antonym = next((other for other in self.added if self._opposite(word, other)), None)
        if antonym is None or any(self.lemmas[other] & (wordnet.similar(word) | wordnet.synonyms(word))
                                  for other in self.added if other != antonym) or self._linking(word, antonym):
            return None
        return antonym

    def _negation_moved(self, word: str, other: str) -> bool:
        """Whether a negation moved into a word or out of it: "unconvinced" for "not convinced", "not happy" for
        "unhappy" (the one with the prefix gained as a negation is lost, or lost as one is gained)."""
        if not _negated(word, other):
            return False
        lost = _concept_count(self.approved, "negation") - _concept_count(self.translation, "negation")
        return lost > 0 if len(other) > len(word) else lost < 0

    def _opposite(self, word: str, other: str) -> bool:
        """Whether an added word is the lost one's antonym, or an adjective whose antonym is like it or (both plain
        adjectives) its synonym, or like an adjective that is its opposite (_similar_opposites)."""
        wordnet = self.lexicon.wordnet
        if self.lemmas[other] & wordnet.antonyms(word) or wordnet.antonyms(other) & wordnet.similar(word):
            return True
        if any(self.lemmas[one] & _OPPOSING_STANCE and self.lemmas[two] & _SUPPORTING_STANCE
               for one, two in ((word, other), (other, word))):
            return True  # "supports the closure" for "opposes the closure"
        # "poor" is like "bad", the opposite of "good"; "earliest" is like "new" and "old" alike: no opposite
        if wordnet.antonyms(word) & wordnet.similar(other) and not self.lemmas[word] & wordnet.similar(other):
            return True
        if not wordnet.mainly_adjective(other) or _participle_form(other):
            return False
        adjective = wordnet.mainly_adjective(word) and not _participle_form(word)
        return bool(adjective and wordnet.antonyms(other) & wordnet.synonyms(word)) \
            or _similar_opposites(wordnet, other, word)

    def _linking(self, word: str, other: str) -> bool:
        """Whether two verbs of posture link their subject to one adjective both wordings have after them ("stood
        empty", "lay empty": remained so), where their own senses say nothing (WordNet marks no linking use)."""
        wordnet, stop = self.lexicon.wordnet, language_of("en").stop_words
        if not all({lemma for lemma, pos in wordnet.lemmas(verb) if pos == "v"} & _POSTURES for verb in (word, other)):
            return False
        after = {match.lower() for match in re.findall(rf"\b{re.escape(word)}\s+(\w+)", self.approved, re.I)}
        return any(adjective.lower() in after and adjective.lower() not in stop and wordnet.mainly_adjective(adjective)
                   for adjective in re.findall(rf"\b{re.escape(other)}\s+(\w+)", self.translation, re.I))

    def _other_modifier(self, word: str) -> str | None:
        """A gained word before the role noun a lost one stood before, or its synonym ("finance director" for "HR
        director", "chief fire officer" for "duty fire officer"), that the Finnish does not say: another role."""
        head = self._role_after(word, self.approved)
        if head is None or self._role(word):
            return None
        wordnet = self.lexicon.wordnet
        near = wordnet.synonyms(word) | wordnet.similar(word)
        heads = {head} | wordnet.synonyms(head)  # "managing director" for "purchasing manager"
        return next((other for other in self.added if other not in self.used
                     and self._role_after(other, self.translation) in heads and not self.lemmas[other] & near
                     and not self._supported(other, synonyms=True)), None)

    def _role_after(self, word: str, text: str) -> str | None:
        """The role noun that follows a word directly or after one more content word ("HR director", "duty fire
        officer"; not "hard on patients")."""
        match = re.search(rf"\b(\w+\s+)?{re.escape(word)}\s+(\w+)(?:\s+(\w+))?",
                          re.sub(r"\baccording to\b", "according", text, flags=re.I), re.I)
        if match is None or (match.group(1) or "").strip().lower() in _INFINITIVE:
            return None  # "to lure AI engineers": a verb and its object ("according to" is no infinitive's "to")
        following, then = match.group(2).lower(), (match.group(3) or "").lower()
        if self._role(following):
            return following
        return then if then and following not in language_of("en").stop_words and self._role(then) else None

    def _other_role(self, word: str) -> str | None:
        """A word for another kind of person in a lost one's place ("coach" for "captain", "director" for
        "inspector"): neither its synonym nor a word the Finnish translates to."""
        if not self._role(word):
            return None
        synonyms = self.lexicon.wordnet.synonyms(word)
        return next((other for other in self.added if other not in self.used and self._role(other)
                     and not self.lemmas[other] & synonyms and not self._supported(other)), None)

    def _rank_dropped(self, word: str) -> str | None:
        """The role a lost one held a rank below, now said without the rank ("chair" for "vice-chair", "mayor" for
        "deputy mayor"), unless another rank word takes its place."""
        prefix, _, head = word.partition("-")
        if prefix in _RANKS and head in self.added and head not in self.used:
            return head
        if word in _RANKS and not any(other.partition("-")[0] in _RANKS for other in self.added):
            following = re.search(rf"\b{re.escape(word)}[\s-]+(\w+)", self.approved, re.I)
            if following and following.group(1).lower() in _lower_words(self.translation):
                return following.group(1).lower()
        return None

    def _role(self, word: str) -> bool:
        """A noun for a kind of person, no adjective first ("possible" is one, as a candidate)."""
        wordnet = self.lexicon.wordnet  # no auxiliary: "the haves" makes "have" a kind of person to WordNet
        return word not in _AUXILIARIES and wordnet.is_person(word, instances=False) \
            and not wordnet.mainly_adjective(word)

    def _dropped_alone(self, word: str) -> bool:
        """Whether a lost word no added word replaces leaves the meaning as it was: a verb dropped as another is
        gained ("will have a concrete frame" for "will be built with"), a WordNet phrase for it ("even so" for
        "nevertheless"), a light verb whose noun stays ("time for the next step" for "time to take the next
        step"), a possibility a modal says ("Snow can be made" for "Snowmaking is possible"), a compound that
        holds it, or another construction (_said_by_construction)."""
        return (self._inflected_verb(word) and not any(map(self._inflected_verb, self.added))) \
            or _said_otherwise([word], self.approved, self.translation, self.lexicon) is not None \
            or self._light_verb_dropped(word) \
            or (word in _POSSIBILITY and _modals(self.translation) > _modals(self.approved)) \
            or self._in_compound(word) \
            or self._said_by_construction(word)

    def _said_by_construction(self, word: str) -> bool:
        """Whether a lost word is said by a construction the new wording gained: "not … until" with "only" ("vasta"),
        where someone works with "-based" ("an Oulu-based agent" for "an agent working in Oulu"), an amount by "how
        much" ("how much the bid is for" for "the amount of the bid"), "against" by a word of opposing ("met
        opposition from" for "came out against"), "the remaining 44" by "the other 44"."""
        return (word == "until" and _count(self.translation, "only") > _count(self.approved, "only")) \
            or (word in _SITED and re.search(r"\w-based\b", self.translation) is not None
                and re.search(r"\w-based\b", self.approved) is None) \
            or (word in _QUANTITY_NOUNS and _count_pattern(_HOW_MUCH, self.translation) > _count_pattern(_HOW_MUCH,
                                                                                                  self.approved)) \
            or (word in _OPPOSING and _count_pattern(_OPPOSITION, self.translation) > _count_pattern(_OPPOSITION,
                                                                                                 self.approved)) \
            or (word in _REMAINING and _count(self.translation, "other") > _count(self.approved, "other"))

    def _in_compound(self, word: str) -> bool:
        """Whether a hyphenated word gained holds the lost one ("a three-winter contract" for "over three
        winters")."""
        gained = set(_WORD.findall(self.translation.lower())) - set(_WORD.findall(self.approved.lower()))
        return any(self.lemmas[word] & self.lexicon.english_lemmas(part)
                   for other in gained if "-" in other for part in other.split("-"))  # a number's too ("three-")

    def _light_verb_dropped(self, word: str) -> bool:
        """A light verb lost while the noun it carried stays ("take the next step" -> "for the next step"): the
        first noun of the three words after it is in the new wording."""
        if word not in _LIGHT_VERBS:
            return False
        wordnet = self.lexicon.wordnet
        match = re.search(r"\b" + re.escape(word) + r"((?:\s+\w+){1,3})", self.approved, re.I)
        following = match.group(1).lower().split() if match else []
        noun = next((other for other in following if other not in _DETERMINERS and not wordnet.mainly_adjective(other)
                     and "n" in {kind for _, kind in wordnet.lemmas(other)}), None)
        # the noun kept, or said as its verb ("estimates" for "gives a … estimate")
        return noun is not None and any(self.lexicon.english_lemmas(noun) & self.lexicon.english_lemmas(other)
                                        for other in _WORD.findall(self.translation.lower()))

    def insertions(self, language: str, said: set[str], referents: int = 0) -> list[Change]:
        """Words the Finnish does not say that are no verb (a noun, adjective or adverb: "deputy", "disastrous") or
        that render a concept only where the original says it ("may": a certainty hedged), but as many as the
        pronouns the new wording dropped: a pronoun's referent named ("the company's" for "its") says nothing new,
        nor does the doer of what the approved translation said in the passive (_agent). A verb gained is no
        finding of its own: a rewording gains one as often as a changed meaning does ("went", "welcomed", "took
        place": on the tuned half they caught no edit and flagged four rewordings)."""
        new = [word for word in self.added if word not in self.used and self._unsaid(word, language, said)
               and not self._agent(word)]
        return [Change(word, f'"{word}" is new, and the Finnish says nothing it translates')
                for word in new[max(0, referents):]]

    def _agent(self, word: str) -> bool:
        """Whether a gained word is the subject of a verb the approved translation has as a passive participle, and
        the new wording not ("the airline will fly the route" for "the route will be flown", "Voters elected" for
        "were elected"): a Finnish passive names no doer, and a translation made active must name the one the text
        implies."""
        wordnet = self.lexicon.wordnet
        if "n" not in {kind for _, kind in wordnet.lemmas(word)} or rendered_concepts(word, "en"):
            return False  # a doer is named by a noun ("may" is a month too, but renders a concept)
        passive = {lemma for match in _PASSIVE.finditer(self.approved) if not match.group(1).lower().endswith("ing")
                   for lemma, kind in wordnet.lemmas(match.group(1).lower()) if kind == "v" and lemma != match.group(1)}
        return any(self.lexicon.english_lemmas(verb) & passive and not re.search(
                   rf"\b(?:{'|'.join(_BE)})\s+(?:\w+ly\s+)?{re.escape(verb)}\b", self.translation, re.I)
                   for verb in self._verbs_after(word))

    def _verbs_after(self, word: str) -> list[str]:
        """The word after a gained one, an auxiliary between or not, and the next where it is an adverb ("the town
        will probably buy"): what may be the verb it is the subject of."""
        verbs = []
        for match in re.finditer(rf"\b{re.escape(word)}\s+(?:(?:{'|'.join(_AUXILIARIES)})\s+)?(\w+)(?:\s+(\w+))?",
                                 self.translation, re.I):
            first, then = match.group(1).lower(), (match.group(2) or "").lower()
            verbs += [first, then] if first.endswith("ly") and then else [first]
        return verbs

    def _unsaid(self, word: str, language: str, said: set[str]) -> bool:
        """Whether a gained word says what the Finnish does not: a weak rendering a concept the Finnish lacks (a
        "may" its "saada", receive, does not say), or a word no Finnish word translates that is no verb."""
        rendered = rendered_concepts(word, language, whole_words=True)
        if rendered:  # a word of its own, not a suffix's ("-less": "nevertheless" is no privative)
            return not rendered & said
        return not self._supported(word, synonyms=True) and (self._no_verb(word)
                                                             or bool(rendered_concepts(word, language)))

    def _inflected_verb(self, word: str) -> bool:
        """An inflected verb: a past or a participle ("built", "issued", "remained"), a third person's present or an
        -ing form ("employs", "lasts", "going"): what a rewording drops as often as a changed meaning does, when no
        other takes its place ("has a workforce of" for "employs", "is 18 minutes long" for "lasts 18 minutes"); one
        swapped for another says something else ("banned" for "written"). A change of intent ("plans to",
        "considering") is a concept of its own (language.yml `intention`)."""
        readings = self.lexicon.wordnet.lemmas(word)
        if word.endswith("ed") or word in _IRREGULAR_PAST:
            return "v" in {kind for _, kind in readings}
        return word.endswith(("s", "ing")) and any(kind == "v" and lemma != word for lemma, kind in readings) \
            and not self._nominal(word, self.approved) \
            and not self._renders_nouns(word)  # "the routes", "for booking": a noun where it stands

    def _renders_nouns(self, word: str) -> bool:
        """Whether every Finnish word a lost one renders is a noun in its base form and no verb to Voikko ("lighting
        and benches" for "valaistus ja penkit"): the English word is a noun too ("at times" for the adessive
        "välillä" is no case of it)."""
        lemmas, morphology = self._finnish(word), self.lexicon.morphology
        return bool(lemmas) and all((readings := morphology.analyses(lemma))
                                    and all(r.get("CLASS") == "nimisana" and r.get("BASEFORM") == lemma
                                            for r in readings) for lemma in lemmas)

    def _no_verb(self, word: str) -> bool:
        """A word WordNet knows, and only as a noun, adjective or adverb: no reading of it is a verb."""
        kinds = {kind for _, kind in self.lexicon.wordnet.lemmas(word)}
        return bool(kinds) and "v" not in kinds

    def _finnish(self, word: str) -> set[str]:
        """The Finnish lemmas that a word renders, directly or (a word derived from or one step from the Finnish's:
        "leave" for "lähtö", departure) through a related word."""
        found = {lemma for lemma_of_word in self.lemmas[word] for lemma in self.support.get(lemma_of_word, ())}
        return found or {lemma for near in self.lexicon.wordnet.related(word) for lemma in self.support.get(near, ())}

    def _related(self, word: str, other: str, expanded: set[str]) -> bool:
        """Whether a new word is related to a lost one, of its stem, or related to a rendering of its Finnish word."""
        wordnet = self.lexicon.wordnet
        return bool(self.lemmas[other] & wordnet.related(word) or wordnet.family(word) & wordnet.family(other)
                    or (self.lemmas[other] | wordnet.related(other, siblings=True)) & expanded)

    def _supported(self, word: str, synonyms: bool = False) -> bool:
        """Whether the Finnish translates to the word or (with `synonyms`, for a word gained) to a synonym of it
        ("roughly" where "noin" gives "about")."""
        near = self.lexicon.wordnet.synonyms(word) | _made(self.lemmas[word]) if synonyms else set()
        return any(lemma in self.support for lemma in self.lemmas[word] | near)

    def _replacement(self, word: str, expanded: set[str]) -> str | None:
        """The added word that takes a lost word's place, by the first of these that finds one: related to it or of
        its stem ("cautiously" for "caution"), or (more loosely) to a rendering of its Finnish word; a new word the
        Finnish supports ("staff" for "employees"); a word that translates a Finnish word it translates ("hire",
        "recruit"); a word two steps from it in WordNet ("schedule" for "pace"); for "people" or "person", a noun
        for a kind of person that the Finnish supports or that renders another lost word ("employs 22 people" made
        "has 22 employees")."""
        finders = (self._related_word, self._supported_word, self._pivot_word, self._near_word, self._kind_of_person)
        return next((found for finder in finders if (found := finder(word, expanded)) is not None), None)

    def _free(self) -> list[str]:
        return [other for other in self.added if other not in self.used]

    def _related_word(self, word: str, expanded: set[str]) -> str | None:
        return next((other for other in self.added if self._related(word, other, expanded)), None)

    def _supported_word(self, word: str, expanded: set[str]) -> str | None:
        return next((other for other in self._free() if self._supported(other)), None)

    def _pivot_word(self, word: str, expanded: set[str]) -> str | None:
        """A word that translates a Finnish word the lost one translates: it may render two lost ones ("borrow" for
        "take out a loan")."""
        pivots, wordnet = self.lexicon.pivots(word), self.lexicon.wordnet
        return next((other for other in self.added if pivots & (self.lemmas[other] | wordnet.derived(other))), None)

    def _near_word(self, word: str, expanded: set[str]) -> str | None:
        wordnet = self.lexicon.wordnet
        near = wordnet.related(word, siblings=True)
        return next((other for other in self._free() if near & (self.lemmas[other] | wordnet.related(other))), None)

    def _kind_of_person(self, word: str, expanded: set[str]) -> str | None:
        """For "people" or "person", a noun for a kind of person the Finnish supports or that renders another lost
        word ("has 22 employees" for "employs 22 people")."""
        if not self.lemmas[word] & {"person", "people"}:
            return None
        return next((other for other in self.added if self.lexicon.wordnet.is_person(other, instances=False)
                     and (other in self.used or self._supported(other, synonyms=True))), None)


def source_changes(approved: str, finnish: str, translation: str, language: str, source_language: str, names,
                   lexicon: Lexicon) -> list[Change]:
    """What a changed Finnish unit says that its translation does not render (or no longer does): a concept the
    Finnish gained or lost that the translation does not have or still has, a word it lost or gained."""
    rendered = set(concepts(translation, language))
    found = [Change(concept, f'"{concept}" is {"gone" if sign < 0 else "new"} in the Finnish, not in the '
                             f"translation ({', '.join(words)})")
             for concept, sign, words in _concept_changes(approved, finnish, source_language)
             if (concept in rendered) == (sign < 0)]
    english = {lemma for word in _content(translation, language, names) for lemma in lexicon.english_lemmas(word)}
    old, new = _content(approved, source_language, names), _content(finnish, source_language, names)
    return found + _finnish_lost(old, new, english, lexicon) + _finnish_gained(old, new, english, lexicon)


def _opposite_concept_words(approved: str, translation: str, language: str, lexicon: Lexicon) -> list[Change]:
    """A concept's word replaced by its WordNet antonym where both wordings have both concepts ("lower" for
    "higher" beside another "rise"): the concepts' presence is the same, their words say the opposite."""
    before, after = (Counter(word for words in concepts(text, language).values() for word in words if " " not in word)
                     for text in (approved, translation))
    gained = list(after - before)
    found = []
    for lost in before - after:
        opposite = next((word for word in gained
                         if lexicon.english_lemmas(word) & lexicon.wordnet.antonyms(lost)), None)
        if opposite is not None:
            found.append(Change(opposite, f'"{opposite}" says the opposite of "{lost}" in the approved translation'))
    return found


def _other_share(approved: str, translation: str, language: str) -> list[Change]:
    """A share said with another fraction ("half" for "a third"): the numbers check compares digits and number
    words only, and the concepts read a fraction as a number ("about #"), so neither sees it."""
    before, after = (_shares(text, language) for text in (approved, translation))
    lost, gained = sorted(before - after), sorted(after - before)
    if not lost or not gained:  # one said otherwise ("a third" for "33 per cent") is the numbers check's
        return []
    return [Change(gained[0], f'"{gained[0]}" is another share than "{lost[0]}" in the approved translation')]


def _shares(text: str, language: str) -> Counter[str]:
    """A text's fractions, each in the singular ("halves": half)."""
    fractions = language_of(language).fractions
    words = [word.lower() for word in re.findall(r"[^\W\d_]+", text)]
    return Counter(_SINGULAR.get(word, word.removesuffix("s")) for word in words if word in fractions)


_SINGULAR = {"halves": "half"}  # the one English fraction whose plural is not its singular and "s"


def _lemmas_of(words, lexicon: Lexicon) -> set[str]:
    return {lemma for word in words for lemma in lexicon.finnish_lemmas(word)}


def _finnish_lost(old: Counter, new: Counter, english: set[str], lexicon: Lexicon) -> list[Change]:
    """Finnish words gone whose rendering the unchanged translation still has."""
    found, new_lemmas = [], _lemmas_of(new, lexicon)
    for word in old - new:
        gone = lexicon.finnish_lemmas(word) - new_lemmas
        rendered = sorted({e for lemma in gone for e in lexicon.translations(lemma)} & english)
        if rendered:
            found.append(Change(word, f'the Finnish no longer says "{word}", which the translation renders as '
                                      f'"{rendered[0]}"'))
    return found


def _finnish_gained(old: Counter, new: Counter, english: set[str], lexicon: Lexicon) -> list[Change]:
    """New Finnish words (no lemma of the old wording) that the unchanged translation renders nowhere."""
    found, old_lemmas = [], _lemmas_of(old, lexicon)
    for word in new - old:
        if lexicon.finnish_lemmas(word) & old_lemmas:
            continue
        translations = {e for lemma in lexicon.finnish_lemmas(word) for e in lexicon.translations(lemma)}
        if translations and not translations & english:
            found.append(Change(word, f'the Finnish now says "{word}", which the translation does not'))
    return found


def word_matches(finnish: str, english: str, language: str, source_language: str, names, lexicon: Lexicon):
    """How the words of a sentence pair match, for a reviewer: (English word, the Finnish lemmas it translates)
    pairs, the English words nothing Finnish translates to, and the Finnish words nothing English renders."""
    support = lexicon.support(finnish)
    matched, alone = [], []
    rendered: set[str] = set()
    for word in _content(english, language, names, lexicon):
        lemmas = {lemma for english_lemma in lexicon.english_lemmas(word) for lemma in support.get(english_lemma, ())}
        (matched.append((word, sorted(lemmas))) if lemmas else alone.append(word))
        rendered |= lemmas
    missing = [word for word in _content(finnish, source_language, names)
               if not lexicon.finnish_lemmas(word) & rendered]
    return matched, alone, missing


def _concept_changes(before: str, after: str, language: str):
    """(concept, -1 gone / +1 new, the words) for each concept one text has and the other does not."""
    old, new = concepts(before, language), concepts(after, language)
    for concept in sorted(concept for concept in set(old) ^ set(new) if not concept.startswith("_")):
        sign = 1 if concept in new else -1
        yield concept, sign, sorted(set((new if sign > 0 else old)[concept]))


_NEGATIVE_PREFIX = re.compile(r"^(?:un|in|im|il|ir|dis|non-?)(?=[a-z]{4})")


# The verbs "-en" makes of adjectives whose stem changes (WordNet links no such verb to its adjective)
_MADE_IRREGULAR = {"long": "lengthen", "strong": "strengthen", "high": "heighten"}


def _made(adjectives: set[str]) -> set[str]:
    """The verbs that make a thing what each adjective says, by English's "-en" ("wide" -> "widen", "long" ->
    "lengthen"): "makes the journey 18 kilometres longer" renders "pidentää", whose dictionary gives "lengthen".
    Hand-written, as WordNet links neither form to the other; a verb of another direction is never one of them
    ("shorter" is no "lengthen")."""
    return {_MADE_IRREGULAR.get(adjective) or adjective.removesuffix("e") + "en" for adjective in adjectives
            if adjective.isalpha()}


def _negated(word: str, other: str) -> bool:
    """Whether one word is the other with a negative prefix ("unreasonable", "reasonable"): WordNet lists the
    antonyms of few such adjectives."""
    return _NEGATIVE_PREFIX.sub("", word) == other or _NEGATIVE_PREFIX.sub("", other) == word


def _name_as_modifier(word: str, approved: str, translation: str) -> bool:
    """A word that tied a name to a noun ("a play written by Aino Rytkönen", "a business owner who lives in
    Houtskari") is gone because the name now modifies the noun itself ("Aino Rytkönen's play", "a Houtskari
    business owner"): the name, after no preposition, before a possessive ending or a lower-case word."""
    tied = re.search(r"\b" + re.escape(word) + r"\s+(?:by|in|at|from|of)\s+((?:[A-ZÅÄÖ][\w-]*\s*)+)", approved)
    if tied is None:
        return False
    names = tied.group(1).split()
    return any(re.search(r"(?<!\bby )(?<!\bin )(?<!\bat )(?<!\bfrom )(?<!\bof )\b"
                         + re.escape(" ".join(names[start:])) + r"(?:['’]s\b|\s+[a-z])", translation)
               for start in range(len(names)))


_PRESENT_BE, _PAST_BE = re.compile(r"\b(?:is|are|am)\b", re.I), re.compile(r"\b(?:was|were)\b", re.I)
_FUTURE_BE = re.compile(r"\b(?:will|shall)(?: not)? be\b|['’]ll be\b", re.I)


def _aspect(word: str, text: str) -> str:
    """Whether a verb's form says its action is going on (a progressive: "is building"), done (a perfect: "has
    built", "has been built") or to come (a future: "will pay"), or none of them (""; "built"; "has been living",
    which says "has lived" for a span)."""
    between = r"\s+(?:\w+\s+)?"  # one adverb at most: "is still building", "has already built"
    if word.endswith("ing") and re.search(rf"\b(?:am|is|are|was|were|['’]s|['’]re){between}"
                                          rf"{re.escape(word)}\b", text, re.I):
        return "going on"
    if not word.endswith("ing") and re.search(rf"\b(?:has|have|had|['’]ve){between}{re.escape(word)}\b", text, re.I):
        return "done"  # "has built", "has been built"
    if re.search(rf"\b(?:will|shall|['’]ll){between}{re.escape(word)}\b", text, re.I):
        return "to come"  # "will pay", beside another future the sentence keeps
    return ""


# A verb's aspect made another that says another time: going on or to come, now done ("has paid" for "will pay")
_ASPECT_CHANGES = ({"going on", "done"}, {"to come", "done"})


def _auxiliary_tense(approved: str, translation: str) -> list[Change]:
    """A present "is", "are" or a future "will be" made a past "was", "were", or the other way, all else kept ("is
    being investigated" -> "was investigated", "will be replaced" -> "were replaced"): the time is another, though
    no content word changed (a present for a future is none: "is to be replaced" says "will be replaced")."""
    past = len(_PAST_BE.findall(translation)) - len(_PAST_BE.findall(approved))
    for other, name in ((_PRESENT_BE, "present"), (_FUTURE_BE, "future")):
        moved = len(other.findall(translation)) - len(other.findall(approved))
        if moved * past < 0:
            gained = "past" if past > 0 else name
            return [Change(gained, f'a {gained} "be" where the approved translation has another tense')]
    return []


def _tense_moved(approved: str, translation: str, sign: int) -> bool:
    """Whether a future gained (sign > 0) or lost went with a past, a perfect or a modal the other wording has more
    of ("have entered" -> "will enter", "could cut" -> "will cut"): a future alone comes and goes with rewordings
    ("is due to begin", "is expected to", "will probably" for "is likely to") that say the same time."""
    before, after = _other_times(approved), _other_times(translation)
    return before > after if sign > 0 else after > before


def _other_times(text: str) -> int:
    """How many words of a text mark a time or a mood other than the future: a form of have, "was" and "were", a
    simple past, a modal; a future of a verb that enables counts as the modal "can" it says ("will allow the mill
    to increase" for "the mill can increase")."""
    words = _lower_words(text)
    return sum(word in _NOT_FUTURE or word.endswith(("'ve", "'d")) or _past(word, text) for word in words) \
        + len(_ENABLING.findall(text))


_ENABLING = re.compile(r"\b(?:will|['’]ll)\s+(?:allow|enable|let|permit)\b", re.I)


_NOT_FUTURE = frozenset({"has", "have", "had", "was", "were", "could", "might", "may", "would", "should", "can"})


def _past(word: str, text: str) -> bool:
    """A simple past ("moved", "left"), or a past passive ("was drawn up", as "the group drew it up"); a participle
    after another form of have or be is a perfect or a present passive, and a word after "to" or a modal a base
    form ("to set", "will be financed"), no past; a progressive is its auxiliary's tense ("were still leading" is a
    past, as "still led"); a base form after "did" is its past ("did not return until June" for "only returned in
    June")."""
    if "did" in text.lower() and re.search(r"\b(?:did|didn['’]t)\s+(?:not\s+|never\s+)?(?:\w+\s+)?"
                                           + re.escape(word) + r"\b", text, re.I):
        return True
    if _habit(word, text):
        return True
    if word.endswith("ing"):
        return any(_adverb_between(match) for match in
                   re.finditer(r"\b(?:was|were)\s+(?:(\w+)\s+)?" + re.escape(word) + r"\b", text, re.I))
    if not (word.endswith("ed") or word in _IRREGULAR_PAST):
        return False
    if re.search(r"\b(?:was|were)\s+(?:\w+\s+){0,2}?" + re.escape(word) + r"\b", text, re.I):
        return True
    return not re.search(r"\b(?:have|has|had|'ve|be|been|being|is|are|was|were|am|(?:it|he|she|that|there|what|who)"
                         r"['’]s|'re|to|will|would|can|could|may|might|must|should|shall)\s+"
                         r"(?:(?:\d[\d.,]*\s+per\s+cent|\w+)\s+){0,2}"
                         + re.escape(word) + r"\b", text, re.I)  # "it's made", "is 64 per cent owned"; "the
    # company's board made" a past


_INFINITIVE = frozenset({"to", "will", "would", "can", "could", "may", "might", "must", "should", "shall"})
_BE = frozenset({"be", "been", "being", "is", "are", "was", "were", "am", "'s", "'re"})
_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?(\w+)", re.I)  # its participle
_AUXILIARIES = ("will", "would", "can", "could", "may", "might", "must", "should", "has", "have", "had")


def _participle_form(word: str) -> bool:
    """A past's or a participle's form ("made", "taken", "closed"): an adjective in WordNet, a verb in a sentence."""
    return word.endswith(("ed", "en")) or word in _IRREGULAR_PAST


def _habit(word: str, text: str) -> bool:
    """A base form after "used to", a past habit ("used to sell" for "sold"); after a form of be it is a tool's
    use ("is used to build"), no tense."""
    return any((match.group(1) or "").lower() not in _BE for match in
               re.finditer(r"(?:\b(\w+|'s|'re)\s+)?\bused to\s+" + re.escape(word) + r"\b", text, re.I))


# "by" before an agent, not before a measure ("rose by 3 per cent", "grew by about a third", "won by two goals")
_AGENT_BY = (r"\s+by\s+(?!\d|(?:about|around|some|nearly|almost|roughly|over|more|less|up|half|a|an|one|two|three|"
             r"four|five|six|seven|eight|nine|ten)\b)")


def _degree(word: str, wordnet) -> str:
    """An inflected adjective's or adverb's degree: "superlative" ("fastest"), "comparative" ("faster"), or "" (its
    base form, "fast", or any other word: a noun or verb of its own, "number" or "owner", is no "numb" or "own")."""
    readings = wordnet.lemmas(word)
    if any(lemma == word and pos in ("n", "v") for lemma, pos in readings) \
            or not any(lemma != word and pos in ("a", "s", "r") for lemma, pos in readings):
        return ""
    return "superlative" if word.endswith("est") else "comparative" if word.endswith("er") else ""


# "get" and its object before a past participle: what is done to the object ("couldn't get a single song played")
_GOT_DONE = r"\b(?:get|gets|got|gotten|getting)\s+(?:(?!(?:be|been|being)\b)\w+\s+){1,4}"


def _participle(word: str, text: str) -> bool:
    """A present participle with no form of be before it ("helped …, working in shifts"), or a past participle
    before its agent with none ("letters written by her grandfather", "project approved by regional executive") or
    after "get" and an object ("get the song played"): no tense of its own."""
    past = _participle_form(word)
    if past and re.search(r"\w\s+" + re.escape(word) + _AGENT_BY, text, re.I):
        return not re.search(r"\b(?:is|are|was|were|be|been|being|am|has|have|had)\s+(?:\w+\s+)?" + re.escape(word)
                             + r"\b", text, re.I)
    if past and re.search(_GOT_DONE + re.escape(word) + r"\b", text, re.I):
        return True
    if not word.endswith("ing"):
        return False
    return not any(_adverb_between(match) for match in re.finditer(
        r"\b(?:is|are|was|were|be|been|being|am|'s|'re|will)\s+(?:(\w+)\s+)?" + re.escape(word) + r"\b", text, re.I))


def _adverb_between(match: re.Match) -> bool:
    """Whether a form of be and an -ing form make a progressive: nothing between them, or an adverb ("were still
    leading"); a participle between says the -ing form is its complement ("were left waiting": a past, then a
    participle of no tense)."""
    between = (match.group(1) or "").lower()
    return not (between.endswith("ed") or between in _IRREGULAR_PAST)


# Third-person pronouns and determiners whose referent a rewording may name instead ("its" -> "the company's").
_PRONOUNS = frozenset({"it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "this", "these",
                       "those"})

# a possibility or a permission a modal says as well ("so the town can see" for "which lets the town see")
_POSSIBILITY = frozenset({"possible", "possibly", "able", "let", "lets", "allow", "allows", "enable", "enables"})


_YEAR = re.compile(r"(?:19|20)\d\d$")  # "in 2021 grew" is no number of things


_CAUSES = frozenset({"reason", "cause"})  # a word for why, which a causal preposition or conjunction renders
_CAUSAL = re.compile(r" (?:because|due to|owing to|thanks to) ")


_MODAL_VERBS = frozenset({"can", "could", "may", "might", "must", "should", "would", "shall", "will"})
# a dictionary phrase's placeholders for whose thing or self it is ("on one's own": "on its own", "on their own")
_PLACEHOLDERS = {"one's": "(?:its|his|her|their|my|our|your|one's)",
                 "oneself": "(?:itself|himself|herself|themselves|myself|ourselves|yourself|oneself)"}


def _phrase_pattern(phrase: str) -> str:
    """A dictionary phrase as a pattern over a text's lower-case words joined by spaces."""
    return " " + " ".join(_PLACEHOLDERS.get(word, re.escape(word)) for word in phrase.split()) + " "


def _modals(text: str) -> int:
    return sum(word in ("can", "could", "cannot") for word in _lower_words(text))


def _count(text: str, word: str) -> int:
    return _lower_words(text).count(word)


_SITED = frozenset({"working", "operating", "located", "situated", "based"})  # where someone or something works
# Nouns for a quantity, which "how much" and "how many" say ("how much the bid is for": the amount of the bid)
_QUANTITY_NOUNS = frozenset({"amount", "amounts", "sum", "sums", "number", "quantity", "size", "extent"})
_HOW_MUCH = re.compile(r"\bhow\s+(?:much|many)\b", re.I)
_OPPOSING = frozenset({"against"})  # said by a word of opposing, as "vastaan" is ("met opposition from")
_OPPOSITION = re.compile(r"\b(?:oppos|object)\w*", re.I)
_REMAINING = frozenset({"remaining", "rest"})  # "the other 44" says "the remaining 44", as "loput" does


def _count_pattern(pattern: re.Pattern, text: str) -> int:
    return len(pattern.findall(text))


_DETERMINERS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "that",
                          "these", "those"})

def _similar_opposites(wordnet, word: str, other: str) -> bool:
    """Whether an adjective WordNet gives no antonym of its own is like one that is the opposite of an adjective like
    the other ("intact" is like "undamaged", "broken" like "damaged"): WordNet gives antonyms only between the heads
    of its clusters, and a satellite is opposite through its head; not two words that share a synonym by another
    sense ("severe" for "heavy": grave)."""
    return not wordnet.antonyms(word) and not wordnet.synonyms(word) & wordnet.synonyms(other) \
        and any(wordnet.antonyms(similar) & wordnet.similar(other) for similar in wordnet.similar(word))


# A stance and its opposite, hand-written: WordNet gives "oppose" no antonym ("supports" for "opposes")
_OPPOSING_STANCE = frozenset({"oppose"})
_SUPPORTING_STANCE = frozenset({"support", "favour", "favor", "back", "endorse", "advocate"})
_POSTURES = frozenset({"stand", "lie", "sit"})  # verbs of posture, which link as "remain" does: "stood empty"
# Verbs WordNet opposes only as directions of motion, which a rewording turns freely ("second place went to X",
# "X came second")
_DIRECTIONS = frozenset({"go", "come"})
# Ranks below a role, written before it ("vice-chair", "deputy mayor"): the role without one is another.
_RANKS = frozenset({"vice", "deputy", "assistant", "acting", "interim", "co"})

# Verbs that carry a noun made of another verb ("held a vote" for "voted", "gave comments" for "commented").
_LIGHT_VERBS = frozenset({"hold", "holds", "held", "give", "gives", "gave", "given", "make", "makes", "made", "take",
                          "takes", "took", "taken", "have", "has", "had"})

# Past forms that do not end in -ed, of the verbs news text uses most.
_IRREGULAR_PAST = frozenset({"left", "went", "gone", "came", "became", "began", "begun", "chose", "chosen", "made",
                             "took", "taken", "said", "told", "gave", "given", "found", "held", "kept", "led", "lost",
                             "met", "paid", "saw", "seen", "sought", "thought", "won", "grew", "grown", "rose",
                             "risen", "fell", "fallen", "brought", "bought", "built", "felt", "set", "put", "ran",
                             "knew", "known", "showed", "shown", "wrote", "written", "spent", "sent", "stood", "heard",
                             "got", "caught", "taught", "meant", "sold", "spoke", "spoken", "broke", "broken", "drew",
                             "drawn", "drove", "driven", "flew", "flown", "fought", "sat", "slept", "struck", "threw",
                             "thrown", "understood", "withdrew", "withdrawn", "undertook", "undertaken", "dealt",
                             "fled", "laid", "lay", "rode", "sang", "shot", "stole", "wore", "worn", "woke", "ate",
                             "eaten"})
