"""Start the translation of an explainer: its pages in the translation language with every id and every original
block in place, so the editor only writes the translation (scripts/translate_explainer.py).

Every text to translate is a placeholder that carries its original: "TODO: translate: <the Finnish>", the Finnish
escaped as the Finnish pages escape the source (generate.verbatim), so that, built before it is translated, it is
text, never markup. (The originals are not in HTML comments: a source line with "--->" would end one and what
follows would be live markup.) The checker's translation QA reports each placeholder (`placeholder`) until it is
replaced, so nothing half-done passes. Nothing existing is overwritten: a page already written is left as it is.
Every target is checked before anything is written (no symbolic link on its path), and each file is written whole
or not at all.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import yaml

from .files import read_regular, refuse_links, write_atomic
from .generate import SOURCES, verbatim
from .layout import LayoutError, load_layout
from .pipes import quiet_on_closed_pipe
from .published import EXPLAINER_FILE, Explainer
from .site import Site
from .source import Source, SourceError, read_source

TODO = "TODO: translate"  # a placeholder the checker reports (language.yml placeholders)


class TranslateError(ValueError):
    """The translation cannot be started (one line); nothing has been written."""


def _todo(original: str) -> str:
    """The placeholder for a text to translate, with its original as Markdown that renders as exactly that text."""
    return f"{TODO}: {verbatim(' '.join(original.split()))}"


def article(explainer: Explainer, source: Source, site: Site, strings) -> str:
    ids = site.contract.ids[explainer.page("article")]
    blocks = [f'---\ndescription: "{TODO} the description"\n---', f"# {_todo(source.title.text)}"]
    for paragraph, element_id in zip(source.paragraphs, ids):
        blocks.append(f"{_todo(paragraph.text)}\n{{ #{element_id} }}")
    blocks.append(f"{verbatim(f'{strings.source}: {source.credited}')}\n{{ #source-credit }}")
    faq = f" The article's FAQ section has its own page: [{strings.nav_faq}](faq.md)." if source.faq else ""
    blocks.append(f"[{strings.nav_source}](source.md) as received, with its checksum.{faq}\n{{ .lead }}")
    return "\n\n".join(blocks) + "\n"


def faq(explainer: Explainer, source: Source, site: Site, strings) -> str:
    ids = site.contract.ids[explainer.page("faq")]
    blocks = [f'---\ndescription: "{TODO} the description"\n---', f"# {TODO}"]
    for entry, element_id in zip(source.faq, ids):
        blocks.append(f"## {_todo(entry.question.text)} {{ #{element_id} }}\n\n"
                      f"{_todo(entry.answer.text)}\n\n"
                      f'??? quote "{strings.original}"\n\n'
                      f"    {verbatim(entry.question.text)}\n"
                      f"    {{ lang={site.source_language} .faq-original-question }}\n\n"
                      f"    {verbatim(entry.answer.text)}\n    {{ lang={site.source_language} }}")
    return "\n\n".join(blocks) + "\n"


def source_page(explainer: Explainer, site: Site, strings) -> str:
    """The source page needs no translation: the site's own words about the text as received."""
    raw = f"../{SOURCES.as_posix()}/{explainer.slug}.txt"
    return (f'---\ndescription: "The article\'s original text as received, with its SHA-256 checksum."\n---\n\n'
            f"# {strings.nav_source}\n\n"
            "The article's text as received, character for character.\n{ .lead }\n\n"
            f"[Raw file (UTF-8 text)]({raw}){{ hreflang={site.source_language} type=text/plain }}\n\n"
            f"[[source-text: {explainer.source_path}]]\n")


def people(explainer: Explainer, strings) -> str:
    """The people page needs no translation of its own: its entries' translations are in explainer.yml (each
    entry's role and `translations`), which the listing shows once the explainer's title is translated."""
    return (f'---\ndescription: "The people and organisations the article names, with the source\'s sentences."\n'
            f"---\n\n# {strings.nav_people}\n\n[[explainer-glossary: {explainer.slug}]]\n")


def _contract(text: str, language: str) -> str:
    """The explainer's contract with the title and summary in the translation language to fill in. The edit is
    checked: the result must read as the old data plus exactly those keys (TranslateError otherwise)."""
    data = _load(text)
    if not isinstance(data, dict):
        raise TranslateError(f"{EXPLAINER_FILE} is not a mapping of keys to values")
    expected, after = dict(data), text
    try:
        for key in ("title", "summary"):
            if isinstance(data.get(key), dict) and language not in data[key]:
                expected[key] = {**data[key], language: TODO}
                after = _with_language(after, key, language)
        same = yaml.safe_load(after) == expected
    except yaml.YAMLError:  # the first edit broke the file: the layout is not one this tool edits
        same = False
    if not same:
        raise TranslateError(f"cannot add '{language}' to title and summary in {EXPLAINER_FILE}: its layout is not "
                             f"one this tool edits; add `{language}: \"{TODO}\"` to each by hand")
    return after


def _load(text: str):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise TranslateError(f"{EXPLAINER_FILE} is not valid YAML: {' '.join(str(error).split())}") from None


def _with_language(text: str, key: str, language: str) -> str:
    """The contract with `language: TODO` added to the top-level mapping `key`, where YAML's own parser places it
    (so comments and layout are kept): a line under the key of a block mapping, at its entries' indent; an entry
    before the closing brace of a flow mapping ({fi: '…'}, on one line or several). A layout this gets wrong is
    caught by the check in _contract."""
    name, value = next(((k, v) for k, v in yaml.compose(text).value if k.value == key), (None, None))
    entry = f'{language}: "{TODO}"'
    if not isinstance(value, yaml.MappingNode):
        return text
    if value.flow_style:
        close = value.end_mark.index - 1  # the closing brace
        inside = text[value.start_mark.index + 1:close].rstrip()
        separator = " " if not inside.strip() or inside.endswith(",") else ", "  # {} and {fi: x,} take no comma
        return f"{text[:close].rstrip(' ')}{separator}{entry}{text[close:]}"
    lines = text.splitlines(keepends=True)
    below = name.end_mark.line + 1  # right under `title:`: a comment above the first entry stays above it
    return "".join([*lines[:below], f"{' ' * value.start_mark.column}{entry}\n", *lines[below:]])


@quiet_on_closed_pipe
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="translate_explainer.py",
                                     description="Start the translation of an explainer: its pages with every id "
                                                 "and original in place, each text to translate a TODO.")
    parser.add_argument("slug", help="the explainer, e.g. ai-startups-finland")
    parser.add_argument("--config", default="mkdocs.yml", help="the site's mkdocs.yml (default: mkdocs.yml)")
    arguments = parser.parse_args(argv)
    try:
        layout = load_layout(Path(arguments.config))
        site, docs = layout.site, layout.docs_dir
        explainer = next((e for e in site.explainers if e.slug == arguments.slug), None)
        if explainer is None:
            raise TranslateError(f"no explainer '{arguments.slug}' (explainers: "
                                 f"{', '.join(e.slug for e in site.explainers)})")
        language = site.translations[0]
        strings = layout.ui[language]
        _refuse_link(docs / explainer.source_path, docs)
        source = read_source(docs / explainer.source_path)
        pages = {"article": article(explainer, source, site, strings), "source": source_page(explainer, site, strings)}
        if explainer.page("faq"):
            pages["faq"] = faq(explainer, source, site, strings)
        if (docs / site.markdown_name(f"{explainer.slug}/people", site.default_language)).is_file():
            pages["people"] = people(explainer, strings)  # published once an editor confirms a name
        changes = _changes(docs, site, explainer, pages, language)
        for path, text in changes.items():
            _write(path, text, docs)
    except (TranslateError, LayoutError, SourceError) as error:
        print(f"translate_explainer.py: error: {error}", file=sys.stderr)
        return 2
    written = list(changes)
    if not written:
        print(f"Nothing to do: {explainer.slug} has its {language} pages already.")
        return 0
    print(f"Started the {language} translation of '{explainer.slug}':")
    print("\n".join(f"  {path.relative_to(docs.parent).as_posix()}" for path in written))
    print(f"Replace every '{TODO}: <Finnish>' with the English (keep each {{ #id }}), then build with --strict and "
          "run scripts/check_site.py: each TODO left is a `placeholder` finding.")
    return 0


def _changes(docs: Path, site: Site, explainer: Explainer, pages: dict[str, str], language: str) -> dict[Path, str]:
    """What to write: the pages not there yet and the contract with the language added, every target checked
    first (a symbolic link on any of them stops the run before anything is written)."""
    targets = {docs / site.markdown_name(f"{explainer.slug}/{kind}", language): text for kind, text in pages.items()}
    contract = docs / explainer.slug / EXPLAINER_FILE
    for path in [*targets, contract]:
        _refuse_link(path, docs)
    changes = {path: text for path, text in targets.items() if not os.path.lexists(path)}
    try:
        before = read_regular(contract).decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise TranslateError(f"cannot read {contract}: {error}") from None
    after = _contract(before, language)
    if after != before:
        changes[contract] = after
    return changes


def _refuse_link(path: Path, docs: Path) -> None:
    """A symbolic link on a path read or written would reach outside docs/ (one line naming it)."""
    try:
        refuse_links(path, docs)
    except OSError as error:
        raise TranslateError(f"{error}; nothing written") from None


def _write(path: Path, text: str, docs: Path) -> None:
    try:
        write_atomic(path, text, docs)
    except OSError as error:  # a full disk, say: a rerun writes what is still missing
        raise TranslateError(f"cannot write {path}: {error.strerror or error}") from None
