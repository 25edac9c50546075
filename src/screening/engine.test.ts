import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { QUALIFIER_WEIGHTS } from '../matching/index.ts';
import {
  ENGINE,
  ENGINE_SETTINGS_HASH,
  engineSettingsHash,
  flattenWeights,
  type EngineWeights,
} from './engine.ts';

const DOC = readFileSync(new URL('../../docs/matching.md', import.meta.url), 'utf8');

/** The `| \`group.name\` | value |` rows of the engine settings section of docs/matching.md. */
function documentedWeights(): [string, number][] {
  const section = DOC.slice(DOC.indexOf('## 7. Engine settings'));
  return [...section.matchAll(/^\| `([a-zA-Z]+\.[a-zA-Z]+)` *\| *(-?[0-9.]+) *\|$/gm)].map(
    (m): [string, number] => [m[1] ?? '', Number(m[2])],
  );
}

/** The weights with one value changed. */
function withWeight(path: string, value: number): EngineWeights {
  const [group = '', name = ''] = path.split('.');
  return { ...ENGINE.weights, [group]: { ...ENGINE.weights[group], [name]: value } };
}

describe('the engine descriptor', () => {
  it('reads its weights from matching, not from a copy', () => {
    assert.deepEqual(ENGINE.weights.qualifiers, QUALIFIER_WEIGHTS);
  });

  it('is what the weights table of docs/matching.md says, row for row', () => {
    const documented = documentedWeights();
    assert.ok(documented.length > 10, 'the table is found');
    assert.deepEqual(documented, flattenWeights(ENGINE.weights));
    assert.match(
      DOC,
      new RegExp(`Version \`${ENGINE.version}\`, default threshold ${ENGINE.defaultThreshold}\\.`),
    );
  });

  it('hashes every weight into the settings hash the audit trail records', () => {
    assert.equal(ENGINE_SETTINGS_HASH, engineSettingsHash(ENGINE));
    for (const [path, value] of flattenWeights(ENGINE.weights)) {
      const changed = { ...ENGINE, weights: withWeight(path, value + 0.01) };
      assert.notEqual(engineSettingsHash(changed), ENGINE_SETTINGS_HASH, path);
    }
    assert.notEqual(engineSettingsHash({ ...ENGINE, defaultThreshold: 0.5 }), ENGINE_SETTINGS_HASH);
    assert.notEqual(engineSettingsHash({ ...ENGINE, version: 'other' }), ENGINE_SETTINGS_HASH);
  });

  it('describes every part of a score an explanation names', () => {
    for (const feature of ['name', 'birthDate', 'country', 'weakAlias', 'nameKind', 'identifier'])
      assert.ok((ENGINE.features[feature] ?? '').length > 10, feature);
  });
});
