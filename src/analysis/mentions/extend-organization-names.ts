import type { Mention } from '../article-types.ts';

// Capitalised words that go on an organisation's name: "Office of Foreign" + "Assets Control",
// "US Department" + "of the Treasury". A word the lexicon knows as a first name, a day or a month
// starts something else ("… Treasury Andrea Gacki", "… Control Monday").
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’&-]*`;
// On one line only: a name never runs across a paragraph break.
const CONTINUATION = new RegExp(
  String.raw`^([ \t]+(?:of|for)(?:[ \t]+the)?)?((?:[ \t]+${NAME_WORD}){1,4})(?![\p{L}'’-])`,
  'u',
);
// "Haleel Commodities" + "L.L.C.": a legal form closes the name.
const LEGAL_FORM = /^,?[ \t]+(?:L\.L\.C\.|LLC|Ltd\.?|Limited|Inc\.?|Co\.|PLC|plc|GmbH|JSC|LLP|FZE|FZCO)(?![\p{L}])/u;
const NOT_CONTINUING = new Set(['first', 'person', 'date', 'country', 'place']);

/**
 * Runs an organisation's mention on over the capitalised words of its own name that the tagger
 * left out: after "of"/"for" ("US Department" + "of the Treasury"), or straight on when the
 * mention itself ends in an "of" phrase ("Office of Foreign" + "Assets Control"). Mentions the
 * longer name now covers are dropped.
 */
export function extendOrganizationNames(
  text: string,
  mentions: readonly Mention[],
  lexicon: ReadonlyMap<string, string>,
): Mention[] {
  const extended = new Set<Mention>();
  const result = mentions.map((mention) => {
    if (mention.type !== 'organization' || /['’]s?$/.test(mention.text)) return mention;
    const legal = LEGAL_FORM.exec(text.slice(mention.end, mention.end + 12));
    if (legal !== null) {
      const end = mention.end + legal[0].length;
      const grown: Mention = { ...mention, end, text: text.slice(mention.start, end) };
      extended.add(grown);
      return grown;
    }
    const match = CONTINUATION.exec(text.slice(mention.end, mention.end + 120));
    if (match === null) return mention;
    const preposition = match[1] !== undefined;
    // Straight on only inside an "of" name: "Hamas Monday" and "Reuters Ali" are two things.
    if (!preposition && !/\s(?:of|for)\s+\S+$/.test(mention.text)) return mention;
    const words = (match[2] ?? '').trim().split(/\s+/);
    const kept: string[] = [];
    for (const word of words) {
      const bare = word.replace(/['’]s?$/, '');
      if (NOT_CONTINUING.has(lexicon.get(bare.toLowerCase()) ?? '')) break;
      // "… of Iran's Islamic Revolutionary Guard": a possessive opens another name.
      if (bare !== word) break;
      kept.push(word);
    }
    // After "of", a place alone is where the organisation is ("the Bank of England" aside, a
    // "Ministry of Interior" is rare in news without its country): at least one word must stay.
    if (kept.length === 0) return mention;
    const tail = (match[1] ?? '') + match[2]?.slice(0, match[2].indexOf(kept.at(-1) ?? '') + (kept.at(-1) ?? '').length);
    const end = mention.end + tail.length;
    const grown: Mention = {
      ...mention,
      end,
      text: text.slice(mention.start, end),
      name: text.slice(mention.start, end).replace(/^the\s+/i, ''),
    };
    extended.add(grown);
    return grown;
  });
  return result.filter(
    (m) =>
      extended.has(m) ||
      ![...extended].some((g) => g !== m && m.start < g.end && g.start < m.end),
  );
}
