import type { Mention } from '../article-types.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { listedInNameKey } from './build-gazetteer.ts';

// "… in the Islamic Maghreb", "… in Mozambique": up to four capitalised words after "in (the)",
// on one line ("and" may join two of them: "… in Iraq and the Levant").
const IN_TAIL =
  /^[ \t]+in[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:and[ \t]+(?:the[ \t]+)?)?\p{Lu}[\p{L}'’-]*){0,3}/u;
const WORD_END = /\p{Lu}[\p{L}'’-]*/gu;

/**
 * Runs an organisation's mention on over "in (the) …" where the longer name is a listed
 * organisation's in another spelling: "Al-Qaeda" + "in the Islamic Maghreb" is AQIM (OFAC's
 * AL-QA'IDA IN THE ISLAMIC MAGHREB), not the core Al-Qaida beside a place. Where the longer name is
 * no listed one ("Hezbollah in the Arabian Peninsula", "Hamas in the Gaza Strip") nothing changes.
 * Mentions the longer name covers are dropped.
 */
export function joinListedInNames(
  text: string,
  mentions: readonly Mention[],
  gazetteer: Gazetteer | undefined,
): Mention[] {
  if (gazetteer === undefined) return [...mentions];
  const joined: Mention[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'organization') continue;
    const tail = IN_TAIL.exec(text.slice(mention.end, mention.end + 80))?.[0];
    if (tail === undefined) continue;
    // Longest first: "… in Iraq and the Levant" before "… in Iraq".
    const ends = [...tail.matchAll(WORD_END)].map((m) => m.index + m[0].length).reverse();
    const end = ends.find((at) => {
      const name = `${mention.name}${tail.slice(0, at)}`;
      return gazetteer.entries.has(listedInNameKey(name));
    });
    if (end === undefined) continue;
    const rest = tail.slice(0, end);
    joined.push({
      ...mention,
      end: mention.end + end,
      text: `${mention.text}${rest}`,
      name: `${mention.name}${rest}`,
      source: 'gazetteer',
    });
  }
  joined.push(...listedWithWordBefore(text, mentions, gazetteer));
  if (joined.length === 0) return [...mentions];
  // The short mention and the place after it ("Islamic Maghreb") are inside the longer name.
  const covered = (m: Mention): boolean => joined.some((j) => j.start <= m.start && m.end <= j.end);
  return [...mentions.filter((m) => !covered(m)), ...joined].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
}

// The capitalised word right before a mention, on the same line ("Iraq's Kataeb Hezbollah").
const WORD_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)[ \t]+$/u;

/**
 * An organisation's mention run back over the word before it where the two words are a listed
 * two-word name in another spelling: "Kataeb" + "Hezbollah" is KATA'IB HIZBALLAH (a militia in
 * Iraq), not Lebanon's Hizballah with a word beside it.
 */
function listedWithWordBefore(
  text: string,
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
): Mention[] {
  const joined: Mention[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'organization' || mention.name.includes(' ')) continue;
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
    const before = word?.[1];
    if (word === null || before === undefined) continue;
    if (!gazetteer.entries.has(listedInNameKey(`${before} ${mention.name}`))) continue;
    const start = mention.start - word[0].length;
    joined.push({
      ...mention,
      start,
      text: text.slice(start, mention.end),
      name: `${before} ${mention.name}`,
      source: 'gazetteer',
    });
  }
  return joined;
}
