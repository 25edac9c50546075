import { useEffect, useState } from 'preact/hooks';
import { callApi, downloadFile, getApiKey } from '../api-client.ts';
import type { BatchJobStatus } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';

const POLL_MS = 500;

/** The content type the API expects for an uploaded file, from its name. */
function contentTypeOf(file: File): string {
  return /\.(jsonl|ndjson)$/i.test(file.name) ? 'application/x-ndjson' : 'text/csv';
}

/** Batch screening: upload a CSV or JSONL file, watch progress, read the summary, download. */
export function BatchPage() {
  const [file, setFile] = useState<File | null>(null);
  const [job, setJob] = useState<BatchJobStatus | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [uploading, setUploading] = useState(false);

  // Poll the job until it is done or failed; the server reports rows done out of rows total.
  useEffect(() => {
    if (job?.state !== 'running') return;
    const timer = setTimeout(() => {
      callApi<BatchJobStatus>(`/batch/${encodeURIComponent(job.id)}`).then(setJob, setError);
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [job]);

  const upload = async (): Promise<void> => {
    if (file === null) return;
    setUploading(true);
    setError(null);
    setJob(null);
    try {
      setJob(
        await callApi<BatchJobStatus>('/batch', { body: file, contentType: contentTypeOf(file) }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setUploading(false);
    }
  };

  const fraction = job === null || job.rowsTotal === 0 ? 0 : job.rowsDone / job.rowsTotal;
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
          <code>schema</code>, <code>birthDate</code>, <code>country</code>) or a JSONL file with
          one query per line.
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
          <h2 id="job-title">
            {job.state === 'running' ? 'Screening…' : job.state === 'done' ? 'Finished' : 'Failed'}
          </h2>
          <div class="progress-line">
            <progress
              max={Math.max(1, job.rowsTotal)}
              value={job.rowsDone}
              aria-label="Rows screened"
            />
            <span role="status">
              {job.rowsDone} of {job.rowsTotal} rows ({Math.round(fraction * 100)}%)
            </span>
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
          {job.state === 'done' && (
            <a
              class="button primary"
              href={`/batch/${encodeURIComponent(job.id)}/results`}
              download={`sift-results.${job.outputFormat}`}
              onClick={(event) => {
                // A plain link cannot carry the API key, so fetch the file when one is set.
                if (getApiKey() === '') return;
                event.preventDefault();
                downloadFile(
                  `/batch/${encodeURIComponent(job.id)}/results`,
                  `sift-results.${job.outputFormat}`,
                ).catch(setError);
              }}
            >
              Download results ({job.outputFormat.toUpperCase()})
            </a>
          )}
        </section>
      )}
    </div>
  );
}
