import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startTestServer, type TestServer } from '../server/server-setup.ts';
import { FUZZ_RUNS } from './fuzz-inputs.ts';

/** Names, dates and countries as callers send them, with hostile and malformed values mixed in. */
const fieldValue = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    'Sirajuddin Haqqani',
    'Хаккани',
    'سراج الدين حقاني',
    '1973-02-30',
    'AF',
    'Russia',
  ),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const queryBody = fc.dictionary(
  fc.constantFrom('name', 'schema', 'birthDate', 'country', 'lists', 'threshold', 'limit', 'x'),
  fieldValue,
);
const htmlFragment = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 30 }),
    fc
      .tuple(
        fc.constantFrom('p', 'div', 'q', 'blockquote', 'script', 'b', 'a'),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('the HTTP routes answer any input with a status below 500 and a JSON error', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer({ SIFT_RATE_LIMIT_PER_MINUTE: '0' });
  });
  after(() => t.close());

  const expectClean = (status: number, body: string): void => {
    assert.ok(status < 500, `status ${status}: ${body.slice(0, 200)}`);
    if (status >= 400) {
      const parsed = JSON.parse(body) as { error?: { code?: string }; detail?: unknown };
      assert.ok(parsed.error?.code !== undefined || parsed.detail !== undefined, body);
    }
  };

  it('POST /screen and /explain with random fields', async () => {
    await fc.assert(
      fc.asyncProperty(queryBody, fc.string({ maxLength: 20 }), async (body, entityId) => {
        const screen = await t.server.inject({ method: 'POST', url: '/screen', payload: body });
        expectClean(screen.statusCode, screen.body);
        const explain = await t.server.inject({
          method: 'POST',
          url: '/explain',
          payload: { query: body, entityId },
        });
        expectClean(explain.statusCode, explain.body);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('POST /match/{dataset} with random queries', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('default', 'sanctions', 'un', 'nope', '%2e%2e'),
        fc.dictionary(
          fc.string({ minLength: 1, maxLength: 8 }),
          fc.record({
            schema: fc.oneof(fc.constantFrom('Person', 'Company', 'Thing', 'Dog'), fieldValue),
            properties: fc.dictionary(
              fc.constantFrom('name', 'birthDate', 'country', 'nationality', 'idNumber', 'x'),
              fc.oneof(fieldValue, fc.array(fieldValue, { maxLength: 3 })),
            ),
          }),
          { maxKeys: 3 },
        ),
        async (dataset, queries) => {
          const res = await t.server.inject({
            method: 'POST',
            url: `/match/${dataset}`,
            payload: { queries },
          });
          expectClean(res.statusCode, res.body);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('POST /analyze with random HTML and text', async () => {
    await fc.assert(
      fc.asyncProperty(htmlFragment, fc.boolean(), async (content, asHtml) => {
        const res = await t.server.inject({
          method: 'POST',
          url: '/analyze',
          payload: asHtml ? { html: content } : { text: content },
        });
        expectClean(res.statusCode, res.body);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('GET with random paths and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/search/', '/entities/', '/lists/diff/', '/batch/', '/audit', '/catalog'),
        fc.string({ maxLength: 30 }),
        async (prefix, rest) => {
          const res = await t.server.inject({
            method: 'GET',
            url: `${prefix}${encodeURIComponent(rest)}?q=${encodeURIComponent(rest)}&limit=${rest}`,
          });
          expectClean(res.statusCode, res.body);
        },
      ),
      { numRuns: FUZZ_RUNS },
    );
  });
});
