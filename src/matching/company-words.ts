// Company words that the press and other languages write differently from the lists (issue #13):
// "Dandong Hongxiang Company" (丹東鴻祥公司) for DANDONG HONGXIANG INDUSTRIAL DEVELOPMENT CO LTD,
// "Dandong Hongda Trading" (단둥훙다무역) for DANDONG HONGDA TRADE CO. LTD., "Korea Kwangson Bank"
// for KOREA KWANGSON BANKING CORP. Two different legal forms still mark sister companies (AG vs
// GmbH); these pairs are one company described two ways.
import { legalFamily } from '../names/index.ts';

/** The canonical legal form of "Company", "Compagnie", "Compañía": a company of no stated kind. */
const ANY_COMPANY = 'co';
/** Forms that say "limited" with or without "company" or "private" before it (Ltd, Co Ltd, Pte Ltd). */
const LIMITED = new Set(['ltd', 'pte-ltd']);

/**
 * True when two canonical legal forms can describe one company: the same family (OAO and JSC),
 * "Company" beside any form (every form names a company), or two ways of writing Limited.
 */
export function sameKindOfCompany(query: string, listed: string): boolean {
  if (legalFamily(query) === legalFamily(listed)) return true;
  if (query === ANY_COMPANY || listed === ANY_COMPANY) return true;
  return LIMITED.has(query) && LIMITED.has(listed);
}

/** Endings that turn a trade word into another of the same stem (trade, trading, trader). */
const ENDINGS = ['', 'e', 'y', 's', 'ing', 'ial', 'er', 'ers', 'ies', 'al'];
/** Letters a shared stem needs, so that short words (oil, gas, tech) stay apart. */
const MIN_STEM = 4;

/**
 * True when two words are one trade word with different endings (trade/trading, bank/banking,
 * industry/industrial): the stem they share is what the company does.
 */
export function sameTradeWord(a: string, b: string): boolean {
  if (a === b) return true;
  for (const endA of ENDINGS) {
    if (!a.endsWith(endA)) continue;
    const stem = a.slice(0, a.length - endA.length);
    if (stem.length < MIN_STEM || !b.startsWith(stem)) continue;
    if (ENDINGS.includes(b.slice(stem.length))) return true;
  }
  return false;
}
