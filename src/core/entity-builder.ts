import type { ListEntity, ListName, Schema } from './list-entity.ts';

/** A new entity with every list field empty, for parsers to fill in. */
export function newEntity(
  list: ListName,
  reference: string,
  schema: Schema,
  caption: string,
): ListEntity {
  return {
    id: `${list}:${reference}`,
    list,
    reference,
    schema,
    caption,
    names: [],
    birthDates: [],
    birthPlaces: [],
    nationalities: [],
    countries: [],
    identifiers: [],
    addresses: [],
    programs: [],
    titles: [],
    positions: [],
    amendedOn: [],
    properties: {},
  };
}
