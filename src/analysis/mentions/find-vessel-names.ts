import type { Mention } from '../article-types.ts';
import { VESSEL_ROLE } from './vessel-role.ts';

// A ship's name in capitals right after the words news puts before one ("the Panama-flagged MASAL",
// "the tanker JAYA"): Treasury and shipping news print listed vessels as OFAC writes them, and the
// tagger, trained on running text, reads one capitalised word as no name. Letters, digits and
// hyphens, three characters at least, up to four words.
const VESSEL_NAME =
  /(?:-flagged|-registered|\b(?:vessel|tanker|supertanker|freighter))\s+(?:(?:tanker|vessel|ship)\s+)?((?:\p{Lu}[\p{Lu}\d-]{2,})(?:\s+(?:\p{Lu}[\p{Lu}\d-]*|\d+)){0,3})\b/gu;

/**
 * Ships named in capitals after a flag or a ship word that no other mention covers, as
 * organisations with the vessel role (screened among listed vessels too).
 */
export function findVesselNames(text: string, mentions: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(VESSEL_NAME)) {
    const name = match[1];
    if (name === undefined) continue;
    const start = match.index + match[0].length - name.length;
    const end = start + name.length;
    if (mentions.some((m) => m.start < end && start < m.end)) continue;
    found.push({
      start,
      end,
      text: name,
      name,
      type: 'organization',
      source: 'rule',
      honorifics: [VESSEL_ROLE],
    });
  }
  return found;
}
