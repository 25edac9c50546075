import { verbForms, words } from './cue-words.ts';
import type { LanguageCues } from './other-language-cues.ts';

// Speech cues of Italian news, written by hand from the common verbs of saying of ANSA and
// Adnkronos copy ("ha detto", "ha dichiarato", "ha sottolineato", "ha affermato in una nota X")
// and the Treccani grammar's verbs of saying (verbi dichiarativi). Only the third person: present,
// passato remoto, the participle of the passato prossimo ("ha detto"), singular and plural.

// Regular verbs in -are by infinitive: present, passato remoto and participle.
function areForms(infinitives: string): string[] {
  return verbForms(infinitives, (verb) => {
    const stem = verb.slice(0, -3);
    return [`${stem}a`, `${stem}ano`, `${stem}ò`, `${stem}arono`, `${stem}ato`];
  });
}

const ITALIAN_VERBS = new Set([
  ...areForms(
    'dichiarare affermare sottolineare spiegare precisare annunciare ribadire osservare ' +
      'commentare evidenziare confermare denunciare avvertire ricordare assicurare dichiarare ' +
      'rimarcare lamentare insistere attaccare replicare accusare puntualizzare segnalare ' +
      'raccontare',
  ),
  // Irregular verbs: present, passato remoto and participle.
  ...(
    'dice dicono disse dissero detto aggiunge aggiungono aggiunse aggiunto scrive scrivono ' +
    'scrisse scritto sostiene sostengono sostenne sostenuto riferisce riferiscono riferì riferito ' +
    'ammette ammise ammesso risponde rispose risposto conclude concluse concluso avverte avvertì ' +
    'avvertito chiarisce chiarì chiarito'
  ).split(' '),
  // "ha reso noto", "ha fatto sapere": verbs that say only with their complement (particles).
  ...'rende rese reso fa fece fatto'.split(' '),
]);

/** Italian: the subject before the verb, or after it behind a quote ("…", ha detto il ministro). */
export const ITALIAN: LanguageCues = {
  verbs: ITALIAN_VERBS,
  particles: new Map([
    ...['rende', 'rese', 'reso'].map((verb): [string, RegExp] => [verb, /^\s+not[oaie]\b/u]),
    ...['fa', 'fece', 'fatto'].map((verb): [string, RegExp] => [verb, /^\s+sapere\b/u]),
  ]),
  // "Secondo Washington, …", "Stando al ministero …", "A detta di X", "Per il ministro, …".
  sourceBefore:
    /(?:\b(?:[Ss]econdo|[Ss]tando a(?:l|lla|i|gli)?|[Aa] detta d(?:i|el|ella))|^Per(?=\s+(?:il|la)\s))\s+/u,
  sourceAfter: null,
  sourceAfterQuote: null,
  auxiliaries: words('ha hanno aveva avevano abbia'),
  definite: words('il lo la i gli le l'),
  articles: words('il lo la i gli le l un uno una suo sua loro'),
  pronouns: words('lui lei egli ella'),
  role: /^(?:vice)?(?:ministr[oa]|president[ea]|portavoce|segretari[oa]|funzionari[oa]|direttor[ea]|direttrice|leader|capo|ambasciator[ea]|dirigent[ei]|deputat[oa]|senator[ea]|giudice|procurator[ea]|avvocat[oa]|sindac[oa]|premier|cancelliere|diplomatic[oa]|espert[oa]|analista|fonte|dipartimento|ministero|governatore|comandante|consigliere)$/iu,
  phraseStop: words(
    'in a al alla ai agli con durante dopo oggi ieri anche inoltre poi che e ed per da su nel nella',
  ),
  adverbialOpeners: words('in a al alla con durante dopo inoltre anche però ma e ed mentre quando'),
  relatives: words('che il quale la quale cui'),
  adjunctPrepositions: words('in durante dopo'),
  // "ha detto a Bloomberg un funzionario": the hearer between the verb and the subject.
  objectMarkers: words('a al alla ai agli'),
  leadingSkip: words('oggi ieri anche inoltre poi'),
  negations: words('non'),
  bodies: words(
    'Tesoro Stato Difesa Interno Interni Giustizia Esteri Economia Finanze Commercio Energia ' +
      'Salute Lavoro Governo',
  ),
  nameParticles: words('di de del della da'),
  complementWords: words('di del della dello dei degli delle'),
  nounsCapitalised: false,
  reportedMood: null,
};
