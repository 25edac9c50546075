import type { Mention } from '../article-types.ts';

// The head word of a unit of a larger organisation ("Quds Force", "Aerospace Force", "Unit 840").
const UNIT_HEAD =
  /\b(?:Force|Forces|Command|Unit|Branch|Wing|Brigade|Brigades|Division|Directorate|Corps|Regiment|Battalion|Department|Office)(?:\s+\d+)?$/u;

/**
 * Joins an organisation and the unit named right after it across a bare hyphen ("Islamic
 * Revolutionary Guard Corps-Quds Force") into one mention: apart, the parent is screened for the
 * unit the article means. Two organisations joined by a spaced dash or any other word stay two.
 */
export function joinUnitNames(text: string, mentions: readonly Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const joined: Mention[] = [];
  for (const mention of sorted) {
    const previous = joined.at(-1);
    if (
      previous !== undefined &&
      previous.type === 'organization' &&
      // The unit's head word makes it a body whatever type the tagger gave it ("Quds Force" as a
      // place).
      mention.type !== 'group' &&
      mention.source !== 'pronoun' &&
      /^[-‑–]$/u.test(text.slice(previous.end, mention.start)) &&
      UNIT_HEAD.test(mention.name)
    ) {
      const { listedKey: _parentKey, ...parent } = previous;
      joined[joined.length - 1] = {
        ...parent,
        type: 'organization',
        end: mention.end,
        text: text.slice(previous.start, mention.end),
        name: `${previous.name}-${mention.name}`,
        honorifics: [...previous.honorifics, ...mention.honorifics],
      };
      continue;
    }
    joined.push(mention);
  }
  return joined;
}
