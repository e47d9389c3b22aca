"""The translation memory: every unit pair as an editor approved it, in TMX (translate-toolkit), one file per
explainer folder and target language (docs/<slug>/translation-memory.en.tmx; the shared pages' in docs/).

`check_site.py --approve` writes it from the built site after a review; translation QA then compares only what
changed since (explainer.meaning), and the check `needs-review` lists the pairs not approved as they stand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from translate.storage import tmx

from .published import Contract

FILE = "translation-memory.{language}.tmx"


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
            pairs: dict[str, tuple[str, str]] = {}
            if path.is_file():
                for unit in tmx.tmxfile.parsefile(str(path)).units:
                    pairs[unit.xmlelement.get("tuid")] = (str(unit.source), str(unit.target))
            self._loaded[path] = pairs
        return self._loaded[path]

    def write(self, approved: dict[tuple[str, str], dict[str, tuple[str, str]]]) -> dict[Path, int]:
        """Write (page, language) -> {unit key: (source text, translation)} as each file's whole content; the
        pairs written per file."""
        files: dict[Path, list[tuple[str, str, str]]] = {}
        languages: dict[Path, str] = {}
        for (page, language), units in approved.items():
            path = self.path(page, language)
            languages[path] = language
            files.setdefault(path, []).extend((f"{page} {key}", *texts) for key, texts in units.items())
        for path, entries in files.items():
            store = tmx.tmxfile(sourcelanguage=self.source_language, targetlanguage=languages[path])
            for tuid, source, target in sorted(entries):
                store.addtranslation(source, self.source_language, target, languages[path])
                store.units[-1].xmlelement.set("tuid", tuid)  # TMX's unit id (translate-toolkit keys by source)
            path.write_bytes(bytes(store))
        return {path: len(files[path]) for path in sorted(files)}
