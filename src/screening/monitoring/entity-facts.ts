import { createHash } from 'node:crypto';
import type { ListEntity } from '../../core/index.ts';

/** The parts of a listed record whose change reopens a cleared alert, by the words used to report it. */
const FACTS: Record<string, (entity: ListEntity) => unknown> = {
  names: (e) => e.names.map((n) => [n.full, n.kind]).sort(),
  'birth dates': (e) => e.birthDates.map((d) => [d.value, d.from ?? '', d.to ?? '']).sort(),
  identifiers: (e) => e.identifiers.map((i) => [i.type, i.value, i.country ?? '']).sort(),
  nationalities: (e) => [...e.nationalities].sort(),
};

/** Fingerprints of a listed entity's names, birth dates, identifiers and nationalities. */
export function entityFacts(entity: ListEntity): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const [fact, read] of Object.entries(FACTS)) {
    facts[fact] = createHash('sha256')
      .update(JSON.stringify(read(entity)))
      .digest('hex')
      .slice(0, 16);
  }
  return facts;
}

/** The facts whose fingerprint differs between two screenings of the same entity. */
export function changedFacts(
  before: Readonly<Record<string, string>>,
  after: Readonly<Record<string, string>>,
): string[] {
  return Object.keys(after).filter((fact) => before[fact] !== after[fact]);
}
