/** Where an alert stands: awaiting a decision, cleared as a false positive, or confirmed. */
export type AlertStatus = 'open' | 'cleared' | 'confirmed';

/** Every alert status, in a stable order. */
export const ALERT_STATUSES: readonly AlertStatus[] = ['open', 'cleared', 'confirmed'];
