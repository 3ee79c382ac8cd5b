"""The codes agree everywhere: codes.py, README, CHANGELOG, fixtures and the catalogue."""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
import string
import subprocess
import sys
import textwrap
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Optional

import harness
import pytest

from flake8_async_blocking import catalogue
from flake8_async_blocking.catalogue import entry
from flake8_async_blocking.catalogue.entry import Api
from flake8_async_blocking.codes import DEFAULT_OFF, PEER_CODES, RULES, RULES_BY_CODE, Rule

README = harness.REPO_ROOT / "README.md"
DOCS = harness.REPO_ROOT / "flake8_async_blocking" / "docs"
CHANGELOG = harness.REPO_ROOT / "CHANGELOG.md"
CODE_IN_TEXT = re.compile(r"\bABL\d{3}\b")
# First cell of a Markdown table row: | ABL201 |, | [ABL201](#abl201) |, | `ABL201` |
TABLE_ROW = re.compile(r"^\|\s*\[?`?(?P<code>ABL\d{3})\b")
SECTIONS = (
    "What it does",
    "Why is this bad?",
    "Example",
    "Use instead",
    "Known false positives",
    "Options",
)
API_TABLES = ("CALLS", "METHODS", "WITH", "ITERATE")
# Every table a family module may define.  Each is merged in catalogue/__init__.py.
FAMILY_TABLES = (
    "CALLS",
    "METHODS",
    "WITH",
    "ITERATE",
    "RETURNS",
    "MEMBERS",
    "VALUES",
    "ALIASES",
    "ENTERS",
    "SUGGESTIONS",
    "COROUTINES",
    "OFFLOADERS",
    "FOLLOWED_LIBRARIES",
    "CONSUMERS",
    "RECEIVER_HINTS",
    "ATTRIBUTE_HINTS",
)
BACKENDS = {"asyncio", "anyio", "trio"}

# The family modules and any other data module merged into the catalogue.
TABLE_MODULES = tuple(
    importlib.import_module(f"{catalogue.__name__}.{info.name}")
    for info in pkgutil.iter_modules(catalogue.__path__)
    if info.name != "entry"
)

ALL_CODES = {rule.code for rule in RULES}
RETIRED = {rule.code for rule in RULES if "removed in" in rule.summary}


def _read(path: Path) -> str:
    if not path.exists():
        pytest.fail(f"{path.name} does not exist")
    return path.read_text(encoding="utf-8")


def _readme_rows() -> dict[str, list[str]]:
    rows: dict[str, list[str]] = {}
    for line in _read(README).splitlines():
        match = TABLE_ROW.match(line.strip())
        if match:
            rows.setdefault(match["code"], []).append(line)
    return rows


def _apis() -> list[tuple[str, str, Api]]:
    found = []
    for table in API_TABLES:
        for key, api in getattr(catalogue, table).items():
            if api is not None:
                found.append((table, key, api))
    return found


def _family_table(module: Any, table: str) -> Any:
    return getattr(module, table, None)


# --- codes.py -----------------------------------------------------------------


def test_rules_are_sorted_and_unique() -> None:
    codes = [rule.code for rule in RULES]
    assert codes == sorted(codes)
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"ABL\d{3}", code) for code in codes)
    assert dict(RULES_BY_CODE) == {rule.code: rule for rule in RULES}


def test_names_are_kebab_case_and_unique() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    for name in names:
        assert re.fullmatch(r"[a-z][a-z0-9]*(-[a-z0-9]+)*", name), name


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_message_has_named_placeholders_only(rule: Rule) -> None:
    parsed = string.Formatter().parse(rule.message)
    fields = [field for _, field, _, _ in parsed if field is not None]
    assert fields, "a message names at least the call"
    for field in fields:
        assert field.isidentifier(), f"placeholder {{{field}}} is not a plain name"
    assert "\n" not in rule.message
    assert not rule.message.endswith("."), "no trailing period"
    assert rule.message[:1] == "{" or rule.message[:1].islower()


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_summary_is_one_line(rule: Rule) -> None:
    assert rule.summary and "\n" not in rule.summary
    assert not rule.summary.endswith(".")


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_doc_has_the_sections_in_order(rule: Rule) -> None:
    assert rule.doc.strip(), "empty doc"
    headers: list[tuple[str, int]] = []
    lines = rule.doc.splitlines()
    for number, line in enumerate(lines):
        title = line.strip().lstrip("#").strip().rstrip(":").strip()
        if title in SECTIONS:
            headers.append((title, number))
    assert [title for title, _ in headers] == list(SECTIONS)
    ends = [number for _, number in headers[1:]] + [len(lines)]
    for (title, start), end in zip(headers, ends):
        assert any(line.strip() for line in lines[start + 1:end]), f"section {title!r} is empty"


def test_every_code_has_a_docs_file_and_every_docs_file_a_code() -> None:
    names = sorted(path.name for path in DOCS.iterdir())
    assert names == sorted(f"{code}.md" for code in ALL_CODES)


@pytest.mark.parametrize("rule", RULES, ids=[rule.code for rule in RULES])
def test_doc_is_its_docs_file(rule: Rule) -> None:
    raw = (DOCS / f"{rule.code}.md").read_bytes().decode("utf-8")
    assert "\r" not in raw and raw.endswith("\n") and not raw.endswith("\n\n")
    assert rule.doc == raw[:-1]


def test_importing_the_plugin_reads_no_docs_file() -> None:
    """Only ``explain`` reads the docs: a flake8 run must not pay for them."""
    probe = textwrap.dedent(
        """\
        import ast, sys
        opened = []
        sys.addaudithook(
            lambda event, args: opened.append(str(args[0])) if event == "open" else None
        )
        from flake8_async_blocking.plugin import Plugin
        source = "import time\\nasync def f():\\n    time.sleep(1)\\n"
        lines = source.splitlines(keepends=True)
        assert list(Plugin(ast.parse(source), "app.py", lines).run())
        print("\\n".join(name for name in opened if name.endswith(".md")))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=harness.REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_default_off_codes_are_the_opt_in_ones() -> None:
    """A default-off code's doc says how to opt in; no other doc says so of itself."""
    opt_in = {rule.code for rule in RULES if f"extend-select = {rule.code}" in rule.doc}
    assert set(DEFAULT_OFF) == {rule.code for rule in RULES if not rule.default_on}
    assert set(DEFAULT_OFF) == opt_in
    for code in DEFAULT_OFF:
        what = RULES_BY_CODE[code].doc.partition("What it does")[2].strip()
        assert what.lower().startswith("opt-in"), f"{code}: 'What it does' opens with 'Opt-in.'"


# --- README, CHANGELOG, fixtures ----------------------------------------------


def test_readme_table_lists_every_code() -> None:
    assert set(_readme_rows()) == ALL_CODES


def test_readme_mentions_no_unknown_code() -> None:
    assert set(CODE_IN_TEXT.findall(_read(README))) <= ALL_CODES


def test_readme_marks_the_opt_in_codes() -> None:
    rows = _readme_rows()
    for code in ALL_CODES:
        says_opt_in = any("opt-in" in row.lower() for row in rows.get(code, []))
        assert says_opt_in == (code in DEFAULT_OFF), code


def test_readme_marks_retired_codes() -> None:
    rows = _readme_rows()
    for code in RETIRED:
        assert any("removed in" in row for row in rows[code]), code


def test_peer_codes_match_the_readme_relation_table() -> None:
    text = _read(README)
    section = text.split("## Relation to flake8-async", 1)[1].split("\n## ", 1)[0]
    table: dict[str, tuple[str, ...]] = {}
    for line in section.splitlines():
        cells = line.split("|")
        if len(cells) > 4 and re.fullmatch(r"\s*ABL\d{3}\s*", cells[1]):
            peers = re.findall(r"\bASYNC\d{3}\b", cells[2] + cells[3])
            table[cells[1].strip()] = tuple(sorted(set(peers)))
    assert table == {code: tuple(sorted(peers)) for code, peers in PEER_CODES.items()}


def test_changelog_names_every_code() -> None:
    assert set(CODE_IN_TEXT.findall(_read(CHANGELOG))) == ALL_CODES


def test_changelog_opens_with_unreleased() -> None:
    headings = [line for line in _read(CHANGELOG).splitlines() if line.startswith("## ")]
    assert headings and "unreleased" in headings[0].lower()


def test_every_live_code_has_a_fixture_marker() -> None:
    fixtures = [path for path in harness.fixture_paths() if harness.runs_here(path)]
    projects = [
        path
        for path in sorted((Path(__file__).parent / "projects").rglob("*.py"))
        if "site-packages" not in path.parts
    ]
    assert harness.marker_codes(fixtures + projects) == ALL_CODES - RETIRED


# --- catalogue ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "key", "api"),
    _apis(),
    ids=[f"{table}:{key}" for table, key, _ in _apis()],
)
def test_catalogue_entry_points_to_a_code_and_a_suggestion(table: str, key: str, api: Api) -> None:
    assert api.code in RULES_BY_CODE, f"{api.code} is not in codes.py"
    assert api.code not in RETIRED, f"{api.code} is retired"
    assert api.suggestion in catalogue.SUGGESTIONS, f"no SUGGESTIONS[{api.suggestion!r}]"
    assert "asyncio" in catalogue.SUGGESTIONS[api.suggestion]
    assert api.guard in _documented_guards() | {""}, f"undocumented guard {api.guard!r}"


def _documented_guards() -> set[str]:
    doc = entry.__doc__ or ""
    section = doc.partition("Guards")[2]
    return set(re.findall(r'^\s*``"([a-z_]+)"``', section, re.MULTILINE))


def test_guards_are_documented() -> None:
    assert _documented_guards() >= {"nonblocking", "wnohang", "poll_zero"}


def test_catalogue_is_not_empty() -> None:
    assert _apis(), "the catalogue has no blocking API"


def test_keys_are_dotted_names() -> None:
    dotted = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\Z")
    for key in catalogue.CALLS:
        assert dotted.match(key) and "." in key, f"CALLS key {key!r}"
    for key in catalogue.METHODS:
        type_name, _, method = key.rpartition(".")
        assert dotted.match(type_name), f"METHODS key {key!r}"
        assert method == "*" or method.isidentifier(), f"METHODS key {key!r}"


@pytest.mark.parametrize("key", sorted(catalogue.SUGGESTIONS))
def test_suggestions(key: str) -> None:
    variants: Mapping[str, str] = catalogue.SUGGESTIONS[key]
    assert "asyncio" in variants
    assert set(variants) <= BACKENDS | {"default"}, sorted(variants)
    for backend, text in variants.items():
        assert text.strip() == text and text, (backend, text)
        assert "\n" not in text and not text.endswith("."), (backend, text)
        assert len(text) <= 90, f"{backend}: suggestion too long ({len(text)} chars)"


def test_every_suggestion_is_used() -> None:
    """A key no Api names must be named in the engine's code (ABL501, ABL601...)."""
    package = harness.REPO_ROOT / "flake8_async_blocking"
    engine = "\n".join(
        path.read_text(encoding="utf-8")
        for path in package.glob("*.py")
    )
    used = {api.suggestion for _, _, api in _apis()}
    unused = {
        key
        for key in set(catalogue.SUGGESTIONS) - used
        if f'"{key}"' not in engine and f"'{key}'" not in engine
    }
    assert not unused


def _short(module: Any) -> str:
    return str(module.__name__).rpartition(".")[2]


def test_families_list_every_table_module() -> None:
    """A family module left out of FAMILIES would be silently unused."""
    assert set(catalogue.FAMILIES) == set(TABLE_MODULES)
    assert len(catalogue.FAMILIES) == len(set(catalogue.FAMILIES))


@pytest.mark.parametrize(
    ("first", "second"),
    list(itertools.combinations(TABLE_MODULES, 2)),
    ids=[f"{_short(a)}-{_short(b)}" for a, b in itertools.combinations(TABLE_MODULES, 2)],
)
def test_no_name_in_two_families(first: Any, second: Any) -> None:
    for table in FAMILY_TABLES:
        a: Optional[Any] = _family_table(first, table)
        b: Optional[Any] = _family_table(second, table)
        if a is None or b is None:
            continue
        common = sorted(set(a) & set(b))
        assert not common, f"{table}: {common}"


@pytest.mark.parametrize("family", TABLE_MODULES, ids=_short)
def test_family_tables_are_merged(family: Any) -> None:
    for table in FAMILY_TABLES:
        rows = _family_table(family, table)
        if not rows:
            continue
        merged = getattr(catalogue, table)
        if isinstance(rows, Mapping):
            missing = {key for key, value in rows.items() if merged.get(key, ...) != value}
        else:
            missing = set(rows) - set(merged)
        assert not missing, f"{family.__name__}.{table} rows not merged: {sorted(missing)}"


def test_aliases_point_to_canonical_names() -> None:
    for alias, target in catalogue.ALIASES.items():
        assert target not in catalogue.ALIASES, f"{alias} -> {target} is an alias too"
        assert alias != target
