"""A search request: query text, filters, sort and page, validated from user input."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .facets import FACETS

SORT_NAMES = ("relevance", "published", "source")
#: Limits that keep one request cheap; past them the request is refused (400).
MAX_QUERY_LENGTH = 1000
MAX_PER_PAGE = 100
MAX_DEPTH = 10_000
MAX_FILTER_VALUES = 50
DEFAULT_PER_PAGE = 20
#: Range parameters and the index field each bounds.
RANGES = {
    "published_from": "published",
    "published_to": "published",
    "mentioned_from": "dates",
    "mentioned_to": "dates",
}
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
_DATE = re.compile(DATE_PATTERN)


class SearchError(ValueError):
    """A request that cannot be answered as asked (a 400): a code and a message."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True)
class SearchRequest:
    """A validated search: build it with `from_args`."""

    q: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ranges: dict[str, str] = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE
    #: Facet values to leave out, given as "-value" in the arguments.
    excludes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: "source" to show the best paragraph of each source, with a count of the rest.
    group: str | None = None
    #: "copies" to fold copies of a paragraph into its best-ranked hit.
    collapse: str | None = None

    @classmethod
    def from_args(
        cls, get: Callable[[str], str | None], getlist: Callable[[str], list[str]]
    ) -> SearchRequest:
        """Validate request arguments (as from a query string), raising SearchError."""
        q = get("q") or ""
        if len(q) > MAX_QUERY_LENGTH:
            raise SearchError("query_too_long", f"q is longer than {MAX_QUERY_LENGTH} characters")
        filters, excludes = {}, {}
        for name, facet in FACETS.items():
            values = tuple(dict.fromkeys(v.strip() for v in getlist(name) if v.strip()))
            if len(values) > MAX_FILTER_VALUES:
                raise SearchError("too_many_values", f"{name} has more than {MAX_FILTER_VALUES} values")
            wanted = tuple(v for v in values if not (v.startswith("-") and len(v) > 1))
            unwanted = tuple(v[1:] for v in values if v.startswith("-") and len(v) > 1)
            if facet.dated:
                _check_dates(name, wanted + unwanted)
            if wanted:
                filters[name] = wanted
            if unwanted:
                excludes[name] = unwanted
        ranges = {name: v.strip() for name in RANGES if (v := get(name)) and v.strip()}
        for name, value in ranges.items():
            _check_dates(name, [value])
        sort = get("sort") or "relevance"
        if sort not in SORT_NAMES:
            raise SearchError("bad_sort", f"sort must be one of {', '.join(SORT_NAMES)}")
        page = _integer(get, "page", 1)
        per_page = _integer(get, "per_page", DEFAULT_PER_PAGE)
        if page < 1:
            raise SearchError("bad_page", "page must be 1 or more")
        if not 1 <= per_page <= MAX_PER_PAGE:
            raise SearchError("bad_per_page", f"per_page must be between 1 and {MAX_PER_PAGE}")
        if page * per_page > MAX_DEPTH:
            raise SearchError(
                "too_deep", f"results past the first {MAX_DEPTH} cannot be paged to; narrow the search"
            )
        group = get("group") or None
        if group not in (None, "source"):
            raise SearchError("bad_group", "group must be 'source' or left out")
        collapse = get("collapse") or None
        if collapse not in (None, "copies"):
            raise SearchError("bad_collapse", "collapse must be 'copies' or left out")
        return cls(q, filters, ranges, sort, page, per_page, excludes, group, collapse)

    def bounds(self) -> dict[str, tuple[str, str]]:
        """Return (low, high) date bounds per index field; "2025-10" as a high bound is all October."""
        found: dict[str, tuple[str, str]] = {}
        for name, value in self.ranges.items():
            fieldname = RANGES[name]
            low, high = found.get(fieldname, ("", "\uffff"))
            found[fieldname] = (value, high) if name.endswith("_from") else (low, value + "\uffff")
        return found


def _check_dates(name: str, values: Iterable[str]) -> None:
    for value in values:
        if not _DATE.fullmatch(value):
            raise SearchError("bad_date", f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value[:40]!r}")


def _integer(get: Callable[[str], str | None], name: str, default: int) -> int:
    raw = get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise SearchError(f"bad_{name}", f"{name} must be a whole number") from None
