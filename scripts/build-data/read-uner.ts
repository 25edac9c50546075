// Reads Universal NER (UNER) IOB2 files (https://www.universalner.org/, CC BY-SA 4.0) as
// documents of running text with their names as character offsets, for train-ner.ts.
import { readFileSync } from 'node:fs';

/** A name in a training text: character offsets (end exclusive) and its Sift type. */
export interface TrainingSpan {
  start: number;
  end: number;
  type: 'person' | 'organization' | 'place';
}

/** One document of training text with its names. */
export interface TrainingDocument {
  id: string;
  text: string;
  spans: TrainingSpan[];
}

const TYPES: Record<string, TrainingSpan['type']> = {
  PER: 'person',
  ORG: 'organization',
  LOC: 'place',
};

/**
 * The documents of one UNER IOB2 file. Each sentence is rebuilt from its `# text` line (tokens
 * found in it left to right), so the tagger sees real spacing; a sentence whose tokens cannot be
 * found there is rebuilt from its tokens joined by spaces. With `capitalisedOnly`, sentences with
 * a name written in lower case ("tampa bay", web forum text) are left out: Sift reads edited news.
 */
export function readUnerDocuments(
  path: string,
  capitalisedOnly: boolean,
  namedOnly = false,
): TrainingDocument[] {
  const documents: TrainingDocument[] = [];
  let current: TrainingDocument | null = null;
  let sentenceText = '';
  let rows: { form: string; tag: string }[] = [];
  const flush = (): void => {
    if (rows.length === 0) return;
    current ??= { id: `uner-${String(documents.length)}`, text: '', spans: [] };
    if (!documents.includes(current)) documents.push(current);
    const sentence = placeTokens(sentenceText, rows);
    rows = [];
    const names = namesOf(sentence.tags);
    if (
      capitalisedOnly &&
      names.some(([first]) => !/^[\p{Lu}\p{N}]/u.test(sentence.forms[first]?.text ?? ''))
    )
      return;
    if (namedOnly && names.length === 0) return;
    // One sentence a line, as in the file: a quarter of EWT's sentences have no full stop
    // ("Burger King", "good luck"), and joined by spaces their first words would not be read as
    // sentence starts, teaching the tagger that a capitalised word mid-sentence is no name.
    const offset = current.text === '' ? 0 : current.text.length + 1;
    current.text += (current.text === '' ? '' : '\n') + sentence.text;
    for (const [first, last, type] of names)
      current.spans.push({
        start: offset + (sentence.forms[first]?.start ?? 0),
        end: offset + (sentence.forms[last]?.end ?? 0),
        type,
      });
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('# newdoc')) {
      flush();
      current = null;
    } else if (line.startsWith('# text = ')) sentenceText = line.slice('# text = '.length);
    else if (line.trim() === '') flush();
    else if (!line.startsWith('#')) {
      const [, form = '', tag = 'O'] = line.split('\t');
      rows.push({ form, tag });
    }
  }
  flush();
  return documents.filter((d) => d.text !== '');
}

/** The tokens' offsets in the sentence text, or the tokens joined by spaces if one is not found. */
function placeTokens(
  text: string,
  rows: readonly { form: string; tag: string }[],
): { text: string; tags: string[]; forms: { text: string; start: number; end: number }[] } {
  const forms: { text: string; start: number; end: number }[] = [];
  let cursor = 0;
  for (const { form } of rows) {
    const at = text.indexOf(form, cursor);
    if (at < 0 || at - cursor > 2) {
      let joined = '';
      const spaced = rows.map((r) => {
        const start = joined === '' ? 0 : joined.length + 1;
        joined += (joined === '' ? '' : ' ') + r.form;
        return { text: r.form, start, end: start + r.form.length };
      });
      return { text: joined, tags: rows.map((r) => r.tag), forms: spaced };
    }
    forms.push({ text: form, start: at, end: at + form.length });
    cursor = at + form.length;
  }
  return { text, tags: rows.map((r) => r.tag), forms };
}

/** The names of a sentence's IOB2 tags as [first token, last token, type]; other types skipped. */
export function namesOf(tags: readonly string[]): [number, number, TrainingSpan['type']][] {
  const names: [number, number, TrainingSpan['type']][] = [];
  tags.forEach((tag, i) => {
    const type = TYPES[tag.slice(2)];
    if (type === undefined) return;
    if (tag.startsWith('B-') || names.at(-1)?.[1] !== i - 1 || names.at(-1)?.[2] !== type)
      names.push([i, i, type]);
    else {
      const last = names.at(-1);
      if (last !== undefined) last[1] = i;
    }
  });
  return names;
}
