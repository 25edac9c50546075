import { nameKey } from '../../names/index.ts';

// Russian and other post-Soviet styles put a company's own name in quotes after its legal style:
// State Corporation for the Promotion … of High Technology Products "Rostec", JSC "Concern
// Kalashnikov". The quoted words are the name news writes alone.
const QUOTED = /["“«„]([^"”»“]+)["”»“]/gu;

/**
 * True when `word` is the whole of a name the listed caption gives in quotes ("Rostec" of State
 * Corporation … "Rostec"): a one-word alias equal to it is the company's name, not a short form.
 */
export function isQuotedNameOf(caption: string, word: string): boolean {
  return [...caption.matchAll(QUOTED)].some((m) => nameKey(m[1] ?? '') === word);
}
