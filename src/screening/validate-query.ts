import { AppError, SCHEMAS } from '../core/index.ts';
import type { NameQuery, Schema } from '../core/index.ts';
import { identifierKeys } from '../matching/index.ts';
import { queryCountryCode } from '../names/index.ts';

/** Longest name accepted: list names stay far below it, and longer input is a paste error. */
export const MAX_NAME_LENGTH = 300;
/** Most hits a query may ask for. */
export const MAX_LIMIT = 500;
/** Most identifiers one query may carry. */
export const MAX_IDENTIFIERS = 20;
/** Longest identifier accepted (digital-currency addresses stay far below it). */
const MAX_IDENTIFIER_LENGTH = 200;
/** Hits returned when the query does not say. */
export const DEFAULT_LIMIT = 10;

/** Throws QUERY_INVALID with a message a user can act on. */
function invalid(message: string, details: Record<string, unknown> = {}): never {
  throw new AppError('QUERY_INVALID', message, { details });
}

/** True when YYYY, YYYY-MM or YYYY-MM-DD names a real calendar date (not in the future). */
export function isValidBirthDate(value: string, now = new Date()): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  if (year < 1850 || year > now.getUTCFullYear()) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * Checks a query and fills in defaults (schema Any, the given threshold and limit, all loaded
 * lists); throws AppError QUERY_INVALID for an empty or overlong name, an impossible date, a
 * malformed country, an unknown list or an out-of-range threshold or limit.
 */
export function validateQuery(
  query: NameQuery,
  loadedLists: readonly string[],
  defaultThreshold: number,
): Required<Pick<NameQuery, 'name' | 'schema' | 'threshold' | 'limit' | 'lists'>> & NameQuery {
  const identifiers = validIdentifiers(query.identifiers);
  if (query.name !== undefined && typeof query.name !== 'string') {
    invalid('The name to screen must be text.');
  }
  const name = (query.name ?? '').trim();
  if (name === '' && identifiers.length === 0) {
    invalid('The name to screen is empty; give at least one letter or digit, or an identifier.');
  }
  if (name.length > MAX_NAME_LENGTH) {
    invalid(
      `The name is ${name.length} characters long; at most ${MAX_NAME_LENGTH} are accepted.`,
      {
        length: name.length,
      },
    );
  }
  if (name !== '' && !/[\p{L}\p{N}]/u.test(name)) {
    invalid('The name has no letters or digits to match.');
  }
  // Queries arrive from JSON and the command line, so the schema is checked as a plain string.
  const schemaText: string = query.schema ?? 'Any';
  if (schemaText !== 'Any' && !(SCHEMAS as readonly string[]).includes(schemaText)) {
    invalid(`Unknown schema '${schemaText}'; use Any, ${SCHEMAS.join(', ')}.`);
  }
  const schema = schemaText as Schema | 'Any';
  if (query.birthDate !== undefined && !isValidBirthDate(query.birthDate.trim())) {
    invalid(
      `Birth date '${query.birthDate}' is not a real past date as YYYY, YYYY-MM or YYYY-MM-DD.`,
    );
  }
  const country = query.country === undefined ? undefined : queryCountryCode(query.country);
  if (query.country !== undefined && country === undefined) {
    invalid(
      `Country '${query.country}' is not a country name or ISO 3166-1 code such as AF, RU or Russia.`,
    );
  }
  const lists = query.lists ?? [...loadedLists];
  // An empty selection would screen against nothing and read as "no match": refuse it instead.
  if (lists.length === 0) {
    invalid(
      `No list selected: name at least one (loaded lists: ${loadedLists.join(', ') || 'none'}), or leave the selection out to screen against all.`,
    );
  }
  for (const list of lists) {
    if (!loadedLists.includes(list)) {
      invalid(`Unknown list '${list}'; loaded lists: ${loadedLists.join(', ') || 'none'}.`, {
        list,
      });
    }
  }
  const threshold = query.threshold ?? defaultThreshold;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    invalid(`Threshold ${threshold} is outside 0..1.`);
  }
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    invalid(`Limit ${limit} must be a whole number from 1 to ${MAX_LIMIT}.`);
  }
  const result: Required<Pick<NameQuery, 'name' | 'schema' | 'threshold' | 'limit' | 'lists'>> &
    NameQuery = { name, schema, threshold, limit, lists };
  if (query.birthDate !== undefined) result.birthDate = query.birthDate.trim();
  if (country !== undefined) result.country = country;
  if (identifiers.length > 0) result.identifiers = identifiers;
  return result;
}

/** The query's identifiers, trimmed, without empty ones; throws when one cannot be compared. */
function validIdentifiers(identifiers: unknown): string[] {
  if (identifiers === undefined) return [];
  if (!Array.isArray(identifiers) || identifiers.some((i) => typeof i !== 'string')) {
    invalid('Identifiers must be a list of text values.');
  }
  const values = (identifiers as string[]).map((i) => i.trim()).filter((i) => i !== '');
  if (values.length > MAX_IDENTIFIERS) {
    invalid(`${values.length} identifiers given; at most ${MAX_IDENTIFIERS} are accepted.`);
  }
  for (const value of values) {
    if (value.length > MAX_IDENTIFIER_LENGTH || identifierKeys(value).length === 0) {
      invalid(
        `Identifier '${value.slice(0, 40)}' cannot be compared: give at least 5 letters or digits ` +
          '(an IMO number, passport or registration number, BIC or address).',
        { identifier: value.slice(0, 40) },
      );
    }
  }
  return values;
}
