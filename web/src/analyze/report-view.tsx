import type { RefObject } from 'preact';
import { saveBlob } from '../api-client.ts';
import type { ArticleAnalysis } from '../api-types.ts';
import { auditHash } from '../audit/find-audit-record.ts';
import { stampLine, type ReportStamp } from '../report-stamp.ts';
import { ArticleText } from './article-text.tsx';
import { toHtml, toJson, toMarkdown } from './export-report.ts';
import { ListedEntitiesBox } from './listed-entities-box.tsx';
import { StatementList } from './statement-list.tsx';
import { readableOutcome, summariseAnalysis, summaryParts } from './summarise-analysis.ts';

/** Moves focus to an element by id without touching the address (the hash holds the route). */
function focusById(id: string): void {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'start' });
  target?.focus();
}

/** The report of one analysis: summary and stamp, listed entities, the text and the statements. */
export function Report({
  analysis,
  stamp,
  selected,
  onSelect,
  headingRef,
}: {
  analysis: ArticleAnalysis;
  stamp: ReportStamp;
  selected: string | null;
  onSelect: (id: string) => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const outcome = readableOutcome(analysis);
  const stem = (analysis.title ?? 'article').replace(/[^\w-]+/g, '-').slice(0, 60) || 'article';
  const file = (suffix: string): string => `${stem}-${stamp.at.slice(0, 10)}.${suffix}`;
  return (
    <>
      <section class="summary-bar card" aria-labelledby="report-title">
        <h2 id="report-title" tabIndex={-1} ref={headingRef}>
          Report{analysis.title === null ? '' : `: ${analysis.title}`}
        </h2>
        {outcome === 'unreadable' ? (
          <p class="error-box" role="alert">
            <strong>Sift could not read any article text from this input,</strong> so nothing was
            screened and this is not a clean result. Paste the article as plain text, or give its
            address.
          </p>
        ) : (
          <p class="summary-line" role="status">
            {outcome === 'no-names'
              ? `No names found in ${analysis.text.split(/\s+/).filter(Boolean).length} words of text, so no one was screened.`
              : summaryParts(summariseAnalysis(analysis)).join(' · ')}
          </p>
        )}
        <p class="stamp muted">
          {stampLine(stamp)}
          {stamp.audit !== undefined && stamp.audit.count > 0 && (
            <>
              {' · '}
              <a
                href={auditHash({
                  kind: 'analyze',
                  from: stamp.at.slice(0, 10),
                  to: new Date(Date.parse(stamp.at) + 5000).toISOString(),
                  seq: stamp.audit.first,
                })}
              >
                open in the audit trail
              </a>
            </>
          )}
        </p>
        <div class="report-actions">
          <a
            href="#statements"
            class="skip-to"
            onClick={(event) => {
              event.preventDefault();
              focusById('statements-title');
            }}
          >
            Skip to statements ({analysis.statements.length})
          </a>
          <div class="export-buttons" role="group" aria-label="Export report">
            <span class="muted">Export</span>
            <button
              type="button"
              onClick={() => {
                saveBlob(
                  new Blob([toMarkdown(analysis, stamp)], { type: 'text/markdown' }),
                  file('md'),
                );
              }}
            >
              Markdown
            </button>
            <button
              type="button"
              onClick={() => {
                saveBlob(new Blob([toHtml(analysis, stamp)], { type: 'text/html' }), file('html'));
              }}
            >
              HTML
            </button>
            <button
              type="button"
              onClick={() => {
                saveBlob(
                  new Blob([toJson(analysis, stamp)], { type: 'application/json' }),
                  file('json'),
                );
              }}
            >
              JSON
            </button>
            <button
              type="button"
              onClick={() => {
                print();
              }}
            >
              Print / PDF
            </button>
          </div>
        </div>
      </section>
      {outcome === 'read' && <ListedEntitiesBox analysis={analysis} onSelect={onSelect} />}
      <div class="report-columns">
        <article class="article card" aria-label="Article">
          {analysis.title !== null && <h2 class="article-title">{analysis.title}</h2>}
          {(analysis.byline !== null || analysis.published !== null) && (
            <p class="muted">
              {[analysis.byline, analysis.published].filter((x) => x !== null).join(' · ')}
            </p>
          )}
          {analysis.warnings.map((w, i) => (
            <p key={i} class="warning">
              {w}
            </p>
          ))}
          <Legend />
          <ArticleText analysis={analysis} selected={selected} onSelect={onSelect} />
          {analysis.removed.length > 0 && (
            <details class="removed">
              <summary>Removed before analysis ({analysis.removed.length})</summary>
              <ul>
                {analysis.removed.map((r, i) => (
                  <li key={i}>
                    <span class="muted">{r.reason}:</span> {r.text}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </article>
        <StatementList analysis={analysis} />
      </div>
    </>
  );
}

function Legend() {
  return (
    <ul class="legend" aria-label="Legend">
      <li>
        <span class="mention mention-person">person</span>
      </li>
      <li>
        <span class="mention mention-organization">organisation</span>
      </li>
      <li>
        <span class="mention mention-place">place</span>
      </li>
      <li>
        <span class="mention mention-group">group</span>
      </li>
      <li>
        <span class="badge badge-match">listed</span>
      </li>
      <li>
        <span class="badge badge-partial">partial</span>
      </li>
      <li>
        <span class="statement statement-quote">quote</span>
      </li>
      <li>
        <span class="statement statement-reported">reported</span>
      </li>
      <li>
        <span class="statement statement-weakly-sourced">weakly sourced</span>
      </li>
      <li>
        <span class="statement statement-unattributed">unattributed</span>
      </li>
    </ul>
  );
}
