import { verbForms, words } from './cue-words.ts';
import type { LanguageCues } from './other-language-cues.ts';
import { isDeclinedGivenName } from '../mentions/find-given-name-names.ts';

// Speech cues of Polish news, written by hand from the common verbs of saying of PAP wire copy
// ("powiedział", "oświadczył", "podkreślił", "– dodał X") and the Polish grammar of the past
// tense (Wielki słownik języka polskiego). Only the third person: the past tense in its
// masculine, feminine and plural forms, and the present.

// Past tense by its masculine form: "powiedział" → "powiedziała", "powiedzieli", "powiedziały".
function pastForms(masculine: string): string[] {
  return verbForms(masculine, (verb) => {
    const stem = verb.slice(0, -1);
    const personal = stem.endsWith('ia') ? `${stem.slice(0, -2)}ieli` : `${stem}li`;
    return [verb, `${stem}ła`, personal, `${stem}ły`];
  });
}

const POLISH_VERBS = new Set([
  ...pastForms(
    'powiedział oświadczył stwierdził dodał podkreślił zaznaczył przekazał poinformował ocenił ' +
      'zapewnił ostrzegł tłumaczył wyjaśnił przypomniał zauważył napisał oznajmił przyznał ' +
      'zapowiedział wskazał uznał mówił ogłosił zadeklarował przekonywał apelował skomentował ' +
      'odpowiedział zaapelował zapewniał podkreślał zaznaczał dodawał twierdził ogłaszał zakpił',
  ),
  // "odparł", "rzekł": past tenses without the -ł- of the others.
  ...'odparł odparła odparli rzekł rzekła'.split(' '),
  ...(
    'mówi mówią twierdzi twierdzą uważa uważają podkreśla podkreślają zaznacza zaznaczają dodaje ' +
    'dodają pisze piszą ocenia oceniają informuje informują przekonuje ostrzega zapewnia'
  ).split(' '),
  // "zwrócił uwagę, że …": to point out (with its object, see particles).
  ...pastForms('zwrócił'),
]);

const POINT_OUT = /\buwag[ęi]\b/u;

/** Polish: the subject before the verb, or after it behind a quote or dash ("… – powiedział X"). */
export const POLISH: LanguageCues = {
  verbs: POLISH_VERBS,
  particles: new Map(pastForms('zwrócił').map((verb) => [verb, POINT_OUT])),
  // "Według Ławrowa, …", "Zdaniem ministra …", "Jak powiedział X, …", "Jak poinformował …".
  sourceBefore:
    /(?<![\p{L}])(?:[Ww]edług|[Zz]daniem|[Jj]ak (?:powiedział[aiy]?|poinformował[aiy]?|podkreślił[aiy]?|zaznaczył[aiy]?|przekazał[aiy]?|oświadczył[aiy]?|mówi|twierdzi|podaje|informuje))\s+/u,
  sourceAfter: null,
  sourceAfterQuote: null,
  auxiliaries: new Set(),
  // No articles: a role alone ("Wiceminister stwierdził", "– powiedział minister") points back.
  definite: new Set(),
  articles: words('ten ta to ci te jego jej ich swój swoja'),
  pronouns: words('on ona'),
  role: /^(?:wice)?(?:minister|ministra|ministrem|szef|szefowa|szefa|premier|premiera|prezydent|prezydenta|rzecznik|rzeczniczka|rzecznika|dyplomata|dyplomacji|polityk|ekspert|ekspertka|analityk|ambasador|przewodniczący|przewodnicząca|dyrektor|dyrektorka|prezes|prezeska|prokurator|sędzia|poseł|posłanka|senator|doradca|przedstawiciel|przedstawicielka|źródło|resort|ministerstwo|wiceszef|wiceminister)$/iu,
  phraseStop: words(
    'w we na podczas po przed przy z ze do dla także też również i a że ale wczoraj dziś ' +
      'dzisiaj wtedy potem jednak',
  ),
  adverbialOpeners: words('w we na po przy podczas także jednak a ale i jak oraz'),
  relatives: words('który która którzy które'),
  nameParticles: words('de von van'),
  complementWords: new Set(),
  nounsCapitalised: false,
  reportedMood: null,
  articleless: true,
  groupNouns: words(
    'ministrowie eksperci analitycy urzędnicy władze politycy dyplomaci przedstawiciele rzecznicy ' +
      'prokuratorzy śledczy sędziowie posłowie senatorowie naukowcy badacze lekarze mieszkańcy ' +
      'świadkowie służby organizatorzy adwokaci działacze aktywiści źródła media',
  ),
  // "– powiedział też rosyjski dyplomata", "oświadczył w piątek minister".
  leadingSkip: words('też także również wtedy potem wczoraj dziś jednak'),
  // Where a person's name starts in a run of capitals ("na Ukrainę Władimir Putin").
  givenName: (word) => isDeclinedGivenName(word, 'Polish'),
};
