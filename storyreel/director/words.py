"""What the story's words say plainly, read by code; the model is asked only where they say nothing.

Two readings, pure functions, in the story languages en, de, es, fr, it, pt, nl, zh and ja:

- `setting(sentence, language, names)`: the time of day and the weather one sentence names;
- `being(name, sentences, language)`: what the story's words say a character is (species, sex,
  age, and whether the name stands for a group), with `is_group(name, language)`.

Latin-script words match whole (German and Dutch compounds by their parts: "Samstagmorgen",
"Gewitterwolken", "Bäckerin"); Chinese and Japanese words match as substrings. The word lists
are exported by language for callers to reuse: `LEXICON` (every noun for a being, read by
`noun(word, language)`), its views `PERSON_NOUNS` ({word: (sex, age)}) and `ANIMALS` ({word:
English species}), `TITLES`, `AGE_WORDS` and `DETERMINERS`.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Iterable

from ..script import TIMES, WEATHERS

LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "zh", "ja")
CJK_LANGUAGES = ("zh", "ja")
MASK = "\x00"  # stands in for text already read (or a name), so no later word list reads it again
# A name in Latin script is a whole word, also right next to CJK characters ("小狗Tom跑了").
_NOT_LATIN_BEFORE, _NOT_LATIN_AFTER = r"(?<![0-9A-Za-z\u00c0-\u024f])", r"(?![0-9A-Za-z\u00c0-\u024f])"
# When a sentence names several weathers, the one drawn: snow over a storm (a snowstorm is drawn as
# snow), a storm over the rain that comes with it, any sky over "clear".
SEVERITY = {"snow": 6, "storm": 5, "rain": 4, "fog": 3, "cloudy": 2, "clear": 1}
assert set(SEVERITY) == set(WEATHERS)


def latin(*fragments: str) -> str:
    """Whole-word alternatives: a space in a fragment is any run of white space."""
    return "|".join(r"(?<!\w)(?:" + f.replace(" ", r"\s+") + r")(?!\w)" for f in fragments)


def cjk(*fragments: str) -> str:
    return "|".join(fragments)


def cjk_words(words: str) -> str:
    """Chinese or Japanese fragments matched anywhere, written separated by spaces."""
    return cjk(*words.split())


# ---------------------------------------------------------------------------------------------
# Time of day. Each language's rules are tried in order; a rule's match is masked so no later rule
# reads it again ("Morgengrauen" is dawn, not morning). A rule whose value is None masks a false
# friend ("last night", "morgen" = tomorrow, "it dawned on him").

_TIME_RULES: dict[str, list[tuple[str | None, str]]] = {
    "en": [
        (None, latin(r"(?:last|yesterday|tomorrow) (?:night|morning|evening|afternoon)", r"dawn(?:s|ed)? (?:on|upon)",
                      r"night(?:mares?|gowns?|caps?|ingales?|clubs?)", r"morning glor(?:y|ies)", r"knights?",
                      r"midnight[- ]blue", r"(?:morning|evening) (?:dress|gown|paper|newspaper)")),
        ("night", latin(r"before (?:the )?(?:dawn|daybreak|sunrise|first light|morning|sun-?up)",
                         r"after (?:dark|nightfall|sunset|sundown|midnight)")),
        ("sunset", latin(r"before (?:dark|nightfall|night fell|sunset|sundown)",
                          r"it (?:was getting|grew|got|was growing|began to get) dark")),
        ("morning", latin(r"before (?:noon|midday|lunch(?:time)?)")),
        # the small hours are dark: "every morning at five", "at four in the morning", "5 a.m."
        ("dawn", latin(r"(?:at|by|before|around|till|until) (?:three|four|five|half past (?:three|four|five)"
                        r"|[345](?::\d\d)?)(?: o['’]clock)?(?=[^.!?]*\bmorning\b| in the morning| ?a\.?m\.?)",
                        r"(?:three|four|five|[345](?::\d\d)?) ?a\.?m\.?",
                        r"mornings? at (?:three|four|five|[345](?::\d\d)?)(?: o['’]clock)?")),
        ("dawn", latin(r"dawn|daybreak|sunrise|sun-?up|first light|break of day|cockcrow",
                        r"(?:sun|day) (?:rose|rise|was rising|had risen|began to rise|came up|was coming up|rises"
                        r"|comes up|broke|was breaking)", r"rising sun")),
        ("sunset", latin(r"evenings?|dusk|sunsets?|sundown|twilight|gloaming|eventide|setting sun",
                          r"sun (?:set|sets|was setting|had set|began to set|went down|was going down|sank|was sinking"
                          r"|dipped)")),
        ("night", latin(r"nights?|midnight|nightfall|tonight|overnight|night-?time|bedtime|night fell|darkness fell",
                         r"moonlight|moonlit|moonbeams?|starlight|starlit|starry|full moon|under the (?:moon|stars)",
                         r"light of the moon", r"full of stars", r"moon (?:was|were) (?:\w+ )?(?:full|bright|high|up)",
                         r"(?:moon|stars) (?:rose|was rising|shone|was shining|were shining|came out|were out|was up"
                         r"|twinkled|were twinkling|glowed)")),
        ("morning", latin(r"mornings?")),
        ("day", latin(r"noon|midday|mid-day|noontime|afternoons?|daytime|daylight",
                       r"(?:during|in) the day", r"all day(?: long)?", r"sun was high")),
    ],
    "de": [
        # A sentence that opens with "Morgen" means tomorrow ("Morgen fahren wir"); the noun has an
        # article or a preposition ("Am nächsten Morgen", "heute Morgen").
        (None, r"^\W*morgen(?!\w)|" +
         latin(r"(?:gestern|vorgestern|morgen|übermorgen) (?:Abend|Nacht|Mittag|Nachmittag|Vormittag|früh)",
                      r"\w*(?:weihnacht|nachtigall|sonnabend|nachteil|nachtisch|nachtrag|übermorgen|morgenmantel)\w*")),
        ("night", latin(r"vor (?:dem )?(?:Morgengrauen|Sonnenaufgang|Tagesanbruch)",
                         r"nach (?:Sonnenuntergang|Einbruch der (?:Dunkelheit|Nacht))")),
        ("dawn", latin(r"\w*(?:morgengrauen|morgendämmerung|morgenröte|morgenrot|sonnenaufgang|tagesanbruch)\w*",
                        r"(?:im )?ersten (?:Tages)?licht", r"Tag brach an", r"brach der (?:neue )?Tag an",
                        r"Sonne (?:\w+ ){0,5}?auf(?:ging)?(?=\s*(?:[,.;:!?]|$|und\s))", r"aufgehende\w* Sonne",
                        r"Sonne aufging", r"Morgen dämmerte", r"dämmerte der Morgen")),
        ("sunset", latin(r"\w*(?:sonnenuntergang|abenddämmerung|abendrot)\w*", r"untergehende\w* Sonne",
                          r"Sonne (?:\w+ ){0,5}?unter(?:ging)?(?=\s*(?:[,.;:!?]|$|und\s))", r"Sonne unterging")),
        ("morning", latin(r"(?-i:Morgens?|[A-ZÄÖÜ]\w*morgens?|Morgen\w+)", r"\w*morgens", r"\w*vormittags?",
                           r"\w*frühstück\w*")),
        ("day", latin(r"\w*mittag\w*", r"tagsüber", r"den ganzen Tag(?: lang)?", r"am hellen Tag",
                       r"bei Tag(?:eslicht)?", r"Tageslicht")),
        ("sunset", latin(r"\w*abend\w*", r"\w*dämmerung", r"dämmerig\w*", r"Zwielicht")),
        ("night", latin(r"\w*nacht\w*", r"\w*mond(?:schein|licht)\w*", r"mondhell\w*", r"Sternen(?:himmel|licht)",
                         r"sternklar\w*", r"unter den Sternen", r"Vollmond\w*",
                         r"Sterne (?:funkelten|leuchteten|glitzerten|standen|gingen auf)",
                         r"Mond (?:schien|stand|ging auf|leuchtete)", r"(?:schien|leuchtete) der Mond")),
    ],
    "es": [
        (None, latin(r"anoche", r"(?:ayer|mañana|pasado mañana) (?:por|en|a) la (?:mañana|tarde|noche)",
                      r"mañana temprano", r"hasta mañana", r"(?:más|muy|tan|demasiado) tarde", r"tarde o temprano")),
        ("night", latin(r"antes del (?:amanecer|alba)", r"después del anochecer", r"al caer la noche")),
        ("dawn", latin(r"amanec\w*", r"(?:al|el|del) alba", r"alborada", r"madrugada", r"salida del sol",
                        r"primeras? luz(?:es)?", r"despunt\w* (?:el )?(?:día|alba)",
                        r"sol (?:se )?(?:levantaba|levantó|asomaba|asomó|naciente|nacía)")),
        ("sunset", latin(r"atardec\w*", r"anochec\w*", r"ocaso", r"crepúsculo", r"puesta (?:del|de) sol",
                          r"sol se (?:puso|ponía|ocultó|ocultaba|escondió|escondía)", r"(?:al )?caer la tarde",
                          r"caía la tarde", r"la tarde caía", r"final de la tarde", r"caída de la tarde")),
        ("morning", latin(r"(?:la|una|esa|esta|aquella|cada|toda la|por la|de la|a la|en la|las|unas|sus|aquellas|esas"
                           r"|estas) mañanas?", r"mañanas", r"matutin\w*")),
        ("day", latin(r"mediodía", r"(?:la|una|esa|esta|aquella|cada|toda la|por la|de la|a la|en la|las|unas|sus"
                       r"|aquellas|esas|estas|buenas) tardes?", r"media tarde", r"durante el día", r"a pleno día",
                       r"de día", r"siesta", r"todo el día")),
        ("night", latin(r"noches?", r"medianoche", r"nocturn\w*", r"luz de (?:la )?luna", r"claro de luna",
                         r"bajo las estrellas", r"cielo estrellado", r"luna llena",
                         r"estrellas (?:brillaban|salieron|titilaban)", r"luna (?:brillaba|salió|iluminaba)",
                         r"llen[oa] de estrellas")),
    ],
    "fr": [
        (None, latin(r"(?:hier|demain|avant-hier|après-demain) (?:soir|matin|après-midi)", r"la nuit dernière")),
        ("night", latin(r"avant l['’]\s*aube", r"avant le lever du (?:soleil|jour)", r"après le coucher du soleil",
                         r"tombée de la nuit", r"à la nuit tombée", r"la nuit tomb\w*")),
        ("dawn", latin(r"aube", r"aurore", r"lever du (?:soleil|jour)", r"point du jour", r"petit jour",
                        r"petit matin",
                        r"soleil (?:se lev\w*|levant)", r"se lev\w* le soleil", r"jour se lev\w*",
                        r"premières? lueurs?")),
        ("sunset", latin(r"crépuscul\w*", r"coucher du soleil", r"soleil (?:se couch\w*|couchant)",
                          r"se couch\w* le soleil", r"tombée du jour", r"soir(?:s|ée|ées)?", r"entre chien et loup")),
        ("morning", latin(r"matin(?:s|ée|ées|al|ale|aux|ales)?")),
        ("day", latin(r"après-midi", r"midi",
                       r"en plein(?:e)? (?:jour|journée)", r"(?:pendant|toute|dans) la journée")),
        ("night", latin(r"nuits?", r"minuit", r"nocturne\w*", r"clair de lune", r"sous les étoiles", r"ciel étoilé",
                         r"lune (?:brillait|éclairait|se leva|se levait)", r"étoiles (?:brillaient|scintillaient)",
                         r"pleine lune")),
    ],
    "it": [
        (None, latin(r"(?:ieri|domani|dopodomani) (?:sera|mattina|pomeriggio|notte)", r"l['’]altra notte")),
        ("night", latin(r"prima dell['’]\s*alba", r"dopo il tramonto", r"calar della notte")),
        ("dawn", latin(r"alba", r"aurora", r"sorgere del sole", r"sole (?:sorse|sorgeva|spuntò|spuntava|nascente)",
                        r"(?:sorse|spuntò|sorgeva) il sole", r"prime luci", r"far del giorno")),
        ("sunset", latin(r"tramont\w*", r"crepuscol\w*", r"imbrunire", r"calar del sole",
                          r"sole (?:calava|tramontava|tramontò|calò)", r"ser(?:a|e|ata|ate)", r"stasera", r"vespro")),
        ("morning", latin(r"mattin\w*", r"stamattina", r"stamane")),
        ("day", latin(r"mezzogiorno", r"pomerigg\w*", r"di giorno", r"durante il giorno", r"in pieno giorno",
                       r"tutto il giorno", r"pranz\w*")),
        ("night", latin(r"nott(?:e|i|ata|ate)", r"mezzanotte", r"stanotte", r"nottur\w*", r"chiaro di luna",
                         r"sotto le stelle", r"cielo stellato", r"luna piena", r"luna (?:splendeva|brillava|sorse)",
                         r"stelle (?:brillavano|splendevano)")),
    ],
    "pt": [
        (None, latin(r"ontem (?:à|de) (?:noite|tarde|manhã)", r"amanhã (?:de manhã|à tarde|à noite)",
                      r"(?:mais|muito|tão) tarde")),
        ("night", latin(r"antes do amanhecer", r"depois do p[ôo]r do sol", r"cair da noite")),
        ("dawn", latin(r"amanhec\w*", r"alvorad\w*", r"madrugad\w*", r"nascer do sol", r"aurora", r"raiar do dia",
                        r"romper do dia", r"primeiras? luz(?:es)?", r"o sol (?:nasceu|nascia|raiou|despontou)")),
        ("sunset", latin(r"anoitec\w*", r"entardec\w*", r"p[ôo]r do sol", r"crepúscul\w*", r"ocaso",
                          r"o sol se (?:pôs|punha)", r"(?:fim|final) d[ae] tarde", r"cair da tarde")),
        ("morning", latin(r"manhãs?", r"matin\w*")),
        ("day", latin(r"meio-dia", r"meio dia", r"(?:à|a|de|uma|numa|naquela|nessa|nesta|esta|essa|aquela|cada|toda a"
                       r"|pela|as|às|boa) tardes?", r"durante o dia", r"em pleno dia", r"o dia (?:todo|inteiro)",
                       r"todo o dia", r"almoç\w*")),
        ("night", latin(r"noites?", r"meia-noite", r"noturn\w*", r"luar", r"luz da lua", r"sob as estrelas",
                         r"céu estrelado", r"lua cheia", r"lua (?:brilhava|nasceu|iluminava)",
                         r"estrelas (?:brilhavam|cintilavam)")),
    ],
    "nl": [
        (None, latin(r"(?:gisteren|morgen|overmorgen) (?:avond|ochtend|middag|nacht|vroeg)",
                      r"gister(?:avond|nacht|ochtend|middag)", r"morgen(?:avond|ochtend|middag|nacht|vroeg)",
                      r"\w*(?:nachtegaal|overmorgen)\w*")),
        ("night", latin(r"voor (?:de )?(?:dageraad|zonsopgang)", r"na zonsondergang",
                         r"bij het vallen van de nacht")),
        ("dawn", latin(r"\w*(?:dageraad|zonsopgang|ochtendgloren|ochtendschemer\w*|ochtendrood)",
                        r"krieken van de dag", r"de zon (?:kwam|komt) op", r"opkomende zon", r"eerste licht",
                        r"het werd licht")),
        ("sunset", latin(r"\w*(?:zonsondergang|avondschemer\w*|avondrood|schemering|schemer)",
                          r"de zon (?:ging|gaat|zakte) (?:\w+ ){0,4}?onder", r"ondergaande zon",
                          r"vallen van de avond")),
        ("morning", latin(r"\w*ochtend\w*", r"(?:'s|de|die|deze|een|elke|iedere|volgende|vroege) morgens?",
                           r"\w+morgen", r"voormiddag")),
        ("day", latin(r"\w*middag\w*", r"overdag", r"klaarlichte dag", r"de hele dag")),
        ("sunset", latin(r"\w*avond\w*")),
        ("night", latin(r"\w*nacht\w*", r"maanlicht", r"maneschijn", r"sterrenhemel", r"volle maan",
                         r"onder de sterren", r"de maan (?:scheen|kwam op)", r"sterren (?:schitterden|fonkelden)")),
    ],
    "zh": [
        (None, cjk("昨晚", "昨夜", "昨天晚上", "昨天早上", "明天早上", "明天晚上", "明早", "明晚", "夜明珠")),
        ("night", cjk("天亮之前", "天亮前", "日出之前", "日出前", "黎明前", "黎明之前", "夜幕降临")),
        ("dawn", cjk("黎明", "日出", "天亮", "破晓", "拂晓", "天刚亮", "天蒙蒙亮", "太阳升起", "旭日", "朝阳",
                      "东方发白", "凌晨", "曙光")),
        ("sunset", cjk("傍晚", "黄昏", "日落", "太阳落山", "太阳下山", "夕阳", "晚霞", "薄暮", "落日", "天快黑",
                        "天色渐暗")),
        ("morning", cjk("早上", "早晨", "上午", "清晨", "一早", "大清早", "晨光")),
        ("day", cjk("中午", "下午", "白天", "正午", "午后", "晌午")),
        ("night", cjk("半夜", "深夜", "午夜", "夜", "晚上", "今晚", "天黑", "月光", "月色", "月亮(?:升|出来|挂)",
                       "星空", "满天星", "星光", "星星")),
    ],
    "ja": [
        (None, cjk("昨夜", "昨晩", "明日の朝", "明日の夜", "あしたの朝", "明朝", "朝顔", "王朝", "朝鮮")),
        ("night", cjk("夜明け前", "夜が明ける前", "日の出前")),
        ("dawn", cjk("夜明け", "夜が明け", "よあけ", "日の出", "明け方", "あけがた", "朝焼け", "あさやけ", "暁",
                      "東の空が白", "日が昇", "日がのぼ", "朝日が昇", "朝日がのぼ")),
        ("sunset", cjk("夕", "日暮れ", "日が暮れ", "たそがれ", "黄昏", "日が沈", "日がしず", "ゆうがた", "ゆうぐれ", "ゆうひ",
                        "ゆうやけ")),
        ("morning", cjk("朝", "午前", "けさ", "早朝", "(?:次の|つぎの|ある|毎|まい|その|翌)あさ",
                         "あさ(?:に|、|。|がきた|が来)")),
        ("day", cjk("昼", "正午", "午後", "日中", "ひるま", "おひる")),
        ("night", cjk("夜", "晩", "(?<!に)よる", "深夜", "月明かり", "月の光", "星空", "月が(?:出|昇|のぼ|輝|かがや|照)",
                       "星が(?:光|輝|かがや|出|またた)")),
    ],
}

# A time named as where something ends ("watched the moon until dawn") sets the scene only when
# the sentence names no other time.
_UNTIL = {
    "en": r"(?<!\w)(?:until|till|til|up to)\s+(?:\w+\s+){0,2}$",
    "de": r"(?<!\w)bis\s+(?:\w+\s+){0,3}$",
    "es": r"(?<!\w)hasta\s+(?:\w+\s+){0,3}$",
    "fr": r"(?<!\w)jusqu['’]\s*(?:\w+['’\s]+){0,3}$",
    "it": r"(?<!\w)(?:fino|finché)\s+(?:\w+['’\s]+){0,3}$",
    "pt": r"(?<!\w)até\s+(?:\w+\s+){0,3}$",
    "nl": r"(?<!\w)tot\s+(?:\w+\s+){0,3}$",
    "zh": r"(?:直到|一直到)[^，。！？]{0,4}$",
}
_UNTIL_AFTER = {"ja": re.compile("まで")}

# ---------------------------------------------------------------------------------------------
# Weather. "clear" rules come first: a weather that ends ("the rain stopped", "after the storm",
# "the fog lifted") is a clear sky, and so is a sun that shines; false friends are masked first.

_WEATHER_RULES: dict[str, list[tuple[str | None, str]]] = {
    "en": [
        (None, latin(r"(?:storms?|gales?|rains?|showers?|hail|torrents?|clouds?|mists?|haze|blizzards?|thunder"
                      r"|flurr(?:y|ies)) of", r"snow[- ]?white", r"white as (?:the )?snow", r"snow[- ]capped",
                      r"snow ?globes?", r"rain ?(?:coats?|boots|hats?|checks?|forests?|proof|gear)",
                      r"(?:like|as (?:fast|quick|swift) as) (?:a )?(?:lightning|thunder(?:bolt)?|storm)",
                      r"lightning[- ](?:fast|quick|speed)", r"misty[- ]eyed",
                      r"(?:sunny|stormy|cloudy|foggy|misty|rainy) (?:smiles?|disposition|personality|mood|temper|nature"
                      r"|looks?|eyes|memory|mind|glass|water)")),
        ("clear", latin(r"(?:rain|storm|thunderstorm|snow|snowstorm|blizzard|fog|mist|haze|shower|downpour|drizzle"
                         r"|thunder|lightning|gale|hurricane|tempest)s? (?:had |has |have |was |were |finally |soon )?"
                         r"(?:stopped|stops|ceased|ended|passed|lifted|cleared|let up|eased|blew over|moved on"
                         r"|rolled away|drifted away|melted away|thinned|died away|was over|were over)",
                         r"clouds (?:parted|broke|cleared|lifted|drifted away|rolled away)",
                         r"(?:night|day|sky|skies|morning|evening|weather|air) (?:was|were|is|had turned)"
                         r" (?:\w+ )?clear",
                         r"stopped (?:raining|snowing)", r"after the (?:rain|storm|thunderstorm|snowstorm|snow"
                         r"|downpour|shower|blizzard|fog)", r"sky (?:cleared|was clear|was blue)",
                         r"sun (?:came out|broke through|was shining|shone|shining|beat down|blazed|sparkled"
                         r"|peeked out|peeped out|warmed|glittered)",
                         r"sunny|sunshine|sunlit|sunlight|sunbeams?|cloudless|rainbows?(?![- ](?:colou?r|stripe))",
                         r"stars (?:\w+ )?(?:shone|twinkled|sparkled|glittered|glowed|came out)", r"starry (?:sky|night)",
                         r"full of stars", r"not a (?:single )?cloud", r"no clouds",
                         r"(?:dawn|day|morning|afternoon|evening|night|sky|weather) (?:broke|dawned|was|turned|grew)"
                         r" (?:\w+ and )?(?:clear|bright|sunny|fine)",
                         r"clear (?:blue )?(?:sky|skies|day|night|morning|weather)", r"blue (?:sky|skies)",
                         r"(?:in|under|beneath) the (?:\w+ ){0,2}sun",
                         r"(?:bright|fine|beautiful|lovely|glorious) (?:\w+ )?(?:day|morning|afternoon|weather)",
                         r"sun (?:was|is) (?:\w+ )?(?:hot|warm|bright|high)")),
        ("cloudy", latin(r"cloudy|overcast|clouded over", r"(?:grey|gray|dark|black|heavy|thick|low|leaden|gloomy"
                          r"|angry|rain) clouds?", r"clouds (?:gathered|were gathering|rolled in|covered|hid|blocked"
                          r"|filled|hung|darkened)", r"(?:grey|gray|leaden|dull|gloomy|overcast) (?:sky|skies|day"
                          r"|morning|afternoon|weather)", r"sky (?:was|turned|grew|had turned) (?:\w+ )?(?:grey|gray"
                          r"|leaden)")),
        ("snow", latin(r"snow|snows|snowed|snowing|snowy|snowfall|snowflakes?|snowstorms?|blizzards?|sleet"
                        r"|snowdrifts?|snowbound|snowm[ae]n|snowballs?")),
        ("storm", latin(r"storms?|stormy|thunderstorms?|rainstorms?|windstorms?|sandstorms?|thunder|thunderclaps?"
                         r"|thunderbolts?|thunderclouds?|lightning|gales?|hurricanes?|typhoons?|tempests?|tempestuous"
                         r"|cyclones?|hailstones?|hailstorms?")),
        ("rain", latin(r"rain|rains|rained|raining|rainy|raindrops?|rainfall|downpours?|drizzle|drizzling|deluge",
                        r"(?:rain|heavy|light|passing|sudden|april|spring|summer) showers?",
                        r"it(?:['’]s|\s+was|\s+is)?\s+pour(?:ed|ing|s)", r"pouring down", r"poured down")),
        ("fog", latin(r"fog|fogs|foggy|fogbanks?|mist|mists|misty|haze|hazy|smog")),
    ],
    "de": [
        (None, latin(r"\w*(?:schneewittchen|schneeweiß|schneeglöckchen|regenschirm|regenmantel|regenjacke|regenwald"
                      r"|regenwurm|regenwürmer|blitzschnell|blitzsauber|blitzlicht|blitzblank|blitzartig|geistesblitz"
                      r"|wolkenkratzer|nebelhorn|donnerstag|donnerwetter|ansturm|sturmhaube|sturmfrei)\w*",
                      r"(?:auf|an|er|ab)(?:zu)?reg\w*", r"weiß wie Schnee",
                      r"(?:Sturm|Regen|Hagel|Wolke) (?:von|aus)")),
        ("clear", latin(r"(?:Regen|Schnee|Sturm|Gewitter|Nebel|Unwetter|Schneefall|Schauer|Wolken)\w* (?:hatte |hat"
                         r" |war |ist )?(?:sich )?(?:hörte\w* auf|aufgehört|ließ\w* nach|nachgelassen|legte\w* sich"
                         r"|gelegt|verzog\w* sich|verzogen|lichtete\w* sich|gelichtet|vorbei|vorüber"
                         r"|zog\w* (?:ab|weiter|vorüber)|abgezogen)",
                         r"(?:hörte|ließ|legte|verzog|lichtete|zog)\w* (?:sich )?(?:der|das|die) (?:Regen|Schnee|Sturm"
                         r"|Gewitter|Nebel|Unwetter|Wolken)\w*", r"auf zu (?:regnen|schneien)",
                         r"nach dem (?:Regen|Sturm|Gewitter|Unwetter|Schneefall)", r"klarte (?:\w+ )?auf",
                         r"aufgeklart",
                         r"sonnig\w*", r"\w*sonnenschein\w*", r"\w*sonnenstrahl\w*", r"wolkenlos\w*",
                         r"regenbogen(?!farb)\w*", r"Sternenhimmel", r"sternklar\w*",
                         r"Sterne (?:funkelten|leuchteten|glitzerten|standen)", r"keine (?:einzige )?Wolke",
                         r"Sonne (?:schien|scheint|strahlte|strahlt|lachte|lacht|brannte|brennt|glitzerte|funkelte"
                         r"|kam (?:heraus|hervor|durch))", r"(?:schien|strahlte|lachte|brannte) die (?:\w+ )?Sonne",
                         r"(?:blau|klar|heiter)\w* Himmel",
                         r"Himmel (?:war|ist|wurde) (?:\w+ )?(?:blau|klar|wolkenlos)",
                         r"(?:war|ist|wurde) der Himmel (?:\w+ )?(?:blau|klar|wolkenlos)",
                         r"\w*(?:abend|morgen|mittags|mittag|frühlings|sommer"
                         r"|winter|herbst)sonne", r"in der Sonne", r"unter der (?:\w+ )?Sonne")),
        ("cloudy", latin(r"bewölkt\w*", r"wolkig\w*", r"bedeckt\w* Himmel", r"Regenwolken",
                          r"(?:grau|trüb)\w* und (?:grau|trüb)\w*", r"war es (?:nur |ganz )?(?:grau|trüb)\w*",
                          r"Himmel (?:war|ist|wurde|hatte sich) (?:\w+ )?(?:grau|bedeckt|verhangen|trüb|zugezogen)\w*",
                          r"(?:war|ist|wurde) der Himmel (?:\w+ )?(?:grau|bedeckt|verhangen|trüb)\w*",
                          r"(?:grau|dunkl|düster|schwarz|dick|schwer)\w* (?!\w*gewitter)\w*wolken",
                          r"grau\w* Himmel", r"trüb\w* (?:Tag|Himmel|Wetter|Morgen|Nachmittag|Abend)",
                          r"Wolken (?:zogen auf|verdeckten|bedeckten|türmten)")),
        ("snow", latin(r"\w*schnee\w*", r"schneit|schneite|schneiten|geschneit|schneien", r"verschneit\w*")),
        ("storm", latin(r"\w*(?:gewitter|unwetter|orkan|donner|sturm)\w*", r"stürmisch\w*",
                         r"Blitz(?:e|en|es|schlag|schläge|einschlag)?", r"blitzte es", r"es blitzte", r"Hagel\w*")),
        ("rain", latin(r"\w*regen(?:s|tropfen|wetter|schauer|guss|güsse|fälle|fall|nacht|nächte|tag|tage|zeit"
                        r"|pfützen?|wasser)?", r"regnet|regnete|regneten|geregnet|regnen", r"regnerisch\w*",
                        r"verregnet\w*", r"nieselt\w*", r"gießt es|goss es|es goss|es gießt|schüttete",
                        r"Wolkenbruch", r"in Strömen")),
        ("fog", latin(r"\w*nebel\w*", r"neb(?:e)?lig\w*", r"Dunst\w*", r"dunstig\w*", r"diesig\w*")),
    ],
    "es": [
        (None, latin(r"tormenta de ideas", r"(?:lluvia|tormenta|nubes?|granizo) de (?:estrellas|pétalos|flechas"
                      r"|aplausos|ideas|confeti|besos|chispas|harina|polvo|humo|vapor|insultos|preguntas|piedras"
                      r"|balas|mosquitos|abejas)", r"blanc[oa]s? como la nieve", r"paraguas", r"impermeables?",
                      r"como un (?:rayo|relámpago|trueno)", r"rayos? de (?:sol|luz|luna)")),
        ("clear", latin(r"(?:dejó|dejaba|paró|cesó) de (?:llover|nevar)",
                         r"(?:lluvia|tormenta|nieve|nevada|niebla|neblina|tempestad|temporal|borrasca) (?:ya )?(?:cesó"
                         r"|paró|pasó|había pasado|terminó|amainó|se (?:fue|alejó|disipó|calmó|detuvo|levantó))",
                         r"(?:pasó|cesó|paró|amainó|terminó) la (?:lluvia|tormenta|nevada|tempestad)",
                         r"después de la (?:lluvia|tormenta|tempestad|nevada)", r"escampó", r"se despejó",
                         r"salió el sol", r"el sol (?:salió|brillaba|brilló|brilla|resplandecía|calentaba|volvió)",
                         r"brillaba el sol", r"soleado\w*", r"sol radiante", r"cielo (?:azul|despejado|claro|limpio)",
                         r"despejad[oa]", r"arco ?[ií]ris", r"llen[oa] de estrellas", r"ni una (?:sola )?nube", r"sin nubes",
                         r"estrellas (?:brillaban|titilaban)",
                         r"cielo (?:\w+ ){0,2}?(?:estaba|era|se puso|quedó) (?:\w+ )?(?:azul|claro|limpio)",
                         r"bajo el sol", r"al sol",
                         r"sol de (?:primavera|verano|otoño|invierno|la mañana|la tarde|mediodía)",
                         r"hacía (?:sol|buen tiempo)", r"buen tiempo")),
        ("cloudy", latin(r"nublad\w*", r"nubarr\w*", r"encapotad\w*", r"se nubló", r"cielo se (?:nubló|cubrió)",
                          r"cielo (?:gris|plomizo|cubierto|encapotado)",
                          r"cielo (?:\w+ ){0,2}?(?:se puso|estaba|se volvió|se cubrió|se oscureció|se tiñó) (?:de )?"
                          r"(?:gris|negro|oscuro|nubes)\w*", r"nubes (?:negras|grises|oscuras|espesas|bajas|de lluvia)",
                          r"(?:negras|grises|oscuras|espesas) nubes", r"día gris")),
        ("snow", latin(r"niev\w*", r"nevad\w*", r"nev(?:aba|ó|ar|ando|aban|ará|aría)", r"copos", r"ventisca\w*")),
        ("storm", latin(r"tormenta\w*", r"tormentos\w*", r"tempestad\w*", r"(?:el|un|del|al|gran) temporal",
                         r"truen\w*", r"tron(?:aba|ó|aban|ar)", r"relámpag\w*", r"huracan\w*", r"huracán",
                         r"vendaval\w*", r"borrasca\w*", r"tifón", r"ciclón", r"granizo")),
        ("rain", latin(r"lluvi\w*", r"llov\w*", r"llueve", r"llovizn\w*", r"chaparr[oó]n\w*", r"aguacer\w*",
                        r"diluvi\w*", r"chubasco\w*")),
        ("fog", latin(r"nieblas?", r"neblin\w*", r"brum\w*", r"calima")),
    ],
    "fr": [
        (None, latin(r"éclairs? (?:au|à la) (?:chocolat|café|vanille)", r"en un éclair",
                      r"comme (?:l['’]éclair|un éclair|la foudre)", r"coup de foudre", r"foudroy\w*", r"blanche-neige",
                      r"blanc(?:he)?s? comme (?:la )?neige", r"nuages? de (?:farine|poussière|fumée|vapeur|sucre|poudre"
                      r"|moustiques)", r"pluie d['’]\s*(?:étoiles|étincelles|applaudissements)",
                      r"pluie de (?:pétales|flèches|confettis|baisers|coups|cadeaux|questions|pierres)",
                      r"tempête (?:d['’]applaudissements|de rires|dans un verre)", r"tonnerre d['’]applaudissements",
                      r"imperméable\w*", r"parapluie\w*")),
        ("clear", latin(r"(?:pluie|averse|orage|tempête|neige|brouillard|brume|bourrasque|nuages)s? (?:s['’]arrêt\w*"
                         r"|cess\w*|se calm\w*|se dissip\w*|se lev\w*|pass\w*|s['’]éloign\w*|s['’]apais\w*"
                         r"|était passée?s?|fut passée?s?|avait cessé"
                         r"|s['’]était (?:arrêtée?|calmée?|dissipée?|éloignée?|apaisée?))",
                         r"(?:cessa|arrêta|s['’]arrêta) de (?:pleuvoir|neiger)",
                         r"après (?:l['’]orage|la pluie|la tempête|l['’]averse|la neige)",
                         r"soleil (?:brill\w*|revint|réapparut|reparut|perça|sortit|se montra|tap\w*|rayonn\w*"
                         r"|étincel\w*)", r"arc-en-ciel", r"il fai(?:sait|t) (?:beau|(?:un |du )?(?:\w+ )?soleil)", r"il fit beau",
                         r"ciel étoilé", r"étoiles (?:brillaient|scintillaient)", r"pas un (?:seul )?nuage", r"sans (?:un )?nuages?",
                         r"beau temps", r"ensoleill\w*", r"ciel (?:bleu|dégagé|clair|sans nuages?|pur|limpide)",
                         r"au soleil", r"sous (?:le|un) (?:\w+ )?soleil",
                         r"ciel (?:était|est|devint|devenait|redevint) (?:\w+ )?(?:bleu|clair|dégagé|pur)",
                         r"(?:grand|plein) soleil",
                         r"soleil (?:du matin|de midi|d['’]été|de printemps)")),
        ("cloudy", latin(r"nuageu\w*", r"ciel (?:gris|couvert|sombre|bas|plombé|chargé|menaçant|lourd)",
                          r"nuages? (?:gris|noirs|sombres|épais|menaçants|lourds|bas)",
                          r"(?:gros|lourds|sombres|épais|noirs) nuages", r"grisaille", r"temps gris", r"maussade",
                          r"couvert de nuages",
                          r"ciel (?:était|est|devint|devenait|restait) (?:\w+ )?(?:gris|couvert|sombre|noir|bas)",
                          r"ciel (?:[\w'’-]+ ){1,3}(?:était|est|devint|devenait|restait) (?:\w+ )?(?:gris|couvert|sombre"
                          r"|noir)")),
        ("snow", latin(r"neig\w*", r"enneig\w*", r"flocons?", r"blizzard")),
        ("storm", latin(r"orage\w*", r"tempête\w*", r"tonnerre\w*", r"tonn(?:ait|a)", r"éclairs?", r"foudre",
                         r"ouragan\w*", r"bourrasque\w*", r"tourmente", r"cyclone\w*", r"grêle")),
        ("rain", latin(r"pluie\w*", r"pluvieu\w*", r"pleu(?:t|vait|voir|vra|vaient|vant|viner|vine|vinait)",
                        r"averse\w*", r"bruine\w*", r"crachin\w*", r"déluge", r"ondée")),
        ("fog", latin(r"brouillard\w*", r"brume\w*", r"brumeu\w*")),
    ],
    "it": [
        (None, latin(r"biancaneve", r"bianc[oa] come la neve", r"nuvol[ae] di (?:farina|polvere|fumo|vapore|zucchero)",
                      r"pioggia di (?:petali|stelle|applausi|frecce|baci|coriandoli|scintille)", r"colpo di fulmine",
                      r"come un (?:fulmine|lampo)", r"in un lampo", r"ombrell\w*", r"impermeabil\w*",
                      r"tempesta di (?:idee|applausi)", r"fulminat\w*")),
        ("clear", latin(r"smise di (?:piovere|nevicare)", r"(?:pioggia|temporale|tempesta|neve|nevicata|nebbia|bufera)"
                         r" (?:cessò|smise|passò|era passat[oa]|finì"
                         r"|si (?:calmò|diradò|allontanò|fermò|dissolse|alzò))",
                         r"dopo (?:la pioggia|il temporale|la tempesta|la nevicata)", r"(?:spuntò|uscì|tornò) il sole",
                         r"il sole (?:splend\w*|brill\w*|tornò|uscì)", r"soleggiat\w*",
                         r"cielo (?:sereno|azzurro|limpido|terso|blu)", r"arcobalen\w*",
                         r"cielo (?:era|è|diventò|divenne|tornò) (?:\w+ )?(?:sereno|azzurro|limpido|terso|blu)",
                         r"al sole", r"sotto il sole",
                         r"bel tempo", r"giornata (?:di sole|limpida|serena|splendida)", r"c['’]era il sole")),
        ("cloudy", latin(r"nuvolos\w*", r"cielo (?:grigio|coperto|plumbeo|scuro|cupo)",
                          r"nuvol(?:e|oni) (?:nere|grigie|scure|minacciose|basse|dense)", r"nuvoloni",
                          r"(?:nere|grigie|scure) nuvole", r"giornata grigia", r"cielo si (?:coprì|rannuvolò|oscurò)",
                          r"rannuvol\w*",
                          r"cielo (?:era|è|diventò|divenne) (?:\w+ )?(?:grigio|coperto|nuvoloso|plumbeo|scuro)")),
        ("snow", latin(r"nev(?:e|i|ica|icava|icò|icata|icate|ose|oso|osa|osi|icare|ischio|ischiava)", r"innevat\w*",
                        r"tormenta", r"bufera di neve")),
        ("storm", latin(r"temporal\w*", r"tempest\w*", r"tuon\w*", r"fulmin\w*", r"lamp[oi]", r"uragan\w*", r"bufera",
                         r"burrasc\w*", r"grandin\w*")),
        ("rain", latin(r"piogg\w*", r"piov\w*", r"acquazzon\w*", r"pioviggin\w*", r"diluvi\w*")),
        ("fog", latin(r"nebbi\w*", r"foschi\w*", r"bruma", r"caligin\w*")),
    ],
    "pt": [
        (None, latin(r"guarda-chuvas?", r"capa de chuva", r"branca de neve", r"branc[oa]s? como (?:a )?neve",
                      r"chuva de (?:pétalas|estrelas|aplausos|flechas|beijos|confetes|ideias|perguntas|pedras)",
                      r"tempestade de ideias", r"nuvem de (?:farinha|poeira|fumaça|fumo|vapor|açúcar)",
                      r"como um (?:raio|relâmpago|trovão)")),
        ("clear", latin(r"(?:parou|deixou|cessou) de (?:chover|nevar)",
                         r"(?:chuva|tempestade|neve|névoa|neblina|nevoeiro|trovoada|temporal) (?:já )?(?:parou|passou"
                         r"|cessou|acabou|terminou|se dissipou|dissipou-se|se foi|foi embora|se afastou|levantou)",
                         r"depois da (?:chuva|tempestade|trovoada)", r"ensolarad\w*",
                         r"o sol (?:brilh\w*|saiu|apareceu|voltou)", r"(?:saiu|brilhava|brilhou) o sol",
                         r"céu (?:azul|limpo|claro|sem nuvens|aberto)",
                         r"céu (?:estava|era|ficou|está) (?:\w+ )?(?:azul|limpo|claro)", r"arco-[ií]ris",
                         r"sob o sol", r"ao sol",
                         r"dia de sol", r"fazia sol", r"bom tempo", r"(?:nenhuma|uma única|uma só) nuvem",
                         r"sem nuvens")),
        ("cloudy", latin(r"nublad\w*", r"encobert\w*", r"céu (?:cinzento|cinza|escuro|carregado|fechado|plúmbeo)",
                          r"nuvens (?:escuras|negras|cinzentas|cinza|carregadas|pesadas|de chuva)",
                          r"(?:escuras|negras|cinzentas|pesadas) nuvens", r"dia cinzento",
                          r"céu se (?:fechou|cobriu|nublou)",
                          r"céu (?:estava|era|ficou|está) (?:\w+ )?(?:cinzento|cinza|escuro|nublado|carregado)")),
        ("snow", latin(r"nev(?:e|ava|ou|ar|ando|asca|ascas|ado|ada|ados|adas)", r"flocos de neve")),
        ("storm", latin(r"tempestad\w*", r"trovoad\w*", r"trov(?:ão|ões|ejava|ejou|ejar)", r"relâmpag\w*",
                         r"furacão|furacões", r"vendava\w*", r"temporal", r"tufão", r"ciclone\w*", r"granizo")),
        ("rain", latin(r"chuv\w*", r"chov\w*", r"garo(?:a|ava)", r"chuvisc\w*", r"aguaceir\w*", r"dilúvio", r"toró")),
        ("fog", latin(r"névoa\w*", r"nevoeiro\w*", r"neblin\w*", r"bruma\w*", r"cerração")),
    ],
    "nl": [
        (None, latin(r"\w*(?:regenjas|regenlaars|regenlaarzen|regenpak|regenwoud|regenworm|paraplu|sneeuwwitje"
                      r"|misthoorn|donderdag|bliksemsnel|bliksemafleider|stormram)\w*", r"gemist", r"wit als sneeuw",
                      r"sneeuwwit\w*", r"(?:storm|regen|wolk) van (?:kritiek|protest|applaus|vragen|meel|stof)",
                      r"stormde\w* (?:naar|binnen|weg|de|op|het huis)", r"bestorm\w*")),
        ("clear", latin(r"(?:het )?(?:hield|houdt|stopte|stopt) op met (?:regenen|sneeuwen)",
                         r"(?:de|het) (?:regen|storm|sneeuw|mist|bui|onweer|wolken) (?:was |is )?"
                         r"(?:stopte|hield op|voorbij"
                         r"|trok (?:op|weg|over)|ging liggen|luwde|verdween|opgetrokken|weggetrokken)",
                         r"na de (?:regen|storm|bui|onweersbui|sneeuwbui)", r"\w*regenboog\w*", r"zonnig\w*",
                         r"zonneschijn", r"de zon (?:scheen|schijnt|straalde|brak door|kwam (?:door|tevoorschijn))",
                         r"scheen de zon", r"onbewolkt\w*", r"(?:blauwe|heldere|strakblauwe) (?:lucht|hemel)",
                         r"in de zon", r"mooi weer", r"zonnestralen",
                         r"(?:de )?(?:lucht|hemel) (?:was|werd) (?:\w+ )?(?:blauw|helder|strakblauw)",
                         r"(?:was|werd) de (?:lucht|hemel) (?:\w+ )?(?:blauw|helder|strakblauw)")),
        ("cloudy", latin(r"(?:half)?bewolkt\w*", r"(?:donkere|grijze|zwarte|dikke|zware|dreigende) wolken",
                          r"(?:grijze|grauwe|betrokken) (?:lucht|hemel)", r"grijs weer", r"regenwolken",
                          r"de lucht (?:was|werd) (?:\w+ )?(?:grijs|grauw|betrokken)",
                          r"(?:was|werd) de lucht (?:\w+ )?(?:grijs|grauw|betrokken)", r"somber weer")),
        ("snow", latin(r"\w*sneeuw\w*")),
        ("storm", latin(r"\w*storm\w*", r"onwe(?:er|ren|erde)\w*", r"\w*donder\w*", r"\w*bliksem\w*", r"orkaan\w*", r"noodweer",
                         r"hagel\w*", r"windhoos")),
        ("rain", latin(r"\w*regen\w*", r"regende", r"het goot", r"goot het", r"\w*buien", r"plensbui\w*",
                        r"stortbui\w*", r"regenbui\w*")),
        ("fog", latin(r"mistig\w*", r"(?:de|dichte|dikke|in de|door de) mist",
                       r"(?:ochtend|zee|avond|nacht|grond)mist",
                       r"\w*nevel\w*", r"mistbank\w*")),
    ],
    "zh": [
        # 小雨 and 小雪 are also given names ("小雨和爷爷"): they are weather only after a verb or a measure word.
        (None, cjk("雨伞", "雨衣", "雨靴", "雨鞋", "雨披", "雨帽", "白雪公主", "雪白", "雪糕", "雪碧", "雪亮", "雷锋",
                    "地雷", "鱼雷", "雷达", "暴跳如雷", "大发雷霆", "掌声雷动", "一头雾水", "泪如雨下", "汗如雨下",
                    "雨后春笋", "冰雪聪明", "雪中送炭", "(?<![下着起了场阵毛蒙的在])小[雨雪]")),
        ("clear", cjk("[雨雪][^，。！？]{0,4}(?<!不)停", "雨过天晴", "雨住", "雨后", "雪后", "(?:暴风雨|风暴|雨|雪)[^，。]{0,3}过去",
                       "雾散", "雾气散", "云散", "晴", "阳光", "太阳出来", "太阳(?:照|晒|暖)", "彩虹", "蓝天", "万里无云",
                       "星星", "满天星", "星空", "星光", "云也没有", "没有一丝云",
                       "艳阳", "烈日")),
        ("cloudy", cjk("多云", "阴天", "乌云", "阴沉沉", "天阴", "阴云", "灰蒙蒙", "天空灰", "灰色的天", "天阴了",
                        "云层", "密云")),
        ("snow", cjk("雪")),
        ("storm", cjk("暴风雨", "风暴", "雷", "闪电", "台风", "暴风", "狂风", "飓风", "龙卷风", "冰雹")),
        ("rain", cjk("雨")),
        ("fog", cjk("雾", "霾")),
    ],
    "ja": [
        (None, cjk("雨戸", "雨合羽", "雨傘", "白雪姫", "雪のように白", "素晴", "見晴らし", "気晴らし")),
        ("clear", cjk("(?:雨|雪|嵐|霧|吹雪)(?:は|が|も)?(?:やみ|やん|止み|止ん|止む|やむ|あが|上が|晴れ|おさま|収ま|去)",
                       "晴", "青空", "日差し", "ひざし", "陽射し", "日ざし", "日の光", "陽の光", "太陽が(?:照|輝|かがや|出)",
                       "日が照", "お日さま", "ぽかぽか", "虹", "星空", "星が(?:光|輝|かがや|またた)", "雲ひとつな", "雲一つな")),
        ("cloudy", cjk("曇", "くもり", "くもっ", "どんより", "黒い雲", "灰色の空", "灰色の雲", "雲に(?:おお|覆)われ", "雲が(?:広が|かか|厚)", "厚い雲", "雨雲")),
        ("snow", cjk("雪", "吹雪", "ふぶき", "ゆき(?=が|は|の|を|に|、|。)")),
        ("storm", cjk("嵐", "あらし", "雷", "かみなり", "稲妻", "いなずま", "台風", "たいふう", "暴風")),
        ("rain", cjk("雨", "あめ(?=が|は|の中|のなか|に|、|。)")),
        ("fog", cjk("霧", "きり(?=が|の中|のなか|に包)", "靄", "霞")),
    ],
}

# Weather a sentence only compares something with ("applause like a storm", "嵐のような拍手") is no
# weather: masked. Weather it expects later ("will it snow tomorrow?", "mañana nevará") is not
# the weather now: the sentence says none.
_WEATHER_WORDS = {
    "en": r"(?:storm|thunder|rain|snow|fog|mist|cloud|lightning|hurricane|hail)\w*",
    "de": r"\w*(?:sturm|gewitter|donner|regen|schnee|nebel|wolke|blitz|hagel)\w*",
    "es": r"(?:tormenta|trueno|lluvia|nieve|niebla|nube|rayo|relámpago)\w*",
    "fr": r"(?:orage|tempête|tonnerre|pluie|neige|brouillard|nuage|éclair)\w*",
    "it": r"(?:temporale|tempesta|tuono|pioggia|neve|nebbia|nuvol|fulmine)\w*",
    "pt": r"(?:tempestade|trovão|trovões|chuva|neve|nevoeiro|névoa|nuvem|nuvens|relâmpago)\w*",
    "nl": r"\w*(?:storm|onweer|donder|regen|sneeuw|mist|wolk|bliksem)\w*",
}
_LIKE = {
    "en": latin(rf"like (?:a |an |the )?(?:\w+ ){{0,2}}{_WEATHER_WORDS['en']}",
                 rf"as \w+ as (?:a |an |the )?(?:\w+ ){{0,2}}{_WEATHER_WORDS['en']}", r"(?:he|she|they|we|you|i) rained"),
    "de": latin(rf"wie (?:ein|eine|einen|einem) (?:\w+ ){{0,2}}{_WEATHER_WORDS['de']}",
                 rf"(?:so )?[a-zäöüß]+ wie (?:\w+ )?{_WEATHER_WORDS['de']}", r"donnerte\w* (?:\w+ ){0,3}Faust",
                 r"Sturm (?:der|des) [A-ZÄÖÜ]\w+"),
    "es": latin(rf"como (?:un|una) (?:\w+ ){{0,2}}{_WEATHER_WORDS['es']}"),
    "fr": latin(rf"comme (?:un|une|le|la|l['’]) ?(?:[\w'’]+ ){{0,2}}{_WEATHER_WORDS['fr']}",
                 r"(?:orage|tempête|pluie|déluge|avalanche|nuée)s? d['’]?(?:e |es )?(?!neige|pluie|grêle)[a-zé]\w*"),
    "it": latin(rf"come (?:un|una|il|la|l['’]) ?(?:[\w'’]+ ){{0,2}}{_WEATHER_WORDS['it']}"),
    "pt": latin(rf"como (?:um|uma) (?:\w+ ){{0,2}}{_WEATHER_WORDS['pt']}"),
    "nl": latin(rf"als (?:een|de|het) (?:\w+ ){{0,2}}{_WEATHER_WORDS['nl']}"),
    "zh": cjk("像[^，。！？]{0,8}(?:一样|似的|一般)", "如[^，。！？]{0,4}(?:一样|一般)", "[^，。！？]{0,4}般的",
               "脸上[^，。！？]{0,4}(?:阴云|乌云)[^，。！？]{0,2}"),
    "ja": cjk("[^、。]{0,4}(?:のような|のように|みたいな|みたいに)"),
}
_LATER = {
    "en": latin(r"tomorrow", r"will (?:it )?(?:\w+ )?(?:rain|snow|storm)", r"(?:going|about) to (?:rain|snow)",
                 r"forecast\w*", r"if it (?:rains|snows)", r"when the (?:rain|snow|storm) comes", r"we['’]ll"),
    "de": latin(r"(?<![Aa]m\x20)(?<![Dd]en\x20)morgen(?!\x20?früh)", r"Wettervorhersage", r"wird es (?:\w+ )?(?:regnen|schneien)",
                 r"(?:regnen|schneien) wird", r"Wetterkarte", r"versprach"),
    "es": latin(r"(?<!la\x20)(?<!esa\x20)(?<!una\x20)(?<!cada\x20)mañana(?!\x20por)", r"llover[áa]n?", r"nevar[áa]n?",
                 r"pron[óo]stico"),
    "fr": latin(r"demain", r"pleuvra", r"neigera", r"météo\w*", r"prév(?:oy|is|o)\w*"),
    "it": latin(r"domani", r"pioverà", r"nevicherà", r"previsioni"),
    "pt": latin(r"amanhã", r"choverá", r"nevará", r"previsão"),
    "nl": latin(r"morgen(?!s)", r"zal (?:het )?(?:regenen|sneeuwen)", r"weerbericht"),
    "zh": cjk("明天", "明日", "天气预报", "就要下", "快要下", "要下雨了", "要下雪了", "会不会下"),
    "ja": cjk("あした", "明日", "あす", "天気予報", "(?:ふる|降る)かな", "(?:ふる|降る)だろう"),
}

_TIME = {lang: [(v, re.compile(p, re.IGNORECASE)) for v, p in rules] for lang, rules in _TIME_RULES.items()}
_LIKE_RE = {lang: re.compile(p, re.IGNORECASE) for lang, p in _LIKE.items()}
_LATER_RE = {lang: re.compile(p) for lang, p in _LATER.items()}
_WEATHER = {lang: [(v, re.compile(p, re.IGNORECASE)) for v, p in rules] for lang, rules in _WEATHER_RULES.items()}
_UNTIL_BEFORE = {lang: re.compile(p, re.IGNORECASE) for lang, p in _UNTIL.items()}
assert {v for rules in _TIME_RULES.values() for v, _ in rules} <= {*TIMES, None}
assert {v for rules in _WEATHER_RULES.values() for v, _ in rules} <= {*WEATHERS, None}


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _blank(text: str, names: Iterable[str]) -> str:
    """The text with each name masked: anywhere in CJK script; in Latin script as whole words, as
    written (the dog "Rain" is not the rain), a lowercase name also capitalised ("the fishermen")."""
    for name in sorted({_normal(n.strip()) for n in names if n and n.strip()}, key=len, reverse=True):
        if _is_cjk(name):
            pattern = re.escape(name)
        else:
            first = f"[{name[0]}{name[0].upper()}]" if name[0].islower() else re.escape(name[0])
            pattern = rf"{_NOT_LATIN_BEFORE}{first}{re.escape(name[1:])}{_NOT_LATIN_AFTER}"
        text = re.sub(pattern, lambda m: MASK * len(m.group()), text)
    return text


def read_rules(text: str, rules: list[tuple[str | None, re.Pattern]]) -> list[tuple[int, int, str]]:
    """(start, end, value) of every rule's match, in the order of the text; each match is masked
    before the next rule reads the text (a rule whose value is None only masks: a false friend)."""
    found = []
    for value, pattern in rules:
        spans = [m.span() for m in pattern.finditer(text)]
        found += [(start, end, value) for start, end in spans if value is not None]
        for start, end in spans:
            text = text[:start] + MASK * (end - start) + text[end:]
    return sorted(found)


_SINCE = {"en": r"since", "de": r"seit", "es": r"desde", "fr": r"depuis", "it": r"da|dal|dalla|dalle", "pt": r"desde",
          "nl": r"sinds"}
_SINCE_RE = {lang: re.compile(rf"(?<!\w)(?:{w})\s+(?:\w+\s+){{0,2}}$", re.IGNORECASE) for lang, w in _SINCE.items()}


_BY = re.compile(r"(?<!\w)by\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _time(text: str, language: str) -> str | None:
    since = _SINCE_RE.get(language)
    found = [(start, end, value) for start, end, value in read_rules(text, _TIME[language])
             if not (since and since.search(text[max(0, start - 30):start]))]  # "raining since breakfast"
    until, after = _UNTIL_BEFORE.get(language), _UNTIL_AFTER.get(language)

    def is_end(start: int, end: int) -> bool:
        return bool((until and until.search(text[max(0, start - 40):start])) or (after and after.match(text, end)))

    setting = [value for start, end, value in found if not is_end(start, end)]
    # "Snow fell all night, and by morning the garden was white": the moment told is the one reached
    reached = [value for start, _, value in found if language == "en" and _BY.search(text[max(0, start - 20):start])]
    return reached[-1] if reached else setting[0] if setting else found[-1][2] if found else None


def _weather(text: str, language: str) -> str | None:
    found = [value for _, _, value in read_rules(text, _WEATHER[language])]
    if language in _LATER_RE and _LATER_RE[language].search(text):  # expected weather is not the weather now
        found = [v for v in found if v not in ("rain", "snow", "storm", "clear")]
    if not found:
        return None
    if "clear" in found:  # what the sky does after it clears, if anything
        found = found[len(found) - found[::-1].index("clear"):] or ["clear"]
    return max(found, key=SEVERITY.__getitem__)


# -- who acts together -------------------------------------------------------------------------
# "The three of them", "both of them", "alle drei", "tous les deux": several of the cast act in a
# sentence that may name only one or none of them; a plural pronoun ("they") says several without a
# number. Only forms that cannot mean a pair of hands ("both hands", "les deux mains") are read.
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "zweit": 2,
          "dritt": 3, "viert": 4, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "dos": 2, "tres": 3,
          "cuatro": 4, "due": 2, "tre": 3, "quattro": 4, "dois": 2, "duas": 2, "três": 3, "quatro": 4,
          "twee": 2, "drie": 3, "tweeën": 2, "drieën": 3, "vieren": 4, "两": 2, "俩": 2, "三": 3, "四": 4,
          "二": 2, "ふた": 2, "さん": 3}
_TOGETHER = {
    "en": (latin(r"(?:all )?(?:the )?(?:two|three|four|five) of (?:them|us)", r"all (?:three|four|five)",
                 r"(?:the|all) (?:two|three|four|five) (?:friends|children|kids|travell?ers|companions|siblings"
                 r"|brothers|sisters|cousins|girls|boys)"),
           latin(r"both of (?:them|us)", r"(?:they|we) both", r"the two together"),
           latin(r"they", r"all of (?:them|us)", r"(?:they|we) all", r"everyone", r"everybody")),
    "de": (latin(r"(?:alle|wir|sie) (?:zwei|drei|vier|fünf)(?!\s+(?:Tage|Stunden|Jahre|Minuten|Wochen|Monate|Mal))",
                 r"zu (?:zweit|dritt|viert)"), latin(r"die beiden", r"beide(?! \w+(?:e|en) (?:Hände|Augen))"),
           latin(r"alle zusammen")),
    "fr": (latin(r"(?:tous|toutes) (?:les )?(?:deux|trois|quatre|cinq)(?! \w+s\b)"), latin(r"tous deux"),
           latin(r"ils", r"elles")),
    "es": (latin(r"(?:los|las) (?:dos|tres|cuatro) juntos", r"(?:todos|todas) (?:los |las )?(?:tres|cuatro)"),
           latin(r"ambos", r"ambas", r"los dos juntos"), latin(r"ellos", r"ellas")),
    "it": (latin(r"(?:tutti|tutte) e (?:due|tre|quattro)"), latin(r"entrambi", r"entrambe"), latin(r"loro")),
    "pt": (latin(r"(?:todos|todas) (?:os |as )?(?:três|quatro)", r"(?:os|as) (?:dois|duas|três) juntos"),
           latin(r"ambos", r"ambas"), latin(r"eles", r"elas")),
    "nl": (latin(r"met z['’]n (?:tweeën|drieën|vieren)", r"alle (?:twee|drie|vier)(?! \w+(?:en|s)\b)"),
           latin(r"allebei", r"beiden"), latin(r"allemaal")),
    "zh": (cjk(r"(?:[两三四])个人", r"(?:他们|她们|我们)(?:[两俩三四])"), cjk(r"(?:他|她|我)们?俩", r"两人"),
           cjk(r"他们", r"她们")),
    "ja": (cjk(r"(?:[三四])人(?:で|とも|は|が|と)", r"(?:ふた|二)人(?:で|とも|は|が)"), cjk(r"二人とも"),
           cjk(r"彼ら", r"みんな")),
}
_SAID = re.compile(r"\"[^\"]*\"|“[^”]*”|„[^“”]*[“”]|«[^»]*»|「[^」]*」|『[^』]*』")
_COUNTS = sorted(_COUNT.items(), key=lambda item: -len(item[0]))  # "tweeën" before "twee", "drieën" before "drie"
_TOGETHER_RE = {lang: tuple(re.compile(p, re.IGNORECASE) for p in rules) for lang, rules in _TOGETHER.items()}


def together(sentence: str, language: str) -> int | None:
    """How many of the cast a sentence says act together: the number it gives ("the three of them":
    3, "both of them": 2), 0 where a plural pronoun says several but not how many ("they ran"), None
    where it says nothing of a group. Pure."""
    counted, pair, plural = _TOGETHER_RE.get(language, (None, None, None))
    if counted is None:
        return None
    found = counted.search(sentence)
    if found:
        said = found.group().lower()
        return next((n for word, n in _COUNTS if word in said), 2)
    if pair.search(sentence):
        return 2
    return 0 if plural.search(_SAID.sub(" ", sentence)) else None  # "they" in a line is someone else


def setting(sentence: str, language: str, names: Iterable[str] | None = None) -> dict:
    """The time of day and the weather one sentence states, read from its words:
    {"time": one of TIMES or None, "weather": one of WEATHERS or None}; None where it says nothing.

    `names` (the story's entity names) are masked first: "小雨" is a girl in "小雨和爷爷", "Stormy"
    may be a horse. Decisions:
    - time: "evening", "dusk", "twilight", "the sun went down" are sunset; "afternoon", "noon",
      Spanish/Portuguese "tarde" after a determiner ("Una tarde de julio", "Cada tarde") are day;
      "tonight", "nightfall", "moonlight", "under the stars", Chinese "晚上" are night. Meals say
      no time ("packed his lunch", "before dinner"). "One day", "every day" are no time; nor are "last night", "tomorrow
      morning", "mañana" without a determiner (tomorrow), German "morgen" (lowercase, or opening
      the sentence: "Morgen fahren wir").
      "Before dawn/morning" is night, "after dark" night, "before dark" sunset.
    - Of several times, the first sets the scene ("from morning to night" is morning), except a
      time named as an end point ("until dawn", "bis zum Morgen", "朝まで"), which counts only when
      no other time is named ("watched the moon until dawn" is dawn).
    - weather: a weather that ends is a clear sky ("the rain stopped", "after the storm", "the fog
      lifted", "雪はやんで"), and so is a sun that shines, a rainbow, a blue sky. Of the weathers
      named after the last clearing, the strongest is drawn: snow > storm > rain > fog > cloudy
      ("a storm with thunder and rain" is storm; a snowstorm, "Schneesturm", a blizzard are snow).
      "Storm clouds"/"Gewitterwolken" are storm, "dark clouds" cloudy. A snowman, snowballs and
      lying snow ("durch den tiefen Schnee") are snow. An umbrella, a raincoat or puddles alone
      say nothing; nor do false friends ("storm of applause", "Snow White", "snow-capped",
      "a cloud of flour", "Donnerstag", "coup de foudre", "Nebelhorn", "素晴らしい").
    - language: one of LANGUAGES; for any other, every word list is tried, English first, and
      each field takes the first list that reads it.
    """
    text = _blank(_normal(sentence), names or ())
    languages = [language] if language in _TIME else list(LANGUAGES)
    for lang in languages:  # "foggy as a morning at sea" tells neither a time nor a weather
        if lang in _LIKE_RE:
            text = _LIKE_RE[lang].sub(lambda m: MASK * len(m.group()), text)
    time = next((t for lang in languages if (t := _time(text, lang))), None)
    weather = next((w for lang in languages if (w := _weather(text, lang))), None)
    return {"time": time, "weather": weather}


# ---------------------------------------------------------------------------------------------
# Beings. Nouns by language, each "word:species.flags": species "h" for a person, else an English
# animal or creature word, "" when the word says no species ("cub"; "friend": a cat may be one);
# flags m/f sex, c/y/a/o age (child, young, adult, old), g a group. "_" in a word or a species is a space.

_NOUNS = {
    "en": """
man:h.ma woman:h.fa men:h.mag women:h.fag gentleman:h.ma gentlemen:h.mag lady:h.fa ladies:h.fag boy:h.mc girl:h.fc
child:h.c children:h.cg kid:h.c kids:h.cg baby:h.c babies:h.cg toddler:h.c person:h people:h.g human:h folk:h.g
folks:h.g king:h.m queen:h.f prince:h.m princess:h.f emperor:h.m empress:h.f duke:h.m duchess:h.f lord:h.m knight:h.m
father:h.m mother:h.f dad:h.m daddy:h.m mum:h.f mummy:h.f mom:h.f mommy:h.f mama:h.f papa:h.m parent:h parents:h.g
grandfather:h.mo grandmother:h.fo grandpa:h.mo grandma:h.fo granny:h.fo grandad:h.mo granddad:h.mo gran:h.fo
nana:h.fo grandparents:h.og grandson:h.m granddaughter:h.f grandchild:h uncle:h.m aunt:h.f auntie:h.f brother:h.m
sister:h.f son:h.m daughter:h.f husband:h.ma wife:h.fa nephew:h.m niece:h.f cousin:h twin:h bride:h.f groom:h.m
widow:h.f widower:h.m lad:h.my lass:h.fy maiden:h.fy youth:h.y teenager:h.y teen:h.y schoolboy:h.mc
schoolgirl:h.fc pupil:h.c orphan:h elder:h.o elders:h.og baker:h farmer:h keeper:h master:h mistress:h.f guard:h
teacher:h doctor:h nurse:h sailor:h fisherman:h.m fisherwoman:h.f clockmaker:h watchmaker:h mayor:h apprentice:h
postman:h.m mailman:h.m officer:h firefighter:h chef:h cook:h shopkeeper:h merchant:h miller:h shepherd:h
shepherdess:h.f hunter:h soldier:h captain:h pirate:h wizard:h.m witch:h.f sorcerer:h.m sorceress:h.f monk:h.m
nun:h.f priest:h.m conductor:h driver:h pilot:h artist:h painter:h musician:h singer:h dancer:h student:h scientist:h
inventor:h explorer:h traveller:h traveler:h stranger:h friend: neighbour: neighbor: villager:h
townspeople:h.g gardener:h carpenter:h blacksmith:h smith:h tailor:h potter:h weaver:h librarian:h janitor:h porter:h
waiter:h.m waitress:h.f maid:h.f servant:h butler:h.m nanny:h.f hero: heroine:.f boss:h chief:h guide:h ranger:h
warden:h clerk:h vet:h dentist:h poet:h writer:h mechanic:h engineer:h builder:h judge:h detective:h thief:h
robber:h beggar:h peasant:h tourist:h visitor: guest: host:h hostess:h.f passenger:h crew:h.g jury:h.g crowd:h.g
family:h.g team:h.g audience:h.g choir:h.g santa:h.m male:.m female:.f
dog:dog puppy:dog.y pup:dog.y cat:cat kitten:cat.y kitty:cat tomcat:cat.m lion:lion lioness:lion.f tiger:tiger
tigress:tiger.f bear:bear fox:fox vixen:fox.f wolf:wolf rabbit:rabbit bunny:rabbit hare:hare mouse:mouse mice:mouse.g
rat:rat owl:owl heron:heron stork:stork penguin:penguin pigeon:pigeon dove:dove crow:crow raven:raven magpie:magpie
sparrow:sparrow robin:robin seagull:seagull gull:seagull duck:duck duckling:duck.y goose:goose geese:goose.g
gosling:goose.y swan:swan cygnet:swan.y chicken:chicken hen:chicken.f rooster:rooster.m chick:chicken.y
horse:horse foal:horse.y mare:horse.f stallion:horse.m pony:pony donkey:donkey mule:mule goat:goat sheep:sheep
lamb:sheep.y ewe:sheep.f pig:pig piglet:pig.y sow:pig.f hog:pig boar:boar cow:cow.f bull:bull.m ox:ox oxen:ox.g
calf:cow.y camel:camel llama:llama alpaca:alpaca elephant:elephant giraffe:giraffe zebra:zebra hippo:hippo
hippopotamus:hippo rhino:rhino rhinoceros:rhino monkey:monkey ape:ape gorilla:gorilla chimpanzee:chimpanzee
chimp:chimpanzee orangutan:orangutan kangaroo:kangaroo joey:kangaroo.y koala:koala panda:panda raccoon:raccoon
squirrel:squirrel chipmunk:chipmunk hedgehog:hedgehog badger:badger otter:otter beaver:beaver mole:mole bat:bat
deer:deer fawn:deer.y doe:deer.f stag:deer.m reindeer:reindeer moose:moose elk:elk buffalo:buffalo bison:bison
leopard:leopard cheetah:cheetah jaguar:jaguar panther:panther lynx:lynx snake:snake serpent:snake lizard:lizard
crocodile:crocodile alligator:alligator turtle:turtle tortoise:tortoise frog:frog tadpole:frog.y toad:toad fish:fish
goldfish:goldfish shark:shark whale:whale dolphin:dolphin seal:seal walrus:walrus octopus:octopus crab:crab
lobster:lobster jellyfish:jellyfish starfish:starfish snail:snail slug:slug worm:worm caterpillar:caterpillar
butterfly:butterfly moth:moth bee:bee bumblebee:bee wasp:wasp ant:ant spider:spider ladybird:ladybird
ladybug:ladybird beetle:beetle cricket:cricket grasshopper:grasshopper dragonfly:dragonfly firefly:firefly bird:bird
eagle:eagle hawk:hawk falcon:falcon parrot:parrot peacock:peacock flamingo:flamingo pelican:pelican ostrich:ostrich
hummingbird:hummingbird woodpecker:woodpecker kingfisher:kingfisher swallow:swallow lark:lark nightingale:nightingale
canary:canary turkey:turkey vulture:vulture puffin:puffin hamster:hamster guinea_pig:guinea_pig ferret:ferret
skunk:skunk porcupine:porcupine meerkat:meerkat sloth:sloth yak:yak cub:.y dinosaur:dinosaur dragon:dragon
unicorn:unicorn phoenix:phoenix griffin:griffin mermaid:mermaid.f troll:troll ogre:ogre goblin:goblin elf:elf
fairy:fairy ghost:ghost monster:monster robot:robot alien:alien giant:giant dwarf:dwarf yeti:yeti vampire:vampire
snowman:snowman scarecrow:scarecrow gnome:gnome genie:genie
""",
    "de": """
mann:h.ma frau:h.fa männer:h.mag frauen:h.fag junge:h.mc jungen:h.mcg knabe:h.mc mädchen:h.fc kind:h.c kinder:h.cg
baby:h.c leute:h.g menschen:h.g mensch:h person:h dame:h.fa herr:h.ma könig:h.m königin:h.f prinz:h.m
prinzessin:h.f kaiser:h.m kaiserin:h.f vater:h.m mutter:h.f papa:h.m mama:h.f großvater:h.mo großmutter:h.fo
opa:h.mo oma:h.fo großeltern:h.og enkel:h.m enkelin:h.f enkelkind:h onkel:h.m tante:h.f bruder:h.m schwester:h.f
sohn:h.m tochter:h.f ehemann:h.ma ehefrau:h.fa witwe:h.f greis:h.mo greisin:h.fo familie:h.g jury:h.g
publikum:h.g bäcker:h.m fischer:h.m lehrer:h.m bauer:h.m wächter:h.m hüter:h.m wärter:h.m förster:h.m jäger:h.m
müller:h.m schneider:h.m maler:h.m gärtner:h.m zauberer:h.m hexe:h.f ritter:h.m soldat:h.m kapitän:h.m
matrose:h.m seemann:h.m hirte:h.m hirtin:h.f arzt:h.m ärztin:h.f koch:h.m köchin:h.f bürgermeister:h.m
meister:h.m schaffner:h.m polizist:h.m pirat:h.m räuber:h.m dieb:h.m freund:.m freundin:.f nachbar:.m
lehrling:h uhrmacher:h.m postbote:h.m briefträger:h.m mönch:h.m nonne:h.f pfarrer:h.m kaufmann:h.m
hund:dog hündin:dog.f welpe:dog.y katze:cat kater:cat.m kätzchen:cat.y mieze:cat löwe:lion löwin:lion.f tiger:tiger
bär:bear bärin:bear.f fuchs:fox füchsin:fox.f wolf:wolf hase:rabbit häschen:rabbit.y kaninchen:rabbit maus:mouse
ratte:rat eule:owl reiher:heron storch:stork pinguin:penguin taube:pigeon krähe:crow rabe:raven elster:magpie
spatz:sparrow sperling:sparrow möwe:seagull ente:duck entlein:duck.y küken:chicken.y gans:goose schwan:swan
huhn:chicken henne:chicken.f hahn:rooster.m pferd:horse stute:horse.f hengst:horse.m fohlen:horse.y pony:pony
esel:donkey ziege:goat schaf:sheep lamm:sheep.y schwein:pig ferkel:pig.y kuh:cow.f stier:bull.m bulle:bull.m
kalb:cow.y kamel:camel elefant:elephant giraffe:giraffe zebra:zebra nilpferd:hippo flusspferd:hippo nashorn:rhino
affe:monkey gorilla:gorilla känguru:kangaroo koala:koala panda:panda waschbär:raccoon eichhörnchen:squirrel
igel:hedgehog dachs:badger otter:otter biber:beaver maulwurf:mole fledermaus:bat hirsch:deer.m reh:deer
rentier:reindeer elch:moose leopard:leopard gepard:cheetah schlange:snake eidechse:lizard krokodil:crocodile
schildkröte:turtle frosch:frog kröte:toad fisch:fish goldfisch:goldfish hai:shark wal:whale delfin:dolphin
delphin:dolphin seehund:seal robbe:seal walross:walrus krake:octopus tintenfisch:octopus krebs:crab krabbe:crab
hummer:lobster qualle:jellyfish seestern:starfish schnecke:snail wurm:worm raupe:caterpillar
schmetterling:butterfly motte:moth biene:bee hummel:bee wespe:wasp ameise:ant spinne:spider marienkäfer:ladybird
käfer:beetle grille:cricket heuschrecke:grasshopper libelle:dragonfly glühwürmchen:firefly vogel:bird adler:eagle
falke:falcon habicht:hawk papagei:parrot pfau:peacock flamingo:flamingo pelikan:pelican kolibri:hummingbird
specht:woodpecker schwalbe:swallow lerche:lark nachtigall:nightingale kanarienvogel:canary truthahn:turkey
hamster:hamster meerschweinchen:guinea_pig seelöwe:sea_lion eisbär:polar_bear seepferdchen:seahorse
seeigel:sea_urchin dinosaurier:dinosaur drache:dragon einhorn:unicorn fee:fairy.f gespenst:ghost geist:ghost
monster:monster roboter:robot riese:giant zwerg:dwarf kobold:goblin meerjungfrau:mermaid.f schneemann:snowman
vogelscheuche:scarecrow
""",
    "es": """
hombre:h.ma mujer:h.fa hombres:h.mag mujeres:h.fag niño:h.mc niña:h.fc chico:h.mc chica:h.fc muchacho:h.my
muchacha:h.fy bebé:h.c nene:h.mc nena:h.fc gente:h.g persona:h señor:h.ma señora:h.fa señorita:h.f caballero:h.ma
dama:h.fa rey:h.m reina:h.f príncipe:h.m princesa:h.f padre:h.m madre:h.f papá:h.m mamá:h.f abuelo:h.mo
abuela:h.fo abuelito:h.mo abuelita:h.fo nieto:h.m nieta:h.f tío:h.m tía:h.f hermano:h.m hermana:h.f hijo:h.m
hija:h.f esposo:h.ma esposa:h.fa marido:h.ma anciano:h.mo anciana:h.fo familia:h.g multitud:h.g jurado:h.g
panadero:h.m panadera:h.f pescador:h.m pescadora:h.f farero:h.m farera:h.f granjero:h.m granjera:h.f
campesino:h.m campesina:h.f maestro:h.m maestra:h.f profesor:h.m profesora:h.f médico:h.m médica:h.f doctor:h.m
doctora:h.f marinero:h.m capitán:h.m guardia:h guardián:h.m vigilante:h alcalde:h.m alcaldesa:h.f cocinero:h.m
cocinera:h.f cartero:h.m pastor:h.m pastora:h.f cazador:h.m soldado:h.m pirata:h brujo:h.m bruja:h.f mago:h.m
maga:h.f relojero:h.m jardinero:h.m jardinera:h.f vecino:.m vecina:.f amigo:.m amiga:.f aprendiz:h policía:h
ladrón:h.m monje:h.m monja:h.f sastre:h.m carpintero:h.m herrero:h.m molinero:h.m
perro:dog perra:dog.f perrito:dog.y cachorro:dog.y gato:cat gata:cat.f gatito:cat.y león:lion leona:lion.f
tigre:tiger oso:bear osa:bear.f osito:bear.y zorro:fox zorra:fox.f lobo:wolf loba:wolf.f conejo:rabbit
liebre:hare ratón:mouse rata:rat búho:owl lechuza:owl garza:heron cigüeña:stork pingüino:penguin paloma:pigeon
cuervo:crow urraca:magpie gorrión:sparrow gaviota:seagull pato:duck patito:duck.y ganso:goose oca:goose cisne:swan
gallina:chicken.f gallo:rooster.m pollito:chicken.y pollo:chicken caballo:horse yegua:horse.f potro:horse.y
poni:pony burro:donkey asno:donkey cabra:goat oveja:sheep cordero:sheep.y cerdo:pig cerdito:pig.y vaca:cow.f
toro:bull.m ternero:cow.y camello:camel elefante:elephant jirafa:giraffe cebra:zebra hipopótamo:hippo
rinoceronte:rhino mono:monkey gorila:gorilla canguro:kangaroo koala:koala panda:panda mapache:raccoon
ardilla:squirrel erizo:hedgehog tejón:badger nutria:otter castor:beaver topo:mole murciélago:bat ciervo:deer
venado:deer reno:reindeer alce:moose leopardo:leopard guepardo:cheetah jaguar:jaguar pantera:panther
serpiente:snake culebra:snake lagarto:lizard lagartija:lizard cocodrilo:crocodile tortuga:turtle rana:frog sapo:toad
pez:fish pececito:fish.y tiburón:shark ballena:whale delfín:dolphin foca:seal morsa:walrus pulpo:octopus
cangrejo:crab langosta:lobster medusa:jellyfish estrella_de_mar:starfish caracol:snail gusano:worm
oruga:caterpillar mariposa:butterfly polilla:moth abeja:bee avispa:wasp hormiga:ant araña:spider
mariquita:ladybird escarabajo:beetle grillo:cricket saltamontes:grasshopper libélula:dragonfly luciérnaga:firefly
pájaro:bird pajarito:bird.y ave:bird águila:eagle halcón:falcon loro:parrot papagayo:parrot pavo_real:peacock
pavo:turkey flamenco:flamingo pelícano:pelican avestruz:ostrich colibrí:hummingbird golondrina:swallow
canario:canary hámster:hamster dinosaurio:dinosaur dragón:dragon unicornio:unicorn hada:fairy.f fantasma:ghost
monstruo:monster robot:robot gigante:giant duende:goblin sirena:mermaid.f muñeco_de_nieve:snowman
espantapájaros:scarecrow
""",
    "fr": """
homme:h.ma femme:h.fa garçon:h.mc fille:h.f fillette:h.fc enfant:h.c bébé:h.c gamin:h.mc gamine:h.fc gens:h.g
dame:h.fa monsieur:h.ma messieurs:h.mag madame:h.fa mademoiselle:h.f roi:h.m reine:h.f prince:h.m princesse:h.f
père:h.m mère:h.f papa:h.m maman:h.f grand-père:h.mo grand-mère:h.fo papi:h.mo papy:h.mo mamie:h.fo pépé:h.mo
mémé:h.fo grands-parents:h.og petit-fils:h.m petite-fille:h.f oncle:h.m tante:h.f frère:h.m sœur:h.f soeur:h.f
fils:h.m mari:h.ma épouse:h.fa vieillard:h.mo famille:h.g foule:h.g jury:h.g boulanger:h.m boulangère:h.f
pêcheur:h.m pêcheuse:h.f gardien:h.m gardienne:h.f fermier:h.m fermière:h.f paysan:h.m paysanne:h.f maître:h.m
maîtresse:h.f instituteur:h.m institutrice:h.f professeur:h médecin:h docteur:h marin:h.m matelot:h.m
capitaine:h garde:h maire:h cuisinier:h.m cuisinière:h.f facteur:h.m factrice:h.f berger:h.m bergère:h.f
chasseur:h.m soldat:h.m chevalier:h.m pirate:h sorcier:h.m sorcière:h.f magicien:h.m magicienne:h.f horloger:h.m
jardinier:h.m jardinière:h.f voisin:.m voisine:.f ami:.m amie:.f apprenti:h.m apprentie:h.f policier:h.m
voleur:h.m moine:h.m religieuse:h.f curé:h.m meunier:h.m meunière:h.f pâtissier:h.m pâtissière:h.f tailleur:h.m
forgeron:h.m charpentier:h.m
chien:dog chienne:dog.f chiot:dog.y chat:cat chatte:cat.f chaton:cat.y minou:cat lion:lion lionne:lion.f
lionceau:lion.y tigre:tiger tigresse:tiger.f ours:bear ourson:bear.y renard:fox renarde:fox.f renardeau:fox.y
loup:wolf louve:wolf.f louveteau:wolf.y lapin:rabbit lapine:rabbit.f lapereau:rabbit.y lièvre:hare souris:mouse
rat:rat hibou:owl chouette:owl héron:heron cigogne:stork pingouin:penguin manchot:penguin pigeon:pigeon colombe:dove
corbeau:crow corneille:crow moineau:sparrow mouette:seagull goéland:seagull canard:duck caneton:duck.y oie:goose
cygne:swan poule:chicken.f coq:rooster.m poussin:chicken.y poulet:chicken cheval:horse chevaux:horse.g
jument:horse.f étalon:horse.m poulain:horse.y poney:pony âne:donkey chèvre:goat mouton:sheep brebis:sheep.f
agneau:sheep.y cochon:pig porcelet:pig.y vache:cow.f taureau:bull.m veau:cow.y chameau:camel dromadaire:camel
éléphant:elephant girafe:giraffe zèbre:zebra hippopotame:hippo rhinocéros:rhino singe:monkey gorille:gorilla
kangourou:kangaroo koala:koala panda:panda raton_laveur:raccoon écureuil:squirrel hérisson:hedgehog
blaireau:badger loutre:otter castor:beaver taupe:mole chauve-souris:bat cerf:deer.m biche:deer.f faon:deer.y
renne:reindeer élan:moose léopard:leopard guépard:cheetah jaguar:jaguar panthère:panther serpent:snake
lézard:lizard crocodile:crocodile tortue:turtle grenouille:frog crapaud:toad poisson:fish requin:shark
baleine:whale dauphin:dolphin phoque:seal morse:walrus pieuvre:octopus poulpe:octopus crabe:crab homard:lobster
méduse:jellyfish étoile_de_mer:starfish escargot:snail chenille:caterpillar papillon:butterfly abeille:bee
guêpe:wasp fourmi:ant araignée:spider coccinelle:ladybird scarabée:beetle grillon:cricket sauterelle:grasshopper
libellule:dragonfly luciole:firefly oiseau:bird oiseaux:bird.g aigle:eagle faucon:falcon perroquet:parrot
paon:peacock flamant:flamingo pélican:pelican autruche:ostrich colibri:hummingbird hirondelle:swallow
alouette:lark rossignol:nightingale canari:canary dinde:turkey hamster:hamster dinosaure:dinosaur dragon:dragon
licorne:unicorn fée:fairy.f fantôme:ghost monstre:monster robot:robot géant:giant lutin:goblin sirène:mermaid.f
bonhomme_de_neige:snowman épouvantail:scarecrow
""",
    "it": """
uomo:h.ma donna:h.fa uomini:h.mag donne:h.fag ragazzo:h.my ragazza:h.fy bambino:h.mc bambina:h.fc bimbo:h.mc
bimba:h.fc fanciullo:h.mc fanciulla:h.fy gente:h.g persona:h signore:h.ma signora:h.fa signorina:h.f re:h.m
regina:h.f principe:h.m principessa:h.f padre:h.m madre:h.f papà:h.m mamma:h.f nonno:h.mo nonna:h.fo nonni:h.og
nipote:h zio:h.m zia:h.f fratello:h.m sorella:h.f figlio:h.m figlia:h.f marito:h.ma moglie:h.fa anziano:h.mo
anziana:h.fo famiglia:h.g folla:h.g giuria:h.g fornaio:h.m fornaia:h.f panettiere:h.m panettiera:h.f
pescatore:h.m pescatrice:h.f guardiano:h.m guardiana:h.f contadino:h.m contadina:h.f maestro:h.m maestra:h.f
insegnante:h medico:h.m dottore:h.m dottoressa:h.f marinaio:h.m capitano:h.m guardia:h sindaco:h cuoco:h.m
cuoca:h.f postino:h.m postina:h.f pastore:h.m cacciatore:h.m soldato:h.m cavaliere:h.m pirata:h mago:h.m maga:h.f
strega:h.f orologiaio:h.m giardiniere:h.m amico:.m amica:.f apprendista:h poliziotto:h.m ladro:h.m monaco:h.m
suora:h.f prete:h.m mugnaio:h.m sarto:h.m fabbro:h.m falegname:h.m
cane:dog cagna:dog.f cagnolino:dog.y cucciolo:.y gatto:cat gatta:cat.f gattino:cat.y micio:cat leone:lion
leonessa:lion.f tigre:tiger orso:bear orsa:bear.f orsetto:bear.y volpe:fox lupo:wolf lupa:wolf.f coniglio:rabbit
lepre:hare topo:mouse ratto:rat gufo:owl civetta:owl airone:heron cicogna:stork pinguino:penguin piccione:pigeon
colomba:dove corvo:crow cornacchia:crow gazza:magpie passero:sparrow gabbiano:seagull anatra:duck
anatroccolo:duck.y oca:goose cigno:swan gallina:chicken.f gallo:rooster.m pulcino:chicken.y pollo:chicken
cavallo:horse cavalla:horse.f puledro:horse.y asino:donkey capra:goat pecora:sheep agnello:sheep.y maiale:pig
porcellino:pig.y mucca:cow.f vacca:cow.f toro:bull.m vitello:cow.y cammello:camel elefante:elephant giraffa:giraffe
zebra:zebra ippopotamo:hippo rinoceronte:rhino scimmia:monkey gorilla:gorilla canguro:kangaroo koala:koala
panda:panda procione:raccoon scoiattolo:squirrel riccio:hedgehog lontra:otter castoro:beaver talpa:mole
pipistrello:bat cervo:deer.m cerbiatto:deer.y renna:reindeer alce:moose leopardo:leopard ghepardo:cheetah
giaguaro:jaguar pantera:panther serpente:snake lucertola:lizard coccodrillo:crocodile tartaruga:turtle rana:frog
rospo:toad pesce:fish pesciolino:fish.y squalo:shark balena:whale delfino:dolphin foca:seal tricheco:walrus
polpo:octopus granchio:crab aragosta:lobster medusa:jellyfish stella_marina:starfish lumaca:snail chiocciola:snail
verme:worm bruco:caterpillar farfalla:butterfly falena:moth ape:bee vespa:wasp formica:ant ragno:spider
coccinella:ladybird scarabeo:beetle grillo:cricket cavalletta:grasshopper libellula:dragonfly lucciola:firefly
uccello:bird uccellino:bird.y aquila:eagle falco:falcon pappagallo:parrot pavone:peacock fenicottero:flamingo
pellicano:pelican struzzo:ostrich colibrì:hummingbird rondine:swallow allodola:lark usignolo:nightingale
canarino:canary tacchino:turkey criceto:hamster dinosauro:dinosaur drago:dragon unicorno:unicorn fata:fairy.f
fantasma:ghost mostro:monster robot:robot gigante:giant folletto:goblin sirena:mermaid.f pupazzo_di_neve:snowman
spaventapasseri:scarecrow
""",
    "pt": """
homem:h.ma mulher:h.fa homens:h.mag mulheres:h.fag menino:h.mc menina:h.fc garoto:h.mc garota:h.fc rapaz:h.my
moça:h.fy criança:h.c bebê:h.c bebé:h.c gente:h.g pessoa:h senhor:h.ma senhora:h.fa rei:h.m rainha:h.f
príncipe:h.m princesa:h.f pai:h.m mãe:h.f papai:h.m mamãe:h.f avô:h.mo avó:h.fo vovô:h.mo vovó:h.fo avós:h.og
neto:h.m neta:h.f tio:h.m tia:h.f irmão:h.m irmã:h.f filho:h.m filha:h.f marido:h.ma esposa:h.fa idoso:h.mo
idosa:h.fo família:h.g multidão:h.g padeiro:h.m padeira:h.f pescador:h.m pescadora:h.f faroleiro:h.m guarda:h
fazendeiro:h.m fazendeira:h.f camponês:h.m camponesa:h.f professor:h.m professora:h.f médico:h.m médica:h.f
marinheiro:h.m capitão:h.m prefeito:h.m prefeita:h.f cozinheiro:h.m cozinheira:h.f carteiro:h.m pastor:h.m
pastora:h.f caçador:h.m soldado:h.m cavaleiro:h.m pirata:h bruxa:h.f bruxo:h.m mago:h.m relojoeiro:h.m
jardineiro:h.m vizinho:.m vizinha:.f amigo:.m amiga:.f aprendiz:h policial:h ladrão:h.m monge:h.m freira:h.f
padre:h.m moleiro:h.m alfaiate:h.m ferreiro:h.m carpinteiro:h.m
cão:dog cachorro:dog cachorrinho:dog.y cadela:dog.f filhote:.y gato:cat gata:cat.f gatinho:cat.y leão:lion
leoa:lion.f tigre:tiger urso:bear ursa:bear.f raposa:fox lobo:wolf loba:wolf.f coelho:rabbit lebre:hare rato:mouse
ratazana:rat coruja:owl garça:heron cegonha:stork pinguim:penguin pombo:pigeon pomba:dove corvo:crow gralha:crow
pardal:sparrow gaivota:seagull pato:duck patinho:duck.y ganso:goose cisne:swan galinha:chicken.f galo:rooster.m
pintinho:chicken.y frango:chicken cavalo:horse égua:horse.f potro:horse.y pônei:pony burro:donkey jumento:donkey
cabra:goat ovelha:sheep cordeiro:sheep.y porco:pig leitão:pig.y vaca:cow.f touro:bull.m bezerro:cow.y
camelo:camel elefante:elephant girafa:giraffe zebra:zebra hipopótamo:hippo rinoceronte:rhino macaco:monkey
gorila:gorilla canguru:kangaroo coala:koala panda:panda guaxinim:raccoon esquilo:squirrel ouriço:hedgehog
texugo:badger lontra:otter castor:beaver toupeira:mole morcego:bat veado:deer cervo:deer rena:reindeer alce:moose
leopardo:leopard onça:jaguar guepardo:cheetah pantera:panther cobra:snake serpente:snake lagarto:lizard
lagartixa:lizard crocodilo:crocodile jacaré:alligator tartaruga:turtle sapo:toad rã:frog peixe:fish
peixinho:fish.y tubarão:shark baleia:whale golfinho:dolphin foca:seal morsa:walrus polvo:octopus
caranguejo:crab lagosta:lobster água-viva:jellyfish estrela-do-mar:starfish caracol:snail lesma:slug
minhoca:worm lagarta:caterpillar borboleta:butterfly mariposa:moth abelha:bee vespa:wasp formiga:ant
aranha:spider joaninha:ladybird besouro:beetle grilo:cricket gafanhoto:grasshopper libélula:dragonfly
vaga-lume:firefly pássaro:bird passarinho:bird.y ave:bird águia:eagle falcão:falcon papagaio:parrot
pavão:peacock flamingo:flamingo pelicano:pelican avestruz:ostrich beija-flor:hummingbird pica-pau:woodpecker
andorinha:swallow canário:canary peru:turkey hamster:hamster dinossauro:dinosaur dragão:dragon
unicórnio:unicorn fada:fairy.f fantasma:ghost monstro:monster robô:robot gigante:giant duende:goblin
sereia:mermaid.f boneco_de_neve:snowman espantalho:scarecrow
""",
    "nl": """
man:h.ma vrouw:h.fa mannen:h.mag vrouwen:h.fag jongen:h.mc meisje:h.fc kind:h.c kinderen:h.cg baby:h.c mensen:h.g
mens:h persoon:h dame:h.fa heer:h.ma meneer:h.ma mevrouw:h.fa koning:h.m koningin:h.f prins:h.m prinses:h.f
vader:h.m moeder:h.f papa:h.m mama:h.f opa:h.mo oma:h.fo grootvader:h.mo grootmoeder:h.fo opaatje:h.mo
omaatje:h.fo kleinzoon:h.m kleindochter:h.f kleinkind:h oom:h.m tante:h.f broer:h.m zus:h.f zuster:h.f zoon:h.m
dochter:h.f echtgenoot:h.ma echtgenote:h.fa familie:h.g gezin:h.g menigte:h.g jury:h.g bakker:h.m bakkerin:h.f
visser:h.m boer:h.m boerin:h.f wachter:h.m bewaker:h.m vuurtorenwachter:h.m leraar:h.m lerares:h.f juf:h.f
meester:h.m dokter:h arts:h zeeman:h.m matroos:h.m kapitein:h.m burgemeester:h kok:h.m postbode:h herder:h.m
herderin:h.f jager:h.m soldaat:h.m ridder:h.m piraat:h.m tovenaar:h.m heks:h.f klokkenmaker:h.m tuinman:h.m
buurman:h.m buurvrouw:h.f vriend:.m vriendin:.f leerling:h agent:h dief:h.m monnik:h.m non:h.f molenaar:h.m
kleermaker:h.m smid:h.m timmerman:h.m
hond:dog hondje:dog.y pup:dog.y teef:dog.f kat:cat poes:cat kater:cat.m katje:cat.y poesje:cat.y leeuw:lion
leeuwin:lion.f tijger:tiger beer:bear beertje:bear.y vos:fox wolf:wolf konijn:rabbit haas:hare muis:mouse rat:rat
uil:owl reiger:heron ooievaar:stork pinguïn:penguin duif:pigeon kraai:crow raaf:raven ekster:magpie mus:sparrow
meeuw:seagull eend:duck eendje:duck.y gans:goose zwaan:swan kip:chicken.f haan:rooster.m kuiken:chicken.y
paard:horse merrie:horse.f hengst:horse.m veulen:horse.y pony:pony ezel:donkey geit:goat schaap:sheep lam:sheep.y
lammetje:sheep.y varken:pig biggetje:pig.y koe:cow.f stier:bull.m kalf:cow.y kameel:camel olifant:elephant
giraf:giraffe zebra:zebra nijlpaard:hippo neushoorn:rhino aap:monkey gorilla:gorilla kangoeroe:kangaroo koala:koala
panda:panda wasbeer:raccoon eekhoorn:squirrel egel:hedgehog otter:otter bever:beaver mol:mole vleermuis:bat
hert:deer ree:deer rendier:reindeer eland:moose luipaard:leopard jachtluipaard:cheetah slang:snake hagedis:lizard
krokodil:crocodile schildpad:turtle kikker:frog vis:fish goudvis:goldfish haai:shark walvis:whale dolfijn:dolphin
zeehond:seal walrus:walrus inktvis:octopus krab:crab kreeft:lobster kwal:jellyfish zeester:starfish slak:snail
worm:worm rups:caterpillar vlinder:butterfly mot:moth wesp:wasp mier:ant spin:spider lieveheersbeestje:ladybird
kever:beetle krekel:cricket sprinkhaan:grasshopper libel:dragonfly vuurvliegje:firefly vogel:bird vogeltje:bird.y
arend:eagle adelaar:eagle valk:falcon havik:hawk papegaai:parrot pauw:peacock flamingo:flamingo pelikaan:pelican
struisvogel:ostrich kolibrie:hummingbird specht:woodpecker zwaluw:swallow leeuwerik:lark nachtegaal:nightingale
kanarie:canary kalkoen:turkey hamster:hamster cavia:guinea_pig dinosaurus:dinosaur draak:dragon eenhoorn:unicorn
fee:fairy.f spook:ghost monster:monster robot:robot reus:giant kabouter:goblin zeemeermin:mermaid.f
sneeuwpop:snowman vogelverschrikker:scarecrow
""",
    "zh": """
男人:h.ma 女人:h.fa 男孩:h.mc 男孩子:h.mc 小男孩:h.mc 女孩:h.fc 女孩子:h.fc 小女孩:h.fc 孩子:h.c 小孩:h.c 儿童:h.c
婴儿:h.c 宝宝:h.c 人:h 人们:h.g 大家:h.g 众人:h.g 村民:h.g 渔民:h 家人:h.g 一家人:h.g 爷爷:h.mo 奶奶:h.fo
外公:h.mo 外婆:h.fo 姥姥:h.fo 姥爷:h.mo 老爷爷:h.mo 老奶奶:h.fo 老人:h.o 老头:h.mo 老头儿:h.mo 老太太:h.fo
老婆婆:h.fo 婆婆:h.fo 公公:h.mo 爸爸:h.m 父亲:h.m 妈妈:h.f 母亲:h.f 叔叔:h.m 阿姨:h.f 伯伯:h.m 舅舅:h.m
姑姑:h.f 哥哥:h.m 姐姐:h.f 弟弟:h.m 妹妹:h.f 儿子:h.m 女儿:h.f 孙子:h.m 孙女:h.f 丈夫:h.ma 妻子:h.fa
老婆:h.fa 老公:h.ma 国王:h.m 王后:h.f 女王:h.f 王子:h.m 公主:h.f 先生:h.ma 太太:h.fa 女士:h.fa 小姐:h.f
姑娘:h.fy 小伙子:h.my 少年:h.my 少女:h.fy 面包师:h 面包师傅:h 渔夫:h.m 农夫:h.m 农民:h 老师:h 医生:h
护士:h 警察:h 船长:h 水手:h 士兵:h 守卫:h 看守:h 门卫:h 猎人:h 巫婆:h.fo 女巫:h.f 巫师:h 魔法师:h 骑士:h.m
海盗:h 厨师:h 邮递员:h 钟表匠:h 园丁:h 邻居: 朋友: 徒弟:h 学徒:h 和尚:h.m 尼姑:h.f 市长:h 村长:h 老板:h
狗:dog 狗狗:dog 犬:dog 猫:cat 猫咪:cat 狮子:lion 老虎:tiger 虎:tiger 熊:bear 熊猫:panda 狐狸:fox 狼:wolf
兔子:rabbit 兔:rabbit 老鼠:mouse 鼠:mouse 猫头鹰:owl 鹭:heron 苍鹭:heron 白鹭:heron 鹤:crane 鹳:stork
企鹅:penguin 鸽子:pigeon 乌鸦:crow 喜鹊:magpie 麻雀:sparrow 海鸥:seagull 鸭子:duck 鸭:duck 鹅:goose 天鹅:swan
鸡:chicken 母鸡:chicken.f 公鸡:rooster.m 马:horse 驴:donkey 山羊:goat 羊:sheep 绵羊:sheep 羔羊:sheep.y 猪:pig
牛:cow 奶牛:cow.f 公牛:bull.m 骆驼:camel 大象:elephant 象:elephant 长颈鹿:giraffe 斑马:zebra 河马:hippo
犀牛:rhino 猴子:monkey 猴:monkey 大猩猩:gorilla 袋鼠:kangaroo 考拉:koala 浣熊:raccoon 松鼠:squirrel
刺猬:hedgehog 水獭:otter 河狸:beaver 鼹鼠:mole 蝙蝠:bat 鹿:deer 驯鹿:reindeer 豹:leopard 猎豹:cheetah 蛇:snake
蜥蜴:lizard 鳄鱼:crocodile 乌龟:turtle 海龟:turtle 青蛙:frog 蛤蟆:toad 鱼:fish 金鱼:goldfish 鲨鱼:shark 鲸:whale
鲸鱼:whale 海豚:dolphin 海豹:seal 海象:walrus 章鱼:octopus 螃蟹:crab 龙虾:lobster 水母:jellyfish 海星:starfish
蜗牛:snail 毛毛虫:caterpillar 蝴蝶:butterfly 蛾:moth 蜜蜂:bee 黄蜂:wasp 蚂蚁:ant 蜘蛛:spider 瓢虫:ladybird
甲虫:beetle 蟋蟀:cricket 蚱蜢:grasshopper 蜻蜓:dragonfly 萤火虫:firefly 鸟:bird 鹰:eagle 老鹰:eagle 鹦鹉:parrot
孔雀:peacock 火烈鸟:flamingo 鹈鹕:pelican 鸵鸟:ostrich 蜂鸟:hummingbird 啄木鸟:woodpecker 燕子:swallow
夜莺:nightingale 金丝雀:canary 火鸡:turkey 仓鼠:hamster 恐龙:dinosaur 龙:dragon 独角兽:unicorn 仙女:fairy.f
精灵:elf 鬼:ghost 幽灵:ghost 怪兽:monster 怪物:monster 机器人:robot 巨人:giant 小矮人:dwarf 美人鱼:mermaid.f
雪人:snowman 稻草人:scarecrow 外星人:alien
""",
    "ja": """
おじいさん:h.mo おばあさん:h.fo おじいちゃん:h.mo おばあちゃん:h.fo 祖父:h.mo 祖母:h.fo 老人:h.o おじさん:h.ma
おばさん:h.fa お父さん:h.m おとうさん:h.m 父:h.m お母さん:h.f おかあさん:h.f 母:h.f 男の子:h.mc 女の子:h.fc
男:h.ma 女:h.fa 子ども:h.c 子供:h.c こども:h.c 少年:h.mc 少女:h.fc 娘:h.fy むすめ:h.fy 息子:h.m むすこ:h.m
赤ちゃん:h.c 王様:h.m 王子:h.m 王女:h.f お姫様:h.f 姫:h.f 女王:h.f お兄さん:h.m 兄:h.m お姉さん:h.f 姉:h.f
弟:h.m 妹:h.f 孫:h 夫:h.ma 妻:h.fa 人:h みんな:h.g 人々:h.g パン屋:h 漁師:h りょうし:h 猟師:h 農夫:h.m
先生:h 医者:h 船長:h 兵士:h 侍:h.m さむらい:h.m 魔女:h.f 魔法使い:h お坊さん:h.m 和尚:h.m 村人:h 灯台守:h
時計屋:h 友だち: 友達: 旅人:h 殿様:h.m
きつね:fox ぎつね:fox キツネ:fox 狐:fox いぬ:dog イヌ:dog 犬:dog ねこ:cat ネコ:cat 猫:cat たぬき:raccoon_dog
タヌキ:raccoon_dog 狸:raccoon_dog うさぎ:rabbit ウサギ:rabbit 兎:rabbit クマ:bear 熊:bear ライオン:lion トラ:tiger
虎:tiger おおかみ:wolf オオカミ:wolf 狼:wolf ねずみ:mouse ネズミ:mouse 鼠:mouse ふくろう:owl フクロウ:owl
梟:owl サギ:heron 鷺:heron 鶴:crane ペンギン:penguin 鳩:pigeon からす:crow カラス:crow 烏:crow すずめ:sparrow
雀:sparrow かもめ:seagull カモメ:seagull あひる:duck アヒル:duck 鴨:duck がちょう:goose 白鳥:swan
にわとり:chicken 鶏:chicken ひよこ:chicken.y 馬:horse ろば:donkey やぎ:goat ヤギ:goat ひつじ:sheep 羊:sheep
ぶた:pig ブタ:pig 豚:pig 牛:cow らくだ:camel ラクダ:camel ぞう:elephant ゾウ:elephant 象:elephant キリン:giraffe
シマウマ:zebra カバ:hippo サイ:rhino サル:monkey 猿:monkey ゴリラ:gorilla カンガルー:kangaroo コアラ:koala
パンダ:panda アライグマ:raccoon りす:squirrel リス:squirrel ハリネズミ:hedgehog カワウソ:otter もぐら:mole
コウモリ:bat こうもり:bat シカ:deer 鹿:deer トナカイ:reindeer ヒョウ:leopard チーター:cheetah へび:snake ヘビ:snake
蛇:snake トカゲ:lizard ワニ:crocodile カメ:turtle 亀:turtle かえる:frog カエル:frog 蛙:frog さかな:fish 魚:fish
金魚:goldfish サメ:shark くじら:whale クジラ:whale 鯨:whale イルカ:dolphin アザラシ:seal セイウチ:walrus タコ:octopus
カニ:crab 蟹:crab クラゲ:jellyfish ヒトデ:starfish かたつむり:snail いもむし:caterpillar ちょうちょ:butterfly
チョウ:butterfly 蝶:butterfly ハチ:bee 蜂:bee アリ:ant 蟻:ant クモ:spider 蜘蛛:spider てんとう虫:ladybird
カブトムシ:beetle こおろぎ:cricket バッタ:grasshopper とんぼ:dragonfly トンボ:dragonfly ほたる:firefly
ホタル:firefly 蛍:firefly 鳥:bird 小鳥:bird.y 鷲:eagle 鷹:hawk オウム:parrot インコ:parrot クジャク:peacock
フラミンゴ:flamingo ダチョウ:ostrich ツバメ:swallow つばめ:swallow ハムスター:hamster 恐竜:dinosaur りゅう:dragon
竜:dragon 龍:dragon ドラゴン:dragon ユニコーン:unicorn 妖精:fairy おばけ:ghost お化け:ghost 幽霊:ghost 鬼:ogre
おに:ogre 怪物:monster ロボット:robot 巨人:giant 人魚:mermaid.f 雪だるま:snowman かかし:scarecrow
""",
}

_FLAGS = {"m": ("sex", "male"), "f": ("sex", "female"), "c": ("age", "child"), "y": ("age", "young"),
          "a": ("age", "adult"), "o": ("age", "old"), "g": ("group", True)}


def _parse(table: str) -> dict[str, dict]:
    """{word: {"species", "sex", "age", "group"}} from "word:species.flags" entries."""
    out = {}
    for entry in table.split():
        word, code = entry.split(":")
        species, _, flags = code.partition(".")
        noun = {"species": "human" if species == "h" else species.replace("_", " ") or None, "sex": None,
                "age": None, "group": False}
        noun.update(_FLAGS[f] for f in flags)
        out[word.replace("_", " ")] = noun
    return out


LEXICON = {lang: _parse(table) for lang, table in _NOUNS.items()}
PERSON_NOUNS = {lang: {w: (n["sex"], n["age"]) for w, n in lex.items() if n["species"] == "human"}
                for lang, lex in LEXICON.items()}
ANIMALS = {lang: {w: n["species"] for w, n in lex.items() if n["species"] not in (None, "human")}
           for lang, lex in LEXICON.items()}

# Forms of address: the sex they give, and that the one addressed is grown up.
TITLES = {
    "en": {"mr": "male", "mister": "male", "sir": "male", "mrs": "female", "ms": "female", "madam": "female",
           "dame": "female"},
    "de": {"herr": "male", "frau": "female"},
    "es": {"señor": "male", "sr": "male", "don": "male", "señora": "female", "sra": "female", "doña": "female"},
    "fr": {"monsieur": "male", "m": "male", "madame": "female", "mme": "female"},
    "it": {"signor": "male", "signore": "male", "sig": "male", "signora": "female"},
    "pt": {"senhor": "male", "sr": "male", "dom": "male", "senhora": "female", "sra": "female", "dona": "female"},
    "nl": {"meneer": "male", "mijnheer": "male", "heer": "male", "dhr": "male", "mevrouw": "female",
           "mevr": "female"},
}
# Forms of address for an unmarried woman: female, of no stated age.
_MISS = {"en": {"miss"}, "de": {"fräulein"}, "es": {"señorita", "srta"}, "fr": {"mademoiselle", "mlle"},
         "it": {"signorina"}, "pt": {"senhorita"}, "nl": {"juffrouw"}}

# Words next to a name or noun that say its age: old, young, and little (a child, or a young animal).
AGE_WORDS = {
    "en": {"old": "old elderly aged ancient", "young": "young", "little": "little baby wee"},
    "de": {"old": "alt alte alter alten altes altem greise", "young": "jung junge junger jungen junges jungem",
           "little": "klein kleine kleiner kleinen kleines kleinem"},
    "es": {"old": "viejo vieja viejos viejas viejito viejita", "young": "joven jóvenes",
           "little": "pequeño pequeña pequeños pequeñas pequeñito pequeñita chiquito chiquita"},
    "fr": {"old": "vieux vieille vieil vieilles âgé âgée âgés âgées", "young": "jeune jeunes",
           "little": "petit petite petits petites"},
    "it": {"old": "vecchio vecchia vecchi vecchie", "young": "giovane giovani",
           "little": "piccolo piccola piccoli piccole piccino piccina"},
    "pt": {"old": "velho velha velhos velhas", "young": "jovem jovens",
           "little": "pequeno pequena pequenos pequenas pequenino pequenina"},
    "nl": {"old": "oud oude", "young": "jong jonge", "little": "klein kleine"},
    "zh": {"old": "老 年老的 年迈的", "young": "年轻的", "little": "小 小小的"},
    "ja": {"old": "年老いた 年をとった 年とった 老いた 老", "young": "若い", "little": "小さな 小さい 子"},
}
_AGE = {lang: {w: age for age, words in table.items() for w in words.split()} for lang, table in AGE_WORDS.items()}
_AGE_LONGEST_FIRST = {lang: sorted(words.items(), key=lambda pair: -len(pair[0])) for lang, words in _AGE.items()}

_DETS = {
    "en": "the a an this that these those his her their its my our your some two three four five many",
    "de": "der die das den dem des ein eine einen einem einer eines sein seine seinen seinem seiner ihr ihre ihren "
          "ihrem ihrer mein meine unser unsere dein deine dieser diese dieses",
    "es": "el la los las un una unos unas su sus mi mis tu tus nuestro nuestra este esta ese esa aquel aquella",
    "fr": "le la les un une des du son sa ses mon ma mes ton ta tes notre votre leur leurs ce cet cette ces",
    "it": "il lo la i gli le un uno una suo sua suoi sue mio mia questo questa quel quella",
    "pt": "o a os as um uma uns umas seu sua seus suas meu minha este esta esse essa aquele aquela",
    "nl": "de het een zijn haar hun mijn onze deze die dat dit",
}
_DETS = {lang: set(words.split()) for lang, words in _DETS.items()}
DETERMINERS = _DETS  # articles and possessives by language, for callers that read noun phrases
_PLURAL_DETS = {"en": {"these", "those", "some", "two", "three", "four", "five", "many"},
                "es": {"los", "las", "unos", "unas", "sus"}, "fr": {"les", "des", "ces", "leurs", "ses"},
                "it": {"i", "gli", "suoi", "sue"}, "pt": {"os", "as", "uns", "umas", "seus", "suas"}}
_STOPS = {
    "en": "and or but with of in on at to from by for as when while then so than",
    "de": "und oder aber mit von in im am an auf aus bei zu zum zur für als wenn dann",
    "es": "y o pero con de del en a al por para que cuando como",
    "fr": "et ou mais avec de du des en à au aux par pour que quand comme",
    "it": "e o ma con di del della in a al da per che quando come",
    "pt": "e ou mas com de do da em no na a ao por para que quando como",
    "nl": "en of maar met van in op aan uit bij naar voor dan als toen",
}
_STOPS = {lang: set(words.split()) for lang, words in _STOPS.items()}
STOPS = _STOPS  # conjunctions and prepositions by language
# Words that end a name's head ("a lion made of light", "Hund mit rotem Halsband").
_CUTS = {
    "en": "with who that which made named called of from wearing holding in on at",
    "de": "mit aus von namens genannt im am",
    "es": "con de del que llamado llamada en",
    "fr": "avec de du des qui nommé nommée en",
    "it": "con di del della che in",
    "pt": "com de do da que em",
    "nl": "met van die genaamd uit in",
}
_CUTS = {lang: set(words.split()) for lang, words in _CUTS.items()}
_NAMING = {
    "en": r"(?:named|called)",
    "de": r"(?:namens|genannt|mit\s+Namen)",
    "es": r"(?:llamad[oa]s?|que\s+se\s+llamaba|de\s+nombre)",
    "fr": r"(?:nommée?|appelée?|qui\s+s['’]appelait|du\s+nom\s+de)",
    "it": r"(?:chiamat[oa]|di\s+nome|che\s+si\s+chiamava)",
    "pt": r"(?:chamad[oa]|de\s+nome|que\s+se\s+chamava)",
    "nl": r"(?:genaamd|geheten)",
}
_NAMING = {lang: re.compile(rf"(?<!\w){p}\s*$", re.IGNORECASE) for lang, p in _NAMING.items()}
NAMING = _NAMING  # "named", "genannt", "llamado"... ending a text, by language, for callers that read appositions
_COPULA = {"en": "was|is", "de": "war|ist", "es": "era|es|fue", "fr": "était|est|fut", "it": "era|è|fu",
           "pt": "era|é|foi", "nl": "was|is|werd"}
_ROMANCE = {"es", "fr", "it", "pt"}
_AND = {"en": "and", "de": "und", "es": "y|e", "fr": "et", "it": "e|ed", "pt": "e", "nl": "en"}
# Word ends a German or Dutch compound may not be read by ("Rente" is no duck, "Spiegel" no hedgehog).
_NO_TAIL = {"ente", "affe", "eule", "hahn", "igel", "schlange", "esel", "rind", "wal", "ree", "mol", "mot", "mus",
            "vis", "kat", "lam", "hai", "reh", "dachs"}
_EN_MAN_EXCEPTIONS = {"human", "woman", "snowman", "talisman", "caiman", "ottoman", "german", "shaman", "walkman"}
# A grandparent is old: "Doña Rosa y su nieto Tomás".
_GRANDCHILD = {
    "en": r"\s+(?:and|with)\s+(?:his|her|their)\s+grand(?:son|daughter|child|children|kids?)\b",
    "de": r"\s+(?:und|mit)\s+(?:ihr|ihre|ihrem|ihren|sein|seine|seinem|seinen)\s+Enkel",
    "es": r"\s+(?:y|con)\s+(?:su|sus)\s+niet[oa]s?\b",
    "fr": r"\s+(?:et|avec)\s+(?:son|sa|ses)\s+petite?s?-(?:fils|fille|enfant)",
    "it": r"\s+(?:e|con)\s+(?:il\s+suo|la\s+sua|i\s+suoi|le\s+sue|suo|sua)\s+nipot[ei]\b",
    "pt": r"\s+(?:e|com)\s+(?:o\s+)?(?:seu|sua|seus|suas)\s+net[oa]s?\b",
    "nl": r"\s+(?:en|met)\s+(?:zijn|haar)\s+klein(?:zoon|dochter|kind)",
    "zh": r"(?:和|跟|带着|带)(?:孙子|孙女|外孙|外孙女)",
    "ja": r"(?:と|は)孫",
}
# "Frieda und ihr Hund": the owner's sex, where a possessive says it.
_POSSESSIVE = {"en": ("and", {"his": "male", "her": "female"}),
               "de": ("und", {**dict.fromkeys(["sein", "seine", "seinem", "seinen"], "male"),
                              **dict.fromkeys(["ihr", "ihre", "ihrem", "ihren"], "female")}),
               "nl": ("en", {"zijn": "male", "haar": "female"})}
_POSSESSIVE = {lang: (re.compile(rf"\s+{conj}\s+({'|'.join(words)})\b", re.IGNORECASE), words)
               for lang, (conj, words) in _POSSESSIVE.items()}
# Pronouns that refer to a sentence's subject: "him", and "her" as an object ("cawed at her
# angrily", "gave her a bun"), are most often someone else; "her" before a noun is possessive.
_HE = re.compile(r"\b(?:he|his|himself)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|hers|herself)\b|\bher\s+(?!\w+ly\b)(?!(?:a|an|the|and|or|to|that|with|at|in|on|for|from|as"
                  r"|but|up|down|out|back|away|again|too|so|when|if|into|onto|over)\b)[a-z]", re.IGNORECASE)
_CJK_CHARS = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
# A single CJK character is a noun only at the end of a name or before a particle ("马丽" is a
# name, "小马" a foal; "犬のポチ" a dog).
_CJK_AFTER = set("的们儿のた達、，。！？「」“”はがをにとも")


def _is_cjk(text: str) -> bool:
    return bool(_CJK_CHARS.search(text))


def _deumlaut(word: str) -> str:
    i = max(word.rfind(c) for c in "äöü")
    return word if i < 0 else word[:i] + {"ä": "a", "ö": "o", "ü": "u"}[word[i]] + word[i + 1:]


def _singulars(word: str, language: str) -> list[str]:
    """Singular forms a plural word may have, most likely first."""
    w, out = word, []
    if language == "en":
        if w.endswith("men"):
            out.append(w[:-3] + "man")
        if w.endswith("ies"):
            out.append(w[:-3] + "y")
        if w.endswith("ves"):
            out += [w[:-3] + "f", w[:-3] + "fe"]
        if w.endswith("es"):
            out.append(w[:-2])
        if w.endswith("s") and not w.endswith("ss"):
            out.append(w[:-1])
    elif language == "de":
        if w.endswith("innen"):
            out.append(w[:-3])
        for ending in ("en", "n", "e", "er", "s"):
            if w.endswith(ending) and len(w) > len(ending) + 2:
                out += [w[:-len(ending)], _deumlaut(w[:-len(ending)])]
        out.append(_deumlaut(w))  # Vögel
    elif language in ("es", "pt", "fr"):
        ends = {"es": [("ces", "z"), ("es", ""), ("s", "")],
                "pt": [("ões", "ão"), ("ães", "ão"), ("ãos", "ão"), ("ais", "al"), ("éis", "el"), ("ns", "m"),
                       ("es", ""), ("s", "")],
                "fr": [("eaux", "eau"), ("aux", "al"), ("x", ""), ("s", "")]}[language]
        out += [w[:-len(a)] + b for a, b in ends if w.endswith(a)]
    elif language == "it":
        if w.endswith(("chi", "ghi")):
            out.append(w[:-2] + "o")
        if w.endswith("i"):
            out += [w[:-1] + "o", w[:-1] + "e", w[:-1] + "a"]
        if w.endswith("e"):
            out.append(w[:-1] + "a")
    elif language == "nl":
        if w.endswith("eren"):
            out.append(w[:-4])
        if w.endswith("en"):
            stem = w[:-2]
            out += [stem, stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem,
                    stem[:-1] + stem[-2] + stem[-1] if len(stem) > 2 else stem,  # schapen -> schaap
                    stem[:-1] + {"z": "s", "v": "f"}.get(stem[-1:], stem[-1:])]
        if w.endswith("s"):
            out.append(w[:-1].rstrip("'"))
    return [s for s in dict.fromkeys(out) if s and s != w]


def _exact(word: str, language: str) -> dict | None:
    """A noun of the lexicon, also as the last part of a German or Dutch compound ("Wachhund",
    "Leuchtturmwärter") and, in German, a woman's form of a person noun ("Bäckerin", "Ärztin")."""
    lex = LEXICON[language]
    if word in lex:
        return lex[word]
    if language == "en" and word.endswith(("man", "woman")) and len(word) > 4 and word not in _EN_MAN_EXCEPTIONS:
        return {"species": "human", "sex": "female" if word.endswith("woman") else "male", "age": None,
                "group": False}
    if language == "de" and word.endswith("in") and len(word) > 4:
        base = _exact(word[:-2], language) or _exact(_deumlaut(word[:-2]), language)
        if (base and base["species"] == "human") or word.endswith("erin"):
            return {"species": "human", "sex": "female", "age": base["age"] if base else None, "group": False}
    if language in ("de", "nl"):
        for i in range(3, len(word) - 3):
            tail = word[i:]
            if tail in lex and tail not in _NO_TAIL:
                return lex[tail]
    return None


def noun(word: str, language: str) -> dict | None:
    """What one word of `language` says a being is: {"species", "sex", "age", "group"} (species None
    for a word that names no kind, as "friend" or "cub"), or None when it is no noun for a being.
    Plurals are groups; a plural keeps its sex only where the plural form says it ("boys",
    "Bäckerinnen", "las niñas"; not "fishermen", "los pescadores")."""
    w = _normal(word).lower().strip(".'’")
    w = re.sub(r"^[ldLD]['’]", "", w)  # l'ours, d'oiseaux
    if not w or language not in LEXICON:
        return None
    if (found := _exact(w, language)) is not None:
        return dict(found)
    for single in _singulars(w, language):
        if (found := _exact(single, language)) is not None:
            keeps = found["sex"] == "female" if language != "en" else not (w.endswith("men") and w != "men")
            return {**found, "sex": found["sex"] if keeps else None, "group": True}
    return None


def _tokens(text: str) -> list[str]:
    """Words (with hyphens and elided articles) and punctuation marks."""
    return re.findall(r"[\w'’-]+|[^\w\s]", text)


def _cjk_nouns(text: str, language: str) -> list[tuple[int, int, dict, str | None]]:
    """(start, end, noun, age said right before it) of the nouns in CJK text, longest first at each place."""
    lex, found, i = LEXICON[language], [], 0
    longest = max(map(len, lex))
    while i < len(text):
        for size in range(min(longest, len(text) - i), 0, -1):
            word = text[i:i + size]
            if word in lex and (size > 1 or i + 1 == len(text) or text[i + 1] in _CJK_AFTER):
                age = next((a for w, a in _AGE_LONGEST_FIRST[language] if text[:i].endswith(w)), None)
                found.append((i, i + size, lex[word], age))
                i += size
                break
        else:
            i += 1
    return found


def _age(nouns: list[dict], ages: list[str], adult: bool, species: str | None) -> str | None:
    """An "old" word or noun wins; then a noun's own age (a boy is a child, a puppy young); then
    "young"; then "little" (a child, or a young animal); a grown-up noun ("man") or a title says
    adult last."""
    noun_ages = [n["age"] for n in nouns if n["age"]]
    if "old" in ages or "old" in noun_ages:
        return "old"
    if young := [a for a in noun_ages if a in ("child", "young")]:
        return young[0]
    if "young" in ages:
        return "young"
    if "little" in ages:
        return "child" if species in (None, "human") else "young"
    return "adult" if "adult" in noun_ages or adult else None


def _read_name(name: str, language: str) -> dict:
    """What a name says by itself: "nouns" (the head noun first), "ages" (age words), "sexes"
    (from titles), "adult" (a title), "group", and "core": the name without a leading article,
    to find it in the sentences."""
    name = _normal(" ".join(name.split())).strip(" \"'“”«»「」『』.,;:!?")
    if language in CJK_LANGUAGES or _is_cjk(name):
        lang = language if language in CJK_LANGUAGES else ("ja" if re.search("[\u3040-\u30ff]", name) else "zh")
        group = name.endswith(("们", "たち", "達"))
        found = _cjk_nouns(re.sub("(?:们|たち|達)$", "", name) or name, lang)
        nouns = [n for _, _, n, _ in reversed(found)]  # the head comes last
        return {"nouns": nouns, "ages": [a for _, _, _, a in found[-1:] if a], "sexes": [],
                "adult": False, "group": group or any(n["group"] for n in nouns[:1]), "core": name}
    lang = language if language in _DETS else "en"  # a name in Latin script in a Chinese story is read as English
    words = [w for w in _tokens(name) if re.match(r"\w", w)]
    dets = []
    while words and words[0].lower() in _DETS[lang]:
        dets.append(words.pop(0).lower())
    core = " ".join(words) or name
    nouns, ages, sexes, adult, titled = [], [], [], False, False
    for i, w in enumerate(words):
        low, nxt = w.lower(), (words[i + 1] if i + 1 < len(words) else "")
        if low in _CUTS[lang] and i > 0:
            break
        if titled:  # the word after a title is a surname ("Monsieur Petit", "Herr Müller"), but an
            titled = False  # animal word is what the character is: "Mrs Rabbit", "Herr Hase", "Mr Fox"
            if (n := noun(w, lang)) is not None and n["species"] not in (None, "human"):
                nouns.append(n)
        elif low in _AGE[lang] and (i == 0 or w == low):
            ages.append(_AGE[lang][low])
        elif low in TITLES[lang] and nxt[:1].isupper():
            sexes.append(TITLES[lang][low])
            adult = titled = True
        elif low in _MISS[lang] and nxt[:1].isupper():
            sexes.append("female")
            titled = True
        elif (n := noun(w, lang)) is not None:
            # "Robin Hood", "Kitty Smith": an animal word first in a name of capitalised words is a given name.
            if not (i == 0 and w != low and nxt[:1].isupper() and n["species"] != "human" and noun(nxt, lang) is None):
                nouns.append(n)
    # The head noun: the last in English, German and Dutch ("harbour master"), the first in the
    # Romance languages ("gato gris", "abuela Rosa").
    nouns = nouns if lang in _ROMANCE else nouns[::-1]
    group = bool(nouns) and nouns[0]["group"]
    if nouns and dets and dets[-1] in _PLURAL_DETS.get(lang, ()):
        group = True
        if lang in _ROMANCE and nouns[0]["sex"] == "male":
            nouns[0] = {**nouns[0], "sex": None}  # "los niños" may be girls and boys
    if lang == "de" and dets[-1:] == ["die"] and nouns and nouns[0]["sex"] == "male" and not nouns[0]["group"]:
        group, nouns[0] = True, {**nouns[0], "sex": None}  # "die Fischer": a masculine noun after "die" is plural
    if len(words) >= 2 and re.search(rf"\w\s+(?:{_AND[lang]}|&)\s+\w", name, re.IGNORECASE):
        group, sexes = True, []  # "Mr and Mrs Brown", "Tom & Jerry"
        nouns = [{**n, "sex": None} for n in nouns]
    return {"nouns": nouns, "ages": ages, "sexes": sexes, "adult": adult, "group": group, "core": core}


def is_group(name: str, language: str) -> bool:
    """True when the name stands for several beings: a plural or collective noun ("the
    fishermen", "die Kinder", "los pescadores", "les enfants", "孩子们", "村人たち", "the jury"), or
    names joined by "and"."""
    return _read_name(name, language)["group"]


def _mentions(core: str, text: str) -> list[tuple[int, int]]:
    if not core:
        return []
    pattern = re.escape(core) if _is_cjk(core) else rf"{_NOT_LATIN_BEFORE}{re.escape(core)}{_NOT_LATIN_AFTER}"
    return [m.span() for m in re.finditer(pattern, text, re.IGNORECASE)]


def _latin_before(before: str, language: str) -> tuple[list[dict], list[str]]:
    """Nouns and age words of a noun phrase right before a name: "a black cat named Pepper",
    "ihr Hund Bruno", "su gato gris, Nube", "little Mia"."""
    naming = _NAMING[language].search(before)
    if naming:
        before = before[:naming.start()]
    before = before.rstrip()
    before = before[:-1] if before.endswith(",") else before
    collected, closed = [], False
    for token in reversed(_tokens(before)[-6:]):
        low = token.lower()
        if not re.match(r"\w", token) or low in _STOPS[language]:
            break
        if low in _DETS[language] or low.endswith(("'s", "’s")):
            closed = True
            break
        collected.insert(0, token)
        if len(collected) == 4:
            break
    ages = [_AGE[language][w.lower()] for w in collected if w.lower() in _AGE[language]]
    found = [(i, n) for i, w in enumerate(collected) if w.lower() not in _AGE[language]
             and (n := noun(w, language)) is not None]
    if found:
        trailing = len(collected) - 1 - found[-1][0]  # words after the noun: "gato gris"
        # Without "named", the phrase must start with an article or be the noun alone ("Oma Frieda
        # backte"): in "rief Oma Frieda" the grandmother may be calling Frieda.
        if naming or (trailing == 0 and (closed or len(collected) == 1)) or \
                (language in _ROMANCE and closed and trailing <= 2):
            return [n for _, n in reversed(found)], ages
    adjacent = []  # age words right before the name: "little Mia", "said old Tom"
    for w in reversed(collected):
        if w.lower() not in _AGE[language]:
            break
        adjacent.insert(0, _AGE[language][w.lower()])
    return [], adjacent


def _latin_after(after: str, language: str) -> tuple[list[dict], list[str]]:
    """Nouns and age words of an apposition after a name: "Pete the penguin", "Tala, a young
    tiger", "Ruth was the night guard", "Moritz, der alte Kater", "Nube, el gato viejo"."""
    dets = "|".join(sorted(map(re.escape, _DETS[language]), key=len, reverse=True))
    m = re.match(rf"\s*(,)?\s*(?:(?:{_COPULA[language]})\s+)?(?:{dets})\s+", after, re.IGNORECASE)
    if not m:
        return [], []
    words = []
    for token in _tokens(after[m.end():])[:6]:
        if not re.match(r"\w", token) or token.lower() in _STOPS[language]:
            break
        words.append(token)
    for i, w in enumerate(words):
        if w.lower() in _AGE[language]:
            continue
        if (n := noun(w, language)) is not None:
            around = words[:i] + (words[i + 1:i + 3] if language in _ROMANCE else [])
            return [n], [_AGE[language][a.lower()] for a in around if a.lower() in _AGE[language]]
    return [], []


def _cjk_window(before: str, after: str, language: str) -> tuple[list[dict], list[str]]:
    """Nouns and age words around a name in Chinese or Japanese: "小狗豆豆", "一只叫豆豆的小狗",
    "豆豆是一只小狗", "子ぎつねのコン", "コンという子ぎつね"."""
    def last(text: str) -> tuple[list[dict], list[str]]:
        found = _cjk_nouns(text, language)
        if found and found[-1][1] == len(text):
            _, _, n, age = found[-1]
            return [n], [age] if age else []
        return [], []

    def first(text: str) -> tuple[list[dict], list[str]]:
        found = _cjk_nouns(text, language)
        if found:
            _, _, n, age = found[0]
            return [n], [age] if age else []
        return [], []

    if language == "zh":
        if re.search("(?:叫|名叫|叫做|名字叫)$", before) and after.startswith("的"):
            return first(after[1:8])
        if m := re.match("(?:是|就是)(?:一|那)(?:只|个|位|头|条|匹|名)", after):  # not "是爷爷的狗"
            return first(after[m.end():m.end() + 6])
        return last(before)
    if m := re.match("(?:という|と呼ばれる|っていう)", after):
        return first(after[m.end():m.end() + 8])
    if before.endswith("の"):
        # "子ぎつねのコン", "漁師の太郎"; but a kin noun before の is an owner: "おばあさんのハナ".
        found, said = last(before[:-1])
        if found and not (found[0]["species"] == "human" and (found[0]["sex"] or found[0]["age"])):
            return found, said
    return [], []


def _pronoun_sex(core: str, sentences: list[str]) -> str | None:
    """The sex English pronouns give a character: in the sentences it is the subject of (its name
    opens a clause: "One night, ... Ruth found that her ring was gone") and in the sentence after
    the first of them when a pronoun is that one's subject ("Oskar lived ... Every evening he
    climbed ..."; not "Biscuit raced ... in his teeth" after the harbour master's sentence)."""
    near = []
    for i, sentence in enumerate(sentences):
        spans = _mentions(core, sentence)
        if not spans:
            continue
        clause = re.split(r"[,;:\"“”]", sentence[:spans[0][0]])[-1]
        if len(clause.split()) <= 2:
            near.append(sentence)
            following = sentences[i + 1] if len(near) == 1 and i + 1 < len(sentences) else ""
            if re.search(r"\b(?:he|she)\b", " ".join(following.split()[:3]), re.IGNORECASE):
                near.append(following)
    text = " ".join(near)
    he, she = len(_HE.findall(text)), len(_SHE.findall(text))
    return "male" if he > 2 * she else "female" if she > 2 * he else None


@functools.cache
def _first_names():
    """gender-guesser's list of about 48 000 first names of many countries (Jörg Michael's
    nam_dict.txt), read once: about 0.2 s."""
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


def first_name_sex(name: str) -> str | None:
    """The sex the first known first name in `name` is usually given ("Nadia", "Captain Ruth
    Hale": female; "Ray": male), or None where the list has none or either ("Alex", "Pepper").
    A likelihood, not what the story says: `being` leaves it out; who may be "she" uses it."""
    for word in re.findall(r"[^\W\d_]+", name):
        if not word[:1].isupper():
            continue
        found = _first_names().get_gender(word)
        if found != "unknown":
            return {"male": "male", "mostly_male": "male", "female": "female", "mostly_female": "female"}.get(found)
    return None


def being(name: str, sentences: list[str], language: str) -> dict:
    """What the story's own words say plainly about the character called `name`:
    {"species": "human", an English animal or creature word ("dog", "fox", "robot") or None,
     "sex": "male" | "female" | None, "age": "child" | "young" | "adult" | "old" | None,
     "group": bool}. Nothing the words do not settle is guessed. `language` is the story's
    (one of LANGUAGES; another is read as English).

    Species and sex, the first source that says:
    1. the name itself: its head noun ("Grandpa Joe", "the harbour master", "Bäckerin", "爷爷",
       "おばあさん" are human; "heron", "a lion made of light", "小狗", "子ぎつねのコン" animals), then a
       title ("Monsieur Petit", "Doña Rosa", "Mrs": that sex, adult, and human unless a noun says
       what else);
    2. the sentences: a noun in apposition or a naming phrase ("a black cat named Pepper", "Pete
       the penguin", "Tala, a young tiger", "Ruth was the night guard", "ihr Hund Bruno", "der alte
       Kater Moritz", "su gato gris, Nube", "un chien nommé Rex", "一只叫豆豆的小狗", "ねこのタマ");
    3. sex only: a possessive after the name ("Frieda und ihr Hund": female) and, in English, the
       pronouns where the name opens a clause ("One night, ... Ruth found that her ring ...").
    A proper name alone ("Mia", "小雨") says no species.
    Sex is a gendered noun's (man, queen, abuela, 奶奶), also a German or Romance person noun's
    grammatical gender ("Bäcker", "boulanger" male; "Bäckerin", "boulangère" female), never an
    animal word's grammatical gender ("gato", "Katze": None) unless the form is marked ("Kater",
    "gata", "lioness").
    Age (see `_age`): "old" words and nouns win (old, alt, viejo, vieux, 老, grandpa, おばあさん; a
    grandparent, as in "Doña Rosa y su nieto Tomás", is old); then a noun's own age (boy, Mädchen,
    niña, 男の子: child; puppy, kitten, Welpe, cachorro, chiot, 小狗, 子ぎつね: young, since young
    animals are "young"); then "young"; then "little" (child, or young for an animal); then a
    grown-up noun or a title: adult.
    A group (see `is_group`) has only the sex its plural noun says ("women", "las niñas"; "the
    fishermen", "los pescadores": None).
    """
    language = language if language in LEXICON else "en"
    own = _read_name(name, language)
    core = own["core"]
    cjk = language in CJK_LANGUAGES or _is_cjk(core)
    window_language = (language if language in CJK_LANGUAGES else "zh") if cjk else language
    # "Oskar the old lighthouse keeper" is "Oskar" in most sentences.
    proper = re.match(r"^((?:[A-ZÀ-Ý][\w'’-]*\s*)+?)(?:,|\s+(?:the|a|an|der|die|das|el|la|le|il|o|de)\s)", core)
    cores = [core] + ([proper.group(1).strip()] if proper and not cjk else [])
    told, ages, kin = [], list(own["ages"]), []
    for sentence in map(_normal, sentences):
        for start, end in (span for c in cores for span in _mentions(c, sentence)):
            before, after = sentence[:start], sentence[end:]
            if cjk:
                windows = [_cjk_window(before, after, window_language)]
            else:
                windows = [_latin_before(before, language), _latin_after(after, language)]
            for found, said in windows:
                told += found
                ages += said
            if (pattern := _GRANDCHILD.get(language)) and re.match(pattern, after, re.IGNORECASE):
                ages.append("old")
            if language in _POSSESSIVE and (m := _POSSESSIVE[language][0].match(after)):
                kin.append(_POSSESSIVE[language][1][m.group(1).lower()])
    nouns = own["nouns"] + told
    species = next((n["species"] for n in nouns if n["species"]), None)
    if species is None and (own["sexes"] or own["adult"]):
        species = "human"
    if own["group"]:
        sex = next((n["sex"] for n in own["nouns"][:1] if n["sex"]), None)
    else:
        sex = next((n["sex"] for n in own["nouns"] if n["sex"]), None) or next(iter(own["sexes"]), None) or \
            next((n["sex"] for n in told if n["sex"]), None) or next(iter(kin), None)
        if sex is None and language == "en" and not cjk:
            sex = _pronoun_sex(cores[-1], list(map(_normal, sentences)))
    return {"species": species, "sex": sex, "age": _age(nouns, ages, own["adult"], species), "group": own["group"]}


__all__ = ["AGE_WORDS", "ANIMALS", "DETERMINERS", "LANGUAGES", "LEXICON", "PERSON_NOUNS", "TITLES", "being", "is_group",
           "noun", "setting"]
