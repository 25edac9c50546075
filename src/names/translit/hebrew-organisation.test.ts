import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { romanize } from '../romanize.ts';
import { hebrewOrganisationSenses } from './hebrew-organisation.ts';

describe('hebrewOrganisationSenses', () => {
  it('reads the words of an organisation named in the Hebrew press as English, prefixes stripped', () => {
    // משמרות המהפכה: the Revolutionary Guards (srugim.co.il, 2018); הבנק: ה + בנק.
    assert.deepEqual(
      hebrewOrganisationSenses(['משמרות', 'המהפכה']).map((s) => s[0]),
      ['guards', 'revolution'],
    );
    assert.deepEqual(
      hebrewOrganisationSenses(['והבנק', 'האיסלאמי']).map((s) => s[0]),
      ['bank', 'islamic'],
    );
  });

  it('reads adjectives as English only beside an institution noun', () => {
    assert.deepEqual(hebrewOrganisationSenses(['בנק', 'לאומי'])[1], ['national']);
    assert.deepEqual(hebrewOrganisationSenses(['יוסף', 'האיראני']), [[], []]);
  });

  it('leaves a lone word alone', () => {
    assert.deepEqual(hebrewOrganisationSenses(['בנק']), [[]]);
  });
});

describe('romanize with Hebrew organisation words', () => {
  it('reads a Hebrew bank name with the English word first', () => {
    // בנק מלי is Bank Melli (i24news.tv, 2026).
    assert.ok(romanize('בנק מלי', { query: true })[0]?.startsWith('bank '));
  });
});
