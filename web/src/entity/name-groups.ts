// A listed entity may carry 60 and more names (UN and EU give every transliteration). The page
// groups them by how the list labels them, then by writing system, so the analyst reads the
// Latin primary name first and finds the Arabic or Cyrillic originals in their own group.
import type { ListEntity, NameKind } from '../api-types.ts';

/** The names of one kind in one script. */
export interface NameGroup {
  kind: NameKind;
  script: string;
  names: string[];
}

const KIND_ORDER: readonly NameKind[] = [
  'primary',
  'alias',
  'original-script',
  'former',
  'weak-alias',
];

/** A plain label for a kind of name. */
export const KIND_LABEL: Readonly<Record<NameKind, string>> = {
  primary: 'Primary name',
  alias: 'Also known as',
  'original-script': 'Original script',
  former: 'Formerly known as',
  'weak-alias': 'Weak aliases (low quality, not enough alone)',
};

const SCRIPTS: readonly [string, RegExp][] = [
  ['Arabic', /\p{Script=Arabic}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Chinese', /\p{Script=Han}/u],
  ['Korean', /\p{Script=Hangul}/u],
  ['Japanese', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Burmese', /\p{Script=Myanmar}/u],
];

/** The writing system of a name: Latin, or the first other script found in it. */
export function scriptOf(name: string): string {
  for (const [label, pattern] of SCRIPTS) if (pattern.test(name)) return label;
  return 'Latin';
}

/** The entity's names grouped by kind (primary first) and script (Latin first), without repeats. */
export function groupNames(names: ListEntity['names']): NameGroup[] {
  const groups = new Map<string, NameGroup>();
  const seen = new Set<string>();
  for (const n of names) {
    const folded = n.full.toLowerCase().replace(/\s+/g, ' ').trim();
    if (folded === '' || seen.has(folded)) continue;
    seen.add(folded);
    const script = scriptOf(n.full);
    const key = `${n.kind}|${script}`;
    const group = groups.get(key) ?? { kind: n.kind, script, names: [] };
    group.names.push(n.full);
    groups.set(key, group);
  }
  return [...groups.values()]
    .map((g) => ({ ...g, names: g.names.sort((a, b) => a.localeCompare(b)) }))
    .sort(
      (a, b) =>
        KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
        Number(a.script !== 'Latin') - Number(b.script !== 'Latin') ||
        a.script.localeCompare(b.script),
    );
}

/**
 * A caption an English reader can read: the list's caption when it is in Latin letters, else its
 * first Latin primary name or alias (EU captions are whichever language came first, "Η Βάση").
 */
export function latinCaption(entity: Pick<ListEntity, 'caption' | 'names'>): string {
  if (scriptOf(entity.caption) === 'Latin') return entity.caption;
  for (const kind of ['primary', 'alias', 'former', 'weak-alias'] as const) {
    const found = entity.names.find((n) => n.kind === kind && scriptOf(n.full) === 'Latin');
    if (found !== undefined) return found.full;
  }
  return entity.caption;
}
