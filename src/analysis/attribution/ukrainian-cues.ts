import { verbForms, words } from './cue-words.ts';
import type { LanguageCues } from './other-language-cues.ts';
import { UKRAINIAN_NAME_CASES } from '../mentions/cyrillic/ukrainian-name-cases.ts';

// Speech cues of Ukrainian news, written by hand from the verbs of saying of Ukrinform and
// UNIAN copy ("заявив", "сказав", "повідомив", "наголосив", "– сказав X", "за словами X", "як
// зазначив X") and the Ukrainian grammar of the past tense (masculine in -в, feminine -ла, plural
// -ли: "заявив", "заявила", "заявили"; reflexive -вся, -лася, -лися). Only the third person: the
// past tense in all three forms and the present.

// Past tense by its masculine form: "заявив" → "заявила", "заявили"; "висловився" →
// "висловилася", "висловилися".
function pastForms(masculine: string): string[] {
  return verbForms(masculine, (verb) => {
    const reflexive = verb.endsWith('вся');
    const stem = verb.slice(0, reflexive ? -3 : -1);
    return reflexive ? [verb, `${stem}лася`, `${stem}лися`] : [verb, `${stem}ла`, `${stem}ли`];
  });
}

const UKRAINIAN_VERBS = new Set([
  ...pastForms(
    'заявив сказав зазначив наголосив підкреслив додав повідомив пояснив уточнив розповів ' +
      'написав відповів попередив запевнив констатував закликав нагадав визнав ' +
      'прокоментував пообіцяв вимагав висловився поділився звернувся анонсував оголосив ' +
      'підтвердив спростував стверджував говорив наполягав резюмував',
  ),
  ...(
    'заявляє заявляють каже кажуть говорить говорять вважає вважають зазначає зазначають ' +
    'наголошує наголошують підкреслює підкреслюють повідомляє повідомляють стверджує ' +
    'стверджують пише пишуть додає пояснює визнає попереджає наполягає впевнений впевнена'
  ).split(' '),
]);

/** Ukrainian: the subject before the verb, or after it behind a quote or dash ("…, – сказав X"). */
export const UKRAINIAN: LanguageCues = {
  verbs: UKRAINIAN_VERBS,
  particles: new Map(),
  // "За словами Латушка, …", "На думку експертів", "Як зазначив президент, …", "Згідно з".
  sourceBefore:
    /(?<![\p{L}])(?:[Зз]а (?:(?:його|її|їхніми)\s+)?(?:словами|даними|інформацією|оцінкою)|[Нн]а (?:(?:його|її|їхню)\s+)?думку|[Зз]гідно з|[Яя]к (?:зазначив|заявив|повідомив|наголосив|розповів|сказав|пише|повідомляє|зазначає)(?:ла|ли)?)\s+/u,
  sourceAfter: null,
  sourceAfterQuote: null,
  auxiliaries: new Set(),
  // No articles: a role alone ("– сказав міністр") points back.
  definite: new Set(),
  articles: words('цей ця це ці його її їх свій своя свої'),
  pronouns: words('він вона'),
  role: /^(?:міністр|міністра|глава|голова|заступник|заступниця|речник|речниця|спікер|представник|представниця|президент|президента|прем'єр|прем'єр-міністр|посол|дипломат|політик|експерт|аналітик|депутат|губернатор|мер|директор|керівник|керівниця|лідер|командувач|радник|радниця|прокурор|адвокат|суддя|помічник|міністерство|відомство|джерело)$/iu,
  phraseStop: words(
    "в у на по з із до при для після перед під час інтерв’ю інтерв'ю ефірі також і та а що але " +
      'вчора сьогодні раніше потім',
  ),
  adverbialOpeners: words('в у на по при після крім також однак а але і та як про'),
  relatives: words('який яка які'),
  nameParticles: words('де ле фон ван'),
  complementWords: new Set(),
  nounsCapitalised: false,
  reportedMood: null,
  articleless: true,
  givenName: (word) => UKRAINIAN_NAME_CASES.readGivenName(word) !== undefined,
  groupNouns: words(
    'міністри експерти аналітики чиновники політики дипломати представники джерела прокурори ' +
      'слідчі судді депутати науковці лікарі мешканці свідки активісти організатори адвокати',
  ),
  // "– сказав також X", "повідомив журналістам речник …": the hearer, in the dative, first.
  leadingSkip: words(
    'також при цьому тоді потім пізніше раніше вчора сьогодні ж журналістам агентству виданню ' +
      'телеканалу газеті кореспонденту',
  ),
};
