import { isRole } from './find-other-language-cue.ts';
import type { LanguageCues } from './other-language-cues.ts';

/** What a speaker phrase says: a name, a phrase to keep as written, or a pointer back. */
export type SpeakerReading =
  | { kind: 'name'; name: string }
  | { kind: 'phrase'; name: string }
  /**
   * "er", "la ministra", or no subject: the speaker named before, `fallback` when none; `titled`
   * is the person the text named with that office, when it did.
   */
  | { kind: 'back'; fallback: string | null; titled?: string | null };

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;
const ACRONYM = /^\p{Lu}{2,}(?:-|$)/u;
// What an office serves, after the role word ("del Gobierno", "des Affaires étrangères").
const COMPLEMENT_AFTER = /^\s+(?:de|del|de la|des|du|de l['’]|der|des)\s*\p{L}/u;

/**
 * Reads a speaker phrase of a German or Spanish sentence: the person's name in it (completed to
 * the fullest form the text gives: "Weil" → "Stephan Weil"), a pronoun or a definite role that
 * points to the speaker before ("der Minister", "la ministra"), or a phrase kept as written
 * ("ein Sprecher der Bundespolizei", "Polizei"). A German capitalised noun is no name: a role
 * noun is dropped from a name ("Polizeisprecher Thorsten Peter"), and one word before its
 * genitive ("Angaben der Versender") is the head of a phrase.
 */
export function readSpeakerPhrase(
  phrase: string | null,
  text: string,
  before: string,
  cues: LanguageCues,
): SpeakerReading {
  if (phrase === null) return { kind: 'back', fallback: null };
  const clean = phrase
    .replace(/\s*\([^)]*\)/gu, '')
    // "M.Jafari": a title written against the name.
    .replace(/(?<![\p{L}])(M|Mme|Mlle|Dr|Sr|Sra)\.(?=\p{Lu})/gu, '$1. ')
    .trim();
  const words = clean.split(/\s+/u);
  const first = (words[0] ?? '').toLowerCase();
  // "er", "Он также", "Об этом он": a pronoun, with at most adverbs around it.
  const adverb = (w: string): boolean =>
    cues.leadingSkip?.has(w.toLowerCase()) === true || cues.adverbialOpeners.has(w.toLowerCase());
  const pronoun = words.find((w) => !adverb(w));
  if (
    pronoun !== undefined &&
    cues.pronouns.has(pronoun.toLowerCase()) &&
    words.every((w) => w === pronoun || adverb(w))
  )
    return { kind: 'back', fallback: null };
  const name = nameInPhrase(clean, cues);
  // "el Consejo de la UE", "le Conseil de sécurité": a capitalised word right after a definite
  // article is an institution, not a person's name; the phrase as written is the speaker. "Le",
  // a particle of French names ("Le Drian"), may open the run: "Le Trésor américain" is still the
  // institution when the phrase goes on past it.
  const nameWords = name?.split(' ') ?? [];
  const articleInName = nameWords[0] === words[0] && words.length > nameWords.length;
  if (
    name !== undefined &&
    cues.definite.has(first) &&
    (words[1] === nameWords[0] || (articleInName && words[1] === nameWords[1]))
  )
    return { kind: 'phrase', name: clean };
  if (name !== undefined) return { kind: 'name', name: completeName(name, text, cues) };
  const role = words.find((w) => isRole(w, cues));
  // Without articles ("— отметил официальный представитель Кремля") any role points back.
  const pointsBack = cues.definite.has(first) || cues.articleless === true;
  if (pointsBack && role !== undefined) {
    const titled = titledName(role, before, cues) ?? null;
    // "el Portavoz del Gobierno", "le Porte-parole du gouvernement": an office written as a title
    // (capitalised) with what it serves points back only to a speaker introduced with that body
    // ("el Secretario del Interior" after "El ministro del Interior, Juan José Santiváñez");
    // otherwise the phrase itself is the speaker. A lower-case office ("el titular del Minem")
    // points back as before.
    const complement = clean.slice(clean.indexOf(role) + role.length);
    if (
      titled === null &&
      /^\p{Lu}/u.test(role) &&
      COMPLEMENT_AFTER.test(complement) &&
      !namedBefore(complement, before)
    )
      return { kind: 'phrase', name: clean };
    return { kind: 'back', fallback: clean, titled };
  }
  return { kind: 'phrase', name: clean };
}

/** Whether the text before names the body an office's complement names ("Interior", "Gobierno"). */
function namedBefore(complement: string, before: string): boolean {
  const body = complement
    .split(/[\s,()]+/u)
    .filter((w) => w.length >= 4)
    .map((w) => w.toLowerCase());
  const earlier = before.toLowerCase();
  return body.some((w) =>
    new RegExp(
      String.raw`(?<![\p{L}])${w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\p{L}])`,
      'u',
    ).test(earlier),
  );
}

/**
 * The person the text before named with this office ("Innenminister Thomas de Maizière" for "der
 * Minister", "la ministra de Defensa, Margarita Robles" for "la ministra"), the nearest first.
 */
function titledName(role: string, before: string, cues: LanguageCues): string | undefined {
  const noun = (role.split('-').pop() ?? role).toLowerCase();
  const titles = [...before.matchAll(/[\p{L}-]+/gu)].filter((m) =>
    m[0].toLowerCase().endsWith(noun),
  );
  for (const title of titles.reverse()) {
    const from = title.index + title[0].length;
    const window = before.slice(from, from + 160).split(/[.;:„“”"«»]/u)[0] ?? '';
    // "la ministra de Defensa, Margarita Robles": the name between commas after the office.
    const apposition = /^[^,]{0,100},\s*([^,(]+?)\s*[,(]/u.exec(window)?.[1];
    if (apposition !== undefined && nameRuns(apposition, cues)[0] === apposition) return apposition;
    const name = nameRuns(window.split(',')[0] ?? '', cues).find(
      (r) => r.includes(' ') && !cues.nameParticles.has(r.split(' ')[0] ?? ''),
    );
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The person's name a phrase holds: an apposition, or its last run of capitalised words. */
function nameInPhrase(phrase: string, cues: LanguageCues): string | undefined {
  if (cues.verbFinal === true) return verbFinalName(phrase, cues);
  const apposition = /,\s*([^,]+?)\s*,?$/u.exec(phrase)?.[1];
  if (apposition !== undefined && nameRuns(apposition, cues)[0] === apposition) return apposition;
  const parts = phrase.split(',');
  const runs = nameRuns(parts[0] ?? phrase, cues);
  if (runs.length > 0) return runs[runs.length - 1];
  // "Suite à la publication de ces chiffres, M. Dupont": an adverbial opens the sentence and
  // holds no name; the subject is the last comma part.
  if (parts.length < 2) return undefined;
  const last = nameRuns(parts[parts.length - 1]!, cues);
  return last[last.length - 1];
}

/**
 * The subject's name in the opening words of a verb-final clause. A name with a case suffix
 * ("Rusya'nın", "Ukrayna'ya") is no subject: the subject is the last name without one before the
 * comma that closes it ("… vurgulayan Lavrov,"), or the first where no comma does ("Lavrov ayrıca
 * … söyledi"). A phrase with suffixed names only (the source before "göre": "Reuters'ın haberine")
 * names its last one, read without the suffix.
 */
function verbFinalName(phrase: string, cues: LanguageCues): string | undefined {
  const closed = /,\s*$/u.test(phrase);
  const runs = nameRuns(phrase.replace(/,\s*$/u, ''), cues);
  const suffix = cues.nameSuffix;
  const suffixed = (run: string): boolean =>
    suffix !== undefined && run.split(' ').some((w) => suffix.test(w));
  const bare = runs.filter((r) => !suffixed(r));
  if (bare.length > 0) return closed ? bare[bare.length - 1] : bare[0];
  const last = runs[runs.length - 1];
  return suffix === undefined
    ? last
    : last
        ?.split(' ')
        .map((w) => w.replace(suffix, ''))
        .join(' ');
}

/**
 * Runs of capitalised words of a text that can be a person's name, without articles, roles,
 * acronyms and complements ("Cultura" in "ministro de Cultura", "Bundespolizei" in "Sprecher der
 * Bundespolizei").
 */
export function nameRuns(text: string, cues: LanguageCues): string[] {
  const tokens = text.split(/\s+/u).filter((t) => t !== '');
  const runs: string[] = [];
  let run: string[] = [];
  let complement = false;
  const close = (): void => {
    while (run.length > 0 && cues.nameParticles.has(run[run.length - 1]!)) run.pop();
    // "Білорусі Павло Латушко", "России Сергей Вершинин": a capitalised place or body in the
    // genitive before a given name is no part of the name.
    const given = cues.givenName === undefined ? -1 : run.findIndex((w) => cues.givenName!(w));
    if (given > 0) run = run.slice(given);
    if (run.length > 0 && !complement) runs.push(run.join(' '));
    // "secretario del Tesoro Steven Mnuchin": after the body an office serves, a name of two or
    // more words.
    const body = run.findIndex((w) => cues.bodies?.has(w) !== true);
    if (complement && body > 0 && run.length - body >= 2) runs.push(run.slice(body).join(' '));
    run = [];
  };
  tokens.forEach((raw, i) => {
    // "Brian E. Nelson": a middle initial goes on the name's run; its full stop ends nothing.
    if (run.length > 0 && /^\p{Lu}\.$/u.test(raw)) {
      run.push(raw);
      return;
    }
    const token = raw.replace(/[.,;:!?]+$/u, '');
    const lower = token.toLowerCase();
    // "M. Fabius", "Mme Primas": a title is no part of the name.
    if (cues.titles?.has(raw) === true || cues.titles?.has(token) === true) {
      close();
      return;
    }
    const capital = NAME_WORD.test(token);
    // "el Alto Representante", "le Haut Représentant", "Primer Ministro": a capitalised word just
    // before a role is part of the title, not a name.
    const titleWord =
      run.length === 0 && isRole((tokens[i + 1] ?? '').replace(/[.,;:!?]+$/u, ''), cues);
    // "Bruno Le Maire", "M. Le Maire": after a name's particle a capitalised word is the name
    // even where it is also an office ("maire").
    const afterParticle = run.length > 0 && cues.nameParticles.has(run[run.length - 1]!);
    const opensName =
      capital &&
      !titleWord &&
      !ACRONYM.test(token) &&
      (afterParticle || !isRole(token, cues)) &&
      !cues.articles.has(lower) &&
      !cues.adverbialOpeners.has(lower) &&
      !opensSource(token, cues);
    if (opensName) {
      if (run.length === 0) {
        const before = (tokens[i - 1] ?? '').toLowerCase();
        const twoBefore = (tokens[i - 2] ?? '').toLowerCase();
        const joins = (w: string): boolean =>
          cues.complementWords.has(w) || cues.officeLinks?.has(w) === true;
        complement = joins(before) || (cues.articles.has(before) && joins(twoBefore));
      }
      run.push(token);
    } else if (run.length > 0 && cues.nameParticles.has(token)) run.push(token);
    else if (
      run.length === 0 &&
      cues.nameParticles.has(token) &&
      (i === 0 || cues.titles?.has(tokens[i - 1] ?? '') === true)
    ) {
      complement = false;
      run.push(token);
    } else close();
    if (raw !== token) close();
  });
  close();
  // One German word before its genitive is a noun, not a name ("Angaben der Versender").
  return runs.filter((r) => {
    if (r.includes(' ') || !cues.nounsCapitalised) return true;
    const at = tokens.indexOf(r);
    return !cues.articles.has((tokens[at + 1] ?? '').toLowerCase());
  });
}

/** "Según Israel", "Laut Reuters": the word that opens a source is no part of the name after it. */
function opensSource(word: string, cues: LanguageCues): boolean {
  return cues.sourceBefore.exec(`${word} Name`)?.index === 0;
}

/**
 * The fullest form of a short name the text gives: a surname ("Ahland", "Sánchez Hernández", "De
 * Maizière") becomes the first longer run of capitalised words ending in it.
 */
export function completeName(name: string, text: string, cues: LanguageCues): string {
  const tail = name.toLowerCase().split(/\s+/u);
  // "de l’Economie Bruno Le Maire": a typographic apostrophe between letters elides, it quotes
  // nothing.
  const unquoted = text.replace(/[„“”"«»‹›()—–]|(?<!\p{L})[‘’]|[‘’](?!\p{L})/gu, ' ');
  for (const run of nameRuns(unquoted, cues)) {
    const words = run.split(' ');
    if (words.length <= tail.length || words.length > 5) continue;
    const end = words.slice(-tail.length).map((w) => w.toLowerCase());
    // "Marlaska" for "Fernando Grande-Marlaska": the last part of a joined surname.
    const joined = tail.length === 1 && end[0]?.endsWith(`-${tail[0] ?? ''}`) === true;
    // "За словами Латушка" for "Павло Латушко": a declined surname of a language without
    // articles, whose case shows in its last letters.
    const declined = cues.articleless === true && tail.length === 1 && sameStem(end[0], tail[0]);
    if (joined || declined || end.every((w, i) => w === tail[i])) return run;
  }
  return name;
}

// Case endings of the Slavic languages without articles change at most the last three letters of
// a surname ("Латушко" → "Латушка", "Зеленський" → "Зеленського", "Zełenski" → "Zełenskiego").
const CASE_ENDING_LETTERS = 3;
const MIN_STEM_LETTERS = 4;

/** Whether two words differ only in a case ending: a long shared start, the rest short. */
function sameStem(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared >= MIN_STEM_LETTERS && shared >= Math.max(a.length, b.length) - CASE_ENDING_LETTERS;
}
