"""Property tests: any text as a query or a filter gives results or a 400, never an error.

The schemathesis run drives every API operation from the OpenAPI document with generated
requests and checks each answer against the schema: no 500, no response that breaks it.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from index.store.schema import make_schema
from search import FACETS, SearchError, SearchRequest
from search.query import make_parser, parse
from web.openapi import openapi_document

PARSER = make_parser(make_schema())
SETTINGS = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@SETTINGS
@given(st.text(max_size=200))
def test_any_text_parses_to_a_query_or_a_warning(text):
    parsed, warnings = parse(text, PARSER)
    assert parsed is not None or not text.strip()
    assert all(isinstance(w, str) for w in warnings)


@SETTINGS
@given(
    st.dictionaries(
        st.sampled_from([*FACETS, "page", "per_page", "sort", "group", "published_from"]),
        st.lists(st.text(max_size=30), max_size=3),
        max_size=4,
    )
)
def test_any_filter_arguments_validate_or_raise_a_search_error(args):
    data = MultiDict([(k, v) for k, values in args.items() for v in values])
    try:
        SearchRequest.from_args(data.get, data.getlist)
    except SearchError as error:
        assert error.code and error.message


@SETTINGS
@given(q=st.text(max_size=100), source=st.lists(st.text(max_size=20), max_size=2))
def test_the_search_api_answers_200_or_400(client, q, source):
    response = client.get("/api/search", query_string={"q": q, "source": source})
    assert response.status_code in (200, 400), response.get_data(as_text=True)
    body = response.get_json()
    assert ("hits" in body) if response.status_code == 200 else set(body["error"]) == {"code", "message"}


SCHEMA = schemathesis.openapi.from_dict(openapi_document())
OPERATIONS = [result.ok() for result in SCHEMA.get_all_operations()]
#: Generated requests per operation; the search endpoint, with the most parameters, gets most.
EXAMPLES = {"GET /api/search": 1000, "GET /api/export": 300}


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda operation: operation.label)
def test_api_matches_its_openapi_document(operation, app):
    calls = []

    @settings(
        max_examples=EXAMPLES.get(operation.label, 100),
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def check(case):
        response = case.call(app=app)  # the real app, in process (WSGI)
        calls.append(response.status_code)
        assert response.status_code < 500, response.text
        case.validate_response(response)

    check()
    assert calls
