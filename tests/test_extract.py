"""End to end with the real models (issue 2, points 1-6, 8, 9 and the reference-article checks)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

import quotes
import quotes.extractor
import quotes.models
from conftest import check_quotes
from quotes import Extractor, ModelError, Quote, QuotesError, Span

ROOT = Path(__file__).resolve().parent.parent
KERRY_PATH = ROOT / "data" / "kerry-geneva.txt"
ANY = object()  # "don't care" in an expectation

# (type, substring of the quote's text, speaker text, speaker_resolved text or ANY)
Expect = tuple[str, str, "str | None", Any]

CASES: list[tuple[str, str, list[Expect]]] = [
    # a plural pronoun stands for both people `and` joins in the subject before it
    ("they-pair-of-names", 'Ruiz and Lee thanked striker Tom Vale after the match. "We owe him a great deal," '
     'they said.', [("direct", "We owe him a great deal,", "they", "Ruiz and Lee")]),
    ("they-name-and-owner-noun", 'Ann Ruiz and her deputy left early. "We had no choice," they said.',
     [("direct", "We had no choice,", "they", "Ann Ruiz and her deputy")]),
    # a title in lower case opening the sentence before a name is part of its fullest form; not after a verb
    ("fullest-name-lower-title", 'Fire chief Tom Vale Jr. arrived at noon.\n\nThe fire was out by evening, Vale said.',
     [("indirect", "The fire was out by evening", "Vale", "Fire chief Tom Vale Jr.")]),
    ("fullest-name-title-after-verb", 'The city hired lawyer Tom Vale. "We will win," Vale said.',
     [("direct", "We will win,", "Vale", "Tom Vale")]),
    ("fullest-name-verb-before-title", 'Clinton beat rival Tom Vale in May. "We lost," Vale said.',
     [("direct", "We lost,", "Vale", "Tom Vale")]),
    ("fullest-name-title-after-opener", 'When chief Tom Vale arrived, the crowd cheered. "Thanks," Vale said.',
     [("direct", "Thanks,", "Vale", "Tom Vale")]),
    ("they-name-and-owner-noun-and-name", 'Former Rovers captain Dan Price and his wife Lucy opened the cafe in '
     'May. "It was a dream," they said.',
     [("direct", "It was a dream,", "they", "Former Rovers captain Dan Price and his wife Lucy")]),
    ("he-after-description-and-titled-name", 'Her neighbour, retired teacher Bill Carr, agreed. "Nobody asked us," '
     'he said.', [("direct", "Nobody asked us,", "he", "retired teacher Bill Carr")]),
    ("he-after-relative-naming-someone", 'The mayor, who met Ann Lee, left early. "It was fine," he said.',
     [("direct", "It was fine,", "he", "The mayor")]),
    ("spokeswoman-misread-adjective", 'The council said the scheme would be reviewed. A spokeswoman added: '
     '"We are listening."', [("indirect", "the scheme would be reviewed", "The council", ANY),
                             ("direct", "We are listening.", "A spokeswoman", ANY)]),
    ("they-noun-and-plural-noun", 'Police and firefighters were called to the scene. They said the fire started '
     'in the kitchen.', [("indirect", "the fire started in the kitchen", "They", "Police and firefighters")]),
    ("she-after-pair-with-full-name", 'Ann Ruiz spoke first. Ruiz and her aides left. "We had no choice," she said.',
     [("direct", "We had no choice,", "she", "Ann Ruiz")]),
    ("plain", '"We will win the election," Kerry said.',
     [("direct", "We will win the election", "Kerry", ANY)]),
    ("curly", "“We will win the election,” Kerry said.",
     [("direct", "We will win the election", "Kerry", ANY)]),
    ("inverted-name", '"The talks are over for now," said Kerry.',
     [("direct", "The talks are over for now", "Kerry", ANY)]),
    ("inverted-np", '"The talks are over for now," said the foreign minister.',
     [("direct", "The talks are over for now", "the foreign minister", ANY)]),
    ("inverted-long-np", '"The talks are over for now," said the man who led them for three years.',
     [("direct", "The talks are over for now", "the man who led them for three years", ANY)]),
    ("name-appositive", '"The talks are over for now," Lavrov, the foreign minister, said.',
     [("direct", "The talks are over for now", "Lavrov", ANY)]),
    ("content-first-indirect", "The talks will resume next week in Geneva, Mr. Lavrov said.",
     [("indirect", "The talks will resume next week in Geneva", "Mr. Lavrov", ANY)]),
    ("split", 'Lavrov spoke to reporters. "We will win," he said, "and we will do it soon."',
     [("direct", "and we will do it soon", "he", "Lavrov")]),
    ("pronoun", 'Foreign Minister Sergei Lavrov arrived in Geneva on Friday. "We are ready to talk," he said.',
     [("direct", "We are ready to talk", "he", "Foreign Minister Sergei Lavrov")]),
    ("short-name", 'US Secretary of State John Kerry flew to Geneva on Friday. "We are close to a deal," Kerry said.',
     [("direct", "We are close to a deal", "Kerry", "US Secretary of State John Kerry")]),
    ("colon", 'Lavrov told reporters: "We will not give up on these talks."',
     [("direct", "We will not give up on these talks", "Lavrov", ANY)]),
    ("colon-paragraph", 'Lavrov told reporters on Friday:\n"We will not give up on these talks. We will keep working."',
     [("direct", "We will keep working", "Lavrov", ANY)]),
    ("colon-no-cue-verb", 'Nguyen spoke first.\n\nShe went on: "It is like fixing a leaking roof with a hammer."',
     [("direct", "It is like fixing a leaking roof", "She", "Nguyen")]),
    # nothing ties it to anyone and no quote comes before it: `unclaimed` drops it (not Clinton's)
    ("follower-in-next-paragraph", '"There is too much at stake for everyone in the region."\n\nClinton touted her record.',
     []),
    ("title-in-a-phrase-of-place", 'Appearing Monday on Channel 9\'s "Morning Desk," Ruiz said the plan was dead.',
     [("indirect", "the plan was dead", "Ruiz", ANY)]),  # the programme's title is no quotation
    ("speaker-holding-a-title", 'Hemsley, the author of "Going Viral," said the old newspapers had given the nation '
                                '"a unifying story" for decades.',
     [("mixed", "a unifying story", "Hemsley", ANY)]),  # the name, not the description set off after it
    ("made-to-speak", 'Mr. Jones was prompted to say, "By now, I cannot believe how quiet the hall has stayed."',
     [("direct", "By now, I cannot believe", "Mr. Jones", ANY)]),
    ("governing-verb-subject", 'Early in her campaign, Marlow attacked Denholm as "a tired candidate with no plan at all."',
     [("direct", "a tired candidate with no plan", "Marlow", ANY)]),
    ("phrasal-cue", '"They only came for the free snacks," Pellam shot back with a grin.',
     [("direct", "They only came for the free snacks", "Pellam", ANY)]),
    ("pointed-out", '"The stock has not done well," Mr. Rubel pointed out.',
     [("direct", "The stock has not done well", "Mr. Rubel", ANY)]),
    ("title-within-speaker", 'Tranter, the co-author of "Going under in a fractured century," about the rise of rumours, '
                             'said the days of a common story are over.',
     [("indirect", "the days of a common story are over",
       'the co-author of "Going under in a fractured century," about the rise of rumours', ANY)]),
    # a short uncued fragment within a sentence is a term, not a quote (and The Washington Post no speaker)
    ("uncued-fragment-no-quote", 'Trump brought the death up as "very fishy and strange" in an interview with The '
                                 'Washington Post on Monday.',
     []),
    ("narrator-before-quotation", '"We will win," Sanders said.\n\nClinton touted her record as a sponsor of the bill. '
                                  '"We need to find ways to help families who want a home."',
     [("direct", "We will win", "Sanders", ANY), ("direct", "We need to find ways", "Clinton", ANY)]),
    ("went-on", '"It is a little worrying to me because it would end all the help we have," she went on.',
     [("direct", "It is a little worrying to me", "she", ANY)]),
    ("name-before-long-aside", '"Very sharp writer, very sharp writer this fellow," Garrow, the 2030 Civic League mayoral frontrunner '
                               'citywide and current favourite in the harbour wards by a broad margin after winning the early '
                               'district caucuses, said when Ellery asked him a question.',
     [("direct", "Very sharp writer", "Garrow", ANY)]),  # the name, not its apposition, however long (issue #17)
    ("follower", 'Kerry arrived first.\n"There is too much at stake for everyone in the region." Lavrov added.',
     [("direct", "There is too much at stake", "Lavrov", ANY)]),
    # `all` before a plural is its quantifier, and part of the speaker (span rule `fused-all` takes a singular)
    ("all-plural-speaker", "All the senators said the bill was dead.",
     [("indirect", "the bill was dead", "All the senators", ANY)]),
    # a time phrase after a participle is the participle's, not the cue's (span rule `tag-phrase-run`)
    ("tag-phrase-participle-time", "The plan is dead, documents filed on Sunday said.",
     [("indirect", "The plan is dead", "documents filed on Sunday", ANY)]),
    ("according-to", "The talks will resume on Friday, according to a senior US official.",
     [("indirect", "The talks will resume on Friday", "a senior US official", ANY)]),
    ("indirect", "The minister said the talks would resume next week in Geneva.",
     [("indirect", "the talks would resume next week in Geneva", "The minister", ANY)]),
    ("indirect-apostrophe", "He said the scandal had damaged voters’ trust in the government.",
     [("indirect", "the scandal had damaged voters’ trust in the government", "He", ANY)]),
    ("asked-no-asker", "The minister was asked whether the talks would resume next week in Geneva.",
     [("indirect", "the talks would resume next week in Geneva", None, ANY)]),
    ("title-case-headline", "Former Party Pollster Says Mayor Is In Trouble In Ohio Primaries\n\nThe race is close.",
     [("indirect", "Mayor Is In Trouble In Ohio Primaries", "Former Party Pollster", ANY)]),
    ("capitalised-name-no-cue", "The Washington Post Reports Desk moved to a new floor.", []),
    ("asked-then-answer", "Asked whether the talks would resume, the minister said they would resume next week.",
     [("indirect", "whether the talks would resume", None, ANY),
      ("indirect", "they would resume next week", "the minister", ANY)]),
    ("naming", 'Trump called the deal "a disaster for American workers" on Monday.',
     [("mixed", "a disaster for American workers", "Trump", ANY)]),
    ("naming-a-group", 'She joined a group called "Citizens for Peace" last year.', []),
    ("passive-report-no-source", "It was widely reported that the deal had collapsed.",
     [("indirect", "the deal had collapsed", None, None)]),
    ("naming-passive", 'The plan is called "Operation Dawn" by officials.', []),
    ("lead-in", 'The new policy may prove "strategic in the long run," the professor said.',
     [("mixed", 'The new policy may prove "strategic in the long run,"', "the professor", ANY)]),
    ("lead-in-continued", 'The new policy may prove "strategic in the long run," the professor said. "It will take years."',
     [("mixed", 'run," It will take years.', "the professor", ANY)]),
    ("quotation-opens-reported-clause", '"We are saddened and appalled" by the fire at the market downtown, the pastor said.',
     [("mixed", 'We are saddened and appalled" by the fire', "the pastor", ANY)]),
    ("lead-in-after-colon", 'He was blunt: the plan "will not work at all," the professor said.',
     [("direct", "will not work at all", "the professor", ANY)]),
    ("signed-with-dash", 'Readers wrote in.\n\n\u201cThe plan will not work at all, and everyone here knows it.\u201d \u2015 Maria Lopez\n'
                         '"We have waited for this for many years now." -- Jo M. de la Cruz.',
     [("direct", "The plan will not work at all", "Maria Lopez", ANY),
      ("direct", "We have waited for this", "Jo M. de la Cruz", ANY)]),
    ("signed-with-no-break-spaces", 'Readers wrote in.\n\n\u201cThe plan will not work at all, and everyone here knows it.\u201d\u2015\u00a0'
                                    'Maria Lopez\u00a0\n\u201cWe have waited for this for many years now.\u201d \u2015\u00a0Jo Diaz.\n',
     [("direct", "The plan will not work at all", "Maria Lopez", ANY),
      ("direct", "We have waited for this", "Jo Diaz", ANY)]),
    ("signed-next-paragraph", '"Nearly every new job this year went to the three largest cities."\n\n'
                              '- Jane Doe, a senator.\n\nThe senator is citing an old report.',
     [("direct", "Nearly every new job", "Jane Doe", ANY)]),
    ("question-then-long-cue-sentence", '"It looks like we are not going to get along, who knows?" Trump told a British television '
                                        'station in an interview that aired on Monday evening in London.',
     [("direct", "It looks like we are not going to get along", "Trump", ANY)]),
    ("title-with-comma", 'His new book, "Trump and Me At Home," was published on Monday by a small press.', []),
    ("slogan-with-comma", 'At the rally in Ohio, "Yes We Can Do It," the crowd chanted.',
     [("direct", "Yes We Can Do It", "the crowd", ANY)]),
    ("dash-not-a-signature", '"We have waited for this for many years now." \u2014 that was the mood in town.',
     []),  # no signature, no one else: `unclaimed` drops it
    ("mixed", 'The minister said the talks were "going nowhere fast" and would end soon.',
     [("mixed", "going nowhere fast", "The minister", ANY)]),
    ("doubled-apostrophes", "''It has the virtue of being true,'' the senator said.",
     [("direct", "It has the virtue of being true", "the senator", ANY)]),
    ("single-quotes", "'We will win this fight,' said Kerry.",
     [("direct", "We will win this fight", "Kerry", ANY)]),
    ("nested", 'Mrs. Jones was at the meeting. "He told me \'never again\' and walked out," she said.',
     [("direct", "He told me 'never again' and walked out", "she", "Mrs. Jones")]),
    ("multi-paragraph", 'Kerry told reporters: "We will keep going until the job is done.\n'
                        '"There is no other way forward for us."',
     [("direct", "There is no other way forward", "Kerry", ANY)]),
    # a name the parse split from its title is one speaker, title and all (issue #17)
    ("title-name-inverted", '"We will not back down," said Senator Maria Lopez.',
     [("direct", "We will not back down", "Senator Maria Lopez", ANY)]),
    # `of the ...` after a name says what was spoken of; before a name of a body, where the name belongs
    ("name-of-topic", '"It is a fair outcome," said Dana Whitfield of the verdict.',
     [("direct", "It is a fair outcome", "Dana Whitfield", ANY)]),
    ("name-of-body", '"It is a fair outcome," said Dana Whitfield of the Harbor Trust.',
     [("direct", "It is a fair outcome", "Dana Whitfield of the Harbor Trust", ANY)]),
    # what a comma sets off after a name (description, relative clause, age) is not the name that speaks
    ("name-then-description", 'Representative Dale Hooper, a Texas Republican who leads the caucus, said his members '
                              'would not support "another blank check."',
     [("mixed", 'his members would not support "another blank check."', "Representative Dale Hooper", ANY)]),
    ("name-then-age", '"The plant is safe," Paul Gray, 61, said.',
     [("direct", "The plant is safe", "Paul Gray", ANY)]),
    ("description-name-then-time", "The firm's lawyer, Jo Hart, Tuesday night said the appeal would be lodged.",
     [("indirect", "the appeal would be lodged", "The firm's lawyer, Jo Hart", ANY)]),
    ("day-name-before-cue", "Large majorities of voters going to the polls on Super Tuesday say they back the plan.",
     [("indirect", "they back the plan", "Large majorities of voters going to the polls on Super Tuesday", ANY)]),
    ("description-then-age", "The Chelsea captain, 29, said the team had lost its way.",
     [("indirect", "the team had lost its way", "The Chelsea captain", ANY)]),
    ("description-then-number", "The union, 1,200 strong, said no.", [("indirect", "no", "The union", ANY)]),
    ("description-then-name", '"The plant is safe," the city\'s lawyer, Ann Ruiz, said.',
     [("direct", "The plant is safe", "the city's lawyer, Ann Ruiz", ANY)]),
    # a mixed quote whose clause ends with a quotation ends after its closing mark: balanced
    ("description-then-relative", 'The city council, which first raised the matter in May, said that it had '
                                  'cooperated fully with investigators.',
     [("indirect", "that it had cooperated fully with investigators", "The city council", ANY)]),
    ("mixed-closing-mark", 'Hooper said his members would not back "another blank check" and walked out.',
     [("mixed", 'his members would not back "another blank check"', "Hooper", ANY)]),
    # `, adding: "..."` goes on to the next quotation: the fragment before it stays in its clause's mixed quote
    ("fragment-then-adding", 'The minister insisted it was "the right decision at the right time," adding: "We will '
                             'not be deflected."',
     [("mixed", 'it was "the right decision at the right time,"', "The minister", ANY),
      ("direct", "We will not be deflected.", "The minister", ANY)]),
    # the tagger makes `official` an adjective; a determiner or number and a comma settle it as a noun
    ("inverted-bare-noun-phrase", '"We are confident," said one official, who asked not to be named.',
     [("direct", "We are confident", "one official", ANY)]),
    # the parse makes the subject an oblique; a finite main verb after a noun has a subject before it
    ("naming-verb-description-name", 'The team\'s owner, Gerald Fitch, called the delay "disappointing" but said '
                                     'he remained optimistic.',
     [("mixed", 'the delay "disappointing"', "The team's owner, Gerald Fitch", ANY),
      ("indirect", "he remained optimistic", "The team's owner, Gerald Fitch", ANY)]),
    # a set-off `Party of State` describes the name before it: no part of the speaker
    ("name-then-party-of-state", 'Senator Ann Ruiz, Republican of Ohio, called the plan "a mess."',
     [("mixed", 'the plan "a mess."', "Senator Ann Ruiz", ANY)]),
    # American news style's party and state after a name, set off by commas or brackets, is no part of it
    ("name-then-party-label", '"We did our job," Senate Majority Leader Chuck Harmon, D-N.Y., said on the floor.',
     [("direct", "We did our job", "Senate Majority Leader Chuck Harmon", ANY)]),
    ("name-then-party-label-naming", 'Sen. Joan Whitfield, R-Maine, called the bill "a missed opportunity."',
     [("mixed", 'the bill "a missed opportunity."', "Sen. Joan Whitfield", ANY)]),
    ("name-then-party-label-relative", 'Sen. Mark Kirk, R-Ill., who faces a tough race, said the talks were over.',
     [("indirect", "the talks were over", "Sen. Mark Kirk", ANY)]),
    ("name-then-bracketed-party", 'Rep. Ann Lee (D-Md.), chair of the panel, said the talks were over.',
     [("indirect", "the talks were over", "Rep. Ann Lee", ANY)]),
    ("inverted-bracketed-party", '"It\'s over," said Rep. Tom Cole (R-Okla.).',
     [("direct", "It's over", "Rep. Tom Cole", ANY)]),
    # a copular clause whose subject names a person by what they do introduces the quotation after its colon
    ("colon-copular-person-noun", 'The coach was furious: "That was a disgrace."',
     [("direct", "That was a disgrace.", "The coach", ANY)]),
    ("colon-copular-thing", 'The answer was simple: "Build more homes."', []),
    # an inverted subject follows its verb with no comma: past one, a phrase of its own
    ("no-subject-past-comma", '"It is not about money," Rivera, 34, said Tuesday, her voice breaking.',
     [("direct", "It is not about money", "Rivera", ANY)]),
    # `, say,` means "for instance": no cue
    ("say-for-instance", "The plan is no better than, say, a tax on fuel.", []),
    ("mayor-name-inverted", '"The bridge is safe," said Mayor John Hale.',
     [("direct", "The bridge is safe", "Mayor John Hale", ANY)]),
    ("role-name-inverted", '"It was a mistake," said pollster Frank Luntz.',
     [("direct", "It was a mistake", "pollster Frank Luntz", ANY)]),
    ("abbreviated-title-inverted", '"We are ready," said Rep. Cathy McMorris Rodgers.',
     [("direct", "We are ready", "Rep. Cathy McMorris Rodgers", ANY)]),
    ("title-before-name", 'Democratic pollster Dana Whitcombe told Metro that support had "accelerated" after the vote.',
     [("mixed", "that support had", "Democratic pollster Dana Whitcombe", ANY)]),
    ("long-title-before-name", 'Republican presidential candidate Harlan Voss argued that the party must "win big."',
     [("mixed", "that the party must", "Republican presidential candidate Harlan Voss", ANY)]),
    ("title-apposed-name", '"We are ready," former Florida governor Jeb Bush said.',
     [("direct", "We are ready", "former Florida governor Jeb Bush", ANY)]),
    ("inverted-source-close-to", '"The vote is lost," said a source close to the mayor.',
     [("direct", "The vote is lost", "a source close to the mayor", ANY)]),
    ("inverted-title-name-of-state", '"We are ready," said former Massachusetts congressman Barney Frank.',
     [("direct", "We are ready", "former Massachusetts congressman Barney Frank", ANY)]),
    ("inverted-then-place-phrase", '"We are ready," said Kerry in an interview with CNN.',
     [("direct", "We are ready", "Kerry", ANY)]),
    ("inverted-name-with-initial", '"We are ready," said Jonah P. Wexley, a Democratic pollster.',
     [("direct", "We are ready", "Jonah P. Wexley", ANY)]),
    ("determiner-opens-the-speaker", 'The bill the senator said would pass was "dead."',
     [("mixed", "dead", "the senator", ANY)]),
    ("inverted-age-set-off", '"We will rebuild," said Suu Kyi, 70, the party leader.',
     [("direct", "We will rebuild", "Suu Kyi", ANY)]),
    ("inverted-relative-set-off", '"We will rebuild," said Tom Reed, who opposed the plan.',
     [("direct", "We will rebuild", "Tom Reed", ANY)]),
    ("inverted-description-then-name", '"We will rebuild," said a former spokesman for the ministry, Ivan Petrenko.',
     [("direct", "We will rebuild", "a former spokesman for the ministry, Ivan Petrenko", ANY)]),
    ("name-before-description-after-opener",
     'In a statement, Mark Ellis, a spokesman for the Lopez campaign, said: "We are cooperating."',
     [("direct", "We are cooperating", "Mark Ellis", ANY)]),
    ("as-name-before-description", 'Or, as Ann Porter, a former secretary of state, put it: '
                                   '"The gates are open."',
     [("direct", "The gates are open", "Ann Porter", ANY)]),
    ("description-after-place-stays", 'In Washington, a spokesman for the campaign, said the report was "wrong."',
     [("mixed", "the report was", "a spokesman for the campaign", ANY)]),
    ("subject-then-time-phrase", 'President Obama on Friday said the plan was "a mistake."',
     [("mixed", "the plan was", "President Obama", ANY)]),
    ("name-then-time-word", '"The talks are over for now," said Kerry on Tuesday.',
     [("direct", "The talks are over for now", "Kerry", ANY)]),
    # a name with a description set off after it: the name speaks, not the description (issue #17)
    ("name-before-apposition",
     "Anna Berg, a spokeswoman for the Transport Ministry, said the trains would run on time.",
     [("indirect", "the trains would run on time", "Anna Berg", ANY)]),
    ("surname-before-apposition", 'Brandt, the senator from Oregon, said the plan was "a fraud."',
     [("mixed", "the plan was", "Brandt", ANY)]),
    ("noun-before-apposition", 'The company, a subsidiary of the bank, said the deal was "final."',
     [("mixed", "the deal was", "The company", ANY)]),
    ("scare-title", "She appeared on “Saturday Night Live” last year.", []),
    ("scare-term", 'The so-called "peace plan" was rejected by the rebels.', []),
    ("scare-term-no-cue", 'Critics of the so-called "peace plan" gathered outside the embassy on Monday.', []),
    ("scare-book", "He read “The Old Man and the Sea” on the plane.", []),
    ("belief-thinks", "She thinks the plan will fail.", []),
    ("belief-believes", "He believes the talks will fail.", []),
    ("wish-wants", "Washington wants concrete steps from Russia to end the siege.", []),
    ("wish-russia", "Russia wants closer military cooperation with the United States.", []),
    ("no-quote", "The sun rose over Geneva and the lake was calm.", []),
    # `news-learned`: what a person grasps or has learned from life is no report (only an outlet's, or a tag's)
    ("learned-person-that", "He understands that people are angry.", []),
    ("learned-name-that", "Smith has learned that hard work pays off.", []),
    ("learned-body-that", "The government understands that voters are angry.", []),
    ("learned-pronoun-tag", "It was a hard year, he has learned.", []),
    ("learned-passive-tag", "It was a hard year, and lessons were learned.", []),
    ("understood-meaning", "The term is understood to mean any public official.", []),
    ("understood-well", "It is well understood that smoking kills.", []),
    ("understood-not-well", "The risks are not well understood.", []),
    ("passive-closing-conjunct", "The man was arrested, and he was charged.", []),
    ("passive-closing-after-passive", "The man was jailed for six years, the court was told.",
     [("indirect", "The man was jailed for six years", None, ANY)]),
    ("warned-listener-if", "He warned voters if they stayed home, the party would lose.",
     [("indirect", "if they stayed home, the party would lose", "He", ANY)]),
    ("learned-sources-tag", "The talks collapsed, sources understand.",
     [("indirect", "The talks collapsed", "sources", ANY)]),
    # `interview-answer`: the label (`A`, `Answer`) is the speaker as written, standing for the interviewee
    # named before the run (its resolved speaker); no one resolved when none is named; questions give nothing
    ("interview-answer-label-speaker", "The mayor, Ann Ruiz, sat down with us this week.\n\nQ: Will you run "
                                       "again?\n\nA: I have not decided yet.",
     [("direct", "I have not decided yet.", "A", "Ann Ruiz")]),
    ("interview-answer-word-label", "We spoke with the goalkeeper Tom Berg after training.\n\nQuestion: How is "
                                    "the knee?\n\nAnswer: Better every day.",
     [("direct", "Better every day.", "Answer", "Tom Berg")]),
    # broadcast transcripts: a role or state after a comma is no part of the label's name; a label in
    # capitals resolves to the name as the narration writes it; the interviewer's questions are theirs
    ("transcript-label-state", "The senator joined the program.\n\nBLITZER: Will the bill pass?\n\n"
                               "SEN. JOHN SMITH (R), OHIO: I believe it will.\n\nBLITZER: And then?\n\n"
                               "SMITH: We move on.",
     [("direct", "Will the bill pass?", "BLITZER", "BLITZER"), ("direct", "I believe it will.", "SEN. JOHN SMITH", ANY),
      ("direct", "And then?", "BLITZER", "BLITZER"), ("direct", "We move on.", "SMITH", "SEN. JOHN SMITH")]),
    ("transcript-label-role", "The mayor took calls on the morning show.\n\nKAREN DOYLE, HOST: The mayor is "
                              "with us.\n\nMAYOR TOM REYES: Glad to be here.\n\nDOYLE: Let us start.",
     [("direct", "The mayor is with us.", "KAREN DOYLE", ANY), ("direct", "Glad to be here.", "MAYOR TOM REYES", ANY),
      ("direct", "Let us start.", "DOYLE", "KAREN DOYLE")]),
    ("transcript-unidentified", "The rally was loud.\n\nLEE: We will win this seat.\n\nUNIDENTIFIED MALE: "
                                "Shame on you!\n\nLEE: Thank you all.",
     [("direct", "We will win this seat.", "LEE", ANY), ("direct", "Shame on you!", "UNIDENTIFIED MALE", ANY),
      ("direct", "Thank you all.", "LEE", ANY)]),
    ("transcript-caps-label-resolves", "The governor, Lisa Park, took questions from readers.\n\nQuestion: Will "
                                       "taxes go up?\n\nPARK: Not this year.\n\nQuestion: And the schools?\n\n"
                                       "PARK: More money than ever.",
     [("direct", "Not this year.", "PARK", "Lisa Park"), ("direct", "More money than ever.", "PARK", "Lisa Park")]),
    # an interviewer's initials in capitals with the answers' labels in title case: one exchange
    ("transcript-initials-and-name", "Our reporter Jane Soto spoke with the chef Marco Bell.\n\nJS: Why open a "
                                     "place now?\n\nBell: Because rents came down.\n\nJS: What is on the menu?"
                                     "\n\nBell: Soup, mostly. Good soup.",
     [("direct", "Why open a place now?", "JS", "Jane Soto"), ("direct", "Because rents came down.", "Bell", "Marco Bell"),
      ("direct", "What is on the menu?", "JS", "Jane Soto"), ("direct", "Soup, mostly. Good soup.", "Bell", "Marco Bell")]),
    # initials in capitals stand for the latest earlier name they are the initials of, not a word more or less
    ("transcript-initials-resolve", "Then Marco Bell spoke to our reporter Jane Soto on Tuesday.\n\nJS: Why now?"
                                    "\n\nMB: Because rents came down.\n\nJS: And the menu?\n\nMB: Soup, mostly.",
     [("direct", "Why now?", "JS", "Jane Soto"), ("direct", "Because rents came down.", "MB", "Marco Bell"),
      ("direct", "And the menu?", "JS", "Jane Soto"), ("direct", "Soup, mostly.", "MB", "Marco Bell")]),
    # questions from the floor with answers under a title-case label and a title
    ("transcript-q-and-titled-answers", "The governor, Lisa Park, took questions.\n\nQ: Will taxes go up?\n\n"
                                        "Gov. Park: Not this year, no.\n\nQ: And the schools?\n\nGov. Park: "
                                        "They get more money.",
     [("direct", "Not this year, no.", "Gov. Park", ANY), ("direct", "They get more money.", "Gov. Park", ANY)]),
    # a title-case turn goes on over an unlabelled paragraph, up to the next title-case label
    ("titled-turn-goes-on", "The coach spoke after the final.\n\nInterviewer: How do you feel?\n\nSmith: "
                            "Honestly, a bit numb.\n\nI did not sleep at all.\n\nInterviewer: What comes next?"
                            "\n\nSmith: A long holiday, I hope.",
     [("direct", "How do you feel?", "Interviewer", ANY),
      ("direct", "Honestly, a bit numb. I did not sleep at all.", "Smith", ANY),
      ("direct", "What comes next?", "Interviewer", ANY), ("direct", "A long holiday, I hope.", "Smith", ANY)]),
    # a word and a colon opening a paragraph within a turn is no label of the exchange: the turn goes on over it
    ("turn-goes-on-past-look", "The two spoke on the radio.\n\nSMITH: We are not going anywhere.\n\nLook: the town "
                               "needs this road.\n\nJONES: Then the vote fails.\n\nSMITH: So be it.",
     [("direct", "We are not going anywhere. Look: the town needs this road.", "SMITH", ANY),
      ("direct", "Then the vote fails.", "JONES", ANY), ("direct", "So be it.", "SMITH", ANY)]),
    # a report within a turn is the turn's speaker's words, no quote of its own (as within quotation marks)
    ("turn-beside-report", "The two spoke on the radio.\n\nSMITH: We are not going anywhere. She said the town "
                           "needs this road. And we will build it.\n\nJONES: Then the vote fails.",
     [("direct", "We are not going anywhere. She said the town needs this road. And we will build it.", "SMITH", ANY),
      ("direct", "Then the vote fails.", "JONES", ANY)]),
    ("unlabelled-answer-look", "We talked with the baker Rosa Diaz.\n\nQ: When do you start?\n\nLook: I start at "
                               "three, every morning.\n\nQ: Do you ever sleep in?\n\nNever. I cannot.",
     [("direct", "Look: I start at three, every morning.", "Rosa Diaz", ANY),
      ("direct", "Never. I cannot.", "Rosa Diaz", ANY)]),
    # a role the transcript names with `the` is a label (not a rubric's `THE LATEST:`); answers a label opens
    # are no unlabelled answers
    ("transcript-the-president", "The president spoke in the briefing room.\n\nTHE PRESIDENT: Thank you all for "
                                 "coming.\n\nQ: Will you sign the bill?\n\nTHE PRESIDENT: I will, next week.\n\n"
                                 "Q: And the tariffs?\n\nTHE PRESIDENT: We will see.",
     [("direct", "Thank you all for coming.", "THE PRESIDENT", ANY),
      ("direct", "I will, next week.", "THE PRESIDENT", ANY), ("direct", "We will see.", "THE PRESIDENT", ANY)]),
    ("transcript-the-court", "The hearing resumed after lunch.\n\nTHE COURT: Please be seated.\n\nMR. HALE: The "
                             "defense calls Ann Vale.\n\nTHE WITNESS: I saw the car at noon.",
     [("direct", "Please be seated.", "THE COURT", ANY), ("direct", "The defense calls Ann Vale.", "MR. HALE", ANY),
      ("direct", "I saw the car at noon.", "THE WITNESS", ANY)]),
    ("rubrics-with-the", "THE LATEST: The storm reached the coast.\n\nTHE FACTS: Three towns lost power.", []),
    ("unlabelled-answer-not-a-label", "We talked with the mayor.\n\nQ: Will you sign it?\n\nTHE AIDE: I will, next "
                                      "week.\n\nQ: And then?\n\nTHE AIDE: We will see.", []),
    # no exchange: one title-case label once, a lone capitals label with a role, a FAQ's rubric
    ("lone-label-with-role", "WASHINGTON, D.C.: The council met on Monday and voted to close the pool.", []),
    ("one-titled-label-with-q", "Q: What time is it?\n\nNote: The clock is broken and nobody fixed it.", []),
    # a newsroom's explainer answering its own questions is no interview: no narration of one before the run,
    # no answer in the first person; nor is a body (`The Supreme Court`) the one who answers
    ("explainer-q-and-a", "The Supreme Court will hear arguments on the voting map on Monday. Here is what to "
                          "know.\n\nQ: What is at stake?\n\nA: The map decides who is likely to win four seats."
                          "\n\nQ: When will the court rule?\n\nA: A ruling is expected by the end of June.", []),
    ("explainer-person-named", "President Lee signed the tax bill on Monday. Here is what it means.\n\nQ: Will "
                               "my taxes go up?\n\nA: Most people will pay about the same.", []),
    ("interview-first-person-answer", "The Supreme Court heard the case on Monday.\n\nQ: Were you surprised?"
                                      "\n\nA: We expected a long fight.",
     [("direct", "We expected a long fight.", "A", None)]),
    # the interviewee's full name read past a parse that misses it (`Ann` as a given name), not a place's name
    ("interview-answer-not-a-street", "Ann Ruiz, 52, runs the food bank on Elm Street.\n\nThis interview has been "
                                      "condensed and edited for clarity.\n\nQ: How busy are you?\n\nA: Busier "
                                      "than ever. We fed 900 families last week.",
     [("direct", "Busier than ever. We fed 900 families last week.", "A", "Ann Ruiz")]),
    # `unlabelled-answer`: answers with no label after `Q:` questions, in an interview only
    ("unlabelled-answers", "The coach, Ida Lund, talked to us after practice.\n\nQ: How is the team?\n\nTired, "
                           "but happy. We worked hard this week.\n\nQ: What about the final?\n\nWe are ready for it."
                           "\n\nLund left for the airport an hour later.",
     [("direct", "Tired, but happy. We worked hard this week.", "Ida Lund", ANY),
      ("direct", "We are ready for it.", "Ida Lund", ANY)]),
    ("unlabelled-answers-explainer", "Voters go to the polls on Tuesday.\n\nQ: Who is running?\n\nThree "
                                     "candidates are on the ballot.\n\nQ: When do polls close?\n\nAt 8 p.m.", []),
    ("unlabelled-answer-one-question", "We talked with the baker Rosa Diaz.\n\nQ: When do you start?\n\nAt three, "
                                       "every morning, I light the oven.", []),
    # readers' letters to a columnist: questions in the first person singular make no interview
    ("advice-column", "Q: My neighbor plays loud music every night. What should I do?\n\nA: Write him a letter. "
                      "If that fails, I would call the city.\n\nQ: My sister never repays me. Should I stop?\n\n"
                      "A: Yes. Tell her kindly.", []),
    # the one questions go to, not the many who sent them (`Readers`)
    ("interview-answer-columnist", "Readers sent their questions to our columnist, Dana Roe.\n\nQ: Is it rude to "
                                   "text at dinner?\n\nA: Yes, unless I am expecting a call from the hospital.",
     [("direct", "Yes, unless I am expecting a call from the hospital.", "A", "Dana Roe")]),
    ("interview-answer-nobody-named", "This interview has been edited for length.\n\nQ. Why did you leave?\n\n"
                                      "A. The pay was too low.",
     [("direct", "The pay was too low.", "A", None)]),
    # wire copy: a credit line names who wrote the story, no one a pronoun after it stands for
    ("wire-credit-line-by", 'The strike will go on, union leaders said.\nAdditional reporting by Ann Ruiz in Leeds; '
                            'Editing by Tom Vale\n"We stand together," he said.',
     [("indirect", "The strike will go on", "union leaders", ANY), ("direct", "We stand together", "he", None)]),
    ("wire-credit-line-contributed", '"The fight goes on," the coach said.\nCourier writers Ann Ruiz in Leeds and Tom '
                                     'Vale in York contributed.\n"We lost," he said.',
     [("direct", "The fight goes on", "the coach", ANY), ("direct", "We lost", "he", "the coach")]),
    ("wire-tag-pronoun-for-clause-subject", "The central bank raised interest rates on Thursday, it said in a statement.",
     [("indirect", "The central bank raised interest rates on Thursday", "it", "The central bank")]),
    ("wire-tag-pronoun-no-gender-known", "The harbour will not reopen this year, he said.",
     [("indirect", "The harbour will not reopen this year", "he", None)]),
    ("wire-tag-pronoun-owned-body", "Brazil's central bank held rates steady, it said on Wednesday.",
     [("indirect", "Brazil's central bank held rates steady", "it", "Brazil's central bank")]),
    ("wire-dateline-agency-only", "(Reuters) - Acme Corp will cut 500 jobs, it said on Monday.",
     [("indirect", "Acme Corp will cut 500 jobs", "it", "Acme Corp")]),
    ("adjective-before-plural-subject", 'Angry farmers blocked roads around the town on Monday.\n'
                                        '"It is over," he told the Courier.',
     [("direct", "It is over", "he", None)]),
    # other newsrooms' abbreviated titles: no sentence ends after them, and they are the speaker's
    ("title-engr", "Engr. Tunde Bako said the road would be finished by May.",
     [("indirect", "the road would be finished by May", "Engr. Tunde Bako", ANY)]),
    ("title-barr", "Barr. Chika Obi said the suit would be filed on Monday.",
     [("indirect", "the suit would be filed on Monday", "Barr. Chika Obi", ANY)]),
    ("title-smt", "Smt. Lata Devi said the group had saved Rs 2 lakh.",
     [("indirect", "the group had saved Rs 2 lakh", "Smt. Lata Devi", ANY)]),
    ("title-atty", "Atty. Jose Reyes said the case would be dismissed.",
     [("indirect", "the case would be dismissed", "Atty. Jose Reyes", ANY)]),
    # a name's own `'s` before `said` (`Moody's`, `McDonald's`): a verb, not a possessive's noun
    ("owner-name-said", "Moody's said the outlook for the bank was stable.",
     [("indirect", "the outlook for the bank was stable", "Moody's", ANY)]),
    ("owner-said-not-after-it", "It's said that the mill will close.", []),
    # `according to him`: the object pronoun stands for the latest speaker, as `he` would
    ("according-to-him-resolved", "Minister John Ade said the state would hire nurses.\n\n"
     "According to him, the state had set up three new centres.",
     [("indirect", "the state would hire nurses", "Minister John Ade", ANY),
      ("indirect", "the state had set up three new centres", "him", "Minister John Ade")]),
    # honorifics of other presses tell a gender: `He` is not `Hajiya Aisha Sani`
    ("honorific-gender-hajiya", "Alhaji Musa Bello said the farms were empty.\n\n"
     "Hajiya Aisha Sani said the women had fled.\n\nHe said the roads were unsafe.",
     [("indirect", "the farms were empty", "Alhaji Musa Bello", ANY),
      ("indirect", "the women had fled", "Hajiya Aisha Sani", ANY),
      ("indirect", "the roads were unsafe", "He", "Alhaji Musa Bello")]),
    ("honorific-gender-smt", "Shri Anil Mehta said the youth must serve.\n\nSmt. Lata Devi also spoke.\n\n"
     "He said the nation needed them.",
     [("indirect", "the youth must serve", "Shri Anil Mehta", ANY),
      ("indirect", "the nation needed them", "He", "Shri Anil Mehta")]),
    # an epithet for the one just named: never a woman for `the Frenchman`, never past two paragraph breaks,
    # never one given another age
    ("epithet-not-other-gender", '"I am tired," said Maria Lopez. "It was hard," the Frenchman said.',
     [("direct", "I am tired,", "Maria Lopez", "Maria Lopez"), ("direct", "It was hard,", "the Frenchman", "the Frenchman")]),
    ("epithet-not-far", 'Maria Lopez won.\n\nThe club thanked fans.\n\nThe coach left.\n\n"It was hard," the Argentine said.',
     [("direct", "It was hard,", "the Argentine", "the Argentine")]),
    ("epithet-not-other-age", 'Luis Ortega, 31, scored twice.\n\n"It was a great night," the 24-year-old said.',
     [("direct", "It was a great night,", "the 24-year-old", "the 24-year-old")]),
    ("epithet-demonym", '"We were poor," said manager Tom Vale.\n\n"We need to improve quickly," the Dutchman added.',
     [("direct", "We were poor,", "manager Tom Vale", ANY),
      ("direct", "We need to improve quickly,", "the Dutchman", "manager Tom Vale")]),
    # a fronted `-ing` phrase is the writer's: its object never speaks, the phrase after its comma does
    ("fronted-participle-object", "Addressing journalists in Abuja, the chairman, Mr Adams Bello, said the party was "
     "united.", [("indirect", "the party was united", "the chairman, Mr Adams Bello", ANY)]),
    ("fronted-participle-description", "Confirming the incident, the police spokesman, DSP Bala Musa, said two "
     "suspects had been arrested.", [("indirect", "two suspects had been arrested", "the police spokesman, DSP Bala Musa",
                                      ANY)]),
    # directives and emphasis of other presses
    ("enjoined-to", "The governor enjoined residents to remain calm.",
     [("indirect", "residents to remain calm", "The governor", ANY)]),
    ("exhorted-to", "The monarch exhorted the youths to shun violence.",
     [("indirect", "the youths to shun violence", "The monarch", ANY)]),
    # `the company`, `the carmaker`: an organisation named before, never a person
    ("organisation-epithet", 'Toyota Motor Corp cut its forecast.\n\n"Demand fell," chief executive Ann Ruiz said.'
     '\n\nThe carmaker said demand in China had weakened.',
     [("direct", "Demand fell,", "chief executive Ann Ruiz", ANY),
      ("indirect", "demand in China had weakened", "The carmaker", "Toyota Motor Corp")]),
    ("organisation-epithet-not-person", "Erik Holt said the team was tired.\n\nThe club said it would appeal.",
     [("indirect", "the team was tired", "Erik Holt", ANY), ("indirect", "it would appeal", "The club", "The club")]),
    ("fronted-participle-absolute", "Addressing about 100 members at the meeting here, many of them deeply skeptical "
     "about the plan, the campaign chief, Paul Hart, bluntly suggested that the style was an act.",
     [("indirect", "that the style was an act", "the campaign chief, Paul Hart", ANY)]),
    ("according-is-no-participle", "According to early results of polls conducted by Acme Research, majorities of "
     "voters in all five states say they feel betrayed.",
     [("indirect", "majorities of voters in all five states say they feel betrayed",
       "early results of polls conducted by Acme Research", ANY)]),
    ("fronted-participle-plain", "Speaking at the event, Governor Ade Bello said the state would build clinics.",
     [("indirect", "the state would build clinics", "Governor Ade Bello", ANY)]),
    # `represented by X, NAME,`: the name is the agent's, the host speaks
    ("represented-by-name", "The Governor, Mr Ade Bello, represented by his deputy, Dr Musa Sani, said the state "
     "would build clinics.", [("indirect", "the state would build clinics", "The Governor, Mr Ade Bello", ANY)]),
    # a title's initials in brackets are the run's; a body's after its name are the name's
    ("title-initials-inverted", '"The probe is on," said Deputy Superintendent of Police (DSP) Anil Sharma.',
     [("direct", "The probe is on,", "Deputy Superintendent of Police (DSP) Anil Sharma", ANY)]),
    ("body-initials", "The World Health Organization (WHO) said the virus was spreading.",
     [("indirect", "the virus was spreading", "The World Health Organization (WHO)", ANY)]),
    ("party-label-not-initials", '"We will win," said Sen. Jo Ray (R-Ohio).',
     [("direct", "We will win,", "Sen. Jo Ray", ANY)]),
    # a weekday between a title word and a name is a given name; after a name it is a time
    ("weekday-given-name", '"Our boys played well," coach Sunday Oliseh said.',
     [("direct", "Our boys played well,", "coach Sunday Oliseh", ANY)]),
    ("weekday-given-name-inverted", '"We are ready," said coach Sunday Oliseh.',
     [("direct", "We are ready,", "coach Sunday Oliseh", ANY)]),
    ("weekday-is-time-after-verb", '"We will win," Trump said Sunday.', [("direct", "We will win,", "Trump", ANY)]),
    # a name a quotation closes on addresses its listener, who replies; a place after a comma addresses no one
    ("vocative-listener-replies", '"Come home now, Tom," his wife pleaded.\n"Not yet," he replied.',
     [("direct", "Come home now, Tom,", "his wife", ANY), ("direct", "Not yet,", "he", "Tom")]),
    ("vocative-place-no-listener", '"We drove to Paris, France," Ann Ruiz told Hale.\n"It was long," she said.',
     [("direct", "We drove to Paris, France,", "Ann Ruiz", ANY), ("direct", "It was long,", "she", "Ann Ruiz")]),
    ("weekday-is-time-before-verb", "Ruiz Sunday said the deal was dead.",
     [("indirect", "the deal was dead", "Ruiz", ANY)]),
    # (the `-ing` phrase running unbroken to the cue is the subject's: h265's `_ing_modifier_end`)
    ("weekday-in-a-days-name", "Voters going to the polls on Super Tuesday say the economy matters most.",
     [("indirect", "the economy matters most", "Voters going to the polls on Super Tuesday", ANY)]),
    # `said` or `told` right after a name's `'s` is the name's verb, whatever the tagger made of it
    ("owner-told", "Moody's told investors that the outlook was negative.",
     [("indirect", "that the outlook was negative", "Moody's", ANY)]),
    ("owner-told-relative-that", "The bakery's told customers that work here matter.", []),
    ("owner-told-body-has", "The GMB union's told members that a ballot would open next week.",
     [("indirect", "that a ballot would open next week", "The GMB union", ANY)]),
    ("owner-story-is-told", "The story's told in three parts.", []),
    ("it-profits-at-the-carmaker", "The FA opened an inquiry on Monday. Profits at the carmaker fell by a third, "
     "it said.", [("indirect", "Profits at the carmaker fell by a third", "it", "the carmaker")]),
    # a pronoun inside a speaker's own turn is never that speaker (a label no name before stands for: no turn)
    ("she-not-the-turns-speaker", "The Smith cafe stands on the corner.\n\nSMITH: We are staying. She said the town "
     "needs this road.", [("indirect", "the town needs this road", "She", None)]),
    # a lone turn whose label a name before stands for (`named-label-turn`) holds the report within it
    ("she-within-a-named-turn", "Ann Smith runs the cafe.\n\nSMITH: We are staying. She said the town needs "
     "this road.", [("direct", "We are staying. She said the town needs this road.", "SMITH", "Ann Smith")]),
    ("she-outside-a-turn", "Ann Smith runs the cafe. She said the town needs this road.",
     [("indirect", "the town needs this road", "She", "Ann Smith")]),
    ("it-not-a-product", "Sales of the drug fell by a third, it said.",
     [("indirect", "Sales of the drug fell by a third", "it", None)]),
    ("owner-told-two-names", "Tesco and Sainsbury's told staff that the stores would stay open.",
     [("indirect", "that the stores would stay open", "Tesco and Sainsbury's", ANY)]),
    ("owner-told-no-that", "Sainsbury's told staff the stores would stay open.",
     [("indirect", "the stores would stay open", "Sainsbury's", ANY)]),
    ("weekday-parsed-as-subject", "The Tories Sunday said the deal was dead.",
     [("indirect", "the deal was dead", "The Tories", ANY)]),
    ("days-name-after-subject", "Voters on Super Tuesday said the economy mattered.",
     [("indirect", "the economy mattered", "Voters", ANY)]),
    # a short term a passive cue takes with no one who spoke is nobody's quotation; with a speaker, kept
    ("agentless-term", "Ministers have been accused of a 'cover-up' over the hospital closures.", []),
    ("warned-by-head-of", "Residents were warned by the head of the fire service that the dam could fail.",
     [("indirect", "that the dam could fail", "the head of the fire service", ANY)]),
    ("accuser-term-kept", "The union accused ministers of a 'cover-up' over the closures.",
     [("mixed", "cover-up", "The union", ANY)]),
    # `they` for a name in the plural after `The`, and for both names `and` joins; never for one country
    ("they-plural-names-joined", 'The Greens and the Liberal Democrats backed the plan on Tuesday. "We want a '
     'vote," they said.', [("direct", "We want a vote,", "they", "The Greens and the Liberal Democrats")]),
    ("they-name-and-plural-name", 'Labour and the Greens backed the plan on Tuesday. "We want a vote," they said.',
     [("direct", "We want a vote,", "they", "Labour and the Greens")]),
    ("they-not-a-country", 'The United States backed the plan on Tuesday. "We want a vote," they said.',
     [("direct", "We want a vote,", "they", None)]),
    ("they-not-a-modifier", 'The Green Solutions super PAC backed the plan. "We want a vote," they said.',
     [("direct", "We want a vote,", "they", None)]),
    # `it` after what a market measures of a company stands for the company
    ("it-shares-in-the-firm", "Shares in the firm fell after it warned that profits would be lower.",
     [("indirect", "that profits would be lower", "it", "the firm")]),
    ("it-shares-in-a-name", 'Shares in Harlow Foods fell 5%.\n\n"We are disappointed," it said.',
     [("direct", "We are disappointed,", "it", "Harlow Foods")]),
    # `she` reporting a description of no known gender stands for it, where no one earlier agrees
    ("she-the-mayor", "The mayor will not run again, she said.",
     [("indirect", "The mayor will not run again", "she", "The mayor")]),
    ("she-earlier-name-first", "Ann Ruiz spoke to reporters on Monday. The mayor will not run again, she said.",
     [("indirect", "The mayor will not run again", "she", "Ann Ruiz")]),
    ("she-no-body", "The council will not run again, she said.",
     [("indirect", "The council will not run again", "she", None)]),
    ("she-the-mayor-of-a-place", "The mayor of Eastport will not seek a third term, she said on Monday.",
     [("indirect", "The mayor of Eastport will not seek a third term", "she", "The mayor of Eastport")]),
    ("she-role-of-owned-school", "The head teacher of St Anne's school, who has led it for 12 years, will retire "
     "in July, she told parents.", [("indirect", "will retire in July", "she", "The head teacher of St Anne's school")]),
    ("inverted-one-and-name", '"It has been great," said one parent, Mark Doyle.',
     [("direct", "It has been great,", "one parent, Mark Doyle", ANY)]),
    ("he-no-role-of", "The price of oil will rise, he said.",
     [("indirect", "The price of oil will rise", "he", None)]),
    ("agentless-term-after-of", 'Residents have been accused of "nimbyism" over the housing plan.', []),
    # a programme's title with a small word in it is all the listener; `there` may open what was told
    ("told-programme-title", "Tom Vale told the BBC's Sunday with Ann Ruiz programme there would be no delay.",
     [("indirect", "there would be no delay", "Tom Vale", ANY)]),
    ("told-crowd-there", "The mayor told the crowd there was no money left.",
     [("indirect", "there was no money left", "The mayor", ANY)]),
    # web furniture (h117): a headline's `"...": Name on Y` and `"..." - Name` give the name
    ("headline-quote-colon-name-on", "'Nobody reads the fine print': Mayor Ann Ruiz on the new parking rules\n\n"
     "The city will post the rules online.", [("direct", "Nobody reads the fine print", "Mayor Ann Ruiz", ANY)]),
    ("headline-quote-colon-name-comma", '"Stay home tonight": Police, after the storm\n\nRoads were closed across '
     'the county.', [("direct", "Stay home tonight", "Police", ANY)]),
    ("headline-quote-colon-determiner", '"The Long Road Home": The review\n\nThe film opens on Friday.', []),
    ("headline-quote-hyphen-name", '"The harbour stays open" - Ann Ruiz\n\nThe mayor repeated her promise on '
     'Monday.', [("direct", "The harbour stays open", "Ann Ruiz", ANY)]),
    # an embedded post: its text (less a trailing link) is the account holder's; a signature alone, or
    # after a post that is only a link, gives nothing
    ("post-signature-text", "The senator celebrated online.\n\nWe passed a bill that puts families first. Proud "
     "of this team. pic.twitter.com/x1y2z3\n\n\u2014 Sen. Ann Ruiz (@SenAnnRuiz) December 5, 2026\n\nThe bill now "
     "goes to the House.", [("direct", "We passed a bill that puts families first. Proud of this team.",
                              "Sen. Ann Ruiz", "Sen. Ann Ruiz")]),
    ("post-signature-alone", "\u2014 Ann Ruiz (@annruiz) December 5, 2026\n\nThe bill now goes to the House.", []),
    ("post-signature-link-only", "The team posted a photo.\n\nhttps://t.co/x1y2z3\n\n\u2014 Harbour Rovers FC "
     "(@harbourrovers) May 3, 2026", []),
    ("post-shared-by", "The singer shared the news with fans.\n\nView this post on Instagram\n\nWe are going back "
     "on tour! See you all in May.\n\nA post shared by Lina Park (@linapark) on Dec 5, 2026 at 3:45pm PST\n\n"
     "Tickets go on sale Friday.", [("direct", "We are going back on tour! See you all in May.", "Lina Park",
                                     "Lina Park")]),
    ("headline-quote-colon-name-cue", "'Brace for a long winter': Mayor Ruiz warns of more cuts\n\nThe port lost "
     "money again.", [("direct", "Brace for a long winter", "Mayor Ruiz", ANY)]),
    ("headline-quote-colon-name-blasts", "'We were robbed': Vale blasts referee after cup exit\n\nThe club will "
     "appeal.", [("direct", "We were robbed", "Vale", "Vale")]),
    ("headline-quote-colon-name-not-cue", "'Stop the cuts': Rovers fans march on the ground\n\nThe club was silent.",
     []),
    # a headline's inverted tag with a bare role noun: the speaker stops at the line's end and before a
    # preposition of occasion
    ("headline-says-coach-after", '"It\'s over," says coach after loss\n\nThe team fell to 2-9.',
     [("direct", "It's over,", "coach", ANY)]),
    ("headline-says-mayor-line-end", '"We will fight on," says mayor\n\nThe town voted on Friday.',
     [("direct", "We will fight on,", "mayor", ANY)]),
    # a link's headline after `Related:` / `Watch:` reports nobody's words here
    ("link-text-related", "The bridge has been shut since March.\n\nRelated: Ruiz says the budget is broken\n\n"
     "The council meets on Friday.", []),
    ("link-text-watch", "The bridge has been shut since March.\n\nWatch: Hale responds to the ruling\n\nThe "
     "council meets on Friday.", []),
    ("newsletter-share-buttons", "Sign up for our newsletter\n\nShare this article\n\nMayor Dana Ruiz said the "
     "fare would stay flat.", [("indirect", "the fare would stay flat", "Mayor Dana Ruiz", "Mayor Dana Ruiz")]),
    # a photo caption (its credit closing the line) is no antecedent for a later pronoun
    ("caption-no-antecedent", 'Ann Ruiz speaks in Ohio on Monday. (AP Photo/Tom Vale)\n\nThe rally drew hundreds '
     'of supporters.\n\n"It was a great night," she said.', [("direct", "It was a great night,", "she", None)]),
    ("caption-agency-credit", 'Tom Vale waves to supporters in Dayton. REUTERS/Lee Park\n\n"We are almost there," '
     'he said.', [("direct", "We are almost there,", "he", None)]),
    # an editor's note is the newsroom speaking of its own story: no antecedent (its reports stay: a
    # correction may report what someone said)
    ("editors-note-no-antecedent", 'EDITOR\'S NOTE: Ann Ruiz is a former aide to the governor.\n\n"It is a mess," '
     'she said.', [("direct", "It is a mess,", "she", None)]),
    ("byline-no-antecedent", 'By Ann Kovac, Associated Press\n\nThe storm knocked out power to 40,000 homes.\n\n'
     '"We are working around the clock," she said.', [("direct", "We are working around the clock,", "she", None)]),
    ("caption-file-photo", 'FILE - Ann Ruiz speaks in Dayton, Ohio, on May 3, 2025.\n\nThe rally drew hundreds.\n\n'
     '"It was a great night," she said.', [("direct", "It was a great night,", "she", None)]),
    ("caption-photo-colon-credit", 'Ann Ruiz at the rally. Photo: Tom Vale/The Herald\n\n"It was a great night," '
     'she said.', [("direct", "It was a great night,", "she", None)]),
    # a pull quote repeats a body quote: no second quote, no continuation of the first
    ("pull-quote-after", '"Riders have carried enough. It is the city\'s turn," Ruiz said at a news conference.\n\n'
     '"Riders have carried enough."\n\nThe council votes on Friday.',
     [("direct", "Riders have carried enough. It is the city's turn,", "Ruiz", "Ruiz")]),
    # h120: a live blog's labels are no antecedents; its entries' quotes resolve as in body text
    ("live-blog-key-events-no-antecedent", 'Key events\nShow key events only\n10:40am\n"It is over," she said.',
     [("direct", "It is over,", "she", None)]),
    ("live-blog-entry-resolves", 'Dayton council vote: live updates\nKey events\nShow key events only\n10:32am\n'
     'Mayor Lee Park has arrived at the hall.\n"We are ready for the vote," she told reporters.\nAnn Ruiz\n10:40am\n'
     '"This is a disgrace," said Tom Vale.\nAnn Ruiz',
     [("direct", "We are ready for the vote,", "she", "Mayor Lee Park"),
      ("direct", "This is a disgrace,", "Tom Vale", "Tom Vale")]),
    ("slash-names-no-caption", 'Surveys show that most voters back the plan, according to a CBS/YouGov poll in '
     'March.', [("indirect", "Surveys show that most voters back the plan", "a CBS/YouGov poll in March", ANY)]),
    ("caption-credit-label-no-antecedent", 'Ann Ruiz speaks in Dayton on Monday. Credit: Tom Vale for The Herald\n\n'
     '"It is over," she said.', [("direct", "It is over,", "she", None)]),
    ("live-blog-author-line-no-antecedent", '10:20am\nThe vote has been delayed.\nAnn Ruiz\n10:40am\n'
     '"It is over," she said.', [("direct", "It is over,", "she", None)]),
    # h119: dialogue and transcript leftovers.  An untagged question answered right after by a tagged turn is
    # someone's words, kept with no speaker when the narration names none (a vehicle introduces nobody)
    ("h119-question-answered", '"Is this the place?" "Yes," said the driver.',
     [("direct", "Is this the place?", None, None), ("direct", "Yes,", "the driver", "the driver")]),
    ("h119-question-after-vehicle", 'The cab stopped outside the hall. "Is this the place?" "Yes," said the driver.',
     [("direct", "Is this the place?", None, None), ("direct", "Yes,", "the driver", "the driver")]),
    ("h119-question-narrator-named", 'Mark Reed climbed out of the cab. "Is this the place?" "Yes," said the driver.',
     [("direct", "Is this the place?", "Mark Reed", "Mark Reed"), ("direct", "Yes,", "the driver", "the driver")]),
    ("h119-questions-back-to-back", '"Did you see him?" "Who?" "The man with the dog," Ruiz said.',
     [("direct", "Did you see him?", None, None), ("direct", "Who?", None, None),
      ("direct", "The man with the dog,", "Ruiz", "Ruiz")]),
    # an answer back to back after a quoted question is another's turn, not the asker going on
    ("h119-answer-back-to-back", '"Where is the key?" Ruiz asked her son. "In the car," he said. "Which car?" '
     '"The blue one."', [("direct", "Where is the key?", "Ruiz", "Ruiz"), ("direct", "In the car,", "he", ANY),
                         ("direct", "The blue one.", None, None)]),
    # the other party the narration names asks, where the one it makes subject answers right after
    ("h119-other-party-asks", 'Ruiz and the driver pulled up at the hall. "Is this the place?" "Yes," said the driver.',
     [("direct", "Is this the place?", "Ruiz", "Ruiz"), ("direct", "Yes,", "the driver", "the driver")]),
    # a title ending in a question mark, inside its sentence, is no turn
    ("h119-title-question-no-turn", 'Her favourite film is "Who Framed Roger Rabbit?" "It still holds up," she said.',
     [("direct", "It still holds up,", "she", None)]),
    # a one-word reply cutting in after a broken-off turn is kept
    ("h119-cut-in-one-word", '"We were\u2014" "No." "Listen\u2014" "No," she said.',
     [("direct", "We were\u2014", None, None), ("direct", "No.", None, None), ("direct", "Listen\u2014", None, None),
      ("direct", "No,", "she", None)]),
    # an interview's `Q` and `A` glued to their words
    ("h119-glued-q-a", 'We spoke to the coach, Ann Ruiz, after the match.\n\nQWhat went wrong?\n\nAWe lost our shape '
     'in the second half.\n\nQWill you change the lineup?\n\nAIt is too early to say.',
     [("direct", "We lost our shape in the second half.", "A", "Ann Ruiz"),
      ("direct", "It is too early to say.", "A", "Ann Ruiz")]),
    ("h119-glued-q-one", 'QThere is talk of a merger. Is that true?\n\nAWe are looking at all options.',
     [("direct", "We are looking at all options.", "A", None)]),
    # copy that lost only the questions' labels (`A:` kept) is not read as the glued form
    ("h119-glued-q-only", 'QThere is talk of a merger. Is that true?\n\nA: We are looking at all options.\n\n'
     'QWhy now?\n\nA: We waited long enough.', []),
    ("h119-glued-q-anon-no-turn", 'QAnon followers gathered outside the hall.\n\nABC News counted about 200 people '
     'there.\n\nQAnon signs lined the road.', []),
    # a lone labelled turn, its label a surname the narration gave; not a dateline nor a place named before
    ("h119-lone-label-turn", 'Mayor Jane Smith spoke on the radio on Tuesday.\n\nSMITH: We will rebuild the bridge '
     'by spring.\n\nThe council meets next week.',
     [("direct", "We will rebuild the bridge by spring.", "SMITH", "Mayor Jane Smith")]),
    ("h119-lone-label-place", 'Officials met in Paris on Monday.\n\nPARIS: The talks resumed after a break of two weeks.', []),
    # broadcast transcripts: time codes, stage notes cut from a turn's ends, unidentified speakers
    ("h119-time-codes", '[00:12:31] SMITH: We have the votes.\n\n[00:12:40] JONES: You do not. (CROSSTALK)\n\n'
     'SMITH: We do. (LAUGHTER)',
     [("direct", "We have the votes.", "SMITH", "SMITH"), ("direct", "You do not.", "JONES", "JONES"),
      ("direct", "We do.", "SMITH", "SMITH")]),
    ("h119-unidentified-note", 'DOYLE: What did you see?\n\nUNIDENTIFIED MALE: (inaudible) the whole roof came '
     'down.\n\nDOYLE: Were you hurt?',
     [("direct", "What did you see?", "DOYLE", "DOYLE"),
      ("direct", "the whole roof came down.", "UNIDENTIFIED MALE", "UNIDENTIFIED MALE"),
      ("direct", "Were you hurt?", "DOYLE", "DOYLE")]),
    ("h119-timeline-no-turn", '6:01 p.m.: Police arrive at the school.\n\n6:15 p.m.: The first buses leave.', []),
    # one a quotation addresses by name answers, where nothing tells the teller's gender; not the teller herself
    ("h119-vocative-answers", '"Sit down, Mrs. Vale," the judge said. "I will not," she said.',
     [("direct", "Sit down, Mrs. Vale,", "the judge", "the judge"), ("direct", "I will not,", "she", "Mrs. Vale")]),
    ("h119-vocative-opening", '"Mr. Hale, where were you on Friday?" the lawyer asked. "At home," he said.',
     [("direct", "Mr. Hale, where were you on Friday?", "the lawyer", "the lawyer"), ("direct", "At home,", "he", "Mr. Hale")]),
    # a title and name opening a quotation that a description follows is named, not addressed
    ("h119-opening-appositive", '"Mr. Hale, the owner, called us at noon," the officer said. "He was upset," he said.',
     [("direct", "Mr. Hale, the owner, called us at noon,", "the officer", "the officer"),
      ("direct", "He was upset,", "he", "the officer")]),
    ("h119-vocative-same-teller", '"Thank you, Mr. Lee," she said. "We will meet again," she said.',
     [("direct", "Thank you, Mr. Lee,", "she", None), ("direct", "We will meet again,", "she", None)]),
    # an office capitalised after `the` (Australian, NZ, Canadian, British papers) is its holder named before;
    # a body never is
    ("capitalised-prime-minister", 'Prime Minister Anthony Vale has ruled out an early election.\n\n"We will serve '
     'our full term," the Prime Minister said.',
     [("direct", "We will serve our full term,", "the Prime Minister", "Prime Minister Anthony Vale")]),
    ("capitalised-opposition-leader", 'Opposition Leader Sue Hart said the budget was a fraud.\n\n"They know it," '
     'the Opposition Leader said.', [("indirect", "the budget was a fraud", "Opposition Leader Sue Hart", ANY),
                                      ("direct", "They know it,", "the Opposition Leader", "Opposition Leader Sue Hart")]),
    ("capitalised-senate-is-a-body", 'Senate Majority Leader Tom Vale said the bill was dead.\n\n"We will not vote '
     'on it," the Senate said.', [("indirect", "the bill was dead", "Senate Majority Leader Tom Vale", ANY),
                                  ("direct", "We will not vote on it,", "the Senate", "the Senate")]),
    # surnames that lower-case particles open, and a Maori name the tagger took for a question word
    ("particle-surname-honorific", 'Advocate Johan van der Merwe spoke first.\n\n"He did nothing wrong," '
     'Mr van der Merwe said.', [("direct", "He did nothing wrong,", "Mr van der Merwe",
                                 "Advocate Johan van der Merwe")]),
    ("particle-surname-sentence-start", 'Professor Annelie du Plessis led the study.\n\n"It is the worst in a '
     'century," Du Plessis said.', [("direct", "It is the worst in a century,", "Du Plessis",
                                     "Professor Annelie du Plessis")]),
    ("maori-wh-surname", '"It has been a long road," Ms Te Whare said.',
     [("direct", "It has been a long road,", "Ms Te Whare", "Ms Te Whare")]),
    # science, health, tech and press-release copy (h124)
    ("release-dateline-wire-slashes", "NEW YORK, Jan. 5, 2025 /Business Wire/ -- Zeta Labs Inc. (NYSE: ZETA) "
     "announced today that revenue rose 12 percent.",
     [("indirect", "that revenue rose 12 percent", "Zeta Labs Inc.", ANY)]),
    ("release-dateline-wire-brackets", "BOSTON--(BUSINESS WIRE)--Acme Corp. today announced that it has acquired "
     "Widget Inc.", [("indirect", "that it has acquired Widget Inc", "Acme Corp.", ANY)]),
    ("release-ticker-then-description", "Acme Corp. (NASDAQ: ACME), a leader in cloud security, today announced "
     "the launch of Acme Shield.", [("indirect", "the launch of Acme Shield", "Acme Corp.", ANY)]),
    ("release-company-period-description", "Acme Corp., a leader in cloud security, today announced the launch of "
     "Acme Shield.", [("indirect", "the launch of Acme Shield", "Acme Corp.", ANY)]),
    ("release-capital-title-after-name", '"We are delighted to welcome Widget," commented Jane Doe, Chief Executive '
     'Officer. "Together, we will move faster."',
     [("direct", "We are delighted to welcome Widget, Together, we will move faster.", "Jane Doe", ANY)]),
    ("release-capital-title-then-relative", '"Acme sets a new standard," said Tom Vale, Partner at Vale Ventures, '
     'who led the round.', [("direct", "Acme sets a new standard,", "Tom Vale", ANY)]),
    ("release-capital-title-before-verb", "Jane Doe, Chief Executive Officer of Acme, said the deal would close in "
     "May.", [("indirect", "the deal would close in May", "Jane Doe", ANY)]),
    ("list-of-names-not-a-title", "Ruiz, Senator Hart and the mayor said the deal would close in May.",
     [("indirect", "the deal would close in May", "Ruiz, Senator Hart and the mayor", ANY)]),
    ("release-boilerplate-nobodys", "About Acme Corp.\n\nAcme Corp. is a leading provider of cloud security. For "
     "more information, visit www.acme.com.\n\nMedia contact:\nBob Smith\npress@acme.com", []),
    ("release-forward-looking-nobodys", "This press release contains forward-looking statements. Words such as "
     '"expects," "believes" and "plans" identify forward-looking statements.', []),
    ("emailed-statement-colon-direct", 'Tom Vale said in an emailed statement: "We are reviewing the report."',
     [("direct", "We are reviewing the report.", "Tom Vale", ANY)]),
    ("emailed-statement-to-outlet-colon", 'Google said in an emailed statement to The Verge: "We are reviewing '
     'the report."', [("direct", "We are reviewing the report.", "Google", ANY)]),
    ("earnings-call-noun-then-that", "Nvidia chief Jo Hart said on the company's earnings call that demand "
     '"continues to exceed supply."', [("mixed", 'that demand "continues to exceed supply."', "Nvidia chief Jo Hart",
                                        ANY)]),
    ("call-with-analysts-mass-subject", "Hart said on a call with analysts that demand continues to exceed supply.",
     [("indirect", "that demand continues to exceed supply", "Hart", ANY)]),
    ("posted-on-platform-that-pronoun", "Ruiz posted on Threads that she was leaving the company after eight "
     "years.", [("indirect", "that she was leaving the company after eight years", "Ruiz", ANY)]),
    ("warned-day-that-plural-subject", "The World Health Organization warned Tuesday that cases of measles are "
     "rising in Europe.", [("indirect", "that cases of measles are rising in Europe",
                            "The World Health Organization", ANY)]),
    ("degree-after-name-one-token", '"Patients have waited," said Tom Vale, M.D., Ph.D., chief medical officer at '
     'Zeta Bio.', [("direct", "Patients have waited,", "Tom Vale, M.D., Ph.D.", ANY)]),
    ("release-company-period-two-subjects", "SAN JOSE, Calif., March 3, 2025 /PRNewswire/ -- Acme Corp. (NASDAQ: "
     "ACME) today announced the launch of Acme Shield.", [("indirect", "the launch of Acme Shield", "Acme Corp.", ANY)]),
    ("the-outlet-notes-closing", "Apple is working on a foldable iPhone, The Verge notes.",
     [("indirect", "Apple is working on a foldable iPhone", "The Verge", ANY)]),
    ("reports-noun-not-closing-cue", "The company cited several studies, including Bloomberg reports.", []),
    # h126: a lone name opening the sentence right before the pronoun's is its nearer antecedent
    ("lone-name-just-before-pronoun", 'Lee said the plan was sound. Ruiz disagreed. "We have heard that before," '
     'she said.', [("indirect", "the plan was sound", "Lee", "Lee"),
                   ("direct", "We have heard that before,", "she", "Ruiz")]),
    # across a paragraph break after narration that quotes, the last speaker keeps the pronoun (as for any
    # subject), but for one whose verb announces a reply closing that paragraph (h138: `Ruiz disagreed.`)
    ("lone-name-paragraph-before-keeps-speaker", '"The plan is sound," Lee said. Ruiz arrived.\n\n"We have heard '
     'that before," she said.', [("direct", "The plan is sound,", "Lee", "Lee"),
                                 ("direct", "We have heard that before,", "she", "Lee")]),
    ("lone-name-pronoun-before-quote", '"The plan is sound," Lee said. Ruiz disagreed. She said: "We have heard '
     'that before."', [("direct", "The plan is sound,", "Lee", "Lee"),
                       ("direct", "We have heard that before.", "She", "Ruiz")]),
    ("group-noun-just-before-not-antecedent", '"The plan is sound," Lee said. Police disagreed. "We have heard that '
     'before," she said.', [("direct", "The plan is sound,", "Lee", "Lee"),
                            ("direct", "We have heard that before,", "she", "Lee")]),
    ("lone-name-two-sentences-back-not-nearer", '"The plan is sound," Lee said. Ruiz disagreed. The vote was '
     'close.\n\n"We have heard that before," she said.', [("direct", "The plan is sound,", "Lee", "Lee"),
                                                          ("direct", "We have heard that before,", "she", "Lee")]),
    # h126: a quotation broken by narration set off by dashes keeps its short first part
    ("dash-broken-two-words", '"We lost" -- he paused -- "everything."',
     [("direct", "We lost everything.", "he", ANY)]),
    ("dash-broken-one-word-em-dash", '"Nobody"\u2014and she stressed the word\u2014"nobody came."',
     [("direct", "Nobody nobody came.", "she", ANY)]),
    # h126: a name set off after a short lead opening a question is whom it asks, who answers
    ("mid-vocative-question-answered", '"Tell me, Dr. Ruiz, what happens now?" the host asked. "We wait," she said.',
     [("direct", "Tell me, Dr. Ruiz, what happens now?", "the host", "the host"),
      ("direct", "We wait,", "she", "Dr. Ruiz")]),
    ("closing-vocative-question-ungendered", '"What happens now, Dr. Ruiz?" the host asked. "We wait," she said.',
     [("direct", "What happens now, Dr. Ruiz?", "the host", "the host"),
      ("direct", "We wait,", "she", "Dr. Ruiz")]),
    ("mid-vocative-given-name", '"Be honest, Tom, did you know?" his wife asked. "No," he said.',
     [("direct", "Be honest, Tom, did you know?", "his wife", "his wife"), ("direct", "No,", "he", "Tom")]),
    ("apposition-in-quote-no-vocative", '"The mayor, Dr. Ruiz, agreed with us," Hart said. "We wait," she said.',
     [("direct", "The mayor, Dr. Ruiz, agreed with us,", "Hart", "Hart"), ("direct", "We wait,", "she", "Hart")]),
    # h126: an action sentence after an untagged quotation names no speaker (a reaction beat may be the
    # listener's as well as the speaker's: `"Are you serious?" Lee laughed.`); it stays nobody's, dropped
    ("action-after-question-names-no-one", '"Can I help you?" The clerk looked up.', []),
    ("dash-set-term-no-rest-quoted", '"Safe" -- the word on every sign -- was nowhere to be seen.', []),
    ("dash-set-term-later-word-not-its-rest", '"Safe" -- the word on every sign -- was "nowhere" to be seen.', []),
    # h135: quotation marks that are nobody's words (titles, nicknames, terms, scare quotes) give nothing;
    # a fragment within a report, and a slogan a sign or shirt carries, stay someone's
    ("nobody-film-title", 'The film "Jaws" opened in 1975 and changed summer movies forever.', []),
    ("nobody-book-title", 'His book "The Art of the Deal" sold a million copies.', []),
    ("nobody-operation-name", 'The army launched Operation "Iron Dome" on Tuesday.', []),
    ("nobody-nickname-in-name", 'Dwayne "The Rock" Johnson attended the premiere.', []),
    ("nobody-word-as-word", 'The word "resilience" appears 40 times in the report.', []),
    ("nobody-spelling", 'In Britain the word is spelled "colour" rather than color.', []),
    ("nobody-scare-quote-narration", 'Officials celebrated a "deal" that was never signed.', []),
    ("nobody-hashtag", 'The hashtag "#SaveTheLibrary" trended on Monday.', []),
    ("nobody-bill-name", 'The senator introduced the "Fair Wages for All Act" on Thursday.', []),
    ("nobody-group-called", 'Members of a group called "Parents for Safe Streets" met at the library.', []),
    ("nobody-campaign-called", 'The agency launched a campaign called "Drive Slow, Live Long" in March.', []),
    ("nobody-self-named-group", 'The gang, which called itself "the Night Crew," stole 40 cars.', []),
    ("nobody-term-is-cue-subject", 'Members backed the bill, as the "review" recommended, and watched it fail.',
     [("indirect", "Members backed the bill", 'the "review"', ANY)]),
    ("fragment-called-stays", 'Ruiz called the plan "a disaster" for the town.',
     [("mixed", '"a disaster"', "Ruiz", ANY)]),
    ("fragment-said-stays", 'Ruiz said he was "deeply troubled" by the vote.',
     [("mixed", '"deeply troubled"', "Ruiz", ANY)]),
    ("self-description-verdict-stays", 'The mayor called herself "very tired" after the vote.',
     [("mixed", '"very tired"', "The mayor", ANY)]),
    ("sign-slogan-carrier", 'Demonstrators held placards saying "Not in our name" as the minister arrived.',
     [("direct", "Not in our name", "Demonstrators", ANY)]),
    ("told-programme-bare", '"The tax is fair," the governor told "Good Day Ohio" after the vote.',
     [("direct", "The tax is fair,", "the governor", ANY)]),
    ("told-programme-then-report", 'The minister told "Sunday Politics" the tax would stay.',
     [("indirect", "the tax would stay", "The minister", ANY)]),
    ("scare-quoted-subject-speaks", 'The so-called "experts" said the winter would be mild.',
     [("indirect", "the winter would be mild", 'The so-called "experts"', ANY)]),
    # h138: a lone subject closing a paragraph whose verb answers (`disagreed`) is the next pronoun's
    # antecedent across the break; one whose verb announces no reply (`left`) is not
    ("reply-announced-across-break", '"The plan is sound," Lee said. Ruiz disagreed.\n\n'
     '"We have heard that before," she said.',
     [("direct", "The plan is sound,", "Lee", "Lee"), ("direct", "We have heard that before,", "she", "Ruiz")]),
    ("reply-announced-adverb-across-break", '"The plan is sound," Lee said. Ruiz also disagreed.\n\n'
     '"We have heard that before," she said.',
     [("direct", "The plan is sound,", "Lee", "Lee"), ("direct", "We have heard that before,", "she", "Ruiz")]),
    ("reply-announced-was-unconvinced", '"The plan is sound," Lee said. Ruiz was unconvinced.\n\n'
     '"We have heard that before," she said.',
     [("direct", "The plan is sound,", "Lee", "Lee"), ("direct", "We have heard that before,", "she", "Ruiz")]),
    ("reply-announced-shot-back", '"The plan is sound," Lee said. Ruiz shot back.\n\n'
     '"We have heard that before," she said.',
     [("direct", "The plan is sound,", "Lee", "Lee"), ("direct", "We have heard that before,", "she", "Ruiz")]),
    ("reply-announced-other-gender", '"The plan is sound," Ann Lee said. Tom Dent disagreed.\n\n'
     '"We have heard that before," she said.',
     [("direct", "The plan is sound,", "Ann Lee", "Ann Lee"),
      ("direct", "We have heard that before,", "she", "Ann Lee")]),
    ("no-reply-announced-left", '"The plan is sound," Lee said. Dent left.\n\n'
     '"We have heard that before," she said.',
     [("direct", "The plan is sound,", "Lee", "Lee"), ("direct", "We have heard that before,", "she", "Lee")]),
    ("reply-announced-untagged-quote", '"The plan is sound," Lee said. Ruiz was unconvinced.\n\n'
     '"We have heard that before."',
     [("direct", "The plan is sound,", "Lee", "Lee"), ("direct", "We have heard that before.", "Ruiz", "Ruiz")]),
    ("no-reply-announced-untagged-goes-on", '"The plan is sound," Lee said. Dent left.\n\n'
     '"We have heard that before."',
     [("direct", "The plan is sound,", "Lee", "Lee"), ("direct", "We have heard that before.", "Lee", "Lee")]),
    ("police-they", "Police said the man was arrested at noon. They said he was 34.",
     [("indirect", "the man was arrested at noon", "Police", "Police"), ("indirect", "he was 34", "They", "Police")]),
    ("asked-of-one-answers", '"Is it safe?" Ruiz asked the captain.\n\n"Safe enough," he said.',
     [("direct", "Is it safe?", "Ruiz", "Ruiz"), ("direct", "Safe enough,", "he", "the captain")]),
    ("asked-of-group-no-answer", '"Is it safe?" Ruiz asked the crowd.\n\n"Yes," he said.',
     [("direct", "Is it safe?", "Ruiz", "Ruiz"), ("direct", "Yes,", "he", "Ruiz")]),
    # (h151: the one `asked` puts the question to answers it, the asker of the pronoun's gender or not)
    ("asker-of-pronoun-gender-asked-answers", '"Is it safe?" Ann Ruiz asked the captain.\n\n"Yes," she said.',
     [("direct", "Is it safe?", "Ann Ruiz", "Ann Ruiz"), ("direct", "Yes,", "she", "the captain")]),
    ("conjoined-names-by-gender", 'Ann Ruiz and Tom Lee met in 2019.\n\n"She was loud," he said.\n\n'
     'She laughed. "He was quiet."',
     [("direct", "She was loud,", "he", "Tom Lee"), ("direct", "He was quiet.", "She", "Ann Ruiz")]),
    ("conjoined-names-no-gender-none", 'Ann Ruiz and Jo Lee met in 2019. "We were young," she said.',
     [("direct", "We were young,", "she", None)]),
    ("org-epithet-subject-then-it", 'Acme Corp. said on Monday it would cut 500 jobs. The firm blamed weak '
     'demand.\n\n"We had no choice," it said in a statement.',
     [("indirect", "it would cut 500 jobs", "Acme Corp.", "Acme Corp."),
      ("direct", "We had no choice,", "it", "Acme Corp.")]),
    ("org-epithet-no-name-before-stays", 'Tom Vale runs a bakery. The company he founded employs 40. '
     '"We are growing," it said.', [("direct", "We are growing,", "it", "The company")]),
    # a company's abbreviation with its period ends the name opening a sentence
    ("company-abbreviation-opening-name", 'Acme Inc. cut 500 jobs on Monday.\n\n'
     '"Demand has fallen," the company said.',
     [("direct", "Demand has fallen,", "the company", "Acme Inc.")]),
    ("company-abbreviation-then-it", 'Acme Corp. cut 500 jobs on Monday. "Demand has fallen," it said.',
     [("direct", "Demand has fallen,", "it", "Acme Corp.")]),
    ("ministry-it-added", "The ministry said the road would reopen in May. It added that repairs would cost "
     "$2 million.", [("indirect", "the road would reopen in May", "The ministry", "The ministry"),
                     ("indirect", "repairs would cost $2 million", "It", "The ministry")]),
    # a turn broken off by a dash in a new paragraph is the other one's, in an exchange of two; the next
    # untagged turn alternates
    ("cut-off-turn-alternates", '"Open the gate," Tom Vale said.\n\n"No," said the guard.\n\n'
     '"We were going to\u2014"\n\n"I said no."',
     [("direct", "Open the gate,", "Tom Vale", "Tom Vale"), ("direct", "No,", "the guard", "the guard"),
      ("direct", "We were going to\u2014", "Tom Vale", "Tom Vale"), ("direct", "I said no.", "the guard", "the guard")]),
    # an untagged short statement after a tagged short question in the paragraph before answers it: no
    # speaker; after a statement, or in the question's paragraph, the speaker goes on
    ("answered-turn-no-speaker", '"Why are you late?" asked the guard.\n\n"The bus broke down."',
     [("direct", "Why are you late?", "the guard", "the guard"), ("direct", "The bus broke down.", None, None)]),
    ("answered-turn-then-exchange", '"Did you sign it?" the judge asked.\n\n"No, sir."\n\n"Then who did?"\n\n'
     '"My lawyer."', [("direct", "Did you sign it?", "the judge", "the judge"), ("direct", "No, sir.", None, None),
                      ("direct", "Then who did?", "the judge", "the judge"), ("direct", "My lawyer.", None, None)]),
    ("statement-turn-goes-on", '"We are ready," said the guard.\n\n"The gate opens at six."',
     [("direct", "We are ready, The gate opens at six.", "the guard", "the guard")]),
    ("question-long-tag-goes-on", '"Why does this matter to voters?" Ruiz asked at a rally in Dayton on Tuesday '
     'night.\n\n"Because it is their money."',
     [("direct", "Why does this matter to voters?", "Ruiz", "Ruiz")]),
    # words inside quotation marks are never a speaker (`sentence-subject`): a German quotation before its
    # English rendering gives no speaker to it; the German tag (`foreign-tag`) names the speaker of both
    ("quoted-german-not-speaker", '\u201eDas ist ein historischer Tag\u201c, sagte Scholz \u2013 "this is a historic '
     'day."', [("direct", "Das ist ein historischer Tag", "Scholz", "Scholz"),
               ("direct", "this is a historic day.", "Scholz", "Scholz")]),
    ("quoted-german-short-not-speaker", '\u201eNein\u201c, sagte Vogel \u2013 "No."',
     [("direct", "Nein", "Vogel", "Vogel"), ("direct", "No.", "Vogel", "Vogel")]),
    # a link label before a quotation its own cue tags in the past tense: the story's narration, a report
    # (`linked-headline`, `link-text`); in the present tense it stays a headline's words
    ("link-label-past-tag", 'WATCH: "We will be back," Ruiz said.', [("direct", "We will be back,", "Ruiz", "Ruiz")]),
    ("link-label-past-indirect", 'The bridge is shut.\n\nWATCH: Ruiz told reporters the bridge would reopen in '
     'May.\n\nIt was built in 1950.', [("indirect", "the bridge would reopen in May", "Ruiz", "Ruiz")]),
    ("link-label-present-tag", 'The bridge is shut.\n\nWatch: "We will be back," Ruiz says\n\nIt was built in 1950.',
     []),
    # (h151) a turn in a new paragraph after one spoken to one who is there (`you` and what that one is or did)
    # is a reply, a quote of its own; else the speaker going on, a part of the quotation before
    ("addressed-turn-reply", '"You are late," said the guard.\n"The bus broke down."',
     [("direct", "You are late,", "the guard", "the guard"), ("direct", "The bus broke down.", None, None)]),
    ("generic-you-turn-goes-on", '"You have to vote," Ruiz said.\n\n"Every single vote counts."',
     [("direct", "You have to vote, Every single vote counts.", "Ruiz", "Ruiz")]),
    ("long-quotation-goes-on-as-part", '"We will fight this ruling," Ruiz said.\n\n"We have the law on our side and '
     'we will take this case to the highest court in the land if we must."',
     [("direct", "We will fight this ruling, We have the law on our side", "Ruiz", "Ruiz")]),
    # a surname links to a person's name only, never into the name of a body named for or against that one
    ("surname-not-into-body-name", 'Donald Trump spoke.\nThe Coalition Against Trump said it would march. Trump said '
     'he did not care.', [("indirect", "it would march", "The Coalition Against Trump", "The Coalition Against Trump"),
                          ("indirect", "he did not care", "Trump", "Donald Trump")]),
    ("surname-after-lower-preposition", 'Ann Ruiz spoke.\nFriends for Ruiz said they would march. Ruiz said she '
     'was grateful.', [("indirect", "they would march", "Friends for Ruiz", "Friends for Ruiz"),
                       ("indirect", "she was grateful", "Ruiz", "Ann Ruiz")]),
    ("title-of-keeps-name", 'Secretary of State John Kerry arrived. "We will go on," Kerry said.',
     [("direct", "We will go on,", "Kerry", "Secretary of State John Kerry")]),
    # the one asked a reported question answers it, not the asker
    ("asked-her-answers", 'Lee asked her whether the plan would work. She said it would.',
     [("indirect", "whether the plan would work", "Lee", "Lee"), ("indirect", "it would", "She", "her")]),
    ("asked-named-answers", 'Lee asked Ann Ruiz whether the plan would work. She said it would.',
     [("indirect", "whether the plan would work", "Lee", "Lee"), ("indirect", "it would", "She", "Ann Ruiz")]),
    ("asked-her-named-before", 'Ann Ruiz arrived late. Lee asked her whether the plan would work. She said it would.',
     [("indirect", "whether the plan would work", "Lee", "Lee"), ("indirect", "it would", "She", "Ann Ruiz")]),
    # a question told of inside another's report in its sentence: the one who tells it speaks next
    ("asked-inside-report", 'Ann Lee is an old friend of Jo Ruiz.\n\nWhat upset her most, she said, was a question last '
     'week, when a young man asked Ruiz why voters did not trust her. "I was angry," she said.',
     [("indirect", "was a question last week", "she", "Ann Lee"), ("indirect", "why voters did not trust her",
       "a young man", "a young man"), ("direct", "I was angry,", "she", "Ann Lee")]),
    # the one asked is named in full where the parse hung the name on its last word: a man, no `she`
    ("asked-full-name-listener", 'Lee, a Ruiz aide, asked former Attorney General Eric Holder whether he had thoughts '
     'on the case. She said she asked the question to help.',
     [("indirect", "whether he had thoughts", "Lee", "Lee"), ("indirect", "she asked the question", "She", "Lee")]),
    ("surname-after-book-title", 'Donald Trump spoke.\nA new book, The Making of Donald Trump, is out. Mr. Trump said '
     'he did not care.', [("indirect", "he did not care", "Mr. Trump", "Donald Trump")]),
    # one who replies in a turn of dialogue is not the one replied to: the other one named, or no one
    ("reply-not-to-oneself", 'Ruth Dahl and Ann Berg argued all night.\n\n"You are late," Berg said.\n\n'
     '"The train was slow," she replied.', [("direct", "You are late,", "Berg", "Ann Berg"),
                                            ("direct", "The train was slow,", "she", "Ruth Dahl")]),
    ("reply-other-not-a-subject", 'Ann Berg met Ruth Dahl at the station.\n\n"You are late," Berg said.\n\n'
     '"The train was slow," she replied.', [("direct", "You are late,", "Berg", "Ann Berg"),
                                            ("direct", "The train was slow,", "she", None)]),
    ("reply-after-narration-same-one", '"We will win," Trump said. A reporter pressed him on the polls.\n\n'
     '"They are wrong," he replied.', [("direct", "We will win,", "Trump", "Trump"),
                                       ("indirect", "the polls", "A reporter", ANY),
                                       ("direct", "They are wrong,", "he", "Trump")]),
    # a turn spoken to the other one of an exchange of two (`your`) is answered by that one
    ("your-answered-in-exchange", '"Are we doing the Brahms?" Hana Okafor asked.\n\n"If your hands are up to it," '
     'Ingrid Sollund said.\n\n"They are."', [("direct", "Are we doing the Brahms?", "Hana Okafor", "Hana Okafor"),
                                             ("direct", "If your hands are up to it,", "Ingrid Sollund", "Ingrid Sollund"),
                                             ("direct", "They are.", "Hana Okafor", "Hana Okafor")]),
    ("told-her-turn-answered", 'Tom Brannock leaned on the counter.\n\n"You worry too much," he told her.\n\n'
     '"Somebody has to."', [("direct", "You worry too much,", "he", "Tom Brannock"),
                            ("direct", "Somebody has to.", None, None)]),
    # a question asked of one is answered by that one, the asker of the same gender or not
    ("asked-same-gender-answers", 'Sean Carver spoke first. Carver asked Graham Pike whether the trust would meet '
     'them. He said it would.', [("indirect", "whether the trust would meet them", "Carver", "Sean Carver"),
                                 ("indirect", "it would", "He", "Graham Pike")]),
    ("asked-captain-same-gender", '"Is it safe?" Tom Lee asked the captain.\n\n"Safe enough," he said.',
     [("direct", "Is it safe?", "Tom Lee", "Tom Lee"), ("direct", "Safe enough,", "he", "the captain")]),
    # fact-check articles and opinion columns (h155): a relative clause set off by commas is no reporting
    # clause; a newsroom's own verdict and labels report nothing; a fronted participle's clause is no report
    ("factcheck-relative-which-not-tag", "The figure, which the mayor repeated at a rally, is wrong.", []),
    ("factcheck-claim-relative-which", "The mayor's claim that the earth is flat, which he repeated on Monday, is "
     "false.", [("indirect", "that the earth is flat", "The mayor", "The mayor")]),
    ("factcheck-rating-nothing", "We rate this claim False.", []),
    ("factcheck-verdict-label-nothing", "VERDICT: False. The law requires 40 hours of firearms instruction.", []),
    ("factcheck-asked-where-participle", "Asked by reporters where the number came from, the governor's aide "
     "pointed to a farm survey.", [("indirect", "where the number came from", "reporters", "reporters")]),
    ("factcheck-data-show-closing", "But burglaries fell by only 30 percent, the data show.",
     [("indirect", "burglaries fell by only 30 percent", "the data", "the data")]),
    ("factcheck-sharing-claim", "Several accounts spread the claim that the election was moved to Thursday.",
     [("indirect", "that the election was moved to Thursday", "Several accounts", "Several accounts")]),
    ("opinion-rhetorical-question-nothing", "But who really benefits from this deal?", []),
    ("opinion-will-object-that", "Some will object that the stadium brings prestige.",
     [("indirect", "that the stadium brings prestige", "Some", "Some")]),
    ("objected-to-nothing", "Workers objected to the plan.", []),
    ("objects-noun-nothing", "The museum returned the objects to Greece.", []),
    ("factcheck-post-claims-aside", "The post claims, without evidence, that the ballots were printed abroad.",
     [("indirect", "that the ballots were printed abroad", "The post", "The post")]),
    ("factcheck-footage-of-doer", "Voters saw footage of the mayor saying that taxes will rise.",
     [("indirect", "that taxes will rise", "the mayor", ANY)]),
    # a fronted participle's clause is no report of the main verb; a gerund subject's clause is
    ("fronted-noting-participle", "Noting that the policy has failed, the mayor reminded voters of his own plan.",
     [("indirect", "that the policy has failed", "the mayor", ANY)]),
    ("fronted-noting-contact-relative", "Noting that the policy has failed in the towns it covers, the mayor "
     "reminded voters of his own plan.", [("indirect", "that the policy has failed in the towns it covers",
                                          "the mayor", ANY)]),
    ("gerund-subject-that-determiner", "Bridging that gap means cutting costs wherever savings can be found, the "
     "owner said.", [("indirect", "Bridging that gap means cutting costs", "the owner", ANY)]),
    # a tag in another language next to a quotation (`foreign-tag`), and its English gloss after it
    ("foreign-tag-german", '"Wir sind bereit," sagte Scholz.', [("direct", "Wir sind bereit,", "Scholz", "Scholz")]),
    ("foreign-tag-spanish", '"Estamos listos," dijo Sánchez.', [("direct", "Estamos listos,", "Sánchez", "Sánchez")]),
    ("foreign-tag-french", '"Nous sommes prêts," a déclaré Macron.',
     [("direct", "Nous sommes prêts,", "Macron", "Macron")]),
    ("foreign-tag-portuguese-plain", '"Estamos prontos," disse Lula, apos a reuniao.',
     [("direct", "Estamos prontos,", "Lula", "Lula")]),
    ("foreign-tag-gloss", '"Wir sind bereit," sagte Scholz, "we are ready."',
     [("direct", "Wir sind bereit,", "Scholz", "Scholz"), ("direct", "we are ready.", "Scholz", "Scholz")]),
    ("foreign-tag-goes-on", '"Wir sind bereit," sagte Scholz, "und wir werden gewinnen."',
     [("direct", "Wir sind bereit, und wir werden gewinnen.", "Scholz", "Scholz")]),
    ("foreign-tag-name-ends", '"Wir werden nicht nachgeben," sagte Minister Jonas Keller nach dem Treffen.',
     [("direct", "Wir werden nicht nachgeben,", "Minister Jonas Keller", ANY)]),
    ("foreign-tag-or-gloss", '"No vamos a firmar esto," dijo Carmen Ortega, or "we will not sign this."',
     [("direct", "No vamos a firmar esto,", "Carmen Ortega", ANY),
      ("direct", "we will not sign this.", "Carmen Ortega", ANY)]),
    ("foreign-tag-before-colon", 'Italy\'s Giulia Ferri ha detto: "Serve più tempo."',
     [("direct", "Serve più tempo.", "Italy's Giulia Ferri", ANY)]),
    ("foreign-tag-gloss-next-sentence", '"Nous devons rester unis," a déclaré Claire Morel devant la presse. '
     '"We must stay united."', [("direct", "Nous devons rester unis,", "Claire Morel", ANY),
                                ("direct", "We must stay united.", "Claire Morel", ANY)]),
    ("stop-gloss-language-named", 'Lucia Gomez spoke in Spanish. "Queremos respeto," said Gomez. "We want respect."',
     [("direct", "Queremos respeto,", "Gomez", ANY), ("direct", "We want respect.", "Gomez", ANY)]),
    ("language-named-paragraphs-before", 'Many voters here speak Spanish.\n\nThe rally ran late.\n\n'
     '"Feliz Navidad, Ohio!" he tweeted. "The best pies are made here."',
     [("direct", "Feliz Navidad, Ohio! The best pies are made here.", "he", ANY)]),
    ("stop-goes-on-english", '"Great news," said Gomez. "We want more."',
     [("direct", "Great news, We want more.", "Gomez", ANY)]),
    # never the cue of a clause: a foreign verb with no quotation beside it, or inside one, gives nothing
    ("foreign-verb-no-tag", 'Tourists soon learn that dijo and disse mean the same thing.', []),
    ("foreign-tag-mid-sentence", 'The menu said sagte Scholz in red letters.', []),
    # a bare `or` after a quotation in no English, in a text that names the language spoken: a gloss
    ("or-gloss-language-named", 'Ruiz spoke in Spanish. "Estamos listos," she said, or "we are ready."',
     [("direct", "Estamos listos,", "she", "Ruiz"), ("direct", "we are ready.", "she", "Ruiz")]),
    ("or-not-gloss-untagged", 'Ruiz spoke in Spanish. He wrote that they should "arder vivos" or "drown" at sea.',
     [("mixed", 'that they should "arder vivos" or "drown" at sea', "He", "Ruiz")]),
    ("or-not-gloss-english", '"We will win," she said, or "at least draw."',
     [("direct", "We will win,", "she", None), ("mixed", 'or "at least draw."', "she", None)]),
    ("comma-goes-on-english", '"Absolutely," she said, "we will go."',
     [("direct", "Absolutely, we will go.", "she", None)]),
    # straight marks round a title fronted before a tag set within the clause: the clause after it, as with
    # curly marks (`parenthetical`)
    ("straight-title-before-tag", 'After "Gone Girl," the mayor said, she read nothing else.',
     [("indirect", "she read nothing else", "the mayor", "the mayor")]),
    ("curly-title-before-tag", 'After \u201cGone Girl,\u201d the mayor said, she read nothing else.',
     [("indirect", "she read nothing else", "the mayor", "the mayor")]),    # resolution: who a mention stands for, its fullest name (h156)
    ("resolve-title-surname", 'Sen. Jo Hart spoke first. The vote was close. "We will vote no," Senator Hart said.',
     [("direct", "We will vote no,", "Senator Hart", "Sen. Jo Hart")]),
    ("resolve-title-surname-same-title", 'Mayor Tom Vale opened the bridge. "It was worth the wait," Mayor Vale said.',
     [("direct", "It was worth the wait,", "Mayor Vale", "Mayor Tom Vale")]),
    ("resolve-title-surname-other-title", 'Gov. Ann Hart spoke first. "No," Senator Hart said.',
     [("direct", "No,", "Senator Hart", "Senator Hart")]),
    ("resolve-bracketed-initials", 'The Department of Agriculture (DA) issued new rules on Monday. The DA said the '
     'rules would protect farmers.', [("indirect", "the rules would protect farmers", "The DA", "Department of Agriculture")]),
    ("resolve-bracketed-initials-of", 'Officials at the Ministry of Health (MOH) met on Friday.\n\n"We are watching '
     'closely," the MOH said.', [("direct", "We are watching closely,", "the MOH", "Ministry of Health")]),
    ("resolve-initials-not-bracketed", 'The Ministry of Health met on Friday.\n\n"We are watching closely," the MOH '
     'said.', [("direct", "We are watching closely,", "the MOH", "the MOH")]),
    ("resolve-general-role-noun", 'Ohio Rep. Tom Vale spoke first.\n\n"We need more time," the Ohio lawmaker said.',
     [("direct", "We need more time,", "the Ohio lawmaker", "Ohio Rep. Tom Vale")]),
    ("resolve-general-role-noun-other-office", 'Gov. Ann Hart spoke first. "No," the lawmaker said.',
     [("direct", "No,", "the lawmaker", "the lawmaker")]),
    ("resolve-general-role-noun-not-deputy-title", 'Deputy Director Ann Ruiz spoke first. "No," the lawmaker said.',
     [("direct", "No,", "the lawmaker", "the lawmaker")]),
    ("resolve-asked-listener-later", 'Tom Lee asked Ann Ruiz why the bridge was late. He said the budget was '
     'short. She said the steel came late.', [("indirect", "why the bridge was late", "Tom Lee", "Tom Lee"),
                                              ("indirect", "the budget was short", "He", "Tom Lee"),
                                              ("indirect", "the steel came late", "She", "Ann Ruiz")]),
    ("resolve-told-listener-ends-sentence", '"Fix it," Tom Lee told Ann Ruiz. He left. She said it would be done.',
     [("direct", "Fix it,", "Tom Lee", "Tom Lee"), ("indirect", "it would be done", "She", "Ann Ruiz")]),
    ("resolve-listener-past-paragraphs", 'Tom Lee told Ann Ruiz the bridge was late.\n\nThe council met.\n\n'
     'The vote was close.\n\nShe said the steel came late.',
     [("indirect", "the bridge was late", "Tom Lee", "Tom Lee"), ("indirect", "the steel came late", "She", None)]),
    ("resolve-title-surname-not-headline", 'Why Obama Wins\nObama spoke. "No," President Obama said.',
     [("direct", "No,", "President Obama", "President Obama")]),
    ("resolve-month-owner-no-one", 'Ban Ki-moon spoke on Monday.\n\nDecember\'s deal was a triumph for Ban.\n\n'
     '"I am grateful," he said.', [("direct", "I am grateful,", "he", "Ban Ki-moon")]),
    ("resolve-possessive-antecedent", "Ruiz's full remarks are below.\n\nHere's what she said: \"We will not back "
     'down."', [("direct", "We will not back down.", "she", "Ruiz")]),
    # a given name before a surname the tagger takes for a plural (`Fields`) names one person: `He` is his
    ("resolve-given-name-plural-surname", "Omar Fields said the plan was sound. He added that it would cost little.",
     [("indirect", "the plan was sound", "Omar Fields", "Omar Fields"),
      ("indirect", "that it would cost little", "He", "Omar Fields")]),
    ("resolve-plural-family-stays-plural", "The Smiths said the plan was sound. They added that it would cost little.",
     [("indirect", "the plan was sound", "The Smiths", "The Smiths"),
      ("indirect", "that it would cost little", "They", "The Smiths")]),
    # h168: a French tag whose auxiliary ends with its subject pronoun (`a-t-il`): that pronoun speaks, as `he`/`she`
    ("h168-french-inverted-pronoun", '"C\'est fini", a-t-il déclaré.', [("direct", "C'est fini", "il", None)]),
    ("h168-french-inverted-pronoun-resolved", 'Claire Morel left the summit early. "Nous sommes prêts", a-t-elle '
     'déclaré.', [("direct", "Nous sommes prêts", "elle", "Claire Morel")]),
    # h168: a quotation in another language (a word English lacks), then its English gloss: two quotes, one speaker
    ("h168-gloss-after-foreign-words", '"Queremos respeto para todos," said Luis Gomez. "We want respect for all."',
     [("direct", "Queremos respeto para todos,", "Luis Gomez", "Luis Gomez"),
      ("direct", "We want respect for all.", "Luis Gomez", "Luis Gomez")]),
    # hearings: a question pressed on a witness, its asker named with a party label, and who answers it
    ("hearing-pressed-on-whether", "Sen. Jo Hart (D-Ore.) pressed Lee on whether the agency had warned the contractor.",
     [("indirect", "whether the agency had warned the contractor", "Sen. Jo Hart", ANY)]),
    ("hearing-asked-by-party-label", "Asked by Sen. Jo Hart (D-Ore.) whether the agency had been warned, Lee said it "
     "had not.", [("indirect", "whether the agency had been warned", "Sen. Jo Hart", ANY),
                  ("indirect", "it had not", "Lee", ANY)]),
    ("hearing-asked-by-title-name", "Asked by Sen. Hart whether the agency had been warned, Lee said it had not.",
     [("indirect", "whether the agency had been warned", "Sen. Hart", ANY), ("indirect", "it had not", "Lee", ANY)]),
    ("hearing-pressed-passive-topic", "Lee was pressed by Hart about the missing funds in the budget.",
     [("indirect", "the missing funds in the budget", "Hart", ANY)]),
    ("hearing-pressed-passive-question", "Lee was pressed on why the agency had waited so long.",
     [("indirect", "why the agency had waited so long", None, ANY)]),
    ("hearing-pressed-one-answers", 'Hart pressed Lee on whether the agency had been warned. "We were not," he said.',
     [("indirect", "whether the agency had been warned", "Hart", ANY), ("direct", "We were not,", "he", "Lee")]),
    ("hearing-grilled-one-answers", "Sen. Jo Hart grilled the director, Tom Vale, over the missing funds. \"I cannot "
     'account for them," he said.', [("indirect", "the missing funds", "Sen. Jo Hart", ANY),
                                     ("direct", "I cannot account for them,", "he", "the director, Tom Vale")]),
    ("hearing-pressed-on-with-nothing", "The council pressed on with the vote.", []),
    ("hearing-pressed-charges-nothing", "Prosecutors pressed charges against the driver.", []),
    ("hearing-grilled-food-nothing", "She grilled burgers for the volunteers.", []),
    ("hearing-pressed-button-nothing", "She pressed the button and the door opened.", []),
    ("hearing-press-secretary-noun", '"It was fair," the White House press secretary, Jo Vale, said on Tuesday.',
     [("direct", "It was fair,", "the White House press secretary, Jo Vale", ANY)]),
    ("hearing-pressing-adjective-nothing", "He planned his talk on the assumption that crime would be their most "
     "pressing concern.", []),
    ("hearing-questioned-remarks-nothing", "Howard Vale, in 2013, questioned Ruiz's statements about Ann Lee.", []),
    ("hearing-press-for-urging-nothing", "The council had a lever to press the developer for more housing.", []),
    ("hearing-questioned-thing-nothing", "The plan was questioned on legal grounds.", []),
    ("hearing-grilled-passive-topic", "The director was grilled about the missing funds.",
     [("indirect", "the missing funds", None, ANY)]),
    ("resolve-bracketed-mixed-initials", 'The Ministry of Defence (MoD) said its jets had struck a depot.\n\n"The '
     'strike was precise," the MoD said.', [("indirect", "its jets had struck a depot", "The Ministry of Defence (MoD)",
                                             ANY),
                                            ("direct", "The strike was precise,", "the MoD", "Ministry of Defence")]),
    # a campaign ad's sign-off (h162): the speaker's `I` before the name is no word of it
    ("ad-approve-message-first-person", '"I\'m Frank Lee, and I approve this message," Lee says at the end of the ad.',
     [("direct", "I'm Frank Lee, and I approve this message,", "Lee", "Frank Lee")]),
    # a debate write-up (h162): the candidate asked about a topic answers, not the moderator who asked
    ("debate-asked-about-answers", 'The moderator asked Lee about the plant closing. "We will bring those jobs '
     'back," he said.', [("indirect", "the plant closing", "The moderator", ANY),
                         ("direct", "We will bring those jobs back,", "he", "Lee")]),
    ("debate-asked-about-asker-other-gender", 'Tom Lee asked Ann Ruiz about the farm. "It is gone," he said.',
     [("indirect", "the farm", "Tom Lee", ANY), ("direct", "It is gone,", "he", "Tom Lee")]),
    # speaker and resolution leftovers (h167): a relative clause set off after the listener speaks its own
    # report (a relay), not the first speaker's; Malay and Arabic name parts; a quantifier floating on a subject
    # set off by commas; a quotation closed inside its comma ends what its cue reports
    ("relay-told-listener-who-told", "Jones told Smith, who told reporters that the deal was dead.",
     [("indirect", "that the deal was dead", "who", "Smith")]),
    ("relay-told-listener-who-said", "The chief told the mayor, who said the station would close.",
     [("indirect", "the station would close", "who", "the mayor")]),
    ("relay-told-listener-relative-inside-report", "The chief told reporters the mayor, who resigned, was wrong.",
     [("indirect", "the mayor, who resigned, was wrong", "The chief", ANY)]),
    ("name-malay-given-name-patronym", 'Anwar bin Ibrahim said the coalition was stable.\n\n"We are united," '
     'Anwar said.\n\nAnwar added that the vote would come in June.',
     [("indirect", "the coalition was stable", "Anwar bin Ibrahim", ANY),
      ("direct", "We are united,", "Anwar", "Anwar bin Ibrahim"),
      ("indirect", "that the vote would come in June", "Anwar", "Anwar bin Ibrahim")]),
    ("name-arabic-bin-surname", 'Crown Prince Mohammed bin Salman spoke first.\n\n"This is our future," bin Salman '
     'said.\n\nBin Salman said the deal was done.',
     [("direct", "This is our future,", "bin Salman", "Crown Prince Mohammed bin Salman"),
      ("indirect", "the deal was done", "Bin Salman", "Crown Prince Mohammed bin Salman")]),
    ("name-arabic-article-surname", 'Abu Bakr al-Baghdadi spoke in a recording.\n\n"We will come back," al-Baghdadi '
     'said.\n\nAl-Baghdadi said the war was not over.',
     [("direct", "We will come back,", "al-Baghdadi", "Abu Bakr al-Baghdadi"),
      ("indirect", "the war was not over", "Al-Baghdadi", "Abu Bakr al-Baghdadi")]),
    ("name-malay-binti-given-name", 'Siti binti Aziz said the school was full.\n\n"We have no room," Siti said.',
     [("indirect", "the school was full", "Siti binti Aziz", ANY),
      ("direct", "We have no room,", "Siti", "Siti binti Aziz")]),
    ("floating-both-after-set-off-name", "Health Minister Ann Ruiz and her deputy, Tom Vale, both said the plan "
     "was sound.", [("indirect", "the plan was sound", "Health Minister Ann Ruiz and her deputy, Tom Vale", ANY)]),
    ("floating-both-no-comma", "The mayor and the police chief both said the station would stay open.",
     [("indirect", "the station would stay open", "The mayor and the police chief", ANY)]),
    ("quotation-closed-before-while-another", 'One follower commented, "This is a disgrace," while another wrote, '
     '"I love it."', [("direct", "This is a disgrace,", "One follower", ANY),
                      ("direct", "I love it.", "another", ANY)]),
    ("quotation-closed-before-and-left", 'The mayor said, "We are done," and left the room.',
     [("direct", "We are done,", "The mayor", ANY)]),
    ("name-peer-place-of-title", 'Lord Smith of Leeds said the bill was flawed.\n\n"It will not pass," Lord Smith '
     'said.\n\nSmith added that peers would vote against it.',
     [("indirect", "the bill was flawed", "Lord Smith of Leeds", ANY),
      ("direct", "It will not pass,", "Lord Smith", "Lord Smith of Leeds"),
      ("indirect", "that peers would vote against it", "Smith", "Lord Smith of Leeds")]),
    ("conjoined-cue-own-subject-set-off-name", 'A spokesperson for the hospital said the patient was stable, but '
     'the family\'s lawyer, Tom Vale, told reporters she was "fighting for her life."',
     [("indirect", "the patient was stable", "A spokesperson for the hospital", ANY),
      ("mixed", 'she was "fighting for her life."', "the family's lawyer, Tom Vale", ANY)]),
    ("conjoined-cue-shared-subject", 'He backed Obama and said, "Clinton did nothing."',
     [("direct", "Clinton did nothing.", "He", ANY)]),
    ("name-peer-not-lord-mayor", 'The Lord Mayor of London spoke first.\n\n"We are ready," the Lord Mayor said.',
     [("direct", "We are ready,", "the Lord Mayor", "the Lord Mayor")]),
    ("said-amount-currency-sign", "Lee said about $4,000.", [("indirect", "about $4,000", "Lee", ANY)]),
    ("said-amount-around-sign", "Asked about the cost, the mayor said around $4 million.",
     [("indirect", "the cost", None, ANY), ("indirect", "around $4 million", "the mayor", ANY)]),
    ("said-amount-opens-clause", "The mayor said about 40 percent of the budget would go to roads.",
     [("indirect", "about 40 percent of the budget would go to roads", "The mayor", ANY)]),
    ("said-around-time-not-amount", "Lee said around noon.", []),
    ("spoke-of-sign-not-amount", "Lee spoke of $5 bills.", []),
    ("noun-cue-clause-before-ed-verb", "His claim that he took the money angered voters.",
     [("indirect", "that he took the money", "His", ANY)]),
    ("fronted-cue-quoted-word", 'When Ruiz said the word "taxes," the audience booed.',
     [("mixed", 'the word "taxes,"', "Ruiz", ANY)]),
    ("fronted-cue-pronoun-nothing", "When Ruiz said it, the audience booed.", []),
    ("fronted-cue-object-kept", "When Ruiz denied the charges, the audience booed.",
     [("indirect", "the charges", "Ruiz", ANY)]),
    ("noun-cue-verb-adjective-not-predicate", "The mayor's promise to hire unemployed workers won her votes.",
     [("indirect", "to hire unemployed workers", "The mayor", ANY)]),
    ("said-in-a-recording-that", "Ann Ruiz said in a recording that the deal was dead.",
     [("indirect", "that the deal was dead", "Ann Ruiz", ANY)]),
    ("spoke-after-reading-not-report", "Lee spoke after reading the report that the firm lied.", []),
    ("two-word-clause-plural-tagged-verb", "The manager concedes sales fell.",
     [("indirect", "sales fell", "The manager", ANY)]),
    ("source-then-question-tagged-noun", "The mayor questions whether the plan will work.",
     [("indirect", "whether the plan will work", "The mayor", ANY)]),
    ("source-then-question-name", 'Lee questions whether "the numbers add up."',
     [("mixed", 'whether "the numbers add up."', "Lee", ANY)]),
    ("questions-noun-phrase-not-cue", "Key questions whether the plan will work remain.", []),
    ("the-questions-not-cue", "The questions whether the plan works are open.", []),
    ("noun-cue-adjective-before-ed-verb", "His claim that it was illegal angered voters.",
     [("indirect", "that it was illegal", "His", ANY)]),
    ("noun-cue-adjective-object-not-cut", "His claim that he bought old abandoned houses is false.",
     [("indirect", "that he bought old abandoned houses", "His", ANY)]),
    ("noun-cue-passive-before-ed-verb", "His claim that the money was stolen angered voters.",
     [("indirect", "that the money was stolen", "His", ANY)]),
    ("qa-one-line-interview", "The mayor, Ann Ruiz, spoke to us.\n\nQ: Will you run again? A: I have not decided."
     "\n\nQ: And the bridge? A: It opens in May.",
     [("direct", "I have not decided.", "A", ANY), ("direct", "It opens in May.", "A", ANY)]),
    ("qa-fielded-questions", "The governor, Lisa Park, fielded questions from readers.\n\nQ: Will taxes go up?\n\n"
     "A: Not yet.", [("direct", "Not yet.", "A", ANY)]),
    ("qa-one-line-explainer-gives-nothing", "Here is what to know.\n\nQ: What is at stake? A: The tax rate.", []),
    ("they-asked-one-answers", "Reporters asked the prime minister whether she would apologise. She said she would not.",
     [("indirect", "whether she would apologise", "Reporters", ANY),
      ("indirect", "she would not", "She", "the prime minister")]),
    ("peer-lady-after-baroness", 'Baroness Hale of Richmond spoke first.\n\n"The law is clear," Lady Hale said.',
     [("direct", "The law is clear,", "Lady Hale", "Baroness Hale of Richmond")]),
    # h175: a Q/A interviewee a description sets off is the name (`The mayor, Ann Ruiz,`), not the whole phrase
    ("h175-qa-described-interviewee", "The mayor, Ann Ruiz, spoke to the Ledger.\n\nQ: Why did you run?\n\n"
     "A: Because I saw the city needed help.",
     [("direct", "Because I saw the city needed help.", "A", "Ann Ruiz")]),
    ("h175-qa-plain-interviewee", "Ann Ruiz spoke to the Ledger.\n\nQ: Why did you run?\n\n"
     "A: Because I saw the city needed help.",
     [("direct", "Because I saw the city needed help.", "A", "Ann Ruiz")]),
    # h175: a rubric opening with a comparative quantifier names no speaker
    ("h175-more-on-rubric-no-speaker", 'More on the deal: "We will sign the deal next week and move on."', []),
    ("h175-more-on-rubric-then-tag", 'More on the deal: "We will sign," Lee said.',
     [("direct", "We will sign,", "Lee", "Lee")]),
    ("h175-name-on-topic-still-speaks", 'Ruiz on the deal: "We will sign the deal next week and move on."',
     [("direct", "We will sign the deal next week and move on.", "Ruiz", ANY)]),
    # h175: a relative clause on the one asked, then `whether`: the question, and the one asked answers
    ("h175-asked-relative-then-whether", "The judge asked the man who lives there whether he heard shots. "
     "He said he did.", [("indirect", "whether he heard shots", "The judge", "The judge"),
                         ("indirect", "he did", "He", "the man who lives there")]),
    ("h175-asked-relative-alone-asks-nothing", "The host asked the man who lives there.", []),
    ("h175-relative-if-is-no-question", "The judge asked the woman who would lose her home if the plan passed "
     "to speak.", []),
    # h175: a relative clause set off on one of two joined subjects reports nothing past its closing comma
    ("h175-relative-aside-before-and", "Ann Ruiz, who wrote the plan, and Tom Vale said it would pass.",
     [("indirect", "it would pass", "Ann Ruiz, who wrote the plan, and Tom Vale", ANY)]),  # h220: both speak
    ("h175-relative-aside-report-before-and", "Ann Ruiz, who said the plan was sound, and Tom Vale left early.",
     [("indirect", "the plan was sound", "who", ANY)]),
    ("h175-aside-inside-report-kept", "The plan stalled, said Tom Vale, who also said that the two mayors, and "
     "Ruiz in particular, must do more.",
     [("indirect", "that the two mayors, and Ruiz in particular, must do more", "Tom Vale", ANY)]),
    # h175: a past form in `-ed` tagged a participle right before its quotation is the main verb
    ("h175-participle-phrase-then-chanted", 'Fans packed into the stadium chanted "One more year!"',
     [("direct", "One more year!", "Fans packed into the stadium", ANY)]),
    ("h175-painted-words-not-speech", 'Slogans painted "Fair pay now" on the wall.', []),
    # sports reporting: a player named by sport or position before the name is the subject a pronoun takes
    ("sports-star-before-name", 'Tennis star Ana Costa won on Tuesday.\n\n"I felt great out there," she said.',
     [("direct", "I felt great out there,", "she", "Tennis star Ana Costa")]),
    ("sports-winger-before-name", 'Rovers winger Joe Park scored twice.\n\n"It was a great night," he said.',
     [("direct", "It was a great night,", "he", "Rovers winger Joe Park")]),
    ("sports-rookie-quarterback", 'Rookie quarterback Sam Cole threw three touchdowns.\n\n"The line gave me time," '
     'he said.', [("direct", "The line gave me time,", "he", "Rookie quarterback Sam Cole")]),
    ("sports-boss-is-the-manager", 'Rovers manager Tom Hale blamed his defenders.\n\nCity beat Rovers 3-1 on '
     'Saturday.\n\n"We were poor," the Rovers boss said.',
     [("direct", "We were poor,", "the Rovers boss", "Rovers manager Tom Hale")]),
    ("sports-skipper-is-the-captain", 'Rovers captain Joe Park scored twice.\n\n"It was a great night," the '
     'skipper said.', [("direct", "It was a great night,", "the skipper", "Rovers captain Joe Park")]),
    ("sports-kiwi-epithet", 'Lee Tan shot a 66 on Sunday.\n\n"I felt great," the Kiwi said.',
     [("direct", "I felt great,", "the Kiwi", "Lee Tan")]),
    ("sports-company-boss-not-a-manager", 'Acme chief executive Ann Ruiz spoke on Monday.\n\n"We did well," '
     'the Rovers boss said.', [("direct", "We did well,", "the Rovers boss", "the Rovers boss")]),
    ("outlet-star-is-no-he", '"It is wrong," Ann Lee said, according to the Daily Star.\n\nAt a rally on Thursday, '
     'Tom Vale named the countries he said had sent spies.',
     [("mixed", "Ann Lee said", "the Daily Star", ANY), ("indirect", "had sent spies", "he", None)]),
    # h186: an office alone opening a question addresses the one the sentence before names at its close; with
    # the surname, `your` after it addresses too; who answers is the one addressed
    ("title-alone-addresses-one-named", 'The moderator turned to Ruiz. "Senator, your response?"\n"I disagree," '
     'she said.', [("direct", "Senator, your response?", "The moderator", "The moderator"),
                   ("direct", "I disagree,", "she", "Ruiz")]),
    ("title-surname-your-addresses", 'The moderator turned to Ruiz. "Senator Ruiz, your response?"\n"I disagree," '
     'she said.', [("direct", "Senator Ruiz, your response?", "The moderator", "The moderator"),
                   ("direct", "I disagree,", "she", ANY)]),
    ("title-alone-place-not-addressed", 'Ann Hale spoke in Ohio. "Senator, do you agree?"\n"No," she said.',
     [("direct", "Senator, do you agree?", None, None), ("direct", "No,", "she", "Ann Hale")]),
    # h186: a headline giving one who speaks on her own topic tells whose answers a Q/A run gives
    ("qa-headline-name-on-her", "Costa on her comeback\n\nQ. How's the knee?\n\nA. It's fine.",
     [("direct", "It's fine.", "A", "Costa")]),
    ("qa-intro-spoke-after", "Costa spoke after her win:\n\nQ. How's the knee?\n\nA. It's fine.\n\nQ. And the "
     "final?\n\nA. We will see.", [("direct", "It's fine.", "A", "Costa"), ("direct", "We will see.", "A", "Costa")]),
    ("qa-headline-topic-no-name", "Taxes on the agenda\n\nQ. Will rates rise?\n\nA. Probably not.", []),
    # h186: a quotation that addresses the subject before by its office is put to it, not said by it
    ("office-addressed-not-narrator", 'The coach spoke to reporters. "Coach, what went wrong?"\n"Everything," he said.',
     [("direct", "Coach, what went wrong?", None, None), ("direct", "Everything,", "he", "The coach")]),
    # h182: speaker spans and resolution leftovers
    ("h182-meanwhile-aside-no-speaker", "The alliance's secretary general, meanwhile, said talks would resume.",
     [("indirect", "talks would resume", "The alliance's secretary general", ANY)]),
    ("h182-however-aside-no-speaker", "The union's leader, however, warned that jobs would go.",
     [("indirect", "that jobs would go", "The union's leader", ANY)]),
    ("h182-rank-number-sign", "The world No 3 said she was tired.",
     [("indirect", "she was tired", "The world No 3", ANY)]),
    ("h182-no-one-stays", "No one said the deal was dead.", [("indirect", "the deal was dead", "No one", ANY)]),
    ("h182-marched-and-chanted", 'Students marched through the square and chanted "No cuts!"',
     [("direct", "No cuts!", "Students", ANY)]),
    ("h182-gathered-and-shouted", 'Hundreds of nurses gathered outside the hospital and shouted "Fund us now!"',
     [("direct", "Fund us now!", "Hundreds of nurses", ANY)]),
    ("h182-described-once-named", 'Costa, the top seed, was not impressed. "It was windy," she complained.',
     [("direct", "It was windy,", "she", "Costa")]),
    ("h182-aged-once-named", 'Costa, 24, was not impressed. "It was windy," she complained.',
     [("direct", "It was windy,", "she", "Costa")]),
    ("h182-adverb-opening-no-name", 'Politically, the plan was weak. "It was windy," she complained.',
     [("direct", "It was windy,", "she", None)]),
    ("h182-plural-description-they", "The companies expect sales to slow, they said.",
     [("indirect", "The companies expect sales to slow", "they", "The companies")]),
    ("h182-plural-owned-they", "Her lawyers will appeal, they said.",
     [("indirect", "Her lawyers will appeal", "they", "Her lawyers")]),
    ("h182-plural-things-no-they", "The results were mixed, they said.",
     [("indirect", "The results were mixed", "they", None)]),
    ("h182-tie-owner-she", 'Maria Lind taught piano for 40 years. She died on Monday.\n\n"She changed my life," '
     'said her former student, Dana Price.\n\nShe once said, "I never stop."',
     [("direct", "She changed my life,", "her former student, Dana Price", ANY),
      ("direct", "I never stop.", "She", "Maria Lind")]),
    ("h182-tie-other-gender-stays", 'Maria Lind taught piano for 40 years.\n\n"She changed my life," said her '
     'former student, Tom Price.\n\nHe once said, "I never stop."',
     [("direct", "She changed my life,", "her former student, Tom Price", ANY),
      ("direct", "I never stop.", "He", "Tom Price")]),
    # cues the tagger breaks, read from the words; the noun and bare-object readings stay nothing
    ("tagger-claim-noun-stays-noun", 'The claim was false.', []),
    ("tagger-claim-relative-stays-noun", 'Her claim that he made was false.', []),
    ("tagger-claim-plural-subject", 'Her claim that cuts would hurt schools is false.',
     [("indirect", "that cuts would hurt schools", "Her", ANY)]),
    ("tagger-survey-bare-object", 'A survey of purchasing managers showed a sharp fall in orders.', []),
    ("tagger-showed-listener", 'He showed reporters the letter.', []),
    ("tagger-recalled-that-pronoun", 'He recalled that.', []),
    ("tagger-plural-subject-claim-verb", 'Reports in Italy claim the striker will leave.',
     [("indirect", "the striker will leave", "Reports in Italy", ANY)]),
    ("tagger-age-then-verb", 'Ann Ruiz, 61, plans to retire next spring, her family said.',
     [("indirect", "Ann Ruiz, 61, plans to retire next spring", "her family", ANY)]),
    # h188: subjects after a linking adverb or with a description set off; second mentions by nation, party, role
    ("h188-linking-adverb-description", 'Meanwhile, the mayor, a Democrat, was silent. "We will wait," she said.',
     [("direct", "We will wait,", "she", "the mayor")]),
    ("h188-linking-adverb-name", 'Meanwhile, Ann Ruiz was silent. "We will wait," she said.',
     [("direct", "We will wait,", "she", "Ann Ruiz")]),
    ("h188-linking-adverb-no-person", 'Meanwhile, the vote was delayed. "We will wait," she said.',
     [("direct", "We will wait,", "she", None)]),
    ("h188-linking-adverb-mother-not-doctor", 'Dr. Ann Ruiz treated the boy. "He was lucky," the doctor said. '
     'Meanwhile, his mother, a nurse, was in tears. "I thought I had lost him," she said.',
     [("direct", "He was lucky,", "the doctor", "Dr. Ann Ruiz"),
      ("direct", "I thought I had lost him,", "she", "his mother")]),
    ("h188-age-noun-subject", 'The 45-year-old was charged on Friday. "I am innocent," he said.',
     [("direct", "I am innocent,", "he", "The 45-year-old")]),
    ("h188-age-noun-modifier-no-person", 'The 45-year-old building was closed on Friday. "It is unsafe," he said.',
     [("direct", "It is unsafe,", "he", None)]),
    ("h188-two-word-demonym", 'Dale Smit beat Park Ji-won in the final.\n\n"I was lucky," the South Korean said.'
     '\n\n"He played well," the South African said.',
     [("direct", "I was lucky,", "the South Korean", "Dale Smit"),
      ("direct", "He played well,", "the South African", "Dale Smit")]),
    ("h188-counterpart-any-role", 'United boss Tom Vale was pleased. His City counterpart, Dan Moss, disagreed. '
     '"We lost," the City boss said.', [("direct", "We lost,", "the City boss", "Dan Moss")]),
    ("h188-rival-no-role-shared", 'His rival, Dan Moss, disagreed. "We lost," the City boss said.',
     [("direct", "We lost,", "the City boss", "the City boss")]),
    ("h188-party-member-second-mention", 'Governor Ann Ruiz, a Republican, signed the bill on Tuesday. State Sen. '
     'Maria Lind, a Democrat, voted against it.\n\n"This is a good day," the Republican said.\n\n'
     '"It is a sad day," the Democrat said.',
     [("direct", "This is a good day,", "the Republican", "Governor Ann Ruiz"),
      ("direct", "It is a sad day,", "the Democrat", "State Sen. Maria Lind")]),
    ("h188-party-member-other-party", 'Jo Ray, a Democrat, spoke. "No," the Republican said.',
     [("direct", "No,", "the Republican", "the Republican")]),
    # h193 climate and energy desk: a forecast's `projected that`, nouns of a report's title or a clause's
    # compound subject tagged as verbs; `project` a thing shown or a noun stays nothing
    ("h193-projected-that", 'The agency projected that solar capacity would double by 2028.',
     [("indirect", "that solar capacity would double by 2028", "The agency", ANY)]),
    ("h193-project-present-that", 'Forecasters project that the storm will weaken before landfall.',
     [("indirect", "that the storm will weaken before landfall", "Forecasters", ANY)]),
    ("h193-projected-film-nothing", 'The film was projected onto the side of the building.', []),
    ("h193-projected-object-nothing", 'He projected confidence during the debate.', []),
    ("h193-project-noun-nothing", 'The project that the council approved will cost $4 million.', []),
    ("h193-report-title-noun-verb", 'The UN environment programme said in its annual emissions gap report that the '
     'world was heading for 2.9C of warming.',
     [("indirect", "that the world was heading for 2.9C of warming", "The UN environment programme", ANY)]),
    ("h193-compound-subject-after-phrase", 'The government said in its net zero strategy that heat pumps would '
     'replace gas boilers.',
     [("indirect", "that heat pumps would replace gas boilers", "The government", ANY)]),
    ("h193-projects-noun-relative-nothing", 'The senator praised the road projects she secured for the county.', []),
    ("h193-projects-that", 'The campaign projects that the tax would raise $75 billion a year.',
     [("indirect", "that the tax would raise $75 billion a year", "The campaign", ANY)]),
    ("h193-term-after-quote-nothing", 'The firm markets the fuel as "sustainable aviation fuel", a term critics '
     'dispute.', []),
    ("h193-phrase-after-quote-nothing", 'The company sells the drink as "pure spring water", a phrase regulators '
     'dispute.', []),
    # h191: transcripts.  A label in capitals a title or an honorific opens is the name the narration gave in
    # full (not one of another title or gender); a broadcast role's note in brackets is no part of the turn;
    # an official transcript's stage notes with a period inside (`(Applause.)`) are no one's words
    ("h191-caps-honorific-label", 'Press secretary Dana Ortiz took questions on Monday.\n\nMS. ORTIZ: The '
     'president will travel to Denver on Friday.\n\nQ: Will he meet the governor?\n\nMS. ORTIZ: I expect so.',
     [("direct", "The president will travel to Denver on Friday.", "MS. ORTIZ", "Press secretary Dana Ortiz"),
      ("direct", "I expect so.", "MS. ORTIZ", "Press secretary Dana Ortiz")]),
    ("h191-caps-title-label", 'Senator Maria Lopez joined the program from Albany.\n\nSEN. LOPEZ: Thank you for '
     'having me.\n\nDOYLE: Senator, what happens next?\n\nSEN. LOPEZ: We keep talking.',
     [("direct", "Thank you for having me.", "SEN. LOPEZ", "Senator Maria Lopez"),
      ("direct", "Senator, what happens next?", "DOYLE", "DOYLE"),
      ("direct", "We keep talking.", "SEN. LOPEZ", "Senator Maria Lopez")]),
    ("h191-caps-honorific-other-gender", "Ann Lee, the council's clerk, read the minutes.\n\nMR. LEE: Thank you "
     "all.\n\nMS. PARK: We have questions.",
     [("direct", "Thank you all.", "MR. LEE", "MR. LEE"), ("direct", "We have questions.", "MS. PARK", "MS. PARK")]),
    ("h191-caps-title-other-office", 'Gov. Ann Hart spoke on Monday.\n\nSEN. HART: We will vote no.\n\nDOYLE: Why?',
     [("direct", "We will vote no.", "SEN. HART", "SEN. HART"), ("direct", "Why?", "DOYLE", "DOYLE")]),
    ("h191-role-note-label", 'JOHN SMITH, CNN CORRESPONDENT (voice-over): The storm hit just after midnight.\n\n'
     'ANDERSON COOPER, CNN HOST (on camera): John, how many homes are flooded?\n\nSMITH (on camera): Hundreds, '
     'Anderson.',
     [("direct", "The storm hit just after midnight.", "JOHN SMITH", "JOHN SMITH"),
      ("direct", "John, how many homes are flooded?", "ANDERSON COOPER", "ANDERSON COOPER"),
      ("direct", "Hundreds, Anderson.", "SMITH", "JOHN SMITH")]),
    ("h191-stage-note-period", 'President Joe Biden spoke at the White House on Monday.\n\nPRESIDENT BIDEN: Thank '
     "you all. Please sit down. (Applause.)\n\nQ: Mr. President, what about tariffs?\n\nTHE PRESIDENT: We'll "
     "see. (Laughter.)",
     [("direct", "Thank you all. Please sit down.", "PRESIDENT BIDEN", "President Joe Biden"),
      ("direct", "We'll see.", "THE PRESIDENT", ANY)]),
    # a co-host or a caller who speaks once joins an exchange of title-case labels; a one-word label that is no
    # role does not (`Look:`, within a turn), nor a rubric (`Bottom Line:`)
    ("h191-podcast-cohost-once", "Jamie Cole: Welcome back to Market Talk. I'm Jamie Cole.\n\nPriya Nair: And I'm "
     "Priya Nair. Our guest today is Helen Ward.\n\nHelen Ward: Thanks for having me.\n\nJamie Cole: Helen, is a "
     "recession coming?\n\nHelen Ward: Not this year. [laughs] Maybe next.",
     [("direct", "Welcome back to Market Talk. I'm Jamie Cole.", "Jamie Cole", "Jamie Cole"),
      ("direct", "And I'm Priya Nair. Our guest today is Helen Ward.", "Priya Nair", "Priya Nair"),
      ("direct", "Thanks for having me.", "Helen Ward", "Helen Ward"),
      ("direct", "Helen, is a recession coming?", "Jamie Cole", "Jamie Cole"),
      ("direct", "Not this year. Maybe next.", "Helen Ward", "Helen Ward")]),
    ("h191-phone-in-caller", "The mayor spoke on the phone-in show.\n\nHost: Mayor, what about the buses?\n\nMayor "
     "Ruiz: They will run on time.\n\nHost: And the trains, Mayor?\n\nMayor Ruiz: Those will run too.\n\n"
     "Caller: I waited an hour last week.",
     [("direct", "Mayor, what about the buses?", "Host", ANY), ("direct", "They will run on time.", "Mayor Ruiz", ANY),
      ("direct", "And the trains, Mayor?", "Host", ANY), ("direct", "Those will run too.", "Mayor Ruiz", ANY),
      ("direct", "I waited an hour last week.", "Caller", ANY)]),
    ("h191-podcast-lone-word-label", "Jamie Cole: Welcome back to the show.\n\nHelen Ward: Thanks for having me."
     "\n\nJamie Cole: Is a recession coming?\n\nHelen Ward: Not this year, I think.\n\nLook: Nobody knows for "
     "sure.\n\nBottom Line: Rates will stay high for now.",
     [("direct", "Welcome back to the show.", "Jamie Cole", ANY), ("direct", "Thanks for having me.", "Helen Ward", ANY),
      ("direct", "Is a recession coming?", "Jamie Cole", ANY), ("direct", "Not this year, I think.", "Helen Ward", ANY)]),
    # stage notes between a turn's sentences are in no part of it; a gap marked within a sentence stays
    ("h191-mid-turn-notes", "DOYLE: Senator?\n\nLOPEZ: (LAUGHTER) They have said that for years. [inaudible] We "
     "will see. (APPLAUSE)\n\nDOYLE: OK.\n\nWARD: Well, I think -- [inaudible] -- the data is mixed.",
     [("direct", "Senator?", "DOYLE", ANY), ("direct", "They have said that for years. We will see.", "LOPEZ", ANY),
      ("direct", "OK.", "DOYLE", ANY), ("direct", "Well, I think -- [inaudible] -- the data is mixed.", "WARD", ANY)]),
    ("h191-turn-all-note", "UNIDENTIFIED FEMALE: Help us!\n\nUNIDENTIFIED MALE: (INAUDIBLE)\n\nDOYLE: A chaotic "
     "scene there.",
     [("direct", "Help us!", "UNIDENTIFIED FEMALE", ANY), ("direct", "A chaotic scene there.", "DOYLE", ANY)]),
    # an outlet owning a name before it is no word of that name (`WXYZ's Tom Vale`: a label `VALE:` is `Tom Vale`)
    ("h191-owner-before-name", "Ann Ruiz, the mayor, spoke with WXYZ's Tom Vale on Sunday.\n\nVALE: Mayor, the "
     "stadium?\n\nRUIZ: Dead. We move on.\n\nVALE: Thank you, Mayor.",
     [("direct", "Mayor, the stadium?", "VALE", "Tom Vale"), ("direct", "Dead. We move on.", "RUIZ", "Ann Ruiz"),
      ("direct", "Thank you, Mayor.", "VALE", "Tom Vale")]),
    ("h191-owner-before-anchor", "CNN's Jake Tapper asked the question.\n\n\"We will see,\" Tapper said.",
     [("direct", "We will see,", "Tapper", "Jake Tapper")]),
    # humanitarian testimony (h194): a restricting relative clause is the speaker's, a set-off participle is not
    ("h194-relative-speaker-before-told", '"The soldiers beat us with sticks," a 27-year-old woman who asked not '
     'to be identified told Reuters.',
     [("direct", "The soldiers beat us with sticks,", "a 27-year-old woman who asked not to be identified", ANY)]),
    ("h194-set-off-relative-before-told", '"Nobody came," a woman, who asked not to be named, told the BBC.',
     [("direct", "Nobody came,", "a woman", ANY)]),
    ("h194-participle-after-named-description", '"We have nowhere to go," said a 32-year-old mother of three who '
     'gave only her first name, Amina, speaking through an interpreter.',
     [("direct", "We have nowhere to go,", "a 32-year-old mother of three who gave only her first name, Amina",
       ANY)]),
    ("h194-participle-after-noun", '"We fear for our lives," said a 40-year-old teacher, speaking by phone from '
     'the besieged city.',
     [("direct", "We fear for our lives,", "a 40-year-old teacher", ANY)]),
    ("h194-relative-after-verb-stays", '"The road is closed," said an aid worker who asked not to be named.',
     [("direct", "The road is closed,", "an aid worker who asked not to be named", ANY)]),
    ("h194-family-name-withheld", '"We walked for eleven days," said Ahmed, a 19-year-old from Homs who asked that '
     'his family name be withheld.',
     [("direct", "We walked for eleven days,", "Ahmed", ANY)]),
    ("h194-request-not-about-name-stays", 'He asked that the meeting be postponed.',
     [("indirect", "that the meeting be postponed", "He", ANY)]),
    ("h194-name-removed-stays", 'She asked that her name be removed from the list of donors.',
     [("indirect", "that her name be removed from the list of donors", "She", ANY)]),
    # denials of an act (h194): a two-word `-ing` clause is a message; a pronoun or a thing withheld is not
    ("h194-denied-two-word-gerund", 'The army has denied targeting civilians.',
     [("indirect", "targeting civilians", "The army", ANY)]),
    ("h194-denied-having-participle", 'The militia denied having burned the village.',
     [("indirect", "having burned the village", "The militia", ANY)]),
    ("h194-denied-pronoun-stays-nothing", 'The army has denied it.', []),
    ("h194-denied-entry-stays-nothing", 'The refugees were denied entry.', []),
    ("h194-proposed-adjective-stays-nothing", 'The council proposed sweeping reforms.', []),
    # a pronoun tagging a clause about a name goes on with the speaker just before, someone else (h196)
    ("h196-tagged-name-other-speaker", 'Joe Hunt, a retired teacher, said he would not vote for Vale. Also, Tom Vale '
     'is not a conservative, he said.',
     [("indirect", "he would not vote for Vale", "Joe Hunt", ANY),
      ("indirect", "Tom Vale is not a conservative", "he", "Joe Hunt")]),
    ("h196-tagged-name-speaker-paragraph-before", '"We are sick of it," Mr. Hunt said.\n\nMr. Vale, who takes no '
     'donations, fits that bill, he added.',
     [("direct", "We are sick of it,", "Mr. Hunt", ANY),
      ("indirect", "Mr. Vale, who takes no donations, fits that bill", "he", "Mr. Hunt")]),
    ("h196-tagged-name-alone-stays-name", 'Tom Vale is not a conservative, he said.',
     [("indirect", "Tom Vale is not a conservative", "he", "Tom Vale")]),
    ("h196-tagged-name-other-gender-speaker-stays", 'Ann Ruiz said she was tired.\n\nMr. Vale, who takes no '
     'donations, fits that bill, he added.',
     [("indirect", "she was tired", "Ann Ruiz", ANY),
      ("indirect", "Mr. Vale, who takes no donations, fits that bill", "he", "Mr. Vale")]),
    ("h196-tagged-body-stays-it", 'Acme will cut jobs, it said.',
     [("indirect", "Acme will cut jobs", "it", "Acme")]),
    # a plural subject of people, a count of them too, is whom `they` stands for (h196)
    ("h196-plural-people-they", 'Students marched to the hall. "Bring back Okafor!" they chanted.',
     [("direct", "Bring back Okafor!", "they", "Students")]),
    ("h196-counted-people-they", 'Hundreds of students marched to the hall. "Bring back Okafor!" they chanted.',
     [("direct", "Bring back Okafor!", "they", "Hundreds of students")]),
    ("h196-counted-people-not-he", 'Hundreds of students marched to the hall. "It was calm," he said.',
     [("direct", "It was calm,", "he", None)]),
    # a first-person owner speaking (`In my view`) is unresolved, as `I` is (h196)
    ("h196-my-view-unresolved", 'In my view, the plan will fail.',
     [("indirect", "the plan will fail", "my", None)]),
    ("h196-our-view-unresolved", 'In our view, the plan will fail.',
     [("indirect", "the plan will fail", "our", None)]),
    # a description with a name set off after it stands for the name; one with none stands for itself (h196)
    ("h196-described-name-subject", "The city's finance director, Ann Ruiz, said the plan would fail.",
     [("indirect", "the plan would fail", "The city's finance director, Ann Ruiz", "Ann Ruiz")]),
    ("h196-description-alone-stays", 'Her lawyer said the plan would fail.',
     [("indirect", "the plan would fail", "Her lawyer", ANY)]),
    # African English-language press (h207): titles written short, capitalised offices before a name, a clause
    # of time set off between the speaker and the cue
    ("h207-arc-title", "Arc. Tunde Oyelami disclosed that the plans had been approved by the council.",
     [("indirect", "that the plans had been approved by the council", "Arc. Tunde Oyelami", ANY)]),
    ("h207-joan-of-arc-ends-sentence", "They staged a play about Joan of Arc. The director said it would tour.",
     [("indirect", "it would tour", "The director", ANY)]),
    ("h207-amb-title", "Amb. Peter Korir said the embassy would assist the stranded citizens.",
     [("indirect", "the embassy would assist the stranded citizens", "Amb. Peter Korir", ANY)]),
    ("h207-pst-title", "Pst. Enoch Adewale urged members of the church to pray for the nation.",
     [("indirect", "members of the church to pray for the nation", "Pst. Enoch Adewale", ANY)]),
    ("h207-evang-title", "Evang. Mary Uchenwa said the crusade would hold on Sunday.",
     [("indirect", "the crusade would hold on Sunday", "Evang. Mary Uchenwa", ANY)]),
    ("h207-rt-hon-title", "Rt. Hon. Femi Adegoke said the House would pass the budget next week.",
     [("indirect", "the House would pass the budget next week", "Rt. Hon. Femi Adegoke", ANY)]),
    ("h207-capitalised-office-of", "The Director-General of the agency, Dr. Sani Kolo, noted that the vaccines "
     "had arrived.",
     [("indirect", "that the vaccines had arrived", "The Director-General of the agency, Dr. Sani Kolo", ANY)]),
    ("h207-capitalised-chairman-of", "The Chairman of the commission, Prof. Musa Idoko, said the election would "
     "hold as planned.",
     [("indirect", "the election would hold as planned", "The Chairman of the commission, Prof. Musa Idoko",
       ANY)]),
    ("h207-while-clause-before-cue", "The party chairman, Mr. Ade Bello, while briefing newsmen, said the bill "
     "would be opposed.",
     [("indirect", "the bill would be opposed", "The party chairman, Mr. Ade Bello", ANY)]),
    ("h207-while-clause-capitalised-office", "The Minority Leader, Hon. Tunde Okoli, while addressing "
     "journalists, said the bill would be opposed.",
     [("indirect", "the bill would be opposed", "The Minority Leader, Hon. Tunde Okoli", ANY)]),
    ("h207-when-contacted-before-cue", "The governor, Mr. Kunle Abiodun, when contacted, said the matter was "
     "being investigated.",
     [("indirect", "the matter was being investigated", "The governor, Mr. Kunle Abiodun", ANY)]),
    ("h207-while-clause-plain-subject", "The senator, while speaking with reporters, said the bill would be "
     "opposed.",
     [("indirect", "the bill would be opposed", "The senator", ANY)]),
    # h206: `who` after a name and an age set off stands for the name, all its words; a participle's
    # phrase holding a whole quotation is no part of the speaker; a headline's people before `pay tribute`
    ("h206-who-after-name-and-age", "Police arrested John Smith, 34, who later told reporters that he had done "
     "nothing wrong.", [("indirect", "that he had done nothing wrong", "who", "John Smith")]),
    ("h206-who-after-noun-and-age", "Police questioned a local man, 34, who later told reporters that he had done "
     "nothing wrong.", [("indirect", "that he had done nothing wrong", "who", "a local man")]),
    ("h206-participle-with-quotation", 'The town, named "Britain\'s friendliest" last year, called it "a disgrace '
     'to the valley".', [("mixed", 'it "a disgrace to the valley"', "The town", ANY)]),
    ("h206-headline-family-pay-tribute", "'We are devastated': family pay tribute to teenager killed in crash\n\n"
     "The boy, 16, died at the scene.", [("direct", "We are devastated", "family", ANY)]),
    # h206: a titled name `and` another titled name (a title in lower case among its words) are two people, for
    # `they`; a second name joined after an aside set off keeps the join; a description with its `of` phrase
    # before a name set off stands for the name
    ("h206-they-two-titled-names", "Mayor Jo Hart and Police chief Tom Vale met on Monday.\n\nThey said the "
     "bridge would reopen.", [("indirect", "the bridge would reopen", "They",
                               "Mayor Jo Hart and Police chief Tom Vale")]),
    ("h206-they-two-titled-names-lower-title", 'Sen. Jo Hart and fire chief Tom Vale met on Monday. "We agreed," '
     'they said.', [("direct", "We agreed,", "they", "Sen. Jo Hart and fire chief Tom Vale")]),
    ("h206-joined-qualifiers-one-person", "Former Liverpool and England striker Tom Vale signed on Monday.\n\nHe "
     "said the move was right.", [("indirect", "the move was right", "He",
                                   "Former Liverpool and England striker Tom Vale")]),
    ("h206-joined-lower-qualifier-one-person", "Noted Welsh and corporate speaker Lance Dale spoke on Monday. The "
     "Welsh speaker said that he backed the plan.", [("indirect", "that he backed the plan", "The Welsh speaker",
                                                      "Noted Welsh and corporate speaker Lance Dale")]),
    ("h206-pair-after-ages", "Tom Vale, 61, a retired baker, and his wife Mary, 58, said they had lived there for "
     "30 years.", [("indirect", "they had lived there for 30 years", "Tom Vale, 61, a retired baker, and his wife "
                    "Mary, 58", ANY)]),
    ("h206-described-name-of-phrase", '"We did everything we could," said the head of the rescue team, Sam Okoro, '
     '52.', [("direct", "We did everything we could,", "the head of the rescue team, Sam Okoro", "Sam Okoro")]),
    # h206: a name with a nickname in marks: the subject within the nickname stands for the name; an age
    # set off after it is no part of it
    ("h206-nickname-subject", 'Striker Leo "The Cat" Mendes said the team had let the fans down.',
     [("indirect", "the team had let the fans down", 'Striker Leo "The Cat" Mendes', ANY)]),
    ("h206-nickname-then-age", 'Boxer Tom "Hammer" Reed, 29, told reporters he would fight again.',
     [("indirect", "he would fight again", 'Boxer Tom "Hammer" Reed', ANY)]),
    # h206: a described name with `one` before its noun, an honorific before its owner, an age after the name
    ("h206-described-name-one-passenger", '"It was chaos," said one passenger, Mark Lee, who was travelling to '
     'Leeds.', [("direct", "It was chaos,", "one passenger, Mark Lee", "Mark Lee")]),
    ("h206-described-name-honorific-owner", "Ms Bell's husband, Peter, said the family was proud.",
     [("indirect", "the family was proud", "Ms Bell's husband, Peter", "Peter")]),
    ("h206-described-name-then-age", "The victim's mother, Sarah Jones, 41, said her son had been bullied.\n\nShe "
     "added that the family wanted answers.",
     [("indirect", "her son had been bullied", "The victim's mother, Sarah Jones", "Sarah Jones"),
      ("indirect", "that the family wanted answers", "She", "Sarah Jones")]),
    ("h206-headline-no-people-nothing", "'Closed for good': Town centre shops empty after fire\n\nThe fire "
     "started overnight.", []),
    # an owned claim that a verb's object names is its owner's words, however the parse hung its clause (h205)
    ("h205-owned-claim-disputed", "Residents disputed his claim that the road was safe.",
     [("indirect", "his claim", "Residents", ANY), ("indirect", "that the road was safe", "his", ANY)]),
    # a form spelt as its noun too, with a predicate after its `that` clause, is a noun phrase, nobody's words (h205)
    ("h205-forecast-noun-subject", "The weather forecast that rain would fall on Sunday was wrong.", []),
    ("h205-forecast-verb-kept", "The agency forecast that rain would fall where crops were planted.",
     [("indirect", "that rain would fall where crops were planted", "The agency", ANY)]),
    # a document speaks (h205)
    ("h205-email-said", "The email said the meeting was cancelled.",
     [("indirect", "the meeting was cancelled", "The email", ANY)]),
    ("h205-asked-on-tv-whether", "Asked on CNN whether he would run, Smith said he had not decided.",
     [("indirect", "whether he would run", None, None), ("indirect", "he had not decided", "Smith", ANY)]),
    # speaker spans and resolution (h216): a company's legal form after its comma is its name's, the description
    # set off after it is not; a name set off after a description is whom the description names
    ("h216-suffix-then-description", "Riverbank Foods, LLC, a family-owned grocer, said it would open two stores.",
     [("indirect", "it would open two stores", "Riverbank Foods, LLC", "Riverbank Foods, LLC")]),
    ("h216-for-office-any-name", "A spokeswoman for Acme, Carla Ruiz, said the plant would close next year.",
     [("indirect", "the plant would close next year", "A spokeswoman for Acme, Carla Ruiz", "Carla Ruiz")]),
    ("h216-lawyer-for-corp-name", "A lawyer for Acme Corp., Ann Ruiz, said the suit had no merit.",
     [("indirect", "the suit had no merit", "A lawyer for Acme Corp., Ann Ruiz", "Ann Ruiz")]),
    ("h216-place-state-police", "A spokesman for the Springfield, Ohio, police said the road was closed.",
     [("indirect", "the road was closed", "A spokesman for the Springfield, Ohio, police", ANY)]),
    ("h216-place-state-not-a-name", "The mayor of Portland, Oregon, said the budget was balanced.",
     [("indirect", "the budget was balanced", "The mayor of Portland, Oregon", "The mayor of Portland, Oregon")]),
    ("h216-place-two-word-state", "The mayor of Trenton, New Jersey, said the budget was balanced.",
     [("indirect", "the budget was balanced", "The mayor of Trenton, New Jersey", "The mayor of Trenton, New Jersey")]),
    ("h216-governor-of-place-name", "The governor of Lagos, Babajide Ade, said the roads would be fixed.",
     [("indirect", "the roads would be fixed", "The governor of Lagos, Babajide Ade", "Babajide Ade")]),
    ("h216-after-meeting-set-off", "The union's secretary, Mr. Jo Ade, after the meeting, said the talks had failed.",
     [("indirect", "the talks had failed", "The union's secretary, Mr. Jo Ade", "Mr. Jo Ade")]),
    ("h216-parenthetical-tag-not-joined", "The trouble, Frank said, began in the spring.",
     [("indirect", "The trouble began in the spring", "Frank", "Frank")]),
    # an owner's gender is not the gender of what it owns (h216)
    ("h216-owner-gender-husband", 'Ms Bell\'s husband, Peter, said the family was grateful.\n\nHe added: "We thank '
     'everyone who helped."',
     [("indirect", "the family was grateful", "Ms Bell's husband, Peter", "Peter"),
      ("direct", "We thank everyone who helped.", "He", "Peter")]),
    ("h216-owner-gender-lawyer", "Mr. Lee's lawyer said the charges were false. She added that he would appeal.",
     [("indirect", "the charges were false", "Mr. Lee's lawyer", "Mr. Lee's lawyer"),
      ("indirect", "that he would appeal", "She", "Mr. Lee's lawyer")]),
    ("h216-owner-gender-spokesman", "Mrs. Okafor's spokesman said the emails were private. He added that she had "
     "done nothing wrong.",
     [("indirect", "the emails were private", "Mrs. Okafor's spokesman", "Mrs. Okafor's spokesman"),
      ("indirect", "that she had done nothing wrong", "He", "Mrs. Okafor's spokesman")]),
    ("h216-for-place-state-not-a-name", "A spokesman for Springfield, New Jersey, said the road was closed.",
     [("indirect", "the road was closed", "A spokesman for Springfield, New Jersey",
       "A spokesman for Springfield, New Jersey")]),
    # no one rejects their own claim: the owner is not the rejecting verb's subject (h216)
    ("h216-rejected-their-claim", "Residents rejected their claim that the town was at risk.",
     [("indirect", "that the town was at risk", "their", None)]),
    # religion and faith pages (h214): a participle of quoting scripture before the verse is no part of it
    ("h214-quoting-scripture-opener", 'Quoting the Book of Psalms, "The Lord is my shepherd; I shall not want," the '
     'bishop urged calm.', [("direct", "The Lord is my shepherd; I shall not want,", "the bishop", ANY)]),
    ("h214-quoting-the-psalms-colon", 'Quoting the Psalms, the bishop said: "The Lord is near to the broken-hearted."',
     [("direct", "The Lord is near to the broken-hearted.", "the bishop", ANY)]),
    # a hymn or prayer sung or recited by its title is nobody's words (h214)
    ("h214-hymn-sung-then-prayer-said", 'Mourners sang "Amazing Grace," and the priest said a prayer.', []),
    ("h214-prayer-recited", 'The congregation recited the "Hail Mary" before the service ended.', []),
    ("h214-hymn-noun", 'The hymn "How Great Thou Art" was sung at the start of the service.', []),
    ("h214-hymns-sung", 'The choir sang "Be Thou My Vision" and "Amazing Grace."', []),
    # clergy titles and forms of address as speakers (h214)
    ("h214-rev-homily", '"We are called to welcome the stranger," the Rev. Jane Doe said in her homily on Sunday.',
     [("direct", "We are called to welcome the stranger,", "the Rev. Jane Doe", "the Rev. Jane Doe")]),
    ("h214-imam-sermon", '"We stand together in grief," Imam Yusuf Ali said in a sermon on Friday.',
     [("direct", "We stand together in grief,", "Imam Yusuf Ali", ANY)]),
    ("h214-vatican-statement", "The Vatican said in a statement that the pope would visit Kenya in March.",
     [("indirect", "that the pope would visit Kenya in March", "The Vatican", ANY)]),
    ("h214-according-to-church", "According to church officials, the cathedral will reopen in May.",
     [("indirect", "the cathedral will reopen in May", "church officials", ANY)]),
    ("h214-synod-voted", "The synod voted to allow the blessing of civil marriages.", []),
    # Australian and New Zealand press: ranks of two or three words, `Cr`, a capitalised office set off before a
    # name, a station's call sign its state's digit first (h213)
    ("h213-assistant-commissioner-surname", "NSW Police Assistant Commissioner Tom Vale said the inquiry was "
     "continuing.\n'We are appealing for witnesses,' Assistant Commissioner Vale said.",
     [("indirect", "the inquiry was continuing", "NSW Police Assistant Commissioner Tom Vale", ANY),
      ("direct", "We are appealing for witnesses,", "Assistant Commissioner Vale",
       "NSW Police Assistant Commissioner Tom Vale")]),
    ("h213-det-insp-surname", "Detective Inspector Jo Hart said the man was arrested.\n'He was taken into custody "
     "without incident,' Det Insp Hart said.",
     [("indirect", "the man was arrested", "Detective Inspector Jo Hart", ANY),
      ("direct", "He was taken into custody without incident,", "Det Insp Hart", "Detective Inspector Jo Hart")]),
    ("h213-cr-surname", "Councillor Ann Ruiz said the rates rise was too high.\n'Ratepayers are hurting,' Cr Ruiz "
     "said.",
     [("indirect", "the rates rise was too high", "Councillor Ann Ruiz", ANY),
      ("direct", "Ratepayers are hurting,", "Cr Ruiz", "Councillor Ann Ruiz")]),
    ("h213-prime-minister-surname", "Prime Minister Tom Vale spoke first.\n'We will fight,' Prime Minister Vale "
     "said.", [("direct", "We will fight,", "Prime Minister Vale", "Prime Minister Tom Vale")]),
    ("h213-rank-not-a-given-name", "Sen. Jo Hart spoke first.\n'No,' Gov. Hart said.",
     [("direct", "No,", "Gov. Hart", "Gov. Hart")]),
    ("h213-capitalised-office-set-off", "The Treasurer, Jo Hart, said the budget was in surplus.",
     [("indirect", "the budget was in surplus", "The Treasurer, Jo Hart", "Jo Hart")]),
    ("h213-capitalised-office-portfolio", "The Minister for Regional Development, Ann Ruiz, said the road would "
     "open.", [("indirect", "the road would open", "The Minister for Regional Development, Ann Ruiz", "Ann Ruiz")]),
    ("h213-capitalised-office-place-not-a-name", "The Mayor of Springfield, New Jersey, said the road would open.",
     [("indirect", "the road would open", "The Mayor of Springfield, New Jersey",
       "The Mayor of Springfield, New Jersey")]),
    ("h213-owner-office-honorific", "The state's Chief Health Officer, Dr Jo Vale, said case numbers were rising.",
     [("indirect", "case numbers were rising", "The state's Chief Health Officer, Dr Jo Vale", "Dr Jo Vale")]),
    ("h213-owner-office-place-not-a-name", "The Treasurer's Office, Canberra, said the road would open.",
     [("indirect", "the road would open", "The Treasurer's Office, Canberra", "The Treasurer's Office, Canberra")]),
    ("h213-office-no-article-given-name", "Labor MP for Bass, Ann Ruiz, said the funding was welcome.",
     [("indirect", "the funding was welcome", "Labor MP for Bass, Ann Ruiz", "Ann Ruiz")]),
    ("h213-names-listed-not-an-office", "Ruiz, Senator Hart said the deal would close.",
     [("indirect", "the deal would close", "Senator Hart", "Senator Hart")]),
    ("h213-shadow-office-later", "The Shadow Treasurer, Tom Vale, said the tax would go.\n'Rubbish,' the Shadow "
     "Treasurer said.",
     [("indirect", "the tax would go", "The Shadow Treasurer, Tom Vale", "Tom Vale"), ("direct", "Rubbish,", "the Shadow Treasurer", "Tom Vale")]),
    ("h213-state-call-sign-owner", "Mr Hart told 2GB's Jo Ray the policy was madness.",
     [("indirect", "the policy was madness", "Mr Hart", ANY)]),
    ("h213-state-call-sign-alone", "A caller told 3AW she had waited for hours.",
     [("indirect", "she had waited for hours", "A caller", ANY)]),
    # `on` and a broadcaster's name between the cue and its clause: where it was said (h213)
    ("h213-said-on-broadcaster", "The Premier said on ABC Radio Hobart this morning the ferry would sail.",
     [("indirect", "the ferry would sail", "The Premier", ANY)]),
    ("h213-said-on-broadcaster-that", "She said on Sky News that the trains would run.",
     [("indirect", "that the trains would run", "She", ANY)]),
    # a Maori name the tagger split at a word it took for `whose` (h213)
    ("h213-maori-name-wh-word", "Te Whatu Ora said the ward would reopen.",
     [("indirect", "the ward would reopen", "Te Whatu Ora", "Te Whatu Ora")]),
    # a paragraph in single marks after a tag in single marks, in a text with double marks elsewhere: more of
    # that quotation; a heading's words stay dropped (h213)
    ("h213-single-marks-next-paragraph", "Mr Hart said the plan would \"work\".\n\n'We will not be distracted,' "
     "he said.\n\n'Voters expect us to deliver.'",
     [("mixed", 'the plan would "work"', "Mr Hart", ANY),
      ("direct", "We will not be distracted, Voters expect us to deliver.", "he", "Mr Hart")]),
    ("h213-single-marks-heading-after-tag", "Mr Hart said the plan would \"work\".\n\n'We will win,' he said."
     "\n\n'Shock and awe'\n\nThe boats stayed in.",
     [("mixed", 'the plan would "work"', "Mr Hart", ANY), ("direct", "We will win,", "he", "Mr Hart")]),
    # h220: main verbs the parse loses after a phrase set off by commas, a title tagged as a verb, a joined
    # speaker, the one quoted
    ("h220-set-off-phrase-urged", "The governor, in a video message posted on social media, urged residents to "
     "stay indoors.", [("indirect", "residents to stay indoors", "The governor", ANY)]),
    ("h220-set-off-participle-urged", "The governor, speaking on television, urged residents to stay indoors.",
     [("indirect", "residents to stay indoors", "The governor", ANY)]),
    ("h220-set-off-phrase-name", "Police, in a statement issued late on Friday, urged witnesses to come forward.",
     [("indirect", "witnesses to come forward", "Police", ANY)]),
    ("h220-set-off-clause-told", "The union leader, after talks broke down, told members to prepare for a strike.",
     [("indirect", "members to prepare for a strike", "The union leader", ANY)]),
    ("h220-set-off-phrase-no-report", "The mayor, in a rare move, fired the police chief.", []),
    ("h220-set-off-phrase-no-report-2", "The team, in a video posted online, celebrated the win.", []),
    ("h220-title-tagged-verb", 'Rovers striker Tom "The Tank" Hale said the team was ready.',
     [("indirect", "the team was ready", 'Rovers striker Tom "The Tank" Hale', ANY)]),
    ("h220-title-nickname-inverted", '"We will win," said Rovers striker Tom "The Tank" Hale.',
     [("direct", "We will win,", 'Rovers striker Tom "The Tank" Hale', ANY)]),
    ("h220-joined-relative", "Ann Ruiz, who chairs the board, and Tom Vale said the plan would fail.",
     [("indirect", "the plan would fail", "Ann Ruiz, who chairs the board, and Tom Vale", ANY)]),
    ("h220-joined-description", "Ann Ruiz, a lawyer for the family, and Tom Vale, a neighbour, said the fire "
     "started at night.", [("indirect", "the fire started at night", "Ann Ruiz, a lawyer for the family, and Tom Vale",
                            ANY)]),
    ("h220-joined-not-a-clause", "Ann Ruiz left early and Tom Vale said the plan would fail.",
     [("indirect", "the plan would fail", "Tom Vale", ANY)]),
    ("h220-quoted-as-calling", 'State media quoted the leader as calling for "maximum vigilance."',
     [("mixed", 'for "maximum vigilance."', "the leader", ANY)]),
    ("h220-written-statement-occasion", "The company, in a written statement, said the claims were false.",
     [("indirect", "the claims were false", "The company", ANY)]),
    ("h220-quoted-as-warning", 'The ministry quoted the general as warning of "severe consequences."',
     [("mixed", 'of "severe consequences."', "the general", ANY)]),
    # an owned claim is its owner's, whatever the parse made of `her` or of the clause (h219)
    ("h219-dismissed-her-claim", "Critics dismissed her claim that the vote was rigged.",
     [("indirect", "that the vote was rigged", "her", None)]),
    ("h219-disputed-his-claim", "Critics disputed his claim that the vote was rigged.",
     [("indirect", "his claim", "Critics", ANY), ("indirect", "that the vote was rigged", "his", None)]),
    ("h219-their-warning", "Residents rejected their warning that the dam would fail.",
     [("indirect", "that the dam would fail", "their", None)]),
    ("h219-unowned-claim-stays", "Critics disputed the claim that the vote was rigged.",
     [("indirect", "the claim that the vote was rigged", "Critics", ANY)]),
    ("h219-owned-claim-no-clause", "Critics disputed his claim.",
     [("indirect", "his claim", "Critics", ANY)]),
    ("h219-relative-on-owned-claim", "Voters rejected her claim that he made.", []),
    ("h219-reiterated-his-claim", "He reiterated his claim that the mayor had bullied the staff.",
     [("indirect", "his claim that the mayor had bullied the staff", "He", ANY)]),
    ("h219-noted-his-insistence", "The board noted his insistence that the audit be public.",
     [("indirect", "his insistence", "The board", ANY), ("indirect", "that the audit be public", "his", ANY)]),
    ("h219-blamed-press-owned-claim", "The governor blamed the press for making an issue out of his claim that the "
     "bridge was unsafe.", [("indirect", "the press for making an issue out of his claim", "The governor", ANY),
                            ("indirect", "that the bridge was unsafe", "his", ANY)]),
    # a possessive `her` the parse took for an object opens the object's noun phrase (h219)
    ("h219-her-ties", "She disclosed her ties to the mayor.",
     [("indirect", "her ties to the mayor", "She", ANY)]),
    # where a post is held, between the description's noun and the name set off after it (h219)
    ("h219-lawmaker-in-the-house", "A lawmaker in the House, Mr. Dele Ojo, said the vote was unfair.",
     [("indirect", "the vote was unfair", "A lawmaker in the House, Mr. Dele Ojo", "Mr. Dele Ojo")]),
    ("h219-teacher-in-the-district", "A teacher in the district, Jo Hart, said classes would resume.",
     [("indirect", "classes would resume", "A teacher in the district, Jo Hart", "Jo Hart")]),
    ("h219-nurse-at-the-clinic", "A nurse at the clinic, Ann Ruiz, said the wait was long.",
     [("indirect", "the wait was long", "A nurse at the clinic, Ann Ruiz", "Ann Ruiz")]),
    ("h219-minority-leader-in-the-house", "The Minority Leader in the House, Hon. Tunde Okoli, said the budget "
     "was late.", [("indirect", "the budget was late", "The Minority Leader in the House, Hon. Tunde Okoli", ANY)]),
    ("h219-minority-leader-while", "The Minority Leader in the House, Hon. Tunde Okoli, while addressing "
     "journalists, said the budget was late.",
     [("indirect", "the budget was late", "The Minority Leader in the House, Hon. Tunde Okoli", ANY)]),
    ("h219-in-the-house-opener", "In the House, Mr. Dele Ojo said the vote was unfair.",
     [("indirect", "the vote was unfair", "Mr. Dele Ojo", ANY)]),
    ("h219-mayor-in-place-state", "The mayor in Springfield, Ohio, said taxes would rise.",
     [("indirect", "taxes would rise", "The mayor in Springfield, Ohio", "The mayor in Springfield, Ohio")]),
    # no one scorns or doubts their own words: a possessive owning a noun of a saying after such a verb is not
    # the verb's subject (h223)
    ("h223-ridiculed-their-suggestion", "Neighbours ridiculed their suggestion that the park be sold.",
     [("indirect", "that the park be sold", "their", None)]),
    ("h223-mocked-his-rivals-kept", "The mayor mocked his rivals. He said they were weak.",
     [("indirect", "they were weak", "He", "The mayor")]),
    # East Asian and Gulf press (h225): a Chinese or Korean surname written before the given names, and a Gulf
    # ruler's name running on through each father's name to the family's
    ("h225-surname-first-spokesperson", "Foreign Ministry spokesperson Wang Wenbin told a regular press briefing "
     'on Monday that China opposed the move.\n\n"The report is full of lies," Wang said.',
     [("indirect", "that China opposed the move", "Foreign Ministry spokesperson Wang Wenbin", ANY),
      ("direct", "The report is full of lies,", "Wang", "Wang Wenbin")]),
    ("h225-surname-first-premier", '"We will deepen reform," Premier Li Qiang told reporters. Li added that growth '
     "targets remained within reach.",
     [("direct", "We will deepen reform,", "Premier Li Qiang", "Premier Li Qiang"),
      ("indirect", "that growth targets remained within reach", "Li", "Premier Li Qiang")]),
    ("h225-quoted-as-surname-first", "Kim Jong Un inspected the base on Monday.\n\nKCNA quoted Kim as saying "
     'that the country "will never give up" its weapons.',
     [("mixed", 'that the country "will never give up" its weapons', "Kim", "Kim Jong Un")]),
    ("h225-surname-last-stays", 'Coach Tom Lee watched from the bench.\n\n"We were tired," Lee said.',
     [("direct", "We were tired,", "Lee", "Coach Tom Lee")]),
    ("h225-gulf-patronyms-and-family", "His Highness Sheikh Mohammed bin Rashid Al Maktoum said the city would "
     'remain a hub for talent.\n\n"Our goal is to be the best city in the world," Sheikh Mohammed said.',
     [("indirect", "the city would remain a hub for talent", "His Highness Sheikh Mohammed bin Rashid Al Maktoum",
       ANY),
      ("direct", "Our goal is to be the best city in the world,", "Sheikh Mohammed",
       "His Highness Sheikh Mohammed bin Rashid Al Maktoum")]),
    ("h225-ministry-is-no-spokesperson", "Foreign Ministry spokesperson Wang Wenbin told reporters that the talks "
     "had failed.\n\nThe ministry said in a statement that new rules would take effect next month.",
     [("indirect", "that the talks had failed", "Foreign Ministry spokesperson Wang Wenbin", ANY),
      ("indirect", "that new rules would take effect next month", "The ministry", "Foreign Ministry")]),
    # a nickname in marks within a name is the name's: a later surname is the whole name
    ("h258-nickname-fullest-name", 'Heavyweight Tom "The Hammer" Vale said he was ready for the rematch.\n\n'
     '"I am going to knock him out," Vale said on Tuesday.',
     [("indirect", "he was ready for the rematch", 'Heavyweight Tom "The Hammer" Vale', ANY),
      ("direct", "I am going to knock him out,", "Vale", 'Heavyweight Tom "The Hammer" Vale')]),
    # an age and a nation's noun together are a second mention of the player just named
    ("h258-age-and-nation-epithet", 'Rhys Hale scored twice for Rovers on Saturday.\n\n"It was a special night," '
     'the 31-year-old Welshman said.',
     [("direct", "It was a special night,", "the 31-year-old Welshman", "Rhys Hale")]),
    ("h258-age-and-nation-same-age", 'Rhys Hale, 31, scored twice for Rovers on Saturday.\n\n"It was a special '
     'night," the 31-year-old Welshman said.',
     [("direct", "It was a special night,", "the 31-year-old Welshman", "Rhys Hale")]),
    ("h258-age-and-nation-other-age", 'Rhys Hale, 24, scored twice for Rovers on Saturday.\n\n"It was a special '
     'night," the 31-year-old Welshman said.',
     [("direct", "It was a special night,", "the 31-year-old Welshman", "the 31-year-old Welshman")]),
    ("h258-city-demonym-epithet", 'Jamie Holt returned from injury last month.\n\n"I feel great," the Londoner '
     'said.', [("direct", "I feel great,", "the Londoner", "Jamie Holt")]),
    # a name inside what `the club` reports is never the club (English says `it` or `he` there)
    ("h258-club-is-not-the-one-it-names", 'Rovers lost their third match in a row on Saturday.\n\n"We were poor," '
     'Vale said.\n\nThe club confirmed on Friday that Vale would stay.',
     [("direct", "We were poor,", "Vale", "Vale"),
      ("indirect", "that Vale would stay", "The club", "The club")]),
    # a lone name opening the sentence before a description closed by a comma right before the verb
    ("h258-lone-name-before-apposition", "Zhou, the defending champion, said she was feeling confident.",
     [("indirect", "she was feeling confident", "Zhou", "Zhou")]),
    ("h258-linking-adverb-no-apposition", "Meanwhile, the defending champion said she was feeling confident.",
     [("indirect", "she was feeling confident", "the defending champion", ANY)]),
    # h251: a one-word reply (`"Good."`) alone in the paragraph after another's tagged turn answers it: no speaker,
    # or in an exchange of two the other one's; a longer turn is the tagged speaker going on
    ("h251-reply-word-after-exclamation", '"I heard that!" Reyes shouted.\n\n"Good."',
     [("direct", "I heard that!", "Reyes", "Reyes"), ("direct", "Good.", None, None)]),
    ("h251-reply-word-after-statement", '"We will rebuild the mill," Reyes said.\n\n"Fine."',
     [("direct", "We will rebuild the mill,", "Reyes", "Reyes"), ("direct", "Fine.", None, None)]),
    ("h251-reply-word-in-exchange", '"We lost," Ruiz said.\n\n"I heard that!" Hale shouted.\n\n"Good."',
     [("direct", "We lost,", "Ruiz", "Ruiz"), ("direct", "I heard that!", "Hale", "Hale"),
      ("direct", "Good.", "Ruiz", "Ruiz")]),
    ("h251-no-reply-word-goes-on", '"We will rebuild the mill," Reyes said.\n\n"Good luck stopping us."',
     [("direct", "We will rebuild the mill, Good luck stopping us.", "Reyes", "Reyes")]),
    # h251: a tag that brings someone in (`when her nephew comes through the door`) hands the next untagged
    # paragraph to the one who came in; a tag that brings in no one, or one who leaves, leaves the speaker going on
    ("h251-entering-one-answers", '"You\'re late," she says when her nephew comes through the back door.\n\n'
     '"The bus broke down."',
     [("direct", "You're late,", "she", None), ("direct", "The bus broke down.", "her nephew", "her nephew")]),
    ("h251-entering-named-answers", '"Dinner is ready," Ana Ruiz said as her son walked in from the yard.\n\n'
     '"I already ate."',
     [("direct", "Dinner is ready,", "Ana Ruiz", "Ana Ruiz"), ("direct", "I already ate.", "her son", "her son")]),
    ("h251-interview-tag-goes-on", '"We will appeal," Ruiz said in an interview on Monday.\n\n'
     '"The ruling ignores the evidence."',
     [("direct", "We will appeal, The ruling ignores the evidence.", "Ruiz", "Ruiz")]),
    ("h251-leaving-one-no-answer", '"We will appeal," Ruiz said after the judge walked out.\n\n'
     '"The ruling ignores the evidence."',
     [("direct", "We will appeal, The ruling ignores the evidence.", "Ruiz", "Ruiz")]),
    ("h251-thing-arriving-no-answer", '"We will appeal," Ruiz said when the verdict came.\n\n'
     '"The ruling ignores the evidence."',
     [("direct", "We will appeal, The ruling ignores the evidence.", "Ruiz", "Ruiz")]),
    # h251: a quotation that is its sentence, then `With that,` and one who acts: that one said it; not a thing, nor
    # where a turn before it goes on
    ("h251-acted-after-pronoun", '"We are done." With that, she left the room.',
     [("direct", "We are done.", "she", None)]),
    ("h251-acted-after-name", 'The hearing ran late.\n\n"I have nothing more to say." At that, Judge Ana Ruiz rose.',
     [("direct", "I have nothing more to say.", "Judge Ana Ruiz", "Judge Ana Ruiz")]),
    ("h251-acted-after-thing-nothing", '"We are done." With that, the door closed.', []),
    ("h251-acted-after-turn-goes-on", '"We won," she said.\n\n"We are done." With that, she left the room.',
     [("direct", "We won, We are done.", "she", None)]),
    # h251: the writer's `I` is never the `she` of the turn before: the answer after the writer's question is
    # another's, not the writer going on
    ("h251-writer-asks-after-she", '"We sold bread out of the window," she recalls.\n\n'
     '"Do you ever think about stopping?" I ask.\n\n"Every day."',
     [("direct", "We sold bread out of the window,", "she", None),
      ("direct", "Do you ever think about stopping?", "I", None), ("direct", "Every day.", "she", None)]),
    # h251: a cry tagged by a verb no cue list holds, read from the words, after the `!` that closes it
    ("h251-cry-read-tag", 'Solis shook her head.\n\n"I have not ruined a roll since 2015!" Diego protested.',
     [("direct", "I have not ruined a roll since 2015!", "Diego", "Diego")]),
    ("h251-cry-present-tag", 'Solis shook her head.\n\n"I have not ruined a roll since 2015!" Diego protests.',
     [("direct", "I have not ruined a roll since 2015!", "Diego", "Diego")]),
    ("h251-reply-word-after-read-tag", 'Solis shook her head.\n\n"I have not ruined a roll!" Diego protests.\n\n'
     '"Good."', [("direct", "I have not ruined a roll!", "Diego", "Diego"), ("direct", "Good.", None, None)]),
]


# (id, text, [(type, exact quote text, exact speaker text)]): every quote, with exact boundaries.
EXACT_CASES: list[tuple[str, str, list[tuple[str, str, str | None]]]] = [
    ("manner-gushed", '"This is the best day of my life," she gushed.',
     [("direct", "This is the best day of my life,", "she")]),
    ("manner-fumed", '"They have no idea what they are doing," Smith fumed on Monday.',
     [("direct", "They have no idea what they are doing,", "Smith")]),
    ("manner-snapped-inverted", '"Get out of my office," snapped the senator.',
     [("direct", "Get out of my office,", "the senator")]),
    ("manner-cried-pronoun-inverted", '"We will not back down," cried he.',
     [("direct", "We will not back down,", "he")]),
    ("manner-sighed", '"It has been a very long week," the mayor sighed.',
     [("direct", "It has been a very long week,", "the mayor")]),
    ("manner-verb-without-words", "The children cried all night after the storm.", []),
    ("manner-verb-of-things", "Oil gushed from the broken pipe for three days.", []),
    # speech verbs of complaint, mockery and hinting (issue #17, class 2): cues wherever they stand
    ("manner-groused-that", 'The senator groused that the hearing had been "a waste of everyone\'s time."',
     [("mixed", 'that the hearing had been "a waste of everyone\'s time."', "The senator")]),
    ("manner-sniped-that", 'The coach sniped that the referees had "never seen a real game."',
     [("mixed", 'that the referees had "never seen a real game."', "The coach")]),
    ("manner-lectured-listener", '"Nobody reads the fine print anymore," the professor lectured his students.',
     [("direct", "Nobody reads the fine print anymore,", "the professor")]),
    ("manner-demurred-colon", 'Asked about the delay, the mayor demurred: "That is a question for the engineers."',
     [("indirect", "the delay", None), ("direct", "That is a question for the engineers.", "the mayor")]),
    ("hinting-intimated", "The governor has intimated that she will not seek a second term.",
     [("indirect", "that she will not seek a second term", "The governor")]),
    ("manner-verb-of-weather", "The economy thundered ahead for most of the spring.", []),
    ("manner-form-as-noun", "Hunters shot a grouse near the lake on Sunday.", []),
    ("manner-form-as-adjective", "The moaning wind kept the campers awake all night.", []),
    ("surface-cue-comma", '"The party has lost its way on trade and on taxes," Viguerie notes.',
     [("direct", "The party has lost its way on trade and on taxes,", "Viguerie")]),
    ("naming-participle", 'Romney attacked Trump over his taxes on Wednesday, calling it "disqualifying for any '
                          'candidate."',
     [("mixed", 'it "disqualifying for any candidate."', "Romney")]),
    ("naming-conjunct", 'The senator read the plan and called it "a useful basis for our talks."',
     [("mixed", 'it "a useful basis for our talks."', "The senator")]),
    ("naming-passive-participle", 'She runs a group called "Mothers Against Drunk Driving in Ohio" in her town.', []),
    ("short-utterance-handed-over", '"Safety," said Grimm, a retired nurse. "Safety for the whole country, everybody."',
     [("direct", "Safety, Safety for the whole country, everybody.", "Grimm")]),
    ("short-utterance-set-off", 'Asked whether he would run again, Mr. Lee shook his head and said, "No."',
     [("indirect", "whether he would run again", None), ("direct", "No.", "Mr. Lee")]),
    ("short-term-within-narration", 'Officials said the talks ran into the "peace plan" problem again.',
     [("mixed", 'the talks ran into the "peace plan" problem again', "Officials")]),
    ("named-title-podcast", 'She co-hosts the weekly podcast "Not Much Has Changed Here."', []),
    ("named-title-slogan", 'Supporters wore red hats printed with the slogan "Keep The Country Strong."', []),
    ("title-case-words-with-a-cue", '"We Will Never Surrender To Them," he said.',
     [("direct", "We Will Never Surrender To Them,", "he")]),
    ("surmised", '"Nobody wants to wait another year for the bridge," he surmised.',
     [("direct", "Nobody wants to wait another year for the bridge,", "he")]),
    ("wondered-aloud", '"Will she run for governor next year?" a volunteer at the front desk wondered aloud.',
     [("direct", "Will she run for governor next year?", "a volunteer at the front desk")]),
    ("text-read", '"Vote for the other guy next time," the sign read.',
     [("direct", "Vote for the other guy next time,", "the sign")]),
    ("text-reads-inverted", '"We will never forget the men who died here," reads the plaque on the wall.',
     [("direct", "We will never forget the men who died here,", "the plaque on the wall")]),
    ("reading-a-title", 'The children read "The Old Man and the Sea" on the long flight home.', []),
    # a name and colon open the line: the clause after the colon is theirs, quoted in part (`colon-clause`)
    ("colon-clause-headline", 'Sanders: Endorsements show Clinton is "the candidate of the establishment."',
     [("mixed", 'Endorsements show Clinton is "the candidate of the establishment."', "Sanders")]),
    ("colon-clause-paragraph", 'Maria Lopez: Budget deal is "the best we could get under the circumstances."\n\n'
                               'The House voted on Friday.',
     [("mixed", 'Budget deal is "the best we could get under the circumstances."', "Maria Lopez")]),
    # no speaker, and no quote before it to float from: `unclaimed` drops it
    ("label-rubric-is-no-speaker", 'The Latest: Senate bill "a step in the right direction for the country."', []),
    ("label-letter-is-no-speaker", 'Q: Budget deal "the best we could get under the circumstances"?', []),
    # `interview-answer`: a lone `Q:` in prose, or a question with no answer, is no interview
    ("letter-q-in-prose", 'The sign read Q: and nothing else.', []),
    ("question-without-answer", 'The mayor, Ann Ruiz, met us.\n\nQ: Will you run again?\n\nShe smiled.', []),
    ("answer-before-any-question", 'The mayor spoke.\n\nA: We are ready.\n\nQ: For what?', []),
    # the answer with its own offsets, the label left out; a name label mixed in stays `label-turn`'s
    # the interviewee: the subject of a sentence before, past a group's (`her fans`)
    ("interview-answer-past-group", 'The singer Ana Vidal is back. Her fans never doubted it.\n\nQ: Why now?'
                                    '\n\nA: I felt it was time.',
     [("direct", "I felt it was time.", "A")]),
    ("interview-answer-offsets", 'We talked with the coach, Ida Lund.\n\nQ: Tired?\n\nA: Very.\n\nQ: And now?\n\nLUND: Sleep.'
                            '\n\nHALE: Good luck.',
     [("direct", "Very.", "A"), ("direct", "Sleep.", "LUND"), ("direct", "Good luck.", "HALE")]),
    ("surface-cue-needs-a-handover", 'Voters in the "early primary states" report long lines.', []),
    ("own-cue-not-narrator", 'The crowd cheered loudly. "We need to keep going," she said.',
     [("direct", "We need to keep going,", "she")]),
    ("narrator-subject-uncued", 'The crowd cheered loudly. "And we will win big."',
     [("direct", "And we will win big.", "The crowd")]),
    ("points-out", '"Nobody has read the whole bill," the senator points out.',
     [("direct", "Nobody has read the whole bill,", "the senator")]),
    ("point-as-noun", 'At one point the talks stalled.', []),
    ("short-term-no-cue", 'The "peace plan" talks resumed in May.', []),
    ("naming-verb-short-term", 'The senator called the bill "a disgrace."',
     [("mixed", 'the bill "a disgrace."', "The senator")]),
    # a description that `a` opens, set off after a noun phrase that is no name, is no part of the speaker
    ("indefinite-apposition", 'The mayor, a Democrat, said, "We are out of money."',
     [("direct", "We are out of money.", "The mayor")]),
    ("indefinite-apposition-relative", "The mayor, a Democrat who took office in May, said the city was broke.",
     [("indirect", "the city was broke", "The mayor")]),
    # a description set off before a name with an age: the whole apposition speaks, after a quotation too
    ("description-age-name-direct", '"We will appeal," the defendant, 34-year-old Tom Vale, told the court.',
     [("direct", "We will appeal,", "the defendant, 34-year-old Tom Vale")]),
    # a bare adverb of time before the cue is the cue's, whether the parse gives a subject or not
    ("adverb-before-cue-name", '"We will shut the mill," Jo Hart later told staff.',
     [("direct", "We will shut the mill,", "Jo Hart")]),
    ("adverb-before-cue-description", '"It is over," a senior official then said.',
     [("direct", "It is over,", "a senior official")]),
    # wire copy: an aside set off after the speaker of a closing tag is neither the speaker's nor what was said
    ("wire-tag-relative-aside", "The central bank is weighing an end to its bond purchases, the official, who "
                                "declined to be named, said.",
     [("indirect", "The central bank is weighing an end to its bond purchases", "the official")]),
    ("wire-tag-relative-aside-share", "The smelter will shut next year, one official, who asked not to be named, said.",
     [("indirect", "The smelter will shut next year", "one official")]),
    ("wire-tag-participle-aside", "The talks have stalled, one diplomat, speaking on condition of anonymity, told "
                                  "the Courier.",
     [("indirect", "The talks have stalled", "one diplomat")]),
    ("wire-tag-description-name", "The port will reopen on Monday, the agency's spokesman, Tom Vale, said.",
     [("indirect", "The port will reopen on Monday", "the agency's spokesman, Tom Vale")]),
    ("wire-tag-name-description", "The port will reopen on Monday, Tom Vale, a spokesman for the agency, told the Courier.",
     [("indirect", "The port will reopen on Monday", "Tom Vale")]),
    ("wire-tag-owner-description-name", "The port will reopen on Monday, his chief of staff, Tom Vale, said.",
     [("indirect", "The port will reopen on Monday", "his chief of staff, Tom Vale")]),
    ("wire-quoted-as-direct", '"The door is open," the agency quoted the minister as saying.',
     [("direct", "The door is open,", "the minister")]),
    ("wire-quoted-as-closing", "The door is open, the agency quoted Foreign Minister Ann Ruiz as saying on Friday.",
     [("indirect", "The door is open", "Foreign Minister Ann Ruiz")]),
    ("wire-tag-aside-time", "The port will reopen, the source, who spoke on condition of anonymity, said on Monday.",
     [("indirect", "The port will reopen", "the source")]),
    # British and Irish newsroom style: single marks, a plural's possessive apostrophe before the quotation,
    # the sentence's stop after the closing mark left out of a mixed quote
    ("uk-plural-possessive-mixed", "Mr Jones said the workers' union would 'fight on'.",
     [("mixed", "the workers' union would 'fight on'", "Mr Jones")]),
    ("uk-stop-after-double-mark-mixed", 'He told ITV\'s Good Morning Britain the decision was "a kick in the teeth".',
     [("mixed", 'the decision was "a kick in the teeth"', "He")]),
    # a programme's name with a possessive, a number or a closing noun is all the one told
    ("uk-told-possessive-programme", "The minister told the BBC's Today programme the strike would go ahead.",
     [("indirect", "the strike would go ahead", "The minister")]),
    ("uk-told-programme-number-mixed", "The minister told BBC Radio 4's Today programme he was 'deeply concerned'.",
     [("mixed", "he was 'deeply concerned'", "The minister")]),
    ("uk-told-possessive-show-mixed", 'The Tanaiste told RTE\'s Morning Ireland he was "deeply concerned".',
     [("mixed", 'he was "deeply concerned"', "The Tanaiste")]),
    ("uk-told-news-agency", "He told the PA news agency he was delighted with the result.",
     [("indirect", "he was delighted with the result", "He")]),
    ("uk-told-channel-number", "He told Channel 4 News the report was a whitewash.",
     [("indirect", "the report was a whitewash", "He")]),
    ("uk-told-possessive-lawyers", "She told Smith's lawyers she would not give evidence.",
     [("indirect", "she would not give evidence", "She")]),
    # a department's name with `for` and capitalised words is the speaker's, however the parse split it
    ("uk-department-for-name", "A spokesman for the Department for Levelling Up said councils had more money.",
     [("indirect", "councils had more money", "A spokesman for the Department for Levelling Up")]),
    ("uk-minister-for-name-perfect", "Minister for Health Stephen Donnelly has said the targets will be met.",
     [("indirect", "the targets will be met", "Minister for Health Stephen Donnelly")]),
    ("uk-headline-scare-word-is-no-quote", "'Heartbroken' mother pays tribute to son killed in crash", []),
    ("uk-rock-n-roll-inside-single", "‘Rock ’n’ roll is dead,’ the singer said.",
     [("direct", "Rock ’n’ roll is dead,", "the singer")]),
    ("uk-colon-single", "A Home Office spokesman said: 'We are committed to tackling the backlog.'",
     [("direct", "We are committed to tackling the backlog.", "A Home Office spokesman")]),
    ("uk-apostrophes-inside-single", "'The players' union hasn't been consulted,' said Mr O'Brien.",
     [("direct", "The players' union hasn't been consulted,", "Mr O'Brien")]),
    # a plural held by `close to` is the subject of a present cue form the tagger took for a noun
    ("uk-sources-close-to-insist", "Sources close to the Prime Minister insist he has no plans to resign.",
     [("indirect", "he has no plans to resign", "Sources close to the Prime Minister")]),
    # a passive naming verb with an agent: the agent's words; a name given with no agent stays nobody's
    ("uk-passive-branded-by", "He was branded 'a liar' by the Prime Minister.",
     [("mixed", "He was branded 'a liar'", "the Prime Minister")]),
    ("uk-passive-called-no-agent", "The group is called 'Save Our Parks'.", []),
    ("uk-passive-described-agent-after", "The plan was described as 'reckless' by the Chancellor.",
     [("mixed", "as 'reckless'", "the Chancellor")]),
    ("uk-asked-whether-passive-kept", "He was asked whether he would resign.",
     [("indirect", "whether he would resign", None)]),
    ("uk-it-comes-after-is-narration", "It comes after the council announced plans to close three libraries.", []),
    ("uk-it-is-thought-is-no-report", "It is thought the pair met at university.", []),
    # a given name the tagger took for a preposition opens the name; the description set off after it is not
    # the speaker
    ("given-name-misread-before-description", "Ann Ruiz, a lawyer for the family, said the hearing would go ahead.",
     [("indirect", "the hearing would go ahead", "Ann Ruiz")]),
    ("preposition-before-place-is-no-name", "In Ohio, a judge said the count would go on.",
     [("indirect", "the count would go on", "a judge")]),
    # `and`, a past verb and an object pronoun for the report's subject after the closing mark: the cue's
    # subject's next doing, no part of the report
    ("pronoun-conjunct-sent-off", 'The referee said Vale had "lost his head" and sent him off.',
     [("mixed", 'Vale had "lost his head"', "The referee")]),
    ("pronoun-conjunct-banned", 'Sentencing him, the judge said Vale had acted "with total disregard for others" '
     'and banned him from driving for three years.',
     [("mixed", 'Vale had acted "with total disregard for others"', "the judge")]),
    ("conjunct-of-report-runs-on", 'The minister said the talks were "going nowhere fast" and would end soon.',
     [("mixed", 'the talks were "going nowhere fast" and would end soon', "The minister")]),
    # `that` right after `found` opens the clause found, whatever the tagger made of its subject
    ("research-found-that-misread-subject", "Scientists at the university found that bees avoid the treated crops.",
     [("indirect", "that bees avoid the treated crops", "Scientists at the university")]),
    ("research-found-that-demonstrative", "The study found that hard to explain.", []),
    ("research-found-object-then-verb", "A survey of 2,000 adults by the charity found one in five had skipped meals.",
     [("indirect", "one in five had skipped meals", "A survey of 2,000 adults by the charity")]),
    ("research-found-object-complement", "The study found the drug useful in trials.", []),
    # a day that owns a noun in the speaker's phrase is no time of the cue: the speaker runs on over it
    ("day-owner-in-speaker", "A poll of voters in Tuesday's primary showed that the economy was their main worry.",
     [("indirect", "that the economy was their main worry", "A poll of voters in Tuesday's primary")]),
    ("time-after-name-is-the-cues", "Obama on Friday said the talks would go on.",
     [("indirect", "the talks would go on", "Obama")]),
    # a relative clause a share opens (`many of whom`) is set off like one `who` opens
    ("share-of-whom-aside", "Residents, many of whom have lived there for decades, say they were never consulted.",
     [("indirect", "they were never consulted", "Residents")]),
    ("share-of-whom-aside-parsed", "The workers, some of whom had not been paid, said the firm owed them money.",
     [("indirect", "the firm owed them money", "The workers")]),
    # a British party's abbreviation in brackets after a name is no part of the speaker, as `(R-Texas)` is not
    ("bracket-party-label-before-cue", 'Councillor Ann Lee (Lab) said the plan was "a disgrace".',
     [("mixed", 'the plan was "a disgrace"', "Councillor Ann Lee")]),
    ("bracket-party-label-inverted", '"It is a disgrace," said Councillor Ann Lee (Lab).',
     [("direct", "It is a disgrace,", "Councillor Ann Lee")]),
    ("bracket-party-label-before-relative", "Tom Vale (Con), who chairs the committee, said the vote was lost.",
     [("indirect", "the vote was lost", "Tom Vale")]),
    ("listener-then-name-clause", 'The judge told the court Vale had "shown no remorse" and ordered him to pay costs.',
     [("mixed", 'Vale had "shown no remorse"', "The judge")]),
    ("owner-her-is-no-object", 'The coach said Vale had "let everyone down" and sold her house.',
     [("mixed", 'Vale had "let everyone down" and sold her house', "The coach")]),
    # records, data and polls report what they show; not `show up`, a bare object, nor within another's report
    ("records-show-that", "Court records show that Vale owed more than $40,000.",
     [("indirect", "that Vale owed more than $40,000", "Court records")]),
    ("data-showed-closing", "The economy grew by 2 per cent last year, official data showed.",
     [("indirect", "The economy grew by 2 per cent last year", "official data")]),
    ("poll-shows-object-leading", "A new poll shows Ruiz leading by 4 points.",
     [("indirect", "Ruiz leading by 4 points", "A new poll")]),
    ("records-show-set-off", "During the same week, court records show, the firm paid no tax.",
     [("indirect", "During the same week the firm paid no tax", "court records")]),
    ("figures-showed-closing-time", "Prices rose again in May, figures show.",
     [("indirect", "Prices rose again in May", "figures")]),
    ("figures-showed-time-no-clause-before", "Official figures showed on Friday.", []),
    ("poll-shows-bare-object", "The poll shows a shift.", []),
    ("figures-showed-up", "Few public figures showed up at the funeral.", []),
    ("numbers-show-quotation", 'Numbers reported by the agency show that "the trend is clear."',
     [("mixed", 'that "the trend is clear."', "Numbers reported by the agency")]),
    ("figures-show-bare-object-of", "The figures show the scale of the problem.", []),
    ("polls-show-side-clause", "Ruiz is ahead in the state, while recent polls show Lee with a narrow lead.",
     [("indirect", "Lee with a narrow lead", "recent polls")]),
    ("polls-show-within-report", "Ruiz said that polls show she is ahead.",
     [("indirect", "that polls show she is ahead", "Ruiz")]),
    # magazine narrative: words broken off by the next speaker are not the tag's; a scene's things speak not;
    # an exchange's untagged turn is the asker's, not the answerer's `he` between them
    ("cut-off-em-dash", '"We were\u2014" "Don\'t," she said.',
     [("direct", "We were\u2014", None), ("direct", "Don't,", "she")]),
    ("cut-off-then-own-tag", '"I was going to\u2014" "Stop," he said.',
     [("direct", "I was going to\u2014", None), ("direct", "Stop,", "he")]),
    ("cut-off-two-turns-no-clause", '"I was going to\u2014" "Stop that now," he said.',
     [("direct", "I was going to\u2014", None), ("direct", "Stop that now,", "he")]),
    ("mixed-clause-words-between-quotations", "``They are painful'' but necessary ``for the long run of the "
     "firm,'' he said.",
     [("mixed", "``They are painful'' but necessary ``for the long run of the firm,''", "he")]),
    ("cut-off-dash-with-own-tag", '"We were\u2014" Ruiz said, and stopped.',
     [("direct", "We were\u2014", "Ruiz")]),
    ("scene-door-speaks-not", 'The door opened. "Who\'s there?"', []),
    ("scene-phone-speaks-not", 'The phone rang twice. "Hello?"', []),
    ("scene-person-still-speaks", 'She looked out at the water. "My father built this dock."',
     [("direct", "My father built this dock.", "She")]),
    ("exchange-skips-answerer-pronoun", '"Are you coming?" Dana Whitfield asked her brother.\n"No," he said.\n'
     '"Why not?"\n"Because I have work."',
     [("direct", "Are you coming?", "Dana Whitfield"), ("direct", "No,", "he"),
      ("direct", "Why not?", "Dana Whitfield"), ("direct", "Because I have work.", "he")]),
    ("asked-me-answer", '"You are the reporter?" the guard asked me.\n"Yes."',
     [("direct", "You are the reporter?", "the guard"), ("direct", "Yes.", "me")]),
    ("vocative-not-a-place", '"We flew to Paris, France," Ann Ruiz said.',
     [("direct", "We flew to Paris, France,", "Ann Ruiz")]),
    ("called-out-shout", '"Is anyone in the house?" Jamie called out.',
     [("direct", "Is anyone in the house?", "Jamie")]),
    ("called-out-from", '"Over here!" someone called out from the dark.', [("direct", "Over here!", "someone")]),
    ("called-out-criticism-reports-nothing", "Critics called out the mayor for his silence.", []),
    ("calling-out-people-reports-nothing", "The new chief has begun calling out those who opposed her.", []),
    ("calling-it-no-phrasal-tag", 'Former mayor Ann Ruiz, who backs Lee, trashed Vale on WXYZ\u2019s \u201cMorning '
     'Talk,\u201d calling it a \u201cno-brainer\u201d to charge him under the law.',
     [("mixed", "it a \u201cno-brainer\u201d to charge him under the law", "Former mayor Ann Ruiz")]),
    ("called-name-still-naming", 'Critics called the plan "a disaster" on Monday.',
     [("mixed", 'the plan "a disaster" on Monday', "Critics")]),
    ("answer-then-statement-goes-on", '"We lost the vote," Ruiz said.\n"Why?" Hale asked.\n'
     '"We ran out of time."\n"We will be back next year."',
     [("direct", "We lost the vote,", "Ruiz"), ("direct", "Why?", "Hale"),
      ("direct", "We ran out of time. We will be back next year.", "Ruiz")]),
    ("dialogue-without-reply-goes-on", '"The tide is out," Ruiz said.\n"It is early," Hale said.\n'
     '"We should wait."',
     [("direct", "The tide is out,", "Ruiz"), ("direct", "It is early, We should wait.", "Hale")]),
    # h120: headline quotes signed by a description or a handle; pull quotes; captions; roundups
    ("signed-by-description-topic", '"We will be back" \u2014 Rovers boss after cup exit',
     [("direct", "We will be back", "Rovers boss")]),
    ("signed-by-description-hyphen", '"We will be back" - Rovers boss', [("direct", "We will be back", "Rovers boss")]),
    ("signed-by-handle", '"We will be back" \u2014 @annruiz', [("direct", "We will be back", "@annruiz")]),
    ("signed-by-description-and-name", '"The plan is dead." \u2014 Rovers boss Tom Vale on the cup draw',
     [("direct", "The plan is dead.", "Rovers boss Tom Vale")]),
    ("signed-by-name-topic", '"Never again" \u2014 Rovers after cup exit', [("direct", "Never again", "Rovers")]),
    ("caption-credit-label", 'Ann Ruiz said the vote was "a disgrace". Credit: Tom Vale for The Herald', []),
    ("caption-slashed-credit", 'Ann Ruiz said the vote was "a disgrace". (Tom Vale/The Herald)', []),
    ("quote-of-the-day-unsigned", 'Quote of the day: "We cannot keep paying for roads nobody uses."\n\nThe council '
     'meets on Friday.', [("direct", "We cannot keep paying for roads nobody uses.", None)]),  # h169: a quote, no one named
    ("pull-quote-labelled", '"The town deserves better than this," Ruiz said.\n\nPULL QUOTE: "The town deserves '
     'better"\n\nThe library opened in 1902.', [("direct", "The town deserves better than this,", "Ruiz")]),
    ("roundup-bracketed-names", 'In quotes\n\n"We cannot keep paying for roads nobody uses." (Ann Ruiz, mayor of '
     'Dayton)\n\n2. "The plan is dead." (Tom Vale)',
     [("direct", "We cannot keep paying for roads nobody uses.", "Ann Ruiz"), ("direct", "The plan is dead.", "Tom Vale")]),
    ("bracketed-photo-credit-no-name", '"We will appeal," Ann Ruiz said on Monday. (AP Photo)', []),
    ("bracketed-name-within-line", 'He quoted "the best of times" (Charles Dickens)', [("direct", "the best of times", "He")]),
    ("signed-gloss-not-a-topic", "Indeed, the name ''Lobos'' -- Spanish for ''wolves'' -- comes from an old film.", []),
    ("signed-subhead-not-a-topic", 'Critics say the show "takes sides."\n\n\u2013 Ready to vote \u2013.',
     [("mixed", 'the show "takes sides."', "Critics")]),
    ("signed-not-a-person", '"We will be back" \u2014 Rovers fans react', []),
    ("signed-not-a-description", '"Never again" \u2014 the night the dam broke', []),
    ("pull-quote-three-words-not-joined", 'The council voted on Monday to close the library.\n\n"It is a sad day for '
     'the town and for every family that used it," said Ann Ruiz, the mayor.\n\n\u201cA sad day\u201d\n\n'
     'The library opened in 1902.',
     [("direct", "It is a sad day for the town and for every family that used it,", "Ann Ruiz")]),
    ("pull-quote-three-words-later", 'The council voted on Monday to close the library.\n\n"It is a sad day for '
     'the town and for every family that used it," said Ann Ruiz, the mayor.\n\nThe library opened in 1902.\n\n'
     '\u201cA sad day\u201d\n\nIt will shut in May.',
     [("direct", "It is a sad day for the town and for every family that used it,", "Ann Ruiz")]),
    ("pull-quote-before-byline", '\u201cA sad day for the town\u201d\n\nBy Tom Vale\n\nThe council voted on '
     'Monday to close the library.', []),
    ("caption-reports-speech", "Mayor Ann Ruiz speaks to reporters on Monday. (AP Photo)", []),
    ("caption-quotes-words", 'The council voted to close the library.\n\nAnn Ruiz said the vote was "a disgrace". '
     'Photo: Tom Vale\n\nThe mayor has led the town since 2019.', []),
    ("caption-direct-quote", '"We will appeal," Ann Ruiz said. REUTERS/Tom Vale', []),
    ("caption-sentence-of-story-kept", 'Ann Ruiz said the vote was "a disgrace".\n\nAnn Ruiz speaks in Dayton. '
     'Photo: Tom Vale', [("mixed", 'the vote was "a disgrace"', "Ann Ruiz")]),
    ("wire-tag-no-caption", '"We will appeal," Ann Ruiz told reporters on Monday. (Reuters)',
     [("direct", "We will appeal,", "Ann Ruiz")]),
    ("quote-of-the-day", 'Quote of the day: "We cannot keep paying for roads nobody uses." \u2014 Ann Ruiz, mayor of '
     'Dayton.', [("direct", "We cannot keep paying for roads nobody uses.", "Ann Ruiz")]),
    ("roundup-numbered-dashes", 'What they said\n\n1. "The plan is dead." \u2014 Ann Ruiz, mayor\n\n2. "We will '
     'fight it in court." - Tom Vale, council leader\n\n3. "Nobody asked us." \u2013 a parent at the meeting',
     [("direct", "The plan is dead.", "Ann Ruiz"), ("direct", "We will fight it in court.", "Tom Vale"),
      ("direct", "Nobody asked us.", "a parent")]),
    # h125: analysis and opinion copy: stands put into words, and demands with `call for`
    ("stance-noun-claim", "His claim is that the ballots were counted twice.",
     [("indirect", "that the ballots were counted twice", "His")]),
    ("stance-noun-position", "The mayor's position is that the new tax is fair.",
     [("indirect", "that the new tax is fair", "The mayor")]),
    ("stance-noun-defense", "The company's defense is that it followed every rule.",
     [("indirect", "that it followed every rule", "The company")]),
    # the owner of a noun cue is named without its `'s`, title and all, however the parse split it
    ("stance-noun-titled-owner", "Ms. Ruiz's argument is that the law is unfair.",
     [("indirect", "that the law is unfair", "Ms. Ruiz")]),
    ("noun-cue-owner-after-adverb", "Perhaps Ms. Ruiz's claim that the vote was rigged was wrong.",
     [("indirect", "that the vote was rigged", "Ms. Ruiz")]),
    ("stance-noun-fear-reports-nothing", "Her fear is that the money will run out by June.", []),
    ("stance-noun-no-owner-reports-nothing", "The message is that nobody on the coast is safe.", []),
    ("made-the-case", "Mr. Holt made the case that the old bridge should be rebuilt.",
     [("indirect", "that the old bridge should be rebuilt", "Mr. Holt")]),
    ("call-for-infinitive", "The senator called for the mayor to resign.",
     [("indirect", "the mayor to resign", "The senator")]),
    ("call-for-relative-which", "The riders' group, which has long called for lower fares, welcomed the move.",
     [("indirect", "lower fares", "which")]),
    ("call-for-plan-reports-nothing", "The new housing plan calls for two thousand homes near the river.", []),
    ("call-for-platform-reports-nothing", "A platform that calls for a higher minimum wage was adopted.", []),
    ("call-for-passive-reports-nothing", "An early election was called for May.", []),
    ("call-for-years-reports-nothing", "He called for years for a new bridge.", []),
    ("call-for-then-when", "The mayor called for a ban on fireworks in December after the fire at the mill.",
     [("indirect", "a ban on fireworks in December after the fire at the mill", "The mayor")]),
    ("call-for-then-said", "Activists called for an independent inquiry into the fire and said the city had failed.",
     [("indirect", "an independent inquiry into the fire", "Activists"),
      ("indirect", "the city had failed", "Activists")]),
    ("stance-noun-adverb-before-owner", "Perhaps Ms. Ruiz's most striking claim was that the audit had been buried.",
     [("indirect", "that the audit had been buried", "Ms. Ruiz")]),
    ("made-case-by-gerund", "Labor leaders hope to keep members by making a case that the party's agenda, "
     "including its tax plan, runs counter to their interests.",
     [("indirect", "that the party's agenda, including its tax plan, runs counter to their interests",
       "Labor leaders")]),
    ("that-clause-subject-taken-for-verb", "Many economists have long argued that tariffs raise prices.",
     [("indirect", "that tariffs raise prices", "Many economists")]),
    ("call-for-within-clause-leaves-it-whole", "Ruiz said that the deal raises the threat from the rebels, whose "
     "leaders have called for the closure of the port.",
     [("indirect", "that the deal raises the threat from the rebels, whose leaders have called for the closure of "
       "the port", "Ruiz")]),
    ("promises-fronted-participle", "Rattling off promises to cut rents, fix the buses, hire more nurses and "
     "improve schools, Ruiz promised a city of new chances.",
     [("indirect", "to cut rents", "Ruiz"), ("indirect", "a city of new chances", "Ruiz")]),
    ("linking-aside-name-subject", "Whitcomb, for her part, insists the vote would only delay the inevitable.",
     [("indirect", "the vote would only delay the inevitable", "Whitcomb")]),
    ("charge-object-noun", "The union accused the company of a cover-up.",
     [("indirect", "the company of a cover-up", "The union")]),
    ("charge-object-praise", "The chief executive praised the staff for their hard work.",
     [("indirect", "the staff for their hard work", "The chief executive")]),
    ("charge-object-passive-reports-nothing", "The senator was accused of fraud.", []),
    ("charge-object-bare-reports-nothing", "She blamed herself.", []),
    ("charge-object-charge-relative", 'The "dirty tricks" that Ruiz accused the Vale campaign of using on polling '
     'day are minor, the candidate said Friday.',
     [("mixed", 'The "dirty tricks" that Ruiz accused the Vale campaign of using on polling day are minor',
       "the candidate")]),
    ("charge-object-relative-who", "Ruiz, who accused the coach of abuse, spoke at the hearing.", []),
    ("call-for-reduced-relative", "The chorus of critics calling for her to resign has grown louder.", []),
    ("call-for-joined-nouns", "The chairman called for a voice vote, and then a show of hands.",
     [("indirect", "a voice vote, and then a show of hands", "The chairman")]),
    ("call-for-aside-left-out", "The senator called for the overthrow of the regime, even though it was clear "
     "that chaos would follow.", [("indirect", "the overthrow of the regime", "The senator")]),
    ("charge-object-restrictive-relative", "Two of the women who accused the coach of abuse spoke at the hearing.",
     []),
    # court and inquest reporting (Australian, NZ, Canadian, South African style)
    ("court-submitted-that", "Ms Ruiz submitted to the court that the sentence was too lenient.",
     [("indirect", "that the sentence was too lenient", "Ms Ruiz")]),
    ("court-submitted-bid-nothing", "The council submitted plans for a new bridge.", []),
    ("court-submitted-passive-nothing", "The plans, which were submitted in May, were approved on Friday.", []),
    ("court-said-in-judgment", "Justice Vale said in his judgment the man had shown no remorse.",
     [("indirect", "the man had shown no remorse", "Justice Vale")]),
    ("court-said-in-ruling", "The magistrate said in her ruling the police had acted unlawfully.",
     [("indirect", "the police had acted unlawfully", "The magistrate")]),
    ("court-said-in-evidence", "Dr Moana Ngata said in evidence the injuries were not accidental.",
     [("indirect", "the injuries were not accidental", "Dr Moana Ngata")]),
    ("coroner-found", "The coroner found the death was preventable.",
     [("indirect", "the death was preventable", "The coroner")]),
    ("tribunal-found-that", "The tribunal found that the teacher had breached the code of conduct.",
     [("indirect", "that the teacher had breached the code of conduct", "The tribunal")]),
    ("judge-found-guilty-verdict", "The judge found the man guilty of murder.",  # a verdict is a finding (h180)
     [("indirect", "the man guilty of murder", "The judge")]),
    ("police-found-body-nothing", "Police found the body in a creek.", []),
    ("advocate-title-stop", "Adv. Thandi Mokoena said the payments were irregular.",
     [("indirect", "the payments were irregular", "Adv. Thandi Mokoena")]),
    ("the-accused-tag", '"I panicked," the accused told police.', [("direct", "I panicked,", "the accused")]),
    ("the-accused-speaker", "The accused told police he had panicked.",
     [("indirect", "he had panicked", "The accused")]),
    ("the-accused-in-content", "Prosecutors say the accused fled.", [("indirect", "the accused fled", "Prosecutors")]),
    ("closing-address-the-accused", "Ms Ruiz said in her closing address the accused had lied.",
     [("indirect", "the accused had lied", "Ms Ruiz")]),
    ("told-reporters-in-place", "The minister told reporters in Ottawa the deal was done.",
     [("indirect", "the deal was done", "The minister")]),
    ("told-reporters-in-place-that", "The premier told reporters in Toronto that the deal was done.",
     [("indirect", "that the deal was done", "The premier")]),
    ("submission-that-noun-cue", "Justice Vale rejected Mr Lee's submission that the search was unlawful.",
     [("indirect", "that the search was unlawful", "Mr Lee")]),
    ("submissions-relative-nothing", "The council received 400 submissions that opposed the plan.", []),
    ("commissioner-found-that", "Commissioner Ann Ruiz found that the department had misled the minister.",
     [("indirect", "that the department had misled the minister", "Commissioner Ann Ruiz")]),
    ("named-listener-ampersand", "The minister told CBC's Power & Politics the deal was imminent.",
     [("indirect", "the deal was imminent", "The minister")]),
    ("named-listener-bare-noun", "Mr Chalmers told the National Press Club inflation was moderating.",
     [("indirect", "inflation was moderating", "Mr Chalmers")]),
    ("time-of-day-between-name-and-cue", "Ann Ruiz Monday night said the plan would fail.",
     [("indirect", "the plan would fail", "Ann Ruiz")]),
    ("one-then-name-speaker", '"We lost everything," said one, Mark Doyle, a farmer.',
     [("direct", "We lost everything,", "one, Mark Doyle")]),
    ("one-then-day-no-name", '"No," said one, Tuesday.', [("direct", "No,", "one")]),
    ("accused-of-scare-quote-whole", "The union accused ministers of a 'cover-up' over the closures.",
     [("mixed", "ministers of a 'cover-up' over the closures", "The union")]),
    ("no-response-to-request-for-comment", "The company did not respond to a request for comment.",
     [("indirect", "a request for comment", "The company")]),
    # crowded sentences: a summing noun's own relative clause with its own cue; two reports in one sentence
    ("summary-charge-office-rejected", "The senator accused the governor of \"playing politics\" with the budget, "
     "a charge the governor's office rejected.",
     [("mixed", 'the governor of "playing politics" with the budget', "The senator")]),
    ("hailed-while-critics-call", 'Ministers hailed the deal as "a new dawn," while critics call it "a giveaway '
     'to the banks."', [("mixed", 'the deal as "a new dawn,"', "Ministers"),
                        ("mixed", 'it "a giveaway to the banks."', "critics")]),
    ("relative-report-inside-subject", "The bank, which analysts said had been slow to cut costs, reported a "
     "12 percent drop in profit.",
     [("indirect", "had been slow to cut costs", "analysts"),
      ("indirect", "a 12 percent drop in profit", "The bank")]),
    # a gerund subject whose verb the tagger took for a plural noun; a plural noun taken for a verb
    ("gerund-subject-that", "Some economists say that taxing fuel encourages saving.",
     [("indirect", "that taxing fuel encourages saving", "Some economists")]),
    ("gerund-subject-bare", "Economists say taxing fuel encourages saving.",
     [("indirect", "taxing fuel encourages saving", "Economists")]),
    # a cue the tagger took for a noun between its plural subject and `that`, a gerund opening the clause
    ("gerund-subject-after-noun-cue", "Doctors caution that vaping carries risks.",
     [("indirect", "that vaping carries risks", "Doctors")]),
    ("gerund-subject-closing", "Taxing fuel encourages saving, economists said.",
     [("indirect", "Taxing fuel encourages saving", "economists")]),
    ("gerund-subject-warn", "Critics warn raising fares drives riders away.",
     [("indirect", "raising fares drives riders away", "Critics")]),
    ("gerund-subject-not-continue", "Ruiz plans to continue recruiting volunteer captains supporting the mayor.", []),
    ("gerund-report-object-kept", "The firm denied misleading investors about its earnings.",
     [("indirect", "misleading investors about its earnings", "The firm")]),
    ("plural-tagged-verb-though", "The budget passed on Monday, though aides concede the numbers are tight.",
     [("indirect", "the numbers are tight", "aides")]),
    # speaker spans and listeners (h127): a degree set off after a name, a headline's event after its
    # speaker, a listener the parse misread, and a listener followed by the teller's next act
    ("degree-after-name-md", "Ann Ruiz, M.D., a surgeon at Yale, said the clinic would close.",
     [("indirect", "the clinic would close", "Ann Ruiz, M.D.")]),
    ("degree-after-name-two", "Tom Vale, M.D., Ph.D., chief of surgery, said the ward would close.",
     [("indirect", "the ward would close", "Tom Vale, M.D., Ph.D.")]),
    ("degree-after-name-phd", "Ben Cole, Ph.D., a chemist at Duke, said the test was flawed.",
     [("indirect", "the test was flawed", "Ben Cole, Ph.D.")]),
    ("degree-then-description", "Dr. Lena Fox, Ph.D., director of the lab, told CNN the results were clear.",
     [("indirect", "the results were clear", "Dr. Lena Fox, Ph.D.")]),
    ("headline-says-amid", "'Enough is enough,' says mayor amid row over library",
     [("direct", "Enough is enough,", "mayor")]),
    ("headline-says-despite", "'We will not quit,' says coach despite loss",
     [("direct", "We will not quit,", "coach")]),
    ("told-rally-in-place", "The minister told a rally in Calgary the plan would cut costs.",
     [("indirect", "the plan would cut costs", "The minister")]),
    ("told-inner-capitals-outlet", "Zuma told eNCA the party was united.",
     [("indirect", "the party was united", "Zuma")]),
    ("told-court-then-left", "She told the court and then left.", []),
    ("told-reporters-then-left", "He told reporters and then left.", []),
    ("told-board-about-then-resigned", "He told the board about the delay and then resigned.", []),
    ("others-including-name", "Others, including former adviser Tom Reyes, argue the deal is too costly.",
     [("indirect", "the deal is too costly", "Others")]),
    # a report set off in a relative clause within another report: the outer one steps over it
    ("relative-aside-within-paraphrase", 'Hart said the plan, which the union says will cost 400 jobs, was "the '
     'only way forward."', [("mixed", 'the plan, which the union says will cost 400 jobs, was "the only way '
                             'forward."', "Hart")]),
    ("relative-aside-within-report", "Hart said the plan, which the union says will cost 400 jobs, was approved "
     "on Monday.", [("indirect", "the plan, which the union says will cost 400 jobs, was approved on Monday",
                     "Hart")]),
    ("dashed-relative-aside-within-report", "Hart said the plan -- which the union says will cost 400 jobs -- was "
     "approved on Monday.", [("indirect", "the plan -- which the union says will cost 400 jobs -- was approved on "
                              "Monday", "Hart")]),
    ("relative-report-after-clause-still-cut", "Hart said the plan was approved, which the union says will cost "
     "400 jobs.", [("indirect", "the plan was approved", "Hart"), ("indirect", "will cost 400 jobs", "the union")]),
    # a naming verb in a relative clause set off by a dash, as by a comma: its relative pronoun names
    ("dashed-relative-naming", 'The mayor -- who called the plan "a disgrace" -- resigned.',
     [("mixed", 'the plan "a disgrace"', "who")]),
    ("relative-naming-after-which", 'The company raised prices, which the board had called "fair and competitive."',
     [("direct", "fair and competitive.", "the board")]),
    ("reduced-relative-name-is-nobodys", 'They joined a group called "Free Roads."', []),
    # `according to X` after a closing mark: the source's own words are no part of what it says
    ("according-after-closing-mark", 'The company was in talks with "several buyers," according to two people '
     'familiar with the matter.', [("mixed", 'The company was in talks with "several buyers,"',
                                    "two people familiar with the matter")]),
    ("according-keeps-closing-bracket", "Cruz leads Rubio (R-FL), according to a new poll.",
     [("indirect", "Cruz leads Rubio (R-FL)", "a new poll")]),
    # cues the tagger took for nouns, and plurals it took for verbs: read from the words
    ("tagged-noun-cue-before-ing-phrase", "Officials acknowledge spending cuts remain likely.",
     [("indirect", "spending cuts remain likely", "Officials")]),
    ("tagged-noun-cue-no-clause", "Officials acknowledge spending cuts.", []),
    ("tagged-noun-cue-after-by-phrase", "Rates will rise again, economists polled by the agency predict.",
     [("indirect", "Rates will rise again", "economists polled by the agency")]),
    ("tagged-noun-cue-by-phrase-opening", "Economists polled by the agency predict rates will rise.",
     [("indirect", "rates will rise", "Economists polled by the agency")]),
    ("by-phrase-plural-no-cue", "Voters polled by the agency favour the plan.", []),
    ("plural-tagged-verb-after-and", "The budget passed, and aides concede the numbers are tight.",
     [("indirect", "the numbers are tight", "aides")]),
    ("helps-bare-verb-no-cue", "The plan passed and helps fund new schools.", []),
    # a past verb of its own after `would ...`: the speaker's next act, not more of the report
    ("modal-then-past-is-next-act", "He said he would stay and then left.", [("indirect", "he would stay", "He")]),
    ("modal-later-past-is-next-act", "The senator said she would not run again and later ran for governor.",
     [("indirect", "she would not run again", "The senator")]),
    ("modal-but-backshifted-stays-reported", "She said she could not support the plan but understood why others did.",
     [("indirect", "she could not support the plan but understood why others did", "She")]),
    ("modal-shared-stays-reported", "He said he would stay and fight.",
     [("indirect", "he would stay and fight", "He")]),
    ("perfect-shared-stays-reported", "She said she would have stayed and left.",
     [("indirect", "she would have stayed and left", "She")]),
    # the one told is out of what was told
    ("told-outlet-that", "The mayor told the Times that the bridge would reopen.",
     [("indirect", "that the bridge would reopen", "The mayor")]),
    ("told-body-that", "The chief told the committee that the budget was tight.",
     [("indirect", "that the budget was tight", "The chief")]),
    ("told-capitalised-outlet-that", "The mayor told The Courier that the bridge would reopen in May.",
     [("indirect", "that the bridge would reopen in May", "The mayor")]),
    # a naming verb in a relative clause on a noun with a personal pronoun subject: the pronoun names
    ("relative-that-pronoun-names", 'She backed a deal that he called "a betrayal."',
     [("direct", "a betrayal.", "he")]),
    ("relative-which-pronoun-names", 'Hart attacked the deal, which he called "a betrayal."',
     [("direct", "a betrayal.", "he")]),
    ("contact-relative-pronoun-names", 'The mayor unveiled a plan she calls "a fresh start."',
     [("direct", "a fresh start.", "she")]),
    ("relative-passive-name-is-nobodys", 'They sold a product that was called "Fresh Start."', []),
    ("relative-naming-within-report-runs-on", 'Lee said he fought the bill, which he called "a trap for renters."',
     [("mixed", 'he fought the bill, which he called "a trap for renters."', "Lee")]),
    # h140: participles spelt as their past before `by`; cues and names the tagger misreads; listeners
    ("irregular-participle-by-tagged-noun-cue", "Experts sent by the agency warn the bridge is unsafe.",
     [("indirect", "the bridge is unsafe", "Experts sent by the agency")]),
    ("irregular-participle-by-speaker-span", "Traders hit by the ban say they will sue.",
     [("indirect", "they will sue", "Traders hit by the ban")]),
    ("irregular-participle-led-by", "Workers led by the union insist the plant must stay open.",
     [("indirect", "the plant must stay open", "Workers led by the union")]),
    ("irregular-participle-set-off-form", "Rates will rise again, economists hit by the slump predict.",
     [("indirect", "Rates will rise again", "economists hit by the slump")]),
    ("irregular-past-is-main-verb-no-cue", "Traders hit the ban hard.", []),
    ("irregular-participle-by-no-cue", "Voters hit by the tax favour the plan.", []),
    ("passive-participles-joined-stay-reported", "He said they would be arrested and charged.",
     [("indirect", "they would be arrested and charged", "He")]),
    ("infinitive-cue-in-reported-conjunct",
     'The group said its members were "tired and angry" about the cuts and are ready to strike again.',
     [("mixed", 'its members were "tired and angry" about the cuts and are ready to strike again', "The group")]),
    ("listener-that-taken-for-relative", "The aide told the Ledger that Ruiz believes the plan was a mistake.",
     [("indirect", "that Ruiz believes the plan was a mistake", "The aide")]),
    ("listener-that-quotation", 'Ruiz tells her supporters that "she loves you."',
     [("mixed", 'that "she loves you."', "Ruiz")]),
    ("listener-participle-adjective-place-that",
     "Ruiz told a crowded hall at a hotel in downtown Dayton that she is not giving up.",
     [("indirect", "that she is not giving up", "Ruiz")]),
    ("listener-time-that-mixed", 'Ruiz told a Ledger reporter Monday evening that she "would be surprised if Lee ran."',
     [("mixed", 'that she "would be surprised if Lee ran."', "Ruiz")]),
    ("listener-cheering-crowd-that", "Ruiz told a cheering crowd in West Texas that she expects to win the state.",
     [("indirect", "that she expects to win the state", "Ruiz")]),
    ("listener-that-quotation-reporters", 'Lee told reporters that "Ruiz is throwing votes away."',
     [("mixed", 'that "Ruiz is throwing votes away."', "Lee")]),
    ("listener-that-gerund-subject", "Ruiz told the crowd that helping the farm was more work than she expected.",
     [("indirect", "that helping the farm was more work than she expected", "Ruiz")]),
    ("listener-name-of-comma-that", 'Lee told Ann Cole of Channel 4, that "you have to look at it seriously."',
     [("mixed", 'that "you have to look at it seriously."', "Lee")]),
    ("long-listener-places-that", 'Ruiz is telling customers at a popular Dayton, Ohio, breakfast spot that "I need you tomorrow."',
     [("mixed", 'that "I need you tomorrow."', "Ruiz")]),
    ("phrase-that-gerund-subject", 'The mayor said at the hearing that drafting the budget "is an open process."',
     [("mixed", 'that drafting the budget "is an open process."', "The mayor")]),
    ("told-reporters-relative-in-clause-stays", "The mayor told reporters the plan that he backed would fail.",
     [("indirect", "the plan that he backed would fail", "The mayor")]),
    ("told-plural-listener-tagged-verb-clause", "The lab's director told reporters the new test works.",
     [("indirect", "the new test works", "The lab's director")]),
    ("told-listener-noun-tagged-present", "Dr. Lena Fox, director of the lab, told CNN the test works.",
     [("indirect", "the test works", "Dr. Lena Fox")]),
    ("told-thing-plural-no-clause", "She told CNN the test results.", []),
    ("that-after-determiner-is-pronoun", "She says despite all that, Lee was not swayed by the donors.", []),
    ("name-first-word-tagged-adp-time-phrase", "Ann Ruiz on Monday night said the vote would wait.",
     [("indirect", "the vote would wait", "Ann Ruiz")]),
    ("name-first-word-tagged-adp-last-week", "Ann Ruiz last week said the vote would wait.",
     [("indirect", "the vote would wait", "Ann Ruiz")]),
    ("time-that-quotation-list", 'Ruiz tweeted Monday that Lee is a "loser," a "liar" and a "whiner."',
     [("mixed", 'that Lee is a "loser," a "liar" and a "whiner."', "Ruiz")]),
    ("time-phrase-that-paraphrase", 'The board concluded this month that Lee had been "extremely careless."',
     [("mixed", 'that Lee had been "extremely careless."', "The board")]),
    ("weekday-that-quotation", 'Ruiz acknowledged Sunday that "just as we have seen, there are many angry people."',
     [("mixed", 'that "just as we have seen, there are many angry people."', "Ruiz")]),
    ("listener-programme-title-that", 'She told KTV\'s "Good Evening" that she agrees Lee is a "fraud."',
     [("mixed", 'that she agrees Lee is a "fraud."', "She")]),
    ("comma-aside-still-cuts", 'The mayor said the housing plan was "a gift to developers," a rare rebuke of her party.',
     [("mixed", 'the housing plan was "a gift to developers,"', "The mayor")]),
    ("participle-phrase-bare-present", "Families taken to the shelter say the water is rising.",
     [("indirect", "the water is rising", "Families taken to the shelter")]),
    ("participle-phrase-bare-present-no-clause", "Families taken to the shelter say.", []),
    ("time-then-when-asked-no-speaker",
     '"It is fair," Ruiz, 69, told KTV Monday when asked about claims that the vote was rigged.',
     [("direct", "It is fair,", "Ruiz"), ("indirect", "claims that the vote was rigged", None)]),
    # a contact relative (no `that`): the naming verb's subject names, read from the words
    ("contact-relative-pronoun-time-after", 'Critics attacked a plan he called "reckless" last week.',
     [("direct", "reckless", "he")]),
    ("contact-relative-noun-subject", 'The council rejected a move the union called "brutal" on Monday.',
     [("direct", "brutal", "the union")]),
    ("contact-relative-name-subject", 'Voters backed a measure Ann Ruiz called "a disgrace."',
     [("direct", "a disgrace.", "Ann Ruiz")]),
    ("contact-relative-after-two-objects", 'They gave the workers a deal the union called "a sellout."',
     [("direct", "a sellout.", "the union")]),
    ("double-object-then-name-is-nobodys", 'The bank sold customers a loan called "Easy Pay."', []),
    ("contact-relative-within-report-runs-on", 'Lee said he fought a bill he called "a trap for renters."',
     [("mixed", 'he fought a bill he called "a trap for renters."', "Lee")]),
    ("contact-relative-adverb-between", 'She revived a plan he once called "reckless."', [("direct", "reckless.", "he")]),
    ("contact-relative-perfect", 'They opposed a merger the union has branded "a betrayal."',
     [("direct", "a betrayal.", "the union")]),
    ("relative-passive-name-no-speaker", 'They sold a car that was called "the Comet."', []),
    ("contact-relative-quantified-subject", 'They passed a budget many economists called "fantasy."',
     [("direct", "fantasy.", "many economists")]),
    ("contact-relative-quote-hung-elsewhere", 'He signed a bill some senators called "cruel."',
     [("direct", "cruel.", "some senators")]),
    ("contact-relative-possessive-name-subject", 'She backed a deal Lee\'s allies called "a sellout."',
     [("direct", "a sellout.", "Lee's allies")]),
    ("double-object-new-thing-named-is-nobodys", 'The city gave its residents a park called "Green Acres."', []),
    ("title-before-name-is-main-subject", 'Union leader Ann Ruiz called "foul" over the plan.',
     [("direct", "foul", "Union leader Ann Ruiz")]),
    # a split quotation closed by its own tag stays whole and the tag's; a later cue reports what follows
    ("split-quote-closed-then-later-cue", '"The numbers," he said, "don\'t lie" -- but they can mislead, critics say.',
     [("direct", "The numbers, don't lie", "he"), ("indirect", "they can mislead", "critics")]),
    ("split-quote-closed-then-and-clause", '"The plan works," she said, "and it is cheap" and it will pass, aides said.',
     [("direct", "The plan works, and it is cheap", "she"), ("indirect", "it will pass", "aides")]),
    ("split-quote-runs-to-later-tag", '"We are ready," said the coach, "and so are the fans," he added.',
     [("direct", "We are ready,", "the coach"), ("direct", "and so are the fans,", "he")]),
    # nested reports: one quote, the outer report's, its content whole (PolNeAR marks no report inside another's)
    ("nested-told-within-closing-report", "The minister informed parliament that the scheme would grow, officials said.",
     [("indirect", "The minister informed parliament that the scheme would grow", "officials")]),
    ("nested-told-police-within-report-says", "The driver told police he had swerved, the report says.",
     [("indirect", "The driver told police he had swerved", "the report")]),
    ("nested-relative-says-within-mixed", 'Hart said the plan, which the union says will cost 400 jobs, was "the only way forward."',
     [("mixed", 'the plan, which the union says will cost 400 jobs, was "the only way forward."', "Hart")]),
    # local news, police and court papers as sources: `per X`, papers' verbs, call signs told
    ("per-closing-source", "The fire started in the kitchen, per the report.",
     [("indirect", "The fire started in the kitchen", "the report")]),
    ("per-opening-bare-source", "Per police, the driver was headed east when he lost control.",
     [("indirect", "the driver was headed east when he lost control", "police")]),
    ("per-outlet-name", "The Hawks will sign the guard to a two-year deal, per ESPN.",
     [("indirect", "The Hawks will sign the guard to a two-year deal", "ESPN")]),
    ("per-aside-source", "The district, per a memo sent to staff, will cut 40 jobs.",
     [("indirect", "The district will cut 40 jobs", "a memo sent to staff")]),
    ("per-after-quotation", '"We are heartbroken," per a statement from the family.',
     [("direct", "We are heartbroken,", "a statement from the family")]),
    ("per-after-report-is-go-between", "Lee told the paper, per a translator, that the plan had failed.",
     [("indirect", "that the plan had failed", "Lee")]),
    ("per-source-ends-another-report", "Sources say the deal is done, per multiple reports.",
     [("indirect", "the deal is done", "Sources")]),
    ("per-rate-is-no-source", "The man was driving about 80 miles per hour when he crashed.", []),
    ("per-set-off-rate-is-no-source", "Tickets cost $40, per person.", []),
    ("per-capita-is-no-source", "The income is $30,000, per capita.", []),
    ("as-per-is-no-source", "The rules were followed as per the handbook.", []),
    ("per-norm-is-no-source", "Delegates are awarded in proportion to the vote, per party rules.", []),
    ("per-norm-aside-is-no-source", "The lender, per the terms of the loan, must give notice.", []),
    ("tells-call-sign-is-listener", "The mayor tells WXYZ the budget is balanced.",
     [("indirect", "the budget is balanced", "The mayor")]),
    ("paper-states-that-as-noun", "An affidavit states that the defendant had been following the woman.",
     [("indirect", "that the defendant had been following the woman", "An affidavit")]),
    ("paper-states-clause", "The report states the defendant had been following the victim.",
     [("indirect", "the defendant had been following the victim", "The report")]),
    ("closing-paper-states", "The man pointed a gun at the clerk, the affidavit states.",
     [("indirect", "The man pointed a gun at the clerk", "the affidavit")]),
    ("closing-charging-documents", "The man pointed a gun at the clerk, charging documents state.",
     [("indirect", "The man pointed a gun at the clerk", "charging documents")]),
    ("member-states-is-no-report", "The deal was signed by France, Germany and other member states.", []),
    ("believe-is-no-cue", "Investigators believe the fire was set intentionally.", []),
    ("age-taken-for-subject-is-names", "Ann Ruiz, 34, of Dayton, told officers she had been asleep.",
     [("indirect", "she had been asleep", "Ann Ruiz")]),
    # h136: roundups, vox pops, lists and social-media embeds
    ("roundup-comma-numbered", 'What they said:\n1) "The plan is dead," Ann Ruiz, mayor.\n2) "We will fight on," '
     'Tom Vale, council leader.', [("direct", "The plan is dead,", "Ann Ruiz"), ("direct", "We will fight on,", "Tom Vale")]),
    ("roundup-comma-bullets-age", '\u2022 "The plan is dead," Ann Ruiz, mayor of Dayton\n\u2022 "We will fight on," '
     'Tom Vale, 61, a baker', [("direct", "The plan is dead,", "Ann Ruiz"), ("direct", "We will fight on,", "Tom Vale")]),
    ("roundup-period-then-name", 'Reaction came fast.\n\n"The plan is dead." Ann Ruiz, mayor of Dayton.\n\n"We will '
     'fight on." Tom Vale, a nurse from Leeds.',
     [("direct", "The plan is dead.", "Ann Ruiz"), ("direct", "We will fight on.", "Tom Vale")]),
    ("roundup-name-on-next-line", 'Quote of the day\n\n"We are a city, not a museum."\n\nAnn Ruiz, mayor of Dayton',
     [("direct", "We are a city, not a museum.", "Ann Ruiz")]),
    ("roundup-name-then-verb-not-signed", '"We lost." Ann Ruiz, the mayor, left the room.', []),
    ("roundup-names-then-verb-not-signed", '"The vote is close." Ann Ruiz, Tom Vale and Joe Park disagree.', []),
    ("vox-pop-colon-described", 'We asked shoppers.\n\nAnn Ruiz, 34, a nurse: "It is too expensive."\n\nTom Vale, '
     '61, a retired teacher: "They never listen to us."',
     [("direct", "It is too expensive.", "Ann Ruiz"), ("direct", "They never listen to us.", "Tom Vale")]),
    ("vox-pop-colon-capitals", 'We asked shoppers.\n\nANN RUIZ, 34, NURSE: "It is too expensive."',
     [("direct", "It is too expensive.", "ANN RUIZ")]),
    ("vox-pop-colon-after-cue-line", 'Here is what people are saying:\nAnn Ruiz, 34, a nurse: "I cannot afford the '
     'rent any more."', [("direct", "I cannot afford the rent any more.", "Ann Ruiz")]),
    ("colon-name-after-cue-line", 'Here is what they said:\nAnn Ruiz: "The plan is dead."',
     [("direct", "The plan is dead.", "Ann Ruiz")]),
    ("vox-pop-said-described", '"The buses are always late," said Ann Ruiz, 34, a nurse from Leeds.',
     [("direct", "The buses are always late,", "Ann Ruiz")]),
    ("post-link-line-between", 'The mayor posted on Monday.\n\nWe will be back stronger.\npic.twitter.com/abc123\n'
     '\u2014 Ann Ruiz (@annruiz) March 3, 2025', [("direct", "We will be back stronger.", "Ann Ruiz")]),
    ("post-marked-signed-next-line", 'The mayor posted on Monday.\n\n"We will be back stronger."\n\u2014 Ann Ruiz '
     '(@annruiz) March 3, 2025', [("direct", "We will be back stronger.", "Ann Ruiz")]),
    ("post-embed-label-only", 'The singer shared the news.\n\nView this post on Instagram\n\nA post shared by Lina '
     'Park (@linapark) on Dec 5, 2026 at 3:45pm PST', []),
    ("post-embed-label-before-text", 'The singer shared the news.\n\nView this post on Instagram\n\nWe are going '
     'back on tour!\n\nA post shared by Lina Park (@linapark) on Dec 5, 2026 at 3:45pm PST',
     [("direct", "We are going back on tour!", "Lina Park")]),
    ("post-inline-no-date-not-signed", 'The mayor spoke. \u2014 Ann Ruiz (@annruiz) has 20,000 followers.', []),
    ("roundup-header-lines-over-quotes", 'What they said\n\nAnn Ruiz, mayor of Dayton\n"The plan is dead."\n\nTom '
     'Vale, council leader\n"We will fight on."',
     [("direct", "The plan is dead.", "Ann Ruiz"), ("direct", "We will fight on.", "Tom Vale")]),
    ("roundup-name-age-only", '"We will not back down," Ann Ruiz, 34.', [("direct", "We will not back down,", "Ann Ruiz")]),
    ("vox-pop-age-alone-subject", 'Ann Ruiz, 34, said: "The buses are always late."',
     [("direct", "The buses are always late.", "Ann Ruiz")]),
    ("vox-pop-age-then-description", 'Ann Ruiz, 34, a nurse from Leeds, said the buses were always late.',
     [("indirect", "the buses were always late", "Ann Ruiz")]),
    ("link-line-headline-with-cue", "Read more: 'We will fight on,' says council leader\n\nThe council meets on "
     "Monday.", []),
    ("link-label-within-line-kept", '"We will not back down," Ann Ruiz said. Related: Council backs plan',
     [("direct", "We will not back down,", "Ann Ruiz")]),
    ("vox-pop-colon-from-place", 'Vox pop\n\nAnn Ruiz, 34, from Leeds: "The trains are a joke."\n\nTom Vale, 61, '
     'from York: "I drive now."',
     [("direct", "The trains are a joke.", "Ann Ruiz"), ("direct", "I drive now.", "Tom Vale")]),
    ("signed-description-with-age", '"Absolutely gutted" - fan Ann Ruiz, 34',
     [("direct", "Absolutely gutted", "fan Ann Ruiz")]),
    ("handle-after-speaker", 'Ann Ruiz (@annruiz) wrote on Twitter: "We will be back stronger."',
     [("direct", "We will be back stronger.", "Ann Ruiz")]),
    # h133: South Asian, African and Middle East press
    ("colon-dateline-not-speaker", "PORTVILLE: Harbour Minister Ravi Anand said on Monday that the docks would reopen.",
     [("indirect", "that the docks would reopen", "Harbour Minister Ravi Anand")]),
    ("colon-dateline-not-speaker-direct", 'PORTVILLE: Harbour Minister Ravi Anand on Monday said, "The docks will '
     'reopen."', [("direct", "The docks will reopen.", "Harbour Minister Ravi Anand")]),
    ("closing-statement-signed-by-aide", "The council said it would not raise fees, in a statement signed by its "
     "spokesman, Tunde Ola.", [("indirect", "it would not raise fees", "The council")]),
    ("closing-interview-occasion", "The coach said the squad was ready, in an interview on Sunday.",
     [("indirect", "the squad was ready", "The coach")]),
    ("closing-while-speaking", "The engineer said the road would be finished by March, while speaking to "
     "journalists.", [("indirect", "the road would be finished by March", "The engineer")]),
    ("closing-occasion-with-own-verb-stays", "The coach said the squad was ready, in a statement that fans "
     "welcomed.", [("indirect", "the squad was ready, in a statement that fans welcomed", "The coach")]),
    ("as-per-source", "The toll will rise in June, as per officials.",
     [("indirect", "The toll will rise in June", "officials")]),
    ("as-per-standard-no-source", "The bridge was built as per the plan.", []),
    ("as-per-rules-no-source", "As per the rules, the candidate must resign first.", []),
    ("as-per-usual-no-source", "The ferry left late, as per usual.", []),
    ("bracketed-second-honorific-name", "Dr (Mrs) Ada Nwosu, the head of the clinic, said the ward had enough beds.",
     [("indirect", "the ward had enough beds", "Dr (Mrs) Ada Nwosu")]),
    ("it-is-learnt-that", "It is learnt that the minister will resign on Monday.",
     [("indirect", "that the minister will resign on Monday", None)]),
    ("lesson-is-learnt-no-report", "The lesson is learnt.", []),
    ("description-name-relative-chain", "The police chief, Mr. Jo Baba, who was represented by his deputy, said the "
     "march was banned.", [("indirect", "the march was banned", "The police chief, Mr. Jo Baba")]),
    ("acronym-title-name-relative", "The IGP, Mr. Sani Baba, who was represented by the DIG in charge of operations, "
     "Mr. Femi Ade, said the police would not tolerate violence.",
     [("indirect", "the police would not tolerate violence", "The IGP, Mr. Sani Baba")]),
    ("office-name-relative-chain", "The Commissioner of Works, Mr. Hakeem Odu, who spoke through the ministry's "
     "spokesman, said the suspects would be charged.",
     [("indirect", "the suspects would be charged", "The Commissioner of Works, Mr. Hakeem Odu")]),
    ("according-description-then-name", "According to a statement by the ministry's spokesperson, Mrs. Ada Obi, the "
     "vaccines would arrive next week.", [("indirect", "the vaccines would arrive next week",
                                          "a statement by the ministry's spokesperson, Mrs. Ada Obi")]),
    ("according-description-then-list", "According to the coach, Lee, Hart and Vale will start.",
     [("indirect", "Lee, Hart and Vale will start", "the coach")]),
    ("court-ruled-that", "The tribunal on Friday ruled that the election was valid.",
     [("indirect", "that the election was valid", "The tribunal")]),
    ("held-talks-no-report", "The party held talks with the unions on Monday.", []),
    ("held-that-meeting-no-report", "He held that meeting in secret.", []),
    ("ruled-the-country-no-report", "The king ruled the country for 30 years.", []),
    ("ruled-out-no-report", "The minister ruled out a deal with the rebels.", []),
    ("held-up-as-proof-no-report", "Her friend has been held up throughout the race as living proof that she is "
     "honest.", []),
    ("his-excellency-initials-in-name", "HE Sheikh Omar said the country would host the summit.",
     [("indirect", "the country would host the summit", "HE Sheikh Omar")]),
    # a split quotation's tag reports its second part, even where the parse gave it only the words after it
    ("split-tag-second-part-then-claim", '"Prices will fall," the minister said, "within a year" and wages will '
     'rise, his aides claim.', [("direct", "Prices will fall, within a year", "the minister"),
                                ("indirect", "wages will rise", "his aides")]),
    # a past form not in -ed that takes up speech tags only when it closes the tag; a dash breaks speech off
    ("turn-past-began-after-dash", '"We were going to -- " Vale began.', [("direct", "We were going to --", "Vale")]),
    ("turn-past-broke-in", '"Enough," Vale broke in.', [("direct", "Enough,", "Vale")]),
    ("turn-past-began-title-no-report", '"Night Owls," the series began in 1998.', []),
    ("turn-past-cut-no-particle-no-report", '"Night Owls," the channel cut.', []),
    ("dash-in-title-no-report", 'He read "War and Peace--" and then slept.', []),
    # a noun of one's relation to another, tagged an adjective after its possessive, heads the reply's speaker
    ("relation-noun-shot-back-paragraph", 'Ann Ruiz said the plan was costed.\nHer opponent shot back.\n'
     '"That is simply false."', [("indirect", "the plan was costed", "Ann Ruiz"),
                                 ("direct", "That is simply false.", "Her opponent")]),
    ("rival-thing-no-speaker", 'The council met on Friday.\nThe rival bid failed.\n"We will try again."', []),
    # a plural tagged a verb after a quotation handed over with its comma is the tag's speaker, not the quote's end
    ("plural-tagged-verb-after-mark", 'She described a meeting she called "tense but useful," aides said.',
     [("mixed", 'She described a meeting she called "tense but useful,"', "aides")]),
    ("plural-tagged-verb-after-mark-relative", 'He described a visit he called "long overdue," aides said.',
     [("mixed", 'He described a visit he called "long overdue,"', "aides")]),
    # a roundup's tag with no verb: a name, a description and a relative clause of a person after it
    ("roundup-name-relative-clause", '"It is a disgrace," Ann Ruiz, a nurse, who lives nearby.',
     [("direct", "It is a disgrace,", "Ann Ruiz")]),
    ("roundup-name-noun-then-relative", '"We cannot sleep." Tom Vale, a baker who works nights.',
     [("direct", "We cannot sleep.", "Tom Vale")]),
    ("roundup-thing-relative-no-report", '"It is a disgrace," the old town hall, which closed in May.', []),
    # a dash and a space before the closing mark: speech broken off, no merging with the next turn
    ("dash-space-close-next-turn", '"We were going to -- " Vale said.\n"No," said the guard.',
     [("direct", "We were going to --", "Vale"), ("direct", "No,", "the guard")]),
    # h141: a title in a cue's clause is no one's words: the quotation after its colon is the cue's own
    ("told-programme-colon-quote", 'Vale told "News Hour": "We are not done yet."',
     [("direct", "We are not done yet.", "Vale")]),
    ("said-on-programme-colon-quote", 'The minister said on "News Hour": "We are not done yet."',
     [("direct", "We are not done yet.", "The minister")]),
    ("podcast-title-no-mixed", '"We will win," Vale said in May on the podcast "Here\'s the Deal."',
     [("direct", "We will win,", "Vale")]),
    ("programme-title-with-clause-stays-mixed", 'The mayor said they debate on KTV\'s "Good Day Ohio" on April 15.',
     [("mixed", 'they debate on KTV\'s "Good Day Ohio" on April 15', "The mayor")]),
    ("said-on-programme-that-clause", 'The minister said on "News Hour" that the talks had failed.',
     [("indirect", "that the talks had failed", "The minister")]),
    ("named-paper-reports", 'A paper called "The Harbour Voice" reported the closure first.',
     [("direct", "The Harbour Voice", None),
      ("indirect", "the closure", 'A paper called "The Harbour Voice"')]),
    ("quoted-term-in-subject-keeps-mark", 'Critics of the "reform" say the cuts go too far.',
     [("indirect", "the cuts go too far", 'Critics of the "reform"')]),
    ("title-in-apposition-comma-inside", 'The mayor, a fan of "Gone Girl," said the film was good.',
     [("indirect", "the film was good", "The mayor")]),
    ("title-in-apposition-comma-outside", 'The mayor, a fan of "Gone Girl", said the film was good.',
     [("indirect", "the film was good", "The mayor")]),
    ("tag-after-title-still-tags", '"We lost," said the man who ran the club.',
     [("direct", "We lost,", "the man who ran the club")]),
    ("programme-title-ends-subject", 'Fans of the show "Night Owls" say it was cancelled too soon.',
     [("indirect", "it was cancelled too soon", 'Fans of the show "Night Owls"')]),
    ("named-report-subject", 'A report titled "Low Water" warned that the dam was failing.',
     [("indirect", "that the dam was failing", 'A report titled "Low Water"')]),
    ("rubric-label-no-speaker", 'The council met on Monday.\n\nQUOTE BOX: "We will be back." \u2014 Ann Ruiz',
     [("direct", "We will be back.", "Ann Ruiz")]),
    # h142: a translation glossed after a tagged quotation is the same speaker's words again, a quote of its own
    ("translation-meaning", '"Wir schaffen das," Greta Vogel said, meaning "we can do this."',
     [("direct", "Wir schaffen das,", "Greta Vogel"), ("direct", "we can do this.", "Greta Vogel")]),
    ("translation-or-after-language", '"Nous sommes prets," Luc Morel told reporters in French, or "we are ready."',
     [("direct", "Nous sommes prets,", "Luc Morel"), ("direct", "we are ready.", "Luc Morel")]),
    ("translation-dash-in-english", '"Wir sind bereit," said the chancellor \u2014 in English, "we are ready."',
     [("direct", "Wir sind bereit,", "the chancellor"), ("direct", "we are ready.", "the chancellor")]),
    ("translation-which-means", '"Ja," Karl Brandt said, which means "yes."',
     [("direct", "Ja,", "Karl Brandt"), ("direct", "yes.", "Karl Brandt")]),
    ("translation-after-paraphrase", 'Ana Morel told reporters the plan was "bien," meaning "good."',
     [("mixed", 'the plan was "bien,"', "Ana Morel"), ("direct", "good.", "Ana Morel")]),
    ("or-without-language-no-translation", 'The minister said the deal was done, or "almost done."',
     [("mixed", 'the deal was done, or "almost done."', "The minister")]),
    ("translation-short-word-kept", '"Nein," she said, which translates as "no".',
     [("direct", "Nein,", "she"), ("direct", "no", "she")]),
    ("translation-low-high-marks", '\u201eNein\u201c, she said, which translates as \u201eno way\u201c.',
     [("direct", "Nein", "she"), ("direct", "no way", "she")]),
    ("or-rather-no-translation", '"Stay calm," the guide said, or rather "stay close."',
     [("direct", "Stay calm,", "the guide"), ("mixed", 'or rather "stay close."', "the guide")]),
    # a headline (a short line closing with no stop) may drop its verb: an inverted report after its comma
    # reports the words before it; not a phrase of place or time, and no headline without a verb of saying
    ("headline-inversion-verbless", "No plan to extend the curfew, says Health Minister\nThe board meets on Monday.",
     [("indirect", "No plan to extend the curfew", "Health Minister")]),
    ("headline-inversion-lower-case", "No fare rise this year, says transit chief\nThe board meets on Monday.",
     [("indirect", "No fare rise this year", "transit chief")]),
    ("headline-inversion-place-nothing", "In the harbour, says Tom Vale\nThe board meets on Monday.", []),
    ("headline-live-updates-nothing", "Storm batters coast: live updates\nThe board meets on Monday.", []),
    ("headline-what-we-know-nothing", "Election 2024: what we know\nThe board meets on Monday.", []),
    ("headline-things-to-know-nothing", "Five things to know about the budget\nThe board meets on Monday.", []),
    # a headline's closing dash before a source in lower case credits the claim to it; not a heading's
    # label nor a site's name after the dash
    ("headline-dash-source", "Budget will hurt the poor - charity\nThe board meets on Monday.",
     [("indirect", "Budget will hurt the poor", "charity")]),
    ("headline-en-dash-role", "Rates to stay low for a year \u2013 bank chief\nThe board meets on Monday.",
     [("indirect", "Rates to stay low for a year", "bank chief")]),
    ("headline-dash-live-updates-nothing", "Storm batters coast - live updates\nThe board meets on Monday.", []),
    ("headline-dash-site-name-nothing", "Storm batters coast - Daily Ledger\nThe board meets on Monday.", []),
    ("headline-dash-pictures-nothing", "In pictures - flood victims\nThe board meets on Monday.", []),
    ("dash-with-stop-nothing", "The plan will fail - police chief.\nThe board meets on Monday.", []),
    # a headline's opening name and colon credit the claim after it: a full name or a title and a name, a
    # lone name before `I` or `we`; not a topic's label, a rubric, or a claim with its own report
    ("headline-colon-full-name", "Dr. Ann Ruiz: Vaccine is safe for children\nThe board meets on Monday.",
     [("indirect", "Vaccine is safe for children", "Dr. Ann Ruiz")]),
    ("headline-colon-first-person", "Ruiz: I will not resign\nThe board meets on Monday.",
     [("indirect", "I will not resign", "Ruiz")]),
    ("headline-colon-topic-nothing", "Covid: cases rise again in city\nThe board meets on Monday.", []),
    ("headline-colon-rubric-nothing", "Analysis: Why the plan will fail\nThe board meets on Monday.", []),
    ("colon-with-stop-nothing", "Ann Ruiz: a life in music.\nThe board meets on Monday.", []),
    # Tags whose speaker the tagger breaks (h144)
    ("police-say-per-release", "The suspect was armed, police say, per a news release.",
     [("indirect", "The suspect was armed", "police")]),
    ("charging-documents-say-verb", "The man stole three cars, charging documents say.",
     [("indirect", "The man stole three cars", "charging documents")]),
    ("excellency-before-title-tagged-verb", "HE Mr Omar Saad said the talks would resume.",
     [("indirect", "the talks would resume", "HE Mr Omar Saad")]),
    # An `-ed` verb read as an adjective of the noun after it: the object is the clause's subject (h144)
    ("object-then-past-is-clause", "The complaint, filed Monday in federal court, alleges the company ignored "
     "safety warnings.", [("indirect", "the company ignored safety warnings", "The complaint")]),
    ("excellency-then-apposition", "HE Dr Thani bin Ahmed, Minister of State, said the talks would resume.",
     [("indirect", "the talks would resume", "HE Dr Thani bin Ahmed")]),
    # Headlines left over (h146): a source noun with its article dropped after an inverted `says` speaks,
    # whatever its tag; not a word that only qualifies an office
    ("headline-says-bare-role-after-topic", "Budget: we will fix the roads, says mayor\nThe board meets on Monday.",
     [("indirect", "we will fix the roads", "mayor")]),
    ("headline-says-bare-role-tagged-adjective", "Budget cuts coming, says mayor\nThe board meets on Monday.",
     [("indirect", "Budget cuts coming", "mayor")]),
    ("says-bare-qualifier-nothing", "The plan is dead, says former\nThe board meets on Monday.", []),
    # a title-case `Tells` with a listener of one or two words, then a determiner and a finite verb: told
    ("headline-tells-listener-then-clause", "Mayor Tells Council That The Budget Is Dead\nThe board meets on Monday.",
     [("indirect", "The Budget Is Dead", "Mayor")]),
    ("headline-tells-two-word-listener", "Mayor Ann Ruiz Tells City Council A New Tax Will Pay For Roads\n"
     "The board meets on Monday.", [("indirect", "A New Tax Will Pay For Roads", "Mayor Ann Ruiz")]),
    ("headline-tells-double-object-nothing", "Mayor Tells Council The Whole Story Of The Deal\n"
     "The board meets on Monday.", []),
    # a title-case cue form whose tagger lemma is the form itself (`Warns`): its own verb; past `Of`/`About`
    ("headline-warns-of-title-case", "Senator Warns Of Shutdown As Talks Stall\nThe board meets on Monday.",
     [("indirect", "Shutdown As Talks Stall", "Senator")]),
    ("headline-warns-clause-title-case", "Senator Jane Roe Warns Shutdown Is Near\nThe board meets on Monday.",
     [("indirect", "Shutdown Is Near", "Senator Jane Roe")]),
    # a lone source noun in title case before a headline's colon credits the claim; not in capitals (a
    # rubric), not a topic's label
    ("headline-colon-poll-source", "Poll: Ruiz leads the race in Ohio\nThe board meets on Monday.",
     [("indirect", "Ruiz leads the race in Ohio", "Poll")]),
    ("headline-colon-police-source", "Police: suspect arrested after the fire\nThe board meets on Monday.",
     [("indirect", "suspect arrested after the fire", "Police")]),
    ("headline-colon-report-capitals-nothing", "REPORT: rates will rise next year\nThe board meets on Monday.", []),
    ("headline-colon-health-topic-nothing", "Health: flu cases rise again in city\nThe board meets on Monday.", []),
    # Headlines, the last leftovers (h149): a bare name or a source closing a headline after its colon; a
    # claim of two words with a verb; a sentence-case cue tagged as a noun; no cue before a preposition; the
    # listener of `warn X of Y` is no part of what was said; a base form after a plural
    ("headline-colon-closing-name", "Centre neglecting farmers: Rahul\nThe board meets on Monday.",
     [("indirect", "Centre neglecting farmers", "Rahul")]),
    ("headline-colon-closing-source", "Bridge to reopen by spring: council leader\nThe board meets on Monday.",
     [("indirect", "Bridge to reopen by spring", "council leader")]),
    ("headline-colon-closing-place-nothing", "Election 2024: Texas\nThe board meets on Monday.", []),
    ("headline-colon-closing-adjective-nothing", "Weather: Sunny\nThe board meets on Monday.", []),
    ("headline-colon-closing-outlet-nothing", "Storm batters coast: Daily Ledger\nThe board meets on Monday.", []),
    ("headline-colon-closing-acronym-nothing", "Great game tonight: SMH\nThe board meets on Monday.", []),
    ("headline-colon-two-word-claim", "Police: suspect arrested\nThe board meets on Monday.",
     [("indirect", "suspect arrested", "Police")]),
    ("headline-colon-two-word-heading-nothing", "Ann Ruiz: Early years\nThe board meets on Monday.", []),
    ("headline-sentence-case-slams-quoted", "Union slams pay offer as 'insulting'\nThe board meets on Monday.",
     [("mixed", "pay offer as 'insulting'", "Union")]),
    ("headline-sentence-case-slams-unquoted-nothing", "Union slams new pay offer\nThe board meets on Monday.", []),
    ("headline-sentence-case-denies-object", "Ruiz denies wrongdoing over land deal\nThe board meets on Monday.",
     [("indirect", "wrongdoing over land deal", "Ruiz")]),
    ("headline-sentence-case-plural-warn", "Farmers warn of food shortages as drought bites\n"
     "The board meets on Monday.", [("indirect", "food shortages as drought bites", "Farmers")]),
    ("headline-sentence-case-closing-confirms", "Rail strike will go ahead, union confirms\n"
     "The board meets on Monday.", [("indirect", "Rail strike will go ahead", "union")]),
    ("headline-quote-colon-bare-role-warns", "'Brace for a long winter': mayor warns of more cuts\n"
     "The board meets on Monday.", [("direct", "Brace for a long winter", "mayor")]),
    ("headline-title-claims-preposition-nothing", "Jane Roe Claims Under Fire As Probe Widens\n"
     "The board meets on Monday.", []),
    ("headline-title-warns-listener-short-nothing", "Minister Warns Farmers Of Drought\nThe board meets on Monday.",
     []),
    ("headline-title-warns-listener-of", "Minister Warns Farmers Of Long Dry Summer\nThe board meets on Monday.",
     [("indirect", "Long Dry Summer", "Minister")]),
    ("headline-title-plural-vow", "Teachers Vow To Strike Over Pay\nThe board meets on Monday.",
     [("indirect", "To Strike Over Pay", "Teachers")]),
    ("headline-title-plural-urge-listener", "Police Urge Drivers To Avoid Coast Road\nThe board meets on Monday.",
     [("indirect", "Drivers To Avoid Coast Road", "Police")]),
    ("headline-title-plural-noun-compound-nothing", "Voters Report Card Is Out\nThe board meets on Monday.", []),
    ("headline-title-denies-capitalised-object-nothing", "Ruiz Denies Ann Vale Misled Council\n"
     "The board meets on Monday.", []),
    ("headline-title-closing-says-body-of", "Rates Will Stay Low, Bank Of England Says\nThe board meets on Monday.",
     [("indirect", "Rates Will Stay Low", "Bank Of England")]),
    ("headline-title-plural-report-noun-nothing", "Emails Reveal Aide Met Reporter\nThe board meets on Monday.", []),
    ("headline-title-closing-says-after-quotation", "Waiting Lists 'Out Of Control,' Watchdog Says\n"
     "The board meets on Monday.", [("direct", "Out Of Control,", "Watchdog")]),
    ("headline-sentence-case-closing-warns-after-quotation", "Hospital waiting lists 'out of control,' watchdog "
     "warns\nThe board meets on Monday.", [("mixed", "Hospital waiting lists 'out of control,'", "watchdog")]),
    # Live blogs and council meetings (h153): a live blog's stamp (`12:30 p.m. ET —`, `UPDATE 3:15 p.m.:`) is
    # no part of the entry's speaker; a list's bullet is no word of its item; a vote's tally reports nothing
    ("live-stamp-dash-participle", '12:30 p.m. — Lena Ortiz, speaking moments ago, said: "We are asking everyone '
     'to leave now."', [("direct", "We are asking everyone to leave now.", "Lena Ortiz")]),
    ("live-stamp-zone-participle", "12:30 p.m. ET — Mayor Tom Reyes, speaking at a briefing, said the levee was "
     "holding.", [("indirect", "the levee was holding", "Mayor Tom Reyes")]),
    ("live-stamp-update-relative", "UPDATE 3:15 p.m.: Reyes, who toured the levee this morning, said crews were "
     "working around the clock.", [("indirect", "crews were working around the clock", "Reyes")]),
    ("live-bullet-items", "Key points:\n\n• Hale said he would wait for the final count.\n\n• Turnout topped 60 "
     "percent, election officials said.", [("indirect", "he would wait for the final count", "Hale"),
                                           ("indirect", "Turnout topped 60 percent", "election officials")]),
    ("meeting-gerund-modifier-subject", "Planning staff recommended that the commission deny the permit, citing "
     "noise concerns.", [("indirect", "that the commission deny the permit", "Planning staff"),
                         ("indirect", "noise concerns", "Planning staff")]),   # h326: the reason cited
    ("meeting-relative-without-comma", "A resident who did not give her name said the meeting should have been "
     "held in the evening.", [("indirect", "the meeting should have been held in the evening",
                               "A resident who did not give her name")]),
    ("meeting-vote-tally-nothing", "The motion passed 5-2, with Ruiz and council member Joe Park voting no. Voting "
     "yes were Lin, Moore and Adams.", []),
    ("live-newsroom-voice-nothing", "4:05 p.m. ET — The council will take up the measure again at its May 12 "
     "meeting. We'll have more on this soon.", []),
    # a label naming a text with its owner before the text in full; a meeting's minutes show as records do
    ("live-owned-statement-label", 'Ruiz\'s full remarks:\n\n"Thank you, Texas. We did this together."',
     [("direct", "Thank you, Texas. We did this together.", "Ruiz's")]),
    ("live-statement-from-label", 'The full statement from the White House:\n\n"The president was briefed this '
     'morning."', [("direct", "The president was briefed this morning.", "The full statement from the White House")]),
    ("live-ownerless-answer-label-nothing", 'The answer:\n\n"No."', []),
    ("meeting-minutes-show", "The minutes show Ruiz raised the issue twice.",
     [("indirect", "Ruiz raised the issue twice", "The minutes")]),
    ("minutes-later-time-nothing", "Minutes later, video showed the car leaving the lot.", []),
    # `wanted to know` and a question: the question asked; not knowledge wished for
    ("meeting-wanted-to-know-what", "Residents want to know what the city plans to do with the lot.",
     [("indirect", "what the city plans to do with the lot", "Residents")]),
    ("meeting-wanted-to-know-if-apposition", "Ruiz, a mother of three, wanted to know if the school would reopen.",
     [("indirect", "if the school would reopen", "Ruiz")]),
    ("want-to-know-that-nothing", "I want to know that you are safe.", []),
    ("want-to-know-more-nothing", "Voters wanted to know more about the plan.", []),
    # meeting coverage as it comes: a resident's words to the board, a chair's question, a motion (no report)
    ("meeting-resident-told-board", "Resident Tom Vale, who lives on Elm Street, told the board that traffic had "
     "doubled since the school opened.", [("indirect", "that traffic had doubled since the school opened",
                                           "Resident Tom Vale")]),
    ("meeting-public-comment-pieces", '"We were promised a traffic study three years ago," Vale said during public '
     'comment. "We never got one."', [("direct", "We were promised a traffic study three years ago, We never got "
                                       "one.", "Vale")]),
    ("meeting-chair-asked-whether", "Board President Kay Lin asked whether anyone else wished to speak. Nobody did.",
     [("indirect", "whether anyone else wished to speak", "Board President Kay Lin")]),
    ("meeting-motion-seconded-nothing", "Council member Ann Ruiz moved to table the motion, and council member Joe "
     "Park seconded it.", []),
    ("live-stamp-direct-pieces", 'UPDATE 3:15 p.m. ET: "We are out of sandbags," Ortiz said. "We need more trucks."',
     [("direct", "We are out of sandbags, We need more trucks.", "Ortiz")]),
    # Asian and Caribbean press: Philippine `Sec.`/`Usec.` end no sentence; `Dato'` keeps its apostrophe; `the
    # Honourable` inside a chain of titles is the name's; Malay forms of address open the name
    ("sec-abbreviation-title", "Agriculture Sec. Ana Cruz denied that her office had favoured any importer.",
     [("indirect", "that her office had favoured any importer", "Agriculture Sec. Ana Cruz")]),
    ("usec-abbreviation-title", "Usec. Ana Reyes said the permits were online.",
     [("indirect", "the permits were online", "Usec. Ana Reyes")]),
    ("sec-measure-still-ends-sentence", "She won the race by 0.2 sec. The coach said the team was happy.",
     [("indirect", "the team was happy", "The coach")]),
    ("dato-apostrophe-title", "Dato' Lee Chong Keat, a former minister, said the jams would worsen.",
     [("indirect", "the jams would worsen", "Dato' Lee Chong Keat")]),
    ("dato-apostrophe-inverted", '"The jams start at 5am," said Dato\' Sri Ali Hamid.',
     [("direct", "The jams start at 5am,", "Dato' Sri Ali Hamid")]),
    ("the-honourable-in-title-chain", "Senator Dr the Honourable Jo Vale said the health sector needed more nurses.",
     [("indirect", "the health sector needed more nurses", "Senator Dr the Honourable Jo Vale")]),
    ("the-hon-in-title-chain", "Minister the Hon. Ann Ruiz told the House that the port would open.",
     [("indirect", "that the port would open", "Minister the Hon. Ann Ruiz")]),
    ("encik-form-of-address", '"The jams start at 5am," Encik Rosli Ahmad, a lorry driver, told reporters.',
     [("direct", "The jams start at 5am,", "Encik Rosli Ahmad")]),
    ("madam-inverted-with-age", '"My boss changed my shift three times," said Madam Lim, 54, a retiree.',
     [("direct", "My boss changed my shift three times,", "Madam Lim")]),
    # a minister's office set off after the name in capitals, as Commonwealth papers print it: no part of the name
    ("set-off-minister-of-state", "Ms Ann Sim, Senior Minister of State for Foreign Affairs, said that the talks had "
     "ended.", [("indirect", "that the talks had ended", "Ms Ann Sim")]),
    ("set-off-deputy-prime-minister", "Ms Jo Hart, Deputy Prime Minister, told Parliament that the budget was sound.",
     [("indirect", "that the budget was sound", "Ms Jo Hart")]),
    ("set-off-chief-executive-officer", "Jane Doe, Chief Executive Officer, said the company would grow.",
     [("indirect", "the company would grow", "Jane Doe")]),
    ("set-off-minister-inverted", '"We will act," said Mr Tom Vale, Minister for Home Affairs.',
     [("direct", "We will act,", "Mr Tom Vale")]),
    # `quoted X as saying:` and a quotation: X's direct words, the name no part of them (Xinhua's, Bernama's style)
    ("quoted-as-saying-colon", 'The Inquirer quoted Senator Ana Reyes as saying: "We will not stop."',
     [("direct", "We will not stop.", "Senator Ana Reyes")]),
    ("quoted-as-saying-clause", "Xinhua quoted Mr Wang Yi as saying that China would never accept the ruling.",
     [("indirect", "that China would never accept the ruling", "Mr Wang Yi")]),
    # police and military ranks abbreviated end no sentence (`Brig. Gen.`, `Insp.`, `Cpl.`, `Det. Sgt.`)
    ("brig-gen-abbreviation", "Brig. Gen. Jose Reyes said the troops had pulled back.",
     [("indirect", "the troops had pulled back", "Brig. Gen. Jose Reyes")]),
    ("insp-abbreviation", "Insp. Jo Vale, the investigating officer, said the matter was under investigation.",
     [("indirect", "the matter was under investigation", "Insp. Jo Vale")]),
    ("cpl-abbreviation", "Cpl. Jo Vale said the car had been stolen.",
     [("indirect", "the car had been stolen", "Cpl. Jo Vale")]),
    ("det-sgt-abbreviation", "Det. Sgt. Jo Vale said the car had been stolen.",
     [("indirect", "the car had been stolen", "Det. Sgt. Jo Vale")]),
    # `shared that` reports, as Singapore's and the Philippines' papers write it; a thing shared is no report
    ("shared-that-clause", "Mr Ong shared that his family had run the stall for 40 years.",
     [("indirect", "that his family had run the stall for 40 years", "Mr Ong")]),
    ("shared-object-nothing", "Mr Ong shared a photo of the stall on Facebook.", []),
    ("shared-contract-nothing", "The two firms shared the contract.", []),
    ("as-sharing-no-surface-tag-nothing", "While fans admire the \u201csteady hand,\u201d he sees Tom Vale as sharing "
     "this trait.", []),
    ("shared-surface-tag", '"It was hard," she shared.', [("direct", "It was hard,", "she")]),
    # Singapore's papers give an MP's party or seat in brackets after the name: no part of it
    ("bracket-seat-after-name", "Ms Ann Ong (Hillview GRC) asked if the freeze would apply to all centres.",
     [("indirect", "if the freeze would apply to all centres", "Ms Ann Ong")]),
    ("bracket-party-after-name", "Mr Tan Wei Ming (PSP) asked if the Government would consider a minimum wage.",
     [("indirect", "if the Government would consider a minimum wage", "Mr Tan Wei Ming")]),
    # fact-check articles (h155): a noun cue's clause runs to the sentence's own predicate; `According to X,`
    # and its comma are no part of the mixed quote after them; a question's stranded preposition is its own
    ("factcheck-claim-that-is-false", "Delgado's claim that the bill has no training requirement is false.",
     [("indirect", "that the bill has no training requirement", "Delgado")]),
    ("factcheck-according-to-mixed", 'According to Alvarez, the study "proves our point."',
     [("mixed", 'the study "proves our point."', "Alvarez")]),
    ("factcheck-asked-where-from", "Asked where the money would come from, the mayor's office pointed to a state "
     "grant.", [("indirect", "where the money would come from", None)]),
    ("question-ends-at-lone-hyphen", 'But when asked how she would define the "elite" - the term used by Ruiz - Lee '
     'fought back.', [("mixed", 'how she would define the "elite"', None)]),
    ("gerund-subject-closing-report", "Finding what lies under the road is not as simple as digging, he said.",
     [("indirect", "Finding what lies under the road is not as simple as digging", "he")]),
    # other languages and labels (h158): a gesture verb's tag and its gloss; German `so`; a text's bare label
    ("gesture-tag-gloss", '"Tant pis," Luc Ferrand shrugged, meaning "too bad."',
     [("direct", "Tant pis,", "Luc Ferrand"), ("direct", "too bad.", "Luc Ferrand")]),
    ("gesture-tag-participle", '"Maybe next year," the coach laughed, shaking his head.',
     [("direct", "Maybe next year,", "the coach")]),
    ("german-so-tag", '"Wir sind bereit", so Olaf Brandt.', [("direct", "Wir sind bereit", "Olaf Brandt")]),
    ("german-so-tag-low-quotes", '\u201eWir sind bereit\u201c, so Brandt.', [("direct", "Wir sind bereit", "Brandt")]),
    ("english-so-not-tag", '"We lost," so Tom Vale went home.', []),
    ("label-after-issuer", 'The harbour board released a statement late on Friday.\n\nThe statement in full:\n\n'
     '"We regret the delays and thank passengers for their patience."',
     [("direct", "We regret the delays and thank passengers for their patience.", "The harbour board")]),
    ("label-no-issuer", 'The storm reached the coast on Friday.\n\nThe full statement:\n\n'
     '"We regret the delays and thank passengers for their patience."',
     [("direct", "We regret the delays and thank passengers for their patience.", None)]),
    ("label-not-text", 'The answer was simple:\n\n"We regret the delays."', []),
    # cue gaps and misread tags (h157): verbs of promising, warning and confirming invert like `said`, their
    # `-s` form tagged a noun too; an object relative clause (`whom the board invited`) before the cue is the
    # subject's; an aside of quoting between a paper's verb and `that`
    ("inverted-vowed-name", "We will not back down, vowed Ann Ruiz.",
     [("indirect", "We will not back down", "Ann Ruiz")]),
    ("inverted-vows-noun-tagged", "We will not back down, vows Ruiz.",
     [("indirect", "We will not back down", "Ruiz")]),
    ("inverted-warned-no-listener", "The levee will not hold, warned Ann Ruiz.",
     [("indirect", "The levee will not hold", "Ann Ruiz")]),
    ("inverted-confirmed", "The count was fair, confirmed the election chief.",
     [("indirect", "The count was fair", "the election chief")]),
    ("inverted-promised-not-a-speaker", "Ruiz toured the plant, promised new jobs.", []),
    ("set-off-confirms-noun-tagged", "The budget is balanced, the spokesman confirms.",
     [("indirect", "The budget is balanced", "the spokesman")]),
    ("whom-clause-before-cue", "A parent whom the board had invited to speak said the plan was unfair.",
     [("indirect", "the plan was unfair", "A parent whom the board had invited to speak")]),
    ("who-object-clause-before-cue", "A parent who the board invited to speak said the plan was unfair.",
     [("indirect", "the plan was unfair", "A parent who the board invited to speak")]),
    ("paper-reports-citing-that", "The Daily Ledger reports, citing two sources, that the mayor will resign.",
     [("indirect", "that the mayor will resign", "The Daily Ledger")]),
    ("caption-verb-tag-after", '"Best summer ever," Kylie Banks captioned the post.',
     [("direct", "Best summer ever,", "Kylie Banks")]),
    ("caption-verb-tag-before", 'Kylie Banks captioned the photo, "Best summer ever."',
     [("direct", "Best summer ever.", "Kylie Banks")]),
    ("caption-participle-names-no-poster", 'A post captioned "Home at last" drew a million likes.',
     [("direct", "Home at last", None)]),
    ("caption-participle-set-off-no-poster", 'The photo, captioned "Home at last," drew a million likes.',
     [("direct", "Home at last,", None)]),
    ("song-title-after-noun-no-quote", 'Her hit "Fire" topped the charts for six weeks.', []),
    ("bang-name-keeps-sentence", "Her rep confirmed to E! News that the singer had checked into a wellness facility.",
     [("indirect", "that the singer had checked into a wellness facility", "Her rep")]),
    ("bang-name-then-new-sentence", 'She spoke to E! The show airs Friday. "It was fun," she said.',
     [("direct", "It was fun,", "she")]),
    ("age-after-description-no-speaker-part", '"I loved it," the actress, 45, gushed.',
     [("direct", "I loved it,", "the actress")]),
    ("with-one-writing-speaks", 'Fans reacted online, with one fan writing, "I need answers now."',
     [("direct", "I need answers now.", "one fan")]),
    ("clapped-back-tag", '"Stay mad," the rapper clapped back.', [("direct", "Stay mad,", "the rapper")]),
    ("clapped-back-colon", 'The rapper clapped back at a troll: "Stay mad."', [("direct", "Stay mad.", "The rapper")]),
    ("clapped-applause-no-cue", 'Fans clapped and cheered as she took the stage.', []),
    # several reports in one sentence (h160): a fronted `According to X,` with a relative clause set off after
    # X (neither X's name nor what X says); a clause of two words, a subject and its verb, is a report all the same
    ("according-fronted-which-aside", "According to a news agency, which cited two officials, the army has "
     "withdrawn from the town.", [("indirect", "the army has withdrawn from the town", "a news agency")]),
    ("according-fronted-who-aside-inner-comma", "According to the mayor, who spoke at a rally in Lyon, France, on "
     "Sunday, the stadium will be finished next year.",
     [("indirect", "the stadium will be finished next year", "the mayor")]),
    ("according-fronted-that-is-content", "According to the report, that is not the whole story.",
     [("indirect", "that is not the whole story", "the report")]),
    ("two-word-clause-noun-verb", "The company said sales fell.", [("indirect", "sales fell", "The company")]),
    ("two-word-clause-before-contrast", "The company said profits rose, while rivals reported losses.",
     [("indirect", "profits rose", "The company")]),
    ("two-word-clauses-both-reports", "Officials said nobody died, but residents said two people were missing.",
     [("indirect", "nobody died", "Officials"), ("indirect", "two people were missing", "residents")]),
    ("two-word-clause-verb-with-object-before-nothing", "The firm raised twice what the manager said she expected.",
     [("indirect", "what the manager said she expected", "the manager")]),
    ("two-word-clause-cut-off-believe", "Some groups say they believe voters should choose the winner.",
     [("indirect", "they believe voters should choose the winner", "Some groups")]),
    ("two-word-clause-pronoun-after-contrast", "The company said sales fell, while rivals said they grew.",
     [("indirect", "sales fell", "The company"), ("indirect", "they grew", "rivals")]),
    ("coordinated-reports-two-speakers", "The union said workers would strike on Monday, and management said it was "
     "disappointed.", [("indirect", "workers would strike on Monday", "The union"),
                       ("indirect", "it was disappointed", "management")]),
    ("relative-report-inside-subject", "The official, who told reporters that the plant was safe, said inspections "
     "would continue.", [("indirect", "that the plant was safe", "who"),
                         ("indirect", "inspections would continue", "The official")]),
    ("contrast-second-speaker", "Several residents said the water smelled of gas, though the utility insisted it "
     "was safe.", [("indirect", "the water smelled of gas", "Several residents"),
                   ("indirect", "it was safe", "the utility")]),
    # a newsletter's lead-in label opening a paragraph (`What they're saying:`, lexicon NEWSLETTER_LABELS) is a
    # sentence of its own: never a speaker, no words of the quotation, its `saying` no cue
    ("newsletter-label-then-colon-cue", 'What they\'re saying: Sen. Jo Hart (D-Ore.) tweeted: "This delay hurts '
     'every commuter in the region."', [("direct", "This delay hurts every commuter in the region.", "Sen. Jo Hart")]),
    ("newsletter-label-then-quotation", 'What they\'re saying: "This delay hurts every commuter," Sen. Jo Hart said.',
     [("direct", "This delay hurts every commuter,", "Sen. Jo Hart")]),
    ("newsletter-label-then-according-to", "Zoom in: The levy would cost each home $120 a year, according to the "
     "budget office.", [("indirect", "The levy would cost each home $120 a year", "the budget office")]),
    ("newsletter-label-then-per", "By the numbers: 62% of voters back the plan, per a new poll.",
     [("indirect", "62% of voters back the plan", "a new poll")]),
    ("newsletter-label-after-bullet", "- Between the lines: Aides say the mayor wants a deal by June.",
     [("indirect", "the mayor wants a deal by June", "Aides")]),
    ("newsletter-label-yes-but", "Yes, but: Critics say the delay is a stalling tactic.",
     [("indirect", "the delay is a stalling tactic", "Critics")]),
    ("newsletter-label-flashback", "Flashback: In 2019, Lee said the city could not afford new rail lines.",
     [("indirect", "the city could not afford new rail lines", "Lee")]),
    ("newsletter-label-alone", "Why it matters: The levy would raise $400 million over a decade.", []),
    ("newsletter-label-go-deeper", "Go deeper: How the levy would work", []),
    ("newsletter-label-he-is-saying", 'Ruiz spoke on Monday.\n\nWhat she\'s saying: "I\'m not going anywhere."',
     [("direct", "I'm not going anywhere.", "she")]),
    # ... and a quote of the day: the label no speaker, the name after the dash (a party and state after it) signs it
    ("quote-du-jour-signed-party", 'Quote du jour: "We will not be bullied." \u2014 Rep. Ann Ruiz (R-Texas)',
     [("direct", "We will not be bullied.", "Rep. Ann Ruiz")]),
    ("quote-du-jour-capitals-signed-party", 'QUOTE DU JOUR: "I have never seen a conference this divided." '
     '\u2014 Ann Ruiz (D-N.Y.)', [("direct", "I have never seen a conference this divided.", "Ann Ruiz")]),
    ("quote-du-jour-unsigned", 'The vote failed.\n\nQuote du jour: "We will not be bullied."',
     [("direct", "We will not be bullied.", None)]),  # h169: a quote with no speaker (link rule quote-label)
    ("signature-party-state", '"We will not be bullied." \u2014 Ann Ruiz (D-New York)',
     [("direct", "We will not be bullied.", "Ann Ruiz")]),
    # a briefing's reactions: a name and its colon after a list's bullet or number; a rubric's colon names no one
    ("colon-name-after-bullet", 'Reactions poured in.\n\u2022 Sen. Tom Briggs (R-Utah): "This is a disaster."',
     [("direct", "This is a disaster.", "Sen. Tom Briggs (R-Utah)")]),
    ("colon-name-after-number", '2) Tom Briggs: "This is a disaster."', [("direct", "This is a disaster.", "Tom Briggs")]),
    ("colon-subject-not-rubric", 'Why it matters: "This is a disaster."', []),
    ("colon-rubric-after-bullet", '\u2022 Update: "This is a disaster."', []),
    ("colon-name-view-from-rubric", 'The View From Kyiv: "We need more than symbols."', []),
    ("view-from-rubric-then-quotation", 'The View From Berlin: "It is a symbolic measure," one diplomat said.',
     [("direct", "It is a symbolic measure,", "one diplomat")]),
    # h168: an English greeting holds no word of another language: the quotation goes on after the tag
    ("h168-greeting-goes-on", '"Good morning," she said. "We are glad you came."',
     [("direct", "Good morning, We are glad you came.", "she")]),
    # h168: a captioning verb's quotation after its object is the caption, whole; a naming verb's stays mixed
    ("h168-captioned-photo", 'She captioned the photo "Home at last."', [("direct", "Home at last.", "She")]),
    ("h168-called-stays-mixed", 'He called the deal "a disaster for farmers."',
     [("mixed", 'the deal "a disaster for farmers."', "He")]),
    # h168: a headline's quotation before a colon, and its cue's own clause after: both
    ("h168-headline-colon-then-clause", "'Trains will run on time': mayor vows to end delays",
     [("direct", "Trains will run on time", "mayor"), ("indirect", "to end delays", "mayor")]),
    ("h168-colon-then-said-clause", '"It is over": the mayor said she would resign.',
     [("direct", "It is over", "the mayor"), ("indirect", "she would resign", "the mayor")]),
    # h168: a comma tag, not a colon: no clause of the cue's after it
    ("h168-comma-tag-no-clause", '"We will win," Ruiz said she believed.', [("direct", "We will win,", "Ruiz")]),
    # h168: a passive participle of writing set off after a noun tells who wrote it: no report of the quotation
    # after the aside (the parse cuts the agent's name short)
    ("h168-written-by-aside", 'The song, written by Ann Ruiz, opens with the line "I was born by the river."',
     [("direct", "I was born by the river.", "The song")]),
    ("h168-written-by-aside-then-cue", 'The book, written by Tom Vale, calls the war "a needless tragedy."',
     [("mixed", 'the war "a needless tragedy."', "The book")]),
    # h166: cue and content leftovers
    ("promise-elided-verb", "He promised to.", []),
    ("promise-to-do-stands-for-more", "That is what he promised to do.", []),
    ("promise-object-in-relative", "Beijing rejected the ruling, which it has vowed to ignore.", []),
    ("forecast-short-infinitive", "The storm threatens to worsen.", []),
    ("said-about-amount", "Sam Lee said about six weeks.", [("indirect", "about six weeks", "Sam Lee")]),
    ("asked-then-amount-answer", "Asked how long the repairs would take, Sam Lee said about six weeks.",
     [("indirect", "how long the repairs would take", None), ("indirect", "about six weeks", "Sam Lee")]),
    ("asked-to-respond-no-answer", "Asked by the host to respond to the critics, Lee said nothing.", []),
    ("report-which-found", "The mayor cited the report, which found that the bridge was unsafe.",
     [("indirect", "that the bridge was unsafe", "which")]),
    ("role-tagged-adjective-notes", "The mayor notes that taxes fell.",
     [("indirect", "that taxes fell", "The mayor")]),
    ("noun-like-reports-before-clause", "The mayor reports that taxes fell.",
     [("indirect", "that taxes fell", "The mayor")]),
    ("noun-like-reports-relative-not-cue", "The weather reports that we saw were wrong.", []),
    ("denial-owner-that", "His denial that he took the money was false.",
     [("indirect", "that he took the money", "His")]),
    ("body-states-clause", "The agency states the water is safe.",
     [("indirect", "the water is safe", "The agency")]),
    ("role-reports-clause", "The mayor reports the budget is short.",
     [("indirect", "the budget is short", "The mayor")]),
    # war and disaster wires: the writer's remark after a report is no part of it
    ("war-closing-tag-without-evidence", "Enemy drones hit a power station overnight, the ministry said, without "
     "providing evidence.", [("indirect", "Enemy drones hit a power station overnight", "the ministry")]),
    ("war-closing-tag-which-unverified", "The militia shot down a helicopter near the border, the group said in a "
     "statement, which could not be verified.",
     [("indirect", "The militia shot down a helicopter near the border", "the group")]),
    ("war-clause-without-details", "The ministry said its troops had destroyed three tanks, without giving details.",
     [("indirect", "its troops had destroyed three tanks", "The ministry")]),
    ("war-clause-claims-unverified", "The army said its gunners had sunk two patrol boats, claims that could not be "
     "independently verified.", [("indirect", "its gunners had sunk two patrol boats", "The army")]),
    ("war-without-other-deed-kept", "The garrison withdrew, the ministry said, without firing a shot.",
     [("indirect", "The garrison withdrew without firing a shot", "the ministry")]),
    ("war-according-to-with-circumstance", "The death toll from the floods rose to 54, according to the national "
     "disaster agency, with dozens still missing.",
     [("indirect", "The death toll from the floods rose to 54", "the national disaster agency")]),
    ("war-witness-last-name-withheld", '"The roof fell in at midnight," said Lina, 31, who asked that her last name '
     'not be published.', [("direct", "The roof fell in at midnight,", "Lina")]),
    ("war-told-agency-gunmen", "Witnesses told the Associated Press that gunmen opened fire on the crowd.",
     [("indirect", "that gunmen opened fire on the crowd", "Witnesses")]),
    ("war-witnesses-described", "Witnesses described the scene as chaotic.",
     [("indirect", "the scene as chaotic", "Witnesses")]),
    ("war-declined-to-describe", "He declined to describe the talks.", []),
    ("war-passive-described-nothing", "The town is best described as a ghost town.", []),
    # (`urged calm` is the officials' own report of conduct urged, rule `call-for`'s, h281; never the farmers')
    ("war-while-clause-no-tag", "Farmers said the river burst its banks, while officials urged calm.",
     [("indirect", "the river burst its banks", "Farmers"), ("indirect", "calm", "officials")]),
    ("war-while-clause-alone-nothing", "The river burst its banks, while officials urged calm.",
     [("indirect", "calm", "officials")]),
    ("war-spokesman-for-initials-then-name", "The spokesman for the Office for the Coordination of Flood Relief "
     "(OCFR), Jens Holm, told reporters in Oslo that access to the valley remained limited.",
     [("indirect", "that access to the valley remained limited", "Jens Holm")]),
    ("war-described-bare-nothing", "Residents described a loud roar before the building collapsed.", []),
    ("disaster-urged-listener-place-phrase", "Gov. Rita Banks urged residents in evacuation zones to leave "
     "immediately.", [("indirect", "residents in evacuation zones to leave immediately", "Gov. Rita Banks")]),
    # ... and what such wires already read right stays so
    ("war-toll-figure-closing-tag", "The death toll from the strikes rose to 40, the health ministry said on Sunday.",
     [("indirect", "The death toll from the strikes rose to 40", "the health ministry")]),
    ("war-witness-age-description-interpreter", '"We walked for nine days with nothing but water," said Ann Ruiz, '
     '34, a mother of three, speaking through an interpreter.',
     [("direct", "We walked for nine days with nothing but water,", "Ann Ruiz")]),
    ("war-statement-on-telegram", "The army said in a statement on Telegram that its forces had repelled three "
     "attacks overnight.", [("indirect", "that its forces had repelled three attacks overnight", "The army")]),
    ("disaster-advisory-closing-tag", "Hurricane Lena strengthened to a Category 4 storm on Tuesday, the National "
     "Hurricane Center said in its 5 p.m. advisory.",
     [("indirect", "Hurricane Lena strengthened to a Category 4 storm on Tuesday", "the National Hurricane Center")]),
    ("war-unverified-claim-nothing", "Neither claim could be independently verified.", []),
    # campaign coverage (h162): a crowd's call-and-response, a tag's verb with `back` (answering), a chant
    # after a verb the parse joined to a noun, signs as a bare plural
    ("rally-roared-back", '"Who built this town?" the mayor asked. "We did!" the crowd roared back.',
     [("direct", "Who built this town?", "the mayor"), ("direct", "We did!", "the crowd")]),
    ("rally-called-back-phrase", '"Not a chance," she called back from the porch.',
     [("direct", "Not a chance,", "she")]),
    ("rally-roared-back-no-quote", "The economy roared back last year, officials said.",
     [("indirect", "The economy roared back last year", "officials")]),
    ("rally-chant-after-noun-conjunct", 'The crowd erupted in cheers and chanted "Maria! Maria!"',
     [("direct", "Maria! Maria!", "The crowd")]),
    ("rally-chant-and-verb-not-joined", 'The crowd chanted "Lock her up!" and waved flags.',
     [("direct", "Lock her up!", "The crowd")]),
    ("rally-bare-plural-signs", 'Supporters held signs reading "Lee for Governor."',
     [("direct", "Lee for Governor.", "signs")]),
    ("ad-clause-joined-fragments", 'The ad says Lee is "too dangerous" and "out of touch."',
     [("mixed", 'Lee is "too dangerous" and "out of touch."', "The ad")]),
    # Investigative reporting: papers obtained as evidence, and anonymous sources with the terms they speak on.
    ("evidence-emails-obtained-by", "Emails obtained by the Chronicle show that senior managers knew about the practice.",
     [("indirect", "that senior managers knew about the practice", "Emails obtained by the Chronicle")]),
    ("evidence-filing-shows-that", "The filing shows that executives sold shares worth $30 million before the "
     "disclosure.", [("indirect", "that executives sold shares worth $30 million before the disclosure", "The filing")]),
    ("evidence-messages-reviewed-by", "Text messages reviewed by The Post show that the envoy urged colleagues to delay "
     "the announcement.", [("indirect", "that the envoy urged colleagues to delay the announcement",
                            "Text messages reviewed by The Post")]),
    ("evidence-compiled-by-tag", "The shares fell 12 percent, data compiled by Bloomberg show.",
     [("indirect", "The shares fell 12 percent", "data compiled by Bloomberg")]),
    ("evidence-calendars-released-by", "Calendars released by the agency show that the administrator met with "
     "lobbyists at least 30 times.", [("indirect", "that the administrator met with lobbyists at least 30 times",
                                       "Calendars released by the agency")]),
    ("evidence-tv-shows-no-report", "The TV shows that executives watched were cancelled.", []),
    ("anonymous-with-knowledge-asking-not-identified", "The deal is worth about $2 billion, said people with knowledge "
     "of the matter, asking not to be identified because the information is private.",
     [("indirect", "The deal is worth about $2 billion", "people with knowledge of the matter")]),
    ("anonymous-familiar-relative-before-cue", "People familiar with the matter, who asked not to be named, said the "
     "deal was close.", [("indirect", "the deal was close", "People familiar with the matter")]),
    ("anonymous-familiar-condition-before-cue", "Two people familiar with the negotiations, speaking on condition of "
     "anonymity because the talks are private, said a deal could be announced Monday.",
     [("indirect", "a deal could be announced Monday", "Two people familiar with the negotiations")]),
    ("anonymous-adding-participle-still-reports", "The plan will fail, said Ann Ruiz, noting the budget is short.",
     [("indirect", "The plan will fail", "Ann Ruiz"), ("indirect", "the budget is short", "Ann Ruiz")]),
    ("anonymous-inverted-restrictive-relative", '"It was chaos," said one person who was in the room, who asked not '
     'to be identified for fear of reprisal.', [("direct", "It was chaos,", "one person who was in the room")]),
    ("passive-denied-citing-no-report", "The Ledger's request for the full contracts was denied, citing "
     "attorney-client privilege.", []),
    ("wire-told-by-phone-gerund-subject", "Witnesses told the news agency by phone that shelling continued until "
     "dawn.", [("indirect", "that shelling continued until dawn", "Witnesses")]),
    ("wire-said-by-phone-gerund-subject", "Two farmers said by phone that looting continued overnight.",
     [("indirect", "that looting continued overnight", "Two farmers")]),
    ("wire-told-by-phone-men-subject", "A driver told the agency by phone that gunmen stopped the bus.",
     [("indirect", "that gunmen stopped the bus", "A driver")]),
    ("request-listener-hyphened-phrase", "The mayor told families in flood-hit villages to boil their water.",
     [("indirect", "families in flood-hit villages to boil their water", "The mayor")]),
    ("hearing-quizzed-lemma", "Senators quizzed the director about the missing files.",
     [("indirect", "the missing files", "Senators")]),
    ("hearing-quizzed-bare-participle", "Quizzed over the fees, the dean said the board would review them.",
     [("indirect", "the fees", None), ("indirect", "the board would review them", "the dean")]),
    ("campaign-described-two-quotations-longer", 'Ruiz described her rival as a "career fibber" and "a danger to '
     'the county."', [("mixed", 'her rival as a "career fibber" and "a danger to the county."', "Ruiz")]),
    ("campaign-called-not-run-into-next-clause", 'While Ruiz calls the plan a "bold step," Lee focuses on the '
     '"cost" line.', [("mixed", 'the plan a "bold step,"', "Ruiz")]),
    # h169: a briefing's heading before its colon is no part of the speaker's phrase after it, however parsed
    ("h169-heading-colon-not-in-speaker", "Power outage: City engineer Bo Park said crews were working through "
     "the night.", [("indirect", "crews were working through the night", "City engineer Bo Park")]),
    ("h169-heading-colon-rail-strike", "Rail strike looms: Union leader Tom Reyes said the walkout would go ahead.",
     [("indirect", "the walkout would go ahead", "Union leader Tom Reyes")]),
    # h169: a phrase of time after the cue, before a pronoun's clause, is when it was said: no part of it
    ("h169-time-then-pronoun-mixed", 'Dale said Monday he was "open to it."',
     [("mixed", 'he was "open to it."', "Dale")]),
    ("h169-time-then-it-mixed", 'The firm said last week it was "not for sale."',
     [("mixed", 'it was "not for sale."', "The firm")]),
    # h169: a quote label presents a quotation with no one named: a quote, with no speaker
    ("h169-quote-label-no-speaker", 'Quote du jour: "We will not be bullied by anyone."',
     [("direct", "We will not be bullied by anyone.", None)]),
    ("h169-quotable-label-not-a-name", 'Quotable: "We will not be bullied by anyone."',
     [("direct", "We will not be bullied by anyone.", None)]),
    ("h169-quote-label-signature-names", 'Quote of the day: "We will not be bullied by anyone." -- Gov. Ann Ruiz',
     [("direct", "We will not be bullied by anyone.", "Gov. Ann Ruiz")]),
    ("h169-quote-label-own-tag", 'Quote of the day: "We will not be bullied by anyone," Gov. Ann Ruiz said.',
     [("direct", "We will not be bullied by anyone,", "Gov. Ann Ruiz")]),
    ("h169-other-label-still-nothing", 'Why it matters: "We will not be bullied by anyone."', []),
    # h169: `Go deeper:` opens a link to another story: its headline, present tense, reports nothing here
    ("h169-go-deeper-headline-dropped", 'Go deeper: "We\'re not done," Hart says as the union pushes on.', []),
    ("h169-go-deeper-headline-clause-dropped", "The union vote is Friday.\n\nGo deeper: Hart says the union will "
     "strike\n\nThe vote is at noon.", []),
    # h169: an -ing noun closing a heading before a quotation its own tag attributes is no cue
    ("h169-ing-heading-not-a-cue", 'Storm warning: "Get out now," Fire Chief Dan Roe told residents.',
     [("direct", "Get out now,", "Fire Chief Dan Roe")]),
    ("h169-ing-heading-inverted-tag", 'Storm warning: "Get out now," said Fire Chief Dan Roe.',
     [("direct", "Get out now,", "Fire Chief Dan Roe")]),
    ("h169-go-deeper-past-narration-kept", 'Go deeper: "We were not done," Hart said after the vote.',
     [("direct", "We were not done,", "Hart")]),
    # h171: speaker-span leftovers
    ("span-floating-all-after-aside", "The two lawyers, Ann Ruiz and Tom Vale, all said the case was weak.",
     [("indirect", "the case was weak", "The two lawyers, Ann Ruiz and Tom Vale")]),
    ("span-all-opening-clause-speaks", "After the vote, all said the count was fair.",
     [("indirect", "the count was fair", "all")]),
    ("span-participle-ing-compound", "Voters interviewed outside polling stations said the wait was too long.",
     [("indirect", "the wait was too long", "Voters interviewed outside polling stations")]),
    ("span-dated-noun-evidence", "A Sept. 15, 2011 email shows the deal was signed early.",
     [("indirect", "the deal was signed early", "A Sept. 15, 2011 email")]),
    ("span-dated-noun-possessive", "Her Jan. 4, 2020 memo warned that costs would rise.",
     [("indirect", "that costs would rise", "Her Jan. 4, 2020 memo")]),
    ("span-date-after-preposition-is-when", "On March 3, 2011 officials said the plant was unsafe.",
     [("indirect", "the plant was unsafe", "officials")]),
    ("span-through-attorney-go-between", "The school board, through its attorney Ann Ruiz, said it would appeal.",
     [("indirect", "it would appeal", "The school board")]),
    ("span-via-lawyer-go-between", "The family, via a lawyer, said they would sue.",
     [("indirect", "they would sue", "The family")]),
    ("span-but-family-in-statement", "The mayor said the road would reopen soon, but the family, in a statement, "
     "said they were not told.", [("indirect", "the road would reopen soon", "The mayor"),
                                  ("indirect", "they were not told", "the family")]),
    ("span-floating-each-after-noun", "The lawyers each said the case was weak.",
     [("indirect", "the case was weak", "The lawyers each")]),  # as annotators mark `X both`
    ("span-each-told-listener", "The two men each told reporters the plan was unfair.",
     [("indirect", "the plan was unfair", "The two men each")]),
    ("span-some-after-and-speaks", "Many voters were angry, and some said the plan was unfair.",
     [("indirect", "the plan was unfair", "some")]),
    ("span-each-report-is-a-noun", "Each report said the plan was unfair.",
     [("indirect", "the plan was unfair", "Each report")]),
    ("span-party-label-keeps-period", 'At the hearing, "Why now?" asked Sen. Jo Hart, D-Ore.',
     [("direct", "Why now?", "Sen. Jo Hart, D-Ore.")]),
    ("span-full-state-no-period", '"Why now?" said Sen. Jo Hart, D-Texas.',
     [("direct", "Why now?", "Sen. Jo Hart, D-Texas")]),
    ("span-report-split-by-relative", "Vale's lawyer said his client, who has denied the charges, would plead not "
     "guilty.", [("indirect", "his client, who has denied the charges, would plead not guilty", "Vale's lawyer")]),
    # business and markets copy (h177)
    ("biz-said-in-report-is-no-claim", "Strategists at Barclays said in a report that the dollar could weaken further.",
     [("indirect", "that the dollar could weaken further", "Strategists at Barclays")]),
    ("biz-wrote-in-note-is-no-claim", "The bank wrote in a report on Monday that gold would climb.",
     [("indirect", "that gold would climb", "The bank")]),
    ("biz-data-showed-last-week", "Inflation slowed to 2.9% in February, official data showed last week.",
     [("indirect", "Inflation slowed to 2.9% in February", "official data")]),
    ("biz-minutes-of-meeting-showed", "Policymakers voted 7-2 to keep rates on hold, minutes of the meeting showed.",
     [("indirect", "Policymakers voted 7-2 to keep rates on hold", "minutes of the meeting")]),
    ("biz-results-of-survey-showed-on-day", "Exports rose 4% in May, results of the survey showed on Friday.",
     [("indirect", "Exports rose 4% in May", "results of the survey")]),
    ("biz-tag-then-above-forecast", "Unemployment rose to 4.1% in October, the Labor Department said on Friday, "
     "above the 4.0% economists had forecast.",
     [("indirect", "Unemployment rose to 4.1% in October", "the Labor Department")]),
    ("biz-tag-then-more-than-expected", "Unemployment rose to 4.1% in October, the Labor Department said, more "
     "than economists had expected.", [("indirect", "Unemployment rose to 4.1% in October", "the Labor Department")]),
    ("biz-above-all-is-no-comparison", "The bank said, above all, that rates would stay high.",
     [("indirect", "that rates would stay high", "The bank")]),
    ("biz-ticker-in-marks-is-nobodys", 'Bluefin shares, which trade under the ticker "BFO," rose 14% in early trading.',
     []),
    ("biz-product-in-marks-is-nobodys", 'Shares of Pelton Corp, which makes the "SmartKettle" device, jumped 8% after '
     "the company raised its forecast.", []),
    ("biz-officer-of-company-showed-is-no-record", "The chief executive of the company showed the new phone on "
     "Tuesday.", []),
    ("biz-said-in-exchange-filing-that", "The company said in a stock exchange filing late on Tuesday that its "
     "chairman had resigned for personal reasons.",
     [("indirect", "that its chairman had resigned for personal reasons", "The company")]),
    ("biz-newsroom-calculations-show", "Shares of the retailer have risen 30% since Ruiz took over in March, "
     "Reuters calculations show.",
     [("indirect", "Shares of the retailer have risen 30% since Ruiz took over in March", "Reuters calculations")]),
    ("biz-inverted-name-before-title-employer", '"The market is pricing in a softer landing," said Ann Ruiz, chief '
     "economist at Acme Bank in London.", [("direct", "The market is pricing in a softer landing,", "Ann Ruiz")]),
    ("biz-ceo-told-analysts-on-call", "Chief Executive Tom Vale told analysts on a conference call that the company "
     "would keep investing in new plants.",
     [("indirect", "that the company would keep investing in new plants", "Chief Executive Tom Vale")]),
    ("biz-statement-adding-that", '"Inflation has eased but remains above our target," the bank said in its '
     "statement, adding that it would watch wage growth closely.",
     [("direct", "Inflation has eased but remains above our target,", "the bank"),
      ("indirect", "that it would watch wage growth closely", "the bank")]),
    ("biz-figures-closing-tag", "Net profit fell to $1.2 billion, or 85 cents a share, from $1.5 billion a year "
     "earlier, the company said.",
     [("indirect", "Net profit fell to $1.2 billion, or 85 cents a share, from $1.5 billion a year earlier",
       "the company")]),
    ("biz-signalled-clause", "The central bank left its key rate unchanged at 5.25% on Wednesday but signalled it "
     "would cut rates later this year.", [("indirect", "it would cut rates later this year", "The central bank")]),
    ("biz-wrote-but-warned-joined", "Analysts at Citi wrote in a note that the merger makes sense but warned that "
     "integration could be costly.", [("indirect", "that the merger makes sense", "Analysts at Citi"),
                                      ("indirect", "that integration could be costly", "Analysts at Citi")]),
    # h174: cue and content leftovers
    ("h174-said-bare-confession", "Police said Lee confessed.", [("indirect", "Lee confessed", "Police")]),
    ("h174-asked-tag-stays-outer", '"Why now?" Lee asked, according to the Herald.',
     [("direct", "Why now?", "the Herald")]),
    ("h174-if-clause-report", "If the mayor says the budget is short, the council will vote on cuts.",
     [("indirect", "the budget is short", "the mayor")]),
    ("h174-unless-clause-report", "Unless the union says the deal is fair, the strike goes on.",
     [("indirect", "the deal is fair", "the union")]),
    ("h174-if-main-clause-tag", "If the council fails, the state steps in, he said.",
     [("indirect", "If the council fails, the state steps in", "he")]),
    ("h174-told-about-subject-relative", "She told the board about a plan that finds favour with nobody.", []),
    ("h174-told-about-object-relative", "She told the board about a plan that nobody liked.", []),
    ("h174-told-about-plan-to", "She told the board about a plan to cut taxes.", []),
    ("h174-told-at-place-that", "She told reporters at the scene that the road was closed.",
     [("indirect", "that the road was closed", "She")]),
    ("h174-told-about-a-number", "She told reporters about 40 people had died.",
     [("indirect", "about 40 people had died", "She")]),
    ("h174-possessive-denial-that", "The company's denial that it knew about the leak came hours later.",
     [("indirect", "that it knew about the leak", "The company")]),
    ("h174-claim-that-hung-from-predicate", "Her claim that the money had been stolen is false.",
     [("indirect", "that the money had been stolen", "Her")]),
    ("h174-owner-claim-that-hung-from-predicate", "The mayor's claim that the money had been stolen is false.",
     [("indirect", "that the money had been stolen", "The mayor")]),
    ("h174-claim-relative-made", "His claim that he made was false.", []),
    ("h174-claim-made-with-object", "Her claim that he made a mistake is false.",
     [("indirect", "that he made a mistake", "Her")]),
    ("h174-time-before-that", "Lee said around 3 p.m. that the road was closed.",
     [("indirect", "that the road was closed", "Lee")]),
    ("h174-weekday-before-mixed", 'Lee said Monday the bridge was "unsafe for anyone."',
     [("mixed", 'the bridge was "unsafe for anyone."', "Lee")]),
    ("h174-chants-of", 'Supporters greeted her with chants of "Four more years!"',
     [("direct", "Four more years!", "Supporters")]),
    ("h174-told-by-phone-singular", "A resident told Reuters by phone that the shelling had stopped.",
     [("indirect", "that the shelling had stopped", "A resident")]),
    ("h174-split-question-tag-outer", '"Well, what does that mean? " Ruiz asked, according to a transcript.', []),
    ("h174-it-takes-no-doer", "If it takes this long to confirm a judge that voters like, things look bad.", []),
    ("h174-owned-vow-to", "Her vow to go after firms that ship jobs overseas.",
     [("indirect", "to go after firms that ship jobs overseas", "Her")]),
    ("h174-asked-about-claim-that", "Critics asked about the mayor's claim that the funds were spent.",
     [("indirect", "the mayor's claim that the funds were spent", "Critics")]),
    ("h174-topic-noun-cue-clause", "Many readers have asked questions about the mayor's assertion that most of the "
     "funds were spent.", [("indirect", "the mayor's assertion that most of the funds were spent", "Many readers")]),
    # obituaries, profiles and features
    ("obit-remembered-as-quote", 'Colleagues remembered her as "fiercely loyal" and quick to laugh.',
     [("mixed", 'her as "fiercely loyal" and quick to laugh', "Colleagues")]),
    ("obit-remembered-passive-as", 'He was remembered as "a gentle giant" by everyone who knew him.',
     [("mixed", 'as "a gentle giant"', "everyone who knew him")]),
    ("obit-remember-as-no-quote", "Neighbors remember him as a quiet man who kept to himself.", []),
    ("obit-remember-title-then-as", 'I remember "Jaws" as a boy.', []),
    ("obit-saw-title-then-as", 'I saw "Jaws" as a boy.', []),
    ("obit-reminisced-that", "He reminisced that the town had changed beyond recognition.",
     [("indirect", "that the town had changed beyond recognition", "He")]),
    ("obit-kin-of-years-before-verb", "Her husband of 50 years, Tom, said she never once complained.",
     [("indirect", "she never once complained", "Her husband of 50 years, Tom")]),
    ("obit-partner-of-decades", "His partner of three decades, Alan Cole, said he died peacefully.",
     [("indirect", "he died peacefully", "His partner of three decades, Alan Cole")]),
    ("obit-kin-of-years-inverted", '"I miss him every day," said his wife of 40 years, Ruth.',
     [("direct", "I miss him every day,", "his wife of 40 years, Ruth")]),
    ("obit-survived-by-nothing", "Mr. Hale is survived by his wife, Mary; a son, John; and four grandchildren.", []),
    ("obit-book-title-nothing", 'Her first book, "A House of Rain," sold a million copies.', []),
    ("obit-nickname-known-as-nothing", 'He was known as "Big Jim" to everyone at the mill.', []),
    ("obit-cause-of-death-kin", "The cause was heart failure, said his daughter, Ann Ruiz.",
     [("indirect", "The cause was heart failure", "his daughter, Ann Ruiz")]),
    ("obit-once-put-it", 'As she once put it, "Life is too short for bad coffee."',
     [("direct", "Life is too short for bad coffee.", "she")]),
    ("obit-wrote-in-letter", '"I am tired," he wrote in a letter to his brother in 1944.',
     [("direct", "I am tired,", "he")]),
    ("profile-memoir-title-apposition-speaks", 'Her memoir, "Salt and Iron", argues that hunger shaped her.',
     [("indirect", "that hunger shaped her", "Her memoir")]),
    ("profile-film-title-apposition-nothing", 'The film, "Long Road Home," was praised by critics.', []),
    # courts and charging papers (h180): a ruling finds, a judge orders, a charge's words are no one's
    ("court-ruling-found", "The ruling found that the state had no right to close the clinic.",
     [("indirect", "that the state had no right to close the clinic", "The ruling")]),
    ("court-consent-order-found", "The consent order found the bank had misled its customers.",
     [("indirect", "the bank had misled its customers", "The consent order")]),
    ("court-order-listener-infinitive", "A federal judge ordered the agency to release the records by March.",
     [("indirect", "the agency to release the records by March", "A federal judge")]),
    ("court-order-that-subjunctive", "The judge ordered that the jail be closed within a year.",
     [("indirect", "that the jail be closed within a year", "The judge")]),
    ("court-order-him-to-appear", "The judge ordered him to appear in court on May 4.",
     [("indirect", "him to appear in court on May 4", "The judge")]),
    ("order-goods-no-report", "She ordered a pizza to share with the whole team.", []),
    ("order-sorted-no-report", "He ordered the files by date to save time.", []),
    ("order-passive-no-report", "The city was ordered to pay the fees.", []),
    ("in-order-to-no-report", "In order to win, the team must score early.", []),
    ("convicted-of-quoted-charge", 'Lee was convicted of "aggravated identity theft."', []),
    ("indicted-on-quoted-charge", 'Lee was indicted on charges of "honest services fraud."', []),
    ("plea-with-no-charge-no-report", "Lee has pleaded not guilty.", []),
    ("jury-verdict-not-guilty", "The jury found her not guilty of murder.",
     [("indirect", "her not guilty of murder", "The jury")]),
    ("judge-found-it-hard-no-report", "The judge found it hard to believe the story.", []),
    ("order-release-far-that-no-quote", 'The judge ordered the release of the records, including "memos" that '
     "showed the plan.", []),
    ("court-order-judge-title-name", "U.S. District Judge Ann Ruiz ordered the agency to release the records.",
     [("indirect", "the agency to release the records", "U.S. District Judge Ann Ruiz")]),
    ("decision-which-found-no-comma", "The decision, which found that the fines were illegal, was welcomed.",
     [("indirect", "that the fines were illegal", "which")]),
    # a nickname in marks inside a name: the name's, never words said
    ("sports-nickname-inverted", '"I am staying," said Sam "Slim" Okoro.',
     [("direct", "I am staying,", 'Sam "Slim" Okoro')]),
    ("sports-nickname-subject", 'Jo "Jet" Park said she would race again.',
     [("indirect", "she would race again", 'Jo "Jet" Park')]),
    ("sports-nickname-no-cue", 'The title went to Sam "Slim" Okoro, who won in five sets.', []),
    ("sports-called-word-not-nickname", 'Ruiz called the result "Absurd" on Monday.',
     [("mixed", 'the result "Absurd" on Monday', "Ruiz")]),
    ("sports-speaker-ends-before-as-clause", '"Unbelievable," said the commentator as the ball hit the net.',
     [("direct", "Unbelievable,", "the commentator")]),
    ("sports-smiled-as-clause-tags", '"We will be back," Hale smiled as he left the room.',
     [("direct", "We will be back,", "Hale")]),
    ("sports-camp-insist-plural", "Reed's camp insist he is happy in the city.",
     [("indirect", "he is happy in the city", "Reed's camp")]),
    ("sports-name-claim-noun-gives-nothing", "The Trump claim that vaccines are unsafe is false.", []),
    ("press-secretary-title-not-plural-cue", "Rubio press secretary Ann Lee said the plan was dead.",
     [("indirect", "the plan was dead", "Rubio press secretary Ann Lee")]),
    # diplomacy, joint statements and polls (h179)
    ("charge-each-other", "Both governments accused each other of stalling the talks.",
     [("indirect", "each other of stalling the talks", "Both governments")]),
    ("charge-one-another", "The two countries accused one another of stalling the talks.",
     [("indirect", "one another of stalling the talks", "The two countries")]),
    ("charge-the-other", "Each side accused the other of violating the 2019 ceasefire.",
     [("indirect", "the other of violating the 2019 ceasefire", "Each side")]),
    ("blame-the-other", "Each side blamed the other for the collapse of the talks.",
     [("indirect", "the other for the collapse of the talks", "Each side")]),
    ("survey-found-that-determiner", "The survey found that support for the trade deal had fallen to 41 percent.",
     [("indirect", "that support for the trade deal had fallen to 41 percent", "The survey")]),
    ("found-that-noun-reports-nothing", "The study found that effect in only two of the mice.", []),
    ("found-that-noun-joined-verb-reports-nothing", "The researchers found that support and helped the families.", []),
    ("but-diplomat-familiar-with-talks", "Neither side gave details, but a Western diplomat familiar with the talks "
     "said progress had been slow.",
     [("indirect", "progress had been slow", "a Western diplomat familiar with the talks")]),
    ("but-time-then-letter-keeps-controller", "The mayor signed the bill, and this week in a letter said it would "
     "take effect in May.", [("indirect", "it would take effect in May", "The mayor")]),
    ("possessor-ing-name-envoy", "Beijing's envoy to the United Nations, Liu Chen, told reporters that sanctions "
     'were "not a panacea."',
     [("mixed", 'that sanctions were "not a panacea."', "Beijing's envoy to the United Nations, Liu Chen")]),
    ("its-contraction-not-possessor", "It's a dynamic Hale said could drive moderates away.",
     [("indirect", "could drive moderates away", "Hale")]),
    ("ministry-spokesman-named", "China's foreign ministry spokesman, Wang Lei, told a regular briefing that "
     "Washington should stop interfering.",
     [("indirect", "that Washington should stop interfering", "China's foreign ministry spokesman, Wang Lei")]),
    ("joint-statement-two-leaders", "The two leaders said in a joint statement that they would expand cooperation.",
     [("indirect", "that they would expand cooperation", "The two leaders")]),
    # h181: reports in less common forms (a stance verb set off, `or so`, an impersonal passive set off)
    ("set-off-concedes-closing", "The reform will pay for itself, the minister concedes.",
     [("indirect", "The reform will pay for itself", "the minister")]),
    ("set-off-concedes-within", "The reform, the minister concedes, will cost more than planned.",
     [("indirect", "The reform will cost more than planned", "the minister")]),
    ("set-off-stresses-closing", "No decision has been taken, the minister stresses.",
     [("indirect", "No decision has been taken", "the minister")]),
    ("set-off-closing-before-though", "The plan will pay for itself, the minister stresses, though few economists "
     "agree.", [("indirect", "The plan will pay for itself", "the minister")]),
    ("set-off-maintains-relative-nothing", "The bridge, which the city maintains, is closed.", []),
    ("set-off-maintains-object-nothing", "Tolls pay for the roads the county maintains.", []),
    ("or-so-claims-after-dash", "Taxes will rise \u2014 or so Lee claims.", [("indirect", "Taxes will rise", "Lee")]),
    ("or-so-insists-after-comma", "The economy is recovering, or so the minister insists.",
     [("indirect", "The economy is recovering", "the minister")]),
    ("or-so-it-seems-nothing", "The plan will work, or so it seems.", []),
    ("or-so-amount-nothing", "We waited an hour or so before the guide arrived.", []),
    ("impersonal-passive-set-off", "The governor, it was announced, will step down in June.",
     [("indirect", "The governor will step down in June", None)]),
    ("impersonal-passive-set-off-perfect", "The talks, it has been reported, had broken down.",
     [("indirect", "The talks had broken down", None)]),
    ("impersonal-not-passive-nothing", "The house, it was built in 1900, is for sale.", []),
    ("raised-said-inner-cue-reports", "Lee was said to have warned that the dam could fail.",
     [("indirect", "that the dam could fail", "Lee")]),
    ("raised-said-no-cue-whole-clause", "Lee is said to have left the party.",
     [("indirect", "Lee is said to have left the party", None)]),
    # a report that another source gives whole is that source's, the inner report with it; a mixed quote
    # that opens at a quotation's first word opens at its mark, never leaving one mark unpaired
    ("outer-report-reports-the", '"We are tired," said Ann Ruiz, a nurse, reports the Ledger.',
     [("mixed", '"We are tired," said Ann Ruiz, a nurse', "the Ledger")]),
    ("outer-report-according-to-told", '"We will win," Hale told the crowd that day, according to a recording.',
     [("mixed", '"We will win," Hale told the crowd that day', "a recording")]),
    ("outer-report-according-to-curly", '\u201cWe will win,\u201d Hale said Monday, according to a recording.',
     [("mixed", '\u201cWe will win,\u201d Hale said Monday', "a recording")]),
    ("outer-report-reported-after-said", '"We are tired," Ann Ruiz said, the Ledger reported.',
     [("mixed", '"We are tired," Ann Ruiz said', "the Ledger")]),
    ("outer-report-bare-said-direct", '"We will win," Hale said, according to a recording.',
     [("direct", "We will win,", "a recording")]),
    ("outer-report-according-to-indirect", "Lee said the plant would close, according to the Ledger.",
     [("indirect", "Lee said the plant would close", "the Ledger")]),
    ("outer-report-poll-according-to", "According to a Gallup poll released Tuesday, 60 percent of Americans "
     "say taxes are too high.", [("indirect", "60 percent of Americans say taxes are too high",
                                  "a Gallup poll released Tuesday")]),
    ("outer-report-poll-found", "Nearly half of voters said the economy was the top issue, the poll found.",
     [("indirect", "Nearly half of voters said the economy was the top issue", "the poll")]),
    ("inner-quote-within-quotation-kept", '"Lee told me the plan was dead," Hale said.',
     [("direct", "Lee told me the plan was dead,", "Hale")]),
    ("mixed-opens-at-quotation-mark", 'Hale told the board "it is dead" as of today.',
     [("mixed", '"it is dead" as of today', "Hale")]),
    ("h185-report-title-not-quote", 'The report, "A Nation at Risk," warned that schools were failing.',
     [("indirect", "that schools were failing", "The report")]),
    ("h185-report-sentence-not-title", 'The report put it bluntly: "We failed our children."',
     [("direct", "We failed our children.", "The report")]),
    ("h185-letter-begins", '"Dearest Anne," the letter begins.', [("direct", "Dearest Anne,", "the letter")]),
    ("h185-note-ends", '"Yours ever, Tom," the note ends.', [("direct", "Yours ever, Tom,", "the note")]),
    ("h185-she-begins", '"We were young then," she begins.', [("direct", "We were young then,", "she")]),
    ("h185-season-begins-nothing", '"Harbour Lights," the new season begins in May.', []),
    ("h185-claim-owner-article-passive-by", "The mayor's claim that crime had fallen was disputed by police.",
     [("indirect", "that crime had fallen", "The mayor")]),
    ("h185-her-warning-opens-sentence", "Her warning that the dam could fail was ignored.",
     [("indirect", "that the dam could fail", "Her")]),
    ("h185-her-warning-after-opener", "Still, her warning that the dam could fail was ignored.",
     [("indirect", "that the dam could fail", "her")]),
    ("h185-owner-warning-went-unheeded", "Lee's warning that the dam could fail went unheeded.",
     [("indirect", "that the dam could fail", "Lee")]),
    ("h185-his-claim-rejected", "His claim that the vote was rigged was rejected.",
     [("indirect", "that the vote was rigged", "His")]),
    ("h185-perhaps-owner-claim", "Perhaps the mayor's claim that crime had fallen was wrong.",
     [("indirect", "that crime had fallen", "the mayor")]),
    ("h185-claim-copula-noun-predicate", "His claim that it was a hoax is false.",
     [("indirect", "that it was a hoax", "His")]),
    ("h185-claim-relative-was-nothing", "The claim that it was is false.", []),
    ("h185-in-owner-view-opening", "In Lee's view, taxes will fall.", [("indirect", "taxes will fall", "Lee")]),
    ("h185-in-her-view-closing", "Taxes will fall, in her view.", [("indirect", "Taxes will fall", "her")]),
    ("h185-in-view-of-nothing", "In his view of the case, nothing changed.", []),
    ("h185-in-view-no-verb-nothing", "In his view, a mess.", []),
    ("h185-made-her-promise-not-owner", "They made her promise that she would stay.",
     [("indirect", "that she would stay", "They")]),
    ("h187-her-warning-after-verb-owner", "He ignored her warning that the levee could break.",
     [("indirect", "that the levee could break", "her")]),
    ("h187-her-warning-could-break", "Her warning that the levee could break was ignored.",
     [("indirect", "that the levee could break", "Her")]),
    ("h187-claim-modal-intransitive", "His claim that the plant would close was false.",
     [("indirect", "that the plant would close", "His")]),
    ("h187-promise-relative-keep-nothing", "The promise that he would keep was broken.", []),
    ("h187-in-my-view", "In my view, taxes will fall.", [("indirect", "taxes will fall", "my")]),
    ("h187-in-her-view-middle", "The plan was, in her view, doomed.", [("indirect", "The plan was doomed", "her")]),
    ("h187-in-our-view-after-subject", "Taxes, in our view, will fall next year.",
     [("indirect", "Taxes will fall next year", "our")]),
    ("h187-pledge-drew-past-only", "The senator's pledge to cut taxes drew applause.",
     [("indirect", "to cut taxes", "The senator")]),
    ("h187-opposition-promised", "The opposition promised to block the bill.",
     [("indirect", "to block the bill", "The opposition")]),
    ("h187-vowed-not-to", "He vowed not to vote for her.", [("indirect", "not to vote for her", "He")]),
    ("h187-storm-threatens-nothing", "The storm threatens to flood the valley.", []),
    # British and Irish tabloid and regional copy: single marks, tags after the quotation, headline labels
    ("h192-while-another-added-colon", "'Absolutely gutted for her,' one fan wrote online, while another added: "
     "'She deserved to win.'",
     [("direct", "Absolutely gutted for her,", "one fan"), ("direct", "She deserved to win.", "another")]),
    ("h192-while-deputy-said-colon", "The mayor called it a disgrace, while her deputy said: 'We will appeal.'",
     [("direct", "We will appeal.", "her deputy")]),
    ("h192-past-tag-age-after-name", "'We did it,' beamed Tom Baker, 38.", [("direct", "We did it,", "Tom Baker")]),
    ("h192-past-tag-age-before-verb", "'We did it,' Tom Baker, 38, beamed.", [("direct", "We did it,", "Tom Baker")]),
    ("h192-past-tag-role-before-name", "'We did it,' sobbed mum Tina, 29, from Hull.",
     [("direct", "We did it,", "mum Tina")]),
    ("h192-past-tag-adjective-role-name", "'We did it,' beamed proud dad Kevin.",
     [("direct", "We did it,", "proud dad Kevin")]),
    ("h192-past-tag-name-after-role-stays", "'We did it,' the landlady, Mrs Lee, beamed.",
     [("direct", "We did it,", "the landlady, Mrs Lee")]),
    ("h192-past-tag-fans-in-place-nothing", "'We did it,' cheered fans in Leeds on Monday.", []),
    ("h192-colon-label-soap-star", "Soap star: 'I was bullied for years'",
     [("direct", "I was bullied for years", "Soap star")]),
    ("h192-colon-label-tragic-mum", "Tragic mum: 'I will never get over it'",
     [("direct", "I will never get over it", "Tragic mum")]),
    ("h192-said-comma-aside-stays", "Police said, as they had feared, the road would stay shut.",
     [("indirect", "as they had feared, the road would stay shut", "Police")]),
    ("h192-gran-resolves", "'I'm over the moon,' said the delighted gran, 72. 'It's been a long time coming,' she "
     "added.",
     [("direct", "I'm over the moon,", "the delighted gran"), ("direct", "It's been a long time coming,", "she")]),
    ("h189-inverted-description-then-class-and-name", '"We want our paper back," said the club\'s editor, senior Tess Romero.',
     [("direct", "We want our paper back,", "the club's editor, senior Tess Romero")]),
    ("h189-inverted-description-then-title-and-name", '"We will appeal," said his lawyer, former prosecutor Jo Hart.',
     [("direct", "We will appeal,", "his lawyer, former prosecutor Jo Hart")]),
    ("h189-inverted-description-then-age-set-off", '"I love it here," said the class president, sophomore Leo Park, 15.',
     [("direct", "I love it here,", "the class president, sophomore Leo Park")]),
    ("h189-before-description-then-class-and-name", '"We lost," the team\'s captain, senior Tess Romero, said.',
     [("direct", "We lost,", "the team's captain, senior Tess Romero")]),
    ("h189-subject-description-then-title-and-name",
     "The paper's adviser, English teacher Paul Grant, said he was disappointed.",
     [("indirect", "he was disappointed", "The paper's adviser, English teacher Paul Grant")]),
    ("h189-class-and-name-alone", '"Math is hard," senior Tess Romero said.', [("direct", "Math is hard,", "senior Tess Romero")]),
    ("h189-inverted-description-then-a-party-not-name", '"It is over," said the mayor, a Democrat.',
     [("direct", "It is over,", "the mayor")]),
    ("h189-holder-of-bare-field", "The dean of students, Dr. Robert Kim, said the dormitory would reopen.",
     [("indirect", "the dormitory would reopen", "The dean of students, Dr. Robert Kim")]),
    ("h189-holder-dean-of-the-school", "The dean of the law school, Dr. Robert Kim, said the exams were fair.",
     [("indirect", "the exams were fair", "The dean of the law school, Dr. Robert Kim")]),
    ("h189-inverted-director-of-admissions", '"It was a mistake," the director of admissions, Jo Hart, said.',
     [("direct", "It was a mistake,", "the director of admissions, Jo Hart")]),
    ("h190-urged-relative-listener", "Officials urged anyone who has symptoms to stay home.",
     [("indirect", "anyone who has symptoms to stay home", "Officials")]),
    ("h190-advised-relative-listener", "Doctors advised patients who take the drug to talk to their physician.",
     [("indirect", "patients who take the drug to talk to their physician", "Doctors")]),
    ("h190-asked-relative-listener", "The CDC asked travelers who visited the region to monitor their health.",
     [("indirect", "travelers who visited the region to monitor their health", "The CDC")]),
    ("h190-urging-relative-listener", "Health officials are urging anyone who attended the event to get tested.",
     [("indirect", "anyone who attended the event to get tested", "Health officials")]),
    ("h190-relative-own-infinitive-nothing", "The mayor asked people who want to help.", []),
    ("h190-relative-noun-infinitive-nothing", "She asked voters who had the chance to vote early.", []),
    ("h190-found-that-relative-subject",
     "Researchers found that patients who received the drug were 30 percent less likely to be hospitalized.",
     [("indirect", "that patients who received the drug were 30 percent less likely to be hospitalized",
       "Researchers")]),
    ("h190-found-that-relative-subject-study",
     "The study found that women who walked daily were less likely to develop heart disease.",
     [("indirect", "that women who walked daily were less likely to develop heart disease", "The study")]),
    ("h190-told-of-gerund", "Patients told of waiting up to 12 hours in the emergency room.",
     [("indirect", "waiting up to 12 hours in the emergency room", "Patients")]),
    ("h190-told-of-noun", "Doctors told of the strain on their staff.",
     [("indirect", "the strain on their staff", "Doctors")]),
    ("h190-telling-of-noun-nothing", "Her telling of the story moved the crowd.", []),
    ("h190-tell-version-of-nothing", "He wants to tell a fuller version of his life story.", []),
    ("h197-held-name-after-description",
     "The chief executive of the Harbour Trust, Jo Hart, said the pier would reopen in May.",
     [("indirect", "the pier would reopen in May", "The chief executive of the Harbour Trust, Jo Hart")]),
    ("h197-held-name-bare-place", "The mayor of Dayton, Jo Hart, said the pool would stay open.",
     [("indirect", "the pool would stay open", "The mayor of Dayton, Jo Hart")]),
    ("h197-aside-not-held-name", "The trains of the city, Hart said, were often late.",
     [("indirect", "The trains of the city were often late", "Hart")]),
    ("h197-restricting-relative-kept", '"We will stay open," a parent who asked not to be named said.',
     [("direct", "We will stay open,", "a parent who asked not to be named")]),
    ("h197-set-off-relative-goes", "Co-host Ann Ruiz, who was off camera, then asked whether the vote would be delayed.",
     [("indirect", "whether the vote would be delayed", "Co-host Ann Ruiz")]),
    ("h197-relative-report-before-main",
     '"We treated many of them," a doctor who said he had treated dozens of wounded told the paper.',
     [("direct", "We treated many of them,", "a doctor who said he had treated dozens of wounded"),
      ("indirect", "he had treated dozens of wounded", "who")]),
    ("h197-inscription-after-carrying", 'Some carried signs reading "Save the pool."',
     [("direct", "Save the pool.", "signs")]),
    ("h197-inscription-modified", 'The note left on the windshield read "Sorry about the dent."',
     [("direct", "Sorry about the dent.", "The note left on the windshield")]),
    ("h197-inscription-modified-preposition", 'A banner outside the gym read "Go Hawks."',
     [("direct", "Go Hawks.", "A banner outside the gym")]),
    ("h195-denied-gerund-object", "The army repeatedly denied targeting civilians.",
     [("indirect", "targeting civilians", "The army")]),
    ("h195-admitted-to-gerund", "Lee admitted to taking the money.", [("indirect", "taking the money", "Lee")]),
    ("h199-said-two-clauses-and", "Officials said two people had died and 14 others were hospitalized.",
     [("indirect", "two people had died and 14 others were hospitalized", "Officials")]),
    ("h199-said-comma-and-writer", "The hospital said the patient had recovered, and doctors were hopeful.",
     [("indirect", "the patient had recovered", "The hospital")]),
    ("h199-said-and-called-for", "The union said staffing levels were unsafe and called for new hiring.",
     [("indirect", "staffing levels were unsafe", "The union"), ("indirect", "new hiring", "The union")]),
    ("h199-complained-of-unmarked-passive", "Nurses complained of long shifts.",
     [("indirect", "long shifts", "Nurses")]),
    ("h199-complained-of-passive-nothing", "Long shifts were complained of.", []),
    ("h199-team-found-that", "The team found that the drug cut hospital stays by a third.",
     [("indirect", "that the drug cut hospital stays by a third", "The team")]),
    ("h199-team-found-thing-nothing", "The team found a new coach in May.", []),
    ("h199-told-story-of-which-mixed",
     'The bishop told the old story of the town of Ardel, which was "sinking under its own greed and fear."',
     [("mixed", 'the old story of the town of Ardel, which was "sinking under its own greed and fear."',
       "The bishop")]),
    # labels (h198): a name that only modifies a lower-case noun before a colon is no speaker; a scare-quoted
    # word right before its noun is a label, not a quotation
    ("h198-key-line-label-nothing", 'Key line: "Enough is enough."', []),
    ("h198-campaign-memo-label-nobody", 'Campaign memo: "We will win the state."',
     [("direct", "We will win the state.", None)]),
    ("h198-name-then-verb-colon-stays", 'Smith added: "We will win the state."',
     [("direct", "We will win the state.", "Smith")]),
    ("h198-name-then-title-label-stays", 'Obama aide: "We are done."',
     [("direct", "We are done.", "Obama aide")]),
    ("h198-attributive-scare-quote-nothing", "Tory MP blasts 'woke' council", []),
    ("h198-attributive-scare-quote-prose-nothing", 'The senator attacked "woke" schools in a speech.', []),
    # transcripts (h198): the first person of a cue after a label is the label's; a short answer is a turn
    ("h198-label-first-person", 'THE PRESIDENT: "Tariffs are taxes," as I always say.',
     [("direct", "Tariffs are taxes,", "THE PRESIDENT")]),
    ("h198-first-person-no-label-stays", '"We will rebuild," I told him.', [("direct", "We will rebuild,", "I")]),
    ("h198-short-answer-turn", "Host: So what about the roads?\n\nMayor Ruiz: We will fix the roads first.\n\n"
     "Host: And the bridges?\n\nMayor Ruiz: Those too.",
     [("direct", "So what about the roads?", "Host"), ("direct", "We will fix the roads first.", "Mayor Ruiz"),
      ("direct", "And the bridges?", "Host"), ("direct", "Those too.", "Mayor Ruiz")]),
    ("h198-tally-no-question-nothing", "Results by county.\n\nLee: 547 votes.\n\nKim: 302.\n\nLee: 12 votes.\n\n"
     "Kim: 40 votes.", []),
    # contents (h204): an `-ing` clause after a preposition's noun is the noun's; after a comma it is the cue's own
    ("h204-told-of-noun-being-done", "Parents told of children being turned away.",
     [("indirect", "children being turned away", "Parents")]),
    ("h204-warned-of-noun-ing", "Economists warned of prices rising sharply next year.",
     [("indirect", "prices rising sharply next year", "Economists")]),
    ("h204-complained-of-comma-ing-stays", "Nurses complained of long shifts, citing staff shortages.",
     [("indirect", "long shifts", "Nurses"), ("indirect", "staff shortages", "Nurses")]),   # h326: the reason cited
    # a past spelt as its noun heading a verbless sentence is the verb (h200); a noun phrase with a verb is not
    ("h200-forecast-noun-past", "The IEA forecast that demand would peak.",
     [("indirect", "that demand would peak", "The IEA")]),
    ("h200-forecast-noun-phrase-nothing", "The IEA forecast that demand would peak proved wrong.", []),
    ("h200-forecast-owner-nothing", "The agency's forecast that demand would peak was wrong.", []),
    # a cue with its own subject after `put it` and its adverb takes the quotation (h200)
    ("h200-put-it-best-when-wrote", "Kerry Jones put it best when she wrote: 'The town has lost its heart.'",
     [("direct", "The town has lost its heart.", "Kerry Jones")]),
    # speaker spans (h203): a title before a set-off name is no participle's phrase; a description's phrase
    # closing on a name in capitals is the description's, the set-off name its apposition
    ("h203-set-off-title-name", "Her neighbour, retired teacher Bill Carr, said the storm was the worst in years.",
     [("indirect", "the storm was the worst in years", "Her neighbour, retired teacher Bill Carr")]),
    ("h203-set-off-participle-still-cut", "The report, published on Tuesday, said emissions had risen.",
     [("indirect", "emissions had risen", "The report")]),
    ("h203-description-held-by-name", '"We will invest," the chief executive of the National Grid, John Pettigrew, '
     'said.', [("direct", "We will invest,", "the chief executive of the National Grid, John Pettigrew")]),
    # a naming verb right after a set-off name's closing comma, with an object and a quotation, is the main verb
    ("h203-naming-verb-after-set-off-name", 'The COP29 host, Azerbaijan, called oil and gas "a gift of God".',
     [("mixed", 'oil and gas "a gift of God"', "The COP29 host, Azerbaijan")]),
    ("h203-named-group-still-nothing", 'A group called "Friends of the Park" formed.', []),
    # noun reports (h201): `announcement` names a saying; a `that` clause whose gap the noun fills is a
    # relative clause, no report; a report above the noun keeps its clause
    ("h201-announcement-opening", "The league's announcement that he would be suspended came a day later.",
     [("indirect", "that he would be suspended", "The league")]),
    ("h201-claim-gap-object-nothing", "Voters rejected her claim that he made.", []),
    ("h201-promise-gap-object-nothing", "Voters doubted her promise that she broke.", []),
    ("h201-claim-with-object-stays", "Critics rejected his claim that he made a mistake.",
     [("indirect", "that he made a mistake", "his")]),
    ("h201-outer-report-kept", "The senator blamed reporters for making a fuss over the mayor's claim that taxes "
     "would fall.", [("indirect", "reporters for making a fuss over the mayor's claim that taxes would fall",
                      "The senator")]),
    ("h201-coordinated-verb-no-gap", "Critics doubted her claim that she never sent or received secret files.",
     [("indirect", "that she never sent or received secret files", "her")]),
    # wire copy (h210): the one quoted speaks, not the outlet quoting; a set-off phrase of where or how it
    # was said between the speaker and the cue is no part of the speaker
    ("h210-quoted-by-agency-as-saying", '"The army will respond," the general was quoted by the RIA news agency as '
     'saying.', [("direct", "The army will respond,", "the general")]),
    ("h210-quoted-pronoun-as-saying", "State news agency IRNA quoted him as saying that talks would resume next week.",
     [("indirect", "that talks would resume next week", "him")]),
    ("h210-cited-by-as-saying", "The spokesman was cited by Interfax as saying that the talks had stalled.",
     [("indirect", "that the talks had stalled", "The spokesman")]),
    ("h210-quoted-as-saying-by", "The minister was quoted as saying by Interfax that the gas would keep flowing.",
     [("indirect", "that the gas would keep flowing", "The minister")]),
    ("h210-set-off-comments-carried", "The minister, in comments carried by the state news agency, said the ban "
     "would stay.", [("indirect", "the ban would stay", "The minister")]),
    ("h210-set-off-remarks-broadcast", "The minister, in remarks broadcast on television, said the ban would stay.",
     [("indirect", "the ban would stay", "The minister")]),
    ("h210-set-off-news-conference", "The mayor, at a news conference in the city hall, said the roads would reopen.",
     [("indirect", "the roads would reopen", "The mayor")]),
    ("h210-through-interpreter", '"We are ready to negotiate," the president said through an interpreter.',
     [("direct", "We are ready to negotiate,", "the president")]),
    ("h210-told-agency-by-telephone", '"The situation is under control," the governor told AFP by telephone.',
     [("direct", "The situation is under control,", "the governor")]),
    ("h210-anonymity-tail", '"We have no plans to withdraw," the official said, speaking on condition of anonymity '
     'because he was not authorized to talk to the media.', [("direct", "We have no plans to withdraw,", "the official")]),
    ("h210-quoted-as-saying-by-outlet", '"We will not accept any ultimatum," the foreign minister was quoted as saying '
     'by Interfax.', [("direct", "We will not accept any ultimatum,", "the foreign minister")]),
    ("h210-outlet-quoted-colon", 'The governor\'s office quoted him as saying: "The fire is under control."',
     [("direct", "The fire is under control.", "him")]),
    ("h210-quoted-as-telling", "The Kremlin quoted the president as telling his guest that the sanctions were illegal.",
     [("indirect", "that the sanctions were illegal", "the president")]),
    ("h210-said-in-arabic", '"We will rebuild every house," the mayor said in Arabic.',
     [("direct", "We will rebuild every house,", "the mayor")]),
    # local TV and police copy (h209): a station's name is the one told, whatever words and numbers make it up,
    # and an adverb or a quote mark between the told clause's subject and its verb keeps the clause whole
    ("h209-station-then-mixed-clause", 'Sims told Eyewitness News his client "is cooperating fully."',
     [("mixed", 'his client "is cooperating fully."', "Sims")]),
    ("h209-channel-number-station", "A neighbor told 7 News the couple often argued.",
     [("indirect", "the couple often argued", "A neighbor")]),
    ("h209-call-letters-number-station", "A neighbor told ABC 7 Eyewitness News the couple often argued.",
     [("indirect", "the couple often argued", "A neighbor")]),
    ("h209-listener-then-mixed-clause", 'The suspect told officers the gun "just went off."',
     [("mixed", 'the gun "just went off."', "The suspect")]),
    ("h209-number-of-people-listener", "He told 40 volunteers the search would resume at dawn.",
     [("indirect", "the search would resume at dawn", "He")]),
    ("h209-police-ranks-direct", '"We found the weapon in the trunk," Det. Sgt. Paul Kim said.',
     [("direct", "We found the weapon in the trunk,", "Det. Sgt. Paul Kim")]),
    ("h209-not-released-nothing", "Police have not released the name of the victim.", []),
    ("h209-charged-with-nothing", "The driver was charged with driving under the influence.", []),
    # a site's address is one token and, after a verb of telling, the one told (h209)
    ("h209-site-address-listener-mixed", 'A witness told Patch.com the gunman "looked calm."',
     [("mixed", 'the gunman "looked calm."', "A witness")]),
    ("h209-site-address-listener-that", "Police told NJ.com that the suspect was 19.",
     [("indirect", "that the suspect was 19", "Police")]),
    ("h209-site-address-direct", '"We were scared," a neighbor told NOLA.com.',
     [("direct", "We were scared,", "a neighbor")]),
    # science and tech journalism (h208): a listener then a phrase whose noun the parse took for a verb;
    # `years away from`; a participle's phrase set off after a lone name opening the sentence
    ("h208-told-analysts-earnings-call", "Sundar Pichai told analysts on the earnings call that cloud revenue "
     "grew 28 percent.", [("indirect", "that cloud revenue grew 28 percent", "Sundar Pichai")]),
    ("h208-told-listener-pronoun-stays", "He told reporters at the event that he would run.",
     [("indirect", "that he would run", "He")]),
    ("h208-years-away-from", "Experts say the technology is still years away from clinical use.",
     [("indirect", "the technology is still years away from clinical use", "Experts")]),
    ("h208-weeks-away-closing", "She said the launch is two weeks away.",
     [("indirect", "the launch is two weeks away", "She")]),
    ("h208-name-then-participle-aside", "Ng, speaking at a conference in San Francisco, warned that AI "
     "regulation could stifle innovation.", [("indirect", "that AI regulation could stifle innovation", "Ng")]),
    ("h208-feature-name-in-noun-phrase-nothing", 'The company unveiled its "Deep Research" tool on Monday.', []),
    ("h208-version-nickname-nothing", 'The company released version 2.0, nicknamed "Falcon," on Tuesday.', []),
    ("h208-day-then-podcast-that", 'Altman said Thursday on a podcast that AGI could arrive "sooner than people '
     'think."', [("mixed", 'that AGI could arrive "sooner than people think."', "Altman")]),
    ("h208-day-then-interview-clause", "She said Monday in an interview she would run.",
     [("indirect", "she would run", "She")]),
    ("h208-day-then-clause-stays", "Officials said on Monday the bridge would reopen in the spring.",
     [("indirect", "the bridge would reopen in the spring", "Officials")]),
    ("h208-post-on-x-that", "The company said in a post on X that service had been restored.",
     [("indirect", "that service had been restored", "The company")]),
    ("h208-statement-to-reporters-clause", "He said in a statement to reporters the deal was dead.",
     [("indirect", "the deal was dead", "He")]),
    # press releases (h211): a company's legal form set off by a comma is part of its name; a short form
    # defined in brackets is nobody's words and no part of the speaker; a nickname in brackets is no definition
    ("h211-defined-terms-out-of-speaker", 'Acme Holdings, Inc. ("Acme" or the "Company") said today that it had '
     'signed a deal.', [("indirect", "that it had signed a deal", "Acme Holdings, Inc.")]),
    ("h211-defined-term-no-quote", 'Harbor Mills, Inc. ("Harbor") today announced that its board approved a '
     'dividend.', [("indirect", "that its board approved a dividend", "Harbor Mills, Inc.")]),
    ("h211-initials-defined", 'Blue Ridge Outfitters ("BRO") today announced that it would open two stores.',
     [("indirect", "that it would open two stores", "Blue Ridge Outfitters")]),
    ("h211-suffix-ticker-description", "Greenfield Energy, Inc. (NASDAQ: GRFE), a leading provider of solar "
     "storage systems, today reported results for the fourth quarter.",
     [("indirect", "results for the fourth quarter", "Greenfield Energy, Inc.")]),
    ("h211-llc-subject", "Riverbank Foods, LLC said it would open three stores.",
     [("indirect", "it would open three stores", "Riverbank Foods, LLC")]),
    ("h211-ltd-before-description", "Northwind Shipping, Ltd., a British firm, said profits rose.",
     [("indirect", "profits rose", "Northwind Shipping, Ltd.")]),
    ("h211-lp-subject", "Delta Partners, L.P. said it would buy back stock.",
     [("indirect", "it would buy back stock", "Delta Partners, L.P.")]),
    ("h211-degree-before-description", "Tom Vale, M.D., a surgeon at Mercy Hospital, said the wait was too long.",
     [("indirect", "the wait was too long", "Tom Vale, M.D.")]),
    ("h211-written-statement-no-cue", 'In a written statement, the company said: "We have cooperated fully with '
     'regulators."', [("direct", "We have cooperated fully with regulators.", "the company")]),
    ("h211-prepared-remarks-no-cue", 'In his prepared remarks, the mayor said: "We will rebuild."',
     [("direct", "We will rebuild.", "the mayor")]),
    ("h211-degree-inverted", '"Demand keeps rising," said Ellen Park, Ph.D., a chemist at AquaPure.',
     [("direct", "Demand keeps rising,", "Ellen Park, Ph.D.")]),
    ("h211-statement-posted-no-cue", '"The safety of our passengers is paramount," read a statement posted on the '
     "airline's website.", [("direct", "The safety of our passengers is paramount,",
                             "a statement posted on the airline's website")]),
    ("h211-occasion-before-first-verb", 'The company, in a statement, called the lawsuit "without merit" and said it '
     'would defend itself vigorously.', [("mixed", 'the lawsuit "without merit"', "The company"),
                                          ("indirect", "it would defend itself vigorously", "The company")]),
    ("h211-boilerplate-nothing", "Forward-Looking Statements\n\nWords such as \"expects,\" \"believes\" and "
     "\"anticipates\" identify such statements. For more information, contact Sam Reed at 555-0100.", []),
    # a listener taken for a verb, a time, an occasion, an occasion's purpose: none of them what was said (h217)
    ("h217-told-analysts-time-occasion", "The CEO told analysts Tuesday on a conference call the drop was temporary.",
     [("indirect", "the drop was temporary", "The CEO")]),
    ("h217-told-reporters-time-occasion", "The coach told reporters Sunday at a news conference the striker was fit.",
     [("indirect", "the striker was fit", "The coach")]),
    ("h217-statement-to-clarify", "He said in a statement to clarify the deal was dead.",
     [("indirect", "the deal was dead", "He")]),
    # those a message is passed on to are no part of it (h217)
    ("h217-confirmed-to-correspondent", "A police spokesman confirmed the arrest to our correspondent on Sunday.",
     [("indirect", "the arrest", "A police spokesman")]),
    ("h217-denied-to-reporters", "The senator denied the allegations to reporters.",
     [("indirect", "the allegations", "The senator")]),
    ("h217-cuts-to-aid-kept", "The union demanded deep cuts to foreign aid.",
     [("indirect", "deep cuts to foreign aid", "The union")]),
    # a claim's source between its noun and `that` (h217)
    ("h217-claims-by-critics", "The senator denied claims by critics that she had lied.",
     [("indirect", "claims by critics that she had lied", "The senator")]),
    ("h217-allegations-from-rivals", "The mayor dismissed allegations from rivals that he took bribes.",
     [("indirect", "allegations from rivals that he took bribes", "The mayor")]),
    # a name in marks within a reported clause (a product's, a feature's, a defined term) is nobody's words:
    # the report stays indirect (h218)
    ("h218-product-name-tool", 'The firm said its "Deep Research" tool can browse the web for hours.',
     [("indirect", 'its "Deep Research" tool can browse the web for hours', "The firm")]),
    ("h218-product-name-name", 'The retailer said units sold under the "SnugFit" name were recalled last month.',
     [("indirect", 'units sold under the "SnugFit" name were recalled last month', "The retailer")]),
    ("h218-defined-term-agreement", 'The two banks said they signed a merger agreement (the "Agreement") on '
     'Tuesday.', [("indirect", 'they signed a merger agreement (the "Agreement") on Tuesday', "The two banks")]),
    ("h218-words-in-clause-still-mixed", 'The firm said its new tool was "a huge leap" for research.',
     [("mixed", 'its new tool was "a huge leap" for research', "The firm")]),
    # a headline's phrase of speaking tells who speaks, whatever the noun (h218)
    ("h218-headline-speaks-out", "'We will rebuild': Lottery winner speaks out\n\nThe house burned in May.",
     [("direct", "We will rebuild", "Lottery winner")]),
    ("h218-headline-families-of", "'He was our rock': Families of miners pay tribute\n\nThe mine closed in May.",
     [("direct", "He was our rock", "Families of miners")]),
    # a short part of an utterance broken off by narration in dashes, after its tag's comma (h218)
    ("h218-dash-broken-after-tag", '"We lost," Hall said, "and yet" -- he paused -- "we will be back."',
     [("direct", "We lost, and yet we will be back.", "Hall")]),
    ("h218-dash-broken-one-word", '"We lost," Hall said, "but" -- he paused -- "we will be back."',
     [("direct", "We lost, but we will be back.", "Hall")]),
    ("h218-dash-broken-plea", '"Stop," she said, "please" -- her voice broke -- "just stop."',
     [("direct", "Stop, please just stop.", "she")]),
    ("h218-headline-club-pays-tribute", "'Our hearts are broken': Club pays tribute to former captain\n\nHe "
     "played 300 games.", [("direct", "Our hearts are broken", "Club")]),
    ("h218-headline-no-speaking-nothing", "'It is over': the end of an era\n\nThe shop shut on Friday.", []),
    # a work noun's letters opening a compound (`single-rate`) are no work after a title (h218)
    ("h218-single-compound-not-work", 'The senator called for a "Fair Pay for All" single-rate tax.',
     [("mixed", 'a "Fair Pay for All" single-rate tax', "The senator")]),
    # arts pages: a name or title says nothing; making a work reports nothing (h215)
    ("h215-as-title-suggests-nothing", 'As the title suggests, "Waiting" is a film about waiting.', []),
    ("h215-as-name-implies-nothing", "As the name implies, the festival is held at night.", []),
    ("h215-name-suggests-that-nothing", "Its name suggests that the band likes the sea.", []),
    ("h215-as-mayor-suggested-kept", "As the mayor suggested, the vote was close.",
     [("indirect", "the vote was close", "the mayor")]),
    ("h215-wrote-the-song-nothing", "She wrote the song in a week after her father died.", []),
    ("h215-novel-he-wrote-nothing", "The novel that he wrote in prison sold a million copies.", []),
    ("h215-song-which-she-wrote-nothing", "The song, which she wrote at 17, ends with a long silence.", []),
    ("h215-novel-which-he-wrote-argues", "In the novel, which he wrote in prison, he argues that the war was a "
     "mistake.", [("indirect", "that the war was a mistake", "he")]),
    ("h215-wrote-that-kept", "She wrote that the song was about her father.",
     [("indirect", "that the song was about her father", "She")]),
    ("h215-writes-in-memoir", '"Grief is a country with no map," she writes in the memoir.',
     [("direct", "Grief is a country with no map,", "she")]),
    ("h215-told-variety", '"I wanted to make something quiet," the director told Variety.',
     [("direct", "I wanted to make something quiet,", "the director")]),
    ("h215-band-on-instagram", "The band said on Instagram that the tour would be postponed.",
     [("indirect", "that the tour would be postponed", "The band")]),
    ("h215-album-title-nothing", 'The singer released her new album "Blue Hours" on Friday.', []),
    ("h215-film-title-which-opens-nothing", 'The film "The Long Road," which opens Friday, follows two brothers.',
     []),
    ("h215-wrote-a-book-in-which-kept", "Gary Hale has written a book in which he exposes the greed of the mayor.",
     [("indirect", "a book in which he exposes the greed of the mayor", "Gary Hale")]),
    ("h215-wrote-most-of-the-songs-nothing", "She wrote most of the songs on a borrowed guitar.", []),
    ("h215-wrote-a-song-that-topped-nothing", "Al Ford, who helped found the group, wrote a song that topped the "
     "charts.", []),
    ("h215-title-colon-no-speaker", "The exhibit's title comes from a line in her diary: \"I paint what I cannot "
     "say.\"", [("direct", "I paint what I cannot say.", None)]),
    ("h215-memoir-colon-kept", "The memoir opens with a warning: \"Everything here is true.\"",
     [("direct", "Everything here is true.", "The memoir")]),
    # a rank's `retired` abbreviated, in brackets after it or before it, ends no sentence: the name's own words
    ("h227-rank-ret-in-brackets", "Col. (ret.) Mary Ford said the strikes were over.",
     [("indirect", "the strikes were over", "Col. (ret.) Mary Ford")]),
    ("h227-rank-ret-in-brackets-inverted", '"We are ready," said Lt. Gen. (Ret.) Mark Hale, a former commander.',
     [("direct", "We are ready,", "Lt. Gen. (Ret.) Mark Hale")]),
    ("h227-rank-ret-before", "Ret. Gen. David Cole said the war had entered a new phase.",
     [("indirect", "the war had entered a new phase", "Ret. Gen. David Cole")]),
    # an `-ing` word after `a` or `the` modifies the word after it: the speaker after its verb runs over both
    ("h227-accompanying-editorial", '"These data are reassuring," wrote the authors of an accompanying editorial.',
     [("direct", "These data are reassuring,", "the authors of an accompanying editorial")]),
    # a quotation opening on an auxiliary goes on from its subject, however short: a mixed quote of both
    ("h227-lead-in-auxiliary-short-subject", 'The drug "should not be used in children under 12," the FDA said.',
     [("mixed", 'The drug "should not be used in children under 12,"', "the FDA")]),
    ("h227-lead-in-auxiliary-one-word", 'Prices "will keep rising," the bank said.',
     [("mixed", 'Prices "will keep rising,"', "the bank")]),
    # a question opening on an auxiliary in capitals leads in from nothing
    ("h227-lead-in-capital-auxiliary-nothing", '"Will you come?" she asked.', [("direct", "Will you come?", "she")]),
    ("h224-district-in-brackets-before-cue", '"We are scanning the footage," Deputy Commissioner of Police (South) '
     'Chandan Rao said.', [("direct", "We are scanning the footage,", "Deputy Commissioner of Police (South) Chandan Rao")]),
    ("h224-district-in-brackets-after-cue", '"Three men were held," said Superintendent of Police (North-East) Ravi '
     'Kumar.', [("direct", "Three men were held,", "Superintendent of Police (North-East) Ravi Kumar")]),
    ("h224-rank-in-brackets-short-title", '"Three men were held," SP (Rural) Ravi Kumar said.',
     [("direct", "Three men were held,", "SP (Rural) Ravi Kumar")]),
    ("h224-party-label-then-weekday", '"We will win," Rep. Al Roe (R-Texas) said Tuesday.',
     [("direct", "We will win,", "Rep. Al Roe")]),
    ("h224-rued-that", "The leader rued that the government had failed to protect farmers.",
     [("indirect", "that the government had failed to protect farmers", "The leader")]),
    ("h224-rue-the-day-nothing", "He will rue the day he signed the deal.", []),
    ("h224-underlined-that", "The minister underlined that the state's finances were strong.",
     [("indirect", "that the state's finances were strong", "The minister")]),
    ("h224-underlined-ink-nothing", "She underlined the passage in red ink.", []),
    ("h224-scene-underlines-nothing", "The scene at the border underlines the fact that the two economies are small.",
     []),
    ("h224-apprised-listener-that", "The collector apprised the minister that relief camps had been set up.",
     [("indirect", "that relief camps had been set up", "The collector")]),
    ("h224-flayed-for", "The chief minister flayed the Centre for the delay in releasing funds.",
     [("indirect", "the Centre for the delay in releasing funds", "The chief minister")]),
    ("h224-opening-adverb-not-speaker", "Meanwhile, Congress MP Adhir Ranjan Chowdhury said the party would raise the "
     "issue.", [("indirect", "the party would raise the issue", "Congress MP Adhir Ranjan Chowdhury")]),
    ("h224-mohd-given-name-short", "Congress leader Mohd. Aslam said the party would contest all seats.",
     [("indirect", "the party would contest all seats", "Congress leader Mohd. Aslam")]),
    ("h224-mohd-after-cue", '"We are ready," said Mohd. Aslam.', [("direct", "We are ready,", "Mohd. Aslam")]),
    # h226 UK, Irish and Canadian council and parliament reports: a party and ward in brackets after a name is no
    # part of the speaker; a meeting, council or house `heard that` reports with no speaker; a motion's `moved that`
    ("h226-bracket-party-ward", "Cllr Sarah Patel (Con, Northfield) said residents had been ignored.",
     [("indirect", "residents had been ignored", "Cllr Sarah Patel")]),
    ("h226-bracket-party-ward-inverted", '"It is a disgrace," said Cllr Sarah Patel (Con, Northfield).',
     [("direct", "It is a disgrace,", "Cllr Sarah Patel")]),
    ("h226-bracket-two-word-party", "Cllr Tom Hale (Lib Dem, Eastgate) told the committee the road was unsafe.",
     [("indirect", "the road was unsafe", "Cllr Tom Hale")]),
    ("h226-bracket-irish-party", "Deputy Jo Ryan (FG) said the scheme had failed.",
     [("indirect", "the scheme had failed", "Deputy Jo Ryan")]),
    ("h226-bracket-hyphened-ward", "Cllr Ann Lee (Lab, Westby-on-Sea) said the vote was lost.",
     [("indirect", "the vote was lost", "Cllr Ann Lee")]),
    ("h226-meeting-heard-that", "The meeting heard that the council had received more than 300 objections.",
     [("indirect", "that the council had received more than 300 objections", None)]),
    ("h226-councillors-heard-that", "Councillors heard that the roof was unsafe.",
     [("indirect", "that the roof was unsafe", None)]),
    ("h226-dail-heard-that", "The D\u00e1il heard that waiting lists had doubled.",
     [("indirect", "that waiting lists had doubled", None)]),
    ("h226-council-heard-from-nothing", "The council heard from residents at the meeting.", []),
    ("h226-moved-that-subjunctive", "Cllr Roe moved that the plans be refused.",
     [("indirect", "that the plans be refused", "Cllr Roe")]),
    ("h226-moved-that-bare-verb", "Cllr Roe moved that the council reject the bid.",
     [("indirect", "that the council reject the bid", "Cllr Roe")]),
    ("h226-moved-place-nothing", "The family moved to Leeds in 2010.", []),
    ("h226-moved-object-nothing", "The council moved the meeting to Friday.", []),
    ("h226-moved-amendment-nothing", "Cllr Roe moved an amendment that would delay the vote.", []),
    ("h226-move-noun-modal-nothing", "Unions attack move that would cut overtime pay.", []),
    ("h226-moves-to-relative-nothing", "The contest now moves to three races this week that she is counting on.", []),
    # Canada's `Coun.` is a councillor's title, the speaker's; a question's agent after its topic is no part of it
    ("h226-coun-title", 'Coun. Josh Reid said the vote was "a betrayal of trust".',
     [("mixed", 'the vote was "a betrayal of trust"', "Coun. Josh Reid")]),
    ("h226-pressed-topic-by-agent", "Pressed on the delay by reporters, the minister said the report was nearly ready.",
     [("indirect", "the delay", None), ("indirect", "the report was nearly ready", "the minister")]),
    ("h221-title-in-whose-aside", '"Fame is a cage," the singer, whose album "Blue Hours" topped the charts, said.',
     [("direct", "Fame is a cage,", "the singer")]),
    ("h221-whose-aside-no-title", '"We were broke," Vale, whose band Tin Lanterns split in 2019, said.',
     [("direct", "We were broke,", "Vale")]),
    ("h221-title-in-who-aside-told-me", '"I never read reviews," the director, who won the top prize for "Salt '
     'Roads of Home," told me.', [("direct", "I never read reviews,", "the director")]),
    ("h221-present-shrug-then-quote", 'Back home in Memphis, Lil Dusk shrugs. "There is no beef. I wish him well."',
     [("direct", "There is no beef. I wish him well.", "Lil Dusk")]),
    ("h221-the-singer-smiles-then-quote", 'The singer smiles. "I love this city."',
     [("direct", "I love this city.", "The singer")]),
    ("h221-told-the-crowd-that-after-participle", 'Accepting the award in May, Morrow told the crowd that rock was '
     '"not dead, just tired."', [("mixed", 'that rock was "not dead, just tired."', "Morrow")]),
    ("h221-sings-lyrics-singers-words", 'On "Morning Song," Ms. Lee sings, "The river keeps my name."',
     [("direct", "The river keeps my name.", "Ms. Lee")]),
    ("h221-sang-a-hymn-title-nothing", 'The choir sang "Amazing Grace" at the funeral.', []),
    ("h221-now-age-aside-not-speaker", '"I was 19 and nobody told me anything," Jane Doyle, now 58, says in an '
     'interview.', [("direct", "I was 19 and nobody told me anything,", "Jane Doyle")]),
    ("h221-longer-clause-smiles-nothing", 'The night belongs to Kane and the whole crowd smiles. "What a show."',
     []),
    # phrases set off between a subject and its cue (issue #17, h222): the subject still speaks, the phrase is no
    # part of it, and the cue is the main verb however the parse hung it
    ("h222-sermon-called-for-calm", "The bishop, in a sermon on Sunday, called for calm.",
     [("indirect", "calm", "The bishop")]),
    ("h222-citing-urged-infinitive", "Health officials, citing new data, urged parents to vaccinate their children.",
     [("indirect", "parents to vaccinate their children", "Health officials")]),
    ("h222-after-clause-subject", "Shares, in early trading, jumped after the company announced a deal.",
     [("indirect", "a deal", "the company")]),
    ("h222-speaking-urged-no-verb-in-content", "The mayor, speaking to reporters, urged residents to stay home.",
     [("indirect", "residents to stay home", "The mayor")]),
    ("h222-however-urged", "The mayor, however, urged residents to stay home.",
     [("indirect", "residents to stay home", "The mayor")]),
    ("h222-statement-announced-plans", "The company, in a statement, announced plans to cut 500 jobs.",
     [("indirect", "plans to cut 500 jobs", "The company")]),
    ("h222-sermon-urged-span", "The bishop, in a sermon on Sunday, urged worshippers to pray for peace.",
     [("indirect", "worshippers to pray for peace", "The bishop")]),
    ("h222-rally-said", "The senator, at a rally in Ohio, said taxes would fall.",
     [("indirect", "taxes would fall", "The senator")]),
    ("h222-during-strike-demanded", "The union, during the strike, demanded higher wages.",
     [("indirect", "higher wages", "The union")]),
    ("h222-called-for-pronoun-nothing", "Critics called for it.", []),
    ("h222-recipe-calls-for-nothing", "The recipe, in its second step, calls for butter.", []),
    ("h222-jumped-after-no-report-nothing", "Prices, meanwhile, jumped after the storm hit the coast.", []),
    ("h222-urged-pronoun-nothing", "The minister urged it.", []),
    ("h222-urged-passive-nothing", "Caution was urged.", []),
    ("h222-been-calling-for-bare-noun", "The senator has been calling for change.",
     [("indirect", "change", "The senator")]),
    # a verb of remembering, like one of perceiving: the one remembered does what the participle after it says
    ("h232-remembers-mother-telling", 'Ruiz remembers her mother telling her, "Always vote."',
     [("direct", "Always vote.", "her mother")]),
    ("h232-recalled-own-telling-stays", "Hale recalled telling the team that nobody would be cut.",
     [("indirect", "telling the team that nobody would be cut", "Hale")]),
    # asked-and-answered, interpreters, quotes about quotes: the answer is the speaker's, the question no one's
    ("h232-asked-whether-answer", 'Asked whether she would run again, Ruiz said, "We\'ll see."',
     [("indirect", "whether she would run again", None), ("direct", "We'll see.", "Ruiz")]),
    ("h232-through-interpreter", "Speaking through an interpreter, President Luis Mora said his country wanted peace.",
     [("indirect", "his country wanted peace", "President Luis Mora")]),
    ("h232-said-in-spanish", '"We are ready to talk," Mora said in Spanish.',
     [("direct", "We are ready to talk,", "Mora")]),
    ("h232-later-clarified", "Ruiz later clarified that she meant the state budget.",
     [("indirect", "that she meant the state budget", "Ruiz")]),
    ("h232-as-she-put-it", 'As Ruiz put it, "The well is dry."', [("direct", "The well is dry.", "Ruiz")]),
    ("h232-repeated", '"I will not resign," Hale repeated.', [("direct", "I will not resign,", "Hale")]),
    ("h232-conceded-that", "The minister conceded that the rollout had been slow.",
     [("indirect", "that the rollout had been slow", "The minister")]),
    ("h233-promised-then-called-for", "Ruiz promised to cut taxes and called for an audit.",
     [("indirect", "to cut taxes", "Ruiz"), ("indirect", "an audit", "Ruiz")]),
    ("h233-urged-then-called-for", "Ruiz urged voters to reject the measure and called for an audit.",
     [("indirect", "voters to reject the measure", "Ruiz"), ("indirect", "an audit", "Ruiz")]),
    ("h233-vowed-then-praised", "Ruiz vowed to cut taxes for the middle class and praised the volunteers.",
     [("indirect", "to cut taxes for the middle class", "Ruiz")]),
    ("h233-promised-two-base-forms-one-promise", "Ruiz promised to cut taxes and raise wages.",
     [("indirect", "to cut taxes and raise wages", "Ruiz")]),
    ("h233-promised-base-call-for-one-promise", "Ruiz promised to cut taxes and call for an audit.",
     [("indirect", "to cut taxes and call for an audit", "Ruiz")]),
    ("h233-meanwhile-charged", "Republicans, meanwhile, charged that Democrats had spent millions on misleading ads.",
     [("indirect", "that Democrats had spent millions on misleading ads", "Republicans")]),
    ("h233-campaign-then-surname", "The Ruiz campaign said it was confident. Ruiz said she would win.",
     [("indirect", "it was confident", "The Ruiz campaign"), ("indirect", "she would win", "Ruiz")]),
    # business wire copy (issue #17, h230): a relative clause set off after an inverted speaker is no part of it,
    # however far into the phrase the parse hung it; a noun tagged an adjective after `a senior` is the speaker
    ("h230-person-briefed-who-asked", "The deal could be signed next week, said a person briefed on the talks, "
     "who asked not to be identified because the discussions are private.",
     [("indirect", "The deal could be signed next week", "a person briefed on the talks")]),
    ("h230-spokesman-for-firm-which", "Output will fall, said a spokesman for the company, which makes chips.",
     [("indirect", "Output will fall", "a spokesman for the company")]),
    ("h230-senior-executive-who", "The bank will cut 500 jobs, said a senior executive, who asked not to be named.",
     [("indirect", "The bank will cut 500 jobs", "a senior executive")]),
    ("h230-one-executive-who", "The bank will cut 500 jobs, said one executive, who spoke on condition of anonymity.",
     [("indirect", "The bank will cut 500 jobs", "one executive")]),
    ("h230-restrictive-who-stays", '"It was chaos," said one trader who was on the floor.',
     [("direct", "It was chaos,", "one trader who was on the floor")]),
    # a company whose name ends in `'s` (`McDonald's`, `Sotheby's`) before `said` and a clause with no `that`
    ("h230-mcdonalds-said-clause", "McDonald's said sales rose 4% in the quarter.",
     [("indirect", "sales rose 4% in the quarter", "McDonald's")]),
    ("h230-sothebys-said-clause", "Sotheby's said the sale set a record.",
     [("indirect", "the sale set a record", "Sotheby's")]),
    ("h230-owner-said-nothing-nothing", "Moody's said nothing.", []),
    ("h230-declined-to-comment-nothing", "A spokesperson for the bank declined to comment.", []),
    # a lone surname opening the sentence before an age and a relative clause, tagged an interjection, speaks
    ("h230-surname-age-who-pledged", "Wu, 52, who took over as CEO in 2021, has pledged to cut costs.",
     [("indirect", "to cut costs", "Wu")]),
    ("h230-opening-word-age-no-name", "Okay, 52 people said no.", [("indirect", "no", "52 people")]),
    ("h235-states-after-to-nothing", "The contest now moves to states this week that she is counting on.", []),
    ("h235-reports-after-for-nothing", "Editors waited for reports that the ferry had docked.", []),
    ("h235-as-he-states", "The plan, as he states in the memo, is to cut costs.",
     [("indirect", "The plan is to cut costs", "he")]),
    ("h235-governor-states-that", "The governor states that the budget is balanced.",
     [("indirect", "that the budget is balanced", "The governor")]),
    ("h235-surname-spelt-as-preposition", 'Voters saw the party as weak, Ann From said.',
     [("indirect", "Voters saw the party as weak", "Ann From")]),
    ("h235-adverb-outside-before-said", "Protesters gathered outside said they were tired.",
     [("indirect", "they were tired", "Protesters gathered outside")]),
    ("h235-participle-aside-before-told", '"We have arrested three men," a senior police officer, requesting '
     'anonymity, told the agency.', [("direct", "We have arrested three men,", "a senior police officer")]),
    ("h235-participle-aside-before-said", '"The river is rising," a police officer, requesting anonymity, said.',
     [("direct", "The river is rising,", "a police officer")]),
    ("h235-participle-after-tag-reports", '"Stay indoors," the mayor said, warning that the river would rise.',
     [("direct", "Stay indoors,", "the mayor"), ("indirect", "that the river would rise", "the mayor")]),
    # a description set off after a name that `according to` names is the name's, no part of the source
    ("h234-according-to-name-then-description", "According to Lt. Col. Ann Park, the battalion commander, the "
     "soldiers were safe.", [("indirect", "the soldiers were safe", "Lt. Col. Ann Park")]),
    ("h234-according-to-name-then-description-after", "The soldiers were safe, according to Lt. Col. Ann Park, the "
     "battalion commander.", [("indirect", "The soldiers were safe", "Lt. Col. Ann Park")]),
    ("h234-according-to-description-then-name-kept", "According to the club's doctor, Ann Ruiz, the striker will miss "
     "the final.", [("indirect", "the striker will miss the final", "the club's doctor, Ann Ruiz")]),
    # a phrase of the occasion between the speaker and its verb, no commas, is no part of the speaker
    ("h234-in-a-statement-no-commas", "The IMF in a statement said the economy would grow.",
     [("indirect", "the economy would grow", "The IMF")]),
    ("h234-in-a-statement-then-time", "The ministry in a brief statement on Tuesday said the border would stay shut.",
     [("indirect", "the border would stay shut", "The ministry")]),
    ("h234-in-the-crowd-kept", "A woman in the crowd said the police had fired first.",
     [("indirect", "the police had fired first", "A woman in the crowd")]),
    ("h234-at-the-conference-kept", "Delegates at the conference said the vote was rigged.",
     [("indirect", "the vote was rigged", "Delegates at the conference")]),
    # the one a verb of quoting quotes runs to `as` and its participle
    ("h234-quoted-one-at-ministry", "Khaleej Times quoted an official at the ministry as saying the road would open.",
     [("indirect", "the road would open", "an official at the ministry")]),
    ("h234-quoted-one-time-left-out", "The paper quoted an official on Monday as saying the road would open.",
     [("indirect", "the road would open", "an official")]),
    # a party and ward in brackets and a relative clause set off after a councillor's name are no part of it
    ("h234-cllr-bracket-and-relative", "Cllr Ann Lee (Lab, Westby), who chairs the committee, said the plan was dead.",
     [("indirect", "the plan was dead", "Cllr Ann Lee")]),
    ("h234-hh-honorific", '"We will build," HH Sheikh Mohammed said.',
     [("direct", "We will build,", "HH Sheikh Mohammed")]),
    # h242: words broken off by a dash, alone in their paragraph, cut short by the tagged turn after them
    ("h242-broken-off-turn-kept", '"We lost the vote," Tom Hale said.\n\n"I think\u2014"\n\n"No," Ann Ruiz said. "Listen."',
     [("direct", "We lost the vote,", "Tom Hale"), ("direct", "I think\u2014", None),
      ("direct", "No, Listen.", "Ann Ruiz")]),
    ("h242-broken-off-opening-turn", '"I think\u2014"\n\n"No," she says. "Listen. The water came up to here."',
     [("direct", "I think\u2014", None), ("direct", "No, Listen. The water came up to here.", "she")]),
    # near-miss: a term ending on a hyphen inside a sentence is no broken-off turn
    ("h242-hyphen-term-in-clause", 'Mr. Hale said the "pre-" checks failed.',
     [("mixed", 'the "pre-" checks failed', "Mr. Hale")]),
    # h242: a retort to the second of two tagged turns is the first one's; untagged turns alternate after it
    ("h242-retort-then-alternating-run",
     '"Walt exaggerates everything," Ann Park said.\n\n"I do not," Walt Jensen said.\n\n"You do."\n\n'
     '"Name one time."\n\n"The fish in 1998."\n\n"That fish was enormous."\n\n"It was a minnow."\n\n'
     '"It was a pike."\n\n"A small pike."\n\n"Go home, Ann."',
     [("direct", "Walt exaggerates everything,", "Ann Park"), ("direct", "I do not,", "Walt Jensen"),
      ("direct", "You do.", "Ann Park"), ("direct", "Name one time.", "Walt Jensen"),
      ("direct", "The fish in 1998.", "Ann Park"), ("direct", "That fish was enormous.", "Walt Jensen"),
      ("direct", "It was a minnow.", "Ann Park"), ("direct", "It was a pike.", "Walt Jensen"),
      ("direct", "A small pike.", "Ann Park"), ("direct", "Go home, Ann.", "Walt Jensen")]),
    # h242: a quotation of inner speech tagged `he thought` is the thinker's, not more of the quote before
    ("h242-thought-tag-hands-over", '"Were the police told?" she wondered.\n\n"The plan is dead," Tom Hale '
     'thought. "Nobody will vote for it."',
     [("direct", "Were the police told?", "she"), ("direct", "The plan is dead, Nobody will vote for it.", "Tom Hale")]),
    ("h242-thinks-present-tag", '"Not again," Ann Ruiz thinks.', [("direct", "Not again,", "Ann Ruiz")]),
    # near-misses: `thought` with a clause or closing a sentence a term sits in reports nothing
    ("h242-thought-with-clause-nothing", "Tom Hale thought the plan would fail.", []),
    ("h242-thought-after-term-nothing", 'The "new deal" was not what Tom Hale thought.', []),
    # h242: a run of untagged turns after a tagged address and its answer: the addresser's every other turn,
    # the other's (named only in narration) kept with no speaker
    ("h242-long-untagged-exchange",
     'Her nephew comes through the back door.\n\n"You\'re late," Marta Delgado says.\n\n"The bus broke down."\n\n'
     '"The bus always breaks down."\n\n"Then buy me a car."\n\n"Buy you a car? With what money?"\n\n'
     '"You could sell the diner."\n\n"Over my dead body."\n\n"That can be arranged."\n\n"Go chop the onions."\n\n"How many?"\n\n'
     '"All of them."',
     [("direct", "You're late,", "Marta Delgado"), ("direct", "The bus broke down.", None),
      ("direct", "The bus always breaks down.", "Marta Delgado"), ("direct", "Then buy me a car.", None),
      ("direct", "Buy you a car? With what money?", "Marta Delgado"), ("direct", "You could sell the diner.", None),
      ("direct", "Over my dead body.", "Marta Delgado"), ("direct", "That can be arranged.", None),
      ("direct", "Go chop the onions.", "Marta Delgado"), ("direct", "How many?", None),
      ("direct", "All of them.", "Marta Delgado")]),
    # near-miss: a generic `you` after two tagged turns of news is the second speaker going on
    ("h242-generic-you-goes-on", '"We lost," Tom Hale said.\n\n"It hurts," Ann Ruiz said.\n\n'
     '"You have to give them credit."',
     [("direct", "We lost,", "Tom Hale"), ("direct", "It hurts, You have to give them credit.", "Ann Ruiz")]),
    # h239: a quotation set off right after a cue is that cue's, not the words of one who remembers the scene
    ("h239-recalled-night-mother-said", 'Ruiz recalled the night her mother said, "You will leave this town."',
     [("direct", "You will leave this town.", "her mother")]),
    # (the scene recalled stays the rememberer's report, as annotators mark the outer report)
    ("h239-recalled-father-telling-him", 'Lee recalled his father telling him, "Work comes first."',
     [("indirect", "his father telling him", "Lee"), ("direct", "Work comes first.", "his father")]),
    ("h239-recalled-father-saying", 'Lee recalled his father saying, "Work comes first."',
     [("indirect", "his father saying", "Lee"), ("direct", "Work comes first.", "his father")]),
    ("h239-recalled-shouting-at-staff", 'Kim Tran recalled Cole shouting at staff, "Nobody talks to the feds."',
     [("indirect", "Cole shouting at staff", "Kim Tran"), ("direct", "Nobody talks to the feds.", "Cole")]),
    # near-miss: a pronoun's verb set off after another cue stands for that cue's speaker, or is an aside
    ("h239-said-he-responded", 'Hale said he responded: "When you are attacked, you hit back."',
     [("direct", "When you are attacked, you hit back.", "he")]),
    ("h239-remembers-grandmother-colon", 'Lee remembers his grandmother saying: "Never owe anyone a penny."',
     [("direct", "Never owe anyone a penny.", "his grandmother")]),
    # near-miss: a participle with its own object before the comma tells what a memo did, not who speaks
    ("h239-memo-explaining-deal", 'As Ann Ruiz put it in her memo to staff explaining the deal, "We grow or we die."',
     [("indirect", "the deal", "Ann Ruiz"), ("direct", "We grow or we die.", "Ann Ruiz")]),
    # near-miss: a saying recalled is no one's words in the scene (no noun phrase before `saying`)
    ("h239-recalled-the-saying", 'She recalled the old saying, "Waste not, want not."',
     [("direct", "Waste not, want not.", "She")]),
    # nested reports: the outer report only (the inner cue's clause is what the outer speaker says)
    ("h239-nested-doctor-told-her", "She said her doctor told her that the tumour was benign.",
     [("indirect", "her doctor told her that the tumour was benign", "She")]),
    ("h239-nested-company-told-them", "Officials said the company had told them it would pay.",
     [("indirect", "the company had told them it would pay", "Officials")]),
    # `and told` after an infinitive's clause is the subject's second report (the tagger may take it for a modifier)
    ("h239-vowed-and-told", "Ruiz vowed to fight on and told supporters that the count was not over.",
     [("indirect", "to fight on", "Ruiz"), ("indirect", "that the count was not over", "Ruiz")]),
    ("h239-denied-and-told", "Hale denied the charge and told jurors that she had never met Cole.",
     [("indirect", "the charge", "Hale"), ("indirect", "that she had never met Cole", "Hale")]),
    # near-miss: `told stories that ...` is a relative clause on what was told, no report
    ("h239-told-stories-relative", "Ruiz sang old songs and told stories that made everyone laugh.", []),
    # h241: the body a titled name is with (`of`, `with`, `from` and its capitalised name) is the speaker's
    ("h241-chief-of-the-department", "Chief Tom Hale of the Westby Police Department said his officers acted quickly.",
     [("indirect", "his officers acted quickly", "Chief Tom Hale of the Westby Police Department")]),
    ("h241-battalion-chief-of", "Battalion Chief Ray Cruz of the Dallas Fire-Rescue Department said no firefighters "
     "were hurt.", [("indirect", "no firefighters were hurt", "Battalion Chief Ray Cruz of the Dallas Fire-Rescue Department")]),
    ("h241-detective-with-sheriffs-office", "Detective Sam Reed with the Harris County Sheriff's Office told KHOU 11 "
     "News that the boy was found safe.",
     [("indirect", "that the boy was found safe", "Detective Sam Reed with the Harris County Sheriff's Office")]),
    ("h241-lieutenant-with-told-call-sign", "Lt. Ann Ruiz with the Travis County Sheriff's Office told KXAN the deputy "
     "is recovering.", [("indirect", "the deputy is recovering", "Lt. Ann Ruiz with the Travis County Sheriff's Office")]),
    ("h241-inverted-with-department", '"He was a hero," said Officer Maria Lopez with the Austin Police Department.',
     [("direct", "He was a hero,", "Officer Maria Lopez with the Austin Police Department")]),
    ("h241-inverted-from-red-cross", '"We have cots for 200 people," said Ann Lee from the American Red Cross.',
     [("direct", "We have cots for 200 people,", "Ann Lee from the American Red Cross")]),
    # near-misses: a manner phrase after an inverted name, a day after the body, are no part of the speaker
    ("h241-inverted-with-a-smile", '"We will be back," said Ann Lee with a smile.',
     [("direct", "We will be back,", "Ann Lee")]),
    ("h241-body-then-day", "Sgt. Mike Owens of the Dayton Police Department on Tuesday said the victim was not home.",
     [("indirect", "the victim was not home", "Sgt. Mike Owens of the Dayton Police Department")]),
    # h241: a relative clause set off inside the reported clause, its own cue too, is within what was said
    ("h241-relative-with-cue-inside-report", "Police said the suspect, who told officers he was a veteran, had a knife.",
     [("indirect", "the suspect, who told officers he was a veteran, had a knife", "Police")]),
    ("h241-relative-inside-report", "Deputies said the driver, who was not hurt, tested positive for alcohol.",
     [("indirect", "the driver, who was not hurt, tested positive for alcohol", "Deputies")]),
    ("h241-relative-closing-report-near-miss", "Police said they arrested the man, who had a knife.",
     [("indirect", "they arrested the man", "Police")]),
    # h241: a capitalised `-ing` form inside a name (a station's weather brand) is no cue
    ("h241-ing-word-in-name-direct", '"Stay weather aware," KXAN First Warning Meteorologist Ann Lee said.',
     [("direct", "Stay weather aware,", "KXAN First Warning Meteorologist Ann Lee")]),
    ("h241-ing-word-in-name-indirect", "First Warning Meteorologist Ann Lee said the storm would weaken.",
     [("indirect", "the storm would weaken", "First Warning Meteorologist Ann Lee")]),
    ("h241-ing-participle-opening-kept", "Speaking Tuesday, Chief Hale said the department would review its policies.",
     [("indirect", "the department would review its policies", "Chief Hale")]),
    # h241: a station's reporter, the station's `'s` with the name
    ("h241-station-reporter-reports", "KXAN's Tom Vale reports that crews are still on scene.",
     [("indirect", "that crews are still on scene", "KXAN's Tom Vale")]),
    # UK house style: single marks quote, apostrophes within words and after a plural's `s` do not
    ("h243-uk-single-apostrophe", "'It's over,' he said. The players' union said it would appeal.",
     [("direct", "It's over,", "he"), ("indirect", "it would appeal", "The players' union")]),
    ("h243-uk-double-inside-single", "'He told me \"never again\", and I believed him,' said Ann Lee.",
     [("direct", 'He told me "never again", and I believed him,', "Ann Lee")]),
    ("h243-uk-decade-apostrophe", "'We won't stop now,' said Tom Vale. 'Not until the '90s rules are gone.'",
     [("direct", "We won't stop now, Not until the '90s rules are gone.", "Tom Vale")]),
    # French-style spacing inside the marks, punctuation outside them: the marks close however spaced
    ("h243-spaced-guillemets-comma-outside", "\u00ab We will fight \u00bb, said the minister.",
     [("direct", "We will fight", "the minister")]),
    ("h243-spaced-straight-comma-outside", '"We will fight ", said the minister.',
     [("direct", "We will fight", "the minister")]),
    ("h243-spaced-guillemets-mixed", "The minister said the plan was \u00ab dead on arrival \u00bb.",
     [("mixed", "the plan was \u00ab dead on arrival \u00bb", "The minister")]),
    ("h243-nbsp-colon-guillemets", "The minister said\u202f: \u00ab\u00a0We will fight.\u00a0\u00bb",
     [("direct", "We will fight.", "The minister")]),
    # typeset spaces are spaces to the rules; the speaker keeps them as typed
    ("h243-typeset-spaces-in-name", '"We will not build it," said Mayor\u00a0Ann\u202fRuiz.',
     [("direct", "We will not build it,", "Mayor\u00a0Ann\u202fRuiz")]),
    # guillemets pointing inwards (`\u00bb...\u00ab`) and low-high marks quote as the English way round does
    ("h243-inward-guillemets", "The minister said: \u00bbWe will fight.\u00ab",
     [("direct", "We will fight.", "The minister")]),
    ("h243-low-high-mixed", "The minister called the plan \u201ea disaster\u201c.",
     [("mixed", "the plan \u201ea disaster\u201c", "The minister")]),
    # a quotation in text wrapped at a fixed width: one quote, its line breaks kept
    ("h243-wrapped-quotation", 'The mayor said the plan was dead. "We will not\nbuild it," she told\nreporters on '
     'Monday. "The money is\ngone."',
     [("indirect", "the plan was dead", "The mayor"), ("direct", "We will not\nbuild it, The money is\ngone.", "she")]),
    ("h243-wrapped-report", "The mayor said the plan\nwas dead and that the city\nwould look again next year.",
     [("indirect", "the plan\nwas dead and that the city\nwould look again next year", "The mayor")]),
    # spaces left as HTML entities by scrapers are spaces; offsets and texts stay true to what was given
    ("h243-nbsp-entity-speaker", '"We will fight,"&nbsp;said Mayor&nbsp;Ann Ruiz.',
     [("direct", "We will fight,", "Mayor&nbsp;Ann Ruiz")]),
    ("h243-nbsp-entity-report", "The mayor said&nbsp;the plan was dead.",
     [("indirect", "the plan was dead", "The mayor")]),
    ("h243-nbsp-entities-in-guillemets", "&laquo;&nbsp;We will fight&nbsp;&raquo;, said the minister.",
     [("direct", "We will fight", "the minister")]),
    # a title in guillemets after `called` is a name, no one's words
    ("h243-guillemets-title-nothing", "She bought a book called \u00ab The Long Road \u00bb last year.", []),
    # h236 one sentence-linking adverb set off by commas, opening the sentence or after its subject, is never
    # part of the speaker; a run of other adverbs set off there is the saying's circumstance
    ("h236-linking-adverb-after-subject", "The union, meanwhile, warned that the strike would spread.",
     [("indirect", "that the strike would spread", "The union")]),
    ("h236-linking-adverb-however", "The board, however, said the merger would go ahead.",
     [("indirect", "the merger would go ahead", "The board")]),
    ("h236-opening-linking-adverb", "Meanwhile, Health Minister Ann Rao said the clinics would stay open.",
     [("indirect", "the clinics would stay open", "Health Minister Ann Rao")]),
    ("h236-opening-time-adverb", "Later, Police Chief Tom Vance said the road would reopen.",
     [("indirect", "the road would reopen", "Police Chief Tom Vance")]),
    ("h236-opening-however-told", "However, Finance Minister Jo Hart told reporters that taxes would rise.",
     [("indirect", "that taxes would rise", "Finance Minister Jo Hart")]),
    ("h236-adverb-run-set-off", "The mayor, once again, said the budget would be cut.",
     [("indirect", "the budget would be cut", "The mayor")]),
    # h236 a roundup's datelines in capitals and a colon (`DHAKA: ...` / `COLOMBO: ...`) are places, no speakers'
    # labels: each paragraph's reports are its own; a transcript's labels (titles, speakers coming back, first
    # or second person) stay turns
    ("h236-roundup-datelines", "DHAKA: The government said on Monday that it would raise fuel prices.\n\nCOLOMBO: "
     "Sri Lanka's cabinet said it had approved a new debt plan.\n\nKATHMANDU: Nepal's prime minister told "
     "parliament that elections would be held in November.",
     [("indirect", "that it would raise fuel prices", "The government"),
      ("indirect", "it had approved a new debt plan", "Sri Lanka's cabinet"),
      ("indirect", "that elections would be held in November", "Nepal's prime minister")]),
    ("h236-roundup-datelines-mixed-items", "Around the region\n\nBEIJING: China's commerce ministry said exports rose "
     "8 percent in May.\n\nKABUL: Heavy snow closed the Salang pass for a second day.\n\nTEHRAN: \"We are ready "
     "for talks,\" Foreign Minister Ali Navid told state television.",
     [("indirect", "exports rose 8 percent in May", "China's commerce ministry"),
      ("direct", "We are ready for talks,", "Foreign Minister Ali Navid")]),
    ("h236-transcript-titled-third-person-kept", "The hearing ran late.\n\nSEN. LOPEZ: The report said the money "
     "was gone.\n\nMR. HALE: The auditor said otherwise.\n\nSEN. LOPEZ: Then the auditor was wrong.",
     [("direct", "The report said the money was gone.", "SEN. LOPEZ"),
      ("direct", "The auditor said otherwise.", "MR. HALE"),
      ("direct", "Then the auditor was wrong.", "SEN. LOPEZ")]),
    ("h236-transcript-you-kept", "SMITH: The council voted the plan down.\n\nJONES: You voted for it yourself.",
     [("direct", "The council voted the plan down.", "SMITH"), ("direct", "You voted for it yourself.", "JONES")]),
    # h236 a finite cue after `, and` and a noun phrase whose first word the tagger took for an adjective has that
    # phrase for its own subject, not the first clause's
    ("h236-and-adjective-tagged-subject", "Farmers blocked roads, and union leader Marie Dubois said they would stay.",
     [("indirect", "they would stay", "union leader Marie Dubois")]),
    ("h236-and-adjective-subject-dateline", "PARIS, March 3 (AFP) - French farmers blocked roads around the capital, "
     "and union leader Marie Dubois said they would stay \"as long as it takes.\"",
     [("mixed", 'they would stay "as long as it takes."', "union leader Marie Dubois")]),
    ("h236-and-time-phrase-no-subject", "The mayor toured the site, and last week said the bridge would reopen.",
     [("indirect", "the bridge would reopen", "The mayor")]),
    # h236 a dateline before a colon (a place, its country or a date, an agency) is no part of the speaker after it
    ("h236-colon-dateline-country", "KARACHI, Pakistan: Sindh Chief Minister Murad Shah told reporters that schools "
     "would reopen on Monday.", [("indirect", "that schools would reopen on Monday", "Sindh Chief Minister Murad Shah")]),
    ("h236-colon-dateline-title-case", "Dhaka: Bangladesh Bank Governor Ahsan Mansur said inflation would ease by June.",
     [("indirect", "inflation would ease by June", "Bangladesh Bank Governor Ahsan Mansur")]),
    ("h236-colon-dateline-agency", "CHENNAI (PTI): DMK leader K. Raman said the party would contest all seats.",
     [("indirect", "the party would contest all seats", "DMK leader K. Raman")]),
    # h236 a roundup's place may come back when every item it opens reports news
    ("h236-roundup-place-comes-back", "SEOUL: The defence ministry said two missiles were fired on Thursday.\n\n"
     "MANILA: The coast guard said it had rescued 40 people.\n\nSEOUL: Prime Minister Han Lee told lawmakers the "
     "government would unveil a housing plan.",
     [("indirect", "two missiles were fired on Thursday", "The defence ministry"),
      ("indirect", "it had rescued 40 people", "The coast guard"),
      ("indirect", "the government would unveil a housing plan", "Prime Minister Han Lee")]),
    ("h236-roundup-title-case-places", "Dhaka: The government said it would raise fuel prices.\n\nColombo: The "
     "cabinet said it had approved a debt plan.\n\nDhaka: The election commission said polls would be held in "
     "January.\n\nColombo: The central bank said inflation had eased.",
     [("indirect", "it would raise fuel prices", "The government"),
      ("indirect", "it had approved a debt plan", "The cabinet"),
      ("indirect", "polls would be held in January", "The election commission"),
      ("indirect", "inflation had eased", "The central bank")]),
    ("h236-roundup-our-correspondent", "LAHORE: The Punjab government told our correspondent that the canal would "
     "be cleaned by June.\n\nMULTAN: Police said three men were arrested after a clash.",
     [("indirect", "that the canal would be cleaned by June", "The Punjab government"),
      ("indirect", "three men were arrested after a clash", "Police")]),
    # h236 a place before a colon the parse made the subject gives way to the noun phrase after the colon; a
    # linking adverb right after a dateline opens the sentence as at its start
    ("h236-colon-dateline-parsed-subject", "RAWALPINDI: The army's media wing, in a statement, said two soldiers were "
     "killed in an attack.", [("indirect", "two soldiers were killed in an attack", "The army's media wing")]),
    ("h236-linking-adverb-after-colon-dateline", "KARACHI: Meanwhile, the Sindh Assembly said the canal would be "
     "cleaned by June.", [("indirect", "the canal would be cleaned by June", "the Sindh Assembly")]),
    # h249: a tag set within a clause whose verb (itself a verb of saying) comes right after the tag
    ("h249-subject-split-cue-verb-after", "Management, he said, had promised the workers at least another decade.",
     [("indirect", "Management had promised the workers at least another decade", "he")]),
    ("h249-subject-split-named-tag", "Management, Lee said, promised the workers a raise.",
     [("indirect", "Management promised the workers a raise", "Lee")]),
    # near-miss: a time phrase before the tag is no subject: the report is the clause after it
    ("h249-time-before-tag-no-subject", "In May, he said, officials announced a vote.",
     [("indirect", "officials announced a vote", "he")]),
    # near-miss: an adverb before the tag is no subject, and a past form before a noun modifies it
    ("h249-adverb-before-tag-no-subject", "Rather, he said, continued struggles by the campaign will help him.",
     [("indirect", "continued struggles by the campaign will help him", "he")]),
    # a claim's infinitive is the claim; a promise's after a phrase of the verb's own is promised
    ("h245-claimed-to-have", "Russia's defence ministry claimed to have destroyed a command post near the river.",
     [("indirect", "to have destroyed a command post near the river", "Russia's defence ministry")]),
    ("h245-claims-to-represent-nothing", "The group claims to represent 5,000 farmers.", []),
    ("h245-vowed-in-speech-to", "Abdul-Malik al-Houthi, the group's leader, vowed in a televised speech to continue "
     "the attacks.", [("indirect", "to continue the attacks", "Abdul-Malik al-Houthi")]),
    ("h245-threatened-on-day-to", "The rebels threatened on Tuesday to storm the capital.",
     [("indirect", "to storm the capital", "The rebels")]),
    ("h245-swore-in-cabinet-nothing", "The president swore in a new cabinet to replace the old one.", []),
    ("h245-claimed-lives-nothing", "The strike claimed the lives of 12 people.", []),
    # a cue's phrase closing in an aside set off by commas before `that`: what was said opens at `that`
    ("h245-post-on-x-formerly-mixed", 'Ukraine\'s Foreign Minister Dmytro Kuleba said in a post on X, formerly Twitter, '
     'that Russia "must be held accountable."',
     [("mixed", 'that Russia "must be held accountable."', "Ukraine's Foreign Minister Dmytro Kuleba")]),
    ("h245-post-on-x-formerly-known-as", "The ministry said in a post on X, formerly known as Twitter, that the toll "
     "was expected to rise.", [("indirect", "that the toll was expected to rise", "The ministry")]),
    ("h245-speech-aside-mixed", 'The minister said in a speech, his first since May, that Russia "must pay."',
     [("mixed", 'that Russia "must pay."', "The minister")]),
    ("h245-statement-adding-that", "The minister spoke in a statement, adding that Russia must pay.",
     [("indirect", "that Russia must pay", "The minister")]),
    # a past form after a firm's name and its `'s` is its verb before what no adjective comes before
    ("h246-owner-s-warned-that", "Moody's warned that it could downgrade the company's debt.",
     [("indirect", "that it could downgrade the company's debt", "Moody's")]),
    ("h246-owner-s-reported-on", "Macy's reported on Tuesday that sales fell.",
     [("indirect", "that sales fell", "Macy's")]),
    ("h246-owner-s-past-adjective-nothing", "Moody's stated goal is a fair rating.", []),
    # a past form after a role's description and the name set off after it, whatever the parse made of it
    ("h246-apposition-host-conjunct", "Northwind's chief executive, Dale Hutchins, acknowledged in a letter to "
     "shareholders that the company had moved too slowly.",
     [("indirect", "that the company had moved too slowly", "Northwind's chief executive, Dale Hutchins")]),
    ("h246-apposition-conjoined-names-nothing", "The firm's chief executive, Dale Hutchins, and its chairman, "
     "Ann Ruiz, agreed to the sale.", []),
    # a lower-case noun for people and the firm where they work, after the verb, is one speaker
    ("h246-inverted-workplace", '"It is a hawkish hold," wrote strategists at Barclays, led by Ajay Rajadhyaksha.',
     [("direct", "It is a hawkish hold,", "strategists at Barclays")]),
    ("h246-inverted-workplace-the", '"It is a hawkish hold," said economists at the Bank of Nova Scotia.',
     [("direct", "It is a hawkish hold,", "economists at the Bank of Nova Scotia")]),
    ("h246-inverted-name-at-place", '"We lost," said Ruiz at the Capitol.', [("direct", "We lost,", "Ruiz")]),
    ("h246-inverted-workplace-time", '"It is priced in," said traders at Goldman Sachs on Monday.',
     [("direct", "It is priced in,", "traders at Goldman Sachs")]),
    ("h246-inverted-name-at-place-time", '"We lost," said Ruiz at the Capitol on Monday.',
     [("direct", "We lost,", "Ruiz")]),
    # `said it` before a verb the tagger took for a noun: the pronoun opens what was said
    ("h246-said-it-clause", "The company, which reports earnings next week, has said it expects margins to "
     "improve.", [("indirect", "it expects margins to improve", "The company")]),
    ("h246-said-it-object-nothing", "He said it twice.", []),
    # h247: courts and trials. A time between a verb of testifying and its clause, whatever the parse made of it
    ("h247-testified-day-that", "A former nurse testified Wednesday that she saw the doctor alter the charts.",
     [("indirect", "that she saw the doctor alter the charts", "A former nurse")]),
    ("h247-testified-day-clause", "The detective testified Thursday he had found the gun in the car.",
     [("indirect", "he had found the gun in the car", "The detective")]),
    ("h247-maintained-day-that", "The senator maintained Monday that she had done nothing wrong.",
     [("indirect", "that she had done nothing wrong", "The senator")]),
    # a court's finding as a participle set off after its main clause; the noun `ruling` and `ruling out` are none
    ("h247-ruling-adjunct", "The Supreme Court struck down the law, ruling that the ban violated the First "
     "Amendment.", [("indirect", "that the ban violated the First Amendment", "The Supreme Court")]),
    ("h247-holding-adjunct", "The appeals court reversed the conviction, holding that the search was "
     "unconstitutional.", [("indirect", "that the search was unconstitutional", "The appeals court")]),
    ("h247-ruling-noun-nothing", "Lawmakers passed the bill after the court's ruling that the map was illegal.", []),
    ("h247-ruling-out-nothing", "The council held a hearing, ruling out any delay.", []),
    # a report in a relative clause set off after the sentence's subject ends where that subject's verb begins
    ("h247-relative-denied-wrongdoing", "Klein, who has denied wrongdoing, faces up to 20 years in prison if "
     "convicted.", [("indirect", "wrongdoing", "who")]),
    ("h247-relative-denied-charges", "Klein, who has denied the charges, faces trial in March.",
     [("indirect", "the charges", "who")]),
    ("h247-relative-closes-sentence-kept", "He thanked Lee, who said that, in his view, the plan works.",
     [("indirect", "that, in his view, the plan works", "who")]),
    ("h247-relative-list-kept-whole", "Klein, who has denied taking the cash, the bonds and the cars, faces trial "
     "in March.", [("indirect", "taking the cash, the bonds and the cars", "who")]),
    # a plea is an act of the court, no report
    ("h247-pleaded-not-guilty-nothing", "Klein pleaded not guilty.", []),
    ("h247-pleaded-guilty-count-nothing", "Klein pleaded guilty Tuesday to one count of wire fraud.", []),
    # the filing's participle and day belong to the phrase of where it was said
    ("h247-papers-filed-day-that", "Prosecutors said in court papers filed Tuesday that Klein had tried to flee.",
     [("indirect", "that Klein had tried to flee", "Prosecutors")]),
    ("h247-statement-released-day-that", "The company said in a statement released Monday that it would appeal.",
     [("indirect", "that it would appeal", "The company")]),
    # an opinion quoted with its brackets and ellipses kept
    ("h247-bracket-ellipsis-opinion", '"[T]he statute ... does not apply," the court wrote.',
     [("direct", "[T]he statute ... does not apply,", "the court")]),
    # a possessive before a participle and its noun keeps the occasion the listener's phrase
    ("h247-told-jurors-opening-statement", "Gomez told jurors in her opening statement that Klein had lied.",
     [("indirect", "that Klein had lied", "Gomez")]),
    # h254: a report is never its own speaker's phrase; a speaker run on over its clause ends before it
    ("h254-apologised-no-content", "Harbor Bank's chief executive, Paul Dunn, apologised.", []),
    ("h254-apologised-name-only", "Harbor Bank's chief executive, Paul Dunn, apologised to customers on Monday.", []),
    # h254: a past of telling after a name's `'s`, with one told and `that`, is the name's verb
    ("h254-owner-warned-listener", "Moody's also warned investors that the bank was weak.",
     [("indirect", "that the bank was weak", "Moody's")]),
    ("h254-owner-warned-subject-tagged-verb", "Lomax's warned franchisees that sales would fall.",
     [("indirect", "that sales would fall", "Lomax's")]),
    ("h254-owner-told-adverb", "Moody's also told investors that the bank was weak.",
     [("indirect", "that the bank was weak", "Moody's")]),
    ("h254-owner-told-relative-that", "Harlow's told staff that work late.", []),
    # h254: a company's noun speaks its promise; a thing's promise is a forecast
    ("h254-carmaker-promised", "The carmaker promised to repair the vehicles free of charge.",
     [("indirect", "to repair the vehicles free of charge", "The carmaker")]),
    ("h254-carmaker-apologised-and-promised",
     "The carmaker apologised to customers and promised to repair the vehicles free of charge.",
     [("indirect", "to repair the vehicles free of charge", "The carmaker")]),
    ("h254-storm-promised-not", "The storm promised to bring heavy rain.", []),
    # a relative clause's report ends at the comma closing the clause, past paired commas inside what was said
    ("h253-relative-report-inner-asides", "Lee, who said that, in his view, the plan works, resigned on Friday.",
     [("indirect", "that, in his view, the plan works", "who")]),
    ("h253-relative-report-inner-participle", "Ruiz, who argued that, if passed, the bill would cut jobs, voted against it.",
     [("indirect", "that, if passed, the bill would cut jobs", "who")]),
    ("h253-paired-asides-main-clause", "Lee said that, in his view, the plan works, and resigned.",
     [("indirect", "that, in his view, the plan works", "Lee")]),
    # a direct quotation inside a report is part of the outer report, by its speaker, pronoun or name
    ("h253-nested-direct-pronoun", 'He testified that Cole told him, "Burn it."',
     [("mixed", 'that Cole told him, "Burn it."', "He")]),
    ("h253-nested-direct-name", 'Daniel Pryce testified that Victor Cole told him, "Burn it."',
     [("mixed", 'that Victor Cole told him, "Burn it."', "Daniel Pryce")]),
    # two coordinated reports, each with its own subject: the first ends before `, and` and the next subject
    ("h253-coordinated-reports", "ISLAMABAD: Prime Minister Ann Ruiz on Monday said the budget would pass, and "
     "Finance Minister Tom Vale told reporters that taxes would not rise.",
     [("indirect", "the budget would pass", "Prime Minister Ann Ruiz"),
      ("indirect", "that taxes would not rise", "Finance Minister Tom Vale")]),
    # a court or judge rules or holds a bare clause too, past a phrase of time; other rulers rule things
    ("h253-court-ruled-day-bare-clause", "A federal judge ruled Friday the law was unconstitutional.",
     [("indirect", "the law was unconstitutional", "A federal judge")]),
    ("h253-court-ruled-on-day-bare-clause", "Judge Ann Ruiz ruled on Monday the ban violated free speech.",
     [("indirect", "the ban violated free speech", "Judge Ann Ruiz")]),
    ("h253-court-held-bare-clause", "The court held the search was unlawful.",
     [("indirect", "the search was unlawful", "The court")]),
    ("h253-court-ruled-country", "The judge ruled the country for years.", []),
    ("h253-court-held-object-relative", "The judge held the baby his sister had adopted.", []),
    ("h253-king-ruled-land", "The king ruled the land his father won.", []),
    # a conjunction opening a contrasting report is no word of its speaker, whatever its tag
    ("h253-whereas-contrast-report", "Critics call the plan wasteful, whereas supporters argue it will create jobs.",
     [("indirect", "it will create jobs", "supporters")]),
    ("h253-whereas-fronted-report", "Whereas supporters argue it will create jobs, critics disagree.",
     [("indirect", "it will create jobs", "supporters")]),
    # a time after the listener of a report in a relative clause is the cue's; what was told opens at `that`
    ("h253-relative-told-time-then-main-report", "Kapoor, who told parliament last month that the border was "
     "secure, admitted on Wednesday that mistakes had been made.",
     [("indirect", "that the border was secure", "who"), ("indirect", "that mistakes had been made", "Kapoor")]),
    # a report of its own after `, with` and its subject closes the first report before that comma
    ("h253-with-subject-report-after", "Economists said the tariffs would raise prices, with one analyst "
     "predicting that inflation could rise by a full point.",
     [("indirect", "the tariffs would raise prices", "Economists"),
      ("indirect", "that inflation could rise by a full point", "one analyst")]),
    ("h253-with-subject-no-report", "Officials said the fire was out, with crews working overnight.",
     [("indirect", "the fire was out, with crews working overnight", "Officials")]),
    # h255: a phrase right after the noun of the cue's `in` phrase is that noun's (`in a post on X`), no topic
    ("h255-post-on-platform-aside-that", "The minister wrote in a post on X, formerly known as Twitter, that the "
     "talks had failed.", [("indirect", "that the talks had failed", "The minister")]),
    ("h255-column-on-topic-aside-that", "The professor wrote in a column on the budget, published on Sunday, that "
     "the cuts were too deep.", [("indirect", "that the cuts were too deep", "The professor")]),
    ("h255-post-on-platform-nothing", "The minister wrote in a post on X.", []),
    ("h255-wrote-about-topic-kept", "The minister wrote in a post on X about the talks.",
     [("indirect", "the talks", "The minister")]),
    # h256: marks of inches after a number are no quotation marks, inside a quotation or in a speaker's words
    ("h256-feet-inches-inside-quote", '"He is 6\'2" and fast as anyone," coach Dana Reyes said.',
     [("direct", 'He is 6\'2" and fast as anyone,', "coach Dana Reyes")]),
    ("h256-curly-feet-inches-inside-quote", "\u201cHe is 6\u20192\u201d and fast,\u201d the coach said.",
     [("direct", "He is 6\u20192\u201d and fast,", "the coach")]),
    ("h256-inches-before-later-closer", '"We got 3" of rain overnight," the farmer said.',
     [("direct", 'We got 3" of rain overnight,', "the farmer")]),
    ("h256-double-prime-in-speaker", 'The 5\u203210\u2033 guard said the team "never quit."',
     [("mixed", 'the team "never quit."', "The 5\u203210\u2033 guard")]),
    ("h256-feet-inches-before-split-tag", '"I am only 5\'10"," Lee said, "but I play big."',
     [("direct", 'I am only 5\'10", but I play big.', "Lee")]),
    # ... while a quotation ending in a number, with no closer after it, closes there
    ("h256-title-ending-in-number-kept", 'She said the show "Route 66" was her favourite.',
     [("mixed", 'the show "Route 66" was her favourite', "She")]),
    # h256: a party and state ending the tag's sentence: the next quotation is a sentence of its own
    ("h256-party-state-ends-tag-sentence", '"This is not the bill we wanted," said Sen. Maria Lopez, D-N.M. "But it '
     'keeps the lights on."', [("direct", "This is not the bill we wanted, But it keeps the lights on.",
                                "Sen. Maria Lopez")]),
    # h256: a dateline's dash set close (WSJ, Dow Jones style) is no part of the report
    ("h256-close-set-dateline-em-dash", "WASHINGTON\u2014The Federal Reserve held rates steady on Wednesday, its "
     "chairman said.", [("indirect", "The Federal Reserve held rates steady on Wednesday", "its chairman")]),
    ("h256-close-set-dateline-agency", "GENEVA (Dow Jones)--Tariffs on farm goods are not on the table, a trade "
     "minister said Wednesday.", [("indirect", "Tariffs on farm goods are not on the table", "a trade minister")]),
    # h256: a page's number between a transcript's paragraphs is no words of the turn it follows
    ("h256-page-number-not-in-turn", "HALE: How much will it rise?\n\nSOTO: By our estimate, about $40 billion."
     "\n\n- 2 -\n\nREED: And the credits?", [("direct", "How much will it rise?", "HALE"),
                                             ("direct", "By our estimate, about $40 billion.", "SOTO"),
                                             ("direct", "And the credits?", "REED")]),
    ("h256-page-number-inside-wrapped-block", "Interview with Ella Ward\n\nHost: Minister, thank you for joining "
     "us. Let me start with\ninflation, which rose again last month. Are you worried?\n\nWard: I am not worried, "
     "but I am watching it closely. The figures\nfor April were driven by energy prices, and those are already\n"
     "falling.\n\nHost: Your critics say the budget made it worse.\n\nWard: They are wrong. The budget cut "
     "taxes for working families,\nand it did so without adding to the deficit.\n3\nHost: Will you run for the "
     "leadership?\n\nWard: No. I have said that many times.",
     [("direct", "Minister, thank you for joining us. Let me start with\ninflation, which rose again last month. "
       "Are you worried?", "Host"),
      ("direct", "I am not worried, but I am watching it closely. The figures\nfor April were driven by energy "
       "prices, and those are already\nfalling.", "Ward"),
      ("direct", "Your critics say the budget made it worse.", "Host"),
      ("direct", "They are wrong. The budget cut taxes for working families,\nand it did so without adding to "
       "the deficit.", "Ward"),
      ("direct", "Will you run for the leadership?", "Host"),
      ("direct", "No. I have said that many times.", "Ward")]),
    # h256: a factbox's header line closing on a colon names the speaker of the quotation under it, and is no
    # signature of the one above it
    ("h256-factbox-headers", 'Following are comments from leaders on the deal:\n\n-- EU CLIMATE CHIEF ANNA BERG:'
     '\n\n"This is a historic day. We have kept the goal alive."\n\n-- U.S. ENVOY TOM VALE, speaking to '
     'reporters:\n\n"It is not everything we wanted, but it is a deal we can live with."',
     [("direct", "This is a historic day. We have kept the goal alive.", "EU CLIMATE CHIEF ANNA BERG"),
      ("direct", "It is not everything we wanted, but it is a deal we can live with.", "U.S. ENVOY TOM VALE")]),
    ("h256-factbox-header-name-description", 'Reactions:\n\n- Tom Vale, U.S. envoy:\n\n"We can live with it."',
     [("direct", "We can live with it.", "Tom Vale")]),
    # h256: a word broken at a hyphen across lines is inside its sentence, in text of long lines too
    ("h256-hyphen-wrap-in-long-lines", "The mayor toured the riverside site on Tuesday, where crews are rebuilding the "
     "levee that failed last spring, and said the city had kept its commit-\nment to every family on the street.",
     [("indirect", "the city had kept its commit-\nment to every family on the street", "The mayor")]),
    # a contrast after a tag set off within its sentence, holding a report of its own, is the writer's: the
    # clause before the tag alone was said (the contrast's own report is its subject's)
    ("h259-tag-then-though-report", "The virus is unlikely to spread widely, health officials said Thursday, "
     "though they urged caution.",
     [("indirect", "The virus is unlikely to spread widely", "health officials"), ("indirect", "caution", "they")]),
    ("h259-tag-then-although-added", "Prices will rise, the minister said Tuesday, although she added that talks "
     "would go on.",
     [("indirect", "Prices will rise", "the minister"), ("indirect", "that talks would go on", "she")]),
    # h265: a participle's phrase set off by commas after the clause's subject is no clause end
    ("h265-participle-aside-in-that-clause", "The mayor told reporters that the bridge, built in 1920, was unsafe.",
     [("indirect", "that the bridge, built in 1920, was unsafe", "The mayor")]),
    ("h265-participle-aside-in-bare-clause", "The mayor said the bridge, built in 1920, was unsafe.",
     [("indirect", "the bridge, built in 1920, was unsafe", "The mayor")]),
    ("h265-participle-after-clause-no-aside", "Lee said the bridge was built in 1920, adding that it was unsafe.",
     [("indirect", "the bridge was built in 1920", "Lee"), ("indirect", "that it was unsafe", "Lee")]),
    # h265: an `-ing` participle's phrase running unbroken from the subject's noun to the cue is the subject's
    ("h265-ing-modifier-in-subject", "The man leading the committee said the plan would fail.",
     [("indirect", "the plan would fail", "The man leading the committee")]),
    ("h265-ing-modifier-plural-subject", "Doctors treating the patients said the virus was spreading.",
     [("indirect", "the virus was spreading", "Doctors treating the patients")]),
    ("h265-ing-phrase-set-off-not-subject", "Ruiz, leading the talks, said the plan would fail.",
     [("indirect", "the plan would fail", "Ruiz")]),
    # h264: a plural noun the tagger took for a verb, its own words before it, is a charge's speaker; the
    # charge after its preposition runs on wherever the parse hung it, a cue not finite inside it included
    ("h264-plural-tagged-charge-gerund", "Privacy advocates slammed Norvale for waiting eight days to disclose "
     "the breach.", [("indirect", "Norvale for waiting eight days to disclose the breach", "Privacy advocates")]),
    ("h264-plural-tagged-charge-noun", "Privacy advocates slammed Norvale for the delay.",
     [("indirect", "Norvale for the delay", "Privacy advocates")]),
    ("h264-charge-infinitive-cue", "Critics slammed Norvale for waiting eight days to disclose the breach.",
     [("indirect", "Norvale for waiting eight days to disclose the breach", "Critics")]),
    ("h264-advocates-verb-no-report", "The plan advocates reduced taxes.", []),
    ("h264-advocates-verb-name-no-report", "Smith advocates increased spending on roads.", []),
    # local government's offices before a name (lexicon ROLE_WORDS, TITLES): the title is the speaker's; motions,
    # seconds and votes report nothing
    ("h261-alderman-abbreviated", "Ald. Maria Chen said the developer had made no effort.",
     [("indirect", "the developer had made no effort", "Ald. Maria Chen")]),
    ("h261-selectwoman", 'Selectwoman Jane Ford said the town "cannot keep kicking the can down the road."',
     [("mixed", 'the town "cannot keep kicking the can down the road."', "Selectwoman Jane Ford")]),
    ("h261-motion-no-report", "Councilwoman Rita Moss moved to table the item, and Alderman Joe Baker seconded the "
     "motion.", []),
    ("h261-vote-no-report", "The Riverton City Council voted 5-2 on Tuesday to approve a new parking plan.", []),
    ("h261-countered", "Board President Linda Marsh countered that the revenue would pay for sidewalk repairs.",
     [("indirect", "that the revenue would pay for sidewalk repairs", "Board President Linda Marsh")]),
    ("h261-asked-the-board-to", "Several residents asked the council to delay the vote.",
     [("indirect", "the council to delay the vote", "Several residents")]),
    # the `of` phrase of a noun of words given out aloud is those words, however short or title-cased
    ("h260-chants-of-short", 'The crowd greeted her with chants of "USA! USA!"',
     [("direct", "USA! USA!", "The crowd")]),
    ("h260-chants-of-titled-short-words", 'Supporters greeted her with chants of "Lock her up."',
     [("direct", "Lock her up.", "Supporters")]),
    ("h260-cries-of-charge-no-chant", 'Critics raised cries of "racism" over the ad.', []),
    ("h260-title-not-chant", 'The book "Lock Her Up" sold well.', []),
    # a chant noun after `to`/`in`/`into` that a verb's object is moved to: the object chants, not the subject
    ("h260-roused-object-to-chants", 'Vale roused the crowd to spontaneous chants of "Lock him up!"',
     [("direct", "Lock him up!", "the crowd")]),
    ("h260-led-object-in-chants", 'Reese led supporters in chants of "Build the wall!"',
     [("direct", "Build the wall!", "supporters")]),
    # a quotation whose governing verb's subject stands after the tag before it is no more of that quotation
    ("h260-chant-after-tag-own-subject", '"We will win," Vale said. The crowd broke into chants of "Four more years!"',
     [("direct", "We will win,", "Vale"), ("direct", "Four more years!", "The crowd")]),
    # h266: a wire slug joined by a hyphen to a headline's first word is no part of its speaker
    ("h266-wire-slug-hyphen", 'EXCLUSIVE-Minister says tariffs "not on the table"',
     [("mixed", 'tariffs "not on the table"', "Minister")]),
    ("h266-wire-slug-name-run", 'BREAKING-Mayor Jo Hart says the bridge is "closed for good"',
     [("mixed", 'the bridge is "closed for good"', "Mayor Jo Hart")]),
    ("h266-hyphenated-name-stays", 'AFL-CIO says the deal is "a betrayal"',
     [("mixed", 'the deal is "a betrayal"', "AFL-CIO")]),
    # h266: a name that is also a word opening the sentence before its cue and colon
    ("h266-opening-name-tweeted", 'United tweeted: "Delighted to announce our new signing."',
     [("direct", "Delighted to announce our new signing.", "United")]),
    ("h266-opening-time-word-no-name", 'Later tweeted: "Thanks for everything."',
     [("direct", "Thanks for everything.", None)]),
    # h273: a saying no one owns reports nothing; one with an owner (`his`, `of my grandfather`) is its owner's
    ("h273-saying-no-owner-says-that", "The old adage says that you get what you pay for.", []),
    ("h273-saying-no-owner-has-it", 'As an old saying has it, "Fortune favours the bold."', []),
    ("h273-saying-owner-determiner", "His favourite adage says that you get what you pay for.",
     [("indirect", "that you get what you pay for", "His favourite adage")]),
    ("h273-saying-owner-of-phrase", "The adage of my grandfather says that you get what you pay for.",
     [("indirect", "that you get what you pay for", "The adage of my grandfather")]),
    ("h273-saying-owner-of-phrase-quoted", 'The saying of my grandmother goes, "Waste not, want not."',
     [("direct", "Waste not, want not.", "The saying of my grandmother")]),
    # h273: a noun inside a participle's place phrase is never the clause's subject (`in San Diego have accused`):
    # the noun the phrase restricts speaks, with the phrase; the cue's auxiliaries and `being` are no bar
    ("h273-participle-place-phrase-auxiliary", "Lawsuits filed in San Diego have accused the firm of fraud.",
     [("indirect", "the firm of fraud", "Lawsuits filed in San Diego")]),
    ("h273-being-participle-place-phrase", "Lawsuits being considered in San Diego have accused the firm of fraud.",
     [("indirect", "the firm of fraud", "Lawsuits being considered in San Diego")]),
    ("h273-being-participle-no-subject", "Officials being interviewed in San Diego said the plan will fail.",
     [("indirect", "the plan will fail", "Officials being interviewed in San Diego")]),
    ("h273-participle-phrase-have-said", "Officials interviewed in San Diego have said the plan will fail.",
     [("indirect", "the plan will fail", "Officials interviewed in San Diego")]),
    ("h273-being-participle-allege", "Complaints being heard in New York allege that the firm hid the losses.",
     [("indirect", "that the firm hid the losses", "Complaints being heard in New York")]),
    # `as` opens a clause, never a participle's phrase: the noun after it is the cue's subject
    ("h273-as-clause-subject", "The meeting unfolded Thursday morning as more Republicans said the party must unite.",
     [("indirect", "the party must unite", "more Republicans")]),
    ("h273-participle-phrase-no-cue", "Lawsuits filed in San Diego have cost the firm millions.", []),
    ("h273-participle-phrase-no-cue-bought", "Officials based in San Diego have bought the building.", []),
    # h274: a speaker after a lower-case `-ing` verb on a noun is its object: the noun with its phrase speaks
    ("h274-participle-holder", '"We will appeal," the man leading the committee said.',
     [("direct", "We will appeal,", "the man leading the committee")]),
    ("h274-participle-holder-told", "The woman running the shelter told reporters it was full.",
     [("indirect", "it was full", "The woman running the shelter")]),
    ("h274-opening-participle-not-holder", "Opening the meeting, the mayor said the deal was off.",
     [("indirect", "the deal was off", "the mayor")]),
    # h274: a word of amount standing for a noun is the subject of the clause said
    ("h274-amount-subject-more", "The chief minister said more needed to be done.",
     [("indirect", "more needed to be done", "The chief minister")]),
    ("h274-amount-subject-much", "The chief minister said much remained to be done.",
     [("indirect", "much remained to be done", "The chief minister")]),
    ("h274-amount-adverb-not-subject", "She said more than once that she would stay.",
     [("indirect", "that she would stay", "She")]),
    # h274: what a report found, read from the words after `found` whatever the parse hung its verb from
    ("h274-relative-that-found", "The council closed the road, citing a report that found the bridge was unsafe.",
     [("indirect", "the bridge was unsafe", "a report")]),
    ("h274-found-a-thing-not", "Researchers found the bones in a cave.", []),
    # h274: a relative clause set off by commas after the cue's phrase or listener glosses it; `that` after it opens
    ("h274-relative-aside-before-that", "She said in a letter, which was seen by reporters, that the plan had failed.",
     [("indirect", "that the plan had failed", "She")]),
    ("h274-relative-aside-listener-that", "She told the board, which she chairs, that the plan had failed.",
     [("indirect", "that the plan had failed", "She")]),
    # h269: a report in a clause set before the main clause ends where the main clause begins
    ("h269-even-as-clause-ends-at-main", "Even as neighbours complained the noise was unbearable, the club stayed "
     "open until dawn.", [("indirect", "the noise was unbearable", "neighbours")]),
    ("h269-even-as-quoted-fragment", 'Even as critics claimed the plan was "reckless," the council approved it on '
     'Monday.', [("mixed", 'the plan was "reckless,"', "critics")]),
    ("h269-relative-in-fronted-phrase", "As for residents who claim the water is unsafe, the mayor said the tests "
     "were clear.", [("indirect", "the water is unsafe", "who"), ("indirect", "the tests were clear", "the mayor")]),
    ("h269-even-as-that-clause", 'But even as the mayor claimed on Tuesday that the bridge was "perfectly safe," '
     'one of the engineers said the two reports were quite different.',
     [("mixed", 'that the bridge was "perfectly safe,"', "the mayor"),
      ("indirect", "the two reports were quite different", "one of the engineers")]),
    ("h269-whether-or-not-no-message", "Whether he wants to admit it or not, the mayor knows the bridge is "
     "failing.", []),
    # near-misses: a subject set off within what was said ends nothing
    ("h269-apposition-inside-report", "The agency reported that the letter, postmarked in Ohio, was sent to the "
     "mayor's office.", [("indirect", "that the letter, postmarked in Ohio, was sent to the mayor's office",
                          "The agency")]),
    # h268: `No wonder`, `Small wonder` opening a clause is the writer's comment, no word of the subject
    ("h268-no-wonder-name", 'No wonder Ruiz said, "We love the night shift."',
     [("direct", "We love the night shift.", "Ruiz")]),
    ("h268-small-wonder-head", 'Small wonder Tom Vale said the plan was "dead."',
     [("mixed", 'the plan was "dead."', "Tom Vale")]),
    ("h268-no-wonder-description", 'No wonder the mayor said she was "thrilled" by the vote.',
     [("mixed", 'she was "thrilled" by the vote', "the mayor")]),
    ("h268-no-as-determiner-stays", 'No reporter asked, "Where is the money?"',
     [("direct", "Where is the money?", "No reporter")]),
    # h268: a noun the tagger took for an adjective after a determiner, before `who`, heads the inverted speaker
    ("h268-inverted-official-who", "The talks stalled, said an official who was briefed on them.",
     [("indirect", "The talks stalled", "an official who was briefed on them")]),
    ("h268-inverted-official-who-outer-report", "The president warned the premier not to move on the shoals, said "
     "an official who was briefed on the talks.",
     [("indirect", "The president warned the premier not to move on the shoals", "an official who was briefed on "
       "the talks")]),
    # h268: a noun of a stretch of time before `after`/`before` measures the clause of time: no speaker
    ("h268-hours-after-name", 'Vale backed the plan on Tuesday evening, hours after Ruiz said she was "encouraged" '
     'by it.', [("mixed", 'she was "encouraged" by it', "Ruiz")]),
    ("h268-days-before-description", 'The deal collapsed just days before the company announced it would "walk '
     'away."', [("mixed", 'it would "walk away."', "the company")]),
    ("h268-minutes-after-set-off", "Shares rose, minutes after the mayor said the plant would stay open.",
     [("indirect", "the plant would stay open", "the mayor")]),
    ("h268-title-name-after", 'The strike ended two weeks after union leader Tom Vale told members the offer was '
     '"final."', [("mixed", 'the offer was "final."', "union leader Tom Vale")]),
    # h268: a cue's `-s` form before a modal in a relative clause whose gap is the reported clause's subject
    ("h268-relative-gap-predicts", 'Sales fell, a trend that the firm predicts will continue "for years."',
     [("mixed", 'will continue "for years."', "the firm")]),
    ("h268-relative-gap-which", 'The deficit grew, which the bank predicts will last "well into next year."',
     [("mixed", 'will last "well into next year."', "the bank")]),
    ("h268-relative-gap-plain", "Sales fell, a trend that the firm predicts will continue for years.",
     [("indirect", "will continue for years", "the firm")]),
    # h268: a preposition's phrase before a title and a name is no part of the speaker; the title is the name's
    ("h268-place-then-titled-name", "Saturday at the Ohio Democratic Party's state convention Sen. Ann Ruiz (D-OH) "
     'said the governor was a "proven failure" in business.',
     [("mixed", 'the governor was a "proven failure" in business', "Sen. Ann Ruiz")]),
    ("h268-title-after-place", 'At the rally Mayor Tom Vale said the plan was "dead."',
     [("mixed", 'the plan was "dead."', "Mayor Tom Vale")]),
    ("h268-occasion-then-description", 'In a statement the mayor said the plan was "dead."',
     [("mixed", 'the plan was "dead."', "the mayor")]),
    # h270: a closing tag's `-s` form the tagger took for a noun, after an office, an outlet, or a name and its
    # description; a bare form after a plural with an `-ing` modifier (`set-off-form`)
    ("h270-set-off-office-insists", "Rents will keep rising, the governor insists.",
     [("indirect", "Rents will keep rising", "the governor")]),
    ("h270-set-off-outlet-reports", "The ferry will stop running in May, the newspaper reports.",
     [("indirect", "The ferry will stop running in May", "the newspaper")]),
    ("h270-set-off-described-outlet", "The ferry will stop running in May, the newspaper Harbor Times reports.",
     [("indirect", "The ferry will stop running in May", "the newspaper Harbor Times")]),
    ("h270-set-off-described-name-claims", "Rents will keep rising, the charity Shelterline claims.",
     [("indirect", "Rents will keep rising", "the charity Shelterline")]),
    ("h270-set-off-ing-modifier", "Rents will keep rising, housing advocates warn.",
     [("indirect", "Rents will keep rising", "housing advocates")]),
    ("h270-set-off-described-name-particle", "Silva was a civil engineer based in Lisbon, Portuguese newspaper "
     "Correio da Tarde reports.", [("indirect", "Silva was a civil engineer based in Lisbon",
                                    "Portuguese newspaper Correio da Tarde")]),
    ("h270-listed-reports-no-tag", "The claim rests on two sources, the police files and the newspaper reports.", []),
    ("h270-maintains-upkeep-no-report", "He kept the hotel open for years and maintains the gardens.", []),
    # h270: an `-ing` word opening a closing tag's subject after its comma is its noun's modifier, no clause
    ("h270-closing-tag-ing-modifier", "Rents will keep rising, leading economists warn.",
     [("indirect", "Rents will keep rising", "leading economists")]),
    ("h270-closing-tag-ing-modifier-say", "Rents will keep rising, housing experts say.",
     [("indirect", "Rents will keep rising", "housing experts")]),
    ("h270-opening-participle-no-tag", "Fearing reprisals, residents said nothing.", []),
    # h270: a noun phrase of time right after a promise is when, no one promised: the infinitive is promised
    ("h270-promise-time-object", "The senator vowed last month to take her campaign to the convention.",
     [("indirect", "to take her campaign to the convention", "The senator")]),
    ("h270-threat-time-object", "The union threatened last week to strike over pay.",
     [("indirect", "to strike over pay", "The union")]),
    ("h270-promise-listener-kept", "The mayor promised voters to fix the roads.",
     [("indirect", "to fix the roads", "The mayor")]),
    # h270: `yet` after a noun cue (so far) leaves the clause said right after it (`noun-cue`)
    ("h270-noun-cue-yet-promise", "Ruiz offered her firmest promise yet that she would veto the deal.",
     [("indirect", "that she would veto the deal", "her")]),
    ("h270-noun-cue-yet-claim", "Ruiz made her strongest claim yet that the vote was rigged.",
     [("indirect", "that the vote was rigged", "her")]),
    ("h270-noun-cue-yet-no-clause", "The mayor has not kept her promise yet.", []),
    # h272: `promise` or `threaten` with an event, trend or force for subject says what is likely: no one's words
    ("h272-costs-threaten-to", "Rising fuel costs threaten to push the airline into the red this year.", []),
    ("h272-storm-threatens-to", "The storm threatens to knock out power along the coast.", []),
    ("h272-retirements-promise-to", "Looming retirements promise to swell the cost of the pension plan.", []),
    ("h272-union-threatened-to", "The nurses union threatened to strike if the talks failed.",
     [("indirect", "to strike if the talks failed", "The nurses union")]),
    ("h272-mayor-promised-to", "The mayor promised to fix the roads before winter.",
     [("indirect", "to fix the roads before winter", "The mayor")]),
    # h272: `continue` before a noun phrase or a non-cue `-ing` form goes on with something: no report
    ("h272-continuing-adjective", "Examples of continuing tension are easy to find across the state.", []),
    ("h272-continuing-its-review", "The agency is continuing its review of whether the plant broke the rules.", []),
    ("h272-continues-gaining", "As the firm continues gaining ground, the question is whether it can last.", []),
    ("h272-continued-inverted", '"We are not done," continued the senator.',
     [("direct", "We are not done,", "the senator")]),
    ("h272-continued-that", "She continued that the police had never called her back.",
     [("indirect", "that the police had never called her back", "She")]),
    ("h272-continued-name-colon", 'Continued Ruiz: "We will appeal."', [("direct", "We will appeal.", "Ruiz")]),
    ("h272-continued-attack-saying", "The senator continued her attack on the plan, saying it would fail.",
     [("indirect", "it would fail", "The senator")]),
    # h272: a quotation after a language's name or a glossing word and `for` is the writer's gloss, no one's words
    ("h272-latin-for-gloss", 'He ended the post with "Carpe diem," Latin for "seize the day."', []),
    ("h272-spanish-for-after-sign", 'The crowd waved signs reading "Sí se puede," Spanish for "yes, we can."',
     [("direct", "Sí se puede,", "signs")]),
    ("h272-said-for-not-gloss", 'Ruiz said she spoke for "the families who lost everything."',
     [("mixed", 'she spoke for "the families who lost everything."', "Ruiz")]),
    ("h272-continued-attack-colon", 'He left early. Later Ruiz continued her attack on the plan with a post, followed '
     'by: "It will never work."', [("direct", "It will never work.", "Ruiz")]),
    # h267: a tensed cue after a noun phrase that opens a clause (`than`, `even as`, `though`, a colon) has that
    # phrase for its subject, however the parse hung it (never the subject of the clause before)
    ("h267-than-clause-subject", "The mayor has won less praise than aides say she deserves for the new park.",
     [("indirect", "she deserves for the new park", "aides")]),
    ("h267-even-as-clause-subject", "The plan drew protests even as some of the same council members have said "
     "they support it.", [("indirect", "they support it", "some of the same council members")]),
    ("h267-colon-share-subject", "The rumors have spread: some 30 percent of voters in a recent poll said they "
     "believe the mayor lied.",
     [("indirect", "they believe the mayor lied", "some 30 percent of voters in a recent poll")]),
    ("h267-even-though-clause-subject", "The bill passed even though several senators in the minority said they "
     "had doubts.", [("indirect", "they had doubts", "several senators in the minority")]),
    ("h267-than-no-cue", "The crowd grew larger than the square could hold.", []),
    # h267: a tensed cue after `and` going on from a relative clause set off by a comma is the clause's noun's
    ("h267-relative-conjunct", "The crowd cheered for the mayor, who took the stage and said the bridge would "
     "reopen.", [("indirect", "the bridge would reopen", "the mayor")]),
    ("h267-restrictive-relative-left", "Lee thanked the nurse who treated him and said he was grateful.",
     [("indirect", "he was grateful", "Lee")]),
    # h267: a participle right after the object of a verb of receiving says what the message says
    ("h267-received-letter-saying", "The family got a letter saying the benefits would stop.",
     [("indirect", "the benefits would stop", "a letter")]),
    ("h267-got-up-saying-own", "The mayor got up, saying the meeting was over.",
     [("indirect", "the meeting was over", "The mayor")]),
    # h275: a right double mark that can only open opens a quotation, and its sentence
    ("h275-right-mark-opens", "The mayor spoke on Monday. \u201dWe will build it,\u201d she said.",
     [("direct", "We will build it,", "she")]),
    ("h275-right-mark-opens-twice", "Readers wrote in. \u201dI love this town,\u201d wrote Ann Lee. \u201dThe bridge "
     "must be fixed,\u201d said John Smith.",
     [("direct", "I love this town,", "Ann Lee"), ("direct", "The bridge must be fixed,", "John Smith")]),
    # h275: an owner's reply whose copula closes before the colon: the quotation is what the reply was
    ("h275-response-was-colon", "The governor's response was: \u201cIs the bridge in Ohio or Kentucky?\u201d "
     "The bridge is in Ohio.", [("direct", "Is the bridge in Ohio or Kentucky?", "The governor's")]),
    ("h275-response-was-adjective-not", 'Her reply was simple: "No."', []),
    # h275: a quotation a colon opens, tagged right after it, is the tag's alone, direct
    ("h275-colon-quotation-tag", 'At the time, the mayor seemed to suggest he had silenced his rival: "She signed '
     'a settlement," he told the Ledger. Neither responded.',
     [("indirect", "he had silenced his rival", "the mayor"), ("direct", "She signed a settlement,", "he")]),
    ("h275-colon-quotation-tag-plain", 'The mayor was blunt: "She signed a settlement," he told the Ledger.',
     [("direct", "She signed a settlement,", "he")]),
    # near-miss: a cue before the colon with no tag after the quotation keeps it
    ("h275-colon-cue-before-not-tag", 'The mayor said: "We won the vote," and left the hall.',
     [("direct", "We won the vote,", "The mayor")]),
    # h275: an invisible direction mark before a quotation mark is no word: the mark opens as after a space
    ("h275-direction-mark-before-opener", "Fans posted replies.\n\n\u202a\u201dThe bridge must be fixed. It is "
     "old,\u201d said John Smith.\n\n\u202a\u201dWe love the town,\u201d wrote Ann Lee.",
     [("direct", "The bridge must be fixed. It is old,", "John Smith"), ("direct", "We love the town,", "Ann Lee")]),
    ("h275-zero-width-space-between-words", "The mayor\u200b said the bridge would reopen in May.",
     [("indirect", "the bridge would reopen in May", "The mayor")]),
    # h276: a clause of time or cause with no comma holding a report of its own ends the report before it
    ("h276-after-clause-report-own", 'Lee tweeted after Ruiz argued that the plan "would never pay for '
     'itself."', [("mixed", 'that the plan "would never pay for itself."', "Ruiz")]),
    ("h276-after-clause-report-tagged", '"That is simply wrong," Lee wrote after Ruiz argued that the plan "would '
     'never pay for itself."', [("direct", "That is simply wrong,", "Lee"),
                               ("mixed", 'that the plan "would never pay for itself."', "Ruiz")]),
    # h276: a quotation in the reported clause of a later cue with its own speaker is that cue's, not the first's
    ("h276-while-contrast-second-report", 'Ruiz called the plan "a disaster," while Hale said it was "the best we '
     'could do."', [("mixed", 'the plan "a disaster,"', "Ruiz"), ("mixed", 'it was "the best we could do."', "Hale")]),
    ("h276-nested-report-stays-outer", 'Lee said the aide admitted it was "a mistake."',
     [("mixed", 'the aide admitted it was "a mistake."', "Lee")]),
    # near-miss: after `that` alone the clause of time lies within what was said
    ("h276-that-after-clause-within-report", 'The mayor said that after Ruiz called the plan "reckless," the council '
     'voted it down.', [("mixed", 'that after Ruiz called the plan "reckless," the council voted it down',
                         "The mayor")]),
    # h280: a verb agrees with the plural before an `of` phrase: `The terms of service state that ...`
    ("h280-terms-of-service-state", "The company's terms of service state that users may not resell access.",
     [("indirect", "that users may not resell access", "The company's terms of service")]),
    ("h280-members-of-board-insist", "Members of the board insist that the deal is dead.",
     [("indirect", "that the deal is dead", "Members of the board")]),
    ("h280-state-of-the-art-not", "The terms of the state of the art are unclear.", []),
    # h280: a lone name before an apposition of its former name is the subject
    ("h280-formerly-apposition", "X, formerly Twitter, said that it had removed the accounts.",
     [("indirect", "that it had removed the accounts", "X")]),
    ("h280-now-then-clause-not-apposition", "So, now the deal is done, he said it was fair.",
     [("indirect", "it was fair", "he")]),
    # h280: tech-press shorthand, product names and notices
    ("h280-confirmed-to-outlet", "Apple confirmed to The Verge that the feature would arrive in the fall.",
     [("indirect", "that the feature would arrive in the fall", "Apple")]),
    ("h280-update-notes-say", "The update notes say the app now supports dark mode.",
     [("indirect", "the app now supports dark mode", "The update notes")]),
    ("h280-product-name-not", 'The company\'s new "Focus Mode" feature lets users mute notifications.', []),
    # h280: `tease` reports only a `that` clause, a hint put into words
    ("h280-teased-that", "Musk teased that a cheaper model was coming.",
     [("indirect", "that a cheaper model was coming", "Musk")]),
    ("h280-teased-object-not", "The company teased the new phone in a video.", []),
    ("h280-teased-person-not", "Her brothers teased her about her hair.", []),
    # h279: adverbs may open a participle's phrase set off after the speaker (`better known as`, `also known as`):
    # the phrase, and a name it gives, are no part of the speaker
    ("h279-better-known-as", 'Country singer Billy Ray Tate, better known as "Big Tate," told fans he was retiring.',
     [("direct", "Big Tate,", None), ("indirect", "he was retiring", "Country singer Billy Ray Tate")]),
    ("h279-also-known-as-bare", "Billy Ray Tate, also known as Big Tate, told fans he was retiring.",
     [("indirect", "he was retiring", "Billy Ray Tate")]),
    ("h279-however-no-participle", "The singer, however, said she was retiring.",
     [("indirect", "she was retiring", "The singer")]),
    # h279: a song's or show's title in quotation marks is nobody's words
    ("h279-song-title", 'The band performed its hit "Summer Lights" to close the show.', []),
    ("h279-show-title", 'Fans can stream the new season of "Kingdom of Ash" on Friday.', []),
    # h279: a whole title in marks within the speaker's noun phrase, before an aside cut, is the phrase's own
    ("h279-titled-speaker-age", '"We are fine," the "Harbor Lights" actress, 29, said.',
     [("direct", "We are fine,", 'the "Harbor Lights" actress')]),
    ("h279-titled-speaker-relative", '"We are fine," the "Harbor Lights" actress, who is 29, told a reporter.',
     [("direct", "We are fine,", 'the "Harbor Lights" actress')]),
    # h277: in a scene of exactly two people the narration names, an answer to one's tagged turn is the other's
    ("h277-scene-of-two-answer", 'Tom walked into the kitchen, where Maria was making coffee.\n\n"You said you\'d '
     'sleep in today," he says.\n\n"I said a lot of things."',
     [("direct", "You said you'd sleep in today,", "he"), ("direct", "I said a lot of things.", "Maria")]),
    ("h277-scene-of-two-named-tag", 'Tom Vale met Ann Berg at the gate.\n\n"You are late," Vale said.\n\n'
     '"The bus broke down."', [("direct", "You are late,", "Vale"), ("direct", "The bus broke down.", "Ann Berg")]),
    # near-misses: three people, or two the pronoun cannot tell apart, or a place named besides: no one named
    ("h277-scene-of-three", 'Tom and Ben walked into the kitchen, where Maria was making coffee.\n\n"You said you '
     'would sleep in today," he says.\n\n"I said a lot of things."',
     [("direct", "You said you would sleep in today,", "he"), ("direct", "I said a lot of things.", None)]),
    ("h277-scene-same-gender", 'Tom walked into the kitchen, where Mark was making coffee.\n\n"You said you would '
     'sleep in today," he says.\n\n"I said a lot of things."',
     [("direct", "You said you would sleep in today,", "he"), ("direct", "I said a lot of things.", None)]),
    ("h277-scene-with-a-place", 'Tom walked into the kitchen in Leeds, where Maria was making coffee.\n\n"You said '
     'you would sleep in today," he says.\n\n"I said a lot of things."',
     [("direct", "You said you would sleep in today,", "he"), ("direct", "I said a lot of things.", None)]),
    # h278: research finds its object doing something (`found` + object + participle), as `show` does
    ("h278-survey-found-object-participle", "The survey found Vale leading among women by 12 points.",
     [("indirect", "Vale leading among women by 12 points", "The survey")]),
    ("h278-study-found-bare-object", "The study found a sharp shift in attitudes.", []),
    ("h278-researchers-found-object-place", "The researchers found the samples in a freezer.", []),
    # h278: a report read from a noun-tagged verb ends before a comma and a word of contrast
    ("h278-contend-but-others", "Some contend that the tax is unfair, but others disagree.",
     [("indirect", "that the tax is unfair", "Some")]),
    # h278: words chanted are an utterance however short, with the sentence's words after them too
    ("h278-chant-within-sentence", 'The crowd erupted in chants of "Four more years!" as Vale spoke.',
     [("direct", "Four more years!", "The crowd")]),
    ("h278-fragment-not-chanted", 'The fund was known for its "strong and steady returns" in the past.', []),
    ("h278-chant-heard-by-passive-subject", 'The team was met with chants of "Go home" at the gate.', []),
    # h278: a cue whose object is a fronted `what` gives no topic as what was said (a factbox's headline)
    ("h278-factbox-what-said-about", "FACTBOX-What leaders said about the climate deal", []),
    # h278: a participle modifying a noun takes no object: `-ed` before one is the clause's past tense
    ("h278-drug-slowed-closing-tag", "A new drug slowed memory decline by 27 percent in a large trial, its maker "
     "announced Wednesday.", [("indirect", "A new drug slowed memory decline by 27 percent in a large trial",
                               "its maker")]),
    # h282: an age set off after a name that is itself set off after a description describes the speaker
    ("h282-description-name-age", "Her neighbour, Peter Brown, 72, said he was heartbroken.",
     [("indirect", "he was heartbroken", "Her neighbour, Peter Brown")]),
    ("h282-description-name-age-relative", "The victim's mother, Susan Green, 52, who lives nearby, said: "
     "'He was my world.'", [("direct", "He was my world.", "The victim's mother, Susan Green")]),
    ("h282-description-name-no-age", "Her neighbour, Peter Brown, said he was heartbroken.",
     [("indirect", "he was heartbroken", "Her neighbour, Peter Brown")]),
    # h282: an age set off after a common noun, and where the person is from set off after it, describe them
    ("h282-noun-age-origin", "The mother-of-three, 56, from Swansea, said her family had been 'torn apart'.",
     [("mixed", "her family had been 'torn apart'", "The mother-of-three")]),
    ("h282-noun-age-of-place", "A teacher, 34, of Leeds, said he was fine.",
     [("indirect", "he was fine", "A teacher")]),
    ("h282-noun-age-who", "A nurse, 41, who asked not to be named, said she was scared.",
     [("indirect", "she was scared", "A nurse")]),
    # h283: a clause `whenever` opens before its main clause ends at the comma closing it, as `when`'s does
    ("h283-fronted-whenever", "Whenever the mayor says the city is safe, the crime figures rise.",
     [("indirect", "the city is safe", "the mayor")]),
    ("h283-whenever-after-main", "The crowd cheers whenever the mayor says the city is safe.",
     [("indirect", "the city is safe", "the mayor")]),
    ("h283-fronted-whenever-past", "Whenever critics said the bridge was unsafe, the council ordered a new "
     "inspection.", [("indirect", "the bridge was unsafe", "critics")]),
    # h287: a present participle with its object may modify the noun opening a clause: `-ed` after it is the verb
    ("h287-participle-noun-phrase-past", "A bus carrying 30 students overturned on a highway on Friday, injuring 12, "
     "police said.", [("indirect", "A bus carrying 30 students overturned on a highway on Friday, injuring 12",
                       "police")]),
    ("h287-participle-noun-phrase-train", "A train carrying 200 passengers derailed near the station on Sunday, the "
     "rail company said.", [("indirect", "A train carrying 200 passengers derailed near the station on Sunday",
                             "the rail company")]),
    # h287: a feature opening on a quotation alone in its paragraph names its speaker in the next one
    ("h287-how-told-next-paragraph", '"I heard a bang, and then the whole sky turned orange."\n\nThat is how Linda '
     'Baker, 62, remembers the night the wildfire reached her ranch.',
     [("direct", "I heard a bang, and then the whole sky turned orange.", "Linda Baker")]),
    ("h287-how-told-same-paragraph", 'The river rose overnight. "We kept bailing water." That is how Tom Hale '
     'described the night.', [("direct", "We kept bailing water.", "Tom Hale")]),
    ("h287-so-says", '"We just kept bailing water."\n\nSo says Joe Kim, whose bakery sat under four feet of water.',
     [("direct", "We just kept bailing water.", "Joe Kim")]),
    ("h287-how-happened-no-teller", '"Stay inside tonight."\n\nThat is how the storm started, with a warning nobody '
     'heeded.', []),
    ("h287-how-told-after-tagged", '"It was chaos," said Ann Ruiz.\n\nThat is how her neighbour remembers it too.',
     [("direct", "It was chaos,", "Ann Ruiz")]),
    # h287: a bound on an amount right after an object's noun tells how much of it: the object's still
    ("h287-object-amount-bound", "The weather service confirmed an EF-3 tornado with winds up to 150 mph.",
     [("indirect", "an EF-3 tornado with winds up to 150 mph", "The weather service")]),
    ("h287-object-amount-more-than", "Officials reported damage to more than 300 homes.",
     [("indirect", "damage to more than 300 homes", "Officials")]),
    ("h287-object-up-to-place", "Officials reported flooding up to the river bank.",
     [("indirect", "flooding up to the river bank", "Officials")]),
    # h287: a clause of time closing a gerund's or infinitive's report runs on over its verb
    ("h287-gerund-time-clause", "Residents recalled hearing a roar before the buildings fell.",
     [("indirect", "hearing a roar before the buildings fell", "Residents")]),
    ("h287-infinitive-time-clause", "The mayor promised to stay until the last family had left the shelter.",
     [("indirect", "to stay until the last family had left the shelter", "The mayor")]),
    ("h287-gerund-time-phrase", "He denied taking the money before the vote.",
     [("indirect", "taking the money before the vote", "He")]),
    # h290: a participle cue joined by `and` or `but` to a participle cue before it ends that one's clause
    # and goes on in parallel, its doer the same
    ("h290-participles-and", 'The mayor defended the budget, saying the city had no choice and calling the cuts '
     '"painful but necessary."',
     [("indirect", "the city had no choice", "The mayor"),
      ("mixed", 'the cuts "painful but necessary."', "The mayor")]),
    ("h290-participles-but", "The senator praised the deal, saying it would create jobs but warning that the details "
     "were still unclear.",
     [("indirect", "it would create jobs", "The senator"),
      ("indirect", "that the details were still unclear", "The senator")]),
    ("h290-participles-insisting", "The coach spoke after the game, saying the team had played well and insisting "
     "that the referee had made mistakes.",
     [("indirect", "the team had played well", "The coach"),
      ("indirect", "that the referee had made mistakes", "The coach")]),
    # h290: near-miss: a progressive within what was said takes the participle after `and` as its own
    ("h290-participles-progressive-not", "The mayor defended the plan, saying the firm was cutting jobs and "
     "raising prices.", [("indirect", "the firm was cutting jobs and raising prices", "The mayor")]),
    ("h290-participles-gerund-not", "Lee backed the hire, explaining she was in charge of cleaning up the files and "
     "putting them online.",
     [("indirect", "she was in charge of cleaning up the files and putting them online", "Lee")]),
    # h290: a cue's plain object, then `and` or `but` and a finite verb: the subject's next act, no clause said
    ("h290-object-then-joined-verb-not", "The union might claim victory but would still have to win the vote in "
     "March.", []),
    ("h290-said-nothing-and-left-not", "The candidate said nothing and left the stage.", []),
    ("h290-object-joined-clause-kept", "The minister said the talks had stalled and would resume in May.",
     [("indirect", "the talks had stalled and would resume in May", "The minister")]),
    # h290: `and added` after a report is its speaker's next remark, whatever verb the parse hung it on
    ("h290-said-and-added-that", "The coach said his players were exhausted and added that the schedule was unfair.",
     [("indirect", "his players were exhausted", "The coach"),
      ("indirect", "that the schedule was unfair", "The coach")]),
    ("h290-said-and-added-colon", 'The coach said his players were exhausted and added: "We need rest."',
     [("indirect", "his players were exhausted", "The coach"), ("direct", "We need rest.", "The coach")]),
    ("h290-said-and-added-that-police", "Police said the driver was arrested at the scene and added that no one "
     "else was hurt.",
     [("indirect", "the driver was arrested at the scene", "Police"),
      ("indirect", "that no one else was hurt", "Police")]),
    ("h290-says-and-adds-that", "The minister says the talks are going well and adds that a deal could come soon.",
     [("indirect", "the talks are going well", "The minister"),
      ("indirect", "that a deal could come soon", "The minister")]),
    # h290: near-miss: `adds that` after a verb of no report: no first report to go on from
    ("h290-buys-and-adds-not", "The chef buys fresh herbs and adds that they taste better.", []),
    # h290: near-miss: a passive `added to` within what was said opens no remark
    ("h290-added-to-list-not", "Officials said the bridge had been inspected and added to the list of safe "
     "crossings.",
     [("indirect", "the bridge had been inspected and added to the list of safe crossings", "Officials")]),
    # h286: `while` or `when` and an `-ing` form of speaking after the cue tell how it was said, no part of it
    ("h286-said-while-addressing", "The minister said while addressing a rally that farmers would get free "
     "electricity.", [("indirect", "that farmers would get free electricity", "The minister")]),
    ("h286-said-day-when-briefing", "The collector said on Monday when briefing reporters that the camps would "
     "stay open.", [("indirect", "that the camps would stay open", "The collector")]),
    ("h286-said-comma-while-addressing", "The minister said, while addressing a rally in Patna, that farmers "
     "would get free electricity.", [("indirect", "that farmers would get free electricity", "The minister")]),
    # h286: a wire's dateline closing on a spaced dash is no part of the speaker after it
    ("h286-dash-dateline", "Dhaka, Jan 12 (UNB) - Foreign Minister Abdul Karim on Sunday said Bangladesh wanted "
     "a quick repatriation.", [("indirect", "Bangladesh wanted a quick repatriation", "Foreign Minister Abdul Karim")]),
    ("h286-dash-dateline-agency", "LAHORE (APP) - The army said the border was closed.",
     [("indirect", "the border was closed", "The army")]),
    # h286: a legislator's or a federal minister's office set off after the name with no article is no part of it
    ("h286-mla-from-seat", "Ramesh Chand, MLA from Sirsa, said the road would be ready by June.",
     [("indirect", "the road would be ready by June", "Ramesh Chand")]),
    ("h286-mla-bare", "Ramesh Chand, MLA, said the road would be ready by June.",
     [("indirect", "the road would be ready by June", "Ramesh Chand")]),
    ("h286-union-minister-for", "Sunita Devi, Union Minister for Women and Child Development, said the scheme "
     "had helped millions of women.", [("indirect", "the scheme had helped millions of women", "Sunita Devi")]),
    ("h286-inverted-mla-from", '"The road will be ready," said Ramesh Chand, MLA from Sirsa.',
     [("direct", "The road will be ready,", "Ramesh Chand")]),
    # h286: `said this when ...`: `this` points back, the clause of time tells when; `said that when ...` reports
    ("h286-said-this-when", "The Prime Minister said this when the ambassador called on her on Tuesday.", []),
    ("h286-said-that-when-reports", "The minister said that when the cabinet met, the plan was dropped.",
     [("indirect", "that when the cabinet met, the plan was dropped", "The minister")]),
    # h286: an office's or a court's initials in capitals closing a headline after its colon are its source
    ("h286-headline-colon-cm", "Will not tolerate lawlessness: CM\nThe chief minister spoke in Lucknow on Monday.",
     [("indirect", "Will not tolerate lawlessness", "CM")]),
    ("h286-headline-colon-sc", "Bail is the rule, jail the exception: SC\nThe court ruled on Monday.",
     [("indirect", "Bail is the rule, jail the exception", "SC")]),
    ("h286-headline-colon-shout", "Storm batters the coast: LIVE\nThe storm hit on Monday.", []),
    # h289: a programme's title in marks set off by a comma is where it was said: the name after it speaks
    ("h289-title-set-off-before-name", 'On CBS\'s "Face the Nation," Treasury Secretary Maria Lopez said inflation '
     'was "coming down."', [("mixed", 'inflation was "coming down."', "Treasury Secretary Maria Lopez")]),
    ("h289-title-comma-outside-before-name", 'On "Face the Nation", Sen. Ann Lee said the bill was "dead."',
     [("mixed", 'the bill was "dead."', "Sen. Ann Lee")]),
    ("h289-title-set-off-no-report", 'On CBS\'s "Face the Nation," Treasury Secretary Maria Lopez sat down with '
     'the host.', []),
    # h289: a programme's title in marks between the cue and `that` is where it was said or the one told
    ("h289-said-on-title-that", 'Lopez said on "Face the Nation" that inflation was coming down.',
     [("indirect", "that inflation was coming down", "Lopez")]),
    ("h289-told-title-that", 'Lopez told "Meet the Press" that inflation was coming down.',
     [("indirect", "that inflation was coming down", "Lopez")]),
    ("h289-title-within-clause-not-cut", 'Lee said the show was called "Meet the Press" that year.',
     [("mixed", 'the show was called "Meet the Press" that year', "Lee")]),
    # h289: a claim under check opening the sentence ends before the verdict, quoted words within it or not
    ("h289-claim-quoted-then-verdict", 'Vale\'s claim that the economy is "the best ever" does not hold up.',
     [("mixed", 'that the economy is "the best ever"', "Vale")]),
    ("h289-claim-short-quoted-then-verdict", 'Lee\'s claim that wages "have collapsed" is misleading.',
     [("mixed", 'that wages "have collapsed"', "Lee")]),
    ("h289-claim-plain-then-verdict", "Vale's claim that the economy is the best ever does not hold up.",
     [("indirect", "that the economy is the best ever", "Vale")]),
    ("h289-verdict-alone-not", "We rate this claim Mostly False.", []),
    # h289: a host's question: the preposition before `whether` opens the topic, no word of the asker's name
    ("h289-pressed-by-host-on-whether", "Pressed by Bash on whether he would support the bill, Ruiz said he would "
     "look at it.", [("indirect", "whether he would support the bill", "Bash"),
                     ("indirect", "he would look at it", "Ruiz")]),
    ("h289-asked-by-host-about-whether", "Asked by Welker about whether she would run, Lee said she "
     "was undecided.", [("indirect", "whether she would run", "Welker"),
                        ("indirect", "she was undecided", "Lee")]),
    # h289: viral claims: a count of how often closes the participle's phrase that restricts the post
    ("h289-post-shared-times-says", "A post shared 4,000 times says the storm was fake.",
     [("indirect", "the storm was fake", "A post shared 4,000 times")]),
    ("h289-video-viewed-millions-times", "A video viewed millions of times says the moon landing was staged.",
     [("indirect", "the moon landing was staged", "A video viewed millions of times")]),
    ("h289-shared-times-object-not", "The senator shared the post 400 times.", []),
    ("h289-post-shared-online-claims", "A post shared widely online claims that the storm was fake.",
     [("indirect", "that the storm was fake", "A post shared widely online")]),
    ("h289-filed-reports-that-not", "He filed reports that the vote was rigged.", []),
    # h289: a participle between a determiner and its noun modifies it: the whole phrase speaks
    ("h289-widely-shared-post-alleged", "One widely shared post alleged that the ballots were destroyed.",
     [("indirect", "that the ballots were destroyed", "One widely shared post")]),
    ("h289-widely-circulated-video-claimed", "A widely circulated video claimed that the storm was fake.",
     [("indirect", "that the storm was fake", "A widely circulated video")]),
    # h285: a report in a clause of time after the main clause is its own subject's, a phrase of place with it
    ("h285-time-clause-place-phrase", "The talks resumed after a farmer from the valley told officials the dam had "
     "failed.", [("indirect", "the dam had failed", "a farmer from the valley")]),
    # h285: a past form before `after` and a name or a noun for a speaker is the main verb, no participle's phrase
    ("h285-time-clause-after-intransitive", "The police arrived after a neighbour said she had heard shots.",
     [("indirect", "she had heard shots", "a neighbour")]),
    ("h285-time-clause-after-name", "The market rallied after Ruiz said rates would fall.",
     [("indirect", "rates would fall", "Ruiz")]),
    # h285 near misses: a phrase of time or place restricting the noun stays with it
    ("h285-participle-since-event", "Workers hired since the strike said pay was low.",
     [("indirect", "pay was low", "Workers hired since the strike")]),
    ("h285-participle-in-place", "Reports published in New York said the deal was close.",
     [("indirect", "the deal was close", "Reports published in New York")]),
    ("h285-participle-ing-place", "Doctors working in the camp said supplies were short.",
     [("indirect", "supplies were short", "Doctors working in the camp")]),
    # h285: a description's phrase of where one sits or comes from, then a name set off: the speaker is both
    ("h285-description-on-name", "A colleague on the council, Tom Vale, said the vote was fair.",
     [("indirect", "the vote was fair", "A colleague on the council, Tom Vale")]),
    ("h285-description-from-name", '"We are ready," a doctor from the clinic, Ann Lee, said.',
     [("direct", "We are ready,", "a doctor from the clinic, Ann Lee")]),
    # h285: an `-ing` word between a number and its noun modifies the noun; `whose` opens a set-off relative clause
    ("h285-number-ing-modifier-aside", "Two shipping executives, who asked not to be named, said cargo was being "
     "diverted to other ports.", [("indirect", "cargo was being diverted to other ports", "Two shipping executives")]),
    ("h285-whose-aside-no-speaker", 'The port authority\'s director, Hank Moss, whose contract ends in May, called '
     'the strike "reckless."', [("mixed", 'the strike "reckless."', "The port authority's director, Hank Moss")]),
    # h285: after a quotation, a description and its name set off, then a relative clause set off: both, not the
    # clause, and the quotation whole
    ("h285-quote-description-name-relative", '"It is reckless," the port\'s director, Hank Moss, who took over in '
     'May, said.', [("direct", "It is reckless,", "the port's director, Hank Moss")]),
    ("h285-quote-description-name-relative-2", '"It is reckless," the director, Hank Moss, who took over in May, '
     'said.', [("direct", "It is reckless,", "the director, Hank Moss")]),
    ("h285-quote-description-relative", '"It is reckless," the official, who declined to be named, said.',
     [("direct", "It is reckless,", "the official")]),
    # h284: a cue's object, then a second cue joined with no subject of its own: two reports, the clause the second's
    ("h284-claimed-object-and-argued", "The senator claimed momentum and argued he was the stronger candidate.",
     [("indirect", "he was the stronger candidate", "The senator")]),
    ("h284-denied-object-and-said", "Lee denied the report and said he would stay.",
     [("indirect", "the report", "Lee"), ("indirect", "he would stay", "Lee")]),
    ("h284-told-court-and-left-not", "She told the court and then left.", []),
    # h284: a clause of condition, cause or concession opening what was said, set off by a comma, is set before the
    # reported clause's main clause: the report runs through both (not after `ask`)
    ("h284-said-if-comma-main", "Officials said if the rains came early, the harvest would still fail.",
     [("indirect", "if the rains came early, the harvest would still fail", "Officials")]),
    ("h284-said-unless-comma-main", "The mayor said unless the council acted, the bridge would close.",
     [("indirect", "unless the council acted, the bridge would close", "The mayor")]),
    ("h284-told-if-comma-main", "He told reporters if the deal collapsed, prices would soar.",
     [("indirect", "if the deal collapsed, prices would soar", "He")]),
    ("h284-asked-if-comma-not-main", "Lee asked if the vote was close, and left.",
     [("indirect", "if the vote was close", "Lee")]),
    # h288: a live blog's short lines (bullets, a post over its signature) are lines, not a text wrapped at a
    # width: the post's signature opens a paragraph of its own and signs the post
    ("h288-live-blog-lines-not-wrapped", "Live: Election night updates\n\n10:42 a.m. \"We are going to win "
     "this,\" Smith told reporters in Des Moines.\n\n11:05 a.m.: Smith said he expected a close race.\n\n"
     "UPDATE: \"It's too early to call,\" said Ann Lee, a spokeswoman for the Lopez campaign.\n\n- \"We are "
     "ready for the results,\" said Lee.\n- Lopez thanked her volunteers, calling them \"the heart of this "
     "campaign.\"\n\nThank you Iowa! We could not have done it without you. @LopezCampaign\n-- Maria Lopez "
     "(@MariaLopez) November 3, 2026",
     [("direct", "We are going to win this,", "Smith"), ("indirect", "he expected a close race", "Smith"),
      ("direct", "It's too early to call,", "Ann Lee"), ("direct", "We are ready for the results,", "Lee"),
      ("mixed", 'them "the heart of this campaign."', "Lopez"),
      ("direct", "Thank you Iowa! We could not have done it without you. @LopezCampaign", "Maria Lopez")]),
    # h288: a press release's defined term in brackets after the company's name is no speaker of its own, nor a
    # quotation making a report mixed; names of products and events in marks are nobody's words
    ("h288-defined-term-not-speaker", 'Acme Corp. (the "Company") today announced the pricing of $500 million of '
     'senior notes.', [("indirect", "the pricing of $500 million of senior notes", "Acme Corp.")]),
    ("h288-defined-term-sellers", 'Riverbank Foods, LLC (collectively, the "Sellers") said the sale would close '
     'in June.', [("indirect", "the sale would close in June", "Riverbank Foods, LLC")]),
    ("h288-defined-term-in-report", 'Acme Corp. today announced the pricing of $500 million of senior notes (the '
     '"Notes").', [("indirect", 'the pricing of $500 million of senior notes (the "Notes")', "Acme Corp.")]),
    ("h288-nickname-in-brackets-stays", 'Tom Vale ("Big Tom") said he would retire.',
     [("indirect", "he would retire", "Tom Vale")]),
    ("h288-product-and-event-names", 'The company will launch its new "SmartHome" product line at the "Future of '
     'Living" conference in May.', []),
    # h288: a live blog's block of the speaker's words after a colon, the cue's listener or occasion before it
    ("h288-colon-block-after-listener", "The minister spoke this morning.\n\nHe told BBC Radio 4's Today "
     "programme:\n\nPatients are paying the price for this government's failure.\n\nThe strike ends on Friday.",
     [("indirect", "Patients are paying the price for this government's failure", "He")]),
    ("h288-colon-block-in-a-statement", "The minister spoke this morning.\n\nLee said in a statement:\n\nWe have "
     "made a fair offer and we will not go back on it.\n\nThe strike ends on Friday.",
     [("indirect", "We have made a fair offer and we will not go back on it", "Lee")]),
    # a report of its own before the colon: the block is not the first cue's
    ("h288-colon-block-own-report", "The minister spoke this morning.\n\nLee said the plan had three parts:\n\n"
     "A pay rise for all nurses in the spring.\n\nThe strike ends on Friday.",
     [("indirect", "the plan had three parts", "Lee")]),
    # h288: emoji ending an account's display name are no word of the name; the post is still signed
    ("h288-post-signature-emoji", "The senator answered online.\n\nThis bill is a disgrace and I will vote against "
     "it. https://t.co/abc123\n\u2014 Maria Lopez \U0001F1FA\U0001F1F8 \u2705 (@SenLopez) May 3, 2026",
     [("direct", "This bill is a disgrace and I will vote against it.", "Maria Lopez")]),
    # h291: kin set off with the class a name is known by (`the painter Tom Hale`): the speaker is kin and name
    ("h291-kin-the-class-name", "Her brother, the painter Thomas Park, said she had been ill for some time.",
     [("indirect", "she had been ill for some time", "Her brother, the painter Thomas Park")]),
    ("h291-kin-the-class-name-inverted", '"She was ill for some time," said her brother, the painter Thomas Park.',
     [("direct", "She was ill for some time,", "her brother, the painter Thomas Park")]),
    ("h291-lawyer-the-former-title-name", "His lawyer, the former prosecutor Jo Hart, said the case would be "
     "appealed.", [("indirect", "the case would be appealed", "His lawyer, the former prosecutor Jo Hart")]),
    # near-misses: a description after `the` with no name is no name; `a` and a capital is a description
    ("h291-the-son-of-a-miner-not-name", "The mayor, the son of a miner, said the mine would reopen.",
     [("indirect", "the mine would reopen", "The mayor")]),
    ("h291-a-democrat-not-name", "The mayor, a Democrat, said the mine would reopen.",
     [("indirect", "the mine would reopen", "The mayor")]),
    # h295: a noun of a happening after `after`, `since` ... closes a participle's phrase of time; it speaks nothing
    ("h295-event-noun-after-participle", "Doctors arrested after the protest said they were beaten.",
     [("indirect", "they were beaten", "Doctors arrested after the protest")]),
    ("h295-event-noun-since-participle", "Workers hired since the strike said they were paid less.",
     [("indirect", "they were paid less", "Workers hired since the strike")]),
    ("h295-speaker-after-clause-preposition", "The police arrived after a neighbour said she had heard shots.",
     [("indirect", "she had heard shots", "a neighbour")]),
    # h295: members named as examples after `including` are no part of the speaker
    ("h295-including-members-out", "Critics, including the opposition's transport spokesman, Ben Marsh, said the "
     "plan was flawed.", [("indirect", "the plan was flawed", "Critics")]),
    ("h295-notably-members-out", "Several unions, notably the nurses, warned that strikes would follow.",
     [("indirect", "that strikes would follow", "Several unions")]),
    # h295: a description set off by dashes after a lone surname; the name speaks
    ("h295-dashed-description-after-surname", "Hart - a Democrat from Ohio - said the bill would pass.",
     [("indirect", "the bill would pass", "Hart")]),
    ("h295-dashed-em-description-after-surname", "Hart \u2014 a Democrat from Ohio \u2014 said the bill would pass.",
     [("indirect", "the bill would pass", "Hart")]),
    # h295: a description with its phrase of where the post is held and the name set off after it: both
    ("h295-volunteer-with-charity-name", "A volunteer with the charity, Tom Vale, said the shelter was full.",
     [("indirect", "the shelter was full", "A volunteer with the charity, Tom Vale")]),
    ("h295-staffer-at-agency-name", "A staffer at the agency, Ann Ruiz, said the files were lost.",
     [("indirect", "the files were lost", "A staffer at the agency, Ann Ruiz")]),
    # h295: a `who` clause set off after a name, a cue after `and`: the name whole, however the parse split it
    ("h295-relative-conjunct-split-name", "We met Tom Hale, who runs the shelter and says demand has doubled.",
     [("indirect", "demand has doubled", "Tom Hale")]),
    ("h295-relative-conjunct-clause-out", "Police arrested John Smith, who shouted and said he was innocent.",
     [("indirect", "he was innocent", "John Smith")]),
    # h295: a message received with the phrase of its sender: the message speaks, not the one who got it
    ("h295-received-letter-from-sender", "She got a letter from the council saying the road would close.",
     [("indirect", "the road would close", "a letter from the council")]),
    ("h295-received-call-from-sender", "He received a call from his brother saying the house was on fire.",
     [("indirect", "the house was on fire", "a call from his brother")]),
    ("h295-received-letter-comma-own", "She got a letter from the council, saying it was unfair.",
     [("indirect", "it was unfair", "She")]),
    # h295: a participle's phrase set off after an inverted speaker (`signed by` its author) is no part of it
    ("h295-inverted-statement-signed-by", '"We will fight on," said the statement, signed by board chair Peter Chan.',
     [("direct", "We will fight on,", "the statement")]),
    # h296: a subordinator of time and an `-ing` phrase after a cue tell when it spoke, and report nothing
    ("h296-said-while-addressing-not", "The mayor said while addressing a rally that drew thousands.", []),
    ("h296-said-while-addressing-that", "The mayor said while addressing a rally that taxes would fall.",
     [("indirect", "that taxes would fall", "The mayor")]),
    # h297: a fragment running on in the writer's clause, then a tag a colon closes: two quotations, not parts of one
    ("h297-colon-after-fragment", 'Ruiz opposes "blanket pay freezes" and recalled the cuts of 2019: "They hurt '
     'every family in this city."',
     [("direct", "blanket pay freezes", "Ruiz"), ("direct", "They hurt every family in this city.", "Ruiz")]),
    # h297: near-miss: a quotation opening its sentence, a colon after its tag: the next part goes on
    ("h297-colon-after-opening-quote", '"We will not stop," the union leader said: "The strike goes on."',
     [("direct", "We will not stop, The strike goes on.", "the union leader")]),
    # h293: a programme's noun closing a listener before `that` is the listener's, a capitalised `Today` no time
    ("h293-told-today-show-that", "Mr Dutton told the Today show that the Government had lost control.",
     [("indirect", "that the Government had lost control", "Mr Dutton")]),
    ("h293-told-breakfast-show-that", "Mr Dutton told the Nine Network's breakfast show that the Government had "
     "lost control.", [("indirect", "that the Government had lost control", "Mr Dutton")]),
    ("h293-said-today-still-time", "Mr Dutton said today the Government had lost control.",
     [("indirect", "the Government had lost control", "Mr Dutton")]),
    # h293: near-miss: a plural before `show` is the subject of the clause told
    ("h293-figures-show-not-listener", "She told reporters the figures show that prices fell.",
     [("indirect", "the figures show that prices fell", "She")]),
    # h293: single marks as primary marks: a plural's possessive inside a quotation running over paragraphs
    ("h293-single-marks-possessive-runs-on", "'We will not support it,' Ms Ley said. 'It's the workers' jobs that "
     "are on the line.\n\n'The Government has not listened.'",
     [("direct", "We will not support it, It's the workers' jobs that are on the line. The Government has not "
       "listened.", "Ms Ley")]),
    # h292: a name set off after a noun of a person's name (`his first name, Tom,`) is that noun's apposition,
    # inside the relative clause that holds the noun: no subject, and no break that ends the clause
    ("h292-given-name-ends-relative", "One striker, who gave only his first name, Tom, said he had worked at the "
     "plant for 22 years.", [("indirect", "he had worked at the plant for 22 years", "One striker")]),
    ("h292-given-name-inside-relative", "A migrant from Honduras, who spoke on condition that only his first name, "
     "Luis, be used, said he had crossed the desert on foot.",
     [("indirect", "he had crossed the desert on foot", "A migrant from Honduras")]),
    ("h292-apposition-name-stays", "The union's president, Ann Lee, said the offer was final.",
     [("indirect", "the offer was final", "The union's president, Ann Lee")]),
    ("h292-gave-name-no-cue", "The striker gave only his first name, Tom.", []),
    # h292: `said` right after a relative clause is the main clause's verb, however the tagger read it
    ("h292-relative-then-said", "A nurse who declined to be named said conditions had worsened.",
     [("indirect", "conditions had worsened", "A nurse who declined to be named")]),
    ("h292-relative-asked-then-said", "A nurse who asked not to be named said conditions had worsened.",
     [("indirect", "conditions had worsened", "A nurse who asked not to be named")]),
    ("h292-the-said-sum-not", "The firm that repaid the said sum went bankrupt.", []),
    ("h292-relative-named-said-nothing", "The men who were named said nothing.", []),
    # h292: with no finite verb in the sentence, a past form after a passive participle's agent is the main verb
    ("h292-agent-then-described", "Migrants interviewed by reporters described being beaten by border guards.",
     [("indirect", "being beaten by border guards", "Migrants interviewed by reporters")]),
    ("h292-agent-finite-verb-stays", "The man arrested by police said he was innocent.",
     [("indirect", "he was innocent", "The man arrested by police")]),
    # h294: a bare plural noun for people after `that` is the clause's subject, however tagged: the place it
    # was said in (`in a statement`) is no part of the mixed quote
    ("h294-statement-that-plural-people", 'The union said in a statement that teachers "feel safer already."',
     [("mixed", 'that teachers "feel safer already."', "The union")]),
    ("h294-statement-that-parents", 'The district said in a letter that parents "deserve answers."',
     [("mixed", 'that parents "deserve answers."', "The district")]),
    # h294: a noun for a body right before a title and a name qualifies the title, whatever its tag
    ("h294-union-president-name", "Teachers union president Carla Reyes said teachers supported the ban.",
     [("indirect", "teachers supported the ban", "Teachers union president Carla Reyes")]),
    ("h294-union-president-name-tag", '"It works," teachers union president Carla Reyes said.',
     [("direct", "It works,", "teachers union president Carla Reyes")]),
    # h294: `intone` says words aloud in a measured voice, as a liturgy's are: a verb of speaking
    ("h294-priest-intoned", '"Let us pray," the priest intoned.', [("direct", "Let us pray,", "the priest")]),
    # h299: a plural right after `told`, before a noun and its verb, is the one told: no part of the clause
    ("h299-told-reporters-polls-show", "She told reporters polls show that voters want change.",
     [("indirect", "polls show that voters want change", "She")]),
    ("h299-warned-investors-prices", "She warned investors prices would rise.",
     [("indirect", "prices would rise", "She")]),
    ("h299-told-sports-reporters", "She told sports reporters the plan would fail.",
     [("indirect", "the plan would fail", "She")]),
    # h299: a title in marks with its programme's noun, or a role and the name it titles, is where or to whom
    ("h299-said-in-title-podcast", 'She said in "The Daily" podcast that the plan would fail.',
     [("indirect", "that the plan would fail", "She")]),
    ("h299-said-on-the-title-show", 'She said on the "Today" show that the plan would fail.',
     [("indirect", "that the plan would fail", "She")]),
    ("h299-told-title-host-name", 'He told "Meet the Press" host Kristen Welker that the bill was dead.',
     [("indirect", "that the bill was dead", "He")]),
    ("h299-told-title-host-that-story-not", 'He told "Meet the Press" host Kristen Welker that story.', []),
    ("h299-spoke-on-title-podcast-that-week-not", 'She spoke on "The Daily" podcast that week.', []),
    # h299: a noun of a saying opening its sentence with its agent's `by`: the agent said the `that` clause
    ("h299-claim-made-by-agent", "The claim, made by Sen. Ann Lee on Fox News, that the tax will double is false.",
     [("indirect", "that the tax will double", "Sen. Ann Lee")]),
    ("h299-claim-by-agent", "The claim by Sen. Ann Lee that the tax will double is false.",
     [("indirect", "that the tax will double", "Sen. Ann Lee")]),
    ("h299-claim-by-deadline-not", "The claim by the deadline that was set was missed.", []),
    ("h299-warning-from-agent", "The warning from the agency that the dam could fail went unheeded.",
     [("indirect", "that the dam could fail", "the agency")]),
    ("h299-claim-from-last-year-not", "The claim from last year that the tax would double was false.", []),
    # h299: a comparison's `than` clause whose verb phrase is left out reports nothing
    ("h299-than-predicted-it-would-not", "The firm earned more than analysts predicted it would.", []),
    ("h299-than-said-he-could-not", "The striker ran faster than coaches said he could.", []),
    # h299: an infinitive after `and to` has the first infinitive's controller: none here
    ("h299-likely-to-say-and-to-say-not",
     "Voters were more likely to say the economy was weak and to say prices were high.", []),
    ("h299-went-to-campaign-and-to-say", "He went to Ohio to campaign and to say the plant would stay open.",
     [("indirect", "the plant would stay open", "He")]),
    # h299: already right on main: a listener's name after `the`, and a `claims` taken for a noun after a subject
    ("h299-told-board-of-regents-time", "The chancellor told the Board of Regents on Thursday that tuition would rise.",
     [("indirect", "that tuition would rise", "The chancellor")]),
    ("h299-meme-claims", "A meme circulating on Facebook claims the senator voted against veterans.",
     [("indirect", "the senator voted against veterans", "A meme circulating on Facebook")]),
    # h304: the one judged for a deed (an active judging verb's object) did it, not the judge (`judged-doer`)
    ("h304-attacked-for-claiming", "Critics attacked the senator for claiming that the vote was rigged.",
     [("indirect", "that the vote was rigged", "the senator")]),
    ("h304-slammed-as-for-suggesting", "Ruiz slammed the governor as weak and out of touch for suggesting that "
     "taxes should rise.", [("indirect", "the governor as weak", "Ruiz"),
                            ("indirect", "that taxes should rise", "the governor")]),
    ("h304-faulted-for-complaining", "The coach faulted his players for complaining that the referees were "
     "unfair.", [("indirect", "that the referees were unfair", "his players")]),
    ("h304-thanked-for-promising", "The union thanked the mayor for promising to keep the clinic open.",
     [("indirect", "to keep the clinic open", "the mayor")]),
    # near-misses: no one judged, the subject does it
    ("h304-won-praise-for-saying", "The mayor won praise for saying that the clinic would stay open.",
     [("indirect", "that the clinic would stay open", "The mayor")]),
    ("h304-apologized-for-saying", "The senator apologized for saying that the vote was rigged.",
     [("indirect", "saying that the vote was rigged", "The senator")]),
    ("h304-whom-praised-for-insisting", "Ruiz thanked the volunteers, whom she praised for insisting that every "
     "child be fed, and left.", [("indirect", "that every child be fed", "the volunteers")]),
    ("h304-mocked-for-calling-judge", 'Ruiz mocked the mayor for calling himself "the king of roads."',
     [("mixed", 'himself "the king of roads."', "Ruiz")]),
    ("h304-attacked-for-implying-judge", 'The paper attacked the plan for implying "a consensus that does not '
     'exist."', [("direct", "a consensus that does not exist.", "The paper")]),
    # a quotation after a deed that is no report holds the judge's words
    ("h304-applauded-for-fighting-quoted", 'She applauded him for fighting for the town "over and over again."',
     [("direct", "over and over again.", "She")]),
    # h304: a participle opening its sentence after its own preposition reports up to its comma, not the main clause
    ("h304-by-claiming-fronted", "By claiming that the count was rigged, the senator angered his own party.",
     [("indirect", "that the count was rigged", "the senator")]),
    ("h304-despite-insisting-fronted", "Despite insisting the plant was safe, the company closed it in May.",
     [("indirect", "the plant was safe", "the company")]),
    ("h304-after-initially-saying-fronted", "After initially saying he would not run, the mayor entered the race.",
     [("indirect", "he would not run", "the mayor")]),
    # h304: a person's noun after `with`, right before a participle cue, does the saying (`with-subject`)
    ("h304-closes-with-mayor-saying", "The video closes with the mayor saying that the bridge will reopen.",
     [("indirect", "that the bridge will reopen", "the mayor")]),
    ("h304-responded-with-statement-saying", "The town responded with a statement saying that the bridge was safe.",
     [("indirect", "that the bridge was safe", "The town")]),
    # h302: a preposition before an `-ing` noun after the cue (`under questioning`) is the cue's phrase: `that` opens
    # what was said
    ("h302-said-under-questioning-that", "Diaz said under questioning from reporters that he would back the bill.",
     [("indirect", "that he would back the bill", "Diaz")]),
    ("h302-told-under-questioning-that", "The minister told MPs under questioning that the plan was fully costed.",
     [("indirect", "that the plan was fully costed", "The minister")]),
    # h302: a past participle between a preposition and its noun modifies the noun (`in written evidence`)
    ("h302-in-written-evidence-mixed", 'In written evidence to the committee, the Treasury said the rules were '
     '"adequate and proportionate."', [("mixed", 'the rules were "adequate and proportionate."', "the Treasury")]),
    ("h302-had-written-still-cue", "She had written to the committee that the rules were unfair.",
     [("indirect", "that the rules were unfair", "She")]),
    # h302: a passive agent after `by` holds a party's possessive before the name
    ("h302-asked-by-party-possessive", "Asked by Labour's Tom Vale whether the scheme had been costed, the "
     "minister said it had.", [("indirect", "whether the scheme had been costed", "Labour's Tom Vale"),
                               ("indirect", "it had", "the minister")]),
    # h302: a parliament's record labels a role with `The` in title case (`The PRIME MINISTER:`); a rubric in the
    # same form (`The LATEST:`) is nobody
    ("h302-hansard-role-label", "Question time began.\n\nMr VALE: Will the report be published?\n\nThe PRIME "
     "MINISTER: It will be published next month.\n\nThe SPEAKER: Order.",
     [("direct", "Will the report be published?", "Mr VALE"),
      ("direct", "It will be published next month.", "The PRIME MINISTER"), ("direct", "Order.", "The SPEAKER")]),
    # h302: a bare office after `the` opening the sentence (`The Speaker`) describes the name set off after it
    ("h302-the-speaker-name-set-off",
     "The Speaker, Lindsay Hart, ruled that the remarks were not unparliamentary.",
     [("indirect", "that the remarks were not unparliamentary", "The Speaker, Lindsay Hart")]),
    ("h302-the-mayor-a-democrat-stays", "The Mayor, a Democrat, said the talks would go on.",
     [("indirect", "the talks would go on", "The Mayor")]),
    # h302: an Australian parliament's record gives the seat and office, then the time, in brackets after the name
    ("h302-hansard-seat-and-time", "Question time was rowdy.\n\nMr DUTTON (Dickson—Leader of the Opposition) "
     "(14:02): Why has the price of power gone up?\n\nMr ALBANESE (Grayndler—Prime Minister) (14:03): I thank the "
     "member for his question.",
     [("direct", "Why has the price of power gone up?", "Mr DUTTON"),
      ("direct", "I thank the member for his question.", "Mr ALBANESE")]),
    # h302: a phrase of where a cue was spoken, right after it, then `that` and a clause: what was said
    ("h302-shouted-across-chamber-that", "One Labour MP shouted across the chamber that the minister should resign.",
     [("indirect", "that the minister should resign", "One Labour MP")]),
    ("h302-yelled-from-gallery-that", "A protester yelled from the public gallery that the bill was a disgrace.",
     [("indirect", "that the bill was a disgrace", "A protester")]),
    ("h302-shouted-at-dog-relative-not", "The mayor shouted at the dog that had bitten him.", []),
    # h302: an `as` clause whose cue has a clause of its own after it is a time, not `As X noted, ...`
    ("h302-heckled-as-she-said-clause", "The minister was heckled as she said the cuts were necessary.",
     [("indirect", "the cuts were necessary", "she")]),
    ("h302-as-paper-noted-stays", "As the paper noted, the bridge was closed for years.",
     [("indirect", "the bridge was closed for years", "the paper")]),
    # h302: `sought to know` and a question: a question put, as `wanted to know`
    ("h302-sought-to-know-whether", "Congress leader Amit Verma sought to know whether the government would extend "
     "the deadline.", [("indirect", "whether the government would extend the deadline", "Congress leader Amit Verma")]),
    ("h302-sought-to-know-more-not", "She sought to know more about the plan.", []),
    # h302: a cue the parse made passive with no `be` or `get` is active: its listener is no part of the clause told
    ("h302-later-told-reporters-mixed", 'Graves later told reporters the hearing had raised "more questions than '
     'answers."', [("mixed", 'the hearing had raised "more questions than answers."', "Graves")]),
    ("h302-were-told-passive-stays", "Reporters were told the hearing would resume.",
     [("indirect", "the hearing would resume", None)]),
    ("h302-title-case-rubric-not", "Prices rose.\n\nThe LATEST: Prices rose again in May.\n\nThe FACTS: Nobody "
     "knows why.", []),
    # h300: an office capitalised as African and Commonwealth papers print it, its field after `of` or `for`,
    # with a titled name set off after it closing the sentence: the speaker is both, the report ends before them
    ("h300-office-of-field-name-tag", "The plant will close next year, the Minister of Finance, Mr Enoch Vale, said.",
     [("indirect", "The plant will close next year", "the Minister of Finance, Mr Enoch Vale")]),
    ("h300-office-for-field-name-quote", '"The bridge will be ready by 2027," the Commissioner for Works, Mr Tunde '
     'Ade, said.', [("direct", "The bridge will be ready by 2027,", "the Commissioner for Works, Mr Tunde Ade")]),
    ("h300-office-of-field-name-time", "The plant will close next year, the Inspector-General of Police, Mr Kayode "
     "Bello, said on Monday.",
     [("indirect", "The plant will close next year", "the Inspector-General of Police, Mr Kayode Bello")]),
    ("h300-office-name-time", "The plant will close next year, the Governor, Mr Kayode Bello, said on Monday.",
     [("indirect", "The plant will close next year", "the Governor, Mr Kayode Bello")]),
    ("h300-long-clause-office-tag", "The state's finances remain fragile, with debt costs rising sharply and the "
     "government facing hard choices in the coming year, the Minister of Finance, Mr Enoch Vale, said on Wednesday.",
     [("indirect", "The state's finances remain fragile, with debt costs rising sharply and the government facing "
       "hard choices in the coming year", "the Minister of Finance, Mr Enoch Vale")]),
    # h300: `said this` and where or when: a pronoun pointing back to what was reported before, no report
    ("h300-said-this-statement", "The senator said this in a statement issued in the capital on Sunday by his "
     "media aide, Mr Paul Ade.", []),
    ("h300-said-this-rally", "The minister said this at a rally that was held in the capital.", []),
    ("h300-said-this-while", "The minister said this while speaking with journalists.", []),
    ("h300-said-this-clause", "The senator said this was a betrayal.",
     [("indirect", "this was a betrayal", "The senator")]),
    ("h300-said-this-week", "The senator said this week that the plan would fail.",
     [("indirect", "that the plan would fail", "The senator")]),
    # h300: a complaint voiced about a thing: the thing complained of is what was said
    ("h300-lamented-object", "Madam Akua Mensah, a trader at the market, lamented the high cost of goods.",
     [("indirect", "the high cost of goods", "Madam Akua Mensah")]),
    ("h300-bemoaned-object", "The union bemoaned the lack of funding for schools.",
     [("indirect", "the lack of funding for schools", "The union")]),
    # h300: a name set off within a phrase of the occasion (its signer's) leaves the phrase the occasion still
    ("h300-statement-signed-by-name", "The state government, in a statement signed by the Commissioner for "
     "Information, Mr Tunde Ade, said the curfew had been lifted.",
     [("indirect", "the curfew had been lifted", "The state government")]),
    ("h300-statement-signed-by-its-name", "The party, in a statement signed by its spokesman, Mr Felix Ade, said the "
     "allegation was baseless.", [("indirect", "the allegation was baseless", "The party")]),
    # h300: a noun phrase after the cue that a modal or a finite verb follows is the clause's subject, no inverted
    # speaker; the speaker is the description and name before the cue
    ("h300-said-noun-modal-not-inverted", "The utility's chief executive, Dan Vale, said load shedding would ease "
     "by winter.", [("indirect", "load shedding would ease by winter", "The utility's chief executive, Dan Vale")]),
    ("h300-inverted-with-relative-stays", '"We won," said the man who was there.',
     [("direct", "We won,", "the man who was there")]),
    ("h300-inverted-name-age-stays", '"We won," said Jo Hart, 45.', [("direct", "We won,", "Jo Hart")]),
    # h301: a ministry's initials in brackets after its name, in a tag closing the sentence: the speaker
    # is the name with them, whatever follows the cue (a date in brackets too)
    ("h301-ministry-initials-tag", "Employers who fail to pay foreign workers on time will face stiffer penalties "
     "from next year, the Ministry of Manpower (MOM) said on Monday (Dec 7).",
     [("indirect", "Employers who fail to pay foreign workers on time will face stiffer penalties from next year",
       "the Ministry of Manpower (MOM)")]),
    ("h301-authority-initials-tag", "Fares will rise in July, the Land Transport Authority (LTA) announced.",
     [("indirect", "Fares will rise in July", "the Land Transport Authority (LTA)")]),
    ("h301-initials-later-alone", "Fares will rise in July, the Land Transport Authority (LTA) said on Monday. "
     "LTA added that bus routes would not change.",
     [("indirect", "Fares will rise in July", "the Land Transport Authority (LTA)"),
      ("indirect", "that bus routes would not change", "LTA")]),
    # h301: `said` after the comma closing a clause, before a titled name and a bracketed date, is the
    # inverted past however tagged; a verb of telling there names who was told, no speaker
    ("h301-inverted-said-bracket-date", "The Republic will tighten rules on foreign domestic workers, said Senior "
     "Minister of State for Manpower Koh Poh Koon on Thursday (Dec 10).",
     [("indirect", "The Republic will tighten rules on foreign domestic workers",
       "Senior Minister of State for Manpower Koh Poh Koon")]),
    ("h301-inverted-told-no-speaker", "The road will close on Monday, told residents.", []),
    ("h301-told-reporters-bracket-date", "Mr Lee told reporters on Tuesday (Dec 8) that the talks had failed.",
     [("indirect", "that the talks had failed", "Mr Lee")]),
    # h303: a relative clause after a tag's speaker describes that speaker: its verb tags no quotation before the
    # tag, even where the parse leaves the tag's speaker (`one`, `another`) unnamed
    ("h303-said-one-who-asked", '"She never quits," said one, who asked not to be named.',
     [("direct", "She never quits,", "one")]),
    ("h303-said-another-who-spoke", '"She never quits," said another, who spoke on condition of anonymity.',
     [("direct", "She never quits,", "another")]),
    ("h303-said-name-who-added", '"We lost," said Ortiz, who added that the team would be back.',
     [("direct", "We lost,", "Ortiz"), ("indirect", "that the team would be back", "who")]),
    # h303: `in` and an owner's telling of events gives the clause as that owner's, as `in her view` does
    ("h303-in-telling", "In Lee's telling, the deal nearly collapsed twice.",
     [("indirect", "the deal nearly collapsed twice", "Lee")]),
    ("h303-in-recollection-set-off", "The deal, in his recollection, was signed at dawn.",
     [("indirect", "The deal was signed at dawn", "his")]),
    ("h303-telling-of-no-owner", "In the telling of the story, the details change.", []),
    # h303: untagged questions after a quotation: a nearer mention speaks after narration; one speaker goes on
    ("h303-echo-not-after-narration", '"We will win," Ruiz said. She turned to the press.\n\n"Any questions?"',
     [("direct", "We will win,", "Ruiz"), ("direct", "Any questions?", "She")]),
    ("h303-long-question-goes-on", '"We will win," Lee said.\n\n"Who could stop us now, after all this?"',
     [("direct", "We will win, Who could stop us now, after all this?", "Lee")]),
    # h303: a clause a semicolon opens is one of its own beside the one before: its cue reports nothing before the
    # semicolon, and the report before it ends there
    ("h303-semicolon-two-namers", 'One called her early work "decorative"; another dismissed it as "wallpaper."',
     [("mixed", 'her early work "decorative"', "One"), ("mixed", 'it as "wallpaper."', "another")]),
    ("h303-semicolon-narration-after", 'The mayor called the plan "reckless"; the council voted for it anyway.',
     [("mixed", 'the plan "reckless"', "The mayor")]),
    ("h303-semicolon-tag-after", 'Lee said the plan was "a disaster"; it would cost jobs, she added.',
     [("mixed", 'the plan was "a disaster"', "Lee"), ("indirect", "it would cost jobs", "she")]),
    # h298: a `whose` clause set off after a name that a description opens: the description and name speak
    ("h298-whose-clause-after-described-name", 'The port\'s director, Hank Moss, whose contract ends in May, called '
     'the strike "reckless."', [("mixed", 'the strike "reckless."', "The port's director, Hank Moss")]),
    ("h298-whose-clause-after-described-name-2", 'The union\'s leader, Ann Ruiz, whose term ends in June, called '
     'the offer "an insult."', [("mixed", 'the offer "an insult."', "The union's leader, Ann Ruiz")]),
    # h298: an adjective before `who` stands as a noun for a person (`An official who ...`); the verb after the
    # relative clause is the main clause's, however the parse hung it
    ("h298-official-who-told", "An official who asked not to be named told reporters the talks had stalled.",
     [("indirect", "the talks had stalled", "An official who asked not to be named")]),
    ("h298-official-who-said", "An official who asked not to be named said the talks had stalled.",
     [("indirect", "the talks had stalled", "An official who asked not to be named")]),
    ("h298-official-who-told-that", "An official who asked not to be named told reporters that the talks had "
     "stalled.", [("indirect", "that the talks had stalled", "An official who asked not to be named")]),
    ("h298-official-who-said-nothing", "An official who asked not to be named said nothing.", []),
    # h298: a name set off after a noun of a person's name inside a restricting relative clause is the clause's
    ("h298-given-name-in-restricting-relative", "A striker who asked to be identified only by his first name, Paul, "
     "said the pay was late.", [("indirect", "the pay was late",
                                 "A striker who asked to be identified only by his first name, Paul")]),
    ("h298-given-name-in-set-off-relative-stays", "One striker, who gave only his first name, Tom, said he had "
     "worked at the plant for 22 years.", [("indirect", "he had worked at the plant for 22 years", "One striker")]),
    # h298: two names joined by `and`, each with a description set off: both speak, the last description out
    ("h298-joined-described-names-inverted", '"This is a great day," said John Smith, CEO of Acme, and Mary Brown, '
     'CEO of Globex, in a joint statement.', [("direct", "This is a great day,",
                                              "John Smith, CEO of Acme, and Mary Brown")]),
    ("h298-joined-described-names-before", "John Smith, CEO of Acme, and Mary Brown, CEO of Globex, said the deal "
     "was done.", [("indirect", "the deal was done", "John Smith, CEO of Acme, and Mary Brown")]),
    ("h298-one-described-name-stays", '"This is a great day," said John Smith, CEO of Acme.',
     [("direct", "This is a great day,", "John Smith")]),
    ("h298-joined-name-own-clause-not", '"We won," said Tom Vale, the coach, and Ann Ruiz agreed.',
     [("direct", "We won,", "Tom Vale")]),
    # h298: a determiner opening the sentence and a noun for a speaker, then `told` or `said`: the main verb
    ("h298-an-official-told", "An official told reporters the talks had stalled.",
     [("indirect", "the talks had stalled", "An official")]),
    ("h298-an-official-told-that", "An official told reporters that the talks had stalled.",
     [("indirect", "that the talks had stalled", "An official")]),
    ("h298-an-official-told-nothing", "An official told reporters nothing.", []),
    ("h298-whose-clause-said-stays", "The port's director, Hank Moss, whose contract ends in May, said the strike "
     "was reckless.", [("indirect", "the strike was reckless", "The port's director, Hank Moss")]),
    # h306: a participle of saying before `to` and a verb after a noun or comma is a reduced relative of hearsay:
    # no one says it, the noun least of all; with `be` before it, the passive report with no speaker
    ("h306-said-to-set-off-nothing", "The plan, said to cost $5 billion, was dropped.", []),
    ("h306-reported-to-restricting-nothing", "A man widely reported to be a spy was arrested.", []),
    ("h306-alleged-to-set-off-nothing", "Ruiz, alleged to have taken bribes, resigned.", []),
    ("h306-is-said-to-stays", "He is said to be ill.", [("indirect", "He is said to be ill", None)]),
    ("h306-said-to-listener-stays", "Ruiz said to reporters that the plan was dead.",
     [("indirect", "that the plan was dead", "Ruiz")]),
    # h306: the agent of a noun of saying runs on over `of` or `for` and its noun phrase
    ("h306-agent-of-phrase", "The claim by the governor of Ohio that taxes will rise is false.",
     [("indirect", "that taxes will rise", "the governor of Ohio")]),
    ("h306-agent-for-phrase", "The warning from a spokesman for the agency that the dam could fail was ignored.",
     [("indirect", "that the dam could fail", "a spokesman for the agency")]),
    # h306: a house's name and the noun of its hearing after `told` is the one told, not the clause's subject
    ("h306-told-senate-estimates", 'Finance Minister Katy Gallagher told Senate estimates the budget would be '
     '"responsible."', [("mixed", 'the budget would be "responsible."', "Finance Minister Katy Gallagher")]),
    ("h306-told-a-senate-hearing", "The chief told a Senate hearing the agency was short of staff.",
     [("indirect", "the agency was short of staff", "The chief")]),
    ("h306-told-a-named-reporter-stays", "Ruiz told a Reuters reporter the plan was dead.",
     [("indirect", "the plan was dead", "Ruiz")]),
    # h306: a name opening the sentence before a `whose` clause set off by commas speaks the verb after it,
    # as it does with no clause there (a mixed quote of the naming verb's object and its quoted name)
    ("h306-whose-clause-after-opening-name", 'Ann Ruiz, whose term ends in June, called the offer "an insult."',
     [("mixed", 'the offer "an insult."', "Ann Ruiz")]),
    ("h306-no-whose-clause-same", 'Ann Ruiz called the offer "an insult."',
     [("mixed", 'the offer "an insult."', "Ann Ruiz")]),
    ("h306-whose-clause-said-mixed", 'Ann Ruiz, whose term ends in June, said the offer was "an insult."',
     [("mixed", 'the offer was "an insult."', "Ann Ruiz")]),
    ("h306-whose-clause-said-nothing", "Ann Ruiz, whose term ends in June, said nothing.", []),
    # h306: after the quotation, two names joined by `and`, each with a description set off, before the verb
    ("h306-joined-described-names-after-quote", '"This is a great day," John Smith, CEO of Acme, and Mary Brown, '
     'CEO of Globex, said in a joint statement.', [("direct", "This is a great day,",
                                                   "John Smith, CEO of Acme, and Mary Brown")]),
    ("h306-joined-described-names-told", '"We won," Tom Vale, the coach, and Ann Ruiz, the captain, told reporters.',
     [("direct", "We won,", "Tom Vale, the coach, and Ann Ruiz")]),
    ("h306-one-described-name-after-quote-stays", '"We won," Tom Vale, the coach, told reporters.',
     [("direct", "We won,", "Tom Vale")]),
    # h313: after its verb, a name's speaker ends before the occasion it spoke at (`at a regular press briefing`,
    # hung from the name by the parse); a common noun keeps a phrase of where it works (`a delegate at the ...`)
    ("h313-occasion-after-inverted-name", "China is ready to work with all parties to maintain peace and stability "
     "in the region, said Chinese Foreign Ministry spokesperson Lin Hua at a regular press briefing on Monday.",
     [("indirect", "China is ready to work with all parties to maintain peace and stability in the region",
       "Chinese Foreign Ministry spokesperson Lin Hua")]),
    ("h313-occasion-after-inverted-name-short", "The talks were useful, said Lin Hua at a regular press briefing.",
     [("indirect", "The talks were useful", "Lin Hua")]),
    ("h313-occasion-inverted-conference", '"The door remains open," said Kremlin spokesman Dmitry Peskov during a '
     'conference call with reporters.', [("direct", "The door remains open,", "Kremlin spokesman Dmitry Peskov")]),
    # h313: a word naming a source after its determiner is a noun whatever its tag, a preposition after it too
    # (`said an official at the ministry`: the official speaks, not the clause's subject `Taxes`)
    ("h313-source-word-before-preposition", "Taxes will rise, said an official at the ministry.",
     [("indirect", "Taxes will rise", "an official")]),
    ("h313-source-word-before-with", "The plant will close, said a senior official with the ministry.",
     [("indirect", "The plant will close", "a senior official with the ministry")]),
    # h313: `as quoted by` / `as cited by` and an outlet name who carried the words: no report of the outlet's,
    # and no part of what the clause's speaker said
    ("h313-as-quoted-by-after-tag", '"This is a matter for the Defense Ministry," Peskov told reporters, as quoted '
     'by RIA Novosti.', [("direct", "This is a matter for the Defense Ministry,", "Peskov")]),
    ("h313-as-quoted-by-after-inverted-tag", "The sanctions will backfire, the minister said, as quoted by TASS.",
     [("indirect", "The sanctions will backfire", "the minister")]),
    ("h313-as-cited-by-cut", "The ministry said it would respond in kind, as cited by Interfax.",
     [("indirect", "it would respond in kind", "The ministry")]),
    ("h313-as-quoted-by-no-report", "The minister left for Beijing on Monday, as quoted by TASS.", []),
    ("h313-quoted-as-saying-stays", "The agency quoted the minister as saying the talks had failed.",
     [("indirect", "the talks had failed", "the minister")]),
    # h313: `agree` with a `that` clause puts a shared view into words; with `to` or `on` it is a deal to act
    ("h313-agreed-that", "The two sides agreed that they will strengthen coordination on regional issues.",
     [("indirect", "that they will strengthen coordination on regional issues", "The two sides")]),
    ("h313-agree-that-present", "Economists agree that the tax will hurt growth.",
     [("indirect", "that the tax will hurt growth", "Economists")]),
    ("h313-agreed-on-nothing", "The two sides agreed on a plan to expand flights between the capitals.", []),
    ("h313-agreed-to-nothing", "Both leaders agreed to maintain close communication.", []),
    ("h313-agreed-with-nothing", "The minister agreed with the proposal.", []),
    ("h313-agree-in-relative-nothing", "Senators who agree that the base should close were angry about the delay.",
     []),
    ("h313-agreed-with-that-nothing", "Fans clapped if they agreed with that speaker.", []),
    # h313: a verb of putting a stand into words with a noun of hope, concern or belief and its `that` clause:
    # the subject says the clause
    ("h313-expressed-the-hope", "He expressed the hope that the talks would bring about positive results.",
     [("indirect", "that the talks would bring about positive results", "He")]),
    ("h313-voiced-deep-concern", "The envoy voiced deep concern that the ceasefire could collapse.",
     [("indirect", "that the ceasefire could collapse", "The envoy")]),
    ("h313-hope-is-that-nothing", "Her hope is that the talks will succeed.", []),
    # h312: a participle's phrase restricting a noun for a person, then a name set off: one speaker, the whole
    ("h312-participle-description-then-name", "The official leading the inquiry, Ann Ruiz, said the documents had "
     "been destroyed.", [("indirect", "the documents had been destroyed", "The official leading the inquiry, Ann Ruiz")]),
    ("h312-participle-description-no-name", "The official leading the inquiry said the documents had been destroyed.",
     [("indirect", "the documents had been destroyed", "The official leading the inquiry")]),
    ("h312-participle-description-after-quote", '"The documents are gone," the official leading the inquiry said.',
     [("direct", "The documents are gone,", "the official leading the inquiry")]),
    # h312: a gloss in brackets between a word of another language and the noun it goes on to is the title's
    ("h312-gloss-in-title", "The Majlis (parliament) speaker said the vote would be held next week.",
     [("indirect", "the vote would be held next week", "The Majlis (parliament) speaker")]),
    ("h312-gloss-of-two-words-in-title", "The Loya Jirga (grand council) chairman said the vote would be held "
     "next week.", [("indirect", "the vote would be held next week", "The Loya Jirga (grand council) chairman")]),
    ("h312-gloss-in-quotation", '"Wallahi [by God], we are tired," she said.',
     [("direct", "Wallahi [by God], we are tired,", "she")]),
    # h311: a question a beat opens, then a silent gesture of another: the beat's subject asked, the gesturer answers
    ("h311-gesture-answers-question", 'Lee leaned forward. "Do you trust him?" Moss shrugged. "Not really."',
     [("direct", "Do you trust him?", "Lee"), ("direct", "Not really.", "Moss")]),
    ("h311-gesture-answers-exclamation", 'The driver checked the clock. "We are late!" Tom Vale grinned. "So what."',
     [("direct", "We are late!", "The driver"), ("direct", "So what.", "Tom Vale")]),
    # h311: no beat before the question (or the beat is the gesturer's own): the gesture tags it, the speaker goes on
    ("h311-gesture-tags-without-beat", '"Do you trust him?" Moss shrugged. "Not really."',
     [("direct", "Do you trust him? Not really.", "Moss")]),
    ("h311-gesture-tags-same-beat", 'Moss leaned back. "Who knows?" Moss shrugged.',
     [("direct", "Who knows?", "Moss")]),
    # h311: a speech verb after the question is its tag whatever the beat before it
    ("h311-asked-tag-beats-beat", 'Lee leaned forward. "Do you trust him?" Moss asked. "I do not."',
     [("direct", "Do you trust him? I do not.", "Moss")]),
    # h311: a question reported in the narration: the one asked answers the quotation after it
    ("h311-reported-question-listener-answers", 'I asked Lee what had changed. "The water is warmer."',
     [("indirect", "what had changed", "I"), ("direct", "The water is warmer.", "Lee")]),
    ("h311-reported-question-next-paragraph", 'We asked the mayor whether the plant would close.\n\n'
     '"Not while I am in office."',
     [("indirect", "whether the plant would close", "We"), ("direct", "Not while I am in office.", "the mayor")]),
    # h311: a request (no question) leaves the asker going on; a group asked is the asker's audience
    ("h311-request-asker-goes-on", 'The mayor asked residents to save water. "Every drop counts."',
     [("indirect", "residents to save water", "The mayor"), ("direct", "Every drop counts.", "The mayor")]),
    ("h311-group-asked-asker-goes-on", 'The singer asked the crowd whether they were ready. "Let us go!"',
     [("indirect", "whether they were ready", "The singer"), ("direct", "Let us go!", "The singer")]),
    # h311: an interview in print, its questions in no marks: the interviewee the narration introduces answers
    # (never the question's `What`), each later answer floating from the one before
    ("h311-bare-question-interview", 'Dana Reyes has run the food bank for a decade.\n\nWhy did demand double '
     'this year?\n\n"Rents went up. People have to choose."\n\nWhat do you need most?\n\n"Volunteers."',
     [("direct", "Rents went up. People have to choose.", "Dana Reyes"), ("direct", "Volunteers.", "Dana Reyes")]),
    # h311: a third voice joins a running exchange; the question after it (to `you`) answers it, not the new
    # voice going on, and the turns alternate between the new voice and the one who answered it
    ("h311-third-voice-questioned", '"Are you staying?" Ruiz asked.\n\n"Not tonight," Hale said.\n\n"Why not?"'
     '\n\n"The roads are closed."\n\n"I can drive you," said Tom Berg, who stood at the door.\n\n'
     '"You would do that?"\n\n"Of course."',
     [("direct", "Are you staying?", "Ruiz"), ("direct", "Not tonight,", "Hale"), ("direct", "Why not?", "Ruiz"),
      ("direct", "The roads are closed.", "Hale"), ("direct", "I can drive you,", "Tom Berg"),
      ("direct", "You would do that?", "Hale"), ("direct", "Of course.", "Tom Berg")]),
    # h311: with no running exchange before it, a question after a tagged turn is its speaker going on
    ("h311-no-exchange-question-goes-on", '"The storm took the pier," Ann Ruiz said.\n\n"We will rebuild it," '
     'Mayor Tom Vale said on Monday.\n\n"Do you know what it means to this town?"',
     [("direct", "The storm took the pier,", "Ann Ruiz"),
      ("direct", "We will rebuild it, Do you know what it means to this town?", "Mayor Tom Vale")]),
    # h309: a name set off after the description in a noun cue's `by` phrase is its apposition; `to` and a verb
    ("h309-agent-noun-set-off-name", "The claim by the head of the agency, Ann Ruiz, that the fund is empty is false.",
     [("indirect", "that the fund is empty", "the head of the agency, Ann Ruiz")]),
    ("h309-agent-noun-name-then-description-stays", "The claim by Ann Ruiz, the head of the agency, that the fund "
     "is empty is false.", [("indirect", "that the fund is empty", "Ann Ruiz")]),
    ("h309-agent-noun-infinitive", "The promise from the mayor to fix the roads was broken.",
     [("indirect", "to fix the roads", "the mayor")]),
    ("h309-agent-noun-infinitive-pledge", "The pledge from the governor to cut taxes was welcomed.",
     [("indirect", "to cut taxes", "the governor")]),
    ("h309-plan-from-is-no-saying", "The plan from the council to fix the roads was dropped.", []),
    ("h309-promise-to-listener-nothing", "The promise from the mayor to residents was broken.", []),
    ("h309-promise-from-time-nothing", "The promise from last year to fix the roads was broken.", []),
    # h309: a passive of judging with its agent: the one judged, the subject, did the deed; a relative's head
    ("h309-judged-passive-fronted", "For suggesting that the vote was rigged, the senator was attacked by rivals.",
     [("indirect", "that the vote was rigged", "the senator")]),
    ("h309-judged-passive-after", "The senator was attacked by rivals for suggesting that the vote was rigged.",
     [("indirect", "that the vote was rigged", "The senator")]),
    ("h309-judged-passive-no-agent-stays", "The senator was attacked for suggesting that the vote was rigged.",
     [("indirect", "that the vote was rigged", "The senator")]),
    ("h309-judged-relative-head", "Lee praised the woman who runs the shelter for insisting that no one be turned "
     "away.", [("indirect", "that no one be turned away", "the woman")]),
    ("h309-judged-relative-judging-verb-stays", "Lee met the nurse who thanked the mayor for saying that the clinic "
     "would stay open.", [("indirect", "that the clinic would stay open", "the mayor")]),
    # h309: a person after a verb's `with`, before an `-ing` of saying, speaks what follows; a saying is no one
    ("h309-judged-active-fronted", "For saying that the vote was rigged, rivals attacked the senator.",
     [("indirect", "that the vote was rigged", "the senator")]),
    # h309: a one-word name the tagger took for an adverb (`-ly`) before `said` is its subject, read from the words
    ("h309-ly-name-said", "Dzulkefly said the ministry would act.",
     [("indirect", "the ministry would act", "Dzulkefly")]),
    ("h309-ly-name-later-said", "Dzulkefly later said that the ministry would act.",
     [("indirect", "that the ministry would act", "Dzulkefly")]),
    ("h309-ly-name-after-quote", '"We will act," Dzulkefly said.', [("direct", "We will act,", "Dzulkefly")]),
    ("h309-ly-adverb-no-name", "Reportedly said the plan would fail.", []),
    ("h309-so-says-no-name", "So says a voice at the end of the film.", []),
    ("h309-with-narrator-saying", 'The ad ends with a narrator saying: "Vote no."',
     [("direct", "Vote no.", "a narrator")]),
    ("h309-with-pronoun-saying", 'The clip ends with him saying: "Goodbye."', [("direct", "Goodbye.", "him")]),
    ("h309-with-an-old-saying-stays", 'The speech ended with an old saying: "Where there is a will, there is '
     'a way."', [("direct", "Where there is a will, there is a way.", "The speech")]),
    # h315: a cue in the passive, with `be`, in a clause on a noun: that noun is what was said, no speaker
    ("h315-passive-relative-reported", "The board hired a manager who was reported to have quit a rival firm.",
     [("indirect", "who was reported to have quit a rival firm", None)]),
    ("h315-passive-relative-set-off-said", "She met Ann Ruiz, who was said to be the front-runner.",
     [("indirect", "who was said to be the front-runner", None)]),
    # h315: near-misses: the active relative clause's noun speaks; a passive infinitive is no relative clause
    ("h315-active-relative-stays", 'Critics who described the plan as "a giveaway" lost the vote.',
     [("mixed", 'the plan as "a giveaway"', "who")]),
    ("h315-passive-infinitive-conjunct-stays", "Some owners seek to be removed from the lists and argue that "
     "their fortunes are far smaller.", [("indirect", "that their fortunes are far smaller", "Some owners")]),
    # h315: an aside a preposition opens, set off by dashes after the noun phrase opening the sentence: that
    # noun phrase says it, not a noun inside the aside
    ("h315-dash-aside-host-remark", "Mr. Vale - in a remark that seemed aimed at the governor - declared that "
     "schools must come first.", [("indirect", "that schools must come first", "Mr. Vale")]),
    ("h315-dash-aside-host-letter", "The union - in a letter to the board - warned that the deal would fail.",
     [("indirect", "that the deal would fail", "The union")]),
    ("h315-dash-aside-host-em-dash", "The mayor \u2014 in a speech to the council \u2014 said the city would cut "
     "bus fares.", [("indirect", "the city would cut bus fares", "The mayor")]),
    # h315: near-misses: the sentence opens with no plain noun phrase; the aside is inside what was said
    ("h315-dash-aside-after-phrase-not-host", "After the vote - in a hall packed with nurses - the union said pay "
     "was too low.", [("indirect", "pay was too low", "the union")]),
    ("h315-dash-aside-in-report-not-host", "The union said the cost - in a city already short of money - was too "
     "high.", [("indirect", "the cost - in a city already short of money - was too high", "The union")]),
    # h310: a title-case parliament's record: an office with its holder's name in brackets (`The Prime Minister
    # (Rishi Sunak):`), a member's seat and party in brackets after the name; an office heads no tally, so a one-word
    # turn counts; a title-case phrase with a note in brackets (`The plan (in short):`) is nobody
    ("h310-hansard-title-case-offices", "Questions opened at noon.\n\nAnn Hale (Eastfield) (Lab): Will the Prime "
     "Minister admit that the housing plan has failed?\n\nThe Prime Minister (Rishi Sunak): We will act.\n\nAnn Hale: "
     "The figures show nothing of the kind.\n\nMr Speaker (Lindsay Hoyle): Order.\n\nThe Prime Minister: Builders "
     "are building more homes than ever.",
     [("direct", "Will the Prime Minister admit that the housing plan has failed?", "Ann Hale"),
      ("direct", "We will act.", "The Prime Minister (Rishi Sunak)"),
      ("direct", "The figures show nothing of the kind.", "Ann Hale"),
      ("direct", "Order.", "Mr Speaker (Lindsay Hoyle)"),
      ("direct", "Builders are building more homes than ever.", "The Prime Minister")]),
    # h310: a cue's participle after a noun for no one who speaks, a time after it, then a finite verb: a reduced
    # relative (`the plan that was announced Monday`), no report; one who speaks there reports, and a time right
    # before a finite verb is the clause's subject, part of what was said
    ("h310-timed-relative-plan-no-report", "The plan announced Monday would raise fees.", []),
    ("h310-timed-relative-cuts-no-report", "The cuts announced last week will hit schools.", []),
    ("h310-timed-relative-present-no-report", "The measures unveiled on Tuesday include a tax on sugar.", []),
    ("h310-timed-relative-report-said-stays", "The report released Monday said the plan would raise fees.",
     [("indirect", "the plan would raise fees", "The report released Monday")]),
    ("h310-body-announced-time-subject", "The ministry announced Monday would be a day of mourning.",
     [("indirect", "Monday would be a day of mourning", "The ministry")]),
    ("h310-pronoun-announced-time-subject", "He announced Monday would be a holiday.",
     [("indirect", "Monday would be a holiday", "He")]),
    ("h310-mayor-announced-time-then-clause-stays", "The mayor announced Monday the plan would raise fees.",
     [("indirect", "the plan would raise fees", "The mayor")]),
    # h310: `appeal to`, `plead with` one who may act, then `to` and a verb: a request, reported as `urged` reports
    # it (the one asked through the infinitive's clause); a visit, a time, a thing that attracts, a legal appeal and
    # the fee sense of `charge` are no report
    ("h310-appealed-to-voters-to", "The bishop appealed to voters to stay calm.",
     [("indirect", "voters to stay calm", "The bishop")]),
    ("h310-pleaded-with-residents-to", "Police pleaded with residents to stay indoors.",
     [("indirect", "residents to stay indoors", "Police")]),
    ("h310-pleaded-with-then-next-act", "The donors, who pleaded with Ms. Ruiz to run and armed her campaign with "
     "cash, were pleased.", [("indirect", "Ms. Ruiz to run", "who")]),
    ("h310-urged-members-to-agrees", "She urged members to reject the offer.",
     [("indirect", "members to reject the offer", "She")]),
    ("h310-called-on-visit-no-report", "She called on him at home to discuss the plan.", []),
    ("h310-appealed-to-time-no-report", "The senator appealed on Tuesday to the board.", []),
    ("h310-pleaded-guilty-no-report", "He pleaded guilty to fraud.", []),
    ("h310-ad-appeals-to-no-report", "The ad appeals to young voters to win them over.", []),
    ("h310-idea-appealed-to-no-report", "The idea appealed to voters who wanted change.", []),
    ("h310-ruling-appealed-no-report", "The ruling was appealed to the Supreme Court.", []),
    ("h310-charged-fee-sense-no-report", "The club charged members to use the pool.", []),
    ("h310-title-case-phrase-with-note-no-turn", "The plan (in short): we will act on housing now.\n\nThe council (in "
     "brief): it meets on Monday at noon.\n\nThe plan (in short): more homes for all of us.\n\nThe council (in "
     "brief): no new taxes this year.", []),
    # h314: `on` and a platform a post goes out on (`on X`, `on Telegram`, `on her Facebook page`) is where the
    # words were written, no topic of them: the `that` clause after it is what was said
    ("h314-wrote-on-x-that", "Minister Ana Braga wrote on X that the fires had fallen by half.",
     [("indirect", "that the fires had fallen by half", "Minister Ana Braga")]),
    ("h314-wrote-on-x-formerly-twitter-that", "Ana Braga wrote on X, formerly Twitter, that the fires had fallen.",
     [("indirect", "that the fires had fallen", "Ana Braga")]),
    ("h314-posted-on-telegram-that", "The mayor posted on Telegram that two drones had been shot down.",
     [("indirect", "that two drones had been shot down", "The mayor")]),
    ("h314-wrote-on-facebook-page-that", "Ruiz wrote on her Facebook page that the vote was rigged.",
     [("indirect", "that the vote was rigged", "Ruiz")]),
    ("h314-posted-on-social-media-that", "The senator posted on social media that the bill was dead.",
     [("indirect", "that the bill was dead", "The senator")]),
    ("h314-wrote-on-topic-stays", "The professor wrote on the economy in 2019.",
     [("indirect", "the economy", "The professor")]),
    ("h314-reported-on-platform-owner-stays", "The agency reported on Facebook's new policy.",
     [("indirect", "Facebook's new policy", "The agency")]),
    # h314: a lower-case surname particle right before a capitalised name opens the surname, whatever its tag
    ("h314-particle-opens-surname", '"We are at peace," dos Santos said.', [("direct", "We are at peace,", "dos Santos")]),
    ("h314-particle-opens-surname-inverted", '"We are at peace," said dos Santos.',
     [("direct", "We are at peace,", "dos Santos")]),
    ("h314-particle-after-comma-opener", "Later, dos Santos said the war was over.",
     [("indirect", "the war was over", "dos Santos")]),
    ("h314-particle-in-full-name", "President José Eduardo dos Santos said the war was over.",
     [("indirect", "the war was over", "President José Eduardo dos Santos")]),
    # h314: `according to` a rendering of the words in another tongue (a translation, an interpreter) tells how
    # the words came into English: no source, the quotation stays its tag's
    ("h314-according-to-translation", '"Our hands are clean," Maduro told reporters, according to a translation by '
     'the agency.', [("direct", "Our hands are clean,", "Maduro")]),
    ("h314-according-to-interpreter", '"We won," Ruiz said, according to her interpreter.',
     [("direct", "We won,", "Ruiz")]),
    ("h314-according-to-official-translation-opening", "According to an official translation, the minister said the "
     "talks had failed.", [("indirect", "the talks had failed", "the minister")]),
    ("h314-according-to-source-stays", "The plant will close, according to the company.",
     [("indirect", "The plant will close", "the company")]),
    # h314: a lower-case particle between the capitalised words of a paper's name is the name's, no part of
    # what was told
    ("h314-told-paper-with-particle", "The minister told Corriere della Sera the talks would resume.",
     [("indirect", "the talks would resume", "The minister")]),
    ("h314-told-paper-with-particle-that", "Ruiz told Diario de Noticias that the strike was over.",
     [("indirect", "that the strike was over", "Ruiz")]),
    # h318: a misread `told` (taken for a modifier of the noun after it) after a capitalised word opening the
    # sentence that the tagger took for an adverb: the name speaks (name-past-cue); an adverb by its form does not
    ("h318-name-misread-told", "Dzulkefly told reporters the ministry would act.",
     [("indirect", "the ministry would act", "Dzulkefly")]),
    ("h318-name-misread-told-that", "Dzulkefly told reporters that the ministry would act.",
     [("indirect", "that the ministry would act", "Dzulkefly")]),
    ("h318-adverb-misread-told-none", "Reportedly told reporters the ministry would act.", []),
    # h318: after an inverted speaker's office, `and` and another office's phrase closing the sentence join it (one
    # who holds both, or both); a clause after `and` does not
    ("h318-inverted-second-office", '"We will table the budget," said HE the Prime Minister and the Minister of '
     'Finance.', [("direct", "We will table the budget,", "HE the Prime Minister and the Minister of Finance")]),
    ("h318-inverted-and-clause-stays", '"We will table the budget," said the mayor and the council agreed.',
     [("direct", "We will table the budget,", "the mayor")]),
    # h318: an `-ing` verb right after a verb that takes it (`keep fighting`) may close the clause a noun cue reports
    # before the sentence's own predicate (a past with its object)
    ("h318-agent-noun-infinitive-gerund", "The vow by the rebels to keep fighting alarmed the region.",
     [("indirect", "to keep fighting", "the rebels")]),
    ("h318-agent-noun-that-gerund", "The claim by the mayor that workers kept striking angered voters.",
     [("indirect", "that workers kept striking", "the mayor")]),
    # h316: a cue in a restrictive relative clause on the noun phrase opening its sentence (its subject) reports no
    # further than the sentence's own verb, which comes after an adjective or passive closing the report; one on
    # an object runs to the end; a participle with a time phrase after a noun for no one who speaks is no report
    ("h316-subject-relative-said-clause", "The official who said the plan was dead resigned on Monday.",
     [("indirect", "the plan was dead", "who")]),
    ("h316-subject-relative-said-that", "The official who said that the plan was dead resigned on Monday.",
     [("indirect", "that the plan was dead", "who")]),
    ("h316-subject-relative-passive-then-auxiliary", "The aide who said the deal was done was fired on Friday.",
     [("indirect", "the deal was done", "who")]),
    ("h316-subject-relative-told-listener", "The aide who told reporters the deal was done was fired on Friday.",
     [("indirect", "the deal was done", "who")]),
    ("h316-subject-relative-claimed-infinitive", "A witness who claimed to have seen the shooting later recanted.",
     [("indirect", "to have seen the shooting", "who")]),
    ("h316-subject-relative-inner-relative-stays", "The official who said the plan the mayor backed was dead "
     "resigned.", [("indirect", "the plan the mayor backed was dead", "who")]),
    ("h316-object-relative-runs-to-end", "Lee met the woman who said that the plan was dead.",
     [("indirect", "that the plan was dead", "who")]),
    ("h316-timed-participle-two-words-no-report", "The cuts proposed last month would close four schools.", []),
    # h316: a description opened by `a` or `an` between dashes set off by spaces before the verb describes the
    # speaker, as one between commas does, whatever dash
    ("h316-dashed-apposition-hyphen", "The union - a group of nurses - said the deal was fair.",
     [("indirect", "the deal was fair", "The union")]),
    ("h316-dashed-apposition-double-hyphen", "The union -- a group of nurses -- said the deal was fair.",
     [("indirect", "the deal was fair", "The union")]),
    ("h316-dashed-apposition-em-dash", "The union \u2014 a group of nurses \u2014 said the deal was fair.",
     [("indirect", "the deal was fair", "The union")]),
    ("h316-dashed-apposition-name-stays", "Hart - a Democrat - said the deal was fair.",
     [("indirect", "the deal was fair", "Hart")]),
    ("h316-dashed-phrase-then-subject-stays", "In the memo - sent to the county's lawyer, Ann Ruiz - the senator asks "
     "for an audit of the fund.", [("indirect", "an audit of the fund", "the senator")]),
    # h327: a misread `told` after `and` reports the clause whose subject opens right after the one told, as
    # with `that` (`_misread_cue_rest`, one home with `owner-verb`); a noun phrase told is no clause
    ("h327-joined-told-bare-clause", "Ruiz vowed to fight on and told supporters the count was not over.",
     [("indirect", "to fight on", "Ruiz"), ("indirect", "the count was not over", "Ruiz")]),
    ("h327-joined-told-story-no-clause", "Ruiz vowed to fight on and told supporters a story about the war.",
     [("indirect", "to fight on", "Ruiz")]),
    # h320: a description opened by `the` or a bare superlative between dashes set off by spaces describes the
    # speaker before it too, a noun's or a name's; one dash with no closing one is a break, no apposition
    ("h320-dashed-apposition-superlative", "The union - the largest in the state - said the deal was fair.",
     [("indirect", "the deal was fair", "The union")]),
    ("h320-dashed-apposition-bare-superlative", "The union - largest in the state - said the deal was fair.",
     [("indirect", "the deal was fair", "The union")]),
    ("h320-dashed-apposition-the-double-hyphen", "The union -- the biggest in Ohio -- said the deal was fair.",
     [("indirect", "the deal was fair", "The union")]),
    ("h320-dashed-apposition-the-only", "The mayor - the only Democrat on the council - said the deal was fair.",
     [("indirect", "the deal was fair", "The mayor")]),
    ("h320-dashed-apposition-one-name", "Hart - the first woman in the post - said the deal was fair.",
     [("indirect", "the deal was fair", "Hart")]),
    ("h320-dashed-apposition-full-name", "Jo Hart - a teacher - says the deal was fair.",
     [("indirect", "the deal was fair", "Jo Hart")]),
    ("h320-dashed-aside-report-stays", "The nurses - the union said - were tired.", []),
    # h320: after a verb of telling, a name is the one told, whatever the parse made of it: one capitalised word
    # before the clause's words, an initial's period joined to a capitalised word (`S.Paulo`), a one-letter word
    # (`O Globo`), a closing noun of the outlet's kind (`newspaper`, `daily`); a `that` after it opens the clause
    ("h320-told-name-initial-joint", "Bolsonaro told Folha de S.Paulo the talks would resume.",
     [("indirect", "the talks would resume", "Bolsonaro")]),
    ("h320-told-name-outlet-noun-that", "Lula told O Globo newspaper that the talks would resume.",
     [("indirect", "that the talks would resume", "Lula")]),
    ("h320-told-name-daily", "Lee told Folha daily the deal was off.", [("indirect", "the deal was off", "Lee")]),
    ("h320-told-one-name-bare-subject", "Lee told Smith investigators found the files.",
     [("indirect", "investigators found the files", "Lee")]),
    ("h320-told-one-name-clause", "Lee told Reuters the deal was off.", [("indirect", "the deal was off", "Lee")]),
    ("h320-told-one-name-that-conjunct-stays", "Lee told Congress that the deal was off, but the board refused to "
     "sign.", [("indirect", "that the deal was off", "Lee")]),
    ("h320-told-one-name-conjunct-cut", "Lee told Congress the deal was off, but the board refused to sign.",
     [("indirect", "the deal was off", "Lee")]),
    ("h320-told-name-plural-listener", "Lee told Trump supporters the election was stolen.",
     [("indirect", "the election was stolen", "Lee")]),
    ("h320-told-listener-time-that", "Lee told the Ledger on Monday that the deal was off.",
     [("indirect", "that the deal was off", "Lee")]),
    # h320: a particle the parse hung from `tell` inside the clause told is the clause's predicate (`was off`)
    ("h320-told-particle-in-clause-occasion", "Lee told reporters the deal was off at a news conference in Paris.",
     [("indirect", "the deal was off", "Lee")]),
    ("h320-told-particle-in-clause-briefing", "The minister told parliament the strike was off at a briefing in "
     "Lagos on Monday.", [("indirect", "the strike was off", "The minister")]),
    ("h320-told-off-scolding-no-report", "Lee told reporters off at a news conference in Paris.", []),
    # h320: `X quoted Y as saying S`: Y speaks, whatever the parse made of Y's head
    ("h320-quoted-as-adjective-head", "Yonhap quoted an official as saying the missile flew 600 km.",
     [("indirect", "the missile flew 600 km", "an official")]),
    ("h320-quoted-as-plural", "The agency quoted officials as saying the road would open.",
     [("indirect", "the road would open", "officials")]),
    ("h320-quoted-as-adjective-phrase", "Interfax quoted a source close to the talks as saying the deal was near.",
     [("indirect", "the deal was near", "a source close to the talks")]),
    ("h320-told-one-name-mistagged", "Hale told Ann the plan was dead.", [("indirect", "the plan was dead", "Hale")]),
    # h320: a reflexive pronoun may open a description set off by dashes (`herself a former nurse`)
    ("h320-dashed-apposition-reflexive", "The minister - herself a former nurse - said the wards were full.",
     [("indirect", "the wards were full", "The minister")]),
    # h324: stock phrases built on a verb or noun of saying (lexicon STOCK_SAYINGS) report nothing; a real report
    # beside one still comes out, and the same words opening a report are one
    ("h324-goes-without-saying", "It goes without saying that the team is tired.", []),
    ("h324-goes-without-saying-report-beside", "It goes without saying that the team is tired, the coach said.",
     [("indirect", "It goes without saying that the team is tired", "the coach")]),
    ("h324-having-said-that", "Having said that, the coach was pleased.", []),
    ("h324-having-said-that-report-kept", "Having said that he would go, Lee left early.",
     [("indirect", "that he would go", "Lee")]),
    ("h324-that-said-then-report", "That said, she noted that the plan was good.",
     [("indirect", "that the plan was good", "she")]),
    ("h324-to-tell-the-truth", "To tell the truth, the plan failed.", []),
    ("h324-to-tell-you-the-truth", "To tell you the truth, the plan failed.", []),
    ("h324-easier-said-than-done", "Easier said than done, the plan collapsed.", []),
    ("h324-easier-said-than-done-quoted-term", 'Lee spoke at noon.\n\nBut "cutting taxes" is easier said than done.',
     []),
    ("h324-easier-said-than-done-inside-quote", '"Cutting taxes is easier said than done," Lee said.',
     [("direct", "Cutting taxes is easier said than done,", "Lee")]),
    ("h324-all-is-said-and-done", "When all is said and done, the team won.", []),
    ("h324-as-they-say", "The river, as they say, had a mind of its own.", []),
    ("h324-as-they-say-they-will-reports", "The unions will strike, as they say they will.",
     [("indirect", "they will", "they")]),
    ("h324-as-they-said-reports", "The river, as the engineers said, had a mind of its own.",
     [("indirect", "The river had a mind of its own", "the engineers")]),
    ("h324-as-they-say-in-a-field", "He boat-raced her, as they say in baseball.", []),
    ("h324-as-they-say-in-their-letter", "The unions want a raise, as they say in their letter.",
     [("indirect", "The unions want a raise", "they")]),
    ("h324-as-they-say-in-a-statement", "The unions want a raise, as they say in a statement.",
     [("indirect", "The unions want a raise", "they")]),
    ("h324-as-the-saying-goes-content", "The crew reported for duty at dawn, as the saying goes.", []),
    ("h324-needless-to-say", "Needless to say, the fans were delighted.", []),
    ("h324-needless-to-say-report-beside", "Needless to say, the mayor, who said the plan would work, was wrong.",
     [("indirect", "the plan would work", "who")]),
    ("h324-that-is-to-say", "That is to say, nobody slept.", []),
    ("h324-so-to-speak", "The budget, so to speak, is a blank cheque.", []),
    # h324: a force of nature, an accident or a contest's outcome (lexicon MUTE_HAPPENINGS) says nothing: a cue verb
    # with one for its subject is a figure of speech; those who speak of it still report
    ("h324-storm-warned-of-nothing", "The storm warned of nothing before it struck.", []),
    ("h324-storm-warned-clause", "The storm warned residents that the river would rise.", []),
    ("h324-forecasters-warned-clause", "Forecasters warned residents that the river would rise.",
     [("indirect", "that the river would rise", "Forecasters")]),
    ("h324-win-confirmed-place", "The win confirmed their place in the final.", []),
    ("h324-coach-confirmed-place", "The coach confirmed their place in the final.",
     [("indirect", "their place in the final", "The coach")]),
    ("h324-flood-promised-damage", "The flood promised more damage to come.", []),
    ("h324-fire-reminded-clause", "The fire reminded residents that the town needed a new station.", []),
    ("h324-fire-chief-reminded-clause", "The fire chief reminded residents that the town needed a new station.",
     [("indirect", "that the town needed a new station", "The fire chief")]),
    ("h324-owned-victory-confirmed", "Her victory confirmed the strength of her campaign.", []),
    # h326: an earnings call's transcript: a role after a dash is no part of the label's name; `Analyst:` a role
    ("h326-earnings-call-turns", "Operator: Good morning, and welcome to the Halcyon Foods earnings call.\n\n"
     "Ann Lee -- Chief Executive Officer: Thank you. We grew organic sales 6 percent.\n\n"
     "Tom Hale -- Chief Financial Officer: Gross margin expanded 140 basis points.\n\n"
     "Analyst: Can you talk about the promotional environment?\n\n"
     "Ann Lee -- Chief Executive Officer: Promotions remain rational.\n\n"
     "Tom Hale -- Chief Financial Officer: And we have room to invest behind the brands.",
     [("direct", "Good morning, and welcome to the Halcyon Foods earnings call.", "Operator"),
      ("direct", "Thank you. We grew organic sales 6 percent.", "Ann Lee"),
      ("direct", "Gross margin expanded 140 basis points.", "Tom Hale"),
      ("direct", "Can you talk about the promotional environment?", "Analyst"),
      ("direct", "Promotions remain rational.", "Ann Lee"),
      ("direct", "And we have room to invest behind the brands.", "Tom Hale")]),
    ("h326-dash-heading-not-a-turn", "Outlook -- What It Means: Sales will slow.\n\nThe company gave no figures.", []),
    # h326: `that`, a word that may be a verb, a noun and an auxiliary: the clause's subject and its verb
    ("h326-told-that-compound-subject", "Ellis told analysts that gross margin would improve in the second half, "
     "but warned that freight costs remained elevated.",
     [("indirect", "that gross margin would improve in the second half", "Ellis"),
      ("indirect", "that freight costs remained elevated", "Ellis")]),
    ("h326-told-that-plain-subject", "Lee told the board that sales would rise.",
     [("indirect", "that sales would rise", "Lee")]),
    # h330: a first-person hedge set off by marks (lexicon STOCK_SAYINGS) is the speaker's aside, no report; with
    # `that` it reports, and a report around one still comes out
    ("h330-i-must-say-aside", "I must say, the food was good.", []),
    ("h330-i-must-say-set-off", "The food, I must say, was good.", []),
    ("h330-i-must-say-closing", "The food was good, I must say.", []),
    ("h330-i-have-to-admit-aside", "I have to admit, the plan works.", []),
    ("h330-i-have-to-tell-you-aside", "I have to tell you, the food was good.", []),
    ("h330-i-must-say-that-reports", "I must say that the food was good.",
     [("indirect", "that the food was good", "I")]),
    ("h330-i-must-say-inside-quote", '"I must say, the food was good," Lee said.',
     [("direct", "I must say, the food was good,", "Lee")]),
    # h330: a verb of telling whose listener right after it is a reflexive pronoun, with a noun phrase and no clause,
    # gives itself a thing: a resolve, no report
    ("h330-promised-himself", "He promised himself a holiday.", []),
    ("h330-promised-herself-new-car", "She promised herself a new car.", []),
    ("h330-promised-listener-that-reports", "He promised voters that taxes would fall.",
     [("indirect", "that taxes would fall", "He")]),
    ("h330-emphatic-reflexive-teller-reports", "The mayor herself told reporters that the road was shut.",
     [("indirect", "that the road was shut", "The mayor")]),
    # h330: a noun plural without `-s` (lexicon PLURAL_ONLY_NOUNS) after a passive's `by` is its agent, no means
    ("h330-told-by-police-agent", "Residents were told by police that the road was shut.",
     [("indirect", "that the road was shut", "police")]),
    ("h330-told-by-phone-means", "She was told by phone that the flight was full.",
     [("indirect", "that the flight was full", None)]),
    # h333: a report within another's content is not emitted (README): the outer report only
    ("h333-nested-report-outer-only",
     "The chief of staff told senators that the deal was final, two people in the room said.",
     [("indirect", "The chief of staff told senators that the deal was final", "two people in the room")]),
    # h341: an account's handle after a dash closing a post's quotation signs it, with the post's date after it
    ("h341-handle-date-next-line", 'The mayor replied within minutes.\n\n"We will rebuild, together."\n'
     '\u2014 @MayorJoKent, March 3, 2024\n\nKent later toured the site.',
     [("direct", "We will rebuild, together.", "@MayorJoKent")]),
    ("h341-handle-date-same-line", '"We will rebuild, together." \u2014 @MayorJoKent 3 March 2024\n\nKent later '
     'toured the site.', [("direct", "We will rebuild, together.", "@MayorJoKent")]),
    ("h341-handle-date-own-cue-stays", '"We will rebuild, together," Kent wrote.\n\u2014 @MayorJoKent, March 3, 2024',
     [("direct", "We will rebuild, together,", "Kent")]),
    ("h341-handle-date-in-prose-cue-stays", 'Kent posted "We will rebuild" \u2014 @MayorJoKent, March 3, 2024',
     [("direct", "We will rebuild", "Kent")]),
    # h341: a live blog's clock time opening a paragraph with no dash or colon is its stamp, no part of the sentence
    ("h341-bare-stamp-24h", "The foreign secretary has spoken.\n\n22:52 Nato's secretary general said the alliance "
     "was ready.", [("indirect", "the alliance was ready", "Nato's secretary general")]),
    ("h341-bare-stamp-am-zone", "Live updates\n\n10:42 a.m. ET Nato's secretary general said the alliance was ready.",
     [("indirect", "the alliance was ready", "Nato's secretary general")]),
    ("h341-bare-stamp-quote", '11:05 "We will win this," Smith told reporters.',
     [("direct", "We will win this,", "Smith")]),
    ("h341-time-in-sentence-not-stamp", "At 10:42 a.m. Nato's secretary general said the alliance was ready.",
     [("indirect", "the alliance was ready", "Nato's secretary general")]),
    # h341: `cite` with a noun for speakers (lexicon SPEAKER_NOUNS) names the report's source, none of its words; the
    # words reported end before a comma and `citing`, the report's sources or reasons
    ("h341-citing-two-sources", "Reuters reported that the talks had collapsed, citing two sources.",
     [("indirect", "that the talks had collapsed", "Reuters")]),
    ("h341-citing-officials-cut", "The paper said the deal was off, citing officials.",
     [("indirect", "the deal was off", "The paper")]),
    ("h341-citing-people-familiar-cut", "CNN reported Tuesday that the deal was off, citing people familiar with the "
     "talks.", [("indirect", "that the deal was off", "CNN")]),
    ("h341-citing-reason-stays", "Acme cut its outlook, citing weak demand in Europe.",
     [("indirect", "weak demand in Europe", "Acme")]),
    ("h341-citing-memo-stays", "Bloomberg said the bank would cut 500 jobs, citing an internal memo.",
     [("indirect", "the bank would cut 500 jobs", "Bloomberg"), ("indirect", "an internal memo", "Bloomberg")]),
    # h341: a post pasted with no marks, signed by a dash and the handle alone with the post's date
    ("h341-post-handle-date-blank-line", "The mayor replied within minutes.\n\nWe will rebuild, together. Thank you "
     "to every first responder.\n\n\u2014 @MayorJoKent, March 3, 2024\n\nKent later toured the site.",
     [("direct", "We will rebuild, together. Thank you to every first responder.", "@MayorJoKent")]),
    ("h341-post-handle-date-next-line", "The governor wrote on X.\n\nHelp is on the way. Stay safe, everyone.\n"
     "-- @GovAnaRuiz, 3 March 2024\n\nRuiz toured the coast later.",
     [("direct", "Help is on the way. Stay safe, everyone.", "@GovAnaRuiz")]),
    ("h341-post-handle-no-date-not-signed", "The mayor replied within minutes.\n\nWe will rebuild, together.\n\n"
     "\u2014 @MayorJoKent\n\nKent later toured the site.", []),
    ("h341-post-handle-in-email-not-signed", "The mayor replied within minutes.\n\nWrite to the desk at "
     "news@example.com, March 3, 2024.", []),
    # h340: an untagged short question alone in its paragraph between two of one speaker's quotations is another's
    # prompt (an interviewer's): kept with no speaker, never joined to the quotation before
    ("h340-prompt-between-one-speaker",
     '"I left home at 16," Maria Costa said.\n\n"And then?"\n\n"Then I found work in the port," she said.',
     [("direct", "I left home at 16,", "Maria Costa"), ("direct", "And then?", None),
      ("direct", "Then I found work in the port,", "she")]),
    ("h340-prompt-between-same-name",
     '"The bridge is closed," Hale said.\n\n"For how long?"\n\n"Until May," Hale said.',
     [("direct", "The bridge is closed,", "Hale"), ("direct", "For how long?", None),
      ("direct", "Until May,", "Hale")]),
    ("h340-prompt-between-pronoun-then-name",
     '"My mother sold here before me," she said.\n\n"Why this corner?"\n\n"Because the buses stop here," Rosa '
     'Mendez said.',
     [("direct", "My mother sold here before me,", "she"), ("direct", "Why this corner?", None),
      ("direct", "Because the buses stop here,", "Rosa Mendez")]),
    # h340: near-misses: a question with more after it in its paragraph, or an untagged answer after it, is the
    # speaker going on
    ("h340-question-and-more-goes-on",
     '"We lost the vote," Hale said.\n\n"What now? We regroup and come back in January."\n\n"It will take time," he '
     'said.',
     [("direct", "We lost the vote, What now? We regroup and come back in January.", "Hale"),
      ("direct", "It will take time,", "he")]),
    ("h340-question-untagged-answer-goes-on",
     '"We lost the vote," Hale said.\n\n"Why?"\n\n"Because we ran out of time."',
     [("direct", "We lost the vote, Why? Because we ran out of time.", "Hale")]),
    # h337: a subordinator after a quotation's closing mark still opens a clause of its own, no reporting clause
    ("h337-while-after-closing-mark",
     'Lee calls the mayor "my old friend," while Ruiz calls the governor "Chris."',
     [("mixed", 'the mayor "my old friend,"', "Lee"), ("mixed", 'the governor "Chris."', "Ruiz")]),
    # h337: a cue in a clause opened by a question word after the comma is no closing reporting clause
    ("h337-regardless-of-how-many", "Congress can change the law at any time, regardless of how many officials "
     "assure voters to the contrary.", []),
    ("h337-regardless-of-what", "The river will flood again, regardless of what officials say.", []),
    # h337: `a` and a noun summing the clause up after its comma is the writer's apposition, no reporting clause
    ("h337-summing-plan-participle", "The plant will close in June, a plan announced earlier this year.", []),
    ("h337-summing-point-keeps-tag", "Sources told the paper, however, that she did join the call, a point the "
     "senator also acknowledged to reporters.", [("indirect", "that she did join the call", "Sources")]),
    ("h337-closing-tag-person-kept", "The plant will close in June, a spokesman announced.",
     [("indirect", "The plant will close in June", "a spokesman")]),
    ("h337-closing-tag-statement-kept", "The plant will close in June, a statement said.",
     [("indirect", "The plant will close in June", "a statement")]),
    # h337: a clause that opens within round brackets ends at their close, the writer's sentence going on after
    ("h337-bracket-paraphrase", 'The 1992 race (which Lee won after declaring himself the "comeback kid") makes '
     "this a must-win contest.", [("mixed", 'himself the "comeback kid"', "Lee")]),
    ("h337-bracket-relative-clause", "The mayor (who said last week that the bridge was safe) now faces questions.",
     [("indirect", "that the bridge was safe", "who")]),
    ("h337-bracket-inside-clause-kept", "Lee said the plan (a long-awaited one) would cost $2 million.",
     [("indirect", "the plan (a long-awaited one) would cost $2 million", "Lee")]),
    # h337: a comma and a word of contrast, or a semicolon, ends a reported noun phrase: the writer's words follow
    ("h337-object-ends-at-but", "Officials deny any links to the group, but critics point to its funding.",
     [("indirect", "any links to the group", "Officials")]),
    ("h337-object-ends-at-but-not", "The minister denied the charges, but not the fine.",
     [("indirect", "the charges", "The minister")]),
    ("h337-object-list-kept", "The union demanded higher wages, shorter hours and safer plants.",
     [("indirect", "higher wages, shorter hours and safer plants", "The union")]),
    # h337: an `-ing` cue right after the noun phrase opening its sentence is that phrase's, not a later subject's
    ("h337-opening-noun-participle", "A report saying the plant would close alarmed the town.",
     [("indirect", "the plant would close", "A report")]),
    # h339: a phrase naming some of the listeners, set off by commas, is the listener's, not what was told
    ("h339-told-listener-including", "Lee told reporters, including a Reuters correspondent, the plan was dead.",
     [("indirect", "the plan was dead", "Lee")]),
    ("h339-told-listener-among-them", "He told reporters, among them a BBC crew, he would not quit.",
     [("indirect", "he would not quit", "He")]),
    ("h339-told-listener-including-joined", "She told staff, including nurses and porters, the ward would close.",
     [("indirect", "the ward would close", "She")]),
    # h339: after a lower-case listener noun, a name with its finite verb opens the clause told; a name with none
    # after it is the listener's own
    ("h339-told-paper-name-clause", "Ruiz told the paper Hale had lied.", [("indirect", "Hale had lied", "Ruiz")]),
    ("h339-told-wife-name-clause", "He told his wife Mary was ill.", [("indirect", "Mary was ill", "He")]),
    ("h339-told-newspaper-name-listener", "She told the newspaper Le Monde the talks had failed.",
     [("indirect", "the talks had failed", "She")]),
    ("h339-told-wife-name-listener", "He told his wife Mary he was leaving.",
     [("indirect", "he was leaving", "He")]),
    # h339: `citing` opening its sentence puts forward the reason for the step its clause tells, its subject's
    # report (not before a report of its own, whose source it names; not before a passive, nor with a clause in it)
    ("h339-citing-opening-reason", "Citing weak demand, the company cut its outlook.",
     [("indirect", "weak demand", "the company")]),
    ("h339-citing-opening-of-phrase", "Citing a lack of evidence, prosecutors dropped the charges.",
     [("indirect", "a lack of evidence", "prosecutors")]),
    ("h339-citing-opening-compound", "Citing security concerns, police closed the bridge.",
     [("indirect", "security concerns", "police")]),
    ("h339-citing-opening-before-report", "Citing two sources, the paper reported that the mayor would resign.",
     [("indirect", "that the mayor would resign", "the paper")]),
    ("h339-citing-opening-passive-nothing", "Citing privacy rules, the request was denied.", []),
    ("h339-citing-opening-pronoun-nothing", "Citing him as an example, the coach praised young players.", []),
    # h339: `at` and a place's name after the listener tell where it was told, no part of it
    ("h339-told-jury-at-court", "The defendant told the jury at Leeds Crown Court he had acted in self-defence.",
     [("indirect", "he had acted in self-defence", "The defendant")]),
    ("h339-told-mps-at-place", "The minister told MPs at Westminster the vote would go ahead.",
     [("indirect", "the vote would go ahead", "The minister")]),
    # h339: `of` after a listener may open a topic whose noun takes a relative clause with no `that`: that clause is
    # no clause told (as before)
    ("h339-reminded-of-contact-relative", "In Nevada, he reminded voters of the six years his family had lived there.",
     []),
    ("h339-reminded-of-name-relative", "Clinton reminded the audience of comments Trump made about women.", []),
    # h339: a topic after the listener of `warn` is a reported noun phrase, two words enough
    ("h339-warned-listener-of-two-words", "The union warned members of possible layoffs.",
     [("indirect", "possible layoffs", "The union")]),
    # h339: `appeal for` one who may act, then `to` and a verb: a request, as `urge` reports it; not a thing asked
    ("h339-appealed-for-witnesses-to", "Police appealed for witnesses to come forward.",
     [("indirect", "witnesses to come forward", "Police")]),
    ("h339-appealed-for-funds-no-report", "The charity appealed for funds to rebuild the school.", []),
    # h339: `not` or `never` right before a request's `to` is the infinitive's, however the parse hung it
    ("h339-urged-not-to", "Officials have urged people not to travel.",
     [("indirect", "people not to travel", "Officials")]),
    ("h339-asked-not-to", "She asked the court not to jail him.", [("indirect", "the court not to jail him", "She")]),
    ("h339-asked-never-to", "The mayor asked residents never to leave pets outside.",
     [("indirect", "residents never to leave pets outside", "The mayor")]),
    # h339: a relative clause set off after the listener may open with a quantifier or number and `of whom`
    ("h339-told-many-of-whom-that", "The council leader has told residents, many of whom lost their homes, that help "
     "is on the way.", [("indirect", "that help is on the way", "The council leader")]),
    ("h339-told-two-of-whom-that", "She told the families, two of whom had lost children, that an inquiry would open.",
     [("indirect", "that an inquiry would open", "She")]),
    # h339: `to` right after an active verb of disclosing or signalling opens the one spoken to, not an infinitive;
    # a past form with no `be` is active, whatever the parse made of its subject
    ("h339-disclosed-to-listener-that", "Officials disclosed to lawmakers that the program had been cut.",
     [("indirect", "that the program had been cut", "Officials")]),
    ("h339-signalled-to-listener-that", "The bank signalled to investors that rates would fall.",
     [("indirect", "that rates would fall", "The bank")]),
    ("h339-confirmed-to-be-passive-nothing", "The rumour was confirmed to be false.", []),
    ("h339-pledged-to-infinitive-stays", "The mayor pledged to fight that battle until the end.",
     [("indirect", "to fight that battle until the end", "The mayor")]),
    # h335: an aside set off by dashes between a noun phrase opening its clause and the verb (a description, a
    # relative clause, examples of its members) leaves the noun phrase the speaker, whatever the verb's tag
    ("h335-dash-description-told", "Ann Lowe - a former nurse at the clinic - told The Ledger that the ward had "
     "been understaffed.", [("indirect", "that the ward had been understaffed", "Ann Lowe")]),
    ("h335-dash-members-warned", "Several economists - including two who sit on the board - warned that rates could "
     "rise again.", [("indirect", "that rates could rise again", "Several economists")]),
    ("h335-dash-members-argue-noun", "Many doctors - including some at the county hospital - argue that the rules "
     "are too strict.", [("indirect", "that the rules are too strict", "Many doctors")]),
    ("h335-dash-relative-states-fronted", "In her memoir, Lowe \u2014 who ran the clinic for a decade \u2014 states "
     "that the ward was understaffed.", [("indirect", "that the ward was understaffed", "Lowe")]),
    ("h335-dash-aside-fronted-warn", "Even so, some economists - including a few on the bank's own board - warn that "
     "rates could rise too soon.", [("indirect", "that rates could rise too soon", "some economists")]),
    ("h335-dash-members-no-cue", "Prices - including rents - rose sharply last year.", []),
    ("h335-dash-description-no-cue", "Rents - the highest in the state - worry many families.", []),
    # h335: a tensed cue set off by a comma and `then`, with no subject, has the subject of the verb before it
    ("h335-comma-then-says", "The mayor toured the flooded streets on Monday, then says he will ask the state for "
     "help.", [("indirect", "he will ask the state for help", "The mayor")]),
    ("h335-comma-then-own-subject", "The council met on Monday, then the mayor said the budget was short.",
     [("indirect", "the budget was short", "the mayor")]),
    # h335: a base form that no noun spells after a relative `that` is a verb (`firms that warn ...`)
    ("h335-that-warn-relative", "The law was opposed by several firms that warn it could harm tourism.",
     [("indirect", "it could harm tourism", "several firms")]),
    ("h335-that-argue-quarrel-no-report", "The parents that argue with the coach sit apart.", []),
    ("h335-comma-then-no-cue", "The mayor thanked the crowd, then left the hall.", []),
    # h336: a wordless sound of feeling (lexicon FEELING_SOUND_VERBS) in an `as` clause tells when, no one's words
    ("h336-as-crowd-cheered-sport", "The captain lifted the trophy as the crowd cheered.", []),
    ("h336-as-fans-screamed-music", "The singer thanked her fans as they screamed.", []),
    ("h336-as-mother-sobbed-court", "The verdict was read out, as his mother sobbed in the gallery.", []),
    ("h336-as-mother-wept-court-report-kept",
     "The prosecutor said the boy had been shot twice, as the victim's mother wept.",
     [("indirect", "the boy had been shot twice", "The prosecutor")]),
    ("h336-as-minister-warned-reports", "Prices will rise, as the minister warned.",
     [("indirect", "Prices will rise", "the minister")]),
    ("h336-as-she-screamed-quote-reports", 'The crowd fell silent as she screamed, "Help me!"',
     [("direct", "Help me!", "she")]),
    # h336: a cue's `-s` form closing a plain noun phrase that opens its sentence, a past, modal or finite auxiliary
    # right after it, is a plural noun, the subject (`Insurance claims rose`), no verb of saying
    ("h336-insurance-claims-rose", "Insurance claims rose 12 percent last year.", []),
    ("h336-warranty-claims-will-fall", "Warranty claims will fall this year.", []),
    ("h336-union-claims-were-ignored", "The union claims were ignored for years.", []),
    ("h336-management-says-reports", "Management says costs will fall.",
     [("indirect", "costs will fall", "Management")]),
    ("h336-labour-claims-reports", "Labour claims the tax will hurt families.",
     [("indirect", "the tax will hurt families", "Labour")]),
    # h336: a cue with its own message right after it (a noun object that is no time and no listener, no comma
    # between; an `-ing` complement) is no tag of the clause before it, which tells what went on
    ("h336-reported-earning-own-message",
     "The club has been a money-maker for the family, however -- he reported earning $2 million from it last year.",
     [("indirect", "earning $2 million from it last year", "he")]),
    ("h336-didnt-mention-own-object",
     "The hearing was short: while the judge talked about the risks, she didn't mention any penalty.",
     [("indirect", "any penalty", "she")]),
    ("h336-said-tuesday-tag-kept", "Prices will rise, the chief executive said Tuesday.",
     [("indirect", "Prices will rise", "the chief executive")]),
    ("h336-told-reporters-tag-kept", "Prices will rise, he told reporters on Monday.",
     [("indirect", "Prices will rise", "he")]),
    ("h336-confirmed-this-week-tag-kept", "The striker is fit, the manager confirmed this week.",
     [("indirect", "The striker is fit", "the manager")]),
    ("h336-reported-days-ago-tag-kept", "The club will be sold, the Ledger reported ten days ago.",
     [("indirect", "The club will be sold", "the Ledger")]),
    ("h336-inverted-said-daughter-kept", "The deal was dead, said his spokesman, Tom Vale.",
     [("indirect", "The deal was dead", "his spokesman, Tom Vale")]),
    # h336: the writer's own aside (`it should be noted that`) and a paper's note on its correction (`updated to
    # note that`) are stock wording (lexicon STOCK_SAYINGS), no one's report
    ("h336-it-should-be-noted-aside", "It should be noted that the drug has not been tested in children.", []),
    ("h336-it-must-be-said-aside", "But it must be said that the team played well.", []),
    ("h336-updated-to-note-correction", "This story has been updated to note that the club declined to comment.", []),
    ("h336-judge-said-noted-kept", "The judge said it should be noted that the defendant had no record.",
     [("indirect", "it should be noted that the defendant had no record", "The judge")]),
    ("h336-spokesman-noted-reports", "A club spokesman noted that the stadium had been full.",
     [("indirect", "that the stadium had been full", "A club spokesman")]),
    # h342: Commonwealth and South Asian short forms of a title's words and ranks (`Dy.`, `Addl.`, `Sqn. Ldr.`,
    # `Cllr.`) end no sentence before a capitalised name: the speaker keeps them
    ("h342-dy-chief-minister", "Dy. Chief Minister Ravi Kumar said the scheme would be extended.",
     [("indirect", "the scheme would be extended", "Dy. Chief Minister Ravi Kumar")]),
    ("h342-addl-superintendent", "Addl. Superintendent of Police Sunil Das said two men had been arrested.",
     [("indirect", "two men had been arrested", "Addl. Superintendent of Police Sunil Das")]),
    ("h342-sqn-ldr", "Sqn. Ldr. Neha Gupta said the crew was safe.",
     [("indirect", "the crew was safe", "Sqn. Ldr. Neha Gupta")]),
    ("h342-cllr-period", "Cllr. Sipho Dlamini said the road would be fixed.",
     [("indirect", "the road would be fixed", "Cllr. Sipho Dlamini")]),
    ("h342-pte-single-marks", "'We came under fire at dawn,' said Pte. John Hale. 'Nobody was hurt.'",
     [("direct", "We came under fire at dawn, Nobody was hurt.", "Pte. John Hale")]),
    # h342: a quotation in brackets that is its sentence, after one closing a quotation in the other tongue, is
    # the same words translated: the speaker's (one of the two in English; not more words of the same tongue)
    ("h342-bracketed-translation-after",
     "\"No queremos más violencia,\" said Ana Ruiz. (\"We don't want more violence.\")\n\n"
     "Ruiz told the French daily Le Monde that her family had fled in 2019.",
     [("direct", "No queremos más violencia,", "Ana Ruiz"),
      ("direct", "We don't want more violence.", "Ana Ruiz"),
      ("indirect", "that her family had fled in 2019", "Ruiz")]),
    ("h342-bracketed-translation-labelled",
     "\"Hatutarudi nyuma,\" Ruto said. (Translation: \"We will not go back.\")",
     [("direct", "Hatutarudi nyuma,", "Ruto"), ("direct", "We will not go back.", "Ruto")]),
    ("h342-bracketed-original-after-colon",
     "Ruto told the rally: \"We will not go back.\" (\"Hatutarudi nyuma.\")",
     [("direct", "We will not go back.", "Ruto"), ("direct", "Hatutarudi nyuma.", "Ruto")]),
    ("h342-bracketed-same-tongue-dropped", "\"We won,\" said Ana Ruiz. (\"All of us did.\")",
     [("direct", "We won,", "Ana Ruiz")]),
    # h342: British single marks outside, double inside; apostrophes of decades, elisions and plural owners
    # neither open nor close a quotation
    ("h342-single-outer-double-inner",
     "'He said \"no\" twice,' said one aide. 'That was the end of it.'",
     [("direct", "He said \"no\" twice, That was the end of it.", "one aide")]),
    ("h342-apostrophes-in-single-marks",
     "'We've been here since the '70s,' said Mrs Jones. 'Rock 'n' roll never dies, and the Smiths' "
     "songs don't either.'",
     [("direct", "We've been here since the '70s, Rock 'n' roll never dies, and the Smiths' songs don't either.",
       "Mrs Jones")]),
    ("h342-plural-owner-inside-single", "'It's the fans' club, not the owners',' said Dave Pike.",
     [("direct", "It's the fans' club, not the owners',", "Dave Pike")]),
    ("h342-apostrophes-no-quote", "The Smiths' manager grew up in the '60s, when rock 'n' roll was king.", []),
    # h342: a line of dialogue after a quotation dash (em dash or bar), up to its tag, is the speaker's words:
    # direct; not after a hyphen's bullet, not a dash within a sentence, not a line whose cue comes first
    ("h342-dash-line-dialogue",
     "\u2014 We will not go back, said the minister.\n\n\u2014 They will be paid, he replied.",
     [("direct", "We will not go back", "the minister"), ("direct", "They will be paid", "he")]),
    ("h342-bar-line-subject-first", "\u2015 We are ready, the commander said.",
     [("direct", "We are ready", "the commander")]),
    ("h342-hyphen-bullet-stays-indirect", "- We will not go back, said the minister.",
     [("indirect", "We will not go back", "the minister")]),
    ("h342-dash-inside-sentence-indirect", "Officials were blunt \u2014 we will not go back, said the minister.",
     [("indirect", "we will not go back", "the minister")]),
    ("h342-dash-line-cue-first-indirect", "\u2014 The minister said the talks would resume on Monday.",
     [("indirect", "the talks would resume on Monday", "The minister")]),
    ("h342-dash-signature-line", "\u2014 White House Correspondent Julie Pace.", []),
    # h342: a mark that can only close (`»`, `”`), set off by a space after a stop in French-style copy, closes
    # that sentence: the next sentence is no part of it (nor its subject the quotation's speaker)
    ("h342-spaced-guillemet-ends-sentence",
     "The minister said: « We will not back down. » He repeated it twice.",
     [("direct", "We will not back down.", "The minister")]),
    ("h342-spaced-guillemet-run-on",
     "« We will not back down », said the minister. « Never. » Then he left.",
     [("direct", "We will not back down Never.", "the minister")]),
    # h342: short words in another tongue beside their translation in brackets are words said, no scare quote:
    # both kept, whichever comes first (not two quotations in the same tongue)
    ("h342-short-original-before-bracket", "\"Tuko tayari\" (\"We are ready\"), the crowd shouted.",
     [("direct", "Tuko tayari We are ready", "the crowd")]),
    ("h342-short-original-in-bracket", "\"We are ready\" (\"Tuko tayari\"), the protesters said.",
     [("direct", "We are ready Tuko tayari", "the protesters")]),
    # h342: a translation's label opening the sentence (`In English:`, `Translation:`) names no speaker: the
    # quotation after it is the quotation before it again, its speaker's
    ("h342-in-english-label",
     "\"Nein,\" said Olaf Brandt. In English: \"No, never.\"",
     [("direct", "Nein,", "Olaf Brandt"), ("direct", "No, never.", "Olaf Brandt")]),
    ("h342-translation-label-comma",
     "\"Nein,\" said Olaf Brandt. In English, \"No, never.\"",
     [("direct", "Nein,", "Olaf Brandt"), ("direct", "No, never.", "Olaf Brandt")]),
    ("h342-in-english-after-cue-stays",
     "The minister then told reporters in English: \"We will not go back.\"",
     [("direct", "We will not go back.", "The minister")]),
    # h342: one mark typed for two, a quotation's opening and an elided word's apostrophe (`'Tis`, `'Cause`, `'Em`),
    # opening a paragraph whose line closes a single-marked quotation before its tag; not without such a closer
    ("h342-elided-opening-tis", "'Tis the season to be careful,' said the vicar.",
     [("direct", "Tis the season to be careful,", "the vicar")]),
    ("h342-elided-opening-cause", "'Cause we can,' he said with a grin.",
     [("direct", "Cause we can,", "he")]),
    ("h342-elided-opening-no-closer", "'Tis the season for giving, and the shops know it.", []),
    ("h342-decade-opening-no-quote", "'90s fashion is back in the shops, buyers say.",
     [("indirect", "90s fashion is back in the shops", "buyers")]),
    # h338: a report in a relative clause on the sentence's subject, its verb a past in `-ed` the tagger took for a
    # participle, ends where the sentence's own verb begins
    ("h338-relative-bare-past-then-are", "Workers who say the mill closed are angry.",
     [("indirect", "the mill closed", "who")]),
    ("h338-relative-bare-past-then-noun-verb", "Workers who say the factory closed fear for their jobs.",
     [("indirect", "the factory closed", "who")]),
    ("h338-relative-participle-kept", "Parents who say the money raised was wasted are angry.",
     [("indirect", "the money raised was wasted", "who")]),
    ("h338-main-bare-past-whole", "Officials said the money raised was wasted.",
     [("indirect", "the money raised was wasted", "Officials")]),
    ("h338-relative-agent-participle-no-report", "The aide who wrote the speech delivered by the senator says he "
     "will not vote for Ruiz.", [("indirect", "he will not vote for Ruiz",
                                  "The aide who wrote the speech delivered by the senator")]),
    # h338: `forecast`, a past spelt as its noun, with a noun phrase after it in a sentence with no other verb
    ("h338-forecast-object", "The company forecast revenue of $2 billion.",
     [("indirect", "revenue of $2 billion", "The company")]),
    ("h338-forecast-object-time", "The bank forecast growth of 2 percent next year.",
     [("indirect", "growth of 2 percent next year", "The bank")]),
    ("h338-forecast-noun-verb", "The weather forecast was grim.", []),
    ("h338-forecast-noun-preposition", "The weather forecast for Sunday.", []),
    ("h338-forecast-headline-no-stop", "Weather forecast for Sunday", []),
    # h338: a promise with two objects: the one promised to, then the thing promised, which is the report
    ("h338-promised-two-objects", "He promised voters a tax cut.", [("indirect", "a tax cut", "He")]),
    ("h338-promised-the-families", "The minister promised the families a full inquiry.",
     [("indirect", "a full inquiry", "The minister")]),
    ("h338-promised-owner-recipient", "She promised her son a new bike.", [("indirect", "a new bike", "She")]),
    ("h338-promised-recipient-place", "The council promised residents in Leeds a new library.",
     [("indirect", "a new library", "The council")]),
    ("h338-pledged-amount", "Ruiz pledged Ukraine $2 billion in aid.", [("indirect", "$2 billion in aid", "Ruiz")]),
    ("h338-promised-one-object-kept", "He promised a tax cut.", [("indirect", "a tax cut", "He")]),
    ("h338-promised-infinitive-kept", "He promised voters to cut taxes.", [("indirect", "to cut taxes", "He")]),
    # h338: a British party's standing member before a title of nobility and a name (`grandee` taken for a verb)
    ("h338-grandee-lord", "Tory grandee Lord Blake fumed that the plan was a disgrace.",
     [("indirect", "that the plan was a disgrace", "Tory grandee Lord Blake")]),
    ("h338-grandee-lord-direct", 'Tory grandee Lord Blake fumed: "This is a disgrace."',
     [("direct", "This is a disgrace.", "Tory grandee Lord Blake")]),
    ("h338-peer-baroness", "Crossbench peer Baroness Kemp warned that the cuts would hurt.",
     [("indirect", "that the cuts would hurt", "Crossbench peer Baroness Kemp")]),
    ("h338-turned-titles", "Former Liverpool defender turned pundit Jamie Carragher said the penalty was soft.",
     [("indirect", "the penalty was soft", "Former Liverpool defender turned pundit Jamie Carragher")]),
    # h338: a past form, what it makes of its noun and `after` with a name before a cue: the name speaks
    ("h338-turned-adjective-no-title", "The mood turned ugly after Ruiz said the vote was rigged.",
     [("indirect", "the vote was rigged", "Ruiz")]),
    ("h338-turned-adverb-after-speaker", "Shares turned sharply lower after the minister said the deal was off.",
     [("indirect", "the deal was off", "the minister")]),
    # h338: a phrase of where the speakers are, between the subject's noun and its verb with no comma, restricts it
    ("h338-place-phrase-run", "Police in the northern city of Kano said at least 12 people were killed.",
     [("indirect", "at least 12 people were killed", "Police in the northern city of Kano")]),
    ("h338-place-phrase-names-joined", "Analysts at Goldman Sachs and Morgan Stanley said the results beat forecasts.",
     [("indirect", "the results beat forecasts", "Analysts at Goldman Sachs and Morgan Stanley")]),
    ("h338-place-phrase-time-out", "Officials on Monday said the talks would resume.",
     [("indirect", "the talks would resume", "Officials")]),
    ("h338-place-phrase-occasion-out", "Police in a statement said the suspect had fled.",
     [("indirect", "the suspect had fled", "Police")]),
    ("h338-place-phrase-name-time-out", "Trump at the time said he had asked his people to look into it.",
     [("indirect", "he had asked his people to look into it", "Trump")]),
    # h338: after its verb, a speaker ends before `in` and a saying no one can be found in
    ("h338-inverted-in-statement-out", '"We are devastated," said the family of the victim in a statement.',
     [("direct", "We are devastated,", "the family of the victim")]),
    ("h338-inverted-in-email-out", "The firm will appeal, said a spokesman for the company in an email.",
     [("indirect", "The firm will appeal", "a spokesman for the company")]),
    ("h338-inverted-in-video-kept", '"She was kind," said a woman in the video.',
     [("direct", "She was kind,", "a woman")]),
    # h338: a participle phrase naming the terms a source speaks on tells how, not who: out of the speaker
    ("h338-condition-participle-out", "Officials speaking on condition of anonymity said the talks had stalled.",
     [("indirect", "the talks had stalled", "Officials")]),
    ("h338-anonymously-participle-out", "Diplomats speaking anonymously said the ceasefire was fragile.",
     [("indirect", "the ceasefire was fragile", "Diplomats")]),
    ("h338-speaking-where-kept", "Officials speaking at the conference said the talks had stalled.",
     [("indirect", "the talks had stalled", "Officials speaking at the conference")]),
    ("h338-interviewed-kept", "Voters interviewed on Monday said the wait was too long.",
     [("indirect", "the wait was too long", "Voters interviewed on Monday")]),
    # h338: speakers in crowded sentences that already come out whole
    ("h338-restrictive-relative-speaker", "Critics in towns that voted for him say the plan will fail.",
     [("indirect", "the plan will fail", "Critics in towns that voted for him")]),
    ("h338-event-subject-closing-tag", "The spat over tariffs escalated last week, analysts said.",
     [("indirect", "The spat over tariffs escalated last week", "analysts")]),
    # h343: a participle of saying on the subject reports a clause ending before the sentence's own past verb
    ("h343-subject-participle-modal-then-past", "Residents saying the plant would close marched to city hall.",
     [("indirect", "the plant would close", "Residents")]),
    # h343: the same, a past verb with a particle after the modal's verb
    ("h343-subject-participle-modal-then-past-particle", "Workers saying the mill would shut walked out on Monday.",
     [("indirect", "the mill would shut", "Workers")]),
    # h343: a report of two joined clauses keeps both, ending before the sentence's verb
    ("h343-subject-participle-two-clauses-kept", "Residents saying the plant would close and jobs would go "
     "marched to city hall.", [("indirect", "the plant would close and jobs would go", "Residents")]),
    # h343: a plain report of a noun and a past verb and a time keeps all of its clause
    ("h343-plain-say-noun-past-kept", "Officials say the plant closed on Tuesday.",
     [("indirect", "the plant closed on Tuesday", "Officials")]),
    # h343: a report with a second clause of its own keeps both
    ("h343-plain-say-clause-relative-kept", "Officials said the workers who lost their jobs would be paid.",
     [("indirect", "the workers who lost their jobs would be paid", "Officials")]),
    # h343: a past verb right after a pronoun standing alone after `was` opens the sentence's own predicate
    ("h343-subject-participle-owner-then-past", "A man claiming the land was his fenced off the road.",
     [("indirect", "the land was his", "A man")]),
    # h343: the same, the pronoun closing a plain report, nothing cut
    ("h343-plain-owner-kept", "Officials said the land was theirs.",
     [("indirect", "the land was theirs", "Officials")]),
    # h346: a verb whose `to` names the one spoken to (lexicon TO_LISTENER_VERBS), its listener, then a clause with
    # no `that`: the clause is what was said
    ("h346-confirmed-to-cnn-clause", "Officials confirmed to CNN the talks had stalled.",
     [("indirect", "the talks had stalled", "Officials")]),
    ("h346-explained-to-reporters-clause", "She explained to reporters the plan would cost less.",
     [("indirect", "the plan would cost less", "She")]),
    ("h346-signaled-to-allies-pronoun", "The general signaled to allies it would act.",
     [("indirect", "it would act", "The general")]),
    ("h346-admitted-to-police-clause", "He admitted to police he had lied.",
     [("indirect", "he had lied", "He")]),
    ("h346-disclosed-to-investors-possessive", "The company disclosed to investors its profits had fallen sharply.",
     [("indirect", "its profits had fallen sharply", "The company")]),
    # h346: `admitted to` / `confessed to` may name what is owned up to: a relative clause on it is no report
    ("h346-admitted-to-feelings-relative", "She admitted to feelings she had long hidden.", []),
    # a place phrase after an inverted speaker's lower-case noun, to the sentence's end, restricts the speaker
    # (as `place-phrase-run` before the verb); not the occasion, not a name's, not one with more after it
    ("inverted-place-consultancy", '"Growth will slow," said analysts at the consultancy Capital Economics.',
     [("direct", "Growth will slow,", "analysts at the consultancy Capital Economics")]),
    ("inverted-place-ministry", '"Growth will slow," said a spokeswoman at the ministry.',
     [("direct", "Growth will slow,", "a spokeswoman at the ministry")]),
    ("inverted-place-set-off-after", '"Growth will slow," said analysts at the bank, who declined to be named.',
     [("direct", "Growth will slow,", "analysts at the bank")]),
    ("inverted-place-occasion-kept-out", '"Growth will slow," said a woman at the rally.',
     [("direct", "Growth will slow,", "a woman")]),
    ("inverted-place-name-kept-out", '"Growth will slow," said Kerry at the talks.',
     [("direct", "Growth will slow,", "Kerry")]),
    ("inverted-place-statement-kept-out", '"Growth will slow," said a spokeswoman in a statement.',
     [("direct", "Growth will slow,", "a spokeswoman")]),
    # h344: a past cue after `and` cannot share the reported clause's modal (`would rise and urged`): the speaker's
    # second report, its words read after it however the parse hung them; a verb sharing the modal stays reported
    ("h344-modal-then-urged", "She warned that prices would rise and urged shoppers to buy early.",
     [("indirect", "that prices would rise", "She"), ("indirect", "shoppers to buy early", "She")]),
    ("h344-modal-then-asked", "The coach said the team could win and asked fans to come early.",
     [("indirect", "the team could win", "The coach"), ("indirect", "fans to come early", "The coach")]),
    ("h344-modal-then-warned-that", "The mayor said the plant would close and warned that layoffs were coming.",
     [("indirect", "the plant would close", "The mayor"), ("indirect", "that layoffs were coming", "The mayor")]),
    ("h344-modal-then-warned-of", "The mayor said the plant would close and warned of a recession.",
     [("indirect", "the plant would close", "The mayor"), ("indirect", "a recession", "The mayor")]),
    ("h344-modal-shared-verb", "He said prices would rise and fall.",
     [("indirect", "prices would rise and fall", "He")]),
    ("h344-modal-shared-cue", "He said he would resign and urge his party to unite.",
     [("indirect", "he would resign and urge his party to unite", "He")]),
    ("h344-modal-then-praised-no-report",
     "The mayor said the plant would close and praised efforts by the council to find buyers.",
     [("indirect", "the plant would close", "The mayor")]),
    # h345: a work that is no text of claims (a film, a novel, a song) telling its story with no listener reports
    # nothing; a book, a person, or a show with a listener still reports
    ("h345-film-tells-story", "The film tells the story of a boxer who lost everything.", []),
    ("h345-novel-tells-of", "The novel tells of a family torn apart.", []),
    ("h345-song-tells-how", "The song tells how they met.", []),
    ("h345-film-recounts-how", "The film recounts how a boxer lost everything.", []),
    ("h345-mayor-tells-story", "The mayor told the story of a boxer who lost everything.",
     [("indirect", "a boxer who lost everything", "The mayor")]),
    ("h345-book-tells-how", "The book tells how officials hid the data.",
     [("indirect", "how officials hid the data", "The book")]),
    ("h345-show-told-viewers", "The show told viewers the vaccine was unsafe.",
     [("indirect", "the vaccine was unsafe", "The show")]),
    # h345: a cue in a relative clause with no pronoun, right after the noun opening its sentence (its missing
    # object) and right before the sentence's one other finite verb: what follows is no content
    ("h345-contact-relative-object", "The amount the firm claims is far too high.", []),
    ("h345-contact-relative-plain-claim", "The firm claims the amount is far too high.",
     [("indirect", "the amount is far too high", "The firm")]),
    ("h345-contact-relative-names-saying", "The only error he acknowledged was a late start to the season.",
     [("indirect", "was a late start to the season", "he")]),
    # h350: a foreign tag's speaker in lower case after its verb: a subject pronoun (lexicon FOREIGN_TAG_PRONOUNS,
    # resolved as `he`) or an article and its noun
    ("h350-foreign-tag-article-fr", "« Nous sommes prêts », a déclaré le ministre.",
     [("direct", "Nous sommes prêts", "le ministre")]),
    ("h350-foreign-tag-pronoun-de", "„Wir sind bereit“, sagte er.",
     [("direct", "Wir sind bereit", "er")]),
    ("h350-foreign-tag-article-es", '"Estamos listos", dijo el ministro.',
     [("direct", "Estamos listos", "el ministro")]),
    ("h350-foreign-tag-article-then-words", "«Estamos listos», dijo la ministra a la prensa.",
     [("direct", "Estamos listos", "la ministra")]),
    ("h350-foreign-tag-pronoun-then-words", "„Wir sind bereit“, sagte er nach dem Treffen.",
     [("direct", "Wir sind bereit", "er")]),
    ("h350-foreign-tag-name-run-stays", '"Estamos listos", dijo el ministro de Economía.',
     [("direct", "Estamos listos", "el ministro de Economía")]),
    ("h350-foreign-tag-so-not-lower", '"We lost," so the team went home.',
     []),
    # h350: two commas typed for a low opening mark, closed by two apostrophes
    ("h350-low-commas-opener", ",,Wir sind bereit'' sagte er.",
     [("direct", "Wir sind bereit", "er")]),
    ("h350-doubled-comma-typo", "So,, the vote failed.",
     []),
    # h350: a line of dialogue after a quotation dash ends at its question or exclamation mark before an inverted tag
    ("h350-dash-question-tag", "— Where are the buses? asked a woman.",
     [("direct", "Where are the buses", "a woman")]),
    ("h350-dash-question-no-tag", "— Where are the buses? Nobody knows.",
     []),
    # h350: a live blog's stamp before a speaker's label; the stamp's own zone is no speaker
    ("h350-stamped-label", "10:42 a.m. Smith: We will not resign.",
     [("direct", "We will not resign.", "Smith")]),
    ("h350-stamped-place-and-zone", "Live updates\n\n10:50 a.m. Kyiv: Sirens sounded across the city.\n\n11:02 a.m. ET: Police closed the bridge.",
     []),
    ("h350-stamped-capitals-run", "Live updates\n\n10:42 a.m. SMITH: We will not resign.\n\n10:45 a.m. JONES: Then we will vote again.",
     [("direct", "We will not resign.", "SMITH"), ("direct", "Then we will vote again.", "JONES")]),
    ("h350-stamped-colon-label", "14:05 GMT: The minister arrived.\n\n14:20 GMT: Smith: I am ready to talk.",
     [("direct", "I am ready to talk.", "Smith")]),
    ("h350-stamped-rubric", "10:42 a.m. Update: We will bring you more soon.",
     []),
    # h350: a title in marks within a turn is the speaker's words (a broadcast role labels a turn alone)
    ("h350-host-turn-title", 'HOST: Welcome back to "The Brief." Today we talk about rents.',
     [("direct", 'Welcome back to "The Brief." Today we talk about rents.', "HOST")]),
    ("h350-turn-title-in-run", 'SMITH: I read "The Road" last year. It changed me.\n\nJONES: Good book.',
     [("direct", 'I read "The Road" last year. It changed me.', "SMITH"), ("direct", "Good book.", "JONES")]),
    ("h350-turn-scare-quote-stays", 'SMITH: Nobody wants "a bad deal." We will vote no.\n\nJONES: Fine.',
     [("mixed", 'Nobody wants "a bad deal." We will vote no', "SMITH"), ("direct", "Fine.", "JONES")]),
    # h350: more verbs of saying that wire copy keeps (lexicon FOREIGN_TAG_VERBS)
    ("h350-foreign-tag-more-verbs", "\"C'est fini\", a souligné le ministre.",
     [("direct", "C'est fini", "le ministre")]),
    ("h350-foreign-tag-present", '"Es ist vorbei", sagt Olaf Brandt.',
     [("direct", "Es ist vorbei", "Olaf Brandt")]),
    # h350: a broadcast's note in brackets after a title-case label, and a role's short turns; not other brackets nor a tally
    ("h350-broadcast-note-label", "Smith (via phone): We are safe. The water is rising.\n\nHost: Stay safe.\n\nSmith (via phone): We will, thank you.\n\nHost: Thanks.",
     [("direct", "We are safe. The water is rising.", "Smith"), ("direct", "Stay safe.", "Host"), ("direct", "We will, thank you.", "Smith"), ("direct", "Thanks.", "Host")]),
    ("h350-bracket-not-note", "The plan (in short): We build more roads.\n\nHost: That sounds fine to me.\n\nThe plan (in short): And more bridges too.\n\nHost: That is good news.",
     []),
    ("h350-tally-not-turns", "Results so far\n\nClinton: 547.\n\nSanders: 320.\n\nClinton: 12 delegates.\n\nSanders: 9 delegates.",
     []),
    # h350: a stamp on a line of its own above a label; a title or role and a name label a person
    ("h350-stamp-line-above", "10:42 a.m.\n\nGov. Ruiz: We are opening shelters now.\n\n10:58 a.m.\n\nThe storm weakened.",
     [("direct", "We are opening shelters now.", "Gov. Ruiz")]),
    ("h350-stamp-titled-person", "Key moments\n\n9:03 a.m. Judge Hale: Please be seated.",
     [("direct", "Please be seated.", "Judge Hale")]),
    ("h350-stamp-line-place", "10:42 a.m.\n\nKyiv: Sirens sounded across the city.",
     []),
    # h350: an answer holding a quotation keeps its other sentences; a one-word quotation a cue reports is no title
    ("h350-answer-with-quotation", 'We spoke with the mayor, Ann Ruiz.\n\nQ: What did the minister tell you?\n\nA: She said, "Wait." So we waited.',
     [("direct", "Wait.", "She"), ("direct", "So we waited.", "A")]),
    ("h350-turn-said-one-word", 'SMITH: My boss said, "Wait." We waited.\n\nJONES: Fine.',
     [("direct", "Wait.", "My boss"), ("direct", "We waited.", "SMITH"), ("direct", "Fine.", "JONES")]),
    # h353: an office's postpositive `general` ends a closing tag's noun phrase (`a report by the inspector general`)
    ("h353-tag-inspector-general", "The agency ignored repeated warnings, a report by the inspector general said.",
     [("indirect", "The agency ignored repeated warnings", "a report by the inspector general")]),
    # h353: records show a noun phrase and its verb: that clause is what they show, however the parse hung the verb
    ("h353-data-shows-clause", "Federal data shows the number of overdoses rose sharply.",
     [("indirect", "the number of overdoses rose sharply", "Federal data")]),
    # h353: a poll shows or finds its object where it stands (`ahead`, `behind`): a finding; a bare object none
    ("h353-poll-finds-ahead", "A new Quinnipiac poll finds Ruiz ahead by six points.",
     [("indirect", "Ruiz ahead by six points", "A new Quinnipiac poll")]),
    ("h353-poll-shows-behind", "A new poll shows the mayor behind in every district.",
     [("indirect", "the mayor behind in every district", "A new poll")]),
    ("h353-documents-bare-object", "The documents show a pattern of neglect.", []),
    # h353: documents, records and polls as sources, the whole description speaking; near-misses give nothing
    ("h353-memo-obtained-says", "A memo obtained by the Post says the plan was shelved.",
     [("indirect", "the plan was shelved", "A memo obtained by the Post")]),
    ("h353-report-released-by-concluded", "A report released Tuesday by the inspector general concluded that the "
     "agency ignored warnings.",
     [("indirect", "that the agency ignored warnings", "A report released Tuesday by the inspector general")]),
    ("h353-according-to-filings", "According to court filings, the firm hid losses.",
     [("indirect", "the firm hid losses", "court filings")]),
    ("h353-records-show-tag", "The mayor met the developer twice, records show.",
     [("indirect", "The mayor met the developer twice", "records")]),
    ("h353-audit-found-tag", "Funds were misused, the audit found.",
     [("indirect", "Funds were misused", "the audit")]),
    ("h353-person-familiar", "The company plans to sell the unit, according to a person familiar with the matter.",
     [("indirect", "The company plans to sell the unit", "a person familiar with the matter")]),
    ("h353-court-filed-papers", "The court filed the papers on Monday.", []),
    ("h353-records-fell", "Home sales records fell in March.", []),
    ("h353-show-me-data", "Show me the data.", []),
    ("h353-audit-took-months", "The audit took six months.", []),
    # h353: a batch of papers and a short `of` phrase ending in records show as the records do
    ("h353-trove-of-documents", "A trove of documents shows that the firm paid the consultant twice.",
     [("indirect", "that the firm paid the consultant twice", "A trove of documents")]),
    ("h353-series-of-messages", "A series of text messages shows the mayor asked for the files.",
     [("indirect", "the mayor asked for the files", "A series of text messages")]),
    ("h353-batch-of-cookies", "A batch of cookies shows up at the office every Friday.", []),
    # h353: a closing tag's noun phrase may go on with a participle and a time (`a report released Tuesday`)
    ("h353-tag-released-tuesday", "The agency ignored repeated warnings, a report released last week said.",
     [("indirect", "The agency ignored repeated warnings", "a report released last week")]),
    ("h353-tag-unsealed-thursday", "Vale paid the bribes in cash, the indictment unsealed Thursday says.",
     [("indirect", "Vale paid the bribes in cash", "the indictment unsealed Thursday")]),
    ("h353-tag-time-cue-own", "The plant will close, the company on Tuesday said.",
     [("indirect", "The plant will close", "the company")]),
    # h353: an `-ing` word after a preposition and a possessive is the phrase's noun (`in her ruling`), however tagged
    ("h353-wrote-in-her-ruling", "The judge wrote in her ruling that the law was unconstitutional.",
     [("indirect", "that the law was unconstitutional", "The judge")]),
    ("h353-said-in-its-filing", "The company said in its filing that it had received a subpoena.",
     [("indirect", "that it had received a subpoena", "The company")]),
    # h353: filed reports, returns and spreadsheets are records; a participle and its time may end their phrase
    ("h353-finance-reports-show", "Campaign finance reports filed Friday show that Ruiz raised $2 million.",
     [("indirect", "that Ruiz raised $2 million", "Campaign finance reports filed Friday")]),
    ("h353-figures-released-thursday", "Census figures released Thursday show the city grew by 4 percent.",
     [("indirect", "the city grew by 4 percent", "Census figures released Thursday")]),
    ("h353-spreadsheet-shows", "A spreadsheet obtained by the Ledger shows that the district spent $4 million.",
     [("indirect", "that the district spent $4 million", "A spreadsheet obtained by the Ledger")]),
    ("h353-returns-show-up", "The returns show up in March.", []),
    ("h353-figures-bare-object", "The figures released Thursday show a sharp rise.", []),
    # h353: `according to` closing its sentence after a comma: the whole phrase speaks the clause before it
    ("h353-according-familiar-who", "The deal could close next week, according to two people familiar with the "
     "matter who asked not to be named.",
     [("indirect", "The deal could close next week", "two people familiar with the matter who asked not to be named")]),
    # h353: two participles' phrases joined by `and` restrict the paper's noun together
    ("h353-signed-and-sent", "A letter signed by 40 lawmakers and sent Friday urges the agency to act.",
     [("indirect", "the agency to act", "A letter signed by 40 lawmakers and sent Friday")]),
    ("h353-mayor-and-aides", "The mayor and aides briefed on the plan said it would pass.",
     [("indirect", "it would pass", "The mayor and aides briefed on the plan")]),
    ("h353-according-officials-who", "The deal could close next week, according to officials who asked not to "
     "be named.", [("indirect", "The deal could close next week", "officials who asked not to be named")]),
    # h347: a bare plural after a closing inverted `said`, hung from the reported verb, is the speaker
    ("h347-inverted-bare-plural", "Growth will slow, said analysts.", [("indirect", "Growth will slow", "analysts")]),
    # h347: the same, with a place phrase closing the sentence
    ("h347-inverted-plural-place", "Growth will slow, said officials in the city of Kano.",
     [("indirect", "Growth will slow", "officials in the city of Kano")]),
    # h347: UK style, `organisers` after `said` parsed as an object
    ("h347-inverted-organisers", "The match will go ahead, said organisers.",
     [("indirect", "The match will go ahead", "organisers")]),
    # h347: a participle of saying set off after an inverted speaker reports its own clause
    ("h347-inverted-then-adding", "The levee will hold, said Ann Ruiz, noting that it was built in 1990.",
     [("indirect", "The levee will hold", "Ann Ruiz"), ("indirect", "that it was built in 1990", "Ann Ruiz")]),
    # h347: near-miss: a pronoun after `said` is what was said, no speaker
    ("h347-inverted-said-nothing", "The mayor paused, said nothing.", []),
    # h347: `at the time` before the verb is when, not who
    ("h347-at-the-time-out", "Officials at the time said the bridge was safe.",
     [("indirect", "the bridge was safe", "Officials")]),
    # h347: near-miss: `at the ministry` is where they work, and stays
    ("h347-at-the-ministry-kept", "Officials at the ministry said the bridge was safe.",
     [("indirect", "the bridge was safe", "Officials at the ministry")]),
    # h347: the point in time may take what it is the time of
    ("h347-at-the-time-of-out", "Officials at the time of the crash said the pilot was experienced.",
     [("indirect", "the pilot was experienced", "Officials")]),
    # h347: a name inside the place phrase the parse took for the subject belongs to the description
    ("h347-place-phrase-inner-name", "Analysts at the consultancy Capital Economics said growth would slow.",
     [("indirect", "growth would slow", "Analysts at the consultancy Capital Economics")]),
    # h347: the same, business style
    ("h347-place-phrase-inner-firm", "Traders at the brokerage firm Motilal Oswal said the rupee would weaken.",
     [("indirect", "the rupee would weaken", "Traders at the brokerage firm Motilal Oswal")]),
    # h347: Indian style: a branch of an office in brackets, then the holder's name, after the verb
    ("h347-office-branch-name", '"We are ready," said the Deputy Commissioner of Police (Crime), Rahul Sharma.',
     [("direct", "We are ready,", "the Deputy Commissioner of Police (Crime), Rahul Sharma")]),
    # h347: the same before the verb: the description runs back over the office's branch
    ("h347-office-branch-name-before", '"We are ready," the Deputy Commissioner of Police (Crime), Rahul Sharma, said.',
     [("direct", "We are ready,", "the Deputy Commissioner of Police (Crime), Rahul Sharma")]),
    # h347: near-miss: initials in brackets closing the sentence stay as they were
    ("h347-office-initials-kept", '"The virus is spreading," said the World Health Organization (WHO).',
     [("direct", "The virus is spreading,", "the World Health Organization")]),
    # h347: the terms of anonymity after a noun tagged an adjective are no part of the speaker
    ("h347-condition-after-adjective", "An official speaking on condition of anonymity said the talks had stalled.",
     [("indirect", "the talks had stalled", "An official")]),
    # h347: the same where the parse took `anonymity` for the subject
    ("h347-requesting-anonymity-out", "A senior officer requesting anonymity told reporters the raid was planned.",
     [("indirect", "the raid was planned", "A senior officer")]),
    # h347: `said` hung inside `asking not to be named`: the noun before the participle speaks
    ("h347-asking-not-named-subject", "A source asking not to be named said the talks had stalled.",
     [("indirect", "the talks had stalled", "A source")]),
    # h347: near-miss: set off by commas, as before
    ("h347-asking-not-named-set-off", "Two officials, asking not to be named, said the talks had stalled.",
     [("indirect", "the talks had stalled", "Two officials")]),
    # h347: a cue joined by `and` to a reported clause whose subject names no source goes on from the reporter
    ("h347-joined-cue-mute-subject", "Some planners fear the new road will fail and warn that it will cost more.",
     [("indirect", "that it will cost more", "Some planners")]),
    # h347: a past cue cannot share the reported clause's modal
    ("h347-joined-cue-past", "Planners feared the road would fail and warned that it would cost more.",
     [("indirect", "that it would cost more", "Planners")]),
    # h347: near-miss: a source for the reported clause's subject keeps the cue (`the union says`)
    ("h347-joined-cue-source-kept", "Workers fear the union will fold and say the deal is off.",
     [("indirect", "the deal is off", "the union")]),
    # h347: sports style: what a name spoke of after `of the` is no part of the speaker
    ("h347-inverted-topic-of-name", '"He is a special player," said England captain Harry Kane of his team-mate.',
     [("direct", "He is a special player,", "England captain Harry Kane")]),
    # h347: near-miss: where a name belongs stays (`of Alabama`)
    ("h347-inverted-of-place-kept", '"The bill is dead," said Sen. Jeff Sessions of Alabama.',
     [("direct", "The bill is dead,", "Sen. Jeff Sessions of Alabama")]),
    # h347: a surname the tagger took for an adjective, set off before an `-s` verb of saying
    ("h347-set-off-adjective-surname", "The plan is doomed, Young argues.",
     [("indirect", "The plan is doomed", "Young")]),
    ("h347-set-off-adjective-surname-writes", "The plan is doomed, Long writes.",
     [("indirect", "The plan is doomed", "Long")]),
    # h347: near-miss: a capitalised adjective before a lower-case plural noun stays a description
    ("h347-set-off-adjective-plural", "The plan failed, Chinese media reports.", []),
    # h347: a name heads the inverted speaker: `in Wayanad` after its party's phrase is where it was said
    ("h347-inverted-name-party-place", '"We will fight on," said Rahul Gandhi of the Congress party in Wayanad.',
     [("direct", "We will fight on,", "Rahul Gandhi of the Congress party")]),
    # h347: near-miss: a common noun's place phrase still restricts it
    ("h347-inverted-dealer-place-kept", '"The rupee will recover," said a dealer at a state-run bank in Mumbai.',
     [("direct", "The rupee will recover,", "a dealer at a state-run bank in Mumbai")]),
    # h347: Indian style: a central bank's or police's head set off after the name is no part of the speaker
    ("h347-set-off-governor", '"Rates will hold," said Ravi Das, Governor of the Reserve Bank of India (RBI).',
     [("direct", "Rates will hold,", "Ravi Das")]),
    ("h347-set-off-commissioner", '"The road is shut," said Anil Rao, Commissioner of Police.',
     [("direct", "The road is shut,", "Anil Rao")]),
    # h348: a noun phrase reported after `to` and its listener, as before `to`; nothing where no report is made
    ("h348-to-listener-object", "Officials confirmed to CNN the deal.", [("indirect", "the deal", "Officials")]),
    ("h348-object-before-to", "Officials confirmed the deal.", [("indirect", "the deal", "Officials")]),
    ("h348-to-listener-object-of", "She explained to reporters the details of the plan.",
     [("indirect", "the details of the plan", "She")]),
    ("h348-to-listener-list", "The firm disclosed to regulators its work in Peru, Chile and Brazil.",
     [("indirect", "its work in Peru, Chile and Brazil", "The firm")]),
    ("h348-to-place-no-object", "The mayor reported to the council chamber at noon.", []),
    ("h348-to-charity-not-cue", "The band gave to charity the profits of the tour.", []),
    # h348: a listener's topic after `of` takes the phrase after its noun, however the parse hung it
    ("h348-warned-of-delays-on", "Police warned drivers of delays on the M6.",
     [("indirect", "delays on the M6", "Police")]),
    ("h348-drivers-of-lorries", "Police stopped drivers of lorries on the M6.", []),
    # h348: `of` and a noun phrase after a reported object are the object's, whatever the parse made of them
    ("h348-appointment-of", "The firm announced the appointment of a new chief executive.",
     [("indirect", "the appointment of a new chief executive", "The firm")]),
    ("h348-hired-son-of", "The firm hired the son of a new chief executive.", []),
    # h348: a second report after `and` is its own quote with the same speaker
    ("h348-would-and-advised", "Officials said the road would reopen and advised drivers to slow down.",
     [("indirect", "the road would reopen", "Officials"), ("indirect", "drivers to slow down", "Officials")]),
    ("h348-and-urges", "The union said pay was too low and urges members to vote no.",
     [("indirect", "pay was too low", "The union"), ("indirect", "members to vote no", "The union")]),
    ("h348-and-urged", "The union said pay was too low and urged members to vote no.",
     [("indirect", "pay was too low", "The union"), ("indirect", "members to vote no", "The union")]),
    ("h348-passive-and-participle", "Officials said the road would be repaired and reopened.",
     [("indirect", "the road would be repaired and reopened", "Officials")]),
    # h348: an event's phrase of time between the listener and a clause told with no `that`
    ("h348-told-after-game", "Smith told Sky Sports after the game he was gutted.",
     [("indirect", "he was gutted", "Smith")]),
    ("h348-said-during-debate", "The senator said during the debate the tax was unfair.",
     [("indirect", "the tax was unfair", "The senator")]),
    ("h348-spoke-after-game", "Smith spoke to Sky Sports after the game.", []),
    # h348: a noun for a person promises; a thing with no one behind it only forecasts
    ("h348-actor-vowed-never", "The actor vowed never to work with the director again.",
     [("indirect", "never to work with the director again", "The actor")]),
    ("h348-river-threatens", "The river threatens to flood the valley.", []),
    # h351: a quotation that a later verb of saying takes, in a clause of circumstance after a tag (`as`, `while`),
    # is that verb's subject's words, not more of the tag's quotation nor a clause the tag reports
    ("h351-as-crowd-chanted", '"We will build it," Lee said as the crowd chanted "Build the wall!"',
     [("direct", "We will build it,", "Lee"), ("direct", "Build the wall!", "the crowd")]),
    ("h351-as-crowd-chanted-comma", '"We will build it," Lee said as the crowd chanted, "Build the wall!"',
     [("direct", "We will build it,", "Lee"), ("direct", "Build the wall!", "the crowd")]),
    ("h351-as-heckler-yelled-colon", '"Thank you," Lee said as the heckler yelled: "You lie!"',
     [("direct", "Thank you,", "Lee"), ("direct", "You lie!", "the heckler")]),
    ("h351-as-supporters-shouted", 'Lee paused as supporters shouted "We love you!"',
     [("direct", "We love you!", "supporters")]),
    # h351: near-misses: a verb of saying inside what the tag reports leaves the quotation to the tag's speaker; a
    # clause of circumstance with no quotation of its own leaves the tag's quotation whole
    ("h351-nested-chant-stays-reported", 'Lee said the crowd chanted "Build the wall!"',
     [("mixed", 'the crowd chanted "Build the wall!"', "Lee")]),
    ("h351-as-clause-no-quote", '"We did it," Lee said as the crowd cheered. "Thank you all."',
     [("direct", "We did it, Thank you all.", "Lee")]),
    # h349: a prompt between two quotations of one speaker, the second tagged with a description that resolves to
    # the first's name (`coach Maria Costa` ... `the coach`), is another's, kept with no speaker
    ("h349-prompt-between-description",
     '"I left home at 16," coach Maria Costa said.\n\n"And then?"\n\n"Then I found work in the port," the coach said.',
     [("direct", "I left home at 16,", "coach Maria Costa"), ("direct", "And then?", None),
      ("direct", "Then I found work in the port,", "the coach")]),
    # h349: ... but where the description resolves to no one named, the question stays the first speaker's
    ("h349-prompt-between-other-description",
     '"I left home at 16," coach Maria Costa said.\n\n"And then?"\n\n"Then she found work in the port," the priest '
     'said.',
     [("direct", "I left home at 16, And then?", "coach Maria Costa"),
      ("direct", "Then she found work in the port,", "the priest")]),
    # h352: a reported clause whose own predicate (an adjective, a participle, `it is fitting`) stands right before
    # `that` goes on through that clause, however the parse hung it; `that` after a noun stays a relative's
    ("h352-adjective-that-aside", "Aides say it is only right that, after years of struggle, she now leads the race.",
     [("indirect", "it is only right that, after years of struggle, she now leads the race", "Aides")]),
    ("h352-participle-that-aside", "He said he was delighted that lately, when he gives speeches, he is often asked about her.",
     [("indirect", "he was delighted that lately, when he gives speeches, he is often asked about her", "He")]),
    ("h352-fitting-that-aside",
     "Her friends say it is only fitting that, having beaten so many rivals before, she now faces an opponent so eager to fight.",
     [("indirect", "it is only fitting that, having beaten so many rivals before, she now faces an opponent so eager "
       "to fight", "Her friends")]),
    ("h352-adjective-that-plain", "The mayor said he was sorry that the road had closed.",
     [("indirect", "he was sorry that the road had closed", "The mayor")]),
    # h352: `said that A, and that B`: the second `that` (no verb right after it, a subject of its own in its
    # clause) twins the first, however the parse took it; a demonstrative `that` (`and that was ...`) does not
    ("h352-and-that-aside", "The agency said that the bridge was safe, and that so far, no cracks had been found.",
     [("indirect", "that the bridge was safe, and that so far, no cracks had been found", "The agency")]),
    ("h352-and-that-demonstrative", "The agency said that the bridge was safe, and that was the end of the matter.",
     [("indirect", "that the bridge was safe", "The agency")]),
    ("h352-and-that-demonstrative-verb", "The agency said that the bridge was safe, and that only made the residents angrier.",
     [("indirect", "that the bridge was safe", "The agency")]),
    ("h352-and-that-determiner", "The agency said that the bridge was safe, and that decision angered the residents.",
     [("indirect", "that the bridge was safe", "The agency")]),
    # h352: a semicolon joins two sentences: a tag right before it reports the clause before it, and the clause
    # after it is never the cue's
    ("h352-tag-before-semicolon", "Candidates need 40 percent of the vote, analysts say; the party got 27 percent in 2012.",
     [("indirect", "Candidates need 40 percent of the vote", "analysts")]),
    ("h352-fronted-tag-before-semicolon",
     "To win the race, candidates need 40 percent of the vote, analysts say; in 2012, the party got 27 percent.",
     [("indirect", "To win the race, candidates need 40 percent of the vote", "analysts")]),
    ("h352-said-before-semicolon", "The plan will fail, the mayor said; the council disagreed.",
     [("indirect", "The plan will fail", "the mayor")]),
    ("h352-tag-before-period-kept", "Candidates need 40 percent of the vote, analysts say.",
     [("indirect", "Candidates need 40 percent of the vote", "analysts")]),
    # h352: `As the paper noted, ...` with the cue parsed as the root: an adverb or a time of the cue's own before
    # the comma, and a clause after it whose first noun the parse took for a verb, still report
    ("h352-as-noted-adverb", "As the Ledger recently noted, trust in the council is collapsing across the state.",
     [("indirect", "trust in the council is collapsing across the state", "the Ledger")]),
    ("h352-as-noted-time", "As the Ledger noted last week, trust in the council is collapsing.",
     [("indirect", "trust in the council is collapsing", "the Ledger")]),
    ("h352-as-clause-not-cue", "As the mayor spoke, protesters shouted outside.", []),
    ("h352-as-expected", "As expected, the council approved the plan.", []),
    # h352: a reported clause never ends on a phrase announcing an example: the `-ing` phrase after it is the
    # example, still reported; a participle set off with no such phrase stays the speaker's doing
    ("h352-for-instance-participle",
     "Experts say the plan had successes — for instance, spotlighting hidden gaps by requiring schools to report data.",
     [("indirect", "the plan had successes — for instance, spotlighting hidden gaps by requiring schools to report data",
       "Experts")]),
    ("h352-for-example-participle", "Experts say the plan had successes, for example, cutting waiting times at clinics.",
     [("indirect", "the plan had successes, for example, cutting waiting times at clinics", "Experts")]),
    ("h352-participle-still-cut", "Experts say the plan had successes, pointing to shorter waiting times at clinics.",
     [("indirect", "the plan had successes", "Experts")]),
    # h352: `seeing as`, `considering that`: an `-ing` form that is a conjunction with the word after it opens the
    # speaker's reason, part of the report, and is no cue of seeing
    ("h352-seeing-as-reason", "The mayor said the plan would pass, seeing as the council backed it.",
     [("indirect", "the plan would pass, seeing as the council backed it", "The mayor")]),
    ("h352-saw-as-still-names", 'Critics saw the plan as "a trap for renters."',
     [("mixed", 'the plan as "a trap for renters."', "Critics")]),
    # h352: a negated reported clause with `but rather` / `but instead` after it goes on with its correction; a
    # `but` with no such adverb does not (that stays as it was)
    ("h352-but-rather-correction",
     "Several experts suggest however that party leaders do not plan to back him, but rather use him against the frontrunner.",
     [("indirect", "that party leaders do not plan to back him, but rather use him against the frontrunner",
       "Several experts")]),
    ("h352-but-instead-correction", "Officials say the council will not raise taxes but instead will cut spending on roads.",
     [("indirect", "the council will not raise taxes but instead will cut spending on roads", "Officials")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in EXACT_CASES], ids=[c[0] for c in EXACT_CASES])
def test_extract_exact(extractor: Extractor, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Each short text gives exactly these quotes: type, text and speaker to the character."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.type, q.text, q.speaker and q.speaker.text) for q in found] == expected, describe(found)


# One article with its double quotation marks typed three ways: the same quotes, parts and speakers each
# time (offsets aside), the marks within a mixed quote's text as typed.
TYPED_ARTICLE = ('The mayor said on Tuesday that the city would close three schools.\n\n'
                 '<o>We do not have the money to keep them open,<c> Mayor Ann Ruiz told reporters. <o>I wish we did.<c>\n\n'
                 '<o>It is a disgrace,<c> said Tom Vale, a parent. <o>They never asked us.<c>\n\n'
                 'Critics called the plan <o>short-sighted<c> and said it would hurt poor neighborhoods.\n\n'
                 'In a letter sent on Monday, the city\'s lawyer said the review is <o>nearly done.<c> She said the board '
                 'had not yet seen it.\n\n'
                 '\u2018We were never told,\u2019 said Lina Park, who runs the parents\u2019 group. \u2018Nobody asked us.\u2019\n\n'
                 '<o>Absolutely not,<c> came the reply from the ministry.\n\n'
                 '<o>The roads are closed for now,<c> a driver shouts.\n\n'
                 'Later the mayor said that the ferry would run again by spring, which her rival called '
                 '<o>a fairy tale<c> for the harbour.\n\n'
                 'The crews were woken at 4 a.m. <o>They told us to leave,<c> Omar Diaz said.\n\n'
                 'Outside the hall, one banner read <o>Save our schools,<c> a call the crowd took up.\n\n'
                 'Lena Park called the new budget <o>a mess for the town,<c> but said she would vote for it.\n')
TYPED_EXPECTED = [
    ("indirect", ("that the city would close three schools",), "The mayor"),
    ("direct", ("We do not have the money to keep them open,", "I wish we did."), "Mayor Ann Ruiz"),
    ("direct", ("It is a disgrace,", "They never asked us."), "Tom Vale"),
    ("mixed", ("the plan <o>short-sighted<c>",), "Critics"),
    ("indirect", ("it would hurt poor neighborhoods",), "Critics"),
    ("mixed", ("the review is <o>nearly done.<c>",), "the city's lawyer"),   # the marks close it, however typed
    ("indirect", ("the board had not yet seen it",), "She"),
    # single marks going on after their tag, in a text quoting in double marks: the same quotation
    ("direct", ("We were never told,", "Nobody asked us."), "Lina Park"),
    ("direct", ("Absolutely not,",), "the ministry"),     # tags read off the words, past the closing mark
    ("direct", ("The roads are closed for now,",), "a driver"),
    ("indirect", ("that the ferry would run again by spring",), "the mayor"),   # `;` of `&ldquo;` is no aside's
    ("direct", ("a fairy tale",), "her rival"),
    ("direct", ("They told us to leave,",), "Omar Diaz"),   # an opening mark on a capital after `a.m.` opens a sentence
    ("direct", ("Save our schools,",), "one banner"),   # `read` right before the opening mark, however typed
    ("mixed", ("the new budget <o>a mess for the town,<c>",), "Lena Park"),   # `, but said` after the closing mark
    ("indirect", ("she would vote for it",), "Lena Park"),
]


@pytest.mark.parametrize("opening,closing", [('"', '"'), ("\u201c", "\u201d"), ("``", "''"), ("''", "''"),
                                             ("&ldquo;", "&rdquo;"), ("&quot;", "&quot;"),
                                             ("&#8220;", "&#8221;"), ("\u00ab", "\u00bb"), ("\u00bb", "\u00ab"),
                                             ("\u00ab\u00a0", "\u00a0\u00bb"), ("\u00ab\u202f", "\u202f\u00bb"),
                                             ("\u00ab ", " \u00bb"), ("\u201e", "\u201c"), ("\u201c", '"'),
                                             ("\u2018", "\u2019"), ("'", "'")],
                         ids=["straight", "curly", "backticks", "doubled-apostrophes", "entities", "quot-entities",
                              "h243-numeric-entities", "h243-guillemets", "h243-guillemets-inward",
                              "h243-guillemets-nbsp", "h243-guillemets-narrow-nbsp", "h243-guillemets-spaced",
                              "h243-low-high", "h243-curly-open-straight-close", "h243-single-curly",
                              "h243-single-straight"])
def test_marks_typed_any_way_give_the_same_quotes(extractor: Extractor, opening: str, closing: str) -> None:
    """Keyboard and treebank doubles (```` `` ```` and `''`) and marks left as HTML entities are the marks
    they stand for: the parser and the rules see one mark, and every offset still spans what was typed.  So
    are guillemets either way round, spaced French-style with typeset spaces or not, low-high marks, marks
    mixed from copy-paste, and single marks as UK house style sets them."""
    text = TYPED_ARTICLE.replace("<o>", opening).replace("<c>", closing)
    found = extractor.extract(text)
    check_quotes(text, found)
    expected = [(kind, tuple(p.replace("<o>", opening).replace("<c>", closing) for p in parts), speaker)
                for kind, parts, speaker in TYPED_EXPECTED]
    assert [(q.type, tuple(p.text for p in q.parts), q.speaker and q.speaker.text) for q in found] == expected, \
        describe(found)


def matches(q: Quote, expect: Expect) -> bool:
    """Whether a quote meets one expectation."""
    qtype, sub, speaker, resolved = expect
    return (q.type == qtype and sub in q.text
            and (q.speaker.text if q.speaker else None) == speaker
            and (resolved is ANY or (q.speaker_resolved.text if q.speaker_resolved else None) == resolved))


def describe(found: list[Quote]) -> list[tuple[str, str, str | None, str | None]]:
    """A readable summary of quotes for assertion messages."""
    return [(q.type, q.text, q.speaker and q.speaker.text, q.speaker_resolved and q.speaker_resolved.text)
            for q in found]


# Reports whose message is a noun phrase (issue 17, class 3): text -> the exact (text, speaker) of every
# indirect quote, at a confidence below a reported clause's.
NOUN_REPORT_CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("denied-np", "The senator denied the allegations.", [("the allegations", "The senator")]),
    ("announced-np-infinitive", "The governor announced plans to raise the minimum wage.",
     [("plans to raise the minimum wage", "The governor")]),
    ("announced-np-time", "She announced her candidacy on Monday.", [("her candidacy", "She")]),
    ("warned-of", "Economists warned of a deep recession.", [("a deep recession", "Economists")]),
    ("respond-to", "The agency did not respond to our request for details.",
     [("our request for details", "The agency")]),
    ("bought-not-a-report", "The company bought a house in Ohio.", []),
    ("won-not-a-report", "Democrats won the vote in the Senate.", []),
    ("denied-pronoun", "The senator denied it.", []),
    ("infinitive-not-said", "The minister refused to acknowledge the problem.", []),
    ("passive-not-said", "The meeting was confirmed on Friday.", []),
    ("wrote-about", "The columnist wrote about the housing crisis in Leeds.",
     [("the housing crisis in Leeds", "The columnist")]),
    ("said-nothing-about", "The mayor said nothing about the budget gap.", [("the budget gap", "The mayor")]),
    ("asked-about-passive", "The senator was asked about the new fuel tax.", [("the new fuel tax", None)]),
    ("reported-passive-time", "The plan was reported on Monday.", []),
    ("infinitive-topic", "The agency declined to comment on the new rules.", [("the new rules", "The agency")]),
    ("reported-by-agent", "The merger was first reported by the Daily Ledger.", [("The merger", "the Daily Ledger")]),
    ("pronoun-reported-by", "It was first reported by the Daily Ledger.", []),
    ("predicted-of-time", "The IMF predicted growth of 2% next year.", [("growth of 2% next year", "The IMF")]),
    ("admitted-people-let-in", "Refugees admitted to the country last year found work.", []),
    ("admitted-let-in-passive", "Only two students were admitted to the program.", []),
    # h205: `urge` with a thing urged (two words at least, as for any noun phrase); rejecting a claim; how or where it was said is none of it
    ("h205-urged-np", "Unions urged a rethink.", [("a rethink", "Unions")]),
    ("h205-rejected-claims", "The senator rejected claims of wrongdoing.", [("claims of wrongdoing", "The senator")]),
    ("h205-dismissed-allegations", "The firm dismissed the allegations.", [("the allegations", "The firm")]),
    ("h205-rejected-bid-not-a-report", "The board rejected the bid.", []),
    ("h205-dismissed-staff-not-a-report", "The firm dismissed two managers.", []),
    ("h205-denied-in-a-statement", "The firm denied the allegations in a statement.", [("the allegations", "The firm")]),
    ("h205-denied-in-strong-terms", "The minister denied the claim in the strongest terms.",
     [("the claim", "The minister")]),
    # h225: a stance stated anew, as state media report one; a court's upholding is no report
    ("h225-reaffirmed-support", "The two leaders reaffirmed their support for a two-state solution.",
     [("their support for a two-state solution", "The two leaders")]),
    ("h225-reaffirmed-commitment", "Sheikh Mohamed reaffirmed the UAE's commitment to peace in the region.",
     [("the UAE's commitment to peace in the region", "Sheikh Mohamed")]),
    ("h225-court-affirmed-not-a-report", "The court affirmed the ruling.", []),
    # h231: a run bounding an amount right after the verb opens its object (`up to`, `as much as`, `at least`)
    ("h231-predicted-up-to", "Forecasters predicted up to 2 feet of snow in the mountains.",
     [("up to 2 feet of snow in the mountains", "Forecasters")]),
    ("h231-forecast-as-much-as", "The National Weather Service forecast as much as 8 inches of rain.",
     [("as much as 8 inches of rain", "The National Weather Service")]),
    ("h231-confirmed-at-least", "Police confirmed at least 12 deaths in the county.",
     [("at least 12 deaths in the county", "Police")]),
    ("h231-announced-up-to", "The company announced up to 200 layoffs.", [("up to 200 layoffs", "The company")]),
    ("h231-rose-up-to-not-a-report", "The river rose up to 3 feet overnight.", []),
    ("h231-hired-up-to-not-a-report", "The team hired up to 30 workers.", []),
    # h231: a report that values its object puts the amount after `at` into what it says
    ("h231-estimated-at-amount", "The agency estimated damage at $3 billion.",
     [("damage at $3 billion", "The agency")]),
    ("h231-estimated-at-more-than", "The county estimated the cost of the cleanup at more than $40 million.",
     [("the cost of the cleanup at more than $40 million", "The county")]),
    ("h231-estimated-at-a-place", "The inspector estimated the damage at the scene.", [("the damage", "The inspector")]),
    # h240: verbs that report with some objects name deeds with others: nothing reported
    ("h240-claimed-the-title", "The champion claimed the title in May.", []),
    ("h240-found-the-keys", "The janitor found the keys.", []),
    ("h240-questioned-the-suspect", "Police questioned the suspect.", []),
    ("h240-welcomed-guests", "The mayor welcomed guests at the door.", []),
    ("h240-slammed-the-door", "Critics slammed the door.", []),
    # h248: praise and blame report their object with the verdict (`as`) or the grounds (`over`) after it
    ("h248-criticized-as", "The mayor criticized the plan as reckless.", [("the plan as reckless", "The mayor")]),
    ("h248-denounced-as-then-time", "Lee denounced the remarks as hurtful on Monday.",
     [("the remarks as hurtful", "Lee")]),
    ("h248-slammed-over", "The union slammed the company over its pay offer.",
     [("the company over its pay offer", "The union")]),
    ("h248-praised-as", "The governor praised the volunteers as heroes.", [("the volunteers as heroes", "The governor")]),
    ("h248-praised-name-as", "Senator Lee praised President Anna Berg as a steady leader.",
     [("President Anna Berg as a steady leader", "Senator Lee")]),
    ("h248-condemned-bare", "The minister condemned the attack.", []),
    ("h248-blasted-at-a-place", "Lee blasted the deal at a rally.", []),
    ("h248-blasted-an-email", "The campaign blasted an email to supporters.", []),
    ("h248-touted-record-as-post", "She touted her record as governor.", []),
    # h248: a name right after a noun goes on the noun phrase; a year after `in` is when, not what
    ("h248-announced-title-name", "The board announced interim director Maria Ruiz's resignation.",
     [("interim director Maria Ruiz's resignation", "The board")]),
    ("h248-disclosed-in-year", "The firm disclosed its losses in 2019.", [("its losses", "The firm")]),
    ("h248-confirmed-in-year", "Officials confirmed the deaths of two hikers in 2019.",
     [("the deaths of two hikers", "Officials")]),
    # h254: `admit` reports a blame owned up to, not people let in; `recall` withdraws goods
    ("h254-admitted-liability", "The bank admitted liability for the crash.",
     [("liability for the crash", "The bank")]),
    ("h254-admitted-responsibility", "The driver admitted responsibility for the collision.",
     [("responsibility for the collision", "The driver")]),
    ("h254-admitted-students-not", "The school admitted more students this year.", []),
    ("h254-recalled-vehicles-not", "Vantro Motors recalled 40,000 vehicles over a brake fault.", []),
    ("h254-recalls-headline-not", "Vantro Motors recalls 40,000 SUVs over brake fault", []),
    ("h254-recalled-kindness", "She recalled his kindness.", [("his kindness", "She")]),
    ("h254-claimed-victory-not", "Lee claimed victory on Tuesday.", []),
    # h261: `deny` with a thing granted on asking (lexicon WITHHELD_GRANTS) refuses it: nothing said untrue
    ("h261-denied-variance-not", "The Zoning Board of Appeals on Monday denied a variance for a gas station on Mill "
     "Road.", []),
    ("h261-denied-motion-not", "The judge denied the motion.", []),
    ("h261-denied-request-not", "The council denied the request for a new stop sign.", []),
    ("h261-denied-allegations", "The mayor denied the allegations of fraud.",
     [("the allegations of fraud", "The mayor")]),
    # h274: a phrase of time after the noun tells when, and a piece of writing where: neither is what
    ("h274-time-after-object", "She announced her candidacy in March.", [("her candidacy", "She")]),
    ("h274-month-modifier-stays", "He predicted a rise in March sales.", [("a rise in March sales", "He")]),
    ("h274-wrote-in-a-column", "The minister wrote about the budget in a column.", [("the budget", "The minister")]),
    # h274: an apology names what it is for
    ("h274-apologised-for", "Norvale apologised for the breach.", [("the breach", "Norvale")]),
    ("h274-apologized-to-for", "The senator apologized to his staff for the remarks.",
     [("the remarks", "The senator")]),
    ("h274-apologized-for-years-not", "She apologized for years.", []),
    ("h274-apologize-for-pronoun-not", "I apologize for that.", []),
    # h274: `claim` with a noun of owning a deed reports the deed after `for`
    ("h274-claimed-credit", "The firm claimed credit for the drop in crime.", [("the drop in crime", "The firm")]),
    ("h274-claimed-credit-gerund", "The hackers claimed credit for breaking into the servers.",
     [("breaking into the servers", "The hackers")]),
    ("h274-claimed-credit-bare-not", "Nobody has claimed credit.", []),
    # h280: release notes and security advisories are where a maker's words came out, not what about
    ("h280-acknowledged-in-advisory", "Intel acknowledged the flaw in a security advisory.", [("the flaw", "Intel")]),
    ("h280-disclosed-in-release-notes", "The firm disclosed the bug in its release notes.",
     [("the bug", "The firm")]),
    ("h280-denied-in-her-memo", "She denied the claim in her memo.", [("the claim", "She")]),
    ("h280-role-in-their-attack", "He denied any role in their attack.", [("any role in their attack", "He")]),
    # h281: `urge` with one bare noun names the conduct urged; people urged are told, not the message
    ("h281-urged-restraint", "The Secretary-General urged restraint.", [("restraint", "The Secretary-General")]),
    ("h281-urged-calm", "The mayor urged calm.", [("calm", "The mayor")]),
    ("h281-urged-police-not", "The mayor urged police.", []),
    ("h281-urged-voters-not", "The mayor urged voters.", []),
    # h284: a news outlet after `to` is the one a message was passed on to, not part of the message
    ("h284-confirmed-news-to-outlet", "Ruiz confirmed the news to Reuters.", [("the news", "Ruiz")]),
    ("h284-confirmed-deal-to-the-bbc", "The firm confirmed the deal to the BBC.", [("the deal", "The firm")]),
    ("h284-denied-claim-to-paper", "She denied the claim to the paper.", [("the claim", "She")]),
    ("h284-announced-move-to-club", "The club announced the move to Chelsea.",
     [("the move to Chelsea", "The club")]),
    # h284: `take credit for` claims the deed as `claim credit for` does
    ("h284-took-credit-for", "The mayor took credit for the drop in crime.", [("the drop in crime", "The mayor")]),
    ("h284-took-full-credit-for-ing", "The union took full credit for winning the pay rise.",
     [("winning the pay rise", "The union")]),
    ("h284-took-credit-bare-not", "Nobody took credit.", []),
    ("h284-credit-was-taken-not", "Credit was taken for the drop.", []),
    ("h284-took-blame-not", "She took the blame for the loss.", []),
    # h284: `hit out at` (British `lash out at`) criticises the one it is at: what the criticism was of
    ("h284-hit-out-at-plan", "Labour MPs hit out at the plan.", [("the plan", "Labour MPs")]),
    ("h284-hit-out-at-over", "Unions hit out at ministers over pay.", [("ministers over pay", "Unions")]),
    ("h284-lashed-out-at-plan", "Labour MPs lashed out at the plan.", [("the plan", "Labour MPs")]),
    ("h284-hit-out-at-sea-not", "The storm hit out at sea.", []),
    ("h284-hit-ball-out-not", "He hit the ball out of the park.", []),
    # h296: the one criticised after `hit back at`, `lashed out at` may be named in one bare noun or a name
    ("h296-hit-back-at-bare-noun", "The mayor hit back at critics.", [("critics", "The mayor")]),
    ("h296-lashed-out-at-bare-noun", "The mayor lashed out at opponents.", [("opponents", "The mayor")]),
    ("h296-hit-back-at-pronoun-not", "The mayor hit back at him.", []),
    ("h296-hit-bare-noun-not", "The mayor hit critics.", []),
    ("h296-storm-hit-at-dawn-not", "The storm hit at dawn.", []),
    # h326: `citing` set off after the step it backs reports the reason given; a finite `cite` may summon
    ("h326-citing-reason", "Acme raised its full-year forecast, citing strong demand for its chips.",
     [("strong demand for its chips", "Acme")]),
    ("h326-citing-after-cut", "Shares of Norvale fell after the company cut its outlook, citing weaker demand in "
     "Europe.", [("weaker demand in Europe", "the company")]),
    ("h326-cited-summons-not", "Police cited the driver for speeding.", []),
    ("h326-was-cited-not", "The driver was cited for speeding.", []),
    ("h326-citing-ing-modifier", "Fitch cut the bank's rating, citing rising leverage.", [("rising leverage", "Fitch")]),
    # h331: the cited object is the whole noun phrase: coordinated `-ing`-modified nouns, and a text's `by` author
    ("h331-citing-coordinated-ing", "The company cut its forecast, citing falling demand and rising costs.",
     [("falling demand and rising costs", "The company")]),
    ("h331-citing-coordinated-adjective", "Acme cut its outlook, citing weak demand and high costs.",
     [("weak demand and high costs", "Acme")]),
    ("h331-citing-report-by", "The company cut its forecast, citing a report by analysts.",
     [("a report by analysts", "The company")]),
    ("h331-disputed-study-by", "The firm disputed a study by the central bank.",
     [("a study by the central bank", "The firm")]),
    ("h331-denied-by-means-not-author", "She denied the report by phone.", [("the report", "She")]),
    ("h331-citing-by-deadline-not-author", "The company cut its forecast, citing a report by Friday.",
     [("a report", "The company")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in NOUN_REPORT_CASES], ids=[c[0] for c in NOUN_REPORT_CASES])
def test_reported_noun_phrase(extractor: Extractor, text: str, expected: list[tuple[str, str | None]]) -> None:
    """A report whose message is a noun phrase gives exactly that noun phrase, and nothing else."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.text, q.speaker and q.speaker.text) for q in found] == expected, describe(found)
    assert all(q.type == "indirect" and q.confidence < 0.7 for q in found)


@pytest.mark.parametrize("text,expected", [
    ("The senator denied taking money from the lobbyists.", [("taking money from the lobbyists", "The senator")]),
    ("The charity reported spending $2 million on food aid.", [("spending $2 million on food aid", "The charity")]),
    ("The senator kept taking money from the lobbyists.", []),
], ids=["denied-gerund", "reported-gerund", "kept-gerund-not-a-report"])
def test_reported_gerund_clause(extractor: Extractor, text: str, expected: list[tuple[str, str | None]]) -> None:
    """`denied taking ...`, `reported spending ...`: the `-ing` clause is what was said."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.text, q.speaker and q.speaker.text) for q in found] == expected, describe(found)


@pytest.mark.parametrize("text,expected", [
    ("The engineer explained how the new bridge would carry trains.",
     [("how the new bridge would carry trains", "The engineer")]),
    ("The minister would not say whether the border would reopen.",
     [("whether the border would reopen", "The minister")]),
], ids=["explained-how", "say-whether"])
def test_telling_verb_reports_its_question(extractor: Extractor, text: str,
                                           expected: list[tuple[str, str | None]]) -> None:
    """`explained how ...`, `would not say whether ...`: the question a verb of telling answers."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.text, q.speaker and q.speaker.text) for q in found] == expected, describe(found)


# A phrase of time between the cue and its clause (issue 17, class 5): text -> the exact (text, speaker)
# of every quote.
TIME_PHRASE_CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("on-weekday", "Officials said on Monday the bridge would reopen.", [("the bridge would reopen", "Officials")]),
    ("bare-weekday", "The minister said Tuesday the plan would go ahead.",
     [("the plan would go ahead", "The minister")]),
    ("after-listener", "The minister told reporters Tuesday the plan would go ahead.",
     [("the plan would go ahead", "The minister")]),
    ("late-last-week", "She said late last week the talks had failed.", [("the talks had failed", "She")]),
    ("weekday-night", "The mayor said Friday night the city would appeal.", [("the city would appeal", "The mayor")]),
    ("possessive-is-content", "He said last week's vote was a disaster.", [("last week's vote was a disaster", "He")]),
    ("time-only", "The governor said Tuesday.", []),
    # Calendar nouns that are other words too, read as time only where the words place them (h144)
    ("in-march-after-name", "Ann Ruiz in March said the vote would wait.", [("the vote would wait", "Ann Ruiz")]),
    ("in-may-after-subject", "The senator in May said the bill would pass.", [("the bill would pass", "The senator")]),
    ("in-year-after-subject", "The senator in 2019 said the bill would pass.",
     [("the bill would pass", "The senator")]),
    ("last-quarter-that", "The firm reported last quarter that sales fell.", [("that sales fell", "The firm")]),
    ("last-season-that", "The coach said last season that the team would improve.",
     [("that the team would improve", "The coach")]),
    ("this-season-clause", "The coach said this season the team would improve.",
     [("the team would improve", "The coach")]),
    ("last-semester-that", "The school announced last semester that fees would rise.",
     [("that fees would rise", "The school")]),
    ("a-quarter-is-speaker", "A quarter of voters said the race was close.",
     [("the race was close", "A quarter of voters")]),
    ("term-in-name-kept", "The term limits panel said the rule would stay.",
     [("the rule would stay", "The term limits panel")]),
    ("lower-march-is-no-month", "Marchers in the march said the rule would stay.",
     [("the rule would stay", "Marchers in the march")]),
    ("poll-dated-by-month", "A Gallup poll in June found that most voters wanted change.",
     [("that most voters wanted change", "A Gallup poll in June")]),
    ("that-then-year-opens-clause", "The firm says that in 2012 it paid no tax.",
     [("that in 2012 it paid no tax", "The firm")]),
    ("time-then-and-no-report", "The leak was first reported in May and some officials had named a suspect.", []),
    # a phrase of time of several opening words between the subject and its cue (one `TIME_OPENERS` list)
    ("subject-later-that-day", "The senator later that day said the bill was dead.",
     [("the bill was dead", "The senator")]),
    ("subject-the-same-day", "The senator the same day said the bill was dead.",
     [("the bill was dead", "The senator")]),
    ("subject-late-last-month", "The senator late last month said the bill was dead.",
     [("the bill was dead", "The senator")]),
    ("name-later-that-day-told", "Ann Ruiz later that day told reporters the bill was dead.",
     [("the bill was dead", "Ann Ruiz")]),
    ("name-over-past-week-has-said", "Ann Ruiz over the past week has said the bill was dead.",
     [("the bill was dead", "Ann Ruiz")]),
    ("paper-named-day-speaks", "The Day reported the plant was unsafe.",
     [("the plant was unsafe", "The Day")]),
    ("night-shift-is-speaker", "Workers on the night shift said the plant was unsafe.",
     [("the plant was unsafe", "Workers on the night shift")]),
    # a clause of a point in time between a cue (or its listener) and the clause told: the cue's time before a
    # clause in the present or with a modal; events told in order before one in the past
    ("listener-time-clause-then-modal", "The mayor told residents after the storm passed the roads would reopen.",
     [("the roads would reopen", "The mayor")]),
    ("listener-time-clause-object-then-modal", "The coach told players before the game started they would win.",
     [("they would win", "The coach")]),
    ("said-time-clause-then-modal", "The mayor said once the vote ended they would appeal.",
     [("they would appeal", "The mayor")]),
    ("listener-time-clause-then-past-kept", "The mayor told reporters before the vote began the council had "
     "no choice.", [("before the vote began the council had no choice", "The mayor")]),
    ("said-time-clause-then-past-kept", "Police said after officers searched the house they found cash.",
     [("after officers searched the house they found cash", "Police")]),
    ("said-until-clause-kept", "The minister said until the rules change nothing will happen.",
     [("until the rules change nothing will happen", "The minister")]),
    ("said-cue-in-time-clause-kept", "The mayor said after Ruiz said the plan was dead the council met.",
     [("after Ruiz said the plan was dead the council met", "The mayor")]),
    # clauses the tagger breaks: `the` and a participle for people, a sentence with no finite verb tagged,
    # a participle's phrase after a bare plural subject
    ("the-accused-before-time", "The accused last week said he was innocent.", [("he was innocent", "The accused")]),
    ("the-injured-det-hung-elsewhere", "The injured told doctors the bus had swerved.",
     [("the bus had swerved", "The injured")]),
    ("verbless-clause-after-noun-cue", "Doctors acknowledge rising costs worry patients.",
     [("rising costs worry patients", "Doctors")]),
    ("sales-tax-rates-compound-kept", "Economists say sales tax rates hurt shoppers.",
     [("sales tax rates hurt shoppers", "Economists")]),
    ("verbless-no-clause-nothing", "Doctors acknowledge rising costs.", []),
    ("held-hostage-participle-phrase", "Officials held hostage for a week said the guards were kind.",
     [("the guards were kind", "Officials held hostage for a week")]),
    ("taken-prisoner-two-subjects", "Passengers taken prisoner in May said the crew had fled.",
     [("the crew had fled", "Passengers taken prisoner in May")]),
    ("found-guilty-participle-phrase", "Workers found guilty of fraud said the verdict was unfair.",
     [("the verdict was unfair", "Workers found guilty of fraud")]),
    ("held-talks-and-said-not-participle", "Officials held talks for a week and said the deal was close.",
     [("the deal was close", "Officials")]),
    ("participle-possessive-phrase", "Residents forced from their homes say the river rose overnight.",
     [("the river rose overnight", "Residents forced from their homes")]),
    ("subject-over-the-summer", "Its leader over the summer said talks had failed.",
     [("talks had failed", "Its leader")]),
    ("fans-of-the-summer-kept", "Fans of the summer said the festival was great.",
     [("the festival was great", "Fans of the summer")]),
    ("listener-when-clause-then-modal", "The minister told MPs when the inquiry ended the report would be published.",
     [("the report would be published", "The minister")]),
]


# A listener between a verb of telling and the clause it tells (issue 17, classes 3 and 5): text -> the
# exact (text, speaker) of every quote.  The listener is never part of what was told.
LISTENER_CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("determiner-listener", "His lawyer told the judge his client was innocent.",
     [("his client was innocent", "His lawyer")]),
    ("pronoun-listener", "She told me it was the fault of the weather.", [("it was the fault of the weather", "She")]),
    ("noun-listener-no-that", "The driver told police he had swerved to miss a deer.",
     [("he had swerved to miss a deer", "The driver")]),
    ("possessive-listener", "The coach told his players they would start on Sunday.",
     [("they would start on Sunday", "The coach")]),
    ("listener-then-noun-phrase", "A source told the paper the decision had been made in the spring.",
     [("the decision had been made in the spring", "A source")]),
    ("closing-report-outside", "The driver told police he had swerved, the report says.",
     [("The driver told police he had swerved", "the report")]),
    # A plural listener tagged as a present verb right after `told`: no clause (h144)
    ("listener-tagged-verb-no-clause", "He told reporters the new rules.", []),
    ("listener-time-clause-then-that", "She told reporters after the vote closed that the plan was dead.",
     [("that the plan was dead", "She")]),
    ("listener-time-clause-cue-own-that", "The anchor tried to ask a question about jobs when the senator shot back "
     "that he had not been called on.", [("that he had not been called on", "the senator")]),
    ("listener-tagged-verb-then-clause", "He told reporters the new rules would start in May.",
     [("the new rules would start in May", "He")]),
    # `admit to` owns up to what follows, but a listener after `to` is no message (h195)
    ("admitted-to-listener-then-that", "Lee admitted to reporters that he took the money.",
     [("that he took the money", "Lee")]),
    # a bare noun after `to` parsed as an infinitive (`to police`) is still the listener (h204)
    ("admitted-to-bare-listener-then-that", "Lee admitted to police that he lied.", [("that he lied", "Lee")]),
    ("explained-to-bare-listener-then-that", "The coach explained to players that the match was off.",
     [("that the match was off", "The coach")]),
    ("said-to-infinitive-stays", "Lee said to expect that the vote would pass.",
     [("to expect that the vote would pass", "Lee")]),
    ("promised-to-infinitive-stays", "Lee promised to police that area.", [("to police that area", "Lee")]),
    # an adverb between the told clause's subject and its verb (h209)
    ("h209-listener-adverb-before-verb", "Witnesses told deputies the driver apparently ran a red light.",
     [("the driver apparently ran a red light", "Witnesses")]),
    ("h209-station-adverb-before-verb", "Cpl. Ann Ruiz told KING 5 the road usually reopens by noon.",
     [("the road usually reopens by noon", "Cpl. Ann Ruiz")]),    # a programme named by its hour or a number after its network's `'s` is the one told (h228)
    ("h228-programme-hour-after-owner", "The premier told ABC TV's 7.30 the party would hold firm.",
     [("the party would hold firm", "The premier")]),
    ("h228-programme-number-then-noun", "The minister told Nine's 60 Minutes the deal was done.",
     [("the deal was done", "The minister")]),
    ("h228-owner-count-is-no-programme", "Smith told the firm's 40 staff the plant would close.",
     [("the plant would close", "Smith")]),
    ("h228-network-and-country", "The treasurer told Sky News Australia the budget would be back in surplus.",
     [("the budget would be back in surplus", "The treasurer")]),
    ("h228-station-host", "The senator told 3AW's Ann Hale the deal was dead.", [("the deal was dead", "The senator")]),
    # a medium the words went out on, between the cue and the clause, is no part of what was said (h228)
    ("h228-said-on-local-radio", "He said on local radio the trains would run.", [("the trains would run", "He")]),
    ("h228-said-on-national-television", "The premier said on national television the border would stay shut.",
     [("the border would stay shut", "The premier")]),
    ("h228-said-on-radio-that", "He said on radio that the trains would run.", [("that the trains would run", "He")]),
    ("h228-played-on-radio-no-report", "The band played on local radio the songs they loved.", []),
    # a listener of a few words (a name, numbers, adjectives, nouns) before a plural the parse took for the clause's
    # verb, a clause's subject right after it: all of it is the one told (h310)
    ("h310-listener-name-then-plural", "Lee told House investigators the files were destroyed.",
     [("the files were destroyed", "Lee")]),
    ("h310-listener-noun-then-plural", "The mayor told city officials the budget was short.",
     [("the budget was short", "The mayor")]),
    ("h310-listener-adjective-then-plural", "The minister told foreign diplomats the border would stay open.",
     [("the border would stay open", "The minister")]),
    ("h310-listener-number-then-plural", "Lee told two senior aides the deal was off.", [("the deal was off", "Lee")]),
    ("h310-sports-listener-stays", "The coach told sports reporters the new rules are unfair.",
     [("the new rules are unfair", "The coach")]),
    ("h310-listener-then-that-stays", "Lee told House investigators that the files were destroyed.",
     [("that the files were destroyed", "Lee")]),
    ("h310-long-listener-thing-told-no-clause", "Lee told House investigators the story of the fire.", []),
    # h328: a description set off by commas after the listener's name is still the listener's; a paper's name
    # after a lower-case noun of its kind (`daily`, `tabloid`) after its place is still the listener's name.
    ("h328-listener-apposition", "Hale told Anna Berg, a nurse, the plan was dead.", [("the plan was dead", "Hale")]),
    ("h328-listener-one-name-apposition", "Hale told Berg, a nurse, the plan was dead.",
     [("the plan was dead", "Hale")]),
    ("h328-listener-the-apposition", "Hale told the Observer, a weekly, the plan was dead.",
     [("the plan was dead", "Hale")]),
    ("h328-listener-apposition-that", "Hale told Anna Berg, a nurse, that the plan was dead.",
     [("that the plan was dead", "Hale")]),
    ("h328-listener-place-daily-name", "Ruiz told Sao Paulo daily Folha the plan was dead.",
     [("the plan was dead", "Ruiz")]),
    ("h328-listener-nation-tabloid-the-name", "Ruiz told British tabloid The Sun the plan was dead.",
     [("the plan was dead", "Ruiz")]),
    ("h328-listener-nation-daily-particle", "Ruiz told Italian daily Corriere della Sera the plan was dead.",
     [("the plan was dead", "Ruiz")]),
    ("h328-listener-rep-magazine-mixed", 'The couple\'s rep told People magazine they had "amicably" split.',
     [('they had "amicably" split', "The couple's rep")]),
    ("h328-listener-daily-no-clause-none", "Ruiz told French newspaper Le Monde in an interview.", []),
    ("h328-listener-apposition-no-clause-none", "Hale told Anna Berg, a nurse, about the plan.", []),
    # h332: a bare lower-case noun of an outlet's kind before its name (`broadcaster`, `news agency`) is a title,
    # the name the one told; a description of the listener may hold a place's preposition (`a nurse at the clinic`)
    ("h332-listener-kind-title-name", "Ruiz told broadcaster RTL the plan was dead.", [("the plan was dead", "Ruiz")]),
    ("h332-listener-two-noun-title-name", "Ruiz told news agency Reuters the plan was dead.",
     [("the plan was dead", "Ruiz")]),
    ("h332-listener-kind-title-that", "Ruiz told news agency Reuters that the plan was dead.",
     [("that the plan was dead", "Ruiz")]),
    ("h332-listener-kind-title-no-clause-none", "Ruiz told broadcaster RTL in an interview.", []),
    ("h332-listener-apposition-place", "Hale told Anna Berg, a nurse at the clinic, the plan was dead.",
     [("the plan was dead", "Hale")]),
    ("h332-listener-apposition-place-no-clause-none", "Hale told Anna Berg, a nurse at the clinic, about the plan.",
     []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in LISTENER_CASES], ids=[c[0] for c in LISTENER_CASES])
def test_listener_is_not_what_was_told(extractor: Extractor, text: str,
                                       expected: list[tuple[str, str | None]]) -> None:
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.text, q.speaker and q.speaker.text) for q in found] == expected, describe(found)


def test_a_thing_told_is_no_listener(extractor: Extractor) -> None:
    """`told a story he had heard`: the story is what was told, not someone told; no clause opens after it."""
    found = extractor.extract("The guide told a story he had heard as a boy.")
    assert all(q.rules.get("content") != "listener-clause" and not q.text.startswith("he had")
               for q in found), describe(found)


@pytest.mark.parametrize("text,expected", [c[1:] for c in TIME_PHRASE_CASES], ids=[c[0] for c in TIME_PHRASE_CASES])
def test_time_phrase_after_cue(extractor: Extractor, text: str, expected: list[tuple[str, str | None]]) -> None:
    """A phrase of time right after the cue says when it was said: the reported clause starts after it."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.text, q.speaker and q.speaker.text) for q in found] == expected, describe(found)


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_extract_table(extractor: Extractor, text: str, expected: list[Expect]) -> None:
    """Each short text gives exactly the expected quotes, with speakers."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert len(found) == len(expected), describe(found)
    for expect in expected:
        assert any(matches(q, expect) for q in found), f"{expect} not in {describe(found)}"


@pytest.mark.parametrize("text,expected", [
    ('The mayor called the plan "a disaster for the city," and the council voted it down.',
     [("mixed", 'the plan "a disaster for the city,"', "The mayor")]),
    ('Smith branded the report "a pack of lies," but the committee published it anyway.',
     [("mixed", 'the report "a pack of lies,"', "Smith")]),
    ('She called the ruling "a victory for families," and her lawyers said they would not appeal.',
     [("mixed", 'the ruling "a victory for families,"', "She"), ("indirect", "they would not appeal", "her lawyers")]),
    ('Jones called him "lazy" and said he had no plan.',
     [("mixed", 'him "lazy"', "Jones"), ("indirect", "he had no plan", "Jones")]),
    ('The mayor, who called the plan "a disaster for the city," said she would vote against it.',
     [("mixed", 'the plan "a disaster for the city,"', "who"), ("indirect", "she would vote against it", "The mayor")]),
    ('The mayor, whom critics have described as "out of touch," said she would run again.',
     [("mixed", 'as "out of touch,"', "critics"), ("indirect", "she would run again", "The mayor")]),
], ids=["and-clause", "but-clause", "and-report", "and-verb", "relative-who", "relative-whom"])
def test_paraphrase_ends_before_a_clause_of_its_own(extractor: Extractor, text: str,
                                                     expected: list[tuple[str, str, str]]) -> None:
    """`X called it "a disaster," and Y ...`: the mixed quote ends before a clause coordinated with its
    cue that has a subject of its own (or, with none, before the verb that goes on with the narration);
    one whose cue stands in a relative clause set off by commas ends with that clause."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.type, q.text, q.speaker and q.speaker.text) for q in found] == expected


@pytest.mark.parametrize("text,expected", [
    ('The ministry said the figures were "deeply misleading," citing a report by analysts.',
     [("mixed", 'the figures were "deeply misleading,"', "The ministry")]),
    ('The ministry said the figures were deeply misleading, citing a report by analysts.',
     [("indirect", "the figures were deeply misleading", "The ministry"),
      ("indirect", "a report by analysts", "The ministry")]),  # h326, h331: the source cited, its author too
], ids=["comma-inside-marks", "bare-comma"])
def test_reported_clause_ends_before_a_participle_set_off(extractor: Extractor, text: str,
                                                          expected: list[tuple[str, str, str]]) -> None:
    """`said the figures were "deeply misleading," citing ...`: a participle set off by a comma, the
    comma inside a quotation's closing marks or not, is the reporter's: the reported clause ends there."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.type, q.text, q.speaker and q.speaker.text) for q in found] == expected


def test_reporting_clause_within_indirect_speech(extractor: Extractor) -> None:
    """`A, economists say, because B.`: one indirect quote of two parts around the reporting clause."""
    text = "The effects are hard to predict, economists say, because wages rose so fast."
    found = extractor.extract(text)
    check_quotes(text, found)
    assert len(found) == 1, describe(found)
    q = found[0]
    assert q.type == "indirect"
    assert [p.text for p in q.parts] == ["The effects are hard to predict", "because wages rose so fast"]
    assert q.speaker is not None and q.speaker.text == "economists"
    assert q.cue is not None and q.parts[0].end <= q.cue.start < q.parts[1].start


def test_split_quote_is_one_quote_with_two_parts(extractor: Extractor) -> None:
    """`"A," he said, "B."`: one quote, two parts in reading order, the cue between them."""
    text = 'Lavrov spoke to reporters. "We will win," he said, "and we will do it soon."'
    found = extractor.extract(text)
    check_quotes(text, found)
    assert len(found) == 1, describe(found)
    q = found[0]
    assert [p.text for p in q.parts] == ["We will win,", "and we will do it soon."]
    assert q.text == "We will win, and we will do it soon."
    assert q.cue is not None and q.cue.text == "said"
    assert q.parts[0].end <= q.cue.start < q.parts[1].start
    assert q.sentence == 1


def test_cues_and_confidence(extractor: Extractor) -> None:
    """Cue spans name the cue words; a cue-linked quote is more confident than a floating one."""
    text = ('Kerry spoke to reporters in Geneva on Friday. "We are close to a deal," he said. The talks then paused.\n'
            '"There is still a lot of work to do on the details."')
    found = extractor.extract(text)
    check_quotes(text, found)
    assert len(found) == 2, describe(found)
    first, floating = found
    assert first.cue is not None and first.cue.text == "said"
    assert first.speaker is not None and first.speaker.text == "he"
    assert floating.cue is None
    assert floating.speaker is not None and floating.speaker.text == "he", "a floating quote takes the run's speaker"
    assert floating.confidence < first.confidence


@pytest.mark.parametrize("text", ["", " ", "\n\n\t  \r\n", "No quotations in this one."])
def test_empty_and_quote_free_texts(extractor: Extractor, text: str) -> None:
    """Empty, whitespace-only and quote-free text: an empty list, not an error."""
    assert extractor.extract(text) == []


@pytest.mark.parametrize("bad", [None, b"bytes are not text", 42, ["a list"], {"text": "x"}])
def test_non_string_raises_quotes_error(extractor: Extractor, bad: Any) -> None:
    """Non-str input raises QuotesError with a message naming what it got."""
    with pytest.raises(QuotesError, match=type(bad).__name__):
        extractor.extract(bad)
    with pytest.raises(QuotesError):
        list(extractor.extract_many(["fine", bad]))
    with pytest.raises(QuotesError):
        quotes.extract(bad)


def test_module_level_extract(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """`quotes.extract` gives what the extractor gives (its default reused, no second model load)."""
    monkeypatch.setattr(quotes.extractor, "_default", extractor)
    text = '"We will win the election," Kerry said.'
    assert quotes.extract(text) == extractor.extract(text)
    assert quotes.extract("") == []


def test_public_api() -> None:
    """The names the spec promises are importable from `quotes`, and the package is typed."""
    from quotes import Extractor, Quote, QuotesError, Span, extract  # noqa: F401

    assert issubclass(ModelError, QuotesError)
    assert (Path(quotes.__file__).parent / "py.typed").is_file()


# ---------------------------------------------------------------- the reference article

@pytest.fixture(scope="module")
def kerry(extractor: Extractor) -> tuple[str, list[Quote]]:
    """The reference article and its quotes."""
    text = KERRY_PATH.read_text(encoding="utf-8")
    return text, extractor.extract(text)


def find(found: list[Quote], sub: str) -> Quote:
    """The one quote whose text contains `sub`."""
    hits = [q for q in found if sub in q.text]
    assert len(hits) == 1, f"{sub!r}: {describe(found)}"
    return hits[0]


def speaker(q: Quote) -> str | None:
    return q.speaker.text if q.speaker else None


def resolved(q: Quote) -> str | None:
    return q.speaker_resolved.text if q.speaker_resolved else None


def cue(q: Quote) -> str | None:
    return q.cue.text if q.cue else None


def test_kerry_invariants(kerry: tuple[str, list[Quote]]) -> None:
    """Offsets are true on the reference article."""
    check_quotes(*kerry)


def test_kerry_1_siege(kerry: tuple[str, list[Quote]]) -> None:
    q = find(kerry[1], "We need to see a situation")
    assert q.type == "direct"
    assert q.text.startswith("We need to see a situation") and q.text.rstrip(",").endswith("siege of Aleppo")
    assert speaker(q) == "a senior US official"
    assert cue(q) == "told"


def test_kerry_2_keep_going(kerry: tuple[str, list[Quote]]) -> None:
    q = find(kerry[1], "we'll keep going")
    assert q.type == "direct"
    assert q.text.rstrip(",") == "If we conclude that we can get there then we'll keep going"
    assert speaker(q) == "he"
    assert resolved(q) == "a senior US official"


def test_kerry_3_dragged_on(kerry: tuple[str, list[Quote]]) -> None:
    q = find(kerry[1], "dragged on")
    assert q.type == "direct"
    assert q.text.startswith("If we conclude that it's being dragged on")
    assert q.text.rstrip(",").endswith("no purpose in us continuing")
    assert speaker(q) == "he"
    assert resolved(q) == "a senior US official"
    assert cue(q) == "warned"


def test_kerry_4_5_runs_into_next_paragraph(kerry: tuple[str, list[Quote]]) -> None:
    """`All I can say ... finishing.` by another senior US official; `That said ...` by him too,
    either as its own quote (`he`, resolved) or as the second part of the same quote."""
    text, found = kerry
    q4 = find(found, "All I can say is")
    assert q4.type == "direct"
    assert q4.parts[0].text.startswith("All I can say is we can't guarantee")
    assert q4.parts[0].text.endswith("on the cusp of finishing.")
    assert speaker(q4) == "another senior US official"
    if "That said" in q4.text:
        assert len(q4.parts) == 2
        assert q4.parts[1].text.startswith("That said, I think")
        assert q4.parts[1].text.rstrip(",").endswith("going back to Geneva")
    else:
        q5 = find(found, "That said, I think")
        assert q5.type == "direct"
        assert q5.text.rstrip(",").endswith("going back to Geneva")
        assert speaker(q5) == "he"
        assert resolved(q5) == "another senior US official"


def test_kerry_6_travelled(kerry: tuple[str, list[Quote]]) -> None:
    q = find(kerry[1], "he would not have travelled")
    assert q.type == "indirect"
    assert q.text.startswith("he would not have travelled") and q.text.endswith("making progress")
    assert speaker(q) == "Senior officials travelling with Kerry"
    assert cue(q) == "said"


def test_kerry_7_no_guarantee(kerry: tuple[str, list[Quote]]) -> None:
    q = find(kerry[1], "they could not guarantee a final agreement")
    assert q.type == "indirect"
    assert q.text.startswith("they could not guarantee a final agreement")
    assert speaker(q) == "they"
    assert resolved(q) == "Senior officials travelling with Kerry"
    assert cue(q) == "warned"


def test_kerry_nothing_else(kerry: tuple[str, list[Quote]]) -> None:
    """Only the seven quotations (six when 4 and 5 are one); nothing from the boilerplate or the wishes."""
    text, found = kerry
    boilerplate = text.index("Disclaimer")
    assert all(q.start < boilerplate for q in found), describe(found)
    for q in found:
        assert "wants" not in q.text and "concrete steps" not in q.text and "military cooperation" not in q.text
    merged = any("All I can say" in q.text and "That said" in q.text for q in found)
    direct = [q for q in found if q.type == "direct"]
    assert len(direct) == (4 if merged else 5), describe(found)
    # Beyond the two reference indirect quotes, only reported speech of the reference speakers
    # (`he said, suggesting the negotiation could be prolonged`) may appear, and the question a bare
    # `Asked whether ...` puts, with no speaker.
    sources = {"a senior US official", "another senior US official", "Senior officials travelling with Kerry"}
    indirect = [q for q in found if q.type != "direct"]
    assert len(indirect) >= 2, describe(found)
    assert all((q.speaker_resolved is not None and q.speaker_resolved.text in sources)
               or (q.speaker is None and q.text.startswith("whether ")) for q in indirect), describe(found)


# ---------------------------------------------------------------- scale and batching

def test_one_megabyte_document(extractor: Extractor) -> None:
    """A 1 MB document (non-ASCII, many paragraphs) works and its offsets stay true to the end."""
    filler = ("The river Rhône runs past the old café near the bridge — naïve tourists photograph it daily, "
              "and the swans drift by the quay in the morning light.\n")
    quote = '"We will not give up on these talks," Lavrov told reporters in Genève.\n'
    block = filler * 1000
    text = quote + block + quote + block + quote + block + quote
    while len(text) < 1_000_000:
        text = block + text
    assert len(text) >= 1_000_000
    found = extractor.extract(text)
    check_quotes(text, found)
    assert len(found) == 4, describe(found)
    for q in found:
        assert q.text.rstrip(",") == "We will not give up on these talks"
        assert speaker(q) == "Lavrov"
        assert cue(q) == "told"
    assert found[-1].parts[0].start == text.rindex("We will not give up")


def test_one_megabyte_single_paragraph(extractor: Extractor) -> None:
    """One huge paragraph without line breaks is still handled, offsets true."""
    sentence = "The swans drift by the quay in the morning light near the café. "
    quote = '"We will not give up on these talks," Lavrov told reporters. '
    body = sentence * (1_000_000 // len(sentence) // 2)
    text = quote + body + quote + body + quote
    found = extractor.extract(text)
    check_quotes(text, found)
    assert len(found) == 3, describe(found)
    assert all(speaker(q) == "Lavrov" for q in found)


def test_extract_many_equals_extract(extractor: Extractor) -> None:
    """Batching documents through stanza changes nothing."""
    texts = [
        KERRY_PATH.read_text(encoding="utf-8"),
        "",
        '"We will win the election," Kerry said.',
        "The minister said the talks would resume next week in Geneva.",
        "No quotations in this one.",
        'Foreign Minister Sergei Lavrov arrived. "We are ready to talk," he said.',
    ]
    one_by_one = [extractor.extract(t) for t in texts]
    many = extractor.extract_many(texts)
    assert iter(many) is many, "extract_many returns an iterator"
    assert list(many) == one_by_one
    assert list(extractor.extract_many(t for t in texts)) == one_by_one
    assert list(extractor.extract_many([])) == []


def test_extract_many_small_batches(extractor: Extractor, monkeypatch: pytest.MonkeyPatch) -> None:
    """Batch boundaries falling inside a run of documents do not change results."""
    monkeypatch.setattr(extractor, "batch_sentences", 1)
    small = extractor
    texts = ['"We will win," Kerry said. "We must," he added.', "The minister said the talks would resume soon.",
             '"No," said Lavrov.']
    assert list(small.extract_many(texts)) == [small.extract(t) for t in texts]


# ---------------------------------------------------------------- records

def test_to_dict_schema(extractor: Extractor) -> None:
    """`Quote.to_dict()` is the spec's JSON object, and serialises."""
    text = '"We will win," Kerry said, "and we will do it soon."'
    (q,) = extractor.extract(text)
    d = q.to_dict()
    assert set(d) == {"type", "text", "parts", "speaker", "speaker_resolved", "cue", "sentence", "confidence",
                      "speaker_entity"}
    assert d["speaker_entity"] == {"id": 0, "name": "Kerry", "role": None, "kind": "person",
                                   "mentions": [d["speaker"]]}
    assert d["type"] == "direct"
    assert d["text"] == " ".join(p["text"] for p in d["parts"])
    for span in d["parts"] + [d["speaker"], d["speaker_resolved"], d["cue"]]:
        assert set(span) == {"start", "end", "text"}
        assert span["text"] == text[span["start"]:span["end"]]
    assert isinstance(d["sentence"], int)
    assert isinstance(d["confidence"], float) and 0 <= d["confidence"] <= 1
    assert json.loads(json.dumps(d)) == d


def test_to_dict_nulls() -> None:
    """Missing speaker and cue serialise as null."""
    text = "abc"
    q = Quote("direct", (Span.of(text, 0, 3),), None, None, None, 0, 0.35)
    d = q.to_dict()
    assert d["speaker"] is None and d["speaker_resolved"] is None and d["cue"] is None
    assert d["speaker_entity"] is None
    assert d["text"] == "abc"
    assert json.loads(json.dumps(d)) == d


def test_span_of() -> None:
    """`Span.of` reads its text from the source."""
    assert Span.of("hello world", 6, 11) == Span(6, 11, "world")


# ---------------------------------------------------------------- model lookup

def fake_models(path: Path, packages: dict[str, str] | None = None, missing: str | None = None) -> Path:
    """A stanza-shaped resources directory with (empty) model files for pos, lemma and depparse."""
    packages = packages or {"pos": "combo_nopretrain", "lemma": "combo_nocharlm", "depparse": "combo_nopretrain",
                            "tokenize": "combo", "mwt": "combo"}
    path.mkdir(parents=True, exist_ok=True)
    resources = {"en": {"lang_name": "English", "default_processors": packages}}
    (path / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    for proc, pkg in packages.items():
        if proc == missing:
            continue
        (path / "en" / proc).mkdir(parents=True, exist_ok=True)
        (path / "en" / proc / f"{pkg}.pt").write_bytes(b"not a model")
    return path


@pytest.fixture
def lookup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """Three complete fake model dirs; stanza's own dir points at `stanza`, QUOTES_MODELS unset."""
    dirs = {name: fake_models(tmp_path / name) for name in ("explicit", "env", "stanza")}
    monkeypatch.delenv("QUOTES_MODELS", raising=False)
    monkeypatch.setattr(quotes.models, "_stanza_dir", lambda: dirs["stanza"])
    return dirs


def test_lookup_explicit_first(lookup: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTES_MODELS", str(lookup["env"]))
    info = quotes.models.find_models(lookup["explicit"])
    assert info.path == lookup["explicit"].resolve()
    assert info.origin == "argument"
    assert info.packages["depparse"] == "combo_nopretrain"


def test_lookup_env_before_stanza(lookup: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QUOTES_MODELS", str(lookup["env"]))
    info = quotes.models.find_models()
    assert info.path == lookup["env"].resolve()
    assert info.origin == "QUOTES_MODELS"


def test_lookup_stanza_dir_with_english(lookup: dict[str, Path]) -> None:
    info = quotes.models.find_models()
    assert info.path == lookup["stanza"].resolve()
    assert info.origin == "stanza"


@pytest.mark.parametrize("state", ["absent", "empty", "other-language", "incomplete"])
def test_lookup_falls_back_to_bundled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, state: str) -> None:
    """A stanza dir without (complete) English models is skipped for the bundled ones."""
    stanza_dir = tmp_path / "stanza_resources"
    if state == "empty":
        stanza_dir.mkdir()
    elif state == "other-language":
        stanza_dir.mkdir()
        (stanza_dir / "resources.json").write_text(json.dumps({"fr": {"default_processors": {}}}))
    elif state == "incomplete":
        fake_models(stanza_dir, missing="depparse")
    monkeypatch.delenv("QUOTES_MODELS", raising=False)
    monkeypatch.setattr(quotes.models, "_stanza_dir", lambda: stanza_dir)
    info = quotes.models.find_models()
    assert info.origin == "bundled"
    assert info.path == quotes.models.BUNDLED_MODELS.resolve()
    assert set(info.packages) >= {"pos", "lemma", "depparse"}


def test_bundled_models_are_complete() -> None:
    """The package ships every model parsing needs, with its licence note."""
    bundled = quotes.models.BUNDLED_MODELS
    info = quotes.models.find_models(bundled)
    for proc, pkg in info.packages.items():
        assert (bundled / "en" / proc / f"{pkg}.pt").is_file()
    assert any(p.name.lower().startswith("licen") for p in bundled.iterdir())


def broken_dirs(tmp_path: Path) -> dict[str, Path]:
    """Model dirs broken in each way the loader must explain."""
    bad_json = tmp_path / "bad-json"
    bad_json.mkdir()
    (bad_json / "resources.json").write_text("{not json")
    no_en = tmp_path / "no-english"
    no_en.mkdir()
    (no_en / "resources.json").write_text(json.dumps({"de": {}}))
    empty = tmp_path / "empty"
    empty.mkdir()
    return {
        "missing": tmp_path / "does-not-exist",
        "empty": empty,
        "bad-json": bad_json,
        "no-english": no_en,
        "no-depparse": fake_models(tmp_path / "no-depparse", missing="depparse"),
        "no-pos": fake_models(tmp_path / "no-pos", missing="pos"),
    }


@pytest.mark.parametrize("kind", ["missing", "empty", "bad-json", "no-english", "no-depparse", "no-pos"])
def test_broken_model_dir_explicit(tmp_path: Path, kind: str) -> None:
    """An explicit broken/incomplete dir fails with a ModelError naming the directory and the fix."""
    path = broken_dirs(tmp_path)[kind]
    with pytest.raises(ModelError) as err:
        Extractor(models=path)
    message = str(err.value)
    assert str(path) in message
    assert "download-models" in message


@pytest.mark.parametrize("kind", ["missing", "no-depparse"])
def test_broken_model_dir_from_env_is_not_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   kind: str) -> None:
    """A broken QUOTES_MODELS is an error, not a silent fall-back to other models."""
    path = broken_dirs(tmp_path)[kind]
    monkeypatch.setenv("QUOTES_MODELS", str(path))
    with pytest.raises(ModelError) as err:
        quotes.models.find_models()
    assert str(path) in str(err.value)


def test_unloadable_model_files(tmp_path: Path) -> None:
    """Complete-looking files that are not models fail with a ModelError naming the directory."""
    path = fake_models(tmp_path / "garbage")
    with pytest.raises(ModelError) as err:
        Extractor(models=path, device="cpu")
    assert str(path.resolve()) in str(err.value) or str(path) in str(err.value)
    assert "download-models" in str(err.value)


def test_explicit_copy_of_bundled_models_is_used(tmp_path: Path) -> None:
    """`Extractor(models=DIR)` loads from DIR and reports it."""
    copy = tmp_path / "copy"
    shutil.copytree(quotes.models.BUNDLED_MODELS, copy)
    info = quotes.models.find_models(copy)
    assert info.path == copy.resolve() and info.origin == "argument"
    assert str(copy.resolve()) in info.describe()


def test_loading_never_touches_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Building an Extractor from the bundled models works with every socket connection refused."""
    import socket

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.delenv("QUOTES_MODELS", raising=False)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    offline = Extractor(models=quotes.models.BUNDLED_MODELS, device="cpu", threads=1)
    assert offline.info.origin == "argument"
    found = offline.extract('"We will win the election," Kerry said.')
    assert [speaker(q) for q in found] == ["Kerry"]


def test_quotation_before_another_clause_is_no_lead_in(extractor: Extractor) -> None:
    """A quotation followed by a clause with its own subject does not end a clause of the cue's:
    no mixed quote runs from the sentence's start to it."""
    text = 'During an appearance on "Meet the Voters," Sanders was asked by the host whether he would stay.'
    found = extractor.extract(text)
    check_quotes(text, found)
    assert not any(q.type == "mixed" and q.text.startswith("During") for q in found), describe(found)


# Questions as reported content (issue 17, class 3): text -> the exact (text, speaker) of every quote.
QUESTION_CASES: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    ("asked-whether-bare", "Asked whether the tax would rise, the minister said it would not.",
     [("whether the tax would rise", None), ("it would not", "the minister")]),
    ("asked-if-bare", "Asked if the school would close, the principal said he did not know.",
     [("if the school would close", None), ("he did not know", "the principal")]),
    ("asked-why-bare", "Asked why the bridge was closed, the engineer pointed to the cracks.",
     [("why the bridge was closed", None)]),
    ("asked-about-bare", "Asked about the new tax, the minister said it would pass.",
     [("the new tax", None), ("it would pass", "the minister")]),
    ("asked-whether-with-subject", "The mayor asked whether the council had read the report.",
     [("whether the council had read the report", "The mayor")]),
    ("when-asked-if", "When asked if the bridge would reopen, the mayor smiled.",
     [("if the bridge would reopen", None)]),
    ("asked-listener-what", "The host asked the senator what he thought of the plan.",
     [("what he thought of the plan", "The host")]),
    ("asked-time-whether", "Asked on Monday whether the plan would work, the mayor said yes.",
     [("whether the plan would work", None), ("yes", "the mayor")]),
    ("asked-what-object", "She asked what the council would do next.", [("what the council would do next", "She")]),
    ("asked-relative-is-no-question", "She asked the man who lives next door for help.", []),
    ("asked-by-agent", "When asked by a reporter whether the plan would work, the mayor smiled.",
     [("whether the plan would work", "a reporter")]),
    ("asked-for-bare-is-no-report", "Asked for a glass of water, the waiter nodded.", []),
    ("asked-to-bare-is-no-report", "Asked to leave the room, the reporter refused.", []),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in QUESTION_CASES], ids=[c[0] for c in QUESTION_CASES])
def test_question_as_content(extractor: Extractor, text: str, expected: list[tuple[str, str | None]]) -> None:
    """A question put by a bare `Asked ...` is reported with no speaker; the answer keeps its own."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.text, q.speaker and q.speaker.text) for q in found] == expected, describe(found)


# Multi-part quotations part by part: each quoted span, marks excluded, no tag words in any part, and
# the speaker (as written) of each quote.  Cases of helper h122.
PARTS_CASES: list[tuple[str, str, list[tuple[str, list[str], str | None]]]] = [
    ("split-comma", '"We will rebuild the bridge," the mayor said, "and we will do it this year."',
     [("direct", ["We will rebuild the bridge,", "and we will do it this year."], "the mayor")]),
    ("split-new-sentence", '"The levee held," said Tom Vale, the county engineer. "The pumps did not. Nobody '
     'expected that."',
     [("direct", ["The levee held,", "The pumps did not. Nobody expected that."], "Tom Vale")]),
    ("split-british", "'We will not back down,' the union leader said, 'not this time.'",
     [("direct", ["We will not back down,", "not this time."], "the union leader")]),
    ("split-brackets-inside", '"The plan (which nobody read) is dead," she said, "and (frankly) it should be."',
     [("direct", ["The plan (which nobody read) is dead,", "and (frankly) it should be."], "she")]),
    ("split-over-paragraphs", 'Ruiz was blunt.\n"The plant will close in March," he said. "Four hundred jobs '
     'will go.\n"We tried everything.\n"Now it is up to the workers."',
     [("direct", ["The plant will close in March,", "Four hundred jobs will go.", "We tried everything.",
                  "Now it is up to the workers."], "he")]),
    ("split-three-tags", '"First, we count the ballots," she said, "then we check them," she added, "and then we '
     'certify them."',
     [("direct", ["First, we count the ballots,"], "she"),
      ("direct", ["then we check them,", "and then we certify them."], "she")]),
    ("split-second-tag-closes", '"We are ready," said the coach, "and so are the fans," he added.',
     [("direct", ["We are ready,"], "the coach"), ("direct", ["and so are the fans,"], "he")]),
    ("split-second-tag-after-description", '"We lost everything," said Vale, a farmer from Dayton, Ohio, "and nobody '
     'came to help," he added.',
     [("direct", ["We lost everything,"], "Vale"), ("direct", ["and nobody came to help,"], "he")]),
    ("split-dash-aside-after-tag", '"We had no warning," he said -- and then, after a long pause -- "none at all."',
     [("direct", ["We had no warning,", "none at all."], "he")]),
    ("split-em-dash-aside-after-tag", '"We had no warning," he said \u2014 and then he paused \u2014 "none at all."',
     [("direct", ["We had no warning,", "none at all."], "he")]),
    ("split-apart-colon-speaker", '"We lost the vote," said Tom Lee. Ann Ruiz disagreed: "We won the argument."',
     [("direct", ["We lost the vote,"], "Tom Lee"), ("direct", ["We won the argument."], "Ann Ruiz")]),
    ("split-apart-new-tag", '"We lost," Lee said. "We lost badly," Ruiz added.',
     [("direct", ["We lost,"], "Lee"), ("direct", ["We lost badly,"], "Ruiz")]),
    ("split-unspaced-dash-aside-after-tag", '"We had no warning," he said\u2014and then, after a long pause\u2014"none at '
     'all."', [("direct", ["We had no warning,", "none at all."], "he")]),
    ("split-dash-interruption", '"We had no warning" \u2014 the farmer paused \u2014 "none at all."',
     [("direct", ["We had no warning", "none at all."], "the farmer")]),
    ("split-cue-in-dash-aside", '"Never" -- she said it twice -- "never again."',
     [("direct", ["Never", "never again."], "she")]),
    ("split-new-cue-in-dash-aside", '"We are not giving up," Ruiz said, "not now" -- and she repeated it -- "not ever."',
     [("direct", ["We are not giving up,", "not now"], "Ruiz"), ("direct", ["not ever."], "she")]),
    ("mixed-dash-aside-before", 'The mayor said -- and she meant it -- that "nobody is above the law."',
     [("mixed", ['that "nobody is above the law."'], "The mayor")]),
    ("mixed-two-fragments", 'Critics called the budget "reckless" and "a gift to donors."',
     [("mixed", ['the budget "reckless" and "a gift to donors."'], "Critics")]),
    ("split-single-inside-double", '"He told me, \'Go home,\' and I went home," the witness said.',
     [("direct", ["He told me, 'Go home,' and I went home,"], "the witness")]),
    # a hyphen standing alone between spaces, typed for a dash, sets narration off as a dash does (h212)
    ("h212-hyphen-interruption", '"We tried everything" - she paused - "and nothing worked."',
     [("direct", ["We tried everything", "and nothing worked."], "she")]),
    ("h212-hyphen-aside-after-tag", '"We had no warning," he said - and then, after a long pause - "none at all."',
     [("direct", ["We had no warning,", "none at all."], "he")]),
    ("h212-hyphen-cue-in-aside", '"Never" - she said it twice - "never again."',
     [("direct", ["Never", "never again."], "she")]),
    ("h212-hyphen-new-cue-in-aside", '"We are not giving up," Ruiz said, "not now" - and she repeated it - "not ever."',
     [("direct", ["We are not giving up,", "not now"], "Ruiz"), ("direct", ["not ever."], "she")]),
    ("h212-hyphen-in-word-stays", '"The well-known plan failed - badly," she said.',
     [("direct", ["The well-known plan failed - badly,"], "she")]),
    # a sentence of narration whose pronoun subject takes the quotation after it: the one still speaking
    ("h212-pronoun-pause", '"We tried everything." She paused. "Nothing worked."',
     [("direct", ["We tried everything.", "Nothing worked."], "She")]),
    ("h212-pronoun-pause-exclaimed", '"Get out of the water!" He waved both arms at the swimmers. "Now!"',
     [("direct", ["Get out of the water!", "Now!"], "He")]),
    ("h212-named-pause-not-joined", '"We tried everything." Ruiz paused. "Nothing worked."',
     [("direct", ["Nothing worked."], "Ruiz")]),
    ("h212-two-sentences-between-not-joined", '"We tried everything." She left. Later he paused. "Nothing worked."',
     [("direct", ["Nothing worked."], "he")]),
    ("h212-pause-after-narrator-stays-two", 'The nurse came in. "We tried everything." She paused. "Nothing worked."',
     [("direct", ["We tried everything."], "The nurse"), ("direct", ["Nothing worked."], "She")]),
    # a quotation after its tag goes on past narration set off by dashes: three parts, one quotation
    ("h212-tag-then-dash-interruption", '"We lost," Hall said, "and yet, in the end" \u2014 he paused \u2014 "we will be '
     'back."', [("direct", ["We lost,", "and yet, in the end", "we will be back."], "Hall")]),
    ("h212-tag-then-hyphen-interruption", '"We lost," Hall said, "and yet, in the end" - he paused - "we will be back."',
     [("direct", ["We lost,", "and yet, in the end", "we will be back."], "Hall")]),
    # a clause a reporting clause is set within, its quoted fragment after the tag: the clause after the tag is
    # the mixed quote; the subject before the tag is no one's quotation (the words an annotator of quoted spans marks)
    ("h237-split-clause-mixed", 'The report, she said, was "a mess."',
     [("mixed", ['was "a mess."'], "she")]),
    ("h237-split-clause-indirect", "The plan, he said, would cost $4 billion.",
     [("indirect", ["The plan", "would cost $4 billion"], "he")]),
    # near misses: a subordinate clause before the tag, or a quotation the tag sets off, is the speaker's sentence
    ("h237-split-subordinate-first-direct", 'If it passes, he said, "we are done."',
     [("direct", ["we are done."], "he")]),
    ("h237-split-quotation-after-tag-direct", 'The reality is, he said, "there are none."',
     [("direct", ["there are none."], "he")]),
    # h237: the lines after `said:` closing its line are what was said: one indirect quote, a part a line
    ("h237-colon-bullets", "Officials said:\n\n- The bridge will close on Monday.\n- Buses will replace trains.",
     [("indirect", ["The bridge will close on Monday", "Buses will replace trains"], "Officials")]),
    ("h237-colon-bullets-blank-lines", "The council said:\n\n\u2022 The bridge will close on Monday.\n\n\u2022 Buses "
     "will replace trains.\n\nThe mayor was away.",
     [("indirect", ["The bridge will close on Monday", "Buses will replace trains"], "The council")]),
    ("h237-colon-lines-to-blank", "In a speech, he said:\n\nLet no one doubt it.\nWe will win this fight.\n\nThen he "
     "left the hall.", [("indirect", ["Let no one doubt it", "We will win this fight"], "he")]),
    ("h237-colon-bullet-own-cue-ends", "Officials said:\n\n- The bridge will close on Monday.\n- Buses will replace "
     "trains, the mayor said.", [("indirect", ["The bridge will close on Monday"], "Officials"),
                                ("indirect", ["Buses will replace trains"], "the mayor")]),
    ("h237-colon-no-reporting-verb", "Here are the new rules:\n\n- The bridge will close on Monday.\n- Buses will "
     "replace trains.", []),
    ("h237-colon-bullets-no-sentences", "Officials said:\n\n- Bridge closures\n- Bus routes", []),
    # a quotation right after the tag that opens with the verb the fronted subject waits for goes on with it
    ("h237-split-quoted-predicate", 'The closure, Okafor said, "came out of nowhere."',
     [("direct", ["came out of nowhere."], "Okafor")]),
    ("h237-split-one-word-subject", 'Prices, he said, were "out of control."',
     [("mixed", ['were "out of control."'], "he")]),
    # a verb that may tag a quote (`continue`) within a list item is no report of its own
    ("h237-colon-bullet-cue-word-no-report", "Union officials said:\n\n- Severance talks will begin next week.\n- "
     "Health coverage will continue through March.",
     [("indirect", ["Severance talks will begin next week", "Health coverage will continue through March"],
       "Union officials")]),
    # a time phrase before the tag that the parse takes for its content
    ("h237-colon-time-before-tag", "In a speech last July, he said:\n\nLet no one be mistaken about this.\nIt "
     "cannot be ignored.", [("indirect", ["Let no one be mistaken about this", "It cannot be ignored"], "he")]),
    # a tag set within a clause that holds a quoted fragment after the tag
    ("h249-split-clause-cue-verb-after", 'Management, he said, had promised the workers "at least another decade."',
     [("mixed", ['had promised the workers "at least another decade."'], "he")]),
    # a quotation running on from a reported clause's words past its sentence's end: one mixed quote, one part
    ("h244-clause-runs-into-quotation", 'He added that the plan should "be judged by its results. It will take '
     'years to know whether it worked."',
     [("mixed", ['that the plan should "be judged by its results. It will take years to know whether it '
                 'worked."'], "He")]),
    ("h244-clause-runs-on-over-paragraph", 'Ruiz said the city was "ready for the storm. We have sandbags.\n\n'
     '"And we have pumps."',
     [("mixed", ['the city was "ready for the storm. We have sandbags.', 'And we have pumps.'], "Ruiz")]),
    # set off by a colon or comma, the quotation is the speaker's own sentences: direct
    ("h244-colon-sets-off-quotation", 'The mayor said of her rival: "He is wrong. He has always been wrong."',
     [("direct", ["He is wrong. He has always been wrong."], "The mayor")]),
    ("h244-comma-sets-off-quotation", 'She rarely speaks at rallies, "except for friends. And he is no friend."',
     [("direct", ["except for friends. And he is no friend."], "She")]),
    # closing on a comma, the quotation waits for a tag of its own: direct, that tag's
    ("h244-quotation-awaits-own-tag", 'Dean described the strain as "awful. It really wears you down," he said.',
     [("direct", ["awful. It really wears you down,"], "he")]),
    # h247: an opinion quoted in two parts around its tag, brackets and ellipses kept in each part
    ("h247-opinion-two-parts", '"[T]he statute ... does not apply," Ruiz wrote. "It reaches the bystander [who] '
     'holds a phone."', [("direct", ["[T]he statute ... does not apply,", "It reaches the bystander [who] holds a "
                                     "phone."], "Ruiz")]),
    # h252: a tag set within its clause, a quoted fragment after it: the words after the tag, to the clause's end
    # (the coordinated verb phrase too), are the mixed quote; the tag's time, place or listener is no part of it
    ("h252-within-tag-time", 'The new budget, the mayor said on Tuesday, is "a bridge to nowhere" and must be '
     'rewritten.', [("mixed", ['is "a bridge to nowhere" and must be rewritten'], "the mayor")]),
    ("h252-within-tag-bare-day", 'The new budget, the mayor said Tuesday, is "a bridge to nowhere" and must be '
     'rewritten.', [("mixed", ['is "a bridge to nowhere" and must be rewritten'], "the mayor")]),
    ("h252-within-tag-statement", 'The new budget, the mayor said in a statement, is "a bridge to nowhere" and '
     'must be rewritten.', [("mixed", ['is "a bridge to nowhere" and must be rewritten'], "the mayor")]),
    ("h252-within-tag-listener", 'The new budget, the mayor told reporters, is "a bridge to nowhere" and must be '
     'rewritten.', [("mixed", ['is "a bridge to nowhere" and must be rewritten'], "the mayor")]),
    ("h252-within-according-to", 'The new budget, according to the mayor, is "a bridge to nowhere" and must be '
     'rewritten.', [("mixed", ['is "a bridge to nowhere" and must be rewritten'], "the mayor")]),
    ("h252-within-inverted-apposition", 'The new budget, said Ann Ruiz, an economist, is "a bridge to nowhere" and '
     'must be rewritten.', [("mixed", ['is "a bridge to nowhere" and must be rewritten'], "Ann Ruiz")]),
    # a short clause after the tag (the paraphrase of its cue): the tag's setting is no part of it either
    ("h252-within-tag-setting-short", 'The new budget, the mayor added in an interview, is "a bridge to nowhere."',
     [("mixed", ['is "a bridge to nowhere."'], "the mayor")]),
    ("h252-within-tag-day-short", 'The report, she said Monday, was "a mess."', [("mixed", ['was "a mess."'], "she")]),
    # a label the writer marks in the subject before the tag (a short term before its noun, a thing's name) is
    # no quotation: the report is indirect, the subject one of its parts; with a fragment after the tag, mixed
    ("h252-within-label-in-subject", 'The "new" plan, she said, would cost more than the old one.',
     [("indirect", ['The "new" plan', "would cost more than the old one"], "she")]),
    ("h252-within-name-in-subject", 'Its "Deep Research" tool, the firm said, can browse the web for hours.',
     [("indirect", ['Its "Deep Research" tool', "can browse the web for hours"], "the firm")]),
    ("h252-within-label-then-fragment", 'The "new" plan, she said, is "a bridge to nowhere."',
     [("mixed", ['is "a bridge to nowhere."'], "she")]),
    # the writer's aside after the quotation ends the words after the tag, as it ends any reported clause
    ("h252-within-comment-after", 'That bridge, the engineers wrote in their report, had been "neglected for '
     'decades," which is why it failed.', [("mixed", ['had been "neglected for decades,"'], "the engineers")]),
    # near miss: `and` and a past verb after the tag is the speaker's own next act, narration, no part of her report
    ("h252-within-tag-then-narration", 'The plan was a "disaster," she said, and left the room.',
     [("mixed", ['The plan was a "disaster,"'], "she")]),
    # the same where the parse gives the tag no clause after it (`marks` taken for a noun): read from the words
    ("h252-within-setting-misparsed", 'The agreement, the two leaders said in a joint statement, marks "a new '
     'chapter" in relations between the countries.',
     [("mixed", ['marks "a new chapter" in relations between the countries'], "the two leaders")]),
    ("h252-within-fronted-time", 'In March, she said in a statement, the council "will vote on it."',
     [("mixed", ['the council "will vote on it."'], "she")]),
    # a saying no one owns is common wording, no one's quote; an owner's saying is the owner's
    ("h263-saying-goes", 'As the saying goes, "the road to hell is paved with good intentions."', []),
    ("h263-proverb-has-it", 'An old proverb has it: "A stitch in time saves nine."', []),
    ("h263-adage-says-quoted", 'The old adage says, "You get what you pay for."', []),
    ("h263-adage-says-clause", "The old adage says that you get what you pay for.", []),
    ("h263-saying-after", '"You get what you pay for," as the old adage says.', []),
    ("h263-owned-maxim", "Reagan's favourite maxim says that trust must be verified.",
     [("indirect", ["that trust must be verified"], "Reagan's favourite maxim")]),
    ("h263-liked-to-say", 'Reagan liked to say, "Trust, but verify."', [("direct", ["Trust, but verify."], "Reagan")]),
    # a quantifier opening its clause before a verb no noun spells stands for people: they speak
    ("h263-some-argue", "Some argue that the council should scrap the code altogether.",
     [("indirect", ["that the council should scrap the code altogether"], "Some")]),
    ("h263-while-others-insist", "Supporters praise the plan, while others insist that it will fail.",
     [("indirect", ["that it will fail"], "others")]),
    ("h263-some-say-noun", "Residents want some say in how the money is spent.", []),
    # words borrowed from someone are theirs; a cliche's are no one's; a cue of one's own still tags
    ("h263-borrow-a-line", 'To borrow a line from Mark Twain, "the reports of my death are greatly exaggerated."',
     [("direct", ["the reports of my death are greatly exaggerated."], "Mark Twain")]),
    ("h263-borrowing-own-cue", 'The senator, borrowing a line from her father, said: "We do not quit."',
     [("direct", ["We do not quit."], "The senator")]),
    ("h263-cliche-words", 'In the words of the old cliché, "it takes a village."', []),
    ("h262-turn-quoting-someone", 'Rosa Lind talked with Tom Vale in her studio.\n\nTV: Your critics say your '
     'designs cost too much.\n\nRL: They do say that. My old teacher, Karl Benn, told me once, "A cheap bridge is '
     'the most expensive thing you can build." I still believe him.\n\nTV: What comes next?\n\nRL: A school.',
     [("direct", ["Your critics say your designs cost too much."], "TV"),
      ("direct", ["They do say that."], "RL"),
      ("direct", ["A cheap bridge is the most expensive thing you can build."], "My old teacher, Karl Benn"),
      ("direct", ["I still believe him."], "RL"),
      ("direct", ["What comes next?"], "TV"), ("direct", ["A school."], "RL")]),
    ("h262-titled-turn-quoting-someone", 'Jamie Cole: Helen, why cities?\n\nHelen Ward: Because most of us live '
     'in them.\n\nPriya Nair: Your publisher said it was "a manifesto." Is it?\n\nHelen Ward: A gentle one.'
     '\n\nJamie Cole: Thanks for coming on.',
     [("direct", ["Helen, why cities?"], "Jamie Cole"), ("direct", ["Because most of us live in them."], "Helen Ward"),
      ("mixed", ['it was "a manifesto."'], "Your publisher"), ("direct", ["Is it?"], "Priya Nair"),
      ("direct", ["A gentle one."], "Helen Ward"), ("direct", ["Thanks for coming on."], "Jamie Cole")]),
    ("h262-object-then-adverbial-clause", "I wrote the first one while he was dying.", []),
    ("h262-object-then-adverbial-clause-when", "He wrote the report when he was mayor.", []),
    ("h262-clause-with-a-time-clause-inside", "She said the toll since the storm hit had risen.",
     [("indirect", ["the toll since the storm hit had risen"], "She")]),
    ("h262-outlet-label", 'THE TIMES: When did you first decide to run?\n\nANA SOTO: When the clinic on my '
     'street closed.\n\nTHE TIMES: Your opponent calls you inexperienced.\n\nANA SOTO: He is entitled to his view.',
     [("direct", ["When did you first decide to run?"], "THE TIMES"),
      ("direct", ["When the clinic on my street closed."], "ANA SOTO"),
      ("direct", ["Your opponent calls you inexperienced."], "THE TIMES"),
      ("direct", ["He is entitled to his view."], "ANA SOTO")]),
    ("h262-rubric-with-the-once", 'THE LATEST: The council met on Monday.\n\nThe vote is set for May.', []),
    ("h262-podcast-time-codes", '[00:00:05] ANN RUIZ: Welcome to the show.\n\n[00:00:12] BEN ODE: Thanks, '
     'Ann. Glad to be here.\n\n[00:01:40] ANN RUIZ: Are prices coming down?',
     [("direct", ["Welcome to the show."], "ANN RUIZ"), ("direct", ["Thanks, Ann. Glad to be here."], "BEN ODE"),
      ("direct", ["Are prices coming down?"], "ANN RUIZ")]),
    # h314: a quotation in brackets right after another, one in English and the other in none, gives the same
    # words in another tongue: a part of that quotation, and the quotation after the tag goes on with it
    ("h314-bracketed-original", '"We will not give up" ("No nos rendiremos"), Ruiz said at the rally. "Hugs, not '
     'bullets."', [("direct", ["We will not give up", "No nos rendiremos", "Hugs, not bullets."], "Ruiz")]),
    ("h314-bracketed-translation-low-high", '„Das ist Unsinn“ („That is nonsense“), Vogel said.',
     [("direct", ["Das ist Unsinn", "That is nonsense"], "Vogel")]),
    ("h314-bracketed-translation-after-tag", '« Nous voulons la paix », the mayor told local newspaper Le Soir '
     '("We want peace").', [("direct", ["Nous voulons la paix"], "the mayor"),
                            ("direct", ["We want peace"], "the mayor")]),
    ("h314-bracketed-same-tongue-no-gloss", '"We are ready" ("all of us"), she said.',
     [("direct", ["We are ready"], "she")]),
    # h317: a phrase closing a reported clause that names the occasion the words were said on (`in an interview`,
    # `at a news conference`) hangs from the cue: no part of what was said; a place, a time, a meeting or an
    # occasion the clause's own speech verb took place on stays in it
    ("h317-occasion-interview", "Lee said the plan was dead in an interview with the Ledger.",
     [("indirect", ["the plan was dead"], "Lee")]),
    ("h317-occasion-statement", "The ministry said the talks would resume in a statement on Monday.",
     [("indirect", ["the talks would resume"], "The ministry")]),
    ("h317-occasion-news-conference", "Lee said the deal was off at a news conference in Paris.",
     [("indirect", ["the deal was off"], "Lee")]),
    ("h317-occasion-speech", "The senator said the bill was dead in a speech to the chamber.",
     [("indirect", ["the bill was dead"], "The senator")]),
    ("h317-occasion-naming-mixed", 'Lee called the judge "a dictator" in an interview on Sunday.',
     [("mixed", ['the judge "a dictator"'], "Lee")]),
    ("h317-occasion-plural-kept", "Lee said the senator had misspoken in two interviews.",
     [("indirect", ["the senator had misspoken in two interviews"], "Lee")]),
    ("h317-occasion-possessive-kept", 'Lee said he was being "sarcastic" in his comments.',
     [("mixed", ['he was being "sarcastic" in his comments'], "Lee")]),
    ("h317-occasion-briefing-mixed", 'The mayor said the budget was "a fiction" during a briefing on Friday.',
     [("mixed", ['the budget was "a fiction"'], "The mayor")]),
    ("h317-occasion-own-speech-verb", "Lee said he would speak at a news conference.",
     [("indirect", ["he would speak at a news conference"], "Lee")]),
    ("h317-occasion-own-lie", "Officials said the suspect had lied in his testimony.",
     [("indirect", ["the suspect had lied in his testimony"], "Officials")]),
    ("h317-occasion-place-kept", "Lee said the fire started in a kitchen.",
     [("indirect", ["the fire started in a kitchen"], "Lee")]),
    ("h317-occasion-meeting-kept", "Lee said the two leaders met at a conference in Geneva.",
     [("indirect", ["the two leaders met at a conference in Geneva"], "Lee")]),
    ("h317-occasion-time-kept", "Lee said the plant would close in a year.",
     [("indirect", ["the plant would close in a year"], "Lee")]),
    ("h317-occasion-own-speech-noun", "Grove tweeted out the mayor's praise of the chief during the press conference.",
     [("indirect", ["the mayor's praise of the chief during the press conference"], "Grove")]),
    ("h323-fronted-infinitive-object", "By refusing to admit any fault, the mayor and his aide turned a small "
     "dispute into a scandal.", []),
    ("h323-fronted-infinitive-clause", "By refusing to admit that the count was wrong, the clerk angered both parties.",
     [("indirect", ["that the count was wrong"], "the clerk")]),
    ("h323-subject-relative-last-verb", "Voters who say the economy is their top concern were evenly split.",
     [("indirect", ["the economy is their top concern"], "who")]),
    ("h323-subject-relative-mistagged-aux", "Residents who claim the water is unsafe have filed a lawsuit.",
     [("indirect", ["the water is unsafe"], "who")]),
    ("h323-subject-relative-adverb-verb", "Parents who say the school failed their children now want the principal "
     "to resign.", [("indirect", ["the school failed their children"], "who")]),
    ("h323-subject-relative-reduced-kept", "Officials who said the man they arrested yesterday was armed later "
     "changed their account.", [("indirect", ["the man they arrested yesterday was armed"], "who")]),
    ("h323-fronted-by-naming", 'By calling the plan "a disaster," the mayor angered his own party.',
     [("mixed", ['the plan "a disaster,"'], "the mayor")]),
    ("h323-fronted-in-naming", 'In declaring the law "unfair," the judge again showed her independence.',
     [("mixed", ['the law "unfair,"'], "the judge")]),
    ("h323-subject-participle-object", "A man claiming ties to a militia group shot two guards at the depot.", []),
    ("h323-subject-participle-clause", "A man claiming the vote was rigged shot two guards at the depot.",
     [("indirect", ["the vote was rigged"], "A man")]),
    ("h323-predicate-noun-speaker", "She is a candidate promising that taxes will fall.",
     [("indirect", ["that taxes will fall"], "a candidate")]),
    ("h323-predicate-noun-speaker-past", "He was the only senator saying that the bill would fail.",
     [("indirect", ["that the bill would fail"], "the only senator")]),
    ("h323-reduced-passive-none", "A $2 billion merger announced Friday would make the bank the largest lender in "
     "the state.", []),
    ("h323-reduced-passive-on-day-none", "The plan unveiled on Monday will cut bus fares.", []),
    ("h323-reduced-passive-active-kept", "The company announced Friday it would cut 500 jobs.",
     [("indirect", ["it would cut 500 jobs"], "The company")]),
    ("h323-reduced-relative-own-subject-kept", "The only mistake the mayor admitted was a failed promise to cut "
     "fares.", [("indirect", ["was a failed promise to cut fares"], "the mayor")]),
    ("h321-relative-main-verb-after-noun", "The woman who said she saw the crash is a nurse.",
     [("indirect", ["she saw the crash"], "who")]),
    ("h321-relative-main-verb-noun-tagged", "Residents who say the plant is unsafe plan to protest.",
     [("indirect", ["the plant is unsafe"], "who")]),
    ("h321-relative-main-verb-noun-tagged-singular", "The resident who says the plant is unsafe plans to protest.",
     [("indirect", ["the plant is unsafe"], "who")]),
    ("h321-relative-main-verb-bare", "Parents who said the school was unsafe want answers.",
     [("indirect", ["the school was unsafe"], "who")]),
    ("h321-relative-main-verb-auxiliary", "Officials who said the bridge was safe were wrong.",
     [("indirect", ["the bridge was safe"], "who")]),
    ("h321-no-relative-noun-phrase-kept", "Lee said the plant is an unsafe plan to expand.",
     [("indirect", ["the plant is an unsafe plan to expand"], "Lee")]),
    ("h321-no-relative-clause-object-kept", "Lee said she knew the man was a nurse.",
     [("indirect", ["she knew the man was a nurse"], "Lee")]),
    ("h321-passive-naming-relative-nobody", 'Voters in towns that are often labeled the "flyover country" feel ignored.',
     []),
    ("h321-passive-naming-relative-agent-kept", 'Lee was called "a liar" by his rival.',
     [("mixed", ['Lee was called "a liar"'], "his rival")]),
    ("h321-active-naming-relative-kept", 'Voters in towns that the senator labeled "forgotten" feel ignored.',
     [("direct", ["forgotten"], "the senator")]),
    ("h321-passive-term-within-speaker", 'Towns that are often labeled "backward" say they are ignored.',
     [("indirect", ["they are ignored"], 'Towns that are often labeled "backward"')]),
    ("h321-passive-term-in-speaker-nobody", 'Residents of towns that are often labeled "backward" say they are ignored.',
     [("direct", ["backward"], None),
      ("indirect", ["they are ignored"], 'Residents of towns that are often labeled "backward"')]),
    ("h321-quoted-name-in-speaker-own-words-kept", 'The "Gang of Six" senators said the bill was dead.',
     [("indirect", ["the bill was dead"], 'The "Gang of Six" senators')]),
    ("h321-relative-on-preposition-noun", "Farmers in towns that backed him say they feel ignored.",
     [("indirect", ["they feel ignored"], "Farmers in towns that backed him")]),
    ("h321-set-off-relative-on-preposition-noun-kept",
     "A spokeswoman for the company, which runs the port, said the ships were late.",
     [("indirect", ["the ships were late"], "A spokeswoman for the company")]),
    # h325: a perfect infinitive after a hedging passive (`is said to have told`, `is understood to have warned`):
    # the participle after `to have` is the infinitive's verb, a report of its own whose speaker is the raised
    # subject; the passive only hedges it (`It is understood` and `is said to be ill` report the whole clause)
    ("h325-raised-told-no-that", "The star is said to have told friends she was heartbroken after the split.",
     [("indirect", ["she was heartbroken after the split"], "The star")]),
    ("h325-raised-told-that", "The Home Secretary is said to have told friends that she would resign.",
     [("indirect", ["that she would resign"], "The Home Secretary")]),
    ("h325-understood-warned", "The minister is understood to have warned colleagues that she would quit.",
     [("indirect", ["that she would quit"], "The minister")]),
    ("h325-understood-said-mixed", 'The singer is understood to have said she was "heartbroken."',
     [("mixed", ['she was "heartbroken."'], "The singer")]),
    ("h325-understood-told-plural", "Ministers are understood to have told the party that the tax will go.",
     [("indirect", ["that the tax will go"], "Ministers")]),
    ("h325-understood-no-saying-kept", "The minister is understood to have agreed to a deal.",
     [("indirect", ["The minister is understood to have agreed to a deal"], None)]),
    ("h325-said-no-saying-kept", "He is said to have left the city.",
     [("indirect", ["He is said to have left the city"], None)]),
    ("h325-reportedly-told", 'The singer reportedly told pals: "I am done with him."',
     [("direct", ["I am done with him."], "The singer")]),
    # h325: an absolute phrase after a criticism (`, with one fan writing: "..."`) is a report of its own: the
    # quotation is its noun phrase's, and the criticism ends before its comma
    ("h325-with-one-writing", 'Fans slammed the star for the post, with one writing: "Have some respect."',
     [("indirect", ["the star for the post"], "Fans"), ("direct", ["Have some respect."], "one")]),
    ("h325-with-one-fan-writing", 'Fans slammed the star for the post, with one fan writing: "Have some respect."',
     [("indirect", ["the star for the post"], "Fans"), ("direct", ["Have some respect."], "one fan")]),
    ("h325-with-one-saying", 'Fans slammed the star for the post, with one saying: "Have some respect."',
     [("indirect", ["the star for the post"], "Fans"), ("direct", ["Have some respect."], "one")]),
    ("h325-with-aide-saying-after-criticism", 'Lee criticized the plan, with one aide saying: "It is a mess."',
     [("direct", ["It is a mess."], "one aide")]),
    ("h325-with-mp-saying-clause", "Critics slammed the minister for the delay, with one MP saying she should resign.",
     [("indirect", ["the minister for the delay"], "Critics"), ("indirect", ["she should resign"], "one MP")]),
    # h325: tabloid sourcing: the whole description is the speaker
    ("h325-source-close-told-outlet", 'A source close to the couple told The Sun: "They barely speak any more."',
     [("direct", ["They barely speak any more."], "A source close to the couple")]),
    ("h325-person-familiar-anonymity",
     '"He wants options by Friday," said a person familiar with the talks, who spoke on condition of anonymity.',
     [("direct", ["He wants options by Friday,"], "a person familiar with the talks")]),
    ("h325-fumed-inverted", '"Disgraceful," fumed one MP.', [("direct", ["Disgraceful,"], "one MP")]),
    ("h325-branded-mixed", 'She branded the claims "a pack of lies".',
     [("mixed", ['the claims "a pack of lies"'], "She")]),
    # near-misses: the same verbs doing, not saying
    ("h325-slammed-door-none", "He slammed the door and left.", []),
    ("h325-blasted-music-none", "She blasted the music all night.", []),
    ("h325-fumed-bench-none", "The striker fumed on the bench.", []),
    # h325: a closing reporting clause with a modal of its own (`..., The Sun can reveal.`): the clause before
    # its comma is what is reported; a modal clause that tells of a noun or opens with `which` reports nothing
    ("h325-closing-can-reveal", "The star has been axed from the show, The Sun can reveal.",
     [("indirect", ["The star has been axed from the show"], "The Sun")]),
    ("h325-closing-can-exclusively-reveal", "The couple have secretly wed, the Mirror can exclusively reveal.",
     [("indirect", ["The couple have secretly wed"], "the Mirror")]),
    ("h325-closing-sources-can-confirm", "The couple have split, sources can confirm.",
     [("indirect", ["The couple have split"], "sources")]),
    ("h325-closing-which-can-none", "The team lost, which fans can confirm.", []),
    ("h325-closing-noun-would-none", "The plan was dropped, something he would deny.", []),
    # h325: verbs of speaking in a manner (gossip and tabloid registers) report a `that` clause or a quotation;
    # with an object, a particle or none they tell of fires, food and feelings
    ("h325-dished-that", 'A source close to Lane dished that the actor was "blindsided" by the news.',
     [("mixed", ['that the actor was "blindsided" by the news'], "A source close to Lane")]),
    ("h325-raged-that", "The star raged that the reports were lies.",
     [("indirect", ["that the reports were lies"], "The star")]),
    ("h325-seethed-that", "One MP seethed that the party had been betrayed.",
     [("indirect", ["that the party had been betrayed"], "One MP")]),
    ("h325-raved-that", "Critics raved that the show was the best of the year.",
     [("indirect", ["that the show was the best of the year"], "Critics")]),
    ("h325-enthused-tag", '"I have never been happier," the actress enthused.',
     [("direct", ["I have never been happier,"], "the actress")]),
    ("h325-vented-that", "The coach vented that nobody had listened to him.",
     [("indirect", ["that nobody had listened to him"], "The coach")]),
    ("h325-cooed-tag", '"She is perfect," the new mum cooed.', [("direct", ["She is perfect,"], "the new mum")]),
    ("h325-sobbed-that", "The widow sobbed that she had lost everything.",
     [("indirect", ["that she had lost everything"], "The widow")]),
    ("h325-fire-raged-none", "The fire raged through the night.", []),
    ("h325-debate-raged-none", "A fierce debate raged over the plan.", []),
    ("h325-dished-up-none", "The chef dished up pasta for the crowd.", []),
    ("h325-dished-out-none", "The coach dished out punishment to the players.", []),
    ("h325-raved-about-none", "Fans raved about the show.", []),
    ("h325-vented-anger-none", "He vented his anger on social media.", []),
    ("h325-steam-vents-none", "The steam vents were blocked.", []),
    ("h325-sobbed-manner-none", "She sobbed uncontrollably at the funeral.", []),
    ("h325-seething-with-none", "He was seething with anger.", []),
    # h331: more verbs of speaking in a manner (weep, spit, snort, wail, shriek, chuckle, huff) tag a quotation or
    # report a `that` clause; with a particle, a place or none they tell of seeds, wind, hills and laughter
    ("h331-wept-tag", '"We will never sell," the chairman wept.', [("direct", ["We will never sell,"], "the chairman")]),
    ("h331-spat-tag", '"This is a disgrace," she spat.', [("direct", ["This is a disgrace,"], "she")]),
    ("h331-huffed-tag", '"That is absurd," he huffed.', [("direct", ["That is absurd,"], "he")]),
    ("h331-chuckled-tag", '"Not bad at all," the investor chuckled.',
     [("direct", ["Not bad at all,"], "the investor")]),
    ("h331-snorted-that", "One investor snorted that the offer was a joke.",
     [("indirect", ["that the offer was a joke"], "One investor")]),
    ("h331-wailed-that", "The union wailed that the cuts would cost jobs.",
     [("indirect", ["that the cuts would cost jobs"], "The union")]),
    ("h331-shrieked-tag", '"Get out," the manager shrieked.', [("direct", ["Get out,"], "the manager")]),
    ("h331-spit-out-none", "The toddler spit out the seeds.", []),
    ("h331-wind-wailed-none", "The wind wailed all night.", []),
    ("h331-huffed-up-none", "He huffed up the hill.", []),
    ("h331-spat-noun-none", "A trade spat erupted last year.", []),
    ("h331-chuckled-at-none", "She chuckled at the joke.", []),
    ("h331-wept-at-none", "The crowd wept at the news.", []),
    ("h329-subject-participle-second-finite", "People saying the war is over are wrong.",
     [("indirect", ["the war is over"], "People")]),
    ("h329-subject-relative-second-finite", "Voters who say the race is over are mistaken.",
     [("indirect", ["the race is over"], "who")]),
    ("h329-subject-participle-one-group-kept", "Fans saying the team is not ready were booed.",
     [("indirect", ["the team is not ready"], "Fans")]),
    ("h329-subject-relative-noun-tagged-verb-preposition", "Workers who say the mill is closing fear for their jobs.",
     [("indirect", ["the mill is closing"], "who")]),
    ("h329-subject-relative-noun-tagged-verb-singular", "The worker who says the mill is closing fears for his job.",
     [("indirect", ["the mill is closing"], "who")]),
    ("h329-subject-relative-noun-tagged-verb-future", "Workers who say the mill is closing fear for the future.",
     [("indirect", ["the mill is closing"], "who")]),
    ("h329-subject-relative-object-noun-kept", "Residents who say the council is wasting money on roads want a vote.",
     [("indirect", ["the council is wasting money on roads"], "who")]),
    ("h329-subject-relative-noun-phrase-kept", "Workers who say the boss is spreading fear of layoffs were fired.",
     [("indirect", ["the boss is spreading fear of layoffs"], "who")]),
    ("h329-subject-relative-that-clause-kept", "The woman who said she knew the man was lying testified on Monday.",
     [("indirect", ["she knew the man was lying"], "who")]),
    # h354: a linking adverb or conjunction alone before a colon (`Then:`, `Plus:`, `But:`) names no speaker: the
    # quotation after it goes on with the tagged one before it, a part of it; a name there still speaks
    ("h354-linking-label-then", '"We will win," she said. Then: "It will be soon."',
     [("direct", ["We will win,", "It will be soon."], "she")]),
    ("h354-linking-label-plus", '"The levy is fair," the minister said. Plus: "It is only for two years."',
     [("direct", ["The levy is fair,", "It is only for two years."], "the minister")]),
    ("h354-linking-label-but", '"We will win," she said. But: "It will take time."',
     [("direct", ["We will win,", "It will take time."], "she")]),
    ("h354-linking-label-name-kept", '"We will win," Ruiz said. Vale: "We will lose."',
     [("direct", ["We will win,"], "Ruiz"), ("direct", ["We will lose."], "Vale")]),
    # h354: the rest of an utterance after a tag read off the words and its comma, however short, is no term
    ("h354-resumed-after-read-tag", '"We will win," she began, "eventually."',
     [("direct", ["We will win,", "eventually."], "she")]),
    ("h354-resumed-after-inverted-read-tag", '"We will win," began Ruiz, "eventually."',
     [("direct", ["We will win,", "eventually."], "Ruiz")]),
    ("h354-resumed-after-broken-off", '"We will--" she began, "win."', [("direct", ["We will--", "win."], "she")]),
    ("h354-term-after-tag-kept", '"We lost," she said, calling it a "fiasco."',
     [("direct", ["We lost,"], "she"), ("mixed", ['it a "fiasco."'], "she")]),
    # h354: narration set off by dashes within a quotation that goes on after its tag's sentence: one utterance,
    # three parts; a cue of its own in the narration still starts a new quotation
    ("h354-narration-dashes-after-continuation", '"The port is closed," she said. "It will stay closed" - she looked '
     'at the sky - "until the storm passes."',
     [("direct", ["The port is closed,", "It will stay closed", "until the storm passes."], "she")]),
    ("h354-cue-dashes-after-continuation", '"The port is closed," she said. "It will stay closed" -- and she '
     'repeated it -- "until the storm passes."',
     [("direct", ["The port is closed,"], "she"), ("direct", ["It will stay closed", "until the storm passes."], "she")]),
    # h354: a sentence between a tag and the next quotation whose subject shares the tag speaker's surname under
    # another given name names another of the family: the quotation after it is that one's, not a part
    ("h354-kin-narration-between", '"We lost the match," Tom Hall said. Anna Hall shrugged. "The players let us down."',
     [("direct", ["We lost the match,"], "Tom Hall"), ("direct", ["The players let us down."], "Anna Hall")]),
    ("h354-surname-narration-same-one", '"We lost the match," Tom Hall said. Mr. Hall shrugged. "The players let us '
     'down."', [("direct", ["We lost the match,", "The players let us down."], "Tom Hall")]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in PARTS_CASES], ids=[c[0] for c in PARTS_CASES])
def test_quote_parts(extractor: Extractor, text: str, expected: list[tuple[str, list[str], str | None]]) -> None:
    """Each quote's parts, one per quoted span, exactly; no tag words leak into a part."""
    found = extractor.extract(text)
    check_quotes(text, found)
    assert [(q.type, [p.text for p in q.parts], q.speaker and q.speaker.text) for q in found] == expected, \
        describe(found)


@pytest.mark.parametrize("text,thing", [
    ('The students wore shirts reading "Vote."', "shirts"),  # h171: `wore` is the clause's verb, no modifier
    ('Fans held signs reading "Vote."', "signs"),
    ('The printed signs read "Vote."', "The printed signs"),
])
def test_inscription_unparsed(text: str, thing: str) -> None:
    """With no parse, the thing that bears the words is read from the words alone: a past with no `-ed`
    before the noun is the clause's verb, not one of the noun's modifiers."""
    from quotes.marks import Quoted
    from quotes.rules.linking import _inscription
    from quotes.segment import split_sentences
    a, b = text.index('"') + 1, text.rindex('"')
    found = _inscription(text, Quoted(parts=((a, b),), closed=True, double=True), split_sentences(text)[0], ())
    assert found is not None and text[found[0][0]:found[0][1]] == thing
