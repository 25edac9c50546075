import { readFileSync } from 'node:fs';
import { HONORIFIC_WORDS } from '../../src/analysis/mentions/find-rule-mentions.ts';

const FOLDER = new URL('../../../shared/data/articles/gum/', import.meta.url);

/** A GUM entity mention of a named person, organisation or place, as character offsets. */
export interface GoldMention {
  start: number;
  end: number;
  type: 'person' | 'organization' | 'place';
  /** The head word, which a prediction must cover (see NamedDefinition). */
  headStart: number;
  headEnd: number;
  /** The name around the head: its proper nouns with the connectors between them. */
  nameStart: number;
  nameEnd: number;
  /**
   * True when the mention lies inside a longer name that is itself a mention ("Dhaka" in "Dhaka
   * University", "Penn" in "Penn State"): a flat tagger can give only one of the two.
   */
  nested: boolean;
  /**
   * True when a person's name is a title alone ("the Secretary", "Mr. President") or a plural proper noun
   * naming a group ("Americans", "Muslims"): GUM counts these as named people, while Sift reports
   * a title only beside a name and a group as a group (see EntityScoring `head-named`).
   */
  descriptive: boolean;
}

/**
 * What makes a GUM mention "named". `head` (the default): the mention's syntactic head (its one
 * token whose dependency head lies outside it) is a proper noun, and that token is the head a
 * prediction must cover, so "the village of Banjal" is not a second named place beside "Banjal"
 * and "the director of the National Conservatory" is not a named person headed by "Conservatory".
 * `last-token`: the earlier definition (the last word of the trimmed phrase is a proper noun and
 * is the head), kept to compare figures with older runs.
 */
export type NamedDefinition = 'head' | 'last-token';

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
  /** The Penn tag: NNPS marks a plural proper noun ("Americans"). */
  xpos: string;
  form: string;
  /** Index (into the document's tokens) of the token's dependency head; -1 for the root. */
  head: number;
  deprel: string;
}

/** Document ids of one GUM split, read from splits.md. */
export function gumSplit(split: 'train' | 'dev' | 'test'): string[] {
  const text = readFileSync(new URL('splits.md', FOLDER), 'utf8');
  const section = text.split(/^## /m).find((s) => s.startsWith(`${split}\n`)) ?? '';
  return [...section.matchAll(/^\s*\*\s+(\S+)/gm)].map((m) => m[1] ?? '');
}

/**
 * Reads a GUM CoNLL-U file: the text (sentences joined by spaces, paragraphs by blank lines) and
 * the mentions of type person, organization and place whose head is a proper noun, which is what
 * "named entity" means for this evaluation (see NamedDefinition). `keepWrappers` keeps the
 * mentions that only wrap a smaller mention's name (the reading before session 11).
 */
export function readGumDocument(
  id: string,
  definition: NamedDefinition = 'head',
  keepWrappers = false,
): GumDocument {
  const lines = readFileSync(new URL(`dep/${id}.conllu`, FOLDER), 'utf8').split('\n');
  let text = '';
  const tokens: Token[] = [];
  const open: { id: string; type: string; first: number }[] = [];
  const spans: { type: string; first: number; last: number }[] = [];
  let pendingSpace = '';
  let multi: { last: number; start: number; cursor: number; form: string } | null = null;
  // Token index of word 1 of the current sentence, to turn CoNLL-U HEAD ids into indices.
  let sentenceStart = 0;
  for (const line of lines) {
    if (line.startsWith('# sent_id')) sentenceStart = tokens.length;
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
    const headId = Number(cols[6] ?? '0');
    const head = headId === 0 ? -1 : sentenceStart + headId - 1;
    let index: number;
    if (multi !== null) {
      const at = multi.form.toLowerCase().indexOf(form.toLowerCase(), multi.cursor);
      const from = at < 0 ? multi.cursor : at;
      const to = at < 0 ? multi.form.length : at + form.length;
      multi.cursor = to;
      index =
        tokens.push({
          start: multi.start + from,
          end: multi.start + to,
          upos: cols[3] ?? '',
          xpos: cols[4] ?? '',
          form,
          head,
          deprel: cols[7] ?? '',
        }) - 1;
      if (Number(cols[0]) >= multi.last) multi = null;
    } else {
      text += pendingSpace;
      const start = text.length;
      text += form;
      index =
        tokens.push({
          start,
          end: text.length,
          upos: cols[3] ?? '',
          xpos: cols[4] ?? '',
          form,
          head,
          deprel: cols[7] ?? '',
        }) - 1;
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
    let headAt = last;
    if (definition === 'head') {
      const inside = (i: number): boolean => i >= span.first && i <= span.last;
      headAt = -1;
      for (let i = span.first; i <= span.last && headAt < 0; i++)
        if (!inside(tokens[i]?.head ?? -1)) headAt = i;
      // "the Danish philologist Rasmus Rask": a common-noun head with the name as its apposition.
      if (tokens[headAt]?.upos !== 'PROPN')
        for (let i = span.first; i <= span.last; i++) {
          const t = tokens[i];
          if (t?.head === headAt && t.upos === 'PROPN' && /^(appos|flat)/.test(t.deprel)) {
            headAt = i;
            break;
          }
        }
    }
    const head = tokens[headAt];
    if (head?.upos !== 'PROPN') continue;
    const [nameFirst, nameLast] = nameAround(tokens, first, last, headAt);
    mentions.push({
      start: tokens[first]?.start ?? 0,
      end: tokens[last]?.end ?? 0,
      type: span.type,
      headStart: head.start,
      headEnd: head.end,
      nameStart: tokens[nameFirst]?.start ?? head.start,
      nameEnd: tokens[nameLast]?.end ?? head.end,
      nested: false,
      descriptive: span.type === 'person' && isDescriptive(tokens.slice(nameFirst, nameLast + 1)),
    });
  }
  const named = keepWrappers ? mentions : mentions.filter((m) => !wrapsSameName(m, mentions));
  for (const mention of named)
    mention.nested = named.some(
      (outer) =>
        outer.nameStart <= mention.nameStart &&
        outer.nameEnd >= mention.nameEnd &&
        outer.nameEnd - outer.nameStart > mention.nameEnd - mention.nameStart,
    );
  return { id, text, mentions: named };
}

/**
 * True when a mention only wraps a smaller mention's name: the two share head word and name, and
 * the larger one adds a coordination or a description ("Sudan and South Sudan", "Lewis et al.",
 * "writers Mark Twain, …", "NASA Administrator"). The name is one named entity, counted once as
 * the smaller mention; counted twice, it would need two predictions of the same word, which no
 * tagger can give (session 11: 20 dev and 23 test gold mentions were such wrappers).
 */
function wrapsSameName(mention: GoldMention, mentions: readonly GoldMention[]): boolean {
  return mentions.some(
    (inner) =>
      inner !== mention &&
      inner.headStart === mention.headStart &&
      inner.nameStart === mention.nameStart &&
      inner.nameEnd === mention.nameEnd &&
      inner.start >= mention.start &&
      inner.end <= mention.end &&
      inner.end - inner.start < mention.end - mention.start,
  );
}

/** A name made only of title words or plural proper nouns (see GoldMention.descriptive). */
function isDescriptive(name: readonly Token[]): boolean {
  return name.every(
    (t) => t.xpos === 'NNPS' || HONORIFIC_WORDS.has(t.form.replace(/\.$/, '').toLowerCase()),
  );
}

const CONNECTORS = new Set(['of', 'the', 'de', 'del', 'da', 'di', 'du', 'von', 'van', 'bin', '&']);

/** The proper nouns around the head inside the phrase, with connectors between them ("Bank of England"). */
function nameAround(
  tokens: readonly Token[],
  first: number,
  last: number,
  head: number,
): [number, number] {
  const proper = (i: number): boolean => ['PROPN', 'NUM'].includes(tokens[i]?.upos ?? '');
  const connector = (i: number): boolean => CONNECTORS.has(tokens[i]?.form.toLowerCase() ?? '');
  let from = head;
  for (let i = head - 1; i >= first; i--) {
    if (proper(i)) from = i;
    else if (!connector(i) || i - 1 < first || !proper(i - 1)) break;
  }
  let to = head;
  for (let i = head + 1; i <= last; i++) {
    if (proper(i)) to = i;
    else if (!connector(i) || i + 1 > last || !proper(i + 1)) break;
  }
  return [from, to];
}
