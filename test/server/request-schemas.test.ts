import { after, before, describe, it } from 'node:test';
import { compileWaitingValidators } from '../../src/server/build-validator.ts';
import { startTestServer, type TestServer } from './server-setup.ts';

describe('request schemas', () => {
  let t: TestServer;
  before(async () => {
    t = await startTestServer();
  });
  after(async () => {
    await t.close();
  });

  // Validators compile on first use, so a broken schema no longer stops the server at start.
  it('compile for every route the server declares', async () => {
    await compileWaitingValidators();
  });
});
