import type { Sentence, TextSpan } from '../article-types.ts';

/** A speaker the layout names: a transcript label ("PENCE:") or a dash after a quote ("” ― Name"). */
export interface SpeakerLabel {
  /** The cue as reported: `:` for a transcript label, the dash for a dash attribution. */
  cue: string;
  /** Where the label names the speaker. */
  source: TextSpan;
}

// "WALLACE: Let’s start …", "“PENCE: Well, look, …": an interview transcript's speaker label, a
// name in capitals that opens the sentence (after an opening quote mark) and ends in a colon.
const TRANSCRIPT_LABEL = /^(["“]?\s*)(\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2}):\s/u;
// "…our greatest shame.” ― Sonya Herridge": a dash after a closing quote, then a name that ends
// the sentence.
const DASH_ATTRIBUTION =
  /([”"])\s*([―—–])\s*(\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|al|el|bin|de|van|von)){0,4})\s*$/u;

/** The speaker label of a sentence, when its layout gives one. */
export function findSpeakerLabel(sentence: Sentence): SpeakerLabel | undefined {
  const label = TRANSCRIPT_LABEL.exec(sentence.text);
  // A heading in capitals ("UPDATE:", "BREAKING:") is no speaker: a label is a name.
  if (
    label !== null &&
    !/^(?:UPDATE|BREAKING|NOTE|EDITOR|WATCH|READ|PHOTO|VIDEO|Q|A)$/.test(label[2] ?? '')
  ) {
    const name = label[2] ?? '';
    const start = sentence.start + (label[1] ?? '').length;
    return { cue: ':', source: { start, end: start + name.length, text: name } };
  }
  const dash = DASH_ATTRIBUTION.exec(sentence.text);
  if (dash !== null) {
    const name = dash[3] ?? '';
    const start = sentence.start + dash.index + dash[0].lastIndexOf(name);
    return { cue: dash[2] ?? '―', source: { start, end: start + name.length, text: name } };
  }
  return undefined;
}
