"""The read side of dossier: query text and filters to a page of hits and facets."""

from .columns import ColumnCache
from .engine import Results, run_search
from .facets import FACETS
from .query import DEFAULT_OPERATOR, make_parser
from .request import SearchError, SearchRequest
from .sources import get_source, list_sources, mark_paragraphs, source_record

__all__ = [
    "DEFAULT_OPERATOR",
    "FACETS",
    "ColumnCache",
    "Results",
    "SearchError",
    "SearchRequest",
    "get_source",
    "list_sources",
    "make_parser",
    "mark_paragraphs",
    "run_search",
    "source_record",
]
