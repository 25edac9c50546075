// Lists the errors of the PolNeAR sentence reading (issue #14's attribution figure) by kind, one
// line each, then a count per kind; with --cue-only, those of cue detection (the figure until
// session 18). A tuning aid: run it on dev (the tune split) or train, never on test, which
// eval:articles reports once with --test.
// Usage: npx tsx scripts/eval/polnear-errors.ts [dev|train] [--summary] [--cue-only]
import { cueRate, tokenizeCues } from '../../src/analysis/attribution/attribution-cues.ts';
import {
  attributedDocuments,
  cueOnlyError,
  holdsGoldCue,
  isGoldSentence,
  sentenceError,
} from './articles-attribution.ts';

const split = process.argv[2] === 'train' ? 'train' : 'dev';
const summary = process.argv.includes('--summary');
const classify = process.argv.includes('--cue-only') ? cueOnlyError : sentenceError;
const kinds = new Map<string, number>();
const tally = (kind: string, line: string): void => {
  kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  if (!summary) console.log(`${kind}\t${line}`);
};

for (const { file, text, gold, statements } of attributedDocuments(split)) {
  const name = file.replace(/\.ann$/, '');
  for (const s of statements) {
    const error = classify(
      holdsGoldCue(gold, s),
      isGoldSentence(text, s, gold),
      s.kind !== 'unattributed',
    );
    const sentence = s.text.replace(/\s+/g, ' ').slice(0, 220);
    if (error === 'missed' || error === 'missedCue') {
      const cues = gold.cues
        .filter((c) => c.start < s.end && s.start < c.end)
        .map((c) => text.slice(c.start, c.end).replace(/\s+/g, ' '))
        .join(' | ');
      // A table word the sentence holds but that was not accepted (a weak cue without a source,
      // the writer's own "I think") is another kind of miss than a cue the table lacks.
      const words = tokenizeCues(text, s.start, s.end)
        .filter((t) => cueRate(t.key) > 0)
        .map((t) => t.key);
      const kind = words.length > 0 ? 'missed-rejected' : 'missed-unlisted';
      tally(kind, `[${cues}] {${words.join(', ')}} ${name}: ${sentence}`);
    } else if (error !== undefined) {
      tally(error, `[${s.kind} ${s.cue ?? '-'}] ${name}: ${sentence}`);
    }
  }
}
for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.error(`${kind}\t${n}`);
