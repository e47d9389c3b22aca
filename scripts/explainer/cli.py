#!/usr/bin/env python3
"""Check the built site: every link in every language, and every FAQ answer and paragraph against the source.

Usage: python scripts/check_site.py [SITE_DIR] [--format text|json] [--external] [--list-checks]
                                    [--only CHECK ...] [--skip CHECK ...] [--config mkdocs.yml]

Run it with the same environment as the build (SITE_URL): mkdocs.yml is read with MkDocs' own loader.
Exit status: 0 no problems, 1 problems found, 2 unusable input.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from . import checks_content, checks_links  # noqa: F401  (registers the checks)
from .checks_content import ContentContext
from .context import SiteContext
from .external import check_external
from .findings import CHECKS, Finding, display_path
from .layout import LayoutError, load_layout
from .pages import iter_pages, site_files
from .source import SourceError, read_source

CONTENT_CHECKS = {name for name, c in CHECKS.items() if c.run.__module__.endswith("checks_content")}
EXTERNAL_CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "explainer-external-links.json"


class UsageError(Exception):
    """Input the checker cannot work with (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line and exit 2, as for any other unusable input
        raise UsageError(message)


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = _Parser(prog="check_site.py", description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="site", help="the built site (default: site)")
    parser.add_argument("--config", default="mkdocs.yml", help="mkdocs.yml of the build (default: mkdocs.yml)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--external", action="store_true", help="also check external http(s) links")
    parser.add_argument("--list-checks", action="store_true", help="list the checks and exit")
    parser.add_argument("--only", nargs="+", metavar="CHECK", help="run only these checks")
    parser.add_argument("--skip", nargs="+", metavar="CHECK", default=[], help="skip these checks")
    arguments = parser.parse_args(argv)
    for name in (arguments.only or []) + arguments.skip:
        if name not in CHECKS:
            raise UsageError(f"unknown check '{name}' (see --list-checks)")
    return arguments


def run(arguments: argparse.Namespace) -> list[Finding]:
    site = Path(arguments.site)
    if not site.exists():
        raise UsageError(f"site directory '{site}' does not exist (run mkdocs build first)")
    if not site.is_dir():
        raise UsageError(f"'{site}' is not a directory")
    try:
        files = site_files(site)
    except OSError as error:
        raise UsageError(f"cannot read '{site}': {error.strerror}") from None
    if not any(f.endswith(".html") for f in files):
        raise UsageError(f"'{site}' has no HTML pages")
    try:
        layout = load_layout(Path(arguments.config))
    except LayoutError as error:
        raise UsageError(str(error)) from None
    selected = [name for name in (arguments.only or CHECKS) if name not in arguments.skip]
    source = None
    if CONTENT_CHECKS & set(selected):
        try:
            source = read_source(layout.docs_dir / layout.source_path)
        except SourceError as error:
            raise UsageError(str(error)) from None
    context = SiteContext(site, display_path(site), layout, files, {})
    for page, record in iter_pages(site, files):
        context.records[page] = record
        context.warm(page)  # the main process resolves links while the workers parse the rest
    content = ContentContext(context, source) if source else None
    findings: list[Finding] = []
    for name in selected:
        findings.extend(CHECKS[name].run(content if name in CONTENT_CHECKS else context))
    if arguments.external:
        findings.extend(check_external(context, EXTERNAL_CACHE))
    return sorted(set(findings))


def report(findings: list[Finding], output_format: str, pages: int | None = None) -> None:
    if output_format == "json":
        print(json.dumps({"findings": [f.as_dict() for f in findings], "count": len(findings)},
                         ensure_ascii=False, indent=2))
        return
    for finding in findings:
        print(finding)
    checks = len({f.check for f in findings})
    print(f"{len(findings)} problem{'s' if len(findings) != 1 else ''} found" +
          (f" by {checks} check{'s' if checks != 1 else ''}" if findings else ""))


def main(argv: list[str] | None = None) -> int:
    try:
        arguments = parse_arguments(argv)
        if arguments.list_checks:
            for check in CHECKS.values():
                print(f"{check.name:<22} {check.description}")
            return 0
        findings = run(arguments)
    except UsageError as error:
        print(f"check_site.py: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    report(findings, arguments.format)
    return 1 if findings else 0


if __name__ == "__main__":
    raise SystemExit(main())
