// Costs are tuned for romanised names: transliterations disagree mostly on vowels, on an 'h'
// (Mohammed/Muhamad, Khalid/Kalid) and on doubled letters, far less on other consonants.
const VOWELS = 'aeiouy';
const CONFUSABLE_PAIRS = [
  'ck',
  'kq',
  'cq',
  'sz',
  'vw',
  'jy',
  'ij',
  'dt',
  'bp',
  'fv',
  'gj',
  'gq',
  'kg',
  'xs',
  '0o',
  '1l',
  '1i',
  '5s',
  '8b',
];
const MAX_LEN = 96;
// Three DP rows, rotated rather than copied after each row.
const rowsA = new Float64Array(MAX_LEN + 1);
const rowsB = new Float64Array(MAX_LEN + 1);
const rowsC = new Float64Array(MAX_LEN + 1);
const gapA = new Float64Array(MAX_LEN);
const gapB = new Float64Array(MAX_LEN);

/** Substitution costs for ASCII char codes, precomputed once: the DP's inner loop only reads it. */
const SUBSTITUTION = buildSubstitutionTable();
/** Insertion or deletion cost of a single ASCII character that is not doubled. */
const GAP = buildGapTable();

function buildSubstitutionTable(): Float32Array {
  const table = new Float32Array(128 * 128).fill(1);
  const isDigit = (c: number): boolean => c >= 48 && c <= 57;
  for (let a = 0; a < 128; a++) {
    for (let b = 0; b < 128; b++) {
      if (a === b) table[a * 128 + b] = 0;
      else if (isDigit(a) && isDigit(b)) table[a * 128 + b] = 1.5;
    }
  }
  for (const a of VOWELS) {
    for (const b of VOWELS) if (a !== b) table[a.charCodeAt(0) * 128 + b.charCodeAt(0)] = 0.5;
  }
  for (const pair of CONFUSABLE_PAIRS) {
    const a = pair.charCodeAt(0);
    const b = pair.charCodeAt(1);
    table[a * 128 + b] = 0.6;
    table[b * 128 + a] = 0.6;
  }
  return table;
}

function buildGapTable(): Float64Array {
  const table = new Float64Array(128).fill(1);
  table['h'.charCodeAt(0)] = 0.5;
  for (const vowel of VOWELS) table[vowel.charCodeAt(0)] = 0.6;
  return table;
}

const H = 'h'.charCodeAt(0);
const VOWEL_CODES: readonly number[] = Array.from(VOWELS, (ch) => ch.charCodeAt(0));

/**
 * True for an h between a vowel and a consonant (Ahmadi, Mehdi, Rahman): it closes a syllable and
 * stands for a consonant of its own (Arabic ح or ه), which romanisations keep, so it costs a full
 * edit. The cheap h is the one of digraphs and word ends (Khalid/Kalid, Abdullah/Abdulla); priced
 * as one, Emadi (عمادی) was Ahmadi (احمدی) at 0.83.
 */
function closesSyllable(ch: number, before: number, after: number): boolean {
  return (
    ch === H &&
    VOWEL_CODES.includes(before) &&
    after >= 97 &&
    after <= 122 &&
    after !== H &&
    !VOWEL_CODES.includes(after)
  );
}

/** Fills `out` with the cost of inserting or deleting each character of `s`. */
function fillGapCosts(s: string, out: Float64Array): void {
  const n = s.length;
  let before = -1;
  let ch = n > 0 ? s.charCodeAt(0) : -1;
  for (let i = 0; i < n; i++) {
    const after = i + 1 < n ? s.charCodeAt(i + 1) : -1;
    // A doubled letter written once (Haqqani/Haqani, Mohammed/Mohamed) is the cheapest variation.
    if (before === ch || after === ch) out[i] = 0.3;
    else if (closesSyllable(ch, before, after)) out[i] = 1;
    else out[i] = ch < 128 ? GAP[ch]! : 1;
    before = ch;
    ch = after;
  }
  // A letter added or dropped at the start changes a name far more than one inside it
  // (Anna/Banna, Mann/Aman), so it costs half as much again.
  if (n > 0 && out[0]! < 1) out[0] = 1;
  if (n > 0) out[0] = out[0]! * 1.5;
}

/**
 * Weighted edit distance (Levenshtein with adjacent transpositions) between two ASCII tokens, where
 * confusable letters, vowels, doubled letters and 'h' cost less than other edits; returns Infinity
 * as soon as the cost must exceed `limit`, which keeps rejected pairs cheap.
 */
export function editCost(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n > MAX_LEN || m > MAX_LEN) return Infinity;
  if (Math.abs(n - m) * 0.3 > limit) return Infinity;
  fillGapCosts(a, gapA);
  fillGapCosts(b, gapB);
  let prev2 = rowsA;
  let prev = rowsB;
  let row = rowsC;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1]! + gapB[j - 1]!;
  let ca = 0;
  for (let i = 1; i <= n; i++) {
    const lastA = ca;
    ca = a.charCodeAt(i - 1) & 127;
    const base = ca * 128;
    const del = gapA[i - 1]!;
    row[0] = prev[0]! + del;
    let rowMin = prev[0]! + del;
    let cb = 0;
    for (let j = 1; j <= m; j++) {
      const lastB = cb;
      cb = b.charCodeAt(j - 1) & 127;
      let best = prev[j - 1]! + SUBSTITUTION[base + cb]!;
      const viaDelete = prev[j]! + del;
      if (viaDelete < best) best = viaDelete;
      const viaInsert = row[j - 1]! + gapB[j - 1]!;
      if (viaInsert < best) best = viaInsert;
      if (i > 1 && j > 1 && ca === lastB && lastA === cb && ca !== cb) {
        const viaSwap = prev2[j - 2]! + 0.8;
        if (viaSwap < best) best = viaSwap;
      }
      row[j] = best;
      if (best < rowMin) rowMin = best;
    }
    if (rowMin > limit) return Infinity;
    const spare = prev2;
    prev2 = prev;
    prev = row;
    row = spare;
  }
  const cost = prev[m]!;
  return cost > limit ? Infinity : cost;
}

/**
 * The edit cost a token of `length` characters may absorb: none up to 2 characters (initials and
 * short tokens must be exact), a vowel change at 3, then growing with the logarithm of the length,
 * times `tolerance`.
 */
export function editBudget(length: number, tolerance = 1): number {
  if (length < 3) return 0;
  // Three letters absorb one vowel change or one doubled letter (Isa/Esa), nothing more.
  if (length === 3) return tolerance === 0 ? 0 : 0.5;
  return (Math.log(length - 2) / Math.log(2.35)) * tolerance;
}
