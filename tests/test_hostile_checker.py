"""The checker under hostile input (red-team report 3): what it prints cannot drive a terminal or forge a line,
its output and its page reads are bounded, --jobs cannot fork a process per job, --approve records no pair with a
real finding, and a broken translation memory or a missing dictionary is one line with exit status 2."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIRST, ROOT, build_site, copy_project, declare_changes
from explainer import cli, meaning, pages, runner
from explainer.findings import Finding, Tally, visible
from explainer.lexicon import Dictionary, LexiconError, WordNet
from explainer.memory import FILE, MemoryFileError, read_pairs
from explainer.pages import MAX_PAGE_BYTES, read_page

# Characters a terminal acts on (C0, DEL, C1, bidirectional overrides) and a lone surrogate (an undecodable byte of
# a file name): none may reach the output raw.
RAW = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
TITLE_ESCAPE = "\x1b]0;PWNED-TITLE\x07\x1b[31m"  # sets the window title, then turns the text red (row 46)
FORGED_PATH = "site/x\n0 problems found\nfake.html"  # row 47


# --- What is printed -----------------------------------------------------------------------------------------

def test_control_characters_in_a_finding_are_shown_as_escapes():
    finding = Finding(FORGED_PATH, 3, f"text {TITLE_ESCAPE} \x9b2J \u202eevil \udcff", "internal-link")
    shown = str(finding)
    assert shown == ("site/x\\n0 problems found\\nfake.html:3: internal-link: "
                     "text \\x1b]0;PWNED-TITLE\\x07\\x1b[31m \\x9b2J \\u202eevil \\udcff")
    assert visible("Yhtiön liikevaihto kasvoi 10 %. – “quoted” é") == "Yhtiön liikevaihto kasvoi 10 %. – “quoted” é"


def test_the_text_report_cannot_forge_a_line(capsys):
    cli.report(tally([Finding(FORGED_PATH, 1, TITLE_ESCAPE, "internal-link")]), "text", [])
    out = capsys.readouterr().out
    assert not RAW.search(out)
    assert out.splitlines() == [f"{visible(FORGED_PATH)}:1: internal-link: {visible(TITLE_ESCAPE)}",
                                "1 problem found by 1 check"]


def test_the_json_report_escapes_what_json_dumps_leaves_raw(capsys):
    message = f"{TITLE_ESCAPE} \x9b2J \u2028 \u202e \udcff"
    cli.report(tally([Finding(FORGED_PATH, 1, message, "internal-link")]), "json", [])
    out = capsys.readouterr().out
    assert not RAW.search(out) and "\u2028" not in out
    assert json.loads(out)["findings"] == [{"path": FORGED_PATH, "line": 1, "message": message,
                                            "check": "internal-link"}]


def many(check: str, count: int) -> list[Finding]:
    return [Finding("site/page.html", line, "points nowhere", check) for line in range(1, count + 1)]


def tally(findings: list[Finding], limit: int = 0) -> Tally:
    found = Tally(limit)
    found.add(findings)
    return found


def test_text_output_shows_at_most_the_limit_of_each_check(capsys):
    limit, over, under = 5, 3, 2  # one check over the limit by `over`, one under it
    findings = sorted(many("internal-link", limit + over) + many("fragment", under))
    cli.report(tally(findings, limit), "text", [])
    lines = capsys.readouterr().out.splitlines()
    assert len([line for line in lines if ": internal-link: " in line]) == limit
    assert len([line for line in lines if ": fragment: " in line]) == under
    assert lines[-2:] == [f"… and {over} more internal-link findings (--max-per-check 0 shows all)",
                          f"{limit + over + under} problems found by 2 checks"]
    cli.report(tally(findings, 0), "text", [])  # 0 shows every finding
    assert len(capsys.readouterr().out.splitlines()) == len(findings) + 1


def test_json_output_is_capped_the_same_way_and_counts_all(capsys):
    limit, over = 5, 3
    cli.report(tally(many("internal-link", limit + over), limit), "json", [])
    report = json.loads(capsys.readouterr().out)
    assert (len(report["findings"]), report["count"], report["omitted"]) == (limit, limit + over,
                                                                             {"internal-link": over})


def test_a_check_that_finds_millions_keeps_only_what_is_shown():
    """The runner keeps of each check the first `limit` findings in sorted order, however many it finds, and
    another process's tally merges into the same result as one process would give."""
    findings = [Finding(f"site/p{n % 97}.html", n, "points nowhere", "internal-link") for n in range(100_000, 0, -1)]
    whole, halves = tally(findings, 200), [tally(findings[:40_000], 200), tally(findings[40_000:], 200)]
    assert len(whole.kept["internal-link"]) < 400 and whole.total == 100_000
    assert whole.shown() == sorted(findings)[:200]
    halves[0].merge(halves[1])
    assert (halves[0].shown(), halves[0].counts) == (whole.shown(), whole.counts)


def test_the_cap_is_an_option_and_must_be_a_whole_number(capsys):
    assert cli.parse_arguments([]).max_per_check == cli.MAX_PER_CHECK
    assert cli.parse_arguments(["--max-per-check", "0"]).max_per_check == 0
    assert cli.main(["--max-per-check", "-1"]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


# --- What is read --------------------------------------------------------------------------------------------

def test_a_page_over_the_limit_is_reported_unread(tmp_path):
    (tmp_path / "big.html").write_bytes(b"<p>" + b"x" * MAX_PAGE_BYTES)
    (tmp_path / "big.css").write_bytes(b"a{}" * (MAX_PAGE_BYTES // 3 + 1))
    record, tree = read_page(tmp_path, "big.html")
    assert tree is None and record.error == f"file is {MAX_PAGE_BYTES + 3:,} bytes, larger than the 1 MiB limit"
    assert "larger than the 1 MiB limit" in read_page(tmp_path, "big.css")[0].error


def test_a_page_at_the_limit_is_read(tmp_path):
    head = b'<html lang="fi"><body><p id="x">'
    (tmp_path / "full.html").write_bytes(head + b"y" * (MAX_PAGE_BYTES - len(head)))
    record, tree = read_page(tmp_path, "full.html")
    assert (record.error, record.lang, list(record.ids)) == ("", "fi", ["x"])


def hostile_pages(site: Path) -> None:
    """Pages larger than any real one (over KEPT_ITEMS links or ids) beside a small page linking into them."""
    links = "".join(f'<a href="missing-{n}/">x</a><a href="huge-ids.html#gone-{n % 7}">y</a>' for n in range(12_000))
    (site / "huge-links.html").write_text(f'<html lang="fi"><body><p id="d"></p><p id="d"></p>{links}'
                                          '<a href="javascript:alert(1)">z</a></body></html>', encoding="utf-8")
    ids = "".join(f'<p id="i{n}">x</p>' for n in range(25_000))
    (site / "huge-ids.html").write_text(f'<html lang="fi"><body>{ids}<a href="nowhere/">n</a></body></html>',
                                        encoding="utf-8")
    (site / "small.html").write_text('<html lang="fi"><body><a href="huge-ids.html#i24999">ok</a>'
                                     '<a href="huge-ids.html#i25000">gone</a></body></html>', encoding="utf-8")


def test_the_memory_benchmark_s_pages_are_as_large_as_the_checker_reads(tmp_path):
    """scripts/bench_hostile_memory.py measures pages at the limit, not pages the checker refuses unread."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench_hostile_memory import write_hostile_pages

    links = write_hostile_pages(tmp_path, 1)
    for page in sorted(tmp_path.iterdir()):
        assert MAX_PAGE_BYTES - 64 < page.stat().st_size <= MAX_PAGE_BYTES
        record, _ = read_page(tmp_path, page.name)
        assert not record.error and record.size() > 20_000, page.name
    assert links == len(read_page(tmp_path, "hostile-links-0.html")[0].links) > 20_000


def test_a_page_too_large_to_keep_is_read_again_with_the_same_findings(site, tmp_path, monkeypatch, capsys):
    """Rows 38 and 39: a page of tens of thousands of links or ids keeps only its summary between its reading and
    its checks (memory stays bounded) and is read again for its file checks, which find exactly what they find when
    it is kept whole, with one process or two."""
    from explainer import context

    shutil.copytree(site.dir, tmp_path / "site")
    hostile_pages(tmp_path / "site")
    command = [str(tmp_path / "site"), "--config", str(ROOT / "mkdocs.yml"), "--site-url", site.url,
               "--max-per-check", "0", "--format", "json"]

    def findings(*options: str) -> list[dict]:
        assert cli.main([*command, *options]) == 1
        return json.loads(capsys.readouterr().out)["findings"]

    reads = []
    real = pages._read_bytes
    monkeypatch.setattr(pages, "_read_bytes", lambda path: reads.append(path.name) or real(path))
    set_aside = findings("--jobs", "1", "--no-cache")
    assert reads.count("huge-links.html") == reads.count("huge-ids.html") == 2 and reads.count("small.html") == 1
    assert findings("--jobs", "2") == set_aside
    monkeypatch.setattr(context, "KEPT_ITEMS", 10**9)
    assert findings("--jobs", "1") == set_aside
    found = {(item["path"].rsplit("/", 1)[-1], item["check"]) for item in set_aside}
    assert {("huge-links.html", "internal-link"), ("huge-links.html", "fragment"), ("huge-links.html", "bad-link"),
            ("huge-links.html", "duplicate-id"), ("huge-ids.html", "internal-link"),
            ("small.html", "fragment")} <= found
    assert sum(item["message"].count("#i25000") for item in set_aside) == 1  # the set-aside page's ids are known


# --- Processes -----------------------------------------------------------------------------------------------

def test_jobs_beyond_the_cores_fork_one_process_per_core(site, monkeypatch, capsys):
    """--jobs 100000 forked a process per job (5,176 before the machine ran out of memory): it is one per core.
    A few more jobs than cores take the same path, and cannot exhaust the machine running the tests if it regresses."""
    forked = []
    real_fork = os.fork

    def counting_fork():
        pid = real_fork()
        if pid:
            forked.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counting_fork)
    code = cli.main([str(site.dir), "--config", str(ROOT / "mkdocs.yml"), "--site-url", site.url,
                     "--jobs", str(runner.cores() + 3)])
    assert (code, capsys.readouterr().err) == (0, "")
    assert len(forked) == runner.cores() - 1  # this process checks a share too


def children_of(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def ended(pid: int) -> bool:
    """Whether a process is gone (or a zombie: in a container, no init may reap it)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return True
    return "\nState:\tZ" in status


@pytest.mark.skipif(not Path("/proc/self/task").exists() or runner.cores() < 2, reason="needs Linux and 2 cores")
def test_checker_processes_end_when_the_checker_is_killed(site, tmp_path):
    """Killed checkers left their forked processes running (row 43): they now die with it."""
    copy = tmp_path / "site"
    shutil.copytree(site.dir, copy)
    for page in range(4):  # pages that keep each process busy for seconds
        (copy / f"links{page}.html").write_text('<html lang="fi"><body>' + "".join(
            f'<a href="/nowhere-{n}/">x</a>\n' for n in range(150_000)) + "</body></html>", encoding="utf-8")
    checker = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "check_site.py"), str(copy), "--config",
                                str(ROOT / "mkdocs.yml"), "--site-url", site.url, "--jobs", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while not (children := children_of(checker.pid)) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert children and checker.poll() is None, "the checker forked no process while it was checking"
    finally:
        checker.send_signal(signal.SIGKILL)
        checker.wait()
    deadline = time.monotonic() + 10
    while not all(ended(child) for child in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(ended(child) for child in children)


# --- The translation memory ----------------------------------------------------------------------------------

BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa">'
                  + "".join(f'<!ENTITY {n} "{("&" + p + ";") * 10}">' for p, n in zip("abcdefgh", "bcdefghi"))
                  + ']>\n<tmx version="1.4"><body><tu tuid="x"><tuv xml:lang="fi"><seg>&i;</seg></tuv>'
                    '<tuv xml:lang="en"><seg>&i;</seg></tuv></tu></body></tmx>')
ONE_ENTITY = ('<!DOCTYPE tmx [<!ENTITY e "x">]><tmx><body><tu tuid="x"><tuv xml:lang="fi"><seg>&e;</seg></tuv>'
              '<tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>')
COMMITTED = ROOT / "docs" / FIRST.slug / FILE.format(language="en")
# Each: how to break the file (given its committed bytes) and what the one line says of it.
BROKEN_MEMORY = {
    "truncated": (lambda data: data[:data.index(b"</tu>", len(data) // 2) + 5], "Premature end of data"),
    "billion laughs": (lambda data: BILLION_LAUGHS.encode(), "is not a translation memory"),
    "an entity": (lambda data: ONE_ENTITY.encode(), "declares or uses XML entities"),
    "random bytes": (lambda data: bytes(range(256)) * 8, "is not a translation memory"),
    "wrong root": (lambda data: b"<translations/>", "its root element is <translations>, not <tmx>"),
    "half a pair": (lambda data: b'<tmx><body><tu tuid="x"><tuv xml:lang="fi"><seg>x</seg></tuv></tu></body></tmx>',
                    "not two <tuv><seg> texts"),
}


@pytest.mark.parametrize("case", BROKEN_MEMORY)
def test_a_broken_memory_file_is_one_line(case, tmp_path):
    breaks, says = BROKEN_MEMORY[case]
    path = tmp_path / "translation-memory.en.tmx"
    path.write_bytes(breaks(COMMITTED.read_bytes()))
    with pytest.raises(MemoryFileError) as raised:
        read_pairs(path)
    assert says in str(raised.value) and len(str(raised.value).splitlines()) == 1
    assert "aaaaaaaaaa" not in str(raised.value)


def test_the_committed_memory_reads_as_translate_toolkit_reads_it():
    from translate.storage import tmx

    units = tmx.tmxfile.parsefile(str(COMMITTED)).units
    assert read_pairs(COMMITTED) == {unit.xmlelement.get("tuid"): (str(unit.source), str(unit.target))
                                     for unit in units}


@pytest.mark.parametrize("case", ["truncated", "billion laughs", "random bytes", "wrong root"])
@pytest.mark.parametrize("approving", [False, True], ids=["check", "approve"])
def test_the_checker_and_approve_stop_on_a_broken_memory_and_leave_it(case, approving, site, tmp_path, capsys):
    breaks, says = BROKEN_MEMORY[case]
    project = copy_project(tmp_path / "project")
    memory = project / "docs" / FIRST.slug / COMMITTED.name
    memory.write_bytes(breaks(memory.read_bytes()))
    before = memory.read_bytes()
    code = cli.main([str(site.dir), "--config", str(project / "mkdocs.yml"), "--site-url", site.url,
                     *(["--approve"] if approving else [])])
    captured = capsys.readouterr()
    assert (code, captured.out) == (2, "")
    [line] = captured.err.splitlines()
    assert says in line and f"{FIRST.slug}/{COMMITTED.name}" in line
    assert memory.read_bytes() == before


# --- Approving over real findings (R10) ----------------------------------------------------------------------

ARTICLE_EN = f"docs/{FIRST.slug}/article.en.md"
# R10's two meaning changes, and a rewording that only needs review.
CHANGES = [("have all left the company", "will all leave the company"), ("This growing trend", "This shrinking trend"),
           ("Recognising the high demand", "Recognizing the high demand")]
# What the check says of them: each changed unit needs review; the two meaning changes say more, and are declared
# neither as a correction nor as a wording fix.
UNDECLARED = "the en text changed since it was approved; declare it under corrections in "
EXPECTED = {("correction", f"#p-exodus: {UNDECLARED}"), ("correction", f"#p-departures: {UNDECLARED}"),
            ("meaning", '#p-exodus: "down" is new against the approved translation (shrinking)'),
            ("meaning", '#p-exodus: "up" is gone against the approved translation (growing)'),
            ("meaning", '#p-departures: "future" is new against the approved translation (will)'),
            ("meaning", '#p-departures: "leave" for "left": the action is to come where the approved translation has '
                        'it done'),
            ("needs-review", "#p-exodus: changed since it was approved (review it, then check_site.py --approve)"),
            ("needs-review", "#p-departures: changed since it was approved (review it, then check_site.py --approve)"),
            ("needs-review", "#p-retention: changed since it was approved (review it, then check_site.py --approve)")}
MEANING = {message for check, message in EXPECTED if check == "meaning"}


@pytest.fixture(scope="module")
def changed(tmp_path_factory, site) -> Path:
    """A copy of the project with R10's meaning changes and one rewording in the English article, built."""
    project = copy_project(tmp_path_factory.mktemp("changed") / "project")
    article = project / ARTICLE_EN
    text = article.read_text(encoding="utf-8")
    for old, new in CHANGES:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    article.write_text(text, encoding="utf-8")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    # the editor declares the rewording as a wording fix, and leaves the meaning changes undeclared
    assert len(declare_changes(project, site.url, {"#p-retention": "wording"})) == 1
    return project


@pytest.fixture
def project(changed, site, tmp_path, monkeypatch) -> Path:
    """A private copy of the changed project (its memory files get written), as the working directory."""
    target = tmp_path / "project"
    shutil.copytree(changed, target)
    monkeypatch.chdir(target)
    return target


def memories(project: Path) -> dict[Path, bytes]:
    return {path: path.read_bytes() for path in sorted((project / "docs").rglob("translation-memory.*.tmx"))}


def check(project: Path, url: str, capsys, *options: str) -> tuple[int, list[str], str]:
    code = cli.main(["site", "--config", "mkdocs.yml", "--site-url", url, *options])
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def findings_of(lines: list[str]) -> set[tuple[str, str]]:
    """(check, message) of each finding line at the English article (a correction finding up to its texts)."""
    found = {tuple(line.split(": ", 2)[1:]) for line in lines if line.startswith(f"{ARTICLE_EN}:")}
    return {(name, message.split(UNDECLARED)[0] + UNDECLARED if UNDECLARED in message else message)
            for name, message in found}


def test_approve_refuses_pairs_with_real_findings_and_records_the_rest(project, site, capsys):
    before = memories(project)
    code, lines, err = check(project, site.url, capsys)
    assert (code, err) == (1, "")
    # the summary may go on to name explainers not translated yet (sample explainers an editor generated in)
    assert findings_of(lines) == EXPECTED and lines[-1].startswith(f"{len(EXPECTED)} problems found by 3 checks")

    code, lines, err = check(project, site.url, capsys, "--approve")
    assert (code, err) == (1, "")
    assert lines[0] == f"recorded {FIRST.slug}/article (en): #p-retention"
    refused = [line.strip() for line in lines[2:-1]]
    assert lines[1].startswith("not recorded, each pair with a finding other than needs-review")
    assert {line.split(": ", 2)[2] for line in refused if "declare it under corrections" not in line} == MEANING
    assert lines[-1] == (f"approved 1 new or changed unit pair; the memory holds {sum(map(units, before.values()))}"
                         f" in 2 files: docs/{FIRST.slug}/{COMMITTED.name}, docs/{COMMITTED.name}; "
                         "2 pairs not recorded")
    shared, own = project / "docs" / COMMITTED.name, project / "docs" / FIRST.slug / COMMITTED.name
    assert memories(project)[shared] == before[shared]  # nothing of the shared pages changed: not written
    approved, recorded = read_pairs(COMMITTED), read_pairs(own)
    for key in ("#p-exodus", "#p-departures"):  # a refused pair keeps what was approved before
        assert recorded[f"{FIRST.slug}/article {key}"] == approved[f"{FIRST.slug}/article {key}"]
    assert "Recognizing" in recorded[f"{FIRST.slug}/article #p-retention"][1]

    # the refused pairs keep their findings; the recorded one needs no review any more
    code, lines, _ = check(project, site.url, capsys)
    assert code == 1 and findings_of(lines) == EXPECTED - {("needs-review", "#p-retention: changed since it was "
                                                                            "approved (review it, then check_site.py "
                                                                            "--approve)")}


def units(data: bytes) -> int:
    return data.count(b"<tu ")


def test_a_first_approval_lists_every_pair_by_page(project, site, capsys):
    """With no memory there is nothing to compare meaning with: every pair is recorded, and listed by page."""
    committed = memories(project)
    for path in committed:
        path.unlink()
    code, lines, err = check(project, site.url, capsys, "--approve")
    assert (code, err) == (0, "")
    pages = [line for line in lines if line.startswith("recorded ")]
    assert any(line.startswith(f"recorded {FIRST.slug}/article (en): title, description, #p-exodus,")
               for line in lines)
    assert all(len(line) <= 120 for line in lines[:-1])
    listed = sum(len(line.split(": ", 1)[-1].split(", ")) for line in lines[:-1])
    pairs = sum(map(units, committed.values()))  # the committed memory holds every pair of the site
    assert len(pages) == len({line.split(" (")[0] for line in pages}) and listed == pairs
    assert lines[-1].startswith(f"approved {pairs} new or changed unit pairs; the memory holds {pairs} in 2 files")


# --- Missing dictionaries (rows 60-63) -----------------------------------------------------------------------

@pytest.fixture
def fresh_lexicon():
    """The lexicon is read once per process: read it again, here and for the tests after this one."""
    meaning.lexicon.cache_clear()
    yield
    meaning.lexicon.cache_clear()


@pytest.mark.parametrize("jobs", ["1", "2"])  # with 2, the explainer's pairs are compared in the forked process
@pytest.mark.parametrize("variable, says", [("WNSEARCHDIR", "WordNet is not installed"),
                                            ("EXPLAINER_DICTD_DIR", "FreeDict is not installed")])
def test_a_missing_dictionary_is_one_line_saying_what_to_install(variable, says, jobs, project, site, tmp_path,
                                                                 capsys, monkeypatch, fresh_lexicon):
    monkeypatch.setenv(variable, str(tmp_path / "nowhere"))
    code, lines, err = check(project, site.url, capsys, "--jobs", jobs)
    assert (code, lines) == (2, [])
    [line] = err.splitlines()
    assert line.startswith(f"check_site.py: error: {says} ({tmp_path / 'nowhere'}/")
    assert "apt-get install wordnet-base dict-freedict-fin-eng dict-freedict-eng-fin" in line


def test_the_dictionary_readers_name_the_missing_file(tmp_path):
    with pytest.raises(LexiconError, match=r"index\.noun is missing\): apt-get install wordnet-base"):
        WordNet(tmp_path).lemmas("leave")
    with pytest.raises(LexiconError, match=r"freedict-fin-eng\.index is missing\): apt-get install"):
        Dictionary(tmp_path).english("lähteä")


def hidden(target: str, cover: str, command: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """A command run where `target` is covered by `cover` (a private mount namespace, as the red team hid them)."""
    script = 'mount --bind "$1" "$2" && shift 2 && exec "$@"'
    return subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", cover, target, *command], cwd=cwd,
                          capture_output=True, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


def can_hide() -> bool:
    return shutil.which("unshare") is not None and subprocess.run(["unshare", "-m", "true"]).returncode == 0


def voikko_library() -> str:
    """The file of the Voikko library the binding loads (from this process's memory map)."""
    import libvoikko

    libvoikko.Voikko("fi").terminate()
    maps = Path("/proc/self/maps").read_text().splitlines()
    return next(line.split()[-1] for line in maps if "/libvoikko.so" in line)


VOIKKO_DICTIONARIES = "/usr/lib/voikko"  # Debian's voikko-fi


@pytest.mark.skipif(not can_hide(), reason="needs unshare -m (root, Linux)")
@pytest.mark.parametrize("missing, says", [("dictionary", "Voikko's Finnish dictionary is not installed: apt-get "
                                                          "install voikko-fi"),
                                           ("library", "Voikko is not installed: apt-get install libvoikko1 "
                                                       "voikko-fi")])
def test_missing_voikko_is_one_line_in_the_checker_and_the_generator(missing, says, project, site, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    target, cover = (VOIKKO_DICTIONARIES, str(empty)) if missing == "dictionary" else (voikko_library(), "/dev/null")
    checker = hidden(target, cover, [sys.executable, str(ROOT / "scripts" / "check_site.py"), "site", "--site-url",
                                     site.url], project)
    generator = hidden(target, cover, [sys.executable, str(ROOT / "scripts" / "new_explainer.py"),
                                       str(ROOT / "tests" / "fixtures" / "arktika-sensors.fi.txt"), "--slug", "vk"],
                       project)
    for result, tool in ((checker, "check_site.py"), (generator, "new_explainer.py")):
        assert (result.returncode, result.stdout) == (2, ""), result.stderr
        [line] = result.stderr.splitlines()  # no traceback, no "Exception ignored in Voikko.__del__"
        assert line.startswith(f"{tool}: error: {says}"), line
    assert not (project / "docs" / "vk").exists()


def test_a_long_paragraph_is_located_once_not_once_per_problem(site, tmp_path, monkeypatch, capsys):
    """Row 25 for the checker: a 12,000-word paragraph took it from 0.4 s to 34 s, because each of the thousands of
    problems in it (a name per use) searched the whole Markdown file for its unit. A unit is located once."""
    project = copy_project(tmp_path / "project")
    texts = {"article.md": "yhtiö kertoo että Oulussa ja Helsingissä".split(),
             "article.en.md": "company says that Tampere and Turku".split()}
    for name, words in texts.items():
        with (project / "docs" / FIRST.slug / name).open("a", encoding="utf-8") as page:
            page.write("\n" + " ".join(words[n % len(words)] for n in range(12_000)) + "\n{ #p-long }\n")
    build_site(project / "site", site.url, project / "mkdocs.yml")
    from explainer import checks_translation
    searched = []
    real = checks_translation.unit_line
    monkeypatch.setattr(checks_translation, "unit_line", lambda *a: searched.append(a[1].key) or real(*a))
    monkeypatch.chdir(project)
    code = cli.main(["site", "--config", "mkdocs.yml", "--site-url", site.url, "--jobs", "1"])
    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    long = [line for line in lines if "#p-long" in line and "undeclared-name" in line]
    assert sorted(line.split('"')[1] for line in long) == ["Tampere", "Turku"]  # one finding per name, not per use
    assert searched.count("#p-long") <= 4, searched.count("#p-long")  # once per check that reports it, at most
