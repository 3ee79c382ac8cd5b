"""Family 4xx, ABL401 (and ABL102 for file locks): sync file objects and what opens them.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Types of this module:

``typing.IO``          a sync file object (``open()``, ``io.open``, ``codecs.open``,
                       ``os.fdopen``, ``gzip.open``, ``Path.open()``...); the annotations
                       ``IO[str]``, ``TextIO``, ``BinaryIO`` and the concrete ``io`` classes
                       are aliases of it.  ``io.StringIO`` and ``io.BytesIO`` are types of
                       their own with no rows: they hold no file descriptor.

Not listed on purpose: ``fcntl.flock``/``fcntl.lockf`` (no guard tells ``LOCK_NB`` apart),
``mmap`` (page faults cannot be seen statically), ``csv.reader`` (as often over an
``io.StringIO`` as over a file; the ``open()`` feeding it is reported).  No
module-level objects either: ``sys.stdout`` and ``sys.stderr`` are left untyped on
purpose, so their writes are never reported as file I/O.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_FILE_LOCK = Api("ABL102", "file_lock", "nonblocking")
_FILE_IO = Api("ABL401", "file_io")
_FILE_RAW = Api("ABL401", "file_raw")
_FILE_LOAD = Api("ABL401", "file_parse")
_ARCHIVE = Api("ABL401", "file_archive")
_RESOURCE = Api("ABL401", "file_resource")
_LOG_FILE = Api("ABL401", "file_open", "opens_now")

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL401: opening files ----------------------------------------------------
    # open() of a constant path under /proc or /sys reads no disk (not_pseudo_fs).
    "builtins.open": Api("ABL401", "file_open", "not_pseudo_fs"),
    "bz2.open": Api("ABL401", "file_open"),
    "codecs.open": Api("ABL401", "file_open", "not_pseudo_fs"),
    "gzip.open": Api("ABL401", "file_open"),
    "io.open": Api("ABL401", "file_open", "not_pseudo_fs"),
    "io.open_code": Api("ABL401", "file_open"),
    "lzma.open": Api("ABL401", "file_open"),
    "os.fdopen": Api("ABL401", "file_fdopen"),
    "shelve.open": Api("ABL401", "file_open"),
    # A logging file handler opens its file when it is built, unless delay=True
    # defers that to the first record (see the guard in entry.py).
    "logging.FileHandler": _LOG_FILE,
    "logging.handlers.RotatingFileHandler": _LOG_FILE,
    "logging.handlers.TimedRotatingFileHandler": _LOG_FILE,
    "logging.handlers.WatchedFileHandler": _LOG_FILE,
    # In-memory buffers: no file descriptor, nothing to wait for.
    "io.BytesIO": None,
    "io.StringIO": None,
    # --- ABL401: raw file-descriptor I/O ---------------------------------------
    "os.copy_file_range": _FILE_RAW,
    "os.fdatasync": _FILE_RAW,
    "os.fsync": _FILE_RAW,
    "os.ftruncate": _FILE_RAW,
    "os.open": _FILE_RAW,
    "os.posix_fallocate": _FILE_RAW,
    "os.pread": _FILE_RAW,
    "os.preadv": _FILE_RAW,
    "os.pwrite": _FILE_RAW,
    "os.pwritev": _FILE_RAW,
    "os.read": _FILE_RAW,
    "os.readv": _FILE_RAW,
    "os.sendfile": Api("ABL401", "file_sendfile"),
    "os.splice": _FILE_RAW,
    "os.sync": _FILE_RAW,
    "os.truncate": _FILE_RAW,
    "os.write": _FILE_RAW,
    "os.writev": _FILE_RAW,
    # close(2), dup(2) and lseek(2) touch the descriptor table only.
    "os.close": None,
    "os.dup": None,
    "os.lseek": None,
    # --- ABL401: serialisers reading or writing a file object -------------------
    # json.load and pickle.load are GIL-holding parses of the 5xx family (ABL503);
    # the file they read is reported where it is opened.  The *loads/*dumps
    # string forms touch memory only.
    "json.dump": _FILE_LOAD,
    "marshal.dump": _FILE_LOAD,
    "marshal.load": _FILE_LOAD,
    "pickle.dump": _FILE_LOAD,
    "plistlib.dump": _FILE_LOAD,
    "plistlib.load": _FILE_LOAD,
    "tomllib.load": _FILE_LOAD,
    # --- ABL401: archives --------------------------------------------------------
    "tarfile.TarFile": _ARCHIVE,
    "tarfile.TarFile.open": _ARCHIVE,
    "tarfile.open": _ARCHIVE,
    # Reported over an io.BytesIO too: unpacking an upload is work to offload.
    "zipfile.ZipFile": _ARCHIVE,
    # is_zipfile()/is_tarfile() open the path and read its header.
    "tarfile.is_tarfile": _ARCHIVE,
    "zipfile.is_zipfile": _ARCHIVE,
    # --- ABL401: package data ------------------------------------------------------
    "importlib.resources.as_file": _RESOURCE,
    "importlib.resources.contents": _RESOURCE,
    "importlib.resources.open_binary": _RESOURCE,
    "importlib.resources.open_text": _RESOURCE,
    "importlib.resources.read_binary": _RESOURCE,
    "importlib.resources.read_text": _RESOURCE,
    "pkgutil.get_data": _RESOURCE,
    # files() only finds the package's location; reads on the result are listed.
    "importlib.resources.files": None,
    # Source lines are cached after the first read; traceback formatting in an
    # except block is expected in handlers (heuristic, default off per catalogue).
    "linecache.getline": None,
    "traceback.format_exc": None,
    "traceback.format_exception": None,
    "traceback.format_stack": None,
    "traceback.print_exc": None,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL102: file locks --------------------------------------------------------
    # acquire() polls with time.sleep() until another process lets go: a wait, as
    # for threading locks (acquire(blocking=False) or timeout=0 tries once).
    "filelock.BaseFileLock.acquire": _FILE_LOCK,
    "filelock.BaseFileLock.release": None,  # never waits
    # --- ABL401: configparser --------------------------------------------------------
    # read() opens and reads each named file.
    "configparser.RawConfigParser.read": _FILE_LOAD,
    # read_string()/read_dict() parse memory only.
    "configparser.RawConfigParser.read_dict": None,
    "configparser.RawConfigParser.read_string": None,
    # --- ABL401: package data ------------------------------------------------------
    "importlib.resources.abc.Traversable.is_dir": _RESOURCE,
    "importlib.resources.abc.Traversable.is_file": _RESOURCE,
    "importlib.resources.abc.Traversable.iterdir": _RESOURCE,
    "importlib.resources.abc.Traversable.open": _RESOURCE,
    "importlib.resources.abc.Traversable.read_bytes": _RESOURCE,
    "importlib.resources.abc.Traversable.read_text": _RESOURCE,
    "importlib.resources.abc.Traversable.joinpath": None,  # path arithmetic
    # --- ABL401: archives --------------------------------------------------------
    "tarfile.TarFile.add": _ARCHIVE,
    "tarfile.TarFile.addfile": _ARCHIVE,
    "tarfile.TarFile.close": _ARCHIVE,  # writes the end-of-archive blocks
    "tarfile.TarFile.extract": _ARCHIVE,
    "tarfile.TarFile.extractall": _ARCHIVE,
    "tarfile.TarFile.extractfile": _ARCHIVE,
    "tarfile.TarFile.getmember": _ARCHIVE,  # may scan the whole archive
    "tarfile.TarFile.getmembers": _ARCHIVE,
    "tarfile.TarFile.getnames": _ARCHIVE,
    "tarfile.TarFile.next": _ARCHIVE,
    "zipfile.ZipFile.close": _ARCHIVE,  # writes the central directory
    "zipfile.ZipFile.extract": _ARCHIVE,
    "zipfile.ZipFile.extractall": _ARCHIVE,
    "zipfile.ZipFile.open": _ARCHIVE,
    "zipfile.ZipFile.read": _ARCHIVE,
    "zipfile.ZipFile.testzip": _ARCHIVE,
    "zipfile.ZipFile.write": _ARCHIVE,
    "zipfile.ZipFile.writestr": _ARCHIVE,
    # The member list is read by the constructor (reported) and kept in memory.
    "zipfile.ZipFile.getinfo": None,
    "zipfile.ZipFile.infolist": None,
    "zipfile.ZipFile.namelist": None,
    # --- ABL401: sync file objects ------------------------------------------------
    # close() flushes the write buffer and may wait for the disk (NFS flushes on
    # close), so it is reported like the writes that filled the buffer.
    "typing.IO.close": _FILE_IO,
    "typing.IO.flush": _FILE_IO,
    "typing.IO.read": _FILE_IO,
    "typing.IO.read1": _FILE_IO,
    "typing.IO.readinto": _FILE_IO,
    "typing.IO.readinto1": _FILE_IO,
    "typing.IO.readline": _FILE_IO,
    "typing.IO.readlines": _FILE_IO,
    "typing.IO.truncate": _FILE_IO,
    "typing.IO.write": _FILE_IO,
    "typing.IO.writelines": _FILE_IO,
    # seek()/tell() are one lseek(2) with no data transfer (a pending write buffer
    # is flushed, but the writes that filled it are reported already); the rest
    # read flags or the descriptor number.
    "typing.IO.fileno": None,
    "typing.IO.isatty": None,
    "typing.IO.readable": None,
    "typing.IO.seek": None,
    "typing.IO.seekable": None,
    "typing.IO.tell": None,
    "typing.IO.writable": None,
}

WITH: Mapping[str, Api] = {
    # Entering acquires with no timeout (see METHODS).
    "filelock.BaseFileLock": Api("ABL102", "file_lock"),
}

# Wrappers that make a sync file async -> the calls whose result they may
# wrap without a finding: ``trio.wrap_file(os.fdopen(0))`` is the fix the
# message of os.fdopen() suggests, and fdopen() of a descriptor opens no path.
WRAPS: Mapping[str, frozenset[str]] = {
    "anyio.wrap_file": frozenset({"os.fdopen"}),
    "trio.wrap_file": frozenset({"os.fdopen"}),
}

# Parsers whose first argument may be an open file: given one (a name bound to
# ``open()``, or to a file opened in a thread), they read it like ``f.read()``
# and are reported as file reads, default on, instead of as the opt-in parse.
FILE_PARSERS: frozenset[str] = frozenset(
    {
        "json.load", "pickle.load", "simplejson.load", "yaml.full_load", "yaml.load",
        "yaml.load_all", "yaml.safe_load", "yaml.safe_load_all", "yaml.unsafe_load",
    }
)

ITERATE: Mapping[str, Api] = {
    "tarfile.TarFile": _ARCHIVE,  # reads each member header
    "typing.IO": _FILE_IO,
}

RETURNS: Mapping[str, str] = {
    # Known as classes so that a subclass's constructor is judged by them.
    "logging.FileHandler": "logging.FileHandler",
    "logging.handlers.RotatingFileHandler": "logging.handlers.RotatingFileHandler",
    "logging.handlers.TimedRotatingFileHandler": "logging.handlers.TimedRotatingFileHandler",
    "logging.handlers.WatchedFileHandler": "logging.handlers.WatchedFileHandler",
    "builtins.open": "typing.IO",
    "bz2.open": "typing.IO",
    "codecs.open": "typing.IO",
    "configparser.ConfigParser": "configparser.RawConfigParser",
    "configparser.RawConfigParser": "configparser.RawConfigParser",
    "filelock.BaseFileLock": "filelock.BaseFileLock",
    "filelock.FileLock": "filelock.BaseFileLock",
    "filelock.SoftFileLock": "filelock.BaseFileLock",
    "filelock.UnixFileLock": "filelock.BaseFileLock",
    "filelock.WindowsFileLock": "filelock.BaseFileLock",
    "gzip.open": "typing.IO",
    "importlib.resources.files": "importlib.resources.abc.Traversable",
    "importlib.resources.open_binary": "typing.IO",
    "importlib.resources.open_text": "typing.IO",
    "io.BytesIO": "io.BytesIO",
    "io.StringIO": "io.StringIO",
    "io.open": "typing.IO",
    "io.open_code": "typing.IO",
    "lzma.open": "typing.IO",
    "os.fdopen": "typing.IO",
    "tarfile.TarFile": "tarfile.TarFile",
    "tarfile.TarFile.open": "tarfile.TarFile",
    "tarfile.open": "tarfile.TarFile",
    "zipfile.ZipFile": "zipfile.ZipFile",
}

MEMBERS: Mapping[str, str] = {
    "importlib.resources.abc.Traversable.joinpath()": "importlib.resources.abc.Traversable",
    "importlib.resources.abc.Traversable.open()": "typing.IO",
    "importlib.resources.abc.Traversable/": "importlib.resources.abc.Traversable",
    "tarfile.TarFile.extractfile()": "typing.IO",
    "typing.IO.buffer": "typing.IO",
    "zipfile.ZipFile.open()": "typing.IO",
}

ALIASES: Mapping[str, str] = {
    "_io.BufferedRandom": "typing.IO",
    "_io.BufferedReader": "typing.IO",
    "_io.BufferedWriter": "typing.IO",
    "_io.FileIO": "typing.IO",
    "_io.TextIOWrapper": "typing.IO",
    "codecs.StreamReaderWriter": "typing.IO",
    "configparser.ConfigParser": "configparser.RawConfigParser",
    "configparser.SafeConfigParser": "configparser.RawConfigParser",
    "filelock.FileLock": "filelock.BaseFileLock",
    "filelock.SoftFileLock": "filelock.BaseFileLock",
    "filelock.UnixFileLock": "filelock.BaseFileLock",
    "filelock.WindowsFileLock": "filelock.BaseFileLock",
    "importlib.abc.Traversable": "importlib.resources.abc.Traversable",
    "io.BufferedRandom": "typing.IO",
    "io.BufferedReader": "typing.IO",
    "io.BufferedWriter": "typing.IO",
    "io.FileIO": "typing.IO",
    "io.TextIOWrapper": "typing.IO",
    "typing.BinaryIO": "typing.IO",
    "typing.TextIO": "typing.IO",
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    "file_archive": {
        "asyncio": "await asyncio.to_thread() for the whole job",
        "anyio": "await anyio.to_thread.run_sync() for the whole job",
        "trio": "await trio.to_thread.run_sync() for the whole job",
    },
    "file_fdopen": {
        "asyncio": "aiofiles.open() on the path, or anyio.wrap_file()",
        "anyio": "anyio.wrap_file() around the file",
        "trio": "trio.wrap_file() around the file",
    },
    "file_io": {
        "asyncio": "a file from aiofiles or anyio.open_file(), awaited",
        "anyio": "a file from anyio.open_file(), awaited",
        "trio": "a file from trio.open_file(), awaited",
    },
    "file_lock": {
        "asyncio": "filelock.AsyncFileLock",
        "anyio": "await anyio.to_thread.run_sync(lock.acquire)",
        "trio": "await trio.to_thread.run_sync(lock.acquire)",
    },
    "file_open": {
        "asyncio": "aiofiles.open() or await anyio.open_file()",
        "anyio": "await anyio.open_file()",
        "trio": "await trio.open_file()",
    },
    "file_parse": {
        "asyncio": "an async file read or write and the string form",
        "anyio": "an async file read or write and the string form",
        "trio": "an async file read or write and the string form",
    },
    "file_raw": {
        "asyncio": "await asyncio.to_thread(fn, fd, ...)",
        "anyio": "await anyio.to_thread.run_sync(fn, fd, ...)",
        "trio": "await trio.to_thread.run_sync(fn, fd, ...)",
    },
    "file_resource": {
        "asyncio": "a read at start-up, or asyncio.to_thread()",
        "anyio": "a read at start-up, or anyio.to_thread.run_sync()",
        "trio": "a read at start-up, or trio.to_thread.run_sync()",
    },
    "file_sendfile": {
        "asyncio": "await loop.sendfile() or loop.sock_sendfile()",
        "anyio": "await anyio.to_thread.run_sync(os.sendfile, ...)",
        "trio": "await trio.to_thread.run_sync(os.sendfile, ...)",
    },
}
