"""Every built page is valid HTML (the Nu Html Checker): nothing of ours, and of Material's only
what vanilla Material 9.8 gives on a one-page site too (checked in the same run)."""

import subprocess
import sys

from conftest import html_errors

# Errors vanilla Material produces on every page; the test checks each still does, so the list
# cannot hide an error of ours.
VANILLA = {
    # the drawer and search toggles: <input type="checkbox" autocomplete="off"> (partials/toggles)
    "Attribute “autocomplete” is only allowed when the input type is",
}


def vanilla_site(tmp_path):
    """Material with our pinned versions and nothing else: one page, no plugins but search."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Vanilla\n\nOne page.\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Vanilla\ntheme: {name: material, font: false}\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d", "site"], cwd=tmp_path, check=True,
                   env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    return tmp_path / "site"


def known(message: str) -> bool:
    return any(message.startswith(prefix) for prefix in VANILLA)


def under(error: dict, folder) -> bool:
    return error["url"].startswith(f"file:{folder}/")  # the checker writes file:/path


def test_every_page_is_valid_html_but_for_vanillas_own_errors(site, tmp_path):
    vanilla = vanilla_site(tmp_path)
    errors = html_errors(site.dir, vanilla)
    theirs = {prefix for prefix in VANILLA for e in errors if under(e, vanilla) and e["message"].startswith(prefix)}
    assert theirs == VANILLA, f"no longer produced by vanilla Material: drop {VANILLA - theirs} from VANILLA"
    ours = [f"{e['url'].removeprefix(f'file:{site.dir}/')}:{e.get('lastLine')}: {e['message']}"
            for e in errors if under(e, site.dir) and not known(e["message"])]
    assert not ours, f"{len(ours)} HTML error(s):\n" + "\n".join(ours[:30])
