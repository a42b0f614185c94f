"""Generative backends through `diffusers`: shared pieces used by cast, keyframes and shots.

- `models`: registry of model names (``sdxl``, ``ltx-video``, ...) -> hub ids or local folders;
- `loading`: load one pipeline at a time with the memory options, release it after a stage;
- `camera`: camera moves as warps of the predicted clean latents during sampling;
- `chunks`: long shots as a first chunk plus extensions conditioned on the last frames;
- `tiny`: tiny random pipelines for tests and smoke runs (no weights needed).

Nothing here downloads weights unless the user asks for hub ids (`allow_download`).
"""
