import type { ArticleEntity, Sentence, Statement, TextSpan } from '../article-types.ts';
import type { GroupedMentions } from '../mentions/group-entities.ts';

// Documents whose words a sentence may give as what they "read".
const DOCUMENT = String.raw`(?:statement|letter|message|post|notice|release|communiqu[eé]|note|tweet|email|memo|sign|banner|placard|leaflet|caption|citation|indictment|complaint|affidavit)`;
// "the statement read.", "the company's statement read:", "a statement read in part": the
// document, with an owner in the possessive where the text gives one, then "read" closing the
// clause (a colon, a comma, a quote, the sentence's end, "in part").
const DOCUMENT_READ = new RegExp(
  String.raw`(?<![\p{L}'’])(?:(?<det>the|a|an|this|that|its|his|her|their|one)\s+(?:[\p{Ll}-]+\s+){0,2}?|(?<owner>(?:(?:the|a|an)\s+)?(?:[\p{L}.&-]+\s+){0,3}?[\p{L}.&-]+)['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?)${DOCUMENT}\s+(?<verb>reads|read)(?=\s*(?:[:,.;!?"“”'’]|in\s+part\b|$))`,
  'giu',
);

// The issuer of a document is looked for this many statements back.
const ISSUER_WINDOW = 4;

/**
 * "“…,” the statement read": the statement is the source, "read" the cue. A statement whose
 * document has an owner in the possessive ("the company's statement", "UPS's statement") is the
 * owner's; otherwise the speaker is left to `resolveDocumentSpeakers`.
 */
export function documentReadStatement(
  text: string,
  sentence: Sentence,
  base: Statement,
  quoted: boolean,
  links: GroupedMentions['links'],
  entities: ReadonlyMap<string, ArticleEntity>,
  insideQuote: (start: number, end: number) => boolean,
): Statement | undefined {
  // Most sentences have no "read": the full pattern is tried only where one stands.
  if (!/\breads?\b/i.test(sentence.text)) return undefined;
  for (const match of sentence.text.matchAll(DOCUMENT_READ)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (insideQuote(start, end)) continue;
    const verb = match.groups?.['verb'] ?? 'read';
    const cueStart = end - verb.length;
    const kind = quoted ? 'quote' : 'reported';
    const document: TextSpan = {
      start,
      end: cueStart,
      text: text.slice(start, cueStart).trimEnd(),
    };
    document.end = start + document.text.length;
    const owner = match.groups?.['owner'];
    if (owner === undefined)
      return { ...base, kind, cue: verb.toLowerCase(), source: document, speakerName: null };
    const span = { start, end: start + owner.length, text: owner };
    const named = links.find(
      ({ mention }) =>
        mention.start >= span.start && mention.end === span.end && mention.source !== 'pronoun',
    );
    const entity = named === undefined ? undefined : entities.get(named.entityId);
    return {
      ...base,
      kind,
      cue: verb.toLowerCase(),
      source: span,
      speaker: entity?.id ?? null,
      speakerName: entity?.name ?? owner,
    };
  }
  return undefined;
}

// A document named without an owner ("the statement", "a letter", "its statement").
const OWNERLESS_DOCUMENT = new RegExp(
  String.raw`^(?:the|a|an|this|that|its|his|her|their|one)\s+(?:[\p{Ll}-]+\s+){0,2}?(${DOCUMENT})$`,
  'iu',
);

/**
 * "Hezbollah issued a statement on Sunday. “…,” the statement read.": the speaker of a document
 * that reads is whoever issued it, the speaker of the nearest statement before that names a
 * document of that kind.
 */
export function resolveDocumentSpeakers(statements: Statement[]): void {
  statements.forEach((statement, i) => {
    if (statement.speakerName !== null || !/^reads?$/.test(statement.cue ?? '')) return;
    const noun = OWNERLESS_DOCUMENT.exec(statement.source?.text ?? '')?.[1]?.toLowerCase();
    if (noun === undefined) return;
    const names = new RegExp(String.raw`\b${noun}`, 'iu');
    for (let j = i - 1; j >= Math.max(0, i - ISSUER_WINDOW); j--) {
      const previous = statements[j];
      if (previous?.speakerName == null || !names.test(previous.text)) continue;
      statement.speaker = previous.speaker;
      statement.speakerName = previous.speakerName;
      return;
    }
  });
}
