#!/usr/bin/env python3
"""Benchmark: the generator's names and spelling anomalies on each half of the corpus (tests/fixtures/corpus).

Usage: python scripts/bench_corpus.py [--list]

Each article is generated in a copy of the project (nothing in the repository changes). Names: the glossary
candidates the generator proposes against the names its editor.yml gives in base form (right, wrong, missed).
Anomalies: the words it reports as unknown to Voikko against the words editor.yml says are correct as written
(`not-anomalies`: elided compound parts, case endings after a colon, abbreviations, addresses, rare words).
Prints one table row per half; --list names every wrong, missed and false word.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from explainer.finnish import Morphology
from explainer.pipes import quiet_on_closed_pipe
from explainer.source import read_source

ROOT = Path(__file__).resolve().parents[1]


def _word(entry: str) -> str:
    """A not-anomalies entry as the spelling check would report it ("uutis-" -> "uutis", "puh." -> "puh", "(kesk.)"
    -> "kesk")."""
    return entry.strip("()").rstrip("-.").split("@")[0]


def _unread(articles) -> str:
    """The first not-anomalies entry YAML read as no text (a bare ON or NO is a boolean: the word the editor meant
    is lost), as an error; "" if none."""
    return next((f"{article.slug}/editor.yml: not-anomalies entry {entry!r} is no text (quote it)"
                 for article in articles for entry in article.editor.get("not-anomalies") or []
                 if not isinstance(entry, str)), "")


@quiet_on_closed_pipe  # `… | head` ends it quietly
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="name every wrong, missed and false word")
    arguments = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "tests"))
    from corpus import articles, generated_names  # the corpus driver: the README's workflow, as the tests run it

    unread = _unread(articles())
    if unread:
        print(f"bench_corpus.py: {unread}", file=sys.stderr)
        return 2
    morphology = Morphology()
    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    rows, details = [], []
    try:
        for name in ("mkdocs.yml", "docs", "overrides"):
            (shutil.copytree if (ROOT / name).is_dir() else shutil.copy)(ROOT / name, work / name)
        for half in ("tuned", "held-out"):
            counts = dict(candidates=0, names=0, right=0, anomalies=0, false=0)
            for article in [a for a in articles() if a.held_out == (half == "held-out")]:
                found = set(generated_names(work, article, f"{article.slug}-bench"))
                real = set(article.names())
                counts["candidates"] += len(found)
                counts["names"] += len(real)
                counts["right"] += len(found & real)
                source = read_source(article.source)
                reported = set(morphology.misspellings(" ".join(block.text for block in source.blocks())))
                correct = {_word(entry) for entry in article.editor.get("not-anomalies") or []}
                counts["anomalies"] += len(reported)
                counts["false"] += len(reported & correct)
                details.append(f"{half} {article.slug}: wrong {sorted(found - real)}, missed {sorted(real - found)}, "
                               f"anomalies {sorted(reported)} (correct as written: {sorted(reported & correct)})")
            rows.append((half, counts))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("| half | candidates | names | right | wrong | anomalies reported | of them correct Finnish |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for half, c in rows:
        print(f"| {half} | {c['candidates']} | {c['names']} | {c['right']} | {c['candidates'] - c['right']} | "
              f"{c['anomalies']} | {c['false']} |")
    if arguments.list:
        print("\n" + "\n".join(details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
