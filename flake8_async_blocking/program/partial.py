"""Parse only the part of a large module that a question about it needs.

A module's tree takes some 70 bytes of memory per byte of source, and a
question about another module usually concerns one function, class or method
of it: parsing all of telethon's 400 KB ``tl/functions/messages.py`` to read
one request class took 30 MB at once, and discord.py's 175 KB ``guild.py`` is
one class.  For a module of ``PARTIAL_FROM`` bytes or more, ``parse_part``
keeps:

- every statement that is not a definition, at the top level and in the body
  of each class kept (imports, assignments, ``if`` and ``try`` blocks): they
  bind the names every definition may use;
- the definitions the question names, and every definition whose name any
  kept text spells, until no new name turns up.  A method is kept too when it
  may bind an attribute of a name kept text spells (``self.<name> = ...``:
  attribute types come from those bindings).  Whatever kept code can reach
  by a name, or by an attribute of that name, is there, so each kept
  definition is analysed as in the whole module;
- definitions that declare a name ``global`` (they bind module names from a
  body), and dunder methods (Python calls them without spelling their names).

The rest become blank lines, so that line numbers stay those of the file.
The parsed statements must start on the lines the text scan
(``headers.module_statements``) said, or the whole module is parsed.  A module
that makes a lock is parsed whole: ``threads.py`` judges a lock by every
function of its module that holds it.
"""

from __future__ import annotations

import ast
import keyword
import re
from typing import Iterable, NamedTuple, Optional

from flake8_async_blocking.program.headers import Statement, Statements, module_statements

# The least source characters of a module parsed in part.
PARTIAL_FROM = 48_000
# The share of the source past which a part is not worth it: the whole is parsed.
_MOST = 0.6
_NAME = re.compile(r"[A-Za-z_]\w*")
_GLOBAL = re.compile(r"^[ \t]+global[ \t]", re.MULTILINE)
_CALLED = re.compile(r"([A-Za-z_]\w*)[ \t]*\(")
# A statement that only binds names: ``X = ...``, ``X = Y = ...``, ``X: T = ...``, ``X: T``.
_PLAIN = re.compile(r"(?:[A-Za-z_]\w*[ \t]*=(?!=)[ \t]*)+|[A-Za-z_]\w*(?=[ \t]*:)")
# Attributes a method may bind on its instance (whatever its first parameter's name):
# one before ``=`` on its line (``self.a, self.b = ...``, ``self.n += 1``), one
# annotated, one after ``as`` (``with open(p) as self.f:``) or in a ``for`` target.
_ASSIGNED = re.compile(
    r"\.([A-Za-z_]\w*)\b(?=[^=\n]*=(?!=)|[ \t]*:)"
    r"|\bas[ \t]+[A-Za-z_]\w*\.([A-Za-z_]\w*)"
    r"|\bfor[ \t][^\n]*?\.([A-Za-z_]\w*)[^\n]*?[ \t]in[ \t]"
)
# Judged locks (``catalogue.JUDGED_LOCKS``) made in the module: every holder counts.
_LOCKS = re.compile(r"\b(?:R?Lock|Condition)\b")
# The statement scans of the last modules parsed in part: asking for a definition
# left out parses the module again.
_SCANNED: dict[tuple[str, int], Optional[Statements]] = {}
_SCANS_KEPT = 16
# Indentation -> the definitions written at it (``_hidden``).
_DEFINED_AT: dict[str, re.Pattern[str]] = {}


class Part(NamedTuple):
    """A module's tree, whole or in part."""

    tree: ast.Module
    size: int  # source characters parsed
    omitted: frozenset[str]  # names of definitions left out: asking for one parses again
    asked: frozenset[str]  # the names questions asked for


def parse_part(source: str, path: str, wanted: Iterable[str]) -> Part:
    """Parse ``source``, leaving out the definitions no name in ``wanted`` reaches.

    Raise what ``ast.parse`` raises when the module is not valid Python.
    """
    asked = frozenset(wanted)
    if len(source) >= PARTIAL_FROM and not _LOCKS.search(source):
        part = _parse_some(source, path, asked)
        if part is not None:
            return part
    return Part(ast.parse(source, path), len(source), frozenset(), asked)


class _Piece:
    """A statement of the module's top level or of a class body, as lines of the text."""

    __slots__ = (
        "start", "end", "own_end", "kind", "name", "owner", "kept", "assigns", "binds", "body"
    )

    def __init__(
        self, start: int, end: int, kind: str, name: str, owner: Optional[_Piece]
    ) -> None:
        self.start = start
        self.end = end  # the line after its last, blank and comment lines included
        self.own_end = end  # a class cut into its statements: where its first one starts
        self.kind = kind  # "class", "def", or "" for a statement that is no definition
        self.name = name  # what it defines, "" for a statement that is no definition
        self.owner = owner  # the class whose body it is in, None at the top level
        self.kept = not name
        self.assigns: frozenset[str] = frozenset()  # attributes a method may bind
        self.binds: Optional[frozenset[str]] = None  # what a plain binding binds
        self.body: list[_Piece] = []  # a class's statements, when cut into them

    def shown(self) -> bool:
        """Tell whether the piece is in the text parsed."""
        return self.kept and (self.owner is None or self.owner.kept)


def _parse_some(source: str, path: str, asked: frozenset[str]) -> Optional[Part]:
    """Parse the part of ``source`` that ``asked`` reaches, or None to parse it whole."""
    statements = _statements(source, path)
    if not statements:
        return None
    lines = source.split("\n")
    tops = _pieces([statement for statement, _ in statements], len(lines), None)
    for top, (_, body) in zip(tops, statements):
        if body:
            top.body = _pieces(body, top.end, top)
            top.own_end = top.body[0].start
    if _hidden(source, "", tops) or any(
        _hidden("\n".join(lines[top.start:top.end]), _indent(lines[top.body[0].start]), top.body)
        for top in tops if top.body
    ):
        return None
    every = [piece for top in tops for piece in [top, *top.body]]
    size = _close(lines, every, set(asked), _MOST * len(source))
    if size is None:
        return None
    return _parse_kept(lines, tops, path, size, asked)


def _statements(source: str, path: str) -> Optional[Statements]:
    """Scan a module's statements, once for each text: a question may parse it again."""
    key = (path, hash(source))
    if key not in _SCANNED:
        if len(_SCANNED) >= _SCANS_KEPT:
            del _SCANNED[next(iter(_SCANNED))]
        _SCANNED[key] = module_statements(source)
    return _SCANNED[key]


def _hidden(text: str, indent: str, pieces: list[_Piece]) -> bool:
    """Tell whether ``text`` has a definition at ``indent`` that no piece starts.

    A quote the line scan misreads (``'\"\"\"'``) can hide definitions inside the
    piece before them: left out with it, they would be missing with no name
    to ask the module again by.  A definition written in a docstring at that
    indentation counts too: the module is then parsed whole.
    """
    names = {piece.name for piece in pieces}
    pattern = _DEFINED_AT.get(indent)
    if pattern is None:
        pattern = _DEFINED_AT[indent] = re.compile(
            "^" + indent + r"(?:async[ \t]+def|def|class)[ \t]+([A-Za-z_]\w*)", re.MULTILINE
        )
    return any(name not in names for name in pattern.findall(text))


def _indent(line: str) -> str:
    """Return the spaces and tabs ``line`` starts with."""
    return line[: len(line) - len(line.lstrip(" \t"))]


def _pieces(statements: list[Statement], end: int, owner: Optional[_Piece]) -> list[_Piece]:
    """Turn statements into pieces, each up to the next one's start, the last to ``end``."""
    starts = [start for start, _, _ in statements]
    return [_Piece(start, stop, kind, name, owner)
            for start, stop, (_, kind, name) in zip(starts, starts[1:] + [end], statements)]


def _close(lines: list[str], every: list[_Piece], names: set[str], most: float) -> Optional[int]:
    """Keep each piece that kept text or a question reaches, until none is added.

    A plain binding (``X = f(g)``) is read only once some kept text spells a
    name it binds: what it calls runs at import, so those names are always
    reached (a memoised helper called then is warm, ``summaries.py``), and
    so are those a class statement or class body calls.  Return the
    characters kept, or None once they pass ``most``: the whole is parsed.
    """
    texts = ["\n".join(lines[piece.start:piece.own_end]) for piece in every]
    for piece, text in zip(every, texts):
        if piece.kind != "def":
            # ``class Name(Base):`` does not call Name
            names.update(name for name in _CALLED.findall(text) if name != piece.name)
        if not piece.name:
            piece.binds = _bound(text)
            continue
        if piece.name.startswith("__") or _GLOBAL.search(text):
            piece.kept = True
        if piece.owner is not None:
            piece.assigns = frozenset(name for found in _ASSIGNED.findall(text)
                                      for name in found if name)
    shown: set[int] = set()
    read: set[int] = set()
    size = 0
    grown = True
    while grown:
        grown = False
        for number, piece in enumerate(every):
            if not piece.kept and (piece.name in names or not piece.assigns.isdisjoint(names)):
                piece.kept = True
            if number in read or not piece.shown():
                continue
            if number not in shown:
                shown.add(number)
                size += len(texts[number]) + 1
                if size > most:
                    return None
            if piece.binds is not None and piece.binds.isdisjoint(names):
                continue  # nothing kept uses what it binds, yet
            read.add(number)
            names.update(_NAME.findall(texts[number]))
            grown = True
    return size


def _bound(text: str) -> Optional[frozenset[str]]:
    """Return the names a plain binding statement binds, None for any other statement."""
    match = _PLAIN.match(text)
    if match is None:
        return None
    found = frozenset(_NAME.findall(match.group(0)))
    return None if any(keyword.iskeyword(name) for name in found) else found


def _parse_kept(
    lines: list[str], tops: list[_Piece], path: str, size: int, asked: frozenset[str]
) -> Optional[Part]:
    """Parse the kept pieces, the others blanked; None if the tree disagrees with the scan."""
    lines = list(lines)
    omitted: set[str] = set()
    expected: dict[int, list[int]] = {}  # a class's first line -> its statements' lines
    for top in tops:
        if not top.kept:
            omitted.add(top.name)
            lines[top.start:top.end] = [""] * (top.end - top.start)
            continue
        left = [member for member in top.body if not member.kept]
        if not left:
            continue
        first = lines[left[0].start]
        for member in left:
            omitted.add(member.name)
            lines[member.start:member.end] = [""] * (member.end - member.start)
        starts = [member.start + 1 for member in top.body if member.kept]
        if not starts:
            # A class body cannot be empty: a ``pass`` where its first method was.
            lines[left[0].start] = first[: len(first) - len(first.lstrip())] + "pass"
            starts = [left[0].start + 1]
        expected[top.start + 1] = starts
    try:
        tree = ast.parse("\n".join(lines), path)
    except SyntaxError:
        return None  # the scan cut a statement wrongly: parse the whole module
    kept = [top.start + 1 for top in tops if top.kept]
    if [_first_line(stmt) for stmt in tree.body] != kept:
        return None  # the scan cut a statement wrongly: parse the whole module
    for stmt in tree.body:
        if isinstance(stmt, ast.ClassDef) and _first_line(stmt) in expected:
            if [_first_line(inner) for inner in stmt.body] != expected[_first_line(stmt)]:
                return None
    return Part(tree, size, frozenset(omitted), asked)


def _first_line(stmt: ast.stmt) -> int:
    """Return the line a statement starts on, its decorators included."""
    decorators = getattr(stmt, "decorator_list", None)
    return decorators[0].lineno if decorators else stmt.lineno
