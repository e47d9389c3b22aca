"""Every registered check has a test case that makes it report a defect: a row of a defect table (one case per
check, as html-proofer keeps a spec per check) or a test marked `@pytest.mark.fires("check")`. A check no case
makes fire could be deleted unnoticed."""

from __future__ import annotations

import importlib
from pathlib import Path

from explainer.registry import CHECKS

TESTS = Path(__file__).resolve().parent
# The defect tables: (module, table, the position of the check's name in a row); each row's test asserts that its
# check reports the defect.
TABLES = [("test_check_site", "LINK_DEFECTS", 0), ("test_check_site", "CONTENT_DEFECTS", 0),
          ("test_translation_qa", "DEFECTS", 4), ("test_hostile_markup", "PAYLOADS", 1)]


def fired() -> dict[str, list[str]]:
    """Check name -> the test cases that make it fire."""
    found: dict[str, list[str]] = {}
    for module_name, table, position in TABLES:
        for number, row in enumerate(getattr(importlib.import_module(module_name), table)):
            found.setdefault(row[position], []).append(f"{module_name}.{table}[{number}]")
    for path in sorted(TESTS.glob("test_*.py")):
        module = importlib.import_module(path.stem)
        for name, value in vars(module).items():
            for mark in getattr(value, "pytestmark", []) if name.startswith("test_") else []:
                if mark.name == "fires":
                    for check in mark.args:
                        found.setdefault(check, []).append(f"{path.stem}.{name}")
    return found


def test_every_registered_check_has_a_case_that_makes_it_fire():
    cases = fired()
    assert sorted(set(CHECKS) - set(cases)) == []


def test_every_case_names_a_registered_check():
    assert sorted(set(fired()) - set(CHECKS)) == []
