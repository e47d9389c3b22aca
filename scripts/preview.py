#!/usr/bin/env python3
"""Build the site and serve it as GitHub Pages would: http://127.0.0.1:8000/explainer/ (Ctrl-C stops).

Usage: python scripts/preview.py [--port 8000] [--path explainer]

The build is strict and made for exactly that address (SITE_URL), into a temporary folder; the server listens
once the build is done, and the folder is removed when it stops (Ctrl-C or SIGTERM). Missing paths get the
site's 404.html with status 404, text is gzip-compressed and declared UTF-8, as on Pages.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

from explainer.pipes import quiet_on_closed_pipe
from explainer.preview import serve

ROOT = Path(__file__).resolve().parents[1]


@quiet_on_closed_pipe  # `… | head` ends it quietly
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="preview.py", description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8000, help="port on 127.0.0.1 (default: 8000)")
    parser.add_argument("--path", default="explainer", help="the project path, as in <owner>.github.io/<path>/")
    arguments = parser.parse_args(argv)
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner, once per build
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    # SIGTERM ends the server as Ctrl-C does, so the temporary build is removed either way
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    url = f"http://127.0.0.1:{arguments.port}/{arguments.path}/"
    try:
        with tempfile.TemporaryDirectory() as web:
            try:
                build(load_config(config_file=str(ROOT / "mkdocs.yml"), site_url=url, strict=True,
                                  site_dir=str(Path(web) / arguments.path)))
            except (MkDocsException, SystemExit) as error:
                print(f"preview.py: error: the build failed: {error}", file=sys.stderr)
                return 1
            try:
                server = serve(Path(web), arguments.path, arguments.port)
            except OSError as error:
                print(f"preview.py: error: cannot listen on 127.0.0.1:{arguments.port}: {error.strerror}",
                      file=sys.stderr)
                return 2
            print(f"Serving {url} as GitHub Pages would (Ctrl-C stops)", flush=True)
            try:
                while True:
                    time.sleep(3600)
            finally:
                server.shutdown()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
