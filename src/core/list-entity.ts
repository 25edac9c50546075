/** The lists Sift knows by name; any other name is accepted for imported FtM or custom lists. */
export type ListName = 'un' | 'ofac' | 'eu' | 'uk' | (string & {});

/** Entity schemas, close to FollowTheMoney. */
export type Schema = 'Person' | 'Organization' | 'LegalEntity' | 'Vessel' | 'Aircraft';

/** All schemas, in a stable order. */
export const SCHEMAS: readonly Schema[] = [
  'Person',
  'Organization',
  'LegalEntity',
  'Vessel',
  'Aircraft',
];

/**
 * How a name relates to its entity. A weak alias is one the list itself marks as low quality
 * (UN "Low", OFAC "weak a.k.a."); OFAC FAQ 122 says such names alone should not raise an alert.
 */
export type NameKind = 'primary' | 'alias' | 'weak-alias' | 'former' | 'original-script';

/** The role of one part of a name, where the source says it. */
export type NamePartType =
  'given' | 'middle' | 'family' | 'patronymic' | 'matronymic' | 'title' | 'suffix' | 'other';

/** One part of a name as the source gives it (UN FIRST_NAME, EU firstName, UK name1…). */
export interface NamePart {
  type: NamePartType;
  value: string;
}

/** One name of an entity. */
export interface EntityName {
  full: string;
  kind: NameKind;
  /** ISO 15924 script code of the name as written, e.g. Latn, Arab, Cyrl. */
  script?: string;
  /** ISO 639 language code when the source gives one. */
  lang?: string;
  parts?: NamePart[];
}

/** How precise a date is. */
export type DatePrecision = 'day' | 'month' | 'year' | 'range';

/**
 * A date as precise as the source knows it. `value` is YYYY, YYYY-MM or YYYY-MM-DD; a range has
 * `from` and `to` (each YYYY[-MM[-DD]]) and `value` holds the `from` date.
 */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
  from?: string;
  to?: string;
  /** The source's own words when they were not a clean date, e.g. "circa 1965". */
  note?: string;
}

/** An identity or registration document or number. */
export interface Identifier {
  type: string;
  value: string;
  /** ISO 3166-1 alpha-2 code of the issuing country. */
  country?: string;
  note?: string;
}

/** A postal address; any part may be absent. */
export interface Address {
  full?: string;
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2 code. */
  country?: string;
  note?: string;
}

/** A listed person, organisation, vessel or aircraft, in one model for every list format. */
export interface ListEntity {
  /** Stable id: `<list>:<reference>`, e.g. `un:TAi.144`, `ofac:36`. */
  id: string;
  list: ListName;
  /** The list's own reference: UN reference number, OFAC ent_num, EU logical id, UK unique id. */
  reference: string;
  schema: Schema;
  caption: string;
  names: EntityName[];
  birthDates: PartialDate[];
  birthPlaces: string[];
  /** ISO 3166-1 alpha-2 codes. */
  nationalities: string[];
  /** Other countries linked to the entity (addresses, registration, flag), ISO alpha-2. */
  countries: string[];
  identifiers: Identifier[];
  addresses: Address[];
  /** Sanctions programmes or regimes, e.g. `SDGT`, `Taliban`, `Afghanistan`. */
  programs: string[];
  /** Honorifics and titles the list gives (Maulavi, Haji, Dr). */
  titles: string[];
  /** Functions or positions held, e.g. "Minister of Interior". */
  positions: string[];
  /** YYYY-MM-DD. */
  listedOn?: string;
  /** YYYY-MM-DD, oldest first. */
  amendedOn: string[];
  /** The narrative or remarks explaining the listing. */
  reason?: string;
  gender?: 'male' | 'female';
  /** Further facts in FtM property names (vessel `flag`, `imoNumber`, `callSign`, `listType` …). */
  properties: Record<string, string[]>;
}

/** Where a loaded entity came from. */
export interface ListSource {
  list: ListName;
  /** The list's version number in the store, 1 for the first import. */
  version: number;
  sha256: string;
  /** Publication date read from the file, YYYY-MM-DD, when the file gives one. */
  published?: string;
  importedAt: string;
  format: ListFormat;
  fileName: string;
}

/** A list entity together with the version it was read from. */
export interface SourcedEntity {
  entity: ListEntity;
  source: ListSource;
}

/** The file formats Sift reads. */
export type ListFormat =
  | 'un-xml'
  | 'ofac-csv'
  | 'ofac-json'
  | 'eu-xml'
  | 'eu-json'
  | 'uk-csv'
  | 'uk-xml'
  | 'uk-json'
  | 'ftm-json';

/** All list formats, in a stable order. */
export const LIST_FORMATS: readonly ListFormat[] = [
  'un-xml',
  'ofac-csv',
  'ofac-json',
  'eu-xml',
  'eu-json',
  'uk-csv',
  'uk-xml',
  'uk-json',
  'ftm-json',
];
