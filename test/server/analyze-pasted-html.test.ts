import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestServer, type TestServer } from './server-setup.ts';

interface Report {
  text: string;
  warnings: string[];
  entities: { name: string }[];
  statements: { speaker?: { name: string } | null }[];
}

describe('POST /analyze with HTML pasted into the text field', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ SIFT_RATE_LIMIT_PER_MINUTE: '0' });
  });
  after(() => t.close());

  it('reads a <p>…</p> fragment as HTML, not as a title with no article text', async () => {
    const text =
      '<p>“We will not yield,” said Jean Smith, the mayor, on Monday. Sirajuddin Haqqani met officials.</p>';
    const res = await t.server.inject({ method: 'POST', url: '/analyze', payload: { text } });
    assert.equal(res.statusCode, 200, res.body.slice(0, 200));
    const report = res.json() as Report;
    assert.deepEqual(report.warnings, []);
    assert.match(report.text, /^“We will not yield,” said Jean Smith/);
    assert.ok(!report.text.includes('<p>'));
    assert.ok(report.entities.some((e) => e.name === 'Sirajuddin Haqqani'));
  });

  it('keeps plain text with a lone angle bracket as text', async () => {
    const text = 'Prices rose by <5 % this year, said Jean Smith, the mayor, on Monday.';
    const res = await t.server.inject({ method: 'POST', url: '/analyze', payload: { text } });
    assert.equal(res.statusCode, 200, res.body.slice(0, 200));
    assert.match((res.json() as Report).text, /<5 %/);
  });
});
