"""Text from a source stays text: an explainer generated from a hostile source runs no script on any page, and
every page's Content-Security-Policy stops an inline script that slips into a page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import REAL, ROOT, build_site, copy_project
from explainer.structure import parse_html

pytestmark = pytest.mark.browser

HOSTILE = ROOT / "tests" / "fixtures" / "hostile.fi.txt"  # script, attribute break-outs, javascript: links,
SLUG = "vihamielinen"  # event handlers, Jinja and attr_list syntax in title, paragraphs, FAQ and credit
# Collects what the page's policy blocked, and any dialog a script opened, before the page's own scripts run.
WATCH = """
window.__blocked = [];
document.addEventListener("securitypolicyviolation", e => window.__blocked.push(e.violatedDirective));
"""


@pytest.fixture(scope="module")
def hostile(web_root, server, tmp_path_factory) -> tuple[str, Path]:
    """The site with an explainer generated from the hostile source, built and served: (base URL, folder)."""
    from explainer.preview import site_url
    from test_generator import generate

    project = copy_project(tmp_path_factory.mktemp("hostile") / "project")
    result = generate(project, HOSTILE, "--slug", SLUG)
    assert result.returncode == 0, result.stderr
    url = site_url(server, "hostile")
    build_site(web_root / "hostile", url, project / "mkdocs.yml")
    return url, web_root / "hostile"


def pages_of(folder: Path) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.html"))


def test_no_hostile_text_becomes_markup_on_any_page(hostile):
    _, folder = hostile
    for page in pages_of(folder):
        document = parse_html((folder / page).read_bytes())
        # JSON data blocks (JSON-LD) carry the text escaped (\u003c…), as data; a script that runs must not
        injected = document.xpath("//script[not(@type) or @type='module'][contains(., 'alert(')]"
                                  " | //img[@src='x'] | //iframe | //b[@onmouseover]"
                                  " | //@*[starts-with(name(), 'on')] | //a[starts-with(@href, 'javascript:')]")
        assert injected == [], page


def test_no_script_runs_from_a_hostile_source_on_any_page(browser, hostile):
    url, folder = hostile
    context = browser.new_context()
    context.add_init_script(WATCH)
    dialogs = []
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    for path in pages_of(folder):
        if path == "404.html":
            continue  # served for every missing path: below
        page.goto(url + path.removesuffix("index.html"))
        page.hover("text=pigmenttejä") if SLUG in path and "faq" in path else None
        assert page.evaluate("window.__blocked") == [], path
    page.goto(url + "no/such/page/")
    assert page.evaluate("window.__blocked") == []
    page.goto(url)  # search results show the hostile text, with their highlights, as text
    page.keyboard.press("/")
    page.keyboard.type("Kvanttiväri")
    page.wait_for_selector(".md-search-result__item")
    assert page.evaluate("window.__blocked") == []
    assert page.locator(".md-search-result img, .md-search-result iframe").count() == 0
    context.close()
    assert dialogs == []


@pytest.mark.parametrize("language", REAL.languages)
def test_every_page_keeps_to_its_own_policy(page, site, language):
    """Material's scripts, the site's own, the search worker and the 404 swap all run under the policy."""
    page.add_init_script(WATCH)
    prefix = REAL.site.prefix(language)
    for name in REAL.site.pages:
        page.goto(site.url + REAL.site.page_path(name, language))
        assert page.evaluate("window.__blocked") == [], name
    page.goto(f"{site.url}{prefix}no/such/page/")
    page.keyboard.press("/")  # search, through the stemming worker
    page.keyboard.type("Meta")
    page.wait_for_selector(".md-search-result__item")
    assert page.evaluate("window.__blocked") == []


def test_an_inline_script_injected_into_a_page_does_not_run(page, site, web_root):
    copy = web_root / "injected"
    shutil.copytree(site.dir, copy)
    faq = copy / REAL.site.built_page(REAL.site.pages_of_kind("faq")[0], REAL.site.default_language)
    html = faq.read_text(encoding="utf-8")
    faq.write_text(html.replace("</body>", "<script>window.__injected = true</script></body>", 1), encoding="utf-8")
    page.add_init_script(WATCH)
    page.goto(site.url.replace("/explainer/", "/injected/") + faq.relative_to(copy).as_posix().removesuffix(
        "index.html"))
    assert page.evaluate("window.__injected === undefined")
    assert page.evaluate("window.__blocked") == ["script-src-elem"]
    assert page.locator(".explainer-copy-link").count() > 0  # the site's own script ran
