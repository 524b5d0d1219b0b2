# Governance for the SDGs — the commands a maintainer needs. See README.md.
PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
CHROMIUM := /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1

OFFLINE_DIR ?= site-offline

.PHONY: serve build offline pdf bench test clean chromium

serve: $(VENV)/.site-installed  ## Preview on http://127.0.0.1:8000/governance-sdgs/ (reloads on save)
	$(BIN)/python -m mkdocs serve --dev-addr 127.0.0.1:8000

build: $(VENV)/.site-installed  ## Strict build of both languages into site/
	$(BIN)/python -m mkdocs build --strict --clean -d site

offline: $(VENV)/.site-installed  ## The site for use without internet (file://, search included): site-offline/ and site-offline.zip
	SITE_URL= OFFLINE=true $(BIN)/python -m mkdocs build --strict --clean -d $(OFFLINE_DIR)
	rm -f $(OFFLINE_DIR).zip
	$(BIN)/python -m zipfile -c $(OFFLINE_DIR).zip $(OFFLINE_DIR)

pdf: $(VENV)/.dev-installed chromium  ## PDFs (A4 and Letter, EN and ES) of every worksheet, pack, module and guide in site/; page counts in data/print-pages.yml
	$(BIN)/python -m tools.print_pdfs --site site --cache .pdf-cache --record data/print-pages.yml

bench: $(VENV)/.dev-installed chromium  ## Build time, page weight and Lighthouse against vanilla Material (not part of make test)
	$(BIN)/python tools/bench.py

test: $(VENV)/.dev-installed chromium  ## Strict build, then every check (parity, links, browser, accessibility)
	$(BIN)/python -m pytest

clean:  ## Remove the built site and the virtual environment
	rm -rf site site-offline site-offline.zip .pdf-cache .bench $(VENV) .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.site-installed: requirements.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements-dev.txt $(VENV)/.site-installed
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

chromium:  ## Debian's Chromium for the browser tests (installed when missing and we are root)
	@if [ -x $(CHROMIUM) ]; then exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Chromium with apt-get…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "Chromium is missing: install it with 'sudo apt-get install chromium' (Debian/Ubuntu), then run 'make test' again." >&2; \
		exit 1; \
	fi
