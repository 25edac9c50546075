import { useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { SubjectImportReport } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';
import { routeHash } from '../router.ts';

/** The content type the API expects for an uploaded file, from its name. */
function contentTypeOf(file: File): string {
  return /\.(jsonl|ndjson)$/i.test(file.name) ? 'application/x-ndjson' : 'text/csv';
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Uploads a CSV or JSONL file of subjects (the columns of a batch file) to POST /subjects/import
 * and says what it did: added, updated, unchanged, the alerts raised by screening them at once,
 * and every row it could not take, by line.
 */
export function ImportSubjectsForm({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<SubjectImportReport | null>(null);

  const upload = async (): Promise<void> => {
    if (file === null) return;
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(
        await callApi<SubjectImportReport>('/subjects/import', {
          body: file,
          contentType: contentTypeOf(file),
        }),
      );
      onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const screening = report?.screening;
  return (
    <form
      class="import-subjects"
      aria-labelledby="import-subjects-title"
      onSubmit={(event) => {
        event.preventDefault();
        void upload();
      }}
    >
      <h2 id="import-subjects-title">Import subjects</h2>
      <p class="muted">
        A CSV with a header row or a JSONL file, in the columns of a batch file: <code>id</code>{' '}
        (your own, required), <code>name</code>, and optionally <code>schema</code>,{' '}
        <code>birth_date</code>, <code>country</code> and <code>identifiers</code> (separated by{' '}
        <code>;</code> in CSV). A known id is updated. Every new or changed subject is screened at
        once.
      </p>
      <div class="form-row">
        <label class="grow">
          <span>Subjects file</span>
          <input
            type="file"
            name="subjects"
            accept=".csv,.jsonl,.ndjson,text/csv,application/x-ndjson"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
            }}
          />
        </label>
        <button type="submit" class="primary" disabled={file === null || busy}>
          {busy ? 'Importing and screening…' : 'Import subjects'}
        </button>
      </div>
      {busy && <progress aria-label="Importing subjects" />}
      <ErrorBox error={error} />
      {report !== null && screening !== undefined && (
        <div class="import-report" role="status">
          <p>
            <strong>
              {plural(report.rows, 'row', 'rows')} read: {report.added} added, {report.updated}{' '}
              updated, {report.unchanged} unchanged
              {report.errors.length > 0
                ? `, ${plural(report.errors.length, 'error', 'errors')}`
                : ''}
              .
            </strong>{' '}
            Screened {plural(screening.screened, 'subject', 'subjects')}:{' '}
            {plural(screening.raised, 'new alert', 'new alerts')}
            {screening.reopened > 0 ? `, ${screening.reopened} reopened` : ''}
            {screening.delisted > 0 ? `, ${screening.delisted} delisted` : ''}.{' '}
            {screening.raised + screening.reopened > 0 && (
              <a href={routeHash('alerts', '', { status: 'open' })}>Review the open alerts</a>
            )}
          </p>
          {report.errors.length > 0 && (
            <>
              <h3>Rows not imported</h3>
              <ul class="error-rows">
                {report.errors.map((row) => (
                  <li key={`${row.line}-${row.id ?? ''}`}>
                    Line {row.line}
                    {row.id === undefined ? '' : ` (id ${row.id})`}: {row.error}
                  </li>
                ))}
              </ul>
            </>
          )}
          {screening.errors.length > 0 && (
            <>
              <h3>Subjects not screened</h3>
              <ul class="error-rows">
                {screening.errors.map((row) => (
                  <li key={row.subjectId}>
                    {row.subjectId}: {row.error}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
