"""The explainer plugin's parts without a build: a page, a Markdown text or a small folder in, HTML out."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from datetime import date, timedelta
from html import escape

import markdown
import pytest
from conftest import CONTRACT, FIRST, REAL, ROOT, ui_strings
from explainer import fragments, page_data
from explainer.fragments import Templates
from explainer.listings import ARCHIVE, PER_PAGE, Listing, archive_pages
from explainer.plugin import LISTING_STRINGS
from explainer.postbuild import finish_for, minify, search
from lxml import html as lxml_html
from markdown.serializers import to_html_string

SITE = REAL.site
SOURCE, TRANSLATION = SITE.source_language, SITE.translations[0]
[HOME], [GLOSSARY] = SITE.shared_pages("home"), SITE.shared_pages("glossary")  # explainers may have people pages
TEMPLATES = Templates(ROOT / "overrides")
HOSTILE = '<script>alert(1)</script>"><svg onload=alert(2)>{{ 7*7 }}{: onclick="x" }'


@pytest.fixture(scope="module")
def config():
    """The real mkdocs.yml, loaded and switched to the default language as a build would (no pages built)."""
    from mkdocs.config import load_config

    loaded = load_config(config_file=str(ROOT / "mkdocs.yml"), site_url="https://example.org/repo/")
    return loaded.plugins.on_config(loaded)


def config_of(language: str):
    from mkdocs.config import load_config

    return load_config(config_file=str(ROOT / "mkdocs.yml")).plugins["explainer"].config.ui[language]


HOSTILE_SLUG = "hostile-contract-test"  # no real explainer's slug, whichever explainers the site has


def hostile_site():
    """The real site with one more explainer whose title, summary and glossary come from a hostile source."""
    explainer = dataclasses.replace(
        FIRST, slug=HOSTILE_SLUG, title={SOURCE: HOSTILE}, summary={SOURCE: HOSTILE}, added="2026-12-24",
        pages=tuple(page.replace(FIRST.slug, HOSTILE_SLUG) for page in FIRST.pages),
        glossary=({"name": HOSTILE, "id": "x-hostile", "mentions": ["p-x"], "quotes": [HOSTILE], "confirmed": True,
                   "role": {SOURCE: HOSTILE}},
                  {"name": "Ehdokas", "id": "x-candidate", "mentions": ["p-x"], "quotes": ["Ehdokas."]}))
    kinds = {**CONTRACT.kinds,
             **{page: CONTRACT.kinds[page.replace(HOSTILE_SLUG, FIRST.slug)] for page in explainer.pages}}
    contract = dataclasses.replace(CONTRACT, kinds=kinds, explainers=(*CONTRACT.explainers, explainer))
    return dataclasses.replace(SITE, contract=contract)


def no_markup_from(html: str) -> None:
    """Nothing of HOSTILE became an element or an attribute."""
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    assert not tree.xpath("//script | //svg | //@onload | //@onclick")
    assert "<script>" not in html and "{{" not in html.replace("{{ 7*7 }}", "")


# --- The listings and the partials: text from a contract is text ---------------------------------------------

def listing(language: str) -> Listing:
    strings = config_of(language)
    return Listing(hostile_site().contract, language, SOURCE, {key: strings[key] for key in LISTING_STRINGS})


def serialised(elements) -> str:
    return "".join(to_html_string(element) for element in elements)


@pytest.mark.parametrize("language", SITE.languages)
def test_the_home_list_escapes_every_title_and_summary(language):
    html = serialised(listing(language).explainers())
    no_markup_from(html)
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    items = tree.xpath("//li[@data-explainer]")
    newest = [e.slug for e in reversed(hostile_site().contract.chronological)][:PER_PAGE]
    assert [item.get("data-explainer") for item in items] == newest and newest[0] == HOSTILE_SLUG
    assert items[0].xpath("string(a)") == HOSTILE  # the newest first
    assert items[0].xpath("string(a/@lang)") == ("" if language == SOURCE else SOURCE)  # shown untranslated
    assert items[0].xpath("string(.//time/@datetime)") == "2026-12-24"
    [first] = [item for item in items if item.get("data-explainer") == FIRST.slug]
    assert first.xpath("a/@href") == [f"{FIRST.page('article')}.md"]  # MkDocs makes it each language's URL


@pytest.mark.parametrize("language", SITE.languages)
def test_the_front_page_tells_each_explainers_source_days_translation_and_latest_correction(language):
    from explainer.corrections import Correction

    fixed = [Correction(f"{FIRST.slug}/article", "#p-exodus", "en", day, "correction", "a", "b", number)
             for number, day in ((1, "2026-12-02"), (2, "2026-12-03"))]
    corrected = dataclasses.replace(FIRST, added="2026-11-29", updated="", corrections=tuple(fixed))
    untranslated = dataclasses.replace(FIRST, slug="new-one", title={SOURCE: "Uusi"}, summary={SOURCE: "Tiivistelmä."},
                                       pages=("new-one/article",), added="2026-11-30", updated="", corrections=())
    strings = config_of(language)
    contract = dataclasses.replace(CONTRACT, explainers=(corrected, untranslated))
    html = serialised(Listing(contract, language, SOURCE, {key: strings[key] for key in LISTING_STRINGS},
                              {FIRST.slug: "Spiceworks"}).explainers())
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    [newer, older] = tree.xpath("//li[@data-explainer]")
    assert newer.get("data-explainer") == "new-one"
    assert newer.xpath("string(*[2]/@lang)") == ("" if language == SOURCE else SOURCE)  # its Finnish summary
    assert newer.xpath("string(.//*[@class='explainer-translated'])") == strings["untranslated_short"]
    assert older.xpath("string(.//*[@class='explainer-translated'])") == strings["translated"]
    assert older.xpath(".//*[@class='explainer-credit']/text()") == [f"{strings['source']}: Spiceworks"]
    assert older.xpath(".//*[@class='explainer-added']/time/@datetime") == ["2026-11-29"]
    assert older.xpath(".//*[@class='explainer-updated']/time/@datetime") == ["2026-12-03"]
    [latest] = older.xpath(".//*[@class='explainer-corrected']/a")
    assert latest.get("href") == f"{FIRST.page('article')}.md#correction-2" and latest.xpath("time/@datetime") == \
        ["2026-12-03"]


def test_the_glossary_sections_escape_names_and_quotes():
    html = serialised(listing(TRANSLATION).glossary(HOSTILE_SLUG))
    no_markup_from(html)
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    [section] = tree.xpath("//section")
    assert section.get("lang") == SOURCE and section.get("data-search-exclude") is not None  # not translated
    assert section.xpath("h2/@id") == ["x-hostile"]  # the candidate is not published
    assert section.xpath("string(h2/text())").strip() == HOSTILE and section.xpath("string(blockquote)") == HOSTILE
    assert section.xpath("string(p[@class='role'])") == HOSTILE
    assert section.xpath("h2/a[@class='headerlink']/@href") == ["#x-hostile"]
    assert section.xpath(".//p[@class='mentions']/a/@href") == ["article.md#p-x"]  # beside it, in its folder


def test_the_listings_replace_their_directives_from_the_contracts():
    strings = config_of(SOURCE)
    options = {"explainer.listings": {"docs_dir": str(ROOT / "docs"), "language": SOURCE, "source_language": SOURCE,
                                      "ui": {key: strings[key] for key in LISTING_STRINGS}}}
    html = markdown.markdown("# Home\n\n[[explainers]]\n\nText.", extensions=["explainer.listings"],
                             extension_configs=options)
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    assert [child.tag for child in tree] == ["h1", "h2", "ul", "p"] and "[[" not in html
    assert tree.xpath("//li/@data-explainer") == [e.slug for e in reversed(SITE.contract.chronological)][:PER_PAGE]


def test_the_untranslated_banner_wraps_the_page_and_keeps_its_markup():
    html = fragments.untranslated(TEMPLATES, "<p id='a'>Teksti</p>", TRANSLATION, SOURCE, config_of(TRANSLATION))
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    assert tree.xpath("string(p[@class='explainer-untranslated']/@lang)") == TRANSLATION
    assert tree.xpath(f"string(div[@lang='{SOURCE}']/p[@id='a'])") == "Teksti"


def test_the_source_text_is_shown_as_received(tmp_path, caplog):
    raw = f"Otsikko\n\n{HOSTILE} & <b> &lt;i&gt; &amp; &#60; *not emphasis* [[x]]\n".encode()
    (tmp_path / "a.txt").write_bytes(raw)
    options = {"explainer.sourcetext": {"docs_dir": str(tmp_path), "language": SOURCE}}
    html = markdown.markdown("[[source-text: a.txt]]", extensions=["explainer.sourcetext"], extension_configs=options)
    tree = lxml_html.fragment_fromstring(html, create_parent="div")
    assert tree.xpath("string(//pre[@id='source-text'])") == raw.decode()
    assert tree.xpath("string(//pre/@lang)") == SOURCE and not tree.xpath("//pre/*")
    assert tree.xpath("string(//code[@id='source-sha256'])") == hashlib.sha256(raw).hexdigest()
    # a path outside the docs folder, or no file: nothing shown, and a warning (fatal under --strict)
    with caplog.at_level(logging.WARNING, logger="mkdocs"):
        assert markdown.markdown("[[source-text: ../a.txt]]", extensions=["explainer.sourcetext"]) == ""
    assert caplog.records[0].name.startswith("mkdocs.") and "../a.txt" in caplog.records[0].getMessage()


# --- The paragraph extension: Markdown in, HTML out ---------------------------------------------------------

def render(text: str, language: str = TRANSLATION) -> str:
    return markdown.markdown(text, extensions=["attr_list", "explainer.paragraphs"],
                             extension_configs={"explainer.paragraphs": {"permalink_title": "Link <&>",
                                                                         "language": language}})


def test_a_paragraph_with_an_id_gets_a_permalink():
    assert render("Text with *emphasis*\n{ #p-one }") == (
        '<p id="p-one">Text with <em>emphasis</em> <a class="headerlink" data-search-exclude="data-search-exclude" '
        'href="#p-one" '
        'title="Link &lt;&amp;&gt;">¶</a></p>')
    assert render("No id here.") == "<p>No id here.</p>"


def test_a_block_in_another_language_is_not_searched():
    assert render("Suomeksi.\n{ lang=fi }", language="en") == (
        '<p data-search-exclude="data-search-exclude" lang="fi">Suomeksi.</p>')
    assert render("Suomeksi.\n{ lang=fi }", language="fi") == '<p lang="fi">Suomeksi.</p>'


# --- Page data: what templates read -------------------------------------------------------------------------

def test_the_page_title_has_one_separator_and_the_home_page_none():
    alternates = [{"lang": lang, "link": f"https://example.org/{SITE.prefix(lang)}faq/"} for lang in SITE.languages]
    uis = {lang: config_of(lang) for lang in SITE.languages}
    head = page_data.page_head(SITE, "faq", "UKK <em>x</em>", "Site", SOURCE, alternates, uis)
    assert head["title"] == f"UKK x{page_data.TITLE_SEPARATOR}Site" and head["og_type"] == "article"
    assert head["x_default"] == alternates[0]["link"]
    assert head["og_locale_alternates"] == [uis[lang].og_locale for lang in SITE.translations]
    assert page_data.page_head(SITE, "home", "Etusivu", "Site", SOURCE, alternates, uis)["title"] == "Site"


def test_the_faq_jsonld_is_the_visible_entries():
    html = '<h1>UKK</h1><h2 id="q1">Kysymys?</h2><p>Vastaus.</p>'
    data = page_data.faq_jsonld(html, "https://example.org/faq/", SOURCE, "https://example.org/a.txt")
    assert [(q["@id"], q["name"], q["acceptedAnswer"]["text"]) for q in data["mainEntity"]] == [
        ("https://example.org/faq/#q1", "Kysymys?", "Vastaus.")]
    assert page_data.faq_jsonld("<p>none</p>", "u", SOURCE, "s") is None


# --- The plugin's events on a page object -------------------------------------------------------------------

def page_of(config, name: str):
    from mkdocs.structure.files import File
    from mkdocs.structure.pages import Page

    file = File(f"{name}.md", config.docs_dir, config.site_dir, config.use_directory_urls)
    return Page(None, file, config)


def test_the_plugin_configures_its_markdown_extensions_for_the_language_built(config):
    assert config.mdx_configs["explainer.sourcetext"] == {"docs_dir": config.docs_dir, "language": SOURCE}
    assert config.mdx_configs["explainer.listings"]["ui"]["explainers"] == config_of(SOURCE).explainers
    assert config.mdx_configs["explainer.paragraphs"]["language"] == config.theme["language"] == SOURCE


def test_a_description_from_a_source_stays_inside_its_attribute(config):
    page = page_of(config, FIRST.page("article"))
    page.meta = {"description": HOSTILE}
    config.plugins["explainer"].on_page_markdown("", page=page, config=config, files=None)
    head = lxml_html.fragment_fromstring(f'<meta name="description" content="{page.meta["description"]}">')
    assert head.get("content") == HOSTILE and not head.xpath("//@onload")


def test_the_plugin_hands_templates_plain_data(config):
    data = config.extra["explainer"]
    assert json.loads(json.dumps(data)) == data  # plain data only: another builder's templates read it as is
    assert data["languages"] == list(SITE.languages) and data["root"] == "/repo/"
    assert [text["lang"] for text in data["not_found"]] == list(SITE.languages)


def test_the_navigation_labels_every_page_kind():
    glossary_explainer = dataclasses.replace(FIRST, pages=(*FIRST.pages, f"{FIRST.slug}/names"))
    kinds = {**CONTRACT.kinds, f"{FIRST.slug}/names": "glossary"}
    contract = dataclasses.replace(CONTRACT, kinds=kinds, explainers=(glossary_explainer,))
    nav = dataclasses.replace(SITE, contract=contract).nav(SOURCE, config_of(SOURCE))
    assert {config_of(SOURCE).nav_people: f"{FIRST.slug}/names.md"} in nav[1][FIRST.title[SOURCE]]


# --- The post-build steps on a small folder ------------------------------------------------------------------

def test_the_post_build_steps_finish_a_site_and_change_nothing_the_second_time(tmp_path):
    config_script = ('<script id="__config" type="application/json">{"base": "..", '
                     '"search": "assets/javascripts/workers/search.js"}</script>')
    index = {"config": {"lang": list(SITE.languages)},
             "docs": [{"location": f"{GLOSSARY}/"}, {"location": f"{SITE.prefix(TRANSLATION)}{GLOSSARY}/"}]}
    (tmp_path / "search").mkdir()
    (tmp_path / search.INDEX).write_text(json.dumps(index), encoding="utf-8")
    for language in SITE.languages:
        page = tmp_path / SITE.built_page(GLOSSARY, language)
        page.parent.mkdir(parents=True)
        page.write_text(f"<html>\n    <body>{config_script}\n  <pre>\n  kept</pre></body></html>", encoding="utf-8")
    finish_for(ROOT / "mkdocs.yml").run(tmp_path)
    after = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    translated = json.loads((tmp_path / SITE.prefix(TRANSLATION) / search.FULL).read_text(encoding="utf-8"))
    assert translated["config"]["lang"] == [TRANSLATION] and translated["docs"] == [{"location": f"{GLOSSARY}/"}]
    for language in SITE.languages:  # what every page load fetches: the config, no documents
        fetched = json.loads((tmp_path / SITE.prefix(language) / search.INDEX).read_text(encoding="utf-8"))
        assert fetched["config"]["lang"] == [language] and fetched["docs"] == []
    page = (tmp_path / SITE.built_page(GLOSSARY, TRANSLATION)).read_text(encoding="utf-8")
    assert f'"base": "../{SITE.prefix(TRANSLATION)}"' in page and search.WORKER in page
    assert "\n    <body>" not in page and "<pre>\n  kept</pre>" in page  # dedented, <pre> kept
    for old in CONTRACT.moved:  # redirect pages at the old addresses
        assert (tmp_path / SITE.built_page(old, TRANSLATION)).is_file()
    finish_for(ROOT / "mkdocs.yml").run(tmp_path)
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == after


def test_dedent_keeps_whitespace_that_renders():
    assert minify.dedent("<p>\n    a\n</p>\n<textarea>\n  b</textarea>") == "<p>\na\n</p>\n<textarea>\n  b</textarea>"


def test_the_404_pages_merge_into_one_that_carries_each_languages_chrome(tmp_path):
    from explainer.postbuild import not_found

    (tmp_path / not_found.NAME).write_text(
        '<html><head><title>Ei</title></head><body><header class="md-header">Suomi</header>'
        '<script id="__explainer" type="application/json">{}</script></body></html>', encoding="utf-8")
    other = tmp_path / SITE.prefix(TRANSLATION) / not_found.NAME
    other.parent.mkdir()
    other.write_text(f'<html><head><meta name="description" content="{escape(HOSTILE)}"></head><body>'
                     '<header class="md-header">Other</header></body></html>', encoding="utf-8")
    not_found.merge(tmp_path, SITE, TEMPLATES)
    assert not other.exists()
    merged = lxml_html.document_fromstring((tmp_path / not_found.NAME).read_text(encoding="utf-8"))
    [chrome, description] = merged.xpath(f"//template[@data-explainer-language='{TRANSLATION}']")
    assert chrome.get("data-explainer-replaces") == "header.md-header"
    assert "Other" in lxml_html.tostring(chrome).decode()
    assert description.get("data-explainer-description") == HOSTILE
    assert not merged.xpath("//svg | //@onload")


def test_a_hostile_title_is_text_in_the_navigation():
    nav = hostile_site().nav(SOURCE, config_of(SOURCE))
    title = [next(iter(item)) for item in nav if isinstance(next(iter(item.values())), list)][-1]
    assert "<" not in title and lxml_html.fragment_fromstring(title, create_parent="span").text_content() == HOSTILE


def _policy(tmp_path, *templates: str):
    from explainer.postbuild import csp

    for number, template in enumerate(templates):
        (tmp_path / f"t{number}.html").write_text(template, encoding="utf-8")
    return csp.Policy("https://example.org/repo/", (str(tmp_path),))


def _sha(text: str) -> str:
    import base64

    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def test_the_policy_hashes_exactly_the_inline_scripts_its_templates_wrote(tmp_path):
    policy = _policy(tmp_path, '<script>\n  run({{ data | tojson }}, "{{ base_url }}")\n</script>',
                     "<style>html { color: {{ colour }} }</style>")
    page = ('<html><head><meta charset="utf-8">\n<script>\nrun(["fi", "en"], "../..")\n</script>'
            '<script src="a.js"></script><script type="application/json">{"data": 1}</script>'
            '<style>html { color: red }</style></head><body><script>steal()</script></body></html>')
    protected, unknown = policy.protect(page)
    content = protected.split('content="', 1)[1].split('"', 1)[0]
    directives = dict(directive.split(" ", 1) for directive in content.split("; "))
    assert directives["script-src"] == ("https://example.org/repo/assets/javascripts/ "
                                        + _sha('\nrun(["fi", "en"], "../..")\n'))
    assert directives["style-src"] == "'self' " + _sha("html { color: red }")
    assert unknown == ["<script>steal()"]  # a page's own script: not hashed, so blocked, and named
    assert {"default-src": "'self'", "object-src": "'none'", "frame-src": "'none'", "form-action": "'none'",
            "base-uri": "'none'", "img-src": "'self' data:"}.items() <= directives.items()
    assert policy.protect(protected) == (protected, unknown)  # once per page, however often the steps run


@pytest.mark.parametrize("script", [
    'run(alert(1), "x")',  # a call where the template has data
    'run([], "x" + alert(1) + "")',  # an operator, outside a string
    'run(["a"], "x"); alert(1); run([], "y")',
    'run([]`x`, "y")',  # a tagged template
    'run([], "</script><script>alert(1)")',
    "run(/'/, alert(1), /'/)",  # a regular expression read as a string (an outside attack pass)
    'run([], "https://evil.example/phish")',  # an address elsewhere where the template has a path
    'run([], "//evil.example/phish")',
])
def test_a_template_value_may_be_data_only(tmp_path, script):
    policy = _policy(tmp_path, '<script>run({{ data | tojson }}, "{{ base_url }}")</script>')
    _, unknown = policy.protect(f'<html><head><meta charset="utf-8"><script>{script}</script></head></html>')
    assert unknown, script


def test_a_template_value_in_a_style_cannot_end_its_rule(tmp_path):
    policy = _policy(tmp_path, "<style>html { color: {{ colour }} }</style>")
    page = '<html><head><meta charset="utf-8"><style>html { color: %s }</style></head></html>'
    assert policy.protect(page % "#336")[1] == []
    assert policy.protect(page % "red } article { display: none")[1] != []


def test_an_unquoted_module_type_is_a_script_that_runs(tmp_path):
    _, unknown = _policy(tmp_path).protect('<html><head><meta charset="utf-8"><script type=module>x()</script>')
    assert unknown == ["<script>x()"]


def test_a_declared_origin_is_in_its_own_page_policy_only(tmp_path):
    from explainer.postbuild import csp

    frame = csp.allowed_sources("iframe", "https://www.youtube-nocookie.com")
    policy = csp.Policy("https://example.org/", (str(tmp_path),), {"a/index.html": (frame, frame)})
    page = '<html><head><meta charset="utf-8"></head></html>'
    directives = [dict(d.split(" ", 1) for d in policy.for_page(page, built)[0].split("; "))
                  for built in ("a/index.html", "b/index.html")]
    assert directives[0]["frame-src"] == "https://www.youtube-nocookie.com"  # 'none' no more, and listed once
    assert directives[1]["frame-src"] == "'none'"
    assert csp.allowed_sources("form", "") == ("form-action", "'self'")
    # never inline code, a script from anywhere on the site, or an element the policy has no directive for
    assert [csp.allowed_sources(*args) for args in (("img", "javascript:"), ("script", ""), ("button", ""))] == \
        [None, None, None]


@pytest.mark.parametrize("page, before", [
    ("<!DOCTYPE html><html><head><title>x</title></head><body><script>x()</script></body></html>", "<title>"),
    ("<!doctype html>\n<p>no head<script>x()</script>", "<p>"),  # a parser puts the <meta> into the head
])
def test_a_page_the_theme_did_not_write_gets_the_policy_too(tmp_path, page, before):
    """A raw .html file in docs/ is copied as it is: the policy goes into its head all the same."""
    protected, unknown = _policy(tmp_path).protect(page)
    assert protected.index('<meta http-equiv="Content-Security-Policy"') < protected.index(before)
    assert protected.lower().startswith("<!doctype html>") and unknown == ["<script>x()"]


def test_the_script_folder_cannot_add_a_directive():
    from explainer.postbuild import csp

    policy = csp.Policy("https://example.org/a b;script-src *,/", ())
    assert policy.script_folder == "https://example.org/a%20b%3Bscript-src%20*%2C/assets/javascripts/"


def test_a_page_shows_its_own_explainers_section_only():
    from explainer.plugin import _own_section
    from mkdocs.structure.nav import Navigation, Section

    home, people, a_article, a_faq, b_article = (object() for _ in range(5))
    nav = Navigation([home, Section("A", [a_article, a_faq]), Section("B", [b_article]), people], [])
    assert [getattr(item, "title", item) for item in _own_section(nav, a_faq)] == [home, "A", people]
    assert list(_own_section(nav, home)) == [home, people]
    assert list(_own_section(nav, None)) == [home, people]  # the 404 page


def test_the_home_page_lists_the_newest_and_the_archive_pages_never_reorder():
    """With 45 explainers the home page lists the newest 20 and links three archive pages; page 1 holds the first
    20 added, newest first, and adding explainers never changes a full page."""
    def site_with(count: int):
        made = tuple(dataclasses.replace(FIRST, slug=f"x-{number:03d}", pages=(f"x-{number:03d}/article",),
                                         added=str(date(2027, 1, 1) + timedelta(days=number)))
                     for number in range(count))
        return dataclasses.replace(CONTRACT, explainers=made)

    def slugs(elements) -> list[str]:
        tree = lxml_html.fragment_fromstring(serialised(elements), create_parent="div")
        return tree.xpath("//li/@data-explainer")

    strings = config_of(SOURCE)
    ui = {key: strings[key] for key in LISTING_STRINGS}
    contract = site_with(45)
    added = [explainer.slug for explainer in contract.chronological]
    home = Listing(contract, SOURCE, SOURCE, ui).explainers()
    assert slugs(home) == added[::-1][:PER_PAGE]
    pager = lxml_html.fragment_fromstring(serialised(home), create_parent="div")
    assert pager.xpath("//nav[@class='explainer-pages']/a/@href") == [f"{ARCHIVE}/{n}.md" for n in (1, 2, 3)]
    first = Listing(contract, SOURCE, SOURCE, ui).explainers(1)
    assert slugs(first) == added[:PER_PAGE][::-1]
    later = site_with(60)  # more explainers, added later: page 1 is the same
    assert slugs(Listing(later, SOURCE, SOURCE, ui).explainers(1)) == slugs(first)
    with pytest.raises(ValueError):
        Listing(contract, SOURCE, SOURCE, ui).explainers(4)
    assert archive_pages(PER_PAGE) == 0 and archive_pages(PER_PAGE + 1) == 2


@pytest.mark.build
def test_a_build_of_another_config_reads_its_own_site(config, tmp_path):
    """MkDocs keeps one plugin instance for every config loaded in a process; a config read and left before its
    build (the `config` fixture) must not lend its contract to the next config's build."""
    from conftest import build_site, copy_project

    project = copy_project(tmp_path / "project")
    contract = project / "docs" / FIRST.slug / "explainer.yml"
    text = contract.read_text(encoding="utf-8")
    assert text.count("en: AI experts are leaving Meta\n") == 1
    contract.write_text(text.replace("en: AI experts are leaving Meta\n", "en: AI experts leave Meta\n"),
                        encoding="utf-8")
    build_site(project / "site", "https://example.org/repo/", project / "mkdocs.yml")
    home = (project / "site" / "en" / "index.html").read_text(encoding="utf-8")
    assert "AI experts leave Meta" in home and "AI experts are leaving Meta" not in home


def test_article_jsonld_gives_the_contract_s_days_and_links_an_original_with_its_translations():
    updated = dataclasses.replace(FIRST, added="2026-11-29", updated="2026-12-03")
    original = page_data.article_jsonld(updated, "<h1>Otsikko <em>tässä</em></h1><p>x</p>", "https://x.org/a/", "fi",
                                        "https://x.org/s.txt", "", ["https://x.org/en/a/"])
    assert original == {"@context": "https://schema.org", "@type": "Article", "@id": "https://x.org/a/",
                        "url": "https://x.org/a/", "headline": "Otsikko tässä", "inLanguage": "fi",
                        "isBasedOn": "https://x.org/s.txt", "datePublished": "2026-11-29",
                        "dateModified": "2026-12-03", "workTranslation": [{"@id": "https://x.org/en/a/"}]}
    translation = page_data.article_jsonld(dataclasses.replace(FIRST, added="", updated=""), "<h1>Title</h1>",
                                           "https://x.org/en/a/", "en", "https://x.org/s.txt", "https://x.org/a/", [])
    assert translation["translationOfWork"] == {"@id": "https://x.org/a/"}
    assert not {"datePublished", "dateModified", "workTranslation"} & set(translation)


def test_each_language_s_feed_lists_the_latest_change_first_and_marks_finnish_text(tmp_path):
    from explainer.postbuild import feeds
    from lxml import etree

    older = dataclasses.replace(FIRST, slug="older", pages=("older/article",), added="2026-01-02", updated="2026-12-01",
                                title={"fi": "Vanha <b>& uusi"}, summary={"fi": "Tiivistelmä."})
    newer = dataclasses.replace(FIRST, slug="newer", added="2026-11-30", updated="")
    undated = dataclasses.replace(FIRST, slug="undated", added="", updated="")
    site = dataclasses.replace(SITE, contract=dataclasses.replace(CONTRACT, explainers=(newer, undated, older)))
    assert [e.slug for e in feeds.entries(site)] == ["older", "newer"]  # 2026-12-01, then 2026-11-30
    feeds.write(tmp_path, site, "https://x.org/repo/", {"fi": "Sivusto", "en": "Site"},
                {"fi": "Korjattu", "en": "Corrected"})
    ns = {"a": feeds.ATOM}
    english = etree.parse(str(tmp_path / "en" / "feed.xml")).getroot()
    assert english.get(feeds.XML_LANG) == "en"
    assert english.findtext("a:updated", namespaces=ns) == "2026-12-01T00:00:00Z"
    first = english.find("a:entry", ns)
    assert first.findtext("a:title", namespaces=ns) == "Vanha <b>& uusi"  # text, escaped in the file
    assert first.find("a:title", ns).get(feeds.XML_LANG) == "fi"  # not translated yet: said to be Finnish
    assert first.findtext("a:id", namespaces=ns) == "https://x.org/repo/en/older/article/"
    assert b"Vanha &lt;b&gt;&amp; uusi" in (tmp_path / "en" / "feed.xml").read_bytes()
    finnish = etree.parse(str(tmp_path / "feed.xml")).getroot()
    assert finnish.find("a:entry/a:link", ns).get("href") == "https://x.org/repo/older/article/"


def test_an_explainer_page_shows_its_days_below_its_h1_in_its_language():
    templates = Templates(ROOT / "overrides")
    ui = ui_strings()
    updated = dataclasses.replace(FIRST, added="2026-11-29", updated="2026-12-04")
    html = fragments.dates(templates, "<h1>Otsikko</h1><p>Teksti.</p>", updated, ui["fi"])
    document = lxml_html.fromstring(f"<div>{html}</div>")
    [line] = document.xpath("//p[@class='explainer-dates']")
    assert document.xpath("h1/following-sibling::p[1]")[0] is line
    assert [(t.get("datetime"), t.text) for t in line.xpath("time")] == [("2026-11-29", "29.11.2026"),
                                                                          ("2026-12-04", "4.12.2026")]
    assert line.text_content() == "Lisätty 29.11.2026, päivitetty 4.12.2026"
    english = lxml_html.fromstring(f'<div>{fragments.dates(templates, "<p>No heading.</p>", FIRST, ui["en"])}</div>')
    assert english[0].get("class") == "explainer-dates"  # first, with no h1 to follow
    assert english[0].text_content() == f"Added {date.fromisoformat(FIRST.added).day} November 2026"
