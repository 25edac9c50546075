import type { ListSource } from '../core/index.ts';

/** The list versions the screening tests index their hand-made entries under. */
export const TEST_OFAC_SOURCE: ListSource = {
  list: 'ofac',
  version: 1,
  sha256: 'x',
  published: '2026-08-20',
  importedAt: '2026-11-25T00:00:00Z',
  format: 'ofac-json',
  fileName: 'sdn.json',
};

export const TEST_UN_SOURCE: ListSource = {
  list: 'un',
  version: 1,
  sha256: 'x',
  published: '2026-02-27',
  importedAt: '2026-11-25T00:00:00Z',
  format: 'un-xml',
  fileName: 'un.xml',
};
