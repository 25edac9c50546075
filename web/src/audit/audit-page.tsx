import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { AuditRecord, AuditVerification } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';
import { setRouteParams, type Route } from '../router.ts';

/** A short, readable form of a recorded query. */
function describeInput(input: unknown): string {
  if (typeof input === 'string') return input;
  if (input !== null && typeof input === 'object' && 'name' in input) {
    const { name, ...rest } = input as { name: unknown } & Record<string, unknown>;
    const extra = Object.entries(rest)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
    return `${String(name)}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}`;
  }
  return JSON.stringify(input);
}

const KINDS = [
  '',
  'screen',
  'analyze',
  'batch-row',
  'explain',
  'match',
  'search',
  'decision',
] as const;

/** A day (the whole day, UTC) or an exact instant, as the API's `from`/`to` take it. */
function instant(value: string, end: boolean): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value))
    return `${value}T${end ? '23:59:59.999' : '00:00:00.000'}Z`;
  return value;
}

/**
 * Recent screenings from the audit trail, filterable, with hash-chain verification. The filters
 * live in the address (`#/audit?kind=screen&from=2026-12-05&seq=41`), so a result's "audit
 * record" link opens the trail at that record.
 */
export function AuditPage({ route }: { route: Route }) {
  const [records, setRecords] = useState<AuditRecord[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [from, setFrom] = useState(route.params.get('from') ?? '');
  const [to, setTo] = useState(route.params.get('to') ?? '');
  const [kind, setKind] = useState(route.params.get('kind') ?? '');
  const picked = Number(route.params.get('seq') ?? 'NaN');
  const [limit, setLimit] = useState('100');
  const [filter, setFilter] = useState('');
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);

  const load = async (): Promise<void> => {
    setError(null);
    const params = new URLSearchParams({ limit });
    // The API takes instants; a day picked here means the whole day in UTC.
    if (from !== '') params.set('from', instant(from, false));
    if (to !== '') params.set('to', instant(to, true));
    if (kind !== '') params.set('kind', kind);
    setRouteParams({
      from,
      to,
      kind,
      seq: Number.isFinite(picked) ? String(picked) : '',
    });
    try {
      setRecords(
        (await callApi<{ records: AuditRecord[] }>(`/audit?${params.toString()}`)).records,
      );
    } catch (caught) {
      setError(caught);
    }
  };
  useEffect(() => {
    void load();
    // Loads once on arrival; later loads come from the form.
  }, []);
  useEffect(() => {
    if (records !== null && Number.isFinite(picked))
      document.getElementById(`audit-${picked}`)?.scrollIntoView({ block: 'center' });
  }, [records]);

  const verify = async (): Promise<void> => {
    setVerifying(true);
    setError(null);
    try {
      setVerification(await callApi<AuditVerification>('/audit/verify'));
    } catch (caught) {
      setError(caught);
    } finally {
      setVerifying(false);
    }
  };

  const needle = filter.trim().toLowerCase();
  const shown = (records ?? []).filter(
    (r) =>
      needle === '' ||
      [r.caller, r.kind, describeInput(r.input), ...r.results.map((x) => x.entityId)]
        .join(' ')
        .toLowerCase()
        .includes(needle),
  );
  return (
    <div class="audit-page">
      <section class="card" aria-labelledby="audit-title">
        <h1 id="audit-title">Audit trail</h1>
        <form
          class="form-row"
          onSubmit={(event) => {
            event.preventDefault();
            void load();
          }}
        >
          <label>
            <span>From</span>
            <input
              type="date"
              value={from.slice(0, 10)}
              onInput={(e) => {
                setFrom(e.currentTarget.value);
              }}
            />
          </label>
          <label>
            <span>To</span>
            <input
              type="date"
              value={to.slice(0, 10)}
              onInput={(e) => {
                setTo(e.currentTarget.value);
              }}
            />
          </label>
          <label>
            <span>Kind</span>
            <select
              value={kind}
              onChange={(e) => {
                setKind(e.currentTarget.value);
              }}
            >
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {k === '' ? 'All kinds' : k}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Most</span>
            <select
              value={limit}
              onChange={(e) => {
                setLimit(e.currentTarget.value);
              }}
            >
              {['50', '100', '500'].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">Load</button>
          <label class="grow">
            <span>Filter</span>
            <input
              type="search"
              placeholder="name, caller, kind or entity id"
              value={filter}
              onInput={(e) => {
                setFilter(e.currentTarget.value);
              }}
            />
          </label>
          <button type="button" onClick={() => void verify()} disabled={verifying}>
            {verifying ? 'Verifying…' : 'Verify chain'}
          </button>
        </form>
        {verifying && <progress aria-label="Verifying the chain" />}
        {verification !== null && (
          <p role="status" class={verification.ok ? 'verify-ok' : 'verify-broken'}>
            {verification.ok
              ? `The chain is intact: ${verification.records} records verified.`
              : `The chain is broken at record ${verification.brokenAt?.seq ?? '?'} (${verification.brokenAt?.reason ?? 'no reason given'}): records were changed or removed after they were written.`}
          </p>
        )}
        <ErrorBox error={error} />
        {records !== null && (
          <>
            <p class="muted">
              {shown.length} of {records.length} records shown.
            </p>
            <table class="audit-table stack-table">
              <thead>
                <tr>
                  <th scope="col" class="num">
                    #
                  </th>
                  <th scope="col">When (UTC)</th>
                  <th scope="col">Caller</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Input</th>
                  <th scope="col">Results</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr
                    key={r.seq}
                    id={`audit-${r.seq}`}
                    class={r.seq === picked ? 'picked' : undefined}
                    aria-current={r.seq === picked ? 'true' : undefined}
                  >
                    <td class="num" data-label="#">
                      {r.seq}
                    </td>
                    <td data-label="When (UTC)">{r.at.slice(0, 19).replace('T', ' ')}</td>
                    <td data-label="Caller">{r.caller}</td>
                    <td data-label="Kind">{r.kind}</td>
                    <td data-label="Input">{describeInput(r.input)}</td>
                    <td data-label="Results">
                      {r.results.length === 0
                        ? 'no hit'
                        : r.results
                            .slice(0, 3)
                            .map(
                              (x) =>
                                `${x.entityId} ${Math.round(x.score * 100)}%${x.match ? ' match' : ''}`,
                            )
                            .join('; ')}
                      {r.results.length > 3 && ` +${r.results.length - 3}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </div>
  );
}
