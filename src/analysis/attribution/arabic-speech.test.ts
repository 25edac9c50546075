import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readArticleSpeakers } from './test-speakers.ts';

// Arabic news: the verb first and the speaker after it, "وأشار X إلى أن", a speaker left out for
// the one before. Shaped on a Syrian-Iranian press conference report (q-streetjournal.com) and an
// Egyptian report of a joint press conference (arabkhabar.com), shortened.

describe('Arabic articles', () => {
  it('gives each statement to the subject of its verb of saying, or to the speaker before', () => {
    const text = [
      'أكد وزير الخارجية السوري فيصل المقداد خلال مؤتمر صحفي عقد في دمشق، أن “قصف القنصلية الإيرانية في دمشق ليس فقط خط أحمر بل تجاوز للقوانين والشرائع”.',
      'وأشار المقداد إلى أن سوريا تدعم الشعب الفلسطيني بشكل حازم وقوي في كل المحافل الدولية.',
      'بدوره أكد وزير الخارجية الإيراني حسين أمير عبد اللهيان، أن عدم موافقة أمريكا على صدور بيان يدين الهجوم أعطى الضوء الأخضر.',
      'وأضاف أن أمن سوريا من أمن المنطقة وأمن إيران.',
      'وسبق المؤتمر الصحفي افتتاح مقر القنصلية الإيرانية الجديد في دمشق بحضور عدد من الدبلوماسيين.',
    ].join('\n\n');
    const { language, speakers } = readArticleSpeakers(text);
    assert.deepEqual(
      { language, speakers },
      {
        language: 'Arabic',
        speakers: [
          'فيصل المقداد',
          'فيصل المقداد',
          'حسين أمير عبد اللهيان',
          'حسين أمير عبد اللهيان',
          null,
        ],
      },
    );
  });

  it('gives the statement to the subject written after the verb, not to a person named before it', () => {
    const text =
      'استقبل الرئيس عبد المجيد تبون الوفد في العاصمة، وقال المتحدث باسم الرئاسة إن اللقاء كان مثمرا وبناء في كل الملفات المطروحة بين البلدين.';
    assert.deepEqual(readArticleSpeakers(text).speakers, ['المتحدث باسم الرئاسة']);
  });
});
