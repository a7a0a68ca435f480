# hadath: two commands on a fresh machine.
#   make run   - set up .venv and run the pipeline over the bundled examples
#   make test  - set up .venv with test extras (and Chromium for browser tests) and run pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test bench lint data clean-db system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[export]'
	touch $@

$(TSTAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[all,test]'
	touch $(STAMP) $@

run: $(STAMP)
	$(BIN)/hadath run examples/articles --db hadath.db

# Debian's Chromium and its driver for the browser tests (skipped when apt is unavailable).
system-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-core >/dev/null) \
	      || echo "warning: could not install chromium; browser tests will skip"; \
	  else echo "warning: chromium missing and apt-get unavailable; browser tests will skip"; fi; \
	fi

test: $(TSTAMP) system-deps
	$(BIN)/pytest

bench: $(TSTAMP)
	$(BIN)/python benchmarks/run_all.py

lint: $(TSTAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

data: $(TSTAMP)
	$(BIN)/python -m hadath.data.build

clean-db:
	rm -f hadath.db hadath.db-wal hadath.db-shm
