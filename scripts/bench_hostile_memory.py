#!/usr/bin/env python3
"""Benchmark: the checker's time and peak memory on a site with hostile pages beside it.

Usage: python scripts/bench_hostile_memory.py [--explainers 150] [--pages 75]

It builds the real site with generated explainers (as bench_check.py does), then writes beside the built pages
`--pages` pages of 1 MiB (the largest page the checker reads) each holding about 27,000 distinct broken links,
four of about 50,000 ids and four of one link repeated, and runs check_site.py on it (its default processes, then
one), printing wall time and peak memory of the whole process tree. Nothing in the repository is changed.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from itertools import count
from pathlib import Path

from bench_check import REPO_PATH, ROOT, SITE_URL, build, make_project, measure
from explainer.pages import MAX_PAGE_BYTES
from explainer.pipes import quiet_on_closed_pipe


def hostile_page(parts: Iterator[str]) -> str:
    """An HTML page of as many parts as fit under the checker's page limit."""
    head, tail = '<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>x</title></head><body>', \
        "</body></html>"
    page, size = [head], len(head) + len(tail)
    for part in parts:
        if size + len(part) > MAX_PAGE_BYTES:
            break
        page.append(part)
        size += len(part)
    return "".join(page) + tail


def write_hostile_pages(site: Path, pages: int) -> int:
    """The hostile pages beside the built site; the number of distinct broken links they hold."""
    links = 0
    for number in range(pages):
        page = hostile_page(f'<a href="missing-{number}-{n:08d}/">x</a>\n' for n in count())
        links += page.count("<a ")
        (site / f"hostile-links-{number}.html").write_text(page, encoding="utf-8")
    for number in range(4):
        (site / f"hostile-ids-{number}.html").write_text(
            hostile_page(f'<p id="i{n}">x</p>\n' for n in count()), encoding="utf-8")
        (site / f"hostile-same-{number}.html").write_text(
            hostile_page('<a href="missing-same/#nowhere">x</a>\n' for _ in count()), encoding="utf-8")
    return links


@quiet_on_closed_pipe  # `… | head` ends it quietly
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--explainers", type=int, default=150, help="explainers generated beside the real ones")
    parser.add_argument("--pages", type=int, default=75, help="1 MiB pages of distinct broken links")
    arguments = parser.parse_args(argv)
    if not importlib.util.find_spec("psutil"):
        print("bench_hostile_memory.py: psutil not installed: .venv/bin/pip install -r requirements-bench.txt",
              file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-hostile-"))
    try:
        site = work / "www" / REPO_PATH
        project = make_project(work, 0, 0, arguments.explainers)
        build(project, site)
        links = write_hostile_pages(site, arguments.pages)
        checker = [sys.executable, ROOT / "scripts" / "check_site.py", site, "--config", project / "mkdocs.yml"]
        env = dict(os.environ, SITE_URL=SITE_URL)
        html = sum(1 for _ in site.rglob("*.html"))
        print(f"Site: {html} HTML pages ({arguments.explainers} generated explainers), {arguments.pages + 8} hostile "
              f"pages of 1 MiB with {links:,} distinct broken links; {os.cpu_count()} cores.\n")
        print("| check_site.py | wall time | peak memory | exit |")
        print("| --- | ---: | ---: | ---: |")
        for name, options in (("default processes", []), ("one process", ["--jobs", "1"])):
            wall, peak, code = measure([*checker, *options], env)
            print(f"| {name} | {wall:.1f} s | {peak:.0f} MiB | {code} |", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
