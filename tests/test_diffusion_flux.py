"""FLUX.1 for cast references and FLUX.1 Kontext keyframes, through the tiny random pipelines.

The board Kontext edits is built by a pure function, checked pixel by pixel; the models'
pictures are noise (random weights), so for them only sizes and "does this input change the
output" are checked.
"""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import pixels
from PIL import Image, ImageDraw

from storyreel.config import load_config
from storyreel.keyframes.kontext import BOTTOM_MARGIN, FOREGROUND_SHARE, reference_board

BLUE, RED, GREEN, WHITE = (40, 60, 200), (220, 30, 30), (30, 200, 60), (255, 255, 255)


def config_for(models_dir: Path, **diffusion):
    return load_config(overrides={"diffusion": {"models_dir": str(models_dir), "matting": "none", **diffusion},
                                  "backends": {"voice": "espeak"}}, environ={})


def cut_out(colour, size=(40, 80)) -> Image.Image:
    """An RGBA cut-out: an opaque ellipse of `colour`, transparent around it."""
    image = Image.new("RGBA", size, (0, 0, 0, 0))
    ImageDraw.Draw(image).ellipse((0, 0, size[0] - 1, size[1] - 1), fill=(*colour, 255))
    return image


def where(board: Image.Image, colour) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of the pixels of exactly `colour`."""
    return np.nonzero(np.all(np.asarray(board) == colour, axis=-1))


# --- the reference board (pure) ----------------------------------------------------------------

def test_the_board_is_the_backdrop_with_the_foreground_in_its_lower_part():
    size = (320, 176)
    backdrop = Image.new("RGB", (500, 500), BLUE)  # another aspect: covered and cropped
    board = reference_board(backdrop, [Image.new("RGB", (64, 64), RED), cut_out(GREEN)], size)
    assert board.size == size and board.mode == "RGB"
    pixels = np.asarray(board)
    top = size[1] - round(size[1] * (FOREGROUND_SHARE + BOTTOM_MARGIN)) - 1
    assert np.all(pixels[:top] == BLUE)  # the backdrop fills the board above the foreground
    red_rows, red_cols = where(board, RED)
    green_rows, green_cols = where(board, GREEN)
    assert red_rows.size and green_rows.size  # both references are on the board
    assert red_rows.min() >= top and green_rows.min() >= top  # in the lower part
    assert red_cols.max() < size[0] / 2 <= green_cols.min()  # side by side, in the scene's order
    assert red_rows.max() - red_rows.min() + 1 == round(size[1] * FOREGROUND_SHARE)  # scaled to the share
    # the cut-out's transparent corners show the backdrop, not a box around the figure
    assert tuple(pixels[green_rows.min(), green_cols.min()]) == BLUE
    assert tuple(pixels[green_rows.max(), green_cols.max()]) == BLUE


def test_the_previous_keyframe_is_blended_into_the_backdrop_only_with_a_weight():
    size = (160, 96)
    backdrop, foreground = Image.new("RGB", (160, 96), BLUE), [Image.new("RGB", (32, 32), RED)]
    previous = Image.new("RGB", (320, 180), WHITE)
    alone = np.asarray(reference_board(backdrop, foreground, size))
    assert np.array_equal(np.asarray(reference_board(backdrop, foreground, size, previous, 0.0)), alone)
    blended = np.asarray(reference_board(backdrop, foreground, size, previous, 0.5))
    assert not np.array_equal(blended, alone)
    assert np.abs(blended[0, 0].astype(int) - np.add(BLUE, WHITE) / 2).max() <= 1  # half-way to the keyframe
    assert where(Image.fromarray(blended), RED)[0].size  # the foreground stays on top, unblended


# --- the Kontext keyframe backend ----------------------------------------------------------------



def test_the_diffusion_keyframes_pick_the_backend_for_the_image_model(tiny_models):
    pytest.importorskip("diffusers")
    from storyreel import keyframes
    from storyreel.keyframes.ip_adapter import IPAdapterKeyframes
    from storyreel.keyframes.kontext import KontextKeyframes

    root = tiny_models["sdxl"].parent
    kontext = keyframes.REGISTRY.create("diffusion", config=config_for(root, image_model="flux-kontext"))
    assert isinstance(kontext, KontextKeyframes) and kontext.name == "diffusion" and kontext.uses_previous_keyframe
    assert isinstance(keyframes.REGISTRY.create("diffusion", config=config_for(root, image_model="sdxl")),
                      IPAdapterKeyframes)


def test_importing_the_keyframe_backends_does_not_import_torch():
    code = ("import sys, storyreel.keyframes, storyreel.keyframes.kontext, storyreel.keyframes.ip_adapter; "
            "assert 'torch' not in sys.modules, 'torch imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_kontext_keyframes_edit_the_board_of_the_scene(tiny_models, project, monkeypatch):
    pytest.importorskip("diffusers")
    from storyreel import keyframes
    from storyreel.keyframes import kontext

    project, script = project
    generated = []  # the model's picture sizes, before the resize to the script's size
    resize = kontext.to_script_size
    monkeypatch.setattr(kontext, "to_script_size", lambda picture, s: generated.append(picture.size) or
                        resize(picture, s))
    backend = keyframes.REGISTRY.create("diffusion", config=config_for(tiny_models["sdxl"].parent,
                                                                       image_model="flux-kontext"))
    s1, s2 = script.scenes[:2]
    assert backend.references(s1, script, project).sources == [["cast/milo.png", "cast/rex.png"], ["cast/hill.png"],
                                                               []]
    out = project.keyframe(s1.id)
    backend.render(s1, script, project, out)
    before = pixels(out)
    assert before.shape == (script.height, script.width, 3)
    # fit_size(320, 180, 64 * 64, 16): Kontext kept the board's size (no resize to its preferred resolutions)
    assert generated == [(80, 48)]
    backend.render(s1, script, project, out)
    assert np.array_equal(pixels(out), before)  # same inputs, same picture
    Image.new("RGB", (64, 64), (20, 20, 240)).save(project.cast("milo"))  # Milo gets a new look
    backend.render(s1, script, project, out)
    assert not np.array_equal(pixels(out), before)  # the foreground reference reaches the model
    assert backend.references(s2, script, project).sources[2] == ["keyframes/s1.png"]  # rolling context
    backend.close()

    blind = keyframes.REGISTRY.create("diffusion", config=config_for(tiny_models["sdxl"].parent,
                                                                     image_model="flux-kontext", context_scale=0))
    assert not blind.uses_previous_keyframe and blind.references(s2, script, project).sources[2] == []
    assert blind.version != backend.version


# --- cast references from FLUX.1 ---------------------------------------------------------------

@pytest.mark.parametrize("image_model,pipeline", [("flux-schnell", "FluxPipeline"),
                                                  ("flux-kontext", "FluxKontextPipeline")])
def test_flux_models_draw_cast_references(tiny_models, project, image_model, pipeline):
    pytest.importorskip("diffusers")
    from storyreel.cast import REGISTRY

    project, script = project
    config = config_for(tiny_models["sdxl"].parent, image_model=image_model)
    backend = REGISTRY.create("diffusion", cache_dir=config.cache_path(), config=config)
    looks = backend.plan(script)
    for entity_id in ("home", "kite"):
        backend.make(script.entity(entity_id), looks[entity_id], script, project, project.cast(entity_id))
    assert type(backend.slot.get()).__name__ == pipeline
    # fit_size at the tiny area (64 x 64) and FLUX's multiple 16: the film's aspect for a place, square otherwise
    assert Image.open(project.cast("home")).size == (80, 48)
    assert Image.open(project.cast("kite")).size == (64, 64)
    backend.close()
