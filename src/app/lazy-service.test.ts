import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lazyService } from './lazy-service.ts';

interface Counter {
  add(by: number): Promise<number>;
  total(): Promise<number>;
}

/** A counter service and how many times it was made. */
function lazyCounter(): { service: Counter; made: () => number } {
  let made = 0;
  const service = lazyService<Counter>(() => {
    made++;
    let total = 0;
    const counter: Counter = {
      add: (by) => Promise.resolve((total += by)),
      total: () => Promise.resolve(total),
    };
    return Promise.resolve(counter);
  });
  return { service, made: () => made };
}

describe('lazyService', () => {
  it('makes the service on the first call, not before, and only once', async () => {
    const { service, made } = lazyCounter();
    assert.equal(made(), 0);
    const [a, b] = await Promise.all([service.add(2), service.add(3)]);
    assert.deepEqual([a, b].sort(), [2, 5]);
    assert.equal(await service.total(), 5);
    assert.equal(made(), 1);
  });

  it('is no thenable, so awaiting the service does not make it', async () => {
    const { service, made } = lazyCounter();
    assert.equal(await Promise.resolve(service), service);
    assert.equal(made(), 0);
  });

  it('gives a failure to make the service to every caller', async () => {
    let attempts = 0;
    const service = lazyService<Counter>(() => {
      attempts++;
      return Promise.reject(new Error('module missing'));
    });
    await assert.rejects(service.total(), /module missing/);
    await assert.rejects(service.total(), /module missing/);
    assert.equal(attempts, 1);
  });
});
