import type { Schema } from '../../core/index.ts';

/** FtM schemata a /match query may use, and the Sift schema each is screened as. */
const MATCHABLE: Readonly<Record<string, Schema | 'Any'>> = {
  Thing: 'Any',
  LegalEntity: 'LegalEntity',
  Person: 'Person',
  Organization: 'Organization',
  Company: 'Organization',
  PublicBody: 'Organization',
  Vessel: 'Vessel',
  Airplane: 'Aircraft',
};

/**
 * FtM schemata that exist but describe no matchable thing (a link, a document, an address):
 * yente refuses them as query schemas with 400, as it does unknown names.
 */
const NON_MATCHABLE = new Set([
  'Address',
  'Asset',
  'Associate',
  'BankAccount',
  'CryptoWallet',
  'Directorship',
  'Document',
  'Employment',
  'Family',
  'Identification',
  'Interval',
  'Membership',
  'Note',
  'Occupancy',
  'Ownership',
  'Passport',
  'Payment',
  'Position',
  'Representation',
  'Sanction',
  'Security',
  'UnknownLink',
]);

/** The FtM schema name Sift writes for one of its schemas. */
export function ftmSchema(schema: Schema): string {
  return schema === 'Aircraft' ? 'Airplane' : schema;
}

/**
 * The Sift schema an FtM query schema is screened as, or a sentence saying why it cannot be used
 * (unknown, or known but not matchable).
 */
export function querySchema(name: string): { schema: Schema | 'Any' } | { problem: string } {
  const schema = MATCHABLE[name];
  if (schema !== undefined) return { schema };
  if (NON_MATCHABLE.has(name)) return { problem: `Non-matchable schema for query: ${name}` };
  return { problem: `Unknown schema: '${name}'` };
}

/** Every FtM schema name a listed entity of this Sift schema is (its own and its ancestors). */
export function schemaAncestry(schema: Schema): string[] {
  switch (schema) {
    case 'Person':
      return ['Person', 'LegalEntity', 'Thing'];
    case 'Organization':
      return ['Organization', 'LegalEntity', 'Thing'];
    case 'LegalEntity':
      return ['LegalEntity', 'Thing'];
    case 'Vessel':
      return ['Vessel', 'Asset', 'Thing'];
    case 'Aircraft':
      return ['Airplane', 'Asset', 'Thing'];
  }
}

/** True when a name is an FtM schema Sift knows (matchable or not). */
export function isKnownSchema(name: string): boolean {
  return name in MATCHABLE || NON_MATCHABLE.has(name);
}
