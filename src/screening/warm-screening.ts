import type { NameQuery } from '../core/index.ts';
import { screenName } from './screen-name.ts';
import type { ScreeningIndex } from './screening-index.ts';

// One name of each script and kind whose readings come from a table of names/data/, read on the
// first query that needs it: up to ~0.6 s of CPU for one table (Japanese readings, the mined
// Arabic model), during which a server's screen thread answers nothing. Latin, Greek and
// Devanagari names are here for the matcher's own first use.
const WARMING_QUERIES: readonly NameQuery[] = [
  { name: 'John Smith' },
  { name: 'Jürgen Müller' },
  { name: 'محمد علي حسين' },
  { name: 'علی رضایی' },
  { name: 'משה כהן' },
  { name: 'Иван Петров' },
  { name: 'Іван Петренко' },
  { name: '王伟' },
  { name: '克魯森' },
  { name: '김정은' },
  { name: '데이비드 배키스' },
  { name: 'ウラジーミル・プーチン' },
  { name: '田中 太郎' },
  { name: 'Γιώργος Παπαδόπουλος' },
  { name: 'राहुल गांधी' },
  { name: '北京科技有限公司', schema: 'Organization' },
  { name: '삼성전자 주식회사', schema: 'Organization' },
  { name: 'Общество с ограниченной ответственностью Ромашка', schema: 'Organization' },
  { name: 'شركة النفط الوطنية', schema: 'Organization' },
  { name: 'בנק מלי', schema: 'Organization' },
];

/**
 * Screens one name of each script and kind on `index`, one per turn of the event loop (queries
 * arriving meanwhile are answered between them), so that the name tables a query can need are read
 * before most queries need them; the answers are dropped. Settles when done, or early when
 * `wanted` turns false (the engine was dropped) or a screening throws (a damaged snapshot: the
 * query that meets it reports the error).
 */
export function warmScreening(
  index: ScreeningIndex,
  wanted: () => boolean = () => true,
): Promise<void> {
  return new Promise((resolve) => {
    let next = 0;
    const step = (): void => {
      const query = WARMING_QUERIES[next++];
      let screened = false;
      if (query !== undefined && wanted()) {
        try {
          screenName(index, query);
          screened = true;
        } catch {
          // Left to the query that meets the same damage.
        }
      }
      if (screened) setImmediate(step);
      else resolve();
    };
    setImmediate(step);
  });
}
