"""Shared fixtures: a real index built once from tests/data, the real app and CLI."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from index import build_index
from web import create_app

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"
SEEDS = Path(__file__).parent.parent / "seeds"
GOLD = Path(__file__).parent.parent.parent / "shared" / "gold"


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory) -> Path:
    """Build the test corpus's index once per session."""
    path = tmp_path_factory.mktemp("index")
    build_index(CORPUS, path)
    return path


@pytest.fixture(scope="session")
def seeds_index(tmp_path_factory) -> Path:
    """Build the seed articles' index once per session."""
    path = tmp_path_factory.mktemp("seeds-index")
    build_index(SEEDS, path)
    return path


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """Return a writable copy of the test corpus."""
    return Path(shutil.copytree(CORPUS, tmp_path / "corpus"))


@pytest.fixture
def app(index_dir):
    """Return the app over the test index."""
    return create_app({"TESTING": True, "INDEX": str(index_dir), "CORPUS": str(CORPUS)})


@pytest.fixture
def client(app):
    """Return a test client of the app."""
    return app.test_client()


@pytest.fixture
def seeds_client(seeds_index):
    """Return a test client of the app over the seeds index."""
    return create_app({"TESTING": True, "INDEX": str(seeds_index)}).test_client()


@pytest.fixture
def runner():
    """Return a click runner for the dossier command line."""
    return CliRunner()
