import type { NameToken } from '../names/index.ts';

/**
 * True for a token that says who is meant, a name or a number; titles, particles, legal forms and
 * generic words do not, so an unmatched one is no conflict.
 */
export function isIdentity(token: NameToken): boolean {
  return token.role === 'name' || token.role === 'number';
}
