/** The four files of an OFAC legacy CSV publication. */
export type OfacCsvPart = 'sdn' | 'alt' | 'add' | 'comments';

const EMPTY = String.raw`(?:-0-\s*)`;
const QUOTED = String.raw`(?:"[^"]*")`;
const FIELD = `(?:${QUOTED}|${EMPTY})`;

/** Row shapes of each legacy file; `-0-` is OFAC's empty field. */
const PART_ROWS: readonly [OfacCsvPart, RegExp][] = [
  ['sdn', new RegExp(`^\\d+,${QUOTED},(?:"(?:individual|vessel|aircraft)"|${EMPTY}),${FIELD},`)],
  ['alt', new RegExp(`^\\d+,\\d+,"(?:aka|fka|nka)",${QUOTED},${FIELD}\\s*$`, 'i')],
  ['add', new RegExp(`^\\d+,\\d+,${FIELD},${FIELD},${FIELD},${FIELD}\\s*$`)],
  ['comments', new RegExp(`^\\d+,"`)],
];

/** The complete lines of a file's head (a cut last line is left out unless it is the only one). */
function headLines(head: string): string[] {
  const lines = head.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > 1) lines.pop();
  return lines.filter((l) => l.trim() !== '' && l !== '\x1a');
}

/**
 * Which file of an OFAC legacy CSV set this is, from its first lines: most complete lines must
 * have that file's shape. sdn.csv is tried first, as its rows would also pass the looser tests.
 */
export function sniffOfacCsvPart(head: string): OfacCsvPart | undefined {
  const lines = headLines(head).slice(0, 20);
  if (lines.length === 0) return undefined;
  for (const [part, pattern] of PART_ROWS) {
    const hits = lines.filter((l) => pattern.test(l)).length;
    if (hits * 2 > lines.length) return part;
  }
  return undefined;
}

/**
 * Tells from the first few KB of a file's text whether it is an OFAC list this project reads:
 * 'ofac-csv' for a legacy sdn.csv (the main file of the set), 'ofac-json' for the SDN names file.
 */
export function sniffOfac(head: string): 'ofac-csv' | 'ofac-json' | undefined {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{')) {
    // The mirror opens with a metadata header naming OFAC; entries follow with uid and names.
    const mentionsOfac = /OFAC|ofac\.treas/.test(text);
    const hasEntries = /"entries"\s*:\s*\[/.test(text) || /"uid"\s*:\s*\d+/.test(text);
    return mentionsOfac && hasEntries && /"alternateNames"/.test(text) ? 'ofac-json' : undefined;
  }
  return sniffOfacCsvPart(text) === 'sdn' ? 'ofac-csv' : undefined;
}
