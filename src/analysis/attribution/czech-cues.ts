import { verbForms, words } from './cue-words.ts';
import type { LanguageCues } from './other-language-cues.ts';
import { isDeclinedGivenName } from '../mentions/find-given-name-names.ts';

// Speech cues of Czech news, written by hand from the common verbs of saying of ČTK wire copy
// ("řekl", "uvedl", "prohlásil", "dodal", "Řekl to X", "podle X") and the Czech grammar of the
// past tense (Internetová jazyková příručka, ÚJČ AV ČR: the l-participle takes -l, -la, -lo, -li,
// -ly by the subject's gender and number: "uvedl ministr", "uvedla ministryně", "uvedlo
// ministerstvo"). Only the third person: the past and the present.

// Past tense by its masculine form: "řekl" → "řekla", "řeklo", "řekli", "řekly".
function pastForms(masculine: string): string[] {
  return verbForms(masculine, (verb) => [verb, `${verb}a`, `${verb}o`, `${verb}i`, `${verb}y`]);
}

const CZECH_VERBS = new Set([
  ...pastForms(
    'řekl uvedl prohlásil dodal sdělil napsal zdůraznil poznamenal upozornil podotkl oznámil ' +
      'odvětil odpověděl konstatoval vysvětlil potvrdil varoval tvrdil informoval prohlašoval ' +
      'vzkázal připomněl ujistil zopakoval doplnil ocenil vyzval zmínil popsal ' +
      'ohlásil',
  ),
  ...(
    'říká říkají uvádí uvádějí tvrdí píše píší dodává dodávají prohlašuje prohlašují ' +
    'zdůrazňuje upozorňuje informuje sděluje míní soudí varuje'
  ).split(' '),
]);

/** Czech: the subject before the verb, or after it ("… uvedl Dmitrij Peskov", "Řekl to X"). */
export const CZECH: LanguageCues = {
  verbs: CZECH_VERBS,
  particles: new Map(),
  // "Podle Lavrova …", "Jak uvedl ministr …", "Podle agentury Reuters …".
  sourceBefore:
    /(?<![\p{L}])(?:[Pp]odle|[Jj]ak (?:uvedl[aoiy]?|řekl[aoiy]?|prohlásil[aoiy]?|dodal[aoiy]?|sdělil[aoiy]?|napsal[aoiy]?|informoval[aoiy]?|uvádí|píše|tvrdí|informuje))\s+/u,
  sourceAfter: null,
  sourceAfterQuote: null,
  auxiliaries: new Set(),
  // No articles: a role alone ("prohlásil šéf ruské diplomacie") points back to the person named.
  definite: new Set(),
  articles: words('ten ta ti ty jeho její jejich svůj svá své'),
  pronouns: words('on ona'),
  role: /^(?:místo)?(?:ministr|ministra|ministryně|ministerstvo|ministerstva|mluvčí|šéf|šéfa|šéfová|šéfka|prezident|prezidenta|prezidentka|premiér|premiéra|premiérka|velvyslanec|velvyslankyně|předseda|předsedkyně|ředitel|ředitelka|diplomat|diplomatka|analytik|analytička|expert|expertka|poslanec|poslankyně|senátor|senátorka|soudce|soudkyně|žalobce|poradce|poradkyně|představitel|představitelka|zdroj|úřad|vláda|agentura)$/iu,
  phraseStop: words(
    'v ve na během po před při s se do pro k ke také též rovněž i a že ale včera dnes ' +
      'tehdy pak však již už',
  ),
  adverbialOpeners: words('v ve na po při během také však a ale i jak rovněž'),
  relatives: words('který která kteří které jenž jež'),
  nameParticles: words('de von van'),
  complementWords: new Set(),
  nounsCapitalised: false,
  reportedMood: null,
  articleless: true,
  groupNouns: words(
    'ministři experti analytici úředníci politici diplomaté představitelé žalobci vyšetřovatelé ' +
      'soudci poslanci senátoři vědci lékaři obyvatelé svědci úřady média zdroje',
  ),
  // "Řekl to ruský ministr …", "uvedl dnes mluvčí", "řekl novinářům po jednání Borrell": the
  // pronoun object "to", time words and the hearer in the dative stand between verb and subject.
  leadingSkip: words(
    'to také též rovněž tehdy pak včera dnes však novinářům médiím reportérům agentuře televizi',
  ),
  adjunctPrepositions: words('po v ve na během při'),
  // "Moskva je připravena … . Řekl to ruský ministr …": the sentence before is what he said.
  pointingObjects: words('to'),
  // Czech leaves a known subject out ("Upozornila rovněž na to, že …"): a verb of saying may open
  // a sentence for the subject of the sentence before (no form of the table is a participle that
  // needs an auxiliary).
  participle: /^$/u,
  // Where a person's name starts in a run of capitals ("na Ukrainę Władimir Putin").
  givenName: (word) => isDeclinedGivenName(word, 'Czech'),
};
