"""Pronoun and short-name resolution (issue 2, point 5), without a model."""
from __future__ import annotations

import pytest

from quotes.parse import Word
from quotes.resolve import Mention, Resolver, fronted_name, mention, opening_description, opening_name, opening_owner, opening_subject


def head(text: str, xpos: str, feats: str = "") -> Word:
    """A stand-alone head word carrying only what `mention` reads (tags and features)."""
    upos = {"NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "PRP": "PRON"}.get(xpos, "X")
    return Word(index=0, text=text, lemma=text.lower(), upos=upos, xpos=xpos, feats=feats, head=-1, deprel="nsubj",
                start=0, end=len(text))


def at(text: str, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the `nth` occurrence (0-based) of `phrase` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return start, start + len(phrase)


def m(text: str, phrase: str, nth: int = 0, hd: Word | None = None) -> Mention:
    """The mention of `phrase`'s `nth` occurrence."""
    return mention(text, *at(text, phrase, nth), hd)


def resolved_text(text: str, rng: tuple[int, int] | None) -> str | None:
    return None if rng is None else text[rng[0]:rng[1]]


@pytest.mark.parametrize("word,number,gender", [
    ("he", "sing", "masc"), ("He", "sing", "masc"), ("she", "sing", "fem"), ("They", "plur", None),
])
def test_pronoun_mentions(word: str, number: str, gender: str | None) -> None:
    """Pronouns carry their own number and gender."""
    text = f"{word} said so."
    mt = mention(text, 0, len(word), None)
    assert mt.pronoun
    assert (mt.number, mt.gender) == (number, gender)


def test_noun_phrase_mentions() -> None:
    """Number from the head's tags or features, gender from telling words, `and` makes a plural."""
    text = "Senior officials met a spokeswoman, Mr. Smith and Mrs. Jones."
    officials = m(text, "Senior officials", hd=head("officials", "NNS", "Number=Plur"))
    assert (officials.number, officials.pronoun) == ("plur", False)
    spokes = m(text, "a spokeswoman", hd=head("spokeswoman", "NN", "Number=Sing"))
    assert (spokes.number, spokes.gender) == ("sing", "fem")
    mr = m(text, "Mr. Smith", hd=head("Smith", "NNP", "Number=Sing"))
    assert (mr.number, mr.gender) == ("sing", "masc")
    pair = m(text, "Mr. Smith and Mrs. Jones", hd=head("Smith", "NNP", "Number=Sing"))
    assert pair.number == "plur"


KERRY = ("US Secretary of State John Kerry flew in to Geneva today. "
         "Kerry said the talks would go on.")


def test_short_name_to_full_earlier_mention() -> None:
    """`Kerry` resolves to `US Secretary of State John Kerry`."""
    r = Resolver(KERRY)
    got = r.resolve(m(KERRY, "Kerry", 1, head("Kerry", "NNP", "Number=Sing")))
    assert resolved_text(KERRY, got) == "US Secretary of State John Kerry"


@pytest.mark.parametrize("text,full", [
    ("Anna Berg met U.S. Sen. Ted Cruz on Monday. Cruz said no.", "U.S. Sen. Ted Cruz"),
    ("From the Herald Newspaper. Donald Trump spoke. Trump said no.", "Donald Trump"),
    ("WORLD NEWS\n\nDonald Trump spoke. Trump said no.", "Donald Trump"),
    ("Secretary of State John Kerry spoke. Kerry said no.", "Secretary of State John Kerry"),
    ("When Sen. Jane Roe arrived, the crowd cheered. Roe said no.", "Sen. Jane Roe"),
    ("But Ed Hale was not done yet. Hale said no.", "Ed Hale"),
    ("Because of Tom Vale the plan failed. Vale said no.", "Tom Vale"),
    ("And the Harbor Trust wrote to us. Trust said no.", "the Harbor Trust"),
    ("Nine Offensive Things Jo Hart Has Said\n\nThe senator spoke. Hart said no.", "Jo Hart"),
    ("Former President Jo Hart spoke. Hart said no.", "Former President Jo Hart"),
    ("Acting Police Commissioner Tom Vale spoke. Vale said no.", "Acting Police Commissioner Tom Vale"),
    ("Former Real Madrid coach Tom Vale spoke. Madrid said no.", "Real Madrid"),
    ("Former Hart campaign manager Tom Vale spoke. Hart said no.", "Hart"),
    # h169: `Whether` and `Unless` open a clause, as `When` does: no word of the name
    ("What to watch: Whether Mayor Tim Dale signs on. Dale said no.", "Mayor Tim Dale"),
    ("Unless Gov. Ann Ruiz acts, the bill dies. Ruiz said no.", "Gov. Ann Ruiz"),
    # h233: an article opens a noun phrase the name modifies (`The Ruiz campaign`), no word of a name
    ("The Ruiz campaign said it was confident. Ruiz said no.", "Ruiz"),
    # h271: an adverb in -ly opening the sentence, a verb's -ing form before a given name or a title, a day of the
    # week and the preposition after it: no word of the name; a given name in -ly or -ing keeps its place
    ("Certainly Tom Vale has changed his tune. Vale said no.", "Tom Vale"),
    ("Interestingly Gov. Ann Ruiz stayed away. Ruiz said no.", "Gov. Ann Ruiz"),
    ("Entrusting Ann Ruiz with the budget was a risk. Ruiz said no.", "Ann Ruiz"),
    ("The council called Wednesday for Justice Ann Ruiz to resign. Ruiz said no.", "Justice Ann Ruiz"),
    ("Kelly Ayotte spoke first. Ayotte said no.", "Kelly Ayotte"),
    ("Irving Kristol spoke first. Kristol said no.", "Irving Kristol"),
    ("Sunday Okafor spoke first. Okafor said no.", "Sunday Okafor"),
])
def test_short_name_widens_within_its_sentence(text: str, full: str) -> None:
    """The longest earlier form of a short name stays inside one sentence and paragraph, and starts past a
    word opening its clause (`When`, `But`, `Because of`); in a headline in title case, capitals mark no
    name: a first name before the short one at most."""
    short = full.split()[-1]
    r = Resolver(text)
    got = r.resolve(m(text, short, 1, head(short, "NNP", "Number=Sing")))
    assert resolved_text(text, got) == full


@pytest.mark.parametrize("text,full", [
    ("Fire chief Tom Vale Jr. spoke first. Vale said no.", "Fire chief Tom Vale Jr."),  # its title too
    ("The city hired lawyer Tom Vale Jr. Vale said no.", "Tom Vale Jr."),  # a title after a verb: no part
    ("Tom Vale III, the founder, spoke. Vale said no.", "Tom Vale III"),
    ("Tom Vale, Jr., spoke. Vale said no.", "Tom Vale, Jr."),
])
def test_a_generation_suffix_is_the_names(text: str, full: str) -> None:
    """`Vale` after `Tom Vale Jr.`: the suffix after the surname is a word of its fullest form."""
    r = Resolver(text)
    got = r.resolve(m(text, "Vale", 1, head("Vale", "NNP", "Number=Sing")))
    assert resolved_text(text, got) == full


def test_short_name_takes_only_forms_before_it() -> None:
    """Each mention widens to the longest form before it, the earliest of equals: a longer form later in
    the text does not reach back."""
    text = ("Kerry arrived. John Kerry spoke. Kerry said yes. Secretary of State John Kerry left. "
            "Kerry said no. State John Kerry waved. Kerry said maybe.")
    r = Resolver(text)
    starts = [i for i in range(len(text)) if text.startswith("Kerry ", i) and text[i - 1:i] in ("", " ")]
    got = [resolved_text(text, r.resolve(Mention(a, a + 5, "sing", None, False))) for a in starts]
    assert got == ["Kerry", "Kerry", "John Kerry", "John Kerry", "Secretary of State John Kerry",
                   "Secretary of State John Kerry", "Secretary of State John Kerry"]


def test_a_name_said_thousands_of_times_is_read_once() -> None:
    """A live blog naming one speaker thousands of times: the text is searched once for the name, not once
    a mention (that was quadratic: 82 s for 8,000 mentions), and every mention still gets the full form."""
    text = "Secretary of State John Kerry arrived. " + "".join(f"Kerry spoke, round {i}. " for i in range(3000))
    r = Resolver(text)
    starts = [i for i in range(len(text)) if text.startswith("Kerry spoke", i)]
    got = {resolved_text(text, r.resolve(Mention(a, a + 5, "sing", None, False))) for a in starts}
    assert got == {"Secretary of State John Kerry"}
    assert list(r.forms) == ["Kerry"]


@pytest.mark.parametrize("text,name,gender", [
    ("Her neighbour, Sam Okafor, ran outside.", "Sam Okafor", "masc"),
    ("His wife, Mary, was there.", "Mary", "fem"),
    ("The city's lawyer, Ann Ruiz, left early.", "Ann Ruiz", "fem"),
    ("Their guide, Okafor, stayed.", "Okafor", None),
    ("The city council, which met, voted.", None, None),
    ("The Treasurer, Helen Marsh, has begun her statement.", "Helen Marsh", "fem"),
    ("The Health Secretary, Tom Vale, left early.", "Tom Vale", "masc"),
    ("The United States, South Korea, and Japan signed the pact.", None, None),
])
def test_opening_name_after_a_description(text: str, name: str | None, gender: str | None) -> None:
    """A sentence opening with a description and a name set off by commas has that name for subject."""
    found = opening_name(text, 0, len(text))
    assert (found and text[found.start:found.end], found and found.gender) == (name, gender if name else None)


@pytest.mark.parametrize("text,name", [
    ("On a cold morning in May, Maria Lind stands on the pier.", "Maria Lind"),
    ("Asked about the penalty, Carter smiled.", "Carter"),
    ("In May, Ruiz's team won the cup.", None),           # an owner, not the subject
    ("At a rally in Ames, Iowa, on Sunday, he spoke.", None),  # a name set off by commas: a place's
    ("Yesterday Jo Hart left.", None),                     # no phrase set off
    ('In the last episode of "Harbor Lights," Rosa Vance confronts her brother.', "Rosa Vance"),  # a title in it
    ('On her album “Blue Hours”, Ann Lee sings of home.', "Ann Lee"),
    ('On "Blue Hours" the band sounds tired.', None),      # no comma sets the phrase off
])
def test_fronted_name(text: str, name: str | None) -> None:
    """A name right after a preposition's or participle's phrase opening the sentence, set off by a comma."""
    found = fronted_name(text, 0, len(text))
    assert (text[found.start:found.end] if found else None) == name


def test_a_spokesman_stays_a_man_under_a_shorter_name() -> None:
    """`spokesman David Brandt` is a man: a later `Brandt` (resolved to `David Brandt`, a shorter range
    ending at the same place) does not agree with `she`."""
    text = "Spokesman David Brandt spoke to Perez. Perez left. Brandt said no. Then she said yes."
    r = Resolver(text)
    first = text.index("Spokesman David Brandt")
    r.resolve(Mention(first, first + len("Spokesman David Brandt"), "sing", "masc", False))
    r.add_subject(Mention(text.index("Perez left"), text.index("Perez left") + 5, "sing", None, False))
    later = text.index("Brandt said")
    r.resolve(Mention(later, later + 6, "sing", None, False))
    she = text.index("she")
    assert resolved_text(text, r.resolve(Mention(she, she + 3, "sing", "fem", True))) == "Perez"


def test_an_adverb_opening_a_sentence_is_no_antecedent() -> None:
    """`Politically, she knew ...`: `Politically` opens its sentence capitalised but is no name."""
    text = "The prosecutor, Carrie Cohen, looked tired. Politically, she knew she had lost."
    r = Resolver(text)
    for sentence in ("The prosecutor, Carrie Cohen, looked tired.", "Politically, she knew she had lost."):
        start = text.index(sentence)
        found = opening_name(text, start, start + len(sentence))
        if found is not None:
            r.add_subject(found)
    she = text.index("she knew")
    assert resolved_text(text, r.resolve(Mention(she, she + 3, "sing", "fem", True))) == "Carrie Cohen"


def test_short_name_without_earlier_mention_is_itself() -> None:
    """A name with no longer earlier form resolves to itself."""
    text = "Kerry said the talks would go on."
    r = Resolver(text)
    assert resolved_text(text, r.resolve(m(text, "Kerry", hd=head("Kerry", "NNP")))) == "Kerry"


def test_full_noun_phrase_resolves_to_itself() -> None:
    """A speaker that needs no resolving keeps its own span."""
    text = "A senior US official told reporters the talks would go on."
    r = Resolver(text)
    got = r.resolve(m(text, "A senior US official", hd=head("official", "NN", "Number=Sing")))
    assert resolved_text(text, got) == "A senior US official"


@pytest.mark.parametrize("text,first,later,expected", [
    # the kind named in a description set off after the name, or in the title before it
    ("Ann Ruiz, the city's housing director, said rents rose. \"It hurts,\" the director said.",
     "Ann Ruiz", "the director", "Ann Ruiz"),
    ("Housing Director Ann Ruiz said rents rose. \"It hurts,\" the director said.",
     "Housing Director Ann Ruiz", "the director", "Housing Director Ann Ruiz"),
    ("A senior US official said talks would go on. \"It is close,\" the official said.",
     "A senior US official", "the official", "A senior US official"),
    # every word of the description: `former` is no word of `Vice President Jo Hart`
    ("Vice President Jo Hart said talks would go on. \"It is close,\" the former president said.",
     "Vice President Jo Hart", "the former president", "the former president"),
    # `mayor` is what a spokeswoman speaks for, not what she is
    ("A spokeswoman for the mayor said talks would go on. \"It is close,\" the mayor said.",
     "A spokeswoman for the mayor", "the mayor", "the mayor"),
    # a clause set off by commas describes no one
    ("According to the Post, an email was sent by the director, Jo Hart. \"It is close,\" the email said.",
     "the Post", "the email", "the email"),
    # a description opening the sentence before the name; an abbreviated title as its word; an office's
    # initials; capitalised words before a noun for a person
    ("The city's finance director, Ann Ruiz, said rents rose. \"It hurts,\" the director said.",
     "Ann Ruiz", "the director", "Ann Ruiz"),
    ("Dr. Ann Ruiz said the ward was full. \"It hurts,\" the doctor said.",
     "Dr. Ann Ruiz", "the doctor", "Dr. Ann Ruiz"),
    ("Local MP Jo Ray said the plan was wrong. \"It hurts,\" the MP said.",
     "Local MP Jo Ray", "the MP", "Local MP Jo Ray"),
    ("Ohio Sen. Jo Ray said the plan was wrong. \"It hurts,\" the Ohio senator said.",
     "Ohio Sen. Jo Ray", "the Ohio senator", "Ohio Sen. Jo Ray"),
    # two set off before one name: the description is the last one's only
    ("The company and the minister, Jo Ray, said the plan was wrong. \"It hurts,\" the company said.",
     "Jo Ray", "the company", "the company"),
    # a thing described in lower case is no body, though a body's name stands after its preposition
    ("Sleep matters, according to research presented at a meeting of the Heart Association. \"It hurts,\" the "
     "company said.", "research presented at a meeting of the Heart Association", "the company", "the company"),
    # a body's noun is no person whose title it modifies (h225), but the body named there (h255)
    ("Foreign Ministry spokesperson Wang Wenbin said talks had failed. The ministry said new rules would follow.",
     "Foreign Ministry spokesperson Wang Wenbin", "The ministry", "Foreign Ministry"),
    ("Education Ministry official Jo Ray said schools would open. \"It is time,\" the official said.",
     "Education Ministry official Jo Ray", "the official", "Education Ministry official Jo Ray"),
    # a word of an office before the body's noun qualifies the body, which heads its phrase last (h255)
    ("Russia's defence ministry said its forces had repelled an attack. The ministry added that drones fell.",
     "Russia's defence ministry", "The ministry", "Russia's defence ministry"),
    ("The State Department said the visa was valid. The department added that it would review the case.",
     "The State Department", "The department", "The State Department"),
    ("Defence Minister Jo Ray said the army was ready. The ministry added that drones fell.",
     "Defence Minister Jo Ray", "The ministry", "The ministry"),
    # the one name the body's noun closes in the stretch before, wherever it stands (h255)
    ("Jo Hart, who leads the Riverside Residents' Association, said the towers would block light. The association "
     "said it would sue.", "Jo Hart", "The association", "Riverside Residents' Association"),
    ("Jo Hart of the Teachers Union met the Nurses Union. The union said it would strike.",
     "Jo Hart", "The union", "The union"),  # two such names: which one, no reader knows
    # h340: an epithet (`the Ohio Republican`) within the clause of the one just named in its sentence never names
    # that one (`Trump welcomed the news, saying ...`); in the next sentence it does
    ("Donald Trump welcomed the news, saying the Ohio Republican was right.", "Donald Trump", "the Ohio Republican",
     "the Ohio Republican"),
    ("Donald Trump welcomed the news. \"It is right,\" the New York Republican said.", "Donald Trump",
     "the New York Republican", "Donald Trump"),
])
def test_definite_description_to_earlier_mention(text: str, first: str, later: str, expected: str) -> None:
    """`the director` stands for the latest earlier speaker whose words or set-off description name that kind."""
    r = Resolver(text)
    r.resolve(m(text, first, hd=head(first.split()[-1], "NN", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, later, hd=head(later.split()[-1], "NN", "Number=Sing")))) == expected


def test_it_passes_over_a_person() -> None:
    """`it` never stands for a person of no known gender (`the coach`, `Dr. Kwame Asante`)."""
    text = 'Northwind Rovers met. "We will win," the coach said. "We back him," it said.'
    r = Resolver(text)
    r.add_subject(m(text, "Northwind Rovers"))
    r.resolve(m(text, "the coach", hd=head("coach", "NN", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "it"))) == "Northwind Rovers"


def test_pronoun_to_previous_speaker() -> None:
    """`he` takes the most recent earlier agreeing speaker."""
    text = ('"We need a deal," a senior US official told reporters. "We will keep going," he said.')
    r = Resolver(text)
    r.resolve(m(text, "a senior US official", hd=head("official", "NN", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "he"))) == "a senior US official"


def test_chained_pronouns_keep_the_full_mention() -> None:
    """A second `he` still resolves to the full mention, not to the first `he`."""
    text = "A senior US official spoke. He said yes. He said no."
    r = Resolver(text)
    r.resolve(m(text, "A senior US official", hd=head("official", "NN", "Number=Sing")))
    r.resolve(m(text, "He", 0))
    assert resolved_text(text, r.resolve(m(text, "He", 1))) == "A senior US official"


def test_pronoun_number_agreement() -> None:
    """`they` skips a more recent singular speaker for an earlier plural one."""
    text = "Senior officials said yes. A spokesman said no. They said maybe."
    r = Resolver(text)
    r.resolve(m(text, "Senior officials", hd=head("officials", "NNS", "Number=Plur")))
    r.resolve(m(text, "A spokesman", hd=head("spokesman", "NN", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "They"))) == "Senior officials"


def test_pronoun_gender_agreement() -> None:
    """`he` skips a more recent woman; `she` finds her."""
    text = "Mr. Smith said yes. Mrs. Jones said no. He said maybe. She said never."
    r = Resolver(text)
    r.resolve(m(text, "Mr. Smith", hd=head("Smith", "NNP", "Number=Sing")))
    r.resolve(m(text, "Mrs. Jones", hd=head("Jones", "NNP", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "He"))) == "Mr. Smith"
    assert resolved_text(text, r.resolve(m(text, "She"))) == "Mrs. Jones"


def test_pronoun_recency() -> None:
    """Of two agreeing speakers, the more recent wins."""
    text = "Mr. Smith said yes. Mr. Brown said no. He said maybe."
    r = Resolver(text)
    r.resolve(m(text, "Mr. Smith", hd=head("Smith", "NNP", "Number=Sing")))
    r.resolve(m(text, "Mr. Brown", hd=head("Brown", "NNP", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "He"))) == "Mr. Brown"


def test_pronoun_never_resolves_forward() -> None:
    """A pronoun cannot take a speaker mentioned after it."""
    text = "He said yes. Mr. Smith said no."
    r = Resolver(text)
    r.resolve(m(text, "Mr. Smith", hd=head("Smith", "NNP", "Number=Sing")))
    assert r.resolve(m(text, "He")) is None


def test_pronoun_falls_back_to_earlier_subject() -> None:
    """With no earlier speaker, a pronoun takes the last agreeing subject, widened to its full name."""
    text = ("US Secretary of State John Kerry flew in to Geneva. Kerry met Lavrov. "
            "He said the talks would go on.")
    r = Resolver(text)
    r.add_subject(m(text, "US Secretary of State John Kerry", hd=head("Kerry", "NNP", "Number=Sing")))
    r.add_subject(m(text, "Kerry", 1, hd=head("Kerry", "NNP", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "He"))) == "US Secretary of State John Kerry"


def test_plural_pronoun_falls_back_to_plural_subject() -> None:
    """`they` takes the last plural subject, not a singular one."""
    text = "Senior officials travelling with Kerry arrived. The minister waited. They said it was close."
    r = Resolver(text)
    r.add_subject(m(text, "Senior officials travelling with Kerry", hd=head("officials", "NNS", "Number=Plur")))
    r.add_subject(m(text, "The minister", hd=head("minister", "NN", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "They"))) == "Senior officials travelling with Kerry"


@pytest.mark.parametrize("pronoun", ["I", "We", "You"])
def test_first_and_second_person_unresolved(pronoun: str) -> None:
    """`I`, `we`, `you` point outside the text: no resolution."""
    text = f"A spokesman said yes. {pronoun} said no."
    r = Resolver(text)
    r.resolve(m(text, "A spokesman", hd=head("spokesman", "NN", "Number=Sing")))
    assert r.resolve(m(text, pronoun)) is None


def test_unresolvable_pronoun_is_none() -> None:
    """A pronoun with no antecedent at all resolves to nothing."""
    text = "She said no."
    assert Resolver(text).resolve(m(text, "She")) is None



@pytest.mark.parametrize("sentence,name", [
    ("Sergei Lavrov arrived in Geneva on Monday.", "Sergei Lavrov"),
    ("Mrs. Clinton drew cheers from the crowd.", "Mrs. Clinton"),
    ("Smiling broadly, she thanked the crowd.", None),
    ("Thirteen years earlier, she had argued for it.", None),
    ("Moreover, the plan was dropped.", None),
    ("It’s become a fixture on the trail.", None),
    ("Dismayed by the vote, he left the hall.", None),
    ("Ahmed said the line was long.", "Ahmed"),
], ids=["name", "title-name", "participle", "number", "adverb", "contraction", "past-participle", "name-in-ed"])
def test_opening_name(sentence: str, name: str | None) -> None:
    """A name that opens a sentence; participles, numbers, adverbs and contractions are none."""
    found = opening_name(sentence, 0, len(sentence))
    assert (found and sentence[found.start:found.end]) == name


def test_a_pronoun_gives_its_antecedent_a_gender() -> None:
    """`Harris said ... "...," he said`: Harris is a man from then on, so a later `she` is not him."""
    text = ('Captain Joe Harris said the players had let him down. "We feel responsible," he said. '
            'The coach left. "It is hard," she said.')
    r = Resolver(text)
    r.resolve(m(text, "Captain Joe Harris", hd=head("Harris", "NNP", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "he"))) == "Captain Joe Harris"
    assert r.resolve(m(text, "she")) is None


def test_a_named_subject_after_the_last_speaker_is_nearer() -> None:
    """`"...," Kemp said. Dent, who joined in 2022, left. He told the Echo: "..."`: Dent, the subject
    named after Kemp spoke, in the pronoun's paragraph."""
    text = ('Manager Paul Dent was sacked. "We thank him," Kemp said.\n\nDent, who joined in 2022, was '
            'devastated. He told the Echo: "I am disappointed."')
    r = Resolver(text)
    r.resolve(m(text, "Kemp", hd=head("Kemp", "NNP", "Number=Sing")))
    r.add_subject(m(text, "Dent", 1, hd=head("Dent", "NNP", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "He"))) == "Manager Paul Dent"


@pytest.mark.parametrize("text, name", [
    # a subject in another paragraph, or no name (`The meeting`), does not outrank the last speaker
    ('"We thank him," Kemp said. Dent left.\n\n"I am sorry," he said.', "Kemp"),
    ('"We thank him," Kemp said. The meeting ended. "I am sorry," he said.', "Kemp"),
])
def test_the_last_speaker_keeps_a_pronoun(text: str, name: str) -> None:
    r = Resolver(text)
    r.resolve(m(text, "Kemp", hd=head("Kemp", "NNP", "Number=Sing")))
    other = "Dent" if "Dent" in text else "The meeting"
    r.add_subject(m(text, other, hd=head(other.split()[-1], "NNP" if other == "Dent" else "NN", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "he"))) == name


def test_opening_name_runs_over_a_title_in_lower_case() -> None:
    """`Assistant manager Sue Kelly will ...`: the name with its title, not `Assistant`."""
    text = "Assistant manager Sue Kelly will take charge on Tuesday."
    found = opening_name(text, 0, len(text))
    assert found is not None and text[found.start:found.end] == "Assistant manager Sue Kelly"


@pytest.mark.parametrize("text, name", [
    ("Former Trump campaign manager Corey Lewandowski arrived on Friday.",
     "Former Trump campaign manager Corey Lewandowski"),
    ("Interim Chelsea first-team coach Tom Vale was furious.", "Interim Chelsea first-team coach Tom Vale"),
    ("Obama named envoy Jo Hart on Friday.", "Obama"),
    ("Former Rovers and Wales striker Tom Vale signed on Friday.", "Former Rovers and Wales striker Tom Vale"),
    ("Ruiz and Lee met striker Tom Vale on Friday.", "Ruiz"),
    # a noun for one person is a title too, as after `and` (`striker`, `lawyer`)
    ("Former Liverpool striker Tom Vale signed on Friday.", "Former Liverpool striker Tom Vale"),
    ("Ruiz met lawyer Tom Vale on Friday.", "Ruiz"),
])
def test_opening_name_runs_over_nouns_before_a_title(text: str, name: str) -> None:
    """`Former Trump campaign manager Corey Lewandowski arrived`: nouns before the title in lower case go with
    it (never `Former Trump`); not a verb before it (`Obama named envoy Jo Hart`)."""
    found = opening_name(text, 0, len(text))
    assert found is not None and text[found.start:found.end] == name


@pytest.mark.parametrize("phrase", ["the report", "the ministry", "his book", "the White House",
                                    "a study by a noted economist", "signs", "one banner"])
def test_organisations_and_documents_are_neuter(phrase: str) -> None:
    """An organisation, a document, a work or a thing that bears words (its noun before any preposition) is
    never `he` nor `she`."""
    text = f"{phrase} said so."
    assert mention(text, 0, len(phrase), None).gender == "neut"


def test_he_passes_over_a_document_that_spoke() -> None:
    """`"...," the report said. "...," he said`: `he` takes the person before the report."""
    text = 'Jo Hart spoke first. "We lost," the report said. "We will go on," he said.'
    r = Resolver(text)
    r.resolve(m(text, "Jo Hart", hd=head("Hart", "NNP", "Number=Sing")))
    r.resolve(m(text, "the report", hd=head("report", "NN", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "he"))) == "Jo Hart"


def test_a_full_name_gains_nothing_in_a_headline() -> None:
    """In a headline in title case, a two-word name (`Jo Hart`) takes no capitalised word before it."""
    text = "Governor Slams Jo Hart Over Tax Plan\n\nJo Hart said no."
    r = Resolver(text)
    got = r.resolve(m(text, "Jo Hart", 1, head("Hart", "NNP", "Number=Sing")))
    assert resolved_text(text, got) == "Jo Hart"


def test_a_text_is_never_he() -> None:
    """`the memo`, `an email`: a text that speaks for its writer is neuter, so `he` passes over it."""
    text = "Kerry said no. The memo said yes. He wrote more."
    r = Resolver(text)
    r.resolve(m(text, "Kerry", hd=head("Kerry", "NNP", "Number=Sing")))
    memo = m(text, "The memo", hd=head("memo", "NN", "Number=Sing"))
    assert memo.gender == "neut"
    r.resolve(memo)
    assert resolved_text(text, r.resolve(m(text, "He"))) == "Kerry"


def test_a_description_is_not_its_own_noun_again() -> None:
    """`The bank` after the headline `Bank to close 50 branches`: the capital only opens the line, and
    names no bank."""
    text = "Bank to close 50 branches\n\nThe bank said the branches lose money."
    r = Resolver(text)
    r.add_subject(m(text, "Bank", hd=head("Bank", "NNP", "Number=Sing")))
    got = r.resolve(m(text, "The bank", hd=head("bank", "NN", "Number=Sing")))
    assert resolved_text(text, got) == "The bank"


@pytest.mark.parametrize("later, expected", [
    ("Mrs Hughes", "Council leader Janet Hughes"), ("Ms. Hughes", "Council leader Janet Hughes"),
    ("Dr Hughes", "Council leader Janet Hughes"),  # the title opening the sentence is the fuller form's too
    ("Mr. Hughes", "Mr. Hughes"),   # an honorific of another gender than the fuller form's first name
])
def test_an_honorific_and_a_surname_take_the_fuller_name(later: str, expected: str) -> None:
    """`Mrs Hughes` after `Council leader Janet Hughes`: the surname's longest earlier form, unless the
    honorific and that form's words give different genders."""
    text = f"Council leader Janet Hughes defended the plan. {later} said the council had listened."
    r = Resolver(text)
    r.resolve(m(text, "Council leader Janet Hughes", hd=head("Hughes", "NNP", "Number=Sing")))
    got = r.resolve(m(text, later, hd=head("Hughes", "NNP", "Number=Sing")))
    assert resolved_text(text, got) == expected


def test_a_clause_before_a_share_describes_no_one() -> None:
    """`The company has held talks with two buyers, one of the people said.`: the words before the comma are
    a clause (an auxiliary) and what follows is no name, so `The company` later is no description of
    `one of the people`: described-earlier leaves it to itself."""
    text = ("The company has held talks with two buyers, one of the people said. "
            "The company said it was reviewing all options.")
    r = Resolver(text)
    r.resolve(m(text, "one of the people", hd=head("one", "CD", "NumType=Card")))
    got = r.resolve(m(text, "The company", 1, head("company", "NN", "Number=Sing")))
    assert resolved_text(text, got) == "The company"


def test_earlier_subject_knows_the_gender_a_pronoun_gave() -> None:
    """`For years, Grace Obi has ... "...," she said.` then `Her husband ...` `"...," he said`: `she`
    made Grace Obi a woman, so `he` takes no earlier subject that names her."""
    text = 'For years, Grace Obi has worked nights. "I love it," she said. "I worry," he said.'
    r = Resolver(text)
    r.add_subject(m(text, "Grace Obi", hd=head("Obi", "NNP", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "she"))) == "Grace Obi"
    assert r.resolve(m(text, "he")) is None


@pytest.mark.parametrize("text, expected, gender", [
    ("Her rival was unimpressed.", "Her rival", None),
    ("The defendant's lawyer stood up.", "The defendant's lawyer", None),
    ("His lawyer objected.", "His lawyer", None),
    ("Her husband drives her to work.", "Her husband", "masc"),
    ("The home manager was furious afterwards.", "The home manager", None),
    ("Ruiz's deputy said nothing.", "Ruiz's deputy", None),
    ("The head of the union was angry.", None, None),       # a phrase follows: whose head is it?
    ("The man who built it was angry.", None, None),
    ("The state was slow to act.", None, None),             # a title's qualifier, no person
    ("The police were called.", None, None),                # a group
    ("The meeting ended late.", None, None),
    ("Her rival, Jo Hart, was blunter.", None, None),       # a name follows: `opening_name`'s
    ("The union reacted with fury.", "The union", "neut"),  # a body, for `it`
    ("Ruiz's website is very different.", None, None),      # an owner's body: the owner matters
])
def test_opening_description(text: str, expected: str | None, gender: str | None) -> None:
    """A description of one person with no name opening its sentence as its subject."""
    found = opening_description(text, 0, len(text))
    assert (None if found is None else text[found.start:found.end]) == expected
    assert found is None or (found.number, found.gender) == ("sing", gender)


def test_a_description_opening_a_sentence_is_the_nearer_antecedent() -> None:
    """`"...," Hart said. ¶ Her rival was unimpressed. ¶ "...," he said`: `he` is the rival, not Hart."""
    text = '"We will build it," Hart said.\n\nHer rival was unimpressed.\n\n"It is a fantasy," he said.'
    r = Resolver(text)
    r.resolve(m(text, "Hart", hd=head("Hart", "NNP", "Number=Sing")))
    r.add_subject(opening_description(text, *at(text, "Her rival was unimpressed.")))
    assert resolved_text(text, r.resolve(m(text, "he"))) == "Her rival"


def test_a_description_subject_resolves_as_described() -> None:
    """`Sen. Jo Ray spoke. ¶ The senator was furious. "...," he said`: `he` is Sen. Jo Ray."""
    text = 'Sen. Jo Ray spoke first.\n\nThe senator was furious. "We were lied to," he said.'
    r = Resolver(text)
    r.add_subject(m(text, "Sen. Jo Ray", hd=head("Ray", "NNP", "Number=Sing")))
    r.add_subject(opening_description(text, *at(text, "The senator was furious.")))
    assert resolved_text(text, r.resolve(m(text, "he"))) == "Sen. Jo Ray"


def test_an_owner_opening_a_sentence_tells_a_gender() -> None:
    """`"...," the mayor said. ¶ Her supporters cheered. ¶ "...," he said`: `Her` makes the mayor a woman,
    so `he` is not the mayor, nor `The mayor` said again."""
    text = ('The mayor spoke first.\n\n"We will build it," the mayor said.\n\nHer supporters cheered.\n\n'
            '"It will take years," he said.')
    r = Resolver(text)
    r.add_subject(opening_description(text, *at(text, "The mayor spoke first.")))
    r.resolve(m(text, "the mayor", hd=head("mayor", "NN", "Number=Sing")))
    owner = opening_owner(text, *at(text, "Her supporters cheered."))
    assert owner is not None and owner.gender == "fem"
    r.add_subject(owner)
    assert r.resolve(m(text, "he")) is None


def test_the_one_told_replies() -> None:
    """`"...," Ann Ruiz said. "...," Mr. Reyes told Ms. Olsen. "When?" she asked.`: Ms. Olsen replies, not
    Ann Ruiz; told someone of the teller's gender, the rule says nothing."""
    text = '"We fixed it," Ann Ruiz said. "Fix it again," Mr. Reyes told Ms. Olsen. "When?" she asked.'
    r = Resolver(text)
    r.resolve(m(text, "Ann Ruiz", hd=head("Ruiz", "NNP", "Number=Sing")))
    r.resolve_by_rule(m(text, "Mr. Reyes", hd=head("Reyes", "NNP", "Number=Sing")),
                      m(text, "Ms. Olsen", hd=head("Olsen", "NNP", "Number=Sing")))
    assert r.resolve_by_rule(m(text, "she")) == ("listener-replies", at(text, "Ms. Olsen"))
    r = Resolver(text)
    r.resolve(m(text, "Ann Ruiz", hd=head("Ruiz", "NNP", "Number=Sing")))
    r.resolve_by_rule(m(text, "Mr. Reyes", hd=head("Reyes", "NNP", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "she"))) == "Ann Ruiz"


@pytest.mark.parametrize("text, expected", [
    ("A rival bidder was less generous.", None),               # `bidder`, no noun for a person here, heads it
    ("The former mayor, who campaigned for years, welcomed it.", "The former mayor"),
    ("Her rival lawyer was unimpressed.", "Her rival lawyer"),
])
def test_opening_description_finds_its_head(text: str, expected: str | None) -> None:
    found = opening_description(text, 0, len(text))
    assert (None if found is None else text[found.start:found.end]) == expected


@pytest.mark.parametrize("text, expected", [
    ("The charity's chief executive wept outside.", "The charity's chief executive"),
    ("Quill's former business partner also gave evidence.", "Quill's former business partner"),
    ("The general public was angry.", None),
    ("The major problem was money.", None),
])
def test_opening_description_heads(text: str, expected: str | None) -> None:
    found = opening_description(text, 0, len(text))
    assert (None if found is None else text[found.start:found.end]) == expected


def test_a_preposition_opening_a_sentence_is_no_antecedent() -> None:
    """`Under a new contract, the club pays less.`: `Under` is no one `he` may stand for."""
    text = 'Tom Vale signed in May. Under a new contract, the club pays less. "I am happy," he said.'
    r = Resolver(text)
    r.add_subject(m(text, "Tom Vale", hd=head("Vale", "NNP", "Number=Sing")))
    r.add_subject(m(text, "Under"))
    assert resolved_text(text, r.resolve(m(text, "he"))) == "Tom Vale"


def parsed(text: str, *tags: tuple[str, str, str, str]) -> list[Word]:
    """Words of `text`'s opening, each (word, upos, deprel, feats), as a parse gives them."""
    out, at_ = [], 0
    for i, (word, upos, deprel, feats) in enumerate(tags):
        start = text.index(word, at_)
        out.append(Word(index=i, text=word, lemma=word.lower(), upos=upos, xpos="", feats=feats, head=-1,
                        deprel=deprel, start=start, end=start + len(word)))
        at_ = start + len(word)
    return out


@pytest.mark.parametrize("text, expected, number", [
    ("Kerry arrived in Geneva on Friday.", "Kerry", "sing"),
    ("Ruiz spent the morning in court.", "Ruiz", "sing"),
    ("The union reacted with fury.", "The union", "sing"),
    ("Part of the plan was never tested.", None, None),           # a share of something, not a name
    ("Half of them voted against it.", None, None),
    ("Come again?", None, None),                                    # a question's opening word
    ("Wednesday's vote settled nothing.", None, None),             # a day
    ("Under the new deal Hart earns less.", None, None),           # a preposition
    ("Everyone but Hale said yes.", None, None),                   # a pronoun for anyone
    ("Rather than wait, the board acted.", None, None),
    ("Extreme caution is needed here.", None, None),               # no verb follows: an adjective
    ("Labour leader quits.", None, None),                          # it modifies a noun for a person
    ("Farmers were furious about the ruling.", "Farmers", "plur"),  # a plural verb follows
    ("Seasonal workers were hired in May.", "Seasonal workers", "plur"),
    ("Hart and her deputy left early.", "Hart and her deputy", "plur"),  # a pair: both
    ("Ruiz and Lee thanked the fans.", "Ruiz and Lee", "plur"),
    ("Hart and her aides left early.", "Hart and her aides", "plur"),  # a plural noun joined
    ("Police and firefighters were called.", "Police and firefighters", "plur"),
    ("Hart and a deputy left early.", "Hart", "plur"),              # no name, owner's noun or plural after `and`
    # a phrase of time between the subject and its verb (h255)
    ("The World Health Agency on Tuesday ordered a recall.", "The World Health Agency", "sing"),
    ("The agency last week ordered a recall.", "The agency", "sing"),
    ("The agency on drug safety met.", None, None),               # a phrase of the noun's, no time
])
def test_opening_subject(text: str, expected: str | None, number: str | None) -> None:
    """What opens a sentence as its subject for a later pronoun, unparsed: English rules alone."""
    found = opening_subject(text, 0, len(text))
    assert (None if found is None else text[found.start:found.end]) == expected
    assert found is None or found.number == number


def test_opening_subject_a_common_word_capitalised_only_to_open_a_sentence() -> None:
    """`Presidential politics bores her.` beside `a presidential race`: no name."""
    text = "Presidential politics bores her. She reads about the presidential race instead."
    assert opening_subject(text, 0, text.index(" She")) is None
    text = "Hart sat down. She reads about Hart instead."
    assert opening_subject(text, 0, text.index(" She")) is not None


@pytest.mark.parametrize("text, tags, expected, number", [
    ("Last week was busy.", [("Last", "ADJ", "amod", "Degree=Pos")], None, None),
    ("Democratic leaders met.", [("Democratic", "ADJ", "amod", "Degree=Pos")], None, None),
    ("Analysts expect a cut.", [("Analysts", "NOUN", "nsubj", "Number=Plur")], "Analysts", "plur"),
    ("Hart resigned on Friday.", [("Hart", "PROPN", "nsubj", "Number=Sing")], "Hart", "sing"),
])
def test_opening_subject_reads_the_parse(text: str, tags: list, expected: str | None, number: str | None) -> None:
    """Where the sentence is parsed, one word opening it is a subject only as a noun or a name of its own."""
    found = opening_subject(text, 0, len(text), parsed(text, *tags))
    assert (None if found is None else text[found.start:found.end]) == expected
    assert found is None or found.number == number


@pytest.mark.parametrize("between, expected", [
    ("Nearly half", "Tom Vale"),                          # a share of a crowd
    ("the run-up to the vote", "Tom Vale"),               # a noun for no person
    ("His new contract", "Tom Vale"),
    ("the Great Fire", "Tom Vale"),                       # a thing's name
    ("21,000", "Tom Vale"),                               # a number
    ("Everyone", "Tom Vale"),
    ("a caller", "a caller"),                             # one who calls: a person
    ("the chief known as Bob", "the chief known as Bob"),
    ("one of the lawyers", "one of the lawyers"),
    ("a defiant Ruiz", "a defiant Ruiz"),
])
def test_earlier_subject_takes_only_a_person_for_he(between: str, expected: str) -> None:
    """`he` or `she` stands for no share, count, number, pronoun for anyone, thing or body; an `it` neither."""
    text = f'Tom Vale signed on Friday. {between} waited. "I am happy," he said.'
    r = Resolver(text)
    r.add_subject(m(text, "Tom Vale", hd=head("Vale", "NNP", "Number=Sing")))
    r.add_subject(Mention(*at(text, between), "sing", None, False))
    he = text.rindex("he said")
    assert resolved_text(text, r.resolve(mention(text, he, he + 2, None))) == expected


@pytest.mark.parametrize("subject, pronoun, expected", [
    ("Part", "she", None),
    ("Most", "it", None),
    ("the run-up to the vote", "she", None),
    ("the run-up to the vote", "it", "the run-up to the vote"),   # a thing may be `it`
    ("The union", "it", "The union"),
])
def test_earlier_subject_may_find_no_one(subject: str, pronoun: str, expected: str | None) -> None:
    text = f'{subject} of it was a surprise. "We will go on," {pronoun} said.'
    r = Resolver(text)
    r.add_subject(Mention(*at(text, subject), "sing", None, False))
    said = text.rindex(f"{pronoun} said")
    assert resolved_text(text, r.resolve(mention(text, said, said + len(pronoun), None))) == expected


def test_previous_speaker_is_no_share_of_a_crowd() -> None:
    """`Ann Ruiz said ... Nearly half said ... "...," she said`: she is Ann Ruiz, not `half`."""
    text = ('"We will win," Ann Ruiz said. Nearly half said they would vote. '
            '"It is close," she said.')
    r = Resolver(text)
    r.resolve(m(text, "Ann Ruiz", hd=head("Ruiz", "NNP", "Number=Sing")))
    r.resolve(m(text, "Nearly half", hd=head("half", "NN", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "she"))) == "Ann Ruiz"


@pytest.mark.parametrize("text, expected", [
    ("But Mr. Ruiz did not see it that way.", "Mr. Ruiz"),    # a conjunction is no part of the subject
    ("And Hart agreed.", "Hart"),
    ("So the mayor resigned.", None),
])
def test_opening_subject_after_a_conjunction(text: str, expected: str | None) -> None:
    found = opening_subject(text, 0, len(text))
    assert (None if found is None else text[found.start:found.end]) == expected


def test_a_description_with_a_noun_for_a_person_before_its_head_is_one() -> None:
    """`a source close to the campaign`: `close` ends the words before `to`, `source` is a person."""
    text = 'Tom Vale signed on Friday. A source close to the club waited. "I am happy," he said.'
    r = Resolver(text)
    r.add_subject(m(text, "Tom Vale", hd=head("Vale", "NNP", "Number=Sing")))
    r.add_subject(Mention(*at(text, "A source close to the club"), "sing", None, False))
    he = text.rindex("he said")
    assert resolved_text(text, r.resolve(mention(text, he, he + 2, None))) == "A source close to the club"


def test_a_description_of_a_thing_someone_has_is_no_one() -> None:
    """`her executive experience`: `experience` heads it, not `executive`."""
    text = 'Tom Vale signed on Friday. His executive experience was short. "I am happy," he said.'
    r = Resolver(text)
    r.add_subject(m(text, "Tom Vale", hd=head("Vale", "NNP", "Number=Sing")))
    r.add_subject(Mention(*at(text, "His executive experience"), "sing", None, False))
    he = text.rindex("he said")
    assert resolved_text(text, r.resolve(mention(text, he, he + 2, None))) == "Tom Vale"


def test_a_name_given_in_full_stays_one_person_in_a_pair() -> None:
    """`Ann Ruiz spoke. ... Ruiz and her aides left.`: Ruiz is one person; `Hart and her deputy` opening a text
    is a pair."""
    text = "Ann Ruiz spoke first. Ruiz and her aides left early."
    found = opening_subject(text, text.index("Ruiz and"), len(text))
    assert found is not None and (text[found.start:found.end], found.number) == ("Ruiz", "sing")


@pytest.mark.parametrize("office", ["The Taoiseach", "The Tánaiste", "The coroner", "Cllr Tom Baxter",
                                    "Det Insp Tom Smith"])
def test_british_and_irish_offices_are_people(extractor, office: str) -> None:
    """`The Taoiseach said ... 'We will deliver,' he told reporters.`: an Irish or British office or rank
    names a person, so the pronoun after it stands for that speaker."""
    text = f"{office} said the plan would work.\n\n'We will deliver,' he told reporters."
    found = extractor.extract(text)
    assert [(q.text, q.speaker_resolved and q.speaker_resolved.text) for q in found][-1] == ("We will deliver,", office)


def test_doctests() -> None:
    """The examples in quotes.resolve's docstrings (`caption_credit`'s strict and lenient credits among them)."""
    import doctest

    import quotes.resolve

    result = doctest.testmod(quotes.resolve)
    assert result.attempted > 0 and result.failed == 0


@pytest.mark.parametrize("first, later, expected", [
    ("Manpower Minister Tan Wei Ming", "Mr Tan", "Manpower Minister Tan Wei Ming"),
    ("Madam Lim Siew Hoon", "Madam Lim", "Madam Lim Siew Hoon"),
    ("Lawmaker Michael Tien Puk-sun", "Mr Tien", "Lawmaker Michael Tien Puk-sun"),
    ("Council leader Janet Hughes Tuesday", "Mrs Hughes", "Council leader Janet Hughes"),  # a time, no given name
    ("the Janet Hughes Foundation", "Mrs Hughes", "Janet Hughes"),  # a body's word, no given name
    ("Mr. Vale Washington", "Mr Vale", "Mr. Vale Washington"),
])
def test_an_honorific_and_a_surname_take_the_given_names_after_it(first: str, later: str, expected: str) -> None:
    """`Mr Tan` after `Manpower Minister Tan Wei Ming`: a surname written first (Chinese order) takes the
    given names after it, not a time or a body's word; the form may be the surname alone before them
    (`spokeswoman Mao Ning`)."""
    text = f"{first} spoke at the dinner. {later} said the council had listened."
    r = Resolver(text)
    r.resolve(m(text, first, hd=head(first.split()[-1], "NNP", "Number=Sing")))
    got = r.resolve(m(text, later, first.count(later), head(later.split()[-1], "NNP", "Number=Sing")))
    assert resolved_text(text, got) == expected


def test_an_honorific_and_a_surname_take_given_names_after_a_lower_case_title() -> None:
    """`Ms Mao` after `foreign ministry spokeswoman Mao Ning`: the surname alone has the given name after it."""
    text = "The foreign ministry spokeswoman Mao Ning took questions. Ms Mao said the talks would go on."
    r = Resolver(text)
    got = r.resolve(m(text, "Ms Mao", hd=head("Mao", "NNP", "Number=Sing")))
    assert resolved_text(text, got) == "Mao Ning"


@pytest.mark.parametrize("later, expected", [
    ("Mr Tan", "Mr Tan Wei Jie"),          # not the mother, `Madam Tan Bee Lian`, the longer form
    ("Madam Tan", "Madam Tan Bee Lian"),
])
def test_an_honorific_and_a_surname_take_the_form_so_addressed(later: str, expected: str) -> None:
    """`Mr Tan` after `Madam Tan Bee Lian` and her son `Mr Tan Wei Jie`: the form with the same honorific
    and given names after the surname is the one meant."""
    text = "Madam Tan Bee Lian runs the stall with her son, Mr Tan Wei Jie. " + later + " said rents were high."
    r = Resolver(text)
    got = r.resolve(m(text, later, 1, head("Tan", "NNP", "Number=Sing")))
    assert resolved_text(text, got) == expected


@pytest.mark.parametrize("text, later, expected", [
    ("Mr. Vale Wins\n\nThe count ended late. Mr. Vale said he was grateful.", "Mr. Vale", "Mr. Vale"),
    ("Mr. Vale Says He Won\n\nMr. Vale said he was grateful.", "Mr. Vale", "Mr. Vale"),
])
def test_no_given_names_in_a_title_case_headline(text: str, later: str, expected: str) -> None:
    """`Mr. Vale Wins` ending a headline's line, `Mr. Vale Says`: title case, no given names after a surname."""
    r = Resolver(text)
    got = r.resolve(m(text, later, 1, head("Vale", "NNP", "Number=Sing")))
    assert resolved_text(text, got) == expected


@pytest.mark.parametrize("first, later, expected", [
    ("Chief Secretary Chan Kwok-ki", "Chan", "Chief Secretary Chan Kwok-ki"),
    ("environment minister Tse Chin-wan", "Tse", "Tse Chin-wan"),
    ("Lawmaker Doreen Kong Yuk-foon", "Kong", "Lawmaker Doreen Kong Yuk-foon"),
    ("Council leader Janet Hughes Wood", "Hughes", "Council leader Janet Hughes"),  # no hyphened given name
    ("Agriculture Sec. Tomas dela Cruz", "Dela Cruz", "Agriculture Sec. Tomas dela Cruz"),
    ("Prime Minister Datuk Seri Anwar Ibrahim", "Anwar", "Prime Minister Datuk Seri Anwar Ibrahim"),
    ("Tan Sri Ali Hamid", "Ali", "Tan Sri Ali Hamid"),  # a Malay name goes by its given name
    ("Senator Ann Ruiz Lopez", "Ruiz", "Senator Ann Ruiz"),  # no Malay title: no name after
    ("Foreign Ministry spokesperson Wang Wenbin", "Wang", "Wang Wenbin"),  # a Chinese surname, written first
    ("North Korean leader Kim Jong Un", "Kim", "Kim Jong Un"),
    ("Premier Li Qiang", "Li", "Premier Li Qiang"),
    ("Coach Tom Lee", "Lee", "Coach Tom Lee"),  # written last: nothing after it
    ("Sheikh Mohammed bin Rashid Al Maktoum", "Sheikh Mohammed", "Sheikh Mohammed bin Rashid Al Maktoum"),
    ("HH Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum", "Sheikh Hamdan",
     "HH Sheikh Hamdan bin Mohammed bin Rashid Al Maktoum"),  # each father's name, then the family's
])
def test_a_surname_takes_hong_kong_given_names_and_filipino_particles(first: str, later: str, expected: str) -> None:
    """`Chan` after `Chief Secretary Chan Kwok-ki`: a bare surname takes the hyphened given names after it, as
    Hong Kong writes them, and a Malay given name the father's name after it (`Anwar`); `Dela Cruz` opening a
    sentence is the `dela Cruz` named before."""
    text = f"{first} spoke at the dinner.\n\n{later} said the council had listened."
    r = Resolver(text)
    got = r.resolve(m(text, later, first.count(later), head(later.split()[-1], "NNP", "Number=Sing")))
    assert resolved_text(text, got) == expected


def test_they_is_never_one_named_person() -> None:
    """`They` skips a man or a woman whose number no tag gave (a name the parser split off a pair: `Ann Ruiz,
    who ..., and Tom Vale`): a plural or a body, never one named person."""
    text = "Ann Ruiz said the plan was sound. They said it would fail."
    r = Resolver(text)
    r.resolve(Mention(*at(text, "Ann Ruiz"), None, "fem", False))
    assert r.resolve(m(text, "They")) is None
    text = "Ruiz and Vale said the plan was sound. They said it would fail."
    r = Resolver(text)
    r.resolve(Mention(*at(text, "Ruiz and Vale"), "plur", None, False))
    assert resolved_text(text, r.resolve(m(text, "They"))) == "Ruiz and Vale"


def resolved_name(extractor, text: str, quote: str) -> str | None:
    """The resolved speaker's text (None: unresolved) of the one quote in `text` whose text is `quote`;
    fails unless exactly one quote has that text."""
    found = [q for q in extractor.extract(text) if q.text == quote]
    assert len(found) == 1, found
    return found[0].speaker_resolved.text if found[0].speaker_resolved is not None else None


# The resolved speaker (None: unresolved) of the one quote in the text with that quote's text.
RESOLVED_NAMES = [
    # kin_owner: `his brother, Frank` then, a paragraph on, `He often said ...`: the man Frank is brother to.
    # a new paragraph's `he` or `she` after kin of that gender named by `his` or `her`: whoever the kin is kin to
    ('Eddie Cole coached the Riverside boys for 30 years. He died on Monday.\n\n"He was tough," said his '
     'brother, Frank.\n\nHe often said that a team is only as good as its bench.',
     "that a team is only as good as its bench", "Eddie Cole"),
    ('Joan Pratt ran the bakery for 40 years. She died on Friday.\n\nHer daughter, Lisa, said the bakery was her '
     'life. "Mom was there at four every morning," she said.\n\nShe once told a reporter that bread was "the only '
     'honest food."', 'that bread was "the only honest food."', "Joan Pratt"),
    # in the kin's own paragraph the kin keeps the pronoun (the name set off after the description: described-name)
    ('Joan Pratt ran the bakery for 40 years. She died on Friday.\n\nHer daughter, Lisa, said the bakery was her '
     'life. "Mom was there at four every morning," she said.', "Mom was there at four every morning,",
     "Lisa"),
    # kin of the other gender (`her husband` then `he`), or no kin (`his spokesman`), keep it across paragraphs
    ('Ann Ruiz died on Sunday.\n\n"She was kind," said her husband, Tom.\n\nHe said the funeral would be private.',
     "the funeral would be private", "Tom"),
    ('Tom Vale spoke on Monday.\n\n"We disagree," said his spokesman, Jo Hart.\n\nHe said the talks would go on.',
     "the talks would go on", "Jo Hart"),
    # a_joint_subject_or_a_count_of_people: `Tom Vale and Jo Hart spoke.` then `she`: the member whose words do not
    # make him a man; `Thousands of people have signed.` then `they`: the count.
    # of a joint subject, the member that may be `she` where the other is a man (a title in lower case too)
    ('Police chief Tom Vale and Mayor Jo Hart spoke at the meeting. "We will rebuild the bridge," she said.',
     "We will rebuild the bridge,", "Mayor Jo Hart"),
    ('Tom Vale and Jo Hart spoke at the meeting. "We will rebuild the bridge," she said.',
     "We will rebuild the bridge,", "Jo Hart"),
    # either may be `he`, neither `she` of two women's names or a body's: no one
    ('Tom Vale and Jo Hart spoke at the meeting. "We will rebuild the bridge," he said.',
     "We will rebuild the bridge,", None),
    ('Ann Ruiz and Jo Hart spoke at the meeting. "We will rebuild the bridge," she said.',
     "We will rebuild the bridge,", None),
    ('Tom Vale and Acme Corp signed the deal. "We will rebuild the bridge," she said.',
     "We will rebuild the bridge,", None),
    # a count of people in a plural not in `-s` is `they`; with no verb after it, no subject
    ('Thousands of people have signed the petition. "We want clean water," they said.',
     "We want clean water,", "Thousands of people"),
    ('Hundreds of children marched to the hall. "We want clean water," they said.',
     "We want clean water,", "Hundreds of children"),
    ('Thousands of people. "We want clean water," they said.', "We want clean water,", None),
    # a_capitalised_office_before_a_name_and_clergy: `The Bishop of Westby, the Rt Rev Nick Hale, said`: the name;
    # `the bishop`, `the vicar` later: that name.
    # a capitalised office (and its place) set off before a name, `the` and a style of address opening it
    ("The Bishop of Westby, the Rt Rev Nick Hale, said the vicarages would be sold.",
     "the vicarages would be sold", "Rt Rev Nick Hale"),
    ("The Dean of Northfield, the Very Rev Paul Ames, said the roof was unsafe.", "the roof was unsafe",
     "Very Rev Paul Ames"),
    ('The Chief Rabbi, Sir Eli Cohn, said the ruling was "a victory for conscience."',
     'the ruling was "a victory for conscience."', "Sir Eli Cohn"),
    ("The Mayor of Westby, Ann Carr, said the budget was tight.", "the budget was tight", "Ann Carr"),
    # a place set off after the office is no name
    ("The Mayor of Springfield, New Jersey, said the budget was tight.", "the budget was tight",
     "The Mayor of Springfield, New Jersey"),
    # `the bishop` later is the name the office was set off before, speaker or subject
    ('The Bishop of Westby, the Rt Rev Nick Hale, said the plan was sound.\n\n"We have a duty to the poor," the '
     'bishop said.', "We have a duty to the poor,", "Rt Rev Nick Hale"),
    ('The Bishop of Westby, the Rt Rev Nick Hale, opened the synod on Tuesday.\n\n"We have a duty to the poor," the '
     'bishop said.', "We have a duty to the poor,", "Rt Rev Nick Hale"),
    # clergy by office: `the vicar`, `the imam` after the name they described
    ('Ann Carr, the vicar of St Mark\'s, opened the meeting.\n\n"We will rebuild," the vicar said.',
     "We will rebuild,", "Ann Carr"),
    ('Yusuf Ali, the imam of the Westby Central Mosque, spoke first.\n\n"We grieve together," the imam said.',
     "We grieve together,", "Yusuf Ali"),
    # an owner of several words, an `of` within it, before the office (h228)
    ("The Reserve Bank of Westland's governor, Ann Hale, said rates would stay on hold.", "rates would stay on hold",
     "Ann Hale"),
    ("The Reserve Bank of Westland's Governor, Ann Hale, said rates would stay on hold.", "rates would stay on hold",
     "Ann Hale"),
    ("The board's Chairman, Tom Vale, said the vote was close.", "the vote was close", "Tom Vale"),
    ("New Westland's governor, Kathy Hale, said the bridge would reopen.", "the bridge would reopen", "Kathy Hale"),
    # councillor_abbreviations: `Coun. Ann Ruiz` (Canada), `Cllr Tom Hale` (Britain, Ireland) then `the councillor`:
    # the same one.
    # Canada's `Coun.` and Britain's `Cllr` abbreviate `councillor`: `the councillor` later is the one so titled
    ('Coun. Ann Ruiz said the budget was balanced. "Taxes will not rise," the councillor said.',
     "Taxes will not rise,", "Coun. Ann Ruiz"),
    ('Cllr Tom Hale said the road was unsafe. "It is a death trap," the councillor said.',
     "It is a death trap,", "Cllr Tom Hale"),
    # relative_pronoun_after_a_given_name: `a page named Patriots United, which wrote ...`: `which` stands for the
    # name the participle gives.
    # a relative pronoun after a name that `named`, `called` gives stands for the name, not the participle (h229)
    pytest.param("The photo was posted by an account named Real News Daily, which claimed it showed Miami.",
                 "it showed Miami", "Real News Daily", id="h229-named-account"),
    pytest.param("The clip was shared by a page named Patriots United, which wrote that the mayor had fled.",
                 "that the mayor had fled", "Patriots United", id="h229-named-page"),
    pytest.param("The claim came from a group called Truth Now, which said the bill would let the state seize guns.",
                 "the bill would let the state seize guns", "Truth Now", id="h229-called-group"),
    # near-misses: no participle giving a name, the noun phrase as before
    pytest.param("The photo was posted by a user, who claimed it showed Miami.", "it showed Miami", "a user",
                 id="h229-plain-relative"),
    pytest.param("A man named John Hale said the photo showed Miami.", "the photo showed Miami", "John Hale",
                 id="h229-named-subject"),
    # a_unit_nickname_or_firm_in_a_described_name: `The spokesman for the 3rd Infantry Brigade, Capt. Leo Park,
    # said`: the name; `Her publisher, Harbor Books,` then `she`: not the firm.
    # a numbered or capitalised unit in the description's `for` phrase
    ("The spokesman for the 3rd Infantry Brigade, Capt. Leo Park, said the road was closed.", "the road was closed",
     "Capt. Leo Park"),
    ('The spokesman for the 3rd Infantry Brigade, Capt. Leo Park, spoke first. "We are safe," he said.',
     "We are safe,", "Capt. Leo Park"),
    ("A spokeswoman for the 101st Airborne Division, Maj. Ann Hale, said the road was closed.",
     "the road was closed", "Maj. Ann Hale"),
    # an owner's `'s` opening the description, stacked titles before the name
    ("Westby Health's medical director, Prof. Sir Tom Vale, said the wards were full.", "the wards were full",
     "Prof. Sir Tom Vale"),
    # a nickname in quotation marks inside the name a description sets off
    ('His producer, Nia "Big Nia" Oduya, remembers the night well. "It was wild," she says.', "It was wild,",
     'Nia "Big Nia" Oduya'),
    # a firm's name set off after a description is never `she`
    ('Her publisher, Harbor Books, called the book a triumph. "I was thrilled," she tells The Times.',
     "I was thrilled,", None),
    ('Ann Vale wrote the novel in a year. Her publisher, Harbor Books, called it a triumph. "I was thrilled," she '
     'tells The Times.', "I was thrilled,", "Ann Vale"),
    ('Her agent, Ann Carr, called the book a triumph. "I was thrilled," she tells The Times.', "I was thrilled,",
     "Ann Carr"),
    # h238_firms_in_owner_form_and_askers: `Moody's said`: a firm's name in the owner's form keeps its `'s`; `The
    # moderator pressed Brandt ... "Would you sign it?" she asked.`: whoever put the question asks on, not the one
    # asked.
    pytest.param("Moody's said the outlook was stable. It added that risks remained.", "that risks remained",
                 "Moody's", id="h238-firm-in-owner-form-then-it"),
    pytest.param("Moody's cut the bank's rating on Friday.\n\n\"The outlook is negative,\" Moody's said.",
                 "The outlook is negative,", "Moody's", id="h238-firm-in-owner-form-speaks"),
    pytest.param("The bridge opened late. Its builder, Ann Ruiz, stayed away.\n\nRuiz's reply was short: \"The bridge "
                 "speaks for itself.\"", "The bridge speaks for itself.", "Ann Ruiz", id="h238-owner-still-owns"),
    pytest.param('The moderator pressed Brandt on the budget. "Would you sign it?" she asked.', "Would you sign it?",
                 "The moderator", id="h238-asker-asks-on"),
    pytest.param('Anna Kerr, the host, welcomed the candidates. "It is a big night," she said.\n\nThe moderator '
                 'pressed Tom Brandt on the budget. "Would you sign it?" she asked.', "Would you sign it?",
                 "The moderator", id="h238-asker-asks-on-past-another-woman"),
    pytest.param('"Fix it," Mr. Reyes told Ms. Olsen. "When?" she asked.', "When?", "Ms. Olsen",
                 id="h238-one-told-asks-back"),
    pytest.param('"Is it safe?" Tom Lee asked Ann Ruiz. "Why do you ask?" she asked.', "Why do you ask?", "Ann Ruiz",
                 id="h238-one-asked-of-other-gender-asks-back"),
    # h238_the_one_contacted_does_not_respond: `Full Fact contacted the minister's office. She did not respond ...`:
    # the one contacted (the office's owner for `she`), never the organisation that contacted her.
    pytest.param("Full Fact contacted the minister's office. She did not respond to a request for comment.",
                 "a request for comment", "the minister", id="h238-contacted-office-owner"),
    pytest.param("Reporters reached out to Ann Vale's lawyer, Tom Reed. He did not respond to a request for comment.",
                 "a request for comment", "Tom Reed", id="h238-contacted-named-after"),
    pytest.param("The Herald contacted Acme Corp on Monday. It did not immediately respond to a request for comment.",
                 "a request for comment", "Acme Corp", id="h238-contacted-firm-it"),
    # a report after a contact is no non-response: whoever contacted speaks on
    pytest.param("Ann Vale contacted Tom Reed. She said the deal was off.", "the deal was off", "Ann Vale",
                 id="h238-contacted-then-contacter-says"),
    # h238_a_name_with_a_patronym_runs_to_its_family_name: `Sheikh Mohammed bin Rashid said`: the fuller `... bin
    # Rashid Al Maktoum` named before.
    pytest.param('His Highness Sheikh Mohammed bin Rashid Al Maktoum opened the fair.\n\n"Dubai is ready," Sheikh '
                 'Mohammed bin Rashid said.', "Dubai is ready,", "His Highness Sheikh Mohammed bin Rashid Al Maktoum",
                 id="h238-patronymic-short-form"),
    pytest.param('Anwar bin Ibrahim spoke first.\n\n"We are united," Anwar bin Ibrahim said.', "We are united,",
                 "Anwar bin Ibrahim", id="h238-patronymic-whole-again"),
    # h238_firms_and_persons_for_it: `Kellogg's, which ...,` keeps its `'s`; `It` never stands for `Its director,
    # Rocio Concha`.
    pytest.param("Kellogg's, which banks with Harbor, said it was not affected. It added that it would move its "
                 "money.", "that it would move its money", "Kellogg's", id="h238-firm-in-owner-form-set-off"),
    pytest.param("The Shoppers Union welcomed the fine. Its director, Rocio Concha, said banks must do better.\n\nThe "
                 "Guardian contacted the Treasury. It did not respond to a request for comment.",
                 "a request for comment", "the Treasury", id="h238-it-is-no-described-person"),
    pytest.param("The Shoppers Union welcomed the fine. Its director, Rocio Concha, said banks must do better. It "
                 "added that the fine was too low.", "that the fine was too low", "The Shoppers Union",
                 id="h238-it-never-the-director"),
    pytest.param("Councilwoman Maria Ortiz said the plan ignored flooding risks.\n\nThe moderator of the session, "
                 "Karen Mills, pressed Ortiz on the flooding study. \"Have you read it?\" she asked. Ortiz said she had.",
                 "Have you read it?", "Karen Mills", id="h238-asker-asks-on-same-gender"),
    # h238_a_body_owning_a_speakers_description: `Northwind Bank's chief executive, Ann Ruiz, said` then `the lender
    # said`: Northwind Bank.
    pytest.param("Northwind Bank's chief executive, Ann Ruiz, said profits rose.\n\n\"We had a strong quarter,\" the "
                 "lender said.", "We had a strong quarter,", "Northwind Bank", id="h238-body-owning-a-description"),
    pytest.param("Acme Corp's lawyer said the case was weak.\n\n\"We will appeal,\" the company said.", "We will appeal,",
                 "Acme Corp", id="h238-body-owning-a-speaker"),
    # an owner that is a person owns no body: `the company` is not Ruiz
    pytest.param("Ann Ruiz's lawyer said the case was weak.\n\n\"We will appeal,\" the company said.", "We will appeal,",
                 "the company", id="h238-person-owning-a-speaker"),
    # h245_a_body_is_what_its_noun_names: `the military` after `Ukraine's military intelligence agency`: no
    # resolution; `the agency`: that agency.
    # a body's noun names a body whose own noun it is, never one it only qualifies
    pytest.param("Ukraine's military intelligence agency said its drones hit a refinery.\n\nThe military said a "
                 "soldier was killed.", "a soldier was killed", "The military", id="h245-military-not-military-agency"),
    pytest.param("Ukraine's military intelligence agency said its drones hit a refinery.\n\n\"It is going to plan,\" "
                 "the agency said.", "It is going to plan,", "Ukraine's military intelligence agency",
                 id="h245-agency-is-military-agency"),
    # h250_accented_given_names_have_a_gender: `Tomás`, `Lucía`, `José`: a given name is the same name with its
    # accents dropped (`given_name`), so the one it names is a man or a woman whom `she` or `he` passes over or
    # takes.
    pytest.param('Lucía Delgado opened the bakery in 1998. "We will not close," said her partner, Tomás Reyes. "Never," '
                 'she snaps.', "Never,", "Lucía Delgado", id="h250-accented-given-name-masc"),
    pytest.param('Inés Moreno runs the cafe next door. "It is hard," said José Ortega, her landlord. "He knows '
                 'nothing," she says.', "He knows nothing,", "Inés Moreno", id="h250-accented-given-name-jose"),
    pytest.param('Tomás Reyes opened the bakery in 1998. "We will not close," said his partner, Lucía Delgado. '
                 '"Never," he sighs.', "Never,", "Tomás Reyes", id="h250-accented-given-name-fem"),
    # h250_the_and_a_name_is_a_body: `The World Bank cut its forecast. It said ...`: `The` and a name in capitals
    # opening a sentence before its verb is a body `it` stands for (`_the_named_body`), never a titled person (`The
    # Prime Minister`).
    pytest.param("The World Bank cut its growth forecast. It said trade would slow.", "trade would slow",
                 "The World Bank", id="h250-the-named-body-it"),
    pytest.param("The Bank of England held rates on Thursday. It said inflation was easing.", "inflation was easing",
                 "The Bank of England", id="h250-the-named-body-of"),
    pytest.param("Harbor Bank said it regretted the errors. The Shoppers Union welcomed the fine. Its director, Rocio "
                 "Concha, said banks must do better. It added that the fine was too low.", "that the fine was too low",
                 "The Shoppers Union", id="h250-its-owner-past-an-older-speaker"),
    # a title or a given name in the name: a person, never `it`
    pytest.param("The Prime Minister arrived late. It said the talks had failed.", "the talks had failed", None,
                 id="h250-the-titled-person-no-it"),
    # a noun after the name: no verb, no subject
    pytest.param("The Trump campaign sued the state. It said the count was wrong.", "the count was wrong", None,
                 id="h250-the-name-before-a-noun"),
    # h250_a_firm_named_as_an_object: `The regulator fined Harbor Bank. "...," the lender said.`: the one firm named
    # before, an object too.
    pytest.param('The regulator fined Harbor Bank on Monday.\n\n"We accept the ruling," the lender said.',
                 "We accept the ruling,", "Harbor Bank", id="h250-firm-named-as-object"),
    pytest.param("On Monday Harbor Bank was fined. The lender said it would not appeal.", "it would not appeal",
                 "Harbor Bank", id="h250-firm-after-a-time"),
    pytest.param('Shareholders sued Acme Corp in May. The judge dismissed the case.\n\n"We are pleased," the '
                 'company said.', "We are pleased,", "Acme Corp", id="h250-firm-one-paragraph-back"),
    # two firms named: which one, no reader knows
    pytest.param('Regulators fined Acme Corp and Beta Inc. on Monday.\n\n"We accept the ruling," the company said.',
                 "We accept the ruling,", "the company", id="h250-two-firms-none"),
    # a firm named two paragraphs back is out of reach
    pytest.param('Shareholders sued Acme Corp in May.\n\nThe judge heard the case.\n\n"We are pleased," the '
                 'company said.', "We are pleased,", "the company", id="h250-firm-too-far"),
    # h250_a_firm_in_owner_form_that_warns: `Moody's also warned investors.`: a verb after an adverb, or a verb of
    # telling before people told, makes `Moody's` its subject, the firm's own name with its `'s`, never `Moody`.
    pytest.param("Moody's also warned investors. It said the bank was weak.", "the bank was weak", "Moody's",
                 id="h250-firm-owner-form-adverb-verb"),
    pytest.param("Moody's warned investors on Friday. It said the bank was weak.", "the bank was weak", "Moody's",
                 id="h250-firm-owner-form-told-people"),
    # a participle before what an owner has: the owner, less its `'s`
    pytest.param("Ruiz's stated aim was clear. She said the plan was sound.", "the plan was sound", "Ruiz",
                 id="h250-owner-participle-noun"),
    # h250_a_speaker_in_a_recalled_scene: `She remembers one customer telling her, "..." That, she said, ...`: the
    # one who remembers, never the one speaking in the scene (a cue's `-ing` form right after that one).
    pytest.param('Ana Ruiz worked at the branch for ten years. She remembers one customer telling her, "I have lost '
                 'everything." That, she said, was when she knew.', "That was when she knew", "Ana Ruiz",
                 id="h250-scene-speaker-passed-over"),
    pytest.param('Tom Vale ran the night shelter. He recalls a man shouting, "Let us in!" It was then, he said, that '
                 'he decided to stay.', "It was then that he decided to stay", "Tom Vale",
                 id="h250-scene-shouting-passed-over"),
    # a finite cue after the speaker is no scene: that speaker speaks on
    pytest.param('Ana Ruiz ran the branch. One customer told her, "I have lost everything." Then she said she '
                 'wanted her money back.', "she wanted her money back", "One customer",
                 id="h250-finite-cue-no-scene"),
    # h259_a_public_body_named_with_its_the: `The Food and Drug Administration said ...` then `the agency said`: a
    # body's proper name keeps its `the`; capitalised words with a word of a body in them, or initials.
    pytest.param("The Food and Drug Administration said it would review the data. The agency said the drug was "
                 "safe.", "the drug was safe", "The Food and Drug Administration", id="h259-agency-the-full-name"),
    pytest.param('"Vaccination works," the CDC said in a statement. The agency recommends that everyone be '
                 'vaccinated.', "that everyone be vaccinated", "the CDC", id="h259-agency-the-initials"),
    pytest.param("The Centers for Disease Control and Prevention said the shots were safe. The agency warned that "
                 "cases could rise.", "that cases could rise", "The Centers for Disease Control and Prevention",
                 id="h259-agency-plural-body-word"),
    # `the` and a name with no word of a body, or a titled person: no body for `the company` or `the agency`
    pytest.param("The Daily Planet said the plan failed. The agency said it would act.", "it would act",
                 "The agency", id="h259-the-name-no-body-word"),
    pytest.param("The World Health Organization said cases rose. The agency said it would act.", "it would act",
                 "The World Health Organization", id="h259-agency-office-word-in-body-name"),
    # people at a body are no body: `the agency` is not `Researchers at Stanford University`
    pytest.param("Researchers at Stanford University said the gene mattered. The agency said it would act.",
                 "it would act", "The agency", id="h259-people-at-a-body-no-body"),
    pytest.param("The Prime Minister said the plan failed. The agency said it would act.", "it would act",
                 "The agency",
                 id="h259-the-titled-person-no-body"),
    # h261: local government's offices before a name (lexicon ROLE_WORDS): the office and the surname later stand
    # for the full form that holds that office; another office is another person
    pytest.param("Township Supervisor Alan Reyes said the township had applied for a grant.\n\nSupervisor Reyes "
                 "warned that taxes could rise.", "that taxes could rise", "Township Supervisor Alan Reyes",
                 id="h261-supervisor-surname"),
    pytest.param("Trustee Helen Wu said the policy was unenforceable.\n\nTrustee Wu asked staff to prepare a report.",
                 "staff to prepare a report", "Trustee Helen Wu", id="h261-trustee-surname"),
    pytest.param("Councilmember Ann Ruiz said the plan was sound.\n\nCouncilmember Ruiz warned that costs would rise.",
                 "that costs would rise", "Councilmember Ann Ruiz", id="h261-councilmember-surname"),
    pytest.param("Trustee Helen Wu said the policy was unenforceable.\n\nSupervisor Wu warned that taxes could rise.",
                 "that taxes could rise", "Supervisor Wu", id="h261-other-office-other-person"),
    # h261: `another` opens a description of one person as `a` does: the name set off after it is who speaks
    pytest.param("Another resident, retired teacher Paul Becker, complained that the township had ignored the "
                 "drains.", "that the township had ignored the drains", "Paul Becker", id="h261-another-described"),
    # h261: a body's word before the office (`Board President`) is part of the title: the same body's office and
    # surname later is the same person; another body's office is another person
    pytest.param("Board President Robert Kim said enrollment had grown.\n\nBoard President Kim countered that the "
                 "budget was flat.", "that the budget was flat", "Board President Robert Kim",
                 id="h261-body-office-surname"),
    pytest.param("Board President Robert Kim said enrollment had grown.\n\nCouncil President Kim countered that the "
                 "budget was flat.", "that the budget was flat", "Council President Kim", id="h261-other-body-office"),
    # h262: an interview's answers stand for the one questioned, not the newsroom's writer (`Our editor ...`)
    # nor the subject of `interviewed` (the one putting the questions)
    ('Our editor Tom Vale sat down with the architect Rosa Lind in Lisbon.\n\nQ: Why bridges?\n\nA: By '
     'accident, really.\n\nQ: What next?\n\nA: A school, I hope.', "A school, I hope.", "Rosa Lind"),
    ('Tom Vale interviewed Rosa Lind for this issue.\n\nThis interview has been edited for length and clarity.'
     '\n\nQ: Why bridges?\n\nA: By accident, really.\n\nQ: What next?\n\nA: A school, I hope.',
     "By accident, really.", "Rosa Lind"),
    ('Rosa Lind, 58, designs bridges. She spoke with Tom Vale.\n\nQ: Why bridges?\n\nA: By accident, really.'
     '\n\nQ: What next?\n\nA: A school, I hope.', "A school, I hope.", "Rosa Lind"),
    ('Rosa Lind has built bridges for thirty years. Tom Vale, our editor, talked with her.\n\nTV: Why '
     'bridges?\n\nRL: By accident, really.\n\nTV: What next?\n\nRL: A school, I hope.',
     "A school, I hope.", "Rosa Lind"),
    # an owner's pronoun and a noun of kin right before a name, with no comma: that name opens the clause
    pytest.param('Maria Lopez said she was tired. Her son Diego leans in the doorway. "I will stay," he says.',
                 "I will stay,", "Diego", id="h266-kin-noun-then-name"),
    pytest.param('Tom Hart said he was tired. His wife Maria runs the shop. "We cope," she says.',
                 "We cope,", "Maria", id="h266-kin-noun-then-name-fem"),
    # a lone preposition used as an adverb, set off by a comma, before the sentence's subject
    pytest.param('Ana Ruiz said the court would sit late. Inside, Judge Helen Ortiz had taken twenty minutes to read '
                 'the verdict. "The jury has spoken," she said.', "The jury has spoken,", "Judge Helen Ortiz",
                 id="h266-lone-fronted-adverb-then-name"),
    # a name in capitals names a person by a title or an office's word, unless its head (the word before `of`, or
    # its last) is a word of a body (`_names_person`): the office is a body, `it`; a chamber is no agency
    pytest.param('The Office of the Prime Minister cancelled the trip on Monday. It said the talks would resume in '
                 'March.', "the talks would resume in March", "The Office of the Prime Minister",
                 id="h273-office-of-an-office-is-a-body"),
    pytest.param('The Senate Rules Committee delayed the vote on Monday. It said the hearing would resume in March.',
                 "the hearing would resume in March", "The Senate Rules Committee", id="h273-committee-is-a-body"),
    pytest.param('The Secretary General of the United Nations visited the camp on Monday. It said the aid would '
                 'arrive within days.', "the aid would arrive within days", None,
                 id="h273-an-officer-of-a-body-is-no-it"),
    pytest.param('The Missouri Senate said on Tuesday that the ban would stand. "We will review the ruling," the '
                 'agency said.', "We will review the ruling,", "the agency", id="h273-a-chamber-is-no-agency"),
    pytest.param('The Food and Drug Administration said on Monday that the drug was safe. "The data are clear," the '
                 'agency said.', "The data are clear,", "The Food and Drug Administration",
                 id="h273-a-public-body-is-the-agency"),
    # h271: a given name tells its bearer's gender (`Ben`, `Megyn`), so a pronoun of the other gender passes over
    # them: `she` after Mayor Ben Carter's quote is the woman the narration brings in, and `he` replying to Judge
    # Megyn Hale is the one she told
    pytest.param('Mayor Ben Carter opened the session. "We built this road for everyone," Carter said.\n\nThe woman '
                 'who asked the first question gave her name as Laura. "I waited ten years for it," she said.',
                 "I waited ten years for it,", "The woman", id="h271-given-name-tells-his-gender"),
    pytest.param('Judge Megyn Hale called the next case. Ben Oakes, a farmer, had waited all morning. "Be seated," '
                 'Hale told Oakes.\n\n"I will stand," he said.', "I will stand,", "Ben Oakes",
                 id="h271-given-name-tells-her-gender"),
    # h271: a name opening a clause joined by `but` (`and`, `yet`, a semicolon) after a comma is that clause's
    # subject, brought in by the narration: the pronoun's nearer antecedent than the last speaker
    pytest.param('Sen. Mark Dent and Gov. Tom Vale met on stage.\n\n"We need a wall," Vale said.\n\nThe moderators '
                 'were ready to move on, but Dent was not having it. "This is what Washington does," he said.',
                 "This is what Washington does,", "Sen. Mark Dent", id="h271-joined-clause-subject"),
    pytest.param('Sen. Mark Dent and Gov. Tom Vale met on stage.\n\n"We need a wall," Vale said.\n\nThe moderators '
                 'moved on; Dent stayed silent. "This is what Washington does," he said.',
                 "This is what Washington does,", "Sen. Mark Dent", id="h271-semicolon-clause-subject"),
    # ... not a place, whose name tells no gender: the last speaker goes on
    pytest.param('Gov. Tom Vale spoke in Ohio.\n\n"We need a wall," Vale said.\n\nThe crowd cheered, and Ohio was '
                 'loud that night. "This is what Washington does," he said.',
                 "This is what Washington does,", "Gov. Tom Vale", id="h271-joined-clause-place"),
    # ... nor a list's last member with a description set off after it: no clause of its own
    pytest.param('Gov. Tom Vale spoke first.\n\n"We need a wall," Vale said.\n\nThe crowd cheered; Ann Ruiz, the '
                 'mayor, and Sen. Mark Dent, the chairman, were silent. "This is what Washington does," he said.',
                 "This is what Washington does,", "Gov. Tom Vale", id="h271-joined-list-member"),
    # `the Oscar winner`, `the two-time Grammy nominee`, `the Oscar-winning actor`: a prize won or put up for is a
    # second mention of the latest name, as a nation's noun is; one of another gender, or with no prize, is not
    pytest.param('Jenna Ruiz arrived early. "He is kind," the Oscar winner told reporters.', "He is kind,",
                 "Jenna Ruiz", id="h279-accolade-winner"),
    pytest.param('Singer Lena Vance thanked her fans. "I love you," the two-time Grammy nominee said.', "I love you,",
                 "Singer Lena Vance", id="h279-accolade-times"),
    pytest.param('Marcus Hale spoke first. "It was a dream," the Academy Award-winning actor said.',
                 "It was a dream,", "Marcus Hale", id="h279-accolade-participle"),
    pytest.param('Marcus Hale spoke first. "It was a dream," the Oscar-winning actress said.', "It was a dream,",
                 "the Oscar-winning actress", id="h279-accolade-other-gender"),
    pytest.param('Jenna Ruiz spoke first. "It was a dream," the winner said.', "It was a dream,", "the winner",
                 id="h279-accolade-no-prize"),
    pytest.param('Ann Ruiz spoke first. "We will win," the Republican nominee said.', "We will win,",
                 "the Republican nominee", id="h279-accolade-party"),
    # a lone capitalised word with a description of a person set off after it is a person's name, for an age
    pytest.param('Zhou, the defending champion, said she felt ready for the final. "I have trained harder than '
                 'ever," said the 28-year-old.', "I have trained harder than ever,", "Zhou",
                 id="h277-lone-name-before-person-apposition"),
    # ... but not before a description of a thing (`Oslo, the capital, ...`): no person for `the 28-year-old`
    pytest.param('Oslo, the capital, said the roads would reopen. "We have worked through the night," said the '
                 '28-year-old.', "We have worked through the night,", "the 28-year-old",
                 id="h277-lone-word-before-thing-apposition"),
    # a player's position is a second mention of the latest named player, not of one called by another noun
    pytest.param('Marco Rossi scored twice in the second half. "It was a special night for the whole team," the '
                 'winger said.', "It was a special night for the whole team,", "Marco Rossi",
                 id="h277-position-noun-is-the-player"),
    pytest.param('Marco Rossi, 24, scored twice. "It was a special night," the 24-year-old striker said.',
                 "It was a special night,", "Marco Rossi", id="h277-age-and-position"),
    pytest.param('Coach Ann Vale praised the team. "It was a special night," the winger said.',
                 "It was a special night,", "the winger", id="h277-position-is-no-coach"),
    pytest.param('Striker Marco Rossi scored twice. "It was a special night," the goalkeeper said.',
                 "It was a special night,", "the goalkeeper", id="h277-position-is-no-other-position"),
    # a surname after a title in lower case opening its sentence is the whole named form later
    pytest.param('Council member Stone said the budget would be cut. "We have no other choice," Stone said.',
                 "We have no other choice,", "Council member Stone", id="h277-lower-title-before-surname"),
    # a description of people opening a sentence with no cue is what `they` later stands for
    pytest.param('"We will not back down," said Ana Ruiz, a teacher. My colleagues disagree. They argue that the '
                 'strike will hurt students.', "that the strike will hurt students", "My colleagues",
                 id="h277-plural-description-for-they"),
    pytest.param('The unions rejected the offer on Monday. They said the strike would go ahead.',
                 "the strike would go ahead", "The unions", id="h277-plural-body-description-for-they"),
    # a body's noun that only qualifies a noun for people (`county planning staff`) is not those people
    pytest.param('The county planning staff recommended approval of the project. In a press release, the county said '
                 'the road would open in May.', "the road would open in May", "the county",
                 id="h277-qualifier-noun-is-no-staff"),
    pytest.param('Maria Gonzalez, the city\'s housing director, spoke first. The director said rents would rise.',
                 "rents would rise", "Maria Gonzalez", id="h277-head-noun-still-described"),
    # a transcript's label in capitals is the name as the narration writes it, as long or longer
    pytest.param('Lena Park is a novelist who lives in Seoul. We spoke with her about her new book.\n\nLENA PARK: '
                 '"I wrote most of it at night."', "I wrote most of it at night.", "Lena Park",
                 id="h277-caps-label-same-length-name"),
    # h282: `which` after a phrase of on whose part one acts stands for the verb's object, not `behalf`
    pytest.param("Her solicitor read a statement on her behalf, which said: 'The family thank the police.'",
                 "The family thank the police.", "a statement", id="h282-on-behalf-which"),
    # h287: a relative clause on a description's noun for a person, then a name set off: the name
    pytest.param("A neighbour who lives across the street, Carlos Vega, said he called 911 after seeing smoke.",
                 "he called 911 after seeing smoke", "Carlos Vega", id="h287-relative-description-name"),
    pytest.param("A man who gave only his first name, Ahmed, described the moment the ground shook.",
                 "the moment the ground shook", "Ahmed", id="h287-withheld-description-name"),
    # h286: an office capitalised as South Asian and British papers print it is the one who holds it, named before
    pytest.param('Union Home Minister Amit Verma said the funds had been released. "The state is lying," the Home '
                 'Minister said.', "The state is lying,", "Union Home Minister Amit Verma",
                 id="h286-the-home-minister"),
    pytest.param('District Collector Anil Kumar said the camps were open. "We have enough food," the District '
                 'Collector said.', "We have enough food,", "District Collector Anil Kumar",
                 id="h286-the-district-collector"),
    # h286: an office's initials in capitals stand for the capitalised words that spell them; a body's never do
    pytest.param('Deputy Commissioner Rajiv Sharma said the matter would be looked into. The DC further said that a '
                 'committee had been formed.', "that a committee had been formed", "Deputy Commissioner Rajiv Sharma",
                 id="h286-the-dc-initials"),
    pytest.param('Chief Minister Ann Rao said the dam was safe. "There is no need to panic," the CM said.',
                 "There is no need to panic,", "Chief Minister Ann Rao", id="h286-the-cm-initials"),
    pytest.param('BJP leader Ravi Nair said the party would win. The BJP said it would contest all seats.',
                 "it would contest all seats", "The BJP", id="h286-party-initials-no-office"),
    # h286: `The` and a capitalised office opening a sentence with no cue is its holder, whom `he` or `she` stands for
    pytest.param('The Chief Minister directed the officials to finish the work. He also said the budget was short.',
                 "the budget was short", "The Chief Minister", id="h286-opening-capitalised-office"),
    pytest.param('Chief Minister Ann Rao opened the bridge. The Chief Minister visited the site on Monday. She also '
                 'said the budget was short.', "the budget was short", "Chief Minister Ann Rao",
                 id="h286-opening-capitalised-office-named-before"),
    # h285: a description's phrase of where one sits or comes from (`on`, `from`) before a name set off: the name;
    # a capitalised title of four words before it too
    pytest.param("Ito's colleague on the health committee, Lisa Marsh, said an inquiry was needed.",
                 "an inquiry was needed", "Lisa Marsh", id="h285-described-on-committee"),
    pytest.param("A doctor from the clinic, Ann Lee, said supplies were short.", "supplies were short", "Ann Lee",
                 id="h285-described-from-clinic"),
    pytest.param("Lee's deputy, Chief Operating Officer Sam Ortiz, told investors that work would start in June.",
                 "that work would start in June", "Chief Operating Officer Sam Ortiz",
                 id="h285-described-long-title"),
    # h291: `the late pianist` is the pianist named before, now dead: `late` tells nothing more of who
    pytest.param('Harold Brooks, the jazz pianist whose records shaped a generation, died in May. He was 79.\n\n'
                 'The late pianist told a magazine in 1987, "I play for the back row."', "I play for the back row.",
                 "Harold Brooks", id="h291-the-late-pianist"),
    pytest.param('Harold Brooks, the jazz pianist, died in May. He was 79.\n\n"He was kind," said the late drummer.',
                 "He was kind,", "the late drummer", id="h291-the-late-drummer-not-pianist"),
    # h291: a name set off after kin with `the` and its class before it stands for the kin
    pytest.param("Her brother, the painter Thomas Park, said she had been ill for some time.",
                 "she had been ill for some time", "Thomas Park", id="h291-kin-the-painter-name"),
    # h291: `who` after kin and a name set off (`her son, Daniel, who said`) stands for both: the kin tells a man,
    # so a later `she` is not him
    pytest.param('Evelyn Park, a poet, died on Wednesday. She was 84.\n\nMs. Park is survived by her son, Daniel, '
                 'who said his mother "would have hated all this fuss."\n\nIn her memoir, she wrote that she had '
                 'nearly quit writing.', "that she had nearly quit writing", "Evelyn Park",
                 id="h291-kin-who-tells-gender"),
    pytest.param('Evelyn Park, a poet, died on Wednesday. She was 84.\n\nMs. Park is survived by her son, Daniel, '
                 'who said his mother "would have hated all this fuss."', 'his mother "would have hated all this fuss."',
                 "Daniel", id="h291-kin-who-is-the-name"),
    # h295: a description closed by `named` or `called` and a name: the one named; a thing named is no person
    pytest.param("One of them, a retired teacher named Ruth Cole, said the school had closed.",
                 "the school had closed", "Ruth Cole", id="h295-named-description"),
    pytest.param("Two nurses spoke. A nurse called Ann Ruiz said the ward was full.",
                 "the ward was full", "Ann Ruiz", id="h295-called-description"),
    pytest.param("A charity named Safe Streets said the shelter was full.", "the shelter was full",
                 "A charity named Safe Streets", id="h295-named-thing-not-person"),
    # h293: Irish given names, fadas or none, tell a speaker's gender: `she` is the woman named before
    pytest.param('Fianna Fáil TD Niamh Smyth said the scheme had worked. Sinn Féin TD Eoin Ó Broin disagreed.\n\n'
                 '"It has been a success," she said.', "It has been a success,", "Fianna Fáil TD Niamh Smyth",
                 id="h293-irish-given-name-gender"),
    pytest.param('Labour TD Ciaran Ahern said the scheme had failed. Social Democrats TD Roisin Shortall agreed.\n\n'
                 '"It has been a disaster," he said.', "It has been a disaster,", "Labour TD Ciaran Ahern",
                 id="h293-irish-given-name-unaccented"),
    # h293: Ireland's heads of government and a house's initials are capitalised offices before a name set off
    pytest.param("The Taoiseach, Micheál Martin, said the talks would continue.", "the talks would continue",
                 "Micheál Martin", id="h293-taoiseach-then-name"),
    pytest.param("The Tánaiste, Ann Lee, told reporters the budget was fair.", "the budget was fair", "Ann Lee",
                 id="h293-tanaiste-then-name"),
    pytest.param("The MLA for Belfast South, Claire Hanna, said the vote was close.", "the vote was close",
                 "Claire Hanna", id="h293-mla-for-seat-then-name"),
    pytest.param("The Member for Kooyong, Monique Ryan, said the bill was flawed.", "the bill was flawed",
                 "Monique Ryan", id="h293-member-for-seat-then-name"),
    # h293: near-miss: a place's name set off after a member's seat is no person
    pytest.param("The MP for Portland, Oregon, said the bill was flawed.", "the bill was flawed",
                 "The MP for Portland, Oregon", id="h293-mp-for-place-not-name"),
    # h294: a school's or a faith's body (`the college`, `the church`) is never a person whose title holds its
    # noun as a modifier (`College President Helen Ford`)
    pytest.param("College President Helen Ford said fees would rise. Trustees will vote next month, the college said.",
                 "Trustees will vote next month", "the college", id="h294-college-not-college-president"),
    pytest.param('Church spokesman Paul Grant spoke first. "We have no choice," the church said.',
                 "We have no choice,", "the church", id="h294-church-not-church-spokesman"),
    pytest.param('School board president Ann Lee spoke first. "We have no money," the board president said.',
                 "We have no money,", "School board president Ann Lee", id="h294-board-president-still-named"),
    # h294: a noun for whoever holds one of some offices of a faith (`the pontiff`, `the prelate`) is the one
    # named earlier with one of them
    pytest.param('Pope Leo arrived on Sunday. "Christ is risen," the pontiff told the crowd.',
                 "Christ is risen,", "Pope Leo", id="h294-pontiff-is-pope"),
    pytest.param('Archbishop Tom Reed spoke first. "We must forgive," the prelate said.',
                 "We must forgive,", "Archbishop Tom Reed", id="h294-prelate-is-archbishop"),
    pytest.param('Mayor Tom Reed spoke first. "We must forgive," the prelate said.',
                 "We must forgive,", "the prelate", id="h294-prelate-not-mayor"),
    # h294: `The` before a style of address (`The Rev.`, `The Very Rev.`) is the style's: a name opens the sentence,
    # the subject a later pronoun stands for
    pytest.param('The dean said fees would rise.\n\nThe Rev. Tom Ellis led a prayer vigil. "We grieve together," he '
                 'told the crowd.', "We grieve together,", "Rev. Tom Ellis", id="h294-the-rev-opens-name"),
    pytest.param('The dean said fees would rise.\n\nThe Reverend Tom Ellis led a vigil. "We grieve," he said.',
                 "We grieve,", "Reverend Tom Ellis", id="h294-the-reverend-opens-name"),
    pytest.param('The dean said fees would rise.\n\nThe Very Rev. Ann Ellis led a vigil. "We grieve," he said.',
                 "We grieve,", "The dean", id="h294-the-very-rev-woman-not-he"),
    # h302: a parliament's report calls a member of it `the member` (ROLE_GENERALS)
    pytest.param('Labour MP Tom Vale said the plan would fail.\n\n"It is a disgrace," the member said.',
                 "It is a disgrace,", "Labour MP Tom Vale", id="h302-member-is-mp"),
    pytest.param('Mayor Tom Reed said the plan would fail.\n\n"It is a disgrace," the member said.',
                 "It is a disgrace,", "the member", id="h302-member-not-mayor"),
    # h302: an office named before the name set off after it (`The Speaker, Lindsay Hart,`)
    pytest.param('The Speaker, Lindsay Hart, ruled that the remarks were not unparliamentary.',
                 "that the remarks were not unparliamentary", "Lindsay Hart", id="h302-the-speaker-named"),
    # h300: a profession's or calling's title (`Engr.`, `Barr.`, `Pastor`) and a form of address (`Comrade`) before a
    # surname stand for the full name given before
    pytest.param('Engr. Musa Bello said the road would be ready. "We work day and night," Engr. Bello said.',
                 "We work day and night,", "Engr. Musa Bello", id="h300-engr-surname"),
    pytest.param('Barr. Femi Ade said the law was clear. "The court must act," Barr. Ade said.',
                 "The court must act,", "Barr. Femi Ade", id="h300-barr-surname"),
    pytest.param('Pastor Enoch Bakare urged members to pray. "God will heal our land," Pastor Bakare said.',
                 "God will heal our land,", "Pastor Enoch Bakare", id="h300-pastor-surname"),
    pytest.param('Comrade Ayuba Sani insisted that the strike would go on. "We are ready," Comrade Sani said.',
                 "We are ready,", "Comrade Ayuba Sani", id="h300-comrade-surname"),
    # h300: an office capitalised with its body's name holding `for` or `and`, a titled name set off after it: the name
    pytest.param('The Director-General of the Centre for Disease Control, Dr Jo Ade, on his part, noted that testing '
                 'had increased.', "that testing had increased", "Dr Jo Ade", id="h300-office-body-for-name"),
    pytest.param('The Secretary of the Department of Health and Human Services, Dr Jo Vale, said the rules were '
                 'clear.', "the rules were clear", "Dr Jo Vale", id="h300-office-body-and-name"),
    # h301: a given name right after a title, re-mentioned alone, is the whole name (title, given name, the rest),
    # not the name cut after it; a surname after a given name stays the longest form ending in it
    pytest.param("Education Minister Fadhlina Sidek said the syllabus was new.\n\nFadhlina said teachers would be "
                 "trained.", "teachers would be trained", "Education Minister Fadhlina Sidek",
                 id="h301-given-name-after-title"),
    pytest.param("Mayor Tom Vale said the road was new.\n\nTom said it would last.", "it would last",
                 "Mayor Tom Vale", id="h301-western-given-name-after-title"),
    pytest.param("Mayor Tom Vale spoke first. Bishop Hale Tuesday opened the hall.\n\nHale said it would last.",
                 "it would last", "Bishop Hale", id="h301-given-name-not-past-a-time"),
    # h301: a style of address alone stands for the latest one named with it (father's and family name too);
    # with no one so named before, it stays itself
    pytest.param('His Highness Sheikh Mansour bin Zayed Al Nahyan opened the plant on Sunday.\n\n"This belongs to '
                 'every citizen," His Highness said.', "This belongs to every citizen,",
                 "His Highness Sheikh Mansour bin Zayed Al Nahyan", id="h301-his-highness-alone"),
    pytest.param('His Majesty Sultan Ibrahim opened the bridge.\n\nHis Majesty said the bridge would unite the '
                 'states.', "the bridge would unite the states", "His Majesty Sultan Ibrahim",
                 id="h301-his-majesty-alone"),
    pytest.param('"This belongs to every citizen," His Highness said.', "This belongs to every citizen,",
                 "His Highness", id="h301-his-highness-no-one-before"),
    # h301: a title and a surname written first take the given names after it, as an honorific and one do;
    # never a time after the name
    pytest.param("Associate Professor Tan Ern Ser of the National University of Singapore said such dialogues "
                 "helped.\n\nProf Tan said the move was timely.", "the move was timely",
                 "Associate Professor Tan Ern Ser", id="h301-title-surname-given-names"),
    pytest.param("Mayor Tom Vale Tuesday said the move was wrong.\n\nMayor Vale said it was timely.",
                 "it was timely", "Mayor Tom Vale", id="h301-title-surname-no-time"),
    # h301: `the father of three` tells only a gender: the latest named one of it; never a body
    pytest.param('Another resident, Mr Raymond Lim, 45, said he was worried. "Every month, it is harder to make ends '
                 'meet," said the father of three.', "Every month, it is harder to make ends meet,",
                 "Mr Raymond Lim", id="h301-father-of-three"),
    pytest.param('Madam Siti Aminah said she was worried. Mr Raymond Lim, 45, agreed. "It is harder," said the '
                 'mother of two.', "It is harder,", "Madam Siti Aminah", id="h301-mother-of-two-passes-a-man"),
    pytest.param('The ministry said prices would rise. "It is harder," said the father of three.', "It is harder,",
                 "the father of three", id="h301-father-of-three-no-body"),
    # h301: two Malay given names after a Malaysian title take the father's name after them, as one does
    pytest.param("Finance Minister II Datuk Seri Amir Hamzah Azizan said the plan was ready.\n\n\"We will announce "
                 "the details,\" Amir Hamzah told reporters.", "We will announce the details,",
                 "Finance Minister II Datuk Seri Amir Hamzah Azizan", id="h301-two-malay-given-names"),
    # h301: Malaysian titles and a surname written first (`Tan Sri Lee`) take the given names after it in the
    # earlier form; `Tan` alone before a name is a surname, no title
    pytest.param("Tan Sri Lee Lam Thye said the plan was ready.\n\nTan Sri Lee said the race would go ahead.",
                 "the race would go ahead", "Tan Sri Lee Lam Thye", id="h301-tan-sri-surname"),
    pytest.param("Mr Tan Wei Ming said the plan was ready.\n\nTan Lee said the race would go ahead.",
                 "the race would go ahead", "Tan Lee", id="h301-tan-alone-no-title"),
    # h303: a given name alone stands for the full name it opens earlier (a profile calls its subject by first
    # name), not for a chain cut short before the surname (`Secretary of State John`), nor for two people who share it
    pytest.param('I first met Ann Lee in a diner.\n\n"He asked me to come back," Ann says.',
                 "He asked me to come back,", "Ann Lee", id="h303-given-name-is-full-name"),
    pytest.param('Secretary of State John Kerry arrived.\n\n"We will go on," John said.',
                 "We will go on,", "John Kerry", id="h303-given-name-not-cut-chain"),
    pytest.param('Tom Vale and Tom Hart came late.\n\n"No," Tom said.', "No,", "Tom",
                 id="h303-given-name-of-two-unresolved"),
    pytest.param('Ann Lee came late. "We go," Anna said.', "We go,", "Anna", id="h303-given-name-whole-word"),
    pytest.param('Trevor Noah Says Rain Is Coming\n\nComedian Trevor Noah spoke on Monday. "It is sad," Noah said.',
                 "It is sad,", "Comedian Trevor Noah", id="h303-surname-not-given-name-in-headline"),
    # h298: a surname one person bears, named twice, is that person; one a relative bears in a sentence of their own
    # stays the first-named bearer's; of a couple joined by `and`, a pronoun whose gender settles it resolves
    pytest.param('Tom Hale ran the bakery for 40 years. Tom Hale is 70. "We will miss it," Hale said.',
                 "We will miss it,", "Tom Hale", id="h298-one-bearer-twice-resolves"),
    pytest.param('Tom Hale ran the bakery. His daughter, Ann Hale, helped. "We will miss it," Hale said.',
                 "We will miss it,", "Tom Hale", id="h298-relative-in-own-sentence-leaves-surname"),
    pytest.param('Tom Hale and his wife, Ann Hale, ran the bakery for 40 years. "We will miss it," she said.',
                 "We will miss it,", "Ann Hale", id="h298-shared-surname-pronoun-by-gender"),
    pytest.param('Tom Hale and his wife, Ann Hale, ran the bakery for 40 years. "We will miss it," he said.',
                 "We will miss it,", "Tom Hale", id="h298-shared-surname-he-by-gender"),
    # h298: an office's initials after its holder's name stand for the holder; a body's for the body
    pytest.param('Senior Superintendent of Police (SSP) Rakesh Kumar visited the site. The SSP said the culprits '
                 'would be caught.', "the culprits would be caught", "Rakesh Kumar", id="h298-office-initials-holder"),
    pytest.param('The Ministry of Health (MOH) Director Ann Lee spoke. "We will act," the MOH said.',
                 "We will act,", "Ministry of Health", id="h298-body-initials-not-holder"),
    # h298: coordinated names, then `she`: the one gender settles; none where both agree
    pytest.param('Tom Vale and Ann Ruiz met the protesters on Monday. She said the plan would be dropped.',
                 "the plan would be dropped", "Ann Ruiz", id="h298-joined-names-she-by-gender"),
    pytest.param('Ann Ruiz and Lena Park met the protesters on Monday. She said the plan would be dropped.',
                 "the plan would be dropped", None, id="h298-joined-names-she-unsettled"),
    # h298: in an obituary `She told The Courier ...` is the one who died, not the paper
    pytest.param('Ruth Cole, a teacher who founded the town library, died on Monday. She was 88. She told The '
                 'Courier in 2012 that books had saved her life.', "that books had saved her life", "Ruth Cole",
                 id="h298-obituary-she-told-paper"),
    # h307: a body's capitalised name may hold `and` between capitalised words, and `of` or `for` after a body's
    # noun; two firms joined by `and`, each with its own ending, are two (no reader knows which one speaks)
    pytest.param('The Kenya Power and Lighting Company raised prices on Monday. "We had no choice," the company '
                 'said.', "We had no choice,", "Kenya Power and Lighting Company", id="h307-firm-name-holds-and"),
    pytest.param('Regulators fined Procter and Gamble Company on Monday. "This was hard," the company said.',
                 "This was hard,", "Procter and Gamble Company", id="h307-firm-name-holds-and-object"),
    pytest.param('The Department of Health and Human Services issued a warning. "Stay home," the department said.',
                 "Stay home,", "Department of Health and Human Services", id="h307-body-name-holds-of-and"),
    pytest.param('Regulators fined Acme Corp and Beta Inc on Monday. "We will appeal," the company said.',
                 "We will appeal,", "the company", id="h307-two-firms-joined-unresolved"),
    pytest.param('Regulators fined Ann Lee and Harbor Bank on Monday. "We will appeal," the bank said.',
                 "We will appeal,", "Harbor Bank", id="h307-person-and-firm-not-one-name"),
    pytest.param('Shares of Harbor Bank fell on Monday. "We will recover," the bank said.',
                 "We will recover,", "Harbor Bank", id="h307-shares-of-firm-not-its-name"),
    # h307: a description of one person that `was` or `is` and a full name close names that person: the role
    # noun then stands for the name, and so does a later `he` or `she`; none where no name follows the copula
    pytest.param('The first witness was Carl Moss, a former regulator. "I warned them," the witness said.',
                 "I warned them,", "Carl Moss", id="h307-role-was-name-description"),
    pytest.param('The new coach is Ann Lee. "We start today," the coach said.', "We start today,", "Ann Lee",
                 id="h307-role-is-name-description"),
    pytest.param('The first witness was Carl Moss. He said he had warned them.', "he had warned them", "Carl Moss",
                 id="h307-role-was-name-pronoun"),
    pytest.param('The first witness was nervous. "I warned them," the witness said.', "I warned them,",
                 "The first witness", id="h307-role-was-adjective-no-name"),
    # h307: a present participle's phrase on a noun for a person may close the description before a name set off
    # (`The senator representing Kogi West, Senator Dino Melaye,`): the speaker is the name, and later the senator
    pytest.param('The senator representing Kogi West, Senator Dino Melaye, said the vote was rigged.',
                 "the vote was rigged", "Senator Dino Melaye", id="h307-participle-description-then-name"),
    pytest.param('The senator representing Kogi West, Dino Melaye, said the vote was rigged. "We will go to court," '
                 'the senator said.', "We will go to court,", "Dino Melaye", id="h307-participle-description-later"),
    pytest.param('The senator representing Kogi West, Senator Dino Melaye, said the vote was rigged. "It is a '
                 'fraud," Melaye said.', "It is a fraud,", "Senator Dino Melaye", id="h307-participle-surname-later"),
    # h307: `the minister` stands for one whose office holds `Minister` (`Finance Minister`, `The Minister of
    # Finance`); English does not settle that a Secretary is one (`the company secretary`), so `The Home
    # Secretary, Priya Nand,` then `the minister` stays unresolved, while `the secretary` is she
    pytest.param('The Minister of Finance, Priya Nand, said the plan was sound. "We will act," the minister '
                 'replied.', "We will act,", "Priya Nand", id="h307-minister-of-office"),
    pytest.param('The Home Secretary, Priya Nand, said the plan was sound. "We will act," the minister replied.',
                 "We will act,", "the minister", id="h307-secretary-is-no-minister"),
    pytest.param('Home Secretary Priya Nand said the plan was sound. "We will act," the secretary replied.',
                 "We will act,", "Home Secretary Priya Nand", id="h307-secretary-then-the-secretary"),
    # h307: a given name after an honorific names the full name (fullest-name)
    pytest.param('Alhaji Atiku Abubakar spoke in Yola. "We will win," Atiku said.', "We will win,",
                 "Alhaji Atiku Abubakar", id="h307-given-name-after-honorific"),
    # h307: what a copula says a named person is (`Carl Moss was the first witness.`) tells his kind, so the
    # description stands for him; not a noun inside a relative clause (`the man who shot the sheriff`)
    pytest.param('Carl Moss was the first witness. "I warned them," the witness said.', "I warned them,",
                 "Carl Moss", id="h307-name-was-role"),
    pytest.param('Ann Lee is a nurse at the clinic. "I love this job," the nurse said.', "I love this job,",
                 "Ann Lee", id="h307-name-is-role-before-preposition"),
    pytest.param('Carl Moss was the man who shot the sheriff. "He is lying," the sheriff said.', "He is lying,",
                 "the sheriff", id="h307-name-was-role-relative-noun-not-kind"),
    # h313: a surname written first (`Wang`) stands for the full name it was last written with (`Wang Yi`), past
    # a bare mention of it in between that names no one new (`Wang said this ...`)
    pytest.param("Wang Yi, a senior diplomat, said the talks went well.\n\nWang said this during a phone call on "
                 "Thursday.\n\nBoth sides should enhance mutual trust, Wang said.",
                 "Both sides should enhance mutual trust", "Wang Yi", id="h313-surname-first-past-bare-mention"),
    pytest.param("Kim Jong Un watched the test.\n\nKim smiled at the crowd.\n\nThe test was a success, Kim said.",
                 "The test was a success", "Kim Jong Un", id="h313-surname-first-past-bare-subject"),
    pytest.param("Wang Yi met Wang Wenbin on Monday.\n\nWang made the remarks at a briefing.\n\nThe talks were "
                 "useful, Wang said.", "The talks were useful", "Wang Wenbin", id="h313-surname-first-latest-full"),
    # h312: an introduction (`Our first guest is Ann Lee`) names the one a noun for any person describes: `she`
    # and `the guest` later are Ann Lee; a noun for no person introduces no one
    pytest.param('Our first guest is Ann Lee, a nurse. "We work twelve hours without a break," she said.',
                 "We work twelve hours without a break,", "Ann Lee", id="h312-introduction-names-she"),
    pytest.param('Our first guest is Ann Lee, a nurse. "We work twelve hours without a break," the guest said.',
                 "We work twelve hours without a break,", "Ann Lee", id="h312-introduction-names-the-guest"),
    pytest.param('The next caller was Tom Vale. "I have waited three weeks for a plumber," he said.',
                 "I have waited three weeks for a plumber,", "Tom Vale", id="h312-introduction-caller-he"),
    pytest.param('Our first stop is the harbour. "We work twelve hours without a break," she said.',
                 "We work twelve hours without a break,", None, id="h312-introduction-no-name-no-one"),
    # h312: a monarch's office set off after a name (`Sheikh Tamim bin Hamad Al Thani, the Amir of Qatar,`) is
    # that person's, capitalised or not, the father's and family's names part of the name; none where no one
    # named holds it
    pytest.param('Sheikh Tamim bin Hamad Al Thani, the Amir of Qatar, met the delegation on Sunday. "We will not '
                 'accept these terms," the Amir said.', "We will not accept these terms,",
                 "Sheikh Tamim bin Hamad Al Thani", id="h312-the-amir-is-the-named-ruler"),
    pytest.param('Sheikh Tamim bin Hamad Al Thani, the emir of Qatar, met the delegation on Sunday. "We will not '
                 'accept these terms," the emir said.', "We will not accept these terms,",
                 "Sheikh Tamim bin Hamad Al Thani", id="h312-the-emir-lower-case"),
    pytest.param('Sultan Haitham bin Tarik, the Sultan of Oman, met the delegation on Sunday. "We will not accept '
                 'these terms," the Sultan said.', "We will not accept these terms,", "Sultan Haitham bin Tarik",
                 id="h312-the-sultan-is-the-named-ruler"),
    pytest.param('Sheikh Tamim bin Hamad Al Thani met the delegation on Sunday. "We will not accept these terms," '
                 'he said.', "We will not accept these terms,", "Sheikh Tamim bin Hamad Al Thani",
                 id="h312-patronym-opening-name-he"),
    pytest.param('The Amir of Qatar met the delegation on Sunday. "We will not accept these terms," the Sultan '
                 'said.', "We will not accept these terms,", "the Sultan", id="h312-another-office-no-one"),
    # h312: one named as a document's signer or writer (`a letter signed by Ms Ann Lee`) is a person mentioned, whom
    # a later pronoun of that gender may stand for; not one of another gender, nor past a paragraph between
    pytest.param("The council received a letter signed by Ms Ann Lee on Monday. According to her, the budget was "
                 "never approved.", "the budget was never approved", "Ms Ann Lee", id="h312-signer-according-to-her"),
    pytest.param("The board read out a memo written by Tom Vale. He said the plant would close.",
                 "the plant would close", "Tom Vale", id="h312-writer-he"),
    pytest.param("The council received a letter signed by Tom Vale on Monday. According to her, the budget was "
                 "never approved.", "the budget was never approved", None, id="h312-signer-other-gender"),
    pytest.param("The council received a letter signed by Ms Ann Lee on Monday.\n\nThe board met on Tuesday.\n\n"
                 "According to her, the budget was never approved.", "the budget was never approved", None,
                 id="h312-signer-two-paragraphs-back"),
    # h312: of two people who share a surname, an honorific settles which one it names (`Ms. Hale`: the woman),
    # whichever was named first; a bare surname keeps the first-named bearer (h298's finding), and an honorific of
    # neither bearer's gender names no one
    pytest.param('Tom Hale runs the bakery. His daughter, Ann Hale, took over the books. "We are losing money," '
                 'Ms. Hale said.', "We are losing money,", "Ann Hale", id="h312-shared-surname-ms-by-gender"),
    pytest.param('Tom Hale runs the bakery. His daughter, Ann Hale, took over the books. "We are losing money," '
                 'Mr. Hale said.', "We are losing money,", "Tom Hale", id="h312-shared-surname-mr-by-gender"),
    pytest.param('Ann Hale runs the bakery. Her son, Tom Hale, took over the books. "We are losing money," '
                 'Mrs Hale said.', "We are losing money,", "Ann Hale", id="h312-shared-surname-mrs-first"),
    pytest.param('Tom Hale runs the bakery. His son, Ben Hale, took over the books. "We are losing money," '
                 'Ms. Hale said.', "We are losing money,", "Ms. Hale", id="h312-shared-surname-no-woman"),
    # h312: a gloss in brackets inside a speaker's title is the title's, and the speaker a later `she` stands for
    pytest.param('The Majlis (parliament) speaker said the vote would be held next week. "Wallahi [by God], we are '
                 'tired," she said.', "Wallahi [by God], we are tired,", "The Majlis (parliament) speaker",
                 id="h312-gloss-in-title-previous-speaker"),
    # h312: a participle's phrase closing a description before a name set off: the name, as described-name reads it
    pytest.param("The official leading the inquiry, Ann Ruiz, said the documents had been destroyed.",
                 "the documents had been destroyed", "Ann Ruiz", id="h312-participle-description-name"),
    # h312: a name set off after a description runs on over a father's and a family's names (`bin Hamad Al Thani`)
    pytest.param("Qatar's emir, Sheikh Tamim bin Hamad Al Thani, said the terms were unfair.",
                 "the terms were unfair", "Sheikh Tamim bin Hamad Al Thani", id="h312-described-patronymic-name"),
    pytest.param('Qatar\'s emir, Sheikh Tamim bin Hamad Al Thani, met the delegation on Sunday. "We will not accept '
                 'these terms," the emir said.', "We will not accept these terms,", "Sheikh Tamim bin Hamad Al Thani",
                 id="h312-described-patronymic-name-later"),
    # h314: a surname that lower-case particles join to a name before it is a name (fullest-name), and a name
    # runs on past such particles to the surname they open (`Lula` -> `... Lula da Silva`)
    pytest.param('Former president Carla Fernández de Lucena spoke in Salta. "They want me in prison," Fernández de '
                 'Lucena said.', "They want me in prison,", "Former president Carla Fernández de Lucena",
                 id="h314-surname-with-particle"),
    pytest.param('President Luiz Aurélio Lula da Costa spoke in Belém. "We are back," Lula said.', "We are back,",
                 "President Luiz Aurélio Lula da Costa", id="h314-name-runs-on-past-particle"),
    pytest.param('Commissioner Greta von der Linden spoke in Brussels. "We will act," Von der Linden said.',
                 "We will act,", "Commissioner Greta von der Linden", id="h314-particle-opening-sentence"),
    pytest.param('Mayor Pedro Almeida da Rocha spoke in Porto. "We will build," Almeida said.', "We will build,",
                 "Mayor Pedro Almeida da Rocha", id="h314-first-surname-to-full-name"),
    pytest.param('Mayor Pedro Almeida spoke in Porto on Monday. "We will build," Almeida said.', "We will build,",
                 "Mayor Pedro Almeida", id="h314-no-particle-no-run-on"),
    # h319: the writer (`I`, `we`), resolving to no one, may ask or tell someone named; a pronoun after, of the
    # one asked's gender, is the one asked (earlier-listener); of the other gender, no one
    pytest.param('"Is the mill closing?" I asked Ann Ruiz. "Not this year," she said.', "Not this year,",
                 "Ann Ruiz", id="h319-writer-asked-then-she"),
    pytest.param('"When will it open?" we asked Mayor Tom Berg. "In the spring," he replied.', "In the spring,",
                 "Mayor Tom Berg", id="h319-writer-we-asked-then-he"),
    pytest.param('"Is the mill closing?" I asked Tom Berg. "Not this year," she said.', "Not this year,",
                 None, id="h319-writer-asked-other-gender"),
    # h319: an office labelling a parliament's turn with its holder's full name in brackets is that holder, and
    # so is the office alone labelling a later turn; a seat or party in brackets is no holder
    pytest.param("Ann Hale (Eastfield) (Lab): Will the Prime Minister admit the plan has failed?\n\nThe Prime "
                 "Minister (Rishi Sunak): We will act on the report.\n\nAnn Hale: The figures say otherwise.\n\n"
                 "The Prime Minister: They do not.", "We will act on the report.", "Rishi Sunak",
                 id="h319-office-label-holder"),
    pytest.param("Ann Hale (Eastfield) (Lab): Will the Prime Minister admit the plan has failed?\n\nThe Prime "
                 "Minister (Rishi Sunak): We will act on the report.\n\nAnn Hale: The figures say otherwise.\n\n"
                 "The Prime Minister: They do not.", "They do not.", "Rishi Sunak", id="h319-office-label-later"),
    pytest.param("Ann Hale (Eastfield) (Lab): Will the Prime Minister admit the plan has failed?\n\nThe Prime "
                 "Minister (Rishi Sunak): We will act on the report.\n\nAnn Hale (Eastfield) (Lab): The figures "
                 "say otherwise.\n\nThe Prime Minister: They do not.", "The figures say otherwise.", "Ann Hale",
                 id="h319-seat-party-no-holder"),
    # h319: a pronoun right after a quotation that follows the writer's sentence (`I met ...`) stands for the one
    # person that sentence names in full, an object there, of the pronoun's gender (writer-met); not two, nor one
    # of the other gender, nor past another sentence between
    pytest.param('I met Carla Ortiz at a cafe. "We close at nine," she told me.', "We close at nine,", "Carla Ortiz",
                 id="h319-writer-met-object"),
    pytest.param('We visited Tom Berg at his farm.\n\n"The rain came late," he said.', "The rain came late,",
                 "Tom Berg", id="h319-writer-met-next-paragraph"),
    pytest.param('I met Carla Ortiz and Ana Lee at a cafe. "We close at nine," she told me.', "We close at nine,",
                 None, id="h319-writer-met-two-names"),
    pytest.param('I met Tom Berg at a cafe. "We close at nine," she told me.', "We close at nine,", None,
                 id="h319-writer-met-other-gender"),
    pytest.param('I met Carla Ortiz at a cafe.\n\nThe street was empty.\n\n"We close at nine," she told me.',
                 "We close at nine,", None, id="h319-writer-met-sentence-between"),
    # h318: a noun for a broader class or the unmarked form of a named one's office is the same person
    # (ROLE_GENERALS; an office of two words matches side by side): `the diplomat` for a foreign minister,
    # `the spokesperson` for a spokesman; never for an office outside the class (`Health Minister`)
    pytest.param('Deputy Foreign Minister Sergei Volkov said the talks would resume. "We are ready," the diplomat '
                 'said.', "We are ready,", "Deputy Foreign Minister Sergei Volkov", id="h318-diplomat-foreign-minister"),
    pytest.param('Ambassador Ann Ruiz arrived on Monday. "We are ready," the diplomat said.', "We are ready,",
                 "Ambassador Ann Ruiz", id="h318-diplomat-ambassador"),
    pytest.param('A spokesman for the Foreign Ministry said the talks would resume. "A date is set," the spokesperson '
                 'added.', "A date is set,", "A spokesman for the Foreign Ministry", id="h318-spokesperson-spokesman"),
    pytest.param('Health Minister Ann Ruiz said the clinics would open. "We are ready," the diplomat said.',
                 "We are ready,", "the diplomat", id="h318-no-diplomat-for-health-minister"),
    pytest.param('Foreign Ministry spokesman Tom Vale spoke first. "We are ready," the minister said.',
                 "We are ready,", "the minister", id="h318-ministry-word-is-no-minister"),
    # h322: an office as a parliament's record labels a turn with an honorific, not `The` (`Mr Speaker (Lindsay
    # Hoyle):`), is its holder when it labels a later turn alone (`Mr Speaker:`); another office is not
    # (`Madam Deputy Speaker` is no `Mr Speaker`)
    pytest.param("Ann Hale (Eastfield) (Lab): Will the Prime Minister admit the plan has failed?\n\nMr Speaker "
                 "(Lindsay Hoyle): Order. The member will put her question briefly.\n\nAnn Hale: The figures say "
                 "otherwise, and the whole House knows it.\n\nMr Speaker: Order, order. The member will sit down.",
                 "Order, order. The member will sit down.", "Lindsay Hoyle", id="h322-office-label-honorific-holder"),
    pytest.param("Ann Hale (Eastfield) (Lab): Will the Prime Minister admit the plan has failed?\n\nMr Speaker "
                 "(Lindsay Hoyle): Order. The member will put her question briefly.\n\nAnn Hale: The figures say "
                 "otherwise, and the whole House knows it.\n\nMr Speaker: Order, order.\n\nMadam Deputy Speaker: "
                 "Order. I call the Prime Minister.", "Order. I call the Prime Minister.", "Madam Deputy Speaker",
                 id="h322-office-label-other-office"),
    pytest.param('Charlie King, a pollster, spoke on Monday. "The surge is real," Mr. King said.',
                 "The surge is real,", "Charlie King", id="h322-honorific-surname-no-office"),
    # h322: an office written out with its preposition is its short office (lexicon SPELT_OUT_OFFICES), so a noun
    # for its class names its holder (`Minister of Foreign Affairs` ... `the diplomat`); a nation's Secretary of
    # State is its diplomat, not a state's (`Ohio Secretary of State`) nor a department's (`... for Health`)
    pytest.param('Minister of Foreign Affairs Ann Lee arrived on Monday. She met officials in Paris. "We are '
                 'hopeful," the diplomat said.', "We are hopeful,", "Minister of Foreign Affairs Ann Lee",
                 id="h322-diplomat-spelt-out-minister"),
    pytest.param('Minister of Foreign Affairs Ann Lee arrived in Paris on Monday. "We are hopeful," the foreign '
                 'minister said.', "We are hopeful,", "Minister of Foreign Affairs Ann Lee",
                 id="h322-spelt-out-office-short-form"),
    pytest.param('Secretary of State Ann Lee arrived in Paris on Monday. "We are hopeful," the state secretary said.',
                 "We are hopeful,", "the state secretary", id="h322-spelt-out-office-no-reordered-words"),
    pytest.param('Ann Lee, the Minister for Foreign Affairs, arrived on Monday. "We are hopeful," the diplomat said.',
                 "We are hopeful,", "Ann Lee", id="h322-diplomat-spelt-out-set-off"),
    pytest.param('US Secretary of State Ann Lee arrived on Monday. "We are hopeful," the diplomat said.',
                 "We are hopeful,", "US Secretary of State Ann Lee", id="h322-diplomat-secretary-of-state"),
    pytest.param('Ohio Secretary of State Ann Lee arrived on Monday. "We are hopeful," the diplomat said.',
                 "We are hopeful,", "the diplomat", id="h322-no-diplomat-state-secretary-of-state"),
    pytest.param('Secretary of State for Health Ann Lee arrived on Monday. "We are hopeful," the diplomat said.',
                 "We are hopeful,", "the diplomat", id="h322-no-diplomat-department-secretary"),
    pytest.param('Minister of Health Ann Lee arrived on Monday. "We are hopeful," the diplomat said.',
                 "We are hopeful,", "the diplomat", id="h322-no-diplomat-minister-of-health"),
    # h322: one the writer asked or told, described with no name (`we asked the captain`), is whom a later `he` or
    # `she` stands for, as a named one is (earlier-listener); not many (`the passengers`), nor a thing asked
    pytest.param('"Is it safe?" we asked the captain. "Yes," he said.', "Yes,", "the captain",
                 id="h322-writer-asked-described-listener"),
    pytest.param('"Is it safe?" I asked the night nurse. "Not yet," she said.', "Not yet,", "the night nurse",
                 id="h322-writer-asked-described-listener-two-words"),
    pytest.param('"Is it safe?" we asked the passengers. "Yes," he said.', "Yes,", None,
                 id="h322-writer-asked-many-no-listener"),
    pytest.param('"Is it safe?" I asked the question again. "Yes," he said.', "Yes,", None,
                 id="h322-writer-asked-thing-no-listener"),
    # h322: a surname alone after two people of it were named in full (`Ann Hale`, `Tom Hale`) stays the one named
    # first, the story's own (a second of the surname is most often kin, whom the press calls by the given name);
    # the same given name is one person (`Dr. Ann Hale`, `Ann Hale`)
    pytest.param('Ann Hale, a nurse, said the hospital was full. Tom Hale, a teacher, said schools were closed. '
                 '"We need help," Hale said.', "We need help,", "Hale", id="h322-shared-surname-first-named"),
    pytest.param('Dr. Ann Hale, a nurse, said the hospital was full. Ann Hale said schools were closed. "We need '
                 'help," Hale said.', "We need help,", "Dr. Ann Hale", id="h322-shared-surname-same-given-name"),
    pytest.param('Ann Hale, a nurse, said the hospital was full. Her husband Tom Hale said schools were closed.\n\n'
                 '"We need more," Hale said.', "We need more,", "Ann Hale", id="h322-shared-surname-kin"),
    # h322: initials set off after the name they stand for by `or` or `known as` (as a bracket holds them) are that
    # name later (`the WHO`, `AMLO`); not initials another name's capitals do not spell (`The CIA, or FBI,`)
    pytest.param('The World Health Organization, or WHO, met on Monday. "The risk is low," the WHO said.',
                 "The risk is low,", "World Health Organization", id="h322-initials-after-or"),
    pytest.param('Mexican President Andres Lopez Obrador, popularly known as AMLO, arrived on Monday.\n\n"We will '
                 'grow," AMLO told reporters.', "We will grow,", "Andres Lopez Obrador", id="h322-initials-known-as"),
    pytest.param('President Andres Manuel Lopez Obrador, widely known by his initials AMLO, spoke on Monday. "We will '
                 'grow," AMLO said.', "We will grow,", "Andres Manuel Lopez Obrador", id="h322-initials-known-by"),
    pytest.param('The CIA, or FBI, met on Monday. "The risk is low," the FBI said.', "The risk is low,", "the FBI",
                 id="h322-initials-after-or-other-name"),
    pytest.param('The National Health Service, known as the NHS, is struggling. "We need staff," the NHS said.',
                 "We need staff,", "National Health Service", id="h322-initials-known-as-the"),
    # h334: an office written out, set off after its holder's name in title case with no article, describes the
    # name (`Ann Lee, Minister of Foreign Affairs,`); a nation's head diplomat is `the top diplomat` (lexicon
    # ROLE_GENERALS, each word of a general of two), not an ambassador; `CEO` and `chief executive` are one office
    pytest.param('Ann Lee, Minister of Foreign Affairs, arrived on Monday. She met officials. "We are hopeful," the '
                 'foreign minister said.', "We are hopeful,", "Ann Lee", id="h334-set-off-office-no-article"),
    pytest.param('Ann Lee, Minister of Health, arrived on Monday. She met officials. "We are hopeful," the '
                 'foreign minister said.', "We are hopeful,", "the foreign minister", id="h334-set-off-other-office"),
    pytest.param('Ann Lee, Secretary of State for Health, arrived on Monday. She met officials. "We are hopeful," '
                 'the diplomat said.', "We are hopeful,", "the diplomat", id="h334-set-off-department-office"),
    pytest.param('Secretary of State Ann Lee arrived on Monday. She met officials. "We are hopeful," the top '
                 'diplomat said.', "We are hopeful,", "Secretary of State Ann Lee", id="h334-top-diplomat"),
    pytest.param('Ambassador Ann Ruiz arrived on Monday. "We are ready," the top diplomat said.', "We are ready,",
                 "the top diplomat", id="h334-no-top-diplomat-for-ambassador"),
    pytest.param('Tom Hale, the chief executive of Acme, spoke on Monday. Sales fell. "We are hopeful," the CEO '
                 'said.', "We are hopeful,", "Tom Hale", id="h334-ceo-chief-executive"),
    pytest.param('Tom Hale, the chief executive officer of Acme, spoke on Monday. Sales fell. "We are hopeful," the '
                 'CEO said.', "We are hopeful,", "Tom Hale", id="h334-ceo-chief-executive-officer"),
    pytest.param('Tom Hale, the CEO of Acme, spoke on Monday. Sales fell. "We are hopeful," the chief executive '
                 'said.', "We are hopeful,", "Tom Hale", id="h334-chief-executive-ceo"),
    pytest.param('Tom Hale, the chief executive of Acme, spoke on Monday. Sales fell. "We are hopeful," the CFO '
                 'said.', "We are hopeful,", "the CFO", id="h334-no-cfo-for-chief-executive"),
    # h340: a role set off after a name with no article is a description too (`Ann Ruiz, CEO of Acme,`), and a
    # company's officer is named by initials or in three words alike (`CFO`, `chief financial officer`)
    pytest.param('Ann Ruiz, CEO of Acme, said the company would grow.\n\n"We are not done," the chief executive said.',
                 "We are not done,", "Ann Ruiz", id="h340-bare-ceo-chief-executive"),
    pytest.param('Tom Bell, CFO of Acme, said profits fell.\n\n"It was a hard year," the chief financial officer '
                 'said.', "It was a hard year,", "Tom Bell", id="h340-bare-cfo-chief-financial-officer"),
    pytest.param('Tom Bell, the chief financial officer of Acme, said profits fell.\n\n"It was a hard year," the CFO '
                 'said.', "It was a hard year,", "Tom Bell", id="h340-cfo-from-three-words"),
    pytest.param('Ann Ruiz, CEO of Acme, said the company would grow.\n\n"We are not done," the CFO said.',
                 "We are not done,", "the CFO", id="h340-no-cfo-for-bare-ceo"),
    # h340: a title before a name in a list after a name is no role set off after it (`Ann Ruiz, chairman Bob Lee and`)
    pytest.param('Ann Ruiz, chairman Bob Lee and Tom Bell met on Monday.\n\n"We are not done," the chairman said.',
                 "We are not done,", "the chairman", id="h340-title-before-name-not-set-off-role"),
    # h340: an owner that names a body or place with `the` says whose office it is, not a word the one described
    # was given (`the company's founder` after `Acme's founder`, `the state's top prosecutor`)
    pytest.param('Ann Ruiz, Acme\'s founder, said the firm would grow.\n\n"We are not done," the company\'s founder '
                 'said.', "We are not done,", "Ann Ruiz", id="h340-company-founder-after-owner"),
    pytest.param('Ann Ruiz, CEO of Acme, said the company would grow.\n\n"We are not done," the company\'s founder '
                 'said.', "We are not done,", "the company's founder", id="h340-no-founder-for-ceo"),
    # h340: a relative clause telling what the one named does gives the noun for one who does it
    pytest.param('Ann Ruiz, who founded Acme in 1998, said the firm would grow.\n\n"We are not done," the company\'s '
                 'founder said.', "We are not done,", "Ann Ruiz", id="h340-who-founded-founder"),
    pytest.param('Ann Ruiz, who runs Acme, said the firm would grow.\n\n"We are not done," the founder said.',
                 "We are not done,", "the founder", id="h340-who-runs-no-founder"),
    # h340: a public prosecutor's offices under the general noun (`the top prosecutor`, `the prosecutor`)
    pytest.param('Attorney General Mark Dunn announced the charges on Monday.\n\n"No one is above the law," the top '
                 'prosecutor said.', "No one is above the law,", "Attorney General Mark Dunn", id="h340-top-prosecutor"),
    pytest.param('Attorney General Mark Dunn said his office would sue.\n\n"Customers were overcharged," the state\'s '
                 'top prosecutor said.', "Customers were overcharged,", "Attorney General Mark Dunn",
                 id="h340-state-top-prosecutor"),
    pytest.param('Gov. Mark Dunn announced the charges on Monday.\n\n"No one is above the law," the top prosecutor '
                 'said.', "No one is above the law,", "the top prosecutor", id="h340-no-top-prosecutor-for-governor"),
    # h340: a one-word name that stood only in quotation marks within a full name is that one's nickname
    pytest.param('Robert "Bobby" Lee spoke to reporters on Tuesday.\n\n"I am ready," Bobby said.', "I am ready,",
                 'Robert "Bobby" Lee', id="h340-nickname-in-marks"),
    pytest.param("Maria 'Mimi' de Souza opened the bakery in 1999.\n\n\"It was my dream,\" Mimi said.",
                 "It was my dream,", "Maria 'Mimi' de Souza", id="h340-nickname-single-marks-particle"),
    pytest.param('Robert "Bobby" Lee spoke to reporters on Tuesday.\n\n"I am ready," Tom said.', "I am ready,",
                 "Tom", id="h340-no-nickname-other-name"),
    # h340: a House member is `the congressman` (or `congresswoman`), of the gender the name gives
    pytest.param('Rep. Tom Harlan said the bill was fair.\n\n"She knows the numbers," the congressman said.',
                 "She knows the numbers,", "Rep. Tom Harlan", id="h340-rep-congressman"),
    pytest.param('Rep. Ann Harlan said the bill was fair.\n\n"He knows the numbers," the congressman said.',
                 "He knows the numbers,", "the congressman", id="h340-no-congressman-for-woman"),
    # h340: a party's member capitalised, a place before it or not, that no one named before was given, tells the
    # party of the latest one named (`epithet`), unless that one was given another; and a party's member is its
    # adjective before a noun (`a Democrat` ... `the Democratic governor`)
    pytest.param('Rep. Ann Harlan, R-Ohio, said the bill was fair.\n\n"He knows the numbers," the Ohio Republican '
                 'said.', "He knows the numbers,", "Rep. Ann Harlan", id="h340-party-epithet-ohio-republican"),
    pytest.param('Sen. Ann Ruiz spoke first. Former Sen. Bob Graham wrote the report.\n\n"They must act," the '
                 'Democrat said.', "They must act,", "Former Sen. Bob Graham", id="h340-party-epithet-latest"),
    pytest.param('Former Sen. Bob Graham wrote the report. The Democrat said they must act.', "they must act",
                 "Former Sen. Bob Graham", id="h340-party-epithet-next-sentence"),
    pytest.param('Gov. Tom Ruiz, a Republican, signed the budget on Friday.\n\n"This is a bad day," the Democrat '
                 'said.', "This is a bad day,", "the Democrat", id="h340-party-epithet-other-party"),
    pytest.param('Gov. Ann Ruiz, a Democrat, signed the budget on Friday.\n\n"This is a good day," the Democratic '
                 'governor said.', "This is a good day,", "Gov. Ann Ruiz", id="h340-democratic-governor"),
    pytest.param('Gov. Ann Ruiz, a Republican, signed the budget on Friday.\n\n"This is a good day," the Democratic '
                 'governor said.', "This is a good day,", "the Democratic governor", id="h340-no-democratic-republican"),
    # h340: a description set off after an age is read too (`Ann Ruiz, 52, a nurse,`)
    pytest.param('Ann Ruiz, 52, a nurse at the county hospital, said staff were exhausted.\n\n"We cannot go on," the '
                 'nurse said.', "We cannot go on,", "Ann Ruiz", id="h340-description-after-age"),
    # h340: an age given before names the one, whatever new noun follows it; an age new before a noun the one was
    # called already tells the age (`epithet`)
    pytest.param('Tom Vale, 45, runs the hardware store on Main Street.\n\n"Business is bad," the 45-year-old shop '
                 'owner said.', "Business is bad,", "Tom Vale", id="h340-age-then-new-noun"),
    pytest.param('Tom Vale, 45, runs the hardware store on Main Street.\n\n"Business is bad," the 30-year-old shop '
                 'owner said.', "Business is bad,", "the 30-year-old shop owner", id="h340-other-age-new-noun"),
    pytest.param('Rep. Tom Harlan said the bill was fair.\n\n"She knows the numbers," the 45-year-old congressman '
                 'said.', "She knows the numbers,", "Rep. Tom Harlan", id="h340-new-age-known-noun"),
    pytest.param('Rep. Tom Harlan said the bill was fair.\n\n"She knows the numbers," the 45-year-old senator said.',
                 "She knows the numbers,", "the 45-year-old senator", id="h340-new-age-other-noun"),
    # h340: a word appraising one named before picks out no new kind of person (`the veteran coach`)
    pytest.param('Coach Dana Reyes has won three titles.\n\n"It is time," the veteran coach said.', "It is time,",
                 "Coach Dana Reyes", id="h340-veteran-coach"),
    pytest.param('Coach Dana Reyes has won three titles.\n\n"It is time," the assistant coach said.', "It is time,",
                 "the assistant coach", id="h340-assistant-coach-new-kind"),
    # h340: a British paper's `boss` for a firm's chief executive
    pytest.param('Acme CEO Ann Ruiz said sales fell.\n\n"It was a hard year," the Acme boss said.',
                 "It was a hard year,", "Acme CEO Ann Ruiz", id="h340-ceo-boss"),
    # h340: one who did a deed once (`the founder`) is no successor, who holds a role another held
    pytest.param("The company's founder, Ann Ruiz, stepped down on Monday. Her successor, Tom Vale, takes over next "
                 'month.\n\n"I leave the firm in good hands," the founder said.', "I leave the firm in good hands,",
                 "Ann Ruiz", id="h340-founder-no-successor"),
    # h340: a scientist of a field is `the scientist` and `the researcher`; a scientist is no `the economist`
    pytest.param('Dr. Priya Nair, an epidemiologist at the University of Toronto, said cases were rising.\n\n"It is '
                 'too early to panic," the scientist said.', "It is too early to panic,", "Dr. Priya Nair",
                 id="h340-epidemiologist-scientist"),
    pytest.param('Priya Nair, a virologist, said cases were rising.\n\n"We see a steady climb," the researcher said.',
                 "We see a steady climb,", "Priya Nair", id="h340-virologist-researcher"),
    pytest.param('Priya Nair, a virologist, said cases were rising.\n\n"We see a steady climb," the economist said.',
                 "We see a steady climb,", "the economist", id="h340-no-economist-for-virologist"),
    # h349: a surname two people named earlier bear names the one named in full most often as a subject or a
    # speaker (not one set off after kin: `His son, Jack Hale,`); where none is, the nearest mention settles it, and
    # where that paragraph names both, no one
    pytest.param('Tom Hale and his wife, Ann Hale, run the farm outside Ames.\n\nThe drought has cut their yield by '
                 'half.\n\n"We are tired," Hale said.', "We are tired,", "Hale", id="h349-shared-surname-couple"),
    pytest.param('Tom Hale and his wife, Ann Hale, run the farm outside Ames.\n\nAnn Hale keeps the books.\n\n"We are '
                 'tired," Hale said.', "We are tired,", "Ann Hale", id="h349-shared-surname-subject-settles"),
    pytest.param('City boss Mark Hale was less pleased. His son, Jack Hale, scored for Rovers.\n\n"It was a tough one '
                 'to watch," Hale said.', "It was a tough one to watch,", "Mark Hale", id="h349-shared-surname-kin"),
    pytest.param('Tom Hale runs the farm outside Ames.\n\n"We are tired," Hale said.', "We are tired,", "Tom Hale",
                 id="h349-one-bearer"),
    pytest.param('Hillary Clinton campaigned in Ohio.\n\nClinton told voters the economy was recovering.\n\nBill '
                 'Clinton joined her on stage later.\n\n"I do take responsibility," Clinton said.',
                 "I do take responsibility,", "Hillary Clinton", id="h349-bare-surname-kept"),
    pytest.param('Judge Ann Ruiz said Tom Vale had betrayed the public.\n\nVale\'s wife, Mary Vale, wept.\n\n"I am '
                 'sorry," Vale said as he was led away.', "I am sorry,", "Tom Vale", id="h349-kin-only-bearer"),
    # h349: everyday nouns for one who leads a body stand for each other where they head the description (`Union
    # leader Frank Moss` ... `the union chief`), not where they modify a noun for a person (`Chief economist`)
    pytest.param('Union leader Frank Moss called the strike on Monday.\n\n"We will not back down," the union chief '
                 'said.', "We will not back down,", "Union leader Frank Moss", id="h349-leader-chief"),
    pytest.param('Union boss Frank Moss called the strike on Monday.\n\n"We will not back down," the union leader '
                 'said.', "We will not back down,", "Union boss Frank Moss", id="h349-boss-leader"),
    pytest.param('Chief economist Ann Ruiz said growth would slow.\n\n"We are cutting jobs," the boss said.',
                 "We are cutting jobs,", "the boss", id="h349-chief-modifier-no-boss"),
    # h349: a British paper's `the peer` for a lord or a peer's rank; `Lady` is a knight's wife's style too
    pytest.param('Lord Blake spoke in the debate on Tuesday.\n\n"This bill is a mistake," the peer said.',
                 "This bill is a mistake,", "Lord Blake", id="h349-lord-peer"),
    pytest.param('Baroness Hale of Leeds spoke in the debate.\n\n"This bill is a mistake," the peer said.',
                 "This bill is a mistake,", "Baroness Hale of Leeds", id="h349-baroness-peer"),
    pytest.param('Lady Blake opened the fete on Tuesday.\n\n"It was a lovely day," the peer said.',
                 "It was a lovely day,", "the peer", id="h349-lady-no-peer"),
    # h349: a plural title two names share is neither's own (`Senators Ann Ruiz and Tom Lee`); the plural
    # description stands for both, a singular one for neither
    pytest.param('Senators Ann Ruiz and Tom Lee wrote to the agency. Ruiz said the rule was unlawful.\n\n"We expect '
                 'an answer," the senators said.', "We expect an answer,", "Senators Ann Ruiz and Tom Lee",
                 id="h349-plural-title-both"),
    pytest.param('Senators Ann Ruiz and Tom Lee wrote to the agency.\n\n"We expect an answer," Ruiz said.',
                 "We expect an answer,", "Ann Ruiz", id="h349-plural-title-not-hers"),
    pytest.param('Senators Ann Ruiz and Tom Lee wrote to the agency.\n\n"We expect an answer," the senator said.',
                 "We expect an answer,", "the senator", id="h349-plural-title-singular-neither"),
    # h349: an abbreviation's stop does not end a description set off after a name (`a nurse at St. Mary's`)
    pytest.param('Ann Ruiz, a nurse at St. Mary\'s, said the ward was full.\n\n"We are short of staff," the nurse '
                 'said.', "We are short of staff,", "Ann Ruiz", id="h349-set-off-past-abbreviation"),
    pytest.param('A nurse at St. Mary\'s, Ann Ruiz, said the ward was full.\n\n"We are short of staff," the nurse '
                 'said.', "We are short of staff,", "Ann Ruiz", id="h349-opening-past-abbreviation"),
    pytest.param('Ann Ruiz, a lawyer at St. Mary\'s, said the ward was full.\n\n"We are short of staff," the nurse '
                 'said.', "We are short of staff,", "the nurse", id="h349-abbreviation-other-noun"),
    # h349: a description of a post is never one who has left it (`the mayor` is not `Former Mayor Tom Lee`)
    pytest.param('Mayor Ann Ruiz defended the budget on Monday. Former Mayor Tom Lee called it reckless.\n\n"We '
                 'balanced the books," the mayor said.', "We balanced the books,", "Mayor Ann Ruiz",
                 id="h349-mayor-not-former"),
    pytest.param('Mayor Ann Ruiz defended the budget on Monday. Former Mayor Tom Lee called it reckless.\n\n"This is '
                 'a disaster," the former mayor said.', "This is a disaster,", "Former Mayor Tom Lee",
                 id="h349-former-mayor"),
    # h349: an English judge is `Mr Justice Hale` ... `the judge`, a barrister `Sarah Moss KC` ... `the barrister`;
    # `Justice` alone is no judge's title (`Justice Department spokesman`)
    pytest.param('Mr Justice Hale said the claim failed.\n\n"The evidence was thin," the judge said.',
                 "The evidence was thin,", "Mr Justice Hale", id="h349-mr-justice-judge"),
    pytest.param('Sarah Moss KC said her client would appeal.\n\n"We will take this further," the barrister said.',
                 "We will take this further,", "Sarah Moss KC", id="h349-kc-barrister"),
    pytest.param('Justice Department spokesman Tom Vale declined to comment.\n\n"The evidence was thin," the judge '
                 'said.', "The evidence was thin,", "the judge", id="h349-justice-department-no-judge"),
]


@pytest.mark.parametrize("text, quote, name", RESOLVED_NAMES)
def test_resolved_name(extractor, text: str, quote: str, name: str | None) -> None:
    """`Eddie Cole coached ... He often said that ...`: the one quote with that text has the resolved speaker
    `name` (None: unresolved); each group's comment says what English fact its rows test."""
    assert resolved_name(extractor, text, quote) == name


@pytest.mark.parametrize("words, number, gender", [
    ("The group representing travel agents", "sing", "neut"),  # the parse took `agents` for the head (h255)
    ("The official leading the committee", "sing", None),      # the committee is no head: no body
])
def test_a_participle_phrase_is_no_head(words: str, number: str, gender: str | None) -> None:
    """A noun phrase's head stands before a participle's phrase on it, whatever the parse took for the head."""
    text = words + " said so."
    last = words.split()[-1]
    found = mention(text, 0, len(words), head(last, "NNS" if last.endswith("s") else "NN"))
    assert (found.number, found.gender) == (number, gender)


@pytest.mark.parametrize("text, short, full", [
    ("The union said its pilots would strike unless Skyline Airways improved its offer. Skyline said no.",
     "Skyline", "Skyline Airways"),
    ("Unions met Harbor Bank Corp. on Monday. Harbor said no.", "Harbor", "Harbor Bank Corp."),
    ("Ann Ruiz met Vale Street residents on Monday. Vale said no.", "Vale", "Vale"),  # no firm's word closes it
    ("Andes Copper Corp. knew of the spill. Andes Copper said no.", "Andes Copper", "Andes Copper Corp."),
    ("Tom Vale Holdings bought the club. Tom Vale said no.", "Tom Vale", "Tom Vale"),  # a person's given name
])
def test_a_firm_shortened_by_its_ending_is_its_full_name(text: str, short: str, full: str) -> None:
    """`Skyline` after `Skyline Airways`: the press shortens a firm's name by its ending (h255)."""
    r = Resolver(text)
    got = r.resolve(m(text, short, 1, head(short, "NNP", "Number=Sing")))
    assert resolved_text(text, got) == full


@pytest.mark.parametrize("person", ["one pilot", "a paramedic", "the surgeon"])
def test_it_passes_over_crews_and_emergency_services(person: str) -> None:
    """`it` never stands for a pilot, a paramedic or a surgeon: a noun for a person (h255)."""
    text = f'Northwind Air met. "We will fly," {person} said. "We back them," it said.'
    r = Resolver(text)
    r.add_subject(m(text, "Northwind Air"))
    r.resolve(m(text, person, hd=head(person.split()[-1], "NN", "Number=Sing")))
    assert resolved_text(text, r.resolve(m(text, "it"))) == "Northwind Air"
