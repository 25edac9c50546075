import { toCountryCode } from './country-code.ts';

const cache = new Map<string, string | undefined>();
const MAX_CACHED = 5000;

/**
 * `toCountryCode` with a memo: OFAC repeats a few hundred country spellings tens of thousands of
 * times, and the ISO name lookup was a sixth of the parse time of the 2021 set.
 */
export function ofacCountryCode(text: string): string | undefined {
  if (cache.has(text)) return cache.get(text);
  const code = toCountryCode(text);
  if (cache.size < MAX_CACHED) cache.set(text, code);
  return code;
}
