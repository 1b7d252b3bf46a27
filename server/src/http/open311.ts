// Open311 GeoReport v2 at /open311/v2/: discovery, services, services/{code}, requests (GET and
// POST), requests/{id} and tokens/{token}, each in JSON or XML by its suffix, errors in the spec's
// list. The door has no viewer: an API key names a client application, not a person, so the
// request's cookies are never read (a browser's session cannot widen what the door shows).
import type { IncomingMessage, ServerResponse } from "node:http";
import { XMLBuilder } from "fast-xml-parser";
import { type Context, createContext, type Deps } from "../context.ts";
import { readBodyWithin } from "./body.ts";
import { type Format, type Params, parameterOf, parsePath, parseRequestFilter } from "../domain/open311/georeport.ts";
import type { FieldIssue } from "../domain/shared/field-issue.ts";
import { fieldMessage } from "../i18n/messages.ts";
import { loadCalendar } from "../services/use-cases/calendar.ts";
import {
  bilingual,
  clientForKey,
  fileOpen311Request,
  findRequest,
  listRequests,
  listServices,
  requestForToken,
  serviceDefinition,
} from "../services/use-cases/open311.ts";
import { logLine } from "./errors.ts";

export const OPEN311_PREFIX = "/open311/v2/";
/** A filing is a few kilobytes of text; anything much larger is not one. */
const BODY_MAX = 64 * 1024;
/** When this door was last changed (discovery's changeset). */
const CHANGESET = "2026-12-06T00:00:00+08:00";

type Answer = { status: number; root: string; item: string | null; body: unknown };

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly descriptions: string[],
  ) {
    super(descriptions.join("; "));
  }
}

const refuse = (status: number, key: string, params: Record<string, string | number> = {}) => new Refusal(status, [bilingual(key, params)]);

function issueText(issue: FieldIssue): string {
  const id = fieldMessage("id", issue.field, issue.code, issue.params);
  const en = fieldMessage("en", issue.field, issue.code, issue.params);
  return `${parameterOf(issue.field)}: ${id === en ? id : `${id} / ${en}`}`;
}

const xml = new XMLBuilder({ ignoreAttributes: false, format: false, suppressEmptyNode: false });

/** The XML the spec shows: a root, its items, lists of values as repeated child elements. */
function toXml(root: string, item: string | null, body: unknown): string {
  const node = (value: unknown, key: string): unknown => {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) {
      const child = { values: "value", formats: "format", endpoints: "endpoint", attributes: "attribute" }[key] ?? "item";
      return { [child]: value.map((v) => node(v, child)) };
    }
    if (typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, node(v, k)]));
    return value;
  };
  const content = item ? { [item]: (body as unknown[]).map((v) => node(v, item)) } : node(body, root);
  return xml.build({ "?xml": { "@_version": "1.0", "@_encoding": "utf-8" }, [root]: content });
}

function send(res: ServerResponse, format: Format, answer: Answer, method: string): void {
  const text = format === "xml" ? toXml(answer.root, answer.item, answer.body) : JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    "content-type": format === "xml" ? "text/xml; charset=utf-8" : "application/json; charset=utf-8",
    "cache-control": "no-store",
    // Civic-tech pages may read the public requests from the browser; a key never travels in a GET.
    ...(method === "GET" ? { "access-control-allow-origin": "*" } : {}),
  });
  res.end(text);
}

const errorsAnswer = (status: number, descriptions: string[]): Answer => ({
  status,
  root: "errors",
  item: "error",
  body: descriptions.map((description) => ({ code: status, description })),
});

async function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > BODY_MAX) throw refuse(413, "open311.error.too_large", { max: BODY_MAX });
  const body = await readBodyWithin(req, BODY_MAX);
  if (!body) throw refuse(413, "open311.error.too_large", { max: BODY_MAX });
  return body.toString("utf8");
}

/** The spec's form body, or JSON (nested `attribute` objects become `attribute[...]`). */
function parseBody(req: IncomingMessage, text: string): Params {
  const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/json") {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw refuse(400, "open311.error.body");
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) throw refuse(400, "open311.error.body");
    const params: Params = {};
    const scalar = (v: unknown) => (typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? String(v) : null);
    for (const [key, v] of Object.entries(value)) {
      if (v && typeof v === "object" && !Array.isArray(v)) {
        for (const [inner, w] of Object.entries(v)) {
          const s = scalar(w);
          if (s !== null) params[`${key}[${inner}]`] = s;
        }
      } else {
        const s = scalar(v);
        if (s !== null) params[key] = s;
      }
    }
    return params;
  }
  if (type === "application/x-www-form-urlencoded" || type === "") return Object.fromEntries(new URLSearchParams(text));
  throw refuse(400, "open311.error.body");
}

/** The context of a request through this door: no cookies, so no viewer, no draft and no workshop. */
function doorContext(deps: Deps, req: IncomingMessage): Promise<Context> {
  const { cookie: _cookie, ...headers } = req.headers;
  return createContext(deps, { headers, socket: req.socket });
}

async function answer(deps: Deps, req: IncomingMessage, rest: string, query: URLSearchParams, base: string): Promise<{ format: Format; answer: Answer }> {
  const { endpoint, format } = parsePath(rest);
  const method = req.method ?? "GET";
  if (!endpoint) return { format, answer: errorsAnswer(404, [bilingual("open311.error.path")]) };
  const post = endpoint.kind === "requests" && method === "POST";
  if (!post && method !== "GET" && method !== "HEAD") return { format, answer: errorsAnswer(405, [bilingual("open311.error.method")]) };
  const ctx = await doorContext(deps, req);
  const params = Object.fromEntries(query);
  switch (endpoint.kind) {
    case "discovery":
      return {
        format,
        answer: {
          status: 200,
          root: "discovery",
          item: null,
          body: {
            changeset: CHANGESET,
            contact: bilingual("open311.contact"),
            key_service: bilingual("open311.key_service"),
            endpoints: [
              {
                specification: "http://wiki.open311.org/GeoReport_v2",
                url: `${base}${OPEN311_PREFIX.slice(0, -1)}`,
                changeset: CHANGESET,
                type: "production",
                formats: ["application/json", "text/xml"],
              },
            ],
          },
        },
      };
    case "services":
      return { format, answer: { status: 200, root: "services", item: "service", body: await listServices(ctx) } };
    case "service": {
      const definition = await serviceDefinition(ctx, endpoint.code);
      if (!definition) return { format, answer: errorsAnswer(404, [bilingual("open311.error.service_code")]) };
      return { format, answer: { status: 200, root: "service_definition", item: null, body: definition } };
    }
    case "requests": {
      if (post) {
        // Only the body: a key in the query string would end up in access logs.
        const body = parseBody(req, await readBody(req));
        const client = await clientForKey(ctx, body.api_key);
        if (!client) return { format, answer: errorsAnswer(403, [bilingual("open311.error.api_key")]) };
        const filed = await fileOpen311Request(ctx, client, body);
        if (!filed.ok) {
          if (filed.status === 404) return { format, answer: errorsAnswer(404, [bilingual("open311.error.service_code")]) };
          if (filed.status === 429) {
            const minutes = filed.issues[0]?.params?.minutes ?? 60;
            return { format, answer: errorsAnswer(429, [bilingual("open311.error.rate_limited", { minutes })]) };
          }
          return { format, answer: errorsAnswer(400, filed.issues.map(issueText)) };
        }
        return {
          format,
          answer: {
            // 200, as the spec's examples and the clients written against them expect.
            status: 200,
            root: "service_requests",
            item: "request",
            body: [{ service_request_id: filed.serviceRequestId, token: filed.token, service_notice: filed.notice, account_id: null }],
          },
        };
      }
      const calendar = await loadCalendar(ctx.prisma, deps.now().getTime());
      const filter = parseRequestFilter(params, deps.now(), calendar.utcOffsetMinutes);
      if (!filter.ok) return { format, answer: errorsAnswer(400, [bilingual("open311.error.parameter", { name: filter.parameter })]) };
      const items = await listRequests(ctx, filter.filter, base);
      return { format, answer: { status: 200, root: "service_requests", item: "request", body: items } };
    }
    case "request": {
      const item = await findRequest(ctx, endpoint.id, base);
      if (!item) return { format, answer: errorsAnswer(404, [bilingual("open311.error.request")]) };
      return { format, answer: { status: 200, root: "service_requests", item: "request", body: [item] } };
    }
    case "token": {
      const found = await requestForToken(ctx, endpoint.token);
      if (!found) return { format, answer: errorsAnswer(404, [bilingual("open311.error.token")]) };
      return { format, answer: { status: 200, root: "service_requests", item: "request", body: [found] } };
    }
  }
}

export async function handleOpen311(deps: Deps, req: IncomingMessage, res: ServerResponse, origin: string | undefined): Promise<void> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const rest = url.pathname.slice(OPEN311_PREFIX.length);
  // Links in answers (media_url, the discovery's url) are absolute: the configured public origin, else this host.
  const base = (origin ?? `http://${req.headers.host ?? "localhost"}`).replace(/\/$/, "");
  let format: Format = /\.xml$/.test(url.pathname) ? "xml" : "json";
  try {
    const result = await answer(deps, req, rest, url.searchParams, base);
    format = result.format;
    send(res, format, result.answer, req.method ?? "GET");
  } catch (error) {
    if (error instanceof Refusal) {
      send(res, format, errorsAnswer(error.status, error.descriptions), req.method ?? "GET");
      return;
    }
    console.error(logLine("[open311] request failed", error));
    if (!res.headersSent) send(res, format, errorsAnswer(500, [bilingual("open311.error.internal")]), req.method ?? "GET");
    else res.end();
  }
}
