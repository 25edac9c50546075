import { words } from './cue-words.ts';
import type { LanguageCues } from './other-language-cues.ts';

// Speech cues of Dutch news, written by hand from the verbs of saying of the Algemene Nederlandse
// Spraakkunst (ANS §18.5, "werkwoorden van zeggen") and the attribution of ANP wire copy ("zei
// X", "zegt X", "aldus X", "volgens X", "liet X weten"). Dutch is verb-second like German: after a
// quote or an adverb the subject follows the verb ("“…”, zei Rutte"). Only the third person:
// present, past (singular and plural) and participle; the strong verbs are written out.
const DUTCH_VERBS = new Set(
  (
    'zegt zei zeiden zeggen gezegd verklaart verklaarde verklaarden verklaard benadrukt ' +
    'benadrukte benadrukten waarschuwt waarschuwde waarschuwden gewaarschuwd meldt meldde meldden ' +
    'gemeld antwoordt antwoordde antwoordden geantwoord reageert reageerde reageerden gereageerd ' +
    'bevestigt bevestigde bevestigden bevestigd ontkent ontkende ontkenden ontkend erkent erkende ' +
    'erkend beweert beweerde beweerden beweerd vertelt vertelde vertelden verteld twittert ' +
    'twitterde getwitterd betoogt betoogde betoogd stelt stelde stelden gesteld schrijft schreef ' +
    'schreven geschreven vindt vond vonden meent meende meenden gemeend vraagt vroeg vroegen ' +
    'gevraagd verzekert verzekerde verzekerd onderstreept onderstreepte herhaalt herhaalde ' +
    'herhaald spreekt sprak spraken noemt noemde noemden genoemd benadrukt concludeert ' +
    'concludeerde aangekondigd toegevoegd meegedeeld opgemerkt'
  ).split(' '),
);

// Separable verbs: a cue only with their particle later in the clause ("liet weten", "voegde
// eraan toe", "kondigde aan", "gaf aan", "merkte op", "legde uit", "deelde mee").
const DUTCH_PARTICLES = new Map<string, RegExp>([
  ['liet', /\bweten\b/],
  ['laat', /\bweten\b/],
  ['lieten', /\bweten\b/],
  ['voegde', /\btoe\b/],
  ['voegt', /\btoe\b/],
  ['kondigde', /\baan\b/],
  ['kondigt', /\baan\b/],
  ['gaf', /\baan\b/],
  ['geeft', /\baan\b/],
  ['merkte', /\bop\b/],
  ['merkt', /\bop\b/],
  ['legde', /\buit\b/],
  ['legt', /\buit\b/],
  ['deelde', /\bmee\b/],
  ['deelt', /\bmee\b/],
]);
for (const verb of DUTCH_PARTICLES.keys()) DUTCH_VERBS.add(verb);

/** Dutch: verb-second clauses, the subject after the verb when a quote or adverb comes first. */
export const DUTCH: LanguageCues = {
  verbs: DUTCH_VERBS,
  particles: DUTCH_PARTICLES,
  // "Volgens Hoekstra raken deze sancties …", "Volgens de VS …".
  sourceBefore: /(?<![\p{L}])[Vv]olgens\s+/u,
  sourceAfter: null,
  // "…”, aldus de premier." / "…, aldus Zacharova." ("aldus" = "so said").
  sourceAfterQuote: /(?:[,–—:]|∎)\s*(aldus)\s+(?=\p{Lu}|(?:de|het|een)\s)/u,
  auxiliaries: words('heeft hebben had hadden'),
  definite: words('de het'),
  articles: words('de het een zijn haar hun'),
  pronouns: words('hij zij ze'),
  role: /^(?:vice|oud-|ex-)?(?:minister|minister-president|premier|president|woordvoerder|woordvoerster|directeur|voorzitter|ondervoorzitter|ambassadeur|burgemeester|commissaris|topman|topvrouw|leider|chef|bewindsman|bewindsvrouw|staatssecretaris|officier|rechter|advocaat|hoogleraar|deskundige|expert|analist|diplomaat|generaal|commandant|secretaris-generaal|kanselier|vicepremier|minister-presidente)$/iu,
  phraseStop: words(
    'in op bij tegen tijdens na voor met over aan maandag dinsdag woensdag donderdag vrijdag ' +
      'zaterdag zondag gisteren vandaag eerder ook nog al daarop dat en dinsdagochtend',
  ),
  adverbialOpeners: words('in op bij na tijdens ook maar en toen daarna verder bovendien wel'),
  relatives: words('die wie welke'),
  nameParticles: words('van de der den ten ter von'),
  complementWords: words('van voor'),
  nounsCapitalised: false,
  reportedMood: null,
  leadingSkip: words(
    'ook nog daarop maandag dinsdag woensdag donderdag vrijdag zaterdag zondag gisteren vandaag ' +
      'eerder dinsdagochtend',
  ),
  adjunctPrepositions: words('in op tijdens'),
  officeLinks: words('van'),
  bodies: words('Buitenlandse Zaken Financiën Defensie Justitie Economische Binnenlandse Staat'),
  asClause: words('zoals'),
};
