import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from './build-gazetteer.ts';
import { findMentions } from './find-mentions.ts';
import { listedNameFor } from './news-names.ts';
import { testEntities } from '../test-entities.ts';

describe('news names of listed groups', () => {
  it('gives the listed name behind a group named in Spanish, French or German', () => {
    assert.equal(listedNameFor('Estado Islámico'), 'Islamic State in Iraq and the Levant');
    assert.equal(listedNameFor('Daech'), 'Islamic State in Iraq and the Levant');
    assert.equal(listedNameFor('Hisbollah'), 'Hizballah');
    assert.equal(
      listedNameFor('Corps des gardiens de la révolution islamique'),
      'Islamic Revolutionary Guard Corps',
    );
    assert.equal(listedNameFor('Revolutionsgarden'), 'Islamic Revolutionary Guard Corps');
  });

  it('gives al-Qaida in Iraq, not al-Qaida, behind its Spanish, French and German names', () => {
    assert.equal(listedNameFor('Al Qaeda en Iraq'), 'Al-Qaida in Iraq');
    assert.equal(listedNameFor('Al-Qaïda en Irak'), 'Al-Qaida in Iraq');
    assert.equal(listedNameFor('Al-Kaida im Irak'), 'Al-Qaida in Iraq');
  });

  it('finds a translated group name in the text as an organisation', () => {
    const text =
      'Los Estados miembros barajan incluir a la Guardia Revolucionaria iraní en la lista.';
    const found = findMentions(text, buildGazetteer(testEntities())).filter(
      (m) => m.type === 'organization',
    );
    assert.ok(
      found.some((m) => m.name.startsWith('Guardia Revolucionaria')),
      found.map((m) => m.name).join(', '),
    );
  });

  it('reads the French "al-Cham" of al-Nusra\'s later names as an organisation', () => {
    assert.equal(listedNameFor('Fateh al-Cham'), 'Fateh al-Sham Front');
    assert.equal(listedNameFor('Hayat Tahrir al-Cham'), "Hay'at Tahrir al-Sham");
    const text =
      "Le Trésor américain a adopté des sanctions contre deux responsables de Fateh al-Cham, l'ex-Front Al-Nosra.";
    const found = findMentions(text, buildGazetteer(testEntities()));
    assert.equal(found.find((m) => m.name === 'Fateh al-Cham')?.type, 'organization');
  });
});
