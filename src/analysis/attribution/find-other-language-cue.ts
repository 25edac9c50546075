import type { LanguageCues } from './other-language-cues.ts';

/** A cue of a German or Spanish sentence and the words that name its source, if any. */
export interface OtherLanguageCue {
  cue: string;
  /** Where the sentence names the source (offsets into it); null when the subject is left out. */
  phrase: { start: number; end: number } | null;
  /** "Das teilte X mit": the sentence points back to the one before it as what was said. */
  pointsBack: boolean;
  /** "Dijo que …": the verb opens the sentence with its subject left out. */
  leftOut?: boolean;
  /** "heißt es": no one says it; `phrase` is the document or circle named beside it, if any. */
  impersonal?: boolean;
}

/** A quote, masked: the cue and its source stand outside the quoted words. */
export const QUOTE_MASK = '∎';

interface Token {
  text: string;
  start: number;
  end: number;
}

const MAX_PHRASE_WORDS = 14;
// A subject with its office spelt out ("El alto representante de la Unión para Asuntos Exteriores
// y Política de Seguridad (ARVP), Josep Borrell") runs longer than a phrase after the verb.
const MAX_SUBJECT_WORDS = 24;
// Sentence-initial words after which a German verb-second clause puts its subject after the verb
// ("Das teilte der Minister mit", "Damals sagte er"), and the Dutch demonstratives of the same
// shape ("Dat zei minister-president Mark Rutte").
const FRONTED =
  /^(?:das|dies|damals|außerdem|zudem|weiter|dann|dazu|später|heute|gestern|so|und|así lo|así|dat|dit)$/iu;
// The fronted words that point back to the sentence before as what was said.
const POINTING_BACK = /^(?:das|dies|así lo|dat|dit)$/iu;
// A hyphen standing alone between spaces is a dash ("…", - сказал он).
const CLAUSE_PUNCTUATION = /^[.,;:!?–—()[\]-]$/u;
const COORDINATORS = new Set(['und', 'y', 'e', 'et']);
// Words, with a French elided article its own token ("l'AFP" → "l'", "AFP") and a short title
// kept with its full stop ("M. Fabius"), runs of the quote mask, and single marks.
const TOKEN =
  /(?<![\p{L}])(?:[ldjmnst]|qu)['’](?=\p{L})|\p{Lu}\p{Ll}{0,2}\.(?=\s+\p{Lu})|(?<![\p{L}])(?:M|Mme|Mlle|Dr|Sr|Sra)\.(?=\p{Lu}\p{Ll})|[\p{L}\p{N}'’][\p{L}\p{N}'’-]*|∎+|\S/gu;

/**
 * Finds the first cue of a sentence whose quotes are masked (`QUOTE_MASK`), in the language's
 * table: a source word ("laut X", "según X", "X zufolge", "…“, so X") or a verb of saying, with
 * the subject before the verb or, behind a quote, a comma or a fronted word, after it.
 */
export function findOtherLanguageCue(
  masked: string,
  cues: LanguageCues,
): OtherLanguageCue | undefined {
  const tokens = [...masked.matchAll(TOKEN)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const sources: { at: number; found: () => OtherLanguageCue }[] = [];
  const before = cues.sourceBefore.exec(masked);
  if (before !== null) {
    const from = before.index + before[0].length;
    sources.push({
      at: before.index,
      found: () => ({
        cue: before[0].trim(),
        phrase: phraseAfter(tokens, from, cues),
        pointsBack: false,
      }),
    });
  }
  const quoted = cues.sourceAfterQuote?.exec(masked) ?? null;
  if (quoted !== null) {
    const from = quoted.index + quoted[0].length;
    sources.push({
      at: quoted.index,
      found: () => ({
        cue: quoted[1] ?? '',
        phrase: phraseAfter(tokens, from, cues),
        pointsBack: false,
      }),
    });
  }
  const after = cues.sourceAfter?.exec(masked) ?? null;
  if (after !== null)
    sources.push({
      at: after.index,
      found: () => ({
        cue: after[0].trim(),
        phrase: phraseBefore(tokens, after.index, cues),
        pointsBack: false,
      }),
    });
  const impersonal = cues.impersonal?.exec(masked) ?? null;
  if (impersonal !== null)
    sources.push({
      at: impersonal.index,
      found: () => ({
        cue: impersonal[0],
        phrase: impersonalSource(
          tokens,
          impersonal.index,
          impersonal.index + impersonal[0].length,
          cues,
        ),
        pointsBack: false,
        impersonal: true,
      }),
    });
  // "…», a-t-il déclaré": the pronoun after the verb is the subject, the speaker before.
  const inverted = cues.invertedPronoun?.exec(masked) ?? null;
  const invertedVerb = (inverted?.[1] ?? '').toLowerCase();
  if (inverted !== null && (cues.verbs.has(invertedVerb) || cues.auxiliaries.has(invertedVerb)))
    sources.push({
      at: inverted.index,
      found: () => ({ cue: inverted[0].trim(), phrase: null, pointsBack: false }),
    });
  const verbAt = tokens.findIndex((t, i) => isVerbCue(tokens, i, masked, cues));
  const verb = tokens[verbAt];
  const first = sources.sort((a, b) => a.at - b.at)[0];
  if (first !== undefined && (verb === undefined || first.at < verb.start)) return first.found();
  if (verb === undefined) return undefined;
  return verbCue(tokens, verbAt, masked, cues);
}

function isVerbCue(
  tokens: readonly Token[],
  i: number,
  masked: string,
  cues: LanguageCues,
): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  const word = token.text.toLowerCase();
  if (!cues.verbs.has(word)) return false;
  // Inside a sentence a capital is a German noun or a name, never the verb.
  if (i > 0 && token.text !== word) return false;
  // "no especificó", "no ha dicho": a verb of saying negated reports nothing said.
  const before = cues.auxiliaries.has(tokens[i - 1]?.text.toLowerCase() ?? '') ? i - 2 : i - 1;
  if (cues.negations?.has(tokens[before]?.text.toLowerCase() ?? '') === true) return false;
  // "Considéré comme très proche de X, …": a participle opening a sentence with no subject after
  // it describes the subject to come; it says nothing.
  const next = tokens[i + 1]?.text ?? '';
  const nextLower = next.toLowerCase();
  if (
    i === 0 &&
    (cues.participle === undefined || cues.participle.test(word)) &&
    !/^\p{Lu}/u.test(next) &&
    !cues.articles.has(nextLower) &&
    !cues.pronouns.has(nextLower)
  )
    return false;
  const particle = cues.particles.get(word);
  return particle === undefined || particle.test(masked.slice(token.end));
}

function verbCue(
  tokens: readonly Token[],
  at: number,
  masked: string,
  cues: LanguageCues,
): OtherLanguageCue {
  const verb = tokens[at]!;
  const cue = verb.text;
  if (cues.verbFinal === true)
    return { cue, phrase: verbFinalSubject(tokens, at), pointsBack: false };
  const isAuxiliary = (i: number): boolean =>
    cues.auxiliaries.has(tokens[i]?.text.toLowerCase() ?? '');
  // "…, a également déclaré X": an adverb between the auxiliary and the participle.
  const adverb = cues.leadingSkip?.has(tokens[at - 1]?.text.toLowerCase() ?? '') === true;
  const auxiliary = isAuxiliary(at - 1) ? 1 : adverb && isAuxiliary(at - 2) ? 2 : 0;
  const previous = tokens[at - 1 - auxiliary];
  // "…“, sagte er", "No existe, dijo además, …": the subject follows; "El ministro, Alejandro
  // Salas, señaló": a name between commas closes the subject before the verb.
  const inverted =
    previous === undefined ||
    previous.text.startsWith(QUOTE_MASK) ||
    (/^[,:;–—-]$/u.test(previous.text) && !closesApposition(tokens, at - 1 - auxiliary, cues));
  const lead = masked.slice(0, verb.start).trim();
  const fronted = isFronted(lead, cues);
  if (inverted || fronted) {
    const phrase = phraseAfter(tokens, verb.end, cues, true);
    return {
      cue,
      phrase,
      pointsBack:
        POINTING_BACK.test(lead) ||
        (at === 0 && cues.pointingObjects?.has(tokens[1]?.text.toLowerCase() ?? '') === true),
      ...(at === 0 && phrase === null && cues.participle !== undefined ? { leftOut: true } : {}),
    };
  }
  // "Das hat das Auswärtige Amt mitgeteilt": a fronted word, the auxiliary, then the subject
  // before the participle at the clause's end.
  const opener = tokens[0]?.text ?? '';
  if (at > 3 && isAuxiliary(1) && isFronted(opener, cues)) {
    const between = phraseAfter(tokens, tokens[1]!.end, cues, true);
    if (between !== null && between.end <= verb.start)
      return { cue, phrase: between, pointsBack: POINTING_BACK.test(opener) };
  }
  const clause = asClauseSubject(tokens, at, cues);
  if (clause !== null) return { cue, phrase: clause, pointsBack: false };
  const subject = subjectBefore(tokens, at, cues);
  if (subject !== null) return { cue, phrase: subject, pointsBack: false };
  return { cue, phrase: phraseAfter(tokens, verb.end, cues, true), pointsBack: false };
}

// Prepositions that name where impersonal words were said: "in der Mitteilung", "aus
// Regierungskreisen", "bei der Polizei".
const IMPERSONAL_PLACE = /^(?:in|im|aus|bei|beim|von|vom)$/iu;

/**
 * The source beside an impersonal phrase: after it behind a preposition ("heißt es in der
 * Mitteilung") or opening the sentence before it ("In der Erklärung des Ministeriums heißt es");
 * null when none is named.
 */
function impersonalSource(
  tokens: readonly Token[],
  start: number,
  end: number,
  cues: LanguageCues,
): OtherLanguageCue['phrase'] {
  const after = tokens.findIndex((t) => t.start >= end);
  const marker = tokens[after];
  if (marker !== undefined && IMPERSONAL_PLACE.test(marker.text))
    return phraseAfter(tokens, marker.end, cues);
  const opener = tokens[0];
  if (opener === undefined || !IMPERSONAL_PLACE.test(opener.text)) return null;
  const phrase = phraseAfter(tokens, opener.end, cues);
  return phrase !== null && phrase.end <= start ? phrase : null;
}

/**
 * A word before the verb that puts the subject after it: a fronted word, or in German (a
 * verb-second language) any one adverb of time or sequence that ends a speaker phrase ("Zuvor
 * hatte der Außenminister … erklärt", "Heute sagte er").
 */
function isFronted(lead: string, cues: LanguageCues): boolean {
  if (FRONTED.test(lead)) return true;
  return cues.nounsCapitalised && /^\p{L}+$/u.test(lead) && cues.phraseStop.has(lead.toLowerCase());
}

/**
 * "Sie richten sich gegen …, wie das Finanzministerium am Freitag mitteilte": the subject of a
 * clause the language's "as" opens after a comma, between it and the verb; null without one.
 */
function asClauseSubject(
  tokens: readonly Token[],
  verbAt: number,
  cues: LanguageCues,
): OtherLanguageCue['phrase'] {
  const comma = tokens.slice(0, verbAt).findLastIndex((t) => t.text === ',');
  const opener = tokens[comma + 1];
  if (comma < 0 || opener === undefined || cues.asClause?.has(opener.text) !== true) return null;
  const phrase = phraseAfter(tokens, opener.end, cues);
  return phrase !== null && phrase.end <= tokens[verbAt]!.start ? phrase : null;
}

/**
 * True when the comma at `comma` closes an apposition that a comma opened: capitalised ("El
 * ministro, Alejandro Salas, señaló") or an office ("Ursula von der Leyen, présidente de la
 * Commission, a annoncé").
 */
function closesApposition(tokens: readonly Token[], comma: number, cues: LanguageCues): boolean {
  const opening = tokens.slice(0, comma).findLastIndex((t) => t.text === ',');
  const head = tokens
    .slice(opening + 1, comma)
    .find((t) => !cues.articles.has(t.text.toLowerCase()));
  if (opening > 0 && head !== undefined && /^\p{Ll}/u.test(head.text) && isRole(head.text, cues))
    return !tokens.slice(0, opening).some((t) => t.text.startsWith(QUOTE_MASK));
  let i = comma - 1;
  let capitals = 0;
  for (; i >= 0; i--) {
    const text = tokens[i]!.text;
    if (/^\p{Lu}/u.test(text)) capitals++;
    else if (!cues.nameParticles.has(text) && !/^[()]$/u.test(text)) break;
  }
  return capitals > 0 && tokens[i]?.text === ',';
}

/** The speaker phrase after a verb or source word, up to a stop word or punctuation. */
// "para Terrorismo e Inteligencia Financiera": how far an office's qualifier may run before the
// comma of the name in apposition.
const MAX_QUALIFIER_WORDS = 8;

/**
 * The comma after an office's qualifier that opens at `i` ("par intérim", "para Terrorismo e
 * Inteligencia Financiera"): within three tokens, or further when every word between is
 * capitalised or links capitalised words (e, y, de, del, la…); -1 when there is none.
 */
function qualifierComma(tokens: readonly Token[], i: number, cues: LanguageCues): number {
  for (let j = i + 1; j < tokens.length && j <= i + MAX_QUALIFIER_WORDS; j++) {
    const text = tokens[j]!.text;
    if (text === ',') return j;
    if (j <= i + 3) continue;
    const lower = text.toLowerCase();
    const links =
      COORDINATORS.has(lower) || cues.complementWords.has(lower) || cues.articles.has(lower);
    if (!/^\p{Lu}/u.test(text) && !links) return -1;
  }
  return -1;
}

// A language without articles opens a role phrase with the role or its adjectives alone ("Řekl
// to ruský ministr zahraničí Sergej Lavrov", "uvedla ministryně financí Jana Dvořáková"): up to two
// lower-case words, then the role.
function adjectiveBeforeRole(tokens: readonly Token[], at: number, cues: LanguageCues): boolean {
  if (cues.articleless !== true) return false;
  for (let i = at; i < at + 3 && i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (isRole(text, cues)) return true;
    if (!/^\p{Ll}+$/u.test(text) || cues.phraseStop.has(text)) return false;
  }
  return false;
}

function phraseAfter(
  tokens: readonly Token[],
  from: number,
  cues: LanguageCues,
  afterVerb = false,
): OtherLanguageCue['phrase'] {
  const taken: Token[] = [];
  let i = tokens.findIndex((t) => t.start >= from);
  if (i < 0) return null;
  for (; i < tokens.length && taken.length < MAX_PHRASE_WORDS; i++) {
    const token = tokens[i]!;
    const word = token.text.toLowerCase();
    const next = tokens[i + 1];
    if (token.text.startsWith(QUOTE_MASK) || CLAUSE_PUNCTUATION.test(token.text)) {
      // "der Innenminister des Landes Hessen, Peter Beuth (CDU), …": an apposition that names.
      if (token.text === ',' && apposition(tokens, i + 1, cues) > 0) {
        const end = apposition(tokens, i + 1, cues);
        taken.push(...tokens.slice(i, end));
      }
      break;
    }
    const capital = /^\p{Lu}/u.test(token.text);
    const last = taken[taken.length - 1];
    if (taken.length === 0 && (cues.leadingSkip?.has(word) === true || /^\p{N}+$/u.test(word)))
      continue;
    const adjunctEnd = taken.length === 0 && afterVerb ? adjunctAfterVerb(tokens, i, cues) : 0;
    if (adjunctEnd > 0) {
      i = adjunctEnd - 1;
      continue;
    }
    if (taken.length === 0 && cues.objectMarkers?.has(word) === true) {
      // The hearer: the marker, its article and one word ("à l'AFP", "au Monde").
      if (cues.articles.has(tokens[i + 1]?.text.toLowerCase() ?? '')) i++;
      i++;
      continue;
    }
    if (taken.length === 0) {
      const opens =
        capital ||
        cues.articles.has(word) ||
        cues.pronouns.has(word) ||
        cues.groupNouns?.has(word) === true ||
        (cues.nameParticles.has(word) && /^\p{Lu}/u.test(next?.text ?? '')) ||
        // "Dat zei minister Karel Jansen": an office with no article before a name.
        (cues.role.test(word) && /^\p{Lu}/u.test(next?.text ?? '')) ||
        adjectiveBeforeRole(tokens, i, cues);
      if (!opens) break;
    } else if (
      cues.nameParticles.has(token.text) &&
      last !== undefined &&
      /^\p{Lu}/u.test(last.text) &&
      /^\p{Lu}/u.test(next?.text ?? '')
    ) {
      // "a précisé Jean-Yves Le Drian", "Ursula von der Leyen": a particle inside a name.
    } else if (COORDINATORS.has(word) && coordinatedOffice(tokens, i, taken, cues) > 0) {
      // "der neue britische Aussenminister und frühere Regierungschef David Cameron": two offices
      // of one person, then the name.
      const office = coordinatedOffice(tokens, i, taken, cues);
      taken.push(...tokens.slice(i, office + 1));
      i = office;
      continue;
    } else if (
      cues.officeLinks?.has(word) === true &&
      taken.some((t) => isRole(t.text, cues)) &&
      /^\p{Lu}/u.test(next?.text ?? '')
    ) {
      // "le secrétaire américain au Trésor Steven Mnuchin": the office's body, then the name.
    } else if (cues.phraseStop.has(word) && !cues.complementWords.has(word)) {
      // "le procureur général par intérim, Matthew Whitaker, …": an office's qualifier, then the
      // name in apposition.
      const comma = qualifierComma(tokens, i, cues);
      const named = comma > 0 ? apposition(tokens, comma + 1, cues) : 0;
      if (named > 0 && taken.some((t) => isRole(t.text, cues)))
        taken.push(...tokens.slice(i, named));
      break;
    } else if (
      last !== undefined &&
      /^\p{Lu}/u.test(last.text) &&
      cues.articles.has(word) &&
      (afterVerb || !cues.complementWords.has(word)) &&
      !isRole(last.text, cues)
    ) {
      // "sagte Weil der Neuen Osnabrücker Zeitung": after a verb, an article after a name opens
      // the verb's object; after "laut" it opens a genitive ("laut Angaben der Versender").
      break;
    } else if (cues.pronouns.has(taken[0]!.text.toLowerCase())) break;
    else if (
      !capital &&
      last !== undefined &&
      /^\p{Lu}/u.test(last.text) &&
      !cues.articles.has(word) &&
      !cues.complementWords.has(word) &&
      !cues.nameParticles.has(word) &&
      !adjectiveOfBody(taken, cues)
    ) {
      // "Laut Angaben der Versender sollten …": after a noun or name, a lower-case word is the verb.
      break;
    }
    taken.push(token);
  }
  return span(taken);
}

/**
 * "dijo en un comunicado el secretario …", "a déclaré dans un communiqué Jean Dupont": the index
 * of the token after a short adjunct (a preposition, an article and one to three lower-case
 * words) when a definite article or a capitalised word follows it, or 0.
 */
function adjunctAfterVerb(tokens: readonly Token[], at: number, cues: LanguageCues): number {
  if (cues.adjunctPrepositions?.has(tokens[at]?.text.toLowerCase() ?? '') !== true) return 0;
  let words = 0;
  for (let j = at + 1; j < tokens.length && j <= at + 5; j++) {
    const text = tokens[j]!.text;
    const lower = text.toLowerCase();
    if (words > 0 && (cues.definite.has(lower) || /^\p{Lu}/u.test(text))) return j;
    if (!/^\p{Ll}/u.test(text) || cues.phraseStop.has(lower)) return 0;
    if (!cues.articles.has(lower)) words++;
    if (words > 3) return 0;
  }
  return 0;
}

/**
 * After an office and "und"/"y"/"et", the index of a second office within four words, with only
 * lower-case qualifiers before it ("und frühere Regierungschef"), or 0.
 */
function coordinatedOffice(
  tokens: readonly Token[],
  at: number,
  taken: readonly Token[],
  cues: LanguageCues,
): number {
  if (!taken.some((t) => isRole(t.text, cues))) return 0;
  for (let j = at + 1; j <= at + 4 && j < tokens.length; j++) {
    const text = tokens[j]!.text;
    if (isRole(text, cues)) return j;
    if (!/^\p{Ll}/u.test(text) || cues.phraseStop.has(text)) return 0;
  }
  return 0;
}

/** The end token index of a capitalised apposition of two or more words, or 0. */
function apposition(tokens: readonly Token[], from: number, cues: LanguageCues): number {
  let i = from;
  let capitals = 0;
  for (; i < tokens.length; i++) {
    const text = tokens[i]!.text;
    if (/^\p{Lu}\p{Ll}/u.test(text) && !cues.articles.has(text.toLowerCase())) capitals++;
    // "Brian E. Nelson": a middle initial.
    else if (/^\p{Lu}\.$/u.test(text) && capitals > 0) continue;
    else if (!cues.nameParticles.has(text) || capitals === 0) break;
  }
  const next = tokens[i]?.text ?? '';
  // "…, Jorge Arreaza à la presse": a preposition after the name ends it too.
  const closed =
    next === '' ||
    /^[,.(;:]$/u.test(next) ||
    next.startsWith(QUOTE_MASK) ||
    cues.phraseStop.has(next);
  return capitals >= 2 && closed ? i : 0;
}

/**
 * "la ministre des Affaires étrangères Liz Truss", "el ministro de Asuntos Exteriores israelí": where
 * adjectives follow the noun, a lower-case word after the capitalised body an office serves is
 * its adjective, not the verb.
 */
function adjectiveOfBody(taken: readonly Token[], cues: LanguageCues): boolean {
  if (cues.nounsCapitalised) return false;
  const body = taken.findLastIndex((t) => !/^\p{Lu}/u.test(t.text));
  const link = taken[body]?.text.toLowerCase() ?? '';
  return body >= 0 && body < taken.length - 1 && cues.complementWords.has(link);
}

/** The subject before a verb: the clause's start without fronted adverbials and relatives. */
function subjectBefore(
  tokens: readonly Token[],
  verbAt: number,
  cues: LanguageCues,
): OtherLanguageCue['phrase'] {
  let end = verbAt;
  // "Weil hat Merz … kritisiert", "Robles ha defendido": the subject ends at the auxiliary.
  // "A ses côtés, Jean-Yves Le Drian a annoncé": a capital "A" opening the sentence is the
  // preposition à written without its accent, not the auxiliary.
  const auxiliary = tokens.findIndex(
    (t, i) => i > 0 && i < verbAt && cues.auxiliaries.has(t.text.toLowerCase()),
  );
  if (auxiliary >= 0) end = auxiliary;
  let segments: Token[][] = [[]];
  for (const token of tokens.slice(0, end)) {
    if (token.text === ',') segments.push([]);
    else if (token.text.startsWith(QUOTE_MASK)) segments = [[]];
    else segments[segments.length - 1]!.push(token);
  }
  segments = segments.filter((s) => s.length > 0);
  // "…por parte de los vecinos, que han insistido": the relative's antecedent is the subject.
  const lastSegment = segments[segments.length - 1];
  if (lastSegment?.length === 1 && cues.relatives.has(lastSegment[0]!.text.toLowerCase())) {
    const antecedent = segments[segments.length - 2] ?? [];
    const opener = antecedent.findLastIndex((t) => cues.articles.has(t.text.toLowerCase()));
    return opener < 0 ? null : span(antecedent.slice(opener));
  }
  const kept = segments.filter((segment, index) => {
    const word = segment[0]!.text.toLowerCase();
    if (cues.relatives.has(word) && index > 0) return false;
    // "Dimanche, la présidente …", "Ayer, …": one word of time before a comma is no subject.
    if (segment.length === 1 && (cues.phraseStop.has(word) || cues.leadingSkip?.has(word) === true))
      return false;
    // "L’une des hauts-responsables du Trésor a déclaré": "l’un(e) des …" opens an adverbial only
    // before the subject's own comma ("L'un des ministres, X, a dit"); alone it is the subject.
    if (index === segments.length - 1 && /^l['’]une?$/u.test(word)) return true;
    return !(
      cues.adverbialOpeners.has(word) ||
      (/^\p{Ll}/u.test(segment[0]!.text) && !cues.articles.has(word))
    );
  });
  // Leading adverbials go only before the subject: keep from the first kept segment on.
  const firstKept = kept[0];
  if (firstKept === undefined) return null;
  const from = segments.indexOf(firstKept);
  const subject = segments
    .slice(from)
    .filter((s, i) => i === 0 || !cues.relatives.has(s[0]!.text.toLowerCase()))
    .flat();
  // "el vocero presidencial se refirió a …, y negó": the subject stops at its own verb.
  const reflexive = subject.findIndex((t) => /^(?:se|sich)$/u.test(t.text));
  const words = reflexive > 0 ? subject.slice(0, reflexive) : subject;
  if (words.length > MAX_SUBJECT_WORDS) return null;
  return span(words);
}

/**
 * The subject of a verb-final clause: the words that open it, up to and with the first comma
 * ("Rusya Dışişleri Bakanı Sergey Lavrov, …"), quotes between them and the verb left out.
 */
function verbFinalSubject(tokens: readonly Token[], verbAt: number): OtherLanguageCue['phrase'] {
  const words = tokens.slice(0, verbAt).filter((t) => !t.text.startsWith(QUOTE_MASK));
  const comma = words.findIndex((t) => t.text === ',');
  const subject = comma < 0 ? words : words.slice(0, comma + 1);
  return subject.length > MAX_SUBJECT_WORDS ? null : span(subject);
}

/** The words before "zufolge", from their article on. */
function phraseBefore(
  tokens: readonly Token[],
  at: number,
  cues: LanguageCues,
): OtherLanguageCue['phrase'] {
  const before = tokens.filter((t) => t.end <= at);
  const taken: Token[] = [];
  for (let i = before.length - 1; i >= 0 && taken.length < 6; i--) {
    const token = before[i]!;
    if (CLAUSE_PUNCTUATION.test(token.text) || token.text.startsWith(QUOTE_MASK)) break;
    taken.unshift(token);
    if (cues.articles.has(token.text.toLowerCase())) break;
  }
  return span(taken);
}

function span(taken: readonly Token[]): OtherLanguageCue['phrase'] {
  const first = taken[0];
  const last = taken[taken.length - 1];
  return first === undefined || last === undefined ? null : { start: first.start, end: last.end };
}

/** True for a noun of office ("Polizeisprecher", "CDU-Kanzlerkandidat", "ministra"). */
export function isRole(word: string, cues: LanguageCues): boolean {
  const tail = word.split('-').pop() ?? word;
  return cues.role.test(word) || cues.role.test(tail);
}
