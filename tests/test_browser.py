"""The reader's experience in real Chromium, against the site served as GitHub Pages serves a project site."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from conftest import CONTRACT, FIRST, REAL

S = FIRST.slug  # the first explainer's slug

pytestmark = pytest.mark.browser

SITE = REAL.site
PAGES = [SITE.page_path(page, language) for language in SITE.languages for page in SITE.pages]


def watch(page) -> list[tuple[int, str]]:
    """Every response the page gets, as (status, url)."""
    responses: list[tuple[int, str]] = []
    page.on("response", lambda response: responses.append((response.status, response.url)))
    return responses


def in_viewport(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => {
        const box = el.getBoundingClientRect();
        return box.top >= 0 && box.top < window.innerHeight;
    }""")


def open_switcher_and_choose(page, language: str) -> None:
    page.hover(".md-select")
    page.click(f".md-select__link[hreflang='{language}']")
    page.wait_for_load_state("load")


# --- 1. Switching language keeps your place ---------------------------------------------------------------

@pytest.mark.parametrize("path, fragment", [
    (f"{S}/faq/", "where-do-they-go"), ("people/", "erik-meijer"),
    (f"{S}/article/", "p-llm-trend"),
])
def test_switching_language_keeps_the_entry(page, site, path, fragment):
    responses = watch(page)
    page.goto(f"{path}#{fragment}")
    open_switcher_and_choose(page, "en")
    assert page.url == f"{site.url}en/{path}#{fragment}"
    assert page.evaluate("document.documentElement.lang") == "en"
    assert in_viewport(page, f"[id='{fragment}']")
    open_switcher_and_choose(page, "fi")
    assert page.url == f"{site.url}{path}#{fragment}"
    assert [r for r in responses if r[0] >= 400] == []


def test_switching_language_by_keyboard(page, site):
    page.goto(f"{S}/faq/#how-meta-retains-talent")
    page.focus(".md-select button")
    page.keyboard.press("Tab")  # Suomi
    page.keyboard.press("Tab")  # English
    assert page.evaluate("document.activeElement.getAttribute('hreflang')") == "en"
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site.url}en/{S}/faq/#how-meta-retains-talent")


def test_switching_language_without_javascript_keeps_the_page(browser, site):
    context = browser.new_context(java_script_enabled=False, base_url=site.url)
    page = context.new_page()
    page.goto("people/#devi-parikh")
    open_switcher_and_choose(page, "en")
    assert urlsplit(page.url).path == urlsplit(f"{site.url}en/people/").path
    context.close()


# --- 2. FAQ deep links --------------------------------------------------------------------------------------

def test_each_faq_entry_has_a_visible_permalink_and_a_copy_button(page, site):
    page.goto(f"{S}/faq/")
    for entry in CONTRACT.ids[f"{S}/faq"]:
        permalink = page.locator(f"h2[id='{entry}'] > a.headerlink")
        assert permalink.get_attribute("href") == f"#{entry}"
        assert float(permalink.evaluate("el => getComputedStyle(el).opacity")) > 0
        button = page.locator(f"h2[id='{entry}'] > button.explainer-copy-link")
        assert button.is_visible()
        assert button.get_attribute("aria-label").startswith("Kopioi linkki: ")


@pytest.mark.parametrize("path, label, announced", [
    (f"{S}/faq/", "Kopioi linkki", "Linkki kopioitu leikepöydälle"),
    (f"en/{S}/faq/", "Copy link", "Link copied to clipboard"),
])
def test_copy_link_by_keyboard_copies_and_announces(page, site, path, label, announced):
    page.goto(path)
    button = page.locator("h2[id='which-companies-are-the-alternative'] > button")
    assert button.text_content() == label
    button.focus()
    assert page.evaluate("document.activeElement.classList.contains('explainer-copy-link')")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('[role=status]').textContent.length > 0")
    assert page.evaluate("navigator.clipboard.readText()") == f"{site.url}{path}#which-companies-are-the-alternative"
    assert page.locator("[role=status]").text_content() == announced


@pytest.mark.parametrize("path, label", [(f"{S}/article/", "Kopioi linkki"),
                                         (f"en/{S}/article/", "Copy link")])
def test_each_article_paragraph_has_a_permalink_and_a_copy_button(page, site, path, label):
    page.goto(path)
    for paragraph in CONTRACT.ids[f"{S}/article"]:
        permalink = page.locator(f"p[id='{paragraph}'] > a.headerlink")
        assert permalink.is_visible() and permalink.get_attribute("href") == f"#{paragraph}"
        button = page.locator(f"p[id='{paragraph}'] > button.explainer-copy-link")
        assert button.is_visible() and button.get_attribute("aria-label").startswith(f"{label}: ")
    button = page.locator("p[id='p-departures'] > button.explainer-copy-link")
    button.focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('[role=status]').textContent.length > 0")
    assert page.evaluate("navigator.clipboard.readText()") == f"{site.url}{path}#p-departures"


def test_an_opened_paragraph_link_is_highlighted(page):
    page.goto(f"en/{S}/article/#p-llm-trend")
    assert in_viewport(page, "[id='p-llm-trend']")
    assert page.eval_on_selector("[id='p-llm-trend']", "el => getComputedStyle(el).outlineStyle") == "solid"


@pytest.mark.parametrize("path", [f"{S}/article/", f"en/{S}/faq/", "people/"])
def test_permalinks_and_copy_buttons_are_big_enough_to_tap(browser, site, path):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  base_url=site.url)
    phone = context.new_page()
    phone.goto(path)
    sizes = phone.eval_on_selector_all(
        ".md-content .headerlink, .md-content .explainer-copy-link",
        # each one shown (the h1's is not: the page's own address needs none)
        "els => els.filter(e => e.getClientRects().length).map(e => { const r = e.getBoundingClientRect(); "
        "return [r.width, r.height]; })")
    context.close()
    assert sizes and [size for size in sizes if size[0] < 24 or size[1] < 24] == []


@pytest.mark.parametrize("path", [f"{S}/faq/", f"en/{S}/article/"])
def test_dark_mode_follows_the_system(page, path):
    page.emulate_media(color_scheme="dark")
    page.goto(path)
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [float(c) for c in background[background.index("(") + 1:-1].split(",")[:3]]
    assert max(channels) < 60, background
    page.emulate_media(color_scheme="light")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(255, 255, 255)"


@pytest.mark.parametrize("language", SITE.languages)
def test_the_source_page_shows_the_source_as_received(page, site, language):
    source = site.layout.docs_dir / FIRST.source_path
    page.goto(SITE.page_path(FIRST.page("source"), language))
    assert page.eval_on_selector("#source-text", "el => el.textContent") == source.read_bytes().decode("utf-8")
    assert page.eval_on_selector("#source-text", "el => el.lang") == SITE.source_language
    assert page.inner_text("#source-sha256") == FIRST.source_sha256


def test_opening_an_entry_link_scrolls_to_it_and_highlights_it(page):
    page.goto(f"en/{S}/faq/#what-drives-work-outside-big-tech")
    selector = "[id='what-drives-work-outside-big-tech']"
    assert in_viewport(page, selector)
    assert page.eval_on_selector(selector, "el => el.matches(':target')")
    outline = page.eval_on_selector(selector, "el => getComputedStyle(el).outlineStyle")
    assert outline == "solid"
    assert not page.eval_on_selector("[id='why-leave-meta']", "el => el.matches(':target')")


# --- 3. Search in the reader's language ---------------------------------------------------------------------

def search(page, query: str) -> tuple[str, list[str]]:
    page.focus("input.md-search__input")
    # Material searches on keyup: fill all but the last letter silently, so the only query it runs is the whole one
    page.fill("input.md-search__input", query[:-1])
    page.keyboard.type(query[-1])
    # done when the count Material announces ("3 results") equals the result items rendered, or it
    # says there are none
    page.wait_for_function("""() => {
        const meta = document.querySelector('.md-search-result__meta').textContent;
        const items = document.querySelectorAll('li.md-search-result__item').length;
        if (/^\\d/.test(meta)) return parseInt(meta, 10) === items;
        return items === 0 && /No results|Ei hakutuloksia/.test(meta);  // the "no results" message
    }""")
    meta = page.inner_text(".md-search-result__meta")
    links = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    return meta, links


def result_pages(page) -> int:
    """Material counts documents: one list item per page, its matching sections inside."""
    return page.locator("li.md-search-result__item").count()


@pytest.mark.parametrize("path, query, expected_language", [
    (f"{S}/faq/", "ammattilaisilla", "fi"),  # inflected form; the pages say "ammattilaiset"
    (f"{S}/faq/", "Anthropic", "fi"),
    (f"en/{S}/faq/", "Anthropic", "en"),
    (f"en/{S}/article/", "professionals", "en"),
])
def test_search_finds_pages_in_the_readers_language_only(page, site, path, query, expected_language):
    page.goto(path)
    meta, links = search(page, query)
    assert links, meta
    english = [link for link in links if link.startswith(f"{site.url}en/")]
    assert english == (links if expected_language == "en" else [])
    assert int(meta.split()[0]) == result_pages(page), meta


def test_finnish_stemming_finds_inflected_forms(page, site):
    page.goto("")
    _, links = search(page, "ammattilaisilla")
    paths = {urlsplit(link).path for link in links}
    expected = {urlsplit(f"{site.url}{S}/{page}/").path for page in ("faq", "article")}
    assert expected <= paths


# --- 4. Glossary tooltips per language ----------------------------------------------------------------------

@pytest.mark.parametrize("path, selector, text", [
    (f"{S}/article/", "a[href$='#devi-parikh']", "Generatiivisen tekoälyn johtaja; on lähtenyt Metasta"),
    (f"en/{S}/article/", "a[href$='#devi-parikh']", "Head of generative AI; has left Meta"),
    (f"{S}/article/", "abbr", "suuri kielimalli"),
    (f"en/{S}/article/", "abbr", "large language model"),
])
def test_hovering_a_name_shows_its_role_in_the_page_language(page, path, selector, text):
    page.goto(path)
    target = page.locator(f"article {selector}").filter(has_text="LLM") if selector == "abbr" else \
        page.locator(f"article {selector}").first
    target.first.hover()
    tooltip = page.locator(".explainer-tooltip:not([hidden])")
    tooltip.wait_for()
    assert text in tooltip.inner_text()
    page.keyboard.press("Escape")
    tooltip.wait_for(state="hidden")


# --- 4b. Old addresses of moved pages ----------------------------------------------------------------------

@pytest.mark.parametrize("old, new", [
    ("faq/#why-leave-meta", f"{S}/faq/#why-leave-meta"),
    ("en/article/#p-llm-trend", f"en/{S}/article/#p-llm-trend"),
    ("source/", f"{S}/source/"),
])
def test_an_old_address_redirects_and_keeps_the_fragment(page, site, old, new):
    page.goto(old)
    page.wait_for_url(f"{site.url}{new}")
    fragment = new.partition("#")[2]
    if fragment:
        assert page.eval_on_selector(f"[id='{fragment}']", "el => el.matches(':target')")


def test_an_old_address_works_without_javascript(browser, site):
    context = browser.new_context(java_script_enabled=False, base_url=site.url)
    page = context.new_page()
    page.goto("faq/")
    page.wait_for_url(f"{site.url}{S}/faq/")
    context.close()


# --- 5. The 404 page in both languages ----------------------------------------------------------------------

@pytest.mark.parametrize("path, language, title, home", [
    ("no/such/page/", "fi", "Sivua ei löytynyt", ""),
    ("en/no/such/page/", "en", "Page not found", "en/"),
])
def test_the_404_page_speaks_the_language_of_the_path(page, site, path, language, title, home):
    responses = watch(page)
    response = page.goto(path)
    assert response.status == 404
    assert page.evaluate("document.documentElement.lang") == language
    assert page.locator("h1:visible").all_inner_texts() == [title]
    stylesheets = [r for r in responses if r[1].endswith(".css")]
    assert stylesheets and all(status == 200 for status, _ in stylesheets)
    assert page.eval_on_selector(".md-header", "el => getComputedStyle(el).position") == "sticky"
    page.locator(f"section[lang='{language}'] a").first.click()
    page.wait_for_load_state("load")
    assert page.url == f"{site.url}{home}"
    assert [r for r in responses if r[0] >= 400 and not r[1].startswith(f"{site.url}{path}")] == []


@pytest.mark.parametrize("path", ["no/such/page/", "en/no/such/page/"])
def test_the_404_language_switcher_leads_to_each_languages_home(page, site, path):
    """The English 404's switcher led to the last English page built (/meta-ai-departures/source/), not to /."""
    page.goto(path)
    links = page.eval_on_selector_all(".md-select__link", "els => els.map(a => [a.hreflang, a.href])")
    assert sorted(links) == sorted([language, f"{site.url}{SITE.prefix(language)}"] for language in REAL.languages)
    open_switcher_and_choose(page, SITE.source_language)
    page.wait_for_load_state("load")
    assert page.url == site.url


def visible_strings(page) -> set[str]:
    """Every string a reader (or a screen reader) meets: visible text lines, labels, placeholders, the title."""
    return set(page.evaluate("""() => {
        const lines = document.body.innerText.split("\\n").map(s => s.trim()).filter(Boolean);
        const labels = [...document.querySelectorAll("[placeholder], [aria-label], [title]")]
            .filter(el => el.checkVisibility())
            .flatMap(el => ["placeholder", "aria-label", "title"].map(a => el.getAttribute(a)).filter(Boolean));
        return [...lines, ...labels, document.title];
    }"""))


def test_the_404_page_has_no_string_of_the_other_language(page):
    page.goto("no/such/page/")
    finnish = visible_strings(page)
    page.goto("en/no/such/page/")
    english = visible_strings(page)
    assert {"Sivua ei löytynyt", "Hae", "Etusivu", "Henkilöt ja toimijat", "Tekoälyosaajat lähtevät Metasta"} <= finnish
    assert {"Page not found", "Search", "Home", "People and organisations", "AI experts are leaving Meta"} <= english
    # the language switcher names each language in itself; an explainer not translated yet keeps its title
    untranslated = {SITE.title(e, SITE.default_language) for e in SITE.explainers
                    if SITE.translations[0] not in e.title}
    assert finnish & english <= {"Suomi", "English"} | untranslated
    assert page.evaluate("document.documentElement.lang") == "en"


def test_the_english_404_searches_the_english_pages(page, site):
    page.goto("en/no/such/page/")
    _, links = search(page, "Anthropic")
    assert links and all(link.startswith(f"{site.url}en/") for link in links)


# --- 6. Nothing from third parties --------------------------------------------------------------------------

@pytest.mark.parametrize("path", PAGES)
def test_pages_load_only_from_their_own_origin(page, site, path):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    responses = watch(page)
    page.goto(path)
    page.wait_for_load_state("networkidle")
    origin = f"{urlsplit(site.url).scheme}://{urlsplit(site.url).netloc}/"
    assert [url for url in requests if not url.startswith(origin)] == []
    assert [r for r in responses if r[0] >= 400] == []


# --- 7. Accessibility ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES + ["no/such/page/", "en/no/such/page/"])
def test_axe_finds_no_violations(page, path, scheme):
    from axe_playwright_python.sync_playwright import Axe

    page.emulate_media(color_scheme=scheme)
    page.goto(path)
    page.wait_for_load_state("networkidle")
    violations = Axe().run(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == []


@pytest.mark.parametrize("path", [f"{S}/faq/", f"en/{S}/faq/"])
def test_keyboard_alone_reaches_switcher_search_and_every_copy_button(page, path):
    page.goto(path)
    reached = set()
    for _ in range(120):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("""() => {
            const el = document.activeElement;
            if (el.matches('.md-select__link')) return 'switcher:' + el.getAttribute('hreflang');
            if (el.matches('.md-search__input')) return 'search';
            if (el.matches('.explainer-copy-link')) return 'copy:' + el.parentElement.id;
            return '';
        }"""))
    entries = CONTRACT.ids[f"{S}/faq"]
    expected = {"switcher:fi", "switcher:en", "search"} | {f"copy:{i}" for i in entries}
    assert expected <= reached


@pytest.mark.parametrize("path, title", [
    (f"{S}/faq/", "Pysyvä linkki tähän kohtaan"),
    (f"en/{S}/faq/", "Permanent link to this section"),
])
def test_ui_strings_are_in_the_page_language(page, path, title):
    page.goto(path)
    titles = set(page.eval_on_selector_all("a.headerlink", "els => els.map(e => e.dataset.explainerTooltip)"))
    assert titles == {title}
    label = page.get_attribute(".md-search[role=dialog]", "aria-label")
    assert label == ("Haku" if path == f"{S}/faq/" else "Search")


def test_the_search_engine_loads_only_when_the_reader_searches(page):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{S}/faq/")
    page.wait_for_load_state("networkidle")
    engine = ("/workers/search.", "/lunr/")
    assert [url for url in requests if any(part in url for part in engine)] == []
    _, links = search(page, "Meta")
    assert links
    assert [url for url in requests if "/workers/search." in url]


# --- 9. A second explainer, generated and not translated yet ---------------------------------------------------

@pytest.fixture(scope="module")
def second(web_root, server, tmp_path_factory):
    """The site with a second, generated explainer, served beside the first build: its base URL."""
    from conftest import build_site, copy_project
    from explainer.preview import site_url
    from test_generator import SECOND, SLUG, generate

    root = tmp_path_factory.mktemp("second")
    source = root / "second.txt"
    source.write_text(SECOND, encoding="utf-8")
    project = copy_project(root / "project")
    assert generate(project, source, "--slug", SLUG).returncode == 0
    url = site_url(server, "second")
    build_site(web_root / "second", url, project / "mkdocs.yml")
    return url


def test_language_switch_on_a_second_explainer_keeps_the_entry(page, second):
    page.goto(f"{second}suomalaiset-tekoalyyritykset/faq/#mita-anna-korhonen-sanoo-osaajapulasta")
    open_switcher_and_choose(page, "en")
    assert page.url == f"{second}en/suomalaiset-tekoalyyritykset/faq/#mita-anna-korhonen-sanoo-osaajapulasta"
    assert page.locator(".explainer-untranslated").is_visible()
    open_switcher_and_choose(page, "fi")
    assert page.url == f"{second}suomalaiset-tekoalyyritykset/faq/#mita-anna-korhonen-sanoo-osaajapulasta"


@pytest.mark.parametrize("path, query, english", [("en/", "Korhonen", False), ("en/", "Anthropic", True),
                                                   ("", "Korhonen", False)])
def test_search_keeps_an_untranslated_explainer_out_of_the_english_index(page, second, path, query, english):
    page.goto(f"{second}{path}")
    meta, links = search(page, query)
    in_english = [link for link in links if link.startswith(f"{second}en/")]
    if path == "en/":
        assert in_english == links and bool(links) == english, (meta, links)
    else:
        assert links and not in_english and any("suomalaiset-tekoalyyritykset" in link for link in links)


@pytest.mark.parametrize("path", ["en/", "en/suomalaiset-tekoalyyritykset/article/", "people/",
                                  "en/people/", "suomalaiset-tekoalyyritykset/faq/"])
def test_axe_finds_no_violations_with_a_second_explainer(page, second, path):
    from axe_playwright_python.sync_playwright import Axe

    page.goto(f"{second}{path}")
    page.wait_for_load_state("networkidle")
    violations = Axe().run(page).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]]) for v in violations] == []


# --- The editing loop ---------------------------------------------------------------------------------------

def test_mkdocs_serve_reloads_the_page_on_an_edit_with_no_console_error(browser, tmp_path):
    """Under `mkdocs serve` the page's policy blocked MkDocs' live-reload script: an edit never reloaded the page
    and every page logged a CSP error. A served preview's policy lets inline scripts run (a published build's
    never does)."""
    import os
    import socket
    import subprocess
    import sys
    import time

    from conftest import copy_project

    project = copy_project(tmp_path / "project")
    with socket.socket() as probe:  # a free port on 127.0.0.1
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=url)
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    context = browser.new_context()
    tab = context.new_page()
    errors = []
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    try:
        deadline = time.monotonic() + 120
        while True:  # the first build takes a while
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                assert time.monotonic() < deadline and server.poll() is None, server.stderr.read()
                time.sleep(0.5)
        tab.goto(f"{url}{S}/article/")
        tab.wait_for_load_state("load")
        article = project / "docs" / S / "article.md"
        article.write_text(article.read_text(encoding="utf-8") + "\nMuokattu kappale esikatselua varten.\n",
                           encoding="utf-8")
        deadline = time.monotonic() + 120
        while "Muokattu kappale esikatselua varten." not in _body_text(tab):  # the page reloads itself
            assert time.monotonic() < deadline, "the page did not reload after the edit"
            time.sleep(0.5)
        assert [error for error in errors if "Content Security Policy" in error or "Refused" in error] == []
    finally:
        context.close()
        server.terminate()
        server.wait(timeout=30)


def _body_text(tab) -> str:
    try:
        return tab.inner_text("body", timeout=1000)
    except Exception:  # noqa: BLE001 - the page is reloading
        return ""


# --- 10. Report an error, where the site names a target ----------------------------------------------------------

REPORT_FORM = "https://example.org/issues/new?title={title}&body={address}&labels=error&entry={id}"


@pytest.fixture(scope="module")
def reporting(web_root, server, tmp_path_factory):
    """The site with an issue form as its error-report target (docs/site.yml `report-errors`): its base URL."""
    from conftest import build_site, copy_project
    from explainer.preview import site_url

    project = copy_project(tmp_path_factory.mktemp("reporting") / "project")
    with (project / "docs" / "site.yml").open("a", encoding="utf-8") as contract:
        contract.write(f"\nreport-errors:\n  url: \"{REPORT_FORM}\"\n")
    url = site_url(server, "reporting")
    build_site(web_root / "reporting", url, project / "mkdocs.yml")
    return url


@pytest.mark.parametrize("path, selector, label", [
    (f"{S}/article/", "p[id='p-departures']", "Ilmoita virheestä"),
    (f"en/{S}/faq/", "h2[id='where-do-they-go']", "Report an error"),
    ("en/people/", "h3[id='erik-meijer']", "Report an error"),
])
def test_each_entry_offers_a_report_link_carrying_its_address(page, reporting, path, selector, label):
    from urllib.parse import parse_qs

    responses = watch(page)
    page.goto(f"{reporting}{path}")
    link = page.locator(f"{selector} > a.explainer-report")
    assert link.text_content() == label and link.get_attribute("aria-label").startswith(f"{label}: ")
    entry = selector.split("'")[1]
    query = parse_qs(urlsplit(link.get_attribute("href")).query)
    assert link.get_attribute("href").startswith("https://example.org/issues/new?")
    assert (query["body"], query["entry"], query["labels"]) == ([f"{reporting}{path}#{entry}"], [entry], ["error"])
    assert query["title"][0].strip()
    link.focus()  # reached by keyboard like any link
    assert page.evaluate("document.activeElement.classList.contains('explainer-report')")
    assert not [url for _, url in responses if not url.startswith(reporting)]  # nothing asked of another site


def test_without_a_target_no_entry_offers_a_report_link(page):
    page.goto(f"{S}/article/")
    assert page.locator("button.explainer-copy-link").count() > 0
    assert page.locator("a.explainer-report").count() == 0


def test_a_mail_target_gives_a_mailto_link_naming_the_entry(browser, web_root, server, tmp_path):
    from urllib.parse import parse_qs

    from conftest import build_site, copy_project
    from explainer.preview import site_url

    project = copy_project(tmp_path / "project")
    with (project / "docs" / "site.yml").open("a", encoding="utf-8") as contract:
        contract.write("\nreport-errors: {mail: toimitus@example.org}\n")
    url = site_url(server, "reporting-mail")
    build_site(web_root / "reporting-mail", url, project / "mkdocs.yml")
    context = browser.new_context()
    try:
        tab = context.new_page()
        tab.goto(f"{url}en/{S}/faq/")
        href = tab.locator("h2[id='where-do-they-go'] > a.explainer-report").get_attribute("href")
    finally:
        context.close()
    address, _, query = href.partition("?")
    fields = parse_qs(query)
    assert address == "mailto:toimitus@example.org"
    assert fields["subject"] == ["Report an error: Where are these professionals moving to?"]
    assert fields["body"] == [f"{url}en/{S}/faq/#where-do-they-go"]
