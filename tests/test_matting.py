"""The matting extra with its real models: IS-Net (onnxruntime) and MediaPipe selfie segmentation.

The model tests skip, with the reason, when the extra is not set up
(`make setup EXTRAS=matting`); CI sets it up. IS-Net takes about 7 s of one core per image,
so each picture is segmented once per module.
"""

import os

import numpy as np
import pytest
from PIL import Image, ImageDraw

from storyreel.cast import matting
from storyreel.config import load_config
from storyreel.errors import InputError, StoryreelError, ToolMissingError

os.environ.setdefault("OMP_NUM_THREADS", "1")  # onnxruntime's threads follow it (see matting._isnet_session)
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")  # no device id file in the cache from importing onnxruntime

CACHE = load_config().cache_path()  # where scripts/extras/matting.sh put the models
READY = matting.available(CACHE)
needs_isnet = pytest.mark.skipif(not READY["isnet"], reason=f"IS-Net not set up in {CACHE}: {matting.INSTALL_HINT}")
needs_selfie = pytest.mark.skipif(not READY["selfie"],
                                  reason=f"mediapipe venv not set up in {CACHE}: {matting.INSTALL_HINT}")


def _vertical_gradient(w, h, top, bottom):
    t = np.linspace(0.0, 1.0, h)[:, None, None]
    rows = np.array(top) * (1 - t) + np.array(bottom) * t
    return Image.fromarray(np.broadcast_to(rows, (h, w, 3)).astype(np.uint8))


def figure_picture():
    """A simple character (head, neck, body) on a soft gradient, and its true silhouette."""
    image = _vertical_gradient(512, 512, (235, 225, 200), (170, 190, 215))
    shape = Image.new("L", image.size, 0)
    for draw, skin, cloth in ((ImageDraw.Draw(image), (245, 190, 150), (40, 90, 200)),
                              (ImageDraw.Draw(shape), 255, 255)):
        draw.ellipse([186, 300, 326, 480], fill=cloth)  # body
        draw.ellipse([206, 170, 306, 270], fill=skin)  # head
        draw.rectangle([246, 260, 266, 310], fill=skin)  # neck
    return image, np.asarray(shape) > 127


def landscape_picture():
    """Sky, sun and hills: a backdrop with nobody in it."""
    image = _vertical_gradient(640, 400, (110, 170, 235), (200, 225, 250))
    draw = ImageDraw.Draw(image)
    draw.ellipse([480, 40, 560, 120], fill=(255, 220, 90))
    draw.polygon([(0, 260), (150, 180), (320, 250), (470, 170), (640, 240), (640, 400), (0, 400)], fill=(70, 140, 60))
    draw.rectangle([0, 330, 640, 400], fill=(60, 110, 50))
    return image


@pytest.fixture(scope="module")
def astronaut():
    """scikit-image's astronaut.png: a real photo of a person (Eileen Collins), 512x512."""
    data = pytest.importorskip("skimage.data", reason="scikit-image (a test dependency) is not installed")
    return Image.fromarray(data.astronaut())


def person_fraction(mask):
    return float((mask > matting.PERSON_THRESHOLD).mean())


# --- no models needed ---------------------------------------------------------------------

def test_missing_extra_raises_with_install_hint(tmp_path):
    assert matting.available(tmp_path) == {"isnet": False, "selfie": False}
    image = Image.new("RGB", (32, 32))
    for method in matting.METHODS:
        with pytest.raises(ToolMissingError, match="make setup EXTRAS=matting"):
            matting.foreground_mask(image, method, tmp_path)


def test_unknown_method_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="isnet, selfie"):
        matting.foreground_mask(Image.new("RGB", (8, 8)), "grabcut", tmp_path)


def test_corrupt_model_names_file_and_fix(tmp_path):
    pytest.importorskip("onnxruntime", reason="onnxruntime (matting extra) is not installed")
    model = matting.isnet_path(tmp_path)
    model.parent.mkdir(parents=True)
    model.write_bytes(b"not a model")
    with pytest.raises(StoryreelError, match=r"isnet_fp16\.onnx is corrupt.*scripts/extras/matting\.sh"):
        matting.foreground_mask(Image.new("RGB", (8, 8)), "isnet", tmp_path)


def test_cut_out_keeps_size_and_uses_mask_as_alpha():
    image = Image.new("RGB", (40, 30), (200, 10, 10))
    mask = np.zeros((30, 40), np.float32)
    mask[10:20, 5:15] = 1.0
    rgba = matting.cut_out(image, mask)
    assert rgba.mode == "RGBA" and rgba.size == image.size
    alpha = np.asarray(rgba)[..., 3]
    assert alpha[15, 10] == 255 and alpha[0, 0] == 0
    assert np.asarray(rgba)[15, 10, :3].tolist() == [200, 10, 10]
    with pytest.raises(ValueError, match="does not match"):
        matting.cut_out(image, mask.T)


def test_inpaint_fills_hole_from_surroundings():
    rgb = np.zeros((64, 80, 3), np.float32)
    rgb[:, :40] = (1.0, 0.0, 0.0)  # red left half, blue right half
    rgb[:, 40:] = (0.0, 0.0, 1.0)
    hole = np.zeros((64, 80), bool)
    hole[20:44, 10:30] = True
    painted = rgb.copy()
    painted[hole] = (0.0, 1.0, 0.0)  # something green to be removed
    out = matting.inpaint(painted, hole)
    assert np.array_equal(out[~hole], rgb[~hole])  # known pixels untouched
    assert out[hole][:, 1].max() < 0.01  # no green left
    assert out[32, 12, 0] > 0.8  # deep in the red side the fill is red


# --- IS-Net ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def figure_and_mask():
    image, truth = figure_picture()
    return image, truth, matting.foreground_mask(image, "isnet", CACHE)


@needs_isnet
def test_isnet_finds_the_figure(figure_and_mask):
    image, truth, mask = figure_and_mask
    assert mask.shape == truth.shape and mask.dtype == np.float32
    assert 0.0 <= mask.min() and mask.max() <= 1.0
    found = mask > 0.5
    iou = (found & truth).sum() / (found | truth).sum()
    assert iou > 0.9, iou  # measured 0.999
    assert mask[truth].mean() > 0.9 and mask[~truth].mean() < 0.05


@needs_isnet
def test_isnet_cut_out_has_transparent_background(figure_and_mask):
    image, truth, mask = figure_and_mask
    alpha = np.asarray(matting.cut_out(image, mask))[..., 3]
    assert alpha.shape == truth.shape
    assert alpha[~truth].mean() < 5 and np.percentile(alpha[~truth], 99) < 30
    assert alpha[truth].mean() > 240
    assert alpha[:20].max() < 10  # the top of the picture is background everywhere


# --- MediaPipe selfie segmentation ------------------------------------------------------------

@pytest.fixture(scope="module")
def astronaut_mask(astronaut):
    return matting.foreground_mask(astronaut, "selfie", CACHE)


@needs_selfie
def test_selfie_finds_the_astronaut(astronaut, astronaut_mask):
    mask = astronaut_mask
    assert mask.shape == (astronaut.height, astronaut.width) and mask.dtype == np.float32
    assert mask[90:150, 200:260].mean() > 0.9  # face
    assert mask[330:480, 120:300].mean() > 0.9  # torso (orange suit)
    assert mask[0:60, 300:512].mean() < 0.05  # wall and shuttle, top right


@needs_selfie
def test_remove_people_clears_the_astronaut(astronaut, astronaut_mask):
    before = person_fraction(astronaut_mask)
    assert before > 0.3
    cleaned = matting.remove_people(astronaut, CACHE)
    assert cleaned.mode == "RGB" and cleaned.size == astronaut.size
    after = person_fraction(matting.foreground_mask(cleaned, "selfie", CACHE))
    assert after < 0.02 and after < before / 20, (before, after)  # measured 0.54 -> 0.007
    # Away from the person the backdrop is untouched.
    assert np.array_equal(np.asarray(cleaned)[0:60, 330:512], np.asarray(astronaut)[0:60, 330:512])


@needs_selfie
def test_remove_people_leaves_an_empty_landscape_unchanged():
    landscape = landscape_picture()
    assert person_fraction(matting.foreground_mask(landscape, "selfie", CACHE)) < matting.MIN_PERSON_FRACTION
    assert np.array_equal(np.asarray(matting.remove_people(landscape, CACHE)), np.asarray(landscape))


@needs_isnet
def test_a_users_photo_of_a_character_is_cut_out_of_its_background(tmp_path, script_data):
    import json

    from storyreel import api

    root = tmp_path / "film"
    root.mkdir()
    photo, silhouette = figure_picture()
    photo.save(root / "my_milo.jpg", quality=92)  # a photo: no transparency of its own
    script_data["entities"][0]["reference"] = "my_milo.jpg"
    script_data["scenes"] = script_data["scenes"][:1]
    (root / "script.json").write_text(json.dumps(script_data))
    api.render(root, config=load_config(overrides={"backends": {"voice": "espeak"}}, environ={}))
    alpha = np.asarray(Image.open(root / "cast" / "milo.png").getchannel("A"))
    assert alpha.shape == silhouette.shape
    assert alpha[silhouette].mean() > 200 and alpha[~silhouette].mean() < 40  # the figure stays, its room goes
    artifacts = json.loads((root / "manifest.json").read_text())["artifacts"]
    assert artifacts["cast/milo.png"]["backend"] == "user-reference"
