// Korean company names: 조선광선은행 is KOREA KWANGSON BANKING CORPORATION on the UN list (KPe.025).
// The legal form and the business words are read as the English the lists print, the distinctive
// part syllable by syllable, in the DPRK lists' McCune–Reischauer spelling and in Revised
// Romanization. Table and sources: src/names/data/hangul-company-terms.json.
import terms from '../data/hangul-company-terms.json' with { type: 'json' };
import { readHangulWord, spellHangulRun } from './korean.ts';
import { isSinoKorean, spellHangulRunAsMandarin } from './hangul-mandarin.ts';

const LEGAL: Readonly<Record<string, string>> = terms.legal;
const WORDS: Readonly<Record<string, string>> = terms.words;
const LONGEST = 6;
/** Business words after which the press drops the legal form (남강무역 for 남강무역회사). */
const TRADE_ENDINGS = new Set(terms.tradeEndings);

/** A run of syllables the tables do not know, or a known word with its English. */
type Piece = { run: string } | { known: string; english: string; legal: boolean };

const english = (word: string): string | undefined => LEGAL[word] ?? WORDS[word];

/** Splits a Hangul word into known words (longest first) and unknown runs. */
function segment(word: string): Piece[] {
  const chars = Array.from(word);
  const pieces: Piece[] = [];
  let run = '';
  for (let i = 0; i < chars.length;) {
    let size = Math.min(LONGEST, chars.length - i);
    while (size >= 2 && english(chars.slice(i, i + size).join('')) === undefined) size--;
    const known = size >= 2 ? chars.slice(i, i + size).join('') : '';
    if (known === '') {
      run += chars[i++]!;
      continue;
    }
    if (run !== '') pieces.push({ run });
    run = '';
    pieces.push({ known, english: english(known)!, legal: LEGAL[known] !== undefined });
    i += size;
  }
  if (run !== '') pieces.push({ run });
  return pieces;
}

/**
 * Readings of a Korean company name, most likely first, or undefined when the word ends in no
 * legal form nor, after a distinctive part, a trade word (then it is read as a person's or other
 * name): MR spelling, then RR.
 */
export function readHangulCompanyName(word: string, query = false): string[] | undefined {
  const pieces = segment(word);
  const last = pieces[pieces.length - 1];
  if (last === undefined || !('legal' in last)) return undefined;
  // A trade word ends a firm's name after a distinctive part of two syllables or more (김무역 may
  // be a person's name), other business words between them (단둥훙샹실업발전).
  const tradeEnding = pieces.some((p) => 'run' in p && Array.from(p.run).length >= 2);
  if (!last.legal && !(tradeEnding && TRADE_ENDINGS.has(last.known))) return undefined;
  const spell = (from: readonly Piece[], system: 0 | 1): string =>
    from.map((p) => ('run' in p ? spellHangulRun(p.run)[system] : p.english)).join(' ');
  const readings = [spell(pieces, 0), spell(pieces, 1)];
  // The lists print some DPRK firms without the 조선 (Korea) their own name starts with
  // (조선옥류무역회사 = OFAC OKRYU TRADING COMPANY): a reading without it, when a distinctive
  // part follows, as for a Chinese company's leading place (han-company.ts).
  const rest = pieces.slice(1);
  const first = pieces[0];
  const korea = first !== undefined && 'english' in first && first.english === 'korea';
  if (korea && rest.some((p) => 'run' in p)) readings.push(spell(rest, 0));
  // 고려 (Koryo) is the DPRK's other name for Korea, and the lists print it so too: 고려소백수무역회사
  // is OFAC's KOREA SOBAEKSU TRADING CORPORATION. Where it opens a longer distinctive part, that
  // part is also read alone, after "korea" and without it (고려항공 stays AIR KORYO: no part is left).
  const koryo = first !== undefined && 'run' in first ? koryoPrefixed(first.run) : undefined;
  if (koryo !== undefined) {
    const after: Piece[] = [{ run: koryo }, ...rest];
    readings.push(`korea ${spell(after, 0)}`, spell(after, 0));
  }
  // A Chinese firm written by its Mandarin sound (단둥훙샹실업발전 DANDONG HONGXIANG INDUSTRIAL
  // DEVELOPMENT): read so first when a syllable is no Korean reading of any character, else last,
  // and not for a DPRK firm (조선 …). Only queries: lists print Chinese firms in Latin letters.
  const mandarin = query ? readMandarin(pieces) : undefined;
  // A foreign firm written by its sound (멜라트은행 Bank Mellat): a run with a syllable that no
  // Han character is read as is a loanword, also read as the foreign word, second: a DPRK firm's
  // run may hold a loanword beside Korean syllables (만경대컴퓨터), which MR still reads better.
  const loanword = query && mandarin === undefined ? readLoanwords(pieces) : undefined;
  if (loanword !== undefined) readings.splice(1, 0, loanword);
  if (mandarin?.leads === true) readings.unshift(mandarin.text);
  else if (mandarin !== undefined && !korea) readings.push(mandarin.text);
  // The South Korean press writes a DPRK firm's Sino-Korean word by its own initial-sound rule
  // (능라도 for the DPRK's 릉라도, OFAC KOREA RUNGRADO …): the DPRK spelling read back, last.
  const restored = pieces.map((p) => ('run' in p ? { run: restoreInitialRieul(p.run) } : p));
  if (restored.some((p, i) => 'run' in p && p.run !== (pieces[i] as { run: string }).run))
    readings.push(spell(restored, 0));
  return [...new Set(readings)];
}

const [SYLLABLE_BASE, VOWELS, FINALS] = [0xac00, 21, 28];
const [NIEUN, RIEUL, IEUNG] = [2, 5, 11];
/**
 * The vowels before which South Korean spelling (한글 맞춤법, 1988, art. 11 and 12: 두음 법칙) writes
 * a Sino-Korean word's initial ㄹ as ㅇ (랴 려 례 료 류 리) or as ㄴ (라 래 로 뢰 루 르), which the
 * DPRK's spelling (조선말규범집) and so its lists' romanisation keep: 연봉 Ryonbong, 나선 Rason.
 */
const VOWELS_AFTER_IEUNG = new Set([2, 6, 7, 12, 17, 20]);
const VOWELS_AFTER_NIEUN = new Set([0, 1, 8, 11, 13, 18]);

/** A run with its first syllable in the DPRK's spelling where the rule may have changed it. */
function restoreInitialRieul(run: string): string {
  const [first = '', ...rest] = Array.from(run);
  const code = first.codePointAt(0)! - SYLLABLE_BASE;
  if (rest.length === 0 || code < 0 || code >= 11172) return run;
  const initial = Math.floor(code / (VOWELS * FINALS));
  const vowel = Math.floor((code % (VOWELS * FINALS)) / FINALS);
  const changed =
    (initial === IEUNG && VOWELS_AFTER_IEUNG.has(vowel)) ||
    (initial === NIEUN && VOWELS_AFTER_NIEUN.has(vowel));
  if (!changed) return run;
  const dprk = String.fromCodePoint(first.codePointAt(0)! + (RIEUL - initial) * VOWELS * FINALS);
  return isSinoKorean(dprk) ? [dprk, ...rest].join('') : run;
}

/**
 * The pieces with each run that holds a syllable no Han character is read as in Korean (멜라트)
 * read as the foreign word it transcribes, or undefined when no run does.
 */
function readLoanwords(pieces: readonly Piece[]): string | undefined {
  const loanword = (run: string): boolean => Array.from(run).some((ch) => !isSinoKorean(ch));
  if (!pieces.some((p) => 'run' in p && loanword(p.run))) return undefined;
  return pieces
    .map((p) => {
      if (!('run' in p)) return p.english;
      const foreign = loanword(p.run)
        ? readHangulWord(p.run, true, true).find((r) => !r.syllabic)
        : undefined;
      return foreign?.text ?? spellHangulRun(p.run)[0];
    })
    .join(' ');
}

/** The syllables after a leading 고려 (Koryo) when two or more follow it, else undefined. */
function koryoPrefixed(run: string): string | undefined {
  const syllables = Array.from(run);
  if (syllables.length < 4 || syllables[0] !== '고' || syllables[1] !== '려') return undefined;
  return syllables.slice(2).join('');
}

/** The pieces with every run read as Mandarin, or undefined when a run is no Mandarin. */
function readMandarin(pieces: readonly Piece[]): { text: string; leads: boolean } | undefined {
  const runs = pieces.map((p) => ('run' in p ? spellHangulRunAsMandarin(p.run) : undefined));
  if (runs.every((run) => run === undefined)) return undefined;
  if (pieces.some((p, i) => 'run' in p && runs[i] === undefined)) return undefined;
  return {
    text: pieces.map((p, i) => runs[i]?.text ?? ('english' in p ? p.english : '')).join(' '),
    leads: runs.some((run) => run?.leads === true),
  };
}
