"""Start the translation of an explainer: its pages in the translation language with every id and every original
block in place, so the editor only writes the translation (scripts/translate_explainer.py).

Every text to translate is a placeholder that carries its original: "TODO: translate: <the Finnish>", the Finnish
escaped as the Finnish pages escape the source (generate.verbatim), so that, built before it is translated, it is
text, never markup. (The originals are not in HTML comments: a source line with "--->" would end one and what
follows would be live markup.) The checker's translation QA reports each placeholder (`placeholder`) until it is
replaced, so nothing half-done passes. Nothing existing is overwritten: a page already written is left as it is.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .generate import SOURCES, verbatim
from .layout import LayoutError, load_layout
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
    """The explainer's contract with the title and summary in the translation language to fill in."""
    lines = text.splitlines(keepends=True)
    for key in ("title:", "summary:"):
        at = next((n for n, line in enumerate(lines) if line.startswith(key)), None)
        if at is None or any(line.startswith(f"  {language}:") for line in lines[at + 1:at + 4]):
            continue
        lines.insert(at + 1, f'  {language}: "{TODO}"\n')
    return "".join(lines)


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
        source = read_source(docs / explainer.source_path)
        pages = {"article": article(explainer, source, site, strings), "source": source_page(explainer, site, strings)}
        if explainer.page("faq"):
            pages["faq"] = faq(explainer, source, site, strings)
        if (docs / site.markdown_name(f"{explainer.slug}/people", site.default_language)).is_file():
            pages["people"] = people(explainer, strings)  # published once an editor confirms a name
    except (TranslateError, LayoutError, SourceError) as error:
        print(f"translate_explainer.py: error: {error}", file=sys.stderr)
        return 2
    written = []
    for kind, text in pages.items():
        path = docs / site.markdown_name(f"{explainer.slug}/{kind}", language)
        if not path.exists():
            path.write_text(text, encoding="utf-8")
            written.append(path)
    contract = docs / explainer.slug / EXPLAINER_FILE
    before = contract.read_text(encoding="utf-8")
    after = _contract(before, language)
    if after != before:
        contract.write_text(after, encoding="utf-8")
        written.append(contract)
    if not written:
        print(f"Nothing to do: {explainer.slug} has its {language} pages already.")
        return 0
    print(f"Started the {language} translation of '{explainer.slug}':")
    print("\n".join(f"  {path.relative_to(docs.parent).as_posix()}" for path in written))
    print(f"Replace every '{TODO}: <Finnish>' with the English (keep each {{ #id }}), then build with --strict and "
          "run scripts/check_site.py: each TODO left is a `placeholder` finding.")
    return 0
