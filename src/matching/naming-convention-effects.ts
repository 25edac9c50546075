import type { QualifierEffect } from '../core/index.ts';
import type { NameForm } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';
import {
  MATERNAL_SURNAME_ALONE_FACTOR,
  matchesMaternalSurnameAlone,
} from './maternal-surname-alone.ts';
import { readsSyllablesBackwards, REVERSED_SYLLABLES_FACTOR } from './reversed-syllables.ts';
import { SWAPPED_CHAIN_FACTOR, swapsChainOrder } from './swapped-chain.ts';

/**
 * The coverage effects on a person's match of the order a naming convention gives to name parts
 * (session 12): a Spanish name's paternal surname first, a Korean given name's syllables in order,
 * an Arabic name's chain of fathers in order (session 18).
 * `full` is the listed name as written.
 */
export function namingConventionEffects(
  alignment: NameAlignment,
  query: NameForm,
  listed: NameForm,
  full: string,
): QualifierEffect[] {
  const effects: QualifierEffect[] = [];
  const score = alignment.score;
  if (matchesMaternalSurnameAlone(alignment, listed, full)) {
    effects.push({
      qualifier: 'coverage',
      contribution: round(score * (MATERNAL_SURNAME_ALONE_FACTOR - 1)),
      detail:
        'the listed first (paternal) surname is missing and only the second (maternal) one is matched',
    });
  }
  if (readsSyllablesBackwards(alignment, query)) {
    effects.push({
      qualifier: 'coverage',
      contribution: round(score * (REVERSED_SYLLABLES_FACTOR - 1)),
      detail: 'the syllables of the given name are matched in the reverse order, another name',
    });
  } else if (swapsChainOrder(alignment, listed, full)) {
    effects.push({
      qualifier: 'coverage',
      contribution: round(score * (SWAPPED_CHAIN_FACTOR - 1)),
      detail: 'two of the names are matched in the other order (a father’s name for a son’s)',
    });
  }
  return effects;
}

/** Rounds to 3 decimals for explanations. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
