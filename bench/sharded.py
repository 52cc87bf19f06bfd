"""The Xapian engine in `make bench`: builds, sizes and the query mix, on one local shard and on
two remote shards (xapian-tcpsrv on loopback), beside Whoosh, on BBC, large and a scale corpus.

"Without enrichment" is the writing alone: the paragraphs a dossier build enriched, read
back from its index, written again into a fresh Whoosh index (dossier's schema and writer)
and into Xapian shards. The scale corpus is the large corpus repeated, each copy's words
shuffled inside each paragraph (terms are real, postings are not copies), facts kept.

Run alone: python bench/sharded.py [PARAGRAPHS] (the scale corpus size; 1,000,000 by default).
"""

from __future__ import annotations

import importlib.util
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

import xapian
from whoosh import index as whoosh_index

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from index import build_index, open_index  # noqa: E402
from index.store.schema import MULTI_VALUED, PARAGRAPH, make_schema, words_and_stems  # noqa: E402
from index.store.shards import (  # noqa: E402
    KIND,
    SLOTS,
    TWIN_LATER,
    Address,
    paragraph_document,
    stored_batch,
    write,
)
from index.store.writing import add_documents, open_writer  # noqa: E402
from search import ColumnCache, make_parser, run_search  # noqa: E402
from search.shards import Shards, View, _Plan  # noqa: E402


def bench_module():
    """Return bench/bench.py (its query mix and timer), imported by its path wherever this runs from."""
    name = "dossier_bench"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name("bench.py"))
        sys.modules[name] = module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    return sys.modules[name]


@contextmanager
def servers(root: Path, count: int):
    """Start count writable xapian-tcpsrv on loopback, each in its own process group; stop them after."""
    started = []
    root.mkdir(parents=True, exist_ok=True)
    try:
        for n in range(count):
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                port = probe.getsockname()[1]
            process = subprocess.Popen(
                ["xapian-tcpsrv", "--writable", "--interface", "127.0.0.1", "--port", str(port)]
                + [str(root / f"r{n}")],
                start_new_session=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            started.append((process, port))
            for _ in range(200):
                with socket.socket() as probe:
                    if probe.connect_ex(("127.0.0.1", port)) == 0:
                        break
                if process.poll() is not None:
                    raise RuntimeError(f"xapian-tcpsrv on port {port} exited at once")
                time.sleep(0.05)
        yield [Address(host="127.0.0.1", port=port) for _, port in started]
    finally:
        for process, _ in started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                process.wait(10)


def group_rss_mb(pid: int) -> float:
    """Return the resident memory of a process group (a tcpsrv and the children it forks)."""
    total = 0
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == pid:  # the process group
                lines = (status.parent / "status").read_text().splitlines()
                total += int(next(line for line in lines if line.startswith("VmRSS")).split()[1])
        except (OSError, StopIteration, ValueError, IndexError):
            continue
    return total / 1024


def size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def write_whoosh(batch, target: Path) -> float:
    """Write the enriched paragraphs into a fresh Whoosh index as a build does; return seconds."""
    target.mkdir(parents=True)
    ix = whoosh_index.create_in(str(target), make_schema())
    started = time.perf_counter()
    writer = open_writer(ix, sum(len(paragraphs) for _, paragraphs in batch))
    for source, paragraphs in batch:
        add_documents(writer, source, paragraphs)
    writer.commit()
    return time.perf_counter() - started


def write_xapian(batch, addresses: list[Address]) -> float:
    started = time.perf_counter()
    write(addresses, batch, None)
    return time.perf_counter() - started


def scale_batch(batch, paragraphs: int) -> list:
    """Return the batch repeated to at least `paragraphs`, words shuffled in each copy's paragraphs."""
    per_copy = sum(len(p) for _, p in batch)
    copies = -(-paragraphs // per_copy)
    scaled = list(batch)
    for copy in range(1, copies):
        shuffle = random.Random(copy).shuffle
        for source, items in batch:
            name = f"copy{copy}/{source['source']}"
            new_items = []
            for fields in items:
                words = fields["text"].split()
                shuffle(words)
                new_items.append(
                    fields | {"id": f"{name}#p{fields['paragraph']}", "source": name, "text": " ".join(words)}
                )
            scaled.append((source | {"id": name, "source": name}, new_items))
    return scaled


def mix(search, queries, runs: int) -> dict[str, tuple[float, float]]:
    """Time each query of the mix: (p50, p95) in ms."""
    dossier_request, timed = bench_module().dossier_request, bench_module().timed
    timings = {}
    for kind, q, extra in queries:
        request = dossier_request(q, extra)
        timings[kind] = timed(lambda request=request: search(request), runs)
    return timings


def measure(label: str, index_dir: Path, work: Path, runs: int = 20, batch=None) -> dict:
    """Build and query one corpus on Whoosh, one local shard and two remote shards."""
    QUERIES = bench_module().QUERIES  # noqa: N806
    print(f"\n== {label}: Whoosh and Xapian, without enrichment", flush=True)
    if batch is None:
        with open_index(index_dir).searcher() as searcher:
            batch = stored_batch(searcher)
    result = {
        "paragraphs": sum(len(p) for _, p in batch),
        "build": {},
        "size": {},
        "mix": {},
        "bare": {},
        "alone": {},
    }
    whoosh_dir = work / f"{label}-whoosh-written"
    result["build"]["whoosh"] = write_whoosh(batch, whoosh_dir)
    result["size"]["whoosh"] = size_mb(whoosh_dir)
    local = [Address(path=work / f"{label}-xapian-1")]
    result["build"]["xapian, 1 local shard"] = write_xapian(batch, local)
    result["size"]["xapian, 1 local shard"] = size_mb(work / f"{label}-xapian-1")
    ix = open_index(whoosh_dir)
    parser, columns = make_parser(ix.schema), ColumnCache()
    with ix.searcher() as searcher:
        result["mix"]["whoosh"] = mix(lambda r: run_search(searcher, parser, r, columns), QUERIES, runs)
    shards = Shards(local)
    result["mix"]["xapian, 1 local shard"] = mix(lambda r: View(shards).search(r), QUERIES, runs)
    result["bare"]["xapian, 1 local shard"] = mix(lambda r: bare(shards, r), QUERIES, runs)
    result["alone"]["xapian, 1 local shard"] = alone(shards, QUERIES, runs)
    result["floor"] = floor(local[0], runs) | write_floor(batch, work / f"{label}-floor")
    with servers(work / f"{label}-remote", 2) as remote:
        result["build"]["xapian, 2 remote shards"] = write_xapian(batch, remote)
        result["size"]["xapian, 2 remote shards"] = size_mb(work / f"{label}-remote")
        shards = Shards(remote)
        result["mix"]["xapian, 2 remote shards"] = mix(lambda r: View(shards).search(r), QUERIES, runs)
        result["bare"]["xapian, 2 remote shards"] = mix(lambda r: bare(shards, r), QUERIES, runs)
        result["alone"]["xapian, 2 remote shards"] = alone(shards, QUERIES, runs)
        result["server MB"] = sum(group_rss_mb(p) for p in server_pids(remote))
    return result


def server_pids(addresses: list[Address]) -> list[int]:
    """Return the process groups of the tcpsrv serving these ports."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().split(b"\0")
        except OSError:
            continue
        if args and args[0].endswith(b"xapian-tcpsrv"):
            ports = {str(a.port).encode() for a in addresses}
            if any(arg in ports for arg in args):
                found.append(int(cmdline.parent.name))
    return found


def floor(address: Address, runs: int) -> dict:
    """Time what Xapian itself costs, whatever the client: per match, per facet slot, one term.

    Every paragraph is matched (no weights), first bare, then with a ValueCountMatchSpy on
    each filled facet slot; and one term's first ten hits ranked, as tantivy's single term.
    """
    db = xapian.Database(str(address.path))
    every = xapian.Query(xapian.Query.OP_AND_NOT, xapian.Query(KIND + PARAGRAPH), xapian.Query(TWIN_LATER))
    filled = [slot for slot in sorted(set(SLOTS.values())) if db.get_value_freq(slot)]

    def walk(slots: list[int]) -> tuple[float, int]:
        enquire = xapian.Enquire(db)
        enquire.set_query(every)
        enquire.set_weighting_scheme(xapian.BoolWeight())
        spies = [xapian.ValueCountMatchSpy(slot) for slot in slots]
        for spy in spies:
            enquire.add_matchspy(spy)
        best, matches = float("inf"), 0
        for _ in range(3):
            started = time.perf_counter()
            matches = enquire.get_mset(0, 0, db.get_doccount()).get_matches_estimated()
            best = min(best, time.perf_counter() - started)
        return best, matches

    bare_s, matches = walk([])
    spied_s, _ = walk(filled)
    enquire = xapian.Enquire(db)
    single = next(q for kind, q, _ in bench_module().QUERIES if kind == "single term")
    enquire.set_query(xapian.Query(words_and_stems(single)[0][1]))
    term = bench_module().timed(lambda: enquire.get_mset(0, 10), runs)
    return {
        "every facet ms": spied_s * 1000,
        "matches": matches,
        "slots": len(filled),
        "walk us": bare_s / max(matches, 1) * 1e6,
        "spy us": (spied_s - bare_s) / max(matches, 1) / max(len(filled), 1) * 1e6,
        "one term": term,
    }


def write_floor(batch, work: Path, paragraphs: int = 20_000) -> dict:
    """Time Xapian's own indexing (add_document and commit) against the whole writer, per paragraph.

    On the first `paragraphs` of the batch: their documents are made first, then added to
    a fresh database, the clock running only over Xapian's calls; the writer is timed on
    the same share, from stored fields to commit.
    """
    share, count = [], 0
    for item in batch:
        share.append(item)
        count += len(item[1])
        if count >= paragraphs:
            break
    documents = [
        paragraph_document(stored, {name: stored.get(name) for name in MULTI_VALUED}, False)
        for _, items in share
        for stored in items
    ]
    work.mkdir(parents=True, exist_ok=True)
    db = xapian.WritableDatabase(str(work / "alone"), xapian.DB_CREATE_OR_OPEN)
    started = time.perf_counter()
    for document in documents:
        db.add_document(document)
    db.commit()
    alone_s = time.perf_counter() - started
    db.close()
    whole_s = write_xapian(share, [Address(path=work / "writer")])
    return {"add us": alone_s / count * 1e6, "write us": whole_s / count * 1e6, "sampled": count}


def bare(shards: Shards, request) -> None:
    """Run a request's text query alone: one page of hits ranked, no facets, no excerpts."""
    view = View(shards)
    plan = _Plan(view, request)
    plan.page(0, request.page * request.per_page, plan.final)


def alone(shards: Shards, queries, runs: int) -> dict[str, tuple[float, float]]:
    """Time Xapian alone on each query: its page of hits from a query built beforehand.

    tantivy's figures are timed so (its query parsed before the clock starts); "bare" adds
    what dossier does first: parsing, expanding, translating, weighing.
    """
    dossier_request, timed = bench_module().dossier_request, bench_module().timed
    view, timings = View(shards), {}
    for kind, q, extra in queries:
        request = dossier_request(q, extra)
        plan, wanted = _Plan(view, request), request.page * request.per_page
        timings[kind] = timed(lambda plan=plan, wanted=wanted: plan.page(0, wanted, plan.final), runs)
    return timings


#: The mix's queries that match a large part of the corpus: where facet counting costs most.
BROAD = ("browse, all facets", "page 5, common term", "short prefix (bounded)")


def report(results: dict, tantivy: dict | None = None) -> list[tuple[str, bool]]:
    """Print the tables and return the targets with PASS or FAIL."""
    print(flush=True)
    print("\n| corpus | engine | build s, without enrichment | paragraphs/s | index MB |")
    print("|---|---|---|---|---|")
    for label, r in results.items():
        for engine, seconds in r["build"].items():
            size = r["size"].get(engine, float("nan"))
            print(f"| {label} | {engine} | {seconds:.1f} | {r['paragraphs'] / seconds:,.0f} | {size:.1f} |")
    print(
        "\n| corpus | engine | mix with facets p50 / p95 ms (median / worst) | bare text p95 ms (worst) "
        "| Xapian alone p95 ms (worst) |"
    )
    print("|---|---|---|---|---|")
    for label, r in results.items():
        for engine, times in r["mix"].items():
            p50 = statistics.median(t[0] for t in times.values())
            p95 = max(t[1] for t in times.values())
            bare_times = r["bare"].get(engine)
            worst_bare = f"{max(t[1] for t in bare_times.values()):.1f}" if bare_times else ""
            alone_times = r.get("alone", {}).get(engine)
            worst_alone = f"{max(t[1] for t in alone_times.values()):.1f}" if alone_times else ""
            print(f"| {label} | {engine} | {p50:.1f} / {p95:.1f} | {worst_bare} | {worst_alone} |")
        if "server MB" in r:
            print(f"| {label} | two tcpsrv, resident memory | {r['server MB']:.0f} MB | | |")
        if "floor" in r:
            f = r["floor"]
            print(
                f"| {label} | Xapian alone, local shard: {f['walk us']:.2f} µs per match walked, "
                f"{f['spy us']:.2f} µs per match per facet slot ({f['slots']} slots), every facet "
                f"over all {f['matches']:,} paragraphs {f['every facet ms']:,.0f} ms; one term's "
                f"ten hits {f['one term'][0]:.2f} / {f['one term'][1]:.2f} ms | | |"
            )
            if "add us" in f:
                print(
                    f"| {label} | Xapian's own indexing, {f['sampled']:,} paragraphs, one process: "
                    f"{f['add us']:,.0f} µs a paragraph (add_document, commit); the whole writer "
                    f"{f['write us']:,.0f} µs | | |"
                )
    for label, r in results.items():
        engines = list(r["mix"])
        print(f"\n{label}: p95 ms of each query with facets")
        print(f"| query | {' | '.join(engines)} |")
        print(f"|---|{'---|' * len(engines)}")
        for kind in r["mix"][engines[0]]:
            cells = " | ".join(f"{r['mix'][engine][kind][1]:,.1f}" for engine in engines)
            print(f"| {kind} | {cells} |")
    sys.stdout.flush()
    targets = []
    scale = next((r for label, r in results.items() if label.startswith("scale")), None)
    if scale:
        one, two = "xapian, 1 local shard", "xapian, 2 remote shards"
        for engine in (one, two):
            p95 = max(t[1] for t in scale["mix"][engine].values())
            text = f"scale: {engine}: p95 of the mix with facets <= 100 ms ({p95:.1f} ms)"
            targets.append((text, p95 <= 100))
            speed = scale["build"]["whoosh"] / scale["build"][engine]
            targets.append((f"scale: {engine}: build >= 10x faster than Whoosh ({speed:.1f}x)", speed >= 10))
        # The measures proposed where the cannot be met on these machines (README).
        speedup = scale["build"][one] / scale["build"][two]
        text = f"proposed: scale: two shards written at once >= 1.6x faster than one ({speedup:.2f}x)"
        targets.append((text, speedup >= 1.6))
        for kind in BROAD:
            ratio = scale["mix"][one][kind][1] / scale["mix"][two][kind][1]
            text = f"proposed: scale: {kind}: p95 on two shards >= 1.6x faster than on one ({ratio:.2f}x)"
            targets.append((text, ratio >= 1.6))
        for engine in (one, two):
            # What dossier adds before Xapian runs: parsing, expanding patterns, translating.
            bare_t, alone_t = scale["bare"][engine], scale["alone"][engine]
            added, kind = max((bare_t[kind][1] - alone_t[kind][1], kind) for kind in bare_t)
            text = (
                f"proposed: scale: {engine}: bare p95 at most 50 ms over Xapian alone "
                f"(worst {added:.1f} ms, {kind})"
            )
            targets.append((text, added <= 50))
    if tantivy and "large" in results:
        for engine, times in results["large"]["bare"].items():
            worst = max(times[kind][1] / max(tantivy[kind][1], 0.01) for kind in tantivy)
            text = f"large: {engine}: bare text p95 within 3x of tantivy (worst {worst:.1f}x)"
            targets.append((text, worst <= 3))
            engine_alone = results["large"]["alone"][engine]
            ratio = max(engine_alone[kind][1] / max(tantivy[kind][1], 0.01) for kind in tantivy)
            print(f"large: {engine}: Xapian alone, p95 against tantivy's: worst {ratio:.1f}x")
    return targets


def measure_all(indexes: dict[str, Path], work: Path, paragraphs: int, tantivy: dict | None = None) -> int:
    """Measure BBC and large from their dossier indexes, then the scale corpus made from large.

    Each corpus's tables are printed as soon as it is measured: a long run cut short keeps them.
    """
    results = {}
    for label, path in indexes.items():
        results[label] = measure(label, path, work)
        report({label: results[label]})
    with open_index(indexes["large"]).searcher() as searcher:
        batch = scale_batch(stored_batch(searcher), paragraphs)
    total = sum(len(p) for _, p in batch)
    label = f"scale ({total:,} paragraphs)"
    results[label] = measure("scale", indexes["large"], work, runs=10, batch=batch)
    del batch
    targets = report(results, tantivy)
    print()
    for text, ok in targets:
        print(f"{'PASS' if ok else 'FAIL'}  {text}")
    return 0 if all(ok for _, ok in targets) else 1


def main() -> int:
    large_corpus = bench_module().large_corpus
    paragraphs = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    with tempfile.TemporaryDirectory(prefix="dossier-shards-") as tmp:
        work = Path(tmp)
        indexes = {"bbc": work / "bbc-index", "large": work / "large-index"}
        build_index(ROOT.parent / "shared" / "corpora" / "bbc", indexes["bbc"])
        build_index(large_corpus(work), indexes["large"])
        return measure_all(indexes, work, paragraphs)


if __name__ == "__main__":
    sys.exit(main())
