"""The HTML the plugin and the post-build steps write that no Markdown extension can (the untranslated banner, an
explainer page's days, the redirect pages, the 404's other-language chrome), each from a Jinja partial in
overrides/partials/explainer/, autoescaped: text from a source or a contract never becomes markup. The partials
hold the markup.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from babel.dates import format_date
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .published import Explainer
from .structure import FALLBACK

PARTIALS = "partials/explainer"  # below the theme's custom_dir (overrides/)


class Templates:
    """The site's own partials, rendered with autoescape on (MkDocs' theme environment has it off)."""

    def __init__(self, custom_dir: str | Path):
        self.environment = Environment(loader=FileSystemLoader(str(custom_dir)), autoescape=True,
                                       undefined=StrictUndefined)

    def render(self, name: str, **data) -> str:
        return self.environment.get_template(f"{PARTIALS}/{name}.html").render(**data)


def untranslated(templates: Templates, html: str, language: str, page_language: str, ui) -> str:
    """A page shown in another language until it is translated: a banner above it, the page marked with its lang.
    `html` is the page's own rendered Markdown, markup already."""
    return templates.render("untranslated", banner=ui.untranslated, language=language, page_lang=page_language,
                            fallback_class=FALLBACK, content=Markup(html))


def dates(templates: Templates, html: str, explainer: Explainer, ui) -> str:
    """An explainer page's days (added, and updated if it was), below its h1 (first if it has none), each a
    <time> in the language's CLDR format."""
    days = [(label, day, format_date(date.fromisoformat(day), ui.date_format, locale=ui.og_locale))
            for label, day in ((ui.added, explainer.added), (ui.updated, explainer.last_updated)) if day]
    line = templates.render("dates", days=days)
    end = html.find("</h1>")
    return html[:end + 5] + line + html[end + 5:] if end >= 0 else line + html
