"""The tiny random pipelines load through `from_pretrained(folder)` and generate outputs of the right geometry.

Offline and single-threaded; the models are real diffusers models with random weights, so only shapes, frame
counts and "does this input change the output" are checked, never the pixels.
"""

import os

import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

torch = pytest.importorskip("torch")
pytest.importorskip("diffusers")
torch.set_num_threads(1)

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from storyreel.diffusion.tiny import MARKER, TINY_GEOMETRY, build_tiny_models  # noqa: E402

STEPS = 2


def noise_image(width, height, seed=0):
    """A random RGB image (a flat colour would hide channel or orientation mistakes)."""
    rng = np.random.default_rng(seed)
    return Image.fromarray(rng.integers(0, 256, (height, width, 3), dtype=np.uint8))


def generator(seed=0):
    return torch.Generator().manual_seed(seed)


def load(pipeline_class, folder):
    pipe = pipeline_class.from_pretrained(folder)
    pipe.set_progress_bar_config(disable=True)
    return pipe


# --- build -------------------------------------------------------------------------------------------------------


def test_build_is_complete_idempotent_and_deterministic(tiny_models, tmp_path):
    assert set(tiny_models) >= {"sdxl", "ip-adapter-sdxl", "flux-schnell", "flux-kontext", "ltx-video",
                                "wan2.1-i2v-480p", "wan2.1-flf2v-720p"}
    for name, folder in tiny_models.items():
        assert (folder / MARKER).is_file(), name
        assert folder.name == name
    stamp = (tiny_models["sdxl"] / MARKER).stat().st_mtime_ns
    assert build_tiny_models(tiny_models["sdxl"].parent) == tiny_models  # nothing rebuilt
    assert (tiny_models["sdxl"] / MARKER).stat().st_mtime_ns == stamp
    assert not [p for p in tiny_models["sdxl"].parent.iterdir() if p.name.endswith(".tmp")]

    again = build_tiny_models(tmp_path, names=["ip-adapter-sdxl"])  # the cheapest one: same seed, same bytes
    weights = "sdxl_models/ip-adapter_sdxl.safetensors"
    assert (again["ip-adapter-sdxl"] / weights).read_bytes() == (tiny_models["ip-adapter-sdxl"] / weights).read_bytes()


# --- SDXL + IP-Adapter ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sdxl(tiny_models):
    from diffusers import StableDiffusionXLPipeline

    return load(StableDiffusionXLPipeline, tiny_models["sdxl"])


def sdxl_image(pipe, **kwargs):
    kwargs = {"prompt": "a red kite", "width": 64, "height": 48, "num_inference_steps": STEPS, **kwargs}
    return pipe(generator=generator(), output_type="np", **kwargs).images[0]


def test_sdxl_text_to_image(sdxl):
    assert sdxl.vae_scale_factor == TINY_GEOMETRY["sdxl"]["multiple"]
    image = sdxl("a red kite", width=64, height=48, num_inference_steps=STEPS, generator=generator()).images[0]
    assert image.size == (64, 48)


def test_sdxl_image_to_image(tiny_models):
    from diffusers import AutoPipelineForImage2Image

    pipe = load(AutoPipelineForImage2Image, tiny_models["sdxl"])
    assert type(pipe).__name__ == "StableDiffusionXLImg2ImgPipeline"
    image = pipe(
        "a red kite", image=noise_image(64, 48), strength=0.5, num_inference_steps=4, generator=generator()
    ).images[0]
    assert image.size == (64, 48)


def load_ip_adapter(pipe, folder, count=1):
    weight = "ip-adapter_sdxl.safetensors"
    pipe.load_ip_adapter(
        str(folder),
        subfolder="sdxl_models",
        weight_name=weight if count == 1 else [weight] * count,
        image_encoder_folder="image_encoder",
    )


def test_sdxl_ip_adapter_scale(sdxl, tiny_models):
    baseline = sdxl_image(sdxl)
    reference = noise_image(40, 40, seed=1)
    load_ip_adapter(sdxl, tiny_models["ip-adapter-sdxl"])
    try:
        sdxl.set_ip_adapter_scale(0.0)
        at_zero = sdxl_image(sdxl, ip_adapter_image=reference)
        sdxl.set_ip_adapter_scale(1.0)
        at_one = sdxl_image(sdxl, ip_adapter_image=reference)
    finally:
        sdxl.unload_ip_adapter()
    assert np.abs(at_zero - baseline).max() < 1e-5  # scale 0: the adapter adds nothing
    assert np.abs(at_one - baseline).mean() > 1e-2  # scale 1: the reference visibly steers the image
    assert np.abs(sdxl_image(sdxl) - baseline).max() < 1e-5  # unloaded cleanly


def test_sdxl_three_ip_adapter_instances(sdxl, tiny_models):
    # one instance per role (foreground references, background, previous keyframe), each with its own scale
    load_ip_adapter(sdxl, tiny_models["ip-adapter-sdxl"], count=3)
    try:
        sdxl.set_ip_adapter_scale([0.6, 0.3, 0.8])
        images = [[noise_image(40, 40, 1), noise_image(40, 40, 2)], [noise_image(40, 40, 3)], [noise_image(40, 40, 4)]]
        image = sdxl_image(sdxl, ip_adapter_image=images)
    finally:
        sdxl.unload_ip_adapter()
    assert image.shape == (48, 64, 3)
    assert np.isfinite(image).all()


# --- FLUX.1 (schnell, Kontext) ----------------------------------------------------------------------------------


def test_flux_schnell_text_to_image(tiny_models):
    from diffusers import FluxPipeline

    from storyreel.diffusion.common import image_multiple

    pipe = load(FluxPipeline, tiny_models["flux-schnell"])
    assert pipe.vae_scale_factor * 2 == image_multiple(pipe) == TINY_GEOMETRY["flux-schnell"]["multiple"]
    assert not pipe.transformer.config.guidance_embeds  # schnell: guidance_scale is ignored
    image = pipe("a red kite", width=64, height=48, num_inference_steps=STEPS, guidance_scale=0.0,
                 generator=generator()).images[0]
    assert image.size == (64, 48)


def test_flux_kontext_edits_the_picture_at_its_own_size(tiny_models):
    from diffusers import FluxKontextPipeline

    pipe = load(FluxKontextPipeline, tiny_models["flux-kontext"])
    seen = []  # the input picture as Kontext encodes it
    prepare = pipe.prepare_latents

    def spy(image, *args, **kwargs):
        seen.append(tuple(image.shape))
        return prepare(image, *args, **kwargs)

    pipe.prepare_latents = spy

    def edit(picture):
        # without max_area and _auto_resize=False, Kontext would work at about 1024x1024 and a preferred resolution
        return pipe(image=picture, prompt="a red kite", width=80, height=48, max_area=80 * 48, _auto_resize=False,
                    num_inference_steps=STEPS, generator=generator(), output_type="np").images[0]

    edited = edit(noise_image(80, 48, 1))
    assert edited.shape == (48, 80, 3) and seen == [(1, 3, 48, 80)]
    assert np.abs(edit(noise_image(80, 48, 2)) - edited).max() > 0  # the input picture steers the edit


# --- LTX-Video -----------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ltx(tiny_models):
    from diffusers import LTXConditionPipeline

    return load(LTXConditionPipeline, tiny_models["ltx-video"])


def test_ltx_geometry(ltx):
    geometry = TINY_GEOMETRY["ltx-video"]
    assert ltx.vae_spatial_compression_ratio * ltx.transformer_spatial_patch_size == geometry["multiple"]
    assert ltx.vae_temporal_compression_ratio * ltx.transformer_temporal_patch_size == geometry["temporal_compression"]


def test_ltx_image_condition(ltx):
    from diffusers.pipelines.ltx.pipeline_ltx_condition import LTXVideoCondition

    frames = ltx(
        conditions=[LTXVideoCondition(image=noise_image(64, 32), frame_index=0)],
        prompt="a red kite",
        width=64,
        height=32,
        num_frames=9,
        num_inference_steps=STEPS,
        max_sequence_length=16,
        generator=generator(),
    ).frames[0]
    assert len(frames) == 9
    assert frames[0].size == (64, 32)


def test_ltx_video_and_keyframe_conditions(ltx):
    from diffusers.pipelines.ltx.pipeline_ltx_condition import LTXVideoCondition

    width, height, num_frames, keyframe_index = 64, 64, 25, 16
    spatial, temporal = ltx.vae_spatial_compression_ratio, ltx.vae_temporal_compression_ratio
    latent_frames, latent_h, latent_w = (num_frames - 1) // temporal + 1, height // spatial, width // spatial
    patches = (ltx.transformer_spatial_patch_size, ltx.transformer_temporal_patch_size)
    seen = []

    def on_step_end(pipe, step, timestep, callback_kwargs):
        latents = callback_kwargs["latents"]
        seen.append(latents.shape)
        # the video part is the tail of the sequence: unpack it to [B, C, F, H, W] and pack it back
        extra = latents.shape[1] - latent_frames * latent_h * latent_w
        video = pipe._unpack_latents(latents[:, extra:], latent_frames, latent_h, latent_w, *patches)
        assert video.shape == (1, pipe.transformer.config.in_channels, latent_frames, latent_h, latent_w)
        assert torch.equal(pipe._pack_latents(video, *patches), latents[:, extra:])
        return callback_kwargs

    frames = ltx(
        conditions=[
            LTXVideoCondition(video=[noise_image(width, height, i) for i in range(9)], frame_index=0),
            LTXVideoCondition(image=noise_image(width, height, 99), frame_index=keyframe_index, strength=0.5),
        ],
        prompt="a red kite",
        width=width,
        height=height,
        num_frames=num_frames,
        num_inference_steps=STEPS,
        max_sequence_length=16,
        generator=generator(),
        callback_on_step_end=on_step_end,
    ).frames[0]
    assert len(frames) == num_frames
    assert frames[-1].size == (width, height)

    # Packed latents [B, extra + F*H*W, C]: the condition at frame_index > 0 is PREPENDED as extra tokens
    # (1 latent frame of H*W tokens for an image); the video at frame_index 0 replaces latent frames in place.
    extra = 1 * latent_h * latent_w
    assert seen == [(1, extra + latent_frames * latent_h * latent_w, ltx.transformer.config.in_channels)] * STEPS


# --- Wan2.1 image-to-video --------------------------------------------------------------------------------------


def wan_pipeline_keeping_image():
    """storyreel's Wan I2V class: accepts `image` together with precomputed `image_embeds`."""
    from storyreel.shots.wan import pipeline_class

    return pipeline_class()


@pytest.fixture(scope="module")
def wan(tiny_models):
    return load(wan_pipeline_keeping_image(), tiny_models["wan2.1-i2v-480p"])


def wan_video(pipe, **kwargs):
    # max_sequence_length stays 512: with separate image key/values (Wan2.1 I2V) the attention processor cuts
    # the context as "image tokens + last 512 tokens"; a shorter text context silently drops the image tokens.
    kwargs = {"prompt": "a red kite", "width": 48, "height": 32, "num_frames": 9, "num_inference_steps": STEPS,
              "guidance_scale": 5.0, "max_sequence_length": 512, **kwargs}
    return pipe(generator=generator(), output_type="np", **kwargs).frames[0]


def test_wan_geometry(wan):
    geometry = TINY_GEOMETRY["wan2.1-i2v-480p"]
    assert wan.vae_scale_factor_spatial * wan.transformer.config.patch_size[1] == geometry["multiple"]
    assert wan.vae_scale_factor_temporal == geometry["temporal_compression"]
    assert type(wan.scheduler).__name__ == "UniPCMultistepScheduler"


def test_wan_image_to_video(wan):
    video = wan_video(wan, image=noise_image(48, 32))
    assert video.shape == (9, 32, 48, 3)


def test_wan_image_embeds(wan):
    """Extension chunks: start from the last frame of the previous chunk, anchored on the keyframe's CLIP embedding."""
    start, keyframe = noise_image(48, 32, 1), noise_image(48, 32, 2)
    embeds = wan.encode_image(keyframe)  # CLIP penultimate hidden states: [1, patches + 1, hidden]
    assert embeds.shape == (1, TINY_GEOMETRY["wan2.1-i2v-480p"]["image_tokens"], wan.image_encoder.config.hidden_size)
    video = wan_video(wan, image=start, image_embeds=embeds)
    assert video.shape == (9, 32, 48, 3)
    assert np.abs(video - wan_video(wan, image=start)).max() > 0  # the embedding, not the start image, is used


def test_wan_first_last_frame(tiny_models):
    # FLF2V (pos_embed_seq_len set): the transformer reads the image tokens of the two frames as one sequence.
    pipe = load(wan_pipeline_keeping_image(), tiny_models["wan2.1-flf2v-720p"])
    first, last = noise_image(48, 32, 1), noise_image(48, 32, 2)
    video = wan_video(pipe, image=first, last_image=last, num_frames=13)
    assert video.shape == (13, 32, 48, 3)
    embeds = pipe.encode_image([first, last])  # [2, patches + 1, hidden]: first and last frame
    assert embeds.shape[0] == 2
    assert wan_video(pipe, image=first, last_image=last, image_embeds=embeds).shape == (9, 32, 48, 3)
