"""The generator and the translator under hostile files (red-team 3, rows 3 and 18-32): source text that would
end an HTML comment or is markup (inert on the Finnish pages and in the translation skeleton), a slug too long for a
file name, a source that is a FIFO or /dev/zero, control characters that move line numbers, a run killed while
writing, links planted in docs/, a contract in YAML flow style, output piped to `head`. Each is one line on stderr
and exit 2 with nothing written, or it works; never a traceback, never a file outside docs/ or a half-written one."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, copy_project
from explainer import files, new, translate
from explainer.generate import MAX_SLUG, GenerateError, check_slug
from explainer.source import SourceError, read_source
from explainer.translate import TODO, TranslateError, _contract
from test_generator import SECOND, SLUG, generate, snapshot

LANGUAGE = "en"  # the site's translation language (mkdocs.yml)


def one_line_error(result: subprocess.CompletedProcess, says: str) -> bool:
    """Exit 2, nothing on stdout, and exactly one line on stderr that says `says`."""
    assert result.returncode == 2 and result.stdout == "", (result.returncode, result.stdout, result.stderr)
    assert len(result.stderr.splitlines()) == 1 and says in result.stderr, result.stderr
    return True


def translate_run(project: Path, slug: str = SLUG) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "translate_explainer.py"), slug], cwd=project,
                          capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


@pytest.fixture
def source(tmp_path) -> Path:
    path = tmp_path / "second.txt"
    path.write_text(SECOND, encoding="utf-8")
    return path


@pytest.fixture
def generated(project, source) -> Path:
    """The project with the second explainer generated (its translation not started)."""
    result = generate(project, source, "--slug", SLUG)
    assert result.returncode == 0, result.stderr
    return project


def links(folder: Path) -> dict[str, str]:
    """The symbolic links below a folder and their targets (snapshot() sees regular files only)."""
    return {p.relative_to(folder).as_posix(): os.readlink(p) for p in folder.rglob("*") if p.is_symlink()}


def temporaries(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


# --- Row 18: a slug too long for a file name ------------------------------------------------------------------

def test_a_slug_too_long_for_a_file_name_is_one_line(project, source):
    before = snapshot(project)
    result = generate(project, source, "--slug", "a" * 300)  # the red team's: OSError, File name too long
    assert one_line_error(result, f"the slug is 300 characters long; at most {MAX_SLUG}")
    assert snapshot(project) == before


def test_the_longest_slug_is_allowed():
    check_slug("a" * MAX_SLUG)
    with pytest.raises(GenerateError, match=f"at most {MAX_SLUG}"):
        check_slug("a" * (MAX_SLUG + 1))


# --- Rows 19-21: a source that is not a regular file ----------------------------------------------------------

def _fifo(path: Path) -> Path:
    os.mkfifo(path)  # no writer ever opens it: a plain open would wait forever
    return path


def _directory(path: Path) -> Path:
    path.mkdir()
    return path


def _dangling(path: Path) -> Path:
    path.symlink_to(path.parent / "nowhere.txt")
    return path


UNREADABLE = {
    "FIFO": (_fifo, "is not a regular file"),
    "/dev/zero": (lambda _: Path("/dev/zero"), "/dev/zero is not a regular file"),  # would be read without end
    "directory": (_directory, "Is a directory"),
    "dangling link": (_dangling, "No such file or directory"),
    "missing": (lambda path: path, "No such file or directory"),
}


@pytest.mark.parametrize("kind", UNREADABLE)
def test_a_source_that_is_not_a_regular_file_is_one_line(kind, project, tmp_path):
    make, says = UNREADABLE[kind]
    path = make(tmp_path / "odd.txt")
    before = snapshot(project)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "new_explainer.py"), str(path), "--slug", SLUG],
                            cwd=project, capture_output=True, text=True, timeout=60,
                            env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert one_line_error(result, "cannot read the source file")
    assert says in result.stderr
    assert snapshot(project) == before


def test_a_source_over_the_size_limit_is_refused_unread(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as file:
        file.truncate(files.MAX_BYTES + 1)  # sparse: refused by its size before a byte is read
    with pytest.raises(SourceError, match=re.escape(f"big.txt is {files.MAX_BYTES + 1:,} bytes; at most")):
        read_source(path)


# --- Row 31: control characters, and line numbers as an editor counts them ---------------------------------------

# Each would be invisible in an editor; the first five end a line for str.splitlines() but not for an editor.
INVISIBLE = ["\u2028", "\u2029", "\x85", "\x0c", "\x0b", "\x1c", "\x00", "\x1b", "\x7f", "\x9b"]


@pytest.mark.parametrize("character", INVISIBLE)
def test_a_control_character_is_refused_naming_its_line_and_column(character, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"Otsikko\n\nKappale{character}yksi.\n\nLähde: Joku\n", encoding="utf-8")
    code = f"U+{ord(character):04X}"
    with pytest.raises(SourceError, match=re.escape(f"a.txt:3:8: a control character ({code})")):
        read_source(path)


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_line_numbers_are_an_editors_with_any_line_ending(ending, tmp_path):
    path = tmp_path / "a.txt"
    lines = ["Otsikko", "", "Kappale\tsarkaimella.", "", "UKK", "", "Kysymys?", "", "Lähde: Joku"]
    path.write_bytes(ending.join(lines).encode())
    with pytest.raises(SourceError, match=re.escape("a.txt:7: a question without an answer")):
        read_source(path)


def test_the_red_teams_source_names_the_separator_not_a_later_line(project, tmp_path):
    """Row 31: a U+2028 on editor line 3 made the question on editor line 7 ':8: a question without an answer'."""
    path = tmp_path / "ls-err.fi.txt"
    path.write_text("Otsikko\n\nKappale yksi.\u2028Jatkuu.\n\nUKK\n\nKysymys?\n\nLähde: Joku\n", encoding="utf-8")
    result = generate(project, path, "--slug", SLUG)
    assert one_line_error(result, "ls-err.fi.txt:3:14: a control character (U+2028)")


def test_a_not_utf8_line_is_counted_as_an_editor_counts_it(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"Otsikko\r\rKappale \xe4\r")
    with pytest.raises(SourceError, match=re.escape("a.txt:3: not UTF-8 (byte 17)")):
        read_source(path)


# --- Row 27: a run killed while writing ---------------------------------------------------------------------------

class Killed(BaseException):
    """Stands for SIGKILL: nothing of the program's own runs after it (not an Exception it could catch)."""


@pytest.fixture
def killed_at_first_write(monkeypatch):
    """The first file written is interrupted before it is complete on disk (write_atomic syncs before renaming)."""
    def kill(_descriptor):
        raise Killed
    monkeypatch.setattr(files.os, "fsync", kill)
    return monkeypatch


def test_a_generator_killed_while_writing_leaves_no_half_file(project, source, killed_at_first_write, capsys):
    before = snapshot(project)
    arguments = [str(source), "--slug", SLUG, "--config", str(project / "mkdocs.yml")]
    with pytest.raises(Killed):
        new.main(arguments)
    assert snapshot(project) == before and not temporaries(project)
    killed_at_first_write.undo()
    assert new.main(arguments) == 0  # the rerun needs nothing removed by hand
    assert (project / "docs" / "assets" / "source" / f"{SLUG}.txt").read_bytes() == source.read_bytes()


def test_a_translator_killed_while_writing_leaves_no_half_file(generated, killed_at_first_write, capsys):
    before = snapshot(generated)
    arguments = [SLUG, "--config", str(generated / "mkdocs.yml")]
    with pytest.raises(Killed):
        translate.main(arguments)
    assert snapshot(generated) == before and not temporaries(generated)
    killed_at_first_write.undo()
    assert translate.main(arguments) == 0
    assert (generated / "docs" / SLUG / f"article.{LANGUAGE}.md").is_file()


def test_a_leftover_copy_is_replaced_with_force_only(project, source):
    """What an older generator, killed while copying, left (R7): a truncated copy of the source and nothing else.
    No contract records it, so --force replaces it; without --force the one line says so."""
    copy = project / "docs" / "assets" / "source" / f"{SLUG}.txt"
    copy.write_bytes(source.read_bytes()[:100])
    before = snapshot(project)
    result = generate(project, source, "--slug", SLUG)
    assert one_line_error(result, f"docs/assets/source/{SLUG}.txt exists and differs from this source, and no "
                                  "other source's contract records it")
    assert "pass --force to replace it" in result.stderr and snapshot(project) == before
    result = generate(project, source, "--slug", SLUG, "--force")
    assert result.returncode == 0, result.stderr
    assert copy.read_bytes() == source.read_bytes() and (project / "docs" / SLUG / "explainer.yml").is_file()


def test_a_damaged_copy_of_the_recorded_source_is_replaced_with_force(generated, source):
    """The contract records this very source, so the copy it should be is this one."""
    copy = generated / "docs" / "assets" / "source" / f"{SLUG}.txt"
    copy.write_bytes(b"damaged")
    assert one_line_error(generate(generated, source, "--slug", SLUG), "pass --force to replace it")
    assert generate(generated, source, "--slug", SLUG, "--force").returncode == 0
    assert copy.read_bytes() == source.read_bytes()


def test_another_sources_copy_is_never_replaced(generated, tmp_path):
    """A slug taken by another source: its contract records the copy there, so even --force leaves it."""
    other = tmp_path / "other.txt"
    other.write_text(SECOND.replace("kasvavat nopeasti", "kasvavat hitaasti"), encoding="utf-8")
    before = snapshot(generated)
    for options in ([], ["--force"]):
        result = generate(generated, other, "--slug", SLUG, *options)
        assert one_line_error(result, f"docs/assets/source/{SLUG}.txt exists and differs from what this source gives")
        assert f"delete docs/assets/source/{SLUG}.txt or choose another --slug" in result.stderr
        assert snapshot(generated) == before


# --- Row 29: links planted in docs/ -------------------------------------------------------------------------------

@pytest.mark.parametrize("planted", [f"assets/source/{SLUG}.txt", f"{SLUG}/faq.md"])
def test_the_generator_writes_nothing_through_a_planted_link(planted, project, source, tmp_path):
    """The first file the generator writes (the source copy), and a later one: every target is checked first."""
    outside = tmp_path / "outside"
    outside.mkdir()
    link = project / "docs" / planted
    link.parent.mkdir(parents=True, exist_ok=True)
    link.symlink_to(outside / "from-generator.txt")  # dangling: writing through it would create the file
    before, planted_links = snapshot(project), links(project)
    result = generate(project, source, "--slug", SLUG)
    assert one_line_error(result, f"docs/{planted} is a symbolic link; it is not followed; nothing written")
    assert list(outside.iterdir()) == []
    assert snapshot(project) == before and links(project) == planted_links


def test_the_translator_writes_nothing_through_a_planted_link(generated, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    link = generated / "docs" / SLUG / f"faq.{LANGUAGE}.md"
    link.symlink_to(outside / "from-translate.md")
    before = snapshot(generated)
    result = translate_run(generated)
    assert one_line_error(result, f"docs/{SLUG}/faq.{LANGUAGE}.md is a symbolic link; it is not followed")
    assert list(outside.iterdir()) == []
    assert snapshot(generated) == before  # not even article.en.md, which comes before the link


# --- Row 30: the contract in YAML flow style ------------------------------------------------------------------------

def _added_languages(before: str, after: str) -> None:
    """`after` reads as `before` plus exactly an English TODO under title and summary."""
    expected = yaml.safe_load(before)
    for key in ("title", "summary"):
        expected[key] = {**expected[key], LANGUAGE: f"{TODO}: {expected[key]['fi']}"}
    assert yaml.safe_load(after) == expected


@pytest.mark.parametrize("contract", [
    "title: {fi: 'Otsikko: yksi'}\nsummary: {fi: Yhteenveto.}  # a comment\nadded: '2026-01-02'\n",
    "title: {fi: 'Otsikko',\n  }\nsummary: {\n  fi: Yhteenveto.  # a comment\n  }\nadded: '2026-01-02'\n",  # lines
    "title: {fi: x}\nsummary:\n    fi: Yhteenveto.\n",  # block style with four spaces
    '"title": {fi: x}\n\'summary\':  # a comment\n  fi: y\n',  # quoted keys
    "{title: {fi: x}, summary: {fi: y}, added: '2026-01-02'}\n",  # the whole contract in flow style
])
def test_flow_and_block_style_both_get_the_translation_keys(contract):
    after = _contract(contract, LANGUAGE, "fi")
    _added_languages(contract, after)
    assert "# a comment" in after or "# a comment" not in contract  # comments are kept
    assert _contract(after, LANGUAGE, "fi") == after  # a second run adds nothing


def test_block_style_keeps_comments_and_layout():
    before = "# header\ntitle:\n  # the source's words\n  fi: Otsikko\n\nsummary:\n  fi: Yksi.\nadded: x\n"
    after = _contract(before, LANGUAGE, "fi")
    assert after == before.replace("title:\n", f"title:\n  {LANGUAGE}: '{TODO}: Otsikko'\n").replace(
        "summary:\n", f"summary:\n  {LANGUAGE}: '{TODO}: Yksi.'\n")


def test_flow_style_keeps_the_line_as_written():
    before = "title: {fi: 'Otsikko: yksi'}  # the source's\nsummary: {fi: y,}\n"
    assert _contract(before, LANGUAGE, "fi") == (
        f"title: {{fi: 'Otsikko: yksi', {LANGUAGE}: '{TODO}: Otsikko: yksi'}}  # the source's\n"
        f"summary: {{fi: y, {LANGUAGE}: '{TODO}: y'}}\n")


# YAML's explicit keys: the added line would land between the key and its value
EXPLICIT = "? title\n:\n  fi: x\nsummary:\n  fi: y\n"


def test_a_layout_the_translator_cannot_edit_is_refused():
    with pytest.raises(TranslateError, match="add `en: \"TODO: translate\"` to each by hand"):
        _contract(EXPLICIT, LANGUAGE, "fi")


def test_the_red_teams_flow_style_contract_is_translated(generated):
    """R9: the translator made this explainer.yml invalid YAML; now it stays valid and gains the English keys."""
    path = generated / "docs" / SLUG / "explainer.yml"
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    for key in ("title", "summary"):  # `title:` and its `  fi: …` line become `title: {fi: "…"}` (JSON is YAML)
        flow = f"{key}: {{fi: {json.dumps(data[key]['fi'])}}}\n"
        text, count = re.subn(rf"^{key}:\n  fi: .*\n", lambda _, flow=flow: flow, text, flags=re.M)
        assert count == 1, key
    path.write_text(text, encoding="utf-8")
    assert yaml.safe_load(text) == data
    result = translate_run(generated)
    assert result.returncode == 0, result.stderr
    _added_languages(text, path.read_text(encoding="utf-8"))
    assert "Nothing to do" in translate_run(generated).stdout


def test_an_uneditable_contract_stops_the_translator_before_any_page(generated):
    path = generated / "docs" / SLUG / "explainer.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("\ntitle:", "\n? title\n:"), encoding="utf-8")
    before = snapshot(generated)
    assert one_line_error(translate_run(generated), "add `en: \"TODO: translate\"` to each by hand")
    assert snapshot(generated) == before


# --- Row 32: output piped to a reader that stops early ----------------------------------------------------------

@pytest.mark.parametrize("script, arguments", [("new_explainer.py", ["SOURCE", "--slug", SLUG]),
                                               ("translate_explainer.py", [SLUG])])
def test_a_closed_pipe_ends_quietly(script, arguments, project, source):
    if script == "translate_explainer.py":
        assert generate(project, source, "--slug", SLUG).returncode == 0
    command = [sys.executable, str(ROOT / "scripts" / script),
               *(str(source) if argument == "SOURCE" else argument for argument in arguments)]
    process = subprocess.Popen(command, cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    process.stdout.close()  # as `| head -0` would: every write to stdout fails
    try:
        _, stderr = process.communicate(timeout=300)
    finally:
        process.kill()
    assert stderr == b"" and process.returncode == 1  # the checker's code for a closed pipe (explainer.cli)
    assert (project / "docs" / SLUG / "article.md").is_file()


# --- Row 3 (R1): source text never becomes markup, on the Finnish pages or in the translation skeleton ----------

# The red team's break-outs of an HTML comment ("--->", "--!>") with what would follow them, and markup without one,
# in the title, a paragraph, an FAQ question and its answer.
PAYLOADS = ["---><script>alert(1)</script>", "--!><img src=x onerror=alert(2)>", "<img src=x onerror=alert(3)>",
            "<!-- a comment --> <svg onload=alert(4)>", "{: onclick=alert(5) } [x](javascript:alert(6))"]
HOSTILE = f"""Otsikko {PAYLOADS[0]}

Yhtiöllä on 12 työntekijää, ja sen liikevaihto {PAYLOADS[0]}<br data-x= kasvoi.

Toinen kappale {PAYLOADS[1]} ja {PAYLOADS[3]} päättyy tähän.

Kolmas kappale {PAYLOADS[2]} {PAYLOADS[4]}

UKK

Mitä {PAYLOADS[0]} tarkoittaa {PAYLOADS[2]}?
Se on {PAYLOADS[1]} testi {PAYLOADS[4]}

Lähde: Testilehti {PAYLOADS[3]}
"""
# The site's Markdown extensions (mkdocs.yml markdown_extensions) but its own, which need the plugin's options
EXTENSIONS = ["abbr", "admonition", "attr_list", "md_in_html", "pymdownx.details", "toc"]
# (the only links are the pages' own to the source page and the FAQ)
INJECTED = ("//script | //img | //svg | //iframe | //br[@data-x] | //a[@href != 'source.md' and @href != 'faq.md']"
            " | //@*[starts-with(name(), 'on')]")


def render(page: Path):
    """A page's Markdown (its front matter left out) as the site's Markdown renders it: (HTML, its parse)."""
    from explainer.structure import parse_html
    from markdown import markdown

    body = page.read_text(encoding="utf-8").split("---\n", 2)[2]
    html = markdown(body, extensions=EXTENSIONS)
    return html, parse_html(f"<html><body>{html}</body></html>")


def inert(page: Path) -> str:
    """The rendered text of a page checked to carry no element, attribute or comment from the source."""
    html, document = render(page)
    assert "<!--" not in html and document.xpath("//comment()") == [], page.name
    assert document.xpath(INJECTED) == [], (page.name, html)
    return " ".join(document.xpath("string(//body)").split())


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    """The project with the hostile source generated as `SLUG` and its translation started: docs/SLUG/ (once for
    the tests that only read it)."""
    tmp_path = tmp_path_factory.mktemp("hostile")
    project = copy_project(tmp_path / "project")
    path = tmp_path / "hostile.fi.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    result = generate(project, path, "--slug", SLUG)
    assert result.returncode == 0, result.stderr
    started = translate_run(project)
    assert started.returncode == 0, started.stderr
    return project / "docs" / SLUG


@pytest.mark.parametrize("page, shown", [("article.md", PAYLOADS),
                                         ("faq.md", [p for p in PAYLOADS if p != PAYLOADS[3]])])  # not in the FAQ
def test_the_finnish_pages_show_every_payload_as_text(page, shown, hostile):
    text = inert(hostile / page)
    assert [payload for payload in shown if payload not in text] == []


@pytest.mark.parametrize("page", [f"article.{LANGUAGE}.md", f"faq.{LANGUAGE}.md"])
def test_the_translation_skeleton_shows_every_payload_as_text(page, hostile):
    """R1: the old skeleton's comment ended at "--->" and the script after it was live on the English page."""
    inert(hostile / page)


def test_each_placeholder_carries_its_original_exactly_and_is_reported(hostile):
    """Every text to translate renders as "TODO: translate: " and the Finnish as received, which the checker's
    `placeholder` check reports until an editor replaces it; ids stay on their elements."""
    from explainer.language import placeholder

    source = read_source(hostile.parent / "assets" / "source" / f"{SLUG}.txt")
    contract = yaml.safe_load((hostile / "explainer.yml").read_text(encoding="utf-8"))
    _, article = render(hostile / f"article.{LANGUAGE}.md")
    _, faq = render(hostile / f"faq.{LANGUAGE}.md")
    expected = {"h1": source.title.text, **{f"p#{i}": p.text for i, p in zip(contract["ids"]["article"],
                                                                                source.paragraphs)}}
    found = {"h1": article.xpath("string(//h1)"),
             **{f"p#{i}": article.xpath(f"string(//p[@id='{i}'])") for i in contract["ids"]["article"][:-1]}}
    expected |= {f"h2#{i}": q.question.text for i, q in zip(contract["ids"]["faq"], source.faq)}
    found |= {f"h2#{i}": faq.xpath(f"string(//h2[@id='{i}'])") for i in contract["ids"]["faq"]}
    answers = faq.xpath("//h2/following-sibling::p[1]")
    expected |= {f"answer {n}": q.answer.text for n, q in enumerate(source.faq)}
    found |= {f"answer {n}": answers[n].xpath("string()") for n in range(len(source.faq))}
    assert found == {key: f"{TODO}: {original}" for key, original in expected.items()}
    assert all(placeholder(text) for text in found.values())


@pytest.mark.parametrize("text", ["Miksi C#", "C##", "#", "a # b"])
def test_a_closing_hash_stays_in_a_heading(text, tmp_path):
    """Markdown drops a heading's closing hashes; verbatim escapes the last one, so the title shows as written."""
    from explainer.generate import verbatim

    page = tmp_path / "page.md"
    page.write_text(f"---\n---\n# {verbatim(text)}\n\n## {verbatim(text)} {{ #x }}\n\n{verbatim(text)}\n",
                    encoding="utf-8")
    _, document = render(page)
    assert [" ".join(e.xpath("string()").split()) for e in document.xpath("//h1 | //h2 | //p")] == [text] * 3


@pytest.mark.parametrize("script, arguments", [("bench_check.py", ["--help"]), ("bench_translation_qa.py", ["--help"]),
                                               ("bench_hostile_memory.py", ["--help"]),
                                               ("audit_lighthouse.py", ["--help"]), ("preview.py", ["--help"]),
                                               ("check_site.py", ["--list-checks"])])
def test_every_script_ends_quietly_on_a_closed_pipe(script, arguments):
    """Every command of scripts/, as `… | head -0` runs it: no traceback, exit 1."""
    process = subprocess.Popen([sys.executable, str(ROOT / "scripts" / script), *arguments], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    process.stdout.close()
    try:
        _, stderr = process.communicate(timeout=300)
    finally:
        process.kill()
    assert stderr == b"" and process.returncode in (0, 1), stderr.decode()  # 0: all it wrote fitted the buffer


def test_a_benchmark_half_that_fails_its_workflow_ends_in_one_line(tmp_path):
    """A corpus half whose base project fails the checker ends the translation QA benchmark with one line naming the
    step and its first finding, not a traceback."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_translation_qa import _step

    command = [sys.executable, "-c", "print('docs/a/article.en.md:3: names: a finding'); raise SystemExit(1)"]
    with pytest.raises(SystemExit) as ended:
        _step("held-out", "check_site.py --approve", command, dict(os.environ), tmp_path)
    assert str(ended.value) == ("bench_translation_qa.py: the held-out half does not pass check_site.py --approve "
                                "before any edit: docs/a/article.en.md:3: names: a finding")
    _step("held-out", "a step that passes", [sys.executable, "-c", "pass"], dict(os.environ), tmp_path)
