import { readFileSync } from 'node:fs';

const FOLDER = new URL('../../../shared/data/articles/gum/', import.meta.url);

/** A GUM entity mention of a named person, organisation or place, as character offsets. */
export interface GoldMention {
  start: number;
  end: number;
  type: 'person' | 'organization' | 'place';
  /** The head word (the last proper noun), which a prediction must cover. */
  headStart: number;
  headEnd: number;
}

/** One GUM document rebuilt as text, with its named-entity mentions. */
export interface GumDocument {
  id: string;
  text: string;
  mentions: GoldMention[];
}

interface Token {
  start: number;
  end: number;
  upos: string;
}

/** Document ids of one GUM split, read from splits.md. */
export function gumSplit(split: 'train' | 'dev' | 'test'): string[] {
  const text = readFileSync(new URL('splits.md', FOLDER), 'utf8');
  const section = text.split(/^## /m).find((s) => s.startsWith(`${split}\n`)) ?? '';
  return [...section.matchAll(/^\s*\*\s+(\S+)/gm)].map((m) => m[1] ?? '');
}

/**
 * Reads a GUM CoNLL-U file: the text (sentences joined by spaces, paragraphs by blank lines) and
 * the mentions of type person, organization and place whose head is a proper noun (the last
 * content token is PROPN), which is what "named entity" means for this evaluation.
 */
export function readGumDocument(id: string): GumDocument {
  const lines = readFileSync(new URL(`dep/${id}.conllu`, FOLDER), 'utf8').split('\n');
  let text = '';
  const tokens: Token[] = [];
  const open: { id: string; type: string; first: number }[] = [];
  const spans: { type: string; first: number; last: number }[] = [];
  let pendingSpace = '';
  let multi: { last: number; start: number; cursor: number; form: string } | null = null;
  for (const line of lines) {
    if (line.startsWith('# newpar')) {
      if (text !== '') pendingSpace = '\n\n';
      continue;
    }
    if (line.startsWith('#') || line.trim() === '') {
      if (line.trim() === '' && text !== '' && pendingSpace === '') pendingSpace = ' ';
      continue;
    }
    const cols = line.split('\t');
    const range = /^(\d+)-(\d+)$/.exec(cols[0] ?? '');
    if (range !== null) {
      // A multiword token ("Melanie's" = Melanie + 's): the surface form goes into the text once.
      text += pendingSpace;
      multi = { last: Number(range[2]), start: text.length, cursor: 0, form: cols[1] ?? '' };
      text += multi.form;
      pendingSpace = /SpaceAfter=No/.test(cols[9] ?? '') ? '' : ' ';
      continue;
    }
    if (!/^\d+$/.test(cols[0] ?? '')) continue;
    const form = cols[1] ?? '';
    const misc = cols[9] ?? '';
    let index: number;
    if (multi !== null) {
      const at = multi.form.toLowerCase().indexOf(form.toLowerCase(), multi.cursor);
      const from = at < 0 ? multi.cursor : at;
      const to = at < 0 ? multi.form.length : at + form.length;
      multi.cursor = to;
      index =
        tokens.push({ start: multi.start + from, end: multi.start + to, upos: cols[3] ?? '' }) - 1;
      if (Number(cols[0]) >= multi.last) multi = null;
    } else {
      text += pendingSpace;
      const start = text.length;
      text += form;
      index = tokens.push({ start, end: text.length, upos: cols[3] ?? '' }) - 1;
      pendingSpace = /SpaceAfter=No/.test(misc) ? '' : ' ';
    }
    const entity = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1] ?? '';
    // "(12-person-…)" opens and closes on this token, "(12-person-…" opens, "12)" closes.
    for (const m of entity.matchAll(/\((\d+)-([a-z]+)[^()]*\)|\((\d+)-([a-z]+)[^()]*|(\d+)\)/g)) {
      if (m[1] !== undefined) spans.push({ type: m[2] ?? '', first: index, last: index });
      else if (m[3] !== undefined) open.push({ id: m[3], type: m[4] ?? '', first: index });
      else if (m[5] !== undefined) {
        const at = open.map((o) => o.id).lastIndexOf(m[5]);
        if (at >= 0) {
          const [o] = open.splice(at, 1);
          if (o !== undefined) spans.push({ type: o.type, first: o.first, last: index });
        }
      }
    }
  }
  const mentions: GoldMention[] = [];
  for (const span of spans) {
    if (span.type !== 'person' && span.type !== 'organization' && span.type !== 'place') continue;
    let first = span.first;
    let last = span.last;
    while (first < last && ['DET', 'PUNCT'].includes(tokens[first]?.upos ?? '')) first++;
    while (last > first && ['PUNCT', 'PART'].includes(tokens[last]?.upos ?? '')) last--;
    const range = tokens.slice(first, last + 1);
    if (tokens[last]?.upos !== 'PROPN' || !range.some((t) => t.upos === 'PROPN')) continue;
    mentions.push({
      start: tokens[first]?.start ?? 0,
      end: tokens[last]?.end ?? 0,
      type: span.type,
      headStart: tokens[last]?.start ?? 0,
      headEnd: tokens[last]?.end ?? 0,
    });
  }
  return { id, text, mentions };
}
