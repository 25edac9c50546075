import { useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { Hit, NameQuery, SearchResult } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';
import { ExplanationView, percent } from '../explanation-view.tsx';

/** "Why not?": compares the last query with a list entity the analyst picks, even below threshold. */
export function WhyNot({ query }: { query: NameQuery }) {
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<SearchResult[] | null>(null);
  const [hit, setHit] = useState<Hit | null>(null);
  const [error, setError] = useState<unknown>(null);

  const find = async (): Promise<void> => {
    setError(null);
    try {
      const answer = await callApi<{ results: SearchResult[] }>(
        `/search/default?q=${encodeURIComponent(search)}&limit=10`,
      );
      setFound(answer.results);
    } catch (caught) {
      setError(caught);
    }
  };
  const explain = async (entityId: string): Promise<void> => {
    setError(null);
    try {
      setHit(await callApi<Hit>('/explain', { json: { query, entityId } }));
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <section class="card why-not" aria-labelledby="why-not-title">
      <h2 id="why-not-title">Why not?</h2>
      <p class="muted">
        Compare “{query.name}” with a list entity of your choice: find it by name or type its id
        (e.g. un:TAi.144).
      </p>
      <form
        class="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          if (/^[a-z]+:\S+$/i.test(search.trim())) void explain(search.trim());
          else void find();
        }}
      >
        <label class="grow">
          <span>List entity</span>
          <input
            value={search}
            placeholder="name or id"
            onInput={(e) => {
              setSearch(e.currentTarget.value);
            }}
          />
        </label>
        <button type="submit">Find</button>
      </form>
      {found !== null && found.length === 0 && (
        <p class="muted">No list entity found by that name.</p>
      )}
      {found !== null && found.length > 0 && (
        <ul class="pick-list">
          {found.map((r) => (
            <li key={r.id}>
              <button type="button" class="link-button" onClick={() => void explain(r.id)}>
                {r.caption} <span class="muted">{r.id}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ErrorBox error={error} />
      {hit !== null && (
        <div class="why-not-result">
          <h3>
            {hit.caption} <span class="muted">{hit.entityId}</span>: {percent(hit.score)}{' '}
            {hit.match
              ? '(a match)'
              : `(below the ${percent(hit.explanation.threshold)} threshold)`}
          </h3>
          <ExplanationView explanation={hit.explanation} matchedName={hit.matchedName} />
        </div>
      )}
    </section>
  );
}
