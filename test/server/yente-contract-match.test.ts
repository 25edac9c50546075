// Replays the /match calls of yente-client and of yente's own tests and documented examples
// (routers/match.py, tests/test_match.py, examples/match_api.py) against Sift, and asserts on the
// fields a client reads.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ALGORITHM_VERSION } from '../../src/screening/index.ts';
import {
  startContractServer,
  type ContractServer,
  type MatchBody,
  type MatchesBody,
} from './yente-contract-setup.ts';

const ZAWAHIRI = {
  schema: 'Person',
  properties: {
    name: ['Ayman al-Zawahiri', 'أيمن الظواهري'],
    birthDate: ['1951'],
    nationality: ['Egypt'],
  },
};

function responseOf(body: unknown, key: string): MatchesBody {
  const answer = (body as MatchBody).responses[key];
  assert.ok(answer, `a response for ${key}`);
  return answer;
}

describe('yente contract: POST /match/{dataset}', () => {
  let t: ContractServer;
  before(async () => {
    t = await startContractServer();
  });
  after(() => t.close());

  it('answers the quickstart batch on the sanctions collection with yente fields', async () => {
    const res = await t.match('/match/sanctions?algorithm=best&fuzzy=false', {
      q1: ZAWAHIRI,
      q2: {
        schema: 'Company',
        properties: { name: ['Haqqani Network'], jurisdiction: ['Russia'] },
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['x-batch-size'], '2');
    const body = res.json() as MatchBody;
    assert.equal(body.limit, 5);
    const q1 = responseOf(body, 'q1');
    assert.equal(q1.status, 200);
    const top = q1.results[0];
    assert.ok(top);
    assert.equal(top.id, 'un:QDi.006');
    assert.equal(top.schema, 'Person');
    assert.deepEqual(top.datasets, ['un_sc_sanctions']);
    assert.equal(top.match, true);
    assert.equal(typeof top.caption, 'string');
    assert.ok(Array.isArray(top.properties.name));
    assert.equal(typeof top.explanations.name?.score, 'number');
    assert.equal(typeof top.explanations.name?.detail, 'string');
    assert.equal(top.target, true);
    assert.match(top.first_seen ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    assert.equal(
      q1.total.value,
      q1.results.filter((r) => r.match).length,
      'total counts the matches',
    );
    const q2 = responseOf(body, 'q2');
    assert.deepEqual(q2.query.properties.jurisdiction, ['ru'], 'a country name becomes its code');
    assert.equal(q2.query.schema, 'Company');
    assert.equal(q2.results[0]?.id, 'un:TAe.012');
  });

  it('refuses a query without a schema with 422, and an unknown or non-matchable one with 400', async () => {
    const missing = await t.match('/match/default', { fail: { properties: { name: 'Banana' } } });
    assert.equal(missing.statusCode, 422);
    const detail = (missing.json() as { detail: { loc: string[] }[] }).detail;
    assert.ok(detail.some((d) => d.loc.includes('schema')));
    const unknown = await t.match('/match/default', {
      fail: { schema: 'xxx', properties: { name: 'Banana' } },
      ok1: { schema: 'Person', properties: { name: ['Vladimir Putin'] } },
    });
    assert.equal(unknown.statusCode, 400);
    assert.match((unknown.json() as { detail: string }).detail, /Unknown schema/);
    const link = await t.match('/match/default', {
      a: { schema: 'Address', properties: { full: ['1 Test Street'] } },
    });
    assert.equal(link.statusCode, 400);
    assert.match((link.json() as { detail: string }).detail, /Non-matchable/);
  });

  it('answers yente’s errors: 404 unknown dataset, 400 unknown algorithm or config, 422 bad parameters', async () => {
    const q = { a: ZAWAHIRI };
    const dataset = await t.match('/match/nosuch', q);
    assert.equal(dataset.statusCode, 404);
    assert.deepEqual(dataset.json(), { detail: 'No such dataset.' });
    const algorithm = await t.match('/match/default?algorithm=neural-net', q);
    assert.equal(algorithm.statusCode, 400);
    assert.match((algorithm.json() as { detail: string }).detail, /Invalid algorithm/);
    const config = await t.inject({
      method: 'POST',
      url: '/match/default',
      payload: { queries: q, config: { nm_number_mismatch: 0.4 } },
    });
    assert.equal(config.statusCode, 400);
    assert.match((config.json() as { detail: string }).detail, /Invalid configuration parameter/);
    for (const url of [
      '/match/default?limit=501',
      '/match/default?threshold=high',
      '/match/default?changed_since=yesterday',
    ]) {
      const res = await t.match(url, q);
      assert.equal(res.statusCode, 422, url);
      assert.ok(Array.isArray((res.json() as { detail: unknown }).detail), url);
    }
    const empty = await t.match('/match/default', {});
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(empty.json(), { detail: 'No queries provided.' });
  });

  it('accepts yente’s algorithm names and the short and OpenSanctions dataset names', async () => {
    for (const url of [
      '/match/un?algorithm=logic-v2',
      '/match/un_sc_sanctions?algorithm=best',
      `/match/default?algorithm=${ALGORITHM_VERSION}`,
    ]) {
      const res = await t.match(url, { a: ZAWAHIRI });
      assert.equal(res.statusCode, 200, url);
      assert.equal(responseOf(res.json(), 'a').results[0]?.id, 'un:QDi.006', url);
    }
  });

  it('echoes the query’s own id, and null when it has none', async () => {
    const res = await t.match('/match/default', {
      no1: { ...ZAWAHIRI, id: 'zawahiri' },
      no2: ZAWAHIRI,
    });
    const body: unknown = res.json();
    assert.equal(responseOf(body, 'no1').query.id, 'zawahiri');
    assert.equal(responseOf(body, 'no1').query.schema, 'Person');
    assert.equal(responseOf(body, 'no2').query.id, null);
  });

  it('cleans properties: numbers become strings, dates keep their precision, unknown ones are ignored', async () => {
    const res = await t.match('/match/default', {
      q: {
        schema: 'Person',
        properties: {
          name: ['Ayman al-Zawahiri'],
          birthDate: [1951, '1951-06', '1951-13-45'],
          nationality: ['EGY', 'eg', 'Atlantis'],
          shoeSize: ['44'],
        },
      },
    });
    assert.equal(res.statusCode, 200, res.body);
    const { properties } = responseOf(res.json(), 'q').query;
    assert.deepEqual(properties.birthDate, ['1951', '1951-06']);
    assert.deepEqual(properties.nationality, ['eg']);
    assert.equal(properties.shoeSize, undefined);
  });

  it('accepts a query with an identifier and no name, and passes the identifier on', async () => {
    const res = await t.match('/match/default', {
      id: { schema: 'Person', properties: { idNumber: ['P123'], passportNumber: 12345 } },
    });
    assert.equal(res.statusCode, 200, res.body);
    const answer = responseOf(res.json(), 'id');
    assert.deepEqual(answer.query.properties.idNumber, ['P123']);
    assert.deepEqual(answer.query.properties.passportNumber, ['12345']);
    assert.ok(Array.isArray(answer.results));
  });

  it('finds a listed person by passport number alone, with the identifier in the explanation', async () => {
    const res = await t.match('/match/default', {
      pp: { schema: 'Person', properties: { passportNumber: ['OB0243318'] } },
    });
    assert.equal(res.statusCode, 200, res.body);
    const [top] = responseOf(res.json(), 'pp').results;
    assert.ok(top !== undefined, 'an identifier-only query finds the entity');
    assert.ok(top.score >= 0.95, `score ${top.score}`);
  });

  it('leaves out the excluded entity ids, given as ids or as referents', async () => {
    const base = responseOf((await t.match('/match/default', { q: ZAWAHIRI })).json(), 'q');
    assert.equal(base.results[0]?.id, 'un:QDi.006');
    for (const id of ['un:QDi.006', 'un_sc_sanctions:QDi.006']) {
      const res = await t.match(`/match/default?exclude_entity_ids=${encodeURIComponent(id)}`, {
        q: ZAWAHIRI,
      });
      const ids = responseOf(res.json(), 'q').results.map((r) => r.id);
      assert.ok(!ids.includes('un:QDi.006'), `${id} excluded: ${ids.join(',')}`);
    }
  });

  it('filters by topic, dataset and schema', async () => {
    const saddam = { schema: 'Person', properties: { name: ['Saddam Hussein Al-Tikriti'] } };
    const ids = async (url: string, query: object = saddam): Promise<string[]> =>
      responseOf((await t.match(url, { q: query })).json(), 'q').results.map((r) => r.id);
    const all = await ids('/match/default?limit=10');
    assert.ok(all.includes('eu:13') && all.includes('un:IQi.001'), all.join(','));
    assert.deepEqual(await ids('/match/default?topics=crime.cyber'), []);
    assert.ok((await ids('/match/default?topics=sanction')).length > 0);
    const onlyEu = await ids('/match/default?include_dataset=eu_fsf');
    assert.ok(onlyEu.length > 0 && onlyEu.every((id) => id.startsWith('eu:')), onlyEu.join(','));
    const noEu = await ids('/match/default?exclude_dataset=eu_fsf&exclude_dataset=testlist');
    assert.ok(noEu.length > 0 && noEu.every((id) => id.startsWith('un:')), noEu.join(','));
    assert.deepEqual(await ids('/match/eu?include_dataset=un_sc_sanctions'), []);
    assert.deepEqual(await ids('/match/default?exclude_schema=Person'), []);
    const network = { schema: 'Organization', properties: { name: ['Haqqani Network'] } };
    assert.ok((await ids('/match/default?exclude_schema=Person', network)).length > 0);
  });

  it('sets match at the threshold, leaves out results at or below the cutoff, and keeps the limit', async () => {
    const strict = responseOf(
      (await t.match('/match/default?threshold=1.01&cutoff=0.5&limit=20', { q: ZAWAHIRI })).json(),
      'q',
    );
    assert.ok(strict.results.length > 0);
    assert.ok(strict.results.every((r) => !r.match));
    assert.equal(strict.total.value, 0);
    const cut = responseOf(
      (await t.match('/match/default?cutoff=0.95&limit=20', { q: ZAWAHIRI })).json(),
      'q',
    );
    assert.ok(cut.results.every((r) => r.score > 0.95));
    const one = responseOf((await t.match('/match/default?limit=1', { q: ZAWAHIRI })).json(), 'q');
    assert.equal(one.results.length, 1);
  });

  it('only returns entities changed since changed_since', async () => {
    const sidorov = { schema: 'Person', properties: { name: ['Ivan Petrovich Sidorov'] } };
    const vessel = { schema: 'Vessel', properties: { name: ['TEST SHIP'] } };
    const versions = (await t.app.store.listVersions('testlist')).map((v) => v.importedAt);
    const since = (versions[1] ?? '').slice(0, 19);
    const res = await t.match(`/match/testlist?changed_since=${since}`, {
      person: sidorov,
      vessel,
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(responseOf(res.json(), 'person').results[0]?.id, 'testlist:person-1');
    assert.deepEqual(responseOf(res.json(), 'vessel').results, []);
    const before = await t.match('/match/testlist', { vessel });
    assert.equal(responseOf(before.json(), 'vessel').results[0]?.id, 'testlist:vessel-1');
  });

  it('screens every name of a query, not only the first ten', async () => {
    const names = Array.from({ length: 11 }, (_, i) => `Nobody Unlisted${String(i)}`);
    const res = await t.match('/match/default', {
      q: { schema: 'Person', properties: { name: [...names, 'Ayman al-Zawahiri'] } },
    });
    assert.equal(responseOf(res.json(), 'q').results[0]?.id, 'un:QDi.006');
  });

  it('refuses a request over the name-screening cap with a clear message', async () => {
    const names = Array.from({ length: 1001 }, (_, i) => `Person Number${String(i)}`);
    const res = await t.match('/match/default', {
      q: { schema: 'Person', properties: { name: names } },
    });
    assert.equal(res.statusCode, 400);
    assert.match((res.json() as { detail: string }).detail, /1001 name screenings.*at most 1000/);
  });
});
