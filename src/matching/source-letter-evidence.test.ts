import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scoreOneName } from './score-one-name.ts';

const weigh = () => 1;
const score = (query: string, listed: string) => scoreOneName(query, listed, weigh).score;

describe('conflictsWithSourceLetters', () => {
  it('takes a Persian name under the threshold when its letters cannot spell the listed one', () => {
    assert.ok(score('محمد خاتمی', 'KHADEMI, Mohammad') < 0.82);
    assert.ok(score('محمد خاتمی', 'KHATAMI, Mohammad') >= 0.95);
  });

  it('takes a declined Cyrillic name under the threshold when its first consonant differs', () => {
    assert.ok(score('Дмитрия Муратова', 'Dmitry Borisovich KRATOV') < 0.82);
    assert.ok(score('Дмитрия Муратова', 'Dmitry MURATOV') >= 0.95);
  });

  it('leaves a Latin query alone', () => {
    assert.ok(score('Dmitry Muratov', 'Dmitry KRATOV') > score('Дмитрий Муратов', 'Dmitry KRATOV'));
  });
});
