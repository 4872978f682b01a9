# Harbour: two commands for a newcomer.
#   make run   install, migrate, load the demo once, serve on http://127.0.0.1:8000
#   make test  install and run the whole test suite (SQLite; PostgreSQL when DATABASE_URL is set)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint format typecheck bench clean security

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Harbour needs Python 3.11 or newer"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	scripts/ensure-system-packages pdf
	HARBOUR_DEBUG=1 HARBOUR_DEMO_HINTS=1 $(BIN)/harbour migrate --noinput
	HARBOUR_DEBUG=1 HARBOUR_DEMO_HINTS=1 $(BIN)/harbour guidance load
	HARBOUR_DEBUG=1 HARBOUR_DEMO_HINTS=1 $(BIN)/harbour demo --if-empty
	@echo "Harbour is starting on http://127.0.0.1:8000 (the first page explains the demo sign-in)"
	HARBOUR_DEBUG=1 HARBOUR_DEMO_HINTS=1 $(BIN)/harbour runserver 127.0.0.1:8000

test: $(STAMP)
	scripts/ensure-system-packages pdf browser
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check harbour tests $(wildcard bench)
	$(BIN)/ruff format --check harbour tests $(wildcard bench)

format: $(STAMP)
	$(BIN)/ruff format harbour tests $(wildcard bench)
	$(BIN)/ruff check --fix harbour tests $(wildcard bench)

# Production settings pass Django's deploy checks; no high-severity bandit finding; no known
# vulnerability in the dependencies (a warning, not a failure, when pip-audit is offline).
security: $(STAMP)
	env -u HARBOUR_DEBUG -u DATABASE_URL HARBOUR_SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
	  HARBOUR_ALLOWED_HOSTS=harbour.example.org HARBOUR_DATA_DIR="$$(mktemp -d)" \
	  $(BIN)/harbour check --deploy --fail-level WARNING
	$(BIN)/bandit -q -r harbour -lll
	$(BIN)/python scripts/pip-audit-check

# County-scale benchmark (issue 11): builds a one-school and a county database on the local
# PostgreSQL (127.0.0.1:5432, user postgres), runs 20 users against gunicorn on loopback,
# prints p50/p95, queries and SQL time per page, then drops both databases.
# A smoke run by default (about a minute); `make bench SCALE=county` by hand (16M observations).
SCALE ?= smoke
bench: $(STAMP)
	$(BIN)/python bench/load.py --build $(SCALE)

typecheck: $(STAMP)
	$(BIN)/mypy

clean:
	rm -rf $(VENV) var build *.egg-info
