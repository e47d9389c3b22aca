#!/usr/bin/env python3
"""Check the built site: every link in every language, and every FAQ answer and paragraph against the source.

Usage: python scripts/check_site.py [SITE_DIR] [--format text|json] [--external] [--list-checks]
                                    [--only CHECK ...] [--skip CHECK ...] [--config mkdocs.yml]
                                    [--max-per-check N] [--jobs N] [--cache-dir DIR | --no-cache]
                                    [--approve] [--show-alignment PAGE]

Run it with the same environment as the build (SITE_URL): mkdocs.yml is read with MkDocs' own loader.
Exit status: 0 no problems, 1 problems found, 2 unusable input.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
from datetime import date
from pathlib import Path

from . import runner
from .checks_translation import Approval, alignment_lines, approve, undeclared_changes
from .context import SiteContext
from .contract_edit import add_corrections
from .findings import SOURCES, Finding, Tally, display_path, visible, visible_json
from .kept_contracts import KeptContracts
from .kept_settings import KeptSettings
from .language import LanguageDataError
from .language import language as language_data
from .layout import Layout, LayoutError, load_layout
from .pages import read_page, site_files
from .pipes import quiet_on_closed_pipe
from .record_cache import RecordCache, default_directory
from .registry import CHECKS
from .source import SourceError, read_source

SUMMARY_NAMES = 5  # explainers the summary line names; --format json lists them all
# Findings shown per check (--max-per-check): two million broken links printed one by one help nobody, and the
# first 200 of a check show what is wrong. The count and the exit status cover them all.
MAX_PER_CHECK = 200


class UsageError(Exception):
    """Input the checker cannot work with (exit 2)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line and exit 2, as for any other unusable input
        raise UsageError(message)


def _check_names(value: str) -> list[str]:
    """--only/--skip values: comma-separated check names, each one known."""
    names = [name.strip() for name in value.split(",") if name.strip()]
    for name in names:
        if name not in CHECKS:
            raise argparse.ArgumentTypeError(f"unknown check '{name}' (see --list-checks)")
    return names


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a positive whole number")
    return int(value)


def _count(value: str) -> int:
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number")
    return int(value)


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = _Parser(prog="check_site.py", description=__doc__.splitlines()[0])
    parser.add_argument("site", nargs="?", default="site", help="the built site (default: site)")
    parser.add_argument("--config", default="mkdocs.yml", help="mkdocs.yml of the build (default: mkdocs.yml)")
    parser.add_argument("--site-url", help="the site_url the site was built with (default: from mkdocs.yml, "
                                           "i.e. the SITE_URL environment variable)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="one finding per line (text, default) or one JSON document (json)")
    parser.add_argument("--external", action="store_true",
                        help="also run the external-link check (http(s) links, over the network)")
    parser.add_argument("--list-checks", action="store_true", help="list the checks and exit")
    parser.add_argument("--only", type=_check_names, action="append", metavar="CHECK[,CHECK…]",
                        help="run only these checks (comma-separated; may be repeated)")
    parser.add_argument("--skip", type=_check_names, action="append", default=[], metavar="CHECK[,CHECK…]",
                        help="skip these checks (comma-separated; may be repeated)")
    parser.add_argument("--jobs", type=_positive, metavar="N",
                        help="processes to check with, at most one per core (default: one per core for a large "
                             "site, else 1)")
    parser.add_argument("--cache-dir", type=Path, default=None, metavar="DIR",
                        help="where the records of the pages read are kept between runs, keyed by each page's bytes "
                             "(default: $XDG_CACHE_HOME/explainer-check, else ~/.cache/explainer-check)")
    parser.add_argument("--no-cache", action="store_true",
                        help="read every page afresh and keep nothing (the findings are the same either way)")
    parser.add_argument("--max-per-check", type=_count, default=MAX_PER_CHECK, metavar="N",
                        help=f"show at most N findings of each check, then how many more (default: {MAX_PER_CHECK}; "
                             "0 shows all); the count and exit status cover all")
    parser.add_argument("--approve", action="store_true",
                        help="after a review, record each translated unit pair whose only finding is needs-review "
                             "in the translation memory (docs/…/translation-memory.<language>.tmx), list what it "
                             "recorded and the pairs it refused with their findings (exit 1 if any), and exit")
    parser.add_argument("--declare", choices=("correction", "wording"),
                        help="declare every change of an approved text that no corrections entry declares, as a "
                             "correction readers are shown or as a typo or wording fix (today's date, in its "
                             "contract's corrections list), list them and exit; review each one")
    parser.add_argument("--show-alignment", metavar="PAGE",
                        help="print each translated unit's sentences as aligned (a page name, or 'all') and exit")
    arguments = parser.parse_args(argv)
    # a check named twice (--only a --only a,b) runs once
    arguments.only = list(dict.fromkeys(name for names in arguments.only for name in names)) if arguments.only else None
    arguments.skip = [name for names in arguments.skip for name in names]
    return arguments


def _load(arguments: argparse.Namespace, cache: RecordCache) -> tuple[Path, list[str], Layout]:
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
        layout = load_layout(Path(arguments.config), arguments.site_url, kept=KeptContracts(cache),
                             kept_settings=KeptSettings(cache))
    except LayoutError as error:
        raise UsageError(str(error)) from None
    try:  # translation QA's word tables for each language built, complete (none falls back to empty)
        for code in layout.site.languages:
            language_data(code)
    except LanguageDataError as error:
        raise UsageError(str(error)) from None
    return site, files, layout


def _built_for(site: Path) -> str | None:
    """The site_url the home page was built with (from its canonical link), if it has one."""
    if not (site / "index.html").is_file():
        return None
    record, _ = read_page(site, "index.html")
    return next((link.url for link in record.links if link.rel == "canonical"), None)


def run(arguments: argparse.Namespace) -> tuple[Tally, SiteContext | None]:
    cache = RecordCache(None if arguments.no_cache else arguments.cache_dir or default_directory())
    site, files, layout = _load(arguments, cache)
    selected = _selected(arguments)
    sources = {}  # the source texts, read (and then required readable) only when a selected check needs them
    whole = arguments.show_alignment or arguments.approve or arguments.declare  # every page's pairs, here
    if any(SOURCES in CHECKS[name].needs for name in selected) or whole:
        sources = _sources(layout)
    context = SiteContext(site, display_path(site), layout, files, {}, sources, cache=cache)
    built_for = _built_for(site)
    if built_for is not None and not built_for.startswith(layout.site_url):
        raise UsageError(f"the site was built for {built_for.removesuffix('/') + '/'} but the checker expects "
                         f"{layout.site_url} (build and check with the same SITE_URL, or pass --site-url)")
    if whole:  # each reads every page's pairs in this process, and asks
        return runner.check(context, [], 1), context  # translation QA about the pairs themselves
    return runner.check(context, selected, runner.shard_count(context, arguments.jobs), arguments.max_per_check), \
        context


def _selected(arguments: argparse.Namespace) -> list[str]:
    """The checks to run: --only's or every check run by default, but --skip's; external-link with --external."""
    selected = [name for name in (arguments.only or CHECKS) if name not in arguments.skip
                and (arguments.only is not None or CHECKS[name].default)]
    if arguments.external and "external-link" not in selected:
        selected.append("external-link")
    return selected


def _sources(layout: Layout) -> dict:
    """Every explainer's source text (slug -> explainer.source.Source)."""
    try:
        return {e.slug: read_source(layout.docs_dir / e.source_path) for e in layout.site.explainers}
    except SourceError as error:
        raise UsageError(str(error)) from None


def capped(findings: list[Finding], limit: int) -> tuple[list[Finding], dict[str, int]]:
    """The first `limit` findings of each check, in order (all with 0), and how many of each check are left out."""
    if not limit:
        return findings, {}
    shown, counts = [], {}
    for finding in findings:
        counts[finding.check] = counts.get(finding.check, 0) + 1
        if counts[finding.check] <= limit:
            shown.append(finding)
    return shown, {check: count - limit for check, count in counts.items() if count > limit}


def report(tally: Tally, output_format: str, untranslated: list[str]) -> None:
    """The findings (at most the tally's limit of each check), then one summary line; explainers not translated
    yet are reported there, not as problems. Text that a terminal would act on is shown escaped."""
    shown = tally.shown()
    left = tally.omitted()
    omitted = {check: left[check] for check in dict.fromkeys(f.check for f in shown) if check in left}
    total = tally.total
    if output_format == "json":
        print(visible_json(json.dumps({"findings": [f.as_dict() for f in shown], "count": total,
                                       "omitted": omitted, "untranslated": untranslated},
                                      ensure_ascii=False, indent=2)))
        return
    for finding in shown:
        print(finding)
    for check, count in omitted.items():
        print(f"… and {count} more {check} finding{'s' if count != 1 else ''} (--max-per-check 0 shows all)")
    print(visible(_summary(tally, untranslated)))


def _summary(tally: Tally, untranslated: list[str]) -> str:
    """The one summary line: how many problems by how many checks, and the explainers not translated yet."""
    total, checks = tally.total, len([check for check, count in tally.counts.items() if count])
    named = untranslated[:SUMMARY_NAMES]  # the summary stays one readable line with many explainers
    more = f" and {len(untranslated) - len(named)} more" if len(untranslated) > len(named) else ""
    note = (f"; {len(untranslated)} explainer{'s' if len(untranslated) != 1 else ''} not translated yet: "
            f"{', '.join(named)}{more}") if untranslated else ""
    return (f"{total} problem{'s' if total != 1 else ''} found" +
            (f" by {checks} check{'s' if checks != 1 else ''}" if total else "") + note)


def _wrapped(head: str, items: list[str], width: int = 116) -> str:
    """`head` and the items, comma-separated, in lines of about `width` characters (an item is never split)."""
    lines, line = [], head
    for number, item in enumerate(items):
        if number and len(line) + len(item) > width:  # the line holds an item already
            lines.append(line.rstrip())
            line = "    "
        line += item + ", "
    return "\n".join([*lines, line.removesuffix(", ")])


def _s(items) -> str:
    return "" if len(items) == 1 else "s"


def declare(content, kind: str) -> int:
    """--declare: each undeclared change of an approved text added to its contract's corrections, and listed."""
    changes = undeclared_changes(content)
    files: dict[str, list[dict]] = {}
    for file, entry in changes:
        files.setdefault(file, []).append({**entry, "date": date.today().isoformat(), "type": kind})
    docs = content.layout.docs_dir
    for file, entries in files.items():
        add_corrections(docs / file, entries, docs)
        for entry in entries:
            print(visible(f"declared in docs/{file}: {entry['page']} {entry['unit']} ({entry['language']}) as {kind}"))
    print(f"declared {len(changes)} change{_s(changes)} as {kind}; build, check and approve")
    return 0


def report_approval(approval: Approval, limit: int) -> int:
    """What --approve recorded (the pairs new or changed, one line per page), the pairs it refused with their
    findings, and a summary line; exit status 1 when it refused any."""
    pages: dict[tuple[str, str], list[str]] = {}
    for page, language, key in approval.recorded:
        pages.setdefault((page, language), []).append(key)
    for (page, language), keys in pages.items():
        print(_wrapped(visible(f"recorded {page} ({language}): "), [visible(key) for key in keys]))
    refused, omitted = capped([finding for found in approval.refused.values() for finding in found], limit)
    if refused:
        print("not recorded, each pair with a finding other than needs-review (fix it, or declare the difference; "
              "then build and approve again):")
    for finding in refused:
        print(f"  {finding}")
    for check, count in omitted.items():
        print(f"  … and {count} more {check} finding{'s' if count != 1 else ''} (--max-per-check 0 shows all)")
    total, files = sum(approval.files.values()), ", ".join(display_path(path) for path in approval.files)
    print(visible(f"approved {len(approval.recorded)} new or changed unit pair{_s(approval.recorded)}; "
                  f"the memory holds {total} in {len(approval.files)} file{_s(approval.files)}"
                  + (f": {files}" if files else "")
                  + (f"; {len(approval.refused)} pair{_s(approval.refused)} not recorded" if approval.refused else "")))
    return 1 if approval.refused else 0


@quiet_on_closed_pipe
def main(argv: list[str] | None = None) -> int:
    try:
        arguments = parse_arguments(argv)
        if arguments.list_checks:
            for check in CHECKS.values():
                print(f"{check.name:<22} {check.description}")
            return 0
        tally, content = run(arguments)
        if arguments.approve:
            return report_approval(approve(content), arguments.max_per_check)
        if arguments.declare:
            return declare(content, arguments.declare)
        if arguments.show_alignment:
            page = None if arguments.show_alignment == "all" else arguments.show_alignment
            pages = content.layout.site.pages
            if page is not None and page not in pages:
                raise UsageError(f"unknown page '{page}' (pages: {', '.join(pages)}, or all)")
            print("\n".join(visible(line) for line in alignment_lines(content, page)))
            return 0
    except (UsageError, *runner.UNUSABLE) as error:
        print(visible(f"check_site.py: error: {error}"), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    report(tally, arguments.format, content.untranslated_explainers())
    return 1 if tally.total else 0


def program() -> int:
    """The command line as a program (check_site.py, check-site): the checker makes millions of small objects that
    live until the process ends and form no reference cycles of their own, so the cycle collector, whose passes
    over them took half of a run on a large site, is off. Only for a process of its own: main() leaves the
    interpreter's switches alone for a caller that goes on."""
    gc.disable()
    return _ended(main())


def _ended(code: int) -> int:
    """Leave at once once the output is out: the interpreter's teardown would free those millions of objects one by
    one (a tenth of a second on a site of 150 explainers), and nothing is left to write (the record cache and the
    memory are saved and closed, every child process joined)."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader has gone (`| head`): as quiet_on_closed_pipe ends
        code = 1
    if sys.getprofile() is None and sys.gettrace() is None:  # a profiler or a coverage tool writes at exit
        os._exit(code)
    return code


if __name__ == "__main__":
    raise SystemExit(program())
