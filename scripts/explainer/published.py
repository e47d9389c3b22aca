"""The published contract: page names and kinds, fixed ids, declared named entities and moved pages.

The shared part lives with the site (docs/site.yml, the plugin's `contract` option); each explainer adds its own,
docs/<slug>/explainer.yml, with its source, its pages (named "<slug>/<page>") and their ids. `read_contract`
reads both afresh for one docs folder; the result is passed to whoever needs it, never kept in this module.
"""

from __future__ import annotations

import os
import pickle
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Protocol

import yaml

from . import corrections as corrections_of
from .corrections import Correction, CorrectionsError, is_day
from .text import entities as found_entities
from .text import normalise

SHARED_FILE = "site.yml"  # the default of the plugin's `contract` option, relative to docs_dir
EXPLAINER_FILE = "explainer.yml"
KINDS = ("home", "article", "glossary", "faq", "source")
EXPLAINER_KINDS = ("article", "faq", "source")  # kinds of an explainer's pages only: each reads its source
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
PARALLEL_FROM = 200  # explainer files: below this, a second process to read them costs more than it saves


# --- Reading YAML ---------------------------------------------------------------------------------------------

class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml's where PyYAML has it: 10x faster
    """The safe loader for a contract without aliases."""


class _AliasRefusingLoader(yaml.SafeLoader):
    """The pure-Python safe loader, which stops at the first alias. An alias repeats a node without copying it, so
    ten nested lists of nine aliases are a small file that expands to 9^10 items wherever it is walked; contracts
    need none. libyaml composes aliases where no Python hook sees them, hence this loader."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(None, None, "an alias (*name): a contract may not use YAML aliases",
                                              self.peek_event().start_mark)
        return super().compose_node(parent, index)


# A date is read as the text it is (2026-12-01), checked where it is used: YAML's own timestamps fail with a
# ValueError, not a YAML error, on a day that does not exist (2026-13-45).
for _loader in (_FastLoader, _AliasRefusingLoader):
    _loader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


def _parse(text: str) -> object:
    """A contract's data. Every alias is written with a "*": text without one has none and is read at libyaml's
    speed; any other by the loader that refuses aliases."""
    return yaml.load(text, Loader=_FastLoader if "*" not in text else _AliasRefusingLoader)


def repeats_a_node(data: object) -> bool:
    """Whether YAML data (front matter MkDocs has read, say) holds one list or mapping twice: what an alias makes,
    and what lets a small file expand to billions of items when printed or walked. Each node is visited once."""
    seen, stack = set(), [data]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, dict)):
            if id(node) in seen:
                return True
            seen.add(id(node))
            stack.extend(node.values() if isinstance(node, dict) else node)
    return False


class ContractError(ValueError):
    """A contract file cannot be read or lacks a key (one line, naming the file and the key)."""


@dataclass(frozen=True)
class SourceRevision:
    """A new version of an explainer's source (explainer.revise): its number (the first source is 1), its day and
    the ids of the paragraphs it changed, added and removed."""
    version: int
    day: str
    changed: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Explainer:
    slug: str
    title: dict[str, str]  # language -> title; an untranslated explainer has only Finnish
    summary: dict[str, str]
    source_path: str  # relative to docs_dir
    source_sha256: str
    pages: tuple[str, ...]  # full page names, "<slug>/article"
    names: tuple[str, ...] = ()  # the names it declares, every form
    aliases: dict[str, str] = field(default_factory=dict)  # its forms whose stem changes -> their name
    glossary: tuple[dict, ...] = ()  # its glossary page's entries: name, id, mentions, quotes, ...
    added: str = ""  # the day it was added to the site (ISO 8601), which orders the home page and the archive
    updated: str = ""  # the day it last changed for readers (ISO 8601), if after it was added
    corrections: tuple[Correction, ...] = ()  # oldest first (explainer.corrections)
    versions: tuple[tuple[str, str], ...] = ()  # the source's earlier versions, oldest first: (path, sha256)
    revisions: tuple[SourceRevision, ...] = ()  # each later version of the source, oldest first
    # differences a translation makes on purpose in units with no Markdown to declare them on (a title, summary,
    # role or quote; a page's title or description): language -> unit ("#id role", "article title") -> declaration
    differs: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def last_updated(self) -> str:
        """The day readers last saw it change: the contract's updated, or a later correction's or revision's day
        ("" if none)."""
        return max((self.updated, *(entry.day for entry in self.corrections if entry.shown),
                    *(revision.day for revision in self.revisions)), default="")

    def revision_of(self, element_id: str) -> SourceRevision | None:
        """The latest revision of the source that changed, added or removed a unit."""
        return next((revision for revision in reversed(self.revisions)
                     if element_id in (*revision.changed, *revision.added, *revision.removed)), None)

    @property
    def modified(self) -> str:
        """The day it last changed: last updated, else added ("" if neither is known)."""
        return self.last_updated or self.added

    def page(self, kind: str) -> str | None:
        return next((page for page in self.pages if page.rsplit("/", 1)[-1] == kind), None)

    def declared_on(self, page: str, language: str) -> dict[str, str]:
        """Its declared differences that apply on a page, by unit key: an "#id …" unit wherever it is shown (its
        title and summary on the home page, its people's roles and quotes on both people pages), a page's own unit
        ("article title") on that page only."""
        name = page.rsplit("/", 1)[-1] if page in self.pages else None
        found = {}
        for unit, declaration in self.differs.get(language, {}).items():
            where, _, key = unit.partition(" ")
            if unit.startswith("#"):
                found[unit] = declaration
            elif name is not None and where == name:
                found[key] = declaration
        return found


@dataclass(frozen=True)
class Names:
    """Declared names (people, organisations, terms), matched at a word start so that inflected forms count, and
    the forms whose stem changes ("Korhosen" -> "Korhonen")."""
    entities: tuple[str, ...]
    aliases: dict[str, str] = field(default_factory=dict)
    where: str = SHARED_FILE  # the contract file a name missing here belongs in (below docs/)

    def normalised(self) -> Names:
        """These names as a compared unit's text is written: plain quotes and dashes ("Residents’ Movement" as
        "Residents' Movement", explainer.text.normalise)."""
        return Names(tuple(dict.fromkeys(normalise(name) for name in self.entities)),
                     {normalise(alias): normalise(name) for alias, name in self.aliases.items()}, self.where)

    def found_in(self, text: str) -> set[str]:
        """The declared names in a text, an alias counted as its name."""
        return found_entities(text, self.present(text), self.aliases)

    def present(self, text: str) -> list[str]:
        """The names that occur in a text (anywhere: callers look for them at a word start). The shared pages are
        checked with every explainer's names (thousands): only those whose first three characters occur are tried."""
        if len(self.entities) < 200:  # an explainer's page: trying each name is cheaper than indexing the text
            return [name for name in self.entities if name in text]
        grams = {text[start:start + size] for size in (1, 2, 3) for start in range(len(text) - size + 1)}
        return [name for gram in grams for name in self._by_prefix.get(gram, ()) if name in text]

    @cached_property
    def _by_prefix(self) -> dict[str, list[str]]:
        index: dict[str, list[str]] = {}
        for name in self.entities:
            index.setdefault(name[:3], []).append(name)
        return index


@dataclass(frozen=True)
class Allowance:
    """Markup a page may carry that explainer.checks_markup would report: an element (`iframe`), or one event
    handler of it (`onclick`), loading from one origin ("https://host", "data:") or, without one, from the site only."""
    page: str
    element: str
    attribute: str = ""
    origin: str = ""


@dataclass(frozen=True)
class Contract:
    pages: tuple[str, ...]
    kinds: dict[str, str]  # page name -> one of KINDS
    ids: dict[str, tuple[str, ...]]
    entities: tuple[str, ...]  # people, organisations and terms, matched at a word start (inflected forms count)
    moved: dict[str, str]  # old page name -> its page now
    explainers: tuple[Explainer, ...] = ()
    aliases: dict[str, str] = field(default_factory=dict)  # inflected form with another stem -> its name
    shared: tuple[str, ...] = ()  # the names the shared contract declares (site.yml), which every page may use
    shared_aliases: dict[str, str] = field(default_factory=dict)  # their other forms -> their name
    allowed_markup: tuple[Allowance, ...] = ()  # raw HTML a page may carry (site.yml `allowed-markup`)
    # where readers report an error (site.yml `report-errors`): {"url": an https address template} or {"mail": an
    # address}; empty: no report link
    report_errors: dict[str, str] = field(default_factory=dict)
    corrections: tuple[Correction, ...] = ()  # of the shared pages (site.yml), oldest first

    def corrections_of(self, page: str) -> tuple[Correction, ...]:
        """The corrections declared for a page: its explainer's, or the shared contract's."""
        explainer = self.explainer_of(page)
        return tuple(entry for entry in (explainer.corrections if explainer else self.corrections)
                     if entry.page == page)

    @property
    def names(self) -> Names:
        """Every declared name: what the shared pages (home, glossary), which speak of every explainer, use."""
        return Names(self.entities, self.aliases)

    def names_for(self, page: str) -> Names:
        """The names a page is checked with: an explainer's page has the shared names and its own only, so one
        explainer's names never change another's findings; a shared page has every name."""
        explainer = self.explainer_of(page)
        if explainer is None:
            # the home page's own text uses the site's names; each explainer it lists, its own (listed_names)
            return Names(self.shared, self.shared_aliases) if self.kinds.get(page) == "home" else self.names
        return Names(tuple(dict.fromkeys(self.shared + explainer.names)), {**self.shared_aliases, **explainer.aliases},
                     f"{explainer.slug}/{EXPLAINER_FILE}")

    def declared_differences(self, page: str, language: str) -> dict[str, str]:
        """The differences contracts declare on a page's translation into a language: its explainer's, or on a
        shared page every explainer's."""
        explainer = self.explainer_of(page)
        found: dict[str, str] = {}
        for each in (explainer,) if explainer is not None else self.explainers:
            found.update(each.declared_on(page, language))
        return found

    def listed_names(self, slug: str) -> Names:
        """The names an explainer's title and summary are checked with, where the home page lists them."""
        explainer = self.explainer(slug)
        return self.names_for(explainer.pages[0]) if explainer is not None and explainer.pages else self.names

    @cached_property
    def chronological(self) -> tuple[Explainer, ...]:
        """The explainers in the order they were added (by day, then slug): the archive's pages never reorder."""
        return tuple(sorted(self.explainers, key=lambda explainer: (explainer.added, explainer.slug)))

    def explainer_of(self, page: str) -> Explainer | None:
        return self._owners.get(page)

    def explainer(self, slug: str) -> Explainer | None:
        return self._slugs.get(slug)

    def shared_pages(self, kind: str) -> list[str]:
        """The site's own pages of a kind, not an explainer's ("people", not "<slug>/people")."""
        return [page for page, its in self.kinds.items() if its == kind and page not in self._owners]

    @cached_property
    def _slugs(self) -> dict[str, Explainer]:
        return {explainer.slug: explainer for explainer in self.explainers}

    @cached_property
    def _owners(self) -> dict[str, Explainer]:  # page -> its explainer: looked up per page, for any number
        return {page: explainer for explainer in self.explainers for page in explainer.pages}


def _list(data: dict, key: str, path: Path, required: bool = True) -> list:
    value = data.get(key, None if required else [])
    if not _strings(value):
        raise ContractError(f"{path}: '{key}' must be a list of names")
    return value


def _strings(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _ids(ids: dict, page: str, path: Path) -> tuple[str, ...]:
    """A page's ids, each once (an id is an address: listed twice, one of its elements would not be found)."""
    listed = _list(ids, page, path)
    repeated = next((id_ for id_, count in Counter(listed).items() if count > 1), None)
    if repeated is not None:
        raise ContractError(f"{path}: the ids of '{page}' list '{repeated}' twice")
    return tuple(listed)


def _texts(data: dict, key: str, path: Path, what: str) -> dict[str, str]:
    """Languages mapped to a text each (a title, a summary), every one a string with words in it."""
    value = _mapping(data, key, path, f"languages to {what}")
    for language, text in value.items():
        if not isinstance(text, str) or not text.strip():
            raise ContractError(f"{path}: '{key}' in {language!r} must be {what}, a non-empty string")
    return value


def _source(data: dict, path: Path) -> dict:
    """The explainer's source: a file below docs/ (the build and the checker read it, the site publishes it)."""
    source = _mapping(data, "source", path, "path and sha256")
    if not isinstance(source.get("path"), str) or not _SHA256.match(str(source.get("sha256", ""))):
        raise ContractError(f"{path}: 'source' needs a path and a sha256 of 64 lowercase hex digits")
    if not _below(source["path"]):
        raise ContractError(f"{path}: 'source' path must be relative to docs/ and stay below it, with '/' between "
                            f"names and no '..' (assets/source/<slug>.txt): {source['path']!r}")
    return source


def _below(relative: str) -> bool:
    """Whether a path names a file below its folder: relative, POSIX, without '..', '.' or empty parts."""
    return "\\" not in relative and "\0" not in relative and all(
        part not in ("", ".", "..") for part in relative.split("/"))


def _mapping(data: dict, key: str, path: Path, what: str) -> dict:
    value = data.get(key)
    if not isinstance(value, dict):
        raise ContractError(f"{path}: '{key}' must map {what}")
    return value


class KeptData(Protocol):
    """Contracts' data kept between runs, by their text (explainer.kept_contracts): a text's data is its own."""

    def get(self, text: str) -> dict | None: ...

    def put(self, text: str, data: dict) -> None: ...


def _load(path: Path, kept: KeptData | None = None) -> dict:
    data = _load_all([path], kept)[0]
    if isinstance(data, ContractError):
        raise data
    return data


def _read(path: Path) -> str | ContractError:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        return ContractError(f"cannot read {path}: {' '.join(str(error).split())}")


def _data(path: Path, text: str) -> dict:
    try:
        data = _parse(text)
    except yaml.YAMLError as error:
        raise ContractError(f"cannot read {path}: {' '.join(str(error).split())}") from None
    except RecursionError:  # the Python loader composes nested collections recursively (libyaml stops at 1,000)
        raise ContractError(f"cannot read {path}: its collections are nested too deeply") from None
    if not isinstance(data, dict):
        raise ContractError(f"{path}: expected a mapping with pages, ids and entities")
    return data


def _loaded(path: Path, text: str | ContractError) -> dict | ContractError:
    if isinstance(text, ContractError):
        return text
    try:
        return _data(path, text)
    except ContractError as error:
        return error


def _load_all(paths: list[Path], kept: KeptData | None = None) -> list[dict | ContractError]:
    """Each file's data, or why it cannot be read: kept data where its text was parsed before, the rest parsed."""
    texts = [_read(path) for path in paths]
    found = [kept.get(text) if kept is not None and isinstance(text, str) else None for text in texts]
    missing = [n for n, data in enumerate(found) if data is None]
    for n, data in zip(missing, _parsed_all([(paths[n], texts[n]) for n in missing])):
        found[n] = data
        if kept is not None and not isinstance(data, ContractError):
            kept.put(texts[n], data)
    return found


def _parsed_all(files: list[tuple[Path, str | ContractError]]) -> list[dict | ContractError]:
    """Each file's text parsed. On a site of many explainers a forked process parses the second half meanwhile:
    YAML is most of the time it takes to read their contracts, which every build and check does."""
    if len(files) < PARALLEL_FROM or not hasattr(os, "fork"):
        return [_loaded(*file) for file in files]
    half = len(files) // 2
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # the second half, handed over as plain data; the child ends without the parent's cleanup
        try:
            os.close(read_end)
            with os.fdopen(write_end, "wb") as pipe:
                pickle.dump([_loaded(*file) for file in files[half:]], pipe, protocol=pickle.HIGHEST_PROTOCOL)
        finally:
            os._exit(0)
    os.close(write_end)
    first = [_loaded(*file) for file in files[:half]]
    try:
        with os.fdopen(read_end, "rb") as pipe:
            second = pickle.load(pipe)
    except (EOFError, pickle.UnpicklingError):  # the child failed: parse its half here
        second = [_loaded(*file) for file in files[half:]]
    finally:
        os.waitpid(child, 0)
    return first + second


def _pages(data: dict, path: Path, prefix: str = "") -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    pages = _mapping(data, "pages", path, f"page names to a kind ({', '.join(KINDS)})")
    if any(kind not in KINDS for kind in pages.values()):
        raise ContractError(f"{path}: 'pages' must map page names to a kind ({', '.join(KINDS)})")
    own = next((page for page, kind in pages.items() if kind in EXPLAINER_KINDS), None) if not prefix else None
    if own is not None:  # a FAQ, an article or a source page is an explainer's: it needs that explainer's source
        raise ContractError(f"{path}: page '{own}' is of kind {pages[own]}, which only an explainer's pages are "
                            f"(shared pages: home, glossary)")
    ids = _mapping(data, "ids", path, "page names to lists of ids")
    unknown = sorted(set(ids) - set(pages))
    if unknown:
        raise ContractError(f"{path}: 'ids' names a page that 'pages' does not list: {unknown[0]}")
    return ({prefix + page: kind for page, kind in pages.items()},
            {prefix + page: _ids(ids, page, path) for page in ids})


def _explainer(path: Path, data: dict | ContractError) -> tuple[Explainer, dict, dict, list]:
    slug = path.parent.name
    if not SLUG.match(slug):
        raise ContractError(f"{path}: the folder name '{slug}' is not a slug (a-z, 0-9 and single hyphens)")
    if isinstance(data, ContractError):
        raise data
    kinds, ids = _pages(data, path, f"{slug}/")
    glossary = tuple(_glossary(data.get("glossary") or [], path))
    if not any(published(entry) for entry in glossary):  # a people page is published with its first entry
        kinds, ids = _without_glossary(kinds, ids)
    source = _source(data, path)
    title = _texts(data, "title", path, "the explainer's title")
    summary = _texts(data, "summary", path, "a one-line summary")
    names = _entities(data.get("entities") or [], path)
    added, updated = _day(data, "added", path), _day(data, "updated", path)
    if updated and (not added or updated < added):
        raise ContractError(f"{path}: 'updated' ({updated}) must follow 'added' ({added or 'not given'})")
    corrections = _corrections(data, path, f"{slug}/")
    late = next((entry for entry in corrections if added and entry.day < added), None)
    if late is not None:
        raise ContractError(f"{path}: a correction's date ({late.day}) must follow 'added' ({added})")
    versions, revisions = _versions(source, path), _revisions(data.get("revisions"), path, source)
    explainer = Explainer(slug, dict(title), dict(summary), source["path"], source["sha256"], tuple(kinds),
                          tuple(_every_form(names)), _alias_map(names), glossary, added, updated, corrections,
                          versions, revisions, _differs(data.get("differs"), path, set(kinds)))
    return explainer, kinds, ids, names


def _differs(value: object, path: Path, pages: set[str]) -> dict[str, dict[str, str]]:
    """`differs`: language -> unit -> "CHECK ITEM: reason" (the checker reads the declaration as it reads a
    Markdown data-differs); a unit is "#id …" or one of the explainer's pages and a unit key ("article title")."""
    if value is None:
        return {}
    names = {page.rsplit("/", 1)[-1] for page in pages}
    if not isinstance(value, dict) or not all(isinstance(units, dict) for units in value.values()):
        raise ContractError(f"{path}: 'differs' must map a language to units, each to its declaration")
    for language, units in value.items():
        for unit, declaration in units.items():
            if not isinstance(unit, str) or not (unit.startswith("#") or unit.partition(" ")[0] in names):
                raise ContractError(f"{path}: differs: {language}: '{unit}' is no unit (\"#id role\", or a page of "
                                    f"the explainer and its unit: \"article title\")")
            if not isinstance(declaration, str) or not declaration.strip():
                raise ContractError(f"{path}: differs: {language}: '{unit}' needs a declaration: \"CHECK ITEM: "
                                    "reason\"")
    return {str(language): dict(units) for language, units in value.items()}


def _versions(source: dict, path: Path) -> tuple[tuple[str, str], ...]:
    """The source's earlier versions (`source.versions`), each a file below docs/ with its SHA-256."""
    versions = source.get("versions") or []
    if not isinstance(versions, list) or not all(
            isinstance(v, dict) and isinstance(v.get("path"), str) and _below(v["path"])
            and _SHA256.match(str(v.get("sha256", ""))) for v in versions):
        raise ContractError(f"{path}: 'source.versions' must list earlier versions, each with a path below docs/ "
                            "and a sha256 of 64 lowercase hex digits")
    return tuple((v["path"], v["sha256"]) for v in versions)


def _revisions(items: object, path: Path, source: dict) -> tuple[SourceRevision, ...]:
    """The revisions of the source (`revisions`), oldest first: versions 2, 3… with a day each."""
    items = items or []
    expected = list(range(2, 2 + len(source.get("versions") or [])))
    if not isinstance(items, list) or not all(_revision(item) for item in items) \
            or [item["version"] for item in items] != expected:
        raise ContractError(f"{path}: 'revisions' must list versions {expected or 'none'} in order, each with its "
                            "date (YYYY-MM-DD) and the ids it changed, added and removed")
    return tuple(SourceRevision(item["version"], item["date"], *(tuple(item.get(key) or ())
                                                                 for key in ("changed", "added", "removed")))
                 for item in items)


def _revision(item: object) -> bool:
    return isinstance(item, dict) and isinstance(item.get("version"), int) and isinstance(item.get("date"), str) \
        and bool(_DAY.match(item["date"])) and is_day(item["date"]) \
        and all(_strings(item.get(key) or []) for key in ("changed", "added", "removed"))


def _corrections(data: dict, path: Path, prefix: str = "") -> tuple[Correction, ...]:
    try:
        return corrections_of.read(data.get("corrections"), prefix)
    except CorrectionsError as error:
        raise ContractError(f"{path}: {error}") from None


def _without_glossary(kinds: dict[str, str], ids: dict) -> tuple[dict[str, str], dict]:
    """An explainer's pages and their ids without its glossary page."""
    kinds = {page: kind for page, kind in kinds.items() if kind != "glossary"}
    return kinds, {page: its for page, its in ids.items() if page in kinds}


def _day(data: dict, key: str, path: Path) -> str:
    """A day the contract gives ("added", "updated"; "" when not given)."""
    day = data.get(key, "")  # a string: the loader reads no dates
    if day and not (isinstance(day, str) and _DAY.match(day) and is_day(day)):
        raise ContractError(f"{path}: '{key}' must be a day, YYYY-MM-DD")
    return day


def _every_form(names: list[tuple[str, list[str]]]) -> list[str]:
    """Every form of declared names, each name before its other forms."""
    return [form for name, forms in names for form in (name, *forms)]


def _alias_map(names: list[tuple[str, list[str]]]) -> dict[str, str]:
    """Each other form of declared names -> its name."""
    return {form: name for name, forms in names for form in forms}


def read_contract(docs: Path, shared: str = SHARED_FILE, explainers: bool = True,
                  kept: KeptData | None = None) -> Contract:
    """The contract of the site in a docs folder: the shared file and every docs/<slug>/explainer.yml (only the
    shared file with `explainers=False`: what a new explainer needs, however many the site has); data parsed
    before taken from `kept` (the checker's store)."""
    path = Path(docs) / shared
    data = _load(path, kept)
    kinds, ids = _pages(data, path)
    if not isinstance(data.get("entities"), list):
        raise ContractError(f"{path}: 'entities' must be a list of names")
    shared_entities = _entities(data["entities"], path)
    # a shared name's other forms: an English one ("chief executive" of "CEO") or a Finnish stem change
    shared_aliases = _alias_map(shared_entities)
    shared_names = _every_form(shared_entities)
    entities = dict.fromkeys(shared_names)  # a dict: ordered, and a form is looked up once, not in a list
    found, aliases = [], dict(shared_aliases)
    files = sorted(Path(docs).glob(f"*/{EXPLAINER_FILE}")) if explainers else []
    for file, loaded in zip(files, _load_all(files, kept)):
        explainer, own_kinds, own_ids, own_entities = _explainer(file, loaded)
        found.append(explainer)
        kinds.update(own_kinds)
        ids.update(own_ids)
        _add_entry_ids(ids, explainer, own_kinds)
        for name, forms in own_entities:
            entities.update(dict.fromkeys((name, *forms)))
            aliases.update((form, name) for form in forms)
    moved = _moved(data, path, kinds, explainers)
    return Contract(pages=tuple(kinds), kinds=kinds, ids=ids, entities=tuple(entities), moved=dict(moved),
                    explainers=tuple(found), aliases=aliases, shared=tuple(shared_names),
                    shared_aliases=shared_aliases,
                    allowed_markup=_allowances(data.get("allowed-markup"), path, kinds if explainers else None),
                    report_errors=_report_errors(data.get("report-errors"), path),
                    corrections=_corrections(data, path))


def _add_entry_ids(ids: dict[str, tuple[str, ...]], explainer: Explainer, kinds: dict[str, str]) -> None:
    """An explainer's confirmed glossary entries are ids of its own glossary page."""
    for people in (page for page, kind in kinds.items() if kind == "glossary"):
        ids[people] = (*ids.get(people, ()), *(entry["id"] for entry in explainer.glossary if published(entry)))


def _moved(data: dict, path: Path, kinds: dict[str, str], targets_known: bool) -> dict:
    """site.yml `moved`: old page names mapped to the pages they are now (checked to exist when `targets_known`,
    that is when every explainer's pages were read)."""
    moved = data.get("moved") or {}
    if not isinstance(moved, dict) or targets_known and any(target not in kinds for target in moved.values()):
        raise ContractError(f"{path}: 'moved' must map old page names to pages that exist")
    for old in moved:  # an old address becomes a folder of the site: never outside it, never over a page
        if not isinstance(old, str) or not SLUG.match(old.replace("/", "-")) or not _below(old) or old in kinds:
            raise ContractError(f"{path}: 'moved' names '{old}', which is no old page name (a-z, 0-9, '-' and '/', "
                                "below the site, not a page that exists)")
    return moved


# An error report's target: an https address with {address} (the entry's URL; {id} and {title} may follow), or a
# mail address. Nothing else: no script, data or relative address can hide in it.
_REPORT_URL = re.compile(r"^https://[a-z0-9.-]+(?::\d+)?/[^\s<>\"'`\\]*\{address\}[^\s<>\"'`\\]*$", re.I)
_REPORT_MAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def _report_errors(value: object, path: Path) -> dict[str, str]:
    """site.yml `report-errors`: {url: "https://host/path?…{address}…"} or {mail: "name@host"}, or nothing."""
    if value is None:
        return {}
    if isinstance(value, dict) and len(value) == 1:
        (key, target), = value.items()
        pattern = {"url": _REPORT_URL, "mail": _REPORT_MAIL}.get(key)
        if pattern and isinstance(target, str) and pattern.match(target) \
                and not set(re.findall(r"\{(\w*)\}", target)) - {"address", "id", "title"}:
            return {key: target}
    raise ContractError(f"{path}: 'report-errors' must be {{url: an https address with {{address}}}} or "
                        "{mail: an e-mail address}")


_ALLOWANCE = {"page": re.compile(r"^\S+$"), "element": re.compile(r"^[a-z][a-z0-9-]*$"),
              "attribute": re.compile(r"^on[a-z]+$"),
              "origin": re.compile(r"^(?:https?://[a-z0-9.-]+(?::\d+)?|[a-z][a-z0-9+.-]*:)$")}


def _allowances(items: object, path: Path, kinds: dict | None) -> tuple[Allowance, ...]:
    """site.yml `allowed-markup`: {page, element} entries, optionally with an attribute (an event handler) and an
    origin ("https://host[:port]" or a scheme such as "data:"), all lowercase; each page must exist (when known)."""
    if items is None:
        return ()
    for number, item in enumerate(items if isinstance(items, list) else [None], start=1):
        if not (isinstance(item, dict) and {"page", "element"} <= set(item) <= set(_ALLOWANCE)
                and all(isinstance(value, str) and _ALLOWANCE[key].match(value) for key, value in item.items())):
            raise ContractError(f"{path}: 'allowed-markup' entry {number} must be {{page, element}} with an optional "
                                "attribute (onclick) and origin (https://host or data:), each a lowercase string")
        if kinds is not None and item["page"] not in kinds:
            raise ContractError(f"{path}: 'allowed-markup' entry {number} names a page that does not exist: "
                                f"{item['page']}")
    return tuple(Allowance(**item) for item in items)


def published(entry: dict) -> bool:
    """Whether an explainer's glossary entry is on the glossary page: confirmed by an editor, and not a link to an
    entry the glossary has already. Candidates stay in explainer.yml."""
    return bool(entry.get("confirmed")) and not entry.get("in-glossary")


def _glossary(items: list, path: Path) -> list[dict]:
    """An explainer's glossary entries: name, id, mentions and quotes (in the source's language); optionally a
    role per language ({fi: …, en: …}) and the quotes' translations per language ({en: [...]})."""
    if not isinstance(items, list) or not all(_entry(item) for item in items):
        raise ContractError(f"{path}: 'glossary' must list entries with name, id, mentions and quotes (and "
                            "optionally a role and translations, each mapping languages), every text a string")
    return items


def _entry(item: object) -> bool:
    """Whether a glossary entry has its keys, each of its shape, and every text in it is a string."""
    return (isinstance(item, dict) and isinstance(item.get("name"), str) and isinstance(item.get("id"), str)
            and _strings(item.get("mentions")) and _strings(item.get("quotes"))
            and _per_language(item.get("role", {}), lambda role: isinstance(role, str))
            and _per_language(item.get("translations", {}), _strings))


def _per_language(value: object, valid) -> bool:
    return isinstance(value, dict) and all(isinstance(language, str) and valid(text)
                                           for language, text in value.items())


# A company's legal forms: "Lähitori Oyj" is also "Lähitori" in a text, in either language ("Ky", "Ay": a limited
# and a general partnership; "sr": a foundation).
COMPANY_FORMS = {"Oy", "Oyj", "Ky", "Ay", "Ab", "Abp", "ry", "Ry", "sr", "Ltd", "Inc", "AB", "ASA", "GmbH", "Plc"}


def short_name(name: str) -> str | None:
    """A company's name without its legal form ("Lähitori Oyj" -> "Lähitori"), else None."""
    *head, last = name.split(" ")
    return " ".join(head) if head and last in COMPANY_FORMS else None


def _entities(items: list, path: Path) -> list[tuple[str, list[str]]]:
    """Declared names: "Meta", or {"Korhonen": ["Korhosen"]} for forms whose stem changes or another language's
    form ({"CEO": ["chief executive"]}); a company's name without its legal form is one of its forms."""
    return [(name, forms + [short] if (short := short_name(name)) and short not in forms else forms)
            for name, forms in _declared(items, path)]


def _declared(items: list, path: Path) -> list[tuple[str, list[str]]]:
    names = []
    for item in items if isinstance(items, list) else [None]:
        if isinstance(item, str):
            names.append((item, []))
        elif isinstance(item, dict) and len(item) == 1 and all(
                isinstance(k, str) and isinstance(v, list) and all(isinstance(f, str) for f in v)
                for k, v in item.items()):
            names.extend((name, list(forms)) for name, forms in item.items())
        else:
            raise ContractError(f"{path}: 'entities' must list names, or {{name: [other forms]}}")
    return names
