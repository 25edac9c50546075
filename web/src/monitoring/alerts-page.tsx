import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { Alert } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';
import { percent } from '../explanation-view.tsx';
import { alertHash, entityHash, routeHash, type Route } from '../router.ts';
import { ALERT_STATUSES, type AlertStatus } from '../shared.ts';
import { alertHit, formatInstant, STATUS_LABEL } from './alert-hit.ts';

type StatusFilter = AlertStatus | 'all';

const ALERT_LIMIT = 1000;

/** The status filter the address names; open (what needs a decision) when it names none. */
function statusOf(route: Route): StatusFilter {
  const status = route.params.get('status') ?? 'open';
  return status === 'all' || (ALERT_STATUSES as readonly string[]).includes(status)
    ? (status as StatusFilter)
    : 'open';
}

/**
 * Alerts on the watched subjects, newest first, filtered by status (and optionally one subject)
 * in the address (`#/alerts?status=cleared&subject=c2`), each linking to its own page.
 */
export function AlertsPage({ route }: { route: Route }) {
  const status = statusOf(route);
  const subject = route.params.get('subject') ?? '';
  const [alerts, setAlerts] = useState<Alert[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    setAlerts(null);
    setError(null);
    const params = new URLSearchParams({ limit: String(ALERT_LIMIT) });
    if (status !== 'all') params.set('status', status);
    if (subject !== '') params.set('subject', subject);
    callApi<{ alerts: Alert[] }>(`/alerts?${params.toString()}`).then(
      (answer) => {
        if (live) setAlerts(answer.alerts);
      },
      (caught: unknown) => {
        if (live) setError(caught);
      },
    );
    return () => {
      live = false;
    };
  }, [status, subject]);

  // A new hash (not replaceState) so the route follows and Back returns to the previous filter.
  const pick = (next: StatusFilter): void => {
    location.hash = routeHash('alerts', '', { status: next, subject });
  };
  return (
    <div class="alerts-page">
      <section class="card" aria-labelledby="alerts-title">
        <h1 id="alerts-title">Alerts</h1>
        <p class="muted">
          One alert per watched subject and listed entity that scored at or above the threshold.
          Open an alert to clear or confirm it.
        </p>
        <div class="filter-buttons" role="group" aria-label="Show alerts">
          {(['open', 'cleared', 'confirmed', 'all'] as const).map((s) => (
            <button
              key={s}
              type="button"
              aria-pressed={status === s}
              onClick={() => {
                pick(s);
              }}
            >
              {s === 'all' ? 'All' : STATUS_LABEL[s]}
            </button>
          ))}
        </div>
        {subject !== '' && (
          <p>
            Subject <strong>{subject}</strong> only ·{' '}
            <a href={routeHash('alerts', '', { status })}>show every subject</a>
          </p>
        )}
        <ErrorBox error={error} />
        {alerts === null && error === null && <progress aria-label="Loading alerts" />}
        {alerts !== null && (
          <p class="muted" role="status">
            {alerts.length === 0
              ? `No ${status === 'all' ? '' : `${status} `}alert.`
              : `${alerts.length}${alerts.length >= ALERT_LIMIT ? '+' : ''} ${status === 'all' ? '' : `${status} `}${alerts.length === 1 ? 'alert' : 'alerts'}, newest first.`}
          </p>
        )}
        {alerts !== null && alerts.length > 0 && (
          <table class="alerts-table stack-table">
            <thead>
              <tr>
                <th scope="col">Alert</th>
                <th scope="col">Status</th>
                <th scope="col">Subject</th>
                <th scope="col">Listed entity</th>
                <th scope="col" class="num">
                  Score
                </th>
                <th scope="col">First raised</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {alerts.map((a) => {
                const hit = alertHit(a);
                const note = [
                  a.reopenReason === undefined ? '' : `Reopened: ${a.reopenReason}.`,
                  a.delistedIn === undefined
                    ? ''
                    : `Delisted in ${a.list.toUpperCase()} v${a.delistedIn}.`,
                ]
                  .filter((t) => t !== '')
                  .join(' ');
                return (
                  <tr key={a.id} class={`alert-row status-${a.status}`}>
                    <td data-label="Alert">
                      <a href={alertHash(a.id)}>Alert {a.id}</a>
                    </td>
                    <td data-label="Status">
                      <span class={`status-tag status-tag-${a.status}`}>
                        {STATUS_LABEL[a.status]}
                      </span>
                    </td>
                    <td data-label="Subject">
                      {a.subjectName === undefined ? (
                        a.subjectId
                      ) : (
                        <>
                          {a.subjectName} <span class="muted">({a.subjectId})</span>
                        </>
                      )}
                    </td>
                    <td data-label="Listed entity">
                      <a href={entityHash(a.entityId)}>
                        {a.list.toUpperCase()} {hit?.reference ?? a.entityId.split(':')[1]}
                        {hit === undefined ? '' : ` ${hit.caption}`}
                      </a>
                    </td>
                    <td data-label="Score" class="num">
                      {percent(a.score)}
                    </td>
                    <td data-label="First raised">{formatInstant(a.firstRaisedAt)}</td>
                    {/* On a phone the label shows only beside a note. */}
                    <td data-label={note === '' ? undefined : 'Note'}>{note}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
