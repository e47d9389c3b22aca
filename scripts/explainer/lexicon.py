"""Word knowledge for comparing meaning: English lemmas, synonyms and antonyms from WordNet (Debian
`wordnet-base`), Finnish–English translations from FreeDict (Debian `dict-freedict-fin-eng` and
`dict-freedict-eng-fin`), and Finnish base forms from Voikko (explainer.finnish).

Hand-written readers on purpose: NLTK's WordNet reader refuses Debian's files (it wants a `lexnames` file the
package does not ship, under a whitelisted path), and both formats are simple: WordNet's index and data files
(wndb(5WN)) and dictd's index of base64 offsets into a gzip-compatible data file. Everything is read on first
use, once per run, and only when a changed translation is compared.
"""

from __future__ import annotations

import gzip
import os
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
DICTIONARIES = Path("/usr/share/dictd")
# Where the files are when not where Debian puts them: WordNet's own variable, and one for the dictd files.
WORDNET_VARIABLE, DICTIONARIES_VARIABLE = "WNSEARCHDIR", "EXPLAINER_DICTD_DIR"
INSTALL = "apt-get install wordnet-base dict-freedict-fin-eng dict-freedict-eng-fin"
_POS = {"n": "noun", "v": "verb", "a": "adj", "r": "adv"}
# WordNet's "morphy" detachment rules: an inflected ending and what replaces it, per part of speech.
_ENDINGS = {
    "n": [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y")],
    "v": [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", "")],
    "a": [("er", ""), ("est", ""), ("er", "e"), ("est", "e")],
    "r": [],
}
_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}
_SENSE = re.compile(r"^\s*\d+\.\s*(.*?)(?:\s+\d+\.)?\s*$")
_GLOSS_SPLIT = re.compile(r"[,;]\s*")


class LexiconError(RuntimeError):
    """WordNet or the FreeDict dictionaries are not installed (one line saying how to install them)."""


def _folder(variable: str, default: Path) -> Path:
    return Path(os.environ.get(variable) or default)


def _missing(name: str, path: Path, variable: str) -> LexiconError:
    return LexiconError(f"{name} is not installed ({path} is missing): {INSTALL} (or set {variable} to its folder)")


@dataclass
class WordNet:
    """Lemmas, synonyms and antonyms of English words."""
    root: Path = field(default_factory=lambda: _folder(WORDNET_VARIABLE, WORDNET))
    _files: dict = field(default_factory=dict, repr=False)

    @cached_property
    def _indexes(self) -> tuple[dict[str, dict[str, tuple[int, ...]]], dict[str, dict[str, int]]]:
        """pos -> lemma -> the offsets of its synsets in data.<pos>; and pos -> lemma -> how many of its senses'
        uses the tagged corpus counted (how common the word is in that part of speech)."""
        index: dict[str, dict[str, tuple[int, ...]]] = {}
        tagged: dict[str, dict[str, int]] = {}
        for pos, name in _POS.items():
            path = self.root / f"index.{name}"
            if not path.is_file():
                raise _missing("WordNet", path, WORDNET_VARIABLE)
            entries: dict[str, tuple[int, ...]] = {}
            counts: dict[str, int] = {}
            with path.open(encoding="utf-8") as lines:
                for line in lines:
                    if line.startswith(" "):
                        continue  # the licence at the top
                    parts = line.split()
                    synsets, pointers = int(parts[2]), int(parts[3])
                    entries[parts[0]] = tuple(int(offset) for offset in parts[6 + pointers:6 + pointers + synsets])
                    counts[parts[0]] = int(parts[5 + pointers])
            index[pos], tagged[pos] = entries, counts
        return index, tagged

    @property
    def _index(self) -> dict[str, dict[str, tuple[int, ...]]]:
        return self._indexes[0]

    @cached_property
    def _exceptions(self) -> dict[str, dict[str, list[str]]]:
        found: dict[str, dict[str, list[str]]] = {}
        for pos, name in _POS.items():
            path = self.root / f"{name}.exc"
            table: dict[str, list[str]] = {}
            if path.is_file():
                for line in path.read_text(encoding="utf-8").splitlines():
                    inflected, *bases = line.split()
                    table[inflected] = bases
            found[pos] = table
        return found

    def lemmas(self, word: str) -> set[tuple[str, str]]:
        """(lemma, pos) readings of a word form ("leaving" -> {("leave", "v"), ("leaving", "n"), …})."""
        word = word.lower().replace(" ", "_")
        found = set()
        for pos, entries in self._index.items():
            candidates = [word, *self._exceptions[pos].get(word, ())]
            candidates += [word[: -len(end)] + new for end, new in _ENDINGS[pos] if word.endswith(end)]
            found.update((candidate, pos) for candidate in candidates if candidate in entries)
        return found

    def synonyms(self, word: str) -> set[str]:
        """Every lemma sharing a synset with a reading of the word (the word's own lemmas included)."""
        found = set()
        for lemma, pos in self.lemmas(word):
            found.add(lemma)
            for offset in self._index[pos][lemma]:
                found.update(name for name, _ in self._synset(pos, offset)[0])
        return found

    def related(self, word: str, siblings: bool = False) -> set[str]:
        """Synonyms, and the lemmas of the synsets one step above or below (a hypernym or hyponym), similar to,
        seen also with or derived from one of its readings: what a rewording may use instead of the word; with
        `siblings`, also the other hyponyms of its hypernyms ("win over" and "tempt", both ways to persuade)."""
        found = set()
        for lemma, pos in self.lemmas(word):
            found.add(lemma)
            for offset in self._index[pos][lemma]:
                words, pointers = self._synset(pos, offset)
                found.update(name for name, _ in words)
                for symbol, target, target_pos, _, _ in pointers:
                    if symbol in ("@", "~", "&", "^", "+"):
                        names, above = self._synset(target_pos, target)
                        found.update(name for name, _ in names)
                        if siblings and symbol == "@":
                            found.update(name for inner, below, below_pos, _, _ in above if inner == "~"
                                         for name, _ in self._synset(below_pos, below)[0])
        return found

    def derived(self, word: str) -> set[str]:
        """The word's lemmas and the lemmas WordNet derives from or to them ("recruitment" -> recruit)."""
        return {lemma for lemma, _ in self.lemmas(word)} | self._pointed(word, "+")

    def family(self, word: str) -> set[str]:
        """The word's lemmas and those WordNet derives from or to them or gives as their pertainym (an adverb's
        adjective: "cautiously" -> cautious): the words of one stem ("caution", "cautious", "cautiously")."""
        return self.derived(word) | self._pointed(word, "\\")

    def antonyms(self, word: str) -> set[str]:
        """The lemmas WordNet gives as antonyms of any reading of the word (and of its adjective's similar sets)."""
        return self._pointed(word, "!")

    def similar(self, word: str) -> set[str]:
        """The adjectives WordNet puts in a cluster with one of the word's readings ("warm" -> "hot")."""
        return self._pointed(word, "&")

    def is_person(self, word: str, instances: bool = True) -> bool:
        """Whether a noun names a kind of person ("ombudsman", "curator", "director"): one of its readings has
        WordNet's person (person.n.01) among its hypernyms, instance hypernyms included unless `instances` is false
        (then "snow" is no person, though C. P. Snow was one)."""
        frontier = [offset for lemma, pos in self.lemmas(word) if pos == "n" for offset in self._index["n"][lemma]]
        kinds = ("@", "@i") if instances else ("@",)
        seen: set[int] = set()
        while frontier:
            offset = frontier.pop()
            if offset in seen:
                continue
            seen.add(offset)
            words, pointers = self._synset("n", offset)
            if any(name == "person" for name, _ in words):
                return True
            frontier += [target for kind, target, target_pos, _, _ in pointers if kind in kinds and target_pos == "n"]
        return False

    def mainly_adjective(self, word: str) -> bool:
        """Whether the tagged corpus met the word more often as an adjective than as a noun ("possible", "senior")."""
        tagged = self._indexes[1]
        counts = {pos: max((tagged[pos][lemma] for lemma, kind in self.lemmas(word) if kind == pos), default=-1)
                  for pos in ("a", "n")}
        return counts["a"] > counts["n"]

    def _pointed(self, word: str, symbol: str) -> set[str]:
        """The lemmas a lexical pointer of this kind (WordNet's "!" antonym, "+" derivation) leads to from any
        reading of the word: pointers of the whole synset, or of the word's own lemma."""
        found = set()
        for lemma, pos in self.lemmas(word):
            for offset in self._index[pos][lemma]:
                words, pointers = self._synset(pos, offset)
                for kind, target, target_pos, source, goal in pointers:
                    if kind == symbol and (source == 0 or words[source - 1][0] == lemma):
                        names, _ = self._synset(target_pos, target)
                        found.update(name for name, _ in (names if goal == 0 else [names[goal - 1]]))
        return found

    def _synset(self, pos: str, offset: int) -> tuple[list[tuple[str, int]], list[tuple[str, int, str, int, int]]]:
        """(words, pointers) of a synset: each word with its lex id; each pointer as (symbol, offset, pos, source
        word number, target word number)."""
        key = (pos, offset)
        if key not in self._files:
            handle = self._files.get(pos) or self._files.setdefault(pos, self._data(pos))
            handle.seek(offset)
            parts = handle.readline().decode("utf-8").split(" | ")[0].split()
            count = int(parts[3], 16)
            words = [(parts[4 + 2 * i].lower().split("(")[0], int(parts[5 + 2 * i], 16)) for i in range(count)]
            at = 4 + 2 * count
            pointers = []
            for i in range(int(parts[at])):
                symbol, target, target_pos, numbers = parts[at + 1 + 4 * i: at + 5 + 4 * i]
                pointers.append((symbol, int(target), "a" if target_pos == "s" else target_pos,
                                 int(numbers[:2], 16), int(numbers[2:], 16)))
            self._files[key] = (words, pointers)
        return self._files[key]

    def _data(self, pos: str):
        path = self.root / f"data.{_POS[pos]}"
        try:
            return path.open("rb")
        except OSError:
            raise _missing("WordNet", path, WORDNET_VARIABLE) from None


@dataclass
class Dictionary:
    """Finnish–English translations, both FreeDict directions merged into Finnish word -> English words."""
    root: Path = field(default_factory=lambda: _folder(DICTIONARIES_VARIABLE, DICTIONARIES))

    @cached_property
    def finnish_to_english(self) -> dict[str, set[str]]:
        table: dict[str, set[str]] = {}
        for headword, glosses in self._entries("freedict-fin-eng"):
            table.setdefault(headword.lower(), set()).update(glosses)
        for headword, glosses in self._entries("freedict-eng-fin"):
            for gloss in glosses:
                table.setdefault(gloss.lower(), set()).add(headword.lower())
        return table

    @cached_property
    def english_to_finnish(self) -> dict[str, set[str]]:
        """English word (a one-word translation) -> the Finnish words it translates."""
        table: dict[str, set[str]] = {}
        for finnish, glosses in self.finnish_to_english.items():
            for gloss in glosses:
                if " " not in gloss:
                    table.setdefault(gloss, set()).add(finnish)
        return table

    def pivots(self, english: str) -> set[str]:
        """The one-word English translations of the Finnish words an English word translates: words that say the
        same in some sense, by way of Finnish ("hire" and "recruit", both "palkata")."""
        return {gloss for finnish in self.english_to_finnish.get(english.lower(), ())
                for gloss in self.finnish_to_english[finnish] if " " not in gloss}

    def english(self, finnish: str) -> set[str]:
        """The English words a Finnish word (a base form) translates to, each word of a phrase counted; a compound
        the dictionary lacks by its longest final part it has ("tutkimustieteilijä" by "tieteilijä")."""
        finnish = finnish.lower()
        if finnish not in self.finnish_to_english:
            finnish = next((finnish[start:] for start in range(1, len(finnish) - 3)
                            if finnish[start:] in self.finnish_to_english), finnish)
        found = set()
        for phrase in self.finnish_to_english.get(finnish, ()):
            found.add(phrase)
            found.update(phrase.split())
        return found

    def _entries(self, name: str):
        index, data = self.root / f"{name}.index", self.root / f"{name}.dict.dz"
        for path in (index, data):
            if not path.is_file():
                raise _missing("FreeDict", path, DICTIONARIES_VARIABLE)
        try:
            text, lines = gzip.decompress(data.read_bytes()), index.read_text(encoding="utf-8").splitlines()
        except (OSError, EOFError, UnicodeDecodeError) as error:  # gzip.BadGzipFile is an OSError
            raise LexiconError(f"FreeDict's {name} cannot be read ({' '.join(str(error).split())}): reinstall it, "
                               f"{INSTALL}") from None
        for line in lines:
            headword, offset, length = line.split("\t")
            if headword.startswith("00database"):
                continue
            start, size = _decode(offset), _decode(length)
            yield headword, _glosses(text[start:start + size].decode("utf-8", "replace"))


def _decode(digits: str) -> int:
    value = 0
    for digit in digits:
        value = value * 64 + _B64[digit]
    return value


def _glosses(entry: str) -> set[str]:
    """The translations of a dictd entry: the line after the headword, or each numbered sense's first line (the
    lines between are definitions in the source language)."""
    lines = [line for line in entry.splitlines()[1:] if line.strip()]
    senses = [_SENSE.match(line).group(1) for line in lines if _SENSE.match(line)] if lines and \
        _SENSE.match(lines[0]) else lines[:1]
    found = set()
    for sense in senses:
        for gloss in _GLOSS_SPLIT.split(sense):
            gloss = re.sub(r"\([^)]*\)|^to\s+|^intransitive:|^transitive:", "", gloss).strip().lower()
            if gloss and len(gloss) < 40:
                found.add(gloss)
    return found
