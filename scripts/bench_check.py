#!/usr/bin/env python3
"""Benchmark: check_site.py against lychee and LinkChecker on the real site grown to ~2,000 pages, or to
1,000 explainers.

Usage: python scripts/bench_check.py [--pages-per-language 1000] [--links 50] [--keep DIR] [--repeat N]
       python scripts/bench_check.py --explainers 1000 --pages-per-language 0
       python scripts/bench_check.py --sizes 20,150,200,1000 [--repeat N]

It copies the project into a temporary folder, adds generated Markdown pages (each with ~50 internal links,
most with fragments) in both languages, and/or explainers made by the generator (scripts/new_explainer.py)
from synthetic sources of the article's shape, builds them with MkDocs into one real Material site, then times
each checker on that same build (the median of --repeat runs) and prints a Markdown table (wall time and peak
memory of the whole process tree). Nothing in the repository is changed.

With --sizes, one site per number of explainers (and no generated pages), each checked by check_site.py (its
default, then one process) and lychee side by side: one table row per size, with the checker's time as a
multiple of lychee's.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from explainer.layout import load_layout
from explainer.pipes import quiet_on_closed_pipe

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
REPO_PATH = "explainer"  # served under a project path, as on GitHub Pages
SITE_URL = f"http://127.0.0.1:8000/{REPO_PATH}/"
HEADINGS = 10  # headings (fragment targets) per generated page


def generated_page(number: int, pages: int, links: int, language: str, rng: random.Random) -> str:
    """One Markdown page: headings with fixed ids, and links to other pages' headings and to the real pages."""
    title = f"{language.upper()} {number}"
    lines = [f"# {title}", ""]
    targets = [f"page-{rng.randrange(pages):04d}.md#s{rng.randrange(HEADINGS)}" for _ in range(links - 5)]
    targets += ["../meta-ai-departures/faq.md#why-leave-meta", "../meta-ai-departures/article.md#p-departures",
                "../people.md#erik-meijer",
                "../index.md", f"page-{(number + 1) % pages:04d}.md"]
    per_section = -(-len(targets) // HEADINGS)
    for section in range(HEADINGS):
        lines += [f"## {title}, {section} {{ #s{section} }}", ""]
        chunk = targets[section * per_section:(section + 1) * per_section]
        lines += [" ".join(f"[{i}]({target})" for i, target in enumerate(chunk)), ""]
    return "\n".join(lines)


PEOPLE = ["Anna Korhonen", "Mikko Virtanen", "Liisa Mäkinen", "Juha Nieminen", "Sari Heikkinen", "Peter Sarlin"]
COMPANIES = ["Silo AI", "Nokia", "Supercell", "Wolt", "Relex", "Reaktor", "Meta", "OpenAI"]


def synthetic_source(number: int, rng: random.Random) -> str:
    """An article of the source's shape: a title, four paragraphs naming people and companies (some in
    inflected forms), an UKK section of two entries, a credit and page chrome."""
    person, other = rng.sample(PEOPLE, 2)
    company, partner = rng.sample(COMPANIES, 2)
    surname = person.split(" ")[-1]
    genitive = surname[:-3] + "sen" if surname.endswith("nen") else surname + "in"
    paragraphs = [
        f"{company} on kasvattanut tekoälytiimiään vuonna {2015 + number % 10}. Tiimissä on nyt yli {20 + number} "
        f"asiantuntijaa, kertoo johtaja {person}.",
        f"{genitive} mukaan yhteistyö yrityksen {partner} kanssa on tuonut uusia asiakkaita. Osa heistä toimii "
        f"ulkomailla, ja kysyntä kasvaa edelleen.",
        f"Tutkija {other} muistuttaa, että osaajista on pulaa. Yliopistot kouluttavat hänen mukaansa liian vähän "
        f"tekoälyn asiantuntijoita numero {number}.",
        f"Selvityksen {number} mukaan alan investoinnit ovat kasvaneet kolmena vuonna peräkkäin. {company} ja "
        f"{partner} aikovat jatkaa yhteistyötä.",
    ]
    faq = [(f"Kuinka suuri {company} tekoälytiimi on?", f"Tiimissä on yli {20 + number} asiantuntijaa."),
           (f"Mitä {person} sanoo yhteistyöstä?", f"{genitive} mukaan yhteistyö on tuonut uusia asiakkaita.")]
    lines = [f"Selvitys {number}: tekoälyosaajat ja yritykset", *paragraphs, "UKK",
             *(f"{q}\n{a}" for q, a in faq), "Lähde: Esimerkkilehti", "Privacy policy\nContact"]
    return "\n\n".join(lines) + "\n"


def add_explainers(project: Path, count: int, rng: random.Random) -> None:
    """Explainers made by the generator itself, one after another, as an editor would add them."""
    from explainer.new import main as new_explainer

    sources = project / "sources"
    sources.mkdir()
    for number in range(count):
        source = sources / f"selvitys-{number:03d}.txt"
        source.write_text(synthetic_source(number, rng), encoding="utf-8")
        with open(os.devnull, "w") as quiet:
            stdout, sys.stdout = sys.stdout, quiet
            try:
                code = new_explainer([str(source), "--slug", f"selvitys-{number:03d}",
                                      "--config", str(project / "mkdocs.yml")])
            finally:
                sys.stdout = stdout
        if code != 0:
            raise SystemExit(f"bench_check.py: the generator failed on {source}")


def make_project(work: Path, pages: int, links: int, explainers: int = 0) -> Path:
    project = work / "project"
    project.mkdir()
    for name in ("mkdocs.yml", "docs", "overrides", "scripts"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, project / name)
    rng = random.Random(2026)
    bench = project / "docs" / "bench"
    bench.mkdir()
    site = load_layout(ROOT / "mkdocs.yml").site
    for number in range(pages):
        for language in site.languages:
            (bench / site.markdown_name(f"page-{number:04d}", language)).write_text(
                generated_page(number, pages, links, language, rng), encoding="utf-8")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    # the generated pages stay out of the navigation, so every page is a normal-sized Material page
    (project / "mkdocs.yml").write_text(config + "\nnot_in_nav: |\n  /bench/\n", encoding="utf-8")
    add_explainers(project, explainers, rng)
    return project


def build(project: Path, site: Path) -> float:
    env = dict(os.environ, SITE_URL=SITE_URL, NO_MKDOCS_2_WARNING="1")
    start = time.perf_counter()
    subprocess.run([BIN / "mkdocs", "build", "--strict", "-f", project / "mkdocs.yml", "-d", site], env=env, check=True,
                   capture_output=True)
    return time.perf_counter() - start


def measure(command: list, env: dict | None = None, repeat: int = 1) -> tuple[float, float, int]:
    """Wall seconds, peak MiB of the process tree (sampled every 20 ms) and exit code: the run of median wall time
    of `repeat` runs (a shared machine's other load moves single runs by a tenth)."""
    runs = sorted((_measure_once(command, env) for _ in range(repeat)), key=lambda run: run[0])
    return runs[len(runs) // 2]


def _measure_once(command: list, env: dict | None) -> tuple[float, float, int]:
    import psutil  # requirements-bench.txt only: main() says so in one line when it is missing

    start = time.perf_counter()
    process = psutil.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        try:
            tree = [process, *process.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.02)
    return time.perf_counter() - start, peak / 2**20, process.returncode


def size(site: Path) -> int:
    return sum(path.stat().st_size for path in site.rglob("*") if path.is_file())


def largest(site: Path) -> str:
    """The largest HTML page, as built and as sent gzip-compressed (what a first view downloads of it)."""
    path = max(site.rglob("*.html"), key=lambda path: path.stat().st_size)
    data = path.read_bytes()
    return (f"{path.relative_to(site).as_posix()}: {len(data) / 1024:.0f} KiB, "
            f"{len(gzip.compress(data)) / 1024:.0f} KiB gzipped")


def _sizes(value: str) -> list[int]:
    try:
        sizes = [int(part) for part in value.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not comma-separated whole numbers") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"'{value}': each size is at least 1")
    return sizes


def _lychee(web: Path, site: Path) -> list:
    return [BIN / "lychee", "--offline", "--include-fragments", "--index-files", "index.html", "--root-dir", web,
            "--no-progress", site]


def _checker(site: Path, project: Path, cache: Path) -> list:
    return [sys.executable, ROOT / "scripts" / "check_site.py", site, "--config", project / "mkdocs.yml",
            "--cache-dir", cache]


def _checker_env(work: Path) -> dict[str, str]:
    """The checker's environment: the site's address, and Python's bytecode cache kept (in the work folder), as a
    Python installation keeps it, even where PYTHONDONTWRITEBYTECODE is set: compiling the checker's modules anew
    on every run would add about 0.1 s to each, which no user's runs pay."""
    env = dict(os.environ, SITE_URL=SITE_URL, PYTHONPYCACHEPREFIX=str(work / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _compiled(checker: list, env: dict[str, str]) -> None:
    """Import the checker's modules once, untimed, so that their bytecode is cached before the timed runs."""
    subprocess.run([*checker, "--list-checks"], env=env, stdout=subprocess.DEVNULL, check=True)


def _first_run(checker: list, cache: Path) -> list:
    """The checker from an empty record cache, each time (a shell removes the store, then becomes the checker)."""
    return ["sh", "-c", f'rm -rf "{cache}" && exec "$@"', "sh", *map(str, checker)]


def compare_sizes(sizes: list[int], repeat: int) -> int:
    """One site per number of explainers, check_site.py and lychee timed side by side on each: the checker with
    an empty record cache (its first run on a build: every page parsed, the records kept), with the records of an
    earlier run on the same build (a page unchanged since is not parsed again), and in one process with them."""
    print(f"{os.cpu_count()} cores; the median of {repeat} run{'s' if repeat != 1 else ''} of each.\n")
    print("| explainers | HTML pages | check_site.py, first run | next runs | one process | lychee 0.24 | "
          "first / lychee | next / lychee | peak memory |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in sizes:
        work = Path(tempfile.mkdtemp(prefix="bench-check-"))
        try:
            web = work / "www"
            site = web / REPO_PATH
            project = make_project(work, 0, 0, size)
            build(project, site)
            env = _checker_env(work)
            checker = _checker(site, project, work / "cache")
            _compiled(checker, env)
            first = measure(_first_run(checker, work / "cache"), env, repeat)
            warm, one, lychee = (measure(checker, env, repeat), measure([*checker, "--jobs", "1"], env, repeat),
                                 measure(_lychee(web, site), repeat=repeat))
            pages = sum(1 for _ in site.rglob("*.html"))
            print(f"| {size} | {pages} | {first[0]:.2f} s | {warm[0]:.2f} s | {one[0]:.2f} s | {lychee[0]:.2f} s | "
                  f"{first[0] / lychee[0]:.2f}× | {warm[0] / lychee[0]:.2f}× | {max(first[1], warm[1]):.0f} MiB |",
                  flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return 0


@quiet_on_closed_pipe  # `… | head` ends it quietly
def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-per-language", type=int, default=1000)
    parser.add_argument("--links", type=int, default=50, help="internal links per generated page")
    parser.add_argument("--explainers", type=int, default=0, help="explainers to add with the generator")
    parser.add_argument("--keep", type=Path, help="make the project and build it in this new folder, and keep both")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each checker; the median is shown")
    parser.add_argument("--sizes", type=_sizes, help="numbers of explainers, comma-separated: one row per site, "
                                                     "check_site.py and lychee side by side")
    arguments = parser.parse_args(argv)
    missing = [tool for tool in ("lychee", "linkchecker") if not (BIN / tool).exists()]
    missing += [] if importlib.util.find_spec("psutil") else ["psutil"]
    if missing:  # the benchmark's own requirements, which the tests' do not include
        print(f"bench_check.py: {', '.join(missing)} not installed: .venv/bin/pip install -r requirements-bench.txt",
              file=sys.stderr)
        return 2
    if arguments.sizes:
        return compare_sizes(arguments.sizes, arguments.repeat)
    work = arguments.keep or Path(tempfile.mkdtemp(prefix="bench-check-"))
    if arguments.keep:  # the project and its build stay, to profile the checker on them
        work.mkdir(parents=True)
    try:
        web = work / "www"
        site = web / REPO_PATH
        started = time.perf_counter()
        project = make_project(work, arguments.pages_per_language, arguments.links, arguments.explainers)
        generated = time.perf_counter() - started
        seconds = build(project, site)
        for folder in (work, web, *web.rglob("*")):  # LinkChecker, run as root, reads as user nobody
            folder.chmod(0o755 if folder.is_dir() else 0o644)
        html = sum(1 for _ in site.rglob("*.html"))
        env = _checker_env(work)
        checker = _checker(site, project, work / "cache")
        _compiled(checker, env)
        runs = {
            "check_site.py, first run (empty record cache)": measure(_first_run(checker, work / "cache"), env,
                                                                     arguments.repeat),
            "check_site.py, next runs (the records kept)": measure(checker, env, arguments.repeat),
            "lychee 0.24 (--offline --include-fragments)": measure(_lychee(web, site), repeat=arguments.repeat),
            "LinkChecker 10.6": measure([BIN / "linkchecker", "--no-status", "--no-warnings",
                                         "--recursion-level=-1",
                                         (site / "index.html").as_uri()], repeat=arguments.repeat),
        }
        made = (f"{arguments.explainers} explainers generated in {generated:.1f} s"
                if arguments.explainers else
                f"{arguments.pages_per_language} generated per language, ~{arguments.links} internal links each")
        print(f"Site: {html} HTML pages ({made}), built in {seconds:.1f} s; {os.cpu_count()} cores.")
        print(f"Size: {size(site) / 2**20:.1f} MiB in all; largest page {largest(site)}.\n")
        print("| checker | wall time | peak memory | exit |")
        print("| --- | ---: | ---: | ---: |")
        for name, (wall, peak, code) in runs.items():
            print(f"| {name} | {wall:.1f} s | {peak:.0f} MiB | {code} |")
    finally:
        if not arguments.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
