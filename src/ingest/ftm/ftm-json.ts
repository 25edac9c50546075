import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type {
  Address,
  ByteSource,
  ListEntity,
  ParseIssue,
  ParseOptions,
  ParseResult,
} from '../../core/index.ts';
import { FTM_SCREENED_SCHEMAS, toFtmListEntity } from './ftm-entity.ts';
import type { FtmEntity } from './ftm-entity.ts';

/** What a Sanction entity gives its target. */
interface SanctionFacts {
  programs: string[];
  reasons: string[];
  dates: string[];
  authorities: string[];
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** A parsed line as an FtmEntity, or the reason it is not one. */
function toFtmEntity(value: unknown): FtmEntity | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'not a JSON object';
  const raw = value as Record<string, unknown>;
  if (typeof raw.id !== 'string' || raw.id === '') return 'no "id"';
  if (typeof raw.schema !== 'string') return 'no "schema"';
  const props: unknown = raw.properties ?? {};
  if (typeof props !== 'object' || props === null || Array.isArray(props))
    return '"properties" is not an object';
  const properties: Record<string, string[]> = {};
  for (const [key, values] of Object.entries(props)) {
    if (!isStringList(values)) return `property "${key}" is not a list of strings`;
    properties[key] = values;
  }
  const entity: FtmEntity = { id: raw.id, schema: raw.schema, properties };
  if (typeof raw.caption === 'string') entity.caption = raw.caption;
  if (isStringList(raw.datasets)) entity.datasets = raw.datasets;
  if (isStringList(raw.referents)) entity.referents = raw.referents;
  return entity;
}

function pushAll(target: string[], values: readonly string[] | undefined): void {
  for (const value of values ?? []) if (!target.includes(value)) target.push(value);
}

function toAddress(raw: FtmEntity): Address {
  const p = raw.properties;
  const address: Address = {};
  const full = p.full?.[0] ?? raw.caption;
  if (full !== undefined) address.full = full;
  if (p.street?.[0] !== undefined) address.street = p.street[0];
  if (p.city?.[0] !== undefined) address.city = p.city[0];
  if (p.region?.[0] !== undefined) address.region = p.region[0];
  if (p.postalCode?.[0] !== undefined) address.postalCode = p.postalCode[0];
  if (p.country?.[0] !== undefined) address.country = p.country[0].toUpperCase();
  return address;
}

function addSanctions(entity: ListEntity, facts: SanctionFacts): void {
  pushAll(entity.programs, facts.programs);
  const reason = [entity.reason, ...facts.reasons].filter(
    (text) => text !== undefined && text !== '',
  );
  if (reason.length > 0) entity.reason = [...new Set(reason)].join('\n');
  const first = facts.dates.filter((date) => /^\d{4}-\d{2}-\d{2}$/.test(date)).sort()[0];
  if (first !== undefined) entity.listedOn = first;
  if (facts.authorities.length > 0) {
    const authorities = entity.properties.authority ?? [];
    pushAll(authorities, facts.authorities);
    entity.properties.authority = authorities;
  }
}

/** Adds the Address entities an entity refers to; returns how many of them are not in the file. */
function addAddresses(
  entity: ListEntity,
  refs: readonly string[],
  addresses: Map<string, Address>,
): number {
  let missing = 0;
  for (const ref of refs) {
    const address = addresses.get(ref);
    if (address === undefined) {
      missing += 1;
      continue;
    }
    const full = address.full?.toLowerCase();
    const known = entity.addresses.some(
      (a) => full !== undefined && a.full?.toLowerCase() === full,
    );
    if (!known) entity.addresses.push(address);
    if (address.country !== undefined && !entity.countries.includes(address.country)) {
      entity.countries.push(address.country);
    }
  }
  return missing;
}

/**
 * Parses FollowTheMoney entity JSON lines (OpenSanctions exports), line by line.
 *
 * Sanction and Address entities may come before or after the entity they describe, so screened
 * entities are mapped at once but held until the end, together with the few facts of each Sanction
 * and Address. Memory grows with the number of screened entities (about 2 KB each as ListEntity)
 * rather than with the file; for the full OpenSanctions export (millions of lines) a sorted file or
 * a second pass would be needed. `onEntity` therefore receives entities only at the end.
 */
export async function parseFtmJson(
  input: ByteSource,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const list = options.list ?? 'opensanctions';
  const issues: ParseIssue[] = [];
  const targets: { entity: ListEntity; ids: string[] }[] = [];
  const addressRefs = new Map<string, string[]>();
  const sanctions = new Map<string, SanctionFacts>();
  const addresses = new Map<string, Address>();
  const notScreened = new Map<string, number>();
  let recordCount = 0;
  let skippedCount = 0;
  let line = 0;
  const reader = createInterface({ input: Readable.from(input), crlfDelay: Infinity });
  for await (const text of reader) {
    line += 1;
    if (text.trim() === '') continue;
    recordCount += 1;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (cause) {
      skippedCount += 1;
      const why = cause instanceof Error ? cause.message : String(cause);
      issues.push({
        level: 'error',
        code: 'LINE_INVALID_JSON',
        message: `Line ${line} is not valid JSON: ${why}`,
        line,
      });
      continue;
    }
    const raw = toFtmEntity(parsed);
    if (typeof raw === 'string') {
      skippedCount += 1;
      issues.push({
        level: 'error',
        code: 'LINE_NOT_ENTITY',
        message: `Line ${line} is not an FtM entity: ${raw}.`,
        line,
      });
      continue;
    }
    const p = raw.properties;
    if (raw.schema === 'Sanction') {
      for (const target of p.entity ?? []) {
        const facts = sanctions.get(target) ?? {
          programs: [],
          reasons: [],
          dates: [],
          authorities: [],
        };
        pushAll(facts.programs, p.programId ?? p.program);
        pushAll(facts.reasons, p.reason);
        pushAll(
          facts.dates,
          [...(p.startDate ?? []), ...(p.listingDate ?? [])].map((d) => d.slice(0, 10)),
        );
        pushAll(facts.authorities, p.authority);
        sanctions.set(target, facts);
      }
    } else if (raw.schema === 'Address') {
      const address = toAddress(raw);
      for (const id of [raw.id, ...(raw.referents ?? [])]) addresses.set(id, address);
    } else if (FTM_SCREENED_SCHEMAS[raw.schema] !== undefined) {
      const result = toFtmListEntity(raw, list, line);
      issues.push(...result.issues);
      if (result.entity === undefined) skippedCount += 1;
      else {
        targets.push({ entity: result.entity, ids: [raw.id, ...(raw.referents ?? [])] });
        if (p.addressEntity !== undefined) addressRefs.set(raw.id, p.addressEntity);
      }
    } else {
      notScreened.set(raw.schema, (notScreened.get(raw.schema) ?? 0) + 1);
    }
  }
  const entities: ListEntity[] = [];
  const seen = new Set<string>();
  let missingAddresses = 0;
  for (const { entity, ids } of targets) {
    for (const id of ids) {
      seen.add(id);
      const facts = sanctions.get(id);
      if (facts !== undefined) addSanctions(entity, facts);
    }
    missingAddresses += addAddresses(entity, addressRefs.get(entity.reference) ?? [], addresses);
    if (options.onEntity !== undefined) options.onEntity(entity);
    else entities.push(entity);
  }
  if (notScreened.size > 0) {
    const counts = [...notScreened]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([schema, count]) => `${schema} ${count}`);
    const total = [...notScreened.values()].reduce((sum, count) => sum + count, 0);
    issues.push({
      level: 'warning',
      code: 'SCHEMA_NOT_SCREENED',
      message: `${total} entities of schemata Sift does not screen were left out: ${counts.join(', ')}.`,
    });
  }
  if (missingAddresses > 0) {
    issues.push({
      level: 'warning',
      code: 'ADDRESS_NOT_FOUND',
      message: `${missingAddresses} addressEntity references point to Address entities that are not in the file; those entities keep only their own address text.`,
    });
  }
  const orphans = [...sanctions.keys()].filter((target) => !seen.has(target));
  if (orphans.length > 0) {
    issues.push({
      level: 'warning',
      code: 'SANCTION_TARGET_MISSING',
      message: `Sanctions name ${orphans.length} entities that are not in the file or not screened: ${orphans.slice(0, 5).join(', ')}${orphans.length > 5 ? ' …' : ''}.`,
    });
  }
  return { entities, issues, meta: { list, recordCount, skippedCount } };
}
