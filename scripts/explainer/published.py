"""The published contract (published.yml): page names, fixed ids, entities and number words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

CONTRACT = Path(__file__).with_name("published.yml")


@dataclass(frozen=True)
class Contract:
    pages: tuple[str, ...]
    ids: dict[str, tuple[str, ...]]
    entities: tuple[str, ...]
    number_words: dict[str, dict[str, str]]


@cache
def contract() -> Contract:
    data = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    return Contract(
        pages=tuple(data["pages"]),
        ids={page: tuple(ids) for page, ids in data["ids"].items()},
        entities=tuple(data["entities"]),
        number_words=data["number_words"],
    )
