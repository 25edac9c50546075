import { SaxesParser } from 'saxes';
import {
  AppError,
  type ByteSource,
  type ParseOptions,
  type ParseResult,
} from '../../core/index.ts';
import { toUkIsoDate } from './uk-dates.ts';
import {
  addUkValue,
  newUkDesignation,
  setUkValue,
  type UkDesignation,
  type UkListField,
  type UkScalarField,
} from './uk-designation.ts';
import { createUkSink } from './uk-sink.ts';

const SCALARS: Record<string, UkScalarField> = {
  LastUpdated: 'lastUpdated',
  DateDesignated: 'dateDesignated',
  OFSIGroupID: 'ofsiGroupId',
  UNReferenceNumber: 'unReferenceNumber',
  RegimeName: 'regimeName',
  IndividualEntityShip: 'type',
  DesignationSource: 'designationSource',
  SanctionsImposed: 'sanctionsImposed',
  OtherInformation: 'otherInformation',
  UKStatementofReasons: 'statementOfReasons',
};

const IND = 'IndividualDetails/Individual/';
const LISTS: Record<string, UkListField> = {
  'Titles/Title': 'titles',
  [`${IND}DOBs/DOB`]: 'dobs',
  [`${IND}Nationalities/Nationality`]: 'nationalities',
  [`${IND}Positions/Position`]: 'positions',
  [`${IND}Genders/Gender`]: 'genders',
  [`${IND}BirthDetails/Location/TownOfBirth`]: 'birthTowns',
  [`${IND}BirthDetails/Location/CountryOfBirth`]: 'birthCountries',
  'EntityDetails/Entity/TypeOfEntities/TypeOfEntity': 'entityTypes',
  'EntityDetails/Entity/BusinessRegistrationNumbers/BusinessRegistrationNumber':
    'registrationNumbers',
  'ShipDetails/Ship/IMONumbers/IMONumber': 'imoNumbers',
  'ShipDetails/Ship/CurrentBelievedFlagOfShips/CurrentBelievedFlagOfShip': 'flags',
  'ShipDetails/Ship/TypeOfShipDetails/TypeOfShip': 'shipTypes',
};

/** Elements known to hold facts outside the entity model (contacts, ownership, ship size). */
const IGNORED =
  /^(UniqueID|SanctionsImposedIndicators\/.*|PhoneNumbers\/.*|EmailAddresses\/.*|Websites\/.*|EntityDetails\/Entity\/(ParentCompanies|Subsidiaries)\/.*|ShipDetails\/Ship\/(CurrentOwnerOperators|PreviousOwnerOperators|PreviousFlags|TonnageOfShipDetails|LengthOfShipDetails|YearsBuilt)\/.*)$/;

/** Puts the text of one closed element, at `path` below <Designation>, into the designation. */
function readElement(designation: UkDesignation, path: string, text: string): boolean {
  const scalar = SCALARS[path];
  if (scalar !== undefined) setUkValue(designation, scalar, text);
  else if (LISTS[path] !== undefined) addUkValue(designation, LISTS[path], text);
  else if (path.startsWith('Names/Name/')) {
    const name = designation.names.at(-1);
    const field = path.slice('Names/Name/'.length);
    const part = /^Name([1-6])$/.exec(field);
    if (name === undefined) return false;
    if (part !== null) name.parts[Number(part[1]) - 1] = text;
    else if (field === 'NameType') name.nameType = text;
    else if (field === 'AliasStrength') name.aliasStrength = text;
    else return false;
  } else if (path.startsWith('NonLatinNames/NonLatinName/')) {
    const name = designation.nonLatinNames.at(-1);
    const field = path.slice('NonLatinNames/NonLatinName/'.length);
    if (name === undefined) return false;
    if (field === 'NameNonLatinScript') name.name = text;
    else if (field === 'NonLatinScriptType') name.scriptType = text;
    else if (field === 'NonLatinScriptLanguage') name.language = text;
    else return false;
  } else if (path.startsWith('Addresses/Address/')) {
    const address = designation.addresses.at(-1);
    const field = path.slice('Addresses/Address/'.length);
    const line = /^AddressLine([1-6])$/.exec(field);
    if (address === undefined) return false;
    if (line !== null) address.lines[Number(line[1]) - 1] = text;
    else if (field === 'AddressPostalCode') address.postalCode = text;
    else if (field === 'AddressCountry') address.country = text;
    else return false;
  } else if (path.startsWith(`${IND}PassportDetails/Passport/`)) {
    const passport = designation.passports.at(-1);
    const field = path.slice(`${IND}PassportDetails/Passport/`.length);
    if (passport === undefined) return false;
    if (field === 'PassportNumber') passport.number = text;
    else if (field === 'PassportAdditionalInformation') passport.info = text;
    else return false;
  } else if (path.startsWith(`${IND}NationalIdentifierDetails/NationalIdentifier/`)) {
    const id = designation.nationalIds.at(-1);
    const field = path.slice(`${IND}NationalIdentifierDetails/NationalIdentifier/`.length);
    if (id === undefined) return false;
    if (field === 'NationalIdentifierNumber') id.number = text;
    else if (field === 'NationalIdentifierAdditionalInformation') id.info = text;
    else return false;
  } else return IGNORED.test(path);
  return true;
}

/** Starts a repeated group (a name, an address, a document) when its element opens. */
function openElement(designation: UkDesignation, path: string): void {
  if (path === 'Names/Name')
    designation.names.push({ parts: ['', '', '', '', '', ''], nameType: '' });
  else if (path === 'NonLatinNames/NonLatinName') designation.nonLatinNames.push({ name: '' });
  else if (path === 'Addresses/Address')
    designation.addresses.push({ lines: ['', '', '', '', '', ''] });
  else if (path === `${IND}PassportDetails/Passport`) designation.passports.push({ number: '' });
  else if (path === `${IND}NationalIdentifierDetails/NationalIdentifier`) {
    designation.nationalIds.push({ number: '' });
  }
}

/**
 * Reads the official UK Sanctions List XML (`<Designations><Designation>…`) as a stream, one
 * designation in memory at a time; `meta.published` is `<DateGenerated>`. A malformed or
 * truncated document is refused with INGEST_PARSE_FAILED.
 */
export async function parseUkXml(
  input: ByteSource,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const sink = createUkSink(options);
  const parser = new SaxesParser({ position: true });
  const stack: string[] = [];
  const unknownPaths = new Set<string>();
  let designation: UkDesignation | undefined;
  let startLine = 0;
  let text = '';
  let root: string | undefined;
  let generated: string | undefined;
  let failure: Error | undefined;

  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const name = tag.name.replace(/^.*:/, '');
    root ??= name;
    stack.push(name);
    text = '';
    if (stack.length === 2 && name === 'Designation') {
      designation = newUkDesignation('');
      startLine = parser.line;
    } else if (designation !== undefined) openElement(designation, stack.slice(2).join('/'));
  });
  parser.on('text', (chunk) => {
    text += chunk;
  });
  parser.on('cdata', (chunk) => {
    text += chunk;
  });
  parser.on('closetag', () => {
    const value = text.trim();
    text = '';
    if (stack.length === 2 && designation !== undefined) {
      const finished = designation;
      designation = undefined;
      stack.pop();
      if (finished.uniqueId === '') {
        sink.reject({
          level: 'error',
          code: 'RECORD_NO_REFERENCE',
          message: 'A <Designation> has no <UniqueID>; it was skipped.',
          line: startLine,
        });
        return;
      }
      sink.add(finished);
      return;
    }
    if (designation !== undefined) {
      const path = stack.slice(2).join('/');
      if (path === 'UniqueID') designation.uniqueId = value;
      if (designation.line === undefined && path === 'UniqueID') designation.line = startLine;
      if (value !== '' && !readElement(designation, path, value)) unknownPaths.add(path);
    } else if (stack.length === 2 && stack[1] === 'DateGenerated') {
      generated = value;
    }
    stack.pop();
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of input) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      if (failure !== undefined) break;
    }
    if (failure === undefined) parser.close();
  } catch (error) {
    if (error instanceof AppError) throw error;
    failure ??= error instanceof Error ? error : new Error(String(error));
  }
  if (failure !== undefined || root === undefined) {
    throw new AppError(
      'INGEST_PARSE_FAILED',
      `The UK XML file is malformed or truncated: ${failure?.message ?? 'no elements'}`,
      { details: { line: parser.line, column: parser.column }, cause: failure },
    );
  }
  if (root !== 'Designations') {
    sink.issues.push({
      level: 'warning',
      code: 'UNEXPECTED_ROOT',
      message: `Expected <Designations>, found <${root}>.`,
    });
  }
  if (unknownPaths.size > 0) {
    sink.issues.push({
      level: 'warning',
      code: 'ELEMENT_UNKNOWN',
      message: `Elements not read: ${[...unknownPaths].sort().join(', ')}.`,
    });
  }
  let published: string | undefined;
  if (generated !== undefined) {
    published = toUkIsoDate(generated);
    if (published === undefined) {
      sink.issues.push({
        level: 'warning',
        code: 'BAD_DATE',
        message: `DateGenerated "${generated}".`,
      });
    }
  }
  return sink.finish(published);
}
