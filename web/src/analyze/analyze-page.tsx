import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, callApi, saveBlob } from '../api-client.ts';
import type { ArticleAnalysis } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';
import { ArticleText, mentionId } from './article-text.tsx';
import { EntityPanel } from './entity-panel.tsx';
import { toHtml, toJson, toMarkdown } from './export-report.ts';
import { StatementList } from './statement-list.tsx';
import { summariseAnalysis, summaryParts } from './summarise-analysis.ts';

// Markup with document or block tags goes to the server as HTML, so it extracts the article body.
const LOOKS_LIKE_HTML = /<(!doctype|html|head|body|article|main|p|div|h1|h2)\b/i;

/** The start page: paste an article (or give a URL), analyse it, and read the report. */
export function AnalyzePage() {
  const [content, setContent] = useState('');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [elapsedS, setElapsedS] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [analysis, setAnalysis] = useState<ArticleAnalysis | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    if (!busy) return;
    const started = Date.now();
    const timer = setInterval(() => {
      setElapsedS(Math.round((Date.now() - started) / 1000));
    }, 500);
    return () => {
      clearInterval(timer);
    };
  }, [busy]);

  const analyze = async (): Promise<void> => {
    const body =
      content.trim() !== ''
        ? LOOKS_LIKE_HTML.test(content)
          ? { html: content }
          : { text: content }
        : url.trim() !== ''
          ? { url: url.trim() }
          : null;
    if (body === null) {
      setError(
        new ApiError(
          'QUERY_INVALID',
          'There is nothing to analyse.',
          'Paste an article or give its address.',
        ),
      );
      return;
    }
    setBusy(true);
    setElapsedS(0);
    setError(null);
    setSelected(null);
    try {
      setAnalysis(await callApi<ArticleAnalysis>('/analyze', { json: body }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  // Closing the panel returns keyboard focus to the entity's first mention in the text.
  const close = useCallback(() => {
    if (selected !== null) document.getElementById(mentionId(selected, 0))?.focus();
    setSelected(null);
  }, [selected]);
  const entity = analysis?.entities.find((e) => e.id === selected);

  return (
    <div class="analyse-page">
      <form
        class="analyse-form card"
        onSubmit={(event) => {
          event.preventDefault();
          void analyze();
        }}
      >
        <h1>Analyse an article</h1>
        <label for="article-input">Article text or HTML</label>
        <textarea
          id="article-input"
          rows={analysis === null ? 14 : 4}
          placeholder="Paste the article here…"
          value={content}
          onInput={(e) => {
            setContent(e.currentTarget.value);
          }}
        />
        <div class="form-row">
          <label class="grow">
            <span>…or its address</span>
            <input
              type="url"
              placeholder="https://"
              value={url}
              onInput={(e) => {
                setUrl(e.currentTarget.value);
              }}
            />
          </label>
          <button type="submit" class="primary" disabled={busy}>
            {busy ? 'Analysing…' : 'Analyse'}
          </button>
        </div>
        {busy && (
          <div class="progress-line" role="status">
            <progress aria-label="Analysing" /> Reading, finding names and screening them…{' '}
            {elapsedS} s
          </div>
        )}
        <ErrorBox error={error} />
      </form>
      {analysis !== null && (
        <Report analysis={analysis} selected={selected} onSelect={setSelected} />
      )}
      {analysis !== null && entity !== undefined && (
        <EntityPanel entity={entity} text={analysis.text} onClose={close} />
      )}
    </div>
  );
}

function Report({
  analysis,
  selected,
  onSelect,
}: {
  analysis: ArticleAnalysis;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const parts = summaryParts(summariseAnalysis(analysis));
  const stem = (analysis.title ?? 'article').replace(/[^\w-]+/g, '-').slice(0, 60) || 'article';
  return (
    <>
      <div class="summary-bar card" role="status" aria-label="Summary">
        <p class="summary-line">{parts.join(' · ')}</p>
        <div class="export-buttons" role="group" aria-label="Export report">
          <span class="muted">Export</span>
          <button
            type="button"
            onClick={() => {
              saveBlob(new Blob([toMarkdown(analysis)], { type: 'text/markdown' }), `${stem}.md`);
            }}
          >
            Markdown
          </button>
          <button
            type="button"
            onClick={() => {
              saveBlob(new Blob([toHtml(analysis)], { type: 'text/html' }), `${stem}.html`);
            }}
          >
            HTML
          </button>
          <button
            type="button"
            onClick={() => {
              saveBlob(new Blob([toJson(analysis)], { type: 'application/json' }), `${stem}.json`);
            }}
          >
            JSON
          </button>
        </div>
      </div>
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
