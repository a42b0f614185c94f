"""Story text: the sentence splitter (the plan's spine), parts, language, ids. Pure functions."""

import pytest

from storyreel.director.planner import CAMERA_CYCLE, shot_sizes, vary_cameras
from storyreel.director.text import (chunk_story, detect_language, join_text, parts, sentences, slugify,
                                     split_story, word_count)


@pytest.mark.parametrize("text, expected", [
    ('She said "Hi!" Then left.\n\nA new day began... It rained? Yes.',
     ['She said "Hi!"', "Then left.", "A new day began...", "It rained?", "Yes."]),
    # titles, initials, abbreviations and times do not end a sentence
    ("Mr. Brown met Dr. Lee at 5 p.m. on the hill. J. R. R. Tolkien wrote it, e.g. the Hobbit. The end",
     ["Mr. Brown met Dr. Lee at 5 p.m. on the hill.", "J. R. R. Tolkien wrote it, e.g. the Hobbit.", "The end"]),
    # a quotation is one sentence with its speaker, even with several sentences inside
    ('"Otto, the clock has stopped! The festival is tomorrow," he cried. She ran.',
     ['"Otto, the clock has stopped! The festival is tomorrow," he cried.', "She ran."]),
    ('"Stop!" Then he ran.', ['"Stop!"', "Then he ran."]),
    # an ellipsis followed by lower case goes on
    ("Then she left... and came back.", ["Then she left... and came back."]),
    # a line break inside a paragraph is not a sentence end; no final full stop
    ("It was a dark\nand stormy night. The rain fell", ["It was a dark and stormy night.", "The rain fell"]),
    # Chinese: ending marks without spaces; a quotation with its speaker stays one sentence
    ("小明住在海边的灯塔里。每天晚上，他点亮大灯！一天夜里起了风暴，灯灭了？“快来帮忙！”他喊道。第二天早上渔民们来了",
     ["小明住在海边的灯塔里。", "每天晚上，他点亮大灯！", "一天夜里起了风暴，灯灭了？", "“快来帮忙！”他喊道。", "第二天早上渔民们来了"]),
    ("昔々、山の村に老人が住んでいました。「こんにちは」と狐が言いました。狐は笑った",
     ["昔々、山の村に老人が住んでいました。", "「こんにちは」と狐が言いました。", "狐は笑った"]),
    # German abbreviations and dates, French spacing inside guillemets, Spanish opening marks
    ("Herr Dr. Müller wohnte z. B. in der Hauptstr. 5. Am 3. Mai ging er in den Wald.",
     ["Herr Dr. Müller wohnte z. B. in der Hauptstr. 5.", "Am 3. Mai ging er in den Wald."]),
    ("M. Dupont habite à Paris. Il a dit : « Bonjour ! » Le chat dormait.",
     ["M. Dupont habite à Paris.", "Il a dit : « Bonjour ! »", "Le chat dormait."]),
    # a question or a cry stays with its tag ("Ines asked."), not with the next sentence
    ('"Will we make it?" Ines asked. "Grab him!" the old ferryman shouted. "Stop!" Tom ran off.',
     ['"Will we make it?" Ines asked.', '"Grab him!" the old ferryman shouted.', '"Stop!"', "Tom ran off."]),
    ("La Sra. García vivía en un faro. ¿Quién encendió la luz? ¡Nadie!",
     ["La Sra. García vivía en un faro.", "¿Quién encendió la luz?", "¡Nadie!"]),
])
def test_sentences_on_tricky_text(text, expected):
    assert sentences(text) == expected


def test_title_line_and_paragraphs_are_recorded():
    story = split_story("The Clockmaker\n\nOtto fixed clocks. Lina helped.\n\nOne day the tower clock stopped.")
    assert story.title == "The Clockmaker"
    assert story.sentences == ["Otto fixed clocks.", "Lina helped.", "One day the tower clock stopped."]
    assert story.paragraphs == [1, 1, 2]
    assert split_story("Just one sentence.").title is None  # a one-paragraph story has no title line
    # lines that each end a sentence are paragraphs; a wrapped text's lines are joined
    assert split_story("Ada sat down.\n„Tee?“\nTom nodded.").paragraphs == [1, 2, 3]
    # German books quote »so«: a sentence end inside such a quote does not split it
    assert split_story("Vroni stand in der Tür. »Ihr kommt recht. Gleich geht’s los.« Ella lachte.", "de").sentences \
        == ["Vroni stand in der Tür.", "»Ihr kommt recht. Gleich geht’s los.«", "Ella lachte."]
    wrapped = split_story("Ada sat down by the\nfire. Tom nodded and\nsaid nothing.")
    assert wrapped.paragraphs == [1, 1] and wrapped.sentences[0] == "Ada sat down by the fire."


def test_an_unclosed_quotation_does_not_swallow_the_story():
    text = '"It all began in the old mill. ' + " ".join(f"Day {i} passed slowly by the river." for i in range(20))
    found = sentences(text)
    assert len(found) > 5 and all(word_count(s) <= 50 for s in found)
    assert join_text(found) == " ".join(text.split())  # nothing lost or repeated


def test_parts_keep_sentences_whole_in_order_and_prefer_paragraph_ends():
    story = split_story("\n\n".join(" ".join(f"Sentence {p}.{i} has exactly six words." for i in range(5))
                                    for p in range(6)))
    groups = parts(story, max_words=70)
    assert [n for g in groups for n in g] == list(range(1, len(story.sentences) + 1))
    assert all(sum(word_count(story.sentences[n - 1]) for n in g) <= 70 for g in groups)
    assert all(story.paragraphs[g[-1] - 1] != story.paragraphs[g[-1]] for g in groups[:-1])  # cut at paragraph ends


def test_chunks_keep_sentences_whole_and_in_order():
    story = " ".join(f"Sentence number {i} has exactly seven words." for i in range(100))
    chunks = chunk_story(story, max_words=50)
    assert all(word_count(c) <= 50 for c in chunks)
    assert " ".join(chunks) == " ".join(sentences(story))
    assert len(chunks) == 15  # 7 sentences (49 words) per chunk


def test_cjk_characters_count_as_half_words():
    assert word_count("小明住在海边") == 3
    assert word_count("Anna 去了 the shop") == 4


@pytest.mark.parametrize("text, language", [
    ("Marina vivía en un faro blanco junto al mar con su gato gris.", "es"),
    ("The cat sat on the mat and looked at the moon.", "en"),
    ("Le chat est dans la maison avec une souris.", "fr"),
    ("Der Hund und die Katze spielen mit dem Ball.", "de"),
    ("小明住在海边的白色灯塔里。", "zh"),
    ("昔々、山の村に老人が住んでいました。", "ja"),
    ("A shy robot learns to dance at a village festival", "en"),
    ("Un ratón explora un huerto de noche", "es"),
    ("12345 !!!", "en"),
])
def test_detect_language(text, language):
    assert detect_language(text) == language


def test_slugify_is_readable_ascii_in_any_script_and_unique():
    assert slugify("Señora Núñez") == "senora-nunez"
    assert slugify("小明") == "xiaoming"
    assert slugify("さくら") == "sakura"
    assert slugify("Tala", {"tala"}) == "tala-2"
    assert slugify("Tala", {"tala", "tala-2"}) == "tala-3"
    assert slugify("!!!") == "item"


def test_vary_cameras_breaks_runs_but_keeps_varied_plans():
    same = [{"id": i, "camera": {"move": "static", "speed": "slow"}} for i in range(8)]
    moves = [s["camera"]["move"] for s in vary_cameras(same)]
    assert all(a != b for a, b in zip(moves, moves[1:]))
    assert len(set(moves)) >= 4
    assert all(m in CAMERA_CYCLE for m in moves)
    varied = [{"camera": {"move": m, "speed": "fast"}} for m in ["pan_left", "zoom_in", "static"]]
    assert vary_cameras(varied) == varied


def _shot(place, who=("ann",), narration="Ann looked at the sea.", poses=None, faces=None):
    return {"background": place, "entities": list(who), "protagonist": who[0] if who else None,
            "narration": narration, "poses": poses or {}, "expressions": faces or {}}


def test_shot_sizes_follow_the_plan():
    scenes = [
        _shot("beach"),                                              # first at a place: wide
        _shot("beach"),                                              # nothing to show close: medium
        _shot("beach", faces={"ann": "sad"}),                        # a feeling: close
        _shot("beach", narration='"Come back!" Ann called.'),        # a spoken line: close
        _shot("beach", faces={"ann": "afraid"}, poses={"ann": "run"}),  # running leaves a close frame
        _shot("beach", who=("ann", "bo", "cat"), faces={"ann": "happy"}),  # three on screen: wide
        _shot("house", faces={"ann": "happy"}),                      # a new place: wide first
        _shot("house", who=(), narration="«Silence», said the clock."),  # nobody on screen: no close
        _shot("house", narration="「ただいま」とアンは言った。"),            # quotes of any language
    ]
    assert shot_sizes(scenes) == ["wide", "medium", "close", "close", "medium", "wide", "wide", "medium", "close"]


def test_a_place_is_seen_from_the_side_its_words_say_until_they_say_another():
    from storyreel.director.progressive import seen_from

    names = {"tower": "the lighthouse", "beach": "the beach"}
    narrations = ["Oskar walked along the beach.", "He climbed the stairs inside the lighthouse.",
                  "The lamp flickered.", "He stepped out onto the gallery.", "The storm grew.",
                  "Pepper slept by the fire."]
    places = ["beach", "tower", "tower", "tower", "tower", "beach"]
    assert seen_from(narrations, places, names, "en") == ["outside", "inside", "inside", "outside", "outside",
                                                          "inside"]
    assert seen_from(["Die Katze schlief.", "Sie ging hinaus."], ["beach", "beach"], names, "de") == \
        [None, "outside"]
    # a new place forgets the side: it is seen from its own until its words say otherwise
    assert seen_from(["She went into the lighthouse.", "The sea was calm."], ["tower", "beach"], names, "en") == \
        ["inside", None]


def test_inside_is_not_carried_to_a_shot_with_a_boat_or_a_vehicle_on_screen():
    from storyreel.director.framing import is_vehicle
    from storyreel.director.progressive import seen_from

    assert all(is_vehicle(n, lang) for n, lang in [("the fishing boat", "en"), ("Fischerboot", "de"), ("火车", "zh"),
                                                     ("la barca", "es"), ("the bus", "en"), ("小船", "zh")])
    assert not any(is_vehicle(n, lang) for n, lang in [("lamp", "en"), ("the boathouse", "en"), ("Laterne", "de")])
    names = {"tower": "the lighthouse", "boat": "the fishing boat", "lamp": "the lamp"}
    narrations = ["He climbed up inside the lighthouse.", "The lamp went dark.", "A boat was sailing home."]
    assert seen_from(narrations, ["tower"] * 3, names, "en", [["oskar"], ["lamp"], ["boat"]]) == \
        ["inside", "inside", None]
