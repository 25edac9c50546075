import { useState } from 'preact/hooks';
import type { Hit, ScreenResult } from '../api-types.ts';
import { useEntities } from '../entity/fetch-entity.ts';
import { groupHits, type HitGroup } from '../entity/group-hits.ts';
import { KeyFacts } from '../entity/key-facts.tsx';
import { latinCaption } from '../entity/name-groups.ts';
import { ExplanationView, percent } from '../explanation-view.tsx';
import { entityHash } from '../router.ts';

/**
 * The hits as one item per real-world entity: an English or Latin caption, the authoritative
 * listing first, the key facts without a click, and each listing's explanation on request.
 */
export function HitGroups({ result }: { result: ScreenResult }) {
  const entities = useEntities(result.results.map((h) => h.entityId));
  const records = new Map([...entities].map(([id, e]) => [id, e.entity]));
  const groups = groupHits(result.results, records);
  const matched = groups.filter((g) => g.match);
  const below = groups.length - matched.length;
  const threshold = percent(result.query.threshold ?? 0);
  return (
    <>
      <p class="hit-summary">
        {matched.length === 0
          ? `No listed entity reaches the ${threshold} threshold.`
          : `${matched.length} listed ${matched.length === 1 ? 'entity reaches' : 'entities reach'} the ${threshold} threshold.`}
        {below > 0 &&
          ` ${below} ${below === 1 ? 'other entity has' : 'other entities have'} a similar name and ${below === 1 ? 'scores' : 'score'} below it; ${below === 1 ? 'it is' : 'they are'} shown for review, not as ${below === 1 ? 'a match' : 'matches'}.`}
      </p>
      {groups.length > 0 && (
        <ol class="hit-groups results">
          {groups.map((g) => (
            <GroupItem
              key={g.lead.entityId}
              group={g}
              caption={(() => {
                const record = records.get(g.lead.entityId);
                return record === undefined ? g.lead.caption : latinCaption(record);
              })()}
              facts={records.get(g.lead.entityId)}
              query={result.query}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function GroupItem({
  group,
  caption,
  facts,
  query,
}: {
  group: HitGroup;
  caption: string;
  facts: Parameters<typeof KeyFacts>[0]['entity'] | undefined;
  query: ScreenResult['query'];
}) {
  const [open, setOpen] = useState<string | null>(null);
  const best = group.hits.reduce((a, b) => (b.score > a.score ? b : a));
  return (
    <li class={`hit-group${group.match ? ' is-match' : ''}`}>
      <div class="hit-head">
        <h3>
          <a href={entityHash(group.lead.entityId)}>{caption}</a>{' '}
          {group.match ? (
            <span class="badge badge-match">match</span>
          ) : (
            <span class="badge badge-below">below threshold</span>
          )}
        </h3>
        <span class="hit-score">
          <meter
            min={0}
            max={1}
            low={0.5}
            high={best.explanation.threshold}
            optimum={0}
            value={group.score}
            aria-hidden="true"
          />{' '}
          {percent(group.score)}
        </span>
      </div>
      <p class="muted hit-type">
        {group.lead.schema} · listed on {group.hits.length}{' '}
        {group.hits.length === 1 ? 'list' : 'lists'} · best on the name “{best.matchedName.full}” (
        {best.matchedName.kind})
      </p>
      {facts === undefined ? (
        <p class="muted">Loading the list record…</p>
      ) : (
        <KeyFacts entity={facts} />
      )}
      <ul class="listings">
        {group.hits.map((hit) => (
          <li key={hit.entityId}>
            <a href={entityHash(hit.entityId)} class="badge badge-list">
              {hit.list.toUpperCase()} {hit.reference}
            </a>{' '}
            <span class="muted">{percent(hit.score)}</span>{' '}
            <button
              type="button"
              class="link-button"
              aria-expanded={open === hit.entityId}
              aria-controls={`explain-${hit.entityId}`}
              onClick={() => {
                setOpen(open === hit.entityId ? null : hit.entityId);
              }}
            >
              {open === hit.entityId ? 'Hide' : 'Explain'}
              <span class="visually-hidden">
                {' '}
                {hit.list.toUpperCase()} {hit.reference}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {group.hits.map((hit: Hit) =>
        open === hit.entityId ? (
          <div key={hit.entityId} id={`explain-${hit.entityId}`} class="explanation-box">
            <ExplanationView
              explanation={hit.explanation}
              matchedName={hit.matchedName}
              ofacScore={hit.ofacScore}
              query={query}
            />
          </div>
        ) : null,
      )}
    </li>
  );
}
