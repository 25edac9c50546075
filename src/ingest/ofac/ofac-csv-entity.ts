import { newEntity } from '../../core/index.ts';
import type { Address, ListEntity, NameKind, ParseIssue, Schema } from '../../core/index.ts';
import { toCountryCode } from '../../names/index.ts';
import { ofacCaption, ofacName } from './ofac-name.ts';
import { parseOfacRemarks } from './ofac-remarks.ts';

/** One alt.csv row. */
export interface OfacAltRow {
  kind: NameKind;
  name: string;
  /** Line in alt.csv. */
  line: number;
}

/** The rows of alt.csv, add.csv and sdn_comments.csv, keyed by ent_num. */
export interface OfacSideRows {
  alts: Map<string, OfacAltRow[]>;
  addresses: Map<string, Address[]>;
  comments: Map<string, string>;
}

const SCHEMAS: Record<string, Schema> = {
  individual: 'Person',
  vessel: 'Vessel',
  aircraft: 'Aircraft',
  '': 'Organization',
};

/** The alt_type of alt.csv as a name kind; alt_remarks saying "weak" wins. */
export function ofacAltKind(altType: string, altRemarks: string): NameKind {
  if (/\bweak\b/i.test(altRemarks)) return 'weak-alias';
  return altType.toLowerCase() === 'fka' ? 'former' : 'alias';
}

/** Splits the SDN Program column, "SDGT] [IRGC", into programme codes. */
export function splitOfacPrograms(text: string): string[] {
  return text
    .split(/\]\s*\[/)
    .map((p) => p.replace(/^\[|\]$/g, '').trim())
    .filter((p) => p !== '');
}

function issue(
  issues: ParseIssue[],
  line: number,
  record: string,
  code: string,
  message: string,
): void {
  issues.push({ level: 'warning', code, message, line, record });
}

function push(entity: ListEntity, key: string, value: string): void {
  if (value === '') return;
  const list = (entity.properties[key] ??= []);
  if (!list.includes(value)) list.push(value);
}

function pushCountry(entity: ListEntity, field: 'nationalities' | 'countries', code: string): void {
  if (!entity[field].includes(code)) entity[field].push(code);
}

/**
 * Builds the entity of one 12-column sdn.csv row, joined with its aliases, addresses and remark
 * continuation. Undefined (with an error issue) when the row has no ent_num or no name.
 */
export function ofacSdnEntity(
  fields: string[],
  line: number,
  side: OfacSideRows,
  issues: ParseIssue[],
): ListEntity | undefined {
  const [reference = '', name = '', type = '', program = '', title = ''] = fields;
  if (!/^\d+$/.test(reference)) {
    issues.push({
      level: 'error',
      code: 'RECORD_NO_REFERENCE',
      message: `sdn.csv row has no numeric ent_num ("${reference}"); skipped.`,
      line,
    });
    return undefined;
  }
  if (name === '') {
    issues.push({
      level: 'error',
      code: 'RECORD_NO_NAME',
      message: `Entry ${reference} has no name; skipped.`,
      line,
      record: reference,
    });
    return undefined;
  }
  let schema = SCHEMAS[type.toLowerCase()];
  if (schema === undefined) {
    issue(
      issues,
      line,
      reference,
      'UNKNOWN_TYPE',
      `SDN_Type "${type}" is unknown; read as LegalEntity.`,
    );
    schema = 'LegalEntity';
  }
  const entity = newEntity('ofac', reference, schema, ofacCaption(name, schema));
  entity.names.push(ofacName(name, 'primary', schema));
  entity.programs.push(...splitOfacPrograms(program));
  if (title !== '') entity.positions.push(title);
  addVesselColumns(entity, fields, line, issues);
  for (const alt of side.alts.get(reference) ?? []) {
    addName(entity, alt.name, alt.kind, issues, alt.line, 'alt.csv');
  }
  for (const address of side.addresses.get(reference) ?? []) {
    entity.addresses.push(address);
    if (address.country !== undefined) pushCountry(entity, 'countries', address.country);
  }
  // sdn_comments.csv carries the tail of remarks longer than the column: OFAC cuts mid-word.
  const remarks = (fields[11] ?? '') + (side.comments.get(reference) ?? '');
  if (remarks !== '') applyRemarks(entity, remarks, line, issues);
  return entity;
}

function addName(
  entity: ListEntity,
  full: string,
  kind: NameKind,
  issues: ParseIssue[],
  line: number,
  file: string,
): void {
  if (full === '') return;
  if (entity.names.some((n) => n.full === full)) {
    // OFAC repeats a few aliases (or the primary name) verbatim; a second copy adds only noise.
    issue(
      issues,
      line,
      entity.reference,
      'DUPLICATE_NAME',
      `${file}: name "${full}" is already on entry ${entity.reference}; not added twice.`,
    );
    return;
  }
  entity.names.push(ofacName(full, kind, entity.schema));
}

function addVesselColumns(
  entity: ListEntity,
  fields: string[],
  line: number,
  issues: ParseIssue[],
): void {
  const [callSign = '', vesselType = '', tonnage = '', grt = '', flag = '', owner = ''] =
    fields.slice(5, 11);
  if (callSign !== '') {
    push(entity, 'callSign', callSign);
    entity.identifiers.push({ type: 'Call Sign', value: callSign });
  }
  push(entity, 'vesselType', vesselType);
  push(entity, 'tonnage', tonnage);
  push(entity, 'grossRegisteredTonnage', grt);
  push(entity, 'owner', owner);
  if (flag !== '') {
    const code = toCountryCode(flag);
    push(entity, 'flag', code ?? flag);
    if (code !== undefined) pushCountry(entity, 'countries', code);
    else {
      push(entity, 'unresolvedCountry', flag);
      issue(
        issues,
        line,
        entity.reference,
        'UNKNOWN_COUNTRY',
        `Flag "${flag}" has no ISO code; kept as text.`,
      );
    }
  }
}

function applyRemarks(
  entity: ListEntity,
  remarks: string,
  line: number,
  issues: ParseIssue[],
): void {
  // The whole text is kept: OFAC remarks are facts, not a listing reason, and nothing is lost.
  push(entity, 'notes', remarks);
  const facts = parseOfacRemarks(remarks);
  entity.birthDates.push(...facts.birthDates);
  entity.birthPlaces.push(...facts.birthPlaces);
  for (const code of facts.nationalities) pushCountry(entity, 'nationalities', code);
  for (const code of facts.countries) pushCountry(entity, 'countries', code);
  if (facts.gender !== undefined) entity.gender = facts.gender;
  entity.identifiers.push(...facts.identifiers);
  // Quoted aliases in legacy remarks are OFAC's weak AKAs (FAQ 122): kept, but marked weak.
  for (const alias of facts.aliases) {
    addName(entity, alias.full, 'weak-alias', issues, line, 'sdn.csv remarks');
  }
  for (const [key, values] of Object.entries(facts.properties)) {
    for (const value of values) push(entity, key, value);
  }
  for (const problem of facts.problems) {
    if (problem.kind === 'country') {
      push(entity, 'unresolvedCountry', problem.text);
      issue(
        issues,
        line,
        entity.reference,
        'UNKNOWN_COUNTRY',
        `Country "${problem.text}" has no ISO code; kept as text.`,
      );
    } else {
      issue(
        issues,
        line,
        entity.reference,
        'BAD_DATE',
        `Date "${problem.text}" could not be read; kept in notes.`,
      );
    }
  }
}
