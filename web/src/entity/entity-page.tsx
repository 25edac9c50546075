import { useEffect, useRef, useState } from 'preact/hooks';
import { callApi } from '../api-client.ts';
import type { ListEntity, SearchResult } from '../api-types.ts';
import { ErrorBox } from '../error-box.tsx';
import { entityHash } from '../router.ts';
import { HistoryCard } from './entity-history.tsx';
import { fetchEntity, useEntities, type EntityRecord } from './fetch-entity.ts';
import { byAuthority, groupHits } from './group-hits.ts';
import { formatCountries, formatDate, KeyFacts } from './key-facts.tsx';
import { groupNames, KIND_LABEL, latinCaption } from './name-groups.ts';

/** The official page of an entry, where the list gives one or its publisher has a stable address. */
export function noticeUrl(entity: ListEntity): string | undefined {
  const given = entity.properties.sourceUrl?.find((u) => /^https:\/\//.test(u));
  if (given !== undefined) return given;
  // OFAC's Sanctions List Search shows every SDN entry under its ent_num.
  if (entity.list === 'ofac' && /^\d+$/.test(entity.reference))
    return `https://sanctionssearch.ofac.treas.gov/Details.aspx?id=${entity.reference}`;
  return undefined;
}

/** `#/entity/{id}`: one listed entity with its names, facts, listing, history and other listings. */
export function EntityPage({ id }: { id: string }) {
  const [answer, setAnswer] = useState<EntityRecord | null>(null);
  const [error, setError] = useState<unknown>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    setAnswer(null);
    setError(null);
    fetchEntity(id).then(setAnswer, setError);
  }, [id]);
  useEffect(() => {
    if (answer !== null) document.title = `${latinCaption(answer.entity)} · Sift`;
  }, [answer]);

  if (error !== null)
    return (
      <section class="card">
        <h1>List entry {id}</h1>
        <ErrorBox error={error} />
      </section>
    );
  if (answer === null) return <p class="card muted">Loading the list entry {id}…</p>;
  const e = answer.entity;
  const notice = noticeUrl(e);
  return (
    <div class="entity-page">
      <section class="card" aria-labelledby="entity-title">
        <p class="muted entity-kicker">
          <span class="badge badge-list">
            {e.list.toUpperCase()} {e.reference}
          </span>{' '}
          {e.schema}
          {answer.target ? '' : ' · no longer on the active list'}
        </p>
        <h1 id="entity-title" tabIndex={-1} ref={heading}>
          {latinCaption(e)}
        </h1>
        {latinCaption(e) !== e.caption && <p class="muted">Listed as {e.caption}</p>}
        <KeyFacts entity={e} />
        <p class="entity-links">
          {notice !== undefined && (
            <a href={notice} target="_blank" rel="noopener noreferrer">
              Official notice ({e.list.toUpperCase()})
            </a>
          )}
        </p>
      </section>
      <div class="entity-columns">
        <NamesCard entity={e} />
        <FactsCard entity={e} />
        <ListingCard entity={e} />
        <HistoryCard answer={answer} />
        <AlsoListed entity={e} />
      </div>
    </div>
  );
}

function NamesCard({ entity }: { entity: ListEntity }) {
  const groups = groupNames(entity.names);
  return (
    <section class="card" aria-labelledby="names-title">
      <h2 id="names-title">Names ({entity.names.length})</h2>
      {groups.map((g) => {
        const body = (
          <ul class="name-list">
            {g.names.map((n) => (
              <li key={n} dir="auto">
                {n}
              </li>
            ))}
          </ul>
        );
        const title = `${KIND_LABEL[g.kind]}${g.script === 'Latin' ? '' : ` · ${g.script}`} (${g.names.length})`;
        // Long groups and weak aliases fold away so the primary names stay in view.
        return g.kind === 'weak-alias' || g.names.length > 8 ? (
          <details key={`${g.kind}${g.script}`} class="name-group">
            <summary>{title}</summary>
            {body}
          </details>
        ) : (
          <div key={`${g.kind}${g.script}`} class="name-group">
            <h3>{title}</h3>
            {body}
          </div>
        );
      })}
    </section>
  );
}

function FactsCard({ entity: e }: { entity: ListEntity }) {
  const rows: [string, string][] = [];
  if (e.birthDates.length > 0) rows.push(['Birth date', e.birthDates.map(formatDate).join('; ')]);
  if (e.birthPlaces.length > 0) rows.push(['Birth place', e.birthPlaces.join('; ')]);
  if (e.nationalities.length > 0) rows.push(['Nationality', formatCountries(e.nationalities)]);
  if (e.countries.length > 0) rows.push(['Countries', formatCountries(e.countries)]);
  if (e.gender !== undefined) rows.push(['Gender', e.gender]);
  if (e.titles.length > 0) rows.push(['Titles', e.titles.join(', ')]);
  if (e.positions.length > 0) rows.push(['Positions', e.positions.join('; ')]);
  return (
    <section class="card" aria-labelledby="facts-title">
      <h2 id="facts-title">Facts</h2>
      {rows.length === 0 && <p class="muted">The list gives no personal facts.</p>}
      <dl class="facts">
        {rows.map(([k, v]) => (
          <>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </>
        ))}
      </dl>
      {e.addresses.length > 0 && (
        <>
          <h3>Addresses</h3>
          <ul>
            {e.addresses.map((a, i) => (
              <li key={i}>
                {a.full ??
                  [a.street, a.city, a.region, a.postalCode, a.country]
                    .filter((x) => x !== undefined)
                    .join(', ')}
                {a.note !== undefined && <span class="muted"> ({a.note})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {e.identifiers.length > 0 && (
        <>
          <h3>Identifiers</h3>
          <ul class="identifier-list">
            {e.identifiers.map((x, i) => (
              <li key={i}>
                <span class="muted">{x.type}</span> <code>{x.value}</code>
                {x.country !== undefined && <span class="muted"> ({x.country})</span>}
                {x.note !== undefined && <span class="muted"> {x.note}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ListingCard({ entity: e }: { entity: ListEntity }) {
  return (
    <section class="card" aria-labelledby="listing-title">
      <h2 id="listing-title">Listing</h2>
      <dl class="facts">
        <dt>List</dt>
        <dd>
          {e.list.toUpperCase()}, reference {e.reference}
        </dd>
        <dt>Programme</dt>
        <dd>{e.programs.length === 0 ? 'not given' : e.programs.join(', ')}</dd>
        <dt>Listed on</dt>
        <dd>{e.listedOn ?? 'not given'}</dd>
        <dt>Amended on</dt>
        <dd>{e.amendedOn.length === 0 ? 'no amendment given' : e.amendedOn.join(', ')}</dd>
      </dl>
      <h3>Stated reason</h3>
      <p class="reason">{e.reason ?? 'The list states no reason.'}</p>
    </section>
  );
}

/** Other lists' entries for the same real-world entity, found by name and confirmed by facts. */
function AlsoListed({ entity }: { entity: ListEntity }) {
  const [found, setFound] = useState<SearchResult[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const caption = latinCaption(entity);
  useEffect(() => {
    setFound(null);
    callApi<{ results: SearchResult[] }>(
      `/search/default?q=${encodeURIComponent(caption)}&limit=20`,
    ).then((a) => {
      setFound(a.results.filter((r) => r.id !== entity.id && !r.id.startsWith(`${entity.list}:`)));
    }, setError);
  }, [entity.id]);
  const candidates = useEntities((found ?? []).map((r) => r.id));
  const asListing = (e: ListEntity) => ({
    entityId: e.id,
    list: e.list,
    reference: e.reference,
    caption: e.caption,
    schema: e.schema,
    score: 1,
    match: true,
    matchedName: { full: e.caption },
  });
  const all = new Map<string, ListEntity>([[entity.id, entity]]);
  for (const [id, c] of candidates) all.set(id, c.entity);
  const group = groupHits([...all.values()].map(asListing), all).find((g) =>
    g.hits.some((h) => h.entityId === entity.id),
  );
  const others = (group?.hits ?? []).filter((h) => h.entityId !== entity.id).sort(byAuthority);
  const waiting = found === null || candidates.size < found.length;
  return (
    <section class="card" aria-labelledby="also-title">
      <h2 id="also-title">Also listed as</h2>
      <ErrorBox error={error} />
      {others.length > 0 && (
        <ul>
          {others.map((h) => {
            const other = all.get(h.entityId);
            return (
              <li key={h.entityId}>
                <a href={entityHash(h.entityId)}>
                  <span class="badge badge-list">
                    {h.list.toUpperCase()} {h.reference}
                  </span>{' '}
                  {other === undefined ? h.caption : latinCaption(other)}
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {others.length === 0 && !waiting && (
        <p class="muted">
          No other loaded list has an entry that matches this one's names and facts.
        </p>
      )}
      {waiting && error === null && <p class="muted">Looking in the other lists…</p>}
    </section>
  );
}
