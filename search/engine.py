"""Answer a search: query text and filters in, one page of hits with facets out."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh import sorting
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from index.schema import PARAGRAPH, TEXT_ANALYZER

from .excerpts import Marks, excerpt_html
from .facets import FACETS, ColumnCache, count
from .query import match_case, parse
from .request import SearchRequest

#: Sorts offered, and the Whoosh facets that implement each (relevance needs none).
SORTS = {
    "relevance": None,
    "published": sorting.MultiFacet([sorting.FieldFacet("published", reverse=True), "source", "paragraph"]),
    "source": sorting.MultiFacet(["source", "paragraph"]),
}
#: Paragraph fields returned with every hit, in this order.
HIT_FIELDS = (
    "id",
    "source",
    "title",
    "paragraph",
    "line",
    "page",
    "zone",
    "text",
    "speakers",
    "people",
    "organisations",
    "places",
    "dates",
    "published",
    "copies",
)
LIST_FIELDS = ("speakers", "people", "organisations", "places", "dates", "copies")


@dataclass
class Results:
    """One page of a search, shaped like the API's answer."""

    query: str
    total: int
    page: int
    per_page: int
    took_ms: float
    hits: list[dict]
    facets: dict[str, list[dict]]
    suggestion: str | None = None
    warnings: list[str] = field(default_factory=list)


def paragraph_fields(stored: dict) -> dict:
    """Return a paragraph's fields from its stored values, lists as lists."""
    fields = {name: stored.get(name) for name in HIT_FIELDS}
    for name in LIST_FIELDS:
        value = fields[name]
        fields[name] = [v for v in value.split(",") if v] if isinstance(value, str) else list(value or [])
    fields["published"] = fields["published"] or None
    return fields


def _scope(parsed: wq.Query | None, request: SearchRequest) -> wq.Query:
    """Return the query every facet is counted under: text and date ranges."""
    scope: list[wq.Query] = [wq.Term("kind", PARAGRAPH)]
    if parsed is not None:
        scope.append(parsed)
    return wq.And(scope + request.range_queries())


def _chosen(searcher: Searcher, request: SearchRequest) -> dict[str, set[int]]:
    """Return the documents each facet's selection allows."""
    selections = {name: FACETS[name].select(values) for name, values in request.filters.items()}
    # Boilerplate is left out unless asked for: a default selection of the zone facet,
    # so that the zone facet still counts it and offers it.
    selections.setdefault("zone", wq.Not(wq.Term("zone", "boilerplate")))
    return {name: set(searcher.docs_for_query(q)) for name, q in selections.items()}


def _sort(parsed: wq.Query | None, request: SearchRequest) -> sorting.FacetType | None:
    # Browsing has no relevance to rank by: show paragraphs in source order.
    name = request.sort if (parsed is not None or request.sort != "relevance") else "source"
    return SORTS[name]


def run_search(
    searcher: Searcher, parser: QueryParser, request: SearchRequest, columns: ColumnCache
) -> Results:
    """Run a search request and return the requested page with facet counts."""
    started = time.perf_counter()
    parsed, warnings = parse(request.q, parser)
    parsed = match_case(parsed, searcher.reader())
    base = _scope(parsed, request)
    matched = set(searcher.docs_for_query(base))
    chosen = _chosen(searcher, request)
    final = matched.intersection(*chosen.values())
    facets = {}
    for name, facet in FACETS.items():
        # A facet is counted under every filter but its own, so multi-select keeps counts.
        others = [docs for other, docs in chosen.items() if other != name]
        docs = matched.intersection(*others) if others else matched
        selected = request.filters.get(name, ())
        facets[name] = count(facet, columns.column(searcher, facet.field), docs, selected)
    sortedby = _sort(parsed, request)
    hits = []
    if final:
        found = searcher.search(
            base, limit=request.page * request.per_page, filter=final, sortedby=sortedby, terms=False
        )
        marks = Marks.from_query(parsed, searcher.reader())
        # Excerpts are made for the page shown only.
        for hit in found[(request.page - 1) * request.per_page :]:
            fields = paragraph_fields(hit.fields())
            fields["score"] = round(hit.score, 4) if sortedby is None and hit.score else None
            fields["excerpt_html"] = excerpt_html(fields["text"], marks, TEXT_ANALYZER)
            hits.append(fields)
    suggestion = None
    if parsed is not None and len(final) < 3:
        corrected = searcher.correct_query(parsed, request.q)
        if corrected.query != parsed:
            suggestion = corrected.string
    return Results(
        query=request.q,
        total=len(final),
        page=request.page,
        per_page=request.per_page,
        took_ms=round((time.perf_counter() - started) * 1000, 2),
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        warnings=warnings,
    )


def export_rows(searcher: Searcher, parser: QueryParser, request: SearchRequest) -> Iterator[dict]:
    """Yield every paragraph the request matches (not just a page), in its sort order."""
    parsed, _ = parse(request.q, parser)
    parsed = match_case(parsed, searcher.reader())
    base = _scope(parsed, request)
    chosen = _chosen(searcher, request)
    final = set(searcher.docs_for_query(base)).intersection(*chosen.values())
    if final:
        for hit in searcher.search(
            base, limit=None, filter=final, sortedby=_sort(parsed, request), terms=False
        ):
            yield paragraph_fields(hit.fields())
