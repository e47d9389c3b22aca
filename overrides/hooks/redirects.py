"""Pages that moved keep their old addresses: a small redirect page per language that keeps the #fragment.

published.yml lists them (`moved`). Each redirect page names the new address as canonical, sends the browser
there with the fragment (JavaScript), and without JavaScript still gets there (meta refresh, and a link).
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

PAGE = """<!doctype html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>{text}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{absolute}">
<script>location.replace({target_js} + location.hash)</script>
<meta http-equiv="refresh" content="0; url={target}">
</head>
<body>
<p>{text}: <a href="{target}">{absolute}</a></p>
</body>
</html>
"""


def redirect_page(old: str, new: str, language: str, site, site_url: str, text: str) -> str:
    target, absolute = site.link(old, new, language), site_url + site.page_path(new, language)
    return PAGE.format(lang=language, text=escape(text), absolute=escape(absolute, quote=True),
                       target=escape(target, quote=True), target_js=escape(f'"{target}"', quote=False))


@event_priority(-200)  # once static-i18n has written every language
def on_post_build(*, config: MkDocsConfig) -> None:
    if config.plugins["i18n"].building:
        return
    site = config.extra["site"]
    site_url = config.site_url if config.site_url.endswith("/") else config.site_url + "/"
    for old, new in site.contract.moved.items():
        for language in site.languages:
            path = Path(config.site_dir) / site.built_page(old, language)
            path.parent.mkdir(parents=True, exist_ok=True)
            text = config.extra["ui"][language]["moved"]
            path.write_text(redirect_page(old, new, language, site, site_url, text), encoding="utf-8")
