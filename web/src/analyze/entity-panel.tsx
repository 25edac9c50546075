import { useEffect, useRef, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { AnalyzedEntity, EntityHit, EntityResponse } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';
import { ExplanationView, percent } from '../explanation-view.tsx';
import { mentionId } from './article-text.tsx';

/** The side panel of one article entity: its mentions and each list hit with its explanation. */
export function EntityPanel({
  entity,
  text,
  onClose,
}: {
  entity: AnalyzedEntity;
  text: string;
  onClose: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onClose();
    };
    addEventListener('keydown', onKey);
    return () => {
      removeEventListener('keydown', onKey);
    };
  }, [entity.id, onClose]);
  const hits = entity.screening?.hits ?? [];
  return (
    <aside class="entity-panel" aria-labelledby="entity-panel-title">
      <div class="panel-head">
        <h2 id="entity-panel-title" tabIndex={-1} ref={heading}>
          {entity.name}
        </h2>
        <button type="button" class="icon-button" onClick={onClose} aria-label="Close panel">
          ×
        </button>
      </div>
      <p class="muted">
        <span class={`type-chip type-${entity.type}`}>{entity.type}</span>
        {entity.screening === null
          ? ' not screened (places and groups are not screened)'
          : entity.screening.match === 'none'
            ? ' no list hit'
            : ` ${entity.screening.match} on a list`}
      </p>
      {entity.aliases.length > 0 && <p>Also named: {entity.aliases.join(', ')}</p>}
      <h3>Mentions ({entity.mentions.length})</h3>
      <ol class="mention-list">
        {entity.mentions.map((m, i) => (
          <li key={i}>
            <button
              type="button"
              class="link-button"
              onClick={() => {
                const target = document.getElementById(mentionId(entity.id, i));
                target?.scrollIntoView({ block: 'center' });
                target?.focus();
              }}
            >
              …{text.slice(Math.max(0, m.start - 40), m.start)}
              <strong>{m.text}</strong>
              {text.slice(m.end, m.end + 40)}…
            </button>
          </li>
        ))}
      </ol>
      {hits.length > 0 && <h3>List hits ({hits.length})</h3>}
      {hits.map((hit) => (
        <HitCard key={hit.entityId} hit={hit} />
      ))}
    </aside>
  );
}

function HitCard({ hit }: { hit: EntityHit }) {
  const [entry, setEntry] = useState<EntityResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setEntry(null);
    setError(null);
    callApi<EntityResponse>(`/entities/${encodeURIComponent(hit.entityId)}`).then(
      setEntry,
      setError,
    );
  }, [hit.entityId]);
  const listed = entry?.entity;
  const aliases = listed?.names.filter((n) => n.kind !== 'primary') ?? [];
  return (
    <section class={`hit-card hit-${hit.match}`}>
      <h4>
        <span class={`badge ${hit.match === 'partial' ? 'badge-partial' : 'badge-match'}`}>
          {hit.list.toUpperCase()} {hit.reference}
        </span>{' '}
        {hit.caption}
      </h4>
      <p>
        {hit.match === 'match' ? 'Match' : 'Partial hit'}, score {percent(hit.score)}
        {hit.partialReason !== undefined && <span class="muted"> — {hit.partialReason}</span>}
      </p>
      <ErrorBox error={error} />
      {entry === null && error === null && <p class="muted">Loading the list entry…</p>}
      <dl class="facts">
        <dt>Listed on</dt>
        <dd>{listed?.listedOn ?? '—'}</dd>
        <dt>Reason</dt>
        <dd class="reason">{listed?.reason ?? hit.reason ?? '—'}</dd>
        <dt>Aliases</dt>
        <dd>
          {aliases.length === 0
            ? '—'
            : aliases.map((n) => `${n.full}${n.kind === 'alias' ? '' : ` (${n.kind})`}`).join('; ')}
        </dd>
        <dt>Birth date</dt>
        <dd>
          {listed === undefined || listed.birthDates.length === 0
            ? '—'
            : listed.birthDates.map((d) => d.note ?? d.value).join('; ')}
        </dd>
        <dt>Nationality</dt>
        <dd>
          {listed === undefined || listed.nationalities.length === 0
            ? '—'
            : listed.nationalities.join(', ')}
        </dd>
        {listed !== undefined && listed.programs.length > 0 && (
          <>
            <dt>Programmes</dt>
            <dd>{listed.programs.join(', ')}</dd>
          </>
        )}
      </dl>
      <details class="hit-explanation" open={hit.match === 'match'}>
        <summary>Why this hit</summary>
        <ExplanationView explanation={hit.explanation} matchedName={hit.matchedName} />
      </details>
      <p>
        <a href={`/entities/${encodeURIComponent(hit.entityId)}`} target="_blank" rel="noopener">
          Open the list entry {hit.entityId}
        </a>
      </p>
    </section>
  );
}
