import type { Mention, TextSpan } from '../../article-types.ts';
import { ruleMention, spansOf } from '../rule-spans.ts';
import { ARABIC_PHRASE_STOP, ARABIC_SPEECH_VERBS } from '../../attribution/arabic-cues.ts';

// Offices and titles that stand before a name in Arabic news ("وزير الخارجية الإيراني محمد جواد
// ظريف", "الدكتور بدر عبد العاطي", "مدرب ليفربول يورغن كلوب"), with و joined or not.
const ROLE_WORDS = new Set(
  (
    'وزير وزيرة رئيس رئيسة الرئيس الرئيسة نائب المتحدث المتحدثة متحدث باسم مدرب المدرب السفير ' +
    'سفير الأمين العام أمين قائد زعيم مدير المدير المبعوث مبعوث الملك الأمير ولي العهد الشيخ ' +
    'الجنرال العقيد اللواء العميد الدكتور مندوب مندوبها مندوبه مستشار المستشار النائب ' +
    'الرئيسي لاعب اللاعب حارس الحارس نجم النجم الخبير خبير المحلل الصحفي رئيس الوزراء ' +
    // "رجل الأعمال عادل دياب", "والمسؤول بالحزب علي محمد ضعون", "وعضو الحزب جهاد علامة".
    'رجل المسؤول مسؤول عضو القيادي الناشط'
  ).split(/\s+/),
);
// Arabic letters with their vowel marks and shadda (script Inherited), or a mark.
const ARABIC_WORD =
  /(?<![\p{L}\p{M}])\p{Script=Arabic}[\p{Script=Arabic}\p{M}]*(?![\p{L}\p{M}])|[،,.:؛؟!"«»“”()]/gu;
const MAX_NAME_WORDS = 4;

/**
 * The people an Arabic text names where its grammar shows them: the subject after a verb of
 * saying ("وقال ظريف", "ومن جانبه قال وزير الخارجية سامح شكري إن …") and the name after an office
 * ("مدرب ليفربول يورغن كلوب"), offices and their adjectives set aside; a one-word subject that
 * ends a longer name the text gives is that person. Arabic has no capitals, so a name nobody
 * speaks and no office introduces is not found.
 */
export function findArabicNames(text: string): Mention[] {
  if (!/\p{Script=Arabic}/u.test(text)) return [];
  const words = spansOf(text, ARABIC_WORD);
  const found: Mention[] = [];
  words.forEach((word, i) => {
    const afterVerb = ARABIC_SPEECH_VERBS.has(word.text);
    if (!afterVerb && !ROLE_WORDS.has(stripConjunction(word.text))) return;
    const name = nameAfter(words, i + 1);
    if (name === undefined) return;
    if (found.some((m) => m.start <= name.start && m.end >= name.end)) return;
    found.push(name.mention(text));
  });
  // "وقال ظريف": a one-word subject that ends a longer name is that person.
  const full = found.filter((m) => m.name.includes(' '));
  for (const mention of found)
    if (!mention.name.includes(' ')) {
      const whole = full.find((m) => m.name.endsWith(` ${mention.name}`));
      if (whole !== undefined) mention.name = whole.name;
    }
  // A lone word links to a longer name or names nobody: "اعتبرت روسيا" is Russia speaking.
  return found.filter((m) => m.name.includes(' ')).sort((a, b) => a.start - b.start);
}

interface Name {
  start: number;
  end: number;
  mention: (text: string) => Mention;
}

/** The name from word `from` on: offices and "ال" adjectives skipped, up to a stop word or a mark. */
function nameAfter(words: readonly TextSpan[], from: number): Name | undefined {
  let i = from;
  // Offices and what qualifies them ("وزير الخارجية الأمريكي،"), after a role word only.
  let afterRole = ROLE_WORDS.has(stripConjunction(words[from - 1]?.text ?? ''));
  for (let skipped = 0; i < words.length && skipped < 6; i++, skipped++) {
    const text = words[i]!.text;
    const role = ROLE_WORDS.has(stripConjunction(text));
    // "الخارجية الأمريكي", "بالحزب", "للحزب": what the office serves, with the article.
    const qualifier = afterRole && (/^(?:ال|بال|لل)/u.test(text) || text === '،' || text === ',');
    if (!role && !qualifier) break;
    afterRole = true;
  }
  const taken: TextSpan[] = [];
  for (; i < words.length && taken.length < MAX_NAME_WORDS; i++) {
    const word = words[i]!;
    if (!/\p{L}/u.test(word.text) || ARABIC_PHRASE_STOP.has(word.text)) break;
    if (ROLE_WORDS.has(stripConjunction(word.text)) || ARABIC_SPEECH_VERBS.has(word.text)) break;
    // A name's words have no article, save the last ("فيصل المقداد", "أيمن الصفدي").
    if (taken.length > 0 && taken[taken.length - 1]!.text.startsWith('ال')) break;
    taken.push(word);
    // "وأشار المقداد": a word with the article opens no name, unless it is a surname alone.
    if (taken.length === 1 && word.text.startsWith('ال')) break;
  }
  if (taken.length === 0) return undefined;
  const start = taken[0]!.start;
  const end = taken[taken.length - 1]!.end;
  const name = taken.map((w) => w.text).join(' ');
  return {
    start,
    end,
    mention: (text) => ruleMention(text, start, end, name, 'person'),
  };
}

/**
 * Whether an Arabic word is an office, a verb of saying or a word that ends a name ("وزير",
 * "قال", "في"), with و joined or not and Persian ی and ک read as Arabic ي and ك: no name by itself.
 */
export function isArabicGrammarWord(word: string): boolean {
  const arabic = word.replace(/ی/gu, 'ي').replace(/ک/gu, 'ك');
  return (
    ROLE_WORDS.has(stripConjunction(arabic)) ||
    ARABIC_SPEECH_VERBS.has(arabic) ||
    ARABIC_PHRASE_STOP.has(arabic)
  );
}

/** "ومن", "وزير": the conjunction و joined in front of a role word. */
function stripConjunction(word: string): string {
  return word.length > 3 && word.startsWith('و') && ROLE_WORDS.has(word.slice(1))
    ? word.slice(1)
    : word;
}
