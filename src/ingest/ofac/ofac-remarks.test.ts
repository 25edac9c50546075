import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOfacDate } from './ofac-date.ts';
import { parseOfacIdentifier } from './ofac-identifier.ts';
import { parseOfacRemarks } from './ofac-remarks.ts';

describe('parseOfacDate', () => {
  it('reads a day, a month and a year with their precision', () => {
    assert.deepEqual(parseOfacDate('30 Jul 1957'), { value: '1957-07-30', precision: 'day' });
    assert.deepEqual(parseOfacDate('Jan 1964'), { value: '1964-01', precision: 'month' });
    assert.deepEqual(parseOfacDate('1958'), { value: '1958', precision: 'year' });
    assert.deepEqual(parseOfacDate('12 September 1993'), { value: '1993-09-12', precision: 'day' });
  });

  it('reads ranges and keeps the words of a circa date', () => {
    assert.deepEqual(parseOfacDate('1964 to 1966'), {
      value: '1964',
      precision: 'range',
      from: '1964',
      to: '1966',
    });
    assert.deepEqual(parseOfacDate('01 Jan 1960 to 31 Dec 1961'), {
      value: '1960-01-01',
      precision: 'range',
      from: '1960-01-01',
      to: '1961-12-31',
    });
    assert.deepEqual(parseOfacDate('circa 1951'), {
      value: '1951',
      precision: 'year',
      note: 'circa 1951',
    });
    assert.equal(parseOfacDate('circa 1964-1966')?.to, '1966');
  });

  it('refuses impossible days and free text', () => {
    assert.equal(parseOfacDate('31 Feb 1970'), undefined);
    assert.equal(parseOfacDate('unknown'), undefined);
    assert.equal(parseOfacDate('13 Foo 1970'), undefined);
  });
});

describe('parseOfacIdentifier', () => {
  it('splits the number, the issuing country and the trailing dates', () => {
    assert.deepEqual(parseOfacIdentifier('Passport 042833 (Lebanon) issued 12 Jan 2001'), {
      type: 'Passport',
      value: '042833',
      country: 'LB',
      note: 'issued 12 Jan 2001',
    });
    assert.deepEqual(parseOfacIdentifier('Registration ID 14063277.'), {
      type: 'Registration ID',
      value: '14063277',
    });
    assert.deepEqual(parseOfacIdentifier('NIT # 800018928-0 (Colombia).'), {
      type: 'NIT',
      value: '800018928-0',
      country: 'CO',
    });
  });

  it('prefers the longest label and skips non-country parentheses', () => {
    assert.equal(
      parseOfacIdentifier('Passport Booklet A5250088 (Pakistan)')?.type,
      'Passport Booklet',
    );
    assert.deepEqual(parseOfacIdentifier('Registration Number HRA 738077 (Stuttgart) (Germany)'), {
      type: 'Registration Number',
      value: 'HRA 738077 (Stuttgart)',
      country: 'DE',
    });
  });

  it('does not read positions as documents', () => {
    assert.equal(parseOfacIdentifier('Minister of Finance'), undefined);
    assert.equal(parseOfacIdentifier('Commander of the 555th Regiment'), undefined);
  });
});

describe('parseOfacRemarks', () => {
  it('reads the facts of a real individual (ent_num 12625, 2021 set)', () => {
    const facts = parseOfacRemarks(
      "DOB 03 Aug 1974; alt. DOB 01 Jan 1973; POB Cholpon-Ata, Kyrgyzstan; nationality Kyrgyzstan; Gender Male; Passport AC2499982 (Kyrgyzstan); alt. Passport AC732709 (Kyrgyzstan); Identification Number 20308197410028 (Kyrgyzstan); alt. Identification Number 1002001 (Kyrgyzstan); a.k.a. 'KAMCHI BISHKEKSKIY'; a.k.a. 'KOLYA-KYRGYZ'; Linked To: THIEVES-IN-LAW.",
    );
    assert.deepEqual(
      facts.birthDates.map((d) => d.value),
      ['1974-08-03', '1973-01-01'],
    );
    assert.deepEqual(facts.birthPlaces, ['Cholpon-Ata, Kyrgyzstan']);
    assert.deepEqual(facts.nationalities, ['KG']);
    assert.equal(facts.gender, 'male');
    assert.deepEqual(
      facts.identifiers.map((i) => `${i.type}|${i.value}|${i.country ?? ''}`),
      [
        'Passport|AC2499982|KG',
        'Passport|AC732709|KG',
        'Identification Number|20308197410028|KG',
        'Identification Number|1002001|KG',
      ],
    );
    assert.deepEqual(facts.aliases, [
      { full: 'KAMCHI BISHKEKSKIY', former: false },
      { full: 'KOLYA-KYRGYZ', former: false },
    ]);
    assert.deepEqual(facts.properties.linkedTo, ['THIEVES-IN-LAW']);
    assert.deepEqual(facts.unparsed, []);
  });

  it('reads the vessel facts of a real tanker (ent_num 15036, 2021 set)', () => {
    const facts = parseOfacRemarks(
      "Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu; alt. Former Vessel Flag None Identified; alt. Former Vessel Flag Tanzania; Additional Sanctions Information - Subject to Secondary Sanctions; Vessel Registration Identification IMO 9187629; MMSI 572469210; f.k.a. 'ALPHA'; Linked To: NATIONAL IRANIAN TANKER COMPANY.",
    );
    assert.deepEqual(facts.properties.imoNumber, ['IMO9187629']);
    assert.deepEqual(facts.properties.mmsi, ['572469210']);
    assert.deepEqual(facts.properties.pastFlags, ['MT', 'TV', 'None Identified', 'TZ']);
    assert.deepEqual(facts.properties.provisions, [
      'Additional Sanctions Information - Subject to Secondary Sanctions',
    ]);
    assert.deepEqual(facts.aliases, [{ full: 'ALPHA', former: true }]);
    assert.deepEqual(
      facts.identifiers.map((i) => `${i.type}:${i.value}`),
      ['IMO:9187629', 'MMSI:572469210'],
    );
  });

  it('keeps an abbreviation stop in a linked name but drops the closing stop', () => {
    const facts = parseOfacRemarks('Linked To: HIZBALLAH; Linked To: KPD S.A.');
    assert.deepEqual(facts.properties.linkedTo, ['HIZBALLAH', 'KPD S.A.']);
  });

  it('keeps quoted aliases with inner apostrophes whole', () => {
    const facts = parseOfacRemarks("a.k.a. 'ABU-'UMAR'.");
    assert.deepEqual(facts.aliases, [{ full: "ABU-'UMAR", former: false }]);
  });

  it('reports an unreadable date and an unknown country as problems', () => {
    const facts = parseOfacRemarks('DOB sometime in spring; nationality Atlantis');
    assert.deepEqual(facts.problems, [
      { kind: 'date', text: 'sometime in spring' },
      { kind: 'country', text: 'Atlantis' },
    ]);
    assert.deepEqual(facts.birthDates, []);
  });

  it('keeps fragments no rule reads, as written', () => {
    const facts = parseOfacRemarks('DOB 1960; Minister of Finance; ICTY indictee at large.');
    assert.deepEqual(facts.unparsed, ['Minister of Finance', 'ICTY indictee at large']);
  });

  it('reads aircraft facts into FtM properties', () => {
    const facts = parseOfacRemarks(
      "Aircraft Construction Number (also called L/N or S/N or F/N) 8401; Aircraft Manufacture Date 1992; Aircraft Model IL76-TD; Aircraft Operator YAS AIR; Aircraft Manufacturer's Serial Number (MSN) 1023409321; Linked To: POUYA AIR.",
    );
    assert.deepEqual(facts.properties.serialNumber, ['8401', '1023409321']);
    assert.deepEqual(facts.properties.buildDate, ['1992']);
    assert.deepEqual(facts.properties.model, ['IL76-TD']);
    assert.deepEqual(facts.properties.operator, ['YAS AIR']);
  });
});
