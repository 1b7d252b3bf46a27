// Closed-loop load and its statistics, shared by the HTTP load worker and the raw SQL path:
// `concurrency` clients each start their next operation as soon as the previous one ends,
// until `count` operations have been started. Latency is measured per operation.
import { performance } from "node:perf_hooks";

export type LoadResult = {
  /** Operations that finished without error. */
  completed: number;
  /** Wall time from the first start to the last finish, in milliseconds. */
  wallMs: number;
  /** Latency of each finished operation, in milliseconds (completion order). */
  latenciesMs: number[];
  /** The first few errors; the run stops at the first one. */
  errors: string[];
};

export type LoadOptions = {
  count: number;
  concurrency: number;
  /** One operation; throw (or reject) to report an error and stop the run. */
  op: (index: number) => Promise<void>;
  /** Keep at most this many error messages (default 5). */
  maxErrors?: number;
};

export async function closedLoop(options: LoadOptions): Promise<LoadResult> {
  const { count, concurrency, op } = options;
  const maxErrors = options.maxErrors ?? 5;
  const latenciesMs: number[] = [];
  const errors: string[] = [];
  let next = 0;
  let stopped = false;

  const client = async () => {
    while (!stopped && next < count) {
      const index = next++;
      const started = performance.now();
      try {
        await op(index);
        latenciesMs.push(performance.now() - started);
      } catch (error) {
        stopped = true;
        if (errors.length < maxErrors) errors.push(describeError(error));
      }
    }
  };

  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, client));
  return { completed: latenciesMs.length, wallMs: performance.now() - started, latenciesMs, errors };
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause ? `${error.message} (cause: ${describeError(cause)})` : error.message;
  }
  return String(error);
}

/** The q-th quantile (0..1) of sorted values, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export type Summary = {
  requests: number;
  concurrency: number;
  seconds: number;
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
};

export function summarise(result: LoadResult, concurrency: number): Summary {
  const sorted = [...result.latenciesMs].sort((a, b) => a - b);
  const seconds = result.wallMs / 1000;
  return {
    requests: result.completed,
    concurrency,
    seconds: round(seconds, 3),
    perSecond: round(result.completed / seconds, 1),
    p50Ms: round(quantile(sorted, 0.5), 2),
    p95Ms: round(quantile(sorted, 0.95), 2),
    p99Ms: round(quantile(sorted, 0.99), 2),
    maxMs: round(sorted.at(-1) ?? Number.NaN, 2),
  };
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A private address per request index (10.x.y.z): load that stands for many clients, each request its own. */
export const clientAddressOf = (index: number): string => `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;

/** A warm-up run, then the measured one (none when the warm-up already failed). */
export async function warmThenMeasure(
  op: (index: number) => Promise<void>,
  options: { warmup: number; count: number; concurrency: number },
): Promise<{ warmup: LoadResult; measured: LoadResult | null }> {
  const warmup = await closedLoop({ count: options.warmup, concurrency: options.concurrency, op });
  if (warmup.errors.length > 0) return { warmup, measured: null };
  const measured = await closedLoop({ count: options.count, concurrency: options.concurrency, op: (index) => op(options.warmup + index) });
  return { warmup, measured };
}
