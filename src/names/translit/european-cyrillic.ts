import { escapeRegExp } from '../../core/index.ts';
import { foldLatin } from './fold-latin.ts';

// European spellings of Russian and Ukrainian names, turned back into the English (BGN/PCGN-like)
// romanisation the lists use: the German press writes Вексельберг "Wekselberg", the Polish
// "Wekselberg" and Щ "szcz", the French "ou" for у. Each language's table reverses that language's
// own transcription of Cyrillic (sources in src/names/data/SOURCES.md); a table is tried only when
// the name carries letters that language's transcription writes. The result is an extra reading of
// the query, never a replacement: "Wolf" stays a reading of itself.

/** One language's reverse transcription: letter groups as that language writes them → English. */
interface ReverseTable {
  language: string;
  /** Letter groups that only this language's transcription writes; one must occur. */
  markers: RegExp;
  /** Letter groups (lower case) and their English romanisation, longest match first. */
  rules: Readonly<Record<string, string>>;
}

const TABLES: readonly ReverseTable[] = [
  {
    // Duden / DIN 1460 German transcription: ш sch, ч tsch, щ schtsch, х ch, в w, й/я/ю/е j-.
    language: 'de',
    markers: /tsch|sch|w|(?:ow|ew|ij)\b/,
    rules: {
      schtsch: 'shch',
      tsch: 'ch',
      sch: 'sh',
      ch: 'kh',
      w: 'v',
      ja: 'ya',
      je: 'ye',
      jo: 'yo',
      ju: 'yu',
      ij: 'iy',
      aj: 'ay',
      ej: 'ey',
      oj: 'oy',
      uj: 'uy',
      ss: 's',
    },
  },
  {
    // Polish transcription (PN-ISO 9 practice of the Polish press): ш sz, ч cz, щ szcz, ж ż, х ch,
    // в w, л ł, е after consonant ie, й j.
    language: 'pl',
    markers: /[łżśćń]|cz|sz|ie|iej|w/,
    rules: {
      szcz: 'shch',
      cz: 'ch',
      sz: 'sh',
      ch: 'kh',
      ż: 'zh',
      ł: 'l',
      w: 'v',
      iej: 'ey',
      ie: 'e',
      ja: 'ya',
      je: 'ye',
      jo: 'yo',
      ju: 'yu',
      ij: 'iy',
      aj: 'ay',
      ej: 'ey',
      oj: 'oy',
      uj: 'uy',
      ń: 'n',
      ś: 's',
      ć: 't',
    },
  },
  {
    // French transcription: у ou, ш ch, ч tch, ж j, -ин -ine, -ов -ov/-off, с between vowels ss.
    language: 'fr',
    markers: /ou|tch|ine\b|off\b|ï/,
    rules: {
      tch: 'ch',
      ch: 'sh',
      ou: 'u',
      j: 'zh',
      ï: 'i',
      ine: 'in',
      off: 'ov',
      eff: 'ev',
      ss: 's',
      gue: 'ge',
      gui: 'gi',
    },
  },
  {
    // Spanish transcription: х j, г before e/i gu.
    language: 'es',
    markers: /[aeiouáéíóú]j[aeiouáéíóú]|gue|gui/,
    rules: { j: 'kh', gue: 'ge', gui: 'gi' },
  },
  {
    // Czech, Slovak and Serbo-Croatian (scientific transliteration): ч č, ш š, ж ž, х ch, й j.
    language: 'cs',
    markers: /[čšžćřě]/,
    rules: {
      č: 'ch',
      ć: 'ch',
      š: 'sh',
      ž: 'zh',
      ř: 'rzh',
      ě: 'e',
      ch: 'kh',
      ja: 'ya',
      je: 'ye',
      jo: 'yo',
      ju: 'yu',
      ij: 'iy',
      aj: 'ay',
      ej: 'ey',
      oj: 'oy',
      uj: 'uy',
    },
  },
  {
    // Estonian transcription: ч tš, ш š, ж ž, х hh (between vowels), й j.
    language: 'et',
    markers: /tš|hh/,
    rules: { tš: 'ch', š: 'sh', ž: 'zh', hh: 'kh', ja: 'ya', je: 'ye', ju: 'yu', jo: 'yo' },
  },
  {
    // Hungarian transcription: д before soft vowel gy, н ny, с sz, ж zs, ч cs, й j.
    language: 'hu',
    markers: /gy|ny|sz|zs|cs/,
    rules: { gy: 'd', ny: 'n', sz: 's', zs: 'zh', cs: 'ch', ja: 'ya', je: 'ye', ju: 'yu' },
  },
  {
    // Norwegian, Danish and Swedish transcription (Språkrådet; Swedish TT practice): ш sj, ч tsj
    // (Swedish and Danish tj), щ sjtsj/sjtj, ж sj/zj, й j: Abramovitsj, Setsjin, Khodorkovskij.
    language: 'no',
    markers: /sj|zj/,
    rules: {
      sjtsj: 'shch',
      sjtj: 'shch',
      tsj: 'ch',
      tj: 'ch',
      sj: 'sh',
      zj: 'zh',
      ja: 'ya',
      je: 'ye',
      jo: 'yo',
      ju: 'yu',
      ij: 'iy',
      aj: 'ay',
      ej: 'ey',
      oj: 'oy',
      uj: 'uy',
    },
  },
  {
    // Dutch transcription (Taalunie, "Transcriptie van Russische namen"): у oe, ш sj, ч tsj, щ sjtsj,
    // ж zj, х ch, й/я/ю j-: Joeri Kovaltsjoek, Alisjer Oesmanov, Igor Sjoevalov. Tried only for joe
    // inside a word, or oe with another of Dutch's letter groups: German writes ö as oe (Schroeder).
    language: 'nl',
    markers: /joe(?=[a-z])|oe(?=.*(?:sj|zj|j[aeou]|(?<!s)ch))|(?:sj|zj|j[aeou]|(?<!s)ch).*oe/,
    rules: {
      sjtsj: 'shch',
      tsj: 'ch',
      sj: 'sh',
      zj: 'zh',
      ch: 'kh',
      joe: 'yu',
      oe: 'u',
      ja: 'ya',
      je: 'ye',
      jo: 'yo',
      ij: 'iy',
      aj: 'ay',
      ej: 'ey',
      oj: 'oy',
      uj: 'uy',
    },
  },
  {
    // Romanian transcription: ц ț, ш ș, ы î.
    language: 'ro',
    markers: /[țşșţ]/,
    rules: { ț: 'ts', ţ: 'ts', ș: 'sh', ş: 'sh' },
  },
];

/** Each table's markers, global, to count them: made once, not per name screened. */
const MARKER_COUNTERS = TABLES.map((table) => new RegExp(table.markers.source, 'g'));

const PATTERNS = TABLES.map((table) => {
  const keys = Object.keys(table.rules).sort((a, b) => b.length - a.length);
  return new RegExp(keys.map(escapeRegExp).join('|'), 'g');
});

/** Most extra readings one name gets. */
const MAX_VARIANTS = 2;

/**
 * English romanisations of a Latin-script name that may be a European language's transcription of
 * a Russian or Ukrainian name ("Wladimir Bogdanow" → "vladimir bogdanov", "Alicher Ousmanov" →
 * "alisher usmanov"), most telling language first; empty when no language's letters occur or
 * nothing changes. The result keeps its diacritics out: it is plain lower-case ASCII letters.
 */
export function reverseEuropeanTranscriptions(name: string): string[] {
  const lower = name.normalize('NFC').toLowerCase();
  if (!/\p{Script=Latin}/u.test(lower)) return [];
  const scored: { text: string; hits: number }[] = [];
  TABLES.forEach((table, i) => {
    const hits = lower.match(MARKER_COUNTERS[i]!)?.length ?? 0;
    if (hits === 0) return;
    const text = foldLatin(lower.replace(PATTERNS[i]!, (group) => table.rules[group] ?? group));
    scored.push({ text, hits });
  });
  const plain = foldLatin(lower);
  const seen = new Set([plain]);
  return scored
    .sort((a, b) => b.hits - a.hits)
    .map((s) => s.text)
    .filter((text) => !seen.has(text) && seen.add(text))
    .slice(0, MAX_VARIANTS);
}

/**
 * The English romanisation of a Latin-script name read by one language's table, whatever letters
 * it carries: where the text around a name is known to be French, "Mordachov" is that language's
 * transcription of Мордашов though it holds none of the French markers. Undefined when the
 * language has no table or the reading changes nothing.
 */
export function reverseTranscriptionAs(name: string, language: string): string | undefined {
  const index = TABLES.findIndex((table) => table.language === language);
  const table = TABLES[index];
  if (table === undefined) return undefined;
  const lower = name.normalize('NFC').toLowerCase();
  if (!/\p{Script=Latin}/u.test(lower)) return undefined;
  const text = foldLatin(lower.replace(PATTERNS[index]!, (group) => table.rules[group] ?? group));
  return text === foldLatin(lower) ? undefined : text;
}
