import { useState } from 'preact/hooks';
import type { BatchRowResult } from '../api-types.ts';
import { batchCsvHeader, batchCsvLine } from '../shared.ts';
import { ExplanationView, percent } from '../explanation-view.tsx';
import { entityHash } from '../router.ts';

type Filter = 'all' | 'alert' | 'error' | 'clear';

const FILTER_LABEL: Readonly<Record<Filter, string>> = {
  all: 'All rows',
  alert: 'Alerts',
  error: 'Errors',
  clear: 'Clear',
};

/** The rows of a finished batch job, filterable by outcome, each with its hits on request. */
export function BatchResults({
  rows,
  filter,
  onFilter,
}: {
  rows: BatchRowResult[];
  filter: Filter;
  onFilter: (f: Filter) => void;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const count = (f: Filter): number =>
    f === 'all' ? rows.length : rows.filter((r) => r.status === f).length;
  const shown = filter === 'all' ? rows : rows.filter((r) => r.status === filter);
  return (
    <section class="card" aria-labelledby="batch-results-title">
      <h2 id="batch-results-title">Results</h2>
      <div class="filter-buttons" role="group" aria-label="Show rows">
        {(Object.keys(FILTER_LABEL) as Filter[]).map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => {
              onFilter(f);
            }}
          >
            {FILTER_LABEL[f]} ({count(f)})
          </button>
        ))}
      </div>
      {shown.length === 0 && <p class="muted">No row of this kind.</p>}
      <ol class="batch-rows">
        {shown.map((row) => {
          const best = row.hits[0];
          return (
            <li key={row.line} class={`batch-row status-${row.status}`}>
              <div class="batch-row-head">
                <span class={`status-tag status-tag-${row.status}`}>{row.status}</span>{' '}
                <strong>{row.name || '(no name)'}</strong>{' '}
                <span class="muted">
                  line {row.line}
                  {row.id === undefined ? '' : ` · id ${row.id}`}
                </span>
              </div>
              {row.status === 'error' && <p class="field-error">{row.error}</p>}
              {best !== undefined && (
                <p>
                  {row.alertCount > 0
                    ? `${row.alertCount} ${row.alertCount === 1 ? 'hit reaches' : 'hits reach'} the threshold; best: `
                    : 'No hit reaches the threshold; closest: '}
                  <a href={entityHash(best.entityId)}>
                    {best.list.toUpperCase()} {best.reference} {best.caption}
                  </a>{' '}
                  ({percent(best.score)}){' '}
                  <button
                    type="button"
                    class="link-button"
                    aria-expanded={open === row.line}
                    onClick={() => {
                      setOpen(open === row.line ? null : row.line);
                    }}
                  >
                    {open === row.line ? 'Hide' : 'Explain'}
                  </button>
                </p>
              )}
              {row.status !== 'error' && best === undefined && (
                <p class="muted">No listed name is close.</p>
              )}
              {open === row.line &&
                row.hits.map((hit) => (
                  <div key={hit.entityId} class="explanation-box">
                    <h3>
                      {hit.list.toUpperCase()} {hit.reference} {hit.caption}: {percent(hit.score)}
                    </h3>
                    <ExplanationView explanation={hit.explanation} matchedName={hit.matchedName} />
                  </div>
                ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The filters the results view offers. */
export type { Filter as BatchFilter };

/** The rows as the CSV `sift batch --format csv` writes (one line per row, its best hit). */
export function toBatchCsv(rows: readonly BatchRowResult[]): string {
  return batchCsvHeader() + rows.map(batchCsvLine).join('');
}
