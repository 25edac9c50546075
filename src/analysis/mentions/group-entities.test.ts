import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from './build-gazetteer.ts';
import { findMentions } from './find-mentions.ts';
import { groupEntities } from './group-entities.ts';
import { segmentText } from '../attribution/segment-text.ts';
import { testEntities } from '../test-entities.ts';

const gazetteer = buildGazetteer(testEntities());
const group = (text: string) =>
  groupEntities(findMentions(text, gazetteer), segmentText(text).quotes);

describe('groupEntities', () => {
  it('makes one person of a full name, a styled first name, a title pair and a pronoun', () => {
    const text =
      'Adviser Dame Sara Khan told the BBC about the plan. She added that it must change. ' +
      'Dame Sara also said more. I disagree with Ms. Dame Sara.';
    const { entities } = group(text);
    const sara = entities.filter((e) => e.type === 'person');
    assert.equal(sara.length, 1);
    assert.equal(sara[0]?.name, 'Sara Khan');
    assert.deepEqual(
      sara[0].mentions.map((m) => m.text),
      ['Dame Sara Khan', 'She', 'Dame Sara', 'Ms. Dame Sara'],
    );
  });

  it('makes one organisation of al-Qaeda, Al Qaeda and Al-Qaida', () => {
    const { entities } = group('Al Qaeda grew. Al-Qaida spread. The rise of al-Qaeda continued.');
    const orgs = entities.filter((e) => e.type === 'organization');
    assert.equal(orgs.length, 1);
    assert.equal(orgs[0]?.mentions.length, 3);
  });

  it('links an acronym in parentheses to the name before it', () => {
    const { entities } = group('The Islamic State (ISIS) attacked. Later ISIS withdrew.');
    const state = entities.find(
      (e) => e.name === 'Islamic State' || e.aliases.includes('Islamic State'),
    );
    assert.ok(state);
    assert.ok(state.aliases.includes('ISIS') || state.name === 'ISIS');
    assert.equal(state.mentions.length, 3);
  });

  it('does not give a pronoun to a person of the other gender', () => {
    const text = 'Dame Sara Khan spoke after Michael Gove. She said more.';
    const { entities, links } = group(text);
    const she = links.find((l) => l.mention.text === 'She');
    assert.equal(entities.find((e) => e.id === she?.entityId)?.name, 'Sara Khan');
  });

  it('makes one person of a full name and the compound surname alone ("Peniche Espejel")', () => {
    const { entities } = group(
      'The attorney general, Cesar Peniche Espejel, confirmed the arrest. Peniche Espejel said a cartel was behind it.',
    );
    const people = entities.filter((e) => e.type === 'person');
    assert.equal(people.length, 1, people.map((p) => p.name).join(', '));
    assert.equal(people[0]?.name, 'Cesar Peniche Espejel');
  });

  it('makes one person of a surname named first and the full name given later', () => {
    const { entities } = group(
      'The strikes show the lows to which President Putin will sink. ' +
        'Only one person can stop this war, and that is Vladimir Putin.',
    );
    const people = entities.filter((e) => e.type === 'person');
    assert.equal(people.length, 1, people.map((p) => p.name).join(', '));
    assert.equal(people[0]?.name, 'Vladimir Putin');
  });

  it('keeps a surname named first apart when two full names share it later', () => {
    const { entities } = group(
      'Mr. Smith arrived late. John Smith spoke first, then Jane Smith answered him.',
    );
    const people = entities.filter((e) => e.type === 'person').map((p) => p.name);
    assert.ok(people.includes('John Smith') && people.includes('Jane Smith'), people.join(', '));
  });

  it('makes one person of a full name and its surname alone without the article or second surname', () => {
    const { entities } = group(
      'Syrian President Bashar al-Assad spoke on Monday. Assad said the war was over. ' +
        'Venezuela’s leader Nicolás Maduro Moros answered. Maduro said the vote was fair.',
    );
    const people = entities.filter((e) => e.type === 'person').map((p) => p.name);
    assert.deepEqual(people.sort(), ['Bashar al-Assad', 'Nicolás Maduro Moros']);
  });
});

describe('groupEntities: surnames before and after the full name', () => {
  const at = (
    text: string,
    name: string,
    type: 'person' | 'place',
    from = 0,
  ): Parameters<typeof groupEntities>[0][number] => {
    const start = text.indexOf(name, from);
    return {
      start,
      end: start + name.length,
      text: name,
      name,
      type,
      source: 'nlp',
      honorifics: [],
    };
  };

  it('gives a surname alone to the person named with it, not to a place spelt alike', () => {
    const text = 'HTS holds Syria. Kubilay Sari sent funds. Syria froze the assets of Sari.';
    const { entities } = groupEntities([
      at(text, 'Syria', 'place'),
      at(text, 'Kubilay Sari', 'person'),
      at(text, 'Syria', 'place', 20),
      at(text, 'Sari', 'place', 60),
    ]);
    const sari = entities.find((e) => e.name === 'Kubilay Sari');
    assert.deepEqual(
      sari?.mentions.map((m) => m.text),
      ['Kubilay Sari', 'Sari'],
    );
    assert.ok(!entities.find((e) => e.name === 'Syria')?.aliases.includes('Sari'));
  });

  it('joins a pair of surnames named first to the full name after it, never a given name and surname', () => {
    const text =
      'Oseguera Cervantes, sanctioned. Nemesio Rubén Oseguera Cervantes leads it. ' +
      'Ali Hassan spoke. Mohamed Ali Hassan did not. Al-Sawahiri led. Then Aiman al-Sawahiri died.';
    const { entities } = groupEntities([
      at(text, 'Oseguera Cervantes', 'person'),
      at(text, 'Nemesio Rubén Oseguera Cervantes', 'person'),
      at(text, 'Ali Hassan', 'person'),
      at(text, 'Mohamed Ali Hassan', 'person'),
      at(text, 'Al-Sawahiri', 'person'),
      at(text, 'Aiman al-Sawahiri', 'person'),
    ]);
    const people = entities.filter((e) => e.type === 'person').map((e) => e.name);
    assert.deepEqual(people, [
      'Nemesio Rubén Oseguera Cervantes',
      'Ali Hassan',
      'Mohamed Ali Hassan',
      'Aiman al-Sawahiri',
    ]);
  });
});
