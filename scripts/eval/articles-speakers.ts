import { readFileSync } from 'node:fs';
import type { Gazetteer } from '../../src/analysis/index.ts';
import { readArticle } from '../../src/analysis/index.ts';
import { nameKey } from '../../src/names/index.ts';
import { readRealGold, realSplit, speakerIsRight, speakerProblem } from './articles-real.ts';

const FOLDER = new URL('../../test/gold/speakers/', import.meta.url);
/** The German and Spanish news of the speaker set, in the same format. */
export const OTHER_LANGUAGES_FOLDER = new URL('../../test/gold/speakers-de-es/', import.meta.url);
/** The French news of the speaker set. */
export const FRENCH_FOLDER = new URL('../../test/gold/speakers-fr/', import.meta.url);
/** Real news with listed entities, whose statements carry speaker gold too. */
export const ARTICLES_FOLDER = new URL('../../test/gold/articles/', import.meta.url);
/** English news kept aside while session 20's rules were written: an out-of-sample check. */
export const HELD_OUT_FOLDER = new URL('../../test/gold/speakers-heldout/', import.meta.url);
/** English news kept aside while session 21's rules were written: this session's out-of-sample check. */
export const HELD_OUT_S21_FOLDER = new URL(
  '../../test/gold/speakers-heldout-s21/',
  import.meta.url,
);
/** English transcripts with speaker labels, role phrases as speakers and "he wrote" after a quote. */
export const SHAPES_FOLDER = new URL('../../test/gold/speakers-shapes/', import.meta.url);

/** Speaker figures over one half of the speaker set (test/gold/speakers). */
export interface SpeakerFigures {
  articles: number;
  statements: number;
  right: number;
  /** People the gold names, and how many of them the article's entities hold under the full name. */
  people: number;
  peopleWhole: number;
  /** One line per statement whose speaker is wrong or missing. */
  problems: string[];
}

/**
 * Reads the articles of one half of the speaker set and counts the statements whose speaker is
 * one of the gold's accepted names (the full name the article gives, or an accepted source form).
 * Screening plays no part in a speaker, so the articles are read, not screened.
 */
export function evaluateSpeakers(
  gazetteer: Gazetteer | undefined,
  split: 'tune' | 'test' | 'all',
  only?: string,
  folder: URL = FOLDER,
): SpeakerFigures {
  const golds = readRealGold(folder).filter(
    (g) =>
      (split === 'all' || realSplit(g.slug) === split) &&
      (only === undefined || g.slug.includes(only)),
  );
  const figures: SpeakerFigures = {
    articles: golds.length,
    statements: 0,
    right: 0,
    people: 0,
    peopleWhole: 0,
    problems: [],
  };
  for (const gold of golds) {
    const content = readFileSync(new URL(gold.article, folder), 'utf8');
    const { statements, entities } = readArticle({ content, format: 'text' }, gazetteer);
    for (const person of gold.entities.filter((e) => e.type === 'person')) {
      figures.people++;
      const whole = entities.some(
        (e) => e.type === 'person' && nameKey(e.name) === nameKey(person.name),
      );
      if (whole) figures.peopleWhole++;
      else figures.problems.push(`${gold.slug}: person "${person.name}" not found whole`);
    }
    for (const s of gold.statements) {
      figures.statements++;
      const found = statements.find((x) => x.text.startsWith(s.anchor));
      if (speakerIsRight(found, s.speaker)) figures.right++;
      else figures.problems.push(speakerProblem(gold.slug, s, found));
    }
  }
  return figures;
}
