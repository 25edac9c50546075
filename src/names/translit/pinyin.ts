// pinyin-pro's dictionaries cost a process about 0.2 s of CPU to load, and only Han-script names
// need them: they are loaded on the first such name (its CommonJS build, so that a synchronous
// name analysis can load it), not at start.
import { createRequire } from 'node:module';

type Pinyin = typeof import('pinyin-pro').pinyin;

let loaded: Pinyin | undefined;

/** pinyin-pro's `pinyin`, loaded on first call. */
export const pinyin = ((...args: Parameters<Pinyin>) => {
  loaded ??= (createRequire(import.meta.url)('pinyin-pro') as { pinyin: Pinyin }).pinyin;
  return loaded(...args);
}) as Pinyin;
