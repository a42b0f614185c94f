"""Clip art: the things no emoji shows (an anvil, a barrel, a broom), from Debian's openclipart-svg.

The Open Clip Art Library's collection (public domain; Debian package `openclipart-svg`,
installed by scripts/system-deps.sh) holds about 7,500 distinct SVGs with a title, a creator and
keywords. `load` indexes them once per cache (about 30 s on 2 cores; `make setup` does it):
each usable drawing gets a readable name from its title or file name, its keywords, its sha256
and the MiniLM embedding of its name, in the same `Catalogue` the emoji use, so the cast ranks
and checks a thing against clip art exactly as against emoji (things.py's label rule).

Only cut-outs are kept: art that renders here, shows something, and is no framed picture
(its outer edge opaque all round). Icons, flags, shapes and pictograms are left out by folder, black and
white copies of a coloured drawing by title. `render` draws one (checking its sha256).
"""

from __future__ import annotations

import functools
import hashlib
import html
import io
import logging
import re
from collections import Counter
from pathlib import Path

import numpy as np
from PIL import Image

from .. import files
from ..embed import MODEL_NAME, embed
from ..errors import StoryreelError
from .glyphs import Catalogue, Glyph

log = logging.getLogger(__name__)

ROOT = Path("/usr/share/openclipart/svg")
PACKAGE = "openclipart-svg"
INSTALL_HINT = f"install Debian's {PACKAGE} (make setup does)"
INDEX_VERSION = 1  # bump when names, pools or the cut-out test change
# Folders of symbols rather than things (icons, flags, signs, shapes, logos, smilies).
SKIPPED = ("computer/", "shapes/", "special/", "signs_and_symbols/", "buttons/", "logos/",
           "transportation/aiga-symbols/", "transportation/roadsigns/", "people/smilies/")
# First folder -> pools; a longer prefix wins. Animals and people are cast from the emoji and the
# people kit; the cast draws things, food, plants and furniture from clip art (buildings are indexed,
# not drawn yet).
POOLS = {"food/": "food", "plants/": "plant", "buildings/furniture/": "fixture", "buildings/": "place",
         "animals/": "animal", "people/": "person"}
# Titles that name a collection, a tool or a contest rather than the drawing.
_GENERIC_TITLE = re.compile(r"clip\s*art|aiga|svg|symbol|collection|theme|various|untitled|open clip|^r\d+\b|"
                            r"sibmission|submission|icons?\b|drawing|^\W*$", re.IGNORECASE)
# A black-and-white or outline copy: the coloured drawing beside it is the one drawn.
_MONOCHROME = re.compile(r"\b(?:b\s*(?:and|&(?:amp;)*)\s*w|bw|black and white|outline|silhouette|lineart|"
                         r"line art|coloring|colouring)\b", re.IGNORECASE)


def available(root: Path = ROOT) -> bool:
    """True when the package's SVGs are installed (for `storyreel doctor`)."""
    return root.is_dir()


def _camel(text: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", _camel(text).lower())


def _stem_words(stem: str) -> list[str]:
    return _words(stem.replace("_", " ").replace("-", " "))


def name_of(title: str, stem: str, creator: str, signatures: frozenset[str] = frozenset()) -> str | None:
    """A drawing's readable name: its title when that says what it shows (shares a word with the
    file name, or the file name says nothing else), else its file name without the creator's name
    or signature and numbers ("desk_lamp_gerald_g._01" by Gerald G. -> "desk lamp"); None when
    neither says anything ("AIGA_Symbol_Signs" in a file named after its creator)."""
    own = _words(creator)
    stem_words = []
    for word in _stem_words(stem):
        if word in signatures or (len(word) >= 2 and any(c.startswith(word) for c in own)):
            break  # the creator's name (Debian's file names end in it, often cut short)
        stem_words.append(word)
    title = html.unescape(html.unescape(title)).strip()
    title_words = _words(title)
    agree = set(title_words) & set(stem_words) or "".join(title_words) in "".join(stem_words)  # RoundPointShovel
    if title_words and not _GENERIC_TITLE.search(title) and (agree or not stem_words):
        return " ".join(title_words)
    return " ".join(stem_words) or None


def _metadata(svg: str) -> tuple[str, str, tuple[str, ...]]:
    """(title, creator, keywords) from the drawing's RDF metadata (empty where it has none)."""
    work = re.search(r"<cc:Work\b.*?</cc:Work>", svg, re.S)
    text = work.group(0) if work else ""
    title = re.search(r"<dc:title>([^<]*)</dc:title>", re.sub(r"<dc:creator>.*?</dc:creator>", "", text, flags=re.S))
    creator = re.search(r"<dc:creator>.*?<dc:title>([^<]*)</dc:title>", text, re.S)
    keywords = tuple(k.strip().lower().replace("_", " ") for k in re.findall(r"<rdf:li>([^<]*)</rdf:li>", text)
                     if k.strip() and not k.strip().startswith("http"))
    return (title.group(1) if title else "", creator.group(1) if creator else "", keywords)


_LENGTH = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:e[-+]?\d+)?)\s*(px|pt|pc|mm|cm|in)?\s*$")
_UNITS = {None: 1.0, "px": 1.0, "pt": 4 / 3, "pc": 16.0, "mm": 96 / 25.4, "cm": 96 / 2.54, "in": 96.0}


def _page(tag: str) -> tuple[float, float, float, float]:
    """The drawing's page in user units: its viewBox, else its width and height (1000 where unsaid)."""
    box = re.search(r'\sviewBox="([^"]*)"', tag)
    if box:
        numbers = [float(n) for n in re.findall(r"-?[0-9]*\.?[0-9]+(?:e[-+]?\d+)?", box.group(1))]
        if len(numbers) == 4 and numbers[2] > 0 and numbers[3] > 0:
            return tuple(numbers)
    sizes = []
    for attribute in ("width", "height"):
        found = re.search(rf'\s{attribute}="([^"]*)"', tag)
        length = _LENGTH.match(found.group(1)) if found else None
        sizes.append(float(length.group(1)) * _UNITS[length.group(2)] if length and float(length.group(1)) > 0
                     else 1000.0)
    return (0.0, 0.0, sizes[0], sizes[1])


def rasterise(svg: str, width: int) -> Image.Image:
    """The drawing's content about `width` pixels wide (RGBA, cropped to what is drawn); empty
    when nothing is drawn. Old Inkscape drawings often lie partly off their page, so the page is
    widened by its own size on every side and the result cropped. ValueError when resvg cannot
    read the SVG."""
    import resvg_py

    tag = re.search(r"<svg\b[^>]*>", svg, re.S)
    if tag is None:
        raise ValueError("no <svg> element")
    x, y, w, h = _page(tag.group(0))
    attributes = re.sub(r'\s(?:width|height|viewBox|preserveAspectRatio)="[^"]*"', "", tag.group(0))
    widened = attributes[:-1].rstrip("/") + (f' width="{3 * w:g}" height="{3 * h:g}" '
                                             f'viewBox="{x - w:g} {y - h:g} {3 * w:g} {3 * h:g}">')
    if tag.group(0).endswith("/>"):
        widened = widened[:-1] + "/>"
    png = resvg_py.svg_to_bytes(svg_string=svg.replace(tag.group(0), widened, 1), width=3 * width,
                                skip_system_fonts=True)
    image = Image.open(io.BytesIO(bytes(png))).convert("RGBA")
    box = image.getchannel("A").point(lambda a: 255 if a > 8 else 0).getbbox()
    return image.crop(box) if box else image.crop((0, 0, 1, 1))


def is_cutout(image: Image.Image) -> bool:
    """Art that shows something on a clear ground: not empty or a speck, not a framed picture
    (a drawing whose outer edge is opaque all round)."""
    alpha = np.asarray(image.getchannel("A")) > 40
    if min(alpha.shape) < 8 or alpha.mean() < 0.05:
        return False
    rim = np.concatenate([alpha[0], alpha[-1], alpha[:, 0], alpha[:, -1]])
    return rim.mean() < 0.9


def pools_of(path: str) -> frozenset[str]:
    """The pools a drawing belongs to by its folder (things by default)."""
    best = max((prefix for prefix in POOLS if path.startswith(prefix)), key=len, default=None)
    return frozenset({POOLS[best] if best else "thing"})


def signatures(stems: list[tuple[str, str]]) -> frozenset[str]:
    """Words that end the file names of three or more drawings, nearly all (4 in 5) by one creator:
    a signature ("blacksmith_anvil_ganson" by Gerald G.), not a thing (a tree ends files by many)."""
    creators: dict[str, Counter] = {}
    for stem, creator in stems:
        found = _stem_words(stem)
        if len(found) >= 2:
            creators.setdefault(found[-1], Counter())[creator] += 1
    return frozenset(word for word, by in creators.items()
                     if by.total() >= 3 and by.most_common(1)[0][1] >= 0.8 * by.total())


def _entries(root: Path) -> list[dict]:
    """Every distinct usable drawing under `root`, in path order."""
    seen: set[str] = set()
    drawings: list[tuple[Path, str, str, str, str, str, tuple[str, ...]]] = []
    for file in sorted(root.rglob("*.svg")):
        path = file.relative_to(root).as_posix()
        if path.startswith(SKIPPED):
            continue
        data = file.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:  # the package files one drawing under several folders
            continue
        seen.add(digest)
        svg = data.decode("utf-8", errors="replace")
        drawings.append((file, path, digest, svg, *_metadata(svg)))
    signed = signatures([(file.stem, creator) for file, _, _, _, _, creator, _ in drawings])
    entries: list[dict] = []
    for file, path, digest, svg, title, creator, keywords in drawings:
        name = name_of(title, file.stem, creator, signed)
        if not name or _MONOCHROME.search(title) or _MONOCHROME.search(file.stem.replace("_", " ")):
            continue
        try:
            if not is_cutout(rasterise(svg, 96)):
                continue
        except ValueError:
            continue
        entries.append({"path": path, "sha256": digest, "name": name, "keywords": keywords})
    # One drawing per name (the first in path order), so a shortlist never offers two of one name.
    named: dict[str, dict] = {}
    for entry in entries:
        named.setdefault(entry["name"], entry)
    return list(named.values())


def _key(root: Path) -> str:
    listing = sorted((f.relative_to(root).as_posix(), f.stat().st_size) for f in root.rglob("*.svg"))
    return "|".join([f"clipart-v{INDEX_VERSION}", f"model-{MODEL_NAME}", files.sha256_json(listing)[:16]])


class ClipArt:
    """The indexed clip art: a `Catalogue` of its drawings (a Glyph's `char` is the drawing's path
    under ROOT), their keywords and sha256."""

    def __init__(self, catalogue: Catalogue, keywords: dict[str, tuple[str, ...]], sha256: dict[str, str],
                 root: Path):
        self.catalogue, self.keywords, self.sha256, self.root = catalogue, keywords, sha256, root

    def render(self, path: str, sha256: str, width: int = 512) -> Image.Image:
        """One drawing (RGBA, tightly cropped), after checking it is the drawing cast (`sha256`)."""
        file = self.root / path
        try:
            data = file.read_bytes()
        except FileNotFoundError:
            raise StoryreelError(f"the clip art {file} is missing; {INSTALL_HINT}") from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise StoryreelError(f"the clip art {file} is not the drawing cast (its sha256 differs): the package "
                                 "changed; delete the project's cast/looks.json to cast from it anew")
        return rasterise(data.decode("utf-8", errors="replace"), width)


def index_path(cache_dir: Path) -> Path:
    return Path(cache_dir) / "clipart" / f"clipart-index-v{INDEX_VERSION}.npz"


@functools.lru_cache(maxsize=2)
def _load(cache_dir: str, root: str) -> ClipArt | None:
    base = Path(root)
    if not available(base):
        log.warning("no clip art: %s is not installed (%s); things no emoji shows are left out", base,
                    INSTALL_HINT)
        return None
    path, key = index_path(Path(cache_dir)), _key(base)
    entries = None
    if path.is_file():
        try:
            with np.load(path, allow_pickle=False) as data:
                if str(data["key"]) == key:
                    entries = [{"path": p, "sha256": s, "name": n, "keywords": tuple(k.split("|")) if k else ()}
                               for p, s, n, k in zip(data["paths"].tolist(), data["sha256"].tolist(),
                                                     data["names"].tolist(), data["keywords"].tolist())]
                    vectors = data["vectors"].astype(np.float32)
        except (OSError, KeyError, ValueError):
            entries = None  # a damaged index is built again below
    if entries is None:
        log.info("indexing the clip art in %s (once per cache)", base)
        entries = _entries(base)
        vectors = embed([e["name"] for e in entries])
        path.parent.mkdir(parents=True, exist_ok=True)
        with files.atomic_path(path) as tmp, open(tmp, "wb") as fh:
            np.savez(fh, key=np.array(key), vectors=vectors, paths=np.array([e["path"] for e in entries]),
                     sha256=np.array([e["sha256"] for e in entries]), names=np.array([e["name"] for e in entries]),
                     keywords=np.array(["|".join(e["keywords"]) for e in entries]))
    glyphs = [Glyph(e["path"], e["name"], pools_of(e["path"])) for e in entries]
    catalogue = Catalogue(glyphs, vectors, np.arange(len(glyphs), dtype=np.int64))
    return ClipArt(catalogue, {e["path"]: e["keywords"] for e in entries}, {e["path"]: e["sha256"] for e in entries},
                   base)


def load(cache_dir: Path, root: Path = ROOT) -> ClipArt | None:
    """The clip art indexed in `cache_dir` (built on first use, again when the package changes);
    None, with a warning, where the package is not installed."""
    return _load(str(Path(cache_dir)), str(root))


def main(argv: list[str] | None = None) -> None:
    """`python -m storyreel.cast.clipart [--cache-dir DIR]`: index the clip art now (scripts/setup.sh)."""
    import argparse

    from ..config import load_config

    parser = argparse.ArgumentParser(prog="python -m storyreel.cast.clipart", description=main.__doc__)
    parser.add_argument("--cache-dir", type=Path, default=None)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    art = load(args.cache_dir or load_config().cache_path())
    if art is not None:
        print(f"clip art: {len(art.catalogue.glyphs)} drawings indexed")


if __name__ == "__main__":
    main()
