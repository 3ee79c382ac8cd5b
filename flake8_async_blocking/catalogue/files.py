"""Family 4xx: files, pathlib, os and shutil file-system calls, subprocesses.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Types of this family:

``typing.IO``          a sync file object (``open()``, ``io.open``, ``codecs.open``,
                       ``os.fdopen``, ``gzip.open``, ``Path.open()``...); the annotations
                       ``IO[str]``, ``TextIO``, ``BinaryIO`` and the concrete ``io`` classes
                       are aliases of it.  ``io.StringIO`` and ``io.BytesIO`` are types of
                       their own with no rows: they hold no file descriptor.
``pathlib.Path``       a concrete path; ``PurePath`` is not one (it has no I/O).
``os._wrap_close``     what ``os.popen()`` returns: reads wait for the command.
``subprocess.Popen``   a started process; ``subprocess.pipe`` is the pseudo-type of
                       its ``stdin``/``stdout``/``stderr`` pipes.

Not listed on purpose: ``fcntl.flock``/``fcntl.lockf`` (no guard tells ``LOCK_NB`` apart),
``mmap`` (page faults cannot be seen statically), ``csv.reader`` (as often over an
``io.StringIO`` as over a file; the ``open()`` feeding it is reported), the ``os.exec*``
family (it never returns, so it does not block the loop; it replaces the process).
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
_PATH_IO = Api("ABL402", "path_io")
_OS_FS = Api("ABL403", "os_fs")
_OS_DIR = Api("ABL403", "os_dir")
_SHUTIL = Api("ABL403", "os_shutil")
_TEMPFILE = Api("ABL403", "os_tempfile")
_RUN = Api("ABL404", "subprocess_run")
_SHELL = Api("ABL404", "subprocess_shell")
_SPAWN = Api("ABL404", "subprocess_spawn")
_WAIT = Api("ABL404", "subprocess_wait")
_WAIT_PID = Api("ABL404", "subprocess_wait", "wnohang")
_PIPE = Api("ABL404", "subprocess_pipe")
_FORK = Api("ABL404", "subprocess_fork")
_PROC_OFFLOAD = Api("ABL404", "subprocess_offload")

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
    "os.fstat": _OS_FS,
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
    # --- ABL404: subprocess --------------------------------------------------------------
    "subprocess.Popen": _SPAWN,
    "subprocess.call": _RUN,
    "subprocess.check_call": _RUN,
    "subprocess.check_output": _RUN,
    "subprocess.getoutput": _SHELL,
    "subprocess.getstatusoutput": _SHELL,
    "subprocess.run": _RUN,
    # list2cmdline() joins strings.
    "subprocess.list2cmdline": None,
    # --- ABL404: os process calls ----------------------------------------------------------
    "os.fork": _FORK,
    "os.forkpty": _FORK,
    "os.popen": _SHELL,
    "os.posix_spawn": _SPAWN,
    "os.posix_spawnp": _SPAWN,
    "os.spawnl": _SPAWN,
    "os.spawnle": _SPAWN,
    "os.spawnlp": _SPAWN,
    "os.spawnlpe": _SPAWN,
    "os.spawnv": _SPAWN,
    "os.spawnve": _SPAWN,
    "os.spawnvp": _SPAWN,
    "os.spawnvpe": _SPAWN,
    "os.system": _SHELL,
    "os.wait": _WAIT_PID,
    "os.wait3": _WAIT_PID,
    "os.wait4": _WAIT_PID,
    "os.waitid": _WAIT_PID,
    "os.waitpid": _WAIT_PID,
    # kill(2) sends a signal and returns; the status helpers decode an int.
    "os.kill": None,
    "os.waitstatus_to_exitcode": None,
    # --- ABL404: other process starters ----------------------------------------------------
    # find_library() runs ldconfig or gcc on every call.
    "ctypes.util.find_library": _PROC_OFFLOAD,
    "pty.fork": _FORK,
    "pty.spawn": _PROC_OFFLOAD,
    # webbrowser.open() runs a browser command and, for most, waits for it.
    "webbrowser.open": _PROC_OFFLOAD,
    "webbrowser.open_new": _PROC_OFFLOAD,
    "webbrowser.open_new_tab": _PROC_OFFLOAD,
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
    # --- ABL404: subprocess --------------------------------------------------------------
    "os._wrap_close.close": _PIPE,  # waits for the command to exit
    "os._wrap_close.read": _PIPE,
    "os._wrap_close.readline": _PIPE,
    "os._wrap_close.readlines": _PIPE,
    "os._wrap_close.write": _PIPE,
    "subprocess.Popen.communicate": _WAIT,
    "subprocess.Popen.wait": _WAIT,
    # poll() is a WNOHANG wait; the signal senders return at once.
    "subprocess.Popen.kill": None,
    "subprocess.Popen.poll": None,
    "subprocess.Popen.send_signal": None,
    "subprocess.Popen.terminate": None,
    "subprocess.pipe.flush": _PIPE,
    "subprocess.pipe.read": _PIPE,
    "subprocess.pipe.read1": _PIPE,
    "subprocess.pipe.readinto": _PIPE,
    "subprocess.pipe.readline": _PIPE,
    "subprocess.pipe.readlines": _PIPE,
    "subprocess.pipe.write": _PIPE,  # waits while the pipe is full
    "subprocess.pipe.writelines": _PIPE,
    # Closing a pipe end never waits for the child.
    "subprocess.pipe.close": None,
    "subprocess.pipe.fileno": None,
    # With the spawn or forkserver start method start() launches an interpreter;
    # with fork it copies the running loop into the child.
    "multiprocessing.Process.start": _FORK,
}

WITH: Mapping[str, Api] = {
    # Entering acquires with no timeout (see METHODS).
    "filelock.BaseFileLock": Api("ABL102", "file_lock"),
}

ITERATE: Mapping[str, Api] = {
    "os._wrap_close": _PIPE,
    "subprocess.pipe": _PIPE,
    "tarfile.TarFile": _ARCHIVE,  # reads each member header
    "typing.IO": _FILE_IO,
}

RETURNS: Mapping[str, str] = {
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
    "os.popen": "os._wrap_close",
    "pathlib.Path": "pathlib.Path",
    "pathlib.Path.cwd": "pathlib.Path",
    "pathlib.Path.home": "pathlib.Path",
    "pathlib.PosixPath": "pathlib.Path",
    "pathlib.WindowsPath": "pathlib.Path",
    "subprocess.Popen": "subprocess.Popen",
    "tarfile.TarFile": "tarfile.TarFile",
    "tarfile.TarFile.open": "tarfile.TarFile",
    "tarfile.open": "tarfile.TarFile",
    "tempfile.NamedTemporaryFile": "typing.IO",
    "tempfile.TemporaryDirectory": "tempfile.TemporaryDirectory",
    "tempfile.TemporaryFile": "typing.IO",
    "zipfile.ZipFile": "zipfile.ZipFile",
}

MEMBERS: Mapping[str, str] = {
    "importlib.resources.abc.Traversable.joinpath()": "importlib.resources.abc.Traversable",
    "importlib.resources.abc.Traversable.open()": "typing.IO",
    "importlib.resources.abc.Traversable/": "importlib.resources.abc.Traversable",
    "pathlib.Path.absolute()": "pathlib.Path",
    "pathlib.Path.cwd()": "pathlib.Path",
    "pathlib.Path.expanduser()": "pathlib.Path",
    "pathlib.Path.home()": "pathlib.Path",
    "pathlib.Path.joinpath()": "pathlib.Path",
    "pathlib.Path.open()": "typing.IO",
    "pathlib.Path.parent": "pathlib.Path",
    "pathlib.Path.parents": "pathlib._PathParents",
    "pathlib.Path.readlink()": "pathlib.Path",
    "pathlib.Path.relative_to()": "pathlib.Path",
    "pathlib.Path.rename()": "pathlib.Path",
    "pathlib.Path.replace()": "pathlib.Path",
    "pathlib.Path.resolve()": "pathlib.Path",
    "pathlib.Path.with_name()": "pathlib.Path",
    "pathlib.Path.with_segments()": "pathlib.Path",
    "pathlib.Path.with_stem()": "pathlib.Path",
    "pathlib.Path.with_suffix()": "pathlib.Path",
    "pathlib.Path/": "pathlib.Path",
    "pathlib._PathParents[]": "pathlib.Path",
    "subprocess.Popen.stderr": "subprocess.pipe",
    "subprocess.Popen.stdin": "subprocess.pipe",
    "subprocess.Popen.stdout": "subprocess.pipe",
    "tarfile.TarFile.extractfile()": "typing.IO",
    "typing.IO.buffer": "typing.IO",
    "zipfile.ZipFile.open()": "typing.IO",
}

# No module-level objects of this family: sys.stdout and sys.stderr are left
# untyped on purpose, so their writes are never reported as file I/O.
VALUES: Mapping[str, str] = {}

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
    "pathlib.PosixPath": "pathlib.Path",
    "pathlib.WindowsPath": "pathlib.Path",
    "pathlib._local.Path": "pathlib.Path",
    "pathlib._local.PosixPath": "pathlib.Path",
    "pathlib._local.WindowsPath": "pathlib.Path",
    "tempfile._TemporaryFileWrapper": "typing.IO",
    "typing.BinaryIO": "typing.IO",
    "typing.TextIO": "typing.IO",
}

ENTERS: Mapping[str, Optional[str]] = {
    # `with TemporaryDirectory() as d` binds the directory name, a str.
    "tempfile.TemporaryDirectory": None,
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
    "subprocess_fork": {
        "asyncio": "create_subprocess_exec() or a ProcessPoolExecutor",
        "anyio": "anyio.to_process.run_sync() or anyio.run_process()",
        "trio": "trio_parallel.run_sync() or trio.run_process()",
    },
    "subprocess_offload": {
        "asyncio": "await asyncio.to_thread(fn, ...)",
        "anyio": "await anyio.to_thread.run_sync(fn, ...)",
        "trio": "await trio.to_thread.run_sync(fn, ...)",
    },
    "subprocess_pipe": {
        "asyncio": "the streams of asyncio.create_subprocess_exec()",
        "anyio": "the streams of anyio.open_process()",
        "trio": "the streams of trio.lowlevel.open_process()",
    },
    "subprocess_run": {
        "asyncio": "asyncio.create_subprocess_exec() and communicate()",
        "anyio": "await anyio.run_process()",
        "trio": "await trio.run_process()",
    },
    "subprocess_shell": {
        "asyncio": "await asyncio.create_subprocess_shell()",
        "anyio": "await anyio.run_process() with a command string",
        "trio": "await trio.run_process(cmd, shell=True)",
    },
    "subprocess_spawn": {
        "asyncio": "await asyncio.create_subprocess_exec()",
        "anyio": "await anyio.open_process()",
        "trio": "await nursery.start(trio.run_process, ...)",
    },
    "subprocess_wait": {
        "asyncio": "await proc.wait() of create_subprocess_exec()",
        "anyio": "await process.wait() of anyio.open_process()",
        "trio": "await process.wait() of a trio.Process",
    },
}
