import { useEffect, useState } from 'preact/hooks';
import { ApiError, authHeaders, callApi, saveBlob } from '../api-client.ts';
import type { BatchJobStatus, BatchRowResult } from '../api-types.ts';
import { auditHash } from '../audit/find-audit-record.ts';
import { ErrorBox } from '../error-box.tsx';
import { rememberWork } from '../recent-work.ts';
import { routeHash, setRouteParams, type Route } from '../router.ts';
import { BatchResults, toBatchCsv, type BatchFilter } from './batch-results.tsx';

const POLL_MS = 500;

/** The content type the API expects for an uploaded file, from its name. */
function contentTypeOf(file: File): string {
  return /\.(jsonl|ndjson)$/i.test(file.name) ? 'application/x-ndjson' : 'text/csv';
}

/** What a job is doing, in words. */
function stageText(job: BatchJobStatus): string {
  if (job.state === 'done') return 'Finished';
  if (job.state === 'failed') return 'Failed';
  if (job.state === 'cancelled') return 'Cancelled: the rows screened so far are below';
  switch (job.stage) {
    case 'queued':
      return 'Waiting for another file to finish…';
    case 'loading-lists':
      return 'Loading the lists into the screening workers…';
    default:
      return 'Screening rows…';
  }
}

async function fetchRows(id: string): Promise<BatchRowResult[]> {
  const response = await fetch(`/batch/${encodeURIComponent(id)}/results`, {
    headers: authHeaders(),
  });
  if (!response.ok)
    throw new ApiError(
      `HTTP_${response.status}`,
      'The results could not be read.',
      'They are kept for an hour after the job; start the file again if it is older.',
    );
  return (await response.text())
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as BatchRowResult);
}

/**
 * Batch screening: upload a CSV or JSONL file, follow its stages and progress (with Cancel), then
 * read the rows with alert and error filters and download them. The job and the filter live in
 * the address, so a reload finds the job again while the server keeps it (an hour).
 */
export function BatchPage({ route }: { route: Route }) {
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<BatchJobStatus | null>(null);
  const [rows, setRows] = useState<BatchRowResult[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);
  const jobId = route.params.get('job') ?? '';
  const filter = (route.params.get('show') ?? 'all') as BatchFilter;
  const [shown, setShown] = useState<BatchFilter>(filter);

  useEffect(() => {
    if (jobId === '' || job?.id === jobId) return;
    callApi<BatchJobStatus>(`/batch/${encodeURIComponent(jobId)}`).then(setJob, setError);
  }, [jobId]);

  // Poll the job until it ends; then read its rows for the results view.
  useEffect(() => {
    if (job === null) return;
    if (job.state === 'running') {
      const timer = setTimeout(() => {
        callApi<BatchJobStatus>(`/batch/${encodeURIComponent(job.id)}`).then(setJob, setError);
      }, POLL_MS);
      return () => {
        clearTimeout(timer);
      };
    }
    if ((job.state === 'done' || job.state === 'cancelled') && rows === null)
      fetchRows(job.id).then(setRows, setError);
    return undefined;
  }, [job]);

  const upload = async (): Promise<void> => {
    if (file === null) return;
    setUploading(true);
    setError(null);
    setJob(null);
    setRows(null);
    try {
      // JSONL keeps every hit with its explanation, for the results view; the CSV download is
      // made from it with the CLI's columns.
      const started = await callApi<BatchJobStatus>('/batch?format=jsonl', {
        body: file,
        contentType: contentTypeOf(file),
      });
      setJob(started);
      const hash = routeHash('batch', '', { job: started.id });
      setRouteParams({ job: started.id }, true);
      rememberWork({
        id: started.id,
        kind: 'batch',
        label: `${file.name} (${started.rowsTotal} rows)`,
        hash,
        at: started.createdAt,
      });
    } catch (caught) {
      setError(asFileProblem(caught));
    } finally {
      setUploading(false);
    }
  };
  const cancel = (): void => {
    if (job === null) return;
    callApi<BatchJobStatus>(`/batch/${encodeURIComponent(job.id)}`, { method: 'DELETE' }).then(
      setJob,
      setError,
    );
  };

  const fraction = job === null || job.rowsTotal === 0 ? 0 : job.rowsDone / job.rowsTotal;
  const stem = `sift-results-${job?.createdAt.slice(0, 10) ?? ''}`;
  return (
    <div class="batch-page">
      <form
        class="card"
        onSubmit={(event) => {
          event.preventDefault();
          void upload();
        }}
      >
        <h1>Screen a file</h1>
        <p class="muted">
          A CSV with a header row (<code>name</code>, and optionally <code>id</code>,{' '}
          <code>schema</code>, <code>birth_date</code>, <code>country</code>) or a JSONL file with
          one query per line. Each row keeps its 5 best hits, as the command line does.
        </p>
        <div class="form-row">
          <label class="grow">
            <span>File</span>
            <input
              type="file"
              name="file"
              accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
              onChange={(e) => {
                setFile(e.currentTarget.files?.[0] ?? null);
              }}
            />
          </label>
          <button
            type="submit"
            class="primary"
            disabled={file === null || uploading || job?.state === 'running'}
          >
            {uploading ? 'Uploading…' : 'Start screening'}
          </button>
        </div>
        <ErrorBox error={error} />
      </form>
      {job !== null && (
        <section class="card batch-job" aria-labelledby="job-title">
          <h2 id="job-title">{stageText(job)}</h2>
          <div class="progress-line">
            <progress
              max={Math.max(1, job.rowsTotal)}
              value={job.rowsDone}
              aria-label="Rows screened"
            />
            <span role="status">
              {job.rowsDone} of {job.rowsTotal} rows ({Math.round(fraction * 100)}%)
            </span>
            {job.state === 'running' && (
              <button type="button" onClick={cancel}>
                Cancel
              </button>
            )}
          </div>
          {job.state === 'failed' && (
            <ErrorBox error={new Error(job.error ?? 'The job failed; the server log says why.')} />
          )}
          {job.summary !== undefined && (
            <dl class="summary-figures">
              <div>
                <dt>Rows</dt>
                <dd>{job.summary.rows}</dd>
              </div>
              <div>
                <dt>Alerts</dt>
                <dd class={job.summary.alerts > 0 ? 'alert' : undefined}>{job.summary.alerts}</dd>
              </div>
              <div>
                <dt>Errors</dt>
                <dd>{job.summary.errors}</dd>
              </div>
              <div>
                <dt>Time</dt>
                <dd>{(job.summary.elapsedMs / 1000).toFixed(1)} s</dd>
              </div>
            </dl>
          )}
          {rows !== null && (
            <div class="download-row">
              <button
                type="button"
                class="primary"
                onClick={() => {
                  saveBlob(new Blob([toBatchCsv(rows)], { type: 'text/csv' }), `${stem}.csv`);
                }}
              >
                Download results (CSV)
              </button>
              <button
                type="button"
                onClick={() => {
                  const text = rows.map((r) => JSON.stringify(r)).join('\n');
                  saveBlob(
                    new Blob([`${text}\n`], { type: 'application/x-ndjson' }),
                    `${stem}.jsonl`,
                  );
                }}
              >
                Download with explanations (JSONL)
              </button>
              <a href={auditHash({ kind: 'batch-row', from: job.createdAt.slice(0, 10) })}>
                Audit records of this file
              </a>
            </div>
          )}
        </section>
      )}
      {rows !== null && (
        <BatchResults
          rows={rows}
          filter={shown}
          onFilter={(f) => {
            setShown(f);
            setRouteParams({ job: job?.id ?? '', show: f === 'all' ? '' : f });
          }}
        />
      )}
    </div>
  );
}

/**
 * A refused upload is the file's problem (no name column, a field twice, nothing in it), and this
 * page has no field to highlight: the next step says to correct the file.
 */
function asFileProblem(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.code !== 'QUERY_INVALID') return error;
  return new ApiError(error.code, error.message, 'Correct the file, then choose it again.');
}
