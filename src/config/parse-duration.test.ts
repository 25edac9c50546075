import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isAppError } from '../core/index.ts';
import { formatDuration, parseDuration } from './parse-duration.ts';

describe('parseDuration', () => {
  it('reads minutes, hours, days and seconds into milliseconds', () => {
    assert.equal(parseDuration('30m', '--update-every'), 30 * 60_000);
    assert.equal(parseDuration('6h', '--update-every'), 6 * 3_600_000);
    assert.equal(parseDuration('1d', '--update-every'), 86_400_000);
    assert.equal(parseDuration('1.5H', '--update-every'), 5_400_000);
    assert.equal(parseDuration('2s', '--update-every'), 2000);
  });

  it('refuses a value without a unit, a zero or a word, naming the flag', () => {
    for (const bad of ['6', '0h', 'soon', '6 hours', '-1h', '']) {
      assert.throws(
        () => parseDuration(bad, '--update-every'),
        (error: unknown) =>
          isAppError(error) &&
          error.code === 'CONFIG_INVALID' &&
          error.message.includes('--update-every') &&
          error.message.includes(`"${bad}"`),
        bad,
      );
    }
  });

  it('writes a duration back in its largest whole unit', () => {
    assert.equal(formatDuration(7 * 86_400_000), '7d');
    assert.equal(formatDuration(6 * 3_600_000), '6h');
    assert.equal(formatDuration(90 * 60_000), '90m');
  });
});
