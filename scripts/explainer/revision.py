"""A source's new version against the one an explainer was made from: which units (paragraphs, FAQ entries) are
unchanged, changed, new or removed, so that every unit keeps its id (a public address) for as long as it exists.

Units are matched in order with difflib (Python's sequence matcher: the longest runs of equal units first), and
within a run that differs, a unit of the old version is the changed form of the new unit whose words are most like
its own, if at least half of them are (a reworded or corrected paragraph); any other unit is new or removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

PENDING = "explainer-pending"  # the class of a translated unit that follows an older version of the source
REMOVED = "removed"  # the directive that stands where a removed unit was: [[removed: id]]
SIMILAR = 0.5  # of the words, in order: a unit this like an old one is that unit changed, not a new one


@dataclass
class Matched:
    """Each unit of the new version with its id and how it relates to the old version."""
    ids: list[str] = field(default_factory=list)  # the new version's units' ids, in order
    changed: list[str] = field(default_factory=list)  # ids whose text changed
    added: list[str] = field(default_factory=list)  # ids made for new units
    removed: list[str] = field(default_factory=list)  # old ids with no unit in the new version
    # where each removed id was: the id of the unit before it in the new version ("" at the start)
    after: dict[str, str] = field(default_factory=dict)


def match(old: list[tuple[str, str]], new: list[str], new_id) -> Matched:
    """`old`: (id, text) of the old version's units; `new`: the new version's texts; `new_id(text)`: an id for a
    new unit, unique on its page."""
    plain_old, plain_new = [_plain(text) for _, text in old], [_plain(text) for text in new]
    found = Matched(ids=[""] * len(new))
    for tag, old_start, old_end, new_start, new_end in SequenceMatcher(None, plain_old, plain_new,
                                                                       autojunk=False).get_opcodes():
        if tag == "equal":
            for offset in range(old_end - old_start):
                found.ids[new_start + offset] = old[old_start + offset][0]
            continue
        paired = _pairs(plain_old[old_start:old_end], plain_new[new_start:new_end])
        for old_offset, new_offset in paired:
            found.ids[new_start + new_offset] = old[old_start + old_offset][0]
            found.changed.append(old[old_start + old_offset][0])
        kept = {old_offset for old_offset, _ in paired}
        found.removed += [old[old_start + offset][0] for offset in range(old_end - old_start) if offset not in kept]
    for index, text in enumerate(new):
        if not found.ids[index]:
            found.ids[index] = new_id(text)
            found.added.append(found.ids[index])
    found.after = _places(old, found)
    return found


def _pairs(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    """(old offset, new offset) of each old unit and the new unit that is its changed form: the most alike first,
    in order (no pair crosses another), each at least SIMILAR alike."""
    scores = sorted(((_likeness(a, b), i, j) for i, a in enumerate(old) for j, b in enumerate(new)), reverse=True)
    pairs: list[tuple[int, int]] = []
    for score, i, j in scores:
        if score < SIMILAR:
            break
        if all(i != a and j != b and (i < a) == (j < b) for a, b in pairs):
            pairs.append((i, j))
    return sorted(pairs)


def _likeness(a: str, b: str) -> float:
    return SequenceMatcher(None, a.split(), b.split(), autojunk=False).ratio()


def _places(old: list[tuple[str, str]], found: Matched) -> dict[str, str]:
    """Where each removed unit was: after the nearest unit before it that the new version still has."""
    still = set(found.ids)
    places, previous = {}, ""
    for element_id, _ in old:
        if element_id in still:
            previous = element_id
        elif element_id in found.removed:
            places[element_id] = previous
    return places


def _plain(text: str) -> str:
    return " ".join(text.split())
