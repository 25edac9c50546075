import { createRequire } from 'node:module';

type Countries = typeof import('i18n-iso-countries');

let loaded: Countries | undefined;

/**
 * i18n-iso-countries with its English names only, loaded on first use. The package's Node entry
 * reads all 78 of its locale files (~0.1 s of CPU idle, ~0.25 s under load, about a tenth of a
 * one-shot `sift analyze`); its core module holds the codes, and Sift looks names up in English
 * only, so the core and the English file are read instead.
 */
export function englishCountryTable(): Countries {
  if (loaded === undefined) {
    const require = createRequire(import.meta.url);
    loaded = require('i18n-iso-countries/index.js') as Countries;
    loaded.registerLocale(
      require('i18n-iso-countries/langs/en.json') as import('i18n-iso-countries').LocaleData,
    );
  }
  return loaded;
}
