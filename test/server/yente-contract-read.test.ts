// Replays yente-client's search(), fetch(), adjacent(), datasets() and algorithms() calls, and
// yente's documented read routes (routers/search.py, routers/admin.py), against Sift.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THRESHOLD, ENGINE, flattenWeights, importListFile } from '../../src/app/index.ts';
import {
  startContractServer,
  type ContractServer,
  type EntityBody,
  type MatchBody,
} from './yente-contract-setup.ts';

interface SearchBody {
  results: EntityBody[];
  total: { value: number; relation: string };
  limit: number;
  offset: number;
  facets: Record<
    string,
    { label: string; values: { name: string; label: string; count: number }[] }
  >;
}

interface CatalogBody {
  datasets: {
    name: string;
    title: string;
    version: string | null;
    load: boolean;
    index_version: string | null;
    index_current: boolean;
    children: string[];
    entity_count: number;
  }[];
  current: string[];
  outdated: string[];
  index_stale: boolean;
}

const UN_ENTITIES = 1003;

describe('yente contract: /search, /entities, /catalog, /algorithms', () => {
  let t: ContractServer;
  const search = async (url: string): Promise<SearchBody> => {
    const res = await t.inject(url);
    assert.equal(res.statusCode, 200, `${url}: ${res.body}`);
    return res.json();
  };
  before(async () => {
    t = await startContractServer();
  });
  after(() => t.close());

  it('searches without q, counting every hit in total and paging with offset', async () => {
    const first = await search('/search/un_sc_sanctions?limit=5');
    assert.equal(first.total.value, UN_ENTITIES);
    assert.equal(first.results.length, 5);
    const second = await search('/search/un?limit=5&offset=5');
    assert.equal(second.offset, 5);
    assert.notEqual(second.results[0]?.id, first.results[0]?.id);
    const all = await search('/search/default?limit=0');
    assert.ok(all.total.value > UN_ENTITIES);
  });

  it('searches by name, with total counting every hit and not just the page', async () => {
    const page = await search('/search/sanctions?q=Haqqani&limit=2');
    assert.equal(page.results.length, 2);
    assert.ok(page.total.value > 2, `total ${String(page.total.value)}`);
    const names = await search('/search/sanctions?q=Zawahiri');
    assert.equal(names.results[0]?.id, 'un:QDi.006');
    const simple = await search('/search/sanctions?q=%2BZawahiri&simple=true');
    assert.equal(simple.results[0]?.id, 'un:QDi.006');
  });

  it('filters by schema, countries, topics and datasets, and counts facets over every hit', async () => {
    const orgs = await search('/search/un?schema=Organization&limit=500&facets=schema');
    assert.ok(orgs.results.every((r) => r.schema === 'Organization'));
    assert.deepEqual(
      orgs.facets.schema?.values.map((v) => v.name),
      ['Organization'],
    );
    const afghans = await search('/search/un?countries=af&limit=500&facets=countries');
    assert.ok(afghans.total.value > 0);
    const af = afghans.facets.countries?.values.find((v) => v.name === 'af');
    assert.equal(af?.count, afghans.total.value);
    assert.equal(af?.label, 'Afghanistan');
    assert.equal((await search('/search/default?topics=crime.cyber')).total.value, 0);
    const eu = await search('/search/default?datasets=eu_fsf&facets=datasets');
    assert.deepEqual(
      eu.facets.datasets?.values.map((v) => [v.name, v.count]),
      [['eu_fsf', eu.total.value]],
    );
    assert.equal(eu.facets.datasets?.values[0]?.label, 'EU Financial Sanctions Files (FSF)');
  });

  it('applies yente’s field:value filters and target, and refuses a filter without a colon', async () => {
    const haqqanis = await search('/search/un?q=Haqqani&limit=50');
    const born1973 = await search('/search/un?q=Haqqani&limit=50&filter=properties.birthDate:1970');
    assert.ok(born1973.total.value > 0);
    assert.ok(born1973.total.value < haqqanis.total.value);
    for (const hit of born1973.results)
      assert.ok(
        hit.properties.birthDate?.some((d) => String(d).startsWith('1970')),
        hit.id,
      );
    const people = await search('/search/un?q=Haqqani&filter=schema:Person&filter=schema:Vessel');
    assert.ok(people.results.every((r) => r.schema === 'Person'));
    const both = await search(
      '/search/un?q=Haqqani&filter_op=AND&filter=schema:Person&filter=schema:Vessel',
    );
    assert.equal(both.total.value, 0);
    assert.equal((await search('/search/un?q=Haqqani&target=false')).total.value, 0);
    const invalid = await t.inject('/search/un?q=Haqqani&filter=bogus');
    assert.equal(invalid.statusCode, 400);
    assert.deepEqual(invalid.json(), { detail: "Invalid filter: 'bogus'" });
  });

  it('answers yente’s errors on /search: 404 unknown dataset, 400 invalid schema, 422 bad limit', async () => {
    const dataset = await t.inject('/search/nosuch?q=x');
    assert.equal(dataset.statusCode, 404);
    assert.deepEqual(dataset.json(), { detail: 'No such dataset.' });
    const schema = await t.inject('/search/default?schema=Banana');
    assert.equal(schema.statusCode, 400);
    assert.deepEqual(schema.json(), { detail: 'Invalid schema' });
    const limit = await t.inject('/search/default?limit=501');
    assert.equal(limit.statusCode, 422);
  });

  it('fetches every id an answer gives: /match and /search ids, and referents by 308', async () => {
    const match = (
      await t.match('/match/default?limit=10', {
        a: { schema: 'Person', properties: { name: ['Saddam Hussein Al-Tikriti'] } },
        b: { schema: 'Person', properties: { name: ['Ivan Petrovich Sidorov'] } },
      })
    ).json() as MatchBody;
    const found = await search('/search/default?q=Haqqani&limit=10');
    const results = [...Object.values(match.responses).flatMap((r) => r.results), ...found.results];
    assert.ok(results.length > 5);
    for (const result of results) {
      const res = await t.inject(`/entities/${encodeURIComponent(result.id)}`);
      assert.equal(res.statusCode, 200, result.id);
      assert.equal((res.json() as EntityBody).id, result.id);
      for (const referent of result.referents) {
        const moved = await t.inject(`/entities/${encodeURIComponent(referent)}?nested=false`);
        assert.equal(moved.statusCode, 308, referent);
        assert.equal(
          decodeURIComponent(moved.headers.location ?? ''),
          `/entities/${result.id}?nested=false`,
        );
      }
    }
    const missing = await t.inject('/entities/un:NOPE');
    assert.equal(missing.statusCode, 404);
    assert.deepEqual(missing.json(), { detail: 'No such entity!' });
  });

  it('nests the Sanction by default and leaves it out with nested=false', async () => {
    const nested = (await t.inject('/entities/un:TAi.144')).json() as EntityBody;
    const sanction = nested.properties.sanctions?.[0] as EntityBody | undefined;
    assert.equal(sanction?.schema, 'Sanction');
    assert.deepEqual(sanction.properties.entity, ['un:TAi.144']);
    const opened = await t.inject(`/entities/${encodeURIComponent(sanction.id)}`);
    assert.equal(opened.statusCode, 200, 'the nested Sanction’s id opens too');
    assert.deepEqual(opened.json(), sanction);
    const flat = (await t.inject('/entities/un:TAi.144?nested=false')).json() as EntityBody;
    assert.equal(flat.properties.sanctions, undefined);
    assert.deepEqual(flat.properties.name, nested.properties.name);
    const adjacent = (await t.inject('/entities/un:TAi.144/adjacent')).json() as {
      entity: EntityBody;
      adjacent: { sanctions: { results: EntityBody[]; total: { value: number } } };
    };
    assert.equal(adjacent.entity.id, 'un:TAi.144');
    assert.equal(adjacent.adjacent.sanctions.total.value, 1);
  });

  it('pages one adjacent property, redirects a referent to it, and 404s an unknown property', async () => {
    const page = await t.inject('/entities/un:TAi.144/adjacent/sanctions?limit=5');
    assert.equal(page.statusCode, 200, page.body);
    const body = page.json() as { results: EntityBody[]; total: { value: number }; limit: number };
    assert.equal(body.total.value, 1);
    assert.equal(body.limit, 5);
    assert.equal(body.results[0]?.schema, 'Sanction');
    const referent = await t.inject('/entities/un_sc_sanctions:TAi.144/adjacent/sanctions');
    assert.equal(referent.statusCode, 308);
    assert.equal(referent.headers.location, '/entities/un:TAi.144/adjacent/sanctions');
    const unknown = await t.inject('/entities/un:TAi.144/adjacent/banana');
    assert.equal(unknown.statusCode, 404);
    assert.deepEqual(unknown.json(), { detail: 'No such property!' });
  });

  it('dates entities from the version history', async () => {
    const versions = await t.app.store.listVersions('testlist');
    const [v1, v2] = versions.map((v) => v.importedAt.slice(0, 19));
    assert.ok(v1 !== undefined && v2 !== undefined && v1 < v2);
    const person = (await t.inject('/entities/testlist:person-1')).json() as EntityBody;
    assert.deepEqual([person.first_seen, person.last_change, person.last_seen], [v1, v2, v2]);
    const vessel = (await t.inject('/entities/testlist:vessel-1')).json() as EntityBody;
    assert.deepEqual([vessel.first_seen, vessel.last_change, vessel.last_seen], [v1, v1, v2]);
    assert.equal(vessel.target, true);
  });

  it('serves the catalog in yente’s shape, with string versions and the collections', async () => {
    const catalog = (await t.inject('/catalog')).json() as CatalogBody;
    const names = catalog.datasets.map((d) => d.name);
    assert.deepEqual(names, ['eu_fsf', 'testlist', 'un_sc_sanctions', 'sanctions', 'default']);
    const un = catalog.datasets.find((d) => d.name === 'un_sc_sanctions');
    assert.equal(typeof un?.version, 'string');
    assert.equal(un?.index_version, un?.version);
    assert.equal(un?.index_current, true);
    assert.equal(un?.load, true);
    assert.equal(un?.entity_count, UN_ENTITIES);
    assert.deepEqual(catalog.current, ['eu_fsf', 'testlist', 'un_sc_sanctions']);
    assert.deepEqual(catalog.outdated, []);
    assert.equal(catalog.index_stale, false);
    const sanctions = catalog.datasets.find((d) => d.name === 'sanctions');
    assert.deepEqual(sanctions?.children, ['eu_fsf', 'un_sc_sanctions']);
    assert.equal(sanctions?.load, false);
    const manifest = await t.inject('/manifest');
    assert.equal(manifest.statusCode, 200);
  });

  it('serves /algorithms in yente’s shape', async () => {
    const body = (await t.inject('/algorithms')).json() as {
      algorithms: { name: string; features: Record<string, { description: string }> }[];
      default: string;
      best: string;
    };
    assert.match(body.default, /^sift-match/);
    assert.equal(body.best, body.default);
    assert.equal(body.algorithms[0]?.name, body.default);
    assert.equal(typeof body.algorithms[0]?.features.name?.description, 'string');
    // The settings in effect, as yente's config variables: the threshold and every weight.
    const config = (
      body.algorithms[0] as unknown as {
        docs: { config: Record<string, { type: string; description: string; default: unknown }> };
      }
    ).docs.config;
    assert.deepEqual(config.threshold, {
      type: 'float',
      description: config.threshold?.description,
      default: DEFAULT_THRESHOLD,
    });
    assert.ok(flattenWeights(ENGINE.weights).length > 10);
    for (const [name, value] of flattenWeights(ENGINE.weights))
      assert.equal(config[name]?.default, value, name);
  });

  it('reports a list imported since the index was built as outdated', async () => {
    const uk = new URL('../fixtures/uk/uk-sanctions-list-sample.csv', import.meta.url);
    await importListFile(t.app.store, uk.pathname, {});
    const ftm = readFileSync(new URL('../fixtures/ftm/sample.ftm.json', import.meta.url), 'utf8');
    const third = join(t.dir, 'sample-v3.ftm.json');
    writeFileSync(third, ftm.replace('"TEST SHIP"', '"TEST SHIP II"'));
    await importListFile(t.app.store, third, { list: 'testlist', format: 'ftm-json' });
    const catalog = (await t.inject('/catalog')).json() as CatalogBody;
    const fresh = catalog.datasets.find((d) => d.name === 'gb_fcdo_sanctions');
    assert.equal(typeof fresh?.version, 'string');
    assert.equal(fresh?.index_version, null);
    assert.equal(fresh?.index_current, false);
    const stale = catalog.datasets.find((d) => d.name === 'testlist');
    assert.notEqual(stale?.version, stale?.index_version);
    assert.equal(stale?.index_current, false);
    assert.deepEqual(catalog.current, ['eu_fsf', 'un_sc_sanctions']);
    assert.deepEqual(catalog.outdated, ['testlist']);
    assert.equal(catalog.index_stale, true);
  });
});
