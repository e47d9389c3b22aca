#!/usr/bin/env python3
"""Audit every page with Lighthouse 12.2.3 (mobile settings) and print a Markdown table of the scores.

Usage: python scripts/audit_lighthouse.py [--chromium /usr/bin/chromium]

It builds the site into a temporary folder, serves it on 127.0.0.1 under /explainer/ with the project's
Pages-like server (explainer.preview: gzip, 404.html, UTF-8), installs Lighthouse with npm into
~/.cache/explainer-lighthouse when it is not there yet (13.x needs Node 22), and audits every page in both
languages. The 404 pages are left to the browser tests: Lighthouse refuses to audit a document served with
status 404.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from explainer.correction_marks import PAGE as CORRECTIONS
from explainer.layout import load_layout
from explainer.pipes import quiet_on_closed_pipe
from explainer.preview import serve, site_url

ROOT = Path(__file__).resolve().parents[1]
LIGHTHOUSE_VERSION = "12.2.3"
TOOLS = Path.home() / ".cache" / "explainer-lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def pages() -> list[str]:
    """Every page in every language, as the site's URL owner lists them, and the corrections page the build adds."""
    site = load_layout(ROOT / "mkdocs.yml").site
    return [site.page_path(page, language) for language in site.languages for page in (*site.pages, CORRECTIONS)]


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


@quiet_on_closed_pipe  # `… | head` ends it quietly
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    arguments = parser.parse_args(argv)
    if not Path(arguments.chromium).exists():
        print(f"audit_lighthouse.py: error: no Chromium at {arguments.chromium}", file=sys.stderr)
        return 2
    binary = lighthouse()
    with tempfile.TemporaryDirectory() as web:
        server = serve(Path(web), "explainer")  # the project's Pages-like server, as the tests use it
        address = site_url(server, "explainer")
        subprocess.run([Path(sys.executable).parent / "mkdocs", "build", "--strict",
                        "-f", ROOT / "mkdocs.yml", "-d", Path(web) / "explainer"],
                       env=dict(os.environ, SITE_URL=address, NO_MKDOCS_2_WARNING="1"), check=True)
        print("| page | performance | accessibility | best practices | SEO | transferred |")
        print("| --- | ---: | ---: | ---: | ---: | ---: |")
        for page in pages():
            report = audit(binary, address + page, arguments.chromium)
            scores = [round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES]
            transferred = report["audits"]["total-byte-weight"]["numericValue"] / 1000
            print(f"| /{page} | " + " | ".join(map(str, scores)) + f" | {transferred:.1f} KB |", flush=True)
        server.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
