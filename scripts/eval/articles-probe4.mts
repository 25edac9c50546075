import { findMentions } from '../../src/analysis/index.ts';
console.log(findMentions('Members of Tablighi Jamaat met the National Resistance Front, the experts said.').map(m => `${m.type}:${m.source}:${m.text}`));
