import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { extractArticle } from '../../src/analysis/analyze-article.ts';
import { findRuleMentions } from '../../src/analysis/find-rule-mentions.ts';
const raw = readFileSync('/work/shared/examples/blitz-counterterrorism-article.txt','utf8');
const ex = extractArticle({ content: raw });
for (let k = 0; k < 3; k++) {
let t = performance.now();
findRuleMentions(ex.text); console.log('rules', performance.now() - t);
t = performance.now();
const doc = nlp(ex.text); console.log('nlp parse', performance.now() - t); t = performance.now();
doc.people().json({offset:true}); console.log('people', performance.now() - t); t = performance.now();
doc.organizations().json({offset:true}); console.log('orgs', performance.now() - t); t = performance.now();
doc.places().json({offset:true}); console.log('places', performance.now() - t); t = performance.now();
}
