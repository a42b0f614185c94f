"""Whether a sentence is seen inside or outside, read from its words, in nine languages; and
whether a location's own name is an interior. Pure functions, no model: None where the words
say nothing, never a guess."""

import pytest

import storyreel.director.framing as module
from storyreel.director.framing import INSIDE_PLACES, LANGUAGES, VIEWS, indoor_place, view

IN, OUT = "inside", "outside"


@pytest.mark.parametrize("sentence, expected", [
    # inside: rooms, shops, buildings, moves in
    ("She walked into the kitchen.", IN),
    ("Grandma baked bread in her warm little kitchen.", IN),
    ("The children sat quietly in the classroom.", IN),
    ("He hammered a horseshoe in the forge.", IN),
    ("Oskar polished the great lamp in the lamp room.", IN),
    ("The baker was busy in the bakery all morning.", IN),
    ("They hid in the cellar until the storm had passed.", IN),
    ("Ruth searched the great hall with her flashlight, and stopped in the Egyptian room.", IN),
    ("It was warm and quiet indoors.", IN),
    ("Inside, the fire crackled.", IN),
    ("Tom went inside.", IN),
    ("He came in from the rain.", IN),
    ("The old man opened the door and went in.", IN),
    ("Finally the knight entered the castle.", IN),
    ("She climbed the spiral stairs of the lighthouse.", IN),
    ("Grandpa sat by the fire and told a story.", IN),
    ("Every morning at five she lit the oven and kneaded the dough.", IN),  # had been drawn on the street
    ("He took the pie out of the oven.", IN),
    ("They ate soup at the kitchen table.", IN),
    ("The little bear was already in bed.", IN),
    ("She pulled the blanket up and hid under the covers.", IN),
    ("Through the window he watched the rain.", IN),
    ("He watched the rain through the window.", IN),
    ("Maya sat on the bus and counted the stops.", IN),
    ("They rode in the carriage to the ball.", IN),
    ("Once aboard, the passengers found their seats.", IN),
    ("Soon the rain began, and they hurried back to the office to sit by the warm stove.", IN),
    ("The dog barked at the window.", IN),
    ("She let the cat in.", IN),
    ("The mouse crept into the old barn.", IN),
    # outside: open air, moves out, weather on someone
    ("The children played outside.", OUT),
    ("They had their lunch outdoors.", OUT),
    ("A crowd gathered in front of the house.", OUT),
    ("The cat sat on the roof.", OUT),
    ("Mia planted tulips in the garden.", OUT),
    ("The boys raced down the street.", OUT),
    ("They set up a market stall in the square.", OUT),
    ("The fox ran into the forest.", OUT),
    ("The children built a sandcastle on the beach.", OUT),
    ("The fishermen waited on the pier.", OUT),
    ("They climbed to the top of the hill.", OUT),
    ("A stranger stood at the door.", OUT),
    ("She left the house early.", OUT),
    ("Tom grabbed his coat and went out.", OUT),
    ("He stepped out into the snow.", OUT),
    ("They slept under the stars.", OUT),
    ("She walked home in the rain.", OUT),
    ("They walked across the bridge.", OUT),
    ("The parade marched through the village.", OUT),
    ("The harbour master walked along the pier with his dog.", OUT),
    ("Biscuit raced down the pier.", OUT),
    ("In the morning sun they sat on the grass.", OUT),
    ("The children ran out of the school.", OUT),
    ("He knocked on the door of the cottage.", OUT),
    ("She got off the train.", OUT),
    ("They sat around the campfire.", OUT),
    ("The rabbits were hiding in the flower bed.", OUT),
    # both: the last move wins, else the first place named
    ("She left the bakery and walked into the snow.", OUT),
    ("She walked through the garden and into the house.", IN),
    ("She sat by the fire while the snow fell outside.", IN),
    ("He opened the door and stepped outside.", OUT),
    ("Before she went out, she ate breakfast in the kitchen.", IN),
    ("When the rain stopped, they went outside.", OUT),
    ("After supper in the kitchen, she went out to the garden.", OUT),
    # masks, false friends, negations: nothing said
    ("In the morning, she smiled.", None),
    ("The light went out.", None),
    ("He found out the truth.", None),
    ("She was out of breath.", None),
    ("The shop went out of business.", None),
    ("They fell in love.", None),
    ("He was in a hurry.", None),
    ("In the end, everyone was happy.", None),
    ("It was an inside joke.", None),
    ("He did not go inside.", None),
    ("She never left the house.", None),
    ("Maya sat behind the driver.", None),
    ("She put the letter inside the box.", None),
    ("Deep inside, he knew she was right.", None),
    ("He felt warm inside.", None),
    ("She ran out of milk.", None),
    ("The sun came out.", None),
    ("Once upon a time, an old fisherman lived in a hut by the sea.", None),
    ("There was a knock at the door.", None),
    ("It was cold outside.", None),
    ("The wind howled outside.", None),
    ("'Come inside!' she called.", None),
    ("He left the kitchen.", None),
    ("They sat on the boat.", None),
    ("She smiled at the garden.", None),
    ("Everyone was happy.", None),
    ("She looked at the sea.", None),
    ("What lay in store for them?", None),
    ("", None),
    # more of both, and sentences that only look like a place
    ("She went to the kitchen to make tea.", IN),
    ("The cat curled up on the sofa.", IN),
    ("He walked across the room.", IN),
    ("She danced around the kitchen.", IN),
    ("In the corner of the room sat an old clock.", IN),
    ("She looked out of the window at the falling snow.", IN),
    ("They got into the car and drove away.", IN),
    ("He slept in the cabin of the ship.", IN),
    ("He sat in the back seat of the car.", IN),
    ("They played cards in the warm kitchen while the storm raged outside.", IN),
    ("It was raining outside, so they stayed inside.", IN),
    ("The children rushed in.", IN),
    ("The bear went back into its cave.", IN),
    ("Inside the shop, it smelled of bread.", IN),
    ("He waited for the bus in the rain.", OUT),
    ("The children went into the woods to play.", OUT),
    ("He jumped into the river.", OUT),
    ("He got out of the car.", OUT),
    ("The dog waited outside the shop.", OUT),
    ("They were in the middle of the forest.", OUT),
    ("She came out of the cave.", OUT),
    ("He sat on the steps of the church.", OUT),
    ("The sailors worked on deck.", OUT),
    ("He peeked in through the window.", OUT),
    ("The rain stopped and the children ran out to play.", OUT),
    ("She ran through the park.", OUT),
    ("They walked across the bridge to the village.", OUT),
    ("There was no room for him.", None),
    ("He held the bird in his hand.", None),
    ("A kite danced in the air.", None),
    ("He was the best baker in the whole town.", None),
    ("They stayed at home.", None),
    ("The news spread through the village.", None),
    ("The moon rose over the hills.", None),
    ("She dreamed of the sea.", None),
    ("The house was quiet.", None),
    ("She hid the letter in a drawer.", None),
    ("He turned out the light.", None),
    ("He came in second in the race.", None),
    ("She stepped in a puddle.", None),
    ("They waited at the bus stop.", None),
    ("They met at the station.", None),
])
def test_english(sentence, expected):
    assert view(sentence, "en") == expected


# The sentences of the bench's own stories (not the held-out ones), one by one.
@pytest.mark.parametrize("sentence, language, expected", [
    ("Am Samstagmorgen gab es am windigen Strand von Norddorf einen großen Sandburgen-Wettbewerb.", "de", OUT),
    ("Frieda und ihr Hund Bruno bauten einen hohen Leuchtturm aus Sand und setzten Muscheln als Fenster hinein.",
     "de", None),
    ("Diesmal bauten sie weiter oben am Strand, wo die Wellen nicht hinkamen.", "de", OUT),
    ("Ruth was the night guard at the city museum, and every night she said hello to the glass lion in the great "
     "hall.", "en", IN),
    ("One night, as the moon shone through the high windows, Ruth found that her ring of keys was gone.", "en", None),
    ("That evening, as the sun went down behind dark clouds, the harbour master locked the harbour office and walked "
     "along the pier with an old dog named Biscuit.", "en", OUT),
    ("By midnight the storm was howling, waves crashed over the pier, and Biscuit barked at the window.", "en", IN),
    ("Through the rain, the harbour master saw the little red boat drifting loose toward the rocks.", "en", None),
    ("Before morning the wind died down, and a thick fog crept over the quiet water.", "en", None),
    ("At dawn the fog lifted, and in the morning sun the harbour master and Biscuit sat on the red boat.", "en", OUT),
    ("In the rain, little Mia set her paper boat on the flooded street, chased it past the houses, caught it at the "
     "drain, and carried it home.", "en", OUT),
    ("次の朝、雪はやんで、コンの姿はもうなく、戸口には赤いちょうちんと小さな足あとだけが残っていました。", "ja", OUT),
    ("Una tarde de julio, el cielo se puso negro y una tormenta de verano, con truenos y lluvia fuerte, cayó sobre el "
     "huerto.", "es", None),
    ("«¿Y nuestros tomates, abuela?», preguntó Tomás, asustado, con la nariz pegada a la ventana.", "es", IN),
    ("Quand ils rentrèrent à la boulangerie, la pluie s'arrêta et le soleil brilla sur les toits.", "fr", IN),
    ("Dehors, il commençait à pleuvoir, mais M. Petit rangea les croissants dans un panier.", "fr", None),
    ("星期六下午，小雨和爷爷带着一只红色的金鱼风筝来到山坡上。", "zh", OUT),
    ("傍晚，太阳落山了，小雨抱着风筝，牵着爷爷的手，高高兴兴地走回家。", "zh", None),
])
def test_bench_story_sentences(sentence, language, expected):
    assert view(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, expected", [
    # German
    ("Die Großmutter backte Brot in der Küche.", "de", IN),
    ("Der Schmied arbeitete in seiner Werkstatt.", "de", IN),
    ("Frieda ging ins Haus.", "de", IN),
    ("Er betrat die Schmiede.", "de", IN),
    ("Drinnen war es warm.", "de", IN),
    ("Sie kam schnell herein.", "de", IN),
    ("Die Kinder saßen am Kamin.", "de", IN),
    ("Opa lag schon im Bett.", "de", IN),
    ("Sie stieg die Treppe hinauf.", "de", IN),
    ("Er sah aus dem Fenster.", "de", IN),
    ("Die Kinder saßen im Bus.", "de", IN),
    ("Die Kinder spielten draußen.", "de", OUT),
    ("Er ging hinaus.", "de", OUT),
    ("Sie lief schnell aus dem Haus.", "de", OUT),
    ("Der Hund wartete vor dem Haus.", "de", OUT),
    ("Die Kinder spielten im Garten.", "de", OUT),
    ("Sie bauten eine Sandburg am windigen Strand.", "de", OUT),
    ("Frieda setzte sich traurig in den nassen Sand.", "de", OUT),
    ("Er ging auf der Straße spazieren.", "de", OUT),
    ("Sie liefen durch das Dorf.", "de", OUT),
    ("Sie tanzten im Regen.", "de", OUT),
    ("Er stand vor der Tür.", "de", OUT),
    ("Sie schliefen unter freiem Himmel.", "de", OUT),
    ("Die Katze saß auf dem Dach.", "de", OUT),
    ("Das Licht ging aus.", "de", None),
    ("Er fand die Wahrheit heraus.", "de", None),
    ("Sie ging nicht hinaus.", "de", None),
    ("Frieda und Bruno setzten Muscheln als Fenster hinein.", "de", None),
    ("Draußen regnete es.", "de", None),
    ("Es war einmal ein Fischer, der in einer Hütte am Meer lebte.", "de", None),
    ("Sie war außer Atem.", "de", None),
    ("Am Morgen lachte sie.", "de", None),
    # Spanish
    ("La abuela cocinaba en la cocina.", "es", IN),
    ("Tomás entró en la casa.", "es", IN),
    ("Los niños estaban dentro.", "es", IN),
    ("Se sentaron junto a la chimenea.", "es", IN),
    ("Tomás miraba por la ventana.", "es", IN),
    ("La niña ya estaba en la cama.", "es", IN),
    ("El herrero trabajaba en la herrería.", "es", IN),
    ("Doña Rosa y Tomás plantaron tomates en el huerto detrás de la casa.", "es", OUT),
    ("Los niños jugaban afuera.", "es", OUT),
    ("Doña Rosa y Tomás salieron corriendo bajo un paraguas grande.", "es", OUT),
    ("Caminaron por la playa.", "es", OUT),
    ("El perro esperaba delante de la casa.", "es", OUT),
    ("Salió de la casa muy temprano.", "es", OUT),
    ("Bailaron bajo la lluvia.", "es", OUT),
    ("Cruzaron el puente.", "es", OUT),
    ("Si fuera rico, compraría un barco.", "es", None),
    ("No entró en la casa.", "es", None),
    ("A la mañana siguiente salió el sol.", "es", None),
    ("Había una vez una anciana que vivía en una casa junto al mar.", "es", None),
    # French
    ("Le boulanger travaillait dans la boulangerie.", "fr", IN),
    ("Elle entra dans la cuisine.", "fr", IN),
    ("Quand ils rentrèrent à la boulangerie, la pluie s'arrêta.", "fr", IN),
    ("Le chat dormait près du feu.", "fr", IN),
    ("Il faisait chaud à l'intérieur.", "fr", IN),
    ("Les enfants étaient déjà au lit.", "fr", IN),
    ("Il monta l'escalier du phare.", "fr", IN),
    ("Devant l'école, les enfants crièrent merci.", "fr", OUT),
    ("Ils pédalèrent sous la pluie à travers les flaques.", "fr", OUT),
    ("Les enfants jouaient dehors.", "fr", OUT),
    ("Elle sortit de la maison.", "fr", OUT),
    ("Ils se promenèrent dans le jardin.", "fr", OUT),
    ("Ils marchèrent le long de la plage.", "fr", OUT),
    ("À l'aube, M. Petit sortit du four des baguettes dorées.", "fr", None),
    ("Dehors, il commençait à pleuvoir.", "fr", None),
    ("Il ne sortit pas.", "fr", None),
    ("Il était une fois un roi qui vivait dans un château.", "fr", None),
    # Italian
    ("La nonna cucinava in cucina.", "it", IN),
    ("Il fabbro lavorava nella sua bottega.", "it", IN),
    ("Entrò in casa.", "it", IN),
    ("I bambini erano dentro.", "it", IN),
    ("Si sedettero accanto al camino.", "it", IN),
    ("Guardava la pioggia dalla finestra.", "it", IN),
    ("I bambini giocavano fuori.", "it", OUT),
    ("Passeggiavano sulla spiaggia.", "it", OUT),
    ("Uscì di casa.", "it", OUT),
    ("Camminavano sotto la pioggia.", "it", OUT),
    ("Il cane aspettava davanti alla casa.", "it", OUT),
    ("Corsero nel bosco.", "it", OUT),
    ("Non uscì mai.", "it", None),
    ("C'era una volta un re che viveva in un castello.", "it", None),
    ("Era senza fiato.", "it", None),
    # Portuguese
    ("A avó cozinhava na cozinha.", "pt", IN),
    ("Ele entrou na casa.", "pt", IN),
    ("As crianças ficaram lá dentro.", "pt", IN),
    ("Sentaram-se junto à lareira.", "pt", IN),
    ("O menino já estava na cama.", "pt", IN),
    ("As crianças brincavam lá fora.", "pt", OUT),
    ("Eles caminharam pela praia.", "pt", OUT),
    ("Ela saiu de casa cedo.", "pt", OUT),
    ("O cão esperava em frente da casa.", "pt", OUT),
    ("Dançaram na chuva.", "pt", OUT),
    ("Ela não saiu.", "pt", None),
    ("Era uma vez um menino que morava numa casa perto do mar.", "pt", None),
    ("Estava sem fôlego.", "pt", None),
    # Dutch
    ("Oma bakte brood in de keuken.", "nl", IN),
    ("De smid werkte in de smidse.", "nl", IN),
    ("Hij ging naar binnen.", "nl", IN),
    ("Ze zaten bij de open haard.", "nl", IN),
    ("Het meisje lag al in bed.", "nl", IN),
    ("Hij liep het huis in.", "nl", IN),
    ("De kinderen speelden buiten.", "nl", OUT),
    ("Ze liep naar buiten.", "nl", OUT),
    ("Ze wandelden langs het strand.", "nl", OUT),
    ("De hond wachtte voor het huis.", "nl", OUT),
    ("Ze speelden in de tuin.", "nl", OUT),
    ("Ze dansten in de regen.", "nl", OUT),
    ("Het licht ging uit.", "nl", None),
    ("Ze was buiten adem.", "nl", None),
    ("Hij ging niet naar buiten.", "nl", None),
    ("Er was eens een visser die in een hutje aan zee woonde.", "nl", None),
    # Chinese
    ("奶奶在厨房里做饭。", "zh", IN),
    ("小明走进了教室。", "zh", IN),
    ("他们坐在屋里聊天。", "zh", IN),
    ("小猫在家里睡觉。", "zh", IN),
    ("爷爷坐在火炉旁讲故事。", "zh", IN),
    ("她进了屋。", "zh", IN),
    ("小雨躺在床上。", "zh", IN),
    ("他望着窗外的雨。", "zh", IN),
    ("他们坐在火车上。", "zh", IN),
    ("海边的小屋里住着一只猫。", "zh", IN),
    ("孩子们在外面玩。", "zh", OUT),
    ("小雨和爷爷来到山坡上。", "zh", OUT),
    ("孩子们在院子里玩。", "zh", OUT),
    ("他走在街上。", "zh", OUT),
    ("小狗跑进了森林。", "zh", OUT),
    ("她走出了房子。", "zh", OUT),
    ("他们在雨中跳舞。", "zh", OUT),
    ("风筝落在了小河边的一棵大柳树上。", "zh", OUT),
    ("他站在门口。", "zh", OUT),
    ("他没有进屋。", "zh", None),
    ("外婆笑了。", "zh", None),
    ("他心里很高兴。", "zh", None),
    ("窗外下着雪。", "zh", None),
    ("奶奶穿上外套。", "zh", None),
    # Japanese
    ("おばあさんは台所で料理をしました。", "ja", IN),
    ("コンはいろりのそばでぐっすり眠りました。", "ja", IN),
    ("子どもたちは家の中に入った。", "ja", IN),
    ("少年は部屋でねむった。", "ja", IN),
    ("ねこはこたつで眠っていた。", "ja", IN),
    ("彼は窓から外を見ていた。", "ja", IN),
    ("少女はバスに乗った。", "ja", IN),
    ("おばあさんは暗い森の中で道が分からなくなってしまいました。", "ja", OUT),
    ("子どもたちは外で遊んだ。", "ja", OUT),
    ("犬は庭を走り回った。", "ja", OUT),
    ("ふたりは浜辺を歩いた。", "ja", OUT),
    ("彼は外に出た。", "ja", OUT),
    ("少年は家を飛び出した。", "ja", OUT),
    ("雨の中を歩いた。", "ja", OUT),
    ("子ぎつねは森へ走っていきました。", "ja", OUT),
    ("彼は外に出なかった。", "ja", None),
    ("このぼうしが気に入った。", "ja", None),
    ("雪がしんしんと降る山の村に、ひとりのおばあさんが住んでいました。", "ja", None),
    ("彼女は家族と笑った。", "ja", None),
    ("窓の外は雪だった。", "ja", None),
    # more, in every language
    ("Er stieg in den Zug.", "de", IN), ("Sie saßen in der Stube am warmen Ofen.", "de", IN),
    ("Er lief durch die Küche.", "de", IN), ("Sie kamen herein und setzten sich.", "de", IN),
    ("Er stieg aus dem Auto aus.", "de", OUT), ("Der Hund bellte vor der Bäckerei.", "de", OUT),
    ("Sie rannten hinaus in den Schnee.", "de", OUT), ("Er kletterte auf den Baum.", "de", OUT),
    ("Die Sonne schien auf den Garten.", "de", None), ("Er ging nach Hause.", "de", None),
    ("Sie holte einen Apfel aus der Tasche heraus.", "de", None), ("Sie trafen sich am Bahnhof.", "de", None),
    ("Subió al tren.", "es", IN), ("Corría por la cocina.", "es", IN), ("Bajó del coche.", "es", OUT),
    ("Entraron en el bosque.", "es", OUT), ("Los niños jugaban en la calle.", "es", OUT),
    ("Salió de la cocina.", "es", None), ("Se encontraron en la estación.", "es", None),
    ("Elle monta dans le train.", "fr", IN), ("Il entra dans la forêt.", "fr", OUT),
    ("Ils traversèrent le pont.", "fr", OUT), ("Elle sortit de la cuisine.", "fr", None),
    ("Il resta à la maison.", "fr", None), ("Le soleil brillait sur la mer.", "fr", None),
    ("Salì sul treno.", "it", IN), ("Scese dalla macchina.", "it", OUT), ("Giocavano in piazza.", "it", OUT),
    ("Attraversarono il ponte.", "it", OUT), ("Uscì dalla cucina.", "it", None),
    ("Nel caso di pioggia, restiamo.", "it", None),
    ("Subiu no ônibus.", "pt", IN), ("As crianças correram para a floresta.", "pt", OUT),
    ("Atravessaram a ponte.", "pt", OUT), ("Ela ficou em casa.", "pt", None), ("Saiu da cozinha.", "pt", None),
    ("Hij stapte in de trein.", "nl", IN), ("Hij kwam binnen.", "nl", IN), ("Ze liepen het bos in.", "nl", OUT),
    ("Hij stapte uit de auto.", "nl", OUT), ("Ze liepen over de brug.", "nl", OUT), ("Hij bleef thuis.", "nl", None),
    ("猫在沙发上睡觉。", "zh", IN), ("他上了火车。", "zh", IN), ("他们走进了城堡。", "zh", IN),
    ("她回到家里。", "zh", IN),
    ("孩子们跑到花园里。", "zh", OUT), ("他离开了家。", "zh", OUT), ("他们穿过了村子。", "zh", OUT),
    ("他们在村子里散步。", "zh", None), ("他走出了教室。", "zh", None), ("月亮出来了。", "zh", None),
    ("他们在车站见面。", "zh", None),
    ("ねこはソファで寝ていた。", "ja", IN), ("少年は店に入った。", "ja", IN), ("子どもたちは森に入った。", "ja", OUT),
    ("彼は電車を降りた。", "ja", OUT), ("ふたりは橋を渡った。", "ja", OUT),
    ("おばあさんは川へせんたくに行きました。", "ja", OUT),
    ("少女は部屋を出た。", "ja", None), ("ふたりは駅で会った。", "ja", None), ("家に帰った。", "ja", None),
])
def test_other_languages(sentence, language, expected):
    assert view(sentence, language) == expected


@pytest.mark.parametrize("sentence, language, place, expected", [
    ("The keeper stood inside the Blue Anchor.", "en", "the Blue Anchor", IN),  # explicit "inside", unknown words
    ("They danced in the Blue Anchor.", "en", "the Blue Anchor", None),  # not plainly a building
    ("They had supper at the Sea View Inn.", "en", "the Sea View Inn", None),  # the name reads no sea
    ("They had supper in the Sea View Inn.", "en", "the Sea View Inn", IN),
    ("He waited in front of the Sea View Inn.", "en", "the Sea View Inn", OUT),
    ("Oskar climbed up into the old lighthouse.", "en", "the lighthouse", IN),
    ("Oskar waited outside the old lighthouse.", "en", "the old lighthouse", OUT),
    ("Der Schmied hämmerte in der Schmiede.", "de", "die Schmiede", IN),
    ("Sie rannte aus der Dorfschmiede.", "de", "die Dorfschmiede", OUT),  # a forge has a front of its own
    ("Marta preparaba la cena en la cocina.", "es", "la cocina", IN),
    ("Les enfants couraient dans le Jardin des Plantes.", "fr", "le Jardin des Plantes", OUT),
    ("小猫在灯塔里睡觉。", "zh", "灯塔", IN),
    ("他们走出灯塔。", "zh", "灯塔", OUT),
    ("コンは灯台の中に入った。", "ja", "灯台", IN),
    ("Pepper slept.", "en", "the kitchen", None),  # a sentence that does not say the place says nothing
    ("The cat slept in the kitchen.", "en", None, IN),
])
def test_the_scenes_place(sentence, language, place, expected):
    assert view(sentence, language, place) == expected


@pytest.mark.parametrize("name, language, expected", [
    ("the kitchen", "en", True), ("Grandma's bedroom", "en", True), ("the classroom", "en", True),
    ("the old workshop", "en", True), ("the forge", "en", True), ("the bakery", "en", True), ("a shop", "en", True),
    ("the harbour office", "en", True), ("the cellar", "en", True), ("the attic", "en", True),
    ("the train compartment", "en", True), ("the ship's cabin", "en", True), ("the lamp room", "en", True),
    ("the lighthouse lamp room", "en", True), ("the kitchen of the castle", "en", True),
    ("the beach", "en", False), ("the dark forest", "en", False), ("the street", "en", False),
    ("Grandma's garden", "en", False), ("the harbour", "en", False), ("the island", "en", False),
    ("the sea", "en", False), ("the field", "en", False), ("the mountain", "en", False), ("the village", "en", False),
    ("the town", "en", False), ("the city", "en", False), ("the market square", "en", False),
    ("the old bridge", "en", False), ("the roof of the house", "en", False),
    ("the lighthouse", "en", None), ("the house", "en", None), ("the castle", "en", None),
    ("the church", "en", None), ("the station", "en", None), ("the hospital", "en", None),
    ("the city museum", "en", None), ("the school", "en", None), ("Rosewood", "en", None), ("", "en", None),
    ("die Küche", "de", True), ("die Schmiede", "de", True), ("das Schlafzimmer", "de", True),
    ("die Dorfschmiede", "de", True), ("die Bäckerei", "de", True), ("der Strand", "de", False),
    ("der Wald", "de", False), ("der Marktplatz", "de", False), ("das Dorf", "de", False),
    ("der Leuchtturm", "de", None), ("das Haus", "de", None), ("der Bahnhof", "de", None),
    ("la cocina", "es", True), ("la cocina de la abuela", "es", True), ("la panadería", "es", True),
    ("la playa", "es", False), ("el huerto detrás de la casa", "es", False), ("el pueblo", "es", False),
    ("el faro", "es", None), ("la casa del faro", "es", None),
    ("la boulangerie", "fr", True), ("la cuisine", "fr", True), ("la plage", "fr", False),
    ("la rue des Lilas", "fr", False), ("le phare", "fr", None), ("l'école du village", "fr", None),
    ("la cucina", "it", True), ("la bottega", "it", True), ("la spiaggia", "it", False),
    ("il faro", "it", None), ("il villaggio", "it", False),
    ("a cozinha", "pt", True), ("a padaria", "pt", True), ("a praia", "pt", False), ("o farol", "pt", None),
    ("de keuken", "nl", True), ("de smidse", "nl", True), ("het strand", "nl", False), ("het bos", "nl", False),
    ("de vuurtoren", "nl", None),
    ("厨房", "zh", True), ("教室", "zh", True), ("面包店", "zh", True), ("海边", "zh", False),
    ("森林", "zh", False), ("小镇", "zh", False), ("灯塔", "zh", None), ("海边的小屋", "zh", None),
    ("火车站", "zh", None),
    ("台所", "ja", True), ("パン屋", "ja", True), ("教室", "ja", True), ("森", "ja", False), ("海辺の村", "ja", False),
    ("灯台", "ja", None), ("駅", "ja", None), ("灯台の部屋", "ja", True),
])
def test_indoor_place(name, language, expected):
    assert indoor_place(name, language) is expected


def test_every_language_has_its_tables_and_views_are_two():
    assert set(module._RULES) == set(module._BARE) == set(module._PLACES) == set(INSIDE_PLACES) == set(LANGUAGES)
    assert VIEWS == ("inside", "outside")
    for lang in LANGUAGES:
        kinds = module._PLACES[lang]
        assert set(kinds) == set(module._KINDS)
        assert all(len(module._entries(lang, kind)) >= 9 for kind in kinds if kind != "town")
    assert INSIDE_PLACES["en"]["kitchen"] is True and INSIDE_PLACES["en"]["beach"] is False
    assert INSIDE_PLACES["en"]["lighthouse"] is None and INSIDE_PLACES["de"]["schmiede"] is True


def test_language_codes_and_unknown_languages():
    assert view("Ela entrou na cozinha.", "pt-BR") == "inside"
    assert view("She walked into the kitchen.", "xx") == "inside"
    assert view("She walked into the kitchen.", None) == "inside"
    assert indoor_place("the kitchen", "en_GB") is True
    assert view("Tom went outside.", "EN") == "outside"


# --------------------------------------------------------------------------- in a boat, on a bicycle

@pytest.mark.parametrize("sentence, vehicle, language, expected", [
    ("The fishermen rowed the boat home.", "the boat", "en", "in"),
    ("Mia sat in the little red boat.", "little red boat", "en", "in"),
    ("She watched the boat sail away.", "boat", "en", None),          # the boat sails, nobody is said aboard
    ("The kite flew over the boat.", "boat", "en", None),
    ("Lily rode her sledge down the hill.", "sledge", "en", "on"),
    ("Tom pulled the sledge to the forge.", "sledge", "en", None),
    ("Maya rode the bus home.", "bus", "en", None),                   # a bus is seen from inside, as a place
    ("Frieda saß auf dem Schlitten.", "Schlitten", "de", "on"),
    ("Er fuhr mit dem Fahrrad zum Bäcker.", "Fahrrad", "de", "on"),
    ("Los pescadores remaban en su barca.", "barca", "es", "in"),
    ("Le chat dormait dans la barque.", "la barque", "fr", "in"),
    ("Il nonno remava sulla barca.", "barca", "it", "in"),
    ("A avó pedalava a bicicleta.", "bicicleta", "pt", "on"),
    ("Opa roeide de boot naar huis.", "boot", "nl", "in"),
    ("The children climbed onto the raft.", "the raft", "en", "on"),  # a raft has no hull: on it
    ("Sie standen auf dem Floß.", "Floß", "de", "on"),
    ("小雨骑着自行车去学校。", "自行车", "zh", "on"),
    ("彼はボートに乗った。", "ボート", "ja", "in"),
])
def test_who_is_in_a_boat_or_on_a_bicycle(sentence, vehicle, language, expected):
    assert module.aboard(sentence, vehicle, language) == expected


def test_the_riders_are_who_the_part_of_the_sentence_about_the_vehicle_names():
    names = {"mia": "Mia", "joe": "Grandpa Joe"}
    sentence = "In the evening Mia rode her red bicycle home, and Grandpa Joe waved from the boat."
    assert module.riders(sentence, "bicycle", names, "en") == ("on", ["mia"])
    assert module.riders("Grandpa Joe and Mia rowed the little boat across the lake.", "little boat", names,
                         "en") == ("in", ["mia", "joe"])
    assert module.riders("She rowed the boat.", "boat", names, "en") == ("in", [None])  # the lead
    assert module.riders("Mia waved at the boat.", "boat", names, "en") == (None, [])


def test_what_one_rides_in_or_on_is_read_from_its_name():
    assert module.rideable("the little red boat", "en") == "in" and module.rideable("Fischerboot", "de") == "in"
    assert module.rideable("her red bicycle", "en") == "on" and module.rideable("雪橇", "zh") == "on"
    assert module.rideable("the number nine bus", "en") is None and module.rideable("basket", "en") is None
    assert module.rideable("a friendship bracelet", "en") is None and module.rideable("Bootshaus", "de") is None
    assert module.aboard("They sat on the red boat.", "little red boat", "en") == "in"  # called by its last word
