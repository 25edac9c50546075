import type { Gazetteer, Mention } from '../../src/analysis/index.ts';
import { findMentions } from '../../src/analysis/index.ts';
import { f1 } from './articles-shingles.ts';
import type { GoldMention } from './articles-gum.ts';
import { gumSplit, readGumDocument } from './articles-gum.ts';

type EntityType = 'person' | 'organization' | 'place';

/** Precision, recall and F1 per entity type. */
export type EntityFigures = Record<
  EntityType,
  { precision: number; recall: number; f1: number; gold: number }
>;

/**
 * How the GUM gold is read: `head` — named mentions by their syntactic head (articles-gum.ts),
 * a name nested inside a longer name ("Dhaka" in "Dhaka University") optional: finding it is
 * neither a hit nor a false alarm, missing it is no miss, since a flat tagger can give only one
 * of the two; `head-strict` — the same, nested names required; `last-token` — the earlier
 * definition (the phrase's last word is the head), nested names required; `head-strict-s10` —
 * `head-strict` as read before session 11, with mentions that only wrap a smaller one's name
 * ("Sudan and South Sudan" beside "Sudan") counted as a second name; `head-named` —
 * `head-strict` with the people GUM names by a title alone or a group plural ("the Secretary",
 * "Americans") optional, as nested names are under `head`: Sift reports neither as a person.
 */
export type EntityScoring =
  'head' | 'head-strict' | 'head-strict-s10' | 'last-token' | 'head-named';

/** Finds mentions in a text; the pipeline's findMentions unless an experiment passes another. */
export type MentionFinder = (text: string) => readonly Pick<Mention, 'start' | 'end' | 'type'>[];

/**
 * Named-entity figures on a GUM split: a prediction counts when it has the gold type, covers the
 * gold head word and stays inside the gold phrase (one to one); Reddit documents are skipped
 * (their words are blanked). Pronouns and groups are not predictions of a named entity.
 */
export function evaluateEntities(
  split: 'train' | 'dev' | 'test',
  gazetteer?: Gazetteer,
  scoring: EntityScoring = 'head',
): EntityFigures {
  return scoreEntities(split, gazetteer, [scoring])[scoring];
}

/** Figures under several scorings from one pass of the mention finder over the split. */
export function scoreEntities(
  split: 'train' | 'dev' | 'test',
  gazetteer?: Gazetteer,
  scorings: readonly EntityScoring[] = [
    'head',
    'head-strict',
    'head-strict-s10',
    'last-token',
    'head-named',
  ],
  find: MentionFinder = (text) => findMentions(text, gazetteer),
): Record<EntityScoring, EntityFigures> {
  const counts = new Map(scorings.map((s) => [s, emptyCounts()]));
  for (const id of gumSplit(split).filter((d) => !d.includes('_reddit_'))) {
    const head = readGumDocument(id, 'head');
    const predicted = find(head.text).filter(
      (m): m is Pick<Mention, 'start' | 'end'> & { type: EntityType } =>
        m.type !== 'group' && !('source' in m && m.source === 'pronoun'),
    );
    for (const [scoring, tally] of counts) {
      const gold =
        scoring === 'last-token'
          ? readGumDocument(id, 'last-token').mentions
          : scoring === 'head-strict-s10'
            ? readGumDocument(id, 'head', true).mentions
            : head.mentions;
      const optional =
        scoring === 'head'
          ? (g: GoldMention): boolean => g.nested
          : scoring === 'head-named'
            ? (g: GoldMention): boolean => g.descriptive
            : (): boolean => false;
      countMatches(gold, predicted, tally, optional);
    }
  }
  const figures = {} as Record<EntityScoring, EntityFigures>;
  for (const [scoring, tally] of counts)
    figures[scoring] = {
      person: figure(tally.person),
      organization: figure(tally.organization),
      place: figure(tally.place),
    };
  return figures;
}

type Tally = Record<EntityType, { tp: number; fp: number; fn: number }>;

const emptyCounts = (): Tally => ({
  person: { tp: 0, fp: 0, fn: 0 },
  organization: { tp: 0, fp: 0, fn: 0 },
  place: { tp: 0, fp: 0, fn: 0 },
});

/** Head match: same type, the prediction covers the head word and stays inside the gold phrase. */
export function matchesHead(
  predicted: Pick<Mention, 'start' | 'end' | 'type'>,
  gold: GoldMention,
): boolean {
  return (
    predicted.type === gold.type &&
    predicted.start <= gold.headStart &&
    predicted.end >= gold.headEnd &&
    predicted.start >= gold.start &&
    predicted.end <= gold.end
  );
}

function countMatches(
  gold: readonly GoldMention[],
  predicted: readonly (Pick<Mention, 'start' | 'end'> & { type: EntityType })[],
  tally: Tally,
  optional: (gold: GoldMention) => boolean,
): void {
  const used = new Set<number>();
  const match = (g: GoldMention): number =>
    predicted.findIndex((p, i) => !used.has(i) && matchesHead(p, g));
  const required = gold.filter((g) => !optional(g));
  for (const g of required) {
    const hit = match(g);
    if (hit >= 0) {
      used.add(hit);
      tally[g.type].tp++;
    } else tally[g.type].fn++;
  }
  // An optional name that was found is set aside: neither a hit nor a false alarm.
  for (const g of gold.filter(optional)) {
    const hit = match(g);
    if (hit >= 0) used.add(hit);
  }
  predicted.forEach((p, i) => {
    if (!used.has(i)) tally[p.type].fp++;
  });
}

function figure({ tp, fp, fn }: { tp: number; fp: number; fn: number }): {
  precision: number;
  recall: number;
  f1: number;
  gold: number;
} {
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  return { precision, recall, f1: f1(precision, recall), gold: tp + fn };
}
