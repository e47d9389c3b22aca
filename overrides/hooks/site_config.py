"""The site's own config, checked once per language build and handed to the other hooks and the templates.

`config.extra.site` is the one owner of languages, page names, kinds and URL folders (explainer.site); a
missing or malformed key stops the build with one MkDocs error naming it, instead of a KeyError later.
"""

from __future__ import annotations

from explainer.site import SiteConfigError, from_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority


@event_priority(-140)  # after static-i18n (-100) has switched the build to a language, before the other hooks
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    try:
        site = config.extra["site"] = from_config(config)
    except SiteConfigError as error:
        raise PluginError(str(error)) from None
    language = config.theme["language"]
    config.nav = site.nav(language, config.extra["ui"][language])  # every explainer, from the contract
    return config
