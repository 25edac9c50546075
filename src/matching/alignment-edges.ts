import type { PartAlignment } from '../core/index.ts';

/** A pairing an alignment may keep: query tokens [qFrom, qTo) with listed tokens [rFrom, rTo). */
export interface Edge {
  qFrom: number;
  qTo: number;
  rFrom: number;
  rTo: number;
  similarity: number;
  evidence: PartAlignment['evidence'];
}

/** The pairings of one alignment: the first `count` of `items`; the objects after are spare. */
export interface EdgeList {
  items: Edge[];
  count: number;
}

// One list serves every alignment (alignNamesFrom runs to its end before another starts, and its
// result copies the edges it keeps). Most alignments end under the reporting floor (scoreCeiling),
// and an object per token pair made for each was garbage right after: the collector's pauses are
// what lengthens the slowest screenings (issue #12, session 18).
const shared: EdgeList = { items: [], count: 0 };

/** The shared edge list, emptied: its edges stay valid until the next call. */
export function clearedEdges(): EdgeList {
  shared.count = 0;
  return shared;
}

/** Appends a pairing to `list`, reusing a spare object when there is one. */
export function addEdge(
  list: EdgeList,
  qFrom: number,
  qTo: number,
  rFrom: number,
  rTo: number,
  similarity: number,
  evidence: PartAlignment['evidence'],
): void {
  const edge = list.items[list.count];
  list.count++;
  if (edge === undefined) {
    list.items.push({ qFrom, qTo, rFrom, rTo, similarity, evidence });
    return;
  }
  edge.qFrom = qFrom;
  edge.qTo = qTo;
  edge.rFrom = rFrom;
  edge.rTo = rTo;
  edge.similarity = similarity;
  edge.evidence = evidence;
}
