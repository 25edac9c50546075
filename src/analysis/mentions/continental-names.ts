import type { Mention } from '../article-types.ts';
import { shippedNerModel } from './ner/index.ts';

// "Jean-Yves Le Drian", "Dominique de Villepin", "Ursula von der Leyen", "Marine Le Pen": a given
// name, one or two particles and a capitalised surname. The English-trained tagger breaks these
// at the particle (it took "Yves Le" for a place), so a part would be screened alone.
const PARTICLE_NAME =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+((?:(?:de|du|des|von|van|der|den|Le|La)\s+){1,2})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
// French given names the English lexicon files as common words ("jean", "marine").
const FRENCH_GIVEN = new Set(
  'jean pierre marine anne paul louis claude michel luc marc rené andré yves'.split(' '),
);
// German offices written as one word with the name after them ("Bundesaußenministerin Annalena
// Baerbock", "Kanzler Scholz", "Regierungssprecher Steffen Hebestreit").
const GERMAN_TITLE =
  /^(?:\p{Lu}\p{Ll}*)?(?:minister|ministerin|kanzler|kanzlerin|sprecher|sprecherin|präsident|präsidentin|chef|chefin|vorsitzender|vorsitzende|botschafter|botschafterin|kommissar|kommissarin|bürgermeister|bürgermeisterin|sekretär|sekretärin)$/iu;
// "Le Conseil", "la Commission": a French article and one head word is a body the text named
// before, not a name to screen.
const ARTICLE_AND_HEAD = /^(?:Le|La|Les|L['’])\s*(\p{Lu}\p{Ll}+)$/u;
const FRENCH_HEADS = new Set(
  'conseil commission gouvernement parlement assemblée sénat tribunal cour ministère parquet élysée'.split(
    ' ',
  ),
);

/**
 * Mends the names of continental European news that the English-trained tagger splits or runs
 * together: particle names are made one person mention, a German office glued before a name is
 * set aside as its role (the surname after a cut given name taken in), and a French article with
 * one head word ("Le Conseil") is dropped.
 */
export function mendContinentalNames(text: string, mentions: readonly Mention[]): Mention[] {
  const lexicon = shippedNerModel().lexicon;
  const given = (word: string): boolean =>
    word
      .toLowerCase()
      .split('-')
      .some(
        (part) => FRENCH_GIVEN.has(part) || ['first', 'person'].includes(lexicon.get(part) ?? ''),
      );
  const joined: Mention[] = [];
  for (const m of text.matchAll(PARTICLE_NAME)) {
    if (!given(m[1] ?? '')) continue;
    const name = m[0].replace(/\s+/gu, ' ');
    joined.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      type: 'person',
      source: 'rule',
      name,
      honorifics: [],
    });
  }
  const kept = mentions
    .filter((m) => !joined.some((j) => m.start < j.end && j.start < m.end))
    .filter((m) => !droppedBody(m))
    .map((m) => setGermanTitleAside(text, m, lexicon));
  return [...kept, ...joined].sort((a, b) => a.start - b.start || b.end - a.end);
}

function droppedBody(mention: Mention): boolean {
  if (mention.type === 'person' || mention.source === 'gazetteer') return false;
  const head = ARTICLE_AND_HEAD.exec(mention.name)?.[1];
  return head !== undefined && FRENCH_HEADS.has(head.toLowerCase());
}

function setGermanTitleAside(
  text: string,
  mention: Mention,
  lexicon: ReadonlyMap<string, string>,
): Mention {
  if (mention.type !== 'person' || mention.source === 'gazetteer') return mention;
  const words = mention.text.split(' ');
  const title = words[0] ?? '';
  // Only a title still inside the name: one set aside before ("Minister Smith") stays as it is.
  if (words.length < 2 || !GERMAN_TITLE.test(title) || !mention.name.startsWith(title))
    return mention;
  const start = mention.start + title.length + 1;
  let end = mention.end;
  // "Regierungssprecher Steffen" + " Hebestreit": the surname the tagger left out.
  const next = /^ (\p{Lu}\p{Ll}+)(?![\p{L}])/u.exec(text.slice(end))?.[1];
  if (words.length === 2 && next !== undefined && lexicon.get(next.toLowerCase()) === undefined)
    end += next.length + 1;
  const rest = text.slice(start, end);
  return {
    ...mention,
    start,
    end,
    text: rest,
    name: rest.replace(/['’]s?$/u, ''),
    honorifics: [...mention.honorifics, title],
  };
}
