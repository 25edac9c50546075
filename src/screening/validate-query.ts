import { AppError, SCHEMAS } from '../core/index.ts';
import type { NameQuery, Schema } from '../core/index.ts';

/** Longest name accepted: list names stay far below it, and longer input is a paste error. */
export const MAX_NAME_LENGTH = 300;
/** Most hits a query may ask for. */
export const MAX_LIMIT = 500;
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
  if (typeof query.name !== 'string' || query.name.trim() === '') {
    invalid('The name to screen is empty; give at least one letter or digit.');
  }
  const name = query.name.trim();
  if (name.length > MAX_NAME_LENGTH) {
    invalid(
      `The name is ${name.length} characters long; at most ${MAX_NAME_LENGTH} are accepted.`,
      {
        length: name.length,
      },
    );
  }
  if (!/[\p{L}\p{N}]/u.test(name)) invalid('The name has no letters or digits to match.');
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
  if (query.country !== undefined && !/^[A-Za-z]{2}$/.test(query.country.trim())) {
    invalid(`Country '${query.country}' is not an ISO 3166-1 alpha-2 code such as AF or RU.`);
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
  if (query.country !== undefined) result.country = query.country.trim().toUpperCase();
  return result;
}
