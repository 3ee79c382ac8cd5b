"""Family 4xx, continued: data files read and written by the scientific stack.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

pandas' readers and writers, numpy's loaders and savers and h5py's files do
their I/O in the call, then parse or serialise what they read: a data file of
a few megabytes costs tens to hundreds of milliseconds.  None has an async
twin; the advice is a worker thread (most of the parsing releases the GIL).
A reader handed an in-memory buffer reads no file, but it still parses the
whole input in the call, so it is reported all the same.  A writer with no
path (``df.to_csv()``, ``df.to_json()``) returns a string, and one given an
in-memory buffer (``np.savetxt(buffer, a)`` after ``buffer = io.BytesIO()``)
writes no file: neither is reported.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_DATA = Api("ABL401", "data_file")
_WRITE = Api("ABL401", "data_file", "to_a_file")
_DATAFRAME = "pandas.DataFrame"

_PANDAS_DATAERS = (
    "read_csv",
    "read_excel",
    "read_feather",
    "read_fwf",
    "read_hdf",
    "read_json",
    "read_orc",
    "read_parquet",
    "read_pickle",
    "read_sas",
    "read_spss",
    "read_stata",
    "read_table",
    "read_xml",
)
# Writers that return the text when given no path.
_PANDAS_TEXT_WRITERS = ("to_csv", "to_json", "to_markdown", "to_xml")
# Writers that always write a file (or a buffer they are given).
_PANDAS_FILE_WRITERS = ("to_excel", "to_feather", "to_hdf", "to_orc", "to_parquet", "to_pickle")
# DataFrame methods that give a DataFrame: enough to follow the usual chains.
_PANDAS_FRAME_METHODS = (
    "assign",
    "copy",
    "drop",
    "drop_duplicates",
    "dropna",
    "fillna",
    "head",
    "merge",
    "query",
    "rename",
    "reset_index",
    "set_index",
    "sort_values",
    "tail",
)

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL401: data files -------------------------------------------------------
    **{f"pandas.{name}": _DATA for name in _PANDAS_DATAERS},
    "numpy.fromfile": _DATA,
    "numpy.genfromtxt": _DATA,
    "numpy.load": _DATA,
    "numpy.loadtxt": _DATA,
    "numpy.save": _WRITE,
    "numpy.savetxt": _WRITE,
    "numpy.savez": _WRITE,
    "numpy.savez_compressed": _WRITE,
    "h5py.File": _DATA,
    # Building a frame from data in memory reads no file.
    "pandas.DataFrame": None,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL401: data files -------------------------------------------------------
    **{f"{_DATAFRAME}.{name}": _WRITE for name in _PANDAS_TEXT_WRITERS},
    **{f"{_DATAFRAME}.{name}": _WRITE for name in _PANDAS_FILE_WRITERS},
    "numpy.ndarray.tofile": _WRITE,
    "h5py.Dataset.read_direct": _DATA,
    "h5py.Dataset.write_direct": _DATA,
}

RETURNS: Mapping[str, str] = {
    **{f"pandas.{name}": _DATAFRAME for name in _PANDAS_DATAERS if name != "read_hdf"},
    "pandas.DataFrame": _DATAFRAME,
    "pandas.concat": _DATAFRAME,
    "h5py.File": "h5py.File",
}

MEMBERS: Mapping[str, str] = {
    **{f"{_DATAFRAME}.{name}()": _DATAFRAME for name in _PANDAS_FRAME_METHODS},
}

ALIASES: Mapping[str, str] = {
    "pandas.core.frame.DataFrame": _DATAFRAME,
    "h5py._hl.files.File": "h5py.File",
    "h5py._hl.dataset.Dataset": "h5py.Dataset",
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    "data_file": {
        "asyncio": "await asyncio.to_thread(fn, ...): there is no async twin",
        "anyio": "await anyio.to_thread.run_sync(fn, ...): there is no async twin",
        "trio": "await trio.to_thread.run_sync(fn, ...): there is no async twin",
    },
}
