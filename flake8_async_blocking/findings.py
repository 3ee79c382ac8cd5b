"""The finding record and the rendering of messages."""

from __future__ import annotations

from typing import NamedTuple

from flake8_async_blocking.codes import RULES_BY_CODE


class Finding(NamedTuple):
    """One reported problem: position, code and the full message text."""

    line: int
    col: int
    code: str
    text: str


def render(code: str, **fields: str) -> str:
    """Return ``"ABLnnn <message>"`` with the code's template filled in."""
    return f"{code} " + RULES_BY_CODE[code].message.format(**fields)
