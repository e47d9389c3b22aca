"""The published contract (published.yml): page names, fixed ids and the declared named entities."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

CONTRACT = Path(__file__).with_name("published.yml")
KINDS = ("home", "article", "glossary", "faq", "source")


class ContractError(ValueError):
    """published.yml cannot be read or lacks a key (one line, naming the key)."""


@dataclass(frozen=True)
class Contract:
    pages: tuple[str, ...]
    kinds: dict[str, str]  # page name -> one of KINDS
    ids: dict[str, tuple[str, ...]]
    entities: tuple[str, ...]  # people, organisations and terms, matched at a word start (inflected forms count)


def _list(data: dict, key: str, path: Path) -> list:
    value = data.get(key)
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ContractError(f"{path.name}: '{key}' must be a list of names")
    return value


def contract() -> Contract:
    """The published contract (CONTRACT is looked up at each call, so a test can point it elsewhere)."""
    return _read(CONTRACT)


@cache
def _read(path: Path) -> Contract:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ContractError(f"cannot read {path.name}: {' '.join(str(error).split())}") from None
    if not isinstance(data, dict):
        raise ContractError(f"{path.name}: expected a mapping with pages, ids and entities")
    ids = data.get("ids")
    if not isinstance(ids, dict):
        raise ContractError(f"{path.name}: 'ids' must map page names to lists of ids")
    pages = data.get("pages")
    if not isinstance(pages, dict) or any(kind not in KINDS for kind in pages.values()):
        raise ContractError(f"{path.name}: 'pages' must map page names to a kind ({', '.join(KINDS)})")
    unknown = sorted(set(ids) - set(pages))
    if unknown:
        raise ContractError(f"{path.name}: 'ids' names a page that 'pages' does not list: {unknown[0]}")
    return Contract(
        pages=tuple(pages),
        kinds=dict(pages),
        ids={page: tuple(_list(ids, page, path)) for page in ids},
        entities=tuple(_list(data, "entities", path)),
    )
