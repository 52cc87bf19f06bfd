"""The Xapian engine over shards answers exactly as the Whoosh engine does, or says a shard is down."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest

from index import build_index
from index.store.shards import DATA_SLOT, parse_shards, shard_of
from web import create_app
from web.cli import main

from .conftest import CORPUS, SEEDS


class ShardServer:
    """A xapian-tcpsrv on loopback, in its own process group (it signals its whole group)."""

    def __init__(self, folder: Path, env: dict | None = None) -> None:
        self.folder = folder
        self.env = env
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.process: subprocess.Popen | None = None

    @property
    def address(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                "xapian-tcpsrv",
                "--writable",
                "--interface",
                "127.0.0.1",
                "--port",
                str(self.port),
                str(self.folder),
            ],
            start_new_session=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=None if self.env is None else os.environ | self.env,
        )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.05)
        raise RuntimeError(f"xapian-tcpsrv did not start on port {self.port}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(10)
        self.process = None


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """Start two shard servers per corpus as asked, and stop them all by process group after."""
    started: dict[str, list[ShardServer]] = {}

    def start(name: str) -> list[ShardServer]:
        if name not in started:
            root = tmp_path_factory.mktemp(f"servers-{name}")
            started[name] = [ShardServer(root / f"shard{n}") for n in range(2)]
            for server in started[name]:
                server.start()
        return started[name]

    yield start
    for group in started.values():
        for server in group:
            server.stop()


def sharded(tmp_path_factory, corpus: Path, servers, name: str) -> tuple[Path, str]:
    """Build an index of corpus with three shards: two servers of its own and a local folder."""
    root = tmp_path_factory.mktemp(name)
    shards = ",".join([*(server.address for server in servers(name)), str(root / "local")])
    build_index(corpus, root / "index", shards=parse_shards(shards))
    return root / "index", shards


@pytest.fixture(scope="module")
def data_shards(tmp_path_factory, servers):
    return sharded(tmp_path_factory, CORPUS, servers, "data")


@pytest.fixture(scope="module")
def seeds_shards(tmp_path_factory, servers):
    return sharded(tmp_path_factory, SEEDS, servers, "seeds")


def clients(index: Path, shards: str):
    whoosh = create_app({"TESTING": True, "INDEX": str(index), "CORPUS": str(CORPUS)}).test_client()
    xapian = create_app(
        {"TESTING": True, "INDEX": str(index), "CORPUS": str(CORPUS), "ENGINE": "xapian", "SHARDS": shards}
    ).test_client()
    return whoosh, xapian


def answer(client, url: str) -> dict:
    response = client.get(url)
    assert response.status_code == 200, (url, response.get_data(as_text=True)[:300])
    found = response.get_json()
    found.pop("took_ms", None)
    return found


#: Requests over every feature: words, phrases, boolean forms, patterns, fields, facets
#: selected and excluded, date ranges and drill-down, sorts, pages, grouping and folding.
REQUESTS = [
    "/api/search",
    "/api/search?q=police",
    "/api/search?q=police+officers",
    '/api/search?q="chief+constable"',
    "/api/search?q=police+OR+council",
    "/api/search?q=police+-council",
    "/api/search?q=police+NOT+council",
    "/api/search?q=(police+OR+report)+AND+the",
    "/api/search?q=exploit*",
    "/api/search?q=wom?n",
    "/api/search?q=polise~",
    "/api/search?q=the",
    "/api/search?q=report",
    "/api/search?q=speaker:rowley",
    "/api/search?q=zone:headline",
    "/api/search?q=grooming&sort=published",
    "/api/search?q=police&sort=source&per_page=7&page=2",
    "/api/search?sort=published",
    "/api/search?q=police&person=Mark+Rowley",
    "/api/search?q=police&zone=-headline",
    "/api/search?zone=boilerplate",
    "/api/search?q=police&mentioned=2025",
    "/api/search?mentioned=2025-10",
    "/api/search?q=the&published_from=2025-10-01&published_to=2025-10-20",
    "/api/search?mentioned_from=2020&mentioned_to=2024",
    "/api/search?q=police&group=source",
    "/api/search?q=the&group=source&per_page=2&page=2",
    "/api/search?q=police&collapse=copies",
    "/api/search?q=police&per_page=5&page=2",
    "/api/search?q=girls+OR+children&mentioned=2025-10&speaker=-Mark+Rowley",
    "/api/search?q=zzzzqqq",
    "/api/search?q=polise",
    "/api/search?q=polise+offisers",
    "/api/search?q=speaker:rowly",
    '/api/search?q="chief+constible"',
    '/api/search?q="unclosed',
    "/api/sources",
]


@pytest.mark.parametrize("url", REQUESTS)
def test_the_shards_answer_as_the_index_does_over_the_test_corpus(data_shards, url):
    whoosh, xapian = clients(*data_shards)
    assert answer(xapian, url) == answer(whoosh, url)


@pytest.mark.parametrize(
    "url",
    [
        *REQUESTS,
        "/api/search?q=rowley+said",
        '/api/search?q="top+cop"',
        "/api/search?q=grooming+gangs",
        "/api/search?q=met+police+commissioner",
        "/api/search?q=inquiry&speaker=Mark+Rowley",
        "/api/search?q=child*",
        "/api/search?q=groming",
        "/api/search?q=commissoner+rowly",
        "/api/search?q=inquiry&group=source&per_page=2",
    ],
)
def test_the_shards_answer_as_the_index_does_over_the_seeds(seeds_shards, url):
    whoosh, xapian = clients(*seeds_shards)
    assert answer(xapian, url) == answer(whoosh, url)


def test_sources_pages_and_export_are_the_same(seeds_shards):
    whoosh, xapian = clients(*seeds_shards)
    names = [s["name"] for s in answer(whoosh, "/api/sources")["sources"]]
    for name in names:
        assert answer(xapian, f"/api/sources/{name}") == answer(whoosh, f"/api/sources/{name}")
        page = f"/source/{name}?q=police&p=3"
        assert xapian.get(page).get_data() == whoosh.get(page).get_data()
    for fmt in ("csv", "jsonl"):
        url = f"/api/export?q=police&format={fmt}&sort=published"
        assert xapian.get(url).get_data() == whoosh.get(url).get_data()
    assert xapian.get("/api/sources/nothing-here").status_code == 404


def test_the_search_page_shows_the_same_hits(seeds_shards):
    whoosh, xapian = clients(*seeds_shards)
    for url in ("/?q=grooming", "/?q=police&speaker=Mark+Rowley", "/"):
        theirs, ours = whoosh.get(url).get_data(as_text=True), xapian.get(url).get_data(as_text=True)
        assert ours.count('class="hit') == theirs.count('class="hit') > 0
        assert ours.split('class="hit', 1)[1] == theirs.split('class="hit', 1)[1]


def test_healthz_lists_every_shard(seeds_shards):
    _, xapian = clients(*seeds_shards)
    health = xapian.get("/healthz").get_json()
    assert health["status"] == "ok" and health["engine"] == "xapian"
    assert [s["shard"] for s in health["shards"]] == seeds_shards[1].split(",")
    assert all(s["state"] == "ok" for s in health["shards"])
    assert health["documents"] == sum(s["documents"] for s in health["shards"]) > 0


def test_a_shard_that_stops_gives_503_naming_it_and_the_next_request_after_it_is_back_succeeds(
    seeds_shards, servers
):
    _, xapian = clients(*seeds_shards)
    assert xapian.get("/api/search?q=police").status_code == 200
    lost = servers("seeds")[1]
    lost.stop()
    try:
        response = xapian.get("/api/search?q=police")
        assert response.status_code == 503
        error = response.get_json()["error"]
        assert error["code"] == "shard_unavailable" and lost.address in error["message"]
        assert xapian.get("/?q=police").status_code == 503
        health = xapian.get("/healthz")
        assert health.status_code == 503
        states = {s["shard"]: s["state"] for s in health.get_json()["shards"]}
        assert states[lost.address] == "down" and list(states.values()).count("ok") == 2
    finally:
        lost.start()
    assert xapian.get("/api/search?q=police").status_code == 200
    assert xapian.get("/healthz").status_code == 200


def test_each_source_is_in_one_shard_by_a_stable_hash_of_its_name(seeds_shards):
    import xapian

    index, shards = seeds_shards
    addresses = parse_shards(shards)
    for n, address in enumerate(addresses):
        db = (
            xapian.Database(str(address.path))
            if address.path
            else xapian.remote_open(address.host, address.port)
        )
        stored = (db.get_document(p.docid).get_value(DATA_SLOT) for p in db.postlist("Kparagraph"))
        names = {json.loads(fields)["source"] for fields in stored}
        assert names and all(shard_of(name, len(addresses)) == n for name in names)


def test_remote_shards_read_the_index_s_words_and_counts(data_shards):
    from search.shards import Shards, View

    index, shards = data_shards
    view = View(Shards(parse_shards(shards)))
    assert view.shards.remote
    assert_same_words(index, view)


def test_words_sorting_among_the_prefixed_terms_are_read(tmp_path):
    from search.shards import Shards, View

    # Xapian sorts "_under" after the prefixed terms ("Q…", "XP…"), "2025" and "#" before.
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "odd.txt").write_text(
        "The _under score, 2025 and zeta met Émile at #7 on a_b street.\n", encoding="utf-8"
    )
    build_index(tmp_path / "corpus", tmp_path / "index", shards=parse_shards(str(tmp_path / "s0")))
    view = View(Shards(parse_shards(str(tmp_path / "s0"))))
    assert "_under" in view.lexicon("text").words
    assert_same_words(tmp_path / "index", view)


def assert_same_words(index: Path, view) -> None:
    """Assert that the shards' words and stems, with their counts, are the index's."""
    from whoosh import index as whoosh_index

    with whoosh_index.open_dir(str(index)).reader() as reader:
        for field, prefix in (("text", ""), ("words", "W")):
            lexicon = view.lexicon(field)
            expected = {t.decode(): reader.doc_frequency(field, t) for t in reader.lexicon(field)}
            assert dict(zip(lexicon.words, lexicon.frequency.tolist(), strict=True)) == expected
            assert all(view.termfreq(prefix + word) == n for word, n in expected.items())


def test_an_update_rewrites_only_what_changed_in_the_shards(tmp_path, corpus_copy):
    shards = f"{tmp_path / 's0'},{tmp_path / 's1'}"
    build_index(corpus_copy, tmp_path / "index", shards=parse_shards(shards))
    (corpus_copy / "wrapped.txt").write_text("A new paragraph about lighthouses.\n", encoding="utf-8")
    (corpus_copy / "blank-lines.txt").unlink()
    build_index(corpus_copy, tmp_path / "index", shards=parse_shards(shards))
    whoosh, xapian = clients(tmp_path / "index", shards)
    for url in ("/api/search", "/api/sources", "/api/search?q=police&sort=source"):
        assert answer(xapian, url) == answer(whoosh, url)
    # Whoosh still counts the replaced paragraphs in its term statistics until it merges
    # their segment, Xapian does not: the same hits and counts, scores that may differ.
    for url in ("/api/search?q=lighthouses", "/api/search?q=police"):
        ours, theirs = answer(xapian, url), answer(whoosh, url)
        for found in (ours, theirs):
            for hit in found["hits"]:
                hit.pop("score")
            found["hits"].sort(key=lambda hit: hit["id"])
        assert ours == theirs
    assert answer(xapian, "/api/search?q=lighthouses")["total"] == 1


def test_words_too_long_for_a_xapian_term_are_found_whole(tmp_path):
    # Xapian refuses terms over 245 bytes: such a word is written as a digest, found whole
    # (not by a pattern, whose words are listed from the terms).
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    long_word = "x" * 300
    (corpus / "long.txt").write_text(
        f"A code {long_word} in a report.\n\nAnother paragraph.\n", encoding="utf-8"
    )
    shards = str(tmp_path / "s0")
    build_index(corpus, tmp_path / "index", shards=parse_shards(shards))
    whoosh, xapian = clients(tmp_path / "index", shards)
    for url in (f"/api/search?q={long_word}", "/api/search?q=report"):
        assert answer(xapian, url) == answer(whoosh, url)
    assert answer(xapian, f"/api/search?q={long_word}")["total"] == 1


def _shares_and_whole(corpus: Path, tmp_path: Path, whole: str = "whole"):
    """Index each of two shares on its own "machine", and the whole corpus in a new index."""
    shards = [str(tmp_path / "s1"), str(tmp_path / "s2")]
    for k in (1, 2):
        build_index(corpus, tmp_path / f"index{k}", shards=parse_shards(shards), share=(k, 2))
    build_index(corpus, tmp_path / whole)
    whoosh = create_app({"TESTING": True, "INDEX": str(tmp_path / whole), "CORPUS": str(corpus)})
    xapian = create_app(
        {
            "TESTING": True,
            "INDEX": str(tmp_path / "index1"),
            "CORPUS": str(corpus),
            "ENGINE": "xapian",
            "SHARDS": ",".join(shards),
        }
    )
    return whoosh.test_client(), xapian.test_client()


def test_shares_built_on_two_machines_answer_as_one_index_does(tmp_path):
    # The seeds' shares hold copies of each other's paragraphs and share boilerplate: each
    # machine reads the other's share for what the corpus decides, and enriches only its own.
    corpus = Path(shutil.copytree(SEEDS, tmp_path / "corpus"))
    whoosh, xapian = _shares_and_whole(corpus, tmp_path)
    for url in REQUESTS:
        assert answer(xapian, url) == answer(whoosh, url), url
    # Another machine's source goes: its copies leave this machine's paragraphs too.
    gone = next(p for p in corpus.iterdir() if shard_of(p.name, 2) == 1 and p.suffix == ".txt")
    gone.unlink()
    # The shares are updated; the whole index is built anew, as Whoosh's statistics keep
    # counting removed paragraphs (README: scores after updates).
    whoosh, xapian = _shares_and_whole(corpus, tmp_path, "whole-again")
    for url in REQUESTS:
        assert answer(xapian, url) == answer(whoosh, url), url


def test_the_command_line_searches_the_shards(runner, seeds_shards):
    index, shards = seeds_shards
    whoosh = runner.invoke(main, ["search", "grooming", "--index", str(index), "--json"])
    xapian = runner.invoke(main, ["search", "grooming", "--engine", "xapian", "--shards", shards, "--json"])
    assert xapian.exit_code == 0, xapian.output
    drop = lambda text: {k: v for k, v in json.loads(text).items() if k != "took_ms"}  # noqa: E731
    assert drop(xapian.stdout) == drop(whoosh.stdout)
    exported = runner.invoke(main, ["export", "police", "--engine", "xapian", "--shards", shards])
    assert (
        exported.exit_code == 0
        and exported.stdout == runner.invoke(main, ["export", "police", "--index", str(index)]).stdout
    )


def test_bad_shard_settings_are_clear(runner, tmp_path):
    result = runner.invoke(main, ["search", "x", "--engine", "xapian"])
    assert result.exit_code != 0 and "--shards" in result.output
    result = runner.invoke(main, ["search", "x", "--engine", "xapian", "--shards", "tcp://127.0.0.1:1"])
    assert result.exit_code != 0 and "tcp://127.0.0.1:1" in result.output
    result = runner.invoke(
        main, ["index", str(CORPUS), "--index", str(tmp_path / "i"), "--shards", "tcp://nope"]
    )
    assert result.exit_code != 0 and "tcp://host:port" in result.output
    result = runner.invoke(main, ["index", str(CORPUS), "--index", str(tmp_path / "i"), "--shard", "3/2"])
    assert result.exit_code != 0 and "K/N" in result.output
    with pytest.raises(ValueError, match="DOSSIER_SHARDS"):
        create_app({"TESTING": True, "INDEX": str(tmp_path), "ENGINE": "xapian"})


def test_a_replica_made_by_xapian_replicate_answers_as_its_shard(tmp_path):
    # The shard's writer keeps changesets, as the README says, so that a replica can follow.
    (tmp_path / "master").mkdir()
    shard = ShardServer(tmp_path / "master" / "shard", env={"XAPIAN_MAX_CHANGESETS": "10"})
    shard.start()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        ["xapian-replicate-server", "-I", "127.0.0.1", "-p", str(port), str(tmp_path / "master")],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        build_index(CORPUS, tmp_path / "index", shards=parse_shards(shard.address))
        time.sleep(0.3)
        (tmp_path / "replica").mkdir()
        copied = subprocess.run(
            ["xapian-replicate", "-h", "127.0.0.1", "-p", str(port), "-m", "shard", "-o"]
            + [str(tmp_path / "replica" / "shard")],
            capture_output=True,
            timeout=60,
        )
        assert copied.returncode == 0, copied.stderr
        _, master = clients(tmp_path / "index", shard.address)
        _, replica = clients(tmp_path / "index", str(tmp_path / "replica" / "shard"))
        for url in ("/api/search?q=police", "/api/search", "/api/sources"):
            assert answer(replica, url) == answer(master, url)
    finally:
        shard.stop()
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(10)


def _answering_alike(tmp_path: Path, stories: dict[str, str], urls: list[str]):
    """Write stories into a corpus, index it as shares and whole; return the Whoosh client.

    Each url is asked of both engines first, which must answer alike.
    """
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in stories.items():
        (corpus / name).write_text(text)
    whoosh, xapian = _shares_and_whole(corpus, tmp_path)
    for url in urls:
        assert answer(xapian, url) == answer(whoosh, url), url
    return whoosh


def test_empty_shards_answer_with_no_results_as_an_empty_index_does(tmp_path):
    (tmp_path / "corpus").mkdir()
    shards = f"{tmp_path / 's0'},{tmp_path / 's1'}"
    build_index(tmp_path / "corpus", tmp_path / "index", shards=parse_shards(shards))
    whoosh, xapian = clients(tmp_path / "index", shards)
    for url in ("/api/search?q=police", "/api/search", "/api/search?q=polise~&group=source", "/api/sources"):
        assert answer(xapian, url) == answer(whoosh, url)
    assert answer(xapian, "/api/search")["total"] == 0
    assert xapian.get("/?q=police").status_code == 200


def test_a_name_s_forms_across_sources_are_one_facet_value_in_both_engines(tmp_path):
    stories = {
        "wall.txt": "Wall row\n\nDonald J. Trump said the wall would be built.\n",
        "taxes.txt": "Tax plan\n\nDonald Trump said taxes would fall.\n",
        "rally.txt": "Rally held\n\nDonald Trump said the crowd was large.\n",
        "presidents.txt": "Presidents meet\n\nGeorge W. Bush said his father, George H.W. Bush, was well.\n",
        "archive.txt": "From the archive\n\nGeorge Bush said the treaty held.\n",
    }
    urls = [
        "/api/search",
        "/api/search?person=Donald+J.+Trump",
        "/api/search?speaker=Donald+Trump",
        "/api/search?person=-Donald+Trump",
        "/api/search?q=said&person=George+Bush",
    ]
    whoosh = _answering_alike(tmp_path, stories, urls)
    people = {f["value"]: f["count"] for f in answer(whoosh, "/api/search")["facets"]["person"]}
    # "Donald J. Trump" counts under the commoner form; the hit keeps its source's form.
    assert people["Donald Trump"] == 3 and "Donald J. Trump" not in people
    # Two middles differ: "George Bush" could be either, and stays apart.
    assert {"George W. Bush", "George H.W. Bush", "George Bush"} <= set(people)
    found = answer(whoosh, "/api/search?person=Donald+J.+Trump")
    assert sorted(hit["source"] for hit in found["hits"]) == ["rally.txt", "taxes.txt", "wall.txt"]
    assert {hit["people"][0] for hit in found["hits"]} == {"Donald J. Trump", "Donald Trump"}
    chosen = {"value": "Donald Trump", "count": 3, "selected": True, "excluded": False}
    assert chosen in found["facets"]["person"]
    assert answer(whoosh, "/api/search?person=-Donald+Trump")["total"] == 7  # headlines too
    assert answer(whoosh, "/api/search?speaker=Donald+Trump")["total"] == 3


def test_a_body_s_forms_across_sources_are_one_facet_value_in_both_engines(tmp_path):
    stories = {
        "wheat.txt": "Wheat sales\n\nThe Commodity Credit Corp said it took an offer on wheat.\n",
        "barley.txt": "Barley sales\n\nThe Commodity Credit Corporation said it took an offer on barley.\n",
        "rice.txt": "Rice sales\n\nThe Commodity Credit Corporation said it took an offer on rice.\n",
        "oil.txt": "Oil talks\n\nThe Organisation of Petroleum Exporting Countries met in Vienna.\n",
        "quota.txt": "Quota talks\n\nThe Organization of Petroleum Exporting Countries kept its quota.\n",
        "tire.txt": "GENCORP BID\n\nGENCORP INC said it would fight the bid.\n",
        "bid.txt": "GenCorp bid\n\nGenCorp Inc said it rejected the bid.\n",
    }
    urls = [
        "/api/search",
        "/api/search?organisation=Commodity+Credit+Corp",
        "/api/search?organisation=-Commodity+Credit+Corporation",
        "/api/search?q=talks&organisation=OPEC",
        "/api/search?speaker=Commodity+Credit+Corp",
        "/api/search?organisation=COMMODITY+CREDIT+CORP.",
    ]
    whoosh = _answering_alike(tmp_path, stories, urls)
    bodies = {f["value"]: f["count"] for f in answer(whoosh, "/api/search")["facets"]["organisation"]}
    # A legal form written short or in full, and a British spelling, are one body's name.
    assert bodies["Commodity Credit Corporation"] == 3 and "Commodity Credit Corp" not in bodies
    assert len([v for v in bodies if "Petroleum Exporting" in v or v == "OPEC"]) == 1
    # Capitals are a heading's, not the name's: shown as the text writes it.
    assert bodies["GenCorp Inc"] == 4 and "GENCORP INC" not in bodies
    # A speaker may be a body: its forms join as the organisation facet's do.
    speakers = {f["value"]: f["count"] for f in answer(whoosh, "/api/search")["facets"]["speaker"]}
    assert speakers["Commodity Credit Corporation"] == 3 and "Commodity Credit Corp" not in speakers
    assert answer(whoosh, "/api/search?speaker=Commodity+Credit+Corp")["total"] == 3
    found = answer(whoosh, "/api/search?organisation=Commodity+Credit+Corp")
    assert sorted(hit["source"] for hit in found["hits"]) == ["barley.txt", "rice.txt", "wheat.txt"]
    assert {hit["organisations"][0] for hit in found["hits"]} == {
        "Commodity Credit Corp",
        "Commodity Credit Corporation",
    }
    assert answer(whoosh, "/api/search?organisation=-Commodity+Credit+Corporation")["total"] == 11
    # A form no paragraph writes finds the body by its key.
    assert answer(whoosh, "/api/search?organisation=COMMODITY+CREDIT+CORP.")["total"] == 3


def test_a_place_s_and_a_hyphened_name_s_forms_across_sources_are_one_facet_value_in_both_engines(tmp_path):
    stories = {
        "bank.txt": "Bank news\n\nThe bank opened an office in Zurich on Monday.\n",
        "fund.txt": "Fund news\n\nThe fund opened an office in Zurich on Friday.\n",
        "swiss.txt": "Swiss news\n\nThe firm moved to Zürich, Robert Kilroy Silk said.\n",
        "party.txt": "Party news\n\nRobert Kilroy-Silk said the party would stand.\n",
        "seat.txt": "Seat news\n\nRobert Kilroy-Silk said he would stand in Erewash.\n",
    }
    urls = ["/api/search", "/api/search?place=Z%C3%BCrich", "/api/search?speaker=Robert+Kilroy+Silk"]
    whoosh = _answering_alike(tmp_path, stories, urls)
    facets = answer(whoosh, "/api/search")["facets"]
    places = {f["value"]: f["count"] for f in facets["place"]}
    assert places["Zurich"] == 3 and "Zürich" not in places
    people = {f["value"]: f["count"] for f in facets["person"]}
    assert people["Robert Kilroy-Silk"] == 3 and "Robert Kilroy Silk" not in people
    found = answer(whoosh, "/api/search?place=Z%C3%BCrich")
    assert sorted(hit["source"] for hit in found["hits"]) == ["bank.txt", "fund.txt", "swiss.txt"]


def test_a_mailbox_s_forms_are_one_sender_in_both_engines(tmp_path):
    def eml(sender: str, subject: str, body: str) -> str:
        dated = "Date: Mon, 20 Oct 2025 09:12:00 +0100"
        return f"From: {sender}\nTo: desk@news.example\nSubject: {subject}\n{dated}\n\n{body}\n"

    stories = {
        "one.eml": eml("Jo Bloggs <jo@police.example>", "Review", "The review will end in April."),
        "two.eml": eml("Jo Bloggs <jo@police.example>", "Cases", "Nine thousand cases will be read."),
        "three.eml": eml('"Bloggs, Joanne" <JO@police.example>', "Statement", "The statement is attached."),
        "four.eml": eml("desk@news.example", "Desk", "The desk has the statement."),
    }
    urls = [
        "/api/search",
        "/api/search?sender=jo%40police.example",
        "/api/search?sender=-Jo+Bloggs+%3Cjo%40police.example%3E",
    ]
    whoosh = _answering_alike(tmp_path, stories, urls)
    senders = {f["value"]: f["count"] for f in answer(whoosh, "/api/search")["facets"]["sender"]}
    # One mailbox, whatever name or case the headers give it: shown as most messages write it.
    assert senders == {"Jo Bloggs <jo@police.example>": 6, "desk@news.example": 2}
    found = answer(whoosh, "/api/search?sender=jo%40police.example")
    assert sorted({hit["source"] for hit in found["hits"]}) == ["one.eml", "three.eml", "two.eml"]
    assert {hit["sender"][0] for hit in found["hits"]} >= {"Joanne Bloggs <JO@police.example>"}
