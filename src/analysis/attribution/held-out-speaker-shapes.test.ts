import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOf as speakers } from './test-speakers.ts';

// Shapes of attribution from session 17's real news (issue 14): a participle whose subject is a
// country, "According to X, he said", and a participle aside between a role subject and its verb.
describe('a "saying" participle after a country subject', () => {
  it('gives the participle to the country, not to the listed person named in its object', () => {
    assert.deepEqual(
      speakers(
        'Iran has reacted sharply to the decision to impose sanctions against its supreme leader Ayatollah Ali Khamenei, saying sanctions mean the closure of diplomacy.',
      ),
      ['Iran'],
    );
  });

  it('gives the participle to the country after an irregular past verb and a day', () => {
    assert.deepEqual(
      speakers(
        'Russia hit back on Tuesday at the measures against Oleg Deripaska, saying they were illegal.',
      ),
      ['Russia'],
    );
  });

  it("gives the participle to a country's ministry opening the sentence", () => {
    assert.deepEqual(
      speakers("Russia's foreign ministry hit back on Tuesday, saying the measures were illegal."),
      ["Russia's foreign ministry"],
    );
  });

  it('keeps a country that modifies a noun out of the subject', () => {
    assert.notDeepEqual(speakers('Iran talks with Mark Wilson stalled, saying nothing new.'), [
      'Iran',
    ]);
  });
});

describe('"According to" a medium before a subject and its verb', () => {
  it('gives the statement to the subject of the verb, not to the medium', () => {
    assert.deepEqual(
      speakers(
        "Iran's ambassador Majid Takht Ravanchi called the sanctions hostile. According to Sky News, he also said that talks would now be impossible.",
      ),
      ['Majid Takht Ravanchi', 'Majid Takht Ravanchi'],
    );
  });

  it('keeps the source of "according to" when no verb follows it', () => {
    assert.deepEqual(speakers('According to Sky News, the talks are over.'), ['Sky News']);
  });
});

describe('a participle aside between a role subject and its verb', () => {
  it('gives the statement to the official who spoke before', () => {
    assert.deepEqual(
      speakers(
        'Iran has walked back all the compromises, a senior U.S. State Department official said on Saturday.\n\nThe official, speaking to reporters on condition of anonymity, added Iran pocketed the compromises made by others.',
      ),
      ['a senior U.S. State Department official', 'a senior U.S. State Department official'],
    );
  });
});

describe('a hedged verb of saying', () => {
  it('keeps the subject before "reportedly" as the source of the hedged statement', () => {
    assert.deepEqual(
      speakers(
        'Foreign ministry spokesman Abbas Mousavi issued a warning. Mousavi also reportedly accused the US of warmongering. It was reportedly a long day.',
      ),
      [null, 'Abbas Mousavi', null],
    );
  });
});

describe('a "during" aside between the subject and its verb', () => {
  it('gives the statement to the subject, not to the visitor named in the aside', () => {
    assert.deepEqual(
      speakers(
        "Biden, during German Chancellor Olaf Scholz's visit to Washington, said Russia must withdraw.",
      ),
      ['Biden'],
    );
  });
});

describe('an -ing preposition after the subject', () => {
  it('opens no participle aside: the sentence keeps a source', () => {
    assert.notEqual(
      speakers(
        'Other major unions, including the American Federation of Teachers and the AFL-CIO, have also endorsed Clinton in the race.',
      )[0],
      null,
    );
  });
});

describe('a role speaker with a country abbreviation', () => {
  it('names "A senior US official" as the source, "US" being no pronoun', () => {
    assert.deepEqual(
      speakers('A senior US official said the measures would take effect on Monday.'),
      ['A senior US official'],
    );
  });
});

describe('a pronoun after a sentence opened by a role and a name', () => {
  it('gives "He said" to the coach the sentence before opened with, not to the last speaker', () => {
    assert.deepEqual(
      speakers(
        'Ange Postecoglou said the referee was wrong. The Liverpool coach Arne Slot was appointed in May. He said the team had improved.',
      ),
      ['Ange Postecoglou', null, 'Arne Slot'],
    );
  });
});
