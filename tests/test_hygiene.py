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


@pytest.mark.parametrize("name, category, facts", [
    ("Oskar", "character", {"species": "human", "sex": "male", "age": "old", "looks": ""}),
    ("Pepper", "character", {"species": "cat", "colours": ["black"]}),
    ("lighthouse", "building", {"adjectives": "red and white"}),
    ("harbour master", "character", {"species": "human", "sex": None, "age": None}),
])
def test_the_story_s_own_words_settle_what_it_can(name, category, facts):
    found = registry.story_facts(name, category, LIGHTHOUSE, "en")
    assert {k: found.get(k) for k in facts} == facts


def test_a_first_name_says_a_sex_where_the_words_do_not():
    story = ["Mia and Tom ran to the lake with Rex, their dog. Casey followed."]
    assert [registry.story_facts(n, "character", story, "en")["sex"] for n in ("Mia", "Tom", "Casey")] == \
        ["female", "male", None]  # Casey is either
    assert registry.story_facts("Rex", "character", ["Rex, a dog, barked."], "en")["sex"] is None  # not a person
    assert registry.story_facts("Lukas", "character", ["Lukas lief."], "de")["sex"] == "male"


def test_a_description_states_what_is_known_and_nothing_more():
    assert registry.compose("character", "Oskar", {"species": "human", "sex": "male", "age": "old"}) == "An old man."
    assert registry.compose("character", "Otto", {"species": "human", "sex": "male", "age": "old",
                                                  "looks": "with a white beard and round glasses"}) == \
        "An old man with a white beard and round glasses."
    assert registry.compose("character", "Mara", {"species": "human", "sex": "female",
                                                  "looks": "in a yellow raincoat"}) == "A woman in a yellow raincoat."
    assert registry.compose("character", "Pepper", {"species": "cat", "colours": ["black"]}) == "A black cat."
    assert registry.compose("character", "Kon", {"species": "fox", "age": "young"}) == "A young fox."
    assert registry.compose("character", "fishermen", {"species": "human", "group": True}) == "A group of fishermen."
    assert registry.compose("character", "Sam", {}) == "A person."  # nothing said: nothing made up
    assert registry.compose("place", "lighthouse", {"adjectives": "red and white"}) == "A red and white lighthouse."
    assert registry.compose("thing", "faro", {"what": "lighthouse"}) == "A lighthouse."


def test_the_model_is_asked_only_what_the_words_leave_open():
    settled = {"species": "cat", "sex": None, "age": "young"}
    # In English the words settle sex and age, or leave them unsaid: nothing is asked of a known species.
    assert registry.open_questions("character", settled, "en") == {}
    assert list(registry.open_questions("character", {}, "en")) == ["is", "species"]
    assert list(registry.open_questions("character", settled, "es")) == ["sex", "looks"]  # looks told in English
    assert registry.open_questions("thing", {}, "en") == {} and list(registry.open_questions("place", {}, "de")) == [
        "what"]
    assert registry.open_questions("character", {}, "fr")["age"] == {"enum": ["child", "young", "adult", "old",
                                                                              "not said"]}


def test_an_answer_fills_only_what_was_open_and_moves_what_is_no_being():
    category, facts = registry.settle("character", {"species": "owl"}, {"sex": "not said", "age": "old"})
    assert category == "character" and facts == {"species": "owl", "age": "old"}
    assert registry.settle("character", {}, {"is": "object", "species": "lodge"})[0] == "thing"
    assert registry.settle("character", {}, {"is": "person", "species": "keeper", "sex": "female"})[1] == {
        "species": "human", "sex": "female"}


def test_looks_and_adjectives_are_read_from_the_story_s_words():
    clockmaker = sentences("In a mountain town lived an old clockmaker named Otto, with a white beard, round glasses "
                           "and a green waistcoat. His apprentice was a clever girl named Lina, who wore a blue cap "
                           "and carried a leather bag. Teddy was a small brown teddy bear with a red scarf who lived "
                           "on a shelf.")
    assert registry.story_looks("Otto", clockmaker) == "with a white beard, round glasses and a green waistcoat"
    assert registry.story_looks("Lina", clockmaker) == "with a blue cap"
    assert registry.story_looks("Teddy", clockmaker) == "with a red scarf"
    # a name that says how its bearer looks ("a woman in a red coat waved"): its own words
    assert registry.story_looks("woman in a red coat", ["On the bank a woman in a red coat waved."]) == "in a red coat"
    assert registry.compose("character", "woman in a red coat", registry.story_facts(
        "woman in a red coat", "character", ["On the bank a woman in a red coat waved."], "en")) == \
        "A woman in a red coat."
    assert registry.story_looks("Oskar", LIGHTHOUSE) == ""  # "lived on a rocky island with a black cat": not looks
    assert registry.story_adjectives("lamp", LIGHTHOUSE) == "great"


def test_a_name_is_written_as_the_story_writes_it():
    story = "That evening the harbour master locked the office. The Harbour Master smiled. Biscuit barked."
    assert registry.as_written("Harbour Master", story) == "harbour master"  # not capitalised for a sentence start
    assert registry.as_written("biscuit", story) == "Biscuit"
    assert registry.as_written("Moon Rabbit", story) == "Moon Rabbit"  # not in the story: left as given
    # a model's name with other articles inside is the story's own words (else it was left out of the cast)
    ferry = "On the far bank a woman in a red coat waved. Der Mann mit dem Hut lachte."
    assert registry.worded_as_in("woman in the red coat", ferry) == "woman in a red coat"
    assert registry.worded_as_in("Mann mit Hut", ferry) == "Mann mit dem Hut"
    assert registry.worded_as_in("man in the blue coat", ferry) == "man in the blue coat"  # no such words


def test_a_thing_is_named_as_the_story_mostly_calls_it():
    story = " ".join(LIGHTHOUSE) + " The lighthouse shone. The lamp went dark."
    assert registry.head_name("red and white lighthouse", story, ["red and white lighthouse"]) == "lighthouse"
    assert registry.head_name("great lamp", story, ["great lamp"]) == "lamp"
    assert registry.head_name("harbour master", story, ["harbour master"]) == "harbour master"
    assert registry.head_name("great lamp", story, ["great lamp", "lamp post"]) == "great lamp"  # "lamp" is taken


def test_characters_and_places_named_in_passing_reach_the_registry():
    story = sentences("Oskar the old lighthouse keeper lived with a black cat named Pepper. In the morning the "
                      "fishermen rowed to the harbour. Later the cat ran to the market, while children laughed. "
                      "The giant gears stood still.")
    known = [{"name": "Oskar", "category": "character"}, {"name": "Pepper", "category": "character"}]
    found = registry.passing_names(story, "en", known)
    # not "keeper" (Oskar's apposition), not "cat" (Pepper is one), not "giant" (an adjective here)
    assert found == [{"name": "fishermen", "category": "character"}, {"name": "harbour", "category": "place"},
                     {"name": "market", "category": "place"}, {"name": "children", "category": "character"}]
    # a longer place's word is another place where the longer name is not said; adjectives and
    # plurals between; names of places written in capitals, with a place noun among them
    story = sentences("The fishermen of Port Elin rowed past the harbour wall. A lighthouse blinked on the cliffs. "
                      "At dawn they came back into the harbour and walked past the old mill to Harbour Street. "
                      "A boat drifted toward the rocks, and she sat on a rock.")
    found = registry.passing_names(story, "en", [{"name": "harbour wall", "category": "building"},
                                                 {"name": "fishermen of Port Elin", "category": "character"}])
    assert [f["name"] for f in found if f["category"] == "place"] == ["Port Elin", "cliffs", "harbour", "mill",
                                                                      "Harbour Street", "rocks"]
    assert registry.proper_places("They drove to Paris and then to The Hague.") == []  # no place noun said
    # a model's "thing" that is a place is a place: no cut-out draws a river (it was a screwdriver glyph)
    assert [registry.names_a_place(n, lang) for n, lang in [("wide river", "en"), ("town", "en"), ("lantern", "en"),
                                                             ("Strand", "de"), ("panier", "fr")]] == \
        [True, True, False, True, False]
    # an owner between ("in the woman's kitchen"): the kitchen is a place
    assert registry.passing_names(sentences("They sat by the fire in the woman's kitchen."), "en",
                                  [{"name": "woman in a red coat", "category": "character"}]) == [
        {"name": "fire", "category": "thing"}, {"name": "kitchen", "category": "place"}]
    assert registry.passing_names(sentences("Los pescadores llegaron con su gato gris, Nube."), "es",
                                  [{"name": "Nube", "category": "character"}]) == [
        {"name": "pescadores", "category": "character"}]


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


def test_places_named_in_passing_in_other_languages_and_no_time_as_a_place():
    from storyreel.director.entities import is_time_phrase, passing_names

    found = passing_names(["Am Samstagmorgen gab es am windigen Strand von Norddorf einen Wettbewerb.",
                           "Die Katze lief zur Schmiede am Fluss."], "de", [])
    assert [(f["name"], f["category"]) for f in found if f["category"] == "place"] == \
        [("Strand", "place"), ("Schmiede", "place"), ("Fluss", "place")]
    assert [f["name"] for f in passing_names(["Caminaron por el bosque hasta la playa."], "es", [])] == \
        ["bosque", "playa"]
    assert passing_names(["Sie war am Ende sehr müde."], "de", []) == []  # no place noun
    assert is_time_phrase("Am Samstagmorgen", "de") and is_time_phrase("one stormy night", "en")
    assert not is_time_phrase("Norddorf", "de") and not is_time_phrase("the night market", "en")


def test_things_the_cut_out_cast_can_draw_are_named_in_passing():
    from storyreel.director.entities import passing_names

    found = passing_names(["Mia carried a cake box and a red kite to the glass lion.",
                           "The light of the moon fell on the door.",
                           "She sat on a stone bench and lost her ring of keys."], "en", [])
    assert [(f["name"], f["category"]) for f in found] == [("cake box", "thing"), ("kite", "thing"),
                                                            ("keys", "thing")]  # a ring of keys is keys
    known = [{"name": "kite", "category": "thing"}]
    assert passing_names(["She flew the kite."], "en", known) == []  # known already
    # a container of something is the container; a possessive determines like an article
    found = passing_names(["He carried a basket of fresh fish and Oskar's wooden toolbox."], "en", [])
    assert [(f["name"], f["category"]) for f in found] == [("basket", "thing"), ("toolbox", "thing")]
