"""Dialogue (voice/dialogue.py): quotes in the story languages' marks, who says them, each
speaker's voice, and scenes voiced line by line with real espeak-ng and ffmpeg's rubberband."""

import os

import numpy as np
import pytest

os.environ.setdefault("OMP_NUM_THREADS", "1")

from storyreel.timing import AUDIO_RATE  # noqa: E402
from storyreel.voice import dialogue  # noqa: E402
from storyreel.voice.audio import read_pcm  # noqa: E402
from storyreel.voice.espeak import EspeakVoice  # noqa: E402


@pytest.mark.parametrize("text, language, quoted", [
    ('"Good dog!" he shouted.', "en", ["Good dog!"]),
    ("“Let us go,” said Mia. “Now.”", "en", ["Let us go,", "Now."]),
    ("Oma rief: „Kommt rein!“", "de", ["Kommt rein!"]),
    ("Er flüsterte: »Psst!«", "de", ["Psst!"]),
    ("« Viens ! » cria Léa.", "fr", [" Viens ! "]),
    ("—dijo. «Vamos», gritó Ana.", "es", ["Vamos"]),
    ("小雨说：「风筝飞起来了！」", "zh", ["风筝飞起来了！"]),
    ("『ありがとう』と母は言った。", "ja", ["ありがとう"]),
    ('He said "yes', "en", []),  # an unclosed mark quotes nothing
])
def test_quotes_are_found_in_each_language_s_marks(text, language, quoted):
    assert [text[a + 1:b - 1] for a, b in dialogue.quotes(text)] == quoted


@pytest.mark.parametrize("text, language, names, speakers", [
    ('"Good dog, Biscuit!" the harbour master shouted.', "en", {"hm": "harbour master", "b": "Biscuit"}, ["hm"]),
    ("Mia said: “Let us go.” Grandpa Joe laughed. “Not yet,” said Grandpa Joe.", "en",
     {"mia": "Mia", "joe": "Grandpa Joe"}, ["mia", "joe"]),
    ('"Hold on!" Captain Ruth Hale cried.', "en", {"ruth": "Captain Ruth Hale", "t": "Tomas"}, ["ruth"]),
    ('"Hold on!" Ruth cried.', "en", {"ruth": "Captain Ruth Hale", "t": "Tomas"}, ["ruth"]),
    ("Oma rief: „Kommt rein!“", "de", {"oma": "Oma", "kai": "Kai"}, ["oma"]),
    ("« Viens ! » cria Léa.", "fr", {"lea": "Léa", "paul": "Paul"}, ["lea"]),
    ("«Vamos», gritó Ana.", "es", {"ana": "Ana", "luis": "Luis"}, ["ana"]),
    ("小雨说：「风筝飞起来了！」", "zh", {"xy": "小雨", "mm": "妈妈"}, ["xy"]),
    ("「行こう」と健太は言った。", "ja", {"k": "健太", "m": "母"}, ["k"]),
    ('The wind howled. "Who is there?"', "en", {"a": "Ana", "t": "Tom"}, [None]),  # nobody said: the narrator
    ('The wind howled. "Who is there?"', "en", {"a": "Ana"}, ["a"]),  # the only one there
])
def test_who_says_a_line_is_read_from_the_words_beside_it(text, language, names, speakers):
    assert dialogue.said_by(text, names, language) == speakers


@pytest.mark.parametrize("text, names, speakers", [
    # a pronoun: the one the sentences before were about, who may be "she" (not Mr. Pell)
    ('Nora ran to Mr. Pell. "Have you seen my kite?" she asked. "It blew away."',
     {"nora": "Nora", "pell": "Mr. Pell"}, ["nora", "nora"]),
    # no tag: who the sentence before names acts, then speaks; a reply takes its turn
    ('Ruth leaned over the map. "We land at dawn," she said. Milo raised his hand. "What if?" "Then we wait."',
     {"ruth": "Captain Ruth Hale", "milo": "Milo"}, ["ruth", "milo", "ruth"]),
    # a subject the language leaves out ("le preguntó"), and a noun of the name ("el panadero")
    ("Inés encontró un gato. «¿Tienes frío?», le preguntó. «Claro», dijo el panadero.",
     {"ines": "la pequeña Inés", "julian": "don Julián, el panadero"}, ["ines", "julian"]),
    ("小雨的妈妈头也没抬：“穿上雨靴就可以。”", {"xy": "小雨", "mama": "小雨的妈妈"}, ["mama"]),
])
def test_a_reader_s_cues_say_who_speaks_without_a_tag(text, names, speakers):
    assert dialogue.said_by(text, names, "zh" if "小雨" in text else "es" if "Inés" in text else "en") == speakers


def test_a_narration_is_read_as_lines_with_their_speakers():
    said = dialogue.lines('"Good dog!" the harbour master shouted, and they ran home. "Woof," ', ["hm", None])
    assert said == [dialogue.Line("Good dog!", "hm"), dialogue.Line("the harbour master shouted, and they ran home."),
                    dialogue.Line("Woof,")]
    assert dialogue.lines("No one spoke.", []) == [dialogue.Line("No one spoke.")]


def test_subtitles_name_who_says_a_line():
    names = {"milo": "Milo", "rex": "Rex"}
    assert dialogue.subtitled('"Look!" he shouted. "Woof!"', ["milo", None], names) == \
        'Milo: "Look!" he shouted. "Woof!"'
    assert dialogue.subtitled("No one spoke.", [], names) == "No one spoke."
    assert dialogue.said_by('"Hi," said Mia.', {"x": "", "mia": "Mia"}, "en") == ["mia"]  # an empty name is no one


def test_each_character_gets_a_voice_of_its_own():
    woman = dialogue.voice_of({"species": "human", "sex": "female", "age": "adult"}, [])
    man = dialogue.voice_of({"species": "human", "sex": "male", "age": "adult"}, [woman])
    child = dialogue.voice_of({"species": "human", "sex": None, "age": "child"}, [woman, man])
    bear = dialogue.voice_of({"species": "bear"}, [])
    other_woman = dialogue.voice_of({"species": "human", "sex": "female", "age": "adult"}, [woman, man, child])
    assert bear < man < 1.0 < woman < child and other_woman != woman  # two women do not sound alike


def _pitch(samples: np.ndarray) -> float:
    """The median fundamental frequency (Hz) of the voiced 40 ms frames, by autocorrelation."""
    x = samples.astype(np.float64)
    size, found = round(0.04 * AUDIO_RATE), []
    lo, hi = AUDIO_RATE // 400, AUDIO_RATE // 60
    for start in range(0, x.size - size, size):
        frame = x[start:start + size] - x[start:start + size].mean()
        if np.sqrt(np.mean(frame ** 2)) < 800:
            continue
        corr = np.correlate(frame, frame, "full")[size - 1:]
        lag = lo + int(np.argmax(corr[lo:hi]))
        if corr[lag] > 0.4 * corr[0]:
            found.append(AUDIO_RATE / lag)
    return float(np.median(found))


def test_a_scene_is_voiced_line_by_line_and_an_edit_re_voices_only_its_line(tmp_path):
    voice = EspeakVoice()
    cache, out = tmp_path / "lines", tmp_path / "scene.wav"
    narrator = ("The keeper climbed the stairs.", 1.0)
    dialogue.speak_lines(voice, [narrator, ("Here is the lamp.", 1.4)], "en", out, cache, "espeak")
    assert sorted(p.suffix for p in cache.iterdir()) == [".wav", ".wav"]
    lines = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    whole = read_pcm(out)
    plain, shifted = (read_pcm(cache / name) for name in sorted(lines, key=lambda n: lines[n]))
    assert whole.size > plain.size + shifted.size  # both lines and the gap between them
    assert _pitch(shifted) > 1.2 * _pitch(plain)  # the character's voice is higher
    dialogue.speak_lines(voice, [narrator, ("Here is the spare bulb.", 1.4)], "en", out, cache, "espeak")
    again = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    assert len(again) == 3 and all(again[name] == stamp for name, stamp in lines.items())  # only the new line


@pytest.mark.parametrize("text, names, read", [
    # a tag naming the speaker, and a pronoun's tag: read plainly
    ('"Look!" Mia shouted. "Who is there?" she asked.', {"mia": "Mia", "tom": "Tom"},
     [("mia", "tag"), ("mia", "pronoun")]),
    # a speaker going on, the one the sentence before names, a turn taken: sure enough
    ('"Come here," said Mia. "Now." Tom looked up. "Why?" "Because."', {"mia": "Mia", "tom": "Tom"},
     [("mia", "tag"), ("mia", "goes on"), ("tom", "named before"), ("mia", "turn")]),
    # a verb that tells an act of its own after a quote may start the next sentence: a guess
    ('"That is mine." Tom giggled and ran off.', {"mia": "Mia", "tom": "Tom"}, [("tom", "act")]),
    ('The wind howled. "Who is there?"', {"a": "Ana", "t": "Tom"}, [(None, "none")]),
    ('The wind howled. "Who is there?"', {"a": "Ana"}, [("a", "only one")]),
])
def test_each_reading_says_whether_its_cue_named_the_speaker_or_only_guessed(text, names, read):
    found = dialogue.readings(text, names, "en")
    assert [(r.speaker, r.how) for r in found] == read
    assert [r.sure for r in found] == [how not in dialogue.GUESSED for _, how in read]
    assert [r.how in dialogue.PLAIN for r in found] == [how in ("tag", "pronoun") for _, how in read]
    assert dialogue.said_by(text, names, "en") == [who for who, _ in read]


@pytest.mark.parametrize("text, names, language, read", [
    # a tag stays in its paragraph: the dog barking on the next line says nothing
    ('"It\'s a little funny."\nHer dog, Rex, barked once.', {"ada": "Ada", "rex": "Rex"}, "en", [(None, "none")]),
    # the one a line calls by name answers it, and is never its speaker
    ('Ada put down the cup. "Mr. Pell, is that you?" "Who else?"', {"ada": "Ada", "pell": "Mr. Pell"}, "en",
     [("ada", "named before"), ("pell", "addressed")]),
    # after a tagged line, a new paragraph is the other one's answer; in the same paragraph the speaker goes on
    ('Ada met Tom at the gate.\n"Late again?" asked Ada.\n"The bus."', {"ada": "Ada", "tom": "Tom"}, "en",
     [("ada", "tag"), ("tom", "other")]),
    ('Ada met Tom at the gate. "Late again?" asked Ada. "The bus."', {"ada": "Ada", "tom": "Tom"}, "en",
     [("ada", "tag"), ("ada", "goes on")]),
    # a Chinese name by its surname with 老, or by the given name
    ('老周放下茶缸。“链子没事。”\n“要修多久？”小满问。', {"zhou": "周师傅", "man": "林小满"}, "zh",
     [("zhou", "named before"), ("man", "tag")]),
    # the words of a sign or the radio are the narrator's, a name inside the narrator's sentence too
    ('Ada stopped. A sign by the gate read "No dogs beyond this point." "Oh no," said Ada.',
     {"ada": "Ada", "rex": "Rex"}, "en", [(None, "written"), ("ada", "tag")]),
    ('Ada looked at the sign, then asked: "Is it open?"', {"ada": "Ada", "tom": "Tom"}, "en", [("ada", "tag")]),
    ('傍晚，摊前立着一块牌子，上面写着“不甜不要钱”。', {"wang": "王阿姨", "yu": "孙子小宇"}, "zh", [(None, "written")]),
    ('Opa Hannes saß in seinem Boot »Möwe« am Steg.', {"h": "Opa Hannes", "k": "Karl"}, "de", [(None, "mention")]),
    ('Ana nickte und sagte nur „ja“ zu Tom.', {"a": "Ana", "t": "Tom"}, "de", [("a", "named before")]),
    ('ポン太は「うん」とうなずいた。', {"p": "ポン太", "k": "キツネ"}, "ja", [("p", "named before")]),  # と: spoken
    # "they" is a group, "it" an animal; on a new line after Abe's line, "he" is first someone else
    ('Grandpa Abe sat down. The twins ran up.\n"A huge one," they added.\n"Logs," he said.',
     {"abe": "Grandpa Abe", "twins": "the twins"}, "en", [("twins", "pronoun"), ("abe", "pronoun")]),
    ('Abe met a raccoon and a girl. "Thanks," it called.', {"abe": "Abe", "r": "a raccoon", "g": "a girl"}, "en",
     [("r", "pronoun")]),
    # a pronoun before any name in the sentence before: whom the sentences before name
    ('Grandpa Abe stared at it. Then he stared at the twins. "Which of you said that?"',
     {"abe": "Grandpa Abe", "twins": "the twins"}, "en", [("abe", "named before")]),
    # a described character by its head noun: "el astrónomo de guardia" is "el astrónomo"
    ('“Eso es Saturno”, dijo el astrónomo.', {"a": "el astrónomo de guardia", "l": "Lucía"}, "es", [("a", "tag")]),
    # a German compound of the name's words: "der Schlüsseldienstmann"
    ('„Neunzig Euro“, sagte der Schlüsseldienstmann.', {"k": "Frau Kowalczyk", "m": "der Mann vom Schlüsseldienst"},
     "de", [("m", "tag")]),
    # "grand-mère" is no "mère"; "Maman" calls the mother, so she does not say it; « -t-elle » is "elle";
    # the grandmother, named after "de", is no one "elle" stands for
    ("Léa dormait. Sur la table, une carte de sa grand-mère.\n« Maman, c'est à moi ? » demanda-t-elle.",
     {"l": "Léa", "m": "sa mère", "g": "sa grand-mère"}, "fr", [("l", "pronoun")]),
    # the words after "the word" or "like" are spoken of; words carved on a thing are the narrator's
    ('The box was carved "FOR JUNE". The word "June" meant nothing to Ada, like "never" or "not yet."',
     {"ada": "Ada", "tom": "Tom"}, "en", [(None, "written"), (None, "mention"), (None, "mention"), (None, "mention")]),
    # a tag naming no one of the cast is a stranger's; a tag inside the line counts
    ('Ada sat still. "Doors closing," a voice overhead announced.', {"ada": "Ada", "tom": "Tom"}, "en",
     [(None, "stranger")]),
    ("Léa attendait. « C'est fini, dit Hugo, on rentre. »", {"l": "Léa", "h": "Hugo"}, "fr", [("h", "tag")]),
    # "he" is not Nadia (a first name's usual sex); "the woman" is the one woman of the cast
    ('Nadia sat by Sam Brook. He looked up. "Tickets?"', {"n": "Nadia", "s": "Sam Brook"}, "en",
     [("s", "named before")]),
    ('Ramos entró. La mujer dejó el vaso. «No.»', {"r": "el inspector Ramos", "i": "la señora Ibarra"}, "es",
     [("i", "named before")]),
    # a title written small names its bearer ("la capitana"); a vocative before a tag still calls
    ('La capitana Soto miró la caja.\n«No corras tanto», dijo.', {"s": "la capitana Soto", "n": "Nico"}, "es",
     [("s", "pronoun")]),
    ('"Ben," said Ms Okafor, "are you with us?"\n"Almost, miss."', {"o": "Ms Okafor", "b": "Ben", "j": "Jonah"}, "en",
     [("o", "tag"), ("o", "named before"), ("b", "addressed")]),
    # a word written down or a song called so is the narrator's; a possessor when no one else may be "elle"
    ('Rowe wrote a single word: "book." She hummed the one called "Hush Now."', {"r": "Rowe", "p": "Mrs Pell"},
     "en", [(None, "written"), (None, "mention")]),
    ("La boule de Madame Lefranc s'arrêta.\n« À moi », annonça-t-elle.", {"l": "Madame Lefranc", "z": "Zoé"}, "fr",
     [("l", "pronoun")]),
    # the one named right after a line that ends its paragraph acts on it; one after "seine" is looked at
    ('Vroni lachte.\n»Papa, die Bank!« Ella zog die Stiefel aus.\nJonas sah sie an, dann seine Oma. »Nein.«',
     {"v": "Vroni", "e": "Ella", "j": "Jonas", "o": "Oma Hilde"}, "de", [("e", "acts after"), ("j", "named before")]),
])
def test_paragraphs_names_called_and_names_shortened_tell_who_speaks(text, names, language, read):
    assert [(r.speaker, r.how) for r in dialogue.readings(text, names, language)] == read


def test_the_planner_reads_a_new_paragraph_as_a_new_speaker():
    from storyreel.director.progressive import ProgressiveDirector
    from storyreel.director.text import split_story

    story = split_story('Ada met Tom at the gate.\n"Late again?" asked Ada.\n"The bus."', "en")
    assert story.paragraphs == [1, 2, 3]  # no line ends mid-sentence: each line is a paragraph
    data = {"sentences": story.sentences, "paragraphs": story.paragraphs, "language": "en",
            "entities": [{"id": i, "name": i.title(), "kind": "character"} for i in ("ada", "tom")]}
    shot = {"narration": story.sentences[2], "source": [3], "entities": []}
    assert ProgressiveDirector._speakers(None, data, shot, ask=False) == ["tom"]
    data["paragraphs"] = [1, 1, 1]
    assert ProgressiveDirector._speakers(None, data, shot, ask=False) == ["ada"]  # one paragraph: Ada goes on


def test_the_one_character_on_screen_is_a_guess_for_a_line_nothing_else_settles():
    names = {"a": "Ana", "t": "Tom"}
    text = 'The wind howled. "Who is there?" "Only the wind," said Tom.'
    assert dialogue.readings(text, names, "en", on_screen=["t"]) == [dialogue.Reading("t", "on screen"),
                                                                     dialogue.Reading("t", "tag")]
    assert dialogue.said_by(text, names, "en", on_screen=["a", "t"]) == [None, "t"]  # two on screen: no one
    assert dialogue.said_by(text, names, "en", on_screen=["a", "rock"]) == ["a", "t"]  # a thing does not speak
