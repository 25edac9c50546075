// The press names a listed organisation in its own language (Islamische Revolutionsgarde, Estado
// Islámico, Banque centrale d'Iran); the lists print it in English, and the EU list only some of
// it in other languages. A query whose generic words are German, French, Spanish, Portuguese,
// Italian, Turkish or Indonesian is also read with those words in English: in their order, and
// reversed, because Romance languages and Indonesian put the adjective after the noun (Guardia
// Revolucionaria Islámica, Korps Pengawal Revolusi Islam → islamic revolutionary guard), while
// Turkish, like English, puts it first (İran Devrim Muhafızları). The table is
// data/organisation-word-translations.json (sources there).
import { loadTable } from './load-table.ts';
import { foldLatin } from './translit/fold-latin.ts';

interface TranslationTable {
  readonly words: Readonly<Record<string, string>>;
  readonly dropped: readonly string[];
  readonly demonyms: Readonly<Record<string, string>>;
}

interface Translations {
  words: Map<string, string>;
  dropped: Set<string>;
  demonyms: Map<string, string>;
}

let table: Translations | undefined;

function translations(): Translations {
  if (table === undefined) {
    const data = loadTable('organisation-word-translations.json') as TranslationTable;
    table = {
      words: new Map(Object.entries(data.words)),
      dropped: new Set(data.dropped),
      demonyms: new Map(Object.entries(data.demonyms)),
    };
  }
  return table;
}

/**
 * A reading with each country's name as the adjective English names put there: Indonesian and
 * Turkish write the country where English has its adjective (Perusahaan Minyak Nasional Iran,
 * İran Ulusal Tanker Şirketi → national iranian oil company, national iranian tanker company).
 */
function withDemonyms(reading: string, demonyms: ReadonlyMap<string, string>): string {
  return reading
    .split(' ')
    .map((word) => demonyms.get(word) ?? word)
    .join(' ');
}

/**
 * Fewest table words a name needs to be read in English: one generic word in a name (Banque de
 * France, Maria Guarda) says little about what the name is, and its English reading met listed
 * names that share that word alone.
 */
const MIN_TRANSLATED_WORDS = 2;

/**
 * English readings of an organisation name written in German, French, Spanish, Portuguese or
 * Italian (Estado Islámico → state islamic, islamic state), or none when fewer than two English
 * words come from the table or the reading would not change it.
 */
export function translatedOrganisationReadings(text: string): string[] {
  const { words, dropped, demonyms } = translations();
  const folded = foldLatin(text)
    .toLowerCase()
    .split(/[\s'’\-–—,.()]+/u)
    .filter((word) => word !== '');
  let found = 0;
  let changed = false;
  // The name's words in English, cut where an article or preposition stood (Banco Central | Irán).
  const segments: string[][] = [[]];
  for (const word of folded) {
    const translated = words.get(word);
    if (translated !== undefined) {
      found += translated.split(' ').length;
      if (translated !== word) changed = true;
      segments.at(-1)!.push(translated);
    } else if (!dropped.has(word)) segments.at(-1)!.push(word);
    else if (segments.at(-1)!.length > 0) segments.push([]);
  }
  if (found < MIN_TRANSLATED_WORDS || !changed) return [];
  const english = segments.flat();
  const stretches = segments.filter((segment) => segment.length > 0);
  const readings = [
    english.join(' '),
    // Romance order: the noun before its adjectives, "of" phrases after it (Banco Central de
    // Irán → central bank of iran; Guardia Revolucionaria Islámica → islamic revolutionary guard).
    stretches.map((segment) => [...segment].reverse().join(' ')).join(' of '),
    // German genitives after the noun (Korps der Islamischen Revolutionsgarden → islamic
    // revolutionary guards corps), and a whole reversal (Ejército de Resistencia del Señor).
    [...stretches].reverse().flat().join(' '),
    [...english].reverse().join(' '),
  ];
  return [...new Set([...readings, ...readings.map((r) => withDemonyms(r, demonyms))])];
}
