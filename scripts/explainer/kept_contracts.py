"""Contracts' data kept between runs in the record cache's store (explainer.record_cache): a large site's YAML,
parsed in C but built into Python objects one node at a time, is most of what loading its contracts costs.

A contract's data is a pure function of its text and the checker's code (the parser is part of the package, its
version in every key): the key hashes the text. Only data that JSON keeps exactly is stored (mappings with text
keys, lists, text, numbers, true/false, null); any other, rare in a contract and refused by its checks anyway, is
parsed each run. Found data is validated like freshly parsed data, by the same code.
"""

from __future__ import annotations

import math

from .record_cache import RecordCache


class KeptContracts:
    """Contracts' parsed data in a store (explainer.published.KeptData)."""

    def __init__(self, store: RecordCache):
        self.store = store

    def get(self, text: str) -> dict | None:
        found = self.store.get_value(self.store.value_key(b"contract", text), _fits)
        return found["contract"] if found is not None else None

    def put(self, text: str, data: dict) -> None:
        if _json_exact(data):
            self.store.put_value(self.store.value_key(b"contract", text), {"contract": data})


def _fits(value: object) -> bool:
    return isinstance(value, dict) and list(value) == ["contract"] and isinstance(value["contract"], dict)


def _json_exact(data: object) -> bool:
    """Whether JSON gives the data back as it is (walked without recursion: a contract may nest deeply)."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if not all(isinstance(key, str) for key in node):
                return False
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, float):
            if not math.isfinite(node):
                return False
        elif node is not None and not isinstance(node, (str, int, bool)):
            return False
    return True
