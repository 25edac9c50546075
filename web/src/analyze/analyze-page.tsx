import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, callApi } from '../api-client.ts';
import type { ArticleAnalysis } from '../api-types.ts';
import { auditRecordsSince } from '../audit/find-audit-record.ts';
import { ErrorBox } from '../error-box.tsx';
import {
  loadDraft,
  newWorkId,
  recentItems,
  rememberWork,
  saveDraft,
  workPayload,
} from '../recent-work.ts';
import { makeStamp, type ReportStamp } from '../report-stamp.ts';
import { routeHash, setRouteParams, type Route } from '../router.ts';
import { mentionId } from './article-text.tsx';
import { EntityPanel } from './entity-panel.tsx';
import { Report } from './report-view.tsx';

// Markup (block or inline tags) goes to the server as HTML, so it extracts the text: a pasted
// fragment sent as plain text would be read as tags and give an empty, "clean" report.
const LOOKS_LIKE_HTML =
  /<(!doctype|html|head|body|article|main|section|header|p|div|span|a|b|i|em|strong|h[1-6]|ul|ol|li|table|td|blockquote|br)\b[^<>]*>/i;

/** An analysis as kept in this browser's recent work. */
export interface SavedAnalysis {
  content: string;
  url: string;
  analysis: ArticleAnalysis;
  stamp: ReportStamp;
}

/** The start page: paste an article (or give a URL), analyse it, and read the report. */
export function AnalyzePage({ route }: { route: Route }) {
  const [content, setContent] = useState(() => loadDraft('article'));
  const [url, setUrl] = useState(() => route.params.get('url') ?? loadDraft('url'));
  const [busy, setBusy] = useState(false);
  const [elapsedS, setElapsedS] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<SavedAnalysis | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const reportHeading = useRef<HTMLHeadingElement>(null);
  const workId = route.params.get('work') ?? '';
  const urlParam = route.params.get('url') ?? '';

  // `#/analyse?work=…` reopens an analysis kept in this browser; `#/analyse?url=…` (which can be
  // shared) reopens the stored one or analyses the address again.
  useEffect(() => {
    const id =
      workId !== ''
        ? workId
        : recentItems().find((i) => i.hash === routeHash('analyse', '', { url: urlParam }))?.id;
    const payload = id === undefined ? undefined : (workPayload(id) as SavedAnalysis | undefined);
    if (payload !== undefined) {
      setSaved(payload);
      setContent(payload.content);
      setUrl(payload.url);
    } else if (urlParam !== '') void analyze({ url: urlParam }, false);
    else if (workId !== '')
      setError(
        new ApiError(
          'NOT_FOUND',
          'This analysis is not kept in this browser any more.',
          'Paste the article again; recent work keeps the last few analyses.',
        ),
      );
  }, [workId, urlParam]);

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

  const analyze = async (
    body: { text: string } | { html: string } | { url: string },
    fromForm: boolean,
  ): Promise<void> => {
    setBusy(true);
    setElapsedS(0);
    setError(null);
    setSelected(null);
    setSaved(null);
    const started = new Date();
    try {
      const analysis = await callApi<ArticleAnalysis>('/analyze', { json: body });
      const finished = new Date();
      const stamp = await makeStamp(finished.toISOString());
      const names = new Set(
        analysis.entities.flatMap((e) => [
          e.name,
          ...(e.screening?.hits ?? []).map((h) => h.queryName),
        ]),
      );
      // One record per screened name: keep the ones of this request's names and time window.
      const until = new Date(finished.getTime() + 1000).toISOString();
      const audit = (await auditRecordsSince('analyze', started))
        ?.filter((r) => {
          const name = (r.input as { name?: unknown } | null)?.name;
          return typeof name === 'string' && names.has(name) && r.at <= until;
        })
        .map((r) => r.seq);
      if (audit !== undefined)
        stamp.audit = {
          first: audit.length === 0 ? 0 : Math.min(...audit),
          last: audit.length === 0 ? 0 : Math.max(...audit),
          count: audit.length,
        };
      const id = newWorkId();
      const entry: SavedAnalysis = {
        content: 'url' in body ? '' : content,
        url: 'url' in body ? body.url : '',
        analysis,
        stamp,
      };
      const hash =
        'url' in body
          ? routeHash('analyse', '', { url: body.url })
          : routeHash('analyse', '', { work: id });
      rememberWork(
        {
          id,
          kind: 'analyse',
          label: analysis.title ?? (analysis.text.slice(0, 60).trim() || 'Article'),
          hash,
          at: stamp.at,
          ...(stamp.audit === undefined || stamp.audit.count === 0
            ? {}
            : { auditSeq: stamp.audit.first }),
        },
        entry,
      );
      setSaved(entry);
      if (fromForm)
        setRouteParams(Object.fromEntries(new URLSearchParams(hash.split('?')[1] ?? '')), true);
      // Focus moves to the report, so keyboard and screen-reader users land on the result.
      requestAnimationFrame(() => {
        reportHeading.current?.focus();
      });
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const submit = (): void => {
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
    void analyze(body, true);
  };

  // Closing the panel returns keyboard focus to the entity's first mention in the text.
  const close = useCallback(() => {
    if (selected !== null) document.getElementById(mentionId(selected, 0))?.focus();
    setSelected(null);
  }, [selected]);
  const analysis = saved?.analysis ?? null;
  const entity = analysis?.entities.find((e) => e.id === selected);

  return (
    <div class="analyse-page">
      <form
        class="analyse-form card"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
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
            saveDraft('article', e.currentTarget.value);
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
                saveDraft('url', e.currentTarget.value);
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
      {saved !== null && (
        <Report
          analysis={saved.analysis}
          stamp={saved.stamp}
          selected={selected}
          onSelect={setSelected}
          headingRef={reportHeading}
        />
      )}
      {analysis !== null && entity !== undefined && (
        <EntityPanel entity={entity} text={analysis.text} onClose={close} />
      )}
    </div>
  );
}
