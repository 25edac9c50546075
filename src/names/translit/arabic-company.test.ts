import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arabicCompanyWord } from './arabic-company.ts';
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
