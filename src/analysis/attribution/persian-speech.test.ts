import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticleSpeakers } from './test-speakers.ts';

// Persian news: made-up sentences in the shapes of IRNA and Radio Farda copy, not rows of the
// article set. The subject opens the sentence and the verb of saying ends it.

describe('Persian articles', () => {
  it('gives each statement to the subject that opens it, a surname or pronoun to the speaker before', () => {
    const text = [
      'وزیر اقتصاد: تحریم‌ها اثری ندارند',
      'علی رضایی، وزیر اقتصاد ایران، روز دوشنبه در یک نشست خبری در تهران گفت: «تحریم‌ها اثری بر اقتصاد ما ندارند.»',
      'رضایی در ادامه این نشست افزود که دولت برای سال آینده برنامه‌ای تازه دارد.',
      'او همچنین اعلام کرد که بودجه کشور تا پایان ماه تصویب خواهد شد.',
      'هوای تهران امروز آفتابی است و در روزهای آینده باران نمی‌بارد.',
    ].join('\n\n');
    const { language, speakers } = readArticleSpeakers(text);
    assert.equal(language, 'Persian');
    assert.deepEqual(speakers, ['علی رضایی', 'علی رضایی', 'علی رضایی', null]);
  });
});
