"""The sound of each scene's place, time and weather, under the narration.

`soundscape_of(scene, script, frames, fps)` decides by code which layers a scene has and how
strong each is (a `Soundscape`), from the scene's time, weather and view and from its location
as the cast stage classifies it (storyreel.cast.backdrop: terrain, a shore, a room's other
side). `synthesise(soundscape, seconds, seed)` makes it: mono float32 at 48 kHz, pure numpy
and scipy, the same samples for the same seed.

The layers:

- room: a room's quiet, faint pink noise (indoors only);
- rain: band-limited noise crackling with the ticks of drops, and the plinks of a few close ones;
- wind: low-passed noise in slow gusts, brighter as a gust peaks;
- waves: a low roar swelling every 6-10 s, the break's hiss washing out after each crest;
- birds: phrases of short chirps (frequency sweeps and warbles in 2-6 kHz) at random times;
- crickets: trains of tone pulses at 4-5 kHz, each cricket its own pitch and rhythm;
- city: a low, brownish traffic hum, now and then a distant car passing by;
- thunder: at each lightning strike the renderer draws, after THUNDER_DELAY_S, a crack and a
  low rumble that rolls for a few seconds.

Indoors the room tone plays, and what is outside is heard through the walls: rain, wind,
thunder and the sea of a place by the water, muffled (low-passed, and weaker, see INDOORS);
birds, crickets and traffic are not heard. Each layer sits at a stated level (LEVEL_DBFS),
well under a voice: the mixer ducks it further under speech.

Thunder and the picture: `strike_times` builds the scene's animatic Weather exactly as the
renderer does (its seed is light.seed_of("weather", script.seed, scene.id)) and reads the
flashes it draws, so the strikes depend on the script's seed, the scene's id, the frame size,
fps and the scene's frame count: the soundscape must be made for the frames its shot has.
"""

from __future__ import annotations

import functools
import math
import unicodedata
from dataclasses import dataclass, fields

import numpy as np
from scipy import signal

from ..animatic import light
from ..animatic.camera import world_size
from ..animatic.weather import Weather
from ..cast import backdrop
from ..script import Entity, Scene, Script
from ..timing import AUDIO_RATE

VERSION = "1"  # bump when the sound changes: every scene's ambience is made again
RATE = AUDIO_RATE
# Layers with nothing above ~2.5 kHz (wind, the sea's roar, traffic, rumble, anything muffled)
# are made at this rate and upsampled once, together: an eighth of the work.
LOW_RATE = 6_000
UP = RATE // LOW_RATE
FADE_S = 0.3  # raised-cosine fade at both ends, so scenes join without clicks
# Thunder follows its flash as light outruns sound: 0.35 s is a strike about 120 m away, close
# enough to go with the bolt on screen, short enough that the next strike (1.6 s on) is not
# heard before this one.
THUNDER_DELAY_S = 0.35
LAYERS = ("room", "rain", "wind", "waves", "birds", "crickets", "city", "thunder")
# Level of each layer at strength 1, dBFS RMS: of the whole layer over the scene for the
# continuous ones; for the events (a bird's note, a strike's first two seconds of rumble), of
# each event while it sounds.
LEVEL_DBFS: dict[str, float] = {
    "room": -54.0,      # a room's quiet: barely there
    "rain": -33.0,      # bright: K-weighted, the loudest at its RMS (about -30 LUFS)
    "wind": -34.0,
    "waves": -32.0,
    "birds": -33.0,     # a bird close by; most sing farther away (BIRDS["distance_db"])
    "crickets": -39.0,  # a piercing band: the ear finds it at a low level
    "city": -35.0,
    "thunder": -32.0,   # the crack of a strike is THUNDER["crack_db"] above its rumble
}

# ----------------------------------------------------------------------------- what a scene has

# Strengths (0..1) by the scene's weather, time and the place's terrain (backdrop.TERRAINS);
# a layer's strength is the product of its factors, missing keys meaning 0.
RAIN_BY_WEATHER = {"rain": 0.6, "storm": 1.0}
WIND_BY_WEATHER = {"cloudy": 0.3, "rain": 0.35, "snow": 0.5, "storm": 1.0}
# Open places have a breath of wind even in clear weather.
WIND_BY_TERRAIN = {"mountain": 0.4, "snow": 0.4, "sand": 0.35, "water": 0.3, "grass": 0.15, "forest": 0.1}
BIRDS_BY_TERRAIN = {"forest": 1.0, "grass": 0.85, "mountain": 0.5, "water": 0.5, "city": 0.3, "snow": 0.2,
                    "sand": 0.15}
BIRDS_BY_TIME = {"dawn": 1.0, "morning": 0.9, "day": 0.6}  # the dawn chorus is the loudest
BIRDS_BY_WEATHER = {"clear": 1.0, "cloudy": 0.8, "fog": 0.5, "snow": 0.3}  # none in rain or storm
CRICKETS_BY_TERRAIN = {"grass": 1.0, "forest": 0.9, "mountain": 0.6, "sand": 0.5, "water": 0.4, "city": 0.15}
CRICKETS_BY_TIME = {"night": 1.0, "sunset": 0.4}  # the first ones start at dusk
CRICKETS_BY_WEATHER = {"clear": 1.0, "cloudy": 0.9, "fog": 0.6}  # none in rain, snow or storm
CITY_BY_TIME = {"dawn": 0.6, "morning": 1.0, "day": 1.0, "sunset": 0.9, "night": 0.6}
# The water's edge of a look (backdrop.plan_location's `shore`): the sea, or a lake or river.
WAVES_BY_SHORE = {"sea": 0.8, "lake": 0.4}
WAVES_STORM = 1.25  # a storm's sea is rougher (capped at 1)
# Indoors: the room tone, and the outside through the walls at these shares of its strength.
INDOORS = {"rain": 0.45, "wind": 0.3, "thunder": 0.7, "waves": 0.35}


@dataclass(frozen=True)
class Soundscape:
    """Which layers a scene has and how strong each is (0 = off, 1 = its full LEVEL_DBFS).

    `muffled`: the outside layers are heard through walls (low-passed). `thunder_at`: the
    second of each lightning strike within the scene (the flash on screen); each is heard
    THUNDER_DELAY_S later.
    """

    room: float = 0.0
    rain: float = 0.0
    wind: float = 0.0
    waves: float = 0.0
    birds: float = 0.0
    crickets: float = 0.0
    city: float = 0.0
    thunder: float = 0.0
    muffled: bool = False
    thunder_at: tuple[float, ...] = ()

    def __post_init__(self):
        for f in fields(self):
            if f.name in LAYERS and not 0.0 <= getattr(self, f.name) <= 1.0:
                raise ValueError(f"soundscape: {f.name} strength {getattr(self, f.name)} is outside [0, 1]")
        if any(t < 0 for t in self.thunder_at):
            raise ValueError(f"soundscape: thunder_at {self.thunder_at} has a negative time")

    def layers(self) -> dict[str, float]:
        """The layers that play, with their strengths."""
        return {name: getattr(self, name) for name in LAYERS if getattr(self, name) > 0}


def _look_from_words(entity: Entity, script: Script) -> dict:
    """The look the cast stage gives a location when no model is asked: the terrain and the place
    or room its words name (backdrop's own rules), with its other side. The landmark is only a
    stand-in when the words name no place: nothing here depends on it."""
    from ..cast import nouns

    english = [] if script.language.split("-")[0].lower() == "en" else nouns.english(entity.name, script.language)[:2]
    text = ". ".join([entity.name, *english, entity.description])
    terrain = backdrop.terrain_said(text)
    composed = backdrop.room_said(text) if terrain == "indoor" else backdrop.place_said(text)
    if composed:
        terrain, landmark, name = composed["terrain"], composed["landmark"], composed["landmark_name"]
    else:
        terrain = terrain or backdrop.terrain_from_text(f"{entity.name}. {entity.description}")
        landmark = backdrop.BUILDINGS[-1][1]
        name = unicodedata.name(landmark[0]).lower()
    frame = (script.width, script.height)
    own = backdrop.plan_location(entity, landmark, name, terrain, frame)
    return {**own, "other": backdrop.other_side(entity, own, frame)}


def _shore(look: dict) -> str | None:
    """"sea" or "lake" where the look stands by the water (plan_location's shore), else None."""
    if look.get("terrain") == "water":
        return "lake" if look.get("shore") == "grass" else "sea"
    return "sea" if look.get("shore") == "sea" else None


def strike_times(scene: Scene, script: Script, frames: int, fps: int, indoor: bool = False,
                 horizon: float = 0.58) -> tuple[float, ...]:
    """The second of each lightning strike the renderer draws in `scene` over `frames` frames:
    the first frame of each flash of its Weather, built from the same inputs as
    animatic.renderer.SceneRenderer (rng seed, frame size and count, fps); () unless a storm.
    `horizon` (share of the world's height) only moves the clouds, never the flashes."""
    if scene.weather != "storm":
        return ()
    size = (script.width, script.height)
    world = world_size(*size)
    weather = Weather("storm", light.grade(scene.time, "storm", indoor), size, world, round(world[1] * horizon),
                      fps, frames, light.seed_of("weather", script.seed, scene.id), indoor)
    lit = weather.flash > 0
    starts = np.flatnonzero(lit & ~np.concatenate([[False], lit[:-1]]))
    return tuple(round(float(f) / fps, 4) for f in starts)


def soundscape_of(scene: Scene, script: Script, frames: int, fps: int, look: dict | None = None) -> Soundscape:
    """What `scene` sounds like over its `frames` frames at `fps` (the film's, script.fps).

    The place is its location's `look` from cast/looks.json when given (what the picture
    shows, whatever decided it), else read from the location's words through the cast's own
    rules (`_look_from_words`). The scene's `view` picks the side shown, as the renderer does.
    Thunder comes at the strikes the renderer draws (`strike_times`).
    """
    entity = script.entity(scene.background)
    own = look if look is not None else _look_from_words(entity, script)
    shown = own["other"] if scene.view is not None and scene.view != backdrop.side_of(own) and \
        isinstance(own.get("other"), dict) else own
    indoor = shown["terrain"] == "indoor"
    # The outdoors around the scene: the place itself, or what lies outside a room.
    outside = own if backdrop.side_of(own) == "outside" else own.get("other") or {}
    terrain, time, weather = outside.get("terrain"), scene.time, scene.weather
    shore = _shore(outside)
    heard = {
        "rain": RAIN_BY_WEATHER.get(weather, 0.0),
        "wind": max(WIND_BY_WEATHER.get(weather, 0.0), WIND_BY_TERRAIN.get(terrain, 0.0)),
        "waves": min(1.0, WAVES_BY_SHORE.get(shore, 0.0) * (WAVES_STORM if weather == "storm" else 1.0)),
        "birds": BIRDS_BY_TERRAIN.get(terrain, 0.0) * BIRDS_BY_TIME.get(time, 0.0) * BIRDS_BY_WEATHER.get(weather, 0.0),
        "crickets": CRICKETS_BY_TERRAIN.get(terrain, 0.0) * CRICKETS_BY_TIME.get(time, 0.0)
        * CRICKETS_BY_WEATHER.get(weather, 0.0),
        "city": CITY_BY_TIME[time] if terrain == "city" else 0.0,
        "thunder": 1.0 if weather == "storm" else 0.0,
    }
    if indoor:
        heard = {"room": 1.0, **{name: share * heard[name] for name, share in INDOORS.items()}}
    strikes = strike_times(scene, script, frames, fps, indoor, float(shown.get("horizon", 0.58)))
    return Soundscape(**{k: round(v, 4) for k, v in heard.items()}, muffled=indoor, thunder_at=strikes)


# ----------------------------------------------------------------------------- making the sound

# Parameters of each layer (times in seconds, frequencies in Hz). A pair said to be "at strength"
# is the value at strength 0 and at strength 1 (`_between`); other pairs are random ranges.
ROOM = {"band": (30.0, 2400.0)}
RAIN = {"band": (400.0, 9000.0),
        "bed": (0.7, 0.45),  # the steady hiss's share of the sound, at strength
        "ticks_per_s": (150.0, 600.0), "tick_s": 0.004,  # drops hitting all around, at strength; their decay
        "plinks_per_s": (5.0, 15.0),  # close drops, at strength
        "plink_hz": (1400.0, 4200.0), "plink_s": (0.006, 0.016),
        "plink_gain": 3.0,  # a close drop's peak over the hiss's RMS
        "swell_every_s": 3.0}
WIND = {"body": (30.0, 320.0), "bright": (500.0, 1400.0), "bright_share": 0.25,
        "gust_every_s": (3.0, 1.6),  # at strength: a storm's wind gusts more often
        "floor": 0.4}
WAVES = {"every_s": (6.0, 10.0), "rise_s": (1.5, 3.0), "fall_s": (1.5, 3.0), "break_s": 0.25, "wash_s": (1.0, 2.2),
         "roar": (30.0, 500.0), "wash": (700.0, 7000.0), "wash_share": 0.4,
         "floor": 0.2, "wash_floor": 0.05}  # the far sea between crests, and its hiss
BIRDS = {"voices": (2, 4),  # at strength
         "phrases_per_s": 0.3,  # per voice, at strength 1
         "notes": (1, 6), "note_s": (0.04, 0.15), "gap_s": (0.03, 0.12),
         "low_hz": 2000.0, "high_hz": 6000.0, "warble_hz": (25.0, 60.0), "distance_db": (-16.0, 0.0),
         "echo": ((0.06, 0.3), (0.14, 0.15))}  # (delay s, gain): the trees and walls around
CRICKETS = {"count": (2, 5),  # at strength
            "hz": (4000.0, 5000.0), "pulse_s": (0.008, 0.014), "pulses_per_s": (25.0, 45.0),
            "pulses": (2, 5), "period_s": (0.35, 0.8),
            "trill_odds": 0.3, "trill_pulses": (20, 60), "trill_rest": (0.3, 0.8),  # a rest: share of the trill
            "distance_db": (-10.0, 0.0)}
CITY = {"hum_hz": 40.0, "hum_floor_hz": 25.0,  # brown above 40 Hz, nothing below 25 Hz to waste headroom on
        "mid": (150.0, 700.0), "mid_share": 0.2, "mid_every_s": 4.0, "mid_floor": 0.4, "cars_every_s": (4.0, 10.0),
        "car_s": (3.0, 7.0), "tyres": (200.0, 1200.0), "engine_hz": (45.0, 110.0), "doppler": 0.03,
        "car_gain": 2.0}  # a passing car's peak over the hum
THUNDER = {"crack_db": 6.0, "crack_s": (0.03, 0.07), "crack": (200.0, 5000.0), "crack_attack_s": 0.002,
           "return_s": (0.03, 0.08), "return_gain": 0.6,  # the bolt's return stroke
           "rumble": (25.0, 120.0), "growl": (120.0, 400.0), "rumble_s": (3.0, 5.0), "decay_s": (0.6, 1.2),
           "attack_s": 0.015, "rolls": (2, 5), "roll_at_s": (0.1, 1.0), "roll_size": (0.3, 0.9),
           "roll_s": (0.15, 0.4), "strike_db": (-4.0, 0.0)}
MUFFLE_HZ = 600.0  # through a wall only the low end of the outside comes in


@functools.lru_cache(maxsize=64)
def _sos(kind: str, hz: float | tuple[float, float], rate: int, order: int = 2) -> np.ndarray:
    return signal.butter(order, hz, btype=kind, fs=rate, output="sos")


def _between(pair: tuple[float, float], strength: float) -> float:
    """A parameter given at strength 0 and at strength 1, at `strength`."""
    return pair[0] + (pair[1] - pair[0]) * strength


def _amplitude(layer: str, strength: float) -> float:
    return 10 ** (LEVEL_DBFS[layer] / 20) * strength


def _rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x)))) if x.size else 0.0


def _to_rms(x: np.ndarray, rms: float) -> np.ndarray:
    now = _rms(x)
    return x * (rms / now) if now > 0 else x


def _noise(rng: np.random.Generator, n: int) -> np.ndarray:
    # Uniform noise: once filtered it is as Gaussian as any, at a fraction of the cost.
    return rng.random(n) - 0.5


def _curve(rng: np.random.Generator, n: int, rate: int, every_s: float) -> np.ndarray:
    """A slow random curve in [0, 1], n samples at `rate`: random knots every `every_s`
    seconds, joined by cosine steps (smooth, no corners to hear)."""
    t = np.arange(n) / (rate * every_s)
    knots = rng.random(int(t[-1]) + 2 if n else 1)
    i = t.astype(np.int64)
    w = 0.5 - 0.5 * np.cos(np.pi * (t - i))
    return knots[i] * (1 - w) + knots[i + 1] * w


def _full(low: np.ndarray, n: int) -> np.ndarray:
    """A slow envelope made at LOW_RATE held over the full rate's samples."""
    return np.repeat(low, UP)[:n]


def _muffle(x: np.ndarray) -> np.ndarray:
    return signal.sosfilt(_sos("lowpass", MUFFLE_HZ, LOW_RATE), x)


# Each layer's maker: (its random stream, its strength, the soundscape, seconds, samples at
# LOW_RATE, samples at RATE) -> (its part at LOW_RATE or None, its part at RATE or None).


def _room(rng, strength, scape, seconds, n_low, n):
    """Faint pink noise: white noise through a -3 dB/octave filter (Kellet's), band-limited."""
    pink = signal.lfilter([0.049922035, -0.095993537, 0.050612699, -0.004408786],
                          [1.0, -2.494956002, 2.017265875, -0.522189400], _noise(rng, n_low))
    pink = signal.sosfilt(_sos("bandpass", ROOM["band"], LOW_RATE), pink)
    return _to_rms(pink, _amplitude("room", strength)), None


def _drops(rng: np.random.Generator, n: int, rate: int, per_s: float, decay_s: float) -> np.ndarray:
    """The loudness envelope of drops hitting at random: a jump at each (lognormal sizes, few
    big ones), decaying in `decay_s`."""
    hits = np.zeros(n)
    count = rng.poisson(per_s * n / rate)
    np.add.at(hits, rng.integers(0, n, count), rng.lognormal(0.0, 0.7, count))
    return signal.lfilter([1.0], [1.0, -math.exp(-1.0 / (decay_s * rate))], hits)


def _rain(rng, strength, scape, seconds, n_low, n):
    """Hiss crackling with drops; close drops plink. Muffled: the low end of hiss and ticks."""
    bed = _between(RAIN["bed"], strength)
    swell = 0.8 + 0.2 * _curve(rng, n_low, LOW_RATE, RAIN["swell_every_s"])  # showers thicken and thin
    ticks = _drops(rng, n_low, LOW_RATE, _between(RAIN["ticks_per_s"], strength), RAIN["tick_s"])
    envelope = swell * (bed + (1 - bed) * ticks / max(float(ticks.mean()), 1e-9))
    if scape.muffled:
        return _to_rms(_muffle(_noise(rng, n_low) * envelope), _amplitude("rain", strength)), None
    hiss = signal.sosfilt(_sos("bandpass", RAIN["band"], RATE), _noise(rng, n))
    hiss *= _full(envelope, n)
    hiss = _to_rms(hiss, 1.0)
    # A few close drops: a short tone rising in pitch as the bubble it traps shrinks.
    plinks = rng.poisson(_between(RAIN["plinks_per_s"], strength) * seconds)
    for start, hz, decay, gain in zip(rng.integers(0, n, plinks), rng.uniform(*RAIN["plink_hz"], plinks),
                                      rng.uniform(*RAIN["plink_s"], plinks), rng.uniform(0.2, 1.0, plinks)):
        t = np.arange(min(round(decay * 5 * RATE), n - start)) / RATE
        phase = 2 * np.pi * hz * (t + 0.3 * t * t / (2 * decay * 5))
        hiss[start:start + t.size] += RAIN["plink_gain"] * gain * np.sin(phase) * np.exp(-t / decay)
    return None, _to_rms(hiss, _amplitude("rain", strength))


def _wind(rng, strength, scape, seconds, n_low, n):
    """Low-passed noise in slow gusts; a gust brightens it (a band above the body swells more)."""
    gust = _curve(rng, n_low, LOW_RATE, _between(WIND["gust_every_s"], strength)) ** 1.5
    body = _to_rms(signal.sosfilt(_sos("bandpass", WIND["body"], LOW_RATE), _noise(rng, n_low)), 1.0)
    body *= WIND["floor"] + (1 - WIND["floor"]) * gust
    bright = _to_rms(signal.sosfilt(_sos("bandpass", WIND["bright"], LOW_RATE), _noise(rng, n_low)), 1.0)
    bright *= gust * gust
    amplitude = _amplitude("wind", strength)
    if scape.muffled:  # the gusts' brightness stays outside
        return _to_rms(_muffle(body), amplitude), None
    share = WIND["bright_share"]
    return _to_rms(body, amplitude * math.sqrt(1 - share)) + _to_rms(bright, amplitude * math.sqrt(share)), None


def _waves(rng, strength, scape, seconds, n_low, n):
    """A low roar swelling to each crest every 6-10 s; at the break, a hiss that washes out."""
    swell = np.full(n_low, WAVES["floor"])
    wash = np.zeros(n_low)
    crest = -float(rng.uniform(0, WAVES["every_s"][1]))  # the scene may open mid-wave
    while crest < seconds + WAVES["rise_s"][1]:
        size = rng.uniform(0.6, 1.0)
        rise, fall, out = rng.uniform(*WAVES["rise_s"]), rng.uniform(*WAVES["fall_s"]), rng.uniform(*WAVES["wash_s"])
        # Only the wave's own stretch: from its rise to when it has died away (6 decays on).
        start = min(n_low, max(0, math.floor((crest - rise) * LOW_RATE)))
        stop = min(n_low, max(0, math.ceil((crest + 6 * max(fall, out)) * LOW_RATE)))
        after = np.arange(start, stop) / LOW_RATE - crest
        gone = np.maximum(after, 0)
        swell[start:stop] += size * np.where(after < 0, np.sin(0.5 * np.pi * (1 + after / rise)) ** 2,
                                             np.exp(-gone / fall))
        wash[start:stop] += size * (after >= 0) * (1 - np.exp(-gone / WAVES["break_s"])) * np.exp(-gone / out)
        crest += rng.uniform(*WAVES["every_s"])
    roar = signal.sosfilt(_sos("bandpass", WAVES["roar"], LOW_RATE), _noise(rng, n_low)) * swell
    amplitude = _amplitude("waves", strength)
    if scape.muffled:
        return _to_rms(_muffle(roar), amplitude), None
    share = WAVES["wash_share"]
    hiss = signal.sosfilt(_sos("bandpass", WAVES["wash"], RATE), _noise(rng, n)) * _full(wash + WAVES["wash_floor"], n)
    return _to_rms(roar, amplitude * math.sqrt(1 - share)), _to_rms(hiss, amplitude * math.sqrt(share))


def _song(rng: np.random.Generator) -> dict:
    """One bird's song: how many notes, how long, and how each sweeps (down, up or a warble)."""
    low = rng.uniform(BIRDS["low_hz"], BIRDS["high_hz"] - 1500)
    return {"notes": int(rng.integers(BIRDS["notes"][0], BIRDS["notes"][1] + 1)),
            "note_s": rng.uniform(*BIRDS["note_s"]), "gap_s": rng.uniform(*BIRDS["gap_s"]),
            "from_hz": low, "to_hz": rng.uniform(low + 800, BIRDS["high_hz"]),
            "shape": rng.choice(["down", "up", "warble"]), "warble_hz": rng.uniform(*BIRDS["warble_hz"])}


def _note(song: dict, rng: np.random.Generator) -> np.ndarray:
    """One chirp of `song` at unit RMS while it sounds: a frequency sweep with a soft onset."""
    length = max(8, round(song["note_s"] * rng.uniform(0.85, 1.15) * RATE))
    u = np.arange(length) / length
    low, high = song["from_hz"], song["to_hz"]
    if song["shape"] == "down":
        hz = high - (high - low) * u ** 0.7
    elif song["shape"] == "up":
        hz = low + (high - low) * u ** 1.5
    else:  # a warble around the middle of the range
        hz = (low + high) / 2 + (high - low) / 2 * np.sin(2 * np.pi * song["warble_hz"] * u * length / RATE)
    phase = 2 * np.pi * np.cumsum(hz) / RATE
    note = (np.sin(phase) + 0.12 * np.sin(2 * phase)) * np.sin(np.pi * u ** 0.6) ** 2
    return _to_rms(note, 1.0)


def _birds(rng, strength, scape, seconds, n_low, n):
    """Phrases of chirps from a few birds, each its own song, at random times and distances."""
    out = np.zeros(n)
    voices = [_song(rng) for _ in range(round(_between(BIRDS["voices"], strength)))]
    amplitude = _amplitude("birds", 1.0) * (0.6 + 0.4 * strength)  # fewer, and farther, when fewer sing
    for song in voices:
        phrases = rng.poisson(BIRDS["phrases_per_s"] * strength * seconds)
        for start in np.sort(rng.uniform(0, seconds, phrases)):
            gain = amplitude * 10 ** (rng.uniform(*BIRDS["distance_db"]) / 20)
            at = round(start * RATE)
            for _ in range(song["notes"]):
                note = gain * _note(song, rng)
                for delay, echo in ((0.0, 1.0), *BIRDS["echo"]):
                    i = at + round(delay * RATE)
                    piece = note[:max(0, n - i)]
                    out[i:i + piece.size] += echo * piece
                at += note.size + round(song["gap_s"] * RATE)
    return None, out


def _crickets(rng, strength, scape, seconds, n_low, n):
    """A few crickets, each chirping trains of short tone pulses at its own pitch and rhythm."""
    out = np.zeros(n)
    for _ in range(round(_between(CRICKETS["count"], strength))):
        hz, pulse_s = rng.uniform(*CRICKETS["hz"]), rng.uniform(*CRICKETS["pulse_s"])
        every = round(RATE / rng.uniform(*CRICKETS["pulses_per_s"]))
        trill = rng.random() < CRICKETS["trill_odds"]  # a tree cricket: long unbroken trills
        if trill:
            pulses = int(rng.integers(*CRICKETS["trill_pulses"]))
            period = pulses * every / RATE * (1 + rng.uniform(*CRICKETS["trill_rest"]))
        else:
            pulses = int(rng.integers(CRICKETS["pulses"][0], CRICKETS["pulses"][1] + 1))
            period = rng.uniform(*CRICKETS["period_s"])
        length = round(pulse_s * RATE)
        pulse = np.sin(2 * np.pi * hz * np.arange(length) / RATE) * np.hanning(length)
        chirp = np.zeros((pulses - 1) * every + length)
        for k in range(pulses):
            chirp[k * every:k * every + length] += pulse
        chirp *= 10 ** (rng.uniform(*CRICKETS["distance_db"]) / 20)
        at = rng.uniform(0, period) * RATE
        while at < n:
            i = int(at)
            piece = chirp[:n - i]
            out[i:i + piece.size] += piece
            at += period * rng.uniform(0.95, 1.05) * RATE
    return None, _to_rms(out, _amplitude("crickets", strength))


def _city(rng, strength, scape, seconds, n_low, n):
    """A low brownish hum of traffic far away, its middle swelling and easing; now and then a car
    passes nearer: tyres on the road and an engine whose pitch drops as it goes by."""
    hum = signal.lfilter([1.0], [1.0, -math.exp(-2 * np.pi * CITY["hum_hz"] / LOW_RATE)], _noise(rng, n_low))
    hum = _to_rms(signal.sosfilt(_sos("highpass", CITY["hum_floor_hz"], LOW_RATE), hum), 1.0)
    mid = signal.sosfilt(_sos("bandpass", CITY["mid"], LOW_RATE), _noise(rng, n_low))
    busy = _curve(rng, n_low, LOW_RATE, CITY["mid_every_s"])  # the traffic thickens and thins
    mid = _to_rms(mid * (CITY["mid_floor"] + (1 - CITY["mid_floor"]) * busy), 1.0)
    out = hum * math.sqrt(1 - CITY["mid_share"]) + mid * math.sqrt(CITY["mid_share"])
    at = rng.uniform(0, CITY["cars_every_s"][1])  # the middle of the first car's passing
    while at < seconds:
        length = rng.uniform(*CITY["car_s"])
        start = round(max(0.0, at - length / 2) * LOW_RATE)
        stop = min(round((at + length / 2) * LOW_RATE), n_low)
        t = np.arange(start, stop) / LOW_RATE - at  # seconds from the car's nearest
        near = 1 / np.sqrt(1 + (t / (length / 6)) ** 2)  # loudness falls with distance as it nears and goes
        near *= np.sin(np.pi * np.clip(t / length + 0.5, 0, 1))  # ... from nothing and back to nothing
        tyres = _to_rms(signal.sosfilt(_sos("bandpass", CITY["tyres"], LOW_RATE), _noise(rng, t.size)), 1.0)
        pitch = rng.uniform(*CITY["engine_hz"]) * (1 - CITY["doppler"] * np.tanh(t / (length / 6)))
        phase = 2 * np.pi * np.cumsum(pitch) / LOW_RATE
        engine = np.sin(phase) + 0.5 * np.sin(2 * phase) + 0.25 * np.sin(3 * phase)
        out[start:stop] += CITY["car_gain"] * rng.uniform(0.5, 1.0) * near * (tyres + 0.4 * engine)
        at += rng.uniform(*CITY["cars_every_s"]) / max(strength, 0.3)  # fewer cars at night
    return _to_rms(out, _amplitude("city", strength)), None


def _thunder(rng, strength, scape, seconds, n_low, n):
    """At each strike + THUNDER_DELAY_S: a crack (a tenth of a second; through walls, a thud) and a
    low rumble rolling on for seconds, its first two seconds at LEVEL_DBFS["thunder"]. The crack
    stands well above the rumble, so a strike is heard to start even over the last one's roll."""
    low, high = np.zeros(n_low), np.zeros(n)
    amplitude = _amplitude("thunder", strength)
    for at in scape.thunder_at:
        onset = at + THUNDER_DELAY_S
        if onset >= seconds:
            continue
        gain = amplitude * 10 ** (rng.uniform(*THUNDER["strike_db"]) / 20)
        start = round(onset * LOW_RATE)
        t = np.arange(min(round(rng.uniform(*THUNDER["rumble_s"]) * LOW_RATE), n_low - start)) / LOW_RATE
        body = _to_rms(signal.sosfilt(_sos("bandpass", THUNDER["rumble"], LOW_RATE), _noise(rng, t.size)), 1.0)
        body += 0.5 * _to_rms(signal.sosfilt(_sos("bandpass", THUNDER["growl"], LOW_RATE), _noise(rng, t.size)), 1.0)
        # The sound of farther parts of the bolt arrives later: a few swells on the decay.
        rolls = 1.0 + sum(rng.uniform(*THUNDER["roll_size"]) * np.exp(-0.5 * ((t - rng.uniform(*THUNDER["roll_at_s"]))
                                                                          / rng.uniform(*THUNDER["roll_s"])) ** 2)
                          for _ in range(int(rng.integers(*THUNDER["rolls"]))))
        rumble = body * np.minimum(1.0, t / THUNDER["attack_s"]) * rolls * np.exp(-t / rng.uniform(*THUNDER["decay_s"]))
        low[start:start + t.size] += rumble * (gain / max(_rms(rumble[:2 * LOW_RATE]), 1e-12))
        first = round(onset * RATE)
        decay = rng.uniform(*THUNDER["crack_s"])
        u = np.arange(min(round(decay * 6 * RATE), n - first)) / RATE
        again = rng.uniform(*THUNDER["return_s"])
        crack = np.minimum(1.0, u / THUNDER["crack_attack_s"]) * (
            np.exp(-u / decay) + THUNDER["return_gain"] * (u > again) * np.exp(-(u - again) / decay))
        crack *= signal.sosfilt(_sos("bandpass", THUNDER["crack"], RATE), _noise(rng, u.size))
        crack *= gain * 10 ** (THUNDER["crack_db"] / 20) / max(_rms(crack[:round(0.1 * RATE)]), 1e-12)
        if scape.muffled:  # through a wall, a thud
            crack = signal.sosfilt(_sos("lowpass", MUFFLE_HZ, RATE), crack)
        high[first:first + u.size] += crack
    return (_muffle(low) if scape.muffled else low), high


MAKERS = {"room": _room, "rain": _rain, "wind": _wind, "waves": _waves, "birds": _birds, "crickets": _crickets,
          "city": _city, "thunder": _thunder}


def synthesise(soundscape: Soundscape, seconds: float, seed: int) -> np.ndarray:
    """The soundscape over `seconds`: mono float32 at RATE (48 kHz), exactly round(seconds * RATE)
    samples, faded in and out over FADE_S. The same (soundscape, seconds, seed) give the same
    samples; each layer draws from its own stream of the seed, so turning one layer on or off
    leaves the others as they were."""
    n = round(seconds * RATE)
    if n <= 0:
        return np.zeros(0, dtype=np.float32)
    n_low = -(-n // UP)
    low, high = np.zeros(n_low), np.zeros(n)
    for index, layer in enumerate(LAYERS):
        strength = getattr(soundscape, layer)
        if strength <= 0:
            continue
        rng = np.random.default_rng([seed % 2 ** 64, index])
        part_low, part_high = MAKERS[layer](rng, strength, soundscape, seconds, n_low, n)
        if part_low is not None:
            low += part_low
        if part_high is not None:
            high += part_high
    if low.any():
        high += signal.resample_poly(low, UP, 1)[:n]
    fade = min(round(FADE_S * RATE), n // 2)
    if fade:
        ramp = 0.5 - 0.5 * np.cos(np.pi * np.arange(fade) / fade)
        high[:fade] *= ramp
        high[n - fade:] *= ramp[::-1]
    return high.astype(np.float32)
