/** Official download addresses of the lists, overridable per list for mirrors and tests. */
export const OFFICIAL_LIST_URLS: Readonly<Record<string, string>> = {
  un: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml',
  ofac: 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV',
  eu: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
  uk: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml',
};
