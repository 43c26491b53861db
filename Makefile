# Two commands matter on a fresh clone: `make run` and `make test`. Each sets itself up.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
# Node tooling (the TypeScript client, the message catalog page, the TypeScript and browser tests):
# installed by `npm ci` from tools/node/package-lock.json on first use; installs run no scripts
NODE_TOOLS := tools/node
NODE_INSTALLED := $(NODE_TOOLS)/node_modules/.installed
# the browser tests' Chromium: Debian's, installed with apt-get when missing (never a browser download)
CHROMIUM ?= /usr/bin/chromium
# what `make check` regenerates and requires committed as regenerated (new files included)
DRIFT := generated/ README.md docs/architecture.md
# the API's port and the embedded engine's; BANK_PORT / BANK_ENGINE_PORT in the environment work too
PORT ?= $(or $(BANK_PORT),8000)
ENGINE_PORT ?= $(or $(BANK_ENGINE_PORT),4566)
STAGE ?= dev
# `make token USER=bob`; a USER that only comes from the login environment means the demo user
TOKEN_USER := $(if $(filter command line,$(origin USER)),$(USER),demo)
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help setup generate check lint fmt test run token redrive fuzz soak bench package deploy sdk catalog clean

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade 'pip<26.3'  # chalice pins pip below 26.3
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip install --quiet -e generated/sdk
	@touch $@

$(NODE_INSTALLED): $(NODE_TOOLS)/package.json $(NODE_TOOLS)/package-lock.json
	cd $(NODE_TOOLS) && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

$(CHROMIUM):
	@test "$$(id -u)" = 0 || { echo "the browser tests need Debian's chromium: sudo apt-get install chromium"; exit 1; }
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium

setup: $(INSTALLED) $(NODE_INSTALLED)  ## create .venv, install everything (Python and Node tools)

generate: $(INSTALLED)  ## rebuild generated/ from specs/, and the event flow of README.md and docs/architecture.md
	$(PY) -m tools.generate
	$(PY) -m tools.flow

check: generate sdk catalog lint  ## everything CI checks besides the tests
	$(PY) -m tools.check_contracts
	$(PY) -m tools.breaking_changes
	@if [ -n "$$(git status --porcelain -- $(DRIFT))" ]; then git status --short -- $(DRIFT); \
		echo "generated/ or the event flow is stale: run make generate sdk catalog and commit"; exit 1; fi

lint: $(INSTALLED)  ## ruff, mypy and the import contracts (the architecture)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

fmt: $(INSTALLED)  ## format the code
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

test: generate $(NODE_INSTALLED) $(CHROMIUM)  ## run the test suite
	BANK_CHROMIUM=$(CHROMIUM) $(PY) -m pytest

run: generate  ## start the whole platform on this machine (PORT=8000 ENGINE_PORT=4566)
	BANK_PORT=$(PORT) BANK_ENGINE_PORT=$(ENGINE_PORT) $(PY) -m infra.local.platform

token: $(INSTALLED)  ## print a bearer token of the running platform for USER (default demo)
	@$(PY) -m infra.local.token $(TOKEN_USER)

redrive: $(INSTALLED)  ## re-publish from the outboxes what the DLQs hold (the running platform; docs/reliability.md)
	@$(PY) -m infra.local.redrive

.PHONY: reconcile rebuild timeline
reconcile: $(INSTALLED)  ## hold every projection against the ledger on the running platform; exit 1 on drift (JSON=1)
	@$(PY) -m infra.operator reconcile $(if $(JSON),--json)

rebuild: $(INSTALLED)  ## rebuild the query projection from the ledger and move readers to it, live (JSON=1)
	@$(PY) -m infra.operator rebuild $(if $(JSON),--json)

timeline: $(INSTALLED)  ## every hop of one operation through the services: make timeline OP=op_… (JSON=1)
	@test -n "$(OP)" || { echo "which operation? make timeline OP=op_…" >&2; exit 2; }
	@$(PY) -m infra.operator timeline $(OP) $(if $(JSON),--json)

package: $(INSTALLED)  ## the AWS template and code of STAGE (default dev), offline: build/aws/STAGE/
	$(PY) -m tools.package --stage $(STAGE)

deploy: $(INSTALLED)  ## deploy STAGE to the AWS account of the current credentials (docs/deployment.md)
	$(PY) -m tools.deploy --stage $(STAGE)

sdk: $(INSTALLED) $(NODE_INSTALLED)  ## regenerate the typed clients generated/sdk/ (Python) and generated/ts-sdk/ (TypeScript) from specs/openapi.yaml
	$(PY) -m tools.sdk
	$(PY) -m tools.ts_sdk

catalog: $(INSTALLED) $(NODE_INSTALLED)  ## regenerate the message catalog page generated/asyncapi/ from specs/asyncapi.yaml
	$(PY) -m tools.catalog_page

fuzz: generate  ## a long unseeded Schemathesis campaign on a fresh local platform (FUZZ_SECONDS=1800)
	BANK_FUZZ=1 $(PY) -m pytest tests/contract/test_schemathesis.py -k local_platform -s --timeout=0

soak: $(INSTALLED)  ## the bank under seeded faults, checked (SEEDS=300 FIRST=0 THREADED=0; SEED=n replays one; JSON=1)
	$(PY) -m tools.soak $(if $(SEED),--seed $(SEED),--seeds $(or $(SEEDS),300) --first $(or $(FIRST),0)) \
		--threaded $(or $(THREADED),0) --profile $(or $(PROFILE),swarm) \
		$(if $(USERS),--users $(USERS)) $(if $(OPERATIONS),--operations $(OPERATIONS)) $(if $(JSON),--json)

bench: generate  ## every benchmark side by side; writes docs/benchmarks.md
	$(PY) -m tools.bench $(if $(JSON),--json)

clean:  ## remove the virtual environment and caches
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(NODE_TOOLS)/node_modules
