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

describe('readHanCompanyName and names the press shortens', () => {
  it('reads a place and a two-character trade name as a firm, also without the place', () => {
    assert.deepEqual(readHanCompanyName('珠海振戎'), ['zhuhai zhenrong', 'zhenrong']);
    // A foreign name spelled in sound characters after a place's characters stays a name.
    assert.equal(readHanCompanyName('吉林斯基'), undefined);
    assert.equal(readHanCompanyName('习近平'), undefined);
  });

  it('keeps the place word when its division suffix follows it', () => {
    assert.equal(
      readHanCompanyName('青岛市富申石油化工有限公司')?.[0],
      'qingdao fushen petroleum chemical co ltd',
    );
  });

  it('reads a firm that ends in an industry word the press leaves the legal form after', () => {
    assert.deepEqual(readHanCompanyName('尤里科技發展'), ['youli technology development']);
    assert.equal(readHanCompanyName('亞新通用機械')?.[0], 'yaxin general machinery');
  });

  it('also joins a three-character trade name, as the lists print it', () => {
    assert.deepEqual(readHanCompanyName('永宏安貿易有限公司'), [
      'yonghong an trading co ltd',
      'yonghongan trading co ltd',
    ]);
  });

  it('keeps a trade name in Latin letters whole, as a word of its own', () => {
    assert.equal(
      readHanCompanyName('杭州富阳Koto机械有限公司')?.[0],
      'hangzhou fuyang koto machinery co ltd',
    );
    assert.equal(
      readHanCompanyName('Raven国际贸易有限公司')?.[0],
      'raven international trading co ltd',
    );
  });
});

describe('readHanCompanyName and the country a name starts with', () => {
  it('reads the country after "of" and as an adjective, as the lists print state firms', () => {
    const bank = readHanCompanyName('伊朗国家银行') ?? [];
    assert.equal(bank[0], 'iran national bank');
    assert.ok(bank.includes('national bank of iran'));
    assert.ok(readHanCompanyName('伊朗国家油轮公司')?.includes('iranian national tanker company'));
    // One word after the country: the name is read as written only.
    assert.deepEqual(readHanCompanyName('伊朗银行'), ['iran bank']);
  });

  it('reads traditional characters as the simplified words of the table', () => {
    assert.deepEqual(
      readHanCompanyName('伊朗國家油輪公司'),
      readHanCompanyName('伊朗国家油轮公司'),
    );
    assert.ok(readHanCompanyName('比拉德伊斯兰银行')?.includes('bilad islamic bank'));
  });

  it('translates united, warehousing and shipping agency as OFAC prints them', () => {
    assert.equal(
      readHanCompanyName('青島聯合國際船舶代理有限公司')?.[0],
      'qingdao united international shipping agency co ltd',
    );
    assert.equal(
      readHanCompanyName('寶港物流倉儲有限公司')?.[0],
      'baogang logistics warehousing co ltd',
    );
  });
});
