"""Uploads land in a temporary folder."""

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


@contextmanager
def process_upload(upload_id: str) -> Iterator[Path]:
    yield Path("/tmp/uploads") / upload_id
