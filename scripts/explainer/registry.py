"""Every check of the checker, in the order --list-checks shows them: a new check is a function (explainer.findings
`check` declares its scope and inputs) and one line here."""

from __future__ import annotations

from . import checks_article as article
from . import checks_content as content
from . import checks_corrections as corrections
from . import checks_feeds as feeds
from . import checks_links as links
from . import checks_markup as markup
from . import checks_revisions as revisions
from . import checks_translation as translation
from . import external
from .findings import Check

CHECKS: dict[str, Check] = {check.name: check for check in (
    content.source_hash,
    content.published_ids,
    content.faq_source,
    content.faq_translation,
    content.article_source,
    content.article_translation,
    content.glossary,
    content.faq_jsonld,
    article.article_jsonld,
    article.dates,
    corrections.corrections,
    revisions.revisions,
    revisions.pending,
    content.shown_text,
    content.page_kind,
    content.source_page,
    content.front_matter,
    content.glossary_candidates,
    markup.active_content,
    markup.foreign_resource,
    links.unreadable,
    links.internal_links,
    links.fragments,
    links.duplicate_ids,
    links.bad_links,
    links.meta_refresh,
    links.canonical,
    links.hreflang,
    links.language_switcher,
    links.language_leak,
    links.sitemap,
    links.moved,
    feeds.feed,
    feeds.feed_link,
    *translation.SENTENCE,
    translation.entity_list,
    translation.glossary_grounding,
    external.external_link,
)}
