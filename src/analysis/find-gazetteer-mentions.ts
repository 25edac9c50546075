import type { Mention } from './article-types.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { nameKey } from './name-key.ts';

interface Word {
  start: number;
  end: number;
  key: string;
  capital: boolean;
}

// An apostrophe inside a word belongs to it (Qa'ida), a possessive 's does not.
const WORD = /[\p{L}\p{N}]+(?:['’](?!s\b)[\p{L}]+)*/gu;

/** Finds list names and aliases in a text, longest first, in any spelling the lists give. */
export function findGazetteerMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    words.push({
      start: match.index,
      end: match.index + match[0].length,
      key: nameKey(match[0]),
      capital: /^[\p{Lu}\p{N}]/u.test(match[0]),
    });
  }
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length;) {
    const first = words[i];
    if (first === undefined || !gazetteer.firstWords.has(first.key)) {
      i++;
      continue;
    }
    let found: { entry: string; type: Mention['type']; last: number } | undefined;
    let key = '';
    for (let j = i; j < Math.min(words.length, i + gazetteer.longest); j++) {
      const word = words[j];
      const previous = words[j - 1];
      if (word === undefined) break;
      // A name does not run across a sentence or clause break.
      if (
        j > i &&
        previous !== undefined &&
        /[.,;:!?()“”"]/.test(text.slice(previous.end, word.start))
      )
        break;
      key = j === i ? word.key : `${key} ${word.key}`;
      const entry = gazetteer.entries.get(key);
      if (entry !== undefined && word.capital) found = { entry: key, type: entry.type, last: j };
    }
    const last = found === undefined ? undefined : words[found.last];
    if (found === undefined || last === undefined) {
      i++;
      continue;
    }
    const name = text.slice(first.start, last.end);
    mentions.push({
      start: first.start,
      end: last.end,
      text: name,
      type: found.type,
      source: 'gazetteer',
      name,
      honorifics: [],
      listedKey: found.entry,
    });
    i = found.last + 1;
  }
  return mentions;
}
