"""The translation memory: every unit pair as an editor approved it, in TMX (translate-toolkit), one file per
explainer folder and target language (docs/<slug>/translation-memory.en.tmx; the shared pages' in docs/).

`check_site.py --approve` writes it from the built site after a review; translation QA then compares only what
changed since (explainer.meaning), and the check `needs-review` lists the pairs not approved as they stand.
A pull request can change these files too: they are read with a parser that resolves no entity, loads no DTD and
reaches no network, and a file that is not a translation memory stops the checker with one line (exit 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from translate.storage import tmx

from .files import UnsafeFileError, read_regular, write_atomic
from .findings import display_path
from .published import Contract

FILE = "translation-memory.{language}.tmx"
_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


class MemoryFileError(RuntimeError):
    """A translation memory file that cannot be read as one (one line, naming the file)."""


@dataclass
class Memory:
    docs: Path
    contract: Contract
    source_language: str
    _loaded: dict[Path, dict[str, tuple[str, str]]] = field(default_factory=dict, repr=False)

    def path(self, page: str, language: str) -> Path:
        explainer = self.contract.explainer_of(page)
        folder = self.docs / explainer.slug if explainer else self.docs
        return folder / FILE.format(language=language)

    def approved(self, page: str, key: str, language: str) -> tuple[str, str] | None:
        """(source text, translation) of a unit as approved, or None if it never was."""
        return self._file(self.path(page, language)).get(f"{page} {key}")

    def _file(self, path: Path) -> dict[str, tuple[str, str]]:
        if path not in self._loaded:
            self._loaded[path] = read_pairs(path) if path.exists() or path.is_symlink() else {}
        return self._loaded[path]

    def write(self, approved: dict[tuple[str, str], dict[str, tuple[str, str]]]) -> dict[Path, int]:
        """Write (page, language) -> {unit key: (source text, translation)} as each file's whole content; the
        pairs in each file. Every file is read first: one that is not a translation memory stops the writing
        before anything is written (the editor decides what to do with it), and an unchanged file is left alone."""
        files: dict[Path, list[tuple[str, str, str]]] = {}
        languages: dict[Path, str] = {}
        for (page, language), units in approved.items():
            path = self.path(page, language)
            languages[path] = language
            files.setdefault(path, []).extend((f"{page} {key}", *texts) for key, texts in units.items())
        for path in files:
            self._file(path)
        for path, entries in files.items():
            if entries and self._file(path) != {tuid: (source, target) for tuid, source, target in entries}:
                write_atomic(path, self._tmx(sorted(entries), languages[path]), self.docs)
                self._loaded[path] = {tuid: (source, target) for tuid, source, target in entries}
        return {path: len(files[path]) for path in sorted(files) if files[path]}

    def _tmx(self, entries: list[tuple[str, str, str]], language: str) -> bytes:
        store = tmx.tmxfile(sourcelanguage=self.source_language, targetlanguage=language)
        for tuid, source, target in entries:
            store.addtranslation(source, self.source_language, target, language)
            store.units[-1].xmlelement.set("tuid", tuid)  # TMX's unit id (translate-toolkit keys by source)
        return bytes(store)


def read_pairs(path: Path) -> dict[str, tuple[str, str]]:
    """tuid -> (source text, translation) of a TMX file, or MemoryFileError saying in one line why it is none."""
    try:
        root = etree.fromstring(read_regular(path), _PARSER)
    except UnsafeFileError as error:  # not a regular file, or too large
        raise MemoryFileError(f"cannot read the translation memory {_shown(path)}: "
                              f"it {str(error).removeprefix(str(path)).strip()}") from None
    except OSError as error:
        raise MemoryFileError(f"cannot read the translation memory {_shown(path)}: {error.strerror}") from None
    except etree.XMLSyntaxError as error:
        raise _broken(path, str(error)) from None
    if _has_entities(root):
        raise _broken(path, "it declares or uses XML entities, which a translation memory never needs")
    if root.tag != "tmx":
        raise _broken(path, f"its root element is <{root.tag}>, not <tmx>")
    pairs: dict[str, tuple[str, str]] = {}
    for element in root.iterfind("body/tu"):
        unit = tmx.tmxunit.createfromxmlElement(element)
        tuid, source, target = element.get("tuid"), unit.source, unit.target
        if not tuid or source is None or target is None:
            raise _broken(path, f"the unit at line {element.sourceline} has no tuid, or not two <tuv><seg> texts")
        pairs[tuid] = (str(source), str(target))
    return pairs


def _has_entities(root) -> bool:
    """Whether a document declares or uses an entity (the toolkit writes a DOCTYPE, but never an entity)."""
    declared = root.getroottree().docinfo.internalDTD
    if declared is not None and any(True for _ in declared.iterentities()):
        return True
    return any(True for _ in root.iter(etree.Entity))


def _shown(path: Path) -> str:
    """The file as findings show paths, itself rather than where a symbolic link at it leads."""
    return f"{display_path(path.parent)}/{path.name}"


def _broken(path: Path, reason: str) -> MemoryFileError:
    return MemoryFileError(f"{_shown(path)} is not a translation memory: {' '.join(reason.split())} "
                           "(restore it from version control, or delete it and approve again)")
