"""Sentence alignment of a Finnish unit and its translation: Gale–Church with names and numbers as anchors.

Hand-written because the library versions (NLTK's gale_church) align on lengths alone; a translation checker
needs the anchors, or a dropped short sentence hides inside a 2–1 bead whose lengths happen to fit.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
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
    """English characters per Finnish character (ratio) and the variance per character (Gale–Church's c, s²)."""
    ratio: float
    variance: float

    def deviation(self, finnish: int, english: int) -> float:
        """How many standard deviations a pair's English length lies from what the Finnish length predicts."""
        if finnish == 0:
            return math.inf if english else 0.0
        return (english - self.ratio * finnish) / math.sqrt(finnish * self.variance)

    def band(self, finnish: int, limit: float) -> tuple[float, float]:
        """The English/Finnish length ratios allowed for a Finnish text of this length."""
        spread = limit * math.sqrt(self.variance / finnish) if finnish else 0.0
        return max(0.0, self.ratio - spread), self.ratio + spread

    def cost(self, finnish: int, english: int) -> float:
        tail = math.erfc(abs(self.deviation(finnish, english)) / math.sqrt(2))
        return -math.log(max(tail, 1e-12))


@dataclass(frozen=True)
class Bead:
    finnish: tuple[int, ...]  # indices of the Finnish sentences
    english: tuple[int, ...]


def align(finnish: list[str], english: list[str], model: LengthModel,
          anchors: Callable[[str, str], Counter]) -> list[Bead]:
    """The cheapest sequence of 1–1, 1–2, 2–1, 1–0 and 0–1 beads covering both sentence lists.

    `anchors(text, language)` gives a text's names and numbers; each one found on one side of a bead only
    adds ANCHOR_COST, so sentences pair with the sentence that says the same names and numbers.
    """
    n, m = len(finnish), len(english)
    best = {(0, 0): (0.0, None)}
    for i in range(n + 1):
        for j in range(m + 1):
            if (i, j) not in best:
                continue
            here = best[(i, j)][0]
            for (a, b), prior in _COSTS.items():
                if i + a > n or j + b > m:
                    continue
                fi_text = " ".join(finnish[i:i + a])
                en_text = " ".join(english[j:j + b])
                cost = here + prior
                if a and b:
                    cost += min(model.cost(len(fi_text), len(en_text)), LENGTH_COST_CAP)
                    difference = anchors(fi_text, "fi") - anchors(en_text, "en")
                    difference += anchors(en_text, "en") - anchors(fi_text, "fi")
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
