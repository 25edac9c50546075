// A query that starts with an office ("Venezuelan President Nicolas Maduro"), or in Japanese and
// Chinese ends with a title joined to the name (金正植氏), is read without it as well, and those
// readings come first: they are the name (names/office-title.ts).
import { analyzeName, nameBeforeTitleSuffix, namesAfterOfficeTitle } from '../names/index.ts';
import type { AnalyzedName, NameForm, NameReading } from '../names/index.ts';

const signature = (form: NameForm): string => form.tokens.map((t) => t.text).join(' ');

/**
 * The analysis of a query with the readings of its name after an office put first, when the query
 * starts with one; otherwise `analyzed` itself. Organisation queries are left as they are.
 */
export function withNameAfterOfficeTitle(
  analyzed: AnalyzedName,
  name: string,
  reading: NameReading,
): AnalyzedName {
  if (reading === 'organisation') return analyzed;
  const before = nameBeforeTitleSuffix(name);
  const names = before === undefined ? namesAfterOfficeTitle(name) : [before];
  if (names.length === 0) return analyzed;
  const forms: NameForm[] = [];
  const honorifics = [...analyzed.honorifics];
  const seen = new Set<string>();
  for (const inner of names) {
    const read = analyzeName(inner, reading, { query: true });
    for (const form of read.forms) {
      if (seen.has(signature(form))) continue;
      seen.add(signature(form));
      forms.push(form);
    }
    for (const honorific of read.honorifics)
      if (!honorifics.includes(honorific)) honorifics.push(honorific);
  }
  for (const form of analyzed.forms) if (!seen.has(signature(form))) forms.push(form);
  return { ...analyzed, honorifics, forms };
}
