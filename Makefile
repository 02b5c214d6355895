# Everyday tasks. Run inside the virtual environment the README's set-up makes (. .venv/bin/activate).
PYTHON ?= python3

.PHONY: test test-python lint format bench docs build

test:           ## the whole suite, on both implementations of the compiled twins
	$(PYTHON) -m pytest

test-python:    ## the whole suite with the compiled twins switched off
	GLOSSARY_IMPLEMENTATION=python $(PYTHON) -m pytest

lint:           ## what CI enforces besides the tests
	ruff check .
	ruff format --check .
	mypy

format:
	ruff check --fix .
	ruff format .

build:          ## compile the matcher's inner loop in place (needs gcc and the Python headers)
	$(PYTHON) -m pip install --quiet --no-deps -e .

bench:          ## every benchmark against its peers (needs pip install '.[bench]' and ../shared/corpus)
	$(PYTHON) benchmarks/bench_mine.py
	$(PYTHON) benchmarks/bench_annotate.py
	$(PYTHON) benchmarks/bench_check.py
	$(PYTHON) benchmarks/glossary_agreement.py

docs:           ## regenerate docs/commands.md from --help and every documented example's output
	$(PYTHON) -m glossary.reference --update
