import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { extendInstitutionNames } from './extend-institution-names.ts';

const LEXICON = new Map([['mr', 'title']]);

/** A tagger mention of `name` in `text`. */
const tagged = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, source: 'nlp', name, honorifics: [] };
};

const extend = (text: string, name: string, type: Mention['type'] = 'organization') =>
  extendInstitutionNames(text, [tagged(text, name, type)], LEXICON).map((m) => [m.text, m.type]);

describe('extendInstitutionNames', () => {
  it('runs a body named after its field on over "and" and a second phrase', () => {
    assert.deepEqual(
      extend(
        'Analysts at the Center for Strategic and International Studies said so.',
        'Center for Strategic',
      ),
      [['Center for Strategic and International Studies', 'organization']],
    );
    assert.deepEqual(
      extend('The Centre for Research on Energy and Clean Air tracks fuel.', 'Centre for Research'),
      [['Centre for Research on Energy and Clean Air', 'organization']],
    );
  });

  it('reads a centre the tagger took for a place as the body its field names', () => {
    assert.deepEqual(
      extend(
        'The Vienna Centre for Disarmament and Non-Proliferation hosted it.',
        'Vienna Centre',
        'place',
      ),
      [['Vienna Centre for Disarmament and Non-Proliferation', 'organization']],
    );
  });

  it('stops before another body or a titled person after "and"', () => {
    assert.deepEqual(
      extend('The Department for Transport and State Department acted.', 'Department'),
      [['Department for Transport', 'organization']],
    );
    assert.deepEqual(extend('The Department for Transport and Mr Shapps agreed.', 'Department'), [
      ['Department for Transport', 'organization'],
    ]);
  });
});
