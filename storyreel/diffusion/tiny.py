"""Tiny, randomly initialised diffusers pipelines for tests and smoke runs.

Each builder creates real diffusers / transformers models from the small configs below (random weights,
fixed seed), writes them with ``save_pretrained`` and so exercises the same ``from_pretrained(local_dir)``
path as the real checkpoints.  Nothing is downloaded: the tokenizers are built locally with ``tokenizers``.

The compression ratios and patch sizes mirror the real checkpoints (SDXL, FLUX.1, LTX-Video, Wan2.1), so code that
rounds sizes or frame counts behaves the same on the tiny and on the real models; only the widths and depths
are tiny.  Outputs are noise, of the right shape.

Folders (named like the model registry entries):

- ``sdxl``: ``StableDiffusionXLPipeline`` (also loads as ``AutoPipelineForImage2Image``);
- ``ip-adapter-sdxl``: IP-Adapter for it, laid out like ``h94/IP-Adapter`` (``sdxl_models/...``);
- ``flux-schnell``: ``FluxPipeline`` like FLUX.1-schnell (no guidance embedding);
- ``flux-kontext``: ``FluxKontextPipeline`` like FLUX.1-Kontext-dev (guidance embedding; edits one input picture,
  or draws from text alone);
- ``ltx-video``: ``LTXConditionPipeline``;
- ``wan2.1-i2v-480p``: ``WanImageToVideoPipeline`` like Wan2.1-I2V (one start image);
- ``wan2.1-flf2v-720p``: ``WanImageToVideoPipeline`` like Wan2.1-FLF2V (first + last image, both required).

Usage::

    python -m storyreel.diffusion.tiny OUTDIR
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import string
import tempfile
from pathlib import Path
from typing import Any, Callable

MARKER = "storyreel_tiny.json"
"""Written last in every folder: a folder without it is incomplete and rebuilt."""

FORMAT_VERSION = 3
"""Bump when a config below changes, so stale tiny folders get rebuilt."""

# ---------------------------------------------------------------------------------------------------------------
# Configs (data).  Widths are tiny; the numbers of up/down-sampling stages are the real ones.
# ---------------------------------------------------------------------------------------------------------------

# --- SDXL --------------------------------------------------------------------------------------------------------
SDXL_TEXT_ENCODER = {  # CLIPTextModel (the CLIP ViT-L text tower in the real model)
    "hidden_size": 8,
    "intermediate_size": 16,
    "num_hidden_layers": 2,  # SDXL reads hidden_states[-2]: keep at least 2 layers
    "num_attention_heads": 2,
    "max_position_embeddings": 77,
    "hidden_act": "quick_gelu",
    "projection_dim": 8,
}
SDXL_TEXT_ENCODER_2 = {  # CLIPTextModelWithProjection (OpenCLIP bigG in the real model)
    "hidden_size": 16,
    "intermediate_size": 32,
    "num_hidden_layers": 2,
    "num_attention_heads": 2,
    "max_position_embeddings": 77,
    "hidden_act": "gelu",
    "projection_dim": 16,  # pooled text embeds ("text_embeds" added to the time ids)
}
SDXL_ADDITION_TIME_EMBED_DIM = 8
SDXL_UNET = {
    "sample_size": 8,
    "in_channels": 4,
    "out_channels": 4,
    "down_block_types": ("DownBlock2D", "CrossAttnDownBlock2D"),
    "up_block_types": ("CrossAttnUpBlock2D", "UpBlock2D"),
    "block_out_channels": (8, 16),
    "layers_per_block": 1,
    "norm_num_groups": 4,
    "attention_head_dim": (2, 4),  # legacy name: the number of heads per block
    "transformer_layers_per_block": (1, 1),
    "use_linear_projection": True,
    # prompt_embeds = concat(text_encoder, text_encoder_2) hidden states
    "cross_attention_dim": SDXL_TEXT_ENCODER["hidden_size"] + SDXL_TEXT_ENCODER_2["hidden_size"],
    # SDXL micro-conditioning: 6 time ids (original size, crop, target size) + the pooled text embeds
    "addition_embed_type": "text_time",
    "addition_time_embed_dim": SDXL_ADDITION_TIME_EMBED_DIM,
    "projection_class_embeddings_input_dim": 6 * SDXL_ADDITION_TIME_EMBED_DIM + SDXL_TEXT_ENCODER_2["projection_dim"],
}
SDXL_VAE = {  # AutoencoderKL: 4 blocks -> vae_scale_factor 8, like the real SDXL VAE
    "in_channels": 3,
    "out_channels": 3,
    "down_block_types": ["DownEncoderBlock2D"] * 4,
    "up_block_types": ["UpDecoderBlock2D"] * 4,
    "block_out_channels": [4, 4, 4, 4],
    "layers_per_block": 1,
    "norm_num_groups": 2,
    "latent_channels": 4,
    "sample_size": 64,
    "scaling_factor": 0.13025,
    "force_upcast": True,  # like the real SDXL VAE (decodes in float32 when the pipeline runs in float16)
}
SDXL_SCHEDULER = {  # EulerDiscreteScheduler, as in stabilityai/stable-diffusion-xl-base-1.0
    "num_train_timesteps": 1000,
    "beta_start": 0.00085,
    "beta_end": 0.012,
    "beta_schedule": "scaled_linear",
    "prediction_type": "epsilon",
    "interpolation_type": "linear",
    "timestep_spacing": "leading",
    "steps_offset": 1,
    "use_karras_sigmas": False,
}

# --- IP-Adapter (h94/IP-Adapter layout: sdxl_models/ip-adapter_sdxl.safetensors + sdxl_models/image_encoder) ---
IP_ADAPTER_IMAGE_ENCODER = {  # CLIPVisionModelWithProjection; image_embeds (projection_dim) feed ImageProjection
    "hidden_size": 8,
    "intermediate_size": 16,
    "num_hidden_layers": 1,
    "num_attention_heads": 2,
    "image_size": 32,  # the auto-created CLIPImageProcessor resizes to this: cheap
    "patch_size": 8,
    "projection_dim": 8,
}
IP_ADAPTER_NUM_TOKENS = 4  # diffusers hard-codes 4 tokens for the plain IP-Adapter (key "image_proj.proj.weight")
IP_ADAPTER_INIT_STD = 0.5  # random normal, so that a non-zero scale visibly changes the output

# --- FLUX.1 (schnell: FluxPipeline; Kontext-dev: FluxKontextPipeline) --------------------------------------------
FLUX_TEXT_ENCODER = {  # CLIPTextModel (CLIP ViT-L text tower); FLUX only reads its pooled output
    "hidden_size": 8,
    "intermediate_size": 16,
    "num_hidden_layers": 1,
    "num_attention_heads": 2,
    "max_position_embeddings": 77,
    "hidden_act": "quick_gelu",
    "projection_dim": 8,
}
FLUX_TEXT_ENCODER_2 = {  # T5EncoderModel (T5 v1.1 XXL); its hidden states are the prompt tokens
    "d_model": 16,
    "d_kv": 8,
    "d_ff": 32,
    "num_layers": 1,
    "num_heads": 2,
    "relative_attention_num_buckets": 8,
    "relative_attention_max_distance": 16,
    "feed_forward_proj": "gated-gelu",
    "is_encoder_decoder": False,
    "use_cache": False,
}
FLUX_TOKENIZER_2_MAX_LENGTH = 512  # like the real tokenizer_2 (the pipelines' default max_sequence_length)
FLUX_VAE = {  # AutoencoderKL: 4 blocks -> vae_scale_factor 8 and 16 latent channels, like the real FLUX VAE
    "in_channels": 3,
    "out_channels": 3,
    "down_block_types": ["DownEncoderBlock2D"] * 4,
    "up_block_types": ["UpDecoderBlock2D"] * 4,
    "block_out_channels": [4, 4, 4, 4],
    "layers_per_block": 1,
    "norm_num_groups": 2,
    "latent_channels": 16,
    "sample_size": 64,
    "scaling_factor": 0.3611,  # the real FLUX VAE's: latents are scaled *and* shifted
    "shift_factor": 0.1159,
    "use_quant_conv": False,
    "use_post_quant_conv": False,
    "force_upcast": True,
}
FLUX_TRANSFORMER = {  # FluxTransformer2DModel configured like FLUX.1-schnell
    "patch_size": 1,
    "in_channels": 4 * FLUX_VAE["latent_channels"],  # the pipelines pack 2x2 latent patches into the channels
    "num_layers": 1,
    "num_single_layers": 1,
    "attention_head_dim": 16,
    "num_attention_heads": 2,
    "joint_attention_dim": FLUX_TEXT_ENCODER_2["d_model"],
    "pooled_projection_dim": FLUX_TEXT_ENCODER["hidden_size"],
    "guidance_embeds": False,  # schnell is timestep-distilled: no guidance input
    "axes_dims_rope": (4, 6, 6),  # rope axes (index, h, w): even sizes summing to attention_head_dim
}
# Kontext-dev: the same architecture, guidance-distilled like FLUX.1-dev; the input picture's latents are
# appended to the sequence (not the channels), so in_channels stays the same.
FLUX_KONTEXT_TRANSFORMER = {**FLUX_TRANSFORMER, "guidance_embeds": True}
FLUX_SCHEDULER = {  # FlowMatchEulerDiscreteScheduler, as in black-forest-labs/FLUX.1-schnell
    "num_train_timesteps": 1000,
    "shift": 1.0,
    "use_dynamic_shifting": False,
    "base_shift": 0.5,
    "max_shift": 1.15,
    "base_image_seq_len": 256,
    "max_image_seq_len": 4096,
}
FLUX_KONTEXT_SCHEDULER = {**FLUX_SCHEDULER, "shift": 3.0, "use_dynamic_shifting": True}  # as in FLUX.1-Kontext-dev

# --- LTX-Video ---------------------------------------------------------------------------------------------------
LTX_TEXT_ENCODER = {  # T5EncoderModel (T5 v1.1 XXL in the real model)
    "d_model": 16,
    "d_kv": 8,
    "d_ff": 32,
    "num_layers": 1,
    "num_heads": 2,
    "relative_attention_num_buckets": 8,
    "relative_attention_max_distance": 16,
    "feed_forward_proj": "gated-gelu",
    "is_encoder_decoder": False,
    "use_cache": False,
}
LTX_TOKENIZER_MAX_LENGTH = 128
LTX_TRANSFORMER = {  # LTXVideoTransformer3DModel, patch 1x1x1 like the real one
    "in_channels": 8,
    "out_channels": 8,
    "patch_size": 1,
    "patch_size_t": 1,
    "num_attention_heads": 2,
    "attention_head_dim": 8,
    "cross_attention_dim": 16,
    "num_layers": 1,
    "caption_channels": LTX_TEXT_ENCODER["d_model"],
}
LTX_VAE = {  # AutoencoderKLLTXVideo: patch 4 x 3 scalings -> 32x spatial, 8x temporal, like the real VAE
    "in_channels": 3,
    "out_channels": 3,
    "latent_channels": LTX_TRANSFORMER["in_channels"],
    "block_out_channels": (8, 8, 8, 8),
    "decoder_block_out_channels": (8, 8, 8, 8),
    "layers_per_block": (1, 1, 1, 1, 1),
    "decoder_layers_per_block": (1, 1, 1, 1, 1),
    "spatio_temporal_scaling": (True, True, True, False),
    "decoder_spatio_temporal_scaling": (True, True, True, False),
    "decoder_inject_noise": (False, False, False, False, False),
    "upsample_residual": (False, False, False, False),
    "upsample_factor": (1, 1, 1, 1),
    "timestep_conditioning": True,  # like LTX-Video >= 0.9.1: exercises decode_timestep / decode_noise_scale
    "patch_size": 4,
    "patch_size_t": 1,
    "encoder_causal": True,
    "decoder_causal": False,
}
LTX_SCHEDULER = {  # FlowMatchEulerDiscreteScheduler, as in Lightricks/LTX-Video
    "num_train_timesteps": 1000,
    "shift": 1.0,
    "use_dynamic_shifting": False,
    "base_shift": 0.95,
    "max_shift": 2.05,
    "base_image_seq_len": 1024,
    "max_image_seq_len": 4096,
    "shift_terminal": 0.1,
}

# --- Wan2.1 image-to-video -----------------------------------------------------------------------------------
WAN_TEXT_ENCODER = {  # UMT5EncoderModel (umt5-xxl in the real model)
    "d_model": 16,
    "d_kv": 8,
    "d_ff": 32,
    "num_layers": 1,
    "num_heads": 2,
    "relative_attention_num_buckets": 8,
    "relative_attention_max_distance": 16,
    "feed_forward_proj": "gated-gelu",
    "is_encoder_decoder": False,
    "use_cache": False,
}
WAN_TOKENIZER_MAX_LENGTH = 512
WAN_IMAGE_ENCODER = {  # CLIPVisionModel; the pipeline feeds hidden_states[-2] (all tokens) to the transformer
    "hidden_size": 8,
    "intermediate_size": 16,
    "num_hidden_layers": 2,  # hidden_states[-2] must exist
    "num_attention_heads": 2,
    "image_size": 32,
    "patch_size": 8,
    "projection_dim": 8,
}
WAN_IMAGE_TOKENS = (WAN_IMAGE_ENCODER["image_size"] // WAN_IMAGE_ENCODER["patch_size"]) ** 2 + 1  # patches + CLS
WAN_IMAGE_PROCESSOR = {"size": {"shortest_edge": 32}, "crop_size": {"height": 32, "width": 32}}
WAN_VAE = {  # AutoencoderKLWan: 3 downsamplings -> 8x spatial, 2 temporal -> 4x temporal, like the real VAE
    "base_dim": 3,
    "z_dim": 16,  # real z_dim: the default latents_mean / latents_std (16 values) stay valid
    "dim_mult": [1, 1, 1, 1],
    "num_res_blocks": 1,
    "temperal_downsample": [False, True, True],
}
_WAN_HEADS, _WAN_HEAD_DIM = 2, 12  # head dim split in 3 rope axes (t, h, w): keep it a multiple of 6
WAN_TRANSFORMER = {  # WanTransformer3DModel configured like Wan2.1-I2V-14B (image_dim and added_kv_proj_dim)
    "patch_size": (1, 2, 2),
    "num_attention_heads": _WAN_HEADS,
    "attention_head_dim": _WAN_HEAD_DIM,
    # noisy latents (z) + first/last-frame mask (vae temporal factor = 4 channels) + condition latents (z)
    "in_channels": 2 * WAN_VAE["z_dim"] + 4,
    "out_channels": WAN_VAE["z_dim"],
    "text_dim": WAN_TEXT_ENCODER["d_model"],
    "freq_dim": 32,
    "ffn_dim": 32,
    "num_layers": 1,
    "cross_attn_norm": True,
    "qk_norm": "rms_norm_across_heads",
    "eps": 1e-6,
    "image_dim": WAN_IMAGE_ENCODER["hidden_size"],
    # separate key/value projections for the image tokens, like the real I2V model.  Trap: the attention
    # processor then assumes the text context is exactly 512 tokens (max_sequence_length=512).
    "added_kv_proj_dim": _WAN_HEADS * _WAN_HEAD_DIM,
    "rope_max_seq_len": 32,
}
# Wan2.1-FLF2V (first-last-frame) = the I2V architecture + a learned position embedding over the image tokens of
# BOTH frames; it then *requires* two images (image + last_image), it cannot run from a single image.
WAN_FLF2V_TRANSFORMER = {**WAN_TRANSFORMER, "pos_embed_seq_len": 2 * WAN_IMAGE_TOKENS}
WAN_SCHEDULER = {  # UniPCMultistepScheduler with flow settings, as in Wan-AI/Wan2.1-I2V-14B-480P-Diffusers
    "num_train_timesteps": 1000,
    "prediction_type": "flow_prediction",
    "use_flow_sigmas": True,
    "flow_shift": 3.0,
    "solver_order": 2,
    "solver_type": "bh2",
    "predict_x0": True,
    "lower_order_final": True,
    "final_sigmas_type": "zero",
    "timestep_spacing": "linspace",
}


# ---------------------------------------------------------------------------------------------------------------
# Valid geometry of each tiny model: the same rules as the real checkpoints.  Real code should read them off the
# loaded pipeline ("attributes"); this table is for tests and documentation.
# ---------------------------------------------------------------------------------------------------------------
TINY_GEOMETRY: dict[str, dict[str, Any]] = {
    "sdxl": {
        # check_inputs: height and width % 8.  The UNet accepts sizes that are not a multiple of its own
        # downsampling (it forwards the upsample sizes), so 8 is the only rule.
        "multiple": 8,
        "attributes": {"multiple": "pipe.vae_scale_factor"},
        "smallest": {"width": 8, "height": 8},
    },
    "ltx-video": {
        # check_inputs: height and width % 32 (= vae_spatial_compression_ratio 32 * transformer patch 1)
        "multiple": 32,
        "frames": "8k+1",  # num_frames = k * vae_temporal_compression_ratio + 1; a conditioning video too
        "temporal_compression": 8,
        "attributes": {
            "multiple": "pipe.vae_spatial_compression_ratio * pipe.transformer_spatial_patch_size",
            "temporal_compression": "pipe.vae_temporal_compression_ratio * pipe.transformer_temporal_patch_size",
        },
        "smallest": {"width": 32, "height": 32, "num_frames": 9},
    },
    "wan2.1-i2v-480p": {
        # check_inputs: height and width % 16 (= vae_scale_factor_spatial 8 * transformer patch 2)
        "multiple": 16,
        "frames": "4k+1",  # other counts are rounded down to 4k+1 with a warning
        "temporal_compression": 4,
        "attributes": {
            "multiple": "pipe.vae_scale_factor_spatial * pipe.transformer.config.patch_size[1]",
            "temporal_compression": "pipe.vae_scale_factor_temporal",
        },
        "smallest": {"width": 16, "height": 16, "num_frames": 5},
        "max_sequence_length": 512,  # must stay 512, see WAN_TRANSFORMER["added_kv_proj_dim"]
        "image_tokens": WAN_IMAGE_TOKENS,  # pipe.encode_image(img).shape == (1, image_tokens, image_dim)
    },
}
TINY_GEOMETRY["wan2.1-flf2v-720p"] = {**TINY_GEOMETRY["wan2.1-i2v-480p"], "needs_last_image": True}
TINY_GEOMETRY["flux-schnell"] = {
    # check_inputs: height and width % 16 (= vae_scale_factor 8 * the 2x2 latent packing); other sizes are
    # rounded down with a warning
    "multiple": 16,
    "attributes": {"multiple": "pipe.vae_scale_factor * 2"},
    "smallest": {"width": 16, "height": 16},
}
TINY_GEOMETRY["flux-kontext"] = {
    **TINY_GEOMETRY["flux-schnell"],
    # Trap: by default Kontext resizes the input picture to its preferred resolution of the closest aspect and
    # the output to about max_area (1024x1024); pass max_area=width*height and _auto_resize=False to keep sizes.
    "keep_size": {"max_area": "width * height", "_auto_resize": False},
}


# ---------------------------------------------------------------------------------------------------------------
# Tokenizers, built locally (the diffusers tests fetch theirs from the hub).
# ---------------------------------------------------------------------------------------------------------------
def build_clip_tokenizer(model_max_length: int = 77):
    """A CLIP byte-level BPE tokenizer with a 256-byte alphabet and no merges (every byte is a token).

    Vocabulary: 256 bytes, 256 bytes + ``</w>`` (end of word), then ``<|startoftext|>`` (512) and
    ``<|endoftext|>`` (513, also pad), so the eos id is the largest id as in the real CLIP vocabulary.
    """
    from tokenizers import pre_tokenizers
    from transformers import CLIPTokenizer

    alphabet = sorted(pre_tokenizers.ByteLevel.alphabet())
    vocab = {char: i for i, char in enumerate(alphabet)}
    vocab.update({char + "</w>": len(alphabet) + i for i, char in enumerate(alphabet)})
    vocab["<|startoftext|>"] = len(vocab)
    vocab["<|endoftext|>"] = len(vocab)
    # Trap: transformers 5 takes the merges as a list of (a, b) tuples (no merges.txt); an empty list is fine.
    return CLIPTokenizer(vocab=vocab, merges=[], model_max_length=model_max_length)


def build_t5_tokenizer(model_max_length: int):
    """A T5 (SentencePiece-style Unigram) tokenizer over ASCII letters, digits and punctuation.

    Built with the ``tokenizers`` Unigram model behind ``transformers.T5Tokenizer`` (no ``sentencepiece``
    needed); unknown characters map to ``<unk>``.  Ids: ``<pad>`` 0, ``</s>`` 1, ``<unk>`` 2.
    """
    from transformers import T5Tokenizer

    pieces = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("\u2581", -2.0)]
    for char in string.ascii_letters + string.digits + string.punctuation:
        pieces.append(("\u2581" + char, -3.0))  # character at the start of a word
        pieces.append((char, -4.0))
    return T5Tokenizer(vocab=pieces, extra_ids=0, model_max_length=model_max_length)


# ---------------------------------------------------------------------------------------------------------------
# Builders.  Each returns nothing and writes one complete folder at `out`.
# ---------------------------------------------------------------------------------------------------------------
def _clip_text_config(cfg: dict, vocab_size: int, bos: int, eos: int):
    from transformers import CLIPTextConfig

    return CLIPTextConfig(vocab_size=vocab_size, bos_token_id=bos, eos_token_id=eos, pad_token_id=eos, **cfg)


def _t5_token_ids(tokenizer) -> dict[str, int]:
    return {
        "vocab_size": len(tokenizer),
        "pad_token_id": tokenizer.pad_token_id,
        "eos_token_id": tokenizer.eos_token_id,
        "decoder_start_token_id": tokenizer.pad_token_id,
    }


def build_sdxl(out: Path, seed: int = 0) -> None:
    """Write a tiny ``StableDiffusionXLPipeline`` (no image encoder / feature extractor) at ``out``."""
    import torch
    from diffusers import AutoencoderKL, EulerDiscreteScheduler, StableDiffusionXLPipeline, UNet2DConditionModel
    from transformers import CLIPTextModel, CLIPTextModelWithProjection

    tokenizer = build_clip_tokenizer()
    tokenizer_2 = build_clip_tokenizer()
    ids = dict(vocab_size=len(tokenizer), bos=tokenizer.bos_token_id, eos=tokenizer.eos_token_id)
    torch.manual_seed(seed)
    text_encoder = CLIPTextModel(_clip_text_config(SDXL_TEXT_ENCODER, **ids))
    torch.manual_seed(seed + 1)
    text_encoder_2 = CLIPTextModelWithProjection(_clip_text_config(SDXL_TEXT_ENCODER_2, **ids))
    torch.manual_seed(seed + 2)
    unet = UNet2DConditionModel(**SDXL_UNET)
    torch.manual_seed(seed + 3)
    vae = AutoencoderKL(**SDXL_VAE)
    pipe = StableDiffusionXLPipeline(
        vae=vae,
        text_encoder=text_encoder,
        text_encoder_2=text_encoder_2,
        tokenizer=tokenizer,
        tokenizer_2=tokenizer_2,
        unet=unet,
        scheduler=EulerDiscreteScheduler(**SDXL_SCHEDULER),
        image_encoder=None,
        feature_extractor=None,
    )
    pipe.save_pretrained(out, safe_serialization=True)


def _build_flux(out: Path, seed: int, pipeline_class, transformer_config: dict, scheduler_config: dict) -> None:
    import torch
    from diffusers import AutoencoderKL, FlowMatchEulerDiscreteScheduler, FluxTransformer2DModel
    from transformers import CLIPTextModel, T5Config, T5EncoderModel

    tokenizer = build_clip_tokenizer()
    tokenizer_2 = build_t5_tokenizer(FLUX_TOKENIZER_2_MAX_LENGTH)
    torch.manual_seed(seed)
    text_encoder = CLIPTextModel(_clip_text_config(FLUX_TEXT_ENCODER, vocab_size=len(tokenizer),
                                                   bos=tokenizer.bos_token_id, eos=tokenizer.eos_token_id))
    torch.manual_seed(seed + 1)
    text_encoder_2 = T5EncoderModel(T5Config(**_t5_token_ids(tokenizer_2), **FLUX_TEXT_ENCODER_2))
    torch.manual_seed(seed + 2)
    transformer = FluxTransformer2DModel(**transformer_config)
    torch.manual_seed(seed + 3)
    vae = AutoencoderKL(**FLUX_VAE)
    pipe = pipeline_class(
        scheduler=FlowMatchEulerDiscreteScheduler(**scheduler_config),
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        text_encoder_2=text_encoder_2,
        tokenizer_2=tokenizer_2,
        transformer=transformer,
        image_encoder=None,  # only for FLUX IP-Adapters, which storyreel does not use
        feature_extractor=None,
    )
    pipe.save_pretrained(out, safe_serialization=True)


def build_flux_schnell(out: Path, seed: int = 0) -> None:
    """Write a tiny FLUX.1-schnell ``FluxPipeline`` at ``out``."""
    from diffusers import FluxPipeline

    _build_flux(out, seed, FluxPipeline, FLUX_TRANSFORMER, FLUX_SCHEDULER)


def build_flux_kontext(out: Path, seed: int = 0) -> None:
    """Write a tiny FLUX.1-Kontext-dev ``FluxKontextPipeline`` at ``out`` (no image encoder / feature extractor)."""
    from diffusers import FluxKontextPipeline

    _build_flux(out, seed, FluxKontextPipeline, FLUX_KONTEXT_TRANSFORMER, FLUX_KONTEXT_SCHEDULER)


def sdxl_cross_attention_processors(unet_config: dict = SDXL_UNET) -> list[tuple[str, int]]:
    """``(processor name, hidden size)`` of each cross-attention processor of the tiny SDXL UNet.

    In ``unet.attn_processors`` order: the IP-Adapter checkpoint numbers them 1, 3, 5, ... in that order
    (``UNet2DConditionLoadersMixin._convert_ip_adapter_attn_to_diffusers``).
    """
    import torch
    from diffusers import UNet2DConditionModel

    with torch.device("meta"):  # only the module tree is needed, not the weights
        unet = UNet2DConditionModel(**unet_config)
    result = []
    for name in unet.attn_processors:
        if name.endswith("attn1.processor"):
            continue  # self-attention: no IP-Adapter weights
        attn = unet.get_submodule(name[: -len(".processor")])
        result.append((name, attn.to_k.out_features))
    return result


def build_ip_adapter_sdxl(out: Path, seed: int = 0) -> None:
    """Write a tiny IP-Adapter for the tiny SDXL UNet, laid out like the ``h94/IP-Adapter`` repository.

    ``out/sdxl_models/ip-adapter_sdxl.safetensors`` holds ``image_proj.proj.{weight,bias}``,
    ``image_proj.norm.{weight,bias}`` (an ``ImageProjection`` with 4 tokens) and ``ip_adapter.{N}.to_k_ip.weight``
    / ``ip_adapter.{N}.to_v_ip.weight`` for N = 1, 3, 5, ...; ``out/sdxl_models/image_encoder`` is a tiny
    ``CLIPVisionModelWithProjection``.
    """
    import torch
    from safetensors.torch import save_file
    from transformers import CLIPVisionConfig, CLIPVisionModelWithProjection

    models = out / "sdxl_models"
    models.mkdir(parents=True, exist_ok=True)
    cross_dim = SDXL_UNET["cross_attention_dim"]
    embed_dim = IP_ADAPTER_IMAGE_ENCODER["projection_dim"]
    generator = torch.Generator().manual_seed(seed)

    def randn(*shape: int) -> torch.Tensor:
        return torch.randn(*shape, generator=generator) * IP_ADAPTER_INIT_STD

    state = {
        "image_proj.proj.weight": randn(IP_ADAPTER_NUM_TOKENS * cross_dim, embed_dim),
        "image_proj.proj.bias": randn(IP_ADAPTER_NUM_TOKENS * cross_dim),
        "image_proj.norm.weight": torch.ones(cross_dim),
        "image_proj.norm.bias": torch.zeros(cross_dim),
    }
    for index, (_, hidden_size) in enumerate(sdxl_cross_attention_processors()):
        key = 2 * index + 1
        state[f"ip_adapter.{key}.to_k_ip.weight"] = randn(hidden_size, cross_dim)
        state[f"ip_adapter.{key}.to_v_ip.weight"] = randn(hidden_size, cross_dim)
    save_file({k: v.contiguous() for k, v in state.items()}, str(models / "ip-adapter_sdxl.safetensors"))

    torch.manual_seed(seed + 1)
    image_encoder = CLIPVisionModelWithProjection(CLIPVisionConfig(**IP_ADAPTER_IMAGE_ENCODER))
    image_encoder.save_pretrained(models / "image_encoder", safe_serialization=True)


def build_ltx_video(out: Path, seed: int = 0) -> None:
    """Write a tiny ``LTXConditionPipeline`` at ``out``."""
    import torch
    from diffusers import (
        AutoencoderKLLTXVideo,
        FlowMatchEulerDiscreteScheduler,
        LTXConditionPipeline,
        LTXVideoTransformer3DModel,
    )
    from transformers import T5Config, T5EncoderModel

    tokenizer = build_t5_tokenizer(LTX_TOKENIZER_MAX_LENGTH)
    torch.manual_seed(seed)
    text_encoder = T5EncoderModel(T5Config(**_t5_token_ids(tokenizer), **LTX_TEXT_ENCODER))
    torch.manual_seed(seed + 1)
    transformer = LTXVideoTransformer3DModel(**LTX_TRANSFORMER)
    torch.manual_seed(seed + 2)
    vae = AutoencoderKLLTXVideo(**LTX_VAE)
    pipe = LTXConditionPipeline(
        scheduler=FlowMatchEulerDiscreteScheduler(**LTX_SCHEDULER),
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        transformer=transformer,
    )
    pipe.save_pretrained(out, safe_serialization=True)


def _build_wan(out: Path, seed: int, transformer_config: dict) -> None:
    import torch
    from diffusers import AutoencoderKLWan, UniPCMultistepScheduler, WanImageToVideoPipeline, WanTransformer3DModel
    from transformers import CLIPImageProcessor, CLIPVisionConfig, CLIPVisionModel, UMT5Config, UMT5EncoderModel

    tokenizer = build_t5_tokenizer(WAN_TOKENIZER_MAX_LENGTH)
    torch.manual_seed(seed)
    text_encoder = UMT5EncoderModel(UMT5Config(**_t5_token_ids(tokenizer), **WAN_TEXT_ENCODER))
    torch.manual_seed(seed + 1)
    image_encoder = CLIPVisionModel(CLIPVisionConfig(**WAN_IMAGE_ENCODER))
    torch.manual_seed(seed + 2)
    transformer = WanTransformer3DModel(**transformer_config)
    torch.manual_seed(seed + 3)
    vae = AutoencoderKLWan(**WAN_VAE)
    pipe = WanImageToVideoPipeline(
        tokenizer=tokenizer,
        text_encoder=text_encoder,
        vae=vae,
        scheduler=UniPCMultistepScheduler(**WAN_SCHEDULER),
        image_processor=CLIPImageProcessor(**WAN_IMAGE_PROCESSOR),
        image_encoder=image_encoder,
        transformer=transformer,
    )
    pipe.save_pretrained(out, safe_serialization=True)
    # Without torchvision, transformers 5 hands out CLIPImageProcessorPil and diffusers records that class name.
    # Record the class of the real Wan repositories instead: it loads as the Pil variant here and as the
    # default (torchvision) variant where torchvision is installed, exactly like the real checkpoint.
    index_path = out / "model_index.json"
    index = json.loads(index_path.read_text())
    index["image_processor"] = ["transformers", "CLIPImageProcessor"]
    index_path.write_text(json.dumps(index, indent=2, sort_keys=True) + "\n")


def build_wan_i2v(out: Path, seed: int = 0) -> None:
    """Write a tiny Wan2.1-I2V ``WanImageToVideoPipeline`` at ``out`` (single start image)."""
    _build_wan(out, seed, WAN_TRANSFORMER)


def build_wan_flf2v(out: Path, seed: int = 0) -> None:
    """Write a tiny Wan2.1-FLF2V ``WanImageToVideoPipeline`` at ``out`` (needs ``image`` and ``last_image``)."""
    _build_wan(out, seed, WAN_FLF2V_TRANSFORMER)


# Each folder's storyreel.json (see storyreel.diffusion.models): few steps, small pictures, a low frame rate
# and short chunks, so a whole film renders in seconds and long shots still need several chunks.
TINY_SETTINGS: dict[str, dict[str, int]] = {
    "sdxl": {"steps": 2, "area": 64 * 64},
    "flux-schnell": {"steps": 2, "area": 64 * 64},
    "flux-kontext": {"steps": 2, "area": 64 * 64},
    "ltx-video": {"steps": 3, "area": 64 * 64, "fps": 8, "chunk_frames": 17, "overlap_frames": 9},
    "wan2.1-i2v-480p": {"steps": 3, "area": 32 * 32, "fps": 8, "chunk_frames": 9, "overlap_frames": 1},
    "wan2.1-flf2v-720p": {"steps": 3, "area": 32 * 32, "fps": 8, "chunk_frames": 9, "overlap_frames": 1},
}

BUILDERS: dict[str, Callable[[Path, int], None]] = {
    "sdxl": build_sdxl,
    "ip-adapter-sdxl": build_ip_adapter_sdxl,
    "flux-schnell": build_flux_schnell,
    "flux-kontext": build_flux_kontext,
    "ltx-video": build_ltx_video,
    "wan2.1-i2v-480p": build_wan_i2v,
    "wan2.1-flf2v-720p": build_wan_flf2v,
}
"""Folder name (= model registry name) -> builder."""


# ---------------------------------------------------------------------------------------------------------------
# Public entry point
# ---------------------------------------------------------------------------------------------------------------
def build_tiny_models(root: Path, seed: int = 0, names: list[str] | None = None) -> dict[str, Path]:
    """Write tiny random pipelines under ``root/<name>/`` and return ``{name: folder}``.

    Idempotent: a folder holding the completion marker (same seed, format and library versions) is kept.  Each
    folder is built in a temporary folder next to it and renamed into place, so a crash or a concurrent build
    never leaves a half-written folder behind.  Single-threaded and offline.

    Args:
        root: where to write the folders (created if missing).
        seed: torch seed of the random weights; the same seed gives the same weights.
        names: subset of `BUILDERS` to build; all by default.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    folders = {}
    for name in names or list(BUILDERS):
        folder = root / name
        if not _is_complete(folder, seed):
            _quiet_offline_single_thread()
            _build_atomically(folder, BUILDERS[name], seed)
        folders[name] = folder
    return folders


def _marker_content(seed: int) -> dict[str, Any]:
    # The library versions are part of it: a folder written by other versions is rebuilt, not trusted.
    from importlib.metadata import version

    return {
        "format": FORMAT_VERSION,
        "seed": seed,
        "diffusers": version("diffusers"),
        "transformers": version("transformers"),
    }


def _is_complete(folder: Path, seed: int) -> bool:
    try:
        marker = json.loads((folder / MARKER).read_text())
    except (OSError, ValueError):
        return False
    return marker == _marker_content(seed)


def _build_atomically(folder: Path, builder: Callable[[Path, int], None], seed: int) -> None:
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))
    try:
        builder(tmp, seed)
        if folder.name in TINY_SETTINGS:
            (tmp / "storyreel.json").write_text(json.dumps(TINY_SETTINGS[folder.name], indent=2))
        tmp.chmod(0o755)  # mkdtemp creates it private (0700)
        (tmp / MARKER).write_text(json.dumps(_marker_content(seed)))  # last: marks the folder complete
        if folder.exists():  # stale (other seed / format) or incomplete: replace it
            if _is_complete(folder, seed):  # a concurrent build finished first
                return
            shutil.rmtree(folder)
        try:
            os.rename(tmp, folder)
        except OSError:
            if not _is_complete(folder, seed):  # lost a race against a concurrent build that failed
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _quiet_offline_single_thread() -> None:
    # Shared 2-core machine and no hub: one thread, offline mode (set before the libraries read them).
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    import torch

    torch.set_num_threads(1)


def main(argv: list[str] | None = None) -> int:
    """``python -m storyreel.diffusion.tiny OUTDIR``: build the tiny pipelines and print their folders."""
    parser = argparse.ArgumentParser(prog="python -m storyreel.diffusion.tiny", description=__doc__.split("\n")[0])
    parser.add_argument("outdir", type=Path, help="folder to write <name>/ pipelines into")
    parser.add_argument("--seed", type=int, default=0, help="torch seed of the random weights (default 0)")
    parser.add_argument("--only", nargs="+", choices=sorted(BUILDERS), help="build only these folders")
    args = parser.parse_args(argv)
    for name, folder in build_tiny_models(args.outdir, seed=args.seed, names=args.only).items():
        print(f"{name}\t{folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
