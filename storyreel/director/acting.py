"""How the main character of one story sentence acts, read from its words: body pose and face.

`acting(sentence, language)` gives {"pose": one of POSES or None, "expression": one of EXPRESSIONS
or None}, in the story languages en, de, es, fr, it, pt, nl, zh and ja. Pure code, no model: the
picture must show what the words say ("she sat down" is drawn sitting, "he wept" crying), and a
model asked to choose sometimes picks something else; the model is asked only where the words
say nothing, so None means "not said" and is never a guess.

How a sentence is read:
- Each language has ordered rule lists of (value, pattern): poses, activities and expressions.
  Rules are read in order, and what a rule matches is masked so no later rule reads it again; a
  rule whose value is None masks a false friend ("the waves crashed", "at that point", "told a
  lie", "a market stand", "the wind ran", "Sie trug ein Kleid" = she wore a dress, "走廊" = a
  corridor, "fixed his gaze", "picked a fight", "cercò di" = tried to). Latin-script words match
  whole, case-insensitively; Chinese and Japanese ones as substrings.
- The pose is read in two passes. The first reads words of posture and motion ("sat", "ran",
  "kniete", "se tumbó", "坐", "走っ"). The second reads activities that a reader sees a pose in
  although the words name none: busy hands hold ("she watered the roses", "reparierte das
  Fahrrad", "pescaba", "做饭"), work at the ground kneels ("planted beans", "construyeron un
  castillo de arena", "靴ひもを結んだ"), going somewhere walks ("returned home", "kehrte heim",
  "回家", "帰った"), riding, rowing, eating and knitting sit ("pedalò", "a vélo", "骑车"),
  sunbathing or staying ill in bed lies, showing the way points. Its rules are read after the
  first pass's, on the text that pass left unmasked, and a match of the second pass counts only
  where the first found nothing left: "She sat down and read a book" sits, "she read a book"
  holds.
- A negated match says nothing ("was not afraid", "hatte keine Angst", "no tenía miedo", "不怕",
  "怖くなかった", "Er lachte nicht", "did not cook"): it is dropped, and a later match may count.
- Of the matches left, the earliest wins (for the pose: the earliest of the first pass, else the
  earliest of the second), except that a leading subordinate clause ("After she had run all day,
  she sat down") gives way to the main clause when the main clause says anything, in either pass
  ("After he had run all day, he cooked dinner" holds). A gait after "began to"/"started to" is
  read like any other ("began to run" is run).
- Poses are not read inside quoted speech ("'Sit down!' she said" shows no sitting); expressions
  are ("'I'm scared,' whispered Tom").
- `language` is an ISO code ("de", "pt-BR"); an unknown one is read as English.
"""

from __future__ import annotations

import re

from ..script import EXPRESSIONS, POSES
from .clauses import LEADING_RE, NOT_NEGATIONS_RE, QUOTED
from .clauses import masked, negated, normal
from .words import CJK_LANGUAGES, LANGUAGES, cjk, cjk_words, latin, read_rules

Rules = list[tuple[str | None, str]]


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
        (None, latin(rf"(?:{_EN_THINGS})(?: \w+ly)?(?: (?:was|were|is|are|has|had|had been|has been|kept|began to"
                      rf"|started to))? (?:{_EN_THING_VERBS})",
                      rf"(?:stood|stands|lay|lies|sat|sits|rose|hung) (?:a|an|the)(?: \w+){{0,2}} (?:{_EN_THINGS})")),
        # a gesture named as a noun, before "wave" the sea is masked
        ("wave", latin(r"gave (?:\w+ )?an? (?:\w+ )?wave", r"with a (?:\w+ )?wave of (?:his|her|their|its|a) hand")),
        (None, latin(
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
            r"went (?:quiet|silent|pale|red|white|still|dark|wrong|mad|crazy|missing|unnoticed|off|by"
            r"|out(?= with| like)|on|through (?:a|hard|difficult|tough|\w+ times?)|without)", r"goes without saying",
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
            r"fell (?:ill|sick|in love|silent|quiet|apart|behind|short)",
            r"(?:lights?|lamps?|candles?|fires?|flames?|power|electricity|lanterns?|torch|stars?)(?: \w+){0,3}"
            r" went out",
            # a walking stick, running shoes, a climbing frame
            r"(?:walking|running|climbing|jumping|standing|lying|kneeling|hiking|riding) (?:sticks?|canes?|boots|shoes"
            r"|track|tracks|frames?|ropes?|walls?|poles?|stones?|orders?|jacks?|mats?|cushions?)",
            # rows of trees, picking up speed
            r"rows (?:of|upon)", r"(?:a|the|in a|in rows|front|back|first|last|same|next) rows?",
            r"pick(?:ed|s|ing)? up (?:speed|pace|the pace|momentum|the trail|the scent|a cold|the habit|courage)")),
        # going by car or on a bicycle is sitting
        ("sit", latin(r"(?:went|goes|go|going|gone|came|comes|coming|set off|set out|headed|travelled|traveled)"
                       r" (?:\w+ ){0,3}(?:by|on (?:a|his|her|their)|in (?:a|his|her|their|the)) (?:car|bike|bicycle"
                       r"|bus|train|tram|boat|ship|ferry|taxi|cart|carriage|sledge|sled|horseback|horse|motorbike"
                       r"|scooter|plane|canoe|rowing boat|rowboat|wagon|coach)")),
        # picking a thing up from the ground is bending down to it
        ("kneel", latin(r"(?:picked|picks|picking|pick) (?:\w+ ){0,3}up (?:\w+ ){0,3}(?:from|off) the (?:\w+ )?"
                         r"(?:ground|floor|grass|sand|dirt|earth|path|road|beach|rug|carpet)")),
        ("lie", latin(r"(?:climbed|climbs|got|gets|crawled|crept) (?:back )?into (?:his |her |their |the )?bed")),
        ("climb", latin(r"(?:went|goes|walked|walks|came|comes|crept|tiptoed|hurried|stomped|made (?:his|her|their"
                         r"|its) way) up (?:the|a|some|an) (?:\w+ )?(?:stairs|staircase|steps|ladder|rope|tree"
                         r"|rocks?|cliff|wall)",
                         r"(?:went|goes|walked|came|crept|tiptoed|hurried) upstairs")),
        ("sleep", latin(r"(?:went|goes|go|going|gone|sent) (?:back )?to (?:sleep|bed)",
                         r"fell asleep|falls asleep|falling asleep", r"(?:lay|lies|lying) (?:\w+ )?asleep",
                         r"took a nap", r"(?:nodded|drifted|dropped) off")),
        ("kneel", latin(r"(?:got|gets|fell|falls|dropped|drops|sank|sinks|went|goes) (?:down )?(?:on|to) (?:his|her"
                         r"|their|its|one|both|my|our|your) knees?",
                         r"on (?:his|her|their|its|one|both|my|our|your) knees?")),
        ("run", latin(r"came (?:running|racing|rushing|dashing)", r"gave chase", r"took off running",
                       r"ran|runs|running|run|raced|races|racing|rushed|rushes|rushing|dashed|dashes|dashing"
                       r"|sprinted|sprints|sprinting|sprint|fled|flees|fleeing|flee|chased|chases|chasing|galloped"
                       r"|gallops|galloping|gallop|darted|darts|darting|scurried|scurries|scurrying|scampered"
                       r"|scampers|scampering|bolted|hurtled|charged|jogged|jogs|jogging|jog",
                       r"(?:to|n't|not|did|would|could|can|will|must) chase")),
        ("stand", latin(r"(?:got|gets|getting|get|rose|rises|jumped|sprang|struggled|scrambled) to (?:his|her|their"
                         r"|its|my|our|your) feet",
                         r"rose (?:from|up)", r"(?:got|gets|getting|get) up")),
        ("wave", latin(r"waved|waving",
                        r"waves? (?:goodbye|good-bye|hello|farewell|at|to|back|his|her|their|a|its|both|the|them)",
                        r"(?:to|n't|not|did|would|could|can|will|must) wave")),
        ("point", latin(r"pointed|pointing",
                         r"points? (?:at|to|towards?|up|down|out|ahead|across|with|into|straight|back|over)")),
        ("sleep", latin(r"asleep|slept|sleeps|sleeping|sleep|napped|napping|naps|dozed|dozes|dozing|doze|snored"
                         r"|snores|snoring|slumbered|slumbering")),
        ("lie", latin(r"lay down|lies down|lying down|lie down|lain|stretched out|sprawled",
                       r"lay|lying",
                       r"lies? (?:on|in|under|beside|by|among|awake|still|flat|back|there|curled|quietly|motionless"
                       r"|face|in bed)")),
        ("sit", latin(r"sat|sits|sitting|sit|seated|took a seat|perched|perches|perching"
                       r"|rowed|rows|rowing|paddled|paddling|pedalled|pedaled|pedalling|pedaling|cycled|rode")),
        ("kneel", latin(r"knelt|kneeled|kneels|kneeling|kneel|crouched|crouches|crouching|crouch|(?:bent|bends"
                         r"|bending|bend) (?:down|over|low)|squatted|squats|squatting|squat|stooped|stoops|stooping"
                         r"|stoop|hunkered down")),
        ("jump", latin(r"jumped|jumps|jumping|jump|leapt|leaped|leaps|leaping|leap|hopped|hops|hopping|hop|bounced"
                        r"|bounces|bouncing|bounce|sprang|springs up|vaulted")),
        ("climb", latin(r"climbed|climbs|climbing|climb|clambered|clambers|clambering|clamber|scrambled up"
                         r"|scrambles up|scaled")),
        ("hold", latin(r"held|holds|holding|hold|carried|carries|carrying|carry|lifted|lifts|lifting|lift",
                        r"(?:picked|picks|picking|pick) up", r"(?:picked|picks|picking) (?:\w+ ){1,3}up",
                        r"gave|gives|giving|give|handed|hands (?:him|her|them|me|us|it|over)",
                        r"offered|offers|offering|grabbed|grabs|grabbing|grab|clutched|clutches|clutching|clutch"
                        r"|gripped|grips|gripping|grasped|grasps|grasping|hugged|hugs|hugging|hug|cuddled|cuddling"
                        r"|cradled|cradles|cradling|embraced|embracing|took hold")),
        ("stand", latin(r"stood|standing",
                         r"stands? (?:up|still|there|here|alone|in|on|at|by|near|beside|before|behind|outside|inside"
                         r"|under|next|guard|tall|straight|frozen|watching|looking|waiting|aside|back|together|and"
                         r"|motionless|quietly|silently|upright)",
                         r"(?:to|n't|not|did|would|could|can|will|must|let's) stand",
                         r"waited|waits|waiting|wait (?:for|there|here|outside|inside|at|by|in)|stopped|stops"
                         r"|stopping|halted|halts")),
        ("walk", latin(r"walked|walks|walking|walk|went|goes|going|came|comes|coming|stepped|stepping|steps? (?:on"
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
        (None, latin(
            # things that stand, lie, run ("Das Haus stand", "lag ein Dorf", "die Zeit lief")
            r"\w*(?:haus|hütte|schloss|burg|turm|kirche|baum|eiche|tanne|dorf|stadt|mühle|tisch|stuhl|tür|tor|mauer"
            r"|wand|brücke|auto|wagen|zug|bus|schiff|boot|fluss|bach|wasser|weg|straße|pfad|zeit|uhr|wind|sonne|mond"
            r"|nebel|rauch|schnee|regen|wolken?|brief|buch|schlüssel|schatz|korb|kiste|flasche|tasse|lampe|kerze"
            r"|stein|felsen|berg|hügel|tal|see|meer|herz|schauer|tränen|blut|film|motor|nase|ball|preis|stille|laub"
            r"|winter|sommer|frühling|herbst|nacht|abend) (?:stand|standen|steht|stehen|lag|lagen|liegt|liegen|lief"
            r"|liefen|läuft|saß|kam|kamen|kommt|ging|geht|stieg|sprang|hielt|rannte|raste|sauste|trug|trugen|trägt)",
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
            r"hielt\w* (?:\w+ )?(?:Wort|eine Rede)", r"hielt\w* (?:\w+ ){0,2}\w*(?:Versprechen|Wort)",
            r"gab (?:\w+ ){0,2}(?:auf|nach|zu|Acht|acht|Antwort|Bescheid|Laut|Ruhe|Gas)(?!\w)",
            r"gab (?:\w+ )?(?:einen|ein) (?:\w+ )?(?:Schrei|Seufzer|Laut|Tritt|Stoß|Zeichen|Befehl)",
            r"zeigte\w* sich", r"stellte\w* sich (?:\w+ ){0,3}(?:vor|heraus)(?!\w)",
            r"setzte\w* sich (?:\w+ )?(?:durch|zur Wehr|ein)(?!\w)",
            r"(?:ein|der|einen|den|dem) Floh", r"(?:legte|legt) sich (?:der|die|das) (?:Wind|Sturm|Nebel|Aufregung)")),
        # going by bicycle or on horseback is sitting; lifting a thing from the ground, bending down
        ("sit", latin(r"(?:ging|gingen|geht|gehen|kam|kamen|kommt|kommen|gekommen) (?:\w+ ){0,4}(?:mit dem|mit einem"
                       r"|mit seinem|mit ihrem|auf dem|auf einem|im|in einem|in der) (?:\w+ )?(?:Rad|Fahrrad|Auto"
                       r"|Wagen|Bus|Zug|Boot|Schlitten|Kutsche|Karren|Traktor|Pferd|Pony|Esel|Roller|Motorrad|Taxi"
                       r"|Straßenbahn|Kanu|Ruderboot|Fähre|Schiff)\w*",
                       r"(?:ging|gingen|geht|gehen) (?:\w+ ){0,3}(?:Rad fahren|Fahrrad fahren|Schlitten fahren"
                       r"|Boot fahren|reiten|rodeln|rudern|radeln|paddeln)")),
        ("kneel", latin(r"(?:hob|hoben|hebt|heben|sammelte\w*|las|lasen)\w* (?:\w+ ){0,4}(?:vom|von dem|aus dem)"
                         r" (?:\w+ )?(?:Boden|Fußboden|Gras|Weg|Sand|Dreck|Schnee|Laub)\w* (?:\w+ )?(?:auf|hoch)(?!\w)",
                         r"vom Boden (?:aufgehoben|aufheben|aufgelesen)")),
        ("walk", latin(r"setzte\w* sich (?:\w+ )?in Bewegung", r"sich (?:\w+ )?in Bewegung (?:setzen|setzte|gesetzt)",
                        r"machte\w* sich (?:\w+ )?auf den Weg")),
        ("sleep", latin(r"(?:ging|gingen|geht|gehen|gegangen) (?:\w+ ){0,3}(?:schlafen|ins Bett|zu Bett)",
                         r"schlafen (?:ging|gingen|gehen|gegangen)")),
        ("kneel", latin(r"(?:ging|gingen|fiel|fielen|sank|sanken|sackte) (?:\w+ )?(?:in die|auf die) (?:Knie|Hocke)")),
        ("climb", latin(r"(?:stieg|stiegen|steigt|kletterte|kletterten)\w* (?:\w+ ){0,5}(?:hinauf|herauf|hoch|empor"
                         r"|nach oben)(?!\w)",
                         r"(?:ging|gingen|geht) (?:\w+ ){0,2}(?:Treppe|Treppen|Stufen|Leiter|Stiege)\w* (?:hinauf"
                         r"|hoch|herauf|nach oben)",
                         r"(?:stieg|stiegen|steigt) (?:auf )?(?:den|die|das|eine|einen) (?:\w+ )?(?:Baum|Leiter"
                         r"|Treppe|Treppen|Stufen|Berg|Turm|Mauer|Dach|Felsen|Hügel)\w*",
                         r"hinaufgestiegen|hochgestiegen|hinaufsteigen|hinaufstieg\w*|emporgestiegen")),
        ("stand", latin(r"hielt\w* (?:\w+ ){0,2}(?:an|inne)(?=\s*[.,;:!?]|\s*$|\s+und)", r"hielt Wache",
                         r"blieb\w* (?:\w+ ){0,2}stehen", r"stehen ?geblieben",
                         r"(?:stand|standen|steht) (?:\w+ ){0,3}auf(?!\w)", r"erhob\w* sich")),
        ("run", latin(r"renn\w*|rannte\w*|gerannt|lief|liefen|liefst|läuft|laufen|laufend\w*|gelaufen|davongelaufen"
                       r"|weggelaufen|raste|rasten|flüchtete\w*|flüchtet|geflüchtet|floh|flohen|geflohen|flieht"
                       r"|fliehen|jagte\w*|gejagt|verfolgte\w*|galoppierte\w*|galoppiert|sauste\w*|flitzte\w*"
                       r"|sprintete\w*|spurtete\w*|stürmte\w* (?:\w+ ){0,3}(?:davon|hinaus|heraus|hinein|herein|los"
                       r"|nach)")),
        ("sleep", latin(r"schlief\w*|schläft|schlafen|schlafend\w*|geschlafen|eingeschlafen|einschlafen|döste\w*"
                         r"|döst|gedöst|schlummerte\w*|schlummert|nickte\w* (?:\w+ )?ein|Nickerchen")),
        ("lie", latin(r"lag|lagen|lagst|liegt|liegen|liegend\w*|(?:legte|legten|legt) (?:\w+ )?sich|hingelegt"
                       r"|hinlegen|ausgestreckt")),
        ("sit", latin(r"saß\w*|sass|sassen|sitzt|sitzen|sitzend\w*|gesessen|(?:setzte|setzten|setzt) (?:\w+ )?sich"
                       r"|sich (?:\w+ ){0,3}(?:hin)?(?:ge)?setz(?:en|te|ten|t)|hinsetzen|hingesetzt|niedergesetzt"
                       r"|nahm\w* Platz|Platz genommen")),
        ("kneel", latin(r"kniete\w*|kniet|knien|kniend\w*|gekniet|hockte\w*|hockt|hocken|gehockt|in der Hocke"
                         r"|(?:duckte|duckten|duckt|bückte|bückten|bückt) (?:\w+ )?sich|kauerte\w*|kauert"
                         r"|beugte\w* sich (?:\w+ ){0,2}(?:hinunter|herunter|nieder|vor|über)")),
        ("jump", latin(r"sprang\w*|springt|springen|gesprungen|springend\w*|hüpfte\w*|hüpft|hüpfen|gehüpft"
                        r"|hüpfend\w*|hopste\w*|einen Sprung|einen Satz")),
        ("climb", latin(r"kletterte\w*|klettert|klettern|geklettert|kletternd\w*|kraxelte\w*|erklomm\w*|erklimmt")),
        ("point", latin(r"(?:zeigte|zeigten|zeigt|zeigen|gezeigt|zeigend|deutete|deuteten|deutet|deuten"
                         r"|gedeutet) (?:\w+ ){0,3}(?:auf|nach|in Richtung|hinauf|hinüber|dorthin|darauf"
                         r"|dahin)(?!\w)",
                         r"mit dem (?:Zeige)?finger")),
        ("hold", latin(r"hielt\w*|hält|halten|gehalten|haltend\w*|trug|trugen|trägt|tragen|getragen|tragend\w*"
                        r"|hob\w* (?:\w+ ){0,3}(?:hoch|auf)(?!\w)|hochgehoben|hochheben|aufgehoben|umarmte\w*|umarmt"
                        r"|drückte\w* (?:\w+ ){0,3}an sich|nahm\w* (?:\w+ ){0,3}(?:in den Arm|in die Arme"
                        r"|auf den Arm|in die Hand)|packte\w*|ergriff\w*|griff\w* nach|schnappte\w* sich|reichte\w*"
                        r"|überreichte\w*|gab|gaben|schenkte\w*")),
        ("wave", latin(r"winkte\w*|winkt|winken|gewinkt|winkend\w*|zuwinkte\w*|zuwinken")),
        ("stand", latin(r"stand|standen|steht|stehen|stehend\w*|gestanden|aufgestanden|aufstehen|stellte\w* sich"
                         r"|wartete\w*|wartet|warten|gewartet|wartend\w*|hielt\w* an|blieb\w* stehen")),
        ("walk", latin(r"ging|gingen|gingst|geht|gehen|gegangen|gehend\w*|spazier\w*|wanderte\w*|wandert|wandern"
                        r"|gewandert|schlenderte\w*|schlendert|marschierte\w*|marschiert|kam|kamen|kommt|kommen"
                        r"|gekommen|schlich\w*|stapfte\w*|eilte\w*|eilt|geeilt|humpelte\w*|schritt|schritten"
                        r"|trottete\w*|trat\w* (?:\w+ ){0,3}(?:ein|hinaus|heraus|vor|zurück|näher|herein|hinein"
                        r"|durch|hervor)(?!\w)")),
    ],
    "es": [
        (None, latin(
            r"(?:el|la|los|las|un|una) (?:río|arroyo|agua|viento|tiempo|camino|sendero|sol|luna|niebla|humo|coche"
            r"|tren|autobús|barco|reloj|rumor|noticia|sangre|lágrimas?|escalofrío|corazón|castillo|casa|torre|árbol"
            r"|pueblo|aldea|ciudad|puente|precio|temperatura|fiebre|carta|libro|llave|tesoro|ola|olas) (?:corría"
            r"|corrió|corre|corren|subía|subió|sube|se levantó|se levantaba|se detuvo|esperaba|estaba de pie|saltó"
            r"|saltaba|pasó|pasaba|llegó|llegaba|caminaba|andaba|llevó|llevaba|llevaban)",
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
            r"saltó a la vista", r"(?:el|al|del) salto",
            r"(?:el|la|los|las) (?:\w+ )?(?:camino|sendero|senda|calle|carretera|escalera|puerta|puente|río|pasillo"
            r"|túnel) (?:\w+ )?(?:llevaba|llevó|lleva|llevaban)",
            r"(?:cog|agarr|atrap)\w+ (?:un|una|el|la) (?:\w+ )?(?:resfriado|resfrío|catarro|gripe|fiebre|autobús|tren"
            r"|rabieta|berrinche)")),
        # riding a bicycle or a horse is sitting ("andaba en bicicleta"); lifting a thing from the floor, kneeling
        ("sit", latin(r"(?:and\w+|iba|iban|fue|fueron|va|van|camin\w+|pase\w+|se acercó|se alejó|se dirigió)"
                       r" (?:\w+ ){0,2}(?:en|a) (?:su |la |el |un |una )?(?:bicicleta|bici|moto|motocicleta|barca|bote"
                       r"|coche|carro|auto|autobús|tren|caballo|burro|poni|trineo|carreta|carruaje|canoa|camello|mula"
                       r"|tranvía|taxi|barco)(?!\w)")),
        ("kneel", latin(r"(?:recog|cog|levant|alz)\w+ (?:\w+ ){0,3}del (?:\w+ )?(?:suelo|piso|césped|barro|camino"
                         r"|arena)")),
        ("sleep", latin(r"se (?:fue|iba|va|marchó) a (?:dormir|la cama|acostar)", r"(?:una|la) siesta",
                         r"se quedó dormid[oa]")),
        ("climb", latin(r"(?:subió|subía|subiendo|subir|suben|sube|subieron)(?: \w+){0,2} (?:las escaleras"
                         r"|la escalera|los escalones|al árbol|el árbol|a un árbol|la montaña|la colina|la cuerda"
                         r"|al muro|el muro|a la torre|la torre|al tejado|las rocas|a lo alto)")),
        ("stand", latin(r"se (?:levantó|levantaba|levanta|levantaron|puso de pie|quedó de pie|paró|detuvo|detenía"
                         r"|detuvieron|quedó quiet[oa])", r"(?:estaba|estaban|está|están|seguía) de pie", r"de pie",
                         r"levantándose", r"erguid[oa]s?")),
        ("walk", latin(r"a pie")),
        ("jump", latin(r"(?:dio|pegó) un (?:\w+ )?(?:salto|brinco)")),
        ("wave", latin(r"(?:saludó|saludaba|saludando|saludar|se despidió|se despedía"
                        r"|despidiéndose)(?: \w+)? con la mano",
                        r"(?:agitó|agitaba|agitando|movió|movía|moviendo|sacudió) (?:la|su) mano")),
        ("run", latin(r"corrió|corría|corrían|corre|corren|corriendo|correr|corrieron|corrido|huyó|huía|huían"
                       r"|huyeron|huir|huyendo|persiguió|perseguía|persiguiendo|perseguir|persiguieron|galoparon|galopó"
                       r"|galopaba|galopando|salió disparad[oa]|se precipitó|echó a correr")),
        ("sleep", latin(r"durmió|dormía|dormían|duerme|duermen|durmiendo|dormir|dormid[oa]s?|durmieron|se durmió"
                         r"|dormitaba|dormitó|roncaba|roncó")),
        ("lie", latin(r"se (?:acostó|acostaba|acuesta|acostaron|tumbó|tumbaba|tumba|tumbaron|tendió|tendía|echó"
                       r"|echaba)|acostad[oa]s?|tumbad[oa]s?|tendid[oa]s?|acostarse|tumbarse|yacía|yace"
                       r"|echad[oa]s? (?:en|sobre|bajo)")),
        ("sit", latin(r"se (?:sentó|sentaba|sentaban|sentaron|sienta|sientan)|sentad[oa]s?|sentarse|sentándose"
                       r"|sentarnos|tomó asiento")),
        ("kneel", latin(r"se (?:arrodilló|arrodillaba|arrodillaron|agachó|agachaba|agacharon|puso en cuclillas"
                         r"|inclinó)|arrodillad[oa]s?|arrodillarse|de rodillas|agachad[oa]s?|en cuclillas")),
        ("jump", latin(r"saltó|saltaba|saltaban|saltando|saltar|saltaron|brincó|brincaba|brincando|brincar"
                        r"|brincaron|brincaban")),
        ("climb", latin(r"trepó|trepaba|trepando|trepar|treparon|escaló|escalaba|escalando|escalar|escalaron")),
        ("point", latin(r"señaló|señalaba|señalando|señalar|señala|señalan|señalaron",
                         r"apunt(?:ó|aba|ando) (?:con el dedo|hacia)")),
        ("hold", latin(r"sostuvo|sostenía|sosteniendo|sostener|sujetaba|sujetó|sujetando|llevó|llevaba|llevaban"
                        r"|llevando|cargó|cargaba|cargando|cargar|recogió|agarró|agarraba|agarrando|cogió|cogía"
                        r"|entregó|ofreció|regaló|abrazó|abrazaba|abrazando|levantó|alzó|tomó en brazos"
                        r"|dio un abrazo|sostuvieron|sostenían|sujetaban|sujetaron|llevaron|cargaron|cargaban"
                        r"|recogieron|recogía|recogían|recoger|recogiendo|agarraron|agarraban|cogieron|cogían"
                        r"|coger|cogiendo|entregaron|entregaba|entregando|ofrecieron|ofrecía|ofreciendo"
                        r"|regalaron|regalaba|abrazaron|abrazaban|levantaron|alzaron|alzaba",
                        r"(?:le|les) (?:dio|daba|entregó) (?:un|una|el|la|los|las|su|sus) (?!(?:grito|susto|miedo"
                        r"|beso|vuelta|paseo|salto|golpe|consejo|permiso)(?!\w))\w+")),
        ("stand", latin(r"esperó|esperaba|esperaban|esperando|aguardaba|aguardó|esperaron|aguardaron")),
        ("walk", latin(r"caminó|caminaba|caminaban|camina|caminan|caminando|caminar|caminaron|anduvo|andaba|andaban"
                        r"|andando|andar|paseó|paseaba|paseando|pasear|dio un paseo|dio unos pasos|marchó|marchaba"
                        r"|se (?:dirigió|dirigía|acercó|acercaba|apresuró|apresuraba|alejó|alejaba)|vagó|vagaba"
                        r"|deambulaba|deambuló|anduvieron|pasearon|paseaban|marcharon|marchaban|vagaron")),
    ],
    "fr": [
        (None, latin(
            r"(?:(?:le|la|les|un|une) |l')(?:rivière|fleuve|ruisseau|eau|vent|temps|chemin|route|soleil|lune|brouillard"
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
            r"(?:tenait|tient|tint|tenir|tenaient|tinrent) (?:(?:sa|ses|leur|leurs|une) (?:\w+ )?)?(?:promesses?"
            r"|parole)",
            r"(?:portait|porta|portaient|porte|porter|porté)(?: \w+){0,3} (?:robe|chapeau|manteau|veste|chaussures"
            r"|bottes|pantalon|lunettes|casquette|bonnet|écharpe|jupe|chemise|pull|uniforme|couronne|tablier|gants"
            r"|cape|capuche|cheveux|barbe|tresses|collier|bague|costume|masque|casque|vêtements|nom)\w*",
            r"porta plainte", r"(?:montra|montrait|pointa|pointait) (?:le|son) nez",
            r"donn\w+ (?:sur|un coup|l'ordre|raison|naissance)", r"fit signe (?:de|que) (?:la tête|oui|non)",
            r"se rendit compte", r"(?:un|le|d'un) bond en avant", r"sauter le pas|sauta aux yeux")),
        # going by bicycle or on horseback is sitting; picking a thing up from the ground, kneeling
        ("sit", latin(r"(?:alla|allait|allèrent|allaient|partit|partirent|rentra|rentrèrent|se promena|se rendit"
                       r"|arriva|arrivèrent|vint|vinrent|revint|s'en alla|s'en allèrent|se dirigea)\w*"
                       r" (?:\w+ ){0,3}(?:à|en) (?:vélo|bicyclette|voiture|bateau|barque|cheval|moto|poney|âne"
                       r"|traîneau|calèche|charrette|canoë|train|bus|autobus|taxi)(?!\w)")),
        ("kneel", latin(r"(?:ramass|cueill|pri)\w+ (?:\w+ ){0,3}(?:par terre|sur le sol|à terre|dans l'herbe"
                         r"|sur le sable|au sol|sur le plancher)")),
        ("sleep", latin(r"(?:alla|allait|alla se|va|vont|allèrent|partit) (?:se )?(?:coucher|dormir)", r"au lit",
                         r"fit la sieste|faisait la sieste")),
        ("climb", latin(r"(?:monta|montait|montant|monter|montèrent|grimpa)(?: \w+){0,2} (?:l'escalier"
                         r"|les escaliers|les marches|à l'échelle|l'échelle|sur l'échelle|à l'arbre|dans l'arbre"
                         r"|sur l'arbre|la colline|la montagne|la corde|sur le mur|sur le toit|au sommet|en haut)")),
        ("stand", latin(r"se (?:leva|levait|lève|levèrent|tenait|tint|tient|tenaient|redressa|dressa|arrêta"
                         r"|arrêtait|arrêtèrent|arrête)|s'arrêt\w+|debout|resta (?:planté|immobile)")),
        ("wave", latin(r"(?:fit|faisait|fait|faisant|firent)(?: un)? (?:signe|geste|au revoir"
                        r"|coucou)(?: \w+){0,2} de la main",
                        r"(?:agita|agitait|agitant|agiter|leva|levait) (?:la|sa) main",
                        r"(?:salua|saluait|saluant) de la main", r"(?:fit|faisait|firent) (?:un )?signe",
                        r"fit coucou")),
        ("point", latin(r"(?:montra|montrait|montrant|montrer|pointa|pointait|pointant|désigna|désignait"
                         r"|désignant)(?: \w+){0,3} du doigt",
                         r"(?:pointa|pointait|pointant)(?: \w+){0,2} (?:vers|sur|en direction)",
                         r"désigna|désignait|désignant")),
        ("kneel", latin(r"s'agenouill\w+|agenouillé\w*|à genoux|se mit à genoux|s'accroupi\w*|accroupi\w*"
                         r"|se (?:pencha|penchait|baissa|baissait|penchèrent|baissèrent)")),
        ("run", latin(r"courut|coururent|courait|couraient|court|courent|courir|couru|courue|en courant|accourut"
                       r"|accoururent|accourait|accourir|s'enfuit|s'enfuyait|s'enfuirent|s'enfuir|enfui\w*|fuyait"
                       r"|fuit|fuir|prit la fuite|poursuivit|poursuivait|poursuivant|pourchassait|pourchassa|galopa"
                       r"|galopait|galopant|se (?:précipita|précipitait|précipitèrent|sauva|sauvait|rua)|fila"
                       r"|poursuivirent|galopèrent|s'enfuyaient")),
        ("sit", latin(r"s'assi\w+|s'assey\w+|s'asseoir|assis|assise|assises|prit place|prirent place")),
        ("sleep", latin(r"se rendorm\w+|rendormi\w*|s'assoupi\w*|assoupi\w*",
                         r"dormait|dormaient|dort|dorment|dormir|dormit|dormi|dormant|s'endormi\w*|s'endormai\w*"
                         r"|endormi\w*|sommeillait|somnolait|somnola|ronflait")),
        ("lie", latin(r"s'allong\w+|allongé\w*|s'étendi\w+|étendu\w*|couché|couchée|couchés|couchées|se (?:coucha"
                       r"|couchait|couchèrent)|gisait")),
        ("jump", latin(r"sauta|sautait|sautaient|sauter|sautant|sautèrent|bondit|bondissait|bondir|bondissant"
                        r"|sautilla|sautillait|sautillant|fit un bond|bondirent|sautillèrent")),
        ("climb", latin(r"grimpa|grimpait|grimper|grimpé|grimpant|grimpèrent|escalada|escaladait|escalader|gravit"
                         r"|gravissait|escaladèrent|gravirent")),
        ("hold", latin(r"tenait|tint|tenir|tient|tenant|tenaient|porta|portait|portaient|porter|portant|souleva"
                        r"|soulevait|ramassa|ramassait|saisit|saisissait|attrapa|attrapait|empoigna|tendit|offrit"
                        r"|donnait|donnaient|donnèrent|donnant|offrait|offraient|offrirent|offrant|tendait"
                        r"|tendirent|tendant|ramassèrent|ramassé|ramasser|ramassant|attrapèrent|attrapé|attraper"
                        r"|attrapant|saisirent|soulevèrent|portèrent|tinrent"
                        r"|donna|serra (?:\w+ ){0,2}dans ses bras|prit (?:\w+ ){0,2}dans ses bras|serrait")),
        ("stand", latin(r"attendait|attendit|attendaient|attendre|attendant|resta debout|attendirent")),
        ("walk", latin(r"marcha|marchait|marchaient|marcher|marchant|marchèrent|se (?:promena|promenait|promener"
                        r"|dirigea|dirigeait|hâta|hâtait|dépêcha|dépêchait|rendit|promenèrent|promenaient|dirigèrent"
                        r"|hâtèrent|dépêchèrent|rendirent)|promenade|s'approch\w+"
                        r"|s'éloign\w+|alla|allèrent|s'en alla|avança|avançait|flâna|flânait|erra|errait"
                        r"|fit (?:quelques|un|deux) pas")),
    ],
    "it": [
        (None, latin(
            r"(?:(?:il|lo|la|i|gli|le|un|una) |l')(?:fiume|ruscello|acqua|vento|tempo|sentiero|strada|sole|luna|nebbia"
            r"|fumo|auto|treno|autobus|nave|barca|orologio|voce|sangue|lacrime|brivido|cuore|castello|casa|torre"
            r"|albero|villaggio|paese|città|ponte|prezzo|temperatura|febbre|lettera|libro|chiave|tesoro|onda"
            r"|onde) (?:correva|corse|corre|corrono|salì|saliva|si alzò|si alzava|si fermò|aspettava|saltò|passava"
            r"|arrivò|portò|portava|portavano)",
            r"(?:sole|vento|luna) si alz\w+",
            r"(?:portava|portavano|portò|indossava)(?: \w+){0,3} (?:vestito|cappello|cappotto|giacca|scarpe|stivali"
            r"|pantaloni|occhiali|berretto|sciarpa|gonna|camicia|maglione|maglia|uniforme|corona|grembiule|guanti"
            r"|mantello|cappuccio|capelli|barba|trecce|collana|anello|abito|maschera|casco|vestiti|nome)\w*",
            r"ci ten\w+", r"(?:andava|andò|andavano|andarono) (?:\w+ )?(?:bene|male|storto)", r"come andava",
            r"(?:il|un|al|del) salto", r"(?:il|un|al|nel|del) corso",
            r"raccol\w+ (?:tutto |tutte |il |le |i )?(?:suo |sue |suoi )?(?:coraggio|forze|pensieri|idee)",
            r"(?:(?:il|lo|la|i|gli|le) |l')(?:\w+ )?(?:sentiero|strada|via|scala|porta|ponte|fiume|corridoio"
            r"|galleria) (?:\w+ )?(?:portava|portò|porta|portavano)")),
        # going by bicycle or on horseback is sitting; picking a thing up from the ground, kneeling
        ("sit", latin(r"(?:andò|andava|andarono|andavano|tornò|tornava|tornarono|partì|arrivò|se ne andò|va|vanno"
                       r"|venne|camminava)\w* (?:\w+ ){0,3}(?:in|a) (?:bicicletta|bici|macchina|auto|barca|carrozza"
                       r"|treno|autobus|moto|slitta|canoa|cavallo)(?!\w)")),
        ("kneel", latin(r"(?:raccol|prese|prend|sollev)\w* (?:\w+ ){0,3}(?:da terra|dal pavimento|dall'erba"
                         r"|dalla sabbia|dal suolo)")),
        ("sleep", latin(r"(?:andò|andava|andarono|va) a (?:dormire|letto)", r"(?:schiacciò|fece) un pisolino")),
        ("climb", latin(r"(?:salì|saliva|salendo|salire|salirono)(?: \w+){0,2} (?:le scale|la scala|sulla scala"
                         r"|sull'albero|la collina|la montagna|la torre|i gradini|sul tetto|sul muro|in cima)")),
        ("stand", latin(r"si (?:alzò|alzava|alza|alzarono|fermò|fermava|ferma|fermarono|drizzò)|alzarsi|alzandosi"
                         r"|in piedi")),
        ("wave", latin(r"(?:salutò|salutava|salutando|salutare)(?: \w+)? con la mano",
                        r"(?:agitò|agitava|agitando|sventolò|sventolava|sventolando) (?:la|una|il) (?:mano|braccio"
                        r"|fazzoletto)", r"fece ciao")),
        ("kneel", latin(r"si (?:inginocchiò|inginocchiava|accovacciò|accovacciava|chinò|chinava|abbassò|accucciò)"
                         r"|inginocchiat\w|in ginocchio|accovacciat\w|accucciat\w|chinat\w")),
        ("run", latin(r"corse|correva|correvano|corre|corrono|correre|correndo|corsero|è corso|è corsa|scappò"
                       r"|scappava|scappare|scappando|scapparono|fuggì|fuggiva|fuggire|fuggendo|fuggirono|inseguì"
                       r"|inseguiva|inseguendo|inseguire|galoppò|galoppava|galoppando|sfrecciò|si precipitò|fuggivano"
                       r"|inseguirono|galopparono|sfrecciarono|si precipitarono")),
        ("sit", latin(r"si (?:sedette|sedettero|siede|sedeva|siedono|sedevano|era sedut\w)|sedeva|sedevano"
                       r"|sedut[oaie]|sedersi|sedendosi|sedette|sedettero")),
        ("lie", latin(r"si (?:sdraiò|sdraiava|distese|stese|coricò|coricava)|sdraiat[oaie]|sdraiarsi|distes[oaie]"
                       r"|giaceva|giacque|coricat[oaie]")),
        ("sleep", latin(r"si riaddorment\w+|riaddormentat\w|si appisol\w+|appisolat\w",
                         r"dormì|dormiva|dormivano|dorme|dormono|dormire|dormendo|addormentat[oaie]|si addormentò"
                         r"|si addormentava|addormentarsi|sonnecchiava|sonnecchiò|russava")),
        ("jump", latin(r"saltò|saltava|saltavano|saltare|saltando|saltarono|saltellò|saltellava|saltellando|balzò"
                        r"|balzava|balzando|fece un salto|balzarono|saltellarono")),
        ("climb", latin(r"si arrampicò|arrampicava|arrampicarsi|arrampicandosi|arrampicat[oaie]|scalò|scalava"
                         r"|scalare|scalando|scalarono")),
        ("point", latin(r"indicò|indicava|indicando|indicare|indicarono|additò|additava|additando",
                         r"puntò il dito|puntava il dito")),
        ("hold", latin(r"teneva|tenne|tenere|tenendo|tenevano|reggeva|resse|reggendo|portava|portò|portare|portando"
                        r"|portavano|sollevò|sollevava|sollevando|raccolse|raccoglieva|afferrò|afferrava|afferrando"
                        r"|prese in braccio|porse|offrì|consegnò|abbracciò|abbracciava|abbracciando|stringeva|tennero"
                        r"|portarono|sollevarono|raccolsero|raccoglievano|raccogliere|raccogliendo|afferrarono"
                        r"|consegnarono|consegnava|abbracciarono|strinse|strinsero")),
        ("stand", latin(r"aspettava|aspettò|aspettavano|aspettando|aspettare|attendeva|attese|rimase in piedi"
                         r"|aspettarono")),
        ("walk", latin(r"camminò|camminava|camminavano|cammina|camminare|camminando|passeggiò|passeggiava"
                        r"|passeggiare|passeggiando|fece una passeggiata|andò|andava|andarono|andavano|se ne andò"
                        r"|si (?:avviò|avviava|diresse|dirigeva|avvicinò|avvicinava|affrettò|affrettava|allontanò)"
                        r"|marciò|marciava|vagava|vagò|girovagava|fece (?:qualche|due|un) pass\w|camminarono"
                        r"|passeggiarono")),
    ],
    "pt": [
        (None, latin(
            r"(?:o|a|os|as|um|uma) (?:rio|riacho|água|vento|tempo|caminho|estrada|sol|lua|névoa|fumaça|fumo|carro"
            r"|trem|comboio|ônibus|autocarro|barco|navio|relógio|boato|sangue|lágrimas?|arrepio|coração|castelo|casa"
            r"|torre|árvore|aldeia|vila|cidade|ponte|preço|temperatura|febre|carta|livro|chave|tesouro|onda"
            r"|ondas) (?:corria|correu|corre|correm|subia|subiu|se levantou|levantou-se|parou|esperava|pulou|saltou"
            r"|passou|passava|chegou|andava|levou|levava|levavam)",
            r"(?:primeiro|segundo|terceiro|quarto|último|de cima|de baixo|no|do|um|o) andar",
            r"esper\w+ que", r"lev\w+ (?:\w+ )?(?:anos|meses|dias|horas|semanas|tempo|minutos)",
            r"(?:levava|levavam|usava|usavam|vestia|vestiam)(?: \w+){0,3} (?:vestido|chapéu|casaco|jaqueta|sapatos"
            r"|botas|calças?|óculos|boné|gorro|cachecol|saia|camisa|camiseta|suéter|uniforme|coroa|avental|luvas"
            r"|capa|capuz|cabelo|barba|tranças|colar|anel|terno|máscara|capacete|roupas?|nome)\w*",
            r"and\w+ (?:muito |tão )?(?:triste|feliz|contente|preocupad\w|cansad\w|ocupad\w|perdid\w)",
            r"sent(?:iu|ia|iam|ir)-se|se sent(?:iu|ia|iam|ir)", r"pegou no sono", r"(?:o|um|no|do) (?:pulo|salto)",
            r"(?:o|a|os|as) (?:\w+ )?(?:caminho|estrada|trilha|rua|escada|porta|ponte|rio|corredor|túnel) (?:\w+ )?"
            r"(?:levava|levou|leva|levavam)",
            r"(?:apanh|peg|agarr)\w+ (?:um|uma|o|a) (?:\w+ )?(?:resfriado|constipação|gripe|febre|ônibus|autocarro"
            r"|comboio|trem|susto|chuva)", r"peg\w+ (?:no|num) (?:sono|trem|ônibus)")),
        # riding a bicycle or a horse is sitting ("andou de bicicleta"); picking a thing up from the floor, kneeling
        ("sit", latin(r"(?:and\w+|foi|foram|ia|iam|vai|vão|veio|vieram|chegou|passe\w+|camin\w+) (?:\w+ ){0,2}"
                       r"(?:de|a|em) (?:bicicleta|bici|moto|barco|carro|ônibus|autocarro|trem|comboio|cavalo|burro"
                       r"|pônei|trenó|carroça|charrete|canoa|camelo|mula|táxi)(?!\w)")),
        ("kneel", latin(r"(?:apanh|peg|recolh|levant|ergu)\w+ (?:\w+ ){0,3}do (?:\w+ )?(?:chão|solo|relva|gramado"
                         r"|caminho|areia)")),
        ("sleep", latin(r"pegou no sono|(?:foi|ia|vai|foram) (?:\w+ )?(?:dormir|para a cama|deitar-se|se deitar)")),
        ("climb", latin(r"(?:subiu|subia|subindo|subir|subiram|sobe)(?: \w+){0,2} (?:a escada|as escadas|os degraus"
                         r"|na árvore|a árvore|numa árvore|no telhado|no muro|a montanha|a colina|a corda|a torre"
                         r"|ao topo)")),
        ("stand", latin(r"levantou-se|levantava-se|levantaram-se|se (?:levantou|levantava|levantaram)|de pé|em pé"
                         r"|ficou de pé|pôs-se de pé|parou|parava|pararam|deteve-se|se deteve")),
        ("jump", latin(r"deu um (?:\w+ )?(?:pulo|salto)")),
        ("wave", latin(r"acenou|acenava|acenando|acenar|acenaram", r"(?:abanou|abanava|agitou|agitava) a mão")),
        ("kneel", latin(r"ajoelhou-se|se ajoelhou|ajoelhava-se|ajoelhad[oa]s?|ajoelhar-se|de joelhos|agachou-se"
                         r"|se agachou|agachad[oa]s?|abaixou-se|se abaixou|de cócoras|curvou-se|se curvou")),
        ("run", latin(r"correu|corria|corriam|corre|correm|correram|correr|correndo|fugiu|fugia|fugiam|fugir"
                       r"|fugindo|fugiram|perseguiu|perseguia|perseguindo|perseguir|galopou|galopava|galopando"
                       r"|disparou a correr|saiu correndo|saiu a correr")),
        ("sit", latin(r"sent(?:ou|ava|avam|aram)-se|se sent(?:ou|ava|avam|aram|a)|sentad[oa]s?|sentar-se|sentar"
                       r"|sentando(?:-se)?")),
        ("lie", latin(r"deit(?:ou|ava|avam|aram)-se|se deit(?:ou|ava|avam|aram|a)|deitad[oa]s?|deitar-se"
                       r"|estendid[oa] (?:no|na|sobre)|jazia")),
        ("sleep", latin(r"dormiu|dormia|dormiam|dorme|dormem|dormir|dormindo|dormiram|adormeceu|adormecid[oa]s?"
                         r"|adormecia|cochilou|cochilava|cochilando|ressonava|roncava|tirou um cochilo|tirou uma soneca"
                         r"|adormeceram")),
        ("jump", latin(r"pulou|pulava|pulavam|pulando|pular|pularam|saltou|saltava|saltando|saltar|saltaram"
                        r"|saltitou|saltitava|saltitando")),
        ("climb", latin(r"escalou|escalava|escalar|escalando|trepou|trepava|trepar|trepando")),
        ("point", latin(r"apontou|apontava|apontando|apontar|apontaram")),
        ("hold", latin(r"segurou|segurava|seguravam|segurando|segurar|carregou|carregava|carregavam|carregando"
                        r"|carregar|levava|levavam|levou|levantou|ergueu|erguia|pegou|pegava|pegando|agarrou"
                        r"|agarrava|apanhou|entregou|ofereceu|abraçou|abraçava|abraçando|seguraram|carregaram"
                        r"|levaram|levantaram|ergueram|pegaram|agarraram|apanhava|apanhavam|apanharam|apanhar"
                        r"|apanhando|entregaram|entregava|ofereceram|oferecia|abraçaram")),
        ("stand", latin(r"esperou|esperava|esperavam|esperando|aguardava|aguardou|esperaram")),
        ("walk", latin(r"caminhou|caminhava|caminhavam|caminha|caminhar|caminhando|caminharam|andou|andava|andavam"
                        r"|andar|andando|passeou|passeava|passear|passeando|deu um passeio|marchou|marchava|vagou"
                        r"|vagava|dirigiu-se|se dirigiu|aproximou-se|se aproximou|apressou-se|se apressou|afastou-se"
                        r"|passearam|marcharam|dirigiram-se|aproximaram-se|afastaram-se|se afastou")),
    ],
    "nl": [
        (None, latin(
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
            r"hield\w* (?:\w+ ){0,2}(?:belofte|beloftes|woord)",
            r"zat (?:\w+ ){0,2}(?:vol|vast|in de problemen|erop)(?!\w)",
            r"lag (?:\w+ )?(?:aan|eraan|voor de hand)(?!\w)",
            r"gaf (?:\w+ )?(?:op|niet|toe)(?!\w)", r"gaf (?:\w+ )?(?:een|de) (?:gil|schreeuw|zucht|knipoog|antwoord)",
            r"(?:stond|staat) (?:\w+ )?bekend", r"het stormde", r"(?:de|een) sprong (?:voorwaarts)",
            r"(?:^|[,;]\s*|\ben\s+)(?:de|een|het) (?:\w+ )?(?:weg|pad|straat|trap|deur|gang|brug|rivier) (?:liep"
            r"|liepen|loopt|ging|gaat|kwam)")),
        # going by bicycle or on horseback is sitting ("ging met de fiets"); running off; picking up from the ground
        ("sit", latin(r"(?:ging|gingen|gaat|kwam|kwamen|komt|stapte\w*|liep|liepen|reisde\w*) (?:\w+ ){0,3}(?:fietsen"
                       r"|(?:met|op) (?:de|zijn|haar|een) (?:fiets|paard|ezel|pony|slee)|(?:met|in) (?:de|een|zijn"
                       r"|haar) (?:auto|koets|boot|bootje|bus|trein|kar|roeiboot|kano|taxi)|te paard|paardrijden"
                       r"|roeien|varen)(?!\w)",
                       r"stapte\w* (?:\w+ ){0,2}(?:op|in) (?:de|zijn|haar|het|een) (?:\w+ )?(?:fiets|paard|auto|koets"
                       r"|boot|bus|trein|slee|kar|wagen|taxi)")),
        ("run", latin(r"(?:ging|gingen|gaat) (?:\w+ )?ervandoor")),
        ("kneel", latin(r"(?:raapte|raapten|pakte|pakten|tilde|tilden)\w* (?:\w+ ){0,4}van de (?:\w+ )?(?:grond|vloer"
                         r"|straat|weg|stoep)\w* (?:\w+ )?op(?!\w)", r"van de grond (?:opgeraapt|oprapen)")),
        ("sit", latin(r"(?:ging|gingen|gaat) (?:\w+ ){0,3}zitten")),
        ("lie", latin(r"(?:ging|gingen|gaat) (?:\w+ ){0,3}liggen")),
        ("sleep", latin(r"(?:ging|gingen|gaat) (?:\w+ ){0,2}(?:slapen|naar bed)", r"in slaap")),
        ("climb", latin(r"(?:ging|gingen|liep|liepen|klom|klommen|gaat|loopt) (?:\w+ )?(?:de|een) (?:trap|ladder"
                         r"|boom|berg|heuvel|toren) (?:\w+ )?op(?!\w)")),
        ("stand", latin(r"(?:stond|stonden|staat) (?:\w+ ){0,2}op(?!\w)", r"bleef\w* (?:\w+ ){0,2}staan",
                         r"hield\w* (?:\w+ )?(?:stil|halt)(?!\w)", r"opgestaan")),
        ("run", latin(r"liep (?:\w+ )?hard", r"rende|renden|rent|rennen|gerend|rennend\w*|holde|holden|holt|hollen"
                       r"|gehold|vluchtte\w*|gevlucht|vluchten|achtervolgde\w*|achtervolgd"
                       r"|joeg|joegen|galoppeerde\w*|sprintte\w*"
                       r"|stormde\w* (?:\w+ ){0,2}(?:naar|weg|de|het|binnen|naar buiten)")),
        ("sleep", latin(r"sliep|sliepen|slaapt|slapen|geslapen|slapend\w*|dutte\w*|doezelde\w*|dommelde\w*"
                         r"|een dutje|snurkte\w*")),
        ("lie", latin(r"lag|lagen|ligt|liggen|liggend\w*")),
        ("sit", latin(r"zat|zaten|zit|zitten|gezeten|zittend\w*")),
        ("kneel", latin(r"knielde\w*|knielt|knielen|geknield|knielend\w*|op (?:zijn|haar|hun) knieën|hurkte\w*"
                         r"|hurkt|gehurkt|gehurkt|bukte\w*|bukt|boog (?:zich )?(?:\w+ )?(?:voorover|naar beneden)")),
        ("jump", latin(r"sprong|sprongen|springt|springen|gesprongen|springend\w*|huppelde\w*|huppelt|hupte\w*")),
        ("climb", latin(r"klom|klommen|klimt|klimmen|geklommen|klimmend\w*|klauterde\w*|klautert")),
        ("point", latin(r"(?:wees|wezen|wijst|wijzen|gewezen|wijzend) (?:\w+ ){0,3}(?:naar|op|met)(?!\w)")),
        ("hold", latin(r"hield|hielden|houdt|houden|gehouden|vasthield\w*|droeg|droegen|draagt|dragen|gedragen"
                        r"|tilde\w* (?:\w+ ){0,3}op(?!\w)|optillen|pakte\w*|greep|grepen|gaf|gaven|overhandigde\w*"
                        r"|omhelsde\w*|knuffelde\w*")),
        ("wave", latin(r"zwaaide\w*|zwaait|zwaaien|gezwaaid|zwaaiend\w*")),
        ("stand", latin(r"stond|stonden|staat|staan|gestaan|staand\w*|wachtte\w*|wachten|gewacht|wachtend\w*"
                         r"|stopte\w*")),
        ("walk", latin(r"liep|liepen|loopt|lopen|gelopen|lopend\w*|wandelde\w*|wandelt|wandelen|gewandeld|ging"
                        r"|gingen|kwam|kwamen|stapte\w*|slenterde\w*|marcheerde\w*|haastte\w* (?:zich|zij|hij)|sloop"
                        r"|slopen|sjokte\w*")),
    ],
    "zh": [
        (None, cjk_words("走廊 走私 走运 走神 走红 走漏 走调 走样 行走江湖 飞走 吹走 冲走 卷走 偷走 抢走 运走 开走 "
                          "赶走 心跳 跳舞 舞蹈 吓了一跳 吓一跳 跳槽 车站 站台 网站 站长 公交站 加油站 卧室 睡衣 "
                          "睡袋 失眠 坐标 坐落 抱怨 抱歉 举行 举办 举止 举例 提到 提出 提醒 提问 提议 提供 提高 "
                          "提前 提示 搬家 戒指 指南 指挥 指导 指出 指示 指甲 指望 指责 追问 追求 追究 立刻 立即 "
                          "拿手 拿主意 等等 等到 等于 平等 等级 冲突 冲动 冲洗 冲浪 冲击 逃避 跑题 登记 登录 刊登 "
                          "登场 活跃 爬行动物")),
        ("kneel", cjk(r"(?:地上|地板上|草地上|床上|地毯上)(?:慢慢地?)?爬|爬来爬去|爬行|匍匐|从地上捡|地上捡起")),
        ("climb", cjk_words("爬 攀 登上 登山 登到 上楼 走上楼梯 上了楼梯 上楼梯 走上台阶")),
        ("run", cjk_words("跑 奔 冲向 冲进 冲出 冲了 冲过 冲上 冲下 冲到 冲回 逃 追着 追赶 追上 追了 追去")),
        ("sleep", cjk_words("睡 打盹 打瞌睡 入眠 眠")),
        ("lie", cjk_words("躺 卧 趴")),
        ("sit", cjk_words("坐")),
        ("kneel", cjk_words("跪 蹲 弯腰 弯下腰 弯下身 俯身 俯下身")),
        ("jump", cjk_words("跳 蹦 跃起")),
        ("point", cjk_words("指着 指向 指了指 指了 用手指 伸手指 指给 一指")),
        ("wave", cjk_words("挥手 招手 挥了挥手 挥着手 挥挥手 摆手 摇手 挥动着手 挥舞着手")),
        ("hold", cjk_words("拿 抱 举着 举起 举了 高举 提着 提起 拎 捧 握着 握住 端着 背着 扛 抬起 抬着 搬着 搬起 "
                            "递 交给 送给 抓住 抓着 抓起 捡起 捡了 接过 牵着")),
        ("stand", cjk_words("站 起立 伫立 立正 等着 等待 等候 等了 停下 停住 停了下来")),
        ("walk", cjk_words("走 散步 漫步 步行 踱步 迈步 逛 徒步 赶路 前往")),
    ],
    "ja": [
        (None, cjk_words("師走 走行 滑走 暴走 競走 走者 気持 持ち主 金持 持病 寝室 寝巻 寝具 眠い 眠そう 眠た "
                          "眠気 ねむい ねむそう ねむた 目立 役立 腹を立 腹立 苛立 際立 思い立 立派 立場 成立 国立 "
                          "県立 市立 私立 独立 針が指 運命 運動 幸運 運が 不運 見渡 立ち直 指輪 指示 指導 指名 "
                          "指摘 登場 登校 登録 進歩 歩合 待ち遠し おにぎり 立て")),
        ("kneel", cjk(r"(?:床|地面|ゆか|じめん|足もと|足元)(?:の上)?から[^、。]{0,8}?(?:拾|ひろ)")),
        ("climb", cjk_words("階段を上 階段をあが 階段をのぼ はしごを上 はしごをのぼ 登 のぼっ のぼる のぼり よじ")),
        ("lie", cjk_words("横にな よこにな 横たわ よこたわ 寝転 ねころ 寝そべ ねそべ 仰向け うつぶせ うつ伏せ")),
        ("run", cjk_words("走っ 走る 走り 走ら 走れ 走ろ はしっ はしる はしり 駆け かけだ かけ出 かけ寄 かけよ "
                           "逃げ にげ 追いかけ おいかけ 飛び出 とびだ ダッシュ 疾走")),
        ("sleep", cjk_words("寝 眠 ねむ うとうと 居眠り いねむり すやすや ぐっすり")),
        ("sit", cjk_words("座っ 座る 座り すわっ すわる すわり 腰を下ろ 腰をおろ 腰掛け 腰かけ こしかけ 正座")),
        ("kneel", cjk_words("ひざまず 跪 しゃが 膝をつ ひざをつ 屈ん かがん 身をかがめ かがみこ うずくま")),
        ("jump", cjk_words("跳 飛び跳 とび跳 飛び上が とびあが 飛び降 とびお 飛び乗 とびの 飛び越 ジャンプ ぴょん")),
        ("point", cjk_words("指さ 指差 ゆびさ 指を差 指をさ 指し示 指した 指して")),
        ("wave", cjk_words("手を振 手をふ 手を大きく振")),
        ("hold", cjk_words("持っ 持つ 持ち もちあ 抱え かかえ 抱い 抱き だき 抱っこ だっこ 運ん 運ぶ 運び はこん "
                            "はこぶ 担い かつい 背負 せお 掴 つかん つかみ 拾っ 拾い ひろっ 手渡 渡し 差し出 さしだ "
                            "握っ 握り にぎっ")),
        ("stand", cjk_words("立っ 立ち 立つ たちあが たちどま 待っ 待つ 待ち 止まっ とまっ 止まる")),
        ("walk", cjk_words("歩 あるい あるく あるき 散歩 さんぽ さまよ 歩み")),
    ],
}

# ---------------------------------------------------------------------------------------------
# Activities: the second pass. Most sentences say what a character does, not how it holds its
# body, yet a reader sees a pose: "she watered the roses" holds a can, "he planted beans" kneels,
# "they rowed home" sit, "Oma kehrte heim" walks. These rules are read only where the posture and
# motion words above say nothing (see `_pick`); they are broad classes of verbs of the hands (hold:
# mend, water, paint, cook, wash, hammer, fish, pull, throw, catch, pick, give, read, write, play an
# instrument, feed), of the ground (kneel: plant, dig, weed, build in sand or snow, tie laces, pet a
# small animal, crawl), of going somewhere (walk: search, explore, return home, bring, fetch, visit,
# cross, follow, lead, enter, leave), of sitting (ride a bicycle, drive, row, eat a meal, knit,
# sew, rest), of lying (sunbathe, stay ill in bed), of showing the way (point), and gaps of climbing,
# jumping and running. What the first pass masked stays masked ("held his breath", "the road led
# on"), and each list starts with its own false friends ("fixed his gaze", "pulled himself
# together", "picked a fight", "drew a breath", "light rain", "brought him luck", "cercò di").


def _forms(stems: tuple[str, ...], endings: str) -> str:
    return "|".join(stem + ending for stem in stems for ending in endings.split())


def _es_ar(*stems: str) -> str:
    """Spanish -ar verbs: the past, imperfect and non-finite forms ("pintó pintaron pintaba
    pintando pintado pintar"); present forms are written out where they are no noun."""
    return _forms(stems, "ó aron aba aban abas aste é ando ado ar")


def _es_er(*stems: str) -> str:
    """Spanish -er and -ir verbs, both infinitives ("recogió recogieron recogía recogiendo
    recogido recoger")."""
    return _forms(stems, "ió ieron ía ían ías iste í iendo ido er ir")


def _fr_er(*stems: str) -> str:
    """French -er verbs: passé simple, imparfait, participles, infinitive ("pédala pédalèrent
    pédalait pédalant pédalé pédaler"); -ger and -cer stems keep their sound ("mangea", "lança")."""
    out = []
    for stem in stems:
        soft = stem + "e" if stem.endswith("g") else stem[:-1] + "ç" if stem.endswith("c") else stem
        out += [soft + "a", stem + "èrent", soft + "ait", soft + "aient", soft + "ant", stem + "é", stem + "és",
                stem + "er", soft + "ai", soft + "ais", soft + "âmes"]
    return "|".join(out)


def _it_are(*stems: str) -> str:
    """Italian -are verbs ("pescò pescarono pescava pescando pescato pescare")."""
    return _forms(stems, "ò arono ava avano avi ando ato ata ati ate are ai")


def _it_ire(*stems: str) -> str:
    """Italian regular -ire verbs ("cucì cucirono cuciva cucendo cucito cucire")."""
    return _forms(stems, "ì irono iva ivano endo ito ita iti ite ire")


def _pt_ar(*stems: str) -> str:
    """Portuguese -ar verbs ("pescou pescaram pescava pescando pescado pescar")."""
    return _forms(stems, "ou aram avam ava ando ado ar ei ámos")


def _pt_er(*stems: str) -> str:
    """Portuguese -er verbs ("varreu varreram varria varrendo varrido varrer")."""
    return _forms(stems, "eu eram ia iam endo ido er i emos")


def _pt_ir(*stems: str) -> str:
    """Portuguese -ir verbs ("seguiu seguiram seguia seguindo seguido seguir")."""
    return _forms(stems, "iu iram ia iam indo ido ir i imos")


# English: things doing what a character's activity does ("the road led on", "rain poured down",
# "the river crossed the valley", "time dragged", "her heart hammered").
_EN_ACTIVITY_THING_VERBS = (
    r"returned|returns|arrived|arrives|arriving|entered|enters|crossed|crosses|crossing|pulled|pulls|pulling|pushed"
    r"|pushes|dragged|drags|dragging|poured|pours|pouring|swept|sweeps|sweeping|washed|washes|washing|brought|brings"
    r"|fetched|visited|drove|drives|approached|approaches|approaching|caught|threw|tossed|tossing|led|leads|leading"
    r"|followed|follows|escaped|cooked|boiled|boiling|gathered|gathers|gathering|hammered|hammering|drummed|drumming"
    r"|crawled|crawls|crawling|left|leaves|rested|rests|resting|fed|feeds|dug|painted|lit|shone|searched|explored"
    r"|rode|rides|riding|picked|pointed the way|showed|shows|ate|eats|eating")
_EN_INSTRUMENTS_SAT = r"piano|pianos|organ|harp|harpsichord|cello|drums|drum kit|spinet|harmonium"
_EN_INSTRUMENTS = (r"violin|fiddle|guitar|flute|trumpet|horn|accordion|lute|pipes?|recorder|harmonica|banjo|ukulele"
                   r"|mandolin|clarinet|saxophone|tambourine|bagpipes|lyre|bells?|xylophone|trombone|tuba|oboe"
                   r"|bugle|drum|concertina|zither|whistle|triangle|cymbals")
_EN_SMALL_ANIMALS = (r"cat|cats|kitten|kittens|puppy|puppies|dog|dogs|rabbit|rabbits|bunny|bunnies|hedgehog|lamb|lambs"
                     r"|piglet|duckling|ducklings|chick|chicks|hamster|guinea pig|tortoise|turtle|squirrel|mouse"
                     r"|fox cub|cub|cubs|kitty|pup|pups|goat|kid")
_EN_PAST = r"(?:was|were|been|being|is|are|be|got|get|gets|getting|had been|has been)"

_ACTIVITY_RULES: dict[str, Rules] = {
    "en": [
        (None, latin(
            rf"(?:{_EN_THINGS}|path|corridor|tunnel|stairs|staircase|steps|trail|road|passage|door|gate|tide|current"
            rf"|waves?|crowds?|people|guests|visitors|light|sunlight|moonlight)(?: \w+ly)?(?: (?:was|were|is|are"
            rf"|has|had|had been|has been|kept|began to|started to))? (?:{_EN_ACTIVITY_THING_VERBS})",
            # passives: what is done to the character is not its pose
            rf"{_EN_PAST} (?:\w+ )?(?:painted|built|cooked|baked|fixed|repaired|mended|washed|cleaned|swept|pulled"
            r"|pushed|dragged|thrown|tossed|caught|picked|gathered|collected|harvested|fed|written|read|played|brought"
            r"|fetched|visited|followed|led|planted|dug|sown|watered|lit|knitted|sewn|carved|drawn|shown|driven|ridden"
            r"|eaten|served|wrapped|tied|packed|opened|hung|stroked|petted|patted|searched|explored|pursued|returned"
            r"|delivered|shared|handed|passed|offered|chopped|sawn|hammered|ploughed|plowed|milked|left|taken|found)",
            # fixing one's gaze, a fixed price
            r"fix(?:ed|es|ing)? (?:\w+ ){0,2}(?:gaze|eyes|stare|attention|mind|hopes|thoughts)", r"fixed (?:on|upon)",
            r"(?:a|the|in a|quick) fix", r"(?:a|the) fixed", r"fix(?:ed|es|ing)? (?:a|the) (?:date|time|price|day)",
            r"beyond repair", r"in (?:good|bad|poor) repair", r"on the mend",
            r"mend(?:ed|s|ing)? (?:his|her|their) ways",
            # pulling oneself together, pulling a face; pushing on (walking on)
            r"pull(?:ed|s|ing)? (?:himself|herself|themselves|itself|yourself|myself|ourselves) together",
            r"pull(?:ed|s|ing)? (?:a|an|funny|silly|his|her) (?:\w+ )?(?:face|prank|trick|muscle|stunt|leg)",
            r"pull(?:ed|s|ing)? faces", r"pull(?:ed|s|ing)? (?:through|ahead|strings)",
            r"pull(?:ed|s|ing)? (?:over|up|in|out|away)(?=\s*[.,;!?]|\s*$| (?:outside|in front|at|by|beside|next))",
            r"push(?:ed|es|ing)? (?:on|ahead)(?!\w)",
            # picking a fight or a side, picking up speed
            r"pick(?:ed|s|ing)? (?:a|the|his|her|their|sides?) (?:\w+ )?(?:fight|quarrel|argument|name|winner|team"
            r"|side|moment|time|date|brains?)", r"pick(?:ed|s|ing)? on(?!\w)",
            # drawing a breath, drawing near, a drawing
            r"dr(?:ew|aw|aws|awing) (?:\w+ ){0,2}breaths?",
            r"dr(?:ew|aw|aws|awing) (?:near|nearer|close|closer|back|away|in|up|level|on|apart|together|lots|straws"
            r"|a line|the line|blood|to a close|to an end|to a halt)(?!\w)",
            r"dr(?:ew|aw|aws|awing) (?:\w+ )?(?:attention|conclusions?|comfort|strength|inspiration|crowds?|a crowd"
            r"|courage|a blank|the short straw)",
            r"drawing[- ]rooms?", r"(?:a|the|his|her|their|my|your|this|that|old|child's|children's) drawings?",
            # light rain, the light; pouring rain
            r"(?:light|gentle|steady|heavy|soft|cold|fine|freezing|pouring) (?:rain|snow|breeze|drizzle|showers?)",
            r"it (?:was )?pour(?:ed|s|ing)", r"pour(?:ed|s|ing)? (?:out )?(?:his|her|their) (?:heart|soul|feelings)",
            r"pour(?:ed|s|ing)? (?:in|out|into the streets)(?=\s*[.,;!?]|\s*$)",
            # cooks and cooked food, paint and paintings
            r"(?:the|a|an|his|her|their|our|my|ship's|head|good|great|royal|old|palace) cooks?(?!\w)",
            r"(?:a|an|the|some|freshly|well|home|half)[ -]cooked",
            r"(?:a|an|the|his|her|their|its|my|our|your|this|that|old|famous|beautiful|new|wet|fresh|some|oil|face|of"
            r"|with|red|blue|green|white|black|yellow|brightly|freshly|newly) (?:paints?|paintings?|painted)",
            # fed up, fed on; throwing a party, up, oneself or a glance; catching a cold or the bus
            r"fed up", r"fe(?:d|eds|eding) on(?!\w)",
            r"(?:threw|throws|throwing|throw|tossed|tosses|tossing|toss|flung) up(?!\w)",
            r"thr(?:ew|ows|owing|ow) (?:a|an|the) (?:\w+ )?(?:party|tantrum|fit|glance|look|feast|celebration|wedding"
            r"|punch|tantrum)", r"(?:threw|throws|throwing|throw|flung|flings|tossed) (?:himself|herself|themselves"
            r"|itself|myself|yourself)", r"thr(?:ew|ows|owing|ow) (?:\w+ )?(?:light|doubt|caution|shade) on",
            r"toss(?:ed|es|ing)? (?:his|her|its|their) (?:head|hair|mane)", r"(?:a|the|coin) toss",
            r"c(?:aught|atch|atches|atching) (?:(?:a|the|his|her|their|its) )?(?:cold|colds|flu|fever|chill|breath"
            r"|bus|train|tram|ferry|plane|glimpse|sight|scent|smell|sound|eye|eyes|attention|fire|word|drift"
            r"|meaning|sun|wind|moment)", r"c(?:aught|atch|atches|atching) (?:up|on|out)(?!\w)", r"caught (?:in|by)",
            r"(?:the|a|good|fine|big) catch",
            # gathering round, one's courage or thoughts; collected and calm; the harvest
            r"gather(?:ed|s|ing)? (?:around|round|together|in|at|near|by|outside|inside|on|under|for|before|behind"
            r"|speed|pace|dust|momentum)(?!\w)",
            r"(?:gathered|gathers|gathering|gather|collected|collects|collecting|collect|mustered|summoned|plucked)"
            r" (?:up )?(?:all )?(?:his|her|their|its|my|our|your) (?:courage|thoughts|wits|strength|breath|composure"
            r"|nerve)", r"(?:a|the|family|small|large) gatherings?", r"(?:calm|cool) and collected",
            r"collected (?:himself|herself|themselves)", r"(?:the|a|this|that|good|rich|poor|autumn) harvests?",
            r"harvest (?:festival|moon|time|mouse|mice|home)", r"plucked up",
            # a search, searching one's memory; looking for a moment
            r"(?:the|a|his|her|their|long|endless|desperate) search(?:es)?",
            r"search(?:ed|es|ing)? (?:his|her|their|its|my) (?:memory|mind|face|eyes|heart|soul|thoughts|brain"
            r"|conscience|features)", r"look(?:ed|s|ing)? for (?:a|so|some) (?:long|moment|while|second|minute"
            r"|little|bit)", r"look(?:ed|s|ing)? for (?:help|advice|comfort|words|an answer|a way|an excuse|trouble)",
            # returning a smile; in return; bringing luck or tears; fetching a price
            r"return(?:ed|s|ing)? (?:the|his|her|their|a) (?:\w+ )?(?:smile|greeting|favour|favor|look|gaze|wave"
            r"|compliment|call|kiss|hug|salute|nod|stare|glance|grin|love|feelings?|bow)",
            r"(?:the|his|her|their|its|in|on|upon) return(?!\w)",
            r"br(?:ought|ing|ings|inging) (?:\w+ ){0,3}(?:joy|happiness|luck|tears|peace|memories|hope|comfort|sorrow"
            r"|sadness|trouble|misfortune|relief|change|smiles?|a smile|warmth|danger|death|fame|fortune|shame"
            r"|honou?r|disgrace|news|bad news|good news|rain|snow|spring|winter)",
            r"br(?:ought|ing|ings|inging) (?:\w+ )?(?:about|to (?:life|light|mind|an end|a halt|a close|justice|tears"
            r"|(?:his|her|their) senses))", r"br(?:ought|ing|ings|inging) (?:\w+ )?up (?:the|a) (?:subject|topic"
            r"|matter|question|idea|children|child|family|kids)",
            r"fetch(?:ed|es|ing)? (?:a|an) (?:\w+ )?price", r"(?:play|played|playing|plays) fetch",
            # crossing one's arms or mind, the following day, following advice, taking the lead
            r"cross(?:ed|es|ing)? (?:his|her|their|its|my|both|your) (?:arms|legs|fingers|eyes|mind|heart|path"
            r"|paths)", r"cross(?:ed|es|ing)? (?:out|off)(?!\w)", r"(?:paths|swords|lines|wires|eyes) crossed",
            r"crossed (?:himself|herself|themselves)",
            r"(?:the|a|zebra|pedestrian|railway|level|border|river|ferry) crossings?", r"crossing guard",
            r"(?:the|a) following", r"following (?:day|morning|week|year|night|evening|summer|winter|spring|autumn"
            r"|month|days|weeks|years|words|story)", r"as follows", r"followed by",
            r"(?:what|silence|a silence|applause|laughter|it|that|this|there) follow(?:ed|s)",
            r"follow(?:ed|s|ing)? (?:his|her|their|the|my|your|its) (?:\w+ )?(?:advice|instructions?|rules?"
            r"|orders?|example|lead|heart|dreams?|story|recipe|gaze|eyes|conscience|instinct|plan|news|progress"
            r"|thoughts?|nose)",
            r"(?:took|take|takes|taking|in|into|on|on a|off the|the|a) lead(?!\w)",
            r"lead (?:pipe|pencil|weight|soldiers?)", r"leading (?:role|lady|man|part)",
            r"le(?:d|ads|ading) (?:a|an) (?:\w+ )?(?:life|existence|campaign)",
            r"(?:this|that|it|which|what|one thing|all this) le(?:d|ads)",
            # escaping lips or notice; the rest, resting one's head; a ride, Red Riding Hood
            r"(?:the|a|his|her|no|an|great|narrow|daring) escape(?!\w)",
            r"escaped (?:his|her|their) (?:lips|mouth|notice|attention|memory)",
            r"(?:sigh|cry|laugh|sound|word|gasp|groan|moan|tear|breath|giggle|chuckle|whimper|squeak|yelp|scream"
            r"|shout)s? escaped",
            r"resting place", r"rest(?:ed|s|ing)? (?:his|her|their|its|my) (?:\w+ )?(?:head|hand|hands|chin|eyes"
            r"|gaze|feet|elbows?|cheek|case)", r"rest(?:ed|s|ing)? (?:on|upon) (?:his|her|their|its)",
            r"riding (?:hood|boots|crop|school|lessons?|habit)",
            # driving someone mad or animals away; a drive
            r"dr(?:ove|ives|iving|ive) (?:\w+ ){0,2}(?:mad|crazy|insane|wild|nuts|to despair|to tears|to distraction"
            r"|a (?:hard )?bargain|home the point)",
            r"dr(?:ove|ives|iving|ive) (?:the|them|him|her|it|his|their) (?:\w+ )?(?:away|off|out|back)(?!\w)",
            r"dr(?:ove|ives|iving|ive) (?:the|his|her|their) (?:\w+ )?(?:cattle|sheep|cows|geese|goats|pigs|flock"
            r"|herd|nail|nails|stake)", r"(?:the|a|long|short|gravel) drive(?:way)?s?",
            # eating one's words; planting one's feet or a kiss; digging in one's heels
            r"(?:ate|eats|eating) (?:\w+ )?(?:words|heart out)", r"eating (?:habits|disorder)",
            r"plant(?:ed|s|ing)? (?:his|her|their|its) (?:feet|hands|flag|fists|paws)", r"plant(?:ed|s|ing)? a kiss",
            r"d(?:ug|ig|igs|igging) (?:\w+ ){0,2}(?:heels|claws|nails|teeth|spurs) in",
            r"(?:the|of|with|among|in|through|tall|thick|some) weeds",
            # one's skin crawling, traffic crawling; skipping breakfast; a dove
            r"(?:skin|flesh) crawl\w*", r"crawling with", r"(?:at|to) a crawl", r"pub crawl",
            r"skip(?:ped|s|ping)? (?:breakfast|lunch|dinner|supper|school|class|classes|a beat|a meal|meals|work"
            r"|town|the chance|stones?|pebbles?|a turn|a page|pages)",
            r"(?:a|the|white|grey|gray|little|turtle|mourning|two) doves?", r"dove (?:grey|gray|white)",
            # time dragging, a drag; washing lines, washed ashore; wiping tears (a gesture); the scrub
            r"dr(?:ag|agged|agging|ags) (?:on|out)(?!\w)", r"(?:a|what a|such a) drag",
            r"washing (?:machine|line|powder|basket)s?", r"wash(?:ed|es|ing)? (?:up|ashore|away|over|out|down)"
            r"(?! (?:the|his|her|their|a|some|after))",
            r"wip(?:ed|es|ing)? (?:away )?(?:his|her|their|its|my|a) (?:\w+ )?(?:tears?|eyes|brow|forehead|nose|mouth"
            r"|face|cheeks?|lips|sweat)", r"wiped out", r"(?:the|dry|low|thick) scrub", r"scrubland",
            r"brush(?:ed|es|ing)? (?:past|against|aside|off|by|away|up on)",
            # a fishing boat, a frying pan, a sewing basket: a thing named by what is done with it
            r"(?:fishing|cooking|sewing|knitting|baking|frying|writing|reading|dining|washing|drawing|painting|feeding"
            r"|picking|driving|crossing|serving|mixing|chopping|carving|watering|gardening|planting|digging|rowing"
            r"|eating|drinking|building|cleaning|hunting|spinning|cutting|pulling|rolling|carrying|wrapping|drying"
            r"|ironing|weaving|fetching|pouring|stirring) (?:boats?|villages?|towns?|nets?|rods?|lines?|hooks?|trips?"
            r"|huts?|pots?|pans?|trays?|tables?|desks?|rooms?|halls?|glasses|machines?|needles?|baskets?|boxes?|kits?"
            r"|bowls?|spoons?|knives|knife|boards?|cans?|sticks?|lessons?|schools?|gloves|tools?|forks?|sheds?|lamps?"
            r"|bags?|paper|ink|water|bottles?|troughs?|party|parties|season|dogs?|ground|grounds|spot|place"
            r"|instructions|licen[cs]es?|fleets?|ports?|harbou?rs?|vessels?|smacks?|gear|tackle|pins?|rack|wheels?"
            r"|sites?|blocks?|materials?|supplies|cloth|club|clubs|materials|cart|carts|horses?|ponies|mules?"
            r"|ships?|chairs?|clothes|jug|jugs|mats?|cups?|apron|aprons|book|books|list|lists|corner|nook|lamp)",
            # leaving: the left side, leaves of trees; visiting hours
            r"(?:the|a|your|his|her|their) pick(?!\w)", r"stone's throw", r"(?:a|the) wash(?!\w)",
            r"(?:the|some|a few|minor|major|any|costly) repairs?",
            r"serv(?:ed|es|ing) (?:as|(?:\w+ )?right)",
            r"serv(?:ed|es|ing) (?:in|under) (?:the|his|her|their) (?:\w+ )?(?:army|navy|king|queen|master|lord|court"
            r"|war)", r"(?:chicken|animal|bird|cattle|pig|fish) feed",
            r"return(?:ed|s|ing)? to (?:his|her|their|its) (?:\w+ )?(?:book|work|task|reading|sewing|knitting|meal|food"
            r"|thoughts|senses|dreams?|game|painting|drawing|letter)",
            r"look(?:ed|s|ing)? (?:\w+ )?for (?:a|so|some) (?:long|moment|while|second|minute|little|bit)",
            r"(?:the|his|her|their|its|my|your|to the|on the) left", r"visiting (?:hours|card)",
            # reading a face, cooking up a plan, entering a race, approaching a problem, serving a king
            r"read(?:s|ing)? (?:his|her|their|my|your|its) (?:\w+ )?(?:face|mind|thoughts|lips|expression|eyes)",
            r"cook(?:ed|s|ing)? up (?:a|an|the|some) (?:\w+ )?(?:plan|scheme|story|excuse|idea|trick)",
            r"enter(?:ed|s|ing)? (?:the|a|an) (?:\w+ )?(?:race|contest|competition|tournament|raffle|lottery"
            r"|password|code|names?)", r"approach(?:ed|es|ing)? (?:the|this|that|a|every) (?:\w+ )?(?:problem"
            r"|question|task|subject|topic|matter|puzzle)",
            r"serv(?:ed|es|ing) (?:the|his|her|their) (?:king|queen|master|lord|country|people|family) (?:for|as"
            r"|faithfully|loyally|well)", r"(?:ate|eats|eating) (?:away )?at(?!\w)", r"rest(?:ed|s|ing)? with",
            r"drove (?:the|his|her|their) point home",
            r"look(?:ed|s|ing)? (?:\w+ )?for (?:answers|solutions?|ideas?|meaning|a solution|reasons?)")),
        # Phrases first (a kneeling, lying or sitting phrase before the single verb it holds: "built a
        # sandcastle" kneels before "built" holds, "rested in bed" lies before "rested" sits).
        ("kneel", latin(
            r"(?:built|builds|building|build|made|makes|making|make|shaped|shaping|rolled|rolling|rolls) (?:\w+ ){0,3}"
            r"(?:sandcastles?|sand castles?|castles? (?:of|out of|in|from) (?:the )?sand|snowm[ae]n|snow castles?"
            r"|snow forts?|snowballs?|igloos?|mud pies?|sand pies?)",
            r"(?:tied|ties|tying|tie|laced|laces|lacing|lace|did|do|does|doing|fastened|fastening) (?:up )?(?:his|her"
            r"|their|my|your|its|the) (?:\w+ )?(?:shoes?|shoelaces|laces|bootlaces|boots?|sneakers?|trainers?)",
            r"(?:searched|searches|searching|search|looked|looks|looking|felt|feels|feeling|groped|gropes|groping"
            r"|rummaged|rummaging|hunted|hunting|sifted|sifting|fumbled|fumbling|scrabbled|scrabbling|poked|poking)"
            r" (?:\w+ ){0,3}(?:on|in|through|among|under|beneath|across|along) the (?:\w+ )?(?:ground|floor|grass"
            r"|sand|dirt|earth|leaves|moss|carpet|undergrowth|soil|mud|gravel|straw|hay)",
            r"(?:searched|searches|searching|search|combed|combing|scoured|scouring) the (?:\w+ )?(?:ground|floor"
            r"|grass|sand|dirt|earth|leaves|moss|carpet|undergrowth|soil|mud|gravel|straw|hay)",
            rf"(?:petted|pets|petting|pet|stroked|strokes|stroking|stroke|patted|pats|patting|pat|scratched|scratches"
            rf"|scratching|tickled|tickling) (?:the|his|her|their|a|an|its|my|our|little|tiny|small|young|baby|old"
            rf"|fluffy|soft|sleepy)(?: \w+)? (?:{_EN_SMALL_ANIMALS})(?!\w)",
            r"(?:drank|drinks|drinking|drink|sipped|lapped|lapping) (?:\w+ ){0,2}(?:from|at|out of) (?:the|a) (?:\w+ )?"
            r"(?:stream|river|brook|creek|pool|pond|spring|puddle|lake|fountain|trough)",
            r"(?:scraped|scrapes|scraping|scratched|scratching|pawed|pawing|scrabbled|clawed) (?:away )?(?:at )?"
            r"the (?:\w+ )?(?:ground|earth|dirt|snow|ice|sand|soil|mud)",
            r"(?:pulled|pulls|pulling|pull) (?:up )?(?:the|some|all the) weeds",
            r"(?:hoed|hoeing|raked|raking) (?:the|his|her|their) (?:\w+ )?(?:soil|earth|beds?|garden)")),
        ("lie", latin(
            r"(?:rested|rests|resting|stayed|stays|staying|remained|remains|kept|keeps|spent \w+ \w+|was|were"
            r"|fell ill|fell sick|recovering|recovered) (?:\w+ )?in (?:(?:his|her|their|its|the|a) (?:\w+ )?)?"
            r"(?:bed|hammock|cot|bunk|sickbed)(?!\w)", r"(?:ill|sick|poorly|feverish) in bed", r"bedridden",
            r"kept to (?:his|her|their) bed",
            r"sunbathed|sunbathes|sunbathing|sunbathe|basked|basks|basking|bask (?:in the|in the warm)|sunned"
            r" (?:himself|herself|itself|themselves)|sunning (?:himself|herself|itself|themselves)",
            r"tossed and turned|tossing and turning")),
        ("sit", latin(
            rf"(?:played|plays|playing|play) (?:on )?(?:the|a|an|his|her|their|its|some|grandma's|grandpa's)(?: \w+)?"
            rf" (?:{_EN_INSTRUMENTS_SAT})(?!\w)",
            r"(?:read|reads|reading|studied|studying) (?:\w+ ){0,4}(?:in|on|at|from) (?:a|an|the|his|her|their|its"
            r"|grandpa's|grandma's|my|our) (?:\w+ )?(?:armchair|chair|rocking chair|bench|sofa|couch|stool|desk|table"
            r"|window seat|hammock)",
            r"spun (?:\w+ )?(?:wool|thread|yarn|flax|straw|gold|silk)|spinning (?:wool|thread|yarn|flax|straw|at (?:the"
            r"|her|his) (?:spinning )?wheel)|at the spinning wheel",
            r"(?:rides|riding|ride|mounted|mounts|mounting|mount) (?:on )?(?:a|an|the|his|her|their|its) (?:\w+ )?"
            r"(?:bike|bicycle|horse|pony|donkey|mule|camel|elephant|scooter|tricycle|sled|sledge|cart|wagon|bus|train"
            r"|tram|carriage|motorbike|motorcycle|unicorn|broom|broomstick)",
            r"on horseback", r"(?:at|behind) the (?:steering )?wheel",
            r"(?:had|has|have|having|ate|eats|eating|took|finished) (?:\w+ )?(?:breakfast|lunch|dinner|supper|tea"
            r"|a meal|a picnic|a feast|a snack|brunch)",
            r"(?:drank|drinks|drinking|sipped|sipping|sips) (?:\w+ ){0,2}(?:tea|coffee|cocoa|milk|hot chocolate|wine"
            r"|lemonade|soup|juice|cider|beer|ale)",
            r"(?:took|take|takes|taking|had|have) (?:a|a short|a little|a long) (?:rest|break)",
            r"(?:played|plays|playing|play) (?:cards|chess|draughts|checkers|dominoes|a board game|board games)")),
        ("hold", latin(
            rf"(?:played|plays|playing|play|strummed|strumming|tuned|tuning) (?:on )?(?:the|a|an|his|her|their|its"
            rf"|some|grandpa's|grandma's)(?: \w+)? (?:{_EN_INSTRUMENTS})(?!\w)",
            r"(?:dug|digs|digging|dig|rummaged|rummaging|fumbled|fumbling|felt|groped|searched) (?:\w+ )?(?:in|into"
            r"|through) (?:his|her|their|its|a|the|my) (?:\w+ )?(?:bag|pocket|pockets|purse|backpack|rucksack|basket"
            r"|box|drawer|suitcase|chest|satchel|knapsack|sack|apron|coat)",
            r"(?:watered|waters|watering|water) (?:the|his|her|their|its|some|all the|a|my|our) (?:\w+ ){0,2}"
            r"(?:plants?|flowers?|garden|seedlings?|vegetables?|roses?|trees?|tomatoes|beans|lawn|pots?|beds?"
            r"|tulips|herbs|cabbages|crops|daisies|sunflowers?|orchard|fields?|horses?|cows?|animals)",
            r"(?:made|makes|making|make|prepared|prepares|preparing|prepare|fixed|cooked) (?:\w+ ){0,2}(?:breakfast"
            r"|lunch|dinner|supper|soup|stew|tea|coffee|cocoa|porridge|pancakes|bread|jam|cakes?|cookies|biscuits"
            r"|sandwich(?:es)?|pies?|a meal|pizza|dumplings|noodles|rice|omelett?e|toast|lemonade|sauce|a salad)",
            r"(?:stirred|stirs|stirring|stir) (?:the|a|his|her|their|its|some|it|in (?:the|some|a))(?!\w)",
            r"(?:boiled|boiling|boils|boil) (?:the|some|a|an|his|her|their)",
            r"mixed (?:the|some|a) (?:\w+ )?(?:dough|batter|flour|paint|potion|ingredients|salad)",
            r"(?:lit|lights|lighting|light|lighted|kindled|kindles|kindling|kindle|rekindled|struck) (?:the|a|an|his"
            r"|her|their|its|some|two|three|all the|up the) (?:\w+ )?(?:candles?|lamps?|lanterns?|fires?|matches"
            r"|match|stove|torch|torches|pipe|fireplace|hearth|wick|oven|campfire|bonfire|lights)",
            r"(?:built|builds|building|build|made|makes|making|make|started|starts|starting|start) (?:a|the|up the"
            r"|up a) (?:\w+ )?(?:fire|campfire|bonfire)",
            r"(?:swept|sweeps|sweeping|sweep) (?:up |out )?(?:the|a|his|her|their|its|all the|some) (?:\w+ )?(?:floor"
            r"|yard|path|porch|steps|room|kitchen|house|chimney|leaves|dust|street|courtyard|hearth|stable|barn"
            r"|snow|shop|crumbs|ashes)",
            r"(?:did|do|does|doing) the (?:dishes|washing|washing-up|laundry|ironing|cleaning|cooking)",
            r"(?:hung|hangs|hanging|hang) (?:up |out )?(?:the|a|his|her|their|some) (?:\w+ )?(?:washing|laundry"
            r"|clothes|sheets|picture|painting|lanterns?|wreath|decorations|stockings?|garland|flags?|bell|socks)",
            r"(?:built|builds|building|build|made|makes|making|make|mended|carved|fixed) (?:a|an|the|his|her|their"
            r"|some|them|it|new) (?:\w+ ){0,2}(?:house|hut|boat|raft|fence|shed|nest|wall|table|chair|bridge|cart"
            r"|kite|birdhouse|treehouse|tower|ship|den|cabin|shelter|dam|trap|box|bed|sledge|sled|ladder|roof|cage"
            r"|toys?|puppet|doll|cradle|wheel|shoes?|boots|basket|scarecrow|model|robot|bow|arrows?|spear"
            r"|swing|stool|bench|door|barrel|chest|crown|necklace|garland|wreath|hat|dress|quilt)",
            r"cast (?:his|her|their|the|a) (?:\w+ )?(?:line|net|nets|rod|hook)",
            r"(?:passed|passes|passing|pass) (?:him|her|them|me|us|the \w+) (?:a|an|the|his|her|their|some|its)"
            r"(?= (?!(?:test|exam|time|day|night|message|news)(?!\w)))",
            r"(?:passed|passes|passing|pass|handed|hands|handing|hand) (?:it|them|the \w+|(?:a|an|his|her|their) \w+)"
            r" (?:back |over |along )?(?:to|round|around)(?= (?:him|her|them|me|us|the|his|her|their|everyone|each))",
            r"(?:shared|shares|sharing|share) (?:his|her|their|its|the|a|an|some|my|our) (?:\w+ )?(?:bread|food|lunch"
            r"|dinner|meal|sandwich(?:es)?|apples?|cake|cookies|berries|fruit|sweets|candy|snack|toys?|umbrella"
            r"|blanket|cheese|soup|nuts|carrots?|fish|pie|chocolate|biscuits|water|porridge|picnic|treats?|loaf)",
            r"(?:handed|handing|hands) out",
            r"(?:read|reads|reading) (?:a|an|the|his|her|their|its|my|some|this|that|it|them|aloud|out loud|out"
            r"|to (?:him|her|them|the|his|her|their)|on|through|from|quietly|silently)(?!\w)",
            r"leafed|leafing|(?:flicked|flipped|flicking|flipping) through|browsed|browsing",
            r"(?:studied|studies|studying|unfolded|unfolding|unrolled|consulted) (?:the|a|an|his|her|their|its|old)"
            r" (?:\w+ )?(?:map|maps|book|books|letter|letters|scroll|note|paper|newspaper|recipe|chart|compass"
            r"|instructions|page|pages)",
            r"(?:signed|signs|signing) (?:the|a|an|his|her|their) (?:\w+ )?(?:name|letter|paper|papers|contract"
            r"|document|book|treaty|card|form|register)",
            r"(?:opened|opens|opening|open|unwrapped|unpacked|unpacks|unpacking|packed|packs|packing|pack) (?:up )?"
            r"(?:the|a|an|his|her|their|its|my|some) (?:\w+ )?(?:letters?|parcels?|presents?|gifts?|packages?"
            r"|boxes|box|basket|bag|bags|book|jar|envelope|chest|map|umbrella|suitcase|trunk|lunch|picnic"
            r"|rucksack|backpack|case|satchel|lunchbox|tin|bottle)",
            r"(?:took|takes|taking|take|snapped) (?:a|the|some|lots of|many) (?:\w+ )?(?:photos?|pictures?"
            r"|photographs?|snapshots?|selfies?)",
            r"took (?:\w+ ){0,3}(?:out of|from) (?:his|her|their|the|a|its) (?:\w+ )?(?:pocket|bag|basket|box|shelf"
            r"|table|drawer|cupboard|chest|purse|backpack|rucksack|wall|hook|nest|oven|sack|apron|coat|cage)",
            r"took out (?:a|an|the|his|her|their|some)",
            r"(?:brushed|brushes|brushing|brush|combed|combs|combing|comb|groomed|grooming|braided|braiding|plaited"
            r"|plaiting) (?:the|his|her|their|its|my) (?:\w+ )?(?:hair|teeth|horse|pony|mane|fur|coat|dog|beard"
            r"|wool|tail)",
            r"(?:rang|rings|ringing|ring) (?:the|a) (?:\w+ )?(?:bell|bells|doorbell|gong)",
            r"(?:swung|swings|swinging|swing|wielded|wields|wielding|brandished|brandishes|brandishing|raised"
            r"|sharpened|sharpening) (?:the|a|an|his|her|their|its) (?:\w+ )?(?:axe|ax|sword|hammer|bat|stick"
            r"|lantern|bucket|club|staff|wand|pickaxe|scythe|sickle|spear|lasso|rope|net|torch|shovel|spade)",
            r"(?:aimed|aims|aiming|shot|shoots|shooting|fired) (?:\w+ )?(?:an arrow|arrows|the bow|his bow|her bow"
            r"|a slingshot|his slingshot|her slingshot|the catapult)",
            r"(?:tied|ties|tying|tie|knotted|untied|unties|untying) (?:up )?(?:a|the|his|her|their|its) (?:\w+ )?"
            r"(?:rope|knot|ribbon|bow|boat|horse|string|sack|bundle|parcel|package|balloon|kite|scarf|apron|bag)",
            r"(?:counted|counts|counting) (?:the|his|her|their|some) (?:\w+ )?(?:coins|money|eggs|apples|pennies"
            r"|marbles|shells|stones|beads)",
            r"(?:blew|blows|blowing) (?:out )?(?:the|a|his|her|their) (?:\w+ )?(?:candles?|whistle|horn|trumpet"
            r"|bubbles|pipe|flute)")),
        ("walk", latin(r"(?:picked|picks|picking|pushed|pushes|pushing|threaded|threading|elbowed|wound|winding"
                        r"|felt|feeling) (?:his|her|their|its) way", r"in search of",
                        r"(?:set|went|goes|going) (?:off )?in search")),
        ("point", latin(
            r"(?:showed|shows|showing|show|indicated|indicates|indicating|indicate|pointed out) (?:(?:him|her|them"
            r"|us|me|you|the \w+|the \w+ \w+|everyone) )?the (?:\w+ )?(?:way|direction|path|road|route|exit|door)",
            r"(?:gestured|gestures|gesturing|motioned|motions|motioning|beckoned|beckons|beckoning|nodded) (?:\w+ )?"
            r"(?:towards?|at|to|in the direction of)(?= (?:the|a|an|his|her|their|him|them|its))")),
        ("climb", latin(
            r"(?:ascended|ascends|ascending|ascend|mounted|mounts|mounting|mount) (?:the|a|some|an) (?:\w+ )?(?:stairs"
            r"|staircase|steps|ladder|rope|tree|rocks?|cliff|wall|mountain|hill|tower|mast|peak|slope)",
            r"(?:shinned|shinnied|shimmied|swarmed) up", r"(?:went|came|climbed|clambered|slid|shinned) down (?:the|a)"
            r" (?:\w+ )?(?:ladder|rope|tree|drainpipe|cliff|rock|rocks|wall|mast)")),
        # Single verbs.
        ("kneel", latin(
            r"crawled|crawls|crawling|crawl|(?:on|onto) (?:all fours|(?:his|her|their|its) hands and knees)",
            r"planted|planting|(?:to|n't|not|did|would|could|can|will|must|let's|we|they|I|you) plant"
            r"|plants? (?:seeds?|bulbs?|beans|potatoes|trees?|flowers?|roses|tulips|carrots|cabbages|vegetables"
            r"|lettuce|peas|onions|saplings?|seedlings?|a tree|a seed|an? \w+ tree)",
            r"sowed|sows|sowing|sown|(?:to|n't|not|did|would|could|can|will|must|let's) sow|sow (?:the|some|seeds?)",
            r"dug|digs|digging|dig",
            r"weeded|weeding|(?:to|n't|not|did|would|could|can|will|must|let's) weed|weeds? (?:the|his|her|their)"
            r" (?:\w+ )?(?:garden|beds?|rows|patch|vegetables|flowerbeds?)",
            r"gardened|gardening|(?:to|n't|not|did|would|could|can|will|must) garden")),
        ("sit", latin(
            r"knitted|knits|knitting|knit|sewed|sews|sewing|sew|stitched|stitches|stitching|embroidered|embroidering"
            r"|crocheted|crocheting|darned|darning|wove|weaving|weaves",
            r"drove|drives|driving|(?:to|n't|not|did|would|could|can|will|must|learned to|learnt to) drive",
            r"cycled|cycles|cycling|biked|biking|pedals|pedal (?:the|his|her|their|a|up|down|along|home|away|off|hard"
            r"|faster)|(?:to|n't|not|did|would|could|can|will|must) (?:cycle|pedal)",
            r"row (?:the|a|across|back|home|out|to|along|down|up|ashore|away)|(?:to|n't|not|did|would|could|can|will"
            r"|must) row(?!\w)|paddles|paddle (?:the|a|across|back|home|out|to|along|down|up|away)",
            r"sledged|sledging|sledded|sledding|tobogganed|tobogganing|canoed|canoeing|kayaked|kayaking",
            r"ate|eats|eating|dined|dines|dining|breakfasted|lunched|supped|picnicked|picnicking|feasted|feasting"
            r"|munched|munching|nibbled|nibbling",
            r"milked|milking|milks|(?:to|n't|not|did|would|could|can|will|must) milk",
            r"rested|resting")),
        ("jump", latin(
            r"skipped|skips|skipping|pounced|pounces|pouncing|pounce|dived|dives|diving|dove (?:into|in|off|from"
            r"|under|for|down|headfirst|head first)|plunged into|plunges into|leapfrogged|somersaulted|cartwheeled"
            r"|did (?:a )?(?:somersaults?|cartwheels?|handstands?)|hurdled")),
        ("run", latin(
            r"escaped|escapes|escaping|escape|stampeded|stampeding|zoomed|zooms|zooming|whizzed|whizzing|sped (?:off"
            r"|away|along|down|up|across|past|toward|towards|after|home)|made a run for it|made a dash|made a break"
            r"|took to (?:his|her|their|its) heels|legged it|careered|careering")),
        ("hold", latin(
            r"fixed|fixes|fixing|fix|repaired|repairs|repairing|repair|mended|mends|mending|mend|patched|patching",
            r"painted|paints|painting|paint|drew|draws|drawing|sketched|sketches|sketching|coloured|colored|colouring"
            r"|coloring|doodled|doodling",
            r"cooked|cooks|cooking|cook|baked|bakes|baking|bake|kneaded|kneads|kneading|knead|fried|fries|frying"
            r"|chopped|chops|chopping|chop|grilled|grilling|roasted|roasting|toasted|toasting|peeled|peeling|sliced"
            r"|slicing|diced|dicing|grated|grating|whisked|whisking|buttered|buttering|simmered|simmering"
            r"|poured|pours|pouring|pour|ladled|ladling|served|serves|serving",
            r"washed|washes|washing|wash|scrubbed|scrubs|scrubbing|scrub|rinsed|rinses|rinsing|rinse|cleaned|cleans"
            r"|cleaning|(?:to|n't|not|did|would|could|can|will|must|help|helped|let's) clean|clean (?:the|his|her"
            r"|their|up|out|a|its|all)|tidied|tidies|tidying|(?:to|n't|not|did|would|could|can|will|must|help) tidy"
            r"|tidy up|dusted|dusting|polished|polishes|polishing|polish (?:the|his|her|their)|ironed|ironing",
            r"hammered|hammering|(?:to|n't|not|did|would|could|can|will|must) hammer|sawed|sawing|sawn|nailed|nailing"
            r"|screwed|drilled|drilling|chiselled|chiseled|chiseling|carved|carves|carving|whittled|whittles"
            r"|whittling|sanded|sanding|glued|gluing|welded|forged|shovelled|shoveled|shovelling|shoveling|shovel"
            r"|raked|raking|mowed|mowing|ploughed|plowed|ploughing|plowing|hoed|hoeing|sheared|shearing"
            r"|juggled|juggling|wrapped (?:up )?(?:the|a|an|some|his|her|their|presents?|gifts?|it|them)"
            r"|wrapping (?:the|a|an|presents?|gifts?)|unwrapped|unwrapping|unwraps|strummed|strumming|fiddled"
            r"|fiddling|photographed|photographing",
            r"fished|fishing|(?:to|n't|not|did|would|could|can|will|must|went|go|goes|let's) fish(?!\w)",
            r"pulled|pulls|pulling|pull|pushed|pushes|pushing|push|dragged|drags|dragging|drag|tugged|tugs|tugging|tug"
            r"|hauled|hauls|hauling|haul|heaved|heaving|yanked|yanking|towed|towing",
            r"threw|throws|throwing|throw|tossed|tosses|tossing|toss|hurled|hurls|hurling|hurl|flung|flings|flinging"
            r"|fling|lobbed|lobbing|chucked|pelted|pelting",
            r"caught|catches|catching|catch",
            r"picked|picks|picking|pick|plucked|plucks|plucking|pluck|gathered|gathers|gathering|gather|collected"
            r"|collects|collecting|collect|harvested|harvests|harvesting|harvest|reaped|reaping|foraged|foraging",
            r"(?:delivered|delivers|delivering|deliver) (?:\w+ )?(?:the|a|an|his|her|their|some) (?:\w+ )?(?:letters?"
            r"|parcels?|packages?|mail|post|milk|bread|newspapers?|papers|flowers|presents?|gifts?)",
            r"wrote|writes|writing|write|scribbled|scribbles|scribbling|jotted|jotting|typed|typing",
            r"fed|feeds|feeding|feed")),
        ("walk", latin(
            r"(?:searched|searches|searching|search) (?:for|through|the|every|everywhere|high|all|around|in|under"
            r"|behind|along|among|across)",
            r"(?:looked|looks|looking|hunted|hunts|hunting) (?:\w+ )?(?:for|everywhere|all over|high and low)(?!\w)",
            r"explored|explores|exploring|explore|prowled|prowling|prowls|scouted|scouting|patrolled|patrolling"
            r"|hiked|hikes|hiking|trekked|trekking|rambled|rambling|journeyed|journeying|travelled|traveled"
            r"|travelling|traveling|toured",
            r"returned|returns|returning|(?:to|n't|not|did|would|could|can|will|must|let's) return",
            r"(?:got|gets|getting|get|made it|making it) (?:back )?home",
            r"arrived|arrives|arriving|(?:to|n't|not|did|would|could|can|will|must) arrive",
            r"turned (?:back|for home|homeward|homewards)(?! to (?:his|her|their|the) )", r"homeward|homewards",
            r"brought|brings|bringing|bring|fetched|fetches|fetching|fetch|(?:went|go|goes|going) to get",
            r"visited|visiting|(?:to|n't|not|did|would|could|can|will|must|let's|came to|come to|went to|go to"
            r"|going to) visit|paid (?:\w+ )?(?:a|an) (?:\w+ )?visit",
            r"crossed|crosses|crossing|(?:to|n't|not|did|would|could|can|will|must|let's) cross(?!\w)",
            r"followed|follows|following|(?:to|n't|not|did|would|could|can|will|must|let's) follow(?!\w)",
            r"trailed (?:after|behind)|tagged along|tagging along",
            r"led|leads|leading|lead (?:the way|them|him|her|us|the \w+ (?:to|into|through|across|home|out|back))"
            r"|guided|guides|guiding|escorted|escorting|ushered|ushering",
            r"entered|enters|entering|(?:to|n't|not|did|would|could|can|will|must|let's) enter(?!\w)",
            r"left (?:the|his|her|their|its) (?:\w+ )?(?:house|home|room|village|town|city|castle|forest|woods|cave"
            r"|kitchen|shop|garden|farm|school|palace|hut|cottage|party|table|hall|barn|stable|church|tent|den|burrow"
            r"|nest|harbour|harbor|island|valley|library|market|inn|tavern)",
            r"left (?:for|through|by the)(?! (?:a|the) (?:moment|while|time|day|week|good))",
            r"(?:leaves|leaving|leave) (?:the|his|her|their) (?:house|home|room|village|town|castle|forest|woods"
            r"|cave|farm|school|palace|hut|cottage)",
            r"approached|approaches|approaching|approach (?:the|a|an|him|her|them)",
            r"stumbled|stumbles|stumbling|staggered|staggers|staggering|tottered|tottering|lumbered|lumbering"
            r"|sauntered|sauntering|(?:shuffled|shuffling) (?:along|through|into|across|off|out|in|over|to|toward"
            r"|towards|forward|home|back|away|down|up)|waded|wading|hastened|hastening|ventured|venturing|meandered"
            r"|tramped|tramping")),
    ],
    "de": [
        (None, latin(
            # things that lead, bring, pour, drive ("der Weg führte", "der Wind trieb", "Regen trommelte")
            r"(?:^|[,;]\s*|\bund\s+)(?:der|die|das|ein|eine) (?:\w+ )?\w*(?:weg|pfad|straße|gasse|treppe|tür|fluss"
            r"|bach|wind|sturm|regen|zeit|zug|bus|auto|wagen|schiff|boot|kutsche|wolken?|nebel|sonne|mond|licht|herz"
            r"|welle|wellen|flut|strom|brief|nachricht|post|glocke) (?:\w+ )?(?:führte|führt|führten|folgte"
            r"|folgt|brachte|bringt|kehrte|zog|zogen|zieht|fegte|fegt|trieb|warf|wirft|fuhr|fährt|fuhren|kroch"
            r"|kriecht|goss|schob|hämmerte|hämmert|trommelte|trommelt|pochte|näherte|nähert|kam zurück|kehrte zurück"
            r"|erreichte|verließ|läutete|klingelte|blies|bläst)",
            # passives, and a state ("der Zaun war frisch gestrichen")
            r"(?:wurde|wurden|worden|wird|werden) (?:\w+ ){0,3}(?:ge\w+|\w+iert|angezündet|aufgehoben|eingepackt"
            r"|ausgepackt|abgeholt|mitgebracht|besucht|verfolgt|überquert|erkundet|gepflanzt|gebracht|gefahren)",
            r"(?:war|waren|ist|sind) (?:\w+ ){0,2}(?:gemalt|gebaut|gekocht|gebacken|gewaschen|geputzt|repariert"
            r"|geflickt|gestrichen|angestrichen|gefangen|gefüttert|gepflanzt|gegraben|geschrieben|gelesen|gesammelt|gepflückt"
            r"|geerntet|genäht|gestrickt|angezündet|geschnitten|gezeichnet|gebraten|verlassen)(?!\w)",
            # beginning ("fing an zu"), catching fire, the captured
            r"f[iä]ng\w* (?:\w+ ){0,6}an(?=\s*[.,;:!?]|\s*$|\s+zu|\s+und)", r"anfangen|angefangen|anfing\w*",
            r"Feuer (?:fing|fangen|gefangen)", r"fing\w* Feuer",
            # throwing a glance or oneself, reproaching; pulling on clothes, moving house, preferring
            r"warf\w* (?:\w+ ){0,3}(?:Blick|Blicke|Schatten|Frage|Licht|Auge|Handtuch)\w*", r"warf\w* sich",
            r"w[aei]rf\w* (?:\w+ ){0,5}vor(?=\s*[.,;:!?]|\s*$)", r"vorgeworfen",
            r"zog\w* sich", r"z[oi]e?g\w* (?:\w+ ){0,4}(?:um|an|aus|vor|zusammen)(?=\s*[.,;:!?]|\s*$|\s+und)",
            r"z[oi]e?g\w* (?:\w+ ){0,3}(?:in Betracht|in Erwägung|den Kürzeren|Bilanz|eine Grimasse|Schlüsse"
            r"|die Stirn kraus|die Augenbrauen|Aufmerksamkeit|Blicke)", r"es zog|zog es",
            r"schob\w* (?:\w+ ){0,4}(?:auf|hinaus)(?=\s*[.,;:!?]|\s*$)", r"schob\w* (?:\w+ ){0,3}die Schuld",
            # bringing luck or someone to laugh, teaching; fetching breath
            r"brachte\w* (?:\w+ ){0,5}(?:bei|um)(?=\s*[.,;:!?]|\s*$)", r"brachte\w* (?:\w+ ){0,2}fertig",
            r"br(?:achte|ingt|ingen|acht)\w* (?:\w+ ){0,3}(?:Glück|Pech|Unglück|Freude|Hoffnung|Trost|Frieden|Ruhe"
            r"|zum Lachen|zum Weinen|zum Schweigen|zur Welt|in Gefahr|Tränen|Ärger|Unheil|Segen|Regen|Schnee|Kälte"
            r"|Wärme|Licht|auf die Idee|auf den Gedanken|zur Vernunft|aus der Fassung|zum Nachdenken|durcheinander)",
            r"holte\w* (?:\w+ ){0,2}(?:tief )?(?:Luft|Atem)", r"holte\w* (?:\w+ ){0,3}(?:nach|aus)(?=\s*[.,;:!?]|\s*$)",
            # following advice, what follows; leading a life or a talk
            r"folgte\w* (?:\w+ ){0,2}(?:Rat|Rats|Ratschlag|Befehl|Befehlen|Anweisung\w*|Beispiel|Herzen|Herz|Blick"
            r"|Stimme|Gefühl|Instinkt|Regel\w*)", r"(?:es|daraus|darauf|was|dem|wie|im) folgt\w*",
            r"führte\w* (?:\w+ ){0,3}(?:Gespräch|Gespräche|Tagebuch|Krieg|Leben|Haushalt|Buch|Aufsicht|Regie"
            r"|Protokoll|Selbstgespräche|Selbstgespräch|im Schilde)", r"(?:das|dies|es|was) führte",
            r"besuchte\w* (?:\w+ ){0,2}(?:die Schule|das Gymnasium|einen Kurs|den Unterricht|die Universität)",
            r"suchte\w* (?:\w+ ){0,2}(?:nach )?(?:Worten|Trost|Rat|Hilfe|Streit|Ausreden|einer Ausrede|Antwort\w*)",
            r"such\w* (?:\w+ ){0,3}aus(?=\s*[.,;:!?]|\s*$)",
            r"las\w* (?:\w+ ){0,2}(?:Gedanken|vom Gesicht|aus den Augen|die Leviten)",
            r"schrieb\w* (?:\w+ ){0,3}zu(?=\s*[.,;:!?]|\s*$)",
            # nouns: the food, the plants, the ditch, cheeks, a roast, the harvest, reading
            r"(?:das|dem|des|ein|kein|sein|ihr|gutes|leckeres|warmes|zum|vom|ihrem|seinem|beim|im|nach dem|vor dem"
            r"|zum|fürs) (?:Essen|Lesen|Schreiben|Malen|Kochen|Backen|Angeln|Stricken|Nähen|Trinken|Futter|Fahren"
            r"|Reiten|Fischen)",
            r"(?:die|den|der|seine|ihre|alle|viele|grüne|grünen|neue|neuen|kleinen|ihren|seinen|jungen) Pflanzen",
            r"(?:der|den|dem|im|in den|einen|einem|über den|am) Graben",
            r"(?:die|den|der|seine|ihre|rote|roten|dicke|dicken|beide|beiden|ihren|seinen) Backen",
            r"(?:der|den|dem|einen|ein) Braten", r"(?:die|der|eine|reiche|gute|schlechte) Ernte",
            r"(?:die|den|der|warme|warmen|kalte|leckere|feine) Speisen",
            r"ernte\w* (?:\w+ )?(?:Lob|Applaus|Beifall|Spott|Kritik|Dank|Gelächter)",
            # boiling with anger, cutting a face, doing well; gathering oneself
            r"kochte\w* (?:\w+ )?(?:vor Wut|vor Zorn|innerlich)", r"(?:gut|schlecht|besser|schlechter) ab(?=\s*[.,;:!?]"
            r"|\s*$)",
            r"schnitt\w* (?:\w+ )?(?:eine )?Grimasse\w*", r"schnitt\w* (?:\w+ )?(?:den Weg|das Wort)",
            r"sammelte\w* sich", r"versammelte\w*", r"sammelte\w* (?:\w+ ){0,2}(?:Mut|Kraft|Kräfte|Gedanken)",
            r"es goss|goss es|in Strömen", r"goss\w* (?:\w+ )?Öl ins Feuer",
            r"wischte\w* (?:\w+ ){0,3}(?:Tränen|Augen|Stirn|Schweiß|Nase|Mund)\w*",
            r"schmiedete\w* (?:\w+ )?Pläne", r"malte\w* sich (?:\w+ ){0,3}aus", r"zeichnete\w* sich (?:\w+ ){0,3}ab",
            r"verteilte\w* sich", r"bot\w* (?:\w+ ){0,3}(?:Hilfe|Unterstützung|Rat|Frieden|Freundschaft|einen Handel"
            r"|eine Wette|das Du|die Stirn|Paroli)",
            # driving: flinching, going on, a thought going through someone; skiing
            r"fuhr\w* (?:\w+ ){0,2}(?:zusammen|fort|hoch|auf|aus der Haut)(?=\s*[.,;:!?]|\s*$|\s+und|\s+als)",
            r"fuhr\w* sich (?:\w+ )?(?:durch|über)", r"fuhr\w* (?:ihm|ihr|ihnen|mir) (?:\w+ ){0,3}(?:durch|über|in)",
            r"fuhr\w* Ski|Ski (?:fahren|gefahren)", r"fortfahren|fortgefahren|fuhr fort",
            # leaving: relying on, deserted; pointing out in words
            r"verließ\w* sich", r"(?:war|waren|ist|sind|fühlte\w* sich|ganz|allein und|einsam und) verlassen",
            r"(?:das|die|der|den|dem|des|ein|eine|einem|einen|einer) verlassen\w*",
            r"(?:wies|wiesen|weist|weisen) (?:\w+ ){0,5}(?:hin|zurück|ab|an)(?=\s*[.,;:!?]|\s*$)",
            r"kehrte\w* (?:\w+ ){0,2}den Rücken", r"umgekehrt\w*",
            # a walking stick, a fishing rod: things named by what is done with them
            r"\w*(?:angel|koch|näh|strick|back|brat|schreib|lese|mal|zeichen|reit|ess|wasch|putz|spül|bastel"
            r"|bau|werk)(?:zeug|löffel|topf|töpfe|pfanne|korb|kasten|nadel|nadeln|maschine|buch|brille|stock|rute"
            r"|schnur|haken|zimmer|stube|kurs|platz|lehrer|schule)\w*")),
        # phrases first
        ("kneel", latin(
            r"(?:baute|bauten|baut|bauen|gebaut|machte|machten|macht|formte|formten|rollte|rollten)\w* (?:\w+ ){0,4}"
            r"(?:Sandburg\w*|Sandkuchen|Schneem[aä]nn\w*|Schneeburg\w*|Schneeb[aä]ll\w*|Iglu\w*|Schneehöhle\w*"
            r"|Burg\w* aus Sand|Matschkuchen)",
            r"(?:band|banden|bindet|binden|gebunden|schnürte\w*|schnürt|schnüren)\w* (?:sich )?(?:\w+ ){0,2}(?:Schuhe"
            r"|Schnürsenkel|Schuhbänder|Stiefel|Schnürbänder)",
            r"(?:suchte|suchten|sucht|suchen|gesucht|tastete\w*|wühlte\w*|kramte\w*|stocherte\w*) (?:\w+ ){0,4}(?:auf"
            r" dem|im|am|unter dem|zwischen den|in dem|auf den|durch das|durchs) (?:\w+ )?(?:Boden|Gras|Sand|Erde"
            r"|Waldboden|Fußboden|Teppich|Laub|Moos|Schlamm|Kies|Stroh|Heu|Dreck|Schnee)\w*",
            r"(?:streichel\w*|gestreichelt|kraulte\w*|krault|kraulen|gekrault|tätschelte\w*) (?:\w+ ){0,3}\w*(?:Katze"
            r"|Kätzchen|Kater|Hund|Hündchen|Welpe|Welpen|Hase|Hasen|Häschen|Kaninchen|Igel|Lamm|Lämmchen|Ferkel|Küken"
            r"|Entlein|Hamster|Meerschweinchen|Schildkröte|Eichhörnchen|Maus|Fuchs|Zicklein|Ziege|Tier|Tierchen"
            r"|Hündin|Mieze|Pudel|Dackel)\w*",
            r"trank\w* (?:\w+ ){0,3}(?:aus dem|aus einem|am|an dem|aus der|an der) (?:\w+ )?(?:Bach|Fluss|Teich"
            r"|Quelle|Brunnen|Pfütze|See|Tümpel|Trog|Tränke)\w*",
            r"(?:zog|zogen|zupfte\w*|riss|rissen|jätete\w*) (?:\w+ ){0,2}Unkraut|Unkraut (?:jäten|zupfen|gejätet)")),
        ("lie", latin(
            r"(?:sonnte|sonnten|sonnt)\w* sich|sich (?:\w+ ){0,3}(?:sonnen|sonnte|gesonnt)|sonnenbadete\w*"
            r"|ein Sonnenbad",
            r"(?:blieb|blieben|bleibt|hütete\w*|hütet|ruhte\w*) (?:\w+ ){0,3}(?:im|das|in seinem|in ihrem) Bett",
            r"krank im Bett|bettlägerig\w*|(?:wälzte|wälzten)\w* sich (?:\w+ ){0,3}(?:im Bett|hin und her)",
            r"ruhte\w* (?:\w+ ){0,3}(?:auf dem|auf seinem|auf ihrem|in der) (?:\w+ )?(?:Sofa|Hängematte|Liege)\w*")),
        ("sit", latin(
            r"(?:spielte\w*|spielt|spielen|gespielt) (?:\w+ ){0,3}(?:Klavier|Orgel|Harfe|Cello|Schlagzeug|Spinett"
            r"|Flügel|Harmonium)\w*",
            r"las\w* (?:\w+ ){0,5}(?:im|in einem|in seinem|in ihrem|auf dem|auf der|am) (?:\w+ )?(?:Sessel|Lehnstuhl"
            r"|Stuhl|Schaukelstuhl|Sofa|Couch|Bank|Hocker|Ohrensessel|Tisch|Schreibtisch|Fensterbank|Hängematte)\w*",
            r"am Spinnrad|spann\w* (?:\w+ ){0,2}(?:Wolle|Garn|Flachs|Stroh|Gold|Faden|Seide)",
            r"trank\w* (?:\w+ ){0,3}(?:Tee|Kaffee|Kakao|Milch|Saft|Wein|Bier|Limonade|Suppe|Schokolade)\w*",
            r"(?:spielte\w*|spielt|spielen|gespielt) (?:\w+ ){0,2}(?:Karten|Schach|Dame|Mühle|Domino|Brettspiel\w*)",
            r"(?:ruhte|ruhten|ruht)\w* (?:sich )?(?:\w+ ){0,3}aus(?!\w)|ausgeruht|ausruhen"
            r"|machte\w* (?:\w+ ){0,2}(?:Pause|Rast)",
            r"bestieg\w* (?:\w+ ){0,2}(?:Pferd|Pony|Esel|Rad|Fahrrad|Kutsche|Zug|Bus|Wagen)\w*",
            r"(?:stieg|stiegen|steigt|schwang\w* sich) (?:\w+ ){0,2}(?:auf|in) (?:das|sein|ihr|ein|den|die|seinen"
            r"|ihren) (?:\w+ )?(?:Pferd|Pony|Esel|Rad|Fahrrad|Auto|Kutsche|Boot|Wagen|Sattel|Zug|Bus|Taxi)\w*")),
        ("hold", latin(
            r"(?:spielte\w*|spielt|spielen|gespielt) (?:\w+ ){0,3}(?:Geige|Gitarre|Flöte|Trompete|Horn|Laute"
            r"|Mundharmonika|Akkordeon|Ziehharmonika|Dudelsack|Fiedel|Blockflöte|Harmonika|Leier|Trommel|Tamburin"
            r"|Posaune|Tuba|Klarinette|Saxophon|Mandoline|Banjo|Ukulele|Zither|Schalmei|Querflöte|Oboe)\w*",
            r"(?:kramte|kramten|wühlte|wühlten|griff|griffen|fasste)\w* (?:\w+ ){0,2}in (?:seine|ihre|die|eine|seiner"
            r"|ihrer|der|den|seinen|ihren) (?:\w+ )?(?:Tasche|Taschen|Hosentasche|Rucksack|Korb|Kiste|Schublade"
            r"|Beutel|Sack|Manteltasche|Schürze)\w*",
            r"(?:machte|machten|macht|kochte|kochten|kocht|bereitete\w*|backte\w*|backt)\w* (?:\w+ ){0,3}(?:Frühstück"
            r"|Mittagessen|Abendessen|Abendbrot|Suppe|Eintopf|Tee|Kaffee|Kakao|Brei|Pfannkuchen|Brot|Marmelade"
            r"|Kuchen|Plätzchen|Kekse|Brote|Butterbrote|Pizza|Essen)\w*",
            r"rührte\w* (?:\w+ ){0,3}(?:um(?!\w)|in (?:der|dem|einem|einer) (?:\w+ )?(?:Suppe|Topf|Teig|Brei|Kessel"
            r"|Tasse|Schüssel|Pfanne))", r"(?:rührte|rührten|rührt|rühren)\w* (?:den|die|das) (?:\w+ )?(?:Suppe|Teig"
            r"|Brei|Soße|Sauce|Farbe)",
            r"(?:zündete|zündeten|zündet|zünden)\w* (?:\w+ ){0,4}an(?!\w)|angezündet|anzünden|entzündete\w*"
            r"|entfachte\w*|machte\w* (?:\w+ ){0,2}Feuer",
            r"steckte\w* (?:\w+ ){0,3}(?:Kerze|Kerzen|Lampe|Laterne|Feuer|Ofen|Herd|Pfeife)\w* an(?!\w)",
            r"(?:fegte|fegten|fegt|fegen|gefegt|kehrte|kehrten|kehrt|kehren|gekehrt)\w* (?:\w+ ){0,2}(?:den|die|das)"
            r" (?:\w+ )?(?:Boden|Hof|Weg|Stube|Küche|Laub|Schnee|Stall|Fußboden|Treppe|Straße|Gehweg|Zimmer|Staub"
            r"|Krümel|Asche|Scheune|Kamin|Schornstein)\w*",
            r"(?:schnitt|schnitten|schneidet|schneiden|geschnitten|hackte\w*|hackt|hacken|gehackt|schälte\w*|schält"
            r"|schälen|geschält|raspelte\w*|würfelte\w*|spaltete\w*|spaltet|spalten) (?:\w+ ){0,3}(?:Brot|Zwiebel\w*"
            r"|Gemüse|Kartoffel\w*|Karotte\w*|Möhre\w*|Äpfel|Apfel|Holz|Fleisch|Wurst|Käse|Kuchen|Kräuter|Kohl"
            r"|Tomate\w*|Gurke\w*|Rübe\w*|Stoff|Papier|Haare?|Rosen|Blumen|Zweige?|Äste?|Scheiben?|Stück\w*)",
            r"(?:teilte|teilten|teilt|teilen|geteilt)\w* (?:\w+ ){0,3}(?:Brot|Essen|Apfel|Äpfel|Kuchen|Pausenbrot"
            r"|Schokolade|Beeren|Nüsse|Kekse|Suppe|Decke|Schirm|Regenschirm|Süßigkeiten|Bonbons|Käse|Wurst|Möhre"
            r"|Karotte)\w*",
            r"(?:öffnete|öffneten|öffnet|öffnen|geöffnet)\w* (?:\w+ ){0,3}(?:Brief|Paket|Geschenk|Päckchen|Kiste"
            r"|Schachtel|Korb|Tasche|Buch|Glas|Umschlag|Truhe|Karte|Schirm|Regenschirm|Koffer|Dose|Flasche"
            r"|Rucksack)\w*",
            r"(?:läutete|läuteten|läutet|läuten|geläutet|klingelte\w*)\w* (?:\w+ ){0,2}(?:die|der|an der) (?:\w+ )?"
            r"(?:Glocke|Klingel|Türglocke|Schelle)\w*",
            r"(?:schwang|schwangen|schwingt|schwingen|geschwungen)\w* (?:\w+ ){0,3}(?:Axt|Schwert|Hammer|Stock"
            r"|Laterne|Eimer|Keule|Stab|Zauberstab|Sense|Sichel|Speer|Lasso|Seil|Netz|Fackel|Schaufel|Spaten)\w*",
            r"(?:schoss|schossen|schießt|schießen)\w* (?:\w+ ){0,3}(?:Pfeil|Pfeile|Bogen|Schleuder)\w*"
            r"|spannte\w* (?:\w+ ){0,2}(?:den|seinen|ihren) Bogen",
            r"fotografierte\w*|fotografiert|fotografieren|machte\w* (?:\w+ ){0,2}(?:Foto|Fotos|Bild|Bilder|Photo"
            r"|Photos)",
            r"(?:zählte|zählten|zählt|zählen|gezählt)\w* (?:\w+ ){0,2}(?:Münzen|Geld|Eier|Äpfel|Taler|Murmeln|Muscheln"
            r"|Steine|Perlen|Pfennige|Goldstücke)",
            r"(?:blies|bliesen|bläst|blasen|geblasen|pustete\w*) (?:\w+ ){0,3}(?:Kerze|Kerzen|Trompete|Horn|Flöte"
            r"|Pfeife|Seifenblasen|Luftballon|Luftballons|Tuba|Posaune)\w*",
            r"(?:band|banden|bindet|binden|knotete\w*) (?:\w+ ){0,3}(?:Seil|Knoten|Schleife|Boot|Pferd|Strick|Sack"
            r"|Bündel|Paket|Ballon|Drachen|Schal|Schürze|Kranz|Strauß)\w*",
            r"(?:hängte|hängten)\w* (?:\w+ ){0,3}(?:Wäsche|Kleider|Laken|Bild|Laterne|Laternen|Kranz|Girlande|Fahne"
            r"|Glocke|Socken|Strümpfe|Schmuck|Lichterkette)\w*",
            r"(?:spülte\w*|spült|spülen|gespült|abgewaschen|abwaschen|wusch\w* (?:\w+ ){0,2}ab(?!\w)|machte\w*"
            r" (?:\w+ ){0,2}(?:den )?Abwasch)",
            r"(?:zog|zogen|zieht|ziehen|gezogen)\w* (?:\w+ ){0,3}(?:an (?:der|dem|den|seinem|seiner|ihrem|ihrer)|am)"
            r" \w+",
            r"(?:zog|zogen|zieht|ziehen|gezogen)\w* (?:\w+ ){0,2}(?:den|die|das|einen|eine|ein|seinen|seine|ihren"
            r"|ihre|sein|ihr) (?:\w+ )?(?:Karren|Wagen|Schlitten|Handwagen|Bollerwagen|Seil|Netz|Netze|Boot|Eimer"
            r"|Korb|Leiterwagen|Kiste|Sack|Ruder|Rübe|Pflug|Schwert|Messer|Zettel|Brief|Karte|Tuch|Decke|Vorhang"
            r"|Vorhänge|Stöpsel|Nagel|Fisch|Angel|Leine|Faden)\w*",
            r"(?:studierte\w*|betrachtete\w*|entfaltete\w*|faltete\w* (?:\w+ ){0,2}auseinander) (?:\w+ ){0,2}(?:die"
            r"|den|das|eine|einen|ein|seine|ihre) (?:\w+ )?(?:Karte|Landkarte|Buch|Brief|Zettel|Rezept|Plan"
            r"|Schriftrolle)\w*")),
        ("walk", latin(
            r"(?:zog|zogen|zieht|ziehen|gezogen)\w* (?:\w+ ){0,3}(?:los|weiter|fort|davon|umher|heim|hinaus|herum"
            r"|durch (?:das|den|die) (?:\w+ )?(?:Land|Wald|Welt|Dorf|Stadt|Berge|Gegend|Straßen|Gassen))(?!\w)",
            r"(?:schleppte|schleppten|schleppt)\w* sich",
            r"auf dem (?:Heimweg|Rückweg|Weg nach Hause)|machte\w* sich auf den (?:Heimweg|Rückweg)",
            r"(?:fand|fanden)\w* (?:\w+ ){0,2}(?:den )?(?:Weg|Heimweg) (?:\w+ ){0,3}(?:zurück|nach Hause|heim)")),
        ("point", latin(
            r"(?:zeigte|zeigten|zeigt|zeigen|gezeigt|wies|wiesen|weist|weisen|gewiesen)\w* (?:\w+ ){0,3}(?:den|die)"
            r" (?:\w+ )?(?:Weg|Richtung|Straße|Pfad|Tür|Ausgang)\w*",
            r"(?:wies|wiesen|weist)\w* (?:\w+ ){0,3}(?:auf|nach|in Richtung|hinaus|hinüber)(?!\w)")),
        ("climb", latin(
            r"(?:stieg|stiegen|steigt)\w* (?:\w+ ){0,3}(?:Leiter|Baum|Seil|Felsen|Mauer|Strickleiter)\w* (?:\w+ )?"
            r"(?:hinunter|herunter|hinab|herab)", r"bestieg\w* (?:\w+ ){0,2}(?:Berg|Gipfel|Turm|Hügel|Felsen|Baum"
            r"|Leiter)\w*")),
        ("run", latin(r"(?:spielte\w*|spielen|spielt|gespielt) (?:\w+ ){0,2}Fangen|Fangen spielen",
                       r"such\w* (?:\w+ )?das Weite")),
        # single verbs
        ("kneel", latin(
            r"pflanzte\w*|pflanzt|pflanzen|gepflanzt|einpflanzen|eingepflanzt|säte\w*|sät|säen|gesät|grub|gruben"
            r"|gräbt|graben|gegraben|ausgegraben|buddelte\w*|buddelt|buddeln|gebuddelt|jätete\w*|jätet|jäten"
            r"|gejätet|scharrte\w*|scharrt|scharren|gescharrt|kroch|krochen|kriecht|kriechen|gekrochen|krabbelte\w*"
            r"|krabbelt|krabbeln|gekrabbelt|auf allen vieren|auf Händen und Knien|gärtnerte\w*")),
        ("sit", latin(
            r"nähte\w*|näht|nähen|genäht|strickte\w*|strickt|stricken|gestrickt|häkelte\w*|häkelt|häkeln|gehäkelt"
            r"|stickte\w*|stickt|sticken|gestickt|webte\w*|webt|weben|gewebt",
            r"fuhr|fuhren|fuhrst|fährt|fahren|gefahren|radelte\w*|radelt|radeln|geradelt|strampelte\w*|ruderte\w*"
            r"|rudert|rudern|gerudert|paddelte\w*|paddelt|paddeln|gepaddelt|ritt|ritten|reitet|reiten|geritten"
            r"|rodelte\w*|rodelt|rodeln|gerodelt",
            r"aß|aßen|isst|essen|gegessen|frühstückte\w*|frühstückt|frühstücken|gefrühstückt|speiste\w*|tafelte\w*"
            r"|picknickte\w*|vesperte\w*|knabberte\w*|schmauste\w*|löffelte\w*",
            r"melkte\w*|melkt|melken|gemolken|molk|ruhte\w*|rastete\w*|rastet|rasten|gerastet")),
        ("jump", latin(r"hechtete\w*|kopfüber|(?:stürzte|stürzten)\w* sich (?:\w+ ){0,3}(?:auf|ins|in den|in die)"
                        r"(?!\w)|machte\w* (?:\w+ )?(?:einen )?(?:Purzelbaum|Purzelbäume|Handstand|Salto)")),
        ("run", latin(r"entkam\w*|entkommen|entwischte\w*|entwischt|büxte\w* aus|ausgebüxt|haute\w* ab|abgehauen"
                       r"|machte\w* sich (?:\w+ )?davon|nahm\w* Reißaus|preschte\w*|stob\w* davon|düste\w*|wetzte\w*")),
        ("hold", latin(
            r"reparierte\w*|repariert|reparieren|flickte\w*|flickt|flicken|geflickt|besserte\w* (?:\w+ ){0,3}aus"
            r"|ausgebessert|stopfte\w*",
            r"goss|gossen|gießt|gießen|gegossen|begoss\w*|begießt|begießen|begossen|wässerte\w*|wässert|wässern"
            r"|gewässert",
            r"malte\w*|malt|malen|gemalt|zeichnete\w*|zeichnet|zeichnen|gezeichnet|strich\w* (?:\w+ ){0,3}an(?!\w)"
            r"|anstrich|angestrichen|pinselte\w*|kritzelte\w*|skizzierte\w*",
            r"kochte\w*|kocht|kochen|gekocht|backte\w*|backt|backen|gebacken|buk|briet|brieten|brät|braten|gebraten"
            r"|knetete\w*|knetet|kneten|geknetet|würzte\w*|schöpfte\w*|servierte\w*|tischte\w* (?:\w+ ){0,3}auf"
            r"|deckte\w* (?:\w+ ){0,2}(?:den )?Tisch|schenkte\w* (?:\w+ ){0,3}ein(?!\w)",
            r"wusch|wuschen|wäscht|waschen|gewaschen|putzte\w*|putzt|putzen|geputzt|schrubbte\w*|schrubbt|schrubben"
            r"|geschrubbt|wischte\w*|wischt|wischen|gewischt|polierte\w*|poliert|polieren|bügelte\w*|bügelt|bügeln"
            r"|gebügelt|räumte\w* (?:\w+ ){0,3}auf|aufgeräumt|aufräumen|staubte\w* (?:\w+ ){0,2}ab|spülte\w*",
            r"hämmerte\w*|hämmert|hämmern|gehämmert|sägte\w*|sägt|sägen|gesägt|nagelte\w*|nagelt|nageln|genagelt"
            r"|schraubte\w*|schraubt|schrauben|geschraubt|bohrte\w*|schnitzte\w*|schnitzt|schnitzen|geschnitzt"
            r"|hobelte\w*|feilte\w*|schmiedete\w*|schmiedet|schmieden|geschmiedet|zimmerte\w*|bastelte\w*|bastelt"
            r"|basteln|gebastelt|baute|bauten|baut|bauen|gebaut|schaufelte\w*|schaufelt|schaufeln|geschaufelt"
            r"|harkte\w*|mähte\w*|mäht|mähen|gemäht|pflügte\w*|pflügt|pflügen|gepflügt|schor|schoren|geschoren"
            r"|jonglierte\w*|wickelte\w* (?:\w+ ){0,3}ein|eingewickelt|packte\w* (?:\w+ ){0,3}ein(?!\w)",
            r"angelte\w*|angelt|angeln|geangelt|fischte\w*|fischt|fischen|gefischt",
            r"zerrte\w*|zerrt|zerren|gezerrt|schleppte\w*|schleppt|schleppen|geschleppt|schob|schoben|schiebt|schieben"
            r"|geschoben",
            r"warf|warfen|wirft|werfen|geworfen|schleuderte\w*|schleudert|schleudern|geschleudert",
            r"fing|fingen|fängt|fangen|gefangen|auffangen|aufgefangen",
            r"pflückte\w*|pflückt|pflücken|gepflückt|sammelte\w*|sammelt|sammeln|gesammelt|erntete\w*|erntet|ernten"
            r"|geerntet|las\w* (?:\w+ ){0,3}auf(?!\w)|aufgelesen",
            r"verteilte\w*|verteilt|verteilen|bot\w* (?:\w+ ){1,4}an(?!\w)|angeboten",
            r"las|lasen|liest|lesen|gelesen|vorgelesen|vorlesen|blätterte\w*|blättert|blättern|geblättert",
            r"schrieb|schrieben|schreibt|schreiben|geschrieben|kritzelt|notierte\w*|notiert|unterschrieb\w*"
            r"|unterschreiben",
            r"fütterte\w*|füttert|füttern|gefüttert",
            r"kämmte\w*|kämmt|kämmen|gekämmt|bürstete\w*|bürstet|bürsten|gebürstet|striegelte\w*|flocht|flochten"
            r"|geflochten|frisierte\w*")),
        ("walk", latin(
            r"kehrte\w* (?:\w+ ){0,4}(?:zurück|heim|um)(?!\w)|zurückgekehrt|heimgekehrt|zurückkehren|heimkehren"
            r"|zurückkehrte\w*|heimkehrte\w*",
            r"holte|holten|holt|holen|geholt|abgeholt|abholen|holte\w* (?:\w+ ){0,3}ab(?!\w)",
            r"brachte|brachten|bringt|bringen|gebracht|mitgebracht|mitbringen|brachte\w* (?:\w+ ){0,3}mit(?!\w)",
            r"besuchte|besuchten|besucht|besuchen|zu Besuch",
            r"überquerte\w*|überquert|überqueren|querte\w*|durchquerte\w*|durchquert|durchqueren",
            r"folgte|folgten|folgt|folgen|gefolgt|führte|führten|führt|führen|geführt|geleitete\w*|begleitete\w*"
            r"|begleitet|begleiten",
            r"betrat|betraten|betritt|verließ\w*|verlässt|verlassen",
            r"(?:näherte|näherten|nähert|nähern|genähert)\w* sich|sich (?:\w+ ){0,3}(?:näherte|näherten|nähern)",
            r"erkundete\w*|erkundet|erkunden|erforschte\w*|erforscht|erforschen|durchsuchte\w*|durchsucht"
            r"|durchsuchen|durchstreifte\w*|durchstreift|streifte\w* (?:\w+ ){0,3}(?:durch|umher|herum)(?!\w)",
            r"suchte|suchten|sucht|suchen|gesucht",
            r"reiste\w*|reist|reisen|gereist|stolperte\w*|stolpert|torkelte\w*|taumelte\w*|watschelte\w*|watete\w*"
            r"|schlurfte\w*|tapste\w*|tappte\w*|stiefelte\w*|pilgerte\w*")),
    ],
    "es": [
        (None, latin(
            # things that follow, lead, cross, bring ("el camino llevaba", "el río cruzaba", "el sol salió")
            r"(?:el|la|los|las|un|una) (?:\w+ )?(?:río|arroyo|agua|viento|tiempo|camino|sendero|senda|calle|carretera"
            r"|puente|puerta|escalera|sol|luna|niebla|humo|coche|tren|autobús|barco|reloj|noticia|carta|lluvia|nieve"
            r"|tormenta|luz|ola|olas|nubes?|escalofrío|corazón) (?:\w+ )?(?:salió|salía|entró|entraba|volvió|volvía"
            r"|regresó|cruzaba|cruzó|seguía|siguió|guiaba"
            r"|conducía|condujo|llegó|llegaba|trajo|traía|recorrió|recorría|tiró|lanzó|golpeaba|arrastró|arrastraba"
            r"|empujó|empujaba|barrió|barría|lavó|pintaba|pintó|partió|dejó|rodeaba|visitó|buscaba)",
            # passives ("fue pintada", "fueron recogidos")
            r"(?:fue|fueron|era|eran|es|son|sido|está|estaba|estaban|estaría|quedó|quedaron) (?:\w+ ){0,2}(?:pintad"
            r"|construid|arreglad|reparad|lavad|limpiad|barrid|cocinad|atrapad|recogid|sembrad|plantad|escrit|leíd"
            r"|comid|alimentad|visitad|seguid|guiad|llevad|traíd|buscad|encontrad|lanzad|tirad|empujad|arrastrad"
            r"|servid|cosid|tejid|encendid|cortad|cavad|regad|dibujad|pescad)[oa]s?",
            # doing again, trying, becoming; following advice; the next day
            r"volv\w+ a (?!casa|su casa|la casa|caminar|correr|andar)\w+(?:ar|er|ir|arse|erse|irse)(?!\w)",
            r"(?:se )?volv\w+ (?:muy |más |tan )?(?:loc[oa]|triste|feliz|hacia|a mirar|para mirar|atrás a mirar)",
            r"se volvió|se volvía|se volvieron", r"(?:trató|trataba|intentó|intentaba) de",
            r"sigui\w+ (?:\w+ )?(?:siendo|estando|triste|feliz|igual|adelante|sin|con vida|el consejo|los consejos"
            r"|las instrucciones|las órdenes|el ejemplo|su corazón|sus sueños|la mirada)",
            r"(?:el|al|la) (?:día|mañana|semana|año|noche) siguiente", r"(?:lo|la|el|los|las) siguientes?",
            r"(?:a|en) seguida", r"como sigue",
            # giving a shout, a turn; throwing oneself or a glance; catching a cold
            r"(?:lanz\w+|tir\w+|ech\w+) (?:\w+ )?(?:un|una) (?:\w+ )?(?:grito|mirada|vistazo|suspiro|carcajada"
            r"|ojeada|beso|aullido|chillido)", r"se lanz\w+ a (?:reír|llorar|gritar|cantar)",
            r"tir\w+ la toalla", r"(?:atrap\w+|cog\w+|pesc\w+) (?:un|una|el) (?:\w+ )?(?:resfriado|resfrío|catarro"
            r"|gripe|fiebre|autobús|tren|rabieta)",
            # bringing luck; reading minds; leaving behind, leaving someone alone
            r"traj\w+ (?:\w+ ){0,2}(?:suerte|alegría|felicidad|paz|lágrimas|recuerdos|esperanza|mala suerte|problemas"
            r"|consigo)", r"(?:le|les) (?:leyó|leía) (?:el|los) (?:pensamiento|pensamientos|mente)",
            r"(?:salió|salía|entró|llegó|llegaba|llegaron|volvió|volvía) (?:el|la|los|las) (?:sol|luna|primavera|verano"
            r"|otoño|invierno|noche|mañana|día|tren|autobús|barco|carta|noticia|tormenta|lluvia|nieve|calma|paz)",
            r"(?:el|un|del|al|su|aquel) partido", r"(?:el|un|del|al|de|con|su|rico|fresco|buen) pescado",
            r"clav\w+ (?:\w+ )?(?:la mirada|los ojos|la vista)", r"plant\w+ cara", r"seguid[oa]s? (?:de|por)",
            r"(?:se )?sal(?:ió|ía) (?:\w+ )?(?:bien|mal|con la suya|ganando|adelante)", r"(?:la|una|de la|a la) salida",
            r"(?:el|al|del|su) regreso", r"de vuelta|dio (?:la|una) vuelta", r"(?:la|una|de la|a la) entrada",
            r"(?:la|una|su) partida", r"a partir de", r"(?:el|la|su|un) arreglo",
            # crossing one's arms, a fishing rod, the kitchen; a plant
            r"cruz\w+ (?:los|sus) (?:brazos|dedos|piernas)", r"cruz\w+ (?:\w+ )?(?:mente|cabeza|mirada|miradas)",
            r"(?:la|una|su|de la|en la|a la|nueva|vieja|pequeña|gran) (?:cocina|planta|pesca|cosecha|siembra|pintura"
            r"|lectura|escritura|comida|cena|visita|búsqueda|caña de pescar)",
            r"(?:caña|barco|barca|pueblo|aldea|red|redes|hilo|sedal|anzuelo|anzuelos|bote) (?:de )?pesca(?:dor|dores)?",
            r"(?:máquina|aguja|agujas|caja|cesto|costurero) de (?:coser|tejer)",
            r"(?:sala|mesa|comedor|habitación) (?:de|del) (?:estar|comer|comedor)",
            r"se lev\w+ (?:\w+ )?temprano", r"lav\w+ (?:las|sus) manos de",
            r"pint\w+ (?:\w+ )?(?:feo|mal|bien)", r"(?:se )?(?:me|te|le|nos|les) dio (?:igual|pena|miedo|vergüenza"
            r"|risa)",
            r"escrit[oa]s?", r"en busca de (?:ayuda|consuelo)", r"busc\w+ (?:\w+ )?(?:las palabras|consuelo|ayuda)")),
        # going on a bicycle, lifting a thing from the floor: explicit gaps read here too
        ("kneel", latin(
            r"(?:constru\w+|hiz\w+|hic\w+|hac\w+|form\w+|rod\w+|modeló) (?:\w+ ){0,3}(?:castillos? de arena|muñecos? de"
            r" nieve|bolas? de nieve|iglú|iglúes|pasteles de (?:barro|arena)|figuras de arena)",
            r"(?:se )?(?:at|amarr|anud)\w+ (?:\w+ )?(?:los cordones|las agujetas|los zapatos|las botas|las zapatillas"
            r"|los lazos de (?:sus|los) zapatos)",
            r"(?:busc|rebusc|tante|hurg)\w+ (?:\w+ ){0,3}(?:en|por|entre) (?:el|la|las|los) (?:\w+ )?(?:suelo|hierba"
            r"|arena|tierra|césped|barro|hojas|musgo|alfombra|grava|paja|heno)",
            r"(?:acarici|mim|rasc)\w+ (?:\w+ ){0,2}(?:al|a la|el|la|a su|su|a los|los|a sus|sus|a un|a una) (?:\w+ )?"
            r"(?:gato|gata|gatito|gatita|perro|perra|perrito|perrita|cachorro|cachorrito|conejo|conejito|erizo"
            r"|cordero|corderito|cerdito|pollito|patito|hámster|tortuga|ardilla|ratón|ratoncito|zorrito|cabrita"
            r"|cabrito|gatitos|perritos|conejitos|patitos|pollitos)",
            r"beb\w+ (?:\w+ ){0,3}(?:del|de la|en el|en la|de un|de una) (?:\w+ )?(?:arroyo|río|estanque|charco"
            r"|fuente|manantial|lago|abrevadero|pozo)",
            r"(?:arranc|quit)\w+ (?:\w+ )?(?:las )?malas hierbas", r"se arrastr\w+|arrastrándose")),
        ("lie", latin(r"(?:tomaba|tomó|tomaban|tomaron|tomando|tomar) (?:el )?sol",
                       r"(?:guardó|guardaba|guardar|guardando) cama", r"(?:se quedó|se quedaba|quedó|estaba|estuvo"
                       r"|seguía|permaneció|permanecía) (?:\w+ )?en (?:la )?cama", r"enferm[oa]s? en (?:la )?cama")),
        ("sit", latin(
            r"(?:toc|interpret)\w+ (?:\w+ ){0,3}(?:piano|órgano|arpa|violonchelo|batería"
            r"|clavicordio|clavecín)",
            r"(?:ley|le)\w+ (?:\w+ ){0,4}(?:en|sobre|junto a) (?:el|la|un|una|su) (?:\w+ )?(?:sillón|silla|butaca"
            r"|mecedora|banco|sofá|taburete|mesa|escritorio|hamaca)",
            r"(?:hil|tej)\w+ (?:\w+ )?(?:la )?(?:lana|lino|seda|paja)|(?:en|junto a) la rueca",
            r"(?:tom|beb)\w+ (?:\w+ ){0,2}(?:té|café|chocolate|leche|limonada|sopa|zumo|jugo|vino|infusión)",
            r"(?:jug)\w+ (?:a las |al |a )?(?:cartas|ajedrez|damas|dominó|naipes)",
            r"(?:mont\w+|cabalg\w+|and\w+|iba|iban|fue|fueron|va|van|vino|vinieron|lleg\w+|viaj\w+|salió|salieron"
            r"|salía|paseaba|paseó) (?:\w+ ){0,2}"
            r"(?:en|a) (?:su |la |el |un |una )?(?:bicicleta|bici|moto|motocicleta|barca|bote|coche|carro|auto"
            r"|autobús|tren|caballo|burro|poni|trineo|carreta|carruaje|canoa|camello|mula|tranvía|taxi|barco)")),
        ("hold", latin(
            r"(?:toc|interpret)\w+ (?:\w+ ){0,3}(?:violín|guitarra|flauta|trompeta"
            r"|cuerno|acordeón|laúd|armónica|gaita|mandolina|clarinete|campana|campanilla|tambor|pandereta|trombón"
            r"|tuba|saxofón|charango|ukelele)",
            r"(?:busc|rebusc|hurg)\w+ (?:\w+ )?en (?:el|la|su|sus|los|un|una) (?:\w+ )?(?:bolsillo|bolsillos|bolso"
            r"|mochila|cesta|canasta|caja|cajón|maleta|bolsa|saco|delantal|abrigo)",
            r"(?:hiz|hic|hac|prepar|cocin)\w+ (?:\w+ ){0,2}(?:el desayuno|la comida|la cena|sopa|un guiso|té|café"
            r"|chocolate|pan|mermelada|un pastel|pasteles|galletas|bocadillos|sándwiches|tortillas?|una tarta|tartas"
            r"|pizza|empanadas|arepas|tamales|churros)",
            r"(?:remov|revolv)\w+ (?:\w+ )?(?:la|el|las|los) (?:\w+ )?(?:sopa|olla|potaje|guiso|masa|caldo|té|café"
            r"|chocolate|leche|mezcla|caldero|puchero|salsa)",
            r"(?:prend|encend)\w+ (?:\w+ )?(?:la|el|las|los|una|un|unas|unos) (?:\w+ )?(?:vela|velas|lámpara|farol"
            r"|faroles|linterna|fuego|hoguera|chimenea|estufa|cerilla|fósforo|antorcha|candil|fogata|horno)",
            r"(?:hiz|hic|hac)\w+ (?:un |una |el |la )?(?:fuego|hoguera|fogata)",
            r"(?:compart|repart)\w+ (?:\w+ )?(?:su|sus|el|la|los|las|un|una) (?:\w+ )?(?:pan|comida|almuerzo|merienda"
            r"|bocadillo|manzanas?|pastel|galletas|bayas|frutas?|dulces|caramelos|juguetes?|paraguas|manta|queso|sopa"
            r"|nueces|zanahorias?|pescado|tarta|chocolate|agua|golosinas)",
            r"(?:abr)\w+ (?:\w+ )?(?:la|el|las|los|una|un|su|sus) (?:\w+ )?(?:carta|cartas|paquete|regalo|regalos|caja"
            r"|cesta|canasta|bolsa|libro|frasco|sobre|cofre|mapa|paraguas|maleta|baúl|botella|mochila)",
            r"(?:cort|pel|rall|rebanad)\w+ (?:\w+ ){0,3}(?:pan"
            r"|cebollas?|verduras?|patatas?|papas|zanahorias?|manzanas?|leña|carne|queso|pastel|tarta|hierbas|tomates?"
            r"|frutas?|tela|papel|flores|rosas|ramas?|rebanadas?|trozos?|pedazos?)",
            r"(?:fotografi|sac)\w+ (?:\w+ )?(?:una |unas |muchas )?fotos?|fotografió|fotografiaba",
            r"(?:cont)\w+ (?:las|los|sus) (?:\w+ )?(?:monedas|huevos|manzanas|canicas|conchas|piedras|perlas)",
            r"(?:sopl)\w+ (?:\w+ )?(?:las|la) (?:\w+ )?(?:velas?|trompeta|flauta|pompas|burbujas)",
            r"(?:colg|tend)\w+ (?:\w+ )?(?:la|el|las|los) (?:\w+ )?(?:ropa|sábanas|colada|cuadro|farol|faroles"
            r"|guirnalda|bandera|calcetines|adornos)",
            r"(?:blandi|empuñ)\w+ (?:\w+ )?(?:la|el|su|una|un) (?:\w+ )?(?:espada|hacha|palo|bastón|lanza|varita"
            r"|martillo|antorcha)",
            r"(?:sac)\w+ (?:\w+ ){0,3}(?:del|de la|de su|de sus) (?:\w+ )?(?:bolsillo|bolso|cesta|canasta|caja|cajón"
            r"|mochila|saco|bolsa|delantal)",
            r"(?:estudi|desdobl|despleg|consult)\w+ (?:\w+ )?(?:el|la|un|una|su) (?:\w+ )?(?:mapa|libro|carta|receta"
            r"|pergamino|nota|plano|brújula)",
            r"(?:le|les) (?:dieron|daba|daban|entregaba|entregaron|ofrecía|ofrecieron) (?:un|una|el|la|los|las|su|sus)"
            r" (?!(?:grito|susto|miedo|beso|vuelta|paseo|salto|golpe|consejo|permiso)(?!\w))\w+",
            r"dio de comer|daba de comer|dieron de comer")),
        ("walk", latin(
            r"(?:se fue|se fueron|se iba|se marchó|se marcharon) (?:a|al|hacia|hasta|para|de|del|por)(?! dormir)",
            r"(?:fue|fueron|iba|iban|volvió|volvían|volvía|regresó|regresaba) (?:\w+ )?(?:a casa|hacia casa|al pueblo"
            r"|a su casa|de vuelta|de regreso)", r"(?:fue|fueron) (?:a|al|hacia|hasta|para)(?!\w)",
            r"(?:iba|iban) (?:al|a la|hacia|hasta|por)(?!\w)", r"en busca de", r"camino (?:a|de) casa",
            r"(?:sigui\w+|and\w+) (?:\w+ )?(?:su )?camino")),
        ("point", latin(
            r"(?:indic|mostr|enseñ|señal)\w+ (?:\w+ )?(?:el|la) (?:\w+ )?(?:camino|dirección|senda|salida|puerta"
            r"|ruta)")),
        ("climb", latin(r"(?:baj\w+|descend\w+|descendi\w+) (?:\w+ ){0,2}(?:por )?(?:la|el) (?:\w+ )?(?:escalera de"
                         r" mano|cuerda|árbol|muro|roca|rocas|acantilado|mástil)",
                         r"(?:se )?encaram\w+|(?:se )?subi\w+ (?:a|al|en) (?:un|una|el|la|lo alto de) (?:\w+ )?(?:árbol"
                         r"|muro|tejado|roca|rocas|escalera|valla|tapia|techo)")),
        ("jump", latin(r"se (?:tiró|tiraba|tiraron|lanzó|lanzaba|lanzaron) (?:\w+ )?(?:al|a la|desde|por|sobre|de"
                        r" cabeza)(?!\w)", _es_ar("zambull", "brinc"), r"se zambull\w+|dio (?:una )?volteretas?")),
        ("run", latin(_es_ar("escap"), r"se escap\w+", r"salió (?:huyendo|a escape|pitando|volando)",
                       r"puso pies en polvorosa|echaron a correr|echaban a correr|se dio a la fuga")),
        # single verbs
        ("kneel", latin(
            _es_ar("plant", "cav", "escarb", "desyerb", "gate"),
            r"sembró|sembraba|sembraban|sembrar|sembrando|sembraron|siembra semillas|a gatas|a cuatro patas")),
        ("sit", latin(
            _es_er("cos", "tej"), r"cose|cosen|teje|tejen|bordó|bordaba|bordando|bordar|hilaba|hiló|hilando|hilar",
            _es_ar("pedale", "manej", "rem", "cabalg", "desayun", "almorz", "cen", "merend", "descans", "ordeñ"),
            _es_er("com"), r"comió|come|comen|condujo|condujeron|conducía|conducían|conducir|conduciendo|almorzó"
            r"|almuerza|desayuna|cena con|pedalea|pedalean|descansa|descansan",
            r"remaba|remaron|rema|reman")),
        ("hold", latin(
            _es_ar("arregl", "remend", "reg", "pint", "dibuj", "cocin", "horne", "amas", "cort", "pel", "lav", "frot",
                   "limpi", "martill", "martille", "serr", "clav", "tall", "pesc", "jal", "empuj", "lanz", "arroj",
                   "atrap", "cosech", "aliment", "planch", "pein", "cepill", "arrastr", "garabate", "tir"),
            _es_er("barr", "constru", "escrib", "envolv", "desenvolv"),
            r"riega|riegan|pinta un|pinta la|pinta el|dibuja|dibujan|friega|friegan|fregó|fregaba|fregar|fregando"
            r"|frió|freía|freír|friendo|frieron|construyó|construía|construyeron|construyendo|construye|construyen"
            r"|escribe|escriben|leyó|leía|leían|leer|leyendo|leyeron|lee|leen|barre|barren|lava|lavan|limpia el"
            r"|limpia la|pesca|pescan|tira de|tiró de|tiraba de|tiraban de|tiraron de|tiró|tiraba|tiraban"
            r"|tiraron|tirar|tirando|sirvió|servía|servían|sirvieron|servir|sirviendo|sirve|recoge|recogen|coge"
            r"|cosecha|alimenta|atrapa|lanza|empuja|arrastra|talló|tallaba|esculpió|garabateó|garabateaba"
            r"|anotó|apuntó en")),
        ("walk", latin(
            _es_ar("busc", "explor", "regres", "retorn", "visit", "cruz", "gui", "entr", "atraves", "acompañ",
                   "vague", "merode"),
            _es_er("volv", "recorr", "sal", "part"),
            r"volvió|volvía|volvían|volvieron|vuelve|vuelven|volviendo|siguió|seguía|seguían|siguieron|seguir"
            r"|siguiendo|sigue|siguen|salió|salía|salían|salieron|salir|saliendo|sale|salen|trajo|trajeron|traía"
            r"|traían|traer|trayendo|trae|traen|partió|partían|partieron|regresa|regresan|visita a|cruza|cruzan"
            r"|entra|entran|busca|buscan|explora|exploran|guió|guiaba|llegó|llegaba|llegaban|llegaron|llegar"
            r"|llegando|llega|llegan")),
    ],
    "fr": [
        (None, latin(
            # things that lead, come, cross ("le chemin menait", "l'hiver arriva", "une idée lui vint")
            r"(?:(?:le|la|les|un|une) |l')(?:\w+ )?(?:chemin|route|sentier|rue|escalier|porte|couloir|passage|rivière"
            r"|fleuve|ruisseau|vent|temps|soleil|lune|brume|brouillard|fumée|voiture|train|bus|bateau|lettre|nouvelle"
            r"|orage|pluie|neige|tempête|idée|pensée"
            r"|frisson|éclair|douleur|sourire|ombre|vague|vagues|lumière|nuages?|fleurs|plantes|arbres|herbes?"
            r"|cheveux|barbe|champignons|blé|légumes|graines?) (?:\w+ )?(?:lui |leur )?(?:arriva|arrivait"
            r"|arrivèrent|vint|venait|vinrent|revint|revenait|entra|entrait|suivit|suivait|traversa|traversait|mena"
            r"|menait|menaient|conduisait|conduisit|rentra|poussa|poussait|poussaient|poussèrent|balaya|balayait"
            r"|sortit|sortait|partit|quitta|emporta|apporta|amena|tira|lança)",
            r"(?:(?:le|la) |l')(?:printemps|hiver|été|automne|nuit) (?:arriva|arrivait|vint|venait|revint|revenait)",
            r"(?:arriva|arrivait|vint|venait|revint|revenait) (?:(?:le|la) |l')(?:printemps|hiver|été|automne|soir|nuit"
            r"|matin|jour|moment|heure|train|bateau|bus|lettre|nouvelle|orage|pluie|neige|tempête)",
            r"(?:cela|ce qui|ceci|ça) (?:lui |leur |les |le |la )?(?:arriva|arrivait|vint|venait|mena|menait|conduisit"
            r"|conduisait|amena|apporta|poussa|poussait)", r"rapport\w+ que", r"poussé\w* par",
            r"(?:après|avant|pendant|pour|au|du) (?:le |son |leur )?(?:dîner|déjeuner|souper|goûter|petit-déjeuner)",
            # passives: what is done to the character
            r"(?:fut|furent|était|étaient|est|sont|été|être|sera) (?:\w+ ){0,2}(?:peint|construit|réparé|lavé"
            r"|nettoyé|cuisiné|attrapé|ramassé|cueilli|planté|semé|écrit|lu|mangé|nourri|visité|suivi|guidé|mené"
            r"|apporté|amené|cherché|lancé|jeté|poussé|tiré|traîné|dessiné|cousu|tricoté|allumé|coupé|creusé|arrosé"
            r"|pêché|balayé|caressé|servi|offert|donné|emmené|ramené|conduit)(?:e|s|es)?(?!\w)",
            # pulling a face or the short straw, getting by; crying out, growing; throwing a glance
            r"tir\w+ (?:la langue|profit|parti|au sort|(?:la|une|des) conclusions?|les cartes|son épingle du jeu"
            r"|la révérence)", r"s'en tir\w+|se tir\w+",
            r"pouss\w+ (?:un|une|des|de grands|de petits|de longs) (?:\w+ )?(?:cri|cris|soupir|soupirs|hurlement"
            r"|hurlements|gémissement|gémissements|grognement|rugissement|hourra|juron|aboiement|miaulement)",
            r"laiss\w+ pousser", r"laiss\w+ échapper",
            r"lan[cç]\w+ (?:un|une|des|de) (?:\w+ )?(?:regard|regards|cri|cris|coup d'œil|appel|défi|sort|sorts|idée"
            r"|ultimatum|plaisanterie)", r"se lan[cç]\w+",
            r"jet\w+ (?:un|une|des|de) (?:\w+ )?(?:regard|regards|coup d'œil|œil|sort|sorts|cri|froid)",
            r"vers\w+ (?:\w+ )?(?:des|une|quelques) larmes?", r"(?:le|un|du) versant",
            r"coup\w+ (?:la parole|court|le souffle|la route|les ponts|l'appétit|le sifflet)",
            r"rentr\w+ (?:la tête|les épaules|le ventre|les griffes|le cou)",
            r"se retourn\w+", r"retourn\w+ (?:la|le|les|sa|son|ses) (?:\w+ )?(?:crêpe|carte|tête|situation|question"
            r"|poche|sablier)",
            r"(?:ramen|amen|emmen|men)\w+ (?:\w+ ){0,2}(?:une vie|la vie|la danse|la conversation|l'enquête|à bien"
            r"|la guerre|grand train)",
            r"(?:il|ce qui|qu'il|que|cela|ça|quoi) (?:lui |leur |m'|t'|nous |vous )?(?:arriv\w+|est arrivé"
            r"|était arrivé)",
            r"arriv\w+ (?:enfin )?à (?:se |s')?[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re|oir)(?!\w)",
            r"ven\w+ (?:juste )?d'?(?:e )?[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re|oir)(?!\w)",
            r"travers\w+ (?:son|l'|leur|mon) (?:esprit|tête|visage)",
            r"cherch\w+ à", r"cherch\w+ (?:ses|des|les) mots", r"fouill\w+ (?:dans )?(?:sa|ses|la) (?:mémoire"
            r"|souvenirs|tête|pensées)",
            r"entr\w+ en (?:colère|scène|contact|guerre|jeu|action|fureur)", r"quitt\w+ (?:\w+ )?des yeux",
            r"part\w+ d'un (?:grand )?(?:éclat de rire|rire)", r"à partir de", r"fai\w+ partie|fit partie",
            r"sort\w+ (?:de sa|d'une|de la|de son) (?:\w+ )?(?:rêverie|torpeur|sommeil|réflexion|pensées|silence"
            r"|coquille)", r"s'en sort\w+", r"sort\w+ avec",
            r"(?:jour|matin|soir|semaine|année|mois|nuit|page|chapitre|fois|lendemain) suivante?s?",
            r"suivi(?:e|s|es)? (?:de|par)", r"suiv\w+ (?:son|ses|le|les|leur|leurs) (?:conseils?|ordres?|exemple"
            r"|instinct|cœur|regard|idée|intuition|règles?)", r"comme suit",
            r"serv\w+ (?:de|à rien|à quoi|à)(?!\w)", r"(?:rien|quelque chose|de quoi|assez) à manger",
            r"(?:le|un|son|ce|dans le|pour) but(?!\w)",
            r"plant\w+ là", r"se plant\w+", r"sem\w+ (?:la panique|la terreur|le doute|la zizanie|ses poursuivants"
            r"|le désordre)", r"se creus\w+ (?:la tête|la cervelle)",
            r"plong\w+ (?:dans|en) (?:ses|une|des|la|le|un|sa|son|ses|de) (?:\w+ )?(?:pensées|réflexions?|lecture"
            r"|sommeil|rêverie|silence|tristesse|obscurité|livre|méditation|souvenirs)", r"plongé\w*",
            r"(?:soupir|cri|rire|larme|mot|son|gémissement|sanglot) (?:lui |leur )?(?:s'échapp\w+|échapp\w+)",
            r"se rassembl\w+", r"rassembl\w+ (?:son|ses|tout son|toutes ses) (?:courage|forces|esprits|idées)",
            r"partag\w+ (?:\w+ )?(?:secret|secrets|avis|idée|opinion|sentiment|joie|peine|rire|regard|chambre|vie"
            r"|inquiétude)", r"essuy\w+ (?:\w+ )?(?:ses|les|une|sa) (?:larmes?|yeux|front|joues?|sueur)",
            r"balay\w+ (?:\w+ )?du regard", r"se frott\w+ (?:les|ses) (?:yeux|mains)",
            r"(?:resta|restait|restèrent|demeura) cloué\w*", r"(?:un|le|les|des) revenants?",
            r"revint à (?:lui|elle|soi)|revenir à (?:lui|elle|soi)", r"all(?:ait|aient|a|èrent) (?:bien|mal|mieux)",
            r"all(?:ait|aient) (?:\w+ )?(?:se |s')?[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re|oir)(?!\w)",
            r"(?:la|une|les|des|sa|son|ma|ta|leur|de la|en|cette) (?:cuisine|plante|plantes|pêche|pêches|récolte"
            r"|récoltes|peinture|lecture|visite|visites|entrée|sortie|arrivée|rentrée|partie|parties|suite"
            r"|couture|écriture|traversée)",
            r"l'(?:arrivée|entrée|écriture|écrit|arrosoir|appétit)",
            r"(?:canne|bateau|barque|village|filet|filets|ligne|hameçon|port) (?:à|de) pêche",
            r"(?:machine|aiguille|aiguilles|boîte|panier|corbeille) (?:à|de) (?:coudre|tricoter|couture|ouvrage)",
            r"(?:salle|table) à manger", r"(?:chemin|route|sentier|escalier|porte|couloir|passage|cela|ce qui|qui)"
            r" (?:\w+ )?condui\w+")),
        ("kneel", latin(
            r"(?:constru\w+|fi\w*|fais\w+|fabriqu\w+|bâti\w+|modela\w*|roul\w+) (?:\w+ ){0,3}(?:châteaux? de sable"
            r"|bonhommes? de neige|boules? de neige|igloos?|pâtés de sable)",
            r"(?:nou|lac|attach|renou)\w+ (?:\w+ )?(?:ses|les|leurs) (?:lacets|chaussures|souliers|bottes)",
            r"(?:cherch|fouill|tât|tâtonn)\w+ (?:\w+ ){0,3}(?:dans l'herbe|sur le sol|par terre|dans le sable"
            r"|dans la terre|dans la boue|dans les feuilles|dans la mousse|sur le tapis|au sol|sur le plancher)",
            r"(?:caress|gratt|flatt|câlin)\w+ (?:\w+ ){0,2}(?:le|la|les|un|une|son|sa|ses|petit|petite) (?:\w+ )?"
            r"(?:chat|chaton|chatte|chien|chiot|chienne|lapin|lapereau|hérisson|agneau|porcelet|poussin|caneton"
            r"|hamster|tortue|écureuil|souris|renardeau|chevreau|chatons|chiots|lapins|chats|chiens)",
            r"bu\w* (?:\w+ ){0,2}(?:(?:à la|au|dans le|dans la) |à l'|dans l')(?:\w+ )?(?:ruisseau|rivière|source"
            r"|fontaine|mare|étang|flaque|abreuvoir|lac)",
            r"gratt\w+ (?:la terre|le sol|la neige|le sable)", r"à quatre pattes",
            r"arrach\w+ (?:\w+ )?mauvaises herbes", r"se jet\w+ (?:à genoux|aux pieds)")),
        ("lie", latin(r"(?:prit|prenait|prirent|prendre|prenant) un bain de soleil|se dor\w+ au soleil|bronz\w+"
                       r"|se fit bronzer", r"(?:garda|gardait|gardèrent|garder) le lit|alité\w*")),
        ("sit", latin(
            r"jou\w+ (?:\w+ )?(?:du|de l') (?:piano|orgue|violoncelle|clavecin)|jou\w+ (?:\w+ )?de la (?:harpe"
            r"|batterie)",
            r"lu\w* (?:\w+ ){0,4}(?:dans|sur) (?:un|le|son|sa|la|une) (?:\w+ )?(?:fauteuil|chaise|banc|canapé"
            r"|tabouret|rocking-chair|hamac|bergère)",
            r"fil\w+ (?:la laine|le lin|la soie|la paille|au rouet)|au rouet",
            r"(?:but|buvait|buvaient|burent|boire|buvant|bu|sirot\w+) (?:\w+ ){0,2}(?:thé|café|chocolat|lait|tisane"
            r"|limonade|soupe|jus|vin|cidre)",
            r"(?:prit|prirent|prenait|prenaient|prendre|prenant) (?:le|son|leur|un|une|du) (?:\w+ )?(?:thé|café"
            r"|petit-déjeuner|petit déjeuner|repas|goûter|dîner|déjeuner|souper|collation|casse-croûte)",
            r"jou\w+ aux (?:cartes|échecs|dames|dominos)", r"(?:à|en) (?:vélo|bicyclette|moto|cheval|poney|âne)",
            r"mont\w+ (?:à|sur) (?:son |le |un |une |sa )?(?:cheval|vélo|poney|âne|bicyclette|mule|chameau|moto)",
            r"mont\w+ (?:dans|en) (?:la |le |une |un |sa |son )?(?:voiture|calèche|train|bus|autobus|barque|bateau"
            r"|carrosse|traîneau|charrette|taxi|canot|canoë)",
            r"condui\w+ (?:la|sa|le|son|une|un) (?:\w+ )?(?:voiture|camion|charrette|tracteur|bus|autobus|carriole"
            r"|calèche|taxi|diligence|camionnette|ambulance|carrosse)")),
        ("hold", latin(
            r"jou\w+ (?:\w+ )?(?:du|de la|de l') (?:violon|flûte|guitare|trompette|cor|accordéon|luth|harmonica"
            r"|cornemuse|fifre|hautbois|clarinette|banjo|mandoline|pipeau|tambour|tambourin|trombone|tuba|saxophone"
            r"|flûteau|violon)",
            r"fouill\w+ (?:\w+ )?dans (?:sa|son|ses|la|le|un|une) (?:\w+ )?(?:poche|poches|sac|panier|boîte|tiroir"
            r"|valise|malle|cartable|sacoche|tablier|manteau)",
            r"(?:prépar\w+|fit|firent|faisait|faisaient|fais\w+|cuisin\w+) (?:\w+ ){0,2}(?:le petit-déjeuner"
            r"|le déjeuner|le dîner|le souper|la soupe|du thé|du café|du chocolat|du pain|de la confiture|un gâteau"
            r"|des gâteaux|des crêpes|des biscuits|des tartines|une tarte|la cuisine|à manger|la vaisselle|le ménage"
            r"|la lessive|du feu|un feu|le feu)",
            r"remu\w+ (?:\w+ )?(?:la|le) (?:soupe|marmite|sauce|pâte|potion|thé|café|chocolat|ragoût|bouillie|mélange"
            r"|casserole|chaudron)",
            r"(?:partag|distribu)\w+ (?:\w+ )?(?:son|sa|ses|le|la|les|du|de la|un|une|des) (?:\w+ )?(?:pain|repas"
            r"|goûter|pomme|pommes|gâteau|biscuits|baies|fruits|bonbons|jouets?|parapluie|couverture|fromage|soupe"
            r"|noix|carottes?|poisson|tarte|chocolat|eau|friandises)",
            r"ouvr\w+ (?:\w+ )?(?:la|le|les|une|un|sa|son|ses) (?:\w+ )?(?:lettre|colis|paquet|cadeau|cadeaux|boîte"
            r"|panier|sac|livre|bocal|enveloppe|coffre|carte|parapluie|valise|malle|bouteille)",
            r"(?:coup|épluch|hach|tranch|râp)\w+ (?:\w+ ){0,3}(?:pain|oignons?|légumes?|pommes de terre|carottes?"
            r"|pommes?|bois|viande|fromage|gâteau|tarte|herbes|tomates?|fruits?|tissu|papier|fleurs|roses|branches?"
            r"|tranches?|morceaux)",
            r"(?:prit|prirent|prenait|prenaient|fit|firent|faisait) (?:\w+ )?(?:une |des |quelques )?photos?",
            r"compt\w+ (?:les|ses|des) (?:\w+ )?(?:pièces|sous|œufs|pommes|billes|coquillages|cailloux|perles)",
            r"souffl\w+ (?:\w+ )?(?:les|la|sur les|sur la) (?:\w+ )?(?:bougies?|trompette|bulles)",
            r"(?:étend|accroch|pend)\w+ (?:\w+ )?(?:le|la|les|son|sa|ses) (?:\w+ )?(?:linge|draps|lessive|tableau"
            r"|lanterne|guirlande|drapeau|chaussettes)",
            r"(?:brandi|agit)\w+ (?:\w+ )?(?:la|le|son|sa|une|un) (?:\w+ )?(?:épée|hache|bâton|lance|baguette"
            r"|marteau|torche)",
            r"sortit (?:\w+ ){0,3}de (?:sa|son|ses|la|le|un|une) (?:\w+ )?(?:poche|sac|panier|boîte|tiroir|placard"
            r"|manteau|cartable|tablier)",
            r"(?:étudi|déroul|déploy|consult)\w+ (?:\w+ )?(?:la|le|une|un|sa|son) (?:\w+ )?(?:carte|livre|lettre"
            r"|recette|parchemin|plan|boussole)",
            r"donn\w+ à manger|donn\w+ (?:du|des|de la) (?:grain|graines|foin|pain|lait) (?:aux|à)",
            r"se jet\w+ (?:dans les bras|au cou)")),
        ("walk", latin(
            r"(?:se )?mit en route|se mirent en route|(?:prit|reprit|prirent|reprirent) (?:le|son|leur) chemin"
            r"|rebrouss\w+ chemin|à la recherche d[eu']|en quête d[eu']|se fray\w+ (?:un|son) chemin|se traîn\w+")),
        ("point", latin(r"(?:indiqu|montr)\w+ (?:\w+ ){0,2}(?:le chemin|la direction|la route|la voie|la sortie"
                         r"|la porte)")),
        ("climb", latin(r"descend\w+ (?:\w+ ){0,2}(?:l'échelle|de l'arbre|de l'échelle|le long de la corde|du mur"
                         r"|du toit|de la falaise|le long du mur|de son arbre|la corde)", r"se hiss\w+")),
        ("jump", latin(r"se jet\w+ (?:à l'eau|dans l'eau|dans la rivière|dans le lac|dans la mer|dans le vide"
                        r"|par la fenêtre|dans la mare|dans la piscine)",
                        r"fit (?:une |des )?(?:galipettes?|roulades?|culbutes?|cabrioles?)")),
        (None, latin(r"se jet\w+")),
        # single verbs
        ("kneel", latin(_fr_er("plant", "sem", "creus", "désherb", "jardin", "bêch", "ramp"))),
        ("sit", latin(_fr_er("pédal", "ram", "pagay", "chevauch", "mang", "déjeun", "dîn", "tricot", "brod"),
                       r"cousit|cousait|cousaient|coudre|cousant|cousu|se repos\w+|reposait|conduisit|conduisait"
                       r"|conduisaient|conduire|conduisant|trayait|traya|trait la vache|traire")),
        ("jump", latin(r"plongea|plongèrent|plongeait|plongeaient|plonger|plongeant")),
        ("run", latin(r"s'échapp\w+|échappa|échappèrent|s'évad\w+|décamp\w+|détal\w+|déguerpi\w+|s'élan[cç]\w+"
                       r"|prit ses jambes à son cou|prirent leurs jambes à leur cou")),
        ("hold", latin(
            _fr_er("répar", "raccommod", "arros", "dessin", "cuisin", "mélang", "vers", "coup", "épluch", "allum",
                   "rallum", "lav", "frott", "balay", "nettoy", "essuy", "martel", "sci", "clou", "pêch", "tir",
                   "pouss", "traîn", "lanc", "jet", "récolt", "rassembl", "partag", "griffonn", "astiqu", "bricol",
                   "sculpt", "gribouill", "colori", "rinc", "tamis", "hach"),
            r"peignit|peignirent|peignait|peignaient|peindre|peignant|cuisit|cuisait|cuire|pétrit|pétrissait"
            r"|pétrissaient|pétrir|pétrissant|construisit|construisirent|construisait|construisaient|construire"
            r"|construisant|construit|écrivit|écrivirent|écrivait|écrivaient|écrire|écrivant|lut|lurent|lisait"
            r"|lisaient|lire|lisant|cueillit|cueillirent|cueillait|cueillaient|cueillir|cueillant|cueilli|nourrit"
            r"|nourrissait|nourrissaient|nourrir|nourrissant|nourri|servit|servirent|servait|servaient|servir"
            r"|servant")),
        ("walk", latin(
            _fr_er("cherch", "explor", "fouill", "rentr", "retourn", "rapport", "apport", "amen", "emmen", "ramen",
                   "men", "guid", "visit", "travers", "entr", "quitt", "arriv", "accompagn", "rôd", "aventur",
                   "vagabond", "randonn"),
            r"revint|revinrent|revenait|revenaient|revenir|revenant|revenu|revenue|revenus|vint|vinrent|venait"
            r"|venaient|venu|venue|venus|suivit|suivirent|suivait|suivaient|suivre|suivant|suivi|partit|partirent"
            r"|partait|partaient|partir|partant|parti|sortit|sortirent|sortait|sortaient|sortir|sortant|sorti|allait"
            r"|allaient|parcourut|parcouraient|parcourait|parcourir|parcourant|parcouru")),
    ],
    "it": [
        (None, latin(
            # things that lead, arrive, cross ("il sentiero conduceva", "arrivò l'inverno", "un'idea gli venne")
            r"(?:(?:il|lo|la|i|gli|le|un|una|uno) |l'|un')(?:\w+ )?(?:sentiero|strada|via|scala|porta|fiume|ruscello"
            r"|vento|tempo|sole|luna|nebbia|fumo|treno|autobus|nave|barca|lettera|notizia|idea|pensiero|brivido|ombra"
            r"|onda|onde|luce|nuvole?|fiori"
            r"|piante|alberi|erba|capelli|barba|tempesta|pioggia|neve) (?:\w+ )?(?:gli |le |mi |ci )?(?:portava"
            r"|portò|conduceva|condusse|arrivò|arrivava|arrivarono|tornò|tornava|entrò|entrava|seguiva|seguì"
            r"|attraversava|attraversò|usciva|uscì|partì|partiva|spinse|spingeva|tirava|tirò|lanciò|venne|veniva"
            r"|vennero|guidava|guidò)",
            r"(?:arrivò|arrivava|arrivarono|tornò|tornava|entrò|uscì|uscirono|venne|vennero) (?:(?:il|lo|la|i|gli"
            r"|le) |l')(?:sole|luna|primavera|estate|autunno|inverno|sera|notte|mattina|giorno|momento|treno"
            r"|autobus|nave|lettera|notizia|tempesta|pioggia|neve|calma|pace|buio)",
            # passives ("fu dipinta", "venne costruito")
            r"(?:fu|furono|era|erano|è|sono|stato|stata|stati|state|venne|vennero|viene|vengono) (?:\w+ ){0,2}(?:dipint"
            r"|costruit|riparat|lavat|pulit|cucinat|catturat|raccolt|piantat|seminat|scritt|lett|mangiat|nutrit"
            r"|visitat|seguit|guidat|portat|cercat|lanciat|gettat|spint|tirat|trascinat|disegnat|cucit|acces"
            r"|tagliat|scavat|annaffiat|pescat|spazzat|accarezzat|servit|offert|dat|condott|accompagnat)[oaie](?!\w)",
            # trying, doing again; following advice; the following
            r"cerc\w+ di", r"torn\w+ a [a-zàèéìòù]+(?:are|ere|ire|arsi|ersi|irsi)(?!\w)", r"tornare in sé",
            r"segu\w+ (?:il|i|la|le|suo|sua|suoi) (?:\w+ )?(?:consiglio|consigli|ordini|istruzioni|esempio|cuore"
            r"|istinto|regole|sguardo)", r"(?:in|di|al|nel|il|un|del) seguito|seguit[oaie] da",
            # a sigh, a glance, a cry; driven by hunger; shedding tears; cutting short
            r"tir\w+ (?:un|una|uno) (?:\w+ )?(?:sospiro|respiro|calcio|pugno|schiaffo|sorso)", r"tir\w+ (?:avanti"
            r"|dritto|le somme|a sorte)", r"tirava (?:vento|aria)", r"tir\w+ (?:fuori )?la lingua",
            r"si tir\w+ (?:indietro|su)",
            r"lanci\w+ (?:un|uno|una|delle|degli) (?:\w+ )?(?:grido|urlo|sguardo|occhiata|occhiate|strillo|sfida"
            r"|allarme|idea)", r"gett\w+ (?:un|uno|una) (?:\w+ )?(?:sguardo|occhiata|urlo|grido)",
            r"spint[oaie] (?:da|dalla|dal) (?:\w+ )?(?:curiosità|fame|paura|bisogno|desiderio|vento)",
            r"vers\w+ (?:\w+ )?lacrime", r"tagli\w+ (?:corto|la strada)",
            r"condivis\w+ (?:\w+ )?(?:segreto|idea|opinione|stanza|casa|vita|gioia|dolore|pensiero)",
            r"asciug\w+ (?:\w+ )?(?:le )?lacrime|asciug\w+ gli occhi", r"colse (?:l'occasione|di sorpresa)"
            r"|colt[oaie] (?:da|di sorpresa|alla sprovvista)",
            r"piant\w+ in asso|piantò lì|si piant\w+", r"semin\w+ (?:il panico|il terrore|zizzania|gli inseguitori"
            r"|il dubbio)", r"scav\w+ (?:nella|nei) (?:memoria|ricordi)",
            r"(?:mi|ti|gli|le|ci|vi) (?:venne|veniva|vennero)", r"ven\w+ (?:in mente|a sapere|fuori|voglia)",
            r"ven\w+ [a-zàèéìòù]+(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)(?!\w)",
            r"(?:mi|ti|gli|le|ci) sfugg\w+|sfugg\w+ (?:di mano|dalle mani|alla memoria)",
            r"(?:erano|era|sono|è|restarono|restò|rimase|rimasero) (?:\w+ )?acces[oaie]",
            r"(?:luci|lampade|candele|lanterne|finestre|stelle|luce|lampada|candela|lanterna) acces[ae]",
            r"(?:da|qualcosa da|niente da|nulla da) mangiare", r"servì a|servire a|serv\w+ (?:da|come)",
            # nouns: the kitchen, a plant, peaches, the harvest, a painting, the exit, a game
            r"(?:(?:la|una|sua|nella|in|della|dalla|alla|di|le|delle) |l'|un')(?:cucina|pianta|piante|pesca|pesche"
            r"|raccolta|pittura|lettura|visita|visite|entrata|entrate|uscita|uscite|partenza|partita|partite"
            r"|scrittura|traversata)",
            r"(?:un|il|del|nel|quel|questo|al) (?:dipinto|pescato|raccolto|disegnato|ritorno)",
            r"(?:canna|barca|villaggio|rete|reti|amo) da pesca", r"(?:macchina|ago|aghi|scatola|cestino) da cucito",
            r"sala da pranzo", r"a partire da")),
        ("kneel", latin(
            r"(?:costru\w*|fece|fecero|faceva|facevano|fare|fecer\w*) (?:\w+ ){0,3}(?:castell[oi] di sabbia"
            r"|pupazz[oi] di neve|palle di neve|igloo)",
            r"(?:allacci|leg)\w+ (?:\w+ )?(?:le scarpe|i lacci|le stringhe|gli scarponi|le scarpette)",
            r"(?:cerc|frug|rovist|tast)\w+ (?:\w+ ){0,3}(?:per terra|nell'erba|sul pavimento|nella sabbia"
            r"|nella terra|nel fango|tra le foglie|sul tappeto|a terra)",
            r"(?:accarezz|coccol|gratt)\w+ (?:\w+ ){0,3}(?:gatto|gatta|gattino|gattina|gattini|cane|cagnolino"
            r"|cagnolina|cucciolo|cuccioli|coniglio|coniglietto|riccio|agnello|agnellino|porcellino|pulcino"
            r"|anatroccolo|criceto|tartaruga|scoiattolo|topolino|volpacchiotto|capretto)",
            r"bev\w+ (?:\w+ ){0,2}(?:(?:al|dal|nel|alla|dalla|nella) |all'|dall'|nell')(?:\w+ )?(?:ruscello|fiume"
            r"|fonte|fontana|stagno|pozzanghera|abbeveratoio|lago|sorgente)",
            r"(?:strapp|togl|tols)\w* (?:\w+ )?(?:le )?erbacce", r"si gett\w+ (?:in ginocchio|ai piedi)",
            r"a carponi|carponi|a quattro zampe")),
        ("lie", latin(r"(?:prendeva|prese|presero|prendevano|prendendo|prendere) il sole",
                       r"(?:rimase|restò|stava|era|rimaneva|restava|rimasero|restarono|stavano|costrett\w) (?:\w+ )?a"
                       r" letto", r"malat[oaie] a letto")),
        ("sit", latin(
            r"suon\w+ (?:(?:il|un|una|la|lo) |l')(?:\w+ )?(?:pianoforte|piano|organo|arpa|violoncello|clavicembalo"
            r"|batteria)",
            r"(?:lesse|leggeva|leggevano|leggendo|lessero) (?:\w+ ){0,4}(?:in|su|sulla|sul|nella|nel) (?:\w+ )?"
            r"(?:poltrona|sedia|panchina|divano|sgabello|dondolo|amaca|tavolo|scrivania)",
            r"fil\w+ (?:la lana|il lino|la seta|la paglia|all'arcolaio)|all'arcolaio",
            r"(?:bevve|beveva|bevevano|bevvero|bere|bevendo|sorseggi\w+|prese|prendeva|presero) (?:\w+ ){0,2}(?:il |un"
            r" |una |la |del |della )?(?:tè|caffè|cioccolata|latte|tisana|limonata|zuppa|succo|vino)(?!\w)",
            r"(?:fece|faceva|fecero|facevano|fare) colazione", r"gioc\w+ a (?:carte|scacchi|dama|domino)",
            r"in (?:bicicletta|bici|sella)|a cavallo|(?:mont|salt)\w+ (?:a|in) (?:sella|cavallo|bicicletta|bici)",
            r"salì (?:in|sulla|sul|su) (?:\w+ )?(?:macchina|auto|carrozza|treno|autobus|barca|bicicletta|cavallo"
            r"|slitta|calesse|carro)",
            r"guid\w+ (?:la|una|il|un) (?:\w+ )?(?:macchina|auto|automobile|carro|trattore|autobus|camion|carrozza"
            r"|taxi|furgone|calesse)")),
        ("hold", latin(
            r"suon\w+ (?:(?:il|un|una|la|lo) |l')(?:\w+ )?(?:violino|chitarra|flauto|tromba|corno|fisarmonica|liuto"
            r"|armonica|zampogna|mandolino|clarinetto|campanello|campana|cornamusa|tamburo|tamburello|piffero|oboe"
            r"|trombone|sassofono)",
            r"frug\w+ (?:\w+ )?(?:nella|nelle|nel|nei|in) (?:\w+ )?(?:tasca|tasche|borsa|zaino|cestino|cesto|scatola"
            r"|cassetto|valigia|baule|sacco|grembiule|cappotto)",
            r"(?:prepar\w+|cucin\w+|fece|fecero|faceva|facevano) (?:\w+ ){0,2}(?:la colazione|il pranzo|la cena"
            r"|la zuppa|il tè|il caffè|la cioccolata|il pane|la marmellata|una torta|le torte|i biscotti|la pizza"
            r"|la polenta|gli gnocchi|la minestra|i panini|il bucato|il fuoco|un fuoco)",
            r"(?:diede|dava|diedero|davano|dette|dettero) da (?:mangiare|bere)",
            r"condivis\w+ (?:\w+ )?(?:il|la|i|le|suo|sua|suoi|sue|un|una|del|della) (?:\w+ )?(?:pane|cibo|pranzo"
            r"|merenda|panino|mela|mele|torta|biscotti|bacche|frutta|dolci|caramelle|giocattoli?|ombrello|coperta"
            r"|formaggio|zuppa|noci|carote|pesce|cioccolato|acqua)",
            r"apr\w+ (?:\w+ )?(?:la|il|le|i|una|un|lo) (?:\w+ )?(?:lettera|pacco|pacchetto|regalo|regali|scatola"
            r"|cesto|cestino|borsa|libro|barattolo|busta|baule|mappa|ombrello|valigia|bottiglia|zaino)",
            r"(?:fece|fecero|scattò|scattarono|scattava|faceva) (?:\w+ )?(?:una |delle |molte )?(?:foto|fotografie?)",
            r"cont\w+ (?:le|i|sue|suoi) (?:\w+ )?(?:monete|uova|mele|biglie|conchiglie|sassi|perle)",
            r"soffi\w+ (?:\w+ )?(?:sulle|sulla|le|la) (?:\w+ )?(?:candeline|candele|candela|tromba|bolle)",
            r"stes\w+ (?:il )?bucato|(?:appese|appendeva|appesero) (?:\w+ )?(?:il|la|le|i) (?:\w+ )?(?:bucato"
            r"|lenzuola|quadro|lanterna|ghirlanda|bandiera|calze|panni)",
            r"(?:brandì|brandiva|impugnò|impugnava|agitò|agitava) (?:\w+ )?(?:la|il|una|un|sua|suo) (?:\w+ )?(?:spada"
            r"|ascia|bastone|lancia|bacchetta|martello|torcia|scopa)",
            r"(?:studi|consult|spieg)\w+ (?:\w+ )?(?:la|il|una|un) (?:\w+ )?(?:mappa|cartina|libro|lettera|ricetta"
            r"|pergamena|bussola)",
            r"si gett\w+ (?:tra|fra) le braccia")),
        ("walk", latin(r"si (?:mise|misero|mette|mettevano) in cammino|si incammin\w+|fec\w+ ritorno"
                        r"|tornò indietro|tornarono indietro|in cerca di|alla ricerca di|(?:si )?fec\w+ strada")),
        ("point", latin(r"(?:indic|mostr)\w+ (?:\w+ ){0,2}(?:la strada|la via|la direzione|l'uscita|la porta"
                         r"|il cammino|il sentiero)")),
        ("climb", latin(r"scese (?:\w+ ){0,2}(?:dalla scala|dall'albero|lungo la corda|dal muro|dal tetto"
                         r"|dalla rupe|la scala a pioli)", r"si iss\w+",
                         r"si arrampicarono|si arrampicava|si arrampicavano")),
        ("jump", latin(r"si (?:lanci|gett)\w+ (?:in acqua|nell'acqua|nel fiume|nel lago|nel mare|nel vuoto"
                        r"|dalla finestra|nello stagno)", r"si tuff\w+|tuff\w+|fec\w+ (?:una |delle )?capriol\w+")),
        (None, latin(r"si (?:lanci|gett)\w+")),
        ("run", latin(r"evase|evasero|se la diede a gambe|se la diedero a gambe|se la svign\w+|si dilegu\w+"
                       r"|sgattaiol\w+|sfuggì|sfuggirono|sfuggiva")),
        # single verbs
        ("kneel", latin(_it_are("piant", "semin", "scav", "zapp", "gatton", "strisci", "diserb", "sarchi"))),
        ("sit", latin(_it_are("pedal", "rem", "cavalc", "mangi", "pranz", "cen", "merend", "ripos", "ricam",
                               "sferruzz"),
                       r"cucì|cucirono|cuciva|cucivano|cucire|cucendo|munse|mungeva|mungere|mungendo")),
        ("hold", latin(
            _it_are("ripar", "aggiust", "rammend", "annaffi", "disegn", "cucin", "mescol", "vers", "impast", "tagli",
                    "sbucci", "lav", "strofin", "spazz", "martell", "seg", "pesc", "tir", "trascin", "lanci", "gett",
                    "butt", "acchiapp", "vendemmi", "scarabocchi", "colori", "intagli", "pettin", "spazzol", "stir",
                    "impugn", "fotograf", "asciug", "inchiod", "piall", "imbianc", "affett", "grattugi", "sbatt"),
            _it_ire("nutr", "pul", "scolp", "serv"),
            r"dipinse|dipinsero|dipingeva|dipingevano|dipingere|dipingendo|cosse|cuoceva|cuocevano|cuocere"
            r"|cuocendo|frisse|friggeva|friggere|friggendo|accese|accesero|accendeva|accendevano|accendere"
            r"|accendendo|costruì|costruirono|costruiva|costruivano|costruire|costruendo|costruito|spinse"
            r"|spinsero|spingeva|spingevano|spingere|spingendo|colse|colsero|coglieva|coglievano|cogliere"
            r"|cogliendo|lesse|lessero|leggeva|leggevano|leggere|leggendo|scrisse|scrissero|scriveva|scrivevano"
            r"|scrivere|scrivendo|diede|diedero|dette|dettero|porgeva|porsero|offriva|offrirono|offrendo")),
        ("walk", latin(
            _it_are("cerc", "esplor", "frug", "rovist", "torn", "ritorn", "rientr", "visit", "attravers", "guid",
                    "entr", "accompagn", "girovag", "vag", "viaggi", "arriv", "riport", "perlustr"),
            r"seguì|seguirono|seguiva|seguivano|seguendo|seguire|uscì|uscirono|usciva|uscivano|uscendo|uscire"
            r"|uscito|usciti|partì|partirono|partiva|partivano|partendo|partire|partito|partiti|venne|vennero"
            r"|veniva|venivano|venire|venendo|venuto|venuta|venuti|condusse|condussero|conduceva|conducevano"
            r"|condurre|conducendo")),
    ],
    "pt": [
        (None, latin(
            # things that lead, arrive, cross ("o caminho levava", "chegou o inverno", "a chuva trouxe")
            r"(?:o|a|os|as|um|uma) (?:\w+ )?(?:caminho|estrada|trilha|rua|escada|porta|rio|riacho|vento|sol|lua|névoa"
            r"|fumaça|carro|trem|comboio|ônibus|autocarro|barco|navio|carta|notícia|ideia|pensamento|arrepio|sombra"
            r"|onda|ondas|luz|nuvens?|flores|plantas|árvores|tempestade|chuva|neve) (?:\w+ )?(?:lhe )?(?:levava|levou"
            r"|conduzia|conduziu|chegou|chegava|voltou|voltava|entrou|entrava|seguia|seguiu|atravessava|atravessou"
            r"|saía|saiu|partiu|trouxe|trazia|empurrou|puxou|puxava|arrastou|arrastava|guiava|guiou|veio|vinha)",
            r"(?:chegou|chegava|voltou|entrou|saiu|nasceu|veio) (?:o|a|os|as) (?:sol|lua|primavera|verão|outono"
            r"|inverno|noite|manhã|dia|trem|comboio|ônibus|barco|carta|notícia|tempestade|chuva|neve|hora|momento)",
            # passives ("foi pintada")
            r"(?:foi|foram|era|eram|é|são|sido|estava|estavam|ficou|ficaram) (?:\w+ ){0,2}(?:pintad|construíd"
            r"|consertad|lavad|limpad|cozinhad|apanhad|colhid|plantad|semead|escrit|lid|comid|alimentad|visitad"
            r"|seguid|guiad|levad|trazid|procurad|lançad|atirad|empurrad|puxad|arrastad|desenhad|costurad|aces"
            r"|cortad|cavad|regad|pescad|varrid|servid|oferecid|dad)[oa]s?(?!\w)",
            # trying, again, turning round; following advice; arriving at a conclusion
            r"procur\w+ [a-zà-ú]+(?:ar|er|ir)(?!\w)", r"volt\w+ a [a-zà-ú]+(?:ar|er|ir|ar-se|er-se|ir-se)(?!\w)",
            r"volt\w+-se|se volt\w+|voltou atrás",
            r"segui\w+ (?:o|os|a|as|seu|sua|seus|suas) (?:\w+ )?(?:conselho|conselhos|ordens|instruções|exemplo"
            r"|coração|instinto|regras)", r"a seguir|em seguida|seguid[oa]s? (?:de|por)|segui\w*-se",
            r"cheg\w+ a [a-zà-ú]+(?:ar|er|ir)(?!\w)|chega de|cheg\w+ (?:à|a) conclusão",
            r"vi\w+ a (?:saber|ser|descobrir)",
            # a glance, a shout; throwing oneself (read below); pulling a conversation
            r"(?:lanç|atir|jog)\w+ (?:um|uma) (?:\w+ )?(?:olhar|olhada|grito|desafio|sorriso|beijo)",
            r"pux\w+ (?:\w+ )?(?:conversa|assunto|ao pai|à mãe|pela memória)",
            r"cort\w+ (?:o caminho|caminho|a palavra|relações)", r"mex\w+ com|mex\w+-se|se mex\w+",
            r"lav\w+ (?:as|suas) mãos (?:de|disso)", r"(?:limp|enxug)\w+ (?:as |suas )?lágrimas",
            r"trouxe (?:\w+ ){0,2}(?:sorte|alegria|felicidade|paz|lágrimas|lembranças|esperança|azar|problemas)",
            r"sai\w*-se (?:bem|mal)", r"part\w+ (?:o|a|um|uma) (?:\w+ )?(?:coração|perna|braço|cabeça)",
            r"entr\w+ em (?:pânico|desespero|contato|contacto|cena|ação|acção)", r"serv\w+ (?:de|para|como)(?!\w)",
            r"alimentav\w+ (?:a )?esperança", r"escapou-lhe|lhe escapou|(?:suspiro|grito|riso) escapou",
            r"mergulh\w+ (?:em|nos|nas|no|na) (?:\w+ )?(?:pensamentos|lembranças|leitura|tristeza|silêncio|sono)",
            r"(?:o|um|do|no|seu|ao) (?:partido|pescado|assado|bordado)", r"(?:depois do|antes do|ao|durante o) jantar",
            r"(?:vara|barco|aldeia|rede|redes|linha|anzol) de pesca", r"(?:máquina|agulha|agulhas|caixa|cesto) de"
            r" costura", r"sala de jantar", r"a partir de", r"(?:uma|a|de|sua|com a|com uma) colher")),
        ("kneel", latin(
            r"(?:constru|fez|fazia|fizeram|faziam|fazer)\w* (?:\w+ ){0,3}(?:castelos? de areia|bonecos? de neve"
            r"|bolas? de neve|iglu)",
            r"(?:amarr|at|apert)\w+ (?:\w+ )?(?:os|seus) (?:cadarços|atacadores|sapatos|ténis|tênis|botas)",
            r"(?:procur|busc|vasculh|tate)\w+ (?:\w+ ){0,3}(?:no chão|na grama|na relva|na areia|na terra|na lama"
            r"|nas folhas|no tapete)",
            r"(?:acarici|afag)\w+ (?:\w+ ){0,3}(?:gato|gata|gatinho|gatinha|gatinhos|cão|cachorro|cachorrinho"
            r"|cãozinho|filhote|coelho|coelhinho|ouriço|cordeiro|cordeirinho|porquinho|pintinho|patinho|hamster"
            r"|tartaruga|esquilo|ratinho)",
            r"fez (?:festas|festinhas|carinho) (?:ao|à|no|na) (?:\w+ )?(?:gato|gatinho|cão|cachorro|cachorrinho|coelho"
            r"|cãozinho|filhote)",
            r"beb\w+ (?:\w+ ){0,2}(?:do|da|no|na) (?:\w+ )?(?:riacho|rio|lago|fonte|poça|bebedouro|nascente|ribeiro)",
            r"arranc\w+ (?:as )?ervas daninhas", r"arrast\w+-se|se arrast\w+|de gatas|de quatro")),
        ("lie", latin(r"(?:tomava|tomou|tomando|tomar|tomavam|tomaram) (?:banhos? de )?sol|banhos? de sol",
                       r"(?:ficou|ficava|ficaram|estava|estavam|permaneceu) (?:\w+ )?(?:de cama|na cama)|de cama"
                       r"|acamad[oa]s?")),
        ("sit", latin(
            r"toc\w+ (?:\w+ ){0,3}(?:piano|órgão|harpa|violoncelo|bateria|cravo)",
            r"(?:leu|lia|liam|lendo|leram) (?:\w+ ){0,4}(?:em|na|no|numa|num|sobre) (?:\w+ )?(?:poltrona|cadeira"
            r"|banco|sofá|banquinho|cadeira de balanço|rede|mesa|escrivaninha)",
            r"(?:tomou|tomava|tomaram|tomavam|tomar|tomando|beb\w+) (?:\w+ ){0,2}(?:o |um |uma |a )?(?:café da manhã"
            r"|pequeno-almoço|café|chá|chocolate|leite|lanche|sopa|suco|sumo|vinho|limonada)(?!\w)",
            r"jog\w+ (?:às |as )?(?:cartas|xadrez|damas|dominó)",
            r"de (?:bicicleta|bici|barco|carro|charrete|carroça|trenó|canoa|ônibus|autocarro|comboio|trem)"
            r"|a cavalo|montad[oa] (?:num|no|em)",
            r"(?:dirig|conduz)\w+ (?:o|a|um|uma|seu|sua) (?:\w+ )?(?:carro|caminhão|camião|trator|ônibus|autocarro"
            r"|carroça|charrete|táxi|carruagem|camioneta)",
            r"mont\w+ (?:a|num|no|em|na|numa) (?:\w+ )?(?:cavalo|burro|pônei|bicicleta|mula|camelo)")),
        ("hold", latin(
            r"toc\w+ (?:\w+ ){0,3}(?:violino|violão|guitarra|flauta|trompete|corneta"
            r"|tambor|sanfona|acordeão|gaita|viola|cavaquinho|bandolim|clarinete|saxofone|campainha|sino|pandeiro"
            r"|trombone)",
            r"vasculh\w+ (?:\w+ )?(?:no|na|nos|nas|o|a|os|as|seu|sua) (?:\w+ )?(?:bolso|bolsos|bolsa|mochila|cesta"
            r"|cesto|caixa|gaveta|mala|saco|avental)",
            r"(?:prepar\w+|fez|fazia|fizeram|faziam|cozinh\w+) (?:\w+ ){0,2}(?:o café da manhã|o pequeno-almoço"
            r"|o almoço|o jantar|a sopa|o chá|o café|o chocolate|o pão|a geleia|a compota|um bolo|bolos|biscoitos"
            r"|bolinhos|sanduíches|panquecas|a comida|uma torta|tortas|pizza|o lanche|uma fogueira|a fogueira)",
            r"mex\w+ (?:a|o) (?:\w+ )?(?:sopa|panela|massa|chá|café|mingau|caldo|doce|papa|poção|caldeirão|molho)",
            r"(?:compartilh|partilh|divid|repart)\w+ (?:\w+ )?(?:o|a|os|as|seu|sua|seus|suas|um|uma) (?:\w+ )?(?:pão"
            r"|comida|lanche|merenda|sanduíche|maçã|maçãs|bolo|biscoitos|frutas?|doces|balas|brinquedos?"
            r"|guarda-chuva|cobertor|queijo|sopa|nozes|cenouras?|peixe|torta|chocolate|água)",
            r"abr\w+ (?:\w+ )?(?:a|o|as|os|uma|um|sua|seu) (?:\w+ )?(?:carta|pacote|presente|presentes|caixa|cesta"
            r"|cesto|bolsa|livro|pote|envelope|baú|mapa|guarda-chuva|mala|garrafa|mochila)",
            r"tir\w+ (?:uma |umas |muitas )?fotos?|fotograf\w+",
            r"tirou (?:\w+ ){0,3}(?:do|da|de) (?:\w+ )?(?:bolso|bolsa|cesta|cesto|caixa|gaveta|mochila|saco|avental)",
            r"cont\w+ (?:as|os|suas|seus) (?:\w+ )?(?:moedas|ovos|maçãs|bolinhas|conchas|pedras|pérolas)",
            r"sopr\w+ (?:\w+ )?(?:as|a) (?:\w+ )?(?:velas?|trombeta|bolhas)",
            r"(?:estend|pendur)\w+ (?:\w+ )?(?:a|o|as|os) (?:\w+ )?(?:roupa|roupas|lençóis|quadro|lanterna|bandeira"
            r"|meias|enfeites)",
            r"(?:brand|empunh)\w+ (?:\w+ )?(?:a|o|sua|seu|uma|um) (?:\w+ )?(?:espada|machado|pau|bastão|lança"
            r"|varinha|martelo|tocha)",
            r"(?:estud|consult)\w+ (?:\w+ )?(?:o|a|um|uma) (?:\w+ )?(?:mapa|livro|carta|receita|pergaminho|bússola)",
            r"(?:deu|dava|deram|davam) (?:de )?comer|deu comida|dava comida",
            r"(?:(?:lhe|lhes) (?:deu|dava|deram|davam)|(?:deu|dava|deram|davam)-(?:lhe|lhes)) (?:um|uma|o|a|os|as"
            r"|seu|sua) (?!(?:grito|susto|medo|beijo|volta|passeio|pulo|salto|conselho|ideia|sorriso|bom-dia"
            r"|boa-noite|olhar|empurrão)(?!\w))\w+",
            r"partiu (?:o|um) (?:\w+ )?(?:pão|bolo|queijo)")),
        ("walk", latin(r"p(?:ô|u)s-se a caminho|puseram-se a caminho|se pôs a caminho|fez o caminho de volta"
                        r"|(?:foi|foram|ia|iam|vai|vão)(?:-se)? embora|à procura d[eoa]s?|em busca d[eoa]s?"
                        r"|(?:deu|dava|deram|dar) (?:uma |meia-)?volta|de volta (?:para|a) casa",
                        r"(?:foi|foram|ia|iam) (?:para|até|ao|à|aos|às|pra|pro)(?!\w)")),
        ("point", latin(r"(?:mostr|indic|ensin|apont)\w+(?:-\w+)? (?:\w+ ){0,2}(?:o caminho|a direção|a direcção"
                         r"|a saída|a porta|a estrada|a rua)")),
        ("climb", latin(r"desc\w+ (?:\w+ ){0,2}(?:da árvore|da escada de mão|pela corda|do muro|do telhado|da rocha"
                         r"|pela escada de corda)", r"escalaram|treparam|trepavam")),
        ("jump", latin(r"(?:atir|jog|lanç)\w*-se (?:à|na|no|ao|para a|para o|em) (?:\w+ )?(?:água|rio|lago|mar"
                        r"|piscina|lagoa)|mergulh\w+|deu (?:uma |umas )?cambalhotas?")),
        (None, latin(r"(?:atir|jog|lanç)\w*-se|se (?:atir|jog|lanç)\w+")),
        ("run", latin(_pt_ar("escap"), r"deu no pé|pôs-se a correr|puseram-se a correr|desatou a correr"
                       r"|desataram a correr|saiu em disparada|pôs-se em fuga|perseguiram")),
        # single verbs
        ("kneel", latin(_pt_ar("plant", "cav", "capin", "engatinh", "rastej", "escav"),
                         r"semeou|semeava|semeavam|semear|semeando|semearam")),
        ("sit", latin(_pt_ar("pedal", "rem", "cavalg", "almoç", "jant", "lanch", "descans", "ordenh", "costur",
                              "tricot", "bord"), _pt_er("com"))),
        ("hold", latin(
            _pt_ar("consert", "reg", "pint", "desenh", "cozinh", "ass", "amass", "frit", "descasc", "cort", "despej",
                   "lav", "esfreg", "limp", "martel", "serr", "pesc", "pux", "empurr", "arrast", "atir", "lanç",
                   "arremess", "aliment", "rabisc", "escov", "pente", "engom", "apanh", "colecion"),
            _pt_er("acend", "escrev", "varr", "colh", "recolh"),
            r"leu|lia|liam|ler|lendo|leram|construiu|construíram|construía|construíam|construir|construindo"
            r"|construído|serviu|serviram|servia|serviam|servir|servindo")),
        ("walk", latin(
            _pt_ar("procur", "busc", "explor", "vasculh", "volt", "regress", "retorn", "visit", "atravess", "gui",
                   "entr", "cheg", "acompanh", "vague", "perambul"),
            _pt_er("percorr"), _pt_ir("segu", "part"),
            r"saiu|saíram|saía|saíam|sair|saindo|trouxe|trouxeram|trazia|traziam|trazer|trazendo|trazido|veio"
            r"|vieram|vinha|vinham|vir|vindo|conduziu|conduzia|conduziam|conduzir|conduzindo")),
    ],
    "nl": [
        (None, latin(
            # things that lead, carry, pour ("de weg leidde", "de wind dreef", "het water kookte")
            r"(?:^|[,;]\s*|\ben\s+)(?:de|het|een) (?:\w+ )?\w*(?:weg|pad|straat|trap|deur|rivier|beek|wind|storm"
            r"|regen|tijd|trein|bus|auto|wagen|schip|boot|wolken?|mist|zon|maan|licht|hart|golf|golven|brief|bericht"
            r"|nieuws|water|soep|melk|pan|ketel) (?:\w+ )?(?:leidde|leidt|volgde|volgt|bracht|brengt|keerde|trok"
            r"|trokken|trekt|veegde|dreef|gooide|reed|rijdt|reden|kroop|goot|duwde|klopte|naderde|kwam terug"
            r"|keerde terug|bereikte|verliet|luidde|blies|kookte|kookt)",
            # passives ("het hek werd geschilderd")
            r"(?:werd|werden|wordt|worden) (?:\w+ ){0,3}(?:ge\w+|\w+eerd|aangestoken|opgehaald|meegebracht|bezocht"
            r"|verzameld|verlaten)",
            r"(?:is|zijn|was|waren) (?:\w+ ){0,2}(?:geschilderd|gebouwd|gekookt|gebakken|gewassen|gerepareerd"
            r"|gevangen|geplant|geschreven|gesneden|getekend|genaaid|gebreid|aangestoken|verlaten)(?!\w)",
            # pulling a face or on one's coat; throwing a glance; bringing luck; spending time
            r"trok\w* (?:\w+ ){0,3}(?:een gezicht|de aandacht|conclusies?|lootjes|zijn conclusie|haar conclusie)",
            r"trok\w* zich", r"trok\w* (?:\w+ ){0,3}(?:aan|uit|in|op)(?=\s*[.,;:!?]|\s*$|\s+en)",
            r"(?:gooide|wierp)\w* (?:\w+ ){0,3}(?:een blik|blikken|het over een andere boeg|roet in het eten"
            r"|de handdoek|een schaduw|een vraag)",
            r"bracht\w* (?:\w+ ){0,3}(?:geluk|ongeluk|vreugde|hoop|troost|rust|vrede|tranen|pech|onheil|regen"
            r"|sneeuw|licht|warmte|ter wereld|ter sprake|in gevaar|in de war|tot rust|aan het lachen|aan het huilen)",
            r"bracht\w* (?:\w+ ){0,4}(?:door|om|bij)(?=\s*[.,;:!?]|\s*$|\s+en)",
            r"bracht\w* (?:\w+ ){0,3}(?:dag|dagen|avond|middag|nacht|ochtend|tijd|uren|week|weken|zomer|winter"
            r"|vakantie) door",
            r"haalde\w* (?:\w+ ){0,2}(?:diep )?adem|haalde\w* (?:\w+ ){0,2}(?:zijn|haar|de|hun) schouders op",
            r"haalde\w* (?:\w+ ){0,3}(?:in|op|aan|uit)(?=\s*[.,;:!?]|\s*$|\s+en)|haalde\w* het(?=\s*[.,;:!?]|\s*$)",
            # following advice, what followed; leading to; searching for words; telling
            r"volgde\w* (?:\w+ ){0,2}(?:zijn|haar|hun|het|de) (?:\w+ )?(?:raad|advies|bevel|bevelen|voorbeeld|hart"
            r"|instinct|gevoel|regels?|les|lessen|opleiding|cursus)", r"(?:het|dit|wat|daarop|er) volgde",
            r"leidde\w* (?:\w+ ){0,3}tot", r"leidde\w* (?:\w+ ){0,2}(?:een|het) (?:\w+ )?(?:leven|bestaan|bedrijf"
            r"|school|gesprek)", r"zocht\w* (?:\w+ ){0,2}naar (?:woorden|een antwoord|een uitweg|troost|hulp)",
            r"zocht\w* (?:\w+ ){0,3}uit(?=\s*[.,;:!?]|\s*$)", r"zocht\w* ruzie",
            r"schreef\w* (?:\w+ ){0,3}toe(?=\s*[.,;:!?]|\s*$)", r"deelde\w* (?:\w+ ){0,4}mee(?=\s*[.,;:!?]|\s*$)",
            r"(?:ving|vingen) (?:\w+ ){0,3}(?:op|aan)(?=\s*[.,;:!?]|\s*$)",
            r"(?:was|waren|werd|werden|zat|zaten) (?:\w+ )?gevangen",
            r"verzamelde\w* (?:\w+ ){0,2}(?:moed|krachten|gedachten)|verzamelde\w* zich",
            r"bood\w* (?:\w+ ){0,3}(?:hulp|excuses|weerstand|het hoofd) (?:\w+ )?aan",
            r"(?:reed|reden|rijdt|rijden|gereden) (?:\w+ )?(?:schaats|ski)", r"verliet\w* zich",
            r"(?:de|het|een|eenzaam en|helemaal) verlaten", r"(?:de|een|arme|kleine) wees",
            r"keerde\w* (?:\w+ ){0,2}de rug toe|keerde\w* zich", r"herstelde\w* (?:\w+ )?zich",
            r"kookte\w* (?:\w+ )?van woede", r"sneed\w* (?:\w+ ){0,2}(?:de|een) (?:weg|bocht|pad)",
            r"kleurde\w* (?:\w+ )?(?:rood|roze|bleek)", r"roerde\w* zich",
            r"veegde\w* (?:\w+ ){0,3}(?:tranen|ogen|voorhoofd|zweet|neus|mond)", r"smeedde\w* (?:\w+ )?plannen",
            r"dook\w* (?:\w+ ){0,3}op(?=\s*[.,;:!?]|\s*$|\s+en)",
            # nouns: the food, the plants, fish, graves, bicycles, a reason, leaves, a gutter
            r"(?:het|de|zijn|haar|hun|lekker|lekkere|warm|warme|iets te|niets te|genoeg te) eten",
            r"(?:de|het|zijn|haar|veel|alle|mooie|groene|kleine|jonge) planten",
            r"(?:de|het|een|zijn|haar|hun|veel|twee|drie|alle|kleine|grote) (?:vissen|graven|fietsen|wassen|bakken)",
            r"(?:de|een|geen|die|deze|om|zonder|goede|andere|enige|wat|welke) reden",
            r"(?:de|het|alle|gele|rode|bruine|groene|gevallen|dorre|natte|vallende) bladeren",
            r"(?:de|een|in de|uit de) goot|het goot", r"tekenen (?:van|dat)", r"(?:het|een) schrijven",
            r"\w*(?:vis|kook|naai|brei|schrijf|lees|teken|schilder|eet|was|poets|bak)(?:gerei|hengel|tafel|pan|pot"
            r"|potten|mand|doos|naald|naalden|machine|bril|stok|lijn|haak|kamer|les|lessen|school|kist|boek|boot"
            r"|boten|net|netten|dorp|spullen)\w*")),
        ("lie", latin(r"(?:kroop|kropen|kruipt|kruipen|gekropen|dook|doken) (?:\w+ ){0,2}(?:in|onder) (?:\w+ )?"
                       r"(?:bed|dekens|de wol)",
                       r"zonnebaad\w*|lag\w* te zonnen|zonde\w* zich|(?:ging|gingen) zonnen",
                       r"(?:bleef|bleven|rustte\w*) (?:\w+ ){0,3}in (?:zijn |haar |het |de )?(?:\w+ )?(?:bed|hangmat)"
                       r"|ziek in bed|bedlegerig|hield\w* het bed")),
        ("kneel", latin(
            r"(?:bouwde|bouwden|bouwt|bouwen|gebouwd|maakte|maakten|maakt|rolde|rolden)\w* (?:\w+ ){0,4}"
            r"(?:zandkasteel\w*|sneeuwpop\w*|sneeuwm[ae]n\w*|sneeuwbal\w*|iglo\w*|zandtaart\w*|moddertaart\w*)",
            r"(?:strikte|strikten|strikt|strikken|knoopte\w*|bond|bonden)\w* (?:\w+ ){0,2}(?:veters|schoenveters"
            r"|schoenen|laarzen)",
            r"(?:zocht|zochten|zoekt|zoeken|gezocht|tastte\w*|woelde\w*|graaide\w*|scharrelde\w*) (?:\w+ ){0,4}(?:op"
            r" de grond|in het gras|in het zand|op de vloer|in de aarde|in de modder|tussen de bladeren|in het mos"
            r"|op het tapijt)",
            r"(?:aaide|aaiden|aait|aaien|geaaid|streelde\w*|streelt|strelen|gestreeld|kriebelde\w*) (?:\w+ ){0,3}"
            r"\w*(?:kat|katje|poes|poesje|kater|hond|hondje|puppy|pup|konijn|konijntje|egel|lam|lammetje|biggetje"
            r"|kuiken|kuikentje|eendje|hamster|cavia|schildpad|eekhoorn|muis|muisje|vos|vosje|geitje|dier|diertje"
            r"|beestje)\w*",
            r"dronk\w* (?:\w+ ){0,3}uit (?:de|het|een) (?:\w+ )?(?:beek|rivier|vijver|bron|plas|fontein|trog|sloot"
            r"|meer)",
            r"(?:trok|trokken|plukte\w*|wiedde\w*) (?:\w+ ){0,2}onkruid|onkruid (?:wieden|trekken|gewied)",
            r"op handen en (?:voeten|knieën)")),
        ("sit", latin(
            r"(?:speelde|speelden|speelt|spelen|gespeeld)\w* (?:\w+ ){0,3}(?:piano|orgel|harp|cello|drums|klavecimbel"
            r"|vleugel)\w*",
            r"las\w* (?:\w+ ){0,5}(?:in|op|aan) (?:de|een|zijn|haar|het) (?:\w+ )?(?:stoel|leunstoel|schommelstoel"
            r"|bank|fauteuil|sofa|bankje|kruk|tafel|bureau|vensterbank|hangmat)\w*",
            r"(?:spon|sponnen|spint|spinnen|gesponnen)\w* (?:\w+ ){0,2}(?:wol|garen|vlas|stro|goud|draad|zijde)"
            r"|aan het spinnewiel",
            r"dronk\w* (?:\w+ ){0,3}(?:thee|koffie|chocolademelk|warme chocolade|melk|sap|wijn|bier|limonade|soep)",
            r"(?:speelde|speelden|speelt|spelen|gespeeld)\w* (?:\w+ ){0,2}(?:kaart|kaarten|schaak|schaken|dammen"
            r"|domino|een bordspel|bordspellen|ganzenbord)",
            r"te paard|(?:op|met) (?:de|zijn|haar|een) (?:fiets|paard|ezel|pony|slee)|(?:in|met) (?:de|een|zijn|haar)"
            r" (?:auto|koets|boot|bootje|bus|trein|kar|roeiboot|kano|taxi)",
            r"(?:besteeg|bestegen)\w* (?:\w+ ){0,2}(?:het|zijn|haar|een) (?:\w+ )?(?:paard|pony|ezel|fiets)",
            r"rustte\w* (?:\w+ )?uit|uitgerust|uitrusten|hield\w* (?:\w+ )?(?:pauze|rust)")),
        ("hold", latin(
            r"(?:speelde|speelden|speelt|spelen|gespeeld)\w* (?:\w+ ){0,3}(?:viool|gitaar|fluit|trompet|hoorn|luit"
            r"|mondharmonica|accordeon|doedelzak|blokfluit|trommel|tamboerijn|trombone|tuba|klarinet|saxofoon"
            r"|mandoline|banjo|ukelele|citer|hobo)\w*",
            r"(?:zocht|graaide|grabbelde|rommelde|voelde)\w* (?:\w+ ){0,2}in (?:zijn|haar|de|een|hun) (?:\w+ )?(?:zak"
            r"|zakken|broekzak|tas|rugzak|mand|doos|la|lade|kist|buidel|schort|jaszak)\w*",
            r"(?:maakte|maakten|maakt|kookte|kookten|bereidde\w*|bakte\w*) (?:\w+ ){0,3}(?:ontbijt|lunch|middageten"
            r"|avondeten|soep|stoofpot|thee|koffie|chocolademelk|pap|pannenkoeken|brood|jam|taart|koekjes"
            r"|boterhammen|pizza|eten)\w*",
            r"(?:stak|staken|steekt|steken)\w* (?:\w+ ){0,4}aan(?!\w)|aangestoken|aansteken"
            r"|maakte\w* (?:\w+ ){0,2}(?:een )?(?:vuur|vuurtje|kampvuur)",
            r"(?:sneed|sneden|snijdt|snijden|gesneden|hakte\w*|schilde\w*|raspte\w*) (?:\w+ ){0,3}(?:brood|uien|ui"
            r"|groente|groenten|aardappelen|aardappels|wortels|wortel|appels|appel|hout|vlees|worst|kaas|taart"
            r"|kruiden|kool|tomaten|stof|papier|rozen|bloemen|takken|tak|plakjes|stukjes|stukken)",
            r"(?:deelde|deelden|deelt|delen|gedeeld)\w* (?:\w+ ){0,3}(?:brood|eten|appel|appels|taart|boterham"
            r"|chocolade|bessen|noten|koekjes|soep|deken|paraplu|snoep|kaas|wortel|worteltje|lunch)\w*",
            r"(?:opende|openden|opent|openen|geopend) (?:\w+ ){0,3}(?:brief|pakje|pakket|cadeau|cadeautje|doos|kist"
            r"|mand|tas|boek|pot|envelop|koffer|kaart|paraplu|fles|rugzak)\w*",
            r"(?:luidde|luidden|luidt|luiden) (?:\w+ ){0,2}(?:de|een) (?:\w+ )?(?:klok|bel|klokken)",
            r"(?:schoot|schoten)\w* (?:\w+ ){0,3}(?:pijl|pijlen|boog|katapult)\w*",
            r"fotografeerde\w*|maakte\w* (?:\w+ ){0,2}(?:een )?(?:foto|foto's|kiekje)",
            r"(?:telde|telden)\w* (?:\w+ ){0,2}(?:munten|geld|eieren|appels|knikkers|schelpen|stenen|parels|centen)",
            r"(?:blies|bliezen|blaast)\w* (?:\w+ ){0,3}(?:kaars|kaarsen|trompet|hoorn|fluit|bellen|ballon|ballonnen"
            r"|zeepbellen)\w*",
            r"(?:hing|hingen|hangt)\w* (?:\w+ ){0,3}(?:was|wasgoed|lakens|schilderij|lantaarn|lantaarns|krans|slinger"
            r"|vlag|sokken|kousen)\w* (?:\w+ )?op(?!\w)",
            r"(?:bestudeerde\w*|raadpleegde\w*|vouwde\w* (?:\w+ ){0,2}open) (?:\w+ ){0,2}(?:de|het|een|zijn|haar)"
            r" (?:\w+ )?(?:kaart|landkaart|boek|brief|briefje|recept|plattegrond|perkament|kompas)",
            r"(?:trok|trokken|trekt|trekken|getrokken)\w* (?:\w+ ){0,2}aan (?:de|het|zijn|haar|een) \w+",
            r"(?:trok|trokken|trekt|trekken|getrokken)\w* (?:\w+ ){0,2}(?:de|het|een|zijn|haar) (?:\w+ )?(?:kar|wagen"
            r"|slee|touw|deur|emmer|boot|net|netten|bolderkar|hengel|zwaard|mes|briefje|kaart|doek|deken|gordijn"
            r"|gordijnen|stop|spijker|vis|lijn|draad|wortel|raap)\w*",
            r"haalde\w* (?:\w+ ){0,3}uit (?:zijn|haar|de|het|een) (?:\w+ )?(?:zak|tas|mand|doos|la|kast|kist|schort"
            r"|jas|rugzak)\w*",
            r"(?:voerde|voerden|voert|voeren|gevoerd)\w* (?:\w+ ){0,2}(?:de|het|zijn|haar|hun) (?:\w+ )?(?:eenden"
            r"|kippen|dieren|paard|paarden|kat|hond|vogels|geiten|varkens|koeien|baby|vissen|konijn|konijnen"
            r"|zwanen|duiven|schapen|lammetje|pony|kuikens|ganzen)")),
        ("walk", latin(
            r"(?:trok|trokken|trekt|trekken|getrokken)\w* (?:\w+ ){0,3}(?:verder|weg|rond|door (?:het|de) (?:\w+ )?"
            r"(?:land|bos|wereld|dorp|stad|bergen|streek|straten))(?!\w)",
            r"(?:stak|staken|steekt|steken)\w* (?:\w+ ){0,3}over(?!\w)|overgestoken|oversteken",
            r"op weg naar huis|op de terugweg|onderweg naar huis|op zoek naar|sleepte\w* zich",
            r"(?:vond|vonden)\w* (?:\w+ ){0,2}de weg (?:\w+ ){0,2}(?:terug|naar huis)")),
        ("point", latin(r"(?:wees|wezen|wijst|wijzen|gewezen|toonde\w*|liet\w*) (?:\w+ ){0,3}de (?:\w+ )?(?:weg"
                         r"|richting|uitgang|deur)(?!\w)")),
        ("climb", latin(r"(?:besteeg|bestegen)\w* (?:\w+ ){0,2}(?:de|het|een) (?:\w+ )?(?:berg|top|toren|heuvel"
                         r"|rots)")),
        ("jump", latin(r"dook|doken|duikt|duiken|gedoken|maakte\w* (?:\w+ )?(?:een )?(?:koprol|koprollen|radslag"
                        r"|handstand|salto|buiteling)")),
        ("run", latin(r"ontsnapte\w*|ontsnapt|ontsnappen|ontkwam\w*|ontkomen|maakte\w* zich uit de voeten"
                       r"|nam\w* de benen|sloeg\w* op de vlucht|zette\w* het op een lopen|racete\w*"
                       r"|scheurde\w* (?:\w+ ){0,2}(?:weg|ervandoor|naar)|stoof\w* (?:\w+ )?(?:weg|naar|op)")),
        # single verbs
        ("kneel", latin(
            r"plantte\w*|(?:plant|planten) (?:\w+ )?(?:zaadjes|bollen|bomen|bloemen|een boom|groenten)|geplant"
            r"|zaaide\w*|zaait|zaaien|gezaaid|groef|groeven|graaft|gegraven|graven (?:een|in|naar)|wiedde\w*|wiedt"
            r"|wieden|gewied|kroop|kropen|kruipt|kruipen|gekropen|tuinierde\w*|tuinieren|schoffelde\w*|wroette\w*")),
        ("sit", latin(
            r"naaide\w*|naait|naaien|genaaid|breide\w*|breit|breien|gebreid|haakte\w*|borduurde\w*|borduurt"
            r"|borduren|weefde\w*|weeft|weven|geweven",
            r"fietste\w*|fietst|fietsen|gefietst|reed|reden|rijdt|rijden|gereden|roeide\w*|roeit|roeien|geroeid"
            r"|peddelde\w*|peddelt|peddelen|gepeddeld|sleede\w*|paardrijden|reed paard",
            r"at|aten|eet|eten|gegeten|ontbeet|ontbeten|ontbijten|lunchte\w*|lunchen|dineerde\w*|dineren"
            r"|picknickte\w*|picknicken|smulde\w*|knabbelde\w*|melkte\w*|molk|melken|gemolken|rustte\w*")),
        ("hold", latin(
            r"repareerde\w*|repareert|repareren|gerepareerd|herstelde\w*|lapte\w*|verstelde\w*",
            r"besproeide\w*|goot|goten|giet|gieten|gegoten|sproeide\w*",
            r"schilderde\w*|schildert|schilderen|geschilderd|tekende\w*|tekent|tekenen|getekend|kleurde\w*"
            r"|krabbelde\w*|schetste\w*",
            r"kookte\w*|kookt|koken|gekookt|bakte\w*|bakt|bakken|gebakken|kneedde\w*|kneedt|kneden|gekneed"
            r"|braadde\w*|roerde\w*|schepte\w* (?:\w+ ){0,3}op|schonk\w* (?:\w+ ){0,3}in|serveerde\w*"
            r"|dekte\w* (?:\w+ ){0,2}de tafel|smeerde\w* (?:\w+ ){0,2}(?:boterhammen|brood|boterham)",
            r"waste|wasten|wast|wassen|gewassen|spoelde\w*|veegde\w*|veegt|vegen|geveegd|poetste\w*|poetst|poetsen"
            r"|gepoetst|schrobde\w*|schrobt|schrobben|geschrobd|dweilde\w*|stofte\w* (?:\w+ )?af"
            r"|ruimde\w* (?:\w+ ){0,3}op|opgeruimd|opruimen|maakte\w* (?:\w+ ){0,3}schoon|schoongemaakt"
            r"|schoonmaken|streek\w* (?:\w+ ){0,2}de was|deed\w* de afwas|afwassen",
            r"timmerde\w*|timmert|timmeren|getimmerd|zaagde\w*|zaagt|gezaagd|spijkerde\w*|schroefde\w*|boorde\w*"
            r"|bouwde|bouwden|bouwt|bouwen|gebouwd|knutselde\w*|knutselt|knutselen|geknutseld|smeedde\w*"
            r"|harkte\w*|maaide\w*|maait|maaien|gemaaid|ploegde\w*|schoor|schoren|geschoren|jongleerde\w*"
            r"|pakte\w* (?:\w+ ){0,3}in(?!\w)|ingepakt|inpakken|sneed|sneden",
            r"viste\w*|vist|vissen|gevist|hengelde\w*|hengelt|hengelen|gehengeld",
            r"duwde\w*|duwt|duwen|geduwd|sleepte\w*|sleept|slepen|gesleept|sjouwde\w*|sjouwt|sjouwen|gesjouwd"
            r"|zeulde\w*|rukte\w* (?:\w+ ){0,2}aan",
            r"gooide\w*|gooit|gooien|gegooid|wierp|wierpen|werpt|werpen|geworpen|smeet|smeten|smijt|smijten"
            r"|gesmeten",
            r"ving|vingen|vangt|vangen|gevangen",
            r"plukte\w*|plukt|plukken|geplukt|verzamelde\w*|verzamelt|verzamelen|verzameld|raapte\w*|raapt|rapen"
            r"|geraapt|oogstte\w*|oogsten|geoogst",
            r"bood\w* (?:\w+ ){0,3}aan(?!\w)|aangeboden|deelde\w* (?:\w+ ){0,3}uit|uitgedeeld|uitdelen",
            r"las|lazen|leest|lezen|gelezen|voorlezen|voorgelezen|bladerde\w*|bladert|bladeren",
            r"schreef|schreven|schrijft|schrijven|geschreven|krabbelde\w*|noteerde\w*|ondertekende\w*",
            r"kamde\w*|kamt|kammen|gekamd|borstelde\w*|borstelt|borstelen|geborsteld|vlocht|vlochten|gevlochten")),
        ("walk", latin(
            r"keerde\w* (?:\w+ ){0,4}(?:terug|om|huiswaarts)(?!\w)|teruggekeerd|terugkeren",
            r"keerde\w* (?:\w+ )?naar huis",
            r"bracht|brachten|brengt|brengen|gebracht|meegebracht|meebrengen|bracht (?:\w+ ){0,3}mee(?!\w)",
            r"haalde|haalden|haalt|halen|gehaald|opgehaald|ophalen",
            r"bezocht|bezochten|bezoekt|bezoeken|op bezoek",
            r"volgde\w*|volgt|volgen|gevolgd|leidde\w*|leidt|leiden|geleid|begeleidde\w*|begeleidt|begeleiden"
            r"|vergezelde\w*|gidste\w*|loodste\w*",
            r"betrad|betraden|betreedt|betreden|verliet|verlieten|verlaat|verlaten",
            r"naderde\w*|nadert|naderen|genaderd",
            r"zocht|zochten|zoekt|zoeken|gezocht|verkende\w*|verkent|verkennen|verkend|doorzocht\w*|doorzoeken"
            r"|speurde\w*|struinde\w*|zwierf|zwierven|dwaalde\w*|dwaalt|dwalen|reisde\w*|reist|reizen|gereisd"
            r"|strompelde\w*|wankelde\w*|waggelde\w*|waadde\w*|schuifelde\w*|kuierde\w*|drentelde\w*")),
    ],
    "zh": [
        (None, cjk_words(
            # a finger, a plan, noodles, to postpone, to abandon, to interview, a belt, progress, to answer
            "手指 指头 指点 组织 计划 规划 策划 划分 划破 刻划 划算 划掉 比划 拉面 拉肚子 拉丁 拉拉队 推迟 推荐 "
            "推测 推理 推广 推翻 推辞 推断 推算 推进 推销 拖延 拖鞋 拖拉 拖累 投票 投资 投降 投入 投诉 抛弃 抛下 "
            "抛锚 送别 欢送 目送 送行 发送 送死 葬送 采访 采用 采取 采纳 风采 神采 摘要 上写着 上面写着 描写 画家 "
            "画面 画廊 动画 漫画 图画 油画 画像 画框 画册 子弹 炸弹 弹簧 弹性 糊涂 扫视 扫了一眼 烤火 一切 切实 "
            "亲切 急切 关切 切记 密切 迫切 确切 真切 热切 恳切 贴切 蒸汽 蒸发 熬夜 煎熬 洗手间 洗衣机 擦眼泪 "
            "擦了擦眼泪 擦汗 缝隙 裂缝 门缝 墙缝 挑选 挑战 挑衅 挑剔 挑拨 挑了挑眉 端午 端正 极端 开端 尖端 顶端 "
            "末端 两端 事端 挖苦 栽倒 栽跟头 回答 回忆 回头 回想 回应 回复 回声 回音 回信 带着笑 带着微笑 带着笑容 "
            "带着哭腔 带着歉意 带着好奇 带着疑问 领带 皮带 带子 地带 热带 一带 寒带 磁带 领导 领域 领子 衣领 领袖 "
            "领会 领悟 本领 进步 进行 进展 进化 改进 先进 经过一番 经过了一番 经过这件事 好吃 小吃 吃惊 吃力 吃亏 "
            "吃苦 吃醋 吃了一惊 吃了一吓 骑士 骑兵 夏天到了 冬天到了 春天到了 秋天到了 休息室 探子")),
        (None, cjk(r"到了(?:晚上|夜里|早上|第二天|冬天|春天|夏天|秋天|中午|傍晚)",
                    r"给了[^，。！？,.!?]{0,5}(?:帮助|鼓励|希望|勇气|信心|启发|建议|机会|安慰|力量|答案|温暖)")),
        # phrases first
        ("kneel", cjk_words("堆沙堡 堆沙子 垒沙堡 沙堡 堆雪人 滚雪球 捏雪球 系鞋带 绑鞋带 系好鞋带 在地上找 "
                             "地上寻找 地上摸索 在草丛里找 在地上摸 从地上捡 河边喝水 溪边喝水 小溪里喝水 喝溪水 "
                             "钻进")),
        ("kneel", cjk(r"(?:抚摸|摸了摸|摸摸|摸着|轻抚|拍了拍|拍拍)(?:着)?(?:那只|这只|一只)?"
                       r"(?:小猫|小狗|猫咪|猫|狗|小兔|兔子|小鸟|刺猬|小羊|羊羔|小鸡|小鸭|它)")),
        ("lie", cjk_words("晒太阳 日光浴 卧床 病倒 床上休息 在床上休息 翻来覆去 钻进被窝 躺在病床")),
        ("sit", cjk_words("弹钢琴 弹风琴 下棋 打牌 荡秋千 挤奶 喝茶 品茶 喝咖啡 喝汤 喝热汤 喝牛奶")),
        ("hold", cjk_words("拉琴 拉小提琴 拉二胡 吹笛子 吹笛 吹口琴 吹喇叭 吹号 吹箫 吹奏 敲鼓 打鼓 击鼓 吹灭蜡烛 "
                            "吹蜡烛 拍照 照相 拍了一张 晾衣服 晒衣服 挂上 挂起 挂好 射箭 拉弓 包饺子 擀面 揉面 "
                            "切菜 切肉 切面包 切苹果 切开 切成 倒水 倒茶 倒牛奶 倒了一杯 倒进 倒入 倒满 斟")),
        ("walk", cjk_words("带路 送信 送饭 送到 送去 送来 送回")),
        ("point", cjk_words("指路 指方向 指明方向 指了路 指着路")),
        ("jump", cjk_words("扑向 扑过去 扑上去 扑到 翻跟头 翻筋斗 跃过 跃入 飞跃")),
        ("run", cjk_words("窜出 窜进 窜了 逃走 逃跑 一溜烟")),
        ("stand", cjk_words("排队 排着队 排成一排")),
        # single verbs
        ("kneel", cjk_words("种花 种树 种菜 种下 种了 种上 种豆 种瓜 栽种 栽了 栽下 播种 挖土 挖坑 挖了 挖出 挖掘 "
                             "挖洞 挖着 刨土 刨坑 刨了 除草 拔草 锄草 锄地")),
        ("sit", cjk_words("骑 开车 驾车 驾驶 划船 划桨 划着 划向 划到 划回 吃饭 吃早饭 吃早餐 吃午饭 吃晚饭 "
                           "吃晚餐 吃午餐 用餐 进餐 吃东西 吃着 在吃 吃了 吃起 织毛衣 织布 编织 织了 织着 缝补 "
                           "缝衣 缝了 缝着 缝好 绣花 刺绣 纺纱 纺线 休息 歇脚 歇息 歇一会")),
        ("hold", cjk_words("修理 修好 修补 修车 修鞋 修建 浇水 浇花 浇灌 浇了 画画 画了 画着 画出 画下 在画 涂色 "
                            "涂了 涂上 涂抹 粉刷 刷墙 刷油漆 做饭 煮 炒菜 炒 煎 烤 搅拌 熬 蒸 烙 点燃 点亮 点起 "
                            "点上 点蜡烛 点灯 生火 烧火 洗碗 洗衣服 洗衣 洗菜 洗脸 洗手 洗了 洗着 清洗 擦桌子 擦窗 "
                            "擦地 擦拭 擦干净 擦亮 扫地 打扫 扫雪 扫落叶 清扫 拖地 敲打 锤 锯 钉钉子 钉了 盖房子 "
                            "盖了一座 建造 搭建 搭帐篷 搭了 钓鱼 钓 拉着 拉住 拉开 拉动 拉车 拉起 拉了 拉出 推着 "
                            "推开 推车 推了 推门 拖着 拖动 拖走 拖回 扔 抛 掷 丢向 丢给 丢进 投向 投掷 接住 摘 "
                            "采花 采蘑菇 采摘 采了 采集 收集 捡 给了 送了 送上 送出 赠送 挑水 挑着 挑担 挑起 端来 "
                            "端上 端起 端出 端进 看书 看报 看信 读信 读书 读报 读着 读了 念着 念书 翻开 翻阅 翻书 "
                            "写字 写信 写了 写着 写下 写完 写日记 写道 弹琴 弹吉他 弹着 弹了 弹奏 喂食 喂养 挥舞 "
                            "打开 缝 织")),
        ("hold", cjk(r"喂(?![，,！!？?。：:\s…、])")),
        ("walk", cjk_words("寻找 到处找 四处找 找来找去 找遍 搜寻 搜索 探索 探险 寻觅 回家 回到 回来 回去 返回 "
                            "归来 赶回 回村 回城 带着 带来 带去 带回 带到 带领 领着 引领 拜访 探望 看望 访问 做客 "
                            "穿过 越过 横穿 渡过 穿越 经过 跟着 跟在 跟随 尾随 进入 进了 进屋 进门 进去 进来 进城 "
                            "进村 离开 出门 出去 出发 动身 上路 来到 到达 徘徊 漫游 游荡 闲逛 流浪 跋涉 蹒跚 溜走 "
                            "溜掉 迈进")),
    ],
    "ja": [
        (None, cjk_words(
            # to re-see, to recover, a detective, the sunset, fried chicken, a closet, a kitten, holidays
            "見直 立ち直 思い直 言い直 やり直 素直 正直 描写 友達を作 友だちを作 ともだちを作 時間を作 笑顔を作 "
            "列を作 顔を作 表情を作 夕焼 朝焼 日焼 焼きもち 焼き魚 焼き鳥 焼きそば 焼き芋 唐揚げ 揚げ物 引き揚げ "
            "大切 思い切 張り切 疲れ切 乗り切 使い切 締め切 区切 踏み切 仕切 縁を切 口火を切 スタートを切 こねこ "
            "編集 編成 短編 長編 涙を拭 汗を拭 目を拭 一掃 削減 押し入れ 押入れ 押し寄せ 押し黙 押し付け 後押し "
            "身を投げ なげき なげく なげい 集まっ 書いてあ 書かれ 図書 弾む 弾ん 弾丸 爆弾 弾み 渡り鳥 探偵 "
            "かえって 気に入 手に入 入り口 入口 乗り越え 調子に乗 相談に乗 乗り物 食べ物 たべもの 食べられ "
            "たべられ 夏休み 冬休み 春休み 休みの日 お休み おやすみ 昼休み 雨が降 雪が降 が訪れ 冬が近づ 春が近づ "
            "夏が近づ 秋が近づ 夜が近づ 朝が近づ 嵐が近づ 台風が近づ 時間が近づ 指先")),
        # phrases first
        ("kneel", cjk(r"(?:砂の城|砂のお城|砂山|雪だるま|ゆきだるま|かまくら|泥だんご|どろだんご|雪玉|ゆきだま)"
                       r"を(?:作|つく|こしら)", r"(?:靴ひも|くつひも|靴紐|ひも)を(?:結|むす)",
                       r"(?:地面|床|草むら|砂浜|砂)(?:の上)?を(?:探|さが)",
                       r"(?:猫|ねこ|ネコ|子猫|犬|いぬ|イヌ|子犬|こいぬ|うさぎ|ウサギ|ひよこ|子羊|こひつじ)"
                       r"(?:の頭|の背中|のあたま)?を(?:撫|なで)", r"(?:川|小川|泉|池)の水を(?:飲|の)", r"這|はいはい")),
        ("lie", cjk_words("日光浴 ひなたぼっこ 日向ぼっこ 甲羅干し ベッドで休 ふとんで休 布団で休")),
        ("sit", cjk(r"(?:ピアノ|オルガン|ハープ|チェロ)を(?:弾|ひ)",
                     r"(?:ペダル|ボート|舟|ふね|船|自転車|ブランコ)を(?:こ|漕)",
                     r"(?:お茶|紅茶|コーヒー|ココア|ミルク|スープ)を(?:飲|の)", "将棋|トランプをし|運転し|運転す")),
        ("hold", cjk(r"(?:笛|ふえ|フルート|トランペット|ラッパ|ハーモニカ|ホルン)を(?:吹|ふ)",
                      r"(?:太鼓|たいこ)を(?:たた|叩)",
                      r"(?:えさ|餌|エサ|水|ミルク)を(?:や|あげ)", r"食べさせ|たべさせ", r"写真を(?:撮|と)"
                      r"|しゃしんを(?:撮|と)",
                      r"(?<![目口])を(?:開け|あけ)", r"(?:(?<![声手顔鳴腰目頭例音])を|に)あげ",
                      r"(?:火|灯|明かり|あかり|ろうそく|ランプ|電気|でんき)を(?:つけ|付け|とも|灯)|ろうそくに火",
                      r"料理し|料理を(?:作|し)", r"(?:金づち|金槌|かなづち)|(?:釘|くぎ)を打|のこぎり|鋸|かんな")),
        ("walk", cjk_words("階段を降 階段を下 道案内 案内")),
        ("point", cjk(r"道を(?:教え|おしえ)|(?:方向|方角|行き先)を(?:示|しめ)", r"指し(?!示)")),
        ("climb", cjk(r"(?:木|はしご|梯子|屋根|壁|崖|岩)(?:の上)?から(?:降|お)り", r"(?:はしご|梯子)を(?:降|お)り")),
        ("jump", cjk_words("飛び込 とびこ 飛びつ とびつ 飛びかか とびかか 宙返り でんぐり返")),
        ("run", cjk_words("脱走 逃走 一目散")),
        ("stand", cjk_words("列に並 並んで待")),
        # single verbs
        ("kneel", cjk_words("植え 種をま 種を蒔 たねをま 掘っ 掘る 掘り 掘ろ 草取り 草むしり 草を抜 雑草を抜 "
                             "草をむし")),
        ("sit", cjk_words("乗っ 乗る 乗り のっ 漕い 漕ぐ 食べ たべ 食事 縫っ 縫い 縫う 縫わ 編ん 編み 編む 休ん "
                           "休む 休み 休憩 ひと休み")),
        ("hold", cjk_words("直し 直す 直さ 直せ 修理 修繕 繕 つくろ 描い 描く 描き 塗っ 塗る 塗り を作っ を作り "
                            "を作る を作ろ をつくっ をつくり をつくる 混ぜ まぜ 注い 注ぐ 焼い 焼く 炒め 揚げ "
                            "刻ん を切っ を切り を切る 煮 茹で ゆで 捏ね こね 洗っ 洗う 洗い 洗わ 洗濯 磨い 磨く "
                            "磨き 拭い 拭く 拭き 掃除 掃い 掃く 掃き 片付け 片づけ かたづけ 削っ 建て 組み立て 釣 "
                            "引っ張 ひっぱ 引きず 押し 押す 押さ 投げ なげ 捕まえ つかまえ 受け止め キャッチ 摘ん "
                            "摘み 摘む 集め あつめ 収穫 渡す 渡さ 渡せ 読ん 読む 読み 読ま 読め 読書 書い 書く "
                            "書き 書こ 書け 弾い 弾く 弾き 弾こ")),
        ("walk", cjk_words("探し さがし 探す さがす 探検 探索 帰っ 帰る 帰り 帰ろ かえってき かえっていき "
                            "かえりまし かえりみち 戻っ 戻る 戻り もどっ もどる 連れて 連れ帰 届け 訪ね 訪れ 渡っ "
                            "渡る 渡り 横切 ついて行 ついていっ ついてき ついて歩 後をつい 後について 入っ 入る "
                            "入り 出かけ でかけ 出発 出て行 出ていっ 出てき 旅をし 旅に出 散策 急い 近づ 近寄 "
                            "ちかづ ちかよ")),
    ],
}

# ---------------------------------------------------------------------------------------------
# Expressions, the same way: false friends first ("Sadly, the shop was closed", "a smile of the
# moon", "'Help!' cried the boy" = called out, "zum Glück", "Gelukkig" = luckily, "恐怕"), then a
# phrase before the words it contains ("tears of joy" is happy before "tears" is sad).

_EXPRESSION_RULES: dict[str, Rules] = {
    "en": [
        (None, latin(r"^\W*(?:sadly|happily|unhappily|luckily|fortunately|unfortunately),",
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
        ("happy", latin(r"(?:tears|wept|cried|crying|weeping|weep|cry|sobbed|sobbing) (?:of|with|for) (?:joy"
                         r"|happiness|relief|laughter)", r"jumped for joy")),
        ("sad", latin(r"sighed (?:sadly|heavily|deeply|wearily)", r"burst into tears", r"in tears")),
        ("surprised", latin(r"(?:could|can)(?:n't| ?not) (?:quite |hardly |really )?believe",
                             r"could (?:hardly|scarcely|barely) believe",
                             r"did(?:n't| not) believe (?:his|her|their|its|my|our|your) (?:eyes|ears)",
                             r"stared in (?:wonder|amazement|disbelief|surprise|awe)", r"(?:eyes|eye) widened",
                             r"jaw dropped", r"wide[- ]eyed")),
        ("angry", latin(r"(?:was|were|is|are|looked|look|looks|felt|feel|feels|got|get|gets|became|grew|very|so|too"
                         r"|quite|rather) cross", r"cross with", r"mad (?:at|with)",
                         r"stamped (?:his|her|their|its) (?:feet|foot)", r"in a (?:rage|huff|temper)")),
        ("neutral", latin(r"calmly", r"(?:stayed|remained|kept|was|looked|seemed|felt|sat|stood) calm", r"calmed down",
                           r"expressionless", r"impassive(?:ly)?", r"straight[- ]faced", r"blankly")),
        ("happy", latin(r"smiled|smiles|smiling|smile|grinned|grins|grinning|grin|laughed|laughs|laughing|laugh"
                         r"|laughter|giggled|giggles|giggling|giggle|chuckled|chuckles|chuckling|beamed|beaming"
                         r"|happy|happily|happier|happiest|happiness|glad|gladly|cheered|cheering|cheerful"
                         r"|cheerfully|cheery|joy|joyful|joyfully|joyous|overjoyed|delighted|delight|pleased"
                         r"|thrilled|excited|excitedly|elated|merry|merrily|jolly|contented|contentedly|jubilant"
                         r"|rejoiced|rejoicing")),
        ("sad", latin(r"cried|cries|crying|cry|wept|weeps|weeping|weep|sobbed|sobs|sobbing|sob|tears|tearful"
                       r"|tearfully|sad|sadly|sadder|saddest|sadness|unhappy|unhappily|lonely|loneliness|miserable"
                       r"|miserably|heartbroken|sorrow|sorrowful|sorrowfully|grief|grieved|grieving|gloomy|gloomily"
                       r"|downcast|dejected|upset|disappointed|homesick|mournful|mournfully|forlorn")),
        ("afraid", latin(r"afraid|scared|frightened|fright|fear|feared|fearful|fearfully|fears|terrified|terror"
                          r"|horrified|trembled|trembles|trembling|tremble|(?:shivered|shook|quaked) (?:with"
                          r"|in) fear|panicked|panicking|panic|nervous|nervously|anxious|anxiously|worried|worriedly"
                          r"|alarmed|petrified|timid|timidly|uneasy|in horror|cowered|cowering|quaked|quaking")),
        ("angry", latin(r"angry|angrily|angrier|anger|angered|furious|furiously|fury|rage|raged|raging|enraged"
                         r"|frowned|frowns|frowning|frown|growled|growls|growling|growl|scowled|scowls|scowling"
                         r"|scowl|glared|glares|glaring|fumed|fuming|annoyed|irritated|irritably|grumpy|grumpily"
                         r"|grumbled|grumbling|snarled|snarling|indignant|indignantly|livid|outraged|huffed")),
        ("surprised", latin(r"surprised|(?:in|with) surprise|to (?:\w+ ){0,2}surprise|astonished|astonishment"
                             r"|amazed|amazement|gasped|gasps|gasping|gasp|stunned|startled|in wonder|with wonder"
                             r"|in awe|awestruck|dumbfounded|flabbergasted|speechless|in disbelief|bewildered")),
        ("tired", latin(r"tired|tiredly|exhausted|exhaustion|weary|wearily|weariness|yawned|yawns|yawning|yawn"
                         r"|sleepy|sleepily|drowsy|drowsily|worn out|fatigued|fatigue|out of breath")),
    ],
    "de": [
        (None, latin(r"zum Glück|Glück gehabt|glücklicherweise|bedauerlicherweise|leider,",
                      r"(?:der|die|das|den|dem|ein|eine|einen|einem|einer|des) böse\w*",
                      r"(?:zitterte|zitterten|zittert|bibberte|fror)\w* (?:\w+ )?(?:vor|in der) Kälte",
                      r"(?:die|der) (?:Sonne|Mond) (?:lachte|strahlte|lächelte)",
                      r"(?:lachte|strahlte|lächelte)\w* (?:die|der) (?:Sonne|Mond)",
                      r"(?:eine|die) Überraschung", r"sauer\w* (?:Milch|Apfel|Gurke)", r"rasend schnell")),
        ("happy", latin(r"(?:weinte\w*|Tränen) (?:\w+ )?vor (?:Freude|Glück|Lachen)", r"vor Freude|voller Freude")),
        ("afraid", latin(r"(?:zitterte|zitterten|bebte)\w* (?:\w+ )?vor Angst")),
        ("angry", latin(r"runzelte\w* (?:\w+ )?die Stirn", r"(?:war|wurde|ist|wird) (?:\w+ )?sauer",
                         r"rasend vor Wut")),
        ("surprised", latin(r"traute\w* (?:\w+ ){0,2}(?:seinen|ihren) Augen nicht",
                             r"konnte\w* (?:es |das )?(?:\w+ )?nicht glauben",
                             r"zu (?:seiner|ihrer|unserer|meiner|deren) (?:großen )?Überraschung",
                             r"vor Überraschung")),
        ("sad", latin(r"unglücklich\w*", r"seufzte\w* (?:traurig|schwer|tief)")),
        ("happy", latin(r"lachte\w*|lacht|lachen|gelacht|lachend\w*|lächelte\w*|lächelt|lächeln|gelächelt"
                         r"|lächelnd\w*|grinste\w*|grinst|grinsen|gegrinst|fröhlich\w*|froh|frohe\w*"
                         r"|(?:über)?glücklich\w*|Freude|freute\w* sich|freut sich|jubelte\w*|jubelnd|strahlte\w*"
                         r"|strahlend\w*|erfreut|vergnügt\w*|kicherte\w*")),
        ("sad", latin(r"weinte\w*|weint|weinen|geweint|weinend\w*|traurig\w*|Trauer|Tränen|schluchzte\w*|schluchzt"
                       r"|schluchzen|einsam\w*|betrübt\w*|kummervoll\w*|niedergeschlagen\w*|bedrückt\w*"
                       r"|enttäuscht\w*")),
        ("afraid", latin(r"Angst|ängstlich\w*|fürchtete\w*|fürchtet|fürchten|Furcht|erschrak\w*|erschrocken\w*"
                          r"|verängstigt\w*|zitterte\w*|zittert|zitternd\w*|Panik|bange|verschreckt\w*|furchtsam\w*"
                          r"|\w*angst")),
        ("angry", latin(r"wütend\w*|zornig\w*|böse|verärgert\w*|ärgerlich\w*|ärgerte\w* sich|Wut|Zorn|knurrte\w*"
                         r"|knurrt|schimpfte\w*|schimpft|grollte\w*|stinksauer|erbost\w*|zornentbrannt")),
        ("surprised", latin(r"überrascht\w*|erstaunt\w*|staunte\w*|staunt|staunend\w*|verblüfft\w*|verwundert\w*"
                             r"|fassungslos\w*|sprachlos\w*|keuchte\w* (?:\w+ )?(?:auf|überrascht)")),
        ("tired", latin(r"\w*müde\w*|erschöpft\w*|gähnte\w*|gähnt|gähnen|gähnend\w*|schläfrig\w*|Müdigkeit"
                         r"|ermattet\w*|ausgelaugt\w*")),
        ("neutral", latin(r"ruhig und gelassen|gelassen|ausdruckslos\w*|ungerührt|gleichmütig\w*")),
    ],
    "es": [
        (None, latin(r"feliz (?:cumpleaños|navidad|año nuevo)", r"(?:una|la|qué) sorpresa(?! \w*(?:de|en))",
                      r"(?:castillo|bosque|casa|palacio|príncipe|princesa|lago) encantad[oa]",
                      r"(?:temblaba|temblaban|tembló|temblando) (?:\w+ )?de frío",
                      r"por suerte|afortunadamente|por desgracia",
                      r"(?:el|un|al) miedo (?:escénico)", r"(?:lágrimas|lloró|lloraba|llorando) de (?:alegría"
                      r"|felicidad|risa)")),
        ("happy", latin(r"(?:lágrimas|lloró|lloraba|llorando|lloraban) de (?:alegría|felicidad|risa)",
                         r"se echó a reír", r"saltó de alegría")),
        ("afraid", latin(r"(?:temblaba|temblaban|tembló|temblando) (?:\w+ )?de miedo")),
        ("surprised", latin(r"no (?:lo )?(?:podía|pudo|podían|podia) creer\w*", r"no (?:daba|daban) crédito",
                             r"(?:con|de|para su|para (?:gran )?sorpresa de \w+|para su gran) sorpresa",
                             r"abrió (?:mucho )?los ojos", r"(?:se quedó|quedó) sin palabras")),
        ("angry", latin(r"frunció el ceño|fruncía el ceño", r"de mal humor")),
        ("happy", latin(r"sonrió|sonreía|sonreían|sonriendo|sonreír|sonriente|sonrisa|rió|reía|reían|riendo|reír"
                         r"|se rió|se reía|carcajadas?|risas?|feliz|felices|felizmente|content[oa]s?|alegre|alegres"
                         r"|alegría|alegremente|encantad[oa]s? (?:de|con)|se alegró|dichos[oa]|radiante")),
        ("sad", latin(r"lloró|lloraba|lloraban|llorando|llorar|lloraron|triste|tristes|tristeza|tristemente"
                       r"|lágrimas|sollozó|sollozaba|sollozando|infeliz|apenad[oa]|afligid[oa]|desconsolad[oa]"
                       r"|melancólic[oa]|decepcionad[oa]|abatid[oa]|suspiró con tristeza")),
        ("afraid", latin(r"miedo|asustad[oa]s?|se asustó|se asustaba|temblaba|temblaban|tembló|temblando"
                          r"|aterrad[oa]s?|aterrorizad[oa]s?|atemorizad[oa]s?|temía|temió|espantad[oa]s?|pánico"
                          r"|asustadiz[oa]|nervios[oa]s?|preocupad[oa]s?|horrorizad[oa]s?")),
        ("angry", latin(r"enfadad[oa]s?|se enfadó|se enfadaba|enojad[oa]s?|se enojó|se enojaba|furios[oa]s?"
                         r"|furiosamente|furia|rabia|enfurecid[oa]s?|gruñó|gruñía|gruñendo|irritad[oa]s?"
                         r"|molest[oa] con|indignad[oa]s?|cólera")),
        ("surprised", latin(r"sorprendid[oa]s?|se sorprendió|asombrad[oa]s?|se asombró|asombro|atónit[oa]s?"
                             r"|boquiabiert[oa]s?|estupefact[oa]s?|pasmad[oa]s?|maravillad[oa]s?")),
        ("tired", latin(r"cansad[oa]s?|cansancio|agotad[oa]s?|exhaust[oa]s?|bostezó|bostezaba|bostezando|bostezar"
                         r"|con sueño|tenía sueño|somnolient[oa]s?|fatigad[oa]s?|rendid[oa]s?")),
        ("neutral", latin(r"con calma|tranquilamente|impasible|inexpresiv[oa]|sin inmutarse")),
    ],
    "fr": [
        (None, latin(r"heureusement|malheureusement", r"(?:un |le )?sourire de la lune",
                      r"(?:une|des|la|quelle|grosse|belle|petite) surprises?(?! de)",
                      r"(?:tremblait|trembla|tremblant|tremblaient|grelottait) (?:\w+ )?de froid",
                      r"(?:pleura|pleurait|pleurant|larmes) de (?:joie|bonheur|rire)", r"sans doute",
                      r"s'écria|s'exclama", r"(?:faisait|fait|faisaient) rage")),
        ("happy", latin(r"(?:pleura|pleurait|pleurant|pleuraient|larmes) de (?:joie|bonheur|rire)",
                         r"éclata de rire|se mit à rire|sauta de joie")),
        ("afraid", latin(r"(?:tremblait|trembla|tremblant|tremblaient) (?:\w+ )?de peur")),
        ("surprised", latin(r"n'en (?:croyait|crut|croyaient) pas (?:ses|leurs) yeux",
                             r"ne (?:pouvait|put|pouvaient) (?:pas )?(?:y )?croire",
                             r"(?:à sa|à leur|de) (?:grande )?surprise",
                             r"bouche bée", r"écarquilla les yeux")),
        ("angry", latin(r"fronça les sourcils|fronçait les sourcils", r"en colère")),
        ("sad", latin(r"malheureux|malheureuse|malheureuses|mécontent\w*")),
        ("happy", latin(r"sourit|souriait|souriaient|souriant\w*|sourire|rit|riait|riaient|riant\w*|rire|rirent"
                         r"|rigola|rigolait|joyeux|joyeuse\w*|joyeusement|joie|heureux|heureuse\w*|content\w*"
                         r"|ravie?s?|gai|gaie|gais|gaiement|s'esclaffa|pouffa|radieu\w+|enchanté\w*")),
        ("sad", latin(r"pleura|pleurait|pleuraient|pleurer|pleurant|pleuré|larmes|triste|tristes|tristement"
                       r"|tristesse|sanglota|sanglotait|sanglotant|chagrin\w*|déçu\w*|abattu\w*|mélancolique")),
        ("afraid", latin(r"peur|effrayé\w*|apeuré\w*|terrifié\w*|terrorisé\w*|s'effraya|tremblait|trembla"
                          r"|tremblant\w*|tremblaient|craignait|craignit|craignaient|paniqua|paniqué\w*|panique"
                          r"|épouvanté\w*|angoissé\w*|inquiet|inquiète\w*|frissonna de peur")),
        ("angry", latin(r"colère|furieu\w+|furieusement|fâché\w*|se fâcha|rage|enragé\w*|grogna|grognait|grognant"
                         r"|irrité\w*|indigné\w*|courroucé\w*")),
        ("surprised", latin(r"surpris|surprise|surprises|étonné\w*|s'étonna|étonnement|stupéfait\w*|ébahi\w*"
                             r"|émerveillé\w*|sursauta|abasourdi\w*|médusé\w*")),
        ("tired", latin(r"fatigué\w*|épuisé\w*|las|lasse|lasses|bâilla|bâillait|bâillant|somnolent\w*|exténué\w*"
                         r"|avait sommeil|à bout de forces|fourbu\w*")),
        ("neutral", latin(r"calmement|impassible\w*|sans expression|imperturbable\w*")),
    ],
    "it": [
        (None, latin(r"(?:una|la|che|bella|grande) sorpresa(?! \w*(?:di|per))",
                      r"per fortuna|fortunatamente|purtroppo",
                      r"(?:tremava|tremò|tremante|tremavano) (?:\w+ )?(?:dal|di) freddo",
                      r"(?:pianse|piangeva|piangendo|lacrime) di (?:gioia|felicità)")),
        ("happy", latin(r"(?:pianse|piangeva|piangendo|lacrime) di (?:gioia|felicità)", r"scoppiò a ridere",
                         r"saltò di gioia", r"di buon umore")),
        ("afraid", latin(r"(?:tremava|tremò|tremante|tremavano) (?:\w+ )?di paura")),
        ("surprised", latin(r"non (?:poteva|potè|poté|potevano) credere", r"non credeva ai (?:suoi|propri) occhi",
                             r"(?:con|di|per la sua|con grande) sorpresa", r"a bocca aperta", r"sgranò gli occhi")),
        ("angry", latin(r"aggrottò (?:la fronte|le sopracciglia)", r"di cattivo umore")),
        ("happy", latin(r"sorrise|sorrideva|sorridevano|sorridendo|sorridente|sorridenti|sorriso|rise|rideva"
                         r"|ridevano|ridendo|ridere|risero|felice|felici|felicemente|content[oaie]|allegr[oaie]"
                         r"|allegramente|gioia|gioios[oaie]|liet[oaie]|raggiante")),
        ("sad", latin(r"pianse|piangeva|piangevano|piangendo|piangere|piansero|lacrime|triste|tristi|tristemente"
                       r"|tristezza|singhiozzava|singhiozzò|singhiozzando|infelice|malinconic[oa]|delus[oaie]"
                       r"|sconsolat\w")),
        ("afraid", latin(r"paura|spaventat[oaie]|si spaventò|impaurit[oaie]|terrorizzat[oaie]|atterrit[oaie]"
                          r"|tremava|tremò|tremante|tremavano|temeva|temette|panico|intimorit[oaie]|preoccupat[oaie]")),
        ("angry", latin(r"arrabbiat[oaie]|si arrabbiò|furios[oaie]|furiosamente|furia|rabbia|infuriat[oaie]|ringhiò"
                         r"|ringhiava|ringhiando|irritat[oaie]|accigliat[oaie]|adirat[oaie]|indignat[oaie]")),
        ("surprised", latin(r"sorpres[oaie]|stupit[oaie]|si stupì|meravigliat[oaie]|con meraviglia|stupore"
                             r"|sbalordit[oaie]|stupefatt[oaie]|esterrefatt[oaie]|sussultò")),
        ("tired", latin(r"stanc[oa]|stanchi|stanche|stanchezza|esaust[oaie]|sfinit[oaie]|sbadigliò|sbadigliava"
                         r"|sbadigliando|assonnat[oaie]|affaticat[oaie]")),
        ("neutral", latin(r"con calma|tranquillamente|impassibile|inespressiv[oa]")),
    ],
    "pt": [
        (None, latin(r"feliz (?:aniversário|natal|ano novo)", r"(?:uma|a|que) surpresa(?! \w*(?:de|para))",
                      r"(?:casa|castelo|floresta) assombrad[oa]",
                      r"(?:um|uma) tremend[oa]|tremend[oa] (?:sucesso|esforço)",
                      r"(?:tremia|tremeu|tremendo|tremiam) (?:\w+ )?de frio", r"felizmente|infelizmente|por sorte",
                      r"(?:chorou|chorava|chorando|lágrimas) de (?:alegria|felicidade)")),
        ("happy", latin(r"(?:chorou|chorava|chorando|lágrimas) de (?:alegria|felicidade)", r"pulou de alegria",
                         r"deu (?:uma )?risada")),
        ("afraid", latin(r"(?:tremia|tremeu|tremendo|tremiam) (?:\w+ )?de medo")),
        ("surprised", latin(r"não (?:podia|pôde|conseguia|conseguiu) acreditar", r"não acreditava no que via",
                             r"(?:com|de|para sua|para (?:a )?sua grande) surpresa", r"arregalou os olhos",
                             r"ficou sem palavras")),
        ("angry", latin(r"franziu (?:a testa|o cenho|as sobrancelhas)", r"de cara feia",
                         r"(?:ficou|estava|ficava) brav[oa]")),
        ("happy", latin(r"sorriu|sorria|sorriam|sorrindo|sorrir|sorriso|riu|ria|riam|rindo|rir|riram|gargalhada"
                         r"|risada|feliz|felizes|contente|contentes|alegre|alegres|alegria|alegremente|radiante"
                         r"|encantad[oa]s?")),
        ("sad", latin(r"chorou|chorava|choravam|chorando|chorar|choraram|lágrimas|triste|tristes|tristeza"
                       r"|tristemente|soluçou|soluçava|soluçando|infeliz|desapontad[oa]|decepcionad[oa]|abatid[oa]"
                       r"|melancólic[oa]")),
        ("afraid", latin(r"medo|assustad[oa]s?|assustou-se|se assustou|apavorad[oa]s?|aterrorizad[oa]s?"
                          r"|amedrontad[oa]s?|tremia|tremeu|tremiam|temia|temeu|pânico|receos[oa]|preocupad[oa]s?")),
        ("angry", latin(r"zangad[oa]s?|zangou-se|se zangou|furios[oa]s?|furiosamente|fúria|raiva|irritad[oa]s?"
                         r"|rosnou|rosnava|rosnando|enfurecid[oa]s?|indignad[oa]s?")),
        ("surprised", latin(r"surpres[oa]s?|surpreendid[oa]s?|surpreendeu-se|se surpreendeu|espantad[oa]s?"
                             r"|admirad[oa]s?|atônit[oa]s?|boquiabert[oa]s?|pasm[oa]s?|perplex[oa]s?")),
        ("tired", latin(r"cansad[oa]s?|cansaço|exaust[oa]s?|esgotad[oa]s?|bocejou|bocejava|bocejando|bocejar"
                         r"|sonolent[oa]s?|com sono|fatigad[oa]s?")),
        ("neutral", latin(r"com calma|calmamente|tranquilamente|impassível|inexpressiv[oa]")),
    ],
    "nl": [
        (None, latin(r"(?:^|, )gelukkig(?=[ ,])", r"gelukkig (?:wel|maar|niet|kwam|was|had|ging)",
                      r"het kwaad|kwaad (?:doen|gedaan|deed)", r"(?:een|de) verrassing(?! \w)",
                      r"(?:rilde|rillend|beefde|bibberde)\w* (?:\w+ )?(?:van|door) de kou",
                      r"(?:huilde|huilend|tranen) van (?:geluk|blijdschap|vreugde|het lachen)")),
        ("happy", latin(r"(?:huilde|huilend|tranen) van (?:geluk|blijdschap|vreugde|het lachen)", r"van plezier",
                         r"sprong (?:\w+ )?van vreugde")),
        ("afraid", latin(r"(?:rilde|beefde|bibberde)\w* (?:\w+ )?van angst", r"in paniek")),
        ("surprised", latin(r"kon (?:het |zijn ogen |haar ogen |hun ogen )?(?:\w+ )?niet geloven",
                             r"keek (?:zijn|haar|hun) ogen uit", r"met open mond", r"hapte\w* naar adem")),
        ("angry", latin(r"fronste\w*(?: (?:zijn|haar) (?:wenkbrauwen|voorhoofd))?")),
        ("sad", latin(r"ongelukkig\w*")),
        ("happy", latin(r"lachte\w*|lacht|lachen|gelachen|lachend\w*|glimlachte\w*|glimlacht|glimlach\w*"
                         r"|grijnsde\w*|grijnst|blij|blije|blijer|vrolijk\w*|gelukkig\w*|vreugde|verheugd\w*"
                         r"|opgetogen|juichte\w*|straalde\w*")),
        ("sad", latin(r"huilde\w*|huilt|huilen|gehuild|huilend\w*|verdrietig\w*|verdriet|tranen|snikte\w*"
                       r"|snikkend\w*|treurig\w*|eenzaam\w*|bedroefd\w*|teleurgesteld\w*")),
        ("afraid", latin(r"bang|bange|banger|angst|angstig\w*|schrok|schrokken|geschrokken|doodsbang|vreesde\w*"
                          r"|beefde\w*|bibberde\w*|paniek|ongerust\w*")),
        ("angry", latin(r"boos|boze|kwaad|kwade|woedend\w*|razend\w*|gromde\w*|gromt|nijdig\w*|geërgerd\w*"
                         r"|ergerde\w* zich|chagrijnig\w*|kwaaie")),
        ("surprised", latin(r"verrast\w*|verbaasd\w*|verbaasde\w* zich|verbazing|stomverbaasd\w*|versteld")),
        ("tired", latin(r"moe|moeë|vermoeid\w*|uitgeput\w*|gaapte\w*|geeuwde\w*|slaperig\w*|doodmoe|afgepeigerd")),
        ("neutral", latin(r"bleef (?:kalm|rustig)|kalmpjes|uitdrukkingsloos|onbewogen")),
    ],
    "zh": [
        (None, cjk_words("笑话 嘲笑 取笑 玩笑 可笑 笑柄 恐怕 哪怕 积累 连累 累计 累积 困难 困境 被困 困住 困扰 "
                          "贫困 怒放 生日快乐 新年快乐 节日快乐 圣诞快乐 哭笑不得 吓唬 冷得发抖 冻得发抖 冷得直发抖")),
        ("happy", cjk_words("喜极而泣 高兴得哭 笑出了眼泪")),
        ("surprised", cjk_words("吓了一跳 吓一跳 大吃一惊 惊讶 吃惊 惊奇 惊呆 惊叹 目瞪口呆 不敢相信 难以置信 诧异 "
                                 "惊喜 瞪大了眼睛 瞪大眼睛 张大了嘴 愣住 愣了")),
        ("tired", cjk_words("没精打采 无精打采")),
        ("happy", cjk_words("笑 开心 高兴 快乐 愉快 欢喜 喜悦 欢呼 乐呵呵 兴高采烈 欢快 喜滋滋 欣喜 得意")),
        ("sad", cjk_words("哭 泪 伤心 难过 悲伤 孤单 孤独 忧伤 哀伤 抽泣 啜泣 委屈 失望 沮丧 心碎 哽咽 闷闷不乐")),
        ("afraid", cjk_words("害怕 怕 恐惧 惊恐 吓 发抖 颤抖 胆怯 惊慌 慌张 畏惧 战战兢兢 哆嗦 毛骨悚然 担心")),
        ("angry", cjk_words("生气 愤怒 发火 恼火 气坏 气呼呼 气冲冲 气愤 气得 怒 皱眉 皱起眉 咆哮 吼 火冒三丈 "
                             "暴跳如雷")),
        ("tired", cjk_words("累 疲倦 疲惫 疲劳 哈欠 困了 很困 犯困 困倦 好困 困得 筋疲力尽 精疲力竭 乏了 瞌睡")),
        ("neutral", cjk_words("冷静 面无表情 若无其事 平静地 神色平静")),
    ],
    "ja": [
        (None, cjk_words("笑われ 笑い者 驚くほど 驚くべき 怒涛 恐れ入 寒さに震え 寒くて震え 寒さでふるえ")),
        ("surprised", cjk_words("信じられなかった 信じられない 驚 おどろ びっくり 目を丸く 目をまるく 目を見張 "
                                 "目を見開 息をのん 息を呑ん 唖然 ぽかんと あっけにとられ 仰天 はっとし ハッと")),
        ("happy", cjk_words("笑 わらっ わらい わらう 微笑 ほほえ にっこり にこにこ ニコニコ にこっと 嬉し うれし "
                             "喜 よろこ 楽しそう 楽しげ たのしそう 幸せ しあわせ はしゃ")),
        ("sad", cjk_words("泣 なみだ 涙 悲し かなし 寂し さびし さみし しょんぼり 落ち込 おちこ がっかり しくしく "
                           "めそめそ 嘆")),
        ("afraid", cjk_words("怖 こわい こわかっ こわが こわくて 恐ろし おそろし 恐怖 怯え おびえ 震え ふるえ "
                              "びくびく ぞっと 恐れ おそれ 青ざめ")),
        ("angry", cjk_words("怒 腹を立 腹が立 腹立 むっと ぷんぷん かんかん 睨 にらん にらみ 眉をひそめ 顔をしかめ "
                             "しかめっ面 唸っ うなっ いらいら イライラ 憤")),
        ("tired", cjk_words("疲れ つかれ へとへと くたくた 眠い 眠そう 眠た 眠気 ねむい ねむそう ねむた あくび "
                             "欠伸 疲労 ぐったり だるそう")),
        ("neutral", cjk_words("無表情 平然 落ち着い おちつい 冷静")),
    ],
}

assert {v for rules in _POSE_RULES.values() for v, _ in rules} <= {*POSES, None}
assert {v for rules in _ACTIVITY_RULES.values() for v, _ in rules} <= {*POSES, None}
assert {v for rules in _EXPRESSION_RULES.values() for v, _ in rules} <= {*EXPRESSIONS, None}
assert set(_POSE_RULES) == set(_ACTIVITY_RULES) == set(_EXPRESSION_RULES) == set(LANGUAGES)

# ---------------------------------------------------------------------------------------------
class _Implied(str):
    """A pose read from an activity (the second pass), not from a posture or motion word."""


# The pose rules read as one list, the activities after the postures, so that what the first pass
# masks stays masked for the second; a match of an activity rule carries an _Implied value.
_COMPILED = {
    kind: {lang: [(v, re.compile(p, 0 if lang in CJK_LANGUAGES else re.IGNORECASE)) for v, p in rules]
           for lang, rules in table.items()}
    for kind, table in (("pose", {lang: _POSE_RULES[lang] + [(v and _Implied(v), p) for v, p in
                                                              _ACTIVITY_RULES[lang]] for lang in LANGUAGES}),
                        ("expression", _EXPRESSION_RULES))}
def _pick(text: str, plain: str, kind: str, language: str) -> str | None:
    """The pose or expression `text` says; `plain` is the same sentence that negations and
    clauses are read in (phrases that only look negative blanked)."""
    found = [(start, value) for start, end, value in read_rules(text, _COMPILED[kind][language])
             if not negated(plain, start, end, language)]
    leading = LEADING_RE[language].match(plain)
    main = [value for start, value in found if leading and start >= leading.end()]
    for values in (main, [value for _, value in found]):
        # a posture or motion word first; an activity only where the clause has none
        said = [value for value in values if not isinstance(value, _Implied)] or values
        if said:
            return str(said[0])
    return None


# What someone is seen doing is the pose of the one seen, not of who looks ("the children came to
# see it sleeping": the children walk; they had been drawn lying in the street).
_SEEN_DOING = {"en": re.compile(r"(?<!\w)(?:see|sees|saw|seen|seeing|watch|watches|watched|watching|find|finds"
                                r"|found|hear|hears|heard|notice|noticed|spot|spotted|catch|caught)\s+(?:it|him|her"
                                r"|them|us|me|(?:the|a|an|his|her|their|its)\s+\w+|[A-Z]\w+)\s+\w+ing(?!\w)")}


def acting(sentence: str, language: str) -> dict:
    """{"pose": one of POSES or None, "expression": one of EXPRESSIONS or None}: what the words say
    plainly; None where they say nothing (never guess). `language` is an ISO code; an unknown one
    is read as English.

    The pose and the face of the sentence's main character: of several, the one named first (in
    the main clause when a subordinate clause leads); a negated one ("was not afraid", "不怕")
    says nothing. Walking includes going, coming, stepping and hurrying; running is ran, raced,
    rushed, fled, chased; going up stairs or a ladder is climbing; holding includes carrying,
    lifting, picking up, giving and hugging; standing includes waiting and stopping; kneeling
    includes crouching and bending down. Where no such word is said, an activity gives the pose
    (the second pass): mending, cooking, fishing, throwing, reading or writing holds; planting,
    digging or building a snowman kneels; searching, returning, fetching, visiting, crossing or
    following walks; cycling, driving, rowing, eating or knitting sits.
    """
    lang = (language or "en").lower().replace("_", "-").split("-")[0]
    lang = lang if lang in _POSE_RULES else "en"
    plain = normal(sentence or "")
    # The text the negation check reads: phrases that only look negative are blanked.
    negations = masked(plain, NOT_NEGATIONS_RE[lang])
    unquoted = masked(plain, QUOTED)
    if lang in _SEEN_DOING:
        unquoted = masked(unquoted, _SEEN_DOING[lang])
    return {"pose": _pick(unquoted, negations, "pose", lang),
            "expression": _pick(plain, negations, "expression", lang)}


# Where one character's part of a sentence may end: a clause break ("Frieda sat down sadly, but
# Bruno barked happily"); a bare "and" joins subjects ("Rosa and Tomás ran") and is no break.
_BREAK = re.compile(r"[,;:，；、]|\s(?:but|while|whereas|doch|aber|während|pero|mientras|mais|tandis que|ma|mentre"
                    r"|mas|enquanto|maar|terwijl)\s", re.IGNORECASE)
_JOIN = 5  # characters: a part that has only a joining word after the name ("Rosa y ") shares the next one's verb
# Or a joining word and a few words naming who follows ("Frieda und ihr Hund Bruno", "Doña Rosa y su
# nieto Tomás", "Mia and her little brother Sam"), saying nothing of what anyone does.
_AND = re.compile(r"\s*(?:and|und|y|e|et|en|ed|和|与|跟|同|と|や)(?!\w)", re.IGNORECASE)
_JOIN_WORDS = 4


def _joined(between: str, language: str) -> bool:
    """Whether the words between two names only join them as subjects of one verb."""
    if len(between.strip()) <= _JOIN:
        return True
    short = len(between) <= 8 if language.split("-")[0].lower() in CJK_LANGUAGES else \
        len(between.split()) <= _JOIN_WORDS
    return bool(_AND.match(between)) and short and acting(between, language) == {"pose": None, "expression": None}


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
                _joined(sentence[order[j][1][1]:ends[j]], language):
            j += 1  # "A and B ran": A's part is its name and a joining word; it shares B's verb
        out[eid] = acting(sentence[start:ends[j]], language)
    return out


__all__ = ["CJK_LANGUAGES", "EXPRESSIONS", "LANGUAGES", "POSES", "acting", "acting_each"]
