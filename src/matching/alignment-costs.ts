// What the parts of two names that do not line up cost in an alignment (align-names.ts), and the
// credit another name of the entity gives them (score-entity.ts): shared with the score ceiling
// (alignment-ceiling.ts), which must never count less than the alignment does.
import type { NameToken } from '../names/index.ts';
import { rememberTokenTest } from './remember-token-test.ts';

/** Share of its weight a missing listed Slavic patronymic counts as unmatched. */
export const SLAVIC_PATRONYMIC_SHARE = 0.3;
/** Russian, Ukrainian and Belarusian patronymic endings, in the lists' English and EU spellings. */
const SLAVIC_PATRONYMIC =
  /(?:ovich|evich|ovych|evych|ovitj|evitj|ovic|evic|ovna|evna|ivna|ichna|inichna|ovitch|evitch|ogly|kyzy)$/;

/**
 * Share of its weight an unmatched listed part costs when the query is a short form of the listed
 * name: the press writes "Abbas Stanekzai" for Sher Mohammad Abbas Stanekzai Padshah Khan.
 */
export const SHORT_FORM_LISTED_COST = 0.1;
/**
 * The same when the short form holds two names or more and one of them is a long rare listed name
 * (SHORT_FORM_TYPO_LENGTH letters or more, align-names.ts): at 0.1 a misspelt rare surname ("Abas Staniksai", 0.77)
 * stayed under the threshold (session 9). Shorter rare names keep 0.1: at 0.05 for every short
 * form, Hispanic namesakes rose over it ("Luz Ramos" against ALBA LUZ RAMOS VANEGAS, "Mary Chavez"
 * against CHAVEZ MARTINEZ, Maria Icela), six more alerts on the US negatives.
 */
export const LONG_RARE_SHORT_FORM_COST = 0.05;
/**
 * Similarity every matched name must reach: exact, an equivalent or a transliteration, no typo. A
 * one-letter spelling (0.9) was tried in sift-match-6 and dropped: it let the Tunisian president
 * Kais Saied stand for "Qays Hadi Sa'id" AL-KHAZALI, an Iraqi militia leader.
 */
export const SHORT_FORM_SIMILARITY = 0.98;
/**
 * Similarity a long rare name may fall to and still hold a short form: the press misspells the
 * rare surname more often than anything else ("Abas Stanikzai", "Abas Staniksai" for ABBAS
 * STANEKZAI; session 9). Only names of SHORT_FORM_TYPO_LENGTH letters or more, rare on the list,
 * get it: on short names one letter makes another name (Kais Saied is not Qays … Sa'id).
 */
export const SHORT_FORM_TYPO_SIMILARITY = 0.85;

/**
 * Share of its weight an unmatched query part costs when the listed name is a short form of the
 * query: the query gives the whole chain of names (given name, father's, grandfather's, family
 * name) and the list only some of them, "JANAN MOHAMMAD AHMED AGHA" for JANAN AGHA (sift-match-8).
 */
export const LONG_FORM_QUERY_COST = 0.25;

/** True for a legal form or a generic organisation word (Ltd, Trading). */
export function isOrganisationWord(token: NameToken): boolean {
  return token.role === 'legal' || token.role === 'generic';
}

/** True when a listed token is a patronymic (Safarbekovich, Olegovna, Vitalievich). */
export function isSlavicPatronymic(token: NameToken): boolean {
  return token.role === 'name' && token.text.length > 6 && slavicPatronymicText(token);
}

/** The patronymic test of a token's text, remembered per token (asked of every unmatched one). */
const slavicPatronymicText = rememberTokenTest((text) => SLAVIC_PATRONYMIC.test(text));

/**
 * Similarity credited to an unmatched query token that another name of the entity holds: as
 * strong as an initial, never an exact match, so a name with such parts never scores 1.0.
 */
export const ALIAS_SUPPORT = 0.8;
/** Alias support can only lift a name that already half-matches: alignments scoring this or more. */
export const ALIAS_SUPPORT_FROM = 0.4;
