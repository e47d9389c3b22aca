"""--external: check external http(s) links with timeouts, bounded concurrency, retries on 429 and a cache."""

from __future__ import annotations

import json
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from .context import SiteContext
from .findings import FILES, Finding, check
from .pages import PageRecord
from .record_cache import cache_home

if TYPE_CHECKING:
    import urllib.request

TIMEOUT = 10  # seconds per request
WORKERS = 8  # requests in flight at most
RETRIES = 3  # on 429 Too Many Requests
CACHE_TTL = 24 * 3600  # seconds a good answer is trusted
CACHE_FILE: Path | None = None  # default: explainer-external-links.json in the user's cache folder


def _request(url: str, method: str) -> urllib.request.Request:
    import urllib.request

    return urllib.request.Request(url, method=method, headers={"User-Agent": "explainer-link-check"})


def _status(url: str) -> str:
    """"" if the URL answers 2xx/3xx, else a short reason."""
    # imported here: HTTP and TLS take ~20 ms to import, and a run checks external links only when asked to
    import urllib.error
    import urllib.request

    for attempt in range(RETRIES + 1):
        try:
            with urllib.request.urlopen(_request(url, "HEAD"), timeout=TIMEOUT):
                return ""
        except urllib.error.HTTPError as error:
            if error.code == 405:  # HEAD not allowed: ask with GET
                try:
                    with urllib.request.urlopen(_request(url, "GET"), timeout=TIMEOUT):
                        return ""
                except urllib.error.HTTPError as retry:
                    error = retry
                except (urllib.error.URLError, OSError) as failure:
                    return f"unreachable ({getattr(failure, 'reason', failure)})"
            if error.code == 429 and attempt < RETRIES:
                delay = error.headers.get("Retry-After", "")
                time.sleep(min(int(delay) if delay.isdigit() else 2 ** attempt, 30))
                continue
            return f"HTTP {error.code}"
        except (urllib.error.URLError, OSError, ValueError) as error:
            return f"unreachable ({getattr(error, 'reason', error)})"
    return "HTTP 429 after retries"


@check("external-link", scope=FILES, default=False)
def external_link(context: SiteContext, records: Iterable[tuple[str, PageRecord]]) -> Iterator[Finding]:
    """External http(s) links answer (run with --external; good answers cached for a day)."""
    base = cache_home()
    cache_file = CACHE_FILE or (base / "explainer-external-links.json" if base else None)
    cache = _read_answers(cache_file)
    uses: dict[str, list[tuple[str, int]]] = {}
    for page, record in records:
        for link in record.links:
            web = link.url.lower().startswith(("http://", "https://"))
            if web and context.resolve(page, link.url).kind == "external":
                uses.setdefault(link.url.split("#")[0], []).append((page, link.line))
    now = time.time()
    todo = [url for url in uses if now - cache.get(url, 0) > CACHE_TTL]
    with ThreadPoolExecutor(WORKERS) as pool:
        results = dict(zip(todo, pool.map(_status, todo)))
    for url, reason in sorted(results.items()):
        if reason:
            for page, line in uses[url]:
                yield Finding(context.label(page), line, f'"{url}": {reason}')
        else:
            cache[url] = now
    _write_answers(cache_file, cache)


def _read_answers(cache_file: Path | None) -> dict[str, float]:
    """The good answers cached (URL -> when), none without a cache file or a readable one."""
    try:
        return json.loads(cache_file.read_text(encoding="utf-8")) if cache_file else {}
    except (OSError, ValueError):
        return {}


def _write_answers(cache_file: Path | None, cache: dict[str, float]) -> None:
    try:
        if cache_file:
            cache_file.write_text(json.dumps(cache, indent=0, sort_keys=True), encoding="utf-8")
    except OSError:
        pass  # a cache that cannot be written only costs time
