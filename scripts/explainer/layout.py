"""The site's layout as MkDocs sees it: docs_dir, base path, languages, and where each page comes from."""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, dataclass
from functools import cached_property
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from .published import KeptData
from .site import Site, SiteConfigError, languages_of, require_strings, site_of

PLUGIN = "explainer"  # the plugin's name in mkdocs.yml (its entry point)


class LayoutError(ValueError):
    """mkdocs.yml cannot be loaded or does not describe a bilingual site."""


@dataclass(frozen=True)
class Layout:
    config_file: Path
    docs_dir: Path
    site_url: str  # absolute, ends with "/"
    base_path: str  # the site_url path, e.g. "/repo/"
    site: Site  # languages, pages and URL folders (explainer.site owns them)
    ui: dict  # language -> the plugin's UI strings (explainer.options.UiStrings): the translator writes them

    @property
    def languages(self) -> tuple[str, ...]:
        return self.site.languages

    @property
    def default_language(self) -> str:
        return self.site.default_language

    def built_page(self, page: str, language: str) -> str:
        return self.site.built_page(page, language)

    def page_url(self, page: str) -> str:
        """Absolute URL of a built HTML file ("en/faq/index.html" -> "<site_url>en/faq/")."""
        return self.site_url + page.removesuffix("index.html")

    def markdown_for(self, page: str) -> Path | None:
        """The Markdown file a built page comes from, if it exists ("en/faq/index.html" -> docs/faq.en.md)."""
        return self._markdown.get(page)

    @cached_property
    def _markdown(self) -> dict[str, Path]:
        """Each built page's Markdown file, the docs folder listed once (the checker asks for thousands)."""
        root = str(self.docs_dir)
        present = {f"{folder[len(root) + 1:]}/{name}".lstrip("/").replace(os.sep, "/")
                   for folder, _, names in os.walk(root) for name in names if name.endswith(".md")}
        site = self.site
        return {site.built_page(page, language): self.docs_dir / site.markdown_name(page, language)
                for page in site.pages for language in site.languages
                if site.markdown_name(page, language) in present}


class _Collect(logging.Handler):
    """The warnings and errors MkDocs logs while loading a config (it logs them, then aborts on an error)."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        (self.errors if record.levelno >= logging.ERROR else self.warnings).append(record.getMessage())


@dataclass(frozen=True)
class Settings:
    """What the site's layout takes from mkdocs.yml, as plain data: MkDocs' loader gives it (slowly: loading the
    config imports every plugin, theme and Markdown extension), a store may keep it (explainer.kept_settings)."""
    docs_dir: str
    site_url: str | None
    languages: tuple[tuple[str, str, bool], ...]  # static-i18n's built languages: (locale, link, default)
    contract: str  # the plugin's `contract` option
    ui: dict  # language -> its UI strings (explainer.options.UiStrings), as a plain dict
    not_found: dict  # language -> its 404 strings

    def as_data(self) -> dict:
        """The settings as JSON keeps them (the languages' tuples become lists)."""
        return asdict(self)

    @classmethod
    def from_data(cls, data: dict) -> Settings:
        """Settings from `as_data`'s output; ValueError if it has another shape."""
        languages = tuple(tuple(language) for language in data["languages"])
        strings = (data["ui"], data["not_found"])
        if not (isinstance(data["docs_dir"], str) and isinstance(data["contract"], str)
                and (data["site_url"] is None or isinstance(data["site_url"], str))
                and all(len(language) == 3 and isinstance(language[0], str) and isinstance(language[1], str)
                        and isinstance(language[2], bool) for language in languages)
                and all(isinstance(option, dict) and all(isinstance(values, dict) for values in option.values())
                        for option in strings)):
            raise ValueError("not the settings' shape")
        return cls(data["docs_dir"], data["site_url"], languages, data["contract"], data["ui"], data["not_found"])


class KeptSettings(Protocol):
    """Settings kept between runs (explainer.kept_settings), found by what they were loaded from."""

    def get(self, config_file: Path, site_url: str | None) -> Settings | None: ...

    def put(self, config_file: Path, site_url: str | None, settings: Settings) -> None: ...


def load_layout(config_file: Path, site_url: str | None = None, explainers: bool = True,
                kept: KeptData | None = None, kept_settings: KeptSettings | None = None) -> Layout:
    """Read mkdocs.yml with MkDocs' own loader, so `!ENV` and defaults behave exactly as in the build (with
    `explainers=False`, the site's shared contract only: what the generator needs; contracts' data parsed before
    taken from `kept`, the config's settings loaded before from `kept_settings`)."""
    settings = kept_settings.get(config_file, site_url) if kept_settings is not None else None
    try:
        if settings is None:
            settings = _settings(*_loaded(config_file, site_url))
            if kept_settings is not None:
                kept_settings.put(config_file, site_url, settings)
        site = site_of(settings.languages, Path(settings.docs_dir), settings.contract, explainers, kept)
        require_strings(site, {"ui": settings.ui, "not_found": settings.not_found})
    except SiteConfigError as error:
        raise LayoutError(str(error)) from None
    site_url = settings.site_url or "http://127.0.0.1:8000/"
    return Layout(
        config_file=config_file,
        docs_dir=Path(settings.docs_dir),
        site_url=site_url if site_url.endswith("/") else site_url + "/",
        base_path=urlsplit(site_url).path.rstrip("/") + "/",
        site=site,
        ui=settings.ui,
    )


def _settings(config, plugin) -> Settings:
    return Settings(config.docs_dir, config.site_url, languages_of(config), plugin.config.contract,
                    {language: dict(strings) for language, strings in plugin.config.ui.items()},
                    {language: dict(strings) for language, strings in plugin.config.not_found.items()})


def load_site_config(config_file: Path, site_url: str | None = None, explainers: bool = True,
                     kept: KeptData | None = None):
    """(MkDocs' config, the explainer plugin, the site it describes) of mkdocs.yml; LayoutError in one line if any
    is unusable (a config warning too, as in the strict build)."""
    config, plugin = _loaded(config_file, site_url)
    try:
        return config, plugin, plugin.read_site(config, explainers, kept)
    except SiteConfigError as error:
        raise LayoutError(str(error)) from None


def _loaded(config_file: Path, site_url: str | None):
    """(MkDocs' config, the explainer plugin) of mkdocs.yml, loaded by MkDocs."""
    from mkdocs.config import load_config  # imported here: loading MkDocs is slow and only needed once
    from mkdocs.exceptions import Abort, ConfigurationError

    # MkDocs logs config warnings and errors while loading: collect them, for this call only, instead of printing
    # them, and report the first as one line. A warning is an error here, as in the strict build (a misspelt plugin
    # option is one). The logger's state must be restored: MkDocs counts --strict warnings through it.
    logger = logging.getLogger("mkdocs")
    saved, collected = (logger.level, logger.handlers, logger.propagate), _Collect()
    logger.setLevel(logging.WARNING)
    logger.handlers, logger.propagate = [collected], False
    try:
        overrides = {"site_url": site_url} if site_url else {}
        config = load_config(config_file=str(config_file), **overrides)
    except (ConfigurationError, Abort, OSError) as error:
        raise LayoutError(f"cannot load {config_file}: {_one_line(collected.errors, str(error))}") from None
    finally:
        logger.setLevel(saved[0])
        logger.handlers, logger.propagate = saved[1], saved[2]
    if collected.warnings:
        raise LayoutError(f"{config_file}: {_one_line(collected.warnings, '')}")
    plugin = config.plugins.get(PLUGIN)
    if plugin is None:
        raise LayoutError(f"{config_file}: the {PLUGIN} plugin is not listed under plugins")
    return config, plugin


def _one_line(messages: list[str], otherwise: str) -> str:
    """The first message MkDocs logged (or the exception's), on one line: YAML errors span several."""
    return " ".join((messages[0] if messages else otherwise).split())
