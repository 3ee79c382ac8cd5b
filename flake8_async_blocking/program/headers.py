"""What a module's top level shows, read from its text without parsing the module.

Parsing is most of the cost of a run with an empty cache, and most questions
about another module need one small fact: what kind of thing a name is (a
``def``, an ``async def``, a class), or which classes a class derives from.
A scan of the lines that start at column 0 answers them when the module says
it plainly:

- ``kinds``: names defined once by ``def``, ``async def`` or ``class``, and
  bound by no other statement at the top level;
- ``bases``: the dotted names in a class statement's parentheses (each class
  line is parsed alone);
- ``imports``: what a top-level ``import`` binds (each statement parsed alone).

Anything else (a name bound twice, an import under ``try:``, a star import, a
statement the scan cannot cut out) is left out, and the caller parses the
module as before: the scan may miss a fact, never invent one.
"""

from __future__ import annotations

import ast
import re
import tokenize
from typing import Optional

from flake8_async_blocking.names import imported_names

_TOP_DEFINITION = re.compile(r"^(async[ \t]+def|def|class)[ \t]+([A-Za-z_]\w*)", re.MULTILINE)
_TOP_BINDING = re.compile(r"^([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)", re.MULTILINE)
_TOP_IMPORT = re.compile(
    r"^(?:from[ \t]+\S+[ \t]+)?import[ \t]+(\([^)]*\)|(?:[^\n]*\\\n)*[^\n]*)", re.MULTILINE
)
_NESTED_DEFINITION = re.compile(
    r"^[ \t]+(?:async[ \t]+def|def|class)[ \t]+([A-Za-z_]\w*)", re.MULTILINE
)
_NESTED_BINDING = re.compile(r"^[ \t]+([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=(?!=)", re.MULTILINE)
_NESTED_IMPORT = re.compile(
    r"^[ \t]+(?:from[ \t]+\S+[ \t]+)?import[ \t]+(\([^)]*\)|[^\n]*)", re.MULTILINE
)
_KINDS = {"class": "class", "def": "function"}
# The most characters a class statement's parentheses are read over.
_MAX_BASES_TEXT = 2000


class Header:
    """The plain facts of a module's top level (see the module docstring)."""

    __slots__ = ("kinds", "bases", "imports", "bound", "star")

    def __init__(self) -> None:
        self.kinds: dict[str, str] = {}
        # class name -> its bases' dotted names (None for a base that is not one)
        self.bases: dict[str, tuple[Optional[str], ...]] = {}
        self.imports: dict[str, str] = {}  # name -> the qualified name it imports
        self.bound: set[str] = set()  # every name a top-level statement binds
        self.star = False  # a ``from module import *``: any name may come from it


def scan_header(path: str, classes: bool = False) -> Header:
    """Scan the module at ``path``; an unreadable module gives an empty header.

    Only ``kinds`` are read unless ``classes`` is true: bases and imports
    cost more to read, and only a question about a class's bases needs them.
    """
    header = Header()
    try:
        with tokenize.open(path) as handle:
            text = handle.read()
    except (OSError, SyntaxError, UnicodeError, ValueError):
        header.star = True  # nothing is known: no name may be taken as a builtin
        return header
    if not classes:
        text = _top_level(text)  # the same matches, from a tenth of the text
    found: dict[str, str] = {}
    ambiguous: set[str] = set()
    starts: dict[str, int] = {}
    for match in _TOP_DEFINITION.finditer(text):
        keyword, name = match.group(1), match.group(2)
        if name in found:
            ambiguous.add(name)
        found[name] = _KINDS.get(keyword, "async")
        if keyword == "class":
            starts[name] = match.end()
    assigned = {match.group(1) for match in _TOP_BINDING.finditer(text)}
    statements: list[str] = []
    for match in _TOP_IMPORT.finditer(text):
        ambiguous.update(re.findall(r"[A-Za-z_]\w*", match.group(1)))
        statements.append(match.group(0))
    ambiguous |= assigned
    header.kinds = {name: kind for name, kind in found.items() if name not in ambiguous}
    if classes:
        _read_classes(header, text, statements, starts, assigned)
        header.bound |= ambiguous | set(found)
    return header


def _top_level(text: str) -> str:
    """Return the lines of ``text`` that start at column 0 with a name or keyword.

    An import's parenthesised or backslash-continued lines come with it, so
    every name it binds is seen.
    """
    kept: list[str] = []
    waiting = ""  # ")" inside an import's parentheses, "\\" after a continued line
    for line in text.split("\n"):
        if waiting:
            kept.append(line)
            if (")" in line) if waiting == ")" else not line.endswith("\\"):
                waiting = ""
            continue
        first = line[:1]
        if first.isalpha() or first == "_":
            kept.append(line)
            if line.startswith(("from", "import")):
                if "(" in line and ")" not in line:
                    waiting = ")"
                elif line.endswith("\\"):
                    waiting = "\\"
    return "\n".join(kept)


def _read_classes(
    header: Header, text: str, statements: list[str], starts: dict[str, int], assigned: set[str]
) -> None:
    """Fill in the imports and class bases of ``header``."""
    imported: dict[str, set[str]] = {}
    _read_imports(statements, imported, header)
    # Names bound in indented statements too (``try:`` imports, version
    # checks): what they are depends on which branch runs.
    nested = {match.group(1) for match in _NESTED_BINDING.finditer(text)}
    nested.update(match.group(1) for match in _NESTED_DEFINITION.finditer(text))
    for match in _NESTED_IMPORT.finditer(text):
        nested.update(re.findall(r"[A-Za-z_]\w*", match.group(1)))
    header.bound |= nested
    header.imports = {
        name: targets.pop()
        for name, targets in imported.items()
        if len(targets) == 1 and name not in starts and name not in header.kinds
        and name not in assigned | nested
    }
    for name, end in starts.items():
        if name in header.kinds and name not in nested:
            bases = _class_bases(text, end)
            if bases is not None:
                header.bases[name] = bases


def _read_imports(statements: list[str], imported: dict[str, set[str]], header: Header) -> None:
    """Record what the top-level import statements bind: one parse for all of them."""
    try:
        tree = ast.parse("\n".join(statements))
    except (SyntaxError, ValueError, RecursionError):
        header.star = True  # a statement the scan cut wrongly: trust nothing unbound
        return
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            for name, target in imported_names(stmt):
                if name == "*":
                    header.star = True
                else:
                    imported.setdefault(name, set()).add(target)


def _class_bases(text: str, start: int) -> Optional[tuple[Optional[str], ...]]:
    """Return the dotted names of a class statement's bases, from after its name."""
    end = _statement_end(text, start)
    if end is None:
        return None
    try:
        tree = ast.parse("class _" + text[start:end] + ": pass")
    except (SyntaxError, ValueError, RecursionError):
        return None
    node = tree.body[0]
    if not isinstance(node, ast.ClassDef):
        return None
    return tuple(_dotted(base) for base in node.bases)


def _statement_end(text: str, start: int) -> Optional[int]:
    """Return where a class statement's header ends (its colon), or None if unsure."""
    depth = 0
    limit = min(len(text), start + _MAX_BASES_TEXT)
    for position in range(start, limit):
        char = text[position]
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        elif char in "'\"#\\":
            return None  # strings, comments, continuations: leave it to the parser
        elif char == ":" and depth == 0:
            return position
        elif char == "\n" and depth == 0:
            return None
    return None


def _dotted(expr: ast.expr) -> Optional[str]:
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if not isinstance(expr, ast.Name):
        return None
    parts.append(expr.id)
    return ".".join(reversed(parts))
