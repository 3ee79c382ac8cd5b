"""The check of one module: every coroutine body, classified into findings.

``check_module`` runs the statement pass (``names.py``), then walks each
``async def`` body once (``walk.py``) and classifies what it found: blocking
calls (the catalogue), ``with`` and ``for`` statements on blocking objects,
heavy loops (``loops.py``), blocking helpers (``summaries.py``), eager
offloads, unawaited coroutines and nested event loops.
"""

from __future__ import annotations

import ast
from typing import Optional

from flake8_async_blocking import catalogue
from flake8_async_blocking.calls import (
    Classifier,
    Hit,
    SocketIdioms,
)
from flake8_async_blocking.constructors import aliased_init, inherited_init
from flake8_async_blocking.failures import internal_error, raise_if_forced, reraise
from flake8_async_blocking.findings import Finding, render
from flake8_async_blocking.names import ModuleIndex, Scope, dotted_name, index_module
from flake8_async_blocking.origins import Ref, Resolver
from flake8_async_blocking.program import Program, module_of, program_for
from flake8_async_blocking.program.memory import POOL, collection_paused
from flake8_async_blocking.settings import Settings
from flake8_async_blocking.summaries import OPT_IN_CARRIED, Blocker, Summaries, applies
from flake8_async_blocking.threads import ThreadWaits
from flake8_async_blocking.walk import Events, Walk


class AnalysisError(Exception):
    """An internal error, with the position of the node being analysed."""

    def __init__(self, line: int, col: int) -> None:
        super().__init__(line, col)
        self.line = line
        self.col = col

    def __str__(self) -> str:
        return f"internal error near line {self.line}, column {self.col}"


def check_module(
    tree: ast.AST, settings: Settings, filename: str = "", text: Optional[str] = None
) -> list[Finding]:
    """Return the findings of one module, sorted by position.

    With a ``filename``, calls into other modules of the project and into
    installed libraries are followed (ABL602, ABL603).  With its ``text`` too,
    the findings are kept in the cache, and those of a file checked before
    are replayed while nothing they depended on has changed (``replay.py``).
    """
    if not filename:
        index = index_module(tree)
        return _ModuleCheck(index, settings, None, "").run() if index.coroutines else []
    # Following other modules parses them; the statement pass is inside too:
    # its scopes and bindings would otherwise set off collections that walk
    # the tree flake8 just parsed.
    with collection_paused():
        program, package = program_for(filename, settings)
        if text is not None:
            replayed = program.replayed(filename, text)
            if replayed is not None:
                return replayed
        index = index_module(tree)
        check = (
            _ModuleCheck(index, settings, program, package, module_of(filename, package))
            if index.coroutines
            else None
        )
        findings: list[Finding] = []
        kept: Optional[str] = None  # the text, once the check has succeeded
        program.check()
        try:
            if check is not None:
                findings = check.run()
            kept = text
        finally:
            program.checked(filename, kept, findings)
            program.flush()
            if check is not None:
                check.release()
            POOL.release()
        return findings


def detect_backend(index: ModuleIndex, settings: Settings) -> str:
    """Return the async library the suggestions should name."""
    if settings.backend != "auto":
        return settings.backend
    if "trio" in index.import_roots:
        return "trio"
    if "anyio" in index.import_roots:
        return "anyio"
    return "asyncio"


class _ModuleCheck:
    def __init__(
        self,
        index: ModuleIndex,
        settings: Settings,
        program: Optional[Program],
        package: str,
        module_name: str = "",
    ) -> None:
        self.index = index
        self.settings = settings
        self.program = program
        self.resolver = Resolver(index, program, package, module_name)
        self.classifier = Classifier(self.resolver, settings)
        self.summaries = Summaries(index, self.classifier, settings.loop_threshold, program)
        self.backend = detect_backend(index, settings)
        self.threads = ThreadWaits(index, self.classifier, self.summaries, settings.loop_threshold)
        self.summaries.waits = self.threads
        self.coroutine: Optional[ast.AsyncFunctionDef] = None
        self.findings: dict[tuple[int, str], Finding] = {}
        self.function = ""
        # Lines of the blocking calls found in the body being classified: a
        # heavy loop around one waits in that call, it does not spin (ABL501).
        self._blocked_lines: list[int] = []

    def release(self) -> None:
        """Break the check's reference cycles, so that freeing it needs no collection."""
        self.summaries.waits = None
        self.index.release()

    def run(self) -> list[Finding]:
        for node, scope in self.index.coroutines:
            walk = Walk(self.index, coroutine=True, threshold=self.settings.loop_threshold)
            before = len(self.findings)
            try:
                raise_if_forced(node)
                events = walk.run(node.body, scope)
                self.function = node.name
                self.coroutine = node
                self._classify(events)
            except Exception as error:
                where = walk.node or node
                if reraise(error):
                    raise AnalysisError(
                        getattr(where, "lineno", node.lineno), getattr(where, "col_offset", 0)
                    ) from error
                # Only this coroutine is lost: drop what it reported so far
                # (the dict keeps insertion order) and report ABL000 on its def.
                for key in list(self.findings)[before:]:
                    del self.findings[key]
                finding = internal_error(error, where, (node.lineno, node.col_offset), "function")
                self.findings[(finding.line, finding.code)] = finding
        return sorted(self.findings.values())

    # --- classification ---------------------------------------------------------

    def _classify(self, events: Events) -> None:
        classifier = self.classifier
        self._blocked_lines = []
        consumed: set[int] = set()
        awaited = events.awaited
        assert self.coroutine is not None
        idioms = SocketIdioms(events, self.coroutine)
        for call, scope in events.calls:
            key = id(call)
            if key in consumed:
                continue
            self._check_offload(call, scope, consumed)
            if key in awaited:
                self._check_awaited(call, scope)
                continue
            hit = classifier.call(call, scope)
            if hit is not None:
                if idioms.excuse(call, hit):
                    continue
                if hit.code == "ABL102" and self.threads.short_wait(call, scope, self.coroutine):
                    continue
                self._report(call, hit)
            else:
                self._check_helper(call, scope)
        for read, scope in events.reads:
            self._check_property(read, scope)
        for call, scope in events.statements:
            self._check_unawaited(call, scope)
        for expr, scope, stmt in events.withs:
            hit = classifier.with_item(expr, scope)
            if hit is not None:
                if hit.code == "ABL102" and self.threads.short_hold(expr, scope):
                    continue
                self._report(stmt, hit)
                continue
            hit = classifier.with_exit(expr, scope, stmt)
            if hit is not None:
                self._report(stmt, hit)
        for expr, scope, stmt in events.iterations:
            hit = classifier.iteration(expr, scope)
            if hit is not None:
                self._report(stmt, hit)
            else:
                self._check_iterated(expr, scope)
        for expr, scope in events.async_withs:
            self._check_async_with(expr, scope)
        blocked = self._blocked_lines
        for frame in events.heavy_loops:
            if blocked and _spans(frame.node, blocked):
                continue  # the loop waits in a call reported on its own line
            self._add(
                frame.node,
                "ABL501",
                call=f"{frame.reason} with no await",
                suggestion=self._suggestion("cpu_loop"),
            )

    def _check_offload(self, call: ast.Call, scope: Scope, consumed: set[int]) -> None:
        """ABL701: ``to_thread(f(x))`` runs ``f(x)`` here; report the inner call.

        The inner call joins ``consumed``: it is reported once, as ABL701.
        """
        for arg in call.args:
            if type(arg) is ast.Call:
                break
        else:
            return  # no call among the arguments (most calls): no offloader to look for
        position, offloader = self._offloader(call, scope)
        if position is None or len(call.args) <= position:
            return
        inner = call.args[position]
        if type(inner) is not ast.Call:
            return
        assert isinstance(inner, ast.Call)
        wrapped = catalogue.WRAPS.get(offloader)
        if wrapped is not None:
            if self.resolver.qualname(inner.func, scope) in wrapped:
                consumed.add(id(inner))  # the wrap the inner call's message suggests
            return
        hit = self.classifier.call(inner, scope)
        if hit is not None:
            display = hit.display
        else:
            target = self.summaries.target(self.resolver.function_of(inner.func, scope))
            if target is not None:
                if _returns_callable(target):
                    return
                display = target.name + "()"
            elif self._foreign_blocks(inner, scope):
                display = (_helper_name(inner.func) or "the call") + "()"
            else:
                return
        consumed.add(id(inner))
        self._add(inner, "ABL701", call=display, offload=offloader + "()")

    def _foreign_blocks(self, call: ast.Call, scope: Scope) -> bool:
        """Tell whether a call of a function, class or method of another module blocks."""
        ref = self.resolver.foreign_callee(call.func, scope)
        if ref is None or self.program is None or ref.kind == "async":
            return False
        return applies(self.program.blocker(ref), ref, call) is not None

    def _offloader(self, call: ast.Call, scope: Scope) -> tuple[Optional[int], str]:
        func = call.func
        name = self.resolver.qualname(func, scope)
        if name is not None:
            if name in catalogue.OFFLOADERS:
                return catalogue.OFFLOADERS[name], name
            if name in catalogue.WRAPS:
                return 0, name
        if isinstance(func, ast.Attribute):
            owner = self.classifier.receiver_type(func, scope)
            if owner is not None:
                method = owner + "." + func.attr
                if method in catalogue.OFFLOADERS:
                    return catalogue.OFFLOADERS[method], method
        return None, ""

    def _check_helper(self, call: ast.Call, scope: Scope) -> None:
        """ABL601/602/603: a call of a sync function that blocks, here or elsewhere."""
        summaries = self.summaries
        named = self.resolver.function_of(call.func, scope)
        target = summaries.target(named) or aliased_init(self.resolver, named)
        if target is not None:
            if self.settings.is_allowed(target.name):
                return
            blocker = summaries.blocker(target)
            name = target.name
        else:
            built = self.classifier.constructor(call, scope, named)
            if built is not None:
                self._report(call, built)  # a subclass of a catalogued class
                return
            ref = self.resolver.foreign_callee(call.func, scope) or inherited_init(
                self.resolver, call, scope, named
            )
            if ref is None or self.program is None:
                return
            name = ref.local
            if self.settings.is_allowed(ref.name.replace(":", ".")) or self.settings.is_allowed(
                name
            ):
                return
            blocker = applies(self.program.blocker(ref), ref, call)
        if blocker is None:
            return
        helper = _helper_name(call.func) or name
        suggestion = self._suggestion("sync_helper").replace("{helper}", helper)
        self._report_helper(call, helper + "()", blocker, suggestion)

    def _check_property(self, read: ast.Attribute, scope: Scope) -> None:
        """ABL601: reading a property of a module class whose getter blocks."""
        getter = self.resolver.property_of(read, scope)
        if getter is None:
            self._check_foreign_property(read, scope)
            return
        if self.settings.is_allowed(getter.name):
            return
        blocker = self.summaries.blocker(getter)
        if blocker is None:
            return
        shown = (_helper_name(read) or read.attr) + " (a property)"
        self._report_helper(read, shown, blocker, self._hit_suggestion(blocker.hit))

    def _check_foreign_property(self, read: ast.Attribute, scope: Scope) -> None:
        """ABL602/603: reading a property of a class of another module whose getter blocks."""
        program = self.program
        found = self._foreign_method(read.value, scope, read.attr)
        if program is None or found is None or not program.getter(found[1]):
            return
        blocker = program.blocker(found[1])
        if blocker is None or blocker.guard:
            return
        shown = (_helper_name(read) or read.attr) + " (a property)"
        self._report_helper(read, shown, blocker, self._hit_suggestion(blocker.hit))

    def _report_helper(
        self, node: ast.expr, shown: str, blocker: Blocker, suggestion: str
    ) -> None:
        """Report a helper call or property read that blocks: ABL601 when the blocking
        call is in this module, ABL602/603 when elsewhere; opt-in work under its own code."""
        if blocker.hit.code in OPT_IN_CARRIED:
            self._report_carried(node, shown, blocker)
            return
        self._blocked_lines.append(node.lineno)
        if not blocker.path:
            self._add(
                node, "ABL601", call=shown, blocker=blocker.display,
                line=str(blocker.line), suggestion=suggestion,
            )
            return
        self._add(
            node, "ABL603" if blocker.library else "ABL602", call=shown,
            where=blocker.where(), suggestion=suggestion,
        )

    def _check_iterated(self, expr: ast.expr, scope: Scope) -> None:
        """ABL601/602/603: iterating an object whose ``__next__`` (or ``__iter__``) blocks."""
        methods, blocker = self.summaries.iterated(expr, scope)
        for method in methods:
            if blocker is None and not self.settings.is_allowed(method.name):
                blocker = self.summaries.blocker(method)
        if blocker is None:
            return
        iterated = dotted_name(expr) or _made_by(expr)
        suggestion = self._suggestion("sync_iteration").replace("{iterated}", iterated)
        self._report_helper(expr, "iterating " + iterated, blocker, suggestion)

    def _check_awaited(self, call: ast.Call, scope: Scope) -> None:
        """ABL603: an awaited coroutine function of a library that blocks inside."""
        if self.program is None:
            return
        ref = self.resolver.foreign_callee(call.func, scope)
        if ref is None or ref.kind != "async":
            return
        if self.settings.is_allowed(ref.name.replace(":", ".")):
            return
        blocker = applies(self.program.blocker(ref), ref, call)
        if blocker is None or not blocker.library:
            return
        helper = _helper_name(call.func) or ref.local
        self._report_library_coroutine(call, "await " + helper + "()", blocker)

    def _check_async_with(self, expr: ast.expr, scope: Scope) -> None:
        """ABL603: ``async with`` a library object whose ``__aenter__`` blocks inside.

        The entry is awaited like any coroutine of the library (``_check_awaited``);
        one that needs an argument to block cannot, as ``__aenter__`` takes none.
        """
        found = self._foreign_method(expr, scope, "__aenter__")
        if self.program is None or found is None or found[1].kind != "async":
            return
        token, ref = found
        blocker = self.program.blocker(ref)
        if blocker is None or not blocker.library or blocker.guard:
            return
        target = expr.func if isinstance(expr, ast.Call) else expr
        shown = "async with " + (_helper_name(target) or token.rpartition(":")[2])
        if isinstance(expr, ast.Call):
            shown += "()"
        self._report_library_coroutine(expr, shown, blocker)

    def _foreign_method(
        self, expr: ast.expr, scope: Scope, name: str
    ) -> Optional[tuple[str, Ref]]:
        """Return the class token of ``expr`` and its method ``name``, when of another module.

        None for a catalogued or unknown type, a class without that method, or
        a method the allow-list names.
        """
        if self.program is None:
            return None
        token = self.resolver.type_of(expr, scope)
        if token is None or not token.startswith("@"):
            return None
        ref = self.program.method(token, name)
        if ref is None or self.settings.is_allowed(ref.name.replace(":", ".")):
            return None
        return token, ref

    def _report_library_coroutine(self, node: ast.expr, shown: str, blocker: Blocker) -> None:
        """ABL603 (or the carried opt-in code) for awaiting a library coroutine that blocks."""
        if blocker.hit.code in OPT_IN_CARRIED:
            self._report_carried(node, shown, blocker)
            return
        self._add(
            node,
            "ABL603",
            call=shown,
            where=blocker.where(),
            suggestion=self._suggestion("blocking_coroutine"),
        )

    def _check_unawaited(self, call: ast.Call, scope: Scope) -> None:
        """ABL702: a coroutine function called as a bare statement."""
        func = call.func
        display: Optional[str] = None
        name = self.resolver.qualname(func, scope)
        if name is not None:
            if name in catalogue.COROUTINES:
                display = name + "()"
        else:
            target = self.resolver.function_of(func, scope)
            if isinstance(target, ast.AsyncFunctionDef):
                display = (_helper_name(func) or target.name) + "()"
            elif isinstance(func, ast.Attribute):
                owner = self.classifier.receiver_type(func, scope)
                if owner is not None and owner + "." + func.attr in catalogue.COROUTINES:
                    display = owner + "." + func.attr + "()"
        if display is not None:
            self._add(call, "ABL702", call=display, spawn=self._suggestion("spawn"))

    # --- reporting ----------------------------------------------------------------

    def _report_carried(self, call: ast.expr, display: str, blocker: Blocker) -> None:
        """Report a helper whose only blocking work is opt-in under that work's own code.

        ``get_time_zone(name)`` that loads a ``ZoneInfo`` is ABL803 like the load itself,
        so it shows only where ABL803 is selected; the message says where the work is.
        """
        hit = blocker.hit
        where = blocker.where()
        if not blocker.path:
            where = f"it calls {hit.display} at line {blocker.line}"
        self._add(call, hit.code, call=f"{display} ({where})", suggestion=self._hit_suggestion(hit))

    def _report(self, node: ast.AST, hit: Hit) -> None:
        if hit.code not in _NOT_WAITING:
            self._blocked_lines.append(getattr(node, "lineno", 0))
        self._add(node, hit.code, call=hit.display, suggestion=self._hit_suggestion(hit))

    def _hit_suggestion(self, hit: Hit) -> str:
        """The suggestion of a blocking call: its own text, or its backend's variant."""
        return hit.suggestion if hit.literal else self._suggestion(hit.suggestion)

    def _suggestion(self, key: str) -> str:
        variants = catalogue.SUGGESTIONS.get(key)
        if not variants:
            return key
        chosen = variants.get(self.backend) or variants.get("asyncio")
        return chosen or next(iter(variants.values()))

    def _add(self, node: ast.AST, code: str, **fields: str) -> None:
        line = getattr(node, "lineno", 1)
        if (line, code) in self.findings:
            return
        text = render(code, function=self.function, **fields)
        self.findings[(line, code)] = Finding(line, getattr(node, "col_offset", 0), code, text)


# Codes of calls that do not make a loop around them wait: CPU work of its
# own (a loop around it may still spin), coroutine misuse, one-off costs.
_NOT_WAITING = frozenset({"ABL502", "ABL503", "ABL701", "ABL702", "ABL703", "ABL802", "ABL803"})


def _spans(loop: ast.AST, lines: list[int]) -> bool:
    """Tell whether one of ``lines`` lies within the loop statement."""
    first = getattr(loop, "lineno", 0)
    last = getattr(loop, "end_lineno", None) or first
    return any(first <= line <= last for line in lines)


def _made_by(expr: ast.expr) -> str:
    """Name an iterated value that is no dotted name: ``Pages(...)`` for a call of ``Pages``."""
    if isinstance(expr, ast.Call):
        made = dotted_name(expr.func)
        if made is not None:
            return made + "(...)"
    return "the value"


def _helper_name(func: ast.expr) -> Optional[str]:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        base = func.value
        if isinstance(base, ast.Name):
            return f"{base.id}.{func.attr}"
        return func.attr
    return None


def _returns_callable(function: ast.FunctionDef) -> bool:
    """Tell whether a helper hands back a callable (a factory for the offload)."""
    nested = set()
    for stmt in function.body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            nested.add(stmt.name)
    for node in ast.walk(function):
        if isinstance(node, ast.Return) and node.value is not None:
            value = node.value
            if isinstance(value, ast.Lambda):
                return True
            if isinstance(value, ast.Name) and value.id in nested:
                return True
            if isinstance(value, ast.Call):
                func = value.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "partial":
                    return True
    return False
