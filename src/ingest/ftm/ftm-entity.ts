import { newEntity } from '../../core/index.ts';
import type {
  EntityName,
  ListEntity,
  ListName,
  NamePart,
  PartialDate,
  ParseIssue,
  Schema,
} from '../../core/index.ts';
import { detectScript, toCountryCode } from '../../names/index.ts';

/** One FollowTheMoney entity as it stands on a line of an `.ftm.json` file. */
export interface FtmEntity {
  id: string;
  schema: string;
  caption?: string;
  properties: Record<string, string[]>;
  datasets?: string[];
  /** Earlier ids of the same entity; references from other entities may still use them. */
  referents?: string[];
}

/** The FtM schemata Sift screens, and the Sift schema each becomes. */
export const FTM_SCREENED_SCHEMAS: Readonly<Record<string, Schema>> = {
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Organization',
  PublicBody: 'Organization',
  LegalEntity: 'LegalEntity',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
};

/** FtM identifier properties read into `identifiers`; the property name is the identifier type. */
export const FTM_ID_PROPERTIES = [
  'idNumber',
  'passportNumber',
  'imoNumber',
  'registrationNumber',
  'taxNumber',
  'innCode',
  'ogrnCode',
  'leiCode',
  'swiftBic',
  'vatCode',
  'mmsi',
] as const;

/** Properties consumed into named ListEntity fields; the rest go into `properties`. */
const CONSUMED = new Set([
  'name',
  'alias',
  'weakAlias',
  'previousName',
  'birthDate',
  'birthPlace',
  'nationality',
  'citizenship',
  'country',
  'jurisdiction',
  'position',
  'title',
  'gender',
  'address',
  'addressEntity',
  'programId',
  'program',
  // Identifiers live in `identifiers`; IMO and MMSI numbers also stay in properties for vessels.
  ...FTM_ID_PROPERTIES.filter((name) => name !== 'imoNumber' && name !== 'mmsi'),
]);

/**
 * Name-part properties. FtM often gives one value as both middleName and fatherName; fatherName is
 * read first because it says more (a patronymic), and a value is used for one part only.
 */
const PART_PROPERTIES: [string, NamePart['type']][] = [
  ['firstName', 'given'],
  ['fatherName', 'patronymic'],
  ['middleName', 'middle'],
  ['lastName', 'family'],
];

function pushUnique<T>(list: T[], value: T | undefined): void {
  if (value !== undefined && !list.includes(value)) list.push(value);
}

function words(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/[\s,]+/g, ' ')
    .trim()} `;
}

/** The parts of a name: for each part property, the shortest value that occurs in it as whole words. */
function partsOf(full: string, properties: Record<string, string[]>): NamePart[] {
  const haystack = words(full);
  const parts: NamePart[] = [];
  const used = new Set<string>();
  for (const [property, type] of PART_PROPERTIES) {
    const found = (properties[property] ?? [])
      .filter(
        (value) =>
          value.trim() !== '' && !used.has(words(value)) && haystack.includes(words(value)),
      )
      .sort((a, b) => a.length - b.length)[0];
    if (found === undefined) continue;
    used.add(words(found));
    parts.push({ type, value: found.trim() });
  }
  return parts;
}

/**
 * Names in rank order. The primary is the entity's caption when it is one of its names, else the
 * first `name`: OpenSanctions picks the caption as the display name, so it is the best primary.
 */
function namesOf(raw: FtmEntity): EntityName[] {
  const props = raw.properties;
  const plain = props.name ?? [];
  const primary = raw.caption !== undefined && plain.includes(raw.caption) ? raw.caption : plain[0];
  const ranked: [string, EntityName['kind']][] = [];
  if (primary !== undefined) ranked.push([primary, 'primary']);
  for (const value of plain) ranked.push([value, 'alias']);
  for (const value of props.alias ?? []) ranked.push([value, 'alias']);
  for (const value of props.weakAlias ?? []) ranked.push([value, 'weak-alias']);
  for (const value of props.previousName ?? []) ranked.push([value, 'former']);
  const names: EntityName[] = [];
  for (const [value, kind] of ranked) {
    const full = value.trim();
    if (full === '' || names.some((name) => name.full === full)) continue;
    const name: EntityName = { full, kind, script: detectScript(full) };
    if (kind === 'primary') {
      const parts = partsOf(full, props);
      if (parts.length > 0) name.parts = parts;
    }
    names.push(name);
  }
  return names;
}

/** An FtM date (YYYY, YYYY-MM, YYYY-MM-DD, or a longer timestamp) as a PartialDate. */
export function toFtmDate(value: string): PartialDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (match === null) return undefined;
  const [, year, month, day] = match;
  if (day !== undefined) return { value: `${year}-${month}-${day}`, precision: 'day' };
  if (month !== undefined) return { value: `${year}-${month}`, precision: 'month' };
  return { value: String(year), precision: 'year' };
}

/** FtM writes lower-case ISO codes plus a few of its own (`suhh`, `zz`); those stay in properties. */
function countryOf(code: string): string | undefined {
  return /^[a-z]{2}$/i.test(code) ? toCountryCode(code.toUpperCase()) : undefined;
}

function addCountries(target: string[], values: string[] | undefined, unknown: string[]): void {
  for (const value of values ?? []) {
    const iso = countryOf(value);
    if (iso === undefined) pushUnique(unknown, value);
    else pushUnique(target, iso);
  }
}

/**
 * Maps one screened FtM entity to a ListEntity (without its Sanction and Address entities, which
 * the parser adds later); an entity with no name gives an error issue instead.
 */
export function toFtmListEntity(
  raw: FtmEntity,
  list: ListName,
  line?: number,
): { entity?: ListEntity; issues: ParseIssue[] } {
  const schema = FTM_SCREENED_SCHEMAS[raw.schema] ?? 'LegalEntity';
  const names = namesOf(raw);
  const primary = names[0];
  const where = line === undefined ? {} : { line };
  if (primary === undefined) {
    const message = `${raw.schema} ${raw.id} has no name; it was skipped.`;
    return {
      issues: [{ level: 'error', code: 'RECORD_NO_NAME', message, record: raw.id, ...where }],
    };
  }
  const issues: ParseIssue[] = [];
  const entity = newEntity(list, raw.id, schema, raw.caption ?? primary.full);
  entity.names = names;
  const props = raw.properties;
  for (const value of props.birthDate ?? []) {
    const date = toFtmDate(value);
    if (date === undefined) {
      const message = `${raw.id} has a birthDate "${value}" that is not a date; it was kept in properties.`;
      issues.push({ level: 'warning', code: 'BAD_DATE', message, record: raw.id, ...where });
      entity.properties.birthDate = [...(entity.properties.birthDate ?? []), value];
    } else if (!entity.birthDates.some((known) => known.value === date.value)) {
      entity.birthDates.push(date);
    }
  }
  const unknownNationality: string[] = [];
  const unknownCountry: string[] = [];
  addCountries(
    entity.nationalities,
    [...(props.nationality ?? []), ...(props.citizenship ?? [])],
    unknownNationality,
  );
  addCountries(
    entity.countries,
    [...(props.country ?? []), ...(props.jurisdiction ?? [])],
    unknownCountry,
  );
  if (unknownNationality.length > 0) entity.properties.nationality = unknownNationality;
  if (unknownCountry.length > 0) entity.properties.country = unknownCountry;
  for (const value of props.birthPlace ?? []) pushUnique(entity.birthPlaces, value);
  for (const value of props.position ?? []) pushUnique(entity.positions, value);
  for (const value of props.title ?? []) pushUnique(entity.titles, value);
  for (const value of [...(props.programId ?? []), ...(props.program ?? [])])
    pushUnique(entity.programs, value);
  const gender = props.gender?.[0];
  if (gender === 'male' || gender === 'female') entity.gender = gender;
  for (const value of props.address ?? []) entity.addresses.push({ full: value });
  for (const type of FTM_ID_PROPERTIES) {
    for (const value of props[type] ?? []) {
      if (!entity.identifiers.some((id) => id.type === type && id.value === value)) {
        entity.identifiers.push({ type, value });
      }
    }
  }
  for (const [key, values] of Object.entries(props)) {
    if (CONSUMED.has(key) || values.length === 0) continue;
    entity.properties[key] = [...values];
  }
  if (raw.datasets !== undefined && raw.datasets.length > 0)
    entity.properties.datasets = [...raw.datasets];
  return { entity, issues };
}
