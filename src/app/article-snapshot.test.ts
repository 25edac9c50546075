import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import * as analysis from '../analysis/index.ts';
import type { NerModel } from '../analysis/index.ts';
import { loadArticleTables, type ArticleTableMakers } from './article-snapshot.ts';
import type { LoadedEngine } from './engine-snapshot.ts';

describe('loadArticleTables', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-article-tables-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  // No listed entity: the gazetteer holds the news names of listed groups only.
  const engine = {
    index: { entities: [] },
    key: 'an-engine-key',
    origin: 'loaded',
    path: join(dir, 'engine.snap'),
    elapsedMs: 0,
  } as unknown as LoadedEngine;
  const options = { dir, log: () => undefined };
  const shipped = analysis.shippedNerModel();

  /** The analysis module's makers, with the model the tables install kept here instead. */
  function recordingMakers(): ArticleTableMakers & {
    installed?: { model: NerModel; starts: ReadonlySet<string> | undefined };
  } {
    const makers: ArticleTableMakers & {
      installed?: { model: NerModel; starts: ReadonlySet<string> | undefined };
    } = {
      buildGazetteer: analysis.buildGazetteer,
      shippedNerModel: () => shipped,
      entryStarts: analysis.entryStarts,
      useNerModel: (model, starts) => {
        makers.installed = { model, starts };
      },
    };
    return makers;
  }

  it('reads back the tagger lexicon and the first words of its multi-word entries', () => {
    const built = loadArticleTables(engine, options, recordingMakers());
    assert.ok(readdirSync(dir).some((name) => name.endsWith('.articles')));
    const makers = recordingMakers();
    const read = loadArticleTables(engine, options, makers);
    assert.deepEqual(new Set(read.entries.keys()), new Set(built.entries.keys()));
    const installed = makers.installed;
    assert.ok(installed !== undefined, 'the tables install the tagger they hold');
    for (const [word, kind] of shipped.lexicon)
      assert.equal(installed.model.lexicon.get(word), kind);
    assert.equal(installed.model.lexicon.get('no such lexicon word'), undefined);
    assert.ok(installed.starts !== undefined, 'the entry starts come with the tables');
    assert.deepEqual(new Set(installed.starts), new Set(analysis.entryStarts(shipped.lexicon)));
    assert.equal(installed.starts.has('new'), analysis.entryStarts(shipped.lexicon).has('new'));
  });

  it('builds the tables in memory when there is no snapshot folder', () => {
    const makers = recordingMakers();
    const gazetteer = loadArticleTables(engine, { dir: undefined, log: () => undefined }, makers);
    assert.ok(gazetteer.entries.size > 0);
    assert.equal(makers.installed, undefined);
  });
});
