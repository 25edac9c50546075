import { useEffect, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { CatalogDataset, LoadedList } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';
import { ImportListForm } from './import-list-form.tsx';
import { ListDiffView } from './list-diff-view.tsx';

/** The loaded lists with versions and counts, the import form and the version diff. */
export function ListsPage() {
  const [lists, setLists] = useState<LoadedList[] | null>(null);
  const [catalog, setCatalog] = useState<CatalogDataset[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    setError(null);
    Promise.all([
      callApi<{ lists: LoadedList[] }>('/lists'),
      callApi<{ datasets: CatalogDataset[] }>('/catalog'),
    ]).then(([l, c]) => {
      setLists(l.lists);
      setCatalog(c.datasets);
    }, setError);
  }, [reload]);

  return (
    <div class="lists-page">
      <section class="card" aria-labelledby="lists-title">
        <h1 id="lists-title">Loaded lists</h1>
        <ErrorBox error={error} />
        {lists === null && error === null && <p class="muted">Loading…</p>}
        {lists
          ?.filter((l) => l.staleWarning !== undefined)
          .map((l) => (
            <p key={l.list} class="warning" role="status">
              <strong>{l.list.toUpperCase()} is stale:</strong> {l.staleWarning}
            </p>
          ))}
        {lists !== null && (
          <table class="lists-table stack-table">
            <thead>
              <tr>
                <th scope="col">List</th>
                <th scope="col" class="num">
                  Version
                </th>
                <th scope="col">Published</th>
                <th scope="col">Imported</th>
                <th scope="col" class="num">
                  Entries
                </th>
                <th scope="col">By type</th>
                <th scope="col" class="num">
                  Issues
                </th>
                <th scope="col" class="num">
                  Versions stored
                </th>
              </tr>
            </thead>
            <tbody>
              {lists.map((l) => {
                const title = catalog.find((c) => c.list === l.list)?.title ?? l.list;
                return (
                  <tr key={l.list}>
                    <td data-label="List">
                      <strong>{l.list.toUpperCase()}</strong> <span class="muted">{title}</span>
                    </td>
                    <td data-label="Version" class="num">
                      {l.version}
                    </td>
                    <td data-label="Published">{l.published ?? '—'}</td>
                    <td data-label="Imported">
                      {l.importedAt.slice(0, 16).replace('T', ' ')}
                      {l.stale && <span class="muted"> (stale)</span>}
                    </td>
                    <td data-label="Entries" class="num">
                      {l.entityCount}
                    </td>
                    <td data-label="By type">
                      {Object.entries(l.countsBySchema)
                        .map(([schema, n]) => `${n} ${schema}`)
                        .join(', ')}
                    </td>
                    <td data-label="Issues" class="num">
                      {l.issueCount}
                    </td>
                    <td data-label="Versions stored" class="num">
                      {catalog.find((c) => c.list === l.list)?.versions?.length ?? 1}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <ListDiffView catalog={catalog} />
      <ImportListForm
        onImported={() => {
          setReload((n) => n + 1);
        }}
      />
    </div>
  );
}
