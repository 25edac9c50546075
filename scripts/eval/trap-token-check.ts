// Checks candidate trap names (a TSV of name and source) against every name of every loaded list
// record, before Sift is run on them: a trap must share at least one token with some listed name
// (or it tests nothing) and no listed name may hold all its tokens (or it may be listed).
// With --holders, prints every record holding all of a name's tokens instead (to find a positive's
// references on all four lists).
// Usage: npx tsx scripts/eval/trap-token-check.ts candidates.tsv [--holders]
import { readFileSync } from 'node:fs';
import { loadLists } from './load-lists.ts';

/** Lower-case Latin tokens of a name, accents and punctuation dropped, articles set aside. */
function tokensOf(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '' && !['al', 'el', 'and', 'of', 'the', 'abu', 'bin'].includes(t));
}

const { entities } = await loadLists();
const listed = entities.flatMap((e) =>
  e.entity.names.map((n) => ({ id: e.entity.id, name: n.full, tokens: new Set(tokensOf(n.full)) })),
);
const seen = new Set(listed.flatMap((l) => [...l.tokens]));
for (const line of readFileSync(process.argv[2]!, 'utf8').split('\n')) {
  const [name = '', source = ''] = line.split('\t');
  if (name.trim() === '') continue;
  const tokens = tokensOf(name);
  if (process.argv.includes('--holders')) {
    const ids = new Set(
      listed.filter((l) => tokens.every((t) => l.tokens.has(t))).map((l) => l.id),
    );
    console.log(`${name}\t${[...ids].join(';')}`);
    continue;
  }
  const holder = listed.find((l) => tokens.every((t) => l.tokens.has(t)));
  const shared = tokens.filter((t) => seen.has(t));
  const verdict =
    holder !== undefined
      ? `LISTED? ${holder.id} ${holder.name}`
      : shared.length === 0
        ? 'no shared token'
        : `ok (shares ${shared.join(', ')})`;
  console.log(`${name}\t${verdict}\t${source}`);
}
