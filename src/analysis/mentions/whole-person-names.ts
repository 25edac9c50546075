import type { Mention } from '../article-types.ts';
import { HONORIFIC_WORDS } from './find-rule-mentions.ts';
import { shippedNerModel } from './ner/index.ts';
import { isGermanRoleWord } from './german-lead-words.ts';
import { OPENING_ADVERBS } from './cut-opening-adverb.ts';

// Head words of the offices a person's title names ("Director of the Office of Foreign Assets
// Control Andrea M. Gacki").
const OFFICE_HEAD =
  /\b(?:Office|Department|Control|Ministry|Agency|Bureau|Committee|Council|Service|Command|Treasury|Force|Army|Police|Court|Commission)\b/u;
const PERSON_WORD = /^(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)$/u;
// What may stand before a left-out name word: the start, punctuation, or a lower-case word that is
// not part of a title ("said Abdiasis Abu Musab", "…,” Abdiasis Abu Musab").
const AFTER_BOUNDARY =
  /(?:^|[,.;:!?"”“‘’'(—–]\s*|\n|(?<![\p{L}])(?!(?:of|for|and|the|to|de|del|la|von|van)\s)\p{Ll}+\s+)$/u;
// A capitalised word (hyphenated parts allowed) right before a name: "Abdiasis Abu Musab".
const WORD_BEFORE = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)\s$/u;

// A capitalised role word right before a name word: "Police Officer" + "Iftikhar".
const ROLE_BEFORE = /(?<![\p{L}])(\p{Lu}\p{Ll}+)\s$/u;

// A title runs on into the name: "Under Secretary … for Terrorism and Financial Intelligence Brian
// Nelson", "Special Agent in Charge James A. Tarasca": a capitalised word and a connector before it.
const INSIDE_TITLE = /\p{Lu}[\p{L}.'’-]*\s+(?:for|of|in|and|on)\s+$/u;

/**
 * A mention that starts inside a title keeps the name from its first known first name
 * ("Financial Intelligence Brian Nelson" → "Brian Nelson"); the words before it join its role, and
 * a name the tagger typed otherwise ("Charge James A. Tarasca" as a place) is a person.
 */
function cutTitleTail(text: string, mention: Mention): void {
  if (mention.source === 'pronoun' || mention.type === 'group') return;
  if (!INSIDE_TITLE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return;
  const lexicon = shippedNerModel().lexicon;
  const words = mention.text.split(' ');
  const at = words.findIndex(
    (w, i) => i >= 1 && words.length - i >= 2 && lexicon.get(w.toLowerCase()) === 'first',
  );
  // Only title-like words go: none of those before the first name is itself a known name word.
  if (at < 0 || words.slice(0, at).some((w) => NAME_KINDS.has(lexicon.get(w.toLowerCase()) ?? '')))
    return;
  const cut = words.slice(0, at).join(' ');
  mention.start += cut.length + 1;
  mention.text = text.slice(mention.start, mention.end);
  mention.name = mention.text.replace(/['’]s?$/, '');
  mention.honorifics = [...mention.honorifics, cut];
  mention.type = 'person';
}

const NAME_KINDS = new Set(['first', 'last', 'person']);

/**
 * Makes each person mention the whole name the article writes, so that a part of it is never
 * screened alone ("Abu Musab" of "Abdiasis Abu Musab" matched a listed alias): a name word the
 * tagger left out before the name is taken in, and an office title the tagger ran into a name is
 * set aside as the person's role ("Office of Foreign Assets Control Andrea M. Gacki"). Returns the
 * mentions without those a longer name took in.
 */
export function wholePersonNames(
  text: string,
  mentions: Mention[],
  roleWords: ReadonlySet<string>,
): Mention[] {
  const lexicon = shippedNerModel().lexicon;
  const absorbed = new Set<Mention>();
  const nameWord = (word: string): boolean =>
    word
      .toLowerCase()
      .split('-')
      .every((part) => [undefined, 'first', 'last', 'person'].includes(lexicon.get(part)));
  for (const mention of mentions) {
    if (mention.type !== 'organization' || mention.source === 'gazetteer') continue;
    const words = mention.text.split(' ');
    const at = words.findIndex(
      (word, i) =>
        i >= 2 &&
        lexicon.get(word.toLowerCase()) === 'first' &&
        words.length - i >= 2 &&
        words.length - i <= 4 &&
        words.slice(i).every((w) => PERSON_WORD.test(w)) &&
        OFFICE_HEAD.test(words.slice(0, i).join(' ')),
    );
    if (at < 0) continue;
    const office = words.slice(0, at).join(' ');
    const name = words.slice(at).join(' ');
    mention.start = mention.end - name.length;
    mention.text = name;
    mention.name = name;
    mention.type = 'person';
    mention.honorifics = [...mention.honorifics, office];
  }
  for (const mention of mentions) if (mention.source !== 'gazetteer') cutTitleTail(text, mention);
  for (const mention of mentions) {
    if (mention.type !== 'person' || mention.source === 'pronoun') continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, mention.start - 30), mention.start));
    const word = before?.[1];
    if (word === undefined) continue;
    if (
      !nameWord(word) &&
      !introducedWhole(text, mention, word, lexicon, roleWords) &&
      !capitalisedInside(text, mention, word, lexicon)
    )
      continue;
    if (HONORIFIC_WORDS.has(word.toLowerCase()) || roleWords.has(word.toLowerCase())) continue;
    // "También Ismael Zambada": an adverb opening the sentence is no first name.
    if (OPENING_ADVERBS.has(word.toLowerCase())) continue;
    // "die Oligarchen Alisher Usmanov", "Stellvertreter Naim Kassem": German capitalises the
    // descriptor before a name as it does every noun.
    if (isGermanRoleWord(word)) continue;
    // A word the article names as an organisation or a place ("Hezbollah") is no first name.
    if (mentions.some((m) => m.type !== 'person' && m.name === word)) continue;
    const start = mention.start - word.length - 1;
    // After another capitalised word or "of"/"for"/"and" the word ends a title ("… for Terrorism
    // and Financial Intelligence Bradley T. Smith"), not a name, unless that word is itself a
    // role ("Tank District Police Officer Iftikhar Ali Shah") and this one a name word.
    const preceding = text.slice(Math.max(0, start - 20), start);
    const afterRole =
      nameWord(word) && roleWords.has(ROLE_BEFORE.exec(preceding)?.[1]?.toLowerCase() ?? '');
    if (!afterRole && !AFTER_BOUNDARY.test(preceding)) continue;
    // A person mention inside that word ("Abdi" of "Abdi-Aziz") is part of this name.
    const inside = mentions.filter(
      (m) => m !== mention && m.start < mention.start && m.end > start,
    );
    if (inside.some((m) => m.type !== 'person' || m.start < start)) continue;
    for (const m of inside) absorbed.add(m);
    // "Hassan Sheikh Mohamud": after a name word, an honorific the mention opened with is a part
    // of the name (Somali names carry Sheikh), not a title.
    const spoken = mention.text.replace(/['’]s?$/, '');
    const inner = spoken.endsWith(mention.name) ? spoken : mention.name;
    mention.honorifics = mention.honorifics.filter((h) => !inner.includes(h));
    mention.start = start;
    mention.text = text.slice(start, mention.end);
    mention.name = `${word} ${inner}`;
  }
  return mentions.filter((m) => !absorbed.has(m));
}

// Words that open a sentence before a name without being part of it ("Meanwhile Malin said").
const OPENERS = new Set(
  'but and yet so then meanwhile later earlier yesterday today tonight now also still however instead here there when while after before since as if once thus'.split(
    ' ',
  ),
);

/**
 * "Chin Malin, spokesman for the Justice Ministry, said …": a sentence that opens with two
 * capitalised words and goes on with a role in apposition introduces a person by the whole name,
 * even when the first word is also a common word ("chin"), and the tagger took the second alone.
 */
function introducedWhole(
  text: string,
  mention: Mention,
  word: string,
  lexicon: ReadonlyMap<string, string>,
  roleWords: ReadonlySet<string>,
): boolean {
  if (mention.text.includes(' ') || lexicon.get(word.toLowerCase()) !== 'common') return false;
  if (OPENERS.has(word.toLowerCase())) return false;
  const start = mention.start - word.length - 1;
  if (!/(?:^|\n|[.!?]["”’]?\s+)$/u.test(text.slice(Math.max(0, start - 3), start))) return false;
  const apposition = /^,\s+(?:(?:the|a|an|its|their)\s+)?(\p{L}+)(?:\s+(\p{L}+))?/u.exec(
    text.slice(mention.end, mention.end + 60),
  );
  if (apposition === null) return false;
  // A title word opens the apposition or follows one word ("spokesman", "military spokesman").
  return [apposition[1], apposition[2]].some(
    (w) => w !== undefined && roleWords.has(w.toLowerCase()) && !/^(?:of|the|for|and)$/i.test(w),
  );
}

// A lower-case word before a capitalised one, as inside a sentence ("the artist Max Ernst"),
// that is no function word a title or a place name could follow.
const LOWER_WORD_BEFORE =
  /(?<![\p{L}'’-])(?!(?:of|for|and|the|to|de|del|la|von|van|in|at|on)\s)\p{Ll}+\s+$/u;

/**
 * "the Surrealist artist Max Ernst", "wrestled Rock Howard": a common word written with a capital
 * inside a sentence, right before a surname the tagger took alone, is the person's given name.
 */
function capitalisedInside(
  text: string,
  mention: Mention,
  word: string,
  lexicon: ReadonlyMap<string, string>,
): boolean {
  if (mention.text.includes(' ') || lexicon.get(word.toLowerCase()) !== 'common') return false;
  const start = mention.start - word.length - 1;
  return LOWER_WORD_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
