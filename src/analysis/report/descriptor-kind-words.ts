import { nameKey } from '../../names/index.ts';

// The kinds of body that a listed name says in a word beside its own ("WAGNER GROUP", "Grupo
// Wagner"), with the descriptors news puts before the bare name to say the same kind ("the
// mercenary group Wagner", "Söldnertruppe Wagner", "le groupe Wagner"). German compounds end in
// the head word ("Söldner-Gruppe", "Rüstungskonzerns"); descriptors are compared as name keys,
// without accents.
const KINDS: readonly { listed: ReadonlySet<string>; descriptor: RegExp }[] = [
  {
    listed: new Set(['group', 'grupo', 'gruppe', 'groupe', 'grupa', 'grupp']),
    descriptor: /(?:group|gruppe|groupe|grupo|truppe|troupe)n?$/u,
  },
  {
    listed: new Set(['company', 'corporation', 'concern', 'konzern']),
    descriptor:
      /(?:company|corporation|conglomerate|concern|firm|konzerns?|unternehmens?|firma|societe|compagnie|empresa|compania|conglomerat)$/u,
  },
];

/**
 * The listed words that a descriptor before the article's name supplies ("group" of "WAGNER
 * GROUP" after "Söldner-Gruppe"): only words that say the same kind of body as the descriptor.
 */
export function wordsGivenByDescriptor(
  missing: readonly string[],
  descriptors: readonly string[],
): Set<string> {
  const heads = descriptors.map((d) => nameKey(d).split(' ').at(-1) ?? '');
  const given = new Set<string>();
  for (const word of missing)
    for (const kind of KINDS)
      if (kind.listed.has(word) && heads.some((head) => kind.descriptor.test(head)))
        given.add(word);
  return given;
}
