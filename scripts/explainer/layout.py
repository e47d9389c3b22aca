"""The site's layout as MkDocs sees it: docs_dir, base path, languages, and where each page comes from."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import urlsplit

from .published import KeptData
from .site import Site, SiteConfigError

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


def load_layout(config_file: Path, site_url: str | None = None, explainers: bool = True,
                kept: KeptData | None = None) -> Layout:
    """Read mkdocs.yml with MkDocs' own loader, so `!ENV` and defaults behave exactly as in the build (with
    `explainers=False`, the site's shared contract only: what the generator needs; contracts' data parsed before
    taken from `kept`)."""
    config, plugin, site = load_site_config(config_file, site_url, explainers, kept)
    site_url = config.site_url or "http://127.0.0.1:8000/"
    return Layout(
        config_file=config_file,
        docs_dir=Path(config.docs_dir),
        site_url=site_url if site_url.endswith("/") else site_url + "/",
        base_path=urlsplit(site_url).path.rstrip("/") + "/",
        site=site,
        ui=dict(plugin.config.ui),
    )


def load_site_config(config_file: Path, site_url: str | None = None, explainers: bool = True,
                     kept: KeptData | None = None):
    """(MkDocs' config, the explainer plugin, the site it describes) of mkdocs.yml; LayoutError in one line if any
    is unusable (a config warning too, as in the strict build)."""
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
    try:
        return config, plugin, plugin.read_site(config, explainers, kept)
    except SiteConfigError as error:
        raise LayoutError(str(error)) from None


def _one_line(messages: list[str], otherwise: str) -> str:
    """The first message MkDocs logged (or the exception's), on one line: YAML errors span several."""
    return " ".join((messages[0] if messages else otherwise).split())
