import { foldLatin } from './fold-latin.ts';

// Turkish and Azerbaijani spellings of Arabic, Persian and Pashto names, turned back into the
// English romanisation the lists use. The Turkish press writes the Taliban's Baradar "Birader",
// Mujahid "Mücahid", Zawahiri "ez-Zevahiri"; the Azerbaijani press "Qəni Bəradər", "Axund". Both
// alphabets write c for the English j, ç ch, ş sh, ğ gh (Ağa → agha), v for the Arabic w and e for
// most Arabic short a (Turkish Language Association guide to the spelling of Arabic loans;
// Azerbaijani Latin alphabet of 1992: ə, x = kh, q for both qaf and ghayn). Sources in
// src/names/data/SOURCES.md. The result is an extra reading of a query, never a replacement.

/**
 * Letters and forms only Turkish or Azerbaijani spellings of such names carry, among them the
 * Turkish ending of the -uddin names written without Turkish letters: Siracettin, Selahattin,
 * Siraceddin (the t for d, and c before -eddin, are Turkish; the lists write -uddin or -eddin).
 */
const MARKERS =
  /[çşğıöüə]|\b(?:molla|mevlevi|mevlana)\b|(?:^|\s)e[zsştdnr]-\p{L}|\p{L}[ea]ttin\b|ceddin\b/u;

/** The Turkish -ettin, -eddin, -attin ending of a name (Nurettin, Siraceddin): English -uddin. */
const UDDIN_ENDING = /(\p{L})[ea](?:tt|dd)in\b/gu;

/** Letter groups (lower case, before folding) and their English romanisation. */
const RULES: Readonly<Record<string, string>> = {
  ç: 'ch',
  ş: 'sh',
  ğ: 'gh',
  c: 'j',
  ı: 'i',
  ö: 'o',
  ü: 'u',
  ə: 'a',
  x: 'kh',
  q: 'gh',
  v: 'w',
  e: 'a',
};

const PATTERN = new RegExp(Object.keys(RULES).join('|'), 'gu');

/**
 * The English romanisation of a Latin-script name spelt the Turkish or Azerbaijani way ("Molla
 * Birader" → "molla biradar", "Əbdül Qəni Bəradər" → "abdul ghani baradar", "Eymen ez-Zevahiri"
 * → "ayman az-zawahiri"), or undefined when the name carries none of those languages' marks or
 * nothing changes. The result is plain lower-case ASCII.
 */
export function reverseTurkicSpelling(name: string): string | undefined {
  const lower = name.normalize('NFC').toLowerCase();
  if (!MARKERS.test(lower)) return undefined;
  const text = foldLatin(
    lower.replace(UDDIN_ENDING, '$1uddin').replace(PATTERN, (group) => RULES[group] ?? group),
  );
  return text === foldLatin(lower) ? undefined : text;
}

/** A k that is no part of kh (the Azerbaijani x read back). */
const LONE_K = /k(?!h)/g;

/**
 * A Turkish-spelt name read back (reverseTurkicSpelling) with each k as q, or undefined when it
 * has none: Turkish writes the Arabic qaf as k (Hakkani, Vasık, Yakub; the lists print Haqqani,
 * Wasiq, Yaqub), and some Azerbaijani pages do too ("Əbdül Hak Vasik"). A second reading, since k
 * is also the Arabic kaf (Kabir, Akbar).
 */
export function qafReading(reading: string): string | undefined {
  return LONE_K.test(reading) ? reading.replace(LONE_K, 'q') : undefined;
}
