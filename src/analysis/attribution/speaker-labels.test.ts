import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../analyze-article.ts';

async function said(content: string): Promise<[string, string | null][]> {
  const analysis = await analyzeArticle({ content, format: 'text' }, {});
  return analysis.statements.map((s) => [s.text, s.speakerName]);
}

describe('applySpeakerLabels', () => {
  it('gives each utterance of a TV transcript to its labelled speaker, a short label to the full name', async () => {
    const text = [
      "SOLEDAD O'BRIEN, CNN ANCHOR: Good morning.",
      "MILES O'BRIEN, CNN ANCHOR: And I'm Miles O'Brien.",
      'That controversial port contract is on hold for now.',
      "S. O'BRIEN: An unusual daytime curfew in Baghdad.",
      'ELAINE QUIJANO, CNN CORRESPONDENT: Well, in a phrase, pressure from Capitol Hill.',
    ].join('\n\n');
    assert.deepEqual(await said(text), [
      ['Good morning.', "Soledad O'Brien"],
      ["And I'm Miles O'Brien.", "Miles O'Brien"],
      ['That controversial port contract is on hold for now.', "Miles O'Brien"],
      ['An unusual daytime curfew in Baghdad.', "Soledad O'Brien"],
      ['Well, in a phrase, pressure from Capitol Hill.', 'Elaine Quijano'],
    ]);
  });

  it('reads the timed labels of a transcription service, a first name from the fuller label before', async () => {
    const text = [
      'Vedant Patel (00:05):',
      'Good afternoon everybody. So Matt, if you want to take us away.',
      'Matt Lee (00:16):',
      'Yes, please.',
      'Vedant Patel (01:09):',
      'First, we welcome this announcement.',
      'Matt (01:20):',
      'What is going on?',
    ].join('\n\n');
    assert.deepEqual(await said(text), [
      ['Good afternoon everybody.', 'Vedant Patel'],
      ['So Matt, if you want to take us away.', 'Vedant Patel'],
      ['Yes, please.', 'Matt Lee'],
      ['First, we welcome this announcement.', 'Vedant Patel'],
      ['What is going on?', 'Matt Lee'],
    ]);
  });

  it('reports a generic label as the role and completes a surname label from the text', async () => {
    const text = [
      'Press Secretary Sarah Sanders took questions on Monday.',
      'MS. SANDERS: Good afternoon.',
      'Q    Sarah, what prompted the tweet?',
      'MS. SANDERS: The President has been pretty strong.',
      'HOST: Thank you for joining us.',
      'Mr. JIMI IZRAEL (Writer): Thanks, Michel.',
    ].join('\n\n');
    assert.deepEqual((await said(text)).slice(1), [
      ['Good afternoon.', 'Sarah Sanders'],
      ['Sarah, what prompted the tweet?', 'Q'],
      ['The President has been pretty strong.', 'Sarah Sanders'],
      ['Thank you for joining us.', 'host'],
      ['Thanks, Michel.', 'Jimi Izrael'],
    ]);
  });

  it('leaves a text with a single capitalised heading and a colon alone', async () => {
    const text = 'UPDATE: The minister resigned on Friday, his office said.';
    assert.deepEqual(
      (await said(text)).map(([, speaker]) => speaker),
      ['his office'],
    );
  });

  it('gives a statement read under one styled label to the person the heading names in full', async () => {
    const text = [
      'Secretary Antony J. Blinken At a Press Availability',
      'SECRETARY BLINKEN: Good afternoon. It is wonderful to be back in Germany.',
      'Cities have been flattened.',
    ].join('\n\n');
    assert.deepEqual((await said(text)).slice(-3), [
      ['Good afternoon.', 'Antony J. Blinken'],
      ['It is wonderful to be back in Germany.', 'Antony J. Blinken'],
      ['Cities have been flattened.', 'Antony J. Blinken'],
    ]);
  });

  it('makes a person named only by transcript labels a named person, in the case restored', async () => {
    const text = [
      'JIMI IZRAEL: Thanks for having me on the show today.',
      'MICHEL MARTIN: We are glad you could come in.',
      'JIMI IZRAEL: It is always a pleasure.',
    ].join('\n\n');
    const analysis = await analyzeArticle({ content: text, format: 'text' }, {});
    const people = analysis.entities.filter((e) => e.type === 'person').map((e) => e.name);
    assert.ok(
      people.includes('Jimi Izrael') && people.includes('Michel Martin'),
      people.join(', '),
    );
    const izrael = analysis.entities.find((e) => e.name === 'Jimi Izrael');
    assert.equal(analysis.statements[0]?.speaker, izrael?.id);
  });
});
