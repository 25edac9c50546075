import type { ListFormat, ListName, ListParser } from '../core/index.ts';
import { parseEuJson } from './eu/eu-json.ts';
import { parseEuXml } from './eu/eu-xml.ts';
import { parseFtmJson } from './ftm/ftm-json.ts';
import { parseOfacCsv } from './ofac/ofac-csv.ts';
import { parseOfacJson } from './ofac/ofac-json.ts';
import { parseUkCsv } from './uk/uk-csv.ts';
import { parseUkJson } from './uk/uk-json.ts';
import { parseUkXml } from './uk/uk-xml.ts';
import { parseUnXml } from './un/un-xml.ts';

/** The parser of each list format Sift reads. */
export const PARSERS: Readonly<Partial<Record<ListFormat, ListParser>>> = {
  'un-xml': parseUnXml,
  'eu-xml': parseEuXml,
  'eu-json': parseEuJson,
  'ftm-json': parseFtmJson,
  'ofac-csv': parseOfacCsv,
  'ofac-json': parseOfacJson,
  'uk-csv': parseUkCsv,
  'uk-xml': parseUkXml,
  'uk-json': parseUkJson,
};

/** The list a format belongs to; FollowTheMoney files name no single list. */
export function listOfFormat(format: ListFormat): ListName | undefined {
  if (format === 'un-xml') return 'un';
  if (format.startsWith('ofac-')) return 'ofac';
  if (format.startsWith('eu-')) return 'eu';
  if (format.startsWith('uk-')) return 'uk';
  return undefined;
}
