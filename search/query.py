"""Parse a user's query text into a Whoosh query, leniently, with warnings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from whoosh import qparser, query
from whoosh.fields import Schema

from index.store.schema import WORDS_FIELD

#: Query-syntax field names (singular, as in the API) and the index fields they search.
FIELD_ALIASES = {
    "speakers": ["speaker"],
    "people": ["person"],
    "organisations": ["organisation", "org"],
    "places": ["place"],
    "dates": ["mentioned", "date"],
    "recipients": ["recipient", "to"],
}
#: Index fields a user may name in a query; others are read as words.
QUERY_FIELDS = {"text", "source", "zone", "published", "sender", *FIELD_ALIASES}
#: The default operator between words, stated on the page and in the API docs.
DEFAULT_OPERATOR = "AND"

_FIELD = re.compile(r"(?<![\w\"])([A-Za-z_]+):(?=\S)")
_EMPTY_FIELD = re.compile(r"(?<![\w\"])([A-Za-z_]+):(?=\s|$|\))")
_OPERATOR = re.compile(r"^\s*(AND|OR)\b|\b(AND|OR|NOT)\s*$|\b(AND|OR|NOT)\s+(AND|OR)\b|\(\s*(AND|OR)\b")
_WORD = re.compile(r"\w+")


#: Query forms that stand for several words: matched against the words as written.
WORD_FORMS = (query.Prefix, query.Wildcard, query.FuzzyTerm)


class _Parser(qparser.QueryParser):
    """Whoosh's parser, with prefix, wildcard and fuzzy terms on the text sent to the words."""

    def term_query(self, fieldname, text, termclass, boost=1.0, tokenize=True, removestops=True):
        """Return the query for one term; a pattern or fuzzy term on text searches unstemmed words."""
        if (
            fieldname == "text"
            and isinstance(termclass, type)
            and issubclass(termclass, WORD_FORMS)
            and WORDS_FIELD in self.schema  # an index from before the words field: stems
        ):
            # "exploitat*" is no prefix of the stem "exploit", and "Rowly~" is two letters
            # from the stem "rowlei": these forms compare with the words as typed.
            fieldname = WORDS_FIELD
        return super().term_query(fieldname, text, termclass, boost, tokenize, removestops)


def make_parser(schema: Schema) -> qparser.QueryParser:
    """Return the query parser: phrases, AND/OR/NOT, -word, prefix*, fuzzy~, field:value."""
    parser = _Parser("text", schema, group=qparser.AndGroup)
    parser.add_plugin(qparser.PlusMinusPlugin())
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    parser.remove_plugin_class(qparser.BoostPlugin)
    return parser


def syntax_warnings(text: str) -> list[str]:
    """Return what is wrong with the query syntax, in words a reporter understands."""
    warnings = []
    if text.count('"') % 2:
        warnings.append("a quotation mark is not closed")
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            break
    if depth:
        warnings.append("parentheses do not match")
    if _OPERATOR.search(text):
        warnings.append("AND, OR or NOT is missing a word on one side")
    aliases = {alias for names in FIELD_ALIASES.values() for alias in names}
    for name in _EMPTY_FIELD.findall(text):
        if name in QUERY_FIELDS | aliases:
            warnings.append(f"{name}: has no value after it: searched as a word")
    for name in _FIELD.findall(text):
        if name not in QUERY_FIELDS | aliases and not name.startswith("http"):
            warnings.append(f"unknown field {name!r}: searched as words")
    return warnings


def parse(text: str, parser: qparser.QueryParser) -> tuple[query.Query | None, list[str]]:
    """Return (query, warnings); the query is None for an empty text (browse everything).

    Never raises on user syntax: where the parser gives up, the literal words are searched.
    """
    if not text.strip():
        return None, []
    warnings = syntax_warnings(text)
    try:
        parsed = parser.parse(text)
    except Exception:  # noqa: BLE001 - any parser failure falls back to the words
        parsed = query.NullQuery
    if parsed is query.NullQuery or isinstance(parsed, query.NullQuery.__class__):
        words = _WORD.findall(text)
        if not words:
            return query.NullQuery, warnings or ["the query has no words to search"]
        parsed = parser.parse(" ".join(f'"{w}"' for w in words))
        warnings.append("the query could not be read as syntax; searched its words")
    return parsed, warnings


#: Fields whose terms are canonical names, matched whatever the case the user typed.
NAME_FIELDS = frozenset(
    {"speakers", "people", "organisations", "places", "source", "zone", "sender", "recipients"}
)


def match_case(
    q: query.Query | None, holds: Callable[[str, str], bool], values: Callable[[str], Iterable[str]]
) -> query.Query | None:
    """Return q with name terms ("mark rowley") in the case the index holds ("Mark Rowley").

    holds tells whether the index holds a field's value as given; values lists a field's values.
    """
    if q is None:
        return None
    if isinstance(q, query.Term) and q.fieldname in NAME_FIELDS and isinstance(q.text, str):
        if not holds(q.fieldname, q.text):
            folded = q.text.casefold()
            for text in values(q.fieldname):
                if text.casefold() == folded:
                    return query.Term(q.fieldname, text, boost=q.boost)
        return q
    if not q.is_leaf():
        return q.apply(lambda child: match_case(child, holds, values))
    return q


def in_reader(reader) -> tuple[Callable[[str, str], bool], Callable[[str], Iterator[str]]]:
    """Return match_case's two questions, answered by a Whoosh reader."""

    def values(field: str) -> Iterator[str]:
        for term in reader.lexicon(field):
            yield term.decode("utf-8") if isinstance(term, bytes) else term

    return (lambda field, text: (field, text) in reader), values
