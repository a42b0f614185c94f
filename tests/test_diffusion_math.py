"""Planning maths of the generative shots: chunk plans, stitching, camera views and warps."""

import numpy as np
import pytest

from storyreel.diffusion.camera import View, phase_shift, shot_views, view_at
from storyreel.diffusion.chunks import plan_chunks, resample, stitch, valid_frames


@pytest.mark.parametrize("total", [1, 5, 9, 17, 40, 97, 98, 200, 241])
@pytest.mark.parametrize("chunk,overlap,ratio", [(97, 9, 8), (81, 1, 4), (9, 1, 4), (17, 9, 8)])
def test_chunks_cover_the_shot_exactly_with_valid_lengths(total, chunk, overlap, ratio):
    chunks = plan_chunks(total, chunk, overlap, ratio)
    assert chunks[0].start == 0 and chunks[0].overlap == 0
    for c in chunks:
        assert (c.length - 1) % ratio == 0  # a count the model accepts
        assert c.length <= valid_frames(chunk, ratio)
    for prev, nxt in zip(chunks, chunks[1:]):
        assert nxt.start == prev.end - overlap and nxt.overlap == overlap
    assert chunks[-1].end >= total and (len(chunks) == 1 or chunks[-2].end < total)
    # stitching frame numbers gives every frame once, in order
    parts = [list(range(c.start, c.end)) for c in chunks]
    assert stitch(parts, chunks, total) == list(range(total))


def test_stitch_drops_the_repeated_conditioning_frames():
    chunks = plan_chunks(20, 9, 3, 2)
    parts = [[f"c{i}:{f}" for f in range(c.length)] for i, c in enumerate(chunks)]
    shot = stitch(parts, chunks, 20)
    assert len(shot) == 20 and len(set(shot)) == 20
    assert shot[9] == "c1:3"  # the second chunk contributes from its first new frame
    with pytest.raises(ValueError, match="expected"):
        stitch([p[:-1] for p in parts], chunks, 20)


def test_bad_chunk_settings_are_refused():
    with pytest.raises(ValueError, match="overlap"):
        plan_chunks(100, 9, 9, 4)
    with pytest.raises(ValueError, match="at least one frame"):
        plan_chunks(0, 9, 1, 4)


def test_resample_maps_output_frames_to_the_nearest_generated_frame():
    generated, index = resample(48, 24, 16)
    assert generated == 32 and len(index) == 48
    assert index[0] == 0 and index[-1] == 31 and index == sorted(index)
    assert resample(10, 24, 24) == (10, list(range(10)))


def test_views_move_in_the_planned_direction():
    assert shot_views("static", "fast", 5) == [View()] * 5
    end = {m: view_at(m, "medium", 1.0) for m in ("pan_left", "pan_right", "tilt_up", "tilt_down", "zoom_in", "zoom_out")}
    assert end["pan_right"].dx < 0 < end["pan_left"].dx  # the camera goes right, the content left
    assert end["tilt_up"].dy > 0 > end["tilt_down"].dy
    assert end["zoom_in"].scale > 1 > end["zoom_out"].scale
    assert abs(view_at("pan_right", "fast", 1.0).dx) > abs(view_at("pan_right", "slow", 1.0).dx)
    views = shot_views("pan_right", "medium", 9)
    assert views[0] == View() and all(a.dx >= b.dx for a, b in zip(views, views[1:]))
    rel = views[8].relative_to(views[4])
    assert rel.dx == pytest.approx(views[8].dx - views[4].dx)


def test_phase_shift_finds_a_known_roll():
    rng = np.random.default_rng(0)
    a = rng.normal(size=(32, 48))
    assert phase_shift(a, np.roll(a, (3, -5), axis=(0, 1))) == (3.0, -5.0)


def _blob_video(frames: int, h: int = 32, w: int = 48):
    import torch

    yy, xx = torch.meshgrid(torch.arange(h, dtype=torch.float32), torch.arange(w, dtype=torch.float32), indexing="ij")
    blob = torch.exp(-(((yy - h / 2) / 4) ** 2 + ((xx - w / 2) / 4) ** 2))
    return blob.expand(1, 2, frames, h, w).contiguous()


def test_warp_moves_and_scales_content_as_the_view_says():
    from storyreel.diffusion.camera import warp

    video = _blob_video(3)
    same = warp(video, [View()] * 3)
    assert np.allclose(same.numpy(), video.numpy(), atol=1e-5)
    moved = warp(video, [View(), View(dx=-0.25), View(dy=0.25)])
    first, left, down = (moved[0, 0, i].numpy() for i in range(3))
    assert phase_shift(first, left) == (0.0, -12.0)  # a quarter of 48 px, to the left
    assert phase_shift(first, down) == (8.0, 0.0)
    zoomed = warp(video, [View(), View(scale=1.5), View(scale=0.7)])
    area = [(zoomed[0, 0, i] > 0.5).sum().item() for i in range(3)]
    assert area[1] > area[0] > area[2]


def test_warp_image_keeps_size_and_moves_pixels():
    from PIL import Image

    from storyreel.diffusion.camera import warp_image

    image = Image.new("RGB", (64, 32), (0, 0, 0))
    image.paste((255, 255, 255), (28, 12, 36, 20))
    moved = warp_image(image, View(dx=0.25))
    assert moved.size == image.size
    a, b = (np.asarray(i.convert("L"), dtype=np.float32) for i in (image, moved))
    assert phase_shift(a, b) == (0.0, 16.0)
