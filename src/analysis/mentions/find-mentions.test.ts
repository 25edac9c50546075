import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildGazetteer } from './build-gazetteer.ts';
import { findMentions } from './find-mentions.ts';
import { newEntity } from '../../core/index.ts';
import { testEntities } from '../test-entities.ts';

const gazetteer = buildGazetteer(testEntities());

describe('findMentions', () => {
  it('sets a job title aside as the role and never takes a title alone for a person', () => {
    const text =
      'US Secretary of State Antony Blinken met the Prime Minister. Sirajuddin Haqqani Minister of Interior spoke, said Treasury Secretary Scott Bessent.';
    const mentions = findMentions(text);
    const blinken = mentions.find((m) => m.name === 'Antony Blinken');
    assert.equal(blinken?.text, 'Antony Blinken');
    assert.deepEqual(blinken.honorifics, ['US Secretary of State']);
    assert.ok(mentions.some((m) => m.name === 'Sirajuddin Haqqani' && m.type === 'person'));
    assert.ok(mentions.some((m) => m.name === 'Scott Bessent' && m.type === 'person'));
    assert.ok(!mentions.some((m) => m.type === 'person' && /Minister|Secretary/.test(m.name)));
    for (const m of mentions) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('types a name after a wire dateline or before a role with a capitalised word as a person', () => {
    const dateline = findMentions('KABUL - Sirajuddin Haqqani met tribal elders on Monday.');
    assert.ok(dateline.some((m) => m.name === 'Sirajuddin Haqqani' && m.type === 'person'));
    const role = findMentions(
      'Sirajuddin Haqqani, the Taliban interior minister, met tribal elders on Monday in Kabul.',
    );
    assert.ok(role.some((m) => m.name === 'Sirajuddin Haqqani' && m.type === 'person'));
    const province = findMentions('KABUL - Kandahar Province saw fighting on Monday.');
    assert.ok(!province.some((m) => m.type === 'person'));
  });

  it('sets a descriptor that opens the sentence aside ("Oligarch Igor Sechin")', () => {
    const text =
      'Oligarch Igor Sechin docked the yacht in France. Billionaire Viktor Vekselberg lost his.';
    const mentions = findMentions(text);
    const sechin = mentions.find((m) => m.name === 'Igor Sechin');
    assert.equal(sechin?.text, 'Igor Sechin');
    const vekselberg = mentions.find((m) => m.name === 'Viktor Vekselberg');
    assert.equal(vekselberg?.type, 'person');
    assert.deepEqual(vekselberg.honorifics, ['Billionaire']);
  });

  it('keeps a ship’s whole name after its flag, typed as a body, and the flag as a place', () => {
    const ships = buildGazetteer([
      ...testEntities(),
      {
        entity: newEntity('eu', '149971', 'Organization', 'Aurora'),
        source: testEntities()[0]!.source,
      },
    ]);
    const mentions = findMentions(
      'The vessels Treasury blocked included Panama-flagged Aurora Riley and the Barbados-flagged Brava Lake.',
      ships,
    );
    const typeOf = (name: string) => mentions.find((m) => m.name === name)?.type;
    assert.equal(typeOf('Aurora Riley'), 'organization');
    assert.equal(typeOf('Brava Lake'), 'organization');
    assert.equal(typeOf('Panama'), 'place');
    assert.ok(!mentions.some((m) => m.name === 'Aurora'));
  });

  it('finds the Houthis after words of the writer’s own', () => {
    for (const text of [
      'Iran is the primary backer of the murderous Houthis in Yemen.',
      "Oil came from vessels linked to Yemen's Iran-aligned Houthis, the department said.",
    ]) {
      const houthis = findMentions(text, gazetteer).find((m) => m.name === 'Houthis');
      assert.equal(houthis?.type, 'organization', text);
    }
  });

  it('finds list names in other spellings and with a possessive', () => {
    const text = "The panel pointed to al-Qaeda's leaders and to the Haqqani Network in the east.";
    const mentions = findMentions(text, gazetteer);
    const qaeda = mentions.find((m) => m.text === 'al-Qaeda');
    assert.equal(qaeda?.type, 'organization');
    assert.equal(qaeda.source, 'gazetteer');
    assert.equal(text.slice(qaeda.start, qaeda.end), 'al-Qaeda');
    assert.equal(mentions.find((m) => m.text === 'Haqqani Network')?.type, 'organization');
  });

  it('keeps honorifics as attributes, not as part of the name', () => {
    const mentions = findMentions(
      'Adviser Dame Sara Khan told reporters that Ms. Dame Sara would stay.',
    );
    const first = mentions.find((m) => m.name === 'Sara Khan');
    assert.deepEqual(first?.honorifics, ['Dame']);
    assert.equal(first.gender, 'female');
    assert.deepEqual(mentions.find((m) => m.name === 'Sara')?.honorifics, ['Ms.', 'Dame']);
  });

  it('finds organisations by head word and groups by their noun', () => {
    const text = 'Members of Tablighi Jamaat met the National Resistance Front, the experts said.';
    const mentions = findMentions(text);
    assert.ok(mentions.some((m) => m.text === 'Tablighi Jamaat' && m.type === 'organization'));
    assert.ok(
      mentions.some((m) => m.text === 'National Resistance Front' && m.type === 'organization'),
    );
    assert.ok(mentions.some((m) => m.type === 'group' && m.name === 'experts'));
  });

  it('types a football club as an organisation', () => {
    const chelsea = findMentions('Chelsea FC said its owner would sell the club.').find((m) =>
      m.text.startsWith('Chelsea'),
    );
    assert.equal(chelsea?.type, 'organization');
    assert.equal(chelsea.text, 'Chelsea FC');
  });

  it('takes no verb, adverb or question word before a group noun into the group', () => {
    const groupOf = (text: string): string | undefined =>
      findMentions(text).find((m) => m.type === 'group')?.text;
    assert.equal(groupOf('The Taliban urged residents to stay at home.'), 'residents');
    assert.equal(groupOf('The results missed analysts’ estimates.'), 'analysts');
    assert.equal(groupOf('He personally monitors the talks.'), 'monitors');
    assert.equal(groupOf('It is unclear what officials knew.'), 'officials');
    assert.equal(groupOf('The interior minister met officials in Kabul.'), 'officials');
    assert.equal(groupOf('The ministry’s spokesman declined to comment.'), 'spokesman');
    // A modifier of the noun stays: an adjective, or a participle news uses as one.
    assert.equal(groupOf('Afghan analysts said the talks failed.'), 'Afghan analysts');
    assert.equal(groupOf('The raid was confirmed by unnamed officials.'), 'unnamed officials');
  });

  it('types a name the tagger read once as a body and once as a person, with no first name, a body', () => {
    const mentions = findMentions(
      '"The U.S. Treasury has a long history of disrupting terror finance," she said.\n\nBrian Nelson, U.S. Treasury\'s under secretary for terrorism, said so.',
    );
    const treasury = mentions.filter((m) => m.name === 'U.S. Treasury');
    assert.equal(treasury.length, 2);
    assert.ok(treasury.every((m) => m.type === 'organization'));
    assert.equal(mentions.find((m) => m.name === 'Brian Nelson')?.type, 'person');
  });

  it('takes a sentence-opening word into a name the article introduces with a role', () => {
    const text =
      'Chin Malin, spokesman for the Justice Ministry, said the council will meet. After the Constitutional Council meets, Malin will speak.';
    const mentions = findMentions(text);
    assert.ok(mentions.some((m) => m.type === 'person' && m.name === 'Chin Malin'));
    assert.ok(
      mentions.some((m) => m.type === 'organization' && m.text === 'Constitutional Council'),
    );
    assert.ok(!mentions.some((m) => m.text.startsWith('After')));
    // An opening adverb stays out ("Meanwhile"), and so does a word with no role after the name.
    const names = findMentions(
      'Meanwhile Malin, spokesman for the ministry, said so. Chin Malin said so too.',
    ).map((m) => m.name);
    assert.ok(!names.includes('Meanwhile Malin'), names.join(', '));
  });

  it('gives offsets that point at the mention in the text', () => {
    const text = 'In London, “quoted” words — and President Joe Biden — were discussed by NATO.';
    for (const m of findMentions(text, gazetteer)) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('extends a tagged name over an Arabic particle', () => {
    const text = 'Officials said Ayman al-Zawahri was killed in a drone strike in Kabul.';
    const mention = findMentions(text).find((m) => m.name.startsWith('Ayman'));
    assert.equal(mention?.name, 'Ayman al-Zawahri');
    assert.equal(mention.type, 'person');
  });

  it('reads a one-word plural of people as a group, not as a person to screen', () => {
    const text = 'Muslims and Hindus marched together in London on Sunday, said Rahul Gupta.';
    const mentions = findMentions(text);
    assert.ok(!mentions.some((m) => m.type === 'person' && /^(Muslims|Hindus)$/.test(m.name)));
    assert.ok(mentions.some((m) => m.type === 'person' && m.name === 'Rahul Gupta'));
  });

  it('finds the later bare surname of a person named in full', () => {
    const text = 'Maria Kowalczyk runs the clinic. Patients trust Kowalczyk, the nurses say.';
    const surname = findMentions(text).find((m) => m.text === 'Kowalczyk');
    assert.equal(surname?.type, 'person');
  });

  it('returns nothing for an empty text', () => {
    assert.deepEqual(findMentions('', gazetteer), []);
  });

  it('takes the whole name when a listed alias is only its end ("Abdiasis Abu Musab")', () => {
    // The listed alias "Abu Musab" is found by the gazetteer; the article's name is longer.
    const text =
      '"We killed five police," Abdiasis Abu Musab, the group’s military spokesman, told Reuters.';
    const person = findMentions(text, gazetteer).find(
      (m) => m.type === 'person' && m.name.includes('Musab'),
    );
    assert.equal(person?.name, 'Abdiasis Abu Musab');
    assert.equal(text.slice(person.start, person.end), person.text);
    // A hyphenated first name the tagger cut in two joins the name as well.
    const hyphenated = findMentions(
      'Abdi-Aziz Abu Musab, the group’s military spokesman, confirmed the attack.',
      gazetteer,
    ).filter((m) => m.type === 'person');
    assert.deepEqual(
      hyphenated.map((m) => m.name),
      ['Abdi-Aziz Abu Musab'],
    );
  });

  it('sets an office title that runs into a name aside as the person’s role', () => {
    const text =
      '"This must end," said Director of the Office of Foreign Assets Control Andrea M. Gacki.';
    const person = findMentions(text).find((m) => m.name.includes('Gacki'));
    assert.equal(person?.type, 'person');
    assert.equal(person.name, 'Andrea M. Gacki');
  });

  it('sets a police rank before a name aside as the role', () => {
    const person = findMentions('DPO Waqar Ahmed told reporters the road was shut.').find(
      (m) => m.type === 'person',
    );
    assert.equal(person?.name, 'Waqar Ahmed');
  });

  it('keeps a single surname after two title words and sets the titles aside', () => {
    const mentions = findMentions(
      '“ISIL uses social media,” Assistant Attorney General Carlin said in a statement.',
    );
    const carlin = mentions.find((m) => m.name.includes('Carlin'));
    assert.equal(carlin?.name, 'Carlin');
    assert.ok(carlin.honorifics.some((h) => h.includes('Attorney General')));
  });

  it('keeps the name apart from a title that runs into it after "for" or "in"', () => {
    const text =
      'Under Secretary of the Treasury for Terrorism and Financial Intelligence Brian Nelson said so, and so did FBI Special Agent in Charge James A. Tarasca.';
    const people = findMentions(text).filter((m) => m.type === 'person');
    assert.deepEqual(
      people.map((m) => m.name),
      ['Brian Nelson', 'James A. Tarasca'],
    );
    assert.ok(people[0]?.honorifics.includes('Financial Intelligence'));
  });

  it('joins an organisation and the unit it names across a bare hyphen', () => {
    const text =
      'The network was run by Iran’s Islamic Revolutionary Guard Corps-Quds Force, while Hamas-Fatah talks stalled.';
    const names = findMentions(text, gazetteer)
      .filter((m) => m.type === 'organization')
      .map((m) => m.name);
    assert.ok(names.includes('Islamic Revolutionary Guard Corps-Quds Force'), names.join(', '));
    assert.ok(!names.includes('Islamic Revolutionary Guard Corps'));
    assert.ok(!names.some((n) => n.includes('Hamas-Fatah')));
  });

  it('keeps Sheikh inside a Somali name that a first name opens', () => {
    const mentions = findMentions("Somalia's president, Hassan Sheikh Mohamud, met the envoy.");
    const president = mentions.find((m) => m.type === 'person');
    assert.equal(president?.name, 'Hassan Sheikh Mohamud');
    assert.deepEqual(president.honorifics, []);
  });

  it('never takes a title at the end of one line for the name opening the next', () => {
    const mentions = findMentions(
      '"We will win," said Hassan Sheikh Mohamud, the president.\n\nOfficials said the talks would resume.',
    );
    assert.ok(!mentions.some((m) => m.type === 'person' && m.name === 'Officials'));
  });

  it('takes in the particle names and the name word between them after a tagged name', () => {
    for (const [text, name] of [
      ['The sanctions name Ali Reda al-Qassabi Lari and two others.', 'Ali Reda al-Qassabi Lari'],
      [
        'It named Abd al-Khaliq Badr al-Din al-Houthi as a leader.',
        'Abd al-Khaliq Badr al-Din al-Houthi',
      ],
      ['Jihad Alami paid Mu’in Daqiq Al-‘Amili on Monday.', 'Mu’in Daqiq Al-‘Amili'],
    ]) {
      const names = findMentions(text ?? '').map((m) => m.name);
      assert.ok(names.includes(name ?? ''), names.join(', '));
    }
  });

  it('finds a listed group whose head word the article writes in lower case', () => {
    const mentions = findMentions(
      'He is a longtime leader of the so-called Haqqani network with a bounty on his head.',
      gazetteer,
    );
    const network = mentions.find((m) => m.name.startsWith('Haqqani'));
    assert.equal(network?.name, 'Haqqani network');
    assert.equal(network.type, 'organization');
  });

  it('reads a one-word plural as the organisation the article names so elsewhere', () => {
    const [first] = testEntities();
    const houthis = newEntity('un', 'YEe.001', 'Organization', 'THE HOUTHIS');
    houthis.names = [{ full: 'THE HOUTHIS', kind: 'primary' }];
    const withHouthis = buildGazetteer([
      ...testEntities(),
      { entity: houthis, source: first?.source ?? ({} as never) },
    ]);
    const mentions = findMentions(
      'The US sanctioned a network funding the Iran-backed Houthis. Blinken blasted the Houthis.',
      withHouthis,
    );
    const plural = mentions.find((m) => m.text === 'Houthis');
    assert.equal(plural?.type, 'organization');
  });

  it('finds a company by its one word without the legal form only where it stands alone', () => {
    const [first] = testEntities();
    const source = first?.source ?? ({} as never);
    const transneft = newEntity('uk', 'RUS3423', 'Organization', 'PJSC TRANSNEFT');
    transneft.names = [{ full: 'PJSC TRANSNEFT', kind: 'primary' }];
    const unidas = newEntity('ofac', '99999', 'Organization', 'UNIDAS S.A.');
    unidas.names = [{ full: 'UNIDAS S.A.', kind: 'primary' }];
    const companies = buildGazetteer([
      ...testEntities(),
      { entity: transneft, source },
      { entity: unidas, source },
    ]);
    const companyNames = (text: string): string[] =>
      findMentions(text, companies)
        .filter((m) => m.type === 'organization')
        .map((m) => m.name);
    assert.ok(
      companyNames(
        'Die Liste nennt den Chef des Energieriesen Transneft, Nikolay Tokarev.',
      ).includes('Transneft'),
    );
    assert.ok(
      companyNames('Nikolai Tokarev runs the pipeline company Transneft.').includes('Transneft'),
    );
    assert.ok(!companyNames('Lo dijo ante las Naciones Unidas en Nueva York.').includes('Unidas'));
  });

  it('leaves a short capitalised word a list gives as an alias to the tagger, not acronyms', () => {
    const [first] = testEntities();
    const cham = newEntity('uk', 'SYR0287', 'Organization', 'Cham Holding');
    cham.names = [
      { full: 'Cham Holding', kind: 'primary' },
      { full: 'Cham', kind: 'alias' },
    ];
    const ltte = newEntity('uk', 'CTE0001', 'Organization', 'LTTE');
    ltte.names = [{ full: 'LTTE', kind: 'primary' }];
    const source = first?.source ?? ({} as never);
    const withCham = buildGazetteer([
      ...testEntities(),
      { entity: cham, source },
      { entity: ltte, source },
    ]);
    const mentions = findMentions(
      'Tony Pulis (Crystal Palace): "I thought it was a penalty. Cham\'s come across and he\'s made a bad decision and caught Evra." The LTTE claimed the attack.',
      withCham,
    );
    assert.ok(!mentions.some((m) => m.name === 'Cham' && m.type === 'organization'));
    assert.ok(mentions.some((m) => m.name === 'LTTE' && m.type === 'organization'));
  });

  it('keeps a hyphenated listed group the tagger read as a place an organisation', () => {
    const mentions = findMentions(
      'The Al-Qaeda-linked Al-Shabaab extremist movement claimed responsibility for the attack.',
      gazetteer,
    );
    assert.equal(mentions.find((m) => m.name === 'Al-Qaeda')?.type, 'organization');
  });

  it('takes no nationality for a person and no compass word for a place', () => {
    const text =
      'Liz Truss spoke of Russian troops and of the Russian President. Hezbollah\'s Central Finance Unit paid. "Nothing is off the table," Truss said.';
    const mentions = findMentions(text);
    assert.ok(!mentions.some((m) => m.type === 'person' && /Russian/.test(m.name)));
    assert.ok(!mentions.some((m) => m.type === 'place' && m.name === 'Central'));
    assert.ok(!mentions.some((m) => m.type === 'group' && m.name === 'Truss'));
  });

  it("runs an organisation's name on over its own words", () => {
    const text =
      'Andrea Gacki, director of the Office of Foreign Assets Control, spoke. The US Department of the Treasury acted.';
    const names = findMentions(text).map((m) => m.name);
    assert.ok(names.includes('Office of Foreign Assets Control'));
    assert.ok(names.some((n) => /Department of the Treasury$/.test(n)));
  });

  it("finds an OFAC 'LAST, First' person in news order", () => {
    const text = 'The men were Ali Lari and Abd al-Muayyid al-Banai.';
    const banai = findMentions(text, gazetteer).find((m) => m.text === 'Abd al-Muayyid al-Banai');
    assert.equal(banai?.type, 'person');
  });

  it("sets court, police and religious titles and post-nominals aside from a person's name", () => {
    const names = findMentions(
      "Mr Justice Globe said so. Hillsborough County Sheriff Chad Chronister spoke. Anthony Hudson QC argued. Hezbollah's Sheik Hassan Nasrallah said it.",
    )
      .filter((m) => m.type === 'person')
      .map((m) => m.name);
    assert.ok(names.includes('Globe'), names.join(', '));
    assert.ok(names.includes('Chad Chronister'), names.join(', '));
    assert.ok(names.includes('Anthony Hudson'), names.join(', '));
    assert.ok(names.includes('Hassan Nasrallah'), names.join(', '));
  });

  it('reads "Houthi" before a noun as no person, "the Houthis" as Houthis and "US Embassy" as a body', () => {
    // A real article (test/gold/articles), where the tagger reads "Houthi leaders" as a person.
    const text = readFileSync(
      new URL('../../../test/gold/articles/houthi-network-alarabiya.txt', import.meta.url),
      'utf8',
    );
    const mentions = findMentions(text);
    const describe = mentions.map((m) => `${m.type} ${m.name}`).join(', ');
    assert.equal(
      mentions.some((m) => m.type === 'person' && m.name === 'Houthi'),
      false,
      describe,
    );
    assert.equal(mentions.find((m) => m.text === 'US Embassy')?.type, 'organization', describe);
    const houthis = findMentions('The Houthis attacked ships. Houthis denied it.');
    assert.ok(
      houthis.filter((m) => /houthis/i.test(m.text)).every((m) => m.name === 'Houthis'),
      houthis.map((m) => m.name).join(', '),
    );
  });

  it('makes a name the tagger read as a person an organisation when a head word follows it', () => {
    const mentions = findMentions('Fox News reported that Mango Publishing had closed.');
    const mango = mentions.find((m) => m.text.startsWith('Mango'));
    assert.equal(mango?.text, 'Mango Publishing');
    assert.equal(mango.type, 'organization');
  });

  it('reads a run of capitalised words ending in "Gaming" as an organisation', () => {
    const mentions = findMentions('What is Heaven Sent Gaming? It is basically me and Isabel.');
    const studio = mentions.find((m) => m.text.includes('Heaven'));
    assert.equal(studio?.text, 'Heaven Sent Gaming');
    assert.equal(studio.type, 'organization');
  });

  it('reads a Latin name ending in "-us" as a person, and "Hindus" still as a group', () => {
    const text =
      'This is what Luther writes to Erasmus. And Erasmus commented on it. Many Hindus came.';
    const mentions = findMentions(text);
    const erasmus = mentions.filter((m) => m.name === 'Erasmus');
    assert.equal(erasmus.length, 2);
    assert.ok(erasmus.every((m) => m.type === 'person'));
    assert.ok(!mentions.some((m) => m.name === 'Hindus' && m.type === 'person'));
  });

  it('keeps the last full stop of initials in the name, also at the end of a sentence', () => {
    const text = 'He moved to the U.S. in 1990 and later lived in Washington, D.C.';
    const places = findMentions(text).filter((m) => m.type === 'place');
    assert.deepEqual(
      places.map((m) => m.text),
      ['U.S.', 'Washington', 'D.C.'],
    );
  });

  it('reads an acronym after a lower-case term as no body, after a body word as one', () => {
    const text =
      'Research on second language (L2) grew, said the Dutch academic libraries (UKB) and the ' +
      'Islamic Revolutionary Guard Corps (IRGC).';
    const organizations = findMentions(text).filter((m) => m.type === 'organization');
    assert.deepEqual(
      organizations.map((m) => m.text).filter((t) => !t.includes(' ')),
      ['UKB', 'IRGC'],
    );
  });
  it('splits two bodies the tagger ran together and leaves a dated month out of a name', () => {
    const text =
      'Observers of the United Nations and Council of Europe arrived. Then around November Ruth had to move.';
    const mentions = findMentions(text);
    assert.deepEqual(
      mentions.filter((m) => m.type === 'organization').map((m) => m.name),
      ['United Nations', 'Council of Europe'],
    );
    assert.ok(mentions.some((m) => m.type === 'person' && m.text === 'Ruth'));
  });

  it('reads a lone given name as a person and a possessive venue as a place', () => {
    const text =
      "She couldn't carry Laura. She had to be – Laura – She could hold her. I'm going to Saxby's right after.";
    const mentions = findMentions(text);
    const laura = mentions.filter((m) => m.name === 'Laura');
    assert.equal(laura.length, 2);
    assert.ok(laura.every((m) => m.type === 'person'));
    assert.ok(mentions.some((m) => m.name === 'Saxby' && m.type === 'place'));
  });
  it('reads spelt-out and French titles before a name as honorifics', () => {
    const text =
      "It's Mister Spock. I want something for Mlle. Arosa. Doctor Spock wrote it. Clinton Hid It, Former White House Doctor Says.";
    const people = findMentions(text).filter((m) => m.type === 'person');
    assert.deepEqual(
      people.map((m) => [m.name, m.honorifics.join(' ')]),
      [
        ['Spock', 'Mister'],
        ['Arosa', 'Mlle.'],
        ['Spock', 'Doctor'],
        ['Clinton', ''],
      ],
    );
  });
  it('takes the whole name of a body named after its field', () => {
    const text =
      'Analysts at the Center for Strategic and International Studies said the move was expected.';
    const organizations = findMentions(text).filter((m) => m.type === 'organization');
    assert.deepEqual(
      organizations.map((m) => m.name),
      ['Center for Strategic and International Studies'],
    );
  });
  it('finds a body of common words that opens a sentence and speaks', () => {
    const text = 'Human Rights Watch said the strikes were unlawful.';
    assert.ok(
      findMentions(text).some((m) => m.name === 'Human Rights Watch' && m.type === 'organization'),
    );
  });
});
