import type { AnalyzedEntity, ArticleAnalysis, EntityHit, Statement } from '../article-types.ts';

/** A block of the report: a heading and its lines, rendered as Markdown or HTML. */
interface Section {
  heading: string;
  items: string[][];
}

/**
 * Renders an analysis as a readable report: listed entities first (list, reference, listing
 * reason, matched name), then partial hits, then statements grouped by speaker, then the claims
 * with no source. HTML output escapes every piece of text.
 */
export function formatReport(analysis: ArticleAnalysis, format: 'md' | 'html'): string {
  const sections = buildSections(analysis);
  const title = analysis.title ?? 'Untitled article';
  const facts = [
    analysis.byline === null ? null : `By ${analysis.byline}`,
    analysis.published === null ? null : `Published ${analysis.published}`,
    analysis.site,
    analysis.tags.length > 0 ? `Tags: ${analysis.tags.join(', ')}` : null,
    ...analysis.warnings.map((w) => `Warning: ${w}`),
  ].filter((f): f is string => f !== null);
  if (format === 'md') {
    const out = [`# ${title}`, '', ...facts.map((f) => `- ${f}`), ''];
    for (const section of sections) {
      out.push(`## ${section.heading}`, '');
      if (section.items.length === 0) out.push('None.', '');
      for (const item of section.items)
        out.push(`- ${item[0] ?? ''}`, ...item.slice(1).map((l) => `  - ${l}`));
      out.push('');
    }
    return out.join('\n');
  }
  const out = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title></head><body>`,
    `<h1>${escapeHtml(title)}</h1>`,
    `<ul>${facts.map((f) => `<li>${escapeHtml(f)}</li>`).join('')}</ul>`,
  ];
  for (const section of sections) {
    out.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    if (section.items.length === 0) out.push('<p>None.</p>');
    else
      out.push(
        '<ul>',
        ...section.items.map(
          (item) =>
            `<li>${escapeHtml(item[0] ?? '')}${
              item.length > 1
                ? `<ul>${item
                    .slice(1)
                    .map((l) => `<li>${escapeHtml(l)}</li>`)
                    .join('')}</ul>`
                : ''
            }</li>`,
        ),
        '</ul>',
      );
  }
  out.push('</body></html>');
  return out.join('\n');
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function buildSections(analysis: ArticleAnalysis): Section[] {
  const screened = analysis.entities.filter((e) => e.screening !== null);
  const listed = screened.filter((e) => e.screening?.match === 'match');
  const partial = screened.filter((e) => e.screening?.match === 'partial');
  const clear = screened.filter((e) => e.screening?.match === 'none');
  const others = analysis.entities.filter((e) => e.screening === null);
  const bySpeaker = new Map<string, Statement[]>();
  for (const s of analysis.statements) {
    if (s.kind === 'unattributed') continue;
    const key = s.speakerName ?? 'unnamed source';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), s]);
  }
  return [
    { heading: 'Listed entities', items: listed.map((e) => entityItem(e, 'match')) },
    { heading: 'Partial hits (not matches)', items: partial.map((e) => entityItem(e, 'partial')) },
    {
      heading: 'Screened, no hit',
      items: clear.length === 0 ? [] : [[clear.map((e) => `${e.name} (${e.type})`).join(', ')]],
    },
    {
      heading: 'Statements by speaker',
      items: [...bySpeaker.entries()].map(([speaker, statements]) => [
        speaker,
        ...statements.map(
          (s) =>
            `[${s.kind}${s.cue === null ? '' : `, ${s.cue}`}${s.medium === null ? '' : `, in ${s.medium}`}] ${s.text}`,
        ),
      ]),
    },
    {
      heading: 'Unattributed claims',
      items: analysis.statements.filter((s) => s.kind === 'unattributed').map((s) => [s.text]),
    },
    {
      heading: 'Other names (places and groups, not screened)',
      items: others.length === 0 ? [] : [[others.map((e) => `${e.name} (${e.type})`).join(', ')]],
    },
    {
      heading: 'Removed from the input',
      items: analysis.removed.map((r) => [`${r.reason}: ${r.text}`]),
    },
  ];
}

function entityItem(entity: AnalyzedEntity, status: 'match' | 'partial'): string[] {
  const hits = (entity.screening?.hits ?? []).filter((h) => h.match === status);
  return [
    `${entity.name} (${entity.type}, ${entity.mentions.length} mention${entity.mentions.length === 1 ? '' : 's'})`,
    ...hits.map(hitLine),
  ];
}

function hitLine(hit: EntityHit): string {
  const parts = [
    `${hit.list.toUpperCase()} ${hit.reference} ${hit.caption}`,
    `score ${hit.score.toFixed(2)}`,
    `matched "${hit.matchedName.full}" (${hit.matchedName.kind}) with "${hit.queryName}"`,
  ];
  if (hit.sameEntityAs !== undefined) parts.push(`same entity as ${hit.sameEntityAs}`);
  if (hit.partialReason !== undefined) parts.push(`partial: ${hit.partialReason}`);
  if (hit.countryEvidence.length > 0)
    parts.push(`article also names ${hit.countryEvidence.join(', ')}`);
  if (hit.reason !== undefined)
    parts.push(`listed for: ${hit.reason.slice(0, 300)}${hit.reason.length > 300 ? '…' : ''}`);
  return parts.join('; ');
}
