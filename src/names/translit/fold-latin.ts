import anyAscii from 'any-ascii';

// Letters that NFD does not decompose into base + mark, so they need an explicit ASCII form.
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  ı: 'i',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ħ: 'h',
  ŀ: 'l',
  ŧ: 't',
  ə: 'a',
  Ə: 'a',
  ʻ: "'",
  ʼ: "'",
  ʿ: "'",
  ʾ: "'",
  '’': "'",
  '‘': "'",
  '`': "'",
  '´': "'",
};

/**
 * Lower-case ASCII form of a Latin-script text: diacritics folded (Müller → muller, Nguyễn → nguyen),
 * special letters spelled out (ß → ss), punctuation other than spaces, hyphens and apostrophes removed.
 */
export function foldLatin(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    const special = SPECIAL[ch];
    if (special !== undefined) out += special;
    else if (ch.charCodeAt(0) < 128) out += ch;
    else out += anyAscii(ch);
  }
  return cleanRomanized(out);
}

/** Lower-case a romanised string, keep only a-z, digits, spaces, hyphens and apostrophes, squash spaces. */
export function cleanRomanized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 '-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .trim();
}
