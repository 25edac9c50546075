import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from './build-gazetteer.ts';
import { findMentions } from './find-mentions.ts';
import { testEntities } from '../test-entities.ts';
import { VESSEL_ROLE } from './vessel-role.ts';

const gazetteer = buildGazetteer(testEntities());
const ships = (text: string): string[] =>
  findMentions(text, gazetteer)
    .filter((m) => m.type === 'organization' && m.honorifics.includes(VESSEL_ROLE))
    .map((m) => m.name);

describe('extendVesselNumbers', () => {
  it('keeps the number that ends a ship name a ship word follows', () => {
    const text =
      'A Russian vessel conducted a ship-to-ship transfer with the North Korean-flagged Sam Ma 2 tanker in open seas in October.';
    assert.deepEqual(ships(text), ['Sam Ma 2']);
  });

  it('keeps the number after a ship word, and on the same ship named again', () => {
    const text =
      "The United States has sanctioned the Iranian oil tanker Adrian Darya 1 and its captain. As part of today's action, the Adrian Darya 1's captain is also designated.";
    assert.deepEqual(ships(text), ['Adrian Darya 1', 'Adrian Darya 1']);
  });

  it('takes no distance or count after a ship for part of its name', () => {
    const text = 'The Panama-flagged Aurora 15 miles off Oman was boarded by 12 sailors.';
    assert.ok(!ships(text).some((n) => /\d/.test(n)), ships(text).join(', '));
  });
});
