"""The people kit: Open Peeps (Pablo Stanley, CC0) as packaged by `react-peeps` (npm, MIT).

One art source behind three verbs:
- install: `npm pack` fetches the pinned tarball by name at set-up (scripts/setup.sh); `assemble`
  checks its integrity, runs the package's own React components once through a stand-in for
  React that prints SVG (convert.js, with Node.js) and writes every part as a plain SVG fragment
  to <cache>/people/open-peeps-parts.json, verified by sha256 like the GGUF models;
- index: `parts()` lists what the kit can draw (poses, faces, hair, facial hair, accessories);
- draw: `draw()` puts a figure together from its parts and colours (skin, hair, the clothes'
  top and bottom, a hat) and rasterises it with resvg.

The art is black line work on white, so colours are laid on the raster: the masses of ink too
thick to be a line (a black shirt, black hair) take the colour of what they are, keeping a dark
rim; the white regions of the body take the clothes' colours, small white regions at the end of
the limbs and the face take the skin's. Pure of the arguments: the same call gives the same bytes.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import logging
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image
from scipy import ndimage

from .. import npm
from ..npm import NpmPackage
from ...errors import StoryreelError, ToolMissingError

log = logging.getLogger(__name__)

PACKAGE = NpmPackage("react-peeps", "0.1.10",
                     "sha512-DXn1rRIeEWeMN99y2//6y9PhzIHqmklO0Y7LpPt6jpTL6pVfREcTGxBol9+7oZCgZmVI/t4ra3hR0KrU7PKsnQ==")
PARTS_FILE = "open-peeps-parts.json"
PARTS_SHA256 = "e642a7ed9ad82ccb9f82afb7c30d1dfbca4d2d99d16916329e68f8c20466d25d"
CONVERTER = Path(__file__).with_name("convert.js")
INSTALL_HINT = "set it up with `make setup` (it runs `npm pack react-peeps@0.1.10`; needs Node.js and npm)"

# Where the head's parts sit (the package's head component), in the kit's units.
HEAD_AT = (225, 0)
FACE_AT = (159, 186)
FACIAL_HAIR_AT = (123, 338)
ACCESSORY_AT = (47, 241)
# The view every figure is drawn in (kit units): wide enough for a pointing arm, tall enough
# for the standing bodies' feet; figures are trimmed to their ink afterwards.
VIEW = (-320, 0, 1640, 3060)
# Where the top's colour ends, as a share of the figure's height from its top (a seated figure
# folds its legs up, so its hips are further down its height).
HIP, HIP_SEATED = 0.42, 0.55
FEET = 0.07    # the bottom share of a figure: shoes
DARK = 0.8     # how much darker a clothes colour is where the art has a black piece
SPECK = 0.0015  # white regions smaller than this share of the figure stay white
SKIN = 0.02     # white regions smaller than this share are hands, feet or neck

INK = 110      # luminance below which a rasterised pixel is line work
LINE_PX = 3.2  # line work is thinner than this many pixels at DRAW_HEIGHT: thicker ink is a mass
DRAW_HEIGHT = 720  # pixels for the whole view's height


def parts_path(cache_dir: Path) -> Path:
    return Path(cache_dir) / "people" / PARTS_FILE


def assemble(tarball: Path, cache_dir: Path) -> Path:
    """Convert the `npm pack` tarball into the parts file in the cache (atomically), checking the
    tarball's integrity and the converted file's sha256."""
    target = parts_path(cache_dir)
    with PACKAGE.unpacked(tarball, "storyreel-peeps-") as package:
        try:
            done = subprocess.run(["node", str(CONVERTER), str(package)],
                                  capture_output=True, check=False, timeout=300)
        except FileNotFoundError:
            raise ToolMissingError("node (Node.js) is needed once at set-up to convert the people kit: "
                                   "apt-get install nodejs npm") from None
        if done.returncode != 0:
            raise StoryreelError(f"converting {PACKAGE.spec} failed: {done.stderr.decode(errors='replace')[-800:]}")
        npm.keep(done.stdout, target, PARTS_SHA256, f"the parts file converted from {PACKAGE.spec}",
                 " (a different Node.js may print them differently)")
    log.info("people kit written to %s (sha256 verified)", target)
    return target


@functools.lru_cache(maxsize=4)
def _load(path: str, size: int, mtime: float) -> dict[str, dict[str, str]]:
    data = Path(path).read_bytes()
    if hashlib.sha256(data).hexdigest() != PARTS_SHA256:
        raise StoryreelError(f"the people kit {path} is damaged (sha256 differs); {INSTALL_HINT}")
    return json.loads(data)


def parts(cache_dir: Path) -> dict[str, dict[str, str]]:
    """The kit's parts, {group: {name: svg fragment}}; groups: standing, sitting, hair, face,
    facial_hair, accessories. A clear error when the kit is not set up or damaged."""
    path = parts_path(cache_dir)
    try:
        stat = path.stat()
    except FileNotFoundError:
        raise ToolMissingError(f"the people kit is not set up ({path} is missing); {INSTALL_HINT}") from None
    return _load(str(path), stat.st_size, stat.st_mtime)


def available(cache_dir: Path) -> bool:
    """True when the kit is set up (cheap: no hashing), for `storyreel doctor` and the cast's fallback."""
    return parts_path(cache_dir).is_file()


@dataclass(frozen=True)
class Figure:
    """What to draw, in the kit's own part names and in colours ("#rrggbb")."""

    body: str                  # a standing or sitting pose part
    face: str
    hair: str
    skin: str
    hair_colour: str
    top: str                   # the clothes above the hips
    bottom: str                # below
    facial_hair: str | None = None
    accessory: str | None = None  # glasses, eyepatch
    hat_colour: str | None = None  # a hat-like hair part (beanie, hat) takes this colour
    mouth: str | None = None   # while speaking: "open" or "shut" (see `face_svg`); None: as the face draws it


def _rgb(colour: str) -> np.ndarray:
    colour = colour.lstrip("#")
    return np.array([int(colour[i:i + 2], 16) for i in (0, 2, 4)], dtype=np.float32)


def _raster(fragment: str, height: int) -> np.ndarray:
    """An SVG fragment in the figure's view as float RGBA (H, W, 4) in 0..1."""
    import resvg_py

    x, y, w, h = VIEW
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{x} {y} {w} {h}">{fragment}</svg>'
    png = bytes(resvg_py.svg_to_bytes(svg_string=svg, width=round(height * w / h), skip_system_fonts=True))
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"), dtype=np.float32) / 255.0


# A speaking face's mouth opens and shuts: the face is drawn with another face's mouth in place of its
# own. Each face is one path whose subpaths are its marks; the mouth's lie below the nose (their top
# at MOUTH_TOP or lower, in the face's units), the brows, eyes, nose and tears above it (measured on
# the faces people are drawn with: tests/test_mouths.py; seen on a contact sheet of all the others).
MOUTH_TOP = 180
# The mouth a face opens to: (the face it is taken from, its width in face units); a smiling face
# opens to a laugh, every other one to a round open mouth. A face drawn with its mouth open (a big
# grin, a shout) shuts it to another face's while it speaks.
OPEN_MOUTH = ("ConcernedFear", 90.0)
LAUGH = ("SmileLol", 90.0)
OPEN_MOUTHS = {"Smile": LAUGH, "SmileBig": LAUGH, "SmileTeeth": LAUGH, "Cute": LAUGH, "Cheeky": LAUGH,
               "LoveGrin": LAUGH, "LoveGrinTeeth": LAUGH}
SHUT_MOUTHS = {"SmileBig": ("Smile", 80.0), "SmileTeeth": ("Smile", 80.0), "SmileLol": ("Smile", 80.0),
               "LoveGrin": ("Smile", 80.0), "LoveGrinTeeth": ("Smile", 80.0), "Explaining": ("Calm", 80.0),
               "Rage": ("Angry", 80.0), "Concerned": ("Solemn", 80.0), "ConcernedFear": ("Solemn", 80.0),
               "Hectic": ("Fear", 80.0)}
_PATH = re.compile(r'<path d="([^"]*)" transform="translate\(([-\d.e]+) ([-\d.e]+)\)"')
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?")


def _marks(fragment: str) -> tuple[list[str], list[str], tuple[float, float, float, float], tuple[float, float]] | None:
    """A face's subpaths split into (the rest, the mouth), the mouth's box (x0, y0, x1, y1 in the face's
    units) and the path's translation; None when the face is not one path of absolute moves or has
    no mouth (CalmNM)."""
    found = _PATH.search(fragment)
    if found is None or re.search(r"[^MCLZe\d\s.,-]", found.group(1)):
        return None
    tx, ty = float(found.group(2)), float(found.group(3))
    rest, mouth, boxes = [], [], []
    for sub in re.findall(r"M[^M]*", found.group(1)):
        numbers = [float(n) for n in _NUMBER.findall(sub)]
        xs, ys = [x + tx for x in numbers[0::2]], [y + ty for y in numbers[1::2]]
        if min(ys) >= MOUTH_TOP and max(ys) - min(ys) > 2:  # not a stray point
            mouth.append(sub)
            boxes.append((min(xs), min(ys), max(xs), max(ys)))
        else:
            rest.append(sub)
    if not mouth:
        return None
    box = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return rest, mouth, box, (tx, ty)


def _path(d: str, transform: str) -> str:
    return f'<path d="{d}" transform="{transform}" fill="#000000" fill-rule="evenodd" stroke="none"></path>'


def mouth_open(face: str) -> bool:
    """Whether the kit draws `face` with its mouth open (a grin, a shout: the faces SHUT_MOUTHS names)."""
    return face in SHUT_MOUTHS


def face_svg(faces: dict[str, str], face: str, mouth: str | None = None) -> str:
    """The SVG fragment of `face` (a name in the kit's faces) as it speaks: with its mouth "open"
    (a face drawn with its mouth open is itself, unless OPEN_MOUTHS gives it a laugh; a shut one
    takes another face's open mouth: OPEN_MOUTHS, else OPEN_MOUTH) or "shut" (a face drawn shut is
    itself, one drawn open takes another face's closed mouth: SHUT_MOUTHS); None: the face itself.
    The other mouth is scaled to its width and put in place of the face's own: an opening mouth
    hangs from where the face's was, a shutting one is centred on it. Pure."""
    drawn_open = mouth_open(face)
    if mouth is None or (mouth == "shut" and not drawn_open) or (mouth == "open" and drawn_open
                                                                and face not in OPEN_MOUTHS):
        return faces[face]  # drawn so already
    donor, width = OPEN_MOUTHS.get(face, OPEN_MOUTH) if mouth == "open" else SHUT_MOUTHS[face]
    own, theirs = _marks(faces[face]), _marks(faces[donor])
    if own is None or theirs is None:
        return faces[face]
    rest, _, (x0, y0, x1, y1), (tx, ty) = own
    _, drawn, (d0, e0, d1, e1), (dx, dy) = theirs
    scale = width / (d1 - d0)
    top = y0 if mouth == "open" and not drawn_open else (y0 + y1) / 2 - (e1 - e0) * scale / 2
    # A donor point p (its own units, before its translation) lands at centre + (p + d - centre') * scale.
    ox = (x0 + x1) / 2 + (dx - (d0 + d1) / 2) * scale
    oy = top + (dy - e0) * scale
    return (f'<g>{_path("".join(rest), f"translate({tx} {ty})")}'
            f'{_path("".join(drawn), f"translate({ox:.4f} {oy:.4f}) scale({scale:.5f})")}</g>')


def _layers(kit: dict, figure: Figure, height: int) -> dict[str, np.ndarray]:
    group = "standing" if figure.body in kit["standing"] else "sitting"
    head = f'<g transform="translate({HEAD_AT[0]} {HEAD_AT[1]})">'
    out = {"body": _raster(kit[group][figure.body], height),
           "head": _raster(f'{head}{kit["hair"][figure.hair]}</g>', height),
           "face": _raster(f'{head}<g transform="translate({FACE_AT[0]} {FACE_AT[1]})">'
                           f'{face_svg(kit["face"], figure.face, figure.mouth)}</g></g>', height)}
    if figure.facial_hair:
        out["facial_hair"] = _raster(f'{head}<g transform="translate({FACIAL_HAIR_AT[0]} {FACIAL_HAIR_AT[1]})">'
                                     f'{kit["facial_hair"][figure.facial_hair]}</g></g>', height)
    if figure.accessory:
        out["accessory"] = _raster(f'{head}<g transform="translate({ACCESSORY_AT[0]} {ACCESSORY_AT[1]})">'
                                   f'{kit["accessories"][figure.accessory]}</g></g>', height)
    return out


def _masses(ink: np.ndarray, line_px: float) -> np.ndarray:
    """Ink too thick to be a line (opening by a disc wider than the lines), minus a rim."""
    r = max(1, round(line_px / 2))
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1]
    disc = xx * xx + yy * yy <= r * r
    thick = ndimage.binary_opening(ink, structure=disc)
    return ndimage.binary_erosion(thick, iterations=1) & ink


def _tint(layer: np.ndarray, mask: np.ndarray, colour: np.ndarray, keep_shading: bool) -> None:
    """Paint `colour` (0..255) over `mask` of `layer` in place; white stays the colour, grey darkens it."""
    rgb = layer[..., :3]
    target = colour / 255.0
    if keep_shading:  # multiply: the art's grey details (pockets, folds) stay visible
        rgb[mask] = rgb[mask] * target
    else:
        rgb[mask] = target


def _shade(colour: np.ndarray, factor: float) -> np.ndarray:
    return np.clip(colour * factor, 0, 255)


def _body_colours(layer: np.ndarray, figure: Figure, line_px: float, seated: bool) -> None:
    alpha = layer[..., 3] > 0.5
    ink = alpha & (layer[..., :3].mean(axis=2) < INK / 255.0)
    paper = alpha & ~ink
    rows = np.flatnonzero(alpha.any(axis=1))
    if not rows.size:
        return
    first, last = rows[0], rows[-1]
    # Standing bodies are long legs under a short top; seated ones fold the legs up.
    hip = first + (HIP_SEATED if seated else HIP) * (last - first)
    feet = last - FEET * (last - first)
    area = alpha.sum()
    top, bottom, skin = _rgb(figure.top), _rgb(figure.bottom), _rgb(figure.skin)
    # Each region takes the colour of the piece its middle is in: a dress is one piece.
    masses, count = ndimage.label(_masses(ink, line_px))
    for index, box in enumerate(ndimage.find_objects(masses), start=1):
        centre = (box[0].start + box[0].stop) / 2
        if box[0].start >= feet:
            continue  # dark shoes stay dark
        # Dark pieces of clothes: a darker shade of their colour, so a two-tone body still reads as two.
        _tint(layer, masses == index, _shade(top if centre < hip else bottom, DARK), keep_shading=False)
    labels, count = ndimage.label(paper)
    sizes = ndimage.sum(paper, labels, index=np.arange(1, count + 1))
    for index, (size, box) in enumerate(zip(sizes, ndimage.find_objects(labels)), start=1):
        centre = (box[0].start + box[0].stop) / 2
        if size < SPECK * area or box[0].start >= feet:
            continue  # specks between lines (buttons, folds) and the shoes stay white
        # White regions: the small ones are skin (hands, ankles), the others clothes.
        colour = skin if size < SKIN * area else top if centre < hip else bottom
        _tint(layer, labels == index, colour, keep_shading=True)


def _head_colours(layers: dict[str, np.ndarray], figure: Figure, line_px: float) -> None:
    head = layers["head"]
    alpha = head[..., 3] > 0.5
    ink = alpha & (head[..., :3].mean(axis=2) < INK / 255.0)
    paper = alpha & ~ink
    # The face's skin: the white region of the head under the face part's middle.
    face_alpha = layers["face"][..., 3] > 0.5
    ys, xs = np.nonzero(face_alpha)
    labels, _count = ndimage.label(paper)
    skin_label = 0
    if ys.size:
        cy, cx = int(np.median(ys)), int(np.median(xs))
        window = labels[max(0, cy - 6):cy + 7, max(0, cx - 6):cx + 7]
        found = window[window > 0]
        skin_label = int(np.bincount(found).argmax()) if found.size else 0
    skin = labels == skin_label if skin_label else np.zeros_like(paper)
    _tint(head, skin, _rgb(figure.skin), keep_shading=True)
    hair = _rgb(figure.hat_colour or figure.hair_colour)
    _tint(head, _masses(ink, line_px), hair, keep_shading=False)
    # Hair drawn in outline (grey styles, a beanie): its white regions take the hair's colour.
    _tint(head, paper & ~skin, hair, keep_shading=True)
    if "facial_hair" in layers:
        fh = layers["facial_hair"]
        fink = (fh[..., 3] > 0.5) & (fh[..., :3].mean(axis=2) < INK / 255.0)
        _tint(fh, _masses(fink, line_px), _rgb(figure.hair_colour), keep_shading=False)
        fpaper = (fh[..., 3] > 0.5) & ~fink
        _tint(fh, fpaper, _rgb(figure.hair_colour), keep_shading=True)


def draw(cache_dir: Path, figure: Figure, height: int = DRAW_HEIGHT) -> Image.Image:
    """The figure as an RGBA image `height` px for the whole view, trimmed to its ink."""
    kit = parts(cache_dir)
    layers = _layers(kit, figure, height)
    line_px = LINE_PX * height / DRAW_HEIGHT
    _body_colours(layers["body"], figure, line_px, figure.body in kit["sitting"])
    _head_colours(layers, figure, line_px)
    out = np.zeros_like(layers["body"])
    for name in ("body", "head", "face", "facial_hair", "accessory"):
        if name in layers:  # "over" compositing, straight alpha
            src = layers[name]
            a = src[..., 3:4]
            total = a + out[..., 3:4] * (1 - a)
            rgb = np.where(total > 0, (src[..., :3] * a + out[..., :3] * out[..., 3:4] * (1 - a))
                           / np.maximum(total, 1e-6), 0)
            out = np.concatenate([rgb, total], axis=2)
    image = Image.fromarray(np.round(np.clip(out, 0, 1) * 255).astype(np.uint8), "RGBA")
    box = image.getchannel("A").getbbox()
    return image.crop(box) if box else image


def check(cache_dir: Path) -> Path:
    """The parts file after checking its sha256; a clear error when missing or damaged."""
    parts(cache_dir)
    return parts_path(cache_dir)


def main(argv: list[str] | None = None) -> None:
    """`python -m storyreel.cast.people.kit npm-spec|check|assemble TARBALL [--cache-dir DIR]` (setup.sh)."""
    npm.main("storyreel.cast.people.kit", PACKAGE, check, assemble, argv)


if __name__ == "__main__":
    main()
