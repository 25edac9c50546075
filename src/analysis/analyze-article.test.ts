import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildScreeningIndex, getEntity, screenName } from '../screening/index.ts';
import { analyzeArticle, detectFormat } from './analyze-article.ts';
import { testEntities } from './test-entities.ts';

const entities = testEntities();
const index = buildScreeningIndex(entities);
const options = {
  entities,
  screen: (q: Parameters<typeof screenName>[1]) => screenName(index, q),
  lookupEntity: (id: string) => getEntity(index, id),
};
const fixture = (name: string): string =>
  readFileSync(new URL(`../../test/fixtures/articles/${name}`, import.meta.url), 'utf8');

describe('analyzeArticle', () => {
  it('never shows a head of state whose first names are a listed alias as a listed person', async () => {
    const analysis = await analyzeArticle(
      {
        content:
          'The talks were led by Ahmed Nur, a close ally of President Hassan Sheikh Mohamud, officials said.',
      },
      options,
    );
    const president = analysis.entities.find((e) => e.name === 'Hassan Sheikh Mohamud');
    assert.equal(president?.type, 'person');
    assert.deepEqual(president.honorifics, ['President']);
    assert.notEqual(president.screening?.match, 'match');
    assert.deepEqual(
      analysis.entities.filter((e) => e.screening?.match === 'match').map((e) => e.name),
      [],
    );
  });

  it('never shows a head of state or an unlisted person as a match, however the name is written', async () => {
    const analysis = await analyzeArticle(
      {
        content: [
          "Somalia's president, Hassan Sheikh Mohamud, met the envoy on Monday.",
          'The plan was announced by President Hassan Sheikh Mohamud on Tuesday.',
          '"We will win," said Hassan Sheikh Mohamud, the president of Somalia.',
          'Officials close to Hassan Sheikh Mohamud said the talks would resume.',
          'Under Secretary for Africa Ayman Mazengo said the talks went well, and Ismail Abu Musab agreed.',
        ].join('\n\n'),
      },
      options,
    );
    assert.deepEqual(
      analysis.entities.filter((e) => e.screening?.match === 'match').map((e) => e.name),
      [],
    );
    assert.ok(analysis.entities.some((e) => e.name === 'Hassan Sheikh Mohamud'));
  });

  it('gives the statements of a French article their speakers', async () => {
    const analysis = await analyzeArticle(
      {
        content:
          'Kassim Tajideen, désigné par les autorités américaines comme un important soutien financier du Hezbollah, a plaidé coupable jeudi, a indiqué un communiqué du département de la Justice. « Nous allons continuer de viser le Hezbollah et ses partisans », a déclaré le procureur général par intérim, Matthew Whitaker, qui a salué le plaidoyer.',
      },
      options,
    );
    assert.deepEqual(
      analysis.statements.map((s) => s.speakerName),
      ['un communiqué du département de la Justice', 'Matthew Whitaker'],
    );
    assert.deepEqual(analysis.warnings, []);
    assert.ok(analysis.entities.some((e) => e.name === 'Matthew Whitaker'));
  });

  it('gives the statements of a German article their speakers', async () => {
    const analysis = await analyzeArticle(
      {
        content:
          'Der niedersächsische Ministerpräsident Stephan Weil hat die Vorschläge der Union scharf kritisiert. „Das ist ein schwarzer Tag für die Demokratie“, sagte Weil der Zeitung am Freitag. Die Vorschläge seien in weiten Teilen rechtswidrig, und das würden auch viele Abgeordnete nicht mehr bestreiten.',
      },
      options,
    );
    assert.deepEqual(
      analysis.statements.map((s) => s.speakerName),
      ['Stephan Weil', 'Stephan Weil', 'Stephan Weil'],
    );
    assert.deepEqual(analysis.warnings, []);
  });

  it('analyses a pasted HTML fragment instead of reporting no article text', async () => {
    const analysis = await analyzeArticle(
      { content: '<p>Hamas leader Ismail Haniyeh said: "We will win."</p>' },
      options,
    );
    assert.deepEqual(analysis.warnings, []);
    assert.equal(analysis.text, 'Hamas leader Ismail Haniyeh said: "We will win."');
    assert.ok(analysis.entities.some((e) => e.name === 'Ismail Haniyeh' && e.type === 'person'));
    assert.equal(analysis.statements[0]?.speakerName, 'Ismail Haniyeh');
  });

  it('runs every stage on an HTML page and keeps offsets into the returned text', async () => {
    const analysis = await analyzeArticle({ content: fixture('news-page.html') }, options);
    assert.equal(analysis.title, 'Harbour council approves new ferry link');
    const brandt = analysis.entities.find((e) => e.name === 'Amelia Brandt');
    assert.equal(brandt?.type, 'person');
    assert.equal(brandt.screening?.match, 'none');
    for (const e of analysis.entities)
      for (const m of e.mentions) assert.equal(analysis.text.slice(m.start, m.end), m.text);
    for (const s of analysis.statements) assert.equal(analysis.text.slice(s.start, s.end), s.text);
    const reyes = analysis.statements.find((s) => s.text.startsWith('"We have waited'));
    assert.equal(reyes?.kind, 'quote');
    assert.equal(reyes.speakerName, 'Tomas Reyes');
  });

  it('flags listed names in scraped text and leaves unlisted people unflagged', async () => {
    const text =
      'Talks stalled\n\nThe Haqqani Network and al-Qaeda met, the panel said. Sir David Amess was not there.';
    const analysis = await analyzeArticle({ content: text, format: 'text' }, options);
    const flagged = analysis.entities
      .filter((e) => e.screening?.match === 'match')
      .map((e) => e.name)
      .sort();
    assert.deepEqual(flagged, ['Haqqani Network', 'al-Qaeda']);
    assert.equal(analysis.title, 'Talks stalled');
  });

  it('returns an empty analysis for empty input', async () => {
    const analysis = await analyzeArticle({ content: '' }, options);
    assert.equal(analysis.text, '');
    assert.deepEqual(analysis.entities, []);
    assert.deepEqual(analysis.statements, []);
  });

  it('refuses a text above the size limit with a clear error', async () => {
    await assert.rejects(
      analyzeArticle({ content: 'a'.repeat(5 * 1024 * 1024 + 1) }, options),
      /limit/,
    );
  });

  it('tells HTML from plain text', () => {
    assert.equal(detectFormat('<!doctype html><html></html>'), 'html');
    assert.equal(detectFormat('A <b>bold</b> claim in plain text.'), 'text');
  });
});
