# The README's two commands are `make run` and `make test`; CI runs `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/misconduct
CHROMIUM := /usr/bin/chromium

.PHONY: run test test-sqlite test-postgres lint setup browser clean bench bench-extract bench-ingest bench-ingest-real bench-browse bench-serve bench-readers constraints accuracy eval

setup: $(VENV)/.installed

# Reinstall whenever the declared or pinned dependencies change.
$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]" -c constraints.txt
	touch $@

# Re-pin every dependency to the newest versions pyproject.toml allows.
constraints:
	rm -rf .constraints-venv && $(PYTHON) -m venv .constraints-venv
	.constraints-venv/bin/pip install --quiet -e ".[dev,bench]"
	{ sed -n '1,4p' constraints.txt; .constraints-venv/bin/pip freeze --exclude-editable; } > constraints.new
	mv constraints.new constraints.txt && rm -rf .constraints-venv

# The browser tests drive Debian's Chromium through Playwright (no browser download).
browser: $(CHROMIUM)

$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && apt-get install -y -qq chromium; \
	else \
		echo "error: $(CHROMIUM) is missing and only root can install it:" \
			"apt-get install chromium" >&2; \
		exit 1; \
	fi

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py ingest seeds/
	DJANGO_DEBUG=1 $(PY) manage.py runserver 127.0.0.1:8000

test: lint test-sqlite test-postgres

lint: setup
	$(PY) -m ruff check .
	$(PY) manage.py makemigrations --check --dry-run

test-sqlite: setup browser
	env -u DATABASE_URL $(PY) -m pytest

test-postgres: setup browser
	POSTGRES_URL=$(POSTGRES_URL) scripts/with-postgres.sh $(PY) -m pytest

# Extraction accuracy on the development corpora in ../shared (not in a user's clone),
# written to cases/data/accuracy.json with the commands and the date; /about/ shows it.
accuracy: setup
	$(PY) scripts/measure_accuracy.py --shared ../shared --python $(PY)

# Extraction scored against the hand-labelled corpora of ../shared (not in a clone).
SHARED ?= ../shared
EVAL_SETS ?= dev dev2

eval: setup
	@if [ ! -f "$(SHARED)/eval/score.py" ]; then \
		echo "make eval: $(SHARED) is not here (the labelled corpora and eval/score.py); nothing to score."; \
		exit 0; \
	fi; \
	for set in $(EVAL_SETS); do \
		echo "== $$set"; \
		$(PY) $(SHARED)/eval/score.py $(SHARED)/corpus/$$set/labels.jsonl \
			--run "$(PY) manage.py extract" --root $(SHARED)/corpus/$$set || exit 1; \
	done

# Benchmarks (not part of the tests): each writes its section of bench/RESULTS.md.
BENCH_URL ?= postgres://postgres@127.0.0.1:5432
BENCH_DB ?= misconduct_bench

bench: bench-extract bench-ingest bench-browse bench-serve bench-readers

# Extraction alone, CPU time in one process (no database).
bench-extract: setup
	env -u DATABASE_URL $(PY) bench/extract_benchmark.py --write

bench-ingest: setup
	DATABASE_URL=$(BENCH_URL)/$(BENCH_DB) $(PY) bench/ingest_benchmark.py --write

# The same on ../shared's real documents, repeated to 10,000 files.
bench-ingest-real: setup
	DATABASE_URL=$(BENCH_URL)/$(BENCH_DB) $(PY) bench/ingest_benchmark.py --real --write

# Loads 100,000 generated cases into its own database once; later runs reuse them.
# BROWSE_DB=… gives a session a database of its own on a shared server.
BROWSE_DB ?= misconduct_browse_bench

bench-browse: setup
	DATABASE_URL=$(BENCH_URL)/$(BROWSE_DB) $(PY) bench/browse_benchmark.py --write

# The PDF and HTML readers against the libraries they were chosen over (no database).
bench-readers: setup
	$(PY) -m pip install --quiet -e ".[dev,bench]" -c constraints.txt
	env -u DATABASE_URL $(PY) bench/pdf_benchmark.py --write
	env -u DATABASE_URL $(PY) bench/html_benchmark.py --write

# gunicorn and wrk (Debian package) on the list page of bench-browse's database.
bench-serve: setup
	@command -v wrk >/dev/null || { echo "error: wrk is missing: apt-get install wrk" >&2; exit 1; }
	DATABASE_URL=$(BENCH_URL)/$(BROWSE_DB) $(PY) bench/serve_benchmark.py --write

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
