"""The generator and the translator under hostile files (red-team 3, rows 18-32): a slug too long for a file name,
a source that is a FIFO or /dev/zero, control characters that move line numbers, a run killed while writing, links
planted in docs/, a contract in YAML flow style, output piped to `head`. Each is one line on stderr and exit 2 with
nothing written, or it works; never a traceback, never a file outside docs/ or a half-written one."""

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


def test_a_leftover_copy_that_differs_says_what_to_do(project, source):
    """What an older generator, killed while copying, left: a truncated copy of the source and nothing else."""
    copy = project / "docs" / "assets" / "source" / f"{SLUG}.txt"
    copy.write_bytes(source.read_bytes()[:100])
    before = snapshot(project)
    for options in ([], ["--force"]):  # --force adds missing files; it never overwrites one
        result = generate(project, source, "--slug", SLUG, *options)
        assert one_line_error(result, f"docs/assets/source/{SLUG}.txt exists and differs")
        assert f"delete docs/assets/source/{SLUG}.txt or choose another --slug" in result.stderr
        assert snapshot(project) == before


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
        expected[key] = {**expected[key], LANGUAGE: TODO}
    assert yaml.safe_load(after) == expected


@pytest.mark.parametrize("contract", [
    "title: {fi: 'Otsikko: yksi'}\nsummary: {fi: Yhteenveto.}  # a comment\nadded: '2026-01-02'\n",
    "title: {fi: 'Otsikko',\n  }\nsummary: {\n  fi: Yhteenveto.}\nadded: '2026-01-02'\n",  # flow over lines
    "title: {fi: x}\nsummary:\n    fi: Yhteenveto.\n",  # block style with four spaces
])
def test_flow_and_block_style_both_get_the_translation_keys(contract):
    after = _contract(contract, LANGUAGE)
    _added_languages(contract, after)
    assert _contract(after, LANGUAGE) == after  # a second run adds nothing


def test_block_style_keeps_comments_and_layout():
    before = "# header\ntitle:\n  # the source's words\n  fi: Otsikko\n\nsummary:\n  fi: Yksi.\nadded: x\n"
    after = _contract(before, LANGUAGE)
    assert after == before.replace("title:\n", f'title:\n  {LANGUAGE}: "{TODO}"\n').replace(
        "summary:\n", f'summary:\n  {LANGUAGE}: "{TODO}"\n')


def test_a_layout_the_translator_cannot_edit_is_refused():
    with pytest.raises(TranslateError, match="add `en: \"TODO: translate\"` to each by hand"):
        _contract('"title": {fi: x}\nsummary:\n  fi: y\n', LANGUAGE)  # a quoted key: no line starts with title:


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
    path.write_text(path.read_text(encoding="utf-8").replace("\ntitle:", '\n"title":'), encoding="utf-8")
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
