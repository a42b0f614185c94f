"""The mood a scene's words say plainly (director/moods.py), in the nine languages it reads."""

import pytest

from storyreel.director.moods import mood_said


@pytest.mark.parametrize("language, text, mood", [
    ("en", "The storm howled over the harbour.", "tense"),
    ("en", "At last they were rescued, and everyone cheered.", "triumphant"),
    ("en", "Mia cried alone by the window.", "sad"),
    ("en", "A strange light glowed in the shadows.", "mysterious"),
    ("en", "The puppies played a silly game.", "playful"),
    ("en", "Grandma smiled and hugged them.", "happy"),
    ("en", "He walked to the shop and bought bread.", None),
    ("en", "She was not afraid of the dark water.", "mysterious"),  # the fear is negated; the dark is not
    ("de", "Der Sturm heulte, und Frieda schrie.", "tense"),
    ("de", "Bei Sonnenuntergang gab die Jury ihnen den ersten Preis.", "triumphant"),
    ("es", "La abuela lloró en silencio.", "sad"),
    ("fr", "Les enfants jouaient dans la cour.", "playful"),
    ("it", "Un segreto brillava nel buio.", "mysterious"),
    ("pt", "Eles riram juntos na cozinha.", "happy"),
    ("nl", "Het onweer kwam dichterbij.", "tense"),
    ("zh", "小雨哭了，眼泪掉下来。", "sad"),
    ("ja", "みんなで楽しく歌いました。", "happy"),
])
def test_the_words_say_the_mood(language, text, mood):
    assert mood_said(text, language, {}, "clear") == mood


def test_faces_then_the_sky_say_it_where_the_words_do_not():
    text = "Tom looked at the door."
    assert mood_said(text, "en", {"tom": "afraid"}, "clear") == "tense"
    assert mood_said(text, "en", {"tom": "sad"}, "storm") == "sad"  # a face before the sky
    assert mood_said(text, "en", {}, "storm") == "tense"
    assert mood_said(text, "en", {}, "fog") == "mysterious"
    assert mood_said(text, "en", {"tom": "tired"}, "rain") is None
