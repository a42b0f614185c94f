"""MediaPipe selfie segmentation of one image: `python -I selfie_worker.py IMAGE MASK_PNG`.

Runs inside the isolated mediapipe venv (<cache>/venvs/mediapipe, numpy<2), never in
storyreel's own environment, so it imports nothing but that venv's packages (mediapipe,
numpy, Pillow) and the standard library. It writes the person mask as an 8-bit grey
PNG of the image's size (255 = person). storyreel.cast.matting calls it.
"""

import importlib.util
import sys
import types


def _stub_drawing_imports() -> None:
    """Stand in for cv2 and matplotlib when they are absent.

    `import mediapipe` imports every solution, and solutions/drawing_utils imports cv2
    and matplotlib.pyplot at module level although only its drawing functions use them;
    selfie segmentation never does. Empty stand-ins save the venv about 210 MB of OpenCV
    and matplotlib (checked for mediapipe 0.10.21, the pinned version).
    """
    if importlib.util.find_spec("cv2") is None:
        sys.modules["cv2"] = types.ModuleType("cv2")
    if importlib.util.find_spec("matplotlib") is None:
        matplotlib = types.ModuleType("matplotlib")
        matplotlib.pyplot = types.ModuleType("matplotlib.pyplot")
        sys.modules["matplotlib"] = matplotlib
        sys.modules["matplotlib.pyplot"] = matplotlib.pyplot


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: selfie_worker.py IMAGE MASK_PNG", file=sys.stderr)
        return 2
    src, dst = argv
    _stub_drawing_imports()
    import mediapipe as mp
    import numpy as np
    from PIL import Image

    with Image.open(src) as image:
        rgb = np.ascontiguousarray(np.asarray(image.convert("RGB")))
    # model_selection=0: the general 256x256 model; the landscape one (1) is faster but
    # rougher (it took a patch of the flag behind the astronaut for a person).
    with mp.solutions.selfie_segmentation.SelfieSegmentation(model_selection=0) as segmenter:
        mask = segmenter.process(rgb).segmentation_mask
    if mask is None:  # no result at all: nobody there
        mask = np.zeros(rgb.shape[:2], dtype=np.float32)
    grey = np.round(np.clip(mask, 0.0, 1.0) * 255).astype(np.uint8)
    Image.fromarray(grey).save(dst)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
