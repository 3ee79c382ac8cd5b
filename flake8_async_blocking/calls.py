"""Classifying one call, ``with`` or ``for``: is it a catalogued blocking API?

Shared by the coroutine checker and the helper summaries.  A hit is a
``Hit(code, suggestion key or text, display name)``; the guards of the
catalogue (``entry.py``) are argument checks made here.
"""

from __future__ import annotations

import ast
from typing import NamedTuple, Optional

from flake8_async_blocking import catalogue
from flake8_async_blocking.catalogue import Api
from flake8_async_blocking.constructors import catalogued_base, constructed_class
from flake8_async_blocking.guards import guard_blocks, written_target
from flake8_async_blocking.names import ASSIGN, TRY_TYPES, WITH, Scope, dotted_name
from flake8_async_blocking.origins import Resolver
from flake8_async_blocking.settings import Settings
from flake8_async_blocking.walk import Events


class Hit(NamedTuple):
    """A blocking API found at a call or statement."""

    code: str
    suggestion: str  # a SUGGESTIONS key, or the text itself for ABL901
    display: str
    literal: bool = False  # True when ``suggestion`` is text from the configuration


class Classifier:
    """Matches calls and statements against the catalogue."""

    def __init__(self, resolver: Resolver, settings: Settings) -> None:
        self.resolver = resolver
        self.settings = settings

    def call(self, node: ast.Call, scope: Scope) -> Optional[Hit]:
        """Return the blocking API that ``node`` calls, if any."""
        resolver = self.resolver
        func = node.func
        name = resolver.qualname(func, scope)
        if name is not None:
            extra = self.settings.extra_calls.get(name)
            if extra is not None:
                return Hit("ABL901", extra, _display(name) + "()", True)
            if name in catalogue.FILE_PARSERS and node.args:
                read = self._file_parsed(node.args[0], scope)
                if read is not None:
                    file = read.display[len("iterating "):]
                    return read._replace(display=f"{_display(name)}() reading a {file}")
            if name in catalogue.CALLS:
                return self._hit(catalogue.CALLS[name], name, node, scope)
            if name in catalogue.CONSUMERS and node.args:
                return self._consumed(node, name, scope)
        elif not _CALLABLE_ROOTS.isdisjoint(resolver.index.import_roots):
            called = self._called_value(func, scope)
            if called is not None:
                return called
        if type(func) is not ast.Attribute:
            return None
        assert isinstance(func, ast.Attribute)
        owner = self.receiver_type(func, scope)
        if owner is None:
            return None
        method = owner + "." + func.attr
        shown = catalogue.DISPLAY_NAMES.get(owner)
        if shown is not None and self.settings.is_allowed(shown + "." + func.attr):
            return None  # allowed by the name the message shows (file.read)
        extra = self.settings.extra_calls.get(method)
        if extra is not None:
            return Hit("ABL901", extra, method + "()", True)
        if method in catalogue.METHODS:
            return self._named(self._hit(catalogue.METHODS[method], method, node, scope), owner)
        wildcard = owner + ".*"
        if wildcard in catalogue.METHODS and not func.attr.startswith("_"):
            return self._named(
                self._hit(catalogue.METHODS[wildcard], method, node, scope), owner
            )
        return None

    def _called_value(self, func: ast.expr, scope: Scope) -> Optional[Hit]:
        """Return what calling a value of a catalogued callable type blocks on, if anything.

        ``SCHEMA(data)`` where ``SCHEMA = vol.Schema({...: vol.IsDir()})``: the
        value's type (``BUILT_WITH``) has a ``"Type.__call__"`` row.  So does a
        model (``classifier(text)`` with ``classifier = pipeline(...)``), when
        the module imports the model's library: then a name bound to any call,
        or an attribute (``self.pipe(text)``), is typed.
        """
        # Typing any other called name could reach into other modules for
        # nothing: only in a module that imports a library of such types.
        resolver = self.resolver
        typed = not _TYPED_CALL_ROOTS.isdisjoint(resolver.index.import_roots)
        if type(func) is ast.Name:
            assert isinstance(func, ast.Name)
            found = resolver.bindings(func.id, scope)
            if not found:
                return None
            for binding in found:
                value = binding.data
                if binding.kind != ASSIGN or not isinstance(value, ast.Call):
                    return None
                if not typed and (
                    resolver.qualname(value.func, binding.scope) not in catalogue.BUILT_WITH
                ):
                    return None
            shown = func.id
        elif typed and type(func) is ast.Attribute:
            assert isinstance(func, ast.Attribute)
            shown = dotted_name(func) or func.attr
        else:
            return None
        called = resolver.type_of(func, scope)
        if called is None:
            return None
        api = catalogue.METHODS.get(called + ".__call__")
        if api is None or self.settings.is_allowed(shown):
            return None
        return Hit(api.code, api.suggestion, shown + "()")

    def constructor(
        self, node: ast.Call, scope: Scope, named: Optional[ast.AST]
    ) -> Optional[Hit]:
        """Return the catalogued constructor that building a subclass runs, if it blocks.

        ``Client()`` with ``class Client(httpx.AsyncClient): pass``, or
        ``super().__init__()`` in such a class, runs ``httpx.AsyncClient``'s
        constructor.  The slow path only: for calls that are neither catalogued
        nor a def of the module; ``named`` is what the callee names
        (``Resolver.function_of``).
        """
        owner = constructed_class(self.resolver, node, scope, named)
        if owner is None:
            return None
        base = catalogued_base(self.resolver, owner)
        if base is None:
            return None
        return self._hit(catalogue.CALLS[base], base, node)

    @staticmethod
    def _named(hit: Optional[Hit], owner: str) -> Optional[Hit]:
        """Show the receiver's type by its user-facing name (``file.read()``)."""
        shown = catalogue.DISPLAY_NAMES.get(owner)
        if hit is None or shown is None:
            return hit
        return hit._replace(display=shown + hit.display[len(owner):])

    def receiver_type(self, func: ast.Attribute, scope: Scope) -> Optional[str]:
        """Return the catalogued type of the receiver of a method call, if known."""
        resolver = self.resolver
        owner = resolver.type_of(func.value, scope)
        if owner is not None:
            info = resolver.class_of(owner)
            if info is not None and resolver.method_of(info, func.attr) is not None:
                return None  # the module's class overrides the catalogued method
            return resolver.known_base(owner)
        hint = catalogue.RECEIVER_HINTS.get(func.attr)
        if hint is not None and resolver.qualname(func.value, scope) is None:
            return hint
        return None

    def with_item(self, expr: ast.expr, scope: Scope) -> Optional[Hit]:
        """Return the blocking API that ``with expr:`` waits on, if any."""
        owner = self.resolver.known_base(self.resolver.type_of(expr, scope))
        if owner is None:
            return None
        api = catalogue.WITH.get(owner)
        if api is None or self.settings.is_allowed(owner):
            return None
        return Hit(api.code, api.suggestion, "with " + catalogue.DISPLAY_NAMES.get(owner, owner))

    def with_exit(self, expr: ast.expr, scope: Scope, stmt: ast.AST) -> Optional[Hit]:
        """Return the wait that leaving ``with expr as name:`` makes, if any.

        An executor's exit waits for the jobs the block submitted to it
        (``catalogue.EXITS``); a block that awaits may be awaiting those jobs,
        and one that submits nothing leaves at once.
        """
        if not isinstance(stmt, ast.With):
            return None
        target = next(
            (item.optional_vars for item in stmt.items if item.context_expr is expr), None
        )
        if not isinstance(target, ast.Name):
            return None
        owner = self.resolver.known_base(self.resolver.type_of(expr, scope))
        if owner is None or owner not in catalogue.EXITS or self.settings.is_allowed(owner):
            return None
        api, methods = catalogue.EXITS[owner]
        if not _gives_work(stmt.body, target.id, methods):
            return None
        made = expr.func if isinstance(expr, ast.Call) else expr
        shown = dotted_name(made) or catalogue.DISPLAY_NAMES.get(owner, owner)
        return Hit(api.code, api.suggestion, f"leaving 'with {shown}'")

    def iteration(self, expr: ast.expr, scope: Scope) -> Optional[Hit]:
        """Return the blocking API that iterating ``expr`` runs, if any."""
        owner = self.resolver.known_base(self.resolver.type_of(expr, scope))
        if owner is None:
            return None
        api = catalogue.ITERATE.get(owner)
        if api is None or self.settings.is_allowed(owner):
            return None
        shown = catalogue.DISPLAY_NAMES.get(owner, owner)
        return Hit(api.code, api.suggestion, "iterating " + shown)

    def _file_parsed(self, arg: ast.expr, scope: Scope) -> Optional[Hit]:
        """Return the read of a file a parser is given, unless its opening is reported already.

        ``with open(path) as f: json.load(f)`` is one file access, reported at
        the ``open()``; a file opened elsewhere (in a thread, by a caller, in
        ``__init__``) is read here, and that is what is reported.
        """
        read = self.iteration(arg, scope)
        if read is None or read.code != "ABL401":
            return None
        if type(arg) is ast.Name:
            assert isinstance(arg, ast.Name)
            found = self.resolver.bindings(arg.id, scope)
            if found and all(
                binding.kind in (ASSIGN, WITH)
                and isinstance(binding.data, ast.Call)
                and self.call(binding.data, binding.scope) is not None
                for binding in found
            ):
                return None
        return read

    def _consumed(self, node: ast.Call, name: str, scope: Scope) -> Optional[Hit]:
        hit = self.iteration(node.args[0], scope)
        if hit is None:
            return None
        short = name.rpartition(".")[2]
        return hit._replace(display=f"{short}() over {hit.display[len('iterating '):]}")

    def _hit(
        self, api: Optional[Api], name: str, node: ast.Call, scope: Optional[Scope] = None
    ) -> Optional[Hit]:
        if api is None or self.settings.is_allowed(name):
            return None
        if name.startswith("builtins.") and self.settings.is_allowed(_display(name)):
            return None
        if api.guard and not guard_blocks(api.guard, node):
            return None
        if api.guard == "to_a_file" and scope is not None and self._in_memory(node, scope):
            return None
        return Hit(api.code, api.suggestion, _display(name) + "()")

    def _in_memory(self, node: ast.Call, scope: Scope) -> bool:
        """Tell whether a data writer writes to an in-memory buffer (``guard "to_a_file"``)."""
        target = written_target(node)
        if target is None:
            return False
        if isinstance(target, ast.Call):
            made = self.resolver.qualname(target.func, scope)
        else:
            made = self.resolver.type_of(target, scope)
        return made in _MEMORY_BUFFERS


# The import roots of the types whose values block when called (``"T.__call__"``
# rows): a module importing none of them has no such value to call.
_CALLABLE_ROOTS = frozenset(
    key.partition(".")[0] for key, api in catalogue.METHODS.items()
    if api is not None and key.endswith(".__call__")
)
# Those whose callable values are also made by plain calls (a model loader), not
# only by a BUILT_WITH builder: in a module importing one, any called value is typed.
_TYPED_CALL_ROOTS = frozenset(
    key.partition(".")[0] for key, api in catalogue.METHODS.items()
    if api is not None and key.endswith(".__call__")
    and key[: -len(".__call__")] not in {built for _, built in catalogue.BUILT_WITH.values()}
)


# What a data writer may write to without touching a file.
_MEMORY_BUFFERS = frozenset({"io.BytesIO", "io.StringIO"})


def _display(name: str) -> str:
    """Show builtins by their plain name (``open()``, not ``builtins.open()``)."""
    return name[len("builtins."):] if name.startswith("builtins.") else name


class SocketIdioms:
    """The socket calls of a body that its non-blocking idioms excuse (ABL202).

    A call on a socket the body sets non-blocking (``sock.setblocking(False)``),
    and one made under ``except BlockingIOError``, which only a non-blocking
    socket raises.
    """

    def __init__(self, events: Events, body: ast.AST) -> None:
        self._receivers = _nonblocking_receivers(events)
        self._body = body
        self._would_block: Optional[set[int]] = None  # made when a socket call is first seen

    def excuse(self, call: ast.Call, hit: Hit) -> bool:
        """Tell whether the blocking call ``hit`` of ``call`` is one of the idioms."""
        if hit.code != "ABL202":
            return False
        if self._receivers and _on_nonblocking_socket(call, hit, self._receivers):
            return True
        if self._would_block is None:
            self._would_block = _would_block_calls(self._body)
        return id(call) in self._would_block


_AWAITING = (ast.Await, ast.AsyncFor, ast.AsyncWith)


def _gives_work(body: list[ast.stmt], name: str, methods: frozenset[str]) -> bool:
    """Tell whether ``body`` calls ``name.<method>()`` for a method of ``methods``, with no await.

    Nested functions and classes are left out: what they do runs later, if ever.
    """
    gives = False
    pending: list[ast.AST] = list(body)
    while pending:
        node = pending.pop()
        if isinstance(node, _SCOPES):
            continue
        if isinstance(node, _AWAITING):
            return False
        if isinstance(node, ast.Call):
            func = node.func
            if (
                isinstance(func, ast.Attribute)
                and func.attr in methods
                and isinstance(func.value, ast.Name)
                and func.value.id == name
            ):
                gives = True
        pending.extend(ast.iter_child_nodes(node))
    return gives


def _nonblocking_receivers(events: Events) -> set[str]:
    """Return the receivers this body makes non-blocking (``sock.setblocking(False)``)."""
    found: set[str] = set()
    for call, _ in events.calls:
        func = call.func
        if not isinstance(func, ast.Attribute) or len(call.args) != 1:
            continue
        arg = call.args[0]
        if not isinstance(arg, ast.Constant):
            continue
        if (func.attr == "setblocking" and arg.value in (False, 0)) or (
            func.attr == "settimeout" and arg.value == 0 and arg.value is not False
        ):
            found.add(ast.dump(func.value))
    return found


_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)


def _would_block_calls(function: ast.AST) -> set[int]:
    """Return the id() of the calls of a body made under ``except BlockingIOError``.

    Only an operation on a non-blocking socket raises BlockingIOError (a
    blocking one waits, or times out with TimeoutError): ``try: sock.recv(n)
    except BlockingIOError: await readable()`` is the non-blocking idiom.
    """
    found: set[int] = set()
    pending: list[ast.AST] = list(ast.iter_child_nodes(function))
    while pending:
        node = pending.pop()
        if isinstance(node, _SCOPES):
            continue
        handlers: list[ast.ExceptHandler] = (
            getattr(node, "handlers", []) if isinstance(node, TRY_TYPES) else []
        )
        if any(_catches_would_block(handler.type) for handler in handlers):
            inner: list[ast.AST] = list(getattr(node, "body", []))
            while inner:
                item = inner.pop()
                if isinstance(item, _SCOPES):
                    continue
                if isinstance(item, ast.Call):
                    found.add(id(item))
                inner.extend(ast.iter_child_nodes(item))
        pending.extend(ast.iter_child_nodes(node))
    return found


def _catches_would_block(caught: Optional[ast.expr]) -> bool:
    names = caught.elts if isinstance(caught, ast.Tuple) else [caught]
    return any(
        isinstance(name, ast.Name) and name.id == "BlockingIOError"
        or isinstance(name, ast.Attribute) and name.attr == "BlockingIOError"
        for name in names
    )


def _on_nonblocking_socket(call: ast.Call, hit: Hit, receivers: set[str]) -> bool:
    """Tell whether a socket operation runs on a socket set non-blocking in this body."""
    func = call.func
    return (
        hit.code == "ABL202"
        and isinstance(func, ast.Attribute)
        and ast.dump(func.value) in receivers
    )
