"""Family 2xx, ABL203: sync protocol clients: mail, FTP, SSH, RPC, brokers, LDAP, serial.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Async twins (``aiosmtplib``, ``asyncssh``, ``grpc.aio``, ``aiokafka``...) have
no rows on purpose: their calls are awaited, and a value of an unknown type
never matches a method row. Suggestions never send trio users to asyncio-only
libraries (aiosmtplib, aio-pika...): they get a thread. "pika.BlockingChannel"
names what ``BlockingConnection.channel()`` gives
(pika.adapters.blocking_connection).
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_AMQP = Api("ABL203", "amqp")
_FTP = Api("ABL203", "ftp")
_GRPC = Api("ABL203", "grpc")
_IMAP = Api("ABL203", "imap")
_KAFKA = Api("ABL203", "kafka")
_KAFKA_POLL = Api("ABL203", "kafka", "poll_zero")
_LDAP = Api("ABL203", "ldap")
_MQTT = Api("ABL203", "mqtt")
_NNTP = Api("ABL203", "nntp")
_POP3 = Api("ABL203", "pop3")
_SERIAL = Api("ABL203", "serial")
_SMTP = Api("ABL203", "smtp")
_SSH = Api("ABL203", "ssh")
_TELNET = Api("ABL203", "telnet")
_XMLRPC = Api("ABL203", "xmlrpc")
_ZMQ = Api("ABL203", "zmq")
_ZMQ_POLL = Api("ABL203", "zmq", "poll_zero")
_OFFLOAD_ANYIO = "await anyio.to_thread.run_sync(fn, ...)"
_OFFLOAD_TRIO = "await trio.to_thread.run_sync(fn, ...)"

CALLS: Mapping[str, Optional[Api]] = {
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
    # --- ABL203: sync gRPC ------------------------------------------------------
    # "grpc.Stub" is a stub generated by grpcio-tools (``<name>_pb2_grpc.<Service>Stub``)
    # built on a channel known to be sync (``origins.Resolver``): each method call
    # waits for the reply.  A stub on a grpc.aio channel, or on one whose kind is
    # not known, has no type and is never reported.
    "grpc.Stub.*": _GRPC,
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
}

ITERATE: Mapping[str, Api] = {
    # --- ABL203 ---------------------------------------------------------------
    "kafka.KafkaConsumer": _KAFKA,
    "paramiko.SFTPFile": _SSH,
    "serial.Serial": _SERIAL,
}

RETURNS: Mapping[str, str] = {
    # --- ABL203 ---------------------------------------------------------------
    "confluent_kafka.Consumer": "confluent_kafka.Consumer",
    "confluent_kafka.Producer": "confluent_kafka.Producer",
    "ftplib.FTP": "ftplib.FTP",
    "grpc.channel_ready_future": "grpc.Future",
    "grpc.insecure_channel": "grpc.Channel",
    "grpc.secure_channel": "grpc.Channel",
    # intercept_channel() wraps a sync channel (grpc.aio takes interceptors= instead).
    "grpc.intercept_channel": "grpc.Channel",
    # google-auth's authorised channel is a grpc.secure_channel().
    "google.auth.transport.grpc.secure_authorized_channel": "grpc.Channel",
    "imaplib.IMAP4": "imaplib.IMAP4",
    "kafka.KafkaConsumer": "kafka.KafkaConsumer",
    "kafka.KafkaProducer": "kafka.KafkaProducer",
    "ldap.initialize": "ldap.ldapobject.LDAPObject",
    "ldap3.Connection": "ldap3.Connection",
    "nntplib.NNTP": "nntplib.NNTP",
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
    # --- ABL203: other clients ------------------------------------------------
    "grpc.Channel.stream_unary()": "grpc.StreamUnaryMultiCallable",
    "grpc.Channel.unary_unary()": "grpc.UnaryUnaryMultiCallable",
    "grpc.StreamUnaryMultiCallable.future()": "grpc.Future",
    # A generated stub's methods are the channel's multi-callables; future() and
    # with_call() exist on the unary-response ones, which this reading covers.
    "grpc.Stub.*": "grpc.UnaryUnaryMultiCallable",
    "grpc.UnaryUnaryMultiCallable.future()": "grpc.Future",
    "kafka.KafkaProducer.send()": "kafka.producer.future.FutureRecordMetadata",
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

# A call, an annotation or a constructor spelt as an alias is looked up under
# the canonical name: SMTP_SSL(host) is reported as smtplib.SMTP() and gets
# that row's guard and methods.
ALIASES: Mapping[str, str] = {
    # --- ABL203 ---------------------------------------------------------------
    "ftplib.FTP_TLS": "ftplib.FTP",
    "imaplib.IMAP4_SSL": "imaplib.IMAP4",
    "imaplib.IMAP4_stream": "imaplib.IMAP4",
    "kafka.consumer.KafkaConsumer": "kafka.KafkaConsumer",
    "kafka.producer.KafkaProducer": "kafka.KafkaProducer",
    "ldap.ldapobject.ReconnectLDAPObject": "ldap.ldapobject.LDAPObject",
    "ldap.ldapobject.SimpleLDAPObject": "ldap.ldapobject.LDAPObject",
    "ldap3.core.connection.Connection": "ldap3.Connection",
    "nntplib.NNTP_SSL": "nntplib.NNTP",
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

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    # --- ABL203 ---------------------------------------------------------------
    "amqp": {
        "asyncio": "aio-pika",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "ftp": {
        "asyncio": "aioftp.Client",
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
