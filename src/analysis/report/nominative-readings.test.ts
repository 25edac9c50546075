import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nominativeReadings, nominativesOfWord } from './nominative-readings.ts';

describe('nominativeReadings', () => {
  it('reads Polish names in the instrumental, genitive and accusative back to the nominative', () => {
    assert.equal(nominativeReadings('Władimirem Putinem', 'Polish')[0], 'Władimir Putin');
    assert.equal(nominativeReadings('Wiktarem Łukaszenką', 'Polish')[0], 'Wiktar Łukaszenka');
    assert.ok(
      nominativeReadings('Aleksandra Łukaszenki', 'Polish').includes('Aleksander Łukaszenka'),
    );
    assert.ok(nominativesOfWord('Zełenskiego', 'Polish').includes('Zełenski'));
  });

  it('reads Czech names back, surnames in -o included', () => {
    assert.equal(nominativeReadings('Vladimirem Putinem', 'Czech')[0], 'Vladimir Putin');
    assert.ok(nominativeReadings('Alexandra Lukašenka', 'Czech').includes('Alexandr Lukašenko'));
    assert.ok(nominativesOfWord('Lukašenkovi', 'Czech').includes('Lukašenko'));
  });

  it('gives nothing for one word, for a name already in the nominative, or in another language', () => {
    assert.deepEqual(nominativeReadings('Putinem', 'Polish'), []);
    assert.deepEqual(nominativeReadings('Vladimir Putin', 'Czech'), []);
    assert.deepEqual(nominativeReadings('Władimirem Putinem', 'English'), []);
  });
});
