"""Family 3xx, ABL301: sync SQL drivers: psycopg2, psycopg 3, MySQL, sqlite3, ODBC, Oracle.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Connections and cursors of the DB-API drivers have no public class in some
drivers; they get pseudo-types (``psycopg2.connection``, ``psycopg2.cursor``).
The rule for drivers: connecting, executing, fetching, committing and rolling
back block; making a cursor, closing it and reading its attributes do not.
The async twins (asyncpg, ``psycopg.AsyncConnection``, aiosqlite...) are
distinct qualified names with no row here: never alias them to a sync type.
ALIASES are applied before every look-up, so the other tables have rows for
the canonical names only.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_PSYCOPG2 = Api("ABL301", "sql_psycopg2")
_PSYCOPG2_POOL = Api("ABL301", "sql_psycopg2_pool")
_PSYCOPG = Api("ABL301", "sql_psycopg")
_PSYCOPG_POOL = Api("ABL301", "sql_psycopg_pool")
_MYSQL = Api("ABL301", "sql_mysql")
_MYSQL_CONNECTOR = Api("ABL301", "sql_mysql_connector")
_SQLITE = Api("ABL301", "sql_sqlite")
_PYODBC = Api("ABL301", "sql_pyodbc")
_ORACLE = Api("ABL301", "sql_oracle")
_PYMSSQL = Api("ABL301", "sql_pymssql")

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL301: psycopg2 -------------------------------------------------------
    "psycopg2.connect": _PSYCOPG2,
    "psycopg2.extras.execute_batch": _PSYCOPG2,
    "psycopg2.extras.execute_values": _PSYCOPG2,
    # register_hstore/register_composite look the type OIDs up with a query.
    "psycopg2.extras.register_composite": _PSYCOPG2,
    "psycopg2.extras.register_hstore": _PSYCOPG2,
    # A pool opens its `minconn` connections in the constructor.
    "psycopg2.pool.AbstractConnectionPool": _PSYCOPG2_POOL,
    # --- ABL301: psycopg 3 (sync API) ---------------------------------------------
    "psycopg.Connection.connect": _PSYCOPG,
    "psycopg.connect": _PSYCOPG,
    # --- ABL301: MySQL --------------------------------------------------------------
    "MySQLdb.Connect": _MYSQL,
    "MySQLdb.connect": _MYSQL,
    "MySQLdb.connections.Connection": _MYSQL,
    "mysql.connector.Connect": _MYSQL_CONNECTOR,
    # MySQLConnection() with no arguments does not connect until connect().
    "mysql.connector.MySQLConnection": Api("ABL301", "sql_mysql_connector", "connects_with_args"),
    "mysql.connector.connect": _MYSQL_CONNECTOR,
    # A pool opens its `pool_size` connections in the constructor.
    "mysql.connector.pooling.MySQLConnectionPool": _MYSQL_CONNECTOR,
    "pymysql.Connect": _MYSQL,
    "pymysql.connect": _MYSQL,
    "pymysql.connections.Connection": _MYSQL,
    # --- ABL301: sqlite3 -------------------------------------------------------------
    "sqlite3.connect": _SQLITE,
    # --- ABL301: ODBC, Oracle, SQL Server ---------------------------------------------
    "cx_Oracle.Connection": _ORACLE,
    "cx_Oracle.connect": _ORACLE,
    "oracledb.Connection": _ORACLE,
    "oracledb.connect": _ORACLE,
    "pymssql.connect": _PYMSSQL,
    "pyodbc.connect": _PYODBC,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL301: psycopg2 ----------------------------------------------------------
    "psycopg2.connection.cancel": _PSYCOPG2,
    "psycopg2.connection.commit": _PSYCOPG2,
    "psycopg2.connection.reset": _PSYCOPG2,
    "psycopg2.connection.rollback": _PSYCOPG2,
    # close() drops the socket and cursor() makes a client-side object: no round trip.
    "psycopg2.connection.close": None,
    "psycopg2.connection.cursor": None,
    "psycopg2.cursor.callproc": _PSYCOPG2,
    "psycopg2.cursor.copy_expert": _PSYCOPG2,
    "psycopg2.cursor.copy_from": _PSYCOPG2,
    "psycopg2.cursor.copy_to": _PSYCOPG2,
    "psycopg2.cursor.execute": _PSYCOPG2,
    "psycopg2.cursor.executemany": _PSYCOPG2,
    "psycopg2.cursor.fetchall": _PSYCOPG2,
    "psycopg2.cursor.fetchmany": _PSYCOPG2,
    "psycopg2.cursor.fetchone": _PSYCOPG2,
    "psycopg2.cursor.scroll": _PSYCOPG2,
    # close() frees the client-side result; mogrify() only formats the query.
    "psycopg2.cursor.close": None,
    "psycopg2.cursor.mogrify": None,
    "psycopg2.pool.AbstractConnectionPool.getconn": _PSYCOPG2_POOL,
    # --- ABL301: psycopg 3 (sync API) -------------------------------------------------
    # Each of these is a coroutine on psycopg.AsyncConnection / AsyncCursor.
    "psycopg.Connection.cancel_safe": _PSYCOPG,
    "psycopg.Connection.commit": _PSYCOPG,
    "psycopg.Connection.execute": _PSYCOPG,
    "psycopg.Connection.pipeline": _PSYCOPG,
    "psycopg.Connection.rollback": _PSYCOPG,
    "psycopg.Connection.set_autocommit": _PSYCOPG,
    "psycopg.Connection.set_isolation_level": _PSYCOPG,
    "psycopg.Connection.transaction": _PSYCOPG,
    "psycopg.Connection.cursor": None,  # a client-side object, no round trip
    "psycopg.Cursor.copy": _PSYCOPG,
    "psycopg.Cursor.execute": _PSYCOPG,
    "psycopg.Cursor.executemany": _PSYCOPG,
    "psycopg.Cursor.fetchall": _PSYCOPG,
    "psycopg.Cursor.fetchmany": _PSYCOPG,
    "psycopg.Cursor.fetchone": _PSYCOPG,
    "psycopg.Cursor.scroll": _PSYCOPG,
    "psycopg.Cursor.stream": _PSYCOPG,
    # A client-side cursor only frees its result (a named ServerCursor's close is
    # a round trip, but ServerCursor shares this type).
    "psycopg.Cursor.close": None,
    "psycopg_pool.ConnectionPool.connection": _PSYCOPG_POOL,
    "psycopg_pool.ConnectionPool.getconn": _PSYCOPG_POOL,
    "psycopg_pool.ConnectionPool.wait": _PSYCOPG_POOL,
    # --- ABL301: MySQL -------------------------------------------------------------------
    "MySQLdb.connections.Connection.autocommit": _MYSQL,
    "MySQLdb.connections.Connection.commit": _MYSQL,
    "MySQLdb.connections.Connection.ping": _MYSQL,
    "MySQLdb.connections.Connection.query": _MYSQL,
    "MySQLdb.connections.Connection.rollback": _MYSQL,
    "MySQLdb.connections.Connection.select_db": _MYSQL,
    "MySQLdb.connections.Connection.close": None,  # drops the socket, no round trip
    "MySQLdb.connections.Connection.cursor": None,  # a client-side object
    "MySQLdb.cursors.Cursor.callproc": _MYSQL,
    "MySQLdb.cursors.Cursor.execute": _MYSQL,
    "MySQLdb.cursors.Cursor.executemany": _MYSQL,
    "MySQLdb.cursors.Cursor.fetchall": _MYSQL,
    "MySQLdb.cursors.Cursor.fetchmany": _MYSQL,
    "MySQLdb.cursors.Cursor.fetchone": _MYSQL,
    "MySQLdb.cursors.Cursor.nextset": _MYSQL,
    "MySQLdb.cursors.Cursor.close": None,  # frees the client-side result
    "mysql.connector.MySQLConnection.cmd_query": _MYSQL_CONNECTOR,
    "mysql.connector.MySQLConnection.commit": _MYSQL_CONNECTOR,
    # is_connected() pings the server.
    "mysql.connector.MySQLConnection.is_connected": _MYSQL_CONNECTOR,
    "mysql.connector.MySQLConnection.ping": _MYSQL_CONNECTOR,
    "mysql.connector.MySQLConnection.reconnect": _MYSQL_CONNECTOR,
    "mysql.connector.MySQLConnection.reset_session": _MYSQL_CONNECTOR,
    "mysql.connector.MySQLConnection.rollback": _MYSQL_CONNECTOR,
    "mysql.connector.MySQLConnection.start_transaction": _MYSQL_CONNECTOR,
    "mysql.connector.MySQLConnection.close": None,  # sends QUIT and drops the socket
    "mysql.connector.MySQLConnection.cursor": None,  # a client-side object
    "mysql.connector.cursor.MySQLCursor.callproc": _MYSQL_CONNECTOR,
    "mysql.connector.cursor.MySQLCursor.execute": _MYSQL_CONNECTOR,
    "mysql.connector.cursor.MySQLCursor.executemany": _MYSQL_CONNECTOR,
    "mysql.connector.cursor.MySQLCursor.fetchall": _MYSQL_CONNECTOR,
    "mysql.connector.cursor.MySQLCursor.fetchmany": _MYSQL_CONNECTOR,
    "mysql.connector.cursor.MySQLCursor.fetchone": _MYSQL_CONNECTOR,
    "mysql.connector.cursor.MySQLCursor.close": None,  # frees the client-side result
    "mysql.connector.pooling.MySQLConnectionPool.get_connection": _MYSQL_CONNECTOR,
    "pymysql.connections.Connection.autocommit": _MYSQL,
    "pymysql.connections.Connection.begin": _MYSQL,
    "pymysql.connections.Connection.commit": _MYSQL,
    "pymysql.connections.Connection.ping": _MYSQL,
    "pymysql.connections.Connection.query": _MYSQL,
    "pymysql.connections.Connection.rollback": _MYSQL,
    "pymysql.connections.Connection.select_db": _MYSQL,
    "pymysql.connections.Connection.show_warnings": _MYSQL,
    "pymysql.connections.Connection.close": None,  # sends QUIT and drops the socket
    "pymysql.connections.Connection.cursor": None,  # a client-side object
    "pymysql.cursors.Cursor.callproc": _MYSQL,
    "pymysql.cursors.Cursor.execute": _MYSQL,
    "pymysql.cursors.Cursor.executemany": _MYSQL,
    "pymysql.cursors.Cursor.fetchall": _MYSQL,
    "pymysql.cursors.Cursor.fetchmany": _MYSQL,
    "pymysql.cursors.Cursor.fetchone": _MYSQL,
    "pymysql.cursors.Cursor.nextset": _MYSQL,
    "pymysql.cursors.Cursor.close": None,  # frees the client-side result
    # --- ABL301: sqlite3 -------------------------------------------------------------------
    "sqlite3.Connection.backup": _SQLITE,
    "sqlite3.Connection.commit": _SQLITE,
    "sqlite3.Connection.execute": _SQLITE,
    "sqlite3.Connection.executemany": _SQLITE,
    "sqlite3.Connection.executescript": _SQLITE,
    "sqlite3.Connection.iterdump": _SQLITE,
    "sqlite3.Connection.rollback": _SQLITE,
    "sqlite3.Connection.close": None,  # releases the file handle
    "sqlite3.Connection.cursor": None,  # a client-side object
    "sqlite3.Cursor.execute": _SQLITE,
    "sqlite3.Cursor.executemany": _SQLITE,
    "sqlite3.Cursor.executescript": _SQLITE,
    "sqlite3.Cursor.fetchall": _SQLITE,
    "sqlite3.Cursor.fetchmany": _SQLITE,
    "sqlite3.Cursor.fetchone": _SQLITE,
    "sqlite3.Cursor.close": None,  # frees the statement
    # --- ABL301: ODBC, Oracle, SQL Server ------------------------------------------------
    "cx_Oracle.Connection.commit": _ORACLE,
    "cx_Oracle.Connection.ping": _ORACLE,
    "cx_Oracle.Connection.rollback": _ORACLE,
    "cx_Oracle.Connection.close": None,  # drops the session, no wait
    "cx_Oracle.Connection.cursor": None,  # a client-side object
    "cx_Oracle.Cursor.callfunc": _ORACLE,
    "cx_Oracle.Cursor.callproc": _ORACLE,
    "cx_Oracle.Cursor.execute": _ORACLE,
    "cx_Oracle.Cursor.executemany": _ORACLE,
    "cx_Oracle.Cursor.fetchall": _ORACLE,
    "cx_Oracle.Cursor.fetchmany": _ORACLE,
    "cx_Oracle.Cursor.fetchone": _ORACLE,
    "cx_Oracle.Cursor.close": None,  # frees the client-side statement
    "cx_Oracle.SessionPool.acquire": _ORACLE,
    "oracledb.Connection.commit": _ORACLE,
    "oracledb.Connection.ping": _ORACLE,
    "oracledb.Connection.rollback": _ORACLE,
    "oracledb.Connection.close": None,  # drops the session, no wait
    "oracledb.Connection.cursor": None,  # a client-side object
    "oracledb.ConnectionPool.acquire": _ORACLE,
    "oracledb.Cursor.callfunc": _ORACLE,
    "oracledb.Cursor.callproc": _ORACLE,
    "oracledb.Cursor.execute": _ORACLE,
    "oracledb.Cursor.executemany": _ORACLE,
    "oracledb.Cursor.fetchall": _ORACLE,
    "oracledb.Cursor.fetchmany": _ORACLE,
    "oracledb.Cursor.fetchone": _ORACLE,
    "oracledb.Cursor.close": None,  # frees the client-side statement
    "pymssql.Connection.autocommit": _PYMSSQL,
    "pymssql.Connection.commit": _PYMSSQL,
    "pymssql.Connection.rollback": _PYMSSQL,
    "pymssql.Connection.close": None,  # drops the socket, no round trip
    "pymssql.Connection.cursor": None,  # a client-side object
    "pymssql.Cursor.callproc": _PYMSSQL,
    "pymssql.Cursor.execute": _PYMSSQL,
    "pymssql.Cursor.executemany": _PYMSSQL,
    "pymssql.Cursor.fetchall": _PYMSSQL,
    "pymssql.Cursor.fetchmany": _PYMSSQL,
    "pymssql.Cursor.fetchone": _PYMSSQL,
    "pymssql.Cursor.nextset": _PYMSSQL,
    "pymssql.Cursor.close": None,  # frees the client-side result
    "pyodbc.Connection.commit": _PYODBC,
    "pyodbc.Connection.execute": _PYODBC,
    "pyodbc.Connection.rollback": _PYODBC,
    "pyodbc.Connection.close": None,  # drops the handle, no wait
    "pyodbc.Connection.cursor": None,  # a client-side object
    "pyodbc.Cursor.columns": _PYODBC,
    "pyodbc.Cursor.commit": _PYODBC,
    "pyodbc.Cursor.execute": _PYODBC,
    "pyodbc.Cursor.executemany": _PYODBC,
    "pyodbc.Cursor.fetchall": _PYODBC,
    "pyodbc.Cursor.fetchmany": _PYODBC,
    "pyodbc.Cursor.fetchone": _PYODBC,
    "pyodbc.Cursor.fetchval": _PYODBC,
    "pyodbc.Cursor.nextset": _PYODBC,
    "pyodbc.Cursor.rollback": _PYODBC,
    "pyodbc.Cursor.tables": _PYODBC,
    "pyodbc.Cursor.close": None,  # frees the client-side statement
}

ITERATE: Mapping[str, Api] = {
    # --- ABL301 -------------------------------------------------------------------
    "MySQLdb.cursors.Cursor": _MYSQL,
    "cx_Oracle.Cursor": _ORACLE,
    "mysql.connector.cursor.MySQLCursor": _MYSQL_CONNECTOR,
    "oracledb.Cursor": _ORACLE,
    "psycopg.Cursor": _PSYCOPG,
    "psycopg2.cursor": _PSYCOPG2,
    "pymssql.Cursor": _PYMSSQL,
    "pymysql.cursors.Cursor": _MYSQL,
    "pyodbc.Cursor": _PYODBC,
    "sqlite3.Cursor": _SQLITE,
}

RETURNS: Mapping[str, str] = {
    # --- ABL301 ---------------------------------------------------------------------
    "MySQLdb.Connect": "MySQLdb.connections.Connection",
    "MySQLdb.connect": "MySQLdb.connections.Connection",
    "MySQLdb.connections.Connection": "MySQLdb.connections.Connection",
    "MySQLdb.cursors.Cursor": "MySQLdb.cursors.Cursor",
    "cx_Oracle.Connection": "cx_Oracle.Connection",
    "cx_Oracle.SessionPool": "cx_Oracle.SessionPool",
    "cx_Oracle.connect": "cx_Oracle.Connection",
    "mysql.connector.Connect": "mysql.connector.MySQLConnection",
    "mysql.connector.MySQLConnection": "mysql.connector.MySQLConnection",
    "mysql.connector.connect": "mysql.connector.MySQLConnection",
    "mysql.connector.cursor.MySQLCursor": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.pooling.MySQLConnectionPool": "mysql.connector.pooling.MySQLConnectionPool",
    "oracledb.Connection": "oracledb.Connection",
    "oracledb.ConnectionPool": "oracledb.ConnectionPool",
    "oracledb.connect": "oracledb.Connection",
    "oracledb.create_pool": "oracledb.ConnectionPool",
    "psycopg.Connection": "psycopg.Connection",
    "psycopg.Connection.connect": "psycopg.Connection",
    "psycopg.Cursor": "psycopg.Cursor",
    "psycopg.connect": "psycopg.Connection",
    "psycopg2.connect": "psycopg2.connection",
    "psycopg2.pool.AbstractConnectionPool": "psycopg2.pool.AbstractConnectionPool",
    # The pool's constructor starts worker threads that connect in the background.
    "psycopg_pool.ConnectionPool": "psycopg_pool.ConnectionPool",
    "pymssql.Connection": "pymssql.Connection",
    "pymssql.Cursor": "pymssql.Cursor",
    "pymssql.connect": "pymssql.Connection",
    "pymysql.Connect": "pymysql.connections.Connection",
    "pymysql.connect": "pymysql.connections.Connection",
    "pymysql.connections.Connection": "pymysql.connections.Connection",
    "pymysql.cursors.Cursor": "pymysql.cursors.Cursor",
    "pyodbc.Connection": "pyodbc.Connection",
    "pyodbc.Cursor": "pyodbc.Cursor",
    "pyodbc.connect": "pyodbc.Connection",
    "sqlite3.Connection": "sqlite3.Connection",
    "sqlite3.Cursor": "sqlite3.Cursor",
    "sqlite3.connect": "sqlite3.Connection",
}

MEMBERS: Mapping[str, str] = {
    # --- ABL301 -----------------------------------------------------------------------
    "MySQLdb.connections.Connection.cursor()": "MySQLdb.cursors.Cursor",
    "cx_Oracle.Connection.cursor()": "cx_Oracle.Cursor",
    "cx_Oracle.Cursor.execute()": "cx_Oracle.Cursor",
    "cx_Oracle.SessionPool.acquire()": "cx_Oracle.Connection",
    "mysql.connector.MySQLConnection.cursor()": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.pooling.MySQLConnectionPool.get_connection()": (
        "mysql.connector.MySQLConnection"
    ),
    "oracledb.Connection.cursor()": "oracledb.Cursor",
    "oracledb.ConnectionPool.acquire()": "oracledb.Connection",
    # `for row in cursor.execute(sql):` is the documented oracledb idiom.
    "oracledb.Cursor.execute()": "oracledb.Cursor",
    "psycopg.Connection.cursor()": "psycopg.Cursor",
    "psycopg.Connection.execute()": "psycopg.Cursor",
    "psycopg.Cursor.execute()": "psycopg.Cursor",
    "psycopg.Cursor.executemany()": "psycopg.Cursor",
    "psycopg2.connection.cursor()": "psycopg2.cursor",
    "psycopg2.pool.AbstractConnectionPool.getconn()": "psycopg2.connection",
    # `with pool.connection() as conn:` binds a Connection.
    "psycopg_pool.ConnectionPool.connection()": "psycopg.Connection",
    "psycopg_pool.ConnectionPool.getconn()": "psycopg.Connection",
    "pymssql.Connection.cursor()": "pymssql.Cursor",
    "pymysql.connections.Connection.cursor()": "pymysql.cursors.Cursor",
    "pyodbc.Connection.cursor()": "pyodbc.Cursor",
    "pyodbc.Connection.execute()": "pyodbc.Cursor",
    "pyodbc.Cursor.execute()": "pyodbc.Cursor",
    "sqlite3.Connection.cursor()": "sqlite3.Cursor",
    "sqlite3.Connection.execute()": "sqlite3.Cursor",
    "sqlite3.Connection.executemany()": "sqlite3.Cursor",
    "sqlite3.Connection.executescript()": "sqlite3.Cursor",
    "sqlite3.Cursor.execute()": "sqlite3.Cursor",
    "sqlite3.Cursor.executemany()": "sqlite3.Cursor",
}

ALIASES: Mapping[str, str] = {
    # --- ABL301 -------------------------------------------------------------------------
    "MySQLdb.Connection": "MySQLdb.connections.Connection",
    "MySQLdb.cursors.DictCursor": "MySQLdb.cursors.Cursor",
    "MySQLdb.cursors.SSCursor": "MySQLdb.cursors.Cursor",
    "MySQLdb.cursors.SSDictCursor": "MySQLdb.cursors.Cursor",
    "cx_Oracle.connection.Connection": "cx_Oracle.Connection",
    "mysql.connector.connection.MySQLConnection": "mysql.connector.MySQLConnection",
    "mysql.connector.connection_cext.CMySQLConnection": "mysql.connector.MySQLConnection",
    "mysql.connector.cursor.MySQLCursorBuffered": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.cursor.MySQLCursorBufferedDict": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.cursor.MySQLCursorDict": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.cursor.MySQLCursorPrepared": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.cursor.MySQLCursorRaw": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.cursor_cext.CMySQLCursor": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.cursor_cext.CMySQLCursorBuffered": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.cursor_cext.CMySQLCursorDict": "mysql.connector.cursor.MySQLCursor",
    "mysql.connector.pooling.PooledMySQLConnection": "mysql.connector.MySQLConnection",
    "oracledb.connection.Connection": "oracledb.Connection",
    "oracledb.cursor.Cursor": "oracledb.Cursor",
    "oracledb.pool.ConnectionPool": "oracledb.ConnectionPool",
    "psycopg.ClientCursor": "psycopg.Cursor",
    "psycopg.RawCursor": "psycopg.Cursor",
    "psycopg.RawServerCursor": "psycopg.Cursor",
    "psycopg.ServerCursor": "psycopg.Cursor",
    "psycopg.connection.Connection": "psycopg.Connection",
    "psycopg.cursor.Cursor": "psycopg.Cursor",
    "psycopg.server_cursor.ServerCursor": "psycopg.Cursor",
    "psycopg2.extensions.connection": "psycopg2.connection",
    "psycopg2.extensions.cursor": "psycopg2.cursor",
    "psycopg2.extras.DictConnection": "psycopg2.connection",
    "psycopg2.extras.DictCursor": "psycopg2.cursor",
    "psycopg2.extras.NamedTupleCursor": "psycopg2.cursor",
    "psycopg2.extras.RealDictConnection": "psycopg2.connection",
    "psycopg2.extras.RealDictCursor": "psycopg2.cursor",
    "psycopg2.pool.SimpleConnectionPool": "psycopg2.pool.AbstractConnectionPool",
    "psycopg2.pool.ThreadedConnectionPool": "psycopg2.pool.AbstractConnectionPool",
    "psycopg_pool.pool.ConnectionPool": "psycopg_pool.ConnectionPool",
    "pymssql._pymssql.Connection": "pymssql.Connection",
    "pymssql._pymssql.Cursor": "pymssql.Cursor",
    "pymysql.Connection": "pymysql.connections.Connection",
    "pymysql.cursors.DictCursor": "pymysql.cursors.Cursor",
    "pymysql.cursors.SSCursor": "pymysql.cursors.Cursor",
    "pymysql.cursors.SSDictCursor": "pymysql.cursors.Cursor",
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    # asyncpg, psycopg async, aiosqlite, aiomysql, redis.asyncio, the async pymongo
    # and SQLAlchemy's asyncio extension run on asyncio only: anyio and trio users
    # are told to run the call in a worker thread.
    "sql_mysql": {
        "asyncio": "aiomysql or asyncmy",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "sql_mysql_connector": {
        "asyncio": "await mysql.connector.aio.connect()",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "sql_oracle": {
        "asyncio": "await oracledb.connect_async()",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "sql_psycopg": {
        "asyncio": "psycopg.AsyncConnection (await conn.execute())",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "sql_psycopg2": {
        "asyncio": "asyncpg or psycopg.AsyncConnection",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "sql_psycopg2_pool": {
        "asyncio": "asyncpg.create_pool() or psycopg_pool.AsyncConnectionPool",
        "anyio": "await anyio.to_thread.run_sync(pool.getconn)",
        "trio": "await trio.to_thread.run_sync(pool.getconn)",
    },
    "sql_psycopg_pool": {
        "asyncio": "psycopg_pool.AsyncConnectionPool",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "sql_pymssql": {
        "asyncio": "aioodbc, or await asyncio.to_thread(query)",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "sql_pyodbc": {
        "asyncio": "aioodbc",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "sql_sqlite": {
        "asyncio": "aiosqlite",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
}
