import type { PartAlignment } from '../../core/index.ts';
import { nameKey } from '../../names/index.ts';

/** Weight a name must reach to be rare, as the matcher's short-form rule has it (align-names). */
const RARE_NAME_WEIGHT = 0.99;
/** Similarity each name of a short form must reach: exact, an equivalent or a transliteration. */
const SHORT_FORM_SIMILARITY = 0.98;
/** Similarity enough where the listing names the office the article gives the person. */
const OFFICE_CONFIRMED_SIMILARITY = 0.95;

/** Weight a surname must reach when only patronymics are left out (a handful of bearers listed). */
const RARE_SURNAME_WEIGHT = 0.95;
// East Slavic patronymics in the lists' romanisations (-ovich, -evich, -ovna, -evna, -ichna).
const PATRONYMIC = /^\p{L}{3,}(?:ovich|evich|ovych|evych|ovna|evna|ivna|ichna)$/u;

const onlyPatronymicsLeftOut = (missing: readonly string[]): boolean =>
  missing.length === 1 && PATRONYMIC.test(missing[0] ?? '');

const words = (text: string): string[] =>
  nameKey(text)
    .split(' ')
    .filter((t) => t.length > 1);

/**
 * A listed person's given names and surname, where the list's layout says which is which: OFAC
 * writes "KHAMENEI, Ali Husseini", the EU and the UK "Ali Husseini KHAMENEI". A name in one case
 * throughout (the UN's) says nothing.
 */
function listedLayout(
  full: string,
  reading: readonly string[],
): { given: string[]; surnames: string[] } | undefined {
  const comma = full.indexOf(',');
  if (comma > 0)
    return { surnames: words(full.slice(0, comma)), given: words(full.slice(comma + 1)) };
  const raw = full.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const upper = (w: string): boolean => w === w.toUpperCase() && w !== w.toLowerCase();
  if (raw.every(upper) || !raw.some(upper)) return undefined;
  // "Рамзан Ахматович КАДЫРОВ": a name in another script is compared in its reading, word for word.
  if (raw.some((w) => /[^\p{Script=Latin}\p{M}'’.-]/u.test(w)) && raw.length === reading.length)
    return {
      surnames: reading.filter((_, i) => upper(raw[i] ?? '')),
      given: reading.filter((_, i) => !upper(raw[i] ?? '')),
    };
  return {
    surnames: words(raw.filter(upper).join(' ')),
    given: words(raw.filter((w) => !upper(w)).join(' ')),
  };
}

/**
 * True when the article's two names are the usual short form of a longer listed name of a person,
 * both closely spelt and one of them rare:
 * - the first given name and the one surname, leaving out only later given names ("Ali Khamenei"
 *   for KHAMENEI, Ali Husseini);
 * - where the list does not say which name is which, the first and the last of three, leaving out
 *   the middle one, the father's name ("Sirajuddin Haqqani" for SIRAJUDDIN JALLALOUDINE HAQQANI).
 *
 * - the one given name and the first of two surnames, leaving out only the second (the
 *   mother's), where the first surname is rare ("Nicolas Maduro" for MADURO MOROS, Nicolas).
 *
 * `sift screen` calls these a match, and the article must not say less. Two common names
 * ("Mohammad Hassan" for a three-part name) stay partial. A Hispanic given name and first surname
 * that leave out more ("Ivan Duque" against the listed paramilitary DUQUE GAVIRIA, Ivan Roberto) or
 * whose surname many bear ("Pedro Sanchez" against SANCHEZ MEDRANO, Pedro) is a namesake as often
 * as the person, and without a birth date name alone cannot tell (session 9).
 */
export function isShortFormOfListed(
  parts: readonly PartAlignment[],
  listedFull: string,
  listedTokens: readonly string[],
  missingListed: readonly string[],
  sameOffice = false,
): boolean {
  const matched = parts.filter((p) => p.query.length > 0 && p.matched.length > 0);
  if (matched.length !== 2 || missingListed.length === 0) return false;
  // Russian news names a person by given name and surname and leaves the patronymic out ("Maria
  // Zakharova" for Maria Vladimirovna ZAKHAROVA): one name nearly unique on the lists is enough.
  // A surname two listed people bear ("Peskov") is enough where the listing names the office the
  // article gives the person ("Kremlin spokesman Dmitry Peskov"; listing-roles.ts).
  const onlyPatronymics = onlyPatronymicsLeftOut(missingListed);
  // The office the listing names vouches for a given name spelt as an equivalent ("Dmitri" for
  // DMITRIY, 0.95); so does a rare surname spelt as listed when only the patronymic is left out
  // ("Sergei Savostyanov" for Sergey Vladimirovich SAVOSTYANOV: Sergei and Sergey are one
  // Russian name, romanised two ways).
  const vouched = sameOffice || (onlyPatronymics && rareExactSurname(matched));
  const similarity = vouched ? OFFICE_CONFIRMED_SIMILARITY : SHORT_FORM_SIMILARITY;
  if (matched.some((p) => p.similarity < similarity || p.note !== undefined)) return false;
  const rare = onlyPatronymics ? RARE_SURNAME_WEIGHT : RARE_NAME_WEIGHT;
  if (!matched.some((p) => p.weight >= rare) && !(onlyPatronymics && sameOffice)) return false;
  const [first, last] = matched.map((p) => p.matched.join(' '));
  const layout = listedLayout(listedFull, listedTokens);
  if (layout !== undefined) {
    if (isHispanicShortForm(layout, first, last, missingListed, matched[1]?.weight ?? 0))
      return true;
    const laterGiven = new Set(layout.given.slice(1));
    return (
      layout.surnames.length === 1 &&
      first === layout.given[0] &&
      last === layout.surnames[0] &&
      missingListed.length <= 2 &&
      missingListed.every((t) => laterGiven.has(t))
    );
  }
  return (
    listedTokens.length === 3 &&
    first === listedTokens[0] &&
    last === listedTokens[2] &&
    missingListed.length === 1 &&
    missingListed[0] === listedTokens[1]
  );
}

/** True when the second of two matched parts, the surname, is spelt as listed and rare. */
function rareExactSurname(matched: readonly PartAlignment[]): boolean {
  const [given, surname] = matched;
  return (
    given?.evidence === 'equivalent' &&
    surname !== undefined &&
    surname.similarity >= SHORT_FORM_SIMILARITY &&
    surname.weight >= RARE_SURNAME_WEIGHT
  );
}

/**
 * True for the everyday Hispanic form of a listed name with one given name and two surnames: the
 * given name and the father's surname, which must be rare (`surnameWeight`), leaving out only the
 * mother's surname. Venezuelan and Cuban news write "Nicolás Maduro" and "Diosdado Cabello".
 */
function isHispanicShortForm(
  layout: { given: string[]; surnames: string[] },
  first: string | undefined,
  last: string | undefined,
  missingListed: readonly string[],
  surnameWeight: number,
): boolean {
  return (
    layout.given.length === 1 &&
    layout.surnames.length === 2 &&
    first === layout.given[0] &&
    last === layout.surnames[0] &&
    missingListed.length === 1 &&
    missingListed[0] === layout.surnames[1] &&
    surnameWeight >= RARE_NAME_WEIGHT
  );
}
