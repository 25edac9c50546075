import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { ListDiff } from '../api-types.ts';
import type { EntityRecord } from './fetch-entity.ts';

/** What changed in one entity between two stored versions of its list. */
interface Change {
  from: number;
  to: number;
  fields: { field: string; from: unknown; to: unknown }[];
}

function show(value: unknown): string {
  if (value === undefined || value === null) return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function when(iso: string | null): string {
  return iso === null ? '—' : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

/** The most version pairs compared, newest first: each comparison loads two versions. */
const MAX_PAIRS = 5;

/**
 * The entity's history from the stored versions: when it was first and last seen, and, for each
 * pair of consecutive versions that both held it, the fields that changed (GET /lists/diff).
 */
export function HistoryCard({ answer }: { answer: EntityRecord }) {
  const versions = answer.versions ?? [];
  const list = answer.entity.list;
  const [changes, setChanges] = useState<Change[] | null>(null);
  useEffect(() => {
    const pairs = versions
      .slice(1)
      .map((to, i) => ({ from: versions[i] ?? to, to }))
      .filter((p) => p.to === p.from + 1)
      .slice(-MAX_PAIRS)
      .reverse();
    if (pairs.length === 0) {
      setChanges([]);
      return;
    }
    Promise.all(
      pairs.map(async ({ from, to }) => {
        const diff = await callApi<ListDiff>(
          `/lists/diff/${encodeURIComponent(list)}?from=${from}&to=${to}`,
        );
        const changed = diff.diff.changed.find((c) => c.id === answer.id);
        return { from, to, fields: changed?.fields ?? [] };
      }),
    ).then(
      (found) => {
        setChanges(found.filter((c) => c.fields.length > 0));
      },
      () => {
        setChanges(null);
      },
    );
  }, [answer.id, versions.join(',')]);
  return (
    <section class="card" aria-labelledby="history-title">
      <h2 id="history-title">History in the stored versions</h2>
      <dl class="facts">
        <dt>First seen</dt>
        <dd>{when(answer.first_seen)}</dd>
        <dt>Last changed</dt>
        <dd>{when(answer.last_change)}</dd>
        <dt>Last seen</dt>
        <dd>{when(answer.last_seen)}</dd>
        <dt>Versions</dt>
        <dd>
          {versions.length === 0
            ? '—'
            : `${list.toUpperCase()} ${versions.map((v) => `v${v}`).join(', ')}`}
        </dd>
        <dt>On the active list</dt>
        <dd>{answer.target ? 'yes' : 'no: removed in a later version'}</dd>
      </dl>
      {changes !== null && changes.length === 0 && versions.length > 1 && (
        <p class="muted">The record is the same in every stored version that holds it.</p>
      )}
      {changes?.map((c) => (
        <div key={c.to}>
          <h3>
            Changed in v{c.to} (from v{c.from})
          </h3>
          <ul class="change-list">
            {c.fields.map((f) => (
              <li key={f.field}>
                <strong>{f.field}</strong>: {show(f.from)} → {show(f.to)}
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p class="muted">Dates are when Sift imported the list versions.</p>
    </section>
  );
}
