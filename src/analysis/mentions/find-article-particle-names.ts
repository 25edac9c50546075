import { isGivenName } from '../../names/index.ts';
import type { Mention } from '../article-types.ts';
import { ruleMention } from './rule-spans.ts';

// "Bachar al-Assad", "Walid al-Mouallem", "Hachem el-Madani": an Arabic name written in Latin
// letters with its article in lower case before the family name. The tagger, trained on English,
// misses such names in French, German or Spanish text when the given name is spelt the local way
// ("du président Bachar al-Assad" gave no mention at all), and a listed leader went unflagged.
const ARTICLE = String.raw`(?:al|el|ad|as|ash|ar|an|at|az|ed|es|en|er|ez)`;
const CAPITALISED = String.raw`\p{Lu}[\p{L}'’]+`;
const PARTICLE_NAME = new RegExp(
  String.raw`(?<![\p{L}'’-])((?:${CAPITALISED}[ \t]+){1,3})(${ARTICLE}-${CAPITALISED})(?![\p{L}-])`,
  'gu',
);

/**
 * People named "Given [Middle] al-Family": the run of capitalised words before the article and
 * family name, from the first word that is a known given name ("Selon Bachar al-Assad" starts at
 * "Bachar"). A run with no given name ("Deir el-Zour", "Jabhat al-Nusra") names no person here.
 */
export function findArticleParticleNames(text: string): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(PARTICLE_NAME)) {
    const words = (match[1] ?? '').trim().split(/[ \t]+/);
    const first = words.findIndex((w) => isGivenName(w.toLowerCase()));
    if (first < 0) continue;
    const given = words.slice(first).join(' ');
    const start = match.index + (match[1] ?? '').indexOf(given);
    const end = match.index + match[0].length;
    found.push(ruleMention(text, start, end, `${given} ${match[2] ?? ''}`, 'person'));
  }
  return found;
}
