"""Family 5xx: known CPU-heavy calls and GIL-holding parsers.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

The suggestions follow what each call does with the GIL: password hashing,
key derivation and compression release it, so a worker thread frees the loop;
the parsers of ABL503 hold it, so a thread does not help and the advice is a
process pool or a faster parser (lxml, which releases it, is the exception).
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_KDF = Api("ABL502", "cpu_kdf")
_PASSWORD = Api("ABL502", "cpu_password")
_COMPRESS = Api("ABL502", "cpu_compress")
_KEYGEN = Api("ABL502", "cpu_keygen")
_CHARSET = Api("ABL502", "cpu_charset")
_JSON = Api("ABL503", "parse_json")
_PICKLE = Api("ABL503", "parse_pickle")
_LXML = Api("ABL503", "parse_lxml")
_XML = Api("ABL503", "parse_xml")
_YAML = Api("ABL503", "parse_yaml")

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL502: key derivation -------------------------------------------------
    "hashlib.pbkdf2_hmac": _KDF,
    "hashlib.scrypt": _KDF,
    # One pass of a digest over a request-sized buffer takes microseconds; only
    # the deliberately slow KDFs above are flagged.
    "hashlib.blake2b": None,
    "hashlib.blake2s": None,
    "hashlib.md5": None,
    "hashlib.new": None,
    "hashlib.sha1": None,
    "hashlib.sha224": None,
    "hashlib.sha256": None,
    "hashlib.sha384": None,
    "hashlib.sha3_256": None,
    "hashlib.sha3_512": None,
    "hashlib.sha512": None,
    # An HMAC is two digests: as cheap as the digest itself.
    "hmac.compare_digest": None,
    "hmac.digest": None,
    "hmac.new": None,
    # --- ABL502: password hashing -----------------------------------------------
    "argon2.hash_password": _PASSWORD,
    "argon2.hash_password_raw": _PASSWORD,
    "argon2.low_level.hash_secret": _PASSWORD,
    "argon2.low_level.hash_secret_raw": _PASSWORD,
    "argon2.low_level.verify_secret": _PASSWORD,
    "argon2.verify_password": _PASSWORD,
    "bcrypt.checkpw": _PASSWORD,
    "bcrypt.hashpw": _PASSWORD,
    "bcrypt.kdf": _KDF,
    # gensalt() reads 16 random bytes: cheap.
    "bcrypt.gensalt": None,
    # passlib handlers are classes used directly: ``passlib.hash.bcrypt.hash(pw)``.
    "passlib.hash.argon2.hash": _PASSWORD,
    "passlib.hash.argon2.verify": _PASSWORD,
    "passlib.hash.bcrypt.hash": _PASSWORD,
    "passlib.hash.bcrypt.verify": _PASSWORD,
    "passlib.hash.bcrypt_sha256.hash": _PASSWORD,
    "passlib.hash.bcrypt_sha256.verify": _PASSWORD,
    "passlib.hash.django_pbkdf2_sha256.hash": _PASSWORD,
    "passlib.hash.django_pbkdf2_sha256.verify": _PASSWORD,
    "passlib.hash.pbkdf2_sha1.hash": _PASSWORD,
    "passlib.hash.pbkdf2_sha1.verify": _PASSWORD,
    "passlib.hash.pbkdf2_sha256.hash": _PASSWORD,
    "passlib.hash.pbkdf2_sha256.verify": _PASSWORD,
    "passlib.hash.pbkdf2_sha512.hash": _PASSWORD,
    "passlib.hash.pbkdf2_sha512.verify": _PASSWORD,
    "passlib.hash.scrypt.hash": _PASSWORD,
    "passlib.hash.scrypt.verify": _PASSWORD,
    "passlib.hash.sha256_crypt.hash": _PASSWORD,
    "passlib.hash.sha256_crypt.verify": _PASSWORD,
    "passlib.hash.sha512_crypt.hash": _PASSWORD,
    "passlib.hash.sha512_crypt.verify": _PASSWORD,
    # --- ABL502: HTML trees and charset guessing -------------------------------
    # Pure-Python work over a whole page: BeautifulSoup builds a 166 KB page's
    # tree in some 80 ms (html.parser), and chardet guesses its charset in 80 ms
    # (UTF-8) to 260 ms (Latin-1).
    "bs4.BeautifulSoup": Api("ABL502", "cpu_parse_html"),
    "chardet.detect": _CHARSET,
    "chardet.detect_all": _CHARSET,
    # --- ABL502: key generation -------------------------------------------------
    "cryptography.hazmat.primitives.asymmetric.dh.generate_parameters": _KEYGEN,
    "cryptography.hazmat.primitives.asymmetric.dsa.generate_private_key": _KEYGEN,
    "cryptography.hazmat.primitives.asymmetric.rsa.generate_private_key": _KEYGEN,
    # Elliptic-curve and Ed25519 keys take microseconds to make.
    "cryptography.hazmat.primitives.asymmetric.ec.generate_private_key": None,
    "cryptography.hazmat.primitives.asymmetric.ed25519.Ed25519PrivateKey.generate": None,
    # Loading an RSA private key checks it (a few primes tests): some 100 ms for a
    # 4096-bit key, unless told to skip; the key type is unknown from the call.
    "cryptography.hazmat.primitives.serialization.load_der_private_key": Api(
        "ABL502", "cpu_keyload", "validates_rsa"
    ),
    "cryptography.hazmat.primitives.serialization.load_pem_private_key": Api(
        "ABL502", "cpu_keyload", "validates_rsa"
    ),
    # --- ABL502: compression ----------------------------------------------------
    "bz2.compress": _COMPRESS,
    "bz2.decompress": _COMPRESS,
    "compression.zstd.compress": _COMPRESS,
    "compression.zstd.decompress": _COMPRESS,
    "gzip.compress": _COMPRESS,
    "gzip.decompress": _COMPRESS,
    "lzma.compress": _COMPRESS,
    "lzma.decompress": _COMPRESS,
    "zlib.compress": _COMPRESS,
    "zlib.decompress": _COMPRESS,
    "zstandard.compress": _COMPRESS,
    "zstandard.decompress": _COMPRESS,
    # Checksums run at memory speed: cheap for request-sized buffers.
    "zlib.adler32": None,
    "zlib.crc32": None,
    # --- ABL503: JSON (opt-in) --------------------------------------------------
    "json.load": _JSON,
    "json.loads": _JSON,
    "simplejson.load": _JSON,
    "simplejson.loads": _JSON,
    # Serialising is linear in what the handler already built; only parsing
    # of input of unknown size is reported.
    "json.dumps": None,
    # --- ABL503: pickle (opt-in) ------------------------------------------------
    "marshal.loads": _PICKLE,
    "pickle.load": _PICKLE,
    "pickle.loads": _PICKLE,
    # --- ABL503: XML (opt-in) ---------------------------------------------------
    "lxml.etree.XML": _LXML,
    "lxml.etree.fromstring": _LXML,
    "lxml.etree.parse": _LXML,
    "xml.dom.minidom.parse": _XML,
    "xml.dom.minidom.parseString": _XML,
    "xml.etree.ElementTree.XML": _XML,
    "xml.etree.ElementTree.fromstring": _XML,
    "xml.etree.ElementTree.parse": _XML,
    # Building elements in memory parses nothing.
    "xml.etree.ElementTree.Element": None,
    "xml.etree.ElementTree.SubElement": None,
    # --- ABL503: YAML (opt-in) --------------------------------------------------
    "yaml.full_load": _YAML,
    "yaml.load": _YAML,
    "yaml.load_all": _YAML,
    "yaml.safe_load": _YAML,
    "yaml.safe_load_all": _YAML,
    "yaml.unsafe_load": _YAML,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL502: key derivation -------------------------------------------------
    "cryptography.hazmat.primitives.kdf.argon2.Argon2id.derive": _KDF,
    "cryptography.hazmat.primitives.kdf.argon2.Argon2id.verify": _KDF,
    "cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC.derive": _KDF,
    "cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC.verify": _KDF,
    "cryptography.hazmat.primitives.kdf.scrypt.Scrypt.derive": _KDF,
    "cryptography.hazmat.primitives.kdf.scrypt.Scrypt.verify": _KDF,
    # --- ABL502: password hashing -----------------------------------------------
    "argon2.PasswordHasher.hash": _PASSWORD,
    "argon2.PasswordHasher.verify": _PASSWORD,
    # check_needs_rehash() parses the parameters out of the hash string.
    "argon2.PasswordHasher.check_needs_rehash": None,
    "passlib.context.CryptContext.encrypt": _PASSWORD,
    "passlib.context.CryptContext.hash": _PASSWORD,
    "passlib.context.CryptContext.verify": _PASSWORD,
    "passlib.context.CryptContext.verify_and_update": _PASSWORD,
    # identify() and needs_update() read the hash string only.
    "passlib.context.CryptContext.identify": None,
    "passlib.context.CryptContext.needs_update": None,
    # A configured handler, from ``passlib.hash.bcrypt.using(rounds=14)``.
    "passlib.ifc.PasswordHash.hash": _PASSWORD,
    "passlib.ifc.PasswordHash.verify": _PASSWORD,
    "pwdlib.PasswordHash.hash": _PASSWORD,
    "pwdlib.PasswordHash.verify": _PASSWORD,
    "pwdlib.PasswordHash.verify_and_update": _PASSWORD,
    # --- ABL502: compression ----------------------------------------------------
    "bz2.BZ2Compressor.compress": _COMPRESS,
    "bz2.BZ2Decompressor.decompress": _COMPRESS,
    "lzma.LZMACompressor.compress": _COMPRESS,
    "lzma.LZMADecompressor.decompress": _COMPRESS,
    "zlib.Compress.compress": _COMPRESS,
    "zlib.Decompress.decompress": _COMPRESS,
    "zstandard.ZstdCompressor.compress": _COMPRESS,
    "zstandard.ZstdDecompressor.decompress": _COMPRESS,
    # --- ABL503: YAML (opt-in) --------------------------------------------------
    "ruamel.yaml.YAML.load": _YAML,
    "ruamel.yaml.YAML.load_all": _YAML,
}

WITH: Mapping[str, Api] = {}

ITERATE: Mapping[str, Api] = {}

RETURNS: Mapping[str, str] = {
    "argon2.PasswordHasher": "argon2.PasswordHasher",
    "argon2.PasswordHasher.from_parameters": "argon2.PasswordHasher",
    "bz2.BZ2Compressor": "bz2.BZ2Compressor",
    "bz2.BZ2Decompressor": "bz2.BZ2Decompressor",
    "cryptography.hazmat.primitives.kdf.argon2.Argon2id": (
        "cryptography.hazmat.primitives.kdf.argon2.Argon2id"
    ),
    "cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC": (
        "cryptography.hazmat.primitives.kdf.pbkdf2.PBKDF2HMAC"
    ),
    "cryptography.hazmat.primitives.kdf.scrypt.Scrypt": (
        "cryptography.hazmat.primitives.kdf.scrypt.Scrypt"
    ),
    "lzma.LZMACompressor": "lzma.LZMACompressor",
    "lzma.LZMADecompressor": "lzma.LZMADecompressor",
    "passlib.context.CryptContext": "passlib.context.CryptContext",
    # ``using(rounds=...)`` gives a configured copy of the handler.
    "passlib.hash.argon2.using": "passlib.ifc.PasswordHash",
    "passlib.hash.bcrypt.using": "passlib.ifc.PasswordHash",
    "passlib.hash.bcrypt_sha256.using": "passlib.ifc.PasswordHash",
    "passlib.hash.django_pbkdf2_sha256.using": "passlib.ifc.PasswordHash",
    "passlib.hash.pbkdf2_sha1.using": "passlib.ifc.PasswordHash",
    "passlib.hash.pbkdf2_sha256.using": "passlib.ifc.PasswordHash",
    "passlib.hash.pbkdf2_sha512.using": "passlib.ifc.PasswordHash",
    "passlib.hash.scrypt.using": "passlib.ifc.PasswordHash",
    "passlib.hash.sha256_crypt.using": "passlib.ifc.PasswordHash",
    "passlib.hash.sha512_crypt.using": "passlib.ifc.PasswordHash",
    "pwdlib.PasswordHash": "pwdlib.PasswordHash",
    "pwdlib.PasswordHash.recommended": "pwdlib.PasswordHash",
    "ruamel.yaml.YAML": "ruamel.yaml.YAML",
    "zlib.compressobj": "zlib.Compress",
    "zlib.decompressobj": "zlib.Decompress",
    "zstandard.ZstdCompressor": "zstandard.ZstdCompressor",
    "zstandard.ZstdDecompressor": "zstandard.ZstdDecompressor",
}

MEMBERS: Mapping[str, str] = {
    "passlib.context.CryptContext.copy()": "passlib.context.CryptContext",
    "passlib.ifc.PasswordHash.using()": "passlib.ifc.PasswordHash",
}

VALUES: Mapping[str, str] = {
    # Ready-made contexts that passlib ships.
    "passlib.apps.custom_app_context": "passlib.context.CryptContext",
    "passlib.apps.django_context": "passlib.context.CryptContext",
}

ALIASES: Mapping[str, str] = {
    "argon2._password_hasher.PasswordHasher": "argon2.PasswordHasher",
    # Python 3.14 groups the compression modules under ``compression``.
    "compression.bz2.compress": "bz2.compress",
    "compression.bz2.decompress": "bz2.decompress",
    "compression.gzip.compress": "gzip.compress",
    "compression.gzip.decompress": "gzip.decompress",
    "compression.lzma.compress": "lzma.compress",
    "compression.lzma.decompress": "lzma.decompress",
    "compression.zlib.compress": "zlib.compress",
    "compression.zlib.decompress": "zlib.decompress",
    # defusedxml wraps the stdlib parsers and parses just as long.
    "defusedxml.ElementTree.XML": "xml.etree.ElementTree.XML",
    "defusedxml.ElementTree.fromstring": "xml.etree.ElementTree.fromstring",
    "defusedxml.ElementTree.parse": "xml.etree.ElementTree.parse",
    "defusedxml.minidom.parse": "xml.dom.minidom.parse",
    "defusedxml.minidom.parseString": "xml.dom.minidom.parseString",
    "passlib.context.LazyCryptContext": "passlib.context.CryptContext",
    "pwdlib._hash.PasswordHash": "pwdlib.PasswordHash",
    "ruamel.yaml.main.YAML": "ruamel.yaml.YAML",
}

ENTERS: Mapping[str, Optional[str]] = {}

_TO_THREAD = {
    "asyncio": "await asyncio.to_thread(fn, ...): it releases the GIL",
    "anyio": "await anyio.to_thread.run_sync(fn, ...): it releases the GIL",
    "trio": "await trio.to_thread.run_sync(fn, ...): it releases the GIL",
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    "cpu_charset": {
        "asyncio": "the charset the response declares, or await asyncio.to_thread(fn, ...)",
        "anyio": "the charset the response declares, or await anyio.to_thread.run_sync(fn, ...)",
        "trio": "the charset the response declares, or await trio.to_thread.run_sync(fn, ...)",
    },
    "cpu_compress": _TO_THREAD,
    "cpu_kdf": _TO_THREAD,
    "cpu_keygen": {
        "asyncio": "await asyncio.to_thread(fn, ...), or a key made at start-up",
        "anyio": "await anyio.to_thread.run_sync(fn, ...), or a key made at start-up",
        "trio": "await trio.to_thread.run_sync(fn, ...), or a key made at start-up",
    },
    "cpu_keyload": {
        "asyncio": "a key loaded once at start-up, or await asyncio.to_thread(fn, ...)",
        "anyio": "a key loaded once at start-up, or await anyio.to_thread.run_sync(fn, ...)",
        "trio": "a key loaded once at start-up, or await trio.to_thread.run_sync(fn, ...)",
    },
    "cpu_parse_html": {
        "asyncio": "await asyncio.to_thread(fn, ...), or a faster parser (selectolax, lxml)",
        "anyio": "await anyio.to_thread.run_sync(fn, ...), or a faster parser (selectolax, lxml)",
        "trio": "await trio.to_thread.run_sync(fn, ...), or a faster parser (selectolax, lxml)",
    },
    "cpu_password": _TO_THREAD,
    "parse_json": {
        "asyncio": "orjson or msgspec, or a process pool (not a thread)",
        "anyio": "orjson or msgspec, or anyio.to_process.run_sync (not a thread)",
        "trio": "orjson or msgspec, or trio_parallel.run_sync (not a thread)",
    },
    # lxml parses with the GIL released: unlike the other parsers, a thread helps.
    "parse_lxml": {
        "asyncio": "await asyncio.to_thread(fn, ...): lxml releases the GIL",
        "anyio": "await anyio.to_thread.run_sync(fn, ...): lxml releases the GIL",
        "trio": "await trio.to_thread.run_sync(fn, ...): lxml releases the GIL",
    },
    "parse_pickle": {
        "asyncio": "a process pool, or a smaller payload (not a thread)",
        "anyio": "anyio.to_process.run_sync, or a smaller payload (not a thread)",
        "trio": "trio_parallel.run_sync, or a smaller payload (not a thread)",
    },
    "parse_xml": {
        "asyncio": "a process pool, or lxml in a thread (this parser holds the GIL)",
        "anyio": "anyio.to_process.run_sync, or lxml in a thread (this one holds the GIL)",
        "trio": "trio_parallel.run_sync, or lxml in a thread (this one holds the GIL)",
    },
    "parse_yaml": {
        "asyncio": "a process pool, or JSON parsed by orjson (not a thread)",
        "anyio": "anyio.to_process.run_sync, or JSON parsed by orjson",
        "trio": "trio_parallel.run_sync, or JSON parsed by orjson",
    },
}
