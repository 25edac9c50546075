import { useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import { ErrorBox } from '../error-box.tsx';

const FORMATS = [
  '',
  'un-xml',
  'ofac-csv',
  'ofac-json',
  'eu-xml',
  'eu-json',
  'uk-csv',
  'uk-xml',
  'uk-json',
  'ftm-json',
];

/** Admin: import a list file (the server detects the format unless one is chosen). */
export function ImportListForm({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState('');
  const [list, setList] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<string | null>(null);

  const upload = async (): Promise<void> => {
    if (file === null) return;
    setBusy(true);
    setError(null);
    setReport(null);
    const params = new URLSearchParams();
    if (format !== '') params.set('format', format);
    if (list.trim() !== '') params.set('list', list.trim());
    try {
      const answer = await callApi<{
        status: string;
        version: { list: string; version: number; entityCount: number };
        issues: unknown[];
      }>(`/lists/import${params.size > 0 ? `?${params.toString()}` : ''}`, { body: file });
      const v = answer.version;
      setReport(
        `${v.list.toUpperCase()} version ${v.version}: ${answer.status}, ${v.entityCount} entries, ${answer.issues.length} issues.`,
      );
      onImported();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="card"
      aria-labelledby="import-title"
      onSubmit={(event) => {
        event.preventDefault();
        void upload();
      }}
    >
      <h2 id="import-title">Import a list file</h2>
      <p class="muted">Needs an admin key when the server uses keys.</p>
      <div class="form-row">
        <label class="grow">
          <span>List file</span>
          <input
            type="file"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
            }}
          />
        </label>
        <label>
          <span>Format</span>
          <select
            value={format}
            onChange={(e) => {
              setFormat(e.currentTarget.value);
            }}
          >
            {FORMATS.map((f) => (
              <option key={f} value={f}>
                {f === '' ? 'Detect' : f}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>List name</span>
          <input
            value={list}
            placeholder="from the file"
            size={10}
            onInput={(e) => {
              setList(e.currentTarget.value);
            }}
          />
        </label>
        <button type="submit" disabled={file === null || busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </div>
      {busy && <progress aria-label="Importing" />}
      {report !== null && <p role="status">{report}</p>}
      <ErrorBox error={error} />
    </form>
  );
}
