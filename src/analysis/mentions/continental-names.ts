import type { Mention } from '../article-types.ts';
import { shippedNerModel } from './ner/index.ts';
import { setGermanLeadAside } from './german-lead-words.ts';

// "Jean-Yves Le Drian", "Dominique de Villepin", "Ursula von der Leyen", "Marine Le Pen": a given
// name, one or two particles and a capitalised surname. The English-trained tagger breaks these
// at the particle (it took "Yves Le" for a place), so a part would be screened alone.
const PARTICLE_NAME =
  /(?<![\p{L}'’-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+((?:(?:de|du|des|von|van|der|den|Le|La)\s+){1,2})(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/gu;
// French given names the English lexicon files as common words ("jean", "marine").
const FRENCH_GIVEN = new Set(
  'jean pierre marine anne paul louis claude michel luc marc rené andré yves'.split(' '),
);
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
 * set aside as its role with the function words before it (german-lead-words.ts), and a French article with
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
    .map((m) => setGermanLeadAside(text, m, lexicon));
  return [...kept, ...joined].sort((a, b) => a.start - b.start || b.end - a.end);
}

function droppedBody(mention: Mention): boolean {
  if (mention.type === 'person' || mention.source === 'gazetteer') return false;
  const head = ARTICLE_AND_HEAD.exec(mention.name)?.[1];
  return head !== undefined && FRENCH_HEADS.has(head.toLowerCase());
}
