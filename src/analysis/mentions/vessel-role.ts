/** The role of an organisation mention that names a ship ("the Panama-flagged tanker …"). */
export const VESSEL_ROLE = 'vessel';
