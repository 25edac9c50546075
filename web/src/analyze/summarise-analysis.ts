import type { ArticleAnalysis } from '../api-types.ts';

/** The counts the summary bar and the exports show. */
export interface AnalysisCounts {
  listed: number;
  partial: number;
  people: number;
  organizations: number;
  attributed: number;
  weaklySourced: number;
  unattributed: number;
}

/** Counts listed entities, people and statements by kind. */
export function summariseAnalysis(analysis: ArticleAnalysis): AnalysisCounts {
  const status = analysis.entities.map((e) => e.screening?.match ?? 'none');
  const kinds = analysis.statements.map((s) => s.kind);
  return {
    listed: status.filter((s) => s === 'match').length,
    partial: status.filter((s) => s === 'partial').length,
    people: analysis.entities.filter((e) => e.type === 'person').length,
    organizations: analysis.entities.filter((e) => e.type === 'organization').length,
    attributed: kinds.filter((k) => k === 'quote' || k === 'reported').length,
    weaklySourced: kinds.filter((k) => k === 'weakly-sourced').length,
    unattributed: kinds.filter((k) => k === 'unattributed').length,
  };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary line, e.g. "4 listed · 9 people · 17 attributed statements · 8 unattributed claims". */
export function summaryParts(counts: AnalysisCounts): string[] {
  return [
    `${counts.listed} listed`,
    ...(counts.partial > 0 ? [`${counts.partial} partial`] : []),
    plural(counts.people, 'person', 'people'),
    plural(counts.organizations, 'organisation', 'organisations'),
    plural(counts.attributed, 'attributed statement', 'attributed statements'),
    ...(counts.weaklySourced > 0 ? [`${counts.weaklySourced} weakly sourced`] : []),
    plural(counts.unattributed, 'unattributed claim', 'unattributed claims'),
  ];
}
