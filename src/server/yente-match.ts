import type { Hit, ListEntity, NameQuery, PairAlert, ScreenResult } from '../core/index.ts';
import { identifierKeys, MAX_LIMIT, toFtmEntity } from '../app/index.ts';
import type { CleanExample } from './yente/clean-example.ts';
import type { YenteContext } from './yente/yente-context.ts';
import { referentsOf, type YenteEntity } from './yente/yente-entity.ts';
import { schemaAncestry } from './yente/yente-schemas.ts';

/** The query parameters of one /match request, validated. */
export interface MatchParams {
  /** Score at and above which a result is a match; any number, as in yente. */
  threshold: number;
  /** Results scoring at or below this are left out. */
  cutoff: number;
  limit: number;
  /** The lists in scope after the dataset path, include_dataset and exclude_dataset. */
  lists: string[];
  excludeSchema: readonly string[];
  topics: readonly string[];
  /** YYYY-MM-DD[THH[:MM[:SS]]]: only entities whose record changed at or after it. */
  changedSince?: string;
  /** Entity ids (or referents) never returned. */
  excludeEntityIds: readonly string[];
}

/** One yente result: the entity, its score, and the explanation in both shapes. */
export type YenteResult = YenteEntity & {
  score: number;
  match: boolean;
  explanations: Record<string, { score: number; detail: string | null }>;
  features: Record<string, number>;
  explanation: Hit['explanation'];
  /** When the query names a watched subject and the pair has an alert: its status and decision. */
  alert?: PairAlert;
};

/** The engine's name queries for one example: every name, with every birth date and country. */
export function nameQueriesOf(example: CleanExample): Omit<NameQuery, 'lists' | 'limit'>[] {
  const dates = example.birthDates.length > 0 ? example.birthDates : [undefined];
  const countries = example.countries.length > 0 ? example.countries : [undefined];
  const queries: Omit<NameQuery, 'lists' | 'limit'>[] = [];
  // yente ignores what it cannot use: an identifier too short to compare is left out, not an error.
  const identifiers = example.identifiers.filter((value) => identifierKeys(value).length > 0);
  // An example with identifiers and no name (a vessel by IMO number) is screened by them alone.
  const names = example.names.length === 0 && identifiers.length > 0 ? [''] : example.names;
  for (const name of names) {
    for (const birthDate of dates) {
      for (const country of countries) {
        queries.push({
          name,
          schema: example.schema,
          ...(birthDate === undefined ? {} : { birthDate }),
          ...(country === undefined ? {} : { country }),
          ...(identifiers.length > 0 ? { identifiers } : {}),
        });
      }
    }
  }
  return queries;
}

/** Keeps the best hit per entity across several results, best first. */
export function mergeResults(results: readonly ScreenResult[]): Hit[] {
  const best = new Map<string, Hit>();
  for (const result of results) {
    for (const hit of result.results) {
      const seen = best.get(hit.entityId);
      if (seen === undefined || hit.score > seen.score) best.set(hit.entityId, hit);
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * How many hits to ask the engine for per name: filters applied after screening (excluded ids,
 * schemata, change dates) could otherwise leave fewer than `limit` results.
 */
export function engineLimit(params: MatchParams): number {
  const postFiltered = params.excludeSchema.length > 0 || params.changedSince !== undefined;
  if (postFiltered) return MAX_LIMIT;
  return Math.min(MAX_LIMIT, params.limit + params.excludeEntityIds.length);
}

/** True when a listed entity passes the request's filters. */
export function passesFilters(
  entity: ListEntity,
  context: YenteContext,
  params: MatchParams,
): boolean {
  if (params.excludeEntityIds.length > 0) {
    const ids = [entity.id, ...referentsOf(entity)];
    if (ids.some((id) => params.excludeEntityIds.includes(id))) return false;
  }
  if (params.excludeSchema.length > 0) {
    if (schemaAncestry(entity.schema).some((s) => params.excludeSchema.includes(s))) return false;
  }
  if (params.topics.length > 0) {
    const topics = toFtmEntity(entity).properties.topics ?? [];
    if (!topics.some((t) => params.topics.includes(t))) return false;
  }
  if (params.changedSince !== undefined) {
    const changed = context.history.get(entity.id)?.lastChange;
    // ISO strings compare in time order; a longer string with the same prefix is later.
    if (changed === undefined || changed < params.changedSince) return false;
  }
  return true;
}

/** A hit in yente's result shape, with Sift's explanation beside yente's per-feature one. */
export function toYenteResult(
  hit: Hit,
  entity: ListEntity,
  context: YenteContext,
  threshold: number,
): YenteResult {
  const { explanation } = hit;
  const explanations: YenteResult['explanations'] = {
    name: { score: explanation.nameScore, detail: explanation.summary },
    ofac_parity: {
      score: hit.ofacScore / 100,
      detail:
        explanation.ofac.technique === 'none'
          ? null
          : `OFAC-style ${explanation.ofac.technique} score against '${explanation.ofac.comparedWith}'`,
    },
  };
  const features: Record<string, number> = {
    name: explanation.nameScore,
    ofac_parity: hit.ofacScore / 100,
  };
  for (const q of explanation.qualifiers) {
    explanations[q.qualifier] = { score: q.contribution, detail: q.detail };
    features[q.qualifier] = q.contribution;
  }
  return {
    ...context.render(entity, false),
    score: hit.score,
    match: hit.score >= threshold,
    explanations,
    features,
    explanation,
  };
}
