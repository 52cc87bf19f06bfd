"""Answer searches from Xapian shards: the same requests and answers as the Whoosh engine.

A request is parsed by the same Whoosh query parser, and its query tree is turned into a
Xapian query over the terms `index.store.shards` writes. Facets are counted on the shards
by a ValueCountMatchSpy per facet (a paragraph's sorted values in one slot), split here
into values; a facet with a selection is counted in a second pass under every other
selection, as the Whoosh engine does. A shard that does not answer raises ShardError,
naming it: never a silent partial answer.
"""

from __future__ import annotations

import dataclasses
import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from math import log

import numpy as np
import xapian
from whoosh import query as wq
from whoosh.qparser import QueryParser
from xapian import _xapian

from index.store.schema import PARAGRAPH, SOURCE, TEXT_ANALYZER, WORDS_FIELD, make_schema
from index.store.shards import (
    BY_PUBLISHED_SLOT,
    BY_SOURCE_SLOT,
    DATA_SLOT,
    ID,
    JOIN,
    KIND,
    NUMBER_SLOT,
    PREFIXES,
    SLOTS,
    SOURCE_SLOT,
    SOURCE_TERM,
    TEXT_LENGTH,
    TWIN_LATER,
    WORD,
    Address,
    open_reader,
    term,
)

from .engine import Folding, Results, paragraph_fields
from .excerpts import Marks, excerpt_html, mark_html, sanitise
from .expand import PATTERNS, Expansion
from .facets import FACET_LIMIT, FACETS, Facet, Forms
from .lexicon import Lexicon
from .query import make_parser, match_case, parse
from .ranking import ZONE_WEIGHTS
from .request import SearchRequest
from .sources import INTERNAL
from .spelling import correct

#: Whoosh's BM25F parameters, which the Xapian weights reproduce (see Weights).
K1, B = 1.2, 0.75


class ShardError(Exception):
    """A shard did not answer: the message names it."""


def _shard_error(error: xapian.Error, addresses: list[Address]) -> ShardError:
    where = error.get_context() or ""
    named = next((str(a) for a in addresses if a.path is None and f"{a.host}:{a.port}" in where), None)
    named = named or next((str(a) for a in addresses if a.path is not None and str(a.path) in where), None)
    shard = named or ", ".join(str(a) for a in addresses)
    return ShardError(f"shard {shard} did not answer: {error.get_msg() or type(error).__name__}")


class Shards:
    """The shards as one database, opened per thread and opened again after a failure."""

    def __init__(self, addresses: list[Address]) -> None:
        self.addresses = addresses
        self.remote = any(address.path is None for address in addresses)
        self.parser: QueryParser = make_parser(make_schema())
        self._local = threading.local()
        # What is read once per state of the shards (see View.generation): each field's
        # words and values, the value slots some paragraph fills.
        self.cache: dict[tuple, object] = {}
        self._lock = threading.Lock()

    def cached(self, generation: tuple, name: str, make):
        """Return what make reads, once for this state of the shards."""
        key = (generation, name)
        found = self.cache.get(key)
        if found is None:
            found = make()
            with self._lock:
                if any(old[0] != generation for old in self.cache):
                    self.cache.clear()  # the shards changed: what was read is stale
                self.cache[key] = found
        return found

    def database(self) -> tuple[xapian.Database, list[xapian.Database]]:
        """Return this thread's database over every shard, and each shard's, current with their commits."""
        db = getattr(self._local, "db", None)
        try:
            if db is None:
                parts = [open_reader(address) for address in self.addresses]
                db = xapian.Database()
                for part in parts:
                    db.add_database(part)
                self._local.parts = parts
            else:
                db.reopen()
                for part in self._local.parts:
                    part.reopen()
        except xapian.Error as error:
            self._local.db = None
            raise _shard_error(error, self.addresses) from None
        self._local.db = db
        return db, self._local.parts

    def forget(self) -> None:
        """Drop this thread's database, so that the next request connects again."""
        self._local.db = None

    def health(self) -> dict:
        """Return every shard's state, each opened alone (as one, a shard down fails them all).

        The status is "ok" only when all of them answer.
        """
        states = []
        for address in self.addresses:
            try:
                db = open_reader(address)
                states.append({"shard": str(address), "state": "ok", "documents": db.get_doccount()})
                db.close()
            except xapian.Error as error:
                states.append({"shard": str(address), "state": "down", "error": error.get_msg()})
        up = all(state["state"] == "ok" for state in states)
        documents = sum(state.get("documents", 0) for state in states)
        return {
            "status": "ok" if up else "down",
            "engine": "xapian",
            "documents": documents,
            "shards": states,
        }


class View:
    """One request's view of the shards, with the methods the web app and command line use."""

    def __init__(self, shards: Shards) -> None:
        self.shards = shards
        self.parser = shards.parser
        self.db, self.parts = shards.database()
        self._weights: Weights | None = None
        # Remote shards give no revision: their counts of documents and the last document
        # id, which every commit that adds or deletes changes, stand for it.
        self.generation = self._guard(
            lambda: (self.db.get_doccount(), self.db.get_lastdocid(), self.db.get_total_length())
        )

    @property
    def weights(self) -> Weights:
        """Return what makes Xapian's BM25 weigh terms as Whoosh's does, for these shards."""
        if self._weights is None:
            length = self.shards.cached(
                self.generation,
                "#text_length",
                lambda: sum(int(p.get_metadata(TEXT_LENGTH) or 0) for p in self.parts),
            )
            self._weights = Weights(self.db, length, self.termfreq)
        return self._weights

    def health(self) -> dict:
        """Return every shard's state; the status is "ok" only when all of them answer."""
        return self.shards.health()

    def _guard(self, work):
        try:
            return work()
        except xapian.Error as error:
            self.shards.forget()
            raise _shard_error(error, self.shards.addresses) from None

    def documents(self) -> int:
        """Return how many documents the shards hold (sources and paragraphs)."""
        return self._guard(self.db.get_doccount)

    def empty(self) -> bool:
        """Tell whether there is no paragraph to search."""
        return self._guard(lambda: self.db.get_termfreq(KIND + PARAGRAPH) == 0)

    # Sources -------------------------------------------------------------------------

    def _records(self) -> Iterator[dict]:
        enquire = xapian.Enquire(self.db)
        enquire.set_query(xapian.Query(KIND + SOURCE))
        for item in enquire.get_mset(0, self.db.get_doccount() or 1):
            yield json.loads(json.loads(item.document.get_data())["record"])

    def sources(self) -> list[dict]:
        """Return every source's name, title, publication date and paragraph count, by name."""
        records = self._guard(lambda: list(self._records()))
        return [
            {k: r.get(k) for k in ("name", "title", "published", "paragraphs")}
            for r in sorted(records, key=lambda r: r["name"])
        ]

    def record(self, name: str) -> dict | None:
        """Return a source's own fields (no paragraphs), or None if unknown."""

        def find() -> dict | None:
            enquire = xapian.Enquire(self.db)
            query = xapian.Query(
                xapian.Query.OP_FILTER, xapian.Query(term(ID, name)), xapian.Query(KIND + SOURCE)
            )
            enquire.set_query(query)
            for item in enquire.get_mset(0, 1):
                return json.loads(json.loads(item.document.get_data())["record"])
            return None

        found = self._guard(find)
        return None if found is None else {k: v for k, v in found.items() if k not in INTERNAL}

    def source(self, name: str) -> dict | None:
        """Return a source's fields and all its paragraphs in file order, or None if unknown."""
        record = self.record(name)
        if record is None:
            return None

        def paragraphs() -> list[dict]:
            enquire = xapian.Enquire(self.db)
            query = xapian.Query(
                xapian.Query.OP_FILTER, xapian.Query(term(SOURCE_TERM, name)), xapian.Query(KIND + PARAGRAPH)
            )
            enquire.set_query(query)
            enquire.set_sort_by_value(NUMBER_SLOT, False)
            return [paragraph_fields(fields) for fields in _carried(enquire, self.db.get_doccount() or 1)]

        record["paragraphs"] = self._guard(paragraphs)
        return record

    def mark(self, q: str, paragraphs: list[dict]) -> None:
        """Set each paragraph's text_html: its whole text, query terms in <mark>, sanitised."""
        parsed, _ = parse(q, self.parser)
        marks = self._guard(lambda: self._marks(parsed, Expansion(self.lexicon)))
        for paragraph in paragraphs:
            spans = marks.spans(paragraph["text"], TEXT_ANALYZER)
            paragraph["text_html"] = sanitise(mark_html(paragraph["text"], spans))

    # Searching -----------------------------------------------------------------------

    def search(self, request: SearchRequest) -> Results:
        """Run a search request and return the requested page with facet counts."""
        return self._guard(lambda: self._search(request))

    def export(self, request: SearchRequest) -> Iterator[dict]:
        """Yield every paragraph the request matches, in its sort order."""
        plan = self._guard(lambda: _Plan(self, request))
        at, size = 0, 1000
        while True:
            hits = self._guard(lambda at=at: plan.hits(at, size, plan.final))
            stored = self._guard(lambda hits=hits: self._stored([pid for pid, _ in hits]))
            for pid, _ in hits:
                yield paragraph_fields(stored[pid])
            if len(hits) < size:
                return
            at += size

    def lexicon(self, field: str) -> Lexicon:
        """Return the words (or values) of a field over every shard, with their paragraph counts."""

        def make() -> Lexicon:
            if field not in (*PREFIXES, WORDS_FIELD, "text"):
                return Lexicon([], np.zeros(0, dtype=np.int64))  # no such field on the shards
            prefix = WORD if field == WORDS_FIELD else PREFIXES.get(field, "")
            words, counts = [], []
            terms = self.db.allterms(prefix)
            item = next(terms, None)
            while item is not None:
                text = item.term.decode("utf-8")[len(prefix) :]
                if not prefix and _prefixed(text):
                    # Every prefixed term (ids, words as written, facet values) sorts between
                    # "A" and "Z", among the stems: one step over them, not one per paragraph.
                    try:
                        item = terms.skip_to(b"[")
                    except StopIteration:
                        break
                    continue
                words.append(text)
                counts.append(item.termfreq)
                item = next(terms, None)
            return Lexicon(words, np.array(counts, dtype=np.int64))

        return self.shards.cached(self.generation, field, make)

    def forms(self, facet: Facet) -> Forms:
        """Return the forms of the names in a facet's field, as the Whoosh engine joins them."""

        def make() -> Forms:
            lexicon = self.lexicon(facet.field)
            return Forms.of(lexicon.words, lexicon.frequency, facet.merged)

        return self.shards.cached(self.generation, f"forms:{facet.field}", make)

    def filled(self, slot: int) -> bool:
        """Tell whether any document fills a value slot (e-mail's sender and recipients in news do not)."""
        held = self.shards.cached(
            self.generation, "#slots", lambda: {s for s in SLOTS.values() if self.db.get_value_freq(s)}
        )
        return slot in held

    def _marks(self, parsed: wq.Query | None, expansion: Expansion) -> Marks:
        def existing(leaf: wq.Query):
            return [(field, text) for field, text in leaf.iter_all_terms() if self.holds(field, text)]

        return Marks.from_query(parsed, existing, expansion)

    def _search(self, request: SearchRequest) -> Results:
        started = time.perf_counter()
        plan = _Plan(self, request)
        wanted = request.page * request.per_page
        folding = bool(request.group or request.collapse)
        # A spy reads its slot for every match, filled or not: an empty slot is skipped.
        spies = {
            name: xapian.ValueCountMatchSpy(SLOTS[FACETS[name].field])
            for name in FACETS
            if name not in plan.chosen and self.filled(SLOTS[FACETS[name].field])
        }
        if request.group and "source" not in spies:
            spies["source"] = xapian.ValueCountMatchSpy(SOURCE_SLOT)
        # Remote shards count some of a spy's values twice when the match is sorted by a
        # value (ties in source order included): counts come from an unsorted pass.
        total = plan.page(0, 0, plan.final, spies.values(), None).get_matches_estimated()
        wanted_values = {
            name: (*request.filters.get(name, ()), *request.excludes.get(name, ())) for name in FACETS
        }
        combos = {
            name: _combos(spy, name, wanted_values[name], whole=name == "source" and bool(request.group))
            for name, spy in spies.items()
        }
        for name in plan.chosen:
            # A facet is counted under every selection but its own, so multi-select keeps counts.
            spy = xapian.ValueCountMatchSpy(SLOTS[FACETS[name].field])
            plan.page(0, 0, plan.under(name), [spy], None)
            combos[name] = _combos(spy, name, wanted_values[name])
        facets = {
            name: _count(
                facet,
                combos.get(name, {}),
                request.filters.get(name, ()),
                request.excludes.get(name, ()),
                self.forms(facet) if facet.merged else None,
            )
            for name, facet in FACETS.items()
        }
        per_source = Counter()
        if request.group:
            for combo, n in combos["source"].items():
                per_source[combo[0] if combo else ""] += n
        hits = []
        if total:
            items = self._folded(plan, request, wanted) if folding else plan.hits(0, wanted, plan.final)
            marks = self._marks(plan.parsed, plan.expansion)
            shown = items[(request.page - 1) * request.per_page : wanted]
            # The hits and the paragraphs around them, in one query.
            stored = self._stored([p for pid, _ in shown for p in (pid, *_neighbours(pid))])
            for pid, weight in shown:
                fields = paragraph_fields(stored[pid])
                fields["score"] = round(float(weight), 4) if plan.sort == "relevance" and weight else None
                fields["excerpt_html"] = excerpt_html(fields["text"], marks, TEXT_ANALYZER)
                before, after = (stored.get(p, {}).get("text") for p in _neighbours(pid))
                fields["context_before"], fields["context_after"] = before, after
                fields["also_in"] = len({copy.rpartition("#p")[0] for copy in fields["copies"]})
                if request.group:
                    fields["more_in_source"] = per_source[fields["source"]] - 1
                hits.append(fields)
        return Results(
            query=request.q,
            total=total,
            groups=len(per_source) if request.group else None,
            page=request.page,
            per_page=request.per_page,
            took_ms=round((time.perf_counter() - started) * 1000, 2),
            hits=hits,
            facets=facets,
            suggestion=self._did_you_mean(request, total) if plan.parsed is not None and total < 3 else None,
            warnings=plan.warnings,
        )

    def _did_you_mean(self, request: SearchRequest, total: int) -> str | None:
        """Return the query with misspelt words corrected, if that finds more under the same filters."""
        corrected = correct(parse(request.q, self.parser)[0], request.q, self.lexicon, self.holds)
        if corrected is None:
            return None
        again = _Plan(self, dataclasses.replace(request, q=corrected))
        found = again.page(0, 0, again.final, (), None).get_matches_estimated()
        return corrected if found > total else None

    def holds(self, field: str, text) -> bool:
        """Tell whether the shards hold a field's term (a stem of the text, a word, a value)."""
        found = _leaf_term(field, text)
        return found is not None and self.termfreq(found) > 0

    def termfreq(self, xterm: str) -> int:
        """Return how many documents hold a term, from the lexicons read once per state of the shards.

        A remote shard answers each term's count in a round trip of its own; a pattern that
        expands to a hundred words would cost a hundred. Local shards answer at once, and
        are asked: a lexicon costs its first reading.
        """
        if not self.shards.remote:
            return self.db.get_termfreq(xterm)
        if not _prefixed(xterm):
            return self.lexicon("text").count(xterm)
        # No prefix starts another: "S" (source) and "XS" (speakers) are told apart.
        for field, prefix in ((WORDS_FIELD, WORD), *PREFIXES.items()):
            if xterm.startswith(prefix):
                return self.lexicon(field).count(xterm[len(prefix) :])
        return self.db.get_termfreq(xterm)

    def _folded(self, plan: _Plan, request: SearchRequest, wanted: int) -> list:
        """Keep the hits that Folding shows, the first wanted of them, reading a page at a time."""
        folding, kept = Folding(request), []
        at, size = 0, max(100, wanted * 4)
        while len(kept) < wanted:
            hits = plan.hits(at, size, plan.final)
            stored = self._stored([pid for pid, _ in hits])
            for pid, weight in hits:
                fields = stored[pid]
                if folding.keep(fields["source"], pid, fields.get("copies") or []):
                    kept.append((pid, weight))
                    if len(kept) == wanted:
                        break
            if len(hits) < size:
                break
            at += size
        return kept

    def _stored(self, ids: list[str]) -> dict[str, dict]:
        """Return the stored fields of the paragraphs named (those that exist), in one query."""
        if not ids:
            return {}
        enquire = xapian.Enquire(self.db)
        enquire.set_query(_any(ID, sorted(set(ids))))
        enquire.set_weighting_scheme(xapian.BoolWeight())
        return {fields["id"]: fields for fields in _carried(enquire, len(ids))}


def _carried(enquire: xapian.Enquire, size: int) -> list[dict]:
    """Return the stored fields of an enquiry's matches, in its order, carried in its reply.

    Collapsing on the slot that holds them makes each match bring them as its collapse
    key, so a remote shard sends them all at once (a document read is a round trip each);
    no two paragraphs hold the same fields (their ids differ), so none is collapsed.
    """
    enquire.set_collapse_key(DATA_SLOT)
    return [json.loads(item.collapse_key) for item in enquire.get_mset(0, size)]


def _prefixed(xterm: str) -> bool:
    """Tell whether a term carries a field's prefix: stems are lower case, prefixes upper."""
    return "A" <= xterm[:1] <= "Z"


def _neighbours(pid: str) -> tuple[str, str]:
    """Return the ids of the paragraphs before and after one (the first's "before" is no paragraph)."""
    source, _, number = pid.rpartition("#p")
    return f"{source}#p{int(number) - 1}", f"{source}#p{int(number) + 1}"


def _id_of(key: bytes, sort: str) -> str:
    """Return the paragraph id a match's sort key holds (see BY_SOURCE_SLOT, BY_PUBLISHED_SLOT)."""
    if sort == "published":
        # Newest first: the date's inverted bytes and a 0xff, or two 0xff for no date.
        key = key[2:] if key.startswith(b"\xff\xff") else key[key.index(b"\xff") + 1 :]
    source, _, number = key.partition(b"\x00")
    return f"{source.decode('utf-8')}#p{int(xapian.sortable_unserialise(number))}"


class Weights:
    """Xapian's BM25 parameters and per-term factors that give Whoosh's BM25F scores.

    Whoosh weighs a term by log(N / (n + 1)) + 1, Xapian by log((N - n + 0.5) / (n + 0.5))
    (halved towards 1 for common terms): each term's query is scaled by their ratio.
    Lengths are the same (the writer pads them to Whoosh's rounding), but Whoosh divides
    them by the mean exact length and Xapian by the mean rounded one: k1 and b are set so
    that k1' (1 - b') = k1 (1 - b) and k1' b' = k1 b r, r the ratio of the two means.
    """

    def __init__(self, db: xapian.Database, text_length: int, termfreq) -> None:
        self.db, self.termfreq = db, termfreq
        self.n = db.get_doccount()
        rounded = db.get_avlength() * self.n / 2
        ratio = rounded / text_length if text_length else 1.0
        self.k1 = K1 * (1 - B) + K1 * B * ratio
        self.b = K1 * B * ratio / self.k1
        self._factors: dict[str, float] = {}

    def scheme(self) -> xapian.BM25Weight:
        """Return the weighting scheme to search with."""
        return xapian.BM25Weight(self.k1, 0, 0, self.b, 0)

    def factor(self, term: str) -> float:
        """Return what scales a term's Xapian weight to Whoosh's."""
        if term not in self._factors:
            n = self.termfreq(term)
            if not n:
                self._factors[term] = 1.0
            else:
                whoosh = log(self.n / (n + 1)) + 1
                ratio = (self.n - n + 0.5) / (n + 0.5)
                xapian_idf = log(ratio if ratio >= 2 else ratio * 0.5 + 1)
                self._factors[term] = whoosh * (K1 + 1) / (xapian_idf * (self.k1 + 1))
        return self._factors[term]

    def scored(self, term: str) -> xapian.Query:
        """Return the query for a scored term (text or words), weighed as Whoosh weighs it."""
        return xapian.Query(xapian.Query.OP_SCALE_WEIGHT, xapian.Query(term), self.factor(term))


def _constant(weight: float = 1.0) -> xapian.Query:
    """Return a query every document matches with a fixed weight (Whoosh's score for unscored terms)."""
    return xapian.Query(xapian.FixedWeightPostingSource(weight))


class _Plan:
    """A request as Xapian queries: the matches, the selections, the sort."""

    def __init__(self, view: View, request: SearchRequest) -> None:
        self.view, self.db = view, view.db
        parsed, self.warnings = parse(request.q, view.parser)
        self.parsed = match_case(parsed, view.holds, lambda field: view.lexicon(field).words)
        self.expansion = Expansion(view.lexicon)
        paragraphs = xapian.Query(KIND + PARAGRAPH)
        if self.parsed is None:
            base = paragraphs
        else:
            base = xapian.Query(xapian.Query.OP_FILTER, _translate(self.parsed, self), paragraphs)
        # Repeats in a source are folded into their first printing.
        base = xapian.Query(xapian.Query.OP_AND_NOT, base, xapian.Query(TWIN_LATER))
        for fieldname, (low, high) in request.bounds().items():
            base = xapian.Query(xapian.Query.OP_FILTER, base, self._between(fieldname, low, high))
        self.base = base
        self.warnings += self.expansion.warnings
        self.chosen = _selections(request, self)
        self.final = self.under(None)
        self.sort = request.sort if (parsed is not None or request.sort != "relevance") else "source"

    def under(self, left_out: str | None) -> xapian.Query:
        """Return the matches under every selection but one (None: under all)."""
        query = self.base
        for name, (keep, drop) in self.chosen.items():
            if name == left_out:
                continue
            if keep is not None:
                query = xapian.Query(xapian.Query.OP_FILTER, query, keep)
            if drop is not None:
                query = xapian.Query(xapian.Query.OP_AND_NOT, query, drop)
        return query

    def page(
        self, first: int, size: int, query: xapian.Query, spies=(), sort: str | None = ""
    ) -> xapian.MSet:
        """Return size matches from first, in the request's order (or in none; every match counted)."""
        sort = self.sort if sort == "" else sort
        enquire = xapian.Enquire(self.db)
        enquire.set_weighting_scheme(self.view.weights.scheme())
        enquire.set_query(_zone_weighed(query) if sort == "relevance" else query)
        if sort == "relevance":
            # Ties in source order, as the Whoosh engine breaks them.
            enquire.set_sort_by_relevance_then_value(BY_SOURCE_SLOT, False)
        elif sort == "source":
            enquire.set_sort_by_value(BY_SOURCE_SLOT, False)
        elif sort == "published":
            enquire.set_sort_by_value(BY_PUBLISHED_SLOT, False)
        elif sort is None:
            enquire.set_weighting_scheme(xapian.BoolWeight())
        for spy in spies:
            enquire.add_matchspy(spy)
        # A count needs every match seen; a page of hits does not, and Xapian then skips
        # the matches that cannot reach it.
        counting = bool(spies) or size == 0
        return enquire.get_mset(first, size, self.db.get_doccount() if counting else 0)

    def hits(self, first: int, size: int, query: xapian.Query) -> list[tuple[str, float]]:
        """Return size matches from first, in the request's order, as (paragraph id, weight).

        The ids come from the sort keys the reply carries, so no document is read.
        """
        mset = self.page(first, size, query)
        found = []
        # The bindings' MSetItem has no sort key: the iterator underneath gives it.
        at, end = mset._begin(), mset._end()
        while not at.equals(end):
            found.append((_id_of(at.get_sort_key(), self.sort), at.get_weight()))
            next(at)
        return found

    def _between(self, fieldname: str, low: str, high: str) -> xapian.Query:
        lexicon = self.view.lexicon(fieldname)
        lo, hi = np.searchsorted(lexicon.words, low), np.searchsorted(lexicon.words, high, side="right")
        values = lexicon.words[int(lo) : int(hi)]
        return _any(PREFIXES[fieldname], values)


def _any(prefix: str, values) -> xapian.Query:
    terms = [term(prefix, v) for v in values]
    if not terms:
        return xapian.Query.MatchNothing
    return xapian.Query(xapian.Query.OP_OR, [xapian.Query(t) for t in terms])


def _zone_weighed(query: xapian.Query) -> xapian.Query:
    """Scale each paragraph's score by its zone's factor, as the Whoosh engine does."""
    parts = [
        xapian.Query(
            xapian.Query.OP_SCALE_WEIGHT,
            xapian.Query(xapian.Query.OP_FILTER, query, xapian.Query(term(PREFIXES["zone"], zone))),
            weight,
        )
        for zone, weight in ZONE_WEIGHTS.items()
    ]
    return xapian.Query(xapian.Query.OP_OR, parts)


def _selections(request: SearchRequest, plan: _Plan) -> dict[str, tuple]:
    """Return each facet's (values kept, values left out) as queries, as the Whoosh engine selects."""
    chosen = {}
    for name, facet in FACETS.items():
        wanted, unwanted = request.filters.get(name), request.excludes.get(name)
        if name == "zone" and not (wanted and "boilerplate" in wanted):
            unwanted = (*(unwanted or ()), "boilerplate")
        if wanted or unwanted:
            keep = _select(facet, wanted, plan) if wanted else None
            drop = _select(facet, unwanted, plan) if unwanted else None
            chosen[name] = (keep, drop)
    return chosen


def _select(facet: Facet, values, plan: _Plan) -> xapian.Query:
    prefix = PREFIXES[facet.field]
    if facet.merged:  # a filter on one form of a name selects them all
        return _any(prefix, plan.view.forms(facet).every(values))
    if not facet.dated:
        return _any(prefix, values)
    lexicon = plan.view.lexicon(facet.field)
    found = [w for v in values for w in (lexicon.words[i] for i in lexicon.prefixed(v).tolist())]
    return _any(prefix, found)


#: Facets with one value per paragraph and no dates: only their commonest values are read.
SINGLE = frozenset({"source", "zone"})


def _combos(
    spy: xapian.ValueCountMatchSpy, name: str, chosen: tuple[str, ...] = (), whole: bool = False
) -> dict[tuple[str, ...], int]:
    """Return how many matches hold each combination of values (a slot's joined list).

    A facet of one value per paragraph lists only its commonest values, so only those are
    read (Xapian sorts them as facets.count does: by count, then by value), unless a
    chosen value is not among them; a source per paragraph makes that a saving at scale.
    """
    if name in SINGLE and not whole:
        top = {
            (item.term.decode("utf-8"),): item.termfreq for item in spy.top_values(FACET_LIMIT + len(chosen))
        }
        if len(top) < FACET_LIMIT + len(chosen) or all((value,) in top for value in chosen):
            return top
    found = {}
    for value, count in _spied(spy):
        text = value.decode("utf-8")
        found[tuple(text.split(JOIN)) if text else ()] = count
    return found


def _spied(spy: xapian.ValueCountMatchSpy) -> Iterator[tuple[bytes, int]]:
    """Yield each value a spy saw with its count, in the values' order.

    The bindings' own iterator (spy.values()) wraps every value in an object: on a facet
    of thousands of values, half the time of a broad search. The functions it wraps
    (xapian-bindings 1.4, pinned) step through the same values without that.
    """
    at, end = _xapian.ValueCountMatchSpy_values_begin(spy), _xapian.ValueCountMatchSpy_values_end(spy)
    value, count, step, done = (
        _xapian._TermIterator_get_term,
        _xapian._TermIterator_get_termfreq,
        _xapian._TermIterator___next__,
        _xapian._TermIterator_equals,
    )
    while not done(at, end):
        yield value(at), count(at)
        step(at)


def _count(
    facet: Facet,
    combos: dict,
    selected: tuple[str, ...],
    excluded: tuple[str, ...],
    forms: Forms | None = None,
) -> list[dict]:
    """Return [{value, count, selected, excluded}] from counts of combinations, as facets.count does.

    With a people's forms, each form of a name counts under the one shown, once per paragraph.
    """
    if forms is not None:
        joined: Counter = Counter()
        for combo, n in combos.items():
            joined[tuple(sorted(set(map(forms.show, combo))))] += n
        combos, selected, excluded = joined, forms.names(selected), forms.names(excluded)
    if facet.dated:
        width = facet.width(selected)
        counts: Counter = Counter()
        for combo, n in combos.items():
            for bucket in {v[:width] for v in combo}:
                counts[bucket] += n
        for value in selected:
            counts[value] = sum(n for combo, n in combos.items() if any(v.startswith(value) for v in combo))
        ordered = sorted((v, n) for v, n in counts.items() if n or v in selected)
    else:
        counts = Counter()
        for combo, n in combos.items():
            for value in combo:
                counts[value] += n
        found = {value: counts.get(value, 0) for value in (*selected, *excluded)}
        for value, n in sorted(counts.items(), key=lambda vn: (-vn[1], vn[0]))[: FACET_LIMIT + len(found)]:
            found.setdefault(value, n)
        ordered = list(found.items())
    return [
        {"value": v, "count": n, "selected": v in selected, "excluded": v in excluded}
        for v, n in ordered[: max(FACET_LIMIT, len(selected) + len(excluded))]
    ]


def _leaf(field: str, text, plan: _Plan) -> xapian.Query | None:
    """Return the query for one term: scored in the text and words, a fixed 1 in a facet."""
    found = _leaf_term(field, text)
    if found is None:
        return None
    if field in ("text", WORDS_FIELD):
        return plan.view.weights.scored(found)
    return xapian.Query(xapian.Query.OP_AND, [xapian.Query(found), _constant()])


def _leaf_term(field: str, text) -> str | None:
    text = text.decode("utf-8") if isinstance(text, bytes) else str(text)
    if field == "text":
        return term("", text)
    if field == WORDS_FIELD:
        return term(WORD, text)
    if field in PREFIXES:
        return term(PREFIXES[field], text)
    if field == "kind":
        return KIND + text
    return None


def _translate(q: wq.Query, plan: _Plan) -> xapian.Query:
    """Return the Xapian query for a Whoosh query tree."""
    nothing = xapian.Query.MatchNothing
    if q is wq.NullQuery or isinstance(q, wq.NullQuery.__class__):
        return nothing
    if isinstance(q, wq.Term):
        return _leaf(q.fieldname, q.text, plan) or nothing
    if isinstance(q, wq.And):
        return xapian.Query(xapian.Query.OP_AND, [_translate(c, plan) for c in q.children()])
    if isinstance(q, wq.Or):
        return xapian.Query(xapian.Query.OP_OR, [_translate(c, plan) for c in q.children()])
    if isinstance(q, wq.AndNot):
        return xapian.Query(xapian.Query.OP_AND_NOT, _translate(q.a, plan), _translate(q.b, plan))
    if isinstance(q, wq.AndMaybe):
        return xapian.Query(xapian.Query.OP_AND_MAYBE, _translate(q.a, plan), _translate(q.b, plan))
    if isinstance(q, wq.Not):
        return xapian.Query(xapian.Query.OP_AND_NOT, _constant(q.boost), _translate(q.query, plan))
    if isinstance(q, wq.Every):
        return _constant(q.boost)
    if isinstance(q, PATTERNS):
        words = plan.expansion.words(q)
        prefix = WORD if q.fieldname == WORDS_FIELD else PREFIXES.get(q.fieldname)
        if prefix is None or not words:
            return nothing
        return xapian.Query(xapian.Query.OP_OR, [_leaf(q.fieldname, w, plan) for w in words])
    if isinstance(q, wq.Phrase):
        terms = [_leaf_term(q.fieldname, w) for w in q.words]
        if not terms or None in terms:
            return nothing
        # Whoosh scores a phrase as the sum of its words: the phrase itself only filters.
        words = xapian.Query(xapian.Query.OP_AND, [_leaf(q.fieldname, w, plan) for w in q.words])
        phrase = xapian.Query(
            xapian.Query.OP_PHRASE, [xapian.Query(t) for t in terms], len(terms) + q.slop - 1
        )
        return xapian.Query(xapian.Query.OP_FILTER, words, phrase)
    if isinstance(q, wq.TermRange) and q.fieldname in PREFIXES:
        lexicon = plan.view.lexicon(q.fieldname)
        low, high = q.start or "", q.end or "\U0010ffff"
        values = [
            w
            for w in lexicon.words
            if (low < w or (low == w and not q.startexcl)) and (w < high or (w == high and not q.endexcl))
        ]
        return _any(PREFIXES[q.fieldname], values)
    plan.warnings.append(f"part of the query is not supported by this engine: {q}")
    return nothing
