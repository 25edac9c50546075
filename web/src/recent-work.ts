// Recent work is kept in this browser (localStorage), so a reload, another tab or tomorrow's
// visit can reopen an analysis or a screening. Nothing leaves the browser; a full storage quota
// drops the oldest items rather than failing the analysis.

const INDEX_KEY = 'sift.recent';
const ITEM_PREFIX = 'sift.work.';
const MAX_ITEMS = 12;

/** One piece of recent work, as the Recent list shows it. */
export interface RecentItem {
  id: string;
  kind: 'analyse' | 'screen' | 'batch';
  label: string;
  /** The address that reopens it. */
  hash: string;
  /** ISO time the work was done. */
  at: string;
  /** The audit record that logged it, when the page could find it. */
  auditSeq?: number;
}

function readJson(key: string): unknown {
  try {
    const text = localStorage.getItem(key);
    return text === null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The recent work, newest first. */
export function recentItems(): RecentItem[] {
  const items = readJson(INDEX_KEY);
  return Array.isArray(items) ? (items as RecentItem[]) : [];
}

/** A short id for a new piece of work. */
export function newWorkId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Adds (or replaces, by id or by address) an item at the top of the recent list, and stores its
 * payload when given; the oldest items and their payloads go when the list or the quota is full.
 */
export function rememberWork(item: RecentItem, payload?: unknown): void {
  let items = [item, ...recentItems().filter((i) => i.id !== item.id && i.hash !== item.hash)];
  for (const dropped of items.slice(MAX_ITEMS)) localStorage.removeItem(ITEM_PREFIX + dropped.id);
  items = items.slice(0, MAX_ITEMS);
  if (payload !== undefined) {
    for (;;) {
      try {
        localStorage.setItem(ITEM_PREFIX + item.id, JSON.stringify(payload));
        break;
      } catch {
        const oldest = items.findLast((i) => i.id !== item.id && i.kind === 'analyse');
        if (oldest === undefined) break;
        localStorage.removeItem(ITEM_PREFIX + oldest.id);
        items = items.filter((i) => i !== oldest);
      }
    }
  }
  try {
    localStorage.setItem(INDEX_KEY, JSON.stringify(items));
  } catch {
    // The index is small; if even it does not fit, recent work is simply not kept.
  }
  dispatchEvent(new Event('sift-recent'));
}

/** Records the audit record number of an item once the page has found it. */
export function setAuditSeq(id: string, seq: number): void {
  const items = recentItems();
  const item = items.find((i) => i.id === id);
  if (item === undefined) return;
  item.auditSeq = seq;
  localStorage.setItem(INDEX_KEY, JSON.stringify(items));
  dispatchEvent(new Event('sift-recent'));
}

/** The stored payload of one item (an analysis with its input), if the browser still has it. */
export function workPayload(id: string): unknown {
  return readJson(ITEM_PREFIX + id);
}

/** A value kept for this browser, e.g. the article being pasted, so switching views keeps it. */
export function loadDraft(name: string): string {
  return localStorage.getItem(`sift.draft.${name}`) ?? '';
}

/** Saves (or clears, when empty) a draft value. */
export function saveDraft(name: string, value: string): void {
  try {
    if (value === '') localStorage.removeItem(`sift.draft.${name}`);
    else localStorage.setItem(`sift.draft.${name}`, value);
  } catch {
    // A draft too large for the quota stays in the page only.
  }
}
