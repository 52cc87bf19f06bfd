"""Answer a search: query text and filters in, one page of hits with facets out."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh import sorting
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from index.schema import MULTI_VALUED, PARAGRAPH, TEXT_ANALYZER

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
    "first_seen",
)


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
    #: With group=source: how many sources match (the pages count these).
    groups: int | None = None


def paragraph_fields(stored: dict) -> dict:
    """Return a paragraph's fields from its stored values, lists as lists."""
    fields = {name: stored.get(name) for name in HIT_FIELDS}
    for name in MULTI_VALUED:
        value = fields[name]
        fields[name] = [v for v in value.split(",") if v] if isinstance(value, str) else list(value or [])
    fields["published"] = fields["published"] or None
    return fields


def _match(
    searcher: Searcher, parser: QueryParser, request: SearchRequest, columns: ColumnCache
) -> tuple[wq.Query | None, list[str], wq.Query, set[int], dict[str, Selection]]:
    """Return (parsed query, warnings, query run, paragraphs it matches, facet selections).

    The matches are narrowed by the date ranges but not yet by the facet selections, which
    each facet's counts leave out in turn.
    """
    parsed, warnings = parse(request.q, parser)
    parsed = match_case(parsed, searcher.reader())
    base = parsed if parsed is not None else wq.Term("kind", PARAGRAPH)
    matched = _paragraphs_only(set(searcher.docs_for_query(base)), parsed, searcher, columns)
    matched = _within(matched, request, searcher, columns)
    return parsed, warnings, base, matched, _chosen(searcher, request)


def _paragraphs_only(
    docs: set[int], parsed: wq.Query | None, searcher: Searcher, columns: ColumnCache
) -> set[int]:
    """Drop source documents from the matches of a query.

    Intersecting the query with "kind:paragraph" would walk 100,000 postings for nothing:
    a text query never matches a source (they have no text), so only queries on other
    fields ("source:x", "NOT oil") need the kind column.
    """
    if parsed is None or _text_only(parsed):
        return docs
    return _drop_sources(docs, searcher, columns)


def _text_only(q: wq.Query) -> bool:
    """Tell whether every document a query matches must have text (no NOT, no other field)."""
    if isinstance(q, (wq.Not, wq.Every)) or q is wq.NullQuery:
        return False
    if isinstance(q, wq.AndNot):
        return _text_only(q.a)
    if q.is_leaf():
        return getattr(q, "fieldname", None) == "text"
    if isinstance(q, wq.And):
        return any(_text_only(child) for child in q.children())
    return all(_text_only(child) for child in q.children())


def _drop_sources(docs: set[int], searcher: Searcher, columns: ColumnCache) -> set[int]:
    kinds = columns.column(searcher, "kind")
    return {d for d in docs if kinds[d] == (PARAGRAPH,)}


Selection = tuple[set[int] | None, set[int]]  # documents allowed (None: all), documents banned


def _chosen(searcher: Searcher, request: SearchRequest) -> dict[str, Selection]:
    """Return what each facet's selection allows and bans."""

    def docs(q: wq.Query) -> set[int]:
        return set(searcher.docs_for_query(q))

    chosen: dict[str, Selection] = {}
    for name, facet in FACETS.items():
        wanted, unwanted = request.filters.get(name), request.excludes.get(name)
        if name == "zone" and not (wanted and "boilerplate" in wanted):
            # Boilerplate is left out unless asked for: a default exclusion in the zone
            # facet, so that the zone facet still counts it and offers it.
            unwanted = (*(unwanted or ()), "boilerplate")
        if wanted or unwanted:
            chosen[name] = (
                docs(facet.select(wanted)) if wanted else None,
                docs(facet.select(unwanted)) if unwanted else set(),
            )
    return chosen


def _within(docs: set[int], request: SearchRequest, searcher: Searcher, columns: ColumnCache) -> set[int]:
    """Keep the documents whose dates fall in the request's ranges, read from the columns.

    A range as a Whoosh query would be a union of every date term in it, walked in Python.
    """
    for fieldname, (low, high) in request.bounds().items():
        column = columns.column(searcher, fieldname)
        docs = {d for d in docs if any(low <= value <= high for value in column[d])}
    return docs


def _narrow(docs: set[int], selections) -> set[int]:
    """Apply selections to a set of documents."""
    for allowed, banned in selections:
        if allowed is not None:
            docs = docs & allowed
        if banned:
            docs = docs - banned
    return docs


def _sort(parsed: wq.Query | None, request: SearchRequest) -> sorting.FacetType | None:
    # Browsing has no relevance to rank by: show paragraphs in source order.
    name = request.sort if (parsed is not None or request.sort != "relevance") else "source"
    return SORTS[name]


def run_search(
    searcher: Searcher, parser: QueryParser, request: SearchRequest, columns: ColumnCache
) -> Results:
    """Run a search request and return the requested page with facet counts."""
    started = time.perf_counter()
    parsed, warnings, base, matched, chosen = _match(searcher, parser, request, columns)
    final = _narrow(matched, chosen.values())
    facets = {}
    for name, facet in FACETS.items():
        # A facet is counted under every filter but its own, so multi-select keeps counts.
        docs = _narrow(matched, [sel for other, sel in chosen.items() if other != name])
        facets[name] = count(
            facet,
            columns.column(searcher, facet.field),
            docs,
            request.filters.get(name, ()),
            request.excludes.get(name, ()),
        )
    sortedby = _sort(parsed, request)
    hits = []
    per_source: dict[str, int] = {}
    if request.group == "source":
        sources = columns.column(searcher, "source")
        for docnum in final:
            for name in sources[docnum]:
                per_source[name] = per_source.get(name, 0) + 1
    if final:
        wanted = request.page * request.per_page
        folding = bool(request.group or request.collapse)
        found = searcher.search(
            base, limit=None if folding else wanted, filter=final, sortedby=sortedby, terms=False
        )
        if folding:
            page_hits = _fold(
                found, request, columns.column(searcher, "source"), columns.column(searcher, "copies")
            )[:wanted]
        else:
            page_hits = [hit for hit in found]  # noqa: C416 - list() would count every match first
        marks = Marks.from_query(parsed, searcher.reader())
        # Excerpts are made for the page shown only.
        for hit in page_hits[(request.page - 1) * request.per_page :]:
            fields = paragraph_fields(hit.fields())
            fields["score"] = round(hit.score, 4) if sortedby is None and hit.score else None
            fields["excerpt_html"] = excerpt_html(fields["text"], marks, TEXT_ANALYZER)
            fields["context_before"], fields["context_after"] = _neighbours(searcher, fields)
            fields["also_in"] = len({copy.rpartition("#p")[0] for copy in fields["copies"]})
            if request.group:
                fields["more_in_source"] = per_source.get(fields["source"], 1) - 1
            hits.append(fields)
    suggestion = _did_you_mean(searcher, parsed, request.q) if parsed is not None and len(final) < 3 else None
    return Results(
        query=request.q,
        total=len(final),
        groups=len(per_source) if request.group else None,
        page=request.page,
        per_page=request.per_page,
        took_ms=round((time.perf_counter() - started) * 1000, 2),
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        warnings=warnings,
    )


def _fold(found, request: SearchRequest, sources, copies) -> list:
    """Keep the best hit per source (group=source) or per set of copies (collapse=copies).

    Whoosh's own collapsing ignores a filter, so the folding is done here, from columns.
    """
    seen_sources: set[str] = set()
    covered: set[str] = set()
    kept = []
    wanted = request.page * request.per_page
    for hit in found:
        source = sources[hit.docnum]
        if request.group and source in seen_sources:
            continue
        if request.collapse:
            pid = f"{source[0]}#p{hit['paragraph']}" if source else None
            if pid in covered:
                continue
            covered.update(copies[hit.docnum])
        seen_sources.add(source)
        kept.append(hit)
        if len(kept) == wanted:
            break
    return kept


def _did_you_mean(searcher: Searcher, parsed: wq.Query, text: str) -> str | None:
    """Return the query with misspelt words corrected from the index, if any changed."""
    try:
        corrected = searcher.correct_query(parsed, text)
    except (TypeError, ValueError, AttributeError):
        # Whoosh cannot rebuild the text of some odd queries ("a^b", "zz:zz"): no suggestion.
        return None
    return corrected.string if corrected.query != parsed else None


def _neighbours(searcher: Searcher, fields: dict) -> tuple[str | None, str | None]:
    """Return the text of the paragraphs before and after a hit in its source."""
    around = []
    for number in (fields["paragraph"] - 1, fields["paragraph"] + 1):
        stored = searcher.document(id=f"{fields['source']}#p{number}") if number > 0 else None
        around.append(stored["text"] if stored else None)
    return around[0], around[1]


def export_rows(
    searcher: Searcher, parser: QueryParser, request: SearchRequest, columns: ColumnCache | None = None
) -> Iterator[dict]:
    """Yield every paragraph the request matches (not just a page), in its sort order."""
    parsed, _, base, matched, chosen = _match(searcher, parser, request, columns or ColumnCache())
    final = _narrow(matched, chosen.values())
    if final:
        for hit in searcher.search(
            base, limit=None, filter=final, sortedby=_sort(parsed, request), terms=False
        ):
            yield paragraph_fields(hit.fields())
