// Reads a CoNLL-2003-style name file (one "token TAG" a line, IOB1 or IOB2 tags PER / ORG / LOC,
// "-DOCSTART-" between documents, a blank line between sentences) as documents of running text
// with their names as character offsets, for train-ner.ts. Used for Wikigold (Wikipedia text,
// CC BY 4.0; see src/analysis/mentions/ner/README.md). MISC names are left untagged.
import { readFileSync } from 'node:fs';
import type { TrainingDocument } from './read-uner.ts';
import { namesOf } from './read-uner.ts';

// Tokens written against the word before them, and after which the next word follows directly.
const CLOSING = new Set([',', '.', ';', ':', '!', '?', ')', ']', '}', '%', "'s", "n't", "'"]);
const OPENING = new Set(['(', '[', '{', '$', '#']);

/**
 * The sentence rebuilt from its tokens with English spacing (no space before a comma or after an
 * opening bracket; a straight double quote opens and closes in turn), with each token's offsets.
 */
export function joinTokens(forms: readonly string[]): {
  text: string;
  offsets: { start: number; end: number }[];
} {
  let text = '';
  let quoteOpen = false;
  let glueNext = true;
  const offsets = forms.map((form) => {
    const isQuote = form === '"';
    const glue = glueNext || CLOSING.has(form) || (isQuote && quoteOpen);
    if (!glue) text += ' ';
    const start = text.length;
    text += form;
    glueNext = OPENING.has(form) || (isQuote && !quoteOpen);
    if (isQuote) quoteOpen = !quoteOpen;
    return { start, end: text.length };
  });
  return { text, offsets };
}

/** The documents of one CoNLL name file, one sentence a line. */
export function readConllNameDocuments(path: string, idPrefix: string): TrainingDocument[] {
  const documents: TrainingDocument[] = [];
  let current: TrainingDocument | null = null;
  let rows: { form: string; tag: string }[] = [];
  const flush = (): void => {
    if (rows.length === 0) return;
    if (current === null) {
      current = { id: `${idPrefix}-${String(documents.length)}`, text: '', spans: [] };
      documents.push(current);
    }
    const sentence = joinTokens(rows.map((r) => r.form));
    const offset = current.text === '' ? 0 : current.text.length + 1;
    current.text += (current.text === '' ? '' : '\n') + sentence.text;
    for (const [first, last, type] of namesOf(rows.map((r) => r.tag)))
      current.spans.push({
        start: offset + (sentence.offsets[first]?.start ?? 0),
        end: offset + (sentence.offsets[last]?.end ?? 0),
        type,
      });
    rows = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [form = '', tag = 'O'] = line.trim().split(/\s+/);
    if (form === '-DOCSTART-') {
      flush();
      current = null;
    } else if (form === '') flush();
    else rows.push({ form, tag });
  }
  flush();
  return documents;
}
