"""Shared fixtures: one real build of the site, served the way GitHub Pages serves a project site."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from explainer.layout import Layout, load_layout
from explainer.preview import serve, site_url

ROOT = Path(__file__).resolve().parents[1]

# GitHub Pages serves a project site under /<repo>/; the tests serve it the same way.
REPO_PATH = "explainer"
# The real site as its config and contracts describe it: languages, pages and ids come from here, not copies.
REAL = load_layout(ROOT / "mkdocs.yml")
CONTRACT = REAL.site.contract
# The first explainer, the article the site began with: translated into every language (explainers generated
# beside it, as README's "Adding an explainer" does, are not yet).
FIRST = next(e for e in REAL.site.explainers if all(language in e.title for language in REAL.languages))


def ui_strings() -> dict:
    """The explainer plugin's UI strings per language, as mkdocs.yml gives them."""
    from mkdocs.config import load_config

    return load_config(config_file=str(ROOT / "mkdocs.yml")).plugins["explainer"].config.ui


@dataclass(frozen=True)
class BuiltSite:
    dir: Path  # the built site
    url: str  # where the test server serves it, = SITE_URL of the build
    layout: Layout


def build_site(site_dir: Path, site_url: str, config_file: Path = ROOT / "mkdocs.yml", strict: bool = True) -> None:
    """Build with MkDocs' API in strict mode, as the README and the workflow do (site_url given, not from the
    environment, so nothing leaks into later tests)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(config_file=str(config_file), site_dir=str(site_dir), site_url=site_url, strict=strict))


def copy_project(target: Path) -> Path:
    """A private copy of mkdocs.yml, docs/ and overrides/ to edit and build."""
    target.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", target)
    for folder in ("docs", "overrides"):
        shutil.copytree(ROOT / folder, target / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return target


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """The checker's record cache (explainer.record_cache) in a folder of this session's, not the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
        yield


@pytest.fixture(scope="session", autouse=True)
def quiet_material():
    """Material's end-of-life banner on every build, silenced for the session only."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NO_MKDOCS_2_WARNING", "1")
        yield


@pytest.fixture(scope="session")
def web_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("www")
    root.chmod(0o755)  # LinkChecker, run as root, reads the site as user nobody
    return root


@pytest.fixture(scope="session")
def server(web_root):
    """The project's Pages-like server (explainer.preview), the same the README's preview command runs."""
    httpd = serve(web_root, REPO_PATH)
    yield httpd
    httpd.shutdown()


@pytest.fixture(scope="session")
def site(web_root, server) -> BuiltSite:
    url = site_url(server, REPO_PATH)
    site_dir = web_root / REPO_PATH
    build_site(site_dir, url)
    return BuiltSite(dir=site_dir, url=url, layout=load_layout(ROOT / "mkdocs.yml", url))


# --- The browser ---------------------------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
# Without the networking flags Chromium tries to reach hosts this machine cannot.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture
def copy(site, tmp_path) -> Path:
    """A private copy of the built site to break."""
    target = tmp_path / "site"
    shutil.copytree(site.dir, target)
    return target


@pytest.fixture(scope="session")
def browser():
    """Debian's chromium where present, else a Playwright-installed one; CI requires one of them."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        sync_playwright = None
    required = os.environ.get("EXPLAINER_REQUIRE_BROWSER") == "1"
    if sync_playwright is None:
        reason = "Playwright is not installed (pip install -r requirements-dev.txt)"
        pytest.fail(reason) if required else pytest.skip(reason)
    with sync_playwright() as playwright:
        options = {"executable_path": str(CHROMIUM)} if CHROMIUM.exists() else {}
        try:
            launched = playwright.chromium.launch(args=CHROMIUM_ARGS, **options)
        except Error as error:
            reason = f"no Chromium to drive (apt-get install chromium): {str(error).splitlines()[0]}"
            pytest.fail(reason) if required else pytest.skip(reason)
        yield launched
        launched.close()


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=site.url,
                                  permissions=["clipboard-read", "clipboard-write"])
    opened = context.new_page()
    yield opened
    context.close()


def pytest_collection_modifyitems(items):
    """`build`: every test that needs a built site (the `site` fixture, and with it the browser tests); the fast
    subset, `-m "not build"`, tests the plugin's parts, the checker's units and the generator without one."""
    for item in items:
        if "site" in getattr(item, "fixturenames", ()) or item.get_closest_marker("browser"):
            item.add_marker(pytest.mark.build)


def declare_changes(project: Path, site_url: str, kinds: dict[str, str], day: str = "2026-12-05") -> list[dict]:
    """What an editor does after changing approved texts (README, "Correcting a published text"): each
    `correction` finding's unit whose key `kinds` maps to "correction" or "wording" declared in its explainer's
    contract, with the values the finding gives. Returns the entries written, in the findings' order."""
    import io
    import json
    from contextlib import redirect_stdout

    import yaml
    from explainer import cli

    out = io.StringIO()
    with redirect_stdout(out):
        cli.main([str(project / "site"), "--config", str(project / "mkdocs.yml"), "--site-url", site_url,
                  "--only", "correction", "--format", "json"])
    written = []
    for finding in json.loads(out.getvalue())["findings"]:
        _, _, fields = finding["message"].partition("wording fix): ")
        page, rest = fields.split(", unit: ", 1)
        unit, rest = rest.split(", language: ", 1)
        language, rest = rest.split(", was: ", 1)
        was, now = rest.split(", now: ", 1)
        unit = json.loads(unit)
        if unit not in kinds:
            continue
        contract = project / finding["message"].split(" in ", 1)[1].split(" (", 1)[0]
        data = yaml.safe_load(contract.read_text(encoding="utf-8"))
        entry = {"page": page.removeprefix("page: "), "unit": unit, "language": language, "date": day,
                 "type": kinds[unit], "was": json.loads(was), "now": json.loads(now)}
        data.setdefault("corrections", []).append(entry)
        contract.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")
        written.append(entry)
    return written
