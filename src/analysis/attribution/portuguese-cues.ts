import { verbForms, words } from './cue-words.ts';
import type { LanguageCues } from './other-language-cues.ts';

// Speech cues of Portuguese news, written by hand from the verbos dicendi of the Portuguese
// grammars (Celso Cunha and Lindley Cintra, Nova Gramática do Português Contemporâneo: dizer,
// afirmar, declarar, responder, perguntar, acrescentar …) and the copy of Agência Brasil, Lusa
// and Estadão Conteúdo ("disse o ministro", "afirmou X", "segundo X", "de acordo com X"). Only
// the third person: pretérito perfeito, present, plural, and the participle of "tem afirmado".

// Regular verbs by infinitive: preterite, present, their plurals and the participle.
function portugueseForms(infinitives: string): string[] {
  return verbForms(infinitives, (verb) => {
    const stem = verb.slice(0, -2);
    if (verb.endsWith('ar'))
      return [`${stem}ou`, `${stem}a`, `${stem}aram`, `${stem}am`, `${stem}ado`];
    if (verb.endsWith('er'))
      return [`${stem}eu`, `${stem}e`, `${stem}eram`, `${stem}em`, `${stem}ido`];
    return [`${stem}iu`, `${stem}e`, `${stem}iram`, `${stem}em`, `${stem}ido`];
  });
}

const PORTUGUESE_VERBS = new Set([
  ...portugueseForms(
    'afirmar declarar explicar anunciar destacar ressaltar acrescentar informar comentar alertar ' +
      'garantir assegurar apontar sublinhar salientar indicar relatar confirmar negar reiterar ' +
      'enfatizar criticar denunciar lembrar observar frisar argumentar completar avaliar ' +
      'sustentar pontuar contar questionar advertir insistir admitir concluir ' +
      'reconhecer responder defender escrever',
  ),
  // Irregular: dizer, and the participle of escrever.
  ...'disse diz disseram dizem dito escrito'.split(' '),
]);

/** Portuguese: the subject before the verb, or after it behind a quote ("…", disse o ministro). */
export const PORTUGUESE: LanguageCues = {
  verbs: PORTUGUESE_VERBS,
  particles: new Map(),
  // "Segundo o Tesouro, …", "De acordo com Cohen", "Para o ministro, …"; "o segundo trimestre"
  // (an ordinal after an article or a contraction) names no source.
  sourceBefore:
    /(?:(?<!\b(?:o|a|os|as|do|da|dos|das|no|na|ao|pelo|pela|um|uma|nos|nas)\s)\b[Ss]egundo|\b[Dd]e acordo com|\b[Cc]onforme|^(?:Para|Na avaliação de|Na opinião de)(?=\s+(?:\p{Lu}|o\s|a\s)))\s+/u,
  sourceAfter: null,
  sourceAfterQuote: null,
  auxiliaries: words('tem têm tinha tinham havia haviam'),
  definite: words('o a os as'),
  articles: words('o a os as um uma uns umas seu sua seus suas'),
  pronouns: words('ele ela'),
  // "subsecretário", "vice-presidente": an office's deputy is an office.
  role: /^(?:sub|vice-?)?(?:ministr[oa]|president[ea]|porta-voz|secretári[oa]|diretor[a]?|chefe|líder|embaixador[a]?|deputad[oa]|senador[a]?|governador[a]?|prefeit[oa]|juiz|juíza|procurador[a]?|advogad[oa]|chanceler|assessor[a]?|analista|especialista|funcionári[oa]|representante|comandante|dirigente|diplomata|economista|delegad[oa]|premiê|primeiro-ministro|primeira-ministra)$/iu,
  phraseStop: words(
    'em no na nos nas a ao à aos às durante após neste nesta hoje ontem também além depois que e ' +
      'com sobre desde para por ainda',
  ),
  // "Sobre a disparada da inflação, Guedes afirmou": a capitalised preposition opens no name.
  adverbialOpeners: words(
    'em no na a ao à além também por para após com durante sem ante antes depois e mas quando ' +
      'enquanto sobre apesar diante perante desde até entre da do das dos',
  ),
  relatives: words('que quem qual cujo cuja'),
  adjunctPrepositions: words('em durante após'),
  // "disse à Reuters o ministro": the hearer between the verb and the subject after it.
  objectMarkers: words('a ao à aos às'),
  leadingSkip: words('hoje ontem também ainda nesta neste'),
  negations: words('não'),
  // Pro-drop, as in Spanish: "Disse que …" speaks for the subject of the sentence before.
  participle: /(?:ad|id)[oa]s?$|^(?:dito|escrito)$/u,
  bodies: words(
    'Tesouro Estado Defesa Fazenda Economia Justiça Interior Exteriores Relações Comércio Energia ' +
      'Saúde Trabalho Cultura Educação Agricultura Finanças Segurança Governo',
  ),
  nameParticles: words('de da do dos das e'),
  complementWords: words('de da do dos das'),
  nounsCapitalised: false,
  reportedMood: null,
};
