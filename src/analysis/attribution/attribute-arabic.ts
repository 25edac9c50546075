import type { ArticleEntity, Segmentation, Statement, TextSpan } from '../article-types.ts';
import { ARABIC_PHRASE_STOP, ARABIC_SOURCE_BEFORE, ARABIC_SPEECH_VERBS } from './arabic-cues.ts';

const WORD = /\p{Script=Arabic}[\p{Script=Arabic}\p{M}]*|["«»“”:،,]/gu;
const QUOTE_MARKS = /["«»“”]/u;
// A quote of this many words or more makes a sentence a quotation.
const MIN_QUOTED_WORDS = 3;

interface Speaker {
  name: string;
  entity: ArticleEntity | undefined;
}

/**
 * Sorts the sentences of an Arabic article into quotes, reported speech and the writer's own
 * statements (arabic-cues.ts): the speaker is the subject after the verb of saying ("وقال ظريف
 * … إن"), a person named before the verb in the same sentence ("أما مدرب السيتي جوسيب غوارديولا
 * فقال"), the source after "بحسب" or "على لسان", or, with the subject left out ("وأضاف أن …"),
 * the speaker before; a quote with no cue belongs to the speaker of the sentence before.
 */
export function attributeArabic(
  text: string,
  segmentation: Segmentation,
  entities: readonly ArticleEntity[],
): Statement[] {
  const people = entities
    .filter((e) => e.type === 'person')
    .flatMap((entity) => entity.mentions.map((span) => ({ entity, span })))
    .sort((a, b) => a.span.start - b.span.start);
  let last: { speaker: Speaker; paragraph: number } | undefined;
  return segmentation.sentences.map((sentence): Statement => {
    const quoted = quotedWords(text, sentence, segmentation);
    const cues = findCues(text, sentence, segmentation);
    const personAfter = (cue: Cue): (typeof people)[number] | undefined =>
      people.find(
        (p) => p.span.start >= cue.end && p.span.start <= subjectEnd(text, cue.end, sentence.end),
      );
    // "وحسب قناة العربية أضاف بلينكن أن …": a verb whose subject is a person wins over a source.
    const cue = cues.find((c) => personAfter(c) !== undefined) ?? cues[0];
    let speaker: Speaker | undefined;
    if (cue !== undefined) {
      const after = personAfter(cue);
      const before = people.findLast(
        (p) => p.span.start >= sentence.start && p.span.end <= cue.start,
      );
      // The subject after the verb first, then before it: a person, else the words as written.
      const phraseAfter = subjectPhrase(text, cue.end, sentence.end);
      const phraseBefore = subjectBefore(text, sentence.start, cue.start);
      speaker =
        after !== undefined
          ? { name: after.entity.name, entity: after.entity }
          : phraseAfter !== undefined
            ? { name: phraseAfter, entity: undefined }
            : before !== undefined
              ? { name: before.entity.name, entity: before.entity }
              : phraseBefore !== undefined
                ? { name: phraseBefore, entity: undefined }
                : last?.speaker;
    } else if (
      quoted >= MIN_QUOTED_WORDS &&
      last !== undefined &&
      sentence.paragraph - last.paragraph <= 1
    )
      speaker = last.speaker;
    if (speaker !== undefined) last = { speaker, paragraph: sentence.paragraph };
    return {
      start: sentence.start,
      end: sentence.end,
      text: text.slice(sentence.start, sentence.end),
      kind:
        speaker === undefined ? 'unattributed' : quoted >= MIN_QUOTED_WORDS ? 'quote' : 'reported',
      speaker: speaker?.entity?.id ?? null,
      speakerName: speaker?.name ?? null,
      medium: null,
      cue: cue?.word ?? null,
      source: null,
    };
  });
}

interface Cue {
  start: number;
  end: number;
  word: string;
}

/** The source phrase and the verbs of saying of a sentence outside its quotes, in order. */
function findCues(text: string, sentence: TextSpan, segmentation: Segmentation): Cue[] {
  const inQuote = (at: number): boolean =>
    segmentation.quotes.some((q) => q.start <= at && q.end > at);
  const body = text.slice(sentence.start, sentence.end);
  const cues: Cue[] = [];
  const source = ARABIC_SOURCE_BEFORE.exec(body);
  if (source !== null)
    cues.push({
      start: sentence.start + source.index,
      end: sentence.start + source.index + source[0].length,
      word: source[0].trim(),
    });
  for (const m of body.matchAll(WORD)) {
    const at = sentence.start + m.index;
    if (ARABIC_SPEECH_VERBS.has(m[0]) && !inQuote(at))
      cues.push({ start: at, end: at + m[0].length, word: m[0] });
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** "وكانت وزارة الخزانة الأمريكية، أعلنت": a short subject before the verb, "كان" aside. */
function subjectBefore(text: string, from: number, verb: number): string | undefined {
  const words = [...text.slice(from, verb).matchAll(WORD)]
    .map((m) => m[0])
    .filter((w) => !/^[،,:]$/u.test(w) && !/^[وف]?(?:كان|كانت|قد)$/u.test(w));
  return words.length === 0 || words.length > 4 ? undefined : words.join(' ');
}

/** Where the subject after a verb can end: before "أن"/"إن", a colon or a quote. */
function subjectEnd(text: string, from: number, end: number): number {
  for (const m of text.slice(from, end).matchAll(WORD))
    if (ARABIC_PHRASE_STOP.has(m[0]) || QUOTE_MARKS.test(m[0]) || m[0] === ':')
      return from + m.index;
  return end;
}

/** The words right after a verb naming its subject ("وزارة الخارجية"), if it is not left out. */
function subjectPhrase(text: string, from: number, end: number): string | undefined {
  const stop = subjectEnd(text, from, end);
  const words = [...text.slice(from, stop).matchAll(WORD)].map((m) => m[0]);
  const phrase = words.filter((w) => !/^[،,]$/u.test(w)).slice(0, 4);
  return phrase.length === 0 || stop - from > 60 ? undefined : phrase.join(' ');
}

/** The words inside quotes in a sentence. */
export function quotedWords(text: string, sentence: TextSpan, segmentation: Segmentation): number {
  let count = 0;
  for (const q of segmentation.quotes) {
    const start = Math.max(q.start, sentence.start);
    const end = Math.min(q.end, sentence.end);
    if (start < end) count += (text.slice(start, end).match(/\p{L}+/gu) ?? []).length;
  }
  return count;
}
