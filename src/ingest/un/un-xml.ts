import {
  newEntity,
  type Address,
  type EntityName,
  type Identifier,
  type ListEntity,
  type NamePart,
  type ParseIssue,
  type ParseOptions,
  type ParseResult,
  type PartialDate,
  type ByteSource,
} from '../../core/index.ts';
import { detectScript, toCountryCode } from '../../names/index.ts';
import { createEntitySink } from '../entity-sink.ts';
import {
  childText,
  childValues,
  childrenNamed,
  readXmlRecords,
  type XmlNode,
} from '../xml-records.ts';

const RECORDS = new Set(['INDIVIDUAL', 'ENTITY']);
const NAME_FIELDS = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'] as const;

/**
 * Reads the UN Security Council Consolidated List XML (schema sc-sanctions.xsd) as a stream.
 * Individuals become Persons and entities Organizations, with id `un:<REFERENCE_NUMBER>`.
 */
export async function parseUnXml(
  input: ByteSource,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const sink = createEntitySink('un', options);
  const { issues } = sink;
  const info = await readXmlRecords(input, RECORDS, (record, line) => {
    sink.add(toEntity(record, line, issues), line);
  });

  if (info.rootName !== 'CONSOLIDATED_LIST') {
    issues.push({
      level: 'warning',
      code: 'UNEXPECTED_ROOT',
      message: `Expected <CONSOLIDATED_LIST>, found <${info.rootName}>.`,
    });
  }
  const generated = info.rootAttrs.dateGenerated;
  return sink.finish(
    generated !== undefined && /^\d{4}-\d\d-\d\d/.test(generated)
      ? generated.slice(0, 10)
      : undefined,
  );
}

function toEntity(record: XmlNode, line: number, issues: ParseIssue[]): ListEntity | undefined {
  const reference = childText(record, 'REFERENCE_NUMBER');
  if (reference === undefined) {
    issues.push({
      level: 'error',
      code: 'RECORD_NO_REFERENCE',
      message: 'Record has no REFERENCE_NUMBER; skipped.',
      line,
    });
    return undefined;
  }
  const isPerson = record.name === 'INDIVIDUAL';
  const parts = readNameParts(record, isPerson);
  if (parts.length === 0) {
    issues.push({
      level: 'error',
      code: 'RECORD_NO_NAME',
      message: `Record ${reference} has no name; skipped.`,
      line,
      record: reference,
    });
    return undefined;
  }
  const caption = parts.map((p) => p.value).join(' ');
  const entity = newEntity('un', reference, isPerson ? 'Person' : 'Organization', caption);
  entity.names.push({ full: caption, kind: 'primary', script: detectScript(caption), parts });
  const original = childText(record, 'NAME_ORIGINAL_SCRIPT');
  if (original !== undefined) {
    entity.names.push({ full: original, kind: 'original-script', script: detectScript(original) });
  }
  const aliasTag = isPerson ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS';
  for (const alias of childrenNamed(record, aliasTag)) {
    const name = readAlias(alias);
    if (name !== undefined) entity.names.push(name);
    const aliasDob = childText(alias, 'DATE_OF_BIRTH');
    if (aliasDob !== undefined) {
      const date = parseLooseDate(aliasDob);
      if (date !== undefined)
        entity.birthDates.push({ ...date, note: `alias ${name?.full ?? ''}`.trim() });
    }
  }

  const listType = childText(record, 'UN_LIST_TYPE');
  if (listType !== undefined) entity.programs.push(listType);
  const listedOn = childText(record, 'LISTED_ON');
  if (listedOn !== undefined) entity.listedOn = listedOn.slice(0, 10);
  entity.amendedOn = childValues(record, 'LAST_DAY_UPDATED')
    .map((v) => v.slice(0, 10))
    .sort();
  const comments = childText(record, 'COMMENTS1');
  if (comments !== undefined) entity.reason = comments.replace(/\s+/g, ' ');
  entity.titles = childValues(record, 'TITLE');
  entity.positions = childValues(record, 'DESIGNATION').map((v) => v.trim());
  const gender = childText(record, 'GENDER')?.toLowerCase();
  if (gender === 'male' || gender === 'female') entity.gender = gender;
  entity.properties.listType = childValues(record, 'LIST_TYPE');
  const dataId = childText(record, 'DATAID');
  if (dataId !== undefined) entity.properties.unDataId = [dataId];

  for (const nationality of childValues(record, 'NATIONALITY')) {
    addCountry(entity, 'nationalities', nationality, issues, line);
  }
  for (const node of childrenNamed(record, isPerson ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
    const address = readAddress(node);
    if (address === undefined) continue;
    entity.addresses.push(address);
    if (address.country !== undefined && !entity.countries.includes(address.country)) {
      entity.countries.push(address.country);
    }
  }
  for (const node of childrenNamed(record, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const date = readBirthDate(node);
    if (date !== undefined) entity.birthDates.push(date);
  }
  for (const node of childrenNamed(record, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
    const place = ['STREET', 'CITY', 'STATE_PROVINCE', 'COUNTRY']
      .map((field) => childText(node, field))
      .filter((v): v is string => v !== undefined)
      .join(', ');
    if (place !== '') entity.birthPlaces.push(place);
  }
  for (const node of childrenNamed(record, 'INDIVIDUAL_DOCUMENT')) {
    const identifier = readDocument(node);
    if (identifier !== undefined) entity.identifiers.push(identifier);
  }
  return entity;
}

function readNameParts(record: XmlNode, isPerson: boolean): NamePart[] {
  const values = NAME_FIELDS.map((field) => childText(record, field)).filter(
    (v): v is string => v !== undefined,
  );
  if (!isPerson) return values.length === 0 ? [] : [{ type: 'other', value: values.join(' ') }];
  // UN writes the given name first and the family or tribal name last.
  return values.map((value, i) => ({
    type: i === 0 ? 'given' : i === values.length - 1 ? 'family' : 'middle',
    value,
  }));
}

function readAlias(alias: XmlNode): EntityName | undefined {
  const full = childText(alias, 'ALIAS_NAME');
  if (full === undefined) return undefined;
  const quality = childText(alias, 'QUALITY')?.toLowerCase();
  // UN marks unreliable aliases "Low"; OFAC FAQ 122 treats such weak aliases as weak evidence.
  const kind = quality === 'low' ? 'weak-alias' : quality === 'f.k.a.' ? 'former' : 'alias';
  return { full, kind, script: detectScript(full) };
}

function readAddress(node: XmlNode): Address | undefined {
  const address: Address = {};
  const street = childText(node, 'STREET');
  const city = childText(node, 'CITY');
  const region = childText(node, 'STATE_PROVINCE');
  const postalCode = childText(node, 'ZIP_CODE');
  const countryName = childText(node, 'COUNTRY');
  const note = childText(node, 'NOTE');
  if (street !== undefined) address.street = street;
  if (city !== undefined) address.city = city;
  if (region !== undefined) address.region = region;
  if (postalCode !== undefined) address.postalCode = postalCode;
  const country = countryName === undefined ? undefined : toCountryCode(countryName);
  if (country !== undefined) address.country = country;
  if (note !== undefined) address.note = note;
  const full = [street, city, region, postalCode, countryName]
    .filter((v) => v !== undefined)
    .join(', ');
  if (full === '' && note === undefined) return undefined;
  if (full !== '') address.full = full;
  return address;
}

function readBirthDate(node: XmlNode): PartialDate | undefined {
  const type = childText(node, 'TYPE_OF_DATE');
  const note = childText(node, 'NOTE');
  const withNote = (date: PartialDate): PartialDate => {
    const words = [type === 'APPROXIMATELY' ? 'approximately' : undefined, note].filter(Boolean);
    return words.length > 0 ? { ...date, note: words.join('; ') } : date;
  };
  const from = childText(node, 'FROM_YEAR');
  const to = childText(node, 'TO_YEAR');
  if (type === 'BETWEEN' && from !== undefined && to !== undefined) {
    return withNote({ value: from, precision: 'range', from, to });
  }
  const date = childText(node, 'DATE');
  if (date !== undefined) {
    const parsed = parseLooseDate(date);
    return parsed === undefined ? undefined : withNote(parsed);
  }
  const year = childText(node, 'YEAR');
  if (year !== undefined && /^\d{4}$/.test(year))
    return withNote({ value: year, precision: 'year' });
  return undefined;
}

function parseLooseDate(text: string): PartialDate | undefined {
  const match = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?/.exec(text.trim());
  if (match === null) return undefined;
  const [, year, month, day] = match;
  if (day !== undefined) return { value: `${year}-${month}-${day}`, precision: 'day' };
  if (month !== undefined) return { value: `${year}-${month}`, precision: 'month' };
  return { value: year!, precision: 'year' };
}

function readDocument(node: XmlNode): Identifier | undefined {
  const value = childText(node, 'NUMBER');
  if (value === undefined) return undefined;
  const type = [childText(node, 'TYPE_OF_DOCUMENT'), childText(node, 'TYPE_OF_DOCUMENT2')]
    .filter((v) => v !== undefined)
    .join(' / ');
  const identifier: Identifier = { type: type === '' ? 'Document' : type, value };
  const countryName = childText(node, 'ISSUING_COUNTRY') ?? childText(node, 'COUNTRY_OF_ISSUE');
  const country = countryName === undefined ? undefined : toCountryCode(countryName);
  if (country !== undefined) identifier.country = country;
  const note = [
    childText(node, 'DATE_OF_ISSUE'),
    childText(node, 'CITY_OF_ISSUE'),
    childText(node, 'NOTE'),
  ]
    .filter((v) => v !== undefined)
    .join('; ');
  if (note !== '') identifier.note = note;
  return identifier;
}

function addCountry(
  entity: ListEntity,
  field: 'nationalities' | 'countries',
  text: string,
  issues: ParseIssue[],
  line: number,
): void {
  const code = toCountryCode(text);
  if (code === undefined) {
    // "na" (not available) and similar are kept as written, never silently lost.
    entity.properties.unresolvedCountry = [...(entity.properties.unresolvedCountry ?? []), text];
    issues.push({
      level: 'warning',
      code: 'UNKNOWN_COUNTRY',
      message: `Country "${text}" of ${entity.reference} has no ISO code; kept as text.`,
      line,
      record: entity.reference,
    });
    return;
  }
  if (!entity[field].includes(code)) entity[field].push(code);
}
