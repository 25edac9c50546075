import type { PartialDate, QualifierEffect, Schema } from '../core/index.ts';

/** Score changes for qualifiers; small rewards and larger penalties, as logic-v2 does. */
export const QUALIFIER_WEIGHTS = {
  sameDay: 0.05,
  sameYear: 0.03,
  swappedDayMonth: 0.02,
  differentDay: -0.1,
  nearYear: -0.03,
  differentYear: -0.15,
  sameCountry: 0.03,
  differentCountry: -0.1,
} as const;

/**
 * Years either side of an estimated birth date (a range, or one the list calls approximate) within
 * which a query year is near, not different: estimates for people without civil records differ by
 * several years between sources (UN: Sirajuddin Haqqani born about 1977–1978; the press: 1973 or
 * 1980). Exact listed dates keep a one-year tolerance (sift-match-5).
 */
export const ESTIMATED_YEAR_TOLERANCE = 5;

/** True when a listed date is an estimate: a range, or a date its source calls approximate. */
function isEstimate(date: PartialDate): boolean {
  return (
    date.precision === 'range' ||
    /\b(?:approx|approximately|circa|ca|about|around|c)\b\.?/i.test(date.note ?? '')
  );
}

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Reads YYYY, YYYY-MM or YYYY-MM-DD; undefined when malformed. */
export function parseDateParts(value: string): DateParts | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (m === null) return undefined;
  const parts: DateParts = { year: Number(m[1]) };
  if (m[2] !== undefined) parts.month = Number(m[2]);
  if (m[3] !== undefined) parts.day = Number(m[3]);
  return parts;
}

/** The effect of comparing a query birth date with one listed date. */
function compareDate(query: DateParts, listed: PartialDate): { value: number; detail: string } {
  const w = QUALIFIER_WEIGHTS;
  if (listed.precision === 'range') {
    const from = parseDateParts(listed.from ?? listed.value)?.year;
    const to = parseDateParts(listed.to ?? listed.value)?.year ?? from;
    if (from === undefined || to === undefined) return { value: 0, detail: 'unreadable range' };
    const gap = query.year < from ? from - query.year : query.year > to ? query.year - to : 0;
    if (gap === 0) return { value: w.sameYear, detail: `within ${from}–${to}` };
    if (gap === 1) return { value: w.nearYear, detail: `one year outside ${from}–${to}` };
    return gap <= ESTIMATED_YEAR_TOLERANCE
      ? { value: w.nearYear, detail: `${gap} years outside the estimate ${from}–${to}` }
      : { value: w.differentYear, detail: `outside ${from}–${to}` };
  }
  const other = parseDateParts(listed.value);
  if (other === undefined) return { value: 0, detail: 'unreadable date' };
  const yearGap = Math.abs(query.year - other.year);
  if (yearGap === 1) return { value: w.nearYear, detail: 'years one apart' };
  if (yearGap > 1 && yearGap <= ESTIMATED_YEAR_TOLERANCE && isEstimate(listed)) {
    return { value: w.nearYear, detail: `${yearGap} years from an approximate date` };
  }
  if (yearGap > 1) return { value: w.differentYear, detail: 'different year' };
  if (query.month === undefined || other.month === undefined)
    return { value: w.sameYear, detail: 'same year' };
  if (query.day !== undefined && other.day !== undefined) {
    if (query.month === other.month && query.day === other.day)
      return { value: w.sameDay, detail: 'same day' };
    if (query.month === other.day && query.day === other.month) {
      return { value: w.swappedDayMonth, detail: 'day and month swapped' };
    }
    return { value: w.differentDay, detail: 'same year, different day' };
  }
  return query.month === other.month
    ? { value: w.sameYear, detail: 'same year and month' }
    : { value: w.differentDay, detail: 'same year, different month' };
}

/**
 * The birth-date qualifier: the best agreement between the query date and any listed date, at the
 * precision both know; undefined when the entity lists no birth date.
 */
export function birthDateEffect(
  query: string,
  listed: readonly PartialDate[],
): QualifierEffect | undefined {
  const parts = parseDateParts(query);
  if (parts === undefined || listed.length === 0) return undefined;
  let best: { value: number; detail: string; date: string } | undefined;
  for (const date of listed) {
    const effect = compareDate(parts, date);
    if (best === undefined || effect.value > best.value) best = { ...effect, date: date.value };
  }
  if (best === undefined) return undefined;
  return {
    qualifier: 'birthDate',
    contribution: best.value,
    detail: `query ${query} vs listed ${best.date}: ${best.detail}`,
  };
}

/**
 * The country qualifier: a bonus when the query country is among the entity's nationalities or
 * countries, a penalty when the entity names others; undefined when it names none.
 */
export function countryEffect(
  query: string,
  nationalities: readonly string[],
  countries: readonly string[],
): QualifierEffect | undefined {
  const code = query.toUpperCase();
  const all = [...new Set([...nationalities, ...countries].map((c) => c.toUpperCase()))];
  if (all.length === 0) return undefined;
  const same = all.includes(code);
  return {
    qualifier: 'country',
    contribution: same ? QUALIFIER_WEIGHTS.sameCountry : QUALIFIER_WEIGHTS.differentCountry,
    detail: `query ${code} ${same ? 'is' : 'is not'} among listed ${all.join(', ')}`,
  };
}

const ORGANISATIONS: readonly Schema[] = ['Organization', 'LegalEntity'];

/**
 * True when a query of schema `query` may refer to an entity of schema `listed`: a person never
 * matches a vessel or a company; LegalEntity (the list does not say which) accepts persons and
 * organisations.
 */
export function schemasCompatible(query: Schema | 'Any', listed: Schema): boolean {
  if (query === 'Any' || query === listed) return true;
  if (query === 'LegalEntity') return listed === 'Person' || listed === 'Organization';
  if (listed === 'LegalEntity') return query === 'Person' || query === 'Organization';
  return ORGANISATIONS.includes(query) && ORGANISATIONS.includes(listed);
}
