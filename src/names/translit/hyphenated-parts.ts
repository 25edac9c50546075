// A name written with hyphens in Hebrew or Devanagari joins parts that are read one by one: a
// double given name (מרי-פרנס Marie-France), an Arabic name with its article (אל-בגדאדי,
// अल-बग़दादी al-Baghdadi) or a compound (ज़की-उर-रहमान Zaki-ur-Rahman). Read whole, the letter
// models run the parts together (albagadadi, alabaghadadi), which the Latin al-Baghdadi, read as
// the article and a name, does not meet.

/** Readings of one hyphen-free part, most likely first. */
type ReadPart = (part: string) => readonly string[];

/**
 * Romanisations of a hyphenated word, most likely first: each part read alone and the parts joined
 * with hyphens, the best reading of every part first, then one part at a time in its next
 * readings. `articles` maps the script's spellings of the Arabic article (אל, and א, Hebrew's
 * spelling of the article a sun letter assimilates: א-זוואהירי az-Zawahiri) to "al"; they count
 * only before another part. Undefined for a word without two non-empty parts.
 */
export function readHyphenatedParts(
  word: string,
  readPart: ReadPart,
  articles: ReadonlySet<string>,
  limit: number,
): string[] | undefined {
  const parts = word.split('-').filter((part) => part !== '');
  if (parts.length < 2) return undefined;
  const readings = parts.map((part, i) =>
    i < parts.length - 1 && articles.has(part) ? ['al'] : readPart(part).slice(0, limit),
  );
  if (readings.some((r) => r.length === 0)) return undefined;
  const best = readings.map((r) => r[0]!);
  const out = [best.join('-')];
  for (let rank = 1; rank < limit && out.length < limit; rank++) {
    readings.forEach((r, i) => {
      if (rank < r.length) out.push(best.map((b, j) => (j === i ? r[rank]! : b)).join('-'));
    });
  }
  return [...new Set(out)].slice(0, limit);
}
