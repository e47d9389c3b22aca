"""Shared fixtures: one real build of the site, served the way GitHub Pages serves a project site."""

from __future__ import annotations

import functools
import http.server
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from explainer.layout import Layout, load_layout  # noqa: E402

# GitHub Pages serves a project site under /<repo>/; the tests serve it the same way.
REPO_PATH = "explainer"


@dataclass(frozen=True)
class BuiltSite:
    dir: Path  # the built site
    url: str  # where the test server serves it, = SITE_URL of the build
    layout: Layout


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def build_site(site_dir: Path, site_url: str) -> None:
    """Build with MkDocs' API in strict mode, as the README and the workflow do."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ["SITE_URL"] = site_url
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    build(load_config(config_file=str(ROOT / "mkdocs.yml"), site_dir=str(site_dir), strict=True))


@pytest.fixture(scope="session")
def web_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("www")
    root.chmod(0o755)  # LinkChecker, run as root, reads the site as user nobody
    return root


@pytest.fixture(scope="session")
def server(web_root):
    handler = functools.partial(_QuietHandler, directory=str(web_root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd
    httpd.shutdown()


@pytest.fixture(scope="session")
def site(web_root, server) -> BuiltSite:
    url = f"http://127.0.0.1:{server.server_port}/{REPO_PATH}/"
    site_dir = web_root / REPO_PATH
    build_site(site_dir, url)
    return BuiltSite(dir=site_dir, url=url, layout=load_layout(ROOT / "mkdocs.yml"))
