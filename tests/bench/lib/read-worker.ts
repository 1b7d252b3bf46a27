// The HTTP load generator for reading benchmarks, run in a worker thread (its own event loop and
// core, apart from the server it measures): `concurrency` closed-loop clients send one GraphQL
// query with fetch (keep-alive), the variables chosen per request index, with a session cookie
// when given. Any HTTP or GraphQL error, or an answer without the expected data, stops the run.
import { answerParent } from "./common.ts";
import { clientAddressOf, type LoadResult, warmThenMeasure } from "./load.ts";

export type ReadLoadConfig = {
  endpoint: string;
  query: string;
  /** Variables per request: index i takes variables[i % length]. */
  variables: Record<string, unknown>[];
  /** The top-level field that must come back non-null. */
  field: string;
  cookie?: string;
  /** Each request as from its own client address (X-Forwarded-For through the trusted loopback proxy). */
  distinctClients?: boolean;
  warmup: number;
  count: number;
  concurrency: number;
  timeoutMs: number;
};

export type ReadLoadReport = { warmup: LoadResult; measured: LoadResult | null };

async function readOnce(config: ReadLoadConfig, index: number): Promise<void> {
  const response = await fetch(config.endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(config.cookie ? { cookie: config.cookie } : {}),
      ...(config.distinctClients ? { "x-forwarded-for": clientAddressOf(index) } : {}),
    },
    body: JSON.stringify({ query: config.query, variables: config.variables[index % config.variables.length] }),
    signal: AbortSignal.timeout(config.timeoutMs),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  if (!body.data?.[config.field]) throw new Error(`no ${config.field} in ${text.slice(0, 300)}`);
}

export function runReadLoad(config: ReadLoadConfig): Promise<ReadLoadReport> {
  return warmThenMeasure((index) => readOnce(config, index), config);
}

answerParent(runReadLoad);
