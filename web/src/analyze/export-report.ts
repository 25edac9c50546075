// The report exports are renderings of the API's analysis JSON, built in the browser so the
// analyst gets exactly what the page shows; every article and list string is escaped.
import type { ArticleAnalysis } from '../api-types.ts';
import { stampLine, type ReportStamp } from '../report-stamp.ts';
import { listedEntities, readableCaption } from './listed-entities-box.tsx';
import { groupStatements } from './statement-list.tsx';
import { readableOutcome, summariseAnalysis, summaryParts } from './summarise-analysis.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

// Only the characters that make inline Markdown (emphasis, code, links, HTML, tables) are escaped:
// a reference such as "QDe.004" must read as written. Every line the report writes starts with its
// own marker ("- ", "# "), so a "." or "-" inside the text cannot start a list or a heading.
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

function listedLines(analysis: ArticleAnalysis): { name: string; hits: string[] }[] {
  return listedEntities(analysis).map(({ entity, lead, listings }) => ({
    name: `${entity.name}: ${readableCaption(lead, entity.name)}`,
    hits: listings.map(
      (h) => `${h.list.toUpperCase()} ${h.reference} (score ${Math.round(h.score * 100)}%)`,
    ),
  }));
}

function summaryText(analysis: ArticleAnalysis): string {
  const outcome = readableOutcome(analysis);
  if (outcome === 'unreadable')
    return 'Sift could not read any article text from this input; nothing was screened. This is not a clean result.';
  if (outcome === 'no-names') return 'No names found in the text, so no one was screened.';
  return summaryParts(summariseAnalysis(analysis)).join(' · ');
}

/** The analysis as a Markdown report. */
export function toMarkdown(analysis: ArticleAnalysis, stamp: ReportStamp): string {
  const lines: string[] = [`# ${escapeMarkdown(analysis.title ?? 'Untitled article')}`, ''];
  lines.push(`_${escapeMarkdown(stampLine(stamp))}_`, '');
  lines.push(summaryText(analysis), '');
  lines.push('## Listed entities', '');
  if (listedLines(analysis).length === 0) lines.push('None.');
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
export function toHtml(analysis: ArticleAnalysis, stamp: ReportStamp): string {
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
<p><small>${e(stampLine(stamp))}</small></p>
<p>${e(summaryText(analysis))}</p>
<h2>Listed entities</h2>${listed === '' ? '<p>None.</p>' : `<ul>${listed}</ul>`}
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

/** The analysis JSON as the API returned it, under the stamp of when and how it was made. */
export function toJson(analysis: ArticleAnalysis, stamp: ReportStamp): string {
  return `${JSON.stringify({ stamp, ...analysis }, null, 2)}\n`;
}
