"""Finnish morphology from Voikko (Debian `libvoikko1` + `voikko-fi`, PyPI `libvoikko`): which capitalised words
are names, the base form of an inflected name, and which words are not Finnish as spelled.

Voikko's readings: a word has one or more analyses, each with a CLASS (`nimisana` common noun, `etunimi`,
`sukunimi`, `paikannimi` and `nimi` proper names, `lyhenne` abbreviation, `teonsana` verb…) and a BASEFORM.
A foreign name ("Zuckerberg", "Metasta") has none: a capitalised word Voikko does not know is likely a name.
"""

from __future__ import annotations

import re

from .text import ADDRESS, at_word_start

PROPER = {"etunimi", "sukunimi", "paikannimi", "nimi", "lyhenne"}
INSTALL = ("Voikko is not installed: apt-get install libvoikko1 voikko-fi, then pip install -r requirements.txt "
           "(libvoikko)")
_WORD = re.compile(r"[^\W\d_]+(?:[-:’'][^\W\d_]+)*")
# What a word a sentence's start capitalises follows: nothing, a sentence's end, or a dateline ("IISALMI, 12.5.2026 –")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|^[\w ,.:-]*\d[.,]\d+[.,]\d+\s+[–-]\s+)[\"”“–—-]?\s*$")
_NUMBER_BEFORE = re.compile(r"(\d+-)$")  # the number and hyphen a word is written after


class MorphologyError(RuntimeError):
    """Voikko or its Finnish dictionary is missing (one line saying how to install them)."""


class Morphology:
    """Voikko's Finnish, with each word analysed once."""

    def __init__(self):
        self.voikko = _voikko()
        self._analyses: dict[str, list[dict]] = {}

    def analyses(self, word: str) -> list[dict]:
        if word not in self._analyses:
            self._analyses[word] = self.voikko.analyze(word)
        return self._analyses[word]

    def is_common(self, word: str) -> bool:
        """A word Voikko reads as an ordinary word (noun, adjective, verb, numeral…): capitalised at the start of a
        sentence, it is no name ("Yhtiön", "Rahoitus", "Toinen"). A person's or place's name reading wins
        ("Norjassa", "Halme"), but a first name's does not ("Tuuli", "Ilta": a news text calls no one by a first
        name alone at a sentence's start); a bare `nimi` reading beside a common one does not ("Yliopistojen"),
        nor, beside a common one, a name in the plural or with a possessive suffix ("Rannoille", the Rantas;
        "Toivomme", our Toivo): a sentence starts with those far more often as ordinary words."""
        # a name reading whose base form is not capitalised is none ("kuorma-Autto" of "kuorma-auton", a lorry's)
        readings = [r for r in self.analyses(word) if r.get("CLASS") not in PROPER or _capitalised_base(r)]
        classes = {reading.get("CLASS") for reading in readings}
        if classes - PROPER:
            classes = {r.get("CLASS") for r in readings if r.get("CLASS") not in PROPER
                       or (r.get("NUMBER") != "plural" and not r.get("POSSESSIVE"))}
        if classes - PROPER and classes & PROPER == {"etunimi"}:
            return True  # a first name that is also a word ("Tuuli", wind; "Ilta", evening): news names no one so
        return bool(classes) and not classes & (PROPER - {"nimi"}) and classes != {"nimi"}

    def only_as_words(self, name: str, text: str) -> bool:
        """Whether a declared name occurs in a text only as the start of another word that a sentence's start
        capitalises ("Meijeri ei päätä", the dairy, for the name Meijer): longer than the name, read by Voikko as an
        ordinary word and never as the name. A capitalised word inside a sentence is a form of the name, whatever
        Voikko reads ("Meijerin mukaan" after a comma: Meijer's)."""
        found = False
        for match in at_word_start(name).finditer(text):
            found = True
            if not _SENTENCE_START.search(text[:match.start()]) or not self.other_word(name, text, match.start()):
                return False
        return found

    def writes(self, name: str, text: str) -> bool:
        """Whether a text writes a declared name (at a word start, inflected or not) anywhere as the name, not only
        as the start of another word ("Savonlaakson Meijeri", a dairy, writes no Meijer)."""
        return any(not self.other_word(name, text, match.start()) for match in at_word_start(name).finditer(text))

    def other_word(self, name: str, text: str, start: int) -> bool:
        """Whether the word at `start`, which begins with a one-word name, is another word: longer than the name,
        read by Voikko as an ordinary word and never as the name ("Meijeri", a dairy, of the name Meijer)."""
        word = _WORD.match(text, start)
        word = word.group() if word else name
        return " " not in name and word != name and self.is_common(word) \
            and not any(str(r.get("BASEFORM", "")).lower() == name.lower() for r in self.analyses(word))

    def base(self, word: str) -> str | None:
        """A name's base form, when Voikko reads the word as a name ("Niskasen" -> "Niskanen", "Oulun" -> "Oulu")."""
        return next((reading["BASEFORM"] for reading in self.analyses(word) if reading.get("CLASS") in PROPER
                     and reading.get("BASEFORM")), None)

    def misspellings(self, text: str) -> list[str]:
        """The lowercase words of a text that are not Finnish as spelled, each once, in order (a capitalised word
        Voikko does not know is more likely a foreign name than a typo, and one with a capital inside a unit or a
        brand: "mK" of "W/mK", "iPhone")."""
        found: list[str] = []
        text = ADDRESS.sub(" ", text)  # an e-mail address or a URL is no Finnish text
        for match in _WORD.finditer(text):
            word = match.group()
            if not word.islower() or word in found or _elided(text, match) or self.voikko.spell(word):
                continue
            if text.startswith(".", match.end()) and self.voikko.spell(word + "."):  # an abbreviation: "puh."
                continue
            number = _NUMBER_BEFORE.search(text, 0, match.start())
            if number and self.voikko.spell(number.group(1) + word):  # a compound's end after a number: "18-vuotiaat"
                continue
            if self.joined_nouns(word):
                continue
            found.append(word)
        return found

    def joined_nouns(self, word: str) -> bool:
        """Whether a word Voikko does not know is two nouns it knows joined as a compound: a noun in the nominative
        singular, then an inflected one, each of three letters or more ("latureen": latu + reen, of "reki").
        Voikko's lexicon lets only some nouns end a compound ("latureki" is unknown to it), so a correct compound of
        plain nouns counts as Finnish; a typo rarely falls apart into two nouns ("tekoälyaammattilaisten" does not).
        A hyphenated word is none: its parts are checked as written ("charter-lentoa" stays foreign)."""
        return word.isalpha() and any(self._noun(word[:cut], nominative=True)
                                      and self._noun(word[cut:], nominative=False) for cut in range(3, len(word) - 2))

    def _noun(self, part: str, nominative: bool) -> bool:
        return any(r.get("CLASS") == "nimisana" and (not nominative or (r.get("SIJAMUOTO") == "nimento"
                                                                         and r.get("NUMBER") != "plural"))
                   for r in self.analyses(part))


def _elided(text: str, match: re.Match) -> bool:
    """A word that is part of another as written: a compound's first part whose shared end is left out ("uutis- ja
    kuvatoimisto") or a case ending after a number and a colon ("40:een")."""
    after, before = text[match.end():match.end() + 2], text[max(0, match.start() - 2):match.start()]
    return bool(re.fullmatch(r"-\s", after) or re.fullmatch(r"\d:", before))


def _voikko():
    """Voikko's Finnish, or MorphologyError: the binding, the library or the Finnish dictionary is missing or
    unusable. The library is opened before a Voikko object is made: one made without it raises again as it is
    collected ("Exception ignored in Voikko.__del__")."""
    try:
        import libvoikko

        libvoikko.VoikkoLibrary.open()
    except (ImportError, OSError, AttributeError) as error:  # no binding; no library, or not a usable one
        raise MorphologyError(f"{INSTALL} ({' '.join(str(error).split())})") from None
    try:
        return libvoikko.Voikko("fi")
    except libvoikko.VoikkoException as error:  # the library without its Finnish dictionary
        raise MorphologyError(f"Voikko's Finnish dictionary is not installed: apt-get install voikko-fi "
                              f"({' '.join(str(error).split())})") from None


_COMPOUND_PART = re.compile(r"\+([^+(]*)(?:\(([^)]*)\))?")


def compound_parts(wordbases: str) -> list[tuple[str, str]]:
    """Voikko's WORDBASES as (part, its base) pairs, the base "" where Voikko gives none:
    "+kaksi(kaksi)+vuot(vuosi)+inen(+inen)" -> [("kaksi", "kaksi"), ("vuot", "vuosi"), ("inen", "+inen")]."""
    return _COMPOUND_PART.findall(wordbases)


def _capitalised_base(reading: dict) -> bool:
    return str(reading.get("BASEFORM", ""))[:1].isupper()
