"""The Material and static-i18n internals the site relies on (explainer.compat) are all in the built site."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import REAL, ROOT
from explainer.compat import missing


def test_every_theme_internal_the_site_relies_on_is_present(site):
    assert missing(site.dir, REAL.site) == []


def test_a_vanished_internal_is_named(site, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site.dir, copy)
    faq = REAL.site.pages_of_kind("faq")[0]  # the FAQ page the list looks at
    page = copy / faq / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace('id="__config"', 'id="__settings"'), encoding="utf-8")
    assert missing(copy, REAL.site) == ["Material's __config script (base, search worker path) (used by "
                                        "explainer.postbuild.search): nothing matches "
                                        "//script[@id='__config' and @type='application/json'] in "
                                        f"{faq}/index.html"]


def test_the_i18n_plugin_still_offers_what_the_explainer_plugin_reads():
    from mkdocs.config import load_config

    i18n = load_config(config_file=str(ROOT / "mkdocs.yml")).plugins["i18n"]
    for attribute in ("locale", "link", "default", "build", "site_name"):  # explainer.site and explainer.plugin
        assert all(hasattr(language, attribute) for language in i18n.config.languages), \
            f"static-i18n's languages no longer have {attribute}"


def test_the_finnish_theme_strings_keep_materials_keys():
    import re

    import material

    def keys(path: Path) -> set[str]:
        return set(re.findall(r'^\s*"([^"]+)":', path.read_text(encoding="utf-8"), re.M))

    for name in ("fi.html", "en.html"):
        ours = ROOT / "overrides" / "partials" / "languages" / name
        theirs = Path(material.__file__).parent / "templates" / "partials" / "languages" / name
        assert keys(ours) == keys(theirs), f"overrides/partials/languages/{name} differs from Material's keys"
