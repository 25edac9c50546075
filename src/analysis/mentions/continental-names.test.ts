import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMentions } from './find-mentions.ts';

function people(text: string): string[] {
  return findMentions(text)
    .filter((m) => m.type === 'person')
    .map((m) => `${m.name}${m.honorifics.length > 0 ? ` (${m.honorifics.join(', ')})` : ''}`);
}

describe('mendContinentalNames', () => {
  it('finds French and German particle names as one person', () => {
    assert.deepEqual(
      people(
        'Jean-Yves Le Drian a salué la décision, comme Ursula von der Leyen et Marine Le Pen.',
      ),
      ['Jean-Yves Le Drian', 'Ursula von der Leyen', 'Marine Le Pen'],
    );
  });

  it('sets a German office glued before the name aside as the role', () => {
    assert.deepEqual(
      people(
        'Bundesaußenministerin Annalena Baerbock reiste nach Kiew. Kanzler Scholz sagte, Regierungssprecher Steffen Hebestreit habe das bestätigt.',
      ),
      [
        'Annalena Baerbock (Bundesaußenministerin)',
        'Scholz (Kanzler)',
        'Steffen Hebestreit (Regierungssprecher)',
      ],
    );
  });

  it('sets German descriptors and function words before a name aside', () => {
    assert.deepEqual(
      people(
        'Betroffen ist der Milliardär Wiktor Wekselberg. Auch Gennadi Timtschenko steht auf der Liste. Der Ökonom Thomas Müller widerspricht. Betroffen ist auch Kreml-Sprecher Dmitri Peskow.',
      ),
      [
        'Wiktor Wekselberg (Milliardär)',
        'Gennadi Timtschenko',
        'Thomas Müller (Ökonom)',
        'Dmitri Peskow (Kreml-Sprecher)',
      ],
    );
  });

  it('sets an owner descriptor and a country in the genitive before a German name aside', () => {
    // marketscreener.com 40591592 ("Russlands Sberbank arbeitet trotz neuer EU-Sanktionen …").
    const names = findMentions(
      'Russlands Sberbank arbeitet wie gewohnt. Der Strabag-Großaktionär Oleg Deripaska klagt. Russlands Präsident Wladimir Putin schweigt.',
    ).map((m) => m.name);
    assert.ok(names.includes('Sberbank'), names.join(' | '));
    assert.ok(names.includes('Oleg Deripaska'), names.join(' | '));
    assert.ok(names.includes('Wladimir Putin'), names.join(' | '));
  });

  it('reads a name after a German company descriptor or before "-Konzern" as a company', () => {
    const companies = findMentions(
      'Der Stahlkonzern Sewerstal ist betroffen. Der Severstal-Konzern wies die Vorwürfe zurück. Er finanziert die Söldnertruppe Wagner.',
    )
      .filter((m) => m.type === 'organization')
      .map((m) => m.name);
    assert.deepEqual(companies, ['Sewerstal', 'Severstal', 'Wagner']);
  });

  it('finds a French name after an elided word', () => {
    assert.deepEqual(people("Il vise Poutine ainsi qu'Igor Ivanovitch Setchine."), [
      'Igor Ivanovitch Setchine',
    ]);
    assert.deepEqual(people("Le groupe d'Oleg Deripaska a perdu."), ['Oleg Deripaska']);
  });

  it('finds a Russian given name in French transcription as a given name', () => {
    assert.deepEqual(
      people(
        'Vladimir Poutine et son ministre des Affaires étrangères Sergueï Lavrov y avaient déjà été inscrits.',
      ),
      ['Vladimir Poutine', 'Sergueï Lavrov'],
    );
  });

  it('drops "Le Conseil", a French article with one head word, as a name to screen', () => {
    const names = findMentions('Le Conseil a adopté mardi une résolution sur la Syrie.').map(
      (m) => m.name,
    );
    assert.ok(!names.some((n) => /Conseil/u.test(n)), names.join(', '));
  });

  it('sets a designation trade glued before a German name aside ("Hisbollah-Finanzier")', () => {
    assert.deepEqual(
      people(
        'Betroffen ist der Hisbollah-Finanzier Ali Haddad. Betroffen ist auch der Al-Kaida-Anführer Saif al-Adel.',
      ),
      ['Ali Haddad (Hisbollah-Finanzier)', 'Saif al-Adel (Al-Kaida-Anführer)'],
    );
  });
});
