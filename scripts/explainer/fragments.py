"""The HTML fragments the plugin writes into pages (home list, glossary sections, untranslated banner),
each from a Jinja partial in overrides/partials/explainer/, autoescaped: text from a source or a contract never
becomes markup. This module gathers each partial's plain data from the site's model; the partials hold the markup.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from markupsafe import Markup

from .published import Explainer
from .site import Site
from .structure import FALLBACK

PARTIALS = "partials/explainer"  # below the theme's custom_dir (overrides/)


class Templates:
    """The site's own partials, rendered with autoescape on (MkDocs' theme environment has it off)."""

    def __init__(self, custom_dir: str | Path):
        self.environment = Environment(loader=FileSystemLoader(str(custom_dir)), autoescape=True,
                                       undefined=StrictUndefined)

    def render(self, name: str, **data) -> str:
        return self.environment.get_template(f"{PARTIALS}/{name}.html").render(**data)


def translated(explainer: Explainer, language: str) -> bool:
    """Whether an explainer has its title (and so its pages) in a language."""
    return language in explainer.title


def explainer_list(templates: Templates, site: Site, page: str, language: str, ui) -> str:
    """The home page's list: each explainer's title and one-line summary in the reader's language."""
    items = []
    for explainer in site.explainers:
        items.append({
            "slug": explainer.slug,
            "href": site.link(page, explainer.page("article"), language),
            "translated": translated(explainer, language),
            "title": site.title(explainer, language),
            "summary": explainer.summary.get(language, ""),
            "lang": site.default_language,
            "note": ui.untranslated_short,
        })
    return templates.render("explainer-list", heading=ui.explainers, items=items)


def _mention(site: Site, page: str, explainer: Explainer, mention: str, language: str, ui) -> dict:
    """A link to where an explainer uses a name, labelled as a reader finds it ("kappale 3", "UKK 2", "Lähde")."""
    article, faq = explainer.page("article"), explainer.page("faq")
    paragraph_ids = list(site.contract.ids.get(article, ()))
    faq_ids = list(site.contract.ids.get(faq, ())) if faq else []
    if mention in faq_ids:
        target, label = faq, f"{ui.nav_faq} {faq_ids.index(mention) + 1}"
    elif mention == "source-credit":
        target, label = article, ui.credit
    else:
        target = article
        label = f"{ui.paragraph} {paragraph_ids.index(mention) + 1}" if mention in paragraph_ids else mention
    return {"href": site.link(page, target, language, mention), "label": label}


def glossary_sections(templates: Templates, site: Site, page: str, language: str, ui) -> str:
    """Each generated explainer's names: quotes from its source and links to the paragraphs and FAQ entries
    that use them; a name the glossary has already links to its entry instead of repeating it."""
    sections = []
    for explainer in site.explainers:
        if not explainer.glossary:
            continue
        sections.append({
            "slug": explainer.slug,
            "title": site.title(explainer, language),
            "lang": site.default_language,
            "searched": translated(explainer, language),
            "candidates": "" if all(entry.get("confirmed") for entry in explainer.glossary) else ui.candidates,
            "entries": [{
                "id": entry["id"],
                "name": entry["name"],
                "in_glossary": bool(entry.get("in-glossary")),
                "quotes": entry["quotes"],
                "links": [_mention(site, page, explainer, mention, language, ui) for mention in entry["mentions"]],
            } for entry in explainer.glossary],
        })
    return templates.render("glossary-sections", sections=sections, language=language,
                            mentioned_in=ui.mentioned_in)


def untranslated(templates: Templates, html: str, language: str, page_language: str, ui) -> str:
    """A page shown in another language until it is translated: a banner above it, the page marked with its lang.
    `html` is the page's own rendered Markdown, markup already."""
    return templates.render("untranslated", banner=ui.untranslated, language=language, page_lang=page_language,
                            fallback_class=FALLBACK, content=Markup(html))
