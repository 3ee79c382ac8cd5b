"""Family 3xx, ABL303: sync NoSQL and cache clients: redis, pymongo, memcached, search.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

The async twins (``redis.asyncio``, motor, ``pymongo.AsyncMongoClient``...)
are distinct qualified names with no row here: never alias them to a sync
type.  ALIASES are applied before every look-up, so the other tables have
rows for the canonical names only.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_REDIS = Api("ABL303", "nosql_redis")
_MONGO = Api("ABL303", "nosql_mongo")
_GRIDFS = Api("ABL303", "nosql_gridfs")
_MEMCACHE = Api("ABL303", "nosql_memcache")
_ELASTICSEARCH = Api("ABL303", "nosql_elasticsearch")
_OPENSEARCH = Api("ABL303", "nosql_opensearch")
_CASSANDRA = Api("ABL303", "nosql_cassandra")

CALLS: Mapping[str, Optional[Api]] = {
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
    # Entering acquires the lock, spinning with time.sleep() while it is taken.
    "redis.lock.Lock": _REDIS,
}

ITERATE: Mapping[str, Api] = {
    # --- ABL303 -------------------------------------------------------------------
    "pymongo.change_stream.ChangeStream": _MONGO,
    "pymongo.command_cursor.CommandCursor": _MONGO,
    "pymongo.cursor.Cursor": _MONGO,
}

RETURNS: Mapping[str, str] = {
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

ALIASES: Mapping[str, str] = {
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
}
