"""Build a names development set from CoNLL-2003's English news (Reuters, August-December 1996).

CoNLL-2003 labels every person, organisation and location in 1,393 Reuters stories by hand
(Tjong Kim Sang and De Meulder 2003). Its text is Reuters': measured here, never
committed, and nothing derived from it ships. This script turns one split into the
record shape of ../shared/gold/gum: a text file per story, a paragraph per sentence, and
per paragraph the people, organisations and places it names.

The labels have no coreference, so the fullest name in the story stands in for it: a name
is also accepted as any longer name of the same kind in the story that holds it whole
("Clinton" as "Bill Clinton"; "Boatmen" as "Boatmen's Bancshares Inc.", the labels leaving
a possessive out), a body as its initials where the story spells both, and a name and the
one the story puts after it in brackets ("Kurdistan Democratic Party (KDP)") are one name;
a royal is also accepted with the title the story writes before her name and the labels
leave out ("Diana" as "Princess Diana"). When the set is scored, `tabled` adds what the
tables merge at that time: a place's other names in the place table the issue asks for
("U.S." as "United States", "Minn" as "Minnesota", "OH" as "Ohio"), a body's in the table
of recurring bodies ("U.N." as "United Nations"), and a town the labels put in its state
with a comma as the one place both name ("MINNETONKA, Minn." as "Minnetonka Minnesota", as
GUM's labels name it). Spellings that differ only in a final full stop ("Corp.") or in
"-isation" and "-ization" are one name. Labels of MISC (nationalities, events, works) are
not scored; a name one joins to a participle ("Toronto-based", "U.S.-led") is optional in
each facet, since GUM's labels give the name inside its kind ("New York-born"). A place or
a person (of two words or more) named inside another name is optional in its facet: flat
labels cannot mark it, GUM's do ("Chicago" of "University of Chicago", where the split
labels "Chicago" a place elsewhere). Each record
says its story's desk: "sport" (results tables, clubs named by their towns) or "news".

    fetch github:allanj/StatNLP-Projects    # the data sits in commit 21ecd81
    python bench/conll.py GITDIR --split testa --out instance/dev/conll-a
    python bench/conll.py GITDIR --split testb --out instance/dev/conll-b
    python bench/conll.py GITDIR --split train --out instance/dev/conll-t

CleanCoNLL (Rücker and Akbik 2023) labels testa and testb again, by hand and with the
Wikipedia links of AIDA, about 7% of CoNLL-2003's labels changed: label errors mended and
one convention throughout (a country's side in sport is a body, as its club is; so are an
airport and a prison). It ships its labels with the words masked and a patch that turns the
original's words into its own (words a hyphen joined, split; sentences the original broke,
joined); the builder applies both to the split:

    fetch github:flairNLP/CleanCoNLL    # the labels sit in commit bedc569
    python bench/conll.py GITDIR --split testa-clean --labels CLEANCONLL_GITDIR --out instance/dev/conll-ac
    python bench/conll.py GITDIR --split testb-clean --labels CLEANCONLL_GITDIR --out instance/dev/conll-bc

CoNLL++ (Liu and Ritter 2023) labels 131 Reuters stories of December 2020 the same way:
news a generation later, with its own conventions ("PARIS (Reuters) -", curly quotes,
photo captions and "Reporting by" lines). It is read the same way, from its own repository:

    fetch github:ShuhengL/acl2023_conllpp    # the data sits in commit 0c42d63
    python bench/conll.py GITDIR --split conllpp --out instance/dev/conll-pp
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
from pathlib import Path

#: Where each split's data sits: (commit, path) in allanj/StatNLP-Projects (a later commit
#: removed the data) or, for CoNLL++, in ShuhengL/acl2023_conllpp.
SPLITS = {
    **{split: ("21ecd81", f"data/conll2003/eng.{split}") for split in ("train", "testa", "testb")},
    "conllpp": ("0c42d63", "dataset/conllpp.txt"),
}
#: Each split CleanCoNLL relabels: the original split, and its commit, labels (their words
#: masked) and patch from the original's words to its own in flairNLP/CleanCoNLL.
RELABELLED = {
    f"{split}-clean": (
        split,
        "bedc569",
        f"data/cleanconll_annotations/cleanconll_annotations.{part}",
        f"data/patch_files/{part}_tokens.patch",
    )
    for split, part in (("testa", "dev"), ("testb", "test"))
}
#: A normal diff's hunk: the original's first and last lines, then what is done ("1132c1132,1134").
_HUNK = re.compile(r"(\d+)(?:,(\d+))?([acd])\d+(?:,\d+)?")
FIELDS = {"PER": "people", "ORG": "organisations", "LOC": "places"}
#: Compass points, which open names ("South African Airways") and stand for places alone ("the South").
COMPASS = frozenset({"North", "South", "East", "West", "NORTH", "SOUTH", "EAST", "WEST"})
#: A possessive's ending, which a labelled name drops: "Moody's" is also "Moody".
POSSESSIVE = re.compile(r"['’]s$")
DATA = Path(__file__).resolve().parent.parent / "index" / "data"
#: Sports as a wire's slug names them.
SPORTS = (
    "SOCCER|CRICKET|BASEBALL|TENNIS|RUGBY|BOXING|GOLF|NHL|NBA|NFL|BASKETBALL|SQUASH|ATHLETICS|CYCLING"
    "|BADMINTON|MOTOR|HORSE|ALPINE|SKIING|SWIMMING|ROWING|SAILING|YACHTING|ICE HOCKEY|AMERICAN FOOTBALL"
    "|FOOTBALL|HOCKEY|SKATING|BOBSLEIGH|LUGE|BIATHLON|VOLLEYBALL|HANDBALL|SNOOKER|DARTS|JUDO|WRESTLING"
    "|GYMNASTICS|TRIATHLON|WEIGHTLIFTING|FENCING|OLYMPICS|MOTORCYCLING|CANOEING|EQUESTRIANISM|SPEEDWAY"
)
#: A sports desk's headline opens with its sport ("SOCCER - JAPAN GET LUCKY WIN"), perhaps after
#: the discipline's words ("NORDIC SKIING - ", "SPEED SKATING - "): results tables and clubs named
#: by their towns, scored apart from the rest of the news.
SPORT = re.compile(rf"(?:{SPORTS})\b|(?:[A-Z]+ ){{1,2}}(?:{SPORTS}) -")
#: Titles the labels leave outside a royal's name, which a system may keep: "Princess Diana".
ROYAL_TITLES = frozenset("King Queen Prince Princess Emperor Empress".split())
TABLES = {"places": DATA / "place-names.json", "organisations": DATA / "organisations.json"}


def patched(lines: list[str], patch: str) -> list[str]:
    """Return lines with a normal diff applied; a line the diff removes must be as it says."""
    out: list[str] = []
    at = 0  # how many of the original's lines are used
    rows = patch.split("\n")
    k = 0
    while k < len(rows):
        hunk = _HUNK.fullmatch(rows[k])
        k += 1
        if hunk is None:
            continue
        first, last, what = int(hunk[1]), int(hunk[2] or hunk[1]), hunk[3]
        keep = first if what == "a" else first - 1
        out += lines[at:keep]
        at = keep
        removed, added = [], []
        while k < len(rows) and rows[k].startswith("<"):
            removed.append(rows[k][2:])
            k += 1
        if k < len(rows) and rows[k] == "---":
            k += 1
        while k < len(rows) and rows[k].startswith(">"):
            added.append(rows[k][2:])
            k += 1
        if what != "a":
            if lines[at:last] != removed:
                raise ValueError(f"the patch does not fit line {first}: {lines[at:last]} != {removed}")
            at = last
        out += added
    return out + lines[at:]


def relabelled(original: str, labels: str, patch: str) -> str:
    """Return a split in CoNLL's columns with CleanCoNLL's words and labels.

    The original's words, one a line as CleanCoNLL's patch reads them (a document's mark
    first, the lines without their carriage returns), patched, beside its labels' columns.
    """
    lines = original.replace("\r", "").split("\n")
    if lines and not lines[-1]:
        lines.pop()
    # testb as StatNLP keeps it lost its first mark, which the patch counts; the mark goes
    # again after, so that the stories keep the original's numbers.
    unmarked = not lines[0].startswith("-DOCSTART-")
    if unmarked:
        lines = ["-DOCSTART- -X- -X- O", "", *lines]
    words = patched([line.split()[0] if line.split() else "" for line in lines], patch)
    rows = labels.split("\n")
    if rows and not rows[-1]:
        rows.pop()
    if len(words) != len(rows):
        raise ValueError(f"{len(words)} words against {len(rows)} labels: another version of the split")
    merged = [
        " ".join([word, *row.split("\t")[1:]]) if word else "" for word, row in zip(words, rows, strict=True)
    ]
    return "\n".join(merged[2:] if unmarked else merged) + "\n"


def sentences(text: str) -> list[list[tuple[str, str]]]:
    """Split CoNLL lines into documents' sentences; a None sentence opens a document."""
    out: list = []
    current: list[tuple[str, str]] = []
    for line in text.split("\n"):
        parts = line.split()
        if not parts:
            if current:
                out.append(current)
            current = []
        elif parts[0] == "-DOCSTART-":
            out.append(None)
        else:
            current.append((parts[0], parts[-1]))
    if current:
        out.append(current)
    return out


def spans(sentence: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Return (first, last + 1, type) for each labelled name; IOB1 and IOB2 both read."""
    found: list[tuple[int, int, str]] = []
    for n, (_, tag) in enumerate(sentence):
        if tag == "O":
            continue
        mark, kind = tag.split("-", 1)
        if found and found[-1][1] == n and found[-1][2] == kind and mark == "I":
            found[-1] = (found[-1][0], n + 1, kind)
        else:
            found.append((n, n + 1, kind))
    return found


def detokenised(tokens: list[str]) -> tuple[str, list[int]]:
    """Join tokens as a writer would, returning the text and each token's offset."""
    text, offsets, quotes = "", [], 0
    for n, token in enumerate(tokens):
        glued = token in {",", ".", ":", ";", "?", "!", ")", "%", "”", "n't", "n’t"} or token.startswith(
            ("'", "’")
        )
        if token == '"':
            quotes += 1
            glued = quotes % 2 == 0
        after_open = n and (
            tokens[n - 1] in {"(", "$", "“", "‘"} or (tokens[n - 1] == '"' and quotes % 2 == 1)
        )
        if text and not glued and not after_open:
            text += " "
        offsets.append(len(text))
        text += token
    return text, offsets


def _initials(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


def bracketed(sentence: list[tuple[str, str]], found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Return pairs of spans (by index in found) where the second is the first's name in brackets."""
    tokens = [token for token, _ in sentence]
    pairs = []
    for n in range(len(found) - 1):
        (_, end, kind), (start, stop, other) = found[n], found[n + 1]
        if (
            kind == other
            and start == end + 1
            and tokens[end] == "("
            and stop < len(tokens)
            and tokens[stop] == ")"
        ):
            pairs.append((n, n + 1))
    return pairs


def placed_in(sentence: list[tuple[str, str]], found: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Return pairs of place spans (by index in found) where a comma alone puts the first in the second.

    "MINNETONKA , Minn.", "Sandusky , Ohio": a town and its state, which the labels give
    apart and a system may name as one place.
    """
    tokens = [token for token, _ in sentence]
    return [
        (n, n + 1)
        for n in range(len(found) - 1)
        if found[n][2] == found[n + 1][2] == "LOC"
        and found[n + 1][0] == found[n][1] + 1
        and tokens[found[n][1]] == ","
    ]


def spellings(name: str) -> list[str]:
    """Return the other spellings of a name that are the same name."""
    out = {name.rstrip(".")}
    if re.search(r"\b[A-Z][a-z]{1,3}$", name):
        out.add(name + ".")  # an abbreviation's stop, which the data gives the sentence ("Lear Corp.")
    out |= {re.sub("is(ation|e)", r"iz\1", name), re.sub("iz(ation|e)", r"is\1", name)}
    return sorted(out - {name})


def hyphened(misc: str) -> str | None:
    """Return the name a label of MISC joins to a participle by a hyphen, or None: "U.S." of "U.S.-led"."""
    joined = re.fullmatch(r"([A-Z][\w.' ]*?)-[a-z]+", misc)
    return joined[1] if joined else None


def runs_inside(name: str) -> list[str]:
    """Return the runs of a name's words shorter than it: "New", "New York" ... of "New York Times"."""
    words = name.split()
    return [
        POSSESSIVE.sub("", " ".join(words[first:last]))
        for first in range(len(words))
        for last in range(first + 1, len(words) + 1)
        if last - first < len(words)
    ]


def written_names(line: str, offsets: list[int], tokens: list[str], labelled: list) -> list[str]:
    """Return each labelled name as the detokenised line writes it."""
    return [line[offsets[first] : offsets[last - 1] + len(tokens[last - 1])] for first, last, _ in labelled]


def _labelled(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return each labelled name of a sentence as written, its possessive dropped, with its type."""
    tokens = [token for token, _ in sentence]
    labelled = spans(sentence)
    names = written_names(*detokenised(tokens), tokens, labelled)
    return [(POSSESSIVE.sub("", name), kind) for name, (_, _, kind) in zip(names, labelled, strict=True)]


def accepted(mention: str, every: set[str], same: dict) -> list[str]:
    """Return the other names a system may give for a mention: fuller, bracketed, respelled."""
    others = {
        other
        for other in every
        # The labels leave a possessive out ("Boatmen" of "Boatmen's"), a firm's name keeps it;
        # a surname, the Arabic article ("Kabariti" of "Abdul-Karim al-Kabariti").
        if other != mention
        and re.search(rf"(^| )([ae]l-)?{re.escape(mention)}(['’]s)?( |$)", other, re.IGNORECASE)
    }
    others |= same.get(mention, set())
    if len(mention) > 1 and mention.isupper():
        others |= {other for other in every if _initials(other) == mention}
    others |= {spelling for other in [mention, *others] for spelling in spellings(other)}
    return sorted(others - {mention})


def build(text: str, out: Path, prefix: str) -> int:
    """Write the split's stories and gold records under out; return the number of stories."""
    corpus = out / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    # Sentences before the split's first mark are a story too, numbered 0: train and testb as
    # StatNLP keeps them lost the first mark, and the stories after it keep their numbers.
    stories: list[list] = [[]]
    for sentence in sentences(text):
        if sentence is None:
            stories.append([])
        else:
            stories[-1].append(sentence)
    # Every name the labels call a place or a person somewhere in the split: a run of another
    # name's words that is one of these is named inside it ("Pittsburgh" of "Pittsburgh
    # Pirates", "George Washington" of "George Washington Bridge").
    named = {"LOC": set(), "PER": set()}
    for story in stories:
        for sentence in story:
            for mention, kind in _labelled(sentence):
                if kind in named and (kind == "LOC" or " " in mention):
                    named[kind].add(mention)
    named["LOC"] -= COMPASS
    records = []
    for number, story in enumerate(stories):
        if not story:
            continue  # no sentence before the first mark
        name = f"{prefix}-{number:04}.txt"
        lines, names, same, placings, titled = [], [], {}, [], set()
        for sentence in story:
            tokens = [token for token, _ in sentence]
            line, offsets = detokenised(tokens)
            found = {field: [] for field in FIELDS.values()}
            labelled = spans(sentence)
            written = written_names(line, offsets, tokens, labelled)
            mentions = [POSSESSIVE.sub("", mention) for mention in written]
            # A label that holds the possessive may be the name's own ("Moody's", "Sotheby's"):
            # the name is accepted as written too.
            for mention, whole in zip(mentions, written, strict=True):
                if whole != mention:
                    same.setdefault(mention, set()).add(whole)
            titled |= {
                f"{tokens[first - 1]} {mentions[n]}"
                for n, (first, _, kind) in enumerate(labelled)
                if kind == "PER" and first and tokens[first - 1] in ROYAL_TITLES
            }
            inside = set()
            placings.append([[mentions[a], mentions[b]] for a, b in placed_in(sentence, labelled)])
            for a, b in bracketed(sentence, labelled):
                same.setdefault(mentions[a], set()).add(mentions[b])
                same.setdefault(mentions[b], set()).add(mentions[a])
                inside.add(b)
            for n, (_, _, kind) in enumerate(labelled):
                if kind in FIELDS and n not in inside and mentions[n] not in found[FIELDS[kind]]:
                    found[FIELDS[kind]].append(mentions[n])
            # The labels call a name joined to a participle by a hyphen MISC ("Toronto-based",
            # "U.S.-led", "New York-born"), where GUM's, the issue's, label the name inside by its
            # kind: a system that finds it there is not wrong, whatever kind it gives it.
            untyped = [hyphened(written[n]) for n, (_, _, kind) in enumerate(labelled) if kind == "MISC"]
            optional = {
                field: [name for name in untyped if name and name not in found[field]]
                for field in FIELDS.values()
            }
            # The labels are flat: a place or a person inside another name ("Chicago" of
            # "University of Chicago", "France" of "Air France") cannot be labelled, where GUM's,
            # the issue's, label it (the held-out build requires it). A system that names it is
            # not wrong.
            for mention, (_, _, kind) in zip(mentions, labelled, strict=True):
                for inner, names_of_kind in named.items():
                    field = FIELDS[inner]
                    for run in runs_inside(mention) if kind != inner else ():
                        if run in names_of_kind and run not in found[field] + optional[field]:
                            optional[field].append(run)
            lines.append(line)
            names.append((found, optional))
        every = {field: {n for found, _ in names for n in found[field]} for field in FIELDS.values()}
        # A royal's title, which the labels leave out, names her as much: "Princess Diana".
        every["people"] |= titled
        line_number = 1
        desk = "sport" if lines and SPORT.match(lines[0]) else "news"
        for (found, optional), placed in zip(names, placings, strict=True):
            alternatives = {}
            for field, mentions in found.items():
                for mention in mentions + optional[field]:
                    others = accepted(mention, every[field], same)
                    if others:
                        alternatives[mention] = others
            records.append(
                {
                    "file": name,
                    "line": line_number,
                    **found,
                    **{f"optional_{field}": optional[field] for field in FIELDS.values()},
                    "alternatives": alternatives,
                    "placed": placed,
                    "desk": desk,
                }
            )
            line_number += 2
        (corpus / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    (out / "gold.json").write_text(json.dumps(records, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    return sum(1 for story in stories if story)


def tabled(records: list[dict]) -> list[dict]:
    """Return records whose places and bodies also accept the names the tables give them now.

    A town the labels put in its state with a comma alone is also accepted as the one place
    both name ("MINNETONKA, Minn." as "Minnetonka Minnesota"), the state as the tables name it.
    """
    for field, path in TABLES.items():
        canonical_of: dict[str, list[str]] = {}
        for canonical, forms in json.loads(path.read_text(encoding="utf-8")).items():
            if not canonical.startswith("_"):
                for form in forms:
                    canonical_of.setdefault(form.casefold(), []).append(canonical)
        if field == "places":
            for line in (DATA / "state-codes.txt").read_text(encoding="utf-8").splitlines():
                if line and not line.startswith("#"):
                    code, state = line.split(" ", 1)
                    canonical_of.setdefault(code.casefold(), []).append(state)
        for record in records:
            for name in record[field] + record[f"optional_{field}"]:
                named = _in_tables(name, canonical_of)
                if named:
                    known = record["alternatives"].setdefault(name, [])
                    known += [c for c in named for c in [c, *spellings(c)] if c not in known]
            if field == "places":
                for town, state in record.get("placed", []):
                    known = record["alternatives"].setdefault(town, [])
                    joined = [f"{town} {s}" for s in [state, *_in_tables(state, canonical_of)]]
                    known += [j for j in joined if j not in known]
    return records


def _in_tables(name: str, canonical_of: dict[str, list[str]]) -> list[str]:
    """Return the names a table gives a name, its final stop as the sentence took it or not ("Minn")."""
    return [c for spelling in [name, *spellings(name)] for c in canonical_of.get(spelling.casefold(), [])]


def _shown(gitdir: Path, commit: str, path: str) -> str:
    """Return a file of a git directory at a commit."""
    return subprocess.run(
        ["git", "--git-dir", str(gitdir), "show", f"{commit}:{path}"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "gitdir",
        type=Path,
        help="git directory of allanj/StatNLP-Projects (for conllpp, ShuhengL/acl2023_conllpp)",
    )
    parser.add_argument("--split", choices=[*SPLITS, *RELABELLED], default="testa")
    parser.add_argument(
        "--labels", type=Path, help="git directory of flairNLP/CleanCoNLL (for testa-clean, testb-clean)"
    )
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    split, relabelling = args.split, RELABELLED.get(args.split)
    if relabelling:
        if args.labels is None:
            parser.error(f"--split {split} needs --labels, the git directory of flairNLP/CleanCoNLL")
        split, commit, labels, patch = relabelling
    text = _shown(args.gitdir, *SPLITS[split])
    if relabelling:
        text = relabelled(text, _shown(args.labels, commit, labels), _shown(args.labels, commit, patch))
    count = build(text, args.out, split)
    print(f"{count} stories into {args.out}")


if __name__ == "__main__":
    main()
