// Worker threads do not inherit tsx's loader, so each subject worker registers it before loading
// the TypeScript worker module (and, through it, the engine module the wiring names).
import { register } from 'tsx/esm/api';

register();
await import('./subject-worker.ts');
