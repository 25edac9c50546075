import { newEntity } from '../../core/index.ts';
import type {
  Address,
  EntityName,
  ListEntity,
  NamePart,
  ParseIssue,
  Schema,
} from '../../core/index.ts';
import { detectScript, toCountryCode } from '../../names/index.ts';
import { toEuBirthdate, toEuBirthPlace } from './eu-birthdate.ts';
import type { EuAttributes, EuRecord } from './eu-record.ts';

const SCHEMAS: Record<string, Schema> = { person: 'Person', enterprise: 'Organization' };

/** Empty attributes are how the official XML writes "absent"; treat both alike. */
function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** EU writes "00" / "UNKNOWN" for an unknown country. */
function country(attrs: EuAttributes): string | undefined {
  const code = text(attrs.countryIso2Code);
  if (code !== undefined && code !== '00') {
    const iso = toCountryCode(code);
    if (iso !== undefined) return iso;
  }
  const description = text(attrs.countryDescription);
  return description === undefined || description === 'UNKNOWN'
    ? undefined
    : toCountryCode(description);
}

/** Adds a value to a multi-valued property, once. */
function addProperty(entity: ListEntity, key: string, value: string): void {
  const values = entity.properties[key];
  if (values === undefined) entity.properties[key] = [value];
  else if (!values.includes(value)) values.push(value);
}

function pushUnique<T>(list: T[], value: T | undefined): void {
  if (value !== undefined && !list.includes(value)) list.push(value);
}

function toName(alias: EuAttributes, kind: EntityName['kind']): EntityName | undefined {
  const first = text(alias.firstName);
  const middle = text(alias.middleName);
  const last = text(alias.lastName);
  const full = text(alias.wholeName) ?? text([first, middle, last].filter(Boolean).join(' '));
  if (full === undefined) return undefined;
  const name: EntityName = { full, kind, script: detectScript(full) };
  const lang = text(alias.nameLanguage);
  if (lang !== undefined) name.lang = lang.toLowerCase();
  const parts: NamePart[] = [];
  if (first !== undefined) parts.push({ type: 'given', value: first });
  if (middle !== undefined) parts.push({ type: 'middle', value: middle });
  if (last !== undefined) parts.push({ type: 'family', value: last });
  if (parts.length > 0) name.parts = parts;
  return name;
}

/**
 * The names of a record: strong="false" marks a weak alias, the first strong alias is primary.
 * Exact repeats (the mirror holds 313 of 29,826) are kept once, at their first position.
 */
function addNames(record: EuRecord, entity: ListEntity, issues: ParseIssue[]): void {
  let primarySeen = false;
  for (const alias of record.nameAliases) {
    const weak = alias.strong === 'false';
    const kind = weak ? 'weak-alias' : primarySeen ? 'alias' : 'primary';
    const name = toName(alias, kind);
    if (name === undefined) {
      issues.push({
        level: 'warning',
        code: 'NAME_EMPTY',
        message: `nameAlias ${alias.logicalId ?? '?'} has no name text; it was left out.`,
        record: entity.reference,
      });
      continue;
    }
    if (entity.names.some((known) => known.full === name.full)) continue;
    if (kind === 'primary') primarySeen = true;
    entity.names.push(name);
    pushUnique(entity.titles, text(alias.title));
    pushUnique(entity.positions, text(alias.function));
    if (entity.gender === undefined && alias.gender === 'M') entity.gender = 'male';
    if (entity.gender === undefined && alias.gender === 'F') entity.gender = 'female';
  }
  const primaryAt = entity.names.findIndex((name) => name.kind === 'primary');
  if (primaryAt > 0) entity.names.unshift(...entity.names.splice(primaryAt, 1));
  const first = entity.names[0];
  if (!primarySeen && first !== undefined) {
    // Only weak aliases: a record still needs a primary name to be shown and screened.
    first.kind = 'primary';
    issues.push({
      level: 'warning',
      code: 'NO_STRONG_NAME',
      message: `Record ${entity.reference} has only weak aliases; "${first.full}" was made primary.`,
      record: entity.reference,
    });
  }
}

/**
 * The name a record is shown by. The EU marks no alias as the main one, and mirrors reorder them
 * (the ammitto copy lists EU 4020's six aliases newest first, so the first is "Saraj Haqani"): the
 * caption is the strong alias in English or of no stated language, in Latin script, that the EU
 * entered first (lowest logicalId), which is the name the record was listed under. Only the
 * caption follows this: the names keep their kinds and order, so screening and the facts a cleared
 * alert is compared on do not change.
 */
function captionOf(record: EuRecord): string | undefined {
  let best: { full: string; rank: number; id: number; at: number } | undefined;
  record.nameAliases.forEach((alias, at) => {
    if (alias.strong === 'false') return;
    const name = toName(alias, 'alias');
    if (name === undefined) return;
    const lang = name.lang;
    const rank = (lang === undefined || lang === 'en' ? 0 : 2) + (name.script === 'Latn' ? 0 : 1);
    const parsed = Number(text(alias.logicalId));
    const id = Number.isFinite(parsed) ? parsed : Number.POSITIVE_INFINITY;
    if (
      best === undefined ||
      rank < best.rank ||
      (rank === best.rank && (id < best.id || (id === best.id && at < best.at)))
    )
      best = { full: name.full, rank, id, at };
  });
  return best?.full;
}

function toAddress(attrs: EuAttributes): Address | undefined {
  const address: Address = {};
  const street = text(attrs.street);
  const poBox = text(attrs.poBox);
  const city = text(attrs.city);
  const region = text(attrs.region);
  const postalCode = text(attrs.zipCode);
  const iso = country(attrs);
  if (street !== undefined) address.street = street;
  if (city !== undefined) address.city = city;
  if (region !== undefined) address.region = region;
  if (postalCode !== undefined) address.postalCode = postalCode;
  if (iso !== undefined) address.country = iso;
  const note = [text(attrs.place), poBox, text(attrs.remark)].filter(Boolean).join('; ');
  if (note !== '') address.note = note;
  return Object.keys(address).length > 0 ? address : undefined;
}

function addDetails(record: EuRecord, entity: ListEntity): void {
  for (const birth of record.birthdates) {
    const date = toEuBirthdate(birth);
    if (
      date !== undefined &&
      !entity.birthDates.some((d) => d.value === date.value && d.precision === date.precision)
    ) {
      entity.birthDates.push(date);
    }
    pushUnique(entity.birthPlaces, toEuBirthPlace(birth));
    const birthCountry = country(birth);
    if (birthCountry !== undefined) addProperty(entity, 'birthCountry', birthCountry);
  }
  for (const citizenship of record.citizenships)
    pushUnique(entity.nationalities, country(citizenship));
  for (const attrs of record.addresses) {
    const address = toAddress(attrs);
    if (address === undefined) continue;
    entity.addresses.push(address);
    pushUnique(entity.countries, address.country);
  }
  for (const attrs of record.identifications) {
    const value = text(attrs.number) ?? text(attrs.latinNumber);
    if (value === undefined) continue;
    const type = text(attrs.identificationTypeCode) ?? 'other';
    const iso = country(attrs);
    const note = [text(attrs.identificationTypeDescription), text(attrs.remark)]
      .filter(Boolean)
      .join('; ');
    entity.identifiers.push({
      type,
      value,
      ...(iso === undefined ? {} : { country: iso }),
      ...(note === '' ? {} : { note }),
    });
    if (type === 'imo') addProperty(entity, 'imoNumber', value);
  }
}

/**
 * Listing facts from the regulations. The official XML lists the regulations in the order they
 * were adopted; the first one that is not an amendment is the listing act when present.
 */
function addRegulations(record: EuRecord, entity: ListEntity): void {
  const designated = text(record.attributes.designationDate);
  const first = record.regulations[0];
  const listedOn =
    designated ??
    (first === undefined
      ? undefined
      : (text(first.publicationDate) ?? text(first.entryIntoForceDate)));
  if (listedOn !== undefined) entity.listedOn = listedOn.slice(0, 10);
  for (const regulation of record.regulations) {
    pushUnique(entity.programs, text(regulation.programme));
    const published = text(regulation.publicationDate)?.slice(0, 10);
    if (
      regulation.regulationType === 'amendment' &&
      published !== undefined &&
      published !== entity.listedOn
    ) {
      pushUnique(entity.amendedOn, published);
    }
    const url = text(regulation.publicationUrl);
    if (url !== undefined) addProperty(entity, 'sourceUrl', url);
  }
  entity.amendedOn.sort();
}

/** Maps one EU record to a ListEntity; a record with no id or no name gives an error issue instead. */
export function toEuEntity(record: EuRecord): { entity?: ListEntity; issues: ParseIssue[] } {
  const issues: ParseIssue[] = [];
  const reference = text(record.attributes.logicalId);
  const euReference = text(record.attributes.euReferenceNumber);
  if (reference === undefined) {
    const message = `A sanctionEntity${euReference === undefined ? '' : ` (${euReference})`} has no logicalId; it was skipped.`;
    return { issues: [{ level: 'error', code: 'RECORD_NO_REFERENCE', message }] };
  }
  const code = text(record.subjectType.code) ?? '';
  let schema = SCHEMAS[code];
  if (schema === undefined) {
    schema = 'LegalEntity';
    issues.push({
      level: 'warning',
      code: 'UNKNOWN_SUBJECT_TYPE',
      message: `Record ${reference} has subjectType "${code}"; it was read as a LegalEntity.`,
      record: reference,
    });
  }
  const entity = newEntity('eu', reference, schema, '');
  addNames(record, entity, issues);
  const primary = entity.names[0];
  if (primary === undefined) {
    issues.push({
      level: 'error',
      code: 'RECORD_NO_NAME',
      message: `Record ${reference} has no name; it was skipped.`,
      record: reference,
    });
    return { issues };
  }
  entity.caption = captionOf(record) ?? primary.full;
  addDetails(record, entity);
  addRegulations(record, entity);
  const reason = record.remarks
    .map((remark) => remark.trim())
    .filter(Boolean)
    .join('\n');
  if (reason !== '') entity.reason = reason;
  if (euReference !== undefined) entity.properties.euReferenceNumber = [euReference];
  const unId = text(record.attributes.unitedNationId);
  if (unId !== undefined) entity.properties.unId = [unId];
  const details = text(record.attributes.designationDetails);
  if (details !== undefined) entity.properties.designationDetails = [details];
  return { entity, issues };
}
