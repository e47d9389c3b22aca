"""Sentence alignment of a source unit and its translation: Gale–Church with names and numbers as anchors.

Hand-written because the library versions (NLTK's gale_church) align on lengths alone; a translation checker
needs the anchors, or a dropped short sentence hides inside a 2–1 bead whose lengths happen to fit.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Callable

# Prior probabilities of each bead shape (Gale & Church 1993), as -log costs.
_PRIORS = {(1, 1): 0.89, (1, 0): 0.0099 / 2, (0, 1): 0.0099 / 2, (2, 1): 0.089 / 2, (1, 2): 0.089 / 2}
_COSTS = {shape: -math.log(p) for shape, p in _PRIORS.items()}
ANCHOR_COST = 3.0  # per name or number on one side of a bead only (a dropped sentence costs 5.3)
# Length alone never costs more than a dropped plus an added sentence would: a translated sentence that lost a
# clause stays paired with its original (and the length check reports it) instead of becoming "dropped + added".
LENGTH_COST_CAP = 6.0


@dataclass(frozen=True)
class LengthModel:
    """Translation characters per source character (ratio) and the variance per character (Gale–Church's c, s²)."""
    ratio: float
    variance: float

    def deviation(self, source: int, translation: int) -> float:
        """How many standard deviations a pair's translation length lies from what the source length predicts."""
        if source == 0:
            return math.inf if translation else 0.0
        return (translation - self.ratio * source) / math.sqrt(source * self.variance)

    def band(self, source: int, limit: float) -> tuple[float, float]:
        """The translation/source length ratios allowed for a source text of this length."""
        spread = limit * math.sqrt(self.variance / source) if source else 0.0
        return max(0.0, self.ratio - spread), self.ratio + spread

    def cost(self, source: int, translation: int) -> float:
        tail = math.erfc(abs(self.deviation(source, translation)) / math.sqrt(2))
        return -math.log(max(tail, 1e-12))


@dataclass(frozen=True)
class Bead:
    source: tuple[int, ...]  # indices of the source sentences
    translation: tuple[int, ...]


def align(source: list[str], translation: list[str], model: LengthModel,
          source_anchors: Callable[[str], Counter], translation_anchors: Callable[[str], Counter]) -> list[Bead]:
    """The cheapest sequence of 1–1, 1–2, 2–1, 1–0 and 0–1 beads covering both sentence lists.

    The anchors of a text are its names and numbers, each side read in its own language; each one found on one
    side of a bead only adds ANCHOR_COST, so sentences pair with the sentence that says the same names and numbers.
    """
    n, m = len(source), len(translation)
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) not in best:
                continue
            here = best[(i, j)][0]
            for (a, b), prior in _COSTS.items():
                if i + a > n or j + b > m:
                    continue
                source_text = " ".join(source[i:i + a])
                translation_text = " ".join(translation[j:j + b])
                cost = here + prior
                if a and b:
                    cost += min(model.cost(len(source_text), len(translation_text)), LENGTH_COST_CAP)
                    source_found, translation_found = source_anchors(source_text), translation_anchors(translation_text)
                    difference = (source_found - translation_found) + (translation_found - source_found)
                    cost += ANCHOR_COST * sum(difference.values())
                key = (i + a, j + b)
                if key not in best or cost < best[key][0]:
                    best[key] = (cost, (i, j))
    beads = []
    key = (n, m)
    while key != (0, 0):
        previous = best[key][1]
        beads.append(Bead(tuple(range(previous[0], key[0])), tuple(range(previous[1], key[1]))))
        key = previous
    return beads[::-1]


def carried(beads: list[Bead], old: list[str], new: list[str]) -> list[Bead]:
    """A source's alignment with an earlier translation (`beads`, source to `old`) carried over to a new wording
    of that translation (`new`): a sentence kept as it was keeps its bead, and sentences reworded, split or joined
    take the beads of the old sentences they replace; an old sentence left out leaves its source sentence without
    a translation, a new sentence that replaces none has no source sentence. The editor's approved alignment is a
    surer guide than lengths and anchors, which a rewording ("It would have urged…" split off) can mislead."""
    groups = replaced(old, new)
    found: list[Bead] = []
    a = g = 0
    while a < len(beads) or g < len(groups):
        if a < len(beads) and not beads[a].translation:  # a source sentence the earlier translation left out
            found.append(beads[a])
            a += 1
            continue
        if g < len(groups) and not groups[g][0]:  # a new sentence that replaces none
            found.append(Bead((), groups[g][1]))
            g += 1
            continue
        source: list[int] = []
        translation: list[int] = []
        covered_a = covered_g = -1  # the last old sentence the beads and groups taken cover
        first = a
        while a < len(beads) and (covered_a < 0 or covered_a < covered_g):
            source += beads[a].source
            covered_a = max(beads[a].translation, default=covered_a)
            a += 1
            while g < len(groups) and covered_g < covered_a:
                translation += groups[g][1]
                covered_g = max(groups[g][0], default=covered_g)
                g += 1
        if a == first and g < len(groups):  # beads that do not cover the old sentences: the rest as new
            translation += groups[g][1]
            g += 1
        found.append(Bead(tuple(source), tuple(translation)))
    return found


def replaced(old: list[str], new: list[str]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """(old sentences, new sentences) in order: each kept sentence alone, and each run replaced by as many
    sentences too (each reworded in place), else the run as one group (sentences split, joined or added)."""
    groups = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            groups += [((i,), (j,)) for i, j in zip(range(i1, i2), range(j1, j2))]
        else:
            groups.append((tuple(range(i1, i2)), tuple(range(j1, j2))))
    return groups
