import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** How a child process ended, with its wall time and peak resident memory. */
export interface ChildRun {
  exitCode: number | null;
  /** True when the child was killed for running past its time budget. */
  timedOut: boolean;
  elapsedMs: number;
  /** Peak resident set size (VmHWM) in bytes; 0 when /proc could not be read. */
  peakRssBytes: number;
  stdout: string;
  stderr: string;
}

/** Options of one child run. */
export interface ChildOptions {
  cwd: string;
  /** The child is killed (SIGKILL) after this long. */
  timeoutMs: number;
  /** How often /proc/<pid>/status is read. */
  sampleMs?: number;
}

/** The VmHWM (peak RSS) of a live process in bytes, or undefined once it has gone. */
function readPeakRss(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return match === null ? undefined : Number(match[1]) * 1024;
  } catch {
    return undefined;
  }
}

/**
 * Runs a command as a child process and samples its peak RSS from /proc. VmHWM is the kernel's
 * own high-water mark, so sampling misses at most the growth of the last interval before exit;
 * worker threads share the process, so their memory is counted too.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: ChildOptions,
): Promise<ChildRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let peak = 0;
  let timedOut = false;
  child.stdout.setEncoding('utf8').on('data', (text: string) => {
    // Only the tail matters (summaries); a chatty child must not fill the bench's memory.
    stdout = (stdout + text).slice(-20_000);
  });
  child.stderr.setEncoding('utf8').on('data', (text: string) => {
    stderr = (stderr + text).slice(-20_000);
  });
  const sample = (): void => {
    if (child.pid === undefined) return;
    peak = Math.max(peak, readPeakRss(child.pid) ?? 0);
  };
  const sampler = setInterval(sample, options.sampleMs ?? 50);
  const killer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(sampler);
      clearTimeout(killer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(sampler);
      clearTimeout(killer);
      const elapsedMs = performance.now() - started;
      // Wait for the pipes to drain so the child's last lines are kept.
      child.on('close', () => {
        resolve({ exitCode: code, timedOut, elapsedMs, peakRssBytes: peak, stdout, stderr });
      });
    });
  });
}
