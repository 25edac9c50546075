import { newEntity, type SourcedEntity } from '../core/index.ts';

/** A few list entries shaped like the real UN and OFAC ones, for the analysis unit tests. */
export function testEntities(): SourcedEntity[] {
  const source = {
    list: 'un',
    version: 1,
    sha256: 'test',
    importedAt: '2026-01-01T00:00:00Z',
    format: 'un-xml' as const,
    fileName: 'test.xml',
  };
  const org = (ref: string, caption: string, aliases: string[]): SourcedEntity => {
    const entity = newEntity('un', ref, 'Organization', caption);
    entity.names = [
      { full: caption, kind: 'primary' },
      ...aliases.map((full) => ({ full, kind: 'alias' as const })),
    ];
    entity.reason = `Listed for testing: ${caption}.`;
    return { entity, source };
  };
  const person = (
    ref: string,
    caption: string,
    aliases: string[] = [],
    weakAliases: string[] = [],
  ): SourcedEntity => {
    const entity = newEntity('un', ref, 'Person', caption);
    entity.names = [
      { full: caption, kind: 'primary' },
      ...aliases.map((full) => ({ full, kind: 'alias' as const })),
      ...weakAliases.map((full) => ({ full, kind: 'weak-alias' as const })),
    ];
    return { entity, source };
  };
  return [
    org('QDe.004', 'AL-QAIDA', ['Al Qaeda', "Al Qa'ida"]),
    org('TAe.012', 'HAQQANI NETWORK (HQN)', []),
    org('QDe.115', 'AL-QAIDA IN IRAQ', ['Islamic State in Iraq and the Levant', 'ISIL']),
    org('XXe.001', 'JORDANIAN MUSLIM BROTHERHOOD', ['MUSLIM BROTHERHOOD GROUP']),
    org('XXe.002', 'CHAM HOLDING', []),
    person('QDi.006', 'AYMAN AL-ZAWAHIRI'),
    person('CDi.015', 'DAVID AMOS MAZENGO'),
    // Shaped like UN SOi.002, whose aliases hold the first two names of Somalia's president.
    person('SOi.002', 'HASSAN DAHIR AWEYS', ['Hassan Sheikh'], ['HASSAN, Sheikh', 'Abu Rayyan']),
    // Shaped like UN QDi.204, whose alias "Abu Musab" is also the end of other men's names.
    person('QDi.204', 'ISNILON TOTONI HAPILON', ['Abu Musab']),
    // Shaped like OFAC 10416 (a generic last word news leaves out) and OFAC 47450 (a sister
    // company with another legal form).
    org('XXe.003', 'AL-QARD AL-HASSAN ASSOCIATION', []),
    org('XXe.004', 'HALEEL COMMODITIES LIMITED', []),
    person('TAi.026', 'AMIR KHAN MUTTAQI'),
    // OFAC writes people "LAST, First".
    person('XXi.001', 'AL-BANAI, Abd al-Muayyid'),
  ];
}
