"""The site's own stylesheet and script (explainer.css, explainer.js) minified in the built site.

They are on every first view, which has a 70 KB budget (README, Lighthouse); the sources keep their comments.
rcssmin and rjsmin are exact, comment- and whitespace-only minifiers (the ones mkdocs-minify-plugin's peers use).
"""

from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority

MINIFIERS = {"explainer.css": rcssmin.cssmin, "explainer.js": rjsmin.jsmin}


@event_priority(-200)  # once every language build has copied the theme's files
def on_post_build(*, config: MkDocsConfig) -> None:
    if config.plugins["i18n"].building:  # a nested language build: the final files are written later
        return
    for name, minify in MINIFIERS.items():
        for path in Path(config.site_dir).rglob(name):
            path.write_text(minify(path.read_text(encoding="utf-8")), encoding="utf-8")
