import { verbForms, words } from './cue-words.ts';
import type { LanguageCues } from './other-language-cues.ts';

// Speech cues of Turkish news, written by hand from the verbs of saying of Anadolu Ajansı copy
// ("dedi", "söyledi", "açıkladı", "belirtti", "… ifadesini kullandı", "X'e göre") and the Turkish
// grammar of the past tense (Göksel and Kerslake, Turkish: A Comprehensive Grammar, §8.2: -DI
// after the stem, by vowel harmony; -(I)yor for the present). Turkish puts the verb last and the
// subject first, before any quote ("Lavrov, "…" dedi."), so the table is read verb-final.

// The third person's past (-DI) and its plural, whose suffix follows the last vowel (back a ı o u
// → -lar, front e i ö ü → -ler): "söyledi" → "söylediler", "konuştu" → "konuştular". The present
// (-Iyor) is listed beside it.
function pastForms(past: string): string[] {
  return verbForms(past, (verb) => {
    const lastVowel = /[aıoueiöü](?=[^aıoueiöü]*$)/u.exec(verb)?.[0] ?? 'e';
    return [verb, `${verb}${'aıou'.includes(lastVowel) ? 'lar' : 'ler'}`];
  });
}

const TURKISH_VERBS = new Set([
  ...pastForms(
    'dedi söyledi açıkladı belirtti vurguladı kaydetti bildirdi aktardı konuştu ekledi savundu ' +
      'duyurdu yazdı uyardı hatırlattı anlattı yanıtladı değerlendirdi kınadı doğruladı ' +
      'yalanladı paylaştı',
  ),
  ...'diyor söylüyor açıklıyor belirtiyor vurguluyor kaydediyor bildiriyor savunuyor'.split(' '),
  // A noun with its light verb: "ifade etti", "ifadesini kullandı", "dile getirdi", "iddia
  // etti", "açıklamada bulundu" (particles: the verb must follow).
  ...'ifade ifadesini ifadelerini dile iddia açıklamada açıklama'.split(' '),
]);

/** Turkish: verb-final, the subject opens the sentence before its quote. */
export const TURKISH: LanguageCues = {
  verbs: TURKISH_VERBS,
  particles: new Map([
    ['ifade', /^\s+(?:etti|ettiler|ediyor)(?!\p{L})/u],
    ['ifadesini', /^\s+kullandı(?!\p{L})/u],
    ['ifadelerini', /^\s+kullandı(?!\p{L})/u],
    ['dile', /^\s+getirdi(?!\p{L})/u],
    ['iddia', /^\s+(?:etti|ettiler|ediyor)(?!\p{L})/u],
    ['açıklamada', /^\s+bulundu(?!\p{L})/u],
    ['açıklama', /^\s+yaptı(?!\p{L})/u],
  ]),
  // "Reuters'ın haberine göre", "Lavrov'a göre": the postposition after its source.
  sourceBefore: /(?!)/u,
  sourceAfter: /\s+göre(?![\p{L}])/u,
  sourceAfterQuote: null,
  auxiliaries: new Set(),
  definite: new Set(),
  articles: words('bu şu bir'),
  pronouns: words('o'),
  role: /^(?:bakan|bakanı|sözcü|sözcüsü|başkan|başkanı|lider|lideri|yetkili|yetkilisi|müsteşar|müsteşarı|büyükelçi|büyükelçisi|şef|şefi|temsilci|temsilcisi|sekreter|sekreteri|uzman|analist|yönetici|yöneticisi|komutan|komutanı|başbakan|cumhurbaşkanı|milletvekili|vekili|müdür|müdürü|yardımcısı)$/iu,
  phraseStop: words('ve ile için de da ise ayrıca bugün dün ancak ama'),
  adverbialOpeners: words('ayrıca ancak ama bugün dün öte yandan'),
  relatives: new Set(),
  nameParticles: new Set(),
  complementWords: new Set(),
  nounsCapitalised: false,
  reportedMood: null,
  articleless: true,
  verbFinal: true,
  // "Erdoğan'ın", "Reuters'ın": a case suffix after an apostrophe is no part of the name.
  nameSuffix: /['’]\p{Ll}+$/u,
};
