import type { PartialDate } from '../../core/index.ts';
import type { EuAttributes } from './eu-record.ts';

/** Mean length of an Islamic (Hijri) year in Gregorian years. */
const HIJRI_YEAR = 354.367 / 365.2425;
/** 1 Muharram AH 1 is 16 July 622 CE, i.e. about 622.54 as a decimal Gregorian year. */
const HIJRI_EPOCH = 622.54;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function toInt(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

/**
 * Iran and Afghanistan count years in the Solar Hijri calendar, and the EU labels those "ISLAMIC"
 * too: the mirror's Iranian records give ISLAMIC 1343 beside GREGORIAN 1964 and 1965.
 */
const SOLAR_HIJRI_COUNTRIES = new Set(['IR', 'AF']);

/** The Gregorian years a Hijri year overlaps (each spans two: Nowruz or 1 Muharram falls mid-year). */
function hijriToGregorianYears(year: number, solar: boolean): [number, number] {
  if (solar) return [year + 621, year + 622];
  const start = HIJRI_EPOCH + (year - 1) * HIJRI_YEAR;
  return [Math.floor(start), Math.floor(start + HIJRI_YEAR)];
}

/**
 * One EU `<birthdate>` as a PartialDate, or undefined when it holds no date (some give only a
 * place). `birthdate` is always Gregorian; the split year/month/day fields are in `calendarType`,
 * which for ISLAMIC entries means Hijri years that must be converted before matching.
 */
export function toEuBirthdate(attrs: EuAttributes): PartialDate | undefined {
  const notes: string[] = [];
  const circa = attrs.circa === 'true';
  if (circa) notes.push('circa');
  const calendar = attrs.calendarType ?? 'GREGORIAN';
  const year = toInt(attrs.year);
  const month = toInt(attrs.monthOfYear);
  const day = toInt(attrs.dayOfMonth);
  const withNote = (date: PartialDate): PartialDate =>
    notes.length > 0 ? { ...date, note: notes.join('; ') } : date;

  if (calendar !== 'GREGORIAN' && calendar !== '') {
    const local = [year, month, day].filter((part) => part !== undefined).join('-');
    if (local !== '') notes.push(`${calendar} calendar: ${local}`);
  }
  const full = attrs.birthdate ?? '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(full)) return withNote({ value: full, precision: 'day' });

  const from = toInt(attrs.yearRangeFrom);
  const to = toInt(attrs.yearRangeTo);
  if (from !== undefined && to !== undefined) {
    return withNote({
      value: String(from),
      precision: 'range',
      from: String(from),
      to: String(to),
    });
  }
  if (year === undefined) return undefined;
  if (calendar === 'ISLAMIC') {
    const [first, last] = hijriToGregorianYears(
      year,
      SOLAR_HIJRI_COUNTRIES.has(attrs.countryIso2Code ?? ''),
    );
    return withNote({
      value: String(first),
      precision: 'range',
      from: String(first),
      to: String(last),
    });
  }
  if (month !== undefined && day !== undefined) {
    return withNote({ value: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' });
  }
  if (month !== undefined) return withNote({ value: `${year}-${pad(month)}`, precision: 'month' });
  return withNote({ value: String(year), precision: 'year' });
}

/** The birth place of an EU `<birthdate>` in words ("Tikrit, Salah ad-Din, IRAQ"), if it gives one. */
export function toEuBirthPlace(attrs: EuAttributes): string | undefined {
  const country = attrs.countryIso2Code === '00' ? undefined : attrs.countryDescription;
  const parts = [attrs.place, attrs.city, attrs.region, country]
    .map((part) => part?.trim() ?? '')
    .filter((part) => part !== '');
  return parts.length > 0 ? parts.join(', ') : undefined;
}
