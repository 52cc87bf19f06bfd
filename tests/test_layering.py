"""Imports go one way: web -> search -> index."""

import ast
from pathlib import Path

ROOT = Path(__file__).parent.parent


def imported(package: str) -> set[str]:
    names = set()
    for path in (ROOT / package).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
    return names


def test_index_imports_neither_search_nor_web():
    assert not imported("index") & {"search", "web", "flask"}


def test_search_imports_no_web_and_no_flask():
    assert not imported("search") & {"web", "flask", "werkzeug"}


def test_search_takes_only_the_schemas_from_index():
    # Whoosh's schema, and the layout of a paragraph in a Xapian shard.
    modules = set()
    for path in (ROOT / "search").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("index"):
                modules.add(node.module)
    assert modules == {"index.store.schema", "index.store.shards"}


def test_no_module_defines_a_name_twice():
    # A second `_WORD_AFTER = ...` in a module of thousands of lines silently replaces the
    # first for every function that reads it; ruff does not see module constants.
    twice: set[tuple[str, str]] = set()
    for package in ("index", "search", "web"):
        for path in (ROOT / package).rglob("*.py"):
            seen: set[str] = set()
            for node in ast.parse(path.read_text()).body:
                if isinstance(node, ast.Assign):
                    names = [t.id for t in node.targets if isinstance(t, ast.Name)]
                elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                    names = [node.target.id]
                elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                    names = [node.name]
                else:
                    names = []
                twice |= {(path.name, name) for name in names if name in seen}
                seen.update(names)
    assert twice == set()


def test_no_module_reads_another_s_private_names():
    # A name another module needs is public: a leading underscore tells the reader of a
    # module of the name-finding wing that nothing outside it depends on the name.
    shared: set[tuple[str, str]] = set()
    for package in ("index", "search", "web"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text())):
                own = isinstance(node, ast.ImportFrom) and (
                    node.level > 0 or (node.module or "").split(".")[0] in ("index", "search", "web")
                )
                if own:
                    shared |= {(path.name, alias.name) for alias in node.names if alias.name.startswith("_")}
    assert shared == set()
