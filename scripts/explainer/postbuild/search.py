"""One search index per language, each with its own lunr language and pipeline.

static-i18n merges every language into one index at the site root, and Material runs all languages' pipelines
over every document: Finnish pages then find English pages, and with stemming on, "Anthropic" finds nothing.
`split_index` splits the merged index; `rebase` points a page's Material config at its language's index and at
the stemming worker wrapper.

Material's page script fetches search/search_index.json on every page load, before anyone searches: with many
explainers that is megabytes per first view. So each language's index is written to search/explainer_index.json,
and search_index.json holds only its config (languages, separator, pipeline), which is all the page script reads;
the worker wrapper fetches the full index when the first query arrives.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlencode

from mkdocs.exceptions import PluginError

from ..site import Site

INDEX = Path("search") / "search_index.json"  # what Material's page script fetches: the config only
FULL = Path("search") / "explainer_index.json"  # what the worker fetches on the first query
PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]
WORKER = "explainer-search.js"  # overrides/assets/javascripts/workers/, beside Material's worker
# Material's config script: a JSON document in a script element of its own (its markup is in compat.py's list).
CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


class SearchDataError(PluginError):
    """The search index or a page's search config is not what Material writes (one line)."""


def _json(text: str, where: str, keys: tuple[str, ...]) -> dict:
    """JSON Material wrote, with the keys the steps read; anything else is one error line, not a traceback."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise SearchDataError(f"{where}: not valid JSON: {error}") from None
    if not isinstance(data, dict) or any(key not in data for key in keys):
        raise SearchDataError(f"{where}: not Material's search data (expected the keys {', '.join(keys)})")
    return data


def split_index(folder: Path, site: Site) -> None:
    """Write each language's own index from the merged one (nothing to do where they exist already)."""
    merged_file = folder / INDEX
    if not merged_file.is_file() or all((folder / site.prefix(language) / FULL).is_file()
                                        for language in site.languages):
        return
    merged = _json(merged_file.read_text(encoding="utf-8"), merged_file.as_posix(), ("config", "docs"))
    others = tuple(site.prefix(language) for language in site.translations)
    for language in site.languages:
        prefix = site.prefix(language)
        if prefix:
            docs = [dict(doc, location=doc["location"][len(prefix):])
                    for doc in merged["docs"] if doc["location"].startswith(prefix)]
        else:
            docs = [doc for doc in merged["docs"] if not doc["location"].startswith(others)]
        index = dict(merged, config=dict(merged["config"], lang=[language], pipeline=PIPELINE), docs=docs)
        (folder / prefix / INDEX).parent.mkdir(parents=True, exist_ok=True)
        (folder / prefix / FULL).write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")),
                                            encoding="utf-8")
        (folder / prefix / INDEX).write_text(json.dumps(dict(index, docs=[]), ensure_ascii=False,
                                                        separators=(",", ":")), encoding="utf-8")


def rebase(html: str, prefix: str) -> tuple[str, bool]:
    """A page pointed at its language's index (a language folder "en/" is added to the search base) and at the
    stemming worker; False if the page has no Material config. A page already pointed there is left as it is."""

    from jinja2.utils import htmlsafe_json_dumps  # here: jinja2 loads only where a page is rebased, not in the checker

    def point(match: re.Match) -> str:
        data = _json(match.group(2), "a page's Material __config script", ("search", "base"))
        if WORKER in data["search"]:
            return match.group(0)
        if prefix:
            data["base"] = f"{data['base'].rstrip('/')}/{prefix}"
        folder, material_worker = data["search"].rsplit("/", 1)
        # the full index, relative to the worker (assets/javascripts/workers/ below the site root)
        index = f"../../../{prefix}{FULL.as_posix()}"
        data["search"] = f"{folder}/{WORKER}?{urlencode({'material': material_worker, 'index': index})}"
        return match.group(1) + str(htmlsafe_json_dumps(data, dumps=json.dumps, sort_keys=True)) + match.group(3)

    html, found = CONFIG_SCRIPT.subn(point, html, count=1)
    return html, bool(found)
