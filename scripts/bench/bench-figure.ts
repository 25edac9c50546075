import { loadavg } from 'node:os';

/** One measured figure of the bench, printed beside its target. */
export interface BenchFigure {
  /** The bench it belongs to, e.g. `ingest`, `stream`, `batch`. */
  section: string;
  /** What was measured, e.g. `UN XML parse (median of 3)`. */
  name: string;
  /** The measured value with its unit, e.g. `0.41 s`. */
  value: string;
  /** The target with its unit, or `—` when the figure is informative only. */
  target: string;
  /** Whether the target was met; undefined when there is no target or it was not measured. */
  met?: boolean;
  /** The 1-minute load average when the figure was taken (other helpers share the 2 cores). */
  load: string;
  /** How the figure was obtained or why it is doubtful. */
  note?: string;
}

/** The 1/5/15-minute load averages as `uptime` prints them. */
export function currentLoad(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Seconds with two decimals, from milliseconds. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Mebibytes with no decimals, from bytes. */
export function formatMiB(bytes: number): string {
  const mib = bytes / 1024 / 1024;
  return `${mib < 10 ? mib.toFixed(1) : String(Math.round(mib))} MiB`;
}

/** A count with thousands separators. */
export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** Renders figures as a Markdown table: it reads as a compact table in a terminal too. */
export function formatFigureTable(figures: readonly BenchFigure[]): string {
  const header = ['bench', 'figure', 'value', 'target', 'ok', 'load (1/5/15 min)', 'note'];
  const rows = figures.map((f) => [
    f.section,
    f.name,
    f.value,
    f.target,
    f.met === undefined ? '—' : f.met ? 'yes' : 'NO',
    f.load,
    f.note ?? '',
  ]);
  const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}
