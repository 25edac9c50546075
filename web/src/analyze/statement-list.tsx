import type { ArticleAnalysis, Statement } from '../api-types.ts';
import { statementId, statementKindLabel } from './article-text.tsx';

interface Group {
  title: string;
  items: { statement: Statement; index: number }[];
}

/** Statements grouped by speaker; weakly-sourced and unattributed claims listed on their own. */
export function groupStatements(analysis: ArticleAnalysis): {
  speakers: Group[];
  weak: Group;
  unattributed: Group;
} {
  const bySpeaker = new Map<string, Group>();
  const weak: Group = { title: 'Weakly sourced', items: [] };
  const unattributed: Group = { title: 'Unattributed claims', items: [] };
  analysis.statements.forEach((statement, index) => {
    if (statement.kind === 'unattributed') unattributed.items.push({ statement, index });
    else if (statement.kind === 'weakly-sourced') weak.items.push({ statement, index });
    else {
      const name = statement.speakerName ?? 'Unnamed speaker';
      const group = bySpeaker.get(name) ?? { title: name, items: [] };
      group.items.push({ statement, index });
      bySpeaker.set(name, group);
    }
  });
  const speakers = [...bySpeaker.values()].sort((a, b) => b.items.length - a.items.length);
  return { speakers, weak, unattributed };
}

function jumpTo(index: number): void {
  const target = document.getElementById(statementId(index));
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

function GroupList({ group, id }: { group: Group; id: string }) {
  if (group.items.length === 0) return null;
  return (
    <section class="statement-group" aria-labelledby={id}>
      <h3 id={id}>
        {group.title} <span class="count">{group.items.length}</span>
      </h3>
      <ul>
        {group.items.map(({ statement, index }) => (
          <li key={index} class={`statement-item statement-${statement.kind}`}>
            <button
              type="button"
              class="link-button"
              onClick={() => {
                jumpTo(index);
              }}
            >
              <span class="kind-tag">{statementKindLabel(statement.kind)}</span>
              {statement.kind === 'weakly-sourced' && statement.speakerName !== null && (
                <span class="muted"> ({statement.speakerName})</span>
              )}
              {statement.medium !== null && <span class="muted"> via {statement.medium}</span>}{' '}
              {statement.text}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The statements beside the text: who said what, then what nobody sourced. */
export function StatementList({ analysis }: { analysis: ArticleAnalysis }) {
  const { speakers, weak, unattributed } = groupStatements(analysis);
  return (
    <div class="statement-list">
      <h2>Statements</h2>
      {analysis.statements.length === 0 && <p class="muted">No statements found.</p>}
      {speakers.map((g, i) => (
        <GroupList key={g.title} group={g} id={`speaker-${i}`} />
      ))}
      <GroupList group={weak} id="weakly-sourced" />
      <GroupList group={unattributed} id="unattributed" />
    </div>
  );
}
