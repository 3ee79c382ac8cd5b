"""Fetch the benchmark corpus: pinned releases of real async projects from PyPI.

Usage::

    python benchmarks/corpus.py            # download and extract what is missing
    python benchmarks/corpus.py --list     # print the pinned list and exit
    python benchmarks/corpus.py --vendor   # also install flake8-async into corpus/vendor/

Each release is downloaded with ``pip download --no-deps --prefer-binary`` (a wheel
where one exists, else the sdist) into ``benchmarks/corpus/dist/<name>/``, and only its
``.py`` files are extracted into ``benchmarks/corpus/src/<name>/`` (``<name>`` normalised:
``discord.py`` becomes ``discord-py``).  Both steps are skipped for a project that is
already there, so the script is cheap to re-run.  The corpus directory is git-ignored.
``--vendor`` also installs the pinned flake8-async (with ``--no-deps --target``) into
``benchmarks/corpus/vendor/`` for ``bench.py``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path, PurePosixPath
from typing import Iterator, NamedTuple, Sequence

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
DIST = CORPUS / "dist"
SRC = CORPUS / "src"

# (project, version).  Versions are the newest that install on Python 3.11; they are
# pinned so that figures from different days compare.  homeassistant alone is over a
# million lines; the rest are the async frameworks, clients and drivers whose code the
# plugin is written for, plus Django and SQLAlchemy (large, mixed sync/async).
PINS: tuple[tuple[str, str], ...] = (
    ("aiohttp", "3.14.5"),
    ("starlette", "1.10.0"),
    ("fastapi", "0.165.0"),
    ("httpx", "0.28.1"),
    ("discord.py", "2.7.1"),
    ("aiogram", "3.31.0"),
    ("uvicorn", "0.54.0"),
    ("sanic", "25.12.1"),
    ("tornado", "6.6.1"),
    ("django", "5.2.19"),
    ("sqlalchemy", "2.1.9"),
    ("homeassistant", "2024.3.3"),
    ("aiobotocore", "3.10.0"),
    ("redis", "8.1.0"),
    ("motor", "3.7.1"),
    ("pymongo", "4.20.0"),
    ("telethon", "1.45.0"),
    ("pyrogram", "2.0.106"),
    ("litestar", "2.25.0"),
    ("channels", "4.3.2"),
    ("asyncpg", "0.32.0"),
    ("aiokafka", "0.14.0"),
    ("websockets", "17.4"),
    ("quart", "0.22.0"),
    ("strawberry-graphql", "0.341.2"),
    ("aio-pika", "10.2.1"),
    ("tortoise-orm", "1.1.9"),
    ("anyio", "4.16.0"),
)

# flake8-async, the comparison in bench.py, is installed here (not into the running
# environment, where flake8 would pick it up for every run) with the one compiled
# dependency that is not already a flake8 dependency.
VENDOR = CORPUS / "vendor"
VENDOR_PINS: tuple[str, ...] = ("flake8-async==26.8.1", "libcst==1.9.0")

ARCHIVE_SUFFIXES = (".whl", ".zip", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz")


def folder_name(project: str) -> str:
    """The PEP 503 normalised name: ``discord.py`` -> ``discord-py`` (no folder ends in .py)."""
    return re.sub(r"[-_.]+", "-", project).lower()


class Counts(NamedTuple):
    files: int
    lines: int


def _archives(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.endswith(ARCHIVE_SUFFIXES))


def download(name: str, version: str) -> Path:
    """Return the archive of ``name==version``, downloading it if it is not there yet."""
    folder = DIST / folder_name(name)
    found = _archives(folder)
    if not found:
        folder.mkdir(parents=True, exist_ok=True)
        command = [
            sys.executable, "-m", "pip", "download", "--no-deps", "--prefer-binary",
            "--disable-pip-version-check", "--quiet", "--dest", str(folder),
            f"{name}=={version}",
        ]
        print(f"  downloading {name}=={version}", flush=True)
        subprocess.run(command, check=True)
        found = _archives(folder)
        if not found:
            raise SystemExit(f"pip download of {name}=={version} produced no archive")
    wheels = [p for p in found if p.suffix == ".whl"]
    return (wheels or found)[0]


def _safe_relative(member: str, strip_top: bool) -> PurePosixPath | None:
    """The member's path below the destination, or None if it is not a plain .py file path."""
    path = PurePosixPath(member)
    parts = path.parts[1:] if strip_top else path.parts
    if not parts or path.is_absolute() or ".." in parts or not parts[-1].endswith(".py"):
        return None
    return PurePosixPath(*parts)


def _members(archive: Path) -> Iterator[tuple[PurePosixPath, bytes]]:
    """Yield (relative path, content) for every .py file of a wheel or sdist."""
    name = archive.name
    if name.endswith((".whl", ".zip")):
        strip = not name.endswith(".whl")  # an sdist zip has a top folder, a wheel has not
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                rel = None if info.is_dir() else _safe_relative(info.filename, strip)
                if rel is not None:
                    yield rel, zf.read(info)
        return
    with tarfile.open(archive) as tf:
        for member in tf:
            rel = _safe_relative(member.name, True) if member.isreg() else None
            handle = tf.extractfile(member) if rel is not None else None
            if rel is not None and handle is not None:
                yield rel, handle.read()


def extract(name: str, archive: Path) -> None:
    """Write the archive's .py files into src/<name>/ (through a temporary folder)."""
    dest = SRC / folder_name(name)
    if dest.is_dir():
        return
    tmp = SRC / f".{folder_name(name)}.partial"
    if tmp.exists():
        shutil.rmtree(tmp)
    for rel, data in _members(archive):
        target = tmp.joinpath(*rel.parts)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    tmp.mkdir(parents=True, exist_ok=True)
    os.replace(tmp, dest)


def count_lines(data: bytes) -> int:
    """Physical lines of a source file, as an editor numbers them."""
    return data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)


def py_files(folder: Path) -> list[Path]:
    """Every .py file below ``folder``, sorted (folders named *.py are not files)."""
    return sorted(path for path in folder.rglob("*.py") if path.is_file())


def count(folder: Path) -> Counts:
    files = lines = 0
    for path in py_files(folder):
        files += 1
        lines += count_lines(path.read_bytes())
    return Counts(files, lines)


def source_dirs() -> list[Path]:
    """The extracted project folders, in pin order (only those present)."""
    folders = [SRC / folder_name(name) for name, _ in PINS]
    return [folder for folder in folders if folder.is_dir()]


def ensure(quiet: bool = False) -> list[Path]:
    """Download and extract every pinned project that is missing; return the folders."""
    SRC.mkdir(parents=True, exist_ok=True)
    for name, version in PINS:
        if not (SRC / folder_name(name)).is_dir():
            if not quiet:
                print(f"{name}=={version}", flush=True)
            extract(name, download(name, version))
    return source_dirs()


def ensure_vendor() -> Path:
    """Install the pinned flake8-async into corpus/vendor/ if it is not there; return it."""
    if not (VENDOR / "flake8_async").is_dir():
        print(f"installing {' '.join(VENDOR_PINS)} into {VENDOR}", flush=True)
        command = [
            sys.executable, "-m", "pip", "install", "--no-deps", "--quiet",
            "--disable-pip-version-check", "--target", str(VENDOR), *VENDOR_PINS,
        ]
        subprocess.run(command, check=True)
    return VENDOR


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print the pinned list and exit")
    parser.add_argument(
        "--vendor", action="store_true", help="also install flake8-async into corpus/vendor/"
    )
    args = parser.parse_args(argv)
    if args.list:
        for name, version in PINS:
            print(f"{name}=={version}")
        return 0
    ensure()
    if args.vendor:
        ensure_vendor()
    total_files = total_lines = 0
    print(f"{'project':<22}{'version':>12}{'files':>9}{'lines':>12}")
    for name, version in PINS:
        files, lines = count(SRC / folder_name(name))
        total_files += files
        total_lines += lines
        print(f"{name:<22}{version:>12}{files:>9,}{lines:>12,}")
    print(f"{'total':<22}{'':>12}{total_files:>9,}{total_lines:>12,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
