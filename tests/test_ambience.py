"""Ambience: which layers a scene has (decided from its place, time, weather and view, thunder on
the renderer's own flashes), and the sound itself measured: exact length, determinism, stated
levels, each layer found by its band and its rhythm when on and absent when off, thunder after
each flash, no clipping, fades at both ends."""

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import numpy as np
import pytest
from PIL import Image

from storyreel.animatic.renderer import SceneRenderer
from storyreel.project import Project
from storyreel.script import validate_script
from storyreel.sound import ambience
from storyreel.sound.ambience import LAYERS, LEVEL_DBFS, RATE, THUNDER_DELAY_S, Soundscape, soundscape_of, synthesise

PLACES = {
    "harbour": ("The Harbour", "A small fishing harbour with boats and gulls."),
    "street": ("Main Street", "A busy city street with shops and lamps."),
    "kitchen": ("Grandma's Kitchen", "A warm kitchen with a big oven."),
    "lighthouse": ("The Lighthouse", "A tall white lighthouse on the rocks by the sea."),
    "forest": ("The Deep Forest", "Tall pines and mossy stones."),
    "cottage": ("Rose Cottage", "A little cottage with roses by the door."),
}


def make_script(*scenes, fps=12, seed=5):
    """A script with every place of PLACES and one scene per (id, background, time, weather, view)."""
    return validate_script({
        "title": "Sounds", "fps": fps, "width": 320, "height": 180, "seed": seed,
        "entities": [{"id": k, "name": n, "kind": "location", "description": d} for k, (n, d) in PLACES.items()],
        "scenes": [{"id": sid, "description": "d", "narration": "n", "duration_s": 4.0, "background": place,
                    "time": time, "weather": weather, **({"view": view} if view else {})}
                   for sid, place, time, weather, view in scenes],
    })


def scape(place, time="day", weather="clear", view=None, frames=48, look=None):
    script = make_script(("s1", place, time, weather, view))
    return soundscape_of(script.scenes[0], script, frames, script.fps, look=look)


def db(x) -> float:
    return 10 * np.log10(np.mean(np.square(x, dtype=np.float64)) + 1e-30)


def band_share(x, low, high) -> float:
    """Share of the signal's power between `low` and `high` Hz."""
    power = np.abs(np.fft.rfft(x.astype(np.float64))) ** 2
    hz = np.fft.rfftfreq(x.size, 1 / RATE)
    return float(power[(hz >= low) & (hz < high)].sum() / power.sum())


def band(x, low, high):
    """Only what lies between `low` and `high` Hz (a brick wall: nothing of a neighbour leaks in)."""
    spectrum = np.fft.rfft(x.astype(np.float64))
    hz = np.fft.rfftfreq(x.size, 1 / RATE)
    spectrum[(hz < low) | (hz >= high)] = 0
    return np.fft.irfft(spectrum, x.size)


def block_rms(x, seconds):
    size = round(seconds * RATE)
    n = x.size // size
    return np.sqrt(np.mean(np.square(x[:n * size].astype(np.float64)).reshape(n, size), axis=1))


def middle(x):
    """The sound without its fades."""
    fade = round(ambience.FADE_S * RATE)
    return x[fade:x.size - fade]


# ----------------------------------------------------------------------------- what a scene has


def test_a_harbour_by_day_has_waves_and_birds():
    heard = scape("harbour", "day")
    assert heard.waves > 0 and heard.birds > 0
    assert heard.room == heard.crickets == heard.city == heard.rain == heard.thunder == 0
    assert not heard.muffled and heard.thunder_at == ()


def test_a_city_street_at_night_in_rain_has_traffic_and_rain_and_no_birds_or_crickets():
    heard = scape("street", "night", "rain")
    assert heard.city > 0 and heard.rain > 0
    assert heard.birds == heard.crickets == heard.waves == heard.room == 0
    assert heard.city < scape("street", "day", "rain").city  # less traffic at night


def test_a_kitchen_is_a_quiet_room_with_the_rain_outside_muffled():
    dry = scape("kitchen", "day")
    assert dry.layers() == {"room": 1.0} and dry.muffled
    wet = scape("kitchen", "night", "rain")
    assert wet.muffled and wet.room > 0 and 0 < wet.rain < scape("street", "night", "rain").rain
    assert wet.birds == wet.crickets == wet.city == 0


def test_the_view_picks_the_side_heard():
    outside = scape("kitchen", "day", view="outside")  # the house on its street: no room tone
    assert outside.room == 0 and not outside.muffled and outside.birds > 0
    inside = scape("lighthouse", "night", "storm", view="inside")  # the lamp room: the sea through the walls
    assert inside.muffled and inside.room > 0 and 0 < inside.waves < scape("lighthouse", "night", "storm").waves
    assert inside.birds == inside.crickets == 0 and inside.thunder > 0 and inside.thunder_at


def test_birds_by_day_crickets_by_night_neither_in_a_storm():
    dawn, night, storm = scape("forest", "dawn"), scape("forest", "night"), scape("forest", "night", "storm")
    assert dawn.birds > 0 and dawn.crickets == 0
    assert night.crickets > 0 and night.birds == 0
    assert storm.birds == storm.crickets == 0 and storm.rain == storm.wind == storm.thunder == 1.0


def test_a_look_from_the_cast_decides_the_place():
    """A cottage's words name no room; the cast (its model) may still have made it one."""
    assert scape("cottage").room == 0
    indoor = {"kind": "location", "terrain": "indoor", "horizon": 0.57, "other": {"terrain": "grass"}}
    heard = scape("cottage", "night", "rain", look=indoor)
    assert heard.room > 0 and heard.muffled and heard.rain > 0 and heard.crickets == 0


def test_thunder_falls_on_the_flashes_the_renderer_draws(tmp_path):
    project = Project(tmp_path / "proj")
    project.cast("street").parent.mkdir(parents=True)
    Image.new("RGB", (400, 225), (90, 90, 100)).save(project.cast("street"))  # the user's own picture
    script = make_script(("s1", "harbour", "day", "clear", None), ("s2", "street", "night", "storm", None), seed=11)
    scene, frames = script.scenes[1], 150
    flash = SceneRenderer(script, project, scene, frames).weather.flash
    lit = flash > 0
    starts = np.flatnonzero(lit & ~np.concatenate([[False], lit[:-1]]))
    heard = soundscape_of(scene, script, frames, script.fps)
    assert len(starts) >= 3
    assert heard.thunder_at == tuple(round(f / script.fps, 4) for f in starts)
    assert soundscape_of(script.scenes[0], script, frames, script.fps).thunder_at == ()


def test_a_soundscape_refuses_strengths_out_of_range():
    with pytest.raises(ValueError, match="rain"):
        Soundscape(rain=1.5)
    with pytest.raises(ValueError, match="thunder_at"):
        Soundscape(thunder=1.0, thunder_at=(-1.0,))


# ----------------------------------------------------------------------------- the sound

EVERYTHING = Soundscape(**{name: 1.0 for name in LAYERS}, thunder_at=(0.5, 2.4, 4.3, 7.0))


@pytest.mark.parametrize("seconds", [0.5, 1.2345, 4.0])
def test_exact_length_float32_mono(seconds):
    x = synthesise(EVERYTHING, seconds, 1)
    assert x.dtype == np.float32 and x.ndim == 1 and x.size == round(seconds * RATE)
    assert np.isfinite(x).all()


def test_deterministic_from_the_seed():
    a, b, c = (synthesise(EVERYTHING, 3.0, seed) for seed in (7, 7, 8))
    assert np.array_equal(a, b)
    assert not np.allclose(a, c)


def test_each_layer_keeps_its_own_sound_when_another_is_added():
    rain, birds = Soundscape(rain=0.6), Soundscape(birds=1.0)
    both = synthesise(Soundscape(rain=0.6, birds=1.0), 3.0, 4)
    assert np.allclose(both, synthesise(rain, 3.0, 4) + synthesise(birds, 3.0, 4), atol=1e-6)


def test_nothing_on_is_silence():
    assert not synthesise(Soundscape(), 2.0, 1).any()


@pytest.mark.parametrize("layer, muffled", [("room", False), ("rain", False), ("wind", False), ("waves", False),
                                            ("crickets", False), ("city", False),
                                            ("rain", True), ("wind", True), ("waves", True)])
def test_continuous_layers_play_at_their_stated_level(layer, muffled):
    for strength in (1.0, 0.5):
        x = synthesise(Soundscape(**{layer: strength}, muffled=muffled), 20.0, 3)
        assert abs(db(middle(x)) - (LEVEL_DBFS[layer] + 20 * np.log10(strength))) < 0.6


def test_no_clipping_even_with_every_layer_at_full_strength():
    for seed in range(3):
        x = synthesise(EVERYTHING, 10.0, seed)
        assert np.abs(x).max() < 0.5
        assert db(middle(x)) < -20  # well under a voice (about -19 dBFS RMS at -16 LUFS)


def test_fades_in_and_out():
    x = synthesise(Soundscape(rain=1.0, wind=1.0), 4.0, 2)
    edge = round(0.01 * RATE)
    assert x[0] == 0 and abs(x[-1]) < 1e-4
    assert db(x[:edge]) < db(middle(x)) - 30 and db(x[-edge:]) < db(middle(x)) - 30
    assert abs(db(x[round(0.4 * RATE):round(0.6 * RATE)]) - db(middle(x))) < 3  # full level once faded in


def test_a_room_is_far_quieter_than_a_storm():
    room = synthesise(scape("kitchen", "day"), 4.0, 1)
    storm = synthesise(scape("street", "night", "storm"), 4.0, 1)
    assert db(room) < -50 and db(storm) > db(room) + 20


def test_birds_chirp_in_2_to_6_khz_by_day_and_not_at_night():
    day = synthesise(scape("forest", "dawn"), 20.0, 6)
    night = synthesise(scape("forest", "night"), 20.0, 6)
    # Crickets sing at 4-5 kHz: the birds' own bands are the sweeps' ends below and above.
    chirps = band(day, 2000, 3800) + band(day, 5200, 6000)
    assert db(chirps) > db(band(night, 2000, 3800) + band(night, 5200, 6000)) + 30
    # Short notes: the band's 20 ms blocks are loud only now and then.
    blocks = block_rms(chirps, 0.02)
    loud = blocks > blocks.max() * 0.1
    assert 0.02 < loud.mean() < 0.6
    birds = synthesise(Soundscape(birds=1.0), 20.0, 6)
    assert band_share(birds, 2000, 6000) > 0.8  # the notes (their faint harmonics above)


def pulsing(x) -> float:
    """How strongly the 4-5 kHz band beats at a cricket's pulse rate (22-48 a second): the peak of
    its envelope's spectrum there over the spectrum's median (random noise: about 4-5)."""
    envelope = block_rms(middle(band(x, 3900, 5100)), 0.002)
    spectrum = np.abs(np.fft.rfft(envelope - envelope.mean()))
    hz = np.fft.rfftfreq(envelope.size, 0.002)
    return float(spectrum[(hz >= 22) & (hz <= 48)].max() / np.median(spectrum[(hz > 2) & (hz < 200)]))


def test_crickets_trill_in_pulses_at_4_to_5_khz_at_night_only():
    crickets = synthesise(Soundscape(crickets=1.0), 10.0, 3)
    assert band_share(crickets, 3900, 5100) > 0.95
    night = synthesise(scape("forest", "night"), 10.0, 3)
    snowing = synthesise(scape("forest", "night", "snow"), 10.0, 3)  # crickets keep quiet in the cold
    raining = synthesise(scape("forest", "night", "rain"), 10.0, 3)  # ... and in the rain, which fills the band
    assert db(band(night, 3900, 5100)) > db(band(snowing, 3900, 5100)) + 40
    assert pulsing(night) > 12 and pulsing(raining) < 8


def test_waves_swell_every_few_seconds_and_rain_does_not():
    waves = block_rms(middle(synthesise(Soundscape(waves=1.0), 40.0, 2)), 0.25)
    rain = block_rms(middle(synthesise(Soundscape(rain=1.0), 40.0, 2)), 0.25)
    assert waves.std() / waves.mean() > 0.3 and rain.std() / rain.mean() < 0.2
    # The swell's rhythm: most of the envelope's movement is slower than one every 4 s.
    spectrum = np.abs(np.fft.rfft(waves - waves.mean())) ** 2
    hz = np.fft.rfftfreq(waves.size, 0.25)
    assert spectrum[(hz > 0) & (hz <= 0.25)].sum() > 0.6 * spectrum[hz > 0].sum()


def test_rain_is_broadband_and_crackles_wind_is_low_and_gusts():
    rain = middle(synthesise(Soundscape(rain=1.0), 10.0, 1))
    wind = middle(synthesise(Soundscape(wind=1.0), 30.0, 1))
    assert band_share(rain, 1000, 12000) > 0.8
    ticks = band(rain, 1000, 12000)
    assert np.mean(ticks ** 4) / np.mean(ticks ** 2) ** 2 > 4  # drops: more big moments than plain noise (3)
    assert band_share(wind, 20, 1500) > 0.95 and band_share(wind, 20, 500) > 0.5
    gusts = block_rms(wind, 0.25)
    assert gusts.std() / gusts.mean() > 0.2


def test_city_is_a_low_hum():
    city = middle(synthesise(Soundscape(city=1.0), 20.0, 1))
    assert band_share(city, 20, 1000) > 0.85 and band_share(city, 20, 200) > 0.4
    assert band_share(city, 2000, 24000) < 0.01


@pytest.mark.parametrize("muffled", [False, True])
def test_thunder_starts_just_after_each_flash(muffled):
    """Strikes as close as the renderer draws them (1.6 s apart at the least): each is heard to
    start (its crack outside, in the band above the rumble; its thud through a wall) within
    0.1 s after THUNDER_DELAY_S, over what is left of the one before."""
    strikes = (0.6, 2.2, 4.6, 6.3)
    for seed in range(4):
        x = synthesise(Soundscape(thunder=1.0, muffled=muffled, thunder_at=strikes), 9.0, seed)
        level = block_rms(x if muffled else band(x, 1000, 24000), 0.005)  # 5 ms blocks
        for at in strikes:
            first = round(at / 0.005)
            before = level[first:round((at + THUNDER_DELAY_S - 0.01) / 0.005)].max()
            onset = at + np.flatnonzero(level[first:] > 2 * before)[0] * 0.005
            assert THUNDER_DELAY_S - 0.01 <= onset - at <= THUNDER_DELAY_S + 0.1, (seed, at, onset)
    assert not synthesise(Soundscape(thunder=1.0, thunder_at=()), 3.0, 1).any()  # no strike, no thunder


def test_muffled_is_low_passed():
    outside = middle(synthesise(Soundscape(rain=1.0), 6.0, 1))
    inside = middle(synthesise(Soundscape(rain=1.0, muffled=True), 6.0, 1))
    assert band_share(outside, 2000, 24000) > 0.5 and band_share(inside, 2000, 24000) < 0.01
