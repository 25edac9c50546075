import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { splitPersonOfOrganization } from './split-person-of-organization.ts';

const lexicon = new Map([
  ['lydia', 'first'],
  ['harold', 'first'],
]);

/** A tagged person of the first occurrence of `name` in `text`. */
function person(text: string, name: string): Mention {
  const start = text.indexOf(name);
  const end = start + name.length;
  return { start, end, text: name, type: 'person', source: 'nlp', name, honorifics: [] };
}

describe('splitPersonOfOrganization', () => {
  it('splits a given name run on over "of" and a body into the person and the body', () => {
    const text = 'said Lydia Buchtmann of Cherry Capital Foods, adding';
    const split = splitPersonOfOrganization(
      text,
      [person(text, 'Lydia Buchtmann of Cherry Capital Foods')],
      lexicon,
    );
    assert.deepEqual(
      split.map((m) => [m.text, m.type, text.slice(m.start, m.end)]),
      [
        ['Lydia Buchtmann', 'person', 'Lydia Buchtmann'],
        ['Cherry Capital Foods', 'organization', 'Cherry Capital Foods'],
      ],
    );
  });

  it('keeps a name whose "of" phrase ends in no head word, or that opens with no given name', () => {
    const text = 'Harold Bloom of Yale and Earl Grey of Howick Group';
    const mentions = [
      person(text, 'Harold Bloom of Yale'),
      person(text, 'Earl Grey of Howick Group'),
    ];
    assert.deepEqual(splitPersonOfOrganization(text, mentions, lexicon), mentions);
  });
});
