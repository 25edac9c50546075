// A religious title the query and the listed person share (sift-match-6, issue #13). The press
// writes the Taliban's prime minister as "Mullah Mohammad Hassan": two names that thousands bear,
// which alone say little about who is meant, and a title that the UN list gives him. Among the
// people named Mohammad Hassan, the title points at the mullah; so the title counts as one more
// matched part, of a common name's weight, and the match is no longer one of common names only.
import type { ListEntity } from '../core/index.ts';
import { honorificOf, isMidNameHonorific } from '../names/index.ts';
import type { NameForm } from '../names/index.ts';
import type { NameAlignment } from './align-names.ts';
import { COMMON_NAME_WEIGHT } from './name-evidence.ts';

/**
 * Weight of a shared title as evidence: a title is held by many listed people (Mullah by about a
 * hundred Taliban entries in each list), so it weighs as a common name does.
 */
export const SHARED_TITLE_WEIGHT = COMMON_NAME_WEIGHT;

/** The canonical religious titles a list gives an entity, in its titles or inside its names. */
export function religiousTitlesOf(entity: ListEntity): Set<string> {
  const found = new Set<string>();
  const words = [...entity.titles, ...entity.names.map((n) => n.full)].flatMap((text) =>
    text.split(/[\s,;()]+/),
  );
  for (const word of words) {
    const title = honorificOf(word);
    if (title !== undefined && isMidNameHonorific(title)) found.add(title);
  }
  return found;
}

/**
 * The religious title (Mullah, Mawlawi, Qari, Mufti, Ayatollah …) that the query carries and the
 * list gives the entity, or undefined. Only titles that are never names count: Haji, Sheikh and
 * Imam are also given names and fathers' names, and Dr or General say nothing about a militant.
 */
export function sharedTitle(
  queryHonorifics: readonly string[] | undefined,
  entity: ListEntity,
): string | undefined {
  const religious = (queryHonorifics ?? []).filter(isMidNameHonorific);
  if (religious.length === 0) return undefined;
  const listed = religiousTitlesOf(entity);
  return religious.find((title) => listed.has(title));
}

/**
 * The alignment with a shared title credited as an exact matched part of SHARED_TITLE_WEIGHT, and
 * without the extra costs of a match of common names only: the title is the evidence those names
 * lacked. A title alone matches nothing, so an alignment with no matched listed name is unchanged.
 */
export function withSharedTitle(
  alignment: NameAlignment,
  title: string,
  listed: NameForm,
): NameAlignment {
  const matchesName = alignment.edges.some((e) =>
    listed.tokens.slice(e.rFrom, e.rTo).some((t) => t.role === 'name'),
  );
  if (!matchesName) return alignment;
  const numerator = alignment.numerator + SHARED_TITLE_WEIGHT;
  const denominator = alignment.denominator + SHARED_TITLE_WEIGHT - (alignment.commonOnlyCost ?? 0);
  const score = denominator > 0 ? (numerator / denominator) * alignment.factor : 0;
  const { commonOnly: _commonOnly, commonOnlyCost: _commonOnlyCost, ...rest } = alignment;
  return { ...rest, numerator, denominator, score, sharedTitle: title };
}
