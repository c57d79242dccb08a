"""Hedging: the shipped lexicon, each context rule, the seed article, the summary, evaluation.

Every rule case checks two things: the lexicon itself finds the cue word (so a "dropped" case
fails if the word simply went missing from the lexicon), and the context rules keep or drop it
as the sentence requires.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

import analysis
from analysis.errors import ParameterError
from analysis.evaluate import hedging as evaluate
from analysis.hedging import HEDGE_CATEGORIES, RULES, apply_rules
from analysis.lexicon import load_lexicon
from analysis.matching import Match, Matcher
from analysis.text import Article, load_article


@pytest.fixture(scope="module")
def matcher() -> Matcher:
    return Matcher([load_lexicon("hedging")])


def _raw(matcher: Matcher, text: str | Article) -> list[Match]:
    article = text if isinstance(text, Article) else load_article(text=text)
    return matcher.find(article)


def _hedges(matcher: Matcher, text: str) -> list[Match]:
    """The real code path of analyze(): the article, the matcher, then the hedging rules."""
    article = load_article(text=text)
    return apply_rules(article, _raw(matcher, article))


# --------------------------------------------------------------------------------------------
# The shipped lexicon


def test_shipped_lexicon_loads_with_exactly_the_four_categories() -> None:
    lex = load_lexicon("hedging")
    assert lex.name == "hedging"
    assert lex.version == "1.3.0"
    assert lex.rules == "hedging"  # the core applies analysis.hedging.apply_rules because of it
    assert tuple(lex.categories) == HEDGE_CATEGORIES
    assert HEDGE_CATEGORIES == ("epistemic", "conditional", "approximator", "evidential")
    for name in ("Hyland", "Prokofieva", "Szarvas", "CoNLL-2010"):
        assert name in lex.source


@pytest.mark.parametrize(
    ("word", "category"),
    [
        ("may", "epistemic"),
        ("could", "epistemic"),
        ("expected to", "epistemic"),
        ("potential", "epistemic"),
        ("hoping for", "epistemic"),
        ("unless", "conditional"),
        ("about", "approximator"),
        ("up to", "approximator"),
        ("reportedly", "evidential"),
        ("according to", "evidential"),
        ("is said to", "evidential"),
        # a statement put as alleged or as an accusation is doxastic, not established (the
        # Szeged corpus marks "allegedly" and "accused of" uncertain); the noun names the claim
        ("allegedly", "epistemic"),
        ("accused", "epistemic"),
        ("allegations", "evidential"),
    ],
)
def test_lexicon_puts_news_cues_in_their_category(word: str, category: str) -> None:
    patterns = {p.pattern: p.category for p in load_lexicon("hedging").patterns}
    assert patterns[word] == category


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # "whether" opens an indirect question: what investigators will find out is their
        # task, not the writer's doubt about a claim (lexicon 1.2.0; 1.1.0 read "whether")
        ("Investigators will determine whether the shell was Russian.", []),
        ("The court is due to rule on whether the blockade is legal.", []),
        # ... or a concession: the talks resume whatever Moscow says, nothing is left open
        ("Whether or not Moscow agrees, the talks will resume.", []),
        # where the writer does doubt, the word governing the question says so: "unclear"
        ("It is unclear whether the truce will hold.", ["unclear"]),
    ],
)
def test_whether_is_no_hedge_the_word_that_governs_it_is(
    matcher: Matcher, sentence: str, cues: list[str]
) -> None:
    assert [m.text for m in _hedges(matcher, sentence)] == cues


@pytest.mark.parametrize(
    "sentence",
    [
        # a state of affairs named, not the writer's doubt about a claim (lexicon 1.3.0)
        "Economic uncertainty kept investors away from the border region.",
        # a proposal named: the writer states that it was rejected
        "The envoy rejected the suggestion that troops leave the city.",
        # a kind of trading: what the traders did is stated as fact
        "Speculative buying lifted oil prices after the strike on the refinery.",
    ],
)
def test_nouns_naming_doubt_or_proposals_are_no_hedges(matcher: Matcher, sentence: str) -> None:
    assert _hedges(matcher, sentence) == []


def test_every_shipped_pattern_is_found_on_its_own(matcher: Matcher) -> None:
    # Guards against entries the matcher cannot find (bad spelling for the pattern syntax) or
    # that a longer entry of the same lexicon always swallows.
    for p in load_lexicon("hedging").patterns:
        text = f"Officials noted {p.pattern} today."
        assert [m.pattern for m in _raw(matcher, text)] == [p.pattern], p.pattern


# --------------------------------------------------------------------------------------------
# Context rules: (sentence, cue text as written, expected category or None = not a hedge)

RULE_CASES = [
    # assume_take_on: "assume" as "take on" (a duty, command, role)
    ("assume_take_on", "Turkey is assuming the duty of guarding the border.", "assuming", None),
    ("assume_take_on", "He assumed the overall command in 2019.", "assumed", None),
    ("assume_take_on", "Officials assume that the rebels will retreat.", "assume", "epistemic"),
    # modal_comparative: the idiom of surprise "more than anyone could have expected"
    ("modal_comparative", "The damage was far worse than anyone could have ever expected.",
     "could", None),
    ("modal_comparative", "The damage could be worse than expected.", "could", "epistemic"),
    ("modal_comparative", "The siege took more food than you might think.", "might", None),
    ("modal_comparative", "With the truce gone we may as well leave, a soldier said.", "may",
     None),
    ("modal_comparative", "The truce may well collapse, a soldier said.", "may", "epistemic"),
    # seen_as_far: a sighting measured by "as ... as" is no view held
    ("seen_as_far", "The smoke was seen as far away as the coast.", "seen as", None),
    ("seen_as_far", "The move was seen as a provocation.", "seen as", "epistemic"),
    # think_comparison: a belief corrected against a comparison is no doubt
    ("think_comparison", "The shelling is not as heavy as we think.", "think", None),
    ("think_comparison", "The army is weaker than people believe.", "believe", None),
    ("think_comparison", "We think the army is weaker than before.", "think", "epistemic"),
    # thought_noun, expected_as_planned: thinking itself, and what is fair to ask
    ("thought_noun", "The truce needs conscious thought from both sides.", "thought", None),
    ("expected_as_planned", "The monitors cannot be expected to see every shell.",
     "expected to", None),
    ("expected_as_planned", "The monitors are expected to report on Friday.", "expected to",
     "epistemic"),
    # indirect_question: a reported question, not the writer's doubt
    ("indirect_question", "Reporters asked if the talks would resume.", "if", None),
    ("indirect_question", "It is unclear if the truce will hold.", "if", "conditional"),
    # ... and right after a verb of finding out: the question is someone's task, not a doubt
    ("indirect_question", "Monitors will wait and see if the truce holds.", "if", None),
    ("indirect_question", "Inspectors took samples to determine if the shells held gas.", "if",
     None),
    ("indirect_question", "Diplomats wondered if the envoy had already left Kabul.", "if", None),
    # supposed_scheduled: "was supposed to" = was scheduled
    ("supposed_scheduled", "The vote was supposed to take place on Monday.", "supposed", None),
    ("supposed_scheduled", "The fortress is supposed to be the oldest in Europe.", "supposed",
     "epistemic"),
    # may_month: the month or a surname, not the modal
    ("may_month", "On May 20, 1983, Witherspoon would have his first title fight.", "May", None),
    ("may_month", "The refit of the frigate was completed in May 2009.", "May", None),
    ("may_month", "Talks collapsed last May after a week of shelling.", "May", None),
    ("may_month", "Fighting eased between February and May, officials said.", "May", None),
    ("may_month", "Importers bought wheat for May to September shipment.", "May", None),
    ("may_month", "Prime Minister May said the deal was final.", "May", None),
    ("may_month", "The offensive may resume in the spring.", "may", "epistemic"),
    ("may_month", "May the talks succeed, the envoy wrote.", "May", "epistemic"),
    # a name at the sentence's start: the modal is never followed by "said" or "'s"
    ("may_month", "May said the deal was the best on offer.", "May", None),
    ("may_month", "Theresa May's cabinet met on Tuesday.", "May", None),
    # a capitalised "May" inside a sentence, before a lower-case word, is the month: the
    # modal is capitalised only where a sentence or a title-cased headline begins
    ("may_month", "Exporters closed the May registrations after two days.", "May", None),
    ("may_month", "The ministry said May orders fell sharply.", "May", None),
    ("may_month", 'The envoy wrote: "May the talks succeed."', "May", "epistemic"),
    # May Day, the holiday, names a day (the Wall Street Journal's "a May Day march that the
    # government feared could turn violent"), in a sentence of my own
    ("may_month", "Unions planned a May Day march through the capital.", "May", None),
    ("may_month", "Police broke up the May Day rally in Istanbul.", "May", None),
    # an indirect question after a verb of asking reports; it supposes nothing
    ("would_not_speculating", "Reporters asked if the border would reopen.", "would", None),
    ("indirect_question", "She asked if the border was open.", "if", None),
    # ... with the one asked and an adverb between (not a purpose, a topic or an asker)
    ("indirect_question", "I asked the envoy afterwards if the talks had failed.", "if",
     None),
    ("indirect_question", "The village asked for food if the siege went on.", "if",
     "conditional"),
    ("indirect_question", "The province was asked by the envoys, if the truce held.",
     "if", "conditional"),
    # free_relative: a concessive "whoever ... may be" holds whatever the case
    ("free_relative", "He will meet the next president, whoever he or she may be.", "may",
     None),
    ("free_relative", "Whatever the reasons might be, the talks stalled.", "might", None),
    ("free_relative", "Whatever the reasons, the talks may be over.", "may", "epistemic"),
    ("free_relative", "However, the losses may be larger.", "may", "epistemic"),
    # believe_trust: a person or a body believed is trusted, not a view held
    ("believe_trust", "The envoys said they did not believe him.", "believe", None),
    ("believe_trust", "Washington does not believe the Iranian Government.", "believe", None),
    ("believe_trust", "The envoys believe the Iranian Government is stalling.", "believe",
     "epistemic"),
    ("believe_trust", "I believe him to be honest, the envoy said.", "believe", "epistemic"),
    # person_noun after "possible": a person named as such
    ("person_noun", "The army called every young man a possible suspect.", "suspect", None),
    # ... and after a verb of saying, it reports what was (not) said
    ("indirect_question", "The agency did not say if anyone was hurt.", "if", None),
    ("indirect_question", "Reporters wanted to know if the talks would resume.", "if",
     None),
    ("indirect_question", "It is hard to know if the truce will hold.", "if",
     "conditional"),
    # conditional_idiom: a standing proviso ("if needed") conditions no claim
    ("conditional_idiom", "Troops will be sent to the border if needed.", "if", None),
    ("conditional_idiom", "The talks will, if possible, resume in May.", "if", None),
    ("conditional_idiom", "The army will withdraw if necessary guarantees are given.", "if",
     "conditional"),
    ("indirect_question", "Police did not mention if there were casualties.", "if",
     None),
    # think_tank: a noun
    ("think_tank", "A Washington think tank published the report.", "think", None),
    ("think_tank", "Analysts think the tank column will advance.", "think", "epistemic"),
    # think_about: turning one's mind to something, against "thought of as" (held to be)
    ("think_about", "We have to think about the future of the talks.", "think", None),
    ("think_about", "Officials thought about a new route for the convoys.", "thought", None),
    ("think_about", "The pact was thought of as a truce by both sides.", "thought", "epistemic"),
    ("think_about", "I think of the deal as a first step.", "think", "epistemic"),
    # direct_thought: a thought quoted or told, a comparison; not a belief held
    ("direct_thought", "And I thought, 'Why does it have to be me?'", "thought", None),
    ("direct_thought", "Did the shelling stop, he thought?", "thought", None),
    ("direct_thought", "'He probably thought,' she said, 'that it was over.'", "thought",
     "epistemic"),
    ("direct_thought", "The rebels were stronger than previously thought.", "thought", None),
    ("direct_thought", "I thought the talks would fail.", "thought", "epistemic"),
    ("direct_thought", "The fort, thought to be the oldest in Europe, burned.", "thought",
     "epistemic"),
    ("direct_thought", "Many, I think, would agree.", "think", "epistemic"),
    ("direct_thought", "The commander was Petrov, I think.", "think", "epistemic"),
    # question_to_you: an interviewer asks for a view; no claim is hedged
    ("question_to_you", "Do you think the talks can succeed?", "think", None),
    ("question_to_you", "What do you believe the army will do next?", "believe", None),
    ("question_to_you", "I think the talks can succeed.", "think", "epistemic"),
    ("question_to_you", "Do they think the truce will hold?", "think", "epistemic"),
    ("question_to_you", "Do you still think the truce can hold?", "think", None),
    ("question_to_you", "Don't you think the blockade is a mistake?", "think", None),
    ("question_to_you", "Do they still think the truce will hold?", "think", "epistemic"),
    # seems_comparison: the appearance a comparison measures against
    ("seems_comparison", "The truce is more fragile than it seems.", "seems", None),
    ("seems_comparison", "The siege is less severe than it appears.", "it appears", None),
    ("seems_comparison", "The rebels are weaker than they seem.", "seem", None),
    ("seems_comparison", "It appears the talks have failed.", "It appears", "epistemic"),
    ("seems_comparison", "The truce, as it seems, is holding.", "seems", "epistemic"),
    # approximator_quantity: "around" after a verb of turning is a particle
    ("approximator_quantity", "The boat was turned around twice by the navy.", "around", None),
    ("approximator_quantity", "The navy turned back around 200 boats.", "around",
     "approximator"),
    # volition: a wish, not a guess (even beside a condition)
    ("would_not_speculating", "I would love to play in Madrid if they ask me.", "would", None),
    ("would_not_speculating", "We would like to thank the volunteers.", "would", None),
    # request: an interviewer asks; nothing is uncertain
    ("request", "Could you tell us about your work?", "Could", None),
    ("request", "Could the talks resume next week?", "Could", "epistemic"),
    # person_noun: the person on trial, not a statement put as an accusation
    ("person_noun", "The accused denied the charges in court.", "accused", None),
    ("person_noun", "Russia accused Ukraine of shelling the plant.", "accused", "epistemic"),
    ("person_noun", "Three men accused of the murder were freed.", "accused", "epistemic"),
    # person_noun: the suspect, not the verb of suspicion
    ("person_noun", "The suspect was arrested on Monday.", "suspect", None),
    ("person_noun", "Police said a suspect in the robbery had fled.", "suspect", None),
    ("person_noun", "Officials suspect that the fire was set deliberately.", "suspect",
     "epistemic"),
    # would_not_speculating: reported, narrative, planned or willed future; not speculation
    ("would_not_speculating", "He said the army would withdraw by Friday.", "would", None),
    ("would_not_speculating", "The ministry told reporters the strikes would continue.", "would",
     None),
    ("would_not_speculating", "In 1976 he joined the party that would rule for decades.", "would",
     None),
    ("would_not_speculating", "The raid, in what would become a pattern, began at dawn.", "would",
     None),
    ("would_not_speculating", "Every winter the villagers would usually flee south.", "would",
     None),
    ("would_not_speculating", "The song would go on to top the charts.", "would", None),
    ("would_not_speculating", "The plan means that 5,000 jobs would be cut.", "would", None),
    ("would_not_speculating", "I would never attack him, the minister said.", "would", None),
    # a refusal to say: "would not say if" wills, it does not suppose (the "if" after "say" opens
    # the question the ministry left unanswered)
    ("would_not_speculating", "The ministry would not say if the drill was cancelled.", "would",
     None),
    ("would_not_speculating", "Officials would not comment on whether troops had left.", "would",
     None),
    ("would_not_speculating", "He said that if talks fail, Russia would escalate.", "would",
     "epistemic"),
    ("would_not_speculating", "If the talks fail, the truce would collapse.", "would",
     "epistemic"),
    ("would_not_speculating", "The army would probably withdraw first.", "would", "epistemic"),
    ("would_not_speculating", "The town would have fallen without the airlift.", "would",
     "epistemic"),
    # "would have to" is what a plan requires; under a condition it supposes
    ("would_not_speculating", "Both parliaments would have to approve the treaty first.",
     "would", None),
    ("would_not_speculating", "If the talks fail, both sides would have to rearm.", "would",
     "epistemic"),
    # "whether" opens an indirect question, no condition: the "would" inside it is the
    # question's future ("will the envoy travel?"), no supposition of the writer's; a doubt,
    # where there is one, is said by the word that governs "whether" ("unclear", a cue itself)
    ("would_not_speculating", "The cabinet will decide whether the envoy would travel.",
     "would", None),
    ("would_not_speculating", "Talks on whether the truce would hold were put off.", "would",
     None),
    ("would_not_speculating", "It is unclear whether the truce would hold.", "would", None),
    # ... while a real condition in the same sentence still makes it suppose ("without")
    ("would_not_speculating", "Whether or not the envoy comes, the truce would collapse "
     "without fresh aid.", "would", "epistemic"),
    # concessive_whether_belief: "whether ... or not," concedes, the main clause holds either way
    ("concessive_whether_belief", "Whether you believe it or not, the pact is dead.", "believe",
     None),
    ("concessive_whether_belief", "Many believe the pact is dead.", "believe", "epistemic"),
    # could_ability / modal_purpose
    ("could_ability", "The spokesman could not be reached for comment.", "could", None),
    ("could_ability", "From the ridge the soldiers could see the convoy.", "could", None),
    ("could_ability", "He could detect the anger of the crowd around him.", "could", None),
    ("could_ability", "The ministry said it could no longer pay for the imports.", "could", None),
    ("could_ability", "The police could neither confirm nor deny the arrest.", "could", None),
    ("could_ability", "The strikes could trigger a wider war.", "could", "epistemic"),
    ("modal_purpose", "Troops opened a corridor so that civilians could leave.", "could", None),
    ("modal_purpose", "Even so, the truce could collapse within days.", "could", "epistemic"),
    # believe_in
    ("believe_in", "The soldiers believe in their commanders.", "believe", None),
    ("believe_in", "Officials believe the strike was deliberate.", "believe", "epistemic"),
    # approximator_quantity: "about"/"around"/"some"/"up to" only before a quantity
    ("approximator_quantity", "About 200 troops crossed the border.", "About", "approximator"),
    ("approximator_quantity", "The shelling went on for around a dozen hours.", "around",
     "approximator"),
    ("approximator_quantity", "About half of the villages lost power.", "About", "approximator"),
    # "about every"/"about all": a preposition, unless a number follows the quantifier
    ("approximator_quantity", "He wrote about every President since Truman.", "about", None),
    ("approximator_quantity", "Shells fell about every ten minutes.", "about", "approximator"),
    # a question's opening "What about ...?" asks; "what about 300 men could not do" counts
    ("approximator_quantity", "And what about 40 camps that trained the bombers?", "about",
     None),
    ("approximator_quantity", "The army did what about 300 rebels could not do.", "about",
     "approximator"),
    ("approximator_quantity", "They had thought of just about everything.", "about",
     "approximator"),
    # "one ... or another" is some one, no count: "asked how they felt about one raid or
    # another"; "about one in five" and "about one million" count
    ("approximator_quantity", "Reporters asked how they felt about one raid or another.",
     "about", None),
    ("approximator_quantity", "About one in five soldiers deserted.", "About", "approximator"),
    ("approximator_quantity", "About one million people fled.", "About", "approximator"),
    ("approximator_quantity", "Some 5,000 people fled the city.", "Some", "approximator"),
    ("approximator_quantity", "Up to 300 soldiers were wounded.", "Up to", "approximator"),
    ("approximator_quantity", "Repairs will cost about $2 billion.", "about", "approximator"),
    ("approximator_quantity", "The damage was estimated at $2 billion.", "estimated",
     "approximator"),
    ("approximator_quantity", "Nearly all of the villages were evacuated.", "Nearly",
     "approximator"),
    ("approximator_quantity", "An estimated one-to-two hundred people came.", "An estimated",
     "approximator"),
    ("approximator_quantity", "The two sides held talks about peace.", "about", None),
    ("approximator_quantity", "Troops were deployed around the city.", "around", None),
    ("approximator_quantity", "Some analysts disagree with the plan.", "Some", None),
    ("approximator_quantity", "It is up to the council to decide.", "up to", None),
    ("approximator_quantity", "The bridge was nearly destroyed by the blast.", "nearly", None),
    # up_to_limit: a penalty, a right or a capacity is a set maximum, not a vague count
    ("up_to_limit", "The banker faces up to five years in prison.", "up to", None),
    ("up_to_limit", "The deal lets the lenders buy up to 200,000 shares.", "up to", None),
    ("up_to_limit", "The new ferry can carry up to 900 passengers.", "up to", None),
    ("up_to_limit", "The rockets have a range of up to 40 km.", "up to", None),
    # ... also an offer, a buy-back or a fee ("of up to"), a price moving up, a span of time
    ("up_to_limit", "The firm plans to repurchase up to two million of its shares.", "up to",
     None),
    ("up_to_limit", "The union turned down offers of up to 8 pct.", "up to", None),
    ("up_to_limit", "The new service promises speeds of up to 8 megabits.", "up to", None),
    ("up_to_limit", "Sales were up to 4.2 million from 3.9 million a year ago.", "up to", None),
    ("up_to_limit", "The cost went up to 40 dollars last week.", "up to", None),
    ("up_to_limit", "Rain fell in the 24 hours up to 0600 GMT.", "up to", None),
    ("up_to_limit", "Witnesses said up to 40 people were hurt in the blast.", "up to",
     "approximator"),
    ("up_to_limit", "Output was cut by up to half, the ministry estimated.", "up to",
     "approximator"),
    # according_to_rule: in keeping with a method or a rule, not as reported by someone
    ("according_to_rule", "Unemployment, recalculated according to the new method, fell.",
     "according to", None),
    ("according_to_rule", "The troops withdrew according to the timetable of the plan.",
     "according to", None),
    ("according_to_rule", "The troops withdrew, according to the report.", "according to",
     "evidential"),
    ("up_to_limit", "Officials said up to 1,800 workers will lose their jobs.", "up to",
     "approximator"),
    # expected_as_planned
    ("expected_as_planned", "The talks are expected to focus on key issues.", "expected to",
     "epistemic"),
    ("expected_as_planned", "Countries such as Poland are expected to send aid.", "expected to",
     "epistemic"),
    ("expected_as_planned", "Losses were higher than expected.", "expected", None),
    ("expected_as_planned", "As expected, the motion passed.", "expected", None),
    ("expected_as_planned", "Turnout was lower than had been expected.", "expected", None),
    # "expect from" asks for something; it guesses nothing
    ("expected_as_planned", "We expect from Iran full assurances of an inquiry.", "expect",
     None),
    ("expected_as_planned", "We expect Iran to allow an inquiry.", "expect", "epistemic"),
    # possible_feasible
    ("possible_feasible", "It is possible that the dam was mined.", "possible", "epistemic"),
    ("possible_feasible", "One possible reason is the weather.", "possible", "epistemic"),
    ("possible_feasible", "Aid must arrive as soon as possible.", "possible", None),
    ("possible_feasible", "Western funding made the repairs possible.", "possible", None),
    ("possible_feasible", "It is possible to reach the city by rail.", "possible", None),
    ("possible_feasible", "This is the highest possible alert level.", "possible", None),
    # conditional_idiom
    ("conditional_idiom", "If the ceasefire holds, aid will flow.", "If", "conditional"),
    ("conditional_idiom", "The building shook as if hit by an earthquake.", "if", None),
    ("conditional_idiom", "Most if not all of the villages were shelled.", "if", None),
    ("conditional_idiom", "Casualties, if any, were light.", "if", None),
    ("conditional_idiom", "Aid will flow as long as the truce holds.", "as long as",
     "conditional"),
    ("conditional_idiom", "The siege lasted as long as 10 months.", "as long as", None),
    # appear_location
    ("appear_location", "The strike appears to have hit a fuel depot.", "appears to",
     "epistemic"),
    ("appear_location", "The logo appears to the right of the title.", "appears to", None),
    # potential_noun
    ("potential_noun", "Officials warned of potential attacks on the grid.", "potential",
     "epistemic"),
    ("potential_noun", "The plan has the potential to end the siege.", "potential", "epistemic"),
    ("potential_noun", "Planners soon realised the potential of the port.", "potential", None),
    ("potential_noun", "The lesson covered kinetic and potential energy.", "potential", None),
    # thought_noun
    ("thought_noun", "He was thought to have died in the siege.", "thought", "epistemic"),
    ("thought_noun", "Two schools of thought divide the generals.", "thought", None),
    # no_doubt
    ("no_doubt", "There is no doubt that the shell hit a school.", "doubt", None),
    ("no_doubt", "Western officials doubt the figures.", "doubt", "epistemic"),
    # claimed_responsibility
    ("claimed_responsibility", "No group claimed credit for the bombing.", "claimed", None),
    ("could_ability", "It was the worst storm he could remember.", "could", None),
    ("thought_noun", "The troops advanced without apparent thought for the civilians.", "thought",
     None),
    ("claimed_responsibility", "The group claimed responsibility for the attack.", "claimed",
     None),
    ("claimed_responsibility", "Russia claimed the strike hit a military target.", "claimed",
     "evidential"),
    # considered_deliberation
    ("considered_deliberation", "He is considered by many to be a hardliner.", "considered",
     "epistemic"),
    ("considered_deliberation", "The council considered sending more troops.", "considered",
     None),
    # an active perfect weighs options; what should be considered is a proposal, not a
    # reputation ("is considered to be" above stays a hedge)
    ("considered_deliberation", "The envoy had considered three other routes.", "considered",
     None),
    ("considered_deliberation", "Sanctions should be considered to stop the shelling.",
     "considered", None),
    # "could" of ability: affording, finding nothing, and the clause's last word
    ("could_ability", "Only families who could afford the fare left the town.", "could", None),
    ("could_ability", "The inspectors could find no trace of the shells.", "could", None),
    ("could_ability", "The medics did all they could, but he died.", "could", None),
    ("could_ability", "The inspectors could find traces of the shells.", "could", "epistemic"),
    ("could_ability", "The spokesman could give no reason for the delay.", "could", None),
    ("could_ability", "The blast could be heard ten miles away.", "could", None),
    ("could_ability", "The smoke could be seen as far away as the coast.", "could", None),
    ("could_ability", "The move could be seen as a provocation.", "could", "epistemic"),
    ("could_ability", "The spokesman could give reasons for the delay later.", "could",
     "epistemic"),
    # "could" measuring an ability: a comparison, a superlative, what came first (a "could"
    # after "than" across "and" is another clause, and stays)
    ("could_ability", "The colonel spent more than the auditors could account for.", "could",
     None),
    ("could_ability", "The clerk read the rule book as well as the pilots could fly.", "could",
     None),
    ("could_ability", "A shrug was the most the envoy could ever get from him.", "could", None),
    ("could_ability", "The convoy left before the rebels could attack it.", "could", None),
    ("could_ability", "Revenues were higher than forecast and could fund the aid.", "could",
     "epistemic"),
    # a purpose clause with a noun for subject; "If so," opens no purpose clause
    ("modal_purpose", "The planes flew low so their crews could photograph the damage.", "could",
     None),
    ("modal_purpose", "If so, the convoy may reach the city tonight.", "may", "epistemic"),
    # a negated doubt is certainty
    ("no_doubt", "Neither the envoy nor the generals doubt the figures.", "doubt", None),
    ("no_doubt", "The ministers do not doubt the figures.", "doubt", None),
    ("no_doubt", "The generals don't doubt the figures.", "doubt", None),
    # a perfect with an adverb between: taking something into account, not "held to be"
    ("considered_deliberation", "The committee has also considered that the witness lied.",
     "considered", None),
    # may_wish: a wish or a request for permission, not a possibility
    ("may_wish", "May God protect the soldiers.", "May", None),
    ("may_wish", "May we cross the checkpoint?", "May", None),
    ("may_wish", 'The driver asked the guard, "May we cross the checkpoint?"', "May", None),
    ("may_wish", "The ceasefire may collapse.", "may", "epistemic"),
]  # fmt: skip


@pytest.mark.parametrize(("rule", "sentence", "cue", "expected"), RULE_CASES)
def test_context_rule(
    matcher: Matcher, rule: str, sentence: str, cue: str, expected: str | None
) -> None:
    article = load_article(text=sentence)
    raw = [m for m in _raw(matcher, article) if m.text == cue]
    assert raw, f"the lexicon itself does not find {cue!r}"
    kept = [m for m in apply_rules(article, raw) if m.text == cue]
    if expected is None:
        assert kept == []
        # ... and it is this rule that drops it: without the rule the cue survives.
        others = {r.name for r in RULES} - {rule}
        assert [m.text for m in apply_rules(article, raw, skip=others)] == []
        assert [m.text for m in apply_rules(article, raw, skip={rule})] == [cue] * len(raw)
    else:
        assert [m.category for m in kept] == [expected] * len(raw)


def test_every_rule_has_a_positive_and_a_negative_case() -> None:
    names = {r.name for r in RULES}
    assert len(names) == len(RULES)
    dropped = {rule for rule, _, _, expected in RULE_CASES if expected is None}
    kept = {rule for rule, _, _, expected in RULE_CASES if expected is not None}
    assert dropped == names
    assert kept == names


def test_if_and_only_if_drops_both(matcher: Matcher) -> None:
    sentence = "A statement is true if and only if its premises hold."
    assert [m.text for m in _raw(matcher, sentence)] == ["if", "if"]
    assert _hedges(matcher, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The attack on the depot was unexpected.",  # "unexpected" is not "expected"
        "The minister appeared on state television.",  # bare "appear" is not a hedge
        "Officials said the talks began on Monday.",  # reporting alone is not a hedge
    ],
)
def test_sentences_without_hedges(matcher: Matcher, sentence: str) -> None:
    assert _hedges(matcher, sentence) == []


def test_negated_hedges_still_count(matcher: Matcher) -> None:
    # Decided by measurement (see analysis.hedging): "not likely" still qualifies the claim.
    found = _hedges(matcher, "A deal is not likely before winter.")
    assert [(m.text, m.category, m.negated) for m in found] == [("likely", "epistemic", True)]


def test_apply_rules_returns_new_list_and_leaves_matches_untouched(matcher: Matcher) -> None:
    article = load_article(
        text="About 200 troops may have crossed, talks about peace could not start."
    )
    raw = _raw(matcher, article)
    before = [dataclasses.astuple(m) for m in raw]
    kept = apply_rules(article, raw)
    assert [dataclasses.astuple(m) for m in raw] == before
    assert [m.text for m in kept] == ["About", "may"]
    assert all(any(k is m for m in raw) for k in kept)  # the same objects, not copies


def test_apply_rules_rejects_unknown_rule_names() -> None:
    with pytest.raises(ParameterError, match="unknown hedging rules"):
        apply_rules(load_article(text="text"), [], skip={"no_such_rule"})


# --------------------------------------------------------------------------------------------
# The seed article

# What a careful reader marks, in order: (cue text, category, words around it in the article).
SEED_CUES = [
    ("potential", "epistemic", "concerns about the potential for widespread"),
    ("According to", "evidential", "According to Ukrainian officials"),
    ("reportedly", "evidential", "reportedly resulted"),
    ("hoping for", "epistemic", "hoping for a breakthrough"),
    ("could", "epistemic", "could pave the way"),
    ("expected to", "epistemic", "are expected to focus"),
    ("suggest", "epistemic", "Analysts suggest"),
    ("could", "epistemic", "could significantly influence"),
    ("potential", "epistemic", "the potential for diplomatic engagement"),
    ("could", "epistemic", "could ultimately shape"),
]


def test_seed_article_cues(matcher: Matcher, seed_text: str) -> None:
    found = _hedges(matcher, seed_text)
    # Exactly these ten: nothing else in the article hedges (no "May", no "would", no "if").
    assert [(m.text, m.category) for m in found] == [(t, c) for t, c, _ in SEED_CUES]
    for m, (_, _, phrase) in zip(found, SEED_CUES, strict=True):
        window = seed_text[max(0, m.start - 40) : m.end + 40]
        assert phrase in window
        assert seed_text[m.start : m.end] == m.text


def test_seed_article_preposition_about_is_not_an_approximator(
    matcher: Matcher, seed_text: str
) -> None:
    # "raised concerns about the potential for ...": the lexicon finds "about", the rule drops
    # it because no number or quantity follows.
    abouts = [m for m in _raw(matcher, seed_text) if m.text.lower() == "about"]
    assert len(abouts) == 1
    assert seed_text[abouts[0].end :].startswith(" the potential")
    assert all(m.category != "approximator" for m in _hedges(matcher, seed_text))


# --------------------------------------------------------------------------------------------
# The document summary


def test_summary_keys_and_values() -> None:
    # Sentence 0 holds three cues ("may", "reportedly", "about 200"), sentence 1 none,
    # sentence 2 one ("if"), sentence 3 none; "strikes" is an escalation hit, not a hedge.
    # Tokens: 9 + 4 + 7 + 4 = 24 words.
    text = (
        "Troops may have reportedly crossed with about 200 tanks. "
        "The army denied it. "
        "Talks resume if the guns fall silent. "
        "Drone strikes continued overnight."
    )
    res = analysis.analyze(text, lexicons=["hedging", "escalation"])
    assert res.sentences["n_tokens"].tolist() == [9, 4, 7, 4]
    assert res.sentences["hedge_cues"].tolist() == [3, 0, 1, 0]
    out = {k: v for k, v in res.summary.items() if k.startswith("hedge")}
    intervals = {k: out.pop(k) for k in list(out) if k.endswith("_ci95")}
    assert set(intervals) == {"hedge_density_ci95", "hedged_sentence_share_ci95"}
    assert out == {
        "hedge_cues": 4,
        "hedge_density": round(100 * 4 / 24, 6),  # cues per 100 tokens
        "hedged_sentence_share": 0.5,  # 2 of 4 sentences
        "hedge_epistemic": 1,
        "hedge_conditional": 1,
        "hedge_approximator": 1,
        "hedge_evidential": 1,
    }


def test_summary_without_cues() -> None:
    res = analysis.analyze("The army denied it.", lexicons=["hedging"])
    assert res.summary["hedge_cues"] == 0
    assert res.summary["hedge_density"] == 0.0
    assert res.summary["hedged_sentence_share"] == 0.0


# --------------------------------------------------------------------------------------------
# The evaluation harness (on a tiny fixture, not on ../shared/data)

_TSV = (
    "id\tlabel\tcues\tsentence\n"
    "wiki:Alpha_1:S1.1\t1\t4:7:modal_probable:may\tThey may have left.\n"
    "wiki:Alpha_1:S1.2\t0\t\tOn May 20, 1983, he won.\n"
    "wiki:Beta_2:S1.1\t1\t0:2:hypo_condition:If\tIf it rains, we stay.\n"
    "wiki:Beta_2:S1.2\t0\t\tHe spoke about 200 words.\n"
    '"wiki:Gamma ""G""_3:S1.1"\t1\t3:10:hypo_doxastic:believe\t"I ""believe"" it, he said."\n'
)


def test_document_split_is_by_title_and_deterministic() -> None:
    assert evaluate.document_of("wiki:Tim Witherspoon_2358:S1.2") == "Tim Witherspoon"
    assert evaluate.document_of("wiki:Untitled 1 _LRB2_x_RRB2__2469:S1.1") == (
        "Untitled 1 _LRB2_x_RRB2_"
    )


def test_evaluation_main_on_a_fixture(tmp_path, capsys) -> None:
    path = tmp_path / "mini.tsv"
    path.write_text(_TSV, encoding="utf-8")
    rows = evaluate.read_rows(path)
    # CSV quoting is undone, so the gold offsets index the sentence as written.
    assert rows[4].doc == 'Gamma "G"'
    assert rows[4].sentence == 'I "believe" it, he said.'
    assert rows[4].gold == ((3, 10, "hypo_doxastic", "believe"),)
    assert evaluate.main([str(path), "--split", "all", "--top", "3"]) == 0
    out = capsys.readouterr().out
    # may (kept), May the month (dropped), If (kept), about 200 (approximator, not counted),
    # believe (kept): 3 of 3 uncertain sentences found, no false positive.
    assert re.search(r"detector \(lexicon \+ rules\)\s+P=1\.0000\s+R=1\.0000\s+F1=1\.0000", out)
    # Hyland's list counts "about" and "May" in "May 20": two false positives; it misses "If"
    # and "believe".
    assert re.search(r"baseline: Hyland \(2005\) hedges\s+P=0\.3333\s+R=0\.3333", out)
    assert re.search(r"approximator\s+1 cues in\s+1 sentences, 0 of those labelled", out)


@pytest.mark.parametrize(
    "argv",
    [["--categories", "epistemic,nonsense"], ["--categories", ","]],
)
def test_evaluation_main_rejects_bad_categories(tmp_path, argv: list[str]) -> None:
    path = tmp_path / "mini.tsv"
    path.write_text(_TSV, encoding="utf-8")
    assert evaluate.main([str(path), *argv]) == 2


def test_evaluation_main_rejects_missing_file(tmp_path) -> None:
    assert evaluate.main([str(tmp_path / "missing.tsv")]) == 2
