// The Chinese and Korean press name a listed organisation by translating it (伊斯兰革命卫队 =
// Islamic Revolutionary Guard Corps, 제2자연과학원 = Second Academy of Natural Sciences) or by the
// name its own Wikipedia gives it (真主党 = Hezbollah, 基地组织 = al-Qaida); the lists print it in
// English. A
// query made wholly of the table's words and names is also read in English. Tables and sources:
// src/names/data/cjk-organisation-terms.json, with the company terms of han-company-terms.json
// and hangul-company-terms.json.
import hanCompany from '../data/han-company-terms.json' with { type: 'json' };
import hangulCompany from '../data/hangul-company-terms.json' with { type: 'json' };
import { loadTable } from '../load-table.ts';
import { toSimplified } from './simplified-chinese.ts';

interface OrganisationTerms {
  readonly names: Readonly<Record<string, string>>;
  readonly words: Readonly<Record<string, string>>;
  readonly places: Readonly<Record<string, string>>;
}

/** A known word of the text: its English, and whether it is this table's own or a place. */
interface Piece {
  readonly english: string;
  readonly kind: 'name' | 'word' | 'place' | 'company';
}

interface Dictionary {
  readonly entries: Map<string, Piece>;
  readonly longest: number;
}

let dictionary: Dictionary | undefined;

function load(): Dictionary {
  if (dictionary !== undefined) return dictionary;
  const terms = loadTable('cjk-organisation-terms.json') as OrganisationTerms;
  const entries = new Map<string, Piece>();
  const put = (table: Readonly<Record<string, string>>, kind: Piece['kind']): void => {
    // Han words are looked up in simplified characters (see segment).
    for (const [written, english] of Object.entries(table)) {
      const word = toSimplified(written);
      if (!entries.has(word)) entries.set(word, { english, kind });
    }
  };
  put(terms.names, 'name');
  put(terms.places, 'place');
  put(terms.words, 'word');
  for (const table of [
    hanCompany.legal,
    hanCompany.words,
    hangulCompany.legal,
    hangulCompany.words,
  ])
    put(table, 'company');
  const longest = Math.max(...Array.from(entries.keys(), (word) => Array.from(word).length));
  dictionary = { entries, longest };
  return dictionary;
}

/** The text as known words, longest first, or undefined when some of it is no known word. */
function segment(text: string): Piece[] | undefined {
  const { entries, longest } = load();
  const chars = Array.from(toSimplified(text));
  const pieces: Piece[] = [];
  for (let i = 0; i < chars.length;) {
    let piece: Piece | undefined;
    let size = Math.min(longest, chars.length - i);
    for (; size >= 1 && piece === undefined; size--)
      piece = entries.get(chars.slice(i, i + size).join(''));
    if (piece === undefined) return undefined;
    pieces.push(piece);
    i += size + 1;
  }
  return pieces;
}

/**
 * English readings of a Chinese or Korean organisation name made wholly of the table's words
 * (伊斯兰革命卫队 → islamic revolutionary guard corps), with and without the country it starts
 * with, or none. It needs a name of the table, or two words of which one is the table's own (not
 * only company terms, which the company readers already translate).
 */
export function cjkOrganisationReadings(text: string): string[] {
  const pieces = segment(text.replace(/\s+/gu, ''));
  if (pieces === undefined) return [];
  const own = pieces.some((piece) => piece.kind === 'name' || piece.kind === 'word');
  if (!own || (pieces.length < 2 && pieces[0]?.kind !== 'name')) return [];
  const words = (from: readonly Piece[]): string[] =>
    from.flatMap((piece) => piece.english.split(' ')).filter((word) => word !== '');
  if (pieces[pieces.length - 1]?.english === 'ministry') return ministryReadings(pieces, words);
  const readings = [words(pieces).join(' ')];
  // Without the country it starts with (伊朗伊斯兰革命卫队 is ISLAMIC REVOLUTIONARY GUARD CORPS),
  // when a name of the table or three words remain: two generic words alone ('central bank')
  // would meet every listed body that bears them.
  const start = pieces.findIndex((piece) => piece.kind !== 'place');
  const rest = pieces.slice(start);
  if (start > 0 && (rest.some((piece) => piece.kind === 'name') || words(rest).length >= 3))
    readings.push(words(rest).join(' '));
  return [...new Set(readings)];
}

/** The English adjective of a country word (iran → iranian), from han-company-terms.json. */
const PLACE_ADJECTIVES: Readonly<Record<string, string>> = hanCompany.placeAdjectives;

/**
 * A government ministry: Chinese writes its field before 部 (伊朗石油部, Iran's oil ministry), the
 * lists "MINISTRY OF PETROLEUM", a.k.a. "IRANIAN MINISTRY OF PETROLEUM". Read so, with the
 * country's adjective before it and without the country; none when the name is no ministry.
 */
function ministryReadings(
  pieces: readonly Piece[],
  words: (from: readonly Piece[]) => string[],
): string[] {
  if (pieces.length < 2 || pieces[pieces.length - 1]?.english !== 'ministry') return [];
  const start = pieces.findIndex((piece) => piece.kind !== 'place');
  const field = words(pieces.slice(start, -1));
  // 中国国防部: a country word the company table knows (China) is no field of a ministry.
  const countries = new Set<string>(hanCompany.places);
  if (start < 0 || field.length === 0 || pieces.slice(start).some((p) => countries.has(p.english)))
    return [];
  const ministry = `ministry of ${field.join(' ')}`;
  const places = pieces.slice(0, start).map((piece) => piece.english);
  const adjectives = places.map((place) => PLACE_ADJECTIVES[place] ?? place);
  return [
    ...new Set([...(places.length > 0 ? [`${adjectives.join(' ')} ${ministry}`] : []), ministry]),
  ];
}
