import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gumSplit, readGumDocument } from '../../../../scripts/eval/articles-gum.ts';
import type { NerModel } from './tag-entities.ts';
import {
  decodeTags,
  predictTags,
  sentenceChunks,
  shippedNerModel,
  spansFromTags,
  tagEntities,
} from './tag-entities.ts';
import { tokenizeText } from './tokenize-text.ts';
import { SHARED_MISSING } from '../../../../test/support/shared-data.ts';

describe('tagEntities', () => {
  it('finds a person, a place and an organisation in a news sentence', () => {
    const text = 'Barack Obama met the leaders of NATO in Berlin on Tuesday.';
    const spans = tagEntities(text).map((s) => `${s.type}:${s.text}`);
    assert.ok(spans.includes('person:Barack Obama'), spans.join(', '));
    assert.ok(spans.includes('place:Berlin'), spans.join(', '));
    assert.ok(spans.includes('organization:NATO'), spans.join(', '));
  });

  it('only continues a name with an inside tag of the same type', () => {
    const model: NerModel = {
      labels: ['O', 'B-person', 'I-person', 'B-place', 'I-place'],
      // "I-place" scores highest everywhere, but is only allowed after a place tag.
      weights: new Map([
        ['b', [0, 0, 0, 0, 5]],
        ['w=anna', [0, 9, 0, 0, 0]],
      ]),
      lexicon: new Map(),
    };
    const text = 'Anna Berg';
    const tokens = tokenizeText(text);
    const tags = predictTags(tokens, model);
    assert.deepEqual(tags, ['B-person', 'O']);
    assert.deepEqual(spansFromTags(text, tokens, tags), [
      { start: 0, end: 4, text: 'Anna', type: 'person' },
    ]);
  });

  it('decodes the best whole sequence, not word by word', () => {
    const model = {
      labels: ['O', 'B-person', 'I-person'],
      // Alone, "anna" leans to O; only a name start lets "berg" take its strong inside tag.
      weights: new Map([
        ['w=anna', [1, 0.5, 0]],
        ['w=berg', [0, 0, 5]],
      ]),
    };
    assert.deepEqual(decodeTags([['w=anna'], ['w=berg']], model), ['B-person', 'I-person']);
  });

  it('decodes each sentence and line on its own', () => {
    const tokens = tokenizeText('Anna left. Berg stayed\nhome');
    assert.deepEqual(
      sentenceChunks(tokens).map(([from, to]) => tokens.slice(from, to).map((t) => t.text)),
      [['Anna', 'left', '.'], ['Berg', 'stayed'], ['home']],
    );
  });

  it('ships compact weights with the BIO labels and the name lexicon', () => {
    const bytes = statSync(new URL('./ner-weights.json', import.meta.url)).size;
    const model = shippedNerModel();
    assert.ok(bytes < 3_000_000, `${String(bytes)} bytes`);
    assert.deepEqual([...model.labels].sort(), [
      'B-organization',
      'B-person',
      'B-place',
      'I-organization',
      'I-person',
      'I-place',
      'O',
    ]);
    assert.equal(model.lexicon.get('london'), 'place');
    assert.ok(model.weights.size > 10_000);
  });

  it(
    'finds most named people and places of the GUM test news documents',
    { skip: SHARED_MISSING },
    () => {
      let found = 0;
      let gold = 0;
      for (const id of gumSplit('test').filter((d) => d.includes('_news_'))) {
        const doc = readGumDocument(id);
        const spans = tagEntities(doc.text);
        for (const mention of doc.mentions.filter((m) => m.type !== 'organization')) {
          gold++;
          if (
            spans.some(
              (s) =>
                s.type === mention.type &&
                s.start <= mention.headStart &&
                s.end >= mention.headEnd &&
                s.start >= mention.start &&
                s.end <= mention.end,
            )
          )
            found++;
        }
      }
      assert.ok(gold > 20, `${String(gold)} gold mentions`);
      assert.ok(found / gold > 0.5, `${String(found)} of ${String(gold)}`);
    },
  );
});
