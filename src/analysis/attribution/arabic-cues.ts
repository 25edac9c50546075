// Speech cues of Arabic news, written by hand from the verbs of saying of Arabic wire and
// newspaper copy (قال، أضاف، أكد، أوضح …, with the conjunction و or ف joined in front, masculine
// and feminine) and its source phrases ("بحسب X", "على لسان X"). Arabic puts the verb first: the
// speaker follows it ("وقال ظريف خلال مؤتمر صحفي إن …"), or is left out for the speaker before
// ("وأضاف أن …").

const VERB_STEMS =
  'قال أضاف أكد أوضح تابع أشار لفت اعتبر ذكر شدد أعلن نفى حذر كشف دعا رأى اعترف أفاد ' +
  'أردف استطرد زعم ادعى طالب علق ختم نوه بين أبلغ قالت';

/** The verbs of saying, third person past, with their feminine and the conjunctions و and ف. */
export const ARABIC_SPEECH_VERBS: ReadonlySet<string> = new Set(
  VERB_STEMS.split(' ').flatMap((verb) => {
    const feminine = verb.endsWith('ى') ? `${verb.slice(0, -1)}ت` : `${verb}ت`;
    return [verb, feminine].flatMap((form) => [form, `و${form}`, `ف${form}`]);
  }),
);

/** Words after which the source follows ("بحسب الوزارة", "على لسان مندوبها"). */
export const ARABIC_SOURCE_BEFORE = /(?:^|\s)(?:و?بحسب|و?حسب|و?وفقا\s+ل|و?وفقاً\s+ل|على\s+لسان)\s*/u;

/** Words that end the speaker after the verb: "إن"/"أن" open what was said; time, place, medium. */
export const ARABIC_PHRASE_STOP = new Set(
  'إن أن ان إنه أنه انه إنها أنها خلال في على عن عبر لـ ل مع بعد قبل أمام اليوم أمس إلى الى لدى حول حيث بأن'.split(
    ' ',
  ),
);
