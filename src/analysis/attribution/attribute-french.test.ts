import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeOtherLanguage } from './attribute-other-language.ts';
import { FRENCH } from './french-cues.ts';
import { segmentText } from './segment-text.ts';

function speakers(text: string): (string | null)[] {
  return attributeOtherLanguage(text, segmentText(text), [], FRENCH).map((s) => s.speakerName);
}

describe('attributeOtherLanguage in French', () => {
  it('gives a guillemet quote to "M. X" after it, completed to the full name, and "a-t-il dit" to the same speaker', () => {
    const text =
      '«Nous sommes en train de la vérifier», a déclaré M. Fabius à la chaîne I-télé. «Les ravisseurs ont été coursés mais on ne les a pas rattrapés», a-t-il dit. La France a des preuves de vie «assez récentes», a également déclaré Laurent Fabius.';
    assert.deepEqual(speakers(text), ['Laurent Fabius', 'Laurent Fabius', 'Laurent Fabius']);
  });

  it('reads quotes with no-break spaces, a stray space in "a -t-il" and a title before the name', () => {
    const text =
      '«\u202fL’AFP condamne cette frappe sur son bureau de Gaza City.\u202f», a déclaré le PDG de l’AFP Fabrice Fries. «\u00a0Il faut faire attention à ce que l’on dit\u00a0», a -t-il également dit.';
    assert.deepEqual(speakers(text), ['Fabrice Fries', 'Fabrice Fries']);
  });

  it('takes no capitalised word a sentence opens with for a name, and finds the subject after the opening clause', () => {
    const text =
      'Suite à la publication de ces chiffres, M. Dupont a déclaré que la situation était grave. ' +
      "L'un des ministres visés, le ministre de la Justice Paul Martin, a déclaré qu'il ne possédait aucun bien. " +
      "Comme le souligne le Conseil de l'Europe, la liste comprend désormais 300 noms.";
    assert.deepEqual(speakers(text), ['Dupont', 'Paul Martin', "le Conseil de l'Europe"]);
  });

  it('skips the hearer and a date between the verb and the subject after it', () => {
    const text =
      '"Le vol a été autorisé", a indiqué à l\'AFP une source gouvernementale française. La menace «est réelle», a assuré mercredi 12 mars sa porte-parole, Sophie Primas.';
    assert.deepEqual(speakers(text), ['une source gouvernementale française', 'Sophie Primas']);
  });

  it('keeps an institution opened by "Le" whole with its adjective ("Le Trésor américain")', () => {
    const text =
      'Le Trésor américain a annoncé le mois dernier qu’il avait sanctionné trois figures du Hezbollah. Le Drian a déclaré qu’il partait.';
    assert.deepEqual(speakers(text), ['Le Trésor américain', 'Le Drian']);
  });

  it('keeps particle names whole and sets an office between commas aside', () => {
    const text =
      'Ursula von der Leyen, présidente de la Commission européenne, a annoncé l’interdiction. "Si nous n\'étions pas intervenus, les terroristes étaient dans Bamako", a précisé Jean-Yves Le Drian.';
    assert.deepEqual(speakers(text), ['Ursula von der Leyen', 'Jean-Yves Le Drian']);
  });

  it('reads "selon X" and "aux yeux de X", and no cue in a participle that opens a sentence', () => {
    const text =
      'Selon le collaborateur de l’AFP, un projectile est entré dans le bureau. Considéré comme très proche de Jacques Chirac, Dominique de Villepin a déclaré dimanche qu’il souhaitait un procès. Aux yeux de Dominique de Villepin, Jacques Chirac avait "une formidable capacité à encaisser".';
    assert.deepEqual(speakers(text), [
      'le collaborateur de l’AFP',
      'Dominique de Villepin',
      'Dominique de Villepin',
    ]);
  });

  it('gives a pronoun with no speaker before to the full name of the sentences just before', () => {
    const text =
      'Kader Arif est intervenu jeudi dans l’Hémicycle. Il est ensuite revenu sur ses propos. "Il s’agissait d’informations transmises par voie de presse", a-t-il expliqué.';
    assert.deepEqual(speakers(text), [null, null, 'Kader Arif']);
  });

  it('takes a role in apposition after a named speaker as that speaker', () => {
    const text =
      '«C’est pas très commode d’expliquer la liberté d’expression», a déclaré Marie-Christine Saragosse, présidente de France Médias Monde. La haute fonctionnaire française a considéré que cette censure était «une décision européenne».';
    assert.deepEqual(speakers(text), ['Marie-Christine Saragosse', 'Marie-Christine Saragosse']);
  });

  it('reads a dash aside inside a quote that opens with an auxiliary', () => {
    const text = '« Nous ne céderons pas — a ajouté Laurent Fabius — face aux ravisseurs. »';
    assert.deepEqual(speakers(text), ['Laurent Fabius']);
  });

  it('reads a title written against the name ("M.Jafari") and a titled office with its complement', () => {
    const text =
      'La menace est sérieuse, a déclaré le chef des Gardiens de la révolution, Mohammad Ali Jafari. «Rien ne changera», a déclaré M.Jafari. Le Porte-parole du gouvernement a indiqué que la réforme avancerait.';
    assert.deepEqual(speakers(text), [
      'Mohammad Ali Jafari',
      'Mohammad Ali Jafari',
      'Le Porte-parole du gouvernement',
    ]);
  });
});

// Issue 14: French reports of sanctions name an office with its body and no comma before the name.
describe('attributeOtherLanguage in French, offices and institutions', () => {
  it('reads "a déclaré dans un communiqué le secrétaire américain au Trésor NAME" as NAME', () => {
    const text =
      'Le ministère a déclaré que les sanctions visaient dix banques. « Nos mesures vont continuer », a déclaré dans un communiqué le secrétaire américain au Trésor Paul Lenoir. « Elles sont efficaces », a-t-il prévenu.';
    assert.deepEqual(speakers(text), ['Le ministère', 'Paul Lenoir', 'Paul Lenoir']);
  });

  it('reads "prétend le département dans un communiqué" and keeps "le ministère" rather than a person named before', () => {
    const text =
      '« Le groupe sape la stabilité régionale », prétend le département du Trésor dans un communiqué. L’annonce intervient après que le président Jean Morel a annoncé un accord. Les fonds venaient de donateurs étrangers, a indiqué le ministère dans un communiqué.';
    assert.deepEqual(speakers(text), ['le département du Trésor', 'Jean Morel', 'le ministère']);
  });
});
