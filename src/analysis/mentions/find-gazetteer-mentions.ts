import type { Mention } from '../article-types.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { HONORIFIC_WORDS } from './find-rule-mentions.ts';
import { nameKey } from '../../names/index.ts';
import { shippedNerModel } from './ner/index.ts';
import { isCompoundModifier } from './compound-modifier.ts';
import { isGermanCompanyDescriptor } from './german-lead-words.ts';

interface Word {
  start: number;
  end: number;
  key: string;
}

// An apostrophe inside a word belongs to it (Qa'ida), a possessive 's does not.
const WORD = /[\p{L}\p{N}]+(?:['’](?!s\b)[\p{L}]+)*/gu;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const CAPITAL = /^[\p{Lu}\p{N}]/u;
const BREAK = /[.,;:!?()“”"]/;
const ORG_HEADS = new Set(['network', 'group', 'movement', 'front', 'brigade', 'brigades', 'army']);

/**
 * The key of one word. Most words are plain ASCII, whose key is their lower case: the full
 * normalisation (NFKD and four regular expressions) is kept for the rest; it was about half of
 * this stage's time.
 */
const wordKey = (word: string): string =>
  PLAIN_WORD.test(word) ? word.toLowerCase() : nameKey(word);

/** Finds list names and aliases in a text, longest first, in any spelling the lists give. */
export function findGazetteerMentions(text: string, gazetteer: Gazetteer): Mention[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD))
    words.push({ start: match.index, end: match.index + match[0].length, key: wordKey(match[0]) });
  const mentions: Mention[] = [];
  for (let i = 0; i < words.length;) {
    const first = words[i];
    if (first === undefined || !gazetteer.prefixes.has(first.key)) {
      i++;
      continue;
    }
    let found:
      { entry: string; type: Mention['type']; last: number; shortForm: boolean } | undefined;
    let key = '';
    for (let j = i; j < Math.min(words.length, i + gazetteer.longest); j++) {
      const word = words[j];
      const previous = words[j - 1];
      if (word === undefined) break;
      // A name does not run across a sentence or clause break.
      if (j > i && previous !== undefined && BREAK.test(text.slice(previous.end, word.start)))
        break;
      key = j === i ? word.key : `${key} ${word.key}`;
      // No listed name starts with these words, so none goes on from here either.
      if (!gazetteer.prefixes.has(key)) break;
      const entry = gazetteer.entries.get(key);
      if (entry === undefined) continue;
      // News writes a group's head word in lower case: "the so-called Haqqani network".
      const lowerHead =
        j > i &&
        entry.type === 'organization' &&
        ORG_HEADS.has(word.key) &&
        CAPITAL.test(text.slice(first.start, first.end));
      if (CAPITAL.test(text.slice(word.start, word.end)) || lowerHead)
        found = { entry: key, type: entry.type, last: j, shortForm: entry.shortForm === true };
    }
    const last = found === undefined ? undefined : words[found.last];
    if (found === undefined || last === undefined) {
      i++;
      continue;
    }
    // A listed person's name that the article's name runs on from ("President Hassan Sheikh
    // Mohamud", "Muhammad Qasim al-Bazzal") is only part of that name: the whole name is the
    // mention (the tagger's), never the listed part of it.
    if (found.type === 'person' && continuesName(text, last, words[found.last + 1])) {
      i++;
      continue;
    }
    // Only a short name ("Al-Aqsa", "Hamas"): a long one runs on by English hyphenation too
    // ("Islamic Revolutionary Guard Corps-Quds Force").
    if (found.last - i <= 1 && isCompoundModifier(text, last.end)) {
      i = found.last + 1;
      continue;
    }
    // "Vienna Energy Forum", "Naciones Unidas": a company's one word without its legal form is
    // the company only where no other name word stands next to it.
    if (found.shortForm && !standsAlone(text, first, words[i - 1], words[i + 1])) {
      i++;
      continue;
    }
    const name = text.slice(first.start, last.end);
    // "Cham's come across": a short capitalised word that a list gives as an organisation's alias
    // ("Cham", of three Syrian companies) is as often a person or a place; the tagger decides.
    // Acronyms (ISIS, PKK, LeT in capitals) are kept.
    if (
      found.last === i &&
      found.type === 'organization' &&
      name.length <= 4 &&
      !/^\p{Lu}+$/u.test(name)
    ) {
      i++;
      continue;
    }
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

/**
 * True when a word is written as a name (capital, then lower case) with no capitalised word right
 * before it on the same line, except a German company descriptor ("des Energieriesen Transneft")
 * or the start of a sentence, and none right after it.
 */
function standsAlone(
  text: string,
  word: Word,
  previous: Word | undefined,
  next: Word | undefined,
): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(text.slice(word.start, word.end))) return false;
  const capitalised = (w: Word | undefined, gap: string): boolean =>
    w !== undefined && /^[ \t]+$/.test(gap) && CAPITAL.test(text.slice(w.start, w.end));
  if (capitalised(next, text.slice(word.end, next?.start))) return false;
  if (previous === undefined || !capitalised(previous, text.slice(previous.end, word.start)))
    return true;
  const before = text.slice(previous.start, previous.end);
  const lead = text.slice(Math.max(0, previous.start - 4), previous.start);
  return isGermanCompanyDescriptor(before) || previous.start === 0 || SENTENCE_END.test(lead);
}

const SENTENCE_END = /(?:[.!?]["”’»]?\s+|\n)$/u;

// Word classes of the tagger's lexicon that follow a name without being part of it
// ("Sirajuddin Haqqani Minister of Interior", "Sinwar Monday").
const NOT_NAME_CLASSES = new Set(['common', 'title', 'date', 'demonym']);
const PARTICLE = /^(?:al|el|bin|ibn|bint|abu|abd|ul|ud)$/;

/** True when the word after a name, on the same line, carries the name on. */
function continuesName(text: string, last: Word, next: Word | undefined): boolean {
  if (next === undefined) return false;
  const gap = text.slice(last.end, next.start);
  if (!/^[ \t]+$/.test(gap)) return false;
  const word = text.slice(next.start, next.end);
  if (PARTICLE.test(word)) return /^[-\s]\p{Lu}/u.test(text.slice(next.end, next.end + 2));
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  if (HONORIFIC_WORDS.has(next.key)) return false;
  return !NOT_NAME_CLASSES.has(shippedNerModel().lexicon.get(next.key) ?? '');
}
