import type { Explanation, NameKind, ScreenResult, NameQuery } from '../core/index.ts';

/** A stretch of the analysed text, as character offsets into it (end exclusive). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** A piece of the input removed before analysis, and why (nothing is dropped silently). */
export interface RemovedText {
  text: string;
  reason: string;
}

/** The article as extracted from HTML or cleaned from scraped text. */
export interface ExtractedArticle {
  title: string | null;
  byline: string | null;
  /** Publication date as the page gives it (ISO 8601 when the page uses it). */
  published: string | null;
  site: string | null;
  tags: string[];
  /** The body text that every later stage's offsets refer to. */
  text: string;
  removed: RemovedText[];
  /** Problems that left the result empty or partial, e.g. "no article found in the page". */
  warnings: string[];
}

/** One sentence, with the paragraph it belongs to. */
export interface Sentence extends TextSpan {
  paragraph: number;
}

/** A quoted stretch; `start`/`end` include the quote marks. */
export interface QuoteSpan extends TextSpan {
  /** True when the quote runs on into a following paragraph (the journalistic open-quote rule). */
  continued: boolean;
}

/** Paragraphs, sentences and quotes of a text. */
export interface Segmentation {
  paragraphs: TextSpan[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
}

/** The kinds of thing an article names. */
export type MentionType = 'person' | 'organization' | 'place' | 'group';

/** Where a mention was found. */
export type MentionSource = 'gazetteer' | 'nlp' | 'rule' | 'acronym' | 'pronoun' | 'group';

/** One naming of a person, organisation, place or group in the text. */
export interface Mention extends TextSpan {
  type: MentionType;
  source: MentionSource;
  /** The name without honorifics, possessive or punctuation ("Sara Khan" for "Dame Sara Khan's"). */
  name: string;
  /** Honorifics and titles kept aside (Dame, Sir, Ms., Mullah, President). */
  honorifics: string[];
  /** Gazetteer hits: the normalised list name found, for grouping spelling variants. */
  listedKey?: string;
  /** Pronouns: grammatical gender, when the word has one. */
  gender?: 'female' | 'male';
}

/** A mention group: one person, organisation, place or group. */
export interface ArticleEntity {
  id: string;
  name: string;
  type: MentionType;
  /** Other names used for it in the text. */
  aliases: string[];
  honorifics: string[];
  mentions: TextSpan[];
}

/** How a sentence is sourced. */
export type StatementKind = 'quote' | 'reported' | 'unattributed' | 'weakly-sourced';

/** One sentence with its attribution. */
export interface Statement extends TextSpan {
  kind: StatementKind;
  /** Entity id of the source, when resolved. */
  speaker: string | null;
  /** The source as named (entity name, or the vague phrase such as "media reports"). */
  speakerName: string | null;
  /** Where it was said ("BBC", "the BBC's Political Thinking podcast"). */
  medium: string | null;
  /** The word or phrase that marks the attribution ("said", "according to"). */
  cue: string | null;
  /** Where the text names the source in this sentence (a pronoun or a name), when it does. */
  source: TextSpan | null;
}

/** How a listed entity relates to an article entity: a full match, or a partial one. */
export type HitStatus = 'match' | 'partial';

/** One list hit of an article entity, shown with its explanation. */
export interface EntityHit {
  entityId: string;
  list: string;
  reference: string;
  caption: string;
  score: number;
  match: HitStatus;
  /** The article name that was screened and the listed name that answered it. */
  queryName: string;
  matchedName: { full: string; kind: NameKind };
  /** `LIST REFERENCE` of the lead listing when this hit lists the same real-world entity. */
  sameEntityAs?: string;
  /** Why a hit that the engine scored above threshold is only partial. */
  partialReason?: string;
  /** The listing reason from the list entry, when it gives one. */
  reason?: string;
  /** Countries of the listed entity that the article also names (evidence, not a score). */
  countryEvidence: string[];
  explanation: Explanation;
}

/** The screening outcome of one article entity. */
export interface EntityScreening {
  match: HitStatus | 'none';
  hits: EntityHit[];
}

/** An article entity with its screening (places and groups are not screened). */
export interface AnalyzedEntity extends ArticleEntity {
  screening: EntityScreening | null;
}

/** The full answer for one article. */
export interface ArticleAnalysis {
  title: string | null;
  byline: string | null;
  published: string | null;
  site: string | null;
  tags: string[];
  text: string;
  removed: RemovedText[];
  warnings: string[];
  entities: AnalyzedEntity[];
  statements: Statement[];
}

/** The screening function the caller provides (the app's service, or screenName on an index). */
export type ScreenFunction = (query: NameQuery) => ScreenResult | Promise<ScreenResult>;
