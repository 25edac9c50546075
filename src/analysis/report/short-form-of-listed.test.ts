import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PartAlignment } from '../../core/index.ts';
import { isShortFormOfListed } from './short-form-of-listed.ts';

const part = (token: string, weight: number, given = true): PartAlignment => ({
  query: given ? [token] : [],
  matched: [token],
  evidence: given ? 'exact' : 'unmatched',
  similarity: given ? 1 : 0,
  weight,
});

describe('isShortFormOfListed', () => {
  it('takes a Russian given name and surname for the listed name with a patronymic', () => {
    const parts = [
      part('maria', 0.69),
      part('zakharova', 0.988),
      part('vladimirovna', 0.18, false),
    ];
    const full = 'ZAKHAROVA, Maria Vladimirovna';
    const tokens = ['zakharova', 'maria', 'vladimirovna'];
    assert.equal(isShortFormOfListed(parts, full, tokens, ['vladimirovna']), true);
  });

  it('reads a listed name in Cyrillic by its reading, word for word', () => {
    const parts = [part('ramsan', 0.7), part('kadyrov', 0.97), part('akhmatovich', 0.2, false)];
    const full = 'Рамзан Ахматович КАДЫРОВ';
    const tokens = ['ramsan', 'akhmatovich', 'kadyrov'];
    assert.equal(isShortFormOfListed(parts, full, tokens, ['akhmatovich']), true);
  });

  it('keeps two common names partial, patronymic or not', () => {
    const parts = [part('sergei', 0.52), part('ivanov', 0.83), part('sergeevich', 0.17, false)];
    assert.equal(
      isShortFormOfListed(
        parts,
        'IVANOV, Sergei Sergeevich',
        ['ivanov', 'sergei', 'sergeevich'],
        ['sergeevich'],
      ),
      false,
    );
  });

  it('keeps a surname a little short of rare partial when a given name is left out', () => {
    const parts = [part('ali', 0.6), part('rahimi', 0.97), part('hassan', 0.5, false)];
    assert.equal(
      isShortFormOfListed(parts, 'RAHIMI, Ali Hassan', ['rahimi', 'ali', 'hassan'], ['hassan']),
      false,
    );
  });

  it('takes a given name and a rare first surname for a listed name with a second surname', () => {
    const parts = [part('nicolas', 0.9), part('maduro', 1), part('moros', 0.25, false)];
    const full = 'MADURO MOROS, Nicolas';
    const tokens = ['maduro', 'moros', 'nicolas'];
    assert.equal(isShortFormOfListed(parts, full, tokens, ['moros']), true);
  });

  it('keeps a Hispanic short form partial when the surname is common or more is left out', () => {
    const sanchez = [part('pedro', 0.96), part('sanchez', 0.81), part('medrano', 1, false)];
    assert.equal(
      isShortFormOfListed(
        sanchez,
        'SANCHEZ MEDRANO, Pedro',
        ['sanchez', 'medrano', 'pedro'],
        ['medrano'],
      ),
      false,
    );
    const duque = [
      part('ivan', 0.8),
      part('duque', 1),
      part('gaviria', 1, false),
      part('roberto', 0.7, false),
    ];
    assert.equal(
      isShortFormOfListed(
        duque,
        'DUQUE GAVIRIA, Ivan Roberto',
        ['duque', 'gaviria', 'ivan', 'roberto'],
        ['gaviria', 'roberto'],
      ),
      false,
    );
  });
});
