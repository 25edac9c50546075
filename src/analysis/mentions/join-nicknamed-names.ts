import type { Mention } from '../article-types.ts';

// Between a given name and a surname, a nickname in quotes: Joaquin "El Chapo" Guzman Loera,
// Ismael "El Mayo" Zambada Garcia. The tagger stops at the quote marks and gives two people.
const NICKNAME_GAP = /^[ \t]+["“‘'](\p{Lu}[^"”’'\n]{0,30})["”’'][ \t]+$/u;

/**
 * Makes one person of a name the press splits with a nickname in quotes (Joaquin "El Chapo"
 * Guzman Loera): the name is the given names and the surname, the nickname left out, as the lists
 * write it. Mentions inside the joined span (the nickname itself) are dropped.
 */
export function joinNicknamedNames(text: string, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const joined: Mention[] = [];
  const replaced = new Set<Mention>();
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    if (first.type !== 'person' || replaced.has(first)) continue;
    const last = sorted.find(
      (m) =>
        m.start > first.end &&
        m.type === 'person' &&
        NICKNAME_GAP.test(text.slice(first.end, m.start)),
    );
    if (last === undefined) continue;
    const whole: Mention = {
      ...first,
      end: last.end,
      text: text.slice(first.start, last.end),
      name: `${first.name} ${last.name}`,
      honorifics: [...new Set([...first.honorifics, ...last.honorifics])],
    };
    for (const m of sorted) if (m.start >= first.start && m.end <= last.end) replaced.add(m);
    joined.push(whole);
  }
  if (joined.length === 0) return [...mentions];
  return [...mentions.filter((m) => !replaced.has(m)), ...joined].sort((a, b) => a.start - b.start);
}
