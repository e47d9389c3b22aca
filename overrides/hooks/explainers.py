"""The site of many explainers: the home page lists them, the shared glossary shows each generated explainer's
names with their quotes, and a page not translated yet says so in the reader's language.

Everything comes from the explainers' contracts (docs/<slug>/explainer.yml, through config.extra.site).
"""

from __future__ import annotations

from html import escape

from explainer.structure import FALLBACK
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.pages import Page


def _link(site, page, target: str, language: str, fragment: str = "") -> str:
    return site.link(site.page_of(page.url)[0], target, language, fragment)


def _translated(explainer, language: str) -> bool:
    return language in explainer.title


def explainer_list(site, page: Page, language: str, ui: dict) -> str:
    """The home page's list: each explainer's title and one-line summary in the reader's language."""
    items = []
    for explainer in site.explainers:
        href = escape(_link(site, page, explainer.page("article"), language), quote=True)
        slug = escape(explainer.slug, quote=True)
        if _translated(explainer, language):  # title and summary are translation units (explainer.units)
            title, summary = escape(explainer.title[language]), escape(explainer.summary[language])
            items.append(f'<li data-explainer="{slug}"><a href="{href}" class="explainer-title">{title}</a> – '
                         f'<span class="explainer-summary">{summary}</span></li>')
        else:
            title = escape(site.title(explainer, language))
            note = escape(ui["untranslated_short"])
            items.append(f'<li data-explainer="{slug}" data-untranslated><a href="{href}" '
                         f'lang="{site.default_language}">{title}</a> – {note}</li>')
    # not searched: each title and summary leads to the explainer's own pages, which are
    return (f'<h2 id="explainers">{escape(ui["explainers"])}</h2>\n'
            f'<ul class="explainer-list" data-search-exclude>\n' + "\n".join(items) + "\n</ul>\n")


def glossary_sections(site, page: Page, language: str, ui: dict) -> str:
    """Each generated explainer's names: quotes from its source and links to the paragraphs and FAQ entries
    that use them; a name the glossary has already links to its entry instead of repeating it."""
    sections = []
    for explainer in site.explainers:
        if not explainer.glossary:
            continue
        parts = [f'<h2 id="{escape(explainer.slug)}">{escape(site.title(explainer, language))}</h2>']
        if not all(entry.get("confirmed") for entry in explainer.glossary):
            parts.append(f'<p class="explainer-candidates" lang="{language}">{escape(ui["candidates"])}</p>')
        article, faq = explainer.page("article"), explainer.page("faq")
        paragraph_ids = list(site.contract.ids.get(article, ()))
        faq_ids = list(site.contract.ids.get(faq, ())) if faq else []
        for entry in explainer.glossary:
            name = escape(entry["name"])
            if entry.get("in-glossary"):
                parts.append(f'<h3><a href="#{escape(entry["id"])}">{name}</a></h3>')
            else:
                parts.append(f'<h3 id="{escape(entry["id"])}">{name}</h3>')
            parts += [f"<blockquote><p>{escape(quote)}</p></blockquote>" for quote in entry["quotes"]]
            links = []
            for mention in entry["mentions"]:
                # named as a reader finds it: "kappale 3" (the article's third paragraph), "UKK 2", "Lähde"
                if mention in faq_ids:
                    target, label = faq, f'{ui["nav_faq"]} {faq_ids.index(mention) + 1}'
                elif mention == "source-credit":
                    target, label = article, ui["credit"]
                else:
                    target = article
                    label = f'{ui["paragraph"]} {paragraph_ids.index(mention) + 1}' if mention in paragraph_ids \
                        else mention
                href = escape(_link(site, page, target, language, mention), quote=True)
                links.append(f'<a href="{href}">{escape(label)}</a>')
            parts.append(f'<p class="mentions" lang="{language}">{escape(ui["mentioned_in"])} {", ".join(links)}</p>')
        # its quotes are Finnish: found by the Finnish search only, until the explainer is translated
        search = "" if _translated(explainer, language) else " data-search-exclude"
        sections.append(f'<section class="explainer-glossary" lang="{site.default_language}"{search}>\n'
                        + "\n".join(parts) + "\n</section>")
    return "\n".join(sections) + ("\n" if sections else "")


def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files) -> str:
    site = config.extra["site"]
    language = config.theme["language"]
    ui = config.extra["ui"][language]
    kind = site.kind_of(page.url)
    if kind == "home":
        html += explainer_list(site, page, language, ui)
    elif kind == "glossary":
        html += glossary_sections(site, page, language, ui)
    if getattr(page.file, "locale", language) != language:  # static-i18n shows the Finnish page here
        banner = f'<p class="explainer-untranslated" lang="{language}">{escape(ui["untranslated"])}</p>\n'
        html = f'{banner}<div class="{FALLBACK}" lang="{site.default_language}">\n{html}</div>\n'
    return html


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files) -> str:
    if getattr(page.file, "locale", config.theme["language"]) != config.theme["language"]:
        # a page not translated yet stays out of this language's search (it is in the Finnish one)
        page.meta["search"] = {**page.meta.get("search", {}), "exclude": True}
    return markdown
