import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { Hit, NameQuery, ScreenResult } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';
import { ExplanationView, percent } from '../explanation-view.tsx';
import { WhyNot } from './why-not.tsx';

const SCHEMAS = ['Any', 'Person', 'Organization', 'LegalEntity', 'Vessel', 'Aircraft'] as const;

/** Reads the screening form into a query, leaving out the optional fields left blank. */
function readQuery(form: HTMLFormElement): NameQuery {
  const data = new FormData(form);
  const field = (name: string): string => {
    const value = data.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const query: NameQuery = { name: field('name') };
  const schema = field('schema');
  if (schema !== '' && schema !== 'Any') query.schema = schema as NameQuery['schema'] & string;
  if (field('birthDate') !== '') query.birthDate = field('birthDate');
  if (field('country') !== '') query.country = field('country');
  return query;
}

/** Screen one name: the form, the hits table with explanations, and "why not?". */
export function ScreenPage() {
  const [query, setQuery] = useState<NameQuery | null>(null);
  const [result, setResult] = useState<ScreenResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const screen = async (form: HTMLFormElement): Promise<void> => {
    const q = readQuery(form);
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await callApi<ScreenResult>('/screen', { json: q }));
      setQuery(q);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="screen-page">
      <form
        class="card screen-form"
        onSubmit={(event) => {
          event.preventDefault();
          void screen(event.currentTarget);
        }}
      >
        <h1>Screen a name</h1>
        <div class="form-grid">
          <label class="wide">
            <span>Name</span>
            <input name="name" required autocomplete="off" placeholder="e.g. Sarajudin Haqqani" />
          </label>
          <label>
            <span>Type</span>
            <select name="schema">
              {SCHEMAS.map((s) => (
                <option key={s} value={s}>
                  {s === 'Any' ? 'Any type' : s}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>Birth date</span>
            <input
              name="birthDate"
              placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
              pattern="\d{4}(-\d{2}(-\d{2})?)?"
            />
          </label>
          <label>
            <span>Country</span>
            <input name="country" placeholder="ISO code, e.g. AF" maxLength={2} size={4} />
          </label>
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Screening…' : 'Screen'}
          </button>
        </div>
        <ErrorBox error={error} />
      </form>
      {result !== null && <ResultsTable result={result} />}
      {query !== null && <WhyNot query={query} />}
    </div>
  );
}

function ResultsTable({ result }: { result: ScreenResult }) {
  const [open, setOpen] = useState<string | null>(null);
  const lists = result.lists.map(
    (l) =>
      `${l.list.toUpperCase()} v${l.version}${l.published === null ? '' : ` (${l.published})`}`,
  );
  return (
    <section class="card" aria-labelledby="results-title">
      <h2 id="results-title">
        {result.results.length === 0
          ? 'No hits'
          : `${result.results.length} ${result.results.length === 1 ? 'hit' : 'hits'}`}{' '}
        for “{result.query.name}”
      </h2>
      <p class="muted">
        Screened against {lists.join(', ')} with {result.algorithm}; threshold{' '}
        {percent(result.query.threshold ?? 0)}.
      </p>
      {result.results.length > 0 && (
        <table class="results">
          <thead>
            <tr>
              <th scope="col">Listed entity</th>
              <th scope="col">List</th>
              <th scope="col">Type</th>
              <th scope="col">Matched name</th>
              <th scope="col" class="num">
                Score
              </th>
              <th scope="col" class="num">
                OFAC parity
              </th>
              <th scope="col">Explanation</th>
            </tr>
          </thead>
          <tbody>
            {result.results.map((hit) => (
              <Fragment key={hit.entityId}>
                <HitRow
                  hit={hit}
                  open={open === hit.entityId}
                  onToggle={() => {
                    setOpen(open === hit.entityId ? null : hit.entityId);
                  }}
                />
                {open === hit.entityId && (
                  <tr class="explanation-row">
                    <td colSpan={7} id={`explain-${hit.entityId}`}>
                      <ExplanationView
                        explanation={hit.explanation}
                        matchedName={hit.matchedName}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function HitRow({ hit, open, onToggle }: { hit: Hit; open: boolean; onToggle: () => void }) {
  return (
    <tr class={hit.match ? 'is-match' : undefined}>
      <td>
        <strong>{hit.caption}</strong>
        {hit.match && <span class="badge badge-match">match</span>}
      </td>
      <td>
        {hit.list.toUpperCase()} {hit.reference}
      </td>
      <td>{hit.schema}</td>
      <td>
        {hit.matchedName.full} <span class="muted">({hit.matchedName.kind})</span>
      </td>
      <td class="num">
        <meter
          min={0}
          max={1}
          low={0.5}
          high={hit.explanation.threshold}
          optimum={0}
          value={hit.score}
          aria-hidden="true"
        />{' '}
        {percent(hit.score)}
      </td>
      <td class="num">{hit.ofacScore}</td>
      <td>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`explain-${hit.entityId}`}
          onClick={onToggle}
        >
          {open ? 'Hide' : 'Explain'}
        </button>
      </td>
    </tr>
  );
}
