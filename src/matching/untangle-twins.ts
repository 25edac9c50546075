// Identical tokens are interchangeable to the greedy aligner, which pairs them in index order: the
// query "Abd al-Muayyid al-Banai" against OFAC's "AL-BANAI, Abd al-Muayyid" paired the al of
// al-Muayyid with the al of AL-BANAI and the other way round, so each al stood beside the other
// name and the binding test (align-names.ts, bindingBroken) read the abd- name as broken: 0.81
// for the same five words (session 23, issue #13). The same crossing comes with any particle a
// name repeats (al, bin, ibn, de, van) once the list writes the surname first.
import type { NameToken } from '../names/index.ts';
import type { AlignedEdge } from './align-names.ts';

/**
 * Re-pairs single-token edges between identical tokens so that each stands beside the tokens its
 * neighbours are paired with, where the greedy order crossed them. The pairs hold the same texts,
 * so the matched weight and similarity do not change; only which copy meets which does.
 */
export function untangleTwins(
  edges: AlignedEdge[],
  query: readonly NameToken[],
  listed: readonly NameToken[],
): void {
  for (let a = 0; a < edges.length; a++) {
    for (let b = a + 1; b < edges.length; b++) {
      const first = edges[a]!;
      const second = edges[b]!;
      if (!twins(first, second, query, listed)) continue;
      const kept =
        neighboursAgree(edges, first.qFrom, first.rFrom, query, listed) +
        neighboursAgree(edges, second.qFrom, second.rFrom, query, listed);
      const swapped =
        neighboursAgree(edges, first.qFrom, second.rFrom, query, listed) +
        neighboursAgree(edges, second.qFrom, first.rFrom, query, listed);
      if (swapped <= kept) continue;
      edges[a] = { ...first, rFrom: second.rFrom, rTo: second.rTo };
      edges[b] = { ...second, rFrom: first.rFrom, rTo: first.rTo };
    }
  }
}

/** True when two edges each pair one token with one, the same text and role on each side. */
function twins(
  first: AlignedEdge,
  second: AlignedEdge,
  query: readonly NameToken[],
  listed: readonly NameToken[],
): boolean {
  if (!single(first) || !single(second) || first.similarity !== second.similarity) return false;
  return (
    sameToken(query[first.qFrom], query[second.qFrom]) &&
    sameToken(listed[first.rFrom], listed[second.rFrom]) &&
    first.weight === second.weight
  );
}

/** True for an edge that pairs one query token with one listed token. */
function single(edge: AlignedEdge): boolean {
  return edge.qTo - edge.qFrom === 1 && edge.rTo - edge.rFrom === 1;
}

/** True when two tokens are the same word in the same role. */
function sameToken(a: NameToken | undefined, b: NameToken | undefined): boolean {
  return a !== undefined && b !== undefined && a.text === b.text && a.role === b.role;
}

/**
 * How many of query token `i`'s neighbours (the one before, the one after) are paired with the
 * listed token in the same place beside listed token `j`.
 */
function neighboursAgree(
  edges: readonly AlignedEdge[],
  i: number,
  j: number,
  query: readonly NameToken[],
  listed: readonly NameToken[],
): number {
  let agree = 0;
  for (const step of [-1, 1]) {
    const qi = i + step;
    const rj = j + step;
    if (qi < 0 || rj < 0 || qi >= query.length || rj >= listed.length) continue;
    if (edges.some((e) => e.qFrom <= qi && qi < e.qTo && e.rFrom <= rj && rj < e.rTo)) agree++;
  }
  return agree;
}
