import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../names/index.ts';
import { alignNames } from './align-names.ts';
import type { TokenWeigher } from './align-names.ts';

const even: TokenWeigher = (t) => (t.role === 'name' ? 1 : 0.2);
const form = (name: string) => analyzeName(name, 'person').forms[0]!;
const score = (a: string, b: string) => alignNames(form(a), form(b), even).score;

describe('alignNames', () => {
  it('aligns split tokens with the merged listed token', () => {
    const result = alignNames(form('Siraj udin Haqqani'), form('Sirajuddin Haqqani'), even);
    const joined = result.edges.find((e) => e.evidence === 'joined');
    assert.ok(joined);
    assert.equal(joined.qTo - joined.qFrom, 2);
    assert.ok(result.score > 0.9);
  });

  it('joins an article with the name after it only where the other side keeps the article', () => {
    const joinedEdges = (a: string, b: string) =>
      alignNames(form(a), form(b), even).edges.filter((e) => e.evidence === 'joined');
    assert.equal(joinedEdges('Mohammed Al Emadi', 'MOHAMMAD AHMADI').length, 0);
    assert.equal(joinedEdges('Mohammed Al Emadi', 'Mohammed ALEMADI').length, 1);
  });

  it('leaves an alignment it returned unchanged by the alignments made after it', () => {
    const first = alignNames(form('Siraj udin Haqqani'), form('Sirajuddin Haqqani'), even);
    const before = structuredClone(first);
    alignNames(form('Tariq Anwar El Sayed Ahmed'), form('Tariq Anwar El Sayed Mohamed'), even);
    alignNames(form('Maria Garcia'), form('Juan Carlos Garcia Fernandez'), even);
    assert.deepEqual(first, before);
  });

  it('ignores the order of name parts', () => {
    assert.equal(score('SALEK, ABDULHAI', 'ABDULHAI SALEK'), 1);
  });

  it('costs less for a name missing on one side than for a different name in its place', () => {
    const missing = score('Tariq Anwar El Sayed', 'Tariq Anwar El Sayed Mohamed');
    const different = score('Tariq Anwar El Sayed Ahmed', 'Tariq Anwar El Sayed Mohamed');
    assert.ok(missing > different);
  });

  it('penalises parts swapped around a patronymic', () => {
    assert.ok(score('Salman bin Muhammad Al-Rawi', 'Muhammad bin Salman Al-Rawi') < 0.8);
  });

  it('lets rare parts outweigh common ones', () => {
    const rarity: TokenWeigher = (t) => (t.text === 'mohammad' ? 0.3 : 1);
    const rareMissing = alignNames(
      form('Mohammad Yaqoub'),
      form('Mohammad Yaqoub Mujahid'),
      rarity,
    );
    const commonMissing = alignNames(
      form('Yaqoub Mujahid'),
      form('Mohammad Yaqoub Mujahid'),
      rarity,
    );
    assert.ok(commonMissing.score > rareMissing.score);
  });

  it('lets a short token absorb one edit only, so Amess is not a typo of Amos', () => {
    const result = alignNames(form('David Amess'), form('David Amos Mazengo'), even);
    assert.ok(!result.edges.some((e) => e.evidence === 'typo'));
    assert.ok(result.score < 0.8, `scored ${result.score}`);
    // One edit in a short token is still a typo (Merz/Mertz).
    assert.ok(score('Friedrich Merz', 'Friedrich Mertz') >= 0.9);
  });

  it('aligns legal forms of one family and keeps different forms apart', () => {
    const org = (name: string) => analyzeName(name, 'organisation').forms[0]!;
    const same = alignNames(org('OAO Gazprom'), org('Gazprom JSC'), even);
    assert.ok(same.edges.some((e) => e.evidence === 'equivalent'));
    assert.ok(same.score > 0.9);
    const sisters = alignNames(org('Deutsche Bank AG'), org('Deutsche Bank GmbH'), even);
    assert.ok(sisters.score < same.score);
  });

  it('reads the German, French and Italian forms the press gives a Russian company as its own', () => {
    const org = (name: string) => analyzeName(name, 'organisation').forms[0]!;
    for (const [press, listed] of [
      ['Sowkomflot AG', 'PAO Sowkomflot'],
      ['Aeroflot SA', 'PJSC Aeroflot'],
      ['Gazprombank SpA', 'Gazprombank JSC'],
      ['Gazprom Export GmbH', 'OOO Gazprom Export'],
      ['Gazprom Export SARL', 'Gazprom Export LLC'],
    ] as const) {
      const result = alignNames(org(press), org(listed), even);
      assert.ok(result.score > 0.9, `${press} scored ${result.score}`);
    }
  });

  it('treats a series number one digit off as weak evidence, never as the same number', () => {
    const org = (name: string) => analyzeName(name, 'organisation').forms[0]!;
    const sister = alignNames(org('Snow Storm 1'), org('Snow Storm 2'), even);
    assert.ok(sister.score < alignNames(org('Snow Storm 1'), org('Snow Storm 1'), even).score);
    assert.ok(sister.score > alignNames(org('Snow Storm 1'), org('Snow Storm 37'), even).score);
  });

  it('refuses a different Han character or Hangul syllable that romanises alike', () => {
    const best = (a: string, b: string) =>
      Math.max(
        ...analyzeName(a).forms.flatMap((fa) =>
          analyzeName(b).forms.map((fb) => alignNames(fa, fb, even).score),
        ),
      );
    assert.ok(best('김종은', '김정은') < 0.82);
    assert.ok(best('高石早苗', '高市早苗') < 0.82);
    assert.ok(best('习近朋', '习近平') < 0.82);
    assert.equal(best('习近平', '习近平'), 1);
    const capped = alignNames(form('김종은'), form('김정은'), even);
    assert.ok(capped.characterScore !== undefined && capped.characterScore < 0.82);
  });

  it('allows no transliteration drift between two names in the same script', () => {
    assert.ok(score('Аляксандр Лукашэвіч', 'Аляксандр Лукашэнка') < 0.82);
    assert.ok(score('Viktor Orbach', 'Viktor Orbán') < 0.82);
    assert.equal(score('Viktor Orbán', 'Viktor Orbán'), 1);
  });

  it('links a hypocorism to its given name only when another part matches', () => {
    const ted = score('Ted Doe', 'Theodore Doe');
    assert.ok(ted >= 0.82 && ted < 1, String(ted));
    assert.ok(score('Bibi Netanyahu', 'Benjamin Netanyahu') >= 0.82);
    assert.equal(score('Ted', 'Theodore'), 0);
    assert.ok(score('Ted Roe', 'Theodore Doe') < 0.82);
  });

  it('reads a Wade-Giles name against its pinyin spelling', () => {
    const best = Math.max(
      ...analyzeName('Mao Tse-tung', 'person').forms.map(
        (f) => alignNames(f, form('Mao Zedong'), even).score,
      ),
    );
    assert.ok(best >= 0.82, String(best));
  });

  it('matches a Latvian or Lithuanian nominative ending with the bare surname', () => {
    assert.ok(score('Vladimirs Putins', 'Vladimir Putin') >= 0.82);
    assert.ok(score('Vladimiras Putinas', 'Vladimir Putin') >= 0.82);
  });
});
