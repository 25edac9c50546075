import type { Mention } from '../article-types.ts';
import { BUSINESS_HEAD_WORDS } from './find-rule-mentions.ts';

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
const LEGAL_FORM =
  /^,?[ \t]+(?:L\.L\.C\.|LLC|Ltd\.?|Limited|Inc\.?|Co\.|PLC|plc|GmbH|JSC|LLP|FZE|FZCO)(?![\p{L}])/u;
const NOT_CONTINUING = new Set(['first', 'person', 'date', 'country', 'place']);
// Head words of the money businesses and charities sanctions news names, beside the lexicon's.
// "Mango" + "Publishing": the business heads the shipped lexicon predates.
const MORE_HEADS = new Set([
  'exchange',
  'exchanges',
  'hawala',
  'charity',
  'trust',
  'fund',
  ...BUSINESS_HEAD_WORDS.map((w) => w.toLowerCase()),
]);

// "The U.S. Treasury", "the Iraqi Army": a body named by its country and its kind, which the
// tagger cut after the place ("U.S." with its full stop trimmed off).
const PLACE_BODY =
  /^\.?[ \t]+(?:Treasury|Embassy|Consulate|Ministry|Government|Army|Navy|Parliament|Senate|Congress|Police|Department|Military|Cabinet)(?![\p{L}-])/u;
// An organisation's name that ends in an "of" phrase of one or two capitalised words ("Office of
// Foreign Assets" + "Control").
const OF_TAIL = /\s(?:of|for)(?:\s+\p{Lu}\S*){1,2}$/u;

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
    // A name the tagger read as a person's that goes straight on to an organisation head word
    // is the organisation's ("Hanifa" + "Currency Exchange", "Hariri" + "Foundation").
    const person = mention.type === 'person' && mention.source === 'nlp';
    const body =
      mention.type === 'place' && mention.source === 'nlp'
        ? PLACE_BODY.exec(text.slice(mention.end, mention.end + 16))
        : null;
    if (body !== null) {
      const end = mention.end + body[0].length;
      const named: Mention = {
        ...mention,
        type: 'organization',
        end,
        text: text.slice(mention.start, end),
        name: text.slice(mention.start, end),
      };
      extended.add(named);
      return named;
    }
    if ((mention.type !== 'organization' && !person) || /['’]s?$/.test(mention.text))
      return mention;
    const legal = LEGAL_FORM.exec(text.slice(mention.end, mention.end + 12));
    if (legal !== null) {
      const end = mention.end + legal[0].length;
      const grown: Mention = {
        ...mention,
        type: 'organization',
        end,
        text: text.slice(mention.start, end),
      };
      extended.add(grown);
      return grown;
    }
    const match = CONTINUATION.exec(text.slice(mention.end, mention.end + 120));
    if (match === null) return mention;
    const preposition = match[1] !== undefined;
    const words = (match[2] ?? '').trim().split(/\s+/);
    // Straight on inside an "of" name, or up to an organisation head word ("Hanifa" + "Currency
    // Exchange"): "Hamas Monday" and "Reuters Ali" are two things.
    const headAt = preposition
      ? -1
      : words.findLastIndex(
          (w) => lexicon.get(w.toLowerCase()) === 'orghead' || MORE_HEADS.has(w.toLowerCase()),
        );
    if (!preposition && !OF_TAIL.test(mention.text) && headAt < 0) return mention;
    if (person && (preposition || headAt < 0)) return mention;
    if (headAt >= 0 && !OF_TAIL.test(mention.text)) words.splice(headAt + 1);
    // One "of" phrase at most: "Board of Directors" + "of Bank Rossiya" is a body of another.
    if (preposition && /\s(?:of|for)\s/.test(mention.text)) return mention;
    const kept: string[] = [];
    for (const word of words) {
      const bare = word.replace(/['’]s?$/, '');
      if (NOT_CONTINUING.has(lexicon.get(bare.toLowerCase()) ?? '')) break;
      // "… of Iran's Islamic Revolutionary Guard": a possessive opens another name.
      if (bare !== word) break;
      kept.push(word);
    }
    // After "of", a place is where the body is, not more of its name: nothing to add.
    if (kept.length === 0) return mention;
    let end = mention.end + (match[1] ?? '').length;
    let rest = match[2] ?? '';
    for (const word of kept) {
      const at = rest.indexOf(word);
      end += at + word.length;
      rest = rest.slice(at + word.length);
    }
    const grown: Mention = {
      ...mention,
      type: 'organization',
      end,
      text: text.slice(mention.start, end),
      name: text.slice(mention.start, end).replace(/^the\s+/i, ''),
    };
    extended.add(grown);
    return grown;
  });
  return result.filter(
    (m) =>
      extended.has(m) || ![...extended].some((g) => g !== m && m.start < g.end && g.start < m.end),
  );
}
