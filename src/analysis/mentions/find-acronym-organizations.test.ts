import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAcronymOrganizations } from './find-acronym-organizations.ts';

const lexicon = new Map([
  ['nato', 'org'],
  ['who', 'common'],
  ['dna', 'common'],
]);
const names = (text: string): string[] =>
  findAcronymOrganizations(text, lexicon).map((m) => `${m.text}@${String(m.start)}`);

describe('findAcronymOrganizations', () => {
  it('finds every use of an acronym the text spells out as a body, dotted ones too', () => {
    const text =
      'The World Health Organisation (WHO) agreed. WHO say so. The Undergraduate Student ' +
      'Government (U.S.G.) met; U.S.G. voted.';
    assert.deepEqual(names(text), [
      `WHO@${String(text.indexOf('WHO'))}`,
      `WHO@${String(text.indexOf('WHO say'))}`,
      `U.S.G.@${String(text.indexOf('U.S.G.'))}`,
      `U.S.G.@${String(text.indexOf('U.S.G. voted'))}`,
    ]);
  });

  it('finds an acronym the lexicon knows as an organisation, not in a heading in capitals', () => {
    const text = 'NATO WARNS RUSSIA\nNATO said the talks failed.';
    assert.deepEqual(names(text), [`NATO@${String(text.indexOf('NATO said'))}`]);
  });

  it('leaves acronyms of no body alone ("DNA", a capitalised phrase without a head word)', () => {
    assert.deepEqual(names('Deoxyribo Nucleic Acid (DNA) and the DNA test; SBA loans.'), []);
  });
});
