"""Answer a search: query text and filters in, one page of hits with facets out."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

import numpy as np
from whoosh import query as wq
from whoosh.qparser import QueryParser
from whoosh.searching import Searcher

from index.store.schema import MULTI_VALUED, TEXT_ANALYZER

from .columns import Column, ColumnCache
from .excerpts import Marks, excerpt_html
from .expand import Expansion
from .facets import FACETS, Facet, Forms, count
from .lexicon import Lexicon
from .matching import evaluate
from .query import in_reader, match_case, parse
from .ranking import Repeats, zone_weights
from .request import SearchRequest
from .spelling import correct

#: Paragraph fields returned with every hit, in this order.
HIT_FIELDS = (
    "id",
    "source",
    "title",
    "paragraph",
    "line",
    "page",
    "ocr",
    "ocr_confidence",
    "zone",
    "text",
    "speakers",
    "people",
    "organisations",
    "places",
    "dates",
    "sender",
    "recipients",
    "published",
    "copies",
    "first_seen",
    "also_at",
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
    fields["also_at"] = list(fields["also_at"] or [])
    fields["ocr"] = bool(fields["ocr"])
    return fields


Selections = dict[str, np.ndarray]  # facet name -> mask of the documents its selection keeps


@dataclass
class _Found:
    """What a request matches before paging: the query, masks, scores and selections."""

    parsed: wq.Query | None
    warnings: list[str]
    #: Matches narrowed by the date ranges but not yet by the facet selections, which
    #: each facet's counts leave out in turn.
    matched: np.ndarray
    scores: np.ndarray
    chosen: Selections
    expansion: Expansion
    repeats: Repeats

    def narrow(self, selections: Iterable[np.ndarray]) -> np.ndarray:
        """Return the matches under some selections, repeats folded into their first."""
        return self.repeats.fold(_narrow(self.matched, selections))

    @property
    def final(self) -> np.ndarray:
        """Return the matches under every selection."""
        return self.narrow(self.chosen.values())


def _match(searcher: Searcher, parser: QueryParser, request: SearchRequest, columns: ColumnCache) -> _Found:
    """Return what the request matches, scored with each paragraph's zone weighed in."""
    parsed, warnings = parse(request.q, parser)
    parsed = match_case(parsed, *in_reader(searcher.reader()))
    expansion = Expansion.over(searcher, columns)
    matched, scores = evaluate(parsed, searcher, columns, expansion)
    scores *= zone_weights(searcher, columns)
    for fieldname, (low, high) in request.bounds().items():
        column = columns.column(searcher, fieldname)
        matched &= column.having(column.codes_between(low, high))
    chosen = _chosen(searcher, request, columns)
    found = _Found(parsed, warnings, matched, scores, chosen, expansion, Repeats(searcher, columns))
    found.warnings += expansion.warnings
    return found


def _chosen(searcher: Searcher, request: SearchRequest, columns: ColumnCache) -> Selections:
    """Return the mask of documents each facet's selection keeps (wanted values, none unwanted)."""
    chosen: Selections = {}
    for name, facet in FACETS.items():
        wanted, unwanted = request.filters.get(name), request.excludes.get(name)
        if name == "zone" and not (wanted and "boilerplate" in wanted):
            # Boilerplate is left out unless asked for: a default exclusion in the zone
            # facet, so that the zone facet still counts it and offers it.
            unwanted = (*(unwanted or ()), "boilerplate")
        if wanted or unwanted:
            column = columns.column(searcher, facet.field)
            if facet.merged:  # a filter on one form of a name selects them all
                forms = _forms(searcher, columns, facet)
                wanted, unwanted = forms.every(wanted or ()), forms.every(unwanted or ())
            keep = facet.select(column, wanted) if wanted else np.ones(len(column), dtype=bool)
            if unwanted:
                keep &= ~facet.select(column, unwanted)
            chosen[name] = keep
    return chosen


def _forms(searcher: Searcher, columns: ColumnCache, facet: Facet) -> Forms:
    """Return the forms of the names in a facet's field, by how many live paragraphs hold each."""

    def make() -> Forms:
        column = columns.column(searcher, facet.field)
        return Forms.of(column.vocab, column.counts(columns.live(searcher)), facet.merged)

    return columns.derived(searcher, f"forms:{facet.field}", make)


def _merged(searcher: Searcher, columns: ColumnCache, facet: Facet) -> Column:
    """Return a facet's field of names with each form replaced by the one shown."""

    def make() -> Column:
        return columns.column(searcher, facet.field).mapped(_forms(searcher, columns, facet).show)

    return columns.derived(searcher, f"merged:{facet.field}", make)


def _narrow(docs: np.ndarray, selections: Iterable[np.ndarray]) -> np.ndarray:
    """Apply selections to a mask of documents."""
    docs = docs.copy()
    for keep in selections:
        docs &= keep
    return docs


def _ranks(searcher: Searcher, columns: ColumnCache, sort: str) -> np.ndarray:
    """Return each document's place in a sort order, computed once per index generation."""

    def make() -> np.ndarray:
        source = columns.column(searcher, "source").first
        keys = [columns.numbers(searcher, "paragraph"), source]
        if sort == "published":
            # Newest first; undated (-1) last.
            keys.append(-columns.column(searcher, "published").first)
        ranks = np.empty(len(source), dtype=np.int64)
        ranks[np.lexsort(keys)] = np.arange(len(source))
        return ranks

    return columns.derived(searcher, f"ranks:{sort}", make)


def _ordered(
    final: np.ndarray,
    scores: np.ndarray,
    sort: str,
    searcher: Searcher,
    columns: ColumnCache,
    limit: int | None,
) -> np.ndarray:
    """Return the matching documents in sort order, the first limit of them (None: all)."""
    docs = np.flatnonzero(final)
    if sort == "relevance":
        keys = -scores[docs]
        if limit is not None and limit < len(docs):
            # Only documents scoring at least the limit-th best can be on the page.
            docs = docs[keys <= np.partition(keys, limit - 1)[limit - 1]]
            keys = -scores[docs]
        # Ties in source order (source name, then paragraph), as every engine breaks them.
        ties = _ranks(searcher, columns, "source")[docs]
        return docs[np.lexsort((ties, keys))][:limit]
    ranks = _ranks(searcher, columns, sort)[docs]
    if limit is not None and limit < len(docs):
        part = np.argpartition(ranks, limit - 1)[:limit]
        docs, ranks = docs[part], ranks[part]
    return docs[np.argsort(ranks)]


def _sort(parsed: wq.Query | None, request: SearchRequest) -> str:
    # Browsing has no relevance to rank by: show paragraphs in source order.
    return request.sort if (parsed is not None or request.sort != "relevance") else "source"


def run_search(
    searcher: Searcher, parser: QueryParser, request: SearchRequest, columns: ColumnCache
) -> Results:
    """Run a search request and return the requested page with facet counts."""
    started = time.perf_counter()
    found = _match(searcher, parser, request, columns)
    parsed, scores, chosen = found.parsed, found.scores, found.chosen
    final = found.final
    facets = {}
    for name, facet in FACETS.items():
        # A facet is counted under every filter but its own, so multi-select keeps counts.
        docs = found.narrow([keep for other, keep in chosen.items() if other != name])
        column = columns.column(searcher, facet.field)
        selected, excluded = request.filters.get(name, ()), request.excludes.get(name, ())
        if facet.merged:  # each form of a name counts under the one shown
            forms = _forms(searcher, columns, facet)
            column = _merged(searcher, columns, facet)
            selected, excluded = forms.names(selected), forms.names(excluded)
        facets[name] = count(facet, column, docs, selected, excluded)
    sort = _sort(parsed, request)
    total = int(final.sum())
    hits = []
    per_source = np.zeros(0, dtype=np.int64)
    sources = columns.column(searcher, "source")
    if request.group == "source":
        per_source = sources.counts(final)
    if total:
        wanted = request.page * request.per_page
        folding = bool(request.group or request.collapse)
        order = _ordered(final, scores, sort, searcher, columns, None if folding else wanted)
        if folding:
            numbers, copies = columns.numbers(searcher, "paragraph"), columns.column(searcher, "copies")
            order = np.array(_fold(order, request, sources, numbers, copies, wanted), dtype=np.int64)
        marks = Marks.in_reader(parsed, searcher, found.expansion)
        live = columns.live(searcher)
        # Excerpts are made for the page shown only.
        for docnum in order[(request.page - 1) * request.per_page : wanted].tolist():
            fields = paragraph_fields(searcher.stored_fields(docnum))
            fields["score"] = (
                round(float(scores[docnum]), 4) if sort == "relevance" and scores[docnum] else None
            )
            fields["excerpt_html"] = excerpt_html(fields["text"], marks, TEXT_ANALYZER)
            fields["context_before"], fields["context_after"] = _neighbours(searcher, docnum, live, fields)
            fields["also_in"] = len({copy.rpartition("#p")[0] for copy in fields["copies"]})
            if request.group:
                fields["more_in_source"] = int(per_source[sources.first[docnum]]) - 1
            hits.append(fields)
    suggestion = None
    if parsed is not None and total < 3:
        suggestion = _did_you_mean(searcher, parser, request, columns, total)
    return Results(
        query=request.q,
        total=total,
        groups=int(np.count_nonzero(per_source)) if request.group else None,
        page=request.page,
        per_page=request.per_page,
        took_ms=round((time.perf_counter() - started) * 1000, 2),
        hits=hits,
        facets=facets,
        suggestion=suggestion,
        warnings=found.warnings,
    )


class Folding:
    """Keep the best hit per source (group=source) or per set of copies (collapse=copies)."""

    def __init__(self, request: SearchRequest) -> None:
        self.group, self.collapse = bool(request.group), bool(request.collapse)
        self.seen_sources: set[str] = set()
        self.covered: set[str] = set()

    def keep(self, source: str, pid: str, copies) -> bool:
        """Tell whether the next hit in rank order is shown: not folded into one shown before."""
        if self.group and source in self.seen_sources:
            return False
        if self.collapse:
            if pid in self.covered:
                return False
            self.covered.update(copies)
        self.seen_sources.add(source)
        return True


def _fold(
    order: np.ndarray,
    request: SearchRequest,
    sources: Column,
    numbers: np.ndarray,
    copies: Column,
    wanted: int,
) -> list[int]:
    """Keep the hits that Folding shows, the first wanted of them."""
    folding, kept = Folding(request), []
    for docnum in order.tolist():
        source = sources.vocab[sources.first[docnum]]
        pid = f"{source}#p{numbers[docnum]}" if folding.collapse else ""
        if folding.keep(source, pid, copies[docnum] if folding.collapse else ()):
            kept.append(docnum)
            if len(kept) == wanted:
                break
    return kept


def _did_you_mean(
    searcher: Searcher, parser: QueryParser, request: SearchRequest, columns: ColumnCache, total: int
) -> str | None:
    """Return the query with misspelt words corrected, if that finds more under the same filters."""
    reader = searcher.reader()

    def lexicon(field: str) -> Lexicon | None:
        return columns.lexicon(searcher, field) if field in searcher.schema else None

    def holds(field: str, text: str) -> bool:
        return (field, text) in reader

    corrected = correct(parse(request.q, parser)[0], request.q, lexicon, holds)
    if corrected is None:
        return None
    # A correction that finds nothing (more) is no help: propose it only when it does.
    found = _match(searcher, parser, dataclasses.replace(request, q=corrected), columns)
    return corrected if int(found.final.sum()) > total else None


def _neighbours(
    searcher: Searcher, docnum: int, live: np.ndarray, fields: dict
) -> tuple[str | None, str | None]:
    """Return the text of the paragraphs before and after a hit in its source."""
    around = []
    for step in (-1, 1):
        number, stored = fields["paragraph"] + step, None
        # A source's paragraphs are written together, so a neighbour is usually the next
        # document; the id lookup is for sources whose paragraphs were rewritten apart.
        if 0 <= docnum + step < len(live) and live[docnum + step]:
            stored = searcher.stored_fields(docnum + step)
            if (stored.get("source"), stored.get("paragraph")) != (fields["source"], number):
                stored = None
        if stored is None and number > 0:
            stored = searcher.document(id=f"{fields['source']}#p{number}")
        around.append(stored["text"] if stored else None)
    return around[0], around[1]


def export_rows(
    searcher: Searcher, parser: QueryParser, request: SearchRequest, columns: ColumnCache | None = None
) -> Iterator[dict]:
    """Yield every paragraph the request matches (not just a page), in its sort order."""
    columns = columns or ColumnCache()
    found = _match(searcher, parser, request, columns)
    order = _ordered(found.final, found.scores, _sort(found.parsed, request), searcher, columns, None)
    for docnum in order.tolist():
        yield paragraph_fields(searcher.stored_fields(docnum))
