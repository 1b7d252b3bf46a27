// The public-square benchmark's HTTP client, in a worker thread of its own: it sends each page's
// GraphQL request when asked and reports how long the answer took (the response read and parsed
// as a page's client would) and how many rows it held. Run apart, so that the client's own work
// (fetch, decompressing and parsing each answer) does not run on the event loop of the server it
// measures, as the other benchmarks' load generators do.
import { parentPort, workerData } from "node:worker_threads";

export type PageRequest = { id: number; query: string; variables: Record<string, unknown> };
export type PageTiming = { id: number; ms: number; rows: number; error: string | null };

/** The rows a page got: its longest list of complaints (items with a trackingCode), else its longest list (figures). */
function countRows(value: unknown): number {
  const lists: unknown[][] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) {
      lists.push(v);
      v.forEach(walk);
    } else if (v && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  const complaints = lists.filter((l) => l.some((item) => item && typeof item === "object" && "trackingCode" in item));
  const longest = (ls: unknown[][]) => Math.max(0, ...ls.map((l) => l.length));
  return complaints.length ? longest(complaints) : longest(lists);
}

async function timePage(url: string, request: PageRequest): Promise<PageTiming> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> };
  const ms = performance.now() - started;
  if (body.errors?.length || !body.data) return { id: request.id, ms, rows: 0, error: body.errors?.[0]?.message ?? `status ${response.status}` };
  return { id: request.id, ms, rows: countRows(body.data), error: null };
}

if (parentPort && workerData) {
  const port = parentPort;
  const { url } = workerData as { url: string };
  port.on("message", (request: PageRequest) => {
    timePage(url, request).then(
      (timing) => port.postMessage(timing),
      (error: unknown) => port.postMessage({ id: request.id, ms: 0, rows: 0, error: String(error) } satisfies PageTiming),
    );
  });
}
