import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { AlertDetail, Decision, DecisionAnswer, NameQuery } from '../api-types.ts';
import { auditHash } from '../audit/find-audit-record.ts';
import { useEntities } from '../entity/fetch-entity.ts';
import { formatCountries, formatDate } from '../entity/key-facts.tsx';
import { latinCaption } from '../entity/name-groups.ts';
import { ErrorBox } from '../error-box.tsx';
import { ExplanationView, percent } from '../explanation-view.tsx';
import { entityHash, routeHash } from '../router.ts';
import { alertHit, formatInstant, STATUS_LABEL } from './alert-hit.ts';
import { DecisionForm } from './decision-form.tsx';

/**
 * One alert on its own page (`#/alert/17`, a permalink that loads by itself): the subject beside
 * the listed entity, the score and its explanation, the list version, when it was first raised and
 * why it reopened, every decision taken (who, when, note, audit record), and the form to decide.
 */
export function AlertPage({ id }: { id: string }) {
  const [detail, setDetail] = useState<AlertDetail | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [recorded, setRecorded] = useState<Decision | null>(null);
  const valid = /^[1-9]\d*$/.test(id);

  useEffect(() => {
    setDetail(null);
    setError(null);
    setRecorded(null);
    if (!valid) return;
    callApi<AlertDetail>(`/alerts/${id}`).then(setDetail, setError);
  }, [id]);
  useEffect(() => {
    document.title = `Alert ${id} · Sift`;
  }, [id]);
  const entities = useEntities(detail === null ? [] : [detail.alert.entityId]);

  if (!valid)
    return (
      <section class="card">
        <h1>No such alert</h1>
        <p>
          “{id}” is not an alert number. <a href={routeHash('alerts')}>See the alerts</a>.
        </p>
      </section>
    );
  if (detail === null)
    return (
      <section class="card" aria-labelledby="alert-title">
        <h1 id="alert-title">Alert {id}</h1>
        {error === null ? <progress aria-label="Loading the alert" /> : <ErrorBox error={error} />}
      </section>
    );

  const { alert, decisions, subject } = detail;
  const hit = alertHit(alert);
  const record = entities.get(alert.entityId)?.entity;
  const caption = record === undefined ? (hit?.caption ?? alert.entityId) : latinCaption(record);
  const subjectName = subject?.names[0] ?? alert.subjectId;
  const query: NameQuery = {
    name: subjectName,
    ...(subject?.birthDate === undefined ? {} : { birthDate: subject.birthDate }),
    ...(subject?.country === undefined ? {} : { country: subject.country }),
    ...(subject === undefined || subject.identifiers.length === 0
      ? {}
      : { identifiers: subject.identifiers }),
  };
  const decided = (answer: DecisionAnswer): void => {
    setDetail({ ...detail, alert: answer.alert, decisions: [...decisions, answer.decision] });
    setRecorded(answer.decision);
  };
  return (
    <div class="alert-page">
      <section class="card" aria-labelledby="alert-title">
        <p class="muted entity-kicker">
          <a href={routeHash('alerts', '', { status: alert.status })}>
            {STATUS_LABEL[alert.status]} alerts
          </a>{' '}
          › Alert {alert.id}
        </p>
        <h1 id="alert-title">
          Alert {alert.id}: {subjectName} and {alert.list.toUpperCase()}{' '}
          {hit?.reference ?? alert.entityId} {caption}
        </h1>
        <p class="alert-status-line" role="status">
          <span class={`status-tag status-tag-${alert.status}`}>{STATUS_LABEL[alert.status]}</span>{' '}
          {recorded !== null &&
            `Recorded: ${recorded.decision} by ${recorded.by}, audit record #${recorded.auditSeq}.`}
        </p>
        <dl class="facts">
          <div>
            <dt>Score</dt>
            <dd>
              {percent(alert.score)}
              {hit?.explanation === undefined
                ? ''
                : ` (threshold ${percent(hit.explanation.threshold)})`}
            </dd>
          </div>
          <div>
            <dt>List version</dt>
            <dd>
              {alert.list.toUpperCase()} v{alert.listVersion}
            </dd>
          </div>
          <div>
            <dt>First raised</dt>
            <dd>{formatInstant(alert.firstRaisedAt)}</dd>
          </div>
          <div>
            <dt>Last screened</dt>
            <dd>{formatInstant(alert.updatedAt)}</dd>
          </div>
          {alert.reopenReason !== undefined && (
            <div>
              <dt>Reopened because</dt>
              <dd>{alert.reopenReason}</dd>
            </div>
          )}
          {alert.delistedIn !== undefined && (
            <div>
              <dt>Delisted</dt>
              <dd>
                removed from {alert.list.toUpperCase()} in v{alert.delistedIn}
              </dd>
            </div>
          )}
        </dl>
      </section>

      <section class="card" aria-labelledby="compare-title">
        <h2 id="compare-title">Subject and listed entity</h2>
        <div class="entity-columns compare-columns">
          <div>
            <h3>Subject {alert.subjectId}</h3>
            {subject === undefined ? (
              <p class="muted">No longer watched: its facts are not kept with the alert.</p>
            ) : (
              <dl class="facts">
                <div>
                  <dt>Names</dt>
                  <dd>{subject.names.join('; ')}</dd>
                </div>
                <div>
                  <dt>Type</dt>
                  <dd>{subject.schema ?? 'Any'}</dd>
                </div>
                <div>
                  <dt>Born</dt>
                  <dd>{subject.birthDate ?? 'not given'}</dd>
                </div>
                <div>
                  <dt>Country</dt>
                  <dd>
                    {subject.country === undefined
                      ? 'not given'
                      : formatCountries([subject.country])}
                  </dd>
                </div>
                <div>
                  <dt>Identifiers</dt>
                  <dd>
                    {subject.identifiers.length === 0
                      ? 'not given'
                      : subject.identifiers.join('; ')}
                  </dd>
                </div>
              </dl>
            )}
          </div>
          <div>
            <h3>
              <a href={entityHash(alert.entityId)}>
                {alert.list.toUpperCase()} {hit?.reference ?? alert.entityId} {caption}
              </a>
            </h3>
            <dl class="facts">
              {hit !== undefined && (
                <div>
                  <dt>Matched name</dt>
                  <dd>{hit.matchedName.full}</dd>
                </div>
              )}
              <div>
                <dt>Type</dt>
                <dd>{record?.schema ?? hit?.schema ?? '…'}</dd>
              </div>
              <div>
                <dt>Born</dt>
                <dd>
                  {record === undefined
                    ? '…'
                    : record.birthDates.length === 0
                      ? 'not given'
                      : record.birthDates.map(formatDate).join('; ')}
                </dd>
              </div>
              <div>
                <dt>Nationality</dt>
                <dd>
                  {record === undefined
                    ? '…'
                    : record.nationalities.length + record.countries.length === 0
                      ? 'not given'
                      : formatCountries([...record.nationalities, ...record.countries])}
                </dd>
              </div>
              <div>
                <dt>Programme</dt>
                <dd>
                  {record === undefined
                    ? '…'
                    : record.programs.length === 0
                      ? 'not given'
                      : record.programs.join(', ')}
                </dd>
              </div>
            </dl>
          </div>
        </div>
        {hit === undefined ? (
          <p class="muted">This alert carries no explanation.</p>
        ) : (
          <details class="alert-explanation">
            <summary>Why it scored {percent(hit.score)}</summary>
            <ExplanationView
              explanation={hit.explanation}
              matchedName={hit.matchedName}
              query={query}
              ofacScore={hit.ofacScore}
            />
          </details>
        )}
      </section>

      <DecisionForm alert={alert} onDecided={decided} />

      <section class="card" aria-labelledby="history-title">
        <h2 id="history-title">Decision history</h2>
        {decisions.length === 0 ? (
          <p>No decision yet.</p>
        ) : (
          <table class="decisions-table stack-table">
            <thead>
              <tr>
                <th scope="col">When (UTC)</th>
                <th scope="col">Decision</th>
                <th scope="col">By</th>
                <th scope="col">Note</th>
                <th scope="col">Audit record</th>
              </tr>
            </thead>
            <tbody>
              {[...decisions].reverse().map((d, i) => (
                <tr key={d.id} class={i === 0 ? 'latest' : 'superseded'}>
                  <td data-label="When (UTC)">{d.at.slice(0, 19).replace('T', ' ')}</td>
                  <td data-label="Decision">
                    {STATUS_LABEL[d.decision]}
                    {i === 0 ? '' : ' (superseded)'}
                  </td>
                  <td data-label="By">{d.by}</td>
                  <td data-label="Note">{d.note}</td>
                  <td data-label="Audit record">
                    <a
                      href={auditHash({
                        kind: 'decision',
                        from: d.at.slice(0, 10),
                        seq: d.auditSeq,
                      })}
                    >
                      #{d.auditSeq}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
