"""Translations in step: `make translations` names a page whose twin changed since they were aligned,
with what changed; the lagging twin tells its readers; `make synced` records them aligned again."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, append, build_error, mkdocs_build
from macros.content import catalogue

DAY = "2024-02-29"  # the day `make synced` is told it is (SITE_DATE), never the clock's
LONG_DAY = {"es": "29 de febrero de 2024", "en": "29 February 2024"}
URL = "http://127.0.0.1:8000/governance-sdgs/"


def run(repo: Path, *args, day: str = DAY) -> subprocess.CompletedProcess:
    """A make target of the repository in `repo` on the day `day`, with the test run's virtual environment."""
    return subprocess.run(["make", "--no-print-directory", "-s", *args, f"VENV={Path(sys.prefix)}"], cwd=repo,
                          capture_output=True, text=True, check=False,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "SITE_DATE": day})


def recorded(repo: Path) -> dict[str, str]:
    """data/translations.yml: page → the day its twins were recorded as aligned."""
    lines = (repo / "data" / "translations.yml").read_text(encoding="utf-8").splitlines()
    return dict(line.split(": ", 1) for line in lines if line and not line.startswith("#"))


def git(repo: Path, *args):
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=test@example.org", *args], cwd=repo, check=True,
                   capture_output=True)


@pytest.fixture
def repo(tmp_path) -> Path:
    """A git repository holding a copy of the project, every page aligned."""
    project = tmp_path / "repo"
    for name in ("docs", "overrides", "macros", "data", "tools"):
        shutil.copytree(ROOT / name, project / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("mkdocs.yml", "Makefile", "requirements.txt"):
        shutil.copy2(ROOT / name, project)  # with its time: make must not reinstall the packages
    assert run(project, "synced").returncode == 0
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "aligned")
    return project


def edit(page: Path, old: str, new: str):
    text = page.read_text(encoding="utf-8")
    assert old in text, old
    page.write_text(text.replace(old, new, 1), encoding="utf-8")


def notice(site: Path, page: str) -> str | None:
    match = re.search(r'<div class="translation-notice".*?</div>', (site / page / "index.html").read_text(encoding="utf-8"), re.S)
    return match[0] if match else None


def noticed(site: Path) -> list[str]:
    """The pages, of a few twins, that show the notice."""
    return [page for page in ("about", "en/about", "glossary", "en/glossary", "how-to-use", "en/how-to-use")
            if notice(site, page) is not None]


def read(notice_html: str) -> tuple[str, str, str]:
    """What a notice says, and where its link leads (href, hreflang)."""
    link = re.search(r'<a href="([^"]*)" hreflang="([^"]*)"', notice_html)
    return " ".join(re.sub(r"<[^>]+>", " ", notice_html).split()), link[1], link[2]


def expected(lang: str, twin: str) -> tuple[str, str, str]:
    """What the notice of a page in `lang` says when its twin, at `twin`, changed since DAY."""
    other = "en" if lang == "es" else "es"
    return f'{catalogue.text("translation_behind", lang, date=LONG_DAY[lang])} {catalogue.text("translation_read_twin", lang)}', twin, other


def test_a_repository_where_every_page_is_aligned_reports_nothing(repo):
    result = run(repo, "translations")
    assert result.returncode == 0
    assert result.stdout == "make translations: every page's twins are as they were when last aligned\n"


def test_a_changed_twin_is_reported_and_noticed_in_both_directions_until_synced(repo):
    assert set(recorded(repo).values()) == {DAY}, "make synced records the day SITE_DATE gives"
    edit(repo / "docs" / "about.en.md", "This site adapts United Nations", "This website adapts United Nations")
    edit(repo / "docs" / "glossary.es.md", "\n\n", "\n\nPárrafo nuevo añadido en español.\n\n")
    result = subprocess.run([sys.executable, "-m", "tools.translations"], cwd=repo, capture_output=True, text=True, check=False)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[:2] == [f"docs/about.es.md may lag: docs/about.en.md changed since they were aligned on {DAY}",
                         f"docs/glossary.en.md may lag: docs/glossary.es.md changed since they were aligned on {DAY}"]
    assert any(line.startswith("-This site adapts United Nations") for line in lines)
    assert any(line.startswith("+This website adapts United Nations") for line in lines)
    assert "+Párrafo nuevo añadido en español." in lines
    assert run(repo, "translations").returncode != 0  # make says it failed
    site = repo / "site"
    assert mkdocs_build(repo, site, URL).returncode == 0
    assert noticed(site) == ["about", "en/glossary"], (
        "the notice belongs on the twin that lags — the Spanish about page (its English twin changed) and the English "
        f"glossary (its Spanish twin changed) — not on the twin that changed; it is on: {noticed(site)}")
    assert read(notice(site, "about")) == expected("es", "../en/about/")
    assert read(notice(site, "en/glossary")) == expected("en", "../../glossary/")
    assert run(repo, "synced", "PAGE=docs/about.en.md", day="2024-03-01").returncode == 0
    assert recorded(repo)["about"] == "2024-03-01" and recorded(repo)["glossary"] == DAY, "only the page given is recorded"
    assert run(repo, "synced", "PAGE=docs/glossary").returncode == 0
    result = run(repo, "translations")
    assert result.returncode == 0 and result.stdout == "make translations: every page's twins are as they were when last aligned\n"
    assert mkdocs_build(repo, site, URL).returncode == 0
    assert noticed(site) == [], "once synced, no twin shows the notice"


@pytest.mark.parametrize("day", ["yesterday", "2026-02-30", "02/12/2026"])
def test_a_site_date_that_is_not_a_date_stops_make_synced_with_one_line(repo, day):
    record = (repo / "data" / "translations.yml").read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "tools.translations", "--synced"], cwd=repo, capture_output=True,
                            text=True, check=False, env={**os.environ, "SITE_DATE": day})
    assert result.returncode == 2, f"SITE_DATE={day!r} must stop `make synced` (exit 2): {result.stdout}{result.stderr}"
    [line] = result.stderr.splitlines()  # one line
    assert line.startswith(f"SITE_DATE: '{day}' is not a date — write it as YYYY-MM-DD"), line
    assert (repo / "data" / "translations.yml").read_text(encoding="utf-8") == record, "nothing was recorded"


def test_whitespace_and_front_matter_changes_are_not_changes(repo):
    page = repo / "docs" / "about.en.md"
    text = page.read_text(encoding="utf-8")
    rewrapped = text.replace("This site adapts United Nations training material", "This site  adapts United Nations\ntraining material")
    page.write_text(rewrapped.replace("description: ", "description: Changed. ", 1) + "\n\n\n", encoding="utf-8")
    result = run(repo, "translations")
    assert result.returncode == 0, result.stdout


def test_a_shallow_clone_reports_the_same(repo, tmp_path):
    edit(repo / "docs" / "about.es.md", "Este sitio adapta", "Este sitio web adapta")
    git(repo, "commit", "-q", "-am", "Spanish ahead")
    git(tmp_path, "clone", "-q", "--depth", "1", repo.as_uri(), "clone")
    here, there = run(repo, "translations"), run(tmp_path / "clone", "translations")
    assert here.returncode == there.returncode != 0
    assert here.stdout == there.stdout and "docs/about.en.md may lag: docs/about.es.md changed" in here.stdout


@pytest.mark.parametrize("record, expected", [
    ("no-such-page: 2026-12-02\n", "data/translations.yml: no-such-page: no page docs/no-such-page.es.md"
                                   " — run `make synced PAGE=docs/no-such-page` or remove the line"),
    ("about: yesterday\n", "data/translations.yml: about: 'yesterday' is not a date (YYYY-MM-DD)"
                           " — run `make synced PAGE=docs/about` or remove the line"),
])
def test_a_bad_record_stops_the_build_with_one_line(scratch, tmp_path, record, expected):
    append(scratch / "data" / "translations.yml", record)
    assert build_error(scratch, tmp_path).endswith(expected)
