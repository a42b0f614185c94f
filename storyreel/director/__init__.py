"""The director: a language model plans the film (story -> script.json).

`create_director(config, project)` gives a Director on the configured LLM; the
embedded default runs llama.cpp in process on a GGUF model shipped via PyPI.
"""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..registry import Registry
from .llm import LLMClient, LlamaCppClient, LoggedLLM
from .models import model_path
from .planner import Director

LLM_BACKENDS: Registry[LLMClient] = Registry("director")


@LLM_BACKENDS.register("llm")
def _embedded_llm(config: Config) -> LLMClient:
    path = model_path(config.llm.model, config.cache_path())
    return LlamaCppClient(path, n_ctx=config.llm.n_ctx, threads=config.llm.threads, seed=config.seed)


def create_director(config: Config, log_path: Path | None = None) -> Director:
    """A Director on the configured backend; every exchange is logged to `log_path` when given."""
    llm = LLM_BACKENDS.create(config.backends.director, config=config)
    if log_path is not None:
        llm = LoggedLLM(llm, log_path)
    return Director(llm, config)


__all__ = ["Director", "LLMClient", "create_director", "LLM_BACKENDS"]
