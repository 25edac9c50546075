// The pure modules the page shares with the server, from src/core (no Node API there), so a rule
// such as the batch CSV columns or which listings are one entity is written once. Vite bundles
// only what the page uses of them.
export {
  ALERT_STATUSES,
  batchCsvHeader,
  batchCsvLine,
  byListAuthority,
  groupSameEntities,
  listingNameKey,
} from '../../src/core/index.ts';
export type { AlertStatus, GroupableListing } from '../../src/core/index.ts';
