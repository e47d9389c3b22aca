"""Serve a built site the way GitHub Pages serves a project site: under a sub-path, with the site's 404.html
(status 404) for every missing path, gzip when the browser accepts it, and UTF-8 declared for text.

One server for the README's preview command (scripts/preview.py), the tests and the Lighthouse audit.
Python's http.server alone ignores 404.html, sends no charset (the raw .txt source shows mojibake) and
never compresses, so this small handler exists.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import re
import threading
import urllib.parse
from pathlib import Path

COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", ".map")
TEXT_TYPES = {".html": "text/html", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
              ".xml": "application/xml", ".svg": "image/svg+xml", ".txt": "text/plain", ".map": "application/json"}


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    site_path = "explainer"  # the project path the site lives under, as on <owner>.github.io/<repo>/

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      **{suffix: f"{kind}; charset=utf-8" for suffix, kind in TEXT_TYPES.items()}}

    def send_head(self):
        if _escapes_its_folder(self.path):
            return self._send_not_found()
        path = Path(self.translate_path(self.path))
        if path.is_dir() and (path / "index.html").is_file():
            if not self.path.split("?", 1)[0].endswith("/"):
                return super().send_head()  # the base class redirects /dir to /dir/, as Pages does
            path = path / "index.html"
        if path.is_file():
            return self._send(path, 200)
        return self._send_not_found()

    def _send_not_found(self):
        not_found = Path(self.directory) / self.site_path / "404.html"
        if not_found.is_file():
            return self._send(not_found, 404)
        self.send_error(404)
        return None

    def _send(self, path: Path, status: int):
        body = path.read_bytes()
        compress = path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", "")
        if compress:
            body = gzip.compress(body, mtime=0)
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("X-Content-Type-Options", "nosniff")  # a .txt is never run as a script or style
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args) -> None:
        pass


def _escapes_its_folder(raw_path: str) -> bool:
    """Whether a request names a file outside the folder its address shows: an encoded slash or backslash, or a
    `..` segment. The base class decodes `%2F` and then resolves `..`, so
    `assets/javascripts/..%2Fsource%2Fx.txt` would serve the raw source from a URL inside the script folder, which
    the page's CSP allows (a CSP matches the decoded path's prefix)."""
    path = raw_path.split("?", 1)[0].split("#", 1)[0]
    if re.search(r"%(2f|5c)", path, re.IGNORECASE):
        return True
    return any(segment in {"..", "."} for segment in urllib.parse.unquote(path).split("/"))


def serve(web_root: Path, site_path: str = "explainer", port: int = 0) -> http.server.ThreadingHTTPServer:
    """Start serving `web_root` (which holds the site in `web_root/<site_path>/`) on 127.0.0.1 in a thread.
    The site's address is http://127.0.0.1:<server.server_port>/<site_path>/; call shutdown() to stop."""
    handler = type("Handler", (PagesHandler,), {"site_path": site_path})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(web_root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def site_url(server: http.server.ThreadingHTTPServer, site_path: str = "explainer") -> str:
    return f"http://127.0.0.1:{server.server_port}/{site_path}/"
