"""The command line of the explainer generator (scripts/new_explainer.py)."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

from .finnish import Morphology, MorphologyError
from .generate import GenerateError, plan
from .layout import LayoutError, load_layout
from .listings import ARCHIVE
from .published import EXPLAINER_FILE
from .source import SourceError, read_source

NEXT_STEPS = """Next:
  1. Check docs/{slug}/explainer.yml: the title and summary, the names under `entities`, and the glossary
     candidates under `glossary` (set `confirmed: true` on each one you have checked).
  2. Preview: .venv/bin/python scripts/preview.py, then open /{slug}/article/ (in {language}: /{folder}{slug}/article/,
     shown untranslated with a banner until translated).
  3. To translate: .venv/bin/python scripts/translate_explainer.py {slug} writes {translations} with every id and
     original in place, and adds `{language}` to title and summary in explainer.yml; replace each TODO with the
     translation. The checker's translation QA then applies to them.
  4. Check: build with --strict and run scripts/check_site.py (see README), then commit and push to publish."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):
        raise GenerateError(message)


def main(argv: list[str] | None = None) -> int:
    parser = _Parser(prog="new_explainer.py", description="Add an explainer for a Finnish article of the "
                     "source's shape (title line, paragraphs, optional UKK section, 'Lähde: …' credit).")
    parser.add_argument("source", help="the article as UTF-8 text")
    parser.add_argument("--slug", required=True, help="the explainer's address, e.g. ai-startups-finland")
    parser.add_argument("--force", action="store_true",
                        help="complete an explainer whose folder exists (missing files only; edited files are "
                             "never overwritten)")
    parser.add_argument("--config", default="mkdocs.yml", help="the site's mkdocs.yml (default: mkdocs.yml)")
    try:
        arguments = parser.parse_args(argv)
        # the shared contract only: a new explainer depends on no other, so adding one costs the same however
        # many the site has (an existing folder of that slug is found when writing)
        layout = load_layout(Path(arguments.config), explainers=False)
        site, docs = layout.site, layout.docs_dir
        source_path = Path(arguments.source)
        explainer = plan(read_source(source_path), source_path.read_bytes(), arguments.slug, site.contract,
                         site.source_language, Morphology(), _added(docs / arguments.slug / EXPLAINER_FILE))
        written = _write(docs, explainer.files(), arguments.slug, arguments.force, _reserved(site))
    except (GenerateError, SourceError, LayoutError, MorphologyError) as error:
        print(f"new_explainer.py: error: {error}", file=sys.stderr)
        return 2
    if not written:
        print(f"Nothing to do: docs/{arguments.slug}/ already has this explainer, unchanged.")
        return 0
    print(f"Created the explainer '{arguments.slug}':")
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
             if name.startswith(f"{arguments.slug}/") and name.endswith(".md")]
    translations = f"docs/{pages[0]}" + "".join(f", {page.rsplit('/', 1)[-1]}" for page in pages[1:])
    print(NEXT_STEPS.format(slug=arguments.slug, translations=translations, language=language,
                            folder=site.prefix(language)))
    return 0


def _reserved(site) -> set[str]:
    """Names at the site root an explainer's slug must not take: the language folders, the shared pages, the page
    kinds (old addresses of moved pages) and the build's own folders."""
    folders = {site.prefix(language).strip("/") for language in site.languages} - {""}
    return folders | set(site.pages) | set(site.contract.moved) | {"assets", "search", ARCHIVE}


def _added(contract: Path) -> str:
    """Today, or the day an earlier run wrote in the explainer's contract (so a rerun gives the same files)."""
    if contract.is_file():
        found = re.search(r"^added: '?(\d{4}-\d{2}-\d{2})'?$", contract.read_text(encoding="utf-8"), re.M)
        if found:
            return found.group(1)
    return date.today().isoformat()


def _write(docs: Path, files: dict[str, bytes], slug: str, force: bool, reserved: set[str]) -> list[str]:
    """Write the missing files, after checking that no existing one differs (then nothing is written)."""
    if slug in reserved:
        raise GenerateError(f"'{slug}' is a name the site uses already; choose another slug")
    missing = []
    for name, content in files.items():
        path = docs / name
        if not path.exists():
            missing.append(name)
        elif not path.is_file() or path.read_bytes() != content:
            raise GenerateError(f"docs/{name} exists and differs from what this source gives (edited, or another "
                                f"source); nothing written")
    if missing and len(missing) < len(files) and not force:
        raise GenerateError(f"the explainer '{slug}' exists already (docs/{slug}/); pass --force to add its "
                            f"missing files ({', '.join(missing)})")
    for name in missing:
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_bytes(files[name])
    return missing
