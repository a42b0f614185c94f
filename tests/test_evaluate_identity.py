"""Face identity metrics with the real dlib models (no mocks) on pictures shipped with scikit-image.

Faces: the astronaut (Eileen Collins, skimage.data.astronaut) and 25x25 grayscale LFW crops
(skimage.data.lfw_subset, first 100 are faces), scaled up; coffee() has no face.
Needs the optional dlib-bin and face-recognition-models packages (see identity.INSTALL_HINT).
"""

import importlib.util

import numpy as np
import pytest
from PIL import Image

pytest.importorskip("dlib")
if importlib.util.find_spec("face_recognition_models") is None:
    pytest.skip("face-recognition-models is not installed", allow_module_level=True)

from skimage import data  # noqa: E402

from storyreel.errors import StoryreelError, ToolMissingError  # noqa: E402
from storyreel.evaluate import identity  # noqa: E402

ASTRONAUT = data.astronaut()
PORTRAIT = ASTRONAUT[:260, 90:360]  # a reference portrait: her head and shoulders only
LFW = (data.lfw_subset()[:100] * 255).round().astype(np.uint8)


def frame(picture: np.ndarray, x: int, y: int, scale: float = 1.0, brightness: float = 1.0,
          size: tuple[int, int] = (640, 480)) -> np.ndarray:
    """A film frame: `picture` rescaled, brightened and pasted at (x, y) on a dark backdrop."""
    rgb = np.stack([picture] * 3, axis=-1) if picture.ndim == 2 else picture
    h, w = rgb.shape[:2]
    pasted = np.asarray(Image.fromarray(rgb).resize((round(w * scale), round(h * scale)), Image.Resampling.BICUBIC))
    pasted = np.clip(pasted.astype(np.float32) * brightness, 0, 255).astype(np.uint8)
    canvas = np.full((size[1], size[0], 3), 40, np.uint8)
    canvas[y:y + pasted.shape[0], x:x + pasted.shape[1]] = pasted[:size[1] - y, :size[0] - x]
    return canvas


def test_faces_finds_the_astronaut_with_boxes_in_input_pixels():
    found = identity.faces(ASTRONAUT)
    assert found, "dlib found no face in skimage's astronaut"
    best = found[0]  # strongest detection first
    x0, y0, x1, y1 = best.box
    assert 160 <= x0 < 190 and 60 <= y0 < 90 and 250 < x1 <= 280 and 150 < y1 <= 180
    assert best.descriptor.shape == (128,) and best.descriptor.dtype == np.float64
    # A 25x25 crop is scaled up for the detector, but its box stays in the crop's pixels.
    small = identity.faces(LFW[0])
    assert len(small) == 1
    assert all(0 <= v <= 25 for v in small[0].box) and small[0].box[2] - small[0].box[0] >= 15


def test_descriptor_of_is_none_without_a_face():
    assert identity.descriptor_of(data.coffee()) is None
    assert identity.descriptor_of(PORTRAIT).shape == (128,)


def test_same_face_across_scenes_passes():
    scenes = {
        "s1": [frame(ASTRONAUT, 120, 20, scale=0.8, brightness=0.6)],           # darker, shifted
        "s2": [frame(ASTRONAUT, 300, 150, scale=0.6, brightness=1.3)],          # smaller, brighter
        "s3": [np.ascontiguousarray(ASTRONAUT[:, ::-1])],                       # mirrored
        "coffee": [data.coffee()],
    }
    result = identity.identity_metrics(PORTRAIT, scenes)
    distances = [result["scenes"][s]["distance"] for s in ("s1", "s2", "s3")]
    assert all(d < 0.6 for d in distances), distances
    assert result["long_term"] == 1.0
    assert result["scenes_without_face"] == 1
    assert result["scenes"]["coffee"] == {"frames": 1, "faces": 0, "distance": None, "same_person": None}
    assert 0.4 < result["short_term"] <= 1.0
    assert result["note"] is None


def test_different_face_fails():
    scenes = {f"lfw{i}": [frame(LFW[i], 200, 100, scale=8)] for i in (0, 3, 10)}
    result = identity.identity_metrics(PORTRAIT, scenes)
    distances = [entry["distance"] for entry in result["scenes"].values()]
    assert all(d is not None and d > 0.6 for d in distances), distances
    assert result["long_term"] == 0.0
    assert result["scenes_without_face"] == 0
    # And the other way round: an LFW face as the protagonist, the astronaut on screen. (Not the
    # full astronaut picture: its mission patch is a weak false detection whose descriptor
    # lies only 0.63 from this blurry gray reference.)
    reverse = identity.identity_metrics(LFW[0], {"s1": [PORTRAIT], "s2": [frame(ASTRONAUT, 0, 0, scale=0.9)]})
    assert reverse["long_term"] == 0.0
    assert all(e["distance"] > 0.6 for e in reverse["scenes"].values())


def test_the_closest_face_in_a_scene_is_the_match():
    crowd = frame(ASTRONAUT, 0, 0, scale=0.9)  # the astronaut on the left and, on the right,
    crowd[100:300, 440:640] = frame(LFW[3], 0, 0, scale=8, size=(200, 200))  # someone else
    result = identity.identity_metrics(PORTRAIT, {"crowd": [crowd], "other": [frame(LFW[0], 200, 100, scale=8)]})
    assert result["scenes"]["crowd"]["faces"] >= 2
    assert result["scenes"]["crowd"]["same_person"] is True
    assert result["scenes"]["other"]["same_person"] is False
    assert result["long_term"] == 0.5


def test_reference_without_a_face_gives_none_and_a_note():
    result = identity.identity_metrics(data.coffee(), {"s1": [ASTRONAUT], "s2": [data.coffee()]})
    assert result["long_term"] is None and result["short_term"] is None
    assert "reference" in result["note"]
    assert result["scenes_without_face"] == 1
    assert result["scenes"]["s1"]["faces"] >= 1 and result["scenes"]["s1"]["distance"] is None


def test_no_scene_with_a_face_gives_none():
    result = identity.identity_metrics(PORTRAIT, {"s1": [data.coffee()], "s2": []})
    assert result["long_term"] is None and result["short_term"] is None
    assert result["scenes_without_face"] == 2 and result["note"]


def test_bad_images_are_rejected_clearly():
    with pytest.raises(ValueError, match="uint8"):
        identity.faces(ASTRONAUT.astype(np.float32))
    with pytest.raises(ValueError, match="shape"):
        identity.faces(np.zeros((10, 10, 2), np.uint8))


def test_missing_or_corrupt_model_is_a_clear_error(monkeypatch):
    identity._models.cache_clear()
    try:
        monkeypatch.setattr(identity, "SHAPE_PREDICTOR", "no_such_model.dat")
        with pytest.raises(ToolMissingError, match="pip install"):
            identity.faces(ASTRONAUT)
        monkeypatch.undo()
        monkeypatch.setattr(identity, "RECOGNITION_MODEL_SHA256", "0" * 64)
        with pytest.raises(StoryreelError, match="corrupt"):
            identity.faces(ASTRONAUT)
    finally:
        monkeypatch.undo()
        identity._models.cache_clear()
