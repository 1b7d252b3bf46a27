// The HTTP load generator, run in a worker thread so that the clients have their own event
// loop (and core) apart from the server they measure. Sends `submitComplaint` mutations with
// fetch (undici, keep-alive by default) from `concurrency` closed-loop clients: first a
// warm-up, then the measured run. Any HTTP, GraphQL or validation error stops the run and is
// reported back instead of figures.
import { answerParent } from "./common.ts";
import { clientAddressOf, type LoadResult, warmThenMeasure } from "./load.ts";
import { SUBMIT_MUTATION, submissionInput } from "./submission.ts";

export type HttpLoadConfig = {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:1234/graphql */
  endpoint: string;
  warmup: number;
  count: number;
  concurrency: number;
  districtCode: string;
  timeoutMs: number;
  /**
   * Each request as from its own client address (X-Forwarded-For through a trusted proxy), so
   * the filing limits count every filing as a resident's; otherwise all come from one address.
   */
  distinctClients?: boolean;
};

export type HttpLoadReport = { warmup: LoadResult; measured: LoadResult | null };

type SubmitResponse = {
  data?: {
    submitComplaint?: {
      complaint: { trackingCode: string } | null;
      errors: { field: string; message: string }[];
    } | null;
  } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

async function submitOnce(config: HttpLoadConfig, index: number): Promise<void> {
  const response = await fetch(config.endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      ...(config.distinctClients ? { "x-forwarded-for": clientAddressOf(index) } : {}),
    },
    body: JSON.stringify({ query: SUBMIT_MUTATION, variables: { input: submissionInput(index, config.districtCode) } }),
    signal: AbortSignal.timeout(config.timeoutMs),
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
  let body: SubmitResponse;
  try {
    body = JSON.parse(text) as SubmitResponse;
  } catch {
    throw new Error(`not JSON: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length) {
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 300)}`);
  }
  const payload = body.data?.submitComplaint;
  if (payload?.errors.length) {
    throw new Error(`submission refused: ${JSON.stringify(payload.errors).slice(0, 300)}`);
  }
  if (!payload?.complaint?.trackingCode) {
    throw new Error(`no tracking code in ${text.slice(0, 300)}`);
  }
}

export function runHttpLoad(config: HttpLoadConfig): Promise<HttpLoadReport> {
  return warmThenMeasure((index) => submitOnce(config, index), config);
}

answerParent(runHttpLoad);
