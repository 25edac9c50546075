/** The attributes of one element of the EU Financial Sanctions File, by their official camelCase names. */
export type EuAttributes = Record<string, string>;

/**
 * One `<sanctionEntity>` of the EU Financial Sanctions File, as attribute maps keyed by the
 * official XML names. The XML parser and the JSON mirror parser both build this shape, so that one
 * mapping (toEuEntity) serves both and they cannot drift apart.
 */
export interface EuRecord {
  /** sanctionEntity attributes: logicalId, euReferenceNumber, unitedNationId, designationDetails… */
  attributes: EuAttributes;
  /** Texts of the entity's own `<remark>` children. */
  remarks: string[];
  /** regulation attributes; the `<publicationUrl>` child text is stored as `publicationUrl`. */
  regulations: EuAttributes[];
  subjectType: EuAttributes;
  nameAliases: EuAttributes[];
  citizenships: EuAttributes[];
  birthdates: EuAttributes[];
  addresses: EuAttributes[];
  identifications: EuAttributes[];
}

/** An EuRecord with nothing in it, for a parser to fill. */
export function newEuRecord(attributes: EuAttributes): EuRecord {
  return {
    attributes,
    remarks: [],
    regulations: [],
    subjectType: {},
    nameAliases: [],
    citizenships: [],
    birthdates: [],
    addresses: [],
    identifications: [],
  };
}

/** The EuRecord list each child element of `<sanctionEntity>` is collected into. */
export const EU_CHILD_LISTS = {
  regulation: 'regulations',
  nameAlias: 'nameAliases',
  citizenship: 'citizenships',
  birthdate: 'birthdates',
  address: 'addresses',
  identification: 'identifications',
} as const satisfies Record<string, keyof EuRecord>;
