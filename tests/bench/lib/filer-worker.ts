// Many residents filing at once: `concurrency` closed-loop clients send `submitComplaint` for
// `seconds`; every filing comes from a resident of its own, with its own address (from the
// benchmark range 198.18.0.0/15, sent as X-Forwarded-For to a server that trusts loopback as its
// proxy) and its own device cookie, so the per-client and per-device filing limits see many
// people each filing once, not one flood. Unlike the submit
// benchmark it does not stop at the first error: it counts every outcome, because "zero errors
// under load" is the figure. Runs in a worker thread (its own event loop) or in-process.
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import { answerParent } from "./common.ts";
import { describeError } from "./load.ts";
import { SUBMIT_MUTATION, submissionInput } from "./submission.ts";

export type FilerConfig = {
  endpoint: string;
  seconds: number;
  concurrency: number;
  districtCode: string;
  timeoutMs: number;
  /** Also ask for an SMS receipt (a distinct phone number per filing). */
  smsContact?: boolean;
  /**
   * Send a filing again, with the same clientRequestId, when its reused keep-alive connection was
   * reset before any answer (as Chromium does): on an overloaded load generator the client can
   * reuse a connection the server has just closed as idle. Counted in `resent`.
   */
  resendOnReset?: boolean;
};

/** One filing: what was sent and, when the service acknowledged it, the tracking code. */
export type Filing = { index: number; clientRequestId: string; trackingCode: string | null };

export type FilerReport = {
  wallMs: number;
  latenciesMs: number[];
  acknowledged: number;
  /** Counts per kind of failure: "http 503", "graphql INTERNAL_SERVER_ERROR", "refused title", "network …". */
  failures: Record<string, number>;
  /** Filings sent again after a connection reset (see FilerConfig.resendOnReset). */
  resent: number;
  firstErrors: string[];
  filings: Filing[];
};

type SubmitResponse = {
  data?: { submitComplaint?: { complaint: { trackingCode: string } | null; errors: { field: string; message: string }[] } | null } | null;
  errors?: { message: string; extensions?: { code?: string } }[];
};

/** A distinct address in 198.18.0.0/15 (RFC 2544's benchmarking range) for resident n. */
export function clientAddress(n: number): string {
  return `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;
}

export function filingInput(index: number, config: Pick<FilerConfig, "districtCode" | "smsContact">, clientRequestId: string) {
  const base = { ...submissionInput(index, config.districtCode), clientRequestId };
  if (!config.smsContact) return base;
  // 0812 followed by eight digits: a distinct, well-formed Indonesian mobile number per filing.
  return { ...base, reporterPhone: `0812${String(10_000_000 + index).slice(-8)}`, contactPreference: "SMS" };
}

/** Sends one filing; resolves with the tracking code or throws an Error whose message is its failure kind. */
export async function fileOnce(endpoint: string, resident: number, input: object, timeoutMs: number): Promise<string> {
  const response = await fetch(endpoint, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/json",
      "x-forwarded-for": clientAddress(resident),
      cookie: `suara_perangkat=bench-device-${String(resident).padStart(10, "0")}`,
    },
    body: JSON.stringify({ query: SUBMIT_MUTATION, variables: { input } }),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`http ${response.status}`, { cause: text.slice(0, 200) });
  const body = JSON.parse(text) as SubmitResponse;
  if (body.errors?.length) throw new Error(`graphql ${body.errors[0]?.extensions?.code ?? "error"}`, { cause: body.errors[0]?.message });
  const payload = body.data?.submitComplaint;
  if (payload?.errors.length) throw new Error(`refused ${payload.errors[0]?.field}`, { cause: payload.errors[0]?.message });
  if (!payload?.complaint?.trackingCode) throw new Error("no tracking code", { cause: text.slice(0, 200) });
  return payload.complaint.trackingCode;
}

/** A connection reset before the answer (fetch's "fetch failed" with an ECONNRESET or socket cause). */
function wasReset(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  return cause?.code === "ECONNRESET" || cause?.code === "UND_ERR_SOCKET";
}

export async function runFilers(config: FilerConfig, stopSignal?: { stopped: boolean }): Promise<FilerReport> {
  const report: FilerReport = { wallMs: 0, latenciesMs: [], acknowledged: 0, failures: {}, resent: 0, firstErrors: [], filings: [] };
  const deadline = performance.now() + config.seconds * 1000;
  let next = 0;
  const client = async () => {
    while (performance.now() < deadline && !stopSignal?.stopped) {
      const index = next++;
      const filing: Filing = { index, clientRequestId: randomUUID(), trackingCode: null };
      report.filings.push(filing);
      const started = performance.now();
      try {
        const input = filingInput(index, config, filing.clientRequestId);
        for (let tries = 1; ; tries++) {
          try {
            filing.trackingCode = await fileOnce(config.endpoint, index, input, config.timeoutMs);
            break;
          } catch (error) {
            if (!config.resendOnReset || tries >= 3 || !wasReset(error)) throw error;
            report.resent++;
          }
        }
        report.latenciesMs.push(performance.now() - started);
        report.acknowledged++;
      } catch (error) {
        const kind = error instanceof Error && /^(http|graphql|refused|no tracking)/.test(error.message) ? error.message : "network";
        report.failures[kind] = (report.failures[kind] ?? 0) + 1;
        if (report.firstErrors.length < 5) report.firstErrors.push(describeError(error));
        // A network failure (the server is gone) is not retried in a hot loop.
        if (kind === "network") await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: config.concurrency }, () => client()));
  report.wallMs = performance.now() - started;
  return report;
}

answerParent(runFilers);
