import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHanCompanyName } from './han-company.ts';

describe('readHanCompanyName and places', () => {
  it('drops the suffix of an administrative division after a place name', () => {
    assert.deepEqual(readHanCompanyName('深圳市大疆创新科技有限公司'), [
      'shenzhen dajiang innovation technology co ltd',
      'dajiang innovation technology co ltd',
    ]);
    assert.equal(
      readHanCompanyName('上海市浦东新区华信贸易有限公司')?.[0],
      'shanghai pudong huaxin trading co ltd',
    );
  });

  it('also reads the name without the place it starts with, when a trade name remains', () => {
    assert.ok(readHanCompanyName('香港托尔干有限公司')?.includes('torgan co ltd'));
    // Only business words would remain: no reading without the place.
    assert.deepEqual(readHanCompanyName('中国石油化工股份有限公司'), [
      'china petroleum chemical co ltd',
    ]);
  });

  it('translates the industry words lists print in English', () => {
    assert.deepEqual(readHanCompanyName('黄岛检验认证有限公司'), [
      'huangdao inspection certification co ltd',
    ]);
  });
});
