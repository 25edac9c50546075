import { AppError } from '../core/index.ts';

/** Milliseconds per unit of a duration written as `30m`, `6h` or `7d`. */
const UNIT_MS: Readonly<Record<string, number>> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

/**
 * Reads a duration such as `30m`, `6h`, `1d` or `1.5h` (seconds, minutes, hours, days) into
 * milliseconds; `what` names the flag or setting in the error a bad value gets.
 */
export function parseDuration(text: string, what: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/i.exec(text);
  const ms = match === null ? NaN : Number(match[1]) * UNIT_MS[match[2]!.toLowerCase()]!;
  if (!Number.isFinite(ms) || ms <= 0) {
    throw new AppError(
      'CONFIG_INVALID',
      `${what} must be a duration such as 30m, 6h or 7d (a number and one of s, m, h, d), not "${text}".`,
    );
  }
  return ms;
}

/** A duration in the largest whole unit that fits it, e.g. 7d, 6h, 90m. */
export function formatDuration(ms: number): string {
  for (const unit of ['d', 'h', 'm', 's']) {
    const size = UNIT_MS[unit]!;
    if (ms >= size && ms % size === 0) return `${ms / size}${unit}`;
  }
  return `${Math.round(ms / 1000)}s`;
}
