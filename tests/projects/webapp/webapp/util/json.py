"""Session files, read two helpers down."""

from pathlib import Path


def load_session(path: str) -> str:
    return _decode(_read(path))


def _decode(raw: bytes) -> str:
    return raw.decode()


def _read(path: str) -> bytes:
    return _raw(Path(path))


def _raw(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read()
