import { verbForms, words } from './cue-words.ts';
import type { LanguageCues } from './other-language-cues.ts';

// Speech cues of French news, written by hand from the wire and newspaper copy of
// test/gold/speakers-fr and the language's common verbs of saying ("verbes introducteurs"). Only
// the third person: the present, the plural and the past participle (after "a", "avait", "ont").

// Regular "-er" verbs by infinitive: present, plural, participle ("déclare", "déclarent", "déclaré").
function frenchForms(infinitives: string): string[] {
  return verbForms(infinitives, (verb) => {
    const stem = verb.slice(0, -2);
    return [`${stem}e`, `${stem}ent`, `${stem}é`];
  });
}

const FRENCH_VERBS = new Set([
  ...frenchForms(
    'déclarer affirmer indiquer estimer ajouter expliquer préciser souligner assurer confier ' +
      'annoncer insister juger dénoncer marteler lancer confirmer nier noter relever commenter ' +
      'regretter déplorer saluer constater raconter rapporter signaler observer ' +
      'considérer mentionner énumérer nuancer avancer réclamer exhorter accuser critiquer ' +
      'témoigner fustiger rappeler répliquer',
  ),
  ...(
    'dit disent rappelle rappellent prévient préviennent prévenu répond répondent répondu ' +
    'reconnaît reconnaissent reconnu conclut concluent conclu écrit écrivent dément démentent ' +
    'démenti poursuit poursuivent poursuivi avertit avertissent averti admet admettent admis ' +
    'martèle martèlent réagit réagi prétend prétendent prétendu'
  ).split(' '),
]);

/** French: the subject before the verb, or after it behind a quote ("…», a déclaré le ministre). */
export const FRENCH: LanguageCues = {
  verbs: FRENCH_VERBS,
  // "a fait savoir": a verb that says only with its complement.
  particles: new Map([
    ['fait', /^\s+savoir\b/u],
    ['faire', /^\s+savoir\b/u],
  ]),
  // "Pour Dominique de Villepin, …", "Aux yeux de X, …": a view given as the named person's.
  sourceBefore:
    /(?:\b(?:[Ss]elon|[Dd]['’]après)|^(?:Pour|Aux yeux d['’]|Aux yeux de|De l['’]avis de)(?=\s*\p{Lu}))\s*/u,
  sourceAfter: null,
  sourceAfterQuote: null,
  auxiliaries: words('a ont avait avaient aurait auraient'),
  definite: words("le la les l' l’"),
  articles: words("le la les l' l’ un une des cette ce cet ces sa son ses leur"),
  pronouns: words('il elle'),
  role: /^(?:ministre|président|présidente|porte-parole|premier|première|chef|cheffe|patron|patronne|directeur|directrice|secrétaire|ambassadeur|ambassadrice|procureur|procureure|avocat|avocate|maire|député|députée|sénateur|sénatrice|dirigeant|dirigeante|responsable|représentant|représentante|commissaire|juge|général|colonel|gouverneur|conseiller|conseillère|PDG|haut-commissaire|préfet|préfète|entraîneur|sélectionneur|fonctionnaire|diplomate)$/iu,
  phraseStop: words(
    'à au aux en dans sur lors devant pendant après avant depuis selon et que qui avec pour par ' +
      'hier aujourd’hui mardi mercredi jeudi vendredi samedi dimanche lundi sans tout alors',
  ),
  adverbialOpeners: words(
    'en à au aux dans sur lors pendant après avant depuis par pour avec sans mais et alors ' +
      'concernant interrogé interrogée considéré considérée selon ainsi toutefois cependant ' +
      // Words a sentence opens with, capitalised there only: "Suite à …, M. Dupont a déclaré",
      // "Comme le souligne le Conseil", "L'un des ministres, X, a dit".
      "suite comme l'un l’un l'une l’une d'après d’après parmi outre malgré lorsque quand puis enfin " +
      // "A ses côtés, …": À as capitals are often printed, without its accent.
      'a',
  ),
  relatives: words('qui'),
  nameParticles: words("de du des d' d’ von van der den Le La"),
  complementWords: words("de du des d' d’"),
  nounsCapitalised: false,
  reportedMood: null,
  // "a-t-il déclaré", "a -t-il dit", "affirme-t-il", "dit-elle": the subject is the pronoun.
  invertedPronoun: /(?<![\p{L}])(\p{Ll}+)\s?-(?:t-)?(?:il|elle|ils|elles)(?![\p{L}])/u,
  titles: words('M M. MM MM. Mme Mme. Mlle Me Dr'),
  // "a assuré mercredi 12 mars sa porte-parole", "a également déclaré Laurent Fabius".
  leadingSkip: words(
    'également aussi encore ensuite auparavant cependant donc notamment alors toutefois pourtant ' +
      'fermement vivement lundi mardi mercredi jeudi vendredi samedi dimanche hier matin soir ' +
      'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
  ),
  // "a indiqué à l'AFP une source gouvernementale": the hearer stands before the speaker.
  objectMarkers: words('à au aux'),
  adjunctPrepositions: words('dans lors devant'),
  officeLinks: words('au aux à'),
  bodies: words(
    'Trésor Intérieur Défense Justice Économie Finances Budget Santé Travail Commerce ' +
      'Agriculture Culture Éducation Affaires Armées État Environnement',
  ),
};
