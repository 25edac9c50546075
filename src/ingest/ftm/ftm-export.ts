import type { ListEntity, Schema } from '../../core/index.ts';

const FTM_SCHEMAS: Record<Schema, string> = {
  Person: 'Person',
  Organization: 'Organization',
  LegalEntity: 'LegalEntity',
  Vessel: 'Vessel',
  Aircraft: 'Airplane',
};

/** Identifier types that are FtM properties of their own; the rest are written as idNumber. */
const ID_PROPERTIES: Record<string, string> = {
  passportNumber: 'passportNumber',
  passport: 'passportNumber',
  imoNumber: 'imoNumber',
  imo: 'imoNumber',
  registrationNumber: 'registrationNumber',
  regnumber: 'registrationNumber',
  taxNumber: 'taxNumber',
  taxid: 'taxNumber',
  innCode: 'innCode',
  ogrnCode: 'ogrnCode',
  leiCode: 'leiCode',
  swiftBic: 'swiftBic',
  swiftbic: 'swiftBic',
  vatCode: 'vatCode',
  mmsi: 'mmsi',
};

const PART_PROPERTIES = {
  given: 'firstName',
  middle: 'middleName',
  patronymic: 'fatherName',
  family: 'lastName',
} as const;

/** One FtM entity as written on a line of an `.ftm.json` file. */
export interface FtmExport {
  id: string;
  schema: string;
  caption: string;
  properties: Record<string, string[]>;
  datasets: string[];
}

function add(properties: Record<string, string[]>, key: string, value: string | undefined): void {
  if (value === undefined || value === '') return;
  const values = (properties[key] ??= []);
  if (!values.includes(value)) values.push(value);
}

function addressText(address: ListEntity['addresses'][number]): string {
  return (
    address.full ??
    [address.street, address.postalCode, address.city, address.region, address.country]
      .filter(Boolean)
      .join(', ')
  );
}

/**
 * Turns a ListEntity back into one FollowTheMoney entity object. Lossy where FtM has no place for
 * a field: a date range keeps only its start, and an address is written as one line of text.
 */
export function toFtmEntity(entity: ListEntity): FtmExport {
  const properties: Record<string, string[]> = {};
  const kinds = {
    primary: 'name',
    alias: 'alias',
    'original-script': 'alias',
    'weak-alias': 'weakAlias',
    former: 'previousName',
  } as const;
  for (const name of entity.names) {
    add(properties, kinds[name.kind], name.full);
    if (name.kind !== 'primary') continue;
    for (const part of name.parts ?? []) {
      if (part.type in PART_PROPERTIES)
        add(properties, PART_PROPERTIES[part.type as keyof typeof PART_PROPERTIES], part.value);
    }
  }
  for (const date of entity.birthDates) add(properties, 'birthDate', date.from ?? date.value);
  for (const place of entity.birthPlaces) add(properties, 'birthPlace', place);
  for (const code of entity.nationalities) add(properties, 'nationality', code.toLowerCase());
  for (const code of entity.countries) add(properties, 'country', code.toLowerCase());
  for (const id of entity.identifiers)
    add(properties, ID_PROPERTIES[id.type] ?? 'idNumber', id.value);
  for (const address of entity.addresses) add(properties, 'address', addressText(address));
  for (const program of entity.programs) add(properties, 'program', program);
  for (const position of entity.positions) add(properties, 'position', position);
  for (const title of entity.titles) add(properties, 'title', title);
  add(properties, 'gender', entity.gender);
  add(properties, 'notes', entity.reason);
  add(properties, 'topics', 'sanction');
  return {
    id: entity.reference,
    schema: FTM_SCHEMAS[entity.schema],
    caption: entity.caption,
    properties,
    datasets: [entity.list],
  };
}
