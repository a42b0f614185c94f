"""How the main character of one story sentence acts, read from its words: body pose and face.

`acting(sentence, language)` gives {"pose": one of POSES or None, "expression": one of EXPRESSIONS
or None}, in the story languages en, de, es, fr, it, pt, nl, zh and ja. Pure code, no model: the
picture must show what the words say ("she sat down" is drawn sitting, "he wept" crying), and a
model asked to choose sometimes picks something else; the model is asked only where the words
say nothing, so None means "not said" and is never a guess.

How a sentence is read:
- Each language has two ordered rule lists (poses, expressions) of (value, pattern). Rules are
  read in order, and what a rule matches is masked so no later rule reads it again; a rule whose
  value is None masks a false friend ("the waves crashed", "at that point", "told a lie", "a
  market stand", "the wind ran", "Sie trug ein Kleid" = she wore a dress, "走廊" = a corridor).
  Latin-script words match whole, case-insensitively; Chinese and Japanese ones as substrings.
- A negated match says nothing ("was not afraid", "hatte keine Angst", "no tenía miedo", "不怕",
  "怖くなかった", "Er lachte nicht"): it is dropped, and a later match may still count.
- Of the matches left, the earliest wins, except that a leading subordinate clause ("After she
  had run all day, she sat down") gives way to the main clause when the main clause says
  anything. A gait after "began to"/"started to" is read like any other ("began to run" is run).
- Poses are not read inside quoted speech ("'Sit down!' she said" shows no sitting); expressions
  are ("'I'm scared,' whispered Tom").
- `language` is an ISO code ("de", "pt-BR"); an unknown one is read as English.
"""

from __future__ import annotations

import re
import unicodedata

from ..script import EXPRESSIONS, POSES
from .words import MASK, read_rules

LANGUAGES = ("en", "de", "es", "fr", "it", "pt", "nl", "zh", "ja")
CJK_LANGUAGES = ("zh", "ja")

Rules = list[tuple[str | None, str]]


def _latin(*fragments: str) -> str:
    """Whole-word alternatives: a space in a fragment is any run of white space."""
    return "|".join(r"(?<!\w)(?:" + f.replace(" ", r"\s+") + r")(?!\w)" for f in fragments)


def _cjk(*fragments: str) -> str:
    return "|".join(fragments)


def _cjk_words(words: str) -> str:
    """Chinese or Japanese fragments matched anywhere, written separated by spaces."""
    return _cjk(*words.split())


# ---------------------------------------------------------------------------------------------
# Poses. Per language: false friends first (value None), then the poses; a longer phrase comes
# before the single words it contains ("went to bed" is sleep before "went" is walk).

# English: things that are not the character, doing what a character does ("the wind ran", "the
# road climbed", "tears ran down", "the castle stood", "there stood an old mill").
_EN_THINGS = (r"wind|breeze|gust|river|stream|brook|creek|waters?|road|path|track|trail|lane|street|time|clock"
              r"|hours?|days?|weeks?|years?|tears?|news|rumou?rs?|blood|shivers?|chill|heart|mind|thoughts?|pulse"
              r"|car|train|bus|truck|lorry|ship|boat|engine|machine|ball|fog|mist|smoke|sun|moon|light|shadows?"
              r"|prices?|house|tower|castle|church|tree|oak|building|cottage|hut|mill|statue|village|town|city"
              r"|valley|island|lake|mountain|hill|bridge|wall|fence|gate|door|table|chair|bottle|cup|box|book|letter"
              r"|key|treasure|answer|truth|problem|secret|danger|difference|spring|summer|autumn|winter|night"
              r"|morning|evening|dawn|storm|rain|snow|clouds?|sea|ocean|fire|flames?|lamp|candle|plants?|flowers?"
              r"|grass|fields?|spirits|mood|temperature|fever|noise|music|song|sound|film|movie|story|queue|ladder"
              r"|rope|vines?|ivy|paint|ink|colou?rs?|nose|eyes|gaze|sweat|smell|scent|wave|waves|curtain|flag|banner"
              r"|snowman|scarecrow|lighthouse|windmill|tent|signpost|lantern|basket|bucket|boots?|shoes?|coat|hat")
_EN_THING_VERBS = (r"stood|stands|standing|lay|lies|lying|ran|runs|running|raced|races|racing|rushed|rushes|rushing"
                   r"|climbed|climbs|climbing|jumped|jumps|leapt|leaped|leaps|sat|sits|sitting|came|comes|coming"
                   r"|went|goes|walked|walks|stopped|stops|waited|bounced|bounces|lifted|lifts|rose|hopped|hops"
                   r"|wandered|wanders|marched|crept|creeps|dashed|fled|pointed|points|held|holds|carried|carries"
                   r"|waved|waves|waving|slept|sleeps|sank|fell|hung|knelt|crouched|stepped|hurried|followed|led")

_POSE_RULES: dict[str, Rules] = {
    "en": [
        (None, _latin(rf"(?:{_EN_THINGS})(?: \w+ly)?(?: (?:was|were|is|are|has|had|had been|has been|kept|began to"
                      rf"|started to))? (?:{_EN_THING_VERBS})",
                      rf"(?:stood|stands|lay|lies|sat|sits|rose|hung) (?:a|an|the)(?: \w+){{0,2}} (?:{_EN_THINGS})")),
        # a gesture named as a noun, before "wave" the sea is masked
        ("wave", _latin(r"gave (?:\w+ )?an? (?:\w+ )?wave", r"with a (?:\w+ )?wave of (?:his|her|their|its|a) hand")),
        (None, _latin(
            # the sea's waves, a wave of feeling
            r"(?:the|a|an|big|huge|giant|great|tall|gentle|small|little|high|white|ocean|sea|blue|grey|gray|green"
            r"|dark|crashing|rolling|heat|sound|shock|radio|brain|tidal|cold|foaming|foamy|icy|angry|wild|stormy"
            r"|its) waves?",
            r"waves? (?:of|after|crashed|crash|crashing|rolled|roll|broke|break|lapped|lap|splashed|splash|washed"
            r"|wash|rose|hit|pounded|pound|swept|sweep|carried|tossed)", r"microwaves?",
            r"(?:flags?|grass|branches|trees|banners?|corn|wheat|leaves|fields?|palms?|reeds?) (?:waved|waving|waves)",
            # "point" as a noun
            r"(?:at|to|from|on|up to|beyond|by|reached) (?:that|this|the|some|one|which|what|any|a) point",
            r"(?:the|a|no|main|turning|boiling|freezing|high|low|starting|meeting|vantage|good|whole) points?",
            r"points? of", r"(?:a|an|the|his|her|their|its|long|sharp|very) pointed", r"point(?:ed|s)? out that",
            # "stand" as a noun or as "bear"
            r"(?:a|the|market|fruit|flower|vegetable|music|news|taxi|lemonade|coat|hat|tv|night|cake|bandstand"
            r"|hot[- ]dog|ice[- ]cream) stands?", r"stand(?:s|ing)? (?:for|out)", r"stood (?:for|out)",
            r"(?:could|can|couldn't|can't|cannot|could not|can not) (?:\w+ )?stand(?! (?:up|still))",
            r"standing ovation", r"long[- ]standing", r"free[- ]standing",
            # "lie" = to tell an untruth
            r"(?:told|tell|tells|telling|a|the|big|white|another|no|that|this|his|her|their|your|my|our|such) lies?",
            r"lies? (?:to|about)", r"lying (?:to|about)", r"lied", r"liars?",
            r"lay (?:eggs?|the table|a trap|siege|claim|(?:his|her|their) (?:hands?|eyes) on)",
            r"(?:to|and) lay (?:the|a|an|his|her|their|it|them)", r"lay (?:ahead|before (?:him|her|them|us|me))",
            # running a shop, running out of milk, running water, dashed hopes
            r"r[au]n(?:s|ning)? out of(?! (?:the|a|an|his|her|their|its|our|my|your|this|that) )",
            r"r[au]n(?:s|ning)? (?:a|an|the|his|her|their) (?:\w+ )?(?:shop|store|business|bakery|farm|inn|company"
            r"|restaurant|hotel|bath|school|tavern|household|factory|mill|hospital|library|country|kingdom|errands?)",
            r"r[au]n(?:s|ning)? (?:his|her|their|a|my) (?:hands?|fingers?|eyes?|tongue|comb|brush)",
            r"run(?:s|ning)? errands", r"in the long run", r"running (?:water|nose|tap|costs?|total|joke|late|low)",
            r"dashed (?:hopes?|dreams?)", r"charged (?:with|the|a|an|his|her|their)", r"in charge",
            r"bolted (?:the|a) (?:door|gate|window|shutters?)",
            # went/came/going in senses that are no walk
            r"went (?:quiet|silent|pale|red|white|still|dark|wrong|mad|crazy|missing|unnoticed|off|by|out|on"
            r"|through (?:a|hard|difficult|tough|\w+ times?)|without)", r"goes without saying",
            r"how (?:it|things) (?:go|goes|went)",
            r"came (?:true|to life|to mind|to an end|to a (?:stop|halt|decision|conclusion)|to terms|up with|across"
            r"|apart|undone|loose|alive|of age|from)", r"came to(?=[.,!?]| again)",
            r"(?:it|that|this|there) (?:came|comes)",
            r"(?:am|is|are|was|were|be|being|been|'s|'re|'m|not|n't) going to(?! (?:the|a|an|his|her|their|my|our"
            r"|your|school|church|bed|sleep|market|town|work|hospital)(?!\w))",
            # "march" the month, "step(s)" and "lift" as nouns, ships' holds
            r"(?:in|of|since|until|till|by|early|late|last|next|this|every|on|from) March", r"March \d+",
            r"(?:the|stone|front|back|wooden|porch|church|temple|narrow|steep|next|first|last|these|those|its) steps?",
            r"(?:the|a|ski) lift", r"(?:the|a|ship's) hold",
            # giving up, giving a shout; holding a party or one's breath; carrying on
            r"gave (?:up|in|way|birth)", r"give(?:s|n)? (?:up|in|way|birth)", r"giving (?:up|in|way|birth)",
            r"gave (?:\w+ )?(?:a|an) (?:\w+ )?(?:shout|cry|scream|yell|sigh|smile|grin|laugh|nod|look|glance|shrug"
            r"|speech|lecture|talk|party|grunt|gasp|yawn|groan|moan|start|wink|bow|cough|whistle|kick|push|kiss"
            r"|signal|sign|answer|reply|order|name|lesson|warning|reason|chance|idea|hint)",
            r"(?:gave|gives|give) (?:him|her|them|me|us|it) (?:an? )?(?:idea|advice|permission|courage|hope|strength"
            r"|time|chance|fright|scare|shock|headache)",
            r"held (?:his|her|their|its|my|our|your) breath",
            r"hold(?:s|ing)? (?:his|her|their|its|my|our|your) breath",
            r"h[eo]ld(?:s|ing)? (?:a|an|the) (?:\w+ )?(?:party|meeting|feast|contest|race|competition|wedding"
            r"|celebration|ceremony|festival|funeral|election|vote|trial|concert|fair|market)",
            r"(?:carried|carry|carries|carrying) (?:on|away|out)",
            r"(?:held|hold|holds|holding) (?:on|back|true|still)",
            r"(?:was|were|is|are|been|being|got|get|gets|getting) (?:\w+ )?(?:held|carried|lifted|picked up|given"
            r"|handed|offered|grabbed|hugged|chased|picked|led|followed)",
            r"jump(?:ed|s|ing)? (?:at the (?:chance|opportunity|offer)|to conclusions|the queue)", r"leap years?",
            r"hip[- ]hop", r"hop(?:ped|s)? (?:on|onto|into) (?:the|a) (?:bus|train|tram|bike|car)",
            r"sleeping (?:bag|pill|beauty)s?", r"(?:sitting|waiting|living|standing) room", r"sit-in",
            r"fell (?:ill|sick|in love|silent|quiet|apart|behind|short)")),
        ("lie", _latin(r"(?:climbed|climbs|got|gets|crawled|crept) (?:back )?into (?:his |her |their |the )?bed")),
        ("climb", _latin(r"(?:went|goes|walked|walks|came|comes|crept|tiptoed|hurried|stomped|made (?:his|her|their"
                         r"|its) way) up (?:the|a|some|an) (?:\w+ )?(?:stairs|staircase|steps|ladder|rope|tree"
                         r"|rocks?|cliff|wall)",
                         r"(?:went|goes|walked|came|crept|tiptoed|hurried) upstairs")),
        ("sleep", _latin(r"(?:went|goes|go|going|gone|sent) (?:back )?to (?:sleep|bed)",
                         r"fell asleep|falls asleep|falling asleep", r"(?:lay|lies|lying) (?:\w+ )?asleep",
                         r"took a nap")),
        ("kneel", _latin(r"(?:got|gets|fell|falls|dropped|drops|sank|sinks|went|goes) (?:down )?(?:on|to) (?:his|her"
                         r"|their|its|one|both|my|our|your) knees?",
                         r"on (?:his|her|their|its|one|both|my|our|your) knees?")),
        ("run", _latin(r"came (?:running|racing|rushing|dashing)", r"gave chase", r"took off running",
                       r"ran|runs|running|run|raced|races|racing|rushed|rushes|rushing|dashed|dashes|dashing"
                       r"|sprinted|sprints|sprinting|sprint|fled|flees|fleeing|flee|chased|chases|chasing|galloped"
                       r"|gallops|galloping|gallop|darted|darts|darting|scurried|scurries|scurrying|scampered"
                       r"|scampers|scampering|bolted|hurtled|charged|jogged|jogs|jogging|jog",
                       r"(?:to|n't|not|did|would|could|can|will|must) chase")),
        ("stand", _latin(r"(?:got|gets|getting|get|rose|rises|jumped|sprang|struggled|scrambled) to (?:his|her|their"
                         r"|its|my|our|your) feet",
                         r"rose (?:from|up)", r"(?:got|gets|getting|get) up")),
        ("wave", _latin(r"waved|waving",
                        r"waves? (?:goodbye|good-bye|hello|farewell|at|to|back|his|her|their|a|its|both|the|them)",
                        r"(?:to|n't|not|did|would|could|can|will|must) wave")),
        ("point", _latin(r"pointed|pointing",
                         r"points? (?:at|to|towards?|up|down|out|ahead|across|with|into|straight|back|over)")),
        ("sleep", _latin(r"asleep|slept|sleeps|sleeping|sleep|napped|napping|naps|dozed|dozes|dozing|doze|snored"
                         r"|snores|snoring|slumbered|slumbering")),
        ("lie", _latin(r"lay down|lies down|lying down|lie down|lain|stretched out|sprawled",
                       r"lay|lying",
                       r"lies? (?:on|in|under|beside|by|among|awake|still|flat|back|there|curled|quietly|motionless"
                       r"|face|in bed)")),
        ("sit", _latin(r"sat|sits|sitting|sit|seated|took a seat|perched|perches|perching"
                       r"|rowed|rows|rowing|paddled|paddling|pedalled|pedaled|pedalling|pedaling|cycled|rode")),
        ("kneel", _latin(r"knelt|kneeled|kneels|kneeling|kneel|crouched|crouches|crouching|crouch|(?:bent|bends"
                         r"|bending|bend) (?:down|over|low)|squatted|squats|squatting|squat|stooped|stoops|stooping"
                         r"|stoop|hunkered down")),
        ("jump", _latin(r"jumped|jumps|jumping|jump|leapt|leaped|leaps|leaping|leap|hopped|hops|hopping|hop|bounced"
                        r"|bounces|bouncing|bounce|sprang|springs up|vaulted")),
        ("climb", _latin(r"climbed|climbs|climbing|climb|clambered|clambers|clambering|clamber|scrambled up"
                         r"|scrambles up|scaled")),
        ("hold", _latin(r"held|holds|holding|hold|carried|carries|carrying|carry|lifted|lifts|lifting|lift",
                        r"(?:picked|picks|picking|pick) up", r"(?:picked|picks|picking) (?:\w+ ){1,3}up",
                        r"gave|gives|giving|give|handed|hands (?:him|her|them|me|us|it|over)",
                        r"offered|offers|offering|grabbed|grabs|grabbing|grab|clutched|clutches|clutching|clutch"
                        r"|gripped|grips|gripping|grasped|grasps|grasping|hugged|hugs|hugging|hug|cuddled|cuddling"
                        r"|cradled|cradles|cradling|embraced|embracing|took hold")),
        ("stand", _latin(r"stood|standing",
                         r"stands? (?:up|still|there|here|alone|in|on|at|by|near|beside|before|behind|outside|inside"
                         r"|under|next|guard|tall|straight|frozen|watching|looking|waiting|aside|back|together|and"
                         r"|motionless|quietly|silently|upright)",
                         r"(?:to|n't|not|did|would|could|can|will|must|let's) stand",
                         r"waited|waits|waiting|wait (?:for|there|here|outside|inside|at|by|in)|stopped|stops"
                         r"|stopping|halted|halts")),
        ("walk", _latin(r"walked|walks|walking|walk|went|goes|going|came|comes|coming|stepped|stepping|steps? (?:on"
                        r"|onto|into|inside|out|outside|forward|forwards|back|backward|aside|in|off|over|up|down"
                        r"|away|through|across|closer)",
                        r"took (?:a|a few|some|two|three|one|several) (?:\w+ )?steps?",
                        r"wandered|wanders|wandering|wander|strolled|strolls|strolling|stroll|marched|marches"
                        r"|marching|(?:to|n't|not|did|would|could|can|will|must) march|hurried|hurries|hurrying"
                        r"|hurry|trudged|trudges|trudging|trudge|tiptoed|tiptoes|tiptoeing|crept|creeps|creeping"
                        r"|creep|sneaked|snuck|sneaks|sneaking|limped|limps|limping|paced|pacing|roamed|roams"
                        r"|roaming|roam|ambled|ambles|ambling|strode|strides|striding|stomped|stomping|trotted|trots"
                        r"|trotting|waddled|waddling|plodded|plodding",
                        r"headed (?:for|to|toward|towards|home|back|off|out|into|down|up|over|across|along)",
                        r"set (?:off|out)", r"made (?:his|her|their|its|my|our|your) way")),
    ],
    "de": [
        (None, _latin(
            # things that stand, lie, run ("Das Haus stand", "lag ein Dorf", "die Zeit lief")
            r"\w*(?:haus|hütte|schloss|burg|turm|kirche|baum|eiche|tanne|dorf|stadt|mühle|tisch|stuhl|tür|tor|mauer"
            r"|wand|brücke|auto|wagen|zug|bus|schiff|boot|fluss|bach|wasser|weg|straße|pfad|zeit|uhr|wind|sonne|mond"
            r"|nebel|rauch|schnee|regen|wolken?|brief|buch|schlüssel|schatz|korb|kiste|flasche|tasse|lampe|kerze"
            r"|stein|felsen|berg|hügel|tal|see|meer|herz|schauer|tränen|blut|film|motor|nase|ball|preis|stille|laub"
            r"|winter|sommer|frühling|herbst|nacht|abend) (?:stand|standen|steht|stehen|lag|lagen|liegt|liegen|lief"
            r"|liefen|läuft|saß|kam|kamen|kommt|ging|geht|stieg|sprang|hielt|rannte|raste|sauste)",
            r"(?:stand|standen|steht|lag|lagen|liegt|saß|lief|läuft|kam|stieg|hing) (?:der|die|das|ein|eine|einem"
            r"|den)(?: \w+)? \w*(?:haus|hütte|schloss|burg|turm|kirche|baum|eiche|tanne|dorf|stadt|mühle|tisch"
            r"|brücke|fluss|bach|wasser|weg|straße|zeit|uhr|wind|sonne|mond|nebel|rauch|schnee|regen|stille|laub"
            r"|brief|buch|schatz|stein|felsen|berg|hügel|tal|see|schauer|tränen|zug|bus|schiff|boot|winter|sommer"
            r"|frühling|herbst|nacht|abend|morgen|tag)",
            # wore (clothes), not carried
            r"(?:trug|trugen|trägt|tragen|getragen)\w* (?:\w+ ){0,3}\w*(?:kleid|hut|mantel|jacke|schuhe?|stiefel"
            r"|hose|brille|mütze|schal|rock|hemd|pullover|pulli|uniform|krone|schürze|handschuhe?|umhang|kapuze"
            r"|haare?|bart|zöpfe|zopf|ring|kette|anzug|gewand|tracht|maske|helm|namen|kleidung|socken)\w*",
            r"trug\w* (?:\w+ ){0,3}bei(?!\w)",
            # "es geht", "es gab", "es lag daran", held for, held one's breath, "der Stand"
            r"(?:es|wie|das|so) (?:geht|ging|gab|gibt|lag|liegt|stand|steht|kam|kommt|lief|läuft|reichte)",
            r"(?:geht|ging|gab|lag|stand|steht|kam|lief) es", r"geht um", r"ging um",
            r"ging (?:\w+ )?(?:los|verloren|kaputt|schief|zu Ende|vorbei)",
            r"lief (?:\w+ )?(?:gut|schief|schlecht|glatt)",
            r"lief (?:ihm|ihr|ihnen|mir) (?:\w+ ){0,3}(?:Rücken|kalt)",
            r"lag (?:\w+ )?(?:daran|auf der Hand|am Herzen)",
            r"liegen (?:ge)?lassen|liegen ließ", r"stand (?:\w+ ){0,3}(?:geschrieben|bevor|fest|im Weg)",
            r"steht (?:\w+ ){0,2}(?:geschrieben|fest|bevor)",
            r"(?:der|den|dem|des|einem|einen|ein|am|im|vom|zum|beim) Stand",
            r"hielt\w* (?:\w+ ){0,3}für", r"hielt\w* (?:\w+ ){0,2}(?:den Atem|die Luft) an",
            r"hielt\w* (?:\w+ )?(?:Wort|eine Rede)",
            r"gab (?:\w+ ){0,2}(?:auf|nach|zu|Acht|acht|Antwort|Bescheid|Laut|Ruhe|Gas)(?!\w)",
            r"gab (?:\w+ )?(?:einen|ein) (?:\w+ )?(?:Schrei|Seufzer|Laut|Tritt|Stoß|Zeichen|Befehl)",
            r"zeigte\w* sich", r"stellte\w* sich (?:\w+ ){0,3}(?:vor|heraus)(?!\w)",
            r"setzte\w* sich (?:\w+ )?(?:durch|zur Wehr|ein)(?!\w)",
            r"(?:ein|der|einen|den|dem) Floh", r"(?:legte|legt) sich (?:der|die|das) (?:Wind|Sturm|Nebel|Aufregung)")),
        ("walk", _latin(r"setzte\w* sich (?:\w+ )?in Bewegung", r"sich (?:\w+ )?in Bewegung (?:setzen|setzte|gesetzt)",
                        r"machte\w* sich (?:\w+ )?auf den Weg")),
        ("sleep", _latin(r"(?:ging|gingen|geht|gehen|gegangen) (?:\w+ ){0,3}(?:schlafen|ins Bett|zu Bett)",
                         r"schlafen (?:ging|gingen|gehen|gegangen)")),
        ("kneel", _latin(r"(?:ging|gingen|fiel|fielen|sank|sanken|sackte) (?:\w+ )?(?:in die|auf die) (?:Knie|Hocke)")),
        ("climb", _latin(r"(?:stieg|stiegen|steigt|kletterte|kletterten)\w* (?:\w+ ){0,5}(?:hinauf|herauf|hoch|empor"
                         r"|nach oben)(?!\w)",
                         r"(?:ging|gingen|geht) (?:\w+ ){0,2}(?:Treppe|Treppen|Stufen|Leiter|Stiege)\w* (?:hinauf"
                         r"|hoch|herauf|nach oben)",
                         r"(?:stieg|stiegen|steigt) (?:auf )?(?:den|die|das|eine|einen) (?:\w+ )?(?:Baum|Leiter"
                         r"|Treppe|Treppen|Stufen|Berg|Turm|Mauer|Dach|Felsen|Hügel)\w*",
                         r"hinaufgestiegen|hochgestiegen|hinaufsteigen|hinaufstieg\w*|emporgestiegen")),
        ("stand", _latin(r"hielt\w* (?:\w+ ){0,2}(?:an|inne)(?=\s*[.,;:!?]|\s*$|\s+und)", r"hielt Wache",
                         r"blieb\w* (?:\w+ ){0,2}stehen", r"stehen ?geblieben",
                         r"(?:stand|standen|steht) (?:\w+ ){0,3}auf(?!\w)", r"erhob\w* sich")),
        ("run", _latin(r"renn\w*|rannte\w*|gerannt|lief|liefen|liefst|läuft|laufen|laufend\w*|gelaufen|davongelaufen"
                       r"|weggelaufen|raste|rasten|flüchtete\w*|flüchtet|geflüchtet|floh|flohen|geflohen|flieht"
                       r"|fliehen|jagte\w*|gejagt|verfolgte\w*|galoppierte\w*|galoppiert|sauste\w*|flitzte\w*"
                       r"|sprintete\w*|spurtete\w*|stürmte\w* (?:\w+ ){0,3}(?:davon|hinaus|heraus|hinein|herein|los"
                       r"|nach)")),
        ("sleep", _latin(r"schlief\w*|schläft|schlafen|schlafend\w*|geschlafen|eingeschlafen|einschlafen|döste\w*"
                         r"|döst|gedöst|schlummerte\w*|schlummert|nickte\w* (?:\w+ )?ein|Nickerchen")),
        ("lie", _latin(r"lag|lagen|lagst|liegt|liegen|liegend\w*|(?:legte|legten|legt) (?:\w+ )?sich|hingelegt"
                       r"|hinlegen|ausgestreckt")),
        ("sit", _latin(r"saß\w*|sass|sassen|sitzt|sitzen|sitzend\w*|gesessen|(?:setzte|setzten|setzt) (?:\w+ )?sich"
                       r"|sich (?:\w+ ){0,3}(?:hin)?(?:ge)?setz(?:en|te|ten|t)|hinsetzen|hingesetzt|niedergesetzt"
                       r"|nahm\w* Platz|Platz genommen")),
        ("kneel", _latin(r"kniete\w*|kniet|knien|kniend\w*|gekniet|hockte\w*|hockt|hocken|gehockt|in der Hocke"
                         r"|(?:duckte|duckten|duckt|bückte|bückten|bückt) (?:\w+ )?sich|kauerte\w*|kauert"
                         r"|beugte\w* sich (?:\w+ ){0,2}(?:hinunter|herunter|nieder|vor|über)")),
        ("jump", _latin(r"sprang\w*|springt|springen|gesprungen|springend\w*|hüpfte\w*|hüpft|hüpfen|gehüpft"
                        r"|hüpfend\w*|hopste\w*|einen Sprung|einen Satz")),
        ("climb", _latin(r"kletterte\w*|klettert|klettern|geklettert|kletternd\w*|kraxelte\w*|erklomm\w*|erklimmt")),
        ("point", _latin(r"(?:zeigte|zeigten|zeigt|zeigen|gezeigt|zeigend|deutete|deuteten|deutet|deuten"
                         r"|gedeutet) (?:\w+ ){0,3}(?:auf|nach|in Richtung|hinauf|hinüber|dorthin|darauf"
                         r"|dahin)(?!\w)",
                         r"mit dem (?:Zeige)?finger")),
        ("hold", _latin(r"hielt\w*|hält|halten|gehalten|haltend\w*|trug|trugen|trägt|tragen|getragen|tragend\w*"
                        r"|hob\w* (?:\w+ ){0,3}(?:hoch|auf)(?!\w)|hochgehoben|hochheben|aufgehoben|umarmte\w*|umarmt"
                        r"|drückte\w* (?:\w+ ){0,3}an sich|nahm\w* (?:\w+ ){0,3}(?:in den Arm|in die Arme"
                        r"|auf den Arm|in die Hand)|packte\w*|ergriff\w*|griff\w* nach|schnappte\w* sich|reichte\w*"
                        r"|überreichte\w*|gab|gaben|schenkte\w*")),
        ("wave", _latin(r"winkte\w*|winkt|winken|gewinkt|winkend\w*|zuwinkte\w*|zuwinken")),
        ("stand", _latin(r"stand|standen|steht|stehen|stehend\w*|gestanden|aufgestanden|aufstehen|stellte\w* sich"
                         r"|wartete\w*|wartet|warten|gewartet|wartend\w*|hielt\w* an|blieb\w* stehen")),
        ("walk", _latin(r"ging|gingen|gingst|geht|gehen|gegangen|gehend\w*|spazier\w*|wanderte\w*|wandert|wandern"
                        r"|gewandert|schlenderte\w*|schlendert|marschierte\w*|marschiert|kam|kamen|kommt|kommen"
                        r"|gekommen|schlich\w*|stapfte\w*|eilte\w*|eilt|geeilt|humpelte\w*|schritt|schritten"
                        r"|trottete\w*|trat\w* (?:\w+ ){0,3}(?:ein|hinaus|heraus|vor|zurück|näher|herein|hinein"
                        r"|durch|hervor)(?!\w)")),
    ],
    "es": [
        (None, _latin(
            r"(?:el|la|los|las|un|una) (?:río|arroyo|agua|viento|tiempo|camino|sendero|sol|luna|niebla|humo|coche"
            r"|tren|autobús|barco|reloj|rumor|noticia|sangre|lágrimas?|escalofrío|corazón|castillo|casa|torre|árbol"
            r"|pueblo|aldea|ciudad|puente|precio|temperatura|fiebre|carta|libro|llave|tesoro|ola|olas) (?:corría"
            r"|corrió|corre|corren|subía|subió|sube|se levantó|se levantaba|se detuvo|esperaba|estaba de pie|saltó"
            r"|saltaba|pasó|pasaba|llegó|llegaba|caminaba|andaba)",
            r"(?:corría|corre|corrió|subía|subió|se alzaba|se levantaba) (?:el|la|un|una) (?:río|arroyo|agua|viento"
            r"|tiempo|sol|luna|niebla|humo|rumor|castillo|torre|casa|precio|año)",
            r"corr\w+ (?:el|un) (?:año|rumor|riesgo)", r"esper\w+ que",
            r"llev\w+ (?:\w+ )?(?:años|meses|días|horas|semanas|tiempo|rato|minutos)",
            r"(?:llevaba|llevaban|llevó|lleva|vestía|usaba)(?: \w+){0,3} (?:vestido|sombrero|abrigo|chaqueta|zapatos"
            r"|botas|pantalones|gafas|lentes|gorra|gorro|bufanda|falda|camisa|camiseta|jersey|suéter|uniforme|corona"
            r"|delantal|guantes|capa|capucha|pelo|cabello|barba|trenzas|collar|anillo|traje|máscara|casco|ropa"
            r"|vaqueros|medias|calcetines|sandalias|pañuelo|velo|bigote|pendientes|reloj|nombre)\w*",
            r"and\w+ (?:muy |tan )?(?:triste|feliz|contento|contenta|preocupad\w|cansad\w|ocupad\w|perdid\w)",
            r"se sent(?:ía|ían|ir|irá|ió|ía)", r"dio (?:un|una) (?:grito|suspiro|vuelta|paseo)(?!\w)",
            r"se (?:echó|echaron|echa) a (?:reír|llorar)", r"se (?:fue|iba|va) a (?:vivir|estudiar)",
            r"saltó a la vista", r"(?:el|al|del) salto")),
        ("sleep", _latin(r"se (?:fue|iba|va|marchó) a (?:dormir|la cama|acostar)", r"(?:una|la) siesta",
                         r"se quedó dormid[oa]")),
        ("climb", _latin(r"(?:subió|subía|subiendo|subir|suben|sube|subieron)(?: \w+){0,2} (?:las escaleras"
                         r"|la escalera|los escalones|al árbol|el árbol|a un árbol|la montaña|la colina|la cuerda"
                         r"|al muro|el muro|a la torre|la torre|al tejado|las rocas|a lo alto)")),
        ("stand", _latin(r"se (?:levantó|levantaba|levanta|levantaron|puso de pie|quedó de pie|paró|detuvo|detenía"
                         r"|detuvieron|quedó quiet[oa])", r"(?:estaba|estaban|está|están|seguía) de pie", r"de pie",
                         r"levantándose", r"erguid[oa]s?")),
        ("walk", _latin(r"a pie")),
        ("jump", _latin(r"(?:dio|pegó) un (?:\w+ )?(?:salto|brinco)")),
        ("wave", _latin(r"(?:saludó|saludaba|saludando|saludar|se despidió|se despedía"
                        r"|despidiéndose)(?: \w+)? con la mano",
                        r"(?:agitó|agitaba|agitando|movió|movía|moviendo|sacudió) (?:la|su) mano")),
        ("run", _latin(r"corrió|corría|corrían|corre|corren|corriendo|correr|corrieron|corrido|huyó|huía|huían"
                       r"|huyeron|huir|huyendo|persiguió|perseguía|persiguiendo|perseguir|persiguieron|galopó"
                       r"|galopaba|galopando|salió disparad[oa]|se precipitó|echó a correr")),
        ("sleep", _latin(r"durmió|dormía|dormían|duerme|duermen|durmiendo|dormir|dormid[oa]s?|durmieron|se durmió"
                         r"|dormitaba|dormitó|roncaba|roncó")),
        ("lie", _latin(r"se (?:acostó|acostaba|acuesta|acostaron|tumbó|tumbaba|tumba|tumbaron|tendió|tendía|echó"
                       r"|echaba)|acostad[oa]s?|tumbad[oa]s?|tendid[oa]s?|acostarse|tumbarse|yacía|yace"
                       r"|echad[oa]s? (?:en|sobre|bajo)")),
        ("sit", _latin(r"se (?:sentó|sentaba|sentaban|sentaron|sienta|sientan)|sentad[oa]s?|sentarse|sentándose"
                       r"|sentarnos|tomó asiento")),
        ("kneel", _latin(r"se (?:arrodilló|arrodillaba|arrodillaron|agachó|agachaba|agacharon|puso en cuclillas"
                         r"|inclinó)|arrodillad[oa]s?|arrodillarse|de rodillas|agachad[oa]s?|en cuclillas")),
        ("jump", _latin(r"saltó|saltaba|saltaban|saltando|saltar|saltaron|brincó|brincaba|brincando|brincar")),
        ("climb", _latin(r"trepó|trepaba|trepando|trepar|treparon|escaló|escalaba|escalando|escalar")),
        ("point", _latin(r"señaló|señalaba|señalando|señalar|señala|señalan|señalaron",
                         r"apunt(?:ó|aba|ando) (?:con el dedo|hacia)")),
        ("hold", _latin(r"sostuvo|sostenía|sosteniendo|sostener|sujetaba|sujetó|sujetando|llevó|llevaba|llevaban"
                        r"|llevando|cargó|cargaba|cargando|cargar|recogió|agarró|agarraba|agarrando|cogió|cogía"
                        r"|entregó|ofreció|regaló|abrazó|abrazaba|abrazando|levantó|alzó|tomó en brazos"
                        r"|dio un abrazo",
                        r"(?:le|les) (?:dio|daba|entregó) (?:un|una|el|la|los|las|su|sus) (?!(?:grito|susto|miedo"
                        r"|beso|vuelta|paseo|salto|golpe|consejo|permiso)(?!\w))\w+")),
        ("stand", _latin(r"esperó|esperaba|esperaban|esperando|aguardaba|aguardó")),
        ("walk", _latin(r"caminó|caminaba|caminaban|camina|caminan|caminando|caminar|caminaron|anduvo|andaba|andaban"
                        r"|andando|andar|paseó|paseaba|paseando|pasear|dio un paseo|dio unos pasos|marchó|marchaba"
                        r"|se (?:dirigió|dirigía|acercó|acercaba|apresuró|apresuraba|alejó|alejaba)|vagó|vagaba"
                        r"|deambulaba|deambuló")),
    ],
    "fr": [
        (None, _latin(
            r"(?:le|la|les|l'|un|une) ?(?:rivière|fleuve|ruisseau|eau|vent|temps|chemin|route|soleil|lune|brouillard"
            r"|fumée|voiture|train|bus|bateau|horloge|rumeur|sang|larmes?|frisson|cœur|château|maison|tour|arbre"
            r"|village|ville|pont|prix|température|fièvre|lettre|livre|clé|trésor|vague|vagues|jour|nuit) (?:courait"
            r"|courut|court|courent|monta|montait|se leva|se levait|s'arrêta|se tenait|sauta|passa|arriva|coulait"
            r"|coula)",
            r"(?:soleil|jour|vent|lune) se lev\w+", r"coucher du soleil|soleil couchant|le coucher",
            r"(?:un|une|le|la|les|très|trop|plus|si|assez|bref|de|du|en) court\w*",
            r"court\w* (?:moment|instant|séjour|temps)",
            r"au courant|le courant|un courant|courant d'air|eau courante",
            r"ça marche|la marche|en marche|marche à suivre",
            r"s'attend\w*", r"(?:tenait|tient|tint|tenir|tenaient) (?:à|compte)(?! la main)",
            r"(?:portait|porta|portaient|porte|porter|porté)(?: \w+){0,3} (?:robe|chapeau|manteau|veste|chaussures"
            r"|bottes|pantalon|lunettes|casquette|bonnet|écharpe|jupe|chemise|pull|uniforme|couronne|tablier|gants"
            r"|cape|capuche|cheveux|barbe|tresses|collier|bague|costume|masque|casque|vêtements|nom)\w*",
            r"porta plainte", r"(?:montra|montrait|pointa|pointait) (?:le|son) nez",
            r"donn\w+ (?:sur|un coup|l'ordre|raison|naissance)", r"fit signe (?:de|que) (?:la tête|oui|non)",
            r"se rendit compte", r"(?:un|le|d'un) bond en avant", r"sauter le pas|sauta aux yeux")),
        ("sleep", _latin(r"(?:alla|allait|alla se|va|vont|allèrent|partit) (?:se )?(?:coucher|dormir)", r"au lit",
                         r"fit la sieste|faisait la sieste")),
        ("climb", _latin(r"(?:monta|montait|montant|monter|montèrent|grimpa)(?: \w+){0,2} (?:l'escalier"
                         r"|les escaliers|les marches|à l'échelle|l'échelle|sur l'échelle|à l'arbre|dans l'arbre"
                         r"|sur l'arbre|la colline|la montagne|la corde|sur le mur|sur le toit|au sommet|en haut)")),
        ("stand", _latin(r"se (?:leva|levait|lève|levèrent|tenait|tint|tient|tenaient|redressa|dressa|arrêta"
                         r"|arrêtait|arrêtèrent|arrête)|s'arrêt\w+|debout|resta (?:planté|immobile)")),
        ("wave", _latin(r"(?:fit|faisait|fait|faisant|firent)(?: un)? (?:signe|geste|au revoir"
                        r"|coucou)(?: \w+){0,2} de la main",
                        r"(?:agita|agitait|agitant|agiter|leva|levait) (?:la|sa) main",
                        r"(?:salua|saluait|saluant) de la main", r"(?:fit|faisait|firent) (?:un )?signe",
                        r"fit coucou")),
        ("point", _latin(r"(?:montra|montrait|montrant|montrer|pointa|pointait|pointant|désigna|désignait"
                         r"|désignant)(?: \w+){0,3} du doigt",
                         r"(?:pointa|pointait|pointant)(?: \w+){0,2} (?:vers|sur|en direction)",
                         r"désigna|désignait|désignant")),
        ("kneel", _latin(r"s'agenouill\w+|agenouillé\w*|à genoux|se mit à genoux|s'accroupi\w*|accroupi\w*"
                         r"|se (?:pencha|penchait|baissa|baissait)")),
        ("run", _latin(r"courut|coururent|courait|couraient|court|courent|courir|couru|courue|en courant|accourut"
                       r"|accoururent|accourait|accourir|s'enfuit|s'enfuyait|s'enfuirent|s'enfuir|enfui\w*|fuyait"
                       r"|fuit|fuir|prit la fuite|poursuivit|poursuivait|poursuivant|pourchassait|pourchassa|galopa"
                       r"|galopait|galopant|se (?:précipita|précipitait|précipitèrent|sauva|sauvait|rua)|fila")),
        ("sit", _latin(r"s'assi\w+|s'assey\w+|s'asseoir|assis|assise|assises|prit place|prirent place")),
        ("sleep", _latin(r"dormait|dormaient|dort|dorment|dormir|dormit|dormi|dormant|s'endormi\w*|s'endormai\w*"
                         r"|endormi\w*|sommeillait|somnolait|somnola|ronflait")),
        ("lie", _latin(r"s'allong\w+|allongé\w*|s'étendi\w+|étendu\w*|couché|couchée|couchés|couchées|se (?:coucha"
                       r"|couchait|couchèrent)|gisait")),
        ("jump", _latin(r"sauta|sautait|sautaient|sauter|sautant|sautèrent|bondit|bondissait|bondir|bondissant"
                        r"|sautilla|sautillait|sautillant|fit un bond")),
        ("climb", _latin(r"grimpa|grimpait|grimper|grimpé|grimpant|grimpèrent|escalada|escaladait|escalader|gravit"
                         r"|gravissait")),
        ("hold", _latin(r"tenait|tint|tenir|tient|tenant|tenaient|porta|portait|portaient|porter|portant|souleva"
                        r"|soulevait|ramassa|ramassait|saisit|saisissait|attrapa|attrapait|empoigna|tendit|offrit"
                        r"|donna|serra (?:\w+ ){0,2}dans ses bras|prit (?:\w+ ){0,2}dans ses bras|serrait")),
        ("stand", _latin(r"attendait|attendit|attendaient|attendre|attendant|resta debout")),
        ("walk", _latin(r"marcha|marchait|marchaient|marcher|marchant|marchèrent|se (?:promena|promenait|promener"
                        r"|dirigea|dirigeait|hâta|hâtait|dépêcha|dépêchait|rendit)|promenade|s'approch\w+"
                        r"|s'éloign\w+|alla|allèrent|s'en alla|avança|avançait|flâna|flânait|erra|errait"
                        r"|fit (?:quelques|un|deux) pas")),
    ],
    "it": [
        (None, _latin(
            r"(?:il|lo|la|i|gli|le|l'|un|una) ?(?:fiume|ruscello|acqua|vento|tempo|sentiero|strada|sole|luna|nebbia"
            r"|fumo|auto|treno|autobus|nave|barca|orologio|voce|sangue|lacrime|brivido|cuore|castello|casa|torre"
            r"|albero|villaggio|paese|città|ponte|prezzo|temperatura|febbre|lettera|libro|chiave|tesoro|onda"
            r"|onde) (?:correva|corse|corre|corrono|salì|saliva|si alzò|si alzava|si fermò|aspettava|saltò|passava"
            r"|arrivò)",
            r"(?:sole|vento|luna) si alz\w+",
            r"(?:portava|portavano|portò|indossava)(?: \w+){0,3} (?:vestito|cappello|cappotto|giacca|scarpe|stivali"
            r"|pantaloni|occhiali|berretto|sciarpa|gonna|camicia|maglione|maglia|uniforme|corona|grembiule|guanti"
            r"|mantello|cappuccio|capelli|barba|trecce|collana|anello|abito|maschera|casco|vestiti|nome)\w*",
            r"ci ten\w+", r"(?:andava|andò|andavano|andarono) (?:\w+ )?(?:bene|male|storto)", r"come andava",
            r"(?:il|un|al|del) salto", r"(?:il|un|al|nel|del) corso")),
        ("sleep", _latin(r"(?:andò|andava|andarono|va) a (?:dormire|letto)", r"(?:schiacciò|fece) un pisolino")),
        ("climb", _latin(r"(?:salì|saliva|salendo|salire|salirono)(?: \w+){0,2} (?:le scale|la scala|sulla scala"
                         r"|sull'albero|la collina|la montagna|la torre|i gradini|sul tetto|sul muro|in cima)")),
        ("stand", _latin(r"si (?:alzò|alzava|alza|alzarono|fermò|fermava|ferma|fermarono|drizzò)|alzarsi|alzandosi"
                         r"|in piedi")),
        ("wave", _latin(r"(?:salutò|salutava|salutando|salutare)(?: \w+)? con la mano",
                        r"(?:agitò|agitava|agitando|sventolò|sventolava|sventolando) (?:la|una|il) (?:mano|braccio"
                        r"|fazzoletto)", r"fece ciao")),
        ("kneel", _latin(r"si (?:inginocchiò|inginocchiava|accovacciò|accovacciava|chinò|chinava|abbassò|accucciò)"
                         r"|inginocchiat\w|in ginocchio|accovacciat\w|accucciat\w|chinat\w")),
        ("run", _latin(r"corse|correva|correvano|corre|corrono|correre|correndo|corsero|è corso|è corsa|scappò"
                       r"|scappava|scappare|scappando|scapparono|fuggì|fuggiva|fuggire|fuggendo|fuggirono|inseguì"
                       r"|inseguiva|inseguendo|inseguire|galoppò|galoppava|galoppando|sfrecciò|si precipitò")),
        ("sit", _latin(r"si (?:sedette|sedettero|siede|sedeva|siedono|sedevano|era sedut\w)|sedeva|sedevano"
                       r"|sedut[oaie]|sedersi|sedendosi|sedette|sedettero")),
        ("lie", _latin(r"si (?:sdraiò|sdraiava|distese|stese|coricò|coricava)|sdraiat[oaie]|sdraiarsi|distes[oaie]"
                       r"|giaceva|giacque|coricat[oaie]")),
        ("sleep", _latin(r"dormì|dormiva|dormivano|dorme|dormono|dormire|dormendo|addormentat[oaie]|si addormentò"
                         r"|si addormentava|addormentarsi|sonnecchiava|sonnecchiò|russava")),
        ("jump", _latin(r"saltò|saltava|saltavano|saltare|saltando|saltarono|saltellò|saltellava|saltellando|balzò"
                        r"|balzava|balzando|fece un salto")),
        ("climb", _latin(r"si arrampicò|arrampicava|arrampicarsi|arrampicandosi|arrampicat[oaie]|scalò|scalava"
                         r"|scalare|scalando")),
        ("point", _latin(r"indicò|indicava|indicando|indicare|indicarono|additò|additava|additando",
                         r"puntò il dito|puntava il dito")),
        ("hold", _latin(r"teneva|tenne|tenere|tenendo|tenevano|reggeva|resse|reggendo|portava|portò|portare|portando"
                        r"|portavano|sollevò|sollevava|sollevando|raccolse|raccoglieva|afferrò|afferrava|afferrando"
                        r"|prese in braccio|porse|offrì|consegnò|abbracciò|abbracciava|abbracciando|stringeva")),
        ("stand", _latin(r"aspettava|aspettò|aspettavano|aspettando|aspettare|attendeva|attese|rimase in piedi")),
        ("walk", _latin(r"camminò|camminava|camminavano|cammina|camminare|camminando|passeggiò|passeggiava"
                        r"|passeggiare|passeggiando|fece una passeggiata|andò|andava|andarono|andavano|se ne andò"
                        r"|si (?:avviò|avviava|diresse|dirigeva|avvicinò|avvicinava|affrettò|affrettava|allontanò)"
                        r"|marciò|marciava|vagava|vagò|girovagava|fece (?:qualche|due|un) pass\w")),
    ],
    "pt": [
        (None, _latin(
            r"(?:o|a|os|as|um|uma) (?:rio|riacho|água|vento|tempo|caminho|estrada|sol|lua|névoa|fumaça|fumo|carro"
            r"|trem|comboio|ônibus|autocarro|barco|navio|relógio|boato|sangue|lágrimas?|arrepio|coração|castelo|casa"
            r"|torre|árvore|aldeia|vila|cidade|ponte|preço|temperatura|febre|carta|livro|chave|tesouro|onda"
            r"|ondas) (?:corria|correu|corre|correm|subia|subiu|se levantou|levantou-se|parou|esperava|pulou|saltou"
            r"|passou|passava|chegou|andava)",
            r"(?:primeiro|segundo|terceiro|quarto|último|de cima|de baixo|no|do|um|o) andar",
            r"esper\w+ que", r"lev\w+ (?:\w+ )?(?:anos|meses|dias|horas|semanas|tempo|minutos)",
            r"(?:levava|levavam|usava|usavam|vestia|vestiam)(?: \w+){0,3} (?:vestido|chapéu|casaco|jaqueta|sapatos"
            r"|botas|calças?|óculos|boné|gorro|cachecol|saia|camisa|camiseta|suéter|uniforme|coroa|avental|luvas"
            r"|capa|capuz|cabelo|barba|tranças|colar|anel|terno|máscara|capacete|roupas?|nome)\w*",
            r"and\w+ (?:muito |tão )?(?:triste|feliz|contente|preocupad\w|cansad\w|ocupad\w|perdid\w)",
            r"sent(?:iu|ia|iam|ir)-se|se sent(?:iu|ia|iam|ir)", r"pegou no sono", r"(?:o|um|no|do) (?:pulo|salto)",
            )),
        ("sleep", _latin(r"pegou no sono|(?:foi|ia|vai|foram) (?:\w+ )?(?:dormir|para a cama|deitar-se|se deitar)")),
        ("climb", _latin(r"(?:subiu|subia|subindo|subir|subiram|sobe)(?: \w+){0,2} (?:a escada|as escadas|os degraus"
                         r"|na árvore|a árvore|numa árvore|no telhado|no muro|a montanha|a colina|a corda|a torre"
                         r"|ao topo)")),
        ("stand", _latin(r"levantou-se|levantava-se|levantaram-se|se (?:levantou|levantava|levantaram)|de pé|em pé"
                         r"|ficou de pé|pôs-se de pé|parou|parava|pararam|deteve-se|se deteve")),
        ("jump", _latin(r"deu um (?:\w+ )?(?:pulo|salto)")),
        ("wave", _latin(r"acenou|acenava|acenando|acenar|acenaram", r"(?:abanou|abanava|agitou|agitava) a mão")),
        ("kneel", _latin(r"ajoelhou-se|se ajoelhou|ajoelhava-se|ajoelhad[oa]s?|ajoelhar-se|de joelhos|agachou-se"
                         r"|se agachou|agachad[oa]s?|abaixou-se|se abaixou|de cócoras|curvou-se|se curvou")),
        ("run", _latin(r"correu|corria|corriam|corre|correm|correram|correr|correndo|fugiu|fugia|fugiam|fugir"
                       r"|fugindo|fugiram|perseguiu|perseguia|perseguindo|perseguir|galopou|galopava|galopando"
                       r"|disparou a correr|saiu correndo|saiu a correr")),
        ("sit", _latin(r"sent(?:ou|ava|avam|aram)-se|se sent(?:ou|ava|avam|aram|a)|sentad[oa]s?|sentar-se|sentar"
                       r"|sentando(?:-se)?")),
        ("lie", _latin(r"deit(?:ou|ava|avam|aram)-se|se deit(?:ou|ava|avam|aram|a)|deitad[oa]s?|deitar-se"
                       r"|estendid[oa] (?:no|na|sobre)|jazia")),
        ("sleep", _latin(r"dormiu|dormia|dormiam|dorme|dormem|dormir|dormindo|dormiram|adormeceu|adormecid[oa]s?"
                         r"|adormecia|cochilou|cochilava|cochilando|ressonava|roncava")),
        ("jump", _latin(r"pulou|pulava|pulavam|pulando|pular|pularam|saltou|saltava|saltando|saltar|saltaram"
                        r"|saltitou|saltitava|saltitando")),
        ("climb", _latin(r"escalou|escalava|escalar|escalando|trepou|trepava|trepar|trepando")),
        ("point", _latin(r"apontou|apontava|apontando|apontar|apontaram")),
        ("hold", _latin(r"segurou|segurava|seguravam|segurando|segurar|carregou|carregava|carregavam|carregando"
                        r"|carregar|levava|levavam|levou|levantou|ergueu|erguia|pegou|pegava|pegando|agarrou"
                        r"|agarrava|apanhou|entregou|ofereceu|abraçou|abraçava|abraçando")),
        ("stand", _latin(r"esperou|esperava|esperavam|esperando|aguardava|aguardou")),
        ("walk", _latin(r"caminhou|caminhava|caminhavam|caminha|caminhar|caminhando|caminharam|andou|andava|andavam"
                        r"|andar|andando|passeou|passeava|passear|passeando|deu um passeio|marchou|marchava|vagou"
                        r"|vagava|dirigiu-se|se dirigiu|aproximou-se|se aproximou|apressou-se|se apressou|afastou-se")),
    ],
    "nl": [
        (None, _latin(
            r"(?:de|het|een) (?:rivier|beek|water|wind|tijd|weg|pad|straat|zon|maan|mist|rook|auto|trein|bus|boot"
            r"|schip|klok|gerucht|bloed|tranen|rilling|hart|kasteel|huis|toren|boom|dorp|stad|brug|prijs|temperatuur"
            r"|koorts|brief|boek|sleutel|schat|golf|golven) (?:stond|stonden|staat|lag|lagen|ligt|liep|liepen|loopt"
            r"|rende|kwam|ging|steeg|sprong|hield)",
            r"(?:stond|staat|lag|ligt|liep|kwam) (?:er )?(?:een|de|het) (?:\w+ )?(?:rivier|beek|water|wind|weg|pad"
            r"|zon|maan|mist|rook|kasteel|huis|toren|boom|dorp|stad|brug|brief|boek|schat|sneeuw|stilte|bus|trein"
            r"|auto|boot|winter|zomer|lente|herfst|nacht|avond|dag|ochtend)",
            r"(?:droeg|droegen|draagt|dragen)(?: \w+){0,3} \w*(?:jurk|hoed|jas|jasje|schoenen|laarzen|broek|bril|pet"
            r"|muts|sjaal|rok|hemd|trui|uniform|kroon|schort|handschoenen|cape|capuchon|haar|haren|baard|vlechten"
            r"|ketting|ring|pak|masker|helm|kleren|kleding|naam)\w*",
            r"(?:het|er) (?:ging|gaat|lag|ligt|stond|staat|kwam|liep)", r"ging (?:\w+ )?(?:goed|slecht|mis|over)(?!\w)",
            r"(?:hield|hielden|houdt|houden|hou) van", r"hield\w* (?:\w+ )?(?:op|rekening)(?!\w)",
            r"zat (?:\w+ ){0,2}(?:vol|vast|in de problemen|erop)(?!\w)",
            r"lag (?:\w+ )?(?:aan|eraan|voor de hand)(?!\w)",
            r"gaf (?:\w+ )?(?:op|niet|toe)(?!\w)", r"gaf (?:\w+ )?(?:een|de) (?:gil|schreeuw|zucht|knipoog|antwoord)",
            r"(?:stond|staat) (?:\w+ )?bekend", r"het stormde", r"(?:de|een) sprong (?:voorwaarts)")),
        ("sit", _latin(r"(?:ging|gingen|gaat) (?:\w+ ){0,3}zitten")),
        ("lie", _latin(r"(?:ging|gingen|gaat) (?:\w+ ){0,3}liggen")),
        ("sleep", _latin(r"(?:ging|gingen|gaat) (?:\w+ ){0,2}(?:slapen|naar bed)", r"in slaap")),
        ("climb", _latin(r"(?:ging|gingen|liep|liepen|klom|klommen|gaat|loopt) (?:\w+ )?(?:de|een) (?:trap|ladder"
                         r"|boom|berg|heuvel|toren) (?:\w+ )?op(?!\w)")),
        ("stand", _latin(r"(?:stond|stonden|staat) (?:\w+ ){0,2}op(?!\w)", r"bleef\w* (?:\w+ ){0,2}staan",
                         r"hield\w* (?:\w+ )?(?:stil|halt)(?!\w)", r"opgestaan")),
        ("run", _latin(r"liep (?:\w+ )?hard", r"rende|renden|rent|rennen|gerend|rennend\w*|holde|holden|holt|hollen"
                       r"|gehold|vluchtte\w*|gevlucht|vluchten|achtervolgde\w*|achtervolgd"
                       r"|joeg|joegen|galoppeerde\w*|sprintte\w*"
                       r"|stormde\w* (?:\w+ ){0,2}(?:naar|weg|de|het|binnen|naar buiten)")),
        ("sleep", _latin(r"sliep|sliepen|slaapt|slapen|geslapen|slapend\w*|dutte\w*|doezelde\w*|dommelde\w*"
                         r"|een dutje|snurkte\w*")),
        ("lie", _latin(r"lag|lagen|ligt|liggen|liggend\w*")),
        ("sit", _latin(r"zat|zaten|zit|zitten|gezeten|zittend\w*")),
        ("kneel", _latin(r"knielde\w*|knielt|knielen|geknield|knielend\w*|op (?:zijn|haar|hun) knieën|hurkte\w*"
                         r"|hurkt|gehurkt|gehurkt|bukte\w*|bukt|boog (?:zich )?(?:\w+ )?(?:voorover|naar beneden)")),
        ("jump", _latin(r"sprong|sprongen|springt|springen|gesprongen|springend\w*|huppelde\w*|huppelt|hupte\w*")),
        ("climb", _latin(r"klom|klommen|klimt|klimmen|geklommen|klimmend\w*|klauterde\w*|klautert")),
        ("point", _latin(r"(?:wees|wezen|wijst|wijzen|gewezen|wijzend) (?:\w+ ){0,3}(?:naar|op|met)(?!\w)")),
        ("hold", _latin(r"hield|hielden|houdt|houden|gehouden|vasthield\w*|droeg|droegen|draagt|dragen|gedragen"
                        r"|tilde\w* (?:\w+ ){0,3}op(?!\w)|optillen|pakte\w*|greep|grepen|gaf|gaven|overhandigde\w*"
                        r"|omhelsde\w*|knuffelde\w*")),
        ("wave", _latin(r"zwaaide\w*|zwaait|zwaaien|gezwaaid|zwaaiend\w*")),
        ("stand", _latin(r"stond|stonden|staat|staan|gestaan|staand\w*|wachtte\w*|wachten|gewacht|wachtend\w*"
                         r"|stopte\w*")),
        ("walk", _latin(r"liep|liepen|loopt|lopen|gelopen|lopend\w*|wandelde\w*|wandelt|wandelen|gewandeld|ging"
                        r"|gingen|kwam|kwamen|stapte\w*|slenterde\w*|marcheerde\w*|haastte\w* (?:zich|zij|hij)|sloop"
                        r"|slopen|sjokte\w*")),
    ],
    "zh": [
        (None, _cjk_words("走廊 走私 走运 走神 走红 走漏 走调 走样 行走江湖 飞走 吹走 冲走 卷走 偷走 抢走 运走 开走 "
                          "赶走 心跳 跳舞 舞蹈 吓了一跳 吓一跳 跳槽 车站 站台 网站 站长 公交站 加油站 卧室 睡衣 "
                          "睡袋 失眠 坐标 坐落 抱怨 抱歉 举行 举办 举止 举例 提到 提出 提醒 提问 提议 提供 提高 "
                          "提前 提示 搬家 戒指 指南 指挥 指导 指出 指示 指甲 指望 指责 追问 追求 追究 立刻 立即 "
                          "拿手 拿主意 等等 等到 等于 平等 等级 冲突 冲动 冲洗 冲浪 冲击 逃避 跑题 登记 登录 刊登 "
                          "登场 活跃 爬行动物")),
        ("climb", _cjk_words("爬 攀 登上 登山 登到 上楼 走上楼梯 上了楼梯 上楼梯 走上台阶")),
        ("run", _cjk_words("跑 奔 冲向 冲进 冲出 冲了 冲过 冲上 冲下 冲到 冲回 逃 追着 追赶 追上 追了 追去")),
        ("sleep", _cjk_words("睡 打盹 打瞌睡 入眠 眠")),
        ("lie", _cjk_words("躺 卧 趴")),
        ("sit", _cjk_words("坐")),
        ("kneel", _cjk_words("跪 蹲 弯腰 弯下腰 弯下身 俯身 俯下身")),
        ("jump", _cjk_words("跳 蹦 跃起")),
        ("point", _cjk_words("指着 指向 指了指 指了 用手指 伸手指 指给 一指")),
        ("wave", _cjk_words("挥手 招手 挥了挥手 挥着手 挥挥手 摆手 摇手 挥动着手 挥舞着手")),
        ("hold", _cjk_words("拿 抱 举着 举起 举了 高举 提着 提起 拎 捧 握着 握住 端着 背着 扛 抬起 抬着 搬着 搬起 "
                            "递 交给 送给 抓住 抓着 抓起 捡起 捡了 接过 牵着")),
        ("stand", _cjk_words("站 起立 伫立 立正 等着 等待 等候 等了 停下 停住 停了下来")),
        ("walk", _cjk_words("走 散步 漫步 步行 踱步 迈步 逛 徒步 赶路 前往")),
    ],
    "ja": [
        (None, _cjk_words("師走 走行 滑走 暴走 競走 走者 気持 持ち主 金持 持病 寝室 寝巻 寝具 眠い 眠そう 眠た 眠気 "
                          "ねむい ねむそう ねむた 目立 役立 腹を立 腹立 苛立 際立 思い立 立派 立場 成立 国立 県立 "
                          "市立 私立 独立 針が指 運命 運動 運転 幸運 運が 不運 指輪 指示 指導 指名 指摘 登場 登校 "
                          "登録 進歩 歩合 待ち遠し おにぎり 立て")),
        ("climb", _cjk_words("階段を上 階段をあが 階段をのぼ はしごを上 はしごをのぼ 登 のぼっ のぼる のぼり よじ")),
        ("lie", _cjk_words("横にな よこにな 横たわ よこたわ 寝転 ねころ 寝そべ ねそべ 仰向け うつぶせ うつ伏せ")),
        ("run", _cjk_words("走っ 走る 走り 走ら 走れ 走ろ はしっ はしる はしり 駆け かけだ かけ出 かけ寄 かけよ "
                           "逃げ にげ 追いかけ おいかけ 飛び出 とびだ ダッシュ 疾走")),
        ("sleep", _cjk_words("寝 眠 ねむ うとうと 居眠り いねむり すやすや ぐっすり")),
        ("sit", _cjk_words("座っ 座る 座り すわっ すわる すわり 腰を下ろ 腰をおろ 腰掛け 腰かけ こしかけ 正座")),
        ("kneel", _cjk_words("ひざまず 跪 しゃが 膝をつ ひざをつ 屈ん かがん 身をかがめ かがみこ うずくま")),
        ("jump", _cjk_words("跳 飛び跳 とび跳 飛び上が とびあが 飛び降 とびお 飛び乗 とびの 飛び越 ジャンプ ぴょん")),
        ("point", _cjk_words("指さ 指差 ゆびさ 指を差 指をさ 指し示 指した 指して")),
        ("wave", _cjk_words("手を振 手をふ 手を大きく振")),
        ("hold", _cjk_words("持っ 持つ 持ち もちあ 抱え かかえ 抱い 抱き だき 抱っこ だっこ 運ん 運ぶ 運び はこん "
                            "はこぶ 担い かつい 背負 せお 掴 つかん つかみ 拾っ 拾い ひろっ 手渡 渡し 差し出 さしだ "
                            "握っ 握り にぎっ")),
        ("stand", _cjk_words("立っ 立ち 立つ たちあが たちどま 待っ 待つ 待ち 止まっ とまっ 止まる")),
        ("walk", _cjk_words("歩 あるい あるく あるき 散歩 さんぽ さまよ 歩み")),
    ],
}

# ---------------------------------------------------------------------------------------------
# Expressions, the same way: false friends first ("Sadly, the shop was closed", "a smile of the
# moon", "'Help!' cried the boy" = called out, "zum Glück", "Gelukkig" = luckily, "恐怕"), then a
# phrase before the words it contains ("tears of joy" is happy before "tears" is sad).

_EXPRESSION_RULES: dict[str, Rules] = {
    "en": [
        (None, _latin(r"^\W*(?:sadly|happily|unhappily|luckily|fortunately|unfortunately),",
                      r", (?:sadly|happily|unhappily|luckily|fortunately|unfortunately),",
                      r"(?:smile|smiles|smiling|smiled|laughed|laughing) (?:of|on) the (?:moon|sun|sky|sea|stars?)",
                      r"(?:the|a) (?:moon|sun|sky|sea|weather|fortune|luck|stars?) (?:smiled|smiles|smiling|laughed)",
                      r"fortune smiled", r"cried out", r"\"\s*,?\s*(?:\w+ ){0,2}cried", r"cried(?: out)?\s*[,:]?\s*\"",
                      r"(?:a|the|loud|his|her|their|its|whose|joyful|happy|battle|war|shrill|high) cr(?:y|ies)",
                      r"tears (?:up|open|apart|off|at|into|the|a|it|his|her|down the)",
                      r"(?:I'm|I am|we're|we are) afraid (?:that|so|not|I|we|you|it)",
                      r"(?:trembl|shiver|shook|shak)\w* (?:\w+ )?(?:with|from|in) (?:the )?cold",
                      r"(?:storm|sea|fire|river|wind|battle|war|waters|flood|fever)s? rag\w+",
                      r"raging (?:storm|sea|fire|river|wind|torrent|waters|battle|war|flood)",
                      r"(?:a|the|birthday|big) surprise (?:party|gift|present|visit)",
                      r"happy (?:birthday|new year|ending)",
                      r"sleepy (?:town|village|little|hamlet)", r"cross(?:ed|es|ing)? (?:the|a|his|her|their|over|to)",
                      r"(?:a|the) cross", r"(?:for|with|in) (?:a|the) moment of (?:\w+ )?(?:joy|sadness)")),
        ("happy", _latin(r"(?:tears|wept|cried|crying|weeping|weep|cry|sobbed|sobbing) (?:of|with|for) (?:joy"
                         r"|happiness|relief|laughter)", r"jumped for joy")),
        ("sad", _latin(r"sighed (?:sadly|heavily|deeply|wearily)", r"burst into tears", r"in tears")),
        ("surprised", _latin(r"(?:could|can)(?:n't| ?not) (?:quite |hardly |really )?believe",
                             r"could (?:hardly|scarcely|barely) believe",
                             r"did(?:n't| not) believe (?:his|her|their|its|my|our|your) (?:eyes|ears)",
                             r"stared in (?:wonder|amazement|disbelief|surprise|awe)", r"(?:eyes|eye) widened",
                             r"jaw dropped", r"wide[- ]eyed")),
        ("angry", _latin(r"(?:was|were|is|are|looked|look|looks|felt|feel|feels|got|get|gets|became|grew|very|so|too"
                         r"|quite|rather) cross", r"cross with", r"mad (?:at|with)",
                         r"stamped (?:his|her|their|its) (?:feet|foot)", r"in a (?:rage|huff|temper)")),
        ("neutral", _latin(r"calmly", r"(?:stayed|remained|kept|was|looked|seemed|felt|sat|stood) calm", r"calmed down",
                           r"expressionless", r"impassive(?:ly)?", r"straight[- ]faced", r"blankly")),
        ("happy", _latin(r"smiled|smiles|smiling|smile|grinned|grins|grinning|grin|laughed|laughs|laughing|laugh"
                         r"|laughter|giggled|giggles|giggling|giggle|chuckled|chuckles|chuckling|beamed|beaming"
                         r"|happy|happily|happier|happiest|happiness|glad|gladly|cheered|cheering|cheerful"
                         r"|cheerfully|cheery|joy|joyful|joyfully|joyous|overjoyed|delighted|delight|pleased"
                         r"|thrilled|excited|excitedly|elated|merry|merrily|jolly|contented|contentedly|jubilant"
                         r"|rejoiced|rejoicing")),
        ("sad", _latin(r"cried|cries|crying|cry|wept|weeps|weeping|weep|sobbed|sobs|sobbing|sob|tears|tearful"
                       r"|tearfully|sad|sadly|sadder|saddest|sadness|unhappy|unhappily|lonely|loneliness|miserable"
                       r"|miserably|heartbroken|sorrow|sorrowful|sorrowfully|grief|grieved|grieving|gloomy|gloomily"
                       r"|downcast|dejected|upset|disappointed|homesick|mournful|mournfully|forlorn")),
        ("afraid", _latin(r"afraid|scared|frightened|fright|fear|feared|fearful|fearfully|fears|terrified|terror"
                          r"|horrified|trembled|trembles|trembling|tremble|(?:shivered|shook|quaked) (?:with"
                          r"|in) fear|panicked|panicking|panic|nervous|nervously|anxious|anxiously|worried|worriedly"
                          r"|alarmed|petrified|timid|timidly|uneasy|in horror|cowered|cowering|quaked|quaking")),
        ("angry", _latin(r"angry|angrily|angrier|anger|angered|furious|furiously|fury|rage|raged|raging|enraged"
                         r"|frowned|frowns|frowning|frown|growled|growls|growling|growl|scowled|scowls|scowling"
                         r"|scowl|glared|glares|glaring|fumed|fuming|annoyed|irritated|irritably|grumpy|grumpily"
                         r"|grumbled|grumbling|snarled|snarling|indignant|indignantly|livid|outraged|huffed")),
        ("surprised", _latin(r"surprised|(?:in|with) surprise|to (?:\w+ ){0,2}surprise|astonished|astonishment"
                             r"|amazed|amazement|gasped|gasps|gasping|gasp|stunned|startled|in wonder|with wonder"
                             r"|in awe|awestruck|dumbfounded|flabbergasted|speechless|in disbelief|bewildered")),
        ("tired", _latin(r"tired|tiredly|exhausted|exhaustion|weary|wearily|weariness|yawned|yawns|yawning|yawn"
                         r"|sleepy|sleepily|drowsy|drowsily|worn out|fatigued|fatigue|out of breath")),
    ],
    "de": [
        (None, _latin(r"zum Glück|Glück gehabt|glücklicherweise|bedauerlicherweise|leider,",
                      r"(?:der|die|das|den|dem|ein|eine|einen|einem|einer|des) böse\w*",
                      r"(?:zitterte|zitterten|zittert|bibberte|fror)\w* (?:\w+ )?(?:vor|in der) Kälte",
                      r"(?:die|der) (?:Sonne|Mond) (?:lachte|strahlte|lächelte)",
                      r"(?:lachte|strahlte|lächelte)\w* (?:die|der) (?:Sonne|Mond)",
                      r"(?:eine|die) Überraschung", r"sauer\w* (?:Milch|Apfel|Gurke)", r"rasend schnell")),
        ("happy", _latin(r"(?:weinte\w*|Tränen) (?:\w+ )?vor (?:Freude|Glück|Lachen)", r"vor Freude|voller Freude")),
        ("afraid", _latin(r"(?:zitterte|zitterten|bebte)\w* (?:\w+ )?vor Angst")),
        ("angry", _latin(r"runzelte\w* (?:\w+ )?die Stirn", r"(?:war|wurde|ist|wird) (?:\w+ )?sauer",
                         r"rasend vor Wut")),
        ("surprised", _latin(r"traute\w* (?:\w+ ){0,2}(?:seinen|ihren) Augen nicht",
                             r"konnte\w* (?:es |das )?(?:\w+ )?nicht glauben",
                             r"zu (?:seiner|ihrer|unserer|meiner|deren) (?:großen )?Überraschung",
                             r"vor Überraschung")),
        ("sad", _latin(r"unglücklich\w*", r"seufzte\w* (?:traurig|schwer|tief)")),
        ("happy", _latin(r"lachte\w*|lacht|lachen|gelacht|lachend\w*|lächelte\w*|lächelt|lächeln|gelächelt"
                         r"|lächelnd\w*|grinste\w*|grinst|grinsen|gegrinst|fröhlich\w*|froh|frohe\w*"
                         r"|(?:über)?glücklich\w*|Freude|freute\w* sich|freut sich|jubelte\w*|jubelnd|strahlte\w*"
                         r"|strahlend\w*|erfreut|vergnügt\w*|kicherte\w*")),
        ("sad", _latin(r"weinte\w*|weint|weinen|geweint|weinend\w*|traurig\w*|Trauer|Tränen|schluchzte\w*|schluchzt"
                       r"|schluchzen|einsam\w*|betrübt\w*|kummervoll\w*|niedergeschlagen\w*|bedrückt\w*"
                       r"|enttäuscht\w*")),
        ("afraid", _latin(r"Angst|ängstlich\w*|fürchtete\w*|fürchtet|fürchten|Furcht|erschrak\w*|erschrocken\w*"
                          r"|verängstigt\w*|zitterte\w*|zittert|zitternd\w*|Panik|bange|verschreckt\w*|furchtsam\w*"
                          r"|\w*angst")),
        ("angry", _latin(r"wütend\w*|zornig\w*|böse|verärgert\w*|ärgerlich\w*|ärgerte\w* sich|Wut|Zorn|knurrte\w*"
                         r"|knurrt|schimpfte\w*|schimpft|grollte\w*|stinksauer|erbost\w*|zornentbrannt")),
        ("surprised", _latin(r"überrascht\w*|erstaunt\w*|staunte\w*|staunt|staunend\w*|verblüfft\w*|verwundert\w*"
                             r"|fassungslos\w*|sprachlos\w*|keuchte\w* (?:\w+ )?(?:auf|überrascht)")),
        ("tired", _latin(r"\w*müde\w*|erschöpft\w*|gähnte\w*|gähnt|gähnen|gähnend\w*|schläfrig\w*|Müdigkeit"
                         r"|ermattet\w*|ausgelaugt\w*")),
        ("neutral", _latin(r"ruhig und gelassen|gelassen|ausdruckslos\w*|ungerührt|gleichmütig\w*")),
    ],
    "es": [
        (None, _latin(r"feliz (?:cumpleaños|navidad|año nuevo)", r"(?:una|la|qué) sorpresa(?! \w*(?:de|en))",
                      r"(?:castillo|bosque|casa|palacio|príncipe|princesa|lago) encantad[oa]",
                      r"(?:temblaba|temblaban|tembló|temblando) (?:\w+ )?de frío",
                      r"por suerte|afortunadamente|por desgracia",
                      r"(?:el|un|al) miedo (?:escénico)", r"(?:lágrimas|lloró|lloraba|llorando) de (?:alegría"
                      r"|felicidad|risa)")),
        ("happy", _latin(r"(?:lágrimas|lloró|lloraba|llorando|lloraban) de (?:alegría|felicidad|risa)",
                         r"se echó a reír", r"saltó de alegría")),
        ("afraid", _latin(r"(?:temblaba|temblaban|tembló|temblando) (?:\w+ )?de miedo")),
        ("surprised", _latin(r"no (?:lo )?(?:podía|pudo|podían|podia) creer\w*", r"no (?:daba|daban) crédito",
                             r"(?:con|de|para su|para (?:gran )?sorpresa de \w+|para su gran) sorpresa",
                             r"abrió (?:mucho )?los ojos", r"(?:se quedó|quedó) sin palabras")),
        ("angry", _latin(r"frunció el ceño|fruncía el ceño", r"de mal humor")),
        ("happy", _latin(r"sonrió|sonreía|sonreían|sonriendo|sonreír|sonriente|sonrisa|rió|reía|reían|riendo|reír"
                         r"|se rió|se reía|carcajadas?|risas?|feliz|felices|felizmente|content[oa]s?|alegre|alegres"
                         r"|alegría|alegremente|encantad[oa]s? (?:de|con)|se alegró|dichos[oa]|radiante")),
        ("sad", _latin(r"lloró|lloraba|lloraban|llorando|llorar|lloraron|triste|tristes|tristeza|tristemente"
                       r"|lágrimas|sollozó|sollozaba|sollozando|infeliz|apenad[oa]|afligid[oa]|desconsolad[oa]"
                       r"|melancólic[oa]|decepcionad[oa]|abatid[oa]|suspiró con tristeza")),
        ("afraid", _latin(r"miedo|asustad[oa]s?|se asustó|se asustaba|temblaba|temblaban|tembló|temblando"
                          r"|aterrad[oa]s?|aterrorizad[oa]s?|atemorizad[oa]s?|temía|temió|espantad[oa]s?|pánico"
                          r"|asustadiz[oa]|nervios[oa]s?|preocupad[oa]s?|horrorizad[oa]s?")),
        ("angry", _latin(r"enfadad[oa]s?|se enfadó|se enfadaba|enojad[oa]s?|se enojó|se enojaba|furios[oa]s?"
                         r"|furiosamente|furia|rabia|enfurecid[oa]s?|gruñó|gruñía|gruñendo|irritad[oa]s?"
                         r"|molest[oa] con|indignad[oa]s?|cólera")),
        ("surprised", _latin(r"sorprendid[oa]s?|se sorprendió|asombrad[oa]s?|se asombró|asombro|atónit[oa]s?"
                             r"|boquiabiert[oa]s?|estupefact[oa]s?|pasmad[oa]s?|maravillad[oa]s?")),
        ("tired", _latin(r"cansad[oa]s?|cansancio|agotad[oa]s?|exhaust[oa]s?|bostezó|bostezaba|bostezando|bostezar"
                         r"|con sueño|tenía sueño|somnolient[oa]s?|fatigad[oa]s?|rendid[oa]s?")),
        ("neutral", _latin(r"con calma|tranquilamente|impasible|inexpresiv[oa]|sin inmutarse")),
    ],
    "fr": [
        (None, _latin(r"heureusement|malheureusement", r"(?:un |le )?sourire de la lune",
                      r"(?:une|des|la|quelle|grosse|belle|petite) surprises?(?! de)",
                      r"(?:tremblait|trembla|tremblant|tremblaient|grelottait) (?:\w+ )?de froid",
                      r"(?:pleura|pleurait|pleurant|larmes) de (?:joie|bonheur|rire)", r"sans doute",
                      r"s'écria|s'exclama", r"(?:faisait|fait|faisaient) rage")),
        ("happy", _latin(r"(?:pleura|pleurait|pleurant|pleuraient|larmes) de (?:joie|bonheur|rire)",
                         r"éclata de rire|se mit à rire|sauta de joie")),
        ("afraid", _latin(r"(?:tremblait|trembla|tremblant|tremblaient) (?:\w+ )?de peur")),
        ("surprised", _latin(r"n'en (?:croyait|crut|croyaient) pas (?:ses|leurs) yeux",
                             r"ne (?:pouvait|put|pouvaient) (?:pas )?(?:y )?croire",
                             r"(?:à sa|à leur|de) (?:grande )?surprise",
                             r"bouche bée", r"écarquilla les yeux")),
        ("angry", _latin(r"fronça les sourcils|fronçait les sourcils", r"en colère")),
        ("sad", _latin(r"malheureux|malheureuse|malheureuses|mécontent\w*")),
        ("happy", _latin(r"sourit|souriait|souriaient|souriant\w*|sourire|rit|riait|riaient|riant\w*|rire|rirent"
                         r"|rigola|rigolait|joyeux|joyeuse\w*|joyeusement|joie|heureux|heureuse\w*|content\w*"
                         r"|ravie?s?|gai|gaie|gais|gaiement|s'esclaffa|pouffa|radieu\w+|enchanté\w*")),
        ("sad", _latin(r"pleura|pleurait|pleuraient|pleurer|pleurant|pleuré|larmes|triste|tristes|tristement"
                       r"|tristesse|sanglota|sanglotait|sanglotant|chagrin\w*|déçu\w*|abattu\w*|mélancolique")),
        ("afraid", _latin(r"peur|effrayé\w*|apeuré\w*|terrifié\w*|terrorisé\w*|s'effraya|tremblait|trembla"
                          r"|tremblant\w*|tremblaient|craignait|craignit|craignaient|paniqua|paniqué\w*|panique"
                          r"|épouvanté\w*|angoissé\w*|inquiet|inquiète\w*|frissonna de peur")),
        ("angry", _latin(r"colère|furieu\w+|furieusement|fâché\w*|se fâcha|rage|enragé\w*|grogna|grognait|grognant"
                         r"|irrité\w*|indigné\w*|courroucé\w*")),
        ("surprised", _latin(r"surpris|surprise|surprises|étonné\w*|s'étonna|étonnement|stupéfait\w*|ébahi\w*"
                             r"|émerveillé\w*|sursauta|abasourdi\w*|médusé\w*")),
        ("tired", _latin(r"fatigué\w*|épuisé\w*|las|lasse|lasses|bâilla|bâillait|bâillant|somnolent\w*|exténué\w*"
                         r"|avait sommeil|à bout de forces|fourbu\w*")),
        ("neutral", _latin(r"calmement|impassible\w*|sans expression|imperturbable\w*")),
    ],
    "it": [
        (None, _latin(r"(?:una|la|che|bella|grande) sorpresa(?! \w*(?:di|per))",
                      r"per fortuna|fortunatamente|purtroppo",
                      r"(?:tremava|tremò|tremante|tremavano) (?:\w+ )?(?:dal|di) freddo",
                      r"(?:pianse|piangeva|piangendo|lacrime) di (?:gioia|felicità)")),
        ("happy", _latin(r"(?:pianse|piangeva|piangendo|lacrime) di (?:gioia|felicità)", r"scoppiò a ridere",
                         r"saltò di gioia", r"di buon umore")),
        ("afraid", _latin(r"(?:tremava|tremò|tremante|tremavano) (?:\w+ )?di paura")),
        ("surprised", _latin(r"non (?:poteva|potè|poté|potevano) credere", r"non credeva ai (?:suoi|propri) occhi",
                             r"(?:con|di|per la sua|con grande) sorpresa", r"a bocca aperta", r"sgranò gli occhi")),
        ("angry", _latin(r"aggrottò (?:la fronte|le sopracciglia)", r"di cattivo umore")),
        ("happy", _latin(r"sorrise|sorrideva|sorridevano|sorridendo|sorridente|sorridenti|sorriso|rise|rideva"
                         r"|ridevano|ridendo|ridere|risero|felice|felici|felicemente|content[oaie]|allegr[oaie]"
                         r"|allegramente|gioia|gioios[oaie]|liet[oaie]|raggiante")),
        ("sad", _latin(r"pianse|piangeva|piangevano|piangendo|piangere|piansero|lacrime|triste|tristi|tristemente"
                       r"|tristezza|singhiozzava|singhiozzò|singhiozzando|infelice|malinconic[oa]|delus[oaie]"
                       r"|sconsolat\w")),
        ("afraid", _latin(r"paura|spaventat[oaie]|si spaventò|impaurit[oaie]|terrorizzat[oaie]|atterrit[oaie]"
                          r"|tremava|tremò|tremante|tremavano|temeva|temette|panico|intimorit[oaie]|preoccupat[oaie]")),
        ("angry", _latin(r"arrabbiat[oaie]|si arrabbiò|furios[oaie]|furiosamente|furia|rabbia|infuriat[oaie]|ringhiò"
                         r"|ringhiava|ringhiando|irritat[oaie]|accigliat[oaie]|adirat[oaie]|indignat[oaie]")),
        ("surprised", _latin(r"sorpres[oaie]|stupit[oaie]|si stupì|meravigliat[oaie]|con meraviglia|stupore"
                             r"|sbalordit[oaie]|stupefatt[oaie]|esterrefatt[oaie]|sussultò")),
        ("tired", _latin(r"stanc[oa]|stanchi|stanche|stanchezza|esaust[oaie]|sfinit[oaie]|sbadigliò|sbadigliava"
                         r"|sbadigliando|assonnat[oaie]|affaticat[oaie]")),
        ("neutral", _latin(r"con calma|tranquillamente|impassibile|inespressiv[oa]")),
    ],
    "pt": [
        (None, _latin(r"feliz (?:aniversário|natal|ano novo)", r"(?:uma|a|que) surpresa(?! \w*(?:de|para))",
                      r"(?:casa|castelo|floresta) assombrad[oa]",
                      r"(?:um|uma) tremend[oa]|tremend[oa] (?:sucesso|esforço)",
                      r"(?:tremia|tremeu|tremendo|tremiam) (?:\w+ )?de frio", r"felizmente|infelizmente|por sorte",
                      r"(?:chorou|chorava|chorando|lágrimas) de (?:alegria|felicidade)")),
        ("happy", _latin(r"(?:chorou|chorava|chorando|lágrimas) de (?:alegria|felicidade)", r"pulou de alegria",
                         r"deu (?:uma )?risada")),
        ("afraid", _latin(r"(?:tremia|tremeu|tremendo|tremiam) (?:\w+ )?de medo")),
        ("surprised", _latin(r"não (?:podia|pôde|conseguia|conseguiu) acreditar", r"não acreditava no que via",
                             r"(?:com|de|para sua|para (?:a )?sua grande) surpresa", r"arregalou os olhos",
                             r"ficou sem palavras")),
        ("angry", _latin(r"franziu (?:a testa|o cenho|as sobrancelhas)", r"de cara feia",
                         r"(?:ficou|estava|ficava) brav[oa]")),
        ("happy", _latin(r"sorriu|sorria|sorriam|sorrindo|sorrir|sorriso|riu|ria|riam|rindo|rir|riram|gargalhada"
                         r"|risada|feliz|felizes|contente|contentes|alegre|alegres|alegria|alegremente|radiante"
                         r"|encantad[oa]s?")),
        ("sad", _latin(r"chorou|chorava|choravam|chorando|chorar|choraram|lágrimas|triste|tristes|tristeza"
                       r"|tristemente|soluçou|soluçava|soluçando|infeliz|desapontad[oa]|decepcionad[oa]|abatid[oa]"
                       r"|melancólic[oa]")),
        ("afraid", _latin(r"medo|assustad[oa]s?|assustou-se|se assustou|apavorad[oa]s?|aterrorizad[oa]s?"
                          r"|amedrontad[oa]s?|tremia|tremeu|tremiam|temia|temeu|pânico|receos[oa]|preocupad[oa]s?")),
        ("angry", _latin(r"zangad[oa]s?|zangou-se|se zangou|furios[oa]s?|furiosamente|fúria|raiva|irritad[oa]s?"
                         r"|rosnou|rosnava|rosnando|enfurecid[oa]s?|indignad[oa]s?")),
        ("surprised", _latin(r"surpres[oa]s?|surpreendid[oa]s?|surpreendeu-se|se surpreendeu|espantad[oa]s?"
                             r"|admirad[oa]s?|atônit[oa]s?|boquiabert[oa]s?|pasm[oa]s?|perplex[oa]s?")),
        ("tired", _latin(r"cansad[oa]s?|cansaço|exaust[oa]s?|esgotad[oa]s?|bocejou|bocejava|bocejando|bocejar"
                         r"|sonolent[oa]s?|com sono|fatigad[oa]s?")),
        ("neutral", _latin(r"com calma|calmamente|tranquilamente|impassível|inexpressiv[oa]")),
    ],
    "nl": [
        (None, _latin(r"(?:^|, )gelukkig(?=[ ,])", r"gelukkig (?:wel|maar|niet|kwam|was|had|ging)",
                      r"het kwaad|kwaad (?:doen|gedaan|deed)", r"(?:een|de) verrassing(?! \w)",
                      r"(?:rilde|rillend|beefde|bibberde)\w* (?:\w+ )?(?:van|door) de kou",
                      r"(?:huilde|huilend|tranen) van (?:geluk|blijdschap|vreugde|het lachen)")),
        ("happy", _latin(r"(?:huilde|huilend|tranen) van (?:geluk|blijdschap|vreugde|het lachen)", r"van plezier",
                         r"sprong (?:\w+ )?van vreugde")),
        ("afraid", _latin(r"(?:rilde|beefde|bibberde)\w* (?:\w+ )?van angst", r"in paniek")),
        ("surprised", _latin(r"kon (?:het |zijn ogen |haar ogen |hun ogen )?(?:\w+ )?niet geloven",
                             r"keek (?:zijn|haar|hun) ogen uit", r"met open mond", r"hapte\w* naar adem")),
        ("angry", _latin(r"fronste\w*(?: (?:zijn|haar) (?:wenkbrauwen|voorhoofd))?")),
        ("sad", _latin(r"ongelukkig\w*")),
        ("happy", _latin(r"lachte\w*|lacht|lachen|gelachen|lachend\w*|glimlachte\w*|glimlacht|glimlach\w*"
                         r"|grijnsde\w*|grijnst|blij|blije|blijer|vrolijk\w*|gelukkig\w*|vreugde|verheugd\w*"
                         r"|opgetogen|juichte\w*|straalde\w*")),
        ("sad", _latin(r"huilde\w*|huilt|huilen|gehuild|huilend\w*|verdrietig\w*|verdriet|tranen|snikte\w*"
                       r"|snikkend\w*|treurig\w*|eenzaam\w*|bedroefd\w*|teleurgesteld\w*")),
        ("afraid", _latin(r"bang|bange|banger|angst|angstig\w*|schrok|schrokken|geschrokken|doodsbang|vreesde\w*"
                          r"|beefde\w*|bibberde\w*|paniek|ongerust\w*")),
        ("angry", _latin(r"boos|boze|kwaad|kwade|woedend\w*|razend\w*|gromde\w*|gromt|nijdig\w*|geërgerd\w*"
                         r"|ergerde\w* zich|chagrijnig\w*|kwaaie")),
        ("surprised", _latin(r"verrast\w*|verbaasd\w*|verbaasde\w* zich|verbazing|stomverbaasd\w*|versteld")),
        ("tired", _latin(r"moe|moeë|vermoeid\w*|uitgeput\w*|gaapte\w*|geeuwde\w*|slaperig\w*|doodmoe|afgepeigerd")),
        ("neutral", _latin(r"bleef (?:kalm|rustig)|kalmpjes|uitdrukkingsloos|onbewogen")),
    ],
    "zh": [
        (None, _cjk_words("笑话 嘲笑 取笑 玩笑 可笑 笑柄 恐怕 哪怕 积累 连累 累计 累积 困难 困境 被困 困住 困扰 "
                          "贫困 怒放 生日快乐 新年快乐 节日快乐 圣诞快乐 哭笑不得 吓唬 冷得发抖 冻得发抖 冷得直发抖")),
        ("happy", _cjk_words("喜极而泣 高兴得哭 笑出了眼泪")),
        ("surprised", _cjk_words("吓了一跳 吓一跳 大吃一惊 惊讶 吃惊 惊奇 惊呆 惊叹 目瞪口呆 不敢相信 难以置信 诧异 "
                                 "惊喜 瞪大了眼睛 瞪大眼睛 张大了嘴 愣住 愣了")),
        ("tired", _cjk_words("没精打采 无精打采")),
        ("happy", _cjk_words("笑 开心 高兴 快乐 愉快 欢喜 喜悦 欢呼 乐呵呵 兴高采烈 欢快 喜滋滋 欣喜 得意")),
        ("sad", _cjk_words("哭 泪 伤心 难过 悲伤 孤单 孤独 忧伤 哀伤 抽泣 啜泣 委屈 失望 沮丧 心碎 哽咽 闷闷不乐")),
        ("afraid", _cjk_words("害怕 怕 恐惧 惊恐 吓 发抖 颤抖 胆怯 惊慌 慌张 畏惧 战战兢兢 哆嗦 毛骨悚然 担心")),
        ("angry", _cjk_words("生气 愤怒 发火 恼火 气坏 气呼呼 气冲冲 气愤 气得 怒 皱眉 皱起眉 咆哮 吼 火冒三丈 "
                             "暴跳如雷")),
        ("tired", _cjk_words("累 疲倦 疲惫 疲劳 哈欠 困了 很困 犯困 困倦 好困 困得 筋疲力尽 精疲力竭 乏了 瞌睡")),
        ("neutral", _cjk_words("冷静 面无表情 若无其事 平静地 神色平静")),
    ],
    "ja": [
        (None, _cjk_words("笑われ 笑い者 驚くほど 驚くべき 怒涛 恐れ入 寒さに震え 寒くて震え 寒さでふるえ")),
        ("surprised", _cjk_words("信じられなかった 信じられない 驚 おどろ びっくり 目を丸く 目をまるく 目を見張 "
                                 "目を見開 息をのん 息を呑ん 唖然 ぽかんと あっけにとられ 仰天 はっとし ハッと")),
        ("happy", _cjk_words("笑 わらっ わらい わらう 微笑 ほほえ にっこり にこにこ ニコニコ にこっと 嬉し うれし "
                             "喜 よろこ 楽しそう 楽しげ たのしそう 幸せ しあわせ はしゃ")),
        ("sad", _cjk_words("泣 なみだ 涙 悲し かなし 寂し さびし さみし しょんぼり 落ち込 おちこ がっかり しくしく "
                           "めそめそ 嘆")),
        ("afraid", _cjk_words("怖 こわい こわかっ こわが こわくて 恐ろし おそろし 恐怖 怯え おびえ 震え ふるえ "
                              "びくびく ぞっと 恐れ おそれ 青ざめ")),
        ("angry", _cjk_words("怒 腹を立 腹が立 腹立 むっと ぷんぷん かんかん 睨 にらん にらみ 眉をひそめ 顔をしかめ "
                             "しかめっ面 唸っ うなっ いらいら イライラ 憤")),
        ("tired", _cjk_words("疲れ つかれ へとへと くたくた 眠い 眠そう 眠た 眠気 ねむい ねむそう ねむた あくび "
                             "欠伸 疲労 ぐったり だるそう")),
        ("neutral", _cjk_words("無表情 平然 落ち着い おちつい 冷静")),
    ],
}

assert {v for rules in _POSE_RULES.values() for v, _ in rules} <= {*POSES, None}
assert {v for rules in _EXPRESSION_RULES.values() for v, _ in rules} <= {*EXPRESSIONS, None}
assert set(_POSE_RULES) == set(_EXPRESSION_RULES) == set(LANGUAGES)

# ---------------------------------------------------------------------------------------------
# Negation. A match right after a negation (two words may come between, no punctuation, no
# "and"/"but") says nothing; German and Dutch also negate after the verb ("Er lachte nicht"),
# Chinese right after it ("睡不着"), Japanese in the verb's ending ("怖くなかった"). Phrases that
# only look negative are blanked first ("not far from", "couldn't help smiling", "忍不住笑").

_NEGATIONS = {
    "en": r"not|n't|never|no|nor|neither|without|cannot|nobody|stopped|ceased|quit|stop",
    "de": r"nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|ohne|niemand|weder|nirgends|aufgehört zu"
          r"|hörte auf zu|hörten auf zu",
    "es": r"no|nunca|jamás|sin|ni|nadie|tampoco|dejó de|dejaron de|deja de|dejaba de",
    "fr": r"ne|n'|pas|jamais|sans|aucun|aucune|ni|personne ne|cessa de|arrêta de|cessait de|arrêtait de",
    "it": r"non|mai|senza|né|nessuno|nessuna|smise di|smisero di|smetteva di|smette di",
    "pt": r"não|nunca|jamais|sem|nem|ninguém|nenhum|nenhuma|parou de|pararam de|deixou de|deixaram de",
    "nl": r"niet|geen|nooit|zonder|niemand|noch|stopte met|hield op met",
}
_CONJUNCTIONS = {"en": "and|but|or|then|so", "de": "und|aber|oder|dann|sondern", "es": "y|e|pero|o|luego|sino",
                 "fr": "et|mais|ou|puis", "it": "e|ed|ma|o|poi", "pt": "e|mas|ou|depois", "nl": "en|maar|of|toen|dan"}
_NOT_NEGATIONS = {
    "en": _latin(r"not (?:far|long|only|just|a moment)", r"no sooner", r"no one could (?:help|stop)",
                 r"(?:could|can)(?:n't| ?not) (?:help|stop|keep from)", r"never stopped", r"no longer than",
                 r"(?:could|can)(?:n't| ?not) (?:quite |hardly |really )?believe", r"did(?:n't| not) believe"),
    "de": _latin(r"nicht (?:weit|fern|lange|nur|ganz ohne)", r"konnte\w* (?:\w+ )?nicht (?:aufhören|anders)",
                 r"nicht glauben", r"Augen nicht"),
    "es": _latin(r"no (?:muy )?lejos", r"no (?:sólo|solo|pudo evitar|podía evitar|pudo dejar de)", r"sin duda",
                 r"no (?:lo )?(?:podía|pudo|podían) creer\w*", r"no daba crédito"),
    "fr": _latin(r"pas loin", r"non loin", r"ne (?:put|pouvait) s'empêcher", r"pas seulement", r"sans doute",
                 r"n'en (?:croyait|crut|croyaient) pas", r"ne (?:pouvait|put|pouvaient) (?:pas )?(?:y )?croire"),
    "it": _latin(r"non (?:lontano|solo|appena|poté fare a meno|riuscì a smettere)", r"senza dubbio",
                 r"non (?:poteva|potè|poté|potevano) credere", r"non credeva"),
    "pt": _latin(r"não (?:muito )?longe", r"não (?:só|somente|pôde deixar|conseguiu parar)", r"sem dúvida",
                 r"não (?:podia|pôde|conseguia|conseguiu) acreditar", r"não acreditava"),
    "nl": _latin(r"niet (?:ver|lang|alleen)", r"kon (?:\w+ )?niet (?:stoppen|ophouden|anders)", r"niet geloven"),
    "zh": _cjk_words("忍不住 不禁 不由得 不由 不停 不断 不住 不久 不一会 不知不觉 迫不及待 不得不 不过 不管 不仅 "
                     "不但 了不起 差不多 受不了 不敢相信 没精打采 无精打采 不知道"),
    "ja": _cjk_words("信じられな いなくな なくな"),
}
_NEGATION_BEFORE = {
    lang: re.compile(rf"(?:(?<!\w)(?:{words})(?!\w)|n't|n')\s*(?:(?!(?:{_CONJUNCTIONS[lang]})\s)\w+\s+){{0,2}}$",
                     re.IGNORECASE)
    for lang, words in _NEGATIONS.items()}
_NEGATION_BEFORE["zh"] = re.compile(r"(?:不|没|没有|别|未|毫不|并不|从不|从没|从未|无)[^，。！？、,.!?；;：:]?$")
_NEGATION_AFTER = {
    "de": re.compile(r"^\s+(?:\w+\s+){0,2}?(?:nicht|nie|niemals)(?!\w)", re.IGNORECASE),
    "nl": re.compile(r"^\s+(?:\w+\s+){0,2}?(?:niet|nooit)(?!\w)", re.IGNORECASE),
    "zh": re.compile(r"^(?:不|没)"),
    "ja": re.compile(r"^[ぁ-ゖ]{0,4}?(?:ない|なかっ|ません|ず(?:に|、|。|$))"),
}

# A leading subordinate clause gives way to the main clause ("When he reached the hill, he sat
# down"; "疲れて、ベンチに座った").
_LEADING = {
    "en": r"(?:after|before|when|whenever|while|as soon as|once|since|because|although|though|if|until|having|as)",
    "de": r"(?:nachdem|bevor|ehe|als|wenn|während|sobald|weil|obwohl|da|bis)",
    "es": r"(?:después de|antes de|cuando|mientras|en cuanto|tan pronto como|aunque|porque|si|al|tras)",
    "fr": r"(?:après|avant de|avant que|quand|lorsque|pendant que|dès que|une fois|parce que|bien que|si|comme|en)",
    "it": r"(?:dopo|prima di|quando|mentre|appena|non appena|una volta|perché|sebbene|anche se|se)",
    "pt": r"(?:depois de|antes de|quando|enquanto|assim que|logo que|ao|após|embora|porque|se)",
    "nl": r"(?:nadat|voordat|toen|als|wanneer|terwijl|zodra|omdat|hoewel|na)",
}
_LEADING_RE = {lang: re.compile(rf"^\W*{words}(?!\w)[^,;:]*[,;:]", re.IGNORECASE) for lang, words in _LEADING.items()}
_LEADING_RE["zh"] = re.compile(r"^(?:[^，,。！？]*?(?:之后|以后|后|的时候|时|之前|以前)|\s*(?:当|虽然|因为|如果"
                               r"|等到)[^，,。！？]*)[，,]")
_LEADING_RE["ja"] = re.compile(r"^[^、。]*?(?:て|で|から|たら|だら|とき|時|ので|ながら|けれど|けど|後|あと|ば)、")

# Quoted speech: what someone says is not what they do (poses only).
_QUOTED = re.compile(r"\"[^\"]*\"|「[^」]*」|『[^』]*』")

_COMPILED = {
    kind: {lang: [(v, re.compile(p, 0 if lang in CJK_LANGUAGES else re.IGNORECASE)) for v, p in rules]
           for lang, rules in table.items()}
    for kind, table in (("pose", _POSE_RULES), ("expression", _EXPRESSION_RULES))}
_NOT_NEGATIONS_RE = {lang: re.compile(p, 0 if lang in CJK_LANGUAGES else re.IGNORECASE)
                     for lang, p in _NOT_NEGATIONS.items()}
# Same-length replacements, so positions in the normalised text stay valid.
_PUNCTUATION = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_PUNCTUATION)


def _masked(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda m: MASK * len(m.group()), text)


def _negated(plain: str, start: int, end: int, language: str) -> bool:
    before, after = _NEGATION_BEFORE.get(language), _NEGATION_AFTER.get(language)
    if before and before.search(plain[max(0, start - 60):start]):
        return True
    return bool(after and after.search(plain[end:end + 40]))


def _pick(text: str, plain: str, kind: str, language: str) -> str | None:
    """The pose or expression `text` says; `plain` is the same sentence that negations and
    clauses are read in (phrases that only look negative blanked)."""
    found = [(start, value) for start, end, value in read_rules(text, _COMPILED[kind][language])
             if not _negated(plain, start, end, language)]
    if not found:
        return None
    leading = _LEADING_RE[language].match(plain)
    main = [value for start, value in found if leading and start >= leading.end()]
    return main[0] if main else found[0][1]


def acting(sentence: str, language: str) -> dict:
    """{"pose": one of POSES or None, "expression": one of EXPRESSIONS or None}: what the words say
    plainly; None where they say nothing (never guess). `language` is an ISO code; an unknown one
    is read as English.

    The pose and the face of the sentence's main character: of several, the one named first (in
    the main clause when a subordinate clause leads); a negated one ("was not afraid", "不怕")
    says nothing. Walking includes going, coming, stepping and hurrying; running is ran, raced,
    rushed, fled, chased; going up stairs or a ladder is climbing; holding includes carrying,
    lifting, picking up, giving and hugging; standing includes waiting and stopping; kneeling
    includes crouching and bending down.
    """
    lang = (language or "en").lower().replace("_", "-").split("-")[0]
    lang = lang if lang in _POSE_RULES else "en"
    plain = _normal(sentence or "")
    # The text the negation check reads: phrases that only look negative are blanked.
    negations = _masked(plain, _NOT_NEGATIONS_RE[lang])
    unquoted = _masked(plain, _QUOTED)
    return {"pose": _pick(unquoted, negations, "pose", lang),
            "expression": _pick(plain, negations, "expression", lang)}


# Where one character's part of a sentence may end: a clause break ("Frieda sat down sadly, but
# Bruno barked happily"); a bare "and" joins subjects ("Rosa and Tomás ran") and is no break.
_BREAK = re.compile(r"[,;:，；、]|\s(?:but|while|whereas|doch|aber|während|pero|mientras|mais|tandis que|ma|mentre"
                    r"|mas|enquanto|maar|terwijl)\s", re.IGNORECASE)
_JOIN = 5  # characters: a part that has only a joining word after the name ("Rosa y ") shares the next one's verb


def acting_each(sentence: str, language: str, named: dict[str, tuple[int, int]]) -> dict[str, dict]:
    """What the words give each character a sentence names ({id: (start, end) of its name}), each
    read in its own part of the sentence: from its name to the clause break before the next
    character's ("Frieda setzte sich traurig in den Sand, doch Bruno bellte fröhlich": Frieda sits,
    sad; Bruno is happy). Subjects joined without a break ("Rosa y Tomás salieron corriendo") share
    the verb that follows them."""
    order = sorted(named.items(), key=lambda item: item[1])
    ends = []
    for i, (_eid, (start, _)) in enumerate(order):
        end = len(sentence)
        if i + 1 < len(order):
            nxt = order[i + 1][1][0]
            breaks = [m.start() for m in _BREAK.finditer(sentence, start, nxt)]
            end = breaks[-1] if breaks else nxt
        ends.append(end)
    out = {}
    for i, (eid, (start, name_end)) in enumerate(order):
        j = i
        while j + 1 < len(order) and ends[j] == order[j + 1][1][0] and \
                len(sentence[order[j][1][1]:ends[j]].strip()) <= _JOIN:
            j += 1  # "A and B ran": A's part is its name and a joining word; it shares B's verb
        out[eid] = acting(sentence[start:ends[j]], language)
    return out


__all__ = ["CJK_LANGUAGES", "EXPRESSIONS", "LANGUAGES", "POSES", "acting", "acting_each"]
