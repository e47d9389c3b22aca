"""The command line of the explainer generator (scripts/new_explainer.py)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import date
from pathlib import Path

from .corrections import PAGE as CORRECTIONS_PAGE
from .files import read_regular, refuse_links, write_atomic
from .finnish import Morphology, MorphologyError
from .generate import SOURCES, GenerateError, check_slug, plan
from .layout import LayoutError, load_layout
from .listings import ARCHIVE
from .pipes import quiet_on_closed_pipe
from .published import EXPLAINER_FILE
from .revise import revise
from .revise import write as write_revision
from .source import SourceError, parse_source, read_raw

NEXT_STEPS = """Next:
  1. Check docs/{slug}/explainer.yml: the title and summary, the names under `entities`, and the glossary
     candidates under `glossary` (set `confirmed: true` on each one you have checked).
  2. Preview: .venv/bin/python scripts/preview.py, then open /{slug}/article/ (in {language}: /{folder}{slug}/article/,
     shown untranslated with a banner until translated).
  3. To translate: .venv/bin/python scripts/translate_explainer.py {slug} writes {translations} with every id and
     original in place, and adds `{language}` to title and summary in explainer.yml; replace each TODO with the
     translation. The checker's translation QA then applies to them.
  4. Check: build with --strict and run scripts/check_site.py (see README), then commit and push to publish."""


REVISE_STEPS = """Next:
  1. In docs/{slug}/article.<language>.md and faq.<language>.md, translate each paragraph and FAQ entry marked
     .explainer-pending (a changed one still has its old translation, a new one its Finnish text, marked lang=fi
     with its answer) and remove the mark and lang=fi; check the editor's notes.
  2. Build with --strict, run scripts/check_site.py, review, approve (--approve), commit and push."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise GenerateError(message)


@quiet_on_closed_pipe
def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="new_explainer.py", description="Add an explainer for a Finnish article of the "
                     "source's shape (title line, paragraphs, optional UKK section, 'Lähde: …' credit).")
    parser.add_argument("source", help="the article as UTF-8 text")
    parser.add_argument("--slug", required=True, help="the explainer's address, e.g. ai-startups-finland")
    parser.add_argument("--force", action="store_true",
                        help="complete an explainer whose folder exists: add its missing files, and replace a "
                             "source copy no other source's contract records (an interrupted run's); edited pages "
                             "and contracts are never overwritten")
    parser.add_argument("--revise", action="store_true",
                        help="the source is a new version of the explainer's source: its paragraphs keep their ids, "
                             "changed ones are marked, the old version stays listed on the source page")
    parser.add_argument("--config", default="mkdocs.yml", help="the site's mkdocs.yml (default: mkdocs.yml)")
    try:
        arguments = parser.parse_args(argv)
        if arguments.revise:
            return _revise(arguments)
        # the shared contract only: a new explainer depends on no other, so adding one costs the same however
        # many the site has (an existing folder of that slug is found when writing)
        layout = load_layout(Path(arguments.config), explainers=False)
        site, docs = layout.site, layout.docs_dir
        check_slug(arguments.slug)  # before any path is made of it
        source_path = Path(arguments.source)
        raw = read_raw(source_path)  # read once: the copy is the bytes that were parsed
        explainer = plan(parse_source(source_path, raw), raw, arguments.slug, site.contract, site.source_language,
                         Morphology(), _added(docs, docs / arguments.slug / EXPLAINER_FILE))
        written = _write(docs, explainer.files(), arguments.slug, arguments.force, _reserved(site),
                         explainer.source.sha256)
    except (GenerateError, SourceError, LayoutError, MorphologyError) as error:
        print(f"new_explainer.py: error: {error}", file=sys.stderr)
        return 2
    if not written:
        print(f"Nothing to do: docs/{arguments.slug}/ already has this explainer, unchanged.")
        return 0
    _report_created(arguments.slug, explainer, written, site)
    return 0


def _report_created(slug: str, explainer, written: list[str], site) -> None:
    """What the generator wrote and found, and the editor's next steps."""
    print(f"Created the explainer '{slug}':")
    print("\n".join(f"  docs/{name}" for name in written))
    new = [name.name for name in explainer.names if name.existing is None]
    linked = [name.name for name in explainer.names if name.existing]
    print(f"Names: {len(new)} new ({', '.join(new) or 'none'}); {len(linked)} already in the glossary "
          f"({', '.join(linked) or 'none'}).")
    if explainer.spelling:
        print(f"Spelling to check (Voikko does not know these words; a typo gets an editor's note): "
              f"{', '.join(explainer.spelling)}.")
    language = site.translations[0]  # the pages to write: the ones this source gave, in that language
    pages = [site.markdown_name(name.removesuffix(".md"), language) for name in explainer.files()
             if name.startswith(f"{slug}/") and name.endswith(".md")]
    translations = f"docs/{pages[0]}" + "".join(f", {page.rsplit('/', 1)[-1]}" for page in pages[1:])
    print(NEXT_STEPS.format(slug=slug, translations=translations, language=language, folder=site.prefix(language)))


def _revise(arguments) -> int:
    """A new version of an existing explainer's source (explainer.revise)."""
    layout = load_layout(Path(arguments.config), explainers=False)
    check_slug(arguments.slug)
    source_path = Path(arguments.source)
    raw = read_raw(source_path)
    labels = {language: layout.ui[language]["original"] for language in layout.site.translations}
    revision = revise(layout.docs_dir, arguments.slug, parse_source(source_path, raw), raw, date.today().isoformat(),
                      labels)
    if revision is None:
        print(f"Nothing to do: the explainer '{arguments.slug}' already follows this version of its source.")
        return 0
    written = write_revision(layout.docs_dir, revision)
    print(f"Revised the explainer '{arguments.slug}' to version {revision.version} of its source:")
    print("\n".join(f"  docs/{name}" for name in written))
    print(f"Paragraphs: {_counted(revision.matched)}.")
    if revision.faq.ids or revision.faq.removed:
        print(f"FAQ entries: {_counted(revision.faq)}.")
    print(REVISE_STEPS.format(slug=arguments.slug))
    return 0


def _counted(matched) -> str:
    return ", ".join(f"{len(ids)} {what} ({', '.join(ids) or 'none'})" for what, ids in
                     (("changed", matched.changed), ("new", matched.added), ("removed", matched.removed)))


def _reserved(site) -> set[str]:
    """Names at the site root an explainer's slug must not take: the language folders, the shared pages, the page
    kinds (old addresses of moved pages) and the build's own folders."""
    folders = {site.prefix(language).strip("/") for language in site.languages} - {""}
    return folders | set(site.pages) | set(site.contract.moved) | {"assets", "search", ARCHIVE, CORRECTIONS_PAGE}


def _added(docs: Path, contract: Path) -> str:
    """Today, or the day an earlier run wrote in the explainer's contract (so a rerun gives the same files).
    A contract that cannot be read here (a link, not a file) counts as none: writing then refuses it."""
    try:
        refuse_links(contract, docs)
        text = read_regular(contract).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return date.today().isoformat()
    found = re.search(r"^added: '?(\d{4}-\d{2}-\d{2})'?$", text, re.M)
    return found.group(1) if found else date.today().isoformat()


def _write(docs: Path, files: dict[str, bytes], slug: str, force: bool, reserved: set[str], sha256: str) -> list[str]:
    """Write the missing files, after checking every target (no symbolic link on the way, no existing file that
    differs, but a source copy --force may replace): one refused target and nothing is written. Each file is
    written whole or not at all."""
    if slug in reserved:
        raise GenerateError(f"'{slug}' is a name the site uses already; choose another slug")
    for name in files:
        _refuse_link(docs, name)
    copy = (SOURCES / f"{slug}.txt").as_posix()
    replaceable = {copy} if _copy_replaceable(docs, slug, sha256) else set()
    missing = [name for name, content in files.items() if not _same(docs, name, content, name in replaceable, force)]
    if missing and len(missing) < len(files) and not force:
        raise GenerateError(f"the explainer '{slug}' exists already (docs/{slug}/); pass --force to add its "
                            f"missing files ({', '.join(missing)})")
    for name in missing:
        try:
            write_atomic(docs / name, files[name], docs)
        except OSError as error:  # a full disk, say: the files written before it stay, and --force completes them
            raise GenerateError(f"cannot write docs/{name}: {error.strerror or error}") from None
    return missing


def _refuse_link(docs: Path, name: str) -> None:
    """A symbolic link planted on a target's path would send the write outside docs/ (one line naming it)."""
    try:
        refuse_links(docs / name, docs)
    except OSError as error:
        raise GenerateError(f"{error}; nothing written") from None


def _copy_replaceable(docs: Path, slug: str, sha256: str) -> bool:
    """Whether the slug's source copy may be replaced (with --force) when it differs: no contract of the slug
    records another source. Then the copy is what a run interrupted before its contract left (an older generator
    wrote it in place, so a kill left it truncated), or a damaged copy of this very source; once a contract records
    another source, the copy is that explainer's and stays."""
    contract = docs / slug / EXPLAINER_FILE
    if not os.path.lexists(contract):
        return True
    try:
        text = read_regular(contract).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(rf"^\s+sha256: ['\"]?{sha256}['\"]?\s*$", text, re.M) is not None


def _same(docs: Path, name: str, content: bytes, replaceable: bool, force: bool) -> bool:
    """Whether docs/`name` exists with exactly `content` (False: it is missing, or a replaceable file to replace
    with --force); anything else there stops the run, since it would be lost if overwritten."""
    path = docs / name
    if not os.path.lexists(path):
        blocked = next((folder for folder in Path(name).parents if (docs / folder).exists()
                        and not (docs / folder).is_dir()), None)
        if blocked is not None:  # mkdir would fail only after the files before it were written
            raise GenerateError(f"docs/{blocked.as_posix()} is not a folder; nothing written")
        return False
    try:
        if read_regular(path) == content:
            return True
    except OSError:
        pass  # not a regular file of bounded size: it differs too
    if replaceable and path.is_file():  # never a folder or a special file: those are someone's mistake to look at
        if force:
            return False
        raise GenerateError(f"docs/{name} exists and differs from this source, and no other source's contract "
                            f"records it (left by an interrupted run?); nothing written: pass --force to replace it")
    raise GenerateError(f"docs/{name} exists and differs from what this source gives (edited, another source, or "
                        f"left by an interrupted run); nothing written: compare the two, then delete docs/{name} "
                        f"or choose another --slug")
