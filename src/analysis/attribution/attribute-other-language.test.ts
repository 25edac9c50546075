import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeOtherLanguage } from './attribute-other-language.ts';
import { FRENCH } from './french-cues.ts';
import { GERMAN, SPANISH, type LanguageCues } from './other-language-cues.ts';
import { segmentText } from './segment-text.ts';

function speakers(text: string, cues: LanguageCues): (string | null)[] {
  return attributeOtherLanguage(text, segmentText(text), [], cues).map((s) => s.speakerName);
}

describe('attributeOtherLanguage', () => {
  it('gives a German quote to the speaker after it, completed to the full name', () => {
    const text =
      'Innenminister Thomas de Maizière war am Mittwoch im Studio. „Wir können nicht laufend Fußballspiele absagen“, sagte der Minister. Die Gefahr „ist immer schwierig“, so de Maizière.';
    assert.deepEqual(speakers(text, GERMAN), [null, 'Thomas de Maizière', 'Thomas de Maizière']);
  });

  it('reads a German spokesman without a name, a separable verb and "laut"', () => {
    const text =
      'Das Spezialkommando wird aufgelöst. Das teilte der Innenminister des Landes Hessen, Peter Beuth, am Donnerstag mit. Der Test hatte laut Polizei zunächst angeschlagen. Der Gegenstand werde untersucht, sagte ein Sprecher der Bundespolizei in Berlin.';
    assert.deepEqual(speakers(text, GERMAN), [
      'Peter Beuth',
      'Peter Beuth',
      'Polizei',
      'ein Sprecher der Bundespolizei',
    ]);
  });

  it('reads two offices of one person joined by "und", the subject between a German auxiliary and its participle, and a subjunctive before "man"', () => {
    const text =
      '«Die Aktionen haben Leid verursacht», erklärte Finanzministerin Janet Yellen. «Wir werden weiter handeln», teilte der neue britische Aussenminister und frühere Regierungschef David Cameron mit. Unter den Toten sind auch Deutsche. Das hat das Auswärtige Amt mitgeteilt. Einzelne Todesfälle bestätige man erst später.';
    assert.deepEqual(speakers(text, GERMAN), [
      'Janet Yellen',
      'David Cameron',
      'das Auswärtige Amt',
      'das Auswärtige Amt',
      'das Auswärtige Amt',
    ]);
  });

  it('reads a German argument ("Er argumentiert, dass …") as said by the person named before', () => {
    const text =
      'Wirtschaftsminister Robert Habeck sagt, dass die Sanktionen wirken. Er argumentiert, dass die Beschränkungen den Krieg beenden sollen.';
    assert.deepEqual(speakers(text, GERMAN), ['Robert Habeck', 'Robert Habeck']);
  });

  it('sets a German deputy ("Stellvertreter") aside as the office, also after a possessive', () => {
    const text =
      'Sein Stellvertreter Naim Kassem sagte, die Miliz sei bereit. „Wir sind bereit“, sagte sein Stellvertreter Naim Kassem am Montag.';
    assert.deepEqual(speakers(text, GERMAN), ['Naim Kassem', 'Naim Kassem']);
  });

  it('reads a Spanish call made ("hizo un llamado") as something said', () => {
    const text =
      'El jefe de la diplomacia europea, Josep Borrell, habló en Bruselas. Borrell también hizo un llamado a Rusia para que respete el derecho internacional.';
    assert.deepEqual(speakers(text, SPANISH), [null, 'Josep Borrell']);
  });

  it('keeps a German noun before its genitive as a phrase, not a name', () => {
    const text = 'Laut Angaben der Versender sollten Masken in den Paketen sein.';
    assert.deepEqual(speakers(text, GERMAN), ['Angaben der Versender']);
  });

  it('gives a German sentence in the reported subjunctive to the last speaker', () => {
    const text =
      '„Gegen 8 Uhr haben wir etwas gefunden“, sagte Polizeisprecher Thorsten Peter. Die Kisten standen vor dem Tor. Bis zur Aufklärung solle die Absperrung bleiben.';
    assert.deepEqual(speakers(text, GERMAN), ['Thorsten Peter', null, 'Thorsten Peter']);
  });

  it('reads a Spanish subject with its name between commas, and a role and a left-out subject after it', () => {
    const text =
      'El ministro del Interior, Juan José Santiváñez, rechazó las declaraciones del ministro de Energía. En declaraciones a la prensa, el titular del Ministerio del Interior (Mininter) cuestionó la recomendación. "No he escuchado las declaraciones del ministro", expresó.';
    assert.deepEqual(speakers(text, SPANISH), [
      'Juan José Santiváñez',
      'Juan José Santiváñez',
      'Juan José Santiváñez',
    ]);
  });

  it('gives a quote that opens the article to the speaker the next sentence names', () => {
    const text =
      '"Nunca se puede justificar la violencia, nunca". La ministra de Defensa, Margarita Robles, ha dejado clara su postura. Para Robles, no se trata de "estar o no estar en el Gobierno".';
    assert.deepEqual(speakers(text, SPANISH), [
      'Margarita Robles',
      'Margarita Robles',
      'Margarita Robles',
    ]);
  });

  it('gives a pronoun with nobody named before to the office the sentence before opens with', () => {
    const text =
      'Staatsanwältin im damaligen Prozess war dieselbe. „Heute wissen wir, dass ihre Beteuerungen falsch waren“, erinnerte sie sich.';
    assert.deepEqual(speakers(text, GERMAN), [null, 'Staatsanwältin']);
  });

  it('gives all sentences of a quote the speaker its closing cue names', () => {
    const text =
      'La difusión ‘‘no se trata de filtraciones. No sé con qué intención haya circulado’’, afirmó el vocero de la Presidencia, Eduardo Sánchez.';
    assert.deepEqual(speakers(text, SPANISH), ['Eduardo Sánchez', 'Eduardo Sánchez']);
  });
});

describe('attributeOtherLanguage with Spanish dashes', () => {
  it('reads the speaker of a dash inciso inside a quote and of a dialogue line', () => {
    const text =
      'El Gobierno aprobó la ley. «No vamos a permitirlo —dijo el ministro del Interior, Fernando Grande-Marlaska—, porque la ley es clara».\n\n—No lo sé —afirmó Marlaska—.';
    assert.deepEqual(speakers(text, SPANISH), [
      null,
      'Fernando Grande-Marlaska',
      'Fernando Grande-Marlaska',
    ]);
  });

  it('keeps a capitalised title word out of the speaker ("el Alto Representante", "el Portavoz del Gobierno")', () => {
    const text =
      'El Alto Representante de la Unión Europea declaró que la situación es grave. «No es suficiente», dijo el Portavoz del Gobierno.';
    assert.deepEqual(speakers(text, SPANISH), [
      'El Alto Representante de la Unión Europea',
      'el Portavoz del Gobierno',
    ]);
  });

  it('keeps an institution after a definite article whole ("el Consejo de la UE")', () => {
    const text =
      'Las sanciones se aplican contra 15 personas, informó el Consejo de la UE en un comunicado.';
    assert.deepEqual(speakers(text, SPANISH), ['el Consejo de la UE']);
  });
});

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

// Issue 14: Spanish and German reports of sanctions.
describe('attributeOtherLanguage, offices with their body and clauses naming the source', () => {
  it('reads a deputy office with a long qualifier before the name in apposition, with its middle initial', () => {
    const text =
      '«El Tesoro prioriza la interrupción del tráfico de fentanilo», expresó el subsecretario del Departamento del Tesoro para Terrorismo e Inteligencia Financiera, Brian E. Nelson.';
    assert.deepEqual(speakers(text, SPANISH), ['Brian E. Nelson']);
  });

  it('reads "dijo el secretario del Tesoro NAME" as NAME, and "detalló" and "especificó" as cues', () => {
    const text =
      '«Estas sanciones continuarán», dijo el secretario del Tesoro Pablo Ruiz Vera, en una comparecencia. Ruiz Vera detalló que las medidas apuntan a diez bancos. El Departamento del Tesoro especificó que los bienes quedan bloqueados.';
    assert.deepEqual(speakers(text, SPANISH), [
      'Pablo Ruiz Vera',
      'Pablo Ruiz Vera',
      'El Departamento del Tesoro',
    ]);
  });

  it('reads no cue in a negated Spanish verb ("El comunicado no especificó")', () => {
    const text =
      '«Seguiremos actuando», dijo el portavoz Pablo Ruiz Vera. El comunicado no especificó cuántos buques fueron sancionados.';
    assert.deepEqual(speakers(text, SPANISH), ['Pablo Ruiz Vera', null]);
  });

  it('reads the subject of a German "wie" clause and a plural reported subjunctive in "hätten"', () => {
    const text =
      'Sie richten sich gegen sieben Personen, wie das Finanzministerium am Freitag mitteilte. Die anderen Personen hätten ihre Konten genutzt.';
    assert.deepEqual(speakers(text, GERMAN), ['das Finanzministerium', 'das Finanzministerium']);
  });
});
