"""Measure what fine-tuning the model's NER on GUM's open genres gains there and costs on news.

Usage: python bench/train_ner.py GITDIR [--epochs N] [--freeze] [--out DIR]

GITDIR is a git directory of github.com/amir-zeldes/gum (the search tool's `fetch`). The
names come from GUM's expert entity labels, mapped to name extents by the development
set's own builder (../shared/gold/gum/build_dev.py): people, organisations and places that
a line names by a proper noun. Only genres whose text and labels allow it are read (CC BY,
CC BY-SA, public domain; never news, which is held out, nor the non-commercial genres), and
of the development set's genres only the tuned part: the quarter `make eval` keeps aside is
never trained on. The run is deterministic (fixed seed, fixed order). It prints `make
eval`'s figures for names and speakers with the model as released, then fine-tuned: what
GUM's genres gain and what news loses (README, "Who").
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import eval as measure  # noqa: E402  (bench/eval.py, beside this file)

from index.who.ner import MODEL, SKIPPED, _model  # noqa: E402

BUILDER = ROOT.parent / "shared" / "gold" / "gum" / "build_dev.py"
#: The commit the development set is built from.
REV = "72ce5ac14978a324c2fd18d49484e65292cbe316"
#: Genres the development set holds (only their tuned part is read) and open genres it does not.
DEV_GENRES = ("interview", "bio", "speech", "court", "voyage", "academic", "textbook")
EXTRA_GENRES = ("conversation", "vlog")
LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE"}


def builder():
    """Load the development set's own builder, whose mapping of GUM's labels to names is the gold's."""
    spec = importlib.util.spec_from_file_location("gum_build_dev", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def documents(gitdir: str) -> list[tuple[str, list[str], list[list[tuple[int, int, str]]]]]:
    """Return (document, lines, names per line as character spans and labels) to train on."""
    gum = builder()
    source = gum.Source(gitdir, REV)
    wanted = []
    for path in source.list("dep"):
        name = Path(path).stem
        genre = name.split("_")[1] if name.startswith("GUM_") else ""
        if genre in EXTRA_GENRES or (genre in DEV_GENRES and not measure.kept_aside(f"{name}.txt")):
            wanted.append(path)
    result = []
    for path, text in source.read_many(wanted).items():
        doc = gum.process_doc(gum.parse_conllu(text))
        spans: list[list[tuple[int, int, str]]] = [[] for _ in doc["lines"]]
        for entity in doc["ents"]:
            label = "NORP" if entity["group"] else LABELS[entity["type"]]
            for m in entity["ments"]:
                if m["name"] and not m.get("embedded_in"):
                    toks = m["name_span"]
                    spans[m["line"]].append((toks[0]["cs"], toks[-1]["ce"], label))
        result.append((Path(path).stem, doc["lines"], spans))
    return result


def examples(nlp, docs):
    """Turn lines and their names into spaCy training examples; every other token is no name."""
    from spacy.training import Example

    out = []
    for _, lines, spans in docs:
        for line, names in zip(lines, spans, strict=True):
            if not line.strip():
                continue
            reference = nlp.make_doc(line)
            chosen, taken = [], set()
            for start, end, label in sorted(names, key=lambda s: s[0] - s[1]):  # longest first
                span = reference.char_span(start, end, label=label, alignment_mode="expand")
                if span is not None and not taken & set(range(span.start, span.end)):
                    chosen.append(span)
                    taken |= set(range(span.start, span.end))
            reference.set_ents(chosen, default="outside")
            out.append(Example(nlp.make_doc(line), reference))
    return out


def train(gitdir: str, epochs: int, dropout: float, freeze: bool):
    """Return the model's entity recogniser fine-tuned on GUM's open genres."""
    import spacy
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(0)
    nlp = spacy.load(MODEL, exclude=SKIPPED)
    docs = documents(gitdir)
    train = examples(nlp, docs)
    print(f"{len(docs)} documents, {len(train)} lines, {sum(len(e.reference.ents) for e in train)} names")
    optimizer = nlp.resume_training()
    frozen = []
    if freeze:
        # Only the layers above the token vectors learn GUM's names; the vectors keep what
        # OntoNotes' news taught them.
        tok2vec = nlp.get_pipe("ner").model.get_ref("tok2vec")
        frozen = [
            (node, name) for node in tok2vec.walk() for name in node.param_names if node.has_param(name)
        ]
    saved = [node.get_param(name).copy() for node, name in frozen]
    rng = random.Random(0)
    for epoch in range(epochs):
        rng.shuffle(train)
        losses: dict[str, float] = {}
        for batch in minibatch(train, size=16):
            nlp.update(batch, drop=dropout, sgd=optimizer, losses=losses)
            for (node, name), value in zip(frozen, saved, strict=True):
                node.set_param(name, value.copy())
        print(f"epoch {epoch + 1}: loss {losses['ner']:.1f}", flush=True)
    return nlp.get_pipe("ner")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gitdir")
    parser.add_argument("--out", type=Path, help="also write the weights here")
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--freeze", action="store_true", help="keep the token vectors as trained on news")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="dossier-ner-") as tmp:
        print("== the model as released")
        measure.who(Path(tmp) / "stock", "spacy")
        ner = train(args.gitdir, args.epochs, args.dropout, args.freeze)
        if args.out:
            ner.to_disk(args.out)
        # The tuned weights replace the loaded model's; index workers fork from this process.
        _model().get_pipe("ner").from_bytes(ner.to_bytes())
        frozen = ", token vectors frozen" if args.freeze else ""
        print(f"\n== the model fine-tuned on GUM ({args.epochs} epochs{frozen})")
        measure.who(Path(tmp) / "tuned", "spacy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
