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
- ``imports``: what a top-level ``import`` binds (each statement parsed alone);
- ``members``: the ``def`` and ``async def`` statements of a class's body, read
  from its lines at the body's own indentation when asked for (``class_members``).

Anything else (a name bound twice, an import under ``try:``, a star import, a
statement the scan cannot cut out) is left out, and the caller parses the
module as before: the scan may miss a fact, never invent one.
"""

from __future__ import annotations

import ast
import bisect
import re
import sys
import tokenize
from typing import Iterator, Optional

from flake8_async_blocking.names import dotted_name, generic_origin, imported_names

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
# A class body's lines at its own indentation: a method, or a statement under which
# methods would be defined conditionally (then which one runs is left to the parser).
_MEMBER_DEF = re.compile(r"(async[ \t]+)?def[ \t]+([A-Za-z_]\w*)")
# The clauses that go on with a compound statement at its own indentation.
_CLAUSE = re.compile(r"(?:else|elif|except|finally)\b")
_COMPOUND = re.compile(
    r"(?:if|elif|else|try|except|finally|for|while|with|async[ \t]+(?:for|with))\b"
    r"|(?:match|case)\b.*:[ \t]*(?:#.*)?$"
)
_GLOBAL = re.compile(r"^[ \t]+global[ \t]+([^\n#;]*)", re.MULTILINE)
_TRIPLE = re.compile(r"\"\"\"|'''")
_ONE_LINE_STRING = re.compile(r"\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'")
# What ``class_members`` gives a name defined more than once in a class body.
TWICE = "?"
# The most characters a class statement's parentheses are read over.
_MAX_BASES_TEXT = 2000


class Header:
    """The plain facts of a module's top level (see the module docstring)."""

    __slots__ = ("kinds", "bases", "imports", "bound", "star", "stars", "colons", "members")

    def __init__(self) -> None:
        self.kinds: dict[str, str] = {}
        # class name -> its bases' dotted names (None for a base that is not one)
        self.bases: dict[str, tuple[Optional[str], ...]] = {}
        self.imports: dict[str, str] = {}  # name -> the qualified name it imports
        self.bound: set[str] = set()  # every name a top-level statement binds
        self.star = False  # a ``from module import *``: any name may come from it
        # the modules of its top-level star imports, as written; None when ``star``
        # also stands for a text the scan could not read
        self.stars: Optional[list[str]] = []
        # class name -> where its statement's colon is in the text (for ``members``)
        self.colons: dict[str, int] = {}
        # class name -> its methods and their kinds, None if the scan cannot tell
        self.members: dict[str, Optional[dict[str, str]]] = {}


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
        header.stars = None
        return header
    full = text
    nested: set[str] = set()
    moved: dict[int, int] = {}
    if classes:
        text, nested, moved = _levels(text, _string_spans(text))
    else:
        text = _top_level(text)  # the same matches, from a tenth of the text
    found: dict[str, str] = {}
    ambiguous: set[str] = set()
    starts: dict[str, int] = {}
    for match in _TOP_DEFINITION.finditer(text):
        keyword, name = match.group(1), match.group(2)
        if name in found:
            ambiguous.add(name)
        found[name] = _KINDS.get(keyword, "async")
        if keyword == "class" and match.start() in moved:
            starts[name] = moved[match.start()] + match.end() - match.start()
    assigned = {match.group(1) for match in _TOP_BINDING.finditer(text)}
    statements: list[str] = []
    for match in _TOP_IMPORT.finditer(text):
        ambiguous.update(re.findall(r"[A-Za-z_]\w*", match.group(1)))
        statements.append(match.group(0))
    ambiguous |= assigned | nested  # a def rebound under ``if _USE_C:`` is not plain
    header.kinds = {name: kind for name, kind in found.items() if name not in ambiguous}
    if classes:
        _read_classes(header, full, statements, starts, assigned, nested)
        header.bound |= ambiguous | set(found)
    return header


def _string_spans(text: str) -> list[tuple[int, int]]:
    """Return where the triple-quoted strings of ``text`` are, in order.

    A definition inside one (an example in a docstring) is no definition.  A
    delimiter in a comment or a one-line string may pair them wrongly; the
    scan then leaves more names to the parser, or as many as before.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    # The next of each delimiter at or after ``position``, -1 for none left.
    following = {'"""': text.find('"""'), "\'\'\'": text.find("\'\'\'")}
    while True:
        for delimiter, at in following.items():
            if 0 <= at < position:
                following[delimiter] = text.find(delimiter, position)
        found = [at for at in following.values() if at >= 0]
        if not found:
            return spans
        start = min(found)
        delimiter = text[start:start + 3]
        end = start + 3
        while True:
            end = text.find(delimiter, end)
            if end < 0:
                spans.append((start, len(text)))
                return spans
            if text[end - 1] != "\\":
                break
            end += 1  # an escaped quote inside the string
        spans.append((start, end + 3))
        position = end + 3


def _levels(
    text: str, strings: list[tuple[int, int]]
) -> tuple[str, set[str], dict[int, int]]:
    """Return the module's top-level lines, the names its nested statements bind, and more.

    The top-level lines are what ``_top_level`` keeps, less those inside
    triple-quoted strings.  The third value maps where each class line starts
    in them to where it starts in ``text``, where its statement is read.
    Nested names are those bound by the statements under a top-level ``if``,
    ``try``, ``for``, ``with`` or ``while`` (which branch runs decides what they
    are), and those a function declares ``global``.  Statements in a def or a
    class body bind names of their own scope only.
    """
    kept: list[str] = []
    kept_length = 0
    moved: dict[int, int] = {}
    branches: list[str] = []
    waiting = ""  # ")" inside an import's parentheses, "\\" after a continued line
    compound = False
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        if waiting:
            kept.append(line)
            kept_length += len(line) + 1
            waiting = _continuation(line, waiting)
            continue
        first = line[:1]
        if first.isalpha() or first == "_" or first == "@":
            if strings and _inside(strings, start):
                continue
            compound = _COMPOUND.match(line) is not None
            if first == "@":
                continue
            if line.startswith("class"):
                moved[kept_length] = start
            kept.append(line)
            kept_length += len(line) + 1
            waiting = _continuation(line, "")
        elif compound and first in " \t":
            branches.append(line)
    nested: set[str] = set()
    if branches:
        inner = "\n".join(branches)
        nested = {match.group(1) for match in _NESTED_BINDING.finditer(inner)}
        nested.update(match.group(1) for match in _NESTED_DEFINITION.finditer(inner))
        for match in _NESTED_IMPORT.finditer(inner):
            nested.update(re.findall(r"[A-Za-z_]\w*", match.group(1)))
    if "global" in text:
        for match in _GLOBAL.finditer(text):
            nested.update(re.findall(r"[A-Za-z_]\w*", match.group(1)))
    return "\n".join(kept), nested, moved


def _inside(spans: list[tuple[int, int]], offset: int) -> bool:
    """Tell whether ``offset`` lies in one of the sorted, disjoint ``spans``."""
    at = bisect.bisect_right(spans, (offset, sys.maxsize)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


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
            waiting = _continuation(line, waiting)
            continue
        first = line[:1]
        if first.isalpha() or first == "_":
            kept.append(line)
            waiting = _continuation(line, "")
    return "\n".join(kept)


def _continuation(line: str, waiting: str) -> str:
    """Return what a kept line leaves open for the lines after it.

    ")" inside an import's parentheses, "\\" after a backslash-continued
    import line, "" when the statement is over.  ``waiting`` is what was open
    before ``line`` ("" for a line that starts a statement).
    """
    if waiting:
        over = (")" in line) if waiting == ")" else not line.endswith("\\")
        return "" if over else waiting
    if line.startswith(("from", "import")):
        if "(" in line and ")" not in line:
            return ")"
        if line.endswith("\\"):
            return "\\"
    return ""


def _read_classes(
    header: Header,
    text: str,
    statements: list[str],
    starts: dict[str, int],
    assigned: set[str],
    nested: set[str],
) -> None:
    """Fill in the imports and class bases of ``header``.

    ``nested`` holds the names bound in indented statements of the top level
    (``try:`` imports, version checks): what they are depends on which branch
    runs.
    """
    imported: dict[str, set[str]] = {}
    _read_imports(statements, imported, header)
    header.bound |= nested
    header.imports = {
        name: targets.pop()
        for name, targets in imported.items()
        if len(targets) == 1 and name not in starts and name not in header.kinds
        and name not in assigned | nested
    }
    for name, end in starts.items():
        if name in header.kinds and name not in nested:
            colon = _statement_end(text, end)
            bases = _class_bases(text, end, colon)
            if bases is not None and colon is not None:
                header.bases[name] = bases
                header.colons[name] = colon


def _read_imports(statements: list[str], imported: dict[str, set[str]], header: Header) -> None:
    """Record what the top-level import statements bind: one parse for all of them."""
    try:
        tree = ast.parse("\n".join(statements))
    except (SyntaxError, ValueError, RecursionError):
        header.star = True  # a statement the scan cut wrongly: trust nothing unbound
        header.stars = None
        return
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom)):
            for name, target in imported_names(stmt):
                if name == "*":
                    header.star = True
                    if header.stars is not None:
                        header.stars.append(target)
                else:
                    imported.setdefault(name, set()).add(target)


def _class_bases(
    text: str, start: int, end: Optional[int]
) -> Optional[tuple[Optional[str], ...]]:
    """Return the dotted names of a class statement's bases, from after its name to its colon."""
    if end is None:
        return None
    try:
        tree = ast.parse("class _" + text[start:end] + ": pass")
    except (SyntaxError, ValueError, RecursionError):
        return None
    node = tree.body[0]
    if not isinstance(node, ast.ClassDef):
        return None
    # ``Entity[Coordinator]`` is an ``Entity``: what the argument stands for is
    # read from the parsed class when it matters (``Resolver._parameter_bound``).
    return tuple(dotted_name(generic_origin(base)) for base in node.bases)


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


def class_members(path: str, header: Header, name: str) -> Optional[dict[str, str]]:
    """Return the methods of the top-level class ``name`` and their kinds, or None if unsure.

    A kind is "function" or "async", or ``TWICE`` for a name defined more than
    once (``@overload`` stubs, a property's setter).  Only a body whose lines
    at its own indentation the scan reads plainly is answered: a method under
    an ``if`` or ``try`` of the class body, a line less indented than the body
    outside brackets, or unbalanced strings and brackets give None.
    """
    if name in header.members:
        return header.members[name]
    colon = header.colons.get(name)
    found: Optional[dict[str, str]] = None
    if colon is not None:
        try:
            with tokenize.open(path) as handle:
                text = handle.read()
        except (OSError, SyntaxError, UnicodeError, ValueError):
            text = ""
        if text[colon:colon + 1] == ":":  # the text the scan read
            found = _read_members(text, colon)
    header.members[name] = found
    return found


def _read_members(text: str, colon: int) -> Optional[dict[str, str]]:
    """Read the methods of the class body after the colon at ``colon``."""
    start = text.find("\n", colon) + 1
    if not start or text[colon + 1:start].strip()[:1] not in ("", "#"):
        return None  # a body on the class's own line, or no body at all
    found: dict[str, str] = {}
    indent: Optional[str] = None
    try:
        for _, lead, stripped in logical_lines(text, start):
            if not lead:
                if stripped[0].isalpha() or stripped[0] in "_@":
                    break  # the next statement of the module: the body is over
                return None
            if indent is None:
                indent = lead
            if lead == indent:
                match = _MEMBER_DEF.match(stripped)
                if match is not None:
                    method = match.group(2)
                    kind = "async" if match.group(1) else "function"
                    found[method] = TWICE if method in found else kind
                elif _COMPOUND.match(stripped):
                    return None
            elif not lead.startswith(indent):
                return None
    except Unbalanced:
        return None
    return found if indent is not None else None


# A statement of a block: (line index, "class", "def" or "", the name it defines or "").
Statement = tuple[int, str, str]
# The top-level statements of a module, each with its body's if a class's.
Statements = list[tuple[Statement, Optional[list[Statement]]]]


def module_statements(text: str) -> Optional[Statements]:
    """Return where each top-level statement of ``text`` starts, what it defines, and more.

    Each statement comes with the statements of its body when it is a class
    whose body the scan reads plainly (None for any other).  A definition
    starts at its decorators; an ``else:``, ``except`` or ``finally:`` goes
    on with the statement before it.  None when strings or brackets do not
    balance: the caller then parses the whole text.
    """
    top = _Block("")
    bodies: dict[int, Optional[_Block]] = {}  # a class's place in ``top.found`` -> its body
    body: Optional[_Block] = None  # the body of the class being read
    try:
        for number, lead, stripped in logical_lines(text, 0):
            if not lead:
                kind = top.add(number, stripped)
                body = None
                if kind == "class":
                    body = bodies[len(top.found) - 1] = _Block(None)
                continue
            if body is None:
                continue  # a line of a def, or of a statement under ``if`` or ``try``
            if body.indent is None:
                body.indent = lead
            if lead == body.indent:
                body.add(number, stripped)
            elif not lead.startswith(body.indent) or not body.found:
                bodies[len(top.found) - 1] = body = None  # not a plain body: read it whole
    except Unbalanced:
        return None
    found: Statements = []
    for place, statement in enumerate(top.found):
        inner = bodies.get(place)
        found.append((statement, inner.found if inner is not None else None))
    return found


class _Block:
    """The statements of one block, as ``module_statements`` meets their lines."""

    __slots__ = ("indent", "found", "decorated")

    def __init__(self, indent: Optional[str]) -> None:
        self.indent = indent  # None until the block's first line is met
        self.found: list[Statement] = []
        self.decorated: Optional[int] = None  # the first decorator's line, if any open

    def add(self, number: int, stripped: str) -> Optional[str]:
        """Record the logical line ``number`` of the block; return the kind it starts."""
        if _CLAUSE.match(stripped):
            return None
        if stripped[0] == "@":
            if self.decorated is None:
                self.decorated = number
            return None
        start = number if self.decorated is None else self.decorated
        self.decorated = None
        match = _TOP_DEFINITION.match(stripped)
        if match is None:
            self.found.append((start, "", ""))
            return ""
        kind = "class" if match.group(1) == "class" else "def"
        self.found.append((start, kind, match.group(2)))
        return kind


class Unbalanced(Exception):
    """A string or a bracket of the text is still open where it ends, or closed twice."""


def logical_lines(text: str, start: int) -> Iterator[tuple[int, str, str]]:
    """Yield each line of ``text`` from offset ``start`` that begins a logical line.

    Each comes as (line index from ``start``, its indentation, the rest).  Lines
    inside a triple-quoted string, inside brackets or after a backslash are
    not yielded, nor blank and comment lines.  Raise ``Unbalanced`` when
    strings or brackets are open at the end of the text, or a bracket closes
    that never opened: where statements start is then not known.
    """
    string = ""  # the delimiter of the triple-quoted string open, if any
    depth = 0  # brackets open across lines
    continued = False  # the previous line ended with a backslash
    number = -1
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        line = text[start:end]
        start = end + 1
        number += 1
        if string:
            string = _strings_after(line, string)
            continue
        stripped = line.lstrip(" \t")
        if not stripped or stripped[0] == "#":
            continue
        if depth == 0 and not continued:
            yield number, line[: len(line) - len(stripped)], stripped
        if _TRIPLE.search(line):
            string = _strings_after(line, "")
            continue
        code = stripped
        if "'" in code or '"' in code:
            code = _ONE_LINE_STRING.sub("", code)
        if "#" in code:
            code = code.partition("#")[0].rstrip()
        if depth or "(" in code or "[" in code or "{" in code:
            depth += code.count("(") + code.count("[") + code.count("{")
            depth -= code.count(")") + code.count("]") + code.count("}")
            if depth < 0:
                raise Unbalanced
        continued = code.endswith("\\")
    if string or depth:
        raise Unbalanced


def _strings_after(line: str, string: str) -> str:
    """Return the triple-quoted string still open after ``line`` ("" if none)."""
    for match in _TRIPLE.finditer(line):
        delimiter = match.group(0)
        if not string:
            string = delimiter
        elif delimiter == string:
            string = ""
    return string
