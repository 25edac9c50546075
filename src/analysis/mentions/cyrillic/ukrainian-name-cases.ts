import { nameCases, type NameCases } from './name-declension.ts';

// Given names and their case endings in Ukrainian, from the declension of the Ukrainian Orthography
// (Український правопис, 2019, §§ 82–89, 104: masculine names of the second declension, hard
// "Олександр" → "Олександра", "Олександру"/"Олександрові", "Олександром", soft "Сергій" → "Сергія",
// in -о "Дмитро" → "Дмитра", in -ь "Василь" → "Василя"; feminine names of the first declension,
// "Олена" → "Олени", "Юлія" → "Юлії"), and surnames: those in -енко/-ко decline as nouns
// ("Лукашенко" → "Лукашенка", "Лукашенкові", "Лукашенком"), unlike in Russian, where they stay
// as written; adjectival "-ський" → "-ського"; possessive "-ов/-ін" → "-ова", "-ові", "-овим".
// The names are the common Ukrainian forms of news (Олександр, not Александр) and foreign names
// as the Ukrainian press writes them.

const MASCULINE = new Set(
  (
    'Олександр Олексій Анатолій Андрій Антон Арсеній Артем Борис Вадим Валентин Валерій Василь ' +
    'Віктор Віталій Владислав Володимир Вячеслав Геннадій Георгій Гліб Григорій Данило Денис ' +
    'Дмитро Євген Єгор Іван Ігор Ілля Кирило Костянтин Леонід Максим Михайло Микита Микола Олег ' +
    'Павло Петро Роман Руслан Сергій Станіслав Степан Тарас Тимур Юрій Ярослав Яків Богдан ' +
    'Остап Назар Ростислав Святослав Марк Давид Орест Мирослав Всеволод Рамзан Ільхам Касим-Жомарт ' +
    // Foreign given names as the Ukrainian press writes them.
    'Дональд Джо Джон Джозеф Джеймс Девід Стівен Скотт Марко Ентоні Емманюель Олаф Фрідріх ' +
    'Реджеп Біньямін Барак Майк Роберт Мухаммед Мохаммед Алі Хасан Башар Ісмаїл Юрген Анджей'
  ).split(/\s+/),
);

const FEMININE = new Set(
  (
    'Олена Юлія Ірина Наталія Наталя Тетяна Ольга Марія Анна Ганна Галина Людмила Оксана ' +
    'Світлана Катерина Вікторія Валентина Віра Надія Лариса Христина Софія Анастасія Аліна ' +
    'Ірена Мирослава Урсула Камала Кая Анналена Каллас'
  )
    .split(/\s+/)
    .filter((n) => n !== 'Каллас'),
);

// By nominative ending: the oblique endings (genitive, dative in -у and -ові/-еві/-єві,
// instrumental, locative), each with the ending a hard foreign surname beside it takes.
const MASCULINE_ENDINGS: readonly [string, readonly [string, string][]][] = [
  [
    'ій',
    [
      ['ія', 'а'],
      ['ію', 'у'],
      ['ієві', 'ові'],
      ['ієм', 'ом'],
      ['ії', 'і'],
    ],
  ],
  [
    'о',
    [
      ['а', 'а'],
      ['ові', 'ові'],
      ['у', 'у'],
      ['ом', 'ом'],
    ],
  ],
  [
    'ь',
    [
      ['я', 'а'],
      ['ю', 'у'],
      ['еві', 'ові'],
      ['ем', 'ом'],
    ],
  ],
  [
    '',
    [
      ['ові', 'ові'],
      ['а', 'а'],
      ['у', 'у'],
      ['ом', 'ом'],
      ['і', 'і'],
    ],
  ],
];
const FEMININE_ENDINGS: readonly [string, readonly string[]][] = [
  ['ія', ['ії', 'ію', 'ією']],
  ['а', ['ою', 'и', 'і', 'у']],
  ['я', ['ею', 'і', 'ю']],
];

// Surnames and patronymics in an oblique case, with their nominative.
const MASCULINE_SURNAME: readonly [RegExp, string][] = [
  [/(енк|[йчшщ]к)(?:ові|ом|а|у)$/u, '$1о'],
  [/(ськ|цьк|зьк)(?:ого|ому|им|ім)$/u, '$1ий'],
  [/(ович|евич|йович)(?:еві|ем|а|у)$/u, '$1'],
  [/(ов|ев|єв|ін|їн|ин)(?:ові|им|ім|а|у)$/u, '$1'],
];
const FEMININE_SURNAME: readonly [RegExp, string][] = [
  [/(ськ|цьк|зьк)(?:ої|ій|ою|у)$/u, '$1а'],
  [/(івн|ївн|овн)(?:ою|и|і|у)$/u, '$1а'],
  [/(ов|ев|єв|ін|їн|ин)(?:ої|ій|ою|у)$/u, '$1а'],
];

/** Ukrainian given names, surnames and patronymics, read back to the nominative in any case. */
export const UKRAINIAN_NAME_CASES: NameCases = nameCases({
  masculine: MASCULINE,
  feminine: FEMININE,
  masculineEndings: MASCULINE_ENDINGS,
  feminineEndings: FEMININE_ENDINGS,
  masculineSurname: MASCULINE_SURNAME,
  feminineSurname: FEMININE_SURNAME,
  consonantStem: /[бвгґджзклмнпрстфхцчшщ]$/u,
  patronymic: /(?:ович|йович|евич|івна|ївна|овна)(?:ові|еві|ою|ем|а|у|и|і)?$/u,
});
