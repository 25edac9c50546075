import { toCountryCode } from '../../src/names/index.ts';
import type { Hit, NameQuery } from '../../src/core/index.ts';
import { screenName } from '../../src/screening/index.ts';
import type { ScreeningIndex } from '../../src/screening/index.ts';
import { fmt, readPairsCsv, report } from './read-csv.ts';
import { cleanDate } from './un-positives.ts';

/** Alerts per 1,000 names of one negatives file, name only and with birth date and country. */
export interface AlertFigures {
  names: number;
  nameOnlyPerThousand: number;
  qualifiedPerThousand: number;
  examples: string[];
}

/**
 * The query for one fixture row: name only, or with the row's birth date and nationality; the
 * eval asks for the top hit only (limit 1); without a limit, the engine's default.
 */
export function queryOf(
  row: Record<string, string>,
  qualified: boolean,
  limit?: number,
): NameQuery {
  const query: NameQuery = { name: row.full_name ?? '' };
  if (limit !== undefined) query.limit = limit;
  if (!qualified) return query;
  // The fixture rows are people: a real screening of a customer record says so.
  query.schema = 'Person';
  const birthDate = cleanDate(row.date_of_birth);
  if (birthDate !== undefined) query.birthDate = birthDate;
  const nationality = row.nationality ?? '';
  const country = nationality.length === 2 ? nationality.toUpperCase() : toCountryCode(nationality);
  if (country !== undefined) query.country = country;
  return query;
}

/** Counts names of a fixture that raise at least one alert (a hit with `match`) at the default threshold. */
export function runFalseAlerts(
  index: ScreeningIndex,
  file: string,
  sample = Infinity,
): AlertFigures {
  const rows = readPairsCsv(file).slice(0, sample);
  let nameOnly = 0;
  let qualified = 0;
  const examples: string[] = [];
  for (const row of rows) {
    const plain: Hit | undefined = screenName(index, queryOf(row, false, 1)).results[0];
    if (plain?.match === true) nameOnly++;
    // Screened on its own, not only when the name alone alerted: a same-country bonus can lift a
    // name just under the threshold into an alert.
    const full: Hit | undefined = screenName(index, queryOf(row, true, 1)).results[0];
    if (full?.match === true) {
      qualified++;
      if (examples.length < 12) {
        examples.push(
          `${row.full_name ?? ''} → ${full.matchedName.full} (${full.entityId}) ${full.score}`,
        );
      }
    }
  }
  return {
    names: rows.length,
    nameOnlyPerThousand: (nameOnly * 1000) / rows.length,
    qualifiedPerThousand: (qualified * 1000) / rows.length,
    examples,
  };
}

/** Prints the false-alert section for the three negative sets. */
export function printFalseAlerts(index: ScreeningIndex, verbose: boolean, sample = Infinity): void {
  console.log(
    `\n3. False alerts at the default threshold, all lists loaded (alerts per 1,000 names)`,
  );
  for (const file of [
    'yente_negatives_global.csv',
    'yente_negatives_us.csv',
    'yente_positives_us_congress_untreated.csv',
  ]) {
    const r = runFalseAlerts(index, file, sample);
    const label = file.replace(/^yente_/, '').replace(/\.csv$/, '');
    report(`${label} (${r.names}) name only`, fmt(r.nameOnlyPerThousand), '(info)', undefined);
    report(
      `${label} as Person + birth date + country`,
      fmt(r.qualifiedPerThousand),
      '≤ 5',
      r.qualifiedPerThousand <= 5,
    );
    if (verbose) for (const e of r.examples) console.log(`       alert: ${e}`);
  }
}
