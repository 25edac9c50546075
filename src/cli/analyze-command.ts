import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import type { App, ArticleInput } from '../app/index.ts';
import { AppError } from '../core/index.ts';
import type { WithApp } from './with-app.ts';

/** The default fetch timeout, as in the analysis pipeline's DEFAULT_FETCH_OPTIONS. */
const DEFAULT_TIMEOUT_MS = 10_000;

interface AnalyzeOptions {
  json?: boolean;
  format?: string;
  lists?: string;
  allowPrivateNetwork?: boolean;
  timeout?: string;
}

/** Adds `sift analyze <file|url|->`: an article's entities, sources and list hits. */
export function addAnalyzeCommand(program: Command, withApp: WithApp): void {
  program
    .command('analyze')
    .description('analyse a news article: names, speakers, unsourced claims and list hits')
    .argument('<source>', 'an HTML or text file, an http(s) URL, or - for standard input')
    .option('--json', 'print JSON')
    .option('--format <format>', 'md or html', 'md')
    .option('--lists <names>', 'comma-separated lists, e.g. un,ofac (default: all loaded)')
    .option('--allow-private-network', 'allow fetching from loopback and private addresses')
    .option('--timeout <ms>', 'fetch timeout in milliseconds', String(DEFAULT_TIMEOUT_MS))
    .action(
      withApp(async (app, source: string, options: AnalyzeOptions) => {
        const format = options.format ?? 'md';
        if (options.json !== true && format !== 'md' && format !== 'html')
          throw new AppError('QUERY_INVALID', `--format must be md or html, not "${format}".`);
        const lists = options.lists
          ?.split(',')
          .map((l) => l.trim())
          .filter(Boolean);
        const request = { caller: 'cli', ...(lists === undefined ? {} : { lists }) };
        const analysis = /^https?:\/\//i.test(source)
          ? await app.articles.analyzeUrl(source, {
              ...request,
              allowPrivate: options.allowPrivateNetwork === true,
              timeoutMs: toTimeout(options.timeout),
            })
          : await app.articles.analyze(await readSource(app, source), request);
        if (options.json === true) {
          process.stdout.write(`${JSON.stringify(analysis, null, 2)}\n`);
          return;
        }
        const report = await app.articles.report(analysis, format === 'html' ? 'html' : 'md');
        process.stdout.write(`${report}\n`);
      }),
    );
}

function toTimeout(text: string | undefined): number {
  const timeoutMs = Number(text ?? DEFAULT_TIMEOUT_MS);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new AppError('QUERY_INVALID', '--timeout must be a positive number of milliseconds.');
  return timeoutMs;
}

async function readSource(app: App, source: string): Promise<ArticleInput> {
  const bytes = source === '-' ? await readStdin() : await readLocalFile(source);
  return app.articles.decode(bytes);
}

async function readLocalFile(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (cause) {
    throw new AppError('INPUT_NOT_FOUND', `Cannot read ${path}.`, { cause });
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
