"""Family 2xx, ABL203: sync cloud SDK clients: boto3, Google Cloud Storage, Azure, OpenAI.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Async twins (``aioboto3``, ``openai.AsyncOpenAI``...) have no rows on purpose:
their calls are awaited, and a value of an unknown type never matches a method
row. Suggestions never send trio users to asyncio-only libraries (aioboto3,
the azure ``aio`` clients...): they get a thread, unless the SDK's own async
client runs on anyio (openai, anthropic).
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_ANTHROPIC = Api("ABL203", "anthropic")
_AZURE = Api("ABL203", "azure_blob")
_BOTO3 = Api("ABL203", "boto3")
_BOTO3_CLIENT_SETUP = Api("ABL203", "boto3_client")
_GCS = Api("ABL203", "gcs")
_GOOGLE_AUTH = Api("ABL203", "google_auth")
_GOOGLE_CREDENTIALS = "google.auth.credentials.Credentials"
_OPENAI = Api("ABL203", "openai")
# Types named in many rows below.  "openai.OpenAI.resource" and
# "anthropic.Anthropic.resource" are pseudo-names for any resource of those
# clients (client.chat.completions, client.messages...): every method of one
# is an HTTP request.
_RESOURCE = "boto3.resources.base.ServiceResource"
_COLLECTION = "boto3.resources.collection.ResourceCollection"
_AZURE_DOWNLOAD = "azure.storage.blob.StorageStreamDownloader"
_AZURE_CONTAINER = "azure.storage.blob.ContainerClient"
_AZURE_SERVICE = "azure.storage.blob.BlobServiceClient"
_OPENAI_RESOURCE = "openai.OpenAI.resource"
_ANTHROPIC_RESOURCE = "anthropic.Anthropic.resource"
_BOTO3_CLIENT = "botocore.client.BaseClient"
_OFFLOAD_ANYIO = "await anyio.to_thread.run_sync(fn, ...)"
_OFFLOAD_TRIO = "await trio.to_thread.run_sync(fn, ...)"

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL203: boto3 clients -------------------------------------------------
    # Making a client or resource loads the service's JSON model files
    # (botocore's loader lists the data directories and reads the files) and
    # builds the client class: tens of milliseconds, on every call through a
    # new session.  Session methods are not listed: aioboto3's Session derives
    # from boto3's, and its client() is an async context manager.
    "boto3.client": _BOTO3_CLIENT_SETUP,
    "boto3.resource": _BOTO3_CLIENT_SETUP,
    # --- ABL203: google-auth -----------------------------------------------------
    # default() reads the credentials file and, on Google Cloud, asks the
    # metadata server; a key file is read by the from_*_file() constructors.
    "google.auth.default": Api("ABL203", "google_auth_default"),
    "google.oauth2.credentials.Credentials.from_authorized_user_file": Api("ABL401", "file_open"),
    "google.oauth2.service_account.Credentials.from_service_account_file": Api(
        "ABL401", "file_open"
    ),
    # --- ABL203: other network clients ----------------------------------------
    # openai < 1.0 module API; its a-prefixed twins (acreate) are awaited.
    "openai.ChatCompletion.create": _OPENAI,
    "openai.Completion.create": _OPENAI,
    "openai.Embedding.create": _OPENAI,
    "openai.Image.create": _OPENAI,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL203: google-auth credentials ------------------------------------------
    # refresh() asks the token endpoint or the metadata server, through the
    # sync transport it is given; before_request() refreshes an expired token.
    "google.auth.credentials.Credentials.before_request": _GOOGLE_AUTH,
    "google.auth.credentials.Credentials.refresh": _GOOGLE_AUTH,
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
    # --- ABL203 ---------------------------------------------------------------
    "boto3.resources.collection.CollectionManager": _BOTO3,
    "boto3.resources.collection.ResourceCollection": _BOTO3,
    "botocore.paginate.PageIterator": _BOTO3,
}

RETURNS: Mapping[str, str] = {
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
    "google.auth.credentials.Credentials": _GOOGLE_CREDENTIALS,
    "google.oauth2.credentials.Credentials.from_authorized_user_file": _GOOGLE_CREDENTIALS,
    "google.oauth2.credentials.Credentials.from_authorized_user_info": _GOOGLE_CREDENTIALS,
    "google.oauth2.service_account.Credentials.from_service_account_file": _GOOGLE_CREDENTIALS,
    "google.oauth2.service_account.Credentials.from_service_account_info": _GOOGLE_CREDENTIALS,
    "google.auth.default": "(" + _GOOGLE_CREDENTIALS + ",?)",
    "google.cloud.storage.Blob": "google.cloud.storage.Blob",
    "google.cloud.storage.Bucket": "google.cloud.storage.Bucket",
    "google.cloud.storage.Client": "google.cloud.storage.Client",
    "openai.OpenAI": "openai.OpenAI",
}

MEMBERS: Mapping[str, str] = {
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
# the canonical name.
ALIASES: Mapping[str, str] = {
    # --- ABL203 ---------------------------------------------------------------
    "anthropic.AnthropicBedrock": "anthropic.Anthropic",
    "anthropic.AnthropicVertex": "anthropic.Anthropic",
    "anthropic.Client": "anthropic.Anthropic",
    "boto3.Session": "boto3.session.Session",
    # google-auth's credential classes all refresh over HTTP.
    "google.auth.compute_engine.Credentials": _GOOGLE_CREDENTIALS,
    "google.auth.compute_engine.credentials.Credentials": _GOOGLE_CREDENTIALS,
    "google.auth.external_account.Credentials": _GOOGLE_CREDENTIALS,
    "google.auth.identity_pool.Credentials": _GOOGLE_CREDENTIALS,
    "google.auth.impersonated_credentials.Credentials": _GOOGLE_CREDENTIALS,
    "google.oauth2.credentials.Credentials": _GOOGLE_CREDENTIALS,
    "google.oauth2.service_account.Credentials": _GOOGLE_CREDENTIALS,
    # A requests.Session that adds the credentials' token to each request.
    "google.auth.transport.requests.AuthorizedSession": "requests.Session",
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
    "openai.AzureOpenAI": "openai.OpenAI",
    "openai.Client": "openai.OpenAI",
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    # --- ABL203 ---------------------------------------------------------------
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
    "boto3_client": {
        "asyncio": "a client made once at start-up, or aioboto3's async client",
        "anyio": "a client made once at start-up, or " + _OFFLOAD_ANYIO,
        "trio": "a client made once at start-up, or " + _OFFLOAD_TRIO,
    },
    "google_auth": {
        "asyncio": "await asyncio.to_thread(credentials.refresh, request)",
        "anyio": "await anyio.to_thread.run_sync(credentials.refresh, request)",
        "trio": "await trio.to_thread.run_sync(credentials.refresh, request)",
    },
    "google_auth_default": {
        "asyncio": "credentials found once at start-up, or await asyncio.to_thread(fn, ...)",
        "anyio": "credentials found once at start-up, or " + _OFFLOAD_ANYIO,
        "trio": "credentials found once at start-up, or " + _OFFLOAD_TRIO,
    },
    "gcs": {
        "asyncio": "gcloud-aio-storage",
        "anyio": _OFFLOAD_ANYIO,
        "trio": _OFFLOAD_TRIO,
    },
    "openai": {
        "asyncio": "openai.AsyncOpenAI",
        "anyio": "openai.AsyncOpenAI",
        "trio": "openai.AsyncOpenAI",
    },
}
