"""The one owner of the site's languages, page names, page kinds and URLs, read from a loaded MkDocs config.

The explainer plugin keeps one `Site` per build (`ExplainerPlugin.site`); the post-build steps, the checker and
the tests get theirs from the loaded config's plugin (`explainer.layout.load_layout`). Templates never call it:
the plugin hands them plain data. Nothing else decides which language is the default or what "en/" means.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass
from html import escape
from pathlib import Path, PurePosixPath

from .published import Contract, ContractError, Explainer, KeptData, read_contract

# The navigation label (a key of the plugin's `ui` strings) of each page kind.
NAV_LABELS = {"home": "nav_home", "article": "nav_article", "faq": "nav_faq", "source": "nav_source",
              "glossary": "nav_people"}


class SiteConfigError(ValueError):
    """The i18n languages, the plugin's options or the contract files are unusable (one line)."""


@dataclass(frozen=True)
class Site:
    languages: tuple[str, ...]  # locale codes, the default language first
    folders: dict[str, str]  # language -> its URL folder below the site root ("" or "en/"), from static-i18n's `link`
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
    def source_language(self) -> str:
        """The language of the sources, which translation QA compares every translation with (the default)."""
        return self.default_language

    @property
    def translations(self) -> tuple[str, ...]:
        return self.languages[1:]

    def prefix(self, language: str) -> str:
        """The URL folder of a language: "" for the default language (site root), "en/" for the others."""
        return self.folders[language]

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
        return next((language for language in self.translations
                     if self.folders[language] and built.startswith(self.folders[language])), self.default_language)

    def pages_of_kind(self, kind: str) -> list[str]:
        return [page for page in self.pages if self.kind(page) == kind]

    def shared_pages(self, kind: str) -> list[str]:
        """The site's own pages of a kind, not an explainer's ("people", not "<slug>/people")."""
        return self.contract.shared_pages(kind)

    def page_of(self, path: str) -> tuple[str, str] | None:
        """(page name, language) of a URL path or built file below the site root ("en/faq/" -> ("faq", "en"))."""
        language = self.language_of(path)
        rest = path[len(self.prefix(language)):].removesuffix("index.html").strip("/")
        page = rest or "index"
        return (page, language) if page in self.kinds else None  # a dict: the site's pages, looked up at once

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
        items: list = [{labels[NAV_LABELS["home"]]: "index.md"}]
        for explainer in self.explainers:
            pages = [{labels[NAV_LABELS[self.kind(page)]]: f"{page}.md"} for page in explainer.pages]
            # Material renders nav titles as markup (MkDocs' theme templates do not autoescape): a title from a
            # source is escaped here, for the one context it lands in
            items.append({escape(self.title(explainer, language)): pages})
        return items + [{labels[NAV_LABELS["glossary"]]: f"{page}.md"} for page in self.shared_pages("glossary")]


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise SiteConfigError(message)


def require_strings(site: Site, options: dict[str, dict]) -> None:
    """Each of the explainer plugin's per-language options (`ui`, `not_found`: option -> language -> strings) has
    every language the site builds (one error line naming the first missing)."""
    for option, strings in options.items():
        for language in site.languages:
            _require(language in strings, f"mkdocs.yml: plugins.explainer.{option}.{language} is missing")


def languages_of(config) -> tuple[tuple[str, str, bool], ...]:
    """The languages static-i18n builds, as (locale, link, default), from a loaded MkDocs config (a language
    build's config is fine)."""
    i18n = config.plugins.get("i18n")
    _require(i18n is not None, "mkdocs.yml does not enable the i18n plugin")
    return tuple((language.locale, language.link, bool(language.default))
                 for language in i18n.config.languages if language.build)


def from_config(config, contract_file: str, explainers: bool = True, kept: KeptData | None = None) -> Site:
    """The site of a loaded MkDocs config and its contract, read afresh from the docs folder."""
    return site_of(languages_of(config), Path(config.docs_dir), contract_file, explainers, kept)


def site_of(languages: tuple[tuple[str, str, bool], ...], docs: Path, contract_file: str, explainers: bool = True,
            kept: KeptData | None = None) -> Site:
    """The site of static-i18n's languages (locale, link, default) and the contract in the docs folder: the
    languages are static-i18n's, their URL folders its `link` options."""
    defaults = [language for language in languages if language[2]]
    _require(len(defaults) == 1, "mkdocs.yml: exactly one i18n language must have default: true")
    ordered = defaults + [language for language in languages if not language[2]]
    folders = {locale: link.strip("/") + "/" if link.strip("/") else "" for locale, link, _ in ordered}
    _require(folders[defaults[0][0]] == "", "mkdocs.yml: the default i18n language must have link: /")
    try:
        published = read_contract(docs, contract_file, explainers, kept)
    except ContractError as error:
        raise SiteConfigError(str(error)) from None
    for explainer in published.explainers:
        path = explainer.source_path
        _require(PurePosixPath(path).parts[:1] != ("..",) and (docs / path).is_file(),
                 f"{explainer.slug}/explainer.yml: source path '{path}' is not a file in {docs.name}/")
    return Site(tuple(locale for locale, _, _ in ordered), folders, published)
