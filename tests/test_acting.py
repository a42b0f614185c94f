"""How a sentence's main character acts, read from its words (pose and face), in nine languages.
Pure functions, no model: None where the words say nothing, never a guess."""

import pytest

import storyreel.director.acting as module
from storyreel.director.acting import EXPRESSIONS, LANGUAGES, POSES, acting
from storyreel.script import EXPRESSIONS as SCRIPT_EXPRESSIONS
from storyreel.script import POSES as SCRIPT_POSES


@pytest.mark.parametrize("sentence, language, pose, expression", [
    # English: every pose
    ("Tom walked slowly to the old mill.", "en", "walk", None),
    ("The fox ran into the forest.", "en", "run", None),
    ("Grandma sat on the porch with her knitting.", "en", "sit", None),
    ("The cat lay in the warm sun all afternoon.", "en", "lie", None),
    ("The baby slept in her cradle.", "en", "sleep", None),
    ("Mia climbed the old apple tree.", "en", "climb", None),
    ("He pointed at the lighthouse.", "en", "point", None),
    ("She carried a basket of eggs to the market.", "en", "hold", None),
    ("The children waved goodbye to the ship.", "en", "wave", None),
    ("Lena knelt beside the little bird.", "en", "kneel", None),
    ("The frog jumped into the pond.", "en", "jump", None),
    ("The guard stood at the gate.", "en", "stand", None),
    # English: every expression
    ("The little girl smiled at her brother.", "en", None, "happy"),
    ("Oskar wept when the ship left.", "en", None, "sad"),
    ("The mouse was terrified of the owl.", "en", None, "afraid"),
    ("The king was furious.", "en", None, "angry"),
    ("She gasped at the sight of the dragon.", "en", None, "surprised"),
    ("After the long day the farmer was exhausted.", "en", None, "tired"),
    ("He calmly folded the letter.", "en", None, "neutral"),
    # English: conjugations and phrases
    ("The dog is running after the ball.", "en", "run", None),
    ("Granddad was sitting by the fire, laughing.", "en", "sit", "happy"),
    ("She lay down on the grass.", "en", "lie", None),
    ("Soon the tired boy fell asleep.", "en", "sleep", "tired"),
    ("He went up the stairs to the attic.", "en", "climb", None),
    ("She picked the puppy up and hugged it.", "en", "hold", None),
    ("The old man crouched by the stream.", "en", "kneel", None),
    ("They waited for the bus in the rain.", "en", "stand", None),
    ("She hurried home through the snow.", "en", "walk", None),
    ("Then the boy began to run.", "en", "run", None),
    ("He stood up and began to run.", "en", "stand", None),
    ("After he had run all morning, he sat under a tree.", "en", "sit", None),
    ("The girl jumped for joy.", "en", "jump", "happy"),
    ("He yawned and went to bed.", "en", "sleep", "tired"),
    ('"Help!" cried the boy.', "en", None, None),
    ('"Sit down," she said with a smile.', "en", None, "happy"),
    # English: false friends and negation say nothing
    ("The waves crashed against the rocks.", "en", None, None),
    ("At that point the story takes a turn.", "en", None, None),
    ("He told a lie to his teacher.", "en", None, None),
    ("There was a market stand full of apples.", "en", None, None),
    ("The wind ran through the tall grass.", "en", None, None),
    ("Time flew by.", "en", None, None),
    ("A smile of the moon lit the sea.", "en", None, None),
    ("The old castle stood on the hill.", "en", None, None),
    ("She ran a small bakery in the village.", "en", None, None),
    ("She was not afraid of the dark.", "en", None, None),
    ("He wasn't tired at all.", "en", None, None),
    ("The boy did not run.", "en", None, None),
    ("She couldn't stop laughing.", "en", None, "happy"),
    ("Sadly, the shop was closed.", "en", None, None),
    ("She could not believe her eyes.", "en", None, "surprised"),
    ("Not far away, an old man sat on a bench.", "en", "sit", None),
    ("They ran out of bread.", "en", None, None),
    ("He was going to buy bread.", "en", None, None),
    ("She could not stand the noise.", "en", None, None),
    ("The door was standing open.", "en", None, None),
    ("He held his breath.", "en", None, None),
    ("She stopped crying and smiled.", "en", "stand", "happy"),
    # German
    ("Der Fuchs lief schnell davon.", "de", "run", None),
    ("Die Oma setzte sich auf die Bank.", "de", "sit", None),
    ("Der Junge stieg langsam die Leiter hinauf.", "de", "climb", None),
    ("Das Kind schlief tief und fest.", "de", "sleep", None),
    ("Sie winkte ihrem Vater zu und lachte.", "de", "wave", "happy"),
    ("Der Hase sprang über den Bach.", "de", "jump", None),
    ("Er zeigte auf den Berg.", "de", "point", None),
    ("Sie trug einen Korb voller Äpfel.", "de", "hold", None),
    ("Sie trug ein rotes Kleid.", "de", None, None),
    ("Das Mädchen kniete neben dem Hund.", "de", "kneel", None),
    ("Anna stand am Fenster und weinte.", "de", "stand", "sad"),
    ("Der kleine Bär hatte keine Angst.", "de", None, None),
    ("Er war wütend.", "de", None, "angry"),
    ("Er lachte nicht.", "de", None, None),
    ("Nach dem langen Weg war Opa sehr müde.", "de", None, "tired"),
    ("Das Haus stand am Waldrand.", "de", None, None),
    ("Nachdem er gelaufen war, setzte er sich hin.", "de", "sit", None),
    ("Sie weinte vor Freude.", "de", None, "happy"),
    # Spanish
    ("El perro corrió hacia el río.", "es", "run", None),
    ("La abuela se sentó junto a la ventana.", "es", "sit", None),
    ("Tomás subió las escaleras.", "es", "climb", None),
    ("El niño no tenía miedo.", "es", None, None),
    ("María lloró toda la noche.", "es", None, "sad"),
    ("El gato dormía en el sofá.", "es", "sleep", None),
    ("Ella saludó con la mano y sonrió.", "es", "wave", "happy"),
    ("El abuelo estaba muy cansado.", "es", None, "tired"),
    ("Se arrodilló junto a la flor.", "es", "kneel", None),
    ("Llevaba un sombrero rojo.", "es", None, None),
    ("Dio un salto de alegría.", "es", "jump", "happy"),
    ("Le dio un abrazo.", "es", "hold", None),
    ("No podía creerlo.", "es", None, "surprised"),
    # French
    ("Le petit chien courut vers la mer.", "fr", "run", None),
    ("Elle s'assit sur le banc.", "fr", "sit", None),
    ("Le garçon grimpa dans l'arbre.", "fr", "climb", None),
    ("Il n'avait pas peur.", "fr", None, None),
    ("La fillette pleura en silence.", "fr", None, "sad"),
    ("Il montra la lune du doigt.", "fr", "point", None),
    ("Le chat s'endormit près du feu.", "fr", "sleep", None),
    ("Elle fit signe de la main à son ami.", "fr", "wave", None),
    ("Le roi était en colère.", "fr", None, "angry"),
    ("Elle portait une robe bleue.", "fr", None, None),
    # Italian
    ("Il bambino corse verso casa.", "it", "run", None),
    ("La nonna si sedette sulla sedia.", "it", "sit", None),
    ("Marco sorrise alla sorella.", "it", None, "happy"),
    ("Il gatto saltò sul tavolo.", "it", "jump", None),
    ("Non aveva paura del lupo.", "it", None, None),
    ("La ragazza era molto stanca.", "it", None, "tired"),
    # Portuguese
    ("O menino correu para a praia.", "pt", "run", None),
    ("Ela sentou-se no banco e chorou.", "pt", "sit", "sad"),
    ("O cão pulou de alegria.", "pt", "jump", "happy"),
    ("A menina acenou para o pai.", "pt", "wave", None),
    ("Ele ficou surpreso com o presente.", "pt", None, "surprised"),
    ("Ela não estava com medo.", "pt", None, None),
    # Dutch
    ("De hond rende naar het park.", "nl", "run", None),
    ("Oma ging op de bank zitten.", "nl", "sit", None),
    ("Het meisje sliep in haar bed.", "nl", "sleep", None),
    ("Hij was niet bang.", "nl", None, None),
    ("Ze zwaaide naar haar moeder en lachte.", "nl", "wave", "happy"),
    ("Hij klom in de boom.", "nl", "climb", None),
    # Chinese: 走 is walking
    ("小明走到学校。", "zh", "walk", None),
    ("小狗飞快地跑向河边。", "zh", "run", None),
    ("奶奶坐在椅子上笑了。", "zh", "sit", "happy"),
    ("小猫躺在阳光下睡着了。", "zh", "lie", None),
    ("他指着远处的山。", "zh", "point", None),
    ("她向朋友挥手。", "zh", "wave", None),
    ("小兔子一点也不怕。", "zh", None, None),
    ("他很生气。", "zh", None, "angry"),
    ("孩子们都很惊讶。", "zh", None, "surprised"),
    ("他睡不着。", "zh", None, None),
    ("她沿着走廊看了看。", "zh", None, None),
    # Japanese: 走る is running
    ("子ぎつねは森へ走っていきました。", "ja", "run", None),
    ("おばあさんはベンチに座っていました。", "ja", "sit", None),
    ("男の子は木に登った。", "ja", "climb", None),
    ("女の子はにっこり笑った。", "ja", None, "happy"),
    ("ねこはこたつで眠っていた。", "ja", "sleep", None),
    ("少年は泣いていた。", "ja", None, "sad"),
    ("彼女は怖くなかった。", "ja", None, None),
    ("彼はとても疲れていた。", "ja", None, "tired"),
    ("公園まで歩いて、ベンチに座った。", "ja", "sit", None),
    ("少女は手を振った。", "ja", "wave", None),
])
def test_acting_reads_what_the_words_say(sentence, language, pose, expression):
    assert acting(sentence, language) == {"pose": pose, "expression": expression}


def test_values_are_the_scripts_and_every_language_has_tables():
    assert POSES == SCRIPT_POSES and EXPRESSIONS == SCRIPT_EXPRESSIONS
    poses, expressions = module._POSE_RULES, module._EXPRESSION_RULES
    assert set(poses) == set(expressions) == set(LANGUAGES)
    assert {v for rules in poses.values() for v, _ in rules} - {None} == set(POSES)
    assert {v for rules in expressions.values() for v, _ in rules} - {None} == set(EXPRESSIONS)


def test_unknown_language_is_read_as_english_and_codes_may_carry_a_region():
    assert acting("She sat down and smiled.", "xx") == {"pose": "sit", "expression": "happy"}
    assert acting("Ela sentou-se e sorriu.", "pt-BR") == {"pose": "sit", "expression": "happy"}
    assert acting("", "en") == {"pose": None, "expression": None}


def _spans(sentence: str, *names: str) -> dict:
    return {name: (sentence.index(name), sentence.index(name) + len(name)) for name in names}


def test_each_character_is_read_in_its_own_part_of_the_sentence():
    from storyreel.director.acting import acting_each

    s = "Frieda setzte sich traurig in den nassen Sand, doch Bruno bellte fröhlich."
    assert acting_each(s, "de", _spans(s, "Frieda", "Bruno")) == {
        "Frieda": {"pose": "sit", "expression": "sad"}, "Bruno": {"pose": None, "expression": "happy"}}
    s = "Doña Rosa y Tomás salieron corriendo bajo un paraguas."  # joined subjects share the verb
    assert {k: v["pose"] for k, v in acting_each(s, "es", _spans(s, "Doña Rosa", "Tomás")).items()} == {
        "Doña Rosa": "run", "Tomás": "run"}
    s = "The fishermen rowed home while Oskar waved from the tower."
    assert {k: v["pose"] for k, v in acting_each(s, "en", _spans(s, "fishermen", "Oskar")).items()} == {
        "fishermen": "sit", "Oskar": "wave"}
