// The report exports are renderings of the API's analysis JSON, built in the browser so the
// analyst gets exactly what the page shows; every article and list string is escaped.
import type { ArticleAnalysis } from '../api-types.ts';
import { groupStatements } from './statement-list.tsx';
import { summariseAnalysis, summaryParts } from './summarise-analysis.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// Markdown has no escaping that survives every renderer; backslash-escaping its punctuation and
// the angle brackets keeps article text from turning into links, HTML or emphasis.
function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function listedLines(analysis: ArticleAnalysis): { name: string; hits: string[] }[] {
  return analysis.entities
    .filter((e) => (e.screening?.hits.length ?? 0) > 0)
    .map((e) => ({
      name: e.name,
      hits: (e.screening?.hits ?? []).map(
        (h) =>
          `${h.list.toUpperCase()} ${h.reference} ${h.caption} (${h.match}, score ${Math.round(h.score * 100)}%)`,
      ),
    }));
}

/** The analysis as a Markdown report. */
export function toMarkdown(analysis: ArticleAnalysis): string {
  const lines: string[] = [`# ${escapeMarkdown(analysis.title ?? 'Untitled article')}`, ''];
  lines.push(summaryParts(summariseAnalysis(analysis)).join(' · '), '');
  lines.push('## Listed entities', '');
  for (const e of listedLines(analysis)) {
    lines.push(`- **${escapeMarkdown(e.name)}**`);
    for (const h of e.hits) lines.push(`  - ${escapeMarkdown(h)}`);
  }
  const { speakers, weak, unattributed } = groupStatements(analysis);
  lines.push('', '## Statements', '');
  for (const group of [...speakers, weak, unattributed]) {
    if (group.items.length === 0) continue;
    lines.push(`### ${escapeMarkdown(group.title)}`, '');
    for (const { statement } of group.items)
      lines.push(`- (${statement.kind}) ${escapeMarkdown(statement.text)}`);
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** The analysis as a standalone HTML report. */
export function toHtml(analysis: ArticleAnalysis): string {
  const e = escapeHtml;
  const { speakers, weak, unattributed } = groupStatements(analysis);
  const groups = [...speakers, weak, unattributed]
    .filter((g) => g.items.length > 0)
    .map(
      (g) =>
        `<h3>${e(g.title)}</h3><ul>${g.items
          .map(({ statement: s }) => `<li><em>${e(s.kind)}</em> ${e(s.text)}</li>`)
          .join('')}</ul>`,
    )
    .join('\n');
  const listed = listedLines(analysis)
    .map(
      (x) =>
        `<li><strong>${e(x.name)}</strong><ul>${x.hits.map((h) => `<li>${e(h)}</li>`).join('')}</ul></li>`,
    )
    .join('\n');
  const title = e(analysis.title ?? 'Untitled article');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} · Sift report</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem}</style>
</head><body>
<h1>${title}</h1>
<p>${e(summaryParts(summariseAnalysis(analysis)).join(' · '))}</p>
<h2>Listed entities</h2><ul>${listed}</ul>
<h2>Statements</h2>
${groups}
<h2>Article text</h2>
${analysis.text
  .split(/\n{2,}/)
  .map((p) => `<p>${e(p)}</p>`)
  .join('\n')}
</body></html>
`;
}

/** The analysis JSON exactly as the API returned it. */
export function toJson(analysis: ArticleAnalysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}
