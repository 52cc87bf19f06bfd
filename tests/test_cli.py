import csv
import io
import json

from web.cli import main


def test_index_prints_a_summary_and_skips_with_reasons(runner, tmp_path):
    from tests.conftest import CORPUS

    result = runner.invoke(main, ["index", str(CORPUS), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0
    assert "5 added, 0 updated, 0 removed, 0 unchanged; 31 paragraphs" in result.stdout
    assert "skipped binary.txt: binary file (control bytes)" in result.stderr
    assert "warning latin1.txt: not valid UTF-8; read as cp1252" in result.stderr
    again = runner.invoke(main, ["index", str(CORPUS), "--index", str(tmp_path / "ix")])
    assert "0 added, 0 updated, 0 removed, 5 unchanged" in again.stdout


def test_search_json_prints_the_api_shape(runner, index_dir, client):
    result = runner.invoke(main, ["search", '"grooming gangs"', "--json", "--index", str(index_dir)])
    assert result.exit_code == 0
    printed = json.loads(result.stdout)
    api = client.get("/api/search", query_string={"q": '"grooming gangs"', "per_page": 10}).get_json()
    for body in (printed, api):
        body.pop("took_ms")
    assert printed == api


def test_search_text_output_and_filters(runner, index_dir):
    result = runner.invoke(main, ["search", "council", "--source", "wrapped.txt", "--index", str(index_dir)])
    assert result.exit_code == 0
    assert result.stdout.startswith("2 matching paragraphs")
    assert "wrapped.txt#p2 (line 3)" in result.stdout


def test_errors_are_one_line_and_a_non_zero_exit(runner, index_dir, tmp_path):
    bad = runner.invoke(main, ["search", "x", "--published", "soon", "--index", str(index_dir)])
    assert bad.exit_code == 1
    assert bad.stderr.strip().splitlines() == [
        "Error: published must be YYYY, YYYY-MM or YYYY-MM-DD, not 'soon'"
    ]
    missing = runner.invoke(main, ["search", "x", "--index", str(tmp_path / "none")])
    assert missing.exit_code == 1
    assert len(missing.stderr.strip().splitlines()) == 1 and "no index" in missing.stderr
    no_corpus = runner.invoke(main, ["index", str(tmp_path / "nowhere"), "--index", str(tmp_path / "ix")])
    assert no_corpus.exit_code == 1 and "corpus folder not found" in no_corpus.stderr


def test_export_csv_has_every_matching_row(runner, index_dir):
    result = runner.invoke(main, ["export", "", "--format", "csv", "--index", str(index_dir)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 22
    assert list(rows[0]) == [
        "source",
        "title",
        "published",
        "paragraph",
        "line",
        "url",
        "speakers",
        "people",
        "organisations",
        "places",
        "dates",
        "text",
    ]
    assert rows[0]["url"] == "/source/blank-lines.txt?p=1#p1"


def test_export_jsonl(runner, index_dir):
    result = runner.invoke(
        main, ["export", "lighthouse OR basin", "--format", "jsonl", "--index", str(index_dir)]
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted((r["source"], r["paragraph"], r["line"]) for r in records) == [
        ("wrapped.txt", 2, 3),
        ("wrapped.txt", 3, 8),
        ("wrapped.txt", 4, 12),
    ]
    assert {r["paragraph"]: r["speakers"] for r in records} == {
        2: ["Eastport Harbour Board"],
        3: ["Alan Pryce"],
        4: ["Alan Pryce"],
    }


def test_every_command_has_help(runner):
    for command in ["index", "search", "serve", "export"]:
        result = runner.invoke(main, [command, "--help"], prog_name="dossier")
        assert result.exit_code == 0
        assert result.stdout.startswith(f"Usage: dossier {command} ")


def test_date_filters_and_sort_on_the_command_line(runner, index_dir):
    result = runner.invoke(main, ["search", "", "--mentioned", "2019", "--json", "--index", str(index_dir)])
    assert [h["id"] for h in json.loads(result.stdout)["hits"]] == ["nested/one-per-line.txt#p3"]
    ranged = runner.invoke(
        main,
        [
            "search",
            "",
            "--published-from",
            "2025-10-20",
            "--sort",
            "published",
            "--json",
            "--index",
            str(index_dir),
        ],
    )
    hits = json.loads(ranged.stdout)["hits"]
    assert {h["published"] for h in hits} == {"2025-10-20"} and len(hits) == 6
