import type { NameQuery } from '../core/index.ts';
import type { AuditEntry } from '../store/index.ts';

/** A screening answer kept for its query: the JSON text sent, and its audit entry but the caller. */
export interface CachedAnswer {
  json: string;
  /** What every screening of the query records, whoever asked (caller and kind are per request). */
  audit: Omit<AuditEntry, 'caller' | 'kind'>;
}

/**
 * The answers to the queries screened last on one engine, by the query's JSON text: a client
 * retrying, a CRM screening the same customer again, the web page re-sent. An answer depends on
 * the query and the engine alone, so a query asked again on the same engine gets the same bytes
 * without screening it again (each request is still audited by the caller). Another engine's key
 * empties it.
 */
export interface AnswerCache {
  get(engineKey: string, query: NameQuery): CachedAnswer | undefined;
  set(engineKey: string, query: NameQuery, answer: CachedAnswer): void;
}

/**
 * How many answers are kept. Fewer than the 4,022 names the server load bench cycles through in
 * turn: each is pushed out (least recently used first) before it comes round again, so that run
 * still measures screening, not this cache.
 */
export const MAX_CACHED_ANSWERS = 1_000;
/** Characters of query and answer text kept at most (~2 bytes each, the audit entry besides). */
export const MAX_CACHED_CHARS = 8_000_000;

/** Creates an empty answer cache, least recently used answers dropped first past either bound. */
export function createAnswerCache(
  maxAnswers = MAX_CACHED_ANSWERS,
  maxChars = MAX_CACHED_CHARS,
): AnswerCache {
  let engine: string | undefined;
  // A Map iterates in insertion order: an answer used again is moved to the end, so the first
  // entry is always the least recently used one.
  const answers = new Map<string, CachedAnswer>();
  let chars = 0;
  const charsOf = (key: string, answer: CachedAnswer): number => key.length + answer.json.length;
  const forEngine = (engineKey: string): void => {
    if (engine === engineKey) return;
    engine = engineKey;
    answers.clear();
    chars = 0;
  };
  return {
    get: (engineKey, query) => {
      if (engine !== engineKey) return undefined;
      const key = JSON.stringify(query);
      const answer = answers.get(key);
      if (answer === undefined) return undefined;
      answers.delete(key);
      answers.set(key, answer);
      return answer;
    },
    set: (engineKey, query, answer) => {
      forEngine(engineKey);
      const key = JSON.stringify(query);
      const size = charsOf(key, answer);
      if (size > maxChars || answers.has(key)) return;
      answers.set(key, answer);
      chars += size;
      for (const [oldKey, old] of answers) {
        if (answers.size <= maxAnswers && chars <= maxChars) break;
        answers.delete(oldKey);
        chars -= charsOf(oldKey, old);
      }
    },
  };
}
