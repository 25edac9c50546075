import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeOtherLanguage } from './attribute-other-language.ts';
import { FRENCH } from './french-cues.ts';
import { SPANISH, type LanguageCues } from './other-language-cues.ts';
import { segmentText } from './segment-text.ts';

function speakers(text: string, cues: LanguageCues): (string | null)[] {
  return attributeOtherLanguage(text, segmentText(text), [], cues).map((s) => s.speakerName);
}

// A short adjunct between an inverted verb and its subject is not the subject (issue 14).
describe('an adjunct between the verb and the speaker after it', () => {
  it('reads "dijo en un comunicado el ministro …, NAME" as NAME, not the person named before', () => {
    const text =
      'La lista incluye al empresario Luis Arce Peña. «Los corruptos se llenan los bolsillos», dijo en un comunicado el ministro de Hacienda de Chile, Marta Soto.';
    assert.deepEqual(speakers(text, SPANISH), [null, 'Marta Soto']);
  });

  it('reads "a déclaré dans un communiqué NAME" as NAME', () => {
    const text =
      'La liste vise l’homme d’affaires Luc Garnier. « Nous agirons », a déclaré dans un communiqué Claire Dumas.';
    assert.deepEqual(speakers(text, FRENCH), [null, 'Claire Dumas']);
  });
});
