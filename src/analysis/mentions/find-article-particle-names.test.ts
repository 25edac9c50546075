import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';

const people = (text: string): string[] =>
  findMentions(text)
    .filter((m) => m.type === 'person')
    .map((m) => m.name);

describe('Arabic names with a lower-case article in French and German text', () => {
  it('finds a leader the tagger misses in French', () => {
    const text =
      "Cette mesure frappe également Bouthaïna Chaabane, conseillère du président Bachar al-Assad, et l'ambassadeur de Syrie.";
    assert.ok(people(text).includes('Bachar al-Assad'), people(text).join(' | '));
  });

  it('finds no person in a place or group name without a given name', () => {
    const text =
      "Les combats ont repris près de Deir el-Zour contre Jabhat al-Nosra, selon l'OSDH.";
    const found = people(text);
    assert.ok(!found.some((n) => /Zour|Nosra/.test(n)), found.join(' | '));
  });
});
