"""The published contract (published.yml): page names, fixed ids and the declared named entities."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

CONTRACT = Path(__file__).with_name("published.yml")


class ContractError(ValueError):
    """published.yml cannot be read or lacks a key (one line, naming the key)."""


@dataclass(frozen=True)
class Contract:
    pages: tuple[str, ...]
    ids: dict[str, tuple[str, ...]]
    entities: tuple[str, ...]  # people, organisations and terms, matched at a word start (inflected forms count)


def _list(data: dict, key: str) -> list:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ContractError(f"{CONTRACT.name}: '{key}' must be a list of names")
    return value


@cache
def contract(path: Path = CONTRACT) -> Contract:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContractError(f"cannot read {path.name}: {' '.join(str(error).split())}") from None
    if not isinstance(data, dict):
        raise ContractError(f"{path.name}: expected a mapping with pages, ids and entities")
    ids = data.get("ids")
    if not isinstance(ids, dict):
        raise ContractError(f"{path.name}: 'ids' must map page names to lists of ids")
    return Contract(
        pages=tuple(_list(data, "pages")),
        ids={page: tuple(_list(ids, page)) for page in ids},
        entities=tuple(_list(data, "entities")),
    )
