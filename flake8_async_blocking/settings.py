"""The plugin's options: their flake8 declarations, parsing and validation.

``parse`` turns flake8's option values into one frozen ``Settings``; a bad
value raises ``SettingsError`` naming the option, the entry and the form
expected, which flake8 shows to the user before it stops.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping, Optional, Pattern

BACKENDS = ("auto", "asyncio", "anyio", "trio")
DEFAULT_LOOP_THRESHOLD = 100_000
DEFAULT_CACHE_DIR = ".async-blocking-cache"

_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*\Z")
_GLOB = re.compile(r"[A-Za-z0-9_.*?\[\]!-]+\Z")
# What the allow-list error says _GLOB accepts: keep the two in step.
_GLOB_FORM = "ASCII letters, digits, '_', '.', '*', '?', '[', ']', '!', '-'"
# ASCII digits only (int() also takes other scripts' digits, and signs and
# spaces), with '_' between digit groups as in a Python literal: 100_000.
_WHOLE_NUMBER = re.compile(r"[0-9]+(?:_[0-9]+)*\Z")
_WHOLE_NUMBER_FORM = "ASCII digits, optionally grouped with '_' as in 100_000"


class SettingsError(ValueError):
    """A bad option value; the message names the option, the entry and the form."""


@dataclass(frozen=True)
class Settings:
    """The validated options of one flake8 run."""

    extra_calls: Mapping[str, str] = field(default_factory=dict)
    allow: tuple[str, ...] = ()
    backend: str = "auto"
    loop_threshold: int = DEFAULT_LOOP_THRESHOLD
    allow_pattern: Optional[Pattern[str]] = None
    # Directories to find libraries' source in, besides flake8's own sys.path.
    python_path: tuple[str, ...] = ()
    # Where module interfaces are cached between runs (relative to the directory
    # flake8 runs from); None: no cache.
    cache_dir: Optional[str] = DEFAULT_CACHE_DIR
    # flake8's --disable-noqa turns off the peer codes' comments too.
    peer_noqa: bool = True

    def is_allowed(self, name: str) -> bool:
        """Tell whether a qualified name matches ``--async-blocking-allow``."""
        return self.allow_pattern is not None and self.allow_pattern.match(name) is not None


def add_options(option_manager: Any) -> None:
    """Declare the plugin's options on flake8's option manager."""
    option_manager.add_option(
        "--async-blocking-calls",
        default="",
        parse_from_config=True,
        help=(
            "Extra blocking calls, reported as ABL901: 'qualified.name -> suggestion' "
            "entries separated by commas or new lines (default: %(default)r)"
        ),
    )
    option_manager.add_option(
        "--async-blocking-allow",
        default="",
        parse_from_config=True,
        comma_separated_list=True,
        help=(
            "Qualified names (with * globs) that are never reported, such as a "
            "project's own safe wrappers (default: %(default)r)"
        ),
    )
    option_manager.add_option(
        "--async-blocking-backend",
        default="auto",
        parse_from_config=True,
        help=(
            "Which async library the suggestions name: auto (from the file's "
            "imports), asyncio, anyio or trio (default: %(default)s)"
        ),
    )
    option_manager.add_option(
        "--async-blocking-loop-threshold",
        default=str(DEFAULT_LOOP_THRESHOLD),
        parse_from_config=True,
        help=(
            "The constant range() size from which a loop with no await counts "
            "as CPU-heavy (ABL501) (default: %(default)s)"
        ),
    )
    option_manager.add_option(
        "--async-blocking-python-path",
        default="",
        parse_from_config=True,
        comma_separated_list=True,
        help=(
            "Extra directories to find libraries' source in for ABL603, such as the "
            "project's virtualenv site-packages when flake8 runs in pre-commit or "
            "a tox lint env (default: %(default)r)"
        ),
    )
    option_manager.add_option(
        "--async-blocking-cache-dir",
        default=DEFAULT_CACHE_DIR,
        parse_from_config=True,
        help=(
            "Where summaries of other modules are cached between runs; 'none' "
            "turns the cache off (default: %(default)s)"
        ),
    )


def parse(options: Any) -> Settings:
    """Validate flake8's option values and build the frozen settings."""
    extra = _parse_calls(getattr(options, "async_blocking_calls", "") or "")
    allow = _parse_allow(getattr(options, "async_blocking_allow", None) or ())
    backend = str(getattr(options, "async_blocking_backend", "auto") or "auto").strip().lower()
    if backend not in BACKENDS:
        raise SettingsError(
            f"async-blocking-backend: {backend!r} is not one of {', '.join(BACKENDS)}"
        )
    threshold = _parse_threshold(
        getattr(options, "async_blocking_loop_threshold", DEFAULT_LOOP_THRESHOLD)
    )
    pattern = None
    if allow:
        pattern = re.compile("|".join(f"(?:{fnmatch.translate(glob)})" for glob in allow))
    python_path = _parse_python_path(getattr(options, "async_blocking_python_path", None) or ())
    cache_dir = _parse_cache_dir(getattr(options, "async_blocking_cache_dir", None))
    return Settings(
        python_path=python_path,
        cache_dir=cache_dir,
        extra_calls=extra,
        allow=allow,
        backend=backend,
        loop_threshold=threshold,
        allow_pattern=pattern,
        peer_noqa=not getattr(options, "disable_noqa", False),
    )


def _parse_calls(raw: str) -> dict[str, str]:
    calls: dict[str, str] = {}
    for entry in re.split(r"[,\n]", raw):
        entry = entry.strip()
        if not entry:
            continue
        name, arrow, suggestion = entry.partition("->")
        name, suggestion = name.strip(), suggestion.strip()
        if not arrow or not suggestion:
            raise SettingsError(
                f"async-blocking-calls: {entry!r} is not of the form "
                "'qualified.name -> suggestion'"
            )
        if not _DOTTED.match(name):
            raise SettingsError(f"async-blocking-calls: {name!r} is not a dotted name")
        calls[name] = suggestion
    return calls


def _entries(raw: Iterable[str], separators: str) -> Iterator[str]:
    """Yield the non-empty entries of a list option (a string from a config file, or a list)."""
    if isinstance(raw, str):
        raw = re.split(separators, raw)
    for entry in raw:
        entry = entry.strip()
        if entry:
            yield entry


def _parse_allow(raw: Iterable[str]) -> tuple[str, ...]:
    names = []
    for entry in _entries(raw, r"[,\s]+"):
        if not _GLOB.match(entry):
            raise SettingsError(
                f"async-blocking-allow: {entry!r} is not a dotted name or glob ({_GLOB_FORM})"
            )
        names.append(entry)
    return tuple(names)


def _parse_threshold(raw: object) -> int:
    text = str(raw).strip()
    value = int(text) if _WHOLE_NUMBER.match(text) else 0
    if value < 1:
        raise SettingsError(
            f"async-blocking-loop-threshold: {raw!r} is not a positive whole number "
            f"({_WHOLE_NUMBER_FORM})"
        )
    return value


def _parse_python_path(raw: Iterable[str]) -> tuple[str, ...]:
    found = []
    for entry in _entries(raw, r"[,\n]"):
        path = os.path.abspath(os.path.expanduser(entry))
        if not os.path.isdir(path):
            raise SettingsError(
                f"async-blocking-python-path: {entry!r} is not a directory "
                "(expected directories such as a virtualenv's site-packages)"
            )
        found.append(path)
    return tuple(found)


def _parse_cache_dir(raw: object) -> Optional[str]:
    text = str(raw if raw is not None else DEFAULT_CACHE_DIR).strip()
    if text.lower() == "none":
        return None
    if not text:
        raise SettingsError(
            "async-blocking-cache-dir: '' is empty (expected a directory, or 'none')"
        )
    path = os.path.expanduser(text)
    if os.path.exists(path) and not os.path.isdir(path):
        raise SettingsError(
            f"async-blocking-cache-dir: {text!r} is a file, not a directory "
            "(expected a directory, or 'none')"
        )
    return path
