"""The one owner of the site's languages, page names, page kinds and URLs, read from a loaded MkDocs config.

Hooks, templates (through `config.extra.site`), explainer.js (through the data main.html writes), the checker
and the tests all ask this object; nothing else decides which language is the default or what "en/" means.
`from_config` also validates the site's own config keys, so a mistake is one line naming the key.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .published import Contract, ContractError, Explainer, contract, use_docs

# The site's own UI strings (extra.ui) every language must define: templates, hooks and explainer.js read them.
UI_KEYS = ("og_locale", "permalink_title", "copy_link", "search_label", "link_copied", "nav_home", "nav_article",
           "nav_faq", "nav_source", "nav_people", "moved", "explainers", "untranslated",
           "untranslated_short", "candidates", "mentioned_in", "paragraph", "credit")
NOT_FOUND_KEYS = ("title", "text", "links")


class SiteConfigError(ValueError):
    """mkdocs.yml's site-specific keys (extra.*, the i18n languages, published.yml) are unusable (one line)."""


@dataclass(frozen=True)
class Site:
    languages: tuple[str, ...]  # locale codes, the default language first
    contract: Contract  # page names ("index", "<slug>/faq"), kinds, ids, explainers, moved pages

    @property
    def pages(self) -> tuple[str, ...]:
        return self.contract.pages

    @property
    def kinds(self) -> dict[str, str]:
        return self.contract.kinds

    @property
    def explainers(self) -> tuple[Explainer, ...]:
        return self.contract.explainers

    @property
    def default_language(self) -> str:
        return self.languages[0]

    @property
    def translations(self) -> tuple[str, ...]:
        return self.languages[1:]

    def prefix(self, language: str) -> str:
        """The URL folder of a language: "" for the default language (site root), "en/" for the others."""
        return "" if language == self.default_language else f"{language}/"

    def page_path(self, page: str, language: str) -> str:
        """A page's URL below the site root ("faq", "en" -> "en/faq/"; "index", "fi" -> "")."""
        return self.prefix(language) + ("" if page == "index" else f"{page}/")

    def link(self, source: str, target: str, language: str, fragment: str = "") -> str:
        """A relative link between two pages of one language ("faq" -> "people": "../people/")."""
        here, there = self.page_path(source, language) or ".", self.page_path(target, language) or "."
        return posixpath.relpath(there, here) + "/" + (f"#{fragment}" if fragment else "")

    def built_page(self, page: str, language: str) -> str:
        """The built file of a page ("faq", "en" -> "en/faq/index.html")."""
        return self.page_path(page, language) + "index.html"

    def markdown_name(self, page: str, language: str) -> str:
        """The Markdown file of a page, relative to docs_dir ("faq", "en" -> "faq.en.md"; static-i18n suffixes)."""
        return f"{page}.md" if language == self.default_language else f"{page}.{language}.md"

    def language_of(self, built: str) -> str:
        """Language of a built file or URL path below the site root ("en/faq/index.html" -> "en")."""
        first = built.split("/", 1)[0]
        return first if first in self.translations and "/" in built else self.default_language

    def pages_of_kind(self, kind: str) -> list[str]:
        return [page for page in self.pages if self.kind(page) == kind]

    def page_of(self, path: str) -> tuple[str, str] | None:
        """(page name, language) of a URL path or built file below the site root ("en/faq/" -> ("faq", "en"))."""
        language = self.language_of(path)
        rest = path[len(self.prefix(language)):].removesuffix("index.html").strip("/")
        page = rest or "index"
        return (page, language) if page in self.pages else None

    def kind(self, page: str) -> str:
        return self.kinds.get(page, "")

    def kind_of(self, path: str) -> str:
        """The kind of the page at a URL path or built file ("en/meta-ai-departures/faq/" -> "faq"; "" if none)."""
        named = self.page_of(path)
        return self.kind(named[0]) if named else ""

    def title(self, explainer: Explainer, language: str) -> str:
        """An explainer's title in a language, its Finnish title where it has no translation yet."""
        return explainer.title.get(language) or explainer.title[self.default_language]

    def nav(self, language: str, labels: dict[str, str]) -> list:
        """MkDocs' nav for a language build: home, each explainer (its title, then its pages), the people page."""
        items: list = [{labels["nav_home"]: "index.md"}]
        for explainer in self.explainers:
            pages = [{labels[f"nav_{self.kind(page)}"]: f"{page}.md"} for page in explainer.pages]
            items.append({self.title(explainer, language): pages})
        return items + [{labels["nav_people"]: f"{page}.md"} for page in self.pages_of_kind("glossary")]

    def as_data(self) -> dict:
        """The languages (default first) and their URL folders, as JSON for a page's scripts (404.html's head
        script picks the missing path's language by them)."""
        return {"languages": list(self.languages), "prefixes": {lang: self.prefix(lang) for lang in self.languages}}


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SiteConfigError(message)


def _validate_strings(extra: dict, key: str, languages: tuple[str, ...], required: tuple[str, ...]) -> None:
    table = extra.get(key)
    _require(isinstance(table, dict), f"mkdocs.yml: extra.{key} must map each language to its strings")
    for language in languages:
        strings = table.get(language)
        _require(isinstance(strings, dict), f"mkdocs.yml: extra.{key}.{language} is missing")
        for name in required:
            _require(strings.get(name) not in (None, ""), f"mkdocs.yml: extra.{key}.{language}.{name} is missing")


def from_config(config) -> Site:
    """The site of a loaded MkDocs config (a language build's config is fine: the languages are the plugin's)."""
    i18n = config.plugins.get("i18n")
    _require(i18n is not None, "mkdocs.yml does not enable the i18n plugin")
    configured = list(i18n.config.languages)
    defaults = [language.locale for language in configured if language.default]
    _require(len(defaults) == 1, "mkdocs.yml: exactly one i18n language must have default: true")
    languages = tuple(defaults + [language.locale for language in configured if not language.default])
    extra = config.extra or {}
    _validate_strings(extra, "ui", languages, UI_KEYS)
    _validate_strings(extra, "not_found", languages, NOT_FOUND_KEYS)
    docs = Path(config.docs_dir)
    use_docs(docs)
    try:
        published = contract()
    except ContractError as error:
        raise SiteConfigError(str(error)) from None
    for explainer in published.explainers:
        path = explainer.source_path
        _require(PurePosixPath(path).parts[:1] != ("..",) and (docs / path).is_file(),
                 f"{explainer.slug}/explainer.yml: source path '{path}' is not a file in {docs.name}/")
    return Site(languages, published)
