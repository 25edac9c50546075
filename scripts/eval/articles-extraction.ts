import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { decodeBytes, extractHtml } from '../../src/analysis/index.ts';
import { f1, shingleScore } from './articles-shingles.ts';

const FOLDER = new URL('../../../shared/data/articles/scrapinghub/', import.meta.url);

/** Extraction figures on the ScrapingHub benchmark. */
export interface ExtractionFigures {
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  meanPageF1: number;
  failures: number;
}

/** Extracts every benchmark page with our pipeline and scores it against the human-annotated body. */
export function evaluateExtraction(limit = Infinity): ExtractionFigures {
  const gold = JSON.parse(readFileSync(new URL('ground-truth.json', FOLDER), 'utf8')) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const files = readdirSync(fileURLToPath(new URL('html/', FOLDER)))
    .sort()
    .slice(0, limit);
  let precision = 0;
  let recall = 0;
  let pageF1 = 0;
  let failures = 0;
  for (const file of files) {
    const id = file.replace(/\.html\.gz$/, '');
    const expected = gold[id];
    if (expected === undefined) continue;
    let text = '';
    try {
      const html = decodeBytes(gunzipSync(readFileSync(new URL(`html/${file}`, FOLDER))));
      text = extractHtml(html, expected.url).text;
    } catch {
      failures++;
    }
    const score = shingleScore(text, expected.articleBody);
    precision += score.precision;
    recall += score.recall;
    pageF1 += score.f1;
  }
  const n = files.length;
  return {
    pages: n,
    precision: precision / n,
    recall: recall / n,
    f1: f1(precision / n, recall / n),
    meanPageF1: pageF1 / n,
    failures,
  };
}
