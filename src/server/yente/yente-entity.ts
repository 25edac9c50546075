import { toFtmEntity, type EntityDates } from '../../app/index.ts';
import type { ListEntity } from '../../core/index.ts';
import { datasetName, yenteSource } from './yente-datasets.ts';
import { ftmSchema } from './yente-schemas.ts';

/** FtM property values; a nested entity takes the place of an id where yente nests. */
export type YenteProperties = Record<string, (string | YenteEntity)[]>;

/** An entity in yente's response shape (`EntityResponse`). */
export interface YenteEntity {
  id: string;
  caption: string;
  schema: string;
  properties: YenteProperties;
  datasets: string[];
  referents: string[];
  target: boolean;
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

/** The authority that publishes each official list, for the nested Sanction entity. */
const AUTHORITIES: Readonly<Record<string, string>> = {
  un: 'United Nations Security Council',
  ofac: 'Office of Foreign Assets Control (US Treasury)',
  eu: 'European Union',
  uk: 'Foreign, Commonwealth and Development Office (UK)',
};

/** yente writes datetimes to the second, without a zone (UTC). */
export function yenteDateTime(iso: string | undefined): string | null {
  return iso === undefined ? null : iso.slice(0, 19);
}

/**
 * The other ids that name an entity and answer 308 to it: the dataset-qualified form
 * (`un_sc_sanctions:TAi.144`). GET /entities also takes the list's bare reference (`TAi.144`, the
 * id Sift's FtM export writes) when one list alone uses it, but that is not unique, so not listed.
 */
export function referentsOf(entity: ListEntity): string[] {
  const qualified = `${datasetName(entity.list)}:${entity.reference}`;
  return qualified === entity.id ? [] : [qualified];
}

/** The id of the Sanction entity nested in a listed entity is the entity's id and this suffix. */
export const SANCTION_SUFFIX = '-sanction';

function sanctionEntity(entity: ListEntity, base: Omit<YenteEntity, 'properties'>): YenteEntity {
  const properties: YenteProperties = {
    entity: [entity.id],
    authority: [AUTHORITIES[entity.list] ?? yenteSource(entity.list).title],
    authorityId: [entity.reference],
  };
  if (entity.programs.length > 0) properties.program = [...entity.programs];
  if (entity.listedOn !== undefined) properties.listingDate = [entity.listedOn];
  if (entity.reason !== undefined) properties.reason = [entity.reason];
  return {
    ...base,
    id: `${entity.id}${SANCTION_SUFFIX}`,
    caption: `Sanction: ${yenteSource(entity.list).title}`,
    schema: 'Sanction',
    properties,
    referents: [],
  };
}

/**
 * A listed entity in yente's shape, dated from the version history. `nested` adds the Sanction
 * entity that lists it under `sanctions`, as yente nests adjacent entities.
 */
export function toYenteEntity(
  entity: ListEntity,
  dates: EntityDates | undefined,
  options: { nested: boolean; activeVersion: number | undefined },
): YenteEntity {
  const properties: YenteProperties = { ...toFtmEntity(entity).properties };
  const base: Omit<YenteEntity, 'properties'> = {
    id: entity.id,
    caption: entity.caption,
    schema: ftmSchema(entity.schema),
    datasets: [datasetName(entity.list)],
    referents: referentsOf(entity),
    // A target is an entity its list names today: held by the active version of the list.
    target:
      dates !== undefined &&
      options.activeVersion !== undefined &&
      dates.versions.includes(options.activeVersion),
    first_seen: yenteDateTime(dates?.firstSeen),
    last_seen: yenteDateTime(dates?.lastSeen),
    last_change: yenteDateTime(dates?.lastChange),
  };
  if (options.nested) properties.sanctions = [sanctionEntity(entity, base)];
  return { ...base, properties };
}
