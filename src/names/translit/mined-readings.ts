// Readings of a word under a mined model: the English spellings Wikidata gives for the same word
// (a lexicon of frequent names), then the best paths of the segment model. Chinese, Korean and
// Cyrillic spell foreign names by sound (克魯森 = Crewson, 조지 = George), and only these learned
// segments (魯 → ru, rew; 크 → k, ch) reach the English spelling a list prints.
import { loadTable } from '../load-table.ts';
import { MINED_SCRIPTS, type MinedScript } from './mined-units.ts';
import { decodeSegments, type SegmentCounts, type SegmentModel } from './segment-model.ts';

interface MinedFile {
  readonly minContextCount: number;
  readonly lexicon: Readonly<Record<string, readonly string[] | undefined>>;
  readonly contexts: SegmentCounts;
}

// The segment and letter models count equally, as in a plain noisy-channel decoder; not tuned.
const LETTER_WEIGHT = 1;

// Each script's model is read on its first word, not at start (see loadTable).
const FILES: Partial<Record<MinedScript, MinedFile>> = {};
const fileOf = (script: MinedScript): MinedFile =>
  (FILES[script] ??= loadTable(`translit-${script}-mined.json`) as MinedFile);

/** Lexicon spellings, then segment-model spellings, of one word; `limit` readings at most. */
export interface MinedReadings {
  readonly lexicon: readonly string[];
  readonly model: readonly string[];
}

/**
 * The mined readings of one word in `script`: its lexicon spellings (most frequent first) and the
 * `limit` best segment-model spellings; `fallback` gives values for units the model never saw.
 */
export function minedReadings(
  script: MinedScript,
  word: string,
  fallback: (unit: string) => readonly string[],
  limit: number,
): MinedReadings {
  // The beam search is the dearest step of building the index, and list names repeat their words
  // (given names, patronymics). Each script passes one fixed fallback, so the word and limit decide.
  const key = `${script}|${String(limit)}|${word}`;
  const known = MEMO.get(key);
  if (known !== undefined) return known;
  const readings = decodeMinedReadings(script, word, fallback, limit);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(key, readings);
  return readings;
}

const MEMO = new Map<string, MinedReadings>();
const MEMO_LIMIT = 200_000;

function decodeMinedReadings(
  script: MinedScript,
  word: string,
  fallback: (unit: string) => readonly string[],
  limit: number,
): MinedReadings {
  const file = fileOf(script);
  const units = MINED_SCRIPTS[script].units(word);
  if (units.length === 0) return { lexicon: [], model: [] };
  const model: SegmentModel = file;
  return {
    lexicon: file.lexicon[units.join('')] ?? [],
    model: decodeSegments(model, units, fallback, limit, LETTER_WEIGHT).filter((v) => v !== ''),
  };
}

/** Alternates two ranked lists of readings, `first` leading: a, x, b, y, … */
export function interleave(first: readonly string[], second: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(first.length, second.length); i++) {
    if (i < first.length) out.push(first[i]!);
    if (i < second.length) out.push(second[i]!);
  }
  return out;
}
