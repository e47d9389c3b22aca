"""The code passes the project's linter (ruff, pinned in requirements-dev.txt, rules in pyproject.toml) and its
complexity gate (radon)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_ruff_finds_nothing():
    ruff = Path(sys.executable).with_name("ruff")
    command = [str(ruff)] if ruff.exists() else [shutil.which("ruff") or "ruff"]
    result = subprocess.run([*command, "check", "--output-format", "concise", "."], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


MAX_COMPLEXITY = 15  # radon's count: a function past it is split into functions of one job each


def test_no_function_is_more_complex_than_the_gate():
    from radon.complexity import cc_visit

    over = [f"{path.relative_to(ROOT)}:{function.lineno} {function.fullname} ({function.complexity})"
            for path in sorted((ROOT / "scripts").rglob("*.py"))
            for block in cc_visit(path.read_text(encoding="utf-8"))
            for function in getattr(block, "methods", [block])  # a class's methods, each on its own
            if function.complexity > MAX_COMPLEXITY]
    assert over == []
