"""The people kit (Open Peeps from react-peeps): description -> look -> parts, drawing every pose,
the kit's install checks, and casting with the real model."""

from __future__ import annotations

import io
import os
import tarfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from storyreel.cast import people
from storyreel.cast.people import kit
from storyreel.cast.people import look as looks
from storyreel.config import load_config
from storyreel.errors import StoryreelError, ToolMissingError
from storyreel.script import EXPRESSIONS, POSES, Entity

from conftest import with_set_up_art

GOLDEN = Path(__file__).parent / "golden" / "people"
CACHE = load_config(environ={}).cache_path()
needs_kit = pytest.mark.skipif(not kit.available(CACHE), reason="the people kit is set up by scripts/setup.sh")


def said(description: str, name: str = "Someone", language: str = "en") -> dict:
    return people.said_of(Entity(id="x", name=name, kind="character", description=description), language)


def person(description: str, name: str = "Someone", key: str = "x", language: str = "en") -> dict:
    return looks.person(key, description, said(description, name, language))


# -- the description read by code ---------------------------------------------------------------

def test_an_old_man_with_short_brown_hair_keeps_it_brown_and_has_an_old_face():
    look = person("An old man with short brown hair.")
    assert (look["sex"], look["age"], look["hair_colour"], look["hair"]) == ("male", "old", "brown", "Short")
    assert looks.figure(look).face == "OldAged"


def test_a_girl_of_seven_with_red_pigtails_is_a_small_girl_with_red_buns():
    look = person("A girl of seven with red pigtails.")
    assert (look["sex"], look["age"], look["hair"], look["hair_colour"]) == ("female", "child", "Buns", "red")
    assert look["scale"] < 1.0


def test_a_woman_in_a_yellow_raincoat_wears_it_in_its_own_colour():
    look = person("A woman in a yellow raincoat.")
    assert look["sex"] == "female" and look["top"] == "yellow" and look["outfit"] == "WB"  # on the light piece


def test_a_conductor_in_a_blue_cap_wears_a_blue_hat():
    look = person("A conductor in a blue cap.")
    assert look["hair"] == "HatHip" and look["hat_colour"] == "blue"
    assert looks.figure(look).hat_colour == looks.COLOURS["blue"]


def test_grey_hair_beards_and_glasses():
    look = person("An old man with a white beard and round glasses.")
    assert look["facial_hair"] == "GrayFull" and look["accessory"] == "GlassRound" and look["hair_colour"] == "white"
    assert person("A man with a black moustache.")["facial_hair"] == "MoustacheThin"
    old_woman = person("An old woman.")
    assert old_woman["hair"] in ("GrayBun", "GrayMedium") and old_woman["hair_colour"] == "grey"


def test_the_name_says_what_the_description_does_not():
    look = person("A person.", name="Grandpa Joe")
    assert (look["sex"], look["age"]) == ("male", "old")
    assert person("A person.", name="die Bäckerin", language="de")["sex"] == "female"


def test_unsaid_stays_neutral_and_stable():
    first, again = person("A person."), person("A person.")
    assert first == again  # the same person looks the same on every run
    assert first["sex"] is None and first["hair"] in looks.HAIR_STYLES[(None, "adult")]
    assert person("A person.", key="y") != first  # two people of one film differ


def test_clothes_colours_name_what_they_colour():
    assert looks.clothes("A tall man in a green jacket and brown trousers.") == {"top": "green", "bottom": "brown"}
    assert looks.clothes("A boy dressed in red.") == {"top": "red", "bottom": "red"}
    assert looks.clothes("A woman with a kind smile.") == {}


def test_a_group_is_two_to_four_members_of_one_look():
    group = person("A group of fishermen.", name="the fishermen")
    assert 2 <= len(group["members"]) <= 4
    assert len({(m["hair"], m["skin"], m["top"]) for m in group["members"]}) == len(group["members"])
    assert len(looks.members(person("Two children in blue coats.", name="the children"))) == 2


def test_every_pose_and_expression_has_parts():
    look = person("A woman.")
    for pose in POSES:
        for expression in EXPRESSIONS:
            figure = looks.figure(look, pose, expression)
            assert figure.body and figure.face
    assert looks.figure(look, "sleep").face == looks.SLEEP_FACE


def test_animals_and_creatures_are_not_people():
    for name, description in [("Leo", "A lion made of light."), ("Rex", "A white dog."), ("Robo", "A robot.")]:
        assert not people.is_person(said(description, name))
    assert people.is_person(said("A person.", "Mia"))


# -- drawing ---------------------------------------------------------------------------------------

GOLDEN_LOOK = {"kind": "character", "kit": "open-peeps", "sex": "female", "age": "adult", "scale": 1.0,
               "clothes": {"top": "yellow"}, "hair": "Long", "hair_colour": "brown", "facial_hair": None,
               "accessory": None, "hat_colour": None, "skin": "#d29b72", "top": "yellow", "bottom": "#34405a",
               "outfit": "WB", "smart": False}  # a one-person look: its member's fields are the look's


@needs_kit
@pytest.mark.parametrize("pose", POSES)
def test_each_pose_matches_its_golden_image(pose):
    """One golden picture per pose (tests/golden/people; UPDATE_GOLDEN=1 rewrites them
    after a deliberate change of the kit or the colouring)."""
    image = people.sprite(CACHE, GOLDEN_LOOK, pose, "happy" if pose == "wave" else "neutral", height=240)
    path = GOLDEN / f"{pose}.png"
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        image.save(path)
    golden = Image.open(path).convert("RGBA")
    assert image.size == golden.size
    diff = np.abs(np.asarray(image, dtype=np.int16) - np.asarray(golden, dtype=np.int16))
    assert diff.mean() < 1.5, f"{pose}: mean difference {diff.mean():.2f} from {path}"


@needs_kit
def test_a_drawn_person_has_the_colours_of_the_look():
    image = np.asarray(people.sprite(CACHE, GOLDEN_LOOK, "stand", height=360).convert("RGBA")).astype(int)
    opaque = image[image[..., 3] > 200][:, :3]
    yellow = np.array([int(looks.COLOURS["yellow"][i:i + 2], 16) for i in (1, 3, 5)])
    skin = np.array([int(GOLDEN_LOOK["skin"][i:i + 2], 16) for i in (1, 3, 5)])
    # The clothes and the skin cover real parts of the figure, not specks.
    assert (np.abs(opaque - yellow).sum(axis=1) < 60).mean() > 0.08
    assert (np.abs(opaque - skin).sum(axis=1) < 60).mean() > 0.02


@needs_kit
def test_lying_is_turned_flat_sitting_is_lower_and_a_group_is_wider():
    stand = people.sprite(CACHE, GOLDEN_LOOK, "stand", height=240)
    lie = people.sprite(CACHE, GOLDEN_LOOK, "lie", height=240)
    sit = people.sprite(CACHE, GOLDEN_LOOK, "sit", height=240)
    assert lie.width > lie.height * 2 and stand.height > stand.width * 2
    assert sit.height < stand.height * 0.8
    group = people.sprite(CACHE, person("A group of fishermen.", name="the fishermen"), height=240)
    assert group.width > stand.width * 1.8


@needs_kit
def test_a_child_is_drawn_smaller():
    child = people.sprite(CACHE, person("A little boy."), height=240)
    grown = people.sprite(CACHE, person("A man."), height=240)
    assert child.height < grown.height * 0.8


@needs_kit
def test_the_drawn_record_names_the_parts():
    record = people.parts_drawn(person("A woman in a yellow raincoat."), "run", "afraid")
    assert record["kit"] == "open-peeps" and record["pose"] == "run" and record["expression"] == "afraid"
    (member,) = record["members"]
    assert member["body"].startswith("Walking") and member["face"] == "Fear" and member["top"] == "yellow"


# -- install checks ----------------------------------------------------------------------------------

def test_a_tarball_that_is_not_the_pinned_package_is_refused(tmp_path):
    tarball = tmp_path / "react-peeps-0.1.10.tgz"
    with tarfile.open(tarball, "w:gz") as tar:
        data = b'{"name": "react-peeps"}'
        info = tarfile.TarInfo("package/package.json")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    with pytest.raises(StoryreelError, match="integrity"):
        kit.assemble(tarball, tmp_path / "cache")
    assert not kit.parts_path(tmp_path / "cache").exists()


def test_a_missing_or_damaged_kit_says_how_to_set_it_up(tmp_path):
    with pytest.raises(ToolMissingError, match="make setup"):
        kit.parts(tmp_path)


def test_the_set_up_command_line_checks_the_kit(tmp_path, capsys):
    kit.main(["npm-spec"])
    assert capsys.readouterr().out.strip() == "react-peeps@0.1.10"
    with pytest.raises(SystemExit) as failed:
        kit.main(["check", "--cache-dir", str(tmp_path)])
    assert failed.value.code == 1 and "is not set up" in capsys.readouterr().err
    with pytest.raises(SystemExit) as failed:
        kit.main(["assemble", "--cache-dir", str(tmp_path)])
    assert failed.value.code == 2  # argparse: the tarball is missing
    kit.parts_path(tmp_path).parent.mkdir(parents=True)
    kit.parts_path(tmp_path).write_text('{"standing": {}}', encoding="utf-8")
    with pytest.raises(StoryreelError, match="damaged"):
        kit.parts(tmp_path)


# -- casting with the real model --------------------------------------------------------------------

CAST = [  # (id, name, description, what the drawn look must be)
    ("oskar", "Oskar", "An old man with short brown hair.", {"age": "old", "hair_colour": "brown"}),
    ("mia", "Mia", "A girl of seven with red pigtails.", {"age": "child", "sex": "female", "hair_colour": "red"}),
    ("keeper", "the keeper", "A woman in a yellow raincoat.", {"sex": "female", "top": "yellow"}),
    ("conductor", "the conductor", "A man in a blue cap.", {"hat_colour": "blue"}),
    ("joe", "Grandpa Joe", "A person.", {"age": "old", "sex": "male"}),
    ("ada", "Ada", "An old woman with round glasses.", {"age": "old", "accessory": "GlassRound"}),
    ("tom", "Tom", "A boy in a green jacket.", {"age": "child", "top": "green"}),
    ("crew", "the fishermen", "A group of fishermen.", {"members": True}),
    ("leo", "Leo", "A lion made of light.", {"glyph": "lion"}),
    ("rex", "Rex", "A white dog.", {"glyph": "dog"}),
    ("pepper", "Pepper", "A black cat.", {"glyph": "black cat"}),
    ("heron", "the heron", "A grey heron.", {"pool": "animal"}),
    ("kon", "Kon", "A young fox.", {"glyph": "fox"}),
]


@needs_kit
@pytest.mark.llm
def test_the_real_model_casts_people_from_the_kit_and_animals_as_animals(tmp_path):
    from storyreel.cast import glyphs
    from storyreel.cast.casting import animal_words
    from storyreel.evaluate.depiction import cast_check
    from storyreel.script import Script

    with_set_up_art(tmp_path)
    config = load_config(overrides={"llm": {"threads": 2}}, environ={})
    cast = people.PeopleCast(tmp_path, config)
    script = Script(title="T", width=320, height=180, entities=[
        *({"id": i, "name": n, "kind": "character", "description": d} for i, n, d, _ in CAST),
        {"id": "quay", "name": "the quay", "kind": "location", "description": "A stone quay by the sea."}],
        scenes=[{"id": "s1", "description": "x", "narration": "x", "duration_s": 2.0, "background": "quay"}])
    try:
        planned = cast.plan(script)
    finally:
        cast.close()
    catalogue = glyphs.load_catalogue(tmp_path)
    for entity_id, _name, description, wanted in CAST:
        look = planned[entity_id]
        if "glyph" in wanted or "pool" in wanted:
            assert look.get("kit") is None, f"{description} drawn as a person"
            if "glyph" in wanted:
                assert look["glyph_name"] == wanted["glyph"] or look["glyph_name"].startswith(wanted["glyph"]), \
                    f"{description}: {look['glyph_name']}"
            else:
                assert wanted["pool"] in catalogue.glyph(look["glyph"]).pools, f"{description}: {look['glyph_name']}"
            continue
        assert look["kit"] == "open-peeps", f"{description} not drawn from the kit"
        for field, value in wanted.items():
            if field == "members":
                assert 2 <= len(look["members"]) <= 4
            else:
                assert look.get(field) == value, f"{description}: {field} {look.get(field)!r}, wanted {value!r}"
    assert cast_check(script, planned, animal_words(catalogue)) == []
    # The animals beside the kit's people are outlined in its ink, not in sticker colours.
    stickers = [look for look in planned.values() if "glyph" in look]
    assert stickers and all((look["outline"], look["border"]) == (people.INK, people.INK_WIDTH) for look in stickers)
    # Every person is drawn with a body from the same look (not one request per choice: the model
    # was asked about the animals only).
    for entity_id, *_ in CAST[:8]:
        assert people.sprite(tmp_path, planned[entity_id], "walk", height=200).height > 100


# -- what the eval compares ---------------------------------------------------------------------------

def test_the_eval_checks_a_person_s_pose_and_colours_against_the_words():
    from storyreel.evaluate.depiction import cast_check, scene_depiction
    from storyreel.script import Script

    script = Script(title="T", entities=[
        {"id": "ann", "name": "Ann", "kind": "character", "description": "A woman in a yellow raincoat."},
        {"id": "quay", "name": "the quay", "kind": "location", "description": "A quay."}],
        scenes=[{"id": "s1", "description": "x", "narration": "Ann ran along the quay and laughed.",
                 "duration_s": 2.0, "entities": ["ann"], "background": "quay", "protagonist": "ann"}])
    look = person("A woman in a yellow raincoat.", name="Ann")
    background = {"location": "quay", "time": "day", "weather": "clear"}
    running = {"entities": {"ann": people.parts_drawn(look, "run", "happy")}, "background": background}
    standing = {"entities": {"ann": people.parts_drawn(look, "stand", "neutral")}, "background": background}
    checks = scene_depiction(script.scenes[0], script, running)["checks"]
    assert checks["pose said"] == 1.0 and checks["face said"] == 1.0
    checks = scene_depiction(script.scenes[0], script, standing)["checks"]
    assert checks["pose said"] == 0.0 and checks["face said"] == 0.0
    assert cast_check(script, {"ann": look}, frozenset()) == []
    grey = {**look, "top": "#9a9a9e"}  # the raincoat drawn grey
    assert cast_check(script, {"ann": grey}, frozenset()) == [
        {"entity": "ann", "kit": "open-peeps", "problems": ["colour: yellow (top) not drawn"]}]
    man = {**look, "sex": "male"}
    assert cast_check(script, {"ann": man}, frozenset())[0]["problems"] == ["sex: female drawn as male"]
