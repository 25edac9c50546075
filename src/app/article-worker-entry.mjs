// Worker threads do not inherit tsx's loader, so the article worker registers it before loading
// the TypeScript worker module.
import { register } from 'tsx/esm/api';

register();
await import('./article-worker.ts');
