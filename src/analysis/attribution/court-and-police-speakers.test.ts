import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { speakersOf as speakers } from './test-speakers.ts';

// Session 23 (issue #14): shapes of Pakistani court reports and Nigerian police statements.
describe('a verb of the reported clause after a comma', () => {
  it('keeps the judge who replied, not the pronoun of a modal clause', () => {
    assert.deepEqual(
      speakers(
        'Aleema Khan asked the judge when the notification would be issued. Judge Zulqarnain replied that if the notification does not come, he would ask for it.',
      ),
      ['Aleema Khan', 'Zulqarnain'],
    );
  });

  it('keeps the subject of "said" before a clause with "will"', () => {
    assert.deepEqual(
      speakers('The minister said that if the talks fail, they will declare a strike.'),
      ['The minister'],
    );
  });

  it('still reads a closing attribution after the comma', () => {
    assert.deepEqual(
      speakers('Russia has added X to the list, spokeswoman Maria Zakharova said on Saturday.'),
      ['Maria Zakharova'],
    );
  });
});

describe('a police rank abbreviated before a surname', () => {
  it('completes "CP Jimoh" to the commissioner the article introduced', () => {
    assert.deepEqual(
      speakers(
        'Olohundare Jimoh, the Lagos State Commissioner of Police, has said that reports were false. “The suspects are also foreigners,” added CP Jimoh, who assured residents.',
      ),
      ['Olohundare Jimoh', 'Olohundare Jimoh'],
    );
  });
});

describe('a definite description whose head is the title a person was introduced with', () => {
  it('gives "the special assistant" to the person introduced as Special Assistant', () => {
    assert.deepEqual(
      speakers(
        'Special Assistant to Prime Minister on Information and Broadcasting Sarah Ahmed was in court for her own case. The special assistant further clarified that she never intended to influence the case.',
      ),
      [null, 'Sarah Ahmed'],
    );
  });

  it('does not take a document for a title', () => {
    assert.deepEqual(
      speakers('Putin and Lavrov, according to the statement, are directly responsible for it.'),
      ['the statement'],
    );
  });
});

describe('a possessive of affiliation before the person who speaks', () => {
  it('gives "according to" the correspondent, not the channel that employs them', () => {
    assert.deepEqual(
      speakers(
        'It was clear something major was developing, according to Al Jazeera’s Hashem Ahelbarra.',
      ),
      ['Hashem Ahelbarra'],
    );
  });
});

describe('a dateline followed by a source line in brackets', () => {
  it('does not take the place before the colon for a speaker', () => {
    assert.notDeepEqual(
      speakers(
        'ISLAMABAD: (UrduPoint / Pakistan Point News-Nov 11th, 2019) The Islamabad High Court on Monday issued notice to the minister.',
      ),
      ['ISLAMABAD'],
    );
  });
});

describe('a pronoun after a party to the proceedings', () => {
  it('goes back to the petitioner who spoke, not the person the petition was about', () => {
    assert.deepEqual(
      speakers(
        'During the hearing, the petitioner argued that the government denies a deal with former prime minister Nawaz Sharif. He claimed that the minister has tried to influence the court.',
      ),
      ['the petitioner', 'the petitioner'],
    );
  });
});
