#!/usr/bin/env python3
"""Audit every page with Lighthouse 12.2.3 (mobile settings) and print a Markdown table of the scores.

Usage: python scripts/audit_lighthouse.py [--chromium /usr/bin/chromium]

It builds the site into a temporary folder, serves it on 127.0.0.1 under /explainer/ with gzip (as GitHub
Pages serves it), installs Lighthouse with npm into ~/.cache/explainer-lighthouse when it is not there yet
(13.x needs Node 22), and audits the eight pages. The 404 pages are left to the browser tests: Lighthouse
refuses to audit a document served with status 404.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE_VERSION = "12.2.3"
TOOLS = Path.home() / ".cache" / "explainer-lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = ["", "article/", "people/", "faq/", "en/", "en/article/", "en/people/", "en/faq/"]
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzip-compressed when the client accepts it (as GitHub Pages does)."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if "gzip" not in self.headers.get("Accept-Encoding", "") or path.suffix not in COMPRESSIBLE \
                or not path.is_file():
            return super().send_head()
        if not self.path.split("?")[0].endswith("/") and path.name == "index.html":
            return super().send_head()  # let the base class redirect /dir to /dir/
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args) -> None:
        pass


def lighthouse() -> Path:
    """The Lighthouse CLI, installed once with npm."""
    binary = TOOLS / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        TOOLS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["npm", "install", "--prefix", str(TOOLS), "--no-audit", "--no-fund",
                        f"lighthouse@{LIGHTHOUSE_VERSION}"], check=True, stdout=subprocess.DEVNULL)
    return binary


def audit(binary: Path, url: str, chromium: str) -> dict:
    flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
    result = subprocess.run(
        [str(binary), url, "--output=json", "--quiet", f"--chrome-flags={flags}",
         f"--only-categories={','.join(CATEGORIES)}"],
        env=dict(os.environ, CHROME_PATH=chromium), capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    arguments = parser.parse_args(argv)
    if not Path(arguments.chromium).exists():
        print(f"audit_lighthouse.py: error: no Chromium at {arguments.chromium}", file=sys.stderr)
        return 2
    binary = lighthouse()
    with tempfile.TemporaryDirectory() as web:
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(GzipHandler, directory=web))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        site_url = f"http://127.0.0.1:{server.server_port}/explainer/"
        subprocess.run([Path(sys.executable).parent / "mkdocs", "build", "-q", "--strict",
                        "-f", ROOT / "mkdocs.yml", "-d", Path(web) / "explainer"],
                       env=dict(os.environ, SITE_URL=site_url, NO_MKDOCS_2_WARNING="1"), check=True)
        print("| page | performance | accessibility | best practices | SEO | transferred |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for page in PAGES:
            report = audit(binary, site_url + page, arguments.chromium)
            scores = [round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES]
            transferred = report["audits"]["total-byte-weight"]["numericValue"] / 1000
            print(f"| /{page} | " + " | ".join(map(str, scores)) + f" | {transferred:.1f} KB |", flush=True)
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
