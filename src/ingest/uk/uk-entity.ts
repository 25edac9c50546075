import {
  newEntity,
  type EntityName,
  type ListEntity,
  type NameKind,
  type NamePart,
  type ParseIssue,
  type Schema,
} from '../../core/index.ts';
import { detectScript, toCountryCode } from '../../names/index.ts';
import { toUkBirthDate, toUkIsoDate } from './uk-dates.ts';
import type { UkDesignation, UkName } from './uk-designation.ts';

const SCHEMAS: Record<string, Schema> = {
  individual: 'Person',
  entity: 'Organization',
  ship: 'Vessel',
};

/** Country names the FCDO writes that the shared table does not know. */

/** ISO 639-1 codes of the languages the "Non-latin script language" field names. */
const LANGUAGES: Record<string, string> = {
  arabic: 'ar',
  belarusian: 'be',
  burmese: 'my',
  chinese: 'zh',
  farsi: 'fa',
  georgian: 'ka',
  japanese: 'ja',
  korean: 'ko',
  persian: 'fa',
  russian: 'ru',
  ukrainian: 'uk',
};

function nameKind(name: UkName): NameKind | undefined {
  const type = name.nameType.trim().replace(/\s+/g, ' ').toLowerCase();
  if (type === 'primary name') return 'primary';
  // A "Primary Name Variation" is another spelling of the primary name (a transliteration),
  // not a second primary: it is an alias, weak when the list rates it low quality.
  if (type === 'primary name variation' || type === 'alias') {
    return /low/i.test(name.aliasStrength ?? '') ? 'weak-alias' : 'alias';
  }
  return undefined;
}

function nameParts(name: UkName): NamePart[] {
  const parts: NamePart[] = [];
  name.parts.forEach((value, index) => {
    const text = value.trim();
    if (text === '') return;
    const type = index === 0 ? 'given' : index === 5 ? 'family' : 'middle';
    parts.push({ type, value: text });
  });
  return parts;
}

function pushUnique(list: string[], value: string | undefined): void {
  if (value !== undefined && value !== '' && !list.includes(value)) list.push(value);
}

/**
 * Maps one UK designation to a ListEntity, adding per-record problems to `issues`. Returns
 * undefined (with an error issue) when the designation has no name at all.
 */
export function mapUkDesignation(
  designation: UkDesignation,
  issues: ParseIssue[],
): ListEntity | undefined {
  const record = designation.uniqueId;
  const report = (level: ParseIssue['level'], code: string, message: string): void => {
    const issue: ParseIssue = { level, code, message, record };
    if (designation.line !== undefined) issue.line = designation.line;
    issues.push(issue);
  };

  let schema = SCHEMAS[(designation.type ?? '').toLowerCase()];
  if (schema === undefined) {
    report('warning', 'TYPE_UNKNOWN', `${record}: unknown type "${designation.type ?? ''}".`);
    schema = 'LegalEntity';
  }

  const names: EntityName[] = [];
  const seen = new Set<string>();
  const addName = (name: EntityName): void => {
    const key = `${name.kind}\u0000${name.full}`;
    if (seen.has(key)) return;
    seen.add(key);
    names.push(name);
  };
  for (const ukName of designation.names) {
    const parts = nameParts(ukName);
    const full = parts
      .map((part) => part.value)
      .join(' ')
      .replace(/\s+/g, ' ');
    if (full === '') {
      report('warning', 'NAME_EMPTY', `${record}: a "${ukName.nameType}" name has no parts.`);
      continue;
    }
    let kind = nameKind(ukName);
    if (kind === undefined) {
      report('warning', 'NAME_TYPE_UNKNOWN', `${record}: name type "${ukName.nameType}".`);
      kind = 'alias';
    }
    const name: EntityName = { full, kind, script: detectScript(full) };
    // A lone Name6 holds the whole name, unsplit; calling it a family name would mislead matching.
    if (schema === 'Person' && parts.length > 1) name.parts = parts;
    addName(name);
  }
  for (const nonLatin of designation.nonLatinNames) {
    const full = nonLatin.name.trim().replace(/\s+/g, ' ');
    if (full === '') continue;
    const name: EntityName = { full, kind: 'original-script', script: detectScript(full) };
    const lang = LANGUAGES[(nonLatin.language ?? '').trim().toLowerCase()];
    if (lang !== undefined) name.lang = lang;
    addName(name);
  }
  if (names.length === 0) {
    report('error', 'RECORD_NO_NAME', `${record}: the designation has no name; it was skipped.`);
    return undefined;
  }
  const caption = names.find((name) => name.kind === 'primary') ?? names[0]!;
  if (caption.kind !== 'primary') {
    report('warning', 'NO_PRIMARY_NAME', `${record}: no primary name; "${caption.full}" is used.`);
  }

  const entity = newEntity('uk', record, schema, caption.full);
  entity.names = names;
  entity.titles = [...designation.titles];
  if (designation.regimeName !== undefined) entity.programs.push(designation.regimeName);

  const date = (text: string | undefined, what: string): string | undefined => {
    if (text === undefined) return undefined;
    const iso = toUkIsoDate(text);
    if (iso === undefined) report('warning', 'BAD_DATE', `${record}: ${what} "${text}".`);
    return iso;
  };
  const listedOn = date(designation.dateDesignated, 'date designated');
  if (listedOn !== undefined) entity.listedOn = listedOn;
  const amendedOn = date(designation.lastUpdated, 'last updated');
  if (amendedOn !== undefined) entity.amendedOn.push(amendedOn);

  // The FCDO's statement of reasons is the narrative; "Other information" carries it only for
  // UN-sourced designations (and dated notes on extra sanctions otherwise), so it is the fallback.
  const reason = designation.statementOfReasons ?? designation.otherInformation;
  if (reason !== undefined) entity.reason = reason;
  const properties = entity.properties;
  if (designation.statementOfReasons !== undefined && designation.otherInformation !== undefined) {
    properties.notes = [designation.otherInformation];
  }
  if (designation.unReferenceNumber !== undefined) {
    properties.unId = [designation.unReferenceNumber];
  }
  if (designation.ofsiGroupId !== undefined) properties.ofsiGroupId = [designation.ofsiGroupId];
  if (designation.designationSource !== undefined) {
    properties.designationSource = [designation.designationSource];
  }
  if (designation.sanctionsImposed !== undefined) {
    const provisions: string[] = [];
    for (const item of designation.sanctionsImposed.split('|')) pushUnique(provisions, item.trim());
    properties.provisions = provisions;
  }

  const country = (text: string, what: string): string | undefined => {
    const code = toCountryCode(text);
    if (code === undefined) report('warning', 'COUNTRY_UNKNOWN', `${record}: ${what} "${text}".`);
    return code;
  };
  for (const address of designation.addresses) {
    const lines = address.lines.map((line) => line.trim()).filter((line) => line !== '');
    const full = [...lines, address.postalCode, address.country].filter(Boolean).join(', ');
    if (full === '') continue;
    const code = address.country === undefined ? undefined : country(address.country, 'country');
    const entry: ListEntity['addresses'][number] = { full };
    if (address.postalCode !== undefined) entry.postalCode = address.postalCode;
    if (code !== undefined) entry.country = code;
    if (!entity.addresses.some((known) => known.full === full)) entity.addresses.push(entry);
    pushUnique(entity.countries, code);
  }

  for (const dob of designation.dobs) {
    const birthDate = toUkBirthDate(dob);
    if (birthDate === undefined)
      report('warning', 'BAD_DATE', `${record}: date of birth "${dob}".`);
    else if (!entity.birthDates.some((known) => known.value === birthDate.value)) {
      entity.birthDates.push(birthDate);
    }
  }
  for (const nationality of designation.nationalities) {
    pushUnique(entity.nationalities, country(nationality, 'nationality'));
  }
  const towns = designation.birthTowns;
  const birthCountries = designation.birthCountries;
  if (towns.length === 1 && birthCountries.length === 1) {
    entity.birthPlaces.push(`${towns[0]!}, ${birthCountries[0]!}`);
  } else {
    for (const place of [...towns, ...birthCountries]) pushUnique(entity.birthPlaces, place);
  }
  for (const position of designation.positions) pushUnique(entity.positions, position);
  const gender = designation.genders[0]?.toLowerCase();
  if (gender === 'male' || gender === 'female') entity.gender = gender;

  for (const passport of designation.passports) {
    const id: ListEntity['identifiers'][number] = { type: 'Passport', value: passport.number };
    if (passport.info !== undefined) id.note = passport.info;
    entity.identifiers.push(id);
  }
  for (const nationalId of designation.nationalIds) {
    const id: ListEntity['identifiers'][number] = { type: 'National ID', value: nationalId.number };
    if (nationalId.info !== undefined) id.note = nationalId.info;
    entity.identifiers.push(id);
  }
  for (const number of designation.registrationNumbers) {
    entity.identifiers.push({ type: 'Registration number', value: number });
  }
  if (designation.entityTypes.length > 0) properties.legalForm = [...designation.entityTypes];

  for (const imo of designation.imoNumbers) {
    // The CSV writes "IMO9826902", the XML and the narratives sometimes the bare seven digits.
    const value = imo.replace(/^IMO\s*:?\s*/i, '');
    entity.identifiers.push({ type: 'IMO', value });
    properties.imoNumber = [...(properties.imoNumber ?? []), value];
  }
  for (const flag of designation.flags) {
    const code = country(flag, 'flag');
    properties.flag = [...(properties.flag ?? []), code ?? flag];
    pushUnique(entity.countries, code);
  }
  if (designation.shipTypes.length > 0) properties.type = [...designation.shipTypes];
  return entity;
}
