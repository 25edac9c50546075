// Tables of name tokens that are not names: honorifics and titles (kept as attributes, never
// matched), particles (al, bin, abu, van), organisation legal forms (LLC, ООО, GmbH) and generic
// organisation words (Trading, Group) that must only count as weak evidence. Tokens are looked up
// as the engine sees them: lower-case, punctuation removed.
import data from './data/name-tables.json' with { type: 'json' };

/** The role a name particle plays: Arabic article, patronymic link, kunya, nobiliary, or abd. */
export type ParticleKind = 'article' | 'patronymic' | 'kunya' | 'nobiliary' | 'servant';

function invert(groups: Readonly<Record<string, readonly string[]>>): Map<string, string> {
  const byToken = new Map<string, string>();
  for (const [key, members] of Object.entries(groups)) {
    for (const member of members) if (!byToken.has(member)) byToken.set(member, key);
  }
  return byToken;
}

const HONORIFICS = invert(data.honorifics);
const MID_NAME_HONORIFICS = new Set(data.midNameHonorifics);
const SINGLE_HOLDER_TITLES = new Set(data.singleHolderTitles);
const TITLE_ABBREVIATIONS = new Set(data.titleAbbreviations);
const PARTICLES = invert(data.particles) as Map<string, ParticleKind>;
const LEGAL_FORMS = invert(data.legalForms);
const GENERIC_ORG_WORDS = new Set(data.genericOrgWords);
const PHRASES: readonly { readonly form: string; readonly tokens: readonly string[] }[] =
  Object.entries(data.legalFormPhrases).flatMap(([form, phrases]) =>
    phrases.map((tokens) => ({ form, tokens })),
  );

// The matcher looks up every token of every reading it aligns (is it a title, a particle?), so
// bare forms are remembered: a Map lookup instead of lower-casing and a regular expression each
// time. Dropped when full, not managed as LRU.
const BARE = new Map<string, string>();
const MAX_BARE = 100_000;

function bare(token: string): string {
  let known = BARE.get(token);
  if (known === undefined) {
    known = token.toLowerCase().replace(/[.'’]/g, '');
    if (BARE.size >= MAX_BARE) BARE.clear();
    BARE.set(token, known);
  }
  return known;
}

/** Canonical honorific of a title token (mulla → 'mullah', shaykh → 'sheikh'), or undefined. */
export function honorificOf(token: string): string | undefined {
  return HONORIFICS.get(bare(token));
}

/**
 * True for an honorific that is set aside even in the middle of a name (religious titles such as
 * mullah and mawlawi, which are never names), given its canonical form from honorificOf.
 */
export function isMidNameHonorific(honorific: string): boolean {
  return MID_NAME_HONORIFICS.has(honorific);
}

/**
 * True for the title of an office one person holds at a time (patriarch), given its canonical
 * form from honorificOf: a name beside it names that holder.
 */
export function isSingleHolderTitle(honorific: string): boolean {
  return SINGLE_HOLDER_TITLES.has(honorific);
}

/**
 * True for a Latin abbreviation of a title (dr, adm, col): a reading of another script can spell
 * one by chance (آدم read letter by letter as 'adm'), where it is a name.
 */
export function isTitleAbbreviation(token: string): boolean {
  return TITLE_ABBREVIATIONS.has(bare(token));
}

/** The kind of name particle a token is (al → 'article', bin → 'patronymic'), or undefined. */
export function particleKind(token: string): ParticleKind | undefined {
  return PARTICLES.get(bare(token));
}

/** Whether a token is a name particle of any kind (al, bin, abu, van, de, abd …). */
export function isNameParticle(token: string): boolean {
  return particleKind(token) !== undefined;
}

/** Canonical legal form of a single token (l.l.c. → 'llc', ооо → 'ooo', limited → 'ltd'), or undefined. */
export function legalFormOf(token: string): string | undefined {
  return LEGAL_FORMS.get(bare(token));
}

/** Multi-token legal forms (["sdn", "bhd"], ["joint", "stock", "company"]), longest first. */
export function legalFormPhrases(): string[][] {
  return [...PHRASES].sort((a, b) => b.tokens.length - a.tokens.length).map((p) => [...p.tokens]);
}

/** Canonical legal form of a token sequence that is exactly one of the legal-form phrases, or undefined. */
export function legalFormOfPhrase(tokens: readonly string[]): string | undefined {
  const wanted = tokens.map(bare).join(' ');
  return (
    PHRASES.find((p) => p.tokens.join(' ') === wanted)?.form ??
    (tokens.length === 1 ? legalFormOf(tokens[0]!) : undefined)
  );
}

/** Whether a token is a generic organisation word (trading, group, holding) that is weak evidence. */
export function isGenericOrgWord(token: string): boolean {
  return GENERIC_ORG_WORDS.has(bare(token));
}

const NUMBER_WORDS = new Map<string, number>(Object.entries(data.numberWords));
const ROMAN = /^(x{0,3})(ix|iv|v?i{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10 };

/** The value of an English number word (four → 4, forty → 40, first → 1), or undefined. */
export function numberWordValue(token: string): number | undefined {
  return NUMBER_WORDS.get(bare(token));
}

/** The value of a Roman numeral from ii to xxxix (iii → 3, xv → 15), or undefined. */
export function romanNumeralValue(token: string): number | undefined {
  const text = bare(token);
  // Single letters are initials far more often than numerals, and past 39 the letters spell words.
  if (text.length < 2 || !ROMAN.test(text)) return undefined;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const here = ROMAN_VALUES[text[i]!]!;
    const next = ROMAN_VALUES[text[i + 1] ?? ''] ?? 0;
    value += here < next ? -here : here;
  }
  return value;
}

/**
 * The value of a Roman numeral that ends a series name ("Fund III", "Capital Trust I"): ii to
 * xxxix anywhere, and a single I, V or X only as the name's last word (`last`), where it ends a
 * series name more often than it is an initial.
 */
export function seriesNumeralValue(token: string, last: boolean): number | undefined {
  return (last ? ROMAN_VALUES[bare(token)] : undefined) ?? romanNumeralValue(token);
}

const LEGAL_FAMILIES = invert(data.legalFormFamilies);

/** The family of a canonical legal form (oao → 'ao', ooo → 'llc'); the form itself when it has none. */
export function legalFamily(form: string): string {
  return LEGAL_FAMILIES.get(form) ?? form;
}

const LONG_LEGAL_WORDS = [...LEGAL_FORMS.keys()].filter((word) => word.length >= 8);

/** Single-word legal forms of eight letters or more, which are long enough to be misspelt. */
export function longLegalFormWords(): readonly string[] {
  return LONG_LEGAL_WORDS;
}
