import { useEffect, useState } from 'preact/hooks';
import { getApiKey, setApiKey } from './api-client.ts';
import { AnalyzePage } from './analyze/analyze-page.tsx';
import { AuditPage } from './audit/audit-page.tsx';
import { BatchPage } from './batch/batch-page.tsx';
import { ListsPage } from './lists/lists-page.tsx';
import { ScreenPage } from './screen/screen-page.tsx';

const PAGES = [
  { id: 'analyse', label: 'Analyse', render: () => <AnalyzePage /> },
  { id: 'screen', label: 'Screen', render: () => <ScreenPage /> },
  { id: 'batch', label: 'Batch', render: () => <BatchPage /> },
  { id: 'lists', label: 'Lists', render: () => <ListsPage /> },
  { id: 'audit', label: 'Audit', render: () => <AuditPage /> },
] as const;

// Hash routes keep the server to a single page file: every view is `/#/<page>`.
function currentPage(): string {
  const id = location.hash.replace(/^#\/?/, '');
  return PAGES.some((p) => p.id === id) ? id : 'analyse';
}

/** The page frame: navigation, API key and the current view. */
export function AppShell() {
  const [page, setPage] = useState(currentPage);
  const [key, setKey] = useState(getApiKey);
  useEffect(() => {
    const onHash = (): void => {
      setPage(currentPage());
    };
    addEventListener('hashchange', onHash);
    return () => {
      removeEventListener('hashchange', onHash);
    };
  }, []);
  const active = PAGES.find((p) => p.id === page) ?? PAGES[0];
  useEffect(() => {
    document.title = `${active.label} · Sift`;
  }, [active]);
  return (
    <>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="top-bar">
        <span class="brand" aria-label="Sift">
          Sift
        </span>
        <nav aria-label="Main">
          <ul>
            {PAGES.map((p) => (
              <li key={p.id}>
                <a href={`#/${p.id}`} aria-current={p.id === active.id ? 'page' : undefined}>
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <label class="api-key">
          <span>API key</span>
          <input
            type="password"
            autocomplete="off"
            placeholder="none"
            value={key}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setApiKey(value);
              setKey(value);
            }}
          />
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        {active.render()}
      </main>
    </>
  );
}
