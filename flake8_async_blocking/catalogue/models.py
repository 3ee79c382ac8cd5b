"""Family 5xx, continued: machine-learning models loaded and run in a coroutine.

Data only: no ast, no logic.  See ``entry.py`` for the meaning of each table.

Loading a model reads (or first downloads) its weights and builds it in
memory: seconds, every time it is called.  Running one is a forward pass or a
whole generation loop: tens of milliseconds on the smallest models, seconds
on a language model.  Both are ABL502.  The receiver must be known to be a
model (made by one of the loaders below, here or in the module's globals or
an attribute's assignments): a ``model.generate()`` on a value of unknown
type is not reported.  The inference kernels (torch, onnxruntime, llama.cpp
through ctypes, CTranslate2) release the GIL, so a worker thread frees the
loop.  Tokenisers are not rows: encoding a prompt costs microseconds to
milliseconds.
"""

from __future__ import annotations

from typing import Mapping, Optional

from flake8_async_blocking.catalogue.entry import Api

_LOAD = Api("ABL502", "model_load")
_INFER = Api("ABL502", "model_inference")
# Writing a checkpoint serialises the model and writes the file.
_SAVE = Api("ABL502", "model_save")

# Types named in many rows below.  ``transformers.PreTrainedModel`` stands for
# any model class a ``from_pretrained`` gives.
_HF_MODEL = "transformers.PreTrainedModel"
_HF_PIPELINE = "transformers.Pipeline"
_DIFFUSERS = "diffusers.DiffusionPipeline"
_WHISPER = "whisper.model.Whisper"

# The transformers classes whose ``from_pretrained`` load a model.
_HF_AUTO_MODELS = (
    "AutoModel",
    "AutoModelForAudioClassification",
    "AutoModelForCausalLM",
    "AutoModelForCTC",
    "AutoModelForImageClassification",
    "AutoModelForImageTextToText",
    "AutoModelForMaskedLM",
    "AutoModelForObjectDetection",
    "AutoModelForQuestionAnswering",
    "AutoModelForSeq2SeqLM",
    "AutoModelForSequenceClassification",
    "AutoModelForSpeechSeq2Seq",
    "AutoModelForTokenClassification",
    "AutoModelForVision2Seq",
    "AutoModelForZeroShotImageClassification",
    "BertForSequenceClassification",
    "BertModel",
    "BlipForConditionalGeneration",
    "CLIPModel",
    "GPT2LMHeadModel",
    "LlamaForCausalLM",
    "T5ForConditionalGeneration",
    "WhisperForConditionalGeneration",
)
# Their processors read vocabulary and configuration files: loads, not models.
_HF_AUTO_FILES = (
    "AutoConfig",
    "AutoFeatureExtractor",
    "AutoImageProcessor",
    "AutoProcessor",
    "AutoTokenizer",
)
_DIFFUSERS_PIPELINES = (
    "AutoPipelineForImage2Image",
    "AutoPipelineForInpainting",
    "AutoPipelineForText2Image",
    "DiffusionPipeline",
    "StableDiffusionImg2ImgPipeline",
    "StableDiffusionPipeline",
    "StableDiffusionXLPipeline",
)

CALLS: Mapping[str, Optional[Api]] = {
    # --- ABL502: model loads --------------------------------------------------
    "transformers.pipeline": _LOAD,
    **{f"transformers.{name}.from_pretrained": _LOAD for name in _HF_AUTO_MODELS},
    **{f"transformers.{name}.from_pretrained": _LOAD for name in _HF_AUTO_FILES},
    **{f"diffusers.{name}.from_pretrained": _LOAD for name in _DIFFUSERS_PIPELINES},
    "sentence_transformers.CrossEncoder": _LOAD,
    "sentence_transformers.SentenceTransformer": _LOAD,
    "torch.load": _LOAD,
    "torch.save": _SAVE,
    "joblib.dump": _SAVE,
    "joblib.load": _LOAD,
    "whisper.load_model": _LOAD,
    "whisper.transcribe": _INFER,
    "faster_whisper.WhisperModel": _LOAD,
    "llama_cpp.Llama": _LOAD,
    "llama_cpp.Llama.from_pretrained": _LOAD,
    "vllm.LLM": _LOAD,
    "onnxruntime.InferenceSession": _LOAD,
    "ultralytics.YOLO": _LOAD,
    "spacy.load": _LOAD,
    "easyocr.Reader": _LOAD,
}

METHODS: Mapping[str, Optional[Api]] = {
    # --- ABL502: inference ----------------------------------------------------
    f"{_HF_MODEL}.__call__": _INFER,
    f"{_HF_MODEL}.generate": _INFER,
    f"{_HF_PIPELINE}.__call__": _INFER,
    f"{_DIFFUSERS}.__call__": _INFER,
    f"{_WHISPER}.transcribe": _INFER,
    f"{_WHISPER}.detect_language": _INFER,
    "sentence_transformers.CrossEncoder.predict": _INFER,
    "sentence_transformers.CrossEncoder.rank": _INFER,
    "sentence_transformers.SentenceTransformer.encode": _INFER,
    "sentence_transformers.SentenceTransformer.encode_document": _INFER,
    "sentence_transformers.SentenceTransformer.encode_query": _INFER,
    # Scoring embeddings already made is a small matrix product.
    "sentence_transformers.SentenceTransformer.similarity": None,
    "faster_whisper.WhisperModel.transcribe": _INFER,
    "faster_whisper.WhisperModel.detect_language": _INFER,
    "llama_cpp.Llama.__call__": _INFER,
    "llama_cpp.Llama.create_chat_completion": _INFER,
    "llama_cpp.Llama.create_completion": _INFER,
    "llama_cpp.Llama.create_embedding": _INFER,
    "llama_cpp.Llama.embed": _INFER,
    # Tokenising a prompt is cheap.
    "llama_cpp.Llama.detokenize": None,
    "llama_cpp.Llama.tokenize": None,
    "vllm.LLM.beam_search": _INFER,
    "vllm.LLM.chat": _INFER,
    "vllm.LLM.classify": _INFER,
    "vllm.LLM.embed": _INFER,
    "vllm.LLM.encode": _INFER,
    "vllm.LLM.generate": _INFER,
    "vllm.LLM.score": _INFER,
    "onnxruntime.InferenceSession.run": _INFER,
    "ultralytics.YOLO.__call__": _INFER,
    "ultralytics.YOLO.predict": _INFER,
    "ultralytics.YOLO.track": _INFER,
    "easyocr.Reader.readtext": _INFER,
}

RETURNS: Mapping[str, str] = {
    "transformers.pipeline": _HF_PIPELINE,
    **{f"transformers.{name}.from_pretrained": _HF_MODEL for name in _HF_AUTO_MODELS},
    **{f"diffusers.{name}.from_pretrained": _DIFFUSERS for name in _DIFFUSERS_PIPELINES},
    "sentence_transformers.CrossEncoder": "sentence_transformers.CrossEncoder",
    "sentence_transformers.SentenceTransformer": "sentence_transformers.SentenceTransformer",
    "whisper.load_model": _WHISPER,
    "faster_whisper.WhisperModel": "faster_whisper.WhisperModel",
    "llama_cpp.Llama": "llama_cpp.Llama",
    "llama_cpp.Llama.from_pretrained": "llama_cpp.Llama",
    "vllm.LLM": "vllm.LLM",
    "onnxruntime.InferenceSession": "onnxruntime.InferenceSession",
    "ultralytics.YOLO": "ultralytics.YOLO",
    "easyocr.Reader": "easyocr.Reader",
}

MEMBERS: Mapping[str, str] = {
    # Moving a model to a device, or to evaluation mode, gives the model back.
    f"{_HF_MODEL}.cuda()": _HF_MODEL,
    f"{_HF_MODEL}.eval()": _HF_MODEL,
    f"{_HF_MODEL}.half()": _HF_MODEL,
    f"{_HF_MODEL}.to()": _HF_MODEL,
    f"{_DIFFUSERS}.to()": _DIFFUSERS,
    "sentence_transformers.SentenceTransformer.to()": "sentence_transformers.SentenceTransformer",
    f"{_WHISPER}.to()": _WHISPER,
}

ALIASES: Mapping[str, str] = {
    "transformers.pipelines.pipeline": "transformers.pipeline",
    "sentence_transformers.SentenceTransformer.SentenceTransformer": (
        "sentence_transformers.SentenceTransformer"
    ),
    "sentence_transformers.cross_encoder.CrossEncoder": "sentence_transformers.CrossEncoder",
    "faster_whisper.transcribe.WhisperModel": "faster_whisper.WhisperModel",
    "llama_cpp.llama.Llama": "llama_cpp.Llama",
    "vllm.entrypoints.llm.LLM": "vllm.LLM",
    "onnxruntime.capi.onnxruntime_inference_collection.InferenceSession": (
        "onnxruntime.InferenceSession"
    ),
}

SUGGESTIONS: Mapping[str, Mapping[str, str]] = {
    "model_load": {
        "asyncio": "a model loaded once at start-up, in a worker thread (await asyncio.to_thread)",
        "anyio": "a model loaded once at start-up, in a worker thread (anyio.to_thread.run_sync)",
        "trio": "a model loaded once at start-up, in a worker thread (trio.to_thread.run_sync)",
    },
    "model_save": {
        "asyncio": "await asyncio.to_thread(fn, ...)",
        "anyio": "await anyio.to_thread.run_sync(fn, ...)",
        "trio": "await trio.to_thread.run_sync(fn, ...)",
    },
    "model_inference": {
        "asyncio": "await asyncio.to_thread(fn, ...) or an inference worker (it releases the GIL)",
        "anyio": "await anyio.to_thread.run_sync(fn, ...) or an inference worker",
        "trio": "await trio.to_thread.run_sync(fn, ...) or an inference worker",
    },
}
