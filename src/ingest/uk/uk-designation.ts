/**
 * One UK Sanctions List designation as the FCDO publishes it, before it becomes a ListEntity. The
 * CSV, XML and JSON-mirror readers each fill this shape, so that one mapping serves all three.
 * Values are the source's own text, trimmed; empty values are left out.
 */
export interface UkDesignation {
  /** The FCDO Unique ID, e.g. `AFG0001`, `RUS0141`. */
  uniqueId: string;
  /** 1-based line of the file where the designation starts, where the format has lines. */
  line?: number;
  lastUpdated?: string;
  dateDesignated?: string;
  ofsiGroupId?: string;
  unReferenceNumber?: string;
  /** `Individual`, `Entity` or `Ship`. */
  type?: string;
  regimeName?: string;
  designationSource?: string;
  sanctionsImposed?: string;
  otherInformation?: string;
  statementOfReasons?: string;
  names: UkName[];
  nonLatinNames: UkNonLatinName[];
  titles: string[];
  addresses: UkAddress[];
  dobs: string[];
  nationalities: string[];
  passports: UkDocument[];
  nationalIds: UkDocument[];
  positions: string[];
  genders: string[];
  birthTowns: string[];
  birthCountries: string[];
  entityTypes: string[];
  registrationNumbers: string[];
  imoNumbers: string[];
  flags: string[];
  shipTypes: string[];
}

/** One Latin-script name: Name1 (given) … Name5, Name6 (family name or whole name). */
export interface UkName {
  /** Name1 … Name6 in that order; empty strings where the source gives no value. */
  parts: string[];
  /** `Primary Name`, `Primary Name Variation` or `Alias`, in whatever casing the source uses. */
  nameType: string;
  /** `Good quality a.k.a` or `Low quality a.k.a`, for aliases. */
  aliasStrength?: string;
}

/** A name in its original, non-Latin script. */
export interface UkNonLatinName {
  name: string;
  scriptType?: string;
  language?: string;
}

/** An address: up to six free lines, a postal code and a country name. */
export interface UkAddress {
  lines: string[];
  postalCode?: string;
  country?: string;
}

/** A passport or national identifier with its free-text note. */
export interface UkDocument {
  number: string;
  info?: string;
}

/** A designation with every list empty, for the readers to fill in. */
export function newUkDesignation(uniqueId: string): UkDesignation {
  return {
    uniqueId,
    names: [],
    nonLatinNames: [],
    titles: [],
    addresses: [],
    dobs: [],
    nationalities: [],
    passports: [],
    nationalIds: [],
    positions: [],
    genders: [],
    birthTowns: [],
    birthCountries: [],
    entityTypes: [],
    registrationNumbers: [],
    imoNumbers: [],
    flags: [],
    shipTypes: [],
  };
}

/** The designation's multi-valued string fields, for readers that fill them by column or tag. */
export type UkListField =
  | 'titles'
  | 'dobs'
  | 'nationalities'
  | 'positions'
  | 'genders'
  | 'birthTowns'
  | 'birthCountries'
  | 'entityTypes'
  | 'registrationNumbers'
  | 'imoNumbers'
  | 'flags'
  | 'shipTypes';

/** The designation's single-valued string fields. */
export type UkScalarField =
  | 'lastUpdated'
  | 'dateDesignated'
  | 'ofsiGroupId'
  | 'unReferenceNumber'
  | 'type'
  | 'regimeName'
  | 'designationSource'
  | 'sanctionsImposed'
  | 'otherInformation'
  | 'statementOfReasons';

/** Adds a trimmed value to a list field unless it is empty or already there. */
export function addUkValue(designation: UkDesignation, field: UkListField, value: string): void {
  const text = value.trim();
  if (text !== '' && !designation[field].includes(text)) designation[field].push(text);
}

/** Sets a trimmed scalar field unless the value is empty or the field already has a value. */
export function setUkValue(designation: UkDesignation, field: UkScalarField, value: string): void {
  const text = value.trim();
  if (text !== '' && designation[field] === undefined) designation[field] = text;
}
