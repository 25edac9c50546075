import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeArticle } from '../analyze-article.ts';

async function said(content: string): Promise<[string, string | null][]> {
  const analysis = await analyzeArticle({ content, format: 'text' }, {});
  return analysis.statements.map((s) => [s.text, s.speakerName]);
}

describe('applyLetterSigner', () => {
  it('gives a UN letter to the representative who signed it, and makes him a named person', async () => {
    const text = [
      'Letter dated 2 December 2008 addressed to the President of the Security Council',
      'Please be informed that I have received urgent instructions from my Government.',
      'We therefore hope that you will convene an emergency meeting of the Council.',
      '(Signed ) Giadalla A. Ettalhi\nPermanent Representative',
    ].join('\n\n');
    const analysis = await analyzeArticle({ content: text, format: 'text' }, {});
    assert.deepEqual(
      analysis.statements.map((s) => [s.text.slice(0, 20), s.speakerName]),
      [
        ['Please be informed t', 'Giadalla A. Ettalhi'],
        ['We therefore hope th', 'Giadalla A. Ettalhi'],
      ],
    );
    const signer = analysis.entities.find((e) => e.name === 'Giadalla A. Ettalhi');
    assert.equal(signer?.type, 'person');
    assert.equal(analysis.statements[0]?.speaker, signer.id);
  });

  it('gives a UN letter to a bare name signed above its office', async () => {
    const text = [
      'Letter dated 3 March 2022 from the Permanent Representative of Ukraine addressed to the Secretary-General',
      'I have the honour to transmit herewith the statement of the Ministry of Foreign Affairs.',
      'I would be grateful if you would have the present letter circulated as a document of the Security Council.',
      'Sergiy Kyslytsya\nAmbassador\nPermanent Representative',
    ].join('\n\n');
    assert.deepEqual(
      (await said(text)).map(([s, speaker]) => [s.slice(0, 20), speaker]),
      [
        ['I have the honour to', 'Sergiy Kyslytsya'],
        ['I would be grateful ', 'Sergiy Kyslytsya'],
      ],
    );
  });

  it('gives an open letter to the name under "Sincerely," but keeps a source the letter quotes', async () => {
    const text = [
      'Dear Senator,',
      'We write to urge you to act. The mayor said the bridge was unsafe.',
      'Sincerely,\nMaria Gonzalez',
    ].join('\n\n');
    assert.deepEqual(await said(text), [
      ['Dear Senator,', 'Maria Gonzalez'],
      ['We write to urge you to act.', 'Maria Gonzalez'],
      ['The mayor said the bridge was unsafe.', 'The mayor'],
    ]);
  });

  it('leaves a news story that ends on a name alone', async () => {
    const text = 'Prices rose again in May.\n\nRegards,\nJohn Smith';
    assert.ok((await said(text)).every(([, speaker]) => speaker === null));
  });
});
