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
import copy
import os
import sys
from pathlib import Path

import yaml

from .files import read_regular, refuse_links, write_atomic
from .generate import SOURCES, verbatim, yaml_string
from .layout import LayoutError, load_layout
from .pipes import quiet_on_closed_pipe
from .published import EXPLAINER_FILE, Explainer
from .site import Site
from .source import Source, SourceError, read_source

TODO = "TODO: translate"  # a placeholder the checker reports (language.yml placeholders)
FAQ_HEADING = "Frequently asked questions (FAQ)"  # the generator's "Usein kysytyt kysymykset (UKK)"


class TranslateError(ValueError):
    """The translation cannot be started (one line); nothing has been written."""


def _todo(original: str) -> str:
    """The placeholder for a text to translate, with its original as Markdown that renders as exactly that text."""
    return f"{TODO}: {verbatim(' '.join(original.split()))}"


def _front_matter_todo(original: str) -> str:
    """A page description to translate (front matter, so YAML-quoted, not Markdown)."""
    return f"---\ndescription: {yaml_string(f'{TODO}: ' + ' '.join(original.split()))}\n---"


def article(explainer: Explainer, source: Source, site: Site, strings) -> str:
    ids = site.contract.ids[explainer.page("article")]
    description = explainer.summary.get(site.source_language) or source.title.text  # the Finnish page's
    blocks = [_front_matter_todo(description), f"# {_todo(source.title.text)}"]
    for paragraph, element_id in zip(source.paragraphs, ids):
        blocks.append(f"{_todo(paragraph.text)}\n{{ #{element_id} }}")
    credit = f"{strings['source']}: {source.credited}"
    blocks.append(f"{verbatim(credit)}\n{{ #source-credit }}")
    faq = f" The article's FAQ section has its own page: [{strings['nav_faq']}](faq.md)." if source.faq else ""
    blocks.append(f"[{strings['nav_source']}](source.md) as received, with its checksum.{faq}\n{{ .lead }}")
    return "\n\n".join(blocks) + "\n"


def faq(explainer: Explainer, source: Source, site: Site, strings) -> str:
    ids = site.contract.ids[explainer.page("faq")]
    # the generator's own words on the Finnish page, in English; an editor who changed them writes their own
    description = f"The questions and answers of the article's FAQ section ({len(source.faq)}), translated."
    blocks = [f"---\ndescription: {yaml_string(description)}\n---", f"# {FAQ_HEADING}"]
    for entry, element_id in zip(source.faq, ids):
        blocks.append(f"## {_todo(entry.question.text)} {{ #{element_id} }}\n\n"
                      f"{_todo(entry.answer.text)}\n\n"
                      f"??? quote \"{strings['original']}\"\n\n"
                      f"    {verbatim(entry.question.text)}\n"
                      f"    {{ lang={site.source_language} .faq-original-question }}\n\n"
                      f"    {verbatim(entry.answer.text)}\n    {{ lang={site.source_language} }}")
    return "\n\n".join(blocks) + "\n"


def source_page(explainer: Explainer, site: Site, strings) -> str:
    """The source page needs no translation: the site's own words about the text as received."""
    raw = f"../{SOURCES.as_posix()}/{explainer.slug}.txt"
    return (f'---\ndescription: "The article\'s original text as received, with its SHA-256 checksum."\n---\n\n'
            f"# {strings['nav_source']}\n\n"
            "The article's text as received, character for character.\n{ .lead }\n\n"
            f"[Raw file (UTF-8 text)]({raw}){{ hreflang={site.source_language} type=text/plain }}\n\n"
            f"[[source-text: {explainer.source_path}]]\n")


def people(explainer: Explainer, strings) -> str:
    """The people page needs no translation of its own: its entries' translations are in explainer.yml (each
    entry's role and `translations`), which the listing shows once the explainer's title is translated."""
    return (f'---\ndescription: "The people and organisations the article names, with the source\'s sentences."\n'
            f"---\n\n# {strings['nav_people']}\n\n[[explainer-glossary: {explainer.slug}]]\n")


def _placeholder(original: str) -> str:
    return f"{TODO}: {' '.join(str(original).split())}"


def _contract(text: str, language: str, source_language: str) -> str:
    """The explainer's contract with the texts to fill in the translation language: the title, the summary, and
    each confirmed glossary entry's role and quotes, each a placeholder carrying its original. The edit is checked:
    the result must read as the old data plus exactly those keys (TranslateError otherwise)."""
    data = _load(text)
    if not isinstance(data, dict):
        raise TranslateError(f"{EXPLAINER_FILE} is not a mapping of keys to values")
    expected, after = copy.deepcopy(data), text
    try:
        after = _with_text_todos(data, expected, after, language, source_language)
        for index, entry in enumerate(data.get("glossary") or []):
            if not isinstance(entry, dict) or entry.get("confirmed") is not True:
                continue  # a candidate is not published: nothing of it to translate yet
            after = _with_entry_todos(entry, index, expected, after, language, source_language)
        same = yaml.safe_load(after) == expected
    except yaml.YAMLError:  # the first edit broke the file: the layout is not one this tool edits
        same = False
    if not same:
        raise TranslateError(f"cannot add '{language}' to the title, summary and confirmed entries in "
                             f"{EXPLAINER_FILE}: its layout is not one this tool edits; "
                             f"add `{language}: \"{TODO}\"` to each by hand")
    return after


def _with_text_todos(data: dict, expected: dict, after: str, language: str, source_language: str) -> str:
    """`after` with a placeholder for the title and the summary in the language (where it has none yet), each
    also added to `expected`."""
    for key in ("title", "summary"):
        if isinstance(data.get(key), dict) and language not in data[key]:
            todo = _placeholder(data[key].get(source_language, ""))
            expected[key][language] = todo
            after = _with_entry(after, [key], language, todo)
    return after


def _with_entry_todos(entry: dict, index: int, expected: dict, after: str, language: str,
                      source_language: str) -> str:
    """`after` with placeholders for a confirmed glossary entry (the `index`th): its role in the language and
    its quotes' translations, where it has none yet, each also added to `expected`."""
    role = entry.get("role")
    if isinstance(role, dict) and language not in role and isinstance(role.get(source_language), str):
        todo = _placeholder(role[source_language])
        expected["glossary"][index]["role"][language] = todo
        after = _with_entry(after, ["glossary", index, "role"], language, todo)
    quotes = entry.get("quotes") or []
    if quotes and "translations" not in entry:
        todos = [_placeholder(quote) for quote in quotes]
        expected["glossary"][index]["translations"] = {language: todos}
        after = _with_entry(after, ["glossary", index], "translations", {language: todos})
    return after


def _load(text: str):
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise TranslateError(f"{EXPLAINER_FILE} is not valid YAML: {' '.join(str(error).split())}") from None


def _node(text: str, path: list) -> tuple:
    """The YAML node at `path` (keys and list indexes) of a document, with the node of its key (None in a list)."""
    key, node = None, yaml.compose(text)
    for step in path:
        if isinstance(step, int):
            key, node = None, node.value[step]
        else:
            key, node = next(((k, v) for k, v in node.value if k.value == step), (None, None))
    return key, node


def _with_entry(text: str, path: list, key: str, value) -> str:
    """The document with `key: value` added to the mapping at `path`, where YAML's own parser places it (so
    comments and layout are kept): a line after the mapping's last entry in block style, at its entries' indent;
    an entry before the closing brace of a flow mapping ({fi: '…'}, on one line or several). A layout this gets
    wrong is caught by the check in _contract."""
    name, mapping = _node(text, path)
    if not isinstance(mapping, yaml.MappingNode):
        return text
    entry = f"{key}: {_flow(value)}"
    if mapping.flow_style:
        close = mapping.end_mark.index - 1  # the closing brace
        inside = text[mapping.start_mark.index + 1:close].rstrip()
        separator = " " if not inside.strip() or inside.endswith(",") else ", "  # {} and {fi: x,} take no comma
        return f"{text[:close].rstrip(' ')}{separator}{entry}{text[close:]}"
    lines = text.splitlines(keepends=True)
    indent = " " * mapping.start_mark.column
    if isinstance(value, dict):  # a mapping of lists (an entry's translations) reads best in block style
        block = yaml.safe_dump({key: value}, allow_unicode=True, sort_keys=False, width=1 << 20)
        entry = block.rstrip("\n").replace("\n", "\n" + indent)
    # under `title:` right away (a comment above the first entry stays above it); in a list item, after its end
    below = name.end_mark.line + 1 if name is not None else _last_line(mapping) + 1
    return "".join([*lines[:below], f"{indent}{entry}\n", *lines[below:]])


def _last_line(node) -> int:
    """The last line a node's text is on: a block collection's end mark is where the next token starts, so its
    last child is asked."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        return _last_line(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _last_line(node.value[-1])
    end = node.end_mark
    return end.line - 1 if end.column == 0 and end.line > node.start_mark.line else end.line


def _flow(value) -> str:
    return yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=1 << 20) \
        .removesuffix("\n...\n").strip()


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
    after = _contract(before, language, site.source_language)
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
