import { isIP } from 'node:net';
import { AppError } from '../core/index.ts';

// The rule, said once: a server without API keys answers only this machine. `sift serve` refuses
// to bind elsewhere, and every request must be addressed to a loopback name (DNS rebinding).

/** True for host names that only this machine resolves to itself. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return (
    bare === 'localhost' ||
    bare.endsWith('.localhost') ||
    bare === '::1' ||
    (isIP(bare) === 4 && bare.startsWith('127.'))
  );
}

/** Refuses to bind a server without API keys to an address other machines can reach. */
export function checkBindAddress(host: string, keyCount: number): void {
  if (keyCount === 0 && !isLoopbackHost(host)) {
    throw new AppError(
      'CONFIG_INVALID',
      `No API keys are configured, so the server binds to loopback only, not ${host}. Create a key with \`sift keys add <id>\` first.`,
    );
  }
}
