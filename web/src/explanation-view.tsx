import type { Explanation } from './api-types.ts';

/** Formats a 0..1 score as a percentage with no decimals. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

function signed(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded > 0 ? `+${rounded.toFixed(2)}` : rounded.toFixed(2);
}

/** The explanation of one hit: the summary, the aligned name parts and the qualifiers. */
export function ExplanationView({
  explanation,
  matchedName,
}: {
  explanation: Explanation;
  matchedName: { full: string; kind: string };
}) {
  return (
    <div class="explanation">
      <p class="explanation-summary">{explanation.summary}</p>
      <dl class="facts">
        <dt>Matched name</dt>
        <dd>
          {matchedName.full} <span class="muted">({matchedName.kind})</span>
        </dd>
        <dt>Query as compared</dt>
        <dd>
          {explanation.queryTokens.join(' ')}
          {explanation.queryHonorifics.length > 0 && (
            <span class="muted"> (set aside: {explanation.queryHonorifics.join(', ')})</span>
          )}
        </dd>
        <dt>Scores</dt>
        <dd>
          name {percent(explanation.nameScore)} → final {percent(explanation.score)} (threshold{' '}
          {percent(explanation.threshold)}); OFAC-parity {explanation.ofac.score} (
          {explanation.ofac.technique})
        </dd>
      </dl>
      <table class="parts">
        <caption>Aligned name parts</caption>
        <thead>
          <tr>
            <th scope="col">Query</th>
            <th scope="col">Listed</th>
            <th scope="col">Evidence</th>
            <th scope="col" class="num">
              Similarity
            </th>
            <th scope="col" class="num">
              Weight
            </th>
          </tr>
        </thead>
        <tbody>
          {explanation.parts.map((part, i) => (
            <tr key={i} class={part.evidence === 'unmatched' ? 'unmatched' : undefined}>
              <td>{part.query.join(' ') || '—'}</td>
              <td>{part.matched.join(' ') || '—'}</td>
              <td>
                <span class={`evidence evidence-${part.evidence}`}>{part.evidence}</span>
              </td>
              <td class="num">{percent(part.similarity)}</td>
              <td class="num">
                {part.weight.toFixed(2)}
                {part.note !== undefined && <span class="muted"> {part.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {explanation.qualifiers.length > 0 ? (
        <table class="qualifiers">
          <caption>Qualifiers</caption>
          <thead>
            <tr>
              <th scope="col">Fact</th>
              <th scope="col" class="num">
                Effect
              </th>
              <th scope="col">Compared</th>
            </tr>
          </thead>
          <tbody>
            {explanation.qualifiers.map((q, i) => (
              <tr key={i}>
                <td>{q.qualifier}</td>
                <td class={`num ${q.contribution < 0 ? 'negative' : 'positive'}`}>
                  {signed(q.contribution)}
                </td>
                <td>{q.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p class="muted">No qualifier changed the score.</p>
      )}
    </div>
  );
}
