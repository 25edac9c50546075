import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { AuditRecord, AuditVerification } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';

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

/** Recent screenings from the audit trail, filterable, with hash-chain verification. */
export function AuditPage() {
  const [records, setRecords] = useState<AuditRecord[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [limit, setLimit] = useState('100');
  const [filter, setFilter] = useState('');
  const [verification, setVerification] = useState<AuditVerification | null>(null);
  const [verifying, setVerifying] = useState(false);

  const load = async (): Promise<void> => {
    setError(null);
    const params = new URLSearchParams({ limit });
    // The API takes instants; a day picked here means the whole day in UTC.
    if (from !== '') params.set('from', `${from}T00:00:00.000Z`);
    if (to !== '') params.set('to', `${to}T23:59:59.999Z`);
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
              value={from}
              onInput={(e) => {
                setFrom(e.currentTarget.value);
              }}
            />
          </label>
          <label>
            <span>To</span>
            <input
              type="date"
              value={to}
              onInput={(e) => {
                setTo(e.currentTarget.value);
              }}
            />
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
            <table class="audit-table">
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
                  <tr key={r.seq}>
                    <td class="num">{r.seq}</td>
                    <td>{r.at.slice(0, 19).replace('T', ' ')}</td>
                    <td>{r.caller}</td>
                    <td>{r.kind}</td>
                    <td>{describeInput(r.input)}</td>
                    <td>
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
