"""Escalation versus de-escalation: context rules, sentence scores and the document summary.

The shipped lexicon (``lexicons/escalation.yaml``) says which words and verb–object pairs are
conflict or cooperation events and how intense they are (0..10, the absolute Goldstein weight
of the nearest CAMEO code). Single words do not carry direction, the verb does, so after
matching :func:`apply_rules` reads each hit in its sentence and adjusts it. Hits are never
mutated: adjusted hits are new :class:`~analysis.matching.Match` objects
(``dataclasses.replace``); dropped hits are left out.

The rules, in order (names in :data:`RULES`; any can be skipped for ablation), each with the
sentences it was written for: [seed] is the seed article (Russia-Ukraine, 24 October 2023),
[dev] the development split of the CAMEO-coded news sentences (ConfliBERT; shortened quotes).

``names``
    Words that are part of a name, or not an event, are dropped: "Amnesty International
    condemned..." (not an amnesty), "Nobel peace prize winner Aung San Suu Kyi urged..."
    [dev]; "to **deal** with the crisis" (a verb, not an agreement); "**returned** home",
    "the troops have **returned**.", "samples **returned** from the lunar station",
    "**returned** three years later";
    "Trump **signed** an executive order" [dev] (a government acting alone, not CAMEO 057);
    an escalation word that names what a stop stops ("halted its nuclear **test**
    moratorium", "a **strike** ban");
    a "**must**" that states a condition, not a demand ("must be a member of", "must have
    known", "must be approved by the board", "the committee, which must approve"), that is
    asked of both sides together or of the speakers themselves ("Iran and Iraq must", "the two
    sides must", "we in Europe must"), or that asks for a regard or infers ("must be seen
    as", "must be registered", "this must seem"), or that has no side as its subject ("the
    new pipeline must carry oil", "said it must"; a side is a name, a side's noun or a
    pronoun for a side addressed: "told Israel that it must").
    An agent noun ("the **gunmen**", "a suicide **bomber**", "their **kidnappers**") in a
    sentence that reports an act of either direction names a side of that act, not a second
    event, and is dropped ("**gunmen** who attacked a police station", "the hostages were
    freed by their **kidnappers**"); CAMEO codes such nouns as actors and the verb as the
    event. Alone it stands for the act it names ("police are hunting the **bombers**").
``negation``
    The matcher's ``negated`` flag (:meth:`analysis.text.Article.negator`: *no, not, never,
    without, n't, denied, rejected, refused to, failed to, unable to, the failure (of a side)
    to, declined to, refrained from, ruled out, turned down, voted against, unaware of*, and
    the verbs of avoidance *avoided, averted, prevented, forestalled, staved off* earlier in
    the same clause, up to a scene it opens after the act: "failed to agree **during** three
    days of talks" leaves the talks held, :data:`analysis.text.SCENE_OPENERS`; and after a
    subject, a predicate that rules it out, *is out of the question, is off the table, is not
    on the table or agenda, is not an option*, a refusal, or *was not reported*, none). A negated
    de-escalation hit becomes a rejection, when it is a refusal (:func:`_refusal`: a
    verb of refusal, "refused to" within :data:`REFUSAL_REACH` tokens, or a particle at most
    :data:`DIRECT_NEGATION` tokens before it that negates the cooperation itself, not another
    verb: "did not affect the talks" refuses nothing; declining to tell refuses a statement,
    CAMEO 014, not what it is about: "**declined to comment on** the talks", "**refused to
    give details of** the ceasefire talks", :func:`_tells_nothing`, which holds of the
    lexicon's refusal entries too):
    "there can be **no ceasefire** until the invaders leave" (but "there would be no formal
    talks" only says they are absent: no event), "have **failed to reach agreement** on a
    prisoner exchange"
    [dev], "Cuomo has **declined to resign**" [dev], "it **will not lift the ban** on LTTE"
    [dev] -> direction escalation,
    category ``rejection``, weight :data:`REJECT_WEIGHT` (CAMEO 125-127, -5.0) for talks,
    mediation, agreements and ceasefires, else :data:`REFUSE_WEIGHT` (CAMEO 12, -4.0). A
    negated escalation hit is dropped: an attack that did not happen is no event ("the army
    **did not attack**", "**without retaliation**", "kept to its waters, **avoiding a
    clash**"; "Moscow **denied attacking**" is CAMEO 016 deny responsibility, a statement,
    and so is cooperation denied as done: "Iran **denied holding** secret talks" refuses
    nothing, "Israel **denied access** to the convoys" does; a noun in -ing after the verb
    reads as a gerund too, "denied funding"). Words that are events only when refused
    ("allow", "accept") are lexicon entries marked ``negated_only``: they reach this rule only
    negated, and it makes their refusal a rejection ("will **not allow** Iran to use the
    missiles").
    Cooperation after a verb of avoidance is no event either way ("**averted a breakdown of
    the talks**" refuses nothing).
``content``
    What is rejected, demanded or alleged is not an event; the rejection, demand or
    accusation is. De-escalation hits in the same clause (ten tokens) after *reject, refuse,
    oppose, veto, violate, breach, infringe, must, demand, insist, ultimatum, deadline,
    pressure, accuse, allege, charged, convicted, arrested for*, or after a hit the
    ``negation`` rule made a rejection, are dropped ("in **violation of** international
    agreements" names what was broken, not a deal): "parliament again **rejected** Prime
    Minister Theresa May's Brexit deal", "North Korea **must** first disarm before it can
    receive aid", "Russia says Israel **must** end attacks on Syria", "was **arrested for**
    collaborating with a terrorist group", "will **not lift the ban** on LTTE as a
    precondition for starting negotiations" [dev].
    Escalation hits after an accusation count x :data:`MODAL_FACTOR` ("**allegedly**
    failing to report...", "**accused** Syrian troops of committing a war crime" [dev]).
``cessation``
    Stopping an escalation is de-escalation: "Erdogan agreed to a ceasefire **halting Turkey's
    incursion**", "the tribe agreed to **call off their protest**" [dev] (CAMEO 087 de-escalate
    military engagement, +9.0; 085 ease sanctions, +7.0; else 08 yield, +5.0), and so is a
    stance a side drops, withdraws or waives ("**dropped its veto**", "**withdrew its
    threat**"; not force: "dropped bombs"). Stopping
    cooperation is escalation: "USAID had announced a **suspension of aid**" (CAMEO 162, -5.6),
    "has **cancelled a planned visit** to Washington" [dev] (160 reduce relations, -4.0),
    "**ceased its military aid**", "**discontinued its aid**" (stopped, discontinued or ceased,
    as halted); halted talks 164 (-7.0); "threatened to **end U.N. peacekeeping**" (a name
    between the stop and what it stops is skipped, and so is a one-word duration: "**ended an
    18-month impasse**"); talks "**jeopardized**" are set back too, and so is a treaty an act
    "**would threaten**" ("an operation in Rafah would threaten the peace treaty"; a threat to
    act is rule ``threat``'s: "threatened to resume talks" stops nothing). The lexicon's
    verb–object entries ("halt attacks", "suspended military aid", "lifted sanctions") catch the
    common pairs; this rule catches the rest, and reads an escalation verb–object hit for a
    stop before it too ("**lifted its freeze on aid**"), and so a cooperation one opened by a
    noun of giving ("**stopped the delivery of** Leopard tanks", "**paused a shipment of**
    bombs", "**intercepted a shipment of** Iranian weapons"). What is taken up again is not
    stopped: "will **resume the suspended talks**", nor what a stop lifted, ended or set aside
    held back: "**lifted the suspension of** military aid" (:func:`_stop_ended`); a meeting, a
    summit or a visit that ends was held: "the ministers **ended a two-day meeting**"
    (:func:`_concluded`). A moratorium stops what it is on ("agreed to **a moratorium on
    strikes**"), unless it is itself broken or ended, and what it held back
    goes on: "**broke its moratorium on** nuclear tests" (:func:`_stop_ended`). Revoking,
    rescinding or repealing ends an escalation as lifting does ("**revoked the ban on** arms
    sales"). A conflict that dies down of itself, the escalation hit as the subject of a verb of
    abating later in its clause, is de-escalation too ("Turkey pulled warships back as **the
    threat of conflict** with Greece **abated**", "the clashes **died down**", "the bombing
    operations may **cease**"; not "has not subsided", nor "the raids eased pressure on", nor
    the infinitive after a refusal, a demand or a threat, "Tehran's **refusal to cease**
    enrichment": :func:`_subsided`).
``feared``
    An escalation hit that is only feared, risked or guarded against has not happened and is
    dropped, as a negated one is: governed by a noun of risk or fear ("**the risk of** Iranian
    attack on U.S. warships is rated low", "**the danger in** more attacks on soft targets",
    "**fears of** renewed hostilities", "**the possibility of** military action"), by a word
    of what is only expected or possible ("**anticipated** retaliation", "a warning of
    **possible** attacks"; not "**as expected**, Israel attacked", nor "**is expected to**
    attack", a plan read as "will" is), by a side braced for it ("Kyiv **is bracing for** a
    new Russian offensive") or by a verb of protection
    ("**to protect** the tankers **from** Iranian attacks"). CAMEO codes
    only what happened; the rule reads the noun, not the verb, so "dozens **feared
    captured**" (believed captured) stays an event. Cooperation named as an idea, a notion, a
    possibility or a prospect is only supposed and dropped too ("**the idea of** sending
    military aid", "**the possibility of** a meeting"; not "the prospects of **the** talks",
    which are going on: :func:`_only_an_idea`). A hit of either kind that a side planned and
    then dropped will not happen and is dropped as well ("the government **scrapped plans to**
    cut foreign aid", "Washington **shelved plans to** withdraw troops": :func:`_plan_dropped`).
``threat``
    An escalation hit governed by a threat verb is a threat, not the act ("Hezbollah
    **threatened to strike** Haifa", "Kyiv **vowed to retaliate**"; a promise, a pledge or an
    offer of force threatens it too, "**promised retaliation**"): one hit, category
    ``threat``, weight x :data:`THREAT_FACTOR` (CAMEO 138 threaten force, -7.0, over 190 use
    force, -10.0). An attributive participle is no act threatened ("vowed to rebuild the
    **destroyed** towns"). A threat lifted is de-escalation ("**ending any threat of** strike
    action", "the rebels **ended their threat of** attacks"): the ceased act's weight x
    :data:`THREAT_FACTOR`.
``intent``
    A de-escalation hit governed by a promise, offer or aim is an intent to cooperate ("the
    United States is **willing to provide** a ... loan guarantee" [dev], "discussions **aimed
    at de-escalating** the conflict" [seed]): weight x :data:`INTENT_FACTOR` (CAMEO 0331 intent
    to provide economic aid, +5.2, over 071 provide economic aid, +7.4).
``modality``
    A hit under *could, might, may, would* (four tokens back) is a possibility, not an event
    ("Moscow **would launch** a new offensive if the talks fail"; "any progress made during
    these discussions **could** significantly influence..." [seed]), and so is a noun hit that
    is the subject of a modal passive after it ("new sanctions on Myanmar's generals **could be
    imposed** next month"; not "could be seen as"): weight x :data:`MODAL_FACTOR`. An act of
    force under *could, might, may* is only a risk, as in ``feared``, and no event at all
    ("Moscow **could launch** a new offensive").
``frames``
    Statements and appeals (CAMEO 01 and 02, the "make a statement" pentaclass). The hits after
    a statement cue in the sentence report what was said, and share a total weight of
    :data:`FRAME_WEIGHT`: "the Taliban **claimed responsibility** for the attack, which killed
    and injured dozens" (or admitted, accepted or acknowledged it), "Ethiopia's government
    **rejected accusations** ... of ethnic cleansing", "**reports that** Iran meant to attack
    ships **were baseless**" (a report denied after it is told), "**expressed pessimism** about
    ... a partner in negotiations" [dev], "**hoping for** a breakthrough that could pave the way
    for a lasting peace" [seed]; refusals to tell and denials ("**declined on Friday to say
    whether** its jets had bombed", "**would not comment on** the shelling", "**denied that**
    detainees had been beaten"), questions put ("**asked whether** the air raid had killed
    civilians"), an attack claimed ("**claim** Kabul hotel siege"), a response weighed, sadness,
    upbeat comments and wreaths
    laid. After an appeal cue (*urged, called on/for, appealed, asked ... to/for, sought,
    pushed for*; not "asked how ...", a question, nor a plea in court, "pleaded guilty", nor
    refuge sought or a courtesy call) de-escalation hits share the same budget ("the UN
    **urged** both sides to agree to a ceasefire"), and so do the escalation hits after one in
    its clause, what the restraint asked for is shown to ("urged the junta to show restraint
    toward **protesters**");
    escalation hits become a demand (CAMEO 10, weight at most
    :data:`DEMAND_WEIGHT`): "EU **called for sanctions** against individuals..." [dev], except
    whom the appeal asks, who share the budget ("**appealed to** opposition protesters to
    refrain from violence", :func:`_addressee`), and unless
    a relative, "but" or a new clause after "and" (*said, was, were, has, had, deemed...*)
    comes between ("called on Ghana and Mali, **which dispatched troops**", "appealed to the
    army for a truce, **and were rejected**": what they did, not what was asked). A cue in a
    scene governs its own clause only ("**after** the UN urged calm, militias clashed": the
    clash is the news).
``background``
    Scene-setting and conditions count x :data:`BACKGROUND_FACTOR`: hits in a clause opened by
    *after, following, amid, despite, during, before, until, unless, if, regarding,
    concerning, in the wake of, in response to, due to, because (of), even as, although,
    though, citing, fleeing*, or by a present participle that opens the sentence ("**Refusing**
    to give up power, Mugabe agreed to power-sharing"), by a relative *who, which, that* (before
    *has, have, had*), or by *as* after a comma ("3,000 Islamic State members have surrendered ...,
    **as** air raids and shelling resumed", "surge in hostilities comes just a day **before**
    crucial peace talks" [seed]); conflict hits after a concession in the sentence ("Libya **freed**
    37 prisoners, including ... a former detainee ... who had been jailed" [dev]); a participle
    that describes a noun after a determiner, a number, a preposition or a verb of care
    ("evacuated **wounded** soldiers"), a state rather than the event ("A **kidnapped** Saudi
    Arabian diplomat has been freed" [Reuters 1987], "sent medicine for **injured**
    Palestinians"), or after the object of the clause's main event, as a reduced relative clause
    ("exchanged the bodies of soldiers **killed in** the fighting"); conflict hits that are the
    topic of talks or a deal ("struck a deal **on** tariffs", "met to **discuss the
    shooting**"), cooperation a side cuts ties, protests or threatens over ("recalled its
    ambassador **over the deal**"), what a truce stops ("a ceasefire **in** the fighting"), what
    a side is criticised or arrested for or over ("**denounced** Arafat **for signing** the Wye
    accord", "**slams** Tokyo **over** war shrine visit", "was **arrested for collaborating**
    with" the rebels: the criticism or the arrest is the event) or accused of ("**accused of
    plotting to attack** a newspaper"), or what an apology is for or over, with the rest of its
    clause ("**apologised for** the air strike that killed 12 civilians"). The main event decides:
    where a sentence also has a hit outside any such scene, or a statement or appeal cue outside
    any (then the clauses opened before their hits and the describing participles only: "the
    UN urged restraint **a day after** troops fired on crowds" reports the appeal), the hits in
    clauses opened by those words (not the relatives, unless in the past perfect: "the army,
    **which had besieged** the town, opened a corridor"), the describing participles and what
    follows them (also after a pronoun subject: "pulled out of the towns **they captured**"),
    what a truce stops,
    what is discussed and what is criticised, arrested for, accused of or apologised for weigh x
    :data:`SETTING_BESIDE_MAIN_FACTOR`, that is nothing ("Budapest calm **after** night of
    violent protests" is calm). A past event named only as a date or as what is remembered
    weighs nothing even alone: the event of an anniversary or a commemoration ("marked the
    30th **anniversary of** the genocide", "the **centenary of** annexation"), the object of
    "since" as a preposition ("exports have doubled **since the** ceasefire", "30 years **since**
    genocide"), what a suspect is one in ("extradited a **suspect in** the hotel bombing"), each
    read in the hit's own clause.

A hit changed by ``negation``, ``cessation``, ``threat`` or ``intent`` is widened to include its
trigger word, and a trigger that was a hit of its own ("threatened", "rejected", "suspended",
"willing to") is absorbed into it, so that "threatened to strike" is one threat, weaker than a
strike, and "did not attend the peace talks" one rejection.

Every changed hit names the rules that changed it (``rule``) and, where it is no plain report
of an act, its ``modality`` ("threatened", "intended", "possible", "alleged", "stated",
"appealed", "addressed", "demanded"). The rules read the article's own sentences, clauses,
tokens and negation scope (:mod:`analysis.text`). The hits then become events
(:mod:`analysis.events`); :class:`EscalationMeasure` scores sentences by their events
(:func:`score_events`, :func:`direction_of`) and gives the document figures.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Any, ClassVar

from .actors import PASSIVE_AUX, is_passive
from .document import Document, Measure, Statistic
from .errors import ParameterError
from .events import Event
from .files import stable_float
from .lexicon import Lexicon
from .matching import Match
from .text import (
    ABSENCE_NOUNS,
    ASIDE_WORDS,
    AVOIDING,
    BE_FORMS,
    DENYING,
    DETERMINERS,
    FINITE_AUX,
    NEGATING_PARTICLES,
    NUMBER_WORDS,
    SCENE_OPENERS,
    TELLING_VERBS,
    UNHAPPENED,
    WEEKDAYS,
    YEAR,
    Article,
    Span,
    Token,
    fold,
    is_finite_past,
)

__all__ = [
    "BACKGROUND_FACTOR",
    "DEMAND_WEIGHT",
    "DIRECTIONS",
    "DIRECTION_THRESHOLD",
    "FRAME_WEIGHT",
    "INTENT_FACTOR",
    "MODAL_FACTOR",
    "REFUSE_WEIGHT",
    "REJECT_WEIGHT",
    "RULES",
    "SETTING_BESIDE_MAIN_FACTOR",
    "THREAT_FACTOR",
    "EscalationMeasure",
    "apply_rules",
    "direction_of",
    "score_events",
    "turning_point",
]

#: The values of the ``direction`` column of the sentences frame.
DIRECTIONS = ("escalation", "de-escalation", "neutral")
_ESC, _DE, _NEUTRAL = DIRECTIONS

#: The context rules, in the order they are applied (see the module docstring).
RULES = (
    "names",
    "negation",
    "content",
    "cessation",
    "feared",
    "threat",
    "intent",
    "modality",
    "frames",
    "background",
)

#: A sentence leans one way when its signed score is beyond this, else it is neutral. 1.0 is
#: the weakest CAMEO event with a direction (040 consult, +1.0): a sentence must carry more
#: than one consultation's worth of net intensity, so statement frames (at most
#: :data:`FRAME_WEIGHT` in all) and balanced sentences stay neutral.
DIRECTION_THRESHOLD = 1.0

#: Tokens that may stand between a negating particle and the cooperation it turns into a
#: refusal ("did not attend the peace talks": two).
DIRECT_NEGATION = 3

#: Tokens that may stand between a verb of refusal with "to" and the cooperation it refuses
#: ("refused to attend the peace talks": three); further on, the refused act is another one
#: ("declined to identify which issues remained to be resolved and when the talks would
#: resume").
REFUSAL_REACH = 6

#: Nouns of what is told: refusing "to give details of the talks", "to discuss specifics of
#: the ceasefire" refuses a statement, as refusing "to comment on" them does.
_DETAILS = frozenset({"details", "detail", "specifics"})


def _tells_nothing(words: list[str]) -> bool:
    """Whether the words after a verb of refusal (folded) refuse a statement, not an act
    (CAMEO 014 decline comment): "to" and a verb of telling (:data:`TELLING_VERBS`: "declined
    to comment on the talks"), or a noun of what is told right after its verb ("refused to
    give details of the ceasefire talks", "declined to discuss details of the talks")."""
    if words[:1] != ["to"] or len(words) < 2:
        return False
    return words[1] in TELLING_VERBS or bool(_DETAILS.intersection(words[2:4]))


#: Negated cooperation with talks, mediation, agreements or ceasefires: CAMEO 125 reject
#: proposal to meet or negotiate, 126 reject mediation, 127 reject plan or agreement (-5.0).
REJECT_WEIGHT = 5.0
#: Any other negated cooperation: CAMEO 120-124 reject, refuse (-4.0).
REFUSE_WEIGHT = 4.0
_REJECT_CATEGORIES = frozenset({"negotiation", "mediation", "agreement", "ceasefire"})

#: Threat / act: CAMEO 138 threaten with military force (-7.0) over 190 use conventional
#: military force (-10.0). The same ratio maps sanctions (163, -8.0) to a threat of sanctions
#: (1312, -5.8): 8.0 x 0.7 = 5.6.
THREAT_FACTOR = 0.7
#: Intent / act: CAMEO 033 express intent to provide aid (+5.2) over 07 provide aid (+7.4).
INTENT_FACTOR = 0.7
#: A possibility ("could launch") or an allegation is half an event; CAMEO codes only what
#: happened.
MODAL_FACTOR = 0.5
#: Total weight of the hits inside a statement or an appeal for cooperation: CAMEO 013 make
#: optimistic comment (+0.4), the largest |Goldstein| among the 01 statement codes, below
#: :data:`DIRECTION_THRESHOLD`.
FRAME_WEIGHT = 0.4
#: An appeal for conflict ("called for sanctions") is a demand: CAMEO 10 (-5.0).
DEMAND_WEIGHT = 5.0
#: Scene-setting and conditional clauses count half.
BACKGROUND_FACTOR = 0.5
#: ... and nothing in a sentence that also reports a main event (a hit outside any scene):
#: the scene an event is set in does not outweigh it. Relative clauses ("who was also killed
#: in the airstrike") are left at half: they often carry an event of their own.
SETTING_BESIDE_MAIN_FACTOR = 0.0
#: Openers of relative clauses among the background openers.
_RELATIVES = frozenset({"who", "whose", "which", "that"})

#: Weight of a ceased escalation, by the category that ceased: CAMEO 087 de-escalate military
#: engagement (+9.0); 085 ease economic sanctions (+7.0); else 08 yield (+5.0).
_CESSATION_WEIGHT = {
    "military_action": 9.0,
    "violence": 9.0,
    "retaliation": 9.0,
    "mobilisation": 9.0,
    "intensification": 9.0,
    "sanctions": 7.0,
}
_CESSATION_DEFAULT = 5.0
#: Weight of ceased cooperation: CAMEO 164 halt negotiations (-7.0), 165 halt mediation
#: (-6.5), 196 violate ceasefire (-9.5); 162 reduce or stop aid (-5.6); for a meeting or visit
#: (weight under 4), 160 reduce relations (-4.0).
_HALT_WEIGHT = {"negotiation": 7.0, "mediation": 6.5, "agreement": 7.0, "ceasefire": 9.5}
_HALT_DEFAULT = 5.6
_HALT_MINOR = 4.0

# -- trigger words (lowercase tokens, apostrophes as ') -------------------------------------

#: The verb "end" in its forms, a stop of either kind ("ended the fighting", "ended its aid").
_END = r"end(?:s|ed|ing)?"
_END_RE = re.compile(_END)
#: Stems of the verbs and nouns that stop either kind of act ("halted the attacks", "halted
#: aid"), and "end" and "cease" in their forms; each kind adds its own below.
_STOP = r"halt|stop|discontinu|cancel|abandon|postpon|call|reduc"
_END_OR_CEASE = rf"{_END}|cease[sd]?|ceasing"
#: ``cessation``: verbs and nouns that stop an escalation ("halted the attacks", "lifted the
#: blockade", "eased the curfew", "a moratorium on strikes", "revoked the ban on arms sales").
_CEASE_ESC = re.compile(
    rf"(?:{_STOP}|suspen(?:d|sion)|curb|lift|remov|lower|defus|relax|moratori|revok|rescind|repeal)"
    rf"\w*|{_END_OR_CEASE}"
    r"|eas(?:e|es|ed|ing)|paus(?:e|es|ed|ing)"
)
#: ``cessation``: verbs by which a side gives up a stance of its own, a yield (CAMEO 08) for a
#: stance only ("dropped its veto", "withdrew its demand", "waived its objection"): dropped or
#: withdrawn force stays force ("planes dropped bombs", "withdrew under fire").
_GIVE_UP = re.compile(r"(?:drop|withdr[ae]w|waiv)\w*")
#: The stances :data:`_GIVE_UP` gives up: verbal conflict (CAMEO 10-13) and sanctions.
_STANCES = frozenset({"rejection", "demand", "threat", "disapproval", "sanctions"})
#: ``cessation``: verbs and nouns that stop or cut cooperation ("suspended aid", "broke off
#: talks", "voted to halve aid", "ended its aid", "undermined the peace talks", "tried to
#: torpedo the peace process", "jeopardized the talks", "would threaten the peace treaty",
#: "paused a shipment of bombs", "withheld its support").
_CEASE_DE = re.compile(
    rf"(?:{_STOP}|suspen|freez|froze|cut|halv|scrap|withdr[ae]w|broke|break|pull|walk|undermin|"
    r"paus|delay|withh[oe]ld|intercept|seiz|confiscat|"
    rf"torpedo|sabotag|derail|wreck|scupper|jeopardi[sz]|endanger|imperil|threaten)\w*|"
    rf"{_END_OR_CEASE}"
)
#: ``cessation``: the nouns of giving that open a verb–object hit of cooperation in the
#: lexicon ("the delivery of Leopard tanks", "a shipment of bombs"), which a stop before it
#: cuts as it cuts a bare hit ("Germany stopped the delivery of Leopard tanks").
_GIVING = re.compile(r"deliver(?:y|ies)|shipments?|consignments?|suppl(?:y|ies)")
#: Verbs that end a stop, so that the act goes on: "broke its moratorium on nuclear tests",
#: "lifted its moratorium on air raids", "violated their moratorium on attacks", "lifted the
#: suspension of military aid".
_STOP_ENDED = re.compile(rf"{_END_OR_CEASE}|(?:broke|break|violat|lift|scrap|abandon)\w*")
#: Phrasal verbs of those, which need their particle ("called off", "broke off", "pulled out").
_PHRASAL = re.compile(r"(?:call|broke|break|pull|walk)\w*")
_PARTICLES = frozenset({"off", "out"})
#: Words that may sit between a stop verb and the hit ("halted the planned visit").
_CEASE_SKIP = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "all", "any", "further", "of", "planned",
     "scheduled", "proposed", "ongoing", "recent", "new", "on", "to", "this", "that", "these",
     # a duration of it: "ended four years of fighting", "halted weeks of shelling"
     "several", "many", "days", "weeks", "months", "years", "decade", "decades"}
) | NUMBER_WORDS  # fmt: skip
#: Words of a possessor before its "'s" that may stand between a stop verb and the hit
#: ("cancelled the foreign minister's visit", "halted Prime Minister Modi's trip").
_OWNER_WORDS = 3
#: ... and a duration in one word: "ended an 18-month impasse", "a decade-long war"
_UNITS = r"(?:day|week|month|year|decade)s?"
_DURATION = re.compile(rf"[\w.]+-{_UNITS}(?:-long|-old)?|{_UNITS}-long")
#: ``threat``: threat verbs ("threatened to strike", "vowed to retaliate") ...
_THREAT = re.compile(r"threat\w*|vow\w*|warn\w*|menac\w*|poised")
#: ... and promises, pledges and offers, which before an act of force threaten it ("promised
#: retaliation", "offered to assassinate"; before cooperation they are ``intent``), with only
#: bridge words or an adjective of the act between (:func:`_promised`).
_PROMISE = re.compile(r"pledg\w*|promis\w*|offer\w*")
#: Words of what is only expected ("anticipated retaliation", "the expected offensive", "an
#: impending attack", "an imminent invasion"; not "as expected" nor "is expected to":
#: :func:`_as_foreseen`).
_EXPECTED = ("anticipated", "expected", "impending", "imminent")
#: ``feared``: nouns of risk and fear before the hit (:func:`_trigger`), what is only possible
#: ("a warning of possible attacks") or expected ...
_FEARED = re.compile(
    r"risks?|dangers?|fears?|fearing|possibilit(?:y|ies)|prospects?|likelihood|chances?|"
    r"spect(?:re|er)s?|possible|" + "|".join(_EXPECTED)
)
#: ... or braced for, "for" up to :data:`_BRACED_REACH` tokens before the hit ("Kyiv is
#: bracing for a new Russian offensive").
_BRACING = re.compile(r"brac(?:e|es|ed|ing)")
_BRACED_REACH = 5
#: ... and verbs of protection before "from" or "against" ("protect the tankers from attacks").
_PROTECTING = re.compile(r"protect\w*|shield\w*|safeguard\w*")
#: How far back from "from"/"against" a verb of protection may stand.
_PROTECTION_REACH = 8
#: ``feared``: nouns of an idea or a prospect, before cooperation only supposed ("the idea
#: of sending military aid", "the possibility of peace talks"; :func:`_only_an_idea`) ...
_IDEA = re.compile(r"ideas?|notions?|possibilit(?:y|ies)|prospects?")
#: ... unless a definite word names cooperation that is there: "the prospects of the talks".
_DEFINITE = (DETERMINERS - {"a", "an"}) | {"this", "these", "those", "our"}
#: ``intent``: promises and offers ("pledged to provide aid", "willing to hold talks").
_INTENT = re.compile(
    r"pledg\w*|promis\w*|vow\w*|offer\w*|willing|ready|prepared|intends?|plans?|aim\w*"
)
#: Tokens that may sit between a threat/intent trigger and its hit.
_BRIDGE = frozenset(
    {"to", "the", "a", "an", "its", "their", "his", "her", "all", "any", "further", "new",
     "more", "of", "with", "on", "at", "against", "be", "have", "launch", "carry", "out",
     "conduct", "use", "take", "military", "fresh", "possible", "deadly", "massive", "also",
     "continue", "continued", "provide", "give", "send", "hold", "start", "begin", "resume"}
)  # fmt: skip
#: ``modality``: modal auxiliaries of possibility.
_MODALS = frozenset({"could", "might", "may", "would"})
#: ... of which these make an act of force only a risk, as the rule ``feared`` reads it; "would"
#: (a stated intention, a condition: "said it would retaliate if ...") keeps it, at half.
_OF_RISK = _MODALS - {"would"}
#: Words before "deal" that make it a verb: "to deal with", "will deal with".
_BEFORE_A_VERB = _MODALS | {"to", "will", "can", "must", "should", "and"}
_MODAL_RE = re.compile("|".join(sorted(_MODALS)))
#: ``content``: openers of what is rejected, demanded or alleged (what is expelled is
#: rejected too: "expelled some of the U.N. peacekeepers" holds no cooperation).
_REJECTING = re.compile(
    r"reject(?:s|ed|ing)?|refus\w*|dismiss(?:es|ed|ing)?|oppos(?:e|es|ed|ing)|veto(?:es|ed)?|"
    r"spurn\w*|snub\w*|violat\w*|breach\w*|infring\w*|contraven\w*|flout\w*|expel\w*"
)
_DEMANDING = re.compile(r"must|demand\w*|insist\w*|ultimatum\w*|deadline\w*|pressur\w*")
_ACCUSING = re.compile(r"accus\w*|alleg\w*|charged|charges|convict\w*")
_CONTENT_REACH = 10

#: ``frames``: statement cues (CAMEO 01; concern, dismay, shock and surprise expressed are the
#: open event-data verb dictionary's pessimistic comments, 012, and its disappointment,
#: displeasure and anger disapproval, 110-111, which the lexicon reads).
_STATEMENT_RE = re.compile(
    r"\b(?:express\w*|voic\w*)\s+(?:\w+\s+){0,2}?(?:concern|condolence|regret|sorrow|sympath|"
    r"hope|optimis|pessimis|dismay|shock|surprise|sadness|alarm|worr)\w*"
    r"|\bcondolence\w*|\b(?:claim|admit|accept|acknowledg)\w*\s+(?:\w+\s+)?responsibility"
    r"|\bclaim(?:s|ed)?\s+(?:that\s+)?(?:they|it|he|she|we)\b"
    # (an attack claimed is responsibility claimed for it: "Taliban claim Kabul hotel siege")
    r"|\bclaim(?:s|ed)?\s+(?:[\w'’-]+\s+){0,3}?(?:attacks?|bombings?|siege|assault|ambush|"
    r"raids?|blasts?|killings?|kidnappings?|abductions?)\b"
    r"|\bdeclin\w*\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:comment|say|confirm|specify|disclose)\b"
    r"|\b(?:would|will|did|could|do|does)(?:\s+not|n't)\s+(?:comment|say|confirm|"
    r"speculate)\b|\brefus\w*\s+to\s+(?:comment|say|confirm)\b"
    r"|\b(?:mum|silent|tight-lipped)\s+(?:on|about|over)\b|\bno\s+information\b"
    r"|\b(?:asked|pressed|questioned)\s+(?:\w+\s+){0,2}?(?:whether|if|on\s+reports?)\b"
    r"|\bweigh(?:s|ed|ing)?\s+(?:\w+\s+)?(?:response|options|retaliation)\b"
    r"|\b(?:saddened|upbeat)\b|\b(?:lay|lays|laid|laying)\s+(?:a\s+)?wreaths?\b"
    r"|\bden(?:y|ies|ied|ying)\s+(?:\w+\s+){0,2}?(?:that|(?:any\s+)?(?:role|involvement|"
    r"responsibility|part))\b|\b(?:it|they|we)\s+(?:was|were)\s+behind\b|\bconsider(?:s|ing)\b"
    r"|\bexplor\w*\s+(?:the\s+)?possibilit\w*|\bmull(?:s|ed|ing)\b"
    r"|\bhop(?:e|es|ed|ing)\b|\b(?:optimistic|pessimistic|skeptical|sceptical)\b"
    r"|\b(?:den(?:y|ies|ied|ying)|reject\w*|dismiss\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:accusation|allegation|claim|charge|report)s?\b"
    r"|(?P<denied>\b(?:accusation|allegation|claim|charge|report)s?\s+(?:that|of)\s+"
    r"[^.;:!?]{0,150}?\b(?:is|are|was|were|as)\s+[\"“']?(?:\w+\s+)?[\"“']?"
    r"(?:baseless|groundless|unfounded|untrue|false|fabricat\w*|lies|propaganda|misleading|"
    r"nonsense)\b)"
    r"|\bagree(?:s|d)?\s+with\b|\b(?:issued|released|joint)\s+(?:a\s+)?statement\b",
    re.IGNORECASE,
)
#: ``frames``: appeal cues (CAMEO 02).
_APPEAL_RE = re.compile(
    # (the named groups are the cues whose addressee follows them, :func:`_addressee`)
    r"(?P<urge>\burg(?:e|es|ed|ing)\b)"
    # (a courtesy call on a leader is a visit: "paid a brief courtesy call on President Reagan")
    r"|(?<!courtesy\s)\bcall(?:s|ed|ing)?\s+(?:\w+\s+)?(?:(?P<call_on>on|upon)|for)\b"
    r"|\bappeal(?:ed|ing|s)?\s+(?:(?P<appeal_to>to)|for)\b|(?P<appealed>\bappealed\b)"
    # (a plea in court is no appeal: "pleaded guilty to assault")
    r"|\bplead\w*\b(?!\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b)"
    # asking someone to act or for something, not asking a question ("asked how he felt
    # about the attack", "asked if the United States was prepared for war")
    r"|(?P<ask>\bask(?:s|ed|ing)?\s+(?:(?!(?:how|if|whether|what|why|when|where|who|which|about)\b)"
    r"[^.;:!?\s]+\s+){0,10}?(?:to|for)\b)"
    # (refuge, shelter or safety sought is fled to, no appeal: "have sought refuge in India")
    r"|\b(?:seek(?:s|ing)?|sought)\b(?!\s+(?:refuge|shelter|safety|sanctuary)\b)"
    r"|(?P<encourage>\bencourag\w*)"
    r"|\b(?:push|press)\w*\s+(?:\w+\s+)?for\b",
    re.IGNORECASE,
)
#: Words after an appeal that start a clause of its own, no longer what is asked for: a relative
#: ("called on Ghana and Mali, which dispatched troops", "the kidnapping of a South Korean
#: who was later killed"), a contrast ("sought no further hostilities but was ready to
#: answer any attack") or "and" before a new finite verb ("appealed to the army for a
#: truce, and were rejected", "restated the call for an end to hostilities and said ..."), or a
#: scene ("called for calm after clashes in the capital", "appealed for calm while protests
#: continued": the clashes are why calm is asked, not what is asked), or a participle clause of
#: what the side said beside its appeal ("urged all warring parties to spare civilians,
#: **warning** that the health system was on the verge of collapse").
_BEYOND_APPEAL = re.compile(
    r"\b(?:which|who|whom|whose|but|while|when|" + "|".join(sorted(SCENE_OPENERS)) + r")\b"
    r"|\band\s+(?:said|says|added|was|were|is|are|has|have|had|deemed|expressed)\b"
    r"|,\s+(?:warning|saying|adding|noting|stressing)\b",
    re.IGNORECASE,
)
#: Words one of which every match of :data:`_STATEMENT_RE` / :data:`_APPEAL_RE` contains: a
#: sentence holding none of them (the common case) needs no regex search (see _may_hold).
_STATEMENT_KEYS = (
    "express", "voic", "condolence", "claim", "declin", "consider", "explor", "mull", "hop",
    "optimistic", "pessimistic", "skeptical", "sceptical", "accusation", "allegation",
    "charge", "report", "agree", "statement", "comment", "say", "confirm", "speculate",
    "refus", "mum", "silent", "tight-lipped", "information", "asked", "pressed", "questioned",
    "weigh", "saddened", "upbeat", "wreath", "deny", "deni", "behind", "responsibility",
)  # fmt: skip
_APPEAL_KEYS = (
    "urg", "call", "appeal", "plead", "ask", "seek", "sought", "encourag", "push", "press",
)  # fmt: skip
#: The only characters re.IGNORECASE matches to an ASCII letter that ``str.lower()`` does not
#: turn into that letter (found by trying every code point against a-z).
_ODD_CASE = ("İ", "ı", "ſ")


def _may_hold(segment: str, keys: tuple[str, ...]) -> bool:
    """False only when no case-insensitive match of a word in ``keys`` can be in ``segment``."""
    if not segment.isascii() and any(c in segment for c in _ODD_CASE):
        return True
    low = segment.lower()
    return any(k in low for k in keys)


#: "since" as a conjunction opens a scene ("a zone enforced since Argentina invaded them in
#: 1982"); after "have", "has", "had", "ever" or "long" it is an adverb ("have since renounced
#: violence": the renouncing is the news).
_EVER = frozenset({"have", "has", "had", "ever", "long"})
_SINCE = "".join(rf"(?<!{word}\s)" for word in sorted(_EVER)) + "since"
#: ``background``: openers of scene-setting and conditional clauses (the scenes a negation
#: does not reach, :data:`analysis.text.SCENE_OPENERS`, and these: "even as the two sides
#: prepared for talks, Ankara accused Moscow ..."; the reason a side cites and what people
#: flee: "lifted the emergency, **citing** a fall in attacks", "opened its borders to refugees
#: **fleeing** the fighting").
_BACKGROUND_RE = re.compile(
    r"\b(?:"
    + "|".join(sorted(SCENE_OPENERS))
    + rf"|before|{_SINCE}|until|unless|if|who|whose|which|regarding|concerning|even\s+as|"
    r"although|though|that(?=\s+(?:has|have|had)\b)|"
    r"in\s+spite\s+of|in\s+the\s+wake\s+of|in\s+response\s+to|due\s+to|because|"
    r"citing|fleeing)\b",
    re.IGNORECASE,
)
#: ... and a sentence's first word when it is a present participle opening a clause of its own.
_PARTICIPLE_OPENER = re.compile(r"[A-Z][a-z]{2,}ing\b")
_TOPIC_HEADS = frozenset({"negotiation", "mediation", "agreement", "ceasefire"})
_TOPIC_RE = re.compile(r"\s+(?:on|over|about|regarding|concerning)\s+(?:[\w'’-]+\s+){0,3}$")
#: ... and what is discussed is the object of "discuss": "to discuss the shooting".
_DISCUSSING = frozenset({"discuss", "discusses", "discussed", "discussing"})
_DISCUSSED_RE = re.compile(rf"\s+(?:(?:{'|'.join(sorted(DETERMINERS))}|recent|latest)\s+){{0,2}}$")
#: What an apology is for (or "over") is its topic: "apologised for the massacre committed by
#: colonial troops", also after whom it is made to ("apologised to Namibia for the colonial-era
#: killings", "apologises to Rwanda over genocide").
_APOLOGY_TOPIC_RE = re.compile(
    r"\s+(?:to\s+(?:[\w'’-]+\s+){1,3})?(?:for|over)\s+(?:[\w'’-]+\s+){0,3}$"
)
#: The words of an apology hit: "apologised", "said sorry", "expressed deep remorse".
_APOLOGY = re.compile(r"^apolog|\b(?:sorry|remorse)\b")
#: ... and what an investigation is into ("an inquiry into the border killings",
#: "investigating the shelling").
_INQUIRY_TOPIC_RE = re.compile(r"\s+(?:(?:into|of)\s+)?(?:[\w'’-]+\s+){0,3}$")
#: ... and what a side is criticised or blamed for, or over, after the side: "denounced Arafat
#: today for signing the Wye accord", "blamed the rebels for the attack", "slams Tokyo over war
#: shrine visit", "upbraided Moscow for what he called a cynical attempt to stall the arms
#: talks") (not what a second verb asks for: "criticizing the government and calling for
#: sanctions").
_BLAMED_FOR = (
    r"\s+(?:(?!(?:and|but|call\w*|ask\w*|appeal\w*|press\w*|urg\w*)\s)\S+\s+){0,8}?"
    r"(?:for|over%s)\s+(?:what\s+(?:[\w'’-]+\s+){0,8}|(?:[\w'’-]+\s+){0,3})$"
)
_BLAMED_FOR_RE = re.compile(_BLAMED_FOR % "")
#: ... and what a side is accused of: "accused Azerbaijan of shelling border villages", "a
#: national accused of plotting to attack a newspaper" (the allegation, no event beside it).
_ACCUSED_OF_RE = re.compile(_BLAMED_FOR % "|of")
#: What a side cuts ties, protests, rejects, sanctions or threatens "over" or "about" is its
#: cause, cooperation named as the quarrel's topic: "Somalia recalled its ambassador to Ethiopia
#: **over the deal**", "protesters rallied **against the agreement**".
_CAUSE_HEADS = frozenset({"reduce_relations", "protest", "rejection", "sanctions", "threat"})
_CAUSE_RE = re.compile(
    r"\s+(?:(?!(?:and|but|after|while|as)\s)[\w'’-]+\s+){0,3}?(?:over|about|against)\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)
#: A truce is "in" what it stops too: "a ceasefire in the fighting", "a truce in their trade war".
_TRUCE_TOPIC_RE = re.compile(r"\s+(?:in|on|over)\s+(?:[\w'’-]+\s+){0,3}$")
_RELEASE_SCOPE = frozenset({"coercion", "violence", "military_action", "casualties", "protest"})
#: Words before an attributive participle ("a kidnapped diplomat", "the occupied territories").
_ATTRIBUTIVE_BEFORE = DETERMINERS | NUMBER_WORDS | {"several", "many", "some"}
#: ... and prepositions that open a noun phrase with no determiner, where a participle before
#: the noun describes it too ("sent medicine **for injured** Palestinians", "food **to
#: displaced** people": the recipients of the aid, not a second event).
_ATTRIBUTE_OPENERS = _ATTRIBUTIVE_BEFORE | frozenset("to for among of with into in inside".split())
#: Verbs of care, whose object a participle right after them describes ("evacuated **wounded**
#: soldiers", "to allow **injured** Palestinians to leave", "sheltered **displaced** families"):
#: the verb's forms only, not the nouns that share a stem ("treaty", "houses", "assistance").
_CARE_VERBS = frozenset(
    "evacuate evacuates evacuated evacuating treat treats treated treating allow allows allowed "
    "allowing help helps helped helping rescue rescues rescued rescuing shelter sheltered "
    "sheltering housed receive receives received receiving admit admits admitted "
    "admitting airlift airlifts airlifted airlifting feed feeds feeding fed assist assists "
    "assisted assisting".split()
)
#: Words that start the object of a main event a reduced relative may describe ("freed **three**
#: journalists detained in the raid").
_OBJECT_STARTS = _ATTRIBUTIVE_BEFORE | {"dozens", "hundreds"}
#: Words after a participle that show it is no attribute ("the wounded were", "seized by").
_NOT_A_NOUN = frozenset(
    "by in at on to from for with and or of as after during when while was were is are has "
    "have had been be being will would could may might".split()
)

#: ``background``: a reduced relative, a past participle after the object of the clause's main
#: event that describes it ("exchanged the bodies of soldiers **killed in** the fighting"): the
#: words that may follow the participle, ...
_PARTICIPLE_NEXT = frozenset("in by during at near on over since last earlier from".split())
#: ... and the words that, between the main event and the participle, say that a new clause
#: (and a finite verb) has begun, or that the participle is itself a finite verb or a passive.
_NEW_CLAUSE = PASSIVE_AUX | frozenset(
    "and or but nor as while when whereas after before because since though although where "
    "until who which that has have had it they he she we not never also then".split()
)

#: ``names``: nouns that end an organisation's or a prize's name ("Amnesty International").
_NAME_ENDS = frozenset(
    {"international", "institute", "council", "prize", "corps", "movement", "party",
     "organization", "organisation", "committee", "foundation", "agency", "forum", "commission",
     "network", "society", "center", "centre", "fund", "program", "programme", "mission",
     "award", "watch", "project", "group", "front", "alliance", "union", "university"}
)  # fmt: skip
_NAME_GLUE = frozenset({"and", "of", "on", "for", "the", "&"})
#: Punctuation that ends a run of capitalised words (not "&", "." or an apostrophe, which names
#: hold: "Aetna Life & Casualty", "U.S. Attack" in a wire's capitals).
_NAME_BREAK = re.compile(r"[-–—:;,()\[\]\"“”]")
#: ``names``: what a government signs alone (not CAMEO 057, an agreement between parties).
_DOMESTIC_ACTS = frozenset({"order", "bill", "law", "decree", "legislation", "budget"})

#: How far back (characters) :meth:`_Doc.absorb` looks for a hit sitting on a trigger word.
_LOOKBACK = 600


def _trigger(toks: list[Token], pattern: re.Pattern[str], reach: int) -> Token | None:
    """The nearest of the ``reach`` tokens before a hit that matches ``pattern``, with bridge
    words and at most one other word between ("threatened Israel with attacks")."""
    others = 0
    for tok in reversed(toks[-reach:]):
        if pattern.fullmatch(tok[2]):
            return tok
        if tok[2] not in _BRIDGE:
            others += 1
            if others > 1:
                return None
    return None


def _promised(toks: list[Token]) -> Token | None:
    """Rule ``threat``: a promise, a pledge or an offer of the hit after ``toks``, the words
    between it and the hit bridge words but for one right before the hit ("promised
    immediate revenge"); not a noun that is the subject of another verb ("the offer expired
    with the breakdown of talks")."""
    promise = _trigger(toks, _PROMISE, 4)
    if promise is None:
        return None
    between = [t[2] for t in toks[toks.index(promise) + 1 :]]
    others = [k for k, word in enumerate(between) if word not in _BRIDGE]
    return promise if others in ([], [len(between) - 1]) else None


def _modal(article: Article, toks: list[Token]) -> Token | None:
    """Rule ``modality``: the modal auxiliary before a hit, if any; a capitalised "May"
    inside its sentence is the month ("captured in May have been released"), as the hedging
    rules read it too: the modal is capitalised only where a sentence begins."""
    tok = _trigger(toks, _MODAL_RE, 4)
    if tok is None or tok[2] != "may" or article.text[tok[0]] != "M":
        return tok
    return tok if tok[0] == article.sentences[article.sentence_of(tok[0])].start else None


#: How many words after a noun hit its passive's modal may stand (:func:`_modal_after`) ...
_MODAL_AFTER_REACH = 4
#: Finite auxiliaries but the future's, which after a noun make it the subject of a verb of its
#: own (:func:`_modal_after`, :func:`_clause_after`).
_FINITE_NOT_FUTURE = FINITE_AUX - {"will", "would"}
#: ... none of them a verb of the hit's own clause.
_NOT_IN_PHRASE = _FINITE_NOT_FUTURE | {"said", "says"}
#: Participles of that passive that judge the act, which happened: "the attack could be seen as
#: a warning".
_JUDGED = frozenset(
    "seen considered regarded viewed described called interpreted read taken treated "
    "explained justified linked tied blamed".split()
)
#: Categories told mostly by verbs ("warns", "accuses", "rejects"), which no passive after
#: them has as subject.
_VERBAL_ACTS = frozenset({"threat", "disapproval", "rejection", "demand", "intensification"})


def _modal_after(article: Article, m: Match) -> Token | None:
    """Rule ``modality``, for a noun hit: the modal of a passive it is the subject of, within
    :data:`_MODAL_AFTER_REACH` words after it in its clause ("new sanctions on Myanmar's
    generals **could be imposed** next month"), no verb of its own between."""
    if " " in m.text or m.text.lower().endswith(("ed", "ing")) or m.category in _VERBAL_ACTS:
        return None  # a verb of its own: "Sharon warns Arafat could be targeted"
    end = article.clauses[article.clause_of(m.start)].end
    toks = article.tokens.between(m.end, end, limit=_MODAL_AFTER_REACH + 3)
    for k, tok in enumerate(toks[: _MODAL_AFTER_REACH + 1]):
        word = tok[2]
        if word in _NOT_IN_PHRASE or word.endswith("ed"):
            return None
        if word in _MODALS:
            rest = [t[2] for t in toks[k + 1 : k + 3]]
            if (
                len(rest) == 2
                and rest[0] == "be"
                and rest[1].endswith(("ed", "en"))
                and rest[1] not in _JUDGED
            ):
                return tok
            return None
    return None


def _feared(toks: list[Token]) -> bool:
    """Rule ``feared``: whether the tokens before a hit make it a risk, a fear, what is
    braced for or guarded against ("the risk of attack", "bracing for a new offensive",
    "protect the tankers from Iranian attacks") or a supposition (:func:`_supposed`: "even if
    terrorists were to attack"), which supposes or plans the act, not reports it."""
    fear = _trigger(toks, _FEARED, 4)
    if fear is not None and not _as_foreseen(toks, fear):
        return True
    if _supposed([t[2] for t in toks[-3:]]):
        return True
    near = toks[-_BRACED_REACH - 1 :]
    if any(_BRACING.fullmatch(a[2]) and b[2] == "for" for a, b in pairwise(near)):
        return True
    # "from" or "against" among the three tokens before the hit ("from Iranian missile
    # attacks"), a verb of protection before that
    for k in range(len(toks) - 1, max(len(toks) - 4, -1), -1):
        if toks[k][2] in ("from", "against"):
            return any(_PROTECTING.fullmatch(t[2]) for t in toks[max(k - _PROTECTION_REACH, 0) : k])
    return False


#: ``feared``: a plan, and the verbs by which a side drops one before it was carried out.
_PLANS = re.compile(r"plans?|proposals?")
_DROPPED = re.compile(
    r"(?:scrap|shelv|abandon|ditch|cancel|axe|drop|withdr[ae]w|jettison|rescind|revok)\w*"
)


def _plan_dropped(toks: list[Token]) -> bool:
    """Rule ``feared``, of either kind: whether the tokens before a hit name it as a plan that
    was dropped ("scrapped plans to cut foreign aid", "shelved its plan to withdraw the
    troops", "abandoned the proposal to impose tariffs"), so that it will not happen."""
    plan = _trigger(toks, _PLANS, 4)
    if plan is None:
        return False
    before = [t[2] for t in toks[: toks.index(plan)]]
    while before and (before[-1] in DETERMINERS or before[-1].endswith("'s")):
        before.pop()  # "scrapped its plan", "dropped the government's plans"
    return bool(before) and _DROPPED.fullmatch(before[-1]) is not None


def _only_an_idea(toks: list[Token]) -> bool:
    """Rule ``feared`` for cooperation: whether the tokens before a hit make it an idea, a
    notion, a possibility or a prospect, supposed, not reported ("tangoed around the idea of
    sending military aid", "the possibility of a meeting"); not where a definite word names
    cooperation that is there ("vitiating the prospects of the talks")."""
    idea = _trigger(toks, _IDEA, 4)
    return idea is not None and not any(t[2] in _DEFINITE for t in toks[toks.index(idea) + 1 :])


def _as_foreseen(toks: list[Token], fear: Token) -> bool:
    """Whether the word of expectation before a hit says it came as foreseen ("**as
    expected**, Israel attacked": it happened) or is planned as "will" plans it ("Shultz **is
    expected to** protest": read as the modals read "will", not as a risk)."""
    k = toks.index(fear)
    after = toks[k + 1][2] if k + 1 < len(toks) else None
    return (k > 0 and toks[k - 1][2] == "as") or (fear[2] in _EXPECTED and after == "to")


def _supposed(words: list[str]) -> bool:
    """Whether a hit after these words is supposed: "were to" or "were ever to" right before
    it ("if the rebels were to attack"; "were waiting for the army to investigate" is not)."""
    return words[-2:] == ["were", "to"] or words[-3:] == ["were", "ever", "to"]


#: Nouns of stopping ("reduction", "suspension", "withdrawal") that, right before a hit, name
#: what it is about: "arms reduction talks", "withdrawal talks" (a stop needs "of": "the
#: suspension of talks").
_TOPIC_NOUN = re.compile(r"\w+(?:ion|al)")
#: Gatherings that end by being held: "the ministers ended a two-day meeting", "ended his
#: visit to Beijing" conclude them and cut nothing off (talks and negotiations can be ended by
#: one side breaking them off, so they are not among these).
_GATHERINGS = frozenset(
    {"meeting", "meetings", "summit", "summits", "visit", "visits", "conference", "session"}
)


def _concluded(stop_on: list[Token], m: Match) -> bool:
    """Whether a stop (``stop_on``: its tokens up to the hit) ends a gathering that ``m``
    names, which was then held, not broken off ("ended a meeting", "the end of the summit")."""
    return m.text.lower() in _GATHERINGS and any(_END_RE.fullmatch(t[2]) for t in stop_on)


def _goes_on(toks: list[Token], stop: Token, m: Match, text: str) -> bool:
    """Whether cooperation ``m`` goes on despite the stop word ``stop`` among the tokens
    before it: it resumes what was stopped ("will resume the suspended talks"), the stop is
    itself ended ("lifted the suspension of military aid": :func:`_stop_ended`), or the stop
    ends a gathering, which was then held ("ended a two-day meeting")."""
    at = toks.index(stop)
    return _after_resumption(toks[:at]) or _stop_ended(toks, stop, text) or _concluded(toks[at:], m)


def _cessation(toks: list[Token], pattern: re.Pattern[str], text: str = "") -> Token | None:
    """A stop verb or noun right before a hit ("halted the attacks", "suspension of aid",
    "called off their protest", "an end to the fighting", "halting Turkey's incursion", with
    up to :data:`_OWNER_WORDS` words of a possessor: "cancelled the foreign minister's visit";
    with the article's ``text``, names before the hit too: "end U.N. peacekeeping"). A noun of
    stopping with nothing between it and the hit names the hit's subject: "troop reduction
    talks" stop nothing."""
    if toks and _TOPIC_NOUN.fullmatch(toks[-1][2]):
        return None
    k = len(toks) - 1
    while k >= 0 and text[toks[k][0] : toks[k][0] + 1].isupper():
        if pattern.fullmatch(toks[k][2]):
            return toks[k]  # a headline's capitalised stop: "Congress Halts Aid"
        k -= 1  # a name right before the hit: "end U.N. peacekeeping"
    lasting = False  # a duration skipped: "ended an 18-month impasse"
    owner = 0  # words of a possessor left to skip: "cancelled the foreign minister's visit"
    while k >= 0:
        word = toks[k][2]
        during = _DURATION.fullmatch(word) is not None
        if word.endswith("'s"):
            owner = _OWNER_WORDS
        elif owner and word not in _CEASE_SKIP | _PARTICLES and not pattern.fullmatch(word):
            owner -= 1  # (a particle ends the possessor: "called off the Dutch minister's visit")
            k -= 1
            continue
        elif not (word in _CEASE_SKIP or during):
            break
        if word in ("to", "of") and k >= 1 and toks[k - 1][2] == "end":
            break
        lasting = lasting or during
        k -= 1
    if k < 0:
        return None
    word = toks[k][2]
    if word in ("to", "of") and k >= 1 and toks[k - 1][2] == "end":
        if lasting or not pattern.fullmatch("end"):
            return None  # ("at the end of a four-day visit" says when)
        k -= 1  # "an end to", "the end of"
        return toks[k - 1] if k >= 1 and toks[k - 1][2] in ("an", "the") else toks[k]
    if word in _PARTICLES:
        verb = toks[k - 1] if k >= 1 else None
        if verb is not None and _PHRASAL.fullmatch(verb[2]) and pattern.fullmatch(verb[2]):
            return verb
        return None
    if pattern.fullmatch(word) and not _PHRASAL.fullmatch(word):
        return toks[k]
    return None


#: Verbs and nouns of taking up again: "resume the suspended talks" stops nothing.
_RESUME = re.compile(r"(?:resum|restart|reviv|reopen|renew)\w*")


def _after_resumption(toks: list[Token]) -> bool:
    """Whether the last words before a stop word take up again what it stopped ("will
    resume the suspended talks", "the revival of stalled negotiations")."""
    near = [t[2] for t in toks[-3:] if t[2] not in ("the", "of", "a", "their")]
    return bool(near) and _RESUME.fullmatch(near[-1]) is not None


def _stop_ended(toks: list[Token], stop: Token, text: str) -> bool:
    """Whether the act a stop word ``stop`` (among the tokens before the act) would stop
    goes on, because the words before the stop end the stop itself: a verb of
    :data:`_STOP_ENDED` past the words :func:`_cessation` skips, names and durations, or
    "rather than" and "instead of", which set it aside. Of escalation: "broke its moratorium
    on nuclear tests", "the end of a two-week-long Iraqi moratorium on air raids", "would
    resign rather than end their strike"; of cooperation (:func:`_goes_on`): "lifted the
    suspension of military aid", "ended its freeze of the talks"."""
    before = toks[: toks.index(stop)]
    for k in range(len(before) - 1, max(len(before) - 7, -1), -1):
        word = before[k][2]
        if word in _CEASE_SKIP or _DURATION.fullmatch(word) or text[before[k][0]].isupper():
            continue
        if word == "instead" or (word == "than" and k > 0 and before[k - 1][2] == "rather"):
            return True  # "rather than end their strike": the stop is set aside
        return _STOP_ENDED.fullmatch(word) is not None
    return False


class _Doc:
    """Hits of one text being rewritten: ``out[i]`` is hit ``i`` as it stands (None: dropped)."""

    def __init__(self, article: Article, hits: list[Match]) -> None:
        self.article = article
        self.hits = hits
        self.out: list[Match | None] = list(hits)
        #: (clause start, end) of hits the ``negation`` rule turned into rejections.
        self.rejections: list[tuple[int, int]] = []

    def next_start(self, i: int) -> int:
        """Where the first hit after hit ``i`` starts (the text's length if none); hits are
        sorted by start, so this looks at the few that overlap ``i`` at most."""
        hits, end = self.hits, self.hits[i].end
        for k in range(i + 1, len(hits)):
            if hits[k].start >= end:
                return hits[k].start
        return len(self.article.text)

    def absorb(self, i: int, new: Match, trigger: Token | None) -> Match:
        """Drop the hit sitting on ``trigger`` and widen ``new`` to start at the trigger."""
        if trigger is None:
            return new
        t0 = trigger[0]
        near: list[int] = []  # earlier hits that may touch the trigger (sorted by start)
        for k in range(i - 1, -1, -1):
            if self.hits[k].start < t0 - _LOOKBACK:
                break
            near.append(k)
        for k in near:
            h = self.out[k]
            if h is not None and h.start <= t0 < h.end and h.end <= new.start:
                self.out[k] = None
                t0 = min(t0, h.start)
                break
        if t0 >= new.start:
            return new
        if any((h := self.out[k]) is not None and h.end > t0 for k in near):
            return new  # another hit lies between trigger and hit: do not overlap it
        return dataclasses.replace(new, start=t0, text=self.article.text[t0 : new.end])


def apply_rules(
    article: Article, matches: Sequence[Match], *, skip: Collection[str] = ()
) -> list[Match]:
    """Apply the escalation context rules (module docstring) to one lexicon's hits.

    The hits' offsets index into ``article.text``; the rules read the article's own
    sentences, clauses, tokens and negation scope. ``skip`` names rules of :data:`RULES` to
    leave out (for ablation studies). Returns new hits sorted by position; hits without a
    direction are passed through unchanged.
    """
    unknown = set(skip) - set(RULES)
    if unknown:
        raise ParameterError(
            f"unknown escalation rules {sorted(unknown)}; the rules are in "
            "analysis.escalation.RULES."
        )
    doc = _Doc(article, sorted(matches, key=lambda m: (m.start, m.end)))
    if not doc.hits:
        return []
    tokens = article.tokens
    for i, m in enumerate(doc.hits):
        if doc.out[i] is None or m.direction not in (_ESC, _DE):
            continue
        c0 = article.clauses[article.clause_of(m.start)].start
        toks = tokens.between(c0, m.start)
        doc.out[i] = _rewrite(doc, i, m, toks, c0, skip)
    kept = [m for m in doc.out if m is not None]
    if "names" not in skip:
        kept = _without_participants(kept)
    if "frames" not in skip or "background" not in skip:
        kept = _sentence_rules(article, kept, skip)
    return kept


#: Agent nouns: who carries out an act of force or captivity ("the gunmen", "two suicide
#: bombers", "their kidnappers"), or keeps a peace ("took 500 UN peacekeepers hostage": the
#: peacekeepers are the captives, no peacekeeping told). In CAMEO they are actors
#: (unidentified armed forces, UN peacekeeping forces), the act is the verb. Only the agent
#: nouns the lexicon reports as events are listed ("assailants" is armed_context evidence,
#: never a hit).
_AGENTS_RE = re.compile(
    r"(?:\w+[ -])?(?:attackers?|gunm[ae]n|bombers?|kidnappers?|abductors?|hijackers?|"
    r"hostage-takers?|snipers?|invaders?|peacekeepers?)"
)


def _without_participants(hits: list[Match]) -> list[Match]:
    """Rule ``names``: an agent noun (:data:`_AGENTS_RE`) in a sentence that also reports an
    act, of either direction, names a side of that act, not a second event, and is dropped
    ("gunmen who attacked a police station", "the hostages were freed by their kidnappers",
    "links to some of the attackers behind the bombings"). Alone it stands for the act it
    names ("police are hunting the bombers")."""
    agent = [
        m.direction in (_ESC, _DE) and _AGENTS_RE.fullmatch(fold(m.text)) is not None for m in hits
    ]
    acts = {
        m.sentence_id
        for m, a in zip(hits, agent, strict=True)
        if m.direction in (_ESC, _DE) and not a
    }
    return [m for m, a in zip(hits, agent, strict=True) if not (a and m.sentence_id in acts)]


def _rewrite(
    doc: _Doc, i: int, m: Match, toks: list[Token], c0: int, skip: Collection[str]
) -> Match | None:
    """Rules ``names`` to ``modality`` for hit ``i``: the hit as rewritten, or None."""
    article = doc.article
    if "names" not in skip and _not_an_event(article, m, toks):
        return None
    if "negation" not in skip and m.negated:
        # the negator the matcher read, and where it reads: before the hit, or inside a
        # verb–object hit it was read at the object of ("troops are not leaving")
        trigger, at = article.negator(m.start), m.start
        if trigger is None:
            trigger, at = article.negator(m.end - 1), m.end - 1
        if m.direction == _ESC:
            return None
        if trigger is not None and not _refusal(article, trigger, at, m.start):
            return None  # "had not announced any plans to remove the troops": no event
        weight = REJECT_WEIGHT if m.category in _REJECT_CATEGORIES else REFUSE_WEIGHT
        new = _changed(m, "negation", direction=_ESC, category="rejection", weight=weight)
        doc.rejections.append((c0, m.end))
        return doc.absorb(i, new, trigger)
    content = None if "content" in skip else _content(toks, doc.rejections, c0)
    if content is not None:
        if m.direction == _DE:
            return None
        if content == "accusation":
            return _changed(
                m, "content", weight=round(m.weight * MODAL_FACTOR, 6), modality="alleged"
            )
    # a verb–object hit is read for a stop before it ("lifted its freeze on aid"), never for
    # one after it, nor for cooperation, whose verb–object entries name their own stops,
    # unless a noun of giving opens it ("stopped the delivery of Leopard tanks")
    verb_object = " ... " in m.pattern
    if "cessation" not in skip and (
        m.direction == _ESC
        or not verb_object
        or _GIVING.fullmatch(fold(m.text.split(None, 1)[0])) is not None
    ):
        if m.direction == _ESC:
            stop = _cessation(toks, _CEASE_ESC, article.text)
            if stop is None and m.category in _STANCES:
                stop = _cessation(toks, _GIVE_UP, article.text)
            if stop is not None and _stop_ended(toks, stop, article.text):
                stop = None  # "broke its moratorium on nuclear tests": the stop ends, not the act
            if stop is not None and not (m.category == "protest" and stop[2].startswith("stop")):
                if content is not None:  # "pressuring lecturers to cancel the strike"
                    return None
                return _eased(doc, i, m, stop)
            after = None if verb_object else _subsided(article, m, doc.next_start(i))
            if after is not None:  # "as the threat of conflict with Greece abated"
                factor = THREAT_FACTOR if m.category == "threat" else 1.0
                return _eased(doc, i, m, after, factor)
        else:
            stop = _cessation(toks, _CEASE_DE, article.text)
            if stop is not None and not _goes_on(toks, stop, m, article.text):
                weight = _HALT_WEIGHT.get(m.category, _HALT_DEFAULT)
                if m.weight < _HALT_MINOR:
                    weight = _HALT_MINOR
                new = _changed(
                    m, "cessation", direction=_ESC, category="reduce_relations", weight=weight
                )
                return doc.absorb(i, new, stop)
    if "feared" not in skip and ((m.direction == _ESC and _feared(toks)) or _plan_dropped(toks)):
        return None
    if "feared" not in skip and m.direction == _DE and _only_an_idea(toks):
        return None
    if "threat" not in skip and m.direction == _ESC:
        threat = _trigger(toks, _THREAT, 4) or _promised(toks)
        if threat is not None and not _attributive(article, m):
            before = toks[: toks.index(threat)]
            stop = None if "cessation" in skip else _cessation(before, _CEASE_ESC)
            if stop is not None:  # "ending any threat of strike action": a threat lifted
                return _eased(doc, i, m, stop, THREAT_FACTOR)
            new = _changed(
                m,
                "threat",
                category="threat",
                weight=round(m.weight * THREAT_FACTOR, 6),
                modality="threatened",
            )
            return doc.absorb(i, new, threat)
    if "intent" not in skip and m.direction == _DE:
        intent = _trigger(toks, _INTENT, 4)
        if intent is not None:
            new = _changed(
                m, "intent", weight=round(m.weight * INTENT_FACTOR, 6), modality="intended"
            )
            return doc.absorb(i, new, intent)
    modal = None if "modality" in skip else _modal(article, toks) or _modal_after(article, m)
    if modal is not None:
        if m.direction == _ESC and modal[2] in _OF_RISK:
            return None  # "Moscow could launch a new offensive": a risk, no event
        return _changed(
            m, "modality", weight=round(m.weight * MODAL_FACTOR, 6), modality="possible"
        )
    return m


def _eased(doc: _Doc, i: int, m: Match, stop: Token, factor: float = 1.0) -> Match:
    """Rule ``cessation`` for escalation hit ``i``: stopped by ``stop``, it is de-escalation
    weighing the ceased act's CAMEO 08x weight (:data:`_CESSATION_WEIGHT`) x ``factor``
    (:data:`THREAT_FACTOR` for a threat lifted). A ``stop`` after the hit (:func:`_subsided`,
    which looks no further than the next hit) widens it to end there."""
    weight = _CESSATION_WEIGHT.get(m.category, _CESSATION_DEFAULT) * factor
    new = _changed(m, "cessation", direction=_DE, category="de_escalation", weight=round(weight, 6))
    if stop[0] < m.end:
        return doc.absorb(i, new, stop)
    return dataclasses.replace(new, end=stop[1], text=doc.article.text[new.start : stop[1]])


#: ``cessation``: verbs by which a conflict itself dies down, after it as their subject ("the
#: fighting subsided", "as the threat of conflict with Greece abated"); :func:`_subsided`.
_SUBSIDE = re.compile(
    r"abat(?:e|es|ed|ing)|subsid(?:e|es|ed|ing)|reced(?:e|es|ed|ing)|wan(?:e|es|ed|ing)|"
    r"eas(?:ed|es|ing)|calm(?:ed|s)|cool(?:ed|s)|ceas(?:e|es|ed|ing)"
)
#: ... and the phrasal ones, with the particle they need ("died down", "fizzled out").
_SUBSIDE_PHRASAL = dict.fromkeys(("die", "dies", "died", "dying"), "down") | dict.fromkeys(
    ("peter", "petered", "fizzle", "fizzles", "fizzled"), "out"
)
#: Of those, the ones that are transitive too ("the raids eased pressure on the port"): they
#: subside only before the clause ends or one of these words.
_ALSO_TRANSITIVE = frozenset({"eased", "eases", "easing", "calmed", "calms", "cooled", "cools"})
_AFTER_INTRANSITIVE = frozenset(
    "after on in as since following somewhat slightly considerably further markedly today "
    "yesterday overnight later by when and but".split()
)
#: Words after a hit that end its subject: what follows is no longer its own predicate.
_SUBJECT_ENDS = frozenset(
    "that which who whom whose but because while when after before as if than said says".split()
)
_SUBSIDE_REACH = 14
#: Categories of acts of refusing, demanding or pressing whose noun or verb takes an
#: infinitive of what is refused, demanded or threatened: "Tehran's refusal to cease
#: enrichment", "a threat to cease military aid", "pressure on Taipei to ease its restrictions"
#: (the verb is that content, not the act dying down).
_TAKES_INFINITIVE = frozenset({"rejection", "demand", "threat", "disapproval", "coercion"})


def _subsided(article: Article, m: Match, stop: int) -> Token | None:
    """Rule ``cessation``: the verb after escalation hit ``m``, its subject, by which it dies
    down in its clause before the next hit (at ``stop``; :data:`_SUBSIDE`: "the clashes have
    subsided", "tension between India and Pakistan eased on Monday"), unless negated ("the
    fighting has not subsided") or the infinitive of a refusal, a demand or a threat
    (:data:`_TAKES_INFINITIVE`: "the refusal to cease enrichment"). Returns the verb's last
    token (its particle, if phrasal)."""
    end = article.clauses[article.clause_of(m.start)].end
    after = article.tokens.between(m.end, min(end, stop), limit=_SUBSIDE_REACH + 2)
    if m.category in _TAKES_INFINITIVE and after and after[0][2] == "to":
        return None
    for k, tok in enumerate(after[:_SUBSIDE_REACH]):
        word = tok[2]
        if word in NEGATING_PARTICLES or word.endswith("n't") or word in _SUBJECT_ENDS:
            return None
        nxt = after[k + 1][2] if k + 1 < len(after) else ""
        if word in _SUBSIDE_PHRASAL:
            return after[k + 1] if nxt == _SUBSIDE_PHRASAL[word] else None
        if _SUBSIDE.fullmatch(word):
            if word in _ALSO_TRANSITIVE and nxt and nxt not in _AFTER_INTRANSITIVE:
                return None
            return tok
    return None


#: Negators that say cooperation is absent, never that it was refused: "without Nigeria the
#: free trade zone", "in the absence of an agreement", "the lack of a ceasefire".
_ABSENT = frozenset({"without", *ABSENCE_NOUNS})


def _refusal(article: Article, negator: Token, pos: int, start: int) -> bool:
    """Whether negated cooperation read at ``pos`` (a hit starting at ``start``) is a refusal:
    a verb of refusal ("rejected", "ruled out") anywhere before it in the clause, or one with
    "to" ("refused to", "declined to", "failed to") at most :data:`REFUSAL_REACH` tokens
    before it and not refusing a statement (:func:`_tells_nothing`: "declined to comment on the
    talks"), or a particle ("not", "never", "n't") at most :data:`DIRECT_NEGATION` tokens
    before it that negates the cooperation itself or a verb of taking part in it
    (:func:`_negates_the_act`: "did not attend the talks", not "did not affect the talks"). A
    particle further away negates a report, not an act: "has not announced any plans to
    remove the troops" is no event at all, and a verb of denial before a gerund denies a
    claim ("denied holding talks"). "no" before it says the cooperation is absent, not
    refused ("there would be no formal talks"), unless a condition or a failure to reach it
    follows (:func:`_set_back`: "no ceasefire until the invaders leave", "no agreement was
    reached"). A predicate after the hit (:meth:`analysis.text.Article.negator`) refuses it
    where it rules it out ("talks with the rebels are out of the question") and tells of none
    where it was not reported."""
    if negator[0] > pos:  # a predicate after its subject (Article.negator): "talks are out of
        # the question" refuses them (its copula), "talks were not reported" or "failed to
        # materialise" tell of none
        return negator[2] not in NEGATING_PARTICLES and negator[2] not in UNHAPPENED
    if negator[2] in _ABSENT:  # "without Nigeria the free trade zone": no refusal
        return False
    if negator[2] in _SUBJECT_NEGATORS:
        refused = _subject_refuses(article, negator, pos, start)
        if refused is not None:
            return refused
    if negator[2].lower() == "no" and not _set_back(article, pos):
        return False  # "there would be no formal talks", "knew of no deal": absent, not refused
    if negator[2] in AVOIDING:  # "averted a breakdown of the talks": nothing refused
        return False
    locate = article.tokens.locate
    distance = locate(pos)[1] - locate(negator[1])[1]
    if negator[2] not in NEGATING_PARTICLES and not negator[2].endswith("n't"):
        # "rejected an offer from the government to extend a three-day ceasefire" refuses
        # what it names however far; "declined to <verb>" refuses that verb's act
        after = article.tokens.between(negator[1], len(article.text), limit=4)
        if negator[2].lower() in DENYING and after and after[0][2].lower().endswith("ing"):
            return False  # "denied holding secret talks": a claim denied, none refused
        then = [t[2].lower() for t in after if t[1] <= pos]  # the words before the hit
        if then[:1] != ["to"]:
            return True
        return distance <= REFUSAL_REACH and not _tells_nothing(then)
    between = article.tokens.between(negator[1], pos, limit=DIRECT_NEGATION)
    if any(t[2] == "yet" for t in between):
        return False  # "have not yet agreed": still open, not refused
    return distance <= DIRECT_NEGATION and _negates_the_act([t for t in between if t[0] < start])


#: Words between a particle and the verb it negates: "will not be allowed", "not to accept".
_NEGATED_VERB_AUX = BE_FORMS | frozenset(
    "have has had to a an the any even ever always also immediately now then".split()
)
#: Verbs of taking part: negated, they refuse the cooperation they take part in ("did not
#: attend the talks", "would not sign the accord", "did not respect the truce").
_TAKING_PART = frozenset(
    "attend attends attended attending join joins joined joining sign signs signed signing "
    "hold holds held holding enter enters entered entering resume resumes resumed resuming "
    "reach reaches reached reaching respect respects respected respecting honor honors "
    "honored honour honours honoured observe observes observed keep keeps kept implement "
    "implements implemented participate participates participated take took".split()
)


def _negates_the_act(between: list[Token]) -> bool:
    """Whether a particle negates the cooperation itself, given the words ``between`` it and
    the hit: past auxiliaries (:data:`_NEGATED_VERB_AUX`), nothing or a verb of taking part
    in it comes first; "did not affect the talks", "do not amount to formal talks" and "did
    not think a meeting was imminent" negate another verb."""
    for t in between:
        word = t[2].lower()
        if word in _NEGATED_VERB_AUX:
            continue
        return word in _TAKING_PART
    return True


#: Negators that open a subject or stand for one ("neither side", "no faction", "none of the
#: parties", "nobody", "neither Moscow nor Kyiv"); :func:`_subject_refuses` reads them.
_SUBJECT_NEGATORS = frozenset("no neither none nobody nor".split())
#: Verb forms that end such a subject: the auxiliaries (a verb of taking part ends it too).
_AUXILIARIES = (
    BE_FORMS | _MODALS | frozenset("has have had do does did will shall should can must".split())
)


def _subject_refuses(article: Article, negator: Token, pos: int, start: int) -> bool | None:
    """Whether a negator on the subject refuses the cooperation read at ``pos`` (a hit
    starting at ``start``): the subject's verb, its first auxiliary or verb of taking part,
    negates the act at most :data:`DIRECT_NEGATION` tokens before it, as "not" before that
    verb would (:func:`_negates_the_act`: "neither side has honoured the ceasefire" as "the
    rebels did not honour the ceasefire"; "no progress was made at the talks" refuses
    nothing). None where no such verb comes between them: the negator is the cooperation's
    own determiner ("no formal talks"), read as :func:`_refusal` reads "no"."""
    between = [t for t in article.tokens.between(negator[1], pos, limit=8) if t[0] < start]
    for j, t in enumerate(between):
        if t[2] in _AUXILIARIES or t[2] in _TAKING_PART:
            rest = between[j:]
            return len(rest) <= DIRECT_NEGATION and _negates_the_act(rest)
    return None


#: Words after "no <cooperation>" that make it refused after all: a condition set on it ("no
#: peace until Saddam is ousted") or a failure to reach it ("no agreement was reached").
_SET_BACK = frozenset("until unless before reach reached reaching".split())


def _set_back(article: Article, pos: int) -> bool:
    """Whether "no" before the cooperation at ``pos`` refuses it: one of :data:`_SET_BACK`
    in the eight tokens from it, within its sentence."""
    sid, k = article.tokens.locate(pos)
    return any(t[2].lower() in _SET_BACK for t in article.tokens.sentence(sid)[k : k + 8])


#: Words after an intransitive "returned" (someone came back), where the transitive one has
#: its object ("returned the bodies", "returned 11 paintings to Italy").
_AFTER_A_JOURNEY = frozenset(
    "to from home in on at after before with as safely later back early changed alive there "
    "here".split()
)
#: Spans after a number that "returned" is followed by when someone came back after them or
#: ran that far: "returned two years later", "returned 22 yards".
_SPANS = frozenset("years months weeks days hours yards miles".split())


#: Nouns of stopping that an escalation word may modify: "a nuclear test moratorium" is no test.
_STOPPING_NOUNS = frozenset({"moratorium", "moratoria", "moratoriums", "ban", "bans", "freeze"})


def _not_an_event(article: Article, m: Match, toks: list[Token]) -> bool:
    """Rule ``names``: part of a name, "deal with", "returned home", "returned to Oman"."""
    text = article.text
    word = fold(m.text)
    after = article.tokens.between(m.end, article.sentences[m.sentence_id].end, limit=4)
    nxt = after[0][2] if after else ""
    if word in ("deal", "deals") and nxt == "with" and toks and toks[-1][2] in _BEFORE_A_VERB:
        return True
    if word == "returned":
        passive = bool(toks) and toks[-1][2] in BE_FORMS
        bare = not after or bool(text[m.end : after[0][0]].strip())  # nothing, or a comma, next
        span = (nxt.isdigit() or nxt in NUMBER_WORDS) and len(after) > 1 and after[1][2] in _SPANS
        if nxt == "from" or (not passive and (bare or span or nxt in _AFTER_A_JOURNEY)):
            # "he returned to Oman", "returned home", "returned two years later", "the troops
            # have returned.": no object ("was returned to" and "the bodies were returned."
            # stay); what "was returned from" a place was brought back, not given to a side
            return True
    if nxt == "prize":
        return True
    if m.category == "rejection" and " ... " in m.pattern:
        # "refused to comment on the ceasefire": the refusal of a statement, not of the truce
        inside = article.tokens.between(m.start, m.end, limit=5)
        if _tells_nothing([t[2].lower() for t in inside[1:]]):
            return True
    if m.direction == _ESC and nxt in _STOPPING_NOUNS:
        return True  # "halted its nuclear test moratorium", "a strike ban": the stop, not the act
    if word == "must" and (
        _states_a_condition([t[2] for t in after], toks) or not _asks_a_side(article, m, toks)
    ):
        return True
    if m.category == "reduce_relations" and _after_resumption(toks):
        return True  # "the resumption of the suspended dialogues"
    if word in ("signed", "signing") and any(t[2] in _DOMESTIC_ACTS for t in after[:4]):
        return True
    if m.text[:1].isupper() and (" " not in m.text or _capitalised_phrase(m.text)):
        for tok in after[:4]:
            raw = text[tok[0] : tok[1]]
            if tok[2] in _NAME_ENDS and raw[:1].isupper():
                return True
            if not (raw[:1].isupper() or tok[2] in _NAME_GLUE):
                break
        return _inside_name(article, m, after)
    return False


#: Past participles that do not end in -ed or -en: "the hostages must be freed / held".
_IRREGULAR_PARTICIPLES = frozenset(
    "held paid made brought sent put kept met built cut shut done won told sold left let set "
    "found bought fought caught taught struck hit lost led fed spent".split()
)
_PARTICIPLE_RE = re.compile(r"\w+(?:ed|en)")
#: Right before "must", subjects of a duty or an exhortation, asked of nobody in particular.
_DUTY_SUBJECTS = frozenset({"which", "that", "who", "i", "one", "everything", "everyone"})
#: Near before "must", the speakers or both sides together: "we in Europe must", "X and Y must".
_JOINT_SUBJECTS = frozenset({"we", "both", "and", "sides"})
#: ... or a pair of sides after "two": "the two governments must", "two neighbours must".
_PAIRED_SIDES = frozenset(
    "countries nations states governments leaders neighbours neighbors powers capitals "
    "parties presidents".split()
)
#: Right after "must", words before the verb it governs: "must now be registered", "must
#: not be confused with", "must first restore".
_BEFORE_THE_VERB = frozenset("not now first also still then therefore always never only".split())
#: After "must", verbs of inference: "this must sound like", "one must wonder".
_INFERRING = frozenset({"sound", "seem", "look", "feel", "wonder", "know", "realise", "realize"})
#: Participles after "must be" of regard and record, no act asked of a side: "must be seen
#: as", "must be encouraged", "must be registered", "it must be recognized that".
_REGARDED = frozenset(
    "seen viewed regarded considered recognised recognized noted understood emphasised "
    "emphasized stressed encouraged remembered registered branded labelled labeled written "
    "treated judged tempted done confused mistaken".split()
)


#: Right before "must", nouns of a side that can be asked to act, of those a side holds, or of
#: the acts it is asked to end: "the army must leave", "the hostages must be freed", "the
#: shelling must stop" (a named side is capitalised: "Israel must end ...").
_SIDE_NOUNS = frozenset(
    "army armies troops forces soldiers militia militias rebels militants insurgents guerrillas "
    "government governments regime authorities leadership leader leaders president junta side "
    "occupiers invaders settlers hostages captives prisoners detainees diplomats journalists "
    "attacks strikes raids shelling bombing bombings fighting violence killing killings "
    "occupation blockade siege aggression crackdown repression oppression persecution".split()
)
#: Pronouns before "must", and the "there" of "there must be" or of "creditors there must":
#: a side only where the sentence addresses one before them ("Egypt told Israel that it must
#: open the crossing"), so a sentence-initial "There" is no name.
_PRONOUNS = frozenset("it they he she you this these those there".split())
#: Verbs that address a side, so that a pronoun after them stands for it.
_ADDRESSING = frozenset("told tell tells warned warn warns urged urge urges reminded".split())


def _asks_a_side(article: Article, m: Match, toks: list[Token]) -> bool:
    """Whether "must" at ``m`` has a side as its subject, the one a demand asks to act
    (CAMEO 10): a name or a side's noun (:data:`_SIDE_NOUNS`) among the three words before
    it ("Russia said Israel must end its strikes", "the oppression of the Kurdish people
    must end"), or a pronoun for a side addressed before it ("told Israel that it must").
    A thing, a market or a rule is asked nothing ("said the pipeline must carry oil by the
    spring", "creditors there must take a position"), nor is a "must" with no subject
    before it in its clause."""
    words = [t for t in toks if t[2] not in _BEFORE_THE_VERB]
    if not words:
        return False
    if words[-1][2] in _PRONOUNS:
        said = article.tokens.between(article.sentences[m.sentence_id].start, words[-1][0])
        return any(t[2] in _ADDRESSING for t in said)
    return any(
        t[2] in _SIDE_NOUNS or (t[2] not in DETERMINERS and article.text[t[0]].isupper())
        for t in words[-3:]
    )


def _states_a_condition(after: list[str], toks: list[Token]) -> bool:
    """Whether "must" states a condition or a duty rather than demanding an act (CAMEO 10 is
    an actor requiring an act: "Israel must end attacks", "the hostages must be freed"): a
    state or a rule follows ("must be a member of the trade body", "must be in excess of
    three years"), it infers ("must have known"), a procedure names its agent ("must be
    approved by the board"), a relative clause gives a body's duty ("the committee,
    which must approve the budget"), speakers exhort themselves ("we must support the
    armed forces": nobody else is asked), both sides are asked together ("Debtor countries
    and creditors must cooperate", "the two governments must": an appeal, CAMEO 02), or a
    regard or a record is asked for, with or without adverbs between ("must be seen as",
    "must now be registered", "must not be confused with")."""
    if toks and toks[-1][2] in _DUTY_SUBJECTS:
        return True  # a body's duty, or an exhortation: "We must support the armed forces"
    near = [t[2] for t in toks[-6:]]
    if any(w in _JOINT_SUBJECTS for w in near) or any(
        w == "two" and nxt in _PAIRED_SIDES for w, nxt in pairwise(near)
    ):
        return True  # speakers or both sides together: "we in Europe must", "the two states must"
    while after and after[0] in _BEFORE_THE_VERB:
        after = after[1:]  # "must now be registered": the verb comes after the adverbs
    first = after[0] if after else ""
    if first == "have" or first in _INFERRING:
        return True
    if first != "be":
        return False
    done = after[1] if len(after) > 1 else ""
    if done in ("ready", "willing", "able"):
        return False  # "the Union must be ready to mediate": an act asked for
    if not (done in _IRREGULAR_PARTICIPLES or _PARTICIPLE_RE.fullmatch(done)):
        return True
    return done in _REGARDED or "by" in after[2:4]


def _inside_name(article: Article, m: Match, after: list[Token]) -> bool:
    """A capitalised hit inside a run of capitalised words, not at its sentence's start, is
    part of a name: "Operation **Peace** Spring", "Combined **Joint** Task Force", "Fire and
    **Rescue**", "**Grant** Shapps", "Capitol Hill Organized **Protest**"."""
    text = article.text
    sentence = article.tokens.sentence(m.sentence_id)
    if all(text[t[0]].isupper() or t[1] - t[0] < 4 for t in sentence):
        return False  # a headline in title case: every word but the short ones is capitalised
    before = article.tokens.between(article.sentences[m.sentence_id].start, m.start)
    if not before:
        return False  # the sentence's first word: capitalised anyway
    if after and text[after[0][0] : after[0][0] + 1].isupper():
        return True
    end = m.start
    for tok in reversed(before[-3:]):
        if _NAME_BREAK.search(text, tok[1], end):
            return False  # a dash or a bracket ends a name: "JUBA (Reuters) - **Fighting**"
        end = tok[0]
        if text[tok[0] : tok[0] + 1].isupper():
            # a sentence's first word is capitalised anyway, so it makes a name only with a
            # capitalised phrase: "Operation **Lasting Peace** began ..."
            return tok is not before[0] or _capitalised_phrase(m.text)
        if tok[2] not in _NAME_GLUE:
            return False
    return False


def _capitalised_phrase(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _content(toks: list[Token], rejections: list[tuple[int, int]], c0: int) -> str | None:
    """Rule ``content``: whether the hit is what is rejected, demanded or alleged (also after
    a hit the ``negation`` rule made a rejection: "will **not lift the ban** ... as a
    precondition for starting negotiations")."""
    tail = toks[-_CONTENT_REACH:]
    for r0, end in reversed(rejections):  # in text order: only the last few can be near
        if end < c0:
            break
        if r0 == c0 and tail and tail[0][0] <= end:
            return "rejection"
    for k in range(len(tail) - 1, -1, -1):
        word = tail[k][2]
        kind = _content_word(word)
        if kind is not None:
            return kind
        if word == "for" and k >= 1 and tail[k - 1][2].startswith("arrest"):
            return "accusation"
    return None


@lru_cache(maxsize=1 << 16)
def _content_word(word: str) -> str | None:
    """What a word opens for rule ``content`` ("rejection", "demand", "accusation"), if any."""
    if _REJECTING.fullmatch(word):
        return "rejection"
    if _DEMANDING.fullmatch(word):
        return "demand"
    if _ACCUSING.fullmatch(word):
        return "accusation"
    return None


def _changed(m: Match, rule: str, **changes: Any) -> Match:
    """A copy of ``m`` with ``changes``, recording that ``rule`` made them."""
    return dataclasses.replace(m, rule=f"{m.rule}+{rule}" if m.rule else rule, **changes)


def _sentence_rules(article: Article, hits: list[Match], skip: Collection[str]) -> list[Match]:
    """Rules ``frames`` and ``background``, sentence by sentence."""
    groups: dict[int, list[int]] = {}
    for k, m in enumerate(hits):
        if m.direction in (_ESC, _DE):
            groups.setdefault(m.sentence_id, []).append(k)
    weights = {k: m.weight for k, m in enumerate(hits)}
    background: set[int] = set()
    modality: dict[int, str] = {}
    for sid, ks in groups.items():
        if "background" not in skip:
            _background(article, hits, ks, weights, background)
        if "frames" not in skip:
            _frame(article, article.sentences[sid], hits, ks, weights, modality)
    out: list[Match] = []
    for k, m in enumerate(hits):
        if k in background:
            m = _changed(m, "background", weight=stable_float(weights[k]))
        mode = modality.get(k)
        if mode == "demanded":
            weight = round(min(weights[k], DEMAND_WEIGHT), 6)
            m = _changed(m, "frames", category="demand", weight=weight, modality=mode)
        elif mode is not None:
            m = _changed(m, "frames", weight=stable_float(weights[k]), modality=mode)
        out.append(m)
    return out


def _background(
    article: Article,
    hits: list[Match],
    ks: list[int],
    weights: dict[int, float],
    changed: set[int],
) -> None:
    text = article.text
    released: int | None = None  # the clause of the sentence's release, if it has one
    prev: Match | None = None
    settings: list[int] = []  # hits in a clause opened by "after", "amid", "if", ...
    opened: list[int] = []  # ... of which those opened before them, and attributes
    main = False  # a hit outside any scene: the sentence's main event
    mains: dict[int, Match] = {}  # each clause's first hit outside any scene
    topic_clause: int | None = None  # a clause whose rest an apology is about, if any
    references: list[int] = []  # past events named as a date or a reference, no event
    for n, k in enumerate(ks):
        m = hits[k]
        ci = article.clause_of(m.start)
        c0 = article.clauses[ci].start
        opener = _opener(article, ci, m.start)
        scene = opener is not None
        # (a relative in the past perfect tells what came before, a scene like "after":
        # "the army, which had besieged the town, opened a corridor")
        relative = (
            scene
            and opener.group(0).lower() in _RELATIVES
            and not _PLUPERFECT.match(text, opener.end())
        )
        after = relative and references and references[-1] == ks[n - 1]
        if after and hits[references[-1]].end <= opener.start():
            references.append(k)  # "the anniversary of the genocide, in which 800,000 people
            # were killed": what describes a remembered event is remembered too, however far
            # its verb is from the anniversary (:data:`_REFERENCE_GAP` words when near)
        if scene and not relative:
            settings.append(k)
            opened.append(k)
        head = _topic_head(prev, m) if not scene and prev is not None else None
        if head is not None:
            # what talks, a deal, a truce, a discussion or an apology is about: "struck a deal
            # on tariffs", "a ceasefire in the fighting", "met to discuss the shooting",
            # "apologised for the massacre"
            topic, beside, whole_clause = head
            scene = topic.match(text, prev.end, m.start) is not None
            if scene and beside:
                settings.append(k)  # no event beside the main one
                if whole_clause:
                    topic_clause = ci
        if not scene and m.direction == _ESC and topic_clause == ci:
            scene = True  # the rest of what the apology is for: "... that killed 12 civilians"
            settings.append(k)
        prev = m
        if not scene and c0 > article.sentences[m.sentence_id].start:
            # a clause opened by "as" after a boundary: ", as air raids resumed"
            first = article.tokens.between(c0, m.start, limit=1)
            scene = bool(first) and first[0][2] == "as"
            if scene:
                settings.append(k)
        first = mains.get(ci)
        if not scene and first is not None and _reduced_relative(article, first, m):
            scene = True  # "freed three journalists detained in the raid": what describes the
            settings.append(k)  # object of the main event is no event beside it
        if not scene and _attributive(article, m):
            scene = True  # "a kidnapped diplomat has been freed": a state, not the event
            settings.append(k)
            opened.append(k)
        if not scene and released is not None and m.direction == _ESC:
            # what the release ends, in the release's own clause: "freed the hostages seized
            # in March" (not "released 50 prisoners but arrested dozens")
            scene = m.category in _RELEASE_SCOPE and ci == released
        if k not in references and _reference(article, m):
            references.append(k)  # "the 30th anniversary of the genocide", "since the
            if not scene:  # ceasefire": a past event remembered or a date, whatever clause
                scene = True  # it stands in
                settings.append(k)
        if not scene and _dated(article, m):
            scene = True  # "wanted for the 2008 Mumbai attacks": a past event as a reference
            settings.append(k)
        if scene:
            weights[k] *= BACKGROUND_FACTOR
            changed.add(k)
        else:
            main = True
            mains.setdefault(ci, m)
            if released is None and m.direction == _DE and m.category == "concession":
                released = ci
                earlier = [j for j in ks[:n] if j not in settings]
                for j in _captivity_ended(article, hits, earlier, m, ci):
                    weights[j] *= BACKGROUND_FACTOR  # "a driver held hostage ... has been
                    changed.add(j)  # freed": the captivity the release ends
                    settings.append(j)
                    if mains.get(ci) is hits[j]:
                        mains[ci] = m
    if opened and not main and _main_cue(article, article.sentences[hits[ks[0]].sentence_id]):
        settings = opened  # what is said or asked is the news, not the scene it is set in
        main = True
    if main:
        # the main event decides: "Budapest calm after a night of violent protests" is calm
        for k in settings:
            weights[k] *= SETTING_BESIDE_MAIN_FACTOR
    for k in references:
        weights[k] = 0.0  # "marked the 30th anniversary of the genocide" reports no conflict


#: Words of captivity, which a release ends.
_CAPTIVITY_RE = re.compile(
    r"\b(?:hostages?|kidnap\w*|abduct\w*|captur\w*|detain\w*|held|seiz\w*|arrest\w*|"
    r"imprison\w*|jail\w*|captiv\w*)\b"
)


def _captivity_ended(
    article: Article, hits: list[Match], before: list[int], release: Match, ci: int
) -> list[int]:
    """Rule ``background``: the hits among ``before`` that a passive ``release`` in clause
    ``ci`` ends: escalation words of captivity (:data:`_CAPTIVITY_RE`) in its clause before it.
    A passive release's subject is the captive, so what describes it there is its captivity
    ("an aid worker kidnapped in Iraq last month has been freed"); an active release's captive
    is its object ("rebels kidnapped two aid workers and released them": two events), and its
    subject, if named as a captor ("kidnappers have released a driver"), is a participant
    (rule ``names``, :func:`_without_participants`)."""
    sid, a = article.tokens.locate(release.start)
    if not is_passive(article.tokens.sentence(sid), a):
        return []
    return [
        j
        for j in before
        if hits[j].direction == _ESC
        and article.clause_of(hits[j].start) == ci
        and _CAPTIVITY_RE.search(fold(hits[j].text))
    ]


def _topic_head(prev: Match, m: Match) -> tuple[re.Pattern[str], bool, bool] | None:
    """If hit ``prev`` heads a topic, for ``background``: the pattern of the words between it
    and hit ``m`` that is its topic (an escalation hit, any hit a side is criticised or
    arrested for or accused of, or cooperation a side quarrels over: :data:`_CAUSE_HEADS`);
    whether that topic weighs nothing beside a main event (what a truce stops, what is
    discussed, apologised for, criticised or arrested for) or half (the topic of talks or a deal);
    and whether the rest of the clause belongs to it too (an apology's). None: ``prev`` heads no
    topic of ``m``."""
    if prev.category in ("disapproval", "coercion"):
        accused = fold(prev.text).startswith("accus")
        return (_ACCUSED_OF_RE if accused else _BLAMED_FOR_RE), True, False
    if m.direction == _DE and prev.direction == _ESC and prev.category in _CAUSE_HEADS:
        return _CAUSE_RE, True, False  # "recalled its ambassador over the deal"
    if m.direction != _ESC:
        return None
    if prev.category == "diplomacy":
        return (_APOLOGY_TOPIC_RE, True, True) if _APOLOGY.search(fold(prev.text)) else None
    if prev.category == "investigation":
        return _INQUIRY_TOPIC_RE, True, False  # "cooperate with Colombia's inquiry into the
        # border killings": what is investigated is no event beside the cooperation
    if prev.category not in _TOPIC_HEADS:
        return None
    if fold(prev.text) in _DISCUSSING:
        return _DISCUSSED_RE, True, False
    if prev.category == "ceasefire":
        return _TRUCE_TOPIC_RE, True, False
    return _TOPIC_RE, False, False


#: Pronoun subjects of a relative clause right after the object ("pulled out of the towns
#: **they captured** in the spring").
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def _reduced_relative(article: Article, main: Match, m: Match) -> bool:
    """Whether hit ``m`` lies in a reduced relative clause after the object of ``main``, the
    main event of its clause: a past participle (-ed, -en) after a noun, followed by a
    preposition or a time ("exchanged the bodies of soldiers **killed in** the fighting",
    "delivered food to families **displaced by** the fighting"), where ``main`` is a verb with
    its object (a verb–object hit, a word in -ed, or a word before a determiner or a number)
    and no word between them opens a new clause ("troops attacked the town and rebels
    retreated in disarray")."""
    toks = article.tokens.between(main.end, article.sentences[m.sentence_id].end)
    if not toks or toks[0][0] > m.start:
        return False
    words = [t[2] for t in toks]
    if not (
        " ... " in main.pattern
        or main.text.lower().endswith("ed")
        or words[0] in _OBJECT_STARTS
        or words[0].isdigit()
    ):
        return False
    for i in range(1, len(words) - 1):
        if toks[i][0] > m.start or (
            words[i - 1] in _NEW_CLAUSE and not (i == 1 and words[0] in _SUBJECT_PRONOUNS)
        ):
            return False  # a new clause, or no participle at or before the hit
        w = words[i]
        if len(w) > 4 and w.endswith(("ed", "en")) and words[i + 1] in _PARTICIPLE_NEXT:
            return True
    return False


def _attributive(article: Article, m: Match) -> bool:
    """Whether hit ``m`` is a participle used as an attribute: one word in -ed/-en between a
    determiner, a number, a preposition or a verb of care and the noun it describes ("a
    kidnapped diplomat", "medicine for injured Palestinians", "evacuated wounded soldiers")."""
    if " " in m.text or not m.text.lower().endswith(("ed", "en")):
        return False
    sid, j = article.tokens.locate(m.start)
    toks = article.tokens.sentence(sid)
    if j == 0 or j + 1 >= len(toks) or toks[j][0] != m.start:
        return False
    before, after = toks[j - 1][2], toks[j + 1]
    if not (before in _ATTRIBUTE_OPENERS or before.isdigit() or before in _CARE_VERBS):
        return False
    return after[2] not in _NOT_A_NOUN and article.text[m.end : after[0]].isspace()


def _in_clause_before(article: Article, m: Match, n: int) -> tuple[list[Token], int, int]:
    """``(tokens of m's sentence, index of m's first token, index of the first of the up to
    ``n`` tokens before it in its own clause)``: what a date or a reference before a hit is read
    in (a year or "since" in an aside before it dates the aside: "some held since the 2009
    uprising, walked out of Evin prison")."""
    sid, j = article.tokens.locate(m.start)
    toks = article.tokens.sentence(sid)
    c0 = article.clauses[article.clause_of(m.start)].start
    first = max(j - n, 0)
    while first < j and toks[first][0] < c0:
        first += 1
    return toks, j, first


def _reference(article: Article, m: Match) -> bool:
    """Whether hit ``m`` names a past event only as a date or as what is remembered, never as
    news: the event of an anniversary or a commemoration ("the 50th anniversary of the end of
    the war", "commemorating the victims of the massacre"), what a suspect is one in ("extradited
    a suspect in the hotel bombing") or the object of "since" as a
    preposition ("three decades since the genocide", "the first strike since the ceasefire"),
    its head at most :data:`_REFERENCE_GAP` words before the hit. (A noun dated by its year,
    :func:`_dated`, can still be what its sentence tells: "Iraq's 1990 invasion of Kuwait led
    to a war".)"""
    toks, j, first = _in_clause_before(article, m, _REFERENCE_GAP)
    for k in range(j - 1, first - 1, -1):
        word = toks[k][2].lower()
        if word in _REFERENCE_HEADS:
            return True
        if word == "since":  # "since the ceasefire", "since Iraq's invasion", "25 years since
            after = toks[k + 1][2].lower()  # genocide" (not "since 1991", the date itself)
            adverb = k > 0 and toks[k - 1][2].lower() in _EVER  # "have since renounced"
            bare = k + 1 == j and not _past_form(after) and not adverb
            named = after in DETERMINERS or after.endswith("'s") or bare
            return named and not _clause_after(toks, j)
        if word in _NOT_IN_A_REFERENCE or _past_form(word):
            return False  # a verb or a clause between: "since the six agreed to cooperate"
    return False


def _clause_after(toks: list[Token], j: int) -> bool:
    """Whether a verb follows the hit at token ``j`` within three words, making the "since"
    before it a conjunction ("since the ceasefire understanding was renewed": the renewal is
    news of its own, a scene, not a date)."""
    for word in (t[2].lower() for t in toks[j + 1 : j + 4]):
        if word in _COPULAS_AND_AUXILIARIES or _past_form(word):
            return True
    return False


def _past_form(word: str) -> bool:
    """Whether the folded ``word`` looks like a verb's past form ("agreed", "renewed"): where it
    stands, a reference's noun phrase has ended (:func:`_reference`, :func:`_clause_after`)."""
    return word.endswith("ed") and len(word) > 3


#: Verbs that, after a noun, make it the subject of a clause (:func:`_clause_after`).
_COPULAS_AND_AUXILIARIES = _FINITE_NOT_FUTURE | {"began", "begins"}
#: How far before a hit a reference's head may stand (:func:`_reference`).
_REFERENCE_GAP = 6
#: Words whose object is a past event remembered or named as what someone is held for
#: (:func:`_reference`): "anniversary of", "the centenary of annexation", "a suspect in the
#: hotel bombing".
_REFERENCE_HEADS = frozenset(
    "anniversary anniversaries commemorate commemorates commemorated commemorating "
    "commemoration commemorations remembrance memorial memorials suspect suspects mastermind "
    "masterminds centenary centenaries centennial bicentenary".split()
)
#: Words that end a reference's noun phrase before the hit (and any word in "-ed").
_NOT_IN_A_REFERENCE = frozenset(
    "and but or to was were is are has have had said says after before when while as".split()
)


#: A year, which dates the noun after it (:func:`_dated`).
_YEAR = re.compile(YEAR)
#: A past day in the possessive (folded tokens), which dates the noun after it as a year does
#: ("Sunday's bombing", "yesterday's raid"; not "today's") ...
_PAST_DAYS = frozenset(f"{day}'s" for day in ("yesterday", *WEEKDAYS))
#: ... and a period after "last" or "previous" ("last month's deadly clash").
_LAST_PERIODS = frozenset(f"{period}'s" for period in "week month year weekend night".split())
_LAST = frozenset({"last", "previous"})


def _dated(article: Article, m: Match) -> bool:
    """Whether hit ``m`` is a noun dated by its year: a year after a determiner or a
    possessive and at most two words before the hit ("the 2008 Mumbai attacks", "its 1990
    invasion", "the 1979 Soviet invasion"), or by a past day or period in the possessive
    within as many words ("Sunday's bombing", "last month's deadly clash"): an event of the
    past named as a reference, not reported by its sentence ("In 2008, militants attacked" is
    dated by the sentence)."""
    if m.text.split()[0].lower().endswith("ed"):
        return False  # a verb: "the 1994 genocide killed 800,000 people" reports the killing
    toks, j, first = _in_clause_before(article, m, 3)
    for k in range(j - 1, first - 1, -1):
        word = toks[k][2]
        if word in _PAST_DAYS or (k > 0 and word in _LAST_PERIODS and toks[k - 1][2] in _LAST):
            return True
        if k > 0 and _YEAR.fullmatch(word):
            det = toks[k - 1][2]
            return det in DETERMINERS or det.endswith("'s")
    return False


#: The past perfect after a relative pronoun: "who had been held", "which had besieged" (not
#: "who had to flee", an obligation).
_PLUPERFECT = re.compile(r"\s+had\s+(?!to\b)")


def _opener(article: Article, ci: int, end: int) -> re.Match[str] | None:
    """The scene opener before ``end`` in clause ``ci``: in the clause, in the clause it
    resumes after an aside (:func:`_resumed_opener`), or the word of the boundary that opened
    it ("the generals agreed to meet, although the armies traded fire last week": the clause
    boundary takes "although" out of both clauses)."""
    text, clauses = article.text, article.clauses
    c0 = clauses[ci].start
    found = (
        _BACKGROUND_RE.search(text, c0, end)
        or _resumed_opener(article, ci)
        or _participle_opener(article, ci)
    )
    if found is None and ci > 0:
        before = clauses[ci - 1]
        if article.sentence_of(before.start) == article.sentence_of(c0):
            found = _BACKGROUND_RE.search(text, before.end, c0)
    return found


def _participle_opener(article: Article, ci: int) -> re.Match[str] | None:
    """The present participle that opens clause ``ci``, if that clause opens its sentence and
    another clause of the sentence follows: the scene the next clause is set in ("Refusing to
    give up power, Mugabe agreed to power-sharing"). None for a gerund that is its clause's
    subject (a finite verb follows in the clause: "Fighting in the north killed 12, officials
    said") and for an appeal or a statement, which is the news it opens ("Appealing for funds,
    Guterres said ...")."""
    text, clauses = article.text, article.clauses
    c0 = clauses[ci].start
    sid = article.sentence_of(c0)
    if (
        ci + 1 >= len(clauses)
        or c0 != article.sentences[sid].start
        or article.sentence_of(clauses[ci + 1].start) != sid
    ):
        return None
    found = _PARTICIPLE_OPENER.match(text, c0)
    if found is None or _APPEAL_RE.match(text, c0) or _STATEMENT_RE.match(text, c0):
        return None
    words = [t[2] for t in article.tokens.between(c0, clauses[ci].end)][1:]
    finite = any(w in FINITE_AUX or is_finite_past(w) for w in words)
    return None if finite or (words and words[0].endswith("s")) else found


def _in_scene(article: Article, pos: int) -> bool:
    """Whether position ``pos`` stands in a scene: after an opener in its clause
    (:func:`_opener`)."""
    return _opener(article, article.clause_of(pos), pos) is not None


def _main_cue(article: Article, sentence: Span) -> bool:
    """Whether a statement or appeal cue (rule ``frames``) stands outside any scene of
    ``sentence``: then the sentence reports what was said or asked, its main event, and the
    scenes it is set in weigh nothing beside it ("the UN urged restraint **a day after**
    troops fired on crowds": the appeal is the news, CAMEO 02)."""
    text, seg = article.text, sentence.text
    for cues, keys in ((_STATEMENT_RE, _STATEMENT_KEYS), (_APPEAL_RE, _APPEAL_KEYS)):
        if not _may_hold(seg, keys):
            continue
        found = cues.finditer(text, sentence.start, sentence.end)
        if any(not _in_scene(article, cue.start()) for cue in found):
            return True
    return False


def _resumed_opener(article: Article, ci: int) -> re.Match[str] | None:
    """The scene opener of the clause that clause ``ci`` resumes after an aside, if any: a
    clause opening with a finite auxiliary after an aside between commas of at most
    :data:`~analysis.text.ASIDE_WORDS` words resumes the clause before the aside ("the
    genocide, in which some 800,000 people, mostly ethnic Tutsis, were killed": the killing is
    still the relative clause's; "the army, which had retreated, was shelling": the aside's
    opener is its own)."""
    clauses = article.clauses
    if ci < 2:
        return None
    start, before, aside = clauses[ci].start, clauses[ci - 2], clauses[ci - 1]
    if article.sentence_of(before.start) != article.sentence_of(start):
        return None
    first = article.tokens.between(start, clauses[ci].end, limit=1)
    if not first or first[0][2] not in FINITE_AUX:
        return None
    if len(article.tokens.between(aside.start, aside.end, limit=ASIDE_WORDS + 1)) > ASIDE_WORDS:
        return None
    return _BACKGROUND_RE.search(article.text, before.start, before.end)


#: An infinitive: "to" before a lowercase word that opens no noun phrase ("to refrain", not
#: "to the parties", "to all sides", "to Israel").
_NOT_AN_INFINITIVE = DETERMINERS | {"this", "these", "those", "all", "both", "each", "every"}
_INFINITIVE_RE = re.compile(rf"\bto\s+(?!(?:{'|'.join(sorted(_NOT_AN_INFINITIVE))})\b)[a-z]")
#: The most words between an appeal's addressee and the infinitive that says what is asked.
_ADDRESSEE_REACH = 8
#: The groups of :data:`_APPEAL_RE` whose addressee follows the cue: "urged", "called on",
#: "appealed (to)", "encouraged".
_ADDRESSEE_CUES = ("urge", "call_on", "appeal_to", "appealed", "encourage")


def _addressee(text: str, appeal: re.Match[str], m: Match, end: int) -> bool:
    """Whether hit ``m`` names whom ``appeal`` asks, not what it asks for. After "urged",
    "appealed (to)", "called on" or "encouraged": no infinitive between the appeal and the
    hit, and one within :data:`_ADDRESSEE_REACH` words after it in the sentence (ending at
    ``end``): "appealed to government supporters and opposition protesters to refrain",
    "appealed on Friday to all the parties fighting in Congo to respect the ceasefire" (not
    "urged the army to halt attacks", what is asked). Inside "asked ... to": "asked the
    protesters to go home". An appeal "for" something, or sought, has no addressee."""
    if appeal.group("ask") is not None:
        return m.start < appeal.end()
    if all(appeal.group(name) is None for name in _ADDRESSEE_CUES):
        return False
    if _INFINITIVE_RE.search(text, appeal.end(), m.start + 1):
        return False  # (the hit's own first letter after "to": "urged them to pressure")
    after = _INFINITIVE_RE.search(text, m.end, end)
    return after is not None and len(text[m.end : after.start()].split()) <= _ADDRESSEE_REACH


def _reaches(article: Article, cue: re.Match[str], m: Match) -> bool:
    """Whether a statement or appeal ``cue`` before hit ``m`` governs it: unless the cue
    stands in a scene and the hit in another clause ("after the UN urged calm, militias
    clashed": the clash is the news, not what was asked)."""
    return article.clause_of(cue.start()) == article.clause_of(m.start) or not _in_scene(
        article, cue.start()
    )


def _frame(
    article: Article,
    sentence: Span,
    hits: list[Match],
    ks: list[int],
    weights: dict[int, float],
    modality: dict[int, str],
) -> None:
    text, s0, s1 = article.text, sentence.start, sentence.end
    seg = sentence.text
    statement = _STATEMENT_RE.search(text, s0, s1) if _may_hold(seg, _STATEMENT_KEYS) else None
    appeal = _APPEAL_RE.search(text, s0, s1) if _may_hold(seg, _APPEAL_KEYS) else None
    shared: list[int] = []
    asked: int | None = None  # the clause of a de-escalation hit asked for before the hit
    for k in ks:
        m = hits[k]
        if (
            statement is not None
            and statement.start() <= m.start
            and _reaches(article, statement, m)
            and not (statement.group("denied") and m.start >= statement.end())
        ):  # what a report denied after it is told says ends with the denial
            shared.append(k)
            modality[k] = "stated"
        elif appeal is not None and appeal.start() <= m.start and _reaches(article, appeal, m):
            if m.direction == _DE or (
                asked == article.clause_of(m.start)
                and not _BEYOND_APPEAL.search(text, appeal.end(), m.end)
            ):
                shared.append(k)  # (and what it names in its clause: "urged the generals to
                modality[k] = "appealed"  # show restraint toward demonstrators")
                asked = article.clause_of(m.start)
            elif _addressee(text, appeal, m, s1):
                shared.append(k)  # "appealed to opposition protesters to refrain from
                modality[k] = "addressed"  # violence": who is asked, not what
            elif not _BEYOND_APPEAL.search(text, appeal.end(), m.end):
                modality[k] = "demanded"
    if shared:
        for k in shared:
            weights[k] = min(weights[k], FRAME_WEIGHT / len(shared))


# -- scores and the measure ------------------------------------------------------------------


def direction_of(score: float) -> str:
    """A sentence's direction from its signed score: beyond :data:`DIRECTION_THRESHOLD`."""
    if score > DIRECTION_THRESHOLD:
        return _ESC
    if score < -DIRECTION_THRESHOLD:
        return _DE
    return _NEUTRAL


def score_events(events: Iterable[Event]) -> float:
    """The signed sum of the events' weights (escalation +, de-escalation -), six decimals."""
    return stable_float(sum(e.signed_weight for e in events))


def turning_point(scores: Sequence[tuple[int, int, float]]) -> dict[str, Any] | None:
    """Where the running balance settles, for good, on the side it ends on.

    ``scores`` are ``(sentence_id, start, escalation_score)`` in reading order. With ``B_k``
    the running sum of the sentence scores up to sentence ``k`` and ``s`` the sign of the
    final balance, the turning point is the first sentence ``t`` with ``sign(B_k) == s`` for
    every ``k >= t``, provided some earlier ``B_k`` had the opposite sign (a balance that only
    leaves 0 is no turn). Returns ``{"sentence_id", "offset" (the sentence's first character),
    "from", "to"}`` or None: no sentences, a final balance of 0, or no turn.
    """
    if not scores:
        return None
    balance = 0.0
    signs: list[int] = []
    for _, _, sc in scores:
        balance = round(balance + sc, 6)
        signs.append((balance > 0) - (balance < 0))
    final = signs[-1]
    if final == 0:
        return None
    t = len(signs) - 1
    while t > 0 and signs[t - 1] == final:
        t -= 1
    if -final not in signs[:t]:
        return None
    sid, start, _ = scores[t]
    return {
        "sentence_id": int(sid),
        "offset": int(start),
        "from": _DE if final > 0 else _ESC,
        "to": _ESC if final > 0 else _DE,
    }


def _event_sign(units: Any) -> Any:
    """+1 for an escalation event, -1 for a de-escalation one: their mean is the index."""
    return 2.0 * (units["direction"] == _ESC) - 1.0


class EscalationMeasure(Measure):
    """Escalation versus de-escalation: word counts, event scores, the document index.

    Active when some lexicon's categories carry a direction. Sentence columns:
    ``escalation_terms``/``deescalation_terms`` count the sentence's directional hits (words),
    ``escalation_score`` sums its events' signed weights, ``direction`` reads that score.
    """

    name = "escalation"
    has_rules = True
    columns: ClassVar[Mapping[str, str]] = {
        "escalation_terms": "Int64",
        "deescalation_terms": "Int64",
        "escalation_score": "Float64",
        "direction": "str",
    }
    #: The index over events (the mean of their signs: (E - D) / (E + D)), resampling events;
    #: the score, the sum of the sentence scores, resampling sentences.
    statistics: ClassVar[tuple[Statistic, ...]] = (
        Statistic("escalation_index", "events", _event_sign),
        Statistic("escalation_score", "sentences", "escalation_score", total=True),
    )

    def active(self, lexicons: Sequence[Lexicon]) -> bool:
        return any(c.direction for lx in lexicons for c in lx.categories.values())

    def apply_rules(
        self, article: Article, hits: Sequence[Match], *, skip: Collection[str] = ()
    ) -> list[Match]:
        return apply_rules(article, hits, skip=skip)

    def sentence_values(self, doc: Document) -> dict[str, list[Any]]:
        n = len(doc.article.sentences)
        esc, de = [0] * n, [0] * n
        for m in doc.matches:
            if m.direction == _ESC:
                esc[m.sentence_id] += 1
            elif m.direction == _DE:
                de[m.sentence_id] += 1
        events: list[list[Event]] = [[] for _ in range(n)]
        for e in doc.events:
            events[e.sentence_id].append(e)
        score = [score_events(es) for es in events]  # a sentence's score is its events'
        return {
            "escalation_terms": esc,
            "deescalation_terms": de,
            "escalation_score": score,
            "direction": [direction_of(s) for s in score],
        }

    def summarise(self, doc: Document, values: Mapping[str, list[Any]]) -> dict[str, Any]:
        """``escalation_terms``/``deescalation_terms`` (words), ``escalation_events``/
        ``deescalation_events``, ``escalation_index`` = (E - D) / (E + D) over events (0.0
        when there are none), ``escalation_score`` (the sum of the sentence scores), each
        with its interval (:attr:`statistics`), one
        ``escalation_<category>`` event count per category of the active directional
        lexicons (and any category a rule produced), and ``escalation_turning_point``."""
        e = sum(1 for ev in doc.events if ev.direction == _ESC)
        d = len(doc.events) - e
        scores = values["escalation_score"]
        out: dict[str, Any] = {
            "escalation_terms": sum(values["escalation_terms"]),
            "deescalation_terms": sum(values["deescalation_terms"]),
            "escalation_events": e,
            "deescalation_events": d,
        }
        out.update(self.figures(doc, values))  # escalation_index, escalation_score, intervals
        counts = Counter(ev.category for ev in doc.events)
        names = {c.name for lx in doc.lexicons for c in lx.categories.values() if c.direction}
        for name in sorted(names | set(counts)):
            key = f"escalation_{name}"
            if key not in out and key != "escalation_turning_point":
                out[key] = counts.get(name, 0)
        starts = [s.start for s in doc.article.sentences]
        out["escalation_turning_point"] = turning_point(
            list(zip(range(len(scores)), starts, scores, strict=True))
        )
        return out
