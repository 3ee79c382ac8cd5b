"""Family 2xx, ABL201: sync HTTP clients (requests, httpx, urllib, urllib3, http.client...).

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Async twins (``httpx.AsyncClient``, ``aiohttp.ClientSession``...) have no rows
on purpose: their calls are awaited, and a value of an unknown type never
matches a method row. Suggestions never send trio users to asyncio-only
libraries (aiohttp, niquests' ``AsyncSession``...): they get
``httpx.AsyncClient`` or a thread.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_HTTP = Api("ABL201", "http_client")
_HTTP_SESSION = Api("ABL201", "http_session")
_HTTP_CONNECTION = Api("ABL201", "http_connection")
_HTTP_RESPONSE = Api("ABL201", "http_response")
_CURL = Api("ABL201", "http_curl")
_CURL_CFFI = Api("ABL201", "http_curl_cffi")
_NIQUESTS = Api("ABL201", "http_niquests")
_WEBSOCKET = Api("ABL201", "http_websocket")
_JWKS = Api("ABL201", "http_jwks")
_OFFLOAD_ANYIO = "await anyio.to_thread.run_sync(fn, ...)"
_OFFLOAD_TRIO = "await trio.to_thread.run_sync(fn, ...)"

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL201: module-level HTTP functions ----------------------------------
    "curl_cffi.requests.delete": _CURL_CFFI,
    "curl_cffi.requests.get": _CURL_CFFI,
    "curl_cffi.requests.head": _CURL_CFFI,
    "curl_cffi.requests.options": _CURL_CFFI,
    "curl_cffi.requests.patch": _CURL_CFFI,
    "curl_cffi.requests.post": _CURL_CFFI,
    "curl_cffi.requests.put": _CURL_CFFI,
    "curl_cffi.requests.request": _CURL_CFFI,
    "httpx.delete": _HTTP,
    "httpx.get": _HTTP,
    "httpx.head": _HTTP,
    "httpx.options": _HTTP,
    "httpx.patch": _HTTP,
    "httpx.post": _HTTP,
    "httpx.put": _HTTP,
    "httpx.request": _HTTP,
    "httpx.stream": _HTTP,
    "httpx2.delete": _HTTP,
    "httpx2.get": _HTTP,
    "httpx2.head": _HTTP,
    "httpx2.options": _HTTP,
    "httpx2.patch": _HTTP,
    "httpx2.post": _HTTP,
    "httpx2.put": _HTTP,
    "httpx2.request": _HTTP,
    "httpx2.stream": _HTTP,
    "niquests.delete": _NIQUESTS,
    "niquests.get": _NIQUESTS,
    "niquests.head": _NIQUESTS,
    "niquests.options": _NIQUESTS,
    "niquests.patch": _NIQUESTS,
    "niquests.post": _NIQUESTS,
    "niquests.put": _NIQUESTS,
    "niquests.request": _NIQUESTS,
    "requests.delete": _HTTP,
    "requests.get": _HTTP,
    "requests.head": _HTTP,
    "requests.options": _HTTP,
    "requests.patch": _HTTP,
    "requests.post": _HTTP,
    "requests.put": _HTTP,
    "requests.request": _HTTP,
    # Request objects are plain data until a session sends them.
    "requests.Request": None,
    "ssl.get_server_certificate": Api("ABL201", "http_tls_probe"),
    "urllib.request.urlopen": _HTTP,
    "urllib.request.urlretrieve": Api("ABL201", "http_download"),
    # A Request object is plain data; build_opener() only wires handlers.
    "urllib.request.Request": None,
    "urllib.request.build_opener": None,
    "urllib3.request": _HTTP,
    "websocket.create_connection": _WEBSOCKET,
    "websockets.sync.client.connect": _WEBSOCKET,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL201: requests, niquests, curl_cffi sessions -----------------------
    "curl_cffi.requests.Session.delete": _CURL_CFFI,
    "curl_cffi.requests.Session.get": _CURL_CFFI,
    "curl_cffi.requests.Session.head": _CURL_CFFI,
    "curl_cffi.requests.Session.options": _CURL_CFFI,
    "curl_cffi.requests.Session.patch": _CURL_CFFI,
    "curl_cffi.requests.Session.post": _CURL_CFFI,
    "curl_cffi.requests.Session.put": _CURL_CFFI,
    "curl_cffi.requests.Session.request": _CURL_CFFI,
    "curl_cffi.requests.Session.stream": _CURL_CFFI,
    "niquests.Session.delete": _NIQUESTS,
    "niquests.Session.get": _NIQUESTS,
    "niquests.Session.head": _NIQUESTS,
    "niquests.Session.options": _NIQUESTS,
    "niquests.Session.patch": _NIQUESTS,
    "niquests.Session.post": _NIQUESTS,
    "niquests.Session.put": _NIQUESTS,
    "niquests.Session.request": _NIQUESTS,
    "niquests.Session.send": _NIQUESTS,
    "requests.Session.delete": _HTTP_SESSION,
    "requests.Session.get": _HTTP_SESSION,
    "requests.Session.head": _HTTP_SESSION,
    "requests.Session.options": _HTTP_SESSION,
    "requests.Session.patch": _HTTP_SESSION,
    "requests.Session.post": _HTTP_SESSION,
    "requests.Session.put": _HTTP_SESSION,
    "requests.Session.request": _HTTP_SESSION,
    "requests.Session.send": _HTTP_SESSION,
    # Local bookkeeping: closing the pool, mounting adapters, preparing.
    "requests.Session.close": None,
    "requests.Session.get_adapter": None,
    "requests.Session.mount": None,
    "requests.Session.prepare_request": None,
    "requests.adapters.HTTPAdapter.send": _HTTP_SESSION,
    # --- ABL201: httplib2, httpx and httpx2 sync clients --------------------------------
    "httplib2.Http.request": _HTTP_SESSION,
    "httpx.Client.close": _HTTP_SESSION,
    "httpx.Client.delete": _HTTP_SESSION,
    "httpx.Client.get": _HTTP_SESSION,
    "httpx.Client.head": _HTTP_SESSION,
    "httpx.Client.options": _HTTP_SESSION,
    "httpx.Client.patch": _HTTP_SESSION,
    "httpx.Client.post": _HTTP_SESSION,
    "httpx.Client.put": _HTTP_SESSION,
    "httpx.Client.request": _HTTP_SESSION,
    "httpx.Client.send": _HTTP_SESSION,
    "httpx.Client.stream": _HTTP_SESSION,
    # build_request() only builds the Request object.
    "httpx.Client.build_request": None,
    "httpx2.Client.build_request": None,  # as httpx.Client.build_request
    "httpx2.Client.close": _HTTP_SESSION,
    "httpx2.Client.delete": _HTTP_SESSION,
    "httpx2.Client.get": _HTTP_SESSION,
    "httpx2.Client.head": _HTTP_SESSION,
    "httpx2.Client.options": _HTTP_SESSION,
    "httpx2.Client.patch": _HTTP_SESSION,
    "httpx2.Client.post": _HTTP_SESSION,
    "httpx2.Client.put": _HTTP_SESSION,
    "httpx2.Client.request": _HTTP_SESSION,
    "httpx2.Client.send": _HTTP_SESSION,
    "httpx2.Client.stream": _HTTP_SESSION,
    # --- ABL201: http.client --------------------------------------------------
    "http.client.HTTPConnection.connect": _HTTP_CONNECTION,
    "http.client.HTTPConnection.endheaders": _HTTP_CONNECTION,
    "http.client.HTTPConnection.getresponse": _HTTP_CONNECTION,
    "http.client.HTTPConnection.putrequest": _HTTP_CONNECTION,
    "http.client.HTTPConnection.request": _HTTP_CONNECTION,
    "http.client.HTTPConnection.send": _HTTP_CONNECTION,
    # putheader() only buffers; close() and set_tunnel() touch no peer.
    "http.client.HTTPConnection.close": None,
    "http.client.HTTPConnection.putheader": None,
    "http.client.HTTPConnection.set_tunnel": None,
    "http.client.HTTPResponse.peek": _HTTP_RESPONSE,
    "http.client.HTTPResponse.read": _HTTP_RESPONSE,
    "http.client.HTTPResponse.read1": _HTTP_RESPONSE,
    "http.client.HTTPResponse.readinto": _HTTP_RESPONSE,
    "http.client.HTTPResponse.readline": _HTTP_RESPONSE,
    "http.client.HTTPResponse.readlines": _HTTP_RESPONSE,
    # Headers and status were parsed when the response was received.
    "http.client.HTTPResponse.getcode": None,
    "http.client.HTTPResponse.getheader": None,
    "http.client.HTTPResponse.getheaders": None,
    "http.client.HTTPResponse.geturl": None,
    "http.client.HTTPResponse.info": None,
    # --- ABL201: urllib.request -----------------------------------------------
    "urllib.request.OpenerDirector.open": _HTTP,
    "urllib.robotparser.RobotFileParser.read": Api("ABL201", "http_robots"),
    # parse() and can_fetch() work on lines already in memory.
    "urllib.robotparser.RobotFileParser.can_fetch": None,
    "urllib.robotparser.RobotFileParser.parse": None,
    # --- ABL201: urllib3 ------------------------------------------------------
    "urllib3.HTTPConnectionPool.request": _HTTP_SESSION,
    "urllib3.HTTPConnectionPool.request_encode_body": _HTTP_SESSION,
    "urllib3.HTTPConnectionPool.request_encode_url": _HTTP_SESSION,
    "urllib3.HTTPConnectionPool.urlopen": _HTTP_SESSION,
    "urllib3.PoolManager.request": _HTTP_SESSION,
    "urllib3.PoolManager.request_encode_body": _HTTP_SESSION,
    "urllib3.PoolManager.request_encode_url": _HTTP_SESSION,
    "urllib3.PoolManager.urlopen": _HTTP_SESSION,
    # Picking a pool for a URL opens no connection; clear() closes pools.
    "urllib3.PoolManager.clear": None,
    "urllib3.PoolManager.connection_from_host": None,
    "urllib3.PoolManager.connection_from_url": None,
    # Only a response made with preload_content=False still has its body on
    # the socket; a preloaded one is read already, so read() and json() of
    # the default form cost nothing and have no row.
    "urllib3.response.HTTPResponse.drain_conn": _HTTP_RESPONSE,
    "urllib3.response.HTTPResponse.read_chunked": _HTTP_RESPONSE,
    "urllib3.response.HTTPResponse.stream": _HTTP_RESPONSE,
    # --- ABL201: pycurl -------------------------------------------------------
    "pycurl.Curl.perform": _CURL,
    "pycurl.Curl.perform_rb": _CURL,
    "pycurl.Curl.perform_rs": _CURL,
    # Options and results are set and read in memory.
    "pycurl.Curl.getinfo": None,
    "pycurl.Curl.reset": None,
    "pycurl.Curl.setopt": None,
    # --- ABL201: PyJWT's key set client ----------------------------------------
    # It fetches the JWKS with urllib whenever its cache (five minutes by
    # default) has expired or a token names an unknown key.
    "jwt.PyJWKClient.fetch_data": _JWKS,
    "jwt.PyJWKClient.get_jwk_set": _JWKS,
    "jwt.PyJWKClient.get_signing_key": _JWKS,
    "jwt.PyJWKClient.get_signing_key_from_jwt": _JWKS,
    "jwt.PyJWKClient.get_signing_keys": _JWKS,
    # --- ABL201: websocket-client and websockets' sync client -----------------
    "websocket.WebSocket.close": _WEBSOCKET,
    "websocket.WebSocket.connect": _WEBSOCKET,
    "websocket.WebSocket.ping": _WEBSOCKET,
    "websocket.WebSocket.pong": _WEBSOCKET,
    "websocket.WebSocket.recv": _WEBSOCKET,
    "websocket.WebSocket.recv_data": _WEBSOCKET,
    "websocket.WebSocket.recv_data_frame": _WEBSOCKET,
    "websocket.WebSocket.recv_frame": _WEBSOCKET,
    "websocket.WebSocket.send": _WEBSOCKET,
    "websocket.WebSocket.send_binary": _WEBSOCKET,
    "websocket.WebSocket.send_frame": _WEBSOCKET,
    "websocket.WebSocketApp.run_forever": _WEBSOCKET,
    "websockets.sync.client.ClientConnection.close": _WEBSOCKET,
    "websockets.sync.client.ClientConnection.recv": _WEBSOCKET,
    "websockets.sync.client.ClientConnection.recv_streaming": _WEBSOCKET,
    "websockets.sync.client.ClientConnection.send": _WEBSOCKET,
}

ITERATE: Mapping[str, Api] = {
    # --- ABL201 ---------------------------------------------------------------
    "http.client.HTTPResponse": _HTTP_RESPONSE,
    "websockets.sync.client.ClientConnection": _WEBSOCKET,
}

RETURNS: Mapping[str, str] = {
    # --- ABL201 ---------------------------------------------------------------
    "curl_cffi.requests.Session": "curl_cffi.requests.Session",
    "http.client.HTTPConnection": "http.client.HTTPConnection",
    "http.client.HTTPResponse": "http.client.HTTPResponse",
    "httplib2.Http": "httplib2.Http",
    "jwt.PyJWKClient": "jwt.PyJWKClient",
    "httpx.Client": "httpx.Client",
    "httpx2.Client": "httpx2.Client",
    "niquests.Session": "niquests.Session",
    "pycurl.Curl": "pycurl.Curl",
    "requests.Session": "requests.Session",
    "requests.adapters.HTTPAdapter": "requests.adapters.HTTPAdapter",
    "requests.session": "requests.Session",
    "urllib.request.OpenerDirector": "urllib.request.OpenerDirector",
    "urllib.request.build_opener": "urllib.request.OpenerDirector",
    "urllib.request.urlopen": "http.client.HTTPResponse",
    "urllib.robotparser.RobotFileParser": "urllib.robotparser.RobotFileParser",
    "urllib3.HTTPConnectionPool": "urllib3.HTTPConnectionPool",
    "urllib3.PoolManager": "urllib3.PoolManager",
    "urllib3.connection_from_url": "urllib3.HTTPConnectionPool",
    "urllib3.proxy_from_url": "urllib3.PoolManager",
    "urllib3.response.HTTPResponse": "urllib3.response.HTTPResponse",
    "websocket.WebSocket": "websocket.WebSocket",
    "websocket.WebSocketApp": "websocket.WebSocketApp",
    "websocket.create_connection": "websocket.WebSocket",
    "websockets.sync.client.ClientConnection": "websockets.sync.client.ClientConnection",
    "websockets.sync.client.connect": "websockets.sync.client.ClientConnection",
}

MEMBERS: Mapping[str, str] = {
    # --- ABL201 ---------------------------------------------------------------
    "http.client.HTTPConnection.getresponse()": "http.client.HTTPResponse",
    "urllib.request.OpenerDirector.open()": "http.client.HTTPResponse",
}

# A call, an annotation or a constructor spelt as an alias is looked up under
# the canonical name.
ALIASES: Mapping[str, str] = {
    # --- ABL201 ---------------------------------------------------------------
    "curl_cffi.Session": "curl_cffi.requests.Session",
    "curl_cffi.delete": "curl_cffi.requests.delete",
    "curl_cffi.get": "curl_cffi.requests.get",
    "curl_cffi.head": "curl_cffi.requests.head",
    "curl_cffi.options": "curl_cffi.requests.options",
    "curl_cffi.patch": "curl_cffi.requests.patch",
    "curl_cffi.post": "curl_cffi.requests.post",
    "curl_cffi.put": "curl_cffi.requests.put",
    "curl_cffi.request": "curl_cffi.requests.request",
    "curl_cffi.requests.session.Session": "curl_cffi.requests.Session",
    "http.client.HTTPSConnection": "http.client.HTTPConnection",
    "httpx._client.Client": "httpx.Client",
    "jwt.jwks_client.PyJWKClient": "jwt.PyJWKClient",
    "niquests.sessions.Session": "niquests.Session",
    "requests.api.delete": "requests.delete",
    "requests.api.get": "requests.get",
    "requests.api.head": "requests.head",
    "requests.api.options": "requests.options",
    "requests.api.patch": "requests.patch",
    "requests.api.post": "requests.post",
    "requests.api.put": "requests.put",
    "requests.api.request": "requests.request",
    "requests.sessions.Session": "requests.Session",
    # OAuth sessions of requests-oauthlib and Authlib are requests.Session
    # subclasses: every request they send is a requests one.
    "authlib.integrations.requests_client.AssertionSession": "requests.Session",
    "authlib.integrations.requests_client.OAuth1Session": "requests.Session",
    "authlib.integrations.requests_client.OAuth2Session": "requests.Session",
    "requests_oauthlib.OAuth1Session": "requests.Session",
    "requests_oauthlib.OAuth2Session": "requests.Session",
    "requests_oauthlib.oauth1_session.OAuth1Session": "requests.Session",
    "requests_oauthlib.oauth2_session.OAuth2Session": "requests.Session",
    "requests.sessions.session": "requests.session",
    "six.moves.urllib.request.urlopen": "urllib.request.urlopen",
    "urllib3.BaseHTTPResponse": "urllib3.response.HTTPResponse",
    "urllib3.HTTPResponse": "urllib3.response.HTTPResponse",
    "urllib3.HTTPSConnectionPool": "urllib3.HTTPConnectionPool",
    "urllib3.ProxyManager": "urllib3.PoolManager",
    "urllib3.connectionpool.HTTPConnectionPool": "urllib3.HTTPConnectionPool",
    "urllib3.connectionpool.HTTPSConnectionPool": "urllib3.HTTPConnectionPool",
    "urllib3.poolmanager.PoolManager": "urllib3.PoolManager",
    "urllib3.poolmanager.ProxyManager": "urllib3.PoolManager",
    "urllib3.response.BaseHTTPResponse": "urllib3.response.HTTPResponse",
    "websocket._app.WebSocketApp": "websocket.WebSocketApp",
    "websocket._core.WebSocket": "websocket.WebSocket",
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    # --- ABL201 ---------------------------------------------------------------
    "http_client": {
        "asyncio": "httpx.AsyncClient or aiohttp.ClientSession",
        "anyio": "httpx.AsyncClient",
        "trio": "httpx.AsyncClient",
    },
    "http_connection": {
        "asyncio": "httpx.AsyncClient or asyncio.open_connection()",
        "anyio": "httpx.AsyncClient or anyio.connect_tcp()",
        "trio": "httpx.AsyncClient or trio.open_tcp_stream()",
    },
    "http_curl": {
        "asyncio": "httpx.AsyncClient or asyncio.to_thread(curl.perform)",
        "anyio": "httpx.AsyncClient or anyio.to_thread.run_sync(curl.perform)",
        "trio": "httpx.AsyncClient or trio.to_thread.run_sync(curl.perform)",
    },
    "http_curl_cffi": {
        "asyncio": "curl_cffi.requests.AsyncSession",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "http_download": {
        "asyncio": "httpx.AsyncClient.stream() and aiofiles",
        "anyio": "httpx.AsyncClient.stream() and anyio.open_file()",
        "trio": "httpx.AsyncClient.stream() and trio.open_file()",
    },
    "http_niquests": {
        "asyncio": "niquests.AsyncSession",
        "anyio": "httpx.AsyncClient",
        "trio": "httpx.AsyncClient",
    },
    "http_response": {
        "asyncio": "httpx.AsyncClient and await response.aread()",
        "anyio": "httpx.AsyncClient and await response.aread()",
        "trio": "httpx.AsyncClient and await response.aread()",
    },
    "http_robots": {
        "asyncio": "httpx.AsyncClient, then parser.parse(lines)",
        "anyio": "httpx.AsyncClient, then parser.parse(lines)",
        "trio": "httpx.AsyncClient, then parser.parse(lines)",
    },
    "http_jwks": {
        "asyncio": "await asyncio.to_thread(fn, ...), or keys fetched by httpx.AsyncClient",
        "anyio": "await anyio.to_thread.run_sync(fn, ...), or keys fetched by httpx.AsyncClient",
        "trio": "await trio.to_thread.run_sync(fn, ...), or keys fetched by httpx.AsyncClient",
    },
    "http_session": {
        "asyncio": "one shared httpx.AsyncClient or aiohttp.ClientSession",
        "anyio": "one shared httpx.AsyncClient",
        "trio": "one shared httpx.AsyncClient",
    },
    "http_tls_probe": {
        "asyncio": "await asyncio.to_thread(ssl.get_server_certificate, addr)",
        "anyio": "await anyio.to_thread.run_sync(ssl.get_server_certificate, addr)",
        "trio": "await trio.to_thread.run_sync(ssl.get_server_certificate, addr)",
    },
    "http_websocket": {
        "asyncio": "websockets (asyncio) or aiohttp ws_connect()",
        "anyio": _OFFLOAD_ANYIO,
        "trio": "trio_websocket.open_websocket_url()",
    },
}
