import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { Alert, WatchedSubject } from '../api-types.ts';
import { formatCountries } from '../entity/key-facts.tsx';
import { ErrorBox } from '../error-box.tsx';
import { routeHash } from '../router.ts';
import { ImportSubjectsForm } from './import-subjects-form.tsx';

/** Subjects asked for per page, and open alerts read to count them per subject. */
const PAGE_SIZE = 500;
const ALERT_LIMIT = 10_000;

/** Open alerts per subject id, and whether the count stopped at the API's limit. */
interface OpenCounts {
  bySubject: ReadonlyMap<string, number>;
  partial: boolean;
}

async function fetchOpenCounts(): Promise<OpenCounts> {
  const { alerts } = await callApi<{ alerts: Alert[] }>(`/alerts?status=open&limit=${ALERT_LIMIT}`);
  const bySubject = new Map<string, number>();
  for (const a of alerts) bySubject.set(a.subjectId, (bySubject.get(a.subjectId) ?? 0) + 1);
  return { bySubject, partial: alerts.length >= ALERT_LIMIT };
}

/**
 * The watched subjects (GET /subjects, in id order, a page at a time) with their open alerts, an
 * import form, and removal of one subject after a confirmation on the row itself (its alerts and
 * decisions stay on record).
 */
export function SubjectsPage() {
  const [subjects, setSubjects] = useState<WatchedSubject[] | null>(null);
  const [more, setMore] = useState(false);
  const [counts, setCounts] = useState<OpenCounts | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  const load = async (after?: string): Promise<void> => {
    setError(null);
    const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
    if (after !== undefined) params.set('after', after);
    try {
      const [page, open] = await Promise.all([
        callApi<{ subjects: WatchedSubject[] }>(`/subjects?${params.toString()}`),
        after === undefined ? fetchOpenCounts() : Promise.resolve(null),
      ]);
      setSubjects((before) =>
        after === undefined ? page.subjects : [...(before ?? []), ...page.subjects],
      );
      setMore(page.subjects.length >= PAGE_SIZE);
      if (open !== null) setCounts(open);
    } catch (caught) {
      setError(caught);
    }
  };
  useEffect(() => {
    void load();
  }, []);
  // The confirmation replaces the Remove button, so focus moves onto it rather than to <body>.
  useEffect(() => {
    if (confirming !== null) document.getElementById('confirm-remove')?.focus();
  }, [confirming]);

  const remove = async (id: string): Promise<void> => {
    setError(null);
    try {
      await callApi(`/subjects/${encodeURIComponent(id)}`, { method: 'DELETE' });
      setConfirming(null);
      setRemoved(id);
      setSubjects((before) => (before ?? []).filter((s) => s.id !== id));
      setCounts(await fetchOpenCounts());
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div class="subjects-page">
      <section class="card" aria-labelledby="subjects-page-title">
        <h1 id="subjects-page-title">Watched subjects</h1>
        <p class="muted">
          The people, companies and vessels you watch. Each is screened when imported and again
          whenever a list changes; what matches becomes an alert for a decision (see{' '}
          <a href={routeHash('alerts', '', { status: 'open' })}>open alerts</a>).
        </p>
        <ImportSubjectsForm
          onImported={() => {
            setRemoved(null);
            void load();
          }}
        />
      </section>
      <section class="card" aria-labelledby="subjects-title">
        <h2 id="subjects-title">Subjects</h2>
        <ErrorBox error={error} />
        {removed !== null && (
          <p role="status">
            {removed} is no longer watched; its alerts and decisions stay on record.
          </p>
        )}
        {subjects !== null && subjects.length === 0 && (
          <p>No subject is watched yet: import a file above.</p>
        )}
        {subjects !== null && subjects.length > 0 && (
          <>
            <p class="muted">
              {subjects.length}
              {more ? '+' : ''} {subjects.length === 1 ? 'subject' : 'subjects'}
              {counts?.partial === true ? ' (open alerts counted up to 10,000)' : ''}.
            </p>
            <table class="subjects-table stack-table">
              <thead>
                <tr>
                  <th scope="col">Id</th>
                  <th scope="col">Names</th>
                  <th scope="col">Type</th>
                  <th scope="col">Born</th>
                  <th scope="col">Country</th>
                  <th scope="col">Identifiers</th>
                  <th scope="col" class="num">
                    Open alerts
                  </th>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {subjects.map((s) => {
                  const open = counts?.bySubject.get(s.id) ?? 0;
                  return (
                    <tr key={s.id} id={`subject-${s.id}`}>
                      <td data-label="Id">{s.id}</td>
                      <td data-label="Names">{s.names.join('; ')}</td>
                      <td data-label="Type">{s.schema ?? 'Any'}</td>
                      <td data-label="Born">{s.birthDate ?? '—'}</td>
                      <td data-label="Country">
                        {s.country === undefined ? '—' : formatCountries([s.country])}
                      </td>
                      <td data-label="Identifiers">
                        {s.identifiers.length === 0 ? '—' : s.identifiers.join('; ')}
                      </td>
                      <td data-label="Open alerts" class="num">
                        {open === 0 ? (
                          '0'
                        ) : (
                          <a href={routeHash('alerts', '', { status: 'open', subject: s.id })}>
                            {open}
                            <span class="visually-hidden"> open alerts on {s.id}</span>
                          </a>
                        )}
                      </td>
                      <td class="row-actions">
                        {confirming === s.id ? (
                          <span class="confirm-remove">
                            <span>Stop watching {s.id}?</span>{' '}
                            <button
                              type="button"
                              class="danger"
                              id="confirm-remove"
                              onClick={() => void remove(s.id)}
                            >
                              Yes, remove
                            </button>{' '}
                            <button
                              type="button"
                              onClick={() => {
                                setConfirming(null);
                              }}
                            >
                              Keep
                            </button>
                          </span>
                        ) : (
                          <button
                            type="button"
                            aria-label={`Remove ${s.id}`}
                            onClick={() => {
                              setConfirming(s.id);
                            }}
                          >
                            Remove
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            {more && (
              <button
                type="button"
                onClick={() => {
                  const last = subjects[subjects.length - 1];
                  if (last !== undefined) void load(last.id);
                }}
              >
                Show more subjects
              </button>
            )}
          </>
        )}
      </section>
    </div>
  );
}
