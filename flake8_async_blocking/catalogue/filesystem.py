"""Family 4xx, ABL402 and ABL403: pathlib, os, os.path, shutil and tempfile calls.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Types of this module:

``pathlib.Path``       a concrete path; ``PurePath`` is not one (it has no I/O).
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_PATH_IO = Api("ABL402", "path_io")
_OS_FS = Api("ABL403", "os_fs")
_OS_DIR = Api("ABL403", "os_dir")
_SHUTIL = Api("ABL403", "os_shutil")
_TEMPFILE = Api("ABL403", "os_tempfile")
_NSS = Api("ABL403", "os_nss")

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL402: pathlib class calls -------------------------------------------------
    # Building a path is string work.
    "pathlib.Path": None,
    "pathlib.PosixPath": None,
    "pathlib.PurePath": None,
    "pathlib.PurePosixPath": None,
    "pathlib.PureWindowsPath": None,
    "pathlib.WindowsPath": None,
    # cwd() is one getcwd(2) and home() reads $HOME: cheap (default off per catalogue).
    "pathlib.Path.cwd": None,
    "pathlib.Path.home": None,
    # --- ABL403: os and os.path metadata -------------------------------------------
    "os.access": _OS_FS,
    "os.chflags": _OS_FS,
    "os.chmod": _OS_FS,
    "os.chown": _OS_FS,
    "os.fchmod": _OS_FS,
    "os.fchown": _OS_FS,
    # The metadata of a descriptor already open: no path look-up, no disk wait.
    "os.fstat": None,
    "os.fstatvfs": _OS_FS,
    "os.lchflags": _OS_FS,
    "os.lchmod": _OS_FS,
    "os.lchown": _OS_FS,
    "os.link": _OS_FS,
    "os.lstat": _OS_FS,
    "os.makedirs": _OS_FS,
    "os.mkdir": _OS_FS,
    "os.mkfifo": _OS_FS,
    "os.mknod": _OS_FS,
    "os.path.exists": _OS_FS,
    "os.path.getatime": _OS_FS,
    "os.path.getctime": _OS_FS,
    "os.path.getmtime": _OS_FS,
    "os.path.getsize": _OS_FS,
    "os.path.isdevdrive": _OS_FS,
    "os.path.isdir": _OS_FS,
    "os.path.isfile": _OS_FS,
    "os.path.isjunction": _OS_FS,
    "os.path.islink": _OS_FS,
    "os.path.ismount": _OS_FS,
    "os.path.lexists": _OS_FS,
    "os.path.realpath": _OS_FS,
    "os.path.samefile": _OS_FS,
    "os.path.sameopenfile": _OS_FS,
    "os.readlink": _OS_FS,
    "os.remove": _OS_FS,
    "os.removedirs": _OS_FS,
    "os.rename": _OS_FS,
    "os.renames": _OS_FS,
    "os.replace": _OS_FS,
    "os.rmdir": _OS_FS,
    "os.stat": _OS_FS,
    "os.statvfs": _OS_FS,
    "os.symlink": _OS_FS,
    "os.unlink": _OS_FS,
    "os.utime": _OS_FS,
    # getcwd(2) and chdir(2) do no disk I/O (default off per catalogue); chdir's
    # real hazard, one cwd shared by every task, is not a block.
    "os.chdir": None,
    "os.getcwd": None,
    "os.getcwdb": None,
    # abspath/relpath call getcwd() for relative paths only; expanduser reads
    # $HOME (the pwd database only when it is unset): cheap, default off.
    "os.path.abspath": None,
    "os.path.expanduser": None,
    "os.path.relpath": None,
    # Pure string functions: they never touch the file system.
    "os.fspath": None,
    "os.path.basename": None,
    "os.path.commonpath": None,
    "os.path.commonprefix": None,
    "os.path.dirname": None,
    "os.path.expandvars": None,
    "os.path.isabs": None,
    "os.path.join": None,
    "os.path.normcase": None,
    "os.path.normpath": None,
    "os.path.split": None,
    "os.path.splitdrive": None,
    "os.path.splitext": None,
    "os.path.splitroot": None,
    # samestat() compares two stat results already taken.
    "os.path.samestat": None,
    # --- ABL403: directory reads -----------------------------------------------------
    "glob.glob": _OS_DIR,
    "glob.glob0": _OS_DIR,
    "glob.glob1": _OS_DIR,
    "glob.iglob": _OS_DIR,
    "os.fwalk": _OS_DIR,
    "os.listdir": _OS_DIR,
    "os.scandir": _OS_DIR,
    "os.walk": _OS_DIR,
    # Module discovery lists each directory of the search path (walk_packages
    # also imports the packages it finds, to look inside them).
    "pkgutil.iter_modules": _OS_DIR,
    "pkgutil.walk_packages": _OS_DIR,
    # Pattern helpers: string work only.
    "glob.escape": None,
    "glob.translate": None,
    # --- ABL403: shutil --------------------------------------------------------------
    "shutil.chown": _SHUTIL,
    "shutil.copy": _SHUTIL,
    "shutil.copy2": _SHUTIL,
    "shutil.copyfile": _SHUTIL,
    "shutil.copyfileobj": _SHUTIL,
    "shutil.copymode": _SHUTIL,
    "shutil.copystat": _SHUTIL,
    "shutil.copytree": _SHUTIL,
    "shutil.disk_usage": _SHUTIL,
    "shutil.make_archive": _SHUTIL,
    "shutil.move": _SHUTIL,
    "shutil.rmtree": _SHUTIL,
    "shutil.unpack_archive": _SHUTIL,
    # which() stats every entry of $PATH on each call.
    "shutil.which": Api("ABL403", "os_which"),
    # ignore_patterns() builds a filter function; get_terminal_size() reads the
    # environment or one ioctl on the terminal.
    "shutil.get_terminal_size": None,
    "shutil.ignore_patterns": None,
    # --- ABL403: tempfile --------------------------------------------------------------
    "tempfile.NamedTemporaryFile": _TEMPFILE,
    "tempfile.TemporaryDirectory": _TEMPFILE,
    "tempfile.TemporaryFile": _TEMPFILE,
    "tempfile.mkdtemp": _TEMPFILE,
    "tempfile.mkstemp": _TEMPFILE,
    "tempfile.mktemp": _TEMPFILE,  # probes candidate names with lstat()
    # SpooledTemporaryFile keeps the data in memory until max_size; its rollover
    # to disk cannot be seen at the call.
    "tempfile.SpooledTemporaryFile": None,
    # gettempdir() probes candidate directories once, then answers from a cache
    # (heuristic, default off per catalogue).
    "tempfile.gettempdir": None,
    "tempfile.gettempdirb": None,
    # --- ABL403: user and group look-ups ------------------------------------------------
    # They go through NSS: /etc/passwd and /etc/group, or LDAP and SSSD over the
    # network, with no timeout the caller controls.
    "grp.getgrall": _NSS,
    "grp.getgrgid": _NSS,
    "grp.getgrnam": _NSS,
    "pwd.getpwall": _NSS,
    "pwd.getpwnam": _NSS,
    "pwd.getpwuid": _NSS,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL403: voluptuous schemas (see BUILT_WITH) ---------------------------------
    "voluptuous.PathSchema.__call__": Api("ABL403", "schema_paths"),
    # --- ABL402: pathlib.Path I/O --------------------------------------------------
    "pathlib.Path.chmod": _PATH_IO,
    "pathlib.Path.copy": _PATH_IO,
    "pathlib.Path.copy_into": _PATH_IO,
    "pathlib.Path.exists": _PATH_IO,
    "pathlib.Path.glob": _PATH_IO,
    "pathlib.Path.group": _PATH_IO,
    "pathlib.Path.hardlink_to": _PATH_IO,
    "pathlib.Path.is_block_device": _PATH_IO,
    "pathlib.Path.is_char_device": _PATH_IO,
    "pathlib.Path.is_dir": _PATH_IO,
    "pathlib.Path.is_fifo": _PATH_IO,
    "pathlib.Path.is_file": _PATH_IO,
    "pathlib.Path.is_junction": _PATH_IO,
    "pathlib.Path.is_mount": _PATH_IO,
    "pathlib.Path.is_socket": _PATH_IO,
    "pathlib.Path.is_symlink": _PATH_IO,
    "pathlib.Path.iterdir": _PATH_IO,
    "pathlib.Path.lchmod": _PATH_IO,
    "pathlib.Path.link_to": _PATH_IO,
    "pathlib.Path.lstat": _PATH_IO,
    "pathlib.Path.mkdir": _PATH_IO,
    "pathlib.Path.move": _PATH_IO,
    "pathlib.Path.move_into": _PATH_IO,
    "pathlib.Path.open": _PATH_IO,
    "pathlib.Path.owner": _PATH_IO,
    "pathlib.Path.read_bytes": _PATH_IO,
    "pathlib.Path.read_text": _PATH_IO,
    "pathlib.Path.readlink": _PATH_IO,
    "pathlib.Path.rename": _PATH_IO,
    "pathlib.Path.replace": _PATH_IO,
    "pathlib.Path.resolve": _PATH_IO,  # lstat() and readlink() per component
    "pathlib.Path.rglob": _PATH_IO,
    "pathlib.Path.rmdir": _PATH_IO,
    "pathlib.Path.samefile": _PATH_IO,
    "pathlib.Path.stat": _PATH_IO,
    "pathlib.Path.symlink_to": _PATH_IO,
    "pathlib.Path.touch": _PATH_IO,
    "pathlib.Path.unlink": _PATH_IO,
    "pathlib.Path.walk": _PATH_IO,
    "pathlib.Path.write_bytes": _PATH_IO,
    "pathlib.Path.write_text": _PATH_IO,
    # absolute()/cwd() are one getcwd(2), expanduser()/home() read $HOME: cheap
    # (default off per catalogue).
    "pathlib.Path.absolute": None,
    "pathlib.Path.cwd": None,
    "pathlib.Path.expanduser": None,
    "pathlib.Path.home": None,
    # Pure path arithmetic: string work only.
    "pathlib.Path.as_posix": None,
    "pathlib.Path.as_uri": None,
    "pathlib.Path.full_match": None,
    "pathlib.Path.is_absolute": None,
    "pathlib.Path.is_relative_to": None,
    "pathlib.Path.is_reserved": None,
    "pathlib.Path.joinpath": None,
    "pathlib.Path.match": None,
    "pathlib.Path.relative_to": None,
    "pathlib.Path.with_name": None,
    "pathlib.Path.with_segments": None,
    "pathlib.Path.with_stem": None,
    "pathlib.Path.with_suffix": None,
    # --- ABL403: tempfile -------------------------------------------------------------
    "tempfile.TemporaryDirectory.cleanup": Api("ABL403", "os_shutil"),  # rmtree()
}

RETURNS: Mapping[str, str] = {
    "pathlib.Path": "pathlib.Path",
    "pathlib.Path.cwd": "pathlib.Path",
    "pathlib.Path.home": "pathlib.Path",
    "pathlib.PosixPath": "pathlib.Path",
    "pathlib.WindowsPath": "pathlib.Path",
    "tempfile.NamedTemporaryFile": "typing.IO",
    "tempfile.TemporaryDirectory": "tempfile.TemporaryDirectory",
    "tempfile.TemporaryFile": "typing.IO",
}

MEMBERS: Mapping[str, str] = {
    "pathlib.Path.absolute()": "pathlib.Path",
    "pathlib.Path.cwd()": "pathlib.Path",
    "pathlib.Path.expanduser()": "pathlib.Path",
    "pathlib.Path.glob()": "[pathlib.Path]",  # an iterator of paths (see origins.py)
    "pathlib.Path.home()": "pathlib.Path",
    "pathlib.Path.iterdir()": "[pathlib.Path]",
    "pathlib.Path.joinpath()": "pathlib.Path",
    "pathlib.Path.open()": "typing.IO",
    "pathlib.Path.parent": "pathlib.Path",
    "pathlib.Path.parents": "pathlib._PathParents",
    "pathlib.Path.readlink()": "pathlib.Path",
    "pathlib.Path.relative_to()": "pathlib.Path",
    "pathlib.Path.rename()": "pathlib.Path",
    "pathlib.Path.replace()": "pathlib.Path",
    "pathlib.Path.resolve()": "pathlib.Path",
    "pathlib.Path.rglob()": "[pathlib.Path]",
    "pathlib.Path.with_name()": "pathlib.Path",
    "pathlib.Path.with_segments()": "pathlib.Path",
    "pathlib.Path.with_stem()": "pathlib.Path",
    "pathlib.Path.with_suffix()": "pathlib.Path",
    "pathlib.Path/": "pathlib.Path",
    "pathlib._PathParents[]": "pathlib.Path",
}

ALIASES: Mapping[str, str] = {
    "pathlib.PosixPath": "pathlib.Path",
    "pathlib.WindowsPath": "pathlib.Path",
    "pathlib._local.Path": "pathlib.Path",
    "pathlib._local.PosixPath": "pathlib.Path",
    "pathlib._local.WindowsPath": "pathlib.Path",
    "tempfile._TemporaryFileWrapper": "typing.IO",
}

ENTERS: Mapping[str, Optional[str]] = {
    # `with TemporaryDirectory() as d` binds the directory name, a str.
    "tempfile.TemporaryDirectory": None,
}

# voluptuous.IsDir(), IsFile() and PathExists() call os.path.isdir(), isfile() and
# exists() on the value they validate: a schema built with one stats the disk each
# time it is called.  Building the schema or the validator reads nothing.
_PATH_VALIDATORS = frozenset({"voluptuous.IsDir", "voluptuous.IsFile", "voluptuous.PathExists"})
BUILT_WITH: Mapping[str, tuple[frozenset[str], str]] = {
    "voluptuous.All": (_PATH_VALIDATORS, "voluptuous.PathSchema"),
    "voluptuous.Any": (_PATH_VALIDATORS, "voluptuous.PathSchema"),
    "voluptuous.Schema": (_PATH_VALIDATORS, "voluptuous.PathSchema"),
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    # The schema's IsDir()/IsFile()/PathExists() validators stat the disk.
    "schema_paths": {
        "asyncio": "await asyncio.to_thread(schema, value): its path validators stat the disk",
        "anyio": "await anyio.to_thread.run_sync(schema, value): its path validators stat",
        "trio": "await trio.to_thread.run_sync(schema, value): its path validators stat",
    },
    "os_dir": {
        "asyncio": "asyncio.to_thread() or anyio.Path(d).iterdir()/glob()",
        "anyio": "async for over anyio.Path(d).iterdir()/glob()",
        "trio": "await trio.Path(d).iterdir()/glob()",
    },
    "os_fs": {
        "asyncio": "aiofiles.os or an anyio.Path method, awaited",
        "anyio": "the anyio.Path method, awaited",
        "trio": "the trio.Path method, awaited",
    },
    "os_nss": {
        "asyncio": "a look-up once at start-up, or await asyncio.to_thread(fn, ...)",
        "anyio": "a look-up once at start-up, or await anyio.to_thread.run_sync(fn, ...)",
        "trio": "a look-up once at start-up, or await trio.to_thread.run_sync(fn, ...)",
    },
    "os_shutil": {
        "asyncio": "await asyncio.to_thread(fn, ...)",
        "anyio": "await anyio.to_thread.run_sync(fn, ...)",
        "trio": "await trio.to_thread.run_sync(fn, ...)",
    },
    "os_tempfile": {
        "asyncio": "aiofiles.tempfile or anyio's tempfile API",
        "anyio": "anyio's tempfile API (anyio.mkdtemp...)",
        "trio": "await trio.to_thread.run_sync(fn, ...)",
    },
    "os_which": {
        "asyncio": "a look-up once at start-up",
        "anyio": "a look-up once at start-up",
        "trio": "a look-up once at start-up",
    },
    "path_io": {
        "asyncio": "anyio.Path, awaited, or asyncio.to_thread()",
        "anyio": "anyio.Path and await the method",
        "trio": "trio.Path and await the method",
    },
}
