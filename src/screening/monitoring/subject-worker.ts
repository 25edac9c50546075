import { parentPort, workerData } from 'node:worker_threads';
import type { BatchEngineSource, OpenBatchEngine } from '../batch/batch-engine-types.ts';
import type { EntityReadings } from './screen-pairs.ts';
import type { SubjectScreening } from './screen-subjects.ts';
import { screenTasks, type SubjectTask } from './screen-tasks.ts';

/** What the subject pool hands each worker: where it gets the engine of the run's versions. */
export interface SubjectWorkerData {
  engine: BatchEngineSource;
}

/** Messages from the pool to a worker. */
export interface SubjectWorkerRequest {
  type: 'screen';
  seq: number;
  tasks: SubjectTask[];
}

/** Messages from a worker to the pool. */
export type SubjectWorkerReply =
  | { type: 'ready' }
  | { type: 'failed'; message: string }
  | { type: 'done'; seq: number; screenings: SubjectScreening[] };

const port = parentPort;
if (port === null) throw new Error('subject-worker must run in a worker thread');
const data = workerData as SubjectWorkerData;

try {
  // The engine of the exact versions the run's own index holds (the wiring hands the same
  // snapshot), so a worker's hits name the entities the main thread reconciles them with.
  const { openBatchEngine } = (await import(data.engine.module)) as {
    openBatchEngine: OpenBatchEngine;
  };
  const { index } = await openBatchEngine(data.engine.data);
  // Readings of paired entities are worked out once per worker and run (the pool lives one run).
  const readings: EntityReadings = new Map();
  port.on('message', (message: SubjectWorkerRequest) => {
    port.postMessage({
      type: 'done',
      seq: message.seq,
      screenings: screenTasks(index, message.tasks, readings),
    } satisfies SubjectWorkerReply);
  });
  port.postMessage({ type: 'ready' } satisfies SubjectWorkerReply);
} catch (error) {
  port.postMessage({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies SubjectWorkerReply);
}
