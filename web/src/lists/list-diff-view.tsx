import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { CatalogDataset, ListDiff } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Compares two stored versions of one list: added, removed and changed entries. */
export function ListDiffView({ catalog: datasets }: { catalog: CatalogDataset[] }) {
  const catalog = datasets.filter((c) => c.list !== undefined);
  const [list, setList] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [diff, setDiff] = useState<ListDiff | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const dataset = catalog.find((c) => c.list === list) ?? catalog[0];
  const versions = dataset?.versions?.map((v) => v.number) ?? [];

  // Default to the two newest versions of the first list once the catalog arrives.
  useEffect(() => {
    if (dataset === undefined) return;
    setList(dataset.list ?? dataset.name);
    setTo(String(versions.at(-1) ?? ''));
    setFrom(String(versions.at(-2) ?? versions.at(-1) ?? ''));
  }, [dataset?.list, versions.length]);

  const compare = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      setDiff(
        await callApi<ListDiff>(
          `/lists/diff/${encodeURIComponent(list)}?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        ),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const versionSelect = (label: string, value: string, set: (v: string) => void) => (
    <label>
      <span>{label}</span>
      <select
        value={value}
        onChange={(e) => {
          set(e.currentTarget.value);
        }}
      >
        {dataset?.versions?.map((v) => (
          <option key={v.number} value={String(v.number)}>
            v{v.number} {v.published ?? v.imported_at?.slice(0, 10)}
            {v.active ? ' (active)' : ''}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section class="card" aria-labelledby="diff-title">
      <h2 id="diff-title">Compare versions</h2>
      <form
        class="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          void compare();
        }}
      >
        <label>
          <span>List</span>
          <select
            value={list}
            onChange={(e) => {
              setList(e.currentTarget.value);
            }}
          >
            {catalog.map((c) => (
              <option key={c.name} value={c.list}>
                {(c.list ?? c.name).toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        {versionSelect('From', from, setFrom)}
        {versionSelect('To', to, setTo)}
        <button type="submit" disabled={busy || list === ''}>
          {busy ? 'Comparing…' : 'Compare'}
        </button>
      </form>
      {versions.length < 2 && (
        <p class="muted">
          Only one version of this list is stored; import a newer file to compare.
        </p>
      )}
      <ErrorBox error={error} />
      {diff !== null && (
        <div class="diff">
          <p>
            v{diff.from.version} → v{diff.to.version}: {diff.diff.added.length} added,{' '}
            {diff.diff.removed.length} removed, {diff.diff.changed.length} changed,{' '}
            {diff.diff.unchangedCount} unchanged.
          </p>
          {diff.diff.added.length > 0 && (
            <>
              <h3>Added</h3>
              <ul class="diff-added">
                {diff.diff.added.map((e) => (
                  <li key={e.id}>
                    {e.caption}{' '}
                    <span class="muted">
                      {e.id} · {e.schema}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.diff.removed.length > 0 && (
            <>
              <h3>Removed</h3>
              <ul class="diff-removed">
                {diff.diff.removed.map((e) => (
                  <li key={e.id}>
                    {e.caption}{' '}
                    <span class="muted">
                      {e.id} · {e.schema}
                    </span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {diff.diff.changed.length > 0 && (
            <>
              <h3>Changed</h3>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Entry</th>
                    <th scope="col">Field</th>
                    <th scope="col">Was</th>
                    <th scope="col">Now</th>
                  </tr>
                </thead>
                <tbody>
                  {diff.diff.changed.flatMap((c) =>
                    c.fields.map((f, i) => (
                      <tr key={`${c.id}-${f.field}`}>
                        <td>{i === 0 ? `${c.caption} (${c.id})` : ''}</td>
                        <td>{f.field}</td>
                        <td class="diff-from">{show(f.from)}</td>
                        <td class="diff-to">{show(f.to)}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </>
          )}
        </div>
      )}
    </section>
  );
}
