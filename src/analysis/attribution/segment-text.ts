import type { QuoteSpan, Segmentation, Sentence, TextSpan } from '../article-types.ts';

// Words that end in a period without ending the sentence (titles, months, corporate forms).
// "Md." opens South Asian names ("Haznah Md. Hashim", "Md. Mazharul Islam"), and is Maryland
// ("Bethesda, Md. The company …"): not a title, so a sentence starter after it still splits.
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr inc ltd co corp ' +
    'vs etc nos fig al approx dept univ jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'mt ft hon rev supt insp ave blvd md'
  ).split(' '),
);

// Titles come before a name, never at the end of a sentence ("Sen. Cruz"); other abbreviations
// can end one ("… in the U.S. He said …", "… and Co. The firm …").
const TITLES = new Set(
  'mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st hon rev supt insp'.split(' '),
);
// Words that open a sentence far more often than they continue a name after an abbreviation.
const SENTENCE_STARTERS = new Set(
  (
    'he she it they we i you the a an this that these those his her its their our there but and ' +
    'so yet however in on at for if when while after before as since although though meanwhile ' +
    'then now still also instead'
  ).split(' '),
);

// Abbreviations that number what follows them ("Legislative Decree No. 20", "Art. 5").
const NUMBERING = new Set(['no', 'nos', 'art', 'arts', 'vol', 'p', 'pp', 'para', 'ch', 'sec']);

// Each opening mark with the marks that close it: English “…”, German „…“ (and „…” or „…" in some
// copy), French, Spanish and Swiss «…», German »…« and the single guillemets ‹…›; La Jornada's
// doubled single marks ‘‘…’’ count as one double mark, as do the doubled apostrophes ''…'' of
// newspaper archives' plain text (the New York Times as LexisNexis gives it).
const CLOSERS: Readonly<Record<string, readonly string[]>> = {
  '“': ['”', '"'],
  '"': ['"', '”'],
  '„': ['“', '”', '"'],
  '«': ['»'],
  '»': ['«'],
  '‹': ['›'],
  '‘‘': ['’’'],
  "''": ["''"],
  '”': ['”', '"'],
};
// A right mark opens only a paragraph ("”Mr. Trump embodies …” ― a reader's comment, a slip of
// the keyboard): it can close nothing there.
const PARAGRAPH_OPENING = '”';
const OPENING = new Set(
  Object.keys(CLOSERS).filter((mark) => mark.length === 1 && mark !== PARAGRAPH_OPENING),
);
const DOUBLED = Object.keys(CLOSERS).filter((mark) => mark.length === 2);

/**
 * Splits text into paragraphs (blank-line or line separated), sentences (rule-based, aware of
 * abbreviations, initials and closing quotes) and quote spans, including quotes that run across
 * paragraphs by the open-quote convention.
 */
export function segmentText(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const span of splitSentences(text, paragraph.start, paragraph.end))
      sentences.push({ ...span, paragraph: index });
  });
  return { paragraphs, sentences, quotes: findQuotes(text, paragraphs) };
}

function splitParagraphs(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const pattern = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (const match of text.matchAll(pattern)) {
    const raw = match[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body === '') continue;
    const start = match.index + lead;
    spans.push({ start, end: start + body.length, text: body });
  }
  return spans;
}

function splitSentences(text: string, from: number, to: number): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = from;
  // French sets a no-break space inside guillemets: "… Fries. « Il faut …"; archive text opens
  // a quote with two apostrophes: "… said. ''It's …".
  const boundary =
    /[.!?…]+["”“’'»«›)\]]*(?=\s+(?:[«»‹]\s*|''|["“„‚‘'¿¡—([])?[\p{Lu}\p{N}])|[.!?…]+["”“’'»«›)\]]*(?=\s*$)|\n/gu;
  boundary.lastIndex = from;
  const paragraph = text.slice(0, to);
  let match: RegExpExecArray | null;
  while ((match = boundary.exec(paragraph)) !== null) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n' && isAbbreviation(paragraph, match.index, end)) continue;
    if (match[0] !== '\n' && isQuestionBeforeSpeaker(paragraph, match[0], end)) continue;
    push(spans, text, start, end);
    start = end;
    if (boundary.lastIndex === match.index) boundary.lastIndex++;
  }
  push(spans, text, start, to);
  return spans;
}

// "“So the answer is no?” Berman asked.": a question or exclamation closing a quote goes on with
// its speaker and verb; it ends the sentence only when something else follows.
const SPEAKER_AFTER_QUOTE =
  /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:asked|asks|said|says|responded|replied|told|added|shouted|cried|wrote|continued|demanded|wondered|exclaimed)\b/u;

function isQuestionBeforeSpeaker(text: string, boundary: string, end: number): boolean {
  return /[?!]+["”’']$/u.test(boundary) && SPEAKER_AFTER_QUOTE.test(text.slice(end, end + 60));
}

function isAbbreviation(text: string, dot: number, end: number): boolean {
  if (text[dot] !== '.') return false;
  // "LOUISVILLE, Ky. (WDRB) --": a state's abbreviation before the agency of a wire dateline.
  if (/^\s*\([^)]{1,25}\)\s*(?:-{1,2}|[–—])/u.test(text.slice(end, end + 40))) return true;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  // A lone capital is an initial ("J. Smith"), but "posted on X." names the platform (formerly
  // Twitter) and ends its sentence.
  if (/^\p{Lu}$/u.test(word))
    return !(word === 'X' && /\b(?:on|via)\s$/u.test(text.slice(Math.max(0, dot - 6), dot - 1)));
  const lower = word.toLowerCase();
  // "No. 20", "Art. 5", "pp. 12": a numbering abbreviation before a number never ends a sentence.
  if (NUMBERING.has(lower) && /^\s+\p{N}/u.test(text.slice(end, end + 4))) return true;
  // Dotted letters are acronyms ("U.S.", "U.N.", "a.k.a.").
  if (!/^(\p{L}\.)+\p{L}$/u.test(word) && !ABBREVIATIONS.has(lower)) return false;
  // "at 3 p.m. Police said": a time ends sentences more often than it continues one.
  if (lower === 'a.m' || lower === 'p.m') return false;
  if (TITLES.has(lower)) return true;
  const next = /^\s+["“‘'«(]?([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? '';
  return !SENTENCE_STARTERS.has(next.toLowerCase());
}

function push(spans: TextSpan[], text: string, start: number, end: number): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body === '') return;
  spans.push({ start: start + lead, end: start + lead + body.length, text: body });
}

function findQuotes(text: string, paragraphs: readonly TextSpan[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  // `single` is the mark that closes a quote opened with a single mark: ’ for ‘, ' for '.
  // `mark` is the double mark that opened it, whose closers end it.
  let open: { start: number; continued: boolean; single: string | null; mark: string } | null =
    null;
  paragraphs.forEach((paragraph, index) => {
    for (let i = paragraph.start; i < paragraph.end; i++) {
      const char = text[i] ?? '';
      if (open === null) {
        const mark = DOUBLED.find((m) => text.startsWith(m, i)) ?? char;
        const opensParagraph = char === PARAGRAPH_OPENING && i === paragraph.start;
        if ((mark.length === 2 || OPENING.has(char) || opensParagraph) && opensHere(text, i)) {
          open = { start: i, continued: false, single: null, mark };
          i += mark.length - 1;
        } else if (opensSingle(text, i, paragraph.end))
          open = { start: i, continued: false, single: char === '‘' ? '’' : "'", mark: char };
        continue;
      }
      const closer =
        open.single === null
          ? (CLOSERS[open.mark] ?? []).find((c) => text.startsWith(c, i))
          : undefined;
      const closes =
        open.single !== null
          ? closesSingle(text, i, open.single)
          : closer !== undefined && !(char === '"' && i === paragraph.start);
      if (closes) {
        const end = i + (closer?.length ?? 1);
        quotes.push({
          start: open.start,
          end,
          text: text.slice(open.start, end),
          continued: open.continued,
        });
        open = null;
        i = end - 1;
      }
    }
    if (open !== null) {
      const next = paragraphs[index + 1];
      const nextChar = next === undefined ? '' : (text[next.start] ?? '');
      // A paragraph that ends inside a quote continues when the next one reopens it.
      const reopens =
        open.single === null
          ? OPENING.has(nextChar) || nextChar === '‘'
          : nextChar === (open.single === '’' ? '‘' : "'");
      if (reopens) open.continued = true;
      else {
        quotes.push({
          start: open.start,
          end: paragraph.end,
          text: text.slice(open.start, paragraph.end),
          continued: open.continued,
        });
        open = null;
      }
    }
  });
  return quotes;
}

// Press that quotes with single marks (British tabloids, South African and Indian papers: "‘We
// heard nothing,’ he added.") uses the same right mark as the apostrophe, so a single quote opens
// only with a left mark before a word, and closes only where an apostrophe cannot stand: after
// the quote's own punctuation, or before punctuation or a space not after a plural's "s".
function opensSingle(text: string, i: number, paragraphEnd: number): boolean {
  const mark = text[i];
  if (mark !== '‘' && mark !== "'") return false;
  if (!/[\s([—–-]/.test(text[i - 1] ?? ' ')) return false;
  if (mark === '‘') return /[\p{L}\p{N}"“]/u.test(text[i + 1] ?? '');
  // Plain marks (the Daily Mail online: "Boris Johnson said: 'There can be no safe havens …'") open
  // before a letter only ("'90s" is a year), and only where the paragraph holds a closing mark.
  if (!/\p{L}/u.test(text[i + 1] ?? '')) return false;
  for (let j = i + 2; j < paragraphEnd; j++) if (closesSingle(text, j, "'")) return true;
  return false;
}

function closesSingle(text: string, i: number, mark: string): boolean {
  if (text[i] !== mark) return false;
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (/[,.!?…]/.test(before)) return true;
  return /[,.;:!?)]|^$/.test(after) || (/\s/.test(after) && before !== 's');
}

function opensHere(text: string, i: number): boolean {
  // A straight mark also closes, so it opens only after a space, a bracket or a dash.
  if (text[i] !== '"' && text[i] !== "'") return true;
  const before = text[i - 1] ?? ' ';
  return /[\s([—–-]/.test(before) || i === 0;
}
