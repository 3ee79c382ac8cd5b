"""Value origins: what a name or expression refers to, through imports and types.

``Resolver.qualname`` gives the import-qualified name of an expression
(``t.sleep`` -> ``time.sleep``); ``Resolver.type_of`` gives the type of the
value an expression evaluates to, from constructors, annotations, ``with``
targets, ``self.x`` and ``x.y`` assignments, ``await`` of annotated
functions and the catalogue's member tables.  Both are flow-insensitive: a
name whose bindings disagree has no type (a ``None`` fallback is no vote),
except that the walk narrows a name inside ``if isinstance(name, T):``.
A collection or iterator of ``T`` (``list[T]``, ``Sequence[T]``,
``tuple[T, ...]``) has the type ``[T]``; iterating or indexing one gives a
``T``.  Recursion is bounded, so attribute chains of any length are safe.
"""

from __future__ import annotations

import ast
from typing import Callable, Iterator, NamedTuple, Optional, Protocol

from flake8_async_blocking import catalogue
from flake8_async_blocking.guards import guard_blocks
from flake8_async_blocking.names import (
    ANNOTATION,
    ASSIGN,
    BUILTIN_NAMES,
    CLASS,
    DEF,
    IMPORT,
    ITER,
    NARROW,
    PARAM,
    SELF,
    UNPACK,
    WITH,
    Binding,
    ClassInfo,
    FunctionNode,
    ModuleIndex,
    Scope,
    enclosing_function,
    generic_origin,
    is_overload,
    lookup,
)

_MAX_DEPTH = 40
# How many loop variables a name may pass through (``for a in (b,)``, ``b`` one too).
_MAX_HOPS = 4
# The most dotted parts a qualified name may have (``a.b.c`` has 3).
_MAX_QUALNAME_PARTS = 32
# A name whose type is being computed: ignored when bindings are compared, so
# that ``p = Path(x); p = p / "a"`` still gives a Path.
CYCLE = "<cycle>"

# Generic collections and iterators whose parameter is the element type:
# ``list[Path]`` is ``[pathlib.Path]``, what ``for f in files`` binds one of.
_COLLECTIONS = frozenset(
    {
        f"{module}.{name}"
        for module, names in (
            ("builtins", ("list", "set", "frozenset", "tuple")),
            ("typing", ("List", "Set", "FrozenSet", "Tuple", "Sequence", "MutableSequence",
                        "Iterable", "Iterator", "Collection", "AbstractSet", "MutableSet")),
            ("collections.abc", ("Sequence", "MutableSequence", "Iterable", "Iterator",
                                 "Collection", "Set", "MutableSet")),
        )
        for name in names
    }
)

_WRAPPERS = frozenset(
    {
        "typing.Optional",
        "typing.Annotated",
        "typing_extensions.Annotated",
        "typing.Union",
        "typing.Final",
        "typing.ClassVar",
        "typing_extensions.Final",
    }
)
_TYPE_VARIABLES = frozenset({"typing.TypeVar", "typing_extensions.TypeVar"})


# ``type[X]`` annotations: a value that is the class X itself, not an instance.
_CLASS_OF = frozenset({"builtins.type", "typing.Type", "type"})


def _known_types() -> frozenset[str]:
    types: set[str] = set(catalogue.RETURNS.values())
    types.update(catalogue.VALUES.values())
    types.update(catalogue.ALIASES.values())
    types.update(catalogue.WITH)
    types.update(catalogue.ITERATE)
    types.update(t for t in catalogue.ENTERS.values() if t)
    types.update(catalogue.MEMBERS.values())
    for key in catalogue.METHODS:
        types.add(key.rpartition(".")[0])
    for key in catalogue.MEMBERS:
        # "T.name()", "T.name", "T.*", "T[]", "T()", "T/": "T()" and "T.name()"
        # cannot be told apart by spelling, so both readings are added.
        if key.endswith("[]") or key.endswith("()"):
            types.add(key[:-2])
            key = key[:-2]
        elif key.endswith("/"):
            types.add(key[:-1])
            continue
        types.add(key.rpartition(".")[0])
    types.discard("")
    return frozenset(types)


KNOWN_TYPES = _known_types()
# The types whose methods run a callable elsewhere (``Type.method`` offloaders).
_OFFLOADER_OWNERS = frozenset(
    key.rpartition(".")[0] for key in catalogue.OFFLOADERS if key.count(".") > 1
)

# RETURNS keyed by canonical names too: qualname() gives ``requests.Session``
# for ``requests.sessions.Session``, and a row may be written under either.
_RETURNS: dict[str, str] = {
    **{catalogue.ALIASES.get(name, name): value for name, value in catalogue.RETURNS.items()},
    **catalogue.RETURNS,
}


class Ref(NamedTuple):
    """A function, class or method of another module: ``module:Path`` and its kind."""

    name: str  # "pkg.mod:helper", "pkg.mod:Client", "pkg.mod:Client.fetch"
    kind: str  # "function", "async" or "class"

    @property
    def local(self) -> str:
        """The name inside its module: ``helper``, ``Client.fetch``."""
        return self.name.partition(":")[2]


class ProgramView(Protocol):
    """What a module's resolver may ask about other modules (``program/world.py``)."""

    def callee(self, name: str, package: str) -> Optional[Ref]: ...

    def method(self, token: str, name: str) -> Optional[Ref]: ...

    def returns(self, ref: Ref) -> Optional[str]: ...

    def attribute(self, token: str, name: str) -> Optional[str]: ...

    def known_base(self, token: str) -> Optional[str]: ...

    def reexport(self, name: str, package: str) -> Optional[str]: ...

    def value(self, name: str, package: str) -> Optional[str]: ...

    def star_name(self, name: str, stars: list[str], package: str) -> Optional[str]: ...

    def declares_only(self, owner: str) -> bool: ...

    def subclass_attribute(self, module: str, owner: str, name: str) -> Optional[str]: ...


class Resolver:
    """Resolves names and types in one module.

    Classes of other modules are typed ``@module:Class``; what is known of them
    comes from ``program``, when there is one.
    """

    def __init__(
        self,
        index: ModuleIndex,
        program: Optional[ProgramView] = None,
        package: str = "",
        module_name: str = "",
    ) -> None:
        self.index = index
        self.module = index.module
        self.program = program
        # The package relative imports start from ("" for a top-level module).
        self.package = package
        # The module's dotted name, when known ("" for a buffer or a lone file).
        self.module_name = module_name
        # id(node) -> (scope, type): the scope is kept to tell a reused id apart.
        self._expr_types: dict[int, tuple[Scope, Optional[str]]] = {}
        self._name_types: dict[int, tuple[list[Binding], Optional[str]]] = {}
        self._attr_types: dict[tuple[int, str], Optional[str]] = {}
        self._annotations: dict[str, Optional[ast.expr]] = {}
        self._bases: dict[str, Optional[str]] = {}
        self._reexports: dict[str, str] = {}
        # Names of the module classes' @property getters (made on first use).
        self._properties: Optional[frozenset[str]] = None
        # id(bindings) -> (bindings, class token): the classes names hold as values.
        self._class_values: dict[int, tuple[list[Binding], Optional[str]]] = {}
        # id(def) -> (def, type): what an unannotated function returns.
        self._returned: dict[int, tuple[ast.FunctionDef, Optional[str]]] = {}
        # Calls of offloaded callables, made once per offloading call (``awaited_type``).
        self._offloaded: dict[int, ast.Call] = {}
        # A method's def -> {id of each ``super()`` call in it: the attribute read on it}.
        self._super_reads: dict[int, dict[int, str]] = {}

    # --- names -----------------------------------------------------------------

    def bindings(self, name: str, scope: Scope) -> Optional[list[Binding]]:
        """Return the bindings of ``name`` seen from ``scope``."""
        return lookup(name, scope, self.module)

    def qualname(self, expr: ast.expr, scope: Scope, hops: int = 0) -> Optional[str]:
        """Return the import-qualified name of ``expr``, or None if it is not one."""
        parts: list[str] = []
        node = expr
        while type(node) is ast.Attribute:
            if len(parts) == _MAX_QUALNAME_PARTS:
                return None  # no module path is this deep: keeps long chains linear
            parts.append(node.attr)
            node = node.value
        if type(node) is not ast.Name:
            return None
        assert isinstance(node, ast.Name)
        found = lookup(node.id, scope, self.module)
        firsts = _first_elements(found)
        if firsts:
            # ``for cls in (A, B): cls()``: the first pass calls A.
            if hops == _MAX_HOPS:
                return None
            named = {self.qualname(first, where, hops + 1) for first, where in firsts}
            base = named.pop() if len(named) == 1 else None
            if base is None:
                return None
        elif found is None:
            if node.id in BUILTIN_NAMES:
                base = "builtins." + node.id
            elif self.index.star_imports and self.program is not None:
                # ``from .actions import *``: the module that defines the name.
                starred = self.program.star_name(node.id, self.index.star_imports, self.package)
                if starred is None:
                    return None
                base = starred
            else:
                return None
        else:
            base = ""
            for binding in found:
                if binding.kind != IMPORT:
                    if binding.kind == ASSIGN and _is_none(binding.data):  # type: ignore[arg-type]
                        continue  # ``except ImportError: requests = None``
                    return None
                assert isinstance(binding.data, str)
                if base and binding.data != base:
                    return None
                base = binding.data
            if not base:
                return None
            if self.program is not None and "." in base.lstrip("."):
                base = self._reexported(base)
        if parts:
            parts.reverse()
            base = base + "." + ".".join(parts)
        return catalogue.ALIASES.get(base, base)

    def _reexported(self, target: str) -> str:
        """Follow ``from .utils import sqlite3`` to the module another module imported."""
        found = self._reexports.get(target)
        if found is None:
            assert self.program is not None
            found = self.program.reexport(target, self.package) or target
            self._reexports[target] = found
        return found

    def function_of(self, expr: ast.expr, scope: Scope, depth: int = 0) -> Optional[ast.AST]:
        """Return the def (or ClassInfo) of this module that ``expr`` names, if any."""
        if isinstance(expr, ast.Name):
            found = lookup(expr.id, scope, self.module)
            firsts = _first_elements(found)
            if firsts:
                if depth >= _MAX_DEPTH:
                    return None
                nodes = [self.function_of(first, where, depth + 1) for first, where in firsts]
                return nodes[0] if all(node is nodes[0] for node in nodes) else None
            if found and len(found) > 1 and _overloaded(found):
                found = found[-1:]  # ``@overload`` stubs, then the implementation it calls
            if found and len(found) == 1 and found[0].kind in (DEF, CLASS):
                data = found[0].data
                assert isinstance(data, (ast.AST, ClassInfo))
                return data if isinstance(data, ast.AST) else _class_node(data)
            if not found or found[0].kind == IMPORT:
                return None
        elif isinstance(expr, ast.Attribute):
            owner = self.class_of(self.type_of(expr.value, scope, depth + 1))
            if owner is None:
                return None
            method = self.method_of(owner, expr.attr)
            if method is not None:
                return method
        else:
            return None
        # A name or attribute that holds a class of this module (``factory()``).
        held = self.class_of(self.class_value(expr, scope, depth + 1))
        return _class_node(held) if held is not None else None

    def class_of(self, type_name: Optional[str]) -> Optional[ClassInfo]:
        """Return the module class behind a type token, if it is one."""
        if type_name is None or not type_name.startswith("<"):
            return None
        return self.index.classes.get(type_name)

    def method_of(self, owner: ClassInfo, name: str) -> Optional[ast.AST]:
        """Find a method by name in a module class or its module bases."""
        for info in self._lineage(owner):
            method = info.methods.get(name)
            if method is not None:
                return method
        return None

    def _lineage(self, info: ClassInfo) -> Iterator[ClassInfo]:
        """Yield a module class and its module bases, breadth first, each once."""
        seen: set[int] = set()
        pending = [info]
        while pending:
            current = pending.pop(0)
            if id(current) not in seen:
                seen.add(id(current))
                yield current
                pending.extend(self._module_bases(current))

    def _module_bases(self, info: ClassInfo) -> list[ClassInfo]:
        bases = []
        for base in map(generic_origin, info.node.bases):
            if isinstance(base, ast.Name):
                found = lookup(base.id, info.scope.parent or self.module, self.module)
                if found and found[0].kind == CLASS:
                    data = found[0].data
                    assert isinstance(data, ClassInfo)
                    bases.append(data)
        return bases

    def known_base(self, type_name: Optional[str]) -> Optional[str]:
        """Return the catalogued type a module class derives from, if any."""
        if type_name is None:
            return None
        if type_name.startswith("@"):
            own = type_name[1:].replace(":", ".")
            if own in KNOWN_TYPES or own in _OFFLOADER_OWNERS:
                # The class the catalogue names, read from its own source
                # (Home Assistant's ``HomeAssistant`` when ``hass`` is followed).
                return own
            return self.program.known_base(type_name) if self.program is not None else None
        if not type_name.startswith("<"):
            return type_name
        if type_name in self._bases:
            return self._bases[type_name]
        found = self._known_base(type_name)
        self._bases[type_name] = found
        return found

    def _known_base(self, type_name: str) -> Optional[str]:
        info = self.class_of(type_name)
        if info is None:
            return type_name
        for current in self._lineage(info):
            scope = current.scope.parent or self.module
            for base in current.node.bases:
                name = self.qualname(generic_origin(base), scope)
                if name in KNOWN_TYPES:
                    return name
                token = self.foreign_class(name) if name is not None else None
                if token is not None:
                    assert self.program is not None
                    found = self.program.known_base(token)
                    if found is not None:
                        return found
        return None

    # --- other modules ---------------------------------------------------------

    def foreign_callee(self, func: ast.expr, scope: Scope) -> Optional[Ref]:
        """Return the function, class or method of another module that ``func`` names."""
        program = self.program
        if program is None:
            return None
        if type(func) is ast.Attribute:
            assert isinstance(func, ast.Attribute)
            owner = self.type_of(func.value, scope)
            if owner is not None and owner.startswith("@"):
                return program.method(owner, func.attr)
            info = self.class_of(owner)
            if info is not None:
                if self.method_of(info, func.attr) is not None:
                    return None  # a method of this module: ABL601's business
                inherited = self.foreign_method(info, func.attr)
                if inherited is not None:
                    return inherited
        name = self.qualname(func, scope)
        if name is None:
            # A name or attribute that holds a class of another module, set
            # elsewhere (``self._request_class = request_class``).
            held = self.class_value(func, scope)
            if held is not None and held.startswith("@"):
                return Ref(held[1:], "class")
            return None
        if name in catalogue.CALLS or name in _RETURNS:
            return None
        return program.callee(name, self.package)

    def foreign_class(self, name: str) -> Optional[str]:
        """Return the ``@module:Class`` token of a qualified name that is a class elsewhere."""
        if self.program is None:
            return None
        ref = self.program.callee(name, self.package)
        return "@" + ref.name if ref is not None and ref.kind == "class" else None

    def foreign_method(self, info: ClassInfo, name: str) -> Optional[Ref]:
        """Find a method a class of this module inherits from a class of another module.

        One a ``typing.Protocol`` declares is taken only when no other base
        implements it.
        """
        if self.program is None:
            return None
        declared: Optional[Ref] = None
        for token in self._foreign_bases(info):
            found = self.program.method(token, name)
            if found is not None:
                if not self.program.declares_only(found.name.rpartition(".")[0]):
                    return found
                declared = declared or found
        return declared

    def _foreign_bases(self, info: ClassInfo) -> Iterator[str]:
        """Yield the ``@module:Class`` tokens of the bases of other modules of a class's lineage."""
        for token, _, _ in self._foreign_base_links(info):
            yield token

    def _foreign_base_links(self, info: ClassInfo) -> Iterator[tuple[str, ast.expr, Scope]]:
        """Yield each base of another module of a class's lineage: its token, as written, and where.

        ``CoordinatorEntity[MyCoordinator]`` is a ``CoordinatorEntity``; the
        expression written says what its type parameter stands for.
        """
        for current in self._lineage(info):
            scope = current.scope.parent or self.module
            for written in current.node.bases:
                base = generic_origin(written)
                if type(base) is ast.Name and self._module_class(base.id, scope) is not None:
                    continue  # a base of this module: already in the lineage
                qualified = self.qualname(base, scope)
                if qualified is None or qualified in KNOWN_TYPES:
                    continue
                token = self.foreign_class(qualified)
                if token is not None:
                    yield token, written, scope

    def _module_class(self, name: str, scope: Scope) -> Optional[ClassInfo]:
        found = lookup(name, scope, self.module)
        if found and found[0].kind == CLASS:
            data = found[0].data
            assert isinstance(data, ClassInfo)
            return data
        return None

    def owner_of(self, function: ast.AST) -> Optional[ClassInfo]:
        """Return the class of this module a method belongs to."""
        scope = self.index.scopes.get(id(function))
        return scope.owner if scope is not None else None

    def returns_of(self, function: FunctionNode) -> Optional[str]:
        """Return the type a function of this module declares, or else gives, on return.

        For an ``async def``, its annotation: what awaiting a call gives.
        """
        returns = function.returns
        if returns is None:
            if isinstance(function, ast.AsyncFunctionDef):
                return None
            return self._inferred_return(function)
        inner = self.index.scopes.get(id(function))
        outer = inner.parent if inner is not None and inner.parent is not None else self.module
        if isinstance(returns, ast.Subscript) and any(
            (getattr(d, "attr", None) or getattr(d, "id", None)) == "contextmanager"
            for d in function.decorator_list
        ):
            # ``@contextmanager`` over ``-> Iterator[T]``: ``with f() as x`` gives a T.
            inner_type = returns.slice
            if isinstance(inner_type, ast.Tuple) and inner_type.elts:
                inner_type = inner_type.elts[0]
            return self.annotation_type(inner_type, outer)
        return self.annotation_type(returns, outer)

    def _inferred_return(self, function: ast.FunctionDef) -> Optional[str]:
        """Type an unannotated function by what it returns: one type for every value, or none.

        ``return None`` and a bare ``return`` are left out, as ``Optional[T]``
        is read as ``T``.  A generator, a function that returns nothing else,
        one whose returns disagree or include an unknown value (a parameter),
        and one wrapped by a decorator that may change its result give no type.
        Proof: tests/fixtures/ABL402_pathlib_io.py, "unannotated helpers".
        """
        known = self._returned.get(id(function))
        if known is not None and known[0] is function:
            return known[1]
        self._returned[id(function)] = (function, None)  # a recursive call: no type
        result = None
        scope = self.index.scopes.get(id(function))
        values = _return_values(function) if scope is not None else None
        if values and all(_keeps_result(d) for d in function.decorator_list):
            assert scope is not None
            types = {self.type_of(value, scope) for value in values}
            if len(types) == 1:
                result = types.pop()
        self._returned[id(function)] = (function, result)
        return result

    def attribute_type(self, info: ClassInfo, name: str) -> Optional[str]:
        """Return the type of attribute ``name`` of instances of a class of this module."""
        found = self._class_attribute(info, name)
        if found is not None:
            return found
        method = self.method_of(info, name)
        if isinstance(method, ast.FunctionDef) and any(
            isinstance(d, ast.Name) and d.id in ("property", "cached_property")
            or isinstance(d, ast.Attribute) and d.attr == "cached_property"
            for d in method.decorator_list
        ):
            return self.returns_of(method)
        return self._foreign_attribute(info, name)

    def _foreign_attribute(self, info: ClassInfo, name: str) -> Optional[str]:
        """Return the type of an attribute a class inherits from a class of another module.

        ``class IssuesMixin(JiraClient)``, where ``JiraClient.__init__`` in
        another module sets ``self.jira = Jira(...)``: ``self.jira`` in a
        method of the mixin is a ``Jira``.  The first base that gives a type wins.
        """
        if self.program is None:
            return None
        for token, written, scope in self._foreign_base_links(info):
            found = self.program.attribute(token, name)
            if found is not None:
                return self._parameter_bound(found, written, scope)
        return None

    def _mixin_attribute(self, info: ClassInfo, attr: str) -> Optional[str]:
        """Return the type of an attribute a base-less class reads but never binds.

        A mixin (``class SlashCommandsMixin:`` whose methods use
        ``self._session_db``) gets the attribute from the classes that derive
        from it: the subclasses in its package (``Program.implementations``)
        must all give it the same type.
        """
        if (
            self.program is None
            or not self.module_name
            or info.node.bases
            or info.scope.parent is not self.module
            or self.attribute_owner(info, attr) is not None  # bound here, even untyped
        ):
            return None
        return self.program.subclass_attribute(self.module_name, info.node.name, attr)

    def _parameter_bound(self, found: str, written: ast.expr, scope: Scope) -> Optional[str]:
        """Return an inherited attribute's type with the base's type parameter filled in.

        ``self.coordinator`` of ``CoordinatorEntity`` is typed by a type
        variable (``~_T``); in ``class Sensor(CoordinatorEntity[MyCoordinator])``
        it is a ``MyCoordinator``.  Only a base given one type argument is
        filled in; any other type variable stays unknown (None).
        """
        if not found.startswith("~"):
            return found
        if isinstance(written, ast.Subscript) and not isinstance(written.slice, ast.Tuple):
            return self.annotation_type(written.slice, scope)
        return None

    def property_of(self, expr: ast.Attribute, scope: Scope) -> Optional[ast.FunctionDef]:
        """Return the getter that reading ``expr`` runs: a ``@property`` of a module class.

        A ``cached_property`` runs once per instance and is left out, like the
        other memoised helpers.
        """
        properties = self._properties
        if properties is None:
            properties = self._properties = frozenset(
                name
                for info in self.index.classes.values()
                for name, method in info.methods.items()
                if is_property(method)
            )
        if expr.attr not in properties:
            return None  # no class of the module has a property of that name
        info = self.class_of(self.type_of(expr.value, scope))
        if info is None:
            return None
        method = self.method_of(info, expr.attr)
        if isinstance(method, ast.FunctionDef) and is_property(method):
            return method
        return None

    # --- types -----------------------------------------------------------------

    def type_of(self, expr: ast.expr, scope: Scope, depth: int = 0) -> Optional[str]:
        """Return the type of the value of ``expr``, or None when unknown."""
        found = self._type_of(expr, scope, depth)
        return None if found == CYCLE else found

    def _type_of(self, expr: ast.expr, scope: Scope, depth: int) -> Optional[str]:
        """Return the type of ``expr``, each node computed once per module check.

        A chain (``s.a().b().c()``, ``q[0].x / "y"``) is resolved from its
        innermost receiver outwards, iteratively: every link then finds its
        receiver's type in the memo, so time is linear in the chain's length
        and no chain is deep enough to reach the recursion limit.
        """
        memo = self._expr_types
        entry = memo.get(id(expr))
        if entry is not None and entry[0] is scope:
            return entry[1]
        if depth > _MAX_DEPTH:
            return None
        spine: list[ast.expr] = []
        link = _receiver(expr)
        while link is not None:
            known = memo.get(id(link))
            if known is not None and known[0] is scope:
                break
            spine.append(link)
            link = _receiver(link)
        for link in reversed(spine):
            memo[id(link)] = (scope, self._compute_type(link, scope, depth + 1))
        result = self._compute_type(expr, scope, depth)
        memo[id(expr)] = (scope, result)
        return result

    def _compute_type(self, expr: ast.expr, scope: Scope, depth: int) -> Optional[str]:
        kind = type(expr)
        if kind is ast.Name:
            assert isinstance(expr, ast.Name)
            return self._name_type(expr, scope, depth)
        if kind is ast.Attribute:
            assert isinstance(expr, ast.Attribute)
            name = self.qualname(expr, scope)
            if name is not None:
                if name in catalogue.VALUES:
                    return catalogue.VALUES[name]
                # ``settings.DATA_DIR``: a value another module builds at import time.
                found = self._foreign_value(name)
                if found is not None:
                    return found
            return self._member(self._type_of(expr.value, scope, depth + 1), expr.attr, expr, scope)
        if kind is ast.Call:
            assert isinstance(expr, ast.Call)
            return self._call_type(expr, scope, depth)
        if kind is ast.Subscript:
            assert isinstance(expr, ast.Subscript)
            base = self._type_of(expr.value, scope, depth + 1)
            return self._lookup_member(base, "[]")
        if kind is ast.BinOp:
            assert isinstance(expr, ast.BinOp)
            if isinstance(expr.op, ast.Div):
                return self._lookup_member(self._type_of(expr.left, scope, depth + 1), "/")
            return None
        if kind is ast.NamedExpr:
            assert isinstance(expr, ast.NamedExpr)
            return self._type_of(expr.value, scope, depth + 1)
        if kind is ast.Await:
            assert isinstance(expr, ast.Await)
            return self.awaited_type(expr, scope, depth + 1)
        if kind is ast.IfExp:
            assert isinstance(expr, ast.IfExp)
            return self.choice_type(expr, scope, depth + 1)
        if kind is ast.BoolOp:
            assert isinstance(expr, ast.BoolOp)
            return self.fallback_type(expr, scope, depth + 1)
        if kind is ast.Tuple:
            assert isinstance(expr, ast.Tuple)
            if any(isinstance(element, ast.Starred) for element in expr.elts):
                return None
            return tuple_type(
                [self.type_of(element, scope, depth + 1) for element in expr.elts]
            )
        return None

    def _name_type(self, expr: ast.Name, scope: Scope, depth: int) -> Optional[str]:
        found = lookup(expr.id, scope, self.module)
        if found is None:
            return None
        return _by_identity(self._name_types, found, lambda: self._bindings_type(found, depth))

    def _bindings_type(
        self, found: list[Binding], depth: int, untyped_calls: bool = False
    ) -> Optional[str]:
        """Return the one type the bindings of a name give; None if they differ or one is unknown.

        With ``untyped_calls`` (an instance attribute), an assignment of a call
        whose result has no known type does not count against the type the
        other assignments agree on: ``self.client = session.client("s3")`` in
        one branch and ``self.client = boto3.client("s3")`` in the other.
        """
        declared: Optional[str] = None
        declared_in: Optional[Scope] = None
        # (scope, type) of plain assignments: one of another type in the scope
        # of the annotation drops it (``def f(fh: TextIO): fh = 7``).
        rebound: list[tuple[Scope, Optional[str]]] = []
        inferred: set[str] = set()
        unknown = False
        for binding in found:
            kind = binding.kind
            data = binding.data
            if kind == ANNOTATION:
                assert isinstance(data, ast.expr)
                if declared is None:
                    declared = self.annotation_type(data, binding.scope, depth + 1)
                    declared_in = binding.scope
                continue
            if kind == PARAM:
                assert isinstance(data, tuple)
                annotation, default = data
                if annotation is not None:
                    if declared is None:
                        declared = self.annotation_type(annotation, binding.scope, depth + 1)
                        declared_in = binding.scope
                    continue
                if default is None or _is_none(default):
                    # An untyped parameter the function rebinds (``root = Path(root)``)
                    # takes the types of its rebindings: it is being normalised.
                    if not _rebound_in(found, binding.scope):
                        unknown = True
                    continue
                value_type = self._type_of(default, binding.scope, depth + 1)
            elif kind == ASSIGN:
                assert isinstance(data, ast.expr)
                if _is_none(data):
                    continue
                value_type = self._type_of(data, binding.scope, depth + 1)
                if id(data) not in self.index.annotated_values:
                    rebound.append((binding.scope, value_type))
                if value_type is None and untyped_calls and isinstance(data, ast.Call):
                    continue
            elif kind == WITH:
                assert isinstance(data, ast.expr)
                value_type = self._type_of(data, binding.scope, depth + 1)
                if value_type is not None and value_type in catalogue.ENTERS:
                    value_type = catalogue.ENTERS[value_type]
            elif kind == IMPORT:
                assert isinstance(data, str)
                value_type = catalogue.VALUES.get(catalogue.ALIASES.get(data, data))
                if value_type is None:
                    value_type = self._foreign_value(data)
            elif kind == SELF or kind == CLASS:
                assert isinstance(data, ClassInfo)
                value_type = data.token
            elif kind == ITER:
                assert isinstance(data, ast.expr)
                value_type = element_type(self._type_of(data, binding.scope, depth + 1))
            elif kind == NARROW:
                assert isinstance(data, tuple)
                value_type = self._narrowed_type(data[0], data[1], binding.scope, depth + 1)
            elif kind == UNPACK:
                assert isinstance(data, tuple)
                packed = self._type_of(data[0], binding.scope, depth + 1)
                value_type = CYCLE if packed == CYCLE else tuple_element(packed, data[1])
            else:
                unknown = True
                continue
            if value_type is None:
                unknown = True
            elif value_type != CYCLE:
                inferred.add(value_type)
        if declared is not None and not any(
            where is declared_in and found_type not in (declared, CYCLE)
            for where, found_type in rebound
        ):
            return declared
        if unknown or len(inferred) != 1:
            return CYCLE if not unknown and not inferred else None
        return inferred.pop()

    def _foreign_value(self, name: str) -> Optional[str]:
        """Return the type of a module-level value of another module, if it has one.

        ``from .settings import DATA_DIR`` where ``settings`` says
        ``DATA_DIR = Path(...) / "data"``: the other module's bindings of the
        name are typed there, by the same rules as this module's globals (one
        type for all of them, or nothing).  Proof: tests/projects/webapp/pages.py.
        """
        if self.program is None or "." not in name.lstrip("."):
            return None
        return self.program.value(name, self.package)

    def module_value_type(self, name: str) -> Optional[str]:
        """Return the type of the module-level name ``name`` of this module, if known."""
        found = self.module.bindings.get(name)
        if not found:
            return None
        result = _by_identity(self._name_types, found, lambda: self._bindings_type(found, 0))
        return None if result == CYCLE else result

    def _call_type(self, expr: ast.Call, scope: Scope, depth: int) -> Optional[str]:
        func = expr.func
        if isinstance(func, ast.Name) and func.id == "super" and not expr.args:
            return self._super_type(expr, scope, depth)
        name = self.qualname(func, scope)
        if name is not None:
            if name.endswith("Stub") and "_pb2_grpc." in name:
                return self._grpc_stub(expr, scope, depth)
            built = catalogue.BUILT_WITH.get(name)
            if built is not None:
                return self._built_with(expr, scope, built)
            api = catalogue.CALLS.get(name)
            if api is not None and api.guard == "not_pseudo_fs":
                if not guard_blocks(api.guard, expr):
                    return None  # open("/proc/...") gives no file worth reporting
            returned = _RETURNS.get(name)
            if returned is None and self.program is not None and name not in catalogue.CALLS:
                ref = self.program.callee(name, self.package)
                if ref is not None:
                    # Calling an ``async def`` gives a coroutine, of no type here.
                    return None if ref.kind == "async" else self.program.returns(ref)
                # Not a function or class of another module: maybe a method of, or a
                # call on, a value one builds (``settings.engine.connect()``,
                # ``SessionLocal()``), typed below by its receiver.
            if returned is not None or name in catalogue.CALLS or self.program is None:
                return returned
        target = self.function_of(func, scope, depth + 1)
        if isinstance(target, ast.ClassDef):
            return self.class_value(func, scope, depth + 1)
        if isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if isinstance(target, ast.AsyncFunctionDef):
                return None
            if target.returns is None:
                return self._inferred_return(target)
            inner = self.index.scopes.get(id(target))
            outer = inner.parent if inner is not None and inner.parent is not None else scope
            return self.annotation_type(target.returns, outer, depth + 1)
        if isinstance(func, ast.Attribute):
            base = self._type_of(func.value, scope, depth + 1)
            if base is not None and base.startswith("@") and self.program is not None:
                ref = self.program.method(base, func.attr)
                if ref is not None:
                    return None if ref.kind == "async" else self.program.returns(ref)
            found = self._lookup_member(base, "." + func.attr + "()")
        else:
            found = self._lookup_member(self._type_of(func, scope, depth + 1), "()")
        if found is None:
            # A class held by a name or an attribute: calling it makes an instance.
            held = self.class_value(func, scope, depth + 1)
            if held is not None and not held.startswith("<"):
                return held
        return found

    def _grpc_stub(self, expr: ast.Call, scope: Scope, depth: int) -> Optional[str]:
        """Type a stub generated by grpcio-tools by the channel it is built on.

        ``<name>_pb2_grpc.<Service>Stub(channel)`` is the same class for sync and
        grpc.aio channels: its methods block only on a sync one.  A channel of
        unknown kind gives no type, so nothing made on it is reported.
        """
        if expr.args:
            channel: Optional[ast.expr] = expr.args[0]
        else:
            channel = next((k.value for k in expr.keywords if k.arg == "channel"), None)
        if channel is None or self._type_of(channel, scope, depth + 1) != "grpc.Channel":
            return None
        return "grpc.Stub"

    def _built_with(
        self, expr: ast.Call, scope: Scope, built: tuple[frozenset[str], str]
    ) -> Optional[str]:
        """Type a value built from parts (a voluptuous schema) by the parts it holds."""
        parts, made = built
        for node in ast.walk(expr):
            if node is not expr and type(node) is ast.Call:
                assert isinstance(node, ast.Call)
                if self.qualname(node.func, scope) in parts:
                    return made
        return None

    def _member(
        self, base: Optional[str], attr: str, expr: ast.Attribute, scope: Scope
    ) -> Optional[str]:
        value = expr.value
        if type(value) is ast.Name and self.index.attribute_names:
            assert isinstance(value, ast.Name)
            assigned = self._assigned_attribute(value.id + "." + attr, scope)
            if assigned is not None:
                return assigned
        if base is None:
            hint = catalogue.ATTRIBUTE_HINTS.get(attr)
            if hint is not None and hint[0] in self.index.import_roots:
                value = expr.value
                if isinstance(value, ast.Name):
                    found = lookup(value.id, scope, self.module)
                    if found and found[0].kind in (IMPORT, CLASS):
                        return hint[1]
            return None
        if base == CYCLE:
            return CYCLE
        if base.startswith("@") and self.program is not None:
            foreign = self.program.attribute(base, attr)
            if foreign is not None:
                return None if foreign.startswith("~") else foreign
        info = self.class_of(base)
        if info is not None:
            # An attribute bound in the class or its methods, or a property's
            # return annotation (``self.path_fullchain.exists()``).
            own = self.attribute_type(info, attr)
            if own is None:
                own = self._mixin_attribute(info, attr)
            if own is not None:
                return None if own.startswith("~") else own
            if attr in catalogue.ATTRIBUTE_HINTS:
                hint = catalogue.ATTRIBUTE_HINTS[attr]
                if hint[0] in self.index.import_roots:
                    return hint[1]
        return self._lookup_member(base, "." + attr) or self._lookup_member(base, ".*")

    def _lookup_member(self, base: Optional[str], suffix: str) -> Optional[str]:
        if base is None:
            return None
        if base == CYCLE:
            return CYCLE
        if base.startswith("<"):
            base = self.known_base(base)
            if base is None:
                return None
        elif base.startswith("[") and suffix == "[]":
            return element_type(base)
        return catalogue.MEMBERS.get(base + suffix)

    def _class_attribute(self, info: ClassInfo, attr: str) -> Optional[str]:
        key = (id(info), attr)
        if key in self._attr_types:
            return self._attr_types[key]
        self._attr_types[key] = None
        result: Optional[str] = None
        for current in self._lineage(info):
            bindings = list(current.attrs.get(attr, ()))
            bindings.extend(current.scope.bindings.get(attr, ()))
            bindings = [b for b in bindings if b.kind not in (DEF, CLASS)]
            if bindings:
                found = self._bindings_type(bindings, 1, untyped_calls=True)
                result = None if found == CYCLE else found
                break
        self._attr_types[key] = result
        return result

    def class_value(self, expr: ast.expr, scope: Scope, depth: int = 0) -> Optional[str]:
        """Return the type token of the class ``expr`` holds as a value, not an instance.

        ``Client`` itself, a name or attribute bound only to classes
        (``factory = Client``, ``self._request_class = request_class``), or a
        parameter annotated ``type[Client]``: calling it makes a ``Client``.
        A name bound to two different classes, or to anything else, holds none.
        """
        if depth > _MAX_DEPTH:
            return None
        if isinstance(expr, ast.Name):
            found = lookup(expr.id, scope, self.module)
        elif isinstance(expr, ast.Attribute):
            info = self.class_of(self.type_of(expr.value, scope, depth + 1))
            if info is None:
                return self._imported_class(self.qualname(expr, scope))
            owner = self.attribute_owner(info, expr.attr)
            if owner is None:
                return None
            found = list(owner.attrs.get(expr.attr, ()))
            found.extend(owner.scope.bindings.get(expr.attr, ()))
        else:
            return None
        if not found:
            return None
        # A cycle holds no class: None while it is computed.
        return _by_identity(
            self._class_values, found, lambda: self._held_class(found, expr, scope, depth), None
        )

    def _held_class(
        self, found: list[Binding], expr: ast.expr, scope: Scope, depth: int
    ) -> Optional[str]:
        held: set[str] = set()
        for binding in found:
            kind = binding.kind
            data = binding.data
            if kind == CLASS:
                assert isinstance(data, ClassInfo)
                token: Optional[str] = data.token
            elif kind == IMPORT and isinstance(expr, ast.Name):
                token = self._imported_class(self.qualname(expr, scope))
            elif kind == ASSIGN:
                assert isinstance(data, ast.expr)
                if _is_none(data):
                    continue
                token = self.class_value(data, binding.scope, depth + 1)
            elif kind == ANNOTATION:
                assert isinstance(data, ast.expr)
                token = self._class_annotation(data, binding.scope, depth)
            elif kind == PARAM:
                assert isinstance(data, tuple)
                annotation = data[0]
                # Only an annotation says what a caller may pass; a default class
                # alone is one choice among others.
                if annotation is None:
                    return None
                token = self._class_annotation(annotation, binding.scope, depth)
            else:
                return None
            if token is None:
                return None
            held.add(token)
        return held.pop() if len(held) == 1 else None

    def _super_type(self, call: ast.Call, scope: Scope, depth: int) -> Optional[str]:
        """Return what ``super()`` in a method stands for: the base that has the attribute read.

        With one base, that base.  With several, the first, in the order the
        class statement names them, that has the attribute read on
        ``super()`` (``super().tls_set()`` in ``class C(Mixin, mqtt.Client)``
        is paho's): a base of unknown kind before it gives no answer.  Only a
        class of this module or a catalogued one: None for a class of another
        module, for ``super().__init__`` (``constructors.py`` picks the
        constructor that runs), outside a method, or where ``super`` is not
        the builtin.
        """
        if lookup("super", scope, self.module) is not None:
            return None
        current = enclosing_function(scope)  # the method, around any comprehension
        owner = current.owner if current is not None else None
        if owner is None or current is None or current.node is None:
            return None
        reads = self._super_reads.get(id(current.node))
        if reads is None:
            reads = self._super_reads[id(current.node)] = _super_reads(current.node)
        attr = reads.get(id(call))
        if attr is None or attr == "__init__":
            return None  # ``super().__init__()``: constructors.py picks the constructor
        outer = owner.scope.parent or self.module
        bases = owner.node.bases
        found: Optional[str] = None
        if len(bases) == 1:
            found = self.class_value(bases[0], outer, depth + 1)
        else:
            for base in bases:
                token = self.class_value(base, outer, depth + 1)
                if token is None:
                    return None
                if self._provides(token, attr):
                    found = token
                    break
        # A class of another module is not followed through ``super()``: its
        # methods are mostly framework hooks (an entity's, a template
        # environment's) whose modules would all be read for nothing.
        return None if found is None or found.startswith("@") else found

    def _provides(self, token: str, attr: str) -> bool:
        """Tell whether the class behind a type token has the method ``attr``, as far as known."""
        if token.startswith("<"):
            info = self.class_of(token)
            if info is not None and self.method_of(info, attr) is not None:
                return True
        elif token.startswith("@"):
            if self.program is not None and self.program.method(token, attr) is not None:
                return True
        elif attr == "__init__":
            return token in catalogue.CALLS
        else:
            return token + "." + attr in catalogue.METHODS
        base = self.known_base(token)  # a catalogued class it derives from
        return base is not None and base[:1] not in "<@" and self._provides(base, attr)

    def _imported_class(self, name: Optional[str]) -> Optional[str]:
        """Return the token of a class reached by an import: catalogued, or of a module."""
        if name is None:
            return None
        if _RETURNS.get(name) == name:
            return name  # a catalogued class (a class "gives itself" in RETURNS)
        return self.foreign_class(name)

    def _class_annotation(self, annotation: ast.expr, scope: Scope, depth: int) -> Optional[str]:
        """Return X for an annotation ``type[X]`` (also ``Type[X]``, optional or quoted)."""
        node: Optional[ast.expr] = annotation
        for _ in range(4):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                node = self._parse_annotation(node.value)
            elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
                node = _drop_none(node)  # None for ``type[A] | type[B]``: either class
            elif isinstance(node, ast.Subscript):
                outer = self.qualname(node.value, scope)
                if outer == "typing.Optional":
                    node = node.slice
                    continue
                if outer not in _CLASS_OF:
                    return None
                return self.annotation_type(node.slice, scope, depth + 1)
            else:
                return None
        return None

    def annotation_type(self, annotation: ast.expr, scope: Scope, depth: int = 0) -> Optional[str]:
        """Return the type an annotation declares (Optional, Annotated, unions, strings)."""
        node: Optional[ast.expr] = annotation
        for _ in range(_MAX_DEPTH):
            if node is None:
                return None
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                node = self._parse_annotation(node.value)
                continue
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
                node = _drop_none(node)
                continue
            if isinstance(node, ast.Subscript):
                outer = self.qualname(node.value, scope)
                if outer in _COLLECTIONS:
                    return self._collection_type(node.slice, scope, depth)
                if outer in _WRAPPERS:
                    inner = node.slice
                    if isinstance(inner, ast.Tuple):
                        members = [e for e in inner.elts if not _is_none(e)]
                        if outer == "typing.Union" and len(members) != 1:
                            return None
                        node = members[0] if members else None
                    else:
                        node = inner
                    continue
                node = node.value
                continue
            if isinstance(node, (ast.Name, ast.Attribute)):
                name = self.qualname(node, scope)
                if name is not None:
                    if name in KNOWN_TYPES:
                        return name
                    return self.foreign_class(name)
                if isinstance(node, ast.Name):
                    found = lookup(node.id, scope, self.module)
                    if found and len(found) == 1 and found[0].kind == CLASS:
                        data = found[0].data
                        assert isinstance(data, ClassInfo)
                        return data.token
                    if found and len(found) == 1 and self._type_variable(found[0]):
                        # Filled in by a subclass's base (``_parameter_bound``).
                        return "~" + node.id
                return None
            return None
        return None

    def _type_variable(self, binding: Binding) -> bool:
        """Tell whether a binding is ``T = TypeVar("T", ...)``."""
        value = binding.data
        return (
            binding.kind == ASSIGN
            and isinstance(value, ast.Call)
            and self.qualname(value.func, binding.scope) in _TYPE_VARIABLES
        )

    def _parse_annotation(self, text: str) -> Optional[ast.expr]:
        if text not in self._annotations:
            try:
                parsed: Optional[ast.expr] = ast.parse(text.strip(), mode="eval").body
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                parsed = None
            self._annotations[text] = parsed
        return self._annotations[text]

    def _assigned_attribute(self, dotted: str, scope: Scope) -> Optional[str]:
        """Return the type given by ``x.y = value`` statements, for ``x.y`` seen from ``scope``."""
        if dotted not in self.index.attribute_names:
            return None
        found = lookup(dotted, scope, self.module)
        if not found:
            return None
        return _by_identity(self._name_types, found, lambda: self._bindings_type(found, 1))

    def _collection_type(self, parameter: ast.expr, scope: Scope, depth: int) -> Optional[str]:
        """Return ``[T]`` for the parameter of ``list[T]`` or ``tuple[T, ...]``.

        A fixed-size ``tuple[A, B]`` gives the tuple type ``(A,B)``: its
        elements may differ, and unpacking it (``a, b = f()``) types each name.
        """
        if isinstance(parameter, ast.Tuple):
            elements = parameter.elts
            if not (
                len(elements) == 2
                and isinstance(elements[1], ast.Constant)
                and elements[1].value is Ellipsis
            ):
                return tuple_type(
                    [self.annotation_type(element, scope, depth + 1) for element in elements]
                )
            parameter = elements[0]
        inner = self.annotation_type(parameter, scope, depth + 1)
        return None if inner is None else "[" + inner + "]"

    def awaited_type(self, expr: ast.Await, scope: Scope, depth: int = 0) -> Optional[str]:
        """Return the type ``await expr`` gives: an ``async def``'s return annotation, or
        the return annotation of a sync function run by an offloader (``to_thread(f)``)."""
        call = expr.value
        if not isinstance(call, ast.Call):
            return None
        func = call.func
        name = self.qualname(func, scope)
        if name is None and isinstance(func, ast.Attribute):
            receiver = self._type_of(func.value, scope, depth + 1)
            if receiver is not None and receiver.startswith("@") and self.program is not None:
                name = receiver[1:].replace(":", ".") + "." + func.attr
                if name not in catalogue.OFFLOADERS:
                    # ``await self.client.fetch()`` of an ``async def`` method of another module.
                    return self._awaited_foreign(self.program.method(receiver, func.attr))
            else:
                owner = self.known_base(receiver)
                name = None if owner is None else owner + "." + func.attr
        target: Optional[ast.AST] = None
        if name is not None:
            position = catalogue.OFFLOADERS.get(name)
            if position is None and self.program is not None and name not in catalogue.CALLS:
                # ``await get_client(ctx)`` of an ``async def`` of another module.
                return self._awaited_foreign(self.program.callee(name, self.package))
            if position is None or len(call.args) <= position:
                return None
            return self._offloaded_type(call, position, scope, depth)
        else:
            target = self.function_of(func, scope)
            if not isinstance(target, ast.AsyncFunctionDef):
                return None
        if target.returns is None:
            return None
        inner = self.index.scopes.get(id(target))
        outer = inner.parent if inner is not None and inner.parent is not None else scope
        return self.annotation_type(target.returns, outer, depth + 1)

    def _offloaded_type(
        self, call: ast.Call, position: int, scope: Scope, depth: int
    ) -> Optional[str]:
        """Return the type of what an offloader's callable gives, typed as a call of it.

        ``client = await hass.async_add_executor_job(Client, host)`` is a
        ``Client``, and ``await asyncio.to_thread(load, path)`` is what
        ``load(path)`` gives.  The call is made once (its identity keys the
        memo of types) and kept with the resolver.
        """
        made = self._offloaded.get(id(call))
        if made is None:
            func, args = call.args[position], call.args[position + 1:]
            keywords: list[ast.keyword] = []
            partial = func
            if (
                isinstance(partial, ast.Call)
                and partial.args
                and self.qualname(partial.func, scope) == "functools.partial"
            ):
                # ``to_thread(partial(path.open, mode="r"))``: what ``path.open(mode="r")`` gives.
                func, args, keywords = partial.args[0], partial.args[1:] + args, partial.keywords
            made = ast.Call(func=func, args=args, keywords=keywords)
            ast.copy_location(made, call)
            self._offloaded[id(call)] = made
        return self._type_of(made, scope, depth + 1)

    def _awaited_foreign(self, ref: Optional[Ref]) -> Optional[str]:
        """Return what awaiting a call of ``ref`` gives: its annotation, for an ``async def``."""
        if ref is None or ref.kind != "async" or self.program is None:
            return None
        return self.program.returns(ref)

    def choice_type(self, expr: ast.IfExp, scope: Scope, depth: int = 0) -> Optional[str]:
        """Return the type both branches of ``a if test else b`` agree on (None is no vote)."""
        found: Optional[str] = None
        for branch in (expr.body, expr.orelse):
            if _is_none(branch):
                continue
            branch_type = self._type_of(branch, scope, depth + 1)
            if branch_type is None:
                return None
            if branch_type == CYCLE:
                continue
            if found is not None and branch_type != found:
                return None
            found = branch_type
        return found

    def fallback_type(self, expr: ast.BoolOp, scope: Scope, depth: int = 0) -> Optional[str]:
        """Return the type of ``given or Default()``: the fallback's, when it is built here.

        The value given is taken to be of the kind the fallback builds
        (``session or requests.Session()``), unless its own type is known and
        differs.  Only ``or`` whose last operand is a call of a known type.
        """
        if not isinstance(expr.op, ast.Or) or not isinstance(expr.values[-1], ast.Call):
            return None
        found = self._type_of(expr.values[-1], scope, depth + 1)
        if found is None or found == CYCLE:
            return None
        for value in expr.values[:-1]:
            given = self._type_of(value, scope, depth + 1)
            if given is not None and given not in (found, CYCLE):
                return None
        return found

    def _narrowed_type(
        self, name: str, checked: ast.expr, scope: Scope, depth: int
    ) -> Optional[str]:
        """Return the type of ``name`` in ``if isinstance(name, checked):``.

        A checked type the catalogue does not know (``str``, a protocol) says
        nothing useful: the name keeps the type it has outside the branch.
        """
        narrowed = self.annotation_type(checked, scope, depth + 1)
        if narrowed is not None or scope.parent is None:
            return narrowed
        outer = lookup(name, scope.parent, self.module)
        if not outer:
            return None
        return _by_identity(self._name_types, outer, lambda: self._bindings_type(outer, depth + 1))

    def attribute_owner(self, info: ClassInfo, attr: str) -> Optional[ClassInfo]:
        """Return the class (``info`` or a module base) whose body or methods bind ``attr``."""
        for current in self._lineage(info):
            if attr in current.attrs or attr in current.scope.bindings:
                return current
        return None


def _receiver(expr: ast.expr) -> Optional[ast.expr]:
    """Return the expression whose type the type of ``expr`` is derived from."""
    kind = type(expr)
    if kind is ast.Attribute or kind is ast.Subscript:
        return expr.value  # type: ignore[attr-defined, no-any-return]
    if kind is ast.Call:
        func = expr.func  # type: ignore[attr-defined]
        return func.value if type(func) is ast.Attribute else None
    if kind is ast.BinOp:
        return expr.left  # type: ignore[attr-defined, no-any-return]
    return None


def _super_reads(function: ast.AST) -> dict[int, str]:
    """Map each ``super()`` call in a function to the attribute read on it (``super().x``).

    Not a method awaited at once (``await super().async_added_to_hass()``):
    a base's coroutine, the common case, is left unfollowed, as before
    ``super()`` had a type.
    """
    found: dict[int, str] = {}
    awaited: set[int] = set()
    for node in ast.walk(function):
        if type(node) is ast.Await and type(node.value) is ast.Call:
            func = node.value.func
            if type(func) is ast.Attribute:
                awaited.add(id(func.value))
        elif type(node) is ast.Attribute:
            value = node.value
            if (
                type(value) is ast.Call
                and isinstance(value.func, ast.Name)
                and value.func.id == "super"
                and not value.args
            ):
                found[id(value)] = node.attr
    for call in awaited:
        found.pop(call, None)
    return found


def tuple_type(elements: list[Optional[str]]) -> Optional[str]:
    """Return the type ``(A,B,?)`` of a fixed-size tuple, "?" for an unknown element.

    None when no element is known, or one is itself a tuple or holds a comma
    (the elements are split on commas).
    """
    if not any(elements):
        return None
    shown = []
    for element in elements:
        if element is None or element == CYCLE:
            shown.append("?")
        elif element.startswith("(") or "," in element:
            return None
        else:
            shown.append(element)
    return "(" + ",".join(shown) + ")"


def tuple_element(packed: Optional[str], position: int) -> Optional[str]:
    """Return the type of element ``position`` of a tuple type, None when unknown."""
    if packed is None or not packed.startswith("("):
        return None
    elements = packed[1:-1].split(",")
    if position >= len(elements) or elements[position] == "?":
        return None
    return elements[position]


def element_type(collection: Optional[str]) -> Optional[str]:
    """Return ``T`` for a collection type ``[T]``, None for any other type."""
    if collection is None or collection == CYCLE:
        return collection
    if collection.startswith("["):
        return collection[1:-1]
    return None


def is_property(method: ast.AST) -> bool:
    """Tell whether a method is a plain ``@property`` getter (not a cached_property)."""
    return isinstance(method, ast.FunctionDef) and any(
        isinstance(decorator, ast.Name) and decorator.id == "property"
        for decorator in method.decorator_list
    )


def _rebound_in(found: list[Binding], scope: Scope) -> bool:
    """Tell whether a name is assigned a value (not None) in ``scope`` itself."""
    for binding in found:
        if binding.kind == ASSIGN and binding.scope is scope:
            assert isinstance(binding.data, ast.expr)
            if not _is_none(binding.data):
                return True
    return False


def _first_elements(found: Optional[list[Binding]]) -> list[tuple[ast.expr, Scope]]:
    """Return ``A`` and its scope for each binding ``for name in (A, B, ...)`` of a name.

    The loop's first pass binds the name to ``A``, whatever comes after: a call
    of the name in the loop's body calls ``A`` at least once.  Empty unless every
    binding of the name is such a loop over a name or dotted name ``A``: the
    caller keeps ``A`` only when all the loops agree.
    """
    firsts: list[tuple[ast.expr, Scope]] = []
    for binding in found or ():
        items = binding.data
        if binding.kind != ITER or not isinstance(items, (ast.Tuple, ast.List)) or not items.elts:
            return []
        first = items.elts[0]
        if not isinstance(first, (ast.Name, ast.Attribute)):
            return []
        firsts.append((first, binding.scope))
    return firsts


def _overloaded(found: list[Binding]) -> bool:
    """Tell whether the bindings are ``@overload`` defs followed by one implementation."""
    return all(binding.kind == DEF for binding in found) and all(
        isinstance(binding.data, (ast.FunctionDef, ast.AsyncFunctionDef))
        and is_overload(binding.data)
        for binding in found[:-1]
    )


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def _class_node(info: ClassInfo) -> ast.ClassDef:
    return info.node


# Decorators that return the function's own result (or cache it).
_RESULT_KEEPING = frozenset(
    {"property", "cached_property", "staticmethod", "classmethod", "cache", "lru_cache",
     "abstractmethod", "override", "wraps"}
)


def _keeps_result(decorator: ast.expr) -> bool:
    """Tell whether a decorator leaves what the function returns as it is."""
    if isinstance(decorator, ast.Call):
        decorator = decorator.func
    name = getattr(decorator, "attr", None) or getattr(decorator, "id", None)
    return name in _RESULT_KEEPING


def _return_values(function: ast.FunctionDef) -> Optional[list[ast.expr]]:
    """Return the values a function's ``return`` statements give, None for a generator.

    Nested functions, classes and lambdas are not looked into: their returns
    are their own.  ``return None`` and a bare ``return`` are left out.
    """
    values: list[ast.expr] = []
    pending: list[ast.AST] = list(function.body)
    while pending:
        node = pending.pop()
        kind = type(node)
        if kind in _OWN_SCOPES:
            continue
        if kind is ast.Yield or kind is ast.YieldFrom:
            return None
        if kind is ast.Return:
            assert isinstance(node, ast.Return)
            if node.value is not None and not _is_none(node.value):
                values.append(node.value)
        pending.extend(ast.iter_child_nodes(node))
    return values


_OWN_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _by_identity(
    table: dict[int, tuple[list[Binding], Optional[str]]],
    found: list[Binding],
    compute: Callable[[], Optional[str]],
    pending: Optional[str] = CYCLE,
) -> Optional[str]:
    """Return ``compute()`` memoised by the identity of a list of bindings.

    While it is being computed the answer is ``pending``: a type that depends
    on itself (``x = x.parent``) ends there instead of recursing.
    """
    key = id(found)
    cached = table.get(key)
    if cached is not None and cached[0] is found:
        return cached[1]
    table[key] = (found, pending)
    result = compute()
    table[key] = (found, result)
    return result


def _drop_none(union: ast.BinOp) -> Optional[ast.expr]:
    """Return X of ``X | None`` or ``None | X``; None for a union of two types."""
    if _is_none(union.right):
        return union.left
    if _is_none(union.left):
        return union.right
    return None
