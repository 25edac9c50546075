import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ERROR_CODES } from '../../src/core/index.ts';
import { EXIT_CODES } from '../../src/cli/exit-code.ts';

describe('docs/errors.md', () => {
  it('documents every error code, and only those, with the CLI exit code in use', () => {
    const text = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const rows = [...text.matchAll(/^\| `([A-Z_]+)` \|.*\| (\d+) \|$/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    assert.deepEqual(rows.map(([code]) => code).sort(), [...ERROR_CODES].sort());
    for (const [code, exit] of rows)
      assert.equal(
        EXIT_CODES[code as keyof typeof EXIT_CODES],
        exit,
        `exit code of ${String(code)}`,
      );
  });
});
