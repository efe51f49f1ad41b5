# Varde: the two commands that matter are `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
VENDOR := src/varde/core/static/varde/vendor
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?=

.PHONY: run test install assets messages migrate demo serve lint bench clean system-deps browser-deps makemessages lock-upgrade \
	loadtest audit schemathesis ops-tools

## make run: install, build assets, migrate, load demo content and serve on http://127.0.0.1:8000 (SQLite)
run: install assets messages migrate demo serve

## make test: install what the tests need (incl. Debian chromium) and run the whole suite
test: install assets messages browser-deps
	DJANGO_ENV=test $(BIN)/pytest $(PYTEST_ARGS)

install: $(VENV)/.installed

$(VENV)/.installed: requirements.lock pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

## Lock file: regenerate after changing dependencies in pyproject.toml
lock:
	$(PY) -m pip install --quiet uv
	$(BIN)/uv pip compile pyproject.toml --extra dev -o requirements.lock --python-version 3.11 --quiet $(LOCK_FLAGS)

## make lock-upgrade: every locked package to its newest release the ranges in pyproject.toml allow
## (security releases; run it, then make test, at least monthly: see docs/operations.md)
lock-upgrade:
	$(MAKE) lock LOCK_FLAGS=--upgrade

node_modules/.package-lock.json: package-lock.json package.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

assets: $(VENDOR)/designsystemet.css

$(VENDOR)/designsystemet.css: node_modules/.package-lock.json deploy/vendor-assets.sh
	deploy/vendor-assets.sh node_modules $(VENDOR)

system-deps:
	@command -v msgfmt >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext)

messages: install system-deps
	cd src/varde && ../../$(PY) ../../manage.py compilemessages --verbosity 0

makemessages: install
	cd src/varde && ../../$(PY) ../../manage.py makemessages -l nn -l en --no-obsolete --ignore 'static/*'

browser-deps:
	@(test -x /usr/bin/chromium && command -v pdftotext >/dev/null && fc-list | grep -qi 'Noto Sans Arabic') || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-dejavu-core poppler-utils)

migrate: install
	$(PY) manage.py migrate --noinput

demo: install
	$(PY) manage.py load_demo --site-url http://$(HOST):$(PORT)

serve: install
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check src tests bench loadtest deploy
	$(BIN)/ruff format --check src tests bench loadtest deploy
	$(BIN)/lint-imports

bench: install assets
	$(PY) -m bench

ops-tools:
	deploy/ops-tools.sh

## make loadtest: 300 users through nginx -> 2 servers; one stopped, then PostgreSQL restarted (needs root)
loadtest: install assets messages
	deploy/loadtest.sh

## make audit: pip-audit of the lock file (exit 3 when the advisory database cannot be reached)
audit:
	deploy/audit.sh

## make schemathesis: property-based API tests against the OpenAPI document on a live server
schemathesis: install assets messages
	deploy/schemathesis.sh

clean:
	rm -rf $(VENV) node_modules $(VENDOR) var .pytest_cache
