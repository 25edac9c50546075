import { openApp } from '../../src/app/index.ts';
import { loadConfig } from '../../src/config/index.ts';
import { screenName, getEntity, explainPair } from '../../src/screening/index.ts';
const app = await openApp(loadConfig({}));
const idx = await app.screening.index();
console.log(getEntity(idx, 'ofac:8759')?.names.map(n => n.full + '/' + n.kind).join('; '));
for (const q of ['Islamic State', 'Islamic State in Iraq and the Levant']) {
const h = explainPair(idx, { name: q, schema: 'Organization' }, 'ofac:8759');
console.log(q, h.score, h.match, h.matchedName, JSON.stringify(h.explanation.parts), h.explanation.qualifiers);
}
await app.close();
