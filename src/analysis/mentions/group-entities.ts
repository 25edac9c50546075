import type { ArticleEntity, Mention, MentionType, QuoteSpan, TextSpan } from '../article-types.ts';
import { nameKey, skeletonKey } from '../../names/index.ts';
import { listedNameFor } from './news-names.ts';

/** Entities and, for every mention that found one, the entity it belongs to. */
export interface GroupedMentions {
  entities: ArticleEntity[];
  /** Mention → entity id, in text order; unresolved pronouns are absent. */
  links: { mention: Mention; entityId: string }[];
}

interface Draft {
  entity: ArticleEntity;
  keys: Set<string>;
  names: Map<string, number>;
  gender?: 'female' | 'male';
  lastStart: number;
}

const PRONOUN_WINDOW_CHARS = 700;

/**
 * Groups mentions into entities with a deterministic sieve: exact form, then titles stripped
 * (mentions carry their name without honorifics), then spelling skeleton or shared list/news
 * name, then surname or styled first name (Dame Sara), then acronym, then pronoun by agreement
 * and recency (skipping mentions inside quotes, which are rarely the speaker). Given the sentences,
 * a pronoun that opens one goes back to the person who opened a sentence before it, as a subject.
 */
export function groupEntities(
  mentions: readonly Mention[],
  quotes: readonly QuoteSpan[] = [],
  sentences: readonly TextSpan[] = [],
): GroupedMentions {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const links: { mention: Mention; entityId: string }[] = [];
  const acronymOf = linkAcronyms(mentions);
  const link = (mention: Mention, draft: Draft): void => {
    draft.entity.mentions.push({ start: mention.start, end: mention.end, text: mention.text });
    draft.lastStart = mention.start;
    if (mention.source !== 'pronoun') {
      draft.names.set(mention.name, (draft.names.get(mention.name) ?? 0) + 1);
      for (const h of mention.honorifics)
        if (mention.type !== 'group' && !draft.entity.honorifics.includes(h))
          draft.entity.honorifics.push(h);
      for (const key of keysOf(mention)) if (!byKey.has(key)) byKey.set(key, draft);
      for (const key of keysOf(mention)) draft.keys.add(key);
      if (mention.gender !== undefined) draft.gender ??= mention.gender;
      if (mention.source === 'gazetteer' || mention.source === 'rule')
        draft.entity.type = pickType(draft.entity.type, mention.type);
    }
    links.push({ mention, entityId: draft.entity.id });
  };
  for (const mention of mentions) {
    if (mention.source === 'pronoun') {
      const antecedent =
        subjectAntecedent(mention, drafts, links, sentences) ??
        resolvePronoun(mention, drafts, links, quotes);
      if (antecedent !== undefined) link(mention, antecedent);
      continue;
    }
    const antecedentStart = acronymOf.get(mention);
    const viaAcronym =
      antecedentStart === undefined
        ? undefined
        : links.find((l) => l.mention.start === antecedentStart);
    const existing =
      (viaAcronym === undefined
        ? undefined
        : drafts.find((d) => d.entity.id === viaAcronym.entityId)) ??
      byNameKey(mention, byKey, drafts) ??
      (mention.type === 'person'
        ? (bySurname(mention, drafts) ?? bySurnameNamedBefore(mention, drafts))
        : undefined);
    if (existing !== undefined) {
      link(mention, existing);
      continue;
    }
    const draft: Draft = {
      entity: {
        id: `e${drafts.length + 1}`,
        name: mention.name,
        type: mention.type,
        aliases: [],
        honorifics: [],
        mentions: [],
      },
      keys: new Set(),
      names: new Map(),
      lastStart: mention.start,
    };
    drafts.push(draft);
    link(mention, draft);
  }
  for (const draft of drafts) {
    const ranked = [...draft.names.entries()].sort(
      (a, b) => b[1] - a[1] || b[0].length - a[0].length,
    );
    // The name: the most used, but a person is named by the fullest form ("Sara Khan", not "Sara").
    const fullest = [...draft.names.keys()].sort(
      (a, b) => b.split(' ').length - a.split(' ').length,
    )[0];
    draft.entity.name =
      (draft.entity.type === 'person' ? fullest : ranked[0]?.[0]) ?? draft.entity.name;
    draft.entity.aliases = [...draft.names.keys()].filter((n) => n !== draft.entity.name);
  }
  return { entities: drafts.map((d) => d.entity), links };
}

/**
 * The entity a mention's name, its spelling skeleton or its listed name already keys. A one-word
 * name that only a skeleton links ("Sari", read as a place, to "Syria") goes to a person named
 * before with that surname ("Kubilay Sari") instead: the spelling is the surname's exactly.
 */
function byNameKey(
  mention: Mention,
  byKey: ReadonlyMap<string, Draft>,
  drafts: readonly Draft[],
): Draft | undefined {
  const found = keysOf(mention)
    .map((key) => ({ key, draft: byKey.get(key) }))
    .find(({ draft }) => draft !== undefined && compatible(draft.entity.type, mention.type));
  if (found === undefined || !found.key.startsWith('s:') || mention.name.includes(' '))
    return found?.draft;
  return bySurname(mention, drafts) ?? found.draft;
}

function keysOf(mention: Mention): string[] {
  const keys = [`k:${nameKey(mention.name)}`, `s:${skeletonKey(mention.name)}`];
  const listed = listedNameFor(mention.name);
  if (listed !== undefined) keys.push(`n:${nameKey(listed)}`);
  if (mention.listedKey !== undefined) keys.push(`k:${mention.listedKey}`);
  return mention.type === 'group' ? [`g:${nameKey(mention.name)}`] : keys;
}

function compatible(a: MentionType, b: MentionType): boolean {
  if (a === b) return true;
  if (a === 'group' || b === 'group') return false;
  // NLP often calls an organisation a place ("Islamic State"); persons never merge with either.
  return a !== 'person' && b !== 'person';
}

function pickType(current: MentionType, offered: MentionType): MentionType {
  return current === 'place' && offered === 'organization' ? offered : current;
}

function bySurname(mention: Mention, drafts: readonly Draft[]): Draft | undefined {
  const words = mention.name.split(' ');
  const candidates = drafts.filter((d) => {
    if (d.entity.type !== 'person') return false;
    return [...d.names.keys()].some((name) => {
      const parts = name.split(' ');
      if (parts.length < 2) return false;
      if (words.length === 1)
        return surnamesOf(parts).includes(words[0] ?? '') || words[0] === parts[0];
      // "Peniche Espejel" after "Cesar Peniche Espejel": a compound surname alone.
      if (parts.length > words.length && parts.slice(-words.length).join(' ') === mention.name)
        return true;
      return words.at(-1) === parts.at(-1) && words[0] === parts[0];
    });
  });
  return candidates.sort((a, b) => b.lastStart - a.lastStart)[0];
}

/**
 * The forms a full name's surname takes alone: the last part, without its article ("Assad" for
 * "Bashar al-Assad"), and of three parts or more the first of two surnames ("Maduro" for "Nicolás
 * Maduro Moros").
 */
function surnamesOf(parts: readonly string[]): string[] {
  const last = parts.at(-1) ?? '';
  const forms = [last, last.replace(/^(?:al|el|Al|El|ad|ar|as|at|az)[-‑]/u, '')];
  const before = parts.at(-2);
  if (parts.length >= 3 && before !== undefined && /^\p{Lu}\p{Ll}/u.test(before))
    forms.push(before);
  return forms;
}

/**
 * A full name after the surname alone ("President Putin … Vladimir Putin"; a Hispanic pair of
 * surnames, "Oseguera Cervantes … Nemesio Rubén Oseguera Cervantes"): the earlier person named
 * only by the surname(s) the full name ends with is the same one, when exactly one such person was
 * met and has no other full name yet. Screening then asks for the full name, not the surname alone.
 */
function bySurnameNamedBefore(mention: Mention, drafts: readonly Draft[]): Draft | undefined {
  const words = mention.name.split(' ');
  if (words.length < 2) return undefined;
  const endsTheName = (name: string): boolean => {
    const count = name.split(' ').length;
    // Two surnames only before two given names: "Ali Hassan" is no surname of "Mohamed Ali Hassan".
    const enough = count === 1 || (count === 2 && words.length >= 4);
    // "al-Sawahiri … Aiman Al-Sawahiri": a particle capitalised at a sentence start is one name.
    const tail = words.slice(-count).join(' ');
    return enough && count < words.length && tail.toLowerCase() === name.toLowerCase();
  };
  const candidates = drafts.filter(
    (d) => d.entity.type === 'person' && [...d.names.keys()].every(endsTheName),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

function linkAcronyms(mentions: readonly Mention[]): Map<Mention, number> {
  const map = new Map<Mention, number>();
  mentions.forEach((mention, i) => {
    if (mention.source !== 'acronym') return;
    const before = mentions[i - 1];
    if (
      before !== undefined &&
      mention.start - before.end <= 3 &&
      before.type !== 'group' &&
      before.source !== 'pronoun'
    )
      map.set(mention, before.start);
  });
  return map;
}

// Title words and capitalised names that may stand before a sentence's subject ("Russian President").
const BEFORE_SUBJECT = /^[“"‘']?\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|the|for|and)\s+){0,6}$/u;

/**
 * "Dodik is a controversial politician. He has cultivated ties with President Vladimir Putin. He
 * welcomed …": a pronoun opening a sentence continues the subject of the sentences before it, not
 * a person named later in them as an object. The person (or the pronoun resolved to one) that
 * opens the nearest sentence before, within the pronoun window, of a compatible gender; a sentence
 * opened by anything else ends the search, and recency decides as before.
 */
function subjectAntecedent(
  pronoun: Mention,
  drafts: readonly Draft[],
  links: readonly { mention: Mention; entityId: string }[],
  sentences: readonly TextSpan[],
): Draft | undefined {
  if (pronoun.name === 'they') return undefined;
  const index = sentences.findIndex((s) => pronoun.start >= s.start && pronoun.start < s.end);
  const own = sentences[index];
  if (own === undefined || !BEFORE_SUBJECT.test(own.text.slice(0, pronoun.start - own.start)))
    return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const sentence = sentences[i];
    if (sentence === undefined || pronoun.start - sentence.end > PRONOUN_WINDOW_CHARS)
      return undefined;
    const first = links.find(
      (l) => l.mention.start >= sentence.start && l.mention.start < sentence.end,
    );
    if (
      first === undefined ||
      !BEFORE_SUBJECT.test(sentence.text.slice(0, first.mention.start - sentence.start))
    )
      return undefined;
    const draft = drafts.find((d) => d.entity.id === first.entityId);
    if (draft === undefined || draft.entity.type !== 'person') return undefined;
    if (
      pronoun.gender !== undefined &&
      draft.gender !== undefined &&
      draft.gender !== pronoun.gender
    )
      return undefined;
    return draft;
  }
  return undefined;
}

function resolvePronoun(
  pronoun: Mention,
  drafts: readonly Draft[],
  links: readonly { mention: Mention; entityId: string }[],
  quotes: readonly QuoteSpan[],
): Draft | undefined {
  const insideQuote = (m: Mention): boolean =>
    quotes.some((q) => m.start > q.start && m.end < q.end);
  if (insideQuote(pronoun)) return undefined;
  let fallback: Draft | undefined;
  for (let i = links.length - 1; i >= 0; i--) {
    const { mention, entityId } = links[i] ?? {};
    if (mention === undefined) continue;
    if (pronoun.start - mention.end > PRONOUN_WINDOW_CHARS) return fallback;
    if (insideQuote(mention)) continue;
    const draft = drafts.find((d) => d.entity.id === entityId);
    if (draft === undefined) continue;
    const type = draft.entity.type;
    if (pronoun.name === 'they') {
      if (type === 'group' || type === 'organization') return draft;
      continue;
    }
    if (type !== 'person') continue;
    // An entity of the pronoun's gender wins over a nearer one of unknown gender.
    if (pronoun.gender === undefined || draft.gender === pronoun.gender) return draft;
    if (draft.gender === undefined) fallback ??= draft;
  }
  return fallback;
}
