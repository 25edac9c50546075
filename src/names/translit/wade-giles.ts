// Pinyin → Wade-Giles without apostrophes and umlauts, as Western lists print it (Chiang, Hsi).

const WHOLE: Readonly<Record<string, string>> = {
  zhi: 'chih',
  chi: 'chih',
  shi: 'shih',
  ri: 'jih',
  zi: 'tzu',
  ci: 'tzu',
  si: 'ssu',
  er: 'erh',
  yi: 'i',
  you: 'yu',
  yan: 'yen',
  ye: 'yeh',
  yong: 'yung',
  yue: 'yueh',
  yuan: 'yuan',
  yun: 'yun',
  ge: 'ko',
  ke: 'ko',
  he: 'ho',
  e: 'o',
};

const INITIALS: readonly (readonly [string, string])[] = [
  ['zh', 'ch'],
  ['ch', 'ch'],
  ['sh', 'sh'],
  ['b', 'p'],
  ['p', 'p'],
  ['d', 't'],
  ['t', 't'],
  ['g', 'k'],
  ['k', 'k'],
  ['j', 'ch'],
  ['q', 'ch'],
  ['x', 'hs'],
  ['r', 'j'],
  ['z', 'ts'],
  ['c', 'ts'],
  ['s', 's'],
  ['h', 'h'],
  ['f', 'f'],
  ['m', 'm'],
  ['n', 'n'],
  ['l', 'l'],
  ['y', 'y'],
  ['w', 'w'],
];

function convertFinal(initial: string, final: string): string {
  let f = final;
  if (f === 'ong') f = 'ung';
  else if (f === 'iong') f = 'iung';
  else if (f === 'ian') f = 'ien';
  else if (f === 'ie') f = 'ieh';
  else if (f === 'ue') f = 'ueh';
  else if (f === 'ui') f = 'uei';
  else if (f === 'uo' && ['b', 'p', 'm', 'f'].includes(initial)) f = 'o';
  else if (f === 'e' && ['g', 'k', 'h'].includes(initial)) f = 'o';
  return f;
}

/** The Wade-Giles form of one toneless pinyin syllable (jin → chin, xi → hsi, zhou → chou). */
export function toWadeGiles(syllable: string): string {
  const whole = WHOLE[syllable];
  if (whole !== undefined) return whole;
  for (const [py, wg] of INITIALS) {
    if (syllable.startsWith(py) && syllable.length > py.length) {
      return wg + convertFinal(py, syllable.slice(py.length));
    }
  }
  return syllable;
}
