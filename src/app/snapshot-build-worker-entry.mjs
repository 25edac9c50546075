// Worker threads do not inherit tsx's loader, so the snapshot-building thread registers it before
// loading the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./snapshot-build-worker.ts');
