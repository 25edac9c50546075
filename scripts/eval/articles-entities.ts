import type { Gazetteer } from '../../src/analysis/index.ts';
import { findMentions } from '../../src/analysis/index.ts';
import { f1 } from './articles-shingles.ts';
import { gumSplit, readGumDocument } from './articles-gum.ts';

/** Precision, recall and F1 per entity type. */
export type EntityFigures = Record<
  'person' | 'organization' | 'place',
  { precision: number; recall: number; f1: number; gold: number }
>;

/**
 * Named-entity figures on a GUM split: a prediction counts when it has the gold type, covers the
 * gold head word and stays inside the gold phrase (one to one); Reddit documents are skipped (their words are blanked).
 */
export function evaluateEntities(
  split: 'train' | 'dev' | 'test',
  gazetteer?: Gazetteer,
): EntityFigures {
  const counts = {
    person: { tp: 0, fp: 0, fn: 0 },
    organization: { tp: 0, fp: 0, fn: 0 },
    place: { tp: 0, fp: 0, fn: 0 },
  };
  for (const id of gumSplit(split).filter((d) => !d.includes('_reddit_'))) {
    const doc = readGumDocument(id);
    const predicted = findMentions(doc.text, gazetteer).filter(
      (m) => m.type !== 'group' && m.source !== 'pronoun',
    );
    const used = new Set<number>();
    for (const gold of doc.mentions) {
      // Head match: same type, the prediction covers the head word and stays inside the gold phrase.
      const hit = predicted.findIndex(
        (p, i) =>
          !used.has(i) &&
          p.type === gold.type &&
          p.start <= gold.headStart &&
          p.end >= gold.headEnd &&
          p.start >= gold.start &&
          p.end <= gold.end,
      );
      if (hit >= 0) {
        used.add(hit);
        counts[gold.type].tp++;
      } else counts[gold.type].fn++;
    }
    predicted.forEach((p, i) => {
      if (!used.has(i) && p.type !== 'group') counts[p.type].fp++;
    });
  }
  const figure = ({
    tp,
    fp,
    fn,
  }: {
    tp: number;
    fp: number;
    fn: number;
  }): { precision: number; recall: number; f1: number; gold: number } => {
    const precision = tp / Math.max(1, tp + fp);
    const recall = tp / Math.max(1, tp + fn);
    return { precision, recall, f1: f1(precision, recall), gold: tp + fn };
  };
  return {
    person: figure(counts.person),
    organization: figure(counts.organization),
    place: figure(counts.place),
  };
}
