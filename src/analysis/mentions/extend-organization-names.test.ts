import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention, MentionSource, MentionType } from '../article-types.ts';
import { extendOrganizationNames } from './extend-organization-names.ts';

const lexicon = new Map([
  ['exchange', 'common'],
  ['monday', 'date'],
]);

/** A mention of the first occurrence of `name` in `text`. */
function mention(text: string, name: string, type: MentionType, source: MentionSource): Mention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, name, type, source, honorifics: [] };
}

describe('extendOrganizationNames', () => {
  it('makes a tagged person name that runs on to an organisation head word that organisation', () => {
    const text = 'Sanctions hit al-Rawi and Hanifa Currency Exchange, the company he owned.';
    const [grown] = extendOrganizationNames(
      text,
      [mention(text, 'Hanifa', 'person', 'nlp')],
      lexicon,
    );
    assert.equal(grown?.text, 'Hanifa Currency Exchange');
    assert.equal(grown.type, 'organization');
  });

  it('leaves a person alone when no head word follows, or when a list found the name', () => {
    const text = 'Raji Falhout Monday met Hanifa Currency Exchange staff.';
    const [raji] = extendOrganizationNames(
      text,
      [mention(text, 'Raji Falhout', 'person', 'nlp')],
      lexicon,
    );
    assert.equal(raji?.text, 'Raji Falhout');
    assert.equal(raji.type, 'person');
    const [listed] = extendOrganizationNames(
      text,
      [mention(text, 'Hanifa', 'person', 'gazetteer')],
      lexicon,
    );
    assert.equal(listed?.type, 'person');
    assert.equal(listed.text, 'Hanifa');
  });
});
