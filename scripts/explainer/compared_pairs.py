"""Unit pairs compared in an earlier run, kept in the record cache's store (explainer.record_cache).

A pair's sentences, their alignment and its translation QA problems are a pure function of its two units, their
languages and URL folders, the names it is checked with, the pair as the memory approved it (a reworded translation
is aligned as its approved wording was), the checker's code (in every key the store makes) and the
word data the comparison reads: CLDR (Babel), the translate-toolkit, Voikko's Finnish dictionary, WordNet and
FreeDict. The key hashes all of them, so a pair found is the one a fresh comparison would make; what the memory
approved is weighed afresh each run (explainer.checks_translation). A row of another shape is a miss. The value is
JSON: a store someone else wrote to can make a finding wrong only as a record can, never run code.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from pathlib import Path

from .align import Bead
from .lexicon import DICTIONARIES, DICTIONARIES_VARIABLE, WORDNET, WORDNET_VARIABLE
from .published import Names
from .record_cache import RecordCache
from .translation import Pair, Problem, problems, split_and_align

SIDES = ("source", "translation")
# Where Voikko looks for its dictionary (besides $VOIKKO_DICTIONARY_PATH) and where Debian puts its library.
_VOIKKO = ("/usr/lib/voikko", "/usr/local/lib/voikko", "/usr/share/voikko", "~/.voikko")
_VOIKKO_LIBRARY = "/usr/lib/*/libvoikko.so*"


def compared(store: RecordCache, pair: Pair, names: dict[int, str]) -> Pair:
    """The pair aligned and its problems found (`pair.found`), from the store when the same pair was compared
    before; `names` keeps each Names' digest by id for the caller's pairs (a page's pairs share them)."""
    if store.directory is None:
        return _compare(pair)
    digest = names.get(id(pair.names))
    if digest is None:
        digest = names[id(pair.names)] = _names_digest(pair.names)
    key = store.value_key(b"pair", f"{word_data()}\0{pair.source!r}\0{pair.translation!r}\0{pair.source_language}\0"
                         f"{pair.language}\0{pair.prefixes!r}\0{digest}\0{pair.approved!r}")
    found = store.get_value(key, lambda value: _fits(pair, value))
    if found is not None:
        _restore(pair, found)
        return pair
    _compare(pair)
    value = _value(pair)
    if value is not None:
        store.put_value(key, value)
    return pair


def _compare(pair: Pair) -> Pair:
    split_and_align(pair)
    pair.found = problems(pair)
    return pair


def _value(pair: Pair) -> dict | None:
    """The pair's comparison as JSON data; None when a problem is of a unit not the pair's own (not kept)."""
    rows = []
    for problem in pair.found:
        side = next((name for name, unit in _sides(pair).items() if unit is not None and problem.unit is unit), None)
        if side is None:
            return None
        rows.append([problem.check, side, problem.language, problem.item, problem.message])
    return {"source": pair.source_sentences, "translation": pair.translation_sentences,
            "beads": [[list(bead.source), list(bead.translation)] for bead in pair.beads], "problems": rows}


def _fits(pair: Pair, value: object) -> bool:
    """Whether a stored comparison is of the shape `_value` writes, for this pair's units."""
    if not isinstance(value, dict) or set(value) != {"source", "translation", "beads", "problems"} \
            or not _strings(value["source"]) or not _strings(value["translation"]):
        return False
    beads, rows, sides = value["beads"], value["problems"], _sides(pair)
    return isinstance(beads, list) and isinstance(rows, list) \
        and all(_bead(bead, len(value["source"]), len(value["translation"])) for bead in beads) \
        and all(_strings(row) and len(row) == 5 and sides.get(row[1]) is not None for row in rows)


def _sides(pair: Pair) -> dict:
    return dict(zip(SIDES, (pair.source, pair.translation)))


def _restore(pair: Pair, value: dict) -> None:
    sides = _sides(pair)
    pair.source_sentences, pair.translation_sentences = value["source"], value["translation"]
    pair.beads = [Bead(tuple(source), tuple(translation)) for source, translation in value["beads"]]
    pair.found = [Problem(check, sides[side], language, item, message)
                  for check, side, language, item, message in value["problems"]]


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _bead(value: object, sources: int, translations: int) -> bool:
    return isinstance(value, list) and len(value) == 2 \
        and all(isinstance(side, list) and all(type(i) is int and 0 <= i < limit for i in side)
                for side, limit in zip(value, (sources, translations)))


def _names_digest(names: Names) -> str:
    identity = repr((names.entities, sorted(names.aliases.items()), names.where))
    return hashlib.blake2b(identity.encode(), digest_size=16).hexdigest()


@cache
def word_data() -> str:
    """A digest of the word data's versions: Babel's and the translate-toolkit's, and the size and time of each file
    of Voikko's dictionary and library, WordNet and FreeDict where this run reads them (read once per run)."""
    import babel
    import libvoikko
    from translate.__version__ import sver

    parts = [f"babel {babel.__version__}", f"translate-toolkit {sver}", _stat(Path(libvoikko.__file__))]
    folders = [os.environ.get(WORDNET_VARIABLE) or WORDNET, os.environ.get(DICTIONARIES_VARIABLE) or DICTIONARIES,
               *os.environ.get("VOIKKO_DICTIONARY_PATH", "").split(os.pathsep), *_VOIKKO]
    for folder in (Path(folder).expanduser() for folder in folders if folder):
        parts += [_stat(path) for path in sorted(folder.rglob("*"))] if folder.is_dir() else []
    parts += [_stat(path) for path in sorted(Path("/").glob(_VOIKKO_LIBRARY.lstrip("/")))]
    return hashlib.blake2b("\n".join(parts).encode(), digest_size=16).hexdigest()


def _stat(path: Path) -> str:
    try:
        status = path.stat()
    except OSError:
        return f"{path} -"
    return f"{path} {status.st_size} {status.st_mtime_ns}"
