"""A large module parsed in part (``program/partial.py``) answers as the whole module does."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path
from typing import Any, Optional

import harness
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from flake8_async_blocking.origins import Ref
from flake8_async_blocking.program import partial, program_for
from flake8_async_blocking.program.partial import parse_part

MODULE = textwrap.dedent(
    '''\
    import os
    import time

    LIMIT = 3
    SESSION = make_session()
    ALIAS = helper


    @decorate
    def helper():
        time.sleep(1)


    def unused():
        os.listdir(".")


    class Client(Base):
        """Talks to the server."""

        timeout = LIMIT

        @property
        def ready(self):
            return True

        def __init__(self):
            self.conn = connect()

        def send(self):
            helper()

        def reset(self):
            self.state = None


    class Other:
        def only(self):
            pass


    def make_session():
        return 1


    def connect():
        return 2
    '''
)


@pytest.fixture
def always(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(partial, "PARTIAL_FROM", 0)
    monkeypatch.setattr(partial, "_MOST", 1.0)


def _defined(tree: ast.Module) -> set[str]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add(node.name)
    return found


@pytest.mark.usefixtures("always")
def test_a_part_keeps_what_the_names_asked_for_reach() -> None:
    part = parse_part(MODULE, "mod.py", ["Client", "send"])
    # make_session is called at import; connect is what __init__ calls; helper is what
    # send calls.  ready and reset are reached by no name kept, nor is unused or Other.
    assert _defined(part.tree) == {"helper", "Client", "__init__", "send", "make_session",
                                   "connect"}
    assert part.omitted == {"unused", "Other", "ready", "reset"}
    assert part.size < len(MODULE)


@pytest.mark.usefixtures("always")
def test_a_part_keeps_the_lines_of_the_file() -> None:
    whole = ast.parse(MODULE)
    part = parse_part(MODULE, "mod.py", ["Client", "send"]).tree
    lines = {
        node.name: node.lineno for node in ast.walk(whole) if isinstance(node, ast.FunctionDef)
    }
    for node in ast.walk(part):
        if isinstance(node, ast.FunctionDef):
            assert node.lineno == lines[node.name]


@pytest.mark.usefixtures("always")
def test_a_plain_binding_is_read_once_a_kept_name_spells_it() -> None:
    assert "helper" not in _defined(parse_part(MODULE, "mod.py", ["Other"]).tree)
    source = MODULE + "\n\ndef uses():\n    return ALIAS()\n"
    assert "helper" in _defined(parse_part(source, "mod.py", ["uses"]).tree)


@pytest.mark.parametrize(
    "binding",
    ["self.state = None", "this.other, this.state = 1, 2", "self.state: int",
     "self.state += 1", "with open('p') as self.state: pass", "for self.state in []: pass"],
)
@pytest.mark.usefixtures("always")
def test_a_method_that_may_bind_an_attribute_spelled_is_kept(binding: str) -> None:
    source = MODULE.replace("self.state = None", binding).replace("def reset(self)",
                                                                  "def reset(this)")
    source += "\n\ndef uses(client):\n    return client.state\n"
    assert "reset" in _defined(parse_part(source, "mod.py", ["uses", "Client"]).tree)
    assert "reset" not in _defined(parse_part(source, "mod.py", ["Client"]).tree)


@pytest.mark.usefixtures("always")
def test_a_class_whose_methods_are_all_left_out_still_parses() -> None:
    part = parse_part(MODULE, "mod.py", ["Other"])
    other = next(node for node in part.tree.body if getattr(node, "name", "") == "Other")
    assert isinstance(other, ast.ClassDef)
    assert [type(stmt) for stmt in other.body] == [ast.Pass]


@pytest.mark.parametrize(
    ("source", "kept"),
    [
        ("import threading\nLOCK = threading.Lock()\n\ndef f():\n    pass\n", {"f"}),
        ("def f():\n    x = (\n1)\n\ndef g():\n    pass\n", {"g"}),  # column 0 in brackets
        # A def written in a string at column 0 is taken for one the scan missed: whole.
        ("def f():\n    s = \'\'\'\ndef g():\n    pass\n\'\'\'\n", {"f"}),
        ("def f():\n    global CLIENT\n    CLIENT = 1\n\ndef g():\n    pass\n", {"f", "g"}),
        # A quoted triple quote the line scan misreads hides g inside f: parsed whole.
        ("def f():\n    x = \'\"\"\"\'\n\ndef g():\n    y = \'\"\"\"\'\n\ndef h():\n    pass\n",
         {"f", "g", "h"}),
        ("class A:\n    def f(self):\n        x = \'\"\"\"\'\n\n    def g(self):\n"
         "        y = \'\"\"\"\'\n\n    def h(self):\n        pass\n\n\ndef g():\n    pass\n",
         {"A", "f", "g", "h"}),
    ],
)
@pytest.mark.usefixtures("always")
def test_the_scan_cuts_only_where_statements_start(source: str, kept: set[str]) -> None:
    part = parse_part(source, "mod.py", ["g"])
    assert _defined(part.tree) == kept
    # Whatever is kept is the whole module's own statement, on its own line.
    whole = {ast.dump(stmt, include_attributes=True) for stmt in ast.parse(source).body}
    assert {ast.dump(stmt, include_attributes=True) for stmt in part.tree.body} <= whole


def test_a_small_module_is_parsed_whole() -> None:
    part = parse_part(MODULE, "mod.py", ["Other"])
    assert part.omitted == frozenset() and part.size == len(MODULE)


# --- the same answers as the whole module -------------------------------------------

_BODIES = [
    "time.sleep(1)",
    "return f{0}()",
    "return V{0}",
    "return C{0}().run()",
    "self_check = C{0}.run",
    "pass",
]


@st.composite
def _modules(draw: Any) -> str:
    count = draw(st.integers(2, 5))
    lines = ["import time", ""]
    for number in range(count):
        picked = draw(st.sampled_from(["V{0} = f{1}", "V{0} = f{1}()", "V{0}: int = 1"]))
        lines.append(picked.format(number, draw(st.integers(0, count - 1))))
    for number in range(count):
        lines += ["", "", f"def f{number}():"]
        for _ in range(draw(st.integers(1, 2))):
            body = draw(st.sampled_from(_BODIES))
            lines.append("    " + body.format(draw(st.integers(0, count - 1))))
        lines += ["", "", f"class C{number}:", "    def __init__(self):"]
        lines.append("        self.x = " + draw(st.sampled_from(["f{0}()", "1"])).format(
            draw(st.integers(0, count - 1))))
        lines += ["", "    def run(self):"]
        lines.append("        " + draw(st.sampled_from(_BODIES)).format(
            draw(st.integers(0, count - 1))))
    return "\n".join(lines) + "\n"


def _answers(root: Path, names: list[str]) -> list[Optional[list[Any]]]:
    program = program_for(str(root / "app" / "main.py"),
                          harness.settings_from_args(["--async-blocking-cache-dir=none"]))[0]
    found: list[Optional[list[Any]]] = []
    for name in names:
        ref = program.callee(f"app.mod.{name}", "")
        blocker = program.blocker(ref) if ref is not None else None
        found.append(blocker.dump() if blocker is not None else None)
        if ref is not None and ref.kind == "function":
            found.append([program.returns(Ref(*ref))])
    return found


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_modules(), st.data())
def test_a_part_answers_as_the_whole_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, source: str, data: Any
) -> None:
    root = tmp_path / "project"
    (root / "app").mkdir(parents=True, exist_ok=True)
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "main.py").write_text("async def main(): ...\n")
    (root / "app" / "mod.py").write_text(source)
    names = sorted({node.name for node in ast.parse(source).body
                    if isinstance(node, (ast.FunctionDef, ast.ClassDef))})
    names = data.draw(st.permutations(names))
    monkeypatch.chdir(root)
    monkeypatch.setattr(partial, "PARTIAL_FROM", 10**9)
    whole = _answers(root, names)
    monkeypatch.setattr(partial, "PARTIAL_FROM", 0)
    monkeypatch.setattr(partial, "_MOST", 1.0)
    assert _answers(root, names) == whole


@pytest.mark.usefixtures("always")
def test_an_alias_reaches_what_it_names_after_a_part_left_it_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "project"
    (root / "app").mkdir(parents=True)
    (root / "app" / "__init__.py").write_text("")
    (root / "app" / "main.py").write_text("async def main(): ...\n")
    (root / "app" / "mod.py").write_text(MODULE)
    monkeypatch.chdir(root)
    program = program_for(str(root / "app" / "main.py"),
                          harness.settings_from_args(["--async-blocking-cache-dir=none"]))[0]
    # A value asked first parses the module without ``helper``, which ALIAS names.
    assert program.value("app.mod.LIMIT", "") is None
    assert "helper" in program.unit("app.mod", "LIMIT").omitted  # type: ignore[union-attr]
    ref = program.callee("app.mod.ALIAS", "")
    assert ref == Ref("app.mod:helper", "function")
    blocker = program.blocker(ref)
    assert blocker is not None and blocker.hit.code == "ABL101"
