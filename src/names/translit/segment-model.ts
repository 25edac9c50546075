// A small statistical romaniser for scripts that do not write short vowels (Arabic, Hebrew). Each
// source letter, seen with its neighbours, emits a Latin segment (consonant + guessed vowels). The
// counts were mined from the training half of public name pairs by scripts/build-data/mine-translit.ts;
// unseen contexts back off to shorter contexts and finally to a hand-written letter table. A
// letter model of English name spellings can weigh in, so that the best path reads like a name.
import { segmentLogScore } from './letter-model.ts';

/** Segment counts per context key: `p|c|n` (previous, current, next letter), `c|n`, `p|c`, `c`. */
export type SegmentCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

/** A mined model: segment counts plus the minimum count a context needs before it is trusted. */
export interface SegmentModel {
  readonly minContextCount: number;
  readonly contexts: SegmentCounts;
}

interface Beam {
  readonly text: string;
  readonly logP: number;
}

const BEAM_WIDTH = 24;
// With the letter model the beam ranks better, so a narrower one loses little and halves the cost.
const LETTER_BEAM_WIDTH = 12;
const SEGMENTS_PER_LETTER = 4;

function total(counts: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const value of Object.values(counts)) sum += value;
  return sum;
}

function segmentsAt(
  model: SegmentModel,
  units: readonly string[],
  i: number,
  fallback: (unit: string) => readonly string[],
): [string, number][] {
  const unit = units[i]!;
  const prev = units[i - 1] ?? '^';
  const next = units[i + 1] ?? '$';
  for (const key of [
    `${prev}|${unit}|${next}`,
    `|${unit}|${next}`,
    `${prev}|${unit}|`,
    `|${unit}|`,
  ]) {
    const counts = model.contexts[key];
    if (counts === undefined) continue;
    const sum = total(counts);
    if (sum < model.minContextCount) continue;
    return Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .slice(0, SEGMENTS_PER_LETTER)
      .map(([segment, count]) => [segment, Math.log(count / sum)]);
  }
  const letters = fallback(unit);
  return letters.map((segment, rank) => [segment, Math.log(1 / (rank + 2))]);
}

/**
 * The most likely romanisations of a sequence of letters (units) under a mined segment model,
 * with the English letter model's score added `letterWeight` times (0 leaves it out).
 */
export function decodeSegments(
  model: SegmentModel,
  units: readonly string[],
  fallback: (unit: string) => readonly string[],
  limit: number,
  letterWeight = 0,
): string[] {
  let beams: Beam[] = [{ text: '', logP: 0 }];
  for (let i = 0; i < units.length; i++) {
    const options = segmentsAt(model, units, i, fallback);
    const next: Beam[] = [];
    const final = i === units.length - 1;
    for (const beam of beams) {
      for (const [segment, logP] of options) {
        const letters =
          letterWeight === 0 ? 0 : letterWeight * segmentLogScore(beam.text, segment, final);
        next.push({ text: beam.text + segment, logP: beam.logP + logP + letters });
      }
    }
    next.sort((a, b) => b.logP - a.logP);
    // Different paths can spell the same string; keep the best path of each.
    const seen = new Set<string>();
    beams = next
      .filter((beam) => !seen.has(beam.text) && seen.add(beam.text))
      .slice(0, letterWeight === 0 ? BEAM_WIDTH : LETTER_BEAM_WIDTH);
  }
  return beams.slice(0, limit).map((beam) => beam.text);
}
