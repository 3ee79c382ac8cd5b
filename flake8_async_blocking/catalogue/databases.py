"""Family 3xx: sync SQL drivers, ORMs, NoSQL and cache clients.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Connections and cursors of the DB-API drivers have no public class in some
drivers; they get pseudo-types (``psycopg2.connection``, ``psycopg2.cursor``).
The rule for drivers: connecting, executing, fetching, committing and rolling
back block; making a cursor, closing it and reading its attributes do not.
The async twins (asyncpg, ``psycopg.AsyncConnection``, aiosqlite,
``redis.asyncio``, motor, ``pymongo.AsyncMongoClient``, SQLAlchemy's
``AsyncSession``) are distinct qualified names with no row here: never alias
them to a sync type.  ALIASES are applied before every look-up, so the other
tables have rows for the canonical names only.
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
_SQLALCHEMY = Api("ABL302", "orm_sqlalchemy")
_DJANGO = Api("ABL302", "orm_django")
_PEEWEE = Api("ABL302", "orm_peewee")
_REDIS = Api("ABL303", "nosql_redis")
_MONGO = Api("ABL303", "nosql_mongo")
_GRIDFS = Api("ABL303", "nosql_gridfs")
_MEMCACHE = Api("ABL303", "nosql_memcache")
_ELASTICSEARCH = Api("ABL303", "nosql_elasticsearch")
_OPENSEARCH = Api("ABL303", "nosql_opensearch")
_CASSANDRA = Api("ABL303", "nosql_cassandra")

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
    # --- ABL302: Django -------------------------------------------------------------------
    # Making an Atomic does no I/O (it is also a decorator factory:
    # atomic(using=alias)(view)); entering it does, see WITH.
    "django.db.transaction.atomic": None,
    "django.shortcuts.get_list_or_404": _DJANGO,
    "django.shortcuts.get_object_or_404": _DJANGO,
    # --- ABL303: redis ------------------------------------------------------------------
    # A cluster client fetches the slot map from a node in its constructor.
    "redis.RedisCluster.from_url": _REDIS,
    "redis.cluster.RedisCluster": _REDIS,
    "redis.cluster.RedisCluster.from_url": _REDIS,
    # --- ABL303: elasticsearch and opensearch helpers ------------------------------------
    "elasticsearch.helpers.bulk": _ELASTICSEARCH,
    "elasticsearch.helpers.parallel_bulk": _ELASTICSEARCH,
    "elasticsearch.helpers.reindex": _ELASTICSEARCH,
    "elasticsearch.helpers.scan": _ELASTICSEARCH,
    "elasticsearch.helpers.streaming_bulk": _ELASTICSEARCH,
    "opensearchpy.helpers.bulk": _OPENSEARCH,
    "opensearchpy.helpers.parallel_bulk": _OPENSEARCH,
    "opensearchpy.helpers.reindex": _OPENSEARCH,
    "opensearchpy.helpers.scan": _OPENSEARCH,
    "opensearchpy.helpers.streaming_bulk": _OPENSEARCH,
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
    # --- ABL302: SQLAlchemy ------------------------------------------------------------------
    "sqlalchemy.engine.Connection.commit": _SQLALCHEMY,
    "sqlalchemy.engine.Connection.exec_driver_sql": _SQLALCHEMY,
    "sqlalchemy.engine.Connection.execute": _SQLALCHEMY,
    "sqlalchemy.engine.Connection.rollback": _SQLALCHEMY,
    "sqlalchemy.engine.Connection.scalar": _SQLALCHEMY,
    "sqlalchemy.engine.Connection.scalars": _SQLALCHEMY,
    # connect(), begin() and raw_connection() check a connection out of the pool
    # (opening one when the pool has none); Engine.execute() is the 1.x API.
    "sqlalchemy.engine.Engine.begin": _SQLALCHEMY,
    "sqlalchemy.engine.Engine.connect": _SQLALCHEMY,
    "sqlalchemy.engine.Engine.execute": _SQLALCHEMY,
    "sqlalchemy.engine.Engine.raw_connection": _SQLALCHEMY,
    # Query.first_or_404/get_or_404/one_or_404/paginate are Flask-SQLAlchemy's.
    "sqlalchemy.orm.Query.all": _SQLALCHEMY,
    "sqlalchemy.orm.Query.count": _SQLALCHEMY,
    "sqlalchemy.orm.Query.delete": _SQLALCHEMY,
    "sqlalchemy.orm.Query.first": _SQLALCHEMY,
    "sqlalchemy.orm.Query.first_or_404": _SQLALCHEMY,
    "sqlalchemy.orm.Query.get": _SQLALCHEMY,
    "sqlalchemy.orm.Query.get_or_404": _SQLALCHEMY,
    "sqlalchemy.orm.Query.one": _SQLALCHEMY,
    "sqlalchemy.orm.Query.one_or_404": _SQLALCHEMY,
    "sqlalchemy.orm.Query.one_or_none": _SQLALCHEMY,
    "sqlalchemy.orm.Query.paginate": _SQLALCHEMY,
    "sqlalchemy.orm.Query.scalar": _SQLALCHEMY,
    "sqlalchemy.orm.Query.update": _SQLALCHEMY,
    # The Session methods flagged are the ones AsyncSession makes coroutines.
    # Session.exec() is sqlmodel's (sqlmodel.Session is an alias of Session).
    "sqlalchemy.orm.Session.bulk_insert_mappings": _SQLALCHEMY,
    "sqlalchemy.orm.Session.bulk_save_objects": _SQLALCHEMY,
    "sqlalchemy.orm.Session.bulk_update_mappings": _SQLALCHEMY,
    "sqlalchemy.orm.Session.commit": _SQLALCHEMY,
    "sqlalchemy.orm.Session.connection": _SQLALCHEMY,
    "sqlalchemy.orm.Session.delete": _SQLALCHEMY,
    "sqlalchemy.orm.Session.exec": _SQLALCHEMY,
    "sqlalchemy.orm.Session.execute": _SQLALCHEMY,
    "sqlalchemy.orm.Session.flush": _SQLALCHEMY,
    "sqlalchemy.orm.Session.get": _SQLALCHEMY,
    "sqlalchemy.orm.Session.get_one": _SQLALCHEMY,
    "sqlalchemy.orm.Session.merge": _SQLALCHEMY,
    "sqlalchemy.orm.Session.refresh": _SQLALCHEMY,
    "sqlalchemy.orm.Session.rollback": _SQLALCHEMY,
    "sqlalchemy.orm.Session.scalar": _SQLALCHEMY,
    "sqlalchemy.orm.Session.scalars": _SQLALCHEMY,
    # add() only stages objects for the next flush; query() builds a Query.
    "sqlalchemy.orm.Session.add": None,
    "sqlalchemy.orm.Session.add_all": None,
    "sqlalchemy.orm.Session.query": None,
    # scoped_session proxies the Session of the current scope.
    "sqlalchemy.orm.scoped_session.bulk_insert_mappings": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.bulk_save_objects": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.bulk_update_mappings": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.commit": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.connection": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.delete": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.execute": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.flush": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.get": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.get_one": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.merge": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.refresh": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.rollback": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.scalar": _SQLALCHEMY,
    "sqlalchemy.orm.scoped_session.scalars": _SQLALCHEMY,
    # add() only stages objects for the next flush; query() builds a Query.
    "sqlalchemy.orm.scoped_session.add": None,
    "sqlalchemy.orm.scoped_session.add_all": None,
    "sqlalchemy.orm.scoped_session.query": None,
    # --- ABL302: Django ORM ------------------------------------------------------------------
    # Manager and QuerySet methods that run a query; the builders (filter, exclude,
    # all, order_by...) give a lazy QuerySet (see MEMBERS) and the a-methods
    # (aget, acount...) are the async API: neither has a row.
    "django.db.connection.cursor": _DJANGO,  # connects on first use (async-unsafe)
    "django.db.cursor.callproc": _DJANGO,
    "django.db.cursor.execute": _DJANGO,
    "django.db.cursor.executemany": _DJANGO,
    "django.db.cursor.fetchall": _DJANGO,
    "django.db.cursor.fetchmany": _DJANGO,
    "django.db.cursor.fetchone": _DJANGO,
    "django.db.models.Manager.aggregate": _DJANGO,
    "django.db.models.Manager.bulk_create": _DJANGO,
    "django.db.models.Manager.bulk_update": _DJANGO,
    "django.db.models.Manager.contains": _DJANGO,
    "django.db.models.Manager.count": _DJANGO,
    "django.db.models.Manager.create": _DJANGO,
    "django.db.models.Manager.earliest": _DJANGO,
    "django.db.models.Manager.exists": _DJANGO,
    "django.db.models.Manager.explain": _DJANGO,
    "django.db.models.Manager.first": _DJANGO,
    "django.db.models.Manager.get": _DJANGO,
    "django.db.models.Manager.get_or_create": _DJANGO,
    "django.db.models.Manager.in_bulk": _DJANGO,
    "django.db.models.Manager.iterator": _DJANGO,
    "django.db.models.Manager.last": _DJANGO,
    "django.db.models.Manager.latest": _DJANGO,
    "django.db.models.Manager.update": _DJANGO,
    "django.db.models.Manager.update_or_create": _DJANGO,
    "django.db.models.Model.delete": _DJANGO,
    "django.db.models.Model.refresh_from_db": _DJANGO,
    "django.db.models.Model.save": _DJANGO,
    "django.db.models.QuerySet.aggregate": _DJANGO,
    "django.db.models.QuerySet.bulk_create": _DJANGO,
    "django.db.models.QuerySet.bulk_update": _DJANGO,
    "django.db.models.QuerySet.contains": _DJANGO,
    "django.db.models.QuerySet.count": _DJANGO,
    "django.db.models.QuerySet.create": _DJANGO,
    "django.db.models.QuerySet.delete": _DJANGO,
    "django.db.models.QuerySet.earliest": _DJANGO,
    "django.db.models.QuerySet.exists": _DJANGO,
    "django.db.models.QuerySet.explain": _DJANGO,
    "django.db.models.QuerySet.first": _DJANGO,
    "django.db.models.QuerySet.get": _DJANGO,
    "django.db.models.QuerySet.get_or_create": _DJANGO,
    "django.db.models.QuerySet.in_bulk": _DJANGO,
    "django.db.models.QuerySet.iterator": _DJANGO,
    "django.db.models.QuerySet.last": _DJANGO,
    "django.db.models.QuerySet.latest": _DJANGO,
    "django.db.models.QuerySet.update": _DJANGO,
    "django.db.models.QuerySet.update_or_create": _DJANGO,
    # --- ABL302: peewee ------------------------------------------------------------------------
    # Database.atomic()/transaction() begin a transaction when entered.
    "peewee.Database.atomic": _PEEWEE,
    "peewee.Database.connect": _PEEWEE,
    "peewee.Database.create_tables": _PEEWEE,
    "peewee.Database.drop_tables": _PEEWEE,
    "peewee.Database.execute_sql": _PEEWEE,
    "peewee.Database.get_tables": _PEEWEE,
    "peewee.Database.transaction": _PEEWEE,
    "peewee.Model.bulk_create": _PEEWEE,
    "peewee.Model.bulk_update": _PEEWEE,
    "peewee.Model.create": _PEEWEE,
    "peewee.Model.delete_by_id": _PEEWEE,
    "peewee.Model.delete_instance": _PEEWEE,
    "peewee.Model.get": _PEEWEE,
    "peewee.Model.get_by_id": _PEEWEE,
    "peewee.Model.get_or_create": _PEEWEE,
    "peewee.Model.get_or_none": _PEEWEE,
    "peewee.Model.save": _PEEWEE,
    "peewee.Model.set_by_id": _PEEWEE,
    # select()/update()/insert()/delete() build a query (see MEMBERS); it runs on
    # execute() or iteration.
    "peewee.Model.select": None,
    "peewee.ModelSelect.count": _PEEWEE,
    "peewee.ModelSelect.execute": _PEEWEE,
    "peewee.ModelSelect.exists": _PEEWEE,
    "peewee.ModelSelect.first": _PEEWEE,
    "peewee.ModelSelect.get": _PEEWEE,
    "peewee.ModelSelect.get_or_none": _PEEWEE,
    "peewee.ModelSelect.iterator": _PEEWEE,
    "peewee.ModelSelect.peek": _PEEWEE,
    "peewee.ModelSelect.scalar": _PEEWEE,
    "peewee.Query.execute": _PEEWEE,
    # --- ABL303: redis ------------------------------------------------------------------------
    # Every command of a client is a round trip; the None rows build objects
    # (pipeline, pubsub, lock, script) or change client-side settings.
    "redis.Redis.*": _REDIS,
    "redis.Redis.client": None,
    "redis.Redis.close": None,  # drops the pooled sockets, no round trip
    "redis.Redis.get_connection_kwargs": None,
    "redis.Redis.get_encoder": None,
    "redis.Redis.get_retry": None,
    "redis.Redis.load_external_module": None,
    "redis.Redis.lock": None,
    "redis.Redis.monitor": None,
    "redis.Redis.pipeline": None,
    "redis.Redis.pubsub": None,
    "redis.Redis.register_script": None,
    "redis.Redis.set_response_callback": None,
    "redis.Redis.set_retry": None,
    # Commands on a pipeline are buffered until execute().
    "redis.client.Pipeline.execute": _REDIS,
    "redis.client.Pipeline.unwatch": _REDIS,
    "redis.client.Pipeline.watch": _REDIS,
    "redis.client.PubSub.check_health": _REDIS,
    "redis.client.PubSub.get_message": _REDIS,
    "redis.client.PubSub.get_sharded_message": _REDIS,
    "redis.client.PubSub.listen": _REDIS,
    "redis.client.PubSub.ping": _REDIS,
    "redis.client.PubSub.psubscribe": _REDIS,
    "redis.client.PubSub.punsubscribe": _REDIS,
    "redis.client.PubSub.ssubscribe": _REDIS,
    "redis.client.PubSub.subscribe": _REDIS,
    "redis.client.PubSub.sunsubscribe": _REDIS,
    "redis.client.PubSub.unsubscribe": _REDIS,
    "redis.cluster.RedisCluster.*": _REDIS,
    "redis.cluster.RedisCluster.close": None,  # drops the pooled sockets
    "redis.cluster.RedisCluster.lock": None,
    "redis.cluster.RedisCluster.pipeline": None,
    "redis.cluster.RedisCluster.pubsub": None,
    # acquire() spins with time.sleep() until the lock is free.
    "redis.lock.Lock.acquire": _REDIS,
    "redis.lock.Lock.extend": _REDIS,
    "redis.lock.Lock.locked": _REDIS,
    "redis.lock.Lock.owned": _REDIS,
    "redis.lock.Lock.reacquire": _REDIS,
    "redis.lock.Lock.release": _REDIS,
    "redis.sentinel.Sentinel.discover_master": _REDIS,
    "redis.sentinel.Sentinel.discover_slaves": _REDIS,
    # master_for()/slave_for() build a client; it connects on its first command.
    "redis.sentinel.Sentinel.master_for": None,
    "redis.sentinel.Sentinel.slave_for": None,
    # --- ABL303: pymongo -------------------------------------------------------------------
    # The rows flagged are the coroutines of AsyncMongoClient and its children.
    "pymongo.MongoClient.bulk_write": _MONGO,
    "pymongo.MongoClient.drop_database": _MONGO,
    "pymongo.MongoClient.list_database_names": _MONGO,
    "pymongo.MongoClient.list_databases": _MONGO,
    "pymongo.MongoClient.server_info": _MONGO,
    "pymongo.MongoClient.watch": _MONGO,
    # Handles and sessions are made without a round trip (not coroutines in the
    # async API either).
    "pymongo.MongoClient.get_database": None,
    "pymongo.MongoClient.get_default_database": None,
    "pymongo.MongoClient.start_session": None,
    "pymongo.change_stream.ChangeStream.next": _MONGO,
    "pymongo.change_stream.ChangeStream.try_next": _MONGO,
    "pymongo.collection.Collection.aggregate": _MONGO,
    "pymongo.collection.Collection.aggregate_raw_batches": _MONGO,
    "pymongo.collection.Collection.bulk_write": _MONGO,
    "pymongo.collection.Collection.count_documents": _MONGO,
    "pymongo.collection.Collection.create_index": _MONGO,
    "pymongo.collection.Collection.create_indexes": _MONGO,
    "pymongo.collection.Collection.create_search_index": _MONGO,
    "pymongo.collection.Collection.delete_many": _MONGO,
    "pymongo.collection.Collection.delete_one": _MONGO,
    "pymongo.collection.Collection.distinct": _MONGO,
    "pymongo.collection.Collection.drop": _MONGO,
    "pymongo.collection.Collection.drop_index": _MONGO,
    "pymongo.collection.Collection.drop_indexes": _MONGO,
    "pymongo.collection.Collection.estimated_document_count": _MONGO,
    "pymongo.collection.Collection.find_one": _MONGO,
    "pymongo.collection.Collection.find_one_and_delete": _MONGO,
    "pymongo.collection.Collection.find_one_and_replace": _MONGO,
    "pymongo.collection.Collection.find_one_and_update": _MONGO,
    "pymongo.collection.Collection.index_information": _MONGO,
    "pymongo.collection.Collection.insert_many": _MONGO,
    "pymongo.collection.Collection.insert_one": _MONGO,
    "pymongo.collection.Collection.list_indexes": _MONGO,
    "pymongo.collection.Collection.list_search_indexes": _MONGO,
    "pymongo.collection.Collection.options": _MONGO,
    "pymongo.collection.Collection.rename": _MONGO,
    "pymongo.collection.Collection.replace_one": _MONGO,
    "pymongo.collection.Collection.update_many": _MONGO,
    "pymongo.collection.Collection.update_one": _MONGO,
    "pymongo.collection.Collection.watch": _MONGO,
    # find() gives a lazy Cursor: the query runs when it is iterated.
    "pymongo.collection.Collection.find": None,
    "pymongo.collection.Collection.find_raw_batches": None,
    "pymongo.collection.Collection.with_options": None,  # a copy of the handle
    "pymongo.command_cursor.CommandCursor.next": _MONGO,
    "pymongo.command_cursor.CommandCursor.to_list": _MONGO,
    "pymongo.command_cursor.CommandCursor.try_next": _MONGO,
    "pymongo.cursor.Cursor.distinct": _MONGO,
    "pymongo.cursor.Cursor.explain": _MONGO,
    "pymongo.cursor.Cursor.next": _MONGO,
    "pymongo.cursor.Cursor.to_list": _MONGO,
    "pymongo.database.Database.aggregate": _MONGO,
    "pymongo.database.Database.command": _MONGO,
    "pymongo.database.Database.create_collection": _MONGO,
    "pymongo.database.Database.cursor_command": _MONGO,
    "pymongo.database.Database.dereference": _MONGO,
    "pymongo.database.Database.drop_collection": _MONGO,
    "pymongo.database.Database.list_collection_names": _MONGO,
    "pymongo.database.Database.list_collections": _MONGO,
    "pymongo.database.Database.validate_collection": _MONGO,
    "pymongo.database.Database.watch": _MONGO,
    "pymongo.database.Database.get_collection": None,  # a handle, no round trip
    "gridfs.GridFS.*": _GRIDFS,
    "gridfs.GridFS.find": None,  # a lazy cursor, like Collection.find
    "gridfs.GridFSBucket.*": _GRIDFS,
    "gridfs.GridFSBucket.find": None,  # a lazy cursor, like Collection.find
    # --- ABL303: memcached ----------------------------------------------------------------
    "pymemcache.client.base.Client.*": _MEMCACHE,
    "pymemcache.client.base.Client.check_key": None,  # validates a key locally
    "pymemcache.client.base.Client.close": None,  # drops the socket
    "pymemcache.client.base.Client.disconnect_all": None,  # drops the sockets
    # --- ABL303: elasticsearch and opensearch -----------------------------------------------
    # Every API method is an HTTP request; close() drops the pool and options()
    # returns a configured copy of the client.
    "elasticsearch.Elasticsearch.*": _ELASTICSEARCH,
    "elasticsearch.Elasticsearch.close": None,
    "elasticsearch.Elasticsearch.options": None,
    "elasticsearch.client.NamespacedClient.*": _ELASTICSEARCH,
    "opensearchpy.OpenSearch.*": _OPENSEARCH,
    "opensearchpy.OpenSearch.close": None,
    "opensearchpy.client.NamespacedClient.*": _OPENSEARCH,
    # --- ABL303: cassandra -------------------------------------------------------------------
    "cassandra.cluster.Cluster.connect": _CASSANDRA,
    "cassandra.cluster.ResponseFuture.result": _CASSANDRA,
    "cassandra.cluster.Session.execute": _CASSANDRA,
    "cassandra.cluster.Session.prepare": _CASSANDRA,
    "cassandra.cluster.Session.set_keyspace": _CASSANDRA,
    # execute_async() sends the query and returns a ResponseFuture at once.
    "cassandra.cluster.Session.execute_async": None,
}

WITH: Mapping[str, Api] = {
    # Entering atomic() turns autocommit off on the connection (a round trip).
    "django.db.transaction.Atomic": _DJANGO,
    # `with db:` opens a connection and a transaction.
    "peewee.Database": _PEEWEE,
    # Entering acquires the lock, spinning with time.sleep() while it is taken.
    "redis.lock.Lock": _REDIS,
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
    # --- ABL302 -------------------------------------------------------------------
    "django.db.cursor": _DJANGO,
    "django.db.models.QuerySet": _DJANGO,
    "peewee.ModelSelect": _PEEWEE,
    "sqlalchemy.orm.Query": _SQLALCHEMY,
    # --- ABL303 -------------------------------------------------------------------
    "pymongo.change_stream.ChangeStream": _MONGO,
    "pymongo.command_cursor.CommandCursor": _MONGO,
    "pymongo.cursor.Cursor": _MONGO,
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
    # --- ABL302 ---------------------------------------------------------------------
    # `connection.cursor()` resolves as a qualified name, not as a member.
    "django.db.connection.cursor": "django.db.cursor",
    "django.db.models.Manager": "django.db.models.Manager",
    "django.db.models.Model": "django.db.models.Model",
    "django.db.models.QuerySet": "django.db.models.QuerySet",
    "django.db.transaction.Atomic": "django.db.transaction.Atomic",
    "django.db.transaction.atomic": "django.db.transaction.Atomic",
    "flask_sqlalchemy.SQLAlchemy": "flask_sqlalchemy.SQLAlchemy",
    "peewee.Database": "peewee.Database",
    "peewee.Model": "peewee.Model",
    "peewee.ModelSelect": "peewee.ModelSelect",
    # create_engine() builds the pool and connects lazily: no CALLS row.
    "sqlalchemy.create_engine": "sqlalchemy.engine.Engine",
    "sqlalchemy.engine.Connection": "sqlalchemy.engine.Connection",
    "sqlalchemy.engine.Engine": "sqlalchemy.engine.Engine",
    "sqlalchemy.engine.create_engine": "sqlalchemy.engine.Engine",
    "sqlalchemy.engine.engine_from_config": "sqlalchemy.engine.Engine",
    "sqlalchemy.engine_from_config": "sqlalchemy.engine.Engine",
    "sqlalchemy.orm.Query": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Session": "sqlalchemy.orm.Session",
    "sqlalchemy.orm.scoped_session": "sqlalchemy.orm.scoped_session",
    "sqlalchemy.orm.sessionmaker": "sqlalchemy.orm.sessionmaker",
    "sqlmodel.create_engine": "sqlalchemy.engine.Engine",
    # --- ABL303 ---------------------------------------------------------------------
    # Clients connect lazily, on their first command: no CALLS rows.
    "cassandra.cluster.Cluster": "cassandra.cluster.Cluster",
    "cassandra.cluster.Session": "cassandra.cluster.Session",
    "elasticsearch.Elasticsearch": "elasticsearch.Elasticsearch",
    "gridfs.GridFS": "gridfs.GridFS",
    "gridfs.GridFSBucket": "gridfs.GridFSBucket",
    "opensearchpy.OpenSearch": "opensearchpy.OpenSearch",
    "pymemcache.client.base.Client": "pymemcache.client.base.Client",
    "pymongo.MongoClient": "pymongo.MongoClient",
    "pymongo.collection.Collection": "pymongo.collection.Collection",
    "pymongo.cursor.Cursor": "pymongo.cursor.Cursor",
    "pymongo.database.Database": "pymongo.database.Database",
    "redis.Redis": "redis.Redis",
    "redis.Redis.from_pool": "redis.Redis",
    "redis.Redis.from_url": "redis.Redis",
    "redis.RedisCluster.from_url": "redis.cluster.RedisCluster",
    "redis.StrictRedis.from_url": "redis.Redis",
    "redis.cluster.RedisCluster": "redis.cluster.RedisCluster",
    "redis.cluster.RedisCluster.from_url": "redis.cluster.RedisCluster",
    "redis.from_url": "redis.Redis",
    "redis.sentinel.Sentinel": "redis.sentinel.Sentinel",
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
    # --- ABL302: SQLAlchemy -------------------------------------------------------------
    "flask_sqlalchemy.SQLAlchemy.engine": "sqlalchemy.engine.Engine",
    "flask_sqlalchemy.SQLAlchemy.session": "sqlalchemy.orm.scoped_session",
    # `with engine.begin() as conn:` binds a Connection.
    "sqlalchemy.engine.Engine.begin()": "sqlalchemy.engine.Connection",
    "sqlalchemy.engine.Engine.connect()": "sqlalchemy.engine.Connection",
    # Query builders give a Query and run nothing.
    "sqlalchemy.orm.Query.distinct()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.execution_options()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.filter()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.filter_by()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.group_by()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.having()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.join()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.limit()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.offset()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.options()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.order_by()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.outerjoin()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.params()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.populate_existing()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.select_from()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.where()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.with_entities()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.with_for_update()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Query.yield_per()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.Session.connection()": "sqlalchemy.engine.Connection",
    "sqlalchemy.orm.Session.query()": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.scoped_session()": "sqlalchemy.orm.Session",
    "sqlalchemy.orm.scoped_session.connection()": "sqlalchemy.engine.Connection",
    "sqlalchemy.orm.scoped_session.query()": "sqlalchemy.orm.Query",
    # A sessionmaker is a factory: calling it gives a Session, and
    # `with SessionLocal.begin() as session:` binds one.
    "sqlalchemy.orm.sessionmaker()": "sqlalchemy.orm.Session",
    "sqlalchemy.orm.sessionmaker.begin()": "sqlalchemy.orm.Session",
    # --- ABL302: Django -------------------------------------------------------------------
    "django.db.connection.cursor()": "django.db.cursor",
    "django.db.connections[]": "django.db.connection",
    "django.db.models.Manager.create()": "django.db.models.Model",
    "django.db.models.Manager.earliest()": "django.db.models.Model",
    "django.db.models.Manager.first()": "django.db.models.Model",
    "django.db.models.Manager.get()": "django.db.models.Model",
    "django.db.models.Manager.last()": "django.db.models.Model",
    "django.db.models.Manager.latest()": "django.db.models.Model",
    # The QuerySet builders run nothing: the query runs when the QuerySet is
    # iterated, or by a method with a METHODS row.
    "django.db.models.Manager.alias()": "django.db.models.QuerySet",
    "django.db.models.Manager.all()": "django.db.models.QuerySet",
    "django.db.models.Manager.annotate()": "django.db.models.QuerySet",
    "django.db.models.Manager.defer()": "django.db.models.QuerySet",
    "django.db.models.Manager.distinct()": "django.db.models.QuerySet",
    "django.db.models.Manager.exclude()": "django.db.models.QuerySet",
    "django.db.models.Manager.filter()": "django.db.models.QuerySet",
    "django.db.models.Manager.none()": "django.db.models.QuerySet",
    "django.db.models.Manager.only()": "django.db.models.QuerySet",
    "django.db.models.Manager.order_by()": "django.db.models.QuerySet",
    "django.db.models.Manager.prefetch_related()": "django.db.models.QuerySet",
    "django.db.models.Manager.reverse()": "django.db.models.QuerySet",
    "django.db.models.Manager.select_for_update()": "django.db.models.QuerySet",
    "django.db.models.Manager.select_related()": "django.db.models.QuerySet",
    "django.db.models.Manager.using()": "django.db.models.QuerySet",
    "django.db.models.Manager.values()": "django.db.models.QuerySet",
    "django.db.models.Manager.values_list()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.alias()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.all()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.annotate()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.create()": "django.db.models.Model",
    "django.db.models.QuerySet.defer()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.distinct()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.earliest()": "django.db.models.Model",
    "django.db.models.QuerySet.exclude()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.filter()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.first()": "django.db.models.Model",
    "django.db.models.QuerySet.get()": "django.db.models.Model",
    "django.db.models.QuerySet.last()": "django.db.models.Model",
    "django.db.models.QuerySet.latest()": "django.db.models.Model",
    "django.db.models.QuerySet.none()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.only()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.order_by()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.prefetch_related()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.reverse()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.select_for_update()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.select_related()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.using()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.values()": "django.db.models.QuerySet",
    "django.db.models.QuerySet.values_list()": "django.db.models.QuerySet",
    # --- ABL302: peewee --------------------------------------------------------------------
    # Query builders run nothing; execute() or iteration runs the query.  get()
    # and create() give a model instance.
    "peewee.Model.create()": "peewee.Model",
    "peewee.Model.delete()": "peewee.Query",
    "peewee.Model.get()": "peewee.Model",
    "peewee.Model.get_by_id()": "peewee.Model",
    "peewee.Model.get_or_none()": "peewee.Model",
    "peewee.Model.insert()": "peewee.Query",
    "peewee.Model.insert_many()": "peewee.Query",
    "peewee.Model.replace()": "peewee.Query",
    "peewee.Model.select()": "peewee.ModelSelect",
    "peewee.Model.update()": "peewee.Query",
    "peewee.ModelSelect.dicts()": "peewee.ModelSelect",
    "peewee.ModelSelect.distinct()": "peewee.ModelSelect",
    "peewee.ModelSelect.first()": "peewee.Model",
    "peewee.ModelSelect.get()": "peewee.Model",
    "peewee.ModelSelect.get_or_none()": "peewee.Model",
    "peewee.ModelSelect.group_by()": "peewee.ModelSelect",
    "peewee.ModelSelect.having()": "peewee.ModelSelect",
    "peewee.ModelSelect.join()": "peewee.ModelSelect",
    "peewee.ModelSelect.limit()": "peewee.ModelSelect",
    "peewee.ModelSelect.namedtuples()": "peewee.ModelSelect",
    "peewee.ModelSelect.objects()": "peewee.ModelSelect",
    "peewee.ModelSelect.offset()": "peewee.ModelSelect",
    "peewee.ModelSelect.order_by()": "peewee.ModelSelect",
    "peewee.ModelSelect.paginate()": "peewee.ModelSelect",
    "peewee.ModelSelect.switch()": "peewee.ModelSelect",
    "peewee.ModelSelect.tuples()": "peewee.ModelSelect",
    "peewee.ModelSelect.where()": "peewee.ModelSelect",
    "peewee.Query.on_conflict()": "peewee.Query",
    "peewee.Query.returning()": "peewee.Query",
    "peewee.Query.where()": "peewee.Query",
    # --- ABL303: redis -----------------------------------------------------------------------
    "redis.Redis.client()": "redis.Redis",
    "redis.Redis.lock()": "redis.lock.Lock",
    "redis.Redis.pipeline()": "redis.client.Pipeline",
    "redis.Redis.pubsub()": "redis.client.PubSub",
    "redis.cluster.RedisCluster.lock()": "redis.lock.Lock",
    "redis.cluster.RedisCluster.pipeline()": "redis.client.Pipeline",
    "redis.cluster.RedisCluster.pubsub()": "redis.client.PubSub",
    "redis.sentinel.Sentinel.master_for()": "redis.Redis",
    "redis.sentinel.Sentinel.slave_for()": "redis.Redis",
    # --- ABL303: pymongo ---------------------------------------------------------------------
    # `client.app` and `client["app"]` are databases, `db.users` and `db["users"]`
    # collections.
    "pymongo.MongoClient.*": "pymongo.database.Database",
    "pymongo.MongoClient.get_database()": "pymongo.database.Database",
    "pymongo.MongoClient.get_default_database()": "pymongo.database.Database",
    "pymongo.MongoClient.list_databases()": "pymongo.command_cursor.CommandCursor",
    "pymongo.MongoClient.watch()": "pymongo.change_stream.ChangeStream",
    "pymongo.MongoClient[]": "pymongo.database.Database",
    "pymongo.collection.Collection.aggregate()": "pymongo.command_cursor.CommandCursor",
    "pymongo.collection.Collection.database": "pymongo.database.Database",
    "pymongo.collection.Collection.find()": "pymongo.cursor.Cursor",
    "pymongo.collection.Collection.list_indexes()": "pymongo.command_cursor.CommandCursor",
    "pymongo.collection.Collection.watch()": "pymongo.change_stream.ChangeStream",
    "pymongo.collection.Collection.with_options()": "pymongo.collection.Collection",
    # Cursor modifiers give the same lazy cursor back.
    "pymongo.cursor.Cursor.allow_disk_use()": "pymongo.cursor.Cursor",
    "pymongo.cursor.Cursor.batch_size()": "pymongo.cursor.Cursor",
    "pymongo.cursor.Cursor.collation()": "pymongo.cursor.Cursor",
    "pymongo.cursor.Cursor.comment()": "pymongo.cursor.Cursor",
    "pymongo.cursor.Cursor.hint()": "pymongo.cursor.Cursor",
    "pymongo.cursor.Cursor.limit()": "pymongo.cursor.Cursor",
    "pymongo.cursor.Cursor.max_time_ms()": "pymongo.cursor.Cursor",
    "pymongo.cursor.Cursor.skip()": "pymongo.cursor.Cursor",
    "pymongo.cursor.Cursor.sort()": "pymongo.cursor.Cursor",
    "pymongo.cursor.Cursor.where()": "pymongo.cursor.Cursor",
    "pymongo.database.Database.*": "pymongo.collection.Collection",
    "pymongo.database.Database.aggregate()": "pymongo.command_cursor.CommandCursor",
    "pymongo.database.Database.client": "pymongo.MongoClient",
    "pymongo.database.Database.create_collection()": "pymongo.collection.Collection",
    "pymongo.database.Database.get_collection()": "pymongo.collection.Collection",
    "pymongo.database.Database.list_collections()": "pymongo.command_cursor.CommandCursor",
    "pymongo.database.Database.watch()": "pymongo.change_stream.ChangeStream",
    "pymongo.database.Database[]": "pymongo.collection.Collection",
    # --- ABL303: elasticsearch, opensearch, cassandra -------------------------------------------
    # The namespaced APIs (`es.indices.create(...)`) are HTTP requests too.
    "cassandra.cluster.Cluster.connect()": "cassandra.cluster.Session",
    "cassandra.cluster.Session.execute_async()": "cassandra.cluster.ResponseFuture",
    "elasticsearch.Elasticsearch.async_search": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.cat": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.cluster": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.esql": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.ilm": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.indices": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.inference": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.ingest": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.ml": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.nodes": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.options()": "elasticsearch.Elasticsearch",
    "elasticsearch.Elasticsearch.security": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.snapshot": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.sql": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.tasks": "elasticsearch.client.NamespacedClient",
    "elasticsearch.Elasticsearch.transform": "elasticsearch.client.NamespacedClient",
    "opensearchpy.OpenSearch.cat": "opensearchpy.client.NamespacedClient",
    "opensearchpy.OpenSearch.cluster": "opensearchpy.client.NamespacedClient",
    "opensearchpy.OpenSearch.indices": "opensearchpy.client.NamespacedClient",
    "opensearchpy.OpenSearch.ingest": "opensearchpy.client.NamespacedClient",
    "opensearchpy.OpenSearch.nodes": "opensearchpy.client.NamespacedClient",
    "opensearchpy.OpenSearch.snapshot": "opensearchpy.client.NamespacedClient",
    "opensearchpy.OpenSearch.tasks": "opensearchpy.client.NamespacedClient",
}

VALUES: Mapping[str, str] = {
    "django.db.connection": "django.db.connection",
    "django.db.connections": "django.db.connections",
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
    # --- ABL302 -------------------------------------------------------------------------
    "django.db.models.base.Model": "django.db.models.Model",
    "django.db.models.manager.Manager": "django.db.models.Manager",
    "django.db.models.query.QuerySet": "django.db.models.QuerySet",
    "flask_sqlalchemy.extension.SQLAlchemy": "flask_sqlalchemy.SQLAlchemy",
    "flask_sqlalchemy.query.Query": "sqlalchemy.orm.Query",
    "peewee.MySQLDatabase": "peewee.Database",
    "peewee.PostgresqlDatabase": "peewee.Database",
    "peewee.SqliteDatabase": "peewee.Database",
    "playhouse.pool.PooledMySQLDatabase": "peewee.Database",
    "playhouse.pool.PooledPostgresqlDatabase": "peewee.Database",
    "playhouse.pool.PooledSqliteDatabase": "peewee.Database",
    "playhouse.postgres_ext.PostgresqlExtDatabase": "peewee.Database",
    "playhouse.sqlite_ext.SqliteExtDatabase": "peewee.Database",
    "sqlalchemy.Connection": "sqlalchemy.engine.Connection",
    "sqlalchemy.Engine": "sqlalchemy.engine.Engine",
    "sqlalchemy.engine.base.Connection": "sqlalchemy.engine.Connection",
    "sqlalchemy.engine.base.Engine": "sqlalchemy.engine.Engine",
    "sqlalchemy.future.Connection": "sqlalchemy.engine.Connection",
    "sqlalchemy.future.Engine": "sqlalchemy.engine.Engine",
    "sqlalchemy.orm.query.Query": "sqlalchemy.orm.Query",
    "sqlalchemy.orm.scoping.scoped_session": "sqlalchemy.orm.scoped_session",
    "sqlalchemy.orm.session.Session": "sqlalchemy.orm.Session",
    "sqlalchemy.orm.session.sessionmaker": "sqlalchemy.orm.sessionmaker",
    # sqlmodel.Session subclasses Session and adds exec().
    "sqlmodel.Session": "sqlalchemy.orm.Session",
    "sqlmodel.orm.session.Session": "sqlalchemy.orm.Session",
    # --- ABL303 -------------------------------------------------------------------------
    "elasticsearch._sync.client.Elasticsearch": "elasticsearch.Elasticsearch",
    "elasticsearch.client.Elasticsearch": "elasticsearch.Elasticsearch",
    "gridfs.synchronous.grid_file.GridFS": "gridfs.GridFS",
    "gridfs.synchronous.grid_file.GridFSBucket": "gridfs.GridFSBucket",
    "opensearchpy.client.OpenSearch": "opensearchpy.OpenSearch",
    # The memcached clients share the API of the base Client.
    "pymemcache.Client": "pymemcache.client.base.Client",
    "pymemcache.HashClient": "pymemcache.client.base.Client",
    "pymemcache.PooledClient": "pymemcache.client.base.Client",
    "pymemcache.client.Client": "pymemcache.client.base.Client",
    "pymemcache.client.base.PooledClient": "pymemcache.client.base.Client",
    "pymemcache.client.hash.HashClient": "pymemcache.client.base.Client",
    "pymemcache.client.retrying.RetryingClient": "pymemcache.client.base.Client",
    "pymongo.mongo_client.MongoClient": "pymongo.MongoClient",
    "pymongo.synchronous.change_stream.ChangeStream": "pymongo.change_stream.ChangeStream",
    "pymongo.synchronous.collection.Collection": "pymongo.collection.Collection",
    "pymongo.synchronous.command_cursor.CommandCursor": "pymongo.command_cursor.CommandCursor",
    "pymongo.synchronous.cursor.Cursor": "pymongo.cursor.Cursor",
    "pymongo.synchronous.database.Database": "pymongo.database.Database",
    "pymongo.synchronous.mongo_client.MongoClient": "pymongo.MongoClient",
    # redis.asyncio.Redis is a different client (awaited commands): no alias.
    "redis.RedisCluster": "redis.cluster.RedisCluster",
    "redis.Sentinel": "redis.sentinel.Sentinel",
    "redis.StrictRedis": "redis.Redis",
    "redis.client.Redis": "redis.Redis",
    "redis.client.StrictRedis": "redis.Redis",
}

ENTERS: Mapping[str, Optional[str]] = {}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    # asyncpg, psycopg async, aiosqlite, aiomysql, redis.asyncio, the async pymongo
    # and SQLAlchemy's asyncio extension run on asyncio only: anyio and trio users
    # are told to run the call in a worker thread.
    "nosql_cassandra": {
        "asyncio": "await asyncio.to_thread(session.execute, query)",
        "anyio": "await anyio.to_thread.run_sync(session.execute, query)",
        "trio": "await trio.to_thread.run_sync(session.execute, query)",
    },
    "nosql_elasticsearch": {
        "asyncio": "elasticsearch.AsyncElasticsearch",
        "anyio": "await anyio.to_thread.run_sync(request)",
        "trio": "await trio.to_thread.run_sync(request)",
    },
    "nosql_gridfs": {
        "asyncio": "gridfs.AsyncGridFSBucket",
        "anyio": "await anyio.to_thread.run_sync(fn)",
        "trio": "await trio.to_thread.run_sync(fn)",
    },
    "nosql_memcache": {
        "asyncio": "aiomcache",
        "anyio": "await anyio.to_thread.run_sync(command)",
        "trio": "await trio.to_thread.run_sync(command)",
    },
    "nosql_mongo": {
        "asyncio": "pymongo.AsyncMongoClient",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "nosql_opensearch": {
        "asyncio": "opensearchpy.AsyncOpenSearch",
        "anyio": "await anyio.to_thread.run_sync(request)",
        "trio": "await trio.to_thread.run_sync(request)",
    },
    "nosql_redis": {
        "asyncio": "redis.asyncio.Redis (await the same command)",
        "anyio": "await anyio.to_thread.run_sync(command)",
        "trio": "await trio.to_thread.run_sync(command)",
    },
    # Django's async support is asyncio only: the other libraries fall back to it.
    "orm_django": {
        "asyncio": "the async ORM methods (aget, acount, asave...) or sync_to_async",
    },
    "orm_peewee": {
        "asyncio": "playhouse.pwasyncio (await query.aexecute()) or peewee-async",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
    "orm_sqlalchemy": {
        "asyncio": "AsyncSession with create_async_engine()",
        "anyio": "await anyio.to_thread.run_sync(query)",
        "trio": "await trio.to_thread.run_sync(query)",
    },
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

ATTRIBUTE_HINTS: Mapping[str, tuple[str, str]] = {
    # `Item.objects` is the default manager of a Django model.
    "objects": ("django", "django.db.models.Manager"),
    # `User.query` is Flask-SQLAlchemy's query property on a model.
    "query": ("flask_sqlalchemy", "sqlalchemy.orm.Query"),
}
