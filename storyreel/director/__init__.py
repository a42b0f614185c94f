"""The director: a language model plans the film (story -> script.json).

`create_director(config, project)` gives a Director on the configured LLM; the
embedded default runs llama.cpp's server in process (xllamacpp) on a GGUF model shipped via PyPI, and
"openai" talks to any OpenAI-compatible server (Ollama, vLLM, llama.cpp server, hosted APIs).
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..errors import InputError
from ..registry import Registry
from .llm import EmbeddedLLM, LLMClient, LoggedLLM
from .models import model_path
from .openai_client import OpenAIClient
from .progressive import STAGES, ProgressiveDirector

LLM_BACKENDS: Registry[LLMClient] = Registry("director")


@LLM_BACKENDS.register("llm")
def _embedded_llm(config: Config) -> LLMClient:
    path = model_path(config.llm.model, config.cache_path())
    return EmbeddedLLM(path, n_ctx=config.llm.n_ctx, threads=config.llm.threads, seed=config.seed,
                       parallel=config.llm.parallel)


@LLM_BACKENDS.register("openai")
def _openai_llm(config: Config) -> LLMClient:
    """Any OpenAI-compatible server at llm.base_url; llm.model is the server's model name."""
    if not config.llm.base_url:
        raise InputError("the openai director backend needs the server's URL: --llm-url URL, "
                         "llm.base_url in the config file or STORYREEL_LLM__BASE_URL")
    return OpenAIClient(config.llm.base_url, config.llm.model, config.llm.api_key, timeout_s=config.llm.timeout_s,
                        retries=config.llm.http_retries, parallel=config.llm.parallel)


def create_director(config: Config, log_path: Path | None = None) -> ProgressiveDirector:
    """A director on the configured backend; every exchange is logged to `log_path` when given."""
    llm = LLM_BACKENDS.create(config.backends.director, config=config)
    if log_path is not None:
        llm = LoggedLLM(llm, log_path)
    return ProgressiveDirector(llm, config)


__all__ = ["EmbeddedLLM", "LLMClient", "LLM_BACKENDS", "OpenAIClient", "ProgressiveDirector", "STAGES",
           "create_director"]
