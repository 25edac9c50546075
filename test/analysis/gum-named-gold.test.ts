import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readGumDocument } from '../../scripts/eval/articles-gum.ts';
import { SHARED_MISSING } from '../support/shared-data.ts';

describe('the GUM reading of the entity eval', () => {
  const names = (keepWrappers: boolean): string[] => {
    const doc = readGumDocument('GUM_speech_austria', 'head', keepWrappers);
    return doc.mentions.map((m) => doc.text.slice(m.start, m.end));
  };

  it(
    'counts a coordination of names once per name, not again as a whole',
    { skip: SHARED_MISSING },
    () => {
      const read = names(false);
      assert.ok(read.includes('Sudan'));
      assert.ok(read.includes('South Sudan'));
      assert.ok(!read.includes('Sudan and South Sudan'));
      assert.ok(!read.includes('Khartoum and Juba'));
    },
  );

  it(
    'keeps the coordination as a mention in the reading before session 11',
    { skip: SHARED_MISSING },
    () => {
      assert.ok(names(true).includes('Sudan and South Sudan'));
    },
  );

  it(
    'marks a title alone and a group plural as descriptive, a name as not',
    { skip: SHARED_MISSING },
    () => {
      const descriptive = (id: string, name: string): boolean[] => {
        const doc = readGumDocument(id);
        return doc.mentions
          .filter((m) => doc.text.slice(m.nameStart, m.nameEnd) === name)
          .map((m) => m.descriptive);
      };
      assert.ok(descriptive('GUM_court_loan', 'Secretary').every(Boolean));
      assert.ok(descriptive('GUM_speech_inauguration', 'Americans').every(Boolean));
      assert.ok(descriptive('GUM_court_loan', 'Secretary').length > 0);
      // A place named by a plural proper noun is still a name.
      assert.ok(descriptive('GUM_voyage_coron', 'Philippines').every((d) => !d));
      const names = descriptive('GUM_speech_impeachment', 'Jim Clyburn');
      assert.ok(names.length > 0 && names.every((d) => !d));
    },
  );
});
