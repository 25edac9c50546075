import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkBindAddress, isLoopbackHost } from './loopback-only.ts';

void describe('the loopback-only rule', () => {
  it('knows loopback names and addresses, and nothing else', () => {
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]', 'LocalHost'])
      assert.equal(isLoopbackHost(host), true, host);
    for (const host of ['0.0.0.0', '192.168.1.2', 'example.com', '::', 'localhost.example.com'])
      assert.equal(isLoopbackHost(host), false, host);
  });

  it('refuses a keyless server on a reachable address, and allows it with keys', () => {
    assert.throws(() => {
      checkBindAddress('0.0.0.0', 0);
    }, /binds to loopback only, not 0\.0\.0\.0/);
    checkBindAddress('0.0.0.0', 1);
    checkBindAddress('127.0.0.1', 0);
  });
});
