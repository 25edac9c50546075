import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arabicCompanyWord, arabicOrganisationSenses } from './arabic-company.ts';
import { romanizeArabicPhrase } from './arabic.ts';

describe('arabicCompanyWord', () => {
  it('reads translated legal forms and trade words with their prefixes as English', () => {
    assert.equal(arabicCompanyWord('المحدودة'), 'limited');
    assert.equal(arabicCompanyWord('للشحن'), 'shipping');
    assert.equal(arabicCompanyWord('والتجارة'), 'trading');
    assert.equal(arabicCompanyWord('للصيرفة'), 'exchange');
    assert.equal(arabicCompanyWord('شركة'), 'company');
  });

  it('reads English loanwords spelt in Arabic letters as the English words', () => {
    assert.equal(arabicCompanyWord('لوجيستكس'), 'logistics');
    assert.equal(arabicCompanyWord('أوفشور'), 'offshore');
  });

  it('leaves names alone', () => {
    assert.equal(arabicCompanyWord('نبيل'), undefined);
    assert.equal(arabicCompanyWord('محمد'), undefined);
    assert.equal(arabicCompanyWord('لطيف'), undefined);
  });
});

describe('romanizeArabicPhrase with company words', () => {
  it('reads the company words of a firm named in the Arabic press as English first', () => {
    // شنغهاي سينت لوجيستكس المحدودة is OFAC's SHANGHAI SAINT LOGISTICS LIMITED (mena-monitor.org).
    const words = romanizeArabicPhrase(['شنغهاي', 'سينت', 'لوجيستكس', 'المحدودة'], true);
    assert.equal(words[2]?.[0], 'logistics');
    assert.equal(words[3]?.[0], 'limited');
  });

  it('reads a lone word by its letters, as a name', () => {
    assert.notEqual(romanizeArabicPhrase(['شركة'], true)[0]?.[0], 'company');
  });
});

describe('arabicOrganisationSenses', () => {
  it('reads the institution nouns and adjectives of an organisation named in the Arabic press', () => {
    // الحرس الثوري الإيراني is OFAC's ISLAMIC REVOLUTIONARY GUARD CORPS (bbc.com/arabic, 2012).
    const senses = arabicOrganisationSenses(['الحرس', 'الثوري', 'الإيراني']);
    assert.deepEqual(
      senses.map((s) => s[0]),
      ['guards', 'revolutionary', 'iranian'],
    );
    assert.deepEqual(senses[2], ['iranian', 'iran']);
  });

  it('leaves the nisbas of a person’s name alone, with no institution noun beside them', () => {
    const senses = arabicOrganisationSenses(['أبو', 'بكر', 'البغدادي', 'العراقي']);
    assert.deepEqual(senses, [[], [], [], []]);
    const readings = romanizeArabicPhrase(['محمد', 'المصري'], true);
    assert.notEqual(readings[1]?.[0], 'egyptian');
  });

  it('reads Persian words with ک and ی, and with or without the zero-width non-joiner', () => {
    const senses = arabicOrganisationSenses(['شرکت', 'کشتیرانی', 'جمهوری', 'اسلامی', 'ایران']);
    assert.deepEqual(
      senses.map((s) => s[0]),
      ['company', 'shipping', 'republic', 'islamic', undefined],
    );
    assert.equal(arabicOrganisationSenses(['شرکت', 'سرمایه‌گذاری'])[1]?.[0], 'investment');
    assert.equal(arabicOrganisationSenses(['شرکت', 'سرمایهگذاری'])[1]?.[0], 'investment');
  });

  it('reads an adjective beside an institution noun as English first in the phrase', () => {
    const words = romanizeArabicPhrase(['شركة', 'النفط', 'الوطنية', 'الإيرانية'], true);
    assert.deepEqual(
      words.map((w) => w[0]),
      ['company', 'oil', 'national', 'iranian'],
    );
  });
});
