"""Search in the reader's language: one index per language, each with its own stemmer.

Material's search plugin writes one `search/search_index.json` at the site root, and
mkdocs-static-i18n fills it with the entries of every language build. Each page's script
fetches `search/search_index.json` beside the `base` of its `__config`. So:

- after each non-default language build, its entries go to `<lang>/search/search_index.json`
  (addresses relative to `<lang>/`, `lang` set for lunr's stemmer) and are taken out of the
  plugin, so the root index the i18n plugin writes last holds the default language only;
- that language's pages name `<lang>/` as their `base` (`page_config`), so they load their
  own index and their results resolve under `<lang>/`;
- pages and what the reader types are stemmed alike: the `stemmer` in mkdocs.yml's search
  pipeline, and `WORKER` around Material's worker for typed words;
- in the offline copy, the index is also written as the script Material loads from file://.

What nobody searches for is marked `data-search-exclude` (base/search_marker.py), and `spaced`
keeps words of adjacent cells and blocks apart.
"""

import json
import re
from pathlib import Path

# A block's end (or a line break) directly followed by the next tag: the indexer would join the two texts.
_BLOCK_END = re.compile(r"(</(?:p|li|dt|dd|td|th|tr|caption|figcaption|h[1-6]|div|table|thead|tbody|tfoot|ul|ol|dl|"
                        r"details|summary|blockquote|section|figure|fieldset|legend)>|<br>)(?=<)")
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)
WORKER = Path("assets/javascripts/workers/stemmed.js")  # Material's worker, stemming typed words too
_CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


def spaced(html: str) -> str:
    """`html` with a line break after each block that ends right before a tag (code blocks untouched):
    "<td>País</td><td>Ecuador</td>" is indexed as "País Ecuador", not "PaísEcuador"."""
    parts = _PRE.split(html)
    return "".join(part if index % 2 else _BLOCK_END.sub("\\1\n", part) for index, part in enumerate(parts))


def page_config(html: str, lang: str, default: str) -> str:
    """The page's script config: search runs in the stemming worker (`WORKER`); a non-default
    language's page has its `base` at its language root (`…/en/`), where its index is."""

    def configure(m) -> str:
        config = json.loads(m[2])
        config["search"] = config["search"].rsplit("/", 1)[0] + "/" + WORKER.name
        if lang != default:
            config["base"] = config["base"].rstrip("/") + f"/{lang}/"
        return m[1] + json.dumps(config) + m[3]

    return _CONFIG.sub(configure, html, count=1)


def write_worker(site_dir: str) -> None:
    """Name Material's worker (its file name carries a hash) in the stemming worker."""
    folder = Path(site_dir) / WORKER.parent
    material = next(folder.glob("search.*.min.js")).name
    path = folder / WORKER.name
    path.write_text(path.read_text(encoding="utf-8").replace('"MATERIAL_WORKER"', json.dumps(material)), encoding="utf-8")


def write_language_index(config, lang: str, default: str, offline: bool) -> None:
    """After a non-default language's build: its own index under `<lang>/search/`, out of the shared one."""
    search = config["plugins"]["material/search"]
    entries = search.search_index.entries
    if lang == default:
        return
    prefix = f"{lang}/"
    docs = [{**entry, "location": entry["location"].removeprefix(prefix)} for entry in entries]
    fields = {key: search.config[key] for key in ("separator", "pipeline", "fields")}
    data = json.dumps({"config": {"lang": [lang], **fields}, "docs": docs}, separators=(",", ":"))
    folder = Path(config["site_dir"]) / lang / "search"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "search_index.json").write_text(data, encoding="utf-8")
    if offline:  # what Material's offline plugin does for the root index
        (folder / "search_index.js").write_text(f"var __index = {data}", encoding="utf-8")
    entries.clear()
