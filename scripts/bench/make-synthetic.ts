import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

/** What a generator wrote. */
export interface SyntheticFile {
  path: string;
  bytes: number;
  records: number;
}

// Syllables and countries for invented names: deterministic, varied enough that no two records
// share a reference or look alike to the parser, and never copied from a real list.
const SYLLABLES = ['ka', 'mir', 'do', 'lan', 'su', 'ver', 'ta', 'no', 'bel', 'ri', 'zo', 'han'];
const COUNTRIES = ['Afghanistan', 'Iraq', 'Somalia', 'Yemen', 'Libya', 'Sudan', 'Mali', 'Haiti'];
const PROGRAMMES = ['Al-Qaida', 'Taliban', 'DPRK', 'Iraq', 'DRC', 'Libya', 'Somalia', 'Yemen'];

/** A small linear congruential generator, so every run writes the same bytes. */
function makeRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function inventName(random: () => number, syllables: number): string {
  let name = '';
  for (let i = 0; i < syllables; i += 1)
    name += SYLLABLES[Math.floor(random() * SYLLABLES.length)]!;
  return name.toUpperCase();
}

function pick<T>(random: () => number, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)]!;
}

async function write(out: WriteStream, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

async function finish(out: WriteStream): Promise<void> {
  out.end();
  await once(out, 'finish');
}

/** One INDIVIDUAL in the UN layout, about 550 bytes: the fields that real records carry most. */
function unIndividual(index: number, random: () => number): string {
  const reference = `SYi.${String(index).padStart(7, '0')}`;
  const first = inventName(random, 2 + Math.floor(random() * 2));
  const second = inventName(random, 2 + Math.floor(random() * 3));
  const country = pick(random, COUNTRIES);
  const year = 1940 + Math.floor(random() * 60);
  const alias = `${inventName(random, 2)} ${second}`;
  return `    <INDIVIDUAL>
      <DATAID>${9_000_000 + index}</DATAID>
      <FIRST_NAME>${first}</FIRST_NAME>
      <SECOND_NAME>${second}</SECOND_NAME>
      <UN_LIST_TYPE>${pick(random, PROGRAMMES)}</UN_LIST_TYPE>
      <REFERENCE_NUMBER>${reference}</REFERENCE_NUMBER>
      <LISTED_ON>2012-12-31</LISTED_ON>
      <NATIONALITY>
        <VALUE>${country}</VALUE>
      </NATIONALITY>
      <INDIVIDUAL_ALIAS>
        <QUALITY>Good</QUALITY>
        <ALIAS_NAME>${alias}</ALIAS_NAME>
      </INDIVIDUAL_ALIAS>
      <INDIVIDUAL_ADDRESS>
        <COUNTRY>${country}</COUNTRY>
      </INDIVIDUAL_ADDRESS>
      <INDIVIDUAL_DATE_OF_BIRTH>
        <TYPE_OF_DATE>EXACT</TYPE_OF_DATE>
        <YEAR>${year}</YEAR>
      </INDIVIDUAL_DATE_OF_BIRTH>
    </INDIVIDUAL>
`;
}

/**
 * Writes a UN Consolidated List XML of synthetic INDIVIDUAL records until the file reaches
 * `targetBytes`; the UN layout is used because its parser (saxes) truly streams.
 */
export async function writeSyntheticUnXml(
  path: string,
  targetBytes: number,
): Promise<SyntheticFile> {
  const out = createWriteStream(path);
  const random = makeRandom(20260227);
  let bytes = 0;
  let records = 0;
  const head = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:00.000Z">
  <INDIVIDUALS>
`;
  const tail = '  </INDIVIDUALS>\n  <ENTITIES/>\n</CONSOLIDATED_LIST>\n';
  await write(out, head);
  bytes += Buffer.byteLength(head);
  // Records are written in blocks: one write per record would make generation the slow part.
  while (bytes + Buffer.byteLength(tail) < targetBytes) {
    let block = '';
    for (let i = 0; i < 500; i += 1) {
      records += 1;
      block += unIndividual(records, random);
    }
    bytes += Buffer.byteLength(block);
    await write(out, block);
  }
  await write(out, tail);
  bytes += Buffer.byteLength(tail);
  await finish(out);
  return { path, bytes, records };
}

/** One name to screen, as the batch input carries it. */
export interface BatchName {
  name: string;
  birthDate?: string;
  /** ISO 3166-1 alpha-2, as `sift batch` requires. */
  country?: string;
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes a batch CSV (`id,name,birth_date,country`) of `rows` rows, cycling through `names`. */
export async function writeBatchCsv(
  path: string,
  rows: number,
  names: readonly BatchName[],
): Promise<SyntheticFile> {
  if (names.length === 0) throw new Error('writeBatchCsv needs at least one name to repeat.');
  const out = createWriteStream(path);
  let bytes = 0;
  let block = 'id,name,birth_date,country\n';
  for (let i = 0; i < rows; i += 1) {
    const entry = names[i % names.length]!;
    block += `C${i + 1},${csvCell(entry.name)},${entry.birthDate ?? ''},${entry.country ?? ''}\n`;
    if (block.length > 1 << 16) {
      bytes += Buffer.byteLength(block);
      await write(out, block);
      block = '';
    }
  }
  bytes += Buffer.byteLength(block);
  await write(out, block);
  await finish(out);
  return { path, bytes, records: rows };
}
