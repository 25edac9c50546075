// Greek names: modern pronunciation (ELOT 743 / UN) first, with the digraph variants that lists and
// passports use (ντ as d or nt, μπ as b or mp, ου as ou or u, αι as ai or e).

type Rule = readonly [RegExp, string];

const BASE: Readonly<Record<string, string>> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

// Applied before the letter table, in order; each set yields one variant.
const SYSTEMS: readonly (readonly Rule[])[] = [
  // ELOT 743: Nikolaos, Alexandros, Vlantimir.
  [
    [/γγ/g, 'ng'],
    [/γκ/g, 'gk'],
    [/γξ/g, 'nx'],
    [/γχ/g, 'nch'],
    [/ου/g, 'ou'],
    [/αυ/g, 'av'],
    [/ευ/g, 'ev'],
    [/ηυ/g, 'iv'],
  ],
  // Phonetic English: Vladimir, Putin, Mitsotakis; ντ → d, μπ → b, ου → u. The press writes a
  // foreign b as μπ inside a word too (Αμπράμοβιτς Abramovich, Ομπάμα Obama), so μπ is b throughout;
  // the ELOT reading keeps mp.
  [
    [/ντ/g, 'd'],
    [/μπ/g, 'b'],
    [/γγ/g, 'ng'],
    [/^γκ/, 'g'],
    [/γκ/g, 'ng'],
    [/ου/g, 'u'],
    [/αι/g, 'e'],
    [/ει/g, 'i'],
    [/οι/g, 'i'],
    [/αυ/g, 'af'],
    [/ευ/g, 'ef'],
    [/χ/g, 'h'],
  ],
  // Classical/English forms: Alexander-like spellings keep y for υ and ch for χ, ου as ou.
  [
    [/ου/g, 'ou'],
    [/αυ/g, 'au'],
    [/ευ/g, 'eu'],
    [/η/g, 'e'],
    [/β/g, 'b'],
    [/υ/g, 'y'],
    [/κ/g, 'c'],
  ],
];

function apply(word: string, rules: readonly Rule[]): string {
  let text = word;
  for (const [pattern, replacement] of rules) text = text.replace(pattern, replacement);
  let out = '';
  for (const ch of text) out += BASE[ch] ?? ch;
  return out;
}

/** Romanisations of one Greek word, most likely first (Νικόλαος → nikolaos). */
export function romanizeGreekWord(word: string): string[] {
  const bare = word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  return [...new Set(SYSTEMS.map((rules) => apply(bare, rules)))];
}
