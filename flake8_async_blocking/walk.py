"""The walk of one function body: the calls, ``with`` and ``for`` it runs.

Iterative (an explicit stack), so no nesting depth can overflow Python's
stack.  Nested ``def`` and ``lambda`` bodies are boundaries: they run later,
elsewhere, so only their decorators and default values belong to the body
being walked.  Comprehensions are not boundaries (they run in place) but get
a scope of their own for their targets.  Dispatch is keyed on the node class
and built once; node types with no handler are walked generically.
"""

from __future__ import annotations

import ast
import os
from typing import Callable, Optional

from flake8_async_blocking import loops
from flake8_async_blocking.loops import LoopFrame
from flake8_async_blocking.names import (
    ASSIGN,
    ITER,
    NARROW,
    OTHER,
    ModuleIndex,
    Scope,
    lookup,
)

# Set by the test suite: an AST node type the walk has never seen raises
# instead of being walked generically, so new Python syntax is noticed.
STRICT_ENV = "FLAKE8_ASYNC_BLOCKING_RAISE"

Item = tuple[ast.AST, Scope, Optional[LoopFrame]]


class _Close(ast.AST):
    """A stack marker (never in a tree): the loop ``frame`` has been walked."""

    _fields = ()

    def __init__(self, frame: LoopFrame) -> None:
        super().__init__()
        self.frame = frame


class Events:
    """What a walk found, in source order, for the checker to classify."""

    __slots__ = (
        "calls", "statements", "withs", "async_withs", "iterations", "heavy_loops", "awaited",
        "reads",
    )

    def __init__(self) -> None:
        # (call, scope): every call, parents before their arguments.
        self.calls: list[tuple[ast.Call, Scope]] = []
        # (call, scope): calls that are a whole expression statement.
        self.statements: list[tuple[ast.Call, Scope]] = []
        # (context expression, scope, with statement)
        self.withs: list[tuple[ast.expr, Scope, ast.AST]] = []
        # (context expression, scope): the items of ``async with`` statements.
        self.async_withs: list[tuple[ast.expr, Scope]] = []
        # (iterated expression, scope, for statement or comprehension)
        self.iterations: list[tuple[ast.expr, Scope, ast.AST]] = []
        self.heavy_loops: list[LoopFrame] = []
        # id() of the calls whose result is awaited directly, or iterated by ``async for``.
        self.awaited: set[int] = set()
        # (attribute, scope): ``name.attr`` read, not called (a property runs its getter).
        self.reads: list[tuple[ast.Attribute, Scope]] = []


class Walk:
    """One walk of a function body, in a coroutine or in a sync function."""

    def __init__(self, index: ModuleIndex, coroutine: bool, threshold: int) -> None:
        self.index = index
        self.coroutine = coroutine
        self.threshold = threshold
        self.events = Events()
        self.stack: list[Item] = []
        self.node: Optional[ast.AST] = None
        # id() of the break and return statements in branches that never run.
        self.dead_exits: set[int] = set()

    def run(self, body: list[ast.stmt], scope: Scope) -> Events:
        """Walk the statements of one function body."""
        stack = self.stack
        stack.extend((stmt, scope, None) for stmt in reversed(body))
        handlers = _HANDLERS
        fields = _FIELDS
        leaves = _LEAVES
        pop = stack.pop
        push = stack.append
        while stack:
            node, scope, frame = pop()
            kind = type(node)
            if kind in leaves:
                continue  # a third of the nodes: a set lookup instead of a handler call
            handler = handlers.get(kind)
            if handler is not None:
                self.node = node
                handler(self, node, scope, frame)
                continue
            names = fields.get(kind)
            if names is None:
                names = _fields_of(kind)
            for name in names:
                value = getattr(node, name, None)
                if type(value) is list:
                    for item in reversed(value):
                        if type(item) not in leaves and isinstance(item, ast.AST):
                            push((item, scope, frame))
                elif type(value) not in leaves and isinstance(value, ast.AST):
                    push((value, scope, frame))
        return self.events

    # --- handlers ---------------------------------------------------------------

    def _on_call(self, node: ast.Call, scope: Scope, frame: Optional[LoopFrame]) -> None:
        self.events.calls.append((node, scope))
        push = self.stack.append
        leaves = _LEAVES
        for keyword in reversed(node.keywords):
            if type(keyword.value) not in leaves:
                push((keyword.value, scope, frame))
        for arg in reversed(node.args):
            if type(arg) not in leaves:
                push((arg, scope, frame))
        func = node.func
        if isinstance(func, ast.Attribute):
            func = func.value  # a method call, not an attribute read: walk its receiver
        if type(func) not in leaves:
            push((func, scope, frame))

    def _on_attribute(
        self, node: ast.Attribute, scope: Scope, frame: Optional[LoopFrame]
    ) -> None:
        value = node.value
        if type(value) is ast.Name:
            if type(node.ctx) is ast.Load:
                self.events.reads.append((node, scope))
        else:
            self.stack.append((value, scope, frame))

    def _on_await(self, node: ast.Await, scope: Scope, frame: Optional[LoopFrame]) -> None:
        value = node.value
        if type(value) is ast.Call:
            self.events.awaited.add(id(value))
        loops.mark_awaits(frame)
        self.stack.append((value, scope, frame))

    def _on_expr(self, node: ast.Expr, scope: Scope, frame: Optional[LoopFrame]) -> None:
        value = node.value
        if type(value) is ast.Call:
            self.events.statements.append((value, scope))
        self.stack.append((value, scope, frame))

    def _on_for(self, node: ast.For, scope: Scope, frame: Optional[LoopFrame]) -> None:
        self.events.iterations.append((node.iter, scope, node))
        counting = 1 if self._is_range(node.iter, scope) else 0
        inner = self._open_loop(node, frame, self._range_reason(node.iter, scope), counting)
        push = self.stack.append
        for stmt in reversed(node.orelse):
            push((stmt, scope, frame))
        if inner is not None:
            push((_Close(inner), scope, frame))
        for stmt in reversed(node.body):
            push((stmt, scope, inner or frame))
        push((node.iter, scope, frame))

    def _on_while(self, node: ast.While, scope: Scope, frame: Optional[LoopFrame]) -> None:
        inner = self._open_loop(node, frame, loops.while_reason(node.test), 1)
        push = self.stack.append
        for stmt in reversed(node.orelse):
            push((stmt, scope, frame))
        if inner is not None:
            push((_Close(inner), scope, frame))
        for stmt in reversed(node.body):
            push((stmt, scope, inner or frame))
        push((node.test, scope, inner or frame))

    def _on_async_for(self, node: ast.AsyncFor, scope: Scope, frame: Optional[LoopFrame]) -> None:
        loops.mark_awaits(frame)
        push = self.stack.append
        for stmt in reversed(node.orelse):
            push((stmt, scope, frame))
        for stmt in reversed(node.body):
            push((stmt, scope, frame))
        if type(node.iter) is ast.Call:
            # An async iterator's call, like an awaited one, is not a sync API's.
            self.events.awaited.add(id(node.iter))
        push((node.iter, scope, frame))

    def _on_with(self, node: ast.With, scope: Scope, frame: Optional[LoopFrame]) -> None:
        push = self.stack.append
        for stmt in reversed(node.body):
            push((stmt, scope, frame))
        for item in reversed(node.items):
            self.events.withs.append((item.context_expr, scope, node))
            push((item.context_expr, scope, frame))

    def _on_async_with(
        self, node: ast.AsyncWith, scope: Scope, frame: Optional[LoopFrame]
    ) -> None:
        loops.mark_awaits(frame)
        push = self.stack.append
        for stmt in reversed(node.body):
            push((stmt, scope, frame))
        for item in reversed(node.items):
            self.events.async_withs.append((item.context_expr, scope))
            push((item.context_expr, scope, frame))

    def _on_comprehension(self, node: ast.expr, scope: Scope, frame: Optional[LoopFrame]) -> None:
        assert isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp))
        generators = node.generators
        inner_scope = Scope("comprehension", node, scope)
        self.index.walk_scopes.append(inner_scope)
        for generator in generators:
            target = generator.target
            if type(target) is ast.Name and not generator.is_async:
                assert isinstance(target, ast.Name)
                inner_scope.bind(target.id, ITER, generator.iter)
            else:
                _bind_names(target, inner_scope)
        reason = None
        counting = 0
        for position, generator in enumerate(generators):
            iter_scope = scope if position == 0 else inner_scope
            if not generator.is_async:
                self.events.iterations.append((generator.iter, iter_scope, node))
            elif type(generator.iter) is ast.Call:
                self.events.awaited.add(id(generator.iter))
            reason = reason or self._range_reason(generator.iter, iter_scope)
            counting += self._is_range(generator.iter, iter_scope)
        inner = self._open_loop(node, frame, reason, counting)
        if inner is not None and any(g.is_async for g in generators):
            loops.mark_awaits(inner)
        push = self.stack.append
        body_frame = inner or frame
        if inner is not None:
            push((_Close(inner), scope, frame))
        for name in ("elt", "key", "value"):
            part = getattr(node, name, None)
            if isinstance(part, ast.AST):
                push((part, inner_scope, body_frame))
        for position, generator in enumerate(generators):
            for condition in generator.ifs:
                push((condition, inner_scope, body_frame))
            if position == 0:
                push((generator.iter, scope, frame))
            else:
                push((generator.iter, inner_scope, body_frame))

    def _on_function(self, node: ast.AST, scope: Scope, frame: Optional[LoopFrame]) -> None:
        # A nested def: its body runs when it is called, not here.  Its
        # decorators and default values run here.
        push = self.stack.append
        assert isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
        args = node.args
        for default in args.defaults:
            push((default, scope, frame))
        for kw_default in args.kw_defaults:
            if kw_default is not None:
                push((kw_default, scope, frame))
        for decorator in getattr(node, "decorator_list", ()):
            push((decorator, scope, frame))

    def _on_class(self, node: ast.ClassDef, scope: Scope, frame: Optional[LoopFrame]) -> None:
        # A class body runs at once, in the enclosing function.
        inner = self.index.scopes.get(id(node), scope)
        push = self.stack.append
        for stmt in reversed(node.body):
            push((stmt, inner, frame))
        for keyword in node.keywords:
            push((keyword.value, scope, frame))
        for base in node.bases:
            push((base, scope, frame))
        for decorator in node.decorator_list:
            push((decorator, scope, frame))

    def _on_named_expr(
        self, node: ast.NamedExpr, scope: Scope, frame: Optional[LoopFrame]
    ) -> None:
        target_scope = scope
        while target_scope.kind in _TRANSIENT and target_scope.parent is not None:
            target_scope = target_scope.parent
        if isinstance(node.target, ast.Name):
            target_scope.bind(node.target.id, ASSIGN, node.value)
        self.stack.append((node.value, scope, frame))

    def _on_if(self, node: ast.If, scope: Scope, frame: Optional[LoopFrame]) -> None:
        # A break or return under ``if False:`` (or in the else of ``if True:``)
        # never runs: it does not end the loop around it.
        test = node.test
        kind = type(test)
        if frame is not None and kind is ast.Constant:
            assert isinstance(test, ast.Constant)
            _collect_exits(node.orelse if test.value else node.body, self.dead_exits)
        if kind is ast.Name or kind is ast.UnaryOp:
            truth = self._constant_flag(test, scope)
            if truth is not None:
                # ``if not _IS_SYNC:`` with ``_IS_SYNC = False`` bound once at the
                # top of the module: the other branch never runs.
                if frame is not None:
                    _collect_exits(node.orelse if truth else node.body, self.dead_exits)
                for stmt in reversed(node.body if truth else node.orelse):
                    self.stack.append((stmt, scope, frame))
                self.stack.append((test, scope, frame))
                return
        narrowed = scope
        if (kind is ast.Call or kind is ast.BoolOp) and scope.kind != "class":
            narrowed = self._narrowed(test, scope)
        push = self.stack.append
        for stmt in reversed(node.orelse):
            push((stmt, scope, frame))
        for stmt in reversed(node.body):
            push((stmt, narrowed, frame))
        push((test, narrowed if kind is ast.BoolOp else scope, frame))

    def _constant_flag(self, test: ast.expr, scope: Scope) -> Optional[bool]:
        """Return the value of a test that is a module flag (``NAME``, ``not NAME``).

        A flag is a module-level name bound once, to ``True`` or ``False``, and
        nowhere else: a test of it always takes the same branch.
        """
        negated = False
        if isinstance(test, ast.UnaryOp):
            if not isinstance(test.op, ast.Not):
                return None
            test, negated = test.operand, True
        if not isinstance(test, ast.Name):
            return None
        found = lookup(test.id, scope, self.index.module)
        if found is None or len(found) != 1 or found is not self.index.module.bindings.get(test.id):
            return None
        binding = found[0]
        value = binding.data
        if binding.kind != ASSIGN or not isinstance(value, ast.Constant):
            return None
        if not isinstance(value.value, bool) or test.id in self.index.declared_globals():
            return None  # a function may rebind it (``global NAME``)
        return value.value != negated

    def _narrowed(self, test: ast.expr, scope: Scope) -> Scope:
        """Return the scope of an ``if isinstance(name, T):`` body, where name is a T."""
        checks = [test]
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
            checks = test.values
        inner: Optional[Scope] = None
        for check in checks:
            if not (
                isinstance(check, ast.Call)
                and isinstance(check.func, ast.Name)
                and check.func.id == "isinstance"
                and len(check.args) == 2
                and isinstance(check.args[0], ast.Name)
                and isinstance(check.args[1], (ast.Name, ast.Attribute))
            ):
                continue
            if lookup("isinstance", scope, self.index.module) is not None:
                return scope  # a local isinstance() is not the builtin
            if inner is None:
                inner = Scope("narrowed", test, scope)
                self.index.walk_scopes.append(inner)
            name = check.args[0].id
            inner.bind(name, NARROW, (name, check.args[1]))
        return inner or scope

    def _on_break(self, node: ast.Break, scope: Scope, frame: Optional[LoopFrame]) -> None:
        if frame is not None and id(node) not in self.dead_exits:
            loops.mark_exits(frame, every=False)

    def _on_exit(self, node: ast.AST, scope: Scope, frame: Optional[LoopFrame]) -> None:
        # A return leaves every loop; values are walked.
        if frame is not None and type(node) is ast.Return and id(node) not in self.dead_exits:
            loops.mark_exits(frame, every=True)
        for name in ("value", "exc", "cause"):
            part = getattr(node, name, None)
            if isinstance(part, ast.AST):
                self.stack.append((part, scope, frame))

    def _on_yield(self, node: ast.AST, scope: Scope, frame: Optional[LoopFrame]) -> None:
        # In an async generator, yield hands control to a consumer that awaits.
        loops.mark_awaits(frame)
        value = getattr(node, "value", None)
        if isinstance(value, ast.AST):
            self.stack.append((value, scope, frame))

    def _on_close(self, node: _Close, scope: Scope, frame: Optional[LoopFrame]) -> None:
        loops.close(node.frame, self.events.heavy_loops)

    # --- helpers ----------------------------------------------------------------

    def _open_loop(
        self, node: ast.AST, frame: Optional[LoopFrame], reason: Optional[str], depth: int
    ) -> Optional[LoopFrame]:
        if not self.coroutine:
            return None
        return LoopFrame(node, frame, reason, depth)

    def _is_range(self, iterable: ast.expr, scope: Scope) -> bool:
        if not self.coroutine or type(iterable) is not ast.Call:
            return False
        assert isinstance(iterable, ast.Call)
        func = iterable.func
        if not (isinstance(func, ast.Name) and func.id == "range"):
            return False
        # A local range() shadows the builtin.
        return lookup("range", scope, self.index.module) is None

    def _range_reason(self, iterable: ast.expr, scope: Scope) -> Optional[str]:
        if not self._is_range(iterable, scope):
            return None
        assert isinstance(iterable, ast.Call)
        size = loops.range_size(iterable)
        if size is None or size < self.threshold:
            return None
        return f"loop over range({size})"


# Scopes the walk makes inside a function scope: a walrus binds past them.
_TRANSIENT = frozenset({"comprehension", "narrowed"})


def _collect_exits(body: list[ast.stmt], found: set[int]) -> None:
    """Collect the break and return statements of a block, not of inner defs or classes."""
    pending: list[ast.AST] = list(body)
    while pending:
        stmt = pending.pop()
        kind = type(stmt)
        if kind is ast.Break or kind is ast.Return:
            found.add(id(stmt))
        elif kind in _BOUNDARIES:
            continue
        for name in ("body", "orelse", "handlers", "finalbody", "cases"):
            pending.extend(getattr(stmt, name, ()))


_BOUNDARIES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _bind_names(target: ast.expr, scope: Scope) -> None:
    pending = [target]
    while pending:
        node = pending.pop()
        if isinstance(node, ast.Name):
            scope.bind(node.id, OTHER, None)
        elif isinstance(node, (ast.Tuple, ast.List)):
            pending.extend(node.elts)
        elif isinstance(node, ast.Starred):
            pending.append(node.value)


Handler = Callable[[Walk, ast.AST, Scope, Optional[LoopFrame]], None]

_HANDLERS: dict[type, Handler] = {
    ast.Call: Walk._on_call,  # type: ignore[dict-item]
    ast.Attribute: Walk._on_attribute,  # type: ignore[dict-item]
    ast.Await: Walk._on_await,  # type: ignore[dict-item]
    ast.Expr: Walk._on_expr,  # type: ignore[dict-item]
    ast.For: Walk._on_for,  # type: ignore[dict-item]
    ast.While: Walk._on_while,  # type: ignore[dict-item]
    ast.AsyncFor: Walk._on_async_for,  # type: ignore[dict-item]
    ast.With: Walk._on_with,  # type: ignore[dict-item]
    ast.AsyncWith: Walk._on_async_with,  # type: ignore[dict-item]
    ast.ListComp: Walk._on_comprehension,  # type: ignore[dict-item]
    ast.SetComp: Walk._on_comprehension,  # type: ignore[dict-item]
    ast.DictComp: Walk._on_comprehension,  # type: ignore[dict-item]
    ast.GeneratorExp: Walk._on_comprehension,  # type: ignore[dict-item]
    ast.FunctionDef: Walk._on_function,
    ast.AsyncFunctionDef: Walk._on_function,
    ast.Lambda: Walk._on_function,
    ast.ClassDef: Walk._on_class,  # type: ignore[dict-item]
    ast.NamedExpr: Walk._on_named_expr,  # type: ignore[dict-item]
    _Close: Walk._on_close,  # type: ignore[dict-item]
    ast.Break: Walk._on_break,  # type: ignore[dict-item]
    ast.If: Walk._on_if,  # type: ignore[dict-item]
    ast.Return: Walk._on_exit,
    ast.Raise: Walk._on_exit,
    ast.Yield: Walk._on_yield,
    ast.YieldFrom: Walk._on_yield,
}

# Leaves: nothing below them can call anything.
_LEAVES = frozenset(
    {ast.Name, ast.Constant, ast.Import, ast.ImportFrom, ast.Global, ast.Nonlocal, ast.Pass,
     ast.Continue}
)

# Fields that never hold a node that can contain a call.
_SKIPPED_FIELDS = frozenset(
    {"ctx", "op", "id", "attr", "arg", "name", "names", "kind", "type_comment", "level",
     "module", "conversion", "is_async", "simple", "type_ignores", "annotation", "returns",
     "type_params"}
)
_FIELDS: dict[type, tuple[str, ...]] = {}
_KNOWN_NODE_TYPES = frozenset(
    cls for cls in vars(ast).values() if isinstance(cls, type) and issubclass(cls, ast.AST)
)


def _fields_of(kind: type) -> tuple[str, ...]:
    if kind not in _KNOWN_NODE_TYPES and os.environ.get(STRICT_ENV):
        raise TypeError(f"unknown AST node type {kind.__name__}")
    names = tuple(
        reversed([name for name in getattr(kind, "_fields", ()) if name not in _SKIPPED_FIELDS])
    )
    _FIELDS[kind] = names
    return names
