"""One search index per language, each with its own lunr language and pipeline.

static-i18n merges every language into one index at the site root, and Material runs all languages' pipelines
over every document: Finnish pages then find English pages, and with stemming on, "Anthropic" finds nothing.
This hook splits the merged index after the last language build and points each language's pages at their own.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from urllib.parse import urlencode

from jinja2.utils import htmlsafe_json_dumps
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

INDEX = Path("search") / "search_index.json"
PIPELINE = ["trimmer", "stopWordFilter", "stemmer"]
WORKER = "explainer-search.js"  # overrides/assets/javascripts/workers/, beside Material's worker
log = logging.getLogger("mkdocs.hooks.search_per_language")  # under "mkdocs", so --strict counts it
_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


# ----------------------------------------------------------------------------------------------------------
# Pages: each language's pages search their own index, through the stemming worker wrapper
# ----------------------------------------------------------------------------------------------------------

def _rebase(output: str, config: MkDocsConfig, where: str) -> str:
    """Point the page's Material config at its language's index and at the stemming worker wrapper."""
    prefix = config.extra["site"].prefix(config.theme["language"])

    def rebase(match: re.Match) -> str:
        data = json.loads(match.group(2))
        if prefix:  # a non-default language's pages take their language folder as the search base
            data["base"] = f"{data['base'].rstrip('/')}/{prefix}"
        folder, material_worker = data["search"].rsplit("/", 1)
        data["search"] = f"{folder}/{WORKER}?{urlencode({'material': material_worker})}"
        return match.group(1) + str(htmlsafe_json_dumps(data, dumps=json.dumps, sort_keys=True)) + match.group(3)

    output, found = _CONFIG_SCRIPT.subn(rebase, output, count=1)
    if not found:  # Material's markup changed: say so (fatal under --strict) rather than ship a mixed search
        log.warning(f"search_per_language: no Material __config script on {where}; "
                    "this page would search every language")
    return output


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return _rebase(output, config, page.file.src_uri)


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    # each language build renders its own 404.html; language_ui merges them afterwards (lower priority)
    return _rebase(output_content, config, template_name) if template_name == "404.html" else output_content


# ----------------------------------------------------------------------------------------------------------
# Build: split the merged index once static-i18n has written it (its post_build has priority -100)
# ----------------------------------------------------------------------------------------------------------

@event_priority(-200)
def on_post_build(*, config: MkDocsConfig) -> None:
    i18n = config.plugins["i18n"]
    if i18n.building:  # a nested language build: the merged index is not written yet
        return
    folder = Path(config.site_dir)
    merged = json.loads((folder / INDEX).read_text(encoding="utf-8"))
    site = config.extra["site"]
    others = tuple(site.prefix(language) for language in site.translations)
    for language in site.languages:
        prefix = site.prefix(language)
        if prefix:
            docs = [dict(doc, location=doc["location"][len(prefix):])
                    for doc in merged["docs"] if doc["location"].startswith(prefix)]
        else:
            docs = [doc for doc in merged["docs"] if not doc["location"].startswith(others)]
        index = dict(merged, config=dict(merged["config"], lang=[language], pipeline=PIPELINE), docs=docs)
        target = folder / prefix / INDEX
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
