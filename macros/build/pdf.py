"""Which pages `make pdf` prints (tools/print_pdfs.py), where their PDFs live in the site, and the
"Download PDF (A4 / Letter)" line under their titles."""

from markupsafe import Markup

from ..base.language import LANGUAGES
from ..base.links import neutral, relative
from ..content import datafiles, modules, worksheets
from ..content.print_pages import PAPERS
from ..render.reader import Reader

FOLDER = "pdf"  # in the site: pdf/<lang>/<name>-<paper>.pdf


@datafiles.per_build
def pages() -> list[str]:
    """The site paths that get PDFs: worksheets, the print pack of each module, module pages, facilitator guides and
    slide decks (as handouts)."""
    paths = [f"worksheets/{sheet.id}/" for sheets in worksheets.by_module().values() for sheet in sheets]
    paths += [f"worksheets/pack-{module}/" for module in worksheets.by_module()]
    paths += [module.path() for module in modules.all_modules().values()]
    paths += [guide_path(toolkit) for toolkit in dict.fromkeys(m.toolkit for m in modules.all_modules().values())]
    return paths + [module.deck_path() for module in modules.all_modules().values()]


def guide_path(toolkit: str) -> str:
    """The site path of a toolkit's facilitator guide."""
    return f"toolkits/{toolkit}/facilitator-guide/"


def pdf_path(path: str, lang: str, paper: str) -> str:
    """Where the PDF of site path `path` lives in the site: 'worksheets/roadmap/' → 'pdf/es/worksheets-roadmap-a4.pdf'."""
    return f"{FOLDER}/{lang}/{path.strip('/').replace('/', '-')}-{paper}.pdf"


def with_download_links(html: str, r: Reader, deck: bool = False) -> str:
    """A "Download PDF (A4 / Letter)" line under the title of the page if `make pdf` prints it; in a slide
    deck's toolbar rather than on its title slide."""
    path = neutral(r.page_url, r.code)
    if path not in pages():
        return html
    links = Markup(" / ").join(
        Markup('<a href="{}" type="application/pdf">{}</a>').format(
            relative(pdf_path(path, r.code, paper), r.page_url), r.t(f"pdf_{paper}")) for paper in PAPERS)
    line = Markup('<p class="pdf-download" data-search-exclude="true">{} ({})</p>').format(r.t("pdf_download"), links)
    if deck:
        return html.replace("</nav>", str(line) + "</nav>", 1)
    return html.replace("</h1>", "</h1>" + str(line), 1)


def jobs() -> list[tuple[str, str, str]]:
    return [(path, lang, paper) for lang in LANGUAGES for path in pages() for paper in PAPERS]
