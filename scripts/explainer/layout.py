"""The site's layout as MkDocs sees it: docs_dir, base path, languages, and where each page comes from."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit


class LayoutError(ValueError):
    """mkdocs.yml cannot be loaded or does not describe a bilingual site."""


@dataclass(frozen=True)
class Layout:
    config_file: Path
    docs_dir: Path
    site_url: str  # absolute, ends with "/"
    base_path: str  # the site_url path, e.g. "/repo/"
    languages: tuple[str, ...]  # default language first
    source_path: str  # the source text, relative to docs_dir
    source_sha256: str

    @property
    def default_language(self) -> str:
        return self.languages[0]

    def language_of(self, page: str) -> str:
        """Language of a built file given relative to the site root ("en/faq/index.html" -> "en")."""
        first = page.split("/", 1)[0]
        return first if first in self.languages[1:] and "/" in page else self.default_language

    def built_page(self, page: str, language: str) -> str:
        """The built file of a page name in a language ("faq", "en" -> "en/faq/index.html")."""
        prefix = "" if language == self.default_language else f"{language}/"
        return f"{prefix}{'' if page == 'index' else page + '/'}index.html"

    def page_url(self, page: str) -> str:
        """Absolute URL of a built HTML file ("en/faq/index.html" -> "<site_url>en/faq/")."""
        path = page[: -len("index.html")] if page.endswith("index.html") else page
        return self.site_url + path

    def markdown_for(self, page: str) -> Path | None:
        """The Markdown file a built page comes from, if it exists ("en/faq/index.html" -> docs/faq.en.md)."""
        language = self.language_of(page)
        parts = PurePosixPath(page).parts
        if language != self.default_language:
            parts = parts[1:]
        stem = "/".join(parts[:-1]) or "index" if parts and parts[-1] == "index.html" else None
        if stem is None:
            return None
        suffix = ".md" if language == self.default_language else f".{language}.md"
        for candidate in (self.docs_dir / f"{stem}{suffix}", self.docs_dir / stem / f"index{suffix}"):
            if candidate.is_file():
                return candidate
        return None


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
    i18n = config.plugins.get("i18n")
    if i18n is None:
        raise LayoutError(f"{config_file} does not enable the i18n plugin")
    languages = sorted(i18n.config.languages, key=lambda language: not language.default)
    site_url = config.site_url or "http://127.0.0.1:8000/"
    source = (config.extra or {}).get("source") or {}
    if not source.get("path") or not source.get("sha256"):
        raise LayoutError(f"{config_file} has no extra.source path and sha256")
    return Layout(
        config_file=config_file,
        docs_dir=Path(config.docs_dir),
        site_url=site_url if site_url.endswith("/") else site_url + "/",
        base_path=urlsplit(site_url).path.rstrip("/") + "/",
        languages=tuple(language.locale for language in languages),
        source_path=source["path"],
        source_sha256=source["sha256"],
    )
