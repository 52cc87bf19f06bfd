"""The dossier command line: index, search, serve and export over the library."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import click
from whoosh import index as whoosh_index

from index import BuildError, build_index, open_index
from index.read.ingest import list_files
from index.read.reading import pages_of
from index.store.records import skipped_files
from index.store.shards import parse_shards
from search import FACETS, ColumnCache, SearchError, SearchRequest, make_parser
from search.request import RANGES, SORT_NAMES
from search.shards import ShardError, Shards
from search.shards import View as ShardsView
from search.views import View, WhooshView

from .api import results_json
from .export import export_lines
from .settings import defaults

DEFAULTS = defaults()

corpus_option = click.option(
    "--corpus",
    type=click.Path(path_type=Path),
    envvar="DOSSIER_CORPUS",
    default=DEFAULTS["CORPUS"],
    show_default=True,
    help="folder of source files",
)
ocr_option = click.option(
    "--ocr-lang",
    envvar="DOSSIER_OCR_LANG",
    default=DEFAULTS["OCR_LANG"],
    show_default=True,
    help="Tesseract language of scanned pages",
)
ner_option = click.option(
    "--ner",
    envvar="DOSSIER_NER",
    type=click.Choice(["rules", "spacy"]),
    default=DEFAULTS["NER"],
    show_default=True,
    help="what finds names: word lists, or the trained model",
)
engine_option = click.option(
    "--engine",
    envvar="DOSSIER_ENGINE",
    type=click.Choice(["whoosh", "xapian"]),
    default=DEFAULTS["ENGINE"],
    show_default=True,
    help="what answers: the embedded index, or the Xapian shards of --shards",
)
shards_option = click.option(
    "--shards",
    envvar="DOSSIER_SHARDS",
    default=DEFAULTS["SHARDS"],
    help="Xapian shards, comma-separated (tcp://host:port or a folder)",
)
index_option = click.option(
    "--index",
    "index_dir",
    type=click.Path(path_type=Path),
    envvar="DOSSIER_INDEX",
    default=DEFAULTS["INDEX"],
    show_default=True,
    help="index folder",
)


def filter_options(command):
    """Add the search filters (repeatable facet values, date ranges, sort, page)."""
    for name in reversed(list(FACETS)):
        command = click.option(f"--{name}", multiple=True, help=f"filter by {name} (repeat to OR)")(command)
    for name in reversed(list(RANGES)):
        command = click.option(f"--{name.replace('_', '-')}", name, help="date bound YYYY[-MM[-DD]]")(command)
    command = click.option("--sort", type=click.Choice(SORT_NAMES), default="relevance")(command)
    return command


def make_request(q: str, options: dict, page: int = 1, per_page: int = 20) -> SearchRequest:
    """Validate the command's query and options as the API would."""
    args = {**{k: v for k, v in options.items() if v}, "q": q, "page": str(page), "per_page": str(per_page)}

    def getlist(name: str) -> list[str]:
        value = args.get(name, ())
        return list(value) if isinstance(value, (list, tuple)) else [value]

    try:
        return SearchRequest.from_args(lambda name: _single(args.get(name)), getlist)
    except SearchError as error:
        raise click.ClickException(error.message) from None


def _single(value):
    return value[0] if isinstance(value, (list, tuple)) and value else (value or None)


def open_or_fail(index_dir: Path) -> whoosh_index.Index:
    """Open the index or stop with one clear line."""
    try:
        return open_index(index_dir)
    except BuildError as error:
        raise click.ClickException(str(error)) from None


def open_view(index_dir: Path, engine: str, shards: str) -> tuple[View, Callable[[], None]]:
    """Return a view of the engine asked for, and what closes it, or stop with one clear line."""
    if engine == "xapian":
        if not shards.strip():
            raise click.ClickException("--engine xapian needs --shards (or DOSSIER_SHARDS)")
        try:
            return ShardsView(Shards(parse_shards(shards))), lambda: None
        except (ShardError, ValueError) as error:
            raise click.ClickException(str(error)) from None
    ix = open_or_fail(index_dir)
    searcher = ix.searcher()
    return WhooshView(searcher, make_parser(ix.schema), ColumnCache()), searcher.close


@click.group()
@click.version_option("0.1.0", prog_name="dossier")
def main() -> None:
    """dossier: full-text search over paragraphs of news articles and documents."""


@main.command("index")
@click.argument(
    "corpus",
    required=False,
    type=click.Path(path_type=Path),
    envvar="DOSSIER_CORPUS",
    default=DEFAULTS["CORPUS"],
)
@index_option
@ocr_option
@ner_option
@shards_option
@click.option(
    "--shard",
    "share",
    metavar="K/N",
    help="index only this machine's share of CORPUS: the sources that go to shard K of N",
)
def index_command(
    corpus: Path, index_dir: Path, ocr_lang: str, ner: str, shards: str, share: str | None
) -> None:
    """Build or update the index of CORPUS (changed, new and removed files only).

    With --shards, the Xapian shards are brought up to date with the index as well.
    """
    summary = _build(corpus, index_dir, ocr_lang, ner, shards, _share(share))
    click.echo(
        f"{len(summary.added)} added, {len(summary.updated)} updated, {len(summary.removed)} removed, "
        f"{summary.unchanged} unchanged; {summary.paragraphs} paragraphs in {summary.seconds:.1f} s"
    )
    for name, reason in summary.skipped.items():
        click.echo(f"skipped {name}: {reason}", err=True)
    for name, warnings in summary.warnings.items():
        for warning in warnings:
            click.echo(f"warning {name}: {warning}", err=True)


def _share(text: str | None) -> tuple[int, int] | None:
    """Read --shard K/N (K from 1 to N)."""
    if text is None:
        return None
    k, _, n = text.partition("/")
    if not (k.isdigit() and n.isdigit() and 1 <= int(k) <= int(n)):
        raise click.BadParameter(f"K/N with 1 <= K <= N, not {text!r}", param_hint="--shard")
    return int(k), int(n)


def _build(
    corpus: Path,
    index_dir: Path,
    ocr_lang: str = DEFAULTS["OCR_LANG"],
    ner: str = DEFAULTS["NER"],
    shards: str = "",
    share: tuple[int, int] | None = None,
):
    try:
        addresses = parse_shards(shards) if shards.strip() else None
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--shards") from None
    options = {"ocr_lang": ocr_lang, "ner": ner, "shards": addresses, "share": share}
    try:
        if sys.stderr.isatty() and corpus.is_dir():
            # Counted in pages: a scanned PDF of 40 pages takes 40 times a page's OCR.
            pages = {name: pages_of(path) for name, path in list_files(corpus).items()}
            with click.progressbar(
                length=sum(pages.values()), label="Indexing pages", file=sys.stderr
            ) as bar:
                return build_index(
                    corpus, index_dir, progress=lambda name: bar.update(pages.get(name, 1)), **options
                )
        return build_index(corpus, index_dir, **options)
    except BuildError as error:
        raise click.ClickException(str(error)) from None


@main.command("search")
@click.argument("query", default="")
@filter_options
@click.option("--page", type=int, default=1)
@click.option("--per-page", type=int, default=10)
@click.option("--json", "as_json", is_flag=True, help="print the API's JSON")
@index_option
@engine_option
@shards_option
def search_command(
    query: str, page: int, per_page: int, as_json: bool, index_dir: Path, engine: str, shards: str, **options
) -> None:
    """Search paragraphs with QUERY (Whoosh syntax) and filters."""
    request = make_request(query, options, page, per_page)
    view, close = open_view(index_dir, engine, shards)
    try:
        results = view.search(request)
        empty = view.empty()
    except ShardError as error:
        raise click.ClickException(str(error)) from None
    finally:
        close()
    if as_json:
        click.echo(json.dumps(results_json(results), ensure_ascii=False, indent=2))
        return
    for warning in results.warnings:
        click.echo(f"warning: {warning}", err=True)
    if results.suggestion:
        click.echo(f"did you mean: {results.suggestion}", err=True)
    click.echo(f"{results.total} matching paragraphs")
    if empty:
        _say_nothing_indexed(index_dir)
    for hit in results.hits:
        speakers = f"  [{', '.join(hit['speakers'])}]" if hit["speakers"] else ""
        also = f"; also at {', '.join(f'p{n}' for n in hit['also_at'])}" if hit["also_at"] else ""
        text = " ".join(hit["text"].split())[:300]
        click.echo(f"\n{hit['id']} (line {hit['line']}{also}){speakers}\n  {text}")


def _say_nothing_indexed(index_dir: Path) -> None:
    """Tell on stderr that the index holds no paragraph yet, and what the last build skipped."""
    click.echo("the index holds no paragraphs yet: add files to the corpus and run 'dossier index'", err=True)
    for name, reason in skipped_files(index_dir).items():
        click.echo(f"  skipped {name}: {reason}", err=True)


@main.command("serve")
@click.option("--host", default=DEFAULTS["HOST"], show_default=True)
@click.option("--port", type=int, default=DEFAULTS["PORT"], show_default=True)
@click.option("--threads", type=int, default=DEFAULTS["THREADS"], show_default=True)
@corpus_option
@index_option
@ocr_option
@ner_option
@engine_option
@shards_option
def serve_command(
    host: str,
    port: int,
    threads: int,
    corpus: Path,
    index_dir: Path,
    ocr_lang: str,
    ner: str,
    engine: str,
    shards: str,
) -> None:
    """Serve the search page and API with waitress (building the index if there is none)."""
    from waitress import serve

    from . import create_app

    if not whoosh_index.exists_in(str(index_dir)):
        click.echo(f"no index at {index_dir}; building it from {corpus}", err=True)
        _build(corpus, index_dir, ocr_lang, ner, shards)
    try:
        app = create_app({"INDEX": str(index_dir), "CORPUS": str(corpus), "ENGINE": engine, "SHARDS": shards})
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    # Read the facet columns once before the first visitor, not under the first burst.
    app.test_client().get("/api/search?per_page=1")
    click.echo(f"dossier serving {index_dir} on http://{host}:{port}/", err=True)
    serve(app, host=host, port=port, threads=threads, ident="dossier")


@main.command("export")
@click.argument("query", default="")
@filter_options
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="csv", show_default=True)
@click.option(
    "--output",
    "-o",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="file to write (default: stdout)",
)
@index_option
@engine_option
@shards_option
def export_command(
    query: str, fmt: str, output, index_dir: Path, engine: str, shards: str, **options
) -> None:
    """Export every paragraph matching QUERY and filters, one row each, as CSV or JSON lines."""
    request = make_request(query, options)
    view, close = open_view(index_dir, engine, shards)
    try:
        for chunk in export_lines(view.export(request), fmt, request.q):
            output.write(chunk)
    except ShardError as error:
        raise click.ClickException(str(error)) from None
    finally:
        close()


if __name__ == "__main__":
    main()
