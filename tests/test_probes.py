"""Names a reporter on this beat meets, each in plain sentences of its own: found, and found whole."""

from pathlib import Path

import pytest

from index.enrich import enrich_sources

PROBES = Path(__file__).parent / "data" / "probes"

#: Each probe's facet and the sentences each name is written into, one source apiece.
FRAMES = {
    "bodies": (
        "organisations",
        [
            "On Monday the {} said it would act.",
            "A spokesman for the {} declined to comment.",
            "The report was sent to the {} last week.",
        ],
    ),
    "people": (
        "people",
        [
            "On Monday {} said it would act.",
            "The report was sent to {} last week.",
            "It was, {} added, a mistake.",
        ],
    ),
    "places": (
        "places",
        [
            "The inquiry in {} found failures.",
            "Police in {} said so.",
            "He moved to {} in 2019.",
        ],
    ),
}


def probe(name: str) -> list[tuple[str, str]]:
    """Return (name as written, facet value wanted) for each line of a probe file."""
    lines = (PROBES / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    rows = [line.split("|") for line in lines if line.strip() and not line.startswith("#")]
    return [(row[0], row[-1]) for row in rows]


@pytest.mark.parametrize("name", sorted(FRAMES))
def test_every_name_of_a_probe_is_its_facet_s_one_value_in_every_sentence(name):
    field, frames = FRAMES[name]
    rows = probe(name)
    jobs = [([frame.format(written)], ["body"], None) for written, _ in rows for frame in frames]
    found = [facts[0][field] for facts in enrich_sources(jobs)]
    missed = [
        (written, found[k * len(frames) + i])
        for k, (written, wanted) in enumerate(rows)
        for i in range(len(frames))
        if found[k * len(frames) + i] != [wanted]
    ]
    assert not missed, f"{len(missed)} of {len(jobs)} sentences: {missed[:10]}"
