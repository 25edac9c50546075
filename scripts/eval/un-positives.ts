import type { ListEntity } from '../../src/core/index.ts';
import { tokenizeName } from '../../src/names/index.ts';
import { isValidBirthDate, screenName } from '../../src/screening/index.ts';
import type { ScreeningIndex } from '../../src/screening/index.ts';
import { fmt, readPairsCsv, report } from './read-csv.ts';
import anyAscii from 'any-ascii';

/** Sorted-token key of a name: order, case, punctuation and diacritics do not matter. */
function nameKey(name: string): string {
  return tokenizeName(anyAscii(name)).sort().join(' ');
}

/** Years an entity's birth dates cover. */
function birthYears(entity: ListEntity): Set<number> {
  const years = new Set<number>();
  for (const date of entity.birthDates) {
    const from = Number((date.from ?? date.value).slice(0, 4));
    const to = Number((date.to ?? date.value).slice(0, 4));
    for (let y = from; y <= to && y - from < 50; y++) years.add(y);
  }
  return years;
}

/** A birth date as the query validator wants it (zero-padded), or undefined when impossible. */
export function cleanDate(value: string | undefined): string | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(value?.trim() ?? '');
  if (m === null) return undefined;
  const date = [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')]
    .filter((p) => p !== undefined)
    .join('-');
  // The treated fixture holds impossible dates (1974-01-32); the engine rejects them, so the query
  // goes without a birth date, as a user correcting the input would send it.
  return isValidBirthDate(date) ? date : undefined;
}

/**
 * Joins each untreated positive to the UN entity it was made from: same sorted name tokens (any of
 * the entity's names), and when several entities share the name, the one whose birth years include
 * the row's year. The treated file is row-aligned with the untreated one (same person per row,
 * with the name and sometimes the birth date mutated), so it reuses the join.
 */
export function joinPositives(index: ScreeningIndex): {
  expected: (string | undefined)[];
  unjoined: string[];
} {
  const byKey = new Map<string, ListEntity[]>();
  for (const { entity } of index.entities) {
    if (entity.list !== 'un') continue;
    for (const name of entity.names) {
      const key = nameKey(name.full);
      const list = byKey.get(key) ?? [];
      if (!list.includes(entity)) list.push(entity);
      byKey.set(key, list);
    }
  }
  const expected: (string | undefined)[] = [];
  const unjoined: string[] = [];
  for (const row of readPairsCsv('yente_positives_un_untreated.csv')) {
    const candidates = byKey.get(nameKey(row.full_name ?? '')) ?? [];
    const year = Number((row.date_of_birth ?? '').slice(0, 4));
    const found =
      candidates.length > 1 ? candidates.filter((e) => birthYears(e).has(year)) : candidates;
    const id = found[0]?.id;
    expected.push(id);
    if (id === undefined) unjoined.push(row.full_name ?? '');
  }
  return { expected, unjoined };
}

/** Recall@1 and @5 of one positives file, with the misses. */
export function runPositives(
  index: ScreeningIndex,
  file: string,
  expected: readonly (string | undefined)[],
): { at1: number; at5: number; total: number; misses: string[] } {
  let at1 = 0;
  let at5 = 0;
  let total = 0;
  const misses: string[] = [];
  readPairsCsv(file).forEach((row, i) => {
    const id = expected[i];
    if (id === undefined) return;
    total++;
    const birthDate = cleanDate(row.date_of_birth);
    const country = row.nationality?.length === 2 ? row.nationality : undefined;
    const result = screenName(index, {
      name: row.full_name ?? '',
      lists: ['un'],
      limit: 5,
      ...(birthDate === undefined ? {} : { birthDate }),
      ...(country === undefined ? {} : { country }),
    });
    const rank = result.results.findIndex((h) => h.entityId === id);
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 5) at5++;
    else
      misses.push(
        `${row.full_name ?? ''} → ${id} (top: ${result.results[0]?.entityId ?? 'none'} ${result.results[0]?.score ?? ''})`,
      );
  });
  return { at1: at1 / total, at5: at5 / total, total, misses };
}

/** Prints the UN positives section. */
export function printUnPositives(index: ScreeningIndex, verbose: boolean): void {
  const { expected, unjoined } = joinPositives(index);
  console.log(
    `\n2. UN positives (joined ${expected.length - unjoined.length}/${expected.length} rows to a UN entity by name + birth year)`,
  );
  for (const file of ['yente_positives_un_untreated.csv', 'yente_positives_un_treated.csv']) {
    const r = runPositives(index, file, expected);
    const label = file.includes('untreated') ? 'untreated' : 'treated';
    report(`${label} recall@1 (${r.total})`, fmt(r.at1), '≥ 0.97', r.at1 >= 0.97);
    report(`${label} recall@5`, fmt(r.at5), '= 1.00', r.at5 === 1);
    if (verbose) for (const miss of r.misses.slice(0, 20)) console.log(`       miss: ${miss}`);
  }
  if (verbose && unjoined.length > 0)
    console.log(`       unjoined: ${unjoined.slice(0, 10).join('; ')}`);
}
