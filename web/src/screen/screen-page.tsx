import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, callApi } from '../api-client.ts';
import type { NameQuery, ScreenResult } from '../api-types.ts';
import { auditHash, findAuditRecord } from '../audit/find-audit-record.ts';
import { resolveCountry } from '../country-names.ts';
import { ErrorBox } from '../error-box.tsx';
import { percent } from '../explanation-view.tsx';
import { newWorkId, recentItems, rememberWork, workPayload } from '../recent-work.ts';
import { routeHash, setRouteParams, type Route } from '../router.ts';
import { CountryInput } from './country-input.tsx';
import { HitGroups } from './hit-groups.tsx';
import { WhyNot } from './why-not.tsx';

const SCHEMAS = ['Any', 'Person', 'Organization', 'LegalEntity', 'Vessel', 'Aircraft'] as const;
const FIELDS = ['name', 'schema', 'birthDate', 'country'] as const;
type Fields = Record<(typeof FIELDS)[number], string>;

/** A screening as kept in recent work, so a reload shows it again without screening twice. */
interface SavedScreening {
  result: ScreenResult;
  at: string;
  auditSeq?: number;
}

function fieldsOf(params: URLSearchParams): Fields {
  return {
    name: params.get('name') ?? '',
    schema: params.get('schema') ?? 'Any',
    birthDate: params.get('birthDate') ?? '',
    country: params.get('country') ?? '',
  };
}

/** The query the form describes, or an error in the analyst's words. */
function toQuery(f: Fields): NameQuery {
  const query: NameQuery = { name: f.name.trim() };
  if (f.schema !== '' && f.schema !== 'Any')
    query.schema = f.schema as NameQuery['schema'] & string;
  if (f.birthDate.trim() !== '') query.birthDate = f.birthDate.trim();
  if (f.country.trim() !== '') {
    const code = resolveCountry(f.country);
    if (code === undefined)
      throw new ApiError(
        'QUERY_INVALID',
        `“${f.country.trim()}” is not a country name or ISO code we know.`,
        'Pick a country from the list, or leave the box empty.',
      );
    query.country = code;
  }
  return query;
}

/** Screen one name: the form, one row per real-world entity, its key facts, and "why not?". */
export function ScreenPage({ route }: { route: Route }) {
  const fromAddress = fieldsOf(route.params);
  const [fields, setFields] = useState<Fields>(fromAddress);
  const [saved, setSaved] = useState<SavedScreening | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const addressKey = FIELDS.map((k) => fromAddress[k]).join('\u0000');

  // The address is the state: arriving at (or reloading) `#/screen?name=…` shows that screening,
  // from this browser's recent work when it has it, else by screening again.
  useEffect(() => {
    setFields(fromAddress);
    if (fromAddress.name.trim() === '') {
      setSaved(null);
      return;
    }
    const hash = routeHash('screen', '', fromAddress);
    const item = recentItems().find((i) => i.hash === hash);
    const payload =
      item === undefined ? undefined : (workPayload(item.id) as SavedScreening | undefined);
    if (payload !== undefined) setSaved(payload);
    else void screen(fromAddress, false);
  }, [addressKey]);

  const screen = async (f: Fields, focus: boolean): Promise<void> => {
    let query: NameQuery;
    try {
      query = toQuery(f);
    } catch (caught) {
      setError(caught);
      return;
    }
    setBusy(true);
    setError(null);
    setSaved(null);
    const started = new Date();
    try {
      const result = await callApi<ScreenResult>('/screen', { json: query });
      const entry: SavedScreening = { result, at: new Date().toISOString() };
      setSaved(entry);
      const params = { ...f, schema: f.schema === 'Any' ? '' : f.schema };
      const hash = routeHash('screen', '', params);
      const id = newWorkId();
      rememberWork({ id, kind: 'screen', label: query.name ?? '', hash, at: entry.at }, entry);
      if (focus) resultsHeading.current?.focus();
      const record = await findAuditRecord(
        'screen',
        started,
        (r) =>
          (r.input as { name?: unknown } | null)?.name === result.query.name &&
          r.results.length === result.results.length,
      );
      if (record !== undefined) {
        const withSeq = { ...entry, auditSeq: record.seq };
        setSaved(withSeq);
        rememberWork(
          { id, kind: 'screen', label: query.name ?? '', hash, at: entry.at, auditSeq: record.seq },
          withSeq,
        );
      }
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const set = (key: keyof Fields) => (value: string) => {
    setFields((before) => ({ ...before, [key]: value }));
  };
  const result = saved?.result ?? null;
  return (
    <div class="screen-page">
      <form
        class="card screen-form"
        onSubmit={(event) => {
          event.preventDefault();
          const params = { ...fields, schema: fields.schema === 'Any' ? '' : fields.schema };
          const hash = routeHash('screen', '', params);
          // A new address triggers the screening; the same one screens again on request.
          if (hash === location.hash) void screen(fields, true);
          else {
            setRouteParams(params, true);
            void screen(fields, true);
          }
        }}
      >
        <h1>Screen a name</h1>
        <div class="form-grid">
          <label class="wide">
            <span>Name</span>
            <input
              name="name"
              required
              autocomplete="off"
              placeholder="e.g. Sarajudin Haqqani"
              value={fields.name}
              onInput={(e) => {
                set('name')(e.currentTarget.value);
              }}
            />
          </label>
          <label>
            <span>Type</span>
            <select
              name="schema"
              value={fields.schema}
              onChange={(e) => {
                set('schema')(e.currentTarget.value);
              }}
            >
              {SCHEMAS.map((s) => (
                <option key={s} value={s}>
                  {s === 'Any' ? 'Any type' : s}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Birth date</span>
            <input
              name="birthDate"
              placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
              pattern="\d{4}(-\d{2}(-\d{2})?)?"
              value={fields.birthDate}
              onInput={(e) => {
                set('birthDate')(e.currentTarget.value);
              }}
            />
          </label>
          <CountryInput value={fields.country} onChange={set('country')} />
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Screening…' : 'Screen'}
          </button>
        </div>
        <ErrorBox error={error} />
      </form>
      {result !== null && saved !== null && (
        <section class="card" aria-labelledby="results-title">
          <h2 id="results-title" tabIndex={-1} ref={resultsHeading}>
            Screening of “{result.query.name}”
          </h2>
          <p class="muted">
            Screened {saved.at.slice(0, 16).replace('T', ' ')} UTC against{' '}
            {result.lists
              .map(
                (l) =>
                  `${l.list.toUpperCase()} v${l.version}${l.published === null ? '' : ` (${l.published})`}`,
              )
              .join(', ')}{' '}
            with {result.algorithm}; threshold {percent(result.query.threshold ?? 0)}.
            {saved.auditSeq !== undefined && (
              <>
                {' '}
                <a
                  href={auditHash({
                    kind: 'screen',
                    from: saved.at.slice(0, 10),
                    seq: saved.auditSeq,
                  })}
                >
                  Audit record #{saved.auditSeq}
                </a>
                .
              </>
            )}
          </p>
          <HitGroups result={result} />
        </section>
      )}
      {result !== null && <WhyNot query={result.query} />}
    </div>
  );
}
