// Worker threads do not inherit tsx's loader, so each screen thread registers it before loading
// the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./screen-worker.ts');
