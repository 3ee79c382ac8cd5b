"""Scopes, bindings and imports: the statement pass over the module.

One iterative pass over the module's statements (never its expressions)
records, for every module, class and function scope, what each name is bound
to: an import (with its qualified name), an assigned value, an annotation, a
parameter, a ``with ... as`` target, a ``def`` or a ``class``.  It also
collects ``self.x = ...`` assignments per class and every ``async def``.
Expressions are read later, and only where a coroutine needs them.
"""

from __future__ import annotations

import ast
import builtins
from typing import Iterator, Optional, Union, cast

FunctionNode = Union[ast.FunctionDef, ast.AsyncFunctionDef]

# Binding kinds.
IMPORT = 1  # data: the qualified name (str)
ASSIGN = 2  # data: the assigned value (ast.expr)
ANNOTATION = 3  # data: the annotation (ast.expr)
PARAM = 4  # data: (annotation or None, default or None)
WITH = 5  # data: the context expression (ast.expr)
DEF = 6  # data: the FunctionDef / AsyncFunctionDef node
CLASS = 7  # data: the ClassInfo
OTHER = 8  # data: None (a loop target, an except name, a tuple element...)
SELF = 9  # data: the ClassInfo whose instance the parameter is (self, cls)
ITER = 10  # data: the iterated expression (``for x in files``: x is an element)
NARROW = 11  # data: (name, type expression) of ``if isinstance(name, T):``
UNPACK = 12  # data: (value, position) of ``a, b = value``: the element at position

BUILTIN_NAMES = frozenset(dir(builtins))
TRY_TYPES = tuple(t for t in (ast.Try, getattr(ast, "TryStar", None)) if isinstance(t, type))
# ast.Match is new in 3.10; on 3.9 no statement is of this type (None never is).
_MATCH: object = getattr(ast, "Match", None)


class Binding:
    """One way a name is bound in a scope."""

    __slots__ = ("kind", "data", "scope")

    def __init__(self, kind: int, data: object, scope: Scope) -> None:
        self.kind = kind
        self.data = data
        self.scope = scope


class Scope:
    """A module, class, function or comprehension scope and its bindings."""

    __slots__ = ("kind", "node", "parent", "bindings", "globals", "nonlocals", "owner")

    def __init__(self, kind: str, node: Optional[ast.AST], parent: Optional[Scope]) -> None:
        self.kind = kind
        self.node = node
        self.parent = parent
        self.bindings: dict[str, list[Binding]] = {}
        self.globals: set[str] = set()
        self.nonlocals: set[str] = set()
        # For a class scope: its class; for a method's scope: the class it belongs to.
        self.owner: Optional[ClassInfo] = None

    def bind(self, name: str, kind: int, data: object) -> None:
        """Add a binding of ``name`` in this scope."""
        binding = Binding(kind, data, self)
        found = self.bindings.get(name)
        if found is None:
            self.bindings[name] = [binding]
        else:
            found.append(binding)


class ClassInfo:
    """A class of the module: its scope, bases, methods and instance attributes."""

    __slots__ = ("node", "scope", "methods", "attrs", "index")

    def __init__(self, node: ast.ClassDef, scope: Scope, index: int) -> None:
        self.node = node
        self.scope = scope
        self.methods: dict[str, FunctionNode] = {}
        self.attrs: dict[str, list[Binding]] = {}
        self.index = index

    @property
    def token(self) -> str:
        """The type name used for instances of this class (unique in the module)."""
        return f"<{self.node.name}#{self.index}>"

    def bind_attr(self, name: str, kind: int, data: object, scope: Scope) -> None:
        """Record ``self.name = ...`` (or a class-level binding) for this class."""
        self.attrs.setdefault(name, []).append(Binding(kind, data, scope))


class ModuleIndex:
    """Everything the statement pass learnt about one module."""

    def __init__(self) -> None:
        self.module = Scope("module", None, None)
        self.scopes: dict[int, Scope] = {}  # id(function node) -> its scope
        self.coroutines: list[tuple[ast.AsyncFunctionDef, Scope]] = []
        self.classes: dict[str, ClassInfo] = {}  # token -> class
        self.import_roots: set[str] = set()
        # Modules imported with ``from module import *`` at module level.
        self.star_imports: list[str] = []
        # The module's own statements (what runs at import time, with the defs).
        self.body: list[ast.stmt] = []
        # id() of the values of annotated assignments (``x: T = value``): the
        # other assignments of an annotated name are plain rebindings.
        self.annotated_values: set[int] = set()
        # "x.y" for every ``x.y = value`` on a name that is not ``self``: the
        # assignment is bound under that dotted name in its scope.
        self.attribute_names: set[str] = set()
        # Scopes the walks make (comprehensions, isinstance() branches), kept
        # alive while the module is checked: types are cached by id().
        self.walk_scopes: list[Scope] = []
        # The names ``global`` statements declare anywhere in the module (``declared_globals``).
        self._declared_globals: Optional[frozenset[str]] = None

    def declared_globals(self) -> frozenset[str]:
        """Return the names a ``global`` statement of the module declares, read once."""
        if self._declared_globals is None:
            self._declared_globals = frozenset(
                name
                for stmt in self.body
                for node in ast.walk(stmt)
                if isinstance(node, ast.Global)
                for name in node.names
            )
        return self._declared_globals

    def release(self) -> None:
        """Break the index's reference cycles once it is no longer used.

        A scope and its bindings point at each other, and a class and its
        scope: without this, the index and the tree it holds wait for the
        cyclic garbage collector, which then walks all of it (``program/memory.py``).
        """
        scopes = [self.module, *self.scopes.values(), *self.walk_scopes]
        scopes += [info.scope for info in self.classes.values()]
        for scope in scopes:
            scope.bindings = {}
            scope.owner = None
            scope.parent = None
        for info in self.classes.values():
            info.attrs = {}
            info.methods = {}


def index_module(tree: ast.AST) -> ModuleIndex:
    """Run the statement pass over ``tree`` and return its index."""
    index = ModuleIndex()
    body = getattr(tree, "body", None)
    if not isinstance(body, list):
        return index
    index.body = body
    stack: list[tuple[list[ast.stmt], Scope]] = [(body, index.module)]
    while stack:
        statements, scope = stack.pop()
        for stmt in statements:
            _index_statement(stmt, scope, index, stack)
    return index


def _index_statement(
    stmt: ast.stmt,
    scope: Scope,
    index: ModuleIndex,
    stack: list[tuple[list[ast.stmt], Scope]],
) -> None:
    kind = type(stmt)
    if kind is ast.Assign:
        value = stmt.value  # type: ignore[attr-defined]
        for target in stmt.targets:  # type: ignore[attr-defined]
            _bind_target(target, value, scope, None, index)
    elif kind is ast.Expr or kind is ast.Return or kind is ast.Pass:
        return
    elif kind is ast.AnnAssign:
        assert isinstance(stmt, ast.AnnAssign)
        target = stmt.target
        if isinstance(target, ast.Name):
            scope.bind(target.id, ANNOTATION, stmt.annotation)
            if stmt.value is not None:
                index.annotated_values.add(id(stmt.value))
                scope.bind(target.id, ASSIGN, stmt.value)
            if scope.kind == "class" and scope.owner is not None:
                scope.owner.bind_attr(target.id, ANNOTATION, stmt.annotation, scope)
        else:
            _bind_target(target, stmt.value, scope, stmt.annotation, index)
    elif kind is ast.FunctionDef or kind is ast.AsyncFunctionDef:
        assert isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef))
        scope.bind(stmt.name, DEF, stmt)
        inner = Scope("function", stmt, scope)
        index.scopes[id(stmt)] = inner
        owner = scope.owner if scope.kind == "class" else None
        _bind_parameters(stmt, inner, owner)
        if owner is not None:
            # The first def of a name stays (a property's getter, not its setter),
            # unless it is an ``@overload`` stub: the implementation comes after.
            first = owner.methods.get(stmt.name)
            if first is None or (is_overload(first) and not is_overload(stmt)):
                owner.methods[stmt.name] = stmt
            inner.owner = owner
        if kind is ast.AsyncFunctionDef:
            assert isinstance(stmt, ast.AsyncFunctionDef)
            index.coroutines.append((stmt, inner))
        stack.append((stmt.body, inner))
    elif kind is ast.ClassDef:
        assert isinstance(stmt, ast.ClassDef)
        inner = Scope("class", stmt, scope)
        info = ClassInfo(stmt, inner, len(index.classes))
        index.classes[info.token] = info
        inner.owner = info
        index.scopes[id(stmt)] = inner
        scope.bind(stmt.name, CLASS, info)
        stack.append((stmt.body, inner))
    elif kind is ast.Import or kind is ast.ImportFrom:
        assert isinstance(stmt, (ast.Import, ast.ImportFrom))
        if isinstance(stmt, ast.Import):
            index.import_roots.update(alias.name.partition(".")[0] for alias in stmt.names)
        elif stmt.level == 0 and stmt.module:
            index.import_roots.add(stmt.module.partition(".")[0])
        for name, target in imported_names(stmt):
            if name != "*":
                scope.bind(name, IMPORT, target)
            elif scope is index.module:
                index.star_imports.append(target)
    elif kind is ast.For or kind is ast.AsyncFor:
        assert isinstance(stmt, (ast.For, ast.AsyncFor))
        if kind is ast.For and isinstance(stmt.target, ast.Name):
            scope.bind(stmt.target.id, ITER, stmt.iter)
        else:
            _bind_target(stmt.target, None, scope)
        stack.append((stmt.body, scope))
        stack.append((stmt.orelse, scope))
    elif kind is ast.With or kind is ast.AsyncWith:
        assert isinstance(stmt, (ast.With, ast.AsyncWith))
        for item in stmt.items:
            target = item.optional_vars
            if isinstance(target, ast.Name):
                scope.bind(target.id, WITH, item.context_expr)
            elif target is not None:
                _bind_target(target, None, scope)
        stack.append((stmt.body, scope))
    elif kind is ast.If or kind is ast.While:
        assert isinstance(stmt, (ast.If, ast.While))
        stack.append((stmt.body, scope))
        stack.append((stmt.orelse, scope))
    elif kind in TRY_TYPES:
        # ast.TryStar (3.11+) has the same fields as ast.Try.
        try_stmt = cast(ast.Try, stmt)
        stack.append((try_stmt.body, scope))
        for handler in try_stmt.handlers:
            if handler.name:
                scope.bind(handler.name, OTHER, None)
            stack.append((handler.body, scope))
        stack.append((try_stmt.orelse, scope))
        stack.append((try_stmt.finalbody, scope))
    elif kind is ast.Global:
        assert isinstance(stmt, ast.Global)
        scope.globals.update(stmt.names)
    elif kind is ast.Nonlocal:
        assert isinstance(stmt, ast.Nonlocal)
        scope.nonlocals.update(stmt.names)
    elif kind is ast.AugAssign:
        assert isinstance(stmt, ast.AugAssign)
        if isinstance(stmt.target, ast.Name):
            scope.bind(stmt.target.id, OTHER, None)
    elif kind is _MATCH:
        assert isinstance(stmt, ast.Match)
        for case in stmt.cases:
            _bind_pattern(case.pattern, scope)
            stack.append((case.body, scope))


def imported_names(stmt: Union[ast.Import, ast.ImportFrom]) -> Iterator[tuple[str, str]]:
    """Yield (name bound, qualified name imported) for each name an import binds.

    ``import a.b`` binds ``a`` to ``a``, ``import a.b as c`` binds ``c`` to
    ``a.b``, ``from .m import x as y`` binds ``y`` to ``.m.x``; a star import
    yields ``("*", module)``.
    """
    if isinstance(stmt, ast.Import):
        for alias in stmt.names:
            if alias.asname:
                yield alias.asname, alias.name
            else:
                root = alias.name.partition(".")[0]
                yield root, root
        return
    module = "." * stmt.level + (stmt.module or "")
    prefix = module if module.endswith(".") else module + "."
    for alias in stmt.names:
        if alias.name == "*":
            yield "*", module
        else:
            yield alias.asname or alias.name, prefix + alias.name


def _bind_target(
    target: ast.expr,
    value: Optional[ast.expr],
    scope: Scope,
    annotation: Optional[ast.expr] = None,
    index: Optional[ModuleIndex] = None,
) -> None:
    """Bind the names of an assignment target, element-wise for tuple = tuple."""
    pending: list[tuple[ast.expr, Optional[ast.expr]]] = [(target, value)]
    while pending:
        node, val = pending.pop()
        if isinstance(node, ast.Name):
            if val is None:
                scope.bind(node.id, OTHER, None)
            else:
                scope.bind(node.id, ASSIGN, val)
        elif isinstance(node, (ast.Tuple, ast.List)):
            starred = any(isinstance(e, ast.Starred) for e in node.elts)
            if (
                isinstance(val, (ast.Tuple, ast.List))
                and len(val.elts) == len(node.elts)
                and not starred
            ):
                pending.extend(zip(node.elts, val.elts))
                continue
            for position, element in enumerate(node.elts):
                if val is not None and not starred and isinstance(element, ast.Name):
                    # ``a, b = helper()``: each name is an element of what it gives.
                    scope.bind(element.id, UNPACK, (val, position))
                else:
                    pending.append((element, None))
        elif isinstance(node, ast.Starred):
            pending.append((node.value, None))
        elif isinstance(node, ast.Attribute):
            _bind_self_attribute(node, val, annotation, scope, index)


def _bind_self_attribute(
    node: ast.Attribute,
    value: Optional[ast.expr],
    annotation: Optional[ast.expr],
    scope: Scope,
    index: Optional[ModuleIndex] = None,
) -> None:
    """Record ``self.x = value`` on the class of the enclosing method, ``x.y = value`` in scope."""
    base = node.value
    if not isinstance(base, ast.Name):
        return
    bindings = scope.bindings.get(base.id)
    if not bindings or bindings[0].kind != SELF:
        if index is not None and value is not None:
            dotted = base.id + "." + node.attr
            index.attribute_names.add(dotted)
            scope.bind(dotted, ASSIGN, value)
        return
    owner = bindings[0].data
    assert isinstance(owner, ClassInfo)
    if annotation is not None:
        owner.bind_attr(node.attr, ANNOTATION, annotation, scope)
    if value is not None:
        owner.bind_attr(node.attr, ASSIGN, value, scope)
    elif annotation is None:
        owner.bind_attr(node.attr, OTHER, None, scope)


def _bind_parameters(func: FunctionNode, scope: Scope, owner: Optional[ClassInfo]) -> None:
    args = func.args
    positional = args.posonlyargs + args.args
    defaults: list[Optional[ast.expr]] = [None] * (len(positional) - len(args.defaults))
    defaults.extend(args.defaults)
    first = True
    for arg, default in zip(positional, defaults):
        if first and owner is not None and not _is_staticmethod(func):
            scope.bind(arg.arg, SELF, owner)
        else:
            scope.bind(arg.arg, PARAM, (arg.annotation, default))
        first = False
    for arg, kw_default in zip(args.kwonlyargs, args.kw_defaults):
        scope.bind(arg.arg, PARAM, (arg.annotation, kw_default))
    if args.vararg is not None:
        scope.bind(args.vararg.arg, OTHER, None)
    if args.kwarg is not None:
        scope.bind(args.kwarg.arg, OTHER, None)


def dotted_name(expr: ast.expr) -> Optional[str]:
    """Return ``a.b.c`` for a chain of names and attributes, None for anything else."""
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.append(expr.attr)
        expr = expr.value
    if not isinstance(expr, ast.Name):
        return None
    parts.append(expr.id)
    return ".".join(reversed(parts))


def generic_origin(base: ast.expr) -> ast.expr:
    """Return the class a base names: ``Entity`` for ``Entity[Coordinator]``."""
    return base.value if isinstance(base, ast.Subscript) else base


def enclosing_function(scope: Optional[Scope]) -> Optional[Scope]:
    """Return the function scope around ``scope``: itself, or the one a comprehension is in."""
    while scope is not None and scope.kind != "function":
        scope = scope.parent
    return scope


def is_overload(func: FunctionNode) -> bool:
    """Tell whether a def is a ``typing.overload`` stub (``@overload``, ``@typing.overload``)."""
    return any(
        isinstance(d, ast.Name) and d.id == "overload"
        or isinstance(d, ast.Attribute) and d.attr == "overload"
        for d in func.decorator_list
    )


def _is_staticmethod(func: FunctionNode) -> bool:
    return any(
        isinstance(decorator, ast.Name) and decorator.id == "staticmethod"
        for decorator in func.decorator_list
    )


def _bind_pattern(pattern: ast.pattern, scope: Scope) -> None:
    pending: list[ast.AST] = [pattern]
    while pending:
        node = pending.pop()
        name = getattr(node, "name", None)
        if isinstance(name, str):
            scope.bind(name, OTHER, None)
        rest = getattr(node, "rest", None)
        if isinstance(rest, str):
            scope.bind(rest, OTHER, None)
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.pattern):
                pending.append(child)


def lookup(name: str, scope: Scope, module: Scope) -> Optional[list[Binding]]:
    """Return the bindings ``name`` refers to from ``scope``, or None if unbound.

    Class scopes are skipped except when the lookup starts in them, as in
    Python: a method body does not see the names of its class body.
    """
    current: Optional[Scope] = scope
    first = True
    while current is not None:
        if current.kind == "class" and not first:
            current = current.parent
            continue
        if name in current.globals:
            return module.bindings.get(name)
        if name not in current.nonlocals:
            found = current.bindings.get(name)
            if found:
                return found
        first = False
        current = current.parent
    return None
