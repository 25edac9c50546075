import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ERROR_CODES } from '../../src/core/index.ts';
import { EXIT_CODES } from '../../src/cli/exit-code.ts';
import { HTTP_STATUS } from '../../src/server/http-status.ts';

const TEXT = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
/** The table rows: code, HTTP status, CLI exit code. */
const ROWS = [...TEXT.matchAll(/^\| `([A-Z_]+)` \|.*\| (\d+) \| (\d+) \|$/gm)].map(
  (m) => [m[1] ?? '', Number(m[2]), Number(m[3])] as const,
);

describe('docs/errors.md', () => {
  it('documents every error code, and only those', () => {
    assert.deepEqual(ROWS.map(([code]) => code).sort(), [...ERROR_CODES].sort());
  });

  it('gives each code the HTTP status and CLI exit code in use', () => {
    for (const [code, status, exit] of ROWS) {
      assert.equal(HTTP_STATUS[code as keyof typeof HTTP_STATUS], status, `HTTP status of ${code}`);
      assert.equal(EXIT_CODES[code as keyof typeof EXIT_CODES], exit, `exit code of ${code}`);
    }
  });

  it('names every HTTP status in use in its introduction', () => {
    const intro = TEXT.slice(0, TEXT.indexOf('| code |'));
    for (const status of new Set(Object.values(HTTP_STATUS)))
      assert.match(intro, new RegExp(`\\b${status}\\b`), `status ${status}`);
  });
});
