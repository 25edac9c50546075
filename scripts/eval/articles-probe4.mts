import { evaluateAttribution } from './articles-attribution.ts';
const t = performance.now();
console.log(JSON.stringify(evaluateAttribution('dev', Number(process.argv[2] ?? 84))), (performance.now() - t).toFixed(0));
