// Chinese is written in simplified characters in the PRC and Singapore and in traditional ones in
// Taiwan, Hong Kong and Macau (伊朗國家銀行 and 伊朗国家银行 are one bank). Word tables are looked up
// in simplified characters, so that each lists a word once and both forms read alike. Table:
// OpenCC's traditional-to-simplified characters (data/traditional-simplified.json, Apache-2.0).
import table from '../data/traditional-simplified.json' with { type: 'json' };

let simplifiedOf: Map<string, string> | undefined;

function load(): Map<string, string> {
  if (simplifiedOf !== undefined) return simplifiedOf;
  simplifiedOf = new Map();
  const characters = Array.from(table.pairs);
  for (let i = 0; i + 1 < characters.length; i += 2)
    simplifiedOf.set(characters[i]!, characters[i + 1]!);
  return simplifiedOf;
}

/**
 * The text with each traditional Han character written in its simplified form (國家銀行 → 国家银行),
 * character for character: the result has as many characters as the text.
 */
export function toSimplified(text: string): string {
  const map = load();
  let out = '';
  for (const character of text) out += map.get(character) ?? character;
  return out;
}
