import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ArticleEntity } from '../article-types.ts';
import { screenEntities } from './screen-entities.ts';
import { localOptions } from './local-listings.ts';

const entity = (
  name: string,
  type: ArticleEntity['type'],
  honorifics: string[] = [],
  mentionText = name,
): ArticleEntity => ({
  id: 'e1',
  name,
  type,
  aliases: [],
  honorifics,
  mentions: [{ start: 0, end: mentionText.length, text: mentionText }],
});

describe('one-word company names and nicknames in screening', () => {
  it('matches a company by the name its listed style gives in quotes', async () => {
    const local = localOptions([
      [
        'RUS0238',
        'State Corporation for the Promotion of the Development, Manufacture and Export of High Technology Products "Rostec"',
        ['Rostec'],
      ],
    ]);
    const [result] = await screenEntities([entity('Rostec', 'organization')], local);
    assert.equal(result?.screening?.match, 'match');
  });

  it('matches a one-word group after a descriptor of the same kind, and only then', async () => {
    const local = localOptions([['RUS1090', 'Wagner Group', ['PMC Wagner']]]);
    const described = await screenEntities(
      [
        entity('Wagner', 'organization', ['Söldnertruppe']),
        entity('Wagner', 'organization', ['mercenary group']),
      ],
      local,
    );
    assert.deepEqual(
      described.map((r) => r.screening?.match),
      ['match', 'match'],
    );
    // No descriptor, or one of another kind ("the company Wagner"), says nothing of a group.
    const [bare, company] = await screenEntities(
      [entity('Wagner', 'organization'), entity('Wagner', 'organization', ['Unternehmen'])],
      local,
    );
    assert.notEqual(bare?.screening?.match, 'match');
    assert.notEqual(company?.screening?.match, 'match');
  });

  it('matches a person through the nickname in quotes that the list keeps with the surname', async () => {
    const local = localOptions([
      // The given name differs, so only the nickname with the surname can answer.
      ['6861', 'GUZMAN LOERA, Archibaldo Ivan', ['GUZMAN, Chapo'], 'Person'],
      ['7226', 'ZAMBADA GARCIA, Ismael', ['ZAMBADA, El Mayo'], 'Person'],
    ]);
    const [chapo, plain, rey] = await screenEntities(
      [
        entity('Joaquin Guzman', 'person', [], 'Joaquin "El Chapo" Guzman'),
        entity('Joaquin Guzman', 'person'),
        // Jesus "El Rey" Zambada, the kingpin's brother, is no listed Zambada.
        entity('Jesus Zambada', 'person', [], 'Jesus "El Rey" Zambada'),
      ],
      local,
    );
    const viaNickname = chapo?.screening?.hits.find((h) => h.reference === '6861');
    assert.equal(viaNickname?.match, 'match');
    assert.match(viaNickname.queryName, /nickname/);
    assert.notEqual(plain?.screening?.match, 'match');
    assert.notEqual(rey?.screening?.match, 'match');
  });
});
