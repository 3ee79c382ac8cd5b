"""Family 2xx: sync HTTP clients, sockets and DNS, other network clients.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Async twins (``httpx.AsyncClient``, ``aiohttp.ClientSession``, ``aioboto3``,
``openai.AsyncOpenAI``, ``grpc.aio``...) have no rows on purpose: their calls
are awaited, and a value of an unknown type never matches a method row.
Suggestions never send trio users to asyncio-only libraries (aiohttp,
aiosmtplib, aioboto3...): they get ``httpx.AsyncClient`` or a thread.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

# --- ABL201 -------------------------------------------------------------------
_HTTP = Api("ABL201", "http_client")
_HTTP_SESSION = Api("ABL201", "http_session")
_HTTP_CONNECTION = Api("ABL201", "http_connection")
_HTTP_RESPONSE = Api("ABL201", "http_response")
_CURL = Api("ABL201", "http_curl")
_CURL_CFFI = Api("ABL201", "http_curl_cffi")
_NIQUESTS = Api("ABL201", "http_niquests")
_WEBSOCKET = Api("ABL201", "http_websocket")
# --- ABL202 -------------------------------------------------------------------
_DNS = Api("ABL202", "dns_lookup")
_DNS_QUERY = Api("ABL202", "dns_query")
_CONNECT = Api("ABL202", "socket_connect")
_ACCEPT = Api("ABL202", "socket_accept")
_SOCKET_IO = Api("ABL202", "socket_io")
_TLS = Api("ABL202", "socket_tls")
_SELECT = Api("ABL202", "socket_wait", "poll_zero")
_SERVER = Api("ABL202", "socket_server")
_IPC = Api("ABL202", "socket_ipc")
# --- ABL203 -------------------------------------------------------------------
_AMQP = Api("ABL203", "amqp")
_ANTHROPIC = Api("ABL203", "anthropic")
_AZURE = Api("ABL203", "azure_blob")
_BOTO3 = Api("ABL203", "boto3")
_FTP = Api("ABL203", "ftp")
_GCS = Api("ABL203", "gcs")
_GRPC = Api("ABL203", "grpc")
_IMAP = Api("ABL203", "imap")
_KAFKA = Api("ABL203", "kafka")
_KAFKA_POLL = Api("ABL203", "kafka", "poll_zero")
_LDAP = Api("ABL203", "ldap")
_MQTT = Api("ABL203", "mqtt")
_NNTP = Api("ABL203", "nntp")
_OPENAI = Api("ABL203", "openai")
_POP3 = Api("ABL203", "pop3")
_SERIAL = Api("ABL203", "serial")
_SMTP = Api("ABL203", "smtp")
_SSH = Api("ABL203", "ssh")
_TELNET = Api("ABL203", "telnet")
_XMLRPC = Api("ABL203", "xmlrpc")
_ZMQ = Api("ABL203", "zmq")
_ZMQ_POLL = Api("ABL203", "zmq", "poll_zero")

# Types named in many rows below.  "openai.OpenAI.resource" and
# "anthropic.Anthropic.resource" are pseudo-names for any resource of those
# clients (client.chat.completions, client.messages...): every method of one
# is an HTTP request.  "pika.BlockingChannel" names what
# BlockingConnection.channel() gives (pika.adapters.blocking_connection).
_RESOURCE = "boto3.resources.base.ServiceResource"
_COLLECTION = "boto3.resources.collection.ResourceCollection"
_AZURE_DOWNLOAD = "azure.storage.blob.StorageStreamDownloader"
_AZURE_CONTAINER = "azure.storage.blob.ContainerClient"
_AZURE_SERVICE = "azure.storage.blob.BlobServiceClient"
_OPENAI_RESOURCE = "openai.OpenAI.resource"
_ANTHROPIC_RESOURCE = "anthropic.Anthropic.resource"
_BOTO3_CLIENT = "botocore.client.BaseClient"

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
    "socket.getaddrinfo": _DNS,
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
    # --- ABL203: protocol clients whose constructor connects ------------------
    "ftplib.FTP": Api("ABL203", "ftp", "connects_with_args"),
    # IMAP4() with no host still connects to localhost, so it has no guard.
    "imaplib.IMAP4": _IMAP,
    "nntplib.NNTP": _NNTP,
    "poplib.POP3": _POP3,
    "smtplib.SMTP": Api("ABL203", "smtp", "connects_with_args"),
    "telnetlib.Telnet": Api("ABL203", "telnet", "connects_with_args"),
    # --- ABL203: other network clients ----------------------------------------
    "kafka.KafkaConsumer": _KAFKA,
    "kafka.KafkaProducer": _KAFKA,
    # openai < 1.0 module API; its a-prefixed twins (acreate) are awaited.
    "openai.ChatCompletion.create": _OPENAI,
    "openai.Completion.create": _OPENAI,
    "openai.Embedding.create": _OPENAI,
    "openai.Image.create": _OPENAI,
    "paho.mqtt.publish.multiple": _MQTT,
    "paho.mqtt.publish.single": _MQTT,
    "paho.mqtt.subscribe.callback": _MQTT,
    "paho.mqtt.subscribe.simple": _MQTT,
    "paramiko.SFTPClient.from_transport": _SSH,
    "pika.BlockingConnection": _AMQP,
    # Serial() with no port does not open anything.
    "serial.Serial": Api("ABL203", "serial", "connects_with_args"),
    "serial.serial_for_url": _SERIAL,
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
    # --- ABL203: smtplib ------------------------------------------------------
    "smtplib.SMTP.auth": _SMTP,
    "smtplib.SMTP.connect": _SMTP,
    "smtplib.SMTP.data": _SMTP,
    "smtplib.SMTP.docmd": _SMTP,
    "smtplib.SMTP.ehlo": _SMTP,
    "smtplib.SMTP.ehlo_or_helo_if_needed": _SMTP,
    "smtplib.SMTP.expn": _SMTP,
    "smtplib.SMTP.getreply": _SMTP,
    "smtplib.SMTP.helo": _SMTP,
    "smtplib.SMTP.help": _SMTP,
    "smtplib.SMTP.login": _SMTP,
    "smtplib.SMTP.mail": _SMTP,
    "smtplib.SMTP.noop": _SMTP,
    "smtplib.SMTP.putcmd": _SMTP,
    "smtplib.SMTP.quit": _SMTP,
    "smtplib.SMTP.rcpt": _SMTP,
    "smtplib.SMTP.rset": _SMTP,
    "smtplib.SMTP.send": _SMTP,
    "smtplib.SMTP.send_message": _SMTP,
    "smtplib.SMTP.sendmail": _SMTP,
    "smtplib.SMTP.starttls": _SMTP,
    "smtplib.SMTP.verify": _SMTP,
    "smtplib.SMTP.vrfy": _SMTP,
    # close() drops the socket without a QUIT; the others read local state.
    "smtplib.SMTP.close": None,
    "smtplib.SMTP.has_extn": None,
    "smtplib.SMTP.set_debuglevel": None,
    # --- ABL203: ftplib, imaplib, poplib, nntplib, telnetlib ------------------
    # Nearly every method of these clients is a command sent to the server.
    "ftplib.FTP.*": _FTP,
    "ftplib.FTP.close": None,  # drops the socket without a QUIT
    "ftplib.FTP.getwelcome": None,  # the greeting kept from connect()
    "ftplib.FTP.sanitize": None,  # masks a password for logging
    "ftplib.FTP.set_debuglevel": None,  # a local setting
    "ftplib.FTP.set_pasv": None,  # a local setting
    "imaplib.IMAP4.*": _IMAP,
    # IMAP4.close() is the CLOSE command: it is a round trip, so it has no
    # None row.  print_log() and response() read local state; shutdown()
    # and socket() only touch the local socket object.
    "imaplib.IMAP4.print_log": None,
    "imaplib.IMAP4.response": None,
    "imaplib.IMAP4.shutdown": None,
    "imaplib.IMAP4.socket": None,
    "nntplib.NNTP.*": _NNTP,
    "nntplib.NNTP.getwelcome": None,  # the greeting kept from connect
    "nntplib.NNTP.set_debuglevel": None,  # a local setting
    "poplib.POP3.*": _POP3,
    "poplib.POP3.close": None,  # drops the socket without a QUIT
    "poplib.POP3.getwelcome": None,  # the greeting kept from connect
    "poplib.POP3.set_debuglevel": None,  # a local setting
    "telnetlib.Telnet.expect": _TELNET,
    "telnetlib.Telnet.interact": _TELNET,
    "telnetlib.Telnet.open": _TELNET,
    "telnetlib.Telnet.read_all": _TELNET,
    "telnetlib.Telnet.read_some": _TELNET,
    "telnetlib.Telnet.read_until": _TELNET,
    "telnetlib.Telnet.write": _TELNET,
    # --- ABL203: xmlrpc.client (every attribute is a remote method) -----------
    "xmlrpc.client.ServerProxy.*": _XMLRPC,
    # --- ABL203: paramiko -----------------------------------------------------
    "paramiko.Channel.exec_command": _SSH,
    "paramiko.Channel.get_pty": _SSH,
    "paramiko.Channel.invoke_shell": _SSH,
    "paramiko.Channel.invoke_subsystem": _SSH,
    "paramiko.Channel.recv": _SSH,
    "paramiko.Channel.recv_exit_status": _SSH,
    "paramiko.Channel.recv_stderr": _SSH,
    "paramiko.Channel.send": _SSH,
    "paramiko.Channel.send_stderr": _SSH,
    "paramiko.Channel.sendall": _SSH,
    "paramiko.Channel.sendall_stderr": _SSH,
    "paramiko.SFTPClient.*": _SSH,
    # The channel and the remote working directory are kept locally.
    "paramiko.SFTPClient.get_channel": None,
    "paramiko.SFTPClient.getcwd": None,
    "paramiko.SFTPFile.*": _SSH,
    "paramiko.SSHClient.close": _SSH,  # stops the transport thread and waits
    "paramiko.SSHClient.connect": _SSH,
    "paramiko.SSHClient.exec_command": _SSH,
    "paramiko.SSHClient.invoke_shell": _SSH,
    "paramiko.SSHClient.open_sftp": _SSH,
    # Local configuration and the transport object already made.
    "paramiko.SSHClient.get_transport": None,
    "paramiko.SSHClient.set_missing_host_key_policy": None,
    "paramiko.Transport.auth_interactive": _SSH,
    "paramiko.Transport.auth_password": _SSH,
    "paramiko.Transport.auth_publickey": _SSH,
    "paramiko.Transport.close": _SSH,
    "paramiko.Transport.connect": _SSH,
    "paramiko.Transport.open_channel": _SSH,
    "paramiko.Transport.open_session": _SSH,
    "paramiko.Transport.open_sftp_client": _SSH,
    "paramiko.Transport.start_client": _SSH,
    # --- ABL203: boto3 and botocore ---------------------------------------------
    "boto3.dynamodb.table.BatchWriter.delete_item": _BOTO3,  # flushes when full
    "boto3.dynamodb.table.BatchWriter.put_item": _BOTO3,  # flushes when full
    # A resource's actions (upload_file, put, get_item, load...) are
    # operations.  The capitalised sub-resource factories only build a
    # handle from identifiers, and batch_writer() only buffers.
    "boto3.resources.base.ServiceResource.*": _BOTO3,
    "boto3.resources.base.ServiceResource.Acl": None,
    "boto3.resources.base.ServiceResource.Bucket": None,
    "boto3.resources.base.ServiceResource.BucketPolicy": None,
    "boto3.resources.base.ServiceResource.Group": None,
    "boto3.resources.base.ServiceResource.Image": None,
    "boto3.resources.base.ServiceResource.Instance": None,
    "boto3.resources.base.ServiceResource.Message": None,
    "boto3.resources.base.ServiceResource.MultipartUpload": None,
    "boto3.resources.base.ServiceResource.Object": None,
    "boto3.resources.base.ServiceResource.ObjectAcl": None,
    "boto3.resources.base.ServiceResource.ObjectSummary": None,
    "boto3.resources.base.ServiceResource.ObjectVersion": None,
    "boto3.resources.base.ServiceResource.Policy": None,
    "boto3.resources.base.ServiceResource.Queue": None,
    "boto3.resources.base.ServiceResource.Role": None,
    "boto3.resources.base.ServiceResource.SecurityGroup": None,
    "boto3.resources.base.ServiceResource.Snapshot": None,
    "boto3.resources.base.ServiceResource.Subnet": None,
    "boto3.resources.base.ServiceResource.Subscription": None,
    "boto3.resources.base.ServiceResource.Table": None,
    "boto3.resources.base.ServiceResource.Topic": None,
    "boto3.resources.base.ServiceResource.User": None,
    "boto3.resources.base.ServiceResource.Version": None,
    "boto3.resources.base.ServiceResource.Volume": None,
    "boto3.resources.base.ServiceResource.Vpc": None,
    "boto3.resources.base.ServiceResource.batch_writer": None,
    "boto3.resources.base.ServiceResource.get_available_subresources": None,
    # Collection batch actions (objects.delete(), instances.stop()...) are
    # operations; building and narrowing a collection is lazy.
    "boto3.resources.collection.CollectionManager.*": _BOTO3,
    "boto3.resources.collection.CollectionManager.all": None,
    "boto3.resources.collection.CollectionManager.filter": None,
    "boto3.resources.collection.CollectionManager.iterator": None,
    "boto3.resources.collection.CollectionManager.limit": None,
    "boto3.resources.collection.CollectionManager.page_size": None,
    "boto3.resources.collection.CollectionManager.pages": None,
    "boto3.resources.collection.ResourceCollection.*": _BOTO3,
    "boto3.resources.collection.ResourceCollection.all": None,
    "boto3.resources.collection.ResourceCollection.filter": None,
    "boto3.resources.collection.ResourceCollection.limit": None,
    "boto3.resources.collection.ResourceCollection.page_size": None,
    "boto3.resources.collection.ResourceCollection.pages": None,
    # get_credentials() may ask the instance metadata service or STS.
    "boto3.session.Session.get_credentials": _BOTO3,
    # Every method of a client is an API operation, except these.
    "botocore.client.BaseClient.*": _BOTO3,
    "botocore.client.BaseClient.can_paginate": None,  # reads the service model
    "botocore.client.BaseClient.close": None,  # closes pooled sockets locally
    "botocore.client.BaseClient.exceptions": None,  # an attribute, not an operation
    "botocore.client.BaseClient.generate_presigned_post": None,  # signs locally
    "botocore.client.BaseClient.generate_presigned_url": None,  # signs locally
    "botocore.client.BaseClient.get_paginator": None,  # the pages are fetched later
    "botocore.client.BaseClient.get_waiter": None,  # wait() is the call that waits
    "botocore.client.BaseClient.meta": None,  # an attribute, not an operation
    "botocore.paginate.PageIterator.build_full_result": _BOTO3,
    "botocore.paginate.PageIterator.search": _BOTO3,
    "botocore.paginate.Paginator.paginate": None,  # lazy: the loop over it fetches
    "botocore.waiter.Waiter.wait": _BOTO3,
    # --- ABL203: Google Cloud Storage and Azure Blob Storage sync clients -----
    "azure.storage.blob.BlobClient.commit_block_list": _AZURE,
    "azure.storage.blob.BlobClient.create_snapshot": _AZURE,
    "azure.storage.blob.BlobClient.delete_blob": _AZURE,
    "azure.storage.blob.BlobClient.download_blob": _AZURE,
    "azure.storage.blob.BlobClient.exists": _AZURE,
    "azure.storage.blob.BlobClient.get_blob_properties": _AZURE,
    "azure.storage.blob.BlobClient.set_blob_metadata": _AZURE,
    "azure.storage.blob.BlobClient.set_http_headers": _AZURE,
    "azure.storage.blob.BlobClient.stage_block": _AZURE,
    "azure.storage.blob.BlobClient.start_copy_from_url": _AZURE,
    "azure.storage.blob.BlobClient.upload_blob": _AZURE,
    "azure.storage.blob.BlobServiceClient.create_container": _AZURE,
    "azure.storage.blob.BlobServiceClient.delete_container": _AZURE,
    "azure.storage.blob.BlobServiceClient.get_account_information": _AZURE,
    "azure.storage.blob.BlobServiceClient.get_service_properties": _AZURE,
    "azure.storage.blob.BlobServiceClient.get_user_delegation_key": _AZURE,
    "azure.storage.blob.BlobServiceClient.list_containers": _AZURE,
    # Sub-clients are built from the account URL and credential alone.
    "azure.storage.blob.BlobServiceClient.get_blob_client": None,
    "azure.storage.blob.BlobServiceClient.get_container_client": None,
    "azure.storage.blob.ContainerClient.create_container": _AZURE,
    "azure.storage.blob.ContainerClient.delete_blob": _AZURE,
    "azure.storage.blob.ContainerClient.delete_blobs": _AZURE,
    "azure.storage.blob.ContainerClient.delete_container": _AZURE,
    "azure.storage.blob.ContainerClient.download_blob": _AZURE,
    "azure.storage.blob.ContainerClient.exists": _AZURE,
    "azure.storage.blob.ContainerClient.get_container_properties": _AZURE,
    "azure.storage.blob.ContainerClient.list_blob_names": _AZURE,
    "azure.storage.blob.ContainerClient.list_blobs": _AZURE,
    "azure.storage.blob.ContainerClient.set_container_metadata": _AZURE,
    "azure.storage.blob.ContainerClient.upload_blob": _AZURE,
    "azure.storage.blob.ContainerClient.walk_blobs": _AZURE,
    # A blob client is built from the container's URL alone.
    "azure.storage.blob.ContainerClient.get_blob_client": None,
    "azure.storage.blob.StorageStreamDownloader.chunks": _AZURE,
    "azure.storage.blob.StorageStreamDownloader.content_as_bytes": _AZURE,
    "azure.storage.blob.StorageStreamDownloader.content_as_text": _AZURE,
    "azure.storage.blob.StorageStreamDownloader.readall": _AZURE,
    "azure.storage.blob.StorageStreamDownloader.readinto": _AZURE,
    "google.cloud.storage.Blob.compose": _GCS,
    "google.cloud.storage.Blob.delete": _GCS,
    "google.cloud.storage.Blob.download_as_bytes": _GCS,
    "google.cloud.storage.Blob.download_as_string": _GCS,
    "google.cloud.storage.Blob.download_as_text": _GCS,
    "google.cloud.storage.Blob.download_to_file": _GCS,
    "google.cloud.storage.Blob.download_to_filename": _GCS,
    "google.cloud.storage.Blob.exists": _GCS,
    "google.cloud.storage.Blob.make_public": _GCS,
    "google.cloud.storage.Blob.patch": _GCS,
    "google.cloud.storage.Blob.reload": _GCS,
    "google.cloud.storage.Blob.rewrite": _GCS,
    "google.cloud.storage.Blob.update": _GCS,
    "google.cloud.storage.Blob.upload_from_file": _GCS,
    "google.cloud.storage.Blob.upload_from_filename": _GCS,
    "google.cloud.storage.Blob.upload_from_string": _GCS,
    # Signing a URL with service-account keys is local.
    "google.cloud.storage.Blob.generate_signed_url": None,
    "google.cloud.storage.Bucket.copy_blob": _GCS,
    "google.cloud.storage.Bucket.create": _GCS,
    "google.cloud.storage.Bucket.delete": _GCS,
    "google.cloud.storage.Bucket.delete_blob": _GCS,
    "google.cloud.storage.Bucket.delete_blobs": _GCS,
    "google.cloud.storage.Bucket.exists": _GCS,
    "google.cloud.storage.Bucket.get_blob": _GCS,
    "google.cloud.storage.Bucket.list_blobs": _GCS,
    "google.cloud.storage.Bucket.make_public": _GCS,
    "google.cloud.storage.Bucket.patch": _GCS,
    "google.cloud.storage.Bucket.reload": _GCS,
    "google.cloud.storage.Bucket.rename_blob": _GCS,
    "google.cloud.storage.Bucket.update": _GCS,
    # blob() only builds a handle from the name.
    "google.cloud.storage.Bucket.blob": None,
    "google.cloud.storage.Client.create_bucket": _GCS,
    "google.cloud.storage.Client.download_blob_to_file": _GCS,
    "google.cloud.storage.Client.get_bucket": _GCS,
    "google.cloud.storage.Client.list_blobs": _GCS,
    "google.cloud.storage.Client.list_buckets": _GCS,
    "google.cloud.storage.Client.lookup_bucket": _GCS,
    # bucket() only builds a handle from the name.
    "google.cloud.storage.Client.bucket": None,
    # --- ABL203: sync gRPC (generated stubs are not known; direct calls are) ---
    "grpc.Future.exception": _GRPC,
    "grpc.Future.result": _GRPC,
    "grpc.StreamUnaryMultiCallable.with_call": _GRPC,
    "grpc.UnaryUnaryMultiCallable.with_call": _GRPC,
    # future() starts the call and returns; result() is the wait.
    "grpc.StreamUnaryMultiCallable.future": None,
    "grpc.UnaryUnaryMultiCallable.future": None,
    # --- ABL203: message brokers: pika, kafka, confluent_kafka, paho-mqtt, zmq ---
    "confluent_kafka.Consumer.close": _KAFKA,
    "confluent_kafka.Consumer.committed": _KAFKA,
    "confluent_kafka.Consumer.consume": _KAFKA_POLL,
    "confluent_kafka.Consumer.get_watermark_offsets": _KAFKA,
    "confluent_kafka.Consumer.list_topics": _KAFKA,
    "confluent_kafka.Consumer.offsets_for_times": _KAFKA,
    "confluent_kafka.Consumer.poll": _KAFKA_POLL,
    "confluent_kafka.Producer.flush": _KAFKA_POLL,
    "confluent_kafka.Producer.list_topics": _KAFKA,
    "confluent_kafka.Producer.poll": _KAFKA_POLL,
    # produce() only queues the message (it raises BufferError when full).
    "confluent_kafka.Producer.produce": None,
    "kafka.KafkaConsumer.beginning_offsets": _KAFKA,
    "kafka.KafkaConsumer.close": _KAFKA,
    "kafka.KafkaConsumer.commit": _KAFKA,
    "kafka.KafkaConsumer.committed": _KAFKA,
    "kafka.KafkaConsumer.end_offsets": _KAFKA,
    "kafka.KafkaConsumer.offsets_for_times": _KAFKA,
    "kafka.KafkaConsumer.partitions_for_topic": _KAFKA,
    "kafka.KafkaConsumer.poll": _KAFKA,
    "kafka.KafkaConsumer.position": _KAFKA,
    "kafka.KafkaConsumer.topics": _KAFKA,
    # subscribe() and assign() only record what to fetch.
    "kafka.KafkaConsumer.assign": None,
    "kafka.KafkaConsumer.subscribe": None,
    "kafka.KafkaProducer.close": _KAFKA,
    "kafka.KafkaProducer.flush": _KAFKA,
    "kafka.KafkaProducer.partitions_for": _KAFKA,
    # send() waits for topic metadata (up to max_block_ms) before queuing.
    "kafka.KafkaProducer.send": _KAFKA,
    "kafka.producer.future.FutureRecordMetadata.get": _KAFKA,
    "paho.mqtt.client.Client.connect": _MQTT,
    "paho.mqtt.client.Client.loop": _MQTT,
    "paho.mqtt.client.Client.loop_forever": _MQTT,
    "paho.mqtt.client.Client.loop_stop": _MQTT,  # joins the network thread
    "paho.mqtt.client.Client.reconnect": _MQTT,
    # connect_async() only stores the settings; loop_start() starts a thread.
    "paho.mqtt.client.Client.connect_async": None,
    "paho.mqtt.client.Client.loop_start": None,
    "paho.mqtt.client.MQTTMessageInfo.wait_for_publish": _MQTT,
    "pika.BlockingConnection.channel": _AMQP,
    "pika.BlockingConnection.close": _AMQP,
    "pika.BlockingConnection.process_data_events": _AMQP,
    "pika.BlockingConnection.sleep": _AMQP,
    # Thread-safe scheduling: it only queues a callback for the I/O loop.
    "pika.BlockingConnection.add_callback_threadsafe": None,
    "pika.BlockingConnection.call_later": None,
    # Every channel method is an AMQP command or waits for deliveries.
    "pika.BlockingChannel.*": _AMQP,
    "pika.BlockingChannel.add_on_cancel_callback": None,  # local
    "pika.BlockingChannel.add_on_return_callback": None,  # local
    "zmq.Poller.poll": _ZMQ_POLL,
    "zmq.Socket.poll": _ZMQ_POLL,
    "zmq.Socket.recv": _ZMQ,
    "zmq.Socket.recv_json": _ZMQ,
    "zmq.Socket.recv_multipart": _ZMQ,
    "zmq.Socket.recv_pyobj": _ZMQ,
    "zmq.Socket.recv_serialized": _ZMQ,
    "zmq.Socket.recv_string": _ZMQ,
    "zmq.Socket.send": _ZMQ,
    "zmq.Socket.send_json": _ZMQ,
    "zmq.Socket.send_multipart": _ZMQ,
    "zmq.Socket.send_pyobj": _ZMQ,
    "zmq.Socket.send_serialized": _ZMQ,
    "zmq.Socket.send_string": _ZMQ,
    # bind() and connect() return at once: zmq connects in the background.
    "zmq.Socket.bind": None,
    "zmq.Socket.connect": None,
    # --- ABL203: ldap3, python-ldap, pyserial ---------------------------------
    "ldap.ldapobject.LDAPObject.add_s": _LDAP,
    "ldap.ldapobject.LDAPObject.compare_s": _LDAP,
    "ldap.ldapobject.LDAPObject.delete_s": _LDAP,
    "ldap.ldapobject.LDAPObject.modify_s": _LDAP,
    "ldap.ldapobject.LDAPObject.modrdn_s": _LDAP,
    "ldap.ldapobject.LDAPObject.rename_s": _LDAP,
    "ldap.ldapobject.LDAPObject.result": _LDAP,
    "ldap.ldapobject.LDAPObject.result3": _LDAP,
    "ldap.ldapobject.LDAPObject.sasl_interactive_bind_s": _LDAP,
    "ldap.ldapobject.LDAPObject.search_ext_s": _LDAP,
    "ldap.ldapobject.LDAPObject.search_s": _LDAP,
    "ldap.ldapobject.LDAPObject.search_st": _LDAP,
    "ldap.ldapobject.LDAPObject.simple_bind_s": _LDAP,
    "ldap.ldapobject.LDAPObject.unbind_s": _LDAP,
    "ldap.ldapobject.LDAPObject.whoami_s": _LDAP,
    # set_option() is a local setting of the handle.
    "ldap.ldapobject.LDAPObject.set_option": None,
    "ldap3.Connection.abandon": _LDAP,
    "ldap3.Connection.add": _LDAP,
    "ldap3.Connection.bind": _LDAP,
    "ldap3.Connection.compare": _LDAP,
    "ldap3.Connection.delete": _LDAP,
    "ldap3.Connection.modify": _LDAP,
    "ldap3.Connection.modify_dn": _LDAP,
    "ldap3.Connection.open": _LDAP,
    "ldap3.Connection.rebind": _LDAP,
    "ldap3.Connection.search": _LDAP,
    "ldap3.Connection.start_tls": _LDAP,
    "ldap3.Connection.unbind": _LDAP,
    "serial.Serial.flush": _SERIAL,
    "serial.Serial.open": _SERIAL,
    "serial.Serial.read": _SERIAL,
    "serial.Serial.read_all": _SERIAL,
    "serial.Serial.read_until": _SERIAL,
    "serial.Serial.readline": _SERIAL,
    "serial.Serial.readlines": _SERIAL,
    "serial.Serial.write": _SERIAL,
    # --- ABL203: SDK clients with async twins (openai, anthropic) -------------
    "anthropic.Anthropic.resource.*": _ANTHROPIC,
    "openai.OpenAI.resource.*": _OPENAI,
}

WITH: Mapping[str, Api] = {
    # --- ABL203 ---------------------------------------------------------------
    # Leaving the block flushes the buffered writes.
    "boto3.dynamodb.table.BatchWriter": _BOTO3,
}

ITERATE: Mapping[str, Api] = {
    # --- ABL201 ---------------------------------------------------------------
    "http.client.HTTPResponse": _HTTP_RESPONSE,
    "websockets.sync.client.ClientConnection": _WEBSOCKET,
    # --- ABL202 ---------------------------------------------------------------
    "socket.SocketIO": _SOCKET_IO,
    # --- ABL203 ---------------------------------------------------------------
    "boto3.resources.collection.CollectionManager": _BOTO3,
    "boto3.resources.collection.ResourceCollection": _BOTO3,
    "botocore.paginate.PageIterator": _BOTO3,
    "kafka.KafkaConsumer": _KAFKA,
    "paramiko.SFTPFile": _SSH,
    "serial.Serial": _SERIAL,
}

RETURNS: Mapping[str, str] = {
    # --- ABL201 ---------------------------------------------------------------
    "curl_cffi.requests.Session": "curl_cffi.requests.Session",
    "http.client.HTTPConnection": "http.client.HTTPConnection",
    "http.client.HTTPResponse": "http.client.HTTPResponse",
    "httplib2.Http": "httplib2.Http",
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
    # --- ABL202 ---------------------------------------------------------------
    "dns.resolver.Resolver": "dns.resolver.Resolver",
    "dns.resolver.get_default_resolver": "dns.resolver.Resolver",
    "multiprocessing.connection.Client": "multiprocessing.connection.Connection",
    "multiprocessing.connection.Connection": "multiprocessing.connection.Connection",
    "multiprocessing.connection.Listener": "multiprocessing.connection.Listener",
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
    # --- ABL203 ---------------------------------------------------------------
    "anthropic.Anthropic": "anthropic.Anthropic",
    "azure.storage.blob.BlobClient": "azure.storage.blob.BlobClient",
    "azure.storage.blob.BlobClient.from_blob_url": "azure.storage.blob.BlobClient",
    "azure.storage.blob.BlobClient.from_connection_string": "azure.storage.blob.BlobClient",
    "azure.storage.blob.BlobServiceClient": _AZURE_SERVICE,
    "azure.storage.blob.BlobServiceClient.from_connection_string": _AZURE_SERVICE,
    "azure.storage.blob.ContainerClient": _AZURE_CONTAINER,
    "azure.storage.blob.ContainerClient.from_connection_string": _AZURE_CONTAINER,
    "azure.storage.blob.ContainerClient.from_container_url": _AZURE_CONTAINER,
    "boto3.client": _BOTO3_CLIENT,
    "boto3.resource": _RESOURCE,
    "boto3.resources.base.ServiceResource": _RESOURCE,
    "boto3.session.Session": "boto3.session.Session",
    "botocore.client.BaseClient": _BOTO3_CLIENT,
    "botocore.session.Session": "botocore.session.Session",
    "botocore.session.get_session": "botocore.session.Session",
    "confluent_kafka.Consumer": "confluent_kafka.Consumer",
    "confluent_kafka.Producer": "confluent_kafka.Producer",
    "ftplib.FTP": "ftplib.FTP",
    "google.cloud.storage.Blob": "google.cloud.storage.Blob",
    "google.cloud.storage.Bucket": "google.cloud.storage.Bucket",
    "google.cloud.storage.Client": "google.cloud.storage.Client",
    "grpc.channel_ready_future": "grpc.Future",
    "grpc.insecure_channel": "grpc.Channel",
    "grpc.secure_channel": "grpc.Channel",
    "imaplib.IMAP4": "imaplib.IMAP4",
    "kafka.KafkaConsumer": "kafka.KafkaConsumer",
    "kafka.KafkaProducer": "kafka.KafkaProducer",
    "ldap.initialize": "ldap.ldapobject.LDAPObject",
    "ldap3.Connection": "ldap3.Connection",
    "nntplib.NNTP": "nntplib.NNTP",
    "openai.OpenAI": "openai.OpenAI",
    "paho.mqtt.client.Client": "paho.mqtt.client.Client",
    "paramiko.SFTPClient": "paramiko.SFTPClient",
    "paramiko.SFTPClient.from_transport": "paramiko.SFTPClient",
    "paramiko.SSHClient": "paramiko.SSHClient",
    "paramiko.Transport": "paramiko.Transport",
    "pika.BlockingConnection": "pika.BlockingConnection",
    "poplib.POP3": "poplib.POP3",
    "serial.Serial": "serial.Serial",
    "serial.serial_for_url": "serial.Serial",
    "smtplib.SMTP": "smtplib.SMTP",
    "telnetlib.Telnet": "telnetlib.Telnet",
    "xmlrpc.client.ServerProxy": "xmlrpc.client.ServerProxy",
    "zmq.Context": "zmq.Context",
    "zmq.Context.instance": "zmq.Context",
    "zmq.Poller": "zmq.Poller",
    "zmq.Socket": "zmq.Socket",
}

MEMBERS: Mapping[str, str] = {
    # --- ABL201 ---------------------------------------------------------------
    "http.client.HTTPConnection.getresponse()": "http.client.HTTPResponse",
    "urllib.request.OpenerDirector.open()": "http.client.HTTPResponse",
    # --- ABL202 ---------------------------------------------------------------
    "multiprocessing.connection.Listener.accept()": "multiprocessing.connection.Connection",
    "socket.socket.dup()": "socket.socket",
    # makefile() wraps a socket.SocketIO: reads and writes go to the peer.
    "socket.socket.makefile()": "socket.SocketIO",
    "ssl.SSLContext.wrap_socket()": "ssl.SSLSocket",
    # --- ABL203: boto3 and botocore -------------------------------------------
    "boto3.resources.base.ResourceMeta.client": _BOTO3_CLIENT,
    "boto3.resources.base.ServiceResource.*": "boto3.resources.collection.CollectionManager",
    "boto3.resources.base.ServiceResource.Acl()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Bucket()": _RESOURCE,
    "boto3.resources.base.ServiceResource.BucketPolicy()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Group()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Image()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Instance()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Message()": _RESOURCE,
    "boto3.resources.base.ServiceResource.MultipartUpload()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Object()": _RESOURCE,
    "boto3.resources.base.ServiceResource.ObjectAcl()": _RESOURCE,
    "boto3.resources.base.ServiceResource.ObjectSummary()": _RESOURCE,
    "boto3.resources.base.ServiceResource.ObjectVersion()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Policy()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Queue()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Role()": _RESOURCE,
    "boto3.resources.base.ServiceResource.SecurityGroup()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Snapshot()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Subnet()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Subscription()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Table()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Topic()": _RESOURCE,
    "boto3.resources.base.ServiceResource.User()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Version()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Volume()": _RESOURCE,
    "boto3.resources.base.ServiceResource.Vpc()": _RESOURCE,
    "boto3.resources.base.ServiceResource.batch_writer()": "boto3.dynamodb.table.BatchWriter",
    "boto3.resources.base.ServiceResource.meta": "boto3.resources.base.ResourceMeta",
    "boto3.resources.collection.CollectionManager.all()": _COLLECTION,
    "boto3.resources.collection.CollectionManager.filter()": _COLLECTION,
    "boto3.resources.collection.CollectionManager.limit()": _COLLECTION,
    "boto3.resources.collection.CollectionManager.page_size()": _COLLECTION,
    "boto3.resources.collection.CollectionManager.pages()": _COLLECTION,
    "boto3.resources.collection.ResourceCollection.all()": _COLLECTION,
    "boto3.resources.collection.ResourceCollection.filter()": _COLLECTION,
    "boto3.resources.collection.ResourceCollection.limit()": _COLLECTION,
    "boto3.resources.collection.ResourceCollection.page_size()": _COLLECTION,
    "boto3.resources.collection.ResourceCollection.pages()": _COLLECTION,
    "boto3.session.Session.client()": _BOTO3_CLIENT,
    "boto3.session.Session.resource()": _RESOURCE,
    "botocore.client.BaseClient.get_paginator()": "botocore.paginate.Paginator",
    "botocore.client.BaseClient.get_waiter()": "botocore.waiter.Waiter",
    "botocore.paginate.Paginator.paginate()": "botocore.paginate.PageIterator",
    "botocore.session.Session.create_client()": _BOTO3_CLIENT,
    # --- ABL203: other clients ------------------------------------------------
    "anthropic.Anthropic.beta": _ANTHROPIC_RESOURCE,
    "anthropic.Anthropic.completions": _ANTHROPIC_RESOURCE,
    "anthropic.Anthropic.messages": _ANTHROPIC_RESOURCE,
    "anthropic.Anthropic.models": _ANTHROPIC_RESOURCE,
    "anthropic.Anthropic.with_options()": "anthropic.Anthropic",
    # Sub-resources (messages.batches) and with_raw_response wrappers.
    "anthropic.Anthropic.resource.*": _ANTHROPIC_RESOURCE,
    "azure.storage.blob.BlobClient.download_blob()": _AZURE_DOWNLOAD,
    "azure.storage.blob.BlobServiceClient.get_blob_client()": "azure.storage.blob.BlobClient",
    "azure.storage.blob.BlobServiceClient.get_container_client()": _AZURE_CONTAINER,
    "azure.storage.blob.ContainerClient.download_blob()": _AZURE_DOWNLOAD,
    "azure.storage.blob.ContainerClient.get_blob_client()": "azure.storage.blob.BlobClient",
    "google.cloud.storage.Bucket.blob()": "google.cloud.storage.Blob",
    "google.cloud.storage.Bucket.get_blob()": "google.cloud.storage.Blob",
    "google.cloud.storage.Client.bucket()": "google.cloud.storage.Bucket",
    "google.cloud.storage.Client.create_bucket()": "google.cloud.storage.Bucket",
    "google.cloud.storage.Client.get_bucket()": "google.cloud.storage.Bucket",
    "google.cloud.storage.Client.lookup_bucket()": "google.cloud.storage.Bucket",
    "grpc.Channel.stream_unary()": "grpc.StreamUnaryMultiCallable",
    "grpc.Channel.unary_unary()": "grpc.UnaryUnaryMultiCallable",
    "grpc.StreamUnaryMultiCallable.future()": "grpc.Future",
    "grpc.UnaryUnaryMultiCallable.future()": "grpc.Future",
    "kafka.KafkaProducer.send()": "kafka.producer.future.FutureRecordMetadata",
    "openai.OpenAI.audio": _OPENAI_RESOURCE,
    "openai.OpenAI.batches": _OPENAI_RESOURCE,
    "openai.OpenAI.beta": _OPENAI_RESOURCE,
    "openai.OpenAI.chat": _OPENAI_RESOURCE,
    "openai.OpenAI.completions": _OPENAI_RESOURCE,
    "openai.OpenAI.embeddings": _OPENAI_RESOURCE,
    "openai.OpenAI.files": _OPENAI_RESOURCE,
    "openai.OpenAI.fine_tuning": _OPENAI_RESOURCE,
    "openai.OpenAI.images": _OPENAI_RESOURCE,
    "openai.OpenAI.models": _OPENAI_RESOURCE,
    "openai.OpenAI.moderations": _OPENAI_RESOURCE,
    "openai.OpenAI.responses": _OPENAI_RESOURCE,
    "openai.OpenAI.uploads": _OPENAI_RESOURCE,
    "openai.OpenAI.vector_stores": _OPENAI_RESOURCE,
    "openai.OpenAI.with_options()": "openai.OpenAI",
    # Sub-resources (chat.completions) and with_raw_response wrappers.
    "openai.OpenAI.resource.*": _OPENAI_RESOURCE,
    "paho.mqtt.client.Client.publish()": "paho.mqtt.client.MQTTMessageInfo",
    "paramiko.SFTPClient.file()": "paramiko.SFTPFile",
    "paramiko.SFTPClient.open()": "paramiko.SFTPFile",
    "paramiko.SSHClient.get_transport()": "paramiko.Transport",
    "paramiko.SSHClient.invoke_shell()": "paramiko.Channel",
    "paramiko.SSHClient.open_sftp()": "paramiko.SFTPClient",
    "paramiko.Transport.open_channel()": "paramiko.Channel",
    "paramiko.Transport.open_session()": "paramiko.Channel",
    "paramiko.Transport.open_sftp_client()": "paramiko.SFTPClient",
    "pika.BlockingConnection.channel()": "pika.BlockingChannel",
    # proxy.system.listMethods(): every attribute is another remote name.
    "xmlrpc.client.ServerProxy.*": "xmlrpc.client.ServerProxy",
    "zmq.Context.socket()": "zmq.Socket",
}

VALUES: Mapping[str, str] = {
    # --- ABL203: openai's module-level client (openai.chat.completions...) ---
    # An import chain is looked up whole, so each resource path has its row.
    "openai.audio.speech": _OPENAI_RESOURCE,
    "openai.audio.transcriptions": _OPENAI_RESOURCE,
    "openai.audio.translations": _OPENAI_RESOURCE,
    "openai.batches": _OPENAI_RESOURCE,
    "openai.beta.assistants": _OPENAI_RESOURCE,
    "openai.beta.threads": _OPENAI_RESOURCE,
    "openai.beta.threads.messages": _OPENAI_RESOURCE,
    "openai.beta.threads.runs": _OPENAI_RESOURCE,
    "openai.chat.completions": _OPENAI_RESOURCE,
    "openai.completions": _OPENAI_RESOURCE,
    "openai.embeddings": _OPENAI_RESOURCE,
    "openai.files": _OPENAI_RESOURCE,
    "openai.fine_tuning.jobs": _OPENAI_RESOURCE,
    "openai.images": _OPENAI_RESOURCE,
    "openai.models": _OPENAI_RESOURCE,
    "openai.moderations": _OPENAI_RESOURCE,
    "openai.responses": _OPENAI_RESOURCE,
    "openai.uploads": _OPENAI_RESOURCE,
    "openai.vector_stores": _OPENAI_RESOURCE,
}

# A call, an annotation or a constructor spelt as an alias is looked up under
# the canonical name: SMTP_SSL(host) is reported as smtplib.SMTP() and gets
# that row's guard and methods.
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
    # --- ABL203 ---------------------------------------------------------------
    "anthropic.AnthropicBedrock": "anthropic.Anthropic",
    "anthropic.AnthropicVertex": "anthropic.Anthropic",
    "anthropic.Client": "anthropic.Anthropic",
    "boto3.Session": "boto3.session.Session",
    "ftplib.FTP_TLS": "ftplib.FTP",
    "imaplib.IMAP4_SSL": "imaplib.IMAP4",
    "imaplib.IMAP4_stream": "imaplib.IMAP4",
    "kafka.consumer.KafkaConsumer": "kafka.KafkaConsumer",
    "kafka.producer.KafkaProducer": "kafka.KafkaProducer",
    "ldap.ldapobject.ReconnectLDAPObject": "ldap.ldapobject.LDAPObject",
    "ldap.ldapobject.SimpleLDAPObject": "ldap.ldapobject.LDAPObject",
    "ldap3.core.connection.Connection": "ldap3.Connection",
    # Type stubs name one class per service; they all are botocore clients.
    "mypy_boto3_dynamodb.DynamoDBClient": _BOTO3_CLIENT,
    "mypy_boto3_dynamodb.DynamoDBServiceResource": _RESOURCE,
    "mypy_boto3_dynamodb.client.DynamoDBClient": _BOTO3_CLIENT,
    "mypy_boto3_dynamodb.service_resource.DynamoDBServiceResource": _RESOURCE,
    "mypy_boto3_dynamodb.service_resource.Table": _RESOURCE,
    "mypy_boto3_lambda.LambdaClient": _BOTO3_CLIENT,
    "mypy_boto3_lambda.client.LambdaClient": _BOTO3_CLIENT,
    "mypy_boto3_s3.S3Client": _BOTO3_CLIENT,
    "mypy_boto3_s3.S3ServiceResource": _RESOURCE,
    "mypy_boto3_s3.client.S3Client": _BOTO3_CLIENT,
    "mypy_boto3_s3.service_resource.Bucket": _RESOURCE,
    "mypy_boto3_s3.service_resource.S3ServiceResource": _RESOURCE,
    "mypy_boto3_secretsmanager.SecretsManagerClient": _BOTO3_CLIENT,
    "mypy_boto3_secretsmanager.client.SecretsManagerClient": _BOTO3_CLIENT,
    "mypy_boto3_sns.SNSClient": _BOTO3_CLIENT,
    "mypy_boto3_sns.client.SNSClient": _BOTO3_CLIENT,
    "mypy_boto3_sqs.SQSClient": _BOTO3_CLIENT,
    "mypy_boto3_sqs.client.SQSClient": _BOTO3_CLIENT,
    "mypy_boto3_ssm.SSMClient": _BOTO3_CLIENT,
    "mypy_boto3_ssm.client.SSMClient": _BOTO3_CLIENT,
    "nntplib.NNTP_SSL": "nntplib.NNTP",
    "openai.AzureOpenAI": "openai.OpenAI",
    "openai.Client": "openai.OpenAI",
    "paramiko.SFTP": "paramiko.SFTPClient",
    "paramiko.channel.Channel": "paramiko.Channel",
    "paramiko.client.SSHClient": "paramiko.SSHClient",
    "paramiko.sftp_client.SFTPClient": "paramiko.SFTPClient",
    "paramiko.sftp_file.SFTPFile": "paramiko.SFTPFile",
    "paramiko.transport.Transport": "paramiko.Transport",
    "pika.adapters.blocking_connection.BlockingChannel": "pika.BlockingChannel",
    "pika.adapters.blocking_connection.BlockingConnection": "pika.BlockingConnection",
    "poplib.POP3_SSL": "poplib.POP3",
    "serial.serialposix.Serial": "serial.Serial",
    "serial.serialwin32.Serial": "serial.Serial",
    "smtplib.LMTP": "smtplib.SMTP",
    "smtplib.SMTP_SSL": "smtplib.SMTP",
    "xmlrpc.client.Server": "xmlrpc.client.ServerProxy",
    "zmq.sugar.context.Context": "zmq.Context",
    "zmq.sugar.socket.Socket": "zmq.Socket",
}

ENTERS: Mapping[str, Optional[str]] = {}

_OFFLOAD_ANYIO = "await anyio.to_thread.run_sync(fn, ...)"
_OFFLOAD_TRIO = "await trio.to_thread.run_sync(fn, ...)"

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
    # --- ABL203 ---------------------------------------------------------------
    "amqp": {
        "asyncio": "aio-pika",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "anthropic": {
        "asyncio": "anthropic.AsyncAnthropic",
        "anyio": "anthropic.AsyncAnthropic",
        "trio": "anthropic.AsyncAnthropic",
    },
    "azure_blob": {
        "asyncio": "the azure.storage.blob.aio clients",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "boto3": {
        "asyncio": "aioboto3 or aiobotocore",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "ftp": {
        "asyncio": "aioftp.Client",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "gcs": {
        "asyncio": "gcloud-aio-storage",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "grpc": {
        "asyncio": "grpc.aio and await stub.Method()",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "imap": {
        "asyncio": "aioimaplib.IMAP4_SSL",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "kafka": {
        "asyncio": "aiokafka",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "ldap": {
        "asyncio": "bonsai, or await asyncio.to_thread(fn, ...)",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "mqtt": {
        "asyncio": "aiomqtt.Client",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "nntp": {
        "asyncio": "await asyncio.to_thread(fn, ...)",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "openai": {
        "asyncio": "openai.AsyncOpenAI",
        "anyio": "openai.AsyncOpenAI",
        "trio": "openai.AsyncOpenAI",
    },
    "pop3": {
        "asyncio": "await asyncio.to_thread(fn, ...)",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "serial": {
        "asyncio": "pyserial-asyncio-fast",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "smtp": {
        "asyncio": "aiosmtplib.send() or aiosmtplib.SMTP",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "ssh": {
        "asyncio": "asyncssh.connect()",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "telnet": {
        "asyncio": "telnetlib3.open_connection()",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "xmlrpc": {
        "asyncio": "await asyncio.to_thread(proxy.method, ...)",
        "anyio": "await anyio.to_thread.run_sync(proxy.method, ...)",
        "trio": "await trio.to_thread.run_sync(proxy.method, ...)",
    },
    "zmq": {
        "asyncio": "zmq.asyncio sockets",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
}
