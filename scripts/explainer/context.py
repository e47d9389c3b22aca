"""What every check sees: the site on disk, its layout from mkdocs.yml, and the records of its pages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from .layout import Layout
from .pages import PageRecord


@dataclass(frozen=True)
class Target:
    """Where a URL found on a page points."""
    kind: str  # "internal", "external", "outside-base", "escapes-root", "special"
    file: str = ""  # for "internal": the built file, relative to the site root ("" if none exists)
    path: str = ""  # for "internal": the path below the base path
    fragment: str = ""


@dataclass
class SiteContext:
    site: Path
    site_label: str  # how the site dir is shown in findings
    layout: Layout
    files: list[str]
    records: dict[str, PageRecord]

    @cached_property
    def file_set(self) -> set[str]:
        return set(self.files)

    @cached_property
    def html_pages(self) -> list[str]:
        return [f for f in self.files if f.endswith((".html", ".htm"))]

    @cached_property
    def content_pages(self) -> list[str]:
        """Pages readers reach through navigation: every HTML page but the 404 page."""
        return [f for f in self.html_pages if f != "404.html" and not self.records[f].error]

    def label(self, relative: str) -> str:
        return f"{self.site_label}/{relative}"

    def page_url(self, relative: str) -> str:
        return self.layout.page_url(relative)

    def resolve(self, page: str, url: str) -> Target:
        """Resolve a URL as a browser on the published site would, then map it to a built file."""
        url = url.strip()
        scheme = urlsplit(url).scheme.lower()
        if scheme in ("mailto", "tel", "javascript", "data"):
            return Target("special")
        absolute = urljoin(self.page_url(page), url)
        parts, site = urlsplit(absolute), urlsplit(self.layout.site_url)
        if parts.scheme not in ("http", "https", "") or (parts.scheme, parts.netloc) != (site.scheme, site.netloc):
            return Target("external")
        fragment = unquote(parts.fragment)
        if not parts.path.startswith(self.layout.base_path):
            # urljoin clamps "../" at the host root, so a relative link that climbs out shows up here too
            return Target("outside-base" if url.startswith("/") else "escapes-root", fragment=fragment)
        below = unquote(parts.path[len(self.layout.base_path):])
        if ".." in below.split("/"):
            return Target("escapes-root", fragment=fragment)
        return Target("internal", self._file_for(below), below, fragment)

    def _file_for(self, below: str) -> str:
        """The built file a path below the base path serves: a folder serves its index.html."""
        candidates = [below] if below and not below.endswith("/") else []
        candidates.append(f"{below}index.html" if not below or below.endswith("/") else f"{below}/index.html")
        return next((c for c in candidates if c in self.file_set), "")
