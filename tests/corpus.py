"""The corpus (tests/fixtures/corpus/README.md): each article, with the editor's decisions and its English, run
through the README's workflow as an editor runs it: generate, confirm names, translate, fill in the English.

Approving, building and checking are the site's, done once for all the articles in the tests.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from explainer.generate import verbatim, yaml_string
from explainer.ids import slugify
from explainer.language import sentences

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
TODO = "TODO: translate: "


@dataclass(frozen=True)
class Article:
    """A corpus article: its source and English line for line, and what the editor decided."""
    slug: str
    folder: Path
    editor: dict

    @property
    def held_out(self) -> bool:
        return bool(self.editor.get("held-out"))

    @property
    def source(self) -> Path:
        return self.folder / "source.fi.txt"

    def lines(self, language: str) -> list[str]:
        return (self.folder / f"source.{language}.txt").read_text(encoding="utf-8").splitlines()

    def english(self) -> dict[str, str]:
        """Each Finnish line of the source with its English (the files are line for line)."""
        finnish, english = self.lines("fi"), self.lines("en")
        assert len(finnish) == len(english), f"{self.slug}: {len(finnish)} Finnish lines, {len(english)} English"
        found = {" ".join(fi.split()): " ".join(en.split()) for fi, en in zip(finnish, english) if fi.strip()}
        block: list[tuple[str, str]] = []  # lines without a blank line between are one paragraph (a contacts block)
        for fi, en in [*zip(finnish, english), ("", "")]:
            if fi.strip():
                block.append((fi, en))
                continue
            if len(block) > 1:
                found[" ".join(" ".join(f for f, _ in block).split())] = " ".join(" ".join(e for _, e in block).split())
            block = []
        return dict(sorted(found.items(), key=lambda item: -len(item[0])))  # the longest replaced first

    def names(self) -> dict[str, list[str]]:
        return {entry["name"]: list(entry.get("forms") or []) for entry in self.editor.get("names") or []}

    def english_forms(self, name: str) -> list[str]:
        """The English the editor gives a name ("Koivurinne School" for "Koivurinteen koulu"), if it differs."""
        entry = next((e for e in self.editor.get("names") or [] if e["name"] == name), {})
        return list(entry.get("en") or [])


def read_yaml(path: Path):
    """A YAML file's data, read with libyaml's safe loader (the pure-Python one took seconds over the corpus)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def articles() -> list[Article]:
    return [Article(folder.name, folder, read_yaml(folder / "editor.yml"))
            for folder in sorted(CORPUS.iterdir()) if (folder / "editor.yml").is_file()]


def run(project: Path, script: str, *arguments: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / script), *arguments], cwd=project,
                            capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert result.returncode == 0, f"{script} {' '.join(arguments)}: {result.stderr}"
    return result


def generate(project: Path, article: Article, slug: str | None = None) -> None:
    run(project, "new_explainer.py", str(article.source), "--slug", slug or article.slug)


def decide(project: Path, article: Article) -> None:
    """What the editor does in explainer.yml before translating: the names as they are (base form, with the
    forms whose stem changes), and the entries confirmed with a role and chosen quotes."""
    path = project / "docs" / article.slug / "explainer.yml"
    data = read_yaml(path)
    proposed = dict(next(iter(e.items())) if isinstance(e, dict) else (e, []) for e in data.get("entities") or [])
    data["entities"] = []
    owner = {form: name for name, forms in article.names().items() for form in (name, *forms)}
    for name, forms in article.names().items():  # the generator's other forms of a name kept, the editor's added
        kept = [form for form in proposed.get(name, []) if owner.get(form, name) == name]  # not another name's
        aliases = [form for form in dict.fromkeys([*kept, *forms, *article.english_forms(name)])
                   if not form.startswith(name)]
        data["entities"].append({name: aliases} if aliases else name)
    data["entities"] += list(article.editor.get("terms") or [])  # declared for QA, not counted as names
    entries = data.get("glossary") or []
    for decision in article.editor.get("confirm") or []:
        forms = {decision["name"], *article.names().get(decision["name"], [])}
        entry = next((e for e in entries if e["name"] == decision["name"]), None) \
            or next((e for e in entries if e["name"] in forms), None)
        if entry is None:  # a name the generator missed: the editor writes its entry (README's people entry)
            entry = _by_hand(path.parent, decision["name"], forms)
            entries.append(entry)
            data["glossary"] = entries
        entry.update(name=decision["name"], confirmed=True, role={"fi": decision["role"]["fi"]},
                     quotes=list(decision["quotes"]))
    _replace(path, yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000))


def _replace(path: Path, text: str) -> None:
    """A contract written whole or not at all: the corpus is replayed an article per worker, and each command reads
    every explainer's contract."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def _by_hand(folder: Path, name: str, forms: set[str]) -> dict:
    """A glossary entry as an editor writes one the generator did not propose: its id from the name, its mentions
    the paragraphs and FAQ entries that use one of its forms."""
    mentions = []
    for page, blocks in (("article.md", r"\n\s*\n"), ("faq.md", r"\n(?=## )")):
        markdown = folder / page
        for block in re.split(blocks, markdown.read_text(encoding="utf-8")) if markdown.is_file() else []:
            found = re.search(r"\{ #([a-z0-9-]+) \}", block)
            if found and any(form in block for form in forms):
                mentions.append(found.group(1))
    return {"name": name, "id": slugify(name, 4), "confirmed": False, "mentions": mentions, "quotes": []}


def translate(project: Path, article: Article) -> None:
    """The translate command, then every TODO replaced by the English and nothing else."""
    run(project, "translate_explainer.py", article.slug)
    english = article.english()
    folder = project / "docs" / article.slug
    summary = _first_sentence(english[" ".join(article.lines("fi")[2].split())])
    for page in sorted(folder.glob("*.en.md")):
        text = page.read_text(encoding="utf-8")
        for finnish, translated in english.items():  # Markdown: the Finnish as the pages escape it
            text = text.replace(TODO + verbatim(finnish), verbatim(translated))
        text = text.replace(yaml_string(TODO + _description(folder)), yaml_string(summary))
        assert "TODO" not in text, f"{page}: a placeholder left: {text[text.index('TODO'):][:80]}"
        for unit, declaration in _markdown_differs(article).items():  # as README, "Changing a…"
            text = text.replace(f"{{ #{unit} }}", f'{{ #{unit} data-differs="{declaration}" }}')
        page.write_text(text, encoding="utf-8")
    path = folder / "explainer.yml"
    data = read_yaml(path)
    data["title"]["en"] = english[" ".join(article.lines("fi")[0].split())]
    data["summary"]["en"] = summary
    decisions = {d["name"]: d for d in article.editor.get("confirm") or []}
    for entry in data.get("glossary") or []:
        if entry.get("confirmed"):
            decision = decisions[entry["name"]]
            entry["role"]["en"] = decision["role"]["en"]
            entry["translations"] = {"en": list(decision["translations"]["en"])}
    contract_differs = {unit: declaration for unit, declaration in (article.editor.get("differs") or {}).items()
                        if unit not in _markdown_differs(article)}
    if contract_differs:  # units with no Markdown to declare them on: in the contract (README, "Changing a…")
        data["differs"] = {"en": contract_differs}
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
    assert "TODO" not in text, f"{path}: a placeholder left"
    _replace(path, text)


def _markdown_differs(article: Article) -> dict[str, str]:
    """The editor's declarations on paragraphs ("p-…"), made in the Markdown; the others ("#id role", "article
    title") go in the contract."""
    return {unit: declaration for unit, declaration in (article.editor.get("differs") or {}).items()
            if not unit.startswith("#") and " " not in unit}


def _first_sentence(text: str) -> str:
    found = sentences(text, "en")
    return found[0] if found else text


def _description(folder: Path) -> str:
    front = (folder / "article.md").read_text(encoding="utf-8").split("---")[1]
    return " ".join(str(yaml.safe_load(front)["description"]).split())


def replay(project: Path, article: Article) -> None:
    """An article from source to a translated explainer waiting for approval."""
    generate(project, article)
    decide(project, article)
    translate(project, article)


def generated_names(project: Path, article: Article, slug: str) -> list[str]:
    """The names the generator proposed for an article (its glossary candidates)."""
    generate(project, article, slug)
    data = read_yaml(project / "docs" / slug / "explainer.yml")
    return [entry["name"] for entry in data.get("glossary") or []]


def declared_names(project: Path, slug: str) -> set[str]:
    """The names a generated contract declares (its `entities`), a name only the title has among them: the
    generator declares it and offers no glossary candidate for it (no paragraph mentions it)."""
    data = read_yaml(project / "docs" / slug / "explainer.yml")
    return {next(iter(entity)) if isinstance(entity, dict) else entity for entity in data.get("entities") or []}
