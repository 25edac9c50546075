import { canDrawProgress } from './cli-output.ts';

/** Writes a one-line progress indicator to stderr when it is a terminal; silent otherwise. */
export function progressReporter(label: string): {
  update: (done: number, total: number) => void;
  finish: () => void;
} {
  const tty = canDrawProgress();
  let last = -1;
  return {
    update: (done, total) => {
      if (!tty || total <= 0) return;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === last) return;
      last = percent;
      process.stderr.write(`\r${label} ${percent}%`);
    },
    finish: () => {
      if (tty && last >= 0) process.stderr.write('\r\x1b[K');
    },
  };
}
