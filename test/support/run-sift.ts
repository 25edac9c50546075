import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/sift.js', import.meta.url));

/** What a `sift` run printed and how it exited. */
export interface SiftRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `sift` command with the given arguments and environment, as a user would. */
export function runSift(
  args: readonly string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<SiftRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      // The test runner compiles dist/ from the sources as they stand and says so; a test file
      // run on its own runs the sources through tsx.
      env: {
        ...process.env,
        SIFT_FROM_SOURCE: process.env.SIFT_TEST_COMPILED === '1' ? '0' : '1',
        ...env,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

/** A `sift` process started in the background, for tests that stop or kill it midway. */
export interface RunningSift {
  child: ChildProcess;
  /** Everything it printed so far, and how it ended, once it has. */
  done: Promise<SiftRun>;
  stdout(): string;
  /** Everything it wrote to stderr so far. */
  stderr(): string;
}

/** Starts the real `sift` command without waiting for it. */
export function startSift(args: readonly string[], env: Record<string, string> = {}): RunningSift {
  const child = spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<SiftRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  return { child, done, stdout: () => stdout, stderr: () => stderr };
}
