"""Build or update the index from a corpus folder, committing all changes at once."""

from __future__ import annotations

import dataclasses
import gc
import hashlib
import multiprocessing
import multiprocessing.util
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.filedb.filestore import FileStorage
from whoosh.index import LockError

from .copies import band_keys, first_seen, link, repeats, shingles
from .enrich import Job, correspond, enrich_sources
from .read.ingest import Document, list_files
from .read.ocr import Ocr
from .read.reading import read_changed, reread, sources_on_disk
from .read.zones import assign_zones
from .store.records import load_records, save_records, save_report, version
from .store.schema import make_schema
from .store.shards import Address, ShardWriteError, shard_of
from .store.shards import sync as sync_shards
from .store.writing import add_source, open_writer
from .when.corpus import Signals, contexts
from .who.gazetteers import warm as warm_gazetteers
from .who.ner import one_thread, recogniser


class BuildError(Exception):
    """The index could not be built; the message says why."""


@dataclass
class Summary:
    """What a build did, file by file."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0
    skipped: dict[str, str] = field(default_factory=dict)
    warnings: dict[str, list[str]] = field(default_factory=dict)
    paragraphs: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        """Tell whether the build wrote anything."""
        return bool(self.added or self.updated or self.removed)


def open_index(path: Path) -> whoosh_index.Index:
    """Open the index at path, or raise BuildError if there is none."""
    if not whoosh_index.exists_in(str(path)):
        raise BuildError(f"no index at {path}; run 'dossier index' first")
    return whoosh_index.open_dir(str(path))


#: Beside the index: what OCR read, by the SHA-256 of each scanned file.
OCR_CACHE = "ocr"


@cache
def reading_code() -> str:
    """Return a fingerprint of the code and word lists that read a source into its facts."""
    # A source indexed by another dossier (an upgrade, new word lists) is read again, as one
    # read by another recogniser is: its file did not change, but what dossier makes of it did.
    # The store's code is left out: a layout change rebuilds the index by its schema.
    root = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if path.is_file() and parts[0] != "store" and (path.suffix == ".py" or parts[0] == "data"):
            digest.update("/".join(parts).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def build_index(
    corpus: Path,
    index_dir: Path,
    progress: Callable[[str], None] | None = None,
    ocr_lang: str = "eng",
    ner: str = "rules",
    shards: list[Address] | None = None,
    share: tuple[int, int] | None = None,
) -> Summary:
    """Bring the index at index_dir up to date with the corpus, touching changed files only.

    With shards, the Xapian shards are brought up to date with the index after it commits.
    With share (K, N), only the sources that go to shard K of N are read: one machine's
    share of a corpus, written to the shard given (or the Kth of N given).
    """
    try:
        return _build(corpus, index_dir, progress, ocr_lang, ner, shards, share)
    finally:
        gc.unfreeze()  # _build freezes the records it loads, which go when it returns


def _build(
    corpus: Path,
    index_dir: Path,
    progress: Callable[[str], None] | None,
    ocr_lang: str,
    ner: str,
    shards: list[Address] | None,
    share: tuple[int, int] | None,
) -> Summary:
    """Bring the index up to date: build_index's work, between its records' load and release."""
    started = time.perf_counter()
    # Run in every child multiprocessing forks from here on (registered once, by key).
    multiprocessing.util.register_after_fork(_CHILDREN, _Children.watch)
    if not corpus.is_dir():
        raise BuildError(f"corpus folder not found: {corpus}")
    try:
        recogniser(ner)
    except (ImportError, ValueError) as error:
        raise BuildError(str(error)) from None
    index_dir.mkdir(parents=True, exist_ok=True)
    if whoosh_index.exists_in(str(index_dir)):
        # Without mmap: Whoosh copies a mapped file's whole segment into memory each time
        # a reader opens it, and a build opens several.
        ix = FileStorage(str(index_dir), supports_mmap=False).open_index()
    else:
        ix = whoosh_index.create_in(str(index_dir), make_schema())
    if set(ix.schema.names()) != set(make_schema().names()):
        # An index from an older dossier lacks fields this one writes: build it afresh.
        ix = whoosh_index.create_in(str(index_dir), make_schema())
    before, cached = load_records(ix, index_dir)
    # The records live as long as the build: the cycle collector's passes skip them (each
    # had walked 20,000 sources' records, a tenth of a second and more apiece).
    gc.freeze()
    was = version(ix)
    ocr = Ocr(lang=ocr_lang, cache=index_dir / OCR_CACHE)
    summary = Summary()
    files = list_files(corpus)
    peers: dict[str, Document] = {}
    if share is not None:
        mine = {name: path for name, path in files.items() if shard_of(name, share[1]) == share[0] - 1}
        # The other machines' shares are read too, not enriched nor written: what the corpus
        # as a whole decides (shared boilerplate, a folder's month, copies across shares)
        # is then decided as one build over the whole folder would.
        peers, _ = read_changed(corpus, {n: p for n, p in files.items() if n not in mine}, {}, ocr)
        files = mine
        if shards and len(shards) == share[1]:
            shards = [shards[share[0] - 1]]
    documents, summary.skipped = read_changed(corpus, files, before, ocr, progress)
    on_disk = sources_on_disk(files, summary.skipped, before, documents)
    summary.removed = sorted(set(before) - on_disk)
    records = _analyse(ix, documents, before, on_disk, corpus, ocr, ner, peers)
    summary.added = sorted(n for n in documents if n not in before)
    summary.updated = sorted(n for n in documents if n in before)
    summary.unchanged = len(on_disk) - len(documents)
    for name, document in documents.items():
        if document.source.warnings:
            summary.warnings[name] = document.source.warnings
    if summary.changed:
        _commit(ix, records, documents, summary.removed)
    if summary.changed or not cached:
        after = {name: record for name, record in before.items() if name in on_disk}
        save_records(ix, index_dir, after | {name: found[0] for name, found in records.items()})
    save_report(index_dir, summary.skipped)
    if shards:
        try:
            sync_shards(ix, index_dir, shards, was, set(documents), summary.removed)
        except ShardWriteError as error:
            raise BuildError(str(error)) from None
    with ix.searcher() as searcher:
        summary.paragraphs = searcher.doc_count() - len(on_disk)
    summary.seconds = time.perf_counter() - started
    return summary


def _analyse(
    ix: whoosh_index.Index,
    documents: dict[str, Document],
    before: dict[str, dict],
    on_disk: set[str],
    corpus: Path,
    ocr: Ocr,
    ner: str,
    peers: dict[str, Document],
) -> dict[str, tuple[dict, list[str], list[dict]]]:
    """Zone, enrich and link the documents read, re-reading unchanged ones whose context moved.

    `peers` are the sources of other machines' shares: they count for the corpus's decisions
    and as copies, and are not written here.
    """
    signals = {name: Signals.of(document) for name, document in documents.items()}
    signals |= {name: Signals.from_record(before[name]) for name in on_disk - set(documents)}
    signals |= {name: Signals.of(document) for name, document in peers.items()}
    context = contexts(signals)
    for name in on_disk - set(documents):
        # A file not changed itself may gain boilerplate or a date when others change, and
        # its names change with the recogniser that reads them and with dossier's own code.
        if (
            before[name]["context"] != context[name].to_dict()
            or before[name].get("ner", "rules") != ner
            or before[name].get("code") != reading_code()
        ):
            documents[name] = reread(corpus, name, before[name], ocr)
    zoned = {name: zones_of(doc, context[name]) for name, doc in documents.items()}
    outside = {name: (doc, zones_of(doc, context[name])) for name, doc in peers.items()}
    copies = _link_copies(ix, documents, zoned, context, set(before) - on_disk, before, corpus, ocr, outside)
    jobs = {
        name: ([p.text for p in doc.paragraphs], zoned[name], context[name].anchor)
        for name, doc in documents.items()
    }
    enriched = _enrich_all(jobs, ner)
    analysed = {}
    for name, document in documents.items():
        texts = [p.text for p in document.paragraphs]
        here = context[name]
        zones = zoned[name]
        source = document.source
        source.published, source.published_basis = here.published, here.published_basis
        record = dataclasses.asdict(source)
        record.update(
            paragraphs=len(texts),
            edge_keys=list(signals[name].edge_keys),
            evidence=signals[name].evidence,
            metadata_published=signals[name].published,
            context=here.to_dict(),
            ner=ner,
            code=reading_code(),
        )
        facts = enriched[name]
        twins = repeats(texts)
        for paragraph, found, twin in zip(document.paragraphs, facts, twins, strict=True):
            pid = f"{name}#p{paragraph.number}"
            found["copies"], found["first_seen"], found["bands"] = copies.get(pid, ([], None, []))
            found["twin"], found["also_at"] = twin
        correspond(source, document.paragraphs, zones, facts)
        analysed[name] = (record, zones, facts)
    return analysed


def zones_of(document: Document, context) -> list[str]:
    """Return the zones of a document's paragraphs, given what the corpus says of it."""
    paragraphs = document.paragraphs
    return assign_zones([p.text for p in paragraphs], set(context.shared_keys), [p.hint for p in paragraphs])


#: Below this many sources, starting worker processes costs more than it saves.
PARALLEL_FROM = 64
#: Sources a worker enriches at a time: the model reads their paragraphs in one pass.
SOURCES_PER_TASK = 16


def _enrich_all(jobs: dict[str, Job], ner: str) -> dict[str, list[dict]]:
    """Enrich every source, in worker processes (one per core) when there are many."""
    workers = os.cpu_count() or 1
    recognise = recogniser(ner)  # a model loads here, once, and forked workers share it
    sources = list(jobs.values())
    shares = [sources[i : i + SOURCES_PER_TASK] for i in range(0, len(sources), SOURCES_PER_TASK)]
    if len(jobs) < PARALLEL_FROM or workers < 2:
        results = [facts for share in shares for facts in enrich_sources(share, recognise)]
        return dict(zip(jobs, results, strict=True))
    warm_gazetteers()  # loaded once here, shared with the forked workers
    context = multiprocessing.get_context("fork")
    threads = one_thread if ner == "spacy" else None
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=threads) as pool:
        results = pool.map(_enrich_share, [(share, ner) for share in shares])
        return dict(zip(jobs, (facts for share in results for facts in share), strict=True))


class _Children:
    """The key under which the processes a build forks learn to exit with it."""

    @staticmethod
    def watch(_: object) -> None:
        """Exit this child (a worker, a Whoosh sub-writer) when its parent is gone."""
        # Without this a SIGKILLed build's children wait for work for ever: they hold the
        # queue's pipe open themselves, so it never reads as closed.
        parent = os.getppid()

        def poll() -> None:
            while os.getppid() == parent:
                time.sleep(0.5)
            os._exit(1)

        threading.Thread(target=poll, daemon=True).start()


_CHILDREN = _Children()


def _enrich_share(task: tuple[list[Job], str]) -> list[list[dict]]:
    share, ner = task
    return enrich_sources(share, recogniser(ner))


def _link_copies(ix, documents, zoned, context, removed, before, corpus, ocr, outside) -> dict[str, tuple]:
    """Link the paragraphs to be written with their copies, in the batch and in the index.

    Sources already indexed whose paragraphs gain or lose a copy are read again, so that
    both ends of a link are rewritten together. `outside` holds other shares' sources (with
    their zones): candidates for copies, never written, so any paragraph of this share whose
    copies among them changed is rewritten.
    """
    origin = set(documents) | set(removed)
    far, far_sources, far_published = {}, {}, {}
    for name, (doc, zones) in outside.items():
        for paragraph, zone in zip(doc.paragraphs, zones, strict=True):
            if zone != "boilerplate":
                pid = f"{name}#p{paragraph.number}"
                far[pid], far_sources[pid] = shingles(paragraph.text), name
                far_published[pid] = context[name].published
    far_keys = {k for sh in far.values() for k in band_keys(sh)}
    while True:
        fresh, sources, published = {}, {}, {}
        for name, doc in documents.items():
            for paragraph, zone in zip(doc.paragraphs, zoned[name], strict=True):
                if zone != "boilerplate":
                    pid = f"{name}#p{paragraph.number}"
                    fresh[pid], sources[pid] = shingles(paragraph.text), name
                    published[pid] = context[name].published
        found = fresh | far
        sources |= far_sources
        published |= far_published
        touched: set[str] = set()
        written: dict[str, tuple[list[str], bool | None]] = {}  # stored links of this share's paragraphs
        with ix.searcher() as searcher:
            reader = searcher.reader()
            for key in {k for sh in fresh.values() for k in band_keys(sh)} | far_keys:
                if ("bands", key) not in reader:
                    continue
                for stored in searcher.documents(bands=key):
                    if stored["source"] not in documents and stored["source"] not in removed:
                        found[stored["id"]] = shingles(stored["text"])
                        sources[stored["id"]] = stored["source"]
                        published[stored["id"]] = stored.get("published")
                        if far:
                            copies = [c for c in (stored.get("copies") or "").split(",") if c]
                            written[stored["id"]] = (sorted(copies), stored.get("first_seen"))
            for name in origin:
                # Paragraphs that named a copy in a changed source are rewritten with it.
                for hit in searcher.search(wq.Prefix("copies", f"{name}#p"), limit=None):
                    touched.add(hit["source"])
        links = link(found, sources)
        # Only a link to a changed source changes the other side; a source read again for
        # that reason keeps its other links as they are, so nothing cascades further.
        touched |= {
            sources[p] for p in links if p not in fresh and any(sources[q] in origin for q in links[p])
        }
        if far:
            # Another share may have changed unseen: rewrite what its copies now say otherwise.
            touched |= {
                sources[p]
                for p, (copies, first) in written.items()
                if links.get(p, []) != copies
                or (first_seen(p, links[p], published) if p in links else None) != first
            }
        new = {name for name in touched if name not in documents and name in before and name not in removed}
        if not new:
            break
        for name in new:
            documents[name] = reread(corpus, name, before[name], ocr)
            zoned[name] = zones_of(documents[name], context[name])
    # For each paragraph written: its copies, whether it was first seen, its band keys.
    return {
        pid: (
            links.get(pid, []),
            first_seen(pid, links[pid], published) if pid in links else None,
            band_keys(sh),
        )
        for pid, sh in fresh.items()
    }


def _commit(
    ix: whoosh_index.Index,
    records: dict[str, tuple[dict, list[str], list[dict]]],
    documents: dict[str, Document],
    removed: list[str],
) -> None:
    """Write every change in one commit: readers see the old index or the new, never half."""
    try:
        writer = open_writer(ix, sum(len(d.paragraphs) for d in documents.values()))
    except LockError:
        raise BuildError("another 'dossier index' is updating this index; try again") from None
    try:
        for name in [*removed, *documents]:
            writer.delete_by_term("source", name)
        for name, document in documents.items():
            add_source(writer, document, *records[name])
    except BaseException:
        writer.cancel()
        raise
    writer.commit()
