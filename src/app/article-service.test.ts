import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ArticleAnalysis } from '../analysis/index.ts';
import { loadConfig, type Config } from '../config/index.ts';
import { openWiredApp } from './open-app.ts';

// A letter whose signer only attribution finds: the thread posts the entities without him first.
const SIGNED_LETTER = [
  'Letter dated 2 December 2008 addressed to the President of the Security Council',
  'Please be informed that I have received urgent instructions from my Government.',
  'We therefore hope that you will convene an emergency meeting of the Council.',
  '(Signed ) Giadalla A. Ettalhi\nPermanent Representative',
].join('\n\n');

const NEWS = [
  'Envoy meets Taliban interior minister',
  'KABUL, Dec 7 (Reuters) - Sirajuddin Haqqani, the Taliban interior minister, met the envoy on Monday, officials said.',
  '"We talked about trade," Haqqani told reporters after the meeting.',
].join('\n\n');

/** One analysis in a fresh app; the audit records it added beside its answer. */
async function analyzeIn(
  config: Readonly<Config>,
  content: string,
): Promise<{ analysis: ArticleAnalysis; audited: number }> {
  const app = await openWiredApp(config);
  try {
    const before = (await app.store.audit.verify()).records;
    const analysis = await app.articles.analyze({ content, format: 'text' }, { caller: 'test' });
    return { analysis, audited: (await app.store.audit.verify()).records - before };
  } finally {
    await app.close();
  }
}

describe('the article service with the text read on its own thread', () => {
  let dir = '';
  let threaded: Readonly<Config>;
  let inProcess: Readonly<Config>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sift-article-service-'));
    const env = { SIFT_KEYS_FILE: join(dir, 'keys.json'), SIFT_LOG_LEVEL: 'silent' };
    threaded = loadConfig({ db: join(dir, 'threaded.db') }, env);
    inProcess = loadConfig(
      { db: join(dir, 'in-process.db') },
      { ...env, SIFT_SNAPSHOT_DIR: 'none' },
    );
    // The first analysis writes the article tables the thread reads from then on.
    await analyzeIn(threaded, NEWS);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('answers a news text as reading it in the process does, with as many audit records', async () => {
    const [alone, beside] = [await analyzeIn(inProcess, NEWS), await analyzeIn(threaded, NEWS)];
    assert.ok(alone.analysis.entities.some((e) => (e.screening?.hits.length ?? 0) > 0));
    assert.deepEqual(beside, alone);
  });

  it("screens a letter's signer whom attribution adds after the entities were screened", async () => {
    const [alone, beside] = [
      await analyzeIn(inProcess, SIGNED_LETTER),
      await analyzeIn(threaded, SIGNED_LETTER),
    ];
    const signer = beside.analysis.entities.find((e) => e.name === 'Giadalla A. Ettalhi');
    assert.ok(signer?.screening !== null && signer?.screening !== undefined);
    assert.deepEqual(beside, alone);
  });
});
