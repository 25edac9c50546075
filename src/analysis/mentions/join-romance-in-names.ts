import { nameKey, skeletonKey } from '../../names/index.ts';
import type { Mention } from '../article-types.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { listedNameFor } from './news-names.ts';

// The words that join a group to the place it is named for in Portuguese, Spanish, French and
// Italian, with the articles they contract with (the grammars' contracted prepositions: Portuguese
// no = em + o, do = de + o; Spanish del = de + el; French au = à + le, du = de + le; Italian nel =
// in + il, del = di + il): "Estado Islâmico no Grande Saara", "Estado Islámico en el Gran Sahara",
// "État islamique au Grand Sahara", "Stato Islamico del Grande Sahara", "Al-Qaeda do Magrebe
// Islâmico". The English "in (the)" is join-listed-in-names.ts.
const JOINING_WORD = String.raw`(?:no|na|nos|nas|em|do|da|dos|das|en(?:[ \t]+(?:el|la|los|las))?|del|de[ \t]+(?:la|los|las)|au|aux|du|des|dans[ \t]+(?:le|la|les)|nel|nella|nei|nelle|della|dello|degli|delle)`;
// The joining word and one to three capitalised words of the place, on one line.
const ROMANCE_TAIL = new RegExp(
  String.raw`^[ \t]+${JOINING_WORD}[ \t]+(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})`,
  'u',
);
const ROMANCE_LANGUAGES = new Set(['Portuguese', 'Spanish', 'French', 'Italian']);

// Romance spellings of Arabic place names leave out an h the English ones write ("Saara",
// "Magrebe" for Sahara, Maghreb): places are compared by their consonants without it.
const placeKey = (word: string): string => skeletonKey(word).replace(/h/g, '');

/**
 * The listed "X in (the) Y" name that a Romance "head + joining word + place" stands for: X is
 * the head in another spelling or the same listed group by its news name ("Estado Islámico",
 * "Islamic State"), and the last word of Y, the place's own name, is one of the place words,
 * which are no more than Y's ("Grande Saara" for "Greater Sahara").
 */
function listedBranch(head: string, place: readonly string[], inNames: readonly string[]) {
  const headSkeleton = skeletonKey(head);
  const headListed = listedNameFor(head);
  const placeKeys = place.map(placeKey);
  return inNames.find((name) => {
    const [, listedHead = '', listedPlace = ''] = /^(.+?) in (?:the )?(.+)$/iu.exec(name) ?? [];
    const sameGroup =
      skeletonKey(listedHead) === headSkeleton ||
      (headListed !== undefined && listedNameFor(listedHead) === headListed);
    if (!sameGroup) return false;
    const words = listedPlace.split(/\s+/u).filter((w) => !/^(?:and|the|of)$/iu.test(w));
    const own = words.at(-1);
    return own !== undefined && place.length <= words.length && placeKeys.includes(placeKey(own));
  });
}

/**
 * In Portuguese, Spanish, French and Italian text, runs a listed group's mention on over a joining
 * word and a place where the whole is a listed branch named "X in (the) Y" ("Estado Islâmico no
 * Grande Saara" is ISIS IN THE GREATER SAHARA, not the Islamic State beside a place); the mention
 * is named by the listed name. Elsewhere, and where no listed branch fits, nothing changes.
 */
export function joinRomanceInNames(
  text: string,
  mentions: readonly Mention[],
  gazetteer: Gazetteer | undefined,
  language: string | null,
): Mention[] {
  const inNames = gazetteer?.inNames ?? [];
  if (language === null || !ROMANCE_LANGUAGES.has(language) || inNames.length === 0)
    return [...mentions];
  const joined: Mention[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'organization') continue;
    const tail = ROMANCE_TAIL.exec(text.slice(mention.end, mention.end + 80));
    if (tail === null) continue;
    const listed = listedBranch(mention.name, (tail[1] ?? '').split(/[ \t]+/u), inNames);
    if (listed === undefined) continue;
    const end = mention.end + tail[0].length;
    // Keyed by the branch's own name: the head's key would group the branch with the core group
    // the article names elsewhere ("vinculado à Al-Qaeda").
    joined.push({
      ...mention,
      end,
      text: text.slice(mention.start, end),
      name: listed,
      source: 'gazetteer',
      listedKey: nameKey(listed),
    });
  }
  if (joined.length === 0) return [...mentions];
  // The head and the place after it are inside the longer name.
  const covered = (m: Mention): boolean => joined.some((j) => j.start <= m.start && m.end <= j.end);
  return [...mentions.filter((m) => !covered(m)), ...joined].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}
