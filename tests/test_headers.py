"""The text scan of module headers (``program/headers.py``) and what it answers.

The scan may leave a fact out, never invent one: wherever it answers "which
catalogued type does this class derive from", the answer must be the one the
parsed module gives.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import harness
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flake8_async_blocking.program import program_for
from flake8_async_blocking.origins import Ref
from flake8_async_blocking.program.headers import TWICE, class_members, scan_header
from flake8_async_blocking.program.world import _UNKNOWN, Program


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_kinds_are_only_plain_definitions(tmp_path: Path) -> None:
    module = _write(
        tmp_path / "mod.py",
        """\
        from x import (
            imported,
        )
        import y as aliased
        from z import first, \\
            continued


        def plain(): ...
        async def coroutine(): ...
        class Model: ...
        def imported(): ...
        def twice(): ...
        class twice: ...
        def rebound(): ...
        rebound = wrap(rebound)
        def aliased(): ...
        def continued(): ...
        if FLAG:
            def nested(): ...
        """,
    )
    assert scan_header(str(module)).kinds == {
        "plain": "function",
        "coroutine": "async",
        "Model": "class",
    }
    missing = scan_header(str(tmp_path / "missing.py"))
    assert missing.kinds == {} and missing.star


def test_imports_and_bases_read_plainly(tmp_path: Path) -> None:
    module = _write(
        tmp_path / "mod.py",
        """\
        import os.path
        import requests as http
        from . import sibling
        from ..base import (
            Base,
            Mixin as Extra,
        )
        try:
            from fast import Loader
        except ImportError:
            from slow import Loader
        from maybe import Parser
        if OLD:
            Parser = None


        class Client(http.Session, Extra, Generic[T], metaclass=Meta):
            pass


        class Bare:
            pass


        class Tricky(make_base("x:y")):
            pass


        class Split(Base,
                    Mixin):
            pass
        """,
    )
    header = scan_header(str(module), classes=True)
    assert header.imports == {
        "os": "os",
        "http": "requests",
        "sibling": ".sibling",
        "Base": "..base.Base",
        "Extra": "..base.Mixin",
    }
    assert header.bases == {
        "Client": ("http.Session", "Extra", "Generic"),  # Generic[T] is a Generic
        "Bare": (),
        "Split": ("Base", "Mixin"),
    }
    assert {"Loader", "Parser", "Client"} <= header.bound
    assert not header.star


def _program(root: Path) -> Program:
    checked = _write(root / "app" / "checked.py", "async def main(): ...\n")
    _write(root / "app" / "__init__.py", "")
    settings_ = harness.settings_from_args(["--async-blocking-cache-dir=none"])
    return program_for(str(checked), settings_)[0]


# A base of the class under test: (import line, base expression).
BASES = [
    ("import requests", "requests.Session"),
    ("from requests import Session", "Session"),
    ("from requests import Session as Pool", "Pool"),
    ("import threading", "threading.Lock"),
    ("from .other import Remote", "Remote"),
    ("from . import other", "other.Remote"),
    ("from .other import Plain", "Plain"),
    ("", "Local"),
    ("", "dict"),
    ("", "object"),
    (
        "try:\n    from requests import Session\nexcept ImportError:\n    Session = object",
        "Session",
    ),
    ("from .other import *", "Remote"),
    ("", "Unknown"),
    ("from requests import Session\nSession = object", "Session"),
]


def _models(tmp_path: Path, picks: list[int]) -> Program:
    """A project whose ``app.models.Model`` derives from the picked bases."""
    root = tmp_path / f"case{'_'.join(map(str, picks))}"
    _write(
        root / "app" / "other.py",
        """\
        import requests


        class Remote(requests.Session):
            pass


        class Plain:
            pass
        """,
    )
    imports = "\n".join(BASES[pick][0] for pick in picks if BASES[pick][0])
    bases = ", ".join(BASES[pick][1] for pick in picks)
    _write(
        root / "app" / "models.py",
        f"from .other import Remote as _Far\n{imports}\n\n\nclass Local(_Far):\n    pass\n\n\n"
        f"class Model({bases}):\n    pass\n",
    )
    return _program(root)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.sampled_from(range(len(BASES))), min_size=0, max_size=3, unique=True))
def test_scanned_base_agrees_with_the_parsed_module(tmp_path: Path, picks: list[int]) -> None:
    program = _models(tmp_path, picks)
    scanned = program._scanned_base("app.models", "Model")
    parsed = _models(tmp_path, picks)._parsed_base("@app.models:Model")
    assert scanned is _UNKNOWN or scanned == parsed


def test_scanned_base_answers_plain_classes_and_leaves_the_rest(tmp_path: Path) -> None:
    def scanned(*picks: int) -> object:
        return _models(tmp_path, list(picks))._scanned_base("app.models", "Model")

    assert scanned(0) == scanned(1) == scanned(2) == "requests.Session"
    assert scanned(4) == scanned(5) == scanned(7) == "requests.Session"
    assert scanned(6) is scanned(8) is scanned(9) is None
    assert scanned() is None
    assert scanned(10) is scanned(11) is scanned(12) is scanned(13) is _UNKNOWN


def test_a_base_question_answered_by_the_scan_parses_nothing(tmp_path: Path) -> None:
    _write(
        tmp_path / "app" / "core.py",
        """\
        import requests


        class Hub:
            def run(self):
                return 1


        class Session(requests.Session):
            pass
        """,
    )
    program = _program(tmp_path)
    assert program.known_base("@app.core:Hub") is None
    assert program.known_base("@app.core:Session") == "requests.Session"
    assert program.parsed == 0


def test_a_package_re_export_is_followed_without_parsing(tmp_path: Path) -> None:
    _write(tmp_path / "app" / "api" / "__init__.py", "from .client import Client as Api\n")
    _write(tmp_path / "app" / "api" / "client.py", "class Client:\n    pass\n")
    _write(
        tmp_path / "app" / "legacy" / "__init__.py",
        "try:\n    from .fast import Client\nexcept ImportError:\n    from .slow import Client\n",
    )
    _write(tmp_path / "app" / "legacy" / "slow.py", "class Client:\n    pass\n")
    program = _program(tmp_path)
    found = program.callee("app.api.Api", "")
    assert found is not None and (found.name, found.kind) == ("app.api.client:Client", "class")
    assert program.parsed == 0
    found = program.callee("app.legacy.Client", "")  # alternatives: the parse decides
    assert found is not None and found.name == "app.legacy.slow:Client"
    assert program.parsed == 1


def test_class_members_read_plainly_or_not_at_all(tmp_path: Path) -> None:
    module = _write(
        tmp_path / "mod.py",
        '''\
        class Plain(Base):
            """A docstring.

        class NotAClass:
            def not_a_method(self): ...
            """

            limit = compute(
        1)

            def get(self):
                return """
        def hidden(): ...
                """

            async def fetch(self): ...

            @overload
            def put(self, x: int): ...
            @overload
            def put(self, x: str): ...

            class Meta:
                def inner(self): ...


        class Branchy:
            if FLAG:
                def run(self): ...


        class OneLine: pass


        class Shallow:
            def run(self):
                return (
          1)


        class Unbalanced:
            def run(self):
                return 1
        )
        ''',
    )
    header = scan_header(str(module), classes=True)
    assert "NotAClass" not in header.kinds and "NotAClass" not in header.bases
    assert class_members(str(module), header, "Plain") == {
        "get": "function",
        "fetch": "async",
        "put": TWICE,
    }
    assert class_members(str(module), header, "Branchy") is None
    assert class_members(str(module), header, "OneLine") is None
    assert class_members(str(module), header, "Shallow") == {"run": "function"}  # in brackets
    assert class_members(str(module), header, "Unbalanced") is None
    assert class_members(str(module), header, "Missing") is None


# A class body of the class under test: (line of the body, what it defines).
BODIES = [
    "def run(self): ...",
    "async def run(self): ...",
    "def __init__(self): ...",
    "def __post_init__(self): ...",
    "run = other",
    "if FLAG:\n        def run(self): ...",
    "def run(self): ...\n    def run(self, x): ...",
    '"""Doc.\n\ndef run(self): ...\n"""',
    "pass",
]


def _methods(tmp_path: Path, picks: list[int], base: str) -> Program:
    """A project whose ``app.models.Model`` has the picked body lines and the given base."""
    root = tmp_path / f"m{'_'.join(map(str, picks))}_{base.replace('.', '_')}"
    _write(
        root / "app" / "other.py",
        """\
        class Remote:
            def __init__(self):
                open("x")

            def run(self):
                open("x")


        class Empty:
            pass
        """,
    )
    body = "\n    ".join(BODIES[pick] for pick in picks) or "pass"
    _write(
        root / "app" / "models.py",
        "from .other import Remote, Empty\nfrom . import other\n\n\n"
        f"class Local(Remote):\n    pass\n\n\nclass Model({base}):\n    {body}\n",
    )
    return _program(root)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(st.sampled_from(range(len(BODIES))), min_size=0, max_size=3, unique=True),
    st.sampled_from(["Remote", "Local", "Empty", "other.Remote", "object", "Unknown"]),
    st.sampled_from(["run", "__init__", "missing"]),
)
def test_scanned_method_agrees_with_the_parsed_module(
    tmp_path: Path, picks: list[int], base: str, name: str
) -> None:
    scanned = _methods(tmp_path, picks, base)._scanned_method("app.models", "Model", name)
    parsed = _methods(tmp_path, picks, base)._parsed_method("@app.models:Model", name)
    assert scanned is _UNKNOWN or scanned == parsed
    constructor = _methods(tmp_path, picks, base)._scanned_constructor("app.models", "Model")
    if constructor is not _UNKNOWN:
        program = _methods(tmp_path, picks, base)
        unit = program.unit("app.models", "Model")
        assert unit is not None
        info = unit.class_named("Model")
        assert info is not None and unit.summaries.target(info.node) is None
        inherited = unit.resolver.foreign_method(info, "__init__")
        assert constructor == ([inherited.name, inherited.kind] if inherited else None)


def test_a_method_question_answered_by_the_scan_parses_nothing(tmp_path: Path) -> None:
    program = _methods(tmp_path, [0], "Remote")
    found = program.method("@app.models:Model", "run")
    assert found is not None and (found.name, found.kind) == ("app.models:Model.run", "function")
    found = program.method("@app.models:Model", "__init__")
    assert found is not None and found.name == "app.other:Remote.__init__"
    assert program.parsed == 0
    blocker = program.blocker(Ref("app.models:Model", "class"))
    assert blocker is not None and program.parsed == 1  # only other.py, for __init__'s body
