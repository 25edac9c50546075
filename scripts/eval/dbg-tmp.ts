import { readArticle } from '../../src/analysis/index.ts';
const content = process.argv[2]!;
const r = readArticle({ content, format: 'text' });
for (const s of r.statements) console.log(JSON.stringify([s.text.slice(0, 50), s.kind, s.speakerName, s.speaker, s.cue]));
console.log(r.entities.map((e) => `${e.type}:${e.name}`).join(' | '));
