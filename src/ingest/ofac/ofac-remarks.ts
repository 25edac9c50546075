import type { Identifier, PartialDate } from '../../core/index.ts';
import { toCountryCode } from '../../names/index.ts';
import { parseOfacDate } from './ofac-date.ts';
import { parseOfacIdentifier, stripFinalStop } from './ofac-identifier.ts';

/** An alias found in the remarks; `former` for f.k.a. */
export interface OfacRemarkAlias {
  full: string;
  former: boolean;
}

/** A fact the remarks state but that could not be read (a bad date, an unknown country). */
export interface OfacRemarkProblem {
  kind: 'date' | 'country';
  text: string;
}

/** The facts read from one SDN remarks field. */
export interface OfacRemarks {
  birthDates: PartialDate[];
  birthPlaces: string[];
  /** ISO alpha-2 codes from nationality and citizenship. */
  nationalities: string[];
  /** ISO alpha-2 codes from flags and registration countries. */
  countries: string[];
  gender?: 'male' | 'female';
  identifiers: Identifier[];
  /**
   * Aliases in quotes. In the legacy CSV these are OFAC's weak AKAs: the strong ones are in
   * alt.csv, and none of the 2,069 quoted a.k.a.s of 2021 is in the 2026 ALT.CSV.
   */
  aliases: OfacRemarkAlias[];
  /** FtM property names: imoNumber, mmsi, callSign, flag, buildDate, linkedTo, email … */
  properties: Record<string, string[]>;
  /** Fragments no rule read (positions, relatives, free text), as written. */
  unparsed: string[];
  problems: OfacRemarkProblem[];
}

function add(out: OfacRemarks, key: string, value: string): void {
  const list = (out.properties[key] ??= []);
  if (!list.includes(value)) list.push(value);
}

function addCountry(out: OfacRemarks, field: 'nationalities' | 'countries', text: string): void {
  const code = toCountryCode(text.replace(/^possibly\s+/i, ''));
  if (code === undefined) out.problems.push({ kind: 'country', text });
  else if (!out[field].includes(code)) out[field].push(code);
}

/** Facts kept as a property, as written: [pattern, FtM property]. */
const PROPERTY_RULES: readonly [RegExp, string][] = [
  [/^Linked To:\s*(.+)$/i, 'linkedTo'],
  [/^(?:Other )?Vessel Type\s+(.+)$/, 'vesselType'],
  [/^Aircraft Model\s+(.+)$/, 'model'],
  [/^Aircraft Operator\s+(.+)$/, 'operator'],
  [/^Email(?: Address)?:?\s+(.+)$/i, 'email'],
  [/^Website:?\s+(.+)$/i, 'website'],
  [/^(?:Phone|Telephone|Fax|Telex)(?: Number| No\.)?:?\s+(.+)$/i, 'phone'],
  [/^Organization Type:?\s+(.+)$/, 'sector'],
  [/^Target Type\s+(.+)$/, 'classification'],
  [
    /^((?:Additional Sanctions Information|Secondary sanctions risk|Transactions Prohibited For|Executive Order \d+ (?:Directive|information)|Effective Date \(|Listing Date \(|IFCA Determination|CAATSA Section|For more information on directives).*)$/i,
    'provisions',
  ],
];

/** Facts that are document numbers: [pattern, identifier type, FtM property]. */
const ID_RULES: readonly [RegExp, string, string][] = [
  [
    /^Vessel Registration Identification\s+(.+)$/,
    'Vessel Registration Identification',
    'registrationNumber',
  ],
  [/^MMSI:?\s+(.+)$/, 'MMSI', 'mmsi'],
  [/^(?:Other )?Vessel Call Sign\s+(.+)$/, 'Call Sign', 'callSign'],
  [
    /^Aircraft (?:Construction Number \(also called L\/N or S\/N or F\/N\)|Manufacturer's Serial Number \(MSN\)|Serial Identification)\s+(.+)$/,
    'Aircraft Serial Number',
    'serialNumber',
  ],
  [/^Aircraft Tail Number\s+(.+)$/, 'Aircraft Tail Number', 'registrationNumber'],
  [
    /^Previous Aircraft Tail Number\s+(.+)$/,
    'Previous Aircraft Tail Number',
    'pastRegistrationNumber',
  ],
  [/^Aircraft Mode S Transponder Code\s+(.+)$/, 'Mode S Transponder Code', 'modeSCode'],
  [/^Digital Currency Address - (\S+\s+.+)$/, 'Digital Currency Address', 'cryptoWallet'],
];

/** Dates of things other than birth: [pattern, FtM property]; the ISO form when it reads. */
const DATE_RULES: readonly [RegExp, string][] = [
  [/^Vessel Year of Build\s+(.+)$/, 'buildDate'],
  [/^Aircraft Manufacture Date\s+(.+)$/, 'buildDate'],
  [/^Organization Established Date\s+(.+)$/, 'incorporationDate'],
];

/** Country facts: [pattern, what the country is to the entity]. */
const COUNTRY_RULES: readonly [RegExp, 'nationality' | 'flag' | 'pastFlag'][] = [
  [/^Nationality of Registration\s+(.+)$/, 'flag'],
  [/^(?:nationality|citizen|citizenship)\s+(.+)$/i, 'nationality'],
  [/^Former Vessel Flag\s+(.+)$/, 'pastFlag'],
  [/^(?:Other )?Vessel Flag\s+(.+)$/, 'flag'],
];

const DOB = /^DOB:?\s+(.+)$/;
const POB = /^POB:?\s+(.+)$/;
const GENDER = /^Gender\s+(Male|Female)\.?$/i;
const ALIAS = /^([af])\.k\.a\.?,?\s+(.+)$/;
const IMO =
  /^(?:Vessel Registration Identification\s+IMO|International Maritime Organization No\.?)\s*\(?(\d{7})\)?\.?$/;

/** Applies the first rule that reads `body`; false when none does. */
function applyRule(body: string, out: OfacRemarks): boolean {
  let m = DOB.exec(body);
  if (m) {
    const text = stripFinalStop(m[1]!);
    const date = parseOfacDate(text);
    if (date === undefined) out.problems.push({ kind: 'date', text });
    else out.birthDates.push(date);
    return true;
  }
  if ((m = POB.exec(body))) {
    out.birthPlaces.push(stripFinalStop(m[1]!));
    return true;
  }
  if ((m = GENDER.exec(body))) {
    out.gender = m[1]!.toLowerCase() === 'male' ? 'male' : 'female';
    return true;
  }
  if ((m = ALIAS.exec(body))) {
    // Quotes mark the alias; an unbalanced one ("a.k.a. 'ABD-AL-Q") loses its stray mark.
    const full = stripFinalStop(m[2]!).replace(/^['"]|['"]$/g, '');
    out.aliases.push({ full, former: m[1] === 'f' });
    return true;
  }
  if ((m = IMO.exec(body))) {
    out.identifiers.push({ type: 'IMO', value: m[1]! });
    add(out, 'imoNumber', `IMO${m[1]!}`);
    return true;
  }
  return applyTableRule(body, out);
}

function applyTableRule(body: string, out: OfacRemarks): boolean {
  for (const [pattern, key] of PROPERTY_RULES) {
    const m = pattern.exec(body);
    if (m === null) continue;
    add(out, key, stripFinalStop(m[1]!));
    return true;
  }
  for (const [pattern, type, key] of ID_RULES) {
    const m = pattern.exec(body);
    if (m === null) continue;
    const value = stripFinalStop(m[1]!);
    out.identifiers.push({ type, value });
    add(out, key, value);
    return true;
  }
  for (const [pattern, key] of DATE_RULES) {
    const m = pattern.exec(body);
    if (m === null) continue;
    const text = stripFinalStop(m[1]!);
    const date = parseOfacDate(text);
    if (date === undefined) out.problems.push({ kind: 'date', text });
    add(out, key, date?.value ?? text);
    return true;
  }
  for (const [pattern, kind] of COUNTRY_RULES) {
    const m = pattern.exec(body);
    if (m === null) continue;
    const text = stripFinalStop(m[1]!);
    if (kind === 'nationality') {
      addCountry(out, 'nationalities', text);
    } else {
      add(out, kind === 'flag' ? 'flag' : 'pastFlags', toCountryCode(text) ?? text);
      if (kind === 'flag') addCountry(out, 'countries', text);
    }
    return true;
  }
  return false;
}

/**
 * Reads the `;`-separated facts of an OFAC SDN remarks field (DOB, POB, nationality, documents,
 * vessel and aircraft facts, quoted aliases, links). Pure: problems are returned, not thrown.
 */
export function parseOfacRemarks(remarks: string): OfacRemarks {
  const out: OfacRemarks = {
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    countries: [],
    identifiers: [],
    aliases: [],
    properties: {},
    unparsed: [],
    problems: [],
  };
  for (const raw of remarks.split(';')) {
    const fragment = raw.trim();
    if (fragment === '') continue;
    // "alt. DOB 1965" and "Alt. POB: Keren" state a second value of the same fact.
    const body = fragment.replace(/^alt\.\s+/i, '');
    if (applyRule(body, out)) continue;
    const identifier = parseOfacIdentifier(body);
    if (identifier !== undefined) out.identifiers.push(identifier);
    else out.unparsed.push(stripFinalStop(fragment));
  }
  return out;
}
