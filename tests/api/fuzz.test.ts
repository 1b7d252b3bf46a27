// Generated inputs against every mutation (enumerated from the schema, with arguments built from
// their types: control characters, huge strings, negative and huge numbers, bad ids) and against
// the web's form actions: never a 5xx, never INTERNAL_SERVER_ERROR, and every refusal says why.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import type { IncomingMessage } from "node:http";
import path from "node:path";
import fc from "fast-check";
import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webBuildDir } from "../../server/src/app.ts";
import { createContext } from "../../server/src/context.ts";
import { schema } from "../../server/src/graphql/schema.ts";
import { attachExecutor, type SuaraRequestApi } from "../../server/src/http/in-process.ts";
import { type GqlClient, startTestServer, type TestServer } from "../support/server.ts";

const SEED = 20_261_204;
/** Inputs per mutation, per door: about 10,000 in all across the 37 mutations. */
const RUNS_IN_PROCESS = 240;
const RUNS_HTTP = 40;

// ---- values -------------------------------------------------------------------------------

const control = fc.constantFrom("\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u001b", "\u007f");
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.tuple(fc.string({ maxLength: 10 }), control, fc.string({ maxLength: 10 })).map(([a, c, b]) => a + c + b),
  fc.constantFrom("", " ", "\t\n\r", "0", "-1", "null", "GWA-0000-00", "73.06.01", "a@b.id", "+6281234567890", "<script>", "' OR 1=1 --"),
  fc.integer({ min: 1_000, max: 30_000 }).map((n) => "x".repeat(n)),
  // Relay-looking ids: base64 of "Type:value", valid and not.
  fc.tuple(fc.constantFrom("Complaint", "User", "Notification", "Agency", "X"), fc.string({ maxLength: 12 })).map(([t, v]) =>
    Buffer.from(`${t}:${v}`).toString("base64"),
  ),
);
const int = fc.oneof(
  fc.integer(),
  fc.constantFrom(-1, 0, 1, 5, 100, 101, 2_147_483_647, -2_147_483_648),
  fc.double({ noNaN: true }),
  fc.constant(2 ** 53),
);
const anything = fc.oneof(nasty, int, fc.boolean(), fc.constant(null), fc.array(nasty, { maxLength: 3 }));

function valueFor(type: GraphQLInputType, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return fc.oneof({ weight: 12, arbitrary: valueFor(type.ofType, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  const wrong = fc.oneof(anything, fc.constant(undefined));
  if (isListType(type)) {
    return fc.oneof({ weight: 8, arbitrary: fc.array(valueFor(type.ofType, depth + 1), { maxLength: 4 }) }, { weight: 1, arbitrary: wrong });
  }
  let right: fc.Arbitrary<unknown>;
  if (isEnumType(type)) right = fc.constantFrom(...type.getValues().map((v) => v.name));
  else if (isInputObjectType(type)) {
    if (depth > 3) return fc.constant(null);
    const fields = Object.values(type.getFields());
    right = fc.record(Object.fromEntries(fields.map((f) => [f.name, valueFor(f.type, depth + 1)])), { requiredKeys: [] });
  } else if (isScalarType(type) && (type.name === "Int" || type.name === "Float")) right = int;
  else if (isScalarType(type) && type.name === "Boolean") right = fc.boolean();
  else if (isScalarType(type) && type.name === "DateTime") right = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), nasty);
  else right = nasty;
  return fc.oneof({ weight: 10, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

function argumentsFor(field: GraphQLField<unknown, unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(field.args.map((a: GraphQLArgument) => [a.name, valueFor(a.type)])), { requiredKeys: [] });
}

/** `mutation($a: T!) { m(a: $a) { __typename …scalars } }` */
function documentFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ");
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(", ");
  const type = getNamedType(field.type);
  let selection = "";
  if (isObjectType(type)) {
    const scalars = Object.values(type.getFields()).filter((f) => isLeafType(getNamedType(f.type)) && f.args.length === 0);
    const errors = type.getFields()["errors"] ? " errors { field code message }" : "";
    selection = ` { __typename ${scalars.map((f) => f.name).join(" ")}${errors} }`;
  }
  return `mutation${variables ? `(${variables})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
}

/** One HTTP request; a connection the machine dropped (not an answer) is tried once more. */
async function request(client: GqlClient, document: string, variables: Record<string, unknown>): Promise<Answer> {
  try {
    return await client.request(document, variables);
  } catch (error) {
    if (!(error instanceof TypeError) || error.message !== "fetch failed") throw error;
    return await client.request(document, variables);
  }
}

type Answer = { status: number; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> };

/** The property every answer must have. */
function wellFormed(answer: Answer): void {
  expect(answer.status).toBeLessThan(500);
  for (const error of answer.errors ?? []) {
    expect(error.extensions?.["code"]).not.toBe("INTERNAL_SERVER_ERROR");
    expect(typeof error.message === "string" && error.message.trim().length > 5).toBe(true);
  }
}

// ---- the server ---------------------------------------------------------------------------

const withWeb = existsSync(path.join(webBuildDir, "handler.js"));
let server: TestServer;
let admin: GqlClient;
let generated = 0;

beforeAll(async () => {
  server = await startTestServer({ web: withWeb });
  admin = server.client();
  await server.signInOn(admin, "admin@demo.suara.id");
  // Loading the web build takes a while on a busy machine.
}, 240_000);
afterAll(async () => {
  console.log(`fuzz: ${generated} generated inputs`);
  await server?.close();
});

// signOut would end the fuzzing session; it takes no input.
const mutations = Object.values(schema.getMutationType()!.getFields()).filter((f) => f.name !== "signOut");

describe("every mutation, with generated arguments", () => {
  it("enumerates the mutations from the schema", () => {
    expect(mutations.length).toBeGreaterThan(30);
  });

  it.each(mutations.map((m) => [m.name, m] as const))("%s: in-process (as the pages call it) and over HTTP", async (_name, mutation) => {
    const document = documentFor(mutation);
    const req = { headers: { cookie: admin.cookieHeader() } } as IncomingMessage;
    attachExecutor(req, schema, () => createContext(server.deps, req));
    const api = (req as IncomingMessage & { suara: SuaraRequestApi }).suara;
    await fc.assert(
      fc.asyncProperty(argumentsFor(mutation), async (variables) => {
        generated++;
        const result = await api.execute(document, variables);
        wellFormed({ status: 200, errors: result.errors });
      }),
      { numRuns: RUNS_IN_PROCESS, seed: SEED, endOnFailure: true },
    );
    const anonymous = server.client();
    await fc.assert(
      fc.asyncProperty(argumentsFor(mutation), async (variables) => {
        generated++;
        wellFormed(await request(anonymous, document, variables));
      }),
      { numRuns: RUNS_HTTP, seed: SEED + 1, endOnFailure: true },
    );
  });
});

// ---- form actions -------------------------------------------------------------------------

const routesDir = path.resolve(import.meta.dirname, "../../web/src/routes");

type FormAction = { url: string; fields: string[] };

function pageServers(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? pageServers(full) : name === "+page.server.ts" ? [full] : [];
  });
}

/** Each action of each page (named or default), with the field names its file reads. */
function formActions(trackingCode: string): FormAction[] {
  const shared = readFileSync(path.join(routesDir, "lapor/filing.server.ts"), "utf8");
  return pageServers(routesDir).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const block = /export const actions[^=]*=\s*\{([\s\S]*?)\n\};?|export const actions[^=]*=\s*\{([^\n]*)\};/.exec(source);
    if (!block) return [];
    const names = [...(block[1] ?? block[2] ?? "").matchAll(/(?:^|\n|\{)\s*(\w+):/g)].map((m) => m[1]!);
    const fieldSource = source + (source.includes("stepAction") ? shared : "");
    const fields = [...new Set([...fieldSource.matchAll(/(?:get|getAll)\('(\w+)'\)|field\(\w+, '(\w+)'\)|'(\w+)'\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]!))];
    const route = path
      .relative(routesDir, path.dirname(file))
      .replace(/\[code\]/g, trackingCode)
      .replace(/\[(\w+)\]/g, "bukan-id");
    return names.map((name) => ({ url: `/${route}${name === "default" ? "" : `?/${name}`}`, fields }));
  });
}

describe.runIf(withWeb)("form actions and odd addresses, through the real HTTP handler", () => {
  const post = async (url: string, body: string | FormData, cookie: string, contentType?: string) => {
    const response = await fetch(server.url + url, {
      method: "POST",
      redirect: "manual",
      headers: { origin: server.url, cookie, ...(contentType ? { "content-type": contentType } : {}) },
      body,
    });
    const text = await response.text();
    return { status: response.status, text };
  };

  it("never answers a form post with a 5xx", async () => {
    const filed = await server.client().request(
      `mutation($i: SubmitComplaintInput!) { submitComplaint(input: $i) { complaint { trackingCode } } }`,
      { i: { kind: "PENGADUAN", title: "Jalan rusak", story: "Berlubang.", districtCode: "73.06.01", privacy: "PUBLIC" } },
    );
    const actions = formActions(filed.data.submitComplaint.complaint.trackingCode);
    expect(actions.length).toBeGreaterThan(40);
    const body = (fields: string[]) =>
      fc.tuple(
        fc.array(fc.tuple(fc.constantFrom(...fields, "x", "\u0000"), nasty), { minLength: 0, maxLength: 8 }),
        fc.constantFrom("urlencoded", "multipart", "garbage"),
      );
    for (const action of actions) {
      await fc.assert(
        fc.asyncProperty(body(action.fields.length > 0 ? action.fields : ["x"]), fc.boolean(), async ([pairs, kind], asAdmin) => {
          generated++;
          const cookie = asAdmin ? admin.cookieHeader() : "";
          let answer;
          if (kind === "urlencoded") {
            answer = await post(action.url, new URLSearchParams(pairs).toString(), cookie, "application/x-www-form-urlencoded");
          } else if (kind === "multipart") {
            const form = new FormData();
            for (const [k, v] of pairs) form.append(k, v);
            answer = await post(action.url, form, cookie);
          } else {
            answer = await post(action.url, pairs.map(([k, v]) => k + v).join("\u0000"), cookie, "multipart/form-data; boundary=x");
          }
          expect(answer.status, `${action.url} ${JSON.stringify(pairs).slice(0, 200)}`).toBeLessThan(500);
        }),
        { numRuns: 6, seed: SEED, endOnFailure: true },
      );
    }
  }, 120_000);

  it("a NUL in a form post is a 400 page that says what to fix, in the reader's language", async () => {
    const answer = await post("/masuk", new URLSearchParams({ email: "a\u0000@b.id", password: "x" }).toString(), "", "application/x-www-form-urlencoded");
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("karakter kendali");
    const english = await post("/lacak", new URLSearchParams({ code: "GWA\u0000" }).toString(), "lang=en", "application/x-www-form-urlencoded");
    expect(english.status).toBe(400);
    expect(english.text).toContain("control character");
  });

  it("odd addresses and action names are client errors", async () => {
    for (const url of ["/lapor?/default", "/lacak?/default", "/masuk?/tidak-ada", "/lacak/%00", "/%00", "/lapor/%00?/default", "/kerja/%E0%A4%A"]) {
      const answer = await post(url, "a=b", "", "application/x-www-form-urlencoded");
      expect(answer.status, url).toBeLessThan(500);
      const get = await fetch(server.url + url, { redirect: "manual" });
      expect(get.status, url).toBeLessThan(500);
    }
  });
});
