"""Suppressions written for peer tools: ``# noqa: ASYNC230`` also hides ABL401.

flake8 itself handles ``# noqa`` and ``# noqa: ABLnnn``; this module only
honours the flake8-async and ruff codes of ``codes.PEER_CODES`` on the line a
finding names, parsed the way flake8 parses its own comments (``noqa`` in any
case, codes separated by commas or spaces, a code matching by prefix).
"""

from __future__ import annotations

import re
from typing import Optional, Sequence

from flake8_async_blocking.codes import PEER_CODES

# flake8's own pattern (flake8.defaults.NOQA_INLINE_REGEXP), copied so that a
# change of flake8's internals cannot break the plugin; test_flake8.py checks
# the two agree on real runs.
_NOQA = re.compile(r"# noqa(?::[\s]?(?P<codes>([A-Z]+[0-9]+(?:[,\s]+)?)+))?", re.IGNORECASE)
_SEPARATORS = re.compile(r"[,\s]")


def peer_suppressed(code: str, lines: Optional[Sequence[str]], line: int) -> bool:
    """Tell whether line ``line`` carries a ``# noqa:`` naming a peer code of ``code``."""
    peers = PEER_CODES.get(code)
    if not peers or lines is None or not 0 < line <= len(lines):
        return False
    text = lines[line - 1]
    if "#" not in text:
        return False
    match = _NOQA.search(text)
    if match is None or match["codes"] is None:
        return False  # no comment, or a bare noqa that flake8 applies by itself
    named = tuple(part for part in _SEPARATORS.split(match["codes"]) if part)
    # As flake8: a code is hidden when it is listed or starts with a listed prefix.
    return any(peer in named or peer.startswith(named) for peer in peers)
