// Speech cues of German and Spanish news, written by hand from the wire and newspaper copy of
// test/gold/speakers-de-es and the languages' common verbs of saying (Duden's and the RAE's
// "verbos de lengua"). Only finite forms and participles: news attributes with the third person.
import { verbForms, words } from './cue-words.ts';
import { CZECH } from './czech-cues.ts';
import { DUTCH } from './dutch-cues.ts';
import { FRENCH } from './french-cues.ts';
import { INDONESIAN } from './indonesian-cues.ts';
import { ITALIAN } from './italian-cues.ts';
import { POLISH } from './polish-cues.ts';
import { PORTUGUESE } from './portuguese-cues.ts';
import { RUSSIAN } from './russian-cues.ts';
import { TURKISH } from './turkish-cues.ts';
import { UKRAINIAN } from './ukrainian-cues.ts';

/** What attribution needs to know about one language. */
export interface LanguageCues {
  /** Finite forms and participles of verbs of saying, lower case. */
  verbs: ReadonlySet<string>;
  /** A verb form that is a cue only with its separable particle later in the clause. */
  particles: ReadonlyMap<string, RegExp>;
  /** Words after which the source follows ("laut", "según"). */
  sourceBefore: RegExp;
  /** Words before which the source stands ("X zufolge"). */
  sourceAfter: RegExp | null;
  /** A source word after a quote or comma ("…“, so Weil."). */
  sourceAfterQuote: RegExp | null;
  /** Auxiliaries of a compound tense ("hat gesagt", "ha dicho"). */
  auxiliaries: ReadonlySet<string>;
  /** Definite articles: a role after one names a person the article has named before. */
  definite: ReadonlySet<string>;
  /** All articles and determiners that open a noun phrase. */
  articles: ReadonlySet<string>;
  /** Personal pronouns of the third person that stand for a speaker. */
  pronouns: ReadonlySet<string>;
  /** Nouns of persons by office ("Minister", "Sprecherin", "ministra", "vocero"). */
  role: RegExp;
  /** Words that end a speaker phrase after the verb (time, place, medium, adverbs). */
  phraseStop: ReadonlySet<string>;
  /** Words that open an adverbial before the subject ("En declaraciones a la prensa, …"). */
  adverbialOpeners: ReadonlySet<string>;
  /** Relative pronouns: "Guerrero, que es sobrino del alcalde, ha manifestado". */
  relatives: ReadonlySet<string>;
  /** Words inside a name that are not capitalised ("Thomas de Maizière"). */
  nameParticles: ReadonlySet<string>;
  /** Words before a complement, not a name ("Sprecher der Bundespolizei", "ministro de Cultura"). */
  complementWords: ReadonlySet<string>;
  /** Every noun is capitalised (German): a capital alone does not make a name. */
  nounsCapitalised: boolean;
  /** Reported speech by its mood: the German subjunctive I ("Es gelte …", "er sei …"). */
  reportedMood: RegExp | null;
  /** A verb with its pronoun subject after it ("a-t-il déclaré", "affirme-t-elle"); group 1 the verb. */
  invertedPronoun?: RegExp;
  /** Titles before a name that are no part of it ("M.", "Mme"). */
  titles?: ReadonlySet<string>;
  /** Words between a verb and the subject after it that open no phrase ("a assuré mercredi X"). */
  leadingSkip?: ReadonlySet<string>;
  /**
   * Prepositions of a short adjunct between a verb and its subject ("dijo en un comunicado el
   * secretario …", "a déclaré dans un communiqué le ministre …").
   */
  adjunctPrepositions?: ReadonlySet<string>;
  /** Prepositions of the hearer between a verb and its subject ("a indiqué à l'AFP une source"). */
  objectMarkers?: ReadonlySet<string>;
  /** No articles (Russian): a role alone after the verb ("— сказал министр") points back. */
  articleless?: boolean;
  /**
   * Nominative plurals naming a group of people ("ministrowie", "эксперты"), which a language
   * without articles puts after the verb as its subject ("– uznali ministrowie"): the group as
   * written is the speaker, never one person named before.
   */
  groupNouns?: ReadonlySet<string>;
  /** Prepositions besides `complementWords` that join an office to its body ("secrétaire au Trésor"). */
  officeLinks?: ReadonlySet<string>;
  /**
   * Bodies an office serves, capitalised, which a name may follow with no comma ("secretario del
   * Tesoro Steven Mnuchin", "secrétaire au Trésor Steven Mnuchin").
   */
  bodies?: ReadonlySet<string>;
  /** A conjunction whose clause names the source before its verb ("…, wie das Ministerium mitteilte"). */
  asClause?: ReadonlySet<string>;
  /**
   * Demonstrative objects right after a verb that opens its sentence, pointing to the sentence
   * before as what was said (Czech "Řekl to ministr …": "the minister said it").
   */
  pointingObjects?: ReadonlySet<string>;
  /** Negations before a verb: "El comunicado no especificó" says nothing. */
  negations?: ReadonlySet<string>;
  /**
   * The participles of the verb table, in a language that leaves a known subject out (Spanish:
   * "Dijo que …", "Añadió en una reunión …"): any other form of a verb of saying may open a
   * sentence and say, for the subject of the sentence before.
   */
  participle?: RegExp;
  /**
   * An impersonal phrase of saying with no speaker of its own ("heißt es", "hieß es"): the source
   * is the document or circle a preposition names beside it, else the words are weakly sourced.
   */
  impersonal?: RegExp;
  /**
   * The verb ends the clause and the subject opens it, before any quote (Turkish: "Lavrov, "…"
   * dedi."): no subject follows the verb, and a quote between them does not end the subject.
   */
  verbFinal?: boolean;
  /** A case suffix written after a name ("Lavrov'a", "Reuters'ın"): no part of the name. */
  nameSuffix?: RegExp;
  /** A given name in any case (Russian, Ukrainian): where a person's name starts in a run. */
  givenName?: (word: string) => boolean;
}

// Regular Spanish verbs by infinitive: preterite, present, plural and perfect participle.
function spanishForms(infinitives: string): string[] {
  return verbForms(infinitives, (verb) => {
    const stem = verb.slice(0, -2);
    return verb.endsWith('ar')
      ? [`${stem}ó`, `${stem}a`, `${stem}aron`, `${stem}an`, `${stem}ado`]
      : [`${stem}ió`, `${stem}e`, `${stem}ieron`, `${stem}en`, `${stem}ido`];
  });
}

// German weak verbs by stem: present, preterite (singular and plural) and participle.
function germanForms(stems: string): string[] {
  return verbForms(stems, (stem) => {
    const t = /[dt]$/.test(stem) ? 'et' : 't';
    const participle = /ier$|^(?:be|er|ver|ent|zer|ge|unter|wider)/.test(stem)
      ? `${stem}${t}`
      : `ge${stem}${t}`;
    return [`${stem}${t}`, `${stem}${t}e`, `${stem}${t}en`, participle];
  });
}

const GERMAN_VERBS = new Set([
  ...germanForms(
    'sag erklär beton bericht forder warn kritisier bestätig behaupt mein ergänz erinner versicher ' +
      'bekräftig antwort entgegn mahn beklag verlang dementier kommentier erläuter schilder ' +
      'beteuer klag bedauer äußer appellier zitier argumentier erzähl',
  ),
  ...'schrieb schreibt unterstrich unterstreicht bestritt bestreitet'.split(' '),
  'mitgeteilt',
  'mitteilte',
  'mitteilten',
  'hinzugefügt',
  'angekündigt',
  'eingeräumt',
  'bekanntgegeben',
]);

const GERMAN_PARTICLES = new Map<string, RegExp>([
  ['teilte', /\bmit\b/],
  ['teilten', /\bmit\b/],
  ['teilt', /\bmit\b/],
  ['fügte', /\bhinzu\b/],
  ['fügt', /\bhinzu\b/],
  ['stellte', /\bfest\b/],
  ['stellt', /\bfest\b/],
  ['gestand', /\bein\b/],
  ['gesteht', /\bein\b/],
  ['räumte', /\bein\b/],
  ['räumt', /\bein\b/],
  ['kündigte', /\ban\b/],
  ['kündigt', /\ban\b/],
  ['gab', /\b(?:bekannt|an|zu)\b/],
  ['gibt', /\b(?:bekannt|an|zu)\b/],
  ['wies', /\bhin\b/],
  ['weist', /\bhin\b/],
]);
for (const verb of GERMAN_PARTICLES.keys()) GERMAN_VERBS.add(verb);

const SPANISH_VERBS = new Set([
  ...spanishForms(
    'afirmar declarar señalar asegurar explicar indicar añadir agregar manifestar subrayar ' +
      'aseverar expresar recalcar destacar denunciar anunciar confirmar rechazar criticar ' +
      'apuntar precisar aclarar comentar informar sentenciar zanjar recordar reiterar alertar ' +
      'cuestionar insistir admitir responder defender puntualizar enfatizar lamentar advertir ' +
      'especificar detallar reseñar',
  ),
  ...(
    'dijo dice dijeron dicen dicho sostuvo sostiene sostuvieron sostenido advirtió advierte ' +
    'advirtieron advertido negó niega negaron negado desmintió desmiente desmentido defendió ' +
    'defiende defendido concluyó concluye reconoció reconoce reconocido describió describe ' +
    'pronunció pronunciado insistió insiste insistido dejó dejado hizo hecho ' +
    // "condenó la decisión": the act of speech; not the participle, which is a sentence passed.
    'condenó condena condenaron condenan'
  ).split(' '),
]);

/** German: verb-second clauses, subject after the verb when a quote or adverb comes first. */
export const GERMAN: LanguageCues = {
  verbs: GERMAN_VERBS,
  particles: GERMAN_PARTICLES,
  sourceBefore:
    /\b(?:[Ll]aut|[Nn]ach Angaben (?:von|der|des)|[Nn]ach Informationen (?:von|der|des))\s+/u,
  sourceAfter: /\s+zufolge\b/u,
  sourceAfterQuote: /(?:[,–—:]|∎)\s*(so)\s+(?=\p{Lu}|(?:de|von|der|die|ein|eine)\s)/u,
  auxiliaries: words('hat haben hatte hatten habe'),
  definite: words('der die das des dem den'),
  // Possessives open a noun phrase too ("sein Stellvertreter Naim Kassem").
  articles: words(
    'der die das des dem den ein eine einer eines einem einen sein seine seinem seinen seiner ' +
      'ihre ihrem ihren ihrer',
  ),
  pronouns: words('er sie'),
  role: /(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|leiter|leiterin|vorsitzende|vorsitzender|anwalt|anwältin|staatsanwalt|staatsanwältin|richter|richterin|meister|meisterin|direktor|direktorin|sekretär|sekretärin|experte|expertin|kandidat|kandidatin|abgeordnete|abgeordneter|botschafter|botschafterin|kommissar|kommissarin|trainer|trainerin|führer|führerin|ermittler|ermittlerin|beamte|beamter|beamtin|sprecherin|stellvertreter|stellvertreterin)$/iu,
  phraseStop: words(
    'am im in auf bei gegenüber weiter damals zuvor nun heute gestern morgen dazu zudem außerdem ' +
      'noch bereits jetzt mit hinzu fest ein an bekannt hin zu vor nach während und sich ' +
      'laut zufolge',
  ),
  adverbialOpeners: words(
    'am im in auf bei nach vor während zudem außerdem auch damals dann und aber doch laut für',
  ),
  relatives: words('der die das welche welcher'),
  nameParticles: words('de von van zu'),
  complementWords: words('der des von vom zur zum aus'),
  nounsCapitalised: true,
  // "…, heißt es in der Mitteilung", "In der Erklärung des Ministeriums heißt es, dass …", "…,
  // hieß es aus Regierungskreisen", "…, heißt es." (Duden: "es heißt" = man sagt).
  impersonal: /(?<![\p{L}])(?:heißt|hieß|heisst|hiess)\s+es(?![\p{L}])/u,
  asClause: words('wie'),
  // Besides the common subjunctives, any verb in -e before "man": the indicative says "-t man"
  // ("Einzelne Todesfälle bestätige man erst …"); a preterite in -te is left out.
  reportedMood:
    /\b(?:sei|seien|habe|hätten|werde|könne|müsse|solle|wolle|dürfe|gebe|gelte|liege|stehe|gehe|komme|bleibe|erlebe|beabsichtige|brauche|fehle|wisse|handle|zeige|plane|arbeite|prüfe)\b|\b\p{Ll}+(?<!t)e\s+man\b/u,
};

/** Spanish: the subject before the verb, or after it behind a quote ("…", dijo el ministro). */
export const SPANISH: LanguageCues = {
  verbs: SPANISH_VERBS,
  // "ha dejado claro que": a verb that says only with its complement.
  particles: new Map([
    ['dejó', /^\s+(?:muy\s+)?clar[oa]s?\b/u],
    ['dejado', /^\s+(?:muy\s+)?clar[oa]s?\b/u],
    // "hizo un llamado a Rusia", "ha hecho un llamamiento": a call made is something said.
    ['hizo', /^\s+(?:(?:también|además|hoy|ayer)\s+)?un\s+(?:llamado|llamamiento)\b/u],
    ['hecho', /^\s+(?:(?:también|además|hoy|ayer)\s+)?un\s+(?:llamado|llamamiento)\b/u],
  ]),
  // "Para Robles, no se trata de …": a view given as the named person's.
  sourceBefore:
    /(?:\b(?:[Ss]egún|[Dd]e acuerdo con|[Cc]onforme a)|^(?:Para|A juicio de|En opinión de)(?=\s+\p{Lu}))\s+/u,
  sourceAfter: null,
  sourceAfterQuote: null,
  auxiliaries: words('ha han había habían haya'),
  definite: words('el la los las'),
  articles: words('el la los las un una unos unas'),
  pronouns: words('él ella'),
  // "subsecretario", "viceministra": an office's deputy is an office.
  role: /^(?:sub|vice)?(?:ministr[oa]|president[ea]|vocer[oa]|portavoz|titular|funcionari[oa]|mandatari[oa]|alcalde|alcaldesa|regidor[a]?|concejal[a]?|jef[ea]|secretari[oa]|director[a]?|representante|delegad[oa]|líder|diputad[oa]|senador[a]?|juez|jueza|fiscal|abogad[oa]|canciller|premier|gobernador[a]?|dirigente|vicepresident[ea]|embajador[a]?|comisari[oa]|entrenador[a]?|técnico|polític[oa]|coordinador[a]?|diplomátic[oa])$/iu,
  phraseStop: words(
    'en a al ante durante tras este esta ayer hoy además también luego después que y e con sobre ' +
      'desde para por mediante este esta anoche entonces',
  ),
  adverbialOpeners: words(
    'en a al además asimismo también por para tras con durante sin ante antes después luego y ' +
      'pero sin_embargo mientras cuando',
  ),
  relatives: words('que quien quienes cual'),
  adjunctPrepositions: words('en ante durante tras mediante'),
  // "informó hoy el Consejo", "dijo ayer el secretario del Tesoro", "confirmó este lunes el
  // ministerio": a time word between the verb and the subject after it.
  leadingSkip: words(
    'hoy ayer anoche también además este esta lunes martes miércoles jueves viernes sábado domingo',
  ),
  negations: words('no'),
  // The RAE's "sujeto tácito": a finite verb carries its subject ("Dijo", "Añadió"); the
  // participles in -ado/-ido (and dicho, hecho) need an auxiliary.
  participle: /(?:ad|id)[oa]s?$|^(?:dicho|hecho)$/u,
  bodies: words(
    'Tesoro Estado Defensa Interior Justicia Hacienda Exteriores Asuntos Relaciones Economía ' +
      'Comercio Energía Salud Trabajo Cultura Educación Agricultura Finanzas Seguridad Gobierno',
  ),
  nameParticles: words('de del la y'),
  complementWords: words('de del'),
  nounsCapitalised: false,
  reportedMood: null,
};

/** The cue table of a language Sift reads besides English, or undefined. */
export function languageCues(language: string | null): LanguageCues | undefined {
  if (language === 'German') return GERMAN;
  if (language === 'Spanish') return SPANISH;
  if (language === 'French') return FRENCH;
  if (language === 'Russian') return RUSSIAN;
  if (language === 'Italian') return ITALIAN;
  if (language === 'Polish') return POLISH;
  if (language === 'Czech') return CZECH;
  if (language === 'Portuguese') return PORTUGUESE;
  if (language === 'Turkish') return TURKISH;
  if (language === 'Ukrainian') return UKRAINIAN;
  if (language === 'Dutch') return DUTCH;
  if (language === 'Indonesian') return INDONESIAN;
  return undefined;
}
