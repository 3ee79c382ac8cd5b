"""The program: the modules a checked file reaches, parsed, indexed and summarised.

``Program`` owns every module it locates (``locate.py``), each parsed once per
process into a ``Unit`` with its own index, resolver and summaries, and
answers what a module's check asks about names of other modules:

- ``callee(name)``: the function, class or method a qualified name stands for;
- ``blocker(ref)``: why calling it blocks (ABL602/ABL603), or None;
- ``returns(ref)``, ``attribute(token, name)``, ``known_base(token)``: types.

Types cross modules as strings: catalogued types as they are, and classes of
other modules as tokens ``@module:Class``.  Answers are cached on disk
(``cache.py``) with the stamps of every module they depended on (a module
that was not found is one too), and so are the findings of each checked file
(``replay.py``).  Nothing is
ever imported or executed: modules are read and parsed with ``ast``.
"""

from __future__ import annotations

import ast
import functools
import logging
import multiprocessing.util
import os
import re
import time
import tokenize
from dataclasses import replace
from typing import Any, Iterator, Optional

from flake8_async_blocking.calls import Classifier
from flake8_async_blocking.constructors import CONSTRUCTORS
from flake8_async_blocking.failures import FAIL_ENV
from flake8_async_blocking.findings import Finding
from flake8_async_blocking.names import (
    ASSIGN,
    BUILTIN_NAMES,
    CLASS,
    DEF,
    IMPORT,
    ClassInfo,
    ModuleIndex,
    dotted_name,
    index_module,
)
from flake8_async_blocking import catalogue
from flake8_async_blocking.origins import KNOWN_TYPES, Ref, Resolver, is_property, tuple_type
from flake8_async_blocking.program.cache import DiskCache, Stamp, Stamps, digest, located
from flake8_async_blocking.program.headers import TWICE, Header, class_members, scan_header
from flake8_async_blocking.program.locate import Located, Locator, package_of
from flake8_async_blocking.program.memory import POOL, before_parsing
from flake8_async_blocking.program.partial import Part, parse_part
from flake8_async_blocking.program.replay import Replays
from flake8_async_blocking.settings import Settings
from flake8_async_blocking.summaries import Blocker, Summaries
from flake8_async_blocking.threads import ThreadWaits

LOG = logging.getLogger("flake8.async_blocking")

# What ``_scanned_base`` gives when a module's text does not tell: parse it.
_UNKNOWN = object()
# What ``_parse`` gives for a module that could not be read this time.
_FAILED = object()
# The cut-off level of an answer whose computation cut nothing off.
_NO_CUT = 1 << 30

# The classes whose subclasses only declare methods (``declares_only``).
_PROTOCOLS = frozenset({"typing.Protocol", "typing_extensions.Protocol"})
# How many re-exports (``from .client import Client``) a name may pass through.
_MAX_HOPS = 8
# The least time between two writes of the disk cache, in seconds.
_FLUSH_EVERY_S = 1.0
# How many modules deep a question may lead (a helper calling a helper...).
_MAX_NESTING = 12


class Unit:
    """One located module: its tree, index, resolver, classifier and summaries."""

    def __init__(self, program: Program, located: Located, part: Part) -> None:
        self.located = located
        self.size = part.size  # source parsed: what keeping the unit costs (``memory.py``)
        # Definitions of a large module left out (``partial.py``), and names asked for.
        self.omitted = part.omitted
        self.asked = part.asked
        tree = part.tree
        self.module = located.module
        self.path = located.path
        self.index: ModuleIndex = index_module(tree)
        self.resolver = Resolver(
            self.index, program, package_of(located.module, located.path), located.module
        )
        self.classifier = Classifier(self.resolver, program.settings)
        threshold = program.settings.loop_threshold
        self.summaries = Summaries(self.index, self.classifier, threshold, program)
        self.summaries.waits = ThreadWaits(self.index, self.classifier, self.summaries, threshold)

    def release(self) -> None:
        """Break the unit's reference cycles: the pool dropped it (``memory.py``)."""
        self.index.release()
        self.summaries.waits = None

    def shown_path(self) -> str:
        """The path a message shows: relative to the directory it was found under."""
        return os.path.relpath(self.path, self.located.root).replace(os.sep, "/")

    def class_named(self, name: str) -> Optional[ClassInfo]:
        """Return the top-level class ``name`` of this module."""
        for binding in self.index.module.bindings.get(name, ()):
            if binding.kind == CLASS:
                assert isinstance(binding.data, ClassInfo)
                return binding.data
        return None

    def global_type(self, type_name: Optional[str]) -> Optional[str]:
        """Turn a type of this module into one any module understands.

        A class of this module becomes ``@module:Class``, also as the element
        of a collection (``[T]``) or of a tuple (``(A,B)``).
        """
        if type_name is None:
            return None
        if type_name.startswith("["):
            inner = self.global_type(type_name[1:-1])
            return None if inner is None else "[" + inner + "]"
        if type_name.startswith("("):
            return tuple_type([
                None if element == "?" else self.global_type(element)
                for element in type_name[1:-1].split(",")
            ])
        if not type_name.startswith("<"):
            return type_name
        info = self.index.classes.get(type_name)
        if info is None or info.scope.parent is not self.index.module:
            return None  # a nested class: not reachable by name from outside
        return f"@{self.module}:{info.node.name}"


class Program:
    """Every module reached from the checked file, and the answers about them."""

    def __init__(
        self,
        settings: Settings,
        locator: Locator,
        cache: Optional[DiskCache],
        stamps: Optional[Stamps] = None,
    ) -> None:
        self.settings = settings
        self.locator = locator
        self.cache = cache
        # Parsed modules, as many as the process-wide pool keeps (``memory.py``).
        self._units: dict[str, Unit] = {}
        # Modules that cannot be had -> (the file that does not parse or could
        # not be read, or None; whether reading it failed).
        self._missing: dict[str, tuple[Optional[str], bool]] = {}
        self.parsed = 0  # how many modules were parsed (a figure for the benchmark)
        # question -> (answer, dependencies, whether it is complete).
        self._answers: dict[str, tuple[Any, frozenset[Stamp], bool]] = {}
        self._dep_sets: dict[frozenset[Stamp], frozenset[Stamp]] = {}  # (``_shared``)
        # The questions being answered, each with its level in ``_deps``.
        self._active: dict[str, int] = {}
        # What the answers being computed (and the check under way, at level 0)
        # depend on, and for each the lowest level a cut-off question reached
        # (``_cut``): an answer whose computation was cut below its own level
        # is incomplete, kept for this run only.
        self._deps: list[set[Stamp]] = []
        self._cuts: list[int] = []
        self._flushed = 0.0
        self._pruned = False  # whether the cache folder was pruned (``DiskCache.prune``)
        self._headers: dict[str, Header] = {}
        self._class_headers: dict[str, Header] = {}
        if stamps is None:
            stamps = cache.stamps if cache is not None else Stamps()
        self._stamps = stamps
        self._replays: Optional[Replays] = None
        if cache is not None:
            cache.locate = self._located_path
            # Every option may change a finding, but where the cache is and
            # what flake8 does with ``# noqa`` afterwards do not.  The test
            # suite's hook that fails a check on purpose must fail it again.
            shown = replace(settings, cache_dir=None, peer_noqa=True)
            self._replays = Replays(cache, digest(f"{shown!r}\0{os.environ.get(FAIL_ENV)}"))
        self._exit_pid = 0  # the process whose exit writes the answers left (``flush``)

    # --- checked files -------------------------------------------------------------

    def replayed(self, filename: str, text: str) -> Optional[list[Finding]]:
        """Return the findings kept for this text of ``filename``, if nothing they read changed."""
        if self._replays is None:
            return None
        return self._replays.get(filename, text, self.locator.project_roots)

    def check(self) -> None:
        """Start recording what the check of a file depends on."""
        self._deps = [set()]
        self._cuts = [_NO_CUT]

    def checked(self, filename: str, text: Optional[str], findings: list[Finding]) -> None:
        """Stop recording, and keep the findings of the check with what they depended on."""
        deps = self._deps[0] if self._deps else set()
        complete = bool(self._cuts) and self._cuts[0] >= 0
        self._deps, self._cuts = [], []
        if self._replays is None or text is None or not complete:
            return
        if any(finding.code == "ABL000" for finding in findings):
            return  # an internal error is reported again, not kept
        self._replays.put(filename, text, self.locator.project_roots, findings, deps)

    def _locate(self, module: str) -> Optional[Located]:
        """Return where ``module`` is; where it was found, or not, is a dependency."""
        found = self.locator.find(module)
        if self._deps:
            self._add_dep(located(module, found.path if found is not None else None))
        return found

    def _located_path(self, module: str) -> str:
        found = self.locator.find(module)
        return found.path if found is not None else ""

    def _cut(self, level: int) -> None:
        """Record that the answer being computed used a question cut off at ``level``.

        A cycle back to the question at ``level`` leaves every answer above it
        incomplete (the one at ``level`` itself is whole); a question too deep,
        or a read that failed for a passing reason, leaves all of them
        incomplete (``level`` -1), the check's findings included.
        """
        if self._cuts:
            self._cuts[-1] = min(self._cuts[-1], level)

    # --- modules -------------------------------------------------------------------

    def unit(self, module: str, name: str, *members: str) -> Optional[Unit]:
        """Return the parsed module ``module``, or None if it cannot be had.

        ``name`` is the top-level name the question is about, ``members`` the
        attributes of it it asks for (a class's method): of a large module
        only what they reach is parsed (``partial.py``), and a question about
        a definition left out parses the module again with it.  A question
        must name everything of the module it reads.
        """
        known = self._units.get(module)
        wanted = {name, *members}
        if known is not None:
            if known.omitted.isdisjoint(wanted):
                POOL.touch(self._units, module)
                return known
            wanted |= known.asked
        elif module in self._missing:
            self._depend_on_missing(module)
            return None
        found = self._locate(module)
        if found is not None:
            self._stamps(found.path)  # before reading: an edit meanwhile is a new stamp
            before_parsing()
        part = _parse(found.path, wanted) if found is not None else None
        if found is None or not isinstance(part, Part):
            # A module that does not parse is an answer of its own: it holds
            # until the file changes.  One that could not be read may be read
            # on the next run.
            self._missing[module] = (found.path if found is not None else None, part is _FAILED)
            self._depend_on_missing(module)
            return None
        unit = Unit(self, found, part)
        self.parsed += 1
        # Answers are plain strings and lists, so a unit can be dropped at any
        # time and parsed again if a new question needs it: this bounds memory
        # on a run over a large project.
        self._units[module] = unit
        POOL.keep(self._units, module, unit.size)
        return unit

    def _depend_on_missing(self, module: str) -> None:
        path, failed = self._missing[module]
        self._locate(module)  # remembered: where it was found, or that it was not
        if path is not None:
            self._depend_on(path)
        if failed:
            self._cut(-1)

    def _use(self, unit: Unit) -> None:
        """Record that the answer being computed depends on ``unit``'s file."""
        self._depend_on(unit.path)

    def _depend_on(self, path: str) -> None:
        """Record that the answers being computed depend on the file at ``path``."""
        current = self._stamps(path)
        if current is not None:
            self._add_dep(current)

    def _add_dep(self, stamp: Stamp) -> None:
        """Add a dependency to the answers being computed and to the check under way."""
        for deps in self._deps:
            deps.add(stamp)

    # --- names ---------------------------------------------------------------------

    def callee(self, name: str, package: str) -> Optional[Ref]:
        """Return what the qualified ``name`` (maybe relative to ``package``) calls."""
        absolute = _absolute(name, package)
        if absolute is None:
            return None
        found = self._answer("callee", absolute, lambda: self._find(absolute, 0))
        return Ref(*found) if isinstance(found, list) else None

    def reexport(self, name: str, package: str) -> Optional[str]:
        """Return what an imported name stands for when its module imported it.

        ``from .utils import sqlite3`` in a module whose ``utils`` says
        ``import sqlite3`` is the ``sqlite3`` module: its calls are then matched
        against the catalogue.  Only module-level imports of the standard
        library and of catalogued libraries are followed; None otherwise.
        """
        if not self.locator.summarised(name.rpartition(".")[2]):
            return None  # only a module-named member can be a module imported there
        absolute = _absolute(name, package)
        if absolute is None:
            return None
        found = self._answer("reexport", absolute, lambda: self._reexport(absolute))
        return found if isinstance(found, str) else None

    def value(self, name: str, package: str) -> Optional[str]:
        """Return the type of the module-level value the qualified ``name`` names."""
        absolute = _absolute(name, package)
        if absolute is None:
            return None
        found = self._answer("value", absolute, lambda: self._value(absolute))
        return found if isinstance(found, str) else None

    def star_name(self, name: str, stars: list[str], package: str) -> Optional[str]:
        """Return ``module.name`` for a name a star import (one of ``stars``) brings.

        The last star import whose module binds the name at its top level
        wins, as at run time; a name with a leading underscore is never
        brought.  A star module's own star imports are read the same way
        (``from .basic import *`` in it), a few levels deep.  Each module read
        is a dependency, whether it binds the name or not.  A module that binds
        the name or star-imports and sets ``__all__``, or whose text the scan
        cannot read, gives no answer.
        """
        if name.startswith("_"):
            return None
        found = self._brought(name, [(star, package) for star in stars], set(), 0)
        return found if isinstance(found, str) else None

    def _brought(
        self, name: str, stars: list[tuple[str, str]], seen: set[str], depth: int
    ) -> object:
        """Return ``module.name`` the last of ``stars`` brings, None if none does, or _UNKNOWN."""
        for star, package in reversed(stars):
            module = _absolute(star, package)
            if module is None or module in seen:
                continue
            located = self._locate(module)
            if located is None:
                continue
            seen.add(module)
            header = self._header(located.path, classes=True)
            self._depend_on(located.path)
            if name in header.bound:
                # ``__all__`` may leave the name out: its list is not read.
                return _UNKNOWN if "__all__" in header.bound else f"{module}.{name}"
            if not header.star:
                continue
            if header.stars is None or "__all__" in header.bound or depth >= _STAR_DEPTH:
                return _UNKNOWN
            inner = package_of(module, located.path)
            found = self._brought(name, [(s, inner) for s in header.stars], seen, depth + 1)
            if found is not None:
                return found
        return None

    def _value(self, name: str) -> Optional[str]:
        module, _, member = name.rpartition(".")
        if not module or self._defined_at_top(module, member) is not None:
            return None  # a def or a class is not a value built at import time
        owner_module, _, owner = module.rpartition(".")
        if owner_module and self._defined_at_top(owner_module, owner) == "class":
            # ``Dependencies.invoker``: an attribute of a class, read on the class,
            # typed by its annotation or assignments in the class (a registry).
            return self.attribute(f"@{owner_module}:{owner}", member)
        unit = self.unit(module, member)
        if unit is None:
            return None
        self._use(unit)
        return unit.global_type(unit.resolver.module_value_type(member))

    def _reexport(self, name: str) -> Optional[str]:
        module, _, member = name.rpartition(".")
        unit = self.unit(module, member) if module else None
        if unit is None:
            return None
        self._use(unit)
        bindings = unit.index.module.bindings.get(member, ())
        targets = {b.data for b in bindings if b.kind == IMPORT}
        if len(targets) != 1 or len(targets) != len(bindings):
            return None
        target = _absolute(str(targets.pop()), unit.resolver.package)
        if target is None or not self.locator.summarised(target):
            return None
        return target

    def _find(self, name: str, hops: int) -> Optional[list[str]]:
        if hops > _MAX_HOPS:
            return None
        parts = name.split(".")
        for split in range(len(parts) - 1, 0, -1):
            module = ".".join(parts[:split])
            if split == len(parts) - 1:
                kind = self._defined_at_top(module, parts[-1])
                if kind is not None:
                    return [f"{module}:{parts[-1]}", kind]
                target = self._imported_at_top(module, parts[-1])
                if target is not None:
                    return self._find(target, hops + 1)
            elif split == len(parts) - 2 and self._defined_at_top(module, parts[-2]) == "class":
                scanned = self._scanned_method(module, parts[-2], parts[-1])
                if scanned is not _UNKNOWN:
                    assert scanned is None or isinstance(scanned, list)
                    return scanned
            unit = self.unit(module, *parts[split:split + 2])
            if unit is not None:
                self._use(unit)
                return self._member(unit, parts[split:], hops)
        return None

    def _defined_at_top(self, module: str, name: str) -> Optional[str]:
        """Tell what ``name`` is when its module plainly defines it, without parsing.

        A ``def``, ``async def`` or ``class`` at the start of a line, of a name
        no other statement at the module's top level binds, answers "what does
        this name call" with a text scan: parsing is most of a cold run's cost,
        and most names are asked about only for their kind.
        """
        located = self._locate(module)
        if located is None:
            return None
        kind = self._header(located.path).kinds.get(name)
        if kind is not None:
            self._depend_on(located.path)
        return kind

    def _imported_at_top(self, module: str, name: str) -> Optional[str]:
        """Tell what ``name`` re-exports when its module plainly imports it, without parsing.

        ``from .client import Client`` in a package's ``__init__.py``, the one
        binding of the name at the module's top level: the question moves on
        to ``client`` as a parse would have moved it.
        """
        located = self._locate(module)
        if located is None or os.path.basename(located.path) != "__init__.py":
            return None  # re-exports live in packages; a module's scan costs more there
        target = self._header(located.path, classes=True).imports.get(name)
        if target is None:
            return None
        self._depend_on(located.path)
        return _absolute(target, package_of(module, located.path))

    def _header(self, path: str, classes: bool = False) -> Header:
        headers = self._class_headers if classes else self._headers
        header = headers.get(path)
        if header is None:
            self._stamps(path)  # before reading: an edit meanwhile is a new stamp
            header = headers[path] = scan_header(path, classes)
        return header

    def _member(self, unit: Unit, rest: list[str], hops: int) -> Optional[list[str]]:
        bindings = unit.index.module.bindings.get(rest[0])
        if not bindings:
            for star in unit.index.star_imports:
                target = _absolute(star, unit.resolver.package)
                if target is not None:
                    found = self._find(target + "." + ".".join(rest), hops + 1)
                    if found is not None:
                        return found
            return None
        definitions = [b for b in bindings if b.kind in (DEF, CLASS)]
        if definitions:
            data = definitions[-1].data
            if isinstance(data, ClassInfo):
                if len(rest) == 1:
                    return [f"{unit.module}:{rest[0]}", "class"]
                if len(rest) == 2:
                    return self._method_ref(unit, data, rest[1])
                return None
            if len(rest) == 1 and isinstance(data, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return [f"{unit.module}:{rest[0]}", _kind_of(data)]
            return None
        if len(bindings) == 1 and bindings[0].kind == ASSIGN:
            return self._alias(unit, bindings[0].data, rest, hops)
        # A re-export (``from .client import Client``), or alternatives under
        # ``try: ... except ImportError:``.  The statement pass records a try's
        # body after its handlers, and a later binding after an earlier one: the
        # last binding is the one in force, so they are tried from the last.
        for binding in reversed(bindings):
            if binding.kind == IMPORT:
                assert isinstance(binding.data, str)
                target = _absolute(binding.data, unit.resolver.package)
                if target is not None:
                    found = self._find(".".join([target, *rest[1:]]), hops + 1)
                    if found is not None:
                        return found
        return None

    def _alias(self, unit: Unit, value: object, rest: list[str], hops: int) -> Optional[list[str]]:
        """Follow ``LegacyClient = Client`` or ``session = sessions.Session``, bound once.

        A name bound to another name of the module, or to a dotted name it
        imports, stands for what that name stands for; any other value (a call,
        a constant) is not a function or a class.
        """
        if hops > _MAX_HOPS:
            return None
        if isinstance(value, ast.Name):
            # A module parsed in part kept the alias, maybe not what it names.
            unit = self.unit(unit.module, value.id) or unit
            return self._member(unit, [value.id, *rest[1:]], hops + 1)
        if not isinstance(value, ast.Attribute):
            return None
        target = unit.resolver.qualname(value, unit.index.module)
        target = _absolute(target, unit.resolver.package) if target is not None else None
        if target is None:
            return None
        return self._find(".".join([target, *rest[1:]]), hops + 1)

    def _method_ref(self, unit: Unit, info: ClassInfo, name: str) -> Optional[list[str]]:
        method = unit.resolver.method_of(info, name)
        if isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)):
            owner = unit.resolver.owner_of(method)
            if owner is None or owner.scope.parent is not unit.index.module:
                return None
            return [f"{unit.module}:{owner.node.name}.{name}", _kind_of(method)]
        base = unit.resolver.foreign_method(info, name)
        return [base.name, base.kind] if base is not None else None

    def method(self, token: str, name: str) -> Optional[Ref]:
        """Return the method ``name`` of the class behind a ``@module:Class`` token."""
        subject = f"{token[1:]}.{name}"
        found = self._answer("method", subject, lambda: self._token_method(token, name))
        return Ref(*found) if isinstance(found, list) else None

    def _token_method(self, token: str, name: str) -> Optional[list[str]]:
        module, _, owner = token[1:].partition(":")
        scanned = self._scanned_method(module, owner, name)
        if scanned is not _UNKNOWN:
            assert scanned is None or isinstance(scanned, list)
            return scanned
        return self._parsed_method(token, name)

    def _parsed_method(self, token: str, name: str) -> Optional[list[str]]:
        """Answer ``method`` from the parsed module of the class."""
        located = self._class(token, name)
        if located is None:
            return None
        unit, info = located
        return self._method_ref(unit, info, name)

    def _class(self, token: str, *members: str) -> Optional[tuple[Unit, ClassInfo]]:
        """Return the parsed class of a ``@module:Class`` token, with ``members`` in it."""
        module, _, name = token[1:].partition(":")
        unit = self.unit(module, name, *members)
        if unit is None:
            return None
        self._use(unit)
        info = unit.class_named(name)
        return (unit, info) if info is not None else None

    def _target(self, ref: Ref) -> Optional[tuple[Unit, ast.AST, Optional[ClassInfo]]]:
        module, _, path = ref.name.partition(":")
        head, _, method = path.partition(".")
        unit = self.unit(module, head, method)
        if unit is None:
            return None
        self._use(unit)
        if ref.kind == "class":
            info = unit.class_named(head)
            return (unit, info.node, info) if info is not None else None
        if method:
            info = unit.class_named(head)
            found = unit.resolver.method_of(info, method) if info is not None else None
            return (unit, found, info) if found is not None else None
        for binding in unit.index.module.bindings.get(head, ()):
            if binding.kind == DEF:
                assert isinstance(binding.data, ast.AST)
                return unit, binding.data, None
        return None

    def getter(self, ref: Ref) -> bool:
        """Tell whether the method ``ref`` is a plain ``@property`` getter."""
        found = self._answer("getter", ref.name, lambda: self._getter(ref))
        return found is True

    def _getter(self, ref: Ref) -> bool:
        target = self._target(ref) if ref.kind == "function" and "." in ref.local else None
        return target is not None and is_property(target[1])

    # --- answers -------------------------------------------------------------------

    def blocker(self, ref: Ref) -> Optional[Blocker]:
        """Return why calling ``ref`` blocks, or None.

        An ``async def`` of the project is awaited, not followed: its own file's
        check reports what it does.  One of an installed library is followed,
        since nobody checks the library: an "async" API that makes sync calls
        blocks whoever awaits it.
        """
        if ref.kind == "async":
            located = self._locate(ref.name.partition(":")[0])
            if located is None or located.project:
                return None
        found = self._answer("blocks", ref.name, lambda: self._blocker(ref))
        return Blocker.load(found) if found is not None else None

    def _blocker(self, ref: Ref) -> Optional[list[Any]]:
        if ref.kind == "class":
            module, _, owner = ref.name.partition(":")
            inherited = self._scanned_constructor(module, owner)
            if inherited is not _UNKNOWN:
                through = self.blocker(Ref(*inherited)) if isinstance(inherited, list) else None
                return through.dump() if through is not None else None
        target = self._target(ref)
        if target is None:
            return None
        unit, node, info = target
        summaries = unit.summaries
        function: Optional[ast.AST] = summaries.target(node)
        if ref.kind == "async" and isinstance(node, ast.AsyncFunctionDef):
            function = node
        if function is None and info is not None and ref.kind == "class":
            inherited = unit.resolver.foreign_method(info, "__init__")
            through = self.blocker(inherited) if inherited is not None else None
            return through.dump() if through is not None else None
        if function is None:
            return None
        assert isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
        found = summaries.blocker(function)
        if found is None:
            if ref.kind == "function" and unit.located.project and _abstract(function):
                return self._implemented(ref)
            return None
        if not found.path:
            found = found._replace(
                path=unit.path, shown=unit.shown_path(), library=not unit.located.project
            )
        return found.dump()

    def _implemented(self, ref: Ref) -> Optional[list[Any]]:
        """Return why an abstract method of the project blocks: every implementation does.

        ``store.log_spans()`` where ``store: AbstractStore`` and the package of
        ``AbstractStore`` holds its subclasses (a SQL store, a file store, a
        REST store), each of whose ``log_spans()`` blocks.  One implementation
        that does not block, or none found, gives no answer.
        """
        module, _, path = ref.name.partition(":")
        owner, _, name = path.rpartition(".")
        if not owner or "." in owner:
            return None
        found: Optional[Blocker] = None
        for token in self.implementations(module, owner):
            method = self.method(token, name)
            if method is None or method.name == ref.name or method.kind == "class":
                continue  # the abstract method itself, inherited
            if method.kind == "async":
                # A coroutine implementation: the call gives a coroutine, which the
                # caller awaits (``await ensure_async(cm.get(path))``).
                return None
            blocker = self.blocker(method)
            if blocker is None:
                target = self._target(method)
                if target is not None and _abstract(target[1]):
                    continue  # not implemented there either (``raise NotImplementedError``)
                return None
            if found is None:
                found = blocker._replace(via=(method.local,) + blocker.via)
        return found.dump() if found is not None else None

    def implementations(self, module: str, owner: str) -> list[str]:
        """Return the ``@module:Class`` tokens of the subclasses of a project class in its package.

        The package folder of the class's module and the folders under it are
        read (their test folders aside), by the header scan: a class statement
        naming the class as a base.  A package of more than
        ``_MOST_IMPLEMENTATION_FILES`` modules gives none.
        """
        found = self._answer(
            "impls", f"{module}:{owner}", lambda: self._implementations(module, owner)
        )
        return found if isinstance(found, list) else []

    def _implementations(self, module: str, owner: str) -> list[str]:
        located = self._locate(module)
        if located is None or not located.project:
            return []
        folder = os.path.dirname(located.path)
        package = package_of(module, located.path)
        target = f"{module}.{owner}"
        found: list[str] = []
        files = 0
        for root, folders, names in os.walk(folder):
            folders[:] = sorted(
                name for name in folders if not name.startswith((".", "__")) and name not in _TESTS
            )
            for file_name in sorted(names):
                if not file_name.endswith(".py"):
                    continue
                files += 1
                if files > _MOST_IMPLEMENTATION_FILES:
                    return []
                path = os.path.join(root, file_name)
                parts = os.path.relpath(path, folder)[: -len(".py")].split(os.sep)
                if parts[-1] == "__init__":
                    parts.pop()
                name = ".".join(part for part in (package, *parts) if part)
                header = self._header(path, classes=True)
                self._depend_on(path)
                inner = package_of(name, path)
                for cls, bases in header.bases.items():
                    for base in bases:
                        if base is None:
                            continue
                        if name == module and base == owner:
                            qualified: object = target
                        else:
                            qualified = self._scanned_qualname(header, base, inner)
                            if isinstance(qualified, str) and qualified.startswith("."):
                                qualified = _absolute(qualified, inner)  # ``from .base import``
                        if qualified == target:
                            found.append(f"@{name}:{cls}")
        return found

    def returns(self, ref: Ref) -> Optional[str]:
        """Return the type of what calling ``ref`` gives (awaiting it, for an ``async def``)."""
        if ref.kind == "class":
            return "@" + ref.name
        found = self._answer("returns", ref.name, lambda: self._returns(ref))
        return found if isinstance(found, str) else None

    def _returns(self, ref: Ref) -> Optional[str]:
        target = self._target(ref)
        if target is None:
            return None
        unit, node, _ = target
        if isinstance(node, ast.AsyncFunctionDef) and node.returns is None:
            return None  # what awaiting an unannotated coroutine function gives is not read
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return None
        return unit.global_type(unit.resolver.returns_of(node))

    def attribute(self, token: str, name: str) -> Optional[str]:
        """Return the type of attribute ``name`` of instances of a ``@module:Class``."""
        found = self._answer("attr", f"{token[1:]}.{name}", lambda: self._attribute(token, name))
        return found if isinstance(found, str) else None

    def _attribute(self, token: str, name: str) -> Optional[str]:
        module, _, owner = token[1:].partition(":")
        scanned = self._scanned_attribute(module, owner, name)
        if scanned is not _UNKNOWN:
            assert scanned is None or isinstance(scanned, str)
            return scanned
        located = self._class(token, name)
        if located is None:
            return None
        unit, info = located
        return unit.global_type(unit.resolver.attribute_type(info, name))

    def subclass_attribute(self, module: str, owner: str, name: str) -> Optional[str]:
        """Return the type the subclasses of a project class agree to give attribute ``name``."""
        found = self._answer(
            "subattr",
            f"{module}:{owner}.{name}",
            lambda: self._subclass_attribute(module, owner, name),
        )
        return found if isinstance(found, str) else None

    def _subclass_attribute(self, module: str, owner: str, name: str) -> Optional[str]:
        agreed: Optional[str] = None
        for token in self.implementations(module, owner):
            typed = self.attribute(token, name)
            if typed is None or typed.startswith("~") or agreed not in (None, typed):
                return None
            agreed = typed
        return agreed

    def known_base(self, token: str) -> Optional[str]:
        """Return the catalogued type a ``@module:Class`` derives from, if any."""
        found = self._answer("base", token[1:], lambda: self._known_base(token))
        return found if isinstance(found, str) else None

    def _known_base(self, token: str) -> Optional[str]:
        module, _, name = token[1:].partition(":")
        scanned = self._scanned_base(module, name)
        if scanned is not _UNKNOWN:
            assert scanned is None or isinstance(scanned, str)
            return scanned
        return self._parsed_base(token)

    def _parsed_base(self, token: str) -> Optional[str]:
        """Answer ``known_base`` from the parsed module of the class."""
        located = self._class(token)
        if located is None:
            return None
        unit, info = located
        found = unit.resolver.known_base(info.token)
        return None if found == info.token else found

    def _scanned_base(self, module: str, name: str) -> object:
        """Answer ``known_base`` from module headers (``headers.py``), or _UNKNOWN.

        The same walk as the resolver's over a parsed class: the class and its
        bases of the same module, breadth first, and for each of their other
        bases its qualified name, a catalogued type or a class of another
        module asked about in turn.  Anything the scan did not read plainly
        gives _UNKNOWN, and the module is parsed.
        """
        found = self._scanned_classes(module, name)
        if not isinstance(found, tuple):
            return found
        lineage, header, package, _ = found
        for base in _other_bases(header, lineage):
            known = self._scanned_name(header, base, package)
            if known is not None:
                return known
        return None

    def _scanned_name(self, header: Header, base: str, package: str) -> object:
        """Return the catalogued type a scanned class's base is or derives from, or _UNKNOWN."""
        qualified = self._scanned_qualname(header, base, package)
        if not isinstance(qualified, str):
            return _UNKNOWN
        if qualified in KNOWN_TYPES:
            return qualified
        ref = self.callee(qualified, package)
        if ref is not None and ref.kind == "class":
            return self.known_base("@" + ref.name)
        return None

    def _scanned_qualname(self, header: Header, base: str, package: str) -> object:
        """Return the qualified name a scanned class's base stands for, or _UNKNOWN.

        What ``Resolver.qualname`` gives for the base in the parsed module.
        """
        head, dot, rest = base.partition(".")
        if head in header.imports:
            qualified = header.imports[head] + dot + rest
            if "." in qualified.lstrip("."):
                qualified = self.reexport(qualified, package) or qualified
        elif head in header.bound or header.star:
            return _UNKNOWN
        elif head in BUILTIN_NAMES:
            qualified = "builtins." + base
        else:
            return _UNKNOWN
        return catalogue.ALIASES.get(qualified, qualified)

    def _scanned_method(self, module: str, owner: str, name: str) -> object:
        """Answer ``method`` from module headers and class bodies' text, or _UNKNOWN.

        The same search as the resolver's over the parsed module: the methods of
        the class and of its bases of the same module, breadth first, then each
        of their bases of other modules, asked about in turn.
        """
        found = self._scanned_lineage(module, owner, (name,))
        if not isinstance(found, tuple):
            return found
        lineage, header, package, path = found
        declared: Optional[list[str]] = None  # found in a Protocol: an implementation may follow
        for current in lineage:
            members = class_members(path, header, current)
            if members is not None and name in members:
                if not self.declares_only(f"{module}:{current}"):
                    return [f"{module}:{current}.{name}", members[name]]
                declared = declared or [f"{module}:{current}.{name}", members[name]]
        for token in self._scanned_bases(header, lineage, package):
            if token is _UNKNOWN:
                return _UNKNOWN
            method = self.method(str(token), name)
            if method is not None:
                if not self.declares_only(method.name.rpartition(".")[0]):
                    return [method.name, method.kind]
                declared = declared or [method.name, method.kind]
        return declared

    def _scanned_attribute(self, module: str, owner: str, name: str) -> object:
        """Answer ``attribute`` without parsing when the module never binds ``name``, or _UNKNOWN.

        No text of the module that could bind it (``_binds``): no class of
        the module binds it, and the answer is what the class's bases of other
        modules give, asked about in turn.  Most attributes a subclass reads
        are its own, so this spares parsing every base module.
        """
        found = self._scanned_classes(module, owner)
        if not isinstance(found, tuple):
            return _UNKNOWN
        lineage, header, package, path = found
        try:
            with tokenize.open(path) as handle:
                if _binds(handle.read(), name):
                    return _UNKNOWN
        except (OSError, SyntaxError, UnicodeError, ValueError):
            return _UNKNOWN
        for token in self._scanned_bases(header, lineage, package):
            if token is _UNKNOWN:
                return _UNKNOWN
            typed = self.attribute(str(token), name)
            if typed is not None:
                # A type variable is filled in by the base as written: parse.
                return _UNKNOWN if typed.startswith("~") else typed
        return None

    def _scanned_bases(self, header: Header, lineage: list[str], package: str) -> Iterator[object]:
        """Yield the ``@module:Class`` tokens of a scanned lineage's bases of other modules.

        _UNKNOWN for a base the scan cannot name, after which the caller
        stops: the parse answers instead.  Catalogued types and names that
        are not classes are left out.
        """
        for base in _other_bases(header, lineage):
            qualified = self._scanned_qualname(header, base, package)
            if not isinstance(qualified, str):
                yield _UNKNOWN
                return
            if qualified in KNOWN_TYPES:
                continue
            ref = self.callee(qualified, package)
            if ref is not None and ref.kind == "class":
                yield "@" + ref.name

    def declares_only(self, owner: str) -> bool:
        """Tell whether the class ``module:Class`` is a ``typing.Protocol``.

        A protocol's methods declare an interface: a class that derives from
        one and from an implementation runs the implementation (the protocol
        comes last in its method order).  Read from the module's header.
        """
        module, _, name = owner.partition(":")
        located = self._locate(module)
        if located is None or "." in name:
            return False
        header = self._header(located.path, classes=True)
        package = package_of(module, located.path)
        for base in header.bases.get(name, ()):
            if base is not None and base.rpartition(".")[2] == "Protocol":
                qualified = self._scanned_qualname(header, base, package)
                if qualified in _PROTOCOLS:
                    self._depend_on(located.path)
                    return True
        return False

    def _scanned_constructor(self, module: str, owner: str) -> object:
        """Return the ``__init__`` of another module that building ``owner`` runs, or _UNKNOWN.

        Only for a class that neither it nor a base of its module gives an
        ``__init__`` or ``__post_init__``, as the scan reads them: otherwise the
        module is parsed and the constructor summarised.
        """
        found = self._scanned_lineage(module, owner, CONSTRUCTORS)
        if not isinstance(found, tuple):
            return found
        lineage, header, _, path = found
        for current in lineage:
            members = class_members(path, header, current)
            if members is None or any(name in members for name in CONSTRUCTORS):
                return _UNKNOWN
        return self._scanned_method(module, owner, "__init__")

    def _scanned_lineage(self, module: str, owner: str, names: tuple[str, ...]) -> object:
        """Return ``_scanned_classes`` of a class whose bodies the scan reads plainly.

        _UNKNOWN if it did not read one of them, or one of them defines one of
        ``names`` twice.
        """
        found = self._scanned_classes(module, owner)
        if not isinstance(found, tuple):
            return found
        lineage, header, _, path = found
        for current in lineage:
            members = class_members(path, header, current)
            if members is None or any(members.get(name) == TWICE for name in names):
                return _UNKNOWN
        return found

    def _scanned_classes(self, module: str, owner: str) -> object:
        """Return the class and its bases of the same module, breadth first, and where they are.

        That is (the lineage, the module's header, its package, its path), or
        _UNKNOWN if the scan did not read the bases of one of them.
        """
        located = self._locate(module)
        if located is None:
            return _UNKNOWN
        header = self._header(located.path, classes=True)
        lineage = [owner]
        for current in lineage:
            bases = header.bases.get(current)
            if bases is None:
                return _UNKNOWN
            for base in bases:
                if base is not None and header.kinds.get(base) == "class" and base not in lineage:
                    lineage.append(base)
        self._depend_on(located.path)
        return lineage, header, package_of(module, located.path), located.path

    def _answer(self, kind: str, subject: str, compute: Any) -> Any:
        """Answer a question once per process, through the disk cache, cycles broken.

        An answer whose computation was cut off (``_cut``) is kept for this
        run only, and so is anything that uses it: it may change with the
        order in which the files of a run ask their questions.
        """
        key = f"{kind}:{subject}"
        known = self._answers.get(key)
        if known is not None:
            value, deps, complete = known
            self._merge(deps)
            if not complete:
                self._cut(-1)
            return value
        level = self._active.get(key)
        if level is not None or len(self._active) >= _MAX_NESTING:
            self._cut(-1 if level is None else level)
            return None  # a cycle, or too deep: no answer rather than a guess
        source = self._source_of(subject)
        if source is not None and self.cache is not None:
            hit, value, cached = self.cache.get(source, key)
            if hit:
                deps = self._shared(frozenset(cached))
                self._answers[key] = (value, deps, True)
                self._merge(deps)
                return value
        level = self._active[key] = len(self._deps)
        self._deps.append(set())
        self._cuts.append(_NO_CUT)
        try:
            value = compute()
        finally:
            collected = self._deps.pop()
            cut = self._cuts.pop()
            del self._active[key]
        frozen = self._shared(frozenset(collected))
        complete = cut >= level
        self._answers[key] = (value, frozen, complete)
        self._merge(frozen)
        if cut != _NO_CUT:
            self._cut(cut)
        if complete and source is not None and self.cache is not None:
            self.cache.put(source, key, value, sorted(frozen))
        if not self._active:
            # The question the check asked is answered: no frame holds a
            # module any more, so those the pool dropped meanwhile can go.
            POOL.release()
        return value

    def _shared(self, deps: frozenset[Stamp]) -> frozenset[Stamp]:
        """Return one object for equal sets of dependencies: many answers share theirs."""
        return self._dep_sets.setdefault(deps, deps)

    def _merge(self, deps: frozenset[Stamp]) -> None:
        if self._deps:
            self._deps[-1].update(deps)

    def _source_of(self, subject: str) -> Optional[str]:
        """Return the file a question is filed under in the cache.

        ``module:Path`` questions go with their module; a dotted name
        (``pkg.mod.Class.method``) with the longest prefix that is a module.
        """
        if ":" in subject:
            located = self.locator.find(subject.partition(":")[0])
            return located.path if located is not None else None
        parts = subject.split(".")
        for end in range(len(parts), 0, -1):
            located = self.locator.find(".".join(parts[:end]))
            if located is not None:
                return located.path
        return None

    def flush(self, force: bool = False) -> None:
        """Write the answers gained since the last write to the disk cache.

        Called after every checked file, it writes at most once a second (a
        run over a project would otherwise rewrite the same files for every
        file checked), and once more when the process exits, a forked
        ``--jobs`` worker included.
        """
        if self.cache is None:
            return
        if self._exit_pid != os.getpid():
            # Written at exit by a finalizer, not ``atexit``: flake8's ``--jobs``
            # workers are forked processes, which end without ``atexit`` but
            # run the finalizers registered in them.
            self._exit_pid = os.getpid()
            multiprocessing.util.Finalize(None, self.flush, args=(True,), exitpriority=0)
        now = time.monotonic()
        if force or now - self._flushed >= _FLUSH_EVERY_S:
            self.cache.flush()
            self._flushed = now
        if not self._pruned and os.path.isdir(self.cache.folder):
            # Once per process, as soon as the folder exists (a warm run's,
            # or the one the first write made); ``prune`` looks once a day.
            self._pruned = True
            self.cache.prune()


# The most modules of a package read for the subclasses of a class (``implementations``).
_MOST_IMPLEMENTATION_FILES = 200
# Folders of tests, whose fakes implement interfaces without doing the work.
_TESTS = frozenset({"test", "tests", "testing"})


def _abstract(function: ast.AST) -> bool:
    """Tell whether a method only declares an interface: ``@abstractmethod``, or a body
    that raises ``NotImplementedError`` (after a docstring).  A plain ``pass`` is a
    default that does nothing, which subclasses may keep (a no-op watchdog)."""
    if not isinstance(function, ast.FunctionDef):
        return False
    for decorator in function.decorator_list:
        name = dotted_name(decorator)
        if name is not None and name.rpartition(".")[2] == "abstractmethod":
            return True
    body = function.body
    if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
        body = body[1:]  # the docstring
    if len(body) != 1:
        return False
    only = body[0]
    if isinstance(only, ast.Raise) and only.exc is not None:
        raised = only.exc.func if isinstance(only.exc, ast.Call) else only.exc
        return dotted_name(raised) == "NotImplementedError"
    return False


# How many star imports deep a name is looked for (``star_name``).
_STAR_DEPTH = 3


@functools.lru_cache(maxsize=1024)
def _word(name: str) -> re.Pattern[str]:
    """Match ``name`` as a whole word."""
    return re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")


_AS_ATTRIBUTE = re.compile(r"\bas[ \t]+[A-Za-z_]\w*\.$")


def _binds(text: str, name: str) -> bool:
    """Tell whether ``text`` may bind the attribute ``name`` somewhere.

    ``x.name = ...`` or ``x.name: T``, a class-level ``name = ...`` or
    ``name: T`` (an annotation, a field), ``def name`` (a property),
    ``as x.name``, and the name in quotes (``setattr()``): any of them, and
    the module is parsed as before.
    """
    if name not in text:
        return False
    for match in _word(name).finditer(text):
        start, end = match.span()
        after = text[end:end + 64].lstrip(" \t")
        assigns = after[:1] == ":" or (after[:1] == "=" and after[1:2] != "=")
        line_start = text.rfind("\n", 0, start) + 1
        before = text[line_start:start]
        if assigns and (before.endswith(".") or not before.strip(" \t")):
            return True
        if before.rstrip(" \t").endswith("def") or _AS_ATTRIBUTE.search(before):
            return True
        if before[-1:] in ("'", '"') and after[:1] in ("'", '"'):
            return True
    return False


def _other_bases(header: Header, lineage: list[str]) -> Iterator[str]:
    """Yield the dotted names of the bases of ``lineage`` that are not classes of its module."""
    for current in lineage:
        for base in header.bases[current]:
            if base is not None and header.kinds.get(base) != "class":
                yield base


def _kind_of(function: ast.AST) -> str:
    """Return the kind a ``Ref`` gives a def: "async" or "function"."""
    return "async" if isinstance(function, ast.AsyncFunctionDef) else "function"


def _absolute(name: str, package: str) -> Optional[str]:
    """Resolve a relative qualified name (``..utils.load``) against ``package``."""
    if not name.startswith("."):
        return name
    level = len(name) - len(name.lstrip("."))
    parts = package.split(".") if package else []
    if level - 1 > len(parts):
        return None
    base = parts[: len(parts) - (level - 1)]
    rest = name[level:]
    joined = ".".join(base + ([rest] if rest else []))
    return joined or None


def _parse(path: str, wanted: set[str]) -> object:
    """Read and parse what ``wanted`` needs of a module.

    None if it is not valid Python (its text says so: as long as it does not
    change); _FAILED if it could not be read or parsed for a passing reason.
    """
    try:
        with tokenize.open(path) as handle:
            source = handle.read()
        return parse_part(source, path, wanted)
    except (SyntaxError, ValueError, UnicodeError, RecursionError) as error:
        LOG.info("flake8-async-blocking: not following %s: %s", path, error)
        return None
    except (OSError, MemoryError) as error:
        LOG.info("flake8-async-blocking: not following %s for now: %s", path, error)
        return _FAILED
