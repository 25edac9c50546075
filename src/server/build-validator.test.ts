import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import { buildValidator, compileWaitingValidators } from './build-validator.ts';

function serverWith(bodySchema: object) {
  const server = Fastify({ schemaController: { compilersFactory: { buildValidator } } });
  server.post(
    '/echo',
    {
      schema: {
        body: bodySchema,
        querystring: { type: 'object', properties: { n: { type: 'integer' } } },
      },
    },
    (request) => ({ body: request.body, query: request.query }),
  );
  return server;
}

describe('request validators compiled on use', () => {
  it('refuses a body its schema rejects, with Ajv’s reason, and coerces the query string', async () => {
    const server = serverWith({
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' } },
    });
    try {
      const bad = await server.inject({ method: 'POST', url: '/echo', payload: { name: true } });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.json<{ message: string }>().message, /body\/name must be string/);
      const good = await server.inject({
        method: 'POST',
        url: '/echo?n=5',
        payload: { name: 'A' },
      });
      assert.equal(good.statusCode, 200);
      assert.deepEqual(good.json(), { body: { name: 'A' }, query: { n: 5 } });
    } finally {
      await server.close();
    }
  });

  it('starts without compiling, and compiling the waiting validators reports a broken schema', async () => {
    const server = serverWith({ type: 'object', properties: { name: { type: 'no-such-type' } } });
    try {
      await server.ready();
      await assert.rejects(compileWaitingValidators(), /no-such-type|type must be/);
    } finally {
      await server.close();
    }
  });
});
