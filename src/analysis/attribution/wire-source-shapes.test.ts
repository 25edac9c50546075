import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeText, speakersOf as speakers } from './test-speakers.ts';

// Shapes of attribution from session 19's wire and regional news (issue 14): anonymous officials
// with a relative clause in commas, outlets that pass on what someone said, "it added" after a
// quote of several sentences, and sentences that must keep no source.
describe('an unnamed source after the clause it reports', () => {
  it('takes the official, not the agency told, when a relative clause stands in commas', () => {
    assert.deepEqual(
      speakers(
        '"Ambassador Grossman asked to visit but we said no," a senior government official, who declined to be named, told Reuters.',
      ),
      ['a senior government official'],
    );
  });

  it('takes the official after a reported clause naming another speaker', () => {
    assert.deepEqual(
      speakers(
        'Pakistan has criticized the strikes but CIA Director Leon Panetta has told officials that he has a duty to act, the senior official, who spoke on condition of anonymity, told AFP.',
      ),
      ['the senior official'],
    );
  });

  it('takes the official when a participle clause closes the sentence', () => {
    assert.deepEqual(
      speakers(
        'Pakistan has told the envoy that a visit is not possible, a senior government official told Reuters Wednesday, highlighting the tensions between the allies.',
      ),
      ['a senior government official'],
    );
  });

  it('takes the official with "here" before the verb', () => {
    assert.deepEqual(
      speakers('The agency has no plans to suspend its operations, a US official here said.'),
      ['a US official'],
    );
  });

  it('takes a body named by its kind after the clause', () => {
    assert.deepEqual(
      speakers(
        'A spokesman of the movement has been killed in an operation in the northeast, the army said late Saturday.',
      ),
      ['the army'],
    );
  });
});

describe('an outlet that passes on what someone said', () => {
  it('gives the words to the inner speaker and keeps the outlet as the medium', () => {
    const [statement] = attributeText(
      'These countries never condemn such crimes, Ali Rabiei noted, Press TV reported.',
    );
    assert.equal(statement?.speakerName, 'Ali Rabiei');
    assert.equal(statement?.medium, 'Press TV');
  });

  it('gives the words to the subject of a verb that opens the clause, the outlet the medium', () => {
    const [statement] = attributeText(
      'Beijing on Thursday said it will take necessary measures after the new sanctions, AFP reports.',
    );
    assert.equal(statement?.speakerName, 'Beijing');
    assert.equal(statement?.medium, 'AFP');
  });

  it('keeps the outlet as the speaker when the clause has no verb of saying', () => {
    assert.deepEqual(speakers('Ten people died in the attack, Press TV reported.'), ['Press TV']);
  });
});

describe('"it added" after a quote of several sentences', () => {
  it('goes back past the quote to the statement that spoke before', () => {
    assert.deepEqual(
      speakers(
        'The statement said the leader was killed in the camp.\n\n"The killing is a sign of progress. It is worthy to note that the group is weak.\n\n"Therefore, the group will be defeated," it added.',
      ).slice(-1),
      ['The statement'],
    );
  });
});

describe('subjects behind an opening time phrase, an aside or a discourse adverb', () => {
  it('finds the subject after a time phrase with no comma', () => {
    assert.deepEqual(speakers('Last week the Nigerian military said two commanders were killed.'), [
      'the Nigerian military',
    ]);
  });

  it('keeps the pronoun subject across an aside in commas', () => {
    assert.deepEqual(
      speakers(
        'Nasser Kanaani denounced the sanctions. He, meanwhile, reminded the Western states of their own records.',
      ),
      ['Nasser Kanaani', 'Nasser Kanaani'],
    );
  });

  it('leaves "however" out of the name before the verb', () => {
    assert.deepEqual(
      speakers(
        'Chris Olukolade spoke to CNN on Thursday. Olukolade however said: "The figures remain controversial."',
      ),
      ['Chris Olukolade', 'Chris Olukolade'],
    );
  });

  it('gives a party leader named with "already" before the verb, not the party', () => {
    assert.deepEqual(
      speakers(
        "Lebanese Democratic Party leader Talal Arslan already announced on Friday that he backs Salam's bid.",
      ),
      ['Talal Arslan'],
    );
  });
});

describe('hedges and nouns that report nothing', () => {
  it('reads "its allegedly weak efforts" as a hedge on the adjective, not the statement', () => {
    const [statement] = attributeText(
      'The government is ready to act after aid was cut over its allegedly weak efforts, an official told EFE on Tuesday.',
    );
    assert.equal(statement?.kind, 'reported');
    assert.equal(statement?.speakerName, 'an official');
  });

  it('gives no source to talks that were held', () => {
    const [statement] = attributeText(
      'The CIA chief on Monday held several hours of talks with the head of the agency.',
    );
    assert.equal(statement?.kind, 'unattributed');
    assert.equal(statement?.speakerName, null);
  });
});

describe('a role in a lede, named in the next sentence', () => {
  it('gives the role to the first person named after it with that role', () => {
    assert.deepEqual(
      speakers(
        'The spokesperson for the Foreign Ministry of Iran condemned the new sanctions. In a statement on Friday, Foreign Ministry Spokesperson Nasser Kanaani condemned the US.',
      ),
      ['Nasser Kanaani', 'Nasser Kanaani'],
    );
  });

  it('takes the person of an apposition with the role in the next sentence', () => {
    assert.equal(
      speakers(
        "Reports in the newspaper are a direct attack, the army spokesman said on Saturday. Major General Athar Abbas, the army's chief spokesman, criticized the reporting.",
      )[0],
      'Athar Abbas',
    );
  });

  it('never looks ahead when a person was named before the role', () => {
    const found = speakers(
      'John Smith arrived in the capital. The spokesman said the talks had failed. Spokesman Ali Reza said more.',
    );
    assert.notEqual(found[1], 'Ali Reza');
  });
});

describe('"quoted … as saying" and "cited … as saying"', () => {
  it('gives "quoted him as saying" to the person the pronoun stands for', () => {
    assert.deepEqual(
      speakers(
        'Iranian Foreign Minister Mohammad Javad Zarif spoke in Tehran. The ISNA news agency quoted him as saying that the sanctions were a failure.',
      ),
      ['Mohammad Javad Zarif', 'Mohammad Javad Zarif'],
    );
  });

  it('gives "cited X as saying" to X, not to the agency', () => {
    assert.deepEqual(
      speakers(
        'Mohammad Javad Zarif spoke in Tehran on Monday. IRNA cited Zarif as saying that the sanctions were illegal.',
      ),
      ['Mohammad Javad Zarif', 'Mohammad Javad Zarif'],
    );
  });

  it('reports the person a quoted phrase names without the title', () => {
    assert.deepEqual(
      speakers(
        'State media quoted Foreign Minister Mohammad Javad Zarif as saying the sanctions were illegal.',
      ),
      ['Mohammad Javad Zarif'],
    );
  });

  it('gives the passive "was quoted by IRNA as saying" to its subject, IRNA the medium', () => {
    const [statement] = attributeText(
      'Iranian Foreign Minister Mohammad Javad Zarif was quoted by IRNA as saying that the sanctions were illegal.',
    );
    assert.equal(statement?.speakerName, 'Mohammad Javad Zarif');
    assert.equal(statement?.medium, 'IRNA');
  });
});

describe('an anonymous official after a quote', () => {
  it('takes the official, not the verb of "who asked not to be named"', () => {
    assert.deepEqual(
      speakers('"We will not attend," the official, who asked not to be named, said.'),
      ['the official'],
    );
  });
});

describe('"he added" after an unnamed spokesman', () => {
  it('continues the spokesman the grouping made a group of', () => {
    assert.deepEqual(
      speakers(
        '"The Chinese side urges the US to stop smearing China," a foreign ministry spokesman said.\n\n"China will take all necessary measures to uphold its rights," he added.',
      ),
      ['a foreign ministry spokesman', 'a foreign ministry spokesman'],
    );
  });
});
