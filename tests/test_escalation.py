"""Escalation vs de-escalation: the shipped lexicon, the context rules, scores and summary.

Sentences are written for these tests in the style of wire news; nothing here reads
``../shared/data``. Each sentence goes through the real path: loaded as an article, the
compiled matcher on the shipped lexicon, :func:`analysis.escalation.apply_rules`, the events and
their score.
"""

from __future__ import annotations

import json
import math

import pytest

import analysis
from analysis.core import find_matches
from analysis.errors import ParameterError
from analysis.escalation import (
    DIRECTION_THRESHOLD,
    DIRECTIONS,
    FRAME_WEIGHT,
    RULES,
    apply_rules,
    direction_of,
    score_events,
    turning_point,
)
from analysis.events import Event, build_events
from analysis.gazetteer import find_mentions, resolve_gazetteers
from analysis.lexicon import load_lexicon
from analysis.matching import Match, Matcher


@pytest.fixture(scope="module")
def lexicon():
    return load_lexicon("escalation")


@pytest.fixture(scope="module")
def run(lexicon):

    gazetteers = resolve_gazetteers()

    def _run(sentence: str) -> tuple[list[Match], tuple[int, int, float, str]]:
        """(hits, (escalation hits, de-escalation hits, events' score, direction)): the
        pipeline's matching stage (context, then rules) on the shipped lexicon."""
        article = analysis.load_article(text=sentence)
        hits = find_matches(article, [lexicon], find_mentions(article, gazetteers))
        score = score_events(build_events(article, hits))
        e = sum(h.direction == "escalation" for h in hits)
        d = sum(h.direction == "de-escalation" for h in hits)
        return hits, (e, d, score, direction_of(score))

    return _run


def _hit(hits: list[Match], text: str) -> Match:
    found = [h for h in hits if text.lower() in h.text.lower()]
    assert found, f"no hit containing {text!r} in {[h.text for h in hits]}"
    return found[0]


# -- the shipped lexicon ---------------------------------------------------------------------


def test_shipped_lexicon_loads_with_directions_and_weights(lexicon):
    assert lexicon.name == "escalation"
    assert lexicon.rules == "escalation"
    assert "CAMEO" in lexicon.source and "Goldstein" in lexicon.source
    assert len(lexicon.categories) >= 12
    directions = {c.direction for c in lexicon.categories.values() if not c.evidence}
    assert directions == {"escalation", "de-escalation"}
    for cat in lexicon.categories.values():
        if cat.evidence:  # what a sentence is about (armed actors, accidents...): no direction
            assert cat.direction is None, cat.name
            continue
        assert cat.direction in ("escalation", "de-escalation"), cat.name
        assert 0.0 <= cat.weight <= 10.0, cat.name
        assert cat.patterns, cat.name
        for p in cat.patterns:
            assert 0.0 <= p.weight <= 10.0, (cat.name, p.pattern)
            assert p.direction == cat.direction


def test_lexicon_has_multiword_glob_and_verb_object_patterns(lexicon):
    kinds = {p.pattern: p.kind for p in lexicon.patterns}
    assert kinds["drone and missile strikes"] == "phrase"
    assert kinds["peace talks"] == "phrase"
    assert kinds["de-escalat*"] == "glob"
    assert kinds["retaliat*"] == "glob"
    assert sum(k == "verb_object" for k in kinds.values()) >= 10


def test_rule_names_are_known():
    with pytest.raises(ParameterError, match="unknown escalation rule"):
        apply_rules(analysis.load_article(text="text"), [], skip=("no-such-rule",))


# -- every category, on real-looking sentences -------------------------------------------------

CATEGORY_CASES = [
    ("military_action", "escalation", "Russian forces shelled the town and launched new attacks."),
    ("violence", "escalation", "A car bomb tore through a crowded market in the capital."),
    ("casualties", "escalation", "At least 30 civilians were killed and dozens wounded."),
    ("retaliation", "escalation", "Kyiv retaliated overnight, officials said."),
    ("mobilisation", "escalation", "The army mobilized reservists along the frontier."),
    # (with a side named: words that each need context do not vouch for each other)
    (
        "intensification",
        "escalation",
        "Fighting intensified as tensions with the rebels escalated in the north.",
    ),
    ("threat", "escalation", "The rebels issued an ultimatum to the government."),
    ("coercion", "escalation", "Police arrested 40 activists in the capital."),
    ("sanctions", "escalation", "The European Union imposed new sanctions on Moscow."),
    ("reduce_relations", "escalation", "Both countries severed diplomatic ties on Monday."),
    ("protest", "escalation", "Thousands of demonstrators joined a general strike."),
    ("rejection", "escalation", "Russia vetoed the UN resolution on Syria on Friday."),
    ("demand", "escalation", "The opposition demanded an audit of the vote."),
    ("disapproval", "escalation", "The foreign ministry condemned the decision."),
    ("investigation", "escalation", "The UN opened an investigation into the shelling."),
    ("ceasefire_breach", "escalation", "Government troops violated the ceasefire on Sunday."),
    ("ceasefire", "de-escalation", "The two sides signed a ceasefire in Doha."),
    ("de_escalation", "de-escalation", "Both governments moved to ease tensions on the border."),
    ("negotiation", "de-escalation", "Delegations from both sides held talks in Geneva."),
    ("mediation", "de-escalation", "Qatar mediated between the two sides."),
    ("agreement", "de-escalation", "The two countries struck a deal on grain exports."),
    ("withdrawal", "de-escalation", "Russia began to withdraw its troops from the region."),
    ("humanitarian", "de-escalation", "The UN delivered humanitarian aid to the city."),
    ("cooperation", "de-escalation", "The two navies will share intelligence on piracy."),
    # praise is diplomacy between sides (a president praising firefighters is not)
    ("diplomacy", "de-escalation", "The French president praised the Japanese envoy."),
    ("concession", "de-escalation", "The government released 200 prisoners."),
]


@pytest.mark.parametrize(("category", "direction", "sentence"), CATEGORY_CASES)
def test_each_category_on_a_sentence(run, category, direction, sentence):
    hits, (_, _, score, label) = run(sentence)
    assert category in {h.category for h in hits}
    assert label == direction
    assert (score > 0) == (direction == "escalation")


def test_every_category_has_a_case(lexicon):
    events = {c.name for c in lexicon.categories.values() if not c.evidence}
    assert {c for c, _, _ in CATEGORY_CASES} == events


# -- the verb decides --------------------------------------------------------------------------


def test_ceasefire_signed_versus_breached(run):
    signed, (_, _, s_score, s_dir) = run("The warring parties signed a ceasefire on Monday.")
    broken, (_, _, b_score, b_dir) = run("The warring parties breached the ceasefire on Monday.")
    assert (s_dir, b_dir) == ("de-escalation", "escalation")
    assert _hit(signed, "signed a ceasefire").weight == 9.0  # CAMEO 0871 declare truce
    assert _hit(broken, "breached the ceasefire").weight == 9.5  # CAMEO 196 violate ceasefire
    assert s_score == -9.0 and b_score == 9.5


def test_ceasefire_mentioned_weighs_less_than_declared(run):
    mentioned, _ = run("A ceasefire is in place.")
    declared, _ = run("The army declared a ceasefire.")
    assert _hit(mentioned, "ceasefire").weight < _hit(declared, "declared a ceasefire").weight


def test_strike_a_deal_is_cooperation_not_an_attack(run):
    hits, (_, _, _, label) = run("Washington and Beijing struck a deal on grain exports.")
    assert label == "de-escalation"
    assert _hit(hits, "struck a deal").category == "agreement"
    assert "military_action" not in {h.category for h in hits}


def test_halt_attacks_is_de_escalation(run):
    hits, (_, d, _, label) = run("The army agreed to halt attacks on the city.")
    assert label == "de-escalation"
    halt = _hit(hits, "halt attacks")
    assert (halt.category, halt.direction, d) == ("de_escalation", "de-escalation", 2)


def test_cessation_rule_outside_verb_object_entries(run):
    # "halted" and "blockade" are no verb and object of one entry (lifted, eased or suspended
    # they are, lexicon 1.115): the cessation rule turns the blockade round
    hits, (_, _, _, label) = run("The rebels halted their blockade of the port.")
    assert label == "de-escalation"
    stop = _hit(hits, "blockade")
    assert stop.text == "halted their blockade"  # widened, "halted" absorbed
    assert (stop.category, stop.weight) == ("de_escalation", 7.0)  # CAMEO 085
    assert len(hits) == 1


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # a side that drops, withdraws or waives a stance of its own yields (CAMEO 08): the
        # veto, the threat and the demands were escalation, given up they are de-escalation
        ("Hungary dropped its veto on the EU's aid package for Ukraine.", "veto"),
        ("Turkey withdrew its threat to block Sweden's membership of NATO.", "threat"),
        ("The rebels withdrew their demands for a new constitution.", "demands"),
    ],
)
def test_a_stance_given_up_is_a_yield(run, sentence, stance):
    hits, (_, _, _, label) = run(sentence)
    assert label == "de-escalation"
    hit = _hit(hits, stance)
    assert (hit.category, hit.rule) == ("de_escalation", "cessation")


def test_force_dropped_or_an_envoy_withdrawn_is_no_yield(run):
    # dropping is no giving up where what is dropped is force: the bombs fell (escalation)
    hits, (_, _, _, label) = run("Russian planes dropped bombs on Kharkiv overnight.")
    assert label == "escalation" and _hit(hits, "bombs").rule is None
    # and an ambassador withdrawn is recalled: relations cut (CAMEO 161), no yield
    hits, (_, _, _, label) = run("Russia withdrew its ambassador from Tallinn on Monday.")
    assert label == "escalation"
    assert _hit(hits, "ambassador").category == "reduce_relations"


def test_stopping_cooperation_is_escalation(run):
    hits, (_, _, _, label) = run("The prime minister cancelled a planned visit to Washington.")
    assert label == "escalation"
    assert _hit(hits, "visit").category == "reduce_relations"


@pytest.mark.parametrize(
    ("sentence", "stopped"),
    [
        # to stop, discontinue or cease cooperation cuts it, as halting it does (CAMEO 16)
        ("Washington ceased its military aid to the rebels last year.", "military aid"),
        ("The European Union discontinued its aid to the Burmese junta.", "aid"),
        ("The US ceased all support for the Contra rebels.", "support"),
    ],
)
def test_stopping_or_ceasing_cooperation_cuts_it(run, sentence, stopped):
    hits, (_, _, _, label) = run(sentence)
    assert label == "escalation"
    assert _hit(hits, stopped).category == "reduce_relations"


# -- negation ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "refused"),
    [
        # a predicate after its subject that rules it out refuses it, as "ruled out talks"
        # does (CAMEO 12): the sanctions stay, the truce and the talks are refused
        ("Lifting the sanctions is out of the question, the minister said.", "Lifting"),
        ("A ceasefire is off the table, the prime minister said.", "ceasefire"),
        ("Talks with the rebels are not on the agenda.", "Talks"),
    ],
)
def test_a_predicate_that_rules_out_its_subject_refuses_it(run, sentence, refused):
    hits, (_, _, _, label) = run(sentence)
    assert label == "escalation"
    hit = _hit(hits, refused)
    assert (hit.category, hit.rule) == ("rejection", "negation")


def test_what_was_not_reported_did_not_happen(run):
    # "not reported" tells of no protest and no talks: no event either way (before, the
    # protests counted as held)
    hits, (_, _, _, label) = run("Protests are not reported in Mosul.")
    assert label == "neutral" and not [h for h in hits if h.direction]
    hits, (_, _, _, label) = run("Talks with the rebels were not reported, the agency said.")
    assert label == "neutral" and not [h for h in hits if h.direction]
    # ... while a ceasefire that remains in force is one
    hits, (_, _, _, label) = run("The ceasefire remains in force.")
    assert label == "de-escalation"


def test_rejected_peace_talks_points_to_escalation(run):
    hits, (e, d, score, label) = run("The rebels rejected peace talks with the government.")
    assert (e, d, label) == (1, 0, "escalation")
    only = hits[0]
    assert only.text == "rejected peace talks"  # one rejection, not "rejected" + talks
    assert (only.category, only.weight) == ("rejection", 5.0)  # CAMEO 125
    assert score == 5.0


def test_negated_peace_talks_is_one_rejection(run):
    # no verb-object entry here: the matcher's negation flag and the negation rule do the work
    hits, (e, d, score, label) = run("Kyiv did not attend the peace talks in Istanbul.")
    assert (e, d, score, label) == (1, 0, 5.0, "escalation")
    assert hits[0].text == "not attend the peace talks" and hits[0].negated


@pytest.mark.parametrize(
    "sentence",
    [
        # a condition set on cooperation refuses it: CAMEO 12
        "Iran says there can be no ceasefire until the invaders leave.",
        "Kyiv refused to negotiate with Moscow.",
        "The two sides failed to reach agreement in Vienna.",
        "The governor declined to resign despite the allegations.",
        # a vote against cooperation rejects it, as "rejected military aid" does
        "The senator voted against aid to the Nicaraguan rebels.",
    ],
)
def test_negated_de_escalation_flips(run, sentence):
    hits, (e, d, _, label) = run(sentence)
    assert (e, d, label) == (1, 0, "escalation")
    assert hits[0].category == "rejection"


@pytest.mark.parametrize(
    "sentence",
    [
        "The army did not attack the village.",
        "The convoy passed without retaliation.",
        "Moscow denied attacking the convoy.",
        # determiners and far negators: the clause is the scope
        "No Coalition troops were injured in the incident.",
        "Neither side fired a single shot on Sunday.",
        # a failure to act, with the side that failed named between "of" and "to"
        "The failure of the Arab League to condemn the invasion was noted in Kuwait.",
    ],
)
def test_negated_escalation_is_dropped(run, sentence):
    hits, (e, d, score, label) = run(sentence)
    assert (e, d, score, label) == (0, 0, 0.0, "neutral")
    assert hits == []


@pytest.mark.parametrize(
    "sentence",
    [
        # "no" before the cooperation word says it is absent, not that a side refused it:
        # nobody is said to reject anything (lexicon 1.23.0's readings: 15 of 16 such
        # rejections judged wrong)
        "There is no ceasefire in sight.",
        "The envoy said there would be no formal talks over the weekend.",
        "Diplomats said they knew of no deal to escort the tankers.",
    ],
)
def test_cooperation_said_to_be_absent_is_no_refusal(run, sentence):
    hits, (e, d, _, label) = run(sentence)
    assert (e, d, label) == (0, 0, "neutral")
    assert not any(h.category == "rejection" for h in hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # "not" negates another verb, whose object happens to be cooperation: nothing is
        # refused ("did not affect the talks" says the talks went on)
        "The minister said the sanctions did not affect the talks with Tokyo.",
        "Officials say the meetings with Sudan do not amount to formal talks.",
        "The official did not think a meeting with Japan was imminent.",
        # a negator on the subject whose verb is another ("made"): the talks went on
        "No progress was made at the talks in Geneva.",
        # and "no" right before the cooperation still says it is absent
        "No talks are planned between the two governments.",
    ],
)
def test_negating_another_verb_refuses_no_cooperation(run, sentence):
    hits, _ = run(sentence)
    assert not any(h.category == "rejection" for h in hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # ... while the negated verb that is the cooperation, or takes part in it, refuses it
        "Greece will not negotiate with Ankara.",
        "The parliament did not ratify the border treaty with Libya.",
        "Kyiv did not attend the peace talks in Istanbul.",
        "The rebels have not yet been allowed to join the talks, but will not accept the plan.",
        # a negator on the subject negates its verb as "not" before the verb does: "neither side
        # has honoured the ceasefire" says what "the rebels did not honour the ceasefire" says,
        # of both sides (CAMEO 12, a refusal), not that there is no ceasefire
        "Neither side has honoured the ceasefire.",
        "No faction honoured the truce agreed in Doha.",
        "None of the rebel groups has signed the peace accord.",
        "Neither Moscow nor Kyiv has respected the ceasefire.",
    ],
)
def test_negating_the_cooperation_itself_refuses_it(run, sentence):
    hits, (*_, label) = run(sentence)
    assert label == "escalation" and any(h.category == "rejection" for h in hits)


def test_no_agreement_reached_is_a_failure_to_agree(run):
    # as "failed to reach agreement" is (CAMEO-coded news codes it as rejection), and so is a
    # condition set on cooperation ("no ceasefire until ...", in the test above)
    hits, (*_, label) = run("No agreement was reached at the talks between Athens and Ankara.")
    assert label == "escalation" and any(h.category == "rejection" for h in hits)


def test_far_negation_of_cooperation_is_no_event_not_a_refusal(run):
    # "not" four tokens before "remove the troops": a plan that was not announced is no
    # event at all, neither a withdrawal nor a refusal to withdraw.
    hits, (e, d, score, label) = run(
        "The Pentagon had not yet announced any plans to remove the troops from Syria."
    )
    assert (e, d, score, label) == (0, 0, 0.0, "neutral")
    # ... while a verb of refusal refuses at any distance in its clause
    hits, (e, _, _, label) = run("Kyiv refused for a second time to join the peace talks.")
    assert (e, label) == (1, "escalation") and hits[0].category == "rejection"


# -- threats, intent and modality ----------------------------------------------------------------


def test_threatened_to_strike_is_a_weaker_threat(run):
    threat, (_, _, t_score, t_dir) = run("Hezbollah threatened to strike Haifa.")
    act, (_, _, a_score, a_dir) = run("Hezbollah struck Haifa.")
    assert t_dir == a_dir == "escalation"
    assert 0 < t_score < a_score
    assert len(threat) == 1 and threat[0].text == "threatened to strike"
    assert threat[0].category == "threat"
    assert act[0].category == "military_action"


def test_vowed_to_retaliate_is_a_threat(run):
    hits, (_, _, score, label) = run("The government vowed to retaliate.")
    assert label == "escalation"
    assert hits[0].category == "threat" and score == pytest.approx(7.0)


@pytest.mark.parametrize(
    "sentence",
    [
        # a promise, a pledge or an offer of force is a threat of it (CAMEO 13), as a vow is:
        # no diplomacy, whose promises are of cooperation ("promised aid")
        "Tehran called the raids an escalation and promised retaliation.",
        "The clerics promised immediate revenge against the soldiers.",
        "The colonel offered to assassinate the rebel leaders.",
        "The militia pledged to attack the convoys again.",
    ],
)
def test_a_promise_of_force_is_a_threat(run, sentence):
    hits, (*_, label) = run(sentence)
    assert label == "escalation"
    assert "threat" in {h.category for h in hits}
    assert "diplomacy" not in {h.category for h in hits}  # the promise is the threat's word


def test_a_promise_to_stop_force_or_an_offer_that_lapsed_threatens_nothing(run):
    # the stop verb comes first: a promise to end the shelling is of de-escalation
    hits, (*_, label) = run("The rebels promised to stop the shelling of the city.")
    assert label == "de-escalation" and "threat" not in {h.category for h in hits}
    # an offer that is the subject of its own verb promises nothing of the talks' breakdown
    hits, _ = run("Brazil's offer expired with the breakdown of talks with Washington.")
    assert [h.category for h in hits] == ["reduce_relations"]


def test_the_scene_of_a_refusal_is_not_refused(run):
    # "during" and "after" open a scene beside the negated act: the refusal is of laying down
    # arms, not of the talks after which it came (they were held)
    hits, (*_, label) = run("The rebels refused to lay down their arms after talks with the army.")
    assert label == "escalation"
    assert [h.text for h in hits if h.category == "rejection"] == ["refused to lay down their arms"]
    # and a protest during which nobody was hurt was held
    hits, _ = run("No one was hurt during the protest outside the parliament, police said.")
    assert "protest" in {h.category for h in hits}


def test_an_attack_that_could_happen_is_a_risk_not_an_event(run):
    # "could", "might" or "may" before an act of force says it is possible: a risk, as in
    # the rule feared ("the risk of attack"), and CAMEO codes no event (README: what is only
    # feared or risked is not counted)
    hits, (e, _, score, label) = run("Moscow could launch a new offensive.")
    assert (e, score, label) == (0, 0.0, "neutral") and hits == []
    hits, (*_, label) = run("The rebels might attack the capital next month.")
    assert label == "neutral" and hits == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a plan dropped before it was carried out: the cut, the withdrawal and the tariffs
        # will not happen, so there is no event of either kind (rule feared)
        "The government scrapped plans to cut foreign aid.",
        "Washington shelved its plan to withdraw troops from Germany.",
        "The EU abandoned the proposal to impose tariffs on Chinese cars.",
    ],
)
def test_a_plan_dropped_is_no_event(run, sentence):
    hits, (*_, label) = run(sentence)
    assert (label, hits) == ("neutral", [])


def test_a_plan_announced_or_drawn_up_still_counts(run):
    # announcing a plan to withdraw is an intent to (rule intent); drawing one up to attack
    # drops nothing
    hits, (*_, label) = run("Moscow announced plans to withdraw troops from Kherson.")
    assert label == "de-escalation" and [h.modality for h in hits] == ["intended"]
    _, (*_, label) = run("The army drew up plans to attack the city.")
    assert label == "escalation"


def test_concern_expressed_is_a_statement_disappointment_a_disapproval(run):
    # the open event-data verb dictionary codes concern expressed as a pessimistic comment
    # (012, the statement pentaclass: rule frames, no direction) and disappointment expressed
    # as disapproval (110, escalation)
    _, (*_, label) = run("The president expressed concern about the rising violence in Darfur.")
    assert label == "neutral"
    hits, (*_, label) = run("Beijing expressed disappointment over Washington's decision.")
    assert label == "escalation" and [h.category for h in hits] == ["disapproval"]


def test_would_launch_is_weaker_than_launched(run):
    # "would" of a stated intention or a condition ("would launch ... if the talks fail") is
    # no mere risk: it counts, at the modality's weight
    _, (_, _, maybe, _) = run("Moscow would launch a new offensive if the talks fail.")
    _, (_, _, done, _) = run("Moscow launched a new offensive.")
    assert 0 < maybe < done


def test_cooperation_that_could_happen_is_weaker_than_done(run):
    # a possible step towards peace still counts, at the modality's weight (hopes are not
    # fears: the rule feared is for escalation only)
    _, (_, _, maybe, label) = run("The two sides could resume talks next week.")
    _, (_, _, done, _) = run("The two sides resumed talks.")
    assert label == "de-escalation" and 0 > maybe > done


def test_willing_to_provide_aid_is_weaker_than_provided(run):
    _, (_, _, intent, i_dir) = run("The US is willing to provide humanitarian aid.")
    _, (_, _, act, a_dir) = run("The US provided humanitarian aid.")
    assert i_dir == a_dir == "de-escalation"
    assert act < intent < 0


# -- content, frames, background, names --------------------------------------------------------


def test_what_is_demanded_is_not_an_event(run):
    hits, (_, d, _, label) = run("The opposition demanded the release of all prisoners.")
    assert (d, label) == (0, "escalation")
    assert [h.category for h in hits] == ["demand"]


def test_claimed_responsibility_is_a_statement(run):
    _, (e, _, score, label) = run(
        "The Taliban claimed responsibility for the attack on the army base in Kandahar."
    )
    assert label == "neutral"
    assert e == 1 and 0 < score <= FRAME_WEIGHT  # the attack is still found, and traceable


def test_responsibility_admitted_or_accepted_is_a_statement_too(run):
    # owning up to an act tells of it (CAMEO 013, a statement), as claiming it does: the
    # shelling is what is admitted, not a new act reported by the writer
    for verb in ("admitted", "accepted", "acknowledged"):
        _, (e, _, score, label) = run(
            f"The militia {verb} responsibility for the attack on the market."
        )
        assert label == "neutral" and e == 1 and 0 < score <= FRAME_WEIGHT, verb


def test_statement_frame_shares_its_budget(run):
    sentence = "The UN expressed concern over the shelling, the killings and the sanctions on Iran."
    _, (e, _, score, label) = run(sentence)
    assert (e, label) == (3, "neutral")
    assert score == pytest.approx(FRAME_WEIGHT, abs=1e-5)


def test_appeal_for_cooperation_is_neutral_for_conflict_a_demand(run):
    _, (_, _, _, appeal) = run("The UN urged both sides to agree to a ceasefire.")
    hits, (_, _, _, demand) = run("The EU called for sanctions against Russian generals.")
    assert appeal == "neutral"
    assert demand == "escalation" and hits[0].category == "demand"


def test_a_negated_refusal_or_avoidance_refuses_and_avoids_nothing(run):
    # "not to rule out a meeting" keeps the meeting open: no rejection of it
    hits, (_, _, _, label) = run("Moscow was careful not to rule out a meeting with Kyiv.")
    assert "rejection" not in {h.category for h in hits} and label == "de-escalation"
    # an attack a side "could not prevent" happened: escalation, where "prevented" drops it
    _, (_, _, _, happened) = run("The army could not prevent the rebel attack on the convoy.")
    _, (_, _, _, averted) = run("The army prevented the rebel attack on the convoy.")
    assert (happened, averted) == ("escalation", "neutral")


def test_an_appeal_asks_for_nothing_past_a_relative_a_but_or_a_new_clause(run):
    # what is asked for follows the appeal in its own clause; a relative clause tells what
    # somebody did ("which sent troops": a deployment, no demand for one) and "but" starts an
    # act of the speaker's own (a threat to answer force with force)
    hits, _ = run("Nigeria called on Ghana and Mali, which sent troops within hours.")
    assert [h.category for h in hits] == ["mobilisation"]
    hits, _ = run(
        "Washington sought no new fighting but was ready to retaliate against any attack by Iran."
    )
    assert "demand" not in {h.category for h in hits}
    # ... while what the appeal asks for, however far into its clause, stays a demand
    hits, _ = run("The EU called on member states to impose sanctions on Russian generals.")
    assert [h.category for h in hits] == ["demand"]
    # a clause of its own after "and" with a new finite verb tells what happened next: the
    # appeal was turned down, a rejection (CAMEO 12), not a rejection asked for
    hits, _ = run("The rebels appealed to the army for a truce, and were rejected.")
    assert [h.category for h in hits] == ["ceasefire", "rejection"]
    # and asking a side to stop its support for another is a demand (CAMEO 10), not support
    hits, (_, _, _, label) = run(
        "The council called on Iran to discontinue its support for the rebels."
    )
    assert [h.category for h in hits] == ["demand"] and label == "escalation"


def test_a_plea_in_court_is_no_appeal(run):
    # a plea in court answers a charge: no appeal (CAMEO 02) whose object is demanded, and a
    # killing pleaded to is a crime prosecuted (crime_context), no side's act
    hits, (_, _, _, label) = run(
        "Two soldiers pleaded guilty on Tuesday to the killing of an Afghan farmer."
    )
    assert (hits, label) == ([], "neutral")
    # shelling is no crime word: it stays what it is, an act of force, not a demand for one
    hits, _ = run("A militia leader pleaded guilty to the shelling of the town in 1993.")
    assert [h.category for h in hits] == ["military_action"]


def test_pleading_with_a_side_is_an_appeal(run):
    # pleading with someone to act is an appeal: what is asked for shares the frame's budget
    hits, (_, _, _, label) = run("The rebels pleaded with the government to stop the shelling.")
    assert label == "neutral"
    assert [h.rule for h in hits] == ["frames"]


def test_background_clause_counts_half(run):
    # a relative clause counts half: it may carry an event of its own
    hits, (_, _, _, label) = run(
        "The government freed 20 activists who were arrested during the protests."
    )
    assert label == "de-escalation"
    assert _hit(hits, "arrested").weight == pytest.approx(2.5)  # 5.0 x 0.5
    # ... but in the past perfect it tells what came before the main event, a scene, which
    # weighs nothing beside it (as "after the protests" would)
    hits, (_, _, _, label) = run(
        "The government freed 20 activists who had been arrested during the protests."
    )
    assert label == "de-escalation"
    assert _hit(hits, "arrested").weight == 0 and "background" in _hit(hits, "arrested").rule
    # ("had to", an obligation, is no past perfect: the relative keeps its half)
    hits, _ = run("The government freed 20 activists who had to flee after clashes.")
    assert _hit(hits, "clashes").weight == pytest.approx(5.0)  # 10.0 x 0.5


def test_the_main_event_decides_over_the_scene_it_is_set_in(run):
    # "calm" is the sentence's main event; the protests are its setting ("after ..."): beside a
    # main event a setting weighs nothing, so the calm decides (at half weight the violent
    # protests, 4.5 + 3.25, would outweigh it, 4.0)
    hits, (_, _, _, label) = run(
        "The capital was calm after a night of violent protests, police said."
    )
    assert label == "de-escalation"
    assert _hit(hits, "protests").weight == 0 and "background" in _hit(hits, "protests").rule
    # with no main event the setting still counts half: "despite heavy shelling" alone
    hits, (_, _, _, label) = run("Talks resumed in Geneva despite heavy shelling overnight.")
    assert label == "escalation" and _hit(hits, "shelling").weight == pytest.approx(5.0)
    # a clause opened by "as" after a comma is a setting too: the surrender decides
    hits, (_, _, _, label) = run(
        "Around 3,000 fighters have surrendered, Kurdish-led forces said, as air raids and "
        "shelling resumed."
    )
    assert label == "de-escalation" and _hit(hits, "air raids").weight == 0
    # a relative clause keeps its half: it often holds an event of its own
    hits, _ = run("Rebels attacked the convoy, which was carrying humanitarian aid.")
    assert _hit(hits, "humanitarian aid").weight == pytest.approx(3.7)  # 7.4 x 0.5
    # the reason a side cites and what refugees flee set the scene of the main event: the
    # lifting and the opening decide, the attacks and the fighting weigh nothing beside them
    hits, (_, _, _, label) = run(
        "Manila lifted the curfew in the southern provinces, citing a fall in rebel attacks."
    )
    assert label == "de-escalation" and _hit(hits, "attacks").weight == 0
    hits, (_, _, _, label) = run(
        "Kenya opened its borders to Somali families fleeing the fighting."
    )
    assert label == "de-escalation" and _hit(hits, "fighting").weight == 0
    # a participle clause that opens the sentence sets the scene of the one after it: the
    # lifting decides; a gerund that is its clause's subject is the news
    hits, (_, _, _, label) = run("Facing mounting protests, the junta lifted the curfew on Monday.")
    assert label == "de-escalation" and _hit(hits, "protests").weight == 0
    hits, (_, _, _, label) = run("Fighting in the north killed 12 soldiers, the army said.")
    assert label == "escalation" and _hit(hits, "Fighting").weight == pytest.approx(10.0)


def test_a_participle_that_describes_is_a_state_not_the_event(run):
    # "kidnapped" stands between "a" and the noun phrase it describes: the diplomat's state,
    # which the sentence's event, the release (CAMEO 0841, 7.0), ends; beside that main event
    # it weighs nothing, so the release decides (before, the kidnapping, 9.0, outweighed it)
    hits, (_, _, _, label) = run(
        "A kidnapped Saudi Arabian diplomat has been freed in Beirut, witnesses said."
    )
    assert label == "de-escalation"
    assert _hit(hits, "kidnapped").weight == 0 and "background" in _hit(hits, "kidnapped").rule
    # after a number too: the towns' siege is where the aid went, not what the sentence reports
    hits, (_, _, _, label) = run("The UN delivered aid to two besieged towns on Friday.")
    assert label == "de-escalation" and _hit(hits, "besieged").weight == 0
    # after a preposition that opens a noun phrase with no determiner: the people the aid went
    # to, described by what happened to them; the delivery is what the sentence reports
    # (before, the casualty word outweighed the aid: escalation)
    hits, (_, _, _, label) = run("The UN delivered food to displaced people in Darfur.")
    assert label == "de-escalation" and _hit(hits, "displaced").weight == 0
    hits, (_, _, _, label) = run("Qatar sent medicine for injured Palestinians.")
    assert label == "de-escalation" and _hit(hits, "injured").weight == 0
    # ... and right after a verb of care, whose object it describes: the wounded are those the
    # army evacuated, the injured those a crossing opened to (before, the crossing's opening,
    # 5.0, and the injured, half of 9.5, cancelled out: neutral)
    hits, (_, _, _, label) = run("The army evacuated wounded soldiers from the front.")
    assert label == "de-escalation" and _hit(hits, "wounded").weight == 0
    hits, (_, _, _, label) = run(
        "Egypt opened the Rafah crossing to allow injured Palestinians to leave Gaza."
    )
    assert label == "de-escalation" and _hit(hits, "injured").weight == 0
    # ... but a noun that shares a verb of care's stem is the subject of a finite verb: the
    # treaty outlawed the mines, an act of its own (before, "treaty" read as "treat" made the
    # ban a describing participle, weightless)
    hits, _ = run("Russia said the treaty outlawed landmines that Ukraine had laid.")
    assert _hit(hits, "outlawed").rule is None
    # ... but after an auxiliary the participle is the verb: the displacement is reported
    hits, (_, _, _, label) = run("Fighting has displaced 10,000 people in Darfur.")
    assert label == "escalation" and _hit(hits, "displaced").rule is None
    # a promise that describes the pullout it promised is no second event beside it
    hits, (_, _, _, label) = run(
        "Troops began the last phase of their promised March 31 pullout from Somalia."
    )
    assert label == "de-escalation" and _hit(hits, "promised").weight == 0
    # alone, the described state still counts half: "the captured soldiers" (9.5 x 0.5)
    hits, (_, _, _, label) = run("The captured soldiers were shown on state television.")
    assert label == "escalation" and _hit(hits, "captured").weight == pytest.approx(4.75)
    # a verb, or a participle with its agent, is the event itself: no attribute
    hits, (_, _, _, label) = run("Rebels kidnapped a diplomat in Beirut, police said.")
    assert label == "escalation" and _hit(hits, "kidnapped").rule is None
    hits, _ = run("The diplomat was kidnapped by gunmen and later freed.")
    assert _hit(hits, "kidnapped").rule is None


def test_cooperation_a_side_quarrels_over_is_the_cause_not_an_event_beside_it(run):
    # the deal is what the recall is over: Somalia cut ties (CAMEO 161), it signed nothing
    # (before, the deal, 7.0, outweighed the recall, 4.0: de-escalation)
    hits, (_, _, _, label) = run("Somalia recalled its ambassador to Ethiopia over the deal.")
    assert label == "escalation" and _hit(hits, "deal").weight == 0
    # ... and the pact Hungary threatens sanctions over
    hits, (_, _, _, label) = run("Hungary threatened sanctions over the migration pact.")
    assert label == "escalation" and _hit(hits, "pact").weight == 0
    # ... while a deal signed beside a recall, no cause of it, is an event of its own
    hits, _ = run("Somalia recalled its ambassador, and Ethiopia signed a deal with Kenya.")
    assert _hit(hits, "deal").weight > 0


def test_what_an_apology_is_for_is_no_event_beside_it(run):
    # an apology (CAMEO 055, 7.0) "for the massacre": the massacre is what the apology is about,
    # history the sentence names, not a second event (before, the massacre, 10.0, outweighed
    # the apology: escalation); so is the rest of its clause ("that killed 12 civilians")
    hits, (_, _, _, label) = run(
        "The president apologised for the massacre committed by colonial troops."
    )
    assert label == "de-escalation" and _hit(hits, "massacre").weight == 0
    hits, (_, _, _, label) = run(
        "The prime minister apologised for the air strike that killed 12 civilians."
    )
    assert label == "de-escalation" and _hit(hits, "killed").weight == 0
    # ... but not what happens in another clause
    hits, (_, _, _, label) = run("The minister apologised, and troops shelled the town.")
    assert label == "escalation" and _hit(hits, "shelled").rule is None


def test_a_participle_after_the_main_events_object_describes_it(run):
    # "killed in the fighting" after "the bodies of soldiers" is a reduced relative clause
    # ("soldiers who were killed in the fighting"): it says which bodies were exchanged. The
    # exchange (a release, 7.0) is the sentence's event; beside it the killing and the fighting
    # weigh nothing (before, 5.0 + 5.0 at half weight outweighed it: escalation)
    hits, (_, _, _, label) = run(
        "The two sides exchanged the bodies of soldiers killed in the fighting."
    )
    assert label == "de-escalation"
    for word in ("killed", "fighting"):
        assert _hit(hits, word).weight == 0 and "background" in _hit(hits, word).rule
    # ... after an object with its number, and after aid given ("families displaced by")
    _, (_, _, _, label) = run("The army freed three journalists detained in the raid on Monday.")
    assert label == "de-escalation"
    _, (_, _, _, label) = run("The UN delivered food to families displaced by the fighting.")
    assert label == "de-escalation"
    # a finite verb is no participle: after "and" a new clause begins ("rebels retreated in"),
    # a passive ("were killed in") is the event, and a subject before its verb ("The fighting
    # in the north intensified on Monday") has no object for a participle to describe (a side
    # named, as fighting and its intensifying need context and cannot vouch for each other)
    hits, _ = run("Troops attacked the town and rebels retreated in disarray.")
    assert _hit(hits, "retreated").rule is None
    hits, (_, _, _, label) = run("Troops shelled the town and two soldiers were killed in it.")
    assert label == "escalation" and _hit(hits, "killed").rule is None
    hits, _ = run("The fighting with the rebels in the north intensified on Monday.")
    assert _hit(hits, "intensified").rule is None


def test_a_release_covers_what_it_ends_in_its_own_clause(run):
    # the captivity a release ends is its scope ("seized in March": the hostages' capture,
    # no event beside the freeing)...
    hits, (_, _, _, label) = run("The army freed the hostages seized in March.")
    assert label == "de-escalation" and "background" in _hit(hits, "seized").rule
    # ... but an arrest in a clause of its own, after "but", is a second event: the release
    # (7.0) against the arrests (5.0), each at full weight
    hits, (_, _, _, label) = run(
        "The government released 50 prisoners but arrested dozens of opposition supporters."
    )
    assert _hit(hits, "arrested").weight == pytest.approx(5.0)
    assert _hit(hits, "arrested").rule is None and label == "de-escalation"


@pytest.mark.parametrize(
    ("sentence", "captivity"),
    [
        # a passive release's subject is the captive, and the captivity that describes it
        # before the release ("kidnapped in Iraq", "held hostage") is what the release ends:
        # the release (CAMEO 0841, 7.0) is the event, not the kidnapping (9.0) beside it
        ("A British aid worker kidnapped in Iraq last month has been released.", "kidnapped"),
        ("An Australian engineer held hostage for six months was freed yesterday.", "hostage"),
        # "in May" is the month, not the modal: the release is reported, not possible
        ("The soldiers captured by the rebels in May have been released.", "captured"),
    ],
)
def test_a_passive_release_ends_the_captivity_of_its_subject(run, sentence, captivity):
    hits, (*_, label) = run(sentence)
    assert label == "de-escalation" and "background" in _hit(hits, captivity).rule
    release = next(h for h in hits if h.category == "concession")
    assert release.modality != "possible"


def test_an_active_release_after_a_captivity_leaves_it_an_event(run):
    # the rebels kidnapped, then released: two events of one side, each at full weight (an
    # active release's object, not its subject, is the captive)
    hits, _ = run("Rebels kidnapped two aid workers and released them a week later.")
    assert _hit(hits, "kidnapped").rule is None
    # ... and killing guards to free prisoners is no captivity the release ends
    hits, (*_, label) = run("Gunmen killed two guards and freed the prisoners.")
    assert label == "escalation" and _hit(hits, "killed").rule is None


def test_names_and_verb_uses_are_not_events(run):
    hits, _ = run("Amnesty International condemned the arrests.")
    assert "concession" not in {h.category for h in hits}
    hits, (_, d, _, _) = run("Foreign ministers met to deal with the crisis.")
    assert "deal" not in [h.text for h in hits] and d == 1  # "met" only


def test_rules_return_new_hits_with_exact_offsets(run, lexicon):
    sentence = "Kyiv shunned the peace talks, and Moscow threatened to strike again."
    article = analysis.load_article(text=sentence)
    raw = Matcher([lexicon]).find(article)
    hits = apply_rules(article, raw)
    assert all(sentence[h.start : h.end] == h.text for h in hits)
    assert [h.text for h in hits] == ["peace talks", "threatened to strike"]
    assert raw[1].text == "threatened" and raw[1].category == "threat"  # inputs untouched
    assert {h.category for h in hits} == {"negotiation", "threat"}
    assert [h.rule for h in hits] == [None, "threat"]  # each change names its rule
    every = apply_rules(article, raw, skip=RULES)
    assert [h.text for h in every] == [h.text for h in raw]


# -- events and scores ------------------------------------------------------------------------


def _event(direction: str, weight: float) -> Event:
    return Event(0, 1, "x", 0, 0, "escalation", "x", direction, weight, False, "asserted", (), ())


def test_scores_sum_signed_event_weights_and_read_the_threshold():
    assert DIRECTIONS == ("escalation", "de-escalation", "neutral")
    assert score_events([]) == 0.0 and direction_of(0.0) == "neutral"
    assert score_events([_event("escalation", 10.0), _event("de-escalation", 7.0)]) == 3.0
    assert direction_of(3.0) == "escalation" and direction_of(-9.0) == "de-escalation"
    assert direction_of(DIRECTION_THRESHOLD) == "neutral"  # strictly beyond the threshold
    assert direction_of(-DIRECTION_THRESHOLD) == "neutral"


def test_one_clause_one_event_per_kind(run):
    # "shelled and bombed": two conflict words, one attack (weight 10, not 20).
    hits, (e, _, score, _) = run("Russian forces shelled and bombed the base.")
    assert e == 2 and score == 10.0
    # "rockets struck" is one verb–object hit since lexicon 1.91 (a rocket counts where used),
    # and still one attack
    hits, (e, _, score, _) = run("Seventeen Russian rockets struck the base.")
    assert e == 1 and score == 10.0
    # "protested ... protest": one protest in one clause (CAMEO 14, the lexicon's 6.5).
    _, (e, _, score, _) = run("Crowds protested in the capital in the largest protest in years.")
    assert e == 2 and score == pytest.approx(6.5)
    # Two clauses, two attacks: the comma separates what is reported. Two hits ("Rockets
    # struck", "attacked"): "gunmen" names the side of the attack, no event (rule names).
    _, (e, _, score, _) = run("Rockets struck the base, and gunmen attacked a checkpoint.")
    assert e == 2 and score == 20.0
    # Two kinds of event in one clause stay two: a suspension of aid (CAMEO 162, 5.6) and a
    # threat of sanctions (tariffs: 8.0 x the threat factor 0.7 = 5.6).
    hits, (_, _, score, _) = run("The US suspended aid to Niger and threatened new tariffs.")
    assert [h.category for h in hits] == ["reduce_relations", "threat"]
    assert score == pytest.approx(11.2)


def test_events_frame_traces_terms_rules_and_modality():
    res = analysis.analyze(
        "Hezbollah threatened to strike Haifa. Rockets struck the port, officials said.",
        lexicons=["escalation"],
    )
    ev = res.events
    assert list(ev["event_id"]) == [0, 1]
    threat, attack = ev.iloc[0], ev.iloc[1]
    assert (threat["category"], threat["modality"], threat["rule"]) == (
        "threat",
        "threatened",
        "threat",
    )
    assert attack["terms"] == "Rockets struck" and attack["modality"] == "asserted"
    text = res.article.text
    for row in ev.itertuples():
        assert text[row.start : row.end] == row.text  # the clause
    # Scores count events, term frequencies terms ("threatened to strike", "Rockets struck").
    assert res.summary["escalation_terms"] == 2 and res.summary["escalation_events"] == 2


# -- the document summary ----------------------------------------------------------------------


def test_turning_point_is_where_the_balance_turns_for_good():
    # balances 5, 7, -3, -4: de-escalation from sentence 2 on, escalation before
    tp = turning_point([(0, 0, 5.0), (1, 10, 2.0), (2, 20, -10.0), (3, 30, -1.0)])
    assert tp == {"sentence_id": 2, "offset": 20, "from": "escalation", "to": "de-escalation"}
    # balances -1, 2: escalation from sentence 1
    assert turning_point([(0, 0, -1.0), (1, 40, 3.0)])["to"] == "escalation"
    # a temporary swing is not a turn: balances 5, -1, 3 end where they began
    tp = turning_point([(0, 0, 5.0), (1, 10, -6.0), (2, 20, 4.0)])
    assert tp == {"sentence_id": 2, "offset": 20, "from": "de-escalation", "to": "escalation"}
    assert turning_point([(0, 0, 5.0), (1, 10, -5.0), (2, 20, 1.0)]) is None  # via 0 only
    assert turning_point([(0, 0, 3.0), (1, 10, -3.0)]) is None  # ends balanced
    assert turning_point([(0, 0, 3.0), (1, 10, 2.0)]) is None  # never turned
    assert turning_point([]) is None


def test_summary_keys_values_and_json():
    # Sentence 0: "attacked" (military_action, 10) -> one event, +10.
    # Sentence 1: "Rockets struck" -> one verb–object term (a rocket where used), one attack
    # event, +10.
    # Sentence 2: "signed a ceasefire" (CAMEO 0871, 9.0) -> one de-escalation event, -9.
    res = analysis.analyze(
        "Rebels attacked the town. Rockets struck the base. The sides signed a ceasefire.",
        lexicons=["escalation", "hedging"],
    )
    out = {k: v for k, v in res.summary.items() if k.startswith(("escalation", "deescalation"))}
    assert (out["escalation_terms"], out["deescalation_terms"]) == (2, 1)  # terms
    assert (out["escalation_events"], out["deescalation_events"]) == (2, 1)
    assert out["escalation_index"] == pytest.approx((2 - 1) / 3)  # over events
    assert out["escalation_score"] == 11.0  # 10 + 10 - 9
    assert out["escalation_military_action"] == 2 and out["escalation_ceasefire"] == 1
    assert out["escalation_protest"] == 0  # every shipped category has its key
    assert "escalation_epistemic" not in out
    assert out["escalation_turning_point"] is None  # the balance stays positive
    assert json.loads(json.dumps(out)) == out
    intervals = {k: out.pop(k) for k in list(out) if k.endswith("_ci95")}
    assert set(intervals) == {"escalation_index_ci95", "escalation_score_ci95"}
    assert all(type(v) in (int, float, type(None)) for v in out.values())


def test_summary_without_terms_has_index_zero():
    res = analysis.analyze("The weather was mild on Tuesday.", lexicons=["escalation"])
    s = res.summary
    assert (s["escalation_terms"], s["escalation_events"], s["escalation_index"]) == (0, 0, 0.0)
    assert s["escalation_score"] == 0.0 and s["escalation_turning_point"] is None


# -- the seed article --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(seed_path):
    return analysis.analyze(analysis.load_article(seed_path), lexicons=["escalation"])


def _seed_hits(seed, text: str, direction: str):
    m = seed.matches
    rows = m[m["text"].str.contains(text, case=False, regex=False)]
    assert not rows.empty, f"{text!r} not found"
    assert set(rows["direction"]) == {direction}, rows[["text", "category", "direction"]]
    return rows


@pytest.mark.parametrize(
    "text",
    ["drone and missile strikes", "attacks", "retaliated", "strike", "cycle of retaliation"],
)
def test_seed_strikes_and_retaliation_are_escalation(seed, text):
    rows = _seed_hits(seed, text, "escalation")
    if text == "attacks":  # "attacks on Ukraine's critical energy infrastructure"
        sent = seed.sentences.set_index("sentence_id").loc[rows["sentence_id"], "text"]
        assert any("critical energy infrastructure" in s for s in sent)
    if text == "strike":  # the retaliatory "precise strike" on Belgorod
        sent = seed.sentences.set_index("sentence_id").loc[rows["sentence_id"], "text"]
        assert any("precise strike" in s and "Belgorod" in s for s in sent)


@pytest.mark.parametrize(
    "text",
    [
        "peace talks",
        "de-escalating",
        "ceasefire terms",
        "withdrawal of military forces",
        "humanitarian assistance",
    ],
)
def test_seed_talks_and_relief_are_de_escalation(seed, text):
    _seed_hits(seed, text, "de-escalation")


def test_seed_first_paragraph_escalates_talks_paragraph_de_escalates(seed):
    by_par = seed.sentences.groupby("paragraph_id")["escalation_score"].sum()
    # Paragraph 1 reports the strikes on the power grid and Kyiv's retaliation; the talks
    # appear only as what comes "a day before". A careful reader: escalation.
    assert by_par.loc[0] > 0
    # Paragraph 5 ("The talks are expected to focus on ... ceasefire terms, the withdrawal of
    # military forces, and humanitarian assistance") is about what the talks may bring; its
    # second sentence recalls the war's toll as background. A careful reader: de-escalation.
    assert by_par.loc[4] < 0
    first = seed.sentences[seed.sentences["paragraph_id"] == 0]
    assert set(first["direction"]) == {"escalation"}
    talks = seed.sentences[seed.sentences["text"].str.startswith("The talks are expected")]
    assert talks["direction"].tolist() == ["de-escalation"]


def test_seed_summary(seed):
    s = seed.summary
    assert s["escalation_terms"] > s["deescalation_terms"] > 0  # a war report with talks ahead
    # As many events talk the conflict down (talks, ceasefire terms, aid, withdrawal) as up,
    # but the strikes are reported as done and the talks as planned or as background: the
    # count is balanced, the weighted score leans to escalation.
    assert -0.2 < s["escalation_index"] < 0.2
    assert s["escalation_score"] > 10
    assert math.isclose(s["escalation_score"], float(seed.sentences["escalation_score"].sum()))
    assert s["escalation_retaliation"] >= 2
    # the running balance never leaves escalation: no turning point
    assert s["escalation_turning_point"] is None


def test_ending_cooperation_is_escalation_even_after_a_name(run):
    # "end" stops cooperation as "suspend" does (CAMEO 16 reduce relations), across a name
    # that qualifies what is ended ("U.N."): a threat to end peacekeeping points to escalation,
    # not to the peacekeeping it would end
    hits, (_, _, _, label) = run("Washington threatened to end U.N. peacekeeping in Haiti.")
    assert label == "escalation"
    assert "reduce_relations" in {h.category for h in hits}
    assert "cooperation" not in {h.category for h in hits}
    # a date is no name of what is ended: "by the end of April to facilitate" stops nothing
    hits, _ = run("The envoy said talks would resume by the end of April to facilitate a truce.")
    assert "reduce_relations" not in {h.category for h in hits}


def test_what_is_discussed_is_the_topic_of_the_meeting(run):
    # the ministers' meeting is the event (CAMEO 04); the killing they met to discuss is its
    # topic, which beside that main event weighs nothing (before, the shooting, 5.0 at half
    # weight, outweighed the meeting, 2.5)
    hits, (_, _, _, label) = run(
        "Mexico's foreign minister met his US counterpart to discuss the shooting of a migrant."
    )
    assert label == "de-escalation"
    assert _hit(hits, "shooting").weight == 0


def test_undermining_talks_cuts_cooperation(run):
    # undermining talks works against them as breaking them off does (CAMEO 16 reduce
    # relations): the talks are not held, they are cut, so the sentence points to escalation
    hits, (_, _, _, label) = run("Hardliners in Tehran undermined the peace talks in Oslo.")
    assert label == "escalation"
    assert [h.rule for h in hits if h.category == "reduce_relations"] == ["cessation"]


def test_a_clause_opened_by_since_is_the_setting_and_the_adverb_is_not(run):
    # "since Argentina invaded them in 1982" dates the zone: the invasion is its setting, and
    # the lifting of the zone (an agreement, a de-escalation) is the sentence's news
    hits, (_, _, _, label) = run(
        "Britain agreed to lift a naval exclusion zone enforced around the islands since "
        "Argentina invaded them in 1982."
    )
    assert "background" in _hit(hits, "invaded").rule and label == "de-escalation"
    # after "have" the word is an adverb, and what follows it is the news: renouncing violence
    hits, (_, _, _, label) = run("The freed prisoners have since renounced violence.")
    assert _hit(hits, "renounced").rule is None and label == "de-escalation"


@pytest.mark.parametrize(
    "sentence",
    [
        # an anniversary's or a commemoration's event is remembered, not reported: no direction
        "Crowds in Kigali marked the 30th anniversary of the genocide.",
        "Veterans laid wreaths commemorating the victims of the bombing.",
        # ... nor is an event named as a date, after "since" as a preposition
        "Exports have doubled since the ceasefire.",
    ],
)
def test_a_past_event_named_as_a_reference_gives_no_direction(run, sentence):
    hits, (*_, label) = run(sentence)
    assert hits and all("background" in h.rule and h.weight == 0.0 for h in hits)
    assert label == "neutral"


def test_a_reference_beside_the_news_and_a_dated_event_that_acts(run):
    # the attack is the news; the ceasefire it is the first since is its date
    hits, (*_, label) = run("Rebels shelled the town, the first attack since the ceasefire.")
    assert label == "escalation" and _hit(hits, "ceasefire").weight == 0.0
    # a dated noun that is the subject of a verb: the year dates the genocide, and the
    # killing it did is reported, at full weight
    hits, (*_, label) = run("The 1994 genocide killed 800,000 people.")
    assert label == "escalation" and _hit(hits, "killed").rule is None


def test_no_before_a_noun_does_not_negate_a_verb_joined_after_it(run):
    # "no part in the bombing" denies the bombing; "and blamed a rival faction" is a second
    # act the determiner does not reach (an accusation, CAMEO 112)
    hits, (*_, label) = run(
        "A rebel spokesman said the group played no part in the bombing and blamed a rival faction."
    )
    assert label == "escalation" and not _hit(hits, "blamed").negated
    # "not" before verbs joined by "and" negates them all: one act, not done
    hits, (*_, label) = run("The army did not shell the town and killed nobody.")
    assert label == "neutral"


def test_a_negator_does_not_reach_a_clause_joined_with_a_subject_of_its_own(run):
    # "and the truce held" has a subject and a verb of its own: what "not" denies is the
    # advance, and the truce holding is reported (0871)
    hits, (*_, label) = run("The rebels did not advance on Goma and the truce held.")
    assert label == "de-escalation" and not _hit(hits, "truce held").negated
    # so for "no": no shots were fired, and the hostages were freed all the same (0841)
    hits, (*_, label) = run("No shots were fired and the hostages were released unharmed.")
    assert label == "de-escalation" and not _hit(hits, "released").negated


def test_a_relative_clause_resumed_after_an_aside_is_still_a_scene(run):
    # ", mostly civilians," interrupts the relative clause "in which ... were killed": the
    # killing is still what describes the war, not news beside the talks
    hits, _ = run(
        "Envoys met in Geneva to discuss the war, in which some 5,000 people, mostly "
        "civilians, were killed last year."
    )
    assert "background" in _hit(hits, "killed").rule
    # ... while a relative clause that is itself the aside leaves the main clause its own
    hits, (*_, label) = run("The army, which had retreated, was shelling the town.")
    assert _hit(hits, "shelling").rule is None and label == "escalation"


def test_what_describes_a_remembered_event_is_remembered_too(run):
    # the genocide is what the anniversary remembers (weight 0), and the relative clause that
    # tells its dead tells of it too, however far its verb (past an aside): a commemoration
    hits, (*_, label) = run(
        "Kigali held a vigil to mark the anniversary of the genocide, in which about 800,000 "
        "people, most of them Tutsis, were killed."
    )
    assert _hit(hits, "killed").weight == 0.0 and label == "neutral"


def test_an_event_that_failed_to_materialise_did_not_happen(run):
    # the strike called is a protest where it paralyses the capital, and none where it failed
    # to materialise (nor a refusal of anything: nothing is left)
    _, (*_, label) = run("A general strike called by the unions paralysed the capital on Monday.")
    assert label == "escalation"
    hits, (*_, label) = run(
        "A general strike called by the unions failed to materialise on Monday."
    )
    assert label == "neutral" and hits == []
    # the same for a promised ceasefire that never came and talks that did not take place
    _, (*_, label) = run("The ceasefire promised by the junta never materialised.")
    assert label == "neutral"
    _, (*_, label) = run("Talks between the two presidents did not take place.")
    assert label == "neutral"


def test_whom_an_appeal_asks_is_no_demand(run):
    # the protesters are asked to refrain from violence: who is asked, not what (CAMEO 02)
    hits, (*_, label) = run(
        "The archbishop appealed to students and opposition protesters to remain calm."
    )
    assert _hit(hits, "protesters").modality == "addressed" and label == "neutral"
    hits, _ = run("The envoy urged militias fighting in the south to respect the truce.")
    assert _hit(hits, "fighting").modality == "addressed"
    # ... while what an appeal asks for stays a demand (CAMEO 10), "for" it or after "to"
    hits, _ = run("The unions called for a general strike to press for higher wages.")
    assert _hit(hits, "general strike").modality == "demanded"
    hits, _ = run("Activists urged donors to pressure the government over the blockade.")
    assert _hit(hits, "pressure").modality == "demanded"


def test_what_a_mastermind_is_one_of_is_a_reference(run):
    # the bombing is what the man is the mastermind of, a past event named as a reference
    # (weight 0), as what a suspect is one in: the arrest is the news
    hits, (*_, label) = run("Police arrested the alleged mastermind of the embassy bombing.")
    assert _hit(hits, "bombing").weight == 0.0 and label == "escalation"


def test_since_before_a_clause_and_whose_open_scenes(run):
    # "since the ceasefire was renewed" is a clause, the renewal a scene at half weight and
    # the sentence's only event, not a date that weighs nothing ("since the ceasefire" alone:
    # test_a_past_event_named_as_a_reference_gives_no_direction)
    hits, (*_, label) = run("Exports have doubled since the ceasefire was renewed.")
    ceasefire = _hit(hits, "ceasefire")
    assert "background" in ceasefire.rule and ceasefire.weight > 0 and label == "de-escalation"
    # a relative clause opened by "whose" describes its noun: a grandfather's war is background
    hits, _ = run("A teacher whose grandfather fought in the war has opened a library.")
    assert "background" in _hit(hits, "fought").rule


def test_a_past_day_in_the_possessive_dates_its_event(run):
    # "last week's clash" is dated as "the 2020 clash" is: a past event named as a reference,
    # half its weight beside the withdrawal the sentence reports (pull-back 9 > clash 10 / 2)
    hits, (*_, label) = run(
        "Both armies began pulling back their troops from the site of last week's deadly clash."
    )
    assert _hit(hits, "clash").rule == "background" and label == "de-escalation"
    # ... and "Sunday's bombing" too, while the killing the sentence reports stays its event
    hits, (*_, label) = run("Sunday's bombing killed 12 people in the market.")
    assert _hit(hits, "bombing").rule == "background" and _hit(hits, "killed").rule is None
    assert label == "escalation"


def test_the_scene_after_an_appeal_is_not_what_it_asks(run):
    # calm is asked after the clashes: the clashes are why it is asked, not a demand (the rule
    # background halves them as the scene of "after")
    hits, _ = run("The UN called for calm after clashes in the capital.")
    assert _hit(hits, "clashes").category == "military_action"
    assert _hit(hits, "clashes").modality != "demanded"
    hits, _ = run("The envoy urged restraint while protests continued in the capital.")
    assert _hit(hits, "protests").category == "protest"
    # ... while what follows the appeal itself is still demanded
    hits, _ = run("Kyiv called for sanctions on Moscow after the vote.")
    assert _hit(hits, "sanctions").modality == "demanded"


def test_an_apology_to_a_side_for_an_act_is_about_the_act(run):
    # what the apology is for is its topic, also after whom it is made to, and also when the
    # apology is remorse expressed: the killings are no event beside it
    for sentence in (
        "Germany apologised to Namibia for the colonial-era killings.",
        "Germany expressed deep remorse to Namibia for the colonial-era killings.",
    ):
        hits, (*_, label) = run(sentence)
        assert _hit(hits, "killings").rule == "background" and label == "de-escalation"


def test_an_event_told_to_be_unfounded_or_that_failed_to_take_hold_did_not_happen(run):
    # rumours of a coup "were unfounded": no coup is told; a boycott that "failed to take hold"
    # was never held (neither refuses anything)
    for sentence in (
        "Rumours of a coup against the president were unfounded, the army said.",
        "Reports that troops had shelled the village were baseless, the ministry said.",
        "A boycott of the talks called by the opposition failed to take hold.",
    ):
        hits, (*_, label) = run(sentence)
        assert label == "neutral" and hits == [], sentence
    # ... while a coup that is told stays one
    _, (*_, label) = run("Officers staged a coup against the president on Monday.")
    assert label == "escalation"


def test_what_a_side_is_criticised_or_apologises_over_is_its_topic(run):
    # "over" names what the criticism or the apology is about, as "for" does: the visit is
    # criticised, no visit made beside it; the killings are apologised for, none reported
    hits, (*_, label) = run("Seoul criticised Tokyo over the minister's visit to the war shrine.")
    assert _hit(hits, "visit").rule == "background" and label == "escalation"
    hits, (*_, label) = run("Belgium apologised to Congo over colonial-era killings.")
    assert _hit(hits, "killings").rule == "background" and label == "de-escalation"


def test_a_possessor_between_a_stop_and_the_act_it_stops(run):
    # "cancelled the foreign minister's visit": the words of whose visit it was stand between
    # the stop and the visit, which is cancelled (CAMEO 16), not made
    hits, (*_, label) = run("Japan cancelled the foreign minister's visit to Seoul.")
    assert label == "escalation"
    assert [(h.category, h.rule) for h in hits] == [("reduce_relations", "cessation")]


def test_a_noun_hit_that_could_be_done_is_a_possibility(run):
    # sanctions that "could be imposed" are a risk, not imposed: no event (as "could impose
    # sanctions" is none); a truce that "could be announced" is half a truce
    hits, (*_, label) = run("New EU sanctions on Belarus could be imposed next week.")
    assert hits == [] and label == "neutral"
    hits, _ = run("A truce between Israel and Hamas could be announced on Friday.")
    assert _hit(hits, "truce").modality == "possible"
    # ... while an attack that "could be seen as" a warning happened; a verb hit ("warns") is
    # no subject of the passive after it
    hits, _ = run("The Russian attack on Kyiv could be seen as a warning to the West.")
    assert _hit(hits, "attack").rule is None
    hits, _ = run("Sharon warns Arafat could be targeted for assassination.")
    assert _hit(hits, "warns").rule is None


def test_a_side_forced_to_retreat_by_an_attack_withdraws_nothing(run):
    # police forced to retreat by the attack beside it are beaten back: force (190), no
    # withdrawal (087) of their own
    hits, (*_, label) = run("Rebels overran the army base, forcing soldiers to retreat.")
    assert label == "escalation" and "withdrawal" not in {h.category for h in hits}


def test_what_a_side_is_arrested_for_or_accused_of_is_no_event_beside_it(run):
    # the reason for an arrest is its charge: the collaboration is what the police allege, not
    # cooperation the sentence reports, so the arrest (173) alone decides
    hits, (*_, label) = run(
        "The journalist was arrested in Niger for collaborating with Boko Haram fighters."
    )
    assert _hit(hits, "collaborating").rule == "background" and label == "escalation"
    # ... and what a side is accused "of" is the allegation: the evidence shared with India
    # (064) is the news, the plot to attack a newspaper only what the man is accused of
    hits, (*_, label) = run(
        "US investigators shared evidence with India against a man accused of plotting to"
        " attack a Danish newspaper."
    )
    assert "background" in _hit(hits, "attack").rule and label == "de-escalation"


def test_a_clause_opened_by_even_as_is_a_scene(run):
    # "even as" sets the talks as the scene of the accusation: the talks are not what the
    # sentence reports beside it
    hits, (*_, label) = run(
        "Even as the two sides prepared for another round of talks, Ankara lashed out at Moscow,"
        " accusing its warplanes of bombing Turkmen villages."
    )
    assert _hit(hits, "round of talks").rule == "background" and label == "escalation"


def test_a_warning_after_an_appeal_is_said_not_asked(run):
    # ", warning that ..." is what the agency said beside its appeal, not what it asks for: no
    # demand (10); the sanctions it asks for are one
    hits, _ = run(
        "Kiev urged the West to impose new sanctions, warning that Russia would attack again."
    )
    assert _hit(hits, "sanctions").category == "demand"
    assert _hit(hits, "warning").category == "threat"


def test_a_consultation_alone_directs_its_sentence(run):
    # a telephone call between two leaders is verbal cooperation (041): weighed 1.5, it passes
    # the direction threshold of 1.0 that Goldstein's 1.0 could never pass alone
    hits, (*_, label) = run("Trudeau spoke by telephone with Modi on Saturday.")
    assert [h.category for h in hits] == ["negotiation"] and label == "de-escalation"


def test_a_past_named_only_after_since_or_a_centenary_is_a_reference(run):
    # "30 years since genocide": the genocide names a time, as "since the genocide" does; the
    # centenary of an annexation remembers it: neither reports an event
    hits, (*_, label) = run("Rwanda marked 30 years since genocide on Sunday.")
    assert _hit(hits, "genocide").weight == 0 and label == "neutral"
    hits, (*_, label) = run("Seoul marked the centenary of the annexation with a minute's silence.")
    assert label == "neutral"
    # ... while after "have since" the verb is the news
    hits, (*_, label) = run("The rebels released 20 soldiers and have since renounced violence.")
    assert _hit(hits, "renounced violence").weight > 0 and label == "de-escalation"


def test_a_clause_opened_by_because_is_its_reason(run):
    # what a side did "because" of something is the news, the reason its setting: the freed
    # prisoners (084) outweigh the protests that explain the release
    hits, (*_, label) = run(
        "The junta freed 20 prisoners because protests had spread to the capital."
    )
    assert _hit(hits, "protests").rule == "background" and label == "de-escalation"


def test_criticism_over_a_three_word_topic(run):
    # "over the stalled visa deal": the deal is what Ankara criticises (three words after
    # "over"), no agreement reported beside the criticism
    hits, (*_, label) = run("Ankara lashed out at Brussels over the stalled visa deal.")
    assert _hit(hits, "deal").rule == "background" and label == "escalation"


def test_a_concessive_clause_sets_the_scene(run):
    # "although"/"though" concede what the main clause outweighs: the meeting agreed is the
    # news, the shelling conceded beside it weighs nothing, whether the concession comes
    # first or after a comma (where the clause boundary takes the word out of both clauses)
    for sentence in (
        "Although artillery units shelled the border villages last week, the two defence "
        "ministers agreed to meet in Geneva.",
        "The two defence ministers agreed to meet in Geneva, although artillery units shelled "
        "the border villages last week.",
        "Though its troops shelled the border villages, Ankara agreed to meet Yerevan.",
    ):
        hits, (*_, label) = run(sentence)
        assert _hit(hits, "shelled").weight == 0 and label == "de-escalation", sentence


def test_a_statement_or_appeal_in_the_main_clause_outweighs_its_scene(run):
    # the appeal (CAMEO 02) is the news; the clashes it follows are its scene and weigh
    # nothing beside it, as beside a main event (alone they would count half: escalation)
    hits, (*_, label) = run(
        "The Arab League urged calm in Aden, two days after clashes between rival militias."
    )
    assert _hit(hits, "clashes").weight == 0 and label == "neutral"
    hits, (*_, label) = run("Two days after clashes between rival militias in Aden, talks began.")
    assert _hit(hits, "clashes").weight == 0 and label == "de-escalation"  # (guard)
    # an appeal inside the scene is no main event: "after the UN urged calm" sets the scene
    hits, (*_, label) = run("After the UN urged calm, rival militias clashed in Aden.")
    assert _hit(hits, "clashed").weight == 10 and label == "escalation"


def test_refusals_to_tell_denials_and_questions_are_statements(run):
    # what an official will not confirm, denies or is asked about is what was said (CAMEO 01),
    # no event told as news: each sentence's hits after the cue share the statement's budget
    for sentence in (
        "The ministry declined to confirm reports that its jets had bombed a fuel depot.",
        "A spokesman would not comment on the shelling of the port.",
        "The interior ministry denied that detainees had been beaten in custody.",
        "Asked whether the air raid had killed civilians, the general said nothing.",
        "The army was tight-lipped on the ambush that killed four soldiers.",
        "Seoul weighs response to the North's missile launch.",
    ):
        hits, (*_, label) = run(sentence)
        assert label == "neutral", sentence
        assert all(h.modality == "stated" for h in hits if h.weight), sentence
    # ... while refusing to discuss a truce refuses the talks (CAMEO 125): no statement
    hits, (*_, label) = run("Moscow declined to discuss a truce with Kyiv.")
    assert label == "escalation"


def test_what_an_appeal_for_restraint_names_is_part_of_it(run):
    # "to show restraint toward protesters": the protesters are whom restraint is asked for,
    # not a protest demanded (CAMEO 02 appeal, neutral); a demand for force stays a demand
    hits, (*_, label) = run("The UN urged the junta to show restraint toward protesters.")
    assert label == "neutral" and _hit(hits, "protesters").modality == "appealed"
    hits, (*_, label) = run("The opposition called for sanctions against the junta.")
    assert label == "escalation" and _hit(hits, "sanctions").category == "demand"  # (guard)


def test_refuge_sought_and_a_courtesy_call_are_no_appeals(run):
    # "sought refuge" is fled to, "a courtesy call on" a leader is a visit: neither is an appeal
    # whose scene would weigh nothing
    hits, (*_, label) = run(
        "Thousands of villagers have sought refuge in Chad since militias attacked Geneina."
    )
    assert _hit(hits, "attacked").weight > 0 and label == "escalation"
    hits, (*_, label) = run(
        "Before meeting the Saudi foreign minister, Blinken paid a courtesy call on the king."
    )
    assert label == "de-escalation"


def test_an_attack_claimed_and_words_between_a_refusal_and_its_verb(run):
    # an attack a group claims is responsibility claimed (CAMEO 01), and a day named between
    # "declined" or "denied" and what follows leaves it a refusal to tell or a denial
    for sentence in (
        "The Islamic State claimed the bombing of a church in Jolo.",
        "The Kremlin declined on Friday to say whether its jets had bombed the market.",
        "The army denied on Monday that its soldiers had shot the protesters.",
    ):
        _, (*_, label) = run(sentence)
        assert label == "neutral", sentence
    # ... and falling or stopping short of blaming is no blame ("short of" negates)
    _, (*_, label) = run("The minister stopped short of blaming Kigali for the rebel advance.")
    assert label == "neutral"


def test_that_before_has_or_had_opens_a_relative_clause(run):
    # "fighting that has killed thousands": the toll describes the fighting to be ended, at
    # half as a relative clause; "a standoff that had threatened strikes" is before the main
    # event, a scene that weighs nothing beside the inspectors let in
    hits, (*_, label) = run(
        "The army and the rebels agreed to end fighting that has killed thousands since April."
    )
    assert _hit(hits, "killed").weight == 5.0 and label == "de-escalation"
    hits, (*_, label) = run(
        "Baghdad let UN inspectors back into the palace, defusing a standoff that had "
        "threatened to bring air strikes."
    )
    assert _hit(hits, "air strikes").weight == 0 and label == "de-escalation"


def test_a_scene_reads_only_its_own_clause_and_a_relative_after_the_object(run):
    # a year or "since" in the aside before a release dates the captivity, not the release;
    # the towns "they captured" describe what the rebels left (a relative after the object)
    hits, (*_, label) = run(
        "The prisoners, some held since the 2009 uprising, walked out of Evin prison on Tuesday."
    )
    assert _hit(hits, "walked out of Evin prison").weight == 7.0 and label == "de-escalation"
    hits, (*_, label) = run("The rebels pulled out of the towns they captured in the spring.")
    assert _hit(hits, "captured").weight == 0 and label == "de-escalation"
    # an attribute beside an appeal is its scene: "besieged" tells where access is asked
    hits, (*_, label) = run("Aid agencies appealed for access to besieged Mariupol.")
    assert label == "neutral"
