import { useEffect, useState } from 'preact/hooks';
import { getApiKey, setApiKey } from './api-client.ts';
import { AnalyzePage } from './analyze/analyze-page.tsx';
import { AuditPage } from './audit/audit-page.tsx';
import { BatchPage } from './batch/batch-page.tsx';
import { EntityPage } from './entity/entity-page.tsx';
import { ListsPage } from './lists/lists-page.tsx';
import { AlertPage } from './monitoring/alert-page.tsx';
import { AlertsPage } from './monitoring/alerts-page.tsx';
import { SubjectsPage } from './monitoring/subjects-page.tsx';
import { RecentPage } from './recent-page.tsx';
import { useRoute, type Route } from './router.ts';
import { ScreenPage } from './screen/screen-page.tsx';

const PAGES = [
  { id: 'analyse', label: 'Analyse', render: (r: Route) => <AnalyzePage route={r} /> },
  { id: 'screen', label: 'Screen', render: (r: Route) => <ScreenPage route={r} /> },
  { id: 'batch', label: 'Batch', render: (r: Route) => <BatchPage route={r} /> },
  { id: 'subjects', label: 'Subjects', render: () => <SubjectsPage /> },
  { id: 'alerts', label: 'Alerts', render: (r: Route) => <AlertsPage route={r} /> },
  { id: 'lists', label: 'Lists', render: () => <ListsPage /> },
  { id: 'audit', label: 'Audit', render: (r: Route) => <AuditPage route={r} /> },
  { id: 'recent', label: 'Recent', render: () => <RecentPage /> },
] as const;

/** The page frame: navigation, API key and the view the address names (`#/<page>…`). */
export function AppShell() {
  const route = useRoute();
  const [key, setKey] = useState(getApiKey);
  const isEntity = route.page === 'entity' && route.arg !== '';
  // An alert's page belongs to the Alerts view: that tab stays marked as the current one.
  const isAlert = route.page === 'alert' && route.arg !== '';
  const active = PAGES.find((p) => p.id === (isAlert ? 'alerts' : route.page)) ?? PAGES[0];
  useEffect(() => {
    if (!isEntity && !isAlert) document.title = `${active.label} · Sift`;
  }, [active, isEntity, isAlert]);
  return (
    <>
      <a
        class="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash holds the route, so the skip link moves focus instead of the address.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
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
                <a
                  href={`#/${p.id}`}
                  aria-current={!isEntity && p.id === active.id ? 'page' : undefined}
                >
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
            placeholder="API key (none set)"
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
        {isEntity ? (
          <EntityPage id={route.arg} />
        ) : isAlert ? (
          <AlertPage id={route.arg} />
        ) : (
          active.render(route)
        )}
      </main>
    </>
  );
}
