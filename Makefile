# Governance for the SDGs — the commands a maintainer needs. See README.md.
PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
CHROMIUM := /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1

SITE_DIR    ?= site
OFFLINE_DIR ?= site-offline
PDF_CACHE   ?= .pdf-cache
PORT        ?= 8000
VNU_VERSION := 26.9.27
export VNU_JAR := $(CURDIR)/.tools/vnu-$(VNU_VERSION).jar

.PHONY: serve build site offline pdf bench test translations synced clean chromium java icons

serve: $(VENV)/.site-installed  ## Preview on http://127.0.0.1:$(PORT)/governance-sdgs/ (reloads on save; PORT=8001 make serve)
	$(BIN)/python -m mkdocs serve --dev-addr 127.0.0.1:$(PORT)

build: $(VENV)/.site-installed  ## Strict build of both languages into site/ (a preview: no PDFs, no offline ZIP, so no links to them)
	$(BIN)/python -m mkdocs build --strict --clean -d $(SITE_DIR)

site: $(VENV)/.dev-installed chromium  ## Exactly what is published, for SITE_URL: strict build, PDFs, the phone's offline list and worker, offline copy and its ZIP, in site/
	PUBLISH=true $(BIN)/python -m mkdocs build --strict --clean -d $(SITE_DIR)
	$(BIN)/python -m tools.print_pdfs --site $(SITE_DIR) --cache $(PDF_CACHE) --check data/print-pages.yml
	$(BIN)/python -m tools.offline_list --site $(SITE_DIR)
	$(MAKE) --no-print-directory offline
	cp $(OFFLINE_DIR).zip $(SITE_DIR)/

offline: $(VENV)/.site-installed  ## The site for use without internet (file://, search included): site-offline/ and site-offline.zip
	SITE_URL= OFFLINE=true $(BIN)/python -m mkdocs build --strict --clean -d $(OFFLINE_DIR)
	rm -f $(OFFLINE_DIR).zip
	$(BIN)/python -m zipfile -c $(OFFLINE_DIR).zip $(OFFLINE_DIR)

icons: $(VENV)/.dev-installed chromium  ## The app icons (PNG) of the web app manifests, drawn from the SVG logo (commit them)
	$(BIN)/python -m tools.icons

pdf: $(VENV)/.dev-installed chromium  ## PDFs (A4 and Letter, EN and ES) of every worksheet, pack, module and guide in site/; page counts in data/print-pages.yml
	$(BIN)/python -m tools.print_pdfs --site $(SITE_DIR) --cache $(PDF_CACHE) --record data/print-pages.yml

bench: $(VENV)/.dev-installed chromium  ## Build time, page weight and Lighthouse against vanilla Material (not part of make test)
	$(BIN)/python tools/bench.py

test: $(VENV)/.dev-installed chromium $(VNU_JAR)  ## The translations report, a strict build, then every check (parity, links, valid HTML, browser, accessibility)
	-@$(BIN)/python -m tools.translations  # a page behind its twin is reported, not a failure
	$(BIN)/python -m pytest

translations: $(VENV)/.site-installed  ## Pages whose twin changed since they were aligned, with what changed (exit 1 if any)
	@$(BIN)/python -m tools.translations

synced: $(VENV)/.site-installed  ## Record PAGE's twins as aligned (PAGE=docs/about); without PAGE, every page
	@$(BIN)/python -m tools.translations --synced $(PAGE)

clean:  ## Remove the built site and the virtual environment
	rm -rf site site-offline site-offline.zip .pdf-cache .bench .tools $(VENV) .pytest_cache
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

$(VNU_JAR): | java  ## The Nu Html Checker (npm package vnu-jar, from the npm registry), for the valid-HTML tests
	mkdir -p $(dir $@)
	curl -fsSL https://registry.npmjs.org/vnu-jar/-/vnu-jar-$(VNU_VERSION).tgz | tar -xzO package/build/dist/vnu.jar > $@.part
	mv $@.part $@

java:  ## A Java runtime for the Nu Html Checker (installed when missing and we are root)
	@if command -v java >/dev/null; then exit 0; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing a Java runtime with apt-get…"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null; \
	else \
		echo "Java is missing: install it with 'sudo apt-get install default-jre-headless', then run 'make test' again." >&2; \
		exit 1; \
	fi
