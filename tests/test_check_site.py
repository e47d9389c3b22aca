"""scripts/check_site.py: the real site passes; each defect class, injected into a copy, is found and named."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import FIRST, ROOT, build_site, copy_project
from explainer import cli as check_site
from explainer import external
from explainer.registry import CHECKS

S = FIRST.slug  # the first explainer's slug
FRUSTRATION = 'href="../article/#p-frustration"'  # a link in the FAQ's Markdown to an article paragraph


@pytest.fixture
def project(tmp_path) -> Path:
    """A private copy of mkdocs.yml and docs/, for defects in the sources."""
    return copy_project(tmp_path / "project")


@pytest.fixture
def run(site, capsys):
    """Runs the checker: exit code, finding lines (without the summary) and stderr of one run."""
    def checker(folder: Path, *options: str) -> tuple[int, list[str], str]:
        code = check_site.main([str(folder), "--format", "text", "--config", str(ROOT / "mkdocs.yml"),
                                "--site-url", site.url, *options])
        captured = capsys.readouterr()
        lines = captured.out.splitlines()
        return code, lines[:-1] if lines else [], captured.err
    return checker


def edit(site: Path, page: str, old: str, new: str, count: int = 1) -> None:
    path = site / page
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} is not in {page}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def found(lines: list[str], check: str, where: str) -> list[str]:
    """Lines of a check whose location ends with `where` ("docs/<slug>/faq.md", or that and ":12", the line)."""
    def location(line: str) -> str:
        return line.split(": ", 1)[0] if ":" in where else line.split(":", 1)[0]
    return [line for line in lines if f": {check}: " in line and location(line).endswith(where)]


# --- The real site -------------------------------------------------------------------------------------------

def test_the_real_site_has_no_findings(site, run):
    code, lines, err = run(site.dir)
    assert (code, lines, err) == (0, [], "")


def test_json_output_lists_findings(site, copy, capsys):
    edit(copy, f"{S}/faq/index.html", 'id="where-do-they-go"', 'id="where-they-go"')
    assert check_site.main([str(copy), "--format", "json", "--only", "published-ids", "--site-url", site.url]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["count"] == 1
    assert report["findings"][0]["check"] == "published-ids"
    assert report["findings"][0]["path"].endswith(f"docs/{S}/faq.md")


def test_list_checks_names_every_check_with_its_description(capsys):
    assert check_site.main(["--list-checks"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in out] == list(CHECKS)
    assert all(len(line.split(maxsplit=1)) == 2 for line in out)


@pytest.mark.parametrize("argv", [
    ["--only", "fragment", "SITE"],
    ["SITE", "--only", "fragment"],
    ["--only", "fragment,bad-link", "--only", "canonical", "SITE", "--skip", "bad-link"],
])
def test_the_site_folder_may_come_before_or_after_the_check_options(site, capsys, argv):
    argv = [str(site.dir) if arg == "SITE" else arg for arg in argv]
    assert check_site.main([*argv, "--site-url", site.url]) == 0, capsys.readouterr()
    assert capsys.readouterr().out.startswith("0 problems found")  # then any explainer not translated yet


def test_the_checker_never_writes_to_the_site(site, run):
    before = {p: p.stat().st_mtime_ns for p in site.dir.rglob("*")}
    run(site.dir)
    assert {p: p.stat().st_mtime_ns for p in site.dir.rglob("*")} == before


# --- Link defects, one per check ----------------------------------------------------------------------------

LINK_DEFECTS = [
    # (check, page, old, new, what the finding says)
    ("internal-link", f"{S}/faq/index.html", FRUSTRATION, 'href="../artikkeli/"', "/artikkeli/"),
    ("internal-link", f"{S}/faq/index.html", FRUSTRATION, 'href="/article/"', "misses the base path"),
    ("internal-link", f"{S}/faq/index.html", FRUSTRATION, 'href="../../../../x/"', "escapes the site root"),
    ("internal-link", f"{S}/faq/index.html", 'src="../../assets/javascripts/explainer.js"',
     'src="../../assets/javascripts/gone.js"', "gone.js"),
    ("fragment", f"{S}/faq/index.html", FRUSTRATION, 'href="../article/#P-frustration"', 'no id "P-frustration"'),
    ("fragment", f"en/{S}/faq/index.html", FRUSTRATION, 'href="../article/#p-missing"', 'no id "p-missing"'),
    ("duplicate-id", f"{S}/article/index.html", 'id="p-retention"', 'id="p-exodus"', 'id "p-exodus" occurs 2 times'),
    ("bad-link", f"{S}/faq/index.html", FRUSTRATION, 'href=""', "empty link"),
    ("bad-link", f"{S}/faq/index.html", FRUSTRATION, 'href="#"', '"#" is not a link target'),
    ("bad-link", f"{S}/faq/index.html", FRUSTRATION, 'href="javascript:void(0)"', "javascript: link"),
    ("bad-link", f"{S}/faq/index.html", FRUSTRATION, 'href="mailto:nobody"', "malformed mailto"),
    ("bad-link", f"{S}/faq/index.html", FRUSTRATION, 'href="tel:call-me"', "malformed tel"),
    ("meta-refresh", f"{S}/faq/index.html", "<head>", '<head><meta http-equiv="refresh" content="0; url=../gone/">',
     "refresh target"),
    ("canonical", f"{S}/faq/index.html", 'rel="canonical" href="', 'rel="canonical" href="http://elsewhere.example/',
     "is not this page"),
    ("hreflang", f"{S}/faq/index.html", 'hreflang="x-default"', 'hreflang="x-other"', 'hreflang="x-default"'),
    ("hreflang", f"en/{S}/faq/index.html", '<link rel="alternate" href="http',
     f'<link rel="alternate" href="../../../{S}/faq/#', "not absolute"),
    ("language-switcher", f"{S}/faq/index.html", 'hreflang="en" class="md-select__link"',
     'hreflang="en" class="md-select__link" data-x', None),
    ("language-leak", f"{S}/faq/index.html", FRUSTRATION, f'href="../../en/{S}/article/#p-frustration"',
     'from a "fi" page to a "en" page'),
    ("sitemap", "sitemap.xml", "</urlset>", "</urlset", "not valid XML"),
    ("moved", "article/index.html", 'url=../meta-ai-departures/article/"', 'url=../meta-ai-departures/faq/"',
     "not to /meta-ai-departures/article/index.html"),
    ("moved", "en/faq/index.html", '<link rel="canonical" href="', '<link rel="canonical" href="http://x.example/',
     "canonical is ['http://x.example/"),
]


@pytest.mark.parametrize("check, page, old, new, says", LINK_DEFECTS,
                         ids=[f"{d[0]}-{i}" for i, d in enumerate(LINK_DEFECTS)])
def test_each_link_defect_is_found(copy, run, check, page, old, new, says):
    if says is None:  # the switcher's English entry sent to the English home page instead of this page
        text = (copy / page).read_text(encoding="utf-8")
        start = text.index('hreflang="en" class="md-select__link"')
        href_start = text.rindex('href="', 0, start) + len('href="')
        href_end = text.index('"', href_start)
        (copy / page).write_text(text[:href_start] + text[href_start:href_end].replace(f"{S}/faq/", "") +
                                 text[href_end:], encoding="utf-8")
        says = "is not this page's translation"
    else:
        edit(copy, page, old, new)
    code, lines, err = run(copy, "--only", check)
    assert code == 1, lines
    hits = found(lines, check, page)
    assert hits and any(says in hit for hit in hits), lines
    assert err == ""


def test_a_page_missing_from_the_sitemap_is_found(site, copy, run):
    text = (copy / "sitemap.xml").read_text(encoding="utf-8")
    start = text.index("<url>", text.index("/people/</loc>") - 200)
    (copy / "sitemap.xml").write_text(text[:start] + text[text.index("</url>", start) + 6:], encoding="utf-8")
    code, lines, _ = run(copy, "--only", "sitemap")
    assert code == 1
    assert [line.split(": ", 2)[2] for line in lines] == [f"{site.url}people/ is not listed"]


def test_one_process_or_several_find_the_same(copy, run, monkeypatch):
    """A large site is checked by one process per core, each owning some explainers and shared pages: links
    between their pages (a removed id that other pages link to, alternates, the sitemap) are found all the same."""
    monkeypatch.chdir(ROOT)
    edit(copy, f"{S}/faq/index.html", FRUSTRATION, 'href="../article/#P-frustration"')
    edit(copy, f"en/{S}/faq/index.html", FRUSTRATION, 'href="../article/#p-missing"')
    edit(copy, f"{S}/article/index.html", 'id="p-retention"', 'id="p-exodus"')
    edit(copy, f"{S}/faq/index.html", 'hreflang="x-default"', 'hreflang="x-other"')
    edit(copy, f"en/{S}/article/index.html", 'id="p-departures"', 'id="p-leavers"')
    edit(copy, "people/index.html", "Parikh ja Das jakavat", "Parikh ja Das jakoivat", count=-1)
    edit(copy, f"en/{S}/source/index.html", "Oivallukset ja haasteet", "Oivallukset sekä haasteet")
    text = (copy / "sitemap.xml").read_text(encoding="utf-8")
    start = text.index("<url>", text.index("/people/</loc>") - 200)
    (copy / "sitemap.xml").write_text(text[:start] + text[text.index("</url>", start) + 6:], encoding="utf-8")
    one = run(copy, "--jobs", "1")
    assert one[0] == 1 and one[2] == ""
    checks = {line.split(": ")[1] for line in one[1]}
    assert {"fragment", "duplicate-id", "hreflang", "published-ids", "glossary", "source-page", "sitemap"} <= checks
    for jobs in ("2", "3"):
        assert run(copy, "--jobs", jobs) == one


# --- Content defects (the finding names the Markdown source) ------------------------------------------------

# a missing id is reported where it belongs, after the id before it: Abhishek Das's entry, before Erik Meijer's
ERIK_LINE = next(number for number, line in enumerate(
    (ROOT / "docs" / "people.en.md").read_text(encoding="utf-8").splitlines(), start=1) if "{ #abhishek-das }" in line)
CONTENT_DEFECTS = [
    ("dates", f"en/{S}/faq/index.html", f'<time datetime="{FIRST.added}">', '<time datetime="2026-01-01">',
     f"en/{S}/faq/index.html", "shows the days 2026-01-01 as "),
    ("feed", "en/feed.xml", f"<title>{FIRST.title['en']}</title>", "<title>AI experts are joining Meta</title>",
     "en/feed.xml", f'{S}: title is not "{FIRST.title["en"]}"'),
    ("feed-link", f"en/{S}/faq/index.html", 'type="application/atom+xml"', 'type="text/plain"',
     f"en/{S}/faq/index.html", "no link to its language's feed (en/feed.xml, hreflang en)"),
    ("article-jsonld", f"{S}/faq/index.html", '"datePublished": "2026-11-29"', '"datePublished": "2026-11-30"',
     f"{S}/faq/index.html", 'datePublished is "2026-11-30", not "2026-11-29"'),
    ("article-jsonld", f"en/{S}/article/index.html", f'{S}/article/"}}', f'{S}/faq/"}}', f"en/{S}/article/index.html",
     f"{S}/faq/'}}, not {{"),
    ("page-kind", "people/index.html", '<meta name="description"',
     '<script type="application/ld+json">{"@type": "Article"}</script><meta name="description"', "people/index.html",
     'JSON-LD (Article) on a page of kind "glossary"'),
    ("faq-source", f"{S}/faq/index.html", "yrityksen keskittyessä", "firman keskittyessä", f"docs/{S}/faq.md",
     'answer differs from the source at "…ois Metasta firman'),
    ("names", f"en/{S}/faq/index.html", "such as Anthropic, Cohere", "such as Cohere", f"docs/{S}/faq.en.md",
     'name "Anthropic" is missing'),
    ("article-source", f"{S}/article/index.html", "vuonna 2022", "vuonna 2021", f"docs/{S}/article.md",
     'paragraph differs from the source at "'),
    ("numbers", f"en/{S}/article/index.html", "at least three senior", "at least two senior",
     f"docs/{S}/article.en.md", "number 3 is missing"),
    ("numbers", f"en/{S}/article/index.html", "more than 30% of", "more than 30 % of",
     f"docs/{S}/article.en.md", None),
    ("glossary", "people/index.html", "Parikh ja Das jakavat", "Parikh ja Das jakoivat", "docs/people.md",
     "quote not in the source"),
    ("glossary", "en/people/index.html", 'id="erik-meijer"', 'id="erik"', f"docs/people.en.md:{ERIK_LINE}",
     'glossary id "erik-meijer" is missing'),
    ("glossary", "en/people/index.html", 'id="erik-meijer"', 'id="erik"', "docs/people.en.md",
     'glossary id "erik" is not on the Finnish page'),
    ("article-translation", f"en/{S}/article/index.html", 'id="p-departures"', 'id="p-leavers"',
     f"docs/{S}/article.en.md", 'paragraph id "p-departures" is missing (the Finnish page has it)'),
    ("article-translation", f"en/{S}/article/index.html", 'id="p-departures"', 'id="p-leavers"',
     f"docs/{S}/article.en.md", 'paragraph id "p-leavers" is not on the Finnish page'),
    ("published-ids", f"en/{S}/article/index.html", 'id="p-departures"', 'id="p-leavers"', f"docs/{S}/article.en.md",
     'published id "p-departures" is missing'),
    ("faq-jsonld", f"en/{S}/faq/index.html", '"@type": "FAQPage"', '"@type": "FAQPage",', f"en/{S}/faq/index.html",
     "JSON-LD does not parse"),
    ("faq-jsonld", f"{S}/faq/index.html", '#where-do-they-go"', '#where-they-go"', f"{S}/faq/index.html",
     "has no entry on the page"),
    ("faq-translation", f"en/{S}/faq/index.html", "Mihin nämä ammattilaiset siirtyvät?</p>",
     "Mihin ammattilaiset siirtyvät?</p>", f"docs/{S}/faq.en.md", 'the original Finnish question differs'),
    ("source-page", f"en/{S}/source/index.html", "Oivallukset ja haasteet", "Oivallukset sekä haasteet",
     f"en/{S}/source/index.html", 'the text differs from the source at "Oivallukset sekä'),
    ("source-page", f"{S}/source/index.html", '<code id="source-sha256">1f', '<code id="source-sha256">2f',
     f"{S}/source/index.html", 'the SHA-256 shown is "2fd8e2d1'),
]


@pytest.mark.parametrize("check, page, old, new, path, says", CONTENT_DEFECTS,
                         ids=[f"{d[0]}-{i}" for i, d in enumerate(CONTENT_DEFECTS)])
def test_each_content_defect_is_found(copy, run, monkeypatch, check, page, old, new, path, says):
    monkeypatch.chdir(ROOT)  # Markdown paths are shown relative to the working directory
    edit(copy, page, old, new, count=-1)  # the visible text and its JSON-LD copy alike
    code, lines, _ = run(copy, "--only", check)
    if says is None:  # a harmless variation: spacing before % is normalised; no finding
        assert (code, lines) == (0, [])
        return
    assert code == 1, lines
    hits = found(lines, check, path)
    assert hits and any(says in hit for hit in hits), lines


def test_a_broken_link_is_reported_where_the_markdown_wrote_it(tmp_path, site, run, monkeypatch):
    monkeypatch.chdir(tmp_path)  # Markdown paths are shown relative to the working directory
    project = copy_project(tmp_path / "project")
    faq = project / "docs" / f"{S}/faq.en.md"
    lines = faq.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("Many of these"))
    lines.insert(line, "\nSee [the missing paragraph](article.md#p-nowhere).\n")
    faq.write_text("".join(lines), encoding="utf-8")
    built = tmp_path / "site"
    build_site(built, site.url, project / "mkdocs.yml", strict=False)  # strict mode would stop at the anchor
    code, found_lines, _ = run(built, "--only", "fragment", "--config", str(project / "mkdocs.yml"))
    assert code == 1
    [finding] = found_lines
    assert finding.startswith(f'project/docs/{S}/faq.en.md:{line + 2}: fragment: "../article/#p-nowhere": ')
    assert f"(built: site/en/{S}/faq/index.html:" in finding
    # the editor moves the link down; the next run in the same process names its new line (nothing is cached
    # beyond a run)
    faq.write_text("".join(lines[:line] + ["\n"] * 4 + lines[line:]), encoding="utf-8")
    [finding] = run(built, "--only", "fragment", "--config", str(project / "mkdocs.yml"))[1]
    assert finding.startswith(f'project/docs/{S}/faq.en.md:{line + 6}: fragment: ')


@pytest.mark.fires("front-matter")
def test_a_front_matter_that_mkdocs_would_drop_is_found(site, project, run, monkeypatch):
    monkeypatch.chdir(project)
    page = project / "docs" / f"{S}/faq.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("description: ", "description: UKK: ", 1), encoding="utf-8")  # "a: b: c"
    code, lines, _ = run(site.dir, "--only", "front-matter", "--config", str(project / "mkdocs.yml"))
    assert code == 1
    assert lines == [f"docs/{S}/faq.md:2: front-matter: front matter is not valid YAML, so MkDocs ignores it: "
                     "mapping values are not allowed in this context"]


def test_the_original_finnish_block_must_equal_the_source(copy, run, monkeypatch):
    monkeypatch.chdir(ROOT)
    edit(copy, f"en/{S}/faq/index.html", 'lang="fi">Monet näistä', 'lang="fi">Jotkut näistä')
    code, lines, _ = run(copy, "--only", "faq-translation")
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith(f"docs/{S}/faq.en.md:")
    assert "#where-do-they-go: the original Finnish answer differs from the source" in lines[0]


@pytest.mark.fires("source-hash")
def test_a_changed_source_file_is_found(site, project, run):
    source = project / "docs" / "assets" / "source" / "spiceworks-article.txt"
    source.write_bytes(source.read_bytes().replace("kolmen".encode(), "neljän".encode()))
    code, lines, _ = run(site.dir, "--only", "source-hash", "--config", str(project / "mkdocs.yml"))
    assert code == 1
    assert len(lines) == 1 and ": source-hash: SHA-256 is " in lines[0]
    assert lines[0].split(":")[0].endswith("docs/assets/source/spiceworks-article.txt")


# --- Unusable input: one line on stderr, exit 2, never a traceback ------------------------------------------

def _edit_config(project: Path, old: str, new: str, file: str = "mkdocs.yml") -> None:
    config = project / file
    text = config.read_text(encoding="utf-8")
    assert old in text, old
    config.write_text(text.replace(old, new, 1), encoding="utf-8")


# Each case: how to break the input (given the tmp folder, the project copy and monkeypatch), the checker's
# arguments (SITE, CONFIG, TMP and PROJECT stand for those paths) and what the one line says.
UNUSABLE = {
    "no folder": (None, ["TMP/nowhere"], "does not exist"),
    "no pages": (lambda tmp, project, mp: (tmp / "empty").mkdir(), ["TMP/empty"], "has no HTML pages"),
    "a file": (lambda tmp, project, mp: (tmp / "file").write_text("x"), ["TMP/file"], "is not a directory"),
    "broken YAML": (lambda tmp, project, mp: (project / "mkdocs.yml").write_text("site_name: [unclosed\n"),
                    ["SITE", "--config", "PROJECT/mkdocs.yml"], "cannot load"),
    "no source": (lambda tmp, project, mp: (project / "docs/assets/source/spiceworks-article.txt").unlink(),
                  ["SITE", "--config", "PROJECT/mkdocs.yml"], "source path 'assets/source/spiceworks-article.txt' "
                                                              "is not a file"),
    "missing UI key": (lambda tmp, project, mp: _edit_config(project, "          copy_link: Copy link\n", ""),
                       ["SITE", "--config", "PROJECT/mkdocs.yml"],
                       "option 'ui': en.copy_link: Required configuration not provided"),
    "bad checksum": (lambda tmp, project, mp: _edit_config(project, "sha256: 1fd8e2d1", "sha256: xfd8e2d1",
                                                           f"docs/{S}/explainer.yml"),
                     ["SITE", "--config", "PROJECT/mkdocs.yml"], "'source' needs a path and a sha256"),
    "renamed contract key": (lambda tmp, project, mp: _edit_config(project, "\nids:", "\nidentifiers:",
                                                                   "docs/site.yml"),
                             ["SITE", "--config", "PROJECT/mkdocs.yml"], "'ids' must map page names"),
    "unknown check": (None, ["SITE", "--only", "no-such-check"], "unknown check"),
    "unknown format": (None, ["SITE", "--format", "xml"], "invalid choice"),
}


@pytest.mark.parametrize("case", UNUSABLE)
def test_unusable_input_exits_2_with_one_line(case, tmp_path, site, project, capsys, monkeypatch):
    breaks, argv, says = UNUSABLE[case]
    if breaks:
        breaks(tmp_path, project, monkeypatch)
    places = {"SITE": str(site.dir), "TMP": str(tmp_path), "PROJECT": str(project)}
    argv = [next((arg.replace(k, v, 1) for k, v in places.items() if arg.startswith(k)), arg) for arg in argv]
    assert check_site.main([*argv, "--site-url", site.url]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1 and says in captured.err, captured.err


def test_hostile_files_become_findings(copy, run):
    (copy / S / "faq" / "index.html").write_bytes(b"<html lang=fi><p id=x>\xff\xfe broken")
    (copy / S / "article" / "index.html").write_text(
        (copy / S / "article" / "index.html").read_text(encoding="utf-8")[:5000], encoding="utf-8")  # truncated
    (copy / "big.html").write_bytes(b" " * (64 * 1024 * 1024 + 1))
    (copy / "zeros.html").write_bytes(b"\0" * 4096)
    (copy / "loop").symlink_to(copy, target_is_directory=True)
    (copy / "dangling.html").symlink_to(copy / "nothing-here")
    code, lines, err = run(copy)
    assert code == 1 and err == ""
    assert any(line.endswith(f"{S}/faq/index.html:0: unreadable: not UTF-8 (byte 22)") for line in lines), lines
    assert any("big.html:0: unreadable: file is 67,108,865 bytes, larger than the 1 MiB limit" in line
               for line in lines)
    assert any(line.endswith("zeros.html:0: unreadable: binary content (NUL byte at 0)") for line in lines), lines
    assert found(lines, "published-ids", f"docs/{S}/article.md") or \
        found(lines, "published-ids", f"{S}/article/index.html")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
@pytest.mark.fires("unreadable")
def test_an_unreadable_page_is_a_finding(copy, run):
    (copy / "people" / "index.html").chmod(0)
    code, lines, _ = run(copy, "--only", "unreadable")
    assert code == 1 and "unreadable: cannot read the file" in lines[0]


@pytest.mark.fires("external-link")
def test_external_links_are_checked_only_when_asked(copy, run, monkeypatch, tmp_path):
    import http.server
    import threading

    class Answers(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self):
            self.send_response(200 if self.path == "/ok" else 404)
            self.end_headers()

        def log_message(self, *args):
            pass

    other = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Answers)  # another origin than the site's
    threading.Thread(target=other.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{other.server_port}"
    edit(copy, f"{S}/faq/index.html", 'href="../article/#p-frustration"', f'href="{base}/gone"')
    edit(copy, f"{S}/faq/index.html", 'href="../article/#p-retention"', f'href="{base}/ok"')
    monkeypatch.setattr(external, "CACHE_FILE", tmp_path / "cache.json")
    assert run(copy, "--only", "internal-link")[0] == 0  # offline by default
    code, lines, _ = run(copy, "--only", "internal-link", "--external")
    other.shutdown()
    assert code == 1
    assert [line.split(": ", 1)[1] for line in lines] == [f'external-link: "{base}/gone": HTTP 404']
    assert f"{base}/ok" in (tmp_path / "cache.json").read_text()


def test_a_reader_that_stops_early_gets_no_traceback(site):
    """`check_site.py … | head -n 1`: the pipe closes before the checker writes; it ends quietly."""
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "check_site.py"), str(site.dir),
                                "--site-url", site.url, "--show-alignment", "all"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    process.stdout.close()  # the reader is gone before the first line
    _, errors = process.communicate(timeout=60)
    assert b"Traceback" not in errors and b"BrokenPipeError" not in errors, errors.decode()
