# Two commands do everything: `make report` and `make test` (each sets up .venv first).
# Needs only Python 3.11 and make; every package comes pinned from requirements.lock.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3 2>/dev/null)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SEEDS  := $(wildcard seeds/*.txt)
OUT    ?= reports

.DEFAULT_GOAL := help
.PHONY: help setup report test lint format lab evaluate bench norms lock clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "Python 3.11 is required, found " + sys.version.split()[0] + " at " + sys.executable' \
	  || { echo "Set PYTHON=/path/to/python3.11 (make PYTHON=... $(MAKECMDGOALS))"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==26.3" "setuptools==80.9.0" "wheel==0.45.1"
	$(BIN)/python -m pip install --quiet -r requirements.lock
	PYTHONWARNINGS=ignore $(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

setup: $(STAMP) ## create .venv with the pinned packages and the package itself

report: $(STAMP) ## analyse every article in seeds/ into reports/<article>/report.html
	$(BIN)/python -m analysis report $(SEEDS) --out $(OUT) --no-input

test: $(STAMP) ## lint, format check and the whole test suite
	$(BIN)/ruff check analysis tests bench
	$(BIN)/ruff format --check analysis tests bench
	$(BIN)/python -m pytest -q

lint: $(STAMP) ## ruff lint only
	$(BIN)/ruff check analysis tests bench

format: $(STAMP) ## reformat the code with ruff
	$(BIN)/ruff format analysis tests bench
	$(BIN)/ruff check --fix analysis tests bench

# Extra JupyterLab options: make lab ARGS="--port 8931 --no-browser". As root (a container),
# JupyterLab refuses to start without --allow-root; it is added only then.
ARGS ?=
ROOT_FLAG = $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)
lab: $(STAMP) ## JupyterLab on the project's environment (ARGS="--port 8931 --no-browser")
	$(BIN)/jupyter lab $(ROOT_FLAG) $(ARGS) notebooks/

DATA ?= ../shared/data
# The reading check's current verdict files and the texts they judge, as verdicts=data pairs
# (bench/reading_check/readings.txt); `make evaluate` scores them all, stopping at a failure.
READINGS = $(subst =DATA/,=$(DATA)/,$(shell sed -e '/^\#/d' -e 's/ /=/' -e 's/ .*//' bench/reading_check/readings.txt))

evaluate: $(STAMP) ## accuracy on the development data (needs ../shared/data)
	$(BIN)/python -m analysis.evaluate sentiment $(DATA)/dev/sentiment_nyt_dev.tsv --headlines $(DATA)/dev/sentiment_headlines_trial.tsv
	$(BIN)/python -m analysis.evaluate hedging $(DATA)/dev/hedging_wikipedia.tsv
	$(BIN)/python -m analysis.evaluate escalation $(DATA)/dev/events_pentacode_train.tsv
	$(BIN)/python -m analysis.evaluate reading shares $(DATA)/bench/wikinews.jsonl --kinds bench/reading_check/wikinews_kinds.yaml
	@for r in $(READINGS); do \
	  echo "$(BIN)/python -m analysis.evaluate reading score bench/reading_check/$${r%%=*} --data $${r#*=}"; \
	  $(BIN)/python -m analysis.evaluate reading score bench/reading_check/$${r%%=*} --data $${r#*=} || exit 1; \
	done

norms: $(STAMP) ## rebuild the shipped reference table from Wikinews (needs ../shared/data)
	$(BIN)/python -m analysis norms $(DATA)/bench/wikinews.jsonl --id-column id \
	  --out analysis/reference/wikinews.json --name wikinews-2019-2021 \
	  --description "295 English Wikinews articles, January 2019 to March 2021" \
	  --source-note "English Wikinews (https://en.wikinews.org), articles dated 2019-01-04 to 2021-03-15" \
	  --licence "CC BY 2.5 (https://creativecommons.org/licenses/by/2.5/)" \
	  --attribution "Wikinews contributors; only figures derived from the articles are included" \
	  --check-article seeds/russia_ukraine_2023-10-24.txt

bench: $(STAMP) ## throughput, memory, report-size and start-up benchmarks (needs ../shared/data)
	$(BIN)/python bench/segmentation.py
	$(BIN)/python bench/matching.py
	$(BIN)/python bench/throughput.py
	$(BIN)/python bench/memory.py
	$(BIN)/python bench/report_size.py
	$(BIN)/python bench/startup.py

lock: ## re-resolve requirements.lock from pyproject.toml (needs the network)
	rm -rf /tmp/cn-lock && $(PYTHON) -m venv /tmp/cn-lock
	/tmp/cn-lock/bin/pip install --quiet -e '.[dev]'
	{ head -3 requirements.lock; /tmp/cn-lock/bin/pip freeze --exclude-editable | grep -v '^conflict-news-analysis'; } > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean: ## remove .venv, reports and caches
	rm -rf $(VENV) $(OUT) .pytest_cache .ruff_cache .hypothesis
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
