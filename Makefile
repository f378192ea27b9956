# The README's two commands are `make run` and `make test`; CI runs `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/misconduct

.PHONY: run test test-sqlite test-postgres lint setup clean

setup: $(VENV)/.installed

# Reinstall whenever the declared dependencies change.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ingest seeds/
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: lint test-sqlite test-postgres

lint: setup
	$(PY) -m ruff check .
	$(PY) manage.py makemigrations --check --dry-run

test-sqlite: setup
	env -u DATABASE_URL $(PY) -m pytest

test-postgres: setup
	POSTGRES_URL=$(POSTGRES_URL) scripts/with-postgres.sh $(PY) -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
