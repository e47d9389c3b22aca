"""Per-language UI: strings that Markdown extensions and templates render in the page's language."""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority


def ui_strings(config: MkDocsConfig) -> dict[str, str]:
    """The `extra.ui` strings of the language being built (static-i18n sets theme.language per build)."""
    return config.extra["ui"][config.theme["language"]]


# ----------------------------------------------------------------------------------------------------------
# Configuration: runs after static-i18n has switched the build to a language (its priority is -100)
# ----------------------------------------------------------------------------------------------------------

@event_priority(-150)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # toc's permalink_title is one global option; each language build gets its own.
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = ui_strings(config)["permalink_title"]
    return config


# ----------------------------------------------------------------------------------------------------------
# Templates: one 404.html at the root, from the default language's build
# ----------------------------------------------------------------------------------------------------------

_default_404: dict[str, str] = {}


def on_post_template(output_content: str, *, template_name: str, config: MkDocsConfig) -> str:
    # static-i18n writes 404.html to the root once per language, the last one winning; GitHub Pages serves
    # that single file for every missing path, so the default language's bilingual page must be the one kept.
    if template_name != "404.html":
        return output_content
    i18n = config.plugins["i18n"]
    if config.theme["language"] == i18n.default_language:
        _default_404["html"] = output_content
        return output_content
    return _default_404.get("html", output_content)
