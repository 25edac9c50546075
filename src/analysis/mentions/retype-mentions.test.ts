import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Mention } from '../article-types.ts';
import { findMentions } from './find-mentions.ts';
import { retypeMentions } from './retype-mentions.ts';

const LEXICON = new Map([
  ['scott', 'first'],
  ['tom', 'first'],
  ['president', 'title'],
  ['washington', 'place'],
]);

/** A tagger mention of the first occurrence of `name` in `text`. */
const tagged = (text: string, name: string, type: Mention['type'] = 'person'): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type, source: 'nlp', name, honorifics: [] };
};
const retype = (text: string, mentions: Mention[]): Mention[] =>
  retypeMentions(text, mentions, LEXICON, (m) => m.source === 'nlp');

describe('retypeMentions', () => {
  it('makes a name the tagger read as a place a person when a role follows it', () => {
    const text = 'Isa Gusau, the spokesperson to the governor, said so. Gusau was quiet.';
    const [gusau] = retype(text, [tagged(text, 'Isa Gusau', 'place')]);
    assert.equal(gusau?.type, 'person');
    // A place with a place word first stays a place ("New York, the president said").
    const other = 'In New York, the president said so.';
    const lexicon = new Map([['new', 'common']]);
    const [city] = retypeMentions(other, [tagged(other, 'New York', 'place')], lexicon, () => true);
    assert.equal(city?.type, 'place');
  });

  it('makes a name straight after a noun for a body of people that body, through the text', () => {
    const text =
      'Brazilian football club Santos confirmed talks. Santos have refused the offer, as a big club like Kaizer Chiefs did.';
    const mentions = [
      tagged(text, 'Santos'),
      { ...tagged(text, 'Santos'), start: 48, end: 54 },
      tagged(text, 'Kaizer Chiefs'),
    ];
    assert.equal(text.slice(48, 54), 'Santos');
    assert.deepEqual(
      retype(text, mentions).map((m) => m.type),
      ['organization', 'organization', 'organization'],
    );
    // A title between the noun and the name leaves the person ("club captain Tom Smith").
    const captain = 'The club captain Tom Smith said so.';
    assert.equal(retype(captain, [tagged(captain, 'Tom Smith')])[0]?.type, 'person');
  });

  it('makes a one-word name whose verb is followed by "its" an organisation', () => {
    const text =
      'Iridium said its net loss grew. Subscribers of the Iridium system fell, Iridium added.';
    const mentions = [...text.matchAll(/Iridium/g)].map((m) => ({
      ...tagged(text, 'Iridium'),
      start: m.index,
      end: m.index + 7,
    }));
    assert.deepEqual(
      retype(text, mentions).map((m) => m.type),
      ['organization', 'organization', 'organization'],
    );
    // A person's surname stays a person ("Scott Chambers … Chambers said its plan").
    const other = 'Scott Chambers spoke. Chambers said its plan was sound.';
    const people = [
      tagged(other, 'Scott Chambers'),
      { ...tagged(other, 'Chambers'), start: 22, end: 30 },
    ];
    assert.equal(retype(other, people)[1]?.type, 'person');
  });

  it('makes a capital named alone a place, unless a person the article names bears it', () => {
    const text = "It was Washington's fourth round of sanctions.";
    assert.equal(retype(text, [tagged(text, 'Washington')])[0]?.type, 'place');
    const actor = 'Denzel Washington starred. Washington said he was proud.';
    const people = [
      tagged(actor, 'Denzel Washington'),
      { ...tagged(actor, 'Washington'), start: 27, end: 37 },
    ];
    assert.equal(retype(actor, people)[1]?.type, 'person');
  });

  it('makes a building that speaks the organisation inside it, in every occurrence', () => {
    const text = 'The Kremlin said no. Kremlin aides agreed, the Kremlin added.';
    const first = tagged(text, 'Kremlin');
    const second = { ...tagged(text, 'Kremlin'), start: 21, end: 28 };
    const result = retype(text, [first, second]);
    assert.deepEqual(
      result.map((m) => m.type),
      ['organization', 'organization'],
    );
  });

  it('drops a "the X" name the tagger took for a person when nothing says it is a body', () => {
    const text = 'The two men were sentenced at the Old Bailey in London.';
    assert.deepEqual(retype(text, [tagged(text, 'Old Bailey')]), []);
  });

  it('keeps a surname after "the" when the text names that person in full', () => {
    const text = 'He wrote for Jimmy Fallon when Fallon was new, early in the Fallon job.';
    const full = tagged(text, 'Jimmy Fallon');
    const alone = { ...tagged(text, 'Fallon'), start: 31, end: 37 };
    const modifier = { ...tagged(text, 'Fallon'), start: 60, end: 66 };
    assert.equal(text.slice(alone.start, alone.end), 'Fallon');
    assert.equal(text.slice(modifier.start, modifier.end), 'Fallon');
    assert.deepEqual(
      retype(text, [full, alone, modifier]).map((m) => [m.start, m.type]),
      [
        [13, 'person'],
        [31, 'person'],
        [60, 'person'],
      ],
    );
  });

  it('keeps a person after "the" when the name is a title or starts with a first name', () => {
    const text = 'the President spoke, and the Scott Bessent of this story said so.';
    const result = retype(text, [tagged(text, 'President'), tagged(text, 'Scott Bessent')]);
    assert.deepEqual(
      result.map((m) => m.type),
      ['person', 'person'],
    );
  });

  it('makes a name ending in an organisation head word an organisation, not a surname', () => {
    const text = 'Officials of the Tehreek Party met Tom Post yesterday.';
    const result = retype(text, [tagged(text, 'Tehreek Party'), tagged(text, 'Tom Post')]);
    assert.deepEqual(
      result.map((m) => m.type),
      ['organization', 'person'],
    );
  });

  it('makes a name before a noun for a body of people an organisation, never one word', () => {
    const text = 'the newly-formed Los Jaguares cartel, and Houthi militants';
    const result = retype(text, [tagged(text, 'Los Jaguares'), tagged(text, 'Houthi')]);
    assert.deepEqual(
      result.map((m) => m.type),
      ['organization', 'person'],
    );
  });

  it("reads an office named by its holder's title as one organisation", () => {
    const text = "The Hillsborough County Sheriff's Office said police responded.";
    const result = retype(text, [
      tagged(text, 'Hillsborough County'),
      tagged(text, 'Office', 'organization'),
    ]);
    assert.equal(result.length, 1);
    assert.equal(result[0]?.name, "Hillsborough County Sheriff's Office");
    assert.equal(result[0]?.type, 'organization');
  });
});

describe('findMentions with retyping', () => {
  it("finds the sheriff's office whole and the sheriff as a person", () => {
    const text =
      "The Hillsborough County Sheriff's Office said police responded on Saturday. Sheriff Chad Chronister said the boy was safe.";
    const mentions = findMentions(text);
    assert.ok(
      mentions.some(
        (m) => m.name === "Hillsborough County Sheriff's Office" && m.type === 'organization',
      ),
    );
    assert.ok(!mentions.some((m) => m.type === 'person' && /Hillsborough/.test(m.name)));
    assert.ok(mentions.some((m) => m.name === 'Chad Chronister' && m.type === 'person'));
  });

  it('never reads "the Kremlin" as a person', () => {
    const text =
      'Peskov said it was too early, and the Kremlin refuses to call it a war. He added that the Kremlin continued to recognise Volodymyr Zelensky.';
    const mentions = findMentions(text);
    assert.ok(!mentions.some((m) => m.type === 'person' && m.name === 'Kremlin'));
  });

  it('makes a one-word name the tagger read as a person a place when the text is twice "in" it', () => {
    const text = 'Tourism grew in Coron. Coron was a town. Boats sail in Coron waters.';
    const at = (n: number): Mention => {
      const start = [...text.matchAll(/Coron/g)][n]?.index ?? -1;
      return { ...tagged(text, 'Coron'), start, end: start + 5 };
    };
    const typed = retype(text, [at(0), at(1), at(2)]);
    assert.deepEqual(
      typed.map((m) => m.type),
      ['place', 'place', 'place'],
    );
    // Once is not enough ("In God we trust"), nor a possessive ("in Biden's plan").
    const once = 'In God we trust, God said.';
    assert.equal(retype(once, [tagged(once, 'God')])[0]?.type, 'person');
    const owner = "Cuts in Biden's plan, and in Biden's budget, Biden said.";
    const biden = { ...tagged(owner, 'Biden'), start: 46, end: 51 };
    assert.equal(retype(owner, [biden])[0]?.type, 'person');
  });

  it('makes a given name the text is twice "in" a place, unless a person the text names has it', () => {
    const text =
      'Virginia voted. I was born in Virginia and taught in Virginia. My faith in Virginia holds.';
    const lexicon = new Map([['virginia', 'person']]);
    const all = [...text.matchAll(/Virginia/g)].map((m) => ({
      ...tagged(text, 'Virginia'),
      start: m.index,
      end: m.index + 8,
    }));
    assert.deepEqual(
      retypeMentions(text, all, lexicon, () => true).map((m) => m.type),
      ['place', 'place', 'place', 'place'],
    );
    // "Virginia Woolf" names her: the word alone is still her.
    const woolf = `Virginia Woolf wrote. ${text}`;
    const born = woolf.indexOf('Virginia and');
    const hers = [tagged(woolf, 'Virginia Woolf'), { ...tagged(woolf, 'Virginia'), start: born }];
    hers[1]!.end = born + 8;
    assert.equal(retypeMentions(woolf, hers, lexicon, () => true)[1]?.type, 'person');
    // "faith in" and "trust in" take people: twice is no place.
    const faith = 'Our faith in Virginia and our trust in Virginia, Virginia said.';
    const lone = { ...tagged(faith, 'Virginia'), start: 49, end: 57 };
    assert.equal(retypeMentions(faith, [lone], lexicon, () => true)[0]?.type, 'person');
  });

  it('makes a town named by its kind a place and the members of a party or house a group', () => {
    const text =
      'Boats leave the Municipality of Culion for the Republic of Korea. Senate Republicans and Democratic Senators voted.';
    const typed = retype(text, [
      tagged(text, 'Municipality of Culion', 'organization'),
      tagged(text, 'Republic of Korea', 'organization'),
      tagged(text, 'Senate Republicans', 'organization'),
      tagged(text, 'Democratic Senators', 'person'),
    ]);
    assert.deepEqual(
      typed.map((m) => m.type),
      ['place', 'place', 'group', 'group'],
    );
    // A body named after a town stays that body ("City of London Corporation").
    const body = 'The City of London Corporation said so.';
    const [corporation] = retype(body, [
      tagged(body, 'City of London Corporation', 'organization'),
    ]);
    assert.equal(corporation?.type, 'organization');
  });

  it('makes a name the tagger read as a place an organisation when it ends in "Library" or a paper\'s name', () => {
    const text = 'She worked at the British Library and wrote for the San Francisco Bulletin.';
    const typed = retype(text, [
      tagged(text, 'British Library', 'place'),
      tagged(text, 'San Francisco Bulletin', 'place'),
    ]);
    assert.deepEqual(
      typed.map((m) => m.type),
      ['organization', 'organization'],
    );
    // A hospital is also a place ("Auckland Hospital").
    const other = 'He was taken to Auckland Hospital.';
    assert.equal(retype(other, [tagged(other, 'Auckland Hospital', 'place')])[0]?.type, 'place');
  });

  it('makes a name the lexicon knows as an organisation one, unless a given name opens it', () => {
    const lexicon = new Map([
      ['united nations', 'org'],
      ['coco chanel', 'org'],
      ['coco', 'first'],
    ]);
    const text = 'He met the United Nations Secretary-General. Coco Chanel was there.';
    const mentions = [tagged(text, 'United Nations'), tagged(text, 'Coco Chanel')];
    assert.deepEqual(
      retypeMentions(text, mentions, lexicon, () => true).map((m) => m.type),
      ['organization', 'person'],
    );
  });
});
