// The figures of the HTTP load bench that say where the CPU of a run went: the server's (its event
// loop apart), the load client's, and the run with names the server has not seen.
import type autocannon from 'autocannon';
import { availableParallelism } from 'node:os';
import { currentLoad, formatCount, type BenchFigure } from './bench-figure.ts';

/** Autocannon's result, with the CPU time its own process spent producing the load. */
export type LoadResult = autocannon.Result & { clientCpuMs: number };

/** One load run with the server's CPU time over it, all threads and the main thread alone. */
export interface Measured {
  result: LoadResult;
  cpuMs: number;
  mainCpuMs: number;
}

/** Milliseconds per request with two decimals. */
const perRequest = (ms: number, result: LoadResult): string =>
  (ms / Math.max(1, result.requests.total)).toFixed(2);

/** The server's requests per CPU-second over a run, and how much of it was the event loop's. */
export function cpuFigure(route: string, run: Measured, target: number | undefined): BenchFigure {
  const { result, cpuMs, mainCpuMs } = run;
  const perCpuS = result.requests.total / (cpuMs / 1000);
  return {
    section: 'server',
    name: `${route} requests per CPU-second of the server (load-independent)`,
    value: `${formatCount(perCpuS)} req/CPU-s`,
    target: target === undefined ? '—' : `≥ ${formatCount(target / 2)} req/CPU-s (2 cores)`,
    ...(target === undefined ? {} : { met: perCpuS >= target / 2 }),
    load: currentLoad(),
    note: `${perRequest(cpuMs, result)} ms of server CPU per request (${(cpuMs / 1000).toFixed(1)} s over ${result.duration.toFixed(0)} s), of which ${perRequest(mainCpuMs, result)} ms on the event loop (HTTP, validation, audit) and the rest on screen threads and V8 helper threads`,
  };
}

/**
 * What the load client cost: on a machine of few cores it runs on the cores the server would
 * otherwise have, so a throughput figure counts it against the server.
 */
export function clientFigure(route: string, result: LoadResult): BenchFigure {
  const cores = availableParallelism();
  const share = result.clientCpuMs / (cores * result.duration * 1000);
  return {
    section: 'server',
    name: `${route} CPU of the load client (autocannon, a process of its own)`,
    value: `${perRequest(result.clientCpuMs, result)} ms per request`,
    target: '—',
    load: currentLoad(),
    note: `${(result.clientCpuMs / 1000).toFixed(1)} s over ${result.duration.toFixed(0)} s: ${(100 * share).toFixed(0)} % of the ${cores} cores, taken from the server measured on the same machine`,
  };
}

/** The /screen run over names the server has not seen (repeated only past `distinct` requests). */
export function distinctFigure(run: Measured, distinct: number, connections: number): BenchFigure {
  const { result, cpuMs, mainCpuMs } = run;
  const errors = result.errors + result.non2xx;
  return {
    section: 'server',
    name: `extra: /screen with ${formatCount(distinct)} distinct names (the matching bench's queries in turn), ${connections} connections, ${result.duration.toFixed(0)} s: throughput, latency p50 / p99`,
    value: `${formatCount(result.requests.average)} req/s, ${result.latency.p50} / ${result.latency.p99} ms`,
    target: 'p99 ≤ 25 ms',
    met: result.latency.p99 <= 25,
    load: currentLoad(),
    note: `${formatCount(result.requests.total)} requests, ${errors} errors or non-2xx; ${perRequest(cpuMs, result)} ms of server CPU per request (${perRequest(mainCpuMs, result)} on the event loop), client ${perRequest(result.clientCpuMs, result)} ms; the 12-name /screen runs above are answered from the server's answer cache (src/app/answer-cache.ts), these names in turn are more than it holds, so each is screened`,
  };
}
