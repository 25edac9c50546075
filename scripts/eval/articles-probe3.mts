import { evaluateExtraction } from './articles-extraction.ts';
const t = performance.now();
console.log(evaluateExtraction(Number(process.argv[2] ?? 181)), performance.now() - t);
