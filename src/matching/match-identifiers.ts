import type { ListEntity, QualifierEffect } from '../core/index.ts';

/** Entity properties (FtM names) that hold document, registry or address numbers. */
const ID_PROPERTIES: readonly string[] = [
  'imoNumber',
  'mmsi',
  'registrationNumber',
  'pastRegistrationNumber',
  'cryptoWallet',
  'swiftBic',
  'serialNumber',
  'idNumber',
  'passportNumber',
  'taxNumber',
  'innCode',
  'ogrnCode',
  'leiCode',
  'modeSCode',
  'callSign',
];

/**
 * Shortest normalised identifier compared: shorter values ("12", "A1") are list noise or
 * fragments that would join unrelated entities.
 */
const MIN_KEY_LENGTH = 5;

/** A label word written before the number ("IMO 9179834", "XBT 1AbC…", "Passport A1234567"). */
const LABEL_PREFIX = /^([A-Za-z]{2,8})[\s:.#-]+(.+)$/;

/** Upper-case letters and digits only: "IMO 9179834" → "IMO9179834", "DE-123 45" → "DE12345". */
function squeeze(value: string): string {
  return value
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}

/** True when a squeezed value is specific enough to identify one subject. */
function usable(key: string): boolean {
  return key.length >= MIN_KEY_LENGTH && (/\d/.test(key) || key.length >= 8);
}

/**
 * The comparison keys of one identifier as written: the value with spaces and punctuation removed
 * and letters upper-cased, and also without a leading label word ("IMO 9179834" gives IMO9179834
 * and 9179834), so that either spelling of either side meets the other. Empty when too short.
 */
export function identifierKeys(value: string): string[] {
  const keys = new Set<string>();
  const whole = squeeze(value);
  if (usable(whole)) keys.add(whole);
  const labelled = LABEL_PREFIX.exec(value.trim());
  if (labelled !== null) {
    const rest = squeeze(labelled[2]!);
    if (usable(rest) && /\d/.test(rest)) keys.add(rest);
  }
  // "IMO9179834" written without a space.
  const glued = /^(IMO|MMSI)(\d{7,9})$/.exec(whole);
  if (glued !== null) keys.add(glued[2]!);
  return [...keys];
}

/** One identifier of a listed entity, with how the list labels it. */
export interface ListedIdentifier {
  /** The list's label, e.g. "IMO", "Passport", "Digital Currency Address". */
  type: string;
  value: string;
}

/** Every identifier a listed entity carries, from its identifier list and its id properties. */
export function listedIdentifiers(entity: ListEntity): ListedIdentifier[] {
  const found: ListedIdentifier[] = entity.identifiers.map((i) => ({
    type: i.type,
    value: i.value,
  }));
  for (const property of ID_PROPERTIES) {
    for (const value of entity.properties[property] ?? []) {
      found.push({ type: property, value });
    }
  }
  return found;
}

/** Score a hit reaches when an identifier matches exactly, whatever its name says (renamed vessels). */
export const IDENTIFIER_MATCH_SCORE = 0.95;
/** What an identifier match adds to a name that already scores above IDENTIFIER_MATCH_SCORE. */
export const IDENTIFIER_BONUS = 0.05;

/**
 * The identifier qualifier: the first query identifier that equals one of the entity's after
 * normalisation, as a contribution that lifts `score` to at least IDENTIFIER_MATCH_SCORE; undefined
 * when none matches. A different identifier is not evidence against: lists hold few of them.
 */
export function identifierEffect(
  queryIdentifiers: readonly string[],
  entity: ListEntity,
  score: number,
): QualifierEffect | undefined {
  if (queryIdentifiers.length === 0) return undefined;
  const listed = listedIdentifiers(entity);
  for (const query of queryIdentifiers) {
    const keys = identifierKeys(query);
    for (const id of listed) {
      const shared = identifierKeys(id.value).find((k) => keys.includes(k));
      if (shared === undefined) continue;
      const target = Math.min(1, Math.max(IDENTIFIER_MATCH_SCORE, score + IDENTIFIER_BONUS));
      return {
        qualifier: 'identifier',
        contribution: Math.round((target - score) * 1000) / 1000,
        detail: `query identifier "${query}" equals listed ${id.type} "${id.value}" (${shared})`,
      };
    }
  }
  return undefined;
}
