import type { ArticleEntity, Segmentation, Statement } from '../article-types.ts';
import {
  findOtherLanguageCue,
  isRole,
  QUOTE_MASK,
  type OtherLanguageCue,
} from './find-other-language-cue.ts';
import { nameRuns, readSpeakerPhrase } from './name-other-language-speaker.ts';
import { maskQuotes } from './mask-quotes.ts';
import type { LanguageCues } from './other-language-cues.ts';
import { wireDatelineLength } from './wire-dateline-length.ts';

interface Read {
  start: number;
  end: number;
  paragraph: number;
  /** The sentence with its quotes masked. */
  masked: string;
  cue: OtherLanguageCue | undefined;
  quoted: boolean;
  /** A quote opens the sentence or fills most of it: words of the speaker of the quote. */
  quoteLed: boolean;
  speaker: string | null;
  source: { start: number; end: number } | null;
}

/**
 * Sorts the sentences of a German or Spanish article into quotes, reported speech and the writer's
 * own statements, with the speaker of each: the source a cue names, completed to the full name the
 * article gives, or the speaker before for a pronoun, a role ("der Minister", "la ministra") or a
 * subject left out ("…", añadió.); the sentences of a quote share its speaker, and a German
 * sentence in the reported subjunctive ("Es gelte …") is the last speaker's.
 */
export function attributeOtherLanguage(
  text: string,
  segmentation: Segmentation,
  entities: readonly ArticleEntity[],
  cues: LanguageCues,
): Statement[] {
  const reads = segmentation.sentences.map((sentence): Read => {
    const paragraphStart = segmentation.paragraphs[sentence.paragraph]?.start === sentence.start;
    const start = sentence.start + (paragraphStart ? wireDatelineLength(sentence.text) : 0);
    const quotes = segmentation.quotes.filter((q) => q.start < sentence.end && q.end > start);
    const { masked, quotedWords } = maskQuotes(
      text,
      start,
      sentence.end,
      quotes,
      cues,
      paragraphStart,
    );
    const unquoted = masked.replace(/∎+/gu, '').replace(/[\s\p{P}]+/gu, '').length;
    return {
      start,
      end: sentence.end,
      paragraph: sentence.paragraph,
      masked,
      cue: findOtherLanguageCue(masked, cues),
      quoted: quotedWords >= 4,
      quoteLed: quotedWords > 0 && (masked.startsWith(QUOTE_MASK) || unquoted < 12),
      speaker: null,
      source: null,
    };
  });
  nameCueSpeakers(text, reads, cues);
  shareQuoteSpeakers(reads, segmentation);
  inheritSpeakers(reads, cues);
  return reads.map((r) => toStatement(text, r, entities));
}

function nameCueSpeakers(text: string, reads: Read[], cues: LanguageCues): void {
  let last: string | null = null;
  reads.forEach((read, i) => {
    if (read.cue === undefined) return;
    const phrase = read.cue.phrase;
    // "…, heißt es.": weakly sourced words, nobody's.
    if (read.cue.impersonal === true && phrase === null) return;
    const written =
      phrase === null ? null : text.slice(read.start + phrase.start, read.start + phrase.end);
    const reading = readSpeakerPhrase(written, text, text.slice(0, read.start), cues);
    const opening = (): string | null =>
      openingRole(
        text,
        reads.slice(0, i).findLast((r) => !r.quoteLed),
        cues,
      );
    // A role the text gave a named person before is that person; a pronoun, another role and a
    // left-out subject are the speaker before. A sentence that opens with its verb ("Dijo que
    // …") speaks for the subject of the sentence before: its speaker, or the name it opens with.
    read.speaker = read.cue.leftOut
      ? subjectBefore(text, reads[i - 1], cues)
      : reading.kind !== 'back'
        ? reading.name
        : (reading.titled ?? last ?? reading.fallback ?? opening() ?? namedBefore(reads, i, cues));
    if (phrase !== null)
      read.source = { start: read.start + phrase.start, end: read.start + phrase.end };
    if (read.speaker === null) return;
    last = read.speaker;
    // "… aufgelöst. Das teilte der Innenminister mit.": the sentence before is what was said.
    const before = reads[i - 1];
    if (read.cue.pointsBack && before !== undefined && before.speaker === null)
      before.speaker = read.speaker;
  });
}

/**
 * The subject of the sentence before, for a sentence that leaves its own out: the speaker that
 * sentence has, else the name it opens with ("Estados Unidos amplió … Dijo que …"), else none.
 */
function subjectBefore(text: string, before: Read | undefined, cues: LanguageCues): string | null {
  if (before === undefined) return null;
  if (before.speaker !== null) return before.speaker;
  const sentence = text.slice(before.start, before.end);
  const name = nameRuns(
    sentence
      .split(/[\s,]+/u)
      .slice(0, 4)
      .join(' '),
    cues,
  )[0];
  return name !== undefined && sentence.startsWith(name) ? name : null;
}

/**
 * "Staatsanwältin im damaligen Prozess war dieselbe. „…“, erinnerte sie sich.": with nobody named
 * before, a pronoun stands for the office the sentence before opens with.
 */
function openingRole(text: string, before: Read | undefined, cues: LanguageCues): string | null {
  if (before === undefined) return null;
  const words = text.slice(before.start, before.end).split(/\s+/u);
  const first = cues.articles.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
  const role = words[first] ?? '';
  return /^\p{Lu}/u.test(role) && isRole(role, cues) ? role : null;
}

/**
 * "Kader Arif est intervenu … Il est ensuite revenu sur ses propos. « … », a-t-il expliqué.": with
 * no speaker before, a pronoun stands for the last full name of the sentences just before.
 */
function namedBefore(reads: readonly Read[], at: number, cues: LanguageCues): string | null {
  for (const read of reads.slice(Math.max(0, at - 3), at).reverse()) {
    // Names inside a quote are what was said, not who said it ("„… kadencji Alaksandra Łukaszenki
    // …" - uznali ministrowie"): only the writer's own words are searched.
    const sentence = read.masked.replace(/∎+/gu, ' ');
    const full = nameRuns(sentence, cues).filter((r) => r.includes(' '));
    const name = full[full.length - 1];
    if (name !== undefined) return name;
  }
  return null;
}

/** The sentences of a quote that runs over several take the speaker its cue gives. */
function shareQuoteSpeakers(reads: Read[], segmentation: Segmentation): void {
  for (const quote of segmentation.quotes) {
    const inside = reads.filter((r) => r.start < quote.end && r.end > quote.start);
    if (inside.length < 2) continue;
    const owner = [...inside].reverse().find((r) => r.speaker !== null && r.cue !== undefined);
    if (owner === undefined) continue;
    for (const r of inside) if (r.speaker === null) r.speaker = owner.speaker;
  }
}

/** A quote without a cue, or a German reported subjunctive, belongs to the speaker before. */
function inheritSpeakers(reads: Read[], cues: LanguageCues): void {
  let last: Read | undefined;
  reads.forEach((read, i) => {
    if (read.speaker !== null) {
      last = read;
      return;
    }
    if (read.cue !== undefined) return;
    const near = last !== undefined && read.paragraph - last.paragraph <= 1;
    const reported = cues.reportedMood?.test(read.masked) ?? false;
    if (last !== undefined && (((read.quoteLed || read.quoted) && near) || reported)) {
      read.speaker = last.speaker;
      return;
    }
    // A quote that opens a paragraph before the sentence naming its speaker.
    const next = reads[i + 1];
    if (read.quoteLed && last === undefined && next?.paragraph === read.paragraph)
      read.speaker = next.speaker;
  });
}

function toStatement(text: string, read: Read, entities: readonly ArticleEntity[]): Statement {
  const source = read.source;
  // "по словам Пескова": the words naming the source are a mention of a person found in the text.
  const entity =
    read.speaker === null
      ? undefined
      : (entities.find((e) => namesEntity(e, read.speaker!)) ??
        (source === null
          ? undefined
          : entities.find(
              (e) =>
                e.type === 'person' &&
                e.mentions.some((m) => m.start >= source.start && m.end <= source.end),
            )));
  const attributed = read.speaker !== null;
  return {
    start: read.start,
    end: read.end,
    text: text.slice(read.start, read.end),
    kind: !attributed
      ? read.cue?.impersonal === true
        ? 'weakly-sourced'
        : 'unattributed'
      : read.quoted
        ? 'quote'
        : 'reported',
    speaker: entity?.id ?? null,
    speakerName: read.speaker,
    medium: null,
    cue: attributed || read.cue?.impersonal === true ? (read.cue?.cue ?? null) : null,
    source:
      read.source === null
        ? null
        : { ...read.source, text: text.slice(read.source.start, read.source.end) },
  };
}

/** True when an entity's name or alias is the speaker's name, words before either aside. */
function namesEntity(entity: ArticleEntity, speaker: string): boolean {
  const wanted = speaker.toLowerCase();
  return [entity.name, ...entity.aliases].some((n) => {
    const name = n.toLowerCase();
    // "России Сергей Вершинин": a capitalised word the phrase kept before the full name.
    return (
      name === wanted ||
      name.endsWith(` ${wanted}`) ||
      (name.includes(' ') && wanted.endsWith(` ${name}`))
    );
  });
}
