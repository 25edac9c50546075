import type { Command } from 'commander';
import { AppError } from '../core/index.ts';
import { notify } from './cli-output.ts';
import type { WithApp } from './with-app.ts';

/** Adds `sift worker [--concurrency N]`: takes queued chunks from PostgreSQL until stopped. */
export function addWorkerCommand(program: Command, withApp: WithApp): void {
  program
    .command('worker')
    .description(
      'take chunks of batch jobs and full re-screens from the PostgreSQL job queue (needs SIFT_DATABASE_URL); run as many as you like, on any machines',
    )
    .option('--concurrency <n>', 'batch chunks screened at once, each on its own thread', '1')
    .addHelpText(
      'after',
      `
With SIFT_DATABASE_URL set, \`sift batch\`, POST /batch and \`sift subjects rescreen --all\` split
their work into chunks in PostgreSQL; every \`sift worker\` takes chunks until it is stopped
(Ctrl-C or SIGTERM finishes the chunks in hand first). A worker that dies mid-chunk has its chunk
retried by another after SIFT_QUEUE_CHUNK_TIMEOUT_MS (default 300000); results are written once
per row whatever happens.`,
    )
    .action(
      withApp(async (app, options: { concurrency: string }) => {
        const concurrency = Number(options.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1)
          throw new AppError(
            'QUERY_INVALID',
            `--concurrency must be a whole number ≥ 1, not "${options.concurrency}".`,
          );
        const queue = app.queue;
        if (queue === undefined)
          throw new AppError(
            'CONFIG_INVALID',
            'sift worker takes jobs from the PostgreSQL job queue: set SIFT_DATABASE_URL (with SQLite, `sift batch` and `sift subjects rescreen --all` run in one process and need no worker).',
          );
        const stopped = new Promise<void>((resolve) => {
          const stop = (): void => {
            notify('Stopping: finishing the chunks in hand…');
            resolve();
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await queue.work({ concurrency });
        notify(
          `Worker ${process.pid} is taking chunks from ${queue.target} (concurrency ${concurrency}).`,
        );
        await stopped;
      }),
    );
}
