import type { ComponentChildren } from 'preact';
import type { AnalyzedEntity, ArticleAnalysis, EntityHit, Statement } from '../api-types.ts';

interface MentionRef {
  start: number;
  end: number;
  entity: AnalyzedEntity;
  /** Index of the mention within its entity, for element ids. */
  index: number;
}

/** The list hit an entity's badge shows: the best full match, else the best partial hit. */
export function badgeHit(entity: AnalyzedEntity): EntityHit | undefined {
  const hits = entity.screening?.hits ?? [];
  return hits.find((h) => h.match === 'match') ?? hits.find((h) => h.match === 'partial');
}

/** The DOM id of one mention, so the panel can scroll the text to it. */
export function mentionId(entityId: string, index: number): string {
  return `mention-${entityId}-${index}`;
}

/** The DOM id of one statement in the text. */
export function statementId(index: number): string {
  return `statement-${index}`;
}

/** Mentions in text order, overlaps dropped (the first one wins), for inline highlighting. */
function orderedMentions(entities: AnalyzedEntity[]): MentionRef[] {
  const all = entities.flatMap((entity) =>
    entity.mentions.map((m, index) => ({ start: m.start, end: m.end, entity, index })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MentionRef[] = [];
  for (const m of all) {
    const last = kept.at(-1);
    if (last === undefined || m.start >= last.end) kept.push(m);
  }
  return kept;
}

/**
 * The article text with statements marked by kind and mentions highlighted by type. Everything is
 * rendered as text nodes: nothing from the article is ever parsed as HTML.
 */
export function ArticleText({
  analysis,
  selected,
  onSelect,
}: {
  analysis: ArticleAnalysis;
  selected: string | null;
  onSelect: (entityId: string) => void;
}) {
  const { text } = analysis;
  const mentions = orderedMentions(analysis.entities);
  const badged = new Set<string>();
  const statements = [...analysis.statements]
    .map((s, index) => ({ s, index }))
    .sort((a, b) => a.s.start - b.s.start);

  const renderRange = (from: number, to: number): ComponentChildren[] => {
    const out: ComponentChildren[] = [];
    let at = from;
    for (const m of mentions) {
      if (m.end <= from || m.start >= to) continue;
      const start = Math.max(m.start, at);
      const end = Math.min(m.end, to);
      if (start >= end) continue;
      if (start > at) out.push(text.slice(at, start));
      out.push(
        <MentionButton
          key={`${m.entity.id}-${m.index}-${start}`}
          mention={m}
          label={text.slice(start, end)}
          selected={selected === m.entity.id}
          onSelect={onSelect}
        />,
      );
      // The badge follows the first mention only, so repeated names do not clutter the text.
      const hit = badgeHit(m.entity);
      if (hit !== undefined && !badged.has(m.entity.id)) {
        badged.add(m.entity.id);
        out.push(<HitBadge key={`badge-${m.entity.id}`} hit={hit} entity={m.entity} />);
      }
      at = end;
    }
    if (at < to) out.push(text.slice(at, to));
    return out;
  };

  const parts: ComponentChildren[] = [];
  let at = 0;
  for (const { s, index } of statements) {
    if (s.start < at) continue;
    if (s.start > at) parts.push(...renderRange(at, s.start));
    parts.push(
      <StatementSpan key={`s-${index}`} statement={s} index={index}>
        {renderRange(s.start, s.end)}
      </StatementSpan>,
    );
    at = s.end;
  }
  if (at < text.length) parts.push(...renderRange(at, text.length));
  return <div class="article-text">{parts}</div>;
}

const KIND_LABEL: Readonly<Record<string, string>> = {
  quote: 'Quote',
  reported: 'Reported speech',
  unattributed: 'Unattributed claim',
  'weakly-sourced': 'Weakly sourced',
};

/** A human label for a statement kind. */
export function statementKindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

function StatementSpan({
  statement,
  index,
  children,
}: {
  statement: Statement;
  index: number;
  children: ComponentChildren;
}) {
  const who = statement.speakerName === null ? '' : ` — ${statement.speakerName}`;
  return (
    <span
      id={statementId(index)}
      tabIndex={-1}
      class={`statement statement-${statement.kind}`}
      title={`${statementKindLabel(statement.kind)}${who}`}
    >
      {children}
    </span>
  );
}

function MentionButton({
  mention,
  label,
  selected,
  onSelect,
}: {
  mention: MentionRef;
  label: string;
  selected: boolean;
  onSelect: (entityId: string) => void;
}) {
  const status = mention.entity.screening?.match ?? 'none';
  return (
    <button
      type="button"
      id={mentionId(mention.entity.id, mention.index)}
      class={`mention mention-${mention.entity.type} status-${status}${selected ? ' selected' : ''}`}
      aria-pressed={selected}
      aria-label={`${label} (${mention.entity.type}${status === 'none' ? '' : `, ${status} on a list`})`}
      onClick={() => {
        onSelect(mention.entity.id);
      }}
    >
      {label}
    </button>
  );
}

/** The inline list badge, e.g. `UN QDe.004`; partial hits are outlined and marked with "?". */
export function HitBadge({ hit, entity }: { hit: EntityHit; entity: AnalyzedEntity }) {
  const others = (entity.screening?.hits.length ?? 1) - 1;
  const partial = hit.match === 'partial';
  return (
    <span
      class={`badge ${partial ? 'badge-partial' : 'badge-match'}`}
      title={partial ? `Partial hit: ${hit.partialReason ?? 'check the explanation'}` : 'Listed'}
    >
      {hit.list.toUpperCase()} {hit.reference}
      {partial && <span class="badge-note"> partial</span>}
      {others > 0 && <span class="badge-note"> +{others}</span>}
    </span>
  );
}
