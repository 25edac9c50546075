// A query of any type that ends in a Roman numeral ("ARGO I", "Sea Star III", "Diamond II"): the
// lists' vessels and funds carry series numbers, which their organisation reading writes in digits
// (SEA STAR III → sea star 3), while a query of no stated type is read as a person's name might
// be, where "III" is a generation and "I" an initial. Such a query is read both ways.
import { analyzeName, seriesNumeralValue } from '../names/index.ts';
import type { AnalyzedName, NameForm } from '../names/index.ts';

/** True when a name's last word, after another, is a Roman numeral (I, II, III … XXXIX). */
export function endsInSeriesNumeral(name: string): boolean {
  const words = name.trim().toLowerCase().split(/\s+/);
  if (words.length < 2) return false;
  return seriesNumeralValue(words.at(-1)!, true) !== undefined;
}

const sameTokens = (a: NameForm, b: NameForm): boolean =>
  a.tokens.length === b.tokens.length && a.tokens.every((t, i) => t.text === b.tokens[i]!.text);

/**
 * The analysis of a query read with no stated type, with its organisation readings added where the
 * name ends in a Roman numeral and they differ; otherwise `analyzed` itself.
 */
export function withSeriesNumberReading(analyzed: AnalyzedName, name: string): AnalyzedName {
  if (!endsInSeriesNumeral(name)) return analyzed;
  const extra = analyzeName(name, 'organisation', { query: true }).forms.filter(
    (form) => !analyzed.forms.some((known) => sameTokens(known, form)),
  );
  return extra.length === 0 ? analyzed : { ...analyzed, forms: [...analyzed.forms, ...extra] };
}
