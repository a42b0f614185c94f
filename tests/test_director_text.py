from storyreel.director.planner import CAMERA_CYCLE, vary_cameras
from storyreel.director.text import chunk_story, detect_language, sentences, slugify, word_count


def test_sentences_split_on_end_punctuation_and_paragraphs():
    text = 'She said "Hi!" Then left.\n\nA new day began... It rained? Yes.'
    assert sentences(text) == ['She said "Hi!"', "Then left.", "A new day began...", "It rained?", "Yes."]


def test_chunks_keep_sentences_whole_and_in_order():
    story = " ".join(f"Sentence number {i} has exactly seven words." for i in range(100))
    chunks = chunk_story(story, max_words=50)
    assert all(word_count(c) <= 50 for c in chunks)
    assert " ".join(chunks) == " ".join(sentences(story))
    assert len(chunks) == 15  # 7 sentences (49 words) per chunk


def test_overlong_sentence_is_its_own_chunk():
    long_sentence = " ".join(["word"] * 80) + "."
    chunks = chunk_story(f"Short one. {long_sentence} Another.", max_words=50)
    assert chunks == ["Short one.", long_sentence, "Another."]


def test_detect_language():
    assert detect_language("Marina vivía en un faro blanco junto al mar con su gato gris.") == "es"
    assert detect_language("The cat sat on the mat and looked at the moon.") == "en"
    assert detect_language("Le chat est dans la maison avec une souris.") == "fr"
    assert detect_language("Der Hund und die Katze spielen mit dem Ball.") == "de"
    assert detect_language("12345 !!!") == "en"


def test_slugify_is_ascii_and_unique():
    assert slugify("Señora Núñez") == "senora-nunez"
    assert slugify("Tala", {"tala"}) == "tala-2"
    assert slugify("Tala", {"tala", "tala-2"}) == "tala-3"
    assert slugify("🐯") == "item"


def test_vary_cameras_breaks_runs_but_keeps_varied_plans():
    same = [{"id": i, "camera": {"move": "static", "speed": "slow"}} for i in range(8)]
    moves = [s["camera"]["move"] for s in vary_cameras(same)]
    assert all(a != b for a, b in zip(moves, moves[1:]))
    assert len(set(moves)) >= 4
    assert all(m in CAMERA_CYCLE for m in moves)
    varied = [{"camera": {"move": m, "speed": "fast"}} for m in ["pan_left", "zoom_in", "static"]]
    assert vary_cameras(varied) == varied
