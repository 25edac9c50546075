import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';

/** Runs per property: short in `npm test`, long with `SIFT_FUZZ_RUNS` (see `npm run fuzz`). */
export const FUZZ_RUNS = Number(process.env.SIFT_FUZZ_RUNS ?? 25);

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/** The first `count` individuals of the bundled UN list, as a whole small UN XML file. */
function unSample(count: number): string {
  const xml = gunzipSync(
    readFileSync(new URL('data/lists/un_consolidated_2026-02-27.xml.gz', root)),
  ).toString('utf8');
  const start = xml.indexOf('<INDIVIDUALS>');
  let end = start;
  for (let i = 0; i < count; i += 1)
    end = xml.indexOf('</INDIVIDUAL>', end) + '</INDIVIDUAL>'.length;
  return `${xml.slice(0, end)}</INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>`;
}

const OFAC_ROW = (ref: string, name: string, type = '-0- '): string =>
  `${ref},"${name}",${type},"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. 'ALPHA ONE'; DOB 01 Jan 1970."\r\n`;

/** One small valid file per list format, the seeds that the fuzzer mutates. */
export const SEEDS: Readonly<Record<string, string>> = {
  'un-xml': unSample(3),
  'eu-xml': read('test/fixtures/eu/eu-fsf-sample.xml'),
  'uk-csv': read('test/fixtures/uk/uk-sanctions-list-sample.csv').slice(0, 20_000),
  'uk-xml': read('test/fixtures/uk/uk-sanctions-list-sample.xml'),
  'ftm-json': read('test/fixtures/ftm/sample.ftm.json'),
  'ofac-csv': `${OFAC_ROW('1', 'ALPHA CO')}${OFAC_ROW('2', 'HAQQANI, Sirajuddin', 'individual')}`,
  'ofac-json': JSON.stringify({
    published: '2026-01-02',
    entries: [
      { uid: 1, name: 'ALPHA', type: 'entity', programs: ['SDGT'], alternateNames: ['BETA'] },
      { uid: 2, name: 'HAQQANI, Sirajuddin', type: 'individual', programs: ['SDGT'] },
    ],
  }),
  'eu-json': JSON.stringify({
    meta: { generated: '2026-01-02' },
    records: [
      {
        logical_id: '7',
        eu_reference_number: 'EU.1.1',
        subject_type: { code: 'enterprise' },
        name_aliases: [{ whole_name: 'Acme', strong: true }],
      },
    ],
  }),
  'uk-json': JSON.stringify({
    records: [
      {
        unique_id: 'TST0001',
        individual_entity_ship: 'Entity',
        names: { names: [{ name6: 'ACME', name_type: 'Primary Name' }] },
      },
    ],
  }),
};

/**
 * A damaged copy of a seed: cut short, with random text spliced in, or with a slice repeated, the
 * ways real files break (truncated downloads, bad bytes, a record written twice).
 */
export function damaged(seed: string): fc.Arbitrary<string> {
  const at = fc.nat({ max: seed.length });
  return fc.oneof(
    at.map((i) => seed.slice(0, i)),
    fc
      .tuple(at, fc.string({ unit: 'binary', maxLength: 40 }))
      .map(([i, text]) => seed.slice(0, i) + text + seed.slice(i)),
    fc
      .tuple(at, at, fc.string({ maxLength: 8 }))
      .map(([i, j, text]) => seed.slice(0, Math.min(i, j)) + text + seed.slice(Math.max(i, j))),
    fc.tuple(at, at).map(([i, j]) => {
      const [a, b] = [Math.min(i, j), Math.max(i, j)];
      return seed.slice(0, b) + seed.slice(a, b) + seed.slice(b);
    }),
  );
}
