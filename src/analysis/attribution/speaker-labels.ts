import type { ArticleEntity, Statement, TextSpan } from '../article-types.ts';
import { speakerEntity } from './speaker-entity.ts';

/** One speaker label of a transcript: where it stands and whom it names. */
interface SpeakerLabel {
  start: number;
  /** Where the utterance begins, after the label's colon (or the spaces after "Q"). */
  end: number;
  speaker: string;
  /** A generic label ("Q", "host") names a role, not a person. */
  role: boolean;
  /** Where the label writes the name ("SECRETARY BLINKEN"). */
  written: TextSpan;
  /** A styled label ("MR. PRICE", "SECRETARY BLINKEN") whose person the text names in full. */
  styledFullName: boolean;
}

// A label opens a line: an honorific, a name or role in capitals, an office after a comma ("CNN
// ANCHOR"), a part in brackets ("(voice-over)", "(Writer)"), then a colon. White House briefings
// write "Q" and spaces before the question (one space once the text is cleaned).
const LABEL =
  /^[ \t]*(?:(Mr|Mrs|Ms|Dr|MR|MRS|MS|DR)\.?\s+)?(\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){0,3})(?:,[ \t]*([^:\n]{1,80}?))?(?:[ \t]*\([^)\n]{1,80}\))?:[ \t]*|^[ \t]*(Q|A)(?::[ \t]*|[ \t]+(?=\p{Lu}))/gmu;

// Transcription services write the name as spelt, with the time into the recording, on a line of
// its own ("Vedant Patel (00:05):", "Matt (01:16:09):"); the time makes a mixed-case label safe.
const TIMED_LABEL =
  /^[ \t]*(\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|\d{1,2})){0,3})[ \t]*\((?:\d{1,2}:)?\d{1,2}:\d{2}\)[ \t]*:[ \t]*/gmu;

// Labels that name the part someone plays, reported as that role.
const ROLE_LABELS = new Set([
  'Q',
  'A',
  'HOST',
  'CO-HOST',
  'ANCHOR',
  'INTERVIEWER',
  'MODERATOR',
  'REPORTER',
  'CORRESPONDENT',
  'QUESTION',
  'ANSWER',
  'ANNOUNCER',
  'NARRATOR',
  'UNIDENTIFIED MALE',
  'UNIDENTIFIED FEMALE',
  'UNIDENTIFIED MAN',
  'UNIDENTIFIED WOMAN',
  'UNIDENTIFIED SPEAKER',
  'AUDIENCE MEMBER',
]);

// Offices written before the surname in briefing transcripts ("SECRETARY BLINKEN:",
// "AMBASSADOR THOMAS-GREENFIELD:"): set aside to find the person the label names.
const LABEL_TITLES = new Set(
  (
    'SECRETARY AMBASSADOR PRESIDENT MINISTER SENATOR GENERAL ADMIRAL SPOKESPERSON SPOKESMAN ' +
    'SPOKESWOMAN DEPUTY UNDER ASSISTANT ACTING PRIME FOREIGN ADMINISTRATOR GOVERNOR CHAIRMAN ' +
    'CHAIRWOMAN CHAIR COMMISSIONER DIRECTOR SPEAKER JUDGE JUSTICE LEADER MAYOR'
  ).split(' '),
);

// Fewer labels than this are a heading or a dateline ("NOTE:", "BEIRUT:"), not a transcript,
// unless the one label is styled and the text names its person in full (a statement read out
// by "SECRETARY BLINKEN:" under the heading "Secretary Antony J. Blinken at a Press Availability").
const MIN_LABELS = 2;

/**
 * Gives each statement of a broadcast or briefing transcript ("JOHN SMITH, CNN ANCHOR: …",
 * "MCEVERS: …", "Q    …") to the speaker its label names, up to the next label: the full name
 * the transcript gives for a short label ("S. O'BRIEN" → "Soledad O'Brien", "MS. SANDERS" →
 * "Sarah Sanders"), a generic label as its role. The label is cut from the statement's text.
 * A labelled person the text does not otherwise name is added to `entities` (in the case the
 * text writes the name elsewhere), to be screened like any named person. Text without labels is
 * returned as it came.
 */
export function applySpeakerLabels(
  text: string,
  statements: readonly Statement[],
  entities: ArticleEntity[],
  title: string | null = null,
): Statement[] {
  // The title often names the speaker in full ("Press Briefing by Press Secretary Sarah Sanders").
  const labels = findSpeakerLabels(text, `${title ?? ''}\n${text}`);
  if (labels.length < MIN_LABELS && !labels.some((l) => l.styledFullName)) return [...statements];
  const out: Statement[] = [];
  for (const statement of statements) {
    const label = labels.findLast((l) => l.start <= statement.start + 1 && l.start < statement.end);
    if (label === undefined) {
      out.push(statement);
      continue;
    }
    const start = Math.max(statement.start, label.end);
    if (start >= statement.end) continue;
    const entity = label.role ? null : speakerEntity(entities, label.speaker, label.written);
    out.push({
      ...statement,
      start,
      text: text.slice(start, statement.end),
      kind: 'quote',
      speaker: entity,
      speakerName: label.speaker,
      cue: 'label',
      source: { start: label.start, end: label.end, text: text.slice(label.start, label.end) },
    });
  }
  return out;
}

function findSpeakerLabels(text: string, names: string): SpeakerLabel[] {
  const timed = findTimedLabels(text);
  if (timed.length > 0) return timed;
  const found: SpeakerLabel[] = [];
  const fullNames: string[] = [];
  for (const m of text.matchAll(LABEL)) {
    const labelled = (m[2] ?? m[4] ?? '').trim();
    const written = withoutTitles(labelled);
    if (written.length < 1) continue;
    const generic = ROLE_LABELS.has(written) || ROLE_LABELS.has((m[3] ?? '').trim());
    const role = ROLE_LABELS.has(written);
    const styled = m[1] !== undefined || written !== labelled;
    // "JOHN SMITH, HOST:" is John Smith; "HOST:" alone is the host.
    const named = role ? null : fullName(written, names, fullNames);
    const speaker = named?.name ?? (written.length === 1 ? written : written.toLowerCase());
    if (!role && !written.includes('.') && /\s/u.test(written)) fullNames.push(speaker);
    const at = m.index + m[0].indexOf(labelled);
    found.push({
      written: { start: at, end: at + labelled.length, text: labelled },
      start: m.index,
      end: m.index + m[0].length,
      speaker,
      role: role && generic,
      styledFullName: styled && named?.inText === true,
    });
  }
  return found;
}

/**
 * The labels of a timed transcript, the name as the label spells it; a one-word label ("Matt")
 * takes the fuller name an earlier label gives ("Matt Lee" before).
 */
function findTimedLabels(text: string): SpeakerLabel[] {
  const found: SpeakerLabel[] = [];
  for (const m of text.matchAll(TIMED_LABEL)) {
    const written = (m[1] ?? '').trim();
    const role = ROLE_LABELS.has(written.toUpperCase());
    const longer = written.includes(' ')
      ? undefined
      : found.find((l) => !l.role && l.speaker.split(' ').includes(written));
    const at = m.index + m[0].indexOf(written);
    found.push({
      written: { start: at, end: at + written.length, text: written },
      start: m.index,
      end: m.index + m[0].length,
      speaker: role ? written.toLowerCase() : (longer?.speaker ?? written),
      role,
      styledFullName: false,
    });
  }
  return found;
}

/**
 * The name a label stands for, in the case the transcript writes it elsewhere: a full label
 * ("MITCH MCCONNELL" → "Mitch McConnell"), or a surname with or without an initial ("S.
 * O'BRIEN", "MCEVERS") completed from an earlier label or a name in the text.
 */
function fullName(
  written: string,
  text: string,
  earlier: readonly string[],
): { name: string; inText: boolean } {
  const parts = written.split(/\s+/u);
  const surname = parts[parts.length - 1] ?? written;
  const initial = parts.length === 2 && /^\p{Lu}\.$/u.test(parts[0] ?? '') ? parts[0]![0] : null;
  const fits = (name: string): boolean => {
    const words = name.split(/\s+/u);
    if (words.length < 2 || words[words.length - 1]!.toUpperCase() !== surname) return false;
    if (initial !== null) return words[0]![0]!.toUpperCase() === initial;
    return parts.length === 1 || words.join(' ').toUpperCase() === written;
  };
  const fromLabel = earlier.find(fits);
  if (fromLabel !== undefined) return { name: fromLabel, inText: true };
  // "Press Secretary Sarah Sanders", "Hey, I'm Kelly McEvers", "Antony J. Blinken": the given
  // name (and a middle initial) before the surname.
  for (const run of text.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]*))+/gu)) {
    const words = run[0].split(/\s+/u);
    const at = words.findIndex(
      (w, i) => i > 0 && w !== w.toUpperCase() && w.toUpperCase() === surname,
    );
    const initialBefore = /^\p{Lu}\.$/u.test(words[at - 1] ?? '');
    const given = words[at - (initialBefore ? 2 : 1)];
    if (at < 0 || given === undefined || given === given.toUpperCase()) continue;
    const name = [given, ...(initialBefore ? [words[at - 1]!] : []), words[at]!].join(' ');
    if (fits(name)) return { name, inText: true };
  }
  return { name: parts.map(titleCase).join(' '), inText: false };
}

/** "SECRETARY BLINKEN" → "BLINKEN": the office words before a name in a label. */
function withoutTitles(written: string): string {
  const words = written.split(/\s+/u);
  let first = 0;
  while (first < words.length - 1 && LABEL_TITLES.has(words[first]!)) first++;
  return words.slice(first).join(' ');
}

/** "O'BRIEN" → "O'Brien", "SMITH-JONES" → "Smith-Jones". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|['’-])(\p{Ll})/gu, (_, mark: string, letter: string) => {
    return `${mark}${letter.toUpperCase()}`;
  });
}
