import type { PartialDate } from '../../core/index.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pad(value: string): string {
  return value.padStart(2, '0');
}

function validDay(year: string, month: string, day: string): boolean {
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(`${year}-${month}-${day}`);
}

/**
 * A UK list date as YYYY-MM-DD, or undefined when it is not a whole date. The official files
 * write dd/mm/yyyy, the report-date line dd-Mon-yyyy, the JSON mirror ISO dates, and the XML
 * sometimes a full ISO timestamp.
 */
export function toUkIsoDate(text: string): string | undefined {
  const value = text.trim();
  let match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (match !== null) {
    const [, year = '', month = '', day = ''] = match;
    return validDay(year, month, day) ? `${year}-${month}-${day}` : undefined;
  }
  match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+[\d:]+)?$/.exec(value);
  if (match !== null) {
    const [, day = '', month = '', year = ''] = match;
    return validDay(year, pad(month), pad(day)) ? `${year}-${pad(month)}-${pad(day)}` : undefined;
  }
  match = /^(\d{1,2})[- ]([A-Za-z]{3})[a-z]*[- ](\d{4})$/.exec(value);
  if (match !== null) {
    const [, day = '', name = '', year = ''] = match;
    const month = MONTHS.indexOf(name.toLowerCase()) + 1;
    if (month === 0) return undefined;
    const mm = pad(String(month));
    return validDay(year, mm, pad(day)) ? `${year}-${mm}-${pad(day)}` : undefined;
  }
  return undefined;
}

/**
 * A date of birth as precise as the list knows it. The FCDO writes unknown parts as the letters
 * `dd` and `mm` ("dd/mm/1945", "dd/06/1945"), so those become year or month precision.
 */
export function toUkBirthDate(text: string): PartialDate | undefined {
  const value = text.trim();
  const iso = toUkIsoDate(value);
  if (iso !== undefined) return { value: iso, precision: 'day' };
  const match = /^(dd|\d{1,2})\/(mm|\d{1,2})\/(\d{4})$/i.exec(value);
  if (match !== null) {
    const [, day = '', month = '', year = ''] = match;
    if (/^mm$/i.test(month)) return { value: year, precision: 'year' };
    if (/^dd$/i.test(day) && Number(month) >= 1 && Number(month) <= 12) {
      return { value: `${year}-${pad(month)}`, precision: 'month' };
    }
    return undefined;
  }
  if (/^\d{4}$/.test(value)) return { value, precision: 'year' };
  return undefined;
}
