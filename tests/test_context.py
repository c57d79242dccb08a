"""A word needs its sense: the lexicon's context keys, and the error classes they answer.

The first half checks the mechanism on small lexicons built in memory (``needs``, ``not_with``,
``evidence``, ``topic`` and ``off_topic``; ``lexicon.py`` documents them). The second half runs
sentences written for these tests through the shipped escalation lexicon, one group per kind of
error seen in real news (names, everyday verbs, senses outside conflict, missed withdrawals and
deployments, material cooperation, texts off the topic). None is copied from an evaluation set.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import analysis
from analysis.core import find_matches
from analysis.errors import LexiconError
from analysis.escalation import direction_of, score_events
from analysis.events import build_events
from analysis.gazetteer import find_mentions, resolve_gazetteers
from analysis.lexicon import Lexicon, OffTopic, load_lexicon
from analysis.matching import Match


def _lexicon(categories: dict[str, Any], **top: Any) -> Lexicon:
    return Lexicon.from_mapping(
        {
            "name": "ctx",
            "version": "1",
            "description": "test",
            "source": "written for the tests",
            "categories": categories,
            **top,
        }
    )


#: "strike" is a labour strike or an attack: it counts only beside armed actors. "army" and
#: "rebels" are evidence (never reported); "football" rules the sense out.
SMALL = {
    "attack": {
        "direction": "escalation",
        "needs": ["armed"],
        "not_with": ["sport"],
        "topic": True,
        "patterns": ["strike", {"pattern": "massacre", "needs": []}],
    },
    "armed": {"evidence": True, "topic": True, "patterns": ["army", "rebels"]},
    "sport": {"evidence": True, "patterns": ["football"]},
}


def _texts(lexicon: Lexicon, text: str, mentions: bool = False) -> list[str]:
    article = analysis.load_article(text=text)
    found = find_mentions(article, resolve_gazetteers()) if mentions else ()
    return [m.text for m in find_matches(article, [lexicon], found)]


def test_needs_holds_in_the_sentence_or_the_one_before():
    lex = _lexicon(SMALL)
    assert _texts(lex, "Workers began a strike at the port.") == []  # no armed actor
    assert _texts(lex, "The army answered with a strike on the depot.") == ["strike"]
    # the sentence before sets the scene; evidence hits ("army") are never reported
    assert _texts(lex, "The army moved north. A strike hit the depot.") == ["strike"]
    # ... but not two sentences before
    assert _texts(lex, "The army moved north. It rained. A strike hit the depot.") == []
    # an entry's own needs win over its category's: a massacre needs no evidence
    assert _texts(lex, "Villagers described a massacre.") == ["massacre"]


def test_a_hit_that_borrows_the_sentence_before_borrows_its_whole_scene():
    lex = _lexicon(SMALL)
    # "army" one sentence back would lend the strike its armed sense, but the same sentence
    # is about football: the scene comes whole or not at all
    assert _texts(lex, "The army won the football final. A strike hit the depot.") == []
    # where the hit's own sentence holds what it needs, the sentence before does not matter
    assert _texts(lex, "They watched football. The army answered with a strike.") == ["strike"]


def test_needs_with_a_plus_asks_for_both_at_once():
    lex = _lexicon(
        {
            "visit": {
                "direction": "de-escalation",
                "needs": ["actors+office"],
                "patterns": ["visit"],
            },
            "office": {"evidence": True, "patterns": ["minister"]},
        }
    )
    # a country alone, or an official alone, is not enough; both in one sentence are
    assert _texts(lex, "A visit to France is planned.", mentions=True) == []
    assert _texts(lex, "The minister will visit the plant.", mentions=True) == []
    assert _texts(lex, "The minister will visit France.", mentions=True) == ["visit"]


def test_two_hits_that_need_context_do_not_vouch_for_each_other():
    # "raid" and "fight" each need armed force beside them; in a text with no armed side
    # neither is evidence for the other, so neither counts (a metaphor of business news)
    lex = _lexicon(
        {
            "force": {
                "direction": "escalation",
                "needs": ["armed", "force", "toll"],
                "patterns": ["raid", "fighting"],
            },
            "toll": {
                "direction": "escalation",
                "needs": ["armed", "force", "toll"],
                "vouches": True,
                "patterns": ["dead", "bomb"],
            },
            "armed": {"evidence": True, "patterns": ["army", "rebels"]},
        }
    )
    text = "The raid came as firms were fighting over engineers."
    assert _texts(lex, text) == []
    # one armed side grounds the first hit, which then grounds nothing more than it needs
    assert _texts(lex, "The rebels' raid came as fighting spread.") == ["raid", "fighting"]
    # ... and a hit that counts grounds the next, in rounds: the rebels of the first sentence
    # ground the raid of the second, which grounds the fighting of the third
    assert _texts(lex, "The rebels moved. A raid followed. Fighting spread.") == [
        "raid",
        "Fighting",
    ]
    assert _texts(lex, "The crowd moved. A raid followed. Fighting spread.") == []
    # a category that vouches does so even where it needs context itself: a bomb and the dead
    # it left ground each other and the raid beside them
    assert _texts(lex, "A bomb left two dead.") == ["bomb", "dead"]
    assert _texts(lex, "The raid left two dead.") == ["raid", "dead"]
    # but not itself: one vouching hit alone still needs something else
    assert _texts(lex, "Two were found dead.") == []


def test_not_with_rules_a_sense_out_in_its_sentence():
    lex = _lexicon(SMALL)
    assert _texts(lex, "The rebels scored a strike in the football final.") == []


def test_a_longer_hit_hides_the_shorter_ones_even_where_it_does_not_count():
    # "online attack" is a narrower sense of "attack" that needs armed sides: where they are
    # missing, the longer hit does not count, and the bare "attack" inside it stays hidden
    # (how an entry tells a sense; lexicon.py: an entry that only adds words to a shorter
    # entry's sense must therefore need no more than it)
    lex = _lexicon(
        {
            "attack": {
                "direction": "escalation",
                "patterns": [{"pattern": "online attack", "needs": ["armed"]}, "attack"],
            },
            "armed": {"evidence": True, "patterns": ["army", "rebels"]},
        }
    )
    assert _texts(lex, "Experts reported an online attack on a bank.") == []
    assert _texts(lex, "The army reported an online attack on its network.") == ["online attack"]
    assert _texts(lex, "Experts reported an attack on a bank.") == ["attack"]


def test_actor_mentions_are_evidence_named_actors_and_dyad():
    lex = _lexicon(
        {"talks": {"direction": "de-escalation", "needs": ["dyad"], "patterns": ["talks"]}}
    )
    # one country is an actor, not a dyad; two are
    assert _texts(lex, "Talks in France ended.", mentions=True) == []
    assert _texts(lex, "Talks between France and Mali ended.", mentions=True) == ["Talks"]


def test_not_with_unless_names_the_exception():
    # "a-b" in not_with: not beside "a", unless "b" is there too; here "firm" rules a strike
    # out unless the army is named as well
    lex = _lexicon(
        {
            "attack": {
                "direction": "escalation",
                "not_with": ["business-armed"],
                "patterns": ["strike"],
            },
            "armed": {"evidence": True, "patterns": ["army"]},
            "business": {"evidence": True, "patterns": ["firm"]},
        }
    )
    assert _texts(lex, "The strike closed the firm.") == []
    assert _texts(lex, "The army's strike closed the firm.") == ["strike"]
    assert _texts(lex, "The strike closed the port.") == ["strike"]


def test_evidence_between_verb_and_object_still_counts():
    # "firm" lies between the verb and the object of "rejected ... offer" and loses the
    # longest match to it, yet it still tells the sentence is a firm's affair; "fire", the
    # object of "opened fire", keeps the phrase's sense and is no evidence of a blaze
    lex = _lexicon(
        {
            "rejection": {
                "direction": "escalation",
                "not_with": ["business"],
                "patterns": [{"verbs": ["rejected"], "objects": ["offer"], "window": 4}],
            },
            "attack": {
                "direction": "escalation",
                "not_with": ["blaze"],
                "patterns": ["opened fire", "killed"],
            },
            "business": {"evidence": True, "patterns": ["firm"]},
            "blaze": {"evidence": True, "patterns": ["fire"]},
        }
    )
    assert _texts(lex, "The workers rejected the firm's offer.") == []
    assert _texts(lex, "The workers rejected the offer.") == ["rejected the offer"]
    assert _texts(lex, "Troops opened fire and killed two men.") == ["opened fire", "killed"]


def _off_topic_text(extra: str) -> str:
    # six sentences; "strike" (a labour strike) beside "army" once would pass its needs, but
    # only one sentence in six is on the topic: 1/6 < 0.2
    return (
        "The union met the employers on Monday. Wages were the main issue. "
        f"{extra} The talks will go on. Prices rose. Shares fell."
    )


def test_off_topic_text_keeps_only_hits_with_topic_words_in_their_own_sentence():
    lex = _lexicon(SMALL, off_topic={"share": 0.2, "min_sentences": 5})
    assert lex.off_topic == OffTopic(0.2, 5) and lex.topic == {"attack", "armed"}
    # "army" in the sentence before: enough in a text on the topic, not in one off it
    assert _texts(lex, _off_topic_text("The army marched past. A strike followed.")) == []
    # with the topic word in its own sentence, the hit stands
    text = _off_topic_text("The army broke the strike.")
    assert _texts(lex, text) == ["strike"]
    # an entry that needs nothing is never held back
    assert _texts(lex, _off_topic_text("Villagers described a massacre.")) == ["massacre"]


def test_off_topic_applies_to_long_texts_only_and_needs_the_key():
    lex = _lexicon(SMALL, off_topic={"share": 0.2, "min_sentences": 5})
    # four sentences: too short to judge the topic, so the usual needs decide
    assert _texts(lex, "The army marched past. A strike followed. Prices rose. Shares fell.") == [
        "strike"
    ]
    # without off_topic, a six-sentence text is read sentence by sentence as before
    plain = _lexicon(SMALL)
    assert _texts(plain, _off_topic_text("The army marched past. A strike followed.")) == ["strike"]


def test_a_hit_between_two_named_sides_votes_for_the_topic():
    # "strike" here needs army words or two named sides; once two named sides meet it in its
    # own sentence it tells what the text is about, as a word that needs nothing does: two
    # of seven sentences (0.29 >= 0.2) are on the topic, so both strikes stand
    attack = {**SMALL["attack"], "needs": ["armed", "actors+armed", "dyad"]}
    lex = _lexicon({**SMALL, "attack": attack}, off_topic={"share": 0.2, "min_sentences": 5})
    two_sides = (
        "Iraq said Iran launched a strike on its port. Iran said Iraq answered with a strike."
    )
    assert _texts(lex, _off_topic_text(two_sides), mentions=True) == ["strike", "strike"]
    # one named side is not two: the hits would need "army" in their own sentence, and have
    # none, so the text stays off the topic and they are dropped
    attack = {**SMALL["attack"], "needs": ["armed", "actors"]}
    lex = _lexicon({**SMALL, "attack": attack}, off_topic={"share": 0.2, "min_sentences": 5})
    one_side = "Iraq said a strike hit its port. Iraq said a second strike followed."
    assert _texts(lex, _off_topic_text(one_side), mentions=True) == []


@pytest.mark.parametrize(
    ("top", "categories", "message"),
    [
        ({"off_topic": {"share": 0, "min_sentences": 5}}, SMALL, "above 0 and at most 1"),
        ({"off_topic": {"share": 1.5, "min_sentences": 5}}, SMALL, "above 0 and at most 1"),
        ({"off_topic": {"share": 0.2, "min_sentences": 0}}, SMALL, "at least 1"),
        ({"off_topic": {"share": 0.2}}, SMALL, "'off_topic' needs 'min_sentences'"),
        ({}, {"a": {"topic": "yes", "patterns": ["x"]}}, "'topic' of category 'a' must be"),
        ({}, {"a": {"vouches": 1, "patterns": ["x"]}}, "'vouches' of category 'a' must be"),
        (
            {},
            {"a": {"needs": ["actors+armd"], "patterns": ["x"]}},
            "'armd' is neither a category of this lexicon nor one of actors, dyad, agent",
        ),
        ({}, {"a": {"needs": ["actors-a"], "patterns": ["x"]}}, "'-' (unless) is for 'not_with'"),
        ({}, {"a": {"not_with": ["actors-a-a"], "patterns": ["x"]}}, "one '-' at most"),
        (
            {},
            {"a": {"needs": ["armd"], "patterns": ["x"]}},
            "'armd' is neither a category of this lexicon nor one of actors, dyad, agent",
        ),
    ],
)
def test_context_keys_are_validated(top, categories, message):
    with pytest.raises(LexiconError, match=re.escape(message)):
        _lexicon(categories, **top)


# -- the shipped lexicon on the error classes --------------------------------------------------


@pytest.fixture(scope="module")
def run():
    lexicon, gazetteers = load_lexicon("escalation"), resolve_gazetteers()

    def _run(text: str) -> tuple[list[Match], str]:
        article = analysis.load_article(text=text)
        hits = find_matches(article, [lexicon], find_mentions(article, gazetteers))
        return hits, direction_of(score_events(build_events(article, hits)))

    return _run


def _categories(hits: list[Match]) -> set[str]:
    return {h.category for h in hits}


def test_names_carry_no_direction(run):
    # an operation's name is not peace: the sentence is the air strikes'
    hits, direction = run("Operation Lasting Peace began with air strikes on the northern towns.")
    assert direction == "escalation" and "de_escalation" not in _categories(hits)
    # a headquarters' name holds "Joint", not a joint action
    hits, _ = run("A spokesman for the Joint Task Force said two drones were shot down.")
    assert [h.text for h in hits] == ["shot"]
    # a dateline's dash ends the capitalised run of the agency's name: the lead's first word
    # after it starts the news, as a sentence's first word does, and is no part of a name
    hits, direction = run(
        "JUBA, July 11 (Reuters) - Fighting between the army and the rebels raged on Monday."
    )
    assert direction == "escalation" and [h.text for h in hits] == ["Fighting"]
    # ... but an ampersand is part of a name: an insurer's "Casualty" counts no dead
    hits, _ = run("Aetna Life & Casualty said the war in the Gulf had cost it little.")
    assert "casualties" not in _categories(hits)


@pytest.mark.parametrize(
    ("sentence", "still_there"),
    [
        # "peace" naming those who campaign for it names a side, as "Amnesty" names one: the
        # activists' vigil reports no step toward peace, and the march stays a protest
        ("Hundreds of peace activists camped outside the base where the bombers wait.", None),
        ("Members of the peace movement marched to the embassy to protest the war.", "protest"),
        ("A peace group of Quaker elders asked both governments to resume talks.", "negotiation"),
    ],
)
def test_peace_naming_its_campaigners_is_no_event(run, sentence, still_there):
    hits, _ = run(sentence)
    assert not [h for h in hits if h.text.lower() == "peace"]
    assert still_there is None or still_there in _categories(hits)


@pytest.mark.parametrize(
    "sentence",
    [
        "The defence ministry released a statement on Monday.",  # a statement, not prisoners
        "Gatherings of up to ten people were allowed again.",  # a rule, not a concession
        "The governor said the pension they were promised would be paid in full.",
        "The two carmakers announced a joint venture in Mexico.",
        "Hackers launched phishing attacks on the bank's customers.",
        "The opposition's attack on the budget dominated the debate.",  # words, not arms
        "Unions held talks aimed at averting a national strike.",
        # idioms and other senses that hold a conflict or cooperation word
        "The singer, who hails from Ohio, thanked her fans.",
        "The minister died of a cardiac arrest on Monday, the government said.",
        "May he rest in peace, the president wrote.",
        "The senator took a veiled shot at the governor over his attacks on mail-in voting.",
        "The company acquired a mortar manufacturer in Austria.",
        "The group bought an Austrian mortar and shell manufacturer.",
        # business between firms in different countries is not cooperation between states
        "The company acquired a British firm in a deal with Japanese investors.",
        "A loan from a German bank covered the French company's acquisition.",
        # disaster relief, weapons named, the defendant: no events
        "Rescuers pulled a survivor from the rubble, state media said.",
        "Water bombing by aircraft was ruled out to protect the cathedral.",
        "Police said it was an assault rifle.",
        "The judge ordered the accused to remain in custody.",
        # a protest camp's name in a sentence full of names (not a title-case headline)
        "Police cleared the Capitol Hill Organized Protest on Wednesday.",
        "The rocket's first stage returned to a drone ship off the coast.",
        "The shops lowered their purchase restrictions on toilet paper.",
        # meetings, visits and thanks at home are not diplomacy
        "The Senate was to meet on Monday to discuss the nomination.",
        "The president thanked the firefighters for their service.",
        # a journey home, a retreat to a ranch, a resignation that yields to no one
        "After a stay in hospital the sultan returned to Oman in December.",
        "She left the UK after the crash and returned to the US.",
        "The writer retreated to New Mexico to work on his songs.",
        "The health minister resigned without explanation.",
        # the law's exception for pregnancies after a crime: no violence told (lexicon 1.68)
        "The governor opposed abortions even in cases of rape and incest.",
        "Senators voted to fund abortions for victims of rape or incest.",
        "Before resigning, the governor appointed a new secretary of state.",
        "She resigned in protest at the prime minister's plan.",
        "The adviser said he had offered to resign the night before.",
        "The senator held five campaign rallies a day in Ohio and Florida.",
        "Video captured two groups of fans pushing and punching each other.",
        "Thank you to all the nurses and volunteers, the minister wrote.",
        "Visitors may not enter the restricted zone of the base.",
        # a lawsuit's settlement and a settlement of houses are no agreement between sides
        "The city paid a settlement to the family of the prisoner, the government said.",
        "Israel approved 300 new homes in the settlement, the government said.",
        # a demonstration of an idea, or of a fact, is no protest
        "A sterling demonstration of the theory, the minister said.",
        "The scientists demonstrated that the vaccine works.",
        # A glob in the lexicon stands for the forms of its word, not for every word that
        # starts the same: "protest*" is not "Protestant", "sever*" not "several", "sen*"
        # (send) not "Senate", "end*" not "endowment", "escalat*" not "escalator", "avenge*"
        # not "Avengers", "accept*" not "acceptable", "consult*" not "consultancy", "host*"
        # and "visit*" not "hostel visitors". Each sentence names a government or two
        # countries, so the context rules alone would have let the wrong word count.
        "Protestant churches in Northern Ireland held services on Sunday, the government said.",
        "The endowment will support lawyers in poverty law offices, the government said.",
        "Several contacts between the two governments were reported.",
        "Senate funding for the army was approved, officials said.",
        "The escalator at the ministry was closed on Monday.",
        "The government said the Avengers film was banned in China.",
        "The senator called the deal acceptable, officials said.",
        "The army hired a consultancy from Britain, the ministry said.",
        "Hostel visitors from Germany and France toured Berlin, the minister said.",
        # accidents and crime stay what they are once the evidence words are read in their
        # own sense (below): a building or a bus, an epidemic, a suspect giving himself up
        "A building collapsed after the earthquake, killing five people.",
        "The bus overturned near the border, killing 12 people, police said.",
        "An outbreak of cholera killed 30 people in the camp, officials said.",
        "The suspected gunman surrendered himself to police, officers said.",
        # a board rejecting an offer, a rocket launched into space, drugs seized by police
        "The board rejected the takeover offer.",
        "SpaceX launched a rocket carrying 20 satellites.",
        "Police seized a boat carrying cocaine.",
        # business news: firms agreeing and signing among themselves, the name Lynch, a bank's
        # broker, the month of March, trade as a word of economics, a rocket into orbit
        "Merrill Lynch will manage the offering of the company's shares.",
        "Acme Corp said it signed an agreement to sell its products in Canada and Mexico.",
        "Stock brokers said Hong Kong shares rose.",
        "Losses in the year ending March 31 against a profit of two million were blamed on demand.",
        "Japan's trade deficit with the United States narrowed in January.",
        "An unmanned rocket carrying a weather satellite lifted off from Florida on Monday.",
        "The fund lets investors recapture lost interest.",
        # declining to comment refuses a comment
        "Iran declined to comment on the talks with the United States.",
        # industrial relations: a union's talks with employers are no diplomacy
        "The union and the employers met again on Tuesday but made little progress.",
        "The carmaker broke off talks with the union on a new labor contract.",
        # weapons and words of conflict as products, programmes, releases of figures, and what
        # holds up power lines beside a shipping accident
        "The company won a contract for work on the B-52 bomber, the Air Force said.",
        "The government promotes rice through its intensification program.",
        "Egypt's central bank said deposits rose 4 pct, according to its statistical release.",
        "A Greek tanker ran aground near a tower supporting power lines, Turkish officials said.",
        "Farmers in Canada sold more rapeseed to Japan this year.",  # a crop, not a crime
        # weapons bought are products, not their use
        "The Army plans to buy 200 anti-aircraft missiles from a German contractor.",
        # a cyberattack on a bank is a crime against a firm; data and adverts bombard no one
        "A cyberattack on the bank's website disrupted payments for a day.",
        "Customers are bombarded with adverts every day.",
        # a leader accepting an official's resignation yields to no one; a company's president
        # resigning is no change in a country's leadership; a firm named Aid, and one that
        # provides food services, give no aid
        "The governor accepted the resignation of the city's police chief.",
        "Its chief operating officer has resigned as president of the firm.",
        "Aid Corp of Iowa said its shareholders in Canada approved the merger.",
        "The firm provides food services to schools in Ottawa.",
        # the words of markets in their own sense: animals slaughtered for meat, casualty
        # insurance, a bond's selling concession, trade law's material injury, a central bank's
        # help to the money market, a regulator's or a lobby's word on a merger or a subsidy,
        # weapons as products sold or under contract
        "Traders expect the weekly hog slaughter to rise by five percent.",
        "The insurer sold its property and casualty business in Canada.",
        "The insurer sold its casualty business in Canada.",
        "The Swiss bank's yen bond for Japan carries a 1.25 pct selling concession.",
        "The US regulator rejected the merger of the two Canadian railroads.",
        "The board of the Canadian bank rejected the takeover by its US rival.",
        # a debt moratorium, a price charged, a pest, a sales or charm offensive, fixed
        # investment, and a country's talks with its creditor banks are no events between states
        "Conable of the World Bank said the suspension of Brazil's debt payments to U.S. banks "
        "was temporary.",
        "European and U.S. clients of the Mexican state oil firm are charged per delivery.",
        "The fungus attacks the roots of the rubber trees in Malaysia and kills the leaves.",
        "Officials in Washington braced for a diplomatic and coffee market offensive from Brazil "
        "and Colombia.",
        "The charm offensive by Beijing in Africa continued.",
        "Spain's minister told Reuters in London that fixed asset investments from Germany would "
        "fall.",
        "Argentina's talks in New York with its bank advisory committee over new loans from U.S. "
        "banks continued.",
        # a noun before a verb that has an object of its own is its subject, not what it stops
        "The war ended the regime of the colonels.",
        "Steel firms in Europe will stay under restrictive quotas for years, diplomats said.",
        "Under pressure from oil companies in Texas and farmers in Canada, the minister "
        "promised help.",
        "A trade tribunal found that corn imports from the United States were materially "
        "injuring farmers in Canada.",
        "The Bank of England provided assistance worth 96 million pounds through bank bill "
        "purchases.",
        "The firm won a contract from the British Navy for electronic warfare systems.",
        "The sale of 40 missiles to Saudi Arabia awaits approval from Congress.",
        # "Co" ends a company's name: its telephone service and its offers are business
        "The American phone maker Acme Telephone Co is offering a new service in Denmark.",
        # a company in the sentence before makes "the deal" and "the meeting" that follow
        # business, though the countries and officials they would need stand beside it: the
        # scene one sentence back is borrowed whole
        "Acme Corp said it agreed to sell its French unit to an Italian group. It said the deal "
        "is subject to approval by regulators.",
        "Acme Corp agreed with officials in France and Italy on the sale. The annual meeting "
        "will be held in May.",
        # words of force in their business senses (business_context rules them out): a
        # company taken over, a firm besieged by speculation (lexicon 1.11)
        "The insurer took control of the company by buying 60 pct of its shares.",
        "The retailer has been under siege from takeover speculation for a year.",
        # a group of companies and a company named with "AG" are business, their talks and
        # agreements between firms (lexicon 1.61, from the Wall Street Journal's "Italy's
        # leading industrial group is conducting talks with Daimler-Benz AG"), in sentences of
        # my own
        "Spain's largest industrial group is holding talks with a French state railway on "
        "a joint bid.",
        "The Swiss government met executives of Nestle AG to discuss the new tax law.",
        "The Indian conglomerate agreed with the Japanese government on a new plant.",
        # a law killed, seats captured and a company taken over in a buy-out are legislation,
        # an election and business (lexicon 1.62, from the Wall Street Journal's "voting to kill
        # the law", "captured 405 seats", "took control of Viacom ... in a leveraged buy-out"),
        # in sentences of my own
        "The Senate voted to kill the law on health benefits, its leaders said.",
        "The Boston billionaire took control of the film studio in a leveraged buy-out three "
        "years ago.",
        # a pact of a government with trade unions is industrial relations, not an accord
        # between political actors
        "The government and the trade unions agreed to extend price controls until March.",
        # a statement released, not a release of captives
        "The company said in a separate release that it had won a contract from the Navy.",
        # ranking dangers threatens nobody (the issue's "the real threat to the governing party")
        "For the prime minister, the real threat to the governing party is the economy.",
        "Western diplomats said the failing economy is the main threat to the country's stability.",
        # a threat as what something is, or is seen as, is an assessment, no threat made
        # (CAMEO 13 is an act of threatening): the GUM interviews' "that's a real threat",
        # "regard as a potential threat", in sentences of my own
        "The minister told the conference that terrorism was a global threat.",
        "For Moscow, NATO's new base on its border is a real threat.",
        "Well, for Moscow that's a significant threat from NATO's troops.",
        "Planners in Beijing regard the American radar in Korea as a potential threat.",
        # an option's strike price, demand boosted in a market, opportunities investigated,
        # though two countries are named beside them (lexicon 1.12)
        "Strike prices for options on Saudi and Iranian crude were set by the exchange.",
        "Higher output in Japan has boosted demand in South Korea.",
        "The trading house will investigate business opportunities in Canada and Mexico.",
        # rape the crop, and the futures markets (lexicon 1.13)
        "France and Germany used more rape products last year, the ministry said.",
        "Reports from Iran and Iraq lent support to crude futures in New York.",
        # "take X for granted" grants nothing; a slaughtering plant kills no one (lexicon 1.9)
        "Canada's foreign minister said the United States had long taken Canada for granted.",
        "The Chinese government gave a Japanese firm a contract to build a slaughtering plant.",
        # a missile's range or existence is no act of force (lexicon 1.10; used, it is one:
        # test_missiles_described_owned_or_feared_are_no_attack_used_they_are)
        "The new cruise missile has a range of 300 kilometres, the defence ministry said.",
        "Officials said the army now has long-range missiles that could reach the capital.",
        # what is avoided, prevented or staved off did not happen (verbs of avoidance negate)
        "The two fleets turned back, avoiding a clash in the disputed waters.",
        "Police prevented the militants from attacking the bridge.",
        "The union staved off a strike at the docks.",
        # markets, livestock and party politics (lexicon 1.14): the USDA's word order for
        # animals sold for slaughter, a plant's capacity, a commodity offered to the EC's
        # intervention stocks or a bid accepted for it, a price level a market fails to break,
        # a parliament boycotted by its opposition, squatters' land invasions, an election that
        # returns a government, a firm's aircraft returned, a bill killed, a word that only
        # begins like "accuse", the demand of consumers, a contract between firms
        "Slaughter cattle rose 1.00 dlr in Texas trade, the agriculture department said.",
        "The new plant in Nebraska can slaughter about 9,000 hogs a day.",
        "French and Belgian producers said the sugar they offered into intervention would stay "
        "there.",
        "The ministry in Paris accepted a bid for an export bonus on wheat for Algeria.",
        "The decline reflected the market's failure yesterday to breach resistance near 7 cents, "
        "U.S. and Japanese dealers said.",
        "Japan's budget was delayed by an opposition boycott of parliament.",
        "The local press in Recife reported a wave of land invasions.",
        "Elections in March returned the ruling coalition to power in Bonn.",
        "Britain said the aircraft will be returned to the leasing company in Ireland.",
        "The U.S. trade representative said the amendment would kill the bill in Congress.",
        "Diplomats said the reform came as a shock to Yugoslav workers accustomed to subsidies "
        "from Belgrade.",
        "Egypt and Jordan curbed domestic consumption demands last year.",
        "Australia's wheat board renewed its supply agreement with Japan for another year.",
        # what is closed is no state's relations unless it is a border or an embassy, and
        # criticism from a president's own officers is no criticism between sides
        "The council in Brasilia had been closed by the military government three years ago.",
        "Iraq's oil terminals in the Gulf were closed shortly after the war with Iran began.",
        "Economic problems have prompted criticism of the president from some army officers.",
        # prices under a market's pressure demand nothing of anyone; "as opposed to" compares
        "Copper prices in London came under pressure as Chile and Zambia raised output.",
        "Soybean crush ratios in Chicago remained under pressure, U.S. and Brazilian traders said.",
        "The army's share of Boeing's business is large as opposed to its civil sales, Pentagon "
        "officials said.",
        # a meeting as the place of a speech (lexicon 1.16), idioms, a crop and a month
        "The Indonesian defence minister told a meeting of the ruling party in Jakarta that the "
        "army was ready.",
        "The Indian ambassador addressed a meeting of Nepalese exporters in Kathmandu.",
        "Japan's tariffs on Chinese silk were a shot across Beijing's bow, Korean officials said.",
        "France decided to give Japan a taste of its own medicine on imports.",
        "China raised purchase prices for shelled peanuts and corn, Pakistani traders said.",
        "Iran's money supply grew 17.6 pct in March against 16.6 pct in February.",
        # a company's shares are business, and so is its agreement to sell them
        "The Canadian bank agreed to sell 500,000 of its voting shares to dealers in Toronto and "
        "London.",
        # a game's shots and attacks (lexicon 1.19), a world war's end as a date, a house's
        # occupant and a programme's presenters
        "The Turkish golfer shot four under par to lead the Americans at the Kenya Open.",
        "The Brazilian striker's attack on goal beat the German defence in the World Cup "
        "semifinal.",
        "The yen fell to its lowest level against the dollar since the end of World War II, "
        "Japanese officials said.",
        "The house that survived the war is still occupied by its original owner.",
        "Two BBC radio hosts interviewed the Russian and Ukrainian ambassadors in London.",
        # wildlife threatened and fish dead, a wartime relic dug up, targets met and a meat
        # processor's deal (lexicon 1.20)
        "About 200 dead fish were found in the Jordan River near the Israeli border, Jordanian "
        "officials said.",
        "The dam is a threat to endangered species along the Mekong, Thai and Lao officials said.",
        "French farmers dug up a rusty World War II bomb near the German border.",
        "Indonesia met its targets for rice output, the Malaysian agriculture minister said.",
        "The Brazilian meat processor signed a deal with Chinese buyers.",
        # science's metaphors of war and a budget's funding, where no side is named (lexicon
        # 1.21)
        "Soil bacteria live in a constant arms race with their neighbours.",
        "Critics say the new scanners are an invasion of privacy.",
        "The university stopped funding the project after the audit.",
        # politics' battles and a game's shots (lexicon 1.22)
        "The budget battle between the Senate and the White House dragged on, Russian observers "
        "said.",
        "The Russian player hit a shot over the net against the American.",
        # a market's or a currency's support, a contractor's support services, a side's own
        # meetings (lexicon 1.24)
        "Japan's central bank bought dollars to support the yen, U.S. traders said.",
        "The contract with the Navy covers aircraft support services in Japan and Germany.",
        "The Iraqi president chaired a meeting of his military commanders in Baghdad.",
        "The cabinet meeting in Tokyo approved the trade figures for China on Friday.",
        # warfare as a field or equipment; documents and emissions released; a suspended
        # sentence; demonstration trials (lexicon 1.24)
        "The firm makes electronic warfare equipment for the Japanese and Korean navies.",
        "The bishops of America debated the morality of nuclear warfare itself.",
        "Proposals on Japanese imports released yesterday by the EC Commission showed tariffs "
        "would rise.",
        "An interview with the Soviet leader released by the Kremlin on Tuesday caused a stir.",
        "The US and UK had released more radiation into the atmosphere than the Soviet Union.",
        "The South Korean court gave the American a suspended sentence.",
        "Initial demonstration trials in Iraq and Kuwait are scheduled for the fourth quarter.",
        # a murder's prosecution is ordinary crime (lexicon 1.25)
        "The court upheld the sentence of a death row inmate who had arranged the murder of his "
        "wife.",
        "The judge in Ohio dismissed his petition for a review of his 1986 murder conviction.",
        # "combat" as a weapon's kind or the verb of tackling a problem, recognising a fact or
        # a danger, a threat to resign (lexicon 1.26)
        "The Russian maker of land combat systems reported higher earnings for Iraq and Iran.",
        "The Russian minister announced a campaign to combat inflation in the army.",
        '"We recognize that emotions run high," the Israeli envoy told the Palestinian delegation.',
        "The Dutch name Batavia remained the internationally recognized name of the Indonesian "
        "capital.",
        "The Palestinian minister threatened to quit over the Israeli budget, officials said.",
        # "attack" as the kind of a weapon, power handed on at home, the weather as a cause of
        # injuries, a campaign's "threat" (lexicon 1.52)
        "The navy ordered four attack submarines and two attack helicopters from France.",
        "Ghana has seen a peaceful transfer of power after every election since 1992.",
        "Dozens of drivers were injured due to icy weather on the motorway, police said.",
        "The president told voters that the rival candidate was a threat to the country.",
        # a storm that kills, floods or destroys is a disaster (the GUM news' "A storm yesterday
        # caused a crane to fall into the Grand Mosque, killing 107"), in sentences of my own
        "A storm killed 12 people in the north of the country, officials said.",
        "The storm left 30 people dead and thousands homeless in the Philippines.",
        # those who seek asylum are no asylum granted, and a boat that sank is a disaster (the
        # GUM news' "fishermen rescued over 700 asylum seekers whose boat sank")
        "Fishermen rescued 300 asylum seekers from Myanmar whose boat sank off Indonesia.",
        "Britain's asylum system will be run by a new agency, the Home Office said.",
        # a plan, a report or a novel released is no release of captives (CAMEO 0841): a
        # release needs someone held beside it (the RTE-3 news' "released the National Energy
        # Plan 2030"), in sentences of my own
        "The energy ministry released its national energy plan for 2030 on Wednesday, Brazil's "
        "government said.",
        "A Norwegian novel just released in the United States won the French prize, the "
        "minister said.",
        # "offensive" and "first strike" naming a kind of arms (lexicon 1.57)
        "Moscow has doubled its offensive military capacity in the west, the minister said.",
        "NATO officials called the new Russian system a first strike weapon.",
        # a death discovered reports no act of a side (lexicon 1.56)
        "A Canadian tourist was found dead in a hotel in Cancun, Mexico, on Sunday.",
        "The Russian journalist was found shot dead in the stairwell of her Moscow flat.",
        # weapons named by their kind, bought or ordered, are equipment, no attack (lexicon
        # 1.60, from the Wall Street Journal's "hundreds of other combat vehicles", "the bomber
        # version of the An-12", "400 artillery pieces"), in sentences of my own
        "The Polish ministry ordered 120 combat vehicles and 60 infantry fighting vehicles.",
        "Poland ordered 96 artillery pieces from South Korea, the ministry said.",
        "The Indian air force chose the bomber version of the Russian jet.",
        # cooperation as an idea, a notion, a possibility or a prospect is only supposed: no
        # event (the guide's "hoped for or an aim"; the rule feared, for cooperation, 1.71)
        "Congress debated the idea of sending military aid to the rebels.",
        "The possibility of a meeting between the two foreign ministers was raised in Oslo.",
        # a space agency's demonstrations, an alert before a storm, a storm that slams into an
        # island, prices that strike or charge to a record, attacks on computers, a firm's
        # profit warning, crowds celebrating in the streets, the monitors of a truce, bulls,
        # moods and records of combat, and a firm recognised as a market's leader are no events
        # between sides (1.96)
        "The Russian and European probes carried out radio relay demonstrations near Mars.",
        "Cuba put its coast on alert as the hurricane approached Havana.",
        "The storm slammed into the Bahamas and Cuba on Friday.",
        "Brent prices struck a fresh record above $90 in London and New York.",
        "The price of oil charged to a new high in Moscow and Riyadh.",
        "Security experts in Helsinki reported a major online attack on Friday.",
        "The Canadian network maker warned on Thursday its revenue in the United States will drop.",
        "Thousands of Brazilians took to the streets in Rio on Sunday to celebrate the carnival.",
        "Ukrainian soldiers flew to Sudan to guard the ceasefire monitors of the African Union.",
        "Two Spanish tourists were gored by fighting bulls in a French town.",
        "The Georgian president said he was in fighting mood before the vote.",
        "Moscow questioned the combat record of the Estonian candidate.",
        "Samsung and Sony are the recognized leaders of the Korean and Japanese TV markets.",
        "Raytheon won a contract from the Israeli and Saudi navies for a land attack missile.",
        "The Polish air force bought attack radar sets for its Russian-made jets.",
        # medicine as a field and a storm's strike on a coast are no aid and no attack (1.97)
        "A Nobel laureate in medicine said Moscow's rules stopped research in Russia and Ukraine.",
        "Cuban soldiers searched for sailors missing after Hurricane Maria's strike on Dominica.",
        # a losing battle against the ice and the craft of battle are no fighting (1.94)
        "Ukrainian ships in Odesa are fighting a losing battle against the ice.",
        "The Polish army uses virtual reality to teach soldiers battle techniques.",
        # a telephone as a medium, envoys called home, bomb threats phoned in and a threat as
        # what someone became are no events between sides (1.93)
        "The Iraqi minister gave a telephone interview to an Iranian newspaper.",
        "Washington called its ambassador in Moscow home for consultations.",
        "The Kenyan embassy in Cairo received two bomb threats on Monday.",
        "The Panamanian general became a threat to the Colombian cartels.",
        # rockets owned and a jail as a place or a term are no act (1.91)
        "Iran has rockets with enough range to reach Israel.",
        "The Russian activist is currently in jail in Moscow.",
        # someone coming back, a plane returned to service, a market's slaughter, a refinancing
        # facilitated, the barriers spectators stand behind and a war's end as the time of
        # something else are no events between sides (1.90)
        "The Ukrainian delegation has returned.",
        "The rock samples were returned from China's lunar station in 2020.",
        "Turkey returned the grounded F-16 jets to service after checks by Greek engineers.",
        "Slaughter is likely to stay light this month, traders said.",
        "A new German law will facilitate the refinancing of Greek mortgages.",
        "Spectators in Kyiv stood behind police barricades along the parade route.",
        "The Polish poet was eight years old when World War II ended.",
        # "peaceful" of what a country or relations are is no step toward peace (1.89)
        "Costa Rica is a peaceful democracy without an army, far from the war in Nicaragua.",
        "The two nations have enjoyed peaceful relations with Moscow to this day.",
        # a payment schedule and a quota met are paid and kept, no meeting (1.88)
        "Kenya told the IMF in Washington it would meet the June 30 payment schedules.",
        "Iraq has been unable to meet its OPEC export quota since the war with Iran began.",
        # bids and cargoes rejected are a market at work, a lawsuit rejected the law at work,
        # and the end of a war here names a time (1.87)
        "It rejected bids from Egypt and Algeria for feed wheat, traders said.",
        "A cargo of Ukrainian grain for Egypt was rejected at the port of Alexandria.",
        "A court in Seoul rejected a lawsuit by Korean victims of Japan's wartime forced labour.",
        "The bridge in Kharkiv was rebuilt after the end of the war, Ukraine's ministry said.",
        # what a vehicle runs into, "striking" as remarkable, markets reopening and insisting
        # that something is so are no events (1.86)
        "At least 26 people died when a car ferry struck a pier as it left Belgium for Britain.",
        "The contrast between Kyiv and Moscow is striking when compared with last year.",
        "Brokers in Tokyo said Japanese markets would reopen after the holiday with the yen under "
        "pressure from Washington.",
        "Its spokesmen in Moscow insist that there has not been time enough to reform military "
        "aid to Syria.",
        # a veto in a legislature is lawmaking at home, and messages not returned are
        # unanswered: no rejection between sides, beside an opposition or not (1.85)
        "The opposition expects President Ruto to veto the finance bill.",
        "Congress overrode the president's veto of the water bill, opposition leaders said.",
        "The opposition leader said messages left with the president's office were not returned.",
        # cooperation denied as done is a claim denied, no refusal ("denied holding talks"),
        # as an attack denied is (1.84); allowing negated far from it, by a report of what was
        # not said, is no refusal either
        "Iran denied holding secret talks with the United States.",
        "Hamas and Israel denied signing a ceasefire.",
        "Ankara has not said whether it would allow the Syrian opposition to meet in Istanbul.",
        # allowing, unrefused, is a rule, a market or a chance, not a side yielding (1.74)
        "The new licence allows Norwegian boats to land their catch in Scotland.",
        "The mild winter allowed Ukraine to export more grain through Romania.",
        # "beat" with a rival, a market or a proposal beaten is no assault (1.75)
        "Sweden beat Norway 3-1 in the final in Oslo.",
        "The Russian fund beat the index's returns by two points.",
        "The Kenyan lobby beat back a proposal from the Ugandan government.",
        # a market's demand met, or a demand conceded as a fact, is no yielding (1.76)
        "The new pipeline will help meet rising demand for gas in Poland and Germany.",
        "The Polish governor conceded that domestic demand for coal had been buoyant.",
        "The cable sector showed sustained demand in Italy and Spain, the group said.",
        # a warning is a threat (CAMEO 130) between two sides or in armed conflict, not an
        # official's forecast (1.77)
        "The German finance minister warned that growth would slow next year.",
        "Critics in Managua warned the donations may undercut the opposition party.",
        # accepting a post, a rule or people into a church is no side yielding, nor "willing
        # to" an intent to cooperate unless cooperation follows (1.78)
        "The synods of Sweden and Norway voted to accept women as bishops.",
        "Britain said it was willing to bet on Indian growth.",
        # refusing to say or to rule out is no rejection of a side (1.79)
        "The Turkish minister refused to say who would lead the delegation to Athens.",
        "The Japanese official refused to rule out tariffs on American cars.",
        # agreeing as sharing an opinion is no accord between sides (1.80)
        "Lawmakers in Kyiv and Warsaw agree that the reform was temporary.",
        "Most analysts agree the Polish and Czech economies will grow.",
        # a group named by its stance is described, no rejection told (1.81)
        "Iraqi clerics opposed to the US presence met in Najaf on Friday.",
        # a compromise named, a budget's or a law's, is no agreement between sides (1.82)
        "France backed a new compromise budget proposed by Belgium.",
        # a demonstration of a skill and a market's rallies are no protest (1.83)
        "The sculptor gave a carving demonstration in the museum on Sunday.",
        "Silver prices stayed low despite intermittent rallies.",
        # one body that meets, with nobody named after "meets", sits in session: no talks
        # between sides, though two countries are named (1.98)
        "The Gulf Cooperation Council meets this week to set its budget, Saudi and Kuwaiti "
        "officials said.",
        # what is done over someone's protests is done against an objection, and protesting
        # "that" is objecting: at home, with no two sides named, no event (1.98)
        "The Senate committee approved the Turkish arms bill over Democratic protests.",
        "The plan took effect over the protests of farmers' unions.",
        "Parliament passed the French budget despite the adamant protests of bankers.",
        "Sugar traders in Lille were protesting that rebates are too low.",
        # a campaign fought by officials of one country is no fighting (1.98)
        "The Brazilian senator fought hard against cuts in farm subsidies.",
        "The two Polish ministers fought the planned sale of the shipyard to a Russian firm.",
        # a warning about an attack still to come from others is an alert, no threat (1.98)
        "The Kenyan police warned the British embassy about an impending attack by militants.",
        "Israeli officials had been warning for weeks of possible terror attacks against "
        "tourists in Egypt.",
        # what threatens a state of things is a danger, no side's threat (1.99)
        "Farm subsidies in Europe and protectionist moves in America threaten healthy trade, "
        "the British minister said.",
        "Acts of terrorism in Iraq and Syria continue to threaten world peace and stability, "
        "the ministers said.",
        "A dispute between Poland and Hungary is threatening final passage of the EU budget.",
        # a broker in a market and a share offering are trade; being critical of a side at
        # home is an opinion held (1.100)
        "These reports may support the market in Tokyo and Seoul, said one broker.",
        "A Finance Ministry statement said auditors will check the bank's accounts ahead of the "
        "share offering.",
        "The senator was critical of the administration's failure to back the army officers who "
        "planned the coup.",
        # a host of things, a pest's hosts and a discussion document name no hosting and no
        # talks; a war still to end, as the time of something else, ends nothing (1.101)
        "Fruit from Israel that is a host of the fruit fly is sold in Jordan.",
        "Lebanese and Syrian traders face a whole host of problems at the border.",
        "Belgian and French officials wrote a discussion document on farm prices.",
        "Kuwaiti and Saudi oil exports will stay low until the Gulf war ends.",
        # "must" asks a side to act only where a side is its subject: a pipeline or water is
        # asked nothing (1.103)
        "Iraqi and Iranian ministers said the new pipeline must carry oil by the spring.",
        "Syrian and Turkish engineers said more of the dam's water must flow south each summer.",
        # someone who came back some years later returned nothing to a side; "striking" as
        # remarkable; output suspended cuts no ties; a trade war named as a danger, or as what
        # one side would lose in, is none waged; a storm's evacuation is no side's aid (1.103)
        "She went to the front with the Soviet army in 1943 and returned five years later.",
        "Beijing answered the American note with striking speed.",
        "Nigeria expects oil output to be suspended for a month while the pipeline to Chad is "
        "repaired.",
        "Ottawa would sooner lose the case than drift into a costly trade war with Washington.",
        "Canada stands to lose far more than Mexico in any trade war with Washington, the "
        "minister said.",
        "As the hurricane neared Cuba, officials in Florida stepped up the evacuation of the Keys.",
        # a surrender named as a principle, a rival's produce that injured growers, prices
        # offered and a side's negotiating position are no events (1.103)
        "American and Japanese historians still write about the principle of unconditional "
        "surrender.",
        "The Canadian tribunal found that French wheat has injured Ontario growers.",
        "Indian and Pakistani officials said the prices offered by the two suppliers were too "
        "high.",
        "Moscow rattles its rockets at Washington to strengthen its negotiating position.",
        # a leader's pledge at home, promise as what a forum may become and allegiance pledged to
        # a group's leader are no intent to cooperate between sides (1.103)
        "In his first speech to parliament, the Mexican president pledged to continue his "
        "program of reform.",
        "Some in Moscow and Washington doubt whatever promise the new forum holds.",
        "Fighters in Syria and Iraq pledged allegiance to the group's new leader.",
        # an army's own police investigating its soldiers is no side investigating another
        # (CAMEO 09 has a source and a target); a bomb as a class of arms kept is no bombing;
        # seizing upon a remark takes nothing by force; a government's partnership with its
        # own industry is no cooperation between sides (1.104)
        "Military police opened forty investigations into the conduct of soldiers at the base.",
        "The minister said the regime keeps its atomic bombs in bunkers under the desert.",
        "The senator seized upon the remark to attack the minister.",
        "The government works in partnership with industry to cut pollution in the Great Lakes.",
        # a murder's prosecution is crime news; what a side hails as something is what it
        # calls it; a deadlock broken is no refusal (1.104)
        "A British nurse was convicted of murdering seven babies at a hospital in Chester.",
        "The Greek sailor was charged with two counts of murder in Hong Kong.",
        "Tehran hailed as a victory the withdrawal of the American carrier from the Gulf.",
        "The envoy said Hanoi might soften its stance to break the deadlock with Washington.",
    ],
)
def test_everyday_and_other_senses_are_no_events(run, sentence):
    hits, direction = run(sentence)
    assert (direction, hits) == ("neutral", [])


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # withdrawals with the troops as the subject, and as a noun
        (
            "The troops would be leaving the country by the spring, the minister said.",
            "de-escalation",
            "withdrawal",
        ),
        (
            "Washington announced a complete withdrawal of its forces from the region.",
            "de-escalation",
            "withdrawal",
        ),
        # a side disarming itself; "of mass destruction" names a class of weapons and destroys
        # nothing (lexicon 1.25)
        (
            "Libya agreed to give up its weapons of mass destruction, the envoy said.",
            "de-escalation",
            "withdrawal",
        ),
        (
            "Syria began to destroy its chemical weapons under UN supervision.",
            "de-escalation",
            "withdrawal",
        ),
        # recognising a state stays recognition, fighting stays combat (lexicon 1.26)
        ("Russia recognized the independence of Abkhazia.", "de-escalation", "diplomacy"),
        (
            "Rebels and the army engaged in combat near the Syrian border.",
            "escalation",
            "military_action",
        ),
        # lifting what restricts is a concession
        ("The government dropped the emergency measures on Friday.", "de-escalation", "concession"),
        ("The army eased the curfew in the capital.", "de-escalation", "concession"),
        ("The rebels released forty prisoners of war on Sunday.", "de-escalation", "concession"),
        # material cooperation: access for aid, and military aid (CAMEO 062 is cooperation)
        ("The government allowed aid convoys into the city.", "de-escalation", "humanitarian"),
        (
            "Germany will provide air defence systems to Ukraine, the chancellor said.",
            "de-escalation",
            "cooperation",
        ),
        # ... and arms named by their kind, shipped or supplied from one side to another, aid in
        # kind and money given are aid too (CAMEO 071-073; 1.109)
        (
            "Poland shipped howitzers and armoured vehicles to Ukraine in the spring.",
            "de-escalation",
            "cooperation",
        ),
        ("Iran supplied drones to Russia, the report said.", "de-escalation", "cooperation"),
        (
            "Japan delivered generators and transformers to Kyiv for the winter.",
            "de-escalation",
            "humanitarian",
        ),
        (
            "Britain gave $50 million to Ukraine to repair its power plants.",
            "de-escalation",
            "cooperation",
        ),
        # ... as the open event-data verb dictionary's GRANT block has them, with kinds of arms
        # of its weapon set and money named as such (1.111)
        (
            "Washington supplied armoured personnel carriers to Kyiv.",
            "de-escalation",
            "cooperation",
        ),
        ("Saudi Arabia gave money to the Syrian rebels.", "de-escalation", "cooperation"),
        # forces sent to help or train another side's are military aid, no deployment against
        # anyone (CAMEO 072; 1.112); forces sent to a border stay a show of force
        (
            "Canada offered to send troops to help the Malian army secure the north.",
            "de-escalation",
            "cooperation",
        ),
        ("Britain sent 200 soldiers to Kenya to train its police.", "de-escalation", "cooperation"),
        ("Russia sent troops to the border with Ukraine.", "escalation", "mobilisation"),
        # arms sent or hurled at a side, and a target pounded or hit with them, are an attack
        # (CAMEO 195 employ aerial weapons; 1.110)
        (
            "Russia sent dozens of drones and missiles at Ukraine's power plants overnight.",
            "escalation",
            "military_action",
        ),
        ("Moscow pounded the energy grid with drones.", "escalation", "military_action"),
        (
            "Ukraine hit an oil refinery in southern Russia with drones.",
            "escalation",
            "military_action",
        ),
        # verbs the open event-data verb dictionary files under force, occupation, assault,
        # expulsion, criticism and yielding (190, 192, 1823, 174, 111, 080), read by no entry
        # before 1.113: each is the sentence's one event, and its direction is its code's
        (
            "Taliban fighters overran an army base in Kunduz province.",
            "escalation",
            "military_action",
        ),
        ("Russian forces encircled the city of Avdiivka.", "escalation", "military_action"),
        ("Syrian jets strafed a convoy of rebels near Idlib.", "escalation", "military_action"),
        ("The militia razed three villages in Darfur.", "escalation", "military_action"),
        ("Gunmen gunned down two policemen in Kandahar.", "escalation", "violence"),
        ("Militias terrorised the villagers of eastern Congo.", "escalation", "violence"),
        ("The junta banished the opposition leader to a remote island.", "escalation", "coercion"),
        (
            "The EU lambasted the Hungarian government over its ties with Russia.",
            "escalation",
            "disapproval",
        ),
        ("Russia ceded control of the port to Ukraine.", "de-escalation", "concession"),
        # ... and of a second pass (1.114): aircraft downed, a firebombing, a flogging, protests
        # put down by force (repression, 175, not the protest alone), a dissident jailed
        # again, the dead brought home (084)
        ("Russian air defences downed a Ukrainian jet.", "escalation", "military_action"),
        ("Militants firebombed a police station in Kashmir.", "escalation", "violence"),
        ("The Taliban flogged two women in public.", "escalation", "violence"),
        ("Security forces quelled the riots in Tehran.", "escalation", "coercion"),
        ("Police crushed the march in Minsk.", "escalation", "coercion"),
        ("The army suppressed the uprising in Hama.", "escalation", "coercion"),
        ("The regime rearrested the dissident days after his release.", "escalation", "coercion"),
        ("Russia repatriated the bodies of Ukrainian soldiers.", "de-escalation", "concession"),
        # a moratorium on attacks stops them, as a halt does; a moratorium that is broken or
        # comes to an end stops nothing, and what it held back goes on (1.110)
        (
            "The two sides agreed to a moratorium on strikes on energy facilities.",
            "de-escalation",
            "de_escalation",
        ),
        ("Russia broke its moratorium on nuclear tests.", "escalation", "mobilisation"),
        (
            "Friday saw the end of a week-long Turkish moratorium on air raids.",
            "escalation",
            "military_action",
        ),
        # "demonstration of" hides the protest word unless what follows counts people
        (
            "Police broke up a demonstration of about 2,000 students in the capital.",
            "escalation",
            "protest",
        ),
        (
            "A demonstration of thousands blocked the road to the parliament.",
            "escalation",
            "protest",
        ),
        ("A demonstration against the war was held in London.", "escalation", "protest"),
        # "Democratic" is the party only before a word of party politics: an armed group and
        # a country that bear the word are no election ("democrat*" took both); nor are the
        # delegates of two sides, or a primary aim
        (
            "The Syrian Democratic Forces signed a deal with Damascus, officials said.",
            "de-escalation",
            "agreement",
        ),
        (
            "Rwanda and the Democratic Republic of the Congo agreed to cooperate, officials said.",
            "de-escalation",
            "cooperation",
        ),
        (
            "Delegates from both sides met in Geneva for peace talks.",
            "de-escalation",
            "negotiation",
        ),
        (
            "The primary aim of the meeting was to restart talks between Russia and Ukraine.",
            "de-escalation",
            "negotiation",
        ),
        # evidence words that only look like an accident or a crime: "suspected militants"
        # are no crime suspects, "the outbreak of violence" is no epidemic, talks that
        # collapse are no building
        ("Suspected rebels kidnapped two aid workers.", "escalation", "violence"),
        (
            "The outbreak of violence left 20 people dead, the army said.",
            "escalation",
            "casualties",
        ),
        (
            "Peace talks collapsed on Friday, the foreign ministry said.",
            "escalation",
            "reduce_relations",
        ),
        # CAMEO 0841 release persons, both ways at once
        (
            "Russia and Ukraine exchanged 200 prisoners of war on Sunday.",
            "de-escalation",
            "concession",
        ),
        # 190 use conventional military force, even against a truce in the same sentence
        (
            "The government and the rebels exchanged fire despite the truce.",
            "escalation",
            "military_action",
        ),
        # 192 occupy territory: taking it back is taking it
        ("The army retook the town from the insurgents.", "escalation", "military_action"),
        # 141 demonstrate or rally: marching against something ("demonstrated that" is not)
        ("Thousands marched in Belgrade against the government.", "escalation", "protest"),
        # 195 aerial weapons launched or fired by a named side; 171 a state seizing a ship
        ("The Houthis launched drones at ships in the Red Sea.", "escalation", "military_action"),
        ("North Korea fired two ballistic missiles, Seoul said.", "escalation", "military_action"),
        (
            "Iran seized a British-flagged tanker in the Strait of Hormuz.",
            "escalation",
            "military_action",
        ),
        # trade between states as an act, and tariffs imposed or threatened (CAMEO 163, 1312)
        ("The two countries agreed to expand trade.", "de-escalation", "cooperation"),
        ("China imposed retaliatory tariffs on American soybeans.", "escalation", "sanctions"),
        ("Washington threatened new tariffs on Chinese steel.", "escalation", "threat"),
        (
            "Japan and South Korea will hold bilateral talks next week.",
            "de-escalation",
            "negotiation",
        ),
        ("A mob lynched two men accused of spying for the army.", "escalation", "violence"),
        ("The fighting came to an end on Sunday, the army said.", "de-escalation", "de_escalation"),
        ("A lull in the fighting let residents flee the city.", "de-escalation", "de_escalation"),
        ("The attacks stopped the next day, officials said.", "de-escalation", "de_escalation"),
        # a noun after "by" is the agent: production halted by airstrikes is an attack
        ("Production was halted by airstrikes on the refinery.", "escalation", "military_action"),
        # a truce that ends something is its subject, not a truce that ended (CAMEO 196): what
        # it ended, a duration of fighting, is the fighting's end (087)
        (
            "The two sides signed a ceasefire that ended four years of fighting.",
            "de-escalation",
            "de_escalation",
        ),
        ("The truce ended two weeks ago, the monitors said.", "escalation", "ceasefire_breach"),
        ("The fighting will continue, a rebel commander said.", "escalation", "intensification"),
        (
            "Gunmen killed two farmers in the fields and burned the crops.",
            "escalation",
            "casualties",
        ),
        # a cyberattack between states, and a city bombarded by an army, are attacks
        (
            "Russian hackers launched a cyberattack on Ukraine's power grid.",
            "escalation",
            "military_action",
        ),
        ("Russian forces bombarded the city overnight.", "escalation", "military_action"),
        # ... and so are troops slaughtering villagers, and warfare in a battle
        ("Government troops slaughtered dozens of villagers.", "escalation", "violence"),
        (
            "Both sides used chemical warfare in the battle for the peninsula.",
            "escalation",
            "military_action",
        ),
        # a truce decides its sentence: what it stops, in its phrase, is no event beside it
        (
            "The truce in the fighting between the army and the rebels held overnight.",
            "de-escalation",
            "ceasefire",
        ),
        # ... while the strike itself is a protest (CAMEO 143), as the gold data codes it
        ("Dockers went on strike in protest at planned redundancies.", "escalation", "protest"),
        # spaceflight rules "rocket" out; satellite images of a war do not (rockets that hit:
        # since 1.91 a rocket named, as a launcher, is no act, as a missile named is not)
        (
            "Satellite images showed rockets hitting the airfield, the Ukrainian army said.",
            "escalation",
            "military_action",
        ),
        # CAMEO 16 closing a border: what a state closes to another (lexicon 1.15)
        (
            "Syria closed its border with Jordan after the shelling.",
            "escalation",
            "reduce_relations",
        ),
        # CAMEO 0841 a release of someone held: beside a kidnapping, an arrest, captivity,
        # armed men or the opposition (lexicon 1.54)
        ("Iraqi kidnappers released a Lebanese driver on Monday.", "de-escalation", "concession"),
        (
            "Iran released the eight British sailors it had detained last week.",
            "de-escalation",
            "concession",
        ),
        ("The rebels released him after two months in captivity.", "de-escalation", "concession"),
        (
            "Venezuela's government released 40 opposition activists on Friday.",
            "de-escalation",
            "concession",
        ),
        # the killing a sentence tells counts, though "dead" follows it (lexicon 1.56)
        ("Gunmen shot dead three policemen in Moscow on Sunday.", "escalation", "casualties"),
        # ... and an armed group named is armed men, as "rebels" is (lexicon 1.55)
        ("Boko Haram released 20 schoolgirls on Sunday.", "de-escalation", "concession"),
        ("The Taliban released two Korean nurses on Friday.", "de-escalation", "concession"),
        ("The junta conceded to the protesters' demands on Friday.", "de-escalation", "concession"),
        # an army withdrawn, as troops and forces are (lexicon 1.69); its support withdrawn is
        # support cut, and an army that reduces a town to rubble withdraws nothing
        ("Vietnam pulled out its occupation army from Cambodia.", "de-escalation", "withdrawal"),
        ("The Soviet army withdrew from Afghanistan in February.", "de-escalation", "withdrawal"),
        (
            "Syria will pull back its army from Beirut, the minister said.",
            "de-escalation",
            "withdrawal",
        ),
        (
            "The army reduced the rebel town to rubble with artillery.",
            "escalation",
            "military_action",
        ),
        ("The army withdrew its support for the president.", "escalation", "reduce_relations"),
        ("The rebels conceded defeat and laid down their arms.", "de-escalation", "concession"),
        ("Serbia conceded control of the province to the UN.", "de-escalation", "concession"),
        # the kind of a weapon names equipment (lexicon 1.60); where it is used, its verb or
        # the hit is the event; a town the rebels captured is taken by force, though seats
        # captured are won (lexicon 1.62); aid cut stays a cut, though a deal cut is made
        (
            "Artillery shelled the village overnight, killing four civilians.",
            "escalation",
            "military_action",
        ),
        (
            "Rebels in armoured combat vehicles attacked the army convoy.",
            "escalation",
            "military_action",
        ),
        ("The rebels captured the town after heavy fighting.", "escalation", "military_action"),
        (
            "Washington cut military aid to the junta after the coup.",
            "escalation",
            "reduce_relations",
        ),
        # "shadow" naming an opposition's post sets no talks back (lexicon 1.63)
        (
            "The shadow foreign secretary held talks with the Chinese ambassador.",
            "de-escalation",
            "negotiation",
        ),
        # a noun of stopping right before talks names what the talks are about, the way
        # "arms" names it: talks on reducing troops, a deal on withdrawing them, are talks and
        # a deal, nothing ended (lexicon 1.64); "withdrawal from" the talks still leaves them
        (
            "Moscow and Washington opened troop reduction talks in Vienna.",
            "de-escalation",
            "negotiation",
        ),
        (
            "Arms Reduction Talks Resume In Geneva Between US And Soviets",
            "de-escalation",
            "negotiation",
        ),
        ("Israel and Syria opened withdrawal talks in Washington.", "de-escalation", "negotiation"),
        ("Britain and Brussels began talks on a withdrawal deal.", "de-escalation", "negotiation"),
        (
            "Washington announced its withdrawal from the arms talks with Moscow.",
            "escalation",
            "reduce_relations",
        ),
        # a definite word names talks that are going on: their prospects are theirs (1.71)
        (
            "Kabul's shelling has vitiated the prospects of the talks in Geneva.",
            "escalation",
            "negotiation",
        ),
        (
            "Syria is withdrawing from the negotiations with Israel.",
            "escalation",
            "reduce_relations",
        ),
        # allowing refused is a rejection (CAMEO 12), the one sense of "allow" that is an event
        # between sides (1.74)
        ("Russia won't allow NATO troops to enter Ukraine.", "escalation", "rejection"),
        ("Hungary will not allow Ukrainian grain through its border.", "escalation", "rejection"),
        # ... read by the negation rule, so every refusal of it counts, not a list of forms
        # (1.84): a failure to allow, and a subject negated ("no journalists were allowed")
        (
            "Belgrade failed to allow the Kosovo monitors into the region.",
            "escalation",
            "rejection",
        ),
        (
            "No foreign journalists were allowed into Gaza by the Israeli army.",
            "escalation",
            "rejection",
        ),
        ("Serbia has never accepted Kosovo's independence.", "escalation", "rejection"),
        # missiles that struck a station are an attack, not missiles stationed (mobilisation);
        # a crossing reopened is a restriction eased (CAMEO 081); insisting on something is a
        # demand (1.86)
        ("Russian missiles struck a train station in Kramatorsk.", "escalation", "military_action"),
        ("Israel reopened the Kerem Shalom crossing to aid trucks.", "de-escalation", "concession"),
        ("Iraq insisted on an unconditional ceasefire with Iran.", "escalation", "demand"),
        # ... while a peaceful way to end a conflict is one (CAMEO 030)
        (
            "Khrushchev favours peaceful coexistence with the United States.",
            "de-escalation",
            "de_escalation",
        ),
        # ... while a meeting to discuss a quota is still a meeting
        (
            "Putin will meet Erdogan in Sochi to discuss the export quota for Ukrainian grain.",
            "de-escalation",
            "negotiation",
        ),
        # a court rejecting a state's request, and a side rejecting an appeal for a ceasefire,
        # stay rejections (1.87 leaves them)
        (
            "The International Court of Justice rejected Russia's request to halt Ukraine's case.",
            "escalation",
            "rejection",
        ),
        ("Iran rejected the UN appeal for a ceasefire with Iraq.", "escalation", "rejection"),
        # a side vetoing another's resolution is CAMEO 129 (1.85 leaves it)
        (
            "The United States vetoed a Security Council resolution on Gaza.",
            "escalation",
            "rejection",
        ),
        # "beat" with people beaten is assault (CAMEO 182); forces beating back an attack use
        # force (CAMEO 190) (1.75)
        ("Police beat protesters with batons in central Minsk.", "escalation", "violence"),
        ("Syria's army beat back a rebel offensive near Aleppo.", "escalation", "military_action"),
        # demands met, and one demand accepted, are a side yielding (CAMEO 08) (1.76)
        (
            "Israel met the demands of Hamas and released the prisoners.",
            "de-escalation",
            "concession",
        ),
        (
            "The Serbian government accepted the demand of the Kosovo negotiators.",
            "de-escalation",
            "concession",
        ),
        # ... and a meeting stays one when its purpose is to demand ("met Erdogan to demand"):
        # both events are there, and the demand (CAMEO 10, -5.0) outweighs the meeting (044)
        ("Putin met Erdogan in Sochi to demand guarantees.", "escalation", "negotiation"),
        # ... and a warning between two sides stays a threat (1.77)
        ("Iran warned the United States against any move on its tankers.", "escalation", "threat"),
        # accepting an offer or people in need yields (CAMEO 08, 07); accepting refused rejects
        # (CAMEO 12) (1.78)
        ("Germany accepted 1,500 Syrian refugees from Greek camps.", "de-escalation", "diplomacy"),
        ("Denmark will not accept a Russian ban on its meat exports.", "escalation", "rejection"),
        # a deal struck is made, not a strike (1.79)
        ("The deal was struck in Paris by France and Germany.", "de-escalation", "agreement"),
        # ... while sides that agreed that talks resume made an accord (1.80)
        (
            "Russia and Ukraine agreed that talks would resume in Istanbul.",
            "de-escalation",
            "agreement",
        ),
        # ... while a side that opposes rejects (1.81)
        ("Syria's rebels opposed the Russian plan for Idlib.", "escalation", "rejection"),
        # ... one offered by a side is (1.82)
        (
            "Brussels offered Washington a compromise on steel tariffs.",
            "de-escalation",
            "agreement",
        ),
        # sides unable to agree did not agree, as sides that failed to (1.91)
        (
            "Russia and Ukraine were unable to agree on a ceasefire.",
            "escalation",
            "rejection",
        ),
        # rockets that hit, are intercepted or named as fire are attacks (CAMEO 195), and
        # jailing is coercion (CAMEO 173) (1.91)
        ("Russian rockets hit a school in Kharkiv.", "escalation", "military_action"),
        ("Israel intercepted two rockets over Ashkelon.", "escalation", "military_action"),
        ("Rocket fire from Gaza resumed on Sunday.", "escalation", "military_action"),
        ("One Russian rocket was fired at Odesa.", "escalation", "military_action"),
        (
            "Gunmen fired rocket-propelled grenades at the Iraqi convoy.",
            "escalation",
            "military_action",
        ),
        (
            "The Belarusian opposition leader was jailed for 15 years.",
            "escalation",
            "coercion",
        ),
        # ... while something returned to a side yields it (CAMEO 08), barricades put up are a
        # protest (CAMEO 144), talks facilitated are mediation (CAMEO 045) and people
        # slaughtered are mass violence (1.90)
        ("Washington returned the seized artefacts to Iraq.", "de-escalation", "concession"),
        (
            "The looted icons were returned by Polish officials to the Ukrainian authorities.",
            "de-escalation",
            "concession",
        ),
        ("The bodies of the Ukrainian soldiers were returned.", "de-escalation", "concession"),
        (
            "Protesters erected barricades outside the parliament in Tbilisi.",
            "escalation",
            "protest",
        ),
        ("Qatar facilitated talks between Hamas and Israel.", "de-escalation", "mediation"),
        ("Militias slaughtered dozens of villagers in Darfur.", "escalation", "violence"),
        # fighting terror together is cooperation against it, as fighting terrorism (1.96)
        (
            "Pakistan and Afghanistan pledged to keep fighting terror together.",
            "de-escalation",
            "cooperation",
        ),
        # a meeting, a summit or a visit that ends was held; one that ends without agreement
        # failed, as talks do (1.97)
        (
            "The Indian and Pakistani foreign ministers ended a two-day meeting in Delhi.",
            "de-escalation",
            "negotiation",
        ),
        (
            "The Russian president ended his visit to Beijing on Tuesday.",
            "de-escalation",
            "negotiation",
        ),
        (
            "The Israeli-Palestinian summit in Cairo ended without agreement.",
            "escalation",
            "reduce_relations",
        ),
        # ... while students demonstrating against a government protest (CAMEO 141) (1.83)
        (
            "Thousands of students held a demonstration outside the parliament.",
            "escalation",
            "protest",
        ),
        # between two named sides, a protest "that" something happened and what is done over
        # another side's protests are objections, CAMEO 11 (1.98), no march
        (
            "Beijing protested that the Japanese survey ship had entered Chinese waters.",
            "escalation",
            "disapproval",
        ),
        (
            "Beijing went ahead with the launch over the protests of Japan and South Korea.",
            "escalation",
            "disapproval",
        ),
        # ... a leader who "meets" another holds talks (1.98 reads only one body in session)
        (
            "The Japanese prime minister meets the Chinese premier in Beijing on Monday.",
            "de-escalation",
            "negotiation",
        ),
        # ... and rebels who fought troops, or two countries that fought a war, fought (1.98)
        (
            "The rebels fought government troops near the Syrian border.",
            "escalation",
            "military_action",
        ),
        ("Japan and China fought a war over Korea in 1894.", "escalation", "military_action"),
        # ... and a side that threatens another with force threatens it (1.99 reads dangers only)
        ("Iran threatened the United States with a missile strike.", "escalation", "threat"),
        # ... and the honest broker between sides mediates (1.100 reads the noun alone as a trade)
        (
            "Norway has long served as an honest broker between Colombia and the rebels.",
            "de-escalation",
            "mediation",
        ),
        (
            "Germany was critical of the Russian decision to close the pipeline.",
            "escalation",
            "disapproval",
        ),
        # ... while a state that hosts talks between sides hosts them, and a war that ended in a
        # year, told as news, ended (1.101)
        ("Qatar hosts talks between Israel and Hamas this week.", "de-escalation", "negotiation"),
        (
            "The war ended in 1988 when Iran and Iraq accepted a ceasefire.",
            "de-escalation",
            "de_escalation",
        ),
        # tariffs or a tax on another side's firms suspended or paused are eased as lifted ones
        # are (CAMEO 085; 1.115.0): before, "suspended" alone cut ties, an escalation
        ("Washington suspended its tariffs on Chinese goods.", "de-escalation", "concession"),
        (
            "The EU and the US agreed to suspend tariffs on steel and aluminium.",
            "de-escalation",
            "concession",
        ),
        (
            "The president paused the tariffs on Mexican imports for a month.",
            "de-escalation",
            "concession",
        ),
        (
            "France suspended its digital tax on American tech companies.",
            "de-escalation",
            "concession",
        ),
        # arms sales stopped reduce military assistance (1622), resumed or approved they are
        # military cooperation (062); before, neither was read (1.115.0)
        ("Germany halted all its arms exports to Saudi Arabia.", "escalation", "reduce_relations"),
        ("The Dutch government banned weapons sales to Turkey.", "escalation", "reduce_relations"),
        ("Spain cancelled an arms sale to Israel.", "escalation", "reduce_relations"),
        ("Britain resumed arms sales to Saudi Arabia.", "de-escalation", "cooperation"),
        (
            "The State Department approved a $500 million arms sale to Taiwan.",
            "de-escalation",
            "cooperation",
        ),
        # a side's part in a deal suspended cuts it (16; 1.115.0): before, nothing was read
        (
            "Russia announced it was suspending its participation in the Black Sea grain deal.",
            "escalation",
            "reduce_relations",
        ),
        # condemning or denouncing an armed act or a killing is criticism (CAMEO 111) with no
        # side named beside it; an attack made in words is criticism, no force (1.116.0)
        ("The EU condemned the attack on the hospital.", "escalation", "disapproval"),
        ("The archbishop denounced the massacre of villagers.", "escalation", "disapproval"),
        # a side open to talks states its intent to negotiate (036), one side named being
        # enough; not open to them, it rejects them (1.116.0)
        ("Russia said it was open to talks.", "de-escalation", "negotiation"),
        (
            "Kyiv said it was not open to talks while Russian troops remain on its soil.",
            "escalation",
            "rejection",
        ),
        # a resolution vetoed is rejected (125-127), trade with a side cut is an embargo (163),
        # a case brought against a side is a lawsuit (115); before, none was read (1.116.0)
        (
            "The US vetoed a draft resolution demanding a humanitarian ceasefire.",
            "escalation",
            "rejection",
        ),
        (
            "Turkey cut all trade with Israel over the war in Gaza.",
            "escalation",
            "reduce_relations",
        ),
        ("Ukraine filed a case against Russia at the UN's top court.", "escalation", "disapproval"),
        # the end or the lifting of a stop lets what it stopped go on: talks whose suspension
        # ends resume, arms sales whose suspension is lifted go on; an embargo on arms sales
        # suspended eases (the embargo is the verb's object: analysis.matching); a ban on them
        # imposed still cuts them (as in 1.115.0)
        (
            "The two sides agreed to end the suspension of talks.",
            "de-escalation",
            "de_escalation",
        ),
        (
            "Washington lifted its suspension of arms sales to Riyadh.",
            "de-escalation",
            "de_escalation",
        ),
        (
            "The United States suspended the embargo on arms sales to Vietnam.",
            "de-escalation",
            "concession",
        ),
        ("The EU imposed a ban on arms sales to Belarus.", "escalation", "reduce_relations"),
        # arms sales three words after the verb that halts them (1.119.0; two before)
        (
            "Germany halted all of its arms exports to Saudi Arabia.",
            "escalation",
            "reduce_relations",
        ),
        # disappointment or anger expressed at another side is disapproval (the open event-data
        # verb dictionary's "* DISAPPOINTMENT [110]"), no mere statement as concern is (012)
        ("China expressed disappointment over the US decision.", "escalation", "disapproval"),
        # a side "ready for talks" states its intent to negotiate, as one open to them (036)
        ("Zelensky said Ukraine was ready for talks.", "de-escalation", "negotiation"),
        # a cyberattack on a state's grid or infrastructure attacks it, with one side named
        # (1.120.0; CAMEO 19, as the project counts cyberattacks in a war)
        (
            "A cyberattack on the power grid left 200,000 homes without electricity, Ukraine said.",
            "escalation",
            "military_action",
        ),
        # a verb acts on the stop or the attack right after it, not on what that stop is of
        # (analysis.matching): a blockade or a siege of aid ended, an attack on aid convoys
        # stopped, free the aid (CAMEO 085, 0871 ease a blockade or a siege; "ended ... aid",
        # read as aid cut, is not the event); aid itself halted is still cut (166)
        (
            "The army ended the blockade of humanitarian aid to the city.",
            "de-escalation",
            "concession",
        ),
        ("The rebels ended their siege of the aid corridor.", "de-escalation", "concession"),
        ("The rebels stopped the attack on aid convoys.", "de-escalation", "de_escalation"),
        ("Israel halted the delivery of aid to Gaza.", "escalation", "reduce_relations"),
        # ... and revoked, rescinded or repealed, the ban ends (rule cessation, as "lifted")
        (
            "The council revoked the ban on arms sales to the island.",
            "de-escalation",
            "de_escalation",
        ),
        (
            "The demonstrators verbally attacked the president during the rally.",
            "escalation",
            "disapproval",
        ),
        # a return or a release demanded of a side is a demand that it yields (CAMEO 1053),
        # with one side named ("Kyiv") or a captivity beside it ("detained"): no second side
        # is needed, as it is for a bare "demanded"
        ("Kyiv demanded the return of the deported children.", "escalation", "demand"),
        (
            "Rights groups demanded the immediate release of the detained journalists.",
            "escalation",
            "demand",
        ),
        # an offer of a truce turned down is refused, as one rejected is (rule negation: CAMEO
        # 125-127), not an offer made
        ("Kyiv turned down Moscow's offer of a truce.", "escalation", "rejection"),
        ("Kyiv turned down an offer of talks from Moscow.", "escalation", "rejection"),
        # a treaty that an act would threaten is set back, as one jeopardised is (rule
        # cessation), no treaty made; a threat to act stays rule threat's
        (
            "Egypt warned that any Israeli operation in Rafah would threaten the peace treaty"
            " between the two countries.",
            "escalation",
            "reduce_relations",
        ),
        ("Moscow threatened to withdraw from the grain deal.", "escalation", "threat"),
        # aid that gets through to a side is delivered (073), and people who rally beside a
        # side to demand something protest (141)
        (
            "Aid trucks began entering Gaza through the Kerem Shalom crossing on Sunday.",
            "de-escalation",
            "humanitarian",
        ),
        (
            "Thousands of Israelis rallied in Tel Aviv to demand a deal to bring the hostages"
            " home.",
            "escalation",
            "protest",
        ),
        # a veto of a Security Council resolution threatened stays a threat between sides, and
        # striking workers arrested beside a union's march stay repressed (1.123.0's contrasts)
        ("Russia threatened to veto the draft resolution on Ukraine.", "escalation", "threat"),
        (
            "Police arrested dozens of striking workers as unions marched on parliament.",
            "escalation",
            "coercion",
        ),
        # a side ready to negotiate states its intent to, one side named being enough (036), as
        # one "ready for talks"
        ("Putin said Russia was ready to negotiate.", "de-escalation", "negotiation"),
        # warplanes and navy ships sent around another side's island show force (150)
        (
            "China sent 30 warplanes and nine navy ships around Taiwan on Monday.",
            "escalation",
            "mobilisation",
        ),
        # a package of weapons for a side is military aid, as a military aid package is (072)
        (
            "The Pentagon announced a new $250 million package of weapons for Ukraine.",
            "de-escalation",
            "cooperation",
        ),
        # aid stopped on its way to a side is aid cut (CAMEO 1623), whether the side that stops
        # it is named before it or the aid is the subject of a passive; no aid delivered
        (
            "UN aid convoys were barred from entering northern Gaza for a third week.",
            "escalation",
            "reduce_relations",
        ),
        (
            "The army turned back aid convoys bound for the besieged town.",
            "escalation",
            "reduce_relations",
        ),
        (
            "Humanitarian aid was denied entry to Gaza for a second week, the UN said.",
            "escalation",
            "reduce_relations",
        ),
        # a delivery or a shipment of weapons stopped cuts military aid (1622), as arms sales
        # halted do; no weapons delivered, and no bombs dropped
        (
            "Germany stopped the delivery of Leopard tanks to Ukraine.",
            "escalation",
            "reduce_relations",
        ),
        (
            "The United States paused a shipment of 2,000-pound bombs to Israel over Rafah.",
            "escalation",
            "reduce_relations",
        ),
        # ... and a shipment of weapons intercepted on its way to a side is seized, no aid
        # given (rule cessation)
        (
            "The US Navy intercepted a shipment of Iranian weapons bound for the Houthis.",
            "escalation",
            "reduce_relations",
        ),
        # a treaty or a defence agreement revoked or suspended by a side cuts it (16), and
        # another side's troops or envoy ordered or told to leave are expelled (166)
        (
            "Niger's military rulers revoked the defence agreement with the United States.",
            "escalation",
            "reduce_relations",
        ),
        (
            "India suspended the Indus Waters Treaty with Pakistan.",
            "escalation",
            "reduce_relations",
        ),
        (
            "Mali's junta ordered French troops to leave the country within six months.",
            "escalation",
            "reduce_relations",
        ),
        (
            "Niger told the French ambassador to leave within 48 hours.",
            "escalation",
            "reduce_relations",
        ),
        # force short of war: a supply boat rammed or a resupply mission blocked at sea is
        # coerced (171), a patrol plane intercepted by jets or warplanes detected near an
        # island show force (150), and drones intercepted or shot down are attacks (195)
        (
            "A Chinese vessel rammed a Philippine supply boat near the shoal.",
            "escalation",
            "coercion",
        ),
        (
            "China's coast guard blocked a Philippine resupply mission to the Second Thomas Shoal.",
            "escalation",
            "coercion",
        ),
        (
            "Chinese jets intercepted a US reconnaissance plane over the South China Sea.",
            "escalation",
            "mobilisation",
        ),
        (
            "Taiwan detected 45 Chinese military aircraft near the island on Wednesday.",
            "escalation",
            "mobilisation",
        ),
        ("Ukraine intercepted 40 Russian drones overnight.", "escalation", "military_action"),
        # a state's critics put on its wanted list or labelled foreign agents are coerced (173,
        # 1721), and its GPS jammed over another side's skies too
        ("Russia placed the ICC judges on its wanted list.", "escalation", "coercion"),
        (
            "Moscow labelled the organisation a foreign agent and shut down its office.",
            "escalation",
            "coercion",
        ),
        (
            "Russia jammed GPS signals over the Baltic, disrupting flights.",
            "escalation",
            "coercion",
        ),
        # fuel or aid trucks let into a place are humanitarian access allowed (0863)
        (
            "Israel allowed fuel trucks into Gaza for the first time since the war began.",
            "de-escalation",
            "humanitarian",
        ),
        # a state's central bank assets frozen are sanctioned (163), however much of them is
        # named between the verb and them
        (
            "The EU froze 20 billion euros in Russian central bank assets.",
            "escalation",
            "sanctions",
        ),
        # women barred from public life by those in power are repressed (1721)
        ("The Taliban barred women from attending university.", "escalation", "coercion"),
        # a meeting raided by the police is repressed (175), no talks held; a side designated a
        # terrorist organisation is sanctioned (163)
        (
            "Police raided an opposition meeting in Minsk and detained dozens of activists.",
            "escalation",
            "coercion",
        ),
        (
            "The United States designated the Houthis a terrorist organisation.",
            "escalation",
            "sanctions",
        ),
        # a town of today's wars named is the setting that a bare "strikes" needs (curated
        # gazetteer 1.2.0: Rafah, as Gaza)
        ("Israel launched new strikes on Rafah.", "escalation", "military_action"),
        # a denial's scope is its own verb phrase: the accusation after "and" is made
        ("Russia denied the attack and accused Kyiv of lying.", "escalation", "disapproval"),
        # forces that advance on a place or push into it use force (190)
        ("Russian forces advanced toward Pokrovsk on Monday.", "escalation", "military_action"),
        ("Israeli troops pushed deeper into Rafah overnight.", "escalation", "military_action"),
        # control of a village regained by troops is a place retaken by force (192)
        ("Ukrainian troops regained control of the village.", "escalation", "military_action"),
        # a side's part in a treaty suspended cuts ties (16); the treaty named six words after
        # the verb is what it leaves, not a treaty made, so the sentence is no longer neutral
        (
            "Russia suspended its participation in the New START treaty.",
            "escalation",
            "reduce_relations",
        ),
        # students who occupy a building protest there (141)
        ("Students occupied the university building for three days.", "escalation", "protest"),
        # farmers who block motorways obstruct passage in protest (144); a state that shuts
        # the internet down restricts its people's freedoms (1721)
        ("Farmers blocked motorways with tractors across France.", "escalation", "protest"),
        ("Authorities shut down the internet ahead of the election.", "escalation", "coercion"),
        # a side that ends its own cooperation agreement cuts ties (16): no agreement made
        (
            "Chad ended its defence cooperation agreement with France.",
            "escalation",
            "reduce_relations",
        ),
        # a court's ruling rejected by a side defies it (128); the age of conscription lowered
        # widens the draft (150), no conscription eased
        ("Israel rejected the ruling.", "escalation", "rejection"),
        (
            "Zelensky signed a law lowering the conscription age to 25.",
            "escalation",
            "mobilisation",
        ),
        # troops ordered to a border are a show of force (150)
        (
            "Venezuela's Maduro ordered troops to the border with Guyana.",
            "escalation",
            "mobilisation",
        ),
        # drills staged around another side show force (150), as military exercises do
        (
            "China's military staged large-scale drills around Taiwan on Thursday.",
            "escalation",
            "mobilisation",
        ),
        # a protest lodged with a state, an adjective before it, is an official complaint
        # (114), no demonstration; so is an envoy summoned to hear one
        ("China lodged a strong protest with Japan.", "escalation", "disapproval"),
        (
            "Russia summoned the Moldovan ambassador to protest the expulsion of a diplomat.",
            "escalation",
            "disapproval",
        ),
        # what a state condemns as a provocation it denounces (112), whatever the act
        ("South Korea condemned the launch as a provocation.", "escalation", "disapproval"),
        # rebels who enter a capital take it by force (190); rebels who enter talks
        # negotiate (046), the longer hit
        ("Rebels entered Damascus on Sunday.", "escalation", "military_action"),
        ("The rebels entered peace talks with the government.", "de-escalation", "negotiation"),
        # talks that end without agreement fail, needing no side named beside them; the
        # longer entry for talks that end after a while must not hide it
        ("The talks ended without agreement.", "escalation", "reduce_relations"),
        # an opposition condemning an attack as a provocation still denounces it
        ("The opposition condemned the attack as a provocation.", "escalation", "disapproval"),
        # a junta that dissolves the parties represses them (1721)
        ("The junta dissolved all political parties.", "escalation", "coercion"),
        # air defences sent to a side are military aid (072), even only announced
        (
            "The United States said it would send Patriot missile batteries to Ukraine.",
            "de-escalation",
            "cooperation",
        ),
        # talks that end after a while with no agreement fail (a breakdown, 16); a bloc left
        # by a state cuts ties (16); inspectors barred from a country are expelled (1661)
        (
            "The talks ended after less than two hours with no agreement on a ceasefire.",
            "escalation",
            "reduce_relations",
        ),
        (
            "Niger, Mali and Burkina Faso announced their withdrawal from ECOWAS.",
            "escalation",
            "reduce_relations",
        ),
        (
            "Iran barred several IAEA inspectors from entering the country.",
            "escalation",
            "reduce_relations",
        ),
        # settlers are a side of the occupied land's conflict: the homes they burn are
        # property destroyed (1712)
        ("Settlers set fire to homes in a Palestinian village.", "escalation", "coercion"),
        # troops of a national guard deployed are a show of force (150); an armed conflict
        # declared at home is emergency rule at its gravest (1724), drug gangs or not
        (
            "Mexico deployed 10,000 National Guard troops to its northern border.",
            "escalation",
            "mobilisation",
        ),
        (
            "Ecuador's president declared an internal armed conflict against drug gangs.",
            "escalation",
            "coercion",
        ),
        # the dead pulled from the rubble after a strike are its toll (the strike itself sits
        # after "after", background)
        (
            "Rescue workers pulled bodies from the rubble after the strike.",
            "escalation",
            "casualties",
        ),
        # lexicon 1.136.0: a building rebels try to storm is attacked (an attempt reports the
        # act; "storm" is also weather, so only with what is stormed)
        ("Rebels tried to storm the parliament building.", "escalation", "military_action"),
        # forces that pull their troops back, the particle after them, or that abandon their
        # positions, withdraw (0874)
        ("Russia pulled its troops back from positions near Kyiv.", "de-escalation", "withdrawal"),
        ("The army abandoned its positions near the town.", "de-escalation", "withdrawal"),
        # forces' heavy losses are their dead and wounded (18)
        ("Russia said its forces had suffered heavy losses.", "escalation", "casualties"),
        # an operation a side launches against another, named or not, is armed force (190)
        (
            "Turkey launched Operation Peace Spring against Kurdish forces in Syria.",
            "escalation",
            "military_action",
        ),
        # control of a town taken in full is taken (192), fighters who infiltrate a side's land
        # use force (190), live ammunition used against protesters represses them (175)
        ("Rebels took full control of the town on Sunday.", "escalation", "military_action"),
        ("Hamas fighters infiltrated southern Israel.", "escalation", "military_action"),
        (
            "Security forces used live ammunition against protesters in Tehran.",
            "escalation",
            "coercion",
        ),
        # a coup told as an act, and soldiers who mutiny, use force (lexicon 1.136.0)
        (
            "Soldiers staged a coup in Gabon and detained the president.",
            "escalation",
            "military_action",
        ),
        (
            "Niger's president was ousted in a military coup in July.",
            "escalation",
            "military_action",
        ),
        ("Soldiers mutinied at a barracks near the capital.", "escalation", "military_action"),
        # a state that says it will take resolute measures against another threatens (130)
        (
            "China said it would take resolute measures against the United States over Taiwan.",
            "escalation",
            "threat",
        ),
        # lexicon 1.162.0. Scorn and rebukes are criticism (111), export curbs slapped on
        # another's goods a sanction (163), an army on its highest alert a show of force (15)
        ("The Kremlin upbraided Warsaw for its remarks.", "escalation", "disapproval"),
        ("Caracas heaped scorn on Bogota's proposal.", "escalation", "disapproval"),
        ("Beijing slapped export curbs on rare metals bound for Japan.", "escalation", "sanctions"),
        ("India put its army on highest alert along the border.", "escalation", "mobilisation"),
        # diplomats, envoys or a nuncio ordered out of a country are expelled (166)
        (
            "Managua ordered the Spanish ambassador out of the country.",
            "escalation",
            "reduce_relations",
        ),
        # martial law is a state's coercion, whoever is named beside it (1724); a curfew clamped
        # on a town (1723); a leader banned from politics (172)
        ("The general declared martial law across the country.", "escalation", "coercion"),
        ("A curfew was clamped on the old city.", "escalation", "coercion"),
        (
            "The junta banned the former premier from politics for ten years.",
            "escalation",
            "coercion",
        ),
        # villagers hacked to death by militiamen (1823), a stoppage dockers stage (143), and an
        # attack that is forcing the defenders to surrender (190, no surrender of the attacker)
        ("Militiamen hacked twelve farmers to death near the border.", "escalation", "violence"),
        ("Dockers staged a 48-hour stoppage at the port.", "escalation", "protest"),
        (
            "Rebels shelled the garrison, forcing the soldiers to surrender.",
            "escalation",
            "military_action",
        ),
        # ties patched up and a quarrel put behind the sides (05), a vow of closer ties (031)
        ("Ankara and Athens patched up relations on Friday.", "de-escalation", "diplomacy"),
        (
            "Peru and Chile agreed to put their maritime dispute behind them.",
            "de-escalation",
            "diplomacy",
        ),
        ("Moscow vowed closer cooperation with Hanoi.", "de-escalation", "diplomacy"),
        # troops flown in to bolster another side's army are military aid (072), a debt
        # waived between states and a credit line or tranche extended economic aid (071)
        (
            "Belgium flew 200 troops to Kinshasa to bolster the Congolese army.",
            "de-escalation",
            "cooperation",
        ),
        ("Germany waived half of Zambia's debt.", "de-escalation", "cooperation"),
        (
            "The World Bank disbursed a $300 million tranche to Kenya.",
            "de-escalation",
            "cooperation",
        ),
        # people freed who had been held, child soldiers handed over, ships handed back, the
        # Red Cross let in and visa requirements scrapped for another's citizens (08)
        (
            "Cuba released 30 fishermen who had been held since March.",
            "de-escalation",
            "concession",
        ),
        (
            "The rebels handed over 90 child soldiers to the United Nations.",
            "de-escalation",
            "concession",
        ),
        ("Tehran handed back two British patrol boats.", "de-escalation", "concession"),
        ("Pyongyang let the Red Cross into its camps.", "de-escalation", "concession"),
        ("Moscow scrapped visa requirements for Turkish citizens.", "de-escalation", "concession"),
        # lexicon 1.163.0. A headline's bare statement a state blocks is vetoed (129); a road
        # blocked by protesters with their place between (144); a member a bloc suspends, or
        # one suspended from it, is cut off (16); a fallen leader handed to another state is
        # extradited (063)
        ("Budapest blocks EU declaration on Beijing", "escalation", "rejection"),
        ("Farmers in Brittany blocked the motorway for a day.", "escalation", "protest"),
        ("The Commonwealth suspended Zimbabwe in 2002.", "escalation", "reduce_relations"),
        ("Fiji was suspended from the Commonwealth in 2009.", "escalation", "reduce_relations"),
        ("Peru handed over the former president to Chile.", "de-escalation", "cooperation"),
        # lexicon 1.164.0. A government and the movement that opposes it at home, both named
        # by name, are two sides: talks between them (opposition_context names the movements
        # and their leaders)
        (
            "Pretoria and the ANC opened talks on a new constitution.",
            "de-escalation",
            "negotiation",
        ),
        ("Sinn Fein and London opened formal talks.", "de-escalation", "negotiation"),
        # a state named before the verb whose object the act is does it (agent): "Ankara
        # imposes curfew" is coercion, as "Ankara expels" was
        ("Ankara imposes curfew on Cizre", "escalation", "coercion"),
        # lexicon 1.165.0: a side called a puppet by another is denounced (111), rivals who
        # agree to share power make a deal (057)
        ("Hun Sen called Sam Rainsy a puppet of foreigners.", "escalation", "disapproval"),
        ("Harare and the MDC agreed to share power.", "de-escalation", "agreement"),
    ],
)
def test_events_of_their_kind(run, sentence, direction, category):
    hits, found = run(sentence)
    assert found == direction
    assert category in _categories(hits)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # CAMEO 0841: the captive freed is the event; the kidnapping and the feared death in
        # the same phrase are what the release ends, not events beside it
        ("Kidnapped photographer freed in Gaza", "de-escalation", "concession"),
        (
            "The hostage feared dead was freed on Tuesday, the army said.",
            "de-escalation",
            "concession",
        ),
        ("The army released the prisoners on Sunday.", "de-escalation", "concession"),
        # rejecting a ceasefire or a peace plan needs no other evidence: the object is the
        # conflict (CAMEO 125-127); condemning a visit is rejecting it, not a visit (1.9)
        ("The prime minister rejected calls for a ceasefire.", "escalation", "rejection"),
        ("Beijing condemned the visit of the US delegation to Taiwan.", "escalation", "rejection"),
        # a junta suspending the constitution restricts political freedoms (172)
        (
            "The junta suspended the constitution and dissolved parliament.",
            "escalation",
            "coercion",
        ),
        # fighting that went on "until the end of the year" did not end
        (
            "Fighting between the army and the rebels went on until the end of the year.",
            "escalation",
            "military_action",
        ),
        # CAMEO 143: a strike named as workers' is a protest, not an attack (lexicon 1.14); the
        # dockers' strike is the subject of "halted", not what it stops
        ("Seamen in Brazil began a national strike on Friday.", "escalation", "protest"),
        ("Some 70 strikes by workers broke out across Yugoslavia.", "escalation", "protest"),
        (
            "The dockers' strike has halted 48 ships in the port, union leaders said.",
            "escalation",
            "protest",
        ),
        # workers who strike are protesters, not attackers (lexicon 1.17)
        (
            "Thousands of striking dockers stayed away from the port on Monday.",
            "escalation",
            "protest",
        ),
        # the noun "suspension" stops the attacks it names as "suspended" does: CAMEO's
        # de-escalation of a halted attack, not a cut in relations beside an attack
        (
            "The guerrillas announced the suspension of their attacks on oil pipelines.",
            "de-escalation",
            "de_escalation",
        ),
        # a call for a strike is a demand (CAMEO 10); "the end" is a noun, not the strike's end
        (
            "The unions called for a national strike at the end of the month.",
            "escalation",
            "demand",
        ),
        # ... while a wave of air strikes is still an attack
        (
            "Israeli jets carried out a wave of strikes on targets in Lebanon.",
            "escalation",
            "military_action",
        ),
        # CAMEO 111 criticism of another state, as "critical of" and as a noun between two sides
        (
            "The Jordanian foreign minister was critical of Israel's policy on settlements.",
            "escalation",
            "disapproval",
        ),
        ("Moscow's criticism of Beijing grew sharper in the spring.", "escalation", "disapproval"),
        # the ranking of dangers ("the real threat to the governing party") is no event;
        # missiles that pose a threat to shipping are a threat of force (CAMEO 138)
        (
            "Iran's new missiles pose a greater threat to shipping in the Gulf.",
            "escalation",
            "threat",
        ),
        # a threat made stays one, whatever verb comes after it
        (
            "The rebels' threat to attack the capital was broadcast on Monday.",
            "escalation",
            "threat",
        ),
        # CAMEO 162 reduce or stop aid: halving or reducing it is the cut, not aid given
        ("The U.S. Senate voted to halve aid to Panama.", "escalation", "reduce_relations"),
        (
            "Washington reduced its military aid to Egypt after the coup.",
            "escalation",
            "reduce_relations",
        ),
        # "halted its nuclear test moratorium" ends a stop on testing: the test is the
        # moratorium's modifier, not an act stopped; the refusal to join the ban is the event
        (
            "Moscow halted its nuclear test moratorium, citing Washington's refusal to join the "
            "ban.",
            "escalation",
            "rejection",
        ),
        ("The Soviet Union conducted a nuclear test in Kazakhstan.", "escalation", "mobilisation"),
        # "struck two deals" is CAMEO 057 like "struck a deal", not a military strike
        (
            "Russia and Ukraine struck two deals on grain exports in Istanbul.",
            "de-escalation",
            "agreement",
        ),
        # peacekeepers expelled are cooperation ended, not given: the expulsion decides (rule
        # "content", as for what is rejected)
        (
            "The junta expelled the aid workers and the peacekeepers.",
            "escalation",
            "reduce_relations",
        ),
        # "asked how ..." asks a question: the attack it names is reported, not demanded (before,
        # every "asked" opened an appeal and turned the attack into a demand, CAMEO 10) ...
        (
            "Asked how Iraq would react, the minister said its forces had attacked the border "
            "post.",
            "escalation",
            "military_action",
        ),
        # ... while asking someone to act stays an appeal for it
        ("The UN asked both sides to halt the attacks.", "neutral", "de_escalation"),
        # "meet any attack with force" is a threat of force (CAMEO 138), not a meeting; meeting
        # in Geneva is one
        (
            "Washington said it would meet any attack on its ships with force.",
            "escalation",
            "threat",
        ),
        (
            "Iran and the United States will meet in Geneva next week.",
            "de-escalation",
            "negotiation",
        ),
    ],
)
def test_the_one_event_of_a_sentence(run, sentence, direction, category):
    hits, found = run(sentence)
    assert found == direction
    assert _categories(hits) == {category}


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        # ordinary crime and its prosecution are not conflict; political violence is
        ("The suspect was charged with the murder of his neighbour.", "neutral"),
        ("Militants murdered three villagers near the border.", "escalation"),
        ("A young prisoner was tortured to death by prison guards.", "escalation"),
        # a rescue after a disaster, a release on bail: other senses
        ("Rescue teams searched the rubble after the earthquake.", "neutral"),
        ("The man was released on bail on Friday.", "neutral"),
        # nature's words rule out an attack on wildlife, not on a reserve's rangers or civilians
        # (lexicon 1.20)
        (
            "Militias attacked the wildlife reserve's rangers, killing two, Kenyan officials said.",
            "escalation",
        ),
        ("The attack endangered civilians in Aleppo, Syrian monitors said.", "escalation"),
        # ... and an invasion or aid cut with a side named stays one (lexicon 1.21)
        ("Russia's invasion of Ukraine entered its second year.", "escalation"),
        ("Washington cut funding to the UN agency after the report.", "escalation"),
        # ... and a soldier hit by a shot, or troops in battle, still are (lexicon 1.22)
        ("The soldier was hit by a shot fired from the Syrian side of the border.", "escalation"),
        ("Israeli troops battled Hamas fighters in Gaza.", "escalation"),
    ],
)
def test_crime_and_disaster_senses_against_political_ones(run, sentence, direction):
    _, found = run(sentence)
    assert found == direction


def test_a_named_armed_actor_is_evidence_enough_for_an_attack(run):
    # read alone (as gold event data is), "attacked" beside one named actor is an attack;
    # "phishing attacks" and "fighting the good fight" stay other senses even beside a country
    hits, direction = run("The Taliban attacked a checkpoint in Kandahar.")
    assert (direction, [h.text for h in hits]) == ("escalation", ["attacked"])
    for sentence in (
        "Hackers in Russia launched phishing attacks on banks.",
        "He vowed to keep fighting the good fight in the courts.",
    ):
        assert run(sentence) == ([], "neutral")


def test_deploying_forces_is_escalation_and_opposing_a_withdrawal_is_not_de_escalation(run):
    hits, direction = run("Government forces began deploying along the border with Armenia.")
    assert (direction, _categories(hits)) == ("escalation", {"mobilisation"})
    # opposing de-escalation is not de-escalation
    _, direction = run("Two senators opposed the withdrawal of the troops.")
    assert direction != "de-escalation"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        # a leader who resigns yields (CAMEO 0832); one who will not refuses
        ("The president resigned on Thursday after weeks of unrest.", "de-escalation"),
        ("He resigned as prime minister in May 1998.", "de-escalation"),
        ("The president did not resign.", "escalation"),
        # a negator between the troops and their leaving is a refusal to withdraw
        ("The troops are leaving Syria.", "de-escalation"),
        ("The troops are not leaving Syria.", "escalation"),
        # ... read like one before the troops: "not yet" is still open there too
        ("The troops are not yet leaving Syria.", "neutral"),
        # "not yet agreed" is still open: no agreement and no refusal
        ("The two countries have not yet agreed on the border.", "neutral"),
        ("The two countries have not agreed on the border.", "escalation"),
        # leaving or denouncing an agreement rejects it (CAMEO 127), whatever the agreement
        ("The president withdrew the country from the nuclear treaty with Iran.", "escalation"),
        ("Athens denounced the agreement between Turkey and Libya.", "escalation"),
        # ... while troops withdrawn under an agreement are still a withdrawal
        ("Russia withdrew its troops from the region under the agreement.", "de-escalation"),
        # a trade deal between states is still an agreement, and a headline in title case
        # still has its events
        ("China and Russia signed a trade deal worth ten billion dollars.", "de-escalation"),
        ("Russia Strikes Ukraine Power Grid Ahead Of Winter", "escalation"),
        # returning property is CAMEO 084, in the passive too
        ("The looted statues were returned to Iraq by the museum.", "de-escalation"),
        # stopping or delaying aid is CAMEO 162 (reduce or stop material aid)
        (
            "The president ordered his staff to delay $400 million in military aid to Ukraine.",
            "escalation",
        ),
        # a state visit abroad is diplomacy: an official and a country in one sentence
        ("The prime minister will visit Washington next week.", "de-escalation"),
    ],
)
def test_resignations_refusals_and_visits(run, sentence, direction):
    assert run(sentence)[1] == direction


@pytest.mark.parametrize(
    "sentence",
    [
        # a threat lifted is de-escalation, not the threat: the stop verb governs the threat
        # word, which governs the act ("ending any threat of strike action")
        "Miners in Bolivia accepted the government's offer, ending any threat of strike action.",
        "The rebels ended their threat of attacks on the capital, the army said.",
    ],
)
def test_a_threat_lifted_is_de_escalation(run, sentence):
    hits, direction = run(sentence)
    assert direction == "de-escalation"
    assert "threat" not in _categories(hits)


def test_naval_formations_eased_tensions_and_doors_left_open(run):
    # a carrier battle group at sea is a show of force (CAMEO 15), not a battle
    hits, direction = run(
        "A U.S. Navy battle group led by a carrier is in the Arabian Sea off Iran, officials said."
    )
    assert _categories(hits) == {"mobilisation"} and direction == "escalation"
    # the tension as the subject of easing is de-escalation, not tension
    hits, direction = run("Serbia and Kosovo said tensions have eased along the border.")
    assert _categories(hits) == {"de_escalation"} and direction == "de-escalation"
    # leaving the door open to talks keeps them; leaving the talks ends them
    hits, _ = run("Iran left the door open to negotiations with Iraq, the envoy said.")
    assert "reduce_relations" not in _categories(hits)
    hits, direction = run("The rebels left the peace talks in Geneva, the army said.")
    assert "reduce_relations" in _categories(hits) and direction == "escalation"


def test_a_report_denied_after_it_is_told_is_no_event(run):
    # "reports that X ... were baseless": X is what was denied, said and not done (a
    # statement, CAMEO 01), as when the denial comes first ("denied reports that ...")
    for sentence in (
        "Syria said reports that it planned to attack Turkish troops were baseless.",
        'Moscow said claims that its jets had bombed the convoy were "pure propaganda."',
    ):
        assert run(sentence)[1] == "neutral", sentence
    # what follows the denial is told, not denied: the warning still counts
    hits, direction = run(
        "Iran said reports that it would attack tankers were baseless, and warned Kuwait."
    )
    assert direction == "escalation" and "threat" in _categories(hits)
    # a report confirmed is an event
    assert run("Reports that Iraqi jets attacked the tanker were confirmed.")[1] == "escalation"


def test_met_by_a_response_meet_the_press_and_a_fact_conceded(run):
    # "be met by/with" is an encounter, not a meeting; "Meet the Press" is a programme
    for sentence in (
        "Greece warned that any incursion would be met by force, the minister said.",
        'The Israeli minister told NBC television\'s "Meet the Press" that the border was calm.',
    ):
        assert "negotiation" not in _categories(run(sentence)[0]), sentence
    # conceding a fact is a statement; conceding a side's demands is yielding (CAMEO 08)
    hits, direction = run("Iraq's defence minister conceded that losses at Basra were heavy.")
    assert "concession" not in _categories(hits) and direction != "de-escalation"
    hits, direction = run("The government conceded the rebels' demands and freed 40 prisoners.")
    assert "concession" in _categories(hits) and direction == "de-escalation"


def test_warships_named_for_their_weapons_are_no_attack(run):
    # a destroyer is a ship, not destruction; a guided missile destroyer fires nothing by
    # being there (its deployment alone carries no event word)
    hits, direction = run("Two Soviet guided missile destroyers sailed into the Gulf of Oman.")
    assert not ({"coercion", "military_action"} & _categories(hits)) and direction == "neutral"
    # what the ship does still counts, and so does destroying
    hits, direction = run("A U.S. guided-missile destroyer fired missiles at an Iranian radar.")
    assert "military_action" in _categories(hits) and direction == "escalation"
    assert run("Iraqi troops destroyed the Iranian border post.")[1] == "escalation"


def test_labour_relations_are_no_events_but_strikes_are_protest(run):
    # a government's contract talks with a miners' union are industrial relations (CAMEO
    # codes relations between political actors), while the strike itself stays a protest
    hits, direction = run(
        "Bolivia called in a labor conciliator to reach a contract agreement with the miners "
        "federation."
    )
    assert "agreement" not in _categories(hits) and direction == "neutral"
    # so are the two sides' talks about a contract offer, which "both sides" alone made
    # talks between sides before lexicon 1.17
    hits, direction = run("Both sides held talks on Friday about the airline's contract offer.")
    assert "negotiation" not in _categories(hits) and direction == "neutral"
    assert run("Miners went on strike against the government in La Paz.")[1] == "escalation"
    # a strike named as miners' is protest (lexicon 1.19), as a coal strike is
    assert "protest" in _categories(run("The mining strike in Asturias entered its third week.")[0])
    assert run("The government granted the rebels an amnesty.")[1] == "de-escalation"


def test_warfare_waged_or_between_sides_stays(run):
    # lexicon 1.24: warfare waged, or between two named sides, or with its dead, is fighting
    for sentence in (
        "Russia launched cyber warfare against Britain with dirty tricks.",
        "Pakistan has launched cyber warfare against India.",
        "Iran and Iraq resumed chemical warfare, killing hundreds of soldiers.",
    ):
        hits, direction = run(sentence)
        assert "military_action" in _categories(hits) and direction == "escalation", sentence
    # and captives released are still a release
    assert run("The rebels released 20 hostages on Monday.")[1] == "de-escalation"


def test_support_and_meetings_between_sides_stay(run):
    # lexicon 1.24 takes a market's support and a side's own meetings out, not these
    assert run("Britain will support the French proposal for a Middle East conference.")[1] == (
        "de-escalation"
    )
    assert run("Japan and the United States held a meeting in Washington on the dispute.")[1] == (
        "de-escalation"
    )
    # an attack that lends support to oil prices is still an attack
    hits, direction = run("Reports of Iranian attacks on tankers lent support to oil prices.")
    assert direction == "escalation" and "diplomacy" not in _categories(hits)


def test_business_disputes_are_no_rejections_or_concessions(run):
    # lexicon 1.23.0: a firm's or a union's refusals, complaints and permissions are business,
    # not verbal conflict or yielding between political actors (CAMEO codes those) ...
    for sentence in (
        "Striking miners rejected the company's offer of a 5 pct pay rise.",
        "Protesters criticised the firm's chief executive officer outside the meeting.",
        "The licence agreement will allow the German firm to market the Japanese company's drives.",
        "The oil company said its Egyptian offshore concession covers 40,000 acres.",
        "Futures trading bodies will set up a common watchdog.",
    ):
        hits, _ = run(sentence)
        assert not ({"rejection", "disapproval", "concession"} & _categories(hits)), sentence
    # ... unless two countries are named: a government's refusal or complaint to another
    # over firms is verbal conflict between them
    hits, direction = run(
        "The French government rejected American demands that its companies stop selling jets."
    )
    assert "rejection" in _categories(hits) and direction == "escalation"
    hits, direction = run("US officials complained to Japan that American firms were shut out.")
    assert "disapproval" in _categories(hits) and direction == "escalation"
    # and a state lifting sanctions on companies still eases them
    hits, direction = run("The Treasury lifted sanctions on two Russian shipping companies.")
    assert "concession" in _categories(hits) and direction == "de-escalation"


def test_relations_broken_are_reduced_as_when_broken_off(run):
    # CAMEO 161 "break diplomatic relations": the bare verb as much as "break off"
    for sentence in (
        "Morocco has decided to break diplomatic relations with Iran, the ministry said.",
        "Morocco broke off diplomatic relations with Iran.",
    ):
        hits, direction = run(sentence)
        assert "reduce_relations" in _categories(hits) and direction == "escalation", sentence
    # relations restored are still cooperation
    assert run("Egypt restored diplomatic relations with Jordan.")[1] == "de-escalation"


def test_what_is_taken_up_again_is_not_stopped(run):
    # "suspended" describes the talks being resumed: no suspension, no escalation
    for sentence in (
        "Seoul and Pyongyang will resume the suspended talks next month.",
        "The two Koreas agreed on the resumption of the suspended dialogues on trade.",
    ):
        hits, direction = run(sentence)
        assert "reduce_relations" not in _categories(hits) and direction != "escalation"
    # ... while suspending them still is
    hits, direction = run("Israel suspended talks with Syria after the attack.")
    assert "reduce_relations" in _categories(hits) and direction == "escalation"
    # a stop that is itself lifted or ended stops nothing: the aid flows again, which is
    # cooperation (CAMEO 07), not the suspension (162), however the stop is named
    for sentence in (
        "Washington lifted the suspension of military aid to Kyiv on Tuesday.",
        "The United States lifted its freeze on aid to Ukraine.",
    ):
        hits, direction = run(sentence)
        assert "reduce_relations" not in _categories(hits) and direction == "de-escalation"
    # ... and only the stop is lifted: a freeze announced is still one
    hits, direction = run("The United States announced a freeze on aid to Ukraine.")
    assert "reduce_relations" in _categories(hits) and direction == "escalation"
    # a stop set aside ("rather than end") ends nothing: the strike goes on (CAMEO 143)
    hits, direction = run(
        "The dockers said they would quit rather than end their ten-day-old national strike."
    )
    assert "protest" in _categories(hits) and direction == "escalation"


@pytest.mark.parametrize(
    "sentence",
    [
        # speakers exhorting themselves ask nobody (CAMEO 10 is a demand of another)
        '"We must support our soldiers in the south," the Iranian president told parliament.',
        # the demand of markets, a call for commercial offers, a letter handed to the press
        "Iran and Iraq said world demand for oil shrinks while stocks pile up.",
        "Algeria and Egypt issued an invitation for offers from exporters of wheat.",
        "The letter from Seoul to Pyongyang, released to the media by a spokesman, was short.",
    ],
)
def test_exhortations_markets_and_press_releases_are_no_events(run, sentence):
    assert run(sentence) == ([], "neutral")


@pytest.mark.parametrize(
    ("sentence", "not_there", "still_there"),
    [
        # words of markets, finance, the courts and repairs that hold a conflict word; what
        # else the sentence reports still counts
        (
            "French and German ministers later resumed their discussion behind closed doors.",
            "reduce_relations",
            "negotiation",
        ),
        (
            "Weeks of speculative pressure on the lira forced Italy and Germany to realign their "
            "currencies.",
            "demand",
            None,
        ),
        (
            "Japan said its farm price supports for rice would stay while it talks to the United "
            "States.",
            "diplomacy",
            "negotiation",
        ),
        (
            "A federal judge in Washington dismissed the lawsuit that an Iranian diplomat had "
            "brought.",
            "rejection",
            None,
        ),
        (
            "A federal judge in Washington dismissed the lawsuit that an Iranian diplomat had "
            "brought.",
            "disapproval",
            None,
        ),
        (
            "The special prosecutor will investigate the sale of arms to Iran and the aid to "
            "Nicaraguan rebels.",
            "investigation",
            "humanitarian",
        ),
        (
            "Managers in Britain and France said that fund management rules in Japan were too "
            "strict.",
            "cooperation",
            None,
        ),
        (
            "Engineers in Canada and the United States stepped up the pace of repairs on the "
            "canal.",
            "intensification",
            None,
        ),
        (
            "Both sides of the takeover battle in Britain and Australia courted the company's "
            "shareholders.",
            "military_action",
            None,
        ),
        (
            "The Navy ordered radar warning receivers for jets flying over Iraq and Iran.",
            "threat",
            None,
        ),
        ("Iran and Iraq tested demonstration units of the new radar.", "protest", None),
        (
            "Sterling money market rates moved lower, and sterling rallied to four-year highs "
            "against the dollar in London.",
            "protest",
            None,
        ),
        (
            "The company reopened its refinery in Surinam, where rebels and the army had fought "
            "in January.",
            "concession",
            "military_action",
        ),
        # a meeting boycotted is a rejection (CAMEO 12), not a meeting held; an attack on a
        # state's trade practices is criticism, not force
        (
            "Taiwan boycotted the bank's annual meeting in Manila after China's admission.",
            "negotiation",
            "rejection",
        ),
        (
            "Washington will attack unfair trade practices of Japan and Korea.",
            "military_action",
            "disapproval",
        ),
        # "concessional" rates are a loan's terms, not a concession; the loan is still aid
        (
            "The World Bank loan to Senegal carries concessional interest rates.",
            "concession",
            "cooperation",
        ),
        # lexicon 1.27: arms that support one side's operation are its force, not support
        # between sides (CAMEO 05); the attack they support is still there
        (
            "Kabul said the rebels attacked the base, supported by helicopter gunships from "
            "Pakistan.",
            "diplomacy",
            "military_action",
        ),
        # a fact a side has to accept, a bid accepted, resignations offered and condolences sent
        # are no cooperation with another side
        (
            "Egypt's trade minister said Cairo will have to accept lower prices for its cotton in "
            "Europe.",
            "diplomacy",
            None,
        ),
        ("Moscow accepted Cairo's bid for 200,000 tonnes of wheat.", "diplomacy", None),
        ("The Lebanese ministers offered their resignations to the president.", "diplomacy", None),
        # a body's joint sitting and a joint news conference are no cooperation between sides,
        # nor is "joint" beside the raid that allied forces carried out together (the raid is
        # the event); a shot at oneself is no attack; fighting the Mafia is policing at home
        (
            "Hanoi and Beijing held a joint news conference after the border clash.",
            "cooperation",
            None,
        ),
        (
            "Twelve militants died in a joint raid by Kenyan and Somali troops near Kismayo.",
            "cooperation",
            "military_action",
        ),
        (
            "The rebel commander shot himself as government troops closed in.",
            "military_action",
            None,
        ),
        (
            "Rome said that fighting the Mafia in Sicily needs a determined government.",
            "military_action",
            None,
        ),
        # a criminal charge and people accused before a court are the law's business, not an
        # accusation between sides (CAMEO 112); a state charging another's aircraft stays one
        ("Two soldiers were charged with spying for Syria at the embassy.", "disapproval", None),
        (
            "Israel charged Syrian jets with three airspace violations.",
            "military_action",
            "disapproval",
        ),
        # a name joined by "on" is a name: the GATT is no tariff; a fight over tariffs between
        # states is criticism (CAMEO 111), not combat; an agreement challenged is rejected
        (
            "Washington threatened sanctions against Beijing over its trade surplus. China still "
            "wants to join the General Agreement on Tariffs and Trade by the end of the year.",
            "sanctions",
            "threat",
        ),
        (
            "Brazil and Argentina fought over tariffs on Chinese steel.",
            "military_action",
            "disapproval",
        ),
        (
            "Canada challenged the agreement between Washington and Mexico at the WTO.",
            "agreement",
            "rejection",
        ),
        # "threaten to" with a consequence is a risk, not a side's threat (CAMEO 13): the
        # measures, not a side, threaten (a side threatening to act still threatens:
        # test_escalation's threats)
        (
            "Tokyo said the US tariffs on Japanese cars threaten to poison relations with Seoul.",
            "threat",
            None,
        ),
        # ... and condolences are a statement (CAMEO 018): the frame keeps the bombing at 0.4
        (
            "Iran's president offered condolences to Iraq after the bombing in Baghdad.",
            "diplomacy",
            None,
        ),
    ],
)
def test_senses_of_markets_finance_and_courts(run, sentence, not_there, still_there):
    categories = _categories(run(sentence)[0])
    assert not_there not in categories
    if still_there is not None:
        assert still_there in categories


@pytest.mark.parametrize(
    ("sentence", "not_there", "still_there"),
    [
        # "rocket" as the verb of prices that soar (the army base's rockets, fired, stay)
        ("Inflation rocketed as the currency collapsed in Harare.", "military_action", None),
        ("Militants fired rockets at the army base near Kabul.", None, "military_action"),
        # a danger to a leader's hold on power is politics, not a side's threat
        (
            "A new threat to the president's rule came from the opposition party in Caracas.",
            "threat",
            None,
        ),
        # a campaign's debates: candidates attack and blast each other with words; where armed
        # actors attack, on election day too, it is an attack
        (
            "The senator attacked the governor during the Republican debates in Ohio.",
            "military_action",
            None,
        ),
        (
            "Senator Harris blasted the president's record on trade during the Democratic "
            "debates in Washington.",
            "violence",
            None,
        ),
        (
            "Taliban fighters attacked polling stations in Kandahar on election day.",
            None,
            "military_action",
        ),
        # peaceful protesters protest: the word describes them, nobody makes peace
        (
            "Police used tear gas on peaceful protesters outside parliament in Minsk.",
            "de_escalation",
            "protest",
        ),
        # a platform's warning label is not a warning to a side
        (
            "The platform placed a warning on the president's post about the vote.",
            "threat",
            None,
        ),
        # a post accepted is no diplomatic acceptance
        (
            "The foreign minister said she would accept the role of prime minister in Rome.",
            "diplomacy",
            None,
        ),
        # an error blamed accuses nobody
        (
            "Iran's military blamed human error for the downing of the airliner over Tehran.",
            "disapproval",
            None,
        ),
        # a company fighting a tax bill contests it; rebels fighting troops fight
        (
            "Yukos has been fighting a tax bill of $27bn imposed by the Russian authorities.",
            "military_action",
            None,
        ),
        ("The rebels fought government troops near the border.", None, "military_action"),
        # a party's own members threatening to vote against a bill rebel inside the party; a
        # state threatening to veto a resolution still threatens
        (
            "Labour MPs threatened to vote against the bill unless ministers made concessions.",
            "threat",
            None,
        ),
        ("Iran threatened to veto the resolution at the UN.", None, "threat"),
        # copying online is policed, protesters are repressed; firms fight price wars
        ("The government wants to crack down on file-sharing networks.", "coercion", None),
        ("The army cracked down on protesters in Minsk.", None, "coercion"),
        ("Mobile phone firms are fighting a price war in Britain.", "military_action", None),
        # a bus off the road is an accident; rebels fleeing into a ravine are not
        (
            "At least 12 people were killed when a bus plunged into a ravine in northern Pakistan.",
            "casualties",
            None,
        ),
        (
            "The rebels fled into a ravine after soldiers killed two of their commanders.",
            None,
            "casualties",
        ),
        # talks or a proposal rejected by one named state are rejected (CAMEO 125); a board
        # rejecting an offer is business
        ("Iran rejected new talks.", None, "rejection"),
        ("The board rejected the takeover offer.", "rejection", None),
        # snow and a migrant boat that sank kill without an attacker; fighting does not
        ("Heavy snow left 15 people dead in Afghanistan.", "casualties", None),
        ("A boat carrying migrants sank off Libya, leaving 60 people dead.", "casualties", None),
        ("Heavy fighting left 15 soldiers dead in Afghanistan.", None, "casualties"),
        # an accident word rules out an attack only where no armed side is named: rebels
        # attack in a pandemic, soldiers clash beside fires; a hurricane strikes nobody
        ("Rebels attacked the town during the pandemic.", None, "military_action"),
        (
            "Soldiers clashed with protesters as fires burned in the capital.",
            None,
            "military_action",
        ),
        (
            "The hurricane struck the coast near Havana, killing 12 people.",
            "military_action",
            None,
        ),
        # anti-dumping duties one state imposes on another's goods are tariffs imposed
        ("The US imposed anti-dumping duties on Chinese television sets.", None, "sanctions"),
        # talks that ended without agreement failed: no negotiation, a breakdown
        (
            "The talks ended without agreement, and both sides accused each other of bad faith.",
            "negotiation",
            "reduce_relations",
        ),
        # a need, a share or a debt met is paid or supplied, no meeting between sides (CAMEO
        # 04 consult): the loan is the cooperation, "meet" adds nothing to it (lexicon 1.58)
        (
            "Peru will struggle to meet scheduled debt repayments to Japan, its minister said.",
            "negotiation",
            None,
        ),
        ("Lima borrowed from Caracas to help meet its domestic fuel needs.", "negotiation", None),
        # armed news in the sentence before is evidence for "captured", but seats are won,
        # not taken by force (lexicon 1.62)
        (
            "Rebels killed two soldiers in the north on Monday. The ruling party captured 300 "
            "of the 545 seats in parliament.",
            "military_action",
            None,
        ),
        # talks that ended a deadlock eased it: the words of failure are what the talks ended
        # (lexicon 1.59)
        (
            "The talks between the two parties ended a deadlock over the budget.",
            "reduce_relations",
            None,
        ),
        (
            "Japan lent Bolivia $50 million to meet its share of the new dam's cost.",
            "negotiation",
            None,
        ),
        # conceding a fact, a clause or a quotation after it, is saying, not yielding to a side
        # (CAMEO 08 is yielding: "conceded defeat", "conceded to their demands"; lexicon 1.67)
        (
            "The defence minister conceded the army had made mistakes in the north.",
            "concession",
            None,
        ),
        (
            '"The sanctions have hurt us," concedes the Iranian oil minister.',
            "concession",
            "sanctions",
        ),
        ("Diplomats in Kabul conceded, privately, that the siege had failed.", "concession", None),
        # workers who are striking a few words on strike as a protest, no attack (1.103)
        (
            "Pilots at the state airline are striking for six hours a day in protest at their pay.",
            "military_action",
            "protest",
        ),
        # forces leaving the positions they held retreat (CAMEO 0874); people carried out of a
        # besieged port are given aid (CAMEO 073) (1.103)
        (
            "Serbian troops are evacuating their last outposts in the hills above the town, the "
            "rebels said.",
            "humanitarian",
            "withdrawal",
        ),
        (
            "Italian ships evacuated 300 foreigners from the besieged port of Misrata.",
            "withdrawal",
            "humanitarian",
        ),
        # a side urged to surrender is asked to (CAMEO 10), no surrender made (1.103)
        (
            "Forces loyal to the government surrounded the barracks, urging the mutineers to "
            "surrender.",
            "withdrawal",
            "demand",
        ),
        # a pledge one side makes to another is an intent to cooperate (CAMEO 031) (1.103)
        ("Seoul pledged to stop selling its steel below cost in Japan.", "threat", "diplomacy"),
        # a trade war waged is sanctions between the states that wage it (1.103)
        ("Washington launched a trade war against Beijing on Monday.", "protest", "sanctions"),
        # an investigation called for is a demand made of those who would hold it (CAMEO 10);
        # one side investigating another stays an investigation (CAMEO 09) (1.104)
        (
            "Amnesty International called for an inquiry into the killings of protesters by "
            "the police.",
            "investigation",
            "demand",
        ),
        (
            "The European Union opened an investigation into subsidies paid by China to its "
            "steelmakers.",
            "demand",
            "investigation",
        ),
        # ... as is an inquiry into war crimes, whoever holds it (CAMEO 094) (1.104)
        (
            "Federal prosecutors opened an inquiry into the retired general over allegations of "
            "war crimes.",
            "demand",
            "investigation",
        ),
        # a country's adjective on a firm or a player names no side at accord (CAMEO 019 is
        # between political actors) (1.105)
        ("The Canadian brewer has agreed to sell its stake in the hotel chain.", "agreement", None),
        ("Jordan agreed to a new three-year contract with the club on Monday.", "agreement", None),
        # ... a government, a leader or countries agreeing are (1.105)
        (
            "The Chilean government has agreed to release the detained fishermen.",
            "demand",
            "agreement",
        ),
        ("The government agreed to lower the tax on fuel.", "demand", "agreement"),
        ("Forty countries agreed to share tax data with one another.", "demand", "agreement"),
        # ... but countries unable to agree reached no accord (1.106)
        ("The two countries were unable to agree on a border.", "agreement", None),
        # restrictions as a state of things are no act; restrictions imposed on someone are
        # (CAMEO 17) (1.105)
        ("Several restrictions still apply to the new visas, the embassy said.", "coercion", None),
        (
            "The embassy said Moscow imposed new restrictions on foreign journalists.",
            "demand",
            "coercion",
        ),
        # a stance against a plan at home is no rejection between sides; one state opposing
        # another's plan is (CAMEO 12) (1.105)
        ("Environmental activists opposed the new dam on the river.", "rejection", None),
        ("France opposed Germany's plan for a common army.", "demand", "rejection"),
        # details or specifics not discussed, and what is not discussed with the press, are a
        # comment declined, no refusal of talks between sides; refusing to discuss something
        # with the other side still is one (1.108)
        (
            "US officials declined to discuss specifics of the plan to escort Kuwaiti tankers "
            "past Iranian missiles.",
            "rejection",
            None,
        ),
        (
            "US arms control advisers were told not to discuss the Soviet proposals with the "
            "press.",
            "rejection",
            None,
        ),
        (
            "Israel refused to discuss the future of Jerusalem with the Palestinians.",
            "negotiation",
            "rejection",
        ),
        # money or arms handed over count between two sides or to a foreign one: a charity's
        # gift to a hospital names no side, a firm's vehicles shipped to dealers are business,
        # and "ships" is a noun, no verb of supply, before the missiles that hit them (1.109)
        ("The charity gave $2 million to the children's hospital.", "cooperation", None),
        ("The bank gave cash to its customers.", "cooperation", None),
        ("The firm shipped vehicles to dealers in Texas.", "cooperation", None),
        # the verbs of force of 1.113 in their other senses: a site cleared for a mall, a
        # budget's overrun, a comedian's jokes, shops looted after a storm
        ("The firm razed the old warehouse to build a mall.", "military_action", None),
        ("The company's cost overrun was $2 million.", "military_action", None),
        ("The comedian ridiculed the minister on television.", "disapproval", None),
        # ... a rival crushed at the polls, inflation crushed, profits brought home
        ("The ruling party crushed the opposition at the polls.", "coercion", None),
        ("The government crushed inflation.", "coercion", None),
        ("The firm repatriated its profits from Ireland.", "concession", None),
        # ... and what their first reading found in news (1.114.1): a figure of a skirmish, a
        # soybean crush in March, homes razed by an earthquake, a killer's rampage, a censure
        # vote in a parliament
        (
            "The letter is the latest skirmish in a long battle between banks and the government.",
            "military_action",
            None,
        ),
        ("The March crush ratio fell to 22.6 cents per bushel today.", "coercion", None),
        (
            "An earthquake struck northern China, killing 29 people and razing 8,000 homes.",
            "military_action",
            None,
        ),
        (
            "Japan hanged the man behind a rampage at a school in Osaka.",
            "violence",
            None,
        ),
        (
            "Portugal's government was ousted in a censure vote backed by the opposition parties.",
            "disapproval",
            None,
        ),
        ("Looters emptied local shops after the hurricane.", "protest", None),
        # drones sent to a side, not at it, are no attack (1.110)
        ("Iran sent drones to Russia last summer.", "military_action", None),
        (
            "Iran has attacked several ships with land-based missiles, Iraq said.",
            "cooperation",
            "military_action",
        ),
        # the contrasts of 1.115.0: a firm's part in a fair and its own sales paused are
        # business; an arms embargo suspended eases, where a bare "suspended" had cut ties
        ("The company suspended its participation in the trade fair.", "reduce_relations", None),
        ("The retailer paused its sales of the toy after complaints.", "concession", None),
        (
            "The United States suspended the arms embargo on Vietnam.",
            "reduce_relations",
            "concession",
        ),
        # 1.116.0: the press's names for firms and makers, and competition's watchdogs, are
        # business ...
        (
            "The tech giant faces a battle with the European Commission over its app store rules.",
            "military_action",
            None,
        ),
        (
            "The smartphone maker signed an agreement with the Indian government to build a plant.",
            "agreement",
            None,
        ),
        (
            "The deal needs approval from competition authorities in Brussels and Washington.",
            "agreement",
            None,
        ),
        # ... a verbal attack uses no force; and a suspect accused of a killing is no criticism
        # between sides, whatever the killing beside it
        (
            "The demonstrators verbally attacked the president during the rally.",
            "military_action",
            "disapproval",
        ),
        ("Police said the woman was accused of killing the girl.", "disapproval", None),
        ("The board said it was open to talks with the bidder.", "negotiation", None),
        ("The company filed a lawsuit against its former chief executive.", "disapproval", None),
        ("The firm cut trade with its Russian suppliers.", "reduce_relations", None),
        ("The Senate rejected a resolution honoring the team.", "rejection", None),
        # 1.117.0: talks ended right away are still cut; a firm's own sales suspended stay
        # business with two words between verb and sales
        (
            "The government ended its negotiations with the rebels.",
            "negotiation",
            "reduce_relations",
        ),
        ("The company suspended all its sales to Russia.", "reduce_relations", None),
        # 1.118.0: an attack or an assault on an economy's foes is a policy or a sales drive,
        # and "with the aid of" someone is help, no aid between sides; an attack on a market
        # place stays an attack
        (
            "The Japanese government launched an attack on inflation with higher interest rates.",
            "military_action",
            None,
        ),
        ("The government promised an assault on red tape for small firms.", "threat", None),
        (
            "Britain's new plan was drawn up with the aid of American advisers.",
            "humanitarian",
            None,
        ),
        (
            "A suicide bomber carried out an attack on a crowded market in Baghdad.",
            "cooperation",
            "military_action",
        ),
        # 1.120.0: a plan or a record "blasted" is criticised, no blast (and at home, party
        # politics, no event between sides); a bomb that blasted a building stays violence
        (
            "The senator blasted the administration's handling of the border crisis.",
            "violence",
            None,
        ),
        ("A bomb blasted the government building in Kabul.", "disapproval", "violence"),
        # ... a leader meeting his soldiers holds no talks with another side; meeting rebel
        # leaders does
        ("The minister visited the front line and met soldiers.", "negotiation", None),
        ("The president met rebel leaders in Addis Ababa.", "coercion", "negotiation"),
        # ... investors' disappointment is a market's, no disapproval between sides
        ("Investors expressed disappointment with the quarterly results.", "disapproval", None),
        # ... and a firm ready for talks with its union is in industrial relations
        ("The firm said it was ready for talks with the union.", "negotiation", None),
        # ... and a cyberattack on a firm's platform is no attack between sides
        (
            "Hackers launched a cyberattack on the company's energy trading platform.",
            "military_action",
            None,
        ),
        # a return demanded by fans or shareholders is no demand between sides (no side, no
        # captivity named), and a road turned down is taken, no refusal
        ("Fans demanded the return of the sacked coach.", "demand", None),
        (
            "Shareholders demanded the return of their money after the merger collapsed.",
            "demand",
            None,
        ),
        ("The army convoy turned down the road towards the border.", "rejection", None),
        # a union ready to negotiate with management is in industrial relations; a game's
        # weapons package is no aid; state aid is a subsidy to a firm; aircraft that fly aid
        # show no force
        ("The union said it was ready to negotiate with management.", "negotiation", None),
        ("The studio released a weapons package for its new video game.", "cooperation", None),
        (
            "The European Commission approved 2 billion euros of state aid for the airline.",
            "humanitarian",
            None,
        ),
        (
            "Washington and Brussels argued again over state aid for their aircraft makers.",
            "humanitarian",
            None,
        ),
        ("Britain flew aid to Gaza on military aircraft.", "mobilisation", "humanitarian"),
        # shares that rally and fans who march to demand a manager's sacking protest nothing
        (
            "Shares rallied on Wall Street to close at a record high, urging investors to buy.",
            "protest",
            None,
        ),
        ("Fans marched to the stadium demanding the sacking of the manager.", "protest", None),
        # a bill's veto vowed at home is lawmaking, no threat between sides; a pay rise
        # rejected is bargaining between a union and an employer; Poland's Solidarity is a
        # union's name, no solidarity shown (the release its leaders' union demands stays a
        # demand)
        ("The governor vowed to veto any bill that raises taxes.", "threat", None),
        (
            "Nurses rejected a 5 percent pay rise and vowed to continue their walkout.",
            "rejection",
            None,
        ),
        (
            "Poland's Solidarity union demanded the release of its jailed leaders.",
            "diplomacy",
            "demand",
        ),
        # ... a bank in talks about buying a stake in another is in business, and damages met
        # are paid for, no meeting held; a meeting about refugees' needs stays one
        (
            "The Japanese bank is in talks to buy a minority stake in the Indian lender.",
            "negotiation",
            None,
        ),
        ("Israel will meet the damages caused to the Egyptian border post.", "negotiation", None),
        (
            "The French president met with Ukrainian leaders to discuss the needs of refugees.",
            "coercion",
            "negotiation",
        ),
        # a leader meeting his own generals or advisers holds no talks with another side; one
        # meeting his counterpart does
        ("Putin met with his military chiefs in Moscow on Friday.", "negotiation", None),
        (
            "Zelensky held talks with his top commanders on the counteroffensive.",
            "negotiation",
            None,
        ),
        ("Austin met his Chinese counterpart in Singapore.", "reduce_relations", "negotiation"),
        # aid trucks that get through stay aid delivered, and a bomb shipment sent stays
        # military aid: only a stop before them cuts them
        (
            "Aid trucks reached the besieged town after the army lifted its blockade.",
            "reduce_relations",
            "humanitarian",
        ),
        (
            "Washington approved a shipment of bombs to Israel despite the objections.",
            "reduce_relations",
            "cooperation",
        ),
        # a meeting the police raided is repressed, no talks held in it
        (
            "Police raided an opposition meeting in Minsk and detained dozens of activists.",
            "negotiation",
            "coercion",
        ),
        # a party's leadership that crushes a rebellion of its backbenchers, an office under
        # siege from critics and the hostages' families name no repression, no siege and no
        # hostage taken; a rebellion of soldiers crushed and a city under siege by an army stay
        ("The party's leadership crushed a rebellion by backbenchers.", "coercion", None),
        ("The army crushed a rebellion by soldiers in the north.", "military_action", "coercion"),
        (
            "The mayor's office is under siege from critics over the housing crisis.",
            "military_action",
            None,
        ),
        (
            "The city has been under siege by Russian forces for months.",
            "coercion",
            "military_action",
        ),
        ("The hostages' families met Netanyahu on Sunday.", "violence", None),
        # a bill rammed through parliament rams no ship, police who intercept a drone carrying
        # drugs fight no war, and officers who track down the bombers show no force
        ("The government rammed the bill through parliament.", "coercion", None),
        ("Police intercepted a drone carrying drugs over the prison.", "military_action", None),
        ("Police are racing to track down the bombers.", "mobilisation", None),
        # fans banned from a stadium by their club are no repression
        ("The club banned fans from the stadium for three games.", "coercion", None),
        # a firm's merger agreement terminated is business, and one who storms out of a
        # meeting raids none
        ("The company terminated its merger agreement with Sony.", "reduce_relations", None),
        ("The minister stormed out of the meeting with the unions.", "coercion", None),
        # shares, a bill and a team that advance use no force
        ("Defence stocks advanced on Monday as investors bought shares.", "military_action", None),
        ("Army advanced to the semi-finals after beating Navy.", "military_action", None),
        # a leader's vow at home is a promise of policy, no threat; with a foe named it
        # threatens ("Hamas" is an armed side)
        ("The chancellor vowed to cut taxes for working families.", "threat", None),
        ("The prime minister vowed to crush Hamas.", "military_action", "threat"),
        # a participle describing the towns is no act vowed: rebuilding them threatens no one
        ("The president vowed to rebuild the destroyed towns.", "threat", None),
        # a request met is granted, no meeting held; an urge fought is no combat; a right to
        # strike is no strike held (the nurses' protest stays one)
        ("The IMF said it would meet Japan's request for a larger stake.", "negotiation", None),
        ("Congress is fighting the urge to spend more.", "military_action", None),
        ("The protest by nurses was about the right to strike.", "military_action", "protest"),
        # firms' truce in a price war is business
        ("The two supermarket chains called a truce in their price war.", "ceasefire", None),
        # a party's threat in a vote of no confidence is party politics; an armed group's
        # threat stays one
        (
            "The Liberal Party threatened to support a no-confidence vote in the government.",
            "threat",
            None,
        ),
        ("Hamas threatened to execute the hostages.", "violence", "threat"),
        # a warning of famine is a pessimistic comment on what may come (012), no threat;
        # a warning to a foe stays a threat
        ("The United Nations warned that famine was imminent in northern Gaza.", "threat", None),
        ("Iran warned Israel of a crushing response.", "military_action", "threat"),
        # a storm that cuts the internet off and a landslide that blocks a road repress and
        # protest against no one
        ("The storm cut off internet access to thousands of homes.", "coercion", None),
        ("A landslide blocked the road to the village.", "protest", None),
        # an offensive braced for has not happened yet (rule feared); one expanded has, beside
        # the air strikes the residents brace for
        ("Kyiv is bracing for a new Russian offensive in the spring.", "military_action", None),
        (
            "Residents braced for more air strikes as Israel expanded its offensive.",
            "coercion",
            "military_action",
        ),
        # a firm's rejection of a ruling is business, no defiance between sides
        ("The company rejected the ruling and said it would appeal.", "rejection", None),
        # a firm ending its distribution deal is business, no ties cut
        (
            "The company ended its distribution agreement with the retailer.",
            "reduce_relations",
            None,
        ),
        # a fight outside a pub is crime news, the arrests after it law enforcement; the
        # arrests of protesters stay repression
        ("Police arrested three men after a brawl outside a pub.", "coercion", None),
        ("Police arrested 40 protesters outside parliament.", "military_action", "coercion"),
        # a commander dismissed from his post is replaced, no proposal rejected; a proposal
        # dismissed stays a rejection
        (
            "Zelenskiy dismissed the commander of Ukraine's armed forces in a shake-up.",
            "rejection",
            None,
        ),
        ("The Kremlin dismissed the Ukrainian proposal as unrealistic.", "coercion", "rejection"),
        # a budget deficit's danger to the economy is no side's threat
        (
            "The minister warned that the deficit posed a threat to economic stability.",
            "threat",
            None,
        ),
        # a party expelling its own MPs disciplines them; a state expelling diplomats cuts ties
        ("The party expelled two MPs who voted against the government.", "coercion", None),
        ("Belarus expelled two Polish diplomats.", "coercion", "reduce_relations"),
        # hackers breaching networks break in, no agreement breached
        ("Chinese hackers breached the networks of US telecom companies.", "rejection", None),
        # an artist calling an exhibition a provocation denounces no side; aid that has fallen
        # is a figure, no aid given
        ("The artist called the exhibition a provocation.", "disapproval", None),
        ("The UN said aid deliveries to Gaza had fallen sharply.", "humanitarian", None),
        # airlines' talks are business; a state banning a foreign airline coerces it (1722)
        ("A Lufthansa spokesman confirmed talks with JAL are under way.", "negotiation", None),
        ("Germany banned the Iranian airline Mahan Air.", "negotiation", "coercion"),
        # former rebels who enter politics use no force
        ("The former rebels entered politics after the war.", "military_action", None),
        # talks on a budget that end with no agreement are no sides' breakdown; Britain's
        # withdrawal from the EU is a country's politics, no ties cut with a foe
        ("Talks on the budget ended after a day with no agreement.", "reduce_relations", None),
        ("Britain's withdrawal from the EU took effect.", "reduce_relations", None),
        # a body recovered by soldiers with no fighting named is no toll of war
        ("Soldiers recovered the body of a missing hiker.", "casualties", None),
        # a law that strengthens the pensions of guardsmen sends no guard anywhere; a governor
        # who calls the guard out shows force (150)
        (
            "A 1996 law strengthened pension rights for National Guard and reserve troops.",
            "mobilisation",
            None,
        ),
        (
            "The governor called out the National Guard to the border.",
            "negotiation",
            "mobilisation",
        ),
        # a premier fighting to keep a name or a post fights for a career; troops fighting to
        # keep their positions still fight
        (
            "Canada's prime minister was fighting to maintain his credibility after the leak.",
            "military_action",
            None,
        ),
        (
            "Ukrainian troops were fighting to keep their positions near the river.",
            "negotiation",
            "military_action",
        ),
        # damages paid from reserves meet no one, even beside a war; a veto threatened over a
        # bill is lawmaking at home, and one threatened at the Security Council still a threat
        (
            "After the war, Kuwait will draw on its reserves to meet the estimated $2 billion in "
            "damages from the Iraqi occupation.",
            "negotiation",
            "military_action",
        ),
        (
            "The Senate passed the spending bill despite a veto threat from the White House, "
            "which opposes the war funding.",
            "threat",
            None,
        ),
        ("Russia made a veto threat against the Security Council draft.", "negotiation", "threat"),
        # enrolling in a course signs no agreement; an oil field's terms are a firm's business
        ("The Iraqi officer signed up for a training course in Moscow.", "agreement", None),
        (
            "Rosneft signed a 25-year production-sharing agreement to develop gas fields "
            "in Vietnam.",
            "agreement",
            None,
        ),
    ],
)
def test_senses_of_politics_business_disasters_and_wire_news(run, sentence, not_there, still_there):
    categories = _categories(run(sentence)[0])
    assert not_there not in categories
    if still_there is not None:
        assert still_there in categories


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        # "must" demands an act of someone (CAMEO 10): an action verb, a passive act, or
        # being ready to act
        ("Russia said Israel must end its strikes on Syria.", "escalation"),
        ("China said the detained Japanese diplomats must be freed at once.", "escalation"),
        (
            "France said the European Union must be ready to mediate between Serbia and Kosovo.",
            "escalation",
        ),
        # nor is it a demand between sides where only a diplomat in the audience is named:
        # "must" needs two sides, armed conflict, protest or an opposition (lexicon 1.17)
        ("The minister told diplomats that exporters must cut their prices.", "neutral"),
        # it states a condition when a state or a rule follows, infers with "have", names a
        # procedure by its agent, or gives a body's duty in a relative clause: no demand
        (
            "Under the 1974 law, Poland must be a member of the customs union to trade with "
            "Germany.",
            "neutral",
        ),
        ("Japan's ambassador said Seoul must have known about the plan.", "neutral"),
        ("Peru's plan to buy Chilean gas must be approved by both parliaments.", "neutral"),
        (
            "Egypt's envoy wrote to the US Senate committee, which must approve his new post.",
            "neutral",
        ),
        # what both sides together, or the speakers themselves, must do is asked of no side
        # (an appeal, CAMEO 02, or a pledge): "must" is no demand there, whatever the object
        ("The envoy said Iran and Iraq must both respect the border.", "neutral"),
        ("Seoul said the two sides must first rebuild trust with Pyongyang.", "neutral"),
        ("Paris said that we in Europe must answer Moscow with one voice.", "neutral"),
        # a regard or a record asked for, or an inference, is no act: "must be seen as",
        # "must be registered", "must seem"
        ("Berlin told Tehran that the plan must be seen as a first step.", "neutral"),
        # ... also with adverbs between "must" and its verb: the record is asked for "now",
        # the regard with "not"; an act asked for "now" is still a demand
        ("Foreign journalists must now be registered with the army, the rebels said.", "neutral"),
        (
            "The Kurdish militia must not be confused with the PKK, the American envoy told "
            "Ankara.",
            "neutral",
        ),
        (
            "Russia must now withdraw its troops from Ukraine, the Ukrainian president said.",
            "escalation",
        ),
        # a pair of sides after "two" asks both together, as "both" does; two people held are
        # no pair of sides, and their release is demanded of whoever holds them
        (
            "Officials in Seoul said the two governments must first rebuild trust before any "
            "summit with Pyongyang.",
            "neutral",
        ),
        ("China said the two detained Japanese diplomats must be freed at once.", "escalation"),
        ("To the rebels in Aleppo this must seem a betrayal by Moscow.", "neutral"),
        # the subject of "must" is the side asked to act: a name, a side's noun, the acts a
        # side is asked to end, or a pronoun for a side addressed before it (1.103); a thing
        # or a market asked nothing is in test_everyday_and_other_senses_are_no_events
        ("The Kurdish militia must leave Manbij, Turkey said.", "escalation"),
        (
            "The shelling of the Kurdish towns must stop, the French envoy told Ankara.",
            "escalation",
        ),
        ("Egypt told Israel that it must open the crossing at Rafah.", "escalation"),
        # a pronoun with nobody addressed is the speaker's own side: "said it must" commits it
        ("Egypt said it must open its crossing with Israel at Rafah.", "neutral"),
    ],
)
def test_must_demands_an_act_and_states_no_condition(run, sentence, direction):
    assert run(sentence)[1] == direction


def test_verbal_conflict_between_governments_is_escalation(run):
    hits, direction = run("The French foreign minister accused Moscow of lying about the convoy.")
    assert direction == "escalation" and "disapproval" in _categories(hits)


#: An election article of seven sentences: its "supporters", "deal", "investigation" and
#: "promised" sit beside named politicians, but nothing in it is about armed conflict,
#: protest or relations between states (the off_topic rule in escalation.yaml).
ELECTION = (
    "The senator thanked her supporters in Ohio on Tuesday night. "
    "She promised a deal on health care within a year. "
    "Her rival called for an investigation into the campaign's funding. "
    "The governor of Ohio endorsed the senator last month. "
    "Turnout was the highest since 2008. "
    "Both campaigns spent more than $40 million. "
    "The results will be certified next week."
)


def test_an_article_off_the_topic_has_no_events_but_its_fighting_still_counts():
    res = analysis.analyze(ELECTION, lexicons=["escalation"])
    assert res.matches.empty
    assert set(res.sentences["direction"]) == {"neutral"}
    # one sentence of fighting in the same article: its own words carry their sense
    fighting = ELECTION + " Troops attacked a village near the border with Syria."
    res = analysis.analyze(fighting, lexicons=["escalation"])
    assert list(res.matches["text"]) == ["attacked"]
    assert list(res.sentences["direction"])[-1] == "escalation"


def test_a_settlement_of_a_conflict_is_an_agreement(run):
    # the settlement is what two governments found after talks: an agreement (CAMEO 057)
    hits, direction = run("The two governments found a settlement after months of talks.")
    assert direction == "de-escalation"
    assert ("found a settlement", "agreement") in [(h.text, h.category) for h in hits]


def test_an_attack_on_a_plan_or_an_idea_is_criticism_not_force(run):
    # "attacked the plan": the object is words or plans, so CAMEO 111 (criticize), weight
    # 2.0, not 19 (fight), between states ("Russia" and the foreign minister); at home it
    # is party politics and no event; "attacked the army base" stays force
    hits, _ = run("Russia attacked the plan as a provocation, the foreign minister said.")
    assert _categories(hits) == {"disapproval"}
    hits, direction = run("The opposition attacked the budget in parliament, the minister said.")
    assert (direction, hits) == ("neutral", [])
    hits, _ = run("Rebels attacked the army base near the border.")
    assert _categories(hits) == {"military_action"}


def test_a_released_prisoner_as_a_description_is_no_release(run):
    # "one released prisoner said ...": the participle describes the speaker; what he says
    # (police beat his family) is the event
    hits, direction = run("One released prisoner said police beat his family.")
    assert "concession" not in _categories(hits) and direction == "escalation"


def test_an_election_word_rules_out_a_concession_of_a_campaign_not_a_release(run):
    # a candidate freed from jail is released (CAMEO 0841) whatever the word "presidential";
    # resigning or conceding in a campaign pledge is party politics, no yielding to a side
    hits, direction = run(
        "The government freed a former presidential candidate and several jailed activists."
    )
    assert direction == "de-escalation" and "concession" in _categories(hits)
    hits, direction = run("The candidate pledged to resign as president after one year.")
    assert "concession" not in _categories(hits)


def test_a_verb_takes_the_longest_object_starting_where_its_object_starts(run):
    # "missile" and "missile strike" are both objects of "launched": the longer is the object,
    # so the strike is one hit, not "launched a missile" plus a second "strike"
    hits, _ = run("Russia launched a missile strike on Kyiv on Monday.")
    assert [(h.text, h.category) for h in hits] == [
        ("launched a missile strike", "military_action")
    ]


def test_a_refusal_with_to_refuses_its_own_verb_not_talks_further_on(run):
    # "declined to say" refuses to say; the talks named eight words later are not refused
    hits, _ = run(
        "An official declined to say which issues were still open or when the talks with "
        "Egypt would resume."
    )
    assert "rejection" not in _categories(hits)
    # within reach, the refused act is the cooperation itself
    hits, direction = run("The rebels refused to attend the peace talks in Geneva.")
    assert (direction, _categories(hits)) == ("escalation", {"rejection"})
    # declining to tell, in so many words or by the details refused, refuses a statement
    # (CAMEO 014 decline comment), not the talks or the ceasefire it is about
    for sentence in (
        "Officials in Kyiv declined to discuss details of the talks with Moscow.",
        "The minister refused to comment on the ceasefire talks with Hamas.",
        "Israel refused to give details of the ceasefire proposal from Egypt.",
    ):
        hits, direction = run(sentence)
        assert "rejection" not in _categories(hits) and direction != "escalation", sentence
    # ... while refusing to discuss a ceasefire refuses the negotiation itself (CAMEO 125)
    hits, direction = run("Russia refused to discuss a ceasefire with Ukraine.")
    assert (direction, _categories(hits)) == ("escalation", {"rejection"})


def test_missiles_as_the_subject_of_arms_talks_are_no_attack_but_fired_they_are(run):
    hits, direction = run(
        "Washington and Moscow resumed talks on a treaty to limit medium-range missiles."
    )
    assert direction == "de-escalation" and "military_action" not in _categories(hits)
    hits, direction = run("North Korea fired two missiles on the eve of talks with South Korea.")
    assert direction == "escalation" and "military_action" in _categories(hits)


def test_missiles_described_owned_or_feared_are_no_attack_used_they_are(run):
    # a weapon's range or its existence is no act of force: no military_action; the missile
    # that hits, is intercepted or is deployed is one (190 use force, 15 force posture)
    # (missiles described or owned: in test_everyday_and_other_senses_are_no_events)
    hits, direction = run("A Russian missile hit an apartment block in Odesa, killing four.")
    assert direction == "escalation" and "missile hit" in [h.text for h in hits]
    hits, direction = run("Air defences intercepted six missiles over the capital, the army said.")
    assert (direction, _categories(hits)) == ("escalation", {"military_action"})
    hits, direction = run("The navy has deployed anti-ship missiles along the northern coast.")
    assert (direction, _categories(hits)) == ("escalation", {"mobilisation"})


def test_cooperation_after_a_verb_of_avoidance_is_not_refused(run):
    # verbs of avoidance negate the rest of their clause, as "not" does (the clash, attack
    # and strike after them: test_everyday_and_other_senses_are_no_events); cooperation
    # after them is no refusal: averting a breakdown of talks rejects nothing (the breakdown
    # did not happen; the talks go on, not counted here)
    hits, _ = run("Diplomats averted a breakdown of the peace talks.")
    assert "rejection" not in _categories(hits)


def test_a_conflict_that_dies_down_is_de_escalation(run):
    # the escalation word as the subject of a verb of abating: the conflict eased (CAMEO 08),
    # across a long subject ("between India and Pakistan") but not across a negation, nor
    # where the verb has an object of its own ("eased pressure on": the strikes happened)
    hits, direction = run("The threat of war between India and Pakistan abated on Friday.")
    assert (direction, _categories(hits)) == ("de-escalation", {"de_escalation"})
    assert hits[0].text == "threat of war between India and Pakistan abated"
    hits, direction = run("Clashes between the army and the rebels died down after midnight.")
    assert (direction, hits[0].text) == (
        "de-escalation",
        "Clashes between the army and the rebels died down",
    )
    hits, direction = run("The fighting between the army and the rebels has not subsided.")
    assert (direction, _categories(hits)) == ("escalation", {"military_action"})
    hits, direction = run("The air strikes eased pressure on the besieged garrison.")
    assert direction == "escalation" and "de_escalation" not in _categories(hits)


def test_an_agreement_named_as_violated_is_no_agreement(run):
    # "in violation of the peace agreement" names the agreement broken: the seizure and the
    # violation are the events, not a deal (the content rule drops what a violation names)
    hits, direction = run("The rebels seized the town in violation of the peace agreement.")
    assert direction == "escalation" and "agreement" not in _categories(hits)
    hits, direction = run("Greece said the drilling breached the 1976 accord with Turkey.")
    assert direction == "escalation" and "agreement" not in _categories(hits)


def test_ready_to_is_cooperation_only_when_what_follows_is(run):
    # "ready to" states an intent (CAMEO 03) whose direction is that of the act intended:
    # ready to help is cooperation, ready to hit back at aggressors is not
    hits, direction = run("Washington stands ready to help Kyiv rebuild its power grid.")
    assert (direction, [h.text for h in hits]) == ("de-escalation", ["ready to help"])
    hits, _ = run("The minister said the armed forces were ready to confront any aggressor.")
    assert "diplomacy" not in _categories(hits)


def test_a_restrictive_reading_restricts_nobody(run):
    # the adjective describes an interpretation; the verb and the noun restrict (CAMEO 17)
    hits, _ = run("Washington said Moscow had adopted a restrictive reading of the 1987 treaty.")
    assert "coercion" not in _categories(hits)
    hits, direction = run("The government restricted the movement of opposition activists.")
    assert direction == "escalation" and "coercion" in _categories(hits)


def test_trade_is_cooperation_between_states_not_a_figure(run):
    # "increasing trade surpluses" is a figure of economics; trade expanded with another
    # state is CAMEO 061 economic cooperation
    hits, _ = run("Japan promised measures to reduce its increasing trade surplus with the U.S.")
    assert "cooperation" not in _categories(hits)
    hits, direction = run("China and Vietnam agreed to expand trade with each other.")
    assert direction == "de-escalation" and "cooperation" in _categories(hits)
    # ... and force in a town stays force, though "took control" is ruled out for companies
    hits, direction = run("Rebels took control of the town after a day of fighting with the army.")
    assert direction == "escalation" and "took control" in [h.text for h in hits]


def test_a_ban_on_strikes_is_coercion_not_a_strike(run):
    # the strike names what is banned (a modifier of "ban"); the ban is the act (CAMEO 17)
    hits, direction = run("The army imposed a strike ban on the mines.")
    assert (direction, [(h.text, h.category) for h in hits]) == (
        "escalation",
        [("ban", "coercion")],
    )


def test_attacks_between_two_named_states_put_a_short_text_on_the_topic():
    # six sentences, two of them about the war and four about oil markets; "attacked" and
    # "struck" need context (armed sides, or two named sides) and find it in Iraq and Iran,
    # so they are evidence of what the text is about: 2/6 >= 0.15, and both attacks count
    text = (
        "Iraq said it attacked an Iranian oil platform in the Gulf on Monday. Iran said it "
        "struck two vessels bound for Iraq in reply. Oil prices rose by two dollars a barrel. "
        "Traders in London said supplies were ample. Shipping insurers raised their rates. "
        "The platform produced 40,000 barrels a day."
    )
    result = analysis.analyze(analysis.load_article(text=text), lexicons=["escalation"])
    assert result.matches.text.tolist() == ["attacked", "struck"]
    assert result.sentences.direction.tolist()[:3] == ["escalation", "escalation", "neutral"]


def test_a_show_of_force_is_news_of_armed_conflict_in_an_off_topic_text(run):
    # in a text that is not about conflict (one sentence of seven holds conflict words: 0.14,
    # under 0.15), a word that needs context counts only beside a topic word in its own
    # sentence; nuclear tests (CAMEO 15, a show of force) are such a word, so the refusal
    # beside them counts, while the tests themselves, with no other topic word beside them,
    # do not
    text = (
        "The ministry published its annual report on Friday. The report runs to 300 pages. "
        "It covers farming, roads and schools. Copies are sold in bookshops. The weather was "
        "clear. Trains ran on time. "
        "Moscow resumed nuclear tests, citing Washington's refusal to join the talks."
    )
    result = analysis.analyze(analysis.load_article(text=text))
    hits = result.matches[result.matches.lexicon == "escalation"]
    assert hits.category.tolist() == ["rejection"]
    assert result.sentences.direction.tolist()[-1] == "escalation"


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        # rule "feared": an attack that is only a risk, a danger or what is guarded against
        # has not happened (CAMEO codes what happened), so the sentence reports no event
        ("The risk of a rebel attack on the capital is low, officials said.", "neutral"),
        (
            "The navy will send two frigates to protect the fishing fleet from pirate attacks.",
            "neutral",
        ),
        # "unaware of" negates what follows it in its clause, as "denied" does
        ("Kuwait said it was unaware of any Iranian attack on the oil terminal.", "neutral"),
        ("Kuwait said Iran attacked the oil terminal.", "escalation"),
        # "feared captured" is a belief about what happened, not a fear of what may: an event
        (
            "Dozens of soldiers were feared captured after the rebels overran the base.",
            "escalation",
        ),
        # an attack or a clash one is "fearing" is a risk too, as "fears of an attack" are
        ("Thousands of villagers fled, fearing an attack by the rebels.", "neutral"),
        ("The navy kept to its own waters, fearing a potential clash with the rebels.", "neutral"),
        # an attack supposed with "were to" (a counterfactual or a plan) is not reported as
        # having happened: what follows "if X were to" is a supposition ...
        ("Even if terrorists were to attack on Election Day, voting would go on.", "neutral"),
        ("If the rebels were to attack the capital, the army would respond.", "neutral"),
        ("If Moscow were ever to invade the Baltic states, NATO would respond.", "neutral"),
        # ... while "were able to" reports what they did
        ("The rebels were able to attack the capital on Monday.", "escalation"),
    ],
)
def test_what_is_feared_guarded_against_or_unknown_has_not_happened(run, sentence, direction):
    hits, found = run(sentence)
    assert found == direction
    assert ("military_action" in _categories(hits)) == (direction == "escalation")


def test_fears_raised_by_an_attack_are_no_second_attack(run):
    # the attack happened; "more fighting" is only feared, so it is no hit of its own
    hits, direction = run("Rebels attacked the convoy, raising fears of more fighting.")
    assert direction == "escalation"
    assert [h.text for h in hits] == ["attacked"]


def test_shelling_that_continues_despite_a_truce_escalates(run):
    # shelling that goes on needs no other word to be war; "Despite the ceasefire" sets the
    # scene (test_escalation's main event), the shelling is the event
    hits, direction = run("Despite the ceasefire, shelling continued in the south.")
    assert direction == "escalation" and "intensification" in _categories(hits)
    # ... and so do clashes that go on despite talks (a clash of personalities does not)
    assert run("Despite the peace talks, clashes continued along the border.")[1] == "escalation"
    assert run("The clash of personalities continued in the boardroom.")[1] == "neutral"


def test_aid_to_a_besieged_city_is_aid_in_a_conflict(run):
    # "besieged" says a conflict is on (it describes the city: a setting, test_escalation's
    # describing participle), which is the context "aid" needs; the aid resuming is the event
    hits, direction = run("The UN said aid deliveries to the besieged city had resumed.")
    assert direction == "de-escalation" and "humanitarian" in _categories(hits)
    # ... and killing aid workers is still a killing; the workers are no aid given, beside a
    # kidnapping as beside a killing
    hits, direction = run("Gunmen killed three aid workers in Darfur.")
    assert direction == "escalation" and "humanitarian" not in _categories(hits)
    hits, _ = run("The rebels released two aid workers they had kidnapped last month.")
    assert "humanitarian" not in _categories(hits) and "concession" in _categories(hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # idioms of everyday news whose words look like events (lexicon 1.35.0, after the first
        # reading of the third RTE sample): a patient fighting for life and a parent fighting for
        # custody fight no one; an army that "met fierce resistance" met no delegation, and
        # fighters who "offered little resistance" offered nothing; a "legal attack" is a contest
        # in court
        "The soldier wounded in the blast is fighting for his life in hospital.",
        "The actress is fighting for custody of her two children.",
        "The Kremlin's legal attack on the oil company continued.",
    ],
)
def test_idioms_of_fighting_and_attacking_are_no_combat(run, sentence):
    hits, _ = run(sentence)
    assert not {"military_action", "intensification"} & _categories(hits)


def test_resistance_met_or_offered_is_no_meeting_and_no_offer(run):
    hits, direction = run("The army met fierce resistance in the north of the province.")
    assert direction == "neutral" and "negotiation" not in _categories(hits)
    hits, direction = run("Chechen fighters were offering little resistance.")
    assert direction == "neutral" and "diplomacy" not in _categories(hits)
    # ... while an offer of talks and a meeting of envoys stay what they are
    assert run("The rebels offered talks to the government in Moscow.")[1] == "de-escalation"
    assert run("Envoys of Russia and Ukraine met in Istanbul.")[1] == "de-escalation"


def test_humanitarian_aid_workers_are_no_aid_given(run):
    # the people who bring aid, as "aid workers" are (test above): the attack is the event
    hits, direction = run("Gunmen attacked a convoy of humanitarian aid workers near Kandahar.")
    assert direction == "escalation" and "humanitarian" not in _categories(hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # a murder's prosecution is ordinary crime (README: "ordinary crime and its
        # prosecution"), as "murder conviction" and "murder trial" already were
        "A former police officer was charged with murder in the slaying of a college student.",
        "The man was convicted of murder and sentenced to life in prison.",
    ],
)
def test_a_murder_charge_is_ordinary_crime(run, sentence):
    hits, direction = run(sentence)
    assert direction == "neutral" and "violence" not in _categories(hits)


def test_a_murder_in_an_armed_conflict_still_counts(run):
    # no charge or trial beside it: militiamen murdering villagers is violence
    hits, direction = run("Militiamen murdered twelve villagers near the border, the army said.")
    assert direction == "escalation" and "violence" in _categories(hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # a warning of a consequence is a pessimistic comment (CAMEO 012), not a threat (13):
        # nobody says what they will do ("warned it could lead to war"), as "threaten to" with
        # a consequence is a risk; nor is a warning to the public a threat to anyone
        "Senators warned that the deployment could lead to war with Iran.",
        "The minister warned that an escalation would increase tensions in the oil market.",
        "Police are warning residents to be ready to leave their homes.",
    ],
)
def test_a_warning_of_a_consequence_is_no_threat(run, sentence):
    hits, _ = run(sentence)
    assert "threat" not in _categories(hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # ... while a warning of what a side will do, or to another side, is one
        "The Iranian navy warned that it would close the Strait of Hormuz to tankers.",
        "Washington warned Tehran not to use the missiles against shipping.",
        "Japan warned the United States it may take retaliatory measures.",
    ],
)
def test_a_warning_of_what_a_side_will_do_is_a_threat(run, sentence):
    hits, direction = run(sentence)
    assert direction == "escalation" and "threat" in _categories(hits)


def test_a_side_destroying_his_or_their_own_weapons_disarms(run):
    # as "destroy its chemical weapons" (lexicon 1.25.0) already did: the owner named by "his"
    # or "their" disarms too; destroying another's weapons stays coercion
    hits, direction = run("The dictator destroyed his chemical weapons after the war.")
    assert direction == "de-escalation" and "coercion" not in _categories(hits)
    hits, _ = run("The rebels destroyed their weapons stockpiles under UN supervision.")
    assert "coercion" not in _categories(hits)


def test_requirements_met_are_no_meeting(run):
    # a standard, a requirement or a quota met, however many words describe it, is no meeting
    hits, direction = run(
        "Only 3,000 Cubans a year were able to meet the stiff U.S. visa requirements."
    )
    assert direction == "neutral" and "negotiation" not in _categories(hits)


def test_sides_that_meet_to_discuss_debts_still_meet(run):
    # the object two or more words after "met to discuss" is the meeting's topic: the creditors
    # and the minister held talks, whatever they discussed
    hits, direction = run(
        "Brazil's finance minister met creditor governments in Paris to discuss debt repayments."
    )
    assert "negotiation" in _categories(hits) and direction == "de-escalation"


@pytest.mark.parametrize(
    "sentence",
    [
        # peace as a state of the world or of a time is no step toward it (CAMEO 03 is an
        # intent to cooperate that a side expresses): a value threatened, a time, a condition
        "Iran's president said smuggling rings threaten world peace.",
        "Soviet bombs were exploded in peace time to frighten Europe, the French minister said.",
        "The riots ended two years of relative peace in the capital.",
        "Portugal has been Britain's ally in war and peace since 1386.",
    ],
)
def test_peace_as_a_state_or_a_time_is_no_event(run, sentence):
    hits, _ = run(sentence)
    assert not [h for h in hits if h.text.lower().startswith("peace")]


def test_peace_made_or_sought_between_sides_still_counts(run):
    # a side's own step toward peace stays one: peace made, talks for it, a wish to reach it
    assert run("Ecuador and Peru made peace after the border war.")[1] == "de-escalation"
    hits, _ = run("Both presidents said they wanted lasting peace on the border.")
    assert "de_escalation" in _categories(hits)


def test_a_state_threatening_to_shell_threatens_force(run):
    # "shell" as a verb after a threat verb is artillery fire threatened (CAMEO 138): a threat,
    # with one named state as the side, as "threatened to strike" is; Royal Dutch Shell and
    # an egg's shell are no verb after "threatened to"
    hits, direction = run("North Korea threatened to shell the loudspeakers on the border.")
    assert direction == "escalation" and _categories(hits) == {"threat"}
    assert run("Exxon sold its stake to Shell last year.")[1] == "neutral"


def test_aid_pulled_or_withdrawn_by_a_state_is_aid_cut(run):
    # pulling or withdrawing funding is cutting it (CAMEO 16 reduce relations, as "cut
    # funding" is), not the funding given; threatened, it is a threat
    hits, direction = run("Washington pulled funding from the UN agency.")
    assert direction == "escalation" and _categories(hits) == {"reduce_relations"}
    hits, direction = run("Trump threatened to pull funding from the WHO.")
    assert direction == "escalation" and _categories(hits) == {"threat"}
    assert run("The donors withdrew their aid to the regime.")[1] == "escalation"


@pytest.mark.parametrize(
    "sentence",
    [
        # a sanction that lapses, or that a body fails or declines to renew, ends: easing
        # (CAMEO 081 ease administrative sanctions), not a sanction imposed; a sanction renewed
        # stays one
        "The Security Council failed to extend the arms embargo on Iran.",
        "The arms embargo on Iran expired on Sunday.",
        "The EU allowed its sanctions on Belarus to lapse.",
        # to rescind or revoke a sanction is to lift it (CAMEO 085 ease economic sanctions), in
        # either voice (lexicon 1.52: it had read as a sanction imposed)
        "Washington decided to rescind its sanctions on two Belarusian banks.",
        "The council revoked the embargo on arms sales to the island.",
        "The travel ban on the ministers was rescinded in March.",
    ],
)
def test_a_sanction_that_lapses_or_is_not_renewed_eases(run, sentence):
    hits, direction = run(sentence)
    assert direction == "de-escalation" and _categories(hits) == {"concession"}


def test_a_sanction_renewed_is_still_a_sanction(run):
    assert run("The Security Council renewed the arms embargo on Iran.")[1] == "escalation"


def test_weapons_of_attack_used_and_weather_as_the_setting_still_report_their_acts(run):
    # the weapon's kind hides "attack", not what the weapon does: the rockets fired are the
    # event; bad weather as the setting of an attack, not its cause, rules out no killing;
    # an armed side beside a campaign's threat keeps it
    hits, direction = run("Attack helicopters fired rockets at the rebel village, killing four.")
    assert direction == "escalation" and "attack" not in {h.text.lower() for h in hits}
    assert {"military_action", "violence"} <= _categories(hits)
    hits, direction = run("Rebels attacked the convoy despite the bad weather, killing six men.")
    assert direction == "escalation" and {"military_action", "violence"} <= _categories(hits)
    hits, direction = run("Rebels posed a threat to the candidate's voters at the polls.")
    assert direction == "escalation" and _categories(hits) == {"threat"}
    # storming a place is no storm: the killing stays the gunmen's
    hits, direction = run("Gunmen stormed the hotel in the capital, killing 20 guests.")
    assert direction == "escalation" and "violence" in _categories(hits)
    hits, direction = run("A storm of protest hit the government after police killed two students.")
    assert direction == "escalation" and "protest" in _categories(hits)
    # asylum granted stays CAMEO 075, and a tanker a side attacked keeps its attack though it
    # sank
    hits, direction = run("Moscow granted political asylum to the former Ukrainian president.")
    assert direction == "de-escalation" and "humanitarian" in _categories(hits)
    hits, direction = run("Iraqi jets attacked the tanker, and the ship sank, Iran said.")
    assert direction == "escalation" and "military_action" in _categories(hits)


def test_fire_returned_is_force_and_captives_handed_over_are_released(run):
    # "returned fire" is shooting back (CAMEO 190), not "returned" as a release; a firm that
    # "returned fire" with a lawsuit shot nobody
    hits, direction = run("The rebels returned fire.")
    assert direction == "escalation" and _categories(hits) == {"military_action"}
    assert run("The company returned fire with a lawsuit.") == ([], "neutral")
    # hostages handed over in the passive are released (CAMEO 084) as in the active voice:
    # the hostage-taking is the object of the handover, not a second event
    hits, direction = run("The hostages were handed over to the Red Cross at the border.")
    assert direction == "de-escalation" and _categories(hits) == {"concession"}
    hits, direction = run("The rebels handed over the hostages to the Red Cross.")
    assert direction == "de-escalation" and _categories(hits) == {"concession"}


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # water cannon turned on people or boats is force used to coerce (CAMEO 175), as tear
        # gas is; a fire brigade's is not
        ("Chinese coast guard ships fired water cannon at a Philippine supply boat.", "coercion"),
        # a state's "anti-terrorist operation" is a military operation (CAMEO 190)
        (
            "Azerbaijan launched what it called anti-terrorist operations in the region.",
            "military_action",
        ),
        # an army put on its highest level of alert (CAMEO 152), a missile tested (a show of
        # force, as a missile test-fired is)
        ("Serbia put its army on the highest level of alert on Friday.", "mobilisation"),
        ("North Korea conducted its first test of a solid-fuel ballistic missile.", "mobilisation"),
        # a protest one government lodges with another is an official complaint (CAMEO 114),
        # not a demonstration in the street
        ("Manila lodged a diplomatic protest with Beijing over the incident.", "disapproval"),
    ],
)
def test_force_alerts_tests_and_official_protests_between_states(run, sentence, category):
    hits, direction = run(sentence)
    assert direction == "escalation" and _categories(hits) == {category}


def test_a_fire_brigades_water_cannon_and_a_firms_tests_are_no_show_of_force(run):
    assert run("The firefighters sprayed the blaze with a water cannon.") == ([], "neutral")
    assert run("The company tested its new software for missile guidance.") == ([], "neutral")


def test_storms_a_firms_losses_and_a_partys_positions_are_no_events(run):
    # lexicon 1.136.0 reads "to storm" the parliament, forces' heavy losses and positions
    # abandoned; not the weather that damages a building, a bank's losses or a stance dropped
    assert run("Storms damaged the embassy roof in Manila.") == ([], "neutral")
    assert run("The bank suffered heavy losses on its loan book.") == ([], "neutral")
    assert run("The party abandoned its positions on tariffs.") == ([], "neutral")
    # nor a firm's operation, a firm's coup, a success, a marketing team's, nor shareholders'
    # mutiny
    assert run("The company launched Operation Clean Sweep to cut costs.") == ([], "neutral")
    # ... nor a drill's live rounds, a spy in a firm or the police inside a gang
    assert run("Troops fired live rounds during the training exercise.") == ([], "neutral")
    assert run("A Russian spy infiltrated the company's board.") == ([], "neutral")
    assert run("Police infiltrated the drug gang for two years.") == ([], "neutral")
    assert run("Apple engineered another design coup on Tuesday.") == ([], "neutral")
    assert run("The marketing team staged a coup at the trade fair.") == ([], "neutral")
    assert run("Shareholders staged a mutiny over the chief executive's pay.") == ([], "neutral")


def test_the_diseases_of_farm_animals_kill_no_side(run):
    # a herd or a flock killed by swine fever or bird flu is an epidemic's toll, as cholera's
    # dead are (accident_context), not a conflict's (lexicon 1.136.0)
    assert run("African swine fever killed 40,000 pigs in Vietnam.") == ([], "neutral")
    assert run("Bird flu killed thousands of chickens in Iowa.") == ([], "neutral")
    # ... while an attack by armed men beside such an outbreak is still one
    hits, direction = run("Rebels killed 12 villagers in an attack amid a bird flu outbreak.")
    assert direction == "escalation" and "military_action" in _categories(hits)


def test_a_campaign_of_bombs_or_for_independence_is_no_election(run):
    # "campaign" is an election's only where no other sense is named: an air or bombing
    # campaign is armed force (CAMEO 195), a campaign for independence a movement, and
    # neither rules out the events beside it as an election's rhetoric would
    hits, direction = run("The air campaign against the Islamic State intensified.")
    assert direction == "escalation" and "military_action" in _categories(hits)
    hits, direction = run(
        "Madrid rejected the request, citing his role in the campaign for independence."
    )
    assert direction == "escalation" and _categories(hits) == {"rejection"}
    # ... and a candidate's campaign is still an election's
    assert run("The senator's campaign attacked his rival's record.") == ([], "neutral")


def test_exercises_alone_show_force_held_jointly_they_are_cooperation(run):
    # military exercises one side holds near another are a show of force (CAMEO 15); tanks
    # that roll into a city too
    hits, direction = run("China conducted military exercises around Taiwan on Monday.")
    assert direction == "escalation" and _categories(hits) == {"mobilisation"}
    hits, direction = run("Tanks rolled into the city centre on Sunday morning.")
    assert direction == "escalation" and _categories(hits) == {"mobilisation"}
    # ... while exercises two armies hold together are military cooperation between them
    hits, direction = run("The armies of the two countries held joint military exercises.")
    assert direction == "de-escalation" and _categories(hits) == {"cooperation"}
    # ... and a school's fire drill is neither
    assert run("The students took part in a fire drill exercise.") == ([], "neutral")


@pytest.mark.parametrize(
    "sentence",
    [
        # words that look like events in general news (lexicon 1.38.0, after the first reading
        # of the fifth RTE sample): a sports prize captured, a suicide, oil released from
        # reserves, an army training its own recruits, a contest for loyalty, a hunger striker
        # refusing food, slogans "attacking" a person, a cause "contributing to" an outcome
        "The Swiss team won all three matches to capture the cup in Geneva.",
        "Three conscripts have killed themselves since the war ended, the army said.",
        "Members of the International Energy Agency will release oil to help the United States.",
        "The Iraqi army has trained 5,000 new recruits this year.",
        "The Church joined a battle for the hearts and minds of villagers in the rebel-held area.",
        "The prisoner was the first to refuse food in the hunger strike.",
        "Protesters in Baghdad chanted slogans attacking the UN envoy.",
        "The quarrel between France and Britain contributed to the formation of NATO.",
    ],
)
def test_everyday_senses_of_conflict_verbs_are_no_events(run, sentence):
    hits, _ = run(sentence)
    assert not {
        "military_action", "casualties", "concession", "cooperation", "rejection"
    } & _categories(hits)  # fmt: skip


def test_what_a_side_contributes_or_trains_for_another_is_still_cooperation(run):
    # ... while troops or money contributed, and soldiers trained for another side, cooperate
    hits, direction = run("British instructors will train Ukrainian soldiers in Poland.")
    assert direction == "de-escalation" and "cooperation" in _categories(hits)
    hits, _ = run("Japan contributed $50 million to the UN fund for Iraq's reconstruction.")
    assert "cooperation" in _categories(hits)


def test_undermining_a_peace_process_escalates(run):
    # torpedoing, sabotaging or derailing talks stops them (CAMEO 16 reduce relations, as
    # "undermined the peace talks" already did): the peace process is what is attacked
    for sentence in (
        "Militant groups are determined to torpedo the peace process.",
        "Hardliners tried to sabotage the peace talks with Israel.",
    ):
        hits, direction = run(sentence)
        assert direction == "escalation" and "negotiation" not in _categories(hits), sentence


def test_troops_pulled_out_with_the_particle_after_them_withdraw(run):
    # a phrasal verb split by its object: "pulling its troops out" is "pulling out its troops"
    hits, direction = run("Spain began pulling its soldiers out of Iraq on Monday.")
    assert direction == "de-escalation" and _categories(hits) == {"withdrawal"}


def test_strained_relations_escalate_unless_they_are_being_mended(run):
    hits, direction = run("The dispute has strained diplomatic relations between Seoul and Tokyo.")
    assert direction == "escalation" and _categories(hits) == {"reduce_relations"}
    # mending them is talks' business: no reduction of relations
    hits, _ = run("The envoy will visit Nairobi for talks on improving strained relations.")
    assert "reduce_relations" not in _categories(hits)


def test_a_leader_threatening_his_own_ministers_or_surrendering_powers_at_home(run):
    # a prime minister threatening to dismiss his cabinet threatens no side, and a leader
    # pressed to surrender powers to his government surrenders to no enemy; "threatened to
    # fire missiles" stays a threat
    hits, _ = run("The prime minister threatened to fire rebellious cabinet ministers.")
    assert "threat" not in _categories(hits)
    hits, _ = run("Donors pressed the president to surrender some powers to the premier.")
    assert "withdrawal" not in _categories(hits)
    assert run("North Korea threatened to fire missiles at the South.")[1] == "escalation"


def test_the_extraditables_are_a_name_not_an_extradition(run):
    # (a bombing the group claims is responsibility claimed, a statement: the group bombs here)
    hits, direction = run(
        "The Extraditables bombed the police headquarters in Medellin, Colombia's army said."
    )
    assert "cooperation" not in _categories(hits) and direction == "escalation"
    assert run("Colombia extradited the drug lord to the United States.")[1] == "de-escalation"


def test_a_murder_with_no_side_or_conflict_named_is_ordinary_crime(run):
    # a murder needs the evidence other killing needs (an actor, a conflict, armed force): a
    # neighbour's murder of a neighbour is crime news; militiamen murdering villagers (test
    # above) and a diplomat murdered by gunmen are violence
    assert run("The man murdered his neighbour after a quarrel over a fence.")[1] == "neutral"
    hits, direction = run("Gunmen murdered the French ambassador in Beirut on Tuesday.")
    assert direction == "escalation" and "violence" in _categories(hits)


def test_diplomacy_named_as_a_field_is_no_event_used_between_sides_it_is(run):
    # the bare noun names a field or a country's conduct of its affairs ("Western diplomacy",
    # "a book on Soviet diplomacy"), not an act of diplomatic cooperation; diplomacy used or
    # carried between sides is one (CAMEO 03, intent to cooperate)
    hits, direction = run("The book is a history of Soviet diplomacy during the Cold War.")
    assert "diplomacy" not in _categories(hits) and direction == "neutral"
    hits, direction = run("Japan is ready to use diplomacy to end the war between Iran and Iraq.")
    assert direction == "de-escalation" and "diplomacy" in _categories(hits)


def test_a_party_taking_control_of_a_state_is_no_armed_seizure(run):
    # a party that "took control" of a country took power (politics), not a town by force;
    # rebels who took control of a town did
    hits, _ = run("In 1948 the Communist party took control in Hungary after the war.")
    assert "military_action" not in _categories(hits)
    hits, direction = run("Rebels took control of the town after heavy fighting.")
    assert direction == "escalation" and "military_action" in _categories(hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # an attack only expected, anticipated or possible has not happened (rule feared, as
        # "the risk of attack"): no event (the "warning" of one stays a warning)
        "Diplomats in Damascus anticipated retaliation from Israel.",
        "The embassy has been warning for months of possible terrorist attacks on hotels.",
        "Officials said the expected offensive on the port had not begun.",
        # "impending" and "imminent" say the same: it is still to come
        "Villagers fled ahead of an impending attack on the valley, the rebels said.",
        "Taiwan braced for an imminent invasion by Chinese troops.",
    ],
)
def test_an_attack_only_anticipated_or_possible_is_no_event(run, sentence):
    hits, _ = run(sentence)
    assert not {"military_action", "retaliation", "violence"} & _categories(hits)


def test_an_attack_that_happened_as_expected_or_is_expected_to_happen_still_counts(run):
    # "as expected" before the verb says it happened; "is expected to" plans the act as
    # "will" does (a planned act is read as the modals read "will", not as a risk)
    hits, direction = run("Israel, as expected, attacked Hezbollah positions in southern Lebanon.")
    assert direction == "escalation" and "military_action" in _categories(hits)
    hits, direction = run("The army is expected to attack the rebel town on Friday.")
    assert direction == "escalation" and "military_action" in _categories(hits)


def test_a_side_blasted_for_its_policy_is_criticised_not_bombed(run):
    # "blasted X for/over Y" is criticism (CAMEO 111), the direction right but the kind not
    # violence; a bomb that blasted a building stays violence
    hits, direction = run("Mandela blasted the United States for its policy on Iraq.")
    assert direction == "escalation" and _categories(hits) == {"disapproval"}
    hits, _ = run("A car bomb blasted the police station in Kabul, killing six officers.")
    assert "violence" in _categories(hits)


def test_an_outlawed_group_named_is_no_ban_and_a_body_in_charge_no_event(run):
    # "the outlawed IRA" describes a group, it does not outlaw it; "a commission in charge of
    # disarming Iraq" names a body's task; the government that outlawed a party coerced it
    hits, _ = run("Police blamed the outlawed rebel group for the mine blasts in the city.")
    assert "coercion" not in _categories(hits)
    hits, _ = run("An official of the commission in charge of disarming Iraq spoke to reporters.")
    assert "withdrawal" not in _categories(hits)
    hits, direction = run("The military government outlawed the opposition party on Monday.")
    assert direction == "escalation" and "coercion" in _categories(hits)


def test_troops_sent_home_in_body_bags_are_dead_not_withdrawn(run):
    # the idiom names soldiers killed: a boast that they "would be sent home in body bags" is
    # escalation (at half weight under "would"), not a withdrawal; troops brought home are one
    hits, direction = run(
        "The militia leader boasted that American troops would be sent home in body bags."
    )
    assert direction == "escalation" and "withdrawal" not in _categories(hits)
    hits, direction = run("Britain will bring home 500 troops from Basra next month.")
    assert direction == "de-escalation" and "withdrawal" in _categories(hits)


def test_an_impasse_of_so_many_months_ended_is_de_escalation(run):
    # a duration between the stop verb and what it stops ("ended a two-year impasse", "ended
    # an 18-month standoff") is read past, as "ended four years of fighting" is
    for sentence in (
        "India and Pakistan ended an 18-month impasse on Monday.",
        "Israel and Syria ended a decade-long impasse with a phone call.",
    ):
        hits, direction = run(sentence)
        assert direction == "de-escalation" and "rejection" not in _categories(hits), sentence


def test_attacks_that_cease_are_de_escalation(run):
    # the attack as the subject of "cease", as of "subside": the sentence reports its end
    hits, direction = run("Officials said the air strikes on the city may cease by Friday.")
    assert direction == "de-escalation" and "military_action" not in _categories(hits)
    # ... unless negated: shelling that "did not cease" goes on
    assert run("The shelling of the town by the army did not cease on Friday.")[1] == ("escalation")


def test_an_agreement_absent_or_lacking_is_none_made(run):
    # "in the absence of an agreement" and "the lack of a ceasefire" say it was not made
    for sentence in (
        "In the absence of an agreement, the envoy will return to Washington.",
        "The lack of a ceasefire worried aid agencies in the region.",
    ):
        hits, _ = run(sentence)
        assert not {"agreement", "ceasefire", "rejection"} & _categories(hits), sentence


def test_talks_put_in_jeopardy_are_set_back(run):
    # talks endangered are escalation (CAMEO 16, reduce relations), not talks held
    for sentence in (
        "Pyongyang said Washington had put the nuclear talks in jeopardy.",
        "The raid jeopardized the peace talks between the two governments.",
    ):
        hits, direction = run(sentence)
        assert direction == "escalation" and "negotiation" not in _categories(hits), sentence


def test_kidnappers_who_release_a_captive_release_him(run):
    # the subject of an active release is who held the captive: "kidnappers have released a
    # driver" reports the release, as "a driver kidnapped last week has been released" does
    hits, direction = run("Kidnappers in Iraq have released a Jordanian truck driver.")
    assert direction == "de-escalation" and "concession" in _categories(hits)
    # ... and kidnappers who kill their captive still kill
    assert run("Kidnappers in Iraq killed a Jordanian truck driver.")[1] == "escalation"


def test_the_end_of_a_visit_of_so_many_days_says_when(run):
    # "at the end of a four-day visit" dates the departure: the visit is not stopped
    hits, direction = run(
        "The British minister left Tokyo at the end of a four-day visit to Japan."
    )
    assert "reduce_relations" not in _categories(hits) and direction == "de-escalation"


def test_a_deadline_met_with_its_date_is_no_meeting(run):
    # "meet its mid-August deadline" is a deadline kept; "met the rebels before the deadline"
    # is a meeting
    hits, _ = run(
        "Under U.S. pressure, Iraq's committee looked set to meet its mid-August deadline."
    )
    assert "negotiation" not in _categories(hits)
    hits, _ = run("The envoy met the rebel leaders in Sudan before the deadline.")
    assert "negotiation" in _categories(hits)


def test_what_a_side_is_criticised_for_is_the_topic_not_an_event_beside_it(run):
    # the criticism is the event: an accord a leader is denounced for signing is not signed
    # in this sentence ("apologised for" reads the same way)
    hits, direction = run(
        "Iran's supreme leader denounced the Palestinian president on Friday for signing the "
        "accord with Israel."
    )
    assert direction == "escalation" and "disapproval" in _categories(hits)
    # ... and an accord signed beside the criticism, not its topic, still counts
    assert run("Israel and Jordan signed a peace accord in Washington.")[1] == "de-escalation"
    # ... and so is what a side is rebuked for "what he called" something: the talks said to be
    # stalled are what the rebuke is about, no talks held
    hits, direction = run(
        "The State Department upbraided Beijing for what it called an attempt to stall the "
        "climate talks."
    )
    assert direction == "escalation"
    assert [h.weight for h in hits if h.category == "negotiation"] == [0.0]
    # "insisted on" a day is insisting that something is so, no demand on another side
    hits, direction = run(
        "Seoul insisted on Monday that Tokyo's ships had never entered the strait."
    )
    assert direction == "neutral" and "demand" not in _categories(hits)


def test_property_seized_is_confiscated_not_taken_by_force(run):
    # cash, drugs or documents seized are confiscated (CAMEO 171, coercion), no place taken by
    # force; in a criminal case they are crime news; a town seized by rebels is taken by force
    hits, direction = run(
        "Israeli security forces seized large amounts of cash from two banks in Gaza."
    )
    assert direction == "escalation" and _categories(hits) == {"coercion"}
    hits, _ = run("Trade secrets were seized from the defendants at the airport.")
    assert "military_action" not in _categories(hits)
    hits, direction = run("Rebels seized the town after heavy fighting with the army.")
    assert direction == "escalation" and "military_action" in _categories(hits)


def test_a_demand_beside_a_criticism_is_no_topic_of_it(run):
    # "criticizing X ... and calling for sanctions": the call is an event of its own (a
    # demand), not what X is criticised for
    hits, _ = run(
        "The European Parliament approved a resolution criticizing the Nicaraguan government "
        "on human rights and calling for sanctions."
    )
    assert any(m.category == "demand" and m.weight > 0 for m in hits)


def test_a_visit_to_a_place_at_home_or_at_the_front_is_no_consultation(run):
    # CAMEO 042 is a visit to another side; a leader touring a city, a complex or the
    # front of his own war visits no government ("visit" alone is 042 where it crosses sides)
    for sentence in (
        "Syria's president visited the southern city of Daraa a day after the army shelled it.",
        "Iranian reporters visited newly captured areas on the southern front of the war.",
        "The defence minister visited a military complex near Baghdad after the air raids.",
    ):
        assert "negotiation" not in _categories(run(sentence)[0]), sentence
    hits, direction = run("Iraq's foreign minister visited Tehran to discuss the war with Iran.")
    assert direction == "de-escalation" and "negotiation" in _categories(hits)


def test_disarmament_named_as_a_goal_or_a_field_is_no_withdrawal(run):
    # "disarmament experts", "the first step to nuclear disarmament": a field and a hope, no
    # side giving up its arms; a side's own disarmament, and disarming, are (CAMEO 0873)
    for sentence in (
        "Disarmament experts in Geneva said the Soviet proposal was a real opening.",
        "Moscow called the test ban the first step to nuclear disarmament by both superpowers.",
    ):
        assert "withdrawal" not in _categories(run(sentence)[0]), sentence
    for sentence in (
        "The rebels agreed to disarm under the peace deal.",
        "The disarmament of the militias began on Monday under the peace deal.",
        "The rebel army linked its disarmament to a withdrawal of government troops.",
    ):
        assert "withdrawal" in _categories(run(sentence)[0]), sentence


def test_military_action_stopped_is_de_escalation(run):
    # halting "military action" is halting an offensive (CAMEO 0871-0874 read as the halt)
    hits, direction = run(
        "The rebel army said it had stopped all military action against government troops."
    )
    assert direction == "de-escalation" and "de_escalation" in _categories(hits)


def test_an_event_dated_by_its_year_is_the_setting_not_the_news(run):
    # "the 2008 attacks", "its 1990 invasion": a year between the determiner and the noun
    # names a past event as a reference; the sentence's news is the welcome of a handover
    hits, direction = run(
        "India welcomed Pakistan's decision to hand over a militant wanted for the 2008 "
        "Mumbai attacks."
    )
    attack = next(h for h in hits if h.category == "military_action")
    assert "background" in attack.rule and direction == "de-escalation"
    # ... and alone it is still what the sentence is about, at half weight
    hits, direction = run("Iraq's 1990 invasion of Kuwait led to a war with a U.S.-led coalition.")
    assert direction == "escalation"
    # a year that dates the sentence, not the noun, leaves the event the news
    hits, _ = run("In 2008, militants attacked hotels in Mumbai and killed 166 people.")
    assert all(not (h.rule or "").endswith("background") for h in hits)


def test_an_agent_noun_beside_an_act_names_its_side(run):
    # "gunmen", "bombers" and "kidnappers" name who acts (CAMEO codes them as actors); where the
    # sentence tells the act ("stormed", "killed", "freed"), the noun is no second event
    for sentence, act in (
        ("Masked gunmen stormed a checkpoint north of the capital.", "stormed"),
        ("Two suicide bombers killed 14 soldiers at a checkpoint.", "killed"),
        ("The two hostages were freed by their kidnappers on Sunday.", "hostages were freed"),
    ):
        hits, _ = run(sentence)
        texts = {m.text for m in hits}
        assert act in texts and not {"gunmen", "suicide bombers", "kidnappers"} & texts, sentence
    # the captives freed: the release is the news, not the kidnapping its captors stand for
    assert run("The two hostages were freed by their kidnappers on Sunday.")[1] == "de-escalation"
    # alone, the noun stands for the act it names: there were bombings to hunt them for
    hits, direction = run("Police are still hunting the bombers.")
    assert {m.text for m in hits} == {"bombers"} and direction == "escalation"


def test_a_refusal_threat_or_demand_takes_what_it_refuses_as_an_infinitive(run):
    # "to cease" after a refusal is what is refused, not the refusal dying down: a refusal to
    # stop enrichment is a rejection (escalation), never de-escalation
    hits, direction = run("Tehran's refusal to cease uranium enrichment angered Washington.")
    assert [m.category for m in hits] == ["rejection"] and direction == "escalation"
    # a threat to stop military aid is a threat, and no threat lifted; the aid it would stop
    # is cut (CAMEO 162), so the sentence is escalation, not the aid's cooperation
    hits, direction = run("Washington's threat to cease military aid alarmed Kyiv.")
    threat = next(m for m in hits if m.category == "threat")
    assert threat.rule is None or "cessation" not in threat.rule
    assert "de_escalation" not in {m.category for m in hits} and direction == "escalation"
    # a conflict that dies down still eases: its verb is its own predicate, not an infinitive
    _, direction = run("The clashes between the two armies have subsided.")
    assert direction == "de-escalation"


def test_an_act_that_names_a_court_case_is_no_event(run):
    # "the genocide trial", "a war crimes tribunal": the act names the case a court hears, not
    # a genocide or a war crime of the news
    for sentence in (
        "The massacre trial opened in Arusha on Monday.",
        "The war crimes tribunal in The Hague adjourned until May.",
    ):
        assert run(sentence) == ([], "neutral"), sentence
    # the killing beside the case's name is still news
    hits, direction = run(
        "The brother of the chief judge in the genocide trial of Saddam Hussein was shot dead."
    )
    assert "genocide" not in {m.text for m in hits} and direction == "escalation"
    # ... and the act itself, without the court's word, is the event
    hits, _ = run("The massacre of villagers by the militia shocked the region.")
    assert "massacre" in {m.text for m in hits}


@pytest.mark.parametrize(
    "sentence",
    [
        # the noun "investment" is a flow of capital that firms and markets make, not an act of
        # economic cooperation between states (CAMEO 061): no cooperation beside the criticism
        # or the demand
        "Criticism of Japanese investment in Britain has grown as Tokyo and London prepare.",
        "Washington wants Seoul to remove barriers to foreign investment.",
    ],
)
def test_investment_as_a_flow_of_capital_is_no_cooperation(run, sentence):
    hits, _ = run(sentence)
    assert "cooperation" not in _categories(hits)


def test_a_state_that_invests_in_another_cooperates(run):
    # the verb with a state as its subject stays economic cooperation (CAMEO 061)
    hits, direction = run("The French government will invest two billion francs in Senegal.")
    assert direction == "de-escalation" and "cooperation" in _categories(hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # cooperation that fails or is halted, named by a noun before it or a verb far after
        # it, is no cooperation: it is the talks, the truce or the aid ending (reduce relations,
        # CAMEO 16; a ceasefire broken, 19-20)
        "Washington condemned the collapse of the peace talks with Hanoi.",
        "The peace talks between Israel and Syria collapsed on Monday.",
        "The U.S. announced the suspension of all high-level talks with China.",
        "The U.S. condemned the truce suspension by the Sandinista government.",
        "Fighting resumed after the breakdown of the ceasefire between Israel and Hamas.",
        "The U.S. Congress approved an aid freeze for the government of El Salvador.",
        # talks overshadowed are set back, as talks "put in jeopardy" are (reduce relations,
        # CAMEO 16): the row is the news, not the talks (lexicon 1.63, from the Reuters "the
        # three days of talks are overshadowed by an espionage row")
        "The two days of negotiations were overshadowed by a row over a spy ring.",
        "A border shooting overshadowed the summit of the two prime ministers in Delhi.",
    ],
)
def test_cooperation_that_collapses_or_is_suspended_reads_as_its_end(run, sentence):
    hits, direction = run(sentence)
    assert direction == "escalation"
    assert not {"negotiation", "ceasefire", "humanitarian"} & _categories(hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # talks that end in deadlock, or stay deadlocked, failed to agree (reduce relations,
        # CAMEO 16, as "the talks collapsed" does), however long the name of the talks between
        # the noun and the verb: no negotiation going on, no rejection beside it
        "A third round of talks between the Greek and Turkish Cypriot leaders on the future of "
        "the island ended in deadlock on Sunday.",
        "The negotiations between the two governments ended in stalemate on Friday.",
        "Talks on the border dispute remained deadlocked after a third day.",
        "The talks with the rebels reached an impasse, a spokesman said.",
    ],
)
def test_talks_that_end_in_deadlock_failed(run, sentence):
    hits, direction = run(sentence)
    assert direction == "escalation"
    assert _categories(hits) == {"reduce_relations"}


def test_a_deal_cut_is_a_deal_made(run):
    # "cut a deal" makes one (CAMEO 057), no cut in relations (the Wall Street Journal's "the
    # Soviets cut a deal with Iran" had read as a deal ended); aid cut stays a cut
    # (test_events_of_their_kind)
    hits, direction = run("The government cut a deal with the rebels to end the siege of the city.")
    assert direction == "de-escalation" and "reduce_relations" not in _categories(hits)


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # a side's force aimed at a place or a person, armed force beside it
        (
            "Two drones targeted an air base hosting foreign troops in eastern Syria.",
            "military_action",
        ),
        ("The army said it had targeted a militant commander near the border.", "military_action"),
        # homes set on fire or burned by a side destroy property (1712)
        (
            "Armed gangs stormed a village outside the capital, setting dozens of homes on fire.",
            "coercion",
        ),
        ("Militiamen burned homes in the village, residents said.", "coercion"),
        # a convoy stopped on its way, whatever it carries, as the subject of a passive
        (
            "A convoy carrying medical supplies was blocked at a checkpoint near the besieged "
            "city, the UN said.",
            "reduce_relations",
        ),
        # talks stalled, the verb far after their long name
        (
            "Peace talks between the government and the rebels in Geneva have stalled.",
            "reduce_relations",
        ),
        # diplomats told to leave, or given days to (166)
        (
            "The government ordered the ambassadors of three neighbouring countries to leave the "
            "country.",
            "reduce_relations",
        ),
        ("Mali gave the French envoy 72 hours to leave.", "reduce_relations"),
    ],
)
def test_force_aimed_property_burned_convoys_stopped_talks_stalled_envoys_told_to_go(
    run, sentence, category
):
    hits, direction = run(sentence)
    assert direction == "escalation"
    assert category in _categories(hits)
    # the aid a stopped convoy carries, and the troops a base hosts, are no cooperation
    assert not _categories(hits) & {"humanitarian", "negotiation"}


@pytest.mark.parametrize(
    "sentence",
    [
        # sanctions and adverts that target someone use no force
        "Sanctions targeting the country's military suppliers took effect on Monday.",
        "The firm's adverts targeted young voters ahead of the election.",
        # a country hosting troops holds no talks
        "The country hosts about 2,000 U.S. troops.",
        # a campaign's offensive and firms' wars and battles are no combat
        "The candidate launched a campaign offensive against the mayor.",
        "Tech firms are locked in a talent war for engineers.",
        "A bidding war for the studio broke out between two streaming companies.",
        # a fire with no side that sets it is an accident
        "A stove set the kitchen on fire, firefighters said.",
        # two senses that need armed force do not lend it to each other
        "The two chains are fighting a price war, and the battle for shoppers has turned into a "
        "raid on each other's suppliers.",
    ],
)
def test_targets_hosts_and_wars_of_other_senses_are_no_force(run, sentence):
    hits, _ = run(sentence)
    assert not _categories(hits) & {"military_action", "coercion", "negotiation"}


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        # the dead and wounded of a side's fire, the fire no blaze
        ("Three of its soldiers were wounded by enemy fire near the border.", "military_action"),
        # days given for a demand are an ultimatum (139), which outweighs what it demands
        ("The rebel leader gave the government three days to meet its demands.", "threat"),
        # drones that hit a place, a side named
        ("Russian drones hit a power station near Odesa overnight.", "military_action"),
        # a truce that collapsed, however long its name, and a response promised (130)
        (
            "The truce between the army and the two rebel groups collapsed on Sunday.",
            "ceasefire_breach",
        ),
        (
            "The ministry called the expulsions a hostile act and promised a firm response.",
            "threat",
        ),
        # a round of talks suspended, named a few words on
        (
            "Colombia suspended the next round of peace talks with the guerrillas.",
            "reduce_relations",
        ),
    ],
)
def test_fire_that_wounds_ultimatums_in_days_and_rounds_of_talks_suspended(run, sentence, category):
    hits, direction = run(sentence)
    assert direction == "escalation"
    assert category in _categories(hits)


@pytest.mark.parametrize(
    "sentence",
    [
        # a warning of a consequence nobody says they will cause is no threat (012)
        "Shipping firms warned that a long stoppage at the ports could disrupt deliveries to "
        "the front.",
        "The agency warned that its camps near the border were already overcrowded after the "
        "fighting.",
        # relief from a tariff, and relief felt, is no aid
        "Importers in Canada and Mexico said the tariff relief would cut their costs.",
        # a film that bombed, a battle tank bought, a verbal attack on a policy at home
        "The war film bombed at the box office.",
        "The army ordered 50 new main battle tanks from a domestic maker.",
        "The opposition leader launched a fresh attack on the government's fuel tax policy.",
        # a game's siege and clash; a truce between firms; a ransomware gang's attackers
        "The home side laid siege to the visitors' goal until the referee showed a red card.",
        "The two carmakers agreed a truce in their long patent war.",
        "The attackers encrypted the hospital's files with ransomware and demanded payment.",
        # coalition talks that fail in a parliament are party politics
        "Coalition talks in Verhaven broke down on Friday.",
        # ... and talks at a conciliation service are industrial relations
        "Talks at the conciliation service broke down on Friday after eleven hours.",
        # how a march ended is its manner, and a siren warns of a raid that may not come
        "Riot police watched from side streets, and the march ended peacefully at dusk.",
        "Air raid sirens sounded across the capital for the third night in a row.",
        "The studio's war epic bombed on its opening weekend.",
        # talks or a meeting that did not take place were not held
        "A planned meeting between the defence ministers of the two countries did not take place.",
    ],
)
def test_warnings_of_consequences_relief_and_other_senses_are_no_events(run, sentence):
    hits, direction = run(sentence)
    assert direction == "neutral", [(h.text, h.category) for h in hits]


def _reads_as(run, sentence: str, direction: str, category: str | None = None) -> None:
    """The sentence gets ``direction`` and, if given, a hit of ``category`` (the hits are shown
    when it does not)."""
    hits, found = run(sentence)
    assert found == direction, [(h.text, h.category) for h in hits]
    if category is not None:
        assert category in _categories(hits), [(h.text, h.category) for h in hits]


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # material cooperation (CAMEO 07) by the verbs wire copy uses for it: doses shipped,
        # money transferred or deposited, air-defence systems (hyphenated) delivered
        (
            "Japan shipped two million vaccine doses to Indonesia last month.",
            "de-escalation",
            "cooperation",
        ),
        (
            "Norway transferred $20 million to the Palestinian Authority to pay teachers.",
            "de-escalation",
            "cooperation",
        ),
        (
            "The United Arab Emirates deposited $2 billion in Egypt's central bank.",
            "de-escalation",
            "cooperation",
        ),
        ("Canada delivered three air-defence systems to Ukraine.", "de-escalation", "cooperation"),
        # a side's assets unfrozen ease a sanction (085), roadblocks taken down ease a blockade
        # (081), fishermen sent home are released (084)
        (
            "Washington unfroze $3 billion of Iranian funds held in South Korean banks.",
            "de-escalation",
            "concession",
        ),
        (
            "The rebels dismantled roadblocks on the highway to the capital.",
            "de-escalation",
            "concession",
        ),
        (
            "Ghana repatriated twelve Togolese fishermen, the foreign ministry said.",
            "de-escalation",
            "concession",
        ),
        # ties made better between two sides (05)
        (
            "Turkey and Armenia have mended relations, the two foreign ministries said.",
            "de-escalation",
            "diplomacy",
        ),
        # a target pounded where armed force is named (190), and a detention by a state's
        # security or intelligence agents (173), who are the state
        (
            "Troops pounded the town for a third day.",
            "escalation",
            "military_action",
        ),
        (
            "Two reporters were arrested by intelligence agents outside the courthouse.",
            "escalation",
            "coercion",
        ),
    ],
)
def test_aid_by_its_verbs_eased_sanctions_mended_ties_and_pounding(
    run, sentence, direction, category
):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    "sentence",
    [
        # a battle against a problem or a disease is a promise or a life, not combat
        "The mayor vowed to battle homelessness in his second term.",
        "She has been battling leukaemia since the spring.",
        # a film's battle scenes and a war film are staged
        "Critics praised the war film's battle scenes.",
        # a counter-attack in a game is play
        "The striker finished a swift counter-attack to put her side ahead.",
        # a release that did not take place was not made
        "The scheduled release of the prisoners did not take place on Friday.",
    ],
)
def test_battles_against_problems_film_battles_and_releases_not_made_are_no_events(run, sentence):
    _reads_as(run, sentence, "neutral")


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # a bloc's statement blocked is vetoed (129); an offer of talks rebuffed is refused
        (
            "Hungary blocked the adoption of the bloc's joint statement on Russia.",
            "escalation",
            "rejection",
        ),
        (
            "Ecuador's president rebuffed Peru's offer of talks on the border.",
            "escalation",
            "rejection",
        ),
        # an inquiry into another side's acts (09), a state blamed for a smuggling operation
        # (112: two sides named, so no crime story), an embassy burned (1712)
        (
            "Kenya opened an inquiry into the treatment of its citizens by Ugandan police.",
            "escalation",
            "investigation",
        ),
        (
            "Poland's prime minister blamed Minsk for running a smuggling operation on the border.",
            "escalation",
            "disapproval",
        ),
        ("Protesters burned the French embassy in Niamey on Sunday.", "escalation", "coercion"),
        # debt cancelled and a swap line extended between states (071), patrol vessels
        # delivered (072), visas resumed (081), a withdrawal completed (0873)
        ("Japan cancelled $1 billion of debt owed by Myanmar.", "de-escalation", "cooperation"),
        (
            "China extended a currency swap line to Pakistan's central bank.",
            "de-escalation",
            "cooperation",
        ),
        (
            "India delivered two patrol vessels to the Maldives coast guard.",
            "de-escalation",
            "cooperation",
        ),
        ("Turkey resumed issuing visas to Egyptian citizens.", "de-escalation", "concession"),
        (
            "The last Italian troops left the base, completing a withdrawal agreed with Baghdad.",
            "de-escalation",
            "withdrawal",
        ),
        # talks on a hostage deal are talks, no hostage-taking; an offensive stood down and guns
        # fallen silent de-escalate (087); willingness to consult is intent to meet (036)
        ("Talks on a hostage deal resumed in Cairo on Monday.", "de-escalation", "negotiation"),
        (
            "The army stood down its offensive operations in the south.",
            "de-escalation",
            "de_escalation",
        ),
        (
            "The guns along the border fell silent on Sunday morning.",
            "de-escalation",
            "de_escalation",
        ),
        (
            "Vietnam expressed its willingness to hold consultations with China on the sea "
            "dispute.",
            "de-escalation",
            "negotiation",
        ),
    ],
)
def test_vetoes_rebuffs_inquiries_debt_relief_and_guns_fallen_silent(
    run, sentence, direction, category
):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    "sentence",
    [
        # firms' quarrels, a game's comeback, a chess attack, wildfires and wild animals, a
        # product's faults and a hero's trade: the country named is no side in a conflict
        "India's two largest telecoms operators clashed at the regulator's hearing over spectrum "
        "prices.",
        "Britain's biggest engineering group said its chairman resigned after a boardroom battle.",
        "South Africa's rugby team stormed back to beat New Zealand.",
        "Russia's grandmaster launched a ferocious assault on her opponent's king.",
        "Wildfires besieged the outskirts of Athens for four days.",
        "Australian rangers captured the crocodile near the river after it attacked cattle.",
        "The British automaker is recalling 400,000 cars after three deaths linked to faulty "
        "airbags.",
        "The retailer's founder launched a counter-attack against a short seller.",
        # support for one's health is no support between sides
        "Veterans of the war said they had struggled to find mental health support after leaving "
        "the army.",
    ],
)
def test_firms_quarrels_games_wildfires_and_animals_are_no_events(run, sentence):
    _reads_as(run, sentence, "neutral")


def test_an_inquirys_object_a_truce_that_held_and_a_rebellion_in_a_vote(run):
    # what an inquiry is into is its topic, no event beside the cooperation the sentence
    # reports (Peru cooperating and offering evidence: CAMEO 06 and 03)
    hits, direction = run(
        "Peru said it would cooperate with Bolivia's inquiry into the border shootings and "
        "offered to share evidence."
    )
    assert direction == "de-escalation"
    assert "background" in next(h for h in hits if h.text == "shootings").rule
    # a truce that has held is observed (0871), at the weight of one, however long its name
    hits, direction = run(
        "The ceasefire between the army and the rebels has largely held since March."
    )
    assert direction == "de-escalation"
    assert max(h.weight for h in hits if h.category == "ceasefire") == pytest.approx(9.0)
    # a backbencher's rebellion against a bill is a party's vote, no armed uprising threatened,
    # and a firm's withdrawal from a business no withdrawal of forces
    for sentence in (
        "A Labour backbencher threatened to lead a rebellion against the government's welfare "
        "bill.",
        "The company said the sale would complete its withdrawal from the shipping business.",
    ):
        hits, direction = run(sentence)
        assert direction == "neutral", (sentence, [(h.text, h.category) for h in hits])


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # a government's consultations with its opposition are talks between sides (04)
        (
            "Zambia's president invited opposition leaders to the capital for consultations on the "
            "disputed count.",
            "de-escalation",
            "negotiation",
        ),
        # a city sealed off by forces is blockaded (191)
        (
            "Army units have sealed off the city, preventing medicine from entering.",
            "escalation",
            "sanctions",
        ),
        # ... and a border sealed is closed, the entry of borders closed (16, reduce relations)
        (
            "Ghana's army sealed off the border with Togo.",
            "escalation",
            "reduce_relations",
        ),
        # sites unblocked and a captive who walks free (081, 084); soldiers back in barracks (0873)
        (
            "Messaging apps were unblocked on Tuesday after a week-long outage ordered by the "
            "government.",
            "de-escalation",
            "concession",
        ),
        ("Jailed opposition leader walks free after three years.", "de-escalation", "concession"),
        (
            "Soldiers returned to barracks a day after the disputed election.",
            "de-escalation",
            "withdrawal",
        ),
        # force promised in answer, a side that "will not stand idly by" (138), and a state's
        # websites knocked offline by another side's hackers
        (
            "Pyongyang vowed to answer the joint drills with overwhelming force.",
            "escalation",
            "threat",
        ),
        (
            "Israeli officials said they would not stand idly by while Iran enriched uranium.",
            "escalation",
            "threat",
        ),
        (
            "Hackers linked to Iran's Revolutionary Guards knocked Albania's government websites "
            "offline.",
            "escalation",
            "military_action",
        ),
    ],
)
def test_opposition_talks_sieges_threats_of_force_and_hacks(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


def test_refugees_hosted_film_scenes_and_what_a_suspect_is_held_for(run):
    # a country hosting refugees holds no talks; a film's bombing scenes are staged
    for sentence in (
        "Jordan hosts more than 600,000 refugees from Syria.",
        "The bombing scenes of the new war drama took three weeks to film.",
    ):
        hits, direction = run(sentence)
        assert direction == "neutral", (sentence, [(h.text, h.category) for h in hits])
    # the bombing a suspect is one in is a reference, weighing nothing: the extradition (063,
    # cooperation) is the news
    hits, direction = run("Kenya extradited to Uganda a suspect in the bus bombing.")
    bombing = next(h for h in hits if h.text == "bombing")
    assert direction == "de-escalation" and bombing.weight == 0.0


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # fire traded in the present tense of a headline (190), a diplomat summoned in the
        # passive (CAMEO 16's recall and summons, the diplomat first), activists executed by a
        # state (175) and fighter jets transferred to a side (072)
        (
            "Pakistani and Afghan forces trade fire at a border crossing.",
            "escalation",
            "military_action",
        ),
        (
            "Belarus's charge d'affaires was summoned to the Polish foreign ministry.",
            "escalation",
            "reduce_relations",
        ),
        (
            "The junta executed four democracy activists, state media said.",
            "escalation",
            "coercion",
        ),
        ("Norway transferred six fighter jets to Ukraine.", "de-escalation", "cooperation"),
    ],
)
def test_fire_traded_envoys_summoned_executions_and_jets_transferred(
    run, sentence, direction, category
):
    _reads_as(run, sentence, direction, category)


def test_a_plan_executed_is_no_execution(run):
    # a firm that executes a plan kills nobody
    hits, direction = run("The company executed its plan to cut 300 jobs.")
    assert direction == "neutral", [(h.text, h.category) for h in hits]


@pytest.mark.parametrize(
    ("sentence", "direction"),
    [
        # suspects in an armed attack on a side a country is named beside, or a foreign target,
        # are held by a state's coercion (CAMEO 173): the crime word "suspects" tells of no
        # ordinary crime there, and the arrest is the news (the attack is what they are
        # suspects in, a reference that weighs nothing)
        (
            "Afghan intelligence agents detained five suspects in the attack on a checkpoint.",
            "escalation",
        ),
        ("Police arrested three suspects in the bombing of the French consulate.", "escalation"),
        # ... while suspects in a town's shooting or an assault on a person stay a crime's
        ("Police arrested two suspects in the shooting of a shopkeeper.", "neutral"),
        ("Detectives detained a suspect in the assault on a bus driver.", "neutral"),
    ],
)
def test_suspects_in_an_armed_attack_on_a_side_are_no_ordinary_crime(run, sentence, direction):
    _reads_as(run, sentence, direction, "coercion" if direction == "escalation" else None)


def test_an_evidence_entry_names_what_silences_it():
    # "football" is sport's evidence unless the army and a named country stand beside it
    # ("armed+actors", both at once): there it no longer rules the strike out
    sport = {"evidence": True, "patterns": [{"pattern": "football", "not_with": ["armed+actors"]}]}
    lex = _lexicon({**SMALL, "sport": sport})
    text = "The army fired a strike at a football stadium in Iraq."
    assert _texts(lex, text, mentions=True) == ["strike"]
    # without the country, the football rules the strike out as before
    assert _texts(lex, "The army fired a strike at a football stadium.", mentions=True) == []
    # an evidence entry cannot need anything: evidence is what others need
    needy = {"evidence": True, "patterns": [{"pattern": "x", "needs": ["armed"]}]}
    with pytest.raises(LexiconError, match="which evidence cannot have"):
        _lexicon({**SMALL, "sport": needy})
    with pytest.raises(LexiconError, match="is evidence, so it cannot have 'needs'"):
        _lexicon({**SMALL, "sport": {"evidence": True, "needs": ["armed"], "patterns": ["x"]}})


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # a UN or Red Cross convoy, or food trucks, that get through are aid delivered (073),
        # as an aid convoy's are; the siege they reach is the scene
        (
            "A UN convoy reached the encircled district of Douma on Friday.",
            "de-escalation",
            "humanitarian",
        ),
        (
            "The first Red Cross convoy entered the besieged old city of Homs.",
            "de-escalation",
            "humanitarian",
        ),
        # arms a side receives or takes delivery of are military aid (072, from the giver)
        (
            "Poland took delivery of 24 Apache attack helicopters from the United States.",
            "de-escalation",
            "cooperation",
        ),
        (
            "Kyiv received the first batch of Gepard anti-aircraft guns from Berlin.",
            "de-escalation",
            "cooperation",
        ),
        # a foreigner held in a state's custody, released, is a captive released (0841): "held"
        # and "detained" beside a national or a journalist say it is a person in custody
        ("Tehran released an Austrian national held since 2018.", "de-escalation", "concession"),
        (
            "Caracas released three American citizens held for over a year.",
            "de-escalation",
            "concession",
        ),
        # ... not assurances received about arms, nor a national assembly that holds talks
        (
            "Officials said they had received assurances that the weapons would stay in storage.",
            "neutral",
            None,
        ),
        (
            "The national assembly speaker held talks with Syrian leaders in Damascus.",
            "de-escalation",
            "negotiation",
        ),
    ],
)
def test_convoys_that_get_through_arms_received_and_foreigners_held(
    run, sentence, direction, category
):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # a headline's present tense reads as its past does: the same events, the verb's "-s"
        (
            "Army exchanges fire with rebels near Juba",
            "escalation",
            "military_action",
        ),
        ("Army opens fire on protesters in Khartoum", "escalation", "military_action"),
        ("Rebel forces push into outskirts of Goma", "escalation", "military_action"),
        ("Iran tests new ballistic missile", "escalation", "mobilisation"),
        ("Pakistan moves missiles closer to Indian border", "escalation", "mobilisation"),
        ("Kazakh government cracks down on dissent after riots", "escalation", "coercion"),
        ("Thousands march in Minsk against Lukashenko", "escalation", "protest"),
        ("Tehran threatens to close Strait of Hormuz", "escalation", "threat"),
        ("Pyongyang refuses to return to six-nation talks", "escalation", "rejection"),
        ("Guyana takes border case against Venezuela to world court", "escalation", "disapproval"),
        ("Algeria frees jailed opposition activists", "de-escalation", "concession"),
        ("Belarus frees two Lithuanian journalists", "de-escalation", "concession"),
        ("Sri Lanka grants asylum to ousted leader", "de-escalation", "humanitarian"),
        ("Syria gives UN inspectors access to chemical sites", "de-escalation", "humanitarian"),
        ("Ethiopia improves ties with Eritrea after two decades", "de-escalation", "diplomacy"),
        ("European Union backs Tunisia's transitional government", "de-escalation", "diplomacy"),
        ("India, Mongolia hold joint air drills", "de-escalation", "cooperation"),
    ],
)
def test_a_headline_present_reads_as_its_past(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    "sentence",
    [
        # ... but not the nouns a headline's present shares a form with, nor a condition named
        # as "backing", nor a test that is no missile's
        "The resolution passed with the backing of China and Russia.",
        "Engineers said the tests had been successful and the new engines could fly by May.",
    ],
)
def test_what_the_headline_present_does_not_read(run, sentence):
    _reads_as(run, sentence, "neutral")


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # a side taken off a list of terrorist organisations: sanctions eased (085), the list's
        # sanction hidden by the longer hit
        (
            "Washington removed Cuba from the list of state sponsors of terrorism in 2015.",
            "de-escalation",
            "concession",
        ),
        (
            "The EU dropped the rebel movement from its list of terrorist organisations.",
            "de-escalation",
            "concession",
        ),
        # the internet a state cut, restored (081)
        (
            "Myanmar's junta restored mobile internet in six townships after the protests.",
            "de-escalation",
            "concession",
        ),
        # a government or a leader asked by its opponents to step down (1041)
        (
            "Lawmakers in Lima called on President Castillo to resign.",
            "escalation",
            "demand",
        ),
        # ... not a coach, nor a firm's chief, nor the internet back after a storm
        ("Fans demanded that the coach resign after the defeat.", "neutral", None),
        (
            "Engineers restored internet service after the storm knocked out cables.",
            "neutral",
            None,
        ),
        # a football match's own words rule out the attacks a side "launched"
        (
            "Liverpool launched wave after wave of attacks in a 4-0 drubbing at Anfield.",
            "neutral",
            None,
        ),
    ],
)
def test_delisting_internet_restored_resignations_demanded_and_a_match(
    run, sentence, direction, category
):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # calls to step down rejected by the one asked (12), conditions or an ultimatum
        # rejected by one named side (12), a bailout approved for a state (071)
        (
            "President Lukashenko rejected calls from European capitals to step down.",
            "escalation",
            "rejection",
        ),
        ("Fiji rejects conditions for readmission to the bloc", "escalation", "rejection"),
        (
            "The IMF approved a $2.9 billion bailout for Ghana on Wednesday.",
            "de-escalation",
            "cooperation",
        ),
        # ... not a coach who rejects calls to resign
        ("The coach rejected calls from fans to resign after the defeat.", "neutral", None),
        # an entry that adds words to shorter ones needs no more than they do, or its longer
        # hit hides them where its own context fails: the rebels' agreement and the aid stay
        (
            "The rebels agreed an aid package for the displaced families.",
            "de-escalation",
            "agreement",
        ),
    ],
)
def test_calls_to_resign_rejected_conditions_rejected_and_bailouts(
    run, sentence, direction, category
):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # retaliation or a response vowed by one named side threatens (CAMEO 130), in a
        # headline's words too
        ("Pyongyang vows swift retaliation for naval drills", "escalation", "threat"),
        ("Tehran vowed a crushing response to any strike on its soil.", "escalation", "threat"),
        # protests or a deadline brushed aside are rejected (12); a side that lashes out at
        # another criticises it (111)
        ("Beijing brushed aside Japanese protests over the islands.", "escalation", "rejection"),
        ("Caracas lashed out at Bogota over the border closure.", "escalation", "disapproval"),
        # "sorry" said and remorse expressed are apologies (055); weight thrown behind a plan
        # endorses it (051)
        (
            "Serbian president says sorry to Croatia for wartime crimes",
            "de-escalation",
            "diplomacy",
        ),
        (
            "Jordan threw its weight behind the Palestinian Authority on Monday.",
            "de-escalation",
            "diplomacy",
        ),
        # an ambassador pulled is recalled (161); a bloc that suspends a member after a military
        # takeover reduces relations (a coup is no firm's takeover)
        ("Qatar pulls ambassador from Cairo over dispute", "escalation", "reduce_relations"),
        ("ECOWAS suspends Niger after military takeover", "escalation", "reduce_relations"),
        # "deal" as a verb is no deal: the army that would deal harshly with smugglers is the
        # warning's threat, with no agreement against it
        (
            "Ugandan officials warned Kenyan traders that the army would deal harshly with"
            " smugglers.",
            "escalation",
            "threat",
        ),
        # ... a deal come to stays one, a firm's takeover stays business, and a coach who
        # brushes off criticism rejects no side
        ("Both governments set up a panel to deal with the refugee crisis.", "neutral", None),
        ("Iran came to a deal with the United States on Monday.", "de-escalation", "agreement"),
        ("Shareholders approved the takeover of the rival carmaker.", "neutral", None),
        ("The coach brushed off criticism after the defeat.", "neutral", None),
    ],
)
def test_vows_rebuffs_apologies_envoys_and_deal_as_a_verb(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # a target blown up, and a bomber who blew himself up, are bombed (CAMEO 183); a deal
        # that "blew up", a gas leak's blast and a stone thrown into a lake are no attack
        ("Insurgents blew up a railway bridge south of Baghdad.", "escalation", "violence"),
        ("Naxal rebels blow up police station in Jharkhand", "escalation", "violence"),
        ("A bomber blew himself up outside the ministry in Kabul.", "escalation", "violence"),
        ("The merger talks blew up over the price.", "neutral", None),
        ("A gas leak blew up the bakery, killing two.", "neutral", None),
        # crowds charged by the police, stones hurled at the police, villagers' cars torched in a
        # raid: force and riots (175, 145); a celebration in the streets and an Olympic torch
        # are none
        (
            "Riot police charged the students outside parliament in Belgrade.",
            "escalation",
            "coercion",
        ),
        ("Youths hurled stones at police in Srinagar on Friday.", "escalation", "protest"),
        ("Settlers torch Palestinian cars in the West Bank", "escalation", "coercion"),
        ("The boy threw stones into the lake.", "neutral", None),
        ("Fans poured into the streets to celebrate the cup win.", "neutral", None),
        ("Athletes carried the Olympic torch into the stadium.", "neutral", None),
        # a state visit, a leader received at a palace, a side back at the negotiating table and
        # a leader the 2014 dictionary does not know (041-046)
        (
            "Brazil's president arrived in Beijing for a four-day state visit.",
            "de-escalation",
            "negotiation",
        ),
        (
            "Lula arrives in Luanda for talks with Angola's president",
            "de-escalation",
            "negotiation",
        ),
        (
            "The king received the visiting Indian prime minister at the palace on Tuesday.",
            "de-escalation",
            "negotiation",
        ),
        ("Tehran returned to the negotiating table on Thursday.", "de-escalation", "negotiation"),
        ("The two Koreas agreed to hold military talks.", "de-escalation", "negotiation"),
        # talks called off in the passive stop talks, not the shelling after them (164); a board
        # meeting put off is none
        (
            "Peace talks were called off after the army shelled rebel positions.",
            "escalation",
            "reduce_relations",
        ),
        ("The board meeting was postponed.", "neutral", None),
        # armed men driven back, positions reinforced, units moved in, separatists who seize a
        # building: force (190, 15); a vote pushed back and separatists at the polls are none
        (
            "Ukrainian troops drove Russian forces back across the river.",
            "escalation",
            "military_action",
        ),
        (
            "Russian forces dug in and reinforced their positions near Bakhmut.",
            "escalation",
            "mobilisation",
        ),
        ("Russia sent armoured vehicles to the border with Georgia.", "escalation", "mobilisation"),
        (
            "Pro-Russian separatists seized the town hall in Sloviansk.",
            "escalation",
            "military_action",
        ),
        ("The senators pushed the vote back to March.", "neutral", None),
        ("Catalan separatists won the regional election.", "neutral", None),
        # tanks a side agrees to send, ammunition flown in, doctors sent, satellite imagery passed:
        # aid (072, 073, 064), no deployment
        ("Germany agreed to send Leopard tanks to Ukraine.", "de-escalation", "cooperation"),
        ("France flew ammunition to Chadian government forces.", "de-escalation", "cooperation"),
        ("Cuba sent a team of 200 doctors to Peru.", "de-escalation", "humanitarian"),
        ("Britain passed satellite imagery to Kyiv.", "de-escalation", "cooperation"),
        # a side hauled before an international court (115), a boat water-cannoned (175), targets
        # pounded by jets (190), tariffs raised on another's goods (163), contacts frozen and a
        # minister's visit cancelled (16), a funding freeze threatened (13)
        (
            "The Gambia took Myanmar to the International Court of Justice.",
            "escalation",
            "disapproval",
        ),
        ("Chinese coast guard water-cannons Vietnamese fishing boat", "escalation", "coercion"),
        ("Israeli warplanes pound Hezbollah positions", "escalation", "military_action"),
        ("Beijing raised tariffs on Canadian canola.", "escalation", "sanctions"),
        (
            "Beijing froze high-level military contacts with Washington.",
            "escalation",
            "reduce_relations",
        ),
        (
            "Japan cancelled the defence minister's visit to Seoul.",
            "escalation",
            "reduce_relations",
        ),
        ("The EU threatened Poland with a funding freeze.", "escalation", "threat"),
        ("The firm raised tariffs on broadband.", "neutral", None),
        # a captive handed back (084), a state recognised by its name (054), an envoy shuttling
        # between delegations (045), an international court's probe of a killing (09)
        ("Armenia returns captured Azerbaijani soldiers", "de-escalation", "concession"),
        ("Norway recognised the State of Palestine on Tuesday.", "de-escalation", "diplomacy"),
        (
            "The Qatari envoy spent the week shuttling between the rival delegations in Cairo.",
            "de-escalation",
            "mediation",
        ),
        (
            "The International Criminal Court opened an investigation into killings in the"
            " Philippines' drug war.",
            "escalation",
            "investigation",
        ),
        ("Police in Mexico and Texas are investigating a drug gang.", "neutral", None),
        # opposition newspapers shut by a government restrict the press (1721); a publisher's
        # own titles closed are business; schools to be rebuilt were destroyed before, no
        # attack told
        ("The government shut down two opposition newspapers.", "escalation", "coercion"),
        ("The publisher closed two newspapers after losses, the company said.", "neutral", None),
        (
            "The government announced a plan to rebuild schools destroyed in the war.",
            "neutral",
            None,
        ),
        ("Volunteers began repairing homes damaged by the shelling in Kharkiv.", "neutral", None),
        # firms' wars: a price war stepped up, a truce in a fare war, a currency under siege from
        # speculators, navies' drills in anti-submarine warfare
        ("Supermarkets in Britain stepped up their price war.", "neutral", None),
        ("Two ride-hailing firms called a truce in their fare war.", "neutral", None),
        ("The peso came under siege from speculators.", "neutral", None),
        (
            "Indian and French warships practised anti-submarine warfare in joint naval exercises.",
            "de-escalation",
            "cooperation",
        ),
    ],
)
def test_blasts_riots_visits_talks_called_off_and_aid_sent(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # suspects one side hands to another are extradited in all but name (063); a suspect
        # handed to prosecutors at home involves one side only
        ("France hands ETA suspects to Spain", "de-escalation", "cooperation"),
        ("Colombia handed over the drug lord to US agents.", "de-escalation", "cooperation"),
        ("Police handed the suspects over to prosecutors in Lyon.", "neutral", None),
        # curbs eased (081), in a headline's present as in the past
        ("Washington loosens curbs on remittances to Cuba", "de-escalation", "concession"),
        ("Beijing eased curbs on Japanese seafood imports.", "de-escalation", "concession"),
        # games' own words: a team's clash, a bowler's attack, a climber who seizes a jersey
        # and a side that demolishes another are play, not force
        ("Argentina edge England 30-29 in bruising Twickenham clash", "neutral", None),
        (
            "Pakistan's pace attack blitzes India's top order as Shaheen takes three wickets",
            "neutral",
            None,
        ),
        (
            "The climber attacked on the final ascent to seize the yellow jersey at the Tour de"
            " France.",
            "neutral",
            None,
        ),
        (
            "Manchester City demolish Real Madrid to reach the Champions League final",
            "neutral",
            None,
        ),
        # ... while a town seized by rebels, no game's word beside it, stays a seizure (192)
        ("Rebels seized the town of Goma on Sunday.", "escalation", "military_action"),
    ],
)
def test_suspects_handed_over_curbs_eased_and_games_words(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # envoys called home or hauled in (161/114), talks quit (164), a state sued or taken to
        # dispute settlement (115)
        ("Peru calls home its ambassador to Mexico", "escalation", "reduce_relations"),
        ("China hauled in the Japanese ambassador on Monday.", "escalation", "reduce_relations"),
        (
            "The opposition quits dialogue with the government",
            "escalation",
            "reduce_relations",
        ),
        (
            "Ecuador sues Colombia at the International Court of Justice",
            "escalation",
            "disapproval",
        ),
        (
            "Canada initiated dispute settlement proceedings against the United States over"
            " lumber duties.",
            "escalation",
            "disapproval",
        ),
        # a base overrun in a headline's present (192), heavy fire traded (190), eggs hurled (145)
        ("M23 rebels overruns army base near Goma", "escalation", "military_action"),
        (
            "Indian and Pakistani troops traded heavy fire along the Line of Control.",
            "escalation",
            "military_action",
        ),
        (
            "Farmers hurled eggs at the European Parliament.",
            "escalation",
            "protest",
        ),
        # praise, support voiced, credentials presented (051/054), a delegation greeted (043)
        ("The French president lauded Senegal's peaceful election.", "de-escalation", "diplomacy"),
        (
            "Washington voiced backing for the Kenyan-led mission in Haiti.",
            "de-escalation",
            "diplomacy",
        ),
        (
            "The new Chinese ambassador presented his credentials to the Kenyan president.",
            "de-escalation",
            "diplomacy",
        ),
        (
            "The Brazilian president greeted the Argentine delegation at the palace.",
            "de-escalation",
            "negotiation",
        ),
        # credit for another side (071), intelligence shared (064), arms shipped in a headline (072)
        ("Japan approved a credit for Bangladesh's metro line.", "de-escalation", "cooperation"),
        ("Seoul and Tokyo stepped up intelligence sharing.", "de-escalation", "cooperation"),
        ("Berlin ships howitzers to Kyiv", "de-escalation", "cooperation"),
        # frozen funds released, a sanctions list left, soldiers swapped, flights restored
        # (085/084/081)
        ("The EU released frozen funds to Hungary.", "de-escalation", "concession"),
        (
            "Britain removed two Libyan officials from its sanctions list.",
            "de-escalation",
            "concession",
        ),
        ("Russia and Ukraine swapped captured soldiers on Sunday.", "de-escalation", "concession"),
        ("Qatar and Egypt restored flights on Monday.", "de-escalation", "concession"),
        # an aid convoy escorted (073), battalions pulled back (087), weapons handed in (0871)
        ("Kenyan troops escorted a food convoy to Mogadishu.", "de-escalation", "humanitarian"),
        (
            "Russia pulled its battalions back from the border with Ukraine.",
            "de-escalation",
            "withdrawal",
        ),
        ("The rebels handed in their weapons to UN monitors.", "de-escalation", "withdrawal"),
        # women barred, citizenship stripped, activists rounded up, olive trees uprooted
        # (172/173/1712)
        ("The Taliban bars women from universities", "escalation", "coercion"),
        ("Bahrain stripped 20 activists of their citizenship.", "escalation", "coercion"),
        ("Police rounded up dozens of activists in Hanoi.", "escalation", "coercion"),
        (
            "Settlers uprooted olive trees belonging to Palestinian farmers.",
            "escalation",
            "coercion",
        ),
        # a strait threatened with closure, words between (131); a deadline given to a side (139)
        ("Tehran threatened on Monday to close the Strait of Hormuz.", "escalation", "threat"),
        (
            "The African Union gave the junta a two-week deadline to restore civilian rule.",
            "escalation",
            "threat",
        ),
        # no events: a host as a person, conscripts as people, a telephone network, a team's attack
        ("Her host, the Austrian chancellor, showed her the old city.", "neutral", None),
        ("The army is full of reluctant conscripts.", "neutral", None),
        (
            "The firm installed the first digital switch in Japan's public telephone network, the"
            " U.S. company said.",
            "neutral",
            None,
        ),
        ("Ajax thrashed Feyenoord 4-0 after attacking from the first whistle.", "neutral", None),
        # ... while conscripting reservists is mobilisation (150)
        ("Russia conscripted thousands of reservists into the army.", "escalation", "mobilisation"),
    ],
)
def test_envoys_called_home_funds_unfrozen_and_groves_uprooted(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # missiles that pound a city (195), an inquiry into war crimes (09), a mission told to
        # leave the country (166), inspectors let back in (0862), a delegation greeted at a
        # national palace (043)
        ("Russian rockets pound Odesa port", "escalation", "military_action"),
        (
            "Kyiv prosecutors opened a war crimes investigation on Monday.",
            "escalation",
            "investigation",
        ),
        (
            "Mali's junta told the UN peacekeeping mission to leave the country.",
            "escalation",
            "reduce_relations",
        ),
        (
            "Tehran allowed UN inspectors back into the Fordow site.",
            "de-escalation",
            "concession",
        ),
        (
            "The Chilean president greeted the Peruvian delegation at the national palace.",
            "de-escalation",
            "negotiation",
        ),
        # ... while a doctor telling a patient to leave the country is no expulsion
        ("The doctor told him to leave the country for treatment.", "neutral", None),
    ],
)
def test_rockets_pound_inspectors_return_and_missions_told_to_leave(
    run, sentence, direction, category
):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # verbal cooperation by less obvious words: a phone talk (041), sides face to face
        # (044), crisis talks with one side named, differences ironed out, a deadlock broken
        # (046/036), the hatchet buried, a side sided with, a government praising its opposition
        # (051)
        ("Indian and Pakistani leaders talked by phone on Sunday.", "de-escalation", "negotiation"),
        (
            "The Armenian and Azerbaijani leaders sat down face to face in Prague.",
            "de-escalation",
            "negotiation",
        ),
        ("The opposition leader flew to Harare for crisis talks.", "de-escalation", "negotiation"),
        (
            "Thai and Cambodian officials will iron out differences over the border.",
            "de-escalation",
            "negotiation",
        ),
        (
            "Colombia and the ELN broke the deadlock in Havana on Friday.",
            "de-escalation",
            "negotiation",
        ),
        ("Eritrea and Ethiopia bury the hatchet after two decades", "de-escalation", "diplomacy"),
        ("Beijing sided with Pyongyang at the Security Council.", "de-escalation", "diplomacy"),
        ("Moscow has sided firmly with Belgrade on Kosovo.", "de-escalation", "diplomacy"),
        (
            "The Zambian president thanked the opposition for accepting the result.",
            "de-escalation",
            "diplomacy",
        ),
        # ... while standing by a side with pride takes none
        ("He stood by her side with pride.", "neutral", None),
    ],
)
def test_phone_talks_deadlocks_broken_and_hatchets_buried(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # material cooperation: prisoners who walk out of prison, captives handed over (0841),
        # land handed back (0842), links restored, detainees visited, people let across a
        # border, emergency regulations eased (081/0862), forces out of towns (0874)
        (
            "Twelve opposition activists walked out of Insein prison on Friday.",
            "de-escalation",
            "concession",
        ),
        ("Abu Sayyaf hands over abducted sailors to the army", "de-escalation", "concession"),
        (
            "The army handed back farmland to Karen villagers on Monday.",
            "de-escalation",
            "concession",
        ),
        (
            "Khartoum restored phone links to Darfur after the truce.",
            "de-escalation",
            "concession",
        ),
        (
            "The Red Cross was allowed to visit detainees at Ofer for the first time.",
            "de-escalation",
            "concession",
        ),
        (
            "Turkey allowed Syrian families to cross at Kilis on Monday.",
            "de-escalation",
            "concession",
        ),
        (
            "Fiji's government lifted the emergency regulations in Suva on Monday.",
            "de-escalation",
            "concession",
        ),
        (
            "The rebels pulled out of two towns in North Kivu on Tuesday.",
            "de-escalation",
            "withdrawal",
        ),
        ("The IMF unlocks $3 billion for Egypt", "de-escalation", "cooperation"),
        (
            "Belgrade let forensic experts into the mass grave site in Rudnica.",
            "de-escalation",
            "concession",
        ),
        (
            "The junta reopened the country to foreign journalists on Monday.",
            "de-escalation",
            "concession",
        ),
        # ... while power restored after a storm is no easing
        ("Utilities restored phone lines after the storm.", "neutral", None),
    ],
)
def test_captives_handed_over_links_restored_and_towns_left(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # conflict by less obvious words: tools downed, a hartal, mobs (14); people rounded up
        # by the dozen, a party dissolved, boats pushed back, a newspaper padlocked, homes
        # bulldozed, villagers mowed down (17/18); a side taken to court or branded traitors
        # (11); a call rejected (12)
        ("Nurses downed tools across Kenya on Monday.", "escalation", "protest"),
        ("The opposition called a hartal in Dhaka.", "escalation", "protest"),
        ("Mobs torch churches in Kaduna", "escalation", "coercion"),
        ("Police rounded up dozens of Falun Gong members in Beijing.", "escalation", "coercion"),
        ("Thailand's junta dissolves Thaksin's party", "escalation", "coercion"),
        (
            "The Indonesian navy pushed back a boatload of Rohingya refugees.",
            "escalation",
            "coercion",
        ),
        ("The opposition newspaper was padlocked by the police.", "escalation", "coercion"),
        ("Soldiers bulldozed dozens of homes in the camp.", "escalation", "coercion"),
        ("Gunmen mowed down villagers in Zamfara.", "escalation", "violence"),
        (
            "The Commission took Hungary to the EU's top court over the law.",
            "escalation",
            "disapproval",
        ),
        ("Hun Sen brands opposition leaders traitors", "escalation", "disapproval"),
        ("Addis Ababa spurns Cairo's call for a moratorium", "escalation", "rejection"),
        # ... while a crime named as a charge is no act, and a party's bill bulldozed is politics
        (
            "Belgium extradited the former mayor to Kigali to stand trial on genocide charges.",
            "de-escalation",
            "cooperation",
        ),
        ("The senate bulldozed the budget bill through on Friday.", "neutral", None),
    ],
)
def test_tools_downed_boats_pushed_back_and_sides_branded(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # headline words: forces that storm into a country or a ship (190), an airlift of food
        # (073), an arms sale cleared (072), recognition named (054), ties mended and trade
        # links deepened (051/06), a state named by an abbreviated compass point
        ("Syrian troops storm into Lebanese border town", "escalation", "military_action"),
        ("Navy commandos storm Somali pirate ship", "escalation", "military_action"),
        ("Britain begins Sudan food airlift", "de-escalation", "humanitarian"),
        ("Washington clears $2 bln arms sale to Poland", "de-escalation", "cooperation"),
        ("France extends full diplomatic recognition to Croatia", "de-escalation", "diplomacy"),
        ("Uribe, Correa mend ties at Lima summit", "de-escalation", "diplomacy"),
        ("Mexico and Brazil expand economic links", "de-escalation", "cooperation"),
        ("US warns N. Korea of 'grave consequences'", "escalation", "threat"),
        # ... while talks at a dead end hold no dead, combat troops are troops, and a group
        # that says it was behind an attack, or denies any role in one, makes a statement
        ("The border inquiry reached a dead end, the army said.", "neutral", None),
        ("The last combat troops left Iraq in December.", "neutral", None),
        ("The rebels said they were behind the attack on the pipeline.", "neutral", None),
        ("The rebels denied any role in the car bomb, blaming provocateurs.", "neutral", None),
    ],
)
def test_headline_storms_airlifts_and_abbreviated_states(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # headline verbs: guns that shell a target (195), an army that ousts a leader (the
        # coup, 18), a leader feted by another (051), a side that raps another (111)
        ("Turkish guns shell Kurdish villages in northern Iraq", "escalation", "military_action"),
        ("Sudan's army ousts Bashir after months of protests", "escalation", "military_action"),
        ("Putin fetes Chinese leader Xi in the Kremlin", "de-escalation", "diplomacy"),
        ("Mugabe raps Britain over land reform", "escalation", "disapproval"),
        # ... but an officer the army ousted is described, not ousted here, and a firm that
        # woos investors courts no side
        ("The army's ousted chief of staff gave an interview.", "neutral", None),
        ("The company woos investors with a higher dividend.", "neutral", None),
    ],
)
def test_headline_shelling_ousting_feting_and_rapping(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # a ship rammed in a headline's present (190), a mosque stormed (190), rallies and
        # opposition organisations banned (172/1721), a dissident arrested beside an airline's
        # name (173: the business word does not make the arrest a company's affair)
        ("Iranian gunboat rams British tanker in the Gulf", "escalation", "coercion"),
        ("Thai troops storm mosque held by separatist militants", "escalation", "military_action"),
        (
            "The military government banned all political rallies ahead of the vote.",
            "escalation",
            "coercion",
        ),
        (
            "The army banned four opposition organisations from political activity.",
            "escalation",
            "coercion",
        ),
        (
            "Security agents arrested a dissident blogger at a Lufthansa check-in desk.",
            "escalation",
            "coercion",
        ),
        # ... but gatherings banned against an epidemic, and an employee arrested for theft,
        # are no repression
        (
            "The city banned public gatherings to slow the spread of the coronavirus.",
            "neutral",
            None,
        ),
        ("Police arrested a Lufthansa employee for theft.", "neutral", None),
    ],
)
def test_rammed_ships_stormed_mosques_banned_rallies_and_arrested_dissidents(
    run, sentence, direction, category
):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # one named actor as the doer right before the act grounds coercion and diplomacy as a
        # state word does ("the government expelled..."): an expulsion, an arrest, a leader
        # received
        ("Harare expels BBC correspondent", "escalation", "coercion"),
        ("Seoul on Monday arrested the former president.", "escalation", "coercion"),
        # ... while a practice outlawed by law represses no side
        ("California outlawed the death penalty in 1972.", "neutral", None),
        ("The government banned smoking in bars and restaurants.", "neutral", None),
    ],
)
def test_a_named_doer_grounds_its_act_and_laws_against_practices_are_no_repression(
    run, sentence, direction, category
):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # repression eased at home (0832): a constitution restored, a parliament reconvened, an
        # emergency lifted, a movement unbanned; and an emergency declared nationwide (1721)
        ("Thai junta restores constitution, lifts emergency", "de-escalation", "concession"),
        ("The generals reconvened the national assembly in Lagos.", "de-escalation", "concession"),
        ("Kenya unbans opposition party ahead of vote", "de-escalation", "concession"),
        ("Peru declares nationwide emergency after coup attempt", "escalation", "coercion"),
        # ... but power restored to a building, and democracy a people tries to restore, are no
        # concession of a government's
        ("Workers restored power to the parliament building.", "neutral", None),
    ],
)
def test_constitutions_restored_emergencies_lifted_and_declared(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # the press arrested or expelled (173/174), in either order, with no other side named
        ("They expelled the three foreign correspondents on Sunday.", "escalation", "coercion"),
        ("A reporter was detained at the airport on Tuesday.", "escalation", "coercion"),
        # ... but not a journalist held for a crime named beside it
        ("The journalist was arrested for drunk driving.", "neutral", None),
    ],
)
def test_journalists_arrested_or_expelled(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)


@pytest.mark.parametrize(
    ("sentence", "direction", "category"),
    [
        # duties slapped on another's goods (163), force authorised as "all necessary means"
        # (13), a captive handed to the Red Cross (0841), a formal challenge lodged against a
        # state (115), a crowd fired upon (190)
        ("China slaps steep duties on Australian barley", "escalation", "sanctions"),
        (
            "The Security Council authorised states to use all necessary means against Iraq.",
            "escalation",
            "threat",
        ),
        ("ELN rebels hand captive soldiers to the Red Cross", "de-escalation", "concession"),
        (
            "Brazil lodged a formal challenge at the WTO against US cotton subsidies.",
            "escalation",
            "disapproval",
        ),
        ("Soldiers fired upon protesters in Mandalay on Sunday.", "escalation", "military_action"),
        # ... while a place described as besieged is where the aid went, no siege reported
        ("Russia let aid trucks into besieged Aleppo on Monday.", "de-escalation", "humanitarian"),
    ],
)
def test_duties_slapped_captives_handed_and_formal_challenges(run, sentence, direction, category):
    _reads_as(run, sentence, direction, category)
