// The country lookup lives in src/names so that the query side (screening) and ingest share one
// table; ingest keeps importing it from here.
export { toCountryCode } from '../names/index.ts';
