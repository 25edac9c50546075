import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from './analyze-name.ts';
import { translatedOrganisationReadings } from './translated-organisation.ts';

describe('translatedOrganisationReadings', () => {
  it('reads the generic words of a foreign organisation name in English, in both orders', () => {
    assert.deepEqual(translatedOrganisationReadings('Estado Islámico'), [
      'state islamic',
      'islamic state',
    ]);
    assert.ok(
      translatedOrganisationReadings('Korps der Islamischen Revolutionsgarden').includes(
        'islamic revolutionary guards corps',
      ),
    );
    assert.ok(
      translatedOrganisationReadings('Guarda Revolucionária Islâmica').includes(
        'islamic revolutionary guard',
      ),
    );
    assert.ok(
      translatedOrganisationReadings('Islamische Revolutionsgarde').includes(
        'islamic revolutionary guard',
      ),
    );
  });

  it('reads Turkish and Indonesian organisation names in English', () => {
    // turktime.com 467559 and gucluanadolugazetesi.com; kai.or.id 14861 and voaindonesia.com.
    assert.ok(
      translatedOrganisationReadings('İran Devrim Muhafızları Ordusu').includes(
        'iran revolutionary guards army',
      ),
    );
    assert.ok(translatedOrganisationReadings('Kudüs Gücü').includes('quds force'));
    assert.ok(translatedOrganisationReadings('İran Merkez Bankası').includes('iran central bank'));
    assert.ok(
      translatedOrganisationReadings('Korps Pengawal Revolusi Islam Iran').includes(
        'iran islamic revolution guard corps',
      ),
    );
    assert.ok(
      translatedOrganisationReadings('Kementerian Pertahanan dan Logistik Angkatan Bersenjata')
        .join('|')
        .includes('ministry defense'),
    );
  });

  it('also reads a country written where English puts its adjective as that adjective', () => {
    // cnnindonesia.com 20201027200207-134-563512, habertx.com: NATIONAL IRANIAN OIL COMPANY.
    assert.ok(
      translatedOrganisationReadings('Perusahaan Minyak Nasional Iran').includes(
        'iranian national oil company',
      ),
    );
    assert.ok(
      translatedOrganisationReadings('İran Ulusal Petrol Şirketi').includes(
        'iranian national oil company',
      ),
    );
  });

  it('keeps an "of" phrase after the noun it follows', () => {
    assert.ok(
      translatedOrganisationReadings('Banco Central de Irán').includes('central bank of iran'),
    );
    assert.ok(
      translatedOrganisationReadings('Ejército de Resistencia del Señor').includes(
        "lord's resistance army",
      ),
    );
  });

  it('leaves names with one generic word, or none to translate, alone', () => {
    assert.deepEqual(translatedOrganisationReadings('Banque de France'), []);
    assert.deepEqual(translatedOrganisationReadings('Deutsche Bank'), []);
    assert.deepEqual(translatedOrganisationReadings('Maria Guarda'), []);
  });
});

describe('analyzeName on foreign organisation names', () => {
  const readingsOf = (name: string, reading: 'any' | 'person' = 'any'): string[] =>
    analyzeName(name, reading, { query: true }).forms.map((form) =>
      form.tokens.map((token) => token.text).join(' '),
    );

  it('gives a query the English reading', () => {
    assert.ok(readingsOf('Estado Islámico').includes('islamic state'));
  });

  it('gives person queries and list names none', () => {
    assert.ok(!readingsOf('Estado Islámico', 'person').includes('islamic state'));
    const listed = analyzeName('Estado Islámico').forms.map((form) =>
      form.tokens.map((token) => token.text).join(' '),
    );
    assert.ok(!listed.includes('islamic state'));
  });
});
