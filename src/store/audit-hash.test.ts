import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalJson, hashAuditRecord } from './audit-hash.ts';
import { seededRandom } from '../core/index.ts';

/** The form records written so far were hashed with: any change of output breaks their chain. */
function canonicalJsonAsWritten(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJsonAsWritten).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJsonAsWritten(v)}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

const KEYS = [
  'name',
  'Name',
  'a',
  'b',
  'ä',
  'é',
  '10',
  '9',
  '_x',
  'z\u0000',
  '😀',
  '\u{ffff}',
  'score',
];
const STRINGS = ['', 'Sirajuddin Haqqani', 'line\nbreak', 'quote"s', 'Владимир', '王伟', '\ud800'];

function valueOf(next: () => number, depth: number): unknown {
  const pick = Math.floor(next() * (depth > 3 ? 6 : 8));
  switch (pick) {
    case 0:
      return null;
    case 1:
      return next() < 0.5;
    case 2:
      return [0, -0, 0.82, 1e21, -3.5, 12345, Number.NaN][Math.floor(next() * 7)];
    case 3:
      return STRINGS[Math.floor(next() * STRINGS.length)];
    case 4:
      return undefined;
    case 5:
      return Math.floor(next() * 1000);
    case 6:
      return Array.from({ length: Math.floor(next() * 4) }, () => valueOf(next, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let i = Math.floor(next() * 6); i > 0; i--) {
        object[KEYS[Math.floor(next() * KEYS.length)]!] = valueOf(next, depth + 1);
      }
      return object;
    }
  }
}

describe('canonicalJson', () => {
  it('sorts keys by code unit and leaves undefined members out', () => {
    assert.equal(
      canonicalJson({ b: 1, a: [true, undefined, { d: undefined, c: 'x' }], B: null, é: 2 }),
      '{"B":null,"a":[true,null,{"c":"x"}],"b":1,"é":2}',
    );
  });

  it('writes what records were hashed with, for 5,000 generated values', () => {
    const next = seededRandom(20261206);
    for (let i = 0; i < 5000; i++) {
      const value = valueOf(next, 0);
      assert.equal(canonicalJson(value), canonicalJsonAsWritten(value), JSON.stringify(value));
    }
  });

  it('hashes a record as the code before this form did', () => {
    const record = {
      seq: 2,
      at: '2026-12-06T13:00:00.000Z',
      caller: 'local',
      kind: 'screen',
      input: { name: 'Sirajuddin Haqqani', limit: 10 },
      lists: [{ list: 'un', version: 3, published: '2026-02-27' }],
      engine: 'sift-match-9',
      settingsHash: 'abc',
      results: [{ entityId: 'un:TAi.144', score: 0.99, match: true }],
      prevHash: '0'.repeat(64),
    };
    assert.equal(
      hashAuditRecord(record),
      'dd2568ad69f84eb60a0be80776ecbd61248c34a1c623859cc77f65914be420f4',
    );
  });
});
