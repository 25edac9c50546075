import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleEntity } from '../article-types.ts';
import { findMentions } from '../mentions/find-mentions.ts';
import { groupEntities } from '../mentions/group-entities.ts';
import { attributeStatements, unattributedStatement } from './attribute-statements.ts';
import { resolvePersonPronouns } from './resolve-speaker-references.ts';
import { segmentText } from './segment-text.ts';
import { speakersOf as speakers } from './test-speakers.ts';

// Shapes of attribution seen in real published news (issue 14's held-out failures, by kind).
describe('speakers across paragraphs', () => {
  it('gives a quote paragraph to the person the paragraph before reported', () => {
    assert.deepEqual(
      speakers(
        'Chief executive Amy Carter said the management of the donations was not in question.\n\n"Every donation was spent as the donors intended.\n\n"Trust is what we live on."',
      ),
      ['Amy Carter', 'Amy Carter', 'Amy Carter'],
    );
  });

  it('gives a quote paragraph to the person who "told reporters:" in the paragraph before', () => {
    assert.deepEqual(
      speakers(
        'The mayor, Linda Hart, told reporters:\n\n“We will rebuild the bridge before winter.”',
      ),
      ['Linda Hart', 'Linda Hart'],
    );
  });

  it('gives a quote paragraph to the speaker of the next one when that one "added"', () => {
    assert.deepEqual(
      speakers(
        'The club lost 3-0 at home, its fourth defeat in five games.\n\n"We were not good enough today. The players know it."\n\n"We have to look at ourselves before the derby," Mark Hughes added.',
      ),
      [null, 'Mark Hughes', 'Mark Hughes', 'Mark Hughes'],
    );
  });

  it('gives a quote paragraph the speaker its "he said" was resolved to', () => {
    // Channel 4 News, on the Taliban spokesmen (excerpt of the speaker set's text).
    const statements = speakers(
      'The Taliban denies reports that its leader, Mullah Mohammad Omar, has been killed as British troops hand over control of a key city in Afghanistan to local forces.\nThe Afghan Taliban has denied media reports about the killing of their leader Mullah Mohammad Omar, in Kabul.\nTaliban spokesman Zabihullah Mujahid said there was no truth in Afghan media reports that said Mullah Omar, one of the most wanted men in the world, has been killed.\nHe said the media in Afghanistan were “200 per cent wrong” to quote another Taliban spokesman, Qari Yousuf, in confirmation of Mullah Omar’s death.\nHe said: “Besides me, Qari Yousuf is also Taliban spokesman but has not spoken to any media channel to confirm the death of our supreme leader.”\nThe reclusive Taliban leader has a $10m bounty on his head, and this is not the first time he has been reported dead.\nThe latest reports came as British forces handed over control of a key city in Afghanistan’s Helmand province – one of the most violent areas in the country – to local forces. The Afghan police and army have been in effective control of Lashkar Gah for around a month, but today marks the official handover of security in the city.\nTalking from an undisclosed location by telephone, Mr Mujahid said the US had blocked all their websites and other services from 14 July, and that they knew the US and Afghan authorities would come out with some strange claims.\n“And you saw they once again made this false claim of killing Mullah Omar, which is not true,” he claimed.\nQari Yousuf himself also denied speaking to any media.\n“I was sleeping when my leadership awakened me this morning to explain how I had confirmed Mullah Omar’s death to an Afghan TV channel Tolo,” he said.\n“I was surprised as I didn’t know what was going, but later learnt that they wrongly quoted me, which is not good journalism.”',
    );
    assert.deepEqual(statements.slice(-3), ['Qari Yousuf', 'Qari Yousuf', 'Qari Yousuf']);
  });

  it('reads quotes in single marks, run on over paragraphs, up to "he added"', () => {
    assert.deepEqual(
      speakers(
        'The club’s spokesman Ando Harivola admitted the news had surprised him.\n‘We heard nothing from them.\n‘Then we saw the club’s website,’ he added.',
      ),
      ['Ando Harivola', 'Ando Harivola', 'Ando Harivola'],
    );
  });
});

describe('the cue of the main clause', () => {
  it('takes a finite speech verb over an infinitive before it', () => {
    assert.deepEqual(
      speakers(
        'The Soweto giants took to their official website last week to announce the signing of the midfielder, however, the club’s spokesman Ando Harivola admitted that the move came as news to him.',
      ),
      ['Ando Harivola'],
    );
  });

  it('sets an opening subordinate clause aside', () => {
    assert.deepEqual(
      speakers(
        'Dawn Pemberton runs the Lark Trust. But while trusts proved more resilient than widely predicted, Pemberton warned that the worst was yet to come.',
      ),
      [null, 'Dawn Pemberton'],
    );
  });

  it('takes an office with its nationality and body, no article before it, as the subject', () => {
    assert.deepEqual(
      speakers(
        'While rejecting all the accusations, Iranian Foreign Ministry Spokesman added that Iran will soon impose sanctions of its own.',
      ),
      ['Iranian Foreign Ministry Spokesman'],
    );
  });

  it('takes an unnamed body after "according to" whose modifier is a number ("the 27-nation bloc")', () => {
    assert.deepEqual(
      speakers('According to the 27-nation bloc, his companies provided substantial revenues.'),
      ['the 27-nation bloc'],
    );
  });

  it('reads "crowed" and "gloated" as verbs of saying', () => {
    assert.deepEqual(
      speakers(
        'Senator Alexei Pushkov crowed that the ban was deserved. Mia Rossi gloated that she had been right.',
      ),
      ['Alexei Pushkov', 'Mia Rossi'],
    );
  });

  it('recognises reporting verbs of press English', () => {
    assert.deepEqual(
      speakers(
        'Mark Hughes fumed that the decision was a disgrace. Mark Hughes reckoned the club would survive. Mark Hughes let slip that the budget would be cut.',
      ),
      ['Mark Hughes', 'Mark Hughes', 'Mark Hughes'],
    );
  });

  it('takes the subject after a verb of saying that follows the quote', () => {
    assert.deepEqual(
      speakers('“We are frightened,” warned a shopkeeper, who asked not to be named.'),
      ['a shopkeeper'],
    );
  });

  it('takes a name after the verb for its subject only where the verb is inverted', () => {
    const [media, inverted] = speakers(
      'Slovak media have reported Eduard Heger could split from the party. “It is right,” said Finance Minister Eduard Heger.',
    );
    assert.notEqual(media, 'Eduard Heger');
    assert.equal(inverted, 'Eduard Heger');
  });

  it('gives a lede quote of "the deputy U.S. Treasury secretary" to the holder named soon after', () => {
    assert.deepEqual(
      speakers(
        '“These networks underpin the terrorist machine,” the deputy U.S. Treasury secretary stated. The administration sanctioned two people. “The Houthis collaborate with businessmen,” stated Michael Faulkender, deputy U.S. Treasury secretary.',
      ),
      ['Michael Faulkender', null, 'Michael Faulkender'],
    );
  });

  it('leaves a time phrase between the subject and the verb out of the speaker', () => {
    assert.deepEqual(
      speakers(
        'Intel last month said it would cut 5,000 jobs. The company earlier this week said it would cut more.',
      ),
      // "The company" (without "earlier this week") is the organisation that spoke before it.
      ['Intel', 'Intel'],
    );
  });

  it('takes "has spoken against" for a statement of the subject', () => {
    assert.deepEqual(speakers('Robert Fico has spoken against weapons supplies to Ukraine.'), [
      'Robert Fico',
    ]);
  });

  it('does not take a place before a dated dateline as the speaker', () => {
    assert.deepEqual(
      speakers(
        'Rio de Janeiro, July 20 (IANS): Brazilian football club Santos confirmed that they are in talks with the striker.',
      ),
      ['Santos'],
    );
  });
});

describe('whole names of speakers', () => {
  it('takes the person after a club’s possessive and role, not the club', () => {
    assert.deepEqual(
      speakers('“He is a great player,” said Santos’ interim coach Claudinei Oliveira on Friday.'),
      ['Claudinei Oliveira'],
    );
  });

  it('keeps a body named after a person whole', () => {
    assert.deepEqual(
      speakers('The Tom and Jerry Children’s Trust said it would double its grants.'),
      ['Tom and Jerry Children’s Trust'],
    );
  });

  it('gives "the charity" the body that spoke before under a name of that kind', () => {
    assert.deepEqual(
      speakers(
        'The Tom and Jerry Children’s Trust said it would double its grants. The charity denied that it had been slow and said the delay was explained.',
      ),
      ['Tom and Jerry Children’s Trust', 'Tom and Jerry Children’s Trust'],
    );
  });

  it('names a body by its whole name when only its head word was found, in every quoted sentence', () => {
    assert.deepEqual(
      speakers(
        'A spokesman for The Prince’s Foundation said: “We are shocked. We will cooperate fully.”',
      ),
      ['Prince’s Foundation', 'Prince’s Foundation'],
    );
  });

  it('takes a name the name finder missed from the shape of an introduction', () => {
    assert.deepEqual(
      speakers(
        'Ahead of a review of the draft law, a Justice Ministry official defended it.\n\nChin Sovann, spokesman for the Justice Ministry, said the law was needed.',
      ),
      ['a Justice Ministry official', 'Chin Sovann'],
    );
  });

  it('gives "the force" the police force the article named, not the bare word "Police"', () => {
    assert.deepEqual(
      speakers(
        'The Metropolitan Police said it had arrested a man. Police said he was in his 40s. The force said he remained in custody.',
      ),
      ['Metropolitan Police', 'Police', 'Metropolitan Police'],
    );
  });
});

describe('resolvePersonPronouns', () => {
  it('gives a "he" the grouping tied to a place the person named last', () => {
    const text = 'Ahmad Shah visited Herat. He confirmed the raid.';
    const [first, second] = segmentText(text).sentences;
    assert.ok(first !== undefined && second !== undefined);
    const entities = new Map<string, ArticleEntity>([
      [
        'p',
        {
          id: 'p',
          name: 'Ahmad Shah',
          type: 'person',
          aliases: [],
          honorifics: [],
          mentions: [{ start: 0, end: 10, text: 'Ahmad Shah' }],
        },
      ],
      [
        'h',
        {
          id: 'h',
          name: 'Herat',
          type: 'place',
          aliases: [],
          honorifics: [],
          mentions: [{ start: 19, end: 24, text: 'Herat' }],
        },
      ],
    ]);
    const statement = unattributedStatement;
    const statements = [
      statement(first),
      {
        ...statement(second),
        kind: 'reported' as const,
        cue: 'confirmed',
        speaker: 'h',
        speakerName: 'Herat',
        source: { start: second.start, end: second.start + 2, text: 'He' },
      },
    ];
    resolvePersonPronouns(text, statements, entities);
    assert.equal(statements[1]?.speakerName, 'Ahmad Shah');
  });
});

describe('datelines', () => {
  const statementsOf = (text: string): { text: string; speakerName: string | null }[] => {
    const segmentation = segmentText(text);
    return attributeStatements(
      text,
      segmentation,
      groupEntities(findMentions(text), segmentation.quotes),
    ).map((s) => ({ text: s.text, speakerName: s.speakerName }));
  };

  it('starts a statement after the wire dateline it opens with', () => {
    assert.deepEqual(
      statementsOf(
        'Dec. 28 (UPI) -- Ukrainian President Volodymyr Zelensky said Sunday that a deal was close.',
      ),
      [
        {
          text: 'Ukrainian President Volodymyr Zelensky said Sunday that a deal was close.',
          speakerName: 'Volodymyr Zelensky',
        },
      ],
    );
  });

  it('starts a statement after a place dateline before a colon', () => {
    assert.equal(
      statementsOf(
        'ISLAMABAD: Pakistan’s foreign office said on Friday that talks would resume.',
      )[0]?.text,
      'Pakistan’s foreign office said on Friday that talks would resume.',
    );
  });

  it('never takes the place of a wire dateline for the subject', () => {
    // WDRB on UPS (speaker set: ups-statement-wdrb).
    assert.deepEqual(
      statementsOf(
        'LOUISVILLE, Ky. (WDRB) -- Hours after a package exploded at a FedEx distribution center near San Antonio, UPS issued a brief statement, saying the logistics giant takes security very seriously.\n\nThe statement was released through Jim Mayer, a Louisville-based spokesman for UPS Worldport.',
      )[0],
      {
        text: 'Hours after a package exploded at a FedEx distribution center near San Antonio, UPS issued a brief statement, saying the logistics giant takes security very seriously.',
        speakerName: 'UPS',
      },
    );
  });

  it('keeps a transcript label, which names the speaker, in the statement', () => {
    assert.deepEqual(
      statementsOf('Mike Pence spoke on Sunday.\n\nPENCE: We will win in November.').at(-1),
      { text: 'PENCE: We will win in November.', speakerName: 'Mike Pence' },
    );
  });
});

describe('speakers named as the article introduced them', () => {
  it('gives a surname without its Arabic article the name the article introduced', () => {
    // AFP on the Doha talks (speaker set: ansari-ceasefire-afp).
    assert.deepEqual(
      speakers(
        "Talks began on Sunday, with Qatar's foreign ministry spokesman Majed al-Ansari confirming discussions had gone into a third day.\n\nAnsari declined to go into detail, but said they were focused on a framework for talks.",
      ),
      ['Majed al-Ansari', 'Majed al-Ansari'],
    );
  });

  it('gives a lower-case "al-" surname the given name it was introduced with', () => {
    // Al Jazeera on Libya (speaker set: obeidi-libya-aljazeera).
    assert.equal(
      speakers(
        'Abdelati al-Obeidi, the Libyan deputy foreign minister, flew to Djerba on Saturday.\n\nHe quoted al-Obeidi as saying: "We want to end this war."',
      ).at(-1),
      'Abdelati al-Obeidi',
    );
  });

  it('names a body that speaks by its acronym by the name the acronym stands for', () => {
    // The Independent on UPS (speaker set: dft-ups-independent).
    assert.deepEqual(
      speakers(
        'Confirmation was made by the Department for Transport (DfT).\n\nThe DfT said: "Safety is paramount. For obvious reasons we will not comment on the details."',
      ).slice(1),
      ['Department for Transport', 'Department for Transport'],
    );
  });

  it('keeps the speech verb of the main clause over one in a later "after" clause', () => {
    // An Al Jazeera live blog (speaker set: ceasefire-liveblog-aljazeera).
    assert.deepEqual(
      speakers(
        'A senior Hamas official has dismissed Biden’s optimism after the American leader said a Gaza ceasefire was closer.\n\nSpeaking after the meeting, Anna Smith said the plan had failed.',
      ),
      ['A senior Hamas official', 'Anna Smith'],
    );
  });
});

describe('"He adds:"', () => {
  it('goes on with the last speaker past a person named in between who said nothing', () => {
    assert.deepEqual(
      speakers(
        'Sarah Jones, whose son died in the fire, told the inquiry that nobody had warned them. Emma Green was also in the building.\n\nShe adds: "Nobody came to help us."',
      ),
      ['Sarah Jones', null, 'Sarah Jones'],
    );
  });

  it('still gives "he said" to the person who opens the sentence before', () => {
    assert.deepEqual(
      speakers(
        'Sarah Jones, whose son died in the fire, told the inquiry that nobody had warned them. Emma Green was also in the building.\n\n"Nobody came to help us," she said.',
      ),
      ['Sarah Jones', null, 'Emma Green'],
    );
  });
});

describe('a title with its portfolio before the name', () => {
  it('gives the statements of "Minister for Information and Broadcasting X" to X by name', () => {
    // Dunya News on the TTP talks (speaker set: chaudhry-ttp-dunya).
    assert.deepEqual(
      speakers(
        'Federal Minister for Information and Broadcasting Fawad Chaudhry has said that the government has only discussed a ceasefire.\n\nChaudhry said the new Afghan government also wants peace.',
      ),
      ['Fawad Chaudhry', 'Fawad Chaudhry'],
    );
  });

  it('gives "The Minister" to the person introduced with the title and its portfolio', () => {
    assert.deepEqual(
      speakers(
        "Only a ceasefire was discussed, the country's Minister for Information and Broadcasting Fawad Chaudhary said on Tuesday.\n\nOnly the ceasefire was discussed, ARY News quoted Chaudhary as saying.\n\nThe Minister further stated that locals were included.",
      ),
      ['Fawad Chaudhary', 'Fawad Chaudhary', 'Fawad Chaudhary'],
    );
  });

  it('does so when two words follow the portfolio\'s "and" ("… and Information Technology X")', () => {
    assert.deepEqual(
      speakers(
        'A statement was issued on Sunday. Minister for Communication and Information Technology Devi Karki said in the statement that the reports were misleading.\n\nMinister Karki also urged the media to check facts.',
      ),
      [null, 'Devi Karki', 'Devi Karki'],
    );
  });

  it('gives them to X when the title alone ("Federal Minister") was read as a person', () => {
    assert.deepEqual(
      speakers(
        'ISLAMABAD (Dunya News) – Federal Minister for Information and Broadcasting Fawad Chaudhry has said that the government has only discussed a ceasefire.\n\nHe said only a ceasefire was discussed.',
      ),
      ['Fawad Chaudhry', 'Fawad Chaudhry'],
    );
  });
});

describe('the outlet’s own reporter', () => {
  it('gives "our correspondent" and "the Al Jazeera correspondent" to the reporter introduced by name', () => {
    // Al Jazeera on Libya (speaker set: obeidi-libya-aljazeera).
    assert.deepEqual(
      speakers(
        'Abdelati al-Obeidi met Al Jazeera\'s James Bays on a flight to Djerba on Saturday.\n\nThe Al Jazeera correspondent, who spoke to al-Obeidi on the flight, said the official was guarded.\n\n"It is an indication of the British agenda," our correspondent said.',
      ).slice(1),
      ['James Bays', 'James Bays'],
    );
  });
});

describe('a title before its holder in apposition', () => {
  it('gives the statement to the name after "Minister of Justice,"', () => {
    // SANA via Syrian Free Press (speaker set: alahmad-laws-syrianfreepress).
    assert.deepEqual(
      speakers(
        'Apr 28, 2013 – DAMASCUS – Minister of Justice, Najm al-Ahmad, said the Ministry is working on new laws.\n\nHe noted that the decree was issued last year.',
      ),
      ['Najm al-Ahmad', 'Najm al-Ahmad'],
    );
  });
});

describe('a title in lower case between the verb and the speaker', () => {
  it('gives the quote to the person after the title, not to the country it names', () => {
    assert.deepEqual(
      speakers(
        '"The minister should have been sanctioned years ago," said former U.S. ambassador to Lebanon Jeffrey Feltman.',
      ),
      ['Jeffrey Feltman'],
    );
    assert.deepEqual(
      speakers(
        '"The network funds their attacks," said acting under secretary of the treasury for terrorism and financial intelligence Bradley Smith.',
      ),
      ['Bradley Smith'],
    );
  });

  it('gives the quote to the person after a lower-case title before the verb, past its preposition', () => {
    assert.deepEqual(
      speakers(
        '"Nobody wants another war in the region," senior adviser to the president Anna Kelly said in an interview.',
      ),
      ['Anna Kelly'],
    );
    assert.deepEqual(speakers('Officials close to the president Anna Kelly said nothing.'), [
      'officials',
    ]);
  });

  it('keeps a clause after the verb a clause', () => {
    assert.notDeepEqual(
      speakers('"We found the car," police said they had arrested John Smith on Monday.'),
      ['John Smith'],
    );
  });
});

describe('an interview told as questions and answers', () => {
  it('keeps a question quote with its asker, and gives the answer after a short quote to the answerer', () => {
    assert.deepEqual(
      speakers(
        'John Berman interviewed Iranian ambassador Majid Takht-Ravanchi.\n\n“So the answer, as far as you are concerned today, is no?” Berman asked.\n\n“Definitely no,” Takht-Ravanchi responded. “It is a definitely no answer.”',
      ),
      [null, 'John Berman', 'Majid Takht-Ravanchi', 'Majid Takht-Ravanchi'],
    );
  });
});

describe('a description after an opening phrase', () => {
  it('makes the description the subject, not the name that ends the opening phrase', () => {
    // The name before the last comma belongs to the participle phrase; "the Chief Executive"
    // is the man the article titled so before.
    assert.deepEqual(
      speakers(
        'The Chief Executive, Abdullah Abdullah says he will join the campaign.\n\nSpeaking at a gathering to unveil the works of former President, Burhanuddin Rabani, the Chief Executive said he had read an article about his position.',
      ),
      ['Abdullah Abdullah', 'Abdullah Abdullah'],
    );
  });

  it('gives "the group said" to the organisation named last, and "the ministry said" to a ministry', () => {
    assert.deepEqual(
      speakers(
        'Gunmen of the Popular Liberation Front ambushed a convoy near the border on Friday, ignoring sanctions imposed by the United States (US) on the group. The group said on Saturday that the attack was a warning to the army.',
      ),
      [null, 'Popular Liberation Front'],
    );
    assert.deepEqual(
      speakers(
        'The Ministry of Health counted 20 dead after the strike near the border. The ministry said the toll would rise.',
      ),
      [null, 'Ministry of Health'],
    );
  });
});
