import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from './build-gazetteer.ts';
import { findMentions } from './find-mentions.ts';
import { testEntities } from '../test-entities.ts';
import { VESSEL_ROLE } from './vessel-role.ts';

const gazetteer = buildGazetteer(testEntities());

describe('findVesselNames', () => {
  it('finds a ship named in capitals after its flag, as a vessel', () => {
    const text =
      "Among the designated vessels, the Panama-flagged MASAL transported 'more than a million barrels of Iranian crude oil' for sanctioned entities.";
    const ship = findMentions(text, gazetteer).find((m) => m.name === 'MASAL');
    assert.equal(ship?.type, 'organization');
    assert.ok(ship.honorifics.includes(VESSEL_ROLE));
  });

  it('takes no capitalised word of running text for a ship', () => {
    const text = 'The Panama-flagged The ship sailed, and the tanker Crew left.';
    const ships = findMentions(text, gazetteer).filter((m) => m.honorifics.includes(VESSEL_ROLE));
    assert.deepEqual(ships, []);
  });
});
