"""Family 3xx, ABL302: sync ORM queries: SQLAlchemy Session and Engine, Django ORM, peewee.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

SQLAlchemy's ``AsyncSession`` and the async Django ORM methods (``aget``,
``acount``...) are distinct names with no row here: never alias them to a sync
type.  ALIASES are applied before every look-up, so the other tables have
rows for the canonical names only.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_SQLALCHEMY = Api("ABL302", "orm_sqlalchemy")
_DJANGO = Api("ABL302", "orm_django")
_PEEWEE = Api("ABL302", "orm_peewee")

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL302: Django -------------------------------------------------------------------
    # Making an Atomic does no I/O (it is also a decorator factory:
    # atomic(using=alias)(view)); entering it does, see WITH.
    "django.db.transaction.atomic": None,
    "django.shortcuts.get_list_or_404": _DJANGO,
    "django.shortcuts.get_object_or_404": _DJANGO,
}

METHODS: Mapping[str, Optional[Api]] = {
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
}

WITH: Mapping[str, Api] = {
    # Entering atomic() turns autocommit off on the connection (a round trip).
    "django.db.transaction.Atomic": _DJANGO,
    # `with db:` opens a connection and a transaction.
    "peewee.Database": _PEEWEE,
}

ITERATE: Mapping[str, Api] = {
    # --- ABL302 -------------------------------------------------------------------
    "django.db.cursor": _DJANGO,
    "django.db.models.QuerySet": _DJANGO,
    "peewee.ModelSelect": _PEEWEE,
    "sqlalchemy.orm.Query": _SQLALCHEMY,
}

RETURNS: Mapping[str, str] = {
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
}

MEMBERS: Mapping[str, str] = {
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
}

VALUES: Mapping[str, str] = {
    "django.db.connection": "django.db.connection",
    "django.db.connections": "django.db.connections",
}

ALIASES: Mapping[str, str] = {
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
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    # asyncpg, psycopg async, aiosqlite, aiomysql, redis.asyncio, the async pymongo
    # and SQLAlchemy's asyncio extension run on asyncio only: anyio and trio users
    # are told to run the call in a worker thread.
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
}

ATTRIBUTE_HINTS: Mapping[str, tuple[str, str]] = {
    # `Item.objects` is the default manager of a Django model.
    "objects": ("django", "django.db.models.Manager"),
    # `User.query` is Flask-SQLAlchemy's query property on a model.
    "query": ("flask_sqlalchemy", "sqlalchemy.orm.Query"),
}
