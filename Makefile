# Two commands matter on a fresh clone: `make run` and `make test`. Each sets itself up.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
PORT ?= 8000
# `make token USER=bob`; a USER that only comes from the login environment means the demo user
TOKEN_USER := $(if $(filter command line,$(origin USER)),$(USER),demo)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup generate check lint fmt test run token fuzz soak bench package deploy sdk clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	@touch $@

setup: $(INSTALLED)  ## create .venv and install everything

generate: $(INSTALLED)  ## rebuild generated/ from specs/
	$(PY) -m tools.generate

check: generate lint  ## everything CI checks besides the tests
	$(PY) -m tools.check_contracts
	git diff --exit-code -- generated/ || (echo "generated/ is stale: run make generate and commit" && exit 1)

lint: $(INSTALLED)  ## ruff and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

fmt: $(INSTALLED)  ## format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: generate  ## run the test suite
	$(PY) -m pytest

run: generate  ## start the whole platform on this machine (PORT=8000)
	BANK_PORT=$(PORT) $(PY) -m infra.local.platform

token: $(INSTALLED)  ## print a bearer token of the running platform for USER (default demo)
	@$(PY) -m infra.local.token $(TOKEN_USER)

fuzz soak package deploy sdk:
	@echo "make $@: not built yet; see the open issues." && exit 2

bench: generate  ## every benchmark side by side; writes docs/benchmarks.md
	$(PY) -m tools.bench

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
