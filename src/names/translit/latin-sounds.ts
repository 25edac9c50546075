// A Latin name written as the sounds Chinese and Korean transcription hears in it, one letter per
// sound, so that a transcription pattern (han-sounds.ts, hangul-sounds.ts) can be tested against it
// with one regular expression. Spellings of one sound in the languages names come from share a
// letter (sh, sch, sz, zh → S; ch, cz, tch → C; th → T; ph → f; ck, q → k; kh → X; soft c → s;
// soft g → G), doubled letters are one sound, and the sounds transcription usually leaves out get
// upper-case letters a pattern may skip: h (H), the k of x (Q), r after a vowel (R, as in
// non-rhotic English: Parker 帕克, 로버트 Robert), a final silent e (E), a final d after n (D:
// Cleveland 克利夫兰) and a final t or d after a vowel or r, silent in French (D: Thibaudet 蒂博代).

const VOWEL = /[aeiouy]/;

// Longest first: the first spelling that matches at a position is taken.
const DIGRAPHS: readonly (readonly [string, string])[] = [
  ['tsch', 'C'],
  ['sch', 'S'],
  ['tch', 'C'],
  ['sh', 'S'],
  ['sz', 'S'],
  ['zh', 'S'],
  ['ch', 'C'],
  ['cz', 'C'],
  ['th', 'T'],
  ['ph', 'f'],
  ['gh', 'g'],
  ['kh', 'X'],
  ['ck', 'k'],
  ['rh', 'r'],
  ['dh', 'd'],
  ['bh', 'b'],
  ['jh', 'j'],
  ['wh', 'w'],
  ['dj', 'j'],
];

const MEMO = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/** The sound letters of one lower-case ASCII word (see the file comment). */
function encodeWord(word: string): string {
  let out = '';
  for (let i = 0; i < word.length;) {
    const rest = word.slice(i);
    const digraph = DIGRAPHS.find(([spelling]) => rest.startsWith(spelling));
    if (digraph !== undefined) {
      out += digraph[1];
      i += digraph[0].length;
      continue;
    }
    const ch = word[i]!;
    const prev = word[i - 1] ?? '';
    const next = word[i + 1] ?? '';
    // Spanish, French and Portuguese qu before e or i is k, its u silent (Márquez マルケス,
    // Enrique エンリケ); English qu is kw, and its u may stand for a vowel anyway.
    if (ch === 'q' && next === 'u' && /[ei]/.test(word[i + 2] ?? '')) {
      out += 'k';
      i += 2;
      continue;
    }
    const last = i === word.length - 1;
    // A final e after a consonant is silent, so an r before it ends a syllable (Theodore).
    const silentNext = next === 'e' && i + 1 === word.length - 1 && !VOWEL.test(ch);
    if (ch === 'c') out += /[eiy]/.test(next) ? 's' : 'c';
    else if (ch === 'g') out += /[eiy]/.test(next) ? 'G' : 'g';
    else if (ch === 'q') out += 'k';
    else if (ch === 'x') out += i === 0 ? 'x' : 'Qs';
    else if (ch === 'h') out += 'H';
    else if (ch === 'w') out += VOWEL.test(prev) && !VOWEL.test(next) ? 'u' : 'w';
    else if (ch === 'r') out += VOWEL.test(prev) && (!VOWEL.test(next) || silentNext) ? 'R' : 'r';
    else if (ch === 'e' && last && i > 1 && !VOWEL.test(prev)) out += 'E';
    else if (ch === 'd' && last && prev === 'n') out += 'D';
    // French leaves a final t or d after a vowel or r silent, and transcription follows it
    // (Thibaudet 蒂博代, Fulbert 富尔贝, Tiebout チボー); English names keep it (Bennett 班尼特).
    else if ((ch === 't' || ch === 'd') && last && (VOWEL.test(prev) || prev === 'r')) out += 'D';
    else out += ch;
    i++;
  }
  // One sound for a doubled letter (Allen, Pelle, Propp); vowels stay, they may be two syllables.
  return out.replace(/([^aeiouy])\1+/g, '$1');
}

/**
 * The sound letters of a Latin name given as lower-case ASCII tokens, words separated by one
 * space (Crewson → "crewson" → "creuson"; Alexander → "aleQsandeR").
 */
export function latinSounds(tokens: readonly string[]): string {
  const key = tokens.join(' ');
  const known = MEMO.get(key);
  if (known !== undefined) return known;
  const sounds = tokens.map(encodeWord).join(' ');
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(key, sounds);
  return sounds;
}
