"""The argument checks named by ``Api.guard`` (see ``catalogue/entry.py``).

A guard says when a catalogued call cannot block after all, from its
arguments alone: ``lock.acquire(blocking=False)``, ``os.waitpid(pid,
os.WNOHANG)``, ``open("/proc/self/status")``...
"""

from __future__ import annotations

import ast
from typing import Optional


def _is_false(node: Optional[ast.expr]) -> bool:
    return isinstance(node, ast.Constant) and node.value is False


def _is_zero(node: Optional[ast.expr]) -> bool:
    return (
        isinstance(node, ast.Constant)
        and not isinstance(node.value, bool)
        and isinstance(node.value, (int, float))
        and node.value == 0
    )


def _keyword(node: ast.Call, name: str) -> Optional[ast.expr]:
    for keyword in node.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def _mentions(node: ast.Call, flag: str) -> bool:
    """Tell whether an argument of the call names ``flag`` (``os.WNOHANG``, ``WNOHANG``)."""
    for part in node.args + [keyword.value for keyword in node.keywords]:
        for sub in ast.walk(part):
            if (isinstance(sub, ast.Attribute) and sub.attr == flag) or (
                isinstance(sub, ast.Name) and sub.id == flag
            ):
                return True
    return False


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _written_in_place(node: ast.expr) -> bool:
    """Tell whether code text is a literal or a literal template filled in place."""
    if _is_text(node):
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Mod, ast.Add)):
        return _is_text(node.left)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr == "format" and _is_text(node.func.value)
    return False


def guard_blocks(guard: str, node: ast.Call) -> bool:
    """Return False when the call's arguments show it cannot block."""
    if guard == "nonblocking":
        if any(_is_false(_keyword(node, name)) for name in ("blocking", "block", "wait")):
            return False
        if _is_zero(_keyword(node, "timeout")):
            return False
        if node.args and (_is_false(node.args[0]) or _is_zero(node.args[0])):
            return False
        return not (len(node.args) > 1 and _is_zero(node.args[1]))
    if guard == "wnohang":
        return not _mentions(node, "WNOHANG")
    if guard == "resolves_names":
        return not _mentions(node, "AI_NUMERICHOST")
    if guard == "connects_with_args":
        return bool(node.args) or _keyword(node, "host") is not None
    if guard == "not_pseudo_fs":
        first = node.args[0] if node.args else _keyword(node, "file")
        return not (
            isinstance(first, ast.Constant)
            and isinstance(first.value, str)
            and first.value.startswith(("/proc/", "/sys/"))
        )
    if guard == "not_cadata":
        if node.args:
            return True
        names = {keyword.arg for keyword in node.keywords}
        return names != {"cadata"}
    if guard == "loaded_code":
        return not (node.args and _written_in_place(node.args[0]))
    if guard == "builds_tls":
        return _builds_tls(node)
    if guard == "opens_now":
        # FileHandler(filename, mode, encoding, delay): a delay that is not a
        # literal False, or one that may be among the positional arguments,
        # may defer the open() to the first record; so may a **mapping.
        if any(keyword.arg is None for keyword in node.keywords):
            return False
        delay = _keyword(node, "delay")
        if delay is not None:
            return _is_false(delay)
        return len(node.args) < 4
    if guard == "validates_rsa":
        skip = _keyword(node, "unsafe_skip_rsa_key_validation")
        return not (isinstance(skip, ast.Constant) and skip.value is True)
    if guard == "to_a_file":
        target = written_target(node)
        return not (target is None or isinstance(target, ast.Constant) and target.value is None)
    if guard == "poll_zero":
        timeout = _keyword(node, "timeout")
        if timeout is None and node.args:
            timeout = node.args[-1]
        return not _is_zero(timeout)
    if guard == "waits_given_timeout":
        # ``Connection.poll()``: its timeout defaults to 0, a poll.
        timeout = _keyword(node, "timeout")
        if timeout is None and node.args:
            timeout = node.args[0]
        return timeout is not None and not _is_zero(timeout)
    return True


def written_target(node: ast.Call) -> Optional[ast.expr]:
    """Return what a data writer writes to: its first argument or its path keyword."""
    if node.args:
        return node.args[0]
    for name in ("path_or_buf", "path", "fname", "file"):
        target = _keyword(node, name)
        if target is not None:
            return target
    return None


def _builds_tls(node: ast.Call) -> bool:
    """Tell whether an HTTP client constructor builds its own TLS context.

    A client handed a transport or a client of its own (``http_client=``) builds
    none; one handed ``verify=`` anything but a literal loads what it was given,
    most often a context made once.  ``**options`` is not looked into: a
    subclass's ``super().__init__(**kwargs)`` passes on timeouts and headers.
    """
    for keyword in node.keywords:
        if keyword.arg in ("transport", "http_client"):
            return False
        if keyword.arg == "verify" and not isinstance(keyword.value, ast.Constant):
            return False
    return True
