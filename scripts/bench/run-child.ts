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
  /** User + system CPU time at the last sample, in ms: unlike wall time, other load does not inflate it. */
  cpuMs: number;
  stdout: string;
  stderr: string;
}

/** Options of one child run. */
export interface ChildOptions {
  cwd: string;
  /** Variables added to the environment. */
  env?: Record<string, string>;
  /** The child is killed (SIGKILL) after this long. */
  timeoutMs: number;
  /** How often /proc/<pid>/status is read. */
  sampleMs?: number;
  /** SIGINT is sent after this long, for a command that stops cleanly on it (`sift batch`). */
  interruptAfterMs?: number;
  /** Called at every sample with the time since the start and the child's CPU time so far. */
  onSample?: (elapsedMs: number, cpuMs: number) => void;
}

/** Clock ticks per second of /proc/<pid>/stat times; 100 on every Linux Node supports. */
const CLOCK_TICKS = 100;

/** User + system CPU time of a live process in ms, or undefined once it has gone. */
function readCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
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
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let peak = 0;
  let cpuMs = 0;
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
    cpuMs = Math.max(cpuMs, readCpuMs(child.pid) ?? 0);
    options.onSample?.(performance.now() - started, cpuMs);
  };
  const sampler = setInterval(sample, options.sampleMs ?? 50);
  const interrupter =
    options.interruptAfterMs === undefined
      ? undefined
      : setTimeout(() => child.kill('SIGINT'), options.interruptAfterMs);
  const killer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, options.timeoutMs);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(sampler);
      clearTimeout(killer);
      clearTimeout(interrupter);
      reject(error);
    });
    child.on('exit', (code) => {
      clearInterval(sampler);
      clearTimeout(killer);
      clearTimeout(interrupter);
      const elapsedMs = performance.now() - started;
      // Wait for the pipes to drain so the child's last lines are kept.
      child.on('close', () => {
        resolve({ exitCode: code, timedOut, elapsedMs, peakRssBytes: peak, cpuMs, stdout, stderr });
      });
    });
  });
}
