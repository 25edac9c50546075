// Aircraft registration marks ("EP-IRS", "RA-96018", "4K-AZ1"): OFAC lists aircraft under their
// marks alone. Split at the hyphen, the nationality prefix weighs as nothing and the rest stands
// alone as a name, so the acronym "IRS" met the Iranian aircraft EP-IRS at 0.94 (session 9, issue
// #13). A mark is one identifier: it is read as one token, on the list's side and the query's.

/**
 * Nationality marks of civil aircraft as notified to ICAO (Annex 7; the allocation table of
 * https://en.wikipedia.org/wiki/List_of_aircraft_registration_prefixes, read 2026-12-06), plus
 * RF, the Russian state-aircraft series that OFAC lists. Marks that also spell an Arabic article
 * (EL, Liberia: "EL-HAJJ") are left out: a name such as that is a name, not a mark.
 */
const NATIONALITY_MARKS: ReadonlySet<string> = new Set([
  // One letter: China, Canada, Germany, France, United Kingdom, Italy, Isle of Man, DPRK.
  ...['B', 'C', 'D', 'F', 'G', 'I', 'M', 'P'],
  // Former Soviet states and Russia's state series.
  ...[
    'RA',
    'RF',
    'UR',
    'EW',
    'EK',
    'EX',
    'UP',
    'UK',
    'EY',
    'EZ',
    '4K',
    '4L',
    'ER',
    'ES',
    'YL',
    'LY',
  ],
  // Middle East, North Africa and South Asia.
  ...['EP', 'YK', 'YI', 'YA', '5A', 'OD', 'JY', 'HZ', 'A6', 'A7', 'A9C', '9K', 'A4O', '7O', 'SU'],
  ...['ST', '4X', 'TC', 'AP', 'VT', '4R', 'S2', '9N', '7T', 'CN', 'TS', '6O', 'ET', '5Y', '5X'],
  // Americas.
  ...['YV', 'CU', 'YN', 'HK', 'HC', 'OB', 'CP', 'CC', 'LV', 'PP', 'PR', 'PT', 'XA', 'XB', 'XC'],
  ...['HP', 'TG', 'HR', 'YS', 'TI', 'HI', 'HH', 'C6', '6Y', '8P', '9Y'],
  // Europe and offshore registers that sanctioned owners use.
  ...['VP', 'VQ', 'P4', '3A', 'S5', 'T7', 'LX', '9H', '5B', 'OE', 'OK', 'OM', 'SP', 'HA', 'YR'],
  ...['LZ', 'SX', 'EC', 'CS', 'PH', 'OO', 'HB', 'SE', 'LN', 'OY', 'OH', 'TF', 'EI', '9A', 'YU'],
  ...['Z3', 'ZA', 'E7', 'T9', '2'],
  // Asia, Africa and Oceania.
  ...['HL', 'JA', 'VH', 'ZK', 'RP', 'PK', '9M', '9V', 'HS', 'XU', 'XY', 'VN', 'RDPL', 'JU'],
  ...['ZS', '5N', '9G', '9Q', 'TL', 'TT', 'TN', 'D2', 'C9', '5H', '5R', '7Q', '9J', 'Z'],
]);

/** A whole name written as a mark: prefix, hyphen, two to six capitals or digits. */
const MARK = /^([A-Z0-9]{1,4})-([A-Z0-9]{2,6})$/;

/**
 * The one-token form of a name that is an aircraft registration mark ("EP-IRS" → "epirs"), or
 * undefined: the whole name must be the mark, in capitals, with a notified nationality prefix.
 */
export function registrationMarkToken(name: string): string | undefined {
  const match = MARK.exec(name.trim());
  if (match === null || !NATIONALITY_MARKS.has(match[1]!)) return undefined;
  return `${match[1]!}${match[2]!}`.toLowerCase();
}
