import type { Mention } from '../article-types.ts';
import { ORG_HEAD_WORDS } from './find-rule-mentions.ts';

const ORG_HEADS = new Set(ORG_HEAD_WORDS);
// "Tehrik-e Taliban Pakistan", "Lashkar-e-Taiba", "Hizb-ut-Tahrir": a word and the Persian or
// Urdu linking particle straight before a name open that name (the lower-case particle breaks
// the tagger's run of capitals, which left only "Pakistan").
const LINKED_OPENING = /(\p{Lu}[\p{L}'’]+)-(?:e|i|ul|ut|ud)[-‑ \t]$/u;
// "Pensioners’ Party", "Workers' Party of Korea": a plural possessive before an organisation's
// head word is the first word of its name, not a person or a group of its own.
const PLURAL_POSSESSIVE = /(?<![\p{L}])(\p{Lu}\p{L}*s)['’][ \t]+$/u;

/**
 * Makes one organisation of a name the tagger split at a lower-case linking particle
 * ("Tehrik-e" + "Taliban Pakistan") or at a plural possessive ("Pensioners’" + "Party of
 * Serbia"); mentions the joined name now covers are dropped.
 */
export function joinSplitNames(text: string, mentions: readonly Mention[]): Mention[] {
  const grown = new Set<Mention>();
  const result = mentions.map((mention) => {
    if (mention.source === 'pronoun' || mention.type === 'group') return mention;
    const before = text.slice(Math.max(0, mention.start - 40), mention.start);
    const linked = LINKED_OPENING.exec(before);
    const firstWord = /^\p{Lu}[\p{L}]*/u.exec(mention.text)?.[0] ?? '';
    const possessive = ORG_HEADS.has(firstWord) ? PLURAL_POSSESSIVE.exec(before) : null;
    const match = linked ?? possessive;
    if (match === null) return mention;
    const start = mention.start - (before.length - match.index);
    const { listedKey: _key, ...rest } = mention;
    const joined: Mention = {
      ...rest,
      start,
      type: 'organization',
      text: text.slice(start, mention.end),
      name: text.slice(start, mention.end).replace(/['’]s?$/, ''),
    };
    grown.add(joined);
    return joined;
  });
  return result.filter(
    (m) => grown.has(m) || ![...grown].some((g) => m.start < g.end && g.start < m.end),
  );
}
