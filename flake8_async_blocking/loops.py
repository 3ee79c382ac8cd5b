"""ABL501: which loops of a coroutine are CPU-heavy and never await.

The walk opens a ``LoopFrame`` per ``for``/``while`` loop and comprehension,
marks every open frame when it meets an ``await`` (or ``async for``/``async
with``), and closes frames bottom-up.  A nest of loops that never awaits is
reported once, at its outermost loop.
"""

from __future__ import annotations

import ast
from typing import Optional

_MAX_EXPONENT = 64


class LoopFrame:
    """One loop being walked: whether it awaits and why it would be heavy."""

    __slots__ = ("node", "parent", "awaits", "exits", "reason", "depth", "children")

    def __init__(
        self, node: ast.AST, parent: Optional[LoopFrame], reason: Optional[str], depth: int
    ) -> None:
        self.node = node
        self.parent = parent
        self.awaits = False
        # A break or return leaves it: a ``while True`` that can end is a
        # drain, read or retry loop, not a spin (unless nothing in it can
        # change what the exit tests: see ``_inert``).
        self.exits = False
        self.reason = reason
        # How many counting loops (range() or while) this loop is: nests of
        # loops over collections are walks over small data far more often
        # than CPU work, so only counting loops make a nest deep.
        self.depth = depth
        self.children: list[LoopFrame] = []


def mark_awaits(frame: Optional[LoopFrame]) -> None:
    """Record an await inside ``frame`` and every loop around it."""
    while frame is not None and not frame.awaits:
        frame.awaits = True
        frame = frame.parent


def mark_exits(frame: Optional[LoopFrame], every: bool) -> None:
    """Record a way out of ``frame`` (a break), or of every loop (return, raise)."""
    while frame is not None:
        frame.exits = True
        if not every:
            return
        frame = frame.parent


def close(frame: LoopFrame, heavy: list[LoopFrame]) -> None:
    """Close a loop: report it, or hand its verdict to the loop around it."""
    if frame.awaits:
        heavy.extend(child for child in frame.children if child.reason)
        return
    depth = frame.depth + max((child.depth for child in frame.children), default=0)
    reason = frame.reason
    if reason is not None and reason.startswith("while") and frame.exits:
        if not _inert(frame.node):
            reason = None
    if reason is None:
        for child in frame.children:
            if child.reason:
                reason = child.reason if child.reason.startswith("nested") else (
                    "nested " + child.reason
                )
                break
    if reason is None and depth >= 3:
        reason = f"{depth} nested counting loops"
    frame.reason = reason
    frame.depth = depth
    if frame.parent is None:
        if reason:
            heavy.append(frame)
    else:
        frame.parent.children.append(frame)


# Nodes by which a loop body can change what its exit condition reads.
_CHANGES = (ast.Call, ast.Assign, ast.AugAssign, ast.AnnAssign, ast.NamedExpr, ast.Delete)


def _inert(loop: ast.AST) -> bool:
    """Tell whether a loop body calls and assigns nothing (``while True: if s["ok"]: break``).

    Such a loop ends at once or never: nothing in the event loop's thread can
    change what its exit tests.  Walked only for ``while`` loops with an exit.
    """
    pending: list[ast.AST] = list(getattr(loop, "body", ()))
    pending.append(getattr(loop, "test", loop))
    while pending:
        node = pending.pop()
        if isinstance(node, _CHANGES):
            return False
        pending.extend(ast.iter_child_nodes(node))
    return True


def while_reason(test: ast.expr) -> Optional[str]:
    """Return why a ``while`` loop is heavy on its own: a constant true test."""
    if isinstance(test, ast.Constant) and test.value:
        return f"while {test.value!r} loop"
    return None


def range_size(call: ast.Call) -> Optional[int]:
    """Return the number of steps of ``range(...)`` with constant bounds, if known."""
    if call.keywords or not 1 <= len(call.args) <= 3:
        return None
    values = [constant_int(arg, 0) for arg in call.args]
    if any(value is None for value in values):
        return None
    numbers = [value for value in values if value is not None]
    if len(numbers) == 1:
        return max(0, numbers[0])
    start, stop = numbers[0], numbers[1]
    step = numbers[2] if len(numbers) == 3 else 1
    if step == 0:
        return None
    return max(0, -(-(stop - start) // step))


def constant_int(node: ast.expr, depth: int) -> Optional[int]:
    """Evaluate a small constant integer expression (``10**6``, ``1_000 * 1_000``)."""
    if depth > 20:
        return None
    if isinstance(node, ast.Constant):
        value = node.value
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = constant_int(node.operand, depth + 1)
        return None if inner is None else -inner
    if isinstance(node, ast.BinOp):
        left = constant_int(node.left, depth + 1)
        right = constant_int(node.right, depth + 1)
        if left is None or right is None:
            return None
        op = type(node.op)
        if op is ast.Pow:
            if right < 0 or right > _MAX_EXPONENT or abs(left) > 2**32:
                return None
            return int(left**right)
        if op is ast.Mult:
            return left * right if abs(left) < 2**64 and abs(right) < 2**64 else None
        if op is ast.Add:
            return left + right
        if op is ast.Sub:
            return left - right
        if op is ast.FloorDiv and right:
            return left // right
        if op is ast.LShift and 0 <= right <= _MAX_EXPONENT:
            return left << right
    return None
