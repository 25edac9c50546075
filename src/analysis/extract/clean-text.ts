import type { RemovedText } from '../article-types.ts';

/** Scraped text with page furniture removed, and what was removed. */
export interface CleanedText {
  title: string | null;
  tags: string[];
  /** One paragraph per block, separated by a blank line. */
  text: string;
  removed: RemovedText[];
}

// Page furniture that scrapers carry into the text: comment widgets, share bars, navigation.
const BOILERPLATE: readonly [RegExp, string][] = [
  [/^connect with us\.?$/i, 'social prompt'],
  [/^(follow|like|join) us( on .{1,40})?\.?$/i, 'social prompt'],
  [
    /^(\d+\s+)?(click|tap) (here )?to (comment|share|subscribe|print|email)\b.{0,40}$/i,
    'comment prompt',
  ],
  [/^leave a (comment|reply)( cancel reply)?\.?$/i, 'comment form'],
  [/^(\d+\s+)?comments?( \(\d+\))?$/i, 'comment count'],
  [/^(post a comment|add a comment|comment here|cancel reply|reply)\.?$/i, 'comment form'],
  [/^more (in|from|on) .{1,60}$/i, 'navigation'],
  [/^(back )?to top$/i, 'navigation'],
  [
    /^(related|related (articles|posts|stories|news)|you may also like|recommended|read (more|next|also)\b.{0,60}|continue reading.{0,40})$/i,
    'navigation',
  ],
  [
    /^(share|tweet|email|print|pin|whatsapp|share this( article| story)?|share on .{1,30})(\s*[|·,]\s*\w+)*:?$/i,
    'share prompt',
  ],
  [/^(subscribe|sign up|newsletter)\b.{0,80}$/i, 'subscribe prompt'],
  [/^advertisement$|^sponsored( content)?$/i, 'advertisement'],
  [/^[Bb]y [\p{Lu}][\p{L}.'’-]+( (and )?[\p{Lu}][\p{L}.'’-]+){0,5}$/u, 'byline'],
  [/^(skip to (main )?content|menu|search|home)$/i, 'navigation'],
];

const FOLLOW_PROMPT = /\bfollow (him|her|them|me|us) on (twitter|x|facebook|instagram|linkedin)\b/i;

/**
 * Removes boilerplate lines from text scraped from a page (comment and share prompts, navigation,
 * a repeated title, an author note with a social prompt) and takes the title and the tag line.
 */
export function cleanText(raw: string, knownTitle?: string): CleanedText {
  const removed: RemovedText[] = [];
  const lines = raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '');
  const kept: string[] = [];
  let title = knownTitle?.trim() ?? null;
  let tags: string[] = [];
  let titleSeen = false;
  for (const line of lines) {
    const furniture = BOILERPLATE.find(([pattern]) => pattern.test(line));
    if (furniture !== undefined) {
      removed.push({ text: line, reason: furniture[1] });
      continue;
    }
    if (title !== null && sameText(line, title)) {
      removed.push({ text: line, reason: titleSeen ? 'repeated title' : 'title' });
      titleSeen = true;
      continue;
    }
    if (title === null && knownTitle === undefined && kept.length === 0 && looksLikeTitle(line)) {
      title = line;
      titleSeen = true;
      removed.push({ text: line, reason: 'title' });
      continue;
    }
    if (kept.length === 0 && tags.length === 0 && title !== null) {
      const lineTags = readTagLine(line);
      if (lineTags !== null) {
        tags = lineTags;
        removed.push({ text: line, reason: 'tag line' });
        continue;
      }
    }
    kept.push(line);
  }
  // An author note closing the page ("… editor of Blitz. Follow him on Twitter …") is not article.
  for (let i = kept.length - 1; i >= Math.max(0, kept.length - 2); i--) {
    const line = kept[i];
    if (line !== undefined && FOLLOW_PROMPT.test(line) && line.length < 600) {
      removed.push({ text: line, reason: 'author note with social prompt' });
      kept.splice(i, 1);
    }
  }
  return { title, tags, text: kept.join('\n\n'), removed };
}

function sameText(a: string, b: string): boolean {
  const norm = (s: string): string =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) === norm(b);
}

function looksLikeTitle(line: string): boolean {
  return line.length <= 200 && !/[.!?:;,]["”’]?$/.test(line) && line.split(' ').length >= 2;
}

/** "Taliban, Al Qaeda, Islamic State, ISIS, BBC, London" → tags; null when not a tag line. */
function readTagLine(line: string): string[] | null {
  if (/[.!?]$/.test(line) || line.length > 300) return null;
  const items = line.split(/\s*[,|·]\s*/).filter(Boolean);
  if (items.length < 3) return null;
  const tagLike = items.every(
    (item) => item.split(' ').length <= 4 && /^[\p{Lu}\p{N}#]/u.test(item) && item.length <= 40,
  );
  return tagLike ? items : null;
}
