import type { ListFormat, ListName, ListParser } from '../core/index.ts';
import { parseUnXml } from './un-xml.ts';

/** The parser of each list format Sift reads. */
export const PARSERS: Readonly<Partial<Record<ListFormat, ListParser>>> = {
  'un-xml': parseUnXml,
};

/** The list a format belongs to; FollowTheMoney files name no single list. */
export function listOfFormat(format: ListFormat): ListName | undefined {
  if (format === 'un-xml') return 'un';
  if (format.startsWith('ofac-')) return 'ofac';
  if (format.startsWith('eu-')) return 'eu';
  if (format.startsWith('uk-')) return 'uk';
  return undefined;
}
