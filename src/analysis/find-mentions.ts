import nlp from 'compromise';
import type { Mention, MentionSource, MentionType } from './article-types.ts';
import type { Gazetteer } from './build-gazetteer.ts';
import { findGazetteerMentions } from './find-gazetteer-mentions.ts';
import { findRuleMentions, HONORIFIC_WORDS } from './find-rule-mentions.ts';
import { tagEntities } from './ner/index.ts';

interface NlpMatch {
  text: string;
  offset: { start: number; length: number };
}

const PRIORITY: Record<MentionSource, number> = {
  gazetteer: 5,
  acronym: 4,
  rule: 3,
  nlp: 2,
  group: 1,
  pronoun: 1,
};

/**
 * Finds the people, organisations, places and groups a text names: compromise's people,
 * organisations and places, the GUM-trained tagger's (src/analysis/ner/), the list gazetteer
 * (which knows "Haqqani Network" and "al-Qaeda's"), rules for honorifics, organisation head
 * words and acronyms, then group nouns and pronouns. Overlaps are resolved by source priority,
 * then length.
 */
export function findMentions(text: string, gazetteer?: Gazetteer): Mention[] {
  const candidates: Mention[] = [
    ...(gazetteer === undefined ? [] : findGazetteerMentions(text, gazetteer)),
    ...findNlpMentions(text),
    ...findTaggerMentions(text),
    ...findRuleMentions(text),
  ];
  const found = resolveOverlaps(candidates);
  return resolveOverlaps([...found, ...propagateNames(text, found)]);
}

/**
 * Once a name is found somewhere, its other occurrences are mentions too: a person's surname or
 * first name alone ("Norton", "Melanie"), and every repeat of an organisation or place name
 * that the NLP missed in a harder context.
 */
function propagateNames(text: string, found: readonly Mention[]): Mention[] {
  const forms = new Map<string, MentionType>();
  for (const mention of found) {
    if (mention.source === 'pronoun' || mention.source === 'group') continue;
    const words = mention.name.split(' ');
    if (mention.type === 'person' && words.length >= 2) {
      for (const word of [words[0], words.at(-1)])
        if (
          word !== undefined &&
          /^\p{Lu}\p{Ll}{2,}$/u.test(word) &&
          !HONORIFIC_WORDS.has(word.toLowerCase()) &&
          !forms.has(word)
        )
          forms.set(word, 'person');
    }
    if (!forms.has(mention.name) && /^\p{Lu}/u.test(mention.name) && mention.name.length >= 3)
      forms.set(mention.name, mention.type);
  }
  const added: Mention[] = [];
  for (const [form, type] of forms) {
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const match of text.matchAll(pattern))
      added.push({
        start: match.index,
        end: match.index + form.length,
        text: form,
        type,
        source: 'nlp',
        name: form,
        honorifics: [],
      });
  }
  return added;
}

// The GUM-trained tagger's mentions, which rank just below compromise's (see TAGGER_PRIORITY).
const TAGGED = new WeakSet<Mention>();
// Measured on GUM dev (person/org/place F1): compromise, rules and gazetteer alone 0.60/0.32/0.62;
// with the tagger filling the gaps they leave 0.65/0.35/0.61. The tagger winning overlaps or
// replacing compromise scored no better (org 0.29-0.35), and replacing it lost "Ayman al-Zawahri"
// in the example article. Groups and pronouns still give way to the tagger.
const TAGGER_PRIORITY = 1.5;
const rank = (mention: Mention): number =>
  TAGGED.has(mention) ? TAGGER_PRIORITY : PRIORITY[mention.source];

/** The tagger's names, tidied like compromise's (honorifics aside, possessive and articles off). */
function findTaggerMentions(text: string): Mention[] {
  const mentions = tagEntities(text).flatMap(
    (span) => tidySpan(text, span.start, span.end, span.type) ?? [],
  );
  for (const mention of mentions) TAGGED.add(mention);
  return mentions;
}

function findNlpMentions(text: string): Mention[] {
  const doc = nlp(text);
  const mentions: Mention[] = [];
  const collect = (matches: NlpMatch[], type: MentionType): void => {
    for (const match of matches) {
      const start = anchor(text, match.text.trim(), match.offset.start);
      if (start < 0) continue;
      const mention = tidySpan(text, start, start + match.text.trim().length, type);
      if (mention !== null) mentions.push(mention);
    }
  };
  collect(doc.people().json({ offset: true }) as NlpMatch[], 'person');
  collect(doc.organizations().json({ offset: true }) as NlpMatch[], 'organization');
  collect(doc.places().json({ offset: true }) as NlpMatch[], 'place');
  return mentions;
}

/**
 * compromise's offsets drift on some inputs (normalised whitespace and punctuation), so each
 * match is re-anchored on its own text nearest the reported offset.
 */
function anchor(text: string, match: string, offset: number): number {
  if (match === '') return -1;
  if (text.startsWith(match, offset)) return offset;
  const from = Math.max(0, offset - 200);
  const window = text.slice(from, offset + match.length + 200);
  let best = -1;
  for (let i = window.indexOf(match); i >= 0; i = window.indexOf(match, i + 1))
    if (best < 0 || Math.abs(from + i - offset) < Math.abs(best - offset)) best = from + i;
  return best;
}

/** Trims punctuation, possessives, leading articles and honorifics off an NLP span. */
function tidySpan(text: string, from: number, to: number, type: MentionType): Mention | null {
  let start = from;
  let end = to;
  const slice = (): string => text.slice(start, end);
  while (end > start && /[\s,.;:!?“”"’'()[\]–—-]/.test(text[end - 1] ?? '')) end--;
  const possessive = /['’]s?$/.exec(slice());
  if (possessive !== null && end - possessive[0].length > start) end -= possessive[0].length;
  while (start < end && /[\s“"‘'(–—-]/.test(text[start] ?? '')) start++;
  const article = /^(the|a|an)\s+/i.exec(slice());
  if (article !== null) start += article[0].length;
  const words = slice().split(/\s+/);
  if (words.length === 0 || slice() === '') return null;
  // Generic phrases compromise tags as organisations ("Muslim community", "Afghan government").
  if (type === 'organization' && !/^[\p{Lu}\p{N}]/u.test(words.at(-1) ?? '')) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0] ?? '')) return null;
  const honorifics: string[] = [];
  while (words.length > 1 && HONORIFIC_WORDS.has((words[0] ?? '').replace(/\.$/, '').toLowerCase()))
    honorifics.push(words.shift() ?? '');
  if (
    type === 'person' &&
    words.length === 1 &&
    honorifics.length === 0 &&
    words[0] === words[0]?.toUpperCase()
  )
    return null;
  return { start, end, text: slice(), type, source: 'nlp', name: words.join(' '), honorifics };
}

function resolveOverlaps(candidates: Mention[]): Mention[] {
  const ranked = [...candidates].sort(
    (a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Mention[] = [];
  for (const mention of ranked) {
    const clash = kept.find((k) => mention.start < k.end && k.start < mention.end);
    if (clash === undefined) {
      kept.push(mention);
      continue;
    }
    // A one-word list name inside a place the NLP found ("Kabul") stays a place.
    if (
      clash.source === 'gazetteer' &&
      mention.type === 'place' &&
      clash.name.split(' ').length === 1 &&
      clash.start === mention.start &&
      clash.end === mention.end
    )
      Object.assign(clash, { type: 'place' as const });
  }
  return kept.sort((a, b) => a.start - b.start);
}
