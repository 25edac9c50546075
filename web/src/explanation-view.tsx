import type { Explanation, NameQuery } from './api-types.ts';

/** Formats a 0..1 score as a percentage with no decimals. */
export function percent(score: number): string {
  return `${Math.round(score * 100)}%`;
}

function signed(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded > 0 ? `+${rounded.toFixed(2)}` : rounded.toFixed(2);
}

const NON_LATIN = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/**
 * What the OFAC-parity figure means here. OFAC's Sanctions List Search compares Latin letters
 * only, so a name in Cyrillic or Arabic that Sift matches fully scores nothing there; saying so
 * keeps a 0 beside a 100 % match from reading as a contradiction.
 */
export function describeOfac(explanation: Explanation, queryName: string): string {
  const { score, technique, comparedWith } = explanation.ofac;
  const prefix = `OFAC's Sanctions List Search would score this ${Math.round(score)} of 100`;
  if (technique === 'none' || score === 0) {
    if (NON_LATIN.test(queryName))
      return `${prefix}: it compares Latin letters only, and this query is written in another script, so OFAC's tool would not find this entry. Sift's score does not depend on it.`;
    return `${prefix}: its whole-name and name-part comparisons found nothing alike. Sift's score does not depend on it.`;
  }
  return `${prefix}, comparing ${technique === 'whole-name' ? 'the whole name' : 'name parts'} with “${comparedWith}”. Shown for comparison; Sift's score does not depend on it.`;
}

/** Facts given with the query that the list could not be compared on ("not compared"). */
function notCompared(explanation: Explanation, query: NameQuery | undefined): string[] {
  const used = new Set(explanation.qualifiers.map((q) => q.qualifier));
  const lines: string[] = [];
  if (query?.birthDate !== undefined && !used.has('birthDate'))
    lines.push(
      `Birth date ${query.birthDate}: not compared (the entry gives no birth date, or the names are too far apart for it to count).`,
    );
  if (query?.country !== undefined && !used.has('country'))
    lines.push(
      `Country ${query.country}: not compared (the entry gives no country, or the names are too far apart for it to count).`,
    );
  return lines;
}

/** The explanation of one hit: the summary, the aligned name parts and the qualifiers. */
export function ExplanationView({
  explanation,
  matchedName,
  query,
}: {
  explanation: Explanation;
  matchedName: { full: string; kind: string };
  /** The OFAC-parity score of the hit, when the caller has it apart from the explanation. */
  ofacScore?: number;
  /** The query, so facts that could not be compared are said to be "not compared". */
  query?: NameQuery;
}) {
  const skipped = notCompared(explanation, query);
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
          {percent(explanation.threshold)})
        </dd>
        <dt>OFAC comparison</dt>
        <dd>{describeOfac(explanation, query?.name ?? explanation.queryTokens.join(' '))}</dd>
      </dl>
      <div class="table-scroll">
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
      </div>
      {explanation.qualifiers.length > 0 && (
        <div class="table-scroll">
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
        </div>
      )}
      {skipped.map((line) => (
        <p key={line} class="muted">
          {line}
        </p>
      ))}
      {explanation.qualifiers.length === 0 && skipped.length === 0 && (
        <p class="muted">
          {query === undefined
            ? 'No fact other than the name was compared.'
            : 'Only the name was compared: no birth date, country or identifier was given with it.'}
        </p>
      )}
    </div>
  );
}
