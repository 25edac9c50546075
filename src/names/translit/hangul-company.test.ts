import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHangulCompanyName } from './hangul-company.ts';

describe('Korean company names', () => {
  it('reads legal forms and business words in English, the rest in the DPRK spelling first', () => {
    assert.deepEqual(readHangulCompanyName('조선광선은행'), [
      'korea kwangson bank',
      'korea gwangseon bank',
      'kwangson bank',
    ]);
    assert.equal(
      readHangulCompanyName('조선련봉총회사')?.[0],
      'korea ryonbong general corporation',
    );
    assert.equal(readHangulCompanyName('고려항공')?.[0], 'koryo air');
  });

  it('reads a DPRK firm without the Korea its name starts with, as some list entries print it', () => {
    assert.equal(readHangulCompanyName('조선옥류무역회사')?.at(-1), 'okryu trading corporation');
    assert.deepEqual(readHangulCompanyName('조선무역은행'), ['korea trading bank']);
  });

  it('leaves a word without a legal form to the personal-name reading', () => {
    assert.equal(readHangulCompanyName('김정은'), undefined);
  });
});

describe('Korean company names without their legal form', () => {
  it('reads a name ending in a trade word after a distinctive part as a firm', () => {
    assert.deepEqual(readHangulCompanyName('남강무역'), ['namgang trading']);
  });

  it('leaves a surname and a trade word to the personal-name reading', () => {
    assert.equal(readHangulCompanyName('김무역'), undefined);
  });
});
