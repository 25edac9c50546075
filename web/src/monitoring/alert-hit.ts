// An alert keeps the hit its screening produced as JSON (the API types it as unknown, since an
// older row may predate a field). The page reads it as a Hit only when it has that shape.
import type { Alert, Hit } from '../api-types.ts';

/** The screening hit stored with an alert, or undefined when it is not one. */
export function alertHit(alert: Alert): Hit | undefined {
  const hit = alert.explanation as Partial<Hit> | null;
  if (hit === null || typeof hit !== 'object') return undefined;
  return typeof hit.caption === 'string' &&
    typeof hit.matchedName?.full === 'string' &&
    typeof hit.explanation?.summary === 'string'
    ? (hit as Hit)
    : undefined;
}

/** Words for an alert's status. */
export const STATUS_LABEL: Readonly<Record<Alert['status'], string>> = {
  open: 'Open',
  cleared: 'Cleared',
  confirmed: 'Confirmed',
};

/** An ISO instant as "YYYY-MM-DD HH:MM UTC". */
export function formatInstant(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}
