import { escapeRegExp } from '../../core/index.ts';
import type { Identifier } from '../../core/index.ts';
import { toCountryCode } from '../../names/index.ts';

/**
 * Document and registry labels seen in OFAC remarks (2021 and 2024 SDN.CSV), as OFAC writes them.
 * Tried longest first, so that "Passport No." wins over "Passport".
 */
const LABELS = [
  'Passport',
  'Passport No.',
  'Passport Booklet',
  'Diplomatic Passport',
  'British National Overseas Passport',
  'Stateless Person Passport',
  'Stateless Person ID Card',
  'National ID No.',
  'National Foreign ID Number',
  'Personal ID Card',
  'Tazkira National ID Card',
  'Kenyan ID No.',
  'Moroccan Personal ID No.',
  'Bosnian Personal ID No.',
  'Turkish Identification Number',
  'UAE Identification',
  "Citizen's Card Number",
  'Identification Number',
  'Numero de Identidad',
  'CNP (Personal Numerical Code)',
  'Refugee ID Card',
  'Travel Document Number',
  'Residency Number',
  'Romanian Permanent Resident CAN',
  'Birth Certificate Number',
  "Driver's License No.",
  'Pilot License Number',
  "Seafarer's Identification Document",
  'Military Registration Number',
  'Cartilla de Servicio Militar Nacional',
  'Credencial electoral',
  'Electoral Registry No.',
  'I.F.E.',
  'VisaNumberID',
  'SRE Permit No.',
  'Permit Number',
  'Immigration No.',
  'Public Security and Immigration No.',
  'SSN',
  'Cedula No.',
  'C.U.R.P.',
  'R.F.C.',
  'RFC',
  'C.U.I.',
  'C.U.I.T.',
  'C.U.I.P.',
  'D.N.I.',
  'N.I.E.',
  'N.I.F.',
  'C.I.F.',
  'C.I.N.',
  'RTN',
  'NIT',
  'RUC',
  'RIF',
  'LE Number',
  'Tax ID No.',
  'US FEIN',
  'Italian Fiscal Code',
  'Fiscal Code',
  'Romanian Tax Registration',
  'Paraguayan tax identification number',
  'Numero Unico de Identificacao Tributaria (NUIT)',
  'V.A.T. Number',
  'Registration Number',
  'Registration ID',
  'Registration Certificate Number (Dubai)',
  'Business Registration Number',
  'Business Registration Document',
  'Business Number',
  'Public Registration Number',
  'Central Registration System Number',
  'MSB Registration Number',
  'Government Gazette Number',
  'Company Number',
  'UK Company Number',
  'Commercial Registry Number',
  'Romanian C.R.',
  'C.R. No.',
  'Folio Mercantil No.',
  'Matricula Mercantil No',
  'Chamber of Commerce Number',
  'Istanbul Chamber of Comm. No.',
  'Dubai Chamber of Commerce Membership No.',
  'Certificate of Incorporation Number',
  'Economic Register Number (CBLS)',
  'Enterprise Number',
  'Branch Unit Number',
  'Legal Entity Number',
  'Unified Social Credit Code (USCC)',
  'United Social Credit Code Certificate (USCCC)',
  'Organization Code',
  'Trade License No.',
  'Tourism License No.',
  'Afghan Money Service Provider License Number',
  'Registered Charity No.',
  'Trademark number',
  'License',
  'D-U-N-S Number',
  'SWIFT/BIC',
  'BIK (RU)',
  'ISIN',
  'RSIN',
  'File Number',
  'Serial No.',
  'Chinese Commercial Code',
];

const KNOWN = new RegExp(
  `^(${[...LABELS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?:\\s*#)?\\s*:?\\s+(\\S.*)$`,
);

/** Labels OFAC may add later, recognised by their last word; the value must hold a digit. */
const GENERIC = /^([A-Z][^\d;:]{1,60}?\s(?:No\.|Number|ID|Code|Card))(?:\s*#)?\s*:?\s+(\S*\d.*)$/;

/** Strips one final full stop unless it ends an abbreviation ("S.A.", "LTD."). */
export function stripFinalStop(text: string): string {
  const t = text.trim();
  if (!t.endsWith('.')) return t;
  if (/(?:^|[\s.,(])[A-Za-z]\.$/.test(t)) return t;
  if (/\b(?:LTD|LTDA|INC|CO|CORP|JR|SR|NO|ST|DR|ETC|LLC|PLC)\.$/i.test(t)) return t;
  return t.slice(0, -1).trimEnd();
}

/**
 * Reads one remarks fragment naming a document or registry number, e.g.
 * "Passport A123456 (Pakistan) issued 12 Jan 2001"; undefined when it is not one.
 */
export function parseOfacIdentifier(fragment: string): Identifier | undefined {
  const m = KNOWN.exec(fragment) ?? GENERIC.exec(fragment);
  if (!m) return undefined;
  const type = m[1]!;
  const rest = m[2]!;
  if (/^(?:issued|expires|expired)\b/i.test(rest)) return undefined;
  const { value, country, note } = splitValue(rest);
  if (value === '') return undefined;
  return {
    type,
    value,
    ...(country !== undefined ? { country } : {}),
    ...(note !== '' ? { note } : {}),
  };
}

/** Splits "A123 (Pakistan) issued 2001" into the number, the issuing country and the rest. */
function splitValue(rest: string): { value: string; country: string | undefined; note: string } {
  const groups = /\s*\(([^()]+)\)/g;
  for (let m = groups.exec(rest); m !== null; m = groups.exec(rest)) {
    const country = toCountryCode(m[1]!);
    if (country === undefined) continue;
    return {
      value: stripFinalStop(rest.slice(0, m.index)),
      country,
      note: cleanNote(rest.slice(m.index + m[0].length)),
    };
  }
  const tail = /[\s,]+(?:issued|expires|expired|valid)\b/i.exec(rest);
  if (tail) {
    return {
      value: stripFinalStop(rest.slice(0, tail.index)),
      country: undefined,
      note: cleanNote(rest.slice(tail.index)),
    };
  }
  return { value: stripFinalStop(rest), country: undefined, note: '' };
}

function cleanNote(text: string): string {
  return stripFinalStop(text.replace(/^[\s,;]+/, ''));
}
