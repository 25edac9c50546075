import { shippedNerModel } from './ner/index.ts';

// A German compound names the body its first element names only when its head is one of the
// body's people, units or deeds ("Hamas-Führer", "Hisbollah-Chef", "Hamas-Terror"): "Al-Aqsa-Flut"
// (the Al-Aqsa Flood, named after the mosque) is no naming of the listed AL-AQSA charity.
const OWNED_HEAD = new RegExp(
  '^(?:führer|anführer|chef|boss|sprecher|kämpfer|funktionär|mitglied|kommandeur|kommandant|' +
    'terror|terrorist|miliz|milizionär|angriff|anschlag|massaker|überfall|geisel|anhänger|' +
    'vertreter|gründer|politiker|offizier|delegation|unterhändler|einheit|zelle|netzwerk|' +
    'konzern|gruppe|holding|bank|unternehmen|chefin|leute|führung|spitze|flügel|ableger)' +
    '(?:in|innen|e|en|n|s|es|er|ern)?$',
  'iu',
);

// The tagger's lexicon classes of a name of its own: "Israel-Hamas", "US-Mexico" pair two names.
const NAME_CLASSES = new Set(['country', 'place', 'org', 'person', 'first', 'last']);

/**
 * True when the name ending at `end` is the first element of a German compound whose capitalised
 * head is a plain noun that does not make the name's bearer its owner ("Al-Aqsa-Flut"), so the
 * name alone is not a mention of a listed body.
 */
export function isCompoundModifier(text: string, end: number): boolean {
  const head = /^-(\p{Lu}\p{Ll}+)(?![-\p{L}])/u.exec(text.slice(end, end + 40))?.[1];
  if (head === undefined) return false;
  if (OWNED_HEAD.test(head)) return false;
  return !NAME_CLASSES.has(shippedNerModel().lexicon.get(head.toLowerCase()) ?? '');
}
