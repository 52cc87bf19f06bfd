"""The write side of dossier: files to paragraphs to a Whoosh index."""

from .build import BuildError, Summary, build_index, indexed_sources, open_index

__all__ = ["BuildError", "Summary", "build_index", "indexed_sources", "open_index"]
