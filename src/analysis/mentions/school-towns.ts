import type { Mention } from '../article-types.ts';

// "Harrow School" … "he was sent to Harrow": a school named after its town is called by the town's
// name alone (GUM dev, Byron's life: six "Harrow"s, all the school). "College" and "University"
// are left out: beside "Boston College" or "Dhaka University", "Boston" and "Dhaka" are the cities.
const SCHOOL = /^(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)\s+School$/u;

/** The towns the article's schools are named after ("Harrow" for "Harrow School"). */
export function schoolTowns(mentions: readonly Mention[]): Set<string> {
  return new Set(
    mentions
      .filter((m) => m.type === 'organization')
      .map((m) => SCHOOL.exec(m.name)?.[1])
      .filter((town) => town !== undefined),
  );
}

/**
 * Retypes as the school a place named like a school's town; a listed place (the gazetteer's)
 * keeps its type.
 */
export function retypeSchoolTowns(mentions: readonly Mention[], towns: Set<string>): Mention[] {
  return mentions.map((m) =>
    m.type === 'place' && m.source !== 'gazetteer' && towns.has(m.name)
      ? { ...m, type: 'organization' }
      : m,
  );
}
