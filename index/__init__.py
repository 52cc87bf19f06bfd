"""The write side of dossier: files to paragraphs to a Whoosh index."""

from .build import BuildError, Summary, build_index, open_index
from .store.records import indexed_sources

__all__ = ["BuildError", "Summary", "build_index", "indexed_sources", "open_index"]
