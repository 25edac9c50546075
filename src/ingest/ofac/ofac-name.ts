import type { EntityName, NameKind, NamePart, Schema } from '../../core/index.ts';
import { detectScript } from '../../names/index.ts';

const SUFFIX = /^(?:Jr|Sr|II|III|IV|V)\.?$/i;

/**
 * The parts of a person's name written "LAST, First Middle[, Jr.]": OFAC puts the family name
 * first, in capitals, before the first comma. Undefined for names without a comma.
 */
export function splitOfacPersonName(full: string): NamePart[] | undefined {
  const pieces = full.split(',').map((p) => p.trim());
  const family = pieces[0];
  if (pieces.length < 2 || family === undefined || family === '') return undefined;
  const parts: NamePart[] = [{ type: 'family', value: family }];
  const given: string[] = [];
  const suffixes: string[] = [];
  for (const piece of pieces.slice(1)) {
    if (piece === '') continue;
    // "DELOS REYES, Feliciano Semborio, Jr.": a third piece is a suffix, not more given names.
    if (given.length > 0 && SUFFIX.test(piece)) suffixes.push(piece);
    else given.push(piece);
  }
  if (given.length > 0) parts.push({ type: 'given', value: given.join(' ') });
  for (const suffix of suffixes) parts.push({ type: 'suffix', value: suffix });
  return parts;
}

/**
 * A readable caption: a person's "LAST, First" becomes "First LAST" (the family name keeps
 * OFAC's capitals, so it still stands out); other names are kept as written.
 */
export function ofacCaption(full: string, schema: Schema): string {
  const parts = schema === 'Person' ? splitOfacPersonName(full) : undefined;
  if (parts === undefined) return full;
  const byType = (type: NamePart['type']): string[] =>
    parts.filter((p) => p.type === type).map((p) => p.value);
  return [...byType('given'), ...byType('family'), ...byType('suffix')].join(' ');
}

/** One OFAC name as written, with its script and, for persons, its family and given parts. */
export function ofacName(full: string, kind: NameKind, schema: Schema): EntityName {
  const parts = schema === 'Person' ? splitOfacPersonName(full) : undefined;
  return {
    full,
    kind,
    script: detectScript(full),
    ...(parts !== undefined ? { parts } : {}),
  };
}
