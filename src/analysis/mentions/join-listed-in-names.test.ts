import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../../core/index.ts';
import { testEntities } from '../test-entities.ts';
import { buildGazetteer } from './build-gazetteer.ts';
import { findMentions } from './find-mentions.ts';

const entities = testEntities();
const [first] = entities;
if (first === undefined) throw new Error('no test entities');
const aqim = newEntity('ofac', '6897', 'Organization', "AL-QA'IDA IN THE ISLAMIC MAGHREB");
aqim.names = [{ full: aqim.caption, kind: 'primary' }];
const kh = newEntity('ofac', '11462', 'Organization', "KATA'IB HIZBALLAH");
kh.names = [{ full: kh.caption, kind: 'primary' }];
const gazetteer = buildGazetteer([
  ...entities,
  { entity: aqim, source: first.source },
  { entity: kh, source: first.source },
]);

const organizations = (text: string): string[] =>
  findMentions(text, gazetteer)
    .filter((m) => m.type === 'organization')
    .map((m) => m.name);

describe('joinListedInNames', () => {
  it('reads "Al-Qaeda in the Islamic Maghreb" as the one listed group, spelt otherwise', () => {
    const text =
      'JNIM was later endorsed by Al-Qaeda in the Islamic Maghreb (AQIM), the group said.';
    const names = organizations(text);
    assert.ok(names.includes('Al-Qaeda in the Islamic Maghreb'), names.join(', '));
    assert.ok(!names.includes('Al-Qaeda'));
  });

  it('leaves an organisation in a place alone where the longer name is no listed one', () => {
    const text =
      'A financial network of Al-Qaeda in the Arabian Desert was named, and Al Qaeda in the Sahel.';
    const names = organizations(text);
    assert.ok(!names.some((n) => n.includes(' in the ')), names.join(', '));
  });

  it('runs a name back over the word before it where both are a listed name spelt otherwise', () => {
    const names = organizations(
      "Iraq's Kataeb Hezbollah (KH), a powerful armed faction, is ignoring the sanctions, and Lebanese Hezbollah is not.",
    );
    assert.ok(names.includes('Kataeb Hezbollah'), names.join(', '));
    assert.ok(!names.includes('Lebanese Hezbollah'), names.join(', '));
  });
});
