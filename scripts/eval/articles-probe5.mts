import { evaluateEntities } from './articles-entities.ts';
const t = performance.now();
const r = evaluateEntities((process.argv[2] ?? 'dev') as 'dev');
console.log(Object.entries(r).map(([k, v]) => `${k} P${v.precision.toFixed(2)} R${v.recall.toFixed(2)} F${v.f1.toFixed(3)}`).join('  '), (performance.now() - t).toFixed(0));
