import type { Explanation, Hit, ListEntity, ListVersion, PartAlignment } from '../core/index.ts';
import { describeAlignment, ofacScore } from '../matching/index.ts';
import type { TokenWeigher } from '../matching/index.ts';
import type { EntityMatch } from '../matching/index.ts';
import type { AnalyzedName } from '../names/index.ts';

/** Rounds a score to 4 decimals so that JSON output stays readable and stable. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** A one-sentence account of a hit, for people reading reports. */
function summarise(
  query: string,
  entity: ListEntity,
  match: EntityMatch,
  parts: readonly PartAlignment[],
  threshold: number,
): string {
  const name = entity.names[match.name];
  const aligned = parts.filter((p) => p.evidence !== 'unmatched' && p.query.length > 0);
  const evidence = aligned
    .map((p) => `${p.query.join(' ')}≈${p.matched.join(' ')} (${p.evidence})`)
    .join(', ');
  const qualifiers = match.qualifiers
    .map((q) => `${q.qualifier} ${q.contribution >= 0 ? '+' : ''}${q.contribution.toFixed(2)}`)
    .join(', ');
  const verdict = match.score >= threshold ? '≥' : '<';
  return (
    `"${query}" vs ${name?.kind ?? 'name'} "${name?.full ?? entity.caption}" (${entity.list}): ` +
    `${evidence === '' ? 'no parts aligned' : evidence}; name ${match.nameScore.toFixed(2)}` +
    `${qualifiers === '' ? '' : `; ${qualifiers}`}; score ${match.score.toFixed(2)} ${verdict} ${threshold}`
  );
}

/** Turns an entity match into a hit with its full explanation and OFAC-parity score. */
export function buildHit(
  query: string,
  analyzed: AnalyzedName,
  entity: ListEntity,
  match: EntityMatch,
  threshold: number,
  algorithm: string,
  lists: readonly ListVersion[],
  weigh: TokenWeigher,
): Hit {
  const name = entity.names[match.name];
  const parts = describeAlignment(match.alignment, match.queryForm, match.listedForm, weigh);
  const ofac = ofacScore(
    query,
    entity.names.filter((n) => n.kind !== 'original-script').map((n) => n.full),
  );
  const explanation: Explanation = {
    algorithm,
    threshold,
    nameScore: round(match.nameScore),
    score: round(match.score),
    queryTokens: match.queryForm.tokens.map((t) => t.text),
    queryHonorifics: analyzed.honorifics,
    matchedTokens: match.listedForm.tokens.map((t) => t.text),
    parts,
    qualifiers: match.qualifiers,
    ofac,
    lists: lists.filter((l) => l.list === entity.list),
    summary: summarise(query, entity, match, parts, threshold),
  };
  return {
    entityId: entity.id,
    list: entity.list,
    reference: entity.reference,
    caption: entity.caption,
    schema: entity.schema,
    score: round(match.score),
    match: match.score >= threshold,
    ofacScore: ofac.score,
    matchedName: {
      full: name?.full ?? entity.caption,
      kind: name?.kind ?? 'primary',
      list: entity.list,
    },
    explanation,
  };
}
