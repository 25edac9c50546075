// Speaker attribution on the speaker sets of real news (test/gold/speakers, and the German and
// Spanish news of test/gold/speakers-de-es, the French of speakers-fr, the English shapes of
// speakers-shapes, the statements of test/gold/articles and the held-out English news of
// speakers-heldout), both halves.
// Usage: npm run eval:speakers [-- --verbose] [-- --no-lists] [-- --only <slug part>]
// Tune on the tune half; the test half is what eval:articles reports. --no-lists skips the list
// gazetteer (faster, for a quick look; the reported figures use it).
import { buildGazetteer, type Gazetteer } from '../../src/analysis/index.ts';
import {
  ARTICLES_FOLDER,
  evaluateSpeakers,
  FRENCH_FOLDER,
  HELD_OUT_FOLDER,
  HELD_OUT_S21_FOLDER,
  OTHER_LANGUAGES_FOLDER,
  SHAPES_FOLDER,
} from './articles-speakers.ts';
import { loadLists, sharedDataPresent } from './load-lists.ts';

const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt >= 0 ? args[onlyAt + 1] : undefined;
let gazetteer: Gazetteer | undefined;
if (!args.includes('--no-lists') && sharedDataPresent())
  gazetteer = buildGazetteer((await loadLists()).entities);
const sections = [
  ['English', undefined],
  ['German and Spanish', OTHER_LANGUAGES_FOLDER],
  ['French', FRENCH_FOLDER],
  ['English transcripts and role phrases', SHAPES_FOLDER],
  // The speakers of test/gold/articles, both halves (eval:articles prints only the test half, and
  // screening plays no part in a speaker).
  ['Real news with listed entities (test/gold/articles)', ARTICLES_FOLDER],
  // Rows kept aside while session 20's rules were written (test/gold/speakers-heldout).
  ['Held-out English news (test/gold/speakers-heldout)', HELD_OUT_FOLDER],
  // Rows kept aside while session 21's rules were written (test/gold/speakers-heldout-s21).
  ['Held-out English news, session 21 (test/gold/speakers-heldout-s21)', HELD_OUT_S21_FOLDER],
] as const;
for (const [section, folder] of sections) {
  console.log(section);
  for (const split of ['tune', 'test'] as const) {
    const f = evaluateSpeakers(gazetteer, split, only, folder);
    const share = f.statements === 0 ? '–' : (f.right / f.statements).toFixed(2);
    console.log(
      `${split.padEnd(5)} ${String(f.articles).padStart(2)} articles  speakers right ${f.right}/${f.statements} (${share})`,
    );
    if (args.includes('--verbose')) for (const p of f.problems) console.log(`    ${p}`);
  }
}
