// POST/GET /graphql over plain node:http, around Apollo Server's executeHTTPGraphQLRequest.
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompressSync, constants as zlibConstants, gzipSync } from "node:zlib";
import { type ApolloServer, HeaderMap } from "@apollo/server";
import Negotiator from "negotiator";
import type { Context } from "../context.ts";
import { readBodyWithin } from "./body.ts";
import { markRefused } from "./client-slots.ts";
import type { RefusedDocuments } from "./refused-documents.ts";

const MAX_BODY_BYTES = 1_000_000;
/** Shorter answers (most are) go as they are: compressing them saves less than a packet. */
export const COMPRESS_FROM_BYTES = 1024;

/**
 * A complete answer, compressed here in one call when the client takes brotli or gzip, instead
 * of by the compression middleware in front: that opens a zlib stream per answer and hands it to
 * the thread pool, about 1 ms at the median and 3 ms at p95 for the public list's 9 KB, where one
 * synchronous call takes under 0.1 ms. (Pages stream, so they keep the middleware.)
 */
export function encodeAnswer(acceptEncoding: string | undefined, body: string): { body: Buffer; encoding: "br" | "gzip" | null } {
  const raw = Buffer.from(body, "utf8");
  if (raw.byteLength < COMPRESS_FROM_BYTES) return { body: raw, encoding: null };
  const chosen = new Negotiator({ headers: { "accept-encoding": acceptEncoding ?? "" } }).encoding(["br", "gzip", "identity"], {
    preferred: ["br", "gzip", "identity"],
  });
  if (chosen === "br") {
    // Quality 4, as the middleware uses: most of brotli's gain at a gzip-like cost.
    const params = { [zlibConstants.BROTLI_PARAM_QUALITY]: 4, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.byteLength };
    return { body: brotliCompressSync(raw, { params }), encoding: "br" };
  }
  if (chosen === "gzip") return { body: gzipSync(raw), encoding: "gzip" };
  return { body: raw, encoding: null };
}

/** A whole answer, encoded here (the middleware in front leaves an encoded answer as it is), with its length. */
function sendComplete(req: IncomingMessage, res: ServerResponse, status: number, headers: Record<string, string | string[]>, body: string): void {
  const answer = encodeAnswer(req.headers["accept-encoding"], body);
  const encoded = answer.encoding ? { "content-encoding": answer.encoding } : {};
  res.writeHead(status, { ...headers, ...encoded, vary: "Accept-Encoding", "content-length": String(answer.body.byteLength) });
  res.end(answer.body);
}

/**
 * The document text of a request whose refusal may be remembered: a JSON POST (which Apollo's CSRF
 * check always lets through, so a remembered answer is the one Apollo would give) with a query.
 */
function rememberableQuery(req: IncomingMessage, body: unknown): string | null {
  if (req.method !== "POST" || !/^application\/(graphql-response\+)?json\b/i.test(req.headers["content-type"] ?? "")) return null;
  const query = (body as { query?: unknown } | null | undefined)?.query;
  return typeof query === "string" ? query : null;
}

export async function handleGraphQLHttp(
  apollo: ApolloServer<Context>,
  makeContext: () => Promise<Context>,
  req: IncomingMessage,
  res: ServerResponse,
  refused?: RefusedDocuments,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let body: unknown = undefined;
  if (req.method === "POST") {
    const raw = await readBodyWithin(req, MAX_BODY_BYTES);
    if (!raw) {
      res.writeHead(413, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "Request body too large", extensions: { code: "PAYLOAD_TOO_LARGE" } }] }));
      return;
    }
    const text = raw.toString("utf8");
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ errors: [{ message: "Body is not valid JSON", extensions: { code: "BAD_REQUEST" } }] }));
      return;
    }
  }
  // A document refused before is refused again at once: no session lookup, parse or validation.
  const query = refused ? rememberableQuery(req, body) : null;
  const known = query === null ? undefined : refused!.recall(query);
  if (known) {
    markRefused(req);
    sendComplete(req, res, known.status, known.headers, known.body);
    return;
  }
  const url = new URL(req.url ?? "/", "http://localhost");
  let context: Context | undefined;
  const result = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
    context: async () => (context = await makeContext()),
  });
  // Answers carry personal data and live state: never kept by a browser or a proxy.
  const outHeaders: Record<string, string | string[]> = { "cache-control": "no-store" };
  for (const [key, value] of result.headers) outHeaders[key] = value;
  if (query !== null && result.body.kind === "complete") {
    const answer = { status: result.status ?? 200, headers: { ...(outHeaders as Record<string, string>) }, body: result.body.string };
    if (refused!.consider(query, answer)) markRefused(req);
  }
  if (context && context.outgoingCookies.length > 0) outHeaders["set-cookie"] = context.outgoingCookies;
  if (result.body.kind === "complete") {
    sendComplete(req, res, result.status ?? 200, outHeaders, result.body.string);
    return;
  }
  res.writeHead(result.status ?? 200, outHeaders);
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}
