import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newEntity } from '../../core/index.ts';
import { articlePerson as person, localOptions, optionsOver } from './local-listings.ts';
import { screenEntities } from './screen-entities.ts';

const matchOf = async (
  name: string,
  reference: string,
  options: ReturnType<typeof localOptions>,
): Promise<string | undefined> =>
  (await screenEntities([person(name)], options))[0]?.screening?.hits.find(
    (h) => h.reference === reference,
  )?.match;

// Shaped like UK RUS1467 and UN QDi.352/QDi.420: a religious title and one name as the list's own
// alias, beside namesakes that share the one name.
const clerics = localOptions([
  ['RUS1467', 'Vladimir Mikhailovich GUNDYAYEV', ['Patriarch Kirill'], 'Person'],
  ['XXi.101', 'Kirill Nikolaevich SHAMALOV', ['Kirill SHAMALOV'], 'Person'],
  ['XXi.102', 'Kirill Alekseyevich MORDASHOV', [], 'Person'],
  ['AQD0225', 'MAULANA FAZLULLAH', ['Mullah Fazlullah', 'Fazal Hayat'], 'Person'],
  ['XXi.103', 'HAJI KHAIRULLAH BARAKZAI', ['Haji Khairullah'], 'Person'],
]);

describe('a titled person named by the list its own name', () => {
  it('matches "Patriarch Kirill", the alias the list gives, and not the other Kirills', async () => {
    assert.equal(await matchOf('Patriarch Kirill', 'RUS1467', clerics), 'match');
    assert.notEqual(await matchOf('Patriarch Kirill', 'XXi.101', clerics), 'match');
  });

  it('matches "Mullah Fazlullah" word for word, never "Fazlullah" alone', async () => {
    assert.equal(await matchOf('Mullah Fazlullah', 'AQD0225', clerics), 'match');
    assert.notEqual(await matchOf('Fazlullah', 'AQD0225', clerics), 'match');
  });

  it('never matches a title most people share (Haji) with one name', async () => {
    assert.notEqual(await matchOf('Haji Khairullah', 'XXi.103', clerics), 'match');
  });

  it('never matches a titled name that a list calls a weak alias', async () => {
    const weak = newEntity('uk', 'AQD0186', 'Person', 'TAHA Ibrahim ABDALLAH BAKR AL KHUWAYT');
    weak.names = [
      { full: weak.caption, kind: 'primary' },
      { full: 'Mullah Taha', kind: 'weak-alias' },
    ];
    const strong = newEntity('uk', 'XXi.104', 'Person', 'Taha al-Khuwayt');
    strong.names = [
      { full: strong.caption, kind: 'primary' },
      { full: 'Mullah Taha', kind: 'alias' },
    ];
    const options = optionsOver([weak, strong]);
    assert.notEqual(await matchOf('Mullah Taha', 'XXi.104', options), 'match');
    assert.notEqual(await matchOf('Mullah Taha', 'AQD0186', options), 'match');
  });
});

describe('short forms the lists imply', () => {
  const russians = localOptions([['RUS1468', 'Alexey Ivanovich ISAYKIN', [], 'Person']]);

  it('matches a Russian given name romanised another way when only the patronymic is left out', async () => {
    assert.equal(await matchOf('Alexei Isaykin', 'RUS1468', russians), 'match');
  });

  it('keeps it partial where the surname is only spelt like the listed one', async () => {
    assert.notEqual(await matchOf('Alexei Isaikin', 'RUS1468', russians), 'match');
  });

  it("matches a given name another of the listing's names holds (OFAC's split aliases)", async () => {
    const cartel = localOptions([
      ['17674', 'OSEGUERA CERVANTES, Ruben', ['OSEGUERA CERVANTES, Nemesio'], 'Person'],
    ]);
    assert.equal(await matchOf('Nemesio Rubén Oseguera Cervantes', '17674', cartel), 'match');
  });
});
