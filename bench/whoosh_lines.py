"""Compare Whoosh lines: import warnings, build and query speed on a corpus's paragraphs.

Run with the interpreter of a virtual environment holding one Whoosh line:
    python bench/whoosh_lines.py ../shared/corpora/bbc
It uses only `import whoosh`, so each line runs the same code.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path


def paragraphs(root: Path) -> list[tuple[str, str]]:
    """Return (id, text) for every blank-line paragraph of every .txt file under root."""
    found = []
    for path in sorted(root.rglob("*.txt")):
        text = path.read_bytes().decode("utf-8", errors="replace")
        for n, block in enumerate(b for b in text.split("\n\n") if b.strip()):
            found.append((f"{path.relative_to(root)}#p{n + 1}", block.strip()))
    return found


def main(root: Path) -> None:
    """Print the import warnings, build time and query p50 for the installed line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        import whoosh
        from whoosh import fields, highlight, index, qparser, query, sorting, spelling  # noqa: F401
        from whoosh.analysis import StemmingAnalyzer
    version = ".".join(map(str, whoosh.__version__))
    schema = fields.Schema(
        id=fields.ID(stored=True, unique=True),
        text=fields.TEXT(analyzer=StemmingAnalyzer(stoplist=None), stored=True, phrase=True),
    )
    docs = paragraphs(root)
    with tempfile.TemporaryDirectory() as tmp:
        ix = index.create_in(tmp, schema)
        started = time.perf_counter()
        writer = ix.writer(limitmb=256)
        for doc_id, text in docs:
            writer.add_document(id=doc_id, text=text)
        writer.commit()
        build = time.perf_counter() - started
        parser = qparser.QueryParser("text", ix.schema)
        timings = {}
        with ix.searcher() as searcher:
            for q in ["government", "prime minister", '"interest rates"', "econom*", "elction~"]:
                parsed = parser.parse(q)
                runs = []
                for _ in range(30):
                    t = time.perf_counter()
                    results = searcher.search(parsed, limit=10)
                    len(results)
                    runs.append((time.perf_counter() - t) * 1000)
                timings[q] = statistics.median(runs)
    print(f"whoosh {version}: {len(caught)} import warnings; {len(docs)} paragraphs built in {build:.1f} s")
    for q, ms in timings.items():
        print(f"  {q:<20} p50 {ms:6.2f} ms")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
