"""The exit ramp stays open: ProperDocs (the maintained MkDocs 1.x fork) builds the site with the explainer plugin,
and the checker finds nothing. Material reaches its end of life on 2027-05-05 (README)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from explainer import cli as check_site

PROPERDOCS = Path(sys.executable).parent / "properdocs"


@pytest.mark.build
def test_properdocs_builds_the_site_and_the_checker_finds_nothing(tmp_path, capsys):
    site_url = "http://127.0.0.1:8000/exit/"
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", SITE_URL=site_url)
    built = subprocess.run([str(PROPERDOCS), "build", "--strict", "-f", str(ROOT / "mkdocs.yml"),
                            "-d", str(tmp_path / "site")], env=env, capture_output=True, text=True, cwd=ROOT)
    assert built.returncode == 0, built.stderr
    assert 'content="mkdocs-ProperDocs' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    code = check_site.main([str(tmp_path / "site"), "--config", str(ROOT / "mkdocs.yml"), "--site-url", site_url])
    assert code == 0, capsys.readouterr().out
