"""Properties of the checker on generated programs (hypothesis and hypothesmith).

- any source that ``ast.parse`` accepts never makes the checker raise;
- renaming an import alias keeps every finding, its line, column and text;
- moving a flagged call into a nested ``def`` or ``lambda`` removes the finding,
  while a default value or a nested ``async def`` keeps it;
- turning ``async def/with/for`` and ``await`` into their sync forms removes
  every finding.

The default run uses a small budget; ``pytest -m fuzz`` (``tox -e fuzz``) runs a
large one and crawls the stdlib and site-packages.
"""

from __future__ import annotations

import ast
import keyword
import sys
import sysconfig
import textwrap
import traceback
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, cast

import harness
import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

with warnings.catch_warnings():
    # Older libcst releases, which hypothesmith imports, use deprecated typing helpers.
    warnings.simplefilter("ignore", DeprecationWarning)
    import hypothesmith

from flake8_async_blocking import catalogue
from flake8_async_blocking.plugin import Plugin

SMALL = 50
LARGE = 5000
# hypothesmith spends its time drawing (compiling every candidate, and libcst
# for from_node()), not in the checker: these budgets keep each under ~15 minutes.
LARGE_FROM_GRAMMAR = 300
LARGE_FROM_NODE = 1000
RELAXED = [HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large]

Key = tuple[int, int, str]  # (line, column, text)


def _parse(source: str) -> Optional[ast.Module]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # invalid escapes and the like in generated code
        try:
            return ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None


def _run(tree: ast.AST, filename: str = "generated.py") -> list[Key]:
    """Run the plugin on a tree (no line prefilter), with internal errors raising."""
    return sorted((line, col, text) for line, col, text, _ in Plugin(tree, filename, None).run())


# --- (a) no crash on any parsable source ------------------------------------------


def _in_coroutine(source: str) -> str:
    return "async def generated():\n" + textwrap.indent(source, "    ") + "\n    pass\n"


def _never_raises(source: str) -> None:
    for candidate in (source, _in_coroutine(source)):
        tree = _parse(candidate)
        if tree is not None:
            _run(tree)


def _no_crash_test(strategy: st.SearchStrategy[str], budget: int) -> Callable[..., None]:
    @settings(max_examples=budget, deadline=None, suppress_health_check=RELAXED)
    @given(source=strategy)
    def test(source: str) -> None:
        _never_raises(source)

    return test


test_from_grammar_never_raises = _no_crash_test(hypothesmith.from_grammar(), SMALL)
test_from_node_never_raises = _no_crash_test(hypothesmith.from_node(), SMALL)
test_from_grammar_never_raises_fuzz = pytest.mark.fuzz(
    _no_crash_test(hypothesmith.from_grammar(), LARGE_FROM_GRAMMAR)
)
test_from_node_never_raises_fuzz = pytest.mark.fuzz(
    _no_crash_test(hypothesmith.from_node(), LARGE_FROM_NODE)
)


def _deepest_parsable(build: Callable[[int], str]) -> str:
    for depth in (2500, 1500, 1200):
        source = build(depth)
        if _parse(source) is not None:
            return source
    pytest.skip("this interpreter cannot parse a tree deeper than the recursion limit")


@pytest.mark.parametrize(
    "build",
    [
        lambda n: "import time\n\n\nasync def f(x):\n    return time.sleep(1)"
        + " + x" * n
        + "\n",
        lambda n: "import time\n\n\nasync def f(x):\n    return time.sleep(1)"
        + ".attr" * n
        + "\n",
        lambda n: "import time\n\n\nasync def f(x):\n    time.sleep(1)\n"
        + "    if x == 0:\n        pass\n"
        + "".join(f"    elif x == {i}:\n        pass\n" for i in range(1, n)),
    ],
    ids=["binop-chain", "attribute-chain", "elif-chain"],
)
def test_deep_trees_do_not_overflow(build: Callable[[int], str]) -> None:
    source = _deepest_parsable(build)
    tree = _parse(source)
    assert tree is not None
    found = {(line, text.split()[0]) for line, _, text in _run(tree)}
    assert found == {(5, "ABL101")}


def test_loop_variables_that_name_each_other_end() -> None:
    # ``a`` is a loop over ``b``, ``b`` a loop over ``a``: the resolver gives up.
    source = textwrap.dedent(
        """\
        import time


        async def rotate(first, second):
            for a in (b, first):
                for b in (a, second):
                    a()
                    b()
            for c in (time.sleep,):
                for d in (c,):
                    for e in (d,):
                        for f in (e,):
                            for g in (f,):
                                g(1)
                                f(1)
        """
    )
    found = {(line, text.split()[0]) for line, _, text in _run(ast.parse(source))}
    assert found == {(15, "ABL101")}  # through four loop variables, not five


def _parse_deep(source: str) -> ast.Module:
    """Parse with the recursion limit raised: flake8 hands over trees it built."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 100_000))
    try:
        return ast.parse(source)
    except RecursionError:
        # CPython 3.12's parser has a fixed limit of its own (a chain of about
        # 1,400 links): flake8 gets no tree for such a file either.
        reject()
    finally:
        sys.setrecursionlimit(limit)


_CHAIN_LINKS = st.integers(min_value=1, max_value=2000)


@settings(max_examples=12, deadline=None, suppress_health_check=RELAXED)
@given(links=_CHAIN_LINKS, typed=st.booleans())
def test_method_chains_keep_their_type(links: int, typed: bool) -> None:
    # A query built over any number of links on a Session is still a Query;
    # on a receiver of unknown type nothing is reported, at any length.
    annotation = ": Session" if typed else ""
    source = (
        "from sqlalchemy.orm import Session\n\n\n"
        f"async def f(session{annotation}):\n"
        "    return session.query(U)" + ".filter(x)" * links + ".all()\n"
    )
    found = {text.split()[0] for _, _, text in _run(_parse_deep(source))}
    assert found == ({"ABL302"} if typed else set())


@settings(max_examples=12, deadline=None, suppress_health_check=RELAXED)
@given(links=_CHAIN_LINKS)
def test_string_chains_never_raise(links: int) -> None:
    source = "import time\n\n\nasync def f(s):\n    time.sleep(1)\n    return s" + (
        '.replace("a", "_")' * links
    ) + "\n"
    found = {(line, text.split()[0]) for line, _, text in _run(_parse_deep(source))}
    assert found == {(5, "ABL101")}


# --- a small grammar of programs around one catalogued call --------------------


def _catalogued_calls() -> list[tuple[str, str]]:
    """Return (qualified name, code) of the catalogued calls that no guard can excuse."""
    return sorted(
        (name, api.code)
        for name, api in catalogue.CALLS.items()
        if api is not None and not api.guard and "." in name
    )


CALLS = _catalogued_calls()

# Statement shapes around the call, as lines of the coroutine body.
CONTEXTS: tuple[tuple[str, ...], ...] = (
    ("{call}",),
    ("result = {call}", "return result"),
    ("return {call}",),
    ("if flag:", "    {call}"),
    ("try:", "    {call}", "except ValueError:", "    pass"),
    ("values = [{call} for _ in range(2)]", "return values"),
    ("print({call})",),
    ("while flag:", "    {call}", "    break"),
    ("with guard:", "    {call}"),
    ("async with guard:", "    {call}"),
    ("async for item in stream:", "    {call}"),
    ("await other({call})",),
)
TEMPLATE_NAMES = {
    "handler", "flag", "guard", "stream", "other", "result", "values", "item",
    "inner", "value", "print", "range", "ValueError",
}
RESERVED = set(keyword.kwlist) | set(keyword.softkwlist) | TEMPLATE_NAMES | {"__builtins__"}


@dataclass(frozen=True)
class Program:
    """An async handler that calls one catalogued function in one context."""

    qualname: str
    code: str
    from_import: bool
    context: tuple[str, ...]

    def render(self, alias: str, wrap: str = "") -> tuple[str, int]:
        """Return the source and the line of the call.

        ``wrap`` moves the call: into a nested ``def``, ``async def`` or
        ``lambda``, or into the default value of a nested ``def``.
        """
        module, _, attr = self.qualname.rpartition(".")
        if self.from_import:
            lines = [f"from {module} import {attr} as {alias}"]
            call = f"{alias}()"
        else:
            lines = [f"import {module} as {alias}"]
            call = f"{alias}.{attr}()"
        lines += ["", "", "async def handler(flag, guard, stream, other):"]
        call_line = 0
        for template in self.context:
            if "{call}" not in template:
                lines.append("    " + template)
                continue
            indent = "    " + template[: len(template) - len(template.lstrip())]
            text = template.strip()
            if wrap == "lambda":
                text = text.replace("{call}", "(lambda: {call})")
            elif wrap in ("def", "async_def"):
                lines.append(indent + ("def" if wrap == "def" else "async def") + " inner():")
                indent += "    "
            elif wrap == "default":
                lines.append(indent + "def inner(value={call}):".format(call=call))
                call_line = len(lines)
                lines.append(indent + "    " + text.replace("{call}", "value"))
                continue
            lines.append(indent + text.format(call=call))
            call_line = len(lines)
        return "\n".join(lines) + "\n", call_line


def _identifiers() -> st.SearchStrategy[str]:
    return st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,10}", fullmatch=True).filter(
        lambda name: name not in RESERVED
    )


@st.composite
def programs(draw: Any, sync_only: bool = False) -> Program:
    """Draw a handler around a catalogued call."""
    qualname, code = draw(st.sampled_from(CALLS))
    contexts = [c for c in CONTEXTS if not (sync_only and any("await " in t for t in c))]
    return Program(qualname, code, draw(st.booleans()), draw(st.sampled_from(contexts)))


def _findings(source: str) -> list[Key]:
    tree = _parse(source)
    assert tree is not None, source
    return _run(tree)


def _keys(found: list[Key]) -> set[tuple[int, str]]:
    return {(line, text.split()[0]) for line, _, text in found}


def _property_settings(budget: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    return settings(max_examples=budget, deadline=None, suppress_health_check=RELAXED)


# --- (b) alias renaming -------------------------------------------------------------


def _alias_invariance(program: Program, aliases: list[str]) -> None:
    first, second = aliases
    source_a, line = program.render(first)
    source_b, _ = program.render(second)
    found_a = _findings(source_a)
    assert _keys(found_a) == {(line, program.code)}, source_a
    assert found_a == _findings(source_b), source_a + "\n" + source_b


NEEDS_CALLS = pytest.mark.skipif(not CALLS, reason="the catalogue has no unguarded call")


def _alias_test(budget: int) -> Callable[..., None]:
    @NEEDS_CALLS
    @_property_settings(budget)
    @given(
        program=programs(),
        aliases=st.lists(_identifiers(), min_size=2, max_size=2, unique=True),
    )
    def test(program: Program, aliases: list[str]) -> None:
        _alias_invariance(program, aliases)

    return cast(Callable[..., None], test)


test_alias_renaming_keeps_findings = _alias_test(SMALL)
test_alias_renaming_keeps_findings_fuzz = pytest.mark.fuzz(_alias_test(LARGE))


# --- (c) boundaries -------------------------------------------------------------------


def _boundaries(program: Program, alias: str, wrap: str) -> None:
    source, line = program.render(alias, wrap)
    found = _keys(_findings(source))
    if wrap in ("def", "lambda"):
        assert found == set(), source
    else:  # a default value runs in the coroutine; a nested async def is one
        assert found == {(line, program.code)}, source


def _boundary_test(budget: int) -> Callable[..., None]:
    @NEEDS_CALLS
    @_property_settings(budget)
    @given(
        program=programs(sync_only=True),
        alias=_identifiers(),
        wrap=st.sampled_from(["def", "lambda", "default", "async_def"]),
    )
    def test(program: Program, alias: str, wrap: str) -> None:
        _boundaries(program, alias, wrap)

    return cast(Callable[..., None], test)


test_nested_def_and_lambda_are_boundaries = _boundary_test(SMALL)
test_nested_def_and_lambda_are_boundaries_fuzz = pytest.mark.fuzz(_boundary_test(LARGE))


# --- (d) the sync forms -----------------------------------------------------------------


class Desugar(ast.NodeTransformer):
    """Turn ``async def/with/for``, async comprehensions and ``await`` into sync forms."""

    def visit_AsyncFunctionDef(self, node: ast.AsyncFunctionDef) -> ast.AST:
        self.generic_visit(node)
        fields = {name: getattr(node, name) for name in node._fields}
        return ast.copy_location(ast.FunctionDef(**fields), node)

    def visit_AsyncWith(self, node: ast.AsyncWith) -> ast.AST:
        self.generic_visit(node)
        return ast.copy_location(ast.With(node.items, node.body, node.type_comment), node)

    def visit_AsyncFor(self, node: ast.AsyncFor) -> ast.AST:
        self.generic_visit(node)
        return ast.copy_location(
            ast.For(node.target, node.iter, node.body, node.orelse, node.type_comment), node
        )

    def visit_Await(self, node: ast.Await) -> ast.AST:
        value: ast.AST = self.visit(node.value)
        return value

    def visit_comprehension(self, node: ast.comprehension) -> ast.AST:
        self.generic_visit(node)
        node.is_async = 0
        return node


def desugar(source: str) -> str:
    """Return the source with every async form replaced by its sync form."""
    tree = Desugar().visit(ast.parse(source))
    return ast.unparse(ast.fix_missing_locations(tree))


def _sync_forms(program: Program, alias: str) -> None:
    source, line = program.render(alias)
    assert _keys(_findings(source)) == {(line, program.code)}, source
    synced = desugar(source)
    assert _findings(synced) == [], synced


def _sync_test(budget: int) -> Callable[..., None]:
    @NEEDS_CALLS
    @_property_settings(budget)
    @given(program=programs(), alias=_identifiers())
    def test(program: Program, alias: str) -> None:
        _sync_forms(program, alias)

    return cast(Callable[..., None], test)


test_sync_forms_have_no_findings = _sync_test(SMALL)
test_sync_forms_have_no_findings_fuzz = pytest.mark.fuzz(_sync_test(LARGE))

FIXTURES = [path for path in harness.fixture_paths() if harness.runs_here(path)]


@pytest.mark.parametrize("path", FIXTURES, ids=[path.name for path in FIXTURES])
def test_fixture_in_sync_forms_has_no_findings(path: Path) -> None:
    source = harness.read_source(path)
    settings_ = harness.settings_from_args(harness.header_args(source))
    synced = desugar(source)
    found = harness.run_plugin(synced, settings_, filename=path.name)
    assert found == [], "\n".join(f"{f.line}: {f.text}" for f in found)


# --- crawls of real code (fuzz) ---------------------------------------------------------


def _python_files(root: Path, skip: Optional[Path] = None) -> Iterator[Path]:
    for path in sorted(root.rglob("*.py")):
        if skip is not None and skip in path.parents:
            continue
        yield path


def _roots() -> dict[str, tuple[Path, Optional[Path]]]:
    paths = sysconfig.get_paths()
    stdlib, purelib = Path(paths["stdlib"]), Path(paths["purelib"])
    roots = {"stdlib": (stdlib, purelib), "site-packages": (purelib, None)}
    platlib = Path(paths["platlib"])
    if platlib != purelib:
        roots["platlib"] = (platlib, None)
    return roots


Check = Callable[[Path, str, ast.Module], None]


def _crawl(root: Path, skip: Optional[Path], check: Check) -> None:
    failures: list[str] = []
    checked = 0
    for path in _python_files(root, skip):
        try:
            raw = path.read_bytes()
        except OSError:
            continue
        tree = _parse_bytes(raw)
        if tree is None:
            continue
        text = raw.decode("utf-8", "replace")
        checked += 1
        try:
            check(path, text, tree)
        except Exception as error:  # every failure is collected and reported at the end
            frame = traceback.extract_tb(error.__traceback__)[-1]
            where = f"{Path(frame.filename).name}:{frame.lineno}"
            failures.append(f"{path}: {type(error).__name__} at {where}: {error}"[:500])
    assert checked, f"no Python file under {root}"
    assert not failures, f"{len(failures)} of {checked} files failed:\n" + "\n".join(failures[:40])


def _parse_bytes(raw: bytes) -> Optional[ast.Module]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return ast.parse(raw)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return None


def _no_exception(path: Path, text: str, tree: ast.Module) -> None:
    list(Plugin(tree, str(path), text.splitlines(keepends=True)).run())


def _nothing_in_sync_forms(path: Path, text: str, tree: ast.Module) -> None:
    if "async" not in text:
        return
    synced = Desugar().visit(tree)
    found = _run(_parse(ast.unparse(ast.fix_missing_locations(synced))) or ast.Module([], []))
    assert found == [], f"{len(found)} findings in sync code, first: {found[0]}"


@pytest.mark.fuzz
@pytest.mark.parametrize("name", sorted(_roots()))
def test_crawl_never_raises(name: str) -> None:
    root, skip = _roots()[name]
    _crawl(root, skip, _no_exception)


@pytest.mark.fuzz
@pytest.mark.parametrize("name", sorted(_roots()))
def test_crawl_sync_forms_have_no_findings(name: str) -> None:
    root, skip = _roots()[name]
    _crawl(root, skip, _nothing_in_sync_forms)
