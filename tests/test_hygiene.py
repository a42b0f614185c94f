"""Text hygiene and the entity registry's rules: pure functions, fed the faults small models show."""

import pytest

from storyreel.director import entities as registry
from storyreel.director.hygiene import clean, drop_repeats, finish, looping, one_sentence_of, stop_loops
from storyreel.director.planner import story_problems
from storyreel.director.text import sentences

LIGHTHOUSE = sentences(
    "Oskar the old lighthouse keeper lived on a rocky island with a black cat named Pepper. "
    "Every evening he climbed the spiral stairs of the red and white lighthouse to light the great lamp. "
    "The harbour master waved from the pier.")


def test_a_sentence_said_twice_is_said_once():
    text = "She winds the cuckoo clocks. She winds the cuckoo clocks. She dusts the model. She winds the cuckoo clocks!"
    assert drop_repeats(text) == "She winds the cuckoo clocks. She dusts the model."
    seen = {"she dusts the model"}
    assert drop_repeats("She dusts the model. Otto smiles.", seen) == "Otto smiles."  # across fields


def test_a_phrase_looping_inside_a_sentence_is_stopped():
    assert stop_loops("He winds the clocks one by one one by one one by one.") == "He winds the clocks one by one."
    assert stop_loops("Tick, tock. Tick, tock.") == "Tick, tock. Tick, tock."  # short repeats are the story's


def test_text_cut_by_the_length_cap_ends_at_a_whole_sentence_or_word():
    assert finish("A round face. She") == "A round face."
    assert clean("Lina has a blue cap and a round face. She", 41) == "Lina has a blue cap and a round face."
    capped = "Anna ties on her yellow apron and sets out flour, sugar, eggs, butter, milk and a bo"
    assert clean(capped, len(capped)) == "Anna ties on her yellow apron and sets out flour, sugar, eggs, butter, milk and a"
    assert one_sentence_of("Marina stands at the door, wearing a white bl.", 47) == "Marina stands at the door."
    assert one_sentence_of("Marina stands at the old wooden door of the", 43) == "Marina stands at the old wooden door."
    assert one_sentence_of("Oskar climbs the stairs.", 140) == "Oskar climbs the stairs."


def test_lists_and_loops_are_not_sentences():
    assert looping("Anna takes the muffins, Anna, plate, windowsill, muffins, Anna, plate.") == ["anna"]
    assert looping("Anna ties on her apron and sets out flour, sugar, eggs and milk.") == []


def test_a_written_story_must_be_whole_sentences_said_once_in_its_language_naming_its_hero():
    good = ["Blinky is a shy robot in a small village.", "Every evening he watches the dancers.",
            "At the festival the music starts.", "Blinky steps forward and dances.", "Everyone cheers."]
    kept, problems = story_problems(good, "Blinky", "en")
    assert kept == good and problems == []
    looped = [good[0], good[1], good[1], good[1], "Blinky is hesitant to im" + "p" * 176]
    kept, problems = story_problems(looped, "Blinky", "en")
    assert kept == good[:2] and "at least 4 different, complete sentences" in problems[0]
    kept, _ = story_problems(["Blinky dances", *good[1:]], "Blinky", "en")
    assert kept[0] == "Blinky dances."  # a sentence that only lost its full stop gets it back
    _, problems = story_problems(good, "Pip", "en")
    assert problems == ["the story must name its main character, Pip"]
    _, problems = story_problems(good, "Blinky", "es")
    assert problems == ["write the story in Spanish"]


def test_names_must_come_from_the_story():
    story = " ".join(LIGHTHOUSE)
    assert registry.in_story("Oskar", story) and registry.in_story("harbour master", story)
    assert registry.in_story("cat", story) and not registry.in_story("market stalls", story)
    assert registry.in_story("小明", "小明住在海边。") and not registry.in_story("小红", "小明住在海边。")
    assert registry.bare_name(' "the Lighthouse". ') == "Lighthouse"


def test_one_entry_per_name():
    known = [{"name": "Oskar"}]
    new = [{"name": "Oskar the keeper", "category": "person"}, {"name": "oskar", "category": "person"},
           {"name": "Pepper", "category": "animal"}, {"name": "pepper", "category": "animal"}]
    assert registry.merge_names(known, new) == [{"name": "Pepper", "category": "animal"}]


def test_kinds_come_from_a_closed_list():
    taken: set[str] = set()
    master = registry.registry_entry("harbour master", "character", taken)
    tower = registry.registry_entry("lighthouse", "building", taken)
    lamp = registry.registry_entry("lamp", "thing", taken)
    assert (master["kind"], tower["kind"], lamp["kind"]) == ("character", "location", "object")
    assert master["id"] == "harbour-master" and registry.registry_entry("小明", "character", taken)["id"] == "xiaoming"


@pytest.mark.parametrize("name, category, fixed", [
    ("Oskar", "character", {"age": "old", "sex": "male"}),
    ("Pepper", "character", {"colour": ["black"]}),
    ("lighthouse", "building", {"colour": ["red", "white"]}),
])
def test_the_story_s_own_words_settle_age_sex_and_colour(name, category, fixed):
    found = registry.story_traits(name, category, LIGHTHOUSE)
    assert {k: found[k] for k in fixed} == fixed


def test_traits_the_story_settles_override_the_model():
    model = {"species": "human", "sex": "female", "age": "adult", "colour": "blue", "looks": "short brown hair"}
    traits = registry.apply_story_traits(model, {"age": "old", "sex": "male"})
    assert registry.compose("character", traits) == "An old man with short brown hair, dressed in blue."
    cat = registry.apply_story_traits({"species": "cat", "sex": "female", "age": "adult", "colour": "brown",
                                       "looks": "a long tail"}, {"colour": ["black"]})
    assert registry.compose("character", cat) == "A black cat with a long tail."
    fox = {"species": "fox", "sex": "female", "age": "young", "colour": "red", "looks": ""}
    assert registry.compose("character", fox) == "A young red fox."
    assert registry.compose("place", {"place": "kitchen", "setting": "indoors"}) == "A kitchen, indoors."


def test_trait_schemas_are_closed_choices_and_short_phrases():
    schema = registry.traits_schema("character")
    assert schema["properties"]["age"] == {"enum": ["child", "young", "adult", "old"]}
    assert schema["properties"]["species"]["maxLength"] == 30 and schema["additionalProperties"] is False
    assert "in one or two English words" in registry.traits_help("thing", "English")


def test_a_thing_that_acts_in_a_later_part_becomes_a_character():
    known = [{"name": "crow", "category": "thing", "kind": "object"}]
    assert registry.merge_names(known, [{"name": "crow", "category": "character"}]) == []
    assert known == [{"name": "crow", "category": "character", "kind": "character"}]


def test_whoever_speaks_is_a_character():
    told = sentences('"Follow me," said the lion, and its glass mane shone. The lamp flickered. The crow cawed at her.')
    assert registry.acts("lion", told) and registry.acts("crow", told) and not registry.acts("lamp", told)


def test_a_name_given_with_its_description_is_the_name():
    story = " ".join(LIGHTHOUSE)
    assert registry.proper_name("Oskar the old lighthouse keeper", story) == "Oskar"
    assert registry.proper_name("Pepper, the black cat", story) == "Pepper"
    assert registry.proper_name("harbour master", story) == "harbour master"
    assert registry.proper_name("Moon Rabbit the brave", story) == "Moon Rabbit the brave"  # not in the story alone


def test_a_list_of_words_is_not_a_description():
    from storyreel.director.hygiene import is_list

    assert is_list("Oskar, Pepper, island, lighthouse, lamp, black cat.")
    assert not is_list("Anna ties on her yellow apron and sets out flour, sugar, eggs, butter, milk and a bowl.")


def test_what_the_story_says_a_character_is():
    assert registry.kind_noun("Pepper", LIGHTHOUSE) == "cat" and registry.kind_noun("Oskar", LIGHTHOUSE) == "keeper"
    assert registry.kind_noun("Pete", sentences("Pete the penguin had never skied before.")) == "penguin"
    assert registry.kind_noun("Jonas", sentences("He asked the baker's son, Jonas, a boy with flour on his cheeks, "
                                                 "to help.")) == "boy"
    assert registry.story_traits("Pepper", "character", LIGHTHOUSE)["species"] == "cat"
