import type { PartialDate } from '../../core/index.ts';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

interface SingleDate {
  value: string;
  precision: 'day' | 'month' | 'year';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase().replace(/\.$/, '');
  // OFAC writes "Jan"; older entries spell the month out ("12 September 1993").
  return MONTHS[lower] ?? MONTHS[lower.slice(0, 3)];
}

function parseSingle(text: string): SingleDate | undefined {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return { value: m[1]!, precision: 'year' };
  m = /^(\d{4})-(\d\d)-(\d\d)$/.exec(t);
  if (m) return checkDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthNumber(m[1]!);
    return month === undefined
      ? undefined
      : { value: `${m[2]!}-${pad(month)}`, precision: 'month' };
  }
  m = /^(\d{1,2})\s+([A-Za-z]+\.?)\s+(\d{4})$/.exec(t);
  if (m) {
    const month = monthNumber(m[2]!);
    return month === undefined ? undefined : checkDay(Number(m[3]), month, Number(m[1]));
  }
  return undefined;
}

function checkDay(year: number, month: number, day: number): SingleDate | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return { value: `${String(year)}-${pad(month)}-${pad(day)}`, precision: 'day' };
}

/**
 * Reads a date as OFAC writes it in remarks: "12 Jan 1964", "Jan 1964", "1964", "1964 to 1966",
 * "circa 1964" or "circa 1964-1966"; undefined when the text is not one of these.
 */
export function parseOfacDate(text: string): PartialDate | undefined {
  const original = text.trim().replace(/\.$/, '');
  let body = original;
  const circa = /^(?:circa|approximately|approx\.|about|c\.)\s+/i.exec(body);
  if (circa) body = body.slice(circa[0].length);
  const range = /^(.+?)\s*(?:\s+to\s+|-(?=\s*\d{4}$))\s*(.+)$/i.exec(body);
  if (range) {
    const from = parseSingle(range[1]!);
    const to = parseSingle(range[2]!);
    if (from === undefined || to === undefined) return undefined;
    return {
      value: from.value,
      precision: 'range',
      from: from.value,
      to: to.value,
      ...(circa ? { note: original } : {}),
    };
  }
  const single = parseSingle(body);
  if (single === undefined) return undefined;
  // "circa" keeps its own precision; the words are kept so a reviewer sees the doubt.
  return circa ? { ...single, note: original } : single;
}
