import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ListFormat, ListName, ListParser, SourcedEntity } from '../../src/core/index.ts';

/** The shared data folder, beside the repository. */
export const SHARED_DATA = new URL('../../../shared/data/', import.meta.url);

/** True when the shared data folder is present. */
export function sharedDataPresent(): boolean {
  return existsSync(fileURLToPath(SHARED_DATA));
}

interface ListFile {
  list: ListName;
  format: ListFormat;
  path: string;
  module: string;
  exportName: string;
}

const LIST_FILES: readonly ListFile[] = [
  {
    list: 'un',
    format: 'un-xml',
    path: 'un/un_consolidated_2026-02-27.xml',
    module: 'un/un-xml.ts',
    exportName: 'parseUnXml',
  },
  {
    list: 'ofac',
    format: 'ofac-json',
    path: 'ofac/sdn_json_2026-08-20/ofac-sdn.json',
    module: 'ofac/ofac-json.ts',
    exportName: 'parseOfacJson',
  },
  {
    list: 'eu',
    format: 'eu-json',
    path: 'eu/eu_fsf_ammitto_2026-05-01.json',
    module: 'eu/eu-json.ts',
    exportName: 'parseEuJson',
  },
  {
    list: 'uk',
    format: 'uk-json',
    path: 'uk/uk_sanctions_list_ammitto_2026-08-22.json',
    module: 'uk/uk-json.ts',
    exportName: 'parseUkJson',
  },
];

/** Lists loaded for an evaluation, and notes on any that could not be. */
export interface LoadedLists {
  entities: SourcedEntity[];
  notes: string[];
  counts: Record<string, number>;
}

/**
 * Parses the shared list files with the project's own parsers (imported at run time so that a
 * parser still being written only drops its list, with a note, instead of breaking the script).
 */
export async function loadLists(
  lists: readonly ListName[] = ['un', 'ofac', 'eu', 'uk'],
): Promise<LoadedLists> {
  const entities: SourcedEntity[] = [];
  const notes: string[] = [];
  const counts: Record<string, number> = {};
  for (const file of LIST_FILES.filter((f) => lists.includes(f.list))) {
    const modulePath = fileURLToPath(new URL(`../../src/ingest/${file.module}`, import.meta.url));
    if (!existsSync(modulePath)) {
      notes.push(`${file.list}: parser src/ingest/${file.module} not present, list skipped`);
      continue;
    }
    try {
      const module = (await import(modulePath)) as Record<string, unknown>;
      const parse = module[file.exportName] as ListParser | undefined;
      if (parse === undefined) throw new Error(`${file.exportName} not exported`);
      const result = await parse(createReadStream(new URL(file.path, SHARED_DATA)));
      const source = {
        list: file.list,
        version: 1,
        sha256: '',
        importedAt: new Date().toISOString(),
        format: file.format,
        fileName: file.path,
        ...(result.meta.published === undefined ? {} : { published: result.meta.published }),
      };
      for (const entity of result.entities) entities.push({ entity, source });
      counts[file.list] = result.entities.length;
    } catch (error) {
      notes.push(
        `${file.list}: parse failed (${error instanceof Error ? error.message : String(error)})`,
      );
    }
  }
  return { entities, notes, counts };
}
