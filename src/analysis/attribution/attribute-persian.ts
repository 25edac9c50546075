import type { ArticleEntity, Segmentation, Statement, TextSpan } from '../article-types.ts';
import { quotedWords } from './attribute-arabic.ts';

// Speech cues of Persian news, written by hand from the verbs of saying of IRNA, ISNA and Radio
// Farda copy ("گفت", "افزود", "اعلام کرد", "تاکید کرد", "اظهار داشت", "به گفته X") and the
// Persian grammar of the past tense (Lazard, A Grammar of Contemporary Persian, §§ 117–120: the past
// stem for the third person singular, -and for the plural; compound verbs of a noun and the light
// verb کرد/داشت/داد). Persian puts the verb last and the subject first: the speaker is the
// sentence's opening words ("استیو منوچین، وزیر خزانه‌داری …، … گفت"), a pronoun (او، وی) or no
// subject at all is the speaker before. Zero-width non-joiners are read as nothing, so "می‌گوید"
// and "میگوید" are one word.

const SIMPLE_VERBS = new Set(
  'گفت گفتند افزود افزودند نوشت نوشتند خواند خواندند میگوید میگویند گفته'.split(' '),
);
// A noun of saying with its light verb: "اعلام کرد", "اظهار داشت", "توضیح داد"; an adjective
// with شد: "مدعی شد" (claimed), "یادآور شد" (recalled), "متذکر شد" (noted).
const COMPOUND_VERB =
  /(?<![\p{L}])(?:(?:اعلام|تاکید|تأکید|تصریح|خاطرنشان|اظهار|توضیح|ادامه|اشاره)\s+(?:کرد|کردند|کرده|داشت|داشتند|داد|دادند|میکند|میکنند)|(?:مدعی|یادآور|متذکر)\s+(?:شد|شدند))(?![\p{L}])/u;
// "به گفته منوچین، …", "به نوشته رویترز": the source after the words.
const SOURCE_BEFORE = /(?<![\p{L}])(?:به گفته|به نوشته|به اعتقاد|از نظر|به باور)\s+/u;
const PRONOUNS = new Set(['او', 'وی', 'ایشان', 'آنها', 'آنان']);
// Words that end the subject: prepositions, the object marker را, the conjunction که, time words.
const SUBJECT_STOP = new Set(
  'در با به از برای را که و نیز هم همچنین روز امروز دیروز پس پیش طی ضمن درباره بر'.split(' '),
);
const MAX_SUBJECT_WORDS = 5;
const WORD = /[\p{Script=Arabic}\p{M}]+|[«»"“”:،,]/gu;
const QUOTE_MARKS = /[«»"“”]/u;
const MIN_QUOTED_WORDS = 3;

interface Cue {
  start: number;
  end: number;
  word: string;
  source: boolean;
}

/**
 * Sorts the sentences of a Persian article into quotes, reported speech and the writer's own
 * statements: the speaker of a verb of saying is the sentence's opening words (or the person the
 * article named in full with that last word, "منوچین" for "استیو منوچین"), the source after "به
 * گفته", or, for a pronoun or a left-out subject, the speaker before; a quote with no cue belongs
 * to the speaker of the sentence before.
 */
export function attributePersian(
  text: string,
  segmentation: Segmentation,
  entities: readonly ArticleEntity[],
): Statement[] {
  const plain = text.replace(/\u200c/gu, ' ');
  const people = entities.filter((e) => e.type === 'person');
  const spoken: string[] = [];
  let last: { name: string; paragraph: number } | undefined;
  return segmentation.sentences.map((sentence): Statement => {
    const quoted = quotedWords(text, sentence, segmentation);
    const cue = findCue(plain, sentence, segmentation);
    let name: string | undefined;
    if (cue !== undefined) {
      const phrase = cue.source
        ? subjectWords(plain, cue.end, sentence.end, segmentation)
        : subjectWords(plain, sentence.start, cue.start, segmentation);
      name =
        phrase.length === 0 || PRONOUNS.has(phrase[0]!)
          ? last?.name
          : fullName(phrase, people, spoken);
    } else if (quoted >= MIN_QUOTED_WORDS && last !== undefined)
      name = sentence.paragraph - last.paragraph <= 1 ? last.name : undefined;
    if (name !== undefined) {
      last = { name, paragraph: sentence.paragraph };
      spoken.push(name);
    }
    const entity = name === undefined ? undefined : people.find((p) => p.name === name);
    return {
      start: sentence.start,
      end: sentence.end,
      text: text.slice(sentence.start, sentence.end),
      kind: name === undefined ? 'unattributed' : quoted >= MIN_QUOTED_WORDS ? 'quote' : 'reported',
      speaker: entity?.id ?? null,
      speakerName: name ?? null,
      medium: null,
      cue: cue?.word ?? null,
      source: null,
    };
  });
}

/** The first source phrase or verb of saying of a sentence outside its quotes. */
function findCue(plain: string, sentence: TextSpan, segmentation: Segmentation): Cue | undefined {
  const inQuote = (at: number): boolean =>
    segmentation.quotes.some((q) => q.start <= at && q.end > at);
  const body = plain.slice(sentence.start, sentence.end);
  const found: Cue[] = [];
  for (const [pattern, source] of [
    [SOURCE_BEFORE, true],
    [COMPOUND_VERB, false],
  ] as const) {
    const m = pattern.exec(body);
    if (m !== null && !inQuote(sentence.start + m.index))
      found.push({
        start: sentence.start + m.index,
        end: sentence.start + m.index + m[0].length,
        word: m[0].trim(),
        source,
      });
  }
  for (const m of body.matchAll(WORD)) {
    const at = sentence.start + m.index;
    if (SIMPLE_VERBS.has(m[0]) && !inQuote(at))
      found.push({ start: at, end: at + m[0].length, word: m[0], source: false });
  }
  return found.sort((a, b) => a.start - b.start)[0];
}

/** The words from `from` up to a comma, colon, quote or stop word, quotes left out. */
function subjectWords(
  plain: string,
  from: number,
  to: number,
  segmentation: Segmentation,
): string[] {
  const words: string[] = [];
  for (const m of plain.slice(from, to).matchAll(WORD)) {
    const at = from + m.index;
    if (segmentation.quotes.some((q) => q.start <= at && q.end > at)) continue;
    if (/^[،,:]$/u.test(m[0]) || QUOTE_MARKS.test(m[0]) || SUBJECT_STOP.has(m[0])) break;
    words.push(m[0]);
  }
  return words.length > MAX_SUBJECT_WORDS ? [] : words;
}

/** A one-word subject as the person the article or an earlier speaker names in full with it. */
function fullName(
  phrase: readonly string[],
  people: readonly ArticleEntity[],
  spoken: readonly string[],
): string {
  const written = phrase.join(' ');
  if (phrase.length > 1) return written;
  const word = phrase[0]!;
  const named = [...people.map((p) => p.name), ...spoken].find(
    (n) => n.includes(' ') && n.split(' ').at(-1) === word,
  );
  return named ?? written;
}
