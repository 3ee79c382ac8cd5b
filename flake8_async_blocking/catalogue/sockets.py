"""Family 2xx, ABL202: sync sockets, DNS look-ups, readiness waits, servers and IPC.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_DNS = Api("ABL202", "dns_lookup")
_DNS_QUERY = Api("ABL202", "dns_query")
_CONNECT = Api("ABL202", "socket_connect")
_ACCEPT = Api("ABL202", "socket_accept")
_SOCKET_IO = Api("ABL202", "socket_io")
_TLS = Api("ABL202", "socket_tls")
_SELECT = Api("ABL202", "socket_wait", "poll_zero")
_SERVER = Api("ABL202", "socket_server")
_IPC = Api("ABL202", "socket_ipc")
_OFFLOAD_ANYIO = "await anyio.to_thread.run_sync(fn, ...)"
_OFFLOAD_TRIO = "await trio.to_thread.run_sync(fn, ...)"

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL202: DNS ----------------------------------------------------------
    "dns.query.https": _DNS_QUERY,
    "dns.query.inbound_xfr": _DNS_QUERY,
    "dns.query.quic": _DNS_QUERY,
    "dns.query.tcp": _DNS_QUERY,
    "dns.query.tls": _DNS_QUERY,
    "dns.query.udp": _DNS_QUERY,
    "dns.query.udp_with_fallback": _DNS_QUERY,
    "dns.query.xfr": _DNS_QUERY,
    "dns.resolver.canonical_name": _DNS_QUERY,
    "dns.resolver.query": _DNS_QUERY,
    "dns.resolver.resolve": _DNS_QUERY,
    "dns.resolver.resolve_address": _DNS_QUERY,
    "dns.resolver.resolve_name": _DNS_QUERY,
    "dns.resolver.zone_for_name": _DNS_QUERY,
    # AI_NUMERICHOST: the host is an address already; nothing is looked up.
    "socket.getaddrinfo": Api("ABL202", "dns_lookup", "resolves_names"),
    "socket.getfqdn": _DNS,
    "socket.gethostbyaddr": _DNS,
    "socket.gethostbyname": _DNS,
    "socket.gethostbyname_ex": _DNS,
    # gethostname() is one uname() system call: no resolver, no network.
    "socket.gethostname": None,
    "socket.getnameinfo": _DNS,
    # --- ABL202: sockets, select, IPC -----------------------------------------
    # Client() connects to the listener at once; wait() waits for readiness.
    "multiprocessing.connection.Client": _IPC,
    "multiprocessing.connection.wait": Api("ABL202", "socket_ipc", "poll_zero"),
    "select.select": _SELECT,
    "socket.create_connection": _CONNECT,
    # create_server() only binds and listens: it never waits for a peer.
    "socket.create_server": None,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL202: dnspython ----------------------------------------------------
    "dns.resolver.Resolver.canonical_name": _DNS_QUERY,
    "dns.resolver.Resolver.query": _DNS_QUERY,
    "dns.resolver.Resolver.resolve": _DNS_QUERY,
    "dns.resolver.Resolver.resolve_address": _DNS_QUERY,
    "dns.resolver.Resolver.resolve_name": _DNS_QUERY,
    "dns.resolver.Resolver.try_ddr": _DNS_QUERY,
    # --- ABL202: socket.socket ------------------------------------------------
    "socket.SocketIO.read": _SOCKET_IO,
    "socket.SocketIO.readinto": _SOCKET_IO,
    "socket.SocketIO.readline": _SOCKET_IO,
    "socket.SocketIO.readlines": _SOCKET_IO,
    "socket.SocketIO.write": _SOCKET_IO,
    "socket.socket.accept": _ACCEPT,
    "socket.socket.connect": _CONNECT,
    "socket.socket.connect_ex": _CONNECT,
    "socket.socket.recv": _SOCKET_IO,
    "socket.socket.recv_into": _SOCKET_IO,
    "socket.socket.recvfrom": _SOCKET_IO,
    "socket.socket.recvfrom_into": _SOCKET_IO,
    "socket.socket.recvmsg": _SOCKET_IO,
    "socket.socket.recvmsg_into": _SOCKET_IO,
    "socket.socket.send": _SOCKET_IO,
    "socket.socket.sendall": _SOCKET_IO,
    "socket.socket.sendfile": _SOCKET_IO,
    "socket.socket.sendmsg": _SOCKET_IO,
    "socket.socket.sendto": _SOCKET_IO,
    # Set-up and bookkeeping: none of these waits for a peer.
    "socket.socket.bind": None,
    "socket.socket.close": None,
    "socket.socket.fileno": None,
    "socket.socket.getpeername": None,
    "socket.socket.getsockname": None,
    "socket.socket.listen": None,
    "socket.socket.makefile": None,
    "socket.socket.setblocking": None,
    "socket.socket.setsockopt": None,
    "socket.socket.settimeout": None,
    "socket.socket.shutdown": None,
    # --- ABL202: TLS sockets --------------------------------------------------
    # wrap_socket() on a connected socket runs the TLS handshake at once.
    "ssl.SSLContext.wrap_socket": _TLS,
    "ssl.SSLSocket.accept": _ACCEPT,
    "ssl.SSLSocket.connect": _TLS,
    "ssl.SSLSocket.connect_ex": _TLS,
    "ssl.SSLSocket.do_handshake": _TLS,
    "ssl.SSLSocket.read": _SOCKET_IO,
    "ssl.SSLSocket.recv": _SOCKET_IO,
    "ssl.SSLSocket.recv_into": _SOCKET_IO,
    "ssl.SSLSocket.recvfrom": _SOCKET_IO,
    "ssl.SSLSocket.recvfrom_into": _SOCKET_IO,
    "ssl.SSLSocket.send": _SOCKET_IO,
    "ssl.SSLSocket.sendall": _SOCKET_IO,
    "ssl.SSLSocket.sendfile": _SOCKET_IO,
    "ssl.SSLSocket.sendto": _SOCKET_IO,
    "ssl.SSLSocket.unwrap": _TLS,
    "ssl.SSLSocket.write": _SOCKET_IO,
    # --- ABL202: readiness waits (a timeout of 0 is a poll) -------------------
    "select.epoll.poll": _SELECT,
    "select.kqueue.control": _SELECT,
    "select.poll.poll": _SELECT,
    "selectors.BaseSelector.select": _SELECT,
    # --- ABL202: servers and IPC ----------------------------------------------
    # poll() with no timeout is a poll; poll(None) waits for data with no end.
    "multiprocessing.connection.Connection.poll": Api(
        "ABL202", "socket_ipc", "waits_given_timeout"
    ),
    "multiprocessing.connection.Connection.recv": _IPC,
    "multiprocessing.connection.Connection.recv_bytes": _IPC,
    "multiprocessing.connection.Connection.recv_bytes_into": _IPC,
    "multiprocessing.connection.Connection.send": _IPC,
    "multiprocessing.connection.Connection.send_bytes": _IPC,
    "multiprocessing.connection.Listener.accept": _IPC,
    "socketserver.BaseServer.handle_request": _SERVER,
    "socketserver.BaseServer.serve_forever": _SERVER,
    # shutdown() waits until serve_forever() in another thread has stopped.
    "socketserver.BaseServer.shutdown": _SERVER,
    # server_close() only closes the listening socket.
    "socketserver.BaseServer.server_close": None,
}

ITERATE: Mapping[str, Api] = {
    # --- ABL202 ---------------------------------------------------------------
    "socket.SocketIO": _SOCKET_IO,
}

RETURNS: Mapping[str, str] = {
    # --- ABL202 ---------------------------------------------------------------
    "dns.resolver.Resolver": "dns.resolver.Resolver",
    "dns.resolver.get_default_resolver": "dns.resolver.Resolver",
    "multiprocessing.connection.Client": "multiprocessing.connection.Connection",
    "multiprocessing.connection.Connection": "multiprocessing.connection.Connection",
    "multiprocessing.connection.Listener": "multiprocessing.connection.Listener",
    # Pipe() gives its two ends: ``reader, writer = Pipe()``.
    "multiprocessing.Pipe": (
        "(multiprocessing.connection.Connection,multiprocessing.connection.Connection)"
    ),
    "multiprocessing.connection.Pipe": (
        "(multiprocessing.connection.Connection,multiprocessing.connection.Connection)"
    ),
    "select.epoll": "select.epoll",
    "select.kqueue": "select.kqueue",
    "select.poll": "select.poll",
    "selectors.BaseSelector": "selectors.BaseSelector",
    "socket.SocketIO": "socket.SocketIO",
    "socket.create_connection": "socket.socket",
    "socket.create_server": "socket.socket",
    "socket.fromfd": "socket.socket",
    "socket.socket": "socket.socket",
    "socketserver.BaseServer": "socketserver.BaseServer",
    "ssl.SSLSocket": "ssl.SSLSocket",
    "wsgiref.simple_server.make_server": "socketserver.BaseServer",
}

MEMBERS: Mapping[str, str] = {
    # --- ABL202 ---------------------------------------------------------------
    "multiprocessing.connection.Listener.accept()": "multiprocessing.connection.Connection",
    "socket.socket.dup()": "socket.socket",
    # makefile() wraps a socket.SocketIO: reads and writes go to the peer.
    "socket.socket.makefile()": "socket.SocketIO",
    "ssl.SSLContext.wrap_socket()": "ssl.SSLSocket",
}

# A call, an annotation or a constructor spelt as an alias is looked up under
# the canonical name.
ALIASES: Mapping[str, str] = {
    # --- ABL202 ---------------------------------------------------------------
    "http.server.HTTPServer": "socketserver.BaseServer",
    "http.server.ThreadingHTTPServer": "socketserver.BaseServer",
    "selectors.DefaultSelector": "selectors.BaseSelector",
    "selectors.EpollSelector": "selectors.BaseSelector",
    "selectors.KqueueSelector": "selectors.BaseSelector",
    "selectors.PollSelector": "selectors.BaseSelector",
    "selectors.SelectSelector": "selectors.BaseSelector",
    "socket.SocketType": "socket.socket",
    "socketserver.ForkingTCPServer": "socketserver.BaseServer",
    "socketserver.TCPServer": "socketserver.BaseServer",
    "socketserver.ThreadingTCPServer": "socketserver.BaseServer",
    "socketserver.ThreadingUDPServer": "socketserver.BaseServer",
    "socketserver.UDPServer": "socketserver.BaseServer",
    "socketserver.UnixStreamServer": "socketserver.BaseServer",
    "wsgiref.simple_server.WSGIServer": "socketserver.BaseServer",
    "xmlrpc.server.SimpleXMLRPCServer": "socketserver.BaseServer",
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    # --- ABL202 ---------------------------------------------------------------
    "dns_lookup": {
        "asyncio": "await loop.getaddrinfo() / loop.getnameinfo()",
        "anyio": "await anyio.getaddrinfo() / anyio.getnameinfo()",
        "trio": "await trio.socket.getaddrinfo() / getnameinfo()",
    },
    "dns_query": {
        "asyncio": "dns.asyncresolver / dns.asyncquery (awaited)",
        "anyio": "dns.asyncresolver / dns.asyncquery (awaited)",
        "trio": "dns.asyncresolver / dns.asyncquery (awaited)",
    },
    "socket_accept": {
        "asyncio": "asyncio.start_server() or await loop.sock_accept()",
        "anyio": "anyio.create_tcp_listener()",
        "trio": "trio.serve_tcp() or await on a trio.socket socket",
    },
    "socket_connect": {
        "asyncio": "await asyncio.open_connection() or loop.sock_connect()",
        "anyio": "await anyio.connect_tcp()",
        "trio": "await trio.open_tcp_stream()",
    },
    "socket_io": {
        "asyncio": "asyncio streams or loop.sock_recv() / sock_sendall()",
        "anyio": "anyio streams from anyio.connect_tcp()",
        "trio": "trio streams, or await on a trio.socket socket",
    },
    "socket_ipc": {
        "asyncio": "await asyncio.to_thread(fn, ...)",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "socket_server": {
        "asyncio": "asyncio.start_server() or an ASGI server",
        "anyio": "anyio.create_tcp_listener()",
        "trio": "trio.serve_tcp()",
    },
    "socket_tls": {
        "asyncio": "await asyncio.open_connection(..., ssl=context)",
        "anyio": "await anyio.connect_tcp(..., tls=True)",
        "trio": "await trio.open_ssl_over_tcp_stream()",
    },
    "socket_wait": {
        "asyncio": "loop.add_reader() / loop.add_writer()",
        "anyio": "await anyio.wait_readable() / anyio.wait_writable()",
        "trio": "await trio.lowlevel.wait_readable() / wait_writable()",
    },
}
