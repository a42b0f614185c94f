"""An original score, composed offline per scene from its mood and played by a General MIDI SoundFont.

A film's score is one piece: `theme(seed)` fixes what all its scenes share (the key's tonic, a
base tempo, which General MIDI instrument plays each role, a two-bar motif). `compose` writes one
scene's music as MIDI from its mood (mode, tempo, chord progression, parts: each a role, a
pattern, a register, a density and a dynamic) and the motif, recast in the mood's mode and
rhythm. `Synthesiser.render` plays it with TinySoundFont and MuseScore's General SoundFont
(Debian's musescore-general-soundfont-small, MIT), adds a little room, levels it to LEVEL_LUFS
and fades it in over ATTACK_S and out over the TAIL_S it runs past its scene, so that the next
scene's music can start under that tail.
"""

from __future__ import annotations

import functools
import hashlib
import math
import random
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pretty_midi
import tinysoundfont
from scipy.signal import butter, lfilter, oaconvolve, sosfilt

from ..errors import ToolMissingError
from ..script import MOODS

VERSION = "2"  # bump when the music changes: every scene's score is made again
SAMPLE_RATE = 48000
TAIL_S = 2.0  # each scene's music runs this long past its scene, fading out, under the next one's start
ATTACK_S = 0.4  # fade-in: a scene's music never starts with a click
# Integrated loudness (ITU-R BS.1770) of every scene's music: a bed under the narration. At -26 a
# film read by Piper had its speech a median 14 dB above the ducked score and ambience; the target is 15.
LEVEL_LUFS = -28.0
PEAK_DBFS = -1.0  # the level gives way rather than let a peak go above this
REVERB_S = 1.6  # the room's decay time (-60 dB): TinySoundFont plays the SoundFont dry
REVERB_WET = 0.25

SOUNDFONT = Path("/usr/share/sounds/sf3/MuseScore_General_Lite.sf3")
SOUNDFONT_PACKAGE = "musescore-general-soundfont-small"
SOUNDFONT_SHA256 = "916aaca6b0eb9f9083eb42399614acb2ff4ec72ce28dffff1814592a9696b479"

# Modes as semitones above the tonic.
MAJOR = (0, 2, 4, 5, 7, 9, 11)
MIXOLYDIAN = (0, 2, 4, 5, 7, 9, 10)
MINOR = (0, 2, 3, 5, 7, 8, 10)
HARMONIC_MINOR = (0, 2, 3, 5, 7, 8, 11)
WHOLE_TONE = (0, 2, 4, 6, 8, 10)

# The General MIDI programs (0-based) that may play each role; a film's theme picks one per role,
# so a role keeps its instrument from scene to scene.
ROLE_CHOICES: dict[str, tuple[int, ...]] = {
    "pad": (89, 88, 94, 49),  # warm pad, new-age pad, halo pad, slow strings
    # Not the grand pianos (0, 1): their middle velocities play near-silently under TinySoundFont
    # (their samples are stereo pairs; TinySoundFont issue #113).
    "keys": (4, 46, 24),  # electric piano, harp, nylon guitar
    "lead": (73, 71, 68),  # flute, clarinet, oboe
    "pluck": (45, 12),  # pizzicato strings, marimba
    "mallet": (8, 11, 9),  # celesta, vibraphone, glockenspiel
    "strings": (48,),  # string ensemble
    "tremolo": (44,),  # tremolo strings
    "bass": (32, 33),  # acoustic bass, fingered bass
    "reed": (70,),  # bassoon
    "cello": (42,),
    "timpani": (47,),
    "brass": (61,),  # brass section
    "horn": (60, 56),  # french horns, trumpet
}

# Each program's loudness in this SoundFont (dB): the loudest 100 ms of a note held 1.5 s at
# velocity 127, power-averaged over C3, C4 and C5 (tests/test_score.py measures it again). The
# composer levels its parts by it, so a part's `level` holds whichever instrument the theme chose.
PROGRAM_DB: dict[int, float] = {
    4: -25.1, 8: -26.5, 9: -24.4, 11: -19.4, 12: -23.7, 24: -22.6, 32: -12.2, 33: -13.4, 42: -18.0,
    44: -29.8, 45: -23.4, 46: -21.7, 47: -19.5, 48: -27.0, 49: -27.0, 56: -17.5, 60: -13.2, 61: -16.8,
    68: -19.8, 70: -20.4, 71: -24.9, 73: -22.2, 88: -22.7, 89: -21.9, 94: -19.8,
}
MIX_DB = -40.0  # where a part at level 0 sits before the render's levelling: room below every program

BPM_CHOICES = (84, 88, 92, 96, 100)
# The motif's rhythm: a first bar, then a bar that ends on a long note (beats).
MOTIF_OPENINGS = ((1, 1, 1, 1), (1.5, 0.5, 1, 1), (0.5, 0.5, 1, 2), (1, 0.5, 0.5, 2), (2, 1, 1))
MOTIF_ENDINGS = ((1, 1, 2), (0.5, 0.5, 1, 2), (1.5, 0.5, 2), (2, 2))
MOTIF_STEPS = (-2, -1, -1, 1, 1, 2, 3)  # mostly stepwise, an occasional leap


@dataclass(frozen=True)
class Theme:
    """What stays the same through one film, so its score sounds like one piece."""

    seed: int
    tonic: int  # pitch class of the key's tonic, 0 = C
    tempo: float  # base tempo (bpm); each mood plays at a multiple of it
    palette: tuple[tuple[str, int], ...]  # (role, General MIDI program)
    motif: tuple[tuple[int, float], ...]  # (scale degrees from the root of the chord it starts on, beats)

    def program(self, role: str) -> int:
        """The General MIDI program that plays `role` in this film."""
        return dict(self.palette)[role]


def theme(seed: int) -> Theme:
    """The film's theme, chosen deterministically from `seed`."""
    rng = random.Random(seed)
    palette = tuple((role, rng.choice(programs)) for role, programs in ROLE_CHOICES.items())
    rhythm = rng.choice(MOTIF_OPENINGS) + rng.choice(MOTIF_ENDINGS)
    degree, degrees = rng.choice((0, 2, 4)), []
    for _ in rhythm:
        degrees.append(degree)
        degree = min(7, max(-3, degree + rng.choice(MOTIF_STEPS)))
    # It comes to rest on a chord tone near the note before.
    degrees[-1] = min((0, 2, 4, 7), key=lambda d: (abs(d - degrees[-2]), d))
    return Theme(seed=seed, tonic=rng.randrange(12), tempo=float(rng.choice(BPM_CHOICES)), palette=palette,
                 motif=tuple(zip(degrees, rhythm)))


@dataclass(frozen=True)
class Part:
    """One instrument's line in a mood.

    kind: "chords" (the chord's tones together; a pad when `step` is the chord's length), "arpeggio"
    (its tones one at a time, up and down), "bass" (root, then fifth, alternating), "pedal" (the
    key's tonic, repeated under every chord), "sparse" (a chord tone now and then), "melody" (the
    theme's motif, stated then rested on, so the narration has room).
    """

    role: str  # a key of ROLE_CHOICES
    kind: str
    register: int  # the MIDI pitch the line centres on
    velocity: int  # touch: how hard each note is played (the instrument's timbre follows)
    level: float  # dB of one of its notes in the mix, whatever its instrument and velocity
    step: float = 1.0  # beats between notes (for a melody: how much the motif is stretched)
    hold: float = 1.0  # how much of each step a note sounds: < 0.5 staccato, 1 legato
    density: float = 1.0  # chance that a note (a melody: a statement of the motif) is played
    offset: float = 0.0  # beats after the chord's start of the first note (off-beat chords)
    voices: int = 3  # "chords": 4 adds the root an octave below


@dataclass(frozen=True)
class Style:
    """How a mood sounds."""

    mode: tuple[int, ...]
    tempo: float  # times the theme's tempo
    progressions: tuple[tuple[int, ...], ...]  # chord roots as scale degrees (0 = tonic); a scene plays one
    beats_per_chord: int
    parts: tuple[Part, ...]


STYLES: dict[str, Style] = {
    # A slow major bed: a pad, a low note per half bar, a few high notes, the motif now and then.
    "calm": Style(MAJOR, 0.75, ((0, 3, 5, 3), (0, 2, 3, 0)), 8, (
        Part("pad", "chords", 60, 50, -4, step=8),
        Part("keys", "bass", 43, 44, -6, step=4),
        Part("keys", "sparse", 69, 42, -4, step=1, density=0.3),
        Part("lead", "melody", 72, 50, -2, step=1.5, hold=0.95, density=0.5),
    )),
    # Brisk major: plucked eighths, a root-fifth bass, light strings, the motif on the lead.
    "happy": Style(MAJOR, 1.15, ((0, 4, 5, 3), (0, 3, 4, 0)), 4, (
        Part("pluck", "arpeggio", 67, 70, 0, step=0.5, hold=0.6),
        Part("bass", "bass", 40, 78, -4, step=2, hold=0.8),
        Part("strings", "chords", 62, 42, -10, step=4),
        Part("lead", "melody", 74, 74, 0, step=1, hold=0.85, density=0.8),
    )),
    # Staccato oom-pah in mixolydian: bassoon on the beat, short chords off it, the motif twice as fast.
    "playful": Style(MIXOLYDIAN, 1.05, ((0, 6, 3, 0), (0, 3, 6, 3)), 4, (
        Part("reed", "bass", 45, 80, -2, step=2, hold=0.3),
        Part("pluck", "chords", 64, 66, -4, step=2, hold=0.25, offset=1),
        Part("lead", "melody", 76, 76, 0, step=0.5, hold=0.45, density=0.8),
        Part("mallet", "sparse", 84, 52, -6, step=0.5, hold=0.4, density=0.12),
    )),
    # A minor ostinato: cello eighths on the tonic under moving chords, timpani on each chord, high tremolo.
    "tense": Style(HARMONIC_MINOR, 1.3, ((0, 0, 5, 4), (0, 5, 0, 4)), 4, (
        Part("cello", "pedal", 45, 84, 0, step=0.5, hold=0.55),
        Part("timpani", "bass", 43, 92, -7, step=4, hold=0.9),
        Part("tremolo", "chords", 74, 46, -12, step=4),
    )),
    # Slow minor: sustained strings, a slow arpeggio, the motif on the cello.
    "sad": Style(MINOR, 0.7, ((0, 5, 3, 4), (0, 3, 5, 6)), 8, (
        Part("strings", "chords", 62, 54, -5, step=8),
        Part("strings", "bass", 41, 50, -8, step=8),
        Part("keys", "arpeggio", 64, 44, -6, step=1),
        Part("cello", "melody", 57, 62, 0, step=1.5, hold=0.95, density=0.7),
    )),
    # Whole-tone: augmented chords on a pad over a low string line, flecks of celesta and the motif.
    "mysterious": Style(WHOLE_TONE, 0.8, ((0, 1, 0, 5), (0, 5, 4, 5)), 8, (
        Part("pad", "chords", 58, 52, -4, step=8),
        Part("strings", "bass", 38, 48, -8, step=8),
        Part("mallet", "sparse", 76, 48, -6, step=0.5, hold=0.8, density=0.25),
        Part("mallet", "melody", 67, 50, -2, step=1, density=0.5),
    )),
    # Brass in full major chords, string eighths, timpani and low strings on the beat, the motif on the horn.
    "triumphant": Style(MAJOR, 1.0, ((0, 3, 4, 0), (0, 5, 3, 4)), 4, (
        Part("brass", "chords", 60, 92, -4, step=2, hold=0.95, voices=4),
        Part("strings", "arpeggio", 72, 70, 0, step=0.5, hold=0.9),
        Part("strings", "bass", 40, 84, -6, step=1, hold=0.9),
        Part("timpani", "bass", 43, 96, -4, step=2, hold=0.5),
        Part("horn", "melody", 67, 100, 0, step=1, hold=0.95, density=0.9),
    )),
}


def style(mood: str) -> Style:
    """The Style of `mood`; an unknown mood is a ValueError naming the moods."""
    if mood not in STYLES:
        raise ValueError(f"unknown mood {mood!r}: the moods are {', '.join(MOODS)}")
    return STYLES[mood]


class _Harmony:
    """Pitches in one scene's key and mode."""

    def __init__(self, tonic: int, mode: tuple[int, ...]):
        self.tonic, self.mode = tonic, mode

    def semitones(self, degree: int) -> int:
        """Semitones of a scale degree above the tonic (degrees past the mode wrap into octaves)."""
        octave, index = divmod(degree, len(self.mode))
        return self.mode[index] + 12 * octave

    def triad(self, root: int) -> list[int]:
        """The pitch classes of the chord on `root` (scale degrees stacked in thirds): root, third, fifth."""
        return [(self.tonic + self.semitones(root + 2 * i)) % 12 for i in range(3)]

    def above(self, pitch: int, root: int, degrees: int) -> int:
        """The pitch `degrees` scale steps from `pitch`, which sounds scale degree `root`."""
        return pitch + self.semitones(root + degrees) - self.semitones(root)


def _near(pitch_class: int, centre: int) -> int:
    """The pitch of `pitch_class` closest to `centre` (ties go down)."""
    return centre + (pitch_class - centre + 6) % 12 - 6


def _accent(beat: float) -> int:
    """Metre: the bar's downbeat is leaned on, beats a little, off-beats not."""
    return 10 if beat % 4 == 0 else 4 if beat % 1 == 0 else 0


def _notes(part: Part, chords: list[int], span: int, harmony: _Harmony, motif: tuple[tuple[int, float], ...],
           rng: random.Random):
    """(beat, beats, pitch, velocity) of `part`'s notes over `chords`, each `span` beats long."""
    end = len(chords) * span
    if part.kind == "melody":
        period = 2 * sum(beats for _, beats in motif) * part.step  # a statement, then as long a rest
        for k in range(math.ceil(end / period)):
            if rng.random() >= part.density:
                continue
            beat = k * period
            root = chords[int(beat // span)]
            start = _near(harmony.triad(root)[0], part.register)
            for degree, beats in motif:
                if beat >= end:
                    break
                pitch = harmony.above(start, root, degree)
                length = beats * part.step
                if length >= 1:  # a long note rests on a tone of the chord under it
                    pitch = min((_near(pc, pitch) for pc in harmony.triad(chords[int(beat // span)])),
                                key=lambda p: (abs(p - pitch), p))
                yield beat, length * part.hold, pitch, part.velocity + _accent(beat)
                beat += length
        return
    for index, root in enumerate(chords):
        triad = harmony.triad(root)
        tones = sorted(_near(pc, part.register) for pc in triad)
        beat, n = index * span + part.offset, 0
        while beat < (index + 1) * span:
            velocity = part.velocity + _accent(beat)
            if part.kind == "chords":
                extra = [_near(triad[0], part.register - 12)] if part.voices == 4 else []
                for pitch in tones + extra:
                    yield beat, part.step * part.hold, pitch, velocity
            elif part.kind == "arpeggio":
                cycle = tones + [tones[0] + 12] + tones[:0:-1]  # up through the octave and back
                yield beat, part.step * part.hold, cycle[n % len(cycle)], velocity
            elif part.kind == "bass":
                yield beat, part.step * part.hold, _near(triad[n % 2 * 2], part.register), velocity
            elif part.kind == "pedal":
                yield beat, part.step * part.hold, _near(harmony.tonic, part.register), velocity
            elif part.kind == "sparse":
                if rng.random() < part.density:
                    yield beat, part.step * part.hold, rng.choice(tones + [tones[0] + 12]), velocity
            else:
                raise ValueError(f"unknown part kind {part.kind!r}")
            beat += part.step
            n += 1


def _volume(gain_db: float) -> int:
    """The channel volume (CC 7) for `gain_db`: TinySoundFont's gain is (CC 7 / 127) cubed."""
    return max(0, min(127, round(128 * 10 ** (min(gain_db, 0.0) / 60) - 1)))


def compose(mood: str, seconds: float, theme: Theme, index: int) -> pretty_midi.PrettyMIDI:
    """One scene's music: `seconds` of `mood` plus TAIL_S to fade out under the next scene.

    Deterministic: `index` (the scene's position) is mixed into the theme's seed, so scenes of one
    mood differ (progression, the motif's form, which notes the sparse parts play, touch) while the
    key, tempo, instruments and motif stay the film's.
    """
    mood_style = style(mood)
    if seconds < 0:
        raise ValueError(f"a scene lasts at least 0 seconds, not {seconds}")
    rng = random.Random(f"{theme.seed}/{index}/{mood}")
    bpm = theme.tempo * mood_style.tempo
    beat_s = 60.0 / bpm
    total = seconds + TAIL_S
    span = mood_style.beats_per_chord
    progression = rng.choice(mood_style.progressions)
    chords = [progression[i % len(progression)] for i in range(math.ceil(total / (span * beat_s)))]
    # The motif as stated, upside down, or a third higher: one idea, varied from scene to scene.
    form = rng.choice((1, -1, 2))
    motif = tuple((d + 2 if form == 2 else d * form, beats) for d, beats in theme.motif)
    harmony = _Harmony(theme.tonic, mood_style.mode)
    midi = pretty_midi.PrettyMIDI(initial_tempo=bpm)
    for part in mood_style.parts:
        program = theme.program(part.role)
        instrument = pretty_midi.Instrument(program=program, name=f"{mood} {part.kind} ({part.role})")
        gain_db = MIX_DB + part.level - PROGRAM_DB[program] - 20 * math.log10(part.velocity / 127)
        instrument.control_changes.append(pretty_midi.ControlChange(7, _volume(gain_db), 0.0))
        for beat, beats, pitch, velocity in _notes(part, chords, span, harmony, motif, rng):
            start = beat * beat_s
            if start >= total:
                continue
            velocity = max(1, min(127, velocity + rng.randint(-5, 5)))  # a player's touch is never even
            instrument.notes.append(pretty_midi.Note(velocity=velocity, pitch=max(21, min(108, pitch)),
                                                     start=start, end=min(total, start + beats * beat_s)))
        midi.instruments.append(instrument)
    return midi


_verified: set[Path] = set()


def soundfont(path: Path = SOUNDFONT) -> Path:
    """The General MIDI SoundFont, its sha256 checked once per process; missing or different is a
    ToolMissingError (a StoryreelError) that says what to install."""
    if path in _verified:
        return path
    install = (f"install it with `bash scripts/system-deps.sh` (the Debian package {SOUNDFONT_PACKAGE}), or render "
               "with --no-music")
    if not path.is_file():
        raise ToolMissingError(f"the score's SoundFont {path} is missing: {install}")
    digest = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    if digest.hexdigest() != SOUNDFONT_SHA256:
        raise ToolMissingError(f"the score's SoundFont {path} is not the one storyreel was made with "
                               f"(sha256 {digest.hexdigest()}, expected {SOUNDFONT_SHA256}): {install}")
    _verified.add(path)
    return path


@functools.cache
def _room() -> np.ndarray:
    """A small room's impulse response: noise decaying by 60 dB over REVERB_S, kept to 250 Hz-5 kHz
    (a room that rings in the bass muddies the pulse of a low line), energy 1."""
    n = int(REVERB_S * SAMPLE_RATE)
    ir = np.random.default_rng(0).standard_normal(n) * np.exp(-6.9 * np.arange(n) / n)
    ir = sosfilt(butter(2, (250, 5000), "bandpass", fs=SAMPLE_RATE, output="sos"), ir)
    ir[: int(0.02 * SAMPLE_RATE)] = 0.0  # the first reflection arrives after 20 ms
    return ir / np.sqrt(np.sum(ir**2))


# ITU-R BS.1770's K-weighting at 48 kHz (a high shelf, then a high-pass): loudness as ears weigh it,
# so a bass-heavy mood is not levelled louder than a bright one.
K_WEIGHTING = (
    ((1.53512485958697, -2.69169618940638, 1.19839281085285), (1.0, -1.69065929318241, 0.73248077421585)),
    ((1.0, -2.0, 1.0), (1.0, -1.99004745483398, 0.99007225036621)),
)


def loudness(x: np.ndarray) -> float | None:
    """Integrated loudness (LUFS) of mono 48 kHz audio as ITU-R BS.1770 gates it: 400 ms blocks every
    100 ms, those above -70 LUFS, then those within 10 LU of their mean; None if nothing sounds."""
    for b, a in K_WEIGHTING:
        x = lfilter(b, a, x)
    block, hop = SAMPLE_RATE * 4 // 10, SAMPLE_RATE // 10
    squares = np.concatenate(([0.0], np.cumsum(x * x)))
    starts = np.arange(0, max(1, len(x) - block + 1), hop)
    power = (squares[np.minimum(starts + block, len(x))] - squares[starts]) / block
    power = power[power > 10 ** ((-70 + 0.691) / 10)]
    if not len(power):
        return None
    power = power[power > np.mean(power) / 10]
    return -0.691 + 10 * math.log10(np.mean(power))


def _envelope(n: int) -> np.ndarray:
    """Raised-cosine fade-in over ATTACK_S and fade-out to silence over the last TAIL_S."""
    env = np.ones(n)
    attack, tail = min(n, round(ATTACK_S * SAMPLE_RATE)), min(n, round(TAIL_S * SAMPLE_RATE))
    env[:attack] *= 0.5 - 0.5 * np.cos(np.pi * np.arange(attack) / attack)
    env[n - tail:] *= 0.5 + 0.5 * np.cos(np.pi * np.arange(1, tail + 1) / tail)
    return env


class Synthesiser:
    """Plays MIDI with TinySoundFont and the General MIDI SoundFont. The SoundFont (about 2-3 s to
    load) is loaded on the first render and kept: make one per process and reuse it."""

    # How long to let voices cut off by the last render die away before the next one starts.
    FLUSH_SAMPLES = SAMPLE_RATE // 10

    def __init__(self, path: Path = SOUNDFONT):
        self._path = path
        self._synth = None
        self._sfid = 0
        self._lock = threading.Lock()  # one synthesiser state: renders take turns

    def _load(self):
        synth = tinysoundfont.Synth(samplerate=SAMPLE_RATE)
        self._sfid = synth.sfload(str(soundfont(self._path)))
        self._synth = synth

    def render(self, midi: pretty_midi.PrettyMIDI, seconds: float) -> np.ndarray:
        """`midi`'s notes and controllers played for exactly round(seconds * 48000) samples: float32
        mono at 48 kHz, with a little room, levelled to LEVEL_LUFS over what sounds before the
        tail (peaks kept under PEAK_DBFS), faded in over ATTACK_S and out over the last TAIL_S. Deterministic:
        the same MIDI gives the same samples."""
        n = round(seconds * SAMPLE_RATE)
        if n <= 0:
            return np.zeros(0, np.float32)
        dry = self.play(midi, seconds).mean(axis=1, dtype=np.float64)
        x = dry + REVERB_WET * oaconvolve(dry, _room())[:n]
        scene = n - round(TAIL_S * SAMPLE_RATE)  # levelled where it plays alone, not under the next scene
        level = loudness(x[:scene] if scene >= SAMPLE_RATE else x)
        if level is None:  # nothing sounded
            return np.zeros(n, np.float32)
        gain = min(10 ** ((LEVEL_LUFS - level) / 20), 10 ** (PEAK_DBFS / 20) / np.abs(x).max())
        return (x * gain * _envelope(n)).astype(np.float32)

    def play(self, midi: pretty_midi.PrettyMIDI, seconds: float) -> np.ndarray:
        """The synthesiser's raw output for `midi`: round(seconds * 48000) stereo float32 frames,
        from silence, as loud as the SoundFont plays it."""
        with self._lock:
            if self._synth is None:
                self._load()
            return self._play(midi, round(seconds * SAMPLE_RATE))

    def _play(self, midi: pretty_midi.PrettyMIDI, n: int) -> np.ndarray:
        synth = self._synth
        # Start from a clean state: every voice off, controllers reset, what still rings let die out.
        synth.sounds_off()
        for channel in range(16):
            synth.control_change(channel, 121, 0)
        synth.generate_simple(self.FLUSH_SAMPLES)
        events = []  # (sample, order at one sample: offs before controllers before ons, channel, key/number, value)
        melodic = iter([c for c in range(16) if c != 9])  # channel 10 is General MIDI's drums
        for instrument in midi.instruments:
            channel = 9 if instrument.is_drum else next(melodic, None)
            if channel is None:
                raise ValueError("more than 15 melodic instruments: General MIDI has 15 melodic channels")
            synth.program_select(channel, self._sfid, 0, instrument.program, is_drums=instrument.is_drum)
            for note in instrument.notes:
                events.append((round(note.start * SAMPLE_RATE), 2, channel, note.pitch, note.velocity))
                events.append((round(note.end * SAMPLE_RATE), 0, channel, note.pitch, 0))
            for change in instrument.control_changes:
                events.append((round(change.time * SAMPLE_RATE), 1, channel, change.number, change.value))
        out = np.zeros((n, 2), np.float32)
        done = 0
        for at, order, channel, key, value in sorted(events):
            if at >= n:
                break
            if at > done:
                synth.generate_simple(at - done, buffer=memoryview(out[done:at]))
                done = at
            if order == 2:
                synth.noteon(channel, key, value)
            elif order == 1:
                synth.control_change(channel, key, value)
            else:
                synth.noteoff(channel, key)
        if done < n:
            synth.generate_simple(n - done, buffer=memoryview(out[done:]))
        return out


def render_scene(mood: str, seconds: float, seed: int, index: int, synth: Synthesiser) -> np.ndarray:
    """The music of a scene: `seconds` of `mood` plus TAIL_S fading out (see compose and render)."""
    return synth.render(compose(mood, seconds, theme(seed), index), seconds + TAIL_S)
