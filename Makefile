# The portal's commands. `make run` and `make test` set everything up first (idempotent):
# a .venv with requirements.txt, node_modules from package-lock.json, the RTL stylesheet,
# compiled translations and database migrations.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
STAMPS := .setup-stamps
PYTEST_ARGS ?=

.PHONY: setup run test lint bench messages clean-setup

setup: $(STAMPS)/venv $(STAMPS)/npm build/bootstrap-italia/css/bootstrap-italia.rtl.min.css
	@$(PY) manage.py compile_catalogues
	@$(PY) manage.py migrate --noinput -v 0
	@echo "setup: ready"

$(STAMPS)/venv: requirements.txt
	@mkdir -p $(STAMPS)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	@touch $@

$(STAMPS)/npm: package.json package-lock.json
	@mkdir -p $(STAMPS)
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

build/bootstrap-italia/css/bootstrap-italia.rtl.min.css: $(STAMPS)/npm scripts/build-rtl.js
	node scripts/build-rtl.js

run: setup
	@$(PY) manage.py load_demo
	@$(PY) manage.py ensure_admin
	@echo "Serving the portal at http://127.0.0.1:$(PORT)/ (admin at /admin/)"
	$(PY) manage.py runserver 127.0.0.1:$(PORT)

test: setup
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMPS)/venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: setup
	$(PY) -m pytest tests/benchmarks -p no:cacheprovider -s

# Refresh the gettext catalogues after changing strings (needs GNU gettext's xgettext), then
# translate the new entries in locale/*/LC_MESSAGES/django.po. `setup` compiles them (pure Python).
messages: $(STAMPS)/venv
	$(PY) manage.py makemessages --all --no-obsolete --ignore=.venv --ignore=node_modules --ignore=build --ignore=staticfiles --ignore=tests

clean-setup:
	rm -rf $(STAMPS)
