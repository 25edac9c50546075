import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findArabicNames } from './find-arabic-names.ts';

const names = (text: string): string[] => findArabicNames(text).map((m) => m.name);

describe('findArabicNames', () => {
  it('finds the name after an office and its adjectives, and after a verb of saying', () => {
    assert.deepEqual(
      names(
        'أكد وزير الخارجية السوري فيصل المقداد خلال مؤتمر صحفي أن القصف تجاوز للقوانين. ومن جانبه قال وزير الخارجية سامح شكري إن السياسة مرفوضة.',
      ),
      ['فيصل المقداد', 'سامح شكري'],
    );
  });

  it('links a one-word subject to the longer name it ends, and drops one that ends none', () => {
    const found = findArabicNames(
      'أكد وزير الخارجية السوري فيصل المقداد أن الرد سيأتي. وأشار المقداد إلى أن الأمن واحد. واعتبرت روسيا أن المؤتمر فاشل.',
    );
    assert.deepEqual(
      found.map((m) => [m.name, m.text]),
      [
        ['فيصل المقداد', 'فيصل المقداد'],
        ['فيصل المقداد', 'المقداد'],
      ],
    );
  });

  it('reads words written with a shadda whole, and finds nothing in Latin text', () => {
    assert.deepEqual(names('وتعقّد إقامة صرح حقيقي شامل للأمن في المنطقة.'), []);
    assert.deepEqual(names('Foreign Minister Faisal Mekdad said on Monday.'), []);
  });
});
