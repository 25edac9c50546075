import { spawn } from 'node:child_process';
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
      // The sources as they stand, through tsx: dist/ is rebuilt only by `npm run build`.
      env: { SIFT_FROM_SOURCE: '1', ...process.env, ...env },
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
