// Worker threads do not inherit tsx's loader, so the audit writer registers it before loading
// the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./audit-writer-worker.ts');
