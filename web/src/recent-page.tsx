import { useEffect, useState } from 'preact/hooks';
import { recentItems, type RecentItem } from './recent-work.ts';
import { routeHash } from './router.ts';

const KIND_LABEL: Readonly<Record<RecentItem['kind'], string>> = {
  analyse: 'Article',
  screen: 'Name',
  batch: 'File',
};

/** The recent work kept in this browser, newest first, each reopened by its address. */
export function RecentPage() {
  const [items, setItems] = useState(recentItems);
  useEffect(() => {
    const update = (): void => {
      setItems(recentItems());
    };
    addEventListener('sift-recent', update);
    addEventListener('storage', update);
    return () => {
      removeEventListener('sift-recent', update);
      removeEventListener('storage', update);
    };
  }, []);
  return (
    <section class="card" aria-labelledby="recent-title">
      <h1 id="recent-title">Recent work</h1>
      <p class="muted">
        Kept in this browser only. An article's text stays on this computer; a name screening's
        address can be shared.
      </p>
      {items.length === 0 && <p>Nothing yet: analyse an article or screen a name.</p>}
      <ul class="recent-list">
        {items.map((item) => (
          <li key={item.id}>
            <span class="kind-tag">{KIND_LABEL[item.kind]}</span>{' '}
            <a href={item.hash}>{item.label}</a>{' '}
            <span class="muted">{item.at.slice(0, 16).replace('T', ' ')} UTC</span>
            {item.auditSeq !== undefined && (
              <>
                {' · '}
                <a href={routeHash('audit', '', { seq: String(item.auditSeq) })}>
                  audit record #{item.auditSeq}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
