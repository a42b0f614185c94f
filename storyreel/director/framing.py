"""Whether one story sentence is seen inside or outside, read from its words; pure code, no model.

`view(sentence, language, place=None)` gives "inside" when the words plainly say the action is
seen inside a building, a room or a vehicle ("in the kitchen", "went in", "sat by the fire",
"on the bus", "drinnen", "进了屋", "部屋で"), "outside" when they plainly say it is outside
("in the garden", "stepped out", "on the beach", "in the rain", "draußen", "街上", "庭で"), and
None when they say neither: the caller asks the model or keeps the scene's own setting, so None
means "not said" and is never a guess. `indoor_place(name, language)` says whether a location's
own name is an interior by nature (a kitchen, a bakery: True), the open air (a beach, a village:
False) or either (a lighthouse, a house, a station: None); `INSIDE_PLACES` is its word list.

How a sentence is read (the way `acting.py` reads poses):
- Each language has one ordered rule list of (value, pattern), read with `words.read_rules`: what
  a rule matches is masked so no later rule reads it again, and a rule whose value is None masks
  a false friend ("in the morning", "inside joke", "the light went out", "found out", "out of
  breath", "lived in a cottage by the sea", "外婆", "気に入った"). Latin-script words match whole,
  case-insensitively (German and Dutch place nouns also as the end of a compound: "Dorfschmiede");
  Chinese and Japanese ones as substrings.
- Places are read from nouns by kind (see `_PLACES`): a room, a shop (a bakery, a forge, an inn), a
  building, a vehicle, the open air, a settlement. "in/inside/into" any of the first four is
  inside, and so is "across/around" a room or a shop; "in front of/outside/behind" a shop, a
  building or a vehicle, "out of" or "left" it, is outside; any preposition of place with an
  open-air noun ("in the garden", "on the beach", "along the river", "entered the forest") is
  outside; a village, a town or a city is outside only when crossed ("through the village"),
  since a scene "in the village" may be in a house there. Leaving a room ("left the kitchen")
  says nothing: the next room is still inside. "on" a boat or a ship says nothing (the deck is
  outside, the cabin inside); "on" a bus, a train or a plane and "aboard" are inside. What the
  weather, the light or the sea does somewhere is no one's place ("waves crashed over the pier").
- `place` (the scene's location as the story writes it: "the lighthouse", "die Schmiede", "灯塔")
  is read like a noun of its kind, also when its own words are unknown to the lists: "inside" or
  "within" it is inside whatever it is; its other mentions are masked so a name like "the Sea View
  Inn" reads no sea. A sentence that does not mention a place says nothing about it: the caller
  reads `indoor_place(place)` for that.
- A negated match says nothing ("did not go inside", "ging nicht hinaus", "没有进屋",
  "外に出なかった"); quoted speech is not read ("'Come inside!' she called").
- When both are said, a move across a threshold wins over a place named, and the last move wins
  over an earlier one: the picture shows where the sentence's movement leads ("She left the
  bakery and walked into the snow" is outside, "He came in from the rain" inside, "She walked
  through the garden and into the house" inside). Without a move the place named first wins
  ("She sat by the fire while the snow fell outside" is inside). Either way a leading
  subordinate clause ("Before she went out, she ate in the kitchen") gives way to the main clause
  when the main clause says anything.
- `language` is an ISO code ("de", "pt-BR"); an unknown one is read as English.
"""

from __future__ import annotations

import functools
import re

# The sentence readers acting.py shares (clauses.py): the leading clause, the phrases that only look
# negative, quoted speech and the normal form (same-length, so positions stay valid).
from .clauses import CONJUNCTIONS, LEADING_RE, NEGATION_AFTER, NEGATION_BEFORE, NOT_NEGATIONS_RE, QUOTED
from .clauses import masked, normal
from .words import CJK_LANGUAGES, LANGUAGES, cjk, latin, read_rules

INSIDE, OUTSIDE = "inside", "outside"
VIEWS = (INSIDE, OUTSIDE)
# A move across a threshold, named for where it leads; `view` reports it as INSIDE or OUTSIDE.
GOES_IN, GOES_OUT = "goes inside", "goes outside"
_MOVES = {GOES_IN: INSIDE, GOES_OUT: OUTSIDE}

Rules = list[tuple[str | None, str]]

# ---------------------------------------------------------------------------------------------
# Places by kind. Each entry is a word (or, with "_", a phrase) in its base form; Latin-script
# nouns also match with the plural endings of `_PLURAL`, a leading "*" lets a German or Dutch
# noun end a compound ("*küche": "Bauernküche"), and "/" gives irregular forms ("house/houses"
# needs none; "Haus/Häuser/Hause" does).
#   room: an interior by nature, inside a building: leaving it leads to the next room (True);
#   shop: an interior by nature with a front of its own, a bakery, a forge, an inn (True);
#   building: seen from either side, a lighthouse, a house, a cave (None);
#   vehicle: an interior when one is in it, seen from outside too (None);
#   open: the open air (False);
#   town: a settlement, outside when crossed, either side when one is "in" it (False).

_PLACES: dict[str, dict[str, str]] = {
    "en": {
        "room": "kitchen kitchenette bedroom bedchamber room living_room sitting_room dining_room drawing_room "
                "front_room back_room bathroom washroom nursery playroom classroom schoolroom staffroom office "
                "study library hall hallway great_hall corridor lobby foyer cellar basement attic loft garret "
                "pantry larder parlour parlor lamp_room lantern_room engine_room throne_room ballroom chamber "
                "dungeon cabin compartment cockpit galley canteen cafeteria laboratory lab gym gymnasium "
                "waiting_room ward auditorium cupboard closet wardrobe apartment/apartments dormitory",
        "shop": "workshop forge smithy bakery shop store bookshop bookstore toyshop sweetshop supermarket pharmacy "
                "boutique cafe café restaurant diner tavern pub inn salon studio barbershop tearoom teashop "
                "greenhouse conservatory",
        "building": "house cottage hut shack shed barn stable/stables mill windmill watermill lighthouse castle "
                    "palace tower church chapel cathedral temple shrine mosque school schoolhouse station "
                    "railway_station train_station hospital museum gallery theatre theater cinema factory warehouse "
                    "hotel manor mansion farmhouse fortress fort prison jail town_hall city_hall courthouse "
                    "post_office market_hall igloo tent treehouse tree_house kennel doghouse henhouse hen_house "
                    "coop garage pagoda teahouse bathhouse airport building skyscraper cave/caves grotto burrow "
                    "lodge villa bungalow",
        "vehicle": "car bus/buses train tram taxi cab carriage coach van truck lorry plane airplane aeroplane "
                   "helicopter submarine spaceship rocket spacecraft subway metro ship caravan",
        "open": "garden yard backyard front_yard courtyard farmyard schoolyard barnyard playground street road lane "
                "alley/alleys avenue path pavement sidewalk square town_square village_square market_square "
                "marketplace market park field cornfield wheatfield meadow pasture orchard vineyard forest "
                "wood/woods woodland jungle grove clearing glade beach seaside shore seashore coast cliff/cliffs "
                "pier jetty dock quay harbour harbor port island hill hilltop hillside mountain mountainside "
                "mountaintop valley/valleys desert sea ocean lake pond river riverbank riverside lakeside stream "
                "brook waterfall bay sand/sands dunes farm roof rooftop balcony/balconies terrace porch veranda "
                "verandah patio bridge wilderness moor heath swamp marsh prairie meadowland countryside tree/trees "
                "lawn grass snow ice campsite camp zoo graveyard cemetery churchyard open_air fresh_air snowfield "
                "doorstep",
        "town": "village town city/cities hamlet",
    },
    "de": {
        "room": "*küche *zimmer *stube *kammer raum/räume/raumes/räumen *saal/säle/sälen *keller dachboden speicher "
                "flur diele korridor *halle büro/büros backstube gaststube kabine kajüte abteil klassenzimmer "
                "klasse_x bibliothek bücherei labor kerker verlies wohnung speisekammer vorratskammer lampenraum "
                "laternenraum turmzimmer schrank/schränke kleiderschrank/kleiderschränke",
        "shop": "*werkstatt/werkstätten schmiede bäckerei *laden/läden geschäft *geschäft café cafe restaurant "
                "wirtshaus/wirtshäuser kneipe gasthaus/gasthäuser gasthof/gasthöfe atelier apotheke metzgerei "
                "supermarkt/supermärkte gewächshaus/gewächshäuser",
        "building": "*haus/häuser/hause/häusern hütte/hütten *hütte häuschen cottage scheune/scheunen stall/ställe "
                    "mühle/mühlen windmühle leuchtturm/leuchttürme turm/türme burg/burgen schloss/schlösser "
                    "palast/paläste kirche/kirchen kapelle dom tempel schule/schulen bahnhof/bahnhöfe krankenhaus "
                    "museum/museen theater kino fabrik lagerhalle hotel gefängnis festung villa höhle/höhlen zelt "
                    "iglu garage gebäude kindergarten baumhaus/baumhäuser schuppen hundehütte hühnerstall "
                    "rathaus/rathäuser postamt/postämter kloster/klöster",
        "vehicle": "auto/autos wagen bus/busse zug/züge straßenbahn taxi kutsche flugzeug hubschrauber u-bahn "
                   "schiff/schiffe rakete wohnwagen",
        "open": "*garten/gärten hof/höfe innenhof/innenhöfe hinterhof/hinterhöfe bauernhof/bauernhöfe "
                "schulhof/schulhöfe *straße/straßen gasse/gassen weg/wege feldweg/feldwege pfad/pfade platz/plätze "
                "marktplatz/marktplätze dorfplatz/dorfplätze spielplatz/spielplätze markt/märkte park/parks "
                "*feld/felder *wiese/wiesen weide/weiden obstgarten *wald/wälder wäldchen forst dschungel hain "
                "lichtung strand/strände *ufer küste klippe/klippen *steg/stege mole hafen/häfen kai insel/inseln "
                "hügel berg/berge gipfel hang tal/täler wüste meer/meere see ozean teich fluss/flüsse bach/bäche "
                "wasserfall bucht sand düne/dünen dach/dächer *dach balkon terrasse veranda brücke/brücken wildnis "
                "moor heide sumpf/sümpfe prärie ebene baum/bäume *baum rasen gras schnee eis zeltplatz zoo "
                "friedhof/friedhöfe weinberg/weinberge acker/äcker kornfeld/kornfelder",
        "town": "dorf/dörfer/dorfes stadt/städte städtchen kleinstadt großstadt",
    },
    "es": {
        "room": "cocina dormitorio habitación/habitaciones cuarto sala salón/salones comedor baño biblioteca "
                "despacho oficina estudio desván ático buhardilla sótano bodega despensa pasillo vestíbulo aula "
                "clase_x almacén_x camarote compartimento compartimiento cabina laboratorio gimnasio armario "
                "calabozo mazmorra apartamento piso_x",
        "shop": "taller herrería fragua panadería pastelería tienda mercería librería juguetería farmacia "
                "carnicería café cafetería restaurante taberna posada mesón bar invernadero",
        "building": "casa casita cabaña choza chabola granero establo cuadra molino faro castillo palacio torre "
                    "iglesia capilla catedral templo escuela colegio estación hospital museo teatro cine fábrica "
                    "almacén hotel mansión fortaleza prisión cárcel cueva/cuevas gruta tienda_de_campaña iglú "
                    "garaje edificio ayuntamiento convento monasterio",
        "vehicle": "coche carro_x auto autobús/autobuses tren tranvía taxi carruaje carroza diligencia avión "
                   "helicóptero barco buque nave cohete metro furgoneta camión/camiones",
        "open": "jardín/jardines huerto huerta patio corral calle/calles carretera camino sendero senda vereda "
                "callejón/callejones avenida plaza/plazas plaza_mayor mercado parque campo/campos prado/prados "
                "pradera pastizal pasto viñedo bosque/bosques selva arboleda claro playa/playas orilla costa "
                "acantilado/acantilados muelle/muelles embarcadero puerto isla/islas colina/colinas cerro loma "
                "montaña/montañas monte ladera cima valle/valles desierto mar/mares océano lago laguna estanque río "
                "arroyo cascada bahía arena duna/dunas granja tejado techo_x terraza balcón/balcones porche "
                "puente/puentes pantano marisma pradera llanura árbol/árboles césped hierba nieve campamento zoo "
                "cementerio",
        "town": "pueblo/pueblos aldea/aldeas ciudad/ciudades villa_x pueblecito",
    },
    "fr": {
        "room": "cuisine chambre pièce salle salle_à_manger salle_de_bain salle_de_classe salon séjour bureau "
                "bibliothèque grenier cave cellier sous-sol couloir vestibule entrée_x classe cabine compartiment "
                "laboratoire gymnase placard armoire cachot appartement salle_des_lampes chambre_des_lampes",
        "shop": "atelier forge boulangerie pâtisserie boutique magasin épicerie librairie pharmacie boucherie café "
                "restaurant auberge taverne bistrot serre",
        "building": "maison maisonnette chaumière cabane hutte grange étable écurie moulin phare château/châteaux "
                    "palais tour église chapelle cathédrale temple école gare hôpital/hôpitaux musée théâtre cinéma "
                    "usine entrepôt hôtel manoir forteresse prison grotte caverne tente igloo garage bâtiment "
                    "mairie couvent monastère",
        "vehicle": "voiture autobus bus car_x train tramway taxi carrosse calèche diligence avion hélicoptère "
                   "bateau_x navire fusée métro camion camionnette wagon",
        "open": "jardin potager verger cour basse-cour rue ruelle route chemin sentier allée avenue place "
                "place_du_marché marché parc champ pré prairie pâturage vigne vignoble forêt bois jungle bosquet "
                "clairière plage rive rivage côte falaise quai jetée ponton port île colline mont montagne coteau "
                "sommet vallée désert mer océan lac étang mare rivière fleuve ruisseau cascade baie sable dune "
                "ferme toit balcon terrasse véranda pont marais campagne arbre pelouse herbe neige camping zoo "
                "cimetière plein_air",
        "town": "village/villages ville/villes bourg hameau cité",
    },
    "it": {
        "room": "cucina/cucine camera/camere camera_da_letto stanza/stanze sala/sale salotto soggiorno bagno studio "
                "ufficio/uffici biblioteca soffitta solaio cantina dispensa corridoio/corridoi ingresso_x aula/aule "
                "classe_x forno_x cabina scompartimento laboratorio palestra armadio prigione_x segreta "
                "appartamento",
        "shop": "officina bottega/botteghe fucina panetteria pasticceria negozio/negozi libreria farmacia "
                "macelleria caffè bar ristorante osteria taverna locanda trattoria serra",
        "building": "casa/case casetta casupola capanna/capanne baita fienile stalla mulino faro castello/castelli "
                    "palazzo/palazzi torre/torri chiesa/chiese cappella cattedrale tempio scuola/scuole stazione "
                    "ospedale museo teatro cinema fabbrica magazzino albergo hotel villa_x fortezza prigione "
                    "carcere grotta/grotte caverna tenda igloo garage edificio municipio convento monastero",
        "vehicle": "macchina automobile auto autobus pullman treno/treni tram taxi carrozza aereo elicottero nave "
                   "barca_x razzo metropolitana furgone camion",
        "open": "giardino/giardini orto/orti cortile/cortili aia strada/strade via/vie vicolo/vicoli viale "
                "sentiero/sentieri piazza/piazze mercato parco/parchi campo/campi prato/prati pascolo frutteto "
                "vigna vigneto bosco/boschi foresta/foreste giungla radura spiaggia/spiagge riva/rive costa/coste "
                "scogliera molo/moli pontile porto isola/isole collina/colline colle monte/monti montagna/montagne "
                "cima valle/valli deserto mare/mari oceano lago/laghi stagno fiume/fiumi ruscello cascata baia "
                "sabbia duna/dune fattoria tetto/tetti terrazza balcone veranda ponte/ponti palude campagna "
                "albero/alberi erba neve campeggio zoo cimitero aria_aperta",
        "town": "villaggio/villaggi paese/paesi città borgo/borghi paesino",
    },
    "pt": {
        "room": "cozinha quarto sala sala_de_estar sala_de_jantar banheiro casa_de_banho biblioteca escritório "
                "estúdio sótão porão cave despensa corredor vestíbulo sala_de_aula aula_x pousada_x cabine camarote "
                "compartimento laboratório ginásio armário masmorra apartamento",
        "shop": "oficina forja ferraria padaria pastelaria confeitaria loja mercearia livraria farmácia açougue "
                "talho café cafeteria restaurante taberna taverna estalagem bar estufa",
        "building": "casa casinha cabana choupana barraco celeiro estábulo moinho farol castelo palácio torre "
                    "igreja capela catedral templo escola colégio estação hospital museu teatro cinema fábrica "
                    "armazém hotel mansão fortaleza prisão cadeia caverna gruta tenda iglu garagem edifício prédio "
                    "convento mosteiro",
        "vehicle": "carro automóvel ônibus autocarro trem comboio bonde elétrico_x táxi carruagem carroça_x avião "
                   "helicóptero navio barco_x foguete metrô metro caminhão camião",
        "open": "jardim/jardins quintal/quintais horta pátio curral rua estrada caminho trilha trilho beco avenida "
                "praça mercado parque campo prado pasto pomar vinha vinhedo floresta bosque mata selva clareira "
                "praia margem costa falésia penhasco cais píer porto ilha colina morro monte montanha encosta cume "
                "vale deserto mar oceano lago lagoa açude rio riacho cachoeira cascata baía areia duna fazenda "
                "sítio telhado terraço varanda sacada ponte pântano campina árvore relva grama neve acampamento "
                "zoológico cemitério ar_livre",
        "town": "aldeia vila cidade/cidades povoado vilarejo",
    },
    "nl": {
        "room": "*keuken *kamer woonkamer slaapkamer badkamer zitkamer eetkamer klaslokaal lokaal kantoor "
                "studeerkamer bibliotheek zolder kelder gang hal voorraadkamer bijkeuken cabine kajuit coupé "
                "laboratorium gymzaal kast kerker appartement lampenkamer",
        "shop": "*werkplaats smidse smederij bakkerij *winkel boekwinkel café restaurant herberg taveerne kroeg "
                "serre",
        "building": "*huis/huizen huisje hut/hutten hutje schuur stal molen windmolen vuurtoren toren kasteel "
                    "paleis kerk kapel kathedraal tempel school station ziekenhuis museum theater bioscoop fabriek "
                    "pakhuis hotel herenhuis vesting gevangenis grot tent iglo garage gebouw boomhut stadhuis "
                    "klooster",
        "vehicle": "auto bus trein tram taxi koets rijtuig vliegtuig helikopter schip/schepen raket metro "
                   "vrachtwagen busje",
        "open": "*tuin *erf binnenplaats schoolplein speelplaats *straat/straten steeg/stegen weg/wegen pad/paden "
                "*plein/pleinen markt/marktplein park/parken *veld/velden weide wei/weiland boomgaard wijngaard "
                "*bos/bossen woud jungle open_plek strand/stranden oever kust klif/kliffen steiger pier kade haven "
                "eiland/eilanden heuvel/heuvels berg/bergen top helling dal/dalen vallei woestijn zee oceaan meer "
                "vijver sloot rivier beek waterval baai zand duin/duinen boerderij dak/daken balkon terras veranda "
                "brug/bruggen moeras hei heide vlakte boom/bomen gras grasveld sneeuw camping dierentuin kerkhof "
                "begraafplaats open_lucht",
        "town": "dorp/dorpen stad/steden stadje gehucht",
    },
    "zh": {
        "room": "厨房 卧室 房间 屋子 屋 房里_x 客厅 书房 教室 办公室 阁楼 地下室 地窖 储藏室 浴室 卫生间 洗手间 "
                "餐厅 饭厅 大厅 走廊 车厢 船舱 机舱 工作室 实验室 图书馆 画室 灯室 柜子 衣柜 牢房 公寓 室",
        "shop": "作坊 铁匠铺 面包店 面包房 商店 店铺 店 小店 书店 咖啡馆 咖啡店 饭馆 餐馆 酒馆 茶馆 客栈 药店 超市 "
                "温室",
        "building": "家 房子 小屋 木屋 茅屋 草屋 灯塔 城堡 宫殿 教堂 寺庙 庙 学校 车站 火车站 医院 博物馆 剧院 "
                    "电影院 工厂 仓库 旅馆 酒店 宾馆 谷仓 马厩 棚子 磨坊 风车 塔 楼 大楼 山洞 洞穴 洞 帐篷 农舍 "
                    "别墅 楼房 建筑",
        "vehicle": "汽车 车 公交车 公共汽车 火车 电车 地铁 出租车 马车 飞机 船 轮船 潜水艇",
        "open": "花园 院子 后院 庭院 院 街 街道 大街 马路 路 小路 巷子 胡同 广场 公园 田野 田 田地 麦田 稻田 草地 "
                "草原 草坪 森林 树林 林子 林 山 山坡 山顶 山谷 海 大海 海边 海滩 沙滩 岸 岸边 河 小河 河边 江边 湖 "
                "湖边 池塘 岛 小岛 码头 港口 桥 雪地 沙漠 农场 果园 菜园 屋顶 房顶 阳台 操场 野外 郊外 户外 村口 树 "
                "大树 海面 溪边 小溪 田间 山林 旷野",
        "town": "村子 村庄 村 小镇 镇 城市 城里_x 城",
    },
    "ja": {
        "room": "台所 キッチン 寝室 部屋 居間 茶の間 リビング 書斎 教室 事務所 オフィス 屋根裏 屋根裏部屋 地下室 "
                "物置 浴室 風呂場 廊下 広間 客間 仕事場 作業場 食堂 図書館 研究室 客室 船室 車内 室内 屋内 土間 "
                "押し入れ 牢屋",
        "shop": "工房 鍛冶屋 鍛冶場 パン屋 店 お店 本屋 喫茶店 カフェ レストラン 酒場 宿屋 温室",
        "building": "家 いえ 小屋 灯台 城 お城 教会 神社 お寺 寺 学校 駅 病院 博物館 美術館 劇場 映画館 工場 倉庫 "
                    "旅館 ホテル 納屋 馬小屋 屋敷 館 塔 建物 ビル 洞窟 ほら穴 洞穴 テント 水車小屋 風車小屋",
        "vehicle": "電車 列車 汽車 バス 車 自動車 タクシー 馬車 飛行機 船 地下鉄 新幹線",
        "open": "庭 裏庭 中庭 庭園 校庭 通り 大通り 道 道路 路地 広場 公園 畑 田んぼ 野原 原っぱ 草原 森 林 山 丘 "
                "谷 海 海辺 浜 浜辺 砂浜 海岸 岸 川 川辺 川岸 湖 池 島 港 波止場 桟橋 橋 屋根 屋上 ベランダ 縁側 "
                "雪原 砂漠 牧場 農場 果樹園 野山 山道 森の道 木",
        "town": "村 町 街",
    },
}
# Entries with a "_x" tail are forms kept out of the word lists on purpose (kept here to say so:
# "klasse" is a school year, "carro" a cart, "barca" an open boat); they are dropped below.

_PLURAL = {"en": r"(?:s|es)?", "de": r"(?:e|en|n|s|es|er|ern|ns)?", "es": r"(?:s|es)?", "fr": r"(?:s|x)?",
           "it": "", "pt": r"(?:s|es)?", "nl": r"(?:en|s|'s)?"}
_KINDS = ("room", "shop", "building", "vehicle", "open", "town")
# What a location's own name says, by kind.
_INDOOR = {"room": True, "shop": True, "open": False, "town": False}


def _entries(lang: str, kind: str) -> list[tuple[str, bool]]:
    """(form, may end a compound) of one kind's words: every "/" form, "_" read as a space."""
    out = []
    for entry in _PLACES[lang][kind].split():
        if entry.endswith("_x"):
            continue
        forms = entry.lstrip("*").split("/")
        # A German or Dutch noun of five letters or more also ends compounds ("Dorfschmiede",
        # "vissershaven"); a shorter one only where marked ("*wald": "Urwald"; not "Sturm", "Traum").
        compound = entry.startswith("*") or (lang in ("de", "nl") and len(forms[0]) >= 5 and "_" not in forms[0])
        out += [(form.replace("_", " "), compound and i == 0) for i, form in enumerate(forms)]
    return out


INSIDE_PLACES: dict[str, dict[str, bool | None]] = {
    lang: {form: _INDOOR.get(kind) for kind in _KINDS for form, _ in _entries(lang, kind)} for lang in _PLACES}
"""Every place word by language, each with what `indoor_place` says of a location it names: True
for an interior by nature (a room, a shop, a workshop, a cabin), False for the open air and
settlements, None for buildings and vehicles, seen from either side."""


def _nouns(lang: str, *kinds: str) -> str:
    """One regex alternative of the given kinds' nouns, longest first so "lamp room" is read before
    "room"; Latin-script nouns whole, with their plural endings and, where marked, as a
    compound's end."""
    forms = sorted({entry for kind in kinds for entry in _entries(lang, kind)}, key=lambda e: -len(e[0]))
    if lang in CJK_LANGUAGES:
        return "(?:" + "|".join(re.escape(f) for f, _ in forms) + ")"
    parts = []
    for form, compound in forms:
        body = re.escape(form).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append((r"\w*" if compound else "") + body + _PLURAL[lang])
    return "(?:" + "|".join(parts) + r")(?!\w)"


# ---------------------------------------------------------------------------------------------
# Noun phrases in Latin script: a preposition (which may carry its article: "im", "nella", "au"),
# an optional determiner, up to a few adjectives (not a preposition, an article or a conjunction:
# "in the morning the kitchen" reads no kitchen), then the noun.

_DETS = {
    "en": "the a an this that these those his her their its my our your one some",
    "de": "der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner ihr ihre ihren "
          "ihrem ihrer mein meine meinen meinem meiner unser unsere unseren unserem unserer dein deine diesen dieser "
          "diese diesem dieses jenem jener",
    "es": "el la los las un una unos unas su sus mi mis tu tus nuestro nuestra nuestros nuestras este esta estos "
          "estas ese esa aquel aquella",
    "fr": "le la les l' un une des du son sa ses mon ma mes ton ta tes notre nos votre vos leur leurs ce cet cette ces",
    "it": "il lo la i gli le l' un uno una un' suo sua suoi sue mio mia miei mie questo questa quel quella quei",
    "pt": "o a os as um uma uns umas seu sua seus suas meu minha este esta esse essa aquele aquela",
    "nl": "de het een zijn haar hun mijn onze ons deze die dat dit",
}
# Words no adjective slot reads (so a phrase does not run across them).
_STOPWORDS = {
    "en": "and or but with of in on at to from by for as when while then so than into onto out the a an was were is "
          "are had has he she they it we who which that there where inside outside",
    "de": "und oder aber mit von vom in im am an auf aus bei zu zum zur für als wenn dann der die das den dem des ein "
          "eine einen einem einer war ist er sie es wir",
    "es": "y e o pero con de del en a al por para que cuando como el la los las un una era fue",
    "fr": "et ou mais avec de du des en à au aux par pour que quand comme le la les un une était il elle",
    "it": "e o ma con di del della in a al da per che quando come il lo la i gli le un una era",
    "pt": "e ou mas com de do da em no na a ao por para que quando como o os as um uma era foi",
    "nl": "en of maar met van in op aan uit bij naar voor dan als toen de het een was is hij zij ze",
}
_ADJECTIVES = {"en": 3, "de": 3, "nl": 3, "es": 1, "fr": 2, "it": 1, "pt": 1}


def _lead(words: str) -> str:
    """Space-separated alternatives, each followed by its gap: "_" joins the words of a phrase, an
    elided word ("l'", "dell'") runs into the next."""
    alts = []
    for word in sorted(words.split(), key=len, reverse=True):
        body = re.escape(word.replace("_", " ")).replace(r"\ ", r"\s+").replace("'", "['’]")
        alts.append(body + (r"\s*" if word.endswith("'") else r"\s+"))
    return "(?:" + "|".join(alts) + ")"


def _np(lang: str, preps: str, nouns: str, head_last: bool = False) -> str:
    """A preposition (from `_lead`), then a noun phrase whose noun is one of `nouns`. In English,
    German and Dutch the noun is the last of the phrase: "in the kitchen garden" is a garden."""
    stop = "|".join(re.escape(w) for w in _STOPWORDS[lang].split())
    det = _lead(_DETS[lang])
    adjective = rf"(?!(?:{stop})(?!\w))[\w'’-]+,?\s+"
    tail = ""
    if head_last:
        tail = rf"(?!\s+{_nouns(lang, *_KINDS)})"
    return rf"(?<!\w){preps}(?:{det})?(?:{adjective}){{0,{_ADJECTIVES[lang]}}}{nouns}{tail}"


# Prepositions by role, per language ("_" joins a phrase; an article may be part of one).
_PREPS = {
    "en": {
        "across": "across around round through along about",
        "in": "in inside within inside_of in_the_middle_of in_the_corner_of in_the_back_of at_the_back_of "
              "in_the_depths_of deep_inside deep_in in_the_heart_of",
        "into": "into in_to entered enters enter entering back_into went_inside came_inside stepped_inside "
                "walked_inside ran_inside hurried_inside got_inside crept_inside slipped_inside rushed_inside "
                "went_back_inside came_back_inside",
        "to_room": "to towards toward back_to",
        "out_of": "out_of left leaves leaving leave fled_from",
        "outside_of": "outside outside_of in_front_of behind on_the_roof_of at_the_door_of at_the_gate_of "
                      "on_the_steps_of at_the_foot_of around_the_back_of",
        "open": "in into on onto at across through along over around to towards toward by beside under beneath up "
                "down inside out_of in_the_middle_of in_the_heart_of at_the_edge_of on_the_edge_of deep_in "
                "deep_into out_into back_to past to_the_top_of at_the_top_of on_top_of at_the_foot_of to_the_edge_of "
                "up_to_the_top_of crossed crosses crossing cross",
        "town": "through across around into to towards toward out_into crossed crosses crossing",
    },
    "de": {
        "across": "durch durchs quer_durch",
        "in": "im in innerhalb innen_im innen_in drinnen_im drinnen_in mitten_im mitten_in hinten_im hinten_in "
              "tief_im tief_in",
        "into": "ins betrat betraten betritt betreten",
        "to_room": "zur zum",
        "out_of": "aus verließ verließen verlässt verlassen",
        "outside_of": "vor außerhalb hinter neben draußen_vor auf_dem_dach_des auf_dem_dach_der",
        "open": "im in ins am an ans auf aufs über übers durch durchs unter unterm bei beim zum zur entlang längs "
                "quer_über quer_durch mitten_im mitten_in mitten_auf überquerte überquerten überquert",
        "town": "durch durchs quer_durch ins zum zur",
    },
    "es": {
        "across": "por a_través_de a_través_del",
        "in": "en dentro_de dentro_del en_el_interior_de en_el_interior_del en_medio_de en_medio_del "
              "en_el_fondo_de en_el_fondo_del en_un_rincón_de en_un_rincón_del",
        "into": "entró_en entró_a entraron_en entraron_a entra_en entra_a entrar_en entrar_a entrando_en "
                "entrando_a entraba_en entraba_a entramos_en hacia_el_interior_de hacia_el_interior_del",
        "to_room": "a al hacia",
        "out_of": "salió_de salió_del salieron_de salieron_del sale_de sale_del salir_de salir_del saliendo_de "
                  "saliendo_del salía_de salía_del abandonó",
        "outside_of": "fuera_de fuera_del afuera_de afuera_del delante_de delante_del frente_a frente_al "
                      "enfrente_de enfrente_del en_frente_de en_frente_del detrás_de detrás_del a_la_puerta_de "
                      "a_la_puerta_del en_la_puerta_de en_la_puerta_del en_el_tejado_de en_el_tejado_del",
        "open": "en por a al hacia sobre junto_a junto_al bajo a_lo_largo_de a_lo_largo_del a_través_de "
                "a_través_del en_medio_de en_medio_del a_orillas_de a_orillas_del a_la_orilla_de a_la_orilla_del "
                "hasta_el hasta_la cruzó cruzaron cruzar cruzando atravesó atravesaron atravesar",
        "town": "por a_través_de a_través_del atravesó atravesaron cruzó cruzaron recorrió recorrieron",
    },
    "fr": {
        "across": "à_travers",
        "in": "dans à_l'intérieur_de à_l'intérieur_du à_l'intérieur_des au_fond_de au_fond_du au_milieu_de "
              "au_milieu_du au_coin_de au_coin_du en",
        "into": "entra_dans entrèrent_dans entre_dans entrent_dans entrer_dans entrait_dans entré_dans entrés_dans "
                "rentra_dans rentrèrent_dans rentrer_dans monta_dans montèrent_dans monter_dans",
        "to_room": "à au aux vers jusqu'à rentra_à rentrèrent_à rentrer_à",
        "out_of": "sortit_de sortit_du sortirent_de sortirent_du sortir_de sortir_du sorti_de sorti_du sortie_de "
                  "sortie_du sortant_de sortant_du quitta quittèrent quitter quitte quittent descendit_de "
                  "descendit_du descendirent_de descendirent_du",
        "outside_of": "devant hors_de hors_du en_dehors_de en_dehors_du à_l'extérieur_de à_l'extérieur_du derrière "
                      "sur_le_toit_de sur_le_toit_du à_la_porte_de à_la_porte_du au_pied_de au_pied_du",
        "open": "dans à au aux sur en par vers le_long_de le_long_du au_bord_de au_bord_du au_milieu_de "
                "au_milieu_du à_travers sous jusqu'à traversa traversèrent traverser traversant",
        "town": "à_travers traversa traversèrent traverser traversant vers",
    },
    "it": {
        "across": "per attraverso",
        "in": "in nel nella nello nei negli nelle nell' dentro dentro_il dentro_la dentro_al dentro_alla dentro_l' "
              "all'interno_del all'interno_della all'interno_dell' in_fondo_al in_fondo_alla in_mezzo_al "
              "in_mezzo_alla",
        "into": "entrò_in entrò_nel entrò_nella entrò_nello entrò_nell' entrarono_in entrarono_nel "
                "entrarono_nella entrarono_nell' entrare_in entrare_nel entrare_nella entrando_in entrando_nel "
                "entrando_nella",
        "to_room": "a al alla allo all' verso",
        "out_of": "uscì_da uscì_dal uscì_dalla uscì_dallo uscì_dall' uscirono_da uscirono_dal uscirono_dalla "
                  "uscirono_dall' uscire_da uscire_dal uscire_dalla uscendo_da uscendo_dal uscendo_dalla lasciò "
                  "lasciarono",
        "outside_of": "fuori_da fuori_dal fuori_dalla fuori_dall' fuori_di davanti_a davanti_al davanti_alla "
                      "davanti_all' dietro dietro_al dietro_alla sul_tetto_del sul_tetto_della alla_porta_del "
                      "alla_porta_della",
        "open": "in nel nella nello nei negli nelle nell' a al alla allo all' ai agli alle sul sulla sullo sull' sui "
                "sugli sulle per lungo attraverso verso sotto in_mezzo_al in_mezzo_alla in_riva_al in_riva_alla "
                "fino_al fino_alla attraversò attraversarono attraversare",
        "town": "attraverso per_le_strade_del per_le_strade_di verso",
    },
    "pt": {
        "across": "pelo pela pelos pelas através_de através_do através_da",
        "in": "em no na nos nas num numa dentro_de dentro_do dentro_da no_interior_do no_interior_da no_meio_do "
              "no_meio_da no_fundo_do no_fundo_da no_canto_do no_canto_da",
        "into": "entrou_em entrou_no entrou_na entraram_em entraram_no entraram_na entrar_em entrar_no entrar_na "
                "entrando_em entrando_no entrando_na entrou_para entraram_para",
        "to_room": "para para_o para_a ao à",
        "out_of": "saiu_de saiu_do saiu_da saíram_de saíram_do saíram_da sair_de sair_do sair_da saindo_de "
                  "saindo_do saindo_da deixou deixaram",
        "outside_of": "fora_de fora_do fora_da diante_de diante_do diante_da em_frente_a em_frente_ao em_frente_à "
                      "em_frente_de em_frente_do em_frente_da na_frente_de na_frente_do na_frente_da atrás_de "
                      "atrás_do atrás_da à_porta_de à_porta_do à_porta_da no_telhado_de no_telhado_do "
                      "no_telhado_da",
        "open": "em no na nos nas num numa a ao à aos às para pelo pela pelos pelas por sobre sob ao_longo_de "
                "ao_longo_do ao_longo_da através_de através_do através_da junto_ao junto_à à_beira_do à_beira_da "
                "no_meio_do no_meio_da até atravessou atravessaram atravessar",
        "town": "pelo pela pelas pelos através_de através_do através_da atravessou atravessaram",
    },
    "nl": {
        "across": "door",
        "in": "in binnen_in middenin midden_in achterin achter_in",
        "into": "betrad betraden betreedt betreden",
        "to_room": "naar",
        "out_of": "uit verliet verlieten verlaat verlaten",
        "outside_of": "voor buiten achter op_het_dak_van",
        "open": "in op aan langs door over onder naar bij richting midden_in midden_op uit",
        "town": "door naar richting",
    },
}


_THINGS = {
    "en": r"sun|moon|stars?|light|sunlight|moonlight|rain|snow|snowflakes|wind|storm|waves?|water|sea|spray|fog|mist"
          r"|clouds?|thunder|lightning|leaves|smoke|shadows?|news|rumou?rs?|word|smell|scent|sound|music|song|echo",
    "de": r"Sonne|Mond|Sterne|Licht|Regen|Schnee|Schneeflocken|Wind|Sturm|Welle|Wellen|Wasser|Nebel|Wolken|Blätter"
          r"|Rauch|Schatten",
    "es": r"sol|luna|estrellas|luz|lluvia|nieve|viento|tormenta|ola|olas|agua|niebla|nubes|hojas|humo|sombras?",
    "fr": r"soleil|lune|étoiles|lumière|pluie|neige|vent|tempête|vague|vagues|eau|brouillard|brume|nuages|feuilles"
          r"|fumée|ombres?",
    "it": r"sole|luna|stelle|luce|pioggia|neve|vento|tempesta|onda|onde|acqua|nebbia|nuvole|foglie|fumo|ombre?",
    "pt": r"sol|lua|estrelas|luz|chuva|neve|vento|tempestade|onda|ondas|água|névoa|nevoeiro|nuvens|folhas|fumaça"
          r"|fumo|sombras?",
    "nl": r"zon|maan|sterren|licht|regen|sneeuw|wind|storm|golf|golven|water|mist|wolken|bladeren|rook|schaduwen?",
}


def _noun_rules(lang: str) -> Rules:
    """The place-noun rules of a Latin-script language, in reading order: moves across a
    threshold, then being in or outside a building, then the open air."""
    p = {role: _lead(words) for role, words in _PREPS[lang].items()}
    head_last = lang in ("en", "de", "nl")

    def np(role: str, *kinds: str) -> str:
        return _np(lang, p[role], _nouns(lang, *kinds), head_last)

    # What the weather, the light or the sea does somewhere is no one's place ("waves crashed over
    # the pier", "le soleil brilla sur les toits", "la lluvia cayó sobre el huerto").
    things = rf"(?<!\w)(?:{_THINGS[lang]})(?:,?\s+[\w'’-]+){{1,3}}?,?\s+"
    return [
        (None, things + _np(lang, p["open"], _nouns(lang, "open", "town"), head_last)),
        (GOES_OUT, np("into", "open")),  # "entered the forest"
        (GOES_IN, np("into", "room", "shop", "building", "vehicle")),
        (None, np("out_of", "room")),  # "left the kitchen": the next room is still inside
        (GOES_OUT, np("out_of", "shop", "building", "vehicle")),
        (None, np("outside_of", "room")),  # "outside the classroom" is a corridor
        (OUTSIDE, np("outside_of", "shop", "building", "vehicle")),
        (INSIDE, np("in", "room", "shop", "building", "vehicle")),
        (INSIDE, np("across", "room", "shop")),  # "walked across the room", "danced around the kitchen"
        (GOES_IN, np("to_room", "room")),
        (GOES_OUT, np("town", "town")),
        (OUTSIDE, np("open", "open")),
    ]


# ---------------------------------------------------------------------------------------------
# Phrase rules by language, read before the place nouns (false friends first), and the bare words
# ("inside", "draußen", "外面") after them, so "inside the box" is masked before "inside" is read.

_EN_MOVE = (r"went|go|goes|going|gone|came|come|comes|coming|walked|walks|walking|stepped|steps|stepping|ran|runs"
            r"|running|rushed|rushing|hurried|hurrying|slipped|crept|dashed|darted|raced|headed|wandered|burst"
            r"|marched|tiptoed|strolled|strode|popped|snuck|sneaked|flew|hopped|jumped|climbed|crawled|trudged"
            r"|stomped|stumbled|limped|skipped|scampered|scurried|got|get|gets|getting|moved|bounded|sprinted|fled"
            r"|rode|drove|led|followed|carried|took|brought|ushered|pulled|dragged|hurry|run|walk|step|slip|sneak")
_EN_LOOK = (r"looked|look|looks|looking|stared|staring|gazed|gazing|glanced|glancing|peered|peering|peeked|peeping"
            r"|peeped|watched|watching|pointed|pointing|smiled|waved|waving|shouted|called|listened|nodded")
_EN_WEATHER = r"rain|snow|wind|storm|blizzard|snowflakes?|hail|thunder|weather|sun|stars|moon|night|world|darkness|fog"

_RULES: dict[str, Rules] = {
    "en": [
        (None, latin(
            # time, manner and feeling
            r"in (?:the )?(?:morning|evening|afternoon|night|end|meantime|beginning|past|future|time|love|a hurry|a "
            r"rush|a moment|an instant|the meantime|fact|turn|silence|tears|vain|case|store|stable condition)"
            r"(?! (?:sun|sunshine|sunlight|light|air|rain|snow|mist|fog|breeze|frost|dew|chill))", r"at bay",
            r"on the market", r"inside (?:jokes?|out|story"
            r"|information|track|pocket|man)", r"insiders?", r"(?:deep )?inside (?:him|her|me|us|them|himself"
            r"|herself|themselves|myself|his|her|their|my|its)\s?(?:heart|head|mind|chest|belly|stomach|soul)?",
            r"felt (?:\w+ ){0,3}inside", r"on the inside", r"from the inside",
            # "out" that leads nowhere
            r"(?:light|lights|lamp|lamps|candle|candles|fire|flame|flames|power|electricity|torch|lantern|lanterns"
            r"|match|bulb|stars?|sun|moon)(?: \w+)? (?:went|goes|had gone|has gone|was going|blew|flickered) out",
            r"went out of (?:business|fashion|style|print|sight|control|tune)", r"(?:found|find|finds|finding"
            r"|figured|figure|worked|work|turned|turns|turning|pointed|points|made|make|cried|cry|called|call|shouted"
            r"|reached|reach|held|hold|stuck|sticking|broke|break|burst|carried|carry|handed|gave|give|left|leave"
            r"|leaving|put|puts|sort|sorted|try|tried|set|sets|setting|wiped|spelled|read|spoke|speak|stood|stand"
            r"|stands) out",
            r"out of (?:breath|sight|time|money|nowhere|the question|reach|place|luck|control|danger|trouble"
            r"|curiosity|fear|habit|love|the way|hand|tune|order|work|date|stock|ideas|patience|food|milk|bread"
            r"|flour|water|wood|oil|fuel|gas|energy|words|practice|kindness|pity|respect|spite|joy|boredom|his mind"
            r"|her mind)", r"r[au]n(?:s|ning)? out of(?! (?:the|a|an|his|her|their|its|our|my|your|this|that) )",
            r"(?:look|watch) out", r"out loud", r"all out", r"out there", r"outsiders?", r"outside (?:world|help"
            r"|chance|edge|light|air)", r"the outside",
            r"(?:the )?(?:sun|moon|stars?|truth|secret|news|word|rainbow|flowers?|book|story) (?:\w+ )?(?:came|comes"
            r"|had come|got) out", r"came out (?:well|right|wrong|fine|badly|perfectly)",
            r"(?:called|calls|calling|invited|asked|let) (?:him|her|them|us|me|the \w+) (?:inside|in|indoors)"
            r"(?= (?:for|to) )", r"called (?:him|her|them|us|me|\w+) (?:inside|in|indoors|home)",
            # the place said is not where the picture is
            r"(?:lived|lives|living|live|dwelt|dwells|settled|was born|were born|grew up)(?: [\w'’-]+){0,3}? "
            r"(?:in|on|at|by|near|inside) [^,.;:!?]*", r"there (?:once )?(?:lived|dwelt)[^,.;:!?]*",
            r"there (?:was|were) once[^,.;:!?]*", r"once upon a time[^,.;:!?]*",
            rf"(?:{_EN_LOOK})(?: \w+)? (?:at|over|across|toward|towards|into|onto|to|down|up|out at|out over"
            rf"|out across|out toward|out towards|in at)",
            r"(?:a|the) (?:loud |soft |sudden |gentle )?(?:knock|knocking|ring) (?:at|on) the (?:\w+ )?door",
            rf"(?:{_EN_WEATHER})s? (?:\w+ ){{0,2}}?(?:fell|falls|falling|howled|howls|howling|raged|rages|raging|blew"
            r"|blows|blowing|poured|pours|pouring|beat|beating|drummed|pattered|roared|roaring|whistled|swirled"
            r"|swirling|lashed|was|were|is|shone|shining|twinkled|glittered|whirled|danced|dancing|piled|continued"
            r"|kept) (?:\w+ ){0,3}?outside", rf"outside,? (?:the )?(?:{_EN_WEATHER})",
            r"through the (?:\w+ )?(?:rain|fog|mist|snow|storm|gloom|dark|darkness),? (?:\w+ )"
            r"{0,4}?(?:saw|watched|spotted|could see|noticed|glimpsed|made out)",
            r"it (?:was|is|had been|got|grew) (?:\w+ ){0,2}(?:outside|out)(?=\s*[,.;:!?]|$| and)",
            r"outside (?:the|a|his|her|their|its) (?:\w+ )?windows?", r"(?:inside|into|in) (?:the|a|an|his|her"
            r"|their|its|my|our|your) (?:\w+ )?(?:box|boxes|bag|basket|pocket|pockets|chest|jar|egg|shell|nest|cup"
            r"|pot|pan|drawer|envelope|book|hat|boot|shoe|mouth|head|heart|mind|sack|bucket|barrel|bottle|trunk"
            r"|suitcase|case|parcel|package|oven|fridge|cage)s?(?!\w)",
            r"deep (?:down )?inside(?=\s*[,.;:!?])", r"deep down")),
        # campfires, open boats and the deck are outside; a boat alone says nothing
        (OUTSIDE, latin(r"(?:by|beside|around|round|near|at|over) (?:the|a|their|his|her) (?:\w+ )?(?:camp\s?fire"
                         r"|bonfire)s?", r"on deck", r"on the (?:\w+ )?deck", r"(?:in|into) (?:the|a|his|her|their"
                         r") (?:\w+ )?(?:rowing boat|rowboat|canoe|raft|kayak|dinghy|sled|sledge|sleigh|cart"
                         r"|wagon)s?", r"picnic (?:tables?|blankets?|rugs?)",
                         r"(?:in|into|on) (?:the|a|his|her|their) (?:\w+ )?(?:flower|vegetable|reed|strawberry|tulip"
                         r"|rose|river)\s?beds?")),
        (None, latin(r"(?:aboard|on board|on|onto) (?:the|a|his|her|their) (?:\w+ )?(?:boat|ship|raft|canoe"
                      r"|ferry|yacht|barge|ferryboat)s?")),
        (OUTSIDE, latin(r"(?:peered|peeked|peeped|looked|glanced|stared|peering|peeking|looking) in (?:through|at)"
                         r" (?:the|a) (?:\w+ )?windows?")),
        # inside: looking out, the hearth, the bed, the table, the stairs, a vehicle one sits in
        (INSIDE, latin(rf"(?:{_EN_LOOK}|saw|see|sees|seen|could see|sat|sits|stood|stands) (?:\w+ ){{0,4}}?(?:out of"
                        r"|through|from|at|by) (?:the|a|his|her|their|its|my) (?:\w+ )?windows?",
                        r"(?:through|from) (?:the|a|his|her|their|its|my) (?:\w+ )?windows?,? (?:\w+ ){0,3}(?:watched"
                        r"|saw|looked|could see|gazed|stared|noticed|spotted)",
                        r"(?:at|by|beside|from) the (?:\w+ )?window(?! (?:of|to) the (?:house|shop|cottage))",
                        r"window\s?(?:seat|sill)s?", r"out of bed", r"(?:in|into|to|from) (?:the |his |her |their |my"
                        r" |a )?(?:\w+ )?(?:bed|beds|cot|cradle|crib|bunk|bath|bathtub|armchair)(?!\w)",
                        r"under (?:the|his|her|their|a|my) (?:\w+ )?(?:blankets?|covers|duvet|quilt|sheets"
                        r"|bedclothes|eiderdown)",
                        r"(?:by|beside|near|at|around|round|in front of|before|close to|next to|toward|towards|to)"
                        r" (?:the|a|his|her|their|its|my|our) (?:\w+ ){0,2}(?:fire|fireplace|fireside|hearth|stove"
                        r"|oven|range|kitchen table|table|tables|dinner table|breakfast table|dining table|desk"
                        r"|counter|piano|bookshelf|bookshelves|bookcase|mirror|sofa|couch|armchair|sink)(?!\w)",
                        r"at (?:the|his|her|their) (?:\w+ )?(?:table|desk|counter|workbench|anvil|loom|easel)",
                        r"behind the counter", r"(?:on|onto) (?:the|a|his|her|their) (?:\w+ )?(?:sofa|couch"
                        r"|armchair|bed|carpet|rug|kitchen floor|floorboards|windowsill|bunk|sofas)",
                        r"fireside|hearthside|hearthrug|mantelpiece|mantel", r"in (?:the |a )?(?:\w+ )?hearth",
                        r"(?:lit|lights|lighting|opened|opens|stoked|stokes|heated|heats|cleaned) (?:the|a|his|her"
                        r"|their|its|my|our) (?:\w+ )?(?:oven|stove|fireplace|furnace|kiln)(?!\w)",
                        r"(?:in|into|out of|from) (?:the|a|his|her|their|its|my|our) (?:\w+ )?(?:oven|stove)(?!\w)",
                        r"(?:up|down|on|at the top of|at the foot of|at the bottom of|climbed|descended) (?:the|a"
                        r"|some) (?:\w+ ){0,3}(?:stairs|staircase|stairway|stairwell)",
                        r"upstairs|downstairs|staircases?|stairways?|stairwell",
                        r"under (?:the|one|a|his|her|their) (?:same |\w+ )?roof", r"between (?:the|these|four) "
                        r"walls", r"below decks?", r"behind the wheel", r"in the (?:back|front|passenger|driver's"
                        r"|driver['’]s) seat",
                        r"(?:on|onto|aboard|on board) (?:the|a|an|his|her|their|this|that) (?:\w+ ){0,2}(?:bus|buses"
                        r"|train|trains|tram|plane|airplane|aeroplane|subway|metro|coach|underground|express)(?!\w)",
                        r"aboard|on board")),
        (GOES_IN, latin(r"(?:got|get|gets|getting|climbed|hopped|jumped|stepped|boarded|board|boards)(?: on| onto"
                         r"| into| in| aboard)? (?:the|a|his|her|their) (?:\w+ )?(?:bus|train|tram|plane|car|taxi|cab"
                         r"|carriage|coach|van)s?",
                         rf"(?:{_EN_MOVE}) (?:back )?in (?:from|out of) (?:the |a )?(?:\w+ )?(?:rain|cold|snow|storm"
                         r"|wind|dark|garden|yard|street|night|outside|fields?|woods|forest|sea|fog|frost|sun|heat|wet)",
                         r"(?:in )?out of the (?:\w+ )?(?:rain|cold|snow|storm|wind|weather|fog|wet|frost)",
                         r"(?:let|lets|letting|invited|ushered|showed|brought|led|welcomed|took) (?:him|her|them"
                         r"|us|me|it|the \w+|\w+) (?:back )?(?:in|inside|indoors)(?=\s*(?:[,.;:!?\"]|$|and |to |for ))",
                         rf"(?:{_EN_MOVE}) (?:back |straight |quickly |quietly |slowly |right )?in(?=\s*(?:[,.;:!?\"]|$"
                         r"|and |through |from |to (?:the|see|find|get|say|help|warm)|again|quietly|slowly|carefully"
                         r"|softly|too|at last|with |out of |just ))")),
        # outside: the door, the open air, the weather falling on someone
        (OUTSIDE, latin(r"(?:at|outside|in front of|before) (?:the|a|his|her|their|its|my|our) (?:front "
                         r"|back |kitchen |garden |cottage |shop |old |wooden |red |green |blue |heavy |big |little "
                         r")?(?:door|doors|gate|gates|front steps)(?!\w)",
                         r"(?:knocked|knocking|knocks|knock|tapped|tapping|rapped|banged|hammered|pounded) (?:\w+ )?"
                         r"(?:on|at) (?:the|a|his|her|their) (?:\w+ )?(?:door|window|gate|shutter)s?",
                         r"outdoors|out of doors|open air|fresh air|in the open",
                         r"(?:in|into|through) the (?:\w+ ){0,2}?(?:rain|snow|sunshine|sunlight|sun|wind|storm|fog"
                         r"|mist|drizzle|downpour|sleet|hail|blizzard|snowstorm|rainstorm|drifts|snowdrifts|puddles"
                         r"|mud|frost|moonlight|starlight)(?!\w)",
                         r"under (?:the|an?|his|her|their) (?:\w+ ){0,2}?(?:sky|skies|stars|moon|sun|clouds|umbrella"
                         r"|trees?|oak|apple tree|branches|bridge|eaves)(?!\w)")),
        (GOES_OUT, latin(r"(?:got|get|gets|getting|climbed|hopped|jumped|stepped) (?:off|out of) (?:the|a|his|her"
                          r"|their) (?:\w+ )?(?:bus|train|tram|plane|car|taxi|cab|carriage|coach|van)s?",
                          r"left (?:home|the house)", r"(?:out|outside|outdoors) into", r"out of doors",
                          r"(?:out|outside) (?:to|onto|into) the",
                          rf"(?:{_EN_MOVE}) (?:back |straight |quickly |quietly |slowly |right )?"
                          r"(?:out(?:side)?|outdoors)"
                          r"(?! of (?:the|a|an|his|her|their|its|my|our|your) (?:\w+ ){0,2}(?:room|kitchen|bedroom"
                          r"|office|hall|classroom|cellar|attic|study|bathroom|corridor|hallway|library|parlou?r"
                          r"|chamber|cupboard|closet|wardrobe)s?(?!\w))")),
    ],
}

# The bare words: read after the place nouns.
_BARE: dict[str, Rules] = {
    "en": [
        (None, latin(r"(?:inside|into|in) (?:the|a|an|his|her|their|its|my|our|your|this|that)(?= )",
                      r"entered (?:the|a|an|his|her|their) (?:\w+ )?(?:contest|competition|race|tournament|room's"
                      r"|data|code|password|name|names|numbers?|university|college|war|stage|world|dream|story"
                      r"|conversation|kingdom of)",
                      r"(?:came|come|comes|coming) in (?:first|second|third|last|handy|useful)")),
        (GOES_IN, latin(r"entered|enters|entering", rf"(?:{_EN_MOVE}) (?:back |straight |quickly |quietly |slowly "
                         r"|right )?(?:inside|indoors)")),
        (INSIDE, latin(r"inside|indoors|within doors")),
        (OUTSIDE, latin(r"outside")),
    ],
}

# German: separable verbs put the particle last ("Sie ging schnell hinaus"), so a particle counts
# after a verb of motion a few words before it, or joined to it ("hinausging").
_DE_MOVE = (r"kam|kamen|ging|gingen|lief|liefen|rannte|rannten|trat|traten|eilte|eilten|schlich|schlichen|stürmte"
            r"|stürmten|huschte|huschten|kroch|krochen|schlüpfte|schlüpften|stolperte|stolperten|spazierte"
            r"|spazierten|marschierte|marschierten|stapfte|stapften|hüpfte|hüpften|sprang|sprangen|flog|flogen"
            r"|tappte|tappten|zog|zogen|fuhr|fuhren|radelte|radelten|ritt|ritten|geht|gehen|kommt|kommen|läuft"
            r"|laufen|rennt|rennen|tritt|eilt|schleicht|stürmt|huscht|kriecht|schlüpft|hüpft|springt|fliegt"
            r"|trabte|trabten|polterte|polterten|watschelte|flitzte|flitzten|sauste|sausten|schlenderte")
_DE_PARTICIPLE = (r"(?:ge)?(?:gehen|ging|gingen|gegangen|geht|kommen|kam|kamen|gekommen|kommt|laufen|lief|liefen"
                  r"|gelaufen|rennen|rannte|rannten|gerannt|treten|trat|traten|getreten|eilen|eilte|eilten|schleichen"
                  r"|schlich|stürmen|stürmte|huschen|huschte|kriechen|kroch|schlüpfen|schlüpfte|spazieren|spazierte"
                  r"|ziehen|zog|fahren|fuhr|springen|sprang|flitzen|flitzte|sausen|sauste)\w*")
_DE_WEATHER = r"regnete|schneite|stürmte|tobte|heulte|pfiff|fiel|fielen|prasselte|wehte|blies|goss|tanzten|wirbelten"

_RULES["de"] = [
    (None, latin(
        r"(?:Licht|Lampe|Lampen|Kerze|Kerzen|Feuer|Strom|Laterne|Lichter|Flamme)\w* (?:\w+ )?(?:ging|gingen|ist|war)"
        r" (?:\w+ )?aus", r"außer Atem", r"darüber hinaus", r"über (?:\w+ ){0,4}hinaus",
        r"fand\w* (?:[\w,]+ ){0,6}?heraus", r"stellt\w* sich (?:\w+ ){0,4}?heraus", r"\w*heraus(?:zu)?(?:find|fand"
        r"|gefund|stell|gestellt|hol|geholt|nahm|nehm|genomm|zieh|gezog|bring|bracht|gebracht|platz|reiß|riss"
        r"|geriss|schrei|schrie)\w*",
        r"(?:holte|holten|zog|zogen|nahm|nahmen|brachte|brachten|streckte|streckten|hielt|hielten|schrie|schrien"
        r"|platzte|riss|kramte|fischte|sprudelte)\w* (?:[\w,]+ ){0,6}?(?:heraus|hinaus|raus)",
        r"(?:setzt|legt|steckt|stellt|warf|warfen|wirft|schütt|goss|gossen|gießt|füllt|packt|tat|taten|tut|schob"
        r"|schoben|schiebt)\w* (?:[\w,]+ ){0,6}?(?:hinein|herein|rein)",
        r"(?:schaute|schauten|sah|sahen|blickte|blickten|guckte|guckten|spähte|spähten|lugte)\w* (?:\w+ ){0,3}?"
        r"(?:hinein|herein)",
        r"(?:kam|kamen) (?:\w+ )?(?:die Sonne|der Mond|die Sterne|die Wahrheit|das Geheimnis) (?:\w+ )?heraus",
        r"(?:Sonne|Mond|Sterne|Wahrheit|Geheimnis) (?:\w+ )?(?:kam|kamen) (?:\w+ )?heraus",
        r"(?:lebte|lebten|wohnte|wohnten|lebt|wohnt|hauste|hausten|geboren|aufgewachsen)(?: [\w'’-]+){0,4}? "
        r"(?:in|im|auf|am|an|bei|nahe|neben)[^,.;:!?]*", r"es war einmal[^.;:!?]*",
        r"(?:der|die|das|welche\w*) [^,.;:!?]*(?:lebte|lebten|wohnte|wohnten|hauste|hausten)(?!\w)",
        r"es klopfte[^,.;:!?]*", r"klopfte es[^,.;:!?]*", r"(?:ein|das) Klopfen an (?:der|die) Tür",
        rf"draußen,? (?:\w+ ){{0,3}}?(?:{_DE_WEATHER}|war es|wurde es|ist es|lag|es)(?!\w)",
        rf"(?:{_DE_WEATHER}|war|wurde|ist|dunkel|kalt) es (?:\w+ ){{0,3}}draußen",
        r"(?:Regen|Schnee|Wind|Sturm|Gewitter|Nebel|Schneeflocken|Welt|Nacht|Dunkelheit)\w* (?:\w+ ){0,3}?draußen",
        r"vor (?:dem|den) (?:\w+ )?Fenster\w*",
        r"(?:im|ins|in die|in den|in der|in das|in einem|in einer|in seine\w*|in ihre\w*) (?:\w+ )?(?:Kiste|Schachtel"
        r"|Tasche|Korb|Topf|Tasse|Schublade|Umschlag|Buch|Hut|Stiefel|Mund|Kopf|Herz|Herzen|Sack|Eimer|Fass"
        r"|Flasche|Koffer|Paket|Ofen|Kühlschrank|Käfig|Nest|Ei|Schale)(?:e|en|n|s|es)?",
        r"zu Hause|zuhause|daheim|nach Hause|nachhause",
        r"(?:schaute|schauten|sah|sahen|blickte|blickten|starrte|starrten|zeigte|zeigten|winkte|winkten|rief|riefen)"
        r"(?: \w+)? (?:auf|über|zum|zur|nach)(?! draußen)")),
    (OUTSIDE, latin(r"\w*lagerfeuer\w*", r"an Deck", r"auf (?:dem )?Deck",
                     r"(?:im|ins|in einem|in ein|in seinem|in ihrem) (?:\w+ )?(?:Ruderboot|Boot|Kanu|Floß|Schlitten"
                     r"|Karren)(?:e|en|n|s|es)?")),
    (None, latin(r"(?:an Bord|auf) (?:des|dem|einem|eines|seinem|ihrem) (?:\w+ )?(?:Boot|Schiff|Floß|Kahn|Fähre"
                  r"|Kutter)\w*")),
    (INSIDE, latin(r"(?:schaute|schauten|sah|sahen|blickte|blickten|guckte|guckten|starrte|starrten|beobachtete"
                    r"|beobachteten|spähte)\w* (?:\w+ ){0,4}?(?:aus dem Fenster|zum Fenster hinaus|durchs Fenster"
                    r"|durch das Fenster|hinaus)",
                    r"(?:am|ans|vom) (?:\w+ )?Fenster", r"Fensterbank|Fenstersims|Fensterplatz",
                    r"durch (?:das|die) (?:\w+ )?(?:Fenster|Fensterscheibe)\w*,? (?:\w+ ){0,3}(?:sah|beobachtete"
                    r"|schaute|blickte)",
                    r"(?:im|ins|in sein|in ihr|in seinem|in ihrem|in das|in dem|aus dem) (?:\w+ )?Bett(?:chen|e)?",
                    r"unter (?:der|die|seine|ihre|seiner|ihrer) (?:\w+ )?(?:Decke|Bettdecke|Decken|Daunendecke)",
                    r"(?:am|ans|vor dem|vorm|neben dem|beim|an den|zum|um den) (?:\w+ ){0,2}?(?:Kamin|Kaminfeuer|Ofen"
                    r"|Kachelofen|Herd|Feuer|Küchentisch|Esstisch|Tisch|Schreibtisch|Tresen|Ladentisch|Theke|Amboss"
                    r"|Webstuhl|Sofa)(?:e|es|s)?",
                    r"(?:auf dem|aufs|auf das) (?:\w+ )?(?:Sofa|Bett|Teppich|Küchenboden|Fensterbrett)",
                    r"hinter (?:dem|der) (?:Tresen|Ladentisch|Theke)", r"zu Tisch|bei Tisch",
                    r"(?:die|eine|der) (?:\w+ ){0,2}(?:Treppe|Treppen|Wendeltreppe|Stufen)\w* (?:hinauf|hoch|herauf"
                    r"|hinunter|herunter|hinab|empor)", r"treppauf|treppab|Treppenhaus|Wendeltreppe",
                    r"(?:im|ins) (?:\w+ )?(?:Stockwerk|Geschoss|Obergeschoss|Erdgeschoss|Dachgeschoss)",
                    r"unter (?:einem|demselben|dem gleichen|einem gemeinsamen) Dach", r"unter Deck", r"an Bord",
                    r"hinter dem Steuer", r"auf dem (?:Rück|Bei|Vorder|Fahrer)sitz")),
    (GOES_IN, latin(r"(?:stieg|stiegen|steigt|steigen)\w* (?:\w+ ){0,2}ein(?=\s*(?:[,.;:!?\"]|$|und ))",
                     rf"(?:{_DE_MOVE}) (?:[\w,]+ ){{0,4}}?(?:hinein|herein|rein|nach drinnen|ins Haus"
                     r"|ins Innere)(?!\w)",
                     rf"(?:hinein|herein|rein){_DE_PARTICIPLE}",
                     r"trat\w* (?:\w+ ){0,2}ein(?=\s*(?:[,.;:!?\"]|$|und ))",
                     r"nach drinnen|ins Innere",
                     r"(?:ließ|ließen|lässt|bat|baten)\w* (?:ihn|sie|es|uns|mich|den \w+|die \w+|das \w+) "
                     r"(?:herein|hinein|rein)")),
    (OUTSIDE, latin(r"im Freien|unter freiem Himmel|an der frischen Luft|in der frischen Luft",
                     r"(?:vor|an) (?:der|die|dem|seiner|ihrer) (?:\w+ )?(?:Tür|Haustür|Eingangstür|Tor|Gartentor"
                     r"|Gartentür|Pforte)",
                     r"(?:klopfte|klopften|klopft|pochte|pochten|hämmerte)\w* (?:\w+ ){0,2}(?:an|gegen) (?:die|das)"
                     r" (?:\w+ )?(?:Tür|Fenster|Tor)\w*",
                     r"(?:im|in den|durch den|durch die|in die|in der|in dem|durchs) (?:\w+ ){0,2}?(?:Regen|Nieselregen"
                     r"|Schnee|Neuschnee|Sonne|Sonnenschein|Sonnenlicht|Wind|Sturm|Schneesturm|Nebel|Pfützen|Matsch"
                     r"|Mondschein|Mondlicht|Gewitter|Hagel|Unwetter|Schneegestöber)(?!\w)",
                     r"unter (?:dem|den|einem|freiem) (?:\w+ ){0,2}?(?:Himmel|Sternenhimmel|Sternen|Mond|Regenschirm"
                     r"|Schirm|Baum|Bäumen|Apfelbaum|Zweigen|Brücke)(?!\w)")),
    (GOES_OUT, latin(r"(?:stieg|stiegen|steigt|steigen)\w* (?:\w+ ){0,3}?aus(?=\s*(?:[,.;:!?\"]|$|und ))",
                      rf"(?:{_DE_MOVE}) (?:[\w,]+ ){{0,5}}?(?:hinaus|heraus|raus|nach draußen|ins Freie|vor die Tür"
                      r"|an die frische Luft)(?!\w)",
                      rf"(?:hinaus|heraus|raus){_DE_PARTICIPLE}",
                      r"nach draußen|ins Freie|vor die Tür|an die frische Luft")),
]
_BARE["de"] = [
    (GOES_IN, latin(r"betrat|betraten|betritt")),
    (INSIDE, latin(r"drinnen|im Inneren|innen")),
    (OUTSIDE, latin(r"draußen")),
]

_RULES["es"] = [
    (None, latin(
        r"(?:vivía|vivían|vivió|vive|viven|vivir|habitaba|habitaban|nació|nacieron|creció|crecieron)(?: [\w'’-]+)"
        r"{0,4}? (?:en|junto|cerca|al lado)[^,.;:!?]*", r"(?:había|hubo) una vez[^,.;:!?]*", r"érase una vez[^,.;:!?]*",
        r"(?:si|como si|que|quien|aunque|cuando|donde) fuera", r"fuera de (?:sí|lugar|tiempo|control|peligro|duda"
        r"|broma|serie|juego|combate|lo común|moda|alcance)",
        r"(?:la |las )?(?:luz|luces|lámpara|vela|velas|fuego|llama|linterna) (?:\w+ )?se (?:apagó|apagaron|apagaba)",
        r"(?:el sol|la luna|las estrellas) (?:\w+ )?(?:salió|salieron|salía|salían)", r"salió el sol",
        r"salieron las estrellas", r"salió la luna", r"sali[óe]\w* (?:bien|mal)", r"sin aliento",
        r"entr\w* en (?:pánico|calor|razón|vigor|acción|escena|juego|contacto|detalles|confianza)",
        r"(?:llamaron|tocaron|golpearon) a la puerta", r"(?:un|unos) golpes? en la puerta",
        r"(?:afuera|fuera),? (?:\w+ ){0,3}?(?:llovía|nevaba|soplaba|rugía|aullaba|caía|caían|hacía|estaba|era"
        r"|la tormenta|la lluvia|la nieve|el viento)",
        r"(?:llovía|nevaba|soplaba|rugía|aullaba|caía|caían|hacía frío|hacía calor|estaba oscuro|la tormenta|la lluvia"
        r"|la nieve|el viento)(?: \w+){0,3}? (?:afuera|fuera)(?!\s+de)",
        r"(?:en|dentro de|dentro del) (?:el |la |un |una |su |sus )?(?:caja|bolsa|bolsillo|cesta|canasta|olla|taza"
        r"|cajón|sobre|libro|sombrero|bota|boca|cabeza|corazón|saco|cubo|barril|botella|maleta|horno|nevera|jaula"
        r"|nido|huevo)s?", r"(?:en|a|hacia|de) casa(?: de \w+)?", r"(?:en|a) la estación",
        r"(?:miró|miraba|miraron|miraban|mira|observó|observaba|contempló|contemplaba|señaló|señalaba|gritó)"
        r"(?: \w+)? (?:hacia|a|al|sobre)(?! través)")),
    (OUTSIDE, latin(r"fogatas?|hogueras?", r"en cubierta|sobre cubierta",
                     r"en (?:el|un|su) (?:\w+ )?(?:bote|barca|canoa|balsa|trineo|carro)s?")),
    (None, latin(r"(?:a bordo de|a bordo del|en|sobre) (?:el |un |su )?(?:\w+ )?(?:barco|buque|velero|ferry|bote)s?")),
    (INSIDE, latin(r"(?:mir\w*|observ\w*|contempl\w*|vi[oó]|veía|asom\w*) (?:\w+ ){0,4}?por la (?:\w+ )?ventana",
                    r"por la (?:\w+ )?ventana,? (?:\w+ ){0,3}(?:miró|miraba|vio|veía|observaba|contemplaba)",
                    r"(?:junto a|desde|a|en) (?:la|una|su) (?:\w+ )?ventana", r"pegad[oa]s? a la ventana",
                    r"en la cama|a la cama|(?:de|en|a) su cama|bajo (?:las|sus) (?:mantas|sábanas|cobijas|frazadas)",
                    r"(?:junto|cerca|frente|delante|alrededor) (?:a|al|de|del) (?:la )?(?:\w+ ){0,2}?(?:fuego|chimenea"
                    r"|estufa|hogar|fogón|lumbre|brasero|horno|mesa|escritorio|mostrador|sofá|sillón)",
                    r"a la mesa|en la mesa de la cocina|tras el mostrador|detrás del mostrador|en el (?:sofá|sillón)",
                    r"(?:subió|subieron|bajó|bajaron|sube|baja|subía|bajaba) (?:por )?(?:las|la) (?:\w+ )?escaleras",
                    r"escaleras (?:arriba|abajo)", r"(?:en el|al) piso de arriba", r"bajo (?:el mismo|un mismo) techo",
                    r"bajo cubierta", r"a bordo", r"al volante")),
    (GOES_IN, latin(r"(?:subió|subieron|sube|suben|subir|subiendo) (?:a|al) (?:la |el )?(?:\w+ )?(?:autobús|tren"
                     r"|coche|taxi|carruaje|avión|tranvía|metro)",
                     r"(?:entró|entraron|entra|entran|entrar|entrando) (?:\w+ )?(?:de|desde) (?:la lluvia|el frío"
                     r"|la nieve|la calle|fuera|afuera)", r"(?:hacia )?adentro|para dentro|hacia dentro")),
    (OUTSIDE, latin(r"(?:a|en) la (?:\w+ )?puerta(?! de (?:la|su) (?:habitación|cocina|cuarto|clase))",
                     r"(?:llamó|tocó|golpeó) (?:a|en) la (?:\w+ )?(?:puerta|ventana)",
                     r"al aire libre|a la intemperie|a cielo abierto|en plena calle",
                     r"(?:bajo|en|por) (?:la|el|una|un) (?:\w+ )?(?:lluvia|nieve|sol|tormenta|niebla|viento|aguacero"
                     r"|llovizna|granizo|ventisca)",
                     r"bajo (?:las|la|el|un|una|los) (?:\w+ ){0,2}?(?:estrellas|luna|cielo|paraguas|árbol|árboles"
                     r"|puente|sombrilla)", r"a pleno sol|al sol")),
    (GOES_OUT, latin(r"(?:bajó|bajaron|baja|bajar|bajando) (?:del|de la) (?:\w+ )?(?:autobús|tren|coche|taxi"
                      r"|carruaje|avión|tranvía)",
                      r"(?:salió|salieron|sale|salen|salir|saliendo|salía|salían|salimos|corrió|corrieron) (?:\w+ )"
                      r"{0,2}?(?:afuera|fuera|a la calle|al jardín|al patio)(?!\s+de)")),
]
_BARE["es"] = [
    (None, latin(r"dentro de (?:poco|un rato|\w+ (?:minutos|horas|días|semanas|años|momentos|segundos))")),
    (GOES_IN, latin(r"entró|entraron|entra|entran|entrar|entrando|entraba|entraban|entramos")),
    (INSIDE, latin(r"dentro|adentro")),
    (GOES_OUT, latin(r"salió|salieron|sale|salen|salir|saliendo|salía|salían|salimos")),
    (OUTSIDE, latin(r"afuera|fuera")),
]

_RULES["fr"] = [
    (None, latin(
        r"(?:vivait|vivaient|vécut|habitait|habitaient|naquit|grandit)(?: [\w'’-]+){0,4}? (?:dans|à|au|en|sur|près"
        r"|au bord)[^,.;:!?]*", r"il était une fois[^,.;:!?]*",
        r"(?:la |les )?(?:lumière|lumières|lampe|bougie|bougies|feu|flamme|lanterne)s? (?:\w+ )?s['’]\s*(?:éteignit"
        r"|éteignirent|éteignait)",
        r"(?:le soleil|la lune|les étoiles) (?:\w+ )?(?:sortit|sortirent|sortait|sortaient)",
        r"sort\w* (?:\w+ ){0,3}?(?:du|de la|de l['’]|des|d['’]|de son|de sa|de ses)\s?(?:four|fours|poche|sac|panier"
        r"|tiroir|boîte|placard|armoire|frigo|réfrigérateur|cartable|valise|coffre|tablier|manteau|chapeau)",
        r"sort(?:it|irent|ait|aient|ir|i|ie|is|ant)\s+(?:un|une|le|la|les|l['’]|son|sa|ses|leurs?|mon|ma|mes|ce|cette"
        r"|ces|quelque)(?=\s|\w)", r"la sortie",
        r"hors d['’]\s*haleine|à bout de souffle", r"entr\w* en (?:guerre|scène|collision|contact|colère|jeu|vigueur)",
        r"on (?:frappa|frappe|frappait|sonna) à la porte", r"(?:un|des) (?:coups?|bruit) (?:\w+ )?à la porte",
        r"dehors,? (?:\w+ ){0,3}?(?:il|la|le|les|pleuv|neig|vent|tempête|orage|faisait|soufflait|tombait|tombaient"
        r"|hurlait|grondait|commençait)\w*",
        r"(?:il (?:pleuvait|neigeait|ventait|faisait (?:froid|nuit|noir|sombre|chaud|frais))|la (?:pluie|neige|tempête)"
        r" \w+|le vent \w+)(?: \w+){0,3}? dehors",
        r"(?:dans|à l['’]intérieur d[eu]) (?:le |la |les |l['’]|un |une |son |sa |ses )?(?:boîte|sac|poche|panier"
        r"|tasse|tiroir|enveloppe|livre|chapeau|botte|bouche|tête|cœur|coeur|seau|tonneau|bouteille|valise|colis|four"
        r"|frigo|cage|nid|œuf|oeuf|pot|casserole)s?", r"à la maison|chez (?:lui|elle|eux|moi|soi|nous)",
        r"(?:regard\w*|observ\w*|contempl\w*|fix\w*|montr\w*|cri\w*|sourit|souriait)(?: \w+)? (?:vers|sur"
        r"|au-dessus de)")),
    (OUTSIDE, latin(r"feux? de (?:camp|joie)", r"sur le pont du (?:bateau|navire)",
                     r"(?:dans|sur) (?:la|une|sa|le|un|son) (?:\w+ )?(?:barque|canoë|radeau|luge|traîneau|charrette"
                     r"|carriole)s?")),
    (None, latin(r"(?:à bord d['’]\s*|sur )(?:le |la |un |une |son |sa )?(?:\w+ )?(?:bateau|navire|voilier|ferry"
                  r"|péniche)")),
    (INSIDE, latin(r"(?:regard\w*|observ\w*|contempl\w*|vit|voyait|aperçut|guett\w*) (?:\w+ ){0,4}?(?:par|à travers"
                    r"|derrière) (?:la|les|une|sa) (?:\w+ )?(?:fenêtre|vitre|carreau)s?",
                    r"(?:par|à travers|derrière) (?:la|les|une|sa) (?:\w+ )?(?:fenêtre|vitre|carreau)s?,? (?:\w+ )"
                    r"{0,3}(?:regardait|regarda|voyait|vit|observait|contemplait|aperçut)", r"(?:à|près de) la fenêtre",
                    r"au lit|dans (?:son|le|leur|un|mon) (?:\w+ )?lit|sous (?:la|les|sa|ses) (?:couette|couverture"
                    r"|couvertures|draps|édredon)",
                    r"(?:près du|auprès du|autour du|devant le|au coin du|à côté du) (?:\w+ )?(?:feu|poêle|fourneau"
                    r"|four|bureau|comptoir|canapé|fauteuil)",
                    r"(?:près de la|auprès de la|autour de la|devant la|à côté de la) (?:\w+ )?(?:cheminée|table"
                    r"|cuisinière)", r"(?:près de l['’]|devant l['’])\s*âtre",
                    r"à table|à la table|sur le canapé|dans le fauteuil|derrière le comptoir",
                    r"(?:monta|montèrent|monte|montait|descendit|descendirent|grimpa|grimpèrent) (?:\w+ )?(?:l['’]|les)"
                    r"\s?(?:\w+ )?escaliers?", r"l['’]\s*escalier|les escaliers|à l['’]\s*étage",
                    r"sous le même toit", r"à bord", r"dans la cale", r"au volant")),
    (GOES_IN, latin(r"(?:monta|montèrent|monte|montent|monter|montant) (?:dans|à bord d['’])\s?(?:le |la |l['’]|un"
                     r" |une )?(?:\w+ )?(?:bus|autobus|train|voiture|taxi|carrosse|avion|tramway|métro|car)",
                     r"(?:entra|entrèrent|rentra|rentrèrent) (?:\w+ )?(?:de|du) (?:la pluie|froid|dehors)")),
    (OUTSIDE, latin(r"(?:à|devant) la (?:\w+ )?porte(?! de (?:la|sa) (?:chambre|cuisine|salle|classe))",
                     r"(?:frapp\w*|toqu\w*) (?:\w+ )?(?:à|contre) la (?:\w+ )?(?:porte|fenêtre)",
                     r"en plein air|à l['’]\s*air libre|au grand air|à la belle étoile|en pleine rue",
                     r"(?:sous|dans) (?:la|le|une|un) (?:\w+ )?(?:pluie|neige|soleil|tempête|orage|brouillard|brume"
                     r"|vent|averse|bourrasque|tourmente)",
                     r"sous (?:les|la|le|un|une) (?:\w+ ){0,2}?(?:étoiles|lune|ciel|parapluie|arbre|arbres|pont"
                     r"|pommier|chêne)", r"au soleil", r"(?:à travers|dans) les flaques")),
    (GOES_OUT, latin(r"(?:descendit|descendirent|descend|descendre) (?:du|de la|de l['’])\s?(?:\w+ )?(?:bus|autobus"
                      r"|train|voiture|taxi|carrosse|avion|tramway|métro)",
                      r"(?:sortit|sortirent|sort|sortent|sortir|sortant|sortait|sortaient|sorti|sortie|sortis|alla"
                      r"|allèrent|courut|coururent|se précipita|se précipitèrent|fila|filèrent) (?:\w+ ){0,2}?dehors")),
]
_BARE["fr"] = [
    (GOES_IN, latin(r"entra|entrèrent|entre|entrent|entrer|entrant|entrait|entraient|entré|entrés|rentra|rentrèrent"
                     r"|rentrer|rentrant|rentrait|rentré|rentrés")),
    (INSIDE, latin(r"dedans|à l['’]\s*intérieur|au-dedans")),
    (GOES_OUT, latin(r"sortit|sortirent|sortir|sortant|sortait|sortaient|sorti|sortis")),
    (OUTSIDE, latin(r"dehors|à l['’]\s*extérieur|au dehors")),
]

_RULES["it"] = [
    (None, latin(
        r"(?:viveva|vivevano|visse|vive|vivono|abitava|abitavano|nacque|crebbe)(?: [\w'’-]+){0,4}? (?:in|nel|nella"
        r"|a|al|alla|sul|sulla|vicino|accanto|presso)[^,.;:!?]*", r"c['’]\s*era una volta[^,.;:!?]*",
        r"(?:la |le )?(?:luce|luci|lampada|candela|candele|fuoco|fiamma|lanterna) (?:\w+ )?si (?:spense|spensero"
        r"|spegneva)", r"(?:il sole|la luna|le stelle) (?:\w+ )?(?:uscì|uscirono|usciva|uscivano)", r"uscì il sole",
        r"usc\w* (?:bene|male)", r"senza fiato", r"fuori (?:di sé|luogo|moda|tempo|controllo|pericolo|discussione"
        r"|questione|dubbio)", r"entr\w* in (?:panico|scena|gioco|azione|contatto|vigore|guerra)",
        r"(?:tirò|tirarono|tira|prese|presero) fuori", r"bussarono alla porta", r"(?:un|dei) colp[oi] alla porta",
        r"qualcuno bussò",
        r"fuori,? (?:\w+ ){0,3}?(?:pioveva|nevicava|soffiava|infuriava|ululava|cadeva|cadevano|faceva|era"
        r"|c['’]\s*era|la tempesta|la pioggia|la neve|il vento)",
        r"(?:pioveva|nevicava|soffiava|infuriava|ululava|cadeva|cadevano|faceva freddo|faceva buio|era buio)"
        r"(?: \w+){0,3}? fuori(?! da| dal| dalla| di)",
        r"(?:in|nel|nella|nello|dentro) (?:il |la |un |una |suo |sua )?(?:scatola|borsa|tasca|cesto|cestino|pentola"
        r"|tazza|cassetto|busta|libro|cappello|stivale|bocca|testa|cuore|sacco|secchio|botte|bottiglia|valigia|forno"
        r"|frigo|gabbia|nido|uovo)", r"a casa|verso casa",
        r"(?:guard\w*|osserv\w*|contempl\w*|fiss\w*|indic\w*|gridò|sorrise)(?: \w+)? (?:verso|sul|sulla|sui"
        r"|sulle|al|alla)(?! finestra)")),
    (OUTSIDE, latin(r"falò|fuoco da campo", r"in coperta|sul ponte della nave",
                     r"(?:in|sulla|nella) (?:\w+ )?(?:barca|canoa|zattera|slitta|carretto)")),
    (None, latin(r"(?:a bordo d\w*|sul|sulla|sulle) (?:\w+ )?(?:nave|barca|battello|traghetto|veliero)")),
    (INSIDE, latin(r"(?:guard\w*|osserv\w*|contempl\w*|vide|vedeva|scrut\w*|sbirci\w*) (?:\w+ ){0,4}?(?:dalla"
                    r"|attraverso la|dietro la|fuori dalla) (?:\w+ )?(?:finestra|finestrella|vetro|vetrata)",
                    r"(?:dalla|attraverso la) (?:\w+ )?finestra,? (?:\w+ ){0,3}(?:guardava|vide|vedeva|osservava"
                    r"|guardò)", r"(?:alla|davanti alla|vicino alla|accanto alla) finestra",
                    r"a letto|nel (?:suo )?letto|sotto (?:le|la) coperte?|sotto il piumone",
                    r"(?:accanto|vicino|davanti|intorno|attorno|presso) (?:al|alla|il|la) (?:\w+ )?(?:fuoco|camino"
                    r"|focolare|stufa|fornello|forno|tavolo|tavola|scrivania|bancone|divano|poltrona)",
                    r"a tavola|al tavolo|dietro il bancone|sul divano|in poltrona|sulla poltrona",
                    r"(?:salì|salirono|sale|scese|scesero|scende) (?:\w+ )?(?:le|per le) (?:\w+ )?scale",
                    r"su per le scale|giù per le scale|per le scale|al piano di sopra|di sopra|al piano di sotto",
                    r"sotto lo stesso tetto|sottocoperta|sotto coperta|a bordo|al volante")),
    (GOES_IN, latin(r"(?:salì|salirono|sale|salgono|salire|salendo) (?:sul|sulla|in|nel|nella|a bordo del|a bordo"
                     r" della) (?:\w+ )?(?:autobus|treno|macchina|auto|taxi|carrozza|aereo|tram|pullman|metropolitana)",
                     r"(?:rientr\w*) (?:in casa|dentro)",
                     r"(?:tornò|tornarono|corse|corsero|andò|andarono|scappò|scapparono) (?:\w+ )?dentro")),
    (OUTSIDE, latin(r"(?:alla|davanti alla) (?:\w+ )?porta(?! della (?:camera|cucina|stanza|classe))",
                     r"buss\w* (?:\w+ )?(?:alla|sulla) (?:\w+ )?(?:porta|finestra)",
                     r"all['’]\s*aperto|all['’]\s*aria aperta|per strada|al mare",
                     r"(?:sotto|nella|nel) (?:la|il|un|una) (?:\w+ )?(?:pioggia|neve|sole|tempesta|temporale|nebbia"
                     r"|vento|acquazzone|bufera)",
                     r"sotto (?:le|la|il|un|una|gli|l['’])\s?(?:\w+ ){0,2}?(?:stelle|luna|cielo|ombrello|albero|alberi"
                     r"|ponte|quercia)", r"al sole")),
    (GOES_OUT, latin(r"(?:scese|scesero|scende|scendere) (?:dal|dalla|dall['’])\s?(?:\w+ )?(?:autobus|treno|macchina"
                      r"|auto|taxi|carrozza|aereo|tram|pullman)",
                      r"(?:uscì|uscirono|esce|escono|uscire|uscendo|usciva|uscivano|corse|corsero|andò|andarono"
                      r"|scappò|scapparono|saltò) (?:\w+ ){0,2}?fuori(?! d)",
                      r"(?:uscì|uscirono|esce|escono|uscire|uscendo) (?:\w+ ){0,2}?(?:in strada|in giardino"
                      r"|all['’]\s*aperto|di casa)")),
]
_BARE["it"] = [
    (GOES_IN, latin(r"entrò|entrarono|entra|entrano|entrare|entrando|entrava|entravano|entrati|entrato|rientrò"
                     r"|rientrarono")),
    (INSIDE, latin(r"dentro|all['’]\s*interno|al chiuso")),
    (GOES_OUT, latin(r"uscì|uscirono|esce|escono|uscire|uscendo|usciva|uscivano|uscito|usciti")),
    (OUTSIDE, latin(r"fuori|all['’]\s*esterno")),
]

_RULES["pt"] = [
    (None, latin(
        r"(?:vivia|viviam|viveu|vive|vivem|morava|moravam|morou|mora|moram|nasceu|cresceu)(?: [\w'’-]+){0,4}? "
        r"(?:em|no|na|num|numa|perto|junto|ao lado)[^,.;:!?]*", r"era uma vez[^,.;:!?]*",
        r"(?:a |as )?(?:luz|luzes|lâmpada|vela|velas|fogo|chama|lanterna) (?:\w+ )?(?:se apagou|apagou-se|se apagaram"
        r"|apagaram-se)", r"(?:o sol|a lua|as estrelas) (?:\w+ )?(?:saiu|saíram|saía|apareceu)", r"saiu o sol",
        r"sai\w* (?:bem|mal)", r"saiu-se", r"sem fôlego", r"fora de (?:si|moda|questão|controle|perigo|hora|alcance)",
        r"(?:que|se|como se|quem|onde|quando|já|nunca|não) fora", r"entr\w* em (?:pânico|cena|jogo|ação|contato"
        r"|vigor|guerra)", r"dentro de (?:pouco|instantes|minutos|dias|horas|uma hora|um minuto|alguns|algumas)",
        r"bateram à porta", r"(?:uma|umas) batidas? na porta", r"alguém bateu",
        r"lá fora,? (?:\w+ ){0,3}?(?:chovia|nevava|soprava|rugia|uivava|caía|caíam|fazia|estava|era|a tempestade"
        r"|a chuva|a neve|o vento)",
        r"(?:chovia|nevava|soprava|rugia|uivava|caía|caíam|fazia frio|estava escuro)(?: \w+){0,3}? lá fora",
        r"(?:em|no|na|dentro do|dentro da) (?:\w+ )?(?:caixa|bolsa|bolso|cesta|cesto|panela|xícara|chávena|gaveta"
        r"|envelope|livro|chapéu|bota|boca|cabeça|coração|saco|balde|barril|garrafa|mala|forno|geladeira"
        r"|frigorífico|gaiola|ninho|ovo)s?", r"em casa(?! d)|para casa|a casa(?! d)", r"na estação",
        r"(?:olh\w*|observ\w*|contempl\w*|fit\w*|apont\w*|grit\w*|sorri\w*)(?: \w+)? (?:para|ao|à|sobre)"
        r"(?! (?:a |fora))")),
    (OUTSIDE, latin(r"fogueiras?", r"no convés", r"(?:no|num|na|numa) (?:\w+ )?(?:bote|barquinho|canoa|jangada|trenó"
                     r"|carroça)")),
    (None, latin(r"(?:a bordo d[oe]|no|num) (?:\w+ )?(?:barco|navio|veleiro|balsa)")),
    (INSIDE, latin(r"(?:olh\w*|observ\w*|contempl\w*|viu|via|espi\w*) (?:\w+ ){0,4}?(?:pela|da|através da|atrás da)"
                    r" (?:\w+ )?(?:janela|vidraça|janelinha)",
                    r"(?:pela|através da) (?:\w+ )?janela,? (?:\w+ ){0,3}(?:olhava|viu|via|observava|olhou)",
                    r"à janela|junto à janela|perto da janela|na janela",
                    r"na cama|para a cama|(?:na|para a) sua cama|debaixo d[oa]s? (?:cobertor|cobertores|lençóis|lençol"
                    r"|manta|mantas|edredom|edredão)",
                    r"(?:junto|perto|diante|em frente|ao lado|em volta|ao redor|ao pé) (?:ao|à|do|da|de) (?:\w+ )?"
                    r"(?:fogo|lareira|fogão|lume|forno|mesa|escrivaninha|balcão|sofá|poltrona)",
                    r"à mesa|atrás do balcão|no sofá|na poltrona",
                    r"(?:subiu|subiram|sobe|desceu|desceram|desce) (?:\w+ )?(?:as|a) (?:\w+ )?escadas?",
                    r"escada acima|escada abaixo|lá em cima|no andar de cima|no andar de baixo",
                    r"(?:debaixo do|sob o) mesmo teto", r"a bordo", r"ao volante")),
    (GOES_IN, latin(r"(?:subiu|subiram|sobe|sobem|subir|subindo) (?:no|na|para o|para a|em) (?:\w+ )?(?:ônibus"
                     r"|autocarro|trem|comboio|carro|táxi|carruagem|avião|bonde|metrô|metro)",
                     r"para dentro|lá para dentro")),
    (OUTSIDE, latin(r"(?:à|na) (?:\w+ )?porta(?! d[oa] (?:quarto|cozinha|sala))",
                     r"bat\w* (?:\w+ )?(?:à|na) (?:\w+ )?(?:porta|janela)",
                     r"ao ar livre|lá fora|do lado de fora|cá fora|aqui fora|ali fora|no meio da rua",
                     r"(?:sob|na|debaixo da|debaixo de) (?:a |uma )?(?:\w+ )?(?:chuva|neve|tempestade|neblina|nevoeiro"
                     r"|ventania|chuvarada|garoa)",
                     r"(?:sob|debaixo d[eoa]) (?:o |as |a |um |uma |os )?(?:\w+ ){0,2}?(?:estrelas|lua|céu"
                     r"|guarda-chuva|árvore|árvores|ponte|sol)(?!\w)", r"ao sol")),
    (GOES_OUT, latin(r"(?:desceu|desceram|desce|descer) (?:do|da) (?:\w+ )?(?:ônibus|autocarro|trem|comboio|carro"
                      r"|táxi|carruagem|avião|bonde)",
                      r"(?:saiu|saíram|sai|saem|sair|saindo|saía|correu|correram|foi|foram) (?:\w+ ){0,2}?(?:para fora"
                      r"|lá para fora|para a rua|para o jardim|para o quintal|de casa)")),
]
_BARE["pt"] = [
    (GOES_IN, latin(r"entrou|entraram|entra|entram|entrar|entrando|entrava|entravam|entramos")),
    (INSIDE, latin(r"lá dentro|aqui dentro|ali dentro|cá dentro|dentro")),
    (GOES_OUT, latin(r"saiu|saíram|sai|saem|sair|saindo|saía|saíam|saímos")),
]

_RULES["nl"] = [
    (None, latin(
        r"(?:woonde|woonden|leefde|leefden|woont|leeft|geboren|opgegroeid)(?: [\w'’-]+){0,4}? (?:in|op|aan|bij|naast"
        r"|vlakbij)[^,.;:!?]*", r"er was eens[^.;:!?]*", r"die [^,.;:!?]*(?:woonde|woonden|leefde|leefden)(?!\w)",
        r"(?:het |de )?(?:licht|lichten|lamp|lampen|kaars|kaarsen|vuur|vlam|lantaarn)\w* (?:\w+ )?(?:ging|gingen)"
        r" (?:\w+ )?uit", r"(?:de zon|de maan|de sterren) (?:\w+ )?(?:kwam|kwamen) (?:\w+ )?(?:op|tevoorschijn|door)",
        r"buiten adem", r"buiten (?:zichzelf|beschouwing|gebruik|werking|bereik|twijfel|dat|zijn|haar|hem|hen|mij)",
        r"binnen (?:een|enkele|twee|drie|vijf|tien|korte|de kortste) (?:\w+ )?(?:uur|minuut|minuten|dag|dagen|week"
        r"|weken|tijd|seconde|seconden|jaar|termijn)", r"binnen (?:bereik|handbereik)", r"kwam (?:\w+ ){0,3}achter",
        r"er werd (?:\w+ )?(?:geklopt|aangebeld)", r"een klop op de deur",
        r"buiten,? (?:\w+ ){0,3}?(?:regende|sneeuwde|waaide|stormde|huilde|viel|vielen|was het|werd het|is het"
        r"|gierde)", r"(?:regende|sneeuwde|waaide|stormde|huilde|gierde|was|werd|is) het (?:\w+ ){0,2}buiten",
        r"(?:regen|sneeuw|wind|storm)\w* (?:\w+ ){0,3}?buiten",
        r"(?:in|uit) (?:de|het|een|zijn|haar) (?:\w+ )?(?:doos|tas|zak|mand|pan|kop|la|envelop|boek|hoed|laars|mond"
        r"|hoofd|hart|emmer|ton|fles|koffer|pakket|oven|koelkast|kooi|nest|ei)", r"thuis|naar huis",
        r"(?:keek|keken|staarde|staarden|tuurde|wees|wezen|riep)(?: \w+)? (?:naar|over|op)(?! buiten)")),
    (OUTSIDE, latin(r"kampvuur\w*", r"aan dek|op het dek",
                     r"in (?:de|een|het|zijn|haar) (?:\w+ )?(?:roeiboot|boot|bootje|kano|vlot|slee)")),
    (None, latin(r"(?:aan boord van|op) (?:de|het|een|zijn|haar) (?:\w+ )?(?:boot|schip|veerboot|zeilboot)")),
    (INSIDE, latin(r"(?:keek|keken|staarde|staarden|tuurde|tuurden|zag|zagen|gluurde) (?:\w+ ){0,4}?(?:uit|door"
                    r"|vanuit|achter) (?:het|een|zijn|haar) (?:\w+ )?(?:raam|venster|ramen)",
                    r"(?:door|uit) het (?:\w+ )?raam,? (?:\w+ ){0,3}(?:keek|zag|staarde)",
                    r"(?:bij|voor|aan) het (?:\w+ )?raam", r"vensterbank",
                    r"in (?:zijn|haar|het|hun|een) (?:\w+ )?bed|in bed|naar bed|uit bed|onder (?:de|zijn|haar)"
                    r" (?:\w+ )?(?:deken|dekens|lakens|dekbed)",
                    r"(?:bij|voor|naast|rond|om) (?:de|het|een) (?:\w+ ){0,2}?(?:vuur|haard|open haard|kachel|fornuis"
                    r"|oven|tafel|keukentafel|bureau|toonbank|sofa)",
                    r"aan (?:de|het) (?:\w+ )?(?:tafel|keukentafel|bureau|toonbank)|aan tafel|achter de toonbank"
                    r"|op de sofa", r"de (?:\w+ )?trap (?:op|af)|(?:op|naar) de (?:\w+ )?trap|naar boven|naar beneden",
                    r"onder (?:hetzelfde|één) dak|benedendeks|aan boord|achter het stuur")),
    (GOES_IN, latin(r"(?:stapte|stapten|stapt|stappen|klom|klommen) (?:\w+ )?in (?:de|het|een) (?:\w+ )?(?:bus|trein"
                     r"|auto|taxi|koets|vliegtuig|tram|metro)", r"naar binnen",
                     r"(?:kwam|kwamen|ging|gingen|stapte|stapten|liep|liepen|rende|renden|glipte|sloop|slopen|holde"
                     r"|holden|haastte) (?:\w+ ){0,3}?binnen",
                     rf"(?:het|de) (?:\w+ )?{_nouns('nl', 'room', 'shop', 'building')} (?:in|binnen)"
                     r"(?=\s*(?:[,.;:!?\"]|$|en ))")),
    (OUTSIDE, latin(r"(?:bij|voor|aan) de (?:\w+ )?(?:deur|voordeur|poort)",
                     r"(?:klopte|klopten|bonsde|tikte) (?:\w+ )?(?:op|aan) (?:de|het) (?:\w+ )?(?:deur|raam|poort)",
                     r"in de open lucht|in de buitenlucht|in de frisse lucht|op straat",
                     r"(?:in|door) de (?:\w+ ){0,2}?(?:regen|sneeuw|zon|storm|mist|wind|hagel|motregen|plassen"
                     r"|modder)(?!\w)",
                     r"onder (?:de|een|het) (?:\w+ ){0,2}?(?:sterren|maan|hemel|paraplu|boom|bomen|brug|sterrenhemel)"
                     r"(?!\w)|onder de blote hemel")),
    (GOES_OUT, latin(r"(?:stapte|stapten|stapt|stappen) (?:\w+ )?uit (?:de|het|een) (?:\w+ )?(?:bus|trein|auto|taxi"
                      r"|koets|vliegtuig|tram)", r"naar buiten",
                      rf"(?:het|de) (?:\w+ )?{_nouns('nl', 'shop', 'building')} uit(?=\s*(?:[,.;:!?\"]|$|en ))",
                      rf"(?:het|de) (?:\w+ )?{_nouns('nl', 'open')} in(?=\s*(?:[,.;:!?\"]|$|en ))")),
]
_BARE["nl"] = [
    (GOES_IN, latin(r"betrad|betraden|binnenkwam|binnenkwamen|binnenging|binnengingen|binnenstapte")),
    (INSIDE, latin(r"binnen|binnenin")),
    (OUTSIDE, latin(r"buiten")),
]


# ---------------------------------------------------------------------------------------------
# Chinese and Japanese: a place noun counts with a locative after it ("屋里", "森林里", "台所で",
# "森の中") or a verb of motion before it ("走进森林"); a noun followed by 的/の describes another
# ("海边的小屋里" is in the hut).

def _cjk_noun_rules(lang: str) -> Rules:
    inside, vehicle, room, shop = _nouns(lang, "room", "shop", "building", "vehicle"), _nouns(lang, "vehicle"), \
        _nouns(lang, "room"), _nouns(lang, "shop")
    open_, town, shut = _nouns(lang, "open"), _nouns(lang, "town"), _nouns(lang, "shop", "building", "vehicle")
    if lang == "zh":
        go_in = "(?:走|跑|冲|钻|溜|飞|爬|奔|闯|挤|搬|回|跳|踏|迈|躲|逃)?进(?:了|去了|到)?|进入(?:了)?"
        go_out = "(?:走|跑|冲|钻|溜|飞|爬|奔|闯|挤|搬|逃)出(?:了)?|出了|离开(?:了)?"
        return [
            (GOES_OUT, f"(?:{go_in}){open_}"),
            (GOES_IN, f"(?:{go_in}){inside}"),
            (None, f"(?:{go_out}){room}"),
            (GOES_OUT, f"(?:{go_out}){shut}"),
            (OUTSIDE, f"{shut}(?:外面|外边|外头|门口|门前|前面|旁边|周围|顶上|后面|外)(?!的)"),
            (INSIDE, f"{inside}(?:里面|里头|里|内|之中|中)"),
            (INSIDE, f"(?:在|到|去|回到|来到|走到|跑到){room}|在{shop}"),
            (GOES_OUT, f"(?:穿过|走过|跑过|经过|走遍|穿越)(?:了)?{town}"),
            (OUTSIDE, f"{open_}(?:里面|里|中|上|边|旁|前|下|间)(?!的)"),
            (OUTSIDE, f"(?:在|到|去|来到|走到|跑到|回到|穿过|走过|跑过|沿着|经过|飞到|爬到|坐在|站在|躺在)"
                      f"{open_}(?!的)"),
        ]
    go_in = ("(?:に|へ|の中に|の中へ)(?:入っ|入る|入り|入ろ|はいっ|はいる|はいり|飛び込|とびこ|駆け込|かけこ"
             "|逃げ込|にげこ)")
    go_out = "(?:を|から)(?:出|飛び出|とびだ|抜け出|ぬけだ|後に|あとに|降り|おり)"
    return [
        (None, f"{open_}を(?:見|眺|ながめ|見つめ|みつめ|見下ろ|見渡|みわた)"),
        (GOES_OUT, f"{open_}{go_in}"),
        (GOES_IN, f"{inside}{go_in}"),
        (GOES_IN, f"{vehicle}に(?:乗|の)"),
        (None, f"{room}{go_out}"),
        (GOES_OUT, f"{shut}{go_out}"),
        (OUTSIDE, f"{shut}の(?:外|前|屋根|裏|まわり|周り|表|入り口|入口)(?!の)"),
        (INSIDE, f"{inside}(?:の中|の奥|の隅|内)(?!の)"),
        (INSIDE, f"{room}(?:で|に|へ)|{shop}で"),
        (OUTSIDE, f"{town}(?:を|の通り)"),
        (OUTSIDE, f"{open_}(?:で|に|へ|を|の中|の上|のそば|のほとり|の近く|の下|まで|の奥|辺|べり)(?!の)"),
    ]


_RULES["zh"] = [
    (None, cjk("心里", "心中", "眼里", "手里", "怀里", "梦里", "梦中", "脑海", "脑子里", "这里", "那里", "哪里",
                "公里", "里程", "放进", "塞进", "装进", "扔进", "倒进", "听进去", "进行", "进步", "前进", "进展",
                "进一步", "推进", "改进", "先进", "进攻", "进化", "促进", "引进", "进入梦乡", "梦乡", "进球", "另外",
                "此外", "外婆", "外公", "外套", "意外", "外国", "外号", "格外", "例外", "外语", "之外", "以外",
                "外表", "外卖", "外星", "额外", "外面的世界", "出现", "出发", "出生", "说出", "说出去", "传出去",
                "拿出去", "送出去", "嫁出去", "豁出去", "住在[^，。！？；]*", "生活在[^，。！？；]*",
                "从前[^，。！？；]*有", "回家后", "回家前", "回到家(?!里)", "一辆车", "上海", "下车前")),
    (INSIDE, cjk("(?:望着|看着|朝|向|往|盯着|凝视着?)窗外", "从窗[户口]?(?:往外|向外|朝外)", "透过窗[户子]?",
                  "隔着窗[户子]?", "窗前", "窗边", "窗台", "床上", "被窝", "被子里", "炉火", "火炉", "炉边", "炉旁",
                  "炉子旁", "壁炉", "灶台", "灶前", "餐桌", "饭桌", "桌旁", "书桌前", "沙发上", "楼梯", "楼上",
                  "车厢", "船舱", "(?:火车|公交车|公共汽车|地铁|飞机|电车|汽车|出租车|马车|车)上(?!了)")),
    (None, cjk("窗外", "外面(?:正|还|已经)?(?:在)?(?:下着|下起|下雨|下雪|刮着|刮起|很冷|很黑|一片|天|漆黑|黑漆漆)",
                "(?:雨|雪|风)[^，。！？]{0,4}外面")),
    (OUTSIDE, cjk("篝火", "甲板")),
    (None, cjk("船上")),
    (GOES_IN, cjk("进门", "进了门", "进屋", "进了屋", "走进去", "走进来", "跑进去", "跑进来", "进去", "进来",
                   "上了车", "上车", "上了(?:火车|公交车|公共汽车|地铁|飞机|马车|电车)",
                   "登上(?:了)?(?:火车|飞机|马车)")),
    (GOES_OUT, cjk("出门", "出了门", "走出门", "跑出门", "走出去", "跑出去", "冲出去", "走了出去", "跑了出去",
                    "冲了出去", "出去", "来到外面", "到外面", "去外面", "跑到外面", "走到外面", "下了车", "下车",
                    "下了(?:火车|公交车|公共汽车|地铁|飞机|马车)")),
    (OUTSIDE, cjk("外面", "外边", "外头", "门外", "屋外", "室外", "户外", "野外", "郊外", "露天", "门口", "门前",
                   "雨中", "雨里", "雨下", "雪中", "雪里", "风雪中", "风雨中", "雪地", "阳光下", "星空下", "蓝天下",
                   "天空下", "树荫下", "大树下", "伞下", "淋着雨", "冒着雨", "冒雨", "冒着雪")),
]
_BARE["zh"] = []

_RULES["ja"] = [
    (None, cjk("気に入", "手に入", "耳に入", "目に入", "仲間に入", "話に入", "輪に入", "列に入", "視界に入", "寝入",
                "見入", "聞き入", "恐れ入", "込み入", "以外", "意外", "案外", "外国", "海外", "外れ", "外す", "外し",
                "外套", "外見", "例外", "心の中", "頭の中", "夢の中", "胸の中", "腹の中", "口の中", "箱の中",
                "袋の中", "かごの中", "ポケットの中", "途中", "夢中", "一日中", "世界中", "背中", "真ん中", "家庭",
                "家族", "家来", "村人", "村長", "町長", "町人", "柔道", "剣道", "書道", "茶道", "武道", "水道",
                "報道", "鉄道", "神道", "[^、。「」]{0,12}(?:に|で)(?:住ん|すん|住み|すみ|暮らし|くらし)", "思い出",
                "出来", "出会", "声を出", "泣き出", "走り出", "笑い出", "言い出", "取り出", "見つけ出",
                "木で(?:作|でき|つく)", "お風呂に入", "風呂に入")),
    (INSIDE, cjk("窓から外を", "窓の外を(?:見|眺|ながめ)", "窓から[^、。]{0,6}(?:見|眺|ながめ|のぞ)", "窓辺",
                  "窓ぎわ", "窓際", "ベッド", "布団", "ふとん", "寝床", "暖炉", "いろり", "囲炉裏", "ストーブ",
                  "こたつ", "火鉢", "かまど", "食卓", "階段", "二階", "車内", "船室", "屋内", "室内", "ソファ",
                  "座布団", "畳の上")),
    (None, cjk("窓の外", "外は")),
    (GOES_IN, cjk("中に入", "中へ入", "中へ", "乗り込", "のりこ")),
    (GOES_OUT, cjk("外に出", "外へ出", "表に出", "おもてに出", "出かけ", "でかけ", "外出")),
    (OUTSIDE, cjk("外(?:で|に|へ|を)", "屋外", "戸外", "野外", "郊外", "戸口", "玄関先", "玄関の前", "門の前",
                   "ドアの前", "軒下", "雨の中", "雪の中", "吹雪の中", "雨に(?:打たれ|ぬれ|濡れ)", "星空の下",
                   "青空の下", "空の下", "木の下", "木かげ", "木陰", "日なた", "(?:傘|かさ)をさ", "傘の下")),
]
_BARE["ja"] = [
    (GOES_IN, cjk("(?:に|へ)(?:入っ|入る|入り|入ろ|はいっ|はいる|はいり)")),
]

assert set(_RULES) == set(_BARE) == set(_PLACES) == set(_PREPS) | set(CJK_LANGUAGES) == set(LANGUAGES)
assert {v for rules in (*_RULES.values(), *_BARE.values()) for v, _ in rules} <= {*VIEWS, *_MOVES, None}

# ---------------------------------------------------------------------------------------------
# Negation. A match right after a negation says nothing (two words may come between, no
# punctuation, no "and"/"but"). Unlike acting.py, stopping is no negation here ("stopped in the
# Egyptian room" is in it); German and Dutch also negate after the verb ("ging nicht hinaus"),
# Chinese before it ("没有进屋"), Japanese in the verb's ending ("外に出なかった").

_NEGATIONS = {
    "en": r"not|n't|never|no|nor|neither|without|cannot|nobody",
    "de": r"nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|ohne|niemand|weder|nirgends",
    "es": r"no|nunca|jamás|sin|ni|nadie|tampoco",
    "fr": r"ne|n'|jamais|sans|aucun|aucune|ni|personne ne",
    "it": r"non|mai|senza|né|nessuno|nessuna",
    "pt": r"não|nunca|jamais|sem|nem|ninguém|nenhum|nenhuma",
    "nl": r"niet|geen|nooit|zonder|niemand|noch",
}
_NEGATED_BEFORE = {
    lang: re.compile(rf"(?:(?<!\w)(?:{words})(?!\w)|n't|n')\s*(?:(?!(?:{CONJUNCTIONS[lang]})\s)\w+\s+){{0,2}}$",
                     re.IGNORECASE)
    for lang, words in _NEGATIONS.items()}
_NEGATED_BEFORE["zh"] = NEGATION_BEFORE["zh"]


def _compiled(rules: Rules, lang: str) -> list[tuple[str | None, re.Pattern]]:
    return [(v, re.compile(p, 0 if lang in CJK_LANGUAGES else re.IGNORECASE)) for v, p in rules]


@functools.cache
def _rules(lang: str) -> tuple[list, list, list]:
    """(false friends and phrases, place nouns, bare words) of a language, compiled once."""
    nouns = _cjk_noun_rules(lang) if lang in CJK_LANGUAGES else _noun_rules(lang)
    return _compiled(_RULES[lang], lang), _compiled(nouns, lang), _compiled(_BARE[lang], lang)


def _language(language: str | None) -> str:
    lang = (language or "en").lower().replace("_", "-").split("-")[0]
    return lang if lang in _RULES else "en"


# ---------------------------------------------------------------------------------------------
# The scene's own place.

_DET_WORDS = {lang: set(words.replace("'", " ").split()) for lang, words in _DETS.items()}
# Words after which a Germanic name's head is over ("the kitchen of the castle": a kitchen).
_CUTS = {"en": "of in on at by near with from behind above under beside", "de": "von vom im am an bei beim auf "
         "des hinter über unter neben mit aus", "nl": "van in op bij aan achter met uit naast onder boven"}
_CUTS = {lang: set(words.split()) for lang, words in _CUTS.items()}


@functools.cache
def _kind_patterns(lang: str) -> list[tuple[str, re.Pattern]]:
    flags = 0 if lang in CJK_LANGUAGES else re.IGNORECASE
    before = "" if lang in CJK_LANGUAGES else r"(?<!\w)"
    return [(kind, re.compile(before + _nouns(lang, kind), flags)) for kind in _KINDS]


def _core(name: str, lang: str) -> str:
    """The name as a sentence writes it after a preposition: without quotes and a leading article."""
    name = normal(" ".join((name or "").split())).strip(" \"'“”«»「」『』.,;:!?")
    if lang in CJK_LANGUAGES:
        return re.sub(r"^(?:这|那)(?:座|间|个|家|片|条)?|^(?:一)(?:座|间|个|家|片|条)", "", name) or name
    words = name.split()
    while len(words) > 1 and words[0].lower() in _DET_WORDS[lang]:
        words.pop(0)
    if words and re.match(r"^(?:l|dell|nell|all|sull|dall)['’]", words[0], re.IGNORECASE):
        words[0] = re.sub(r"^\w+['’]", "", words[0])
    return " ".join(words)


def _place_kind(name: str, lang: str) -> str | None:
    """The kind (a key of `_PLACES`) of a location's name by its head noun, or None when no word
    of it is known: the first noun in the Romance languages ("la cocina de la abuela"), the last
    (before "of"/"von"/"van") in English, German and Dutch ("the lighthouse lamp room",
    "Dorfschmiede"), the last in Chinese and Japanese ("海边的小屋", "灯台の部屋")."""
    text = _core(name, lang).lower()
    found = sorted((m.start(), m.end(), kind) for kind, pattern in _kind_patterns(lang)
                   for m in pattern.finditer(text))
    # Of overlapping matches the longest is the word ("lamp room" over "room", "火车站" over "火车").
    words = []
    for start, end, kind in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not words or start >= words[-1][1]:
            words.append((start, end, kind))
    if not words:
        return None
    if lang in ("es", "fr", "it", "pt"):
        return words[0][2]
    if lang in _CUTS:
        cut = next((m.start() for m in re.finditer(r"\w+", text) if m.group() in _CUTS[lang] and m.start() > 0),
                   len(text))
        words = [w for w in words if w[0] < cut] or words
    return words[-1][2]


def indoor_place(name: str, language: str) -> bool | None:
    """Whether a location's own name is an interior by nature: True for a room, a shop, a workshop
    or a cabin ("the kitchen", "die Schmiede", "la panadería", "教室", "パン屋"); False for the open
    air and settlements ("the beach", "der Wald", "el pueblo", "海边", "森"); None for a building
    or a vehicle, seen from either side ("the lighthouse", "das Haus", "la estación", "灯塔",
    "駅"), and for a name no word of which is known ("Rosewood"). `language` is an ISO code; an
    unknown one is read as English."""
    return _INDOOR.get(_place_kind(name, _language(language)))


# Boats are no "vehicle" place (on deck is outside, in the cabin inside), but a boat on screen is
# seen on the water: German and Dutch words also end compounds ("Fischerboot").
_BOATS = {"en": "boat|ship|ferry|yacht|canoe|raft|kayak|dinghy|barge|sailboat|rowboat|steamer",
          "de": "boot|schiff|fähre|kahn|jacht|kanu|floß", "es": "barco|barca|bote|lancha|velero|balsa|canoa",
          "fr": "bateau|barque|navire|voilier|canot|radeau", "it": "barca|nave|battello|traghetto|veliero|zattera",
          "pt": "barco|navio|bote|jangada|canoa|balsa", "nl": "boot|schip|veerboot|kano|vlot", "zh": "船|舟|艇|筏",
          "ja": "船|ボート|ヨット|舟|いかだ|筏"}


def is_vehicle(name: str, language: str) -> bool:
    """Whether a thing's name is a vehicle or a boat ("the fishing boat", "der Bus", "Fischerboot",
    "火车"): something seen in the open, which a view carried over from a room must not put indoors."""
    lang = _language(language)
    return _is_boat(_core(name, lang).lower(), lang) or _place_kind(name, lang) == "vehicle"


def _is_boat(text: str, lang: str) -> bool:
    """Whether a name (lower case, no article) says a boat: German and Dutch end a compound in it
    ("Fischerboot"; a "Bootshaus" is none), elsewhere it is a whole word, maybe plural ("a
    friendship bracelet" is no ship), in Chinese and Japanese anywhere."""
    boats = _BOATS[lang]
    if lang in CJK_LANGUAGES:
        return re.search(boats, text) is not None
    if lang in ("de", "nl"):
        return re.search(rf"(?:{boats})(?:e|en|s|es)?(?!\w)", text) is not None
    return re.search(rf"(?<!\w)(?:{boats})(?:s|es|i|e)?(?!\w)", text) is not None


# What a rider sits on, not in: a bicycle, a scooter, a sled, a skateboard.
# Boats one stands on, not in: a raft has no hull to hide its riders' legs.
_DECKS = {"en": "rafts?", "de": "floß|flöße", "es": "balsas?", "fr": "radeaux?", "it": "zattere|zattera",
          "pt": "jangadas?", "nl": "vlot|vlotten", "zh": "筏", "ja": "いかだ|筏"}
_SADDLES = {"en": "bicycle|bike|cycle|tricycle|scooter|sled|sledge|sleigh|toboggan|skateboard|motorbike|motorcycle",
            "de": "fahrrad|rad|roller|schlitten|skateboard|motorrad", "es": "bicicleta|bici|patinete|trineo|moto",
            "fr": "vélo|bicyclette|trottinette|luge|traîneau|moto", "it": "bicicletta|bici|monopattino|slitta|moto",
            "pt": "bicicleta|bike|patinete|trenó|moto", "nl": "fiets|step|slee|slede|motor",
            "zh": "自行车|单车|脚踏车|雪橇|滑板|摩托", "ja": "自転車|そり|ソリ|スケボー|バイク"}
# A preposition that puts someone in or on what follows (a word or two may come between), and
# verbs of riding, rowing, sailing and driving: someone on screen is aboard.
_BOARDING = {"en": r"in|into|on|onto|aboard|inside", "de": r"im|ins|in|auf|aufs|an bord",
             "es": r"en|a bordo de|sobre", "fr": r"dans|sur|à bord de|à bord du",
             "it": r"in|nel|nella|sul|sulla|a bordo", "pt": r"em|no|na|num|numa|a bordo", "nl": r"in|op|aan boord van"}
_RIDING = {
    "en": latin(r"r(?:o|i)de|rides|riding|ridden", r"row(?:s|ed|ing)?", r"sail(?:s|ed|ing)",
                r"dr(?:o|i)ve|drives|driving",
                r"pedal(?:s|led|ed|ling|ing)?", r"paddl(?:e|es|ed|ing)", r"steer(?:s|ed|ing)", r"cycl(?:es|ed|ing)",
                r"sledd?(?:ed|ing)", r"boarded", r"climbed aboard", r"got (?:on|into|in)", r"hopped (?:on|into)"),
    "de": latin(r"fuhr(?:en)?", r"ruder(?:t|te|ten)", r"segel(?:t|te|ten)", r"radel(?:t|te|ten)", r"ritt(?:en)?",
                r"steuer(?:t|te|ten)", r"paddel(?:t|te|ten)", r"stiegen? ein", r"rodel(?:t|te|ten)"),
    "es": latin(r"rem(?:a|aba|ó|aron|aban)", r"naveg(?:a|aba|ó|aron|aban)", r"conduc(?:e|ía|ían)",
                r"condujo|condujeron",
                r"mont(?:a|aba|ó|aron)", r"pedale(?:a|aba|ó|aron)", r"subi(?:ó|eron) (?:al|a la)"),
    "fr": latin(r"ram(?:e|ait|a|èrent|aient)", r"navigu(?:e|ait|a|èrent)", r"condui(?:t|sait|sit|sirent)",
                r"pédal(?:e|ait|a|èrent)", r"mont(?:a|èrent) (?:dans|sur|à bord)"),
    "it": latin(r"rem(?:a|ava|ò|arono)", r"navig(?:a|ava|ò|arono)", r"guid(?:a|ava|ò|arono)", r"pedal(?:a|ava|ò|arono)",
                r"sal(?:ì|irono) (?:sul|sulla|nel|nella|a bordo)"),
    "pt": latin(r"rem(?:a|ava|ou|aram)", r"naveg(?:a|ava|ou|aram)", r"dirig(?:e|ia|iu|iram)", r"pedal(?:a|ava|ou|aram)",
                r"embarc(?:a|ou|aram)", r"sub(?:iu|iram) (?:no|na|ao|à)"),
    "nl": latin(r"roei(?:t|de|den)", r"zeil(?:t|de|den)", r"reed|reden|rijdt", r"fiets(?:t|te|ten)",
                r"stuur(?:t|de|den)",
                r"stapten? in"),
    "zh": cjk("坐", "乘", "划", "开着", "骑", "登上", "上了", "驾驶"),
    "ja": cjk("乗", "漕", "こい", "運転"),
}


def rideable(name: str, language: str) -> str | None:
    """"on" for a thing one rides on (a bicycle, a sled), "in" for a boat, by its name; else None
    (a bus or a train is seen from inside, as a place). Pure."""
    lang = _language(language)
    low = _core(name, lang).lower()
    if not low:
        return None
    saddle = _SADDLES[lang] if lang in CJK_LANGUAGES else rf"(?<!\w)(?:{_SADDLES[lang]})"
    deck = _DECKS[lang] if lang in CJK_LANGUAGES else rf"(?<!\w)(?:{_DECKS[lang]})(?!\w)"
    return "on" if re.search(saddle, low) or re.search(deck, low) else "in" if _is_boat(low, lang) else None


def floats(name: str, language: str) -> bool:
    """Whether a thing's name says a boat or a raft: it is seen on the water. Pure."""
    lang = _language(language)
    low = _core(name, lang).lower()
    return bool(low) and _is_boat(low, lang)


def aboard(sentence: str, vehicle: str, language: str) -> str | None:
    """How the characters a sentence shows beside a vehicle are with it: "on" a bicycle or sled,
    "in" a boat, when the sentence puts someone there (a boarding preposition before the vehicle's
    name, or a verb of riding, rowing, sailing or driving: "rowed the boat home", "auf dem
    Schlitten", "骑着自行车"); None when it does not, or for a vehicle one is inside of (a bus, a
    train: seen from inside, as a place) or a thing that is no vehicle. Pure."""
    lang = _language(language)
    kind = rideable(vehicle, lang)
    if kind is None:
        return None
    core = _core(vehicle, lang)
    text = normal(sentence)
    if re.search(_RIDING[lang], text, 0 if lang in CJK_LANGUAGES else re.IGNORECASE):
        return kind
    if lang in CJK_LANGUAGES:
        return kind if re.search(rf"{re.escape(core)}[上里中]", text) else None
    # its name or, for short, its last word ("on the red boat" for the little red boat)
    called = "|".join(map(re.escape, dict.fromkeys([core, core.split()[-1]])))
    boarding = rf"(?<!\w)(?:{_BOARDING[lang]})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{called})(?!\w)"
    return kind if re.search(boarding, text, re.IGNORECASE) else None


# Where one part of a sentence ends and another, maybe about someone else, begins.
_CLAUSE = re.compile(r"[,;:，；、。]|\s(?:but|while|whereas|aber|während|pero|mientras|mais|tandis que|ma|mentre|mas"
                     r"|enquanto|maar|terwijl)\s", re.IGNORECASE)


def riders(sentence: str, vehicle: str, names: dict[str, str], language: str) -> tuple[str | None, list[str]]:
    """(how, who): who the sentence puts in or on the vehicle (see `aboard`), by the part of the
    sentence that does: the characters of `names` ({id: name}) it names ("Mia rode her bicycle
    home, and Grandpa waved from the boat": Mia on the bicycle), or, where it names none ("She
    rowed the boat"), None for "the lead"; (None, []) when nobody is aboard. Pure."""
    lang = _language(language)
    for clause in _CLAUSE.split(normal(sentence)):
        how = aboard(clause, vehicle, lang)
        if how is None:
            continue
        said = [eid for eid, name in names.items()
                if re.search(rf"(?<!\w){re.escape(_core(name, lang))}(?!\w)", clause, re.IGNORECASE)]
        return how, said or [None]
    return None, []


@functools.cache
def _place_rules(place: str, lang: str) -> list[tuple[str | None, re.Pattern]]:
    """Rules for the scene's own location as written, read like a noun of its kind, also when its
    words are unknown ("inside the Blue Anchor"); then its other mentions are masked so no later
    rule reads its words ("the Sea View Inn" is no sea)."""
    core = _core(place, lang)
    if len(core) < (1 if lang in CJK_LANGUAGES else 2):
        return []
    kind = _place_kind(place, lang)
    shut = kind in ("shop", "building", "vehicle")  # seen from outside too
    interior = kind in ("room", "shop", "building", "vehicle")
    rules: Rules = []
    if lang in CJK_LANGUAGES:
        name = re.escape(core)
        if lang == "zh":
            if interior or kind is None:
                rules += [(GOES_IN, f"(?:走|跑|冲|钻|溜|奔|闯|挤|回|躲|逃)?进(?:了|到)?{name}"),
                          (INSIDE, f"{name}(?:里面|里头|里|内|之中)")]
            if shut:
                rules += [(GOES_OUT, f"(?:(?:走|跑|冲|奔|逃)?出(?:了)?|离开(?:了)?){name}"),
                          (OUTSIDE, f"{name}(?:外面|外边|门口|门前|前面|旁边|外)")]
            if kind == "room":
                rules.append((INSIDE, f"(?:在|到|去|回到|来到|走到|跑到){name}"))
            if kind == "open":
                rules.append((OUTSIDE, f"(?:在|到|去|来到|走到|跑到|回到|穿过|走过|沿着){name}"
                                       f"|{name}(?:里|中|上|边|旁|下)"))
        else:
            if interior or kind is None:
                rules += [(GOES_IN, f"{name}(?:に|へ|の中に|の中へ)(?:入|はい)"), (INSIDE, f"{name}(?:の中|内)")]
            if shut:
                rules += [(GOES_OUT, f"{name}(?:を|から)(?:出|飛び出|とびだ|抜け出)"),
                          (OUTSIDE, f"{name}の(?:外|前|屋根|まわり|周り)")]
            if kind == "room":
                rules.append((INSIDE, f"{name}(?:で|に|へ)"))
            if kind == "open":
                rules.append((OUTSIDE, f"{name}(?:で|に|へ|を|の中|の上|のそば|の近く|の下)"))
        rules.append((None, name))
        return _compiled(rules, lang)
    body = re.escape(core).replace(r"\ ", r"\s+").replace("'", "['’]") + r"(?!\w)"
    explicit = {"en": "inside inside_of within", "de": "innerhalb drinnen_im drinnen_in", "es": "dentro_de dentro_del",
                "fr": "à_l'intérieur_de à_l'intérieur_du", "it": "dentro dentro_il dentro_la dentro_al dentro_alla "
                "all'interno_del all'interno_della", "pt": "dentro_de dentro_do dentro_da", "nl": "binnen_in"}[lang]
    p = {role: _lead(words) for role, words in _PREPS[lang].items()}

    def np(preps: str) -> str:
        return _np(lang, preps, body)

    rules.append((INSIDE, np(_lead(explicit))))
    if interior:
        rules += [(GOES_IN, np(p["into"])), (GOES_OUT if shut else None, np(p["out_of"])),
                  (OUTSIDE if shut else None, np(p["outside_of"])), (INSIDE, np(p["in"]))]
    if kind == "room":
        rules.append((GOES_IN, np(p["to_room"])))
    if kind == "open":
        rules += [(GOES_OUT, np(p["into"])), (OUTSIDE, np(p["open"]))]
    if kind == "town":
        rules.append((OUTSIDE, np(p["town"])))
    rules.append((None, rf"(?<!\w){body}"))
    return _compiled(rules, lang)


# ---------------------------------------------------------------------------------------------

# Speech in single quotes, as British stories write it: an apostrophe inside a word ("don't") does
# not close it, and the closing quote follows a punctuation mark ("'Come inside!' she called").
_SINGLE_QUOTED = re.compile(r"(?<!\w)'(?:[^'\n]|'(?=\w))*?[,.!?…-]'(?!\w)")
# A negation inside a match: a German or Dutch verb before its particle ("ging nicht hinaus").
_NEGATION_WORDS = {lang: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE) for lang, words in _NEGATIONS.items()}


def _negated(plain: str, start: int, end: int, lang: str) -> bool:
    before, after = _NEGATED_BEFORE.get(lang), NEGATION_AFTER.get(lang)
    if before and before.search(plain[max(0, start - 60):start]):
        return True
    if lang in ("de", "nl") and _NEGATION_WORDS[lang].search(plain, start, end):
        return True
    return bool(after and after.search(plain[end:end + 40]))


def view(sentence: str, language: str, place: str | None = None) -> str | None:
    """"inside" when the sentence's words plainly say its action is seen inside a building, a
    room or a vehicle, "outside" when they plainly say it is outside, None when they say neither
    (never a guess). `language` is an ISO code ("pt-BR" is read as "pt"; an unknown one as
    English); `place` is the scene's location as the story writes it ("the lighthouse", "die
    Schmiede", "灯塔") or None.

    Inside: "inside", "indoors", in/into a room, a shop, a building or a vehicle ("in the
    kitchen", "into the house", "on the bus", "aboard"), "entered", "went in", "came in from the
    rain", by the fire or the stove, at the kitchen table, in bed, under the blanket, up the
    stairs, looking out through the window. Outside: "outside", "outdoors", in front of or out of
    a building ("left the house", "went out", "stepped out"), any place in the open air ("in the
    garden", "on the beach", "across the bridge", "through the village"), "at the door", in the
    rain or snow, under the sky. False friends ("in the morning", "inside joke", "the light went
    out", "found out", "out of breath") and negated phrases ("did not go inside") say nothing.
    When both are said, the last move across a threshold wins, else the first place named, in
    the main clause when a subordinate clause leads (see the module's docstring).
    """
    lang = _language(language)
    plain = normal(sentence or "")
    text = masked(masked(plain, QUOTED), _SINGLE_QUOTED)  # what a character says is not where the picture is
    negations = masked(plain, NOT_NEGATIONS_RE[lang]) if lang in NOT_NEGATIONS_RE else plain
    phrases, nouns, bare = _rules(lang)
    # The scene's own place is read after the language's false friends, before every other rule.
    first = next((i for i, (value, _) in enumerate(phrases) if value), len(phrases))
    own = _place_rules(place, lang) if place and place.strip() else []
    ordered = phrases[:first] + own + phrases[first:] + nouns + bare
    found = [(start, value) for start, end, value in read_rules(text, ordered)
             if not _negated(negations, start, end, lang)]
    if not found:
        return None
    leading = LEADING_RE[lang].match(plain) if lang in LEADING_RE else None
    main = [(start, value) for start, value in found if leading and start >= leading.end()]
    pool = main or found
    moves = [value for _, value in pool if value in _MOVES]
    value = moves[-1] if moves else pool[0][1]
    return _MOVES.get(value, value)


__all__ = ["INSIDE", "INSIDE_PLACES", "LANGUAGES", "OUTSIDE", "VIEWS", "indoor_place", "view"]
