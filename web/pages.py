"""The HTML pages: the search page and the source view."""

from __future__ import annotations

from urllib.parse import quote, urlencode

from flask import Blueprint, abort, render_template, request, url_for

from index.store.records import skipped_files
from search import DEFAULT_OPERATOR, FACETS, SearchRequest

from .api import search_from_args
from .export import paragraph_url
from .originals import file_url
from .store import get_store, get_view

bp = Blueprint("pages", __name__)

#: Facet values listed before "more" on the page, and in all.
FACET_TOP = 10
FACET_SHOWN = 40


def toggle_url(name: str, value: str) -> str:
    """Return the search URL with a facet value switched on or off, back on page 1."""
    # Built by hand, not with url_for: a page holds hundreds of these links.
    pairs = [
        (k, v) for k, v in request.args.items(multi=True) if k != "page" and not (k == name and v == value)
    ]
    if (name, value) not in request.args.items(multi=True):
        pairs.append((name, value))
    return "/?" + urlencode(pairs)


def page_url(number: int) -> str:
    """Return the current search URL at another page."""
    return with_args(page=str(number))


def with_args(**changes: str | None) -> str:
    """Return the current search URL with some arguments set (or removed, with None)."""
    args = request.args.copy()
    for name, value in changes.items():
        args.pop(name, None)
        if value is not None:
            args[name] = value
    return url_for("pages.index", **args.to_dict(flat=False))


def copy_url(pid: str) -> str:
    """Return the link to a copied paragraph, given its id ("source#p3")."""
    name, _, number = pid.rpartition("#p")
    return paragraph_url(name, int(number)) if number.isdigit() else "#"


def export_url(fmt: str) -> str:
    """Return the export of the whole current result set."""
    args = request.args.copy()
    args.pop("page", None)
    args["format"] = fmt
    return url_for("api.export", **args.to_dict(flat=False))


@bp.get("/")
def index():
    """Show the search box, results, facets and pagination."""
    req: SearchRequest = search_from_args(request.args)
    store, view = get_store(), get_view()
    if view.empty():
        # Nothing indexed: not kept, since the next build may skip other files without
        # making a new index generation.
        return _render_search(req, skipped=skipped_files(store.path))
    return store.cached(view, "page " + request.full_path, lambda: _render_search(req))


def _render_search(req: SearchRequest, skipped: dict[str, str] | None = None) -> str:
    results = get_view().search(req)
    for hit in results.hits:
        hit["url"] = paragraph_url(hit["source"], hit["paragraph"], req.q)
        hit["file_url"] = file_url(hit["source"], hit["page"])
    for name, values in results.facets.items():
        # The filter box narrows what is shown; a longer list costs more than it helps.
        results.facets[name] = values if FACETS[name].dated else values[:FACET_SHOWN]
    pages = -(-(results.groups if req.group else results.total) // req.per_page)
    active = [(name, value) for name, values in req.filters.items() for value in values]
    active += [(name, "-" + value) for name, values in req.excludes.items() for value in values]
    return render_template(
        "search.html",
        req=req,
        results=results,
        facets=FACETS,
        active=active,
        pages=pages,
        toggle_url=toggle_url,
        page_url=page_url,
        with_args=with_args,
        export_url=export_url,
        copy_url=copy_url,
        facet_top=FACET_TOP,
        default_operator=DEFAULT_OPERATOR,
        browsing=not req.q.strip() and not active,
        skipped=skipped,
    )


@bp.get("/source/<path:name>")
def source(name: str):
    """Show a whole source, one anchor per paragraph, the linked one and query terms marked."""
    view = get_view()

    def render() -> str:
        found = view.source(name)
        if found is None:
            abort(404, f"no source named {name!r}")
        q = request.args.get("q", "")[:1000]
        view.mark(q, found["paragraphs"])
        linked = request.args.get("p", type=int)
        page = next((p["page"] for p in found["paragraphs"] if p["paragraph"] == linked), None)
        return render_template(
            "source.html",
            source=found,
            q=q,
            linked=linked,
            file_url=file_url(found["name"], page),
            page_url=lambda number: file_url(found["name"], number),
            source_url=lambda name: "/source/" + quote(name),
        )

    return get_store().cached(view, "page " + request.full_path, render)
