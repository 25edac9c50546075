import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../../src/analysis/index.ts';
import type { SourcedEntity } from '../../src/core/index.ts';
import { parseOfacJson, parseUnXml } from '../../src/ingest/index.ts';
import { buildScreeningIndex, getEntity, screenName } from '../../src/screening/index.ts';
import { compareWithGold, readArticleGold } from '../../scripts/eval/articles-gold.ts';
import { SHARED_MISSING, sharedExample, sharedFile } from '../support/shared-data.ts';

async function load(list: 'un' | 'ofac'): Promise<SourcedEntity[]> {
  const path =
    list === 'un' ? 'un/un_consolidated_2026-02-27.xml' : 'ofac/sdn_json_2026-08-20/ofac-sdn.json';
  const parse = list === 'un' ? parseUnXml : parseOfacJson;
  const result = await parse(createReadStream(sharedFile(path)));
  const source = {
    list,
    version: 1,
    sha256: '',
    importedAt: '2026-01-01T00:00:00Z',
    format: list === 'un' ? ('un-xml' as const) : ('ofac-json' as const),
    fileName: path,
  };
  return result.entities.map((entity) => ({ entity, source }));
}

describe('the example article against the UN and OFAC lists', () => {
  it(
    'flags the listed groups and people, no unlisted person, and names the speakers',
    { skip: SHARED_MISSING },
    async () => {
      const entities = [...(await load('un')), ...(await load('ofac'))];
      const index = buildScreeningIndex(entities);
      const gold = readArticleGold();
      const text = readFileSync(sharedExample(gold.article.replace(/^examples\//, '')), 'utf8');
      const analysis = await analyzeArticle(
        { content: text },
        {
          entities,
          screen: (q) => screenName(index, q),
          lookupEntity: (id) => getEntity(index, id),
        },
      );
      const comparison = compareWithGold(analysis, gold, ['un', 'ofac']);
      assert.deepEqual(comparison.refsMissing, []);
      assert.ok(
        comparison.refsFound.includes('un:QDe.004') && comparison.refsFound.includes('un:QDi.006'),
      );
      assert.deepEqual(comparison.falsePersonMatches, []);
      assert.equal(analysis.title, gold.title);
      assert.deepEqual(analysis.tags, gold.tags);
      assert.deepEqual(
        analysis.removed.map((r) => r.reason),
        gold.removedReasons,
      );
      // Speakers must be right; a few sentence kinds are judgement calls, so kinds get a floor.
      assert.ok(
        comparison.speakersRight >= comparison.speakersTotal - 1,
        comparison.statementProblems.join('\n'),
      );
      assert.ok(
        comparison.kindsRight >= comparison.statements - 2,
        comparison.statementProblems.join('\n'),
      );
    },
  );
});
