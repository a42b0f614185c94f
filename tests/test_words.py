"""What the story's words say plainly, read by code: time of day and weather of a sentence, and
what a being is (species, sex, age, group), in nine languages. Pure functions, no model."""

import pytest

from storyreel.director.words import ANIMALS, LANGUAGES, PERSON_NOUNS, being, is_group, noun, setting

HARBOUR = [
    "That evening, as the sun went down behind dark clouds, the harbour master locked the harbour office and walked "
    "along the pier with an old dog named Biscuit.",
    "Biscuit raced down the pier, caught its trailing rope in his teeth, and pulled until the harbour master could "
    "tie the boat to an iron ring."]
LIGHTHOUSE = ["Oskar the old lighthouse keeper lived on a rocky island with a black cat named Pepper.",
              "Every evening he climbed the spiral stairs of the red and white lighthouse to light the great lamp.",
              "Pepper found a spare bulb hidden in Oskar's wooden toolbox and pushed it across the floor with her paw.",
              "In the morning the fishermen rowed to the island with a basket of fresh fish for Oskar and Pepper."]
ROSA = ["Bajo el sol de primavera, Doña Rosa y su nieto Tomás plantaron tomates en el huerto detrás de la casa."]
PETIT = ["Monsieur Petit était le boulanger de la rue des Lilas, et son chat roux, Caramel, dormait toujours sur un "
         "sac de farine."]
FRIEDA = ["Frieda und ihr Hund Bruno bauten einen hohen Leuchtturm aus Sand."]
KON = ["それを見ていた子ぎつねのコンは、神社から赤い紙のちょうちんをくわえて走ってきました。"]
XIAOYU = "星期六下午，小雨和爷爷带着一只红色的金鱼风筝来到山坡上。"


@pytest.mark.parametrize("sentence, language, time, weather", [
    # the sentences the 1.5B model planned "clear"
    ("One autumn storm knocked out the lighthouse lamp.", "en", None, "storm"),
    ("Is it raining again?", "en", None, "rain"),
    ("Thunder rolled over the hills.", "en", None, "storm"),
    ("Sie stapften durch den tiefen Schnee.", "de", None, "snow"),
    # English
    ("One foggy night the lamp flickered and went dark.", "en", "night", "fog"),
    ("Every evening he climbed the spiral stairs.", "en", "sunset", None),
    ("In the morning the fishermen rowed to the island.", "en", "morning", None),
    ("One day the tower clock stopped.", "en", None, None),
    (HARBOUR[0], "en", "sunset", "cloudy"),
    ("Soon the rain began, and they hurried back to the office.", "en", None, "rain"),
    ("By midnight the storm was howling and waves crashed over the pier.", "en", "night", "storm"),
    ("Before morning the wind died down, and a thick fog crept over the quiet water.", "en", "night", "fog"),
    ("At dawn the fog lifted, and in the morning sun they sat on the red boat.", "en", "dawn", "clear"),
    ("Tala lies down on the shore and watches the moon until dawn.", "en", "dawn", None),
    ("They worked from morning to night.", "en", "morning", None),
    ("They watched the sun rise over the sea.", "en", "dawn", None),
    ("Under the stars, the children sang.", "en", "night", None),
    ("The moon was full and bright.", "en", "night", None),
    ("Good morning, said the baker.", "en", "morning", None),
    ("The sky was grey and overcast all afternoon.", "en", "day", "cloudy"),
    ("Mist rose from the river at daybreak.", "en", "dawn", "fog"),
    ("Every morning at five she lit the oven.", "en", "dawn", None),  # the small hours are dark
    ("At four in the morning the bells rang.", "en", "dawn", None),
    ("Every morning at nine she opened the shop.", "en", "morning", None),
    ("At five in the afternoon he came home.", "en", "day", None),
    ("It was a dark and stormy night.", "en", "night", "storm"),
    ("A summer storm came with thunder and heavy rain.", "en", None, "storm"),
    ("The rain turned to snow during the night.", "en", "night", "snow"),
    ("The rain stopped and the sun came out.", "en", None, "clear"),
    ("After the storm, the fishermen mended their nets.", "en", None, "clear"),
    ("The sunny morning turned grey, and soon it began to rain.", "en", "morning", "rain"),
    ("A rainbow arched over the wet fields.", "en", None, "clear"),
    ("Dark storm clouds gathered over the sea.", "en", None, "storm"),
    ("The children built a snowman in the garden.", "en", None, "snow"),
    ("The snow-capped mountains glittered in the sunshine.", "en", None, "clear"),
    # English false friends
    ("The audience gave a storm of applause.", "en", None, None),
    ("The chef brushed a cloud of flour from her apron.", "en", None, None),
    ("Snow White bit the apple.", "en", None, None),
    ("They held a brainstorm in the afternoon.", "en", "day", None),
    ("She wore her raincoat and took an umbrella.", "en", None, None),
    ("It dawned on him that the key was gone.", "en", None, None),
    ("He stormed out of the room.", "en", None, None),
    ("She ran as fast as lightning.", "en", None, None),
    ("Last night I dreamed of the sea, she said.", "en", None, None),
    # meals say their time
    # A meal says no time of day ("packed his lunch", "before dinner" are said at any hour).
    ("After breakfast, Tom ran to the beach.", "en", None, None),
    ("L'école avait besoin de quarante croissants pour le petit-déjeuner des enfants.", "fr", None, None),
    ("Después de la cena, la abuela contó un cuento.", "es", None, None),
    ("吃过午饭，他们去了公园。", "zh", None, None),
    ("Snow fell all night, and by morning the garden was white.", "en", "morning", "snow"),  # the moment reached
    ("整个下午，雪花不停地飘落。", "zh", "day", "snow"),  # 不停: without stopping
    ("Nightingales sang in the garden.", "en", None, None),
    # German: compounds, "morgen" (tomorrow), false friends
    ("Am Samstagmorgen gab es am windigen Strand einen Wettbewerb.", "de", "morning", None),
    ("Am Mittag rollte plötzlich eine große Welle heran.", "de", "day", None),
    ("Bei Sonnenuntergang gab die Jury ihnen den ersten Preis.", "de", "sunset", None),
    ("Am nächsten Morgen schien die Sonne.", "de", "morning", "clear"),
    ("Im Morgengrauen fuhren die Fischer hinaus.", "de", "dawn", None),
    ("Gewitterwolken türmten sich über dem Meer.", "de", None, "storm"),
    ("Die Abendsonne färbte den Himmel rot.", "de", "sunset", "clear"),
    ("Es regnete die ganze Nacht.", "de", "night", "rain"),
    ("Wir gehen morgen an den Strand.", "de", None, None),
    ("Morgen fahren wir zur Oma, sagte Papa.", "de", None, None),
    ("Am Donnerstag war der Himmel grau.", "de", None, "cloudy"),
    ("Das Nebelhorn tutete über den Hafen.", "de", None, None),
    ("Der Regen hörte auf, und die Sonne kam heraus.", "de", None, "clear"),
    ("Es war eine stürmische Nacht.", "de", "night", "storm"),
    ("Im dichten Nebel verlor das Boot den Weg.", "de", None, "fog"),
    ("Ein Schneesturm tobte um die Hütte.", "de", None, "snow"),
    ("Die Kinder waren ganz aufgeregt.", "de", None, None),
    ("Im warmen Sommerregen tanzten sie.", "de", None, "rain"),
    ("Weihnachten kam näher.", "de", None, None),
    ("Am Vormittag schneite es.", "de", "morning", "snow"),
    ("Am Nachmittag zogen dunkle Wolken auf.", "de", "day", "cloudy"),
    ("Sie blieben wach bis zum Morgengrauen.", "de", "dawn", None),
    ("Die Sterne funkelten am Himmel.", "de", "night", "clear"),
    # Spanish: "tarde" is afternoon after a determiner, "mañana" without one is tomorrow
    ("Una tarde de julio, el cielo se puso negro y una tormenta de verano, con truenos y lluvia fuerte, cayó sobre el "
     "huerto.", "es", "day", "storm"),
    ("Cada tarde subía la escalera de caracol para encender la gran lámpara.", "es", "day", None),
    ("Una noche de tormenta, la luz se apagó.", "es", "night", "storm"),
    ("Al amanecer, los pescadores subieron al faro.", "es", "dawn", None),
    ("A la mañana siguiente salió el sol, y las plantas seguían de pie.", "es", "morning", "clear"),
    ("Mañana iremos al mercado, dijo la abuela.", "es", None, None),
    ("Por la mañana llovía sin parar.", "es", "morning", "rain"),
    (ROSA[0], "es", None, "clear"),
    ("Llegó tarde a la escuela.", "es", None, None),
    ("La niebla cubría el puerto al anochecer.", "es", "sunset", "fog"),
    ("Nevaba sobre el pueblo.", "es", None, "snow"),
    ("Tenía la piel blanca como la nieve.", "es", None, None),
    ("Hubo una lluvia de aplausos.", "es", None, None),
    ("Doña Rosa y Tomás salieron corriendo bajo un paraguas grande.", "es", None, None),
    ("Después de la tormenta, el cielo estaba nublado.", "es", None, "cloudy"),
    # French
    ("À l'aube, sous un ciel gris, M. Petit sortit du four des baguettes dorées.", "fr", "dawn", "cloudy"),
    ("Dehors, il commençait à pleuvoir.", "fr", None, "rain"),
    ("La pluie s'arrêta et le soleil brilla sur les toits.", "fr", None, "clear"),
    ("Le soir, il neigeait sur le village.", "fr", "sunset", "snow"),
    ("Cette nuit-là, l'orage grondait.", "fr", "night", "storm"),
    ("Elle pleurait dans sa chambre.", "fr", None, None),
    ("Il acheta des éclairs au chocolat.", "fr", None, None),
    ("Ce fut le coup de foudre.", "fr", None, None),
    ("Le brouillard se leva vers midi.", "fr", "day", "clear"),
    ("L'après-midi, sous un ciel couvert, ils partirent.", "fr", "day", "cloudy"),
    ("Blanche-Neige dormait.", "fr", None, None),
    ("Au petit matin, une brume légère couvrait le lac.", "fr", "dawn", "fog"),
    ("La lune brillait sur le lac.", "fr", "night", None),
    # Italian
    ("All'alba il pescatore uscì in mare.", "it", "dawn", None),
    ("Quella sera pioveva a dirotto.", "it", "sunset", "rain"),
    ("Di notte scoppiò un temporale.", "it", "night", "storm"),
    ("La mattina dopo c'era il sole.", "it", "morning", "clear"),
    ("Nel pomeriggio una fitta nebbia coprì la valle.", "it", "day", "fog"),
    ("Nevicava da tre giorni.", "it", None, "snow"),
    ("Biancaneve mangiò la mela.", "it", None, None),
    ("Corse come un fulmine.", "it", None, None),
    # Portuguese: "amanhã" is tomorrow, "manhã" morning
    ("De manhã, chovia muito.", "pt", "morning", "rain"),
    ("Amanhã vamos à praia.", "pt", None, None),
    ("À tarde, o sol brilhava no céu azul.", "pt", "day", "clear"),
    ("Ao anoitecer, começou uma tempestade.", "pt", "sunset", "storm"),
    ("Ela abriu o guarda-chuva.", "pt", None, None),
    ("A névoa cobria o porto ao amanhecer.", "pt", "dawn", "fog"),
    ("Nevava na montanha.", "pt", None, "snow"),
    ("Mais tarde, à noite, o céu estava nublado.", "pt", "night", "cloudy"),
    # Dutch: "morgen" alone is tomorrow, "mist" also "misses"
    ("'s Morgens scheen de zon.", "nl", "morning", "clear"),
    ("Op zaterdagochtend regende het.", "nl", "morning", "rain"),
    ("Morgen gaan we naar zee.", "nl", None, None),
    ("Die nacht stormde het.", "nl", "night", "storm"),
    ("Hij stormde naar binnen.", "nl", None, None),
    ("Hij mist zijn moeder.", "nl", None, None),
    ("In de dichte mist zagen ze niets.", "nl", None, "fog"),
    ("Bij zonsondergang kwamen de vissers thuis.", "nl", "sunset", None),
    ("Op donderdag sneeuwde het.", "nl", None, "snow"),
    ("Het onweer trok over.", "nl", None, "clear"),
    ("Overdag was de lucht grijs.", "nl", "day", "cloudy"),
    # Chinese: 小雨 is a girl's name in the story, light rain only after a verb
    (XIAOYU, "zh", "day", None),
    ("傍晚，太阳落山了，小雨抱着风筝走回家。", "zh", "sunset", None),
    ("天下起了小雨。", "zh", None, "rain"),
    ("一天夜里起了风暴，灯灭了。", "zh", "night", "storm"),
    ("第二天早上，雨停了，天空出现了彩虹。", "zh", "morning", "clear"),
    ("大雾笼罩着港口。", "zh", None, "fog"),
    ("外面下着大雪。", "zh", None, "snow"),
    ("天空布满了乌云。", "zh", None, "cloudy"),
    ("他一头雾水。", "zh", None, None),
    ("她泪如雨下。", "zh", None, None),
    ("直到天亮，他们都没有睡。", "zh", "dawn", None),
    ("那是一个雷雨交加的夜晚。", "zh", "night", "storm"),
    ("阳光明媚的中午。", "zh", "day", "clear"),
    ("月亮升起来了。", "zh", "night", None),
    # Japanese
    ("雪がしんしんと降る山の村に、ひとりのおばあさんが住んでいました。", "ja", None, "snow"),
    ("ある夜、おばあさんは道が分からなくなってしまいました。", "ja", "night", None),
    ("次の朝、雪はやんで、コンの姿はもうなく、赤いちょうちんだけが残っていました。", "ja", "morning", "clear"),
    ("夕方、空が曇ってきました。", "ja", "sunset", "cloudy"),
    ("夜明けに霧が出ました。", "ja", "dawn", "fog"),
    ("朝まで雨が降り続きました。", "ja", "morning", "rain"),
    ("嵐の夜でした。", "ja", "night", "storm"),
    ("素晴らしい一日でした。", "ja", None, None),
    ("朝ごはんを食べました。", "ja", "morning", None),
    ("昼すぎ、青空が広がりました。", "ja", "day", "clear"),
    ("日が暮れて、月が出ていました。", "ja", "sunset", None),
    # a language without word lists: every list is tried, English first
    ("It was raining at night.", "xx", "night", "rain"),
    ("Es regnete am Abend.", "sv", "sunset", "rain"),
])
def test_setting(sentence, language, time, weather):
    assert setting(sentence, language) == {"time": time, "weather": weather}


@pytest.mark.parametrize("sentence, language, names, expected", [
    (XIAOYU, "zh", ["小雨", "爷爷"], {"time": "day", "weather": None}),
    ("Stormy trotted to the gate in the rain.", "en", ["Stormy"], {"time": None, "weather": "rain"}),
    ("Rain, the little dog, slept all night.", "en", ["Rain"], {"time": "night", "weather": None}),
    ("Rain, the little dog, slept in the rain.", "en", ["Rain"], {"time": None, "weather": "rain"}),
    ("雪儿在雪中跑。", "zh", ["雪儿"], {"time": None, "weather": "snow"}),
])
def test_setting_masks_names(sentence, language, names, expected):
    assert setting(sentence, language, names) == expected


EVENING_RAIN = {"en": "Rain fell in the evening.", "de": "Am Abend regnete es.", "es": "Al atardecer llovía.",
                "fr": "Le soir, il pleuvait.", "it": "La sera pioveva.", "pt": "Ao entardecer chovia.",
                "nl": "'s Avonds regende het.", "zh": "傍晚下雨了。", "ja": "夕方、雨が降った。"}


def test_every_language_has_word_lists():
    assert set(EVENING_RAIN) == set(LANGUAGES)
    for language, sentence in EVENING_RAIN.items():
        assert setting(sentence, language) == {"time": "sunset", "weather": "rain"}, language


def _b(species=None, sex=None, age=None, group=False):
    return {"species": species, "sex": sex, "age": age, "group": group}


@pytest.mark.parametrize("name, sentences, language, expected", [
    # English: the name, then the sentences (apposition, naming, pronouns where it is the subject)
    ("Grandpa Joe", [], "en", _b("human", "male", "old")),
    ("a grey heron", [], "en", _b("heron")),
    ("a lion made of light", [], "en", _b("lion")),
    ("the fishermen", LIGHTHOUSE, "en", _b("human", group=True)),
    ("the harbour master", HARBOUR, "en", _b("human")),
    ("Biscuit", HARBOUR, "en", _b("dog", "male", "old")),
    ("Pepper", LIGHTHOUSE, "en", _b("cat", "female")),
    ("Oskar", LIGHTHOUSE, "en", _b("human", "male", "old")),
    ("Oskar the old lighthouse keeper", LIGHTHOUSE, "en", _b("human", "male", "old")),
    ("Pete", ["Pete the penguin loved to ski."], "en", _b("penguin")),
    ("Tala", ["Tala, a young tiger in a bamboo forest, loves the moon.", "Every night she climbs the tallest tree."],
     "en", _b("tiger", "female", "young")),
    ("Ruth", ["Ruth was the night guard at the city museum, and every night she said hello to the glass lion."],
     "en", _b("human", "female")),
    ("Lina", ["His apprentice was a clever girl named Lina, who wore a blue cap."], "en",
     _b("human", "female", "child")),
    ("mayor", ["The mayor, a tall man with a tall hat, came running into the shop."], "en",
     _b("human", "male", "adult")),
    ("Jonas", ["Lina asked the baker's son, Jonas, a boy with flour on his cheeks, to help her."], "en",
     _b("human", "male", "child")),
    ("Teddy", ["Teddy was a small brown teddy bear who lived on a shelf."], "en", _b("bear")),
    ("Mia", ["In the rain, little Mia set her paper boat on the flooded street."], "en", _b(None, "female", "child")),
    ("children", [], "en", _b("human", None, "child", True)),
    ("the women", [], "en", _b("human", "female", "adult", True)),
    ("puppy", [], "en", _b("dog", None, "young")),
    ("lioness", [], "en", _b("lion", "female")),
    ("Whiskers", ["She had a female cat named Whiskers."], "en", _b("cat", "female")),
    ("the postman", [], "en", _b("human", "male")),
    ("Mrs Brown", [], "en", _b("human", "female", "adult")),
    ("Mrs Rabbit", [], "en", _b("rabbit", "female", "adult")),
    ("Mr and Mrs Brown", [], "en", _b("human", None, "adult", True)),
    ("old owl", [], "en", _b("owl", None, "old")),
    ("Robin Hood", [], "en", _b()),
    ("the glass lion", ["The lion padded past the dinosaur bones, glowing like a lamp."], "en", _b("lion")),
    ("Pepper", ["Pepper was my best friend."], "en", _b()),  # a friend may be a cat
    ("crow", ["The crow sat on the nest and cawed at her angrily."], "en", _b("crow")),  # "her" is Lina
    ("Tom", ['"Hello," said old Tom.'], "en", _b(age="old")),
    ("Tom", ["The boy saw Tom at the gate."], "en", _b()),
    # German: compounds, -in, "die" with a masculine noun is plural
    ("Bäckerin", [], "de", _b("human", "female")),
    ("Großvater", [], "de", _b("human", "male", "old")),
    ("Bruno", FRIEDA, "de", _b("dog")),
    ("Frieda", FRIEDA, "de", _b(None, "female")),
    ("Frieda", ["Am Mittag rief Oma Frieda nach Hause."], "de", _b()),  # who calls whom is open
    ("Moritz", ["Der alte Kater Moritz schlief auf dem Sofa."], "de", _b("cat", "male", "old")),
    ("die Kinder", [], "de", _b("human", None, "child", True)),
    ("die Fischer", [], "de", _b("human", group=True)),
    ("der Fischer", [], "de", _b("human", "male")),
    ("Fischerinnen", [], "de", _b("human", "female", group=True)),
    ("Welpe", [], "de", _b("dog", None, "young")),
    ("der Wachhund", [], "de", _b("dog")),
    ("Frau Müller", [], "de", _b("human", "female", "adult")),  # a surname after a title
    ("Herr Hase", [], "de", _b("rabbit", "male", "adult")),  # an animal word after a title is the animal
    ("Jury", [], "de", _b("human", group=True)),
    # Spanish
    ("Doña Rosa", ROSA, "es", _b("human", "female", "old")),
    ("Tomás", ROSA, "es", _b("human", "male")),
    ("Nube", ["Marina vivía en un faro blanco junto al mar con su gato gris, Nube."], "es", _b("cat")),
    ("Toby", ["Tenía un perro llamado Toby."], "es", _b("dog")),
    ("los pescadores", [], "es", _b("human", group=True)),
    ("pescadores", [], "es", _b("human", group=True)),
    ("las niñas", [], "es", _b("human", "female", "child", True)),
    ("cachorro", [], "es", _b("dog", None, "young")),
    ("la abuela", [], "es", _b("human", "female", "old")),
    ("el viejo pescador", [], "es", _b("human", "male", "old")),
    # French
    ("Monsieur Petit", PETIT, "fr", _b("human", "male", "adult")),
    ("Caramel", PETIT, "fr", _b("cat")),
    ("Rex", ["Il y avait un chien nommé Rex."], "fr", _b("dog")),
    ("les enfants", [], "fr", _b("human", None, "child", True)),
    ("enfants", [], "fr", _b("human", None, "child", True)),
    ("la boulangère", [], "fr", _b("human", "female")),
    ("chiot", [], "fr", _b("dog", None, "young")),
    ("grand-père", [], "fr", _b("human", "male", "old")),
    # Italian
    ("il vecchio pescatore", [], "it", _b("human", "male", "old")),
    ("la nonna", [], "it", _b("human", "female", "old")),
    ("gattino", [], "it", _b("cat", None, "young")),
    ("Micio", ["Il gatto Micio dormiva sul divano."], "it", _b("cat")),
    ("i bambini", [], "it", _b("human", None, "child", True)),
    # Portuguese
    ("a avó", [], "pt", _b("human", "female", "old")),
    ("cachorrinho", [], "pt", _b("dog", None, "young")),
    ("os pescadores", [], "pt", _b("human", group=True)),
    ("Bolinha", ["Era uma vez um cão chamado Bolinha."], "pt", _b("dog")),
    # Dutch
    ("de bakker", [], "nl", _b("human", "male")),
    ("oma", [], "nl", _b("human", "female", "old")),
    ("de kinderen", [], "nl", _b("human", None, "child", True)),
    ("Pluis", ["Haar kat Pluis sliep op de bank."], "nl", _b("cat")),
    ("de vissers", [], "nl", _b("human", group=True)),
    # Chinese: 小 before an animal is young, 老虎 is no old tiger, 马丽 a name
    ("小狗", [], "zh", _b("dog", None, "young")),
    ("爷爷", [], "zh", _b("human", "male", "old")),
    ("奶奶", [], "zh", _b("human", "female", "old")),
    ("小雨", [XIAOYU], "zh", _b()),
    ("豆豆", ["有一只叫豆豆的小狗。"], "zh", _b("dog", None, "young")),
    ("豆豆", ["小狗豆豆跑了过来。"], "zh", _b("dog", None, "young")),
    ("孩子们", [], "zh", _b("human", None, "child", True)),
    ("猫头鹰", [], "zh", _b("owl")),
    ("老虎", [], "zh", _b("tiger")),
    ("老狗", [], "zh", _b("dog", None, "old")),
    ("马丽", [], "zh", _b()),
    ("豆豆", ["豆豆是爷爷的狗。"], "zh", _b()),  # grandpa's dog: a dog, but no apposition says so
    ("Tom", ["小狗Tom跑了过来。"], "zh", _b("dog", None, "young")),
    # Japanese: 子 before an animal is young
    ("おばあさん", [], "ja", _b("human", "female", "old")),
    ("子ぎつねのコン", [], "ja", _b("fox", None, "young")),
    ("コン", KON, "ja", _b("fox", None, "young")),
    ("タマ", ["ねこのタマがいました。"], "ja", _b("cat")),
    ("ポチ", ["ポチという子犬がいました。"], "ja", _b("dog", None, "young")),
    ("村人たち", [], "ja", _b("human", group=True)),
    ("男の子", [], "ja", _b("human", "male", "child")),
    ("太郎", ["漁師の太郎は海へ出ました。"], "ja", _b("human")),
    ("ハナ", ["おばあさんのハナが来ました。"], "ja", _b()),  # grandma's Hana
])
def test_being(name, sentences, language, expected):
    assert being(name, sentences, language) == expected


@pytest.mark.parametrize("name, language, group", [
    ("the fishermen", "en", True), ("the fisherman", "en", False), ("the jury", "en", True),
    ("die Kinder", "de", True), ("das Kind", "de", False), ("los pescadores", "es", True), ("el pescador", "es", False),
    ("les enfants", "fr", True), ("孩子们", "zh", True), ("孩子", "zh", False), ("村人たち", "ja", True),
    ("Frieda und Bruno", "de", True), ("Tom & Jerry", "en", True), ("Pedro y Ana", "es", True),
    ("Pepper", "en", False), ("Doña Rosa", "es", False),
])
def test_is_group(name, language, group):
    assert is_group(name, language) is group


@pytest.mark.parametrize("word, language, expected", [
    ("Hündin", "de", _b("dog", "female")),
    ("Wachhunde", "de", _b("dog", group=True)),
    ("Rente", "de", None),  # no duck
    ("Spiegel", "de", None),  # no hedgehog
    ("Leuchtturmwärter", "de", _b("human", "male")),
    ("Ärztin", "de", _b("human", "female")),
    ("policewoman", "en", _b("human", "female")),
    ("snowman", "en", _b("snowman")),
    ("schapen", "nl", _b("sheep", group=True)),
])
def test_noun(word, language, expected):
    assert noun(word, language) == expected


def test_word_lists_by_language():
    assert set(PERSON_NOUNS) == set(ANIMALS) == set(LANGUAGES)
    assert ANIMALS["de"]["hund"] == ANIMALS["es"]["perro"] == ANIMALS["zh"]["狗"] == "dog"
    assert ANIMALS["ja"]["きつね"] == "fox" and PERSON_NOUNS["fr"]["boulangère"] == ("female", None)
    assert PERSON_NOUNS["en"]["grandpa"] == ("male", "old")
