import { isValidBirthDate, toCountryCode } from '../../app/index.ts';
import type { Schema } from '../../core/index.ts';

/** Name properties that are screened (FtM's matchable name properties). */
const NAME_PROPERTIES = ['name', 'alias', 'previousName', 'abbreviation'];
/** Name parts, joined into one name when the example gives no full name (as yente does). */
const PART_PROPERTIES = [
  'firstName',
  'secondName',
  'middleName',
  'fatherName',
  'lastName',
  'motherName',
];
/** Properties holding a country, cleaned to a lower-case ISO code. */
const COUNTRY_PROPERTIES = [
  'nationality',
  'citizenship',
  'country',
  'jurisdiction',
  'mainCountry',
  'birthCountry',
  'flag',
];
/** Properties holding a date, kept as precise as given (YYYY, YYYY-MM or YYYY-MM-DD). */
const DATE_PROPERTIES = ['birthDate', 'deathDate', 'incorporationDate', 'dissolutionDate'];
/** Identifier properties: their values are passed to the engine as the query's identifiers. */
export const IDENTIFIER_PROPERTIES = [
  'idNumber',
  'passportNumber',
  'socialSecurityNumber',
  'registrationNumber',
  'imoNumber',
  'mmsi',
  'callSign',
  'serialNumber',
  'taxNumber',
  'vatCode',
  'swiftBic',
  'innCode',
  'ogrnCode',
  'okpoCode',
  'leiCode',
  'bikCode',
  'dunsCode',
  'uniqueEntityId',
  'npiCode',
  'permId',
  'icaoCode',
];
/** Other FtM properties kept as text in the echoed query, though they take no part in the score. */
const TEXT_PROPERTIES = [
  'title',
  'weakAlias',
  'gender',
  'birthPlace',
  'address',
  'email',
  'phone',
  'website',
  'position',
  'notes',
  'summary',
  'topics',
  'program',
  'legalForm',
  'sector',
  'status',
  'type',
  'model',
  'owner',
  'religion',
  'ethnicity',
  'education',
  'wikidataId',
  'sourceUrl',
];

const KNOWN = new Set([
  ...NAME_PROPERTIES,
  ...PART_PROPERTIES,
  ...COUNTRY_PROPERTIES,
  ...DATE_PROPERTIES,
  ...IDENTIFIER_PROPERTIES,
  ...TEXT_PROPERTIES,
]);

/** A yente query example after cleaning, ready to screen. */
export interface CleanExample {
  schema: Schema | 'Any';
  /** Names to screen: the full names, or the name parts joined when there is none. */
  names: string[];
  /** Birth dates, each as precise as given. */
  birthDates: string[];
  /** Country codes, upper case, from every country property. */
  countries: string[];
  identifiers: string[];
  /** The cleaned FtM properties, echoed back as yente echoes its parsed query. */
  properties: Record<string, string[]>;
}

/** Every value of a property as text: strings and numbers (yente accepts both), nested lists. */
function textValues(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [] : [value.trim()];
  if (typeof value === 'number' && Number.isFinite(value)) return [String(value)];
  if (Array.isArray(value)) return value.flatMap(textValues);
  return [];
}

/** A country name, alpha-2 or alpha-3 code as a lower-case alpha-2 code, or undefined. */
export function cleanCountry(text: string): string | undefined {
  // toCountryCode reads two-letter codes only in capitals (lists write "na" for "not available");
  // a yente client writes codes in lower case, so they are raised first.
  const value = /^[a-z]{2,3}$/i.test(text) ? text.toUpperCase() : text;
  return toCountryCode(value)?.toLowerCase();
}

/** A date as YYYY, YYYY-MM or YYYY-MM-DD (a time part is cut off), or undefined. */
export function cleanDate(text: string): string | undefined {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ].*)?$/.exec(text);
  if (m?.[1] === undefined) return undefined;
  return isValidBirthDate(m[1]) ? m[1] : undefined;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

/**
 * Cleans a yente example's properties as yente does: country names become codes, dates keep their
 * precision, numbers become strings, values that cannot be cleaned are dropped, and properties
 * FtM does not know are ignored.
 */
export function cleanExample(
  schema: Schema | 'Any',
  raw: Readonly<Record<string, unknown>>,
): CleanExample {
  const properties: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!KNOWN.has(key)) continue;
    let values = textValues(value);
    if (COUNTRY_PROPERTIES.includes(key))
      values = values.map(cleanCountry).filter((v) => v !== undefined);
    if (DATE_PROPERTIES.includes(key))
      values = values.map(cleanDate).filter((v) => v !== undefined);
    values = unique(values);
    if (values.length > 0) properties[key] = values;
  }
  // A value with no letter or digit names nothing (yente's name cleaning drops it too).
  let names = unique(NAME_PROPERTIES.flatMap((key) => properties[key] ?? [])).filter((name) =>
    /[\p{L}\p{N}]/u.test(name),
  );
  if (names.length === 0) {
    const joined = PART_PROPERTIES.map((key) => properties[key]?.[0])
      .filter((v) => v !== undefined)
      .join(' ');
    if (joined !== '') names = [joined];
  }
  return {
    schema,
    names,
    birthDates: properties.birthDate ?? [],
    countries: unique(
      COUNTRY_PROPERTIES.flatMap((key) => properties[key] ?? []).map((c) => c.toUpperCase()),
    ),
    identifiers: unique(IDENTIFIER_PROPERTIES.flatMap((key) => properties[key] ?? [])),
    properties,
  };
}
