import type { Statement, TextSpan } from '../article-types.ts';

/** The signature that closes a letter: who signed it and where the block begins. */
export interface LetterSignature {
  /** The signer's name as written. */
  name: TextSpan;
  /** Where the signature block begins; the letter's own text lies before it. */
  blockStart: number;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|al|el|bin|de|van|von)){1,5}`;
// UN letters end "(Signed) Name" (also "(Signed ) Name"); open letters "Sincerely," and the name
// on the next line. Both only count near the end of the text: a signature closes the letter.
const SIGNATURE = new RegExp(
  String.raw`^[ \t]*(?:\(\s*Signed\s*\)[ \t]*|(?:Yours[ \t]+sincerely|Sincerely(?:[ \t]+yours)?|Yours[ \t]+faithfully|Respectfully(?:[ \t]+yours)?|Yours[ \t]+truly|Kind[ \t]+regards|Best[ \t]+regards|Regards),?[ \t]*\n\s*)(${NAME})[ \t]*,?[ \t]*$`,
  'gmu',
);
// Many UN letters print the signer's name bare, with the office on the lines below ("Sergiy
// Kyslytsya / Ambassador / Permanent Representative").
const OFFICE_SIGNATURE = new RegExp(
  String.raw`^[ \t]*(${NAME})[ \t]*,?[ \t]*\n\s*(?:Ambassador|(?:Deputy[ \t]+)?Permanent[ \t]+Representative|Charg[ée][ \t]+d['’]affaires|Minister|Secretary-General|President|Chair(?:man|woman|person)?|Coordinator|Special[ \t]+(?:Envoy|Representative))\b`,
  'gmu',
);
const SIGNATURE_WITHIN_LAST_CHARS = 600;
// A signature closes a letter only in a text that reads as one (a salutation, "letter", the UN's
// "I have the honour"), not in a news story that happens to end on a name.
const LETTER_WORDS = /\b(?:Dear|Excellency|[Ll]etter|I have the honou?r)\b/u;
// The letter's writer speaks in the first person; "X said" inside a letter keeps its speaker.
const FIRST_PERSON = /\b(?:I|we|We|our|Our|my|My|us)\b/u;

/** The signature block that closes a letter, when the text ends with one. */
export function findLetterSignature(text: string, title = ''): LetterSignature | undefined {
  let last: LetterSignature | undefined;
  const blocks = [...text.matchAll(SIGNATURE), ...text.matchAll(OFFICE_SIGNATURE)].sort(
    (a, b) => a.index - b.index,
  );
  for (const m of blocks) {
    const written = m[1] ?? '';
    const start = m.index + m[0].lastIndexOf(written);
    last = { name: { start, end: start + written.length, text: written }, blockStart: m.index };
  }
  if (
    last === undefined ||
    text.length - last.blockStart > SIGNATURE_WITHIN_LAST_CHARS ||
    !LETTER_WORDS.test(`${title}\n${text.slice(0, last.blockStart)}`)
  )
    return undefined;
  return last;
}

/**
 * Gives a letter's statements to its signer ("(Signed) Giadalla A. Ettalhi", "Sincerely, Name", a
 * bare name above "Permanent Representative"):
 * the sentences with no source, and those in the writer's first person, are the signer's own
 * words. The signature block itself is no statement. Text without a closing signature is
 * returned as it came.
 */
export function applyLetterSigner(
  text: string,
  statements: readonly Statement[],
  signerId: (signature: LetterSignature) => string | null,
  title: string | null = null,
): Statement[] {
  const signature = findLetterSignature(text, title ?? '');
  if (signature === undefined) return [...statements];
  const id = signerId(signature);
  const out: Statement[] = [];
  for (const statement of statements) {
    if (statement.start >= signature.blockStart) continue;
    const unsourced = statement.speakerName === null;
    if (!unsourced && !FIRST_PERSON.test(statement.text)) {
      out.push(statement);
      continue;
    }
    out.push({
      ...statement,
      kind: 'quote',
      speaker: id,
      speakerName: signature.name.text,
      medium: null,
      cue: 'signature',
      source: signature.name,
    });
  }
  return out;
}
