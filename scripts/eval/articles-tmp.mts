import { evaluateEntities } from './articles-entities.ts';
const r = evaluateEntities('dev');
console.log(Object.entries(r).map(([k, v]) => `${k} P${v.precision.toFixed(2)} R${v.recall.toFixed(2)} F${v.f1.toFixed(3)}`).join('  '));
