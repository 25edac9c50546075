import type { QuoteSpan } from '../article-types.ts';
import { QUOTE_MASK } from './find-other-language-cue.ts';
import type { LanguageCues } from './other-language-cues.ts';

/** A sentence with its quoted words masked, and how many words were quoted. */
export interface MaskedSentence {
  masked: string;
  quotedWords: number;
}

// "«No vamos a permitirlo —dijo el ministro—, porque …»": a Spanish inciso between dashes names
// the speaker inside the quote; "—No lo sé —dijo—." a dialogue line opens with a dash.
const INCISO = /[—–]\s*(\p{Ll}+)[^—–]{0,100}?(?:[—–]|(?=[.;]?\s*$))/gu;
const DIALOGUE_DASH = /^[—–]\s*/u;

/**
 * Masks the quoted words of the sentence `text.slice(start, end)` with `QUOTE_MASK`, the quote
 * marks included, so that cues are read outside quotes only; a dash inciso with a verb of saying
 * stays readable, and a line that opens with a dash is quoted up to its inciso.
 */
export function maskQuotes(
  text: string,
  start: number,
  end: number,
  quotes: readonly QuoteSpan[],
  cues: LanguageCues,
  opensParagraph: boolean,
): MaskedSentence {
  const body = text.slice(start, end);
  const hidden = new Array<boolean>(body.length).fill(false);
  let quotedWords = 0;
  for (const q of quotes) {
    for (let i = Math.max(q.start, start) - start; i < Math.min(q.end, end) - start; i++)
      hidden[i] = true;
    quotedWords = Math.max(quotedWords, q.text.split(/\s+/u).length);
  }
  // "— a-t-il dit —", "—ha dicho el ministro—": an auxiliary opens the inciso too.
  const incisos = [...body.matchAll(INCISO)].filter((m) => {
    const word = (m[1] ?? '').toLowerCase();
    return cues.verbs.has(word) || cues.auxiliaries.has(word);
  });
  if (opensParagraph && DIALOGUE_DASH.test(body)) {
    const line = body.slice(0, incisos[0]?.index ?? body.length);
    for (let i = 0; i < line.length; i++) hidden[i] = true;
    quotedWords = Math.max(quotedWords, line.split(/\s+/u).length);
  }
  for (const m of incisos)
    for (let i = m.index; i < m.index + m[0].length; i++) hidden[i] = /[—–]/u.test(body[i] ?? '');
  // Unit by unit, so that offsets into the masked sentence are offsets into the text.
  let masked = '';
  for (let i = 0; i < body.length; i++) masked += hidden[i] === true ? QUOTE_MASK : (body[i] ?? '');
  return { masked, quotedWords };
}
