# The portal's commands. `make` alone lists them.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
MANAGE := $(PY) manage.py
LOCALES := vi ko ja zh_Hans zh_Hant th km lo my id ms tl ne bn si ur
export PYTHONDONTWRITEBYTECODE := 1

.DEFAULT_GOAL := help
.PHONY: help run setup test lint format messages check-messages check ci bench eval-search clean

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-16s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed ($(PYTHON) not found; set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

setup: $(VENV)/.installed ## Create .venv, install, compile catalogues, migrate and load the demo content
	$(MANAGE) compile_catalogues
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo

run: setup ## Set everything up and serve the portal with demo content on 127.0.0.1:$PORT (default 8000)
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# One pytest-xdist worker per core, each with its own test database and its own demo load; the browser tests
# stay together on one worker (pytest_xdist_make_scheduler in tests/conftest.py).
TEST_WORKERS ?= auto
test: $(VENV)/.installed ## Run every test, on TEST_WORKERS processes (DATABASE_URL picks the database; PYTEST_ARGS adds options)
	$(MANAGE) compile_catalogues
	$(PY) -m pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

# ESLint and Stylelint, pinned in package.json and package-lock.json; installed into node_modules/ when missing.
node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null 2>&1 || { echo "Node.js 20.19+ and npm are needed for ESLint and Stylelint"; exit 1; }
	npm ci --silent --no-audit --no-fund
	@touch $@

lint: $(VENV)/.installed node_modules/.installed ## Lint Python (ruff), layers (import-linter), templates (djLint), JS (ESLint), CSS (Stylelint), file length
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/djlint templates $(wildcard */templates) --lint
	npx --no-install eslint static/js
	npx --no-install stylelint "static/css/**/*.css"
	$(PY) scripts/check_file_length.py

format: $(VENV)/.installed ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

messages: $(VENV)/.installed ## Extract interface strings into locale/*/django.po and compile them
	$(MANAGE) makemessages --no-obsolete --add-location=never -i 'node_modules/*' -i 'staticfiles/*' -i 'tests/*' $(addprefix -l ,$(LOCALES))
	$(MANAGE) compile_catalogues

check-messages: $(VENV)/.installed ## Fail on interface strings missing, stale or untranslated in any catalogue
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check_catalogues

check: $(VENV)/.installed ## Django checks and the migrations check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run

clean: ## Remove the virtualenv, the SQLite database and compiled files
	rm -rf $(VENV) db.sqlite3 staticfiles
	find . -name '*.mo' -path '*/locale/*' -delete

bench-countries: setup ## Server time and query count of a country guide with 50 policies and 200 services attached
	$(MANAGE) bench_countries --policies 50 --services 200

.PHONY: bench-editor
bench-editor: setup ## Server time and query count of the policy and guide edit forms and of a publish (SQLite demo)
	$(MANAGE) bench_editor

.PHONY: bench-landscape
bench-landscape: setup ## Server time and query count of each landscape GeoJSON and of three countries' corridors
	$(MANAGE) bench_landscape

# --- Production: backups, load test and fuzzing (issue 7)
.PHONY: backup restore loadtest fuzz

backup: $(VENV)/.installed ## Back up the database to backups/ (pg_dump on PostgreSQL, dumpdata otherwise)
	$(MANAGE) backup $(if $(FILE),--output $(FILE))

restore: $(VENV)/.installed ## Restore a backup: make restore FILE=backups/portal-....dump|json
	@test -n "$(FILE)" || { echo "Usage: make restore FILE=backups/portal-....dump|json"; exit 2; }
	$(MANAGE) restore $(FILE)

# --- Search quality and latency (issue 6)
.PHONY: eval-search bench-search
EVAL_SET ?= ../shared/eval/make_eval.py
eval-search: $(VENV)/.installed ## hit@5 and MRR of search on the shared evaluation set, per language (DATABASE_URL picks the database)
	@test -f "$(EVAL_SET)" || { echo "eval-search: $(EVAL_SET) not found. The evaluation set generator lives outside this repository (../shared/eval/make_eval.py); set EVAL_SET=/path/to/make_eval.py."; exit 1; }
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	  $(PY) "$(EVAL_SET)" "$$tmp/eval" && \
	  DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) evaluate_search "$$tmp/eval" $(if $(SEGMENTER),--segmenter $(SEGMENTER))

bench-search: $(VENV)/.installed ## p50/p95 latency of /api/search over 20,000 generated multilingual documents (set DATABASE_URL to PostgreSQL)
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) bench_search --documents 20000 --requests 500

# --- Visitor experience (issue 8)
.PHONY: audit
audit: $(VENV)/.installed ## Page weights and Lighthouse scores (mobile) per page type, on Debian's Chromium
	@command -v chromium >/dev/null 2>&1 || { echo "Chromium is needed: apt-get install chromium"; exit 1; }
	@test -x $(VENV)/node/node_modules/.bin/lighthouse || npm install --silent --no-audit --no-fund --prefix $(VENV)/node lighthouse@12
	$(MANAGE) compile_catalogues
	$(PY) tests/browser/audit.py

LIGHTHOUSE_DIR ?= /tmp/portal-lighthouse
.PHONY: bench-lighthouse
bench-lighthouse: $(VENV)/.installed ## Lighthouse mobile scores of every page type (en; key pages also vi, my, ur) on Chromium
	@command -v chromium >/dev/null 2>&1 || { echo "Chromium is needed: apt-get install chromium"; exit 1; }
	@test -x $(LIGHTHOUSE_DIR)/node_modules/.bin/lighthouse || npm install --silent --no-audit --no-fund --prefix $(LIGHTHOUSE_DIR) lighthouse@12.8.2
	$(MANAGE) compile_catalogues
	LIGHTHOUSE=$(LIGHTHOUSE_DIR)/node_modules/.bin/lighthouse $(PY) scripts/bench_lighthouse.py

loadtest: $(VENV)/.installed ## 60 s, 50 users (locust) against gunicorn with production settings on local PostgreSQL
	bash scripts/loadtest.sh

fuzz: $(VENV)/.installed ## schemathesis on /api/openapi.json + hypothesis on every public query parameter: no 5xx
	bash scripts/fuzz.sh

# --- Service directory (issue 5)
BENCH_SERVICES_DB := /tmp/apmp-bench-services.sqlite3
.PHONY: bench-services
bench-services: $(VENV)/.installed ## Import 10,000 generated services; server time of the GeoJSON API (country, city bbox) and the directory page
	rm -f $(BENCH_SERVICES_DB)
	DATABASE_URL=sqlite:///$(BENCH_SERVICES_DB) DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) migrate --noinput -v0
	DATABASE_URL=sqlite:///$(BENCH_SERVICES_DB) DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) bench_services --count 10000

BENCH_PG_URL ?= postgres://postgres@127.0.0.1:5432/test
.PHONY: bench-pages
bench-pages: $(VENV)/.installed ## Requests/s of each public page type, uncached and cached, and its ratio to a static file (gunicorn, SQLite, wrk)
	$(MANAGE) compile_catalogues
	PY=$(PY) scripts/bench_pages.sh

.PHONY: bench-scale
bench-scale: $(VENV)/.installed ## Each public page type on the demo and on it grown to 10,000 services, 500 policies, 17 languages: grown/demo req/s
	$(MANAGE) compile_catalogues
	BENCH_GROW=1 BENCH_SECONDS=$${BENCH_SECONDS:-5} PY=$(PY) scripts/bench_pages.sh

.PHONY: bench
bench: ## Every speed figure: country guide, service directory, search (search on PostgreSQL at BENCH_PG_URL)
	$(MAKE) bench-countries
	$(MAKE) bench-landscape
	$(MAKE) bench-services
	DATABASE_URL=$(BENCH_PG_URL) $(MAKE) bench-search
