"""Identity of human characters across scenes, measured with dlib face descriptors.

dlib's HOG frontal face detector finds faces, the 5-point shape predictor aligns them and
dlib's ResNet face recognition model turns each into a 128-d descriptor. Two descriptors
closer than 0.6 (Euclidean) are the same person by dlib's standard threshold (99.38% on
LFW). The weights ship inside the PyPI package `face-recognition-models`; the prebuilt
`dlib-bin` wheel runs them. Nothing is downloaded at run time, and each model file is
checked against a sha256 pin below before it is loaded (once per process).

Install: pip install -c requirements/lock.txt dlib-bin==20.0.1.post1 face-recognition-models==0.3.0

This only measures human faces: cartoon, animal or stylised characters are rarely detected,
which shows up as `scenes_without_face`, not as a failed identity.
"""

from __future__ import annotations

import functools
import importlib.util
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image

from .. import files
from ..errors import ToolMissingError

INSTALL_HINT = ("install dlib and its face models: `pip install -c requirements/lock.txt "
                "dlib-bin==20.0.1.post1 face-recognition-models==0.3.0`")

# Files inside the face_recognition_models package (version 0.3.0). The 5-point predictor is
# the one dlib's ResNet descriptor was trained with, it is small (9 MB against 100 MB) and,
# unlike the 68-point model (trained on iBUG 300-W), it has no non-commercial restriction.
SHAPE_PREDICTOR = "shape_predictor_5_face_landmarks.dat"
SHAPE_PREDICTOR_SHA256 = "c4b1e9804792707d3a405c2c16a80a20269e6675021f64a41d30fffafbc41888"
RECOGNITION_MODEL = "dlib_face_recognition_resnet_model_v1.dat"
RECOGNITION_MODEL_SHA256 = "55533b28a95800a551ba546ba62fe69625c7e95a7061c338adffead08719da30"

THRESHOLD = 0.6  # dlib's standard "same person" Euclidean distance
DESCRIPTOR_SIZE = 128
# dlib's HOG detector sees faces of roughly 80 px and up (40 px with upsample=1). Images whose
# short side is below this are scaled up first, so a face crop that fills a thumbnail
# (e.g. a 25x25 LFW crop) is still found.
MIN_SIDE = 200


@dataclass(frozen=True, eq=False)
class Face:
    """One detected face: pixel box (x0, y0, x1, y1) with x1, y1 exclusive, clipped to the
    image; its 128-d descriptor; and the HOG detector's score (higher = more face-like)."""

    box: tuple[int, int, int, int]
    descriptor: np.ndarray
    score: float = 0.0


def _models_dir() -> Path:
    # find_spec locates the package without importing it: its __init__ imports pkg_resources,
    # which setuptools >= 81 no longer ships, so `import face_recognition_models` fails.
    spec = importlib.util.find_spec("face_recognition_models")
    if spec is None or not spec.submodule_search_locations:
        raise ToolMissingError(f"the face models package face_recognition_models is not installed: {INSTALL_HINT}")
    return Path(list(spec.submodule_search_locations)[0]) / "models"


def _verified(name: str, sha256: str) -> str:
    return str(files.verified(_models_dir() / name, sha256, "the dlib model", f"reinstall it: {INSTALL_HINT}"))


@functools.lru_cache(maxsize=1)
def _models():
    """(detector, shape predictor, recognizer), loaded once per process (about 0.5 s).
    An error is not cached, so the next call checks again."""
    try:
        import dlib
    except ImportError as exc:
        raise ToolMissingError(f"face identity needs dlib ({exc}): {INSTALL_HINT}") from exc
    predictor = dlib.shape_predictor(_verified(SHAPE_PREDICTOR, SHAPE_PREDICTOR_SHA256))
    recognizer = dlib.face_recognition_model_v1(_verified(RECOGNITION_MODEL, RECOGNITION_MODEL_SHA256))
    return dlib.get_frontal_face_detector(), predictor, recognizer


def _rgb8(image: np.ndarray) -> np.ndarray:
    """A C-contiguous uint8 RGB copy/view: the only layout dlib's Python bindings accept."""
    image = np.asarray(image)
    if image.dtype != np.uint8:
        raise ValueError(f"face detection needs a uint8 image, got dtype {image.dtype} "
                         "(convert floats with (image * 255).round().astype(np.uint8))")
    if image.ndim == 3 and image.shape[2] == 1:
        image = image[:, :, 0]
    if image.ndim == 2:
        image = np.stack([image] * 3, axis=-1)
    elif image.ndim == 3 and image.shape[2] == 4:
        image = image[:, :, :3]  # alpha does not help the detector
    if image.ndim != 3 or image.shape[2] != 3:
        raise ValueError(f"face detection needs an HxW, HxWx3 or HxWx4 image, got shape {image.shape}")
    if min(image.shape[:2]) < 1:
        raise ValueError(f"face detection got an empty image of shape {image.shape}")
    return np.ascontiguousarray(image)


def faces(image: np.ndarray, upsample: int = 1) -> list[Face]:
    """Every face dlib's HOG detector finds in a uint8 image (gray, RGB or RGBA), with its
    128-d descriptor, strongest detection first.

    `upsample` is how many times dlib doubles the image before detecting: 1 finds faces down
    to about 40 px, 0 only from about 80 px but is about 4x faster. Images with a short side
    under MIN_SIDE px are first scaled up to it; boxes are always in the input's pixels.
    """
    if upsample < 0:
        raise ValueError(f"upsample must be >= 0, got {upsample}")
    rgb = _rgb8(image)
    height, width = rgb.shape[:2]
    scale = 1.0
    if min(height, width) < MIN_SIDE:
        scale = MIN_SIDE / min(height, width)
        size = (round(width * scale), round(height * scale))
        rgb = np.ascontiguousarray(np.asarray(Image.fromarray(rgb).resize(size, Image.Resampling.BICUBIC)))
    detector, predictor, recognizer = _models()
    rects, scores, _ = detector.run(rgb, upsample, 0.0)
    found = []
    for rect, score in sorted(zip(rects, scores), key=lambda pair: -pair[1]):
        descriptor = np.array(recognizer.compute_face_descriptor(rgb, predictor(rgb, rect)), dtype=np.float64)
        # dlib's right/bottom are inclusive and may lie outside the image.
        box = (max(0, math.floor(rect.left() / scale)), max(0, math.floor(rect.top() / scale)),
               min(width, math.ceil((rect.right() + 1) / scale)), min(height, math.ceil((rect.bottom() + 1) / scale)))
        found.append(Face(box=box, descriptor=descriptor, score=float(score)))
    return found


def _area(face: Face) -> int:
    x0, y0, x1, y1 = face.box
    return (x1 - x0) * (y1 - y0)


def descriptor_of(image: np.ndarray, upsample: int = 1) -> np.ndarray | None:
    """The 128-d descriptor of the largest face in the image (ties: the stronger detection),
    or None when no face is found. Meant for a character's reference portrait."""
    found = faces(image, upsample)
    if not found:
        return None
    return max(found, key=lambda face: (_area(face), face.score)).descriptor


def distance(a: np.ndarray, b: np.ndarray) -> float:
    """Euclidean distance between two face descriptors; < THRESHOLD (0.6) = same person."""
    return float(np.linalg.norm(np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)))


def identity_metrics(reference: np.ndarray, scenes: dict[str, list[np.ndarray]],
                     threshold: float = THRESHOLD, upsample: int = 1) -> dict:
    """How well the protagonist of `reference` (a portrait; its largest face is used) keeps
    their identity over the film's scenes (scene id -> frames, in film order).

    In each scene the face closest to the reference, among all faces in all its frames, is
    the protagonist's match. Returns:

    - "scenes": {scene id: {"frames", "faces", "distance" (match to reference, or None),
      "same_person" (distance < threshold, or None)}}
    - "long_term": share of scenes with any face whose match is closer than `threshold`
      (0..1, higher is better).
    - "short_term": mean similarity between the matches of consecutive scenes that have a
      face (scenes without a face are skipped over), with similarity = 1 - Euclidean
      distance between the two descriptors. 1.0 = identical descriptors; above
      1 - threshold (0.4) = same person by dlib's rule. Not bounded below in theory (the
      descriptors are not unit length: norms about 1.3-1.5), in practice about -0.1..1
      since distances between faces rarely exceed 1.1.
    - "scenes_without_face": how many scenes have no detectable face at all.
    - "threshold", and "note": None, or why metrics are None.

    Metrics that cannot be computed are None, never NaN: long_term when no scene has a
    face, short_term with fewer than two such scenes, everything distance-based when the
    reference has no detectable face.
    """
    ref = descriptor_of(reference, upsample)
    per_scene: dict[str, dict] = {}
    matches: list[np.ndarray] = []  # the matched descriptor of each scene with a face, in order
    without_face = 0
    for scene_id, frames in scenes.items():
        found = [face for frame in frames for face in faces(frame, upsample)]
        entry = {"frames": len(frames), "faces": len(found), "distance": None, "same_person": None}
        if not found:
            without_face += 1
        elif ref is not None:
            best = min(found, key=lambda face: distance(face.descriptor, ref))
            entry["distance"] = distance(best.descriptor, ref)
            entry["same_person"] = entry["distance"] < threshold
            matches.append(best.descriptor)
        per_scene[scene_id] = entry

    note = None
    long_term = short_term = None
    if ref is None:
        note = "no face detected in the reference image: identity metrics need a frontal human face"
    elif not matches:
        note = "no face detected in any scene"
    else:
        long_term = sum(e["same_person"] for e in per_scene.values() if e["same_person"] is not None) / len(matches)
        if len(matches) >= 2:
            short_term = float(np.mean([1.0 - distance(a, b) for a, b in zip(matches, matches[1:])]))
    return {
        "threshold": threshold,
        "long_term": long_term,
        "short_term": short_term,
        "scenes_without_face": without_face,
        "scenes": per_scene,
        "note": note,
    }
