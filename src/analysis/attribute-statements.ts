import type { ArticleEntity, Mention, Segmentation, Sentence, Statement } from './article-types.ts';
import type { GroupedMentions } from './group-entities.ts';

const SPEECH_CORE = new Set(
  'said says say told tells added adds reported reports claimed stated wrote announced argued according to'.split(
    ' ',
  ),
);
// Speech and cognition verbs that introduce a source's words, in the forms news uses.
const SPEECH_VERBS =
  'said says say saying told tell tells telling added adds adding claimed claim claims claiming ' +
  'argued argue argues arguing stated explained explains noted warned warns warning insisted ' +
  'insists wrote writes asked announced declared suggested suggests acknowledged admitted ' +
  'confirmed denied estimated predicted revealed cautioned stressed urged recalled concluded ' +
  'alleged alleges tweeted replied responded commented observed testified believes believe ' +
  'believed maintained contended conceded reported reports reporting vowed promised pledged ' +
  'accused blamed criticized criticised praised slammed defended questioned rejected dismissed ' +
  'countered thinks think thought hopes hoped fears feared expects expected wants wanted ' +
  'agreed disagreed feels felt knows learned learnt showed shows found finds indicated ' +
  'emphasized emphasised complained boasted joked quipped mused speculated acknowledges ' +
  'cited cites plans planned supports estimates know see saw asks asking demanded demanding ' +
  'demands mentioned promising notes worry worries worried declined urges urging charged ' +
  'charges calling decided views questioning encouraging encouraged ruled argue discussing';
// Speech and cognition verbs that introduce a source's words, in the forms news uses.
const CUE = new RegExp(
  String.raw`\b([Aa]ccording to|(?:criticized|criticised|condemned|praised|accused|disputed|questioned|denounced) by|pointed (?:to|out)|called (?:for|on)|quoted\b.{1,80}?\bas saying|(?:${SPEECH_VERBS.split(' ').join('|')})\b)`,
  'gu',
);

// Vague sources: the statement has a source, but not one a reader can check.
const VAGUE_SOURCE =
  /\b(media reports?|reports|sources|unidentified|unnamed|anonymous|some|many|observers|critics|experts say|people familiar)\b/i;
const IMPERSONAL =
  /\b(it is (?:widely )?(?:believed|said|thought|understood|reported|alleged|claimed|feared|expected)|reportedly|allegedly|is (?:believed|said|thought|rumou?red) to|are (?:believed|said|thought) to|rumou?rs?)\b/i;
const MEDIUM =
  /\b(?:speaking (?:on|to|at|with)|in an interview with|writing in|told)\s+((?:the\s+)?[\p{Lu}][^,.;]{0,80}?)(?=[,.;]|\s+(?:that|on|in|about|a|an|the)\b|$)/iu;
const PREPOSITION_BEFORE =
  /\b(against|of|to|from|with|by|for|about|on|in|at|into|over|under|between|than|like|and)\s+(?:the\s+|a\s+|an\s+)?$/i;

/**
 * Sorts every sentence into quote, reported, unattributed or weakly-sourced, resolving the speaker
 * of each cue to an entity (the subject before the cue, or the source after "according to" and
 * after a closing quote), with the medium where the text gives one.
 */
export function attributeStatements(
  text: string,
  segmentation: Segmentation,
  grouped: GroupedMentions,
): Statement[] {
  const entities = new Map(grouped.entities.map((e) => [e.id, e]));
  const statements = segmentation.sentences.map((sentence) =>
    attributeSentence(text, sentence, segmentation, grouped, entities),
  );
  inheritQuoteSpeakers(statements, segmentation);
  return statements;
}

function attributeSentence(
  text: string,
  sentence: Sentence,
  segmentation: Segmentation,
  grouped: GroupedMentions,
  entities: ReadonlyMap<string, ArticleEntity>,
): Statement {
  const base: Statement = {
    start: sentence.start,
    end: sentence.end,
    text: sentence.text,
    kind: 'unattributed',
    speaker: null,
    speakerName: null,
    medium: null,
    cue: null,
    source: null,
  };
  const quotes = segmentation.quotes.filter(
    (q) => q.start < sentence.end && q.end > sentence.start,
  );
  const outsideQuotes = (from: number, to: number): boolean =>
    !quotes.some((q) => from >= q.start && to <= q.end);
  const cue = findCue(text, sentence, outsideQuotes);
  const quoted = quotes.some((q) => q.text.split(/\s+/).length >= 4);
  const medium =
    MEDIUM.exec(maskQuotes(sentence.text, sentence.start, quotes))?.[1]?.trim() ?? null;
  const impersonal = IMPERSONAL.exec(maskQuotes(sentence.text, sentence.start, quotes));
  if (impersonal !== null) return { ...base, kind: 'weakly-sourced', cue: impersonal[0] };
  if (cue === null) return base;
  const inSentence = grouped.links.filter(
    ({ mention }) =>
      mention.start >= sentence.start &&
      mention.end <= sentence.end &&
      outsideQuotes(mention.start, mention.end),
  );
  const speaker = findSpeaker(text, sentence, cue, inSentence);
  const result: Statement = {
    ...base,
    cue: cue.text,
    medium: medium !== null && medium !== speaker?.phrase ? medium : null,
  };
  if (cue.quotedSource !== undefined) {
    const vague = VAGUE_SOURCE.test(cue.quotedSource);
    return {
      ...result,
      kind: vague ? 'weakly-sourced' : quoted ? 'quote' : 'reported',
      speakerName: cue.quotedSource,
    };
  }
  if (speaker === undefined) {
    // "it said": a source the text names only by an unresolved pronoun.
    const subject = /\b(it|they|he|she|we|I)\s+(?:also\s+)?$/i.exec(
      text.slice(sentence.start, cue.start),
    );
    // "criticized by some radical Muslim groups": a source phrase that is no known mention.
    const phrase = cue.after
      ? /^\s*((?:[\p{L}-]+\s?){1,6}?)(?=\s*(?:[,.;:]|\bfor\b|\bthat\b|\bas\b|$))/u
          .exec(text.slice(cue.end, sentence.end))?.[1]
          ?.trim()
      : undefined;
    if (phrase !== undefined && phrase !== '')
      return {
        ...result,
        kind: VAGUE_SOURCE.test(phrase) ? 'weakly-sourced' : quoted ? 'quote' : 'reported',
        speakerName: phrase,
      };
    // A thought or feeling with no source in sight ("Nobody knows") is the writer's own claim.
    if (subject === null && !quoted && !SPEECH_CORE.has(cue.text)) return base;
    return { ...result, kind: quoted ? 'quote' : 'reported', speakerName: subject?.[1] ?? null };
  }
  const entity = speaker.entityId === undefined ? undefined : entities.get(speaker.entityId);
  const vague =
    (speaker.mention.source === 'group' && speaker.mention.honorifics.length === 0) ||
    VAGUE_SOURCE.test(speaker.phrase);
  return {
    ...result,
    kind: vague ? 'weakly-sourced' : quoted ? 'quote' : 'reported',
    speaker: entity?.id ?? null,
    speakerName: entity?.name ?? speaker.phrase,
    source: { start: speaker.mention.start, end: speaker.mention.end, text: speaker.mention.text },
  };
}

interface Cue {
  start: number;
  end: number;
  text: string;
  after: boolean;
  quotedSource?: string;
}

function findCue(
  text: string,
  sentence: Sentence,
  outsideQuotes: (a: number, b: number) => boolean,
): Cue | null {
  CUE.lastIndex = 0;
  for (const match of sentence.text.matchAll(CUE)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (!outsideQuotes(start, end)) continue;
    const word = (match[1] ?? '').toLowerCase();
    const quotedAs = /^quoted\b(.+?)\bas saying$/i.exec(match[0]);
    if (quotedAs !== null) {
      const before = text.slice(Math.max(sentence.start, start - 12), start);
      const cueText = /the report\s*$/i.test(before)
        ? 'the report quoted … as saying'
        : 'quoted … as saying';
      return { start, end, text: cueText, after: false, quotedSource: (quotedAs[1] ?? '').trim() };
    }
    return { start, end, text: word, after: word === 'according to' || word.endsWith(' by') };
  }
  return null;
}

interface Speaker {
  mention: Mention;
  entityId: string | undefined;
  phrase: string;
}

function findSpeaker(
  text: string,
  sentence: Sentence,
  cue: Cue,
  links: GroupedMentions['links'],
): Speaker | undefined {
  const speakerLike = links.filter(({ mention }) => mention.type !== 'place');
  const after = speakerLike.filter(
    ({ mention }) => mention.start >= cue.end && mention.start - cue.end <= 40,
  );
  if (cue.after) {
    // The source follows the cue directly ("according to the panel", "criticized by Hamas").
    const first = after.find(({ mention }) =>
      /^\s*(?:[\p{L}-]+\s+){0,2}$/u.test(text.slice(cue.end, mention.start)),
    );
    return first === undefined
      ? undefined
      : { mention: first.mention, entityId: first.entityId, phrase: first.mention.text };
  }
  const clause = maskParentheticals(text.slice(sentence.start, cue.start));
  const before = speakerLike
    .filter(
      ({ mention }) =>
        mention.end <= cue.start && clause[mention.start - sentence.start] !== '\u0000',
    )
    .filter(
      ({ mention }) =>
        !PREPOSITION_BEFORE.test(
          text.slice(Math.max(sentence.start, mention.start - 20), mention.start),
        ),
    )
    .filter(
      ({ mention }) =>
        !/[“"]\s*$/.test(text.slice(mention.end, cue.start)) || cue.start - mention.end < 4,
    );
  const nearest = before.at(-1);
  if (nearest !== undefined && cue.start - nearest.mention.end <= 60)
    return { mention: nearest.mention, entityId: nearest.entityId, phrase: nearest.mention.text };
  // "…”, said the panel": the speaker follows the cue directly.
  const following = after[0];
  if (
    following !== undefined &&
    /^\s*(?:the\s+)?$/i.test(text.slice(cue.end, following.mention.start))
  )
    return {
      mention: following.mention,
      entityId: following.entityId,
      phrase: following.mention.text,
    };
  if (nearest !== undefined)
    return { mention: nearest.mention, entityId: nearest.entityId, phrase: nearest.mention.text };
  return undefined;
}

/** Blanks relative clauses and appositions ("Dame Sara, who advises Michael Gove, said"). */
function maskParentheticals(clause: string): string {
  return clause.replace(
    /(,\s*(?:who|which|whose|a|an|the|now|then)\b[^,]*,|\s[–—]\s[^–—]*\s[–—]\s|\([^)]*\))/giu,
    (part) => '\u0000'.repeat(part.length),
  );
}

function maskQuotes(
  sentenceText: string,
  offset: number,
  quotes: readonly { start: number; end: number }[],
): string {
  let masked = sentenceText;
  for (const q of quotes) {
    const from = Math.max(0, q.start - offset);
    const to = Math.min(masked.length, q.end - offset);
    if (to > from) masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to);
  }
  return masked;
}

/** A sentence wholly inside a quote takes the speaker of the quote's attributed sentence. */
function inheritQuoteSpeakers(statements: Statement[], segmentation: Segmentation): void {
  for (const quote of segmentation.quotes) {
    const inside = statements.filter((s) => s.start < quote.end && s.end > quote.start);
    const source = inside.find((s) => s.kind === 'quote' && s.speakerName !== null);
    if (source === undefined) continue;
    for (const statement of inside) {
      if (statement.kind !== 'unattributed') continue;
      Object.assign(statement, {
        kind: 'quote',
        speaker: source.speaker,
        speakerName: source.speakerName,
        medium: source.medium,
        cue: source.cue,
        source: null,
      });
    }
  }
  // Consecutive quoted sentences in one paragraph ("“…,” the experts said. “Further …”.").
  statements.forEach((statement, i) => {
    const previous = statements[i - 1];
    const paragraphOf = (s: Statement): number | undefined =>
      segmentation.sentences.find((x) => x.start === s.start)?.paragraph;
    if (
      statement.kind !== 'unattributed' ||
      previous?.kind !== 'quote' ||
      !/^[“"]/.test(statement.text)
    )
      return;
    if (paragraphOf(previous) !== paragraphOf(statement)) return;
    Object.assign(statement, {
      kind: 'quote',
      speaker: previous.speaker,
      speakerName: previous.speakerName,
      medium: previous.medium,
      cue: previous.cue,
      source: null,
    });
  });
}
