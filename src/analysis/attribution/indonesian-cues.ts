import { words } from './cue-words.ts';
import type { LanguageCues } from './other-language-cues.ts';

// Speech cues of Indonesian news, written by hand from the verbs of saying of the Tata Bahasa
// Baku Bahasa Indonesia (the meN- verbs of saying: mengatakan, menyatakan, menegaskan,
// menjelaskan, menambahkan …) and the attribution of Antara and Kompas copy: after a quote the
// short verbs "kata", "ujar", "ucap", "tutur" put the speaker after them ("“…,” kata
// Faizasyah"), and their -nya forms ("katanya", "ujarnya") stand for a speaker named before.
// Indonesian has no articles and no inflection for tense.
const INDONESIAN_VERBS = new Set(
  (
    'mengatakan menyatakan menegaskan menjelaskan menambahkan mengungkapkan menyebut menyebutkan ' +
    'mengumumkan memperingatkan menuturkan menekankan mengklaim membantah menilai mengakui ' +
    'menerangkan menuding menyampaikan mengingatkan berkata ' +
    'kata ujar ucap tutur imbuh tambah tegas ' +
    'katanya ujarnya ucapnya tuturnya jelasnya tambahnya ungkapnya tegasnya sambungnya ' +
    'tukasnya imbuhnya terangnya'
  ).split(' '),
);

/** Indonesian: the subject before the verb, or after a short verb of saying behind a quote. */
export const INDONESIAN: LanguageCues = {
  verbs: INDONESIAN_VERBS,
  particles: new Map(),
  // "Menurut Payne, …", "seperti dikutip dari …" names the medium, not the speaker.
  sourceBefore: /(?<![\p{L}])[Mm]enurut\s+/u,
  sourceAfter: null,
  sourceAfterQuote: null,
  auxiliaries: words('telah sudah akan'),
  definite: new Set(),
  articles: words('sang para'),
  pronouns: words('dia ia beliau'),
  role: /^(?:wakil|presiden|menteri|menlu|juru|jubir|kepala|direktur|pejabat|duta|dubes|sekretaris|ketua|panglima|jenderal|gubernur|senator|jaksa|hakim|pengacara|analis|pakar|komandan|pemimpin|perdana|diplomat)$/iu,
  phraseStop: words(
    'di ke dari pada dalam kepada saat ketika seperti yang dan untuk dengan setelah sebelum ' +
      'kemarin hari dikutip',
  ),
  adverbialOpeners: words('di dalam pada saat ketika setelah sebelum namun tetapi dan selain'),
  relatives: words('yang'),
  nameParticles: words('bin binti van de al'),
  complementWords: words('dari'),
  nounsCapitalised: false,
  reportedMood: null,
  articleless: true,
  leadingSkip: words('juga pula'),
  adjunctPrepositions: words('dalam di'),
  // Indonesian leaves a known subject out after a quote ("…,” katanya): any verb of saying may
  // speak for the subject of the sentence before.
  participle: /^$/u,
};
