"""The publishing workflow: triggers, least privilege, pinned actions, and the same steps as the README."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
import yaml
from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
PINNED = re.compile(r"^\s*(?:-\s*)?uses:\s*([\w.-]+/[\w./-]+)@([0-9a-f]{40})\s+#\s*v\d+(\.\d+)*\s*$")


def load(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


@pytest.fixture(scope="module")
def publish():
    return load(ROOT / ".github" / "workflows" / "publish.yml")


def steps(job):
    return job.get("steps", [])


def test_triggers_push_to_main_manual_dispatch_and_pull_requests(publish):
    assert publish["on"]["push"]["branches"] == ["main"]
    assert "workflow_dispatch" in publish["on"] and "pull_request" in publish["on"]


def test_least_privilege(publish):
    assert publish["permissions"] == {"contents": "read"}
    for name, job in publish["jobs"].items():
        if name == "deploy":
            assert job["permissions"] == {"pages": "write", "id-token": "write"}
        else:
            assert "permissions" not in job, f"job {name} widens permissions"


def test_deploys_never_overlap_and_never_run_for_pull_requests(publish):
    deploy = publish["jobs"]["deploy"]
    assert deploy["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert "pull_request" in deploy["if"] and "!=" in deploy["if"]
    assert deploy["needs"] == "build"
    assert [s["uses"].split("@")[0] for s in steps(deploy)] == ["actions/deploy-pages"]


def test_every_action_is_pinned_to_a_full_commit_sha_with_its_version(publish):
    for path in WORKFLOWS:
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if "uses:" in line]
        assert lines
        for line in lines:
            assert PINNED.match(line), f"{path.name}: {line.strip()}"


def test_build_job_builds_strict_checks_tests_and_uploads(publish):
    build = publish["jobs"]["build"]
    uses = [s["uses"].split("@")[0] for s in steps(build) if "uses" in s]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                    "actions/upload-pages-artifact"]
    python = next(s for s in steps(build) if s.get("uses", "").startswith("actions/setup-python"))
    assert python["with"]["cache"] == "pip"
    script = "\n".join(s.get("run", "") for s in steps(build))
    assert "pip install -r requirements-dev.txt" in script
    assert "mkdocs build --strict" in script
    assert "python scripts/check_site.py site" in script
    assert "python -m pytest tests" in script
    assert "SOURCE_DATE_EPOCH" in script
    built = next(s for s in steps(build) if "mkdocs build" in s.get("run", ""))
    assert "steps.pages.outputs.base_url" in built["env"]["SITE_URL"]
    for step in steps(build):
        if step.get("uses", "").startswith(("actions/configure-pages", "actions/upload-pages-artifact")):
            assert step["if"] == "github.event_name != 'pull_request'"


@pytest.mark.skipif(shutil.which("actionlint") is None, reason="actionlint is not installed")
def test_actionlint_finds_nothing():
    result = subprocess.run(["actionlint", *map(str, WORKFLOWS)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dependabot_keeps_the_pinned_actions_and_pip_pins_current():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    updates = {update["package-ecosystem"]: update for update in config["updates"]}
    assert set(updates) == {"github-actions", "pip"}
    for update in updates.values():
        assert update["schedule"]["interval"] == "weekly" and update["groups"], update
    assert any(rule["dependency-name"] == "mkdocs" for rule in updates["pip"]["ignore"])  # MkDocs stays below 2
