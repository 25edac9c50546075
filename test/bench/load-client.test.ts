import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const CLIENT = fileURLToPath(new URL('../../scripts/bench/load-client.mjs', import.meta.url));

/** Runs the load client on `spec` and returns what it printed, parsed. */
async function runClient(spec: object): Promise<Record<string, unknown>> {
  const client = spawn(process.execPath, [CLIENT], { stdio: ['pipe', 'pipe', 'inherit'] });
  client.stdin.end(JSON.stringify(spec));
  let out = '';
  for await (const chunk of client.stdout) out += String(chunk);
  return JSON.parse(out) as Record<string, unknown>;
}

describe('the HTTP load bench client', () => {
  it('sends the given bodies in turn from its own process and reports its own CPU time', async () => {
    const received = new Set<string>();
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        received.add(`${request.method ?? ''} ${request.url ?? ''} ${body}`);
        response.setHeader('content-type', 'application/json');
        response.end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const bodies = ['{"name":"a"}', '{"name":"b"}', '{"name":"c"}'];
      const result = await runClient({
        url: `http://127.0.0.1:${port}`,
        path: '/screen',
        connections: 2,
        durationS: 1,
        bodies,
      });
      const requests = result.requests as { total: number };
      assert.ok(requests.total >= bodies.length);
      assert.ok(typeof result.clientCpuMs === 'number' && result.clientCpuMs > 0);
      assert.deepEqual(
        [...received].sort(),
        bodies.map((body) => `POST /screen ${body}`),
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
