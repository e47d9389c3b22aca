#!/usr/bin/env python3
"""Benchmark: how many meaning-changing edits the checker catches, and how many legitimate rewordings it flags.

Usage: python scripts/bench_translation_qa.py [--suite tests/fixtures/meaning-edits.yml | --corpus tuned|held-out]
                                              [--units] [--list] [--skip CHECK]

Each edit of the suite is applied alone to a copy of mkdocs.yml, docs/ and overrides/, built with `mkdocs build
--strict` and checked with scripts/check_site.py (all checks but needs-review, correction and corrections, the
editor's sign-off and declarations of a change, or those given to --skip; and no finding of a declared difference
the edit made unneeded): an edit is caught when
the checker reports anything, a rewording flagged when it does (the real site has no findings). Prints a Markdown
table per class, then each edit missed and each rewording flagged with the checker's first finding. Nothing in the
repository is changed.

With --corpus, the edits are those of tests/fixtures/corpus (each article's edits.yml) on one half: its articles
are run through the README's workflow first (generated, decided, translated, approved: tests/corpus.py), then
each edit is applied to the English page that has its text. With --units too, no site is built: each edit's
line of the article is compared as one unit pair (translation QA and the meaning check against the line as
approved), with the names the editor decided; seconds instead of minutes, for studying the comparison itself (it
leaves out what only a built site has: headings, links, JSON-LD, the generated contract's own forms of names).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml
from explainer.pipes import quiet_on_closed_pipe

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SITE_URL = "http://127.0.0.1:8000/"


@dataclass(frozen=True)
class Edit:
    kind: str  # "meaning" or "rewording"
    cls: str
    file: str  # below docs/
    replacements: tuple[tuple[str, str], ...]

    def label(self) -> str:
        old, new = self.replacements[0]
        return f"{self.cls}: {self.file}: {' '.join(old.split())[:50]!r} -> {' '.join(new.split())[:50]!r}"


def read_suite(path: Path) -> list[Edit]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    edits = []
    for kind in ("meaning", "rewording"):
        for item in data[kind]:
            if "swap" in item:
                first, second = item["swap"]
                marker = "\0swap\0"
                replacements = ((first, marker), (second, first), (marker, second))
            else:
                replacements = ((item["old"], item["new"]),)
            edits.append(Edit(kind, item["class"], item["file"], replacements))
    return edits


def edited(edit: Edit, docs: Path) -> str:
    """The edited file's text; an edit whose text is not exactly once in its file stops the run (one line)."""
    text = (docs / edit.file).read_text(encoding="utf-8")
    for old, new in edit.replacements:
        if text.count(old) != 1:
            raise SystemExit(f"bench_translation_qa.py: {edit.label()}: {old!r} is not once in {edit.file}")
        text = text.replace(old, new)
    return text


def corpus_base(half: str, work: Path) -> tuple[Path, list[Edit]]:
    """A project with one half of the corpus translated and approved, and that half's edits on its pages."""
    sys.path.insert(0, str(ROOT / "tests"))
    from corpus import articles, read_yaml, replay  # the corpus driver: the README's workflow, as the tests run it

    base = work / "base"
    _copy(ROOT, base)
    chosen = [article for article in articles() if article.held_out == (half == "held-out")]
    edits = []
    for article in chosen:
        replay(base, article)
        suite = read_yaml(article.folder / "edits.yml")
        for kind in ("meaning", "rewording"):
            for item in suite[kind]:
                edits.append(_on_page(base / "docs", article.slug, kind, item))
    env = dict(os.environ, SITE_URL=SITE_URL, NO_MKDOCS_2_WARNING="1")
    _step(half, "mkdocs build --strict", [BIN / "mkdocs", "build", "--strict", "-f", base / "mkdocs.yml", "-d",
                                          base / "site"], env, base)
    _step(half, "check_site.py --approve", [sys.executable, ROOT / "scripts" / "check_site.py", base / "site",
                                            "--config", base / "mkdocs.yml", "--approve"], env, base)
    shutil.rmtree(base / "site")
    return base, edits


def _step(half: str, name: str, command: list, env: dict, cwd: Path) -> None:
    """One step of the base project's workflow; a failed one ends the benchmark with one line naming it and its
    first finding (the half's articles must pass as the corpus test requires before edits say anything)."""
    done = subprocess.run(command, env=env, capture_output=True, text=True, cwd=cwd)
    if done.returncode:
        lines = [line for line in (done.stdout + done.stderr).splitlines() if line.strip()]
        raise SystemExit(f"bench_translation_qa.py: the {half} half does not pass {name} before any edit: "
                         f"{lines[0] if lines else f'exit {done.returncode}'}")


def unit_results(half: str) -> tuple[list[Edit], list[list[str]]]:
    """Each edit of a corpus half on its line alone, with what the checker finds of it (`_unit_findings`)."""
    sys.path.insert(0, str(ROOT / "tests"))
    from corpus import articles, read_yaml
    from explainer.published import Names
    from explainer.text import normalise

    edits, results = [], []
    for article in (article for article in articles() if article.held_out == (half == "held-out")):
        decided = article.editor.get("names", [])
        names = Names(tuple(dict.fromkeys(form for name in decided for form in _forms(name))),
                      {form: name["name"] for name in decided for form in _forms(name)[1:]}).normalised()
        finnish = (article.folder / "source.fi.txt").read_text(encoding="utf-8").splitlines()
        english = (article.folder / "source.en.txt").read_text(encoding="utf-8").splitlines()
        suite = read_yaml(article.folder / "edits.yml")
        for kind in ("meaning", "rewording"):
            for item in suite[kind]:
                line = next(n for n, row in enumerate(english) if item["old"] in row)
                new = english[line].replace(item["old"], item["new"], 1)
                results.append(_unit_findings(*map(normalise, (finnish[line], english[line], new)), names))
                edits.append(Edit(kind, item["class"], f"{article.slug}/source.en.txt", ((item["old"], item["new"]),)))
    return edits, results


def _unit_findings(finnish: str, approved: str, new: str, names) -> list[str]:
    """The problems a changed unit pair has that the approved pair has not, and what the meaning check says of
    the change (explainer.checks_translation does both on a built site)."""
    from explainer.meaning import lexicon, translation_changes
    from explainer.translation import problems, reworded_sentences, reworded_source

    before, after = _unit_pair(finnish, approved, None, names), _unit_pair(finnish, new, (finnish, approved), names)
    old = {(problem.check, problem.item) for problem in problems(before)}
    found = [f"{problem.check}: {problem.message}" for problem in problems(after)
             if (problem.check, problem.item) not in old]
    return found + [f"meaning: {change.message}" for change in translation_changes(
        reworded_source(after), *reworded_sentences(after), "en", names, lexicon())]


def _forms(name: dict) -> list[str]:
    return [name["name"], *name.get("forms", []), *name.get("en", [])]


def _unit_pair(finnish: str, english: str, approved: tuple[str, str] | None, names):
    from explainer.translation import Pair, split_and_align
    from explainer.units import Unit

    pair = Pair(Unit("p", finnish, "paragraph", "p"), Unit("p", english, "paragraph", "p"), "fi", "en", names)
    pair.approved = approved
    split_and_align(pair)
    return pair


def _on_page(docs: Path, slug: str, kind: str, item: dict) -> Edit:
    """A corpus edit on the English page that has its text: on the unit's own line (the page's description in the
    front matter repeats the first paragraph's first sentence, and is no unit of its own)."""
    for name in ("article.en.md", "faq.en.md"):
        if not (docs / slug / name).is_file():  # an article without an UKK has no FAQ page
            continue
        lines = (docs / slug / name).read_text(encoding="utf-8").splitlines()
        line = next((row for row in reversed(lines) if item["old"] in row), None)
        if line is not None and lines.count(line) == 1:
            return Edit(kind, item["class"], f"{slug}/{name}", ((line, line.replace(item["old"], item["new"])),))
    raise SystemExit(f"bench_translation_qa.py: {slug}: {item['old']!r} is on no line of its own in its article or "
                     "FAQ page")


def _copy(origin: Path, project: Path) -> None:
    project.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "docs", "overrides"):
        source = origin / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)


# A declaration an edit made unneeded ("declares polarity negation, but the translation has no such difference":
# a rewording that renders the Finnish more closely): the editor's note to remove, as the declarations' own checks
# are, no meaning changed
DECLARATIONS = frozenset({"declared-difference"})


def run(edit: Edit, origin: Path, work: Path, skip: list[str]) -> list[str]:
    """The checker's findings on the site with this edit (or the build's error as one finding)."""
    project = Path(tempfile.mkdtemp(dir=work))
    _copy(origin, project)
    (project / "docs" / edit.file).write_text(edited(edit, project / "docs"), encoding="utf-8")
    env = dict(os.environ, SITE_URL=SITE_URL, NO_MKDOCS_2_WARNING="1")
    built = subprocess.run([BIN / "mkdocs", "build", "--strict", "-f", project / "mkdocs.yml", "-d",
                            project / "site"], env=env, capture_output=True, text=True)
    if built.returncode != 0:
        return [f"build: {(built.stderr.strip().splitlines() or ['failed'])[-1]}"]
    options = [f"--skip={name}" for name in skip]
    checked = subprocess.run([sys.executable, ROOT / "scripts" / "check_site.py", project / "site", "--config",
                              project / "mkdocs.yml", "--format", "json", *options],
                             env=env, capture_output=True, text=True, cwd=project)
    try:
        findings = json.loads(checked.stdout)["findings"]
    except json.JSONDecodeError:  # counted as caught, and listed: the checker must never fail like this
        return [f"checker failed: {(checked.stderr.strip().splitlines() or ['no output'])[-1]}"]
    return [f"{f['path']}:{f['line']}: {f['check']}: {f['message']}" for f in findings
            if f["check"] not in DECLARATIONS]


@quiet_on_closed_pipe  # `… | head` ends it quietly
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", type=Path, default=ROOT / "tests" / "fixtures" / "meaning-edits.yml")
    parser.add_argument("--corpus", choices=("tuned", "held-out"),
                        help="the corpus half's edits (tests/fixtures/corpus) instead of --suite's")
    parser.add_argument("--skip", action="append", help="a check not to run (repeatable; default: needs-review, "
                                                        "correction and corrections, the editor's sign-off and "
                                                        "declarations, so the automatic checks are measured)")
    parser.add_argument("--units", action="store_true", help="with --corpus: each edit's line compared as one unit "
                                                             "pair, no site built")
    parser.add_argument("--list", action="store_true", help="list every edit with its findings")
    arguments = parser.parse_args(argv)
    if arguments.units:
        if not arguments.corpus:
            parser.error("--units needs --corpus")
        edits, results = unit_results(arguments.corpus)
        print_table(edits, results)
        print_cases(edits, results, arguments.list)
        return 0
    # the editor's sign-off and declarations (a change declared, an entry kept up to date) are not measured
    skip = arguments.skip if arguments.skip is not None else ["needs-review", "correction", "corrections"]
    work = Path(tempfile.mkdtemp(prefix="bench-meaning-"))
    try:
        origin, edits = corpus_base(arguments.corpus, work) if arguments.corpus else (ROOT, read_suite(arguments.suite))
        for edit in edits:
            edited(edit, origin / "docs")
        with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
            results = list(pool.map(lambda edit: run(edit, origin, work, skip), edits))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print_table(edits, results)
    print_cases(edits, results, arguments.list)
    return 0


def print_table(edits: list[Edit], results: list[list[str]]) -> None:
    """Per class, how many edits were caught (meaning) or flagged (rewording), then the two totals."""
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for edit, findings in zip(edits, results):
        totals[(edit.kind, edit.cls)][0] += bool(findings)
        totals[(edit.kind, edit.cls)][1] += 1
    print("| class | edits | caught (meaning) / flagged (rewording) |")
    print("| --- | ---: | ---: |")
    for (_, cls), (hit, total) in totals.items():
        print(f"| {cls} | {total} | {hit} |")
    meaning = [bool(f) for e, f in zip(edits, results) if e.kind == "meaning"]
    rewording = [bool(f) for e, f in zip(edits, results) if e.kind == "rewording"]
    print(f"\nMeaning-changing edits caught: {sum(meaning)} of {len(meaning)} "
          f"({100 * sum(meaning) / max(1, len(meaning)):.0f} %); rewordings flagged: {sum(rewording)} of "
          f"{len(rewording)}.")


def print_cases(edits: list[Edit], results: list[list[str]], every: bool) -> None:
    """Each edit missed and each rewording flagged with its first finding (`every`: each edit, three findings)."""
    for edit, findings in zip(edits, results):
        missed = edit.kind == "meaning" and not findings
        flagged = edit.kind == "rewording" and findings
        if every or missed or flagged:
            state = "missed" if missed else "FLAGGED" if flagged else "caught" if findings else "passed"
            print(f"\n{state}: {edit.label()}")
            for finding in findings[:3 if every else 1]:
                print(f"    {finding}")


if __name__ == "__main__":
    raise SystemExit(main())
