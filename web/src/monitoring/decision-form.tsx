import { useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { Alert, DecisionAnswer } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';

const NAME_STORAGE = 'sift.decidedBy';
/** The server's longest note (decideAlert's MAX_NOTE_LENGTH). */
const MAX_NOTE = 2000;

/** The name the analyst last decided under, kept in this browser. */
function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_STORAGE) ?? '';
  } catch {
    return '';
  }
}

function rememberName(name: string): void {
  try {
    if (name === '') localStorage.removeItem(NAME_STORAGE);
    else localStorage.setItem(NAME_STORAGE, name);
  } catch {
    // Storage refused (private mode, full): the name is simply not remembered.
  }
}

/**
 * Clear or confirm an alert with a required note and an optional name (remembered in this
 * browser; without it the server records the API key's id). The answer, the alert as it now
 * stands and the recorded decision, goes back to the page, so nothing is reloaded.
 */
export function DecisionForm({
  alert,
  onDecided,
}: {
  alert: Alert;
  onDecided: (answer: DecisionAnswer) => void;
}) {
  const [decision, setDecision] = useState<'cleared' | 'confirmed' | ''>('');
  const [note, setNote] = useState('');
  const [name, setName] = useState(rememberedName);
  const [problem, setProblem] = useState<{ field: 'decision' | 'note'; text: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    setError(null);
    if (decision === '') {
      setProblem({ field: 'decision', text: 'Choose Clear or Confirm.' });
      document.getElementById('decide-cleared')?.focus();
      return;
    }
    if (note.trim() === '') {
      setProblem({ field: 'note', text: 'Write a note saying why: it goes on the audit trail.' });
      document.getElementById('decision-note')?.focus();
      return;
    }
    setProblem(null);
    setBusy(true);
    const by = name.trim();
    try {
      const answer = await callApi<DecisionAnswer>(`/alerts/${alert.id}/decisions`, {
        json: { decision, note: note.trim(), ...(by === '' ? {} : { by }) },
      });
      rememberName(by);
      setNote('');
      setDecision('');
      onDecided(answer);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const noteProblem = problem?.field === 'note' ? problem.text : undefined;
  const decisionProblem = problem?.field === 'decision' ? problem.text : undefined;
  return (
    <form
      class="card decision-form"
      aria-labelledby="decide-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="decide-title">{alert.status === 'open' ? 'Decide' : 'Record a new decision'}</h2>
      {alert.status !== 'open' && (
        <p class="muted">
          A new decision supersedes the last one; neither is ever changed or removed.
        </p>
      )}
      <fieldset
        class="decision-choice"
        aria-describedby={decisionProblem === undefined ? undefined : 'decision-problem'}
      >
        <legend>Decision</legend>
        <label class="choice">
          <input
            type="radio"
            id="decide-cleared"
            name="decision"
            value="cleared"
            checked={decision === 'cleared'}
            onChange={() => {
              setDecision('cleared');
            }}
          />
          <span>Clear: not the listed entity (a false positive)</span>
        </label>
        <label class="choice">
          <input
            type="radio"
            name="decision"
            value="confirmed"
            checked={decision === 'confirmed'}
            onChange={() => {
              setDecision('confirmed');
            }}
          />
          <span>Confirm: the subject is the listed entity</span>
        </label>
        {decisionProblem !== undefined && (
          <p id="decision-problem" class="field-error">
            {decisionProblem}
          </p>
        )}
      </fieldset>
      <label>
        <span>Note (required)</span>
        <textarea
          id="decision-note"
          rows={3}
          maxLength={MAX_NOTE}
          required
          aria-invalid={noteProblem === undefined ? undefined : 'true'}
          aria-describedby={noteProblem === undefined ? undefined : 'note-problem'}
          value={note}
          onInput={(e) => {
            setNote(e.currentTarget.value);
          }}
        />
      </label>
      {noteProblem !== undefined && (
        <p id="note-problem" class="field-error">
          {noteProblem}
        </p>
      )}
      <div class="form-row">
        <label class="grow">
          <span>Your name (optional, remembered in this browser)</span>
          <input
            type="text"
            autocomplete="name"
            maxLength={200}
            value={name}
            onInput={(e) => {
              setName(e.currentTarget.value);
            }}
          />
        </label>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Recording…' : 'Record decision'}
        </button>
      </div>
      <ErrorBox error={error} />
    </form>
  );
}
