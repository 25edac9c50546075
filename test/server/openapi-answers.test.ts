import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import AjvCompiler from '@fastify/ajv-compiler';
import type { InjectOptions } from 'fastify';
import { startTestServer, type TestServer } from './server-setup.ts';

interface OpenApiDocument {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>
  >;
  components: { schemas: Record<string, unknown> };
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown };

/**
 * The OpenAPI document is written from declarations (src/server/api-types.ts), not from answers:
 * this suite sends each documented operation a real request and checks the answer against the
 * schema the document gives for that status, so the document cannot promise what the server does
 * not send.
 */
describe('OpenAPI document against real answers', () => {
  let t: TestServer;
  let doc: OpenApiDocument;
  let compile: (schema: unknown) => Validate;
  const checked = new Set<string>();

  before(async () => {
    t = await startTestServer();
    doc = (await t.server.inject('/openapi.json')).json();
    const ajv = AjvCompiler()({}, {
      customOptions: {
        strict: false,
        coerceTypes: false,
        useDefaults: false,
        removeAdditional: false,
      },
    } as never) as unknown as (route: { schema: unknown; httpPart: string }) => Validate;
    compile = (schema) =>
      ajv({ schema: { components: doc.components, ...(schema as object) }, httpPart: 'body' });
  });
  after(() => t.close());

  /** Sends a request and checks its answer against the documented schema of its status. */
  async function conforms(path: string, method: string, request: InjectOptions): Promise<unknown> {
    const res = await t.server.inject(request);
    const operation = doc.paths[path]?.[method];
    assert.ok(operation, `${method.toUpperCase()} ${path} is documented`);
    const response = operation.responses[String(res.statusCode)];
    assert.ok(response, `${method.toUpperCase()} ${path} documents status ${res.statusCode}`);
    const schema = response.content?.['application/json']?.schema;
    assert.ok(schema, `${method.toUpperCase()} ${path} ${res.statusCode} has a JSON schema`);
    const body: unknown = res.json();
    const validate = compile(schema);
    assert.ok(
      validate(body),
      `${method.toUpperCase()} ${path} ${res.statusCode}: ${JSON.stringify(validate.errors)}`,
    );
    checked.add(`${method} ${path}`);
    return body;
  }

  it('rejects an answer that breaks its schema (the check can fail)', () => {
    const validate = compile({ $ref: '#/components/schemas/ScreenAnswer' });
    assert.equal(validate({ results: 'none' }), false);
    assert.equal(validate({}), false);
  });

  it('answers the health and list routes as documented', async () => {
    await conforms('/healthz', 'get', { url: '/healthz' });
    await conforms('/readyz', 'get', { url: '/readyz' });
    await conforms('/lists', 'get', { url: '/lists' });
    await conforms('/audit/verify', 'get', { url: '/audit/verify' });
  });

  it('answers screening, explanation and the audit trail as documented', async () => {
    const screened = (await conforms('/screen', 'post', {
      method: 'POST',
      url: '/screen',
      payload: { name: 'Sirajuddin Haqqani', birthDate: '1973', country: 'Afghanistan' },
    })) as { results: { entityId: string }[] };
    const entityId = screened.results[0]?.entityId;
    assert.ok(entityId);
    await conforms('/explain', 'post', {
      method: 'POST',
      url: '/explain',
      payload: { query: { name: 'Siraj Haqani' }, entityId },
    });
    await conforms('/screen', 'post', { method: 'POST', url: '/screen', payload: { name: 7 } });
    await conforms('/audit', 'get', { url: '/audit?limit=5' });
  });

  it('answers the yente-compatible routes as documented, errors included', async () => {
    const matched = (await conforms('/match/{dataset}', 'post', {
      method: 'POST',
      url: '/match/default',
      payload: {
        queries: {
          q1: {
            schema: 'Person',
            properties: { name: ['Sirajuddin Haqqani'], nationality: ['Afghanistan'] },
          },
        },
      },
    })) as { responses: { q1: { results: { id: string }[] } } };
    const id = matched.responses.q1.results[0]?.id;
    assert.ok(id);
    await conforms('/match/{dataset}', 'post', {
      method: 'POST',
      url: '/match/default',
      payload: { queries: { q1: { properties: { name: ['x'] } } } },
    });
    await conforms('/search/{dataset}', 'get', { url: '/search/default?q=Haqqani' });
    await conforms('/search/{dataset}', 'get', { url: '/search/nosuch?q=x' });
    await conforms('/entities/{id}', 'get', { url: `/entities/${encodeURIComponent(id)}` });
    await conforms('/entities/{id}', 'get', { url: '/entities/no-such-entity' });
    await conforms('/entities/{id}/adjacent', 'get', {
      url: `/entities/${encodeURIComponent(id)}/adjacent`,
    });
    await conforms('/entities/{id}/adjacent/{property}', 'get', {
      url: `/entities/${encodeURIComponent(id)}/adjacent/sanctions`,
    });
    await conforms('/entities/{id}/adjacent/{property}', 'get', {
      url: `/entities/${encodeURIComponent(id)}/adjacent/banana`,
    });
    await conforms('/catalog', 'get', { url: '/catalog' });
    await conforms('/algorithms', 'get', { url: '/algorithms' });
  });

  it('answers an article analysis and a batch job as documented', async () => {
    await conforms('/analyze', 'post', {
      method: 'POST',
      url: '/analyze',
      payload: {
        text: 'Sirajuddin Haqqani, the interior minister, said: "We will not change." The ministry was silent.',
      },
    });
    const job = (await conforms('/batch', 'post', {
      method: 'POST',
      url: '/batch',
      headers: { 'content-type': 'text/csv' },
      payload: 'name\nSirajuddin Haqqani\n',
    })) as { id: string };
    await conforms('/batch/{id}', 'get', { url: `/batch/${job.id}` });
    await conforms('/batch/{id}', 'get', { url: '/batch/no-such-job' });
    await conforms('/batch/{id}', 'delete', { method: 'DELETE', url: `/batch/${job.id}` });
    await conforms('/batch/{id}', 'delete', { method: 'DELETE', url: '/batch/no-such-job' });
  });

  it('answers the subjects, alerts and decisions routes as documented', async () => {
    await conforms('/subjects/import', 'post', {
      method: 'POST',
      url: '/subjects/import',
      headers: { 'content-type': 'text/csv' },
      payload: 'id,name\nc1,Sirajuddin Haqqani\n,no id\n',
    });
    await conforms('/subjects', 'get', { url: '/subjects' });
    const { alerts } = (await conforms('/alerts', 'get', { url: '/alerts?status=open' })) as {
      alerts: { id: number }[];
    };
    const id = alerts[0]?.id;
    assert.ok(id);
    await conforms('/alerts/{id}/decisions', 'post', {
      method: 'POST',
      url: `/alerts/${id}/decisions`,
      payload: { decision: 'cleared', note: 'another man', by: 'ana' },
    });
    await conforms('/alerts/{id}', 'get', { url: `/alerts/${id}` });
    await conforms('/alerts/{id}', 'get', { url: '/alerts/999999' });
    await conforms('/subjects/{id}', 'delete', { method: 'DELETE', url: '/subjects/c1' });
    await conforms('/subjects/{id}', 'delete', { method: 'DELETE', url: '/subjects/c1' });
  });

  it('checked every documented JSON operation', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) =>
          Object.entries(op.responses).some(
            ([status, r]) =>
              status.startsWith('2') && r.content?.['application/json'] !== undefined,
          ),
        )
        .map(([method]) => `${method} ${path}`),
    );
    // Import and diff need an admin upload and two versions: they are checked elsewhere.
    const elsewhere = new Set(['post /lists/import', 'get /lists/diff/{list}']);
    const missing = documented.filter((op) => !checked.has(op) && !elsewhere.has(op));
    assert.deepEqual(missing, []);
  });
});
