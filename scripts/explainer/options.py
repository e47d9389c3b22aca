"""The explainer plugin's options in mkdocs.yml, as a typed schema: MkDocs validates them before any event, so a
missing or misspelt string is one config error naming the key."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError

from .published import SHARED_FILE


class UiStrings(Config):
    """The site's own UI strings in one language (Material translates its own)."""
    og_locale = c.Type(str)
    nav_home = c.Type(str)
    nav_article = c.Type(str)
    nav_faq = c.Type(str)
    nav_source = c.Type(str)
    nav_people = c.Type(str)
    permalink_title = c.Type(str)
    copy_link = c.Type(str)
    report_error = c.Type(str)  # the link to report an error in an entry, where docs/site.yml gives a target
    search_label = c.Type(str)
    link_copied = c.Type(str)
    moved = c.Type(str)
    explainers = c.Type(str)
    all_explainers = c.Type(str)  # the archive pager's label
    added = c.Type(str)  # before the day an explainer was added, on the home page, the archive and its pages
    updated = c.Type(str)  # before the day an explainer last changed, on its pages
    date_format = c.Choice(("short", "medium", "long", "full"))  # CLDR's length of a day: "medium" 4.12.2026
    no_names = c.Type(str)  # an explainer's people page before an editor has confirmed any of its names
    shared_glossary = c.Type(str)  # before the names an explainer's people page links to the shared glossary
    untranslated = c.Type(str)
    untranslated_short = c.Type(str)  # in the home page's list, of an explainer not translated yet
    translated = c.Type(str)  # in the home page's list, of an explainer translated into every language
    mentioned_in = c.Type(str)
    paragraph = c.Type(str)
    credit = c.Type(str)
    source = c.Type(str)  # the footer's label before an explainer's source ("Lähde", "Source")
    original = c.Type(str)  # the label of an FAQ entry's original block in a translation ("Original (Finnish)")
    corrections = c.Type(str)  # the heading of an explainer's corrections and the site's corrections page
    corrected = c.Type(str)  # the mark after a corrected unit, before its day
    correction_place = c.Type(str)  # a correction entry's link to the corrected unit
    correction_was = c.Type(str)  # before what a corrected text said
    correction_now = c.Type(str)  # before what it says now
    no_corrections = c.Type(str)  # the site's corrections page before the first correction
    # a source's revisions ({version}: the revision's, {before}: the one a pending translation follows), each
    # followed by the revision's day
    revision_changed = c.Type(str)  # after a paragraph a revision changed or added
    revision_removed = c.Type(str)  # where a paragraph a revision removed was
    revision_pending = c.Type(str)  # after a translated paragraph that follows an older version
    revision_new_pending = c.Type(str)  # after a new paragraph shown untranslated
    revision_versions = c.Type(str)  # the heading of a source page's earlier versions


class NotFoundStrings(Config):
    """The 404 page's heading and text in one language (its links are the home page, explainers and glossary)."""
    title = c.Type(str)
    text = c.Type(str)


class PerLanguage(c.BaseConfigOption[dict]):
    """language -> its strings, each language's checked against a schema; an error names the language and the key
    ("en.copy_link: Required configuration not provided."), which MkDocs' own DictOfItems(SubConfig) does not."""

    def __init__(self, schema: type[Config]):
        super().__init__()
        self.schema = schema

    def run_validation(self, value: object) -> dict:
        if not isinstance(value, dict):
            raise ValidationError("must map each language to its strings")
        checked = {}
        for language, strings in value.items():
            if not isinstance(strings, dict):
                raise ValidationError(f"{language} must map names to strings")
            config = self.schema()
            config.load_dict(strings)
            failed, warnings = config.validate()
            if failed:
                key, error = failed[0]
                raise ValidationError(f"{language}.{key}: {error}")
            self.warnings += [f"{language}.{key}: {warning}" for key, warning in warnings]
            checked[language] = config
        return checked


class ExplainerConfig(Config):
    # The site's shared contract (shared pages, glossary ids, names, moved pages), relative to docs_dir; each
    # explainer's own contract is docs/<slug>/explainer.yml.
    contract = c.Type(str, default=SHARED_FILE)
    # language -> its strings; every language the i18n plugin builds must have them (checked in on_config)
    ui = PerLanguage(UiStrings)
    not_found = PerLanguage(NotFoundStrings)
