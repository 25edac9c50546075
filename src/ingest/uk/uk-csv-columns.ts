import {
  addUkValue,
  setUkValue,
  type UkAddress,
  type UkDesignation,
  type UkListField,
  type UkName,
  type UkNonLatinName,
  type UkScalarField,
} from './uk-designation.ts';

/** The per-row groups of the official CSV: each row holds at most one of each. */
export interface UkCsvRow {
  name: UkName;
  nonLatin: UkNonLatinName;
  address: UkAddress;
  passport: { number: string; info: string };
  nationalId: { number: string; info: string };
}

/** Puts one cell's value where it belongs in the designation or the row. */
type CellReader = (value: string, designation: UkDesignation, row: UkCsvRow) => void;

const scalar =
  (field: UkScalarField): CellReader =>
  (value, designation) => {
    setUkValue(designation, field, value);
  };
const list =
  (field: UkListField): CellReader =>
  (value, designation) => {
    addUkValue(designation, field, value);
  };
const namePart =
  (index: number): CellReader =>
  (value, _designation, row) => {
    row.name.parts[index] = value.trim();
  };
const addressLine =
  (index: number): CellReader =>
  (value, _designation, row) => {
    row.address.lines[index] = value.trim();
  };
const ignore: CellReader = () => undefined;

/**
 * What each column of the official CSV ("UK_Sanctions_List.csv", 58 columns) means, keyed by
 * the header in lower case with spaces collapsed. Contact, ownership and ship-size columns are
 * known but not part of the entity model.
 */
export const UK_CSV_COLUMNS: Readonly<Record<string, CellReader>> = {
  'last updated': scalar('lastUpdated'),
  'unique id': ignore,
  'ofsi group id': scalar('ofsiGroupId'),
  'un reference number': scalar('unReferenceNumber'),
  'name 1': namePart(0),
  'name 2': namePart(1),
  'name 3': namePart(2),
  'name 4': namePart(3),
  'name 5': namePart(4),
  'name 6': namePart(5),
  'name type': (value, _d, row) => {
    row.name.nameType = value.trim();
  },
  'alias strength': (value, _d, row) => {
    if (value.trim() !== '') row.name.aliasStrength = value.trim();
  },
  title: list('titles'),
  'name non-latin script': (value, _d, row) => {
    row.nonLatin.name = value.trim();
  },
  'non-latin script type': (value, _d, row) => {
    if (value.trim() !== '') row.nonLatin.scriptType = value.trim();
  },
  'non-latin script language': (value, _d, row) => {
    if (value.trim() !== '') row.nonLatin.language = value.trim();
  },
  'regime name': scalar('regimeName'),
  'designation type': scalar('type'),
  'entity type': scalar('type'),
  'individual, entity, ship': scalar('type'),
  'designation source': scalar('designationSource'),
  'sanctions imposed': scalar('sanctionsImposed'),
  'other information': scalar('otherInformation'),
  'uk statement of reasons': scalar('statementOfReasons'),
  'address line 1': addressLine(0),
  'address line 2': addressLine(1),
  'address line 3': addressLine(2),
  'address line 4': addressLine(3),
  'address line 5': addressLine(4),
  'address line 6': addressLine(5),
  'address postal code': (value, _d, row) => {
    if (value.trim() !== '') row.address.postalCode = value.trim();
  },
  'address country': (value, _d, row) => {
    if (value.trim() !== '') row.address.country = value.trim();
  },
  'phone number': ignore,
  website: ignore,
  'email address': ignore,
  'date designated': scalar('dateDesignated'),
  'd.o.b': list('dobs'),
  dob: list('dobs'),
  'nationality(/ies)': list('nationalities'),
  'national identifier number': (value, _d, row) => {
    row.nationalId.number = value.trim();
  },
  'national identifier additional information': (value, _d, row) => {
    row.nationalId.info = value.trim();
  },
  'passport number': (value, _d, row) => {
    row.passport.number = value.trim();
  },
  'passport additional information': (value, _d, row) => {
    row.passport.info = value.trim();
  },
  position: list('positions'),
  gender: list('genders'),
  'town of birth': list('birthTowns'),
  'country of birth': list('birthCountries'),
  'type of entity': list('entityTypes'),
  subsidiaries: ignore,
  'parent company': ignore,
  'business registration number (s)': list('registrationNumbers'),
  'imo number': list('imoNumbers'),
  'current owner/operator (s)': ignore,
  'previous owner/operator (s)': ignore,
  'current believed flag of ship': list('flags'),
  'previous flags': ignore,
  'type of ship': list('shipTypes'),
  'tonnage of ship': ignore,
  'length of ship': ignore,
  'year built': ignore,
  'hull identification number (hin)': ignore,
};

/** A header cell as a key of UK_CSV_COLUMNS. */
export function ukColumnKey(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** An empty row, for the cell readers to fill. */
export function newUkCsvRow(): UkCsvRow {
  return {
    name: { parts: ['', '', '', '', '', ''], nameType: '' },
    nonLatin: { name: '' },
    address: { lines: ['', '', '', '', '', ''] },
    passport: { number: '', info: '' },
    nationalId: { number: '', info: '' },
  };
}

/** Adds what one row holds (a name, a non-Latin name, an address, documents) to the designation. */
export function mergeUkCsvRow(designation: UkDesignation, row: UkCsvRow): void {
  if (row.name.parts.some((part) => part !== '') || row.name.nameType !== '') {
    designation.names.push(row.name);
  }
  if (row.nonLatin.name !== '') designation.nonLatinNames.push(row.nonLatin);
  const address = row.address;
  if (address.lines.some((line) => line !== '') || address.country || address.postalCode) {
    designation.addresses.push(address);
  }
  for (const [document, target] of [
    [row.passport, designation.passports],
    [row.nationalId, designation.nationalIds],
  ] as const) {
    if (document.number === '' || target.some((known) => known.number === document.number)) {
      continue;
    }
    target.push(document.info === '' ? { number: document.number } : document);
  }
}
