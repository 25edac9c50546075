import type { FastifyInstance } from 'fastify';
import type { App } from '../../src/app/index.ts';
import { analyzeArticle } from '../../src/analysis/analyze-article.ts';
export function devAnalyze(server: FastifyInstance, app: App): void {
  server.post('/analyze', async (request) => {
    const body = request.body as { text?: string; html?: string };
    const versions = await app.store.activeVersions();
    const entities: any[] = [];
    for (const v of versions) for (const e of await app.store.loadEntities(v.list, v.version)) entities.push({ entity: e, source: v });
    return analyzeArticle({ content: body.text ?? body.html ?? '', format: body.html === undefined ? 'text' : 'html' }, { screen: (q) => app.screening.screen(q, 'dev'), entities });
  });
}
