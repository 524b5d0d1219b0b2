"""The GitHub Actions workflows pass actionlint, and Pages deploys only after the tests."""

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint() -> str:
    found = shutil.which("actionlint") or str(Path(sys.executable).parent / "actionlint")
    assert Path(found).exists(), "actionlint not installed — run `make test`"
    return found


def test_workflows_pass_actionlint():
    assert WORKFLOWS, "no workflow in .github/workflows"
    result = subprocess.run([actionlint(), "-no-color", *map(str, WORKFLOWS)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_rejects_a_broken_workflow(tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n", encoding="utf-8")
    assert subprocess.run([actionlint(), str(bad)], capture_output=True, check=False).returncode != 0


def test_pages_deploys_only_after_strict_build_and_tests():
    deploy = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8"))
    assert deploy["concurrency"]["group"] == "pages"
    jobs = deploy["jobs"]
    steps = " ".join(str(step) for step in jobs["build"]["steps"])
    assert steps.index("make test") < steps.index("make site") < steps.index("actions/upload-pages-artifact")
    assert "make build" not in steps and "make pdf" not in steps, "the workflow publishes what `make site` makes, nothing else"
    assert jobs["deploy"]["needs"] == "build"
    assert any("actions/deploy-pages" in str(step) for step in jobs["deploy"]["steps"])
