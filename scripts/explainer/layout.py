"""The site's layout as MkDocs sees it: docs_dir, base path, languages, and where each page comes from."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .site import Site, SiteConfigError, from_config


class LayoutError(ValueError):
    """mkdocs.yml cannot be loaded or does not describe a bilingual site."""


@dataclass(frozen=True)
class Layout:
    config_file: Path
    docs_dir: Path
    site_url: str  # absolute, ends with "/"
    base_path: str  # the site_url path, e.g. "/repo/"
    site: Site  # languages, pages and URL folders (explainer.site owns them)

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
        named = self.site.page_of(page) if page.endswith("index.html") else None
        if named is None:
            return None
        candidate = self.docs_dir / self.site.markdown_name(*named)
        return candidate if candidate.is_file() else None


def load_layout(config_file: Path, site_url: str | None = None) -> Layout:
    """Read mkdocs.yml with MkDocs' own loader, so `!ENV` and defaults behave exactly as in the build."""
    from mkdocs.config import load_config  # imported here: loading MkDocs is slow and only needed once
    from mkdocs.exceptions import ConfigurationError

    # MkDocs logs config warnings while loading; quiet them for this call only. The logger's level must be
    # restored: MkDocs counts --strict warnings through it, so a lasting change would disable strict mode.
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        overrides = {"site_url": site_url} if site_url else {}
        config = load_config(config_file=str(config_file), **overrides)
    except (ConfigurationError, OSError) as error:
        detail = " ".join(str(error).split())  # MkDocs' YAML errors span several lines
        raise LayoutError(f"cannot load {config_file}: {detail}") from None
    finally:
        logger.setLevel(level)
    try:
        site = from_config(config)
    except SiteConfigError as error:
        raise LayoutError(str(error)) from None
    site_url = config.site_url or "http://127.0.0.1:8000/"
    return Layout(
        config_file=config_file,
        docs_dir=Path(config.docs_dir),
        site_url=site_url if site_url.endswith("/") else site_url + "/",
        base_path=urlsplit(site_url).path.rstrip("/") + "/",
        site=site,
    )
