import type { App } from '../../app/index.ts';
import { AppError, MAX_ARTICLE_BYTES } from '../../core/index.ts';
import type { AnalyzeAnswer } from '../api-types.ts';
import { answer } from '../describe-operations.ts';
import type { RouteServer } from '../route-server.ts';

/** POST /analyze: an article (text, HTML or a URL) with its entities, sources and list hits. */
export function registerAnalyzeRoutes(server: RouteServer, app: App): void {
  server.post(
    '/analyze',
    {
      // A transport limit only: JSON escapes can double an article at the limit, which the
      // analysis itself refuses past MAX_ARTICLE_BYTES (413 either way).
      bodyLimit: MAX_ARTICLE_BYTES * 2,
      schema: {
        operationId: 'analyzeArticle',
        summary: 'Analyse an article: give exactly one of text, html or url.',
        response: {
          200: answer(
            'AnalyzeAnswer',
            'The named entities, their listings and the statements with their sources.',
          ),
        },
        errors: [
          'QUERY_INVALID',
          'PAYLOAD_TOO_LARGE',
          'UNSUPPORTED_MEDIA_TYPE',
          'TIMEOUT',
          'INPUT_TOO_COMPLEX',
          'INPUT_UNREADABLE',
          'NETWORK_UNAVAILABLE',
        ],
        body: {
          type: 'object',
          additionalProperties: false,
          properties: {
            text: { type: 'string' },
            html: { type: 'string' },
            url: { type: 'string' },
            lists: { type: 'array', items: { type: 'string' } },
          },
        },
      },
    },
    async (request): Promise<AnalyzeAnswer> => {
      const body = request.body;
      const given = [body.text, body.html, body.url].filter(
        (v) => v !== undefined && v.trim() !== '',
      );
      if (given.length !== 1) {
        throw new AppError(
          'QUERY_INVALID',
          'Give exactly one of "text", "html" or "url", and not an empty one.',
        );
      }
      const req = {
        caller: request.caller.id,
        ...(body.lists === undefined ? {} : { lists: body.lists }),
      };
      if (body.url !== undefined && body.url.trim() !== '') {
        if (!/^https?:\/\//i.test(body.url))
          throw new AppError('QUERY_INVALID', 'The URL must start with http:// or https://.');
        return app.articles.analyzeUrl(body.url, {
          ...req,
          allowPrivate: app.config.allowPrivateNetwork,
        });
      }
      const content = body.html ?? body.text ?? '';
      // HTML pasted into the text field ("<p>…</p>" copied from a page) is read as HTML: taken as
      // text, its one line became the title and the report was empty.
      return app.articles.analyze(
        { content, format: body.html === undefined ? 'auto' : 'html' },
        req,
      );
    },
  );
}
